-- Identifiers use the "C" collation: they sort bytewise, as in SQLite,
-- whatever the database's locale, and the (created_at, id) indexes serve
-- cursor pagination.

CREATE TABLE services (
	slug            text COLLATE "C" PRIMARY KEY,
	name            text NOT NULL,
	network         text NOT NULL DEFAULT '',
	allowed_origins text[] NOT NULL DEFAULT '{}',
	created_at      timestamptz NOT NULL
);

CREATE TABLE feedback (
	id              text COLLATE "C" PRIMARY KEY,
	service         text COLLATE "C" NOT NULL REFERENCES services (slug),
	procedure       text NOT NULL DEFAULT '',
	channel         text NOT NULL,
	rating          text NOT NULL CHECK (rating IN ('good', 'average', 'bad')),
	clarity         integer NOT NULL DEFAULT 0,
	help            integer NOT NULL DEFAULT 0,
	author          text NOT NULL,
	text            text NOT NULL,
	original_text   text NOT NULL DEFAULT '',
	email           text NOT NULL DEFAULT '',
	idempotency_key text, -- NULL when the widget sent none
	client_hash     text NOT NULL DEFAULT '',
	status          text NOT NULL CHECK (status IN ('pending', 'published', 'rejected')),
	moderation      jsonb NOT NULL DEFAULT '{}',
	created_at      timestamptz NOT NULL,
	updated_at      timestamptz NOT NULL,
	published_at    timestamptz,
	purged_at       timestamptz,
	UNIQUE (service, idempotency_key)
);

CREATE INDEX feedback_service_created ON feedback (service, created_at, id);
CREATE INDEX feedback_status_created ON feedback (status, created_at, id);
CREATE INDEX feedback_created ON feedback (created_at, id);
CREATE INDEX feedback_unpurged ON feedback (created_at) WHERE purged_at IS NULL;

CREATE TABLE answers (
	id          text COLLATE "C" PRIMARY KEY,
	feedback_id text COLLATE "C" NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
	team        text NOT NULL,
	text        text NOT NULL,
	created_at  timestamptz NOT NULL
);

CREATE INDEX answers_feedback ON answers (feedback_id, created_at);

CREATE TABLE audit (
	id          bigserial PRIMARY KEY,
	feedback_id text COLLATE "C" NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
	actor       text NOT NULL,
	action      text NOT NULL,
	from_status text NOT NULL DEFAULT '',
	to_status   text NOT NULL,
	text_before text NOT NULL DEFAULT '',
	text_after  text NOT NULL DEFAULT '',
	reason      text NOT NULL DEFAULT '',
	created_at  timestamptz NOT NULL
);

CREATE INDEX audit_feedback ON audit (feedback_id, id);
