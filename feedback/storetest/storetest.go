// Package storetest is the conformance suite every feedback.Store passes,
// in the manner of testing/slogtest: a store package calls Run from its own
// tests with a function that opens a fresh, empty store.
//
//	func TestConformance(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) feedback.Store { return open(t) })
//	}
package storetest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/avisproject/avis/feedback"
)

// Run checks that the stores made by newStore behave as the feedback.Store
// interface documents. newStore is called once per subtest and must return
// an empty store; it should register its own cleanup (t.Cleanup) and may
// fail the test if it cannot open one.
func Run(t *testing.T, newStore func(t *testing.T) feedback.Store) {
	groups := []struct {
		name  string
		tests []test
	}{
		{"services", serviceTests},
		{"create", createTests},
		{"list", listTests},
		{"status", statusTests},
		{"conflicts", conflictTests},
		{"answers", answerTests},
		{"stats", statsTests},
		{"purge", purgeTests},
	}
	for _, g := range groups {
		t.Run(g.name, func(t *testing.T) {
			for _, tc := range g.tests {
				t.Run(tc.name, func(t *testing.T) {
					tc.run(t, newStore(t))
				})
			}
		})
	}
}

// test is one conformance check, named for the outcome it expects.
type test struct {
	name string
	run  func(t *testing.T, s feedback.Store)
}

// ctx returns a context that ends with the test.
func ctx(t *testing.T) context.Context { return t.Context() }

// addService stores a service accepting every origin and fails the test on
// error.
func addService(t *testing.T, s feedback.Store, slug string) {
	t.Helper()
	if err := s.CreateService(ctx(t), &feedback.Service{Slug: slug, Name: "Service " + slug, AllowedOrigins: []string{"*"}}); err != nil {
		t.Fatalf("CreateService(%s): %v", slug, err)
	}
}

// draft returns a valid, published contribution to service.
func draft(service, text string) *feedback.Feedback {
	return &feedback.Feedback{
		Service:      service,
		Channel:      feedback.ChannelOnline,
		Rating:       feedback.RatingGood,
		Text:         text,
		OriginalText: text,
		Status:       feedback.StatusPublished,
		Moderation:   feedback.Moderation{Decision: feedback.DecisionPublish, Lang: "fr"},
	}
}

// create stores f and fails the test unless it was created.
func create(t *testing.T, s feedback.Store, f *feedback.Feedback) *feedback.Feedback {
	t.Helper()
	got, created, err := s.CreateFeedback(ctx(t), f)
	if err != nil {
		t.Fatalf("CreateFeedback(%q): %v", f.Text, err)
	}
	if !created {
		t.Fatalf("CreateFeedback(%q): created = false for a new contribution", f.Text)
	}
	return got
}

// createAt stores a published contribution with an explicit CreatedAt.
func createAt(t *testing.T, s feedback.Store, service string, at time.Time, text string) *feedback.Feedback {
	t.Helper()
	f := draft(service, text)
	f.CreatedAt = at
	return create(t, s, f)
}

// get reads a contribution back and fails the test on error.
func get(t *testing.T, s feedback.Store, id string) *feedback.Feedback {
	t.Helper()
	f, err := s.GetFeedback(ctx(t), id)
	if err != nil {
		t.Fatalf("GetFeedback(%s): %v", id, err)
	}
	return f
}

// count returns how many contributions a filter matches, walking every page.
func count(t *testing.T, s feedback.Store, flt feedback.Filter) int {
	t.Helper()
	return len(collect(t, s, flt))
}

// collect walks every page of a filter and returns the IDs in order.
func collect(t *testing.T, s feedback.Store, flt feedback.Filter) []string {
	t.Helper()
	var ids []string
	for range 1000 {
		page, err := s.ListFeedback(ctx(t), flt)
		if err != nil {
			t.Fatalf("ListFeedback(%+v): %v", flt, err)
		}
		for _, f := range page.Items {
			ids = append(ids, f.ID)
		}
		if page.NextCursor == "" {
			return ids
		}
		flt.Cursor = page.NextCursor
	}
	t.Fatal("ListFeedback: more than 1000 pages, the cursor does not advance")
	return nil
}

// wantCode fails the test unless err carries code (and field, when not "").
func wantCode(t *testing.T, err error, code, field string) {
	t.Helper()
	if got := feedback.ErrorCode(err); got != code {
		t.Fatalf("error = %v (code %q), want code %q", err, got, code)
	}
	if field != "" && feedback.ErrorField(err) != field {
		t.Fatalf("error = %v (field %q), want field %q", err, feedback.ErrorField(err), field)
	}
}

// within fails the test unless lo <= at <= hi, allowing for the stores'
// microsecond rounding.
func within(t *testing.T, what string, at, lo, hi time.Time) {
	t.Helper()
	if at.Before(lo.Truncate(time.Microsecond)) || at.After(hi) {
		t.Fatalf("%s = %v, want between %v and %v", what, at, lo, hi)
	}
}

// sameTime fails the test unless got and want are the same instant once
// rounded as stores keep them.
func sameTime(t *testing.T, what string, got, want time.Time) {
	t.Helper()
	if !got.Equal(feedback.StoreTime(want)) {
		t.Fatalf("%s = %v, want %v", what, got, feedback.StoreTime(want))
	}
}

// base is a fixed instant in the past for contributions with explicit times.
var base = time.Date(2026, 3, 2, 9, 30, 0, 123456000, time.UTC)

func text(i int) string { return fmt.Sprintf("Contribution numéro %d : accueil correct.", i) }
