package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/netip"
	"slices"
	"strings"
	"testing"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/moderation"
)

const validBody = `{"service":"demo","procedure":"carte-grise","channel":"online","rating":"average","clarity":3,"help":4,` +
	`"text":"Dossier traité en trois semaines, mais personne au téléphone.","email":"lea@example.org","idempotency_key":"k-1"}`

func TestSubmitRefusesBadInputAndStoresNothing(t *testing.T) {
	h := newHarness(t, nil)
	tooBig := `{"service":"demo","rating":"good","text":"` + strings.Repeat("a", DefaultMaxBodyBytes) + `"}`
	tests := []struct {
		name        string
		contentType string
		body        string
		header      http.Header
		status      int
		code        string
		field       string
	}{
		{"text/plain is 415", "text/plain", validBody, nil, 415, "invalid", ""},
		{"form is 415", "application/x-www-form-urlencoded", "service=demo", nil, 415, "invalid", ""},
		{"no content type is 415", "", validBody, nil, 415, "invalid", ""},
		{"body over the cap is 413", "application/json", tooBig, nil, 413, "invalid", ""},
		{"broken JSON is 400", "application/json", `{"service":`, nil, 400, "invalid", ""},
		{"empty body is 400", "application/json", ``, nil, 400, "invalid", ""},
		{"an array is 400", "application/json", `[]`, nil, 400, "invalid", ""},
		{"two objects are 400", "application/json", validBody + validBody, nil, 400, "invalid", ""},
		{"unknown field is named", "application/json", `{"service":"demo","rating":"good","text":"ok","nickname":"x"}`, nil, 400, "invalid", "nickname"},
		{"rating of the wrong type is named", "application/json", `{"service":"demo","rating":3,"text":"ok"}`, nil, 400, "invalid", "rating"},
		{"clarity as a string is named", "application/json", `{"service":"demo","rating":"good","clarity":"3","text":"ok"}`, nil, 400, "invalid", "clarity"},
		{"clarity 0 is refused", "application/json", `{"service":"demo","rating":"good","clarity":0,"text":"ok"}`, nil, 400, "invalid", "clarity"},
		{"clarity 6 is refused", "application/json", `{"service":"demo","rating":"good","clarity":6,"text":"ok"}`, nil, 400, "invalid", "clarity"},
		{"clarity 2.5 is refused", "application/json", `{"service":"demo","rating":"good","clarity":2.5,"text":"ok"}`, nil, 400, "invalid", "clarity"},
		{"help 9 is refused", "application/json", `{"service":"demo","rating":"good","help":9,"text":"ok"}`, nil, 400, "invalid", "help"},
		{"invalid UTF-8 in text is named", "application/json", "{\"service\":\"demo\",\"rating\":\"good\",\"text\":\"caf\xe9 \xff\"}", nil, 400, "invalid", "text"},
		{"invalid UTF-8 in email is named", "application/json", "{\"service\":\"demo\",\"rating\":\"good\",\"text\":\"ok\",\"email\":\"\xc3(@x.fr\"}", nil, 400, "invalid", "email"},
		{"unknown rating", "application/json", `{"service":"demo","rating":"great","text":"ok"}`, nil, 400, "invalid", "rating"},
		{"missing rating", "application/json", `{"service":"demo","text":"ok"}`, nil, 400, "invalid", "rating"},
		{"unknown channel", "application/json", `{"service":"demo","rating":"good","channel":"fax","text":"ok"}`, nil, 400, "invalid", "channel"},
		{"unknown author", "application/json", `{"service":"demo","rating":"good","author":"robot","text":"ok"}`, nil, 400, "invalid", "author"},
		{"missing service", "application/json", `{"rating":"good","text":"ok"}`, nil, 400, "invalid", "service"},
		{"service not a slug", "application/json", `{"service":"CAF 94","rating":"good","text":"ok"}`, nil, 400, "invalid", "service"},
		{"unknown service is 404", "application/json", `{"service":"cpam-75","rating":"good","text":"ok"}`, nil, 404, "not_found", "service"},
		{"procedure not a slug", "application/json", `{"service":"demo","procedure":"Carte grise","rating":"good","text":"ok"}`, nil, 400, "invalid", "procedure"},
		{"missing text", "application/json", `{"service":"demo","rating":"good"}`, nil, 400, "invalid", "text"},
		{"blank text", "application/json", `{"service":"demo","rating":"good","text":" \n\t "}`, nil, 400, "invalid", "text"},
		{"text too long", "application/json", `{"service":"demo","rating":"good","text":"` + strings.Repeat("é", feedback.MaxTextBytes/2+1) + `"}`, nil, 400, "invalid", "text"},
		{"bad email", "application/json", `{"service":"demo","rating":"good","text":"ok","email":"Léa <lea@example.org>"}`, nil, 400, "invalid", "email"},
		{"idempotency key too long", "application/json", `{"service":"demo","rating":"good","text":"ok","idempotency_key":"` + strings.Repeat("k", 129) + `"}`, nil, 400, "invalid", "idempotency_key"},
		{"lang too long", "application/json", `{"service":"demo","rating":"good","text":"ok","lang":"` + strings.Repeat("x", 36) + `"}`, nil, 400, "invalid", "lang"},
		{"origin the service does not allow is 403", "application/json", `{"service":"caf-94","rating":"good","text":"ok"}`,
			http.Header{"Origin": {"https://evil.example"}}, 403, "forbidden", "service"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, b := h.do(t, http.MethodPost, "/api/v1/feedback", tt.contentType, tt.body, tt.header)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d; body %s", resp.StatusCode, tt.status, b)
			}
			e := apiError(t, b)
			if e.Code != tt.code || e.Field != tt.field {
				t.Errorf("error %+v, want code %q field %q", e, tt.code, tt.field)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q", ct)
			}
			if n := len(h.stored(t)); n != 0 {
				t.Fatalf("%d contributions stored after a refused submission", n)
			}
		})
	}
	if strings.Contains(h.logs.String(), "level=ERROR") {
		t.Errorf("client errors were logged as errors:\n%s", h.logs)
	}
}

