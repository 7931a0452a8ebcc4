package server

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/avisproject/avis/feedback"
)

func whoAmI(t *testing.T, c *client) int {
	t.Helper()
	return c.getJSON(t, "/api/v1/session", nil)
}

func TestSessionExpiry(t *testing.T) {
	tests := []struct {
		name string
		// steps of idle time between requests; the session must still
		// work after each but the last, and fail after the last.
		steps []time.Duration
		alive bool
	}{
		{"session used every 20 minutes stays alive for 11 hours", repeat(20*time.Minute, 33), true},
		{"session idle for 30 minutes ends", []time.Duration{30 * time.Minute}, false},
		{"session idle for 29 minutes lives", []time.Duration{29 * time.Minute}, true},
		{"session used all day ends at 12 hours", repeat(20*time.Minute, 36), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newStaffHarness(t, nil)
			c := h.login(t, "mod-caf")
			for i, d := range tt.steps {
				h.clock.Advance(d)
				code := whoAmI(t, c)
				last := i == len(tt.steps)-1
				switch {
				case !last && code != http.StatusOK:
					t.Fatalf("step %d (%v): status %d, want 200", i, d, code)
				case last && tt.alive && code != http.StatusOK:
					t.Fatalf("last step: status %d, want 200", code)
				case last && !tt.alive && code != http.StatusUnauthorized:
					t.Fatalf("last step: status %d, want 401", code)
				}
			}
		})
	}
}

func repeat(d time.Duration, n int) []time.Duration {
	out := make([]time.Duration, n)
	for i := range out {
		out[i] = d
	}
	return out
}

func TestLoginSweepsDeadSessions(t *testing.T) {
	h := newStaffHarness(t, nil)
	for range 3 {
		h.login(t, "mod-demo")
	}
	h.clock.Advance(time.Hour)
	h.login(t, "mod-caf")
	var live int
	for _, login := range []string{"mod-demo", "mod-caf"} {
		n, err := h.store.(feedback.AccountStore).DeleteSessions(t.Context(), login)
		if err != nil {
			t.Fatal(err)
		}
		live += n
	}
	if live != 1 {
		t.Fatalf("%d sessions left, want only the last login's", live)
	}
}

func TestLogoutEndsSessionOnServer(t *testing.T) {
	h := newStaffHarness(t, nil)
	c := h.login(t, "mod-caf")
	u, _ := url.Parse(h.ts.URL)
	stolen := c.http.Jar.Cookies(u)
	if len(stolen) != 1 {
		t.Fatalf("cookies after login: %v", stolen)
	}
	if resp, body := c.do(t, http.MethodDelete, "/api/v1/session", "", "", nil); resp.StatusCode != http.StatusNoContent {
		t.Fatalf("logout: %d %s", resp.StatusCode, body)
	}
	replay := h.client(t)
	replay.http.Jar.SetCookies(u, stolen)
	if code := whoAmI(t, replay); code != http.StatusUnauthorized {
		t.Fatalf("replayed cookie after logout: %d, want 401", code)
	}
}

func TestLoginRotatesSession(t *testing.T) {
	h := newStaffHarness(t, nil)
	u, _ := url.Parse(h.ts.URL)
	// A session id planted in the victim's browser before login.
	planted := h.login(t, "mod-demo")
	fixed := planted.http.Jar.Cookies(u)
	victim := h.client(t)
	victim.http.Jar.SetCookies(u, fixed)
	resp, body := victim.postForm(t, "/moderation/login", url.Values{"login": {"mod-caf"}, "password": {testPassword}})
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/moderation/" {
		t.Fatalf("login form: %d %s %s", resp.StatusCode, resp.Header.Get("Location"), body)
	}
	after := victim.http.Jar.Cookies(u)
	if len(after) != 1 || after[0].Value == fixed[0].Value {
		t.Fatalf("session id not rotated at login: %v -> %v", fixed, after)
	}
	if code := whoAmI(t, planted); code != http.StatusUnauthorized {
		t.Fatalf("the planted session still works: %d", code)
	}
	if len(after[0].Value) != 22 { // 16 random bytes, base64url
		t.Fatalf("session id %q is not 128 bits", after[0].Value)
	}
}

