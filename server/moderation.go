package server

import (
	"context"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/moderation"
)

// maxQueueScan bounds how many pending contributions one queue request
// reads: the queue is sorted threats first, which needs them all in hand.
const maxQueueScan = 2000

// queueFilter is what a moderator may narrow the queue by.
type queueFilter struct {
	Service   string        // "" for every service in scope
	Kind      string        // a flag kind, "" for any
	OlderThan time.Duration // only contributions at least this old
	Limit     int
}

// flagKinds lists the kinds a queue can be filtered by.
var flagKinds = []string{"threat", "abuse", "profanity", "shouting", "spam", "markup", "person_name", "personal_data"}

// parseQueueFilter reads ?service=&kind=&older_than=&limit=. older_than is
// a Go duration ("36h") or a number of days ("3d").
func parseQueueFilter(c *gin.Context) (queueFilter, error) {
	q := queueFilter{Service: c.Query("service"), Kind: c.Query("kind"), Limit: 50}
	if q.Service != "" && !feedback.ValidSlug(q.Service) {
		return q, feedback.Invalid("service", "service must be a slug such as caf-94")
	}
	if q.Kind != "" && !slices.Contains(flagKinds, q.Kind) {
		return q, feedback.Invalid("kind", "kind must be one of %s", strings.Join(flagKinds, ", "))
	}
	if s := c.Query("older_than"); s != "" {
		d, err := parseAge(s)
		if err != nil {
			return q, err
		}
		q.OlderThan = d
	}
	if s := c.Query("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > feedback.MaxPageSize {
			return q, feedback.Invalid("limit", "limit must be a number between 1 and %d", feedback.MaxPageSize)
		}
		q.Limit = n
	}
	return q, nil
}

func parseAge(s string) (time.Duration, error) {
	bad := feedback.Invalid("older_than", "older_than must be a duration such as 36h or a number of days such as 3d")
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n < 0 || n > 3650 {
			return 0, bad
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return 0, bad
	}
	return d, nil
}

// scan reads contributions matching f, oldest first, keeping those keep
// accepts, up to maxQueueScan read. It reports whether it stopped early.
func (st *staff) scan(ctx context.Context, f feedback.Filter, keep func(*feedback.Feedback) bool) ([]*feedback.Feedback, bool, error) {
	f.Oldest, f.Limit = true, feedback.MaxPageSize
	var out []*feedback.Feedback
	for read := 0; ; {
		page, err := st.store.ListFeedback(ctx, f)
		if err != nil {
			return nil, false, err
		}
		for _, it := range page.Items {
			if keep(it) {
				out = append(out, it)
			}
		}
		read += len(page.Items)
		if page.NextCursor == "" {
			return out, false, nil
		}
		if read >= maxQueueScan {
			return out, true, nil
		}
		f.Cursor = page.NextCursor
	}
}

func hasKind(f *feedback.Feedback, kind string) bool {
	return slices.Contains(f.Moderation.FlagKinds(), kind)
}

// queue returns the pending contributions u may decide on, threats first,
// then oldest first, and how many matched in all.
func (st *staff) queue(ctx context.Context, u *feedback.User, q queueFilter) ([]*feedback.Feedback, int, error) {
	if q.Service != "" && !u.CanModerate(q.Service) {
		return nil, 0, errOutOfScope(q.Service)
	}
	f := feedback.Filter{Service: q.Service, Status: feedback.StatusPending}
	if q.OlderThan > 0 {
		f.Until = st.clock().Add(-q.OlderThan)
	}
	items, _, err := st.scan(ctx, f, func(it *feedback.Feedback) bool {
		return u.CanModerate(it.Service) && (q.Kind == "" || hasKind(it, q.Kind))
	})
	if err != nil {
		return nil, 0, err
	}
	slices.SortStableFunc(items, func(a, b *feedback.Feedback) int {
		ta, tb := hasKind(a, "threat"), hasKind(b, "threat")
		switch {
		case ta && !tb:
			return -1
		case tb && !ta:
			return 1
		}
		return 0
	})
	total := len(items)
	if len(items) > q.Limit {
		items = items[:q.Limit]
	}
	return items, total, nil
}

