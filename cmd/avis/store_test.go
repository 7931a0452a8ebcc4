package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
)

func TestLoadSecretIsGeneratedOnceAndKept(t *testing.T) {
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	db := filepath.Join(t.TempDir(), "avis.db")
	first, err := loadSecret("", db, logger)
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(db + ".secret")
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("secret file mode %v, want 0600", info.Mode().Perm())
	}
	again, err := loadSecret("", db, logger)
	if err != nil || !bytes.Equal(first, again) || len(first) < minSecretBytes {
		t.Errorf("second load %q (%v), want the first %q", again, err, first)
	}
	given, err := loadSecret("a-secret-of-enough-bytes", db, logger)
	if err != nil || string(given) != "a-secret-of-enough-bytes" {
		t.Errorf("--secret not used: %q, %v", given, err)
	}
	for name, tt := range map[string]struct{ secret, db string }{
		"a short --secret":            {"short", db},
		"PostgreSQL without --secret": {"", "postgres://avis@localhost/avis"},
	} {
		if _, err := loadSecret(tt.secret, tt.db, logger); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	short := filepath.Join(t.TempDir(), "x.db")
	if err := os.WriteFile(short+".secret", []byte("tiny\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := loadSecret("", short, logger); err == nil {
		t.Errorf("a too short secret file was accepted")
	}
}

func TestSeedDemoOnlyOnAnEmptyDatabase(t *testing.T) {
	ctx := context.Background()
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	dir := t.TempDir()
	st, err := openStore(ctx, filepath.Join(dir, "avis.db"), logger)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for range 2 { // idempotent
		demo, err := seedDemo(ctx, st, logger)
		if err != nil || !demo {
			t.Fatalf("seedDemo = %v, %v", demo, err)
		}
	}
	svc, err := st.GetService(ctx, demoSlug)
	if err != nil || !svc.AllowsOrigin("https://any.example") {
		t.Errorf("demo service %+v, %v", svc, err)
	}

	other, err := openStore(ctx, filepath.Join(dir, "other.db"), logger)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	var out bytes.Buffer
	if err := run(ctx, []string{"services", "add", "--database", filepath.Join(dir, "other.db"), "--slug", "caf-94", "--name", "CAF"},
		envOf(nil), nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if demo, err := seedDemo(ctx, other, logger); err != nil || demo {
		t.Errorf("seeded a demo next to real services: %v, %v", demo, err)
	}
}
