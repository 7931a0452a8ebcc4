package storetest

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/avisproject/avis/feedback"
)

// racers is how many moderators decide on one contribution at once in the
// race test: more than a store's connection pool is likely to serialise by
// accident.
const racers = 12

var conflictTests = []test{
	{"second decision on a contribution no longer pending is a conflict and writes nothing", func(t *testing.T, s feedback.Store) {
		f := pendingDraft(t, s, "Accueil ODIEUX.")
		first, err := s.SetStatus(ctx(t), feedback.StatusChange{FeedbackID: f.ID, Status: feedback.StatusPublished,
			From: feedback.StatusPending, Actor: "alice", Action: "publish"})
		if err != nil {
			t.Fatalf("first decision: %v", err)
		}
		edited := "Accueil odieux."
		_, err = s.SetStatus(ctx(t), feedback.StatusChange{FeedbackID: f.ID, Status: feedback.StatusRejected, Text: &edited,
			From: feedback.StatusPending, Actor: "bob", Action: "reject", Reason: "insult"})
		wantCode(t, err, feedback.ECONFLICT, "")
		if msg := feedback.ErrorMessage(err); !strings.Contains(msg, "already decided by someone else") || !strings.Contains(msg, "published") {
			t.Fatalf("conflict message %q does not say the contribution was decided and is now published", msg)
		}
		got := get(t, s, f.ID)
		if got.Status != feedback.StatusPublished || got.Text != f.Text || !got.UpdatedAt.Equal(first.UpdatedAt) ||
			!got.PublishedAt.Equal(first.PublishedAt) {
			t.Fatalf("after the refused decision: status %q text %q updated %v published %v; want the first decision's",
				got.Status, got.Text, got.UpdatedAt, got.PublishedAt)
		}
		trail, err := s.Audit(ctx(t), f.ID)
		if err != nil || len(trail) != 2 || trail[1].Actor != "alice" {
			t.Fatalf("audit = %+v, %v; want the engine's entry and alice's only", trail, err)
		}
	}},
	{"decision expecting the current status is applied", func(t *testing.T, s feedback.Store) {
		f := pendingDraft(t, s, "Texte.")
		for _, step := range []struct{ from, to feedback.Status }{
			{feedback.StatusPending, feedback.StatusPublished},
			{feedback.StatusPublished, feedback.StatusRejected},
			{feedback.StatusRejected, feedback.StatusPending},
		} {
			got, err := s.SetStatus(ctx(t), feedback.StatusChange{FeedbackID: f.ID, Status: step.to, From: step.from, Actor: "alice"})
			if err != nil || got.Status != step.to {
				t.Fatalf("%s -> %s: %v, %v", step.from, step.to, got, err)
			}
		}
		trail, _ := s.Audit(ctx(t), f.ID)
		if len(trail) != 4 || trail[3].FromStatus != feedback.StatusRejected || trail[3].ToStatus != feedback.StatusPending {
			t.Fatalf("audit = %+v, want submit and three changes", trail)
		}
	}},
	{"expected status on an unknown contribution is not found", func(t *testing.T, s feedback.Store) {
		_, err := s.SetStatus(ctx(t), feedback.StatusChange{FeedbackID: "0192f7a0-0000-7000-8000-000000000000",
			Status: feedback.StatusPublished, From: feedback.StatusPending, Actor: "alice"})
		wantCode(t, err, feedback.ENOTFOUND, "")
	}},
	{"unknown expected status is invalid", func(t *testing.T, s feedback.Store) {
		f := pendingDraft(t, s, "Texte.")
		_, err := s.SetStatus(ctx(t), feedback.StatusChange{FeedbackID: f.ID, Status: feedback.StatusPublished, From: "draft", Actor: "alice"})
		wantCode(t, err, feedback.EINVALID, "from")
		if got := get(t, s, f.ID); got.Status != feedback.StatusPending {
			t.Fatalf("status %q after an invalid change, want pending", got.Status)
		}
	}},
	{"of moderators racing on one pending contribution exactly one decides", func(t *testing.T, s feedback.Store) {
		f := pendingDraft(t, s, "Le conseiller était GROSSIER.")
		type outcome struct {
			change feedback.StatusChange
			got    *feedback.Feedback
			err    error
		}
		results := make([]outcome, racers)
		start := make(chan struct{})
		var wg sync.WaitGroup
		for i := range racers {
			c := feedback.StatusChange{FeedbackID: f.ID, Status: feedback.StatusPublished, From: feedback.StatusPending,
				Actor: fmt.Sprintf("moderator-%02d", i), Action: "publish"}
			if i%2 == 1 {
				text := fmt.Sprintf("Le conseiller était grossier (version %d).", i)
				c.Status, c.Text, c.Action, c.Reason = feedback.StatusRejected, &text, "reject", "insult"
			}
			wg.Go(func() {
				<-start
				got, err := s.SetStatus(ctx(t), c)
				results[i] = outcome{c, got, err}
			})
		}
		close(start)
		wg.Wait()
		var winner *outcome
		for i := range results {
			r := &results[i]
			switch feedback.ErrorCode(r.err) {
			case "":
				if winner != nil {
					t.Fatalf("%s and %s both decided", winner.change.Actor, r.change.Actor)
				}
				winner = r
			case feedback.ECONFLICT:
			default:
				t.Fatalf("%s: %v, want success or a conflict", r.change.Actor, r.err)
			}
		}
		if winner == nil {
			t.Fatalf("no decision was applied: %+v", results)
		}
		wantText := f.Text
		if winner.change.Text != nil {
			wantText = *winner.change.Text
		}
		got := get(t, s, f.ID)
		if got.Status != winner.change.Status || got.Text != wantText || winner.got.Status != winner.change.Status {
			t.Fatalf("stored %s %q, want the winner's (%s) %s %q", got.Status, got.Text, winner.change.Actor, winner.change.Status, wantText)
		}
		trail, err := s.Audit(ctx(t), f.ID)
		if err != nil || len(trail) != 2 {
			t.Fatalf("audit = %+v, %v; want the engine's entry and exactly one decision", trail, err)
		}
		if e := trail[1]; e.Actor != winner.change.Actor || e.FromStatus != feedback.StatusPending || e.ToStatus != winner.change.Status {
			t.Fatalf("audit entry %+v, want %s's decision from pending", e, winner.change.Actor)
		}
	}},
}
