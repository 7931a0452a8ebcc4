package sqlitestore_test

import (
	"context"
	"log/slog"
	"path/filepath"
	"testing"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/feedback/sqlitestore"
	"github.com/avisproject/avis/feedback/storetest"
)

func openStore(t testing.TB, path string) *sqlitestore.Store {
	t.Helper()
	s, err := sqlitestore.Open(context.Background(), path, &sqlitestore.Options{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	return s
}

func TestCreatedFeedbackReadsBack(t *testing.T) {
	path := filepath.Join(t.TempDir(), "avis.db")
	s := openStore(t, path)
	defer s.Close()
	ctx := context.Background()
	if err := s.Ping(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.CreateService(ctx, &feedback.Service{Slug: "demo", Name: "Démo", AllowedOrigins: []string{"*"}}); err != nil {
		t.Fatal(err)
	}
	f, created, err := s.CreateFeedback(ctx, &feedback.Feedback{Service: "demo", Rating: feedback.RatingGood,
		Text: "Très bien reçu", Status: feedback.StatusPublished, IdempotencyKey: "k1"})
	if err != nil || !created {
		t.Fatalf("CreateFeedback: %v created=%v", err, created)
	}
	got, err := s.GetFeedback(ctx, f.ID)
	if err != nil || got.Text != "Très bien reçu" || !got.CreatedAt.Equal(f.CreatedAt) {
		t.Fatalf("GetFeedback = %+v, %v", got, err)
	}
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) feedback.Store {
		s := openStore(t, filepath.Join(t.TempDir(), "avis.db"))
		t.Cleanup(func() { s.Close() })
		return s
	})
}
