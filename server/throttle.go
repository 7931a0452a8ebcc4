package server

import (
	"sync"
	"time"
)

// ThrottleOptions limit password guessing. Each login and each client
// (keyed hash of its address) may fail a few times freely; after that every
// further failure locks it for a delay that doubles, up to MaxBackoff. A
// success clears the login's count (not the client's: one client guessing
// many logins stays slowed down).
type ThrottleOptions struct {
	PerLogin   int           // free failures per login; 0 means 5
	PerClient  int           // free failures per client; 0 means 20
	Backoff    time.Duration // first lock; 0 means 1 second
	MaxBackoff time.Duration // longest lock; 0 means 15 minutes
	Window     time.Duration // failures older than this are forgotten; 0 means 1 hour
}

// maxThrottleEntries bounds the throttle's memory under a spray of logins.
const maxThrottleEntries = 100_000

type attempts struct {
	failures int
	last     time.Time
	until    time.Time
}

// loginThrottle counts failed logins per key. Its state is per process:
// with several instances each one throttles on its own, which multiplies
// the allowance by the number of instances but keeps the doubling delay.
type loginThrottle struct {
	mu   sync.Mutex
	opts ThrottleOptions
	now  func() time.Time
	m    map[string]*attempts
}

func newLoginThrottle(o ThrottleOptions, now func() time.Time) *loginThrottle {
	if o.PerLogin <= 0 {
		o.PerLogin = 5
	}
	if o.PerClient <= 0 {
		o.PerClient = 20
	}
	if o.Backoff <= 0 {
		o.Backoff = time.Second
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = 15 * time.Minute
	}
	if o.Window <= 0 {
		o.Window = time.Hour
	}
	return &loginThrottle{opts: o, now: now, m: make(map[string]*attempts)}
}

func loginKey(login string) string   { return "login:" + login }
func clientKey(client string) string { return "client:" + client }

// wait returns how long the caller must wait before trying the login from
// the client again; 0 means now.
func (t *loginThrottle) wait(login, client string) time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	var d time.Duration
	for _, k := range []string{loginKey(login), clientKey(client)} {
		if a := t.m[k]; a != nil && a.until.After(now) {
			d = max(d, a.until.Sub(now))
		}
	}
	return d
}

// fail records a failed attempt for the login and the client.
func (t *loginThrottle) fail(login, client string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	if len(t.m) >= maxThrottleEntries {
		t.prune(now)
	}
	t.bump(loginKey(login), t.opts.PerLogin, now)
	t.bump(clientKey(client), t.opts.PerClient, now)
}

func (t *loginThrottle) bump(key string, free int, now time.Time) {
	a := t.m[key]
	if a == nil || now.Sub(a.last) > t.opts.Window {
		a = &attempts{}
		t.m[key] = a
	}
	a.failures++
	a.last = now
	if over := a.failures - free; over > 0 {
		lock := t.opts.MaxBackoff
		if over <= 30 && t.opts.Backoff<<(over-1) < t.opts.MaxBackoff {
			lock = t.opts.Backoff << (over - 1)
		}
		a.until = now.Add(lock)
	}
}

// succeed forgets the login's failures.
func (t *loginThrottle) succeed(login string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.m, loginKey(login))
}

// prune drops entries whose window has passed and whose lock is over.
func (t *loginThrottle) prune(now time.Time) {
	for k, a := range t.m {
		if now.Sub(a.last) > t.opts.Window && !a.until.After(now) {
			delete(t.m, k)
		}
	}
}
