// Package sqlitestore is avis's default feedback.Store: one SQLite file,
// through the pure-Go driver modernc.org/sqlite (no cgo).
//
// Every pooled connection gets WAL journaling, synchronous=FULL (a
// contribution acknowledged by CreateFeedback survives a power cut), a busy
// timeout and foreign keys through the DSN, so no connection can miss them.
// Writes go through a single connection whose transactions start with BEGIN
// IMMEDIATE, so two writers never deadlock on a lock upgrade; reads use a
// separate pool and see the last committed state.
package sqlitestore

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/avisproject/avis/feedback"
	dbmigrations "github.com/avisproject/avis/internal/migrations"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Options configures a Store. The zero value (or nil) means defaults.
type Options struct {
	// Logger receives migration and error logs; nil means slog.Default().
	Logger *slog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// BusyTimeout is how long a connection waits for another process's lock;
	// 0 means 5 seconds.
	BusyTimeout time.Duration
	// MaxReaders caps the read pool; 0 means max(4, GOMAXPROCS).
	MaxReaders int
}

// Store is a feedback.Store on one SQLite database file.
type Store struct {
	w   *sql.DB // one connection, BEGIN IMMEDIATE: every write
	r   *sql.DB // read pool
	log *slog.Logger
	now func() time.Time
}

var _ feedback.Store = (*Store)(nil)

// Open opens (creating if needed) the database at path and applies pending
// migrations.
func Open(ctx context.Context, path string, opts *Options) (*Store, error) {
	if opts == nil {
		opts = &Options{}
	}
	if path == "" {
		return nil, feedback.Invalid("database", "database path is required")
	}
	s := &Store{log: opts.Logger, now: opts.Now}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.now == nil {
		s.now = time.Now
	}
	busy := opts.BusyTimeout
	if busy <= 0 {
		busy = 5 * time.Second
	}
	readers := opts.MaxReaders
	if readers <= 0 {
		readers = max(4, runtime.GOMAXPROCS(0))
	}

	var err error
	if s.w, err = sql.Open("sqlite", dsn(path, busy, "immediate")); err != nil {
		return nil, feedback.Internal(err, "open %s", path)
	}
	s.w.SetMaxOpenConns(1)
	s.w.SetConnMaxIdleTime(0)
	if s.r, err = sql.Open("sqlite", dsn(path, busy, "deferred")); err != nil {
		s.w.Close()
		return nil, feedback.Internal(err, "open %s", path)
	}
	s.r.SetMaxOpenConns(readers)
	s.r.SetMaxIdleConns(readers)
	if err := s.migrate(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// dsn builds the connection string. The pragmas are applied by the driver to
// every new connection of the pool.
func dsn(path string, busy time.Duration, txlock string) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout("+strconv.FormatInt(busy.Milliseconds(), 10)+")")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", txlock)
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// Close closes both pools.
func (s *Store) Close() error {
	return errors.Join(s.r.Close(), s.w.Close())
}

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	var one int
	if err := s.r.QueryRowContext(ctx, "SELECT 1").Scan(&one); err != nil {
		return translate(err, "ping")
	}
	return nil
}

// migrate applies the embedded migrations not yet recorded in
// schema_migrations, each in its own transaction, in file-name order.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`); err != nil {
		return feedback.Internal(err, "create schema_migrations")
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
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return feedback.Internal(err, "begin migration %s", name)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM schema_migrations WHERE version = ?", version).Scan(&n); err != nil {
		return feedback.Internal(err, "check migration %s", name)
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, body); err != nil {
		return feedback.Internal(err, "apply migration %s", name)
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
		version, name, s.now().UnixMicro()); err != nil {
		return feedback.Internal(err, "record migration %s", name)
	}
	if err := tx.Commit(); err != nil {
		return feedback.Internal(err, "commit migration %s", name)
	}
	s.log.Info("sqlitestore: applied migration", "name", name)
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
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() {
		case sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
			return &feedback.Error{Code: feedback.ECONFLICT, Message: what + ": already exists", Err: err}
		case sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY:
			return &feedback.Error{Code: feedback.ENOTFOUND, Message: what + ": refers to something unknown", Err: err}
		case sqlite3.SQLITE_CONSTRAINT_CHECK, sqlite3.SQLITE_CONSTRAINT_NOTNULL:
			return &feedback.Error{Code: feedback.EINVALID, Message: what + ": a value is out of range", Err: err}
		}
	}
	return feedback.Internal(err, "%s", what)
}

// micros and fromMicros convert instants to and from the stored integers.
func micros(t time.Time) int64 { return feedback.StoreTime(t).UnixMicro() }

func fromMicros(us int64) time.Time { return time.UnixMicro(us).UTC() }

func fromNullMicros(n sql.NullInt64) time.Time {
	if !n.Valid {
		return time.Time{}
	}
	return fromMicros(n.Int64)
}

func nullMicros(t time.Time) sql.NullInt64 {
	if t.IsZero() {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: micros(t), Valid: true}
}

// clock returns the store's current time, rounded as stored.
func (s *Store) clock() time.Time { return feedback.StoreTime(s.now()) }

// inTx runs fn in a write transaction and commits it.
func (s *Store) inTx(ctx context.Context, what string, fn func(tx *sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return translate(err, what)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return translate(err, what)
	}
	if err := tx.Commit(); err != nil {
		return translate(err, fmt.Sprintf("commit %s", what))
	}
	return nil
}

// IntegrityCheck runs SQLite's integrity check and returns an EINTERNAL
// error describing the first problems found, or nil for a sound database.
func (s *Store) IntegrityCheck(ctx context.Context) error {
	rows, err := s.r.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return translate(err, "integrity check")
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return translate(err, "integrity check")
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return translate(err, "integrity check")
	}
	if len(problems) > 0 {
		return feedback.Errorf(feedback.EINTERNAL, "database is damaged: %s", strings.Join(problems, "; "))
	}
	return nil
}
