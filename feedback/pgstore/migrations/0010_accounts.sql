-- Accounts: users, browser sessions and API tokens (feedback.AccountStore).
-- Sessions and tokens are stored by the SHA-256 of their secret only.

CREATE TABLE users (
	login         text COLLATE "C" PRIMARY KEY,
	display_name  text NOT NULL,
	role          text NOT NULL CHECK (role IN ('administrator', 'moderator', 'answerer')),
	team          text NOT NULL DEFAULT '',
	services      text[] NOT NULL DEFAULT '{}', -- slugs, or "*"
	email         text NOT NULL DEFAULT '',
	password_hash text NOT NULL,
	disabled      boolean NOT NULL DEFAULT false,
	created_at    timestamptz NOT NULL,
	updated_at    timestamptz NOT NULL
);

CREATE TABLE sessions (
	id           text PRIMARY KEY, -- SHA-256 hex of the cookie value
	login        text COLLATE "C" NOT NULL REFERENCES users (login) ON DELETE CASCADE,
	created_at   timestamptz NOT NULL,
	last_seen_at timestamptz NOT NULL,
	expires_at   timestamptz NOT NULL
);

CREATE INDEX sessions_login ON sessions (login);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE api_tokens (
	id           text COLLATE "C" PRIMARY KEY,
	login        text COLLATE "C" NOT NULL REFERENCES users (login) ON DELETE CASCADE,
	name         text NOT NULL,
	hash         text NOT NULL UNIQUE, -- SHA-256 hex of the secret
	created_at   timestamptz NOT NULL,
	last_used_at timestamptz,
	expires_at   timestamptz,
	revoked_at   timestamptz
);

CREATE INDEX api_tokens_login ON api_tokens (login, created_at);
