-- Instants are INTEGER microseconds since the Unix epoch, UTC: they sort
-- and compare exactly, and match PostgreSQL's timestamptz precision.

CREATE TABLE services (
	slug            TEXT PRIMARY KEY,
	name            TEXT NOT NULL,
	network         TEXT NOT NULL DEFAULT '',
	allowed_origins TEXT NOT NULL DEFAULT '[]', -- JSON array
	created_at      INTEGER NOT NULL
) STRICT;

CREATE TABLE feedback (
	id              TEXT PRIMARY KEY,
	service         TEXT NOT NULL REFERENCES services (slug),
	procedure       TEXT NOT NULL DEFAULT '',
	channel         TEXT NOT NULL,
	rating          TEXT NOT NULL CHECK (rating IN ('good', 'average', 'bad')),
	clarity         INTEGER NOT NULL DEFAULT 0,
	help            INTEGER NOT NULL DEFAULT 0,
	author          TEXT NOT NULL,
	text            TEXT NOT NULL,
	original_text   TEXT NOT NULL DEFAULT '',
	email           TEXT NOT NULL DEFAULT '',
	idempotency_key TEXT, -- NULL when the widget sent none
	client_hash     TEXT NOT NULL DEFAULT '',
	status          TEXT NOT NULL CHECK (status IN ('pending', 'published', 'rejected')),
	moderation      TEXT NOT NULL DEFAULT '{}', -- JSON feedback.Moderation
	created_at      INTEGER NOT NULL,
	updated_at      INTEGER NOT NULL,
	published_at    INTEGER,
	purged_at       INTEGER,
	UNIQUE (service, idempotency_key)
) STRICT;

CREATE INDEX feedback_service_created ON feedback (service, created_at, id);
CREATE INDEX feedback_status_created ON feedback (status, created_at, id);
CREATE INDEX feedback_created ON feedback (created_at, id);
CREATE INDEX feedback_unpurged ON feedback (created_at) WHERE purged_at IS NULL;

CREATE TABLE answers (
	id          TEXT PRIMARY KEY,
	feedback_id TEXT NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
	team        TEXT NOT NULL,
	text        TEXT NOT NULL,
	created_at  INTEGER NOT NULL
) STRICT;

CREATE INDEX answers_feedback ON answers (feedback_id, created_at);

CREATE TABLE audit (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	feedback_id TEXT NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
	actor       TEXT NOT NULL,
	action      TEXT NOT NULL,
	from_status TEXT NOT NULL DEFAULT '',
	to_status   TEXT NOT NULL,
	text_before TEXT NOT NULL DEFAULT '',
	text_after  TEXT NOT NULL DEFAULT '',
	reason      TEXT NOT NULL DEFAULT '',
	created_at  INTEGER NOT NULL
) STRICT;

CREATE INDEX audit_feedback ON audit (feedback_id, id);
