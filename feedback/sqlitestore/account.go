package sqlitestore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/avisproject/avis/feedback"
	"github.com/google/uuid"
)

var _ feedback.AccountStore = (*Store)(nil)

const userColumns = `login, display_name, role, team, services, email, password_hash, disabled, created_at, updated_at`

// CreateUser stores a new user.
func (s *Store) CreateUser(ctx context.Context, u *feedback.User) error {
	u.Normalize()
	if err := u.Validate(); err != nil {
		return err
	}
	scope, err := json.Marshal(nonNil(u.Services))
	if err != nil {
		return feedback.Internal(err, "encode scope")
	}
	now := s.clock()
	err = s.inTx(ctx, "create user", func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO users (`+userColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			u.Login, u.DisplayName, string(u.Role), u.Team, string(scope), u.Email, u.PasswordHash, u.Disabled, micros(now), micros(now))
		return err
	})
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
	scope, err := json.Marshal(nonNil(u.Services))
	if err != nil {
		return feedback.Internal(err, "encode scope")
	}
	now := s.clock()
	return s.inTx(ctx, "update user", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE users SET display_name = ?, role = ?, team = ?, services = ?, email = ?,
			password_hash = ?, disabled = ?, updated_at = ? WHERE login = ?`,
			u.DisplayName, string(u.Role), u.Team, string(scope), u.Email, u.PasswordHash, u.Disabled, micros(now), u.Login)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return feedback.Errorf(feedback.ENOTFOUND, "user %s not found", u.Login)
		}
		if u.Disabled {
			if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE login = ?`, u.Login); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `UPDATE api_tokens SET revoked_at = ? WHERE login = ? AND revoked_at IS NULL`,
				micros(now), u.Login); err != nil {
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
	u, err := scanUser(s.r.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users WHERE login = ?`, login))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, feedback.Errorf(feedback.ENOTFOUND, "user %s not found", login)
	}
	if err != nil {
		return nil, translate(err, "get user")
	}
	return u, nil
}

// ListUsers returns every user ordered by login.
func (s *Store) ListUsers(ctx context.Context) ([]*feedback.User, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT `+userColumns+` FROM users ORDER BY login`)
	if err != nil {
		return nil, translate(err, "list users")
	}
	defer rows.Close()
	list := []*feedback.User{}
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, translate(err, "list users")
		}
		list = append(list, u)
	}
	return list, translate(rows.Err(), "list users")
}

func scanUser(row scanner) (*feedback.User, error) {
	var (
		u                feedback.User
		role, scope      string
		created, updated int64
	)
	if err := row.Scan(&u.Login, &u.DisplayName, &role, &u.Team, &scope, &u.Email, &u.PasswordHash, &u.Disabled,
		&created, &updated); err != nil {
		return nil, err
	}
	u.Role = feedback.Role(role)
	if err := json.Unmarshal([]byte(scope), &u.Services); err != nil {
		return nil, feedback.Internal(err, "decode scope of %s", u.Login)
	}
	u.CreatedAt, u.UpdatedAt = fromMicros(created), fromMicros(updated)
	return &u, nil
}

// CreateSession stores a session.
func (s *Store) CreateSession(ctx context.Context, ss *feedback.Session) error {
	if ss.ID == "" || ss.Login == "" {
		return feedback.Invalid("id", "a session needs an id and a login")
	}
	return s.inTx(ctx, "create session", func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO sessions (id, login, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)`,
			ss.ID, ss.Login, micros(ss.CreatedAt), micros(ss.LastSeenAt), micros(ss.ExpiresAt))
		return err
	})
}

// GetSession returns a session by ID.
func (s *Store) GetSession(ctx context.Context, id string) (*feedback.Session, error) {
	var (
		ss                     feedback.Session
		created, seen, expires int64
	)
	err := s.r.QueryRowContext(ctx, `SELECT id, login, created_at, last_seen_at, expires_at FROM sessions WHERE id = ?`, id).
		Scan(&ss.ID, &ss.Login, &created, &seen, &expires)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, feedback.Errorf(feedback.ENOTFOUND, "session not found")
	}
	if err != nil {
		return nil, translate(err, "get session")
	}
	ss.CreatedAt, ss.LastSeenAt, ss.ExpiresAt = fromMicros(created), fromMicros(seen), fromMicros(expires)
	return &ss, nil
}

