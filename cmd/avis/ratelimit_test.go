package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/netip"
	"reflect"
	"strings"
	"testing"

	"github.com/avisproject/avis/internal/redistest"
	"github.com/avisproject/avis/moderation"
)

func TestParseServeReadsRateLimitFlags(t *testing.T) {
	counter := []moderation.NetworkRates{{Prefix: netip.MustParsePrefix("203.0.113.0/24"), Rates: "60-M,1000-D"}}
	tests := []struct {
		name      string
		args      []string
		env       map[string]string
		redis     string
		rateLimit string
		allow     []moderation.NetworkRates
	}{
		{name: "defaults keep limits in memory at the default rates"},
		{name: "flags are read", args: []string{"--redis", "redis://127.0.0.1:6379/0", "--rate-limit", "3-M,30-D", "--rate-limit-allow", "203.0.113.0/24=60-M,1000-D"},
			redis: "redis://127.0.0.1:6379/0", rateLimit: "3-M,30-D", allow: counter},
		{name: "environment variables are read", env: map[string]string{"AVIS_REDIS": "redis://cache:6379/1", "AVIS_RATE_LIMIT": "off", "AVIS_RATE_LIMIT_ALLOW": "203.0.113.9/24=60-M,1000-D;"},
			redis: "redis://cache:6379/1", rateLimit: "off", allow: counter},
		{name: "a bare address is one host", args: []string{"--rate-limit-allow", "198.51.100.7=30-M ; 2001:db8::/48=40-M"},
			allow: []moderation.NetworkRates{{Prefix: netip.MustParsePrefix("198.51.100.7/32"), Rates: "30-M"}, {Prefix: netip.MustParsePrefix("2001:db8::/48"), Rates: "40-M"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := parseServe(tt.args, envOf(tt.env), io.Discard)
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Redis != tt.redis || cfg.RateLimit != tt.rateLimit || !reflect.DeepEqual(cfg.RateLimitAllow, tt.allow) {
				t.Errorf("got redis %q rate %q allow %+v, want %q %q %+v", cfg.Redis, cfg.RateLimit, cfg.RateLimitAllow, tt.redis, tt.rateLimit, tt.allow)
			}
		})
	}
}

func TestParseServeRefusesBadRateLimitValues(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{name: "unknown period", args: []string{"--rate-limit", "5-W"}, wantErr: "--rate-limit:"},
		{name: "repeated period", args: []string{"--rate-limit", "5-M,6-M"}, wantErr: "--rate-limit:"},
		{name: "allow-list entry without rates", args: []string{"--rate-limit-allow", "203.0.113.0/24"}, wantErr: "--rate-limit-allow:"},
		{name: "allow-list entry with bad rates", args: []string{"--rate-limit-allow", "203.0.113.0/24=lots"}, wantErr: "--rate-limit-allow:"},
		{name: "allow-list entry with a bad network", args: []string{"--rate-limit-allow", "counter=60-M"}, wantErr: "--rate-limit-allow:"},
		{name: "redis URL of another scheme", args: []string{"--redis", "http://cache:6379"}, wantErr: "--redis:"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is an error", func(t *testing.T) {
			_, err := parseServe(tt.args, envOf(nil), io.Discard)
			if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) {
				t.Errorf("error = %v, want one starting %q", err, tt.wantErr)
			}
		})
	}
}

func TestRedisPasswordIsNotRepeatedInErrors(t *testing.T) {
	_, err := parseServe([]string{"--redis", "redis://user:s3cret@cache:notaport"}, envOf(nil), io.Discard)
	if err == nil || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("error = %v, want one without the password", err)
	}
}

func TestNewRateLimiterUsesRedis(t *testing.T) {
	srv := redistest.Start(t)
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))
	cfg := &serveConfig{Redis: srv.URL(), RateLimit: "2-M"}
	l, closeRedis, err := newRateLimiter(context.Background(), cfg, logger)
	if err != nil {
		t.Fatal(err)
	}
	defer closeRedis()
	d := l.Allow(context.Background(), moderation.RateRequest{ClientKey: "k", Service: "demo"})
	if !l.UsesRedis() || l.Degraded() || d.Fallback || !strings.Contains(logs.String(), "on Redis") {
		t.Errorf("UsesRedis %v, Degraded %v, Fallback %v, logs %q; want a limiter on Redis", l.UsesRedis(), l.Degraded(), d.Fallback, logs.String())
	}
}

func TestNewRateLimiterStartsWithoutRedis(t *testing.T) {
	srv := redistest.Start(t)
	srv.Kill()
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))
	l, closeRedis, err := newRateLimiter(context.Background(), &serveConfig{Redis: srv.URL()}, logger)
	if err != nil {
		t.Fatalf("an unreachable Redis stopped serve: %v", err)
	}
	defer closeRedis()
	if !l.Degraded() || !strings.Contains(logs.String(), "Redis does not answer yet") {
		t.Errorf("Degraded %v, logs %q; want a warning and the local fallback", l.Degraded(), logs.String())
	}
}

func FuzzParseAllowList(f *testing.F) {
	for _, s := range []string{"203.0.113.0/24=60-M,1000-D", "198.51.100.7=30-M;2001:db8::/48=40-M", ";;", "=5-M", "10.0.0.0/8=", "a=b=c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		nets, err := parseAllowList(s)
		if err != nil {
			return
		}
		for _, n := range nets {
			if !n.Prefix.IsValid() || n.Prefix != n.Prefix.Masked() {
				t.Fatalf("parseAllowList(%q) gave network %v", s, n.Prefix)
			}
			if _, err := moderation.ParseRates(n.Rates); err != nil {
				t.Fatalf("parseAllowList(%q) gave rates %q: %v", s, n.Rates, err)
			}
		}
		if _, err := moderation.NewRateLimiter(&moderation.RateLimitOptions{AllowList: nets}); err != nil {
			t.Fatalf("parseAllowList(%q) accepted what NewRateLimiter refuses: %v", s, err)
		}
	})
}
