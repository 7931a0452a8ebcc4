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
