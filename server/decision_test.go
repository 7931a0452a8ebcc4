package server

import (
	"context"
	"encoding/json"
	"html"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/avisproject/avis/feedback"
)

func TestDecisionsAndAuditTrail(t *testing.T) {
	tests := []decisionCase{
		{name: "publish as proposed", body: `{"action":"publish"}`, wantStatus: feedback.StatusPublished, wantAction: "publish"},
		{name: "edit masks a phone number and a name left in by mistake",
			body:       `{"action":"edit","text":"Accueil lent, rappelée par Mme Durand au 01 45 67 89 10."}`,
			wantStatus: feedback.StatusPublished, wantText: "Accueil lent, rappelée par Mme [nom masqué] au [téléphone masqué].",
			wantAction: "edit", wantMasked: []string{"person_name", "personal_data"}},
		{name: "edit with override publishes as typed and says so",
			body:       `{"action":"edit","text":"La permanence du centre social répond au 06 45 67 89 10.","override":true,"note":"numéro public du service"}`,
			wantStatus: feedback.StatusPublished, wantText: "La permanence du centre social répond au 06 45 67 89 10.",
			wantAction: "edit-override", wantReason: "override: published personal_data as typed — numéro public du service"},
		{name: "clean edit publishes the edited text", body: `{"action":"edit","text":"Accueil lent mais efficace."}`,
			wantStatus: feedback.StatusPublished, wantText: "Accueil lent mais efficace.", wantAction: "edit"},
		{name: "reject with a charter reason", body: `{"action":"reject","reason":"insult","note":"vise l'agente"}`,
			wantStatus: feedback.StatusRejected, wantAction: "reject", wantReason: "insult: Insulting, defamatory or vulgar — vise l'agente"},
		{name: "not a public-service matter", body: `{"action":"not_public_service"}`,
			wantStatus: feedback.StatusRejected, wantAction: "not_public_service", wantReason: "not a public-service matter"},
	}
	for _, store := range stores {
		t.Run(store.name, func(t *testing.T) {
			h := newStaffHarnessOn(t, store.start, nil)
			c := h.login(t, "mod-caf")
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) { testDecision(t, h, c, tt) })
			}
			if !strings.Contains(h.logs.String(), "moderation override") {
				t.Error("the override was not logged")
			}
		})
	}
}

// decisionCase is one row of TestDecisionsAndAuditTrail.
type decisionCase struct {
	name       string
	body       string
	wantStatus feedback.Status
	wantText   string // published text; "" keeps the proposed one
	wantAction string
	wantReason string   // substring of the audit reason
	wantMasked []string // kinds masked again
}

func testDecision(t *testing.T, h *staffHarness, c *client, tt decisionCase) {
	t.Helper()
	f := h.seed(t, "caf-94", feedback.StatusPending, "Accueil ODIEUX", "Accueil ODIEUX",
		feedback.Flag{Kind: "shouting", Severity: 1, Reason: "capitals", Spans: []feedback.Span{{Start: 8, End: 14}}})
	resp, body := c.postJSON(t, "/api/v1/moderation/feedback/"+f.ID+"/decision", tt.body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("decision: %d %s", resp.StatusCode, body)
	}
	var res decisionResult
	if err := json.Unmarshal([]byte(body), &res); err != nil {
		t.Fatal(err)
	}
	if strings.Join(res.Masked, ",") != strings.Join(tt.wantMasked, ",") {
		t.Errorf("masked = %v, want %v", res.Masked, tt.wantMasked)
	}
	got, err := h.store.GetFeedback(context.Background(), f.ID)
	if err != nil {
		t.Fatal(err)
	}
	wantText := tt.wantText
	if wantText == "" {
		wantText = f.Text
	}
	if got.Status != tt.wantStatus || got.Text != wantText || got.OriginalText != f.OriginalText {
		t.Fatalf("stored %s %q (original %q), want %s %q", got.Status, got.Text, got.OriginalText, tt.wantStatus, wantText)
	}
	trail, err := h.store.Audit(context.Background(), f.ID)
	if err != nil || len(trail) != 2 {
		t.Fatalf("audit = %+v, %v; want the engine's entry and the moderator's", trail, err)
	}
	e := trail[1]
	if e.Actor != "mod-caf" || e.Action != tt.wantAction || e.FromStatus != feedback.StatusPending || e.ToStatus != tt.wantStatus ||
		!strings.Contains(e.Reason, tt.wantReason) || e.CreatedAt.IsZero() {
		t.Fatalf("audit entry %+v", e)
	}
	if tt.wantText != "" && (e.TextBefore != f.Text || e.TextAfter != tt.wantText) {
		t.Fatalf("audit before/after = %q / %q", e.TextBefore, e.TextAfter)
	}
}

