package site_test

import (
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/avisproject/avis/examples/site"
)

func serve(h http.Handler, method, path string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, path, nil))
	return rec
}

func TestPagesEmbedTheWidgetUnderStrictCSP(t *testing.T) {
	h := site.Handler(nil)
	for _, tc := range []struct{ name, path, lang string }{
		{"French page at root", "/", "fr"},
		{"English page under /en/", "/en/", "en"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := serve(h, http.MethodGet, tc.path)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d", rec.Code)
			}
			body := rec.Body.String()
			if !strings.Contains(body, `<html lang="`+tc.lang+`">`) {
				t.Errorf("page is not in %s", tc.lang)
			}
			tag := `<script src="/widget/v1/widget.js" data-service="demo" data-procedure="carte-grise" data-lang="` + tc.lang + `" data-avis-mount="#avis" async></script>`
			if !strings.Contains(body, tag) {
				t.Errorf("page lacks the widget tag %s", tag)
			}
			if n := len(regexp.MustCompile(`<script\b`).FindAllString(body, -1)); n != 1 {
				t.Errorf("%d script elements, want only the widget's", n)
			}
			if regexp.MustCompile(`<style\b|\sstyle=|\son[a-z]+=`).MatchString(body) {
				t.Error("page has inline style or event handler attributes")
			}
			csp := rec.Header().Get("Content-Security-Policy")
			for _, d := range []string{"script-src 'self'", "connect-src 'self'", "style-src 'self'", "require-trusted-types-for 'script'"} {
				if !strings.Contains(csp, d) {
					t.Errorf("CSP %q lacks %q", csp, d)
				}
			}
		})
	}
}

func TestOptionsChangeServiceAndWidgetOrigin(t *testing.T) {
	h := site.Handler(&site.Options{Service: "caf-94", Procedure: "prime-activite", WidgetSrc: "https://avis.example.fr/widget/v1/widget.js"})
	rec := serve(h, http.MethodGet, "/")
	body := rec.Body.String()
	for _, want := range []string{`src="https://avis.example.fr/widget/v1/widget.js"`, `data-service="caf-94"`, `data-procedure="prime-activite"`} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	csp := rec.Header().Get("Content-Security-Policy")
	for _, want := range []string{"script-src 'self' https://avis.example.fr", "connect-src 'self' https://avis.example.fr", "style-src 'self';"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
}

func TestHandlerServesAssetsAndRefusesTheRest(t *testing.T) {
	h := site.Handler(nil)
	for _, tc := range []struct {
		name, method, path string
		code               int
		ctype              string
	}{
		{"stylesheet is served", http.MethodGet, "/static/site.css", http.StatusOK, "text/css; charset=utf-8"},
		{"unknown page is 404", http.MethodGet, "/nope", http.StatusNotFound, ""},
		{"unknown asset is 404", http.MethodGet, "/static/nope.css", http.StatusNotFound, ""},
		{"POST is 405", http.MethodPost, "/", http.StatusMethodNotAllowed, ""},
		{"HEAD of the page is 200", http.MethodHead, "/", http.StatusOK, "text/html; charset=utf-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := serve(h, tc.method, tc.path)
			if rec.Code != tc.code {
				t.Fatalf("status %d, want %d", rec.Code, tc.code)
			}
			if tc.ctype != "" && rec.Header().Get("Content-Type") != tc.ctype {
				t.Errorf("Content-Type %q, want %q", rec.Header().Get("Content-Type"), tc.ctype)
			}
		})
	}
}
