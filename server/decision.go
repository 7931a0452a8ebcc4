package server

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/moderation"
)

// The actions a moderator takes on a pending contribution.
const (
	actionPublish          = "publish"            // publish the proposed text
	actionEdit             = "edit"               // publish an edited text, re-moderated
	actionReject           = "reject"             // keep private, with a charter reason
	actionNotPublicService = "not_public_service" // keep private: not about a public service
)

// charterReason is one reason of the moderation charter for a rejection.
type charterReason struct {
	Code string
	FR   string
	EN   string
}

// charter lists the reasons a contribution may be rejected for, as the
// published moderation charter words them.
var charter = []charterReason{
	{"insult", "Propos injurieux, diffamatoires ou grossiers", "Insulting, defamatory or vulgar"},
	{"threat", "Menace ou incitation à la violence", "Threat or incitement to violence"},
	{"hate", "Propos haineux ou discriminatoires", "Hateful or discriminatory"},
	{"personal-data", "Données personnelles impossibles à masquer", "Personal data that cannot be masked"},
	{"spam", "Publicité, lien ou contenu sans rapport", "Advertising, links or unrelated content"},
	{"unintelligible", "Texte incompréhensible", "Unintelligible text"},
	{"duplicate", "Doublon d'un avis déjà reçu", "Duplicate of a contribution already received"},
}

func charterCodes() []string {
	codes := make([]string, len(charter))
	for i, r := range charter {
		codes[i] = r.Code
	}
	return codes
}

// decisionRequest is the body of POST .../decision (and the decision form).
type decisionRequest struct {
	Action   string `json:"action" form:"action"`
	Text     string `json:"text" form:"text"`         // edit: the new text
	Reason   string `json:"reason" form:"reason"`     // reject: a charter code
	Override bool   `json:"override" form:"override"` // edit: keep names and personal data as typed
	Note     string `json:"note" form:"note"`         // free text for the audit trail
}

// decisionResult tells the moderator what was published.
type decisionResult struct {
	Item queueItem `json:"item"`
	// Masked lists the flag kinds the engine masked again in an edited
	// text (person_name, personal_data); empty when nothing was masked or
	// the moderator overrode it.
	Masked []string `json:"masked"`
	// Overridden lists the kinds published as typed under an override.
	Overridden []string `json:"overridden"`
}

// decide applies a moderator's decision and records it in the audit trail.
// EFORBIDDEN out of scope; ECONFLICT (wrapping a *decidedError) when the
// contribution is no longer pending, also when another moderator's decision
// was committed while this one was prepared; EINVALID for a bad action, text
// or reason.
func (st *staff) decide(ctx context.Context, u *feedback.User, id string, req decisionRequest) (*decisionResult, error) {
	f, err := st.store.GetFeedback(ctx, id)
	if err != nil {
		return nil, err
	}
	if !u.CanModerate(f.Service) {
		return nil, errOutOfScope(f.Service)
	}
	if f.Status != feedback.StatusPending {
		// Checked here too so that a stale page costs no re-moderation; the
		// store's check (change.From) is the one that settles races.
		return nil, st.decidedConflict(ctx, f.ID, u.Login, f.Status)
	}
	note := strings.TrimSpace(req.Note)
	if len(note) > 1000 || !utf8.ValidString(note) {
		return nil, feedback.Invalid("note", "note is at most 1000 bytes of UTF-8")
	}
	change := feedback.StatusChange{FeedbackID: f.ID, From: feedback.StatusPending, Actor: u.Login, Action: req.Action, Reason: note}
	out := &decisionResult{Masked: []string{}, Overridden: []string{}}
	switch req.Action {
	case actionPublish:
		change.Status = feedback.StatusPublished
	case actionReject:
		i := slices.IndexFunc(charter, func(r charterReason) bool { return r.Code == req.Reason })
		if i < 0 {
			return nil, feedback.Invalid("reason", "reason must be one of %s", strings.Join(charterCodes(), ", "))
		}
		change.Status = feedback.StatusRejected
		change.Reason = joinReason(charter[i].Code+": "+charter[i].EN, note)
	case actionNotPublicService:
		change.Status = feedback.StatusRejected
		change.Reason = joinReason("not a public-service matter", note)
	case actionEdit:
		text, err := checkText("text", req.Text)
		if err != nil {
			return nil, err
		}
		res, err := st.moderate(ctx, text, f.Service, f.Moderation.Lang)
		if err != nil {
			return nil, err
		}
		private := privateKinds(res)
		published := res.Text
		if req.Override && len(private) > 0 {
			// The moderator vouches that these names or numbers may be
			// public (a service's own switchboard number, say): keep
			// them as typed, and say so in the trail and the log.
			published = text
			out.Overridden = private
			change.Action = "edit-override"
			change.Reason = joinReason("override: published "+strings.Join(private, ", ")+" as typed", note)
			st.logger.LogAttrs(ctx, slog.LevelWarn, "moderation override", slog.String("feedback", f.ID),
				slog.String("actor", u.Login), slog.String("kinds", strings.Join(private, ",")))
		} else {
			out.Masked = private
		}
		if strings.TrimSpace(published) == "" {
			return nil, feedback.Invalid("text", "nothing would be left to publish")
		}
		change.Status, change.Text = feedback.StatusPublished, &published
	default:
		return nil, feedback.Invalid("action", "action must be publish, edit, reject or not_public_service")
	}
	updated, err := st.store.SetStatus(ctx, change)
	if feedback.ErrorCode(err) == feedback.ECONFLICT {
		// Another moderator decided between our read and our write.
		return nil, st.decidedConflict(ctx, f.ID, u.Login, "")
	} else if err != nil {
		return nil, err
	}
	out.Item = viewItem(updated)
	return out, nil
}

