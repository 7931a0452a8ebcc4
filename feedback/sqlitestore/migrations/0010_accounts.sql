-- Accounts: users, browser sessions and API tokens (feedback.AccountStore).
-- Sessions and tokens are stored by the SHA-256 of their secret only.

CREATE TABLE users (
	login         TEXT PRIMARY KEY,
	display_name  TEXT NOT NULL,
	role          TEXT NOT NULL CHECK (role IN ('administrator', 'moderator', 'answerer')),
	team          TEXT NOT NULL DEFAULT '',
	services      TEXT NOT NULL DEFAULT '[]', -- JSON array of slugs or "*"
	email         TEXT NOT NULL DEFAULT '',
	password_hash TEXT NOT NULL,
	disabled      INTEGER NOT NULL DEFAULT 0,
	created_at    INTEGER NOT NULL,
	updated_at    INTEGER NOT NULL
) STRICT;

CREATE TABLE sessions (
	id           TEXT PRIMARY KEY, -- SHA-256 hex of the cookie value
	login        TEXT NOT NULL REFERENCES users (login) ON DELETE CASCADE,
	created_at   INTEGER NOT NULL,
	last_seen_at INTEGER NOT NULL,
	expires_at   INTEGER NOT NULL
) STRICT;

CREATE INDEX sessions_login ON sessions (login);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE api_tokens (
	id           TEXT PRIMARY KEY,
	login        TEXT NOT NULL REFERENCES users (login) ON DELETE CASCADE,
	name         TEXT NOT NULL,
	hash         TEXT NOT NULL UNIQUE, -- SHA-256 hex of the secret
	created_at   INTEGER NOT NULL,
	last_used_at INTEGER,
	expires_at   INTEGER,
	revoked_at   INTEGER
) STRICT;

CREATE INDEX api_tokens_login ON api_tokens (login, created_at);
