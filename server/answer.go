package server

import (
	"context"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/avisproject/avis/feedback"
)

// answerRequest is the body of POST /api/v1/feedback/{id}/answers.
type answerRequest struct {
	Text string `json:"text" form:"text"`
}

// answerResult is the stored answer and whether its author was notified.
type answerResult struct {
	Answer   *feedback.Answer `json:"answer"`
	Masked   []string         `json:"masked"`   // kinds masked in the answer (names, personal data)
	Notified bool             `json:"notified"` // a notice went to the author's e-mail (first answer only)
}

// answer stores the administration's public answer, signed by the
// answerer's team and run through the engine so that no agent's name or
// citizen's number is published. EFORBIDDEN out of scope; ECONFLICT unless
// the contribution is published; EINVALID for an empty or long text.
func (st *staff) answer(ctx context.Context, u *feedback.User, id, text string) (*answerResult, error) {
	f, err := st.store.GetFeedback(ctx, id)
	if err != nil {
		return nil, err
	}
	if !u.CanAnswer(f.Service) {
		return nil, errOutOfScope(f.Service)
	}
	if f.Status != feedback.StatusPublished {
		return nil, feedback.Errorf(feedback.ECONFLICT, "only published contributions are answered")
	}
	if text, err = checkText("text", text); err != nil {
		return nil, err
	}
	res, err := st.moderate(ctx, text, f.Service, f.Moderation.Lang)
	if err != nil {
		return nil, err
	}
	a := &feedback.Answer{FeedbackID: f.ID, Team: u.Team, Text: res.Text}
	if err := st.store.AddAnswer(ctx, a, u.Login); err != nil {
		return nil, err
	}
	out := &answerResult{Answer: a, Masked: privateKinds(res)}
	if out.Masked == nil {
		out.Masked = []string{}
	}
	// One notice per contribution, on its first answer: the author asked
	// to hear back once, not to be subscribed.
	if f.Email != "" && len(f.Answers) == 0 {
		out.Notified = st.noticeAnswered(ctx, f, a)
	}
	return out, nil
}

func (st *staff) apiAnswer(c *gin.Context) {
	var req answerRequest
	if err := st.decodeJSON(c, &req); err != nil {
		st.writeError(c, err)
		return
	}
	res, err := st.answer(c.Request.Context(), who(c).user, c.Param("id"), req.Text)
	if err != nil {
		st.writeError(c, err)
		return
	}
	c.JSON(http.StatusCreated, res)
}

// awaiting returns the published contributions without an answer that u
// may answer (or moderate), oldest first; with overdueOnly, only those
// waiting longer than the answer delay.
func (st *staff) awaiting(ctx context.Context, u *feedback.User, service string, overdueOnly bool) ([]*feedback.Feedback, error) {
	can := func(svc string) bool { return u.CanAnswer(svc) || u.CanModerate(svc) }
	if service != "" && !can(service) {
		return nil, errOutOfScope(service)
	}
	f := feedback.Filter{Service: service, Status: feedback.StatusPublished}
	if overdueOnly {
		f.Until = st.clock().Add(-st.opts.AnswerDelay)
	}
	items, _, err := st.scan(ctx, f, func(it *feedback.Feedback) bool { return len(it.Answers) == 0 && can(it.Service) })
	return items, err
}

// overdue reports whether a contribution has waited too long for an answer.
func (st *staff) overdue(f *feedback.Feedback, now time.Time) bool {
	return len(f.Answers) == 0 && now.Sub(f.CreatedAt) >= st.opts.AnswerDelay
}

func (st *staff) apiOverdue(c *gin.Context) {
	service := c.Query("service")
	if service != "" && !feedback.ValidSlug(service) {
		st.writeError(c, feedback.Invalid("service", "service must be a slug such as caf-94"))
		return
	}
	items, err := st.awaiting(c.Request.Context(), who(c).user, service, true)
	if err != nil {
		st.writeError(c, err)
		return
	}
	out := make([]queueItem, 0, len(items))
	for _, f := range items {
		out = append(out, viewFor(who(c).user, f))
	}
	c.JSON(http.StatusOK, gin.H{"items": out, "delay": st.opts.AnswerDelay.String()})
}
