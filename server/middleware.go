package server

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"

	"github.com/gin-gonic/gin"

	"github.com/avisproject/avis/feedback"
)

// recovery turns a panic into a logged 500 JSON answer. http.ErrAbortHandler
// is re-raised: it is net/http's way to drop a connection on purpose.
func (s *Server) recovery(c *gin.Context) {
	defer func() {
		v := recover()
		if v == nil {
			return
		}
		if err, ok := v.(error); ok && errors.Is(err, http.ErrAbortHandler) {
			panic(v)
		}
		s.logger.LogAttrs(c.Request.Context(), slog.LevelError, "panic",
			slog.String("method", c.Request.Method),
			slog.String("path", c.Request.URL.Path),
			slog.String("panic", fmt.Sprint(v)),
			slog.String("stack", string(debug.Stack())))
		if c.Writer.Written() {
			c.Abort()
			return
		}
		// Logged above already: answer without logging twice.
		c.Header("Cache-Control", "no-store")
		c.AbortWithStatusJSON(http.StatusInternalServerError, errorBody{Error: errorDetail{
			Code: feedback.EINTERNAL, Message: "internal error",
		}})
	}()
	c.Next()
}

// logRequests logs one line per request. The client address is not logged:
// avis keeps no addresses, logs included.
func (s *Server) logRequests(c *gin.Context) {
	start := s.clock()
	c.Next()
	route := c.FullPath()
	if route == "" {
		route = "unmatched"
	}
	status := c.Writer.Status()
	level := slog.LevelInfo
	if status >= 500 {
		level = slog.LevelError
	}
	s.logger.LogAttrs(c.Request.Context(), level, "request",
		slog.String("method", c.Request.Method),
		slog.String("route", route),
		slog.Int("status", status),
		slog.Int("bytes", c.Writer.Size()),
		slog.Duration("duration", s.clock().Sub(start)))
}

// securityHeaders protects JSON answers from being sniffed as another type,
// framed, or run as a document should a browser open one.
func securityHeaders(c *gin.Context) {
	h := c.Writer.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
}

// publicRead lets any web page read public data. No credentials are ever
// accepted, so "*" exposes nothing a page could not fetch itself.
func publicRead(c *gin.Context) {
	c.Header("Access-Control-Allow-Origin", "*")
}
