package server

import (
	"context"
	"fmt"
	"net/http"
	"net/netip"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/moderation"
)

// codeRateLimited is the error code of a 429 answer. It is not one of
// feedback's codes: no layer below the server refuses for rate.
const codeRateLimited = "rate_limited"

// limitRate counts a submission against the rate limiter and answers 429
// when it is refused. It reports whether the request may go on. Every answer
// carries RateLimit and RateLimit-Policy (draft-ietf-httpapi-ratelimit-headers-11);
// a refusal also carries Retry-After. The client is the socket's peer, or
// what a trusted proxy forwarded: gin's ClientIP, configured by New.
func (s *Server) limitRate(c *gin.Context, service string) bool {
	if s.limiter == nil {
		return true
	}
	addr, err := netip.ParseAddr(c.ClientIP())
	if err != nil {
		addr = netip.Addr{} // a unix socket: all such clients share one key
	}
	if !feedback.ValidSlug(service) {
		// An unknown shape cannot name a service; do not let it mint keys.
		service = ""
	}
	d := s.limiter.Allow(c.Request.Context(), moderation.RateRequest{
		ClientKey: s.clientHash(c),
		Addr:      addr,
		Service:   service,
	})
	if d.Fallback {
		s.metrics.fallback.Inc()
	}
	if len(d.Usage) > 0 {
		c.Header("RateLimit-Policy", d.PolicyHeader())
		c.Header("RateLimit", d.Header())
	}
	if d.Allowed {
		return true
	}
	s.metrics.rateLimited.WithLabelValues(d.Usage[len(d.Usage)-1].Name).Inc()
	wait := d.RetryAfterSeconds()
	c.Header("Retry-After", strconv.FormatInt(wait, 10))
	c.Header("Cache-Control", "no-store")
	c.AbortWithStatusJSON(http.StatusTooManyRequests, errorBody{Error: errorDetail{
		Code:    codeRateLimited,
		Message: fmt.Sprintf("too many contributions from this connection: please try again in %d seconds", wait),
	}})
	return false
}

// addRedisCheck adds the Redis state to a readiness answer: "ok", or
// "fallback" while limits and duplicate windows are kept on this instance.
// A Redis outage does not make the instance unready: it still accepts and
// stores submissions, which is what a load balancer needs to know.
func (s *Server) addRedisCheck(ctx context.Context, checks map[string]any) {
	if s.limiter == nil || !s.limiter.UsesRedis() {
		return
	}
	if s.limiter.Ping(ctx) != nil {
		checks["redis"] = "fallback"
		return
	}
	checks["redis"] = "ok"
}

// setupGuards wires rate limiting, anti-automation and metrics into s: the
// store and the moderator are wrapped to be timed, counted and to carry
// anti-automation verdicts.
func (s *Server) setupGuards(opts *Options) {
	s.limiter = opts.RateLimiter
	s.minFill = opts.MinFillTime
	if s.minFill == 0 {
		s.minFill = DefaultMinFillTime
	}
	s.dupWindow = opts.DuplicateWindow
	if s.dupWindow == 0 {
		s.dupWindow = moderation.DefaultDuplicateWindow
	}
	s.metrics = newMetrics(s.limiter)
	s.store = instrumentedStore{Store: s.store, metrics: s.metrics, limiter: s.limiter}
	s.moderator = instrumentedModerator{next: s.moderator, metrics: s.metrics}
}
