-- Offers, contracts and catalog projects.

CREATE TABLE offers (
    id                 INTEGER PRIMARY KEY,
    uid                TEXT UNIQUE,
    proposal_id        INTEGER NOT NULL REFERENCES proposals(id),
    pay_type           TEXT NOT NULL CHECK (pay_type IN ('hourly', 'fixed')),
    rate_cents         INTEGER CHECK (rate_cents >= 0),
    bid_cents          INTEGER CHECK (bid_cents >= 0),
    milestones         TEXT NOT NULL DEFAULT '[]' CHECK (json_type(milestones) = 'array'),
    weekly_limit_hours INTEGER CHECK (weekly_limit_hours BETWEEN 1 AND 168),
    fee_pct            INTEGER NOT NULL CHECK (fee_pct BETWEEN 0 AND 20),
    status             TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'declined')),
    received_at        TEXT NOT NULL,
    expires_at         TEXT NOT NULL,
    responded_at       TEXT,
    decline_reason     TEXT CHECK (decline_reason IN ('rate-too-low', 'terms-mismatch', 'schedule-conflict',
                       'scope-changed', 'client-behavior', 'other')),
    decline_message    TEXT,
    accepted_by        TEXT,
    created_at         TEXT NOT NULL,
    CHECK ((pay_type = 'hourly' AND rate_cents IS NOT NULL) OR (pay_type = 'fixed' AND bid_cents IS NOT NULL))
) STRICT;
CREATE INDEX offers_proposal ON offers(proposal_id);
-- One open offer per proposal at a time.
CREATE UNIQUE INDEX offers_one_open ON offers(proposal_id) WHERE status = 'open';

CREATE TABLE catalog_projects (
    id            INTEGER PRIMARY KEY,
    uid           TEXT UNIQUE,
    title         TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    price_cents   INTEGER NOT NULL CHECK (price_cents >= 500),
    delivery_days INTEGER NOT NULL CHECK (delivery_days BETWEEN 1 AND 365),
    profile_id    INTEGER REFERENCES profiles(id),
    created_at    TEXT NOT NULL
) STRICT;

CREATE TABLE contracts (
    id                 INTEGER PRIMARY KEY,
    uid                TEXT UNIQUE,
    offer_id           INTEGER UNIQUE REFERENCES offers(id),
    proposal_id        INTEGER REFERENCES proposals(id),
    catalog_id         INTEGER REFERENCES catalog_projects(id),
    client_id          INTEGER NOT NULL REFERENCES clients(id),
    job_id             INTEGER REFERENCES jobs(id),
    title              TEXT NOT NULL,
    pay_type           TEXT NOT NULL CHECK (pay_type IN ('hourly', 'fixed')),
    rate_cents         INTEGER CHECK (rate_cents >= 0),
    bid_cents          INTEGER CHECK (bid_cents >= 0),
    milestones         TEXT NOT NULL DEFAULT '[]' CHECK (json_type(milestones) = 'array'),
    weekly_limit_hours INTEGER,
    fee_pct            INTEGER NOT NULL CHECK (fee_pct BETWEEN 0 AND 20),
    status             TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'ended')),
    started_at         TEXT NOT NULL,
    ended_at           TEXT,
    end_reason         TEXT,
    created_at         TEXT NOT NULL,
    CHECK ((offer_id IS NOT NULL AND proposal_id IS NOT NULL) OR catalog_id IS NOT NULL),
    CHECK ((status = 'ended') = (ended_at IS NOT NULL))
) STRICT;
CREATE INDEX contracts_proposal ON contracts(proposal_id);

-- Spending and balances only look at lots with Connects left.
CREATE INDEX connects_lots_live ON connects_lots(coalesce(agency_id, 0), expires_at) WHERE remaining > 0;

-- Lists filter by status and sort by time through invites_received; a second index that moves
-- on every answer costs more than it saves.
DROP INDEX invites_status_received;
