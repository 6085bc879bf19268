-- Foundation: clients, jobs, profiles, agencies, settings and the event log.
PRAGMA application_id = 1280197458; -- "LNCR": marks the file as a lancer store
-- Times are RFC 3339 UTC text; money is integer cents; lists are JSON arrays as text.

CREATE TABLE clients (
    id                    INTEGER PRIMARY KEY,
    uid                   TEXT UNIQUE,
    name                  TEXT NOT NULL,
    country               TEXT,
    payment_verified      INTEGER NOT NULL DEFAULT 0 CHECK (payment_verified IN (0, 1)),
    rating_hundredths     INTEGER CHECK (rating_hundredths BETWEEN 0 AND 500),
    reviews               INTEGER NOT NULL DEFAULT 0 CHECK (reviews >= 0),
    hire_rate_pct         INTEGER CHECK (hire_rate_pct BETWEEN 0 AND 100),
    total_spent_cents     INTEGER NOT NULL DEFAULT 0 CHECK (total_spent_cents >= 0),
    avg_hourly_paid_cents INTEGER CHECK (avg_hourly_paid_cents >= 0),
    jobs_posted           INTEGER NOT NULL DEFAULT 0 CHECK (jobs_posted >= 0),
    member_since          TEXT,
    recent_feedback       TEXT NOT NULL DEFAULT '[]' CHECK (json_type(recent_feedback) = 'array'),
    created_at            TEXT NOT NULL
) STRICT;

CREATE TABLE jobs (
    id                       INTEGER PRIMARY KEY,
    uid                      TEXT UNIQUE,
    client_id                INTEGER NOT NULL REFERENCES clients(id),
    title                    TEXT NOT NULL,
    description              TEXT NOT NULL DEFAULT '',
    skills                   TEXT NOT NULL DEFAULT '[]' CHECK (json_type(skills) = 'array'),
    pay_type                 TEXT NOT NULL CHECK (pay_type IN ('hourly', 'fixed')),
    hourly_min_cents         INTEGER CHECK (hourly_min_cents >= 0),
    hourly_max_cents         INTEGER CHECK (hourly_max_cents >= 0),
    fixed_cents              INTEGER CHECK (fixed_cents >= 0),
    experience_level         TEXT CHECK (experience_level IN ('entry', 'intermediate', 'expert')),
    project_length           TEXT CHECK (project_length IN ('less-than-1-month', '1-to-3-months', '3-to-6-months', 'more-than-6-months')),
    connects_cost            INTEGER NOT NULL CHECK (connects_cost BETWEEN 0 AND 16),
    featured                 INTEGER NOT NULL DEFAULT 0 CHECK (featured IN (0, 1)),
    private                  INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
    status                   TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    close_reason             TEXT CHECK (close_reason IN ('filled', 'cancelled', 'expired')),
    posted_at                TEXT NOT NULL,
    closed_at                TEXT,
    proposals                INTEGER NOT NULL DEFAULT 0 CHECK (proposals >= 0),
    invites_sent             INTEGER NOT NULL DEFAULT 0 CHECK (invites_sent >= 0),
    interviewing             INTEGER NOT NULL DEFAULT 0 CHECK (interviewing >= 0),
    last_viewed_by_client_at TEXT,
    bid_low_cents            INTEGER CHECK (bid_low_cents >= 0),
    bid_avg_cents            INTEGER CHECK (bid_avg_cents >= 0),
    bid_high_cents           INTEGER CHECK (bid_high_cents >= 0),
    questions                TEXT NOT NULL DEFAULT '[]' CHECK (json_type(questions) = 'array'),
    created_at               TEXT NOT NULL,
    CHECK ((pay_type = 'hourly' AND hourly_min_cents IS NOT NULL AND hourly_max_cents >= hourly_min_cents AND fixed_cents IS NULL)
        OR (pay_type = 'fixed' AND fixed_cents IS NOT NULL AND hourly_min_cents IS NULL AND hourly_max_cents IS NULL)),
    CHECK ((status = 'open') = (close_reason IS NULL))
) STRICT;
CREATE INDEX jobs_client ON jobs(client_id);

CREATE TABLE agencies (
    id         INTEGER PRIMARY KEY,
    uid        TEXT UNIQUE,
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE agency_members (
    id         INTEGER PRIMARY KEY,
    agency_id  INTEGER NOT NULL REFERENCES agencies(id),
    name       TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('owner', 'business-manager', 'member')),
    created_at TEXT NOT NULL,
    UNIQUE (agency_id, name)
) STRICT;

CREATE TABLE profiles (
    id          INTEGER PRIMARY KEY,
    uid         TEXT UNIQUE,
    name        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('general', 'specialized')),
    title       TEXT,
    rate_cents  INTEGER CHECK (rate_cents >= 0),
    skills      TEXT NOT NULL DEFAULT '[]' CHECK (json_type(skills) = 'array'),
    agency_id   INTEGER REFERENCES agencies(id),
    agency_role TEXT CHECK (agency_role IN ('owner', 'business-manager', 'member')),
    created_at  TEXT NOT NULL,
    CHECK ((agency_id IS NULL) = (agency_role IS NULL))
) STRICT;
-- R40: exactly one general profile at most.
CREATE UNIQUE INDEX profiles_one_general ON profiles(kind) WHERE kind = 'general';

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE events (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL,
    details   TEXT NOT NULL DEFAULT '{}' CHECK (json_type(details) = 'object')
) STRICT;
CREATE INDEX events_entity ON events(entity, entity_id);
