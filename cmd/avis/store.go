package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"strings"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/feedback/pgstore"
	"github.com/avisproject/avis/feedback/sqlitestore"
)

// isPostgres reports whether database names a PostgreSQL server.
func isPostgres(database string) bool {
	return strings.HasPrefix(database, "postgres://") || strings.HasPrefix(database, "postgresql://")
}

// openStore opens the store named by database: a SQLite file, or a
// PostgreSQL URL.
func openStore(ctx context.Context, database string, logger *slog.Logger) (feedback.Store, error) {
	if isPostgres(database) {
		st, err := pgstore.Open(ctx, database, &pgstore.Options{Logger: logger})
		if err != nil {
			// The URL may carry a password: never print it.
			return nil, fmt.Errorf("open the PostgreSQL database: %w", err)
		}
		return st, nil
	}
	st, err := sqlitestore.Open(ctx, database, &sqlitestore.Options{Logger: logger})
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", database, err)
	}
	return st, nil
}

// openAdminStore opens the store for an administration command, whose
// logs only matter when something is wrong.
func openAdminStore(ctx context.Context, database string, stderr io.Writer) (feedback.Store, error) {
	return openStore(ctx, database, slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
}

// minSecretBytes is the shortest key accepted for the client-address hash.
const minSecretBytes = 16

// loadSecret returns the key of the client-address hash: --secret when
// given, else the content of <database>.secret, created with 32 random bytes
// on first start so that duplicate detection and rate limits survive a
// restart. Several instances on PostgreSQL must share a key, so there
// --secret is required.
func loadSecret(secret, database string, logger *slog.Logger) ([]byte, error) {
	if secret != "" {
		if len(secret) < minSecretBytes {
			return nil, fmt.Errorf("--secret must be at least %d bytes", minSecretBytes)
		}
		return []byte(secret), nil
	}
	if isPostgres(database) {
		return nil, errors.New("--secret (or AVIS_SECRET) is required with PostgreSQL: every instance must hash client addresses alike")
	}
	path := database + ".secret"
	key, err := readSecretFile(path)
	if err == nil {
		return key, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return readSecretFile(path) // another process created it meanwhile
	}
	if err != nil {
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	key = []byte(hex.EncodeToString(raw))
	if _, err := f.Write(append(key, '\n')); err != nil {
		f.Close()
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	logger.Info("generated the client-hash key", slog.String("file", path))
	return key, nil
}

// readSecretFile reads a key file and refuses one too short to be safe.
func readSecretFile(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	b = bytes.TrimSpace(b)
	if len(b) < minSecretBytes {
		return nil, fmt.Errorf("%s holds fewer than %d bytes: delete it to generate a new key", path, minSecretBytes)
	}
	return b, nil
}

// demoSlug names the service created on an empty database so that a
// newcomer can submit from the demo page, or from any origin, at once.
const demoSlug = "demo"

// seedDemo creates the demo service when the store has no service at all.
// It reports whether the demo service exists afterwards.
func seedDemo(ctx context.Context, st feedback.Store, logger *slog.Logger) (bool, error) {
	services, err := st.ListServices(ctx)
	if err != nil {
		return false, err
	}
	for _, s := range services {
		if s.Slug == demoSlug {
			return true, nil
		}
	}
	if len(services) > 0 {
		return false, nil
	}
	demo := &feedback.Service{
		Slug:           demoSlug,
		Name:           "Service de démonstration",
		Network:        "avis",
		AllowedOrigins: []string{"*"},
	}
	err = st.CreateService(ctx, demo)
	if err != nil && feedback.ErrorCode(err) != feedback.ECONFLICT { // another instance won the race
		return false, err
	}
	logger.Info("empty database: created the demo service", slog.String("service", demo.Slug))
	return true, nil
}
