package feedback

import (
	"encoding/base64"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Cursor is a position in a list of contributions ordered by (CreatedAt, ID).
// Stores hand it to clients as an opaque string (Page.NextCursor) and read it
// back with ParseCursor; because it names the last row seen rather than an
// offset, rows inserted between two pages cause neither duplicates nor gaps.
type Cursor struct {
	CreatedAt time.Time
	ID        string
}

// String encodes the cursor as an opaque URL-safe string.
func (c Cursor) String() string {
	raw := strconv.FormatInt(c.CreatedAt.UnixMicro(), 10) + ":" + c.ID
	return base64.RawURLEncoding.EncodeToString([]byte(raw))
}

// ParseCursor decodes a string made by Cursor.String. It returns an EINVALID
// *Error on field "cursor" for anything else.
func ParseCursor(s string) (Cursor, error) {
	bad := Invalid("cursor", "cursor is not one this server returned")
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil || !utf8.Valid(raw) {
		return Cursor{}, bad
	}
	ts, id, ok := strings.Cut(string(raw), ":")
	if !ok || id == "" || len(id) > 64 {
		return Cursor{}, bad
	}
	us, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || us < 0 {
		return Cursor{}, bad
	}
	return Cursor{CreatedAt: time.UnixMicro(us).UTC(), ID: id}, nil
}

// StoreTime is how stores keep instants: UTC, to the microsecond, which is
// what PostgreSQL's timestamptz holds. Every store rounds the times it is
// given with it, so all stores return the same values.
func StoreTime(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.UTC().Truncate(time.Microsecond)
}

// Validate checks a filter and returns the page size to use: DefaultPageSize
// when Limit is 0. It returns an EINVALID *Error for a bad limit, status,
// time range or cursor, and the decoded cursor (zero for the first page).
func (f Filter) Validate() (limit int, cur Cursor, err error) {
	switch {
	case f.Limit < 0 || f.Limit > MaxPageSize:
		return 0, Cursor{}, Invalid("limit", "limit must be between 1 and %d", MaxPageSize)
	case f.Status != "" && !f.Status.Valid():
		return 0, Cursor{}, Invalid("status", "status must be pending, published or rejected")
	case !f.Since.IsZero() && !f.Until.IsZero() && !f.Until.After(f.Since):
		return 0, Cursor{}, Invalid("until", "until must be after since")
	}
	limit = f.Limit
	if limit == 0 {
		limit = DefaultPageSize
	}
	if f.Cursor != "" {
		if cur, err = ParseCursor(f.Cursor); err != nil {
			return 0, Cursor{}, err
		}
	}
	return limit, cur, nil
}

// Validate checks a status change before a store applies it.
func (c *StatusChange) Validate() error {
	switch {
	case c.FeedbackID == "":
		return Invalid("feedback_id", "feedback_id is required")
	case !c.Status.Valid():
		return Invalid("status", "status must be pending, published or rejected")
	case c.From != "" && !c.From.Valid():
		return Invalid("from", "from must be empty, pending, published or rejected")
	case strings.TrimSpace(c.Actor) == "":
		return Invalid("actor", "every change is signed by an actor")
	case len(c.Actor) > 200 || len(c.Action) > 64 || len(c.Reason) > 2000:
		return Invalid("reason", "actor, action or reason is too long")
	}
	if c.Text != nil {
		t := strings.TrimSpace(*c.Text)
		switch {
		case !utf8.ValidString(t):
			return Invalid("text", "text is not valid UTF-8")
		case t == "":
			return Invalid("text", "text is required")
		case len(t) > MaxTextBytes:
			return Invalid("text", "text is longer than %d bytes", MaxTextBytes)
		}
	}
	return nil
}

// Conflict returns the ECONFLICT error a store answers when a status change
// expected the contribution in status c.From but found it in status now:
// someone else decided first.
func (c *StatusChange) Conflict(now Status) *Error {
	return &Error{Code: ECONFLICT, Message: fmt.Sprintf("already decided by someone else: this contribution is now %s, no longer %s", now, c.From)}
}

// Validate checks a stats filter.
func (f StatsFilter) Validate() error {
	switch {
	case f.Service == "":
		return Invalid("service", "service is required")
	case !f.Since.IsZero() && !f.Until.IsZero() && !f.Until.After(f.Since):
		return Invalid("until", "until must be after since")
	}
	return nil
}

// MedianDuration returns the median of ds (the mean of the two middle values
// for an even count), or 0 for none. It sorts ds in place.
func MedianDuration(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	m := len(ds) / 2
	if len(ds)%2 == 1 {
		return ds[m]
	}
	return ds[m-1] + (ds[m]-ds[m-1])/2
}

// NewStats returns empty statistics for a filter, with every rating present.
func NewStats(f StatsFilter) *Stats {
	s := &Stats{Service: f.Service, Procedure: f.Procedure, ByRating: make(map[Rating]int, len(Ratings))}
	for _, r := range Ratings {
		s.ByRating[r] = 0
	}
	return s
}

// ValidateNew normalises and checks a contribution a store is about to
// create: the citizen's fields (Validate) and the server's (Status, and the
// moderation decision when one is recorded).
func (f *Feedback) ValidateNew() error {
	f.Normalize()
	if err := f.Validate(); err != nil {
		return err
	}
	if !f.Status.Valid() {
		return Invalid("status", "status must be pending, published or rejected")
	}
	switch f.Moderation.Decision {
	case "", DecisionPublish, DecisionReview, DecisionReject:
	default:
		return Invalid("moderation", "decision must be publish, review or reject")
	}
	if len(f.OriginalText) > 4*MaxTextBytes || !utf8.ValidString(f.OriginalText) {
		return Invalid("original_text", "original text is too long or not valid UTF-8")
	}
	if len(f.ClientHash) > 256 {
		return Invalid("client_hash", "client hash is too long")
	}
	return nil
}
