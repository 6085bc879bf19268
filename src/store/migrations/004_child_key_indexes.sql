-- An index on every column that refers to another table's row, so that checking a reference
-- (foreign keys, deferred during import) looks the child rows up instead of scanning for them.
CREATE INDEX IF NOT EXISTS proposals_invite ON proposals(invite_id);
-- R19 looks up a job's live proposal per profile; profiles are few, so no index of their own.
CREATE INDEX IF NOT EXISTS proposals_job_profile ON proposals(job_id, profile_id);
DROP INDEX IF EXISTS proposals_job; -- a prefix of the index above
CREATE INDEX IF NOT EXISTS proposals_agency ON proposals(agency_id);
CREATE INDEX IF NOT EXISTS invites_proposal ON invites(proposal_id);
CREATE INDEX IF NOT EXISTS profiles_agency ON profiles(agency_id);
CREATE INDEX IF NOT EXISTS attachments_blob ON attachments(sha256);
CREATE INDEX IF NOT EXISTS contracts_client ON contracts(client_id);
CREATE INDEX IF NOT EXISTS contracts_job ON contracts(job_id);
CREATE INDEX IF NOT EXISTS contracts_catalog ON contracts(catalog_id);
CREATE INDEX IF NOT EXISTS catalog_projects_profile ON catalog_projects(profile_id);
CREATE INDEX IF NOT EXISTS connects_ledger_agency ON connects_ledger(agency_id);
CREATE INDEX IF NOT EXISTS connects_lots_agency ON connects_lots(agency_id);
