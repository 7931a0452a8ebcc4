package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/avisproject/avis/feedback"
)

func TestUsersCommands(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "avis.db")
	users := func(stdin string, args ...string) (string, error) {
		var out, errs bytes.Buffer
		err := run(ctx, append([]string{"users"}, append(args, "--database", db)...), envOf(nil), strings.NewReader(stdin), &out, &errs)
		return out.String(), err
	}
	adds := []struct {
		name  string
		stdin string
		args  []string
		ok    bool
	}{
		{"moderator with scope is added", "correct horse battery\n", []string{"--login", "Alice", "--name", "Alice Martin", "--role", "moderator", "--services", "caf-94,cpam-75"}, true},
		{"answerer with team is added", "another good password\n", []string{"--login", "caf94", "--name", "Accueil", "--role", "answerer", "--team", "Équipe CAF 94", "--services", "caf-94"}, true},
		{"short password is refused", "short\n", []string{"--login", "bob", "--name", "Bob", "--role", "administrator"}, false},
		{"answerer without team is refused", "correct horse battery\n", []string{"--login", "bob", "--name", "Bob", "--role", "answerer", "--services", "caf-94"}, false},
		{"unknown role is refused", "correct horse battery\n", []string{"--login", "bob", "--name", "Bob", "--role", "root"}, false},
		{"duplicate login is refused", "correct horse battery\n", []string{"--login", "alice", "--name", "A", "--role", "administrator"}, false},
	}
	for _, tt := range adds {
		t.Run(tt.name, func(t *testing.T) {
			_, err := users(tt.stdin, append([]string{"add"}, tt.args...)...)
			if (err == nil) != tt.ok {
				t.Fatalf("err = %v, want ok=%v", err, tt.ok)
			}
		})
	}
	list, err := users("", "list")
	if err != nil || !strings.Contains(list, "alice") || !strings.Contains(list, "caf-94,cpam-75") || !strings.Contains(list, "Équipe CAF 94") || strings.Contains(list, "bob") {
		t.Fatalf("list: %v\n%s", err, list)
	}
	secret, err := users("", "token", "--login", "caf94", "--name", "CRM")
	if err != nil || !strings.HasPrefix(secret, "avis_") {
		t.Fatalf("token: %q %v", secret, err)
	}
	if _, err := users("", "disable", "--login", "alice"); err != nil {
		t.Fatalf("disable: %v", err)
	}
	if list, _ := users("", "list"); !strings.Contains(list, "disabled") {
		t.Fatalf("list after disable:\n%s", list)
	}
	if _, err := users("", "disable", "--login", "nobody"); feedback.ErrorCode(err) != feedback.ENOTFOUND {
		t.Fatalf("disable unknown: %v", err)
	}

	st, acc, err := openAccounts(ctx, db, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	u, err := acc.GetUser(ctx, "alice")
	if err != nil || !feedback.CheckPassword(u.PasswordHash, "correct horse battery") || !u.Disabled {
		t.Fatalf("stored alice: %+v, %v", u, err)
	}
	tok, err := acc.GetTokenByHash(ctx, feedback.HashSecret(strings.TrimSpace(secret)))
	if err != nil || tok.Login != "caf94" {
		t.Fatalf("token not stored by hash: %+v %v", tok, err)
	}

	mbox := filepath.Join(t.TempDir(), "digest.mbox")
	if out, err := users("", "digest", "--mail-file", mbox); err != nil || !strings.Contains(out, "sent 0 digests") {
		t.Fatalf("digest: %q %v", out, err)
	}
	if _, err := users("", "digest"); err == nil {
		t.Fatal("digest without a sender did not fail")
	}
}
