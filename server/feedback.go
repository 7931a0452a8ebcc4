package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/moderation"
)

// submitRequest is the body of POST /api/v1/feedback. Unknown fields are
// refused so that a typo in a field name is not silently dropped.
type submitRequest struct {
	Service        string              `json:"service"`
	Procedure      string              `json:"procedure"`
	Channel        feedback.Channel    `json:"channel"`
	Rating         feedback.Rating     `json:"rating"`
	Clarity        *int                `json:"clarity"`
	Help           *int                `json:"help"`
	Text           string              `json:"text"`
	Email          string              `json:"email"`
	IdempotencyKey string              `json:"idempotency_key"`
	Author         feedback.AuthorKind `json:"author"`
	Lang           string              `json:"lang"` // the widget's language, a hint for detection
}

// submitResponse is the answer to a submission.
type submitResponse struct {
	ID     string   `json:"id"`
	Status string   `json:"status"`
	Text   string   `json:"text"`
	Flags  []string `json:"flags"`
	URL    string   `json:"url"`
}

// submitFeedback decodes, validates, moderates and stores one contribution.
// It answers 201 once the contribution is committed, and 200 with the first
// contribution when the idempotency key was already used for this service.
func (s *Server) submitFeedback(c *gin.Context) {
	ctx := c.Request.Context()
	f, lang, status, err := s.decodeSubmission(c)
	if err != nil {
		s.writeErrorStatus(c, status, err)
		return
	}
	svc, err := s.store.GetService(ctx, f.Service)
	if err != nil {
		if feedback.ErrorCode(err) == feedback.ENOTFOUND {
			err = &feedback.Error{Code: feedback.ENOTFOUND, Field: "service", Message: "no such service: " + f.Service}
		}
		s.writeError(c, err)
		return
	}
	if origin := crossOrigin(c.Request); origin != "" && !svc.AllowsOrigin(origin) {
		s.writeError(c, &feedback.Error{Code: feedback.EFORBIDDEN, Field: "service", Message: "this service does not accept submissions from " + origin})
		return
	}
	res, err := s.moderator.Moderate(ctx, moderation.Input{Text: f.Text, Service: f.Service, Lang: lang})
	if err != nil {
		s.writeError(c, feedback.Internal(err, "moderation failed"))
		return
	}
	applyModeration(f, res)
	f.ClientHash = s.clientHash(c)
	stored, created, err := s.store.CreateFeedback(ctx, f)
	if err != nil {
		s.writeError(c, err)
		return
	}
	code := http.StatusCreated
	if !created {
		code = http.StatusOK
	}
	url := s.feedbackURL(c, stored.Service, stored.ID)
	c.Header("Cache-Control", "no-store")
	c.Header("Location", url)
	c.JSON(code, submitResponse{
		ID:     stored.ID,
		Status: string(stored.Status),
		Text:   stored.Text,
		Flags:  stored.Moderation.FlagKinds(),
		URL:    url,
	})
}

// decodeSubmission reads and checks the body of a submission. On error it
// returns the HTTP status to answer with.
func (s *Server) decodeSubmission(c *gin.Context) (f *feedback.Feedback, lang string, status int, err error) {
	mt, _, perr := mime.ParseMediaType(c.GetHeader("Content-Type"))
	if perr != nil || mt != "application/json" {
		return nil, "", http.StatusUnsupportedMediaType, feedback.Errorf(feedback.EINVALID, "send the contribution as Content-Type: application/json")
	}
	body, rerr := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, s.maxBody))
	if rerr != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(rerr, &tooLarge) {
			return nil, "", http.StatusRequestEntityTooLarge, feedback.Errorf(feedback.EINVALID, "the body is larger than %d bytes", s.maxBody)
		}
		return nil, "", http.StatusBadRequest, feedback.Errorf(feedback.EINVALID, "the body could not be read")
	}
	if !utf8.Valid(body) {
		return nil, "", http.StatusBadRequest, feedback.Invalid(invalidUTF8Field(body), "the body is not valid UTF-8")
	}
	var req submitRequest
	if err := decodeStrict(body, &req); err != nil {
		return nil, "", http.StatusBadRequest, err
	}
	f = &feedback.Feedback{
		Service:        req.Service,
		Procedure:      req.Procedure,
		Channel:        req.Channel,
		Rating:         req.Rating,
		Text:           req.Text,
		Email:          req.Email,
		IdempotencyKey: req.IdempotencyKey,
		Author:         req.Author,
	}
	if req.Clarity != nil {
		if *req.Clarity < 1 || *req.Clarity > 5 {
			return nil, "", http.StatusBadRequest, feedback.Invalid("clarity", "clarity must be between 1 and 5")
		}
		f.Clarity = *req.Clarity
	}
	if req.Help != nil {
		if *req.Help < 1 || *req.Help > 5 {
			return nil, "", http.StatusBadRequest, feedback.Invalid("help", "help must be between 1 and 5")
		}
		f.Help = *req.Help
	}
	lang = strings.TrimSpace(req.Lang)
	if len(lang) > 35 { // the longest sensible BCP 47 tag
		return nil, "", http.StatusBadRequest, feedback.Invalid("lang", "lang must be a language tag such as fr or en")
	}
	f.Normalize()
	f.OriginalText = f.Text
	if err := f.Validate(); err != nil {
		return nil, "", http.StatusBadRequest, err
	}
	return f, lang, 0, nil
}

