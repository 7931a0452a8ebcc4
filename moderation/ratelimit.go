package moderation

import (
	"context"
	"fmt"
	"log/slog"
	"net/netip"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/ulule/limiter/v3"
)

// Default rates of a RateLimiter, in ulule/limiter's "limit-period" format.
const (
	// DefaultClientRates limits one client (one address, one IPv6 /64).
	DefaultClientRates = "5-M,50-D"
	// DefaultServiceRates caps bursts on one service, whoever sends them.
	DefaultServiceRates = "300-M"
	// DefaultRedisPrefix starts every Redis key a RateLimiter writes.
	DefaultRedisPrefix = "avis"
	// DefaultRedisTimeout bounds one Redis call before the local fallback.
	DefaultRedisTimeout = 150 * time.Millisecond
	// DefaultProbeInterval is how often a degraded limiter tries Redis again.
	DefaultProbeInterval = 5 * time.Second
)

// NetworkRates gives the clients of one network their own, usually higher,
// rates: a France Services counter or a library where many citizens share
// one address.
type NetworkRates struct {
	Prefix netip.Prefix
	Rates  string // e.g. "60-M,1000-D"
}

// RateLimitOptions configure a RateLimiter. A nil *RateLimitOptions means
// defaults: DefaultClientRates, DefaultServiceRates, the memory store.
type RateLimitOptions struct {
	// Rates per client, such as "5-M,50-D" (S, M, H or D periods, at most
	// one rate per period). "" means DefaultClientRates; "off" disables rate
	// limiting altogether.
	Rates string
	// ServiceRates per service, for bursts; "" means DefaultServiceRates,
	// "off" disables the service limit only.
	ServiceRates string
	// AllowList gives networks their own client rates; the longest matching
	// prefix wins.
	AllowList []NetworkRates
	// Redis, when set, holds the counters and duplicate windows shared by
	// every instance. Its own timeouts should be short (see
	// NewRedisClient); each call is also bounded by RedisTimeout.
	Redis redis.UniversalClient
	// RedisPrefix starts every key; "" means DefaultRedisPrefix.
	RedisPrefix string
	// RedisTimeout bounds one Redis call; 0 means DefaultRedisTimeout.
	RedisTimeout time.Duration
	// ProbeInterval is how long a limiter that lost Redis stays on its local
	// store before trying Redis again; 0 means DefaultProbeInterval.
	ProbeInterval time.Duration
	// Logger receives one line per change of the Redis state; nil discards.
	Logger *slog.Logger
	// Clock decides when to probe Redis again and expires local duplicate
	// windows; nil means time.Now. Counter windows follow the store's clock.
	Clock func() time.Time
}

// Policy is one quota a request is counted against.
type Policy struct {
	Name   string        // "client-minute", "service-minute", ...
	Limit  int64         // requests allowed per window
	Window time.Duration // the window's length
}

// Usage is the state of one policy after a request was counted.
type Usage struct {
	Policy
	Remaining int64         // requests left in the current window
	Reset     time.Duration // time until the current window ends
	Reached   bool          // this request went over the limit
}

// RateRequest names who is asking. The caller passes a keyed hash of the
// client address, never the address, as ClientKey; Addr only selects the
// rates of an allow-listed network and is not kept.
type RateRequest struct {
	ClientKey string
	Addr      netip.Addr
	Service   string
}

// RateDecision is a RateLimiter's verdict on one request.
type RateDecision struct {
	Allowed bool
	// Usage lists the policies the request was counted against, in order;
	// it stops at the first one that refused it.
	Usage []Usage
	// RetryAfter is how long to wait before trying again; 0 when Allowed.
	RetryAfter time.Duration
	// Fallback is true when the decision was taken on the local store
	// because Redis was unavailable.
	Fallback bool
}

// rateSet is a parsed list of rates, one per period, shortest first.
type rateSet []limiter.Rate

// RateLimiter limits submissions per client and per service. It keeps its
// counters in Redis when given a client and falls back to local memory while
// Redis is unavailable, so that a submission is never refused because of
// Redis. It is safe for concurrent use.
type RateLimiter struct {
	disabled bool
	client   rateSet
	service  rateSet
	allow    []allowedNetwork
	store    *fallbackStore
	dups     *duplicates
}

type allowedNetwork struct {
	prefix netip.Prefix
	rates  rateSet
}

// NewRateLimiter returns a RateLimiter configured by opts (nil for
// defaults). It returns an error naming the option when a rate or a network
// does not parse. An unreachable Redis is not an error: the limiter starts
// on its local store and probes Redis until it answers.
func NewRateLimiter(opts *RateLimitOptions) (*RateLimiter, error) {
	if opts == nil {
		opts = &RateLimitOptions{}
	}
	if strings.EqualFold(strings.TrimSpace(opts.Rates), "off") {
		// Duplicate detection still works without rate limits.
		s := newFallbackStore(opts)
		return &RateLimiter{disabled: true, store: s, dups: newDuplicates(s)}, nil
	}
	client, err := ParseRates(defaultString(opts.Rates, DefaultClientRates))
	if err != nil {
		return nil, fmt.Errorf("rate limit: Rates: %w", err)
	}
	var service rateSet
	if !strings.EqualFold(strings.TrimSpace(opts.ServiceRates), "off") {
		if service, err = ParseRates(defaultString(opts.ServiceRates, DefaultServiceRates)); err != nil {
			return nil, fmt.Errorf("rate limit: ServiceRates: %w", err)
		}
	}
	l := &RateLimiter{client: client, service: service}
	for i, n := range opts.AllowList {
		if !n.Prefix.IsValid() {
			return nil, fmt.Errorf("rate limit: AllowList[%d]: invalid network", i)
		}
		rates, err := ParseRates(n.Rates)
		if err != nil {
			return nil, fmt.Errorf("rate limit: AllowList[%d] (%s): %w", i, n.Prefix, err)
		}
		l.allow = append(l.allow, allowedNetwork{prefix: n.Prefix.Masked(), rates: rates})
	}
	l.store = newFallbackStore(opts)
	l.dups = newDuplicates(l.store)
	return l, nil
}

