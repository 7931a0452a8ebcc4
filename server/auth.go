package server

import (
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/avisproject/avis/feedback"
)

// permission tells whether a user may use a group of routes at all; the
// handlers then check the service scope of the contribution at hand.
type permission func(u *feedback.User) bool

func canModerateSome(u *feedback.User) bool {
	return !u.Disabled && (u.Role == feedback.RoleAdministrator || u.Role == feedback.RoleModerator)
}

func canAnswerSome(u *feedback.User) bool { return !u.Disabled && u.Role == feedback.RoleAnswerer }

func canWorkSome(u *feedback.User) bool { return canModerateSome(u) || canAnswerSome(u) }

func isAdministrator(u *feedback.User) bool {
	return !u.Disabled && u.Role == feedback.RoleAdministrator
}

var errForbidden = feedback.Errorf(feedback.EFORBIDDEN, "your role does not allow this")

// require answers 403 unless the authenticated user has the permission.
func (st *staff) require(ok permission) gin.HandlerFunc {
	return func(c *gin.Context) {
		if !ok(who(c).user) {
			st.writeError(c, errForbidden)
		}
	}
}

// errOutOfScope is returned for a contribution of a service outside the
// user's scope.
func errOutOfScope(service string) error {
	return feedback.Errorf(feedback.EFORBIDDEN, "service %s is outside your scope", service)
}

// userView is what the API shows of a user: never the password hash.
type userView struct {
	Login       string        `json:"login"`
	DisplayName string        `json:"display_name"`
	Role        feedback.Role `json:"role"`
	Team        string        `json:"team,omitempty"`
	Services    []string      `json:"services,omitempty"`
	Disabled    bool          `json:"disabled"`
}

func viewUser(u *feedback.User) userView {
	return userView{Login: u.Login, DisplayName: u.DisplayName, Role: u.Role, Team: u.Team, Services: u.Services, Disabled: u.Disabled}
}

// decodeJSON reads a small JSON body strictly into v.
func (st *staff) decodeJSON(c *gin.Context, v any) error {
	body, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, st.maxBody))
	if err != nil {
		return feedback.Errorf(feedback.EINVALID, "the body could not be read or is larger than %d bytes", st.maxBody)
	}
	return decodeStrict(body, v)
}

type loginRequest struct {
	Login    string `json:"login"`
	Password string `json:"password"`
}

// apiLogin opens a session from {"login","password"}; throttled attempts
// get 429 with Retry-After.
func (st *staff) apiLogin(c *gin.Context) {
	var req loginRequest
	if err := st.decodeJSON(c, &req); err != nil {
		st.writeError(c, err)
		return
	}
	u, wait, err := st.login(c, req.Login, req.Password)
	if wait > 0 {
		c.Header("Retry-After", strconv.Itoa(int(wait.Seconds()+0.999)))
		st.writeErrorStatus(c, http.StatusTooManyRequests, err)
		return
	}
	if err != nil {
		st.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"user": viewUser(u)})
}

func (st *staff) apiLogout(c *gin.Context) {
	if err := st.logout(c); err != nil {
		st.writeError(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

func (st *staff) apiWhoAmI(c *gin.Context) {
	p := who(c)
	out := gin.H{"user": viewUser(p.user)}
	if p.session != nil {
		out["session_expires_at"] = p.session.ExpiresAt
	}
	c.JSON(http.StatusOK, out)
}

// newUserRequest is the body of POST /api/v1/admin/users.
type newUserRequest struct {
	Login       string        `json:"login"`
	DisplayName string        `json:"display_name"`
	Role        feedback.Role `json:"role"`
	Team        string        `json:"team"`
	Services    []string      `json:"services"`
	Email       string        `json:"email"`
	Password    string        `json:"password"`
}

// createUser hashes the password and stores the user; shared by the API
// and the administrator page.
func (st *staff) createUser(c *gin.Context, req newUserRequest) (*feedback.User, error) {
	u := &feedback.User{Login: req.Login, DisplayName: req.DisplayName, Role: req.Role, Team: req.Team,
		Services: req.Services, Email: req.Email}
	u.Normalize()
	u.PasswordHash = "unset" // validated before paying for the KDF
	if err := u.Validate(); err != nil {
		return nil, err
	}
	hash, err := feedback.HashPassword(req.Password)
	if err != nil {
		return nil, err
	}
	u.PasswordHash = hash
	if err := st.accounts.CreateUser(c.Request.Context(), u); err != nil {
		return nil, err
	}
	st.logger.Info("user created", "login", u.Login, "role", string(u.Role), "by", who(c).user.Login)
	return u, nil
}

func (st *staff) apiCreateUser(c *gin.Context) {
	var req newUserRequest
	if err := st.decodeJSON(c, &req); err != nil {
		st.writeError(c, err)
		return
	}
	u, err := st.createUser(c, req)
	if err != nil {
		st.writeError(c, err)
		return
	}
	c.JSON(http.StatusCreated, gin.H{"user": viewUser(u)})
}

func (st *staff) apiListUsers(c *gin.Context) {
	users, err := st.accounts.ListUsers(c.Request.Context())
	if err != nil {
		st.writeError(c, err)
		return
	}
	out := make([]userView, 0, len(users))
	for _, u := range users {
		out = append(out, viewUser(u))
	}
	c.JSON(http.StatusOK, gin.H{"users": out})
}

// disableUser disables an account, which ends its sessions and revokes its
// tokens. An administrator cannot lock themselves out this way.
func (st *staff) disableUser(c *gin.Context, login string) (*feedback.User, error) {
	ctx := c.Request.Context()
	u, err := st.accounts.GetUser(ctx, login)
	if err != nil {
		return nil, err
	}
	if u.Login == who(c).user.Login {
		return nil, feedback.Invalid("login", "you cannot disable your own account")
	}
	u.Disabled = true
	if err := st.accounts.UpdateUser(ctx, u); err != nil {
		return nil, err
	}
	st.logger.Info("user disabled", "login", u.Login, "by", who(c).user.Login)
	return u, nil
}

func (st *staff) apiDisableUser(c *gin.Context) {
	u, err := st.disableUser(c, c.Param("login"))
	if err != nil {
		st.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"user": viewUser(u)})
}

type newTokenRequest struct {
	Name      string `json:"name"`
	ExpiresIn string `json:"expires_in"` // Go duration, e.g. "2160h"; "" never expires
}

// apiCreateToken makes an API token for a user. The secret is shown once,
// in this answer; only its hash is kept.
func (st *staff) apiCreateToken(c *gin.Context) {
	var req newTokenRequest
	if err := st.decodeJSON(c, &req); err != nil {
		st.writeError(c, err)
		return
	}
	t := &feedback.APIToken{Login: strings.ToLower(c.Param("login")), Name: req.Name}
	if req.ExpiresIn != "" {
		d, err := time.ParseDuration(req.ExpiresIn)
		if err != nil || d <= 0 {
			st.writeError(c, feedback.Invalid("expires_in", "expires_in must be a positive duration such as 2160h"))
			return
		}
		t.ExpiresAt = feedback.StoreTime(st.clock().Add(d))
	}
	secret := "avis_" + feedback.NewSecret(32)
	t.Hash = feedback.HashSecret(secret)
	if err := st.accounts.CreateToken(c.Request.Context(), t); err != nil {
		st.writeError(c, err)
		return
	}
	st.logger.Info("api token created", "login", t.Login, "token", t.ID, "by", who(c).user.Login)
	c.JSON(http.StatusCreated, gin.H{"token": t, "secret": secret})
}
