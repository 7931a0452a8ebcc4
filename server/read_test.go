package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/avisproject/avis/feedback"
)

// setStatus moves a stored contribution to status, as a moderator would.
func (h *harness) setStatus(t *testing.T, id string, status feedback.Status) {
	t.Helper()
	if _, err := h.store.SetStatus(context.Background(), feedback.StatusChange{
		FeedbackID: id, Status: status, Actor: "moderator-test", Action: string(status),
	}); err != nil {
		t.Fatalf("set status: %v", err)
	}
}

func TestGetFeedbackShowsOnlyWhatIsPublic(t *testing.T) {
	h := newHarness(t, nil)
	published := h.mustSubmit(t, validBody)
	pending := h.mustSubmit(t, strings.Replace(validBody, "k-1", "k-2", 1))
	h.setStatus(t, pending.ID, feedback.StatusPending)
	rejected := h.mustSubmit(t, strings.Replace(validBody, "k-1", "k-3", 1))
	h.setStatus(t, rejected.ID, feedback.StatusRejected)
	if err := h.store.AddAnswer(context.Background(), &feedback.Answer{
		FeedbackID: published.ID, Team: "Équipe relation usagers", Text: "Merci, nous renforçons l'accueil téléphonique.",
	}, "answerer-test"); err != nil {
		t.Fatal(err)
	}
	stored := h.stored(t)
	secrets := []string{"lea@example.org", stored[0].ClientHash, "original_text", "client_hash", "email"}

	t.Run("published is shown with its answers", func(t *testing.T) {
		resp, b := h.do(t, http.MethodGet, "/api/v1/feedback/"+published.ID, "", "", nil)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("status %d: %s", resp.StatusCode, b)
		}
		var v publicFeedback
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatal(err)
		}
		if v.Status != feedback.StatusPublished || v.Text == "" || v.Rating != feedback.RatingAverage ||
			len(v.Answers) != 1 || v.Answers[0].Team != "Équipe relation usagers" || v.PublishedAt.IsZero() {
			t.Errorf("view %+v", v)
		}
		for _, s := range secrets {
			if strings.Contains(string(b), s) {
				t.Errorf("public view shows %q: %s", s, b)
			}
		}
		if resp.Header.Get("Access-Control-Allow-Origin") != "*" || resp.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("headers %v", resp.Header)
		}
	})
	t.Run("pending shows its status only", func(t *testing.T) {
		resp, b := h.do(t, http.MethodGet, "/api/v1/feedback/"+pending.ID, "", "", nil)
		var v map[string]any
		if err := json.Unmarshal(b, &v); err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("status %d: %s", resp.StatusCode, b)
		}
		if v["status"] != "pending" || v["text"] != nil || v["rating"] != nil {
			t.Errorf("pending view shows more than its status: %s", b)
		}
	})
	for name, id := range map[string]string{"rejected is 404": rejected.ID, "unknown is 404": "no-such-id"} {
		t.Run(name, func(t *testing.T) {
			resp, b := h.do(t, http.MethodGet, "/api/v1/feedback/"+id, "", "", nil)
			if resp.StatusCode != http.StatusNotFound || apiError(t, b).Code != "not_found" {
				t.Errorf("status %d: %s", resp.StatusCode, b)
			}
		})
	}
}

func TestListFeedbackPagesThroughPublishedOnly(t *testing.T) {
	h := newHarness(t, nil)
	want := map[string]bool{}
	for i := range 5 {
		proc := "carte-grise"
		if i%2 == 1 {
			proc = "permis"
		}
		r := h.mustSubmit(t, fmt.Sprintf(`{"service":"demo","procedure":%q,"rating":"good","text":"Avis numéro %d, bien reçu."}`, proc, i))
		want[r.ID] = true
	}
	held := h.mustSubmit(t, `{"service":"demo","rating":"bad","text":"En attente de modération."}`)
	h.setStatus(t, held.ID, feedback.StatusPending)
	h.mustSubmit(t, `{"service":"caf-94","rating":"bad","text":"Autre service."}`)

	got := map[string]bool{}
	cursor, pages := "", 0
	for {
		resp, b := h.do(t, http.MethodGet, "/api/v1/services/demo/feedback?limit=2&cursor="+cursor, "", "", nil)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("status %d: %s", resp.StatusCode, b)
		}
		var page feedbackPage
		if err := json.Unmarshal(b, &page); err != nil {
			t.Fatal(err)
		}
		pages++
		for _, it := range page.Items {
			if got[it.ID] || !want[it.ID] {
				t.Errorf("item %s unexpected or repeated", it.ID)
			}
			got[it.ID] = true
		}
		if page.NextCursor == "" {
			break
		}
		cursor = page.NextCursor
	}
	if len(got) != 5 || pages != 3 {
		t.Errorf("%d items over %d pages, want 5 over 3", len(got), pages)
	}

	resp, b := h.do(t, http.MethodGet, "/api/v1/services/demo/feedback?procedure=permis", "", "", nil)
	var page feedbackPage
	if err := json.Unmarshal(b, &page); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, b)
	}
	if len(page.Items) != 2 || page.Items[0].Procedure != "permis" {
		t.Errorf("procedure filter: %s", b)
	}

	errs := []struct {
		name, path string
		status     int
		field      string
	}{
		{"limit not a number", "/api/v1/services/demo/feedback?limit=ten", 400, "limit"},
		{"limit 0", "/api/v1/services/demo/feedback?limit=0", 400, "limit"},
		{"limit over the max", "/api/v1/services/demo/feedback?limit=101", 400, "limit"},
		{"forged cursor", "/api/v1/services/demo/feedback?cursor=bm90LWEtY3Vyc29y", 400, "cursor"},
		{"procedure not a slug", "/api/v1/services/demo/feedback?procedure=Carte%20grise", 400, "procedure"},
		{"unknown service", "/api/v1/services/cpam-75/feedback", 404, ""},
	}
	for _, tt := range errs {
		t.Run(tt.name+" is refused", func(t *testing.T) {
			resp, b := h.do(t, http.MethodGet, tt.path, "", "", nil)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, b)
			}
			if e := apiError(t, b); e.Field != tt.field {
				t.Errorf("field %q, want %q", e.Field, tt.field)
			}
		})
	}
}

func TestGetServiceShowsItsFigures(t *testing.T) {
	h := newHarness(t, nil)
	h.mustSubmit(t, `{"service":"caf-94","rating":"good","text":"Très bon accueil."}`)
	h.mustSubmit(t, `{"service":"caf-94","rating":"bad","text":"Trop d'attente."}`)
	resp, b := h.do(t, http.MethodGet, "/api/v1/services/caf-94", "", "", nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, b)
	}
	var v publicService
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	if v.Slug != "caf-94" || v.Network != "CAF" || v.Stats.Total != 2 || v.Stats.ByRating[feedback.RatingBad] != 1 {
		t.Errorf("service %+v", v)
	}
	if strings.Contains(string(b), "allowed_origins") {
		t.Errorf("service view shows its origins: %s", b)
	}
	resp, b = h.do(t, http.MethodGet, "/api/v1/services/cpam-75", "", "", nil)
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown service: status %d: %s", resp.StatusCode, b)
	}
}
