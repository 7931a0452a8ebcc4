// Package server is avis's HTTP face: the public submission and reading API,
// health checks, the OpenAPI description, and the mount points of the widget
// assets and of the demo site. It is the only package that imports gin; a Go
// program mounts it as a plain http.Handler.
package server

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/netip"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/moderation"
)

// Moderator checks a contribution before it is stored. *moderation.Engine
// satisfies it.
type Moderator interface {
	Moderate(ctx context.Context, in moderation.Input) (moderation.Result, error)
}

// DefaultMaxBodyBytes caps a submission's body. A story is at most
// feedback.MaxTextBytes, but JSON escaping can make it several times longer.
const DefaultMaxBodyBytes = 64 << 10

// Options configure a Server. Store, Moderator and ClientHashKey are required.
type Options struct {
	Store     feedback.Store
	Moderator Moderator
	// Logger receives request logs and internal errors; nil discards them.
	Logger *slog.Logger
	// Clock measures request durations; nil means time.Now.
	Clock func() time.Time
	// TrustedProxies lists the networks whose X-Forwarded-For and X-Real-IP
	// headers are believed. Empty trusts none: the socket address is the
	// client.
	TrustedProxies []netip.Prefix
	// ClientHashKey keys the HMAC of client addresses; addresses are never
	// stored. At least 16 bytes, and stable across restarts so that duplicate
	// detection and rate limits keep working.
	ClientHashKey []byte
	// Widget serves everything under /widget/; nil mounts nothing there.
	Widget http.Handler
	// Root serves every path no other route claims (the demo site at /);
	// nil answers 404.
	Root http.Handler
	// BaseURL is the public address of this server, without a trailing slash
	// (e.g. "https://avis.example.fr" or "https://www.caf.fr/avis" when
	// mounted under a prefix). It builds the "url" of a contribution; empty
	// derives it from the request's Host.
	BaseURL string
	// MaxBodyBytes caps a submission's body; 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// Staff mounts the moderators' and answering teams' API and pages
	// (see StaffOptions); nil mounts none of it.
	Staff *StaffOptions
	// RateLimiter limits submissions (429 with RateLimit headers) and keeps
	// duplicate windows; nil limits nothing and detects no duplicates.
	RateLimiter *moderation.RateLimiter
	// MinFillTime is the shortest time between the widget's form appearing
	// and its submission (elapsed_ms) below which a submission is held for
	// review; 0 means DefaultMinFillTime, negative disables the check.
	MinFillTime time.Duration
	// DuplicateWindow is how long the same text from the same client gets
	// the first contribution back; 0 means moderation.DefaultDuplicateWindow,
	// negative disables duplicate detection.
	DuplicateWindow time.Duration
}

// Server is avis's HTTP handler. It is safe for concurrent use.
type Server struct {
	engine    *gin.Engine
	store     feedback.Store
	moderator Moderator
	logger    *slog.Logger
	clock     func() time.Time
	hashKey   []byte
	baseURL   string
	maxBody   int64
	// Rate limiting, anti-automation and metrics (ratelimit.go).
	limiter   *moderation.RateLimiter
	metrics   *metrics
	minFill   time.Duration
	dupWindow time.Duration
}

// New builds a Server from opts. It returns an error when a required option
// is missing or a trusted proxy network is not usable.
func New(opts *Options) (*Server, error) {
	if opts == nil {
		return nil, errors.New("server: options are required")
	}
	if opts.Store == nil {
		return nil, errors.New("server: a Store is required")
	}
	if opts.Moderator == nil {
		return nil, errors.New("server: a Moderator is required: contributions are never stored unmoderated")
	}
	if len(opts.ClientHashKey) < 16 {
		return nil, errors.New("server: ClientHashKey must be at least 16 bytes")
	}
	s := &Server{
		store:     opts.Store,
		moderator: opts.Moderator,
		logger:    opts.Logger,
		clock:     opts.Clock,
		hashKey:   append([]byte(nil), opts.ClientHashKey...),
		baseURL:   strings.TrimRight(opts.BaseURL, "/"),
		maxBody:   opts.MaxBodyBytes,
	}
	if s.logger == nil {
		s.logger = slog.New(slog.DiscardHandler)
	}
	if s.clock == nil {
		s.clock = time.Now
	}
	if s.maxBody <= 0 {
		s.maxBody = DefaultMaxBodyBytes
	}
	s.setupGuards(opts)
	engine, err := s.newEngine(opts)
	if err != nil {
		return nil, err
	}
	s.engine = engine
	return s, nil
}

// ServeHTTP serves one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.engine.ServeHTTP(w, r) }

// Handler returns the server as an http.Handler, to mount in a mux.
func (s *Server) Handler() http.Handler { return s.engine }

// newEngine builds the router: middleware, API routes, health, and the
// widget and root mounts.
func (s *Server) newEngine(opts *Options) (*gin.Engine, error) {
	// gin's mode is process-wide; release mode only silences its debug
	// printing, so setting it from every New is harmless.
	gin.SetMode(gin.ReleaseMode)
	e := gin.New()
	// gin trusts every proxy unless told otherwise: trust only the
	// configured networks, or none.
	var proxies []string
	for _, p := range opts.TrustedProxies {
		proxies = append(proxies, p.Masked().String())
	}
	if err := e.SetTrustedProxies(proxies); err != nil {
		return nil, err
	}
	e.RemoteIPHeaders = []string{"X-Forwarded-For", "X-Real-IP"}
	e.HandleMethodNotAllowed = true
	e.RedirectTrailingSlash = false
	e.RedirectFixedPath = false
	e.Use(s.recovery, s.logRequests)

	api := e.Group("/api/v1", securityHeaders)
	api.POST("/feedback", s.cors, s.guardSubmission, s.submitFeedback)
	api.OPTIONS("/feedback", s.cors, s.preflight)
	api.GET("/feedback/:id", publicRead, s.getFeedback)
	api.GET("/services/:service", publicRead, s.getService)
	api.GET("/services/:service/feedback", publicRead, s.listFeedback)
	api.GET("/openapi.json", publicRead, serveOpenAPI)

	e.GET("/healthz", securityHeaders, s.healthz)
	e.GET("/readyz", securityHeaders, s.readyz)
	e.GET("/metrics", securityHeaders, s.metrics.handler())

	if opts.Widget != nil {
		w := gin.WrapH(opts.Widget)
		e.GET("/widget/*path", w)
		e.HEAD("/widget/*path", w)
	}
	if err := s.mountPublicPages(e); err != nil {
		return nil, err
	}
	if opts.Staff != nil {
		if err := s.mountStaff(e, opts.Staff); err != nil {
			return nil, err
		}
	}
	e.NoRoute(s.noRoute(opts.Root))
	e.NoMethod(securityHeaders, func(c *gin.Context) {
		s.writeErrorStatus(c, http.StatusMethodNotAllowed, feedback.Errorf(feedback.EINVALID, "method %s not allowed on this path", c.Request.Method))
	})
	return e, nil
}

// noRoute sends unknown /api/ paths a JSON 404 and everything else to root.
func (s *Server) noRoute(root http.Handler) gin.HandlerFunc {
	return func(c *gin.Context) {
		p := c.Request.URL.Path
		if root == nil || p == "/api" || strings.HasPrefix(p, "/api/") {
			securityHeaders(c)
			s.writeError(c, feedback.Errorf(feedback.ENOTFOUND, "no such route"))
			return
		}
		// gin has already set 404 for an unmatched path; a handler that
		// writes without calling WriteHeader means 200.
		c.Status(http.StatusOK)
		root.ServeHTTP(c.Writer, c.Request)
	}
}