func TestSessionCookieAttributes(t *testing.T) {
	tests := []struct {
		name     string
		insecure bool
		want     []string
		absent   []string
	}{
		{"https cookie is __Host- and Secure", false, []string{"__Host-avis_session=", "Path=/", "HttpOnly", "Secure", "SameSite=Lax"}, []string{"Domain="}},
		{"local http cookie drops Secure and the prefix", true, []string{"avis_session=", "Path=/", "HttpOnly", "SameSite=Lax"}, []string{"Secure", "__Host-", "Domain="}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newStaffHarness(t, func(o *StaffOptions) { o.InsecureCookies = tt.insecure })
			resp, body := h.client(t).postJSON(t, "/api/v1/session", `{"login":"admin","password":"`+testPassword+`"}`)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("login: %d %s", resp.StatusCode, body)
			}
			sc := resp.Header.Get("Set-Cookie")
			for _, w := range tt.want {
				if !strings.Contains(sc, w) {
					t.Errorf("Set-Cookie %q lacks %q", sc, w)
				}
			}
			for _, a := range tt.absent {
				if strings.Contains(sc, a) {
					t.Errorf("Set-Cookie %q has %q", sc, a)
				}
			}
		})
	}
}

func TestLoginThrottling(t *testing.T) {
	h := newStaffHarness(t, nil)
	attempt := func(login, password string) *http.Response { return h.attempt(t, login, password) }
	for i := range 5 {
		if resp := attempt("mod-caf", "wrong password!"); resp.StatusCode != http.StatusUnauthorized {
			t.Fatalf("failure %d: status %d, want 401", i+1, resp.StatusCode)
		}
	}
	// The sixth failure locks the login for 1 s, the next for 2 s, ...
	attempt("mod-caf", "wrong password!")
	resp := attempt("mod-caf", testPassword)
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") != "1" {
		t.Fatalf("right password during the lock: %d Retry-After %q, want 429 and 1", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	h.clock.Advance(time.Second)
	attempt("mod-caf", "wrong password!")
	if resp := attempt("mod-caf", testPassword); resp.Header.Get("Retry-After") != "2" {
		t.Fatalf("second lock: Retry-After %q, want 2 (doubling)", resp.Header.Get("Retry-After"))
	}
	if resp := attempt("mod-demo", testPassword); resp.StatusCode != http.StatusOK {
		t.Fatalf("another login from the same client: %d, want 200 (under the client allowance)", resp.StatusCode)
	}
	h.clock.Advance(2 * time.Second)
	if resp := attempt("mod-caf", testPassword); resp.StatusCode != http.StatusOK {
		t.Fatalf("right password after the lock: %d, want 200", resp.StatusCode)
	}

	t.Run("one client guessing many logins is slowed down", func(t *testing.T) {
		h := newStaffHarness(t, nil)
		for i := range 20 {
			h.attempt(t, "nobody-"+strconv.Itoa(i), "guess guess guess")
		}
		h.attempt(t, "nobody-x", "guess guess guess")
		if resp := h.attempt(t, "admin", testPassword); resp.StatusCode != http.StatusTooManyRequests {
			t.Fatalf("21 failures from one client: %d, want 429 for any login", resp.StatusCode)
		}
	})
	t.Run("unknown and disabled logins get the same answer as a wrong password", func(t *testing.T) {
		h := newStaffHarness(t, nil)
		u, _ := h.store.(feedback.AccountStore).GetUser(t.Context(), "mod-demo")
		u.Disabled = true
		if err := h.store.(feedback.AccountStore).UpdateUser(t.Context(), u); err != nil {
			t.Fatal(err)
		}
		var bodies []string
		for _, l := range []string{"nobody", "mod-demo", "mod-caf"} {
			password := testPassword
			if l == "mod-caf" {
				password = "wrong password!"
			}
			resp, body := h.client(t).postJSON(t, "/api/v1/session", `{"login":"`+l+`","password":"`+password+`"}`)
			if resp.StatusCode != http.StatusUnauthorized {
				t.Fatalf("%s: %d", l, resp.StatusCode)
			}
			bodies = append(bodies, body)
		}
		if bodies[0] != bodies[1] || bodies[1] != bodies[2] {
			t.Fatalf("answers differ: %q", bodies)
		}
	})
}

// attempt signs in through the API from a fresh client.
func (h *staffHarness) attempt(t *testing.T, login, password string) *http.Response {
	t.Helper()
	resp, _ := h.client(t).postJSON(t, "/api/v1/session", `{"login":"`+login+`","password":"`+password+`"}`)
	return resp
}

func TestCrossSiteFormsRefused(t *testing.T) {
	h := newStaffHarness(t, nil)
	f := h.seed(t, "caf-94", feedback.StatusPending, "Texte", "Texte", feedback.Flag{Kind: "abuse", Severity: 2, Reason: "r"})
	c := h.login(t, "mod-caf")
	before := h.snapshot(t)
	tests := []struct {
		name   string
		header http.Header
		want   int
	}{
		{"cross-site fetch metadata is refused", http.Header{"Sec-Fetch-Site": {"cross-site"}}, http.StatusForbidden},
		{"foreign Origin is refused", http.Header{"Origin": {"https://evil.example"}}, http.StatusForbidden},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := c.do(t, http.MethodPost, "/moderation/feedback/"+f.ID+"/decision", "application/x-www-form-urlencoded",
				"action=publish", tt.header)
			if resp.StatusCode != tt.want {
				t.Fatalf("status %d, want %d: %.200s", resp.StatusCode, tt.want, body)
			}
			resp, _ = c.do(t, http.MethodPost, "/api/v1/moderation/feedback/"+f.ID+"/decision", "application/json",
				`{"action":"publish"}`, tt.header)
			if resp.StatusCode != tt.want {
				t.Fatalf("API status %d, want %d", resp.StatusCode, tt.want)
			}
		})
	}
	if after := h.snapshot(t); after != before {
		t.Fatalf("cross-site posts changed the store:\n%s\n%s", before, after)
	}
	resp, _ := c.do(t, http.MethodPost, "/moderation/feedback/"+f.ID+"/decision", "application/x-www-form-urlencoded",
		"action=publish", http.Header{"Sec-Fetch-Site": {"same-origin"}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("same-origin form post: %d, want 303", resp.StatusCode)
	}
}

