package storetest

import (
	"encoding/base64"
	"slices"
	"testing"
	"time"

	"github.com/avisproject/avis/feedback"
)

var listTests = []test{
	{"filters select by service, procedure, status and time range", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		addService(t, s, "cpam-75")
		mk := func(svc, proc string, st feedback.Status, at time.Time) string {
			f := draft(svc, "Filtre.")
			f.Procedure, f.Status, f.CreatedAt = proc, st, at
			return create(t, s, f).ID
		}
		a := mk("caf-94", "rsa", feedback.StatusPublished, base)
		b := mk("caf-94", "rsa", feedback.StatusPending, base.Add(time.Hour))
		c := mk("caf-94", "apl", feedback.StatusPublished, base.Add(2*time.Hour))
		d := mk("cpam-75", "rsa", feedback.StatusRejected, base.Add(3*time.Hour))
		cases := []struct {
			name string
			flt  feedback.Filter
			want []string
		}{
			{"all newest first", feedback.Filter{}, []string{d, c, b, a}},
			{"oldest first", feedback.Filter{Oldest: true}, []string{a, b, c, d}},
			{"service", feedback.Filter{Service: "caf-94"}, []string{c, b, a}},
			{"procedure", feedback.Filter{Procedure: "rsa"}, []string{d, b, a}},
			{"service and procedure", feedback.Filter{Service: "caf-94", Procedure: "rsa"}, []string{b, a}},
			{"status", feedback.Filter{Status: feedback.StatusPublished}, []string{c, a}},
			{"since is inclusive", feedback.Filter{Since: base.Add(time.Hour)}, []string{d, c, b}},
			{"until is exclusive", feedback.Filter{Until: base.Add(2 * time.Hour)}, []string{b, a}},
			{"range", feedback.Filter{Since: base.Add(time.Hour), Until: base.Add(3 * time.Hour)}, []string{c, b}},
			{"no match", feedback.Filter{Service: "nope"}, nil},
		}
		for _, c := range cases {
			if got := collect(t, s, c.flt); !slices.Equal(got, c.want) {
				t.Errorf("%s: got %v, want %v", c.name, got, c.want)
			}
		}
	}},
	{"pages cover every row once while new rows arrive", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		var want []string
		for i := range 23 {
			want = append(want, createAt(t, s, "caf-94", base.Add(time.Duration(i)*time.Minute), text(i)).ID)
		}
		for _, oldest := range []bool{false, true} {
			flt := feedback.Filter{Service: "caf-94", Limit: 5, Oldest: oldest}
			seen := map[string]bool{}
			var got []string
			for pages := 0; ; pages++ {
				if pages > 20 {
					t.Fatal("more than 20 pages of 5 for 23 rows")
				}
				page, err := s.ListFeedback(ctx(t), flt)
				if err != nil {
					t.Fatal(err)
				}
				if len(page.Items) > 5 {
					t.Fatalf("page of %d items, limit 5", len(page.Items))
				}
				for _, f := range page.Items {
					if seen[f.ID] {
						t.Fatalf("oldest=%v: %s returned twice", oldest, f.ID)
					}
					seen[f.ID] = true
					got = append(got, f.ID)
				}
				if page.NextCursor == "" {
					break
				}
				// A citizen submits between two pages.
				create(t, s, draft("caf-94", "Arrivé pendant la lecture."))
				flt.Cursor = page.NextCursor
			}
			if oldest {
				got = got[:min(len(got), len(want))]
				if !slices.Equal(got, want) {
					t.Fatalf("oldest first: first %d IDs %v, want %v", len(want), got, want)
				}
			} else {
				slices.Reverse(want)
				if !slices.Equal(got, want) {
					t.Fatalf("newest first: got %v, want %v", got, want)
				}
				slices.Reverse(want)
			}
		}
	}},
	{"rows with the same time are paged by id without loss", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		var want []string
		for i := range 7 {
			want = append(want, createAt(t, s, "caf-94", base, text(i)).ID)
		}
		got := collect(t, s, feedback.Filter{Limit: 2})
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Fatalf("paged %v, want %v", got, want)
		}
	}},
	{"last full page has no next cursor", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		for i := range 4 {
			createAt(t, s, "caf-94", base.Add(time.Duration(i)*time.Second), text(i))
		}
		first, err := s.ListFeedback(ctx(t), feedback.Filter{Limit: 2})
		if err != nil || first.NextCursor == "" {
			t.Fatalf("first page: cursor %q, %v; want a cursor", first.NextCursor, err)
		}
		second, err := s.ListFeedback(ctx(t), feedback.Filter{Limit: 2, Cursor: first.NextCursor})
		if err != nil || len(second.Items) != 2 || second.NextCursor != "" {
			t.Fatalf("second page: %d items, cursor %q, %v; want 2 and no cursor", len(second.Items), second.NextCursor, err)
		}
	}},
	{"default page size applies when limit is zero", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		for i := range feedback.DefaultPageSize + 1 {
			createAt(t, s, "caf-94", base.Add(time.Duration(i)*time.Second), text(i))
		}
		page, err := s.ListFeedback(ctx(t), feedback.Filter{})
		if err != nil || len(page.Items) != feedback.DefaultPageSize || page.NextCursor == "" {
			t.Fatalf("got %d items, cursor %q, %v; want %d and a cursor", len(page.Items), page.NextCursor, err, feedback.DefaultPageSize)
		}
	}},
	{"empty result is an empty list, not nil", func(t *testing.T, s feedback.Store) {
		page, err := s.ListFeedback(ctx(t), feedback.Filter{Service: "nope"})
		if err != nil || page.Items == nil || len(page.Items) != 0 || page.NextCursor != "" {
			t.Fatalf("ListFeedback on nothing = %+v, %v; want an empty, non-nil list and no cursor", page, err)
		}
		services, err := s.ListServices(ctx(t))
		if err != nil || services == nil || len(services) != 0 {
			t.Fatalf("ListServices on an empty store = %v, %v; want an empty, non-nil list", services, err)
		}
	}},
	{"bad cursor, limit, status or range is invalid", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		create(t, s, draft("caf-94", "Un avis."))
		cases := []struct {
			flt   feedback.Filter
			field string
		}{
			{feedback.Filter{Cursor: "not a cursor!"}, "cursor"},
			{feedback.Filter{Cursor: base64.RawURLEncoding.EncodeToString([]byte("12:"))}, "cursor"},
			{feedback.Filter{Cursor: base64.RawURLEncoding.EncodeToString([]byte("abc:def"))}, "cursor"},
			{feedback.Filter{Limit: -1}, "limit"},
			{feedback.Filter{Limit: feedback.MaxPageSize + 1}, "limit"},
			{feedback.Filter{Status: "archived"}, "status"},
			{feedback.Filter{Since: base, Until: base.Add(-time.Hour)}, "until"},
		}
		for _, c := range cases {
			_, err := s.ListFeedback(ctx(t), c.flt)
			wantCode(t, err, feedback.EINVALID, c.field)
		}
	}},
	{"listed contributions carry their answers", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		f := create(t, s, draft("caf-94", "Avec réponse."))
		create(t, s, draft("caf-94", "Sans réponse."))
		if err := s.AddAnswer(ctx(t), &feedback.Answer{FeedbackID: f.ID, Team: "Équipe relation usagers", Text: "Merci."}, "alice"); err != nil {
			t.Fatal(err)
		}
		page, err := s.ListFeedback(ctx(t), feedback.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, item := range page.Items {
			want := 0
			if item.ID == f.ID {
				want = 1
			}
			if len(item.Answers) != want {
				t.Fatalf("%q has %d answers, want %d", item.Text, len(item.Answers), want)
			}
		}
	}},
}
