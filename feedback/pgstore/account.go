package pgstore

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/avisproject/avis/feedback"
	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
)

var _ feedback.AccountStore = (*Store)(nil)

const userColumns = `login, display_name, role, team, services, email, password_hash, disabled, created_at, updated_at`

// CreateUser stores a new user.
func (s *Store) CreateUser(ctx context.Context, u *feedback.User) error {
	u.Normalize()
	if err := u.Validate(); err != nil {
		return err
	}
	now := s.clock()
	_, err := s.pool.Exec(ctx, `INSERT INTO users (`+userColumns+`) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
		u.Login, u.DisplayName, string(u.Role), u.Team, nonNil(u.Services), u.Email, u.PasswordHash, u.Disabled, now, now)
	err = translate(err, "create user")
	if feedback.ErrorCode(err) == feedback.ECONFLICT {
		return &feedback.Error{Code: feedback.ECONFLICT, Field: "login", Message: "user " + u.Login + " already exists"}
	}
	if err != nil {
		return err
	}
	u.CreatedAt, u.UpdatedAt = now, now
	return nil
}

// UpdateUser replaces a user's fields; disabling ends their sessions and
// revokes their tokens in the same transaction.
func (s *Store) UpdateUser(ctx context.Context, u *feedback.User) error {
	u.Normalize()
	if err := u.Validate(); err != nil {
		return err
	}
	now := s.clock()
	return s.inTx(ctx, "update user", func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE users SET display_name = $1, role = $2, team = $3, services = $4, email = $5,
			password_hash = $6, disabled = $7, updated_at = $8 WHERE login = $9`,
			u.DisplayName, string(u.Role), u.Team, nonNil(u.Services), u.Email, u.PasswordHash, u.Disabled, now, u.Login)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return feedback.Errorf(feedback.ENOTFOUND, "user %s not found", u.Login)
		}
		if u.Disabled {
			if _, err := tx.Exec(ctx, `DELETE FROM sessions WHERE login = $1`, u.Login); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `UPDATE api_tokens SET revoked_at = $1 WHERE login = $2 AND revoked_at IS NULL`,
				now, u.Login); err != nil {
				return err
			}
		}
		u.UpdatedAt = now
		return nil
	})
}

// GetUser returns a user by login (case-insensitive).
func (s *Store) GetUser(ctx context.Context, login string) (*feedback.User, error) {
	login = strings.ToLower(strings.TrimSpace(login))
	u, err := scanUser(s.pool.QueryRow(ctx, `SELECT `+userColumns+` FROM users WHERE login = $1`, login))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, feedback.Errorf(feedback.ENOTFOUND, "user %s not found", login)
	}
	if err != nil {
		return nil, translate(err, "get user")
	}
	return u, nil
}

// ListUsers returns every user ordered by login.
func (s *Store) ListUsers(ctx context.Context) ([]*feedback.User, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+userColumns+` FROM users ORDER BY login`)
	if err != nil {
		return nil, translate(err, "list users")
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (*feedback.User, error) { return scanUser(r) })
	if err != nil {
		return nil, translate(err, "list users")
	}
	if list == nil {
		list = []*feedback.User{}
	}
	return list, nil
}

func scanUser(row pgx.Row) (*feedback.User, error) {
	var (
		u    feedback.User
		role string
	)
	if err := row.Scan(&u.Login, &u.DisplayName, &role, &u.Team, &u.Services, &u.Email, &u.PasswordHash, &u.Disabled,
		&u.CreatedAt, &u.UpdatedAt); err != nil {
		return nil, err
	}
	u.Role = feedback.Role(role)
	u.CreatedAt, u.UpdatedAt = utc(u.CreatedAt), utc(u.UpdatedAt)
	return &u, nil
}