func defaultString(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

// ParseRates parses a comma-separated list of ulule/limiter rates such as
// "5-M,50-D": a positive limit, a dash and a period (S, M, H or D). Each
// period may appear once. The rates come back shortest period first.
func ParseRates(s string) ([]limiter.Rate, error) {
	var rates rateSet
	for part := range strings.SplitSeq(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			return nil, fmt.Errorf("empty rate in %q (want e.g. 5-M,50-D)", s)
		}
		r, err := limiter.NewRateFromFormatted(part)
		if err != nil {
			return nil, fmt.Errorf("rate %q: want limit-period such as 5-M (periods S, M, H, D)", part)
		}
		if r.Limit <= 0 {
			return nil, fmt.Errorf("rate %q: the limit must be positive", part)
		}
		for _, o := range rates {
			if o.Period == r.Period {
				return nil, fmt.Errorf("rate %q: period given twice in %q", part, s)
			}
		}
		rates = append(rates, r)
	}
	for i := 1; i < len(rates); i++ { // insertion sort: at most four rates
		for j := i; j > 0 && rates[j].Period < rates[j-1].Period; j-- {
			rates[j], rates[j-1] = rates[j-1], rates[j]
		}
	}
	return rates, nil
}

// periodName names a period for policy names and Redis keys.
func periodName(d time.Duration) string {
	switch d {
	case time.Second:
		return "second"
	case time.Minute:
		return "minute"
	case time.Hour:
		return "hour"
	case 24 * time.Hour:
		return "day"
	}
	return fmt.Sprintf("%ds", int64(d/time.Second))
}

// Disabled reports whether the limiter was built with Rates "off".
func (l *RateLimiter) Disabled() bool { return l.disabled }

// Degraded reports whether the limiter is running on its local store because
// Redis did not answer. It is false when no Redis was configured.
func (l *RateLimiter) Degraded() bool { return l.store.degraded() }

// UsesRedis reports whether the limiter was given a Redis client (for rate
// limits and duplicate windows).
func (l *RateLimiter) UsesRedis() bool { return l.store.redis != nil }

// Policies returns the policies that apply to a client at addr: its client
// rates, then the service rates.
func (l *RateLimiter) Policies(addr netip.Addr) []Policy {
	if l.disabled {
		return nil
	}
	var ps []Policy
	for _, r := range l.clientRates(addr) {
		ps = append(ps, Policy{Name: "client-" + periodName(r.Period), Limit: r.Limit, Window: r.Period})
	}
	for _, r := range l.service {
		ps = append(ps, Policy{Name: "service-" + periodName(r.Period), Limit: r.Limit, Window: r.Period})
	}
	return ps
}

// clientRates returns the rates of the longest allow-listed network holding
// addr, or the default client rates.
func (l *RateLimiter) clientRates(addr netip.Addr) rateSet {
	addr = addr.Unmap()
	best := -1
	for i, n := range l.allow {
		if addr.IsValid() && n.prefix.Contains(addr) && (best < 0 || n.prefix.Bits() > l.allow[best].prefix.Bits()) {
			best = i
		}
	}
	if best >= 0 {
		return l.allow[best].rates
	}
	return l.client
}

// Allow counts one submission of req and says whether it may go on. Client
// windows are counted first, shortest first, then the service's; counting
// stops at the first policy that refuses, so a refused request does not eat
// into longer windows. Allow never fails: when Redis is unavailable it
// decides on the local store and says so in Fallback.
func (l *RateLimiter) Allow(ctx context.Context, req RateRequest) RateDecision {
	d := RateDecision{Allowed: true}
	if l.disabled {
		return d
	}
	count := func(scope, key string, rates rateSet) bool {
		for _, r := range rates {
			name := scope + "-" + periodName(r.Period)
			c, fallback := l.store.get(ctx, "rl:"+name+":"+key, r)
			d.Fallback = d.Fallback || fallback
			// ulule truncates the window's end to the second: count the
			// started second so that a client waiting Reset finds a new
			// window rather than a refusal, but never more than the window.
			reset := min(time.Duration(max(c.Reset+1-time.Now().Unix(), 0))*time.Second, r.Period)
			d.Usage = append(d.Usage, Usage{
				Policy:    Policy{Name: name, Limit: r.Limit, Window: r.Period},
				Remaining: c.Remaining,
				Reset:     reset,
				Reached:   c.Reached,
			})
			if c.Reached {
				d.Allowed = false
				d.RetryAfter = max(reset, time.Second)
				return false
			}
		}
		return true
	}
	if count("client", req.ClientKey, l.clientRates(req.Addr)) && len(l.service) > 0 {
		count("service", req.Service, l.service)
	}
	return d
}
