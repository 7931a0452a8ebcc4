package storetest

import (
	"reflect"
	"testing"
	"time"

	"github.com/avisproject/avis/feedback"
)

func pendingDraft(t *testing.T, s feedback.Store, text string) *feedback.Feedback {
	t.Helper()
	addService(t, s, "caf-94")
	f := draft("caf-94", text)
	f.Status = feedback.StatusPending
	f.Moderation.Decision = feedback.DecisionReview
	return create(t, s, f)
}

var statusTests = []test{
	{"moderator's edit and publication are audited with who, when, before and after", func(t *testing.T, s feedback.Store) {
		f := pendingDraft(t, s, "Le guichet était FERMÉ.")
		edited := "Le guichet était fermé."
		before := time.Now()
		got, err := s.SetStatus(ctx(t), feedback.StatusChange{FeedbackID: f.ID, Status: feedback.StatusPublished,
			Text: &edited, Actor: "alice", Action: "edit", Reason: "majuscules retirées"})
		after := time.Now()
		if err != nil {
			t.Fatal(err)
		}
		if got.Status != feedback.StatusPublished || got.Text != edited {
			t.Fatalf("SetStatus returned status %q text %q", got.Status, got.Text)
		}
		within(t, "PublishedAt", got.PublishedAt, before, after)
		within(t, "UpdatedAt", got.UpdatedAt, before, after)
		if stored := get(t, s, f.ID); stored.Text != edited || stored.Status != feedback.StatusPublished {
			t.Fatalf("stored status %q text %q", stored.Status, stored.Text)
		}
		trail, err := s.Audit(ctx(t), f.ID)
		if err != nil || len(trail) != 2 {
			t.Fatalf("Audit = %+v, %v; want 2 entries", trail, err)
		}
		e := trail[1]
		if e.Actor != "alice" || e.Action != "edit" || e.FromStatus != feedback.StatusPending || e.ToStatus != feedback.StatusPublished ||
			e.TextBefore != "Le guichet était FERMÉ." || e.TextAfter != edited || e.Reason != "majuscules retirées" || e.FeedbackID != f.ID {
			t.Fatalf("audit entry = %+v", e)
		}
		within(t, "audit CreatedAt", e.CreatedAt, before, after)
		if trail[0].ID >= e.ID || trail[0].Actor != "engine" {
			t.Fatalf("audit not oldest first: %+v", trail)
		}
	}},
	{"rejection keeps the text and records the reason", func(t *testing.T, s feedback.Store) {
		f := pendingDraft(t, s, "Hors sujet.")
		got, err := s.SetStatus(ctx(t), feedback.StatusChange{FeedbackID: f.ID, Status: feedback.StatusRejected,
			Actor: "bob", Reason: "not-public-service"})
		if err != nil {
			t.Fatal(err)
		}
		if got.Status != feedback.StatusRejected || got.Text != "Hors sujet." || !got.PublishedAt.IsZero() {
			t.Fatalf("after rejection: %+v", got)
		}
		trail, _ := s.Audit(ctx(t), f.ID)
		e := trail[len(trail)-1]
		if e.Action != string(feedback.StatusRejected) || e.Reason != "not-public-service" || e.TextBefore != "" || e.TextAfter != "" {
			t.Fatalf("audit entry = %+v, want action rejected, the reason and no text change", e)
		}
	}},
	{"unpublishing clears PublishedAt and republishing sets it again", func(t *testing.T, s feedback.Store) {
		f := pendingDraft(t, s, "Texte.")
		change := func(st feedback.Status) *feedback.Feedback {
			t.Helper()
			got, err := s.SetStatus(ctx(t), feedback.StatusChange{FeedbackID: f.ID, Status: st, Actor: "alice"})
			if err != nil {
				t.Fatal(err)
			}
			return got
		}
		if got := change(feedback.StatusPublished); got.PublishedAt.IsZero() {
			t.Fatal("published contribution has no PublishedAt")
		}
		if got := change(feedback.StatusPending); !got.PublishedAt.IsZero() {
			t.Fatalf("contribution back to pending keeps PublishedAt %v", got.PublishedAt)
		}
		if got := change(feedback.StatusPublished); got.PublishedAt.IsZero() {
			t.Fatal("republished contribution has no PublishedAt")
		}
		trail, _ := s.Audit(ctx(t), f.ID)
		if len(trail) != 4 || trail[2].FromStatus != feedback.StatusPublished || trail[2].ToStatus != feedback.StatusPending {
			t.Fatalf("audit = %+v, want submit and three changes in order", trail)
		}
	}},
	{"new moderation record replaces the old one", func(t *testing.T, s feedback.Store) {
		f := pendingDraft(t, s, "Texte.")
		mod := feedback.Moderation{Decision: feedback.DecisionPublish, Lang: "fr",
			Flags: []feedback.Flag{{Kind: "profanity", Severity: 1, Reason: "grossièreté", Spans: []feedback.Span{{Start: 0, End: 5}}}}}
		if _, err := s.SetStatus(ctx(t), feedback.StatusChange{FeedbackID: f.ID, Status: feedback.StatusPublished,
			Moderation: &mod, Actor: "alice"}); err != nil {
			t.Fatal(err)
		}
		if got := get(t, s, f.ID).Moderation; !reflect.DeepEqual(got, mod) {
			t.Fatalf("Moderation = %+v, want %+v", got, mod)
		}
	}},
	{"unknown contribution is not found", func(t *testing.T, s feedback.Store) {
		_, err := s.SetStatus(ctx(t), feedback.StatusChange{FeedbackID: "0192f7a0-0000-7000-8000-000000000000",
			Status: feedback.StatusPublished, Actor: "alice"})
		wantCode(t, err, feedback.ENOTFOUND, "")
	}},
	{"invalid change is refused and changes nothing", func(t *testing.T, s feedback.Store) {
		f := pendingDraft(t, s, "Texte d'origine.")
		empty, long := "  ", string(make([]byte, feedback.MaxTextBytes+1))
		cases := []struct {
			c     feedback.StatusChange
			field string
		}{
			{feedback.StatusChange{FeedbackID: f.ID, Status: "archived", Actor: "alice"}, "status"},
			{feedback.StatusChange{FeedbackID: f.ID, Status: feedback.StatusPublished, Actor: " "}, "actor"},
			{feedback.StatusChange{FeedbackID: f.ID, Status: feedback.StatusPublished, Actor: "alice", Text: &empty}, "text"},
			{feedback.StatusChange{FeedbackID: f.ID, Status: feedback.StatusPublished, Actor: "alice", Text: &long}, "text"},
		}
		for _, c := range cases {
			_, err := s.SetStatus(ctx(t), c.c)
			wantCode(t, err, feedback.EINVALID, c.field)
		}
		got := get(t, s, f.ID)
		if got.Status != feedback.StatusPending || got.Text != "Texte d'origine." || !got.UpdatedAt.Equal(f.UpdatedAt) {
			t.Fatalf("after invalid changes: status %q text %q updated %v", got.Status, got.Text, got.UpdatedAt)
		}
		if trail, _ := s.Audit(ctx(t), f.ID); len(trail) != 1 {
			t.Fatalf("%d audit entries, want 1", len(trail))
		}
	}},
	{"audit of an unknown contribution is not found", func(t *testing.T, s feedback.Store) {
		_, err := s.Audit(ctx(t), "0192f7a0-0000-7000-8000-000000000000")
		wantCode(t, err, feedback.ENOTFOUND, "")
	}},
}

