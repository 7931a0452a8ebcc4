package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/avisproject/avis/feedback"
)

// staffRoute is one protected route and who must be refused on it. Users
// in forbidden get 403 (wrong role or out of scope); an anonymous client
// gets 401.
type staffRoute struct {
	method, path string
	body         string // JSON for API routes, form-encoded for pages
	page         bool
	forbidden    []string
}

func staffRoutes(pending, published string) []staffRoute {
	modsOnly := []string{"ans-caf", "ans-demo"}
	decision := `{"action":"publish"}`
	return []staffRoute{
		{method: "GET", path: "/api/v1/session"},
		{method: "DELETE", path: "/api/v1/session"},
		{method: "GET", path: "/api/v1/moderation/queue", forbidden: modsOnly},
		{method: "GET", path: "/api/v1/moderation/queue?service=caf-94", forbidden: append([]string{"mod-demo"}, modsOnly...)},
		{method: "GET", path: "/api/v1/moderation/feedback/" + pending, forbidden: append([]string{"mod-demo"}, modsOnly...)},
		{method: "GET", path: "/api/v1/moderation/feedback/" + pending + "/audit", forbidden: append([]string{"mod-demo"}, modsOnly...)},
		{method: "POST", path: "/api/v1/moderation/feedback/" + pending + "/decision", body: decision, forbidden: append([]string{"mod-demo"}, modsOnly...)},
		{method: "GET", path: "/api/v1/moderation/overdue", forbidden: []string{"admin", "mod-caf", "mod-demo"}},
		{method: "GET", path: "/api/v1/moderation/overdue?service=caf-94", forbidden: []string{"admin", "mod-caf", "mod-demo", "ans-demo"}},
		{method: "POST", path: "/api/v1/feedback/" + published + "/answers", body: `{"text":"Merci pour votre retour."}`, forbidden: []string{"admin", "mod-caf", "mod-demo", "ans-demo"}},
		{method: "GET", path: "/api/v1/admin/users", forbidden: []string{"mod-caf", "mod-demo", "ans-caf", "ans-demo"}},
		{method: "POST", path: "/api/v1/admin/users", body: `{"login":"eve","display_name":"Eve","role":"administrator","password":"correct horse battery"}`, forbidden: []string{"mod-caf", "mod-demo", "ans-caf", "ans-demo"}},
		{method: "POST", path: "/api/v1/admin/users/mod-demo/disable", forbidden: []string{"mod-caf", "mod-demo", "ans-caf", "ans-demo"}},
		{method: "POST", path: "/api/v1/admin/users/mod-demo/tokens", body: `{"name":"x"}`, forbidden: []string{"mod-caf", "mod-demo", "ans-caf", "ans-demo"}},

		{method: "POST", path: "/moderation/logout", page: true},
		{method: "GET", path: "/moderation/", page: true, forbidden: modsOnly},
		{method: "GET", path: "/moderation/?service=caf-94", page: true, forbidden: append([]string{"mod-demo"}, modsOnly...)},
		{method: "GET", path: "/moderation/feedback/" + pending, page: true, forbidden: append([]string{"mod-demo"}, modsOnly...)},
		{method: "GET", path: "/moderation/feedback/" + published, page: true, forbidden: []string{"mod-demo", "ans-demo"}},
		{method: "POST", path: "/moderation/feedback/" + pending + "/decision", body: "action=reject&reason=insult", page: true, forbidden: append([]string{"mod-demo"}, modsOnly...)},
		{method: "POST", path: "/moderation/feedback/" + published + "/answers", body: "text=Merci", page: true, forbidden: []string{"admin", "mod-caf", "mod-demo", "ans-demo"}},
		{method: "GET", path: "/moderation/answers", page: true, forbidden: []string{"admin", "mod-caf", "mod-demo"}},
		{method: "GET", path: "/moderation/users", page: true, forbidden: []string{"mod-caf", "mod-demo", "ans-caf", "ans-demo"}},
		{method: "POST", path: "/moderation/users", body: "login=eve&display_name=Eve&role=administrator&password=correct+horse+battery", page: true, forbidden: []string{"mod-caf", "mod-demo", "ans-caf", "ans-demo"}},
		{method: "POST", path: "/moderation/users/mod-demo/disable", page: true, forbidden: []string{"mod-caf", "mod-demo", "ans-caf", "ans-demo"}},
	}
}

// snapshot is everything a refused request must leave untouched.
func (h *staffHarness) snapshot(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	var b strings.Builder
	for _, f := range h.stored(t) {
		trail, err := h.store.Audit(ctx, f.ID)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s %s %q answers=%d audit=%d\n", f.ID, f.Status, f.Text, len(f.Answers), len(trail))
	}
	users, err := h.store.(feedback.AccountStore).ListUsers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range users {
		tokens, _ := h.store.(feedback.AccountStore).ListTokens(ctx, u.Login)
		fmt.Fprintf(&b, "%s %s disabled=%v tokens=%d\n", u.Login, u.Role, u.Disabled, len(tokens))
	}
	return b.String()
}

func TestStaffRoutesRefuseWrongRoleAndScope(t *testing.T) {
	for _, store := range stores {
		t.Run(store.name, func(t *testing.T) { testStaffRoutes(t, newStaffHarnessOn(t, store.start, nil)) })
	}
}

