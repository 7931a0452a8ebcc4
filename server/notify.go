package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/notify"
)

// noticeTimeout bounds the notice sent while the answerer waits.
const noticeTimeout = 10 * time.Second

// noticeAnswered tells the author of f, by e-mail, that the administration
// answered. The address is only used here and logged redacted. A failure
// is logged and does not undo the answer; it reports whether it was sent.
func (st *staff) noticeAnswered(ctx context.Context, f *feedback.Feedback, a *feedback.Answer) bool {
	if st.sender == nil {
		return false
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), noticeTimeout)
	defer cancel()
	m := answerNotice(f, a, st.baseURL)
	if err := st.sender.Send(ctx, m); err != nil {
		st.logger.LogAttrs(ctx, slog.LevelError, "answer notice not sent", slog.String("feedback", f.ID),
			slog.String("to", notify.Redact(f.Email)), slog.Any("err", err))
		return false
	}
	return true
}

// answerNotice writes the notice in the contribution's language (French
// unless it was written in English). It quotes the public answer, which is
// already masked, and never the contribution's original text.
func answerNotice(f *feedback.Feedback, a *feedback.Answer, baseURL string) notify.Message {
	link := ""
	if baseURL != "" {
		link = baseURL + "/s/" + f.Service + "#avis-" + f.ID
	}
	if f.Moderation.Lang == "en" {
		body := "Hello,\n\nThe administration answered the feedback you left about " + f.Service + ".\n\n" +
			a.Team + " wrote:\n\n" + quote(a.Text) + "\n"
		if link != "" {
			body += "\nRead it online: " + link + "\n"
		}
		body += "\nYou receive this message once, because you left your address with your feedback. It is never published.\n"
		return notify.Message{To: f.Email, Subject: "Your feedback was answered", Body: body}
	}
	body := "Bonjour,\n\nL'administration a répondu à l'avis que vous avez déposé sur " + f.Service + ".\n\n" +
		a.Team + " a écrit :\n\n" + quote(a.Text) + "\n"
	if link != "" {
		body += "\nÀ lire en ligne : " + link + "\n"
	}
	body += "\nVous recevez ce message une seule fois, parce que vous avez laissé votre adresse avec votre avis. Elle n'est jamais publiée.\n"
	return notify.Message{To: f.Email, Subject: "Réponse à votre avis", Body: body}
}

func quote(s string) string {
	return "> " + strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\n", "\n> ")
}

// DigestOptions configure SendQueueDigest.
type DigestOptions struct {
	Store    feedback.Store
	Accounts feedback.AccountStore
	Sender   notify.Sender
	BaseURL  string    // public address of the server, for the link to the queue
	Now      time.Time // zero means time.Now()
}

// SendQueueDigest mails every enabled moderator and administrator who has
// an e-mail address how many contributions wait in their scope (skipping
// those with none), and returns how many digests were sent. It reads at
// most maxQueueScan pending contributions. Run it from a scheduler
// (avis users digest).
func SendQueueDigest(ctx context.Context, o DigestOptions) (int, error) {
	if o.Store == nil || o.Accounts == nil || o.Sender == nil {
		return 0, errors.New("server: digest needs a store, an account store and a sender")
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	users, err := o.Accounts.ListUsers(ctx)
	if err != nil {
		return 0, err
	}
	var pending []*feedback.Feedback
	f := feedback.Filter{Status: feedback.StatusPending, Oldest: true, Limit: feedback.MaxPageSize}
	for len(pending) < maxQueueScan {
		page, err := o.Store.ListFeedback(ctx, f)
		if err != nil {
			return 0, err
		}
		pending = append(pending, page.Items...)
		if page.NextCursor == "" {
			break
		}
		f.Cursor = page.NextCursor
	}
	sent := 0
	var errs []error
	for _, u := range users {
		if u.Email == "" || !canModerateSome(u) {
			continue
		}
		n, threats := 0, 0
		var oldest time.Time
		for _, it := range pending {
			if !u.CanModerate(it.Service) {
				continue
			}
			if n++; oldest.IsZero() {
				oldest = it.CreatedAt
			}
			if hasKind(it, "threat") {
				threats++
			}
		}
		if n == 0 {
			continue
		}
		body := fmt.Sprintf("Bonjour %s,\n\n%d avis attendent une décision (dont %d menaces), le plus ancien depuis %s.\n"+
			"%d contributions await a decision (%d threats), the oldest for %s.\n",
			u.DisplayName, n, threats, age(o.Now.Sub(oldest)), n, threats, age(o.Now.Sub(oldest)))
		if o.BaseURL != "" {
			body += "\n" + o.BaseURL + "/moderation/\n"
		}
		m := notify.Message{To: u.Email, Subject: fmt.Sprintf("avis : %d avis en attente de modération", n), Body: body}
		if err := o.Sender.Send(ctx, m); err != nil {
			errs = append(errs, fmt.Errorf("digest to %s: %w", u.Login, err))
			continue
		}
		sent++
	}
	return sent, errors.Join(errs...)
}

// age writes a duration the way a person reads it: "3 h", "2 j".
func age(d time.Duration) string {
	d = max(d, 0)
	switch {
	case d >= 48*time.Hour:
		return fmt.Sprintf("%d j", int(d.Hours()/24))
	case d >= time.Hour:
		return fmt.Sprintf("%d h", int(d.Hours()))
	default:
		return fmt.Sprintf("%d min", int(d.Minutes()))
	}
}
