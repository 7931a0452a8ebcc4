package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/feedback/pgstore"
	"github.com/avisproject/avis/internal/pgtest"
	"github.com/avisproject/avis/internal/redistest"
	"github.com/avisproject/avis/moderation"
	"github.com/avisproject/avis/server"
)

// cluster is two avis instances on one database and one Redis, each with
// its own store handle, Redis client and limiter, as two processes behind a
// load balancer would have.
type cluster struct {
	redis     *redistest.Server
	instances [2]*httptest.Server
	stores    [2]feedback.Store
}

// The Redis bounds of the cluster's limiters: a frozen Redis costs at most
// redisTimeout per probe, and a restarted one is used again within
// probeInterval. patientTimeout is for tests of a healthy Redis on a busy
// machine, where a 100ms timeout could send a call to the local fallback.
const (
	redisTimeout   = 100 * time.Millisecond
	patientTimeout = 3 * time.Second
	probeInterval  = 300 * time.Millisecond
)

// backends are the shared databases the clusters run on: a SQLite file
// opened by both instances, and PostgreSQL, the system of record for
// several instances.
var backends = []string{"sqlite", "postgres"}

// sharedDatabase returns a function opening one more handle on a new
// database of the backend.
func sharedDatabase(t *testing.T, backend string) func() feedback.Store {
	t.Helper()
	switch backend {
	case "sqlite":
		path := filepath.Join(t.TempDir(), "avis.db")
		return func() feedback.Store { return openStore(t, path) }
	case "postgres":
		dsn := pgtest.Start(t)
		return func() feedback.Store {
			ctx := context.Background()
			st, err := pgstore.Open(ctx, dsn, &pgstore.Options{Logger: slog.New(slog.DiscardHandler)})
			if err != nil {
				t.Fatalf("open pgstore: %v", err)
			}
			t.Cleanup(func() { st.Close() })
			err = st.CreateService(ctx, &feedback.Service{Slug: "demo", Name: "Démo", AllowedOrigins: []string{"*"}})
			if err != nil && feedback.ErrorCode(err) != feedback.ECONFLICT {
				t.Fatalf("create service: %v", err)
			}
			return st
		}
	}
	t.Fatalf("unknown backend %q", backend)
	return nil
}

// newCluster starts Redis and two instances on one database of backend,
// whose limiters wait timeout for Redis; trusted makes 127.0.0.1 a trusted
// proxy so that X-Forwarded-For names the citizen.
func newCluster(t *testing.T, backend, rates string, timeout time.Duration, trusted bool) *cluster {
	t.Helper()
	c := &cluster{redis: redistest.Start(t)}
	open := sharedDatabase(t, backend)
	for i := range c.instances {
		rc, err := moderation.NewRedisClient(c.redis.URL())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { rc.Close() })
		l, err := moderation.NewRateLimiter(&moderation.RateLimitOptions{
			Rates: rates, Redis: rc, RedisTimeout: timeout, ProbeInterval: probeInterval,
		})
		if err != nil {
			t.Fatal(err)
		}
		c.stores[i] = open()
		c.instances[i] = startInstance(t, c.stores[i], func(o *server.Options) {
			o.RateLimiter = l
			o.Staff = &server.StaffOptions{Accounts: o.Store.(feedback.AccountStore), InsecureCookies: true}
			if trusted {
				o.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}
			}
		})
	}
	return c
}

