package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/notify"
	"github.com/avisproject/avis/server"
)

const usersUsage = `usage: avis users <add|list|disable|token|digest> [flags]

  avis users add --login alice --name "Alice Martin" --role moderator --services caf-94,cpam-75 < password.txt
  avis users add --login caf94 --name "Accueil CAF 94" --role answerer \
      --team "Équipe relation usagers de la CAF du Val-de-Marne" --services caf-94 < password.txt
  avis users list
  avis users disable --login alice
  avis users token --login crm --name "CRM export" --expires 2160h
  avis users digest --smtp mail.example.fr:587 --from "avis <no-reply@example.fr>"   (AVIS_SMTP_PASSWORD)
  avis users digest --mail-file digest.mbox

The password is read from the first line of standard input, never from a
flag (flags show in process lists and shell history).
` + staffEnvHelp

// runUsers manages the accounts of moderators, answerers and administrators.
func runUsers(ctx context.Context, args []string, env func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usersUsage)
		return errors.New("users: add, list, disable, token or digest?")
	}
	switch args[0] {
	case "add":
		return usersAdd(ctx, args[1:], env, stdin, stdout, stderr)
	case "list":
		return usersList(ctx, args[1:], env, stdout, stderr)
	case "disable":
		return usersDisable(ctx, args[1:], env, stdout, stderr)
	case "token":
		return usersToken(ctx, args[1:], env, stdout, stderr)
	case "digest":
		return usersDigest(ctx, args[1:], env, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usersUsage)
		return nil
	}
	fmt.Fprint(stderr, usersUsage)
	return fmt.Errorf("users: unknown command %q", args[0])
}

// openAccounts opens the store and its account side.
func openAccounts(ctx context.Context, database string, stderr io.Writer) (feedback.Store, feedback.AccountStore, error) {
	st, err := openStore(ctx, database, slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	if err != nil {
		return nil, nil, err
	}
	acc, ok := st.(feedback.AccountStore)
	if !ok {
		st.Close()
		return nil, nil, errors.New("this store keeps no accounts")
	}
	return st, acc, nil
}

func usersAdd(ctx context.Context, args []string, env func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	var u feedback.User
	var database, role, services string
	fs := flag.NewFlagSet("avis users add", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&database, "database", "avis.db", "SQLite file, or a postgres:// URL")
	fs.StringVar(&u.Login, "login", "", "login, lower-case (required)")
	fs.StringVar(&u.DisplayName, "name", "", "name shown to other staff, never in public (required)")
	fs.StringVar(&role, "role", "", "administrator, moderator or answerer (required)")
	fs.StringVar(&u.Team, "team", "", "answerers: the team that signs the answers")
	fs.StringVar(&services, "services", "", "comma-separated service slugs in scope, or * for all")
	fs.StringVar(&u.Email, "email", "", "address for the queue digest (optional)")
	if err := parseWithEnv(fs, args, onlyDatabase(env)); err != nil {
		return err
	}
	u.Role = feedback.Role(role)
	u.Services = strings.Split(services, ",")
	u.Normalize()
	u.PasswordHash = "checked below"
	if err := u.Validate(); err != nil {
		return err
	}
	line, err := bufio.NewReader(io.LimitReader(stdin, feedback.MaxPasswordBytes+2)).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("read the password from standard input: %w", err)
	}
	if u.PasswordHash, err = feedback.HashPassword(strings.TrimRight(line, "\r\n")); err != nil {
		return err
	}
	st, acc, err := openAccounts(ctx, database, stderr)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := acc.CreateUser(ctx, &u); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "added %s %s (%s)\n", u.Role, u.Login, u.DisplayName)
	return nil
}

func usersList(ctx context.Context, args []string, env func(string) string, stdout, stderr io.Writer) error {
	var database string
	fs := flag.NewFlagSet("avis users list", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&database, "database", "avis.db", "SQLite file, or a postgres:// URL")
	if err := parseWithEnv(fs, args, onlyDatabase(env)); err != nil {
		return err
	}
	st, acc, err := openAccounts(ctx, database, stderr)
	if err != nil {
		return err
	}
	defer st.Close()
	users, err := acc.ListUsers(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "LOGIN\tNAME\tROLE\tTEAM\tSERVICES\tSTATUS")
	for _, u := range users {
		status := "active"
		if u.Disabled {
			status = "disabled"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", u.Login, u.DisplayName, u.Role, u.Team, strings.Join(u.Services, ","), status)
	}
	return tw.Flush()
}

func usersDisable(ctx context.Context, args []string, env func(string) string, stdout, stderr io.Writer) error {
	var database, login string
	fs := flag.NewFlagSet("avis users disable", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&database, "database", "avis.db", "SQLite file, or a postgres:// URL")
	fs.StringVar(&login, "login", "", "the account to disable (required)")
	if err := parseWithEnv(fs, args, onlyDatabase(env)); err != nil {
		return err
	}
	st, acc, err := openAccounts(ctx, database, stderr)
	if err != nil {
		return err
	}
	defer st.Close()
	u, err := acc.GetUser(ctx, login)
	if err != nil {
		return err
	}
	u.Disabled = true
	if err := acc.UpdateUser(ctx, u); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "disabled %s: sessions ended, tokens revoked\n", u.Login)
	return nil
}

