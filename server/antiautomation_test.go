package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"path/filepath"
	"strings"
	"testing"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/moderation"
	"github.com/avisproject/avis/server"
)

// submitted decodes a 200 or 201 answer.
func submitted(t *testing.T, a answer) (id, status string, flags []string) {
	t.Helper()
	var v struct {
		ID, Status string
		Flags      []string
	}
	if err := json.Unmarshal(a.body, &v); err != nil {
		t.Fatalf("answer %d %s: %v", a.status, a.body, err)
	}
	return v.ID, v.Status, v.Flags
}

func TestAntiAutomation(t *testing.T) {
	with := func(text string, extra map[string]any) map[string]any {
		f := story(text)
		for k, v := range extra {
			f[k] = v
		}
		return f
	}
	tests := []struct {
		name       string
		fields     map[string]any
		wantStatus int
		wantState  string // contribution status, or the error field on 400
		wantSpam   bool
	}{
		{name: "a person's submission is published", fields: with("Accueil rapide et agréable.", map[string]any{"website": "", "elapsed_ms": 45000}),
			wantStatus: 201, wantState: "published"},
		{name: "a submission without the widget fields is published", fields: with("Délai de traitement correct.", nil),
			wantStatus: 201, wantState: "published"},
		{name: "a filled honeypot is held for review silently", fields: with("Super service, visitez mon site.", map[string]any{"website": "https://spam.example"}),
			wantStatus: 201, wantState: "pending", wantSpam: true},
		{name: "a honeypot of another type is held for review", fields: with("Bon service rendu au guichet.", map[string]any{"website": 1}),
			wantStatus: 201, wantState: "pending", wantSpam: true},
		{name: "a form sent too fast is held for review silently", fields: with("Rendez-vous obtenu facilement.", map[string]any{"elapsed_ms": 900}),
			wantStatus: 201, wantState: "pending", wantSpam: true},
		{name: "a malformed fill time is refused naming the field", fields: with("Personnel aimable.", map[string]any{"elapsed_ms": "vite"}),
			wantStatus: 400, wantState: "elapsed_ms"},
		{name: "a negative fill time is refused naming the field", fields: with("Personnel aimable.", map[string]any{"elapsed_ms": -5}),
			wantStatus: 400, wantState: "elapsed_ms"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := openStore(t, filepath.Join(t.TempDir(), "avis.db"))
			ts := startInstance(t, st, func(o *server.Options) { o.RateLimiter = newLimiter(t, "off") })
			a := post(t, ts.Client(), ts.URL, tt.fields, nil)
			if a.status != tt.wantStatus {
				t.Fatalf("status %d %s, want %d", a.status, a.body, tt.wantStatus)
			}
			page, err := st.ListFeedback(context.Background(), feedback.Filter{Service: "demo"})
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantStatus == 400 {
				var e struct{ Error struct{ Code, Field string } }
				if json.Unmarshal(a.body, &e) != nil || e.Error.Code != "invalid" || e.Error.Field != tt.wantState {
					t.Errorf("error = %s, want invalid on %s", a.body, tt.wantState)
				}
				if len(page.Items) != 0 {
					t.Errorf("a refused submission stored %d contributions", len(page.Items))
				}
				return
			}
			_, status, flags := submitted(t, a)
			spam := strings.Contains(fmt.Sprint(flags), "spam")
			if status != tt.wantState || spam != tt.wantSpam {
				t.Errorf("status %q flags %v, want %q (spam flag %v)", status, flags, tt.wantState, tt.wantSpam)
			}
			if len(page.Items) != 1 || string(page.Items[0].Status) != tt.wantState {
				t.Errorf("stored %+v, want one %s contribution", page.Items, tt.wantState)
			}
		})
	}
}

