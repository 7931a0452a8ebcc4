package widget_test

import (
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/avisproject/avis/widget"
)

const maxGzipBytes = 12 * 1024

var update = flag.Bool("update", false, "rewrite README.md's SRI hash and versioned path")

func get(t testing.TB, h http.Handler, method, path string, hdr map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, path, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestHandlerServesCommittedFileWithThirdPartyHeaders(t *testing.T) {
	committed, err := os.ReadFile("widget.js")
	if err != nil {
		t.Fatal(err)
	}
	h := widget.Handler(nil)
	for _, tc := range []struct {
		name, path, cache string
	}{
		{"versioned URL is immutable", "/widget/v" + widget.Version + "/widget.js", "public, max-age=31536000, immutable"},
		{"major alias has a short cache", "/widget/v1/widget.js", "public, max-age=300"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := get(t, h, http.MethodGet, tc.path, nil)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d", rec.Code)
			}
			want := map[string]string{
				"Content-Type":                 "text/javascript; charset=utf-8",
				"Cache-Control":                tc.cache,
				"Access-Control-Allow-Origin":  "*",
				"X-Content-Type-Options":       "nosniff",
				"Cross-Origin-Resource-Policy": "cross-origin",
				"Vary":                         "Accept-Encoding",
			}
			for k, v := range want {
				if got := rec.Header().Get(k); got != v {
					t.Errorf("%s = %q, want %q", k, got, v)
				}
			}
			if !regexp.MustCompile(`^"[0-9a-f]{32}"$`).MatchString(rec.Header().Get("ETag")) {
				t.Errorf("ETag %q is not a quoted content hash", rec.Header().Get("ETag"))
			}
			if !bytes.Equal(rec.Body.Bytes(), committed) {
				t.Error("served widget.js differs from the committed widget/widget.js")
			}
		})
	}
}

func TestHandlerGzipsWhenAccepted(t *testing.T) {
	h := widget.Handler(nil)
	for _, tc := range []struct {
		name, accept string
		gzipped      bool
	}{
		{"gzip accepted", "gzip, deflate, br", true},
		{"gzip with weight accepted", "br;q=1.0, gzip;q=0.8", true},
		{"gzip refused with q=0", "gzip;q=0", false},
		{"no Accept-Encoding gets identity", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := get(t, h, http.MethodGet, "/widget/v1/widget.js", map[string]string{"Accept-Encoding": tc.accept})
			if got := rec.Header().Get("Content-Encoding") == "gzip"; got != tc.gzipped {
				t.Fatalf("gzipped = %v, want %v", got, tc.gzipped)
			}
			body := rec.Body.Bytes()
			if tc.gzipped {
				zr, err := gzip.NewReader(bytes.NewReader(body))
				if err != nil {
					t.Fatal(err)
				}
				if body, err = io.ReadAll(zr); err != nil {
					t.Fatal(err)
				}
			}
			if !bytes.Equal(body, widget.Source()) {
				t.Error("decoded body differs from widget.Source()")
			}
		})
	}
}

func TestWidgetFitsTheGzipBudget(t *testing.T) {
	rec := get(t, widget.Handler(nil), http.MethodGet, "/widget/v1/widget.js", map[string]string{"Accept-Encoding": "gzip"})
	n := rec.Body.Len()
	t.Logf("widget.js: %d bytes, %d bytes gzipped (budget %d)", len(widget.Source()), n, maxGzipBytes)
	if n > maxGzipBytes {
		t.Fatalf("widget.js is %d bytes gzipped, over the %d-byte budget", n, maxGzipBytes)
	}
}

func TestHandlerConditionalRequests(t *testing.T) {
	h := widget.Handler(nil)
	etag := get(t, h, http.MethodGet, "/widget/v1/widget.js", nil).Header().Get("ETag")
	for _, tc := range []struct {
		name, ifNoneMatch string
		code              int
	}{
		{"matching ETag is not modified", etag, http.StatusNotModified},
		{"weak matching ETag is not modified", "W/" + etag, http.StatusNotModified},
		{"ETag in a list is not modified", `"old", ` + etag, http.StatusNotModified},
		{"star is not modified", "*", http.StatusNotModified},
		{"stale ETag gets the body", `"0123"`, http.StatusOK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := get(t, h, http.MethodGet, "/widget/v1/widget.js", map[string]string{"If-None-Match": tc.ifNoneMatch})
			if rec.Code != tc.code {
				t.Fatalf("status %d, want %d", rec.Code, tc.code)
			}
			if tc.code == http.StatusNotModified && rec.Body.Len() != 0 {
				t.Error("304 with a body")
			}
		})
	}
}

func TestHandlerRefusesOtherPathsAndMethods(t *testing.T) {
	h := widget.Handler(nil)
	for _, tc := range []struct {
		name, method, path string
		code               int
	}{
		{"unknown file is 404", http.MethodGet, "/widget/v1/other.js", http.StatusNotFound},
		{"unknown version is 404", http.MethodGet, "/widget/v0.9.0/widget.js", http.StatusNotFound},
		{"directory is 404", http.MethodGet, "/widget/", http.StatusNotFound},
		{"source path is 404", http.MethodGet, "/widget/widget.js", http.StatusNotFound},
		{"POST is 405", http.MethodPost, "/widget/v1/widget.js", http.StatusMethodNotAllowed},
		{"HEAD is 200 without body", http.MethodHead, "/widget/v1/widget.js", http.StatusOK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := get(t, h, tc.method, tc.path, nil)
			if rec.Code != tc.code {
				t.Fatalf("status %d, want %d", rec.Code, tc.code)
			}
			if tc.method == http.MethodHead && rec.Body.Len() != 0 {
				t.Error("HEAD response has a body")
			}
		})
	}
}

