package pgstore

import (
	"context"
	"log/slog"
	"testing"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/internal/pgtest"
	"github.com/jackc/pgx/v5"
)

func TestDriverErrorsBecomeDomainCodes(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, pgtest.Start(t), &Options{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cases := []struct {
		name, sql, code string
	}{
		{"unique violation is a conflict", "INSERT INTO services (slug, name, created_at) VALUES ('a', 'A', now()), ('a', 'B', now())", feedback.ECONFLICT},
		{"foreign key violation is not found", "INSERT INTO answers (id, feedback_id, team, text, created_at) VALUES ('x', 'nope', 't', 't', now())", feedback.ENOTFOUND},
		{"check violation is invalid", "INSERT INTO services (slug, name, created_at) VALUES ('b', 'B', now()); INSERT INTO feedback (id, service, channel, rating, author, text, status, created_at, updated_at) VALUES ('f', 'b', 'online', 'superb', 'citizen', 't', 'pending', now(), now())", feedback.EINVALID},
		{"syntax error is internal", "SELEC 1", feedback.EINTERNAL},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := s.inTx(ctx, "test", func(tx pgx.Tx) error {
				_, err := tx.Exec(ctx, c.sql)
				return err
			})
			if got := feedback.ErrorCode(err); got != c.code {
				t.Fatalf("error %v has code %q, want %q", err, got, c.code)
			}
		})
	}
}

func TestMigrationsApplyOnce(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.Start(t)
	for range 2 {
		s, err := Open(ctx, dsn, &Options{Logger: slog.New(slog.DiscardHandler)})
		if err != nil {
			t.Fatal(err)
		}
		var n int
		if err := s.pool.QueryRow(ctx, "SELECT count(*) FROM schema_migrations").Scan(&n); err != nil {
			t.Fatal(err)
		}
		files, _ := migrations.ReadDir("migrations")
		if n != len(files) {
			t.Fatalf("schema_migrations has %d rows, want %d", n, len(files))
		}
		s.Close()
	}
}

func TestBadDatabaseURLIsInvalid(t *testing.T) {
	_, err := Open(context.Background(), "postgres://%zz", nil)
	if feedback.ErrorCode(err) != feedback.EINVALID {
		t.Fatalf("Open(bad URL) = %v, want an invalid error", err)
	}
}