var answerTests = []test{
	{"answer is stored, signed by a team and audited", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		f := create(t, s, draft("caf-94", "Attente trop longue."))
		before := time.Now()
		first := &feedback.Answer{FeedbackID: f.ID, Team: "Équipe relation usagers", Text: "Nous renforçons l'accueil."}
		if err := s.AddAnswer(ctx(t), first, "alice"); err != nil {
			t.Fatal(err)
		}
		within(t, "answer CreatedAt", first.CreatedAt, before, time.Now())
		second := &feedback.Answer{FeedbackID: f.ID, Team: "Direction", Text: "Complément.", CreatedAt: first.CreatedAt.Add(time.Hour)}
		if err := s.AddAnswer(ctx(t), second, "bob"); err != nil {
			t.Fatal(err)
		}
		if first.ID == "" || second.ID == "" || first.ID == second.ID {
			t.Fatalf("answer IDs %q, %q: want two distinct IDs", first.ID, second.ID)
		}
		got := get(t, s, f.ID)
		if len(got.Answers) != 2 || got.Answers[0].ID != first.ID || got.Answers[1].ID != second.ID {
			t.Fatalf("answers = %+v, want the two answers oldest first", got.Answers)
		}
		a := got.Answers[0]
		if a.Team != first.Team || a.Text != first.Text || a.FeedbackID != f.ID || !a.CreatedAt.Equal(first.CreatedAt) {
			t.Fatalf("answer = %+v, want %+v", a, first)
		}
		sameTime(t, "second answer CreatedAt", got.Answers[1].CreatedAt, second.CreatedAt)
		trail, _ := s.Audit(ctx(t), f.ID)
		if len(trail) != 3 || trail[1].Actor != "alice" || trail[1].Action != "answer" || trail[2].Actor != "bob" {
			t.Fatalf("audit = %+v, want submit then two answers", trail)
		}
	}},
	{"invalid answer is refused and nothing is stored", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		f := create(t, s, draft("caf-94", "Texte."))
		cases := []struct {
			a     feedback.Answer
			actor string
			field string
		}{
			{feedback.Answer{FeedbackID: f.ID, Team: " ", Text: "Merci."}, "alice", "team"},
			{feedback.Answer{FeedbackID: f.ID, Team: "Équipe", Text: ""}, "alice", "text"},
			{feedback.Answer{FeedbackID: "", Team: "Équipe", Text: "Merci."}, "alice", "feedback_id"},
			{feedback.Answer{FeedbackID: f.ID, Team: "Équipe", Text: "Merci."}, "", "actor"},
		}
		for _, c := range cases {
			wantCode(t, s.AddAnswer(ctx(t), &c.a, c.actor), feedback.EINVALID, c.field)
		}
		if got := get(t, s, f.ID); len(got.Answers) != 0 {
			t.Fatalf("%d answers stored, want 0", len(got.Answers))
		}
	}},
	{"answer to an unknown contribution is not found", func(t *testing.T, s feedback.Store) {
		err := s.AddAnswer(ctx(t), &feedback.Answer{FeedbackID: "0192f7a0-0000-7000-8000-000000000000", Team: "Équipe", Text: "Merci."}, "alice")
		wantCode(t, err, feedback.ENOTFOUND, "")
	}},
}
