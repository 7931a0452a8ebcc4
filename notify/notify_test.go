package notify_test

import (
	"bufio"
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/avisproject/avis/notify"
)

// smtpServer is a small but real SMTP peer (RFC 5321 subset: EHLO, AUTH
// PLAIN, MAIL, RCPT, DATA, RSET, NOOP, QUIT) on a loopback port.
type smtpServer struct {
	ln         net.Listener
	rejectRcpt string // a recipient answered 550
	mu         sync.Mutex
	mails      []received
	auth       []string
}

type received struct {
	from string
	to   []string
	data string
}

func startSMTP(t *testing.T) *smtpServer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("listen: %v", err)
	}
	s := &smtpServer{ln: ln}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go s.serve(c)
		}
	}()
	return s
}

func (s *smtpServer) serve(c net.Conn) {
	defer c.Close()
	r := bufio.NewReader(c)
	say := func(line string) { c.Write([]byte(line + "\r\n")) }
	say("220 localhost ESMTP test")
	var cur received
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		line = strings.TrimRight(line, "\r\n")
		verb := strings.ToUpper(strings.SplitN(line, " ", 2)[0])
		switch verb {
		case "EHLO", "HELO":
			say("250-localhost")
			say("250-8BITMIME")
			say("250 AUTH PLAIN")
		case "AUTH":
			s.mu.Lock()
			s.auth = append(s.auth, line)
			s.mu.Unlock()
			say("235 ok")
		case "MAIL":
			cur = received{from: strings.TrimPrefix(line, "MAIL FROM:")}
			say("250 ok")
		case "RCPT":
			to := strings.TrimPrefix(line, "RCPT TO:")
			if s.rejectRcpt != "" && strings.Contains(to, s.rejectRcpt) {
				say("550 no such user")
				continue
			}
			cur.to = append(cur.to, to)
			say("250 ok")
		case "DATA":
			say("354 go on")
			var b strings.Builder
			for {
				l, err := r.ReadString('\n')
				if err != nil {
					return
				}
				if l == ".\r\n" {
					break
				}
				b.WriteString(strings.TrimPrefix(l, "."))
			}
			cur.data = b.String()
			s.mu.Lock()
			s.mails = append(s.mails, cur)
			s.mu.Unlock()
			say("250 queued")
		case "RSET", "NOOP":
			say("250 ok")
		case "QUIT":
			say("221 bye")
			return
		default:
			say("502 not implemented")
		}
	}
}

func (s *smtpServer) received() []received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]received(nil), s.mails...)
}

func TestSMTPDelivers(t *testing.T) {
	srv := startSMTP(t)
	snd, err := notify.NewSMTP(notify.SMTPOptions{Addr: srv.ln.Addr().String(), From: "avis <no-reply@avis.test>",
		Username: "relay", Password: "pw"})
	if err != nil {
		t.Fatal(err)
	}
	m := notify.Message{To: "jeanne@example.fr", Subject: "Réponse à votre avis",
		Body: "Bonjour,\nL'administration a répondu.\n.\nFin"}
	if err := snd.Send(context.Background(), m); err != nil {
		t.Fatalf("Send: %v", err)
	}
	got := srv.received()
	if len(got) != 1 {
		t.Fatalf("server received %d messages, want 1", len(got))
	}
	r := got[0]
	if !strings.HasPrefix(r.from, "<no-reply@avis.test>") || len(r.to) != 1 || r.to[0] != "<jeanne@example.fr>" {
		t.Fatalf("envelope = %q -> %q", r.from, r.to)
	}
	for _, want := range []string{"Subject: =?utf-8?q?R=C3=A9ponse_=C3=A0_votre_avis?=\r\n", "To: jeanne@example.fr\r\n",
		"Content-Type: text/plain; charset=utf-8\r\n", "\r\n\r\nBonjour,\r\nL'administration a répondu.\r\n.\r\nFin\r\n"} {
		if !strings.Contains(r.data, want) {
			t.Errorf("message lacks %q:\n%s", want, r.data)
		}
	}
	srv.mu.Lock()
	auth := srv.auth
	srv.mu.Unlock()
	if len(auth) != 1 || !strings.HasPrefix(auth[0], "AUTH PLAIN ") {
		t.Errorf("auth = %q, want one AUTH PLAIN", auth)
	}
}

func TestSMTPFailures(t *testing.T) {
	srv := startSMTP(t)
	srv.rejectRcpt = "ghost@"
	snd, _ := notify.NewSMTP(notify.SMTPOptions{Addr: srv.ln.Addr().String(), From: "no-reply@avis.test"})
	tests := []struct {
		name string
		snd  notify.Sender
		m    notify.Message
	}{
		{"recipient refused by the relay is an error", snd, notify.Message{To: "ghost@example.fr", Subject: "s", Body: "b"}},
		{"header injection in subject is refused", snd, notify.Message{To: "a@example.fr", Subject: "s\r\nBcc: x@evil.test", Body: "b"}},
		{"display-name recipient is refused", snd, notify.Message{To: "Eve <a@example.fr>", Subject: "s", Body: "b"}},
		{"two recipients are refused", snd, notify.Message{To: "a@example.fr, b@example.fr", Subject: "s", Body: "b"}},
		{"empty body is refused", snd, notify.Message{To: "a@example.fr", Subject: "s", Body: " "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.snd.Send(context.Background(), tt.m); err == nil {
				t.Fatal("Send succeeded, want an error")
			}
		})
	}
	if n := len(srv.received()); n != 0 {
		t.Fatalf("server received %d messages, want 0", n)
	}
	t.Run("unreachable relay is an error", func(t *testing.T) {
		ln, _ := net.Listen("tcp", "127.0.0.1:0")
		addr := ln.Addr().String()
		ln.Close()
		dead, _ := notify.NewSMTP(notify.SMTPOptions{Addr: addr, From: "no-reply@avis.test", Timeout: time.Second})
		if err := dead.Send(context.Background(), notify.Message{To: "a@example.fr", Subject: "s", Body: "b"}); err == nil {
			t.Fatal("Send to a closed port succeeded")
		}
	})
	t.Run("relay without STARTTLS is refused when TLS is required", func(t *testing.T) {
		strict, _ := notify.NewSMTP(notify.SMTPOptions{Addr: srv.ln.Addr().String(), From: "no-reply@avis.test", RequireTLS: true})
		if err := strict.Send(context.Background(), notify.Message{To: "a@example.fr", Subject: "s", Body: "b"}); err == nil {
			t.Fatal("Send without STARTTLS succeeded")
		}
	})
}

func TestFileSender(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mail.txt")
	now := time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)
	snd := notify.NewFile(path, "no-reply@avis.test", nil, func() time.Time { return now })
	for _, to := range []string{"a@example.fr", "b@example.fr"} {
		if err := snd.Send(context.Background(), notify.Message{To: to, Subject: "Digest", Body: "3 en attente"}); err != nil {
			t.Fatalf("Send: %v", err)
		}
	}
	if err := snd.Send(context.Background(), notify.Message{To: "bad", Subject: "x", Body: "y"}); err == nil {
		t.Fatal("Send to a bad address succeeded")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := string(b)
	if strings.Count(out, "From avis ") != 2 || !strings.Contains(out, "To: b@example.fr\r\n") || !strings.Contains(out, "3 en attente") {
		t.Fatalf("file content:\n%s", out)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Fatalf("mode = %v, want 0600 (it holds citizens' addresses)", fi.Mode().Perm())
	}
}

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{"jeanne@example.fr": "j***@example.fr", "nope": "***", "@x": "***"} {
		if got := notify.Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}
