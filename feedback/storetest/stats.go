package storetest

import (
	"testing"
	"time"

	"github.com/avisproject/avis/feedback"
)

// answerAt adds an answer with an explicit time.
func answerAt(t *testing.T, s feedback.Store, id string, at time.Time) {
	t.Helper()
	if err := s.AddAnswer(ctx(t), &feedback.Answer{FeedbackID: id, Team: "Équipe", Text: "Réponse.", CreatedAt: at}, "alice"); err != nil {
		t.Fatal(err)
	}
}

var statsTests = []test{
	{"published contributions are counted per rating with every rating present", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		addService(t, s, "cpam-75")
		mk := func(svc, proc string, r feedback.Rating, st feedback.Status) {
			f := draft(svc, "Stat.")
			f.Procedure, f.Rating, f.Status = proc, r, st
			create(t, s, f)
		}
		mk("caf-94", "rsa", feedback.RatingGood, feedback.StatusPublished)
		mk("caf-94", "rsa", feedback.RatingGood, feedback.StatusPublished)
		mk("caf-94", "apl", feedback.RatingGood, feedback.StatusPublished)
		mk("caf-94", "rsa", feedback.RatingBad, feedback.StatusPublished)
		mk("caf-94", "rsa", feedback.RatingAverage, feedback.StatusPending)
		mk("caf-94", "rsa", feedback.RatingAverage, feedback.StatusRejected)
		mk("cpam-75", "rsa", feedback.RatingAverage, feedback.StatusPublished)
		cases := []struct {
			flt            feedback.StatsFilter
			total          int
			good, avg, bad int
		}{
			{feedback.StatsFilter{Service: "caf-94"}, 4, 3, 0, 1},
			{feedback.StatsFilter{Service: "caf-94", Procedure: "rsa"}, 3, 2, 0, 1},
			{feedback.StatsFilter{Service: "caf-94", Procedure: "inconnue"}, 0, 0, 0, 0},
			{feedback.StatsFilter{Service: "cpam-75"}, 1, 0, 1, 0},
		}
		for _, c := range cases {
			st, err := s.Stats(ctx(t), c.flt)
			if err != nil {
				t.Fatal(err)
			}
			if len(st.ByRating) != len(feedback.Ratings) {
				t.Fatalf("%+v: ByRating = %v, want every rating present", c.flt, st.ByRating)
			}
			if st.Total != c.total || st.ByRating[feedback.RatingGood] != c.good ||
				st.ByRating[feedback.RatingAverage] != c.avg || st.ByRating[feedback.RatingBad] != c.bad {
				t.Fatalf("%+v: total %d by rating %v, want %d good %d average %d bad %d", c.flt, st.Total, st.ByRating, c.total, c.good, c.avg, c.bad)
			}
			if st.Service != c.flt.Service || st.Procedure != c.flt.Procedure {
				t.Fatalf("stats labelled %q/%q, want %q/%q", st.Service, st.Procedure, c.flt.Service, c.flt.Procedure)
			}
		}
	}},
	{"share answered and median time to first answer", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		delays := []time.Duration{time.Hour, 3 * time.Hour, 10 * time.Hour}
		for i, d := range delays {
			f := createAt(t, s, "caf-94", base.Add(time.Duration(i)*time.Minute), text(i))
			answerAt(t, s, f.ID, f.CreatedAt.Add(d))
			answerAt(t, s, f.ID, f.CreatedAt.Add(d+30*time.Hour)) // later answers do not count
		}
		createAt(t, s, "caf-94", base, "Sans réponse.")
		st, err := s.Stats(ctx(t), feedback.StatsFilter{Service: "caf-94"})
		if err != nil {
			t.Fatal(err)
		}
		if st.Total != 4 || st.Answered != 3 || st.ShareAnswered != 0.75 || st.MedianTimeToAnswer != 3*time.Hour {
			t.Fatalf("total %d answered %d share %v median %v; want 4, 3, 0.75, 3h",
				st.Total, st.Answered, st.ShareAnswered, st.MedianTimeToAnswer)
		}
	}},
	{"median of an even count is the mean of the middle two", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		for i, d := range []time.Duration{time.Hour, 2 * time.Hour, 4 * time.Hour, 50 * time.Hour} {
			f := createAt(t, s, "caf-94", base.Add(time.Duration(i)*time.Minute), text(i))
			answerAt(t, s, f.ID, f.CreatedAt.Add(d))
		}
		st, err := s.Stats(ctx(t), feedback.StatsFilter{Service: "caf-94"})
		if err != nil || st.MedianTimeToAnswer != 3*time.Hour || st.ShareAnswered != 1 {
			t.Fatalf("median %v share %v, %v; want 3h and 1", st.MedianTimeToAnswer, st.ShareAnswered, err)
		}
	}},
	{"time range limits what is counted", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		for i := range 5 {
			createAt(t, s, "caf-94", base.Add(time.Duration(i)*24*time.Hour), text(i))
		}
		st, err := s.Stats(ctx(t), feedback.StatsFilter{Service: "caf-94", Since: base.Add(24 * time.Hour), Until: base.Add(3 * 24 * time.Hour)})
		if err != nil || st.Total != 2 {
			t.Fatalf("total %d, %v; want 2", st.Total, err)
		}
	}},
	{"service without contributions has zero stats", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		st, err := s.Stats(ctx(t), feedback.StatsFilter{Service: "caf-94"})
		if err != nil {
			t.Fatal(err)
		}
		if st.Total != 0 || st.Answered != 0 || st.ShareAnswered != 0 || st.MedianTimeToAnswer != 0 || len(st.ByRating) != 3 {
			t.Fatalf("stats = %+v, want zeros with every rating present", st)
		}
	}},
	{"stats without a service is invalid, for an unknown one not found", func(t *testing.T, s feedback.Store) {
		_, err := s.Stats(ctx(t), feedback.StatsFilter{})
		wantCode(t, err, feedback.EINVALID, "service")
		_, err = s.Stats(ctx(t), feedback.StatsFilter{Service: "nope"})
		wantCode(t, err, feedback.ENOTFOUND, "")
		addService(t, s, "caf-94")
		_, err = s.Stats(ctx(t), feedback.StatsFilter{Service: "caf-94", Since: base, Until: base})
		wantCode(t, err, feedback.EINVALID, "until")
	}},
}