func testStaffRoutes(t *testing.T, h *staffHarness) {
	pending := h.seed(t, "caf-94", feedback.StatusPending, "Accueil odieux", "Accueil odieux",
		feedback.Flag{Kind: "abuse", Severity: 2, Reason: "insult"})
	published := h.seed(t, "caf-94", feedback.StatusPublished, "Très bien", "Très bien")
	routes := staffRoutes(pending.ID, published.ID)
	checkEveryStaffRouteListed(t, h, routes)

	clients := map[string]*client{"": h.client(t)}
	for _, u := range testUsers {
		clients[u.Login] = h.login(t, u.Login)
	}
	before := h.snapshot(t)
	for _, r := range routes {
		cases := append([]string{""}, r.forbidden...)
		for _, login := range cases {
			want := http.StatusForbidden
			if login == "" {
				want = http.StatusUnauthorized
			}
			name := fmt.Sprintf("%s %s as %q is %d", r.method, r.path, login, want)
			t.Run(name, func(t *testing.T) {
				ctype := "application/json"
				if r.page {
					ctype = "application/x-www-form-urlencoded"
				}
				resp, body := clients[login].do(t, r.method, r.path, ctype, r.body, nil)
				if resp.StatusCode != want {
					t.Fatalf("status %d, want %d: %.300s", resp.StatusCode, want, body)
				}
				wantType := "application/json"
				if r.page {
					wantType = "text/html"
				}
				if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, wantType) {
					t.Fatalf("Content-Type %q, want %s", ct, wantType)
				}
			})
		}
	}
	if after := h.snapshot(t); after != before {
		t.Fatalf("refused requests changed the store:\nbefore:\n%s\nafter:\n%s", before, after)
	}
	// The same clients are still signed in: nothing above logged them out.
	var who struct{ User userView }
	if code := clients["mod-caf"].getJSON(t, "/api/v1/session", &who); code != http.StatusOK || who.User.Login != "mod-caf" {
		t.Fatalf("session after the walk: %d %+v", code, who)
	}
}

// checkEveryStaffRouteListed fails when the router has a staff route the
// table does not walk, so a new route cannot skip the check.
func checkEveryStaffRouteListed(t *testing.T, h *staffHarness, routes []staffRoute) {
	t.Helper()
	public := map[string]bool{"POST /api/v1/session": true, "GET /moderation/login": true, "POST /moderation/login": true,
		"GET /moderation/static/:file": true}
	walked := map[string]bool{}
	for _, r := range routes {
		u, _ := url.Parse(r.path)
		walked[r.method+" "+normalizeRoute(u.Path)] = true
	}
	for _, ri := range h.srv.engine.Routes() {
		p := ri.Path
		staffPath := strings.HasPrefix(p, "/moderation") || strings.HasPrefix(p, "/api/v1/moderation") ||
			strings.HasPrefix(p, "/api/v1/admin") || strings.HasPrefix(p, "/api/v1/session") || strings.HasSuffix(p, "/answers")
		key := ri.Method + " " + normalizeRoute(p)
		if staffPath && !public[ri.Method+" "+p] && !walked[key] {
			t.Errorf("route %s %s is not in the role/scope table", ri.Method, p)
		}
	}
}

// normalizeRoute replaces path segments that look like ids or logins by
// the router's parameter names.
func normalizeRoute(p string) string {
	parts := strings.Split(p, "/")
	for i, s := range parts {
		switch {
		case strings.HasPrefix(s, ":"):
			parts[i] = ":"
		case i > 0 && (parts[i-1] == "feedback" || parts[i-1] == "users") && s != "":
			parts[i] = ":"
		}
	}
	return strings.Join(parts, "/")
}

func TestTokensAuthenticateAPI(t *testing.T) {
	h := newStaffHarness(t, nil)
	admin := h.login(t, "admin")
	resp, body := admin.postJSON(t, "/api/v1/admin/users/ans-caf/tokens", `{"name":"CRM export","expires_in":"48h"}`)
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("create token: %d %s", resp.StatusCode, body)
	}
	var created struct {
		Token  feedback.APIToken `json:"token"`
		Secret string            `json:"secret"`
	}
	if err := json.Unmarshal([]byte(body), &created); err != nil || !strings.HasPrefix(created.Secret, "avis_") {
		t.Fatalf("token answer %s: %v", body, err)
	}
	if strings.Contains(body, feedback.HashSecret(created.Secret)) {
		t.Fatal("the answer shows the stored hash")
	}
	bearer := func(secret string) int {
		anon := h.client(t)
		resp, _ := anon.do(t, "GET", "/api/v1/moderation/overdue", "", "", http.Header{"Authorization": {"Bearer " + secret}})
		return resp.StatusCode
	}
	tests := []struct {
		name   string
		secret string
		setup  func()
		want   int
	}{
		{"valid token is accepted", created.Secret, nil, http.StatusOK},
		{"unknown token is refused", "avis_" + feedback.NewSecret(32), nil, http.StatusUnauthorized},
		{"empty bearer is refused", "", nil, http.StatusUnauthorized},
		{"expired token is refused", created.Secret, func() { h.clock.Advance(49 * 3600e9) }, http.StatusUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.setup != nil {
				tt.setup()
			}
			if got := bearer(tt.secret); got != tt.want {
				t.Fatalf("status %d, want %d", got, tt.want)
			}
		})
	}
	t.Run("token of a disabled user is refused", func(t *testing.T) {
		admin := h.login(t, "admin")
		_, body := admin.postJSON(t, "/api/v1/admin/users/ans-demo/tokens", `{"name":"other"}`)
		json.Unmarshal([]byte(body), &created)
		if got := bearer(created.Secret); got != http.StatusOK {
			t.Fatalf("before disabling: %d", got)
		}
		if resp, body := admin.postJSON(t, "/api/v1/admin/users/ans-demo/disable", ""); resp.StatusCode != http.StatusOK {
			t.Fatalf("disable: %d %s", resp.StatusCode, body)
		}
		if got := bearer(created.Secret); got != http.StatusUnauthorized {
			t.Fatalf("after disabling: %d, want 401", got)
		}
	})
}