func TestDuplicateReturnsTheFirstContribution(t *testing.T) {
	st := openStore(t, filepath.Join(t.TempDir(), "avis.db"))
	ts := startInstance(t, st, func(o *server.Options) {
		o.RateLimiter = newLimiter(t, "off")
		o.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}
	})
	from := func(addr string) map[string]string { return map[string]string{"X-Forwarded-For": addr} }
	first := post(t, ts.Client(), ts.URL, story("Le conseiller m'a bien aidé pour mon dossier."), from("198.51.100.1"))
	if first.status != http.StatusCreated {
		t.Fatalf("first: %d %s", first.status, first.body)
	}
	firstID, _, _ := submitted(t, first)
	tests := []struct {
		name, text, from string
		same             bool
	}{
		{name: "the same text again returns the first", text: "Le conseiller m'a bien aidé pour mon dossier.", from: "198.51.100.1", same: true},
		{name: "case and spacing do not make it new", text: "  le conseiller m'a BIEN aidé\npour mon dossier. ", from: "198.51.100.1", same: true},
		{name: "another text is new", text: "Le conseiller ne m'a pas aidé.", from: "198.51.100.1", same: false},
		{name: "another citizen with the same text is new", text: "Le conseiller m'a bien aidé pour mon dossier.", from: "198.51.100.2", same: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := post(t, ts.Client(), ts.URL, story(tt.text), from(tt.from))
			id, _, _ := submitted(t, a)
			if tt.same && (a.status != http.StatusOK || id != firstID) {
				t.Errorf("status %d id %s, want 200 with the first %s", a.status, id, firstID)
			}
			if !tt.same && (a.status != http.StatusCreated || id == firstID) {
				t.Errorf("status %d id %s, want 201 with a new contribution", a.status, id)
			}
		})
	}
	page, err := st.ListFeedback(context.Background(), feedback.Filter{Service: "demo"})
	if err != nil || len(page.Items) != 3 {
		t.Errorf("stored %d contributions (err %v), want 3", len(page.Items), err)
	}
}

// FuzzGuardedSubmission sends arbitrary bodies through the guarded
// submission route: whatever the body, the answer is a known status with a
// JSON body, never a 500, and the widget fields never reach the store.
func FuzzGuardedSubmission(f *testing.F) {
	for _, s := range []string{
		`{"service":"demo","rating":"good","text":"Bien reçu.","website":"","elapsed_ms":5000}`,
		`{"service":"demo","rating":"good","text":"x","website":{"a":1},"elapsed_ms":1e400}`,
		`{"service":"demo","rating":"good","text":"x","elapsed_ms":-1}`,
		`{"service":"demo","rating":"good","text":"x","elapsed_ms":"12"}`,
		`{"website":"x"}{"website":"y"}`,
		`{"service":"demo","service":"other","text":"a","text":"b","rating":"bad"}`,
		`[1,2,3]`, `null`, `"website"`, "{\"text\":\"\xff\"}", ``,
	} {
		f.Add(s)
	}
	st := openStore(f, filepath.Join(f.TempDir(), "avis.db"))
	l, err := moderation.NewRateLimiter(&moderation.RateLimitOptions{Rates: "1000000-S", ServiceRates: "off"})
	if err != nil {
		f.Fatal(err)
	}
	srv, err := server.New(&server.Options{Store: st, Moderator: publisher{}, ClientHashKey: guardKey, RateLimiter: l})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body string) {
		req := httptest.NewRequest(http.MethodPost, "/api/v1/feedback", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		switch rec.Code {
		case http.StatusOK, http.StatusCreated, http.StatusBadRequest, http.StatusNotFound, http.StatusRequestEntityTooLarge:
		default:
			t.Fatalf("body %q: status %d %s", body, rec.Code, rec.Body)
		}
		if !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("body %q: answer is not JSON: %s", body, rec.Body)
		}
		if rec.Code == http.StatusCreated && (strings.Contains(rec.Body.String(), `"website"`) || strings.Contains(rec.Body.String(), `"elapsed_ms"`)) {
			t.Fatalf("body %q: widget fields in the answer %s", body, rec.Body)
		}
	})
}