func TestBadDecisionsChangeNothing(t *testing.T) {
	h := newStaffHarness(t, nil)
	c := h.login(t, "mod-caf")
	f := h.seed(t, "caf-94", feedback.StatusPending, "Texte", "Texte", feedback.Flag{Kind: "spam", Severity: 1, Reason: "link"})
	done := h.seed(t, "caf-94", feedback.StatusPublished, "Déjà publié", "Déjà publié")
	tests := []struct {
		name, id, body string
		status         int
		field          string
	}{
		{"unknown action is invalid", f.ID, `{"action":"delete"}`, 400, "action"},
		{"reason outside the charter is invalid", f.ID, `{"action":"reject","reason":"je n'aime pas"}`, 400, "reason"},
		{"edit without text is invalid", f.ID, `{"action":"edit","text":"   "}`, 400, "text"},
		{"edit too long is invalid", f.ID, `{"action":"edit","text":"` + strings.Repeat("a", feedback.MaxTextBytes+1) + `"}`, 400, "text"},
		{"unknown field is invalid", f.ID, `{"action":"publish","force":true}`, 400, "force"},
		{"decided contribution is a conflict", done.ID, `{"action":"reject","reason":"spam"}`, 409, ""},
		{"unknown contribution is not found", "01a00000-0000-7000-8000-000000000000", `{"action":"publish"}`, 404, ""},
	}
	before := h.snapshot(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := c.postJSON(t, "/api/v1/moderation/feedback/"+tt.id+"/decision", tt.body)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, body)
			}
			if e := apiError(t, []byte(body)); e.Field != tt.field {
				t.Fatalf("field %q, want %q", e.Field, tt.field)
			}
		})
	}
	if after := h.snapshot(t); after != before {
		t.Fatalf("bad decisions changed the store:\n%s\n%s", before, after)
	}
}

func TestQueueOrderAndFilters(t *testing.T) {
	h := newStaffHarness(t, nil)
	abuse := h.seed(t, "caf-94", feedback.StatusPending, "a", "a", feedback.Flag{Kind: "abuse", Severity: 2, Reason: "r"})
	threat := h.seed(t, "caf-94", feedback.StatusPending, "b", "b", feedback.Flag{Kind: "threat", Severity: 4, Reason: "r"},
		feedback.Flag{Kind: "abuse", Severity: 4, Reason: "r"})
	markup := h.seed(t, "caf-94", feedback.StatusPending, "c", "c", feedback.Flag{Kind: "markup", Severity: 2, Reason: "r"})
	other := h.seed(t, "demo", feedback.StatusPending, "d", "d", feedback.Flag{Kind: "abuse", Severity: 2, Reason: "r"})
	h.seed(t, "caf-94", feedback.StatusPublished, "e", "e")
	queue := func(login, query string) []string {
		var out struct {
			Items []queueItem `json:"items"`
			Total int         `json:"total"`
		}
		if code := h.login(t, login).getJSON(t, "/api/v1/moderation/queue"+query, &out); code != http.StatusOK {
			t.Fatalf("queue%s as %s: %d", query, login, code)
		}
		ids := []string{}
		for _, it := range out.Items {
			ids = append(ids, it.ID)
			if it.OriginalText == "" {
				t.Errorf("item %s without its original text", it.ID)
			}
		}
		return ids
	}
	tests := []struct {
		name, login, query string
		want               []string
	}{
		{"threats first then oldest, only the scope", "mod-caf", "", []string{threat.ID, abuse.ID, markup.ID}},
		{"administrator sees every service", "admin", "", []string{threat.ID, abuse.ID, markup.ID, other.ID}},
		{"filter by service", "admin", "?service=demo", []string{other.ID}},
		{"filter by flag kind", "mod-caf", "?kind=abuse", []string{threat.ID, abuse.ID}},
		{"nothing is an hour old yet", "mod-caf", "?older_than=1h", []string{}},
		{"limit keeps the head of the queue", "mod-caf", "?limit=1", []string{threat.ID}},
		{"another scope sees only its own", "mod-demo", "", []string{other.ID}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := queue(tt.login, tt.query); strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Fatalf("queue = %v, want %v", got, tt.want)
			}
		})
	}
	t.Run("two hours later everything is older than an hour", func(t *testing.T) {
		h.clock.Advance(2 * time.Hour)
		if got := queue("mod-caf", "?older_than=1h"); len(got) != 3 {
			t.Fatalf("queue = %v, want 3 items", got)
		}
	})
	for _, q := range []string{"?kind=rude", "?older_than=soon", "?limit=0", "?service=CAF"} {
		t.Run("bad filter "+q+" is invalid", func(t *testing.T) {
			if code := h.login(t, "admin").getJSON(t, "/api/v1/moderation/queue"+q, nil); code != http.StatusBadRequest {
				t.Fatalf("status %d, want 400", code)
			}
		})
	}
}

