package sqlitestore_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/avisproject/avis/feedback"
)

// crashChildEnv, when set in the environment, names the database a child
// test process writes to until it is killed.
const crashChildEnv = "AVIS_SQLITESTORE_CRASH_DB"

// TestAcknowledgedFeedbackSurvivesKill runs a writer in a child process,
// kills it with SIGKILL mid-stream (no Close, no clean shutdown) and checks
// that every contribution the child saw acknowledged is in the reopened
// database, which must also pass an integrity check.
func TestAcknowledgedFeedbackSurvivesKill(t *testing.T) {
	if path := os.Getenv(crashChildEnv); path != "" {
		crashChild(t, path)
		return
	}
	path := filepath.Join(t.TempDir(), "avis.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestAcknowledgedFeedbackSurvivesKill$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var acked []string
	sc := bufio.NewScanner(out)
	for sc.Scan() && len(acked) < 40 {
		if id, ok := strings.CutPrefix(sc.Text(), "ACK "); ok {
			acked = append(acked, id)
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if len(acked) < 40 {
		t.Fatalf("child acknowledged only %d contributions before its output ended", len(acked))
	}

	s := openStore(t, path)
	defer s.Close()
	for _, id := range acked {
		if _, err := s.GetFeedback(context.Background(), id); err != nil {
			t.Fatalf("acknowledged contribution %s lost after kill: %v", id, err)
		}
	}
	if err := s.IntegrityCheck(context.Background()); err != nil {
		t.Fatalf("integrity check after kill: %v", err)
	}
}

// crashChild writes contributions forever, printing each ID once
// CreateFeedback has returned, until the parent kills the process.
func crashChild(t *testing.T, path string) {
	s := openStore(t, path)
	ctx := context.Background()
	if err := s.CreateService(ctx, &feedback.Service{Slug: "demo", Name: "Démo"}); err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		f, _, err := s.CreateFeedback(ctx, &feedback.Feedback{Service: "demo", Rating: feedback.RatingBad,
			Text: fmt.Sprintf("Contribution %d", i), Status: feedback.StatusPending})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("ACK %s\n", f.ID)
	}
}

func TestReopenWithoutCloseKeepsCommittedFeedback(t *testing.T) {
	path := filepath.Join(t.TempDir(), "avis.db")
	ctx := context.Background()
	first := openStore(t, path) // deliberately never closed
	if err := first.CreateService(ctx, &feedback.Service{Slug: "demo", Name: "Démo"}); err != nil {
		t.Fatal(err)
	}
	f, _, err := first.CreateFeedback(ctx, &feedback.Feedback{Service: "demo", Rating: feedback.RatingGood,
		Text: "Durable.", Status: feedback.StatusPublished})
	if err != nil {
		t.Fatal(err)
	}
	second := openStore(t, path)
	defer second.Close()
	if got, err := second.GetFeedback(ctx, f.ID); err != nil || got.Text != "Durable." {
		t.Fatalf("second store GetFeedback = %v, %v", got, err)
	}
}

// TestTwoStoresOnOneFileShareTheWriteLock opens the file twice, as `avis
// serve` and an `avis services` command do, and races retries of one
// submission through both: BEGIN IMMEDIATE and the busy timeout serialise
// the writers, so there is one contribution and no SQLITE_BUSY error.
func TestTwoStoresOnOneFileShareTheWriteLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "avis.db")
	ctx := context.Background()
	a, b := openStore(t, path), openStore(t, path)
	defer a.Close()
	defer b.Close()
	if err := a.CreateService(ctx, &feedback.Service{Slug: "demo", Name: "Démo"}); err != nil {
		t.Fatal(err)
	}
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		created int
		ids     = map[string]bool{}
	)
	for i := range 24 {
		s := a
		if i%2 == 1 {
			s = b
		}
		wg.Go(func() {
			f, ok, err := s.CreateFeedback(ctx, &feedback.Feedback{Service: "demo", Rating: feedback.RatingGood,
				Text: fmt.Sprintf("Essai %d", i), Status: feedback.StatusPublished, IdempotencyKey: "same"})
			// Unkeyed writes in between keep both writers busy.
			if err == nil {
				_, _, err = s.CreateFeedback(ctx, &feedback.Feedback{Service: "demo", Rating: feedback.RatingBad,
					Text: "Autre avis", Status: feedback.StatusPending})
			}
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
	page, err := b.ListFeedback(ctx, feedback.Filter{Status: feedback.StatusPublished})
	if err != nil {
		t.Fatal(err)
	}
	if created != 1 || len(ids) != 1 || len(page.Items) != 1 {
		t.Fatalf("created %d times, %d distinct IDs, %d keyed rows; want 1, 1, 1", created, len(ids), len(page.Items))
	}
}
