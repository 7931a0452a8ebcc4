package server

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/avisproject/avis/feedback"
)

// authenticatePage is authenticate for pages: without a valid session the
// login form is shown in place, with status 401, and comes back here.
func (st *staff) authenticatePage(c *gin.Context) {
	p, err := st.resolve(c)
	if err != nil {
		if feedback.ErrorCode(err) != feedback.EUNAUTHORIZED {
			st.pageError(c, err)
			return
		}
		next := ""
		if c.Request.Method == http.MethodGet {
			next = c.Request.URL.RequestURI()
		}
		st.render(c, http.StatusUnauthorized, "login", "login_title", loginData{Next: next}, nil)
		c.Abort()
		return
	}
	c.Set(principalKey, p)
}

// requirePage answers a 403 page unless the user has the permission.
func (st *staff) requirePage(ok permission) gin.HandlerFunc {
	return func(c *gin.Context) {
		if !ok(who(c).user) {
			st.pageError(c, errForbidden)
		}
	}
}

type loginData struct {
	Login string
	Next  string
}

func (st *staff) loginPage(c *gin.Context) {
	st.render(c, http.StatusOK, "login", "login_title", loginData{Next: c.Query("next")}, nil)
}

// safeNext keeps a post-login redirection inside the staff pages.
func safeNext(next string) string {
	if strings.HasPrefix(next, "/moderation/") && !strings.HasPrefix(next, "/moderation//") && !strings.ContainsAny(next, "\\\r\n") {
		return next
	}
	return ""
}

func (st *staff) loginForm(c *gin.Context) {
	login, next := c.PostForm("login"), safeNext(c.PostForm("next"))
	u, wait, err := st.login(c, login, c.PostForm("password"))
	if err != nil {
		status := http.StatusUnauthorized
		if wait > 0 {
			status = http.StatusTooManyRequests
			c.Header("Retry-After", strconv.Itoa(int(wait.Seconds()+0.999)))
		} else if feedback.ErrorCode(err) == feedback.EINTERNAL {
			st.pageError(c, err)
			return
		}
		st.render(c, status, "login", "login_title", loginData{Login: login, Next: next},
			func(p *page) { p.Error = feedback.ErrorMessage(err) })
		return
	}
	if next == "" {
		next = "/moderation/"
		if u.Role == feedback.RoleAnswerer {
			next = "/moderation/answers"
		}
	}
	c.Redirect(http.StatusSeeOther, next)
}

