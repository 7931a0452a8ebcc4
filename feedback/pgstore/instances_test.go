package pgstore_test

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"testing"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/feedback/pgstore"
	"github.com/avisproject/avis/internal/pgtest"
)

// openPair opens two stores on one database at the same time, as two avis
// instances starting together do; their migrations race.
func openPair(t *testing.T) (a, b *pgstore.Store) {
	t.Helper()
	dsn := pgtest.Start(t)
	stores := make([]*pgstore.Store, 2)
	errs := make([]error, 2)
	var wg sync.WaitGroup
	for i := range stores {
		wg.Go(func() {
			stores[i], errs[i] = pgstore.Open(context.Background(), dsn, &pgstore.Options{Logger: slog.New(slog.DiscardHandler)})
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("instance %d: Open: %v", i, err)
		}
		t.Cleanup(func() { stores[i].Close() })
	}
	return stores[0], stores[1]
}

func TestTwoInstancesShareContributions(t *testing.T) {
	ctx := context.Background()
	a, b := openPair(t)
	if err := a.CreateService(ctx, &feedback.Service{Slug: "caf-94", Name: "CAF 94"}); err != nil {
		t.Fatal(err)
	}
	in := &feedback.Feedback{Service: "caf-94", Rating: feedback.RatingBad, Text: "Attente de 3 h.",
		Status: feedback.StatusPending, IdempotencyKey: "k"}
	first, created, err := a.CreateFeedback(ctx, in)
	if err != nil || !created {
		t.Fatalf("instance a: CreateFeedback: %v, created=%v", err, created)
	}
	retry, created, err := b.CreateFeedback(ctx, in)
	if err != nil || created || retry.ID != first.ID {
		t.Fatalf("instance b: retry = %v, created=%v, %v; want the first with created=false", retry, created, err)
	}
	if _, err := b.SetStatus(ctx, feedback.StatusChange{FeedbackID: first.ID, Status: feedback.StatusPublished, Actor: "alice"}); err != nil {
		t.Fatal(err)
	}
	if err := b.AddAnswer(ctx, &feedback.Answer{FeedbackID: first.ID, Team: "Accueil", Text: "Nous en sommes désolés."}, "alice"); err != nil {
		t.Fatal(err)
	}
	got, err := a.GetFeedback(ctx, first.ID)
	if err != nil || got.Status != feedback.StatusPublished || len(got.Answers) != 1 {
		t.Fatalf("instance a sees %+v, %v; want published with one answer", got, err)
	}
}

func TestConcurrentRetriesOnTwoInstancesStoreOneContribution(t *testing.T) {
	ctx := context.Background()
	a, b := openPair(t)
	if err := a.CreateService(ctx, &feedback.Service{Slug: "caf-94", Name: "CAF 94"}); err != nil {
		t.Fatal(err)
	}
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		ids     = map[string]bool{}
		created int
	)
	for i := range 20 {
		s := a
		if i%2 == 1 {
			s = b
		}
		wg.Go(func() {
			f, ok, err := s.CreateFeedback(ctx, &feedback.Feedback{Service: "caf-94", Rating: feedback.RatingGood,
				Text: fmt.Sprintf("Essai %d", i), Status: feedback.StatusPublished, IdempotencyKey: "same"})
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				t.Error(err)
				return
			}
			ids[f.ID] = true
			if ok {
				created++
			}
		})
	}
	wg.Wait()
	page, err := a.ListFeedback(ctx, feedback.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if created != 1 || len(ids) != 1 || len(page.Items) != 1 {
		t.Fatalf("created %d times, %d distinct IDs, %d rows; want 1, 1, 1", created, len(ids), len(page.Items))
	}
}
