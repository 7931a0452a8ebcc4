package pgtest_test

import (
	"context"
	"os"
	"testing"

	"github.com/avisproject/avis/internal/pgtest"
	"github.com/jackc/pgx/v5"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

func TestDatabasesAreFreshAndSeparate(t *testing.T) {
	ctx := context.Background()
	a, b := pgtest.Start(t), pgtest.Start(t)
	if a == b {
		t.Fatalf("two Start calls returned the same database %s", a)
	}
	ca, err := pgx.Connect(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	defer ca.Close(ctx)
	if _, err := ca.Exec(ctx, "CREATE TABLE only_in_a (x int)"); err != nil {
		t.Fatal(err)
	}
	cb, err := pgx.Connect(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	defer cb.Close(ctx)
	var n int
	if err := cb.QueryRow(ctx, "SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_a'").Scan(&n); err != nil || n != 0 {
		t.Fatalf("table of database a visible in b: count %d, %v", n, err)
	}
	var addr string
	if err := ca.QueryRow(ctx, "SELECT host(inet_server_addr())").Scan(&addr); err != nil || addr != "127.0.0.1" {
		t.Fatalf("server address %q, %v; want 127.0.0.1", addr, err)
	}
}

func TestServerIsSharedAcrossTests(t *testing.T) {
	a := pgtest.Start(t)
	cfg, err := pgx.ParseConfig(a)
	if err != nil {
		t.Fatal(err)
	}
	b := pgtest.Start(t)
	cfgB, _ := pgx.ParseConfig(b)
	if cfg.Port != cfgB.Port {
		t.Fatalf("ports %d and %d: want one shared server", cfg.Port, cfgB.Port)
	}
}
