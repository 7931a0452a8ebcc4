package feedback

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/crypto/argon2"
)

// Role is what a person may do in avis.
type Role string

// The roles. An administrator manages services and accounts and may do
// everything a moderator does on every service; a moderator decides on the
// contributions of the services in their scope; an answerer writes the
// public answers of their team for the services in their scope.
const (
	RoleAdministrator Role = "administrator"
	RoleModerator     Role = "moderator"
	RoleAnswerer      Role = "answerer"
)

// Roles lists every role.
var Roles = []Role{RoleAdministrator, RoleModerator, RoleAnswerer}

// Valid reports whether r is a known role.
func (r Role) Valid() bool { return slices.Contains(Roles, r) }

// AllServices is the scope entry that covers every service.
const AllServices = "*"

// Limits on accounts.
const (
	MinPasswordBytes = 12
	MaxPasswordBytes = 1024
)

var loginRE = regexp.MustCompile(`^[a-z0-9][a-z0-9._@-]{1,63}$`)

// User is a person who works in avis: an administrator, a moderator or an
// answerer. Logins are lower-case; the display name is only shown to other
// staff, never in public (answers are signed by Team).
type User struct {
	Login        string    `json:"login"`
	DisplayName  string    `json:"display_name"`
	Role         Role      `json:"role"`
	Team         string    `json:"team,omitempty"`     // answerers: the team that signs answers
	Services     []string  `json:"services,omitempty"` // scope: service slugs, or AllServices
	Email        string    `json:"email,omitempty"`    // for the queue digest; never public
	PasswordHash string    `json:"-"`                  // PHC string made by HashPassword
	Disabled     bool      `json:"disabled"`
	CreatedAt    time.Time `json:"created_at"`
	UpdatedAt    time.Time `json:"updated_at"`
}

// Normalize trims the fields, lower-cases the login and sorts the scope.
func (u *User) Normalize() {
	u.Login = strings.ToLower(strings.TrimSpace(u.Login))
	u.DisplayName = strings.TrimSpace(u.DisplayName)
	u.Team = strings.TrimSpace(u.Team)
	u.Email = strings.TrimSpace(u.Email)
	scope := make([]string, 0, len(u.Services))
	for _, s := range u.Services {
		if s = strings.TrimSpace(s); s != "" && !slices.Contains(scope, s) {
			scope = append(scope, s)
		}
	}
	slices.Sort(scope)
	u.Services = scope
}

// Validate checks a user before it is stored and returns an EINVALID *Error
// naming the first bad field.
func (u *User) Validate() error {
	switch {
	case !loginRE.MatchString(u.Login):
		return Invalid("login", "login must be 2 to 64 lower-case letters, digits, dots, hyphens or @")
	case u.DisplayName == "" || len(u.DisplayName) > 200 || !utf8.ValidString(u.DisplayName):
		return Invalid("display_name", "display name is required (at most 200 bytes)")
	case !u.Role.Valid():
		return Invalid("role", "role must be administrator, moderator or answerer")
	case u.Role == RoleAnswerer && u.Team == "":
		return Invalid("team", "an answerer belongs to a team that signs the answers")
	case len(u.Team) > 200 || !utf8.ValidString(u.Team):
		return Invalid("team", "team is too long")
	case u.Role != RoleAdministrator && len(u.Services) == 0:
		return Invalid("services", "a moderator or answerer needs at least one service (or %q)", AllServices)
	case len(u.Email) > MaxEmailBytes:
		return Invalid("email", "email is too long")
	case u.PasswordHash == "":
		return Invalid("password", "a password is required")
	}
	for _, s := range u.Services {
		if s != AllServices && !ValidSlug(s) {
			return Invalid("services", "%q is not a service slug", s)
		}
	}
	return nil
}

// CanModerate reports whether u may decide on contributions of service.
func (u *User) CanModerate(service string) bool {
	if u.Disabled {
		return false
	}
	return u.Role == RoleAdministrator || (u.Role == RoleModerator && u.inScope(service))
}

// CanAnswer reports whether u may answer contributions of service. Only
// answerers answer: an answer is signed by a team.
func (u *User) CanAnswer(service string) bool {
	return !u.Disabled && u.Role == RoleAnswerer && u.inScope(service)
}

// ScopeAll reports whether u's scope covers every service.
func (u *User) ScopeAll() bool {
	return u.Role == RoleAdministrator || slices.Contains(u.Services, AllServices)
}

func (u *User) inScope(service string) bool {
	return slices.Contains(u.Services, AllServices) || slices.Contains(u.Services, service)
}

// Session is a signed-in browser. ID is the SHA-256 of the secret cookie
// value (see NewSecret), so a copy of the database opens no session.
type Session struct {
	ID         string    `json:"-"`
	Login      string    `json:"login"`
	CreatedAt  time.Time `json:"created_at"`
	LastSeenAt time.Time `json:"last_seen_at"`
	ExpiresAt  time.Time `json:"expires_at"` // absolute expiry
}

// APIToken is a bearer token for an agency's back office, acting as a user.
// Only the SHA-256 of the secret is stored (Hash).
type APIToken struct {
	ID         string    `json:"id"`
	Login      string    `json:"login"`
	Name       string    `json:"name"` // what it is for, e.g. "CRM export"
	Hash       string    `json:"-"`
	CreatedAt  time.Time `json:"created_at"`
	LastUsedAt time.Time `json:"last_used_at,omitzero"`
	ExpiresAt  time.Time `json:"expires_at,omitzero"` // zero: never
	RevokedAt  time.Time `json:"revoked_at,omitzero"`
}

