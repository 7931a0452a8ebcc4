package sqlitestore_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"github.com/avisproject/avis/feedback"
)

// TestTwoStoresOnOneFileApplyOneDecision races moderators' decisions on one
// pending contribution through two stores opened on the same file, as two
// processes would: the expected status is checked inside the writers'
// IMMEDIATE transactions, so exactly one decision is applied and audited and
// every other one is a conflict (not a busy error).
func TestTwoStoresOnOneFileApplyOneDecision(t *testing.T) {
	path := filepath.Join(t.TempDir(), "avis.db")
	ctx := context.Background()
	a, b := openStore(t, path), openStore(t, path)
	defer a.Close()
	defer b.Close()
	if err := a.CreateService(ctx, &feedback.Service{Slug: "demo", Name: "Démo"}); err != nil {
		t.Fatal(err)
	}
	f, _, err := a.CreateFeedback(ctx, &feedback.Feedback{Service: "demo", Rating: feedback.RatingBad,
		Text: "Accueil ODIEUX", Status: feedback.StatusPending})
	if err != nil {
		t.Fatal(err)
	}
	const racers = 16
	codes := make([]string, racers)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range racers {
		s := a
		if i%2 == 1 {
			s = b
		}
		wg.Go(func() {
			<-start
			_, err := s.SetStatus(ctx, feedback.StatusChange{FeedbackID: f.ID, Status: feedback.StatusPublished,
				From: feedback.StatusPending, Actor: fmt.Sprintf("moderator-%02d", i)})
			codes[i] = feedback.ErrorCode(err)
		})
	}
	close(start)
	wg.Wait()
	winners := 0
	for i, code := range codes {
		switch code {
		case "":
			winners++
		case feedback.ECONFLICT:
		default:
			t.Errorf("moderator-%02d: code %q, want success or conflict", i, code)
		}
	}
	trail, err := b.Audit(ctx, f.ID)
	if winners != 1 || err != nil || len(trail) != 2 {
		t.Fatalf("%d decisions applied, audit %+v (%v); want 1 and the engine's entry plus one", winners, trail, err)
	}
}
