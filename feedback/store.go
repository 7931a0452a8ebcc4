package feedback

import (
	"context"
	"time"
)

// Filter selects contributions for Store.ListFeedback. Zero fields do not
// filter. Results come newest first, ordered by (CreatedAt, ID) descending, so
// a cursor stays stable while new contributions arrive.
type Filter struct {
	Service   string
	Procedure string
	Status    Status    // "" for any
	Since     time.Time // CreatedAt >= Since
	Until     time.Time // CreatedAt < Until
	Limit     int       // 1..MaxPageSize; 0 means DefaultPageSize
	Cursor    string    // opaque, from Page.NextCursor; "" for the first page
	Oldest    bool      // oldest first instead (moderation queue order)
}

// Page sizes for ListFeedback.
const (
	DefaultPageSize = 20
	MaxPageSize     = 100
)

// Page is one page of contributions. NextCursor is "" on the last page.
type Page struct {
	Items      []*Feedback `json:"items"`
	NextCursor string      `json:"next_cursor,omitempty"`
}

// StatusChange is a moderator's (or the engine's) decision on a contribution.
type StatusChange struct {
	FeedbackID string
	Status     Status
	// From is the status the decision was taken on, checked in the same
	// transaction as the update: when the contribution is no longer in it
	// (another moderator decided meanwhile), nothing is written and the
	// store answers ECONFLICT. "" applies the change whatever the status.
	From       Status
	Text       *string     // new published text when a moderator edited it; nil keeps it
	Moderation *Moderation // new moderation record when the text was re-moderated; nil keeps it
	Actor      string      // "engine", or the moderator's login
	Action     string      // "publish", "edit", "reject", "not-public-service", ...
	Reason     string      // charter reason for a rejection, free text otherwise
}

// AuditEntry records one change to a contribution: who, when, what before,
// what after.
type AuditEntry struct {
	ID         int64     `json:"id"`
	FeedbackID string    `json:"feedback_id"`
	Actor      string    `json:"actor"`
	Action     string    `json:"action"`
	FromStatus Status    `json:"from_status,omitempty"`
	ToStatus   Status    `json:"to_status"`
	TextBefore string    `json:"text_before,omitempty"`
	TextAfter  string    `json:"text_after,omitempty"`
	Reason     string    `json:"reason,omitempty"`
	CreatedAt  time.Time `json:"created_at"`
}

// StatsFilter selects the contributions counted by Store.Stats. Service is
// required; Procedure "" counts all procedures of the service.
type StatsFilter struct {
	Service   string
	Procedure string
	Since     time.Time
	Until     time.Time
}

// Stats summarises published contributions of a service (or one procedure).
type Stats struct {
	Service   string         `json:"service"`
	Procedure string         `json:"procedure,omitempty"`
	Total     int            `json:"total"`     // published contributions
	ByRating  map[Rating]int `json:"by_rating"` // published contributions per rating, every rating present
	Answered  int            `json:"answered"`  // published contributions with at least one answer
	// ShareAnswered is Answered/Total, 0 when Total is 0.
	ShareAnswered float64 `json:"share_answered"`
	// MedianTimeToAnswer is the median delay between a contribution and its
	// first answer, over answered ones; 0 when none is answered.
	MedianTimeToAnswer time.Duration `json:"median_time_to_answer"`
}

// Store keeps services, contributions, answers and the audit trail. Every
// implementation passes feedback/storetest. Errors are *Error values with the
// codes documented on each method; driver errors become EINTERNAL.
type Store interface {
	// CreateService stores a new service.
	// EINVALID if s does not validate; ECONFLICT if the slug exists.
	CreateService(ctx context.Context, s *Service) error
	// UpdateService replaces name, network and allowed origins of a service.
	// EINVALID if s does not validate; ENOTFOUND if the slug is unknown.
	UpdateService(ctx context.Context, s *Service) error
	// GetService returns a service by slug. ENOTFOUND if unknown.
	GetService(ctx context.Context, slug string) (*Service, error)
	// ListServices returns every service ordered by slug.
	ListServices(ctx context.Context) ([]*Service, error)

	// CreateFeedback stores a contribution once it has been moderated: the
	// caller sets Status, Moderation, Text (published) and OriginalText. The
	// store assigns ID, CreatedAt and UpdatedAt (and PublishedAt when
	// published) and writes an audit entry by actor "engine"; a non-zero
	// CreatedAt given by the caller (an import, a test) is kept. It returns
	// only after the commit. When f.IdempotencyKey is not empty and a contribution
	// with the same service and key exists, that first contribution is
	// returned with created=false and nothing is written.
	// EINVALID if f does not validate; ENOTFOUND if the service is unknown.
	CreateFeedback(ctx context.Context, f *Feedback) (stored *Feedback, created bool, err error)
	// GetFeedback returns a contribution with its answers. ENOTFOUND if unknown.
	GetFeedback(ctx context.Context, id string) (*Feedback, error)
	// ListFeedback returns one page of contributions with their answers.
	// EINVALID for a bad cursor, limit or status.
	ListFeedback(ctx context.Context, f Filter) (*Page, error)
	// SetStatus applies a decision and records it in the audit trail, in one
	// transaction; an empty Action is recorded as the new status.
	// ENOTFOUND if the contribution is unknown; EINVALID for an unknown
	// status or an empty actor; ECONFLICT, with nothing written, when c.From
	// is set and the contribution's status is no longer c.From (see
	// Conflict): of several decisions racing on one contribution, exactly
	// one is applied.
	SetStatus(ctx context.Context, c StatusChange) (*Feedback, error)
	// AddAnswer stores a public answer; the store assigns ID and CreatedAt
	// (unless set) and records an audit entry.
	// EINVALID if a does not validate or actor is empty; ENOTFOUND if the
	// contribution is unknown.
	AddAnswer(ctx context.Context, a *Answer, actor string) error
	// Audit returns the audit trail of a contribution, oldest first.
	// ENOTFOUND if the contribution is unknown.
	Audit(ctx context.Context, feedbackID string) ([]AuditEntry, error)
	// Stats summarises published contributions. EINVALID without a service;
	// ENOTFOUND if the service is unknown.
	Stats(ctx context.Context, f StatsFilter) (*Stats, error)
	// PurgePrivate erases the original text, the e-mail and the client hash
	// of contributions created before the cutoff and returns how many were
	// purged. Published text, status and answers stay.
	PurgePrivate(ctx context.Context, before time.Time) (int, error)

	// Ping reports whether the store can serve requests (for /readyz).
	Ping(ctx context.Context) error
	// Close releases the store's resources.
	Close() error
}
