package server

import (
	"net/http"
	"strings"
	"testing"

	"github.com/avisproject/avis/feedback"
)

func TestPublicServicePage(t *testing.T) {
	h := newStaffHarness(t, nil)
	pub := h.mustSubmit(t, `{"service":"demo","rating":"good","text":"Accueil rapide et agréable, merci.","email":"paul.durand@example.fr"}`)
	pending := h.seed(t, "demo", feedback.StatusPending, "En attente de relecture", "En attente de relecture",
		feedback.Flag{Kind: "abuse", Severity: 2, Reason: "r"})
	rejected := h.seed(t, "demo", feedback.StatusRejected, "Refusé pour injure", "Refusé pour injure")
	if resp, body := h.login(t, "ans-demo").postJSON(t, "/api/v1/feedback/"+pub.ID+"/answers", `{"text":"Merci de votre retour !"}`); resp.StatusCode != 201 {
		t.Fatalf("answer: %d %s", resp.StatusCode, body)
	}
	tests := []struct {
		name, path, lang string
		status           int
		want, absent     []string
	}{
		{"published contributions and answers are shown", "/s/demo", "fr", 200,
			[]string{`<html lang="fr">`, "Accueil rapide et agréable, merci.", "Réponse de Équipe démo", `id="avis-` + pub.ID + `"`, "1 avis publiés"},
			[]string{pending.Text, rejected.Text, "paul.durand", "Agent démo", "<script"}},
		{"English is served on request", "/s/demo", "en", 200, []string{`<html lang="en">`, "Answer from Équipe démo"}, nil},
		{"unknown service is not found", "/s/nowhere", "fr", 404, nil, nil},
		{"bad cursor is invalid", "/s/demo?cursor=bogus", "fr", 400, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := h.do(t, http.MethodGet, tt.path, "", "", http.Header{"Accept-Language": {tt.lang}})
			page := string(body)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, page)
			}
			for _, w := range tt.want {
				if !strings.Contains(page, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			for _, a := range tt.absent {
				if strings.Contains(page, a) {
					t.Errorf("page shows %q", a)
				}
			}
		})
	}
	if resp, _ := h.do(t, http.MethodGet, "/s/-/staff.css", "", "", nil); resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/css") {
		t.Fatalf("stylesheet: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
}

func TestContributionPage(t *testing.T) {
	h := newStaffHarness(t, nil)
	pub := h.mustSubmit(t, `{"service":"demo","procedure":"carte-grise","channel":"counter","rating":"average","clarity":4,"text":"Accueil correct mais deux heures d'attente au guichet."}`)
	if resp, body := h.login(t, "ans-demo").postJSON(t, "/api/v1/feedback/"+pub.ID+"/answers", `{"text":"Nous ouvrons un second guichet le mardi."}`); resp.StatusCode != 201 {
		t.Fatalf("answer: %d %s", resp.StatusCode, body)
	}
	pending := h.seed(t, "demo", feedback.StatusPending, "Texte en attente de relecture", "Texte en attente de relecture",
		feedback.Flag{Kind: "shouting", Severity: 1, Reason: "r"})
	rejected := h.seed(t, "demo", feedback.StatusRejected, "Refusé pour injure", "Refusé pour injure")
	tests := []struct {
		name, path, lang string
		status           int
		cache            string
		want, absent     []string
	}{
		{"a published contribution shows its text, figures and answers", "/s/demo/avis/" + pub.ID, "fr", 200, "public, max-age=60",
			[]string{`<html lang="fr">`, "<h1>Un avis sur Démo</h1>", "deux heures d&#39;attente", "Moyennement satisfait", "Au guichet", "carte-grise",
				"4 sur 5", "Réponse de Équipe démo", "Nous ouvrons un second guichet", `href="../../../s/demo"`, `href="../../../s/-/staff.css?v=`},
			[]string{"<script", "Agent démo"}},
		{"a published contribution reads in English", "/s/demo/avis/" + pub.ID + "?lang=en", "fr", 200, "public, max-age=60",
			[]string{`<html lang="en">`, "Feedback about Démo", "At a counter", "Fairly satisfied", "Answer from Équipe démo", `href="../../../s/demo?lang=en"`}, nil},
		{"a pending contribution says it waits for a moderator", "/s/demo/avis/" + pending.ID, "fr", 200, "no-cache",
			[]string{"Il sera lu par un modérateur avant sa publication"}, []string{pending.Text, "Mécontent", "Au guichet"}},
		{"a pending contribution waits in English", "/s/demo/avis/" + pending.ID, "en-GB,en;q=0.8", 200, "no-cache",
			[]string{"A moderator will read it before it is published"}, []string{pending.Text}},
		{"a rejected contribution is not found", "/s/demo/avis/" + rejected.ID, "fr", 404, "no-store",
			[]string{"Page introuvable", `<html lang="fr">`}, []string{rejected.Text}},
		{"an unknown contribution is not found", "/s/demo/avis/nope", "en", 404, "no-store", []string{"Page not found"}, nil},
		{"a contribution under another service is not found", "/s/caf-94/avis/" + pub.ID, "fr", 404, "no-store", nil, []string{"deux heures"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := h.do(t, http.MethodGet, tt.path, "", "", http.Header{"Accept-Language": {tt.lang}})
			page := string(body)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, page)
			}
			if got := resp.Header.Get("Cache-Control"); got != tt.cache {
				t.Errorf("Cache-Control %q, want %q", got, tt.cache)
			}
			if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "script-src") {
				t.Errorf("CSP %q lets scripts run", csp)
			}
			if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			for _, w := range tt.want {
				if !strings.Contains(page, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			for _, a := range tt.absent {
				if strings.Contains(page, a) {
					t.Errorf("page shows %q", a)
				}
			}
		})
	}
	t.Run("the service page links each story to its page", func(t *testing.T) {
		_, body := h.do(t, http.MethodGet, "/s/demo", "", "", nil)
		if want := `href="../s/demo/avis/` + pub.ID + `"`; !strings.Contains(string(body), want) {
			t.Errorf("service page lacks %s", want)
		}
	})
	t.Run("the submission's url is the contribution's page", func(t *testing.T) {
		if want := h.ts.URL + "/s/demo/avis/" + pub.ID; pub.URL != want {
			t.Fatalf("url %q, want %q", pub.URL, want)
		}
		resp, body := h.do(t, http.MethodGet, strings.TrimPrefix(pub.URL, h.ts.URL), "", "", nil)
		if resp.StatusCode != 200 || !strings.Contains(string(body), "deux heures") {
			t.Errorf("the url answers %d", resp.StatusCode)
		}
	})
}
