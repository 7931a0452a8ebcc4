package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/feedback/sqlitestore"
	"github.com/avisproject/avis/moderation"
	"github.com/avisproject/avis/server"
)

// guardKey is the client-hash key shared by the instances of these tests.
var guardKey = []byte("guard-test-key-0123456789abcdef")

// publisher publishes every text as typed, so that these tests see only
// what rate limiting and anti-automation change.
type publisher struct{}

func (publisher) Moderate(_ context.Context, in moderation.Input) (moderation.Result, error) {
	return moderation.Result{Text: in.Text, Lang: "fr", Decision: moderation.Publish}, nil
}

// openStore opens a SQLite store at path with the demo service.
func openStore(t testing.TB, path string) feedback.Store {
	t.Helper()
	ctx := context.Background()
	st, err := sqlitestore.Open(ctx, path, &sqlitestore.Options{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	err = st.CreateService(ctx, &feedback.Service{Slug: "demo", Name: "Démo", AllowedOrigins: []string{"*"}})
	if err != nil && feedback.ErrorCode(err) != feedback.ECONFLICT {
		t.Fatalf("create service: %v", err)
	}
	return st
}

// startInstance serves a new server over loopback.
func startInstance(t testing.TB, st feedback.Store, configure func(*server.Options)) *httptest.Server {
	t.Helper()
	opts := &server.Options{Store: st, Moderator: publisher{}, ClientHashKey: guardKey}
	if configure != nil {
		configure(opts)
	}
	srv, err := server.New(opts)
	if err != nil {
		t.Fatalf("server.New: %v", err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return ts
}

// newLimiter returns a memory limiter with the given client rates.
func newLimiter(t testing.TB, rates string, allow ...moderation.NetworkRates) *moderation.RateLimiter {
	t.Helper()
	l, err := moderation.NewRateLimiter(&moderation.RateLimitOptions{Rates: rates, AllowList: allow})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// answer is a response with its body read.
type answer struct {
	status int
	header http.Header
	body   []byte
}

// post submits fields (a JSON object) to base with extra headers. It may
// run on other goroutines than the test's: it reports with t.Errorf only.
func post(t testing.TB, client *http.Client, base string, fields map[string]any, header map[string]string) answer {
	t.Helper()
	b, err := json.Marshal(fields)
	if err != nil {
		t.Errorf("encode %v: %v", fields, err)
		return answer{}
	}
	req, err := http.NewRequest(http.MethodPost, base+"/api/v1/feedback", strings.NewReader(string(b)))
	if err != nil {
		t.Errorf("request: %v", err)
		return answer{}
	}
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Errorf("POST %s: %v", base, err)
		return answer{}
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Errorf("read the answer of %s: %v", base, err)
	}
	return answer{status: resp.StatusCode, header: resp.Header, body: body}
}

// story returns a valid submission with a text of its own.
func story(text string) map[string]any {
	return map[string]any{"service": "demo", "channel": "online", "rating": "average", "text": text}
}

func TestSubmitOverTheLimitGets429WithHeaders(t *testing.T) {
	st := openStore(t, filepath.Join(t.TempDir(), "avis.db"))
	ts := startInstance(t, st, func(o *server.Options) { o.RateLimiter = newLimiter(t, "3-M,20-D") })
	origin := map[string]string{"Origin": "https://www.caf.fr"}
	var got []int
	var last answer
	for i := range 5 {
		last = post(t, ts.Client(), ts.URL, story(fmt.Sprintf("Attente de %d minutes au guichet.", 10+i)), origin)
		got = append(got, last.status)
	}
	if fmt.Sprint(got) != "[201 201 201 429 429]" {
		t.Fatalf("statuses = %v, want three 201 then 429", got)
	}
	var body struct {
		Error struct{ Code, Message string } `json:"error"`
	}
	if err := json.Unmarshal(last.body, &body); err != nil || body.Error.Code != "rate_limited" || body.Error.Message == "" {
		t.Errorf("429 body = %s, want code rate_limited with a message", last.body)
	}
	h := last.header
	if s, err := strconv.Atoi(h.Get("Retry-After")); err != nil || s < 1 || s > 60 {
		t.Errorf("Retry-After = %q, want 1..60 seconds", h.Get("Retry-After"))
	}
	if got, want := h.Get("RateLimit-Policy"), `"client-minute";q=3;w=60`; got != want {
		t.Errorf("RateLimit-Policy = %q, want %q", got, want)
	}
	if got := h.Get("RateLimit"); !strings.HasPrefix(got, `"client-minute";r=0;t=`) {
		t.Errorf("RateLimit = %q, want the exhausted minute policy", got)
	}
	for _, name := range []string{"Retry-After", "RateLimit", "RateLimit-Policy"} {
		if !strings.Contains(h.Get("Access-Control-Expose-Headers"), name) {
			t.Errorf("Access-Control-Expose-Headers = %q lacks %s", h.Get("Access-Control-Expose-Headers"), name)
		}
	}
	page, err := st.ListFeedback(context.Background(), feedback.Filter{Service: "demo"})
	if err != nil || len(page.Items) != 3 {
		t.Errorf("stored %d contributions (err %v), want the 3 accepted", len(page.Items), err)
	}
}

func TestSubmitWithoutLimiterSendsNoRateHeaders(t *testing.T) {
	ts := startInstance(t, openStore(t, filepath.Join(t.TempDir(), "avis.db")), nil)
	for i := range 8 {
		a := post(t, ts.Client(), ts.URL, story(fmt.Sprintf("Dossier traité en %d jours.", i+2)), nil)
		if a.status != http.StatusCreated || a.header.Get("RateLimit") != "" {
			t.Fatalf("submission %d: status %d, RateLimit %q; want 201 and no header", i, a.status, a.header.Get("RateLimit"))
		}
	}
}

// acceptedFrom submits n stories with X-Forwarded-For set by forwarded(i)
// and counts the 201s.
func acceptedFrom(t *testing.T, ts *httptest.Server, n int, forwarded func(i int) string) int {
	t.Helper()
	ok := 0
	for i := range n {
		a := post(t, ts.Client(), ts.URL, story(fmt.Sprintf("Très bon accueil, merci (%d).", i)),
			map[string]string{"X-Forwarded-For": forwarded(i)})
		switch a.status {
		case http.StatusCreated:
			ok++
		case http.StatusTooManyRequests:
		default:
			t.Fatalf("submission %d: status %d %s", i, a.status, a.body)
		}
	}
	return ok
}

func TestForwardedFor(t *testing.T) {
	spoofed := func(i int) string { return fmt.Sprintf("198.51.100.%d", i+1) }
	tests := []struct {
		name      string
		proxies   []netip.Prefix
		forwarded func(int) string
		want      int
	}{
		{name: "a forged header without trusted proxy does not bypass the limit", forwarded: spoofed, want: 3},
		{name: "a header from an untrusted proxy is ignored", proxies: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}, forwarded: spoofed, want: 3},
		{name: "a trusted proxy's header gives each citizen their own quota", proxies: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")},
			forwarded: func(i int) string { return fmt.Sprintf("198.51.100.%d", i%3+1) }, want: 9},
		{name: "a trusted proxy's header still limits one citizen", proxies: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")},
			forwarded: func(int) string { return "198.51.100.7" }, want: 3},
		{name: "a citizen's forged hop before the trusted proxy changes nothing", proxies: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")},
			forwarded: func(i int) string { return fmt.Sprintf("192.0.2.%d, 198.51.100.7", i+1) }, want: 3},
		{name: "an IPv6 /64 counts as one client", proxies: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")},
			forwarded: func(i int) string { return fmt.Sprintf("2001:db8:1:2::%x", i+1) }, want: 3},
		{name: "an allow-listed counter gets its higher quota", proxies: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")},
			forwarded: func(int) string { return "203.0.113.9" }, want: 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newLimiter(t, "3-M", moderation.NetworkRates{Prefix: netip.MustParsePrefix("203.0.113.0/24"), Rates: "6-M"})
			ts := startInstance(t, openStore(t, filepath.Join(t.TempDir(), "avis.db")), func(o *server.Options) {
				o.RateLimiter = l
				o.TrustedProxies = tt.proxies
			})
			if got := acceptedFrom(t, ts, 12, tt.forwarded); got != tt.want {
				t.Errorf("accepted %d of 12, want %d", got, tt.want)
			}
		})
	}
}

// waitFor polls cond for up to d.
func waitFor(d time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if cond() {
			return true
		}
		time.Sleep(20 * time.Millisecond)
	}
	return cond()
}

func TestServiceBurstLimitStopsManyCitizens(t *testing.T) {
	l, err := moderation.NewRateLimiter(&moderation.RateLimitOptions{Rates: "5-M", ServiceRates: "3-M"})
	if err != nil {
		t.Fatal(err)
	}
	ts := startInstance(t, openStore(t, filepath.Join(t.TempDir(), "avis.db")), func(o *server.Options) {
		o.RateLimiter = l
		o.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}
	})
	var statuses []int
	var last answer
	for i := range 5 {
		last = post(t, ts.Client(), ts.URL, story(fmt.Sprintf("Citoyen %d : bon accueil.", i)),
			map[string]string{"X-Forwarded-For": fmt.Sprintf("198.51.100.%d", i+1)})
		statuses = append(statuses, last.status)
	}
	if fmt.Sprint(statuses) != "[201 201 201 429 429]" {
		t.Fatalf("statuses = %v, want the service's 3 then 429", statuses)
	}
	if got, want := last.header.Get("RateLimit-Policy"), `"client-minute";q=5;w=60, "service-minute";q=3;w=60`; got != want {
		t.Errorf("RateLimit-Policy = %q, want %q", got, want)
	}
	if got := last.header.Get("RateLimit"); !strings.HasPrefix(got, `"client-minute";r=4;t=`) || !strings.Contains(got, `"service-minute";r=0;t=`) {
		t.Errorf("RateLimit = %q, want the citizen's quota intact and the service's exhausted", got)
	}
}
