package widget_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/avisproject/avis/examples/site"
	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/feedback/sqlitestore"
	"github.com/avisproject/avis/server"
	"github.com/avisproject/avis/widget"
)

// chromiumPath is where Debian's chromium package (installed by
// scripts/test.sh) puts the browser.
const chromiumPath = "/usr/bin/chromium"

// env is everything the browser tests drive: the real avis server on a
// SQLite file, host pages on another origin, a flaky proxy in front of avis,
// and one headless Chromium shared by every subtest.
type env struct {
	store *sqlitestore.Store
	avis  *httptest.Server // API, widget and the demo site at /
	host  *httptest.Server // host pages: another origin than avis
	flaky *flakyProxy      // avis behind a proxy that fails on demand
	// prefixed is another site mounting the same avis under /avis/, as
	// examples/embed does.
	prefixed *httptest.Server
	browser  context.Context // chromedp context that owns the browser
	axe      string          // axe-core's source, injected into pages
	dsfr     string          // version of @gouvfr/dsfr in node_modules
}

// need fails the test in CI and skips it elsewhere when a component the
// browser tests need is missing.
func need(t *testing.T, what string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s is required in CI: %v", what, err)
	}
	t.Skipf("skipping browser tests: %s unavailable (%v); run ./scripts/test.sh or install chromium and run npm ci", what, err)
}

func newEnv(t *testing.T) *env {
	t.Helper()
	_, err := exec.LookPath(chromiumPath)
	need(t, "chromium ("+chromiumPath+")", err)
	modules := filepath.Join("..", "node_modules")
	axe, err := os.ReadFile(filepath.Join(modules, "axe-core", "axe.min.js"))
	need(t, "axe-core (npm ci)", err)
	dsfrDist := filepath.Join(modules, "@gouvfr", "dsfr", "dist")
	_, err = os.Stat(filepath.Join(dsfrDist, "dsfr.min.css"))
	need(t, "@gouvfr/dsfr (npm ci)", err)

	ctx := context.Background()
	st, err := sqlitestore.Open(ctx, filepath.Join(t.TempDir(), "avis.db"), nil)
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.CreateService(ctx, &feedback.Service{Slug: "demo", Name: "Démonstration", AllowedOrigins: []string{"*"}}); err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(&server.Options{
		Store:         st,
		Moderator:     newModerator(t),
		ClientHashKey: []byte("browser-tests-client-hash-key-32"),
		Widget:        widget.Handler(nil),
		// The tests fill forms faster than people: testAntiAutomation
		// checks what the widget reports instead.
		MinFillTime: -1,
		Root:        site.Handler(nil),
	})
	if err != nil {
		t.Fatalf("server.New: %v", err)
	}
	e := &env{store: st, axe: string(axe), dsfr: packageVersion(t, filepath.Join(dsfrDist, "..", "package.json"))}
	e.avis = httptest.NewServer(srv)
	t.Cleanup(e.avis.Close)
	e.flaky = newFlakyProxy(srv)
	flakySrv := httptest.NewServer(e.flaky)
	t.Cleanup(flakySrv.Close)
	e.flaky.url = flakySrv.URL
	e.prefixed = newPrefixedSite(t, st)
	e.host = httptest.NewServer(e.hostPages(t, dsfrDist))
	t.Cleanup(e.host.Close)
	e.browser = startBrowser(t)
	return e
}

