package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/avisproject/avis/feedback"
)

// RunAccounts runs the conformance suite for feedback.AccountStore against
// fresh stores made by newStore (one per subtest).
func RunAccounts(t *testing.T, newStore func(t *testing.T) feedback.AccountStore) {
	t.Helper()
	t.Run("users", func(t *testing.T) { testUsers(t, newStore(t)) })
	t.Run("disable", func(t *testing.T) { testDisable(t, newStore(t)) })
	t.Run("sessions", func(t *testing.T) { testSessions(t, newStore(t)) })
	t.Run("tokens", func(t *testing.T) { testTokens(t, newStore(t)) })
}

func newUser(login string, role feedback.Role, services ...string) *feedback.User {
	u := &feedback.User{Login: login, DisplayName: "User " + login, Role: role, Services: services,
		PasswordHash: "$argon2id$v=19$m=1,t=1,p=1$c2FsdA$a2V5"}
	if role == feedback.RoleAnswerer {
		u.Team = "Équipe relation usagers"
	}
	return u
}

func mustCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := feedback.ErrorCode(err); got != code {
		t.Fatalf("%s: error %v (code %q), want code %q", what, err, got, code)
	}
}

func testUsers(t *testing.T, s feedback.AccountStore) {
	ctx := context.Background()
	u := newUser("Bob", feedback.RoleModerator, "cpam-75", "caf-94")
	if err := s.CreateUser(ctx, u); err != nil {
		t.Fatalf("CreateUser: %v", err)
	}
	if u.Login != "bob" || u.CreatedAt.IsZero() {
		t.Fatalf("CreateUser did not normalize or timestamp: %+v", u)
	}
	mustCode(t, "CreateUser duplicate", s.CreateUser(ctx, newUser("bob", feedback.RoleAdministrator)), feedback.ECONFLICT)
	mustCode(t, "CreateUser invalid", s.CreateUser(ctx, newUser("x y", feedback.RoleModerator, "a")), feedback.EINVALID)
	if err := s.CreateUser(ctx, newUser("ann", feedback.RoleAnswerer, "caf-94")); err != nil {
		t.Fatalf("CreateUser answerer: %v", err)
	}

	got, err := s.GetUser(ctx, "BOB")
	if err != nil {
		t.Fatalf("GetUser: %v", err)
	}
	if got.Role != feedback.RoleModerator || len(got.Services) != 2 || got.Services[0] != "caf-94" || got.PasswordHash != u.PasswordHash {
		t.Fatalf("GetUser = %+v, want what was stored", got)
	}
	_, err = s.GetUser(ctx, "nobody")
	mustCode(t, "GetUser unknown", err, feedback.ENOTFOUND)

	got.DisplayName = "Robert"
	got.Services = []string{feedback.AllServices}
	if err := s.UpdateUser(ctx, got); err != nil {
		t.Fatalf("UpdateUser: %v", err)
	}
	again, _ := s.GetUser(ctx, "bob")
	if again.DisplayName != "Robert" || len(again.Services) != 1 || again.Services[0] != feedback.AllServices {
		t.Fatalf("after UpdateUser: %+v", again)
	}
	mustCode(t, "UpdateUser unknown", s.UpdateUser(ctx, newUser("nobody", feedback.RoleAdministrator)), feedback.ENOTFOUND)
	bad := *again
	bad.Role = "root"
	mustCode(t, "UpdateUser invalid", s.UpdateUser(ctx, &bad), feedback.EINVALID)
	if still, _ := s.GetUser(ctx, "bob"); still.Role != feedback.RoleModerator {
		t.Fatalf("invalid update changed the user: %+v", still)
	}

	list, err := s.ListUsers(ctx)
	if err != nil || len(list) != 2 || list[0].Login != "ann" || list[1].Login != "bob" {
		t.Fatalf("ListUsers = %v, %v; want ann, bob", list, err)
	}
	if list[0].Team != "Équipe relation usagers" {
		t.Fatalf("team lost: %+v", list[0])
	}
}

func testDisable(t *testing.T, s feedback.AccountStore) {
	ctx := context.Background()
	now := feedback.StoreTime(time.Now())
	u := newUser("carol", feedback.RoleModerator, "caf-94")
	if err := s.CreateUser(ctx, u); err != nil {
		t.Fatal(err)
	}
	sess := &feedback.Session{ID: feedback.HashSecret("s1"), Login: "carol", CreatedAt: now, LastSeenAt: now, ExpiresAt: now.Add(time.Hour)}
	if err := s.CreateSession(ctx, sess); err != nil {
		t.Fatal(err)
	}
	tok := &feedback.APIToken{Login: "carol", Name: "crm", Hash: feedback.HashSecret("t1")}
	if err := s.CreateToken(ctx, tok); err != nil {
		t.Fatal(err)
	}
	u.Disabled = true
	if err := s.UpdateUser(ctx, u); err != nil {
		t.Fatalf("UpdateUser disable: %v", err)
	}
	if got, _ := s.GetUser(ctx, "carol"); !got.Disabled {
		t.Fatal("user not disabled")
	}
	_, err := s.GetSession(ctx, sess.ID)
	mustCode(t, "session of a disabled user", err, feedback.ENOTFOUND)
	got, err := s.GetTokenByHash(ctx, tok.Hash)
	if err != nil || got.RevokedAt.IsZero() {
		t.Fatalf("token of a disabled user: %+v, %v; want revoked", got, err)
	}
}