func TestSubmitStoresAndAnswers201AfterCommit(t *testing.T) {
	h := newHarness(t, nil)
	resp, b := h.submit(t, validBody, nil)
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("status %d: %s", resp.StatusCode, b)
	}
	var out map[string]any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "status", "text", "flags", "url"} {
		if _, ok := out[k]; !ok {
			t.Errorf("answer lacks %q: %s", k, b)
		}
	}
	id, _ := out["id"].(string)
	if out["url"] != h.ts.URL+"/s/demo/avis/"+id || resp.Header.Get("Location") != out["url"] {
		t.Errorf("url %v, Location %q", out["url"], resp.Header.Get("Location"))
	}
	if strings.Contains(string(b), "lea@example.org") {
		t.Errorf("the answer shows the e-mail: %s", b)
	}
	all := h.stored(t)
	if len(all) != 1 || all[0].ID != id {
		t.Fatalf("stored %d contributions, want the one answered", len(all))
	}
	f := all[0]
	if f.Email != "lea@example.org" || f.OriginalText == "" || f.Clarity != 3 || f.Help != 4 ||
		f.Channel != feedback.ChannelOnline || f.Procedure != "carte-grise" || f.Author != feedback.AuthorCitizen {
		t.Errorf("stored %+v", f)
	}
	if want := HashClient(testKey, netip.MustParseAddr("127.0.0.1")); f.ClientHash != want {
		t.Errorf("client hash %q, want the keyed hash of 127.0.0.1 %q", f.ClientHash, want)
	}
	if strings.Contains(f.ClientHash, "127.0.0.1") {
		t.Errorf("the address itself is stored")
	}
}

func TestSubmitRetryReturnsTheFirstWith200(t *testing.T) {
	h := newHarness(t, nil)
	first := h.mustSubmit(t, validBody)
	retry := strings.Replace(validBody, "Dossier traité", "Dossier enfin traité", 1)
	resp, b := h.submit(t, retry, nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("retry: status %d: %s", resp.StatusCode, b)
	}
	var again submitResponse
	if err := json.Unmarshal(b, &again); err != nil {
		t.Fatal(err)
	}
	if again.ID != first.ID || again.Text != first.Text {
		t.Errorf("retry answered %+v, want the first %+v", again, first)
	}
	if n := len(h.stored(t)); n != 1 {
		t.Errorf("%d contributions stored, want 1", n)
	}
	otherService := strings.Replace(validBody, `"demo"`, `"caf-94"`, 1)
	h.mustSubmit(t, otherService) // the key is per service
	if n := len(h.stored(t)); n != 2 {
		t.Errorf("%d contributions stored, want 2", n)
	}
}

