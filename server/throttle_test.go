package server

import (
	"testing"
	"time"
)

func TestLoginThrottleBackoff(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	th := newLoginThrottle(ThrottleOptions{PerLogin: 2, PerClient: 100, Backoff: time.Second, MaxBackoff: 5 * time.Second, Window: time.Hour}, clock)
	steps := []struct {
		name string
		fail bool
		wait time.Duration
	}{
		{"first failure is free", true, 0},
		{"second failure is free", true, 0},
		{"third failure locks for the base delay", true, time.Second},
		{"fourth failure doubles", true, 2 * time.Second},
		{"fifth failure doubles again", true, 4 * time.Second},
		{"sixth failure is capped", true, 5 * time.Second},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			th.fail("alice", "c1")
			if got := th.wait("alice", "c1"); got != s.wait {
				t.Fatalf("wait = %v, want %v", got, s.wait)
			}
		})
	}
	t.Run("other logins are not locked by alice's failures", func(t *testing.T) {
		if got := th.wait("bob", "c2"); got != 0 {
			t.Fatalf("wait = %v", got)
		}
	})
	t.Run("failures are forgotten after the window", func(t *testing.T) {
		now = now.Add(2 * time.Hour)
		th.fail("alice", "c1")
		if got := th.wait("alice", "c1"); got != 0 {
			t.Fatalf("wait = %v, want 0", got)
		}
	})
	t.Run("success clears the login", func(t *testing.T) {
		th.fail("alice", "c1")
		th.fail("alice", "c1")
		th.succeed("alice")
		if got := th.wait("alice", "c1"); got != 0 {
			t.Fatalf("wait = %v", got)
		}
	})
	t.Run("prune drops stale entries", func(t *testing.T) {
		now = now.Add(3 * time.Hour)
		th.prune(now)
		if len(th.m) != 0 {
			t.Fatalf("%d entries left", len(th.m))
		}
	})
}
