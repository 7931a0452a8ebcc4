package feedback

import (
	"net/url"
	"strings"
	"time"
)

// Service is a public service that collects contributions, such as the CAF
// of Val-de-Marne ("caf-94", network "CAF").
type Service struct {
	Slug           string    `json:"slug"`
	Name           string    `json:"name"`
	Network        string    `json:"network,omitempty"`         // CAF, CPAM, France Travail, ...
	AllowedOrigins []string  `json:"allowed_origins,omitempty"` // web origins allowed to submit; "*" for any
	CreatedAt      time.Time `json:"created_at"`
}

// AllowsOrigin reports whether a browser page at origin (scheme://host[:port])
// may submit to this service.
func (s *Service) AllowsOrigin(origin string) bool {
	for _, o := range s.AllowedOrigins {
		if o == "*" || strings.EqualFold(o, origin) {
			return true
		}
	}
	return false
}

// Validate checks a service before it is stored.
func (s *Service) Validate() error {
	if !ValidSlug(s.Slug) {
		return Invalid("slug", "slug must be lower-case letters, digits and hyphens, such as caf-94")
	}
	if strings.TrimSpace(s.Name) == "" {
		return Invalid("name", "name is required")
	}
	if len(s.Name) > 200 || len(s.Network) > 100 {
		return Invalid("name", "name or network is too long")
	}
	for _, o := range s.AllowedOrigins {
		if o == "*" {
			continue
		}
		u, err := url.Parse(o)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Path != "" || u.RawQuery != "" {
			return Invalid("allowed_origins", "%q is not an origin such as https://www.caf.fr", o)
		}
	}
	return nil
}

// Answer is the administration's public answer to a contribution. It is
// signed by a team ("Équipe relation usagers de la CAF du Val-de-Marne"),
// never by a named agent.
type Answer struct {
	ID         string    `json:"id"`
	FeedbackID string    `json:"feedback_id"`
	Team       string    `json:"team"`
	Text       string    `json:"text"`
	CreatedAt  time.Time `json:"created_at"`
}

// Validate checks an answer before it is stored.
func (a *Answer) Validate() error {
	if a.FeedbackID == "" {
		return Invalid("feedback_id", "feedback_id is required")
	}
	if strings.TrimSpace(a.Team) == "" {
		return Invalid("team", "an answer is signed by a team")
	}
	if len(a.Team) > 200 {
		return Invalid("team", "team is too long")
	}
	if strings.TrimSpace(a.Text) == "" {
		return Invalid("text", "text is required")
	}
	if len(a.Text) > MaxTextBytes {
		return Invalid("text", "text is longer than %d bytes", MaxTextBytes)
	}
	return nil
}
