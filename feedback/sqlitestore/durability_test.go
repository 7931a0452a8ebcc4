package sqlitestore_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
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
