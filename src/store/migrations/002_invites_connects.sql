-- Invitations, proposals with their rooms and attachments, and the Connects ledger.

CREATE TABLE invites (
    id                     INTEGER PRIMARY KEY,
    uid                    TEXT UNIQUE,
    job_id                 INTEGER NOT NULL REFERENCES jobs(id),
    kind                   TEXT NOT NULL CHECK (kind IN ('client', 'featured')),
    message                TEXT,
    status                 TEXT NOT NULL DEFAULT 'pending'
                           CHECK (status IN ('pending', 'accepted', 'declined', 'archived', 'withdrawn', 'closed')),
    received_at            TEXT NOT NULL,
    responded_at           TEXT,
    viewed_at              TEXT,
    withdrawn_at           TEXT,
    decline_reason         TEXT CHECK (decline_reason IN ('not-my-skills', 'not-interested', 'too-busy',
                           'budget-too-low', 'client-concerns', 'spam', 'other')),
    decline_message        TEXT,
    referral               TEXT,
    interview_required     INTEGER NOT NULL DEFAULT 0 CHECK (interview_required IN (0, 1)),
    interview_started_at   TEXT,
    interview_submitted_at TEXT,
    proposal_id            INTEGER REFERENCES proposals(id),
    created_at             TEXT NOT NULL,
    CHECK ((status = 'declined') = (decline_reason IS NOT NULL)),
    CHECK ((status IN ('accepted', 'declined')) = (responded_at IS NOT NULL)),
    CHECK ((status = 'accepted') = (proposal_id IS NOT NULL))
) STRICT;
CREATE INDEX invites_status_received ON invites(status, received_at);
CREATE INDEX invites_job ON invites(job_id);
CREATE INDEX invites_received ON invites(received_at);
-- R5: one referral per job.
CREATE UNIQUE INDEX invites_one_referral_per_job ON invites(job_id) WHERE referral IS NOT NULL;

CREATE TABLE proposals (
    id               INTEGER PRIMARY KEY,
    uid              TEXT UNIQUE,
    job_id           INTEGER NOT NULL REFERENCES jobs(id),
    invite_id        INTEGER REFERENCES invites(id),
    profile_id       INTEGER NOT NULL REFERENCES profiles(id),
    agency_id        INTEGER REFERENCES agencies(id),
    submitted_by     TEXT,
    status           TEXT NOT NULL CHECK (status IN ('submitted', 'active', 'offered', 'hired',
                     'declined', 'withdrawn', 'archived')),
    pay_type         TEXT NOT NULL CHECK (pay_type IN ('hourly', 'fixed')),
    rate_cents       INTEGER CHECK (rate_cents BETWEEN 300 AND 99999),
    bid_cents        INTEGER CHECK (bid_cents BETWEEN 500 AND 100000000),
    milestones       TEXT NOT NULL DEFAULT '[]' CHECK (json_type(milestones) = 'array'),
    duration         TEXT CHECK (duration IN ('less-than-1-month', '1-to-3-months', '3-to-6-months', 'more-than-6-months')),
    cover_letter     TEXT,
    answers          TEXT NOT NULL DEFAULT '[]' CHECK (json_type(answers) = 'array'),
    fee_pct          INTEGER NOT NULL CHECK (fee_pct BETWEEN 0 AND 20),
    connects_spent   INTEGER NOT NULL DEFAULT 0 CHECK (connects_spent >= 0),
    boost_connects   INTEGER NOT NULL DEFAULT 0 CHECK (boost_connects >= 0),
    boost_refunded   INTEGER NOT NULL DEFAULT 0 CHECK (boost_refunded IN (0, 1)),
    submitted_at     TEXT NOT NULL,
    client_viewed_at TEXT,
    room_opened_at   TEXT,
    status_reason    TEXT,
    status_message   TEXT,
    created_at       TEXT NOT NULL,
    CHECK ((pay_type = 'hourly' AND rate_cents IS NOT NULL AND bid_cents IS NULL)
        OR (pay_type = 'fixed' AND bid_cents IS NOT NULL AND rate_cents IS NULL))
) STRICT;
CREATE INDEX proposals_job ON proposals(job_id);
CREATE INDEX proposals_status ON proposals(status);

-- R13: attachment bytes, stored once by their SHA-256.
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,
    size   INTEGER NOT NULL CHECK (size >= 0),
    bytes  BLOB NOT NULL
) STRICT;

CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    name        TEXT NOT NULL,
    sha256      TEXT NOT NULL REFERENCES blobs(sha256),
    size        INTEGER NOT NULL CHECK (size >= 0),
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX attachments_proposal ON attachments(proposal_id);

CREATE TABLE messages (
    id          INTEGER PRIMARY KEY,
    uid         TEXT UNIQUE,
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    author      TEXT NOT NULL,
    from_client INTEGER NOT NULL CHECK (from_client IN (0, 1)),
    body        TEXT NOT NULL,
    sent_at     TEXT NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX messages_proposal ON messages(proposal_id, sent_at);

-- R50: the ledger is append-only; grants and purchases open lots; every other row draws on
-- (or, for refunds, returns to) lots through connects_draws.
CREATE TABLE connects_ledger (
    id         INTEGER PRIMARY KEY,
    agency_id  INTEGER REFERENCES agencies(id),
    kind       TEXT NOT NULL CHECK (kind IN ('grant', 'purchase', 'spend', 'refund', 'expire')),
    amount     INTEGER NOT NULL CHECK ((kind IN ('grant', 'purchase', 'refund') AND amount > 0)
                                    OR (kind IN ('spend', 'expire') AND amount < 0)),
    reason     TEXT NOT NULL,
    entity     TEXT,
    entity_id  INTEGER,
    cost_cents INTEGER CHECK (cost_cents >= 0),
    at         TEXT NOT NULL
) STRICT;
CREATE INDEX connects_ledger_entity ON connects_ledger(entity, entity_id);

CREATE TABLE connects_lots (
    id         INTEGER PRIMARY KEY,
    agency_id  INTEGER REFERENCES agencies(id),
    ledger_id  INTEGER NOT NULL UNIQUE REFERENCES connects_ledger(id),
    amount     INTEGER NOT NULL CHECK (amount > 0),
    remaining  INTEGER NOT NULL CHECK (remaining >= 0 AND remaining <= amount),
    month      TEXT,
    issued_at  TEXT NOT NULL,
    expires_at TEXT NOT NULL
) STRICT;
CREATE INDEX connects_lots_account ON connects_lots(coalesce(agency_id, 0), expires_at);
-- R50: at most one monthly grant per account and month.
CREATE UNIQUE INDEX connects_one_grant_a_month ON connects_lots(coalesce(agency_id, 0), month) WHERE month IS NOT NULL;

CREATE TABLE connects_draws (
    id        INTEGER PRIMARY KEY,
    ledger_id INTEGER NOT NULL REFERENCES connects_ledger(id),
    lot_id    INTEGER NOT NULL REFERENCES connects_lots(id),
    amount    INTEGER NOT NULL CHECK (amount <> 0)
) STRICT;
CREATE INDEX connects_draws_ledger ON connects_draws(ledger_id);
CREATE INDEX connects_draws_lot ON connects_draws(lot_id);
