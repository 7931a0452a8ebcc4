// Package pgstore is the feedback.Store on PostgreSQL, through pgx: the
// system of record when several avis instances share one database.
//
// Migrations are embedded and applied in order, each in a transaction that
// holds an advisory lock, so instances starting together apply each one
// once. Driver errors become feedback error codes.
package pgstore

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/avisproject/avis/feedback"
	dbmigrations "github.com/avisproject/avis/internal/migrations"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

//go:embed migrations/*.sql
var migrations embed.FS

// migrationLock is the advisory lock key held while migrating ("avis").
const migrationLock = 0x61766973

// Options configures a Store. The zero value (or nil) means defaults.
type Options struct {
	// Logger receives migration logs; nil means slog.Default().
	Logger *slog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// Store is a feedback.Store on a PostgreSQL database.
type Store struct {
	pool *pgxpool.Pool
	log  *slog.Logger
	now  func() time.Time
}

var _ feedback.Store = (*Store)(nil)

// Open connects to the database at dsn (a postgres:// URL or key=value
// string; pool settings such as pool_max_conns are read from it) and applies
// pending migrations.
func Open(ctx context.Context, dsn string, opts *Options) (*Store, error) {
	if opts == nil {
		opts = &Options{}
	}
	s := &Store{log: opts.Logger, now: opts.Now}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.now == nil {
		s.now = time.Now
	}
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, feedback.Invalid("database", "database URL: %v", err)
	}
	if s.pool, err = pgxpool.NewWithConfig(ctx, cfg); err != nil {
		return nil, feedback.Internal(err, "connect to PostgreSQL")
	}
	if err := s.migrate(ctx); err != nil {
		s.pool.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the connection pool.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	return translate(s.pool.Ping(ctx), "ping")
}

func (s *Store) migrate(ctx context.Context) error {
	// Two instances starting together race on CREATE TABLE IF NOT
	// EXISTS: the loser gets a unique violation on the catalog (23505) or
	// "relation already exists" (42P07), as a CI run showed. The table is
	// created under the migrations' advisory lock, so they take turns.
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", migrationLock); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)`)
		return err
	})
	if err != nil {
		var pe *pgconn.PgError
		if !errors.As(err, &pe) || pe.Code != "23505" && pe.Code != "42P07" {
			return feedback.Internal(err, "create schema_migrations")
		}
	}
	list, err := dbmigrations.List(migrations)
	if err != nil {
		return err
	}
	for _, m := range list {
		if err := s.applyMigration(ctx, m.Version, m.Name, m.Body); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) applyMigration(ctx context.Context, version int, name, body string) error {
	applied := false
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", migrationLock); err != nil {
			return err
		}
		var n int
		if err := tx.QueryRow(ctx, "SELECT count(*) FROM schema_migrations WHERE version = $1", version).Scan(&n); err != nil || n > 0 {
			return err
		}
		if _, err := tx.Exec(ctx, body); err != nil {
			return err
		}
		applied = true
		_, err := tx.Exec(ctx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
			version, name, s.clock())
		return err
	})
	if err != nil {
		return feedback.Internal(err, "apply migration %s", name)
	}
	if applied {
		s.log.Info("pgstore: applied migration", "name", name)
	}
	return nil
}

// translate turns a driver error into a *feedback.Error. Domain errors pass
// through unchanged.
func translate(err error, what string) error {
	if err == nil {
		return nil
	}
	var fe *feedback.Error
	if errors.As(err, &fe) {
		return err
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "23505": // unique_violation
			return &feedback.Error{Code: feedback.ECONFLICT, Message: what + ": already exists", Err: err}
		case "23503": // foreign_key_violation
			return &feedback.Error{Code: feedback.ENOTFOUND, Message: what + ": refers to something unknown", Err: err}
		case "23514", "23502", "22001", "22P02", "22021": // check, not null, too long, bad text, bad encoding
			return &feedback.Error{Code: feedback.EINVALID, Message: what + ": a value is out of range", Err: err}
		}
	}
	return feedback.Internal(err, "%s", what)
}

// clock returns the store's current time, rounded as stored.
func (s *Store) clock() time.Time { return feedback.StoreTime(s.now()) }

// inTx runs fn in a transaction and commits it.
func (s *Store) inTx(ctx context.Context, what string, fn func(tx pgx.Tx) error) error {
	return translate(pgx.BeginFunc(ctx, s.pool, fn), what)
}

// params numbers query parameters as they are added.
type params []any

func (p *params) add(v any) string {
	*p = append(*p, v)
	return fmt.Sprintf("$%d", len(*p))
}

// utc returns t in UTC; pgx returns timestamptz in the local zone.
func utc(t time.Time) time.Time { return t.UTC() }

// orZero returns the time a nullable column held, or zero.
func orZero(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return t.UTC()
}

// nullTime returns nil for the zero time, for nullable columns.
func nullTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	t = feedback.StoreTime(t)
	return &t
}