func TestTwoInstancesLimitAClientAsOne(t *testing.T) {
	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) {
			c := newCluster(t, backend, "5-M,50-D", patientTimeout, false)
			var created, limited, other atomic.Int64
			var wg sync.WaitGroup
			for w := range 8 {
				wg.Go(func() {
					for i := range 6 {
						ts := c.instances[(w+i)%2]
						a := post(t, ts.Client(), ts.URL, story(fmt.Sprintf("Envoi %d du fil %d.", i, w)), nil)
						switch a.status {
						case http.StatusCreated:
							created.Add(1)
						case http.StatusTooManyRequests:
							limited.Add(1)
						default:
							other.Add(1)
						}
					}
				})
			}
			wg.Wait()
			t.Logf("48 concurrent submissions over two instances: %d accepted, %d limited", created.Load(), limited.Load())
			if created.Load() != 5 || limited.Load() != 43 || other.Load() != 0 {
				t.Errorf("accepted %d, limited %d, other %d; want exactly 5 accepted and 43 limited", created.Load(), limited.Load(), other.Load())
			}
			for i, ts := range c.instances {
				if page := scrape(t, ts.Client(), ts.URL); !strings.Contains(page, "avis_ratelimit_fallback_decisions_total 0") {
					t.Errorf("instance %d decided without Redis: the count above is not Redis's", i)
				}
			}
		})
	}
}

// staffToken creates a user with role on the shared database and returns
// a bearer token acting as them.
func staffToken(t *testing.T, st feedback.AccountStore, login string, role feedback.Role) string {
	t.Helper()
	ctx := context.Background()
	hash, err := feedback.HashPassword("a long enough password")
	if err != nil {
		t.Fatal(err)
	}
	u := &feedback.User{Login: login, DisplayName: login, Role: role, Team: "Équipe CAF", Services: []string{feedback.AllServices}, PasswordHash: hash}
	if err := st.CreateUser(ctx, u); err != nil {
		t.Fatalf("create user %s: %v", login, err)
	}
	secret := feedback.NewSecret(32)
	if err := st.CreateToken(ctx, &feedback.APIToken{Login: login, Name: "multi-instance test", Hash: feedback.HashSecret(secret)}); err != nil {
		t.Fatalf("create token: %v", err)
	}
	return secret
}

// call sends a JSON request with a bearer token and decodes the answer.
func call(t *testing.T, ts *httptest.Server, method, path, token, body string, v any) int {
	t.Helper()
	req, err := http.NewRequest(method, ts.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if v != nil {
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			t.Errorf("%s %s: %d, undecodable answer: %v", method, path, resp.StatusCode, err)
		}
	}
	return resp.StatusCode
}

func TestContributionSubmittedOnOneIsModeratedAndAnsweredOnTheOther(t *testing.T) {
	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) {
			c := newCluster(t, backend, "5-M", patientTimeout, false)
			a, b := c.instances[0], c.instances[1]
			accounts := c.stores[0].(feedback.AccountStore)
			moderator := staffToken(t, accounts, "moderatrice", feedback.RoleModerator)
			answerer := staffToken(t, accounts, "repondant", feedback.RoleAnswerer)

			// Sent too fast for a person: held for review, silently.
			fields := story("Dossier traité en une semaine, merci.")
			fields["elapsed_ms"] = 800
			first := post(t, a.Client(), a.URL, fields, nil)
			id, status, _ := submitted(t, first)
			if first.status != http.StatusCreated || status != "pending" {
				t.Fatalf("submit on A: %d %s, want 201 pending", first.status, first.body)
			}
			// The duplicate window is shared: the same text sent to B returns A's.
			again := post(t, b.Client(), b.URL, story("Dossier traité en une semaine, merci."), nil)
			if againID, _, _ := submitted(t, again); again.status != http.StatusOK || againID != id {
				t.Errorf("same text on B: %d %s, want 200 with %s", again.status, again.body, id)
			}
			if code := call(t, b, http.MethodPost, "/api/v1/moderation/feedback/"+id+"/decision", moderator, `{"action":"publish"}`, nil); code != http.StatusOK {
				t.Fatalf("publish on B: %d", code)
			}
			if code := call(t, b, http.MethodPost, "/api/v1/feedback/"+id+"/answers", answerer, `{"text":"Merci pour votre retour, nous transmettons."}`, nil); code != http.StatusCreated {
				t.Fatalf("answer on B: %d", code)
			}
			var v struct {
				ID, Status string
				Answers    []struct{ Text string }
			}
			if code := call(t, a, http.MethodGet, "/api/v1/feedback/"+id, "", "", &v); code != http.StatusOK || v.Status != "published" || len(v.Answers) != 1 {
				t.Errorf("read on A: %d %+v, want the published contribution with B's answer", code, v)
			}
		})
	}
}

