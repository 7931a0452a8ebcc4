package pgstore_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/avisproject/avis/feedback"
)

// BenchmarkCreateFeedback measures one acknowledged submission (a committed
// transaction with its audit entry) with an idempotency key, on a private
// PostgreSQL with its default durability (fsync on, synchronous_commit on).
func BenchmarkCreateFeedback(b *testing.B) {
	s := openStore(b)
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
// clients through the connection pool.
func BenchmarkCreateFeedbackParallel(b *testing.B) {
	s := openStore(b)
	ctx := context.Background()
	if err := s.CreateService(ctx, &feedback.Service{Slug: "demo", Name: "Démo"}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetParallelism(4)
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
