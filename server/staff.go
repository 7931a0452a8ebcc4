package server

import (
	"errors"
	"html/template"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/notify"
)

// StaffOptions configure the side of avis used by moderators, answering
// teams and administrators: accounts, sessions, the moderation queue,
// decisions and public answers. Options.Staff nil mounts none of it.
type StaffOptions struct {
	// Accounts keeps users, sessions and API tokens. Required.
	Accounts feedback.AccountStore
	// Sender delivers the notice sent to an author when their contribution
	// is answered, and the queue digest; nil sends nothing.
	Sender notify.Sender
	// InsecureCookies drops the Secure attribute of the session cookie for
	// local http. The cookie is then named avis_session instead of
	// __Host-avis_session, because browsers refuse a __Host- cookie that
	// is not Secure.
	InsecureCookies bool
	// SessionIdle ends a session unused for this long; 0 means 30 minutes.
	SessionIdle time.Duration
	// SessionMax ends a session this long after login, used or not; 0
	// means 12 hours.
	SessionMax time.Duration
	// AnswerDelay is how long a published contribution may wait for an
	// answer before it is listed as overdue; 0 means 7 days.
	AnswerDelay time.Duration
	// Throttle limits password guessing; the zero value means defaults.
	Throttle ThrottleOptions
}

// Defaults of StaffOptions.
const (
	DefaultSessionIdle = 30 * time.Minute
	DefaultSessionMax  = 12 * time.Hour
	DefaultAnswerDelay = 7 * 24 * time.Hour
)

// Cookie names: the __Host- prefix pins the cookie to this host, path /
// and https; plain http (local use) cannot carry it.
const (
	sessionCookieSecure   = "__Host-avis_session"
	sessionCookieInsecure = "avis_session"
)

// staff serves the moderators' and answerers' routes. It shares the
// Server's store, moderator, clock and error writer.
type staff struct {
	*Server
	accounts   feedback.AccountStore
	sender     notify.Sender
	opts       StaffOptions
	cookieName string
	throttle   *loginThrottle
	dummyHash  string // checked when the login is unknown, to take the same time
	cop        *http.CrossOriginProtection
	pages      map[string]*template.Template
	assets     *assets
}

// mountStaff registers the staff routes on e.
func (s *Server) mountStaff(e *gin.Engine, o *StaffOptions) error {
	if o.Accounts == nil {
		return errors.New("server: StaffOptions.Accounts is required")
	}
	st := &staff{Server: s, accounts: o.Accounts, sender: o.Sender, opts: *o, cookieName: sessionCookieSecure,
		cop: http.NewCrossOriginProtection()}
	if o.InsecureCookies {
		st.cookieName = sessionCookieInsecure
	}
	if st.opts.SessionIdle <= 0 {
		st.opts.SessionIdle = DefaultSessionIdle
	}
	if st.opts.SessionMax <= 0 {
		st.opts.SessionMax = DefaultSessionMax
	}
	if st.opts.AnswerDelay <= 0 {
		st.opts.AnswerDelay = DefaultAnswerDelay
	}
	st.throttle = newLoginThrottle(st.opts.Throttle, s.clock)
	var err error
	if st.dummyHash, err = feedback.HashPassword(feedback.NewSecret(18)); err != nil {
		return err
	}
	if st.pages, err = parsePages(); err != nil {
		return err
	}
	if st.assets, err = loadAssets(); err != nil {
		return err
	}

	// The JSON API: session cookie or bearer token.
	api := e.Group("/api/v1", securityHeaders, noStore, st.sameOrigin)
	api.POST("/session", st.apiLogin)
	api.DELETE("/session", st.authenticate, st.apiLogout)
	api.GET("/session", st.authenticate, st.apiWhoAmI)
	mod := api.Group("/moderation", st.authenticate)
	mod.GET("/queue", st.require(canModerateSome), st.apiQueue)
	mod.GET("/feedback/:id", st.require(canModerateSome), st.apiItem)
	mod.GET("/feedback/:id/audit", st.require(canModerateSome), st.apiAudit)
	mod.POST("/feedback/:id/decision", st.require(canModerateSome), st.apiDecision)
	mod.GET("/overdue", st.require(canAnswerSome), st.apiOverdue)
	api.POST("/feedback/:id/answers", st.authenticate, st.require(canAnswerSome), st.apiAnswer)
	adm := api.Group("/admin", st.authenticate, st.require(isAdministrator))
	adm.GET("/users", st.apiListUsers)
	adm.POST("/users", st.apiCreateUser)
	adm.POST("/users/:login/disable", st.apiDisableUser)
	adm.POST("/users/:login/tokens", st.apiCreateToken)

	// The pages: session cookie only, rendered with html/template.
	e.GET("/moderation/static/:file", st.serveAsset)
	pg := e.Group("/moderation", st.pageHeaders, noStore, st.sameOrigin)
	pg.GET("/login", st.loginPage)
	pg.POST("/login", st.loginForm)
	pg.POST("/logout", st.authenticatePage, st.logoutForm)
	pg.GET("/", st.authenticatePage, st.requirePage(canModerateSome), st.queuePage)
	pg.GET("/feedback/:id", st.authenticatePage, st.requirePage(canWorkSome), st.itemPage)
	pg.POST("/feedback/:id/decision", st.authenticatePage, st.requirePage(canModerateSome), st.decisionForm)
	pg.POST("/feedback/:id/answers", st.authenticatePage, st.requirePage(canAnswerSome), st.answerForm)
	pg.GET("/answers", st.authenticatePage, st.requirePage(canAnswerSome), st.answersPage)
	pg.GET("/users", st.authenticatePage, st.requirePage(isAdministrator), st.usersPage)
	pg.POST("/users", st.authenticatePage, st.requirePage(isAdministrator), st.createUserForm)
	pg.POST("/users/:login/disable", st.authenticatePage, st.requirePage(isAdministrator), st.disableUserForm)
	return nil
}

// noStore keeps staff answers out of every cache: they hold private text.
func noStore(c *gin.Context) {
	c.Header("Cache-Control", "no-store")
}

// sameOrigin refuses cross-site state-changing requests (a form on another
// site posting to a moderator's session), using the browser's
// Sec-Fetch-Site and Origin headers. Requests without them (curl, back
// offices with a bearer token) pass: they carry no ambient cookie.
func (st *staff) sameOrigin(c *gin.Context) {
	if err := st.cop.Check(c.Request); err != nil {
		refused := feedback.Errorf(feedback.EFORBIDDEN, "cross-origin request refused")
		if strings.HasPrefix(c.Request.URL.Path, "/moderation/") {
			st.pageError(c, refused)
			return
		}
		st.writeError(c, refused)
	}
}
