package moderation_test

import (
	"bytes"
	"context"
	"log/slog"
	"net/netip"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/avisproject/avis/internal/redistest"
	"github.com/avisproject/avis/moderation"
)

// syncBuffer collects log output from concurrent goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// patient is the Redis timeout of tests about a healthy Redis: on a busy
// machine under -race a call can take longer than a production timeout,
// and a fallback would then spoil an exact count.
const patient = 3 * time.Second

// newRedisLimiter returns a limiter on srv waiting timeout for Redis, with
// a fake clock for probes when clock is not nil.
func newRedisLimiter(t *testing.T, srv *redistest.Server, rates string, timeout time.Duration, clock *fakeClock, logs *syncBuffer) *moderation.RateLimiter {
	t.Helper()
	rc, err := moderation.NewRedisClient(srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rc.Close() })
	opts := &moderation.RateLimitOptions{Rates: rates, ServiceRates: "off", Redis: rc, RedisTimeout: timeout}
	if clock != nil {
		opts.Clock = clock.Now
	}
	if logs != nil {
		opts.Logger = slog.New(slog.NewTextHandler(logs, nil))
	}
	l, err := moderation.NewRateLimiter(opts)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestRateLimiterRedisIsSharedByInstances(t *testing.T) {
	srv := redistest.Start(t)
	a := newRedisLimiter(t, srv, "5-M,50-D", patient, nil, nil)
	b := newRedisLimiter(t, srv, "5-M,50-D", patient, nil, nil)
	req := moderation.RateRequest{ClientKey: "hammer", Addr: netip.MustParseAddr("198.51.100.1"), Service: "demo"}
	var ok, fallback atomic.Int64
	var wg sync.WaitGroup
	for i := range 60 {
		l := a
		if i%2 == 1 {
			l = b
		}
		wg.Go(func() {
			d := l.Allow(context.Background(), req)
			if d.Allowed {
				ok.Add(1)
			}
			if d.Fallback {
				fallback.Add(1)
			}
		})
	}
	wg.Wait()
	if ok.Load() != 5 || fallback.Load() != 0 {
		t.Errorf("two instances accepted %d of 60 concurrent requests (%d on fallback), want exactly 5 on Redis", ok.Load(), fallback.Load())
	}
	if a.Degraded() || b.Degraded() || !a.UsesRedis() {
		t.Errorf("Degraded = %v, %v with Redis up", a.Degraded(), b.Degraded())
	}
}

func TestRateLimiterRedisKilledFallsBackAndRecovers(t *testing.T) {
	srv := redistest.Start(t)
	clock := &fakeClock{now: time.Now()}
	logs := &syncBuffer{}
	l := newRedisLimiter(t, srv, "3-M", patient, clock, logs)
	ctx := context.Background()
	req := func(key string) moderation.RateRequest {
		return moderation.RateRequest{ClientKey: key, Service: "demo"}
	}

	if d := l.Allow(ctx, req("before")); !d.Allowed || d.Fallback {
		t.Fatalf("with Redis up: %+v", d)
	}
	srv.Kill()

	var slowest time.Duration
	ok := 0
	for range 6 {
		start := time.Now()
		d := l.Allow(ctx, req("during"))
		slowest = max(slowest, time.Since(start))
		if !d.Fallback {
			t.Fatalf("decision without Redis did not say Fallback: %+v", d)
		}
		if d.Allowed {
			ok++
		}
	}
	t.Logf("slowest decision with Redis killed: %v", slowest)
	if ok != 3 {
		t.Errorf("local fallback accepted %d of 6, want the 3 of its own window", ok)
	}
	if slowest > 500*time.Millisecond {
		t.Errorf("slowest decision with Redis killed took %v, want well under 500ms", slowest)
	}
	if !l.Degraded() {
		t.Error("Degraded() = false with Redis killed")
	}
	if n := strings.Count(logs.String(), "Redis unavailable"); n != 1 {
		t.Errorf("logged the outage %d times, want once:\n%s", n, logs)
	}

	srv.Restart()
	// Within the probe interval the limiter stays local.
	if d := l.Allow(ctx, req("after")); !d.Fallback {
		t.Errorf("decision before the probe interval went to Redis: %+v", d)
	}
	clock.Advance(moderation.DefaultProbeInterval + time.Second)
	// The restarted Redis lost ulule's scripts: the store must reload them.
	if d := l.Allow(ctx, req("after")); d.Fallback || !d.Allowed {
		t.Errorf("decision after the probe interval: %+v, want Redis again", d)
	}
	if l.Degraded() {
		t.Error("Degraded() = true after Redis came back")
	}
	if n := strings.Count(logs.String(), "Redis answers again"); n != 1 {
		t.Errorf("logged the recovery %d times, want once:\n%s", n, logs)
	}
}

