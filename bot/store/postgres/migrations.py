"""The PostgreSQL schema as numbered steps: each step's SQL runs once, recorded in `schema_version`.

A step is never edited once released: a change of the schema is a new step at the end. The
engine applies the steps a database lacks, all in one transaction under an advisory lock, so
that replicas starting together do not race (`engine.migrate`). Times are the store clock's
UNIX seconds (double precision), as the TinyDB engine keeps them.
"""

from __future__ import annotations

# Taken (as a transaction-scoped advisory lock) while the schema is created or upgraded.
MIGRATION_LOCK = 0x6E_6473_6D69  # "ndsmi": any constant the replicas share

VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version integer PRIMARY KEY,
    applied timestamptz NOT NULL DEFAULT now()
)
"""

_V1 = """
CREATE TABLE chats (
    chat_id bigint PRIMARY KEY,
    kind text NOT NULL DEFAULT '',
    title text NOT NULL DEFAULT '',
    active boolean NOT NULL DEFAULT true,
    inactive_reason text NOT NULL DEFAULT '',
    inactive_since double precision,
    created double precision NOT NULL,
    language text,
    user_language text,
    timezone text,
    mode text,
    times text[] NOT NULL DEFAULT '{}',
    quiet text[],
    include text[] NOT NULL DEFAULT '{}',
    exclude text[] NOT NULL DEFAULT '{}',
    max_related integer,
    previews boolean,
    roundup_at double precision
);
CREATE INDEX chats_scheduled ON chats (created, chat_id) WHERE mode = 'times' AND active;
CREATE INDEX chats_gone ON chats (chat_id) WHERE NOT active;

CREATE TABLE subscriptions (
    id bigint GENERATED ALWAYS AS IDENTITY,
    chat_id bigint NOT NULL,
    source text NOT NULL,
    thread_id bigint,
    since double precision NOT NULL,
    PRIMARY KEY (chat_id, source)
);
CREATE INDEX subscriptions_of_source ON subscriptions (source, id);

CREATE TABLE source_state (
    name text PRIMARY KEY,
    last_success double precision,
    last_new_story text,
    last_new_url text,
    last_error text,
    failures integer NOT NULL DEFAULT 0,
    last_failure double precision,
    etag text,
    last_modified text,
    alerted boolean NOT NULL DEFAULT false
);

-- A source whose first poll was recorded (its listing is not news), urls or none.
CREATE TABLE primed (
    source text PRIMARY KEY,
    since double precision NOT NULL
);

CREATE TABLE seen (
    source text NOT NULL,
    url text NOT NULL,
    listed double precision NOT NULL,
    PRIMARY KEY (source, url)
);
CREATE INDEX seen_by_age ON seen (source, listed);
CREATE INDEX seen_listed ON seen (listed);

CREATE TABLE source_registry (
    name text PRIMARY KEY,
    url text,
    title text NOT NULL DEFAULT '',
    kind text NOT NULL DEFAULT 'auto',
    interval integer,
    paused boolean NOT NULL DEFAULT false,
    removed boolean NOT NULL DEFAULT false,
    added double precision
);

CREATE TABLE digests (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key text NOT NULL UNIQUE,
    source text NOT NULL,
    source_title text NOT NULL,
    url text NOT NULL,
    title text NOT NULL,
    published text,
    lead text NOT NULL DEFAULT '',
    related jsonb NOT NULL DEFAULT '[]',
    others jsonb NOT NULL DEFAULT '[]',
    variant text NOT NULL DEFAULT '',
    created double precision NOT NULL
);
CREATE INDEX digests_newest ON digests (source, created DESC, id DESC);
CREATE INDEX digests_created ON digests (created);

-- One delivery per item and chat: enqueue and a copy from TinyDB add with ON CONFLICT DO NOTHING.
CREATE TABLE deliveries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind text NOT NULL,
    key text NOT NULL,
    chat_id bigint NOT NULL,
    thread_id bigint,
    status text NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    next_try double precision NOT NULL,
    created double precision NOT NULL,
    error text,
    message_id bigint,
    sent_at double precision,
    failed_at double precision,
    roundup text,
    UNIQUE (kind, key, chat_id)
);
CREATE INDEX deliveries_pending ON deliveries (created, id) WHERE status = 'pending';
-- A chat's waiting rows: the backoff check of `due`, and a chat gone or migrated. Few indexes:
-- each one costs every row a broadcast queues.
CREATE INDEX deliveries_waiting ON deliveries (chat_id, next_try) WHERE status IN ('pending', 'held');
CREATE INDEX deliveries_finished ON deliveries (created) WHERE status NOT IN ('pending', 'held');
CREATE INDEX deliveries_sent ON deliveries (sent_at) WHERE status = 'sent';

CREATE TABLE roundups (
    key text PRIMARY KEY,
    chat_id bigint NOT NULL,
    thread_id bigint,
    slot text NOT NULL,
    digests text[] NOT NULL,
    created double precision NOT NULL
);
CREATE INDEX roundups_digests ON roundups USING gin (digests);

CREATE TABLE sent_counts (
    hour double precision PRIMARY KEY,
    sent bigint NOT NULL
);

CREATE TABLE leases (
    name text PRIMARY KEY,
    holder text NOT NULL,
    until double precision NOT NULL
);
"""

# (version, SQL) in order; the database's version is the highest applied.
STEPS: tuple[tuple[int, str], ...] = (
    (1, _V1),
)
LATEST = STEPS[-1][0]
