-- Invites and proposals refer to each other, so an import writes one before the other with
-- foreign keys deferred; each row written then looks up the rows that refer to it. These
-- indexes make that a lookup instead of a scan of the other table.
CREATE INDEX IF NOT EXISTS invites_proposal ON invites(proposal_id);
CREATE INDEX IF NOT EXISTS proposals_invite ON proposals(invite_id);
-- R19 looks up a job's live proposal per profile.
CREATE INDEX IF NOT EXISTS proposals_job_profile ON proposals(job_id, profile_id);
DROP INDEX IF EXISTS proposals_job; -- a prefix of the index above
