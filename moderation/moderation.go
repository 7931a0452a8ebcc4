// Package moderation checks a citizen's contribution before it is published:
// sanitize -> language -> personal data -> names -> shouting -> abuse ->
// spam -> decision. It needs no store and no server; an agency can use it
// alone.
package moderation

// Decision is what should happen to a contribution.
type Decision string

// The decisions of the engine.
const (
	Publish Decision = "publish" // publish the cleaned text at once
	Review  Decision = "review"  // a moderator reads it first
	Reject  Decision = "reject"  // keep it private
)

// Kind is the kind of a flag. The kinds below are a contract every caller
// can rely on.
type Kind string

// The flag kinds.
const (
	KindPersonName   Kind = "person_name"   // a person's name was masked
	KindPersonalData Kind = "personal_data" // e-mail, phone, NIR, IBAN, tax or file number masked
	KindMarkup       Kind = "markup"        // HTML or script removed
	KindShouting     Kind = "shouting"      // written in capitals
	KindAbuse        Kind = "abuse"         // insult or slur aimed at people, heavy vulgarity
	KindProfanity    Kind = "profanity"     // vulgar word not aimed at anyone
	KindThreat       Kind = "threat"        // threat of violence (also carries abuse)
	KindSpam         Kind = "spam"          // advertising, unrelated links, junk
	KindRateLimited  Kind = "rate_limited"  // too many submissions from one client
)

// Severity grades a flag.
type Severity int

// The severities, from informational to critical.
const (
	SeverityInfo     Severity = iota // masked data: publishable
	SeverityLow                      // worth a look
	SeverityMedium                   // a moderator must read it
	SeverityHigh                     // normally rejected
	SeverityCritical                 // always rejected (threats, hate)
)

// Span is a byte range [Start, End) in the original input text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Flag is one finding: its kind, severity, a reason a person can read and
// where it was found in the original text.
type Flag struct {
	Kind     Kind     `json:"kind"`
	Severity Severity `json:"severity"`
	Reason   string   `json:"reason"`
	Spans    []Span   `json:"spans,omitempty"`
}

// Input is one contribution to moderate.
type Input struct {
	Text    string // as the citizen typed it
	Service string // optional service slug, selects the agent directory
	Lang    string // optional hint (the widget's language); detection decides
}

// Result is the engine's verdict on one contribution.
type Result struct {
	Text     string   `json:"text"`     // cleaned and masked, ready to publish
	Lang     string   `json:"lang"`     // detected language, ISO 639-1 ("fr", "en", ...)
	Decision Decision `json:"decision"` // publish, review or reject
	Flags    []Flag   `json:"flags"`
}

// Kinds returns the distinct flag kinds of r, in order of first appearance.
func (r Result) Kinds() []Kind {
	kinds := make([]Kind, 0, len(r.Flags))
	for _, f := range r.Flags {
		seen := false
		for _, k := range kinds {
			if k == f.Kind {
				seen = true
				break
			}
		}
		if !seen {
			kinds = append(kinds, f.Kind)
		}
	}
	return kinds
}