func TestDecisionFormsRedirectWithNotice(t *testing.T) {
	h := newStaffHarness(t, nil)
	c := h.login(t, "mod-caf")
	f := h.seed(t, "caf-94", feedback.StatusPending, "x", "x", feedback.Flag{Kind: "spam", Severity: 1, Reason: "r"})
	resp, body := c.postForm(t, "/moderation/feedback/"+f.ID+"/decision", url.Values{"action": {"edit"},
		"text": {"Appelez le 06 12 34 56 78"}})
	loc := resp.Header.Get("Location")
	if resp.StatusCode != http.StatusSeeOther || !strings.Contains(loc, "done=edit") || !strings.Contains(loc, "masked=personal_data") {
		t.Fatalf("edit form: %d %q %s", resp.StatusCode, loc, body)
	}
	_, page := c.do(t, http.MethodGet, loc, "", "", nil)
	if !strings.Contains(page, `role="status"`) || !strings.Contains(page, "donnée personnelle") {
		t.Fatalf("queue page lacks the status message:\n%s", page)
	}
}

// addModerator creates one more moderator of caf-94 and signs them in.
func addModerator(t *testing.T, h *staffHarness, login string) *client {
	t.Helper()
	hash, err := feedback.HashPassword(testPassword)
	if err != nil {
		t.Fatal(err)
	}
	u := &feedback.User{Login: login, DisplayName: "Second modérateur CAF", Role: feedback.RoleModerator,
		Services: []string{"caf-94"}, PasswordHash: hash}
	if err := h.store.(feedback.AccountStore).CreateUser(context.Background(), u); err != nil {
		t.Fatal(err)
	}
	return h.login(t, login)
}

// answer is one HTTP response of a concurrent decision.
type answer struct {
	status int
	body   string
	err    error
}

// decideAtOnce posts one decision per client on the same contribution, all
// released at the same instant, and returns the answers in client order.
func decideAtOnce(h *staffHarness, id string, clients []*client, bodies []string) []answer {
	out := make([]answer, len(clients))
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i, c := range clients {
		wg.Go(func() {
			req, err := http.NewRequest(http.MethodPost, h.ts.URL+"/api/v1/moderation/feedback/"+id+"/decision", strings.NewReader(bodies[i]))
			if err != nil {
				out[i].err = err
				return
			}
			req.Header.Set("Content-Type", "application/json")
			<-start
			resp, err := c.http.Do(req)
			if err != nil {
				out[i].err = err
				return
			}
			defer resp.Body.Close()
			b, err := io.ReadAll(resp.Body)
			out[i] = answer{status: resp.StatusCode, body: string(b), err: err}
		})
	}
	close(start)
	wg.Wait()
	return out
}

