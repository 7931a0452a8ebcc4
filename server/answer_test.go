package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/notify"
)

func TestAnswerIsMaskedSignedByTeamAndNotified(t *testing.T) {
	h := newStaffHarness(t, nil)
	published := h.seed(t, "caf-94", feedback.StatusPending, "Dossier perdu deux fois", "Dossier perdu deux fois")
	// The author left an e-mail: set it through a real submission path.
	sub := h.mustSubmit(t, `{"service":"demo","rating":"bad","text":"Dossier perdu deux fois, personne ne répond.","email":"jeanne.martin@example.fr"}`)
	mod := h.login(t, "mod-caf")
	if resp, body := mod.postJSON(t, "/api/v1/moderation/feedback/"+published.ID+"/decision", `{"action":"publish"}`); resp.StatusCode != 200 {
		t.Fatalf("publish: %d %s", resp.StatusCode, body)
	}
	stored, _ := h.store.GetFeedback(context.Background(), sub.ID)
	if stored.Status != feedback.StatusPublished {
		h.login(t, "admin").postJSON(t, "/api/v1/moderation/feedback/"+sub.ID+"/decision", `{"action":"publish"}`)
	}

	ans := h.login(t, "ans-demo")
	resp, body := ans.postJSON(t, "/api/v1/feedback/"+sub.ID+"/answers",
		`{"text":"Bonjour, votre dossier est retrouvé. Mme Durand vous rappellera au 06 12 34 56 78."}`)
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("answer: %d %s", resp.StatusCode, body)
	}
	var res answerResult
	if err := json.Unmarshal([]byte(body), &res); err != nil {
		t.Fatal(err)
	}
	want := "Bonjour, votre dossier est retrouvé. Mme [nom masqué] vous rappellera au [téléphone masqué]."
	if res.Answer.Text != want || res.Answer.Team != "Équipe démo" || !res.Notified {
		t.Fatalf("answer = %+v notified=%v; want masked text %q signed by the team", res.Answer, res.Notified, want)
	}

	// The public view shows the answer, signed by the team, never the
	// answerer's name nor the author's e-mail.
	pub, pubBody := h.do(t, http.MethodGet, "/api/v1/feedback/"+sub.ID, "", "", nil)
	if pub.StatusCode != http.StatusOK || !strings.Contains(string(pubBody), want) || !strings.Contains(string(pubBody), "Équipe démo") {
		t.Fatalf("public view: %d %s", pub.StatusCode, pubBody)
	}
	for _, secret := range []string{"jeanne.martin", "Agent démo", "ans-demo", "Durand", "06 12"} {
		if strings.Contains(string(pubBody), secret) {
			t.Errorf("public view shows %q: %s", secret, pubBody)
		}
	}
	mail := h.mail(t)
	if !strings.Contains(mail, "To: jeanne.martin@example.fr") || !strings.Contains(mail, "> "+want) || strings.Contains(mail, "Durand") {
		t.Fatalf("notice:\n%s", mail)
	}
	trail, _ := h.store.Audit(context.Background(), sub.ID)
	if last := trail[len(trail)-1]; last.Actor != "ans-demo" {
		t.Fatalf("answer not in the audit trail by its author: %+v", last)
	}

	t.Run("a second answer sends no second notice", func(t *testing.T) {
		resp, body := ans.postJSON(t, "/api/v1/feedback/"+sub.ID+"/answers", `{"text":"Précision : le dossier est complet."}`)
		if resp.StatusCode != http.StatusCreated || strings.Contains(body, `"notified":true`) {
			t.Fatalf("second answer: %d %s", resp.StatusCode, body)
		}
		if n := strings.Count(h.mail(t), "From avis "); n != 1 {
			t.Fatalf("%d notices, want 1", n)
		}
	})
	t.Run("answering a contribution without e-mail sends nothing", func(t *testing.T) {
		resp, body := h.login(t, "ans-caf").postJSON(t, "/api/v1/feedback/"+published.ID+"/answers", `{"text":"Merci."}`)
		if resp.StatusCode != http.StatusCreated || strings.Contains(body, `"notified":true`) {
			t.Fatalf("answer: %d %s", resp.StatusCode, body)
		}
		if strings.Count(h.mail(t), "From avis ") != 1 {
			t.Fatalf("a notice went to nobody:\n%s", h.mail(t))
		}
	})
}

func TestBadAnswersChangeNothing(t *testing.T) {
	h := newStaffHarness(t, nil)
	pending := h.seed(t, "caf-94", feedback.StatusPending, "x", "x", feedback.Flag{Kind: "spam", Severity: 1, Reason: "r"})
	published := h.seed(t, "caf-94", feedback.StatusPublished, "y", "y")
	c := h.login(t, "ans-caf")
	tests := []struct {
		name, id, body string
		status         int
	}{
		{"pending contribution cannot be answered", pending.ID, `{"text":"Merci"}`, http.StatusConflict},
		{"empty answer is invalid", published.ID, `{"text":"  "}`, http.StatusBadRequest},
		{"answer too long is invalid", published.ID, `{"text":"` + strings.Repeat("é", feedback.MaxTextBytes) + `"}`, http.StatusBadRequest},
		{"unknown contribution is not found", "01a00000-0000-7000-8000-000000000000", `{"text":"Merci"}`, http.StatusNotFound},
		{"a signature cannot be forged", published.ID, `{"text":"Merci","team":"Le ministre"}`, http.StatusBadRequest},
	}
	before := h.snapshot(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := c.postJSON(t, "/api/v1/feedback/"+tt.id+"/answers", tt.body)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, body)
			}
		})
	}
	if after := h.snapshot(t); after != before {
		t.Fatalf("bad answers changed the store:\n%s\n%s", before, after)
	}
}

