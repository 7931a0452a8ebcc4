package server

import (
	"context"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/moderation"
)

// metrics are one Server's Prometheus collectors, on a registry of their
// own: two servers in one process (tests, an agency mounting two) never
// collide, and nothing is registered globally.
type metrics struct {
	registry    *prometheus.Registry
	submissions *prometheus.CounterVec   // stored contributions by decision
	flags       *prometheus.CounterVec   // flags of stored contributions by kind
	moderation  prometheus.Histogram     // engine latency
	store       *prometheus.HistogramVec // store latency by operation
	rateLimited *prometheus.CounterVec   // refusals by policy
	screened    *prometheus.CounterVec   // anti-automation outcomes by reason
	fallback    prometheus.Counter       // decisions taken without Redis
}

// newMetrics registers the collectors. limiter may be nil; its Redis state
// is read at scrape time.
func newMetrics(limiter *moderation.RateLimiter) *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		submissions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "avis_submissions_total",
			Help: "Contributions stored, by moderation decision (publish, review, reject).",
		}, []string{"decision"}),
		flags: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "avis_flags_total",
			Help: "Moderation flags on stored contributions, by kind.",
		}, []string{"kind"}),
		moderation: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "avis_moderation_duration_seconds",
			Help:    "Time the moderation engine took per contribution.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1},
		}),
		store: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "avis_store_duration_seconds",
			Help:    "Time a store call took, by operation.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5},
		}, []string{"op"}),
		rateLimited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "avis_rate_limited_total",
			Help: "Submissions refused with 429, by the policy that refused them.",
		}, []string{"policy"}),
		screened: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "avis_screened_total",
			Help: "Submissions caught by anti-automation, by reason (honeypot, too_fast, duplicate).",
		}, []string{"reason"}),
		fallback: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "avis_ratelimit_fallback_decisions_total",
			Help: "Rate-limit decisions taken on this instance's memory because Redis did not answer.",
		}),
	}
	m.registry.MustRegister(m.submissions, m.flags, m.moderation, m.store, m.rateLimited, m.screened, m.fallback,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	for _, d := range []moderation.Decision{moderation.Publish, moderation.Review, moderation.Reject} {
		m.submissions.WithLabelValues(string(d)) // expose zeros from the start
	}
	if limiter != nil && limiter.UsesRedis() {
		m.registry.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "avis_redis_fallback",
			Help: "1 while Redis is unavailable and rate limits and duplicate windows are kept on this instance, 0 otherwise.",
		}, func() float64 {
			if limiter.Degraded() {
				return 1
			}
			return 0
		}))
	}
	return m
}

// handler serves the registry in Prometheus's text format.
func (m *metrics) handler() gin.HandlerFunc {
	h := promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
	return func(c *gin.Context) {
		c.Header("Cache-Control", "no-store")
		h.ServeHTTP(c.Writer, c.Request)
	}
}

// instrumentedModerator times the engine and applies anti-automation
// verdicts (see antiautomation.go) to its result.
type instrumentedModerator struct {
	next    Moderator
	metrics *metrics
}

// Moderate runs the engine, records its latency and holds a suspect
// submission for review.
func (m instrumentedModerator) Moderate(ctx context.Context, in moderation.Input) (moderation.Result, error) {
	start := time.Now()
	res, err := m.next.Moderate(ctx, in)
	m.metrics.moderation.Observe(time.Since(start).Seconds())
	if err != nil {
		return res, err
	}
	if sus, ok := ctx.Value(suspicionKey{}).(*suspicion); ok && sus.reason != "" {
		res = holdForReview(res, sus)
	}
	return res, nil
}

// instrumentedStore times every store call, counts stored contributions by
// decision and flag, and remembers them for duplicate detection.
type instrumentedStore struct {
	feedback.Store
	metrics *metrics
	limiter *moderation.RateLimiter // nil: no duplicate windows
}

func (s instrumentedStore) observe(op string, start time.Time) {
	s.metrics.store.WithLabelValues(op).Observe(time.Since(start).Seconds())
}

// CreateFeedback stores f, then counts it and opens its duplicate window.
func (s instrumentedStore) CreateFeedback(ctx context.Context, f *feedback.Feedback) (*feedback.Feedback, bool, error) {
	start := time.Now()
	stored, created, err := s.Store.CreateFeedback(ctx, f)
	s.observe("create_feedback", start)
	if err != nil || !created {
		return stored, created, err
	}
	s.metrics.submissions.WithLabelValues(string(stored.Moderation.Decision)).Inc()
	for _, k := range stored.Moderation.FlagKinds() {
		s.metrics.flags.WithLabelValues(k).Inc()
	}
	if sus, ok := ctx.Value(suspicionKey{}).(*suspicion); ok && sus.duplicateKey != "" && s.limiter != nil {
		// The contribution is committed: remember it even if the client has
		// gone meanwhile (the limiter bounds the Redis call itself). A
		// failure only weakens duplicate detection: not the citizen's error.
		_, _, _ = s.limiter.Remember(context.WithoutCancel(ctx), sus.duplicateKey, stored.ID, sus.duplicateWindow)
	}
	return stored, created, err
}

// GetService times the lookup.
func (s instrumentedStore) GetService(ctx context.Context, slug string) (*feedback.Service, error) {
	defer s.observe("get_service", time.Now())
	return s.Store.GetService(ctx, slug)
}

// GetFeedback times the lookup.
func (s instrumentedStore) GetFeedback(ctx context.Context, id string) (*feedback.Feedback, error) {
	defer s.observe("get_feedback", time.Now())
	return s.Store.GetFeedback(ctx, id)
}

// ListFeedback times the listing.
func (s instrumentedStore) ListFeedback(ctx context.Context, f feedback.Filter) (*feedback.Page, error) {
	defer s.observe("list_feedback", time.Now())
	return s.Store.ListFeedback(ctx, f)
}

// SetStatus times the decision.
func (s instrumentedStore) SetStatus(ctx context.Context, c feedback.StatusChange) (*feedback.Feedback, error) {
	defer s.observe("set_status", time.Now())
	return s.Store.SetStatus(ctx, c)
}

// AddAnswer times the answer.
func (s instrumentedStore) AddAnswer(ctx context.Context, a *feedback.Answer, actor string) error {
	defer s.observe("add_answer", time.Now())
	return s.Store.AddAnswer(ctx, a, actor)
}

// Stats times the summary.
func (s instrumentedStore) Stats(ctx context.Context, f feedback.StatsFilter) (*feedback.Stats, error) {
	defer s.observe("stats", time.Now())
	return s.Store.Stats(ctx, f)
}

// Ping times the readiness check.
func (s instrumentedStore) Ping(ctx context.Context) error {
	defer s.observe("ping", time.Now())
	return s.Store.Ping(ctx)
}