func TestRateLimiterRedisPausedIsBounded(t *testing.T) {
	srv := redistest.Start(t)
	const timeout = 200 * time.Millisecond
	l := newRedisLimiter(t, srv, "3-M", timeout, nil, nil)
	ctx := context.Background()
	// Warm up: connect and load ulule's scripts while Redis answers.
	if err := l.Ping(ctx); err != nil {
		t.Fatal(err)
	}
	l.Allow(ctx, moderation.RateRequest{ClientKey: "k", Service: "demo"})
	srv.Pause()
	defer srv.Resume()
	start := time.Now()
	d := l.Allow(ctx, moderation.RateRequest{ClientKey: "k", Service: "demo"})
	took := time.Since(start)
	t.Logf("decision with Redis frozen took %v", took)
	if !d.Fallback || !d.Allowed {
		t.Errorf("decision with Redis frozen: %+v, want allowed on fallback", d)
	}
	if took < timeout || took > 2*time.Second {
		t.Errorf("decision with Redis frozen took %v, want the %v Redis timeout (and well under 2s)", took, timeout)
	}
	start = time.Now()
	d = l.Allow(ctx, moderation.RateRequest{ClientKey: "k", Service: "demo"})
	if took := time.Since(start); took >= timeout || !d.Fallback {
		t.Errorf("second decision within the probe interval took %v (fallback %v), want no Redis wait", took, d.Fallback)
	}
}

func TestRateLimiterRedisDownAtStart(t *testing.T) {
	srv := redistest.Start(t)
	srv.Kill()
	logs := &syncBuffer{}
	l := newRedisLimiter(t, srv, "2-M", patient, nil, logs)
	if err := l.Ping(context.Background()); err == nil {
		t.Error("Ping succeeded with Redis down")
	}
	got := accepted(t, l, moderation.RateRequest{ClientKey: "k", Service: "demo"}, 4)
	if got != 2 || !l.Degraded() {
		t.Errorf("accepted %d of 4 (degraded %v), want 2 on the local store", got, l.Degraded())
	}
	srv.Restart()
	if err := l.Ping(context.Background()); err != nil || l.Degraded() {
		t.Errorf("Ping after restart = %v, degraded %v; want Redis back", err, l.Degraded())
	}
}

func TestDuplicatesInRedis(t *testing.T) {
	srv := redistest.Start(t)
	a := newRedisLimiter(t, srv, "off", patient, nil, nil)
	b := newRedisLimiter(t, srv, "off", patient, nil, nil)
	ctx := context.Background()
	t.Run("the window follows the contract", func(t *testing.T) {
		checkDuplicates(t, ctx, a, func(d time.Duration) { time.Sleep(d) })
	})
	t.Run("another instance sees the first contribution", func(t *testing.T) {
		if _, ok, err := a.Remember(ctx, "shared", "first", time.Minute); err != nil || !ok {
			t.Fatalf("Remember on a = %v, %v", ok, err)
		}
		if id, ok, err := b.Remember(ctx, "shared", "second", time.Minute); err != nil || ok || id != "first" {
			t.Errorf("Remember on b = %q, %v, %v; want the first from a", id, ok, err)
		}
	})
	t.Run("a killed Redis falls back to local memory", func(t *testing.T) {
		srv.Kill()
		if id, ok, err := a.Remember(ctx, "during", "x", time.Minute); err != nil || !ok || id != "x" {
			t.Fatalf("Remember with Redis down = %q, %v, %v", id, ok, err)
		}
		if id, seen, err := a.SeenRecently(ctx, "during"); err != nil || !seen || id != "x" {
			t.Errorf("SeenRecently with Redis down = %q, %v, %v; want the local entry", id, seen, err)
		}
	})
}
