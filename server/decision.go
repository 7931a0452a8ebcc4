package server

import (
	"context"
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
// EFORBIDDEN out of scope; ECONFLICT when the contribution is no longer
// pending; EINVALID for a bad action, text or reason.
func (st *staff) decide(ctx context.Context, u *feedback.User, id string, req decisionRequest) (*decisionResult, error) {
	f, err := st.store.GetFeedback(ctx, id)
	if err != nil {
		return nil, err
	}
	if !u.CanModerate(f.Service) {
		return nil, errOutOfScope(f.Service)
	}
	if f.Status != feedback.StatusPending {
		return nil, feedback.Errorf(feedback.ECONFLICT, "this contribution is already %s", f.Status)
	}
	note := strings.TrimSpace(req.Note)
	if len(note) > 1000 || !utf8.ValidString(note) {
		return nil, feedback.Invalid("note", "note is at most 1000 bytes of UTF-8")
	}
	change := feedback.StatusChange{FeedbackID: f.ID, Actor: u.Login, Action: req.Action, Reason: note}
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
	if err != nil {
		return nil, err
	}
	out.Item = viewItem(updated)
	return out, nil
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
