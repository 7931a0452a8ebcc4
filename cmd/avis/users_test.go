package main

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/notify"
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

func TestStaffOptionsFromEnvironment(t *testing.T) {
	st, err := openStore(context.Background(), filepath.Join(t.TempDir(), "avis.db"), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	tests := []struct {
		name     string
		baseURL  string
		env      map[string]string
		insecure bool
		sender   string // "", "smtp" or "file"
		delay    time.Duration
		fails    bool
	}{
		{"local try-out: insecure cookies, no notices", "", nil, true, "", 0, false},
		{"https deployment: secure cookies", "https://avis.example.fr", nil, false, "", 0, false},
		{"SMTP relay", "https://avis.example.fr", map[string]string{"AVIS_SMTP": "mail.example.fr:587", "AVIS_SMTP_FROM": "avis <no-reply@example.fr>"}, false, "smtp", 0, false},
		{"mail file", "", map[string]string{"AVIS_MAIL_FILE": filepath.Join(t.TempDir(), "mail.mbox")}, true, "file", 0, false},
		{"answer delay", "", map[string]string{"AVIS_ANSWER_DELAY": "72h"}, true, "", 72 * time.Hour, false},
		{"bad relay address fails", "", map[string]string{"AVIS_SMTP": "no-port"}, true, "", 0, true},
		{"bad delay fails", "", map[string]string{"AVIS_ANSWER_DELAY": "3 days"}, true, "", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := staffOptions(st, tt.baseURL, envOf(tt.env), slog.New(slog.DiscardHandler))
			if tt.fails {
				if err == nil {
					t.Fatal("no error")
				}
				return
			}
			if err != nil || o == nil || o.Accounts == nil {
				t.Fatalf("staffOptions = %+v, %v", o, err)
			}
			sender := ""
			switch o.Sender.(type) {
			case *notify.SMTP:
				sender = "smtp"
			case *notify.File:
				sender = "file"
			}
			if o.InsecureCookies != tt.insecure || sender != tt.sender || o.AnswerDelay != tt.delay {
				t.Fatalf("got insecure=%v sender=%q delay=%v", o.InsecureCookies, sender, o.AnswerDelay)
			}
		})
	}
}
