// Package notify sends e-mail notices: to a citizen when the administration
// answered their contribution, and the queue digest to moderators. Senders
// are small so an agency can plug its own relay; SMTP speaks to a real mail
// server with net/smtp, File writes the messages for local use.
package notify

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/mail"
	"strings"
	"time"
)

// Message is one e-mail in plain text.
type Message struct {
	To      string // a bare address; never logged in full
	Subject string
	Body    string
}

// Sender delivers messages.
type Sender interface {
	// Send delivers m or returns an error; it honours ctx's deadline.
	Send(ctx context.Context, m Message) error
}

// Validate checks a message before it is sent, refusing anything that could
// inject headers or recipients.
func (m Message) Validate() error {
	a, err := mail.ParseAddress(m.To)
	if err != nil || a.Address != m.To || a.Name != "" {
		return fmt.Errorf("notify: %q is not a bare e-mail address", Redact(m.To))
	}
	if strings.ContainsAny(m.Subject, "\r\n") {
		return errors.New("notify: subject holds a line break")
	}
	if strings.TrimSpace(m.Body) == "" {
		return errors.New("notify: empty body")
	}
	return nil
}

// Redact hides the local part of an address for logs: "j***@example.fr".
func Redact(addr string) string {
	local, domain, ok := strings.Cut(addr, "@")
	if !ok || local == "" {
		return "***"
	}
	return local[:1] + "***@" + domain
}

// compose renders m as an RFC 5322 message with UTF-8 headers and a
// quoted-printable-free 8bit body (every relay we target speaks 8BITMIME;
// lines are CRLF-terminated and dot-stuffing is net/smtp's job).
func compose(from string, m Message, now time.Time, id string) []byte {
	var b strings.Builder
	h := func(k, v string) { b.WriteString(k + ": " + v + "\r\n") }
	h("From", from)
	h("To", m.To)
	h("Subject", mime.QEncoding.Encode("utf-8", m.Subject))
	h("Date", now.Format(time.RFC1123Z))
	h("Message-ID", "<"+id+">")
	h("MIME-Version", "1.0")
	h("Content-Type", "text/plain; charset=utf-8")
	h("Content-Transfer-Encoding", "8bit")
	h("Auto-Submitted", "auto-generated")
	b.WriteString("\r\n")
	body := strings.ReplaceAll(m.Body, "\r\n", "\n")
	b.WriteString(strings.ReplaceAll(body, "\n", "\r\n"))
	if !strings.HasSuffix(body, "\n") {
		b.WriteString("\r\n")
	}
	return []byte(b.String())
}
