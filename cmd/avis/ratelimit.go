package main

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/avisproject/avis/moderation"
)

// parseAllowList reads --rate-limit-allow: entries separated by ";", each a
// CIDR (or a bare address), "=" and its rates, e.g.
// "203.0.113.0/24=60-M,1000-D; 198.51.100.7=30-M".
func parseAllowList(s string) ([]moderation.NetworkRates, error) {
	var out []moderation.NetworkRates
	for entry := range strings.SplitSeq(s, ";") {
		entry = strings.TrimSpace(entry)
		if entry == "" {
			continue
		}
		cidr, rates, ok := strings.Cut(entry, "=")
		if !ok {
			return nil, fmt.Errorf("%q: want CIDR=rates, e.g. 203.0.113.0/24=60-M,1000-D", entry)
		}
		prefixes, err := parsePrefixes(cidr)
		if err != nil {
			return nil, err
		}
		if len(prefixes) != 1 {
			return nil, fmt.Errorf("%q: want one network before =", entry)
		}
		if _, err := moderation.ParseRates(rates); err != nil {
			return nil, fmt.Errorf("%q: %w", entry, err)
		}
		out = append(out, moderation.NetworkRates{Prefix: prefixes[0], Rates: strings.TrimSpace(rates)})
	}
	return out, nil
}

// checkRates validates --rate-limit: "off" or ulule rates such as 5-M,50-D.
func checkRates(s string) error {
	if strings.EqualFold(strings.TrimSpace(s), "off") {
		return nil
	}
	_, err := moderation.ParseRates(s)
	return err
}

// newRateLimiter builds the limiter of `avis serve`: on Redis when --redis
// is given, in memory otherwise. An unreachable Redis is logged, not fatal:
// the limiter counts locally until Redis answers. The returned function
// closes the Redis client.
func newRateLimiter(ctx context.Context, cfg *serveConfig, logger *slog.Logger) (*moderation.RateLimiter, func(), error) {
	opts := &moderation.RateLimitOptions{Rates: cfg.RateLimit, AllowList: cfg.RateLimitAllow, Logger: logger}
	closeRedis := func() {}
	if cfg.Redis != "" {
		rc, err := moderation.NewRedisClient(cfg.Redis)
		if err != nil {
			return nil, nil, fmt.Errorf("--redis: %w", err)
		}
		opts.Redis = rc
		closeRedis = func() { rc.Close() }
	}
	l, err := moderation.NewRateLimiter(opts)
	if err != nil {
		closeRedis()
		return nil, nil, err
	}
	if cfg.Redis != "" {
		pctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		if err := l.Ping(pctx); err != nil {
			logger.Warn("Redis does not answer yet: rate limits and duplicate windows stay on this instance until it does", "err", err.Error())
		} else {
			logger.Info("rate limits and duplicate windows on Redis")
		}
	}
	return l, closeRedis, nil
}
