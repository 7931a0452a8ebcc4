package moderation

import (
	"context"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// Redis client timeouts set by NewRedisClient: a rate limit or a duplicate
// check must fail fast and fall back rather than hold a submission.
const (
	RedisDialTimeout = 250 * time.Millisecond
	RedisIOTimeout   = 200 * time.Millisecond
	RedisPoolTimeout = 250 * time.Millisecond
)

// NewRedisClient returns a Redis client for url (redis://[user:pass@]host:port/db
// or rediss://) with the short timeouts a RateLimiter needs: context
// deadlines honoured, RedisDialTimeout, RedisIOTimeout for reads and writes,
// RedisPoolTimeout, no command retries and a single dial retry. It does not
// connect.
func NewRedisClient(url string) (*redis.Client, error) {
	opt, err := redis.ParseURL(url)
	if err != nil {
		return nil, fmt.Errorf("redis URL: %w", err)
	}
	opt.ContextTimeoutEnabled = true
	opt.DialTimeout = RedisDialTimeout
	opt.ReadTimeout = RedisIOTimeout
	opt.WriteTimeout = RedisIOTimeout
	opt.PoolTimeout = RedisPoolTimeout
	opt.MaxRetries = -1 // go-redis: -1 disables retries
	// A refused connection should fail at once, not after go-redis's five
	// dial attempts 100ms apart.
	opt.DialerRetries = 1
	opt.DialerRetryTimeout = 10 * time.Millisecond
	return redis.NewClient(opt), nil
}

// Ping checks Redis for a readiness probe and updates the fallback state
// from the answer. It returns nil when no Redis is configured.
func (l *RateLimiter) Ping(ctx context.Context) error {
	s := l.store
	if s.redis == nil {
		return nil
	}
	rctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	err := s.redis.Ping(rctx).Err()
	switch {
	case err == nil:
		s.markUp()
	case ctx.Err() == nil:
		s.markDown(err)
	}
	return err
}
