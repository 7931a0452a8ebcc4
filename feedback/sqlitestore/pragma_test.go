package sqlitestore

import (
	"context"
	"database/sql"
	"log/slog"
	"path/filepath"
	"testing"

	"github.com/avisproject/avis/feedback"
)

// TestEveryConnectionHasThePragmas opens several connections of each pool
// at once, so that new ones are dialled, and checks the settings on each.
func TestEveryConnectionHasThePragmas(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "avis.db"), quiet())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	want := map[string]string{"journal_mode": "wal", "synchronous": "2", "foreign_keys": "1", "busy_timeout": "5000"}
	for name, db := range map[string]*sql.DB{"writer": s.w, "reader": s.r} {
		n := 1
		if db == s.r {
			n = 4
		}
		var conns []*sql.Conn
		for range n {
			c, err := db.Conn(ctx)
			if err != nil {
				t.Fatal(err)
			}
			conns = append(conns, c)
		}
		for i, c := range conns {
			for pragma, v := range want {
				var got string
				if err := c.QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&got); err != nil {
					t.Fatalf("%s conn %d: PRAGMA %s: %v", name, i, pragma, err)
				}
				if got != v {
					t.Errorf("%s conn %d: PRAGMA %s = %s, want %s", name, i, pragma, got, v)
				}
			}
			c.Close()
		}
	}
}

func TestMigrationsApplyOnceAndAreRecorded(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "avis.db")
	for range 2 {
		s, err := Open(ctx, path, quiet())
		if err != nil {
			t.Fatal(err)
		}
		var n int
		if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM schema_migrations").Scan(&n); err != nil {
			t.Fatal(err)
		}
		files, _ := migrations.ReadDir("migrations")
		if n != len(files) {
			t.Fatalf("schema_migrations has %d rows, want %d", n, len(files))
		}
		s.Close()
	}
}

func TestDriverErrorsBecomeDomainCodes(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "avis.db"), quiet())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cases := []struct {
		name, sql, code string
	}{
		{"unique violation is a conflict", "INSERT INTO services (slug, name, created_at) VALUES ('a', 'A', 0), ('a', 'B', 0)", "conflict"},
		{"foreign key violation is not found", "INSERT INTO answers (id, feedback_id, team, text, created_at) VALUES ('x', 'nope', 't', 't', 0)", "not_found"},
		{"check violation is invalid", "INSERT INTO services (slug, name, created_at) VALUES ('b', 'B', 0); INSERT INTO feedback (id, service, channel, rating, author, text, status, created_at, updated_at) VALUES ('f', 'b', 'online', 'superb', 'citizen', 't', 'pending', 0, 0)", "invalid"},
		{"syntax error is internal", "SELEC 1", "internal"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := s.inTx(ctx, "test", func(tx *sql.Tx) error {
				_, err := tx.ExecContext(ctx, c.sql)
				return err
			})
			if got := feedback.ErrorCode(err); got != c.code {
				t.Fatalf("error %v has code %q, want %q", err, got, c.code)
			}
		})
	}
}

func quiet() *Options { return &Options{Logger: slog.New(slog.DiscardHandler)} }