// decidedError tells who took the decision that made a moderator's own
// decision come too late, for the pages to word it in their language.
type decidedError struct {
	By     string          // the login (or "engine") of the decision in force; "" if unknown
	Self   bool            // By is the moderator who came too late (a second click, two tabs)
	Status feedback.Status // the contribution's status now
}

func (e *decidedError) Error() string { return "decided by " + e.By + ": " + string(e.Status) }

// decidedConflict returns the ECONFLICT error for a decision that came too
// late, naming the decision in force from the audit trail. status is the
// contribution's status when the caller knows it, "" to read it. A failure
// to read the trail leaves the conflict unnamed rather than hiding it.
func (st *staff) decidedConflict(ctx context.Context, id, login string, status feedback.Status) *feedback.Error {
	d := &decidedError{Status: status}
	if trail, err := st.store.Audit(ctx, id); err == nil {
		// The last entry that set a status; answers leave it as it was.
		for i := len(trail) - 1; i >= 0; i-- {
			if e := trail[i]; e.Action != "answer" {
				d.By, d.Status = e.Actor, e.ToStatus
				break
			}
		}
	}
	d.Self = d.By == login
	msg := "already decided by someone else"
	switch {
	case d.Self:
		msg = "already decided by you"
	case d.By == "engine":
		msg += " (the moderation engine)"
	case d.By != "":
		msg += " (" + d.By + ")"
	}
	if d.Status != "" {
		msg += ": this contribution is now " + string(d.Status)
	}
	return &feedback.Error{Code: feedback.ECONFLICT, Message: msg + "; your decision was not recorded", Err: d}
}

// decisionPageError renders a decision form's error: a decision that came
// too late is explained in the page's language, with who decided and the
// status now; anything else as pageError does.
func (st *staff) decisionPageError(c *gin.Context, err error) {
	var d *decidedError
	if !errors.As(err, &d) {
		st.pageError(c, err)
		return
	}
	st.render(c, http.StatusConflict, "error", "error_title", nil, func(p *page) {
		msg := p.T["decided_elsewhere"]
		switch {
		case d.Self:
			msg = p.T["decided_by_you"]
		case d.By == "engine":
			msg += " (" + p.T["decided_engine"] + ")"
		case d.By != "":
			msg += " (" + d.By + ")"
		}
		msg += "."
		if d.Status != "" {
			msg += " " + p.T["decided_now"] + " " + p.T["st_"+string(d.Status)] + "."
		}
		p.Error = msg + " " + p.T["not_recorded"]
	})
	c.Abort()
}

// privateKinds returns the kinds of res that mask names or personal data.
func privateKinds(res moderation.Result) []string {
	var kinds []string
	for _, k := range res.Kinds() {
		if k == moderation.KindPersonName || k == moderation.KindPersonalData {
			kinds = append(kinds, string(k))
		}
	}
	return kinds
}

func joinReason(reason, note string) string {
	if note == "" {
		return reason
	}
	return reason + " — " + note
}

func (st *staff) apiDecision(c *gin.Context) {
	var req decisionRequest
	if err := st.decodeJSON(c, &req); err != nil {
		st.writeError(c, err)
		return
	}
	res, err := st.decide(c.Request.Context(), who(c).user, c.Param("id"), req)
	if err != nil {
		st.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, res)
}
