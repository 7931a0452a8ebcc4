package storetest

import (
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/avisproject/avis/feedback"
)

var createTests = []test{
	{"created contribution gets an id and timestamps", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		before := time.Now()
		pub := create(t, s, draft("caf-94", "Bon accueil."))
		pending := draft("caf-94", "En attente.")
		pending.Status = feedback.StatusPending
		pen := create(t, s, pending)
		after := time.Now()
		if pub.ID == "" || pen.ID == "" || pub.ID == pen.ID {
			t.Fatalf("IDs %q and %q, want two distinct non-empty IDs", pub.ID, pen.ID)
		}
		within(t, "CreatedAt", pub.CreatedAt, before, after)
		within(t, "UpdatedAt", pub.UpdatedAt, before, after)
		within(t, "PublishedAt of a published contribution", pub.PublishedAt, before, after)
		if !pen.PublishedAt.IsZero() {
			t.Fatalf("PublishedAt of a pending contribution = %v, want zero", pen.PublishedAt)
		}
	}},
	{"caller's CreatedAt is kept", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		f := createAt(t, s, "caf-94", base, "Import d'un ancien avis.")
		sameTime(t, "CreatedAt", f.CreatedAt, base)
		sameTime(t, "stored CreatedAt", get(t, s, f.ID).CreatedAt, base)
	}},
	{"every field reads back as stored", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		in := &feedback.Feedback{
			Service: "caf-94", Procedure: "prime-activite", Channel: feedback.ChannelFranceServices,
			Rating: feedback.RatingAverage, Clarity: 4, Help: 2, Author: feedback.AuthorAgent,
			Text: "L'agent [nom masqué] m'a aidé.", OriginalText: "L'agent Dupont m'a aidé.",
			Email: "usager@example.org", IdempotencyKey: "0f8c2a4e-5b1d-4c7e-9a3f-2d6b8e1c4a70", ClientHash: "h:abc123",
			Status: feedback.StatusPending,
			Moderation: feedback.Moderation{Decision: feedback.DecisionReview, Lang: "fr", Flags: []feedback.Flag{
				{Kind: "person_name", Severity: 1, Reason: "nom d'un agent masqué", Spans: []feedback.Span{{Start: 8, End: 14}}},
				{Kind: "shouting", Severity: 2, Reason: "majuscules"},
			}},
		}
		stored := create(t, s, in)
		got := get(t, s, stored.ID)
		checks := []struct {
			field     string
			got, want any
		}{
			{"Service", got.Service, in.Service}, {"Procedure", got.Procedure, in.Procedure},
			{"Channel", got.Channel, in.Channel}, {"Rating", got.Rating, in.Rating},
			{"Clarity", got.Clarity, in.Clarity}, {"Help", got.Help, in.Help}, {"Author", got.Author, in.Author},
			{"Text", got.Text, in.Text}, {"OriginalText", got.OriginalText, in.OriginalText},
			{"Email", got.Email, in.Email}, {"IdempotencyKey", got.IdempotencyKey, in.IdempotencyKey},
			{"ClientHash", got.ClientHash, in.ClientHash}, {"Status", got.Status, in.Status},
			{"Moderation", got.Moderation, in.Moderation},
			{"CreatedAt", got.CreatedAt.UnixMicro(), stored.CreatedAt.UnixMicro()},
		}
		for _, c := range checks {
			if !reflect.DeepEqual(c.got, c.want) {
				t.Errorf("%s = %#v, want %#v", c.field, c.got, c.want)
			}
		}
		if len(got.Answers) != 0 || !got.PurgedAt.IsZero() {
			t.Errorf("new contribution has answers %v or PurgedAt %v", got.Answers, got.PurgedAt)
		}
	}},
	{"caller's value is left untouched by creation", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		in := draft("caf-94", "  Espaces autour.  ")
		before := *in
		create(t, s, in)
		if in.ID != "" || !in.CreatedAt.IsZero() || in.Text != before.Text {
			t.Fatalf("CreateFeedback modified its argument: %+v", in)
		}
	}},
	{"same idempotency key returns the first and writes nothing", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		first := draft("caf-94", "Premier envoi.")
		first.IdempotencyKey = "key-1"
		a := create(t, s, first)
		retry := draft("caf-94", "Deuxième envoi, différent.")
		retry.IdempotencyKey = "key-1"
		b, created, err := s.CreateFeedback(ctx(t), retry)
		if err != nil {
			t.Fatal(err)
		}
		if created || b.ID != a.ID || b.Text != "Premier envoi." {
			t.Fatalf("retry = (%s, %q, created=%v), want the first (%s) with created=false", b.ID, b.Text, created, a.ID)
		}
		if n := count(t, s, feedback.Filter{}); n != 1 {
			t.Fatalf("%d contributions after a retry, want 1", n)
		}
		if trail, err := s.Audit(ctx(t), a.ID); err != nil || len(trail) != 1 {
			t.Fatalf("Audit after retry = %d entries, %v; want 1", len(trail), err)
		}
	}},
	{"same key on another service creates another contribution", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		addService(t, s, "cpam-75")
		for _, svc := range []string{"caf-94", "cpam-75"} {
			f := draft(svc, "Même clé, autre service.")
			f.IdempotencyKey = "shared-key"
			create(t, s, f)
		}
	}},
	{"without a key identical contributions are both stored", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		create(t, s, draft("caf-94", "Sans clé."))
		create(t, s, draft("caf-94", "Sans clé."))
		if n := count(t, s, feedback.Filter{}); n != 2 {
			t.Fatalf("%d contributions, want 2", n)
		}
	}},
	{"concurrent retries with one key store exactly one contribution", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		const n = 16
		var (
			wg      sync.WaitGroup
			mu      sync.Mutex
			ids     = map[string]int{}
			created int
			errs    []error
		)
		start := make(chan struct{})
		for i := range n {
			wg.Go(func() {
				f := draft("caf-94", text(i))
				f.IdempotencyKey = "race-key"
				<-start
				got, ok, err := s.CreateFeedback(ctx(t), f)
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					errs = append(errs, err)
					return
				}
				ids[got.ID]++
				if ok {
					created++
				}
			})
		}
		close(start)
		wg.Wait()
		if len(errs) > 0 {
			t.Fatalf("%d of %d concurrent creates failed, first: %v", len(errs), n, errs[0])
		}
		if created != 1 || len(ids) != 1 {
			t.Fatalf("created=true %d times, %d distinct IDs; want 1 and 1", created, len(ids))
		}
		if c := count(t, s, feedback.Filter{}); c != 1 {
			t.Fatalf("%d rows stored, want 1", c)
		}
	}},
	{"unknown service is not found and nothing is stored", func(t *testing.T, s feedback.Store) {
		_, _, err := s.CreateFeedback(ctx(t), draft("nope", "Service inconnu."))
		wantCode(t, err, feedback.ENOTFOUND, "")
		if n := count(t, s, feedback.Filter{}); n != 0 {
			t.Fatalf("%d contributions stored, want 0", n)
		}
	}},
	{"invalid contribution is refused with its field and nothing is stored", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		cases := []struct {
			field  string
			mutate func(f *feedback.Feedback)
		}{
			{"service", func(f *feedback.Feedback) { f.Service = "" }},
			{"rating", func(f *feedback.Feedback) { f.Rating = "" }},
			{"rating", func(f *feedback.Feedback) { f.Rating = "excellent" }},
			{"channel", func(f *feedback.Feedback) { f.Channel = "pigeon" }},
			{"clarity", func(f *feedback.Feedback) { f.Clarity = 6 }},
			{"text", func(f *feedback.Feedback) { f.Text = "   " }},
			{"text", func(f *feedback.Feedback) { f.Text = "caf\xff" }},
			{"email", func(f *feedback.Feedback) { f.Email = "pas une adresse" }},
			{"status", func(f *feedback.Feedback) { f.Status = "" }},
			{"procedure", func(f *feedback.Feedback) { f.Procedure = "Carte Grise" }},
		}
		for _, c := range cases {
			f := draft("caf-94", "Texte valide.")
			c.mutate(f)
			_, _, err := s.CreateFeedback(ctx(t), f)
			wantCode(t, err, feedback.EINVALID, c.field)
		}
		if n := count(t, s, feedback.Filter{}); n != 0 {
			t.Fatalf("%d contributions stored, want 0", n)
		}
	}},
	{"creation is recorded in the audit trail by the engine", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		f := create(t, s, draft("caf-94", "Audit."))
		trail, err := s.Audit(ctx(t), f.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(trail) != 1 || trail[0].Actor != "engine" || trail[0].ToStatus != feedback.StatusPublished || trail[0].FeedbackID != f.ID {
			t.Fatalf("Audit = %+v, want one entry by engine to published", trail)
		}
	}},
	{"unknown contribution is not found", func(t *testing.T, s feedback.Store) {
		_, err := s.GetFeedback(ctx(t), "0192f7a0-0000-7000-8000-000000000000")
		wantCode(t, err, feedback.ENOTFOUND, "")
		_, err = s.GetFeedback(ctx(t), "")
		wantCode(t, err, feedback.ENOTFOUND, "")
	}},
}
