package server

import (
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/avisproject/avis/feedback"
)

// statusOf maps every error code to its HTTP status: the one table.
var statusOf = map[string]int{
	feedback.EINVALID:      http.StatusBadRequest,
	feedback.ENOTFOUND:     http.StatusNotFound,
	feedback.ECONFLICT:     http.StatusConflict,
	feedback.EUNAUTHORIZED: http.StatusUnauthorized,
	feedback.EFORBIDDEN:    http.StatusForbidden,
	feedback.EINTERNAL:     http.StatusInternalServerError,
}

// errorBody is the JSON shape of every error answer.
type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code    string `json:"code"`
	Field   string `json:"field"`
	Message string `json:"message"`
}

// writeError answers err with the status its code maps to.
func (s *Server) writeError(c *gin.Context, err error) {
	status, ok := statusOf[feedback.ErrorCode(err)]
	if !ok {
		status = http.StatusInternalServerError
	}
	s.writeErrorStatus(c, status, err)
}

// writeErrorStatus answers err with an explicit status, for transport-level
// refusals (405, 413, 415) whose code is still one of feedback's. Only
// internal errors are logged: the others are the client's business.
func (s *Server) writeErrorStatus(c *gin.Context, status int, err error) {
	code := feedback.ErrorCode(err)
	if code == feedback.EINTERNAL {
		s.logger.LogAttrs(c.Request.Context(), slog.LevelError, "internal error",
			slog.String("method", c.Request.Method),
			slog.String("route", c.FullPath()),
			slog.Any("err", err))
	}
	c.Header("Cache-Control", "no-store")
	c.AbortWithStatusJSON(status, errorBody{Error: errorDetail{
		Code:    code,
		Field:   feedback.ErrorField(err),
		Message: feedback.ErrorMessage(err),
	}})
}