// CreateSession stores a session.
func (s *Store) CreateSession(ctx context.Context, ss *feedback.Session) error {
	if ss.ID == "" || ss.Login == "" {
		return feedback.Invalid("id", "a session needs an id and a login")
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO sessions (id, login, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $5)`,
		ss.ID, ss.Login, feedback.StoreTime(ss.CreatedAt), feedback.StoreTime(ss.LastSeenAt), feedback.StoreTime(ss.ExpiresAt))
	return translate(err, "create session")
}

// GetSession returns a session by ID.
func (s *Store) GetSession(ctx context.Context, id string) (*feedback.Session, error) {
	var ss feedback.Session
	err := s.pool.QueryRow(ctx, `SELECT id, login, created_at, last_seen_at, expires_at FROM sessions WHERE id = $1`, id).
		Scan(&ss.ID, &ss.Login, &ss.CreatedAt, &ss.LastSeenAt, &ss.ExpiresAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, feedback.Errorf(feedback.ENOTFOUND, "session not found")
	}
	if err != nil {
		return nil, translate(err, "get session")
	}
	ss.CreatedAt, ss.LastSeenAt, ss.ExpiresAt = utc(ss.CreatedAt), utc(ss.LastSeenAt), utc(ss.ExpiresAt)
	return &ss, nil
}

// TouchSession sets a session's LastSeenAt.
func (s *Store) TouchSession(ctx context.Context, id string, at time.Time) error {
	return s.execOne(ctx, "touch session", "session not found", `UPDATE sessions SET last_seen_at = $1 WHERE id = $2`,
		feedback.StoreTime(at), id)
}

// DeleteSession removes one session.
func (s *Store) DeleteSession(ctx context.Context, id string) error {
	_, err := s.execCount(ctx, "delete session", `DELETE FROM sessions WHERE id = $1`, id)
	return err
}

// DeleteSessions removes every session of a user.
func (s *Store) DeleteSessions(ctx context.Context, login string) (int, error) {
	return s.execCount(ctx, "delete sessions", `DELETE FROM sessions WHERE login = $1`, strings.ToLower(login))
}

// DeleteExpiredSessions removes expired and idle sessions.
func (s *Store) DeleteExpiredSessions(ctx context.Context, t, idleBefore time.Time) (int, error) {
	return s.execCount(ctx, "delete expired sessions", `DELETE FROM sessions WHERE expires_at < $1 OR last_seen_at < $2`,
		feedback.StoreTime(t), feedback.StoreTime(idleBefore))
}

// CreateToken stores an API token.
func (s *Store) CreateToken(ctx context.Context, t *feedback.APIToken) error {
	if t.Login == "" || strings.TrimSpace(t.Name) == "" || t.Hash == "" || len(t.Name) > 200 {
		return feedback.Invalid("name", "a token needs a login, a name (at most 200 bytes) and a hash")
	}
	id, err := uuid.NewV7()
	if err != nil {
		return feedback.Internal(err, "new token id")
	}
	now := s.clock()
	_, err = s.pool.Exec(ctx, `INSERT INTO api_tokens (id, login, name, hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
		id.String(), t.Login, strings.TrimSpace(t.Name), t.Hash, now, nullTime(t.ExpiresAt))
	if err != nil {
		return translate(err, "create token")
	}
	t.ID, t.CreatedAt = id.String(), now
	return nil
}

const tokenColumns = `id, login, name, hash, created_at, last_used_at, expires_at, revoked_at`

// GetTokenByHash returns a token by the hash of its secret.
func (s *Store) GetTokenByHash(ctx context.Context, hash string) (*feedback.APIToken, error) {
	t, err := scanToken(s.pool.QueryRow(ctx, `SELECT `+tokenColumns+` FROM api_tokens WHERE hash = $1`, hash))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, feedback.Errorf(feedback.ENOTFOUND, "token not found")
	}
	if err != nil {
		return nil, translate(err, "get token")
	}
	return t, nil
}

// ListTokens returns a user's tokens, oldest first.
func (s *Store) ListTokens(ctx context.Context, login string) ([]*feedback.APIToken, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+tokenColumns+` FROM api_tokens WHERE login = $1 ORDER BY created_at, id`,
		strings.ToLower(login))
	if err != nil {
		return nil, translate(err, "list tokens")
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (*feedback.APIToken, error) { return scanToken(r) })
	if err != nil {
		return nil, translate(err, "list tokens")
	}
	if list == nil {
		list = []*feedback.APIToken{}
	}
	return list, nil
}

// TouchToken sets a token's LastUsedAt.
func (s *Store) TouchToken(ctx context.Context, id string, at time.Time) error {
	return s.execOne(ctx, "touch token", "token not found", `UPDATE api_tokens SET last_used_at = $1 WHERE id = $2`,
		feedback.StoreTime(at), id)
}

// RevokeToken sets a token's RevokedAt.
func (s *Store) RevokeToken(ctx context.Context, id string, at time.Time) error {
	return s.execOne(ctx, "revoke token", "token not found", `UPDATE api_tokens SET revoked_at = $1 WHERE id = $2`,
		feedback.StoreTime(at), id)
}

func scanToken(row pgx.Row) (*feedback.APIToken, error) {
	var (
		t                      feedback.APIToken
		used, expires, revoked *time.Time
	)
	if err := row.Scan(&t.ID, &t.Login, &t.Name, &t.Hash, &t.CreatedAt, &used, &expires, &revoked); err != nil {
		return nil, err
	}
	t.CreatedAt = utc(t.CreatedAt)
	t.LastUsedAt, t.ExpiresAt, t.RevokedAt = orZero(used), orZero(expires), orZero(revoked)
	return &t, nil
}

// execOne runs a write that must touch one row, ENOTFOUND otherwise.
func (s *Store) execOne(ctx context.Context, what, notFound, query string, args ...any) error {
	n, err := s.execCount(ctx, what, query, args...)
	if err == nil && n == 0 {
		return feedback.Errorf(feedback.ENOTFOUND, "%s", notFound)
	}
	return err
}

func (s *Store) execCount(ctx context.Context, what, query string, args ...any) (int, error) {
	tag, err := s.pool.Exec(ctx, query, args...)
	if err != nil {
		return 0, translate(err, what)
	}
	return int(tag.RowsAffected()), nil
}
