-- Pipeline integrity (R6, R20, R51):
-- * offers may be recorded as `expired` (written by the first change after the expiry) and
--   `withdrawn` (the client took the offer back when the job closed);
-- * a job remembers whether its Connects cost was given explicitly, so that a budget edit
--   recomputes only a derived cost.
-- SQLite cannot change a CHECK in place: the offers table is rebuilt. Foreign keys that point
-- at it are checked at commit, by which time the new table carries the name again.
PRAGMA defer_foreign_keys = ON;

CREATE TABLE offers_new (
    id                 INTEGER PRIMARY KEY,
    uid                TEXT UNIQUE,
    proposal_id        INTEGER NOT NULL REFERENCES proposals(id),
    pay_type           TEXT NOT NULL CHECK (pay_type IN ('hourly', 'fixed')),
    rate_cents         INTEGER CHECK (rate_cents >= 0),
    bid_cents          INTEGER CHECK (bid_cents >= 0),
    milestones         TEXT NOT NULL DEFAULT '[]' CHECK (json_type(milestones) = 'array'),
    weekly_limit_hours INTEGER CHECK (weekly_limit_hours BETWEEN 1 AND 168),
    fee_pct            INTEGER NOT NULL CHECK (fee_pct BETWEEN 0 AND 20),
    status             TEXT NOT NULL DEFAULT 'open'
                       CHECK (status IN ('open', 'accepted', 'declined', 'expired', 'withdrawn')),
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
INSERT INTO offers_new SELECT id, uid, proposal_id, pay_type, rate_cents, bid_cents, milestones,
    weekly_limit_hours, fee_pct, status, received_at, expires_at, responded_at, decline_reason,
    decline_message, accepted_by, created_at FROM offers;
DROP TABLE offers;
ALTER TABLE offers_new RENAME TO offers;
CREATE INDEX offers_proposal ON offers(proposal_id);
-- One open offer per proposal at a time.
CREATE UNIQUE INDEX offers_one_open ON offers(proposal_id) WHERE status = 'open';
-- Every change first records the open offers whose expiry has passed (R20).
CREATE INDEX offers_open_expiry ON offers(expires_at) WHERE status = 'open';

ALTER TABLE jobs ADD COLUMN connects_explicit INTEGER NOT NULL DEFAULT 0
    CHECK (connects_explicit IN (0, 1));
-- Stores made before this migration did not record it: a cost other than the one the budget
-- gives must have been set by hand.
UPDATE jobs SET connects_explicit = 1 WHERE connects_cost <> (
    CASE WHEN pay_type = 'fixed' THEN
        CASE WHEN fixed_cents < 5000 THEN 2 WHEN fixed_cents < 50000 THEN 4
             WHEN fixed_cents < 500000 THEN 6 ELSE 8 END
    ELSE
        CASE WHEN hourly_max_cents < 1500 THEN 2 WHEN hourly_max_cents < 3000 THEN 4
             WHEN hourly_max_cents < 6000 THEN 6 ELSE 8 END
    END);

-- Every change first records the lots that expired with Connects left (R50), in any account.
CREATE INDEX connects_lots_due ON connects_lots(expires_at) WHERE remaining > 0;
