package server

import (
	"context"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/avisproject/avis/feedback"
)

// principal is who a staff request acts for, and how they proved it.
type principal struct {
	user    *feedback.User
	session *feedback.Session  // nil when authenticated by token
	token   *feedback.APIToken // nil when authenticated by session
}

const principalKey = "avis.principal"

// who returns the authenticated principal; the route's middleware
// guarantees there is one.
func who(c *gin.Context) *principal {
	p, _ := c.Get(principalKey)
	return p.(*principal)
}

// touchEvery limits how often a session's LastSeenAt is written: a page
// view a minute is precise enough for a 30-minute idle timeout.
const touchEvery = time.Minute

// errUnauthorized is what every failed authentication says, whatever the
// cause, so that nobody learns which logins exist.
var errUnauthorized = feedback.Errorf(feedback.EUNAUTHORIZED, "sign in first")

// resolve finds the principal of a request from its bearer token or session
// cookie. It returns EUNAUTHORIZED when there is none or it is not valid.
func (st *staff) resolve(c *gin.Context) (*principal, error) {
	ctx := c.Request.Context()
	now := st.clock()
	if h := c.GetHeader("Authorization"); h != "" {
		scheme, secret, ok := strings.Cut(h, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") || secret == "" {
			return nil, errUnauthorized
		}
		return st.resolveToken(ctx, strings.TrimSpace(secret), now)
	}
	ck, err := c.Request.Cookie(st.cookieName)
	if err != nil || ck.Value == "" {
		return nil, errUnauthorized
	}
	ss, err := st.accounts.GetSession(ctx, feedback.HashSecret(ck.Value))
	if err != nil {
		return nil, unauthorizedUnlessInternal(err)
	}
	if !now.Before(ss.ExpiresAt) || now.Sub(ss.LastSeenAt) >= st.opts.SessionIdle {
		if err := st.accounts.DeleteSession(ctx, ss.ID); err != nil {
			return nil, err
		}
		return nil, errUnauthorized
	}
	u, err := st.accounts.GetUser(ctx, ss.Login)
	if err != nil || u.Disabled {
		return nil, unauthorizedUnlessInternal(err)
	}
	if now.Sub(ss.LastSeenAt) >= touchEvery {
		if err := st.accounts.TouchSession(ctx, ss.ID, now); err != nil && feedback.ErrorCode(err) != feedback.ENOTFOUND {
			return nil, err
		}
		ss.LastSeenAt = now
	}
	return &principal{user: u, session: ss}, nil
}

func (st *staff) resolveToken(ctx context.Context, secret string, now time.Time) (*principal, error) {
	t, err := st.accounts.GetTokenByHash(ctx, feedback.HashSecret(secret))
	if err != nil {
		return nil, unauthorizedUnlessInternal(err)
	}
	if !t.RevokedAt.IsZero() || (!t.ExpiresAt.IsZero() && !now.Before(t.ExpiresAt)) {
		return nil, errUnauthorized
	}
	u, err := st.accounts.GetUser(ctx, t.Login)
	if err != nil || u.Disabled {
		return nil, unauthorizedUnlessInternal(err)
	}
	if now.Sub(t.LastUsedAt) >= touchEvery {
		if err := st.accounts.TouchToken(ctx, t.ID, now); err != nil && feedback.ErrorCode(err) != feedback.ENOTFOUND {
			return nil, err
		}
	}
	return &principal{user: u, token: t}, nil
}

func unauthorizedUnlessInternal(err error) error {
	if err != nil && feedback.ErrorCode(err) == feedback.EINTERNAL {
		return err
	}
	return errUnauthorized
}

// authenticate is the API middleware: 401 without a valid session or token.
func (st *staff) authenticate(c *gin.Context) {
	p, err := st.resolve(c)
	if err != nil {
		if feedback.ErrorCode(err) == feedback.EUNAUTHORIZED {
			c.Header("WWW-Authenticate", `Bearer realm="avis"`)
		}
		st.writeError(c, err)
		return
	}
	c.Set(principalKey, p)
}

// login checks a password under the throttle and opens a session, ending
// the one the browser had (session rotation: an id planted before login is
// worth nothing after). It returns the user and the cookie secret, or
// EUNAUTHORIZED (bad credentials) or EFORBIDDEN with a retry delay
// (throttled).
func (st *staff) login(c *gin.Context, login, password string) (*feedback.User, time.Duration, error) {
	ctx := c.Request.Context()
	login = strings.ToLower(strings.TrimSpace(login))
	client := st.clientHash(c)
	if d := st.throttle.wait(login, client); d > 0 {
		return nil, d, feedback.Errorf(feedback.EFORBIDDEN, "too many failed sign-ins: try again in %d seconds", int(d.Seconds()+0.999))
	}
	u, err := st.accounts.GetUser(ctx, login)
	if err != nil && feedback.ErrorCode(err) != feedback.ENOTFOUND {
		return nil, 0, err
	}
	hash := st.dummyHash
	if u != nil {
		hash = u.PasswordHash
	}
	// Always pay for one KDF run so that response times do not tell
	// which logins exist.
	ok := feedback.CheckPassword(hash, password)
	if u == nil || !ok || u.Disabled {
		st.throttle.fail(login, client)
		st.logger.LogAttrs(ctx, slog.LevelWarn, "sign-in failed", slog.String("login", login))
		return nil, 0, feedback.Errorf(feedback.EUNAUTHORIZED, "wrong login or password")
	}
	st.throttle.succeed(login)
	if ck, err := c.Request.Cookie(st.cookieName); err == nil && ck.Value != "" {
		if err := st.accounts.DeleteSession(ctx, feedback.HashSecret(ck.Value)); err != nil {
			return nil, 0, err
		}
	}
	now := feedback.StoreTime(st.clock())
	secret := feedback.NewSecret(16)
	ss := &feedback.Session{ID: feedback.HashSecret(secret), Login: u.Login, CreatedAt: now, LastSeenAt: now,
		ExpiresAt: now.Add(st.opts.SessionMax)}
	if err := st.accounts.CreateSession(ctx, ss); err != nil {
		return nil, 0, err
	}
	st.setCookie(c, secret, int(st.opts.SessionMax.Seconds()))
	// Sweep sessions nobody will come back for; a login is rare enough
	// to pay for it and frequent enough to keep the table small.
	if _, err := st.accounts.DeleteExpiredSessions(ctx, now, now.Add(-st.opts.SessionIdle)); err != nil {
		st.logger.LogAttrs(ctx, slog.LevelWarn, "sweep expired sessions", slog.Any("err", err))
	}
	st.logger.LogAttrs(ctx, slog.LevelInfo, "signed in", slog.String("login", u.Login), slog.String("role", string(u.Role)))
	return u, 0, nil
}

// logout ends the request's session on the server and clears the cookie.
func (st *staff) logout(c *gin.Context) error {
	if p := who(c); p.session != nil {
		if err := st.accounts.DeleteSession(c.Request.Context(), p.session.ID); err != nil {
			return err
		}
	}
	st.setCookie(c, "", -1)
	return nil
}

func (st *staff) setCookie(c *gin.Context, value string, maxAge int) {
	http.SetCookie(c.Writer, &http.Cookie{
		Name:     st.cookieName,
		Value:    value,
		Path:     "/",
		MaxAge:   maxAge,
		Secure:   !st.opts.InsecureCookies,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
}