// TouchSession sets a session's LastSeenAt.
func (s *Store) TouchSession(ctx context.Context, id string, at time.Time) error {
	return s.execOne(ctx, "touch session", "session not found", `UPDATE sessions SET last_seen_at = ? WHERE id = ?`, micros(at), id)
}

// DeleteSession removes one session.
func (s *Store) DeleteSession(ctx context.Context, id string) error {
	_, err := s.execCount(ctx, "delete session", `DELETE FROM sessions WHERE id = ?`, id)
	return err
}

// DeleteSessions removes every session of a user.
func (s *Store) DeleteSessions(ctx context.Context, login string) (int, error) {
	return s.execCount(ctx, "delete sessions", `DELETE FROM sessions WHERE login = ?`, strings.ToLower(login))
}

// DeleteExpiredSessions removes expired and idle sessions.
func (s *Store) DeleteExpiredSessions(ctx context.Context, t, idleBefore time.Time) (int, error) {
	return s.execCount(ctx, "delete expired sessions", `DELETE FROM sessions WHERE expires_at < ? OR last_seen_at < ?`,
		micros(t), micros(idleBefore))
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
	err = s.inTx(ctx, "create token", func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO api_tokens (id, login, name, hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)`,
			id.String(), t.Login, strings.TrimSpace(t.Name), t.Hash, micros(now), nullMicros(t.ExpiresAt))
		return err
	})
	if err != nil {
		return err
	}
	t.ID, t.CreatedAt = id.String(), now
	return nil
}

const tokenColumns = `id, login, name, hash, created_at, last_used_at, expires_at, revoked_at`

// GetTokenByHash returns a token by the hash of its secret.
func (s *Store) GetTokenByHash(ctx context.Context, hash string) (*feedback.APIToken, error) {
	t, err := scanToken(s.r.QueryRowContext(ctx, `SELECT `+tokenColumns+` FROM api_tokens WHERE hash = ?`, hash))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, feedback.Errorf(feedback.ENOTFOUND, "token not found")
	}
	if err != nil {
		return nil, translate(err, "get token")
	}
	return t, nil
}

// ListTokens returns a user's tokens, oldest first.
func (s *Store) ListTokens(ctx context.Context, login string) ([]*feedback.APIToken, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT `+tokenColumns+` FROM api_tokens WHERE login = ? ORDER BY created_at, id`,
		strings.ToLower(login))
	if err != nil {
		return nil, translate(err, "list tokens")
	}
	defer rows.Close()
	list := []*feedback.APIToken{}
	for rows.Next() {
		t, err := scanToken(rows)
		if err != nil {
			return nil, translate(err, "list tokens")
		}
		list = append(list, t)
	}
	return list, translate(rows.Err(), "list tokens")
}

// TouchToken sets a token's LastUsedAt.
func (s *Store) TouchToken(ctx context.Context, id string, at time.Time) error {
	return s.execOne(ctx, "touch token", "token not found", `UPDATE api_tokens SET last_used_at = ? WHERE id = ?`, micros(at), id)
}

// RevokeToken sets a token's RevokedAt.
func (s *Store) RevokeToken(ctx context.Context, id string, at time.Time) error {
	return s.execOne(ctx, "revoke token", "token not found", `UPDATE api_tokens SET revoked_at = ? WHERE id = ?`, micros(at), id)
}

func scanToken(row scanner) (*feedback.APIToken, error) {
	var (
		t                      feedback.APIToken
		created                int64
		used, expires, revoked sql.NullInt64
	)
	if err := row.Scan(&t.ID, &t.Login, &t.Name, &t.Hash, &created, &used, &expires, &revoked); err != nil {
		return nil, err
	}
	t.CreatedAt = fromMicros(created)
	t.LastUsedAt, t.ExpiresAt, t.RevokedAt = fromNullMicros(used), fromNullMicros(expires), fromNullMicros(revoked)
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
	var n int64
	err := s.inTx(ctx, what, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, query, args...)
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	return int(n), err
}
