package moderation

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/ulule/limiter/v3"
	"github.com/ulule/limiter/v3/drivers/store/memory"
	redisstore "github.com/ulule/limiter/v3/drivers/store/redis"
)

// fallbackStore counts on Redis while it answers and on local memory when it
// does not. After a failure it stays local for one probe interval, then lets
// a single call try Redis again, so an outage costs at most one timeout per
// interval instead of one per request.
type fallbackStore struct {
	redis   redis.UniversalClient // nil: local only
	prefix  string
	timeout time.Duration
	probe   time.Duration
	logger  *slog.Logger
	clock   func() time.Time
	local   limiter.Store

	mu        sync.Mutex
	remote    limiter.Store // ulule's Redis store, nil until its scripts are loaded
	down      bool
	nextProbe time.Time
}

func newFallbackStore(opts *RateLimitOptions) *fallbackStore {
	s := &fallbackStore{
		redis:   opts.Redis,
		prefix:  defaultString(opts.RedisPrefix, DefaultRedisPrefix),
		timeout: opts.RedisTimeout,
		probe:   opts.ProbeInterval,
		logger:  opts.Logger,
		clock:   opts.Clock,
	}
	if s.timeout <= 0 {
		s.timeout = DefaultRedisTimeout
	}
	if s.probe <= 0 {
		s.probe = DefaultProbeInterval
	}
	if s.logger == nil {
		s.logger = slog.New(slog.DiscardHandler)
	}
	if s.clock == nil {
		s.clock = time.Now
	}
	s.local = memory.NewStoreWithOptions(limiter.StoreOptions{Prefix: s.prefix, CleanUpInterval: time.Minute})
	return s
}

// degraded reports whether Redis is configured and currently not used.
func (s *fallbackStore) degraded() bool {
	if s.redis == nil {
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.down
}

// get counts one hit of key under rate. fallback is true when the local
// store counted it because Redis is configured but did not answer.
func (s *fallbackStore) get(ctx context.Context, key string, rate limiter.Rate) (c limiter.Context, fallback bool) {
	ok := s.withRedis(ctx, func(rctx context.Context) error {
		st, err := s.remoteStore(rctx)
		if err != nil {
			return err
		}
		c, err = st.Get(rctx, key, rate)
		return err
	})
	if ok {
		return c, false
	}
	// The memory store never fails.
	c, _ = s.local.Get(ctx, key, rate)
	return c, s.redis != nil
}

// withRedis runs fn with a bounded context when Redis is configured and
// believed up (or due for a probe). It reports whether fn succeeded; on
// failure it marks Redis down, logging the transition once.
func (s *fallbackStore) withRedis(ctx context.Context, fn func(ctx context.Context) error) bool {
	if s.redis == nil || !s.shouldTry() {
		return false
	}
	rctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	err := fn(rctx)
	if err == nil {
		s.markUp()
		return true
	}
	if ctx.Err() == nil {
		// Only Redis's own failures count: a caller that gave up says
		// nothing about Redis.
		s.markDown(err)
	}
	return false
}

// shouldTry reports whether this call may use Redis. While Redis is down it
// lets one call through per probe interval.
func (s *fallbackStore) shouldTry() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.down {
		return true
	}
	now := s.clock()
	if now.Before(s.nextProbe) {
		return false
	}
	s.nextProbe = now.Add(s.probe)
	return true
}

func (s *fallbackStore) markDown(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextProbe = s.clock().Add(s.probe)
	if s.down {
		return
	}
	s.down = true
	s.logger.Warn("rate limiter: Redis unavailable, counting on this instance until it answers",
		"err", err.Error(), "probe_every", s.probe.String())
}

func (s *fallbackStore) markUp() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.down {
		return
	}
	s.down = false
	s.logger.Info("rate limiter: Redis answers again, counting on Redis")
}

// remoteStore returns ulule's Redis store, building it on first use. Its
// constructor loads Lua scripts without a context, so a bounded PING goes
// first: an unreachable Redis fails within rctx, not the client's timeouts.
func (s *fallbackStore) remoteStore(rctx context.Context) (limiter.Store, error) {
	s.mu.Lock()
	st := s.remote
	s.mu.Unlock()
	if st != nil {
		return st, nil
	}
	if err := s.redis.Ping(rctx).Err(); err != nil {
		return nil, err
	}
	st, err := redisstore.NewStoreWithOptions(s.redis, limiter.StoreOptions{Prefix: s.prefix})
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	if s.remote == nil {
		s.remote = st
	}
	st = s.remote
	s.mu.Unlock()
	return st, nil
}
