package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/moderation"
)

// Fields the widget adds to a submission for anti-automation. Both are
// optional; the server removes them before the submission is decoded.
const (
	// HoneypotField is a form field hidden from people (and from assistive
	// technologies): a person leaves it empty, a form-filling bot does not.
	HoneypotField = "website"
	// ElapsedField is the number of milliseconds between the form's display
	// and its submission, measured by the widget.
	ElapsedField = "elapsed_ms"
)

// Defaults of the anti-automation options.
const (
	// DefaultMinFillTime is the shortest time a person takes to rate a
	// procedure and write a story.
	DefaultMinFillTime = 3 * time.Second
)

// suspicionKey carries a *suspicion in the request's context, from
// guardSubmission to the instrumented moderator and store.
type suspicionKey struct{}

// suspicion is what guardSubmission learnt about one submission.
type suspicion struct {
	reason          string // "honeypot" or "too_fast"; "" when none
	detail          string // for moderators
	duplicateKey    string // remember the stored contribution under this key
	duplicateWindow time.Duration
}

// guardSubmission runs before a submission is decoded: rate limit, then
// honeypot and fill time, then duplicate detection. A bot is not told it was
// caught: its submission goes on and is held for review (see
// holdForReview). A duplicate gets the first contribution back, as a retry
// with the same idempotency key does.
func (s *Server) guardSubmission(c *gin.Context) {
	fields := s.peekFields(c)
	if !s.limitRate(c, jsonString(fields["service"])) {
		return
	}
	if fields == nil {
		c.Next() // not a JSON object: the handler explains what is wrong
		return
	}
	sus := &suspicion{}
	_, hasHoneypot := fields[HoneypotField]
	_, hasElapsed := fields[ElapsedField]
	if hasHoneypot {
		var v string
		if err := json.Unmarshal(fields[HoneypotField], &v); err != nil || strings.TrimSpace(v) != "" {
			sus.reason, sus.detail = "honeypot", "a field hidden from people was filled in: probably a bot"
		}
	}
	if hasElapsed {
		var ms int64
		if err := json.Unmarshal(fields[ElapsedField], &ms); err != nil || ms < 0 {
			s.writeError(c, feedback.Invalid(ElapsedField, "%s must be a whole, non-negative number of milliseconds", ElapsedField))
			return
		}
		if took := time.Duration(ms) * time.Millisecond; sus.reason == "" && s.minFill > 0 && took < s.minFill {
			sus.reason = "too_fast"
			sus.detail = fmt.Sprintf("the form was sent %v after it was shown: probably a bot", took)
		}
	}
	if hasHoneypot || hasElapsed {
		delete(fields, HoneypotField)
		delete(fields, ElapsedField)
		body, err := json.Marshal(fields)
		if err != nil {
			s.writeError(c, feedback.Internal(err, "re-encode the submission"))
			return
		}
		c.Request.Body = io.NopCloser(bytes.NewReader(body))
		c.Request.ContentLength = int64(len(body))
	}
	if sus.reason != "" {
		s.metrics.screened.WithLabelValues(sus.reason).Inc()
	}
	if s.answerDuplicate(c, fields, sus) {
		return
	}
	c.Request = c.Request.WithContext(context.WithValue(c.Request.Context(), suspicionKey{}, sus))
	c.Next()
}

// peekFields reads the body of a JSON submission and puts it back for the
// handler. It returns its top-level fields, or nil when the body is not one
// valid UTF-8 JSON object within the size limit: then the handler, reading
// the same bytes, gives the precise error.
func (s *Server) peekFields(c *gin.Context) map[string]json.RawMessage {
	r := c.Request
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		return nil
	}
	rest := r.Body
	buf, err := io.ReadAll(io.LimitReader(rest, s.maxBody+1))
	r.Body = struct {
		io.Reader
		io.Closer
	}{io.MultiReader(bytes.NewReader(buf), rest), rest}
	if err != nil || int64(len(buf)) > s.maxBody || !utf8.Valid(buf) {
		return nil
	}
	var fields map[string]json.RawMessage
	if json.Unmarshal(buf, &fields) != nil || fields == nil {
		return nil
	}
	return fields
}

// jsonString returns raw as a string, or "" when it is not a JSON string.
func jsonString(raw json.RawMessage) string {
	var v string
	if json.Unmarshal(raw, &v) != nil {
		return ""
	}
	return v
}

// answerDuplicate answers with the first contribution when the same client
// sent the same text to the same service within the duplicate window, and
// reports whether it did. Otherwise it notes in sus the key under which the
// new contribution will be remembered once stored.
func (s *Server) answerDuplicate(c *gin.Context, fields map[string]json.RawMessage, sus *suspicion) bool {
	service, text := jsonString(fields["service"]), jsonString(fields["text"])
	if s.limiter == nil || s.dupWindow <= 0 || !feedback.ValidSlug(service) || strings.TrimSpace(text) == "" {
		return false
	}
	ctx := c.Request.Context()
	key := moderation.DuplicateKey(s.clientHash(c), service, text)
	sus.duplicateKey, sus.duplicateWindow = key, s.dupWindow
	id, seen, err := s.limiter.SeenRecently(ctx, key)
	if err != nil || !seen {
		return false
	}
	first, err := s.store.GetFeedback(ctx, id)
	if err != nil || first.Service != service {
		// Remembered but not found (purged, or another database): treat
		// the submission as new.
		return false
	}
	s.metrics.screened.WithLabelValues("duplicate").Inc()
	c.Header("Cache-Control", "no-store")
	c.Header("Location", s.feedbackURL(c, first.Service, first.ID))
	c.AbortWithStatusJSON(http.StatusOK, submitResponse{
		ID:     first.ID,
		Status: string(first.Status),
		Text:   first.Text,
		Flags:  first.Moderation.FlagKinds(),
		URL:    s.feedbackURL(c, first.Service, first.ID),
	})
	return true
}

// holdForReview turns a publishable result into one a moderator reads first
// and says why in a spam flag. A rejected result stays rejected.
func holdForReview(res moderation.Result, sus *suspicion) moderation.Result {
	if res.Decision == moderation.Publish {
		res.Decision = moderation.Review
	}
	res.Flags = append(slices.Clip(res.Flags), moderation.Flag{
		Kind:     moderation.KindSpam,
		Severity: moderation.SeverityMedium,
		Reason:   sus.detail,
	})
	return res
}