func testSessions(t *testing.T, s feedback.AccountStore) {
	ctx := context.Background()
	now := feedback.StoreTime(time.Date(2026, 3, 1, 10, 0, 0, 123456789, time.UTC))
	if err := s.CreateUser(ctx, newUser("dan", feedback.RoleAdministrator)); err != nil {
		t.Fatal(err)
	}
	mk := func(id string, created time.Time) *feedback.Session {
		return &feedback.Session{ID: feedback.HashSecret(id), Login: "dan", CreatedAt: created, LastSeenAt: created, ExpiresAt: created.Add(12 * time.Hour)}
	}
	a, b, old := mk("a", now), mk("b", now), mk("old", now.Add(-24*time.Hour))
	for _, x := range []*feedback.Session{a, b, old} {
		if err := s.CreateSession(ctx, x); err != nil {
			t.Fatalf("CreateSession: %v", err)
		}
	}
	mustCode(t, "CreateSession duplicate", s.CreateSession(ctx, mk("a", now)), feedback.ECONFLICT)
	mustCode(t, "CreateSession unknown user", s.CreateSession(ctx, &feedback.Session{ID: "z", Login: "nobody", ExpiresAt: now}), feedback.ENOTFOUND)
	mustCode(t, "CreateSession without id", s.CreateSession(ctx, &feedback.Session{Login: "dan"}), feedback.EINVALID)

	got, err := s.GetSession(ctx, a.ID)
	if err != nil || got.Login != "dan" || !got.ExpiresAt.Equal(a.ExpiresAt) || !got.CreatedAt.Equal(now) {
		t.Fatalf("GetSession = %+v, %v", got, err)
	}
	later := now.Add(5 * time.Minute)
	if err := s.TouchSession(ctx, a.ID, later); err != nil {
		t.Fatalf("TouchSession: %v", err)
	}
	if got, _ := s.GetSession(ctx, a.ID); !got.LastSeenAt.Equal(later) {
		t.Fatalf("LastSeenAt = %v, want %v", got.LastSeenAt, later)
	}
	mustCode(t, "TouchSession unknown", s.TouchSession(ctx, "nope", later), feedback.ENOTFOUND)

	// old expired 12h ago; b was last seen at now, a at later: an idle
	// cutoff between the two removes b only.
	n, err := s.DeleteExpiredSessions(ctx, now, now.Add(time.Minute))
	if err != nil || n != 2 {
		t.Fatalf("DeleteExpiredSessions = %d, %v; want 2", n, err)
	}
	if _, err := s.GetSession(ctx, a.ID); err != nil {
		t.Fatalf("live session removed: %v", err)
	}
	if err := s.DeleteSession(ctx, a.ID); err != nil {
		t.Fatalf("DeleteSession: %v", err)
	}
	_, err = s.GetSession(ctx, a.ID)
	mustCode(t, "GetSession after delete", err, feedback.ENOTFOUND)
	if err := s.DeleteSession(ctx, a.ID); err != nil {
		t.Fatalf("DeleteSession twice: %v", err)
	}
	for _, id := range []string{"c", "d"} {
		if err := s.CreateSession(ctx, mk(id, now)); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := s.DeleteSessions(ctx, "dan"); err != nil || n != 2 {
		t.Fatalf("DeleteSessions = %d, %v; want 2", n, err)
	}
}

func testTokens(t *testing.T, s feedback.AccountStore) {
	ctx := context.Background()
	if err := s.CreateUser(ctx, newUser("eve", feedback.RoleAnswerer, "caf-94")); err != nil {
		t.Fatal(err)
	}
	tok := &feedback.APIToken{Login: "eve", Name: "back office", Hash: feedback.HashSecret("secret-1")}
	if err := s.CreateToken(ctx, tok); err != nil {
		t.Fatalf("CreateToken: %v", err)
	}
	if tok.ID == "" || tok.CreatedAt.IsZero() {
		t.Fatalf("CreateToken did not assign ID and CreatedAt: %+v", tok)
	}
	mustCode(t, "CreateToken unknown user", s.CreateToken(ctx, &feedback.APIToken{Login: "nobody", Name: "x", Hash: "h"}), feedback.ENOTFOUND)
	mustCode(t, "CreateToken without hash", s.CreateToken(ctx, &feedback.APIToken{Login: "eve", Name: "x"}), feedback.EINVALID)
	mustCode(t, "CreateToken duplicate hash", s.CreateToken(ctx, &feedback.APIToken{Login: "eve", Name: "y", Hash: tok.Hash}), feedback.ECONFLICT)

	got, err := s.GetTokenByHash(ctx, tok.Hash)
	if err != nil || got.ID != tok.ID || got.Login != "eve" || got.Name != "back office" || !got.RevokedAt.IsZero() {
		t.Fatalf("GetTokenByHash = %+v, %v", got, err)
	}
	_, err = s.GetTokenByHash(ctx, feedback.HashSecret("other"))
	mustCode(t, "GetTokenByHash unknown", err, feedback.ENOTFOUND)

	at := feedback.StoreTime(time.Now())
	if err := s.TouchToken(ctx, tok.ID, at); err != nil {
		t.Fatalf("TouchToken: %v", err)
	}
	if err := s.RevokeToken(ctx, tok.ID, at); err != nil {
		t.Fatalf("RevokeToken: %v", err)
	}
	mustCode(t, "RevokeToken unknown", s.RevokeToken(ctx, "nope", at), feedback.ENOTFOUND)
	list, err := s.ListTokens(ctx, "eve")
	if err != nil || len(list) != 1 || !list[0].LastUsedAt.Equal(at) || !list[0].RevokedAt.Equal(at) {
		t.Fatalf("ListTokens = %+v, %v", list, err)
	}
}
