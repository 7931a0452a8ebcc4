package server

import (
	"net/http"
	"strings"
	"testing"

	"github.com/avisproject/avis/feedback"
)

func TestNewRefusesIncompleteOptions(t *testing.T) {
	h := newHarness(t, nil)
	mod := newModerator(t)
	tests := []struct {
		name string
		opts *Options
	}{
		{"nil options", nil},
		{"no store", &Options{Moderator: mod, ClientHashKey: testKey}},
		{"no moderator", &Options{Store: h.store, ClientHashKey: testKey}},
		{"no key", &Options{Store: h.store, Moderator: mod}},
		{"a short key", &Options{Store: h.store, Moderator: mod, ClientHashKey: []byte("short")}},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is an error", func(t *testing.T) {
			if s, err := New(tt.opts); err == nil || s != nil {
				t.Errorf("New = %v, %v; want an error", s, err)
			}
		})
	}
}

func TestHealthAndReadiness(t *testing.T) {
	h := newHarness(t, nil)
	for _, path := range []string{"/healthz", "/readyz"} {
		resp, b := h.do(t, http.MethodGet, path, "", "", nil)
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(b), `"status":"ok"`) {
			t.Errorf("%s: status %d: %s", path, resp.StatusCode, b)
		}
	}
	h.store.Close()
	resp, b := h.do(t, http.MethodGet, "/readyz", "", "", nil)
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("readyz with a closed store: status %d: %s", resp.StatusCode, b)
	}
	if resp, _ := h.do(t, http.MethodGet, "/healthz", "", "", nil); resp.StatusCode != http.StatusOK {
		t.Errorf("healthz depends on the store: status %d", resp.StatusCode)
	}
}

func TestMountsAndUnknownRoutes(t *testing.T) {
	root := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/boom" {
			panic("root handler failed")
		}
		w.Write([]byte("root " + r.URL.Path)) // no WriteHeader: means 200
	})
	widget := http.StripPrefix("/widget", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		w.Write([]byte("widget " + r.URL.Path))
	}))
	h := newHarness(t, func(o *Options) { o.Root = root; o.Widget = widget })
	tests := []struct {
		name, method, path string
		status             int
		body               string
	}{
		{"root serves /", "GET", "/", 200, "root /"},
		{"root serves other pages", "GET", "/en/", 200, "root /en/"},
		{"widget is mounted", "GET", "/widget/v1/widget.js", 200, "widget /v1/widget.js"},
		{"an unknown API route is a JSON 404", "GET", "/api/v1/nothing", 404, `"code":"not_found"`},
		{"a wrong method is a JSON 405", "DELETE", "/api/v1/feedback", 405, `"code":"invalid"`},
		{"a panic is a JSON 500", "GET", "/boom", 500, `"code":"internal"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, b := h.do(t, tt.method, tt.path, "", "", nil)
			if resp.StatusCode != tt.status || !strings.Contains(string(b), tt.body) {
				t.Errorf("status %d, body %s; want %d with %s", resp.StatusCode, b, tt.status, tt.body)
			}
		})
	}
	if !strings.Contains(h.logs.String(), "root handler failed") {
		t.Errorf("the panic was not logged:\n%s", h.logs)
	}

	bare := newHarness(t, nil)
	resp, b := bare.do(t, http.MethodGet, "/", "", "", nil)
	if resp.StatusCode != http.StatusNotFound || apiError(t, b).Code != feedback.ENOTFOUND {
		t.Errorf("without Root, / is status %d: %s", resp.StatusCode, b)
	}
}

func TestJSONAnswersCarrySecurityHeaders(t *testing.T) {
	h := newHarness(t, nil)
	for _, path := range []string{"/healthz", "/api/v1/services/demo", "/api/v1/nothing", "/api/v1/openapi.json"} {
		resp, _ := h.do(t, http.MethodGet, path, "", "", nil)
		if resp.Header.Get("X-Content-Type-Options") != "nosniff" || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") ||
			resp.Header.Get("Content-Security-Policy") != "default-src 'none'; frame-ancestors 'none'" {
			t.Errorf("%s: headers %v", path, resp.Header)
		}
	}
}
