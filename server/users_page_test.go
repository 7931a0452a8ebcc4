package server

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/avisproject/avis/feedback"
)

func TestAdministratorManagesAccountsFromPages(t *testing.T) {
	h := newStaffHarness(t, nil)
	admin := h.login(t, "admin")
	accounts := h.store.(feedback.AccountStore)
	form := url.Values{"login": {"Nadia"}, "display_name": {"Nadia B."}, "role": {"answerer"}, "team": {"Équipe CPAM"},
		"services": {"demo, caf-94"}, "password": {"a long enough password"}}
	tests := []struct {
		name   string
		edit   func(url.Values)
		status int
		msg    string
	}{
		{"short password is refused on the page", func(v url.Values) { v.Set("password", "short") }, http.StatusBadRequest, "password must be"},
		{"answerer without team is refused on the page", func(v url.Values) { v.Del("team") }, http.StatusBadRequest, "team"},
		{"valid account is created", func(url.Values) {}, http.StatusSeeOther, ""},
		{"same login again is a conflict", func(url.Values) {}, http.StatusConflict, "already exists"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := url.Values{}
			for k, vs := range form {
				v[k] = append([]string(nil), vs...)
			}
			tt.edit(v)
			resp, body := admin.postForm(t, "/moderation/users", v)
			if resp.StatusCode != tt.status || !strings.Contains(body, tt.msg) {
				t.Fatalf("status %d, want %d with %q: %.400s", resp.StatusCode, tt.status, tt.msg, body)
			}
			if tt.status != http.StatusSeeOther && !strings.Contains(body, `role="alert"`) {
				t.Fatal("the error is not announced")
			}
		})
	}
	u, err := accounts.GetUser(context.Background(), "nadia")
	if err != nil || u.Team != "Équipe CPAM" || strings.Join(u.Services, ",") != "caf-94,demo" || !feedback.CheckPassword(u.PasswordHash, "a long enough password") {
		t.Fatalf("created user: %+v, %v", u, err)
	}
	nadia := h.client(t)
	if resp, body := nadia.postJSON(t, "/api/v1/session", `{"login":"nadia","password":"a long enough password"}`); resp.StatusCode != http.StatusOK {
		t.Fatalf("login nadia: %d %s", resp.StatusCode, body)
	}
	if resp, _ := admin.postForm(t, "/moderation/users/nadia/disable", nil); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("disable: %d", resp.StatusCode)
	}
	if code := nadia.getJSON(t, "/api/v1/session", nil); code != http.StatusUnauthorized {
		t.Fatalf("disabled user's session: %d, want 401", code)
	}
	if resp, body := admin.postForm(t, "/moderation/users/admin/disable", nil); resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("self-disable: %d %.200s", resp.StatusCode, body)
	}
	_, page := admin.do(t, http.MethodGet, "/moderation/users", "", "", nil)
	if !strings.Contains(page, "nadia") || strings.Contains(page, "$argon2id") {
		t.Fatalf("users page:\n%s", page)
	}
}
