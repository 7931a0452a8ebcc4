package main

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/avisproject/avis/feedback/sqlitestore"
)

func TestAvisMountedUnderAPrefixBesideTheAgencysRoutes(t *testing.T) {
	ctx := context.Background()
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	st, err := sqlitestore.Open(ctx, filepath.Join(t.TempDir(), "embed.db"), &sqlitestore.Options{Logger: logger})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ts := httptest.NewUnstartedServer(nil)
	avis, err := newAvis(ctx, st, "http://"+ts.Listener.Addr().String()+"/avis", logger)
	if err != nil {
		t.Fatal(err)
	}
	ts.Config.Handler = newMux(avis)
	ts.Start()
	defer ts.Close()

	get := func(path string) (int, string, string) {
		t.Helper()
		resp, err := http.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, resp.Header.Get("Content-Type"), string(b)
	}
	pages := []struct {
		name, path string
		status     int
		contains   string
	}{
		{"the agency's home page links to avis", "/", 200, `href="/avis/s/mairie-exemple"`},
		{"the agency's home page embeds the widget from the prefix", "/", 200, `<script src="/avis/widget/v1/widget.js" data-service="mairie-exemple"`},
		{"the agency's other page is untouched", "/horaires", 200, "Lundi"},
		{"the agency's unknown page is its own 404", "/nothing", 404, "404 page not found"},
		{"avis health under the prefix", "/avis/healthz", 200, `"status":"ok"`},
		{"avis widget, the one that finds its prefix, under the prefix", "/avis/widget/v1/widget.js", 200, "/widget\\/v[^/]+\\/widget\\.js"},
		{"avis public page under the prefix", "/avis/s/mairie-exemple", 200, `href="../s/-/staff.css?v=`},
		{"avis observatory under the prefix", "/avis/dashboard", 200, `href="./s/mairie-exemple"`},
		{"avis API under the prefix", "/avis/api/v1/services/mairie-exemple", 200, `"slug":"mairie-exemple"`},
		{"avis is not at the root", "/api/v1/services/mairie-exemple", 404, ""},
	}
	for _, p := range pages {
		t.Run(p.name, func(t *testing.T) {
			status, _, body := get(p.path)
			if status != p.status || !strings.Contains(body, p.contains) {
				t.Errorf("GET %s: %d %q; want %d containing %q", p.path, status, body, p.status, p.contains)
			}
		})
	}

	resp, err := http.Post(ts.URL+"/avis/api/v1/feedback", "application/json", strings.NewReader(
		`{"service":"mairie-exemple","procedure":"carte-identite","rating":"good","text":"Rendez-vous tenu à l'heure, merci. Appelez-moi au 06 12 34 56 78."}`))
	if err != nil {
		t.Fatal(err)
	}
	var out struct{ ID, Status, Text, URL string }
	err = json.NewDecoder(resp.Body).Decode(&out)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusCreated {
		t.Fatalf("POST: status %d, %v", resp.StatusCode, err)
	}
	if out.Status != "published" || strings.Contains(out.Text, "06 12 34 56 78") {
		t.Errorf("not moderated: %+v", out)
	}
	if want := ts.URL + "/avis/s/mairie-exemple/avis/" + out.ID; out.URL != want {
		t.Errorf("url %q, want %q under the prefix", out.URL, want)
	}
	status, _, body := get(strings.TrimPrefix(out.URL, ts.URL))
	if status != http.StatusOK || !strings.Contains(body, "Rendez-vous tenu à l&#39;heure") || !strings.Contains(body, `href="../../../s/-/staff.css?v=`) {
		t.Errorf("the contribution's page answers %d: %s", status, body)
	}
	status, _, body = get("/avis/api/v1/feedback/" + out.ID)
	if status != http.StatusOK || !strings.Contains(body, out.ID) {
		t.Errorf("the contribution's JSON answers %d: %s", status, body)
	}
	// The stylesheet the pages link to resolves under the prefix.
	css := "/avis/s/-/staff.css"
	if status, ctype, _ := get(css); status != http.StatusOK || !strings.HasPrefix(ctype, "text/css") {
		t.Errorf("GET %s: %d %s", css, status, ctype)
	}
}