func usersToken(ctx context.Context, args []string, env func(string) string, stdout, stderr io.Writer) error {
	var database, login, name string
	var expires time.Duration
	fs := flag.NewFlagSet("avis users token", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&database, "database", "avis.db", "SQLite file, or a postgres:// URL")
	fs.StringVar(&login, "login", "", "the account the token acts for (required)")
	fs.StringVar(&name, "name", "", "what the token is for, e.g. \"CRM export\" (required)")
	fs.DurationVar(&expires, "expires", 0, "lifetime, e.g. 2160h; 0 never expires")
	if err := parseWithEnv(fs, args, onlyDatabase(env)); err != nil {
		return err
	}
	st, acc, err := openAccounts(ctx, database, stderr)
	if err != nil {
		return err
	}
	defer st.Close()
	secret := "avis_" + feedback.NewSecret(32)
	t := &feedback.APIToken{Login: strings.ToLower(login), Name: name, Hash: feedback.HashSecret(secret)}
	if expires > 0 {
		t.ExpiresAt = time.Now().Add(expires)
	}
	if err := acc.CreateToken(ctx, t); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "token %s for %s; the secret below is shown once and stored only as a hash\n", t.ID, t.Login)
	fmt.Fprintln(stdout, secret)
	return nil
}

func usersDigest(ctx context.Context, args []string, env func(string) string, stdout, stderr io.Writer) error {
	var database, smtpAddr, from, smtpUser, mailFile, baseURL string
	fs := flag.NewFlagSet("avis users digest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&database, "database", "avis.db", "SQLite file, or a postgres:// URL")
	fs.StringVar(&smtpAddr, "smtp", "", "SMTP relay host:port")
	fs.StringVar(&smtpUser, "smtp-user", "", "SMTP user (password in AVIS_SMTP_PASSWORD)")
	fs.StringVar(&from, "from", "avis <no-reply@localhost>", "sender address")
	fs.StringVar(&mailFile, "mail-file", "", "append the digests to this file instead of sending them")
	fs.StringVar(&baseURL, "base-url", "", "public address of the server, for the link to the queue")
	if err := parseWithEnv(fs, args, onlyDatabase(env)); err != nil {
		return err
	}
	var sender notify.Sender
	switch {
	case mailFile != "":
		sender = notify.NewFile(mailFile, from, nil, nil)
	case smtpAddr != "":
		s, err := notify.NewSMTP(notify.SMTPOptions{Addr: smtpAddr, From: from, Username: smtpUser, Password: env("AVIS_SMTP_PASSWORD")})
		if err != nil {
			return err
		}
		sender = s
	default:
		return errors.New("users digest: give --smtp or --mail-file")
	}
	st, acc, err := openAccounts(ctx, database, stderr)
	if err != nil {
		return err
	}
	defer st.Close()
	n, err := server.SendQueueDigest(ctx, server.DigestOptions{Store: st, Accounts: acc, Sender: sender, BaseURL: strings.TrimRight(baseURL, "/")})
	fmt.Fprintf(stdout, "sent %d digests\n", n)
	return err
}

// staffOptions mounts the moderators' and answerers' side of serve when
// the store keeps accounts (both stores do). Cookies are Secure only when
// the public address is https: a local http try-out could not sign in
// otherwise. The answer notices and the overdue delay are configured by
// environment (see staffEnvHelp); without a mail setting no notice is sent.
func staffOptions(st feedback.Store, baseURL string, env func(string) string, logger *slog.Logger) (*server.StaffOptions, error) {
	acc, ok := st.(feedback.AccountStore)
	if !ok {
		return nil, nil
	}
	o := &server.StaffOptions{Accounts: acc, InsecureCookies: !strings.HasPrefix(baseURL, "https://")}
	from := env("AVIS_SMTP_FROM")
	if from == "" {
		from = "avis <no-reply@localhost>"
	}
	switch {
	case env("AVIS_SMTP") != "":
		s, err := notify.NewSMTP(notify.SMTPOptions{Addr: env("AVIS_SMTP"), From: from, Username: env("AVIS_SMTP_USER"),
			Password: env("AVIS_SMTP_PASSWORD"), RequireTLS: env("AVIS_SMTP_REQUIRE_TLS") == "true"})
		if err != nil {
			return nil, fmt.Errorf("AVIS_SMTP: %w", err)
		}
		o.Sender = s
	case env("AVIS_MAIL_FILE") != "":
		o.Sender = notify.NewFile(env("AVIS_MAIL_FILE"), from, logger, nil)
	}
	if d := env("AVIS_ANSWER_DELAY"); d != "" {
		delay, err := time.ParseDuration(d)
		if err != nil || delay <= 0 {
			return nil, fmt.Errorf("AVIS_ANSWER_DELAY must be a positive duration such as 168h, got %q", d)
		}
		o.AnswerDelay = delay
	}
	return o, nil
}

// staffEnvHelp documents the environment staffOptions reads.
const staffEnvHelp = `
serve reads the staff side's mail and delay settings from the environment:
  AVIS_SMTP=host:port  AVIS_SMTP_FROM  AVIS_SMTP_USER  AVIS_SMTP_PASSWORD  AVIS_SMTP_REQUIRE_TLS=true
  AVIS_MAIL_FILE=path  (write notices to a file instead, for local use)
  AVIS_ANSWER_DELAY=168h  (published contributions unanswered this long are overdue)
`