func TestOverdueAfterConfiguredDelay(t *testing.T) {
	h := newStaffHarness(t, func(o *StaffOptions) { o.AnswerDelay = 48 * time.Hour })
	waiting := h.seed(t, "caf-94", feedback.StatusPublished, "a", "a")
	answered := h.seed(t, "caf-94", feedback.StatusPublished, "b", "b")
	h.seed(t, "demo", feedback.StatusPublished, "c", "c")
	c := h.login(t, "ans-caf")
	if resp, body := c.postJSON(t, "/api/v1/feedback/"+answered.ID+"/answers", `{"text":"Merci de votre retour."}`); resp.StatusCode != 201 {
		t.Fatalf("answer: %d %s", resp.StatusCode, body)
	}
	overdue := func() []string {
		var out struct{ Items []queueItem }
		c := h.login(t, "ans-caf") // sessions go idle while the clock jumps
		if code := c.getJSON(t, "/api/v1/moderation/overdue", &out); code != http.StatusOK {
			t.Fatalf("overdue: %d", code)
		}
		var ids []string
		for _, it := range out.Items {
			ids = append(ids, it.ID)
			if it.OriginalText != "" || len(it.Flags) != 0 {
				t.Errorf("an answerer sees the original text or flags: %+v", it)
			}
		}
		return ids
	}
	if got := overdue(); len(got) != 0 {
		t.Fatalf("overdue before the delay: %v", got)
	}
	h.clock.Advance(47 * time.Hour)
	if got := overdue(); len(got) != 0 {
		t.Fatalf("overdue after 47 h: %v", got)
	}
	h.clock.Advance(2 * time.Hour)
	c = h.login(t, "ans-caf")
	if got := overdue(); len(got) != 1 || got[0] != waiting.ID {
		t.Fatalf("overdue after 49 h = %v, want only %s", got, waiting.ID)
	}
	_, page := c.do(t, http.MethodGet, "/moderation/answers", "", "", nil)
	if !strings.Contains(page, "En retard") || strings.Contains(page, answered.ID) {
		t.Fatalf("answers page does not mark the overdue one or lists the answered one:\n%s", page)
	}
}

func TestAnswerFormNotice(t *testing.T) {
	h := newStaffHarness(t, nil)
	f := h.seed(t, "caf-94", feedback.StatusPublished, "y", "y")
	c := h.login(t, "ans-caf")
	resp, _ := c.postForm(t, "/moderation/feedback/"+f.ID+"/answers", url.Values{"text": {"Contactez M. Bernard Petit."}})
	loc := resp.Header.Get("Location")
	if resp.StatusCode != http.StatusSeeOther || !strings.Contains(loc, "done=answer") || !strings.Contains(loc, "masked=person_name") {
		t.Fatalf("answer form: %d %q", resp.StatusCode, loc)
	}
	_, page := c.do(t, http.MethodGet, loc, "", "", nil)
	if !strings.Contains(page, "Réponse publiée.") || !strings.Contains(page, "Équipe relation usagers CAF 94") || strings.Contains(page, "Bernard") {
		t.Fatalf("item page after answering:\n%s", page)
	}
}

func TestQueueDigest(t *testing.T) {
	h := newStaffHarness(t, nil)
	h.seed(t, "caf-94", feedback.StatusPending, "a", "a", feedback.Flag{Kind: "threat", Severity: 4, Reason: "r"})
	h.seed(t, "caf-94", feedback.StatusPending, "b", "b", feedback.Flag{Kind: "abuse", Severity: 2, Reason: "r"})
	h.seed(t, "demo", feedback.StatusPending, "c", "c", feedback.Flag{Kind: "abuse", Severity: 2, Reason: "r"})
	sender := notify.NewFile(h.mailPath, "no-reply@avis.test", nil, nil)
	n, err := SendQueueDigest(context.Background(), DigestOptions{Store: h.store, Accounts: h.store.(feedback.AccountStore),
		Sender: sender, BaseURL: "https://avis.example.fr", Now: time.Now().Add(3 * time.Hour)})
	if err != nil || n != 2 {
		t.Fatalf("SendQueueDigest = %d, %v; want 2 (admin and mod-caf have e-mails)", n, err)
	}
	mail := h.mail(t)
	for _, want := range []string{"To: admin@avis.test", "3 avis attendent une décision (dont 1 menaces)", "To: mod@avis.test",
		"2 avis attendent une décision (dont 1 menaces), le plus ancien depuis 3 h", "https://avis.example.fr/moderation/"} {
		if !strings.Contains(mail, want) {
			t.Errorf("digest lacks %q:\n%s", want, mail)
		}
	}
	if _, err := SendQueueDigest(context.Background(), DigestOptions{Store: h.store}); err == nil {
		t.Error("digest without accounts or sender did not fail")
	}
}
