// Package feedback holds avis's domain: citizens' contributions about a
// public service, their moderation record, the administration's public
// answers, the services that collect them, and the Store interface every
// storage backend implements.
//
// The package imports neither gin, nor the moderation engine, nor any
// database driver.
package feedback

import (
	"net/mail"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// Status is where a contribution stands.
type Status string

// The statuses of a contribution.
const (
	StatusPending   Status = "pending"   // waiting for a moderator
	StatusPublished Status = "published" // public
	StatusRejected  Status = "rejected"  // kept private with its reasons
)

// Valid reports whether s is a known status.
func (s Status) Valid() bool {
	return s == StatusPending || s == StatusPublished || s == StatusRejected
}

// Channel is how the citizen went through the procedure.
type Channel string

// The channels of a procedure.
const (
	ChannelOnline         Channel = "online"
	ChannelCounter        Channel = "counter"
	ChannelPhone          Channel = "phone"
	ChannelEmail          Channel = "email"
	ChannelFranceServices Channel = "france-services"
	ChannelOther          Channel = "other"
)

// Channels lists every valid channel, in display order.
var Channels = []Channel{ChannelOnline, ChannelCounter, ChannelPhone, ChannelEmail, ChannelFranceServices, ChannelOther}

// Valid reports whether c is a known channel.
func (c Channel) Valid() bool {
	for _, v := range Channels {
		if c == v {
			return true
		}
	}
	return false
}

// Rating is the three-level satisfaction answer of "Je donne mon avis".
type Rating string

// The satisfaction levels.
const (
	RatingGood    Rating = "good"
	RatingAverage Rating = "average"
	RatingBad     Rating = "bad"
)

// Ratings lists every valid rating, best first.
var Ratings = []Rating{RatingGood, RatingAverage, RatingBad}

// Valid reports whether r is a known rating.
func (r Rating) Valid() bool { return r == RatingGood || r == RatingAverage || r == RatingBad }

// AuthorKind tells whether a citizen or a civil servant wrote the contribution.
type AuthorKind string

// The kinds of author.
const (
	AuthorCitizen AuthorKind = "citizen"
	AuthorAgent   AuthorKind = "agent"
)

// Valid reports whether a is a known author kind.
func (a AuthorKind) Valid() bool { return a == AuthorCitizen || a == AuthorAgent }

// Decision is the moderation engine's verdict, stored as data.
type Decision string

// The moderation decisions.
const (
	DecisionPublish Decision = "publish"
	DecisionReview  Decision = "review"
	DecisionReject  Decision = "reject"
)

// Span is a byte range [Start, End) in the original text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Flag is one finding of the moderation engine: its kind (person_name,
// personal_data, markup, shouting, abuse, profanity, threat, spam), a
// severity (0 low to 3 critical), a reason a person can read and where in
// the original text it was found.
type Flag struct {
	Kind     string `json:"kind"`
	Severity int    `json:"severity"`
	Reason   string `json:"reason"`
	Spans    []Span `json:"spans,omitempty"`
}

// Moderation is the record of what the engine decided about a contribution.
type Moderation struct {
	Decision Decision `json:"decision"`
	Lang     string   `json:"lang"`
	Flags    []Flag   `json:"flags"`
}

// FlagKinds returns the distinct flag kinds, in order of first appearance.
func (m Moderation) FlagKinds() []string {
	kinds := make([]string, 0, len(m.Flags))
	for _, f := range m.Flags {
		dup := false
		for _, k := range kinds {
			if k == f.Kind {
				dup = true
				break
			}
		}
		if !dup {
			kinds = append(kinds, f.Kind)
		}
	}
	return kinds
}

// Limits on a contribution.
const (
	MaxTextBytes      = 8000 // story text after trimming
	MaxEmailBytes     = 254
	MaxIdempotencyKey = 128
)

// Feedback is one citizen's (or agent's) contribution about a procedure.
type Feedback struct {
	ID             string     `json:"id"`
	Service        string     `json:"service"`
	Procedure      string     `json:"procedure,omitempty"`
	Channel        Channel    `json:"channel"`
	Rating         Rating     `json:"rating"`
	Clarity        int        `json:"clarity,omitempty"` // 1..5, 0 when not given
	Help           int        `json:"help,omitempty"`    // help received 1..5, 0 when not given
	Author         AuthorKind `json:"author"`
	Text           string     `json:"text"` // as published (masked)
	OriginalText   string     `json:"-"`    // private, for moderators; purged after retention
	Email          string     `json:"-"`    // private, for a reply notice; purged after retention
	IdempotencyKey string     `json:"-"`    // from the widget; a retry returns the first contribution
	ClientHash     string     `json:"-"`    // keyed hash of the client address, never the address
	Status         Status     `json:"status"`
	Moderation     Moderation `json:"moderation"`
	Answers        []Answer   `json:"answers,omitempty"`
	CreatedAt      time.Time  `json:"created_at"`
	UpdatedAt      time.Time  `json:"updated_at"`
	PublishedAt    time.Time  `json:"published_at,omitzero"`
	PurgedAt       time.Time  `json:"-"` // when private fields were purged; zero if not
}

var slugRE = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

// ValidSlug reports whether s is a slug such as "caf-94" or "carte-grise":
// lower-case ASCII letters and digits in groups joined by single hyphens, at
// most 64 bytes.
func ValidSlug(s string) bool { return len(s) <= 64 && slugRE.MatchString(s) }

// Normalize trims the text fields and fills defaults (author citizen,
// channel other). It does not validate.
func (f *Feedback) Normalize() {
	f.Service = strings.TrimSpace(f.Service)
	f.Procedure = strings.TrimSpace(f.Procedure)
	f.Text = strings.TrimSpace(f.Text)
	f.Email = strings.TrimSpace(f.Email)
	f.IdempotencyKey = strings.TrimSpace(f.IdempotencyKey)
	if f.Author == "" {
		f.Author = AuthorCitizen
	}
	if f.Channel == "" {
		f.Channel = ChannelOther
	}
}

// Validate checks a submission as the citizen sent it and returns an
// EINVALID *Error naming the first bad field, or nil. It checks the fields a
// citizen controls; Status and Moderation are the server's.
func (f *Feedback) Validate() error {
	if f.Service == "" {
		return Invalid("service", "service is required")
	}
	if !ValidSlug(f.Service) {
		return Invalid("service", "service must be a slug such as caf-94")
	}
	if f.Procedure != "" && !ValidSlug(f.Procedure) {
		return Invalid("procedure", "procedure must be a slug such as carte-grise")
	}
	if !f.Channel.Valid() {
		return Invalid("channel", "channel must be one of online, counter, phone, email, france-services, other")
	}
	if f.Rating == "" {
		return Invalid("rating", "rating is required")
	}
	if !f.Rating.Valid() {
		return Invalid("rating", "rating must be good, average or bad")
	}
	if f.Clarity < 0 || f.Clarity > 5 {
		return Invalid("clarity", "clarity must be between 1 and 5")
	}
	if f.Help < 0 || f.Help > 5 {
		return Invalid("help", "help must be between 1 and 5")
	}
	if !f.Author.Valid() {
		return Invalid("author", "author must be citizen or agent")
	}
	if !utf8.ValidString(f.Text) {
		return Invalid("text", "text is not valid UTF-8")
	}
	if strings.TrimSpace(f.Text) == "" {
		return Invalid("text", "text is required")
	}
	if len(f.Text) > MaxTextBytes {
		return Invalid("text", "text is longer than %d bytes", MaxTextBytes)
	}
	if f.Email != "" {
		if len(f.Email) > MaxEmailBytes || !utf8.ValidString(f.Email) {
			return Invalid("email", "email is too long or not valid UTF-8")
		}
		if a, err := mail.ParseAddress(f.Email); err != nil || a.Address != f.Email || a.Name != "" {
			return Invalid("email", "email is not a valid address")
		}
	}
	if len(f.IdempotencyKey) > MaxIdempotencyKey || !utf8.ValidString(f.IdempotencyKey) {
		return Invalid("idempotency_key", "idempotency_key is longer than %d bytes", MaxIdempotencyKey)
	}
	return nil
}

// Answered reports whether the contribution has at least one public answer.
func (f *Feedback) Answered() bool { return len(f.Answers) > 0 }