// AccountStore keeps users, sessions and API tokens. It is separate from
// Store so that an agency can plug its own directory; every implementation
// passes storetest.RunAccounts. Errors are *Error values with the codes
// documented on each method; driver errors become EINTERNAL.
type AccountStore interface {
	// CreateUser stores a new user; the store sets CreatedAt and UpdatedAt.
	// EINVALID if u does not validate; ECONFLICT if the login exists.
	CreateUser(ctx context.Context, u *User) error
	// UpdateUser replaces display name, role, team, scope, e-mail, password
	// hash and disabled flag of a user. Disabling a user deletes their
	// sessions and revokes their tokens in the same transaction.
	// EINVALID if u does not validate; ENOTFOUND if the login is unknown.
	UpdateUser(ctx context.Context, u *User) error
	// GetUser returns a user by login. ENOTFOUND if unknown.
	GetUser(ctx context.Context, login string) (*User, error)
	// ListUsers returns every user ordered by login.
	ListUsers(ctx context.Context) ([]*User, error)

	// CreateSession stores a session. EINVALID without ID or login;
	// ENOTFOUND if the user is unknown; ECONFLICT if the ID exists.
	CreateSession(ctx context.Context, s *Session) error
	// GetSession returns a session by ID (the hash). ENOTFOUND if unknown.
	GetSession(ctx context.Context, id string) (*Session, error)
	// TouchSession sets LastSeenAt. ENOTFOUND if unknown.
	TouchSession(ctx context.Context, id string, at time.Time) error
	// DeleteSession removes one session; removing an unknown one is not an error.
	DeleteSession(ctx context.Context, id string) error
	// DeleteSessions removes every session of a user and returns how many.
	DeleteSessions(ctx context.Context, login string) (int, error)
	// DeleteExpiredSessions removes sessions whose ExpiresAt is before t,
	// or last seen before idleBefore, and returns how many.
	DeleteExpiredSessions(ctx context.Context, t, idleBefore time.Time) (int, error)

	// CreateToken stores a token; the store assigns ID and CreatedAt.
	// EINVALID without login, name or hash; ENOTFOUND if the user is unknown.
	CreateToken(ctx context.Context, t *APIToken) error
	// GetTokenByHash returns a token by the hash of its secret, revoked or
	// not. ENOTFOUND if unknown.
	GetTokenByHash(ctx context.Context, hash string) (*APIToken, error)
	// ListTokens returns a user's tokens, oldest first.
	ListTokens(ctx context.Context, login string) ([]*APIToken, error)
	// TouchToken sets LastUsedAt. ENOTFOUND if unknown.
	TouchToken(ctx context.Context, id string, at time.Time) error
	// RevokeToken sets RevokedAt. ENOTFOUND if unknown.
	RevokeToken(ctx context.Context, id string, at time.Time) error
}

// NewSecret returns a random secret of n bytes (crypto/rand) as URL-safe
// base64, for session cookies (16 bytes: 128 bits) and API tokens (32).
func NewSecret(n int) string {
	b := make([]byte, n)
	rand.Read(b) // never fails (crypto/rand panics on a broken system source)
	return base64.RawURLEncoding.EncodeToString(b)
}

// HashSecret returns the hex SHA-256 of a session or token secret: what the
// stores keep. A fast hash is right here because the secret has 128 bits or
// more of entropy; passwords use HashPassword.
func HashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// Argon2id parameters (RFC 9106 second recommendation, lowered memory for
// small servers): 64 MiB would be better but one login must not starve the
// two-core machines agencies run avis on.
const (
	argonTime    = 3
	argonMemory  = 32 * 1024 // KiB
	argonThreads = 2
	argonKeyLen  = 32
	argonSaltLen = 16
)

// HashPassword returns an argon2id PHC string
// ($argon2id$v=19$m=...,t=...,p=...$salt$hash) for the password. It returns
// an EINVALID *Error on field "password" when it is too short or too long.
func HashPassword(password string) (string, error) {
	if len(password) < MinPasswordBytes || len(password) > MaxPasswordBytes {
		return "", Invalid("password", "password must be %d to %d bytes long", MinPasswordBytes, MaxPasswordBytes)
	}
	salt := make([]byte, argonSaltLen)
	rand.Read(salt)
	key := argon2.IDKey([]byte(password), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads,
		base64.RawStdEncoding.EncodeToString(salt), base64.RawStdEncoding.EncodeToString(key)), nil
}

// CheckPassword reports whether password matches a hash made by
// HashPassword, comparing in constant time. A malformed hash never matches.
func CheckPassword(hash, password string) bool {
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" || parts[2] != "v="+strconv.Itoa(argon2.Version) {
		return false
	}
	var m, t uint32
	var p uint8
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &m, &t, &p); err != nil || m == 0 || t == 0 || p == 0 || m > 1<<20 || t > 16 {
		return false
	}
	salt, err := base64.RawStdEncoding.DecodeString(parts[4])
	if err != nil {
		return false
	}
	want, err := base64.RawStdEncoding.DecodeString(parts[5])
	if err != nil || len(want) == 0 || len(want) > 64 {
		return false
	}
	got := argon2.IDKey([]byte(password), salt, t, m, p, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1
}