func TestHandlerHonoursPrefix(t *testing.T) {
	h := widget.Handler(&widget.Options{Prefix: "/assets/avis"})
	if rec := get(t, h, http.MethodGet, "/assets/avis/v1/widget.js", nil); rec.Code != http.StatusOK {
		t.Errorf("prefixed path: status %d", rec.Code)
	}
	if rec := get(t, h, http.MethodGet, "/widget/v1/widget.js", nil); rec.Code != http.StatusNotFound {
		t.Errorf("default path under another prefix: status %d, want 404", rec.Code)
	}
}

func TestSRIDocumentMatchesServedBytes(t *testing.T) {
	h := widget.Handler(nil)
	rec := get(t, h, http.MethodGet, "/widget/v1/sri.json", nil)
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/json; charset=utf-8" {
		t.Fatalf("status %d, type %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	var doc widget.SRIDocument
	if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	v, ok := doc.Versions[doc.Latest]
	if doc.Latest != widget.Version || !ok {
		t.Fatalf("sri.json = %+v, want latest %s", doc, widget.Version)
	}
	js := get(t, h, http.MethodGet, v.Path, nil)
	if js.Code != http.StatusOK {
		t.Fatalf("path %s from sri.json: status %d", v.Path, js.Code)
	}
	sum := sha512.Sum384(js.Body.Bytes())
	if want := "sha384-" + base64.StdEncoding.EncodeToString(sum[:]); v.Integrity != want || widget.SRI() != want {
		t.Errorf("integrity %q, SRI() %q, want %q", v.Integrity, widget.SRI(), want)
	}
}

// TestReadmePublishesCurrentSRI keeps the README's script tag in step with
// the code: change widget.js, bump Version, paste the new hash.
// Run with -update to rewrite the README's hashes and versioned paths.
func TestReadmePublishesCurrentSRI(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		readme = regexp.MustCompile(`sha384-[A-Za-z0-9+/=]{64}`).ReplaceAll(readme, []byte(widget.SRI()))
		readme = regexp.MustCompile(`/widget/v\d+\.\d+\.\d+/widget\.js`).ReplaceAll(readme, []byte("/widget/v"+widget.Version+"/widget.js"))
		if err := os.WriteFile("README.md", readme, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, want := range []string{"/widget/v" + widget.Version + "/widget.js", widget.SRI()} {
		if !bytes.Contains(readme, []byte(want)) {
			t.Errorf("README.md does not mention %s (widget.js changed: bump widget.Version and update the README)", want)
		}
	}
}

// TestSourceAvoidsUnsafeSinks holds widget.js to what a strict host CSP with
// Trusted Types allows (no markup parsing, no style attributes, no dynamic
// scripts, no eval) and to keeping no data on the citizen's device.
func TestSourceAvoidsUnsafeSinks(t *testing.T) {
	src := string(widget.Source())
	for _, sink := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "'style'", ".style.", "'script'", "setAttribute('style", "DOMParser", "srcdoc",
		// The draft stays in memory: nothing is written to the device.
		"localStorage", "sessionStorage", "indexedDB", "document.cookie"} {
		t.Run("no "+sink, func(t *testing.T) {
			if strings.Contains(src, sink) {
				t.Errorf("widget.js uses %s", sink)
			}
		})
	}
}

// FuzzHandlerHeaders feeds arbitrary conditional and encoding headers: the
// answer is always a 304 without body or a 200 whose body decodes to the
// widget.
func FuzzHandlerHeaders(f *testing.F) {
	h := widget.Handler(nil)
	etag := get(f, h, http.MethodGet, "/widget/v1/widget.js", nil).Header().Get("ETag")
	for _, seed := range [][2]string{{etag, "gzip"}, {"W/" + etag, "br, gzip;q=0"}, {"*", ""}, {`"x", ` + etag, "GZIP;q=0.5"}, {",,,", ";;;"}} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, ifNoneMatch, acceptEncoding string) {
		rec := get(t, h, http.MethodGet, "/widget/v1/widget.js", map[string]string{"If-None-Match": ifNoneMatch, "Accept-Encoding": acceptEncoding})
		switch rec.Code {
		case http.StatusNotModified:
			if rec.Body.Len() != 0 {
				t.Fatal("304 with a body")
			}
		case http.StatusOK:
			body := rec.Body.Bytes()
			if rec.Header().Get("Content-Encoding") == "gzip" {
				zr, err := gzip.NewReader(bytes.NewReader(body))
				if err != nil {
					t.Fatal(err)
				}
				if body, err = io.ReadAll(zr); err != nil {
					t.Fatal(err)
				}
			}
			if !bytes.Equal(body, widget.Source()) {
				t.Fatal("body is not the widget")
			}
		default:
			t.Fatalf("status %d", rec.Code)
		}
	})
}