func TestConcurrentDecisionsOneWinsTheOtherIsAConflict(t *testing.T) {
	const rounds = 5
	for _, store := range stores {
		t.Run(store.name, func(t *testing.T) {
			h := newStaffHarnessOn(t, store.start, nil)
			clients := []*client{h.login(t, "mod-caf"), addModerator(t, h, "mod-caf-2")}
			logins := []string{"mod-caf", "mod-caf-2"}
			bodies := []string{`{"action":"publish"}`, `{"action":"reject","reason":"insult"}`}
			statuses := []feedback.Status{feedback.StatusPublished, feedback.StatusRejected}
			for round := range rounds {
				f := h.seed(t, "caf-94", feedback.StatusPending, "Accueil ODIEUX", "Accueil ODIEUX",
					feedback.Flag{Kind: "shouting", Severity: 1, Reason: "capitals"})
				got := decideAtOnce(h, f.ID, clients, bodies)
				winner, loser := 0, 1
				if got[1].status == http.StatusOK {
					winner, loser = 1, 0
				}
				for i, a := range got {
					if a.err != nil {
						t.Fatalf("round %d, %s: %v", round, logins[i], a.err)
					}
				}
				if got[winner].status != http.StatusOK || got[loser].status != http.StatusConflict {
					t.Fatalf("round %d: statuses %d (%s) and %d (%s), want one 200 and one 409",
						round, got[0].status, got[0].body, got[1].status, got[1].body)
				}
				e := apiError(t, []byte(got[loser].body))
				if e.Code != feedback.ECONFLICT || e.Field != "" ||
					!strings.Contains(e.Message, "already decided by someone else ("+logins[winner]+")") ||
					!strings.Contains(e.Message, "now "+string(statuses[winner])) || !strings.Contains(e.Message, "not recorded") {
					t.Fatalf("round %d: conflict %+v does not name %s and the status now", round, e, logins[winner])
				}
				stored, err := h.store.GetFeedback(context.Background(), f.ID)
				if err != nil || stored.Status != statuses[winner] {
					t.Fatalf("round %d: stored %v, %v; want %s's decision", round, stored, err, logins[winner])
				}
				trail, err := h.store.Audit(context.Background(), f.ID)
				if err != nil || len(trail) != 2 || trail[1].Actor != logins[winner] || trail[1].FromStatus != feedback.StatusPending {
					t.Fatalf("round %d: audit %+v, %v; want the engine's entry and %s's only", round, trail, err, logins[winner])
				}
			}
		})
	}
}

func TestLateDecisionFormSaysWhoDecided(t *testing.T) {
	h := newStaffHarness(t, nil)
	first, second := h.login(t, "mod-caf"), addModerator(t, h, "mod-caf-2")
	f := h.seed(t, "caf-94", feedback.StatusPending, "x", "x", feedback.Flag{Kind: "spam", Severity: 1, Reason: "r"})
	if resp, body := first.postJSON(t, "/api/v1/moderation/feedback/"+f.ID+"/decision", `{"action":"publish"}`); resp.StatusCode != http.StatusOK {
		t.Fatalf("first decision: %d %s", resp.StatusCode, body)
	}
	path := "/moderation/feedback/" + f.ID + "/decision"
	form := url.Values{"action": {"reject"}, "reason": {"spam"}}.Encode()
	tests := []struct {
		name, lang string
		c          *client
		want       []string
	}{
		{"another moderator reads who decided and the status now", "fr", second,
			[]string{"Cet avis a déjà été traité par quelqu'un d'autre (mod-caf).", "Statut actuel : Publié.", "Votre décision n'a pas été enregistrée."}},
		{"in English too", "en", second,
			[]string{"already decided by someone else (mod-caf).", "Status now: Published.", "Your decision was not recorded."}},
		{"the moderator who decided is told it was them", "fr", first,
			[]string{"Vous avez déjà traité cet avis.", "Votre décision n'a pas été enregistrée."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, page := tt.c.do(t, http.MethodPost, path+"?lang="+tt.lang, "application/x-www-form-urlencoded", form, nil)
			if resp.StatusCode != http.StatusConflict || !strings.Contains(page, `role="alert"`) {
				t.Fatalf("status %d, want 409 with an alert:\n%s", resp.StatusCode, page)
			}
			text := html.UnescapeString(page)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("page lacks %q:\n%s", w, page)
				}
			}
		})
	}
	stored, err := h.store.GetFeedback(context.Background(), f.ID)
	if err != nil || stored.Status != feedback.StatusPublished {
		t.Fatalf("stored %v, %v; want published", stored, err)
	}
	if trail, _ := h.store.Audit(context.Background(), f.ID); len(trail) != 2 {
		t.Fatalf("%d audit entries, want 2: the late decisions wrote nothing", len(trail))
	}
}