// decodeStrict decodes exactly one JSON object with only known fields and
// turns decoding errors into EINVALID errors naming the field.
func decodeStrict(body []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		if _, terr := dec.Token(); terr != io.EOF {
			return feedback.Invalid("", "the body must hold one JSON object and nothing after it")
		}
		return nil
	}
	var typeErr *json.UnmarshalTypeError
	switch {
	case errors.As(err, &typeErr) && typeErr.Field == "":
		return feedback.Invalid("", "the body must be a JSON object")
	case errors.As(err, &typeErr):
		return feedback.Invalid(typeErr.Field, "%s must be a JSON %s", typeErr.Field, jsonKind(typeErr.Type.Kind().String()))
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name, _ := strconv.Unquote(strings.TrimPrefix(err.Error(), "json: unknown field "))
		return feedback.Invalid(name, "unknown field %q", name)
	default:
		return feedback.Invalid("", "the body is not a valid JSON object: %v", err)
	}
}

// jsonKind names a Go kind the way a JSON author would.
func jsonKind(goKind string) string {
	switch goKind {
	case "string":
		return "string"
	case "int", "int64", "float64", "ptr":
		return "number"
	default:
		return "value of the documented type"
	}
}

// invalidUTF8Field names the top-level field whose value holds invalid
// UTF-8, or "" when it cannot tell (the bytes are elsewhere).
func invalidUTF8Field(body []byte) string {
	var fields map[string]json.RawMessage
	if json.Unmarshal(body, &fields) != nil {
		return ""
	}
	for name, raw := range fields {
		if !utf8.Valid(raw) && utf8.ValidString(name) {
			return name
		}
	}
	return ""
}

// applyModeration records the engine's verdict on f: the published text, the
// status its decision maps to, and the flags as data.
func applyModeration(f *feedback.Feedback, res moderation.Result) {
	f.Text = res.Text
	switch res.Decision {
	case moderation.Publish:
		f.Status = feedback.StatusPublished
	case moderation.Reject:
		f.Status = feedback.StatusRejected
	default:
		f.Status = feedback.StatusPending
	}
	flags := make([]feedback.Flag, 0, len(res.Flags))
	for _, fl := range res.Flags {
		spans := make([]feedback.Span, 0, len(fl.Spans))
		for _, sp := range fl.Spans {
			spans = append(spans, feedback.Span{Start: sp.Start, End: sp.End})
		}
		flags = append(flags, feedback.Flag{Kind: string(fl.Kind), Severity: int(fl.Severity), Reason: fl.Reason, Spans: spans})
	}
	f.Moderation = feedback.Moderation{Decision: feedback.Decision(res.Decision), Lang: res.Lang, Flags: flags}
}

// feedbackURL is the address of a contribution's public page
// (/s/{service}/avis/{id}), which a person can open: the contribution once
// published, a sentence while it waits for a moderator. Its JSON stays at
// /api/v1/feedback/{id}.
func (s *Server) feedbackURL(c *gin.Context, service, id string) string {
	base := s.baseURL
	if base == "" {
		scheme := "http"
		if c.Request.TLS != nil {
			scheme = "https"
		}
		base = scheme + "://" + c.Request.Host
	}
	return base + "/s/" + service + "/avis/" + id
}

// publicFeedback is what anyone may read about a published contribution:
// never the e-mail, the original text, the client hash or the positions of
// masked data.
type publicFeedback struct {
	ID          string            `json:"id"`
	Service     string            `json:"service"`
	Procedure   string            `json:"procedure,omitempty"`
	Channel     feedback.Channel  `json:"channel,omitempty"`
	Rating      feedback.Rating   `json:"rating,omitempty"`
	Clarity     int               `json:"clarity,omitempty"`
	Help        int               `json:"help,omitempty"`
	Author      string            `json:"author,omitempty"`
	Status      feedback.Status   `json:"status"`
	Text        string            `json:"text,omitempty"`
	Lang        string            `json:"lang,omitempty"`
	Flags       []string          `json:"flags,omitempty"`
	Answers     []feedback.Answer `json:"answers,omitempty"`
	CreatedAt   time.Time         `json:"created_at"`
	PublishedAt time.Time         `json:"published_at,omitzero"`
}

// publicView shows a published contribution in full and a pending one by
// its status only, so its author can come back and see when it is out.
func publicView(f *feedback.Feedback) publicFeedback {
	v := publicFeedback{ID: f.ID, Service: f.Service, Status: f.Status, CreatedAt: f.CreatedAt}
	if f.Status != feedback.StatusPublished {
		return v
	}
	v.Procedure, v.Channel, v.Rating = f.Procedure, f.Channel, f.Rating
	v.Clarity, v.Help, v.Author = f.Clarity, f.Help, string(f.Author)
	v.Text, v.Lang, v.Flags = f.Text, f.Moderation.Lang, f.Moderation.FlagKinds()
	v.Answers, v.PublishedAt = f.Answers, f.PublishedAt
	return v
}

// getFeedback shows one contribution. A rejected one does not exist for
// the public.
func (s *Server) getFeedback(c *gin.Context) {
	f, err := s.store.GetFeedback(c.Request.Context(), c.Param("id"))
	if err == nil && f.Status == feedback.StatusRejected {
		err = feedback.Errorf(feedback.ENOTFOUND, "no such contribution")
	}
	if err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, publicView(f))
}
