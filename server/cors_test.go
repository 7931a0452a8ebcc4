package server

import (
	"net/http"
	"testing"

	"github.com/avisproject/avis/feedback"
)

func TestCORSAllowsOnlyTheServicesOrigins(t *testing.T) {
	h := newHarness(t, nil,
		&feedback.Service{Slug: "caf-94", Name: "CAF", AllowedOrigins: []string{"https://www.caf.fr"}},
		&feedback.Service{Slug: "cpam-75", Name: "CPAM", AllowedOrigins: []string{"https://www.ameli.fr"}},
	)
	preflight := func(origin string) (*http.Response, []byte) {
		return h.do(t, http.MethodOptions, "/api/v1/feedback", "", "", http.Header{
			"Origin":                         {origin},
			"Access-Control-Request-Method":  {"POST"},
			"Access-Control-Request-Headers": {"content-type"},
		})
	}
	t.Run("preflight from an origin some service allows succeeds", func(t *testing.T) {
		resp, b := preflight("https://www.ameli.fr")
		if resp.StatusCode != http.StatusNoContent {
			t.Fatalf("status %d: %s", resp.StatusCode, b)
		}
		hd := resp.Header
		if hd.Get("Access-Control-Allow-Origin") != "https://www.ameli.fr" || hd.Get("Access-Control-Allow-Methods") != "POST" ||
			hd.Get("Access-Control-Allow-Headers") == "" || hd.Get("Access-Control-Allow-Credentials") != "" {
			t.Errorf("headers %v", hd)
		}
	})
	t.Run("preflight from an unknown origin is 403 without CORS headers", func(t *testing.T) {
		resp, b := preflight("https://evil.example")
		if resp.StatusCode != http.StatusForbidden || apiError(t, b).Code != "forbidden" {
			t.Fatalf("status %d: %s", resp.StatusCode, b)
		}
		if resp.Header.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("allowed an unknown origin")
		}
	})
	t.Run("post from the service's origin is readable", func(t *testing.T) {
		resp, b := h.submit(t, `{"service":"caf-94","rating":"good","text":"Bien."}`, http.Header{"Origin": {"https://www.caf.fr"}})
		if resp.StatusCode != http.StatusCreated {
			t.Fatalf("status %d: %s", resp.StatusCode, b)
		}
		hd := resp.Header
		if hd.Get("Access-Control-Allow-Origin") != "https://www.caf.fr" ||
			hd.Get("Access-Control-Expose-Headers") != "Retry-After, RateLimit, RateLimit-Policy" ||
			hd.Get("Access-Control-Allow-Credentials") != "" || hd.Get("Vary") != "Origin" {
			t.Errorf("headers %v", hd)
		}
	})
	t.Run("post to another service than the origin's is 403 and stores nothing", func(t *testing.T) {
		before := len(h.stored(t))
		resp, b := h.submit(t, `{"service":"cpam-75","rating":"good","text":"Bien."}`, http.Header{"Origin": {"https://www.caf.fr"}})
		if resp.StatusCode != http.StatusForbidden {
			t.Fatalf("status %d: %s", resp.StatusCode, b)
		}
		if e := apiError(t, b); e.Code != "forbidden" || e.Field != "service" {
			t.Errorf("error %+v", e)
		}
		if len(h.stored(t)) != before {
			t.Errorf("a refused submission was stored")
		}
	})
	t.Run("same-origin post needs no allowed origin", func(t *testing.T) {
		resp, b := h.submit(t, `{"service":"cpam-75","rating":"good","text":"Bien."}`, http.Header{"Origin": {h.ts.URL}})
		if resp.StatusCode != http.StatusCreated {
			t.Fatalf("status %d: %s", resp.StatusCode, b)
		}
		if resp.Header.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("CORS headers on a same-origin answer")
		}
	})
	t.Run("a wildcard service allows any origin", func(t *testing.T) {
		h := newHarness(t, nil)
		resp, b := h.do(t, http.MethodOptions, "/api/v1/feedback", "", "", http.Header{
			"Origin": {"https://mairie.example"}, "Access-Control-Request-Method": {"POST"}})
		if resp.StatusCode != http.StatusNoContent || resp.Header.Get("Access-Control-Allow-Origin") != "https://mairie.example" {
			t.Fatalf("status %d, headers %v: %s", resp.StatusCode, resp.Header, b)
		}
		resp, b = h.submit(t, `{"service":"demo","rating":"good","text":"Bien."}`, http.Header{"Origin": {"https://mairie.example"}})
		if resp.StatusCode != http.StatusCreated {
			t.Fatalf("status %d: %s", resp.StatusCode, b)
		}
	})
	t.Run("preflight for another method is 405", func(t *testing.T) {
		resp, b := h.do(t, http.MethodOptions, "/api/v1/feedback", "", "", http.Header{
			"Origin": {"https://www.caf.fr"}, "Access-Control-Request-Method": {"DELETE"}})
		if resp.StatusCode != http.StatusMethodNotAllowed {
			t.Fatalf("status %d: %s", resp.StatusCode, b)
		}
	})
}
