package server

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/avisproject/avis/feedback"
)

// Headers a widget may send and read cross-origin.
const (
	corsAllowHeaders  = "Content-Type, Accept, Accept-Language"
	corsExposeHeaders = "Retry-After, RateLimit, RateLimit-Policy"
	corsMaxAge        = "7200" // Chromium's cap, in seconds
)

// crossOrigin returns the request's Origin when it names another site than
// this server, "" for same-origin and non-browser requests.
func crossOrigin(r *http.Request) string {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return ""
	}
	u, err := url.Parse(origin)
	if err == nil && u.Host != "" && strings.EqualFold(u.Host, r.Host) {
		return ""
	}
	return origin
}

// cors lets a page read the answer to its submission when some service
// allows its origin. The body, and so the service, is not known yet: the
// submission handler checks that service's origins itself.
func (s *Server) cors(c *gin.Context) {
	c.Writer.Header().Add("Vary", "Origin")
	origin := crossOrigin(c.Request)
	if origin == "" {
		return
	}
	ok, err := s.anyServiceAllows(c, origin)
	if err != nil {
		s.writeError(c, err)
		return
	}
	if !ok {
		return
	}
	h := c.Writer.Header()
	h.Set("Access-Control-Allow-Origin", origin)
	h.Set("Access-Control-Expose-Headers", corsExposeHeaders)
	c.Set(ctxCORSAllowed, true)
}

const ctxCORSAllowed = "avis.cors_allowed"

// preflight answers a browser's OPTIONS before a cross-origin submission.
// Credentials are never allowed.
func (s *Server) preflight(c *gin.Context) {
	h := c.Writer.Header()
	h.Set("Allow", "POST, OPTIONS")
	if crossOrigin(c.Request) == "" {
		c.Status(http.StatusNoContent)
		return
	}
	if !c.GetBool(ctxCORSAllowed) {
		s.writeError(c, &feedback.Error{Code: feedback.EFORBIDDEN, Message: "no service accepts submissions from this origin"})
		return
	}
	if m := c.GetHeader("Access-Control-Request-Method"); m != "" && m != http.MethodPost {
		s.writeErrorStatus(c, http.StatusMethodNotAllowed, feedback.Errorf(feedback.EINVALID, "only POST is allowed cross-origin"))
		return
	}
	h.Set("Access-Control-Allow-Methods", "POST")
	h.Set("Access-Control-Allow-Headers", corsAllowHeaders)
	h.Set("Access-Control-Max-Age", corsMaxAge)
	h.Add("Vary", "Access-Control-Request-Method")
	h.Add("Vary", "Access-Control-Request-Headers")
	c.Status(http.StatusNoContent)
}

// anyServiceAllows reports whether at least one service accepts submissions
// from origin.
func (s *Server) anyServiceAllows(c *gin.Context, origin string) (bool, error) {
	services, err := s.store.ListServices(c.Request.Context())
	if err != nil {
		return false, err
	}
	for _, svc := range services {
		if svc.AllowsOrigin(origin) {
			return true, nil
		}
	}
	return false, nil
}