func (st *staff) logoutForm(c *gin.Context) {
	if err := st.logout(c); err != nil {
		st.pageError(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/moderation/login")
}

type queueData struct {
	Filter   queueFilter
	Age      string
	Services []*feedback.Service
	Kinds    []string
	Ages     []string
	Items    []*feedback.Feedback
	Total    int
	Now      time.Time
}

func (st *staff) queuePage(c *gin.Context) {
	ctx := c.Request.Context()
	u := who(c).user
	q, err := parseQueueFilter(c)
	if err != nil {
		st.pageError(c, err)
		return
	}
	items, total, err := st.queue(ctx, u, q)
	if err != nil {
		st.pageError(c, err)
		return
	}
	services, err := st.scopeServices(c, u.CanModerate)
	if err != nil {
		st.pageError(c, err)
		return
	}
	d := queueData{Filter: q, Age: c.Query("older_than"), Services: services, Kinds: flagKinds,
		Ages: []string{"1h", "24h", "3d", "7d"}, Items: items, Total: total, Now: st.clock()}
	st.render(c, http.StatusOK, "queue", "queue_title", d, func(p *page) { p.Notice = doneNotice(c, p.T) })
}

// scopeServices lists the services the user may work on.
func (st *staff) scopeServices(c *gin.Context, can func(string) bool) ([]*feedback.Service, error) {
	all, err := st.store.ListServices(c.Request.Context())
	if err != nil {
		return nil, err
	}
	var out []*feedback.Service
	for _, s := range all {
		if can(s.Slug) {
			out = append(out, s)
		}
	}
	return out, nil
}

// doneNotice words the ?done= status message after an action.
func doneNotice(c *gin.Context, t map[string]string) string {
	done := c.Query("done")
	msg := t["done_"+done]
	if msg == "" {
		return ""
	}
	if masked := c.Query("masked"); masked != "" {
		var kinds []string
		for _, k := range strings.Split(masked, ",") {
			if l := t["k_"+k]; l != "" {
				kinds = append(kinds, l)
			}
		}
		msg += " " + t["masked_again"] + " " + strings.Join(kinds, ", ") + "."
	}
	if c.Query("notified") == "1" {
		msg += " " + t["notified"]
	}
	return msg
}

type itemData struct {
	F           *feedback.Feedback
	Segments    []segment
	CanModerate bool
	CanAnswer   bool
	Reasons     []reasonOption
	Audit       []feedback.AuditEntry
	Overdue     bool
	Next        string // the next item of the queue, for j
}

type reasonOption struct{ Code, Label string }

func (st *staff) itemPage(c *gin.Context) {
	ctx := c.Request.Context()
	u := who(c).user
	f, err := st.item(ctx, u, c.Param("id"))
	if err != nil {
		st.pageError(c, err)
		return
	}
	d := itemData{F: f, CanModerate: u.CanModerate(f.Service), CanAnswer: u.CanAnswer(f.Service) && f.Status == feedback.StatusPublished,
		Overdue: f.Status == feedback.StatusPublished && st.overdue(f, st.clock())}
	if d.CanModerate {
		d.Segments = highlight(f.OriginalText, f.Moderation.Flags)
		if d.Audit, err = st.store.Audit(ctx, f.ID); err != nil {
			st.pageError(c, err)
			return
		}
		lang := pageLang(c)
		for _, r := range charter {
			d.Reasons = append(d.Reasons, reasonOption{r.Code, reasonLabel(r, lang)})
		}
	}
	st.render(c, http.StatusOK, "item", "item_title", d, func(p *page) { p.Notice = doneNotice(c, p.T) })
}

func (st *staff) decisionForm(c *gin.Context) {
	req := decisionRequest{Action: c.PostForm("action"), Text: c.PostForm("text"), Reason: c.PostForm("reason"),
		Override: c.PostForm("override") == "1", Note: c.PostForm("note")}
	res, err := st.decide(c.Request.Context(), who(c).user, c.Param("id"), req)
	if err != nil {
		st.decisionPageError(c, err)
		return
	}
	v := url.Values{"done": {req.Action}}
	if len(res.Masked) > 0 {
		v.Set("masked", strings.Join(res.Masked, ","))
	}
	c.Redirect(http.StatusSeeOther, "/moderation/?"+v.Encode())
}

func (st *staff) answerForm(c *gin.Context) {
	id := c.Param("id")
	res, err := st.answer(c.Request.Context(), who(c).user, id, c.PostForm("text"))
	if err != nil {
		st.pageError(c, err)
		return
	}
	v := url.Values{"done": {"answer"}}
	if len(res.Masked) > 0 {
		v.Set("masked", strings.Join(res.Masked, ","))
	}
	if res.Notified {
		v.Set("notified", "1")
	}
	c.Redirect(http.StatusSeeOther, "/moderation/feedback/"+url.PathEscape(id)+"?"+v.Encode())
}

type answersData struct {
	Items []*feedback.Feedback
	Now   time.Time
	Delay time.Duration
	Late  map[string]bool
}

func (st *staff) answersPage(c *gin.Context) {
	items, err := st.awaiting(c.Request.Context(), who(c).user, "", false)
	if err != nil {
		st.pageError(c, err)
		return
	}
	now := st.clock()
	d := answersData{Items: items, Now: now, Delay: st.opts.AnswerDelay, Late: map[string]bool{}}
	for _, f := range items {
		d.Late[f.ID] = st.overdue(f, now)
	}
	st.render(c, http.StatusOK, "answers", "answers_title", d, nil)
}

type usersData struct {
	Users []*feedback.User
	Roles []feedback.Role
}

func (st *staff) usersPage(c *gin.Context) {
	st.renderUsers(c, http.StatusOK, "")
}

func (st *staff) renderUsers(c *gin.Context, status int, errMsg string) {
	users, err := st.accounts.ListUsers(c.Request.Context())
	if err != nil {
		st.pageError(c, err)
		return
	}
	st.render(c, status, "users", "users_title", usersData{Users: users, Roles: feedback.Roles},
		func(p *page) { p.Error = errMsg })
}

func (st *staff) createUserForm(c *gin.Context) {
	req := newUserRequest{Login: c.PostForm("login"), DisplayName: c.PostForm("display_name"),
		Role: feedback.Role(c.PostForm("role")), Team: c.PostForm("team"), Email: c.PostForm("email"),
		Password: c.PostForm("password"), Services: strings.Split(c.PostForm("services"), ",")}
	if _, err := st.createUser(c, req); err != nil {
		if code := feedback.ErrorCode(err); code == feedback.EINVALID || code == feedback.ECONFLICT {
			st.renderUsers(c, statusOf[code], feedback.ErrorMessage(err))
			return
		}
		st.pageError(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/moderation/users")
}

func (st *staff) disableUserForm(c *gin.Context) {
	if _, err := st.disableUser(c, c.Param("login")); err != nil {
		st.pageError(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/moderation/users")
}