// readyz returns the Redis check of an instance's /readyz and its status.
func readyz(t *testing.T, ts *httptest.Server) (int, string) {
	t.Helper()
	resp, err := ts.Client().Get(ts.URL + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var v struct{ Checks map[string]string }
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, v.Checks["redis"]
}

// flow submits n stories, each from its own citizen, spread over both
// instances by 4 workers; trouble runs once when half of them are sent. It
// returns the slowest answer started before and after trouble, and counts
// answers other than 201.
func flow(t *testing.T, c *cluster, n int, trouble func()) (before, after time.Duration, failed int64) {
	t.Helper()
	var next, bad atomic.Int64
	var troubled atomic.Bool
	var once sync.Once
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				if i == n/2 {
					once.Do(func() { trouble(); troubled.Store(true) })
				}
				late := troubled.Load()
				ts := c.instances[(w+i)%2]
				start := time.Now()
				a := post(t, ts.Client(), ts.URL, story(fmt.Sprintf("Citoyen %d : accueil correct.", i)),
					map[string]string{"X-Forwarded-For": fmt.Sprintf("198.51.%d.%d", 100+i/250, 1+i%250)})
				took := time.Since(start)
				if a.status != http.StatusCreated {
					bad.Add(1)
					t.Errorf("submission %d: %d %s", i, a.status, a.body)
				}
				mu.Lock()
				if late {
					after = max(after, took)
				} else {
					before = max(before, took)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	return before, after, bad.Load()
}

func TestTwoInstancesKeepAnsweringWhenRedisIsKilled(t *testing.T) {
	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) {
			c := newCluster(t, backend, "2-M", redisTimeout, true)
			before, after, failed := flow(t, c, 120, c.redis.Kill)
			t.Logf("120 submissions, Redis killed after 60: slowest answer %v before, %v after; %d not 201", before, after, failed)
			if after > 2*time.Second {
				t.Errorf("slowest answer after Redis died took %v, want under 2s (Redis timeout %v)", after, redisTimeout)
			}
			for i, ts := range c.instances {
				if status, redis := readyz(t, ts); status != http.StatusOK || redis != "fallback" {
					t.Errorf("instance %d /readyz: %d redis=%q, want 200 with redis=fallback", i, status, redis)
				}
				if page := scrape(t, ts.Client(), ts.URL); !strings.Contains(page, "avis_redis_fallback 1") {
					t.Errorf("instance %d /metrics does not show the fallback", i)
				}
			}
			c.redis.Restart()
			for i, ts := range c.instances {
				if !waitFor(5*time.Second, func() bool { _, redis := readyz(t, ts); return redis == "ok" }) {
					t.Errorf("instance %d did not see Redis come back", i)
				}
			}
			// Back on Redis, the two instances share limits again.
			ok := 0
			for i := range 6 {
				ts := c.instances[i%2]
				a := post(t, ts.Client(), ts.URL, story(fmt.Sprintf("Après le retour de Redis (%d).", i)), map[string]string{"X-Forwarded-For": "192.0.2.77"})
				if a.status == http.StatusCreated {
					ok++
				}
			}
			if ok != 2 {
				t.Errorf("after Redis came back one citizen got %d of 6 accepted over both instances, want 2", ok)
			}
		})
	}
}

func TestTwoInstancesKeepAnsweringWhenRedisFreezes(t *testing.T) {
	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) {
			c := newCluster(t, backend, "2-M", redisTimeout, true)
			before, after, failed := flow(t, c, 80, c.redis.Pause)
			defer c.redis.Resume()
			t.Logf("80 submissions, Redis frozen (SIGSTOP) after 40: slowest answer %v before, %v after; %d not 201", before, after, failed)
			if after > 2*time.Second {
				t.Errorf("slowest answer with Redis frozen took %v, want under 2s (Redis timeout %v)", after, redisTimeout)
			}
		})
	}
}
