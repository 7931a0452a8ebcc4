package server

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/notify"
)

// testPassword is every test user's password.
const testPassword = "correct horse battery"

// fakeClock is the server's clock in staff tests: it only moves when told.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (f *fakeClock) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

func (f *fakeClock) Advance(d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.now = f.now.Add(d)
}

// staffHarness is a real server with the staff side mounted, a fake clock
// and one account per role and scope.
type staffHarness struct {
	*harness
	clock    *fakeClock
	mailPath string // where the real file sender writes notices
}

// mail returns everything the harness's file sender has written.
func (h *staffHarness) mail(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(h.mailPath)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return string(b)
}

// testUsers are created in every staff harness.
var testUsers = []feedback.User{
	{Login: "admin", DisplayName: "Ada Admin", Role: feedback.RoleAdministrator, Email: "admin@avis.test"},
	{Login: "mod-caf", DisplayName: "Modérateur CAF", Role: feedback.RoleModerator, Services: []string{"caf-94"}, Email: "mod@avis.test"},
	{Login: "mod-demo", DisplayName: "Modératrice démo", Role: feedback.RoleModerator, Services: []string{"demo"}},
	{Login: "ans-caf", DisplayName: "Agent CAF", Role: feedback.RoleAnswerer, Team: "Équipe relation usagers CAF 94", Services: []string{"caf-94"}},
	{Login: "ans-demo", DisplayName: "Agent démo", Role: feedback.RoleAnswerer, Team: "Équipe démo", Services: []string{"demo"}},
}

// harnessStarter starts a server on one kind of store: newHarness
// (SQLite) or newPostgresHarness.
type harnessStarter func(t testing.TB, configure func(*Options), services ...*feedback.Service) *harness

// stores lists the stores the staff tests that touch storage run on.
var stores = []struct {
	name  string
	start harnessStarter
}{{"sqlite", newHarness}, {"postgres", newPostgresHarness}}

func newStaffHarness(t testing.TB, configure func(*StaffOptions)) *staffHarness {
	t.Helper()
	return newStaffHarnessOn(t, newHarness, configure)
}

// newStaffHarnessOn is newStaffHarness on the store start makes.
func newStaffHarnessOn(t testing.TB, start harnessStarter, configure func(*StaffOptions)) *staffHarness {
	t.Helper()
	// The store stamps contributions with the real time: start there.
	clock := &fakeClock{now: time.Now().UTC().Truncate(time.Second)}
	mailPath := filepath.Join(t.TempDir(), "mail.txt")
	sent := notify.NewFile(mailPath, "no-reply@avis.test", nil, clock.Now)
	engine := newModerator(t)
	var hash string
	h := start(t, func(o *Options) {
		o.Clock = clock.Now
		o.Moderator = engine
		o.Staff = &StaffOptions{Accounts: o.Store.(feedback.AccountStore), Sender: sent, InsecureCookies: true}
		if configure != nil {
			configure(o.Staff)
		}
	})
	hash, err := feedback.HashPassword(testPassword)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range testUsers {
		u.PasswordHash = hash
		if err := h.store.(feedback.AccountStore).CreateUser(context.Background(), &u); err != nil {
			t.Fatalf("create user %s: %v", u.Login, err)
		}
	}
	return &staffHarness{harness: h, clock: clock, mailPath: mailPath}
}

// seed stores a contribution as the engine would have: status, flags and
// texts as given.
func (h *staffHarness) seed(t testing.TB, service string, status feedback.Status, original, proposed string, flags ...feedback.Flag) *feedback.Feedback {
	t.Helper()
	f := &feedback.Feedback{Service: service, Channel: feedback.ChannelCounter, Rating: feedback.RatingBad, Text: proposed,
		OriginalText: original, Status: status, Moderation: feedback.Moderation{Decision: feedback.DecisionReview, Lang: "fr", Flags: flags}}
	stored, _, err := h.store.CreateFeedback(context.Background(), f)
	if err != nil {
		t.Fatalf("seed: %v", err)
	}
	return stored
}

// client is a browser-like client with its own cookie jar that does not
// follow redirects, so tests see them.
type client struct {
	h    *staffHarness
	http *http.Client
}

func (h *staffHarness) client(t testing.TB) *client {
	t.Helper()
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &client{h: h, http: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}}
}

// login signs in through the API and fails the test if it does not work.
func (h *staffHarness) login(t testing.TB, login string) *client {
	t.Helper()
	c := h.client(t)
	resp, body := c.do(t, http.MethodPost, "/api/v1/session", "application/json",
		`{"login":"`+login+`","password":"`+testPassword+`"}`, nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("login %s: %d %s", login, resp.StatusCode, body)
	}
	return c
}

func (c *client) do(t testing.TB, method, path, contentType, body string, header http.Header) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, c.h.ts.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for k, vs := range header {
		req.Header[k] = vs
	}
	resp, err := c.http.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

func (c *client) getJSON(t testing.TB, path string, v any) int {
	t.Helper()
	resp, body := c.do(t, http.MethodGet, path, "", "", nil)
	if resp.StatusCode == http.StatusOK && v != nil {
		if err := json.Unmarshal([]byte(body), v); err != nil {
			t.Fatalf("decode %s: %v", body, err)
		}
	}
	return resp.StatusCode
}

func (c *client) postJSON(t testing.TB, path, body string) (*http.Response, string) {
	t.Helper()
	return c.do(t, http.MethodPost, path, "application/json", body, nil)
}

func (c *client) postForm(t testing.TB, path string, form url.Values) (*http.Response, string) {
	t.Helper()
	return c.do(t, http.MethodPost, path, "application/x-www-form-urlencoded", form.Encode(), nil)
}
