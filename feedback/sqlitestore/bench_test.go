package sqlitestore_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/avisproject/avis/feedback"
)

// BenchmarkCreateFeedback measures one durable, acknowledged submission
// (synchronous=FULL commit) with an idempotency key.
func BenchmarkCreateFeedback(b *testing.B) {
	s := openStore(b, filepath.Join(b.TempDir(), "avis.db"))
	defer s.Close()
	ctx := context.Background()
	if err := s.CreateService(ctx, &feedback.Service{Slug: "demo", Name: "Démo"}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		_, _, err := s.CreateFeedback(ctx, &feedback.Feedback{Service: "demo", Procedure: "carte-grise",
			Rating: feedback.RatingAverage, Text: "Délai raisonnable mais accueil téléphonique difficile.",
			IdempotencyKey: fmt.Sprintf("key-%d", i), Status: feedback.StatusPublished,
			Moderation: feedback.Moderation{Decision: feedback.DecisionPublish, Lang: "fr"}})
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCreateFeedbackParallel measures submissions from concurrent
// clients, which share the single writer connection.
func BenchmarkCreateFeedbackParallel(b *testing.B) {
	s := openStore(b, filepath.Join(b.TempDir(), "avis.db"))
	defer s.Close()
	ctx := context.Background()
	if err := s.CreateService(ctx, &feedback.Service{Slug: "demo", Name: "Démo"}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, _, err := s.CreateFeedback(ctx, &feedback.Feedback{Service: "demo", Rating: feedback.RatingGood,
				Text: "Très bon accueil.", Status: feedback.StatusPublished}); err != nil {
				b.Error(err)
				return
			}
		}
	})
}