// newPrefixedSite serves avis on st under /avis/ of its own origin, with
// the BaseURL such a deployment sets.
func newPrefixedSite(t *testing.T, st feedback.Store) *httptest.Server {
	t.Helper()
	ts := httptest.NewUnstartedServer(nil)
	srv, err := server.New(&server.Options{
		Store:         st,
		Moderator:     newModerator(t),
		ClientHashKey: []byte("browser-tests-client-hash-key-32"),
		Widget:        widget.Handler(nil),
		MinFillTime:   -1,
		BaseURL:       "http://" + ts.Listener.Addr().String() + "/avis",
	})
	if err != nil {
		t.Fatalf("server.New: %v", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/avis/", http.StripPrefix("/avis", srv))
	ts.Config.Handler = mux
	ts.Start()
	t.Cleanup(ts.Close)
	return ts
}

// startBrowser starts one headless Chromium for the whole test.
func startBrowser(t *testing.T) context.Context {
	t.Helper()
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		need(t, "a running chromium", err)
	}
	return ctx
}

// hostPage is what the host page templates get.
type hostPage struct {
	Lang, Src, Service, Color string
	Mount                     string // data-avis-mount, "" for floating
	Integrity                 string // the script's SRI integrity attribute
	Bare                      bool
	DSFRVersion               string
}

// hostPages serves the pages that embed the widget from another origin:
//
//	/page  a plain page with hostile global CSS (testdata/host.html)
//	/dsfr-page  a page built with the French State design system
//	/dsfr/  the DSFR's files from node_modules
//
// Query parameters: lang (fr, en), mount (1 for #avis, or a selector),
// service (the data-service, possibly empty), sri (good or bad: the
// versioned URL with an integrity attribute), widget (0 for
// none), bare (1 for no host CSS), via (flaky for the failing proxy, prefix
// for avis under /avis/ of another origin), csp
// (strict), color.
func (e *env) hostPages(t *testing.T, dsfrDist string) http.Handler {
	t.Helper()
	tmpl := template.Must(template.ParseFiles("testdata/host.html", "testdata/dsfr.html"))
	mux := http.NewServeMux()
	mux.Handle("GET /dsfr/", http.StripPrefix("/dsfr/", http.FileServer(http.Dir(dsfrDist))))
	mux.HandleFunc("GET /host.css", func(w http.ResponseWriter, r *http.Request) { http.ServeFile(w, r, "testdata/host.css") })
	mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	page := func(name string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			q := r.URL.Query()
			origin := e.avis.URL
			switch q.Get("via") {
			case "flaky":
				origin = e.flaky.url
			case "prefix":
				origin = e.prefixed.URL + "/avis"
			}
			p := hostPage{Lang: "fr", Service: "demo", Mount: q.Get("mount"), Bare: q.Get("bare") == "1", Color: q.Get("color"), DSFRVersion: e.dsfr}
			if p.Mount == "1" {
				p.Mount = "#avis"
			}
			if q.Has("service") {
				p.Service = q.Get("service")
			}
			if l := q.Get("lang"); l != "" {
				p.Lang = l
			}
			if q.Get("widget") != "0" {
				p.Src = origin + "/widget/v1/widget.js"
			}
			switch q.Get("sri") {
			case "good":
				p.Src, p.Integrity = origin+"/widget/v"+widget.Version+"/widget.js", widget.SRI()
			case "bad":
				p.Src, p.Integrity = origin+"/widget/v"+widget.Version+"/widget.js", "sha384-"+strings.Repeat("A", 64)
			}
			if q.Get("csp") == "strict" {
				w.Header().Set("Content-Security-Policy", strictCSP(origin))
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			if err := tmpl.ExecuteTemplate(w, name, p); err != nil {
				t.Errorf("render %s: %v", name, err)
			}
		}
	}
	mux.HandleFunc("GET /page", page("host.html"))
	mux.HandleFunc("GET /dsfr-page", page("dsfr.html"))
	return mux
}

// strictCSP is the policy of a careful host: scripts and API calls only from
// avis's origin, styles only from the page's own origin, Trusted Types on.
func strictCSP(avisOrigin string) string {
	return strings.Join([]string{
		"default-src 'self'",
		"script-src " + avisOrigin,
		"connect-src " + avisOrigin,
		"style-src 'self'",
		"img-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"require-trusted-types-for 'script'",
		"trusted-types 'none'",
	}, "; ")
}

func packageVersion(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, rest, _ := strings.Cut(string(b), `"version": "`)
	v, _, _ := strings.Cut(rest, `"`)
	return v
}

// flakyProxy forwards to avis, but first answers submissions with the
// failures queued in fail: an HTTP status (with Retry-After: 1) or 0 to drop
// the connection. It records the idempotency key and the Cookie header of
// every submission attempt, and the Cookie header of the last page load.
type flakyProxy struct {
	next       http.Handler
	url        string
	mu         sync.Mutex
	fail       []int
	keys       []string
	cookies    []string
	elapsed    []int64  // elapsed_ms of each attempt, -1 when absent
	honeypots  []string // the website field of each attempt, "absent" when absent
	pageCookie string
}

func newFlakyProxy(next http.Handler) *flakyProxy { return &flakyProxy{next: next} }

func (p *flakyProxy) failNext(statuses ...int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.fail = append(p.fail[:0], statuses...)
	p.keys, p.cookies, p.elapsed, p.honeypots = nil, nil, nil, nil
}

func (p *flakyProxy) attempts() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.keys...)
}

// antiAutomation returns the elapsed_ms and website fields of each attempt.
func (p *flakyProxy) antiAutomation() ([]int64, []string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]int64(nil), p.elapsed...), append([]string(nil), p.honeypots...)
}

// sentCookies returns the Cookie header of the last page load and of each
// submission attempt.
func (p *flakyProxy) sentCookies() (page string, submissions []string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.pageCookie, append([]string(nil), p.cookies...)
}

func (p *flakyProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || r.URL.Path != "/api/v1/feedback" {
		if r.URL.Path == "/" {
			p.mu.Lock()
			p.pageCookie = r.Header.Get("Cookie")
			p.mu.Unlock()
		}
		p.next.ServeHTTP(w, r)
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var sub struct {
		Key     string  `json:"idempotency_key"`
		Elapsed *int64  `json:"elapsed_ms"`
		Website *string `json:"website"`
	}
	_ = json.Unmarshal(body, &sub) // avis itself judges the body
	p.mu.Lock()
	p.keys = append(p.keys, sub.Key)
	p.cookies = append(p.cookies, r.Header.Get("Cookie"))
	elapsed, website := int64(-1), "absent"
	if sub.Elapsed != nil {
		elapsed = *sub.Elapsed
	}
	if sub.Website != nil {
		website = *sub.Website
	}
	p.elapsed, p.honeypots = append(p.elapsed, elapsed), append(p.honeypots, website)
	status, failing := 0, len(p.fail) > 0
	if failing {
		status, p.fail = p.fail[0], p.fail[1:]
	}
	p.mu.Unlock()
	switch {
	case !failing:
		r.Body = io.NopCloser(bytes.NewReader(body))
		p.next.ServeHTTP(w, r)
	case status == 0:
		conn, _, err := http.NewResponseController(w).Hijack()
		if err == nil {
			conn.Close()
		}
	default:
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))
		h.Set("Access-Control-Expose-Headers", "Retry-After, RateLimit, RateLimit-Policy")
		h.Set("Retry-After", "1")
		h.Set("Content-Type", "application/json")
		w.WriteHeader(status)
		fmt.Fprintf(w, `{"error":{"code":"internal","message":"%s"}}`, http.StatusText(status))
	}
}