var purgeTests = []test{
	{"private fields before the cutoff are erased and the rest is kept", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		mk := func(at time.Time) *feedback.Feedback {
			f := draft("caf-94", "Texte publié [nom masqué].")
			f.OriginalText, f.Email, f.ClientHash, f.CreatedAt = "Texte publié Dupont.", "a@example.org", "h:1", at
			return create(t, s, f)
		}
		now := time.Now()
		old := mk(now.Add(-100 * 24 * time.Hour))
		answerAt(t, s, old.ID, time.Time{})
		recent := mk(now.Add(-24 * time.Hour))
		n, err := s.PurgePrivate(ctx(t), now.Add(-30*24*time.Hour))
		if err != nil || n != 1 {
			t.Fatalf("PurgePrivate = %d, %v; want 1", n, err)
		}
		got := get(t, s, old.ID)
		if got.OriginalText != "" || got.Email != "" || got.ClientHash != "" || got.PurgedAt.IsZero() {
			t.Fatalf("purged contribution keeps original %q email %q hash %q (PurgedAt %v)", got.OriginalText, got.Email, got.ClientHash, got.PurgedAt)
		}
		if got.Text != old.Text || got.Status != old.Status || len(got.Answers) != 1 {
			t.Fatalf("purge changed public data: text %q status %q answers %d", got.Text, got.Status, len(got.Answers))
		}
		if kept := get(t, s, recent.ID); kept.OriginalText == "" || kept.Email == "" || kept.ClientHash == "" || !kept.PurgedAt.IsZero() {
			t.Fatalf("recent contribution was purged: %+v", kept)
		}
		if n, err := s.PurgePrivate(ctx(t), now.Add(-30*24*time.Hour)); err != nil || n != 0 {
			t.Fatalf("second PurgePrivate = %d, %v; want 0", n, err)
		}
	}},
	{"purge without a cutoff is invalid and erases nothing", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		f := draft("caf-94", "Texte.")
		f.Email = "a@example.org"
		id := create(t, s, f).ID
		_, err := s.PurgePrivate(ctx(t), time.Time{})
		wantCode(t, err, feedback.EINVALID, "before")
		if get(t, s, id).Email == "" {
			t.Fatal("e-mail erased by a refused purge")
		}
	}},
}