// item returns a contribution the user may work on: moderate (any status)
// or answer (published only).
func (st *staff) item(ctx context.Context, u *feedback.User, id string) (*feedback.Feedback, error) {
	f, err := st.store.GetFeedback(ctx, id)
	if err != nil {
		return nil, err
	}
	if !u.CanModerate(f.Service) && !(u.CanAnswer(f.Service) && f.Status == feedback.StatusPublished) {
		return nil, errOutOfScope(f.Service)
	}
	return f, nil
}

// queueItem is what a moderator sees of a contribution: the original text
// and the flags with their spans, but never the author's e-mail.
type queueItem struct {
	ID           string            `json:"id"`
	Service      string            `json:"service"`
	Procedure    string            `json:"procedure,omitempty"`
	Channel      feedback.Channel  `json:"channel"`
	Rating       feedback.Rating   `json:"rating"`
	Clarity      int               `json:"clarity,omitempty"`
	Help         int               `json:"help,omitempty"`
	Author       string            `json:"author"`
	Status       feedback.Status   `json:"status"`
	OriginalText string            `json:"original_text"`
	ProposedText string            `json:"proposed_text"`
	Decision     feedback.Decision `json:"decision"`
	Lang         string            `json:"lang,omitempty"`
	Flags        []feedback.Flag   `json:"flags"`
	Threat       bool              `json:"threat"`
	HasEmail     bool              `json:"has_email"` // a notice will be sent on answer
	Answers      []feedback.Answer `json:"answers,omitempty"`
	CreatedAt    time.Time         `json:"created_at"`
}

func viewItem(f *feedback.Feedback) queueItem {
	flags := f.Moderation.Flags
	if flags == nil {
		flags = []feedback.Flag{}
	}
	return queueItem{ID: f.ID, Service: f.Service, Procedure: f.Procedure, Channel: f.Channel, Rating: f.Rating,
		Clarity: f.Clarity, Help: f.Help, Author: string(f.Author), Status: f.Status, OriginalText: f.OriginalText,
		ProposedText: f.Text, Decision: f.Moderation.Decision, Lang: f.Moderation.Lang, Flags: flags,
		Threat: hasKind(f, "threat"), HasEmail: f.Email != "", Answers: f.Answers, CreatedAt: f.CreatedAt}
}

// viewFor is viewItem for a user who may not moderate the service (an
// answerer): the original text and the flags' positions are withheld, as
// they may hold names and personal data the published text masks.
func viewFor(u *feedback.User, f *feedback.Feedback) queueItem {
	v := viewItem(f)
	if !u.CanModerate(f.Service) {
		v.OriginalText = ""
		v.Flags = []feedback.Flag{}
	}
	return v
}

func (st *staff) apiQueue(c *gin.Context) {
	q, err := parseQueueFilter(c)
	if err != nil {
		st.writeError(c, err)
		return
	}
	items, total, err := st.queue(c.Request.Context(), who(c).user, q)
	if err != nil {
		st.writeError(c, err)
		return
	}
	out := make([]queueItem, 0, len(items))
	for _, f := range items {
		out = append(out, viewItem(f))
	}
	c.JSON(http.StatusOK, gin.H{"items": out, "total": total})
}

func (st *staff) apiItem(c *gin.Context) {
	f, err := st.item(c.Request.Context(), who(c).user, c.Param("id"))
	if err != nil {
		st.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, viewFor(who(c).user, f))
}

func (st *staff) apiAudit(c *gin.Context) {
	ctx := c.Request.Context()
	if _, err := st.item(ctx, who(c).user, c.Param("id")); err != nil {
		st.writeError(c, err)
		return
	}
	trail, err := st.store.Audit(ctx, c.Param("id"))
	if err != nil {
		st.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"audit": trail})
}

// moderate runs text through the engine for a service.
func (st *staff) moderate(ctx context.Context, text, service, lang string) (moderation.Result, error) {
	res, err := st.moderator.Moderate(ctx, moderation.Input{Text: text, Service: service, Lang: lang})
	if err != nil {
		return res, feedback.Internal(err, "moderation failed")
	}
	return res, nil
}

// checkText validates a text a moderator or answerer typed.
func checkText(field, text string) (string, error) {
	text = strings.TrimSpace(text)
	switch {
	case !utf8.ValidString(text):
		return "", feedback.Invalid(field, "text is not valid UTF-8")
	case text == "":
		return "", feedback.Invalid(field, "text is required")
	case len(text) > feedback.MaxTextBytes:
		return "", feedback.Invalid(field, "text is longer than %d bytes", feedback.MaxTextBytes)
	}
	return text, nil
}
