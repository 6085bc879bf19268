-- Breaks invariants on purpose (every statement also satisfies the schema's CHECKs and FKs).
PRAGMA foreign_keys = ON;
BEGIN;
-- I1
UPDATE proposals SET invite_id = NULL WHERE id = 2;
UPDATE proposals SET invite_id = 38 WHERE id = 8;
-- I2: a second live proposal of the freelancer on job 34; two agency proposals on job 40
INSERT INTO proposals (job_id, profile_id, status, pay_type, bid_cents, fee_pct, submitted_at, created_at) VALUES (34, 2, 'submitted', 'fixed', 10000, 10, '2026-03-09T00:00:00Z', '2026-03-09T00:00:00Z');
INSERT INTO proposals (job_id, profile_id, agency_id, status, pay_type, bid_cents, fee_pct, submitted_at, created_at) VALUES (40, 3, 1, 'submitted', 'fixed', 10000, 10, '2026-03-09T00:00:00Z', '2026-03-09T00:00:00Z');
INSERT INTO proposals (job_id, profile_id, agency_id, status, pay_type, bid_cents, fee_pct, submitted_at, created_at) VALUES (40, 2, 1, 'active', 'fixed', 10000, 10, '2026-03-09T01:00:00Z', '2026-03-09T01:00:00Z');
-- I3
UPDATE offers SET status = 'declined', responded_at = '2026-03-10T00:00:00Z', decline_reason = 'other' WHERE id = 16;
UPDATE proposals SET status = 'active' WHERE id = 10;
-- I4
DELETE FROM contracts WHERE id = 2;
UPDATE proposals SET status = 'active' WHERE id = 7;
UPDATE contracts SET proposal_id = 21 WHERE id = 4;
INSERT INTO proposals (job_id, profile_id, status, pay_type, bid_cents, fee_pct, submitted_at, created_at) VALUES (60, 3, 'hired', 'fixed', 10000, 10, '2026-01-09T00:00:00Z', '2026-01-09T00:00:00Z');
-- I5: close the job of offered proposal 15 (open offer 6) and a job with a pending invite
UPDATE jobs SET status = 'closed', close_reason = 'cancelled', closed_at = '2026-03-10T00:00:00Z' WHERE id IN (19, 1, 34);
-- I6 + ledger checks: a refund to declined proposal 3, drawn back into lot 19 after it expired
INSERT INTO connects_ledger (kind, amount, reason, entity, entity_id, at) VALUES ('refund', 5, 'odd', 'boost', 3, '2026-12-01T00:00:00Z');
INSERT INTO connects_draws (ledger_id, lot_id, amount) VALUES ((SELECT max(id) FROM connects_ledger), 19, 5);
UPDATE connects_lots SET remaining = remaining + 5 WHERE id = 19;
UPDATE connects_lots SET remaining = remaining - 1 WHERE id = 21;
UPDATE connects_ledger SET amount = amount - 1 WHERE id = 21;
INSERT INTO connects_ledger (kind, amount, reason, at) VALUES ('grant', 3, 'lost grant', '2026-02-01T00:00:00Z');
UPDATE connects_lots SET month = NULL WHERE id = 1;
-- an agency ledger/lot pair that expires (for the per-account queries)
INSERT INTO connects_ledger (agency_id, kind, amount, reason, at) VALUES (1, 'purchase', 7, 'old buy', '2025-01-01T00:00:00Z');
INSERT INTO connects_lots (agency_id, ledger_id, amount, remaining, issued_at, expires_at) VALUES (1, (SELECT max(id) FROM connects_ledger), 7, 7, '2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
-- I7: contact details in texts written before a contract
UPDATE proposals SET cover_letter = 'Mail me at dev@example.com', status_message = 'call +1 415 555 0100' WHERE id = 5;
UPDATE proposals SET answers = '["ping me on skype: devguy", {"question":"Q","answer":"write to a@b.co"}, 42, null]' WHERE id = 12;
INSERT INTO attachments (proposal_id, name, sha256, size, created_at) SELECT 5, 'cv-me@example.com.pdf', sha256, size, '2026-03-09T00:00:00Z' FROM blobs ORDER BY sha256 LIMIT 1;
UPDATE invites SET decline_message = 'email me: x@y.org' WHERE id = 1;
UPDATE offers SET decline_message = 'my number 555-0100' WHERE id = 16;
-- I8
UPDATE invites SET viewed_at = '2000-01-01T00:00:00Z' WHERE id = 3;
UPDATE contracts SET ended_at = '2000-01-01T00:00:00Z' WHERE id = 3;
UPDATE offers SET received_at = '2026-04-01T00:00:00Z' WHERE id = 13;
-- collation probes: mixed case, non-ASCII, LIKE wildcards in names; a non-canonical timestamp
INSERT INTO clients (name, country, payment_verified, created_at) VALUES ('alice cooper', 'us', 1, '2026-01-01T00:00:00Z');
INSERT INTO clients (name, country, payment_verified, created_at) VALUES ('Bob_Builder%co', 'US', 1, '2026-01-01 00:00:00Z');
INSERT INTO clients (name, country, payment_verified, created_at) VALUES ('Émile Zola', 'fr', 0, '2026-01-01T00:00:00.5Z');
INSERT INTO clients (name, country, payment_verified, created_at) VALUES ('bobXbuilderYco', 'Us', 1, '2026-01-01T00:00:00+01:00');
INSERT INTO clients (name, country, payment_verified, created_at) VALUES ('zoë', 'ÜS', 1, '2025-12-31T23:59:59Z');
UPDATE jobs SET skills = '["Élixir","rust"]' WHERE id = 5;
INSERT INTO connects_ledger (kind, amount, reason, entity, entity_id, at) VALUES ('refund', 1, 'undrawn', 'proposal', 3, '2026-03-01T00:00:00Z');
UPDATE invites SET responded_at = '2000-01-01T00:00:00Z' WHERE id = 9;
UPDATE invites SET received_at = '2000-01-02T00:00:00Z' WHERE id = 4;
UPDATE proposals SET submitted_at = '2000-01-01T00:00:00Z' WHERE id = 13;
UPDATE offers SET received_at = '2000-01-03T00:00:00Z' WHERE id = 7;
UPDATE proposals SET client_viewed_at = '2000-01-01T00:00:00Z' WHERE id = 14;
UPDATE contracts SET started_at = '2000-01-01T00:00:00Z' WHERE id = 5;
COMMIT;
