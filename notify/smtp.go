package notify

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/hex"
	"fmt"
	"net"
	"net/mail"
	"net/smtp"
	"strings"
	"time"
)

// SMTPOptions configure an SMTP sender.
type SMTPOptions struct {
	Addr     string // host:port of the relay
	From     string // envelope and header sender, e.g. "avis <no-reply@avis.example.fr>"
	Username string // optional; PLAIN auth, only over TLS or to localhost
	Password string
	// TLS configures STARTTLS; nil uses the relay's host name. STARTTLS is
	// used whenever the relay offers it.
	TLS *tls.Config
	// RequireTLS refuses to send when the relay does not offer STARTTLS.
	RequireTLS bool
	// Timeout bounds one delivery when ctx has no deadline; 0 means 30s.
	Timeout time.Duration
}

// SMTP delivers messages to a relay with net/smtp.
type SMTP struct {
	opts     SMTPOptions
	envelope string
}

// NewSMTP returns an SMTP sender, or an error for a bad address or sender.
func NewSMTP(opts SMTPOptions) (*SMTP, error) {
	if _, _, err := net.SplitHostPort(opts.Addr); err != nil {
		return nil, fmt.Errorf("notify: smtp address %q: %w", opts.Addr, err)
	}
	from, err := mail.ParseAddress(opts.From)
	if err != nil {
		return nil, fmt.Errorf("notify: sender %q: %w", opts.From, err)
	}
	if opts.Timeout == 0 {
		opts.Timeout = 30 * time.Second
	}
	return &SMTP{opts: opts, envelope: from.Address}, nil
}

var _ Sender = (*SMTP)(nil)

// Send implements Sender.
func (s *SMTP) Send(ctx context.Context, m Message) error {
	if err := m.Validate(); err != nil {
		return err
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, s.opts.Timeout)
		defer cancel()
	}
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", s.opts.Addr)
	if err != nil {
		return fmt.Errorf("notify: dial %s: %w", s.opts.Addr, err)
	}
	defer conn.Close()
	if dl, ok := ctx.Deadline(); ok {
		conn.SetDeadline(dl)
	}
	host, _, _ := net.SplitHostPort(s.opts.Addr)
	c, err := smtp.NewClient(conn, host)
	if err != nil {
		return fmt.Errorf("notify: smtp greeting: %w", err)
	}
	defer c.Close()
	if err := s.deliver(c, host, m); err != nil {
		return fmt.Errorf("notify: smtp: %w", err)
	}
	return c.Quit()
}

func (s *SMTP) deliver(c *smtp.Client, host string, m Message) error {
	if ok, _ := c.Extension("STARTTLS"); ok {
		cfg := s.opts.TLS
		if cfg == nil {
			cfg = &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12}
		}
		if err := c.StartTLS(cfg); err != nil {
			return err
		}
	} else if s.opts.RequireTLS {
		return fmt.Errorf("relay %s does not offer STARTTLS", s.opts.Addr)
	}
	if s.opts.Username != "" {
		// smtp.PlainAuth itself refuses to send the password in clear
		// to anything but localhost.
		if err := c.Auth(smtp.PlainAuth("", s.opts.Username, s.opts.Password, host)); err != nil {
			return err
		}
	}
	if err := c.Mail(s.envelope); err != nil {
		return err
	}
	if err := c.Rcpt(m.To); err != nil {
		return err
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write(compose(s.opts.From, m, time.Now(), messageID(s.envelope))); err != nil {
		return err
	}
	return w.Close()
}

func messageID(from string) string {
	b := make([]byte, 12)
	rand.Read(b)
	domain := "avis.invalid"
	if _, d, ok := strings.Cut(from, "@"); ok {
		domain = d
	}
	return hex.EncodeToString(b) + "@" + domain
}
