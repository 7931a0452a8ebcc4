package server

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/avisproject/avis/feedback/sqlitestore"
)

// openAPIPaths reads the embedded description: path -> set of methods.
func openAPIPaths(t *testing.T) map[string]map[string]bool {
	t.Helper()
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.1") {
		t.Fatalf("openapi version %q, want 3.1.x", doc.OpenAPI)
	}
	out := map[string]map[string]bool{}
	for p, ops := range doc.Paths {
		out[p] = map[string]bool{}
		for m := range ops {
			out[p][strings.ToUpper(m)] = true
		}
	}
	return out
}

var ginParam = regexp.MustCompile(`:([A-Za-z_]+)`)

func TestOpenAPIDescribesEveryAPIRoute(t *testing.T) {
	// The staff side mounted too, so that its routes are checked as well.
	logs := &syncBuffer{}
	st, err := sqlitestore.Open(context.Background(), filepath.Join(t.TempDir(), "avis.db"),
		&sqlitestore.Options{Logger: slog.New(slog.NewTextHandler(logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	h := startHarness(t, st, logs, func(o *Options) { o.Staff = &StaffOptions{Accounts: st} })
	doc := openAPIPaths(t)
	registered := map[string]bool{}
	for _, r := range h.srv.engine.Routes() {
		if !strings.HasPrefix(r.Path, "/api/") && r.Path != "/healthz" && r.Path != "/readyz" {
			continue
		}
		p := ginParam.ReplaceAllString(r.Path, "{$1}")
		registered[r.Method+" "+p] = true
		if !doc[p][r.Method] {
			t.Errorf("%s %s is registered but not described in openapi.json", r.Method, p)
		}
	}
	for p, methods := range doc {
		for m := range methods {
			if !registered[m+" "+p] {
				t.Errorf("%s %s is described in openapi.json but not registered", m, p)
			}
		}
	}
	resp, b := h.do(t, http.MethodGet, "/api/v1/openapi.json", "", "", nil)
	if resp.StatusCode != http.StatusOK || string(b) != string(openAPI) {
		t.Errorf("GET /api/v1/openapi.json: status %d", resp.StatusCode)
	}
}