func TestApplyModerationMapsDecisionsToStatuses(t *testing.T) {
	tests := []struct {
		decision moderation.Decision
		want     feedback.Status
	}{
		{moderation.Publish, feedback.StatusPublished},
		{moderation.Review, feedback.StatusPending},
		{moderation.Reject, feedback.StatusRejected},
		{"", feedback.StatusPending}, // an unknown verdict is read by a person
	}
	for _, tt := range tests {
		t.Run(string(tt.decision)+" is "+string(tt.want), func(t *testing.T) {
			f := &feedback.Feedback{Text: "Appelez Mme Durand au 06 12 34 56 78"}
			applyModeration(f, moderation.Result{
				Text: "Appelez [nom masqué] au [téléphone masqué]", Lang: "fr", Decision: tt.decision,
				Flags: []moderation.Flag{
					{Kind: moderation.KindPersonName, Severity: moderation.SeverityInfo, Reason: "nom", Spans: []moderation.Span{{Start: 8, End: 18}}},
					{Kind: moderation.KindPersonalData, Severity: moderation.SeverityInfo, Reason: "téléphone", Spans: []moderation.Span{{Start: 22, End: 36}}},
				},
			})
			if f.Status != tt.want {
				t.Errorf("status %q, want %q", f.Status, tt.want)
			}
			if f.Text != "Appelez [nom masqué] au [téléphone masqué]" || f.Moderation.Lang != "fr" ||
				string(f.Moderation.Decision) != string(tt.decision) {
				t.Errorf("moderation not recorded: %+v", f)
			}
			kinds := f.Moderation.FlagKinds()
			if len(kinds) != 2 || kinds[0] != "person_name" || kinds[1] != "personal_data" ||
				f.Moderation.Flags[1].Spans[0] != (feedback.Span{Start: 22, End: 36}) {
				t.Errorf("flags %+v", f.Moderation.Flags)
			}
		})
	}
}

func TestSubmitFailsWithoutStoringWhenTheStoreIsDown(t *testing.T) {
	h := newHarness(t, nil)
	h.store.Close()
	resp, b := h.submit(t, validBody, nil)
	if resp.StatusCode != http.StatusInternalServerError {
		t.Fatalf("status %d: %s", resp.StatusCode, b)
	}
	if e := apiError(t, b); e.Code != "internal" || e.Message != "internal error" {
		t.Errorf("error %+v: an internal error must not show details", e)
	}
	if !strings.Contains(h.logs.String(), "level=ERROR msg=\"internal error\"") {
		t.Errorf("internal error not logged:\n%s", h.logs)
	}
}

func TestSubmitAndReadOnPostgres(t *testing.T) {
	h := newPostgresHarness(t, nil)
	first := h.mustSubmit(t, validBody)
	resp, b := h.submit(t, validBody, nil)
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(b), first.ID) {
		t.Errorf("retry: status %d: %s", resp.StatusCode, b)
	}
	resp, b = h.submit(t, `{"service":"demo","rating":"great","text":"ok"}`, nil)
	if resp.StatusCode != http.StatusBadRequest || apiError(t, b).Field != "rating" {
		t.Errorf("bad rating: status %d: %s", resp.StatusCode, b)
	}
	resp, b = h.submit(t, `{"service":"cpam-75","rating":"good","text":"ok"}`, nil)
	if resp.StatusCode != http.StatusNotFound || apiError(t, b).Field != "service" {
		t.Errorf("unknown service: status %d: %s", resp.StatusCode, b)
	}
	if n := len(h.stored(t)); n != 1 {
		t.Errorf("%d contributions stored, want 1", n)
	}
	resp, b = h.do(t, http.MethodGet, "/api/v1/services/demo/feedback", "", "", nil)
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(b), first.ID) || strings.Contains(string(b), "lea@example.org") {
		t.Errorf("list: status %d: %s", resp.StatusCode, b)
	}
}

func TestSubmitStatusFollowsTheEnginesDecision(t *testing.T) {
	h := newHarness(t, nil)
	tests := []struct {
		name, text string
		status     string
		flag       string
		absent     string
	}{
		{"a fair complaint is published", "Trois mois pour traiter mon dossier de prime d'activité, c'est beaucoup trop long.", "published", "", ""},
		{"a phone number is masked and published", "Rappelez-moi au 06 12 34 56 78, personne ne répond jamais au standard.", "published", "personal_data", "06 12 34 56 78"},
		{"shouting waits for a moderator", "C'EST INADMISSIBLE, TROIS MOIS SANS AUCUNE RÉPONSE À MES COURRIERS !!!", "pending", "shouting", ""},
		{"a threat is rejected", "Si mon dossier n'avance pas je vais revenir et je vais vous tuer.", "rejected", "threat", ""},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := h.mustSubmit(t, fmt.Sprintf(`{"service":"demo","rating":"bad","text":%q,"idempotency_key":"decision-%d"}`, tt.text, i))
			if r.Status != tt.status || (tt.flag != "" && !slices.Contains(r.Flags, tt.flag)) {
				t.Errorf("answered %+v, want status %s with flag %q", r, tt.status, tt.flag)
			}
			if tt.absent != "" && strings.Contains(r.Text, tt.absent) {
				t.Errorf("published text %q still holds %q", r.Text, tt.absent)
			}
			f, err := h.store.GetFeedback(context.Background(), r.ID)
			if err != nil {
				t.Fatal(err)
			}
			if string(f.Status) != tt.status || f.OriginalText != tt.text || f.Text != r.Text || f.Moderation.Lang != "fr" {
				t.Errorf("stored %+v", f)
			}
		})
	}
}
