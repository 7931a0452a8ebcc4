package feedback_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/avisproject/avis/feedback"
)

func validUser() feedback.User {
	return feedback.User{Login: "alice", DisplayName: "Alice", Role: feedback.RoleModerator,
		Services: []string{"caf-94"}, PasswordHash: "$argon2id$x"}
}

func TestUserValidate(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*feedback.User)
		field string
	}{
		{"valid moderator passes", func(*feedback.User) {}, ""},
		{"administrator without scope passes", func(u *feedback.User) { u.Role = feedback.RoleAdministrator; u.Services = nil }, ""},
		{"answerer with team passes", func(u *feedback.User) { u.Role = feedback.RoleAnswerer; u.Team = "Équipe CAF" }, ""},
		{"upper-case login is normalized and passes", func(u *feedback.User) { u.Login = " ALICE " }, ""},
		{"one-letter login is refused", func(u *feedback.User) { u.Login = "a" }, "login"},
		{"login with spaces is refused", func(u *feedback.User) { u.Login = "al ice" }, "login"},
		{"missing display name is refused", func(u *feedback.User) { u.DisplayName = " " }, "display_name"},
		{"unknown role is refused", func(u *feedback.User) { u.Role = "root" }, "role"},
		{"answerer without team is refused", func(u *feedback.User) { u.Role = feedback.RoleAnswerer }, "team"},
		{"moderator without scope is refused", func(u *feedback.User) { u.Services = nil }, "services"},
		{"bad slug in scope is refused", func(u *feedback.User) { u.Services = []string{"CAF 94"} }, "services"},
		{"missing password is refused", func(u *feedback.User) { u.PasswordHash = "" }, "password"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := validUser()
			tt.edit(&u)
			u.Normalize()
			err := u.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if feedback.ErrorCode(err) != feedback.EINVALID || feedback.ErrorField(err) != tt.field {
				t.Fatalf("Validate() = %v, want invalid on %q", err, tt.field)
			}
		})
	}
}

func TestUserPermissions(t *testing.T) {
	admin := feedback.User{Role: feedback.RoleAdministrator}
	mod := feedback.User{Role: feedback.RoleModerator, Services: []string{"caf-94"}}
	modAll := feedback.User{Role: feedback.RoleModerator, Services: []string{feedback.AllServices}}
	ans := feedback.User{Role: feedback.RoleAnswerer, Team: "T", Services: []string{"caf-94"}}
	off := feedback.User{Role: feedback.RoleModerator, Services: []string{"caf-94"}, Disabled: true}
	tests := []struct {
		name             string
		u                feedback.User
		service          string
		moderate, answer bool
	}{
		{"administrator moderates any service but does not answer", admin, "cpam-75", true, false},
		{"moderator moderates in scope", mod, "caf-94", true, false},
		{"moderator is refused out of scope", mod, "cpam-75", false, false},
		{"moderator with star scope moderates anywhere", modAll, "cpam-75", true, false},
		{"answerer answers in scope but does not moderate", ans, "caf-94", false, true},
		{"answerer is refused out of scope", ans, "cpam-75", false, false},
		{"disabled user can do nothing", off, "caf-94", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.u.CanModerate(tt.service); got != tt.moderate {
				t.Errorf("CanModerate(%q) = %v, want %v", tt.service, got, tt.moderate)
			}
			if got := tt.u.CanAnswer(tt.service); got != tt.answer {
				t.Errorf("CanAnswer(%q) = %v, want %v", tt.service, got, tt.answer)
			}
		})
	}
}

func TestPasswordHash(t *testing.T) {
	h, err := feedback.HashPassword("correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$") {
		t.Fatalf("hash %q is not an argon2id PHC string", h)
	}
	h2, _ := feedback.HashPassword("correct horse battery")
	if h == h2 {
		t.Fatal("two hashes of one password are equal: salt is not random")
	}
	tests := []struct {
		name, hash, password string
		want                 bool
	}{
		{"right password matches", h, "correct horse battery", true},
		{"wrong password does not match", h, "correct horse batterY", false},
		{"empty password does not match", h, "", false},
		{"malformed hash never matches", "$argon2id$v=19$m=x$salt$key", "correct horse battery", false},
		{"other algorithm never matches", strings.Replace(h, "argon2id", "argon2i", 1), "correct horse battery", false},
		{"hostile memory parameter never matches", strings.Replace(h, "m=32768", "m=99999999", 1), "correct horse battery", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := feedback.CheckPassword(tt.hash, tt.password); got != tt.want {
				t.Fatalf("CheckPassword = %v, want %v", got, tt.want)
			}
		})
	}
	if _, err := feedback.HashPassword("short"); feedback.ErrorField(err) != "password" {
		t.Fatalf("HashPassword(short) = %v, want invalid password", err)
	}
}

func TestSecrets(t *testing.T) {
	a, b := feedback.NewSecret(16), feedback.NewSecret(16)
	if a == b || len(a) != 22 {
		t.Fatalf("NewSecret(16) = %q, %q: want two distinct 22-char strings", a, b)
	}
	if h := feedback.HashSecret(a); len(h) != 64 || h == feedback.HashSecret(b) {
		t.Fatalf("HashSecret(%q) = %q", a, h)
	}
}

func ExampleCheckPassword() {
	hash, err := feedback.HashPassword("correct horse battery")
	if err != nil {
		panic(err)
	}
	fmt.Println(strings.HasPrefix(hash, "$argon2id$"))
	fmt.Println(feedback.CheckPassword(hash, "correct horse battery"))
	fmt.Println(feedback.CheckPassword(hash, "Correct horse battery"))
	// Output:
	// true
	// true
	// false
}

func ExampleUser_CanModerate() {
	u := feedback.User{Login: "alice", Role: feedback.RoleModerator, Services: []string{"caf-94"}}
	fmt.Println(u.CanModerate("caf-94"), u.CanModerate("cpam-75"), u.CanAnswer("caf-94"))
	// Output: true false false
}

// BenchmarkCheckPassword measures one login's KDF cost (argon2id, 32 MiB,
// t=3, p=2): the price of a guess, and of a sign-in on a small server.
func BenchmarkCheckPassword(b *testing.B) {
	hash, err := feedback.HashPassword("correct horse battery")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if !feedback.CheckPassword(hash, "correct horse battery") {
			b.Fatal("no match")
		}
	}
}