func TestPageSecurityHeaders(t *testing.T) {
	tests := []struct {
		name    string
		baseURL string
		hsts    bool
	}{
		{"plain http has no HSTS", "", false},
		{"https deployment sends HSTS", "https://avis.example.fr", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newStaffHarness(t, nil)
			h.srv.baseURL = tt.baseURL
			c := h.client(t)
			var nonces []string
			for range 2 {
				resp, body := c.do(t, http.MethodGet, "/moderation/login", "", "", nil)
				csp := resp.Header.Get("Content-Security-Policy")
				for _, want := range []string{"default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'"} {
					if !strings.Contains(csp, want) {
						t.Errorf("CSP %q lacks %q", csp, want)
					}
				}
				_, rest, _ := strings.Cut(csp, "'nonce-")
				nonce, _, _ := strings.Cut(rest, "'")
				if nonce == "" || !strings.Contains(body, `nonce="`+nonce+`"`) {
					t.Fatalf("CSP nonce %q not on the page's script", nonce)
				}
				nonces = append(nonces, nonce)
				if resp.Header.Get("X-Content-Type-Options") != "nosniff" || resp.Header.Get("Referrer-Policy") == "" {
					t.Errorf("missing nosniff or Referrer-Policy: %v", resp.Header)
				}
				if got := resp.Header.Get("Strict-Transport-Security") != ""; got != tt.hsts {
					t.Errorf("HSTS present = %v, want %v", got, tt.hsts)
				}
			}
			if nonces[0] == nonces[1] {
				t.Fatal("the nonce is the same on two responses")
			}
		})
	}
}
