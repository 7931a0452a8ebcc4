package feedback_test

import (
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/avisproject/avis/feedback"
)

func TestCursorRoundTrips(t *testing.T) {
	cases := []struct {
		name string
		c    feedback.Cursor
	}{
		{"uuid id", feedback.Cursor{CreatedAt: time.Date(2026, 11, 25, 12, 0, 0, 123456000, time.UTC), ID: "019abc00-0000-7000-8000-000000000001"}},
		{"epoch", feedback.Cursor{CreatedAt: time.UnixMicro(0).UTC(), ID: "x"}},
		{"id with a colon", feedback.Cursor{CreatedAt: time.UnixMicro(42).UTC(), ID: "a:b"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := feedback.ParseCursor(c.c.String())
			if err != nil {
				t.Fatal(err)
			}
			if !got.CreatedAt.Equal(c.c.CreatedAt) || got.ID != c.c.ID {
				t.Fatalf("ParseCursor(String()) = %+v, want %+v", got, c.c)
			}
		})
	}
}

func TestParseCursorRefusesForeignStrings(t *testing.T) {
	enc := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	for name, s := range map[string]string{
		"empty":             "",
		"not base64":        "***",
		"no separator":      enc("12345"),
		"empty id":          enc("12345:"),
		"negative time":     enc("-5:abc"),
		"time not a number": enc("soon:abc"),
		"invalid utf-8":     enc("1:\xff"),
		"id too long":       enc("1:" + string(make([]byte, 65))),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := feedback.ParseCursor(s)
			if feedback.ErrorCode(err) != feedback.EINVALID || feedback.ErrorField(err) != "cursor" {
				t.Fatalf("ParseCursor(%q) = %v, want invalid cursor", s, err)
			}
		})
	}
}

func FuzzParseCursor(f *testing.F) {
	f.Add(feedback.Cursor{CreatedAt: time.UnixMicro(1764000000000000), ID: "019abc00-0000-7000-8000-000000000001"}.String())
	f.Add("")
	f.Add("MTox")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := feedback.ParseCursor(s)
		if err != nil {
			if feedback.ErrorCode(err) != feedback.EINVALID {
				t.Fatalf("ParseCursor(%q) error %v is not EINVALID", s, err)
			}
			return
		}
		again, err := feedback.ParseCursor(c.String())
		if err != nil || !again.CreatedAt.Equal(c.CreatedAt) || again.ID != c.ID {
			t.Fatalf("cursor %+v from %q does not round-trip: %+v, %v", c, s, again, err)
		}
	})
}

func TestFilterValidate(t *testing.T) {
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name      string
		f         feedback.Filter
		limit     int
		wantField string
	}{
		{"zero limit means the default page size", feedback.Filter{}, feedback.DefaultPageSize, ""},
		{"largest page is accepted", feedback.Filter{Limit: feedback.MaxPageSize}, feedback.MaxPageSize, ""},
		{"negative limit is invalid", feedback.Filter{Limit: -1}, 0, "limit"},
		{"page too large is invalid", feedback.Filter{Limit: feedback.MaxPageSize + 1}, 0, "limit"},
		{"unknown status is invalid", feedback.Filter{Status: "deleted"}, 0, "status"},
		{"empty range is invalid", feedback.Filter{Since: at, Until: at}, 0, "until"},
		{"open-ended range is accepted", feedback.Filter{Since: at}, feedback.DefaultPageSize, ""},
		{"bad cursor is invalid", feedback.Filter{Cursor: "nope"}, 0, "cursor"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			limit, _, err := c.f.Validate()
			if c.wantField == "" {
				if err != nil || limit != c.limit {
					t.Fatalf("Validate() = %d, %v; want %d, nil", limit, err, c.limit)
				}
				return
			}
			if feedback.ErrorField(err) != c.wantField {
				t.Fatalf("Validate() error %v, want field %q", err, c.wantField)
			}
		})
	}
}

func TestMedianDuration(t *testing.T) {
	h := time.Hour
	cases := []struct {
		name string
		ds   []time.Duration
		want time.Duration
	}{
		{"none is zero", nil, 0},
		{"one is itself", []time.Duration{5 * h}, 5 * h},
		{"odd count is the middle value", []time.Duration{10 * h, h, 3 * h}, 3 * h},
		{"even count is the mean of the middle two", []time.Duration{50 * h, h, 4 * h, 2 * h}, 3 * h},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := feedback.MedianDuration(c.ds); got != c.want {
				t.Fatalf("MedianDuration = %v, want %v", got, c.want)
			}
		})
	}
}

func TestStatusChangeValidate(t *testing.T) {
	long := string(make([]byte, feedback.MaxTextBytes+1))
	blank := " "
	cases := []struct {
		name  string
		c     feedback.StatusChange
		field string
	}{
		{"publication by a moderator is valid", feedback.StatusChange{FeedbackID: "f", Status: feedback.StatusPublished, Actor: "alice"}, ""},
		{"missing contribution is invalid", feedback.StatusChange{Status: feedback.StatusPublished, Actor: "alice"}, "feedback_id"},
		{"unknown status is invalid", feedback.StatusChange{FeedbackID: "f", Status: "gone", Actor: "alice"}, "status"},
		{"missing actor is invalid", feedback.StatusChange{FeedbackID: "f", Status: feedback.StatusRejected}, "actor"},
		{"blank edit is invalid", feedback.StatusChange{FeedbackID: "f", Status: feedback.StatusPublished, Actor: "a", Text: &blank}, "text"},
		{"overlong edit is invalid", feedback.StatusChange{FeedbackID: "f", Status: feedback.StatusPublished, Actor: "a", Text: &long}, "text"},
		{"decision expected on a pending contribution is valid", feedback.StatusChange{FeedbackID: "f", Status: feedback.StatusPublished,
			From: feedback.StatusPending, Actor: "a"}, ""},
		{"unknown expected status is invalid", feedback.StatusChange{FeedbackID: "f", Status: feedback.StatusPublished, From: "draft", Actor: "a"}, "from"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := feedback.ErrorField(c.c.Validate()); got != c.field {
				t.Fatalf("Validate() field %q, want %q", got, c.field)
			}
		})
	}
}

func TestStatusChangeConflictSaysSomeoneElseDecided(t *testing.T) {
	c := feedback.StatusChange{FeedbackID: "f", Status: feedback.StatusRejected, From: feedback.StatusPending, Actor: "bob"}
	err := c.Conflict(feedback.StatusPublished)
	if feedback.ErrorCode(err) != feedback.ECONFLICT || feedback.ErrorField(err) != "" {
		t.Fatalf("Conflict() = %v, want a conflict on no field", err)
	}
	if msg := feedback.ErrorMessage(err); !strings.Contains(msg, "already decided by someone else") || !strings.Contains(msg, "now published") {
		t.Fatalf("Conflict() message %q does not say who won and what the status is now", msg)
	}
}

func ExampleCursor() {
	c := feedback.Cursor{CreatedAt: time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC), ID: "019abc"}
	back, err := feedback.ParseCursor(c.String())
	fmt.Println(back.ID, back.CreatedAt.Format(time.RFC3339), err)
	// Output: 019abc 2026-11-25T09:00:00Z <nil>
}
