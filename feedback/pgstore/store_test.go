package pgstore_test

import (
	"context"
	"log/slog"
	"os"
	"testing"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/feedback/pgstore"
	"github.com/avisproject/avis/feedback/storetest"
	"github.com/avisproject/avis/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

func openStore(t testing.TB) *pgstore.Store {
	t.Helper()
	s, err := pgstore.Open(context.Background(), pgtest.Start(t), &pgstore.Options{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatalf("pgstore.Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) feedback.Store { return openStore(t) })
}
