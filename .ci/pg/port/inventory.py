# Every SQL statement lancer runs (outside #[cfg(test)]), expanded by hand from format!/concat!/
# macros/Select, with the Rust parameter types, sample parameters and, where needed, rewrites.
#
# Fields:
#   id      short name
#   file    path under /work/main/src; needle: text on the line of the call (first match, or
#           the nth with `nth`) -> file:line
#   sql     the statement as SQLite gets it (?N / ?)
#   types   what Rust binds, as PostgreSQL types (B bigint, T text, Y bytea); bool params are
#           marked b (rusqlite binds 0/1; a PG driver must bind i64 for the BIGINT 0/1 columns)
#   params  sample values (or a callable(sqlite_conn) -> list)
#   cls     a / b / c (what the analysis concludes; the harness checks it)
#   port    portable rewrite (?N form; the harness converts to $N for PostgreSQL) for class b
#   pg      PostgreSQL variant for class c (in $N form) ; sq: SQLite variant if not the original
#   ordered compare rows in order (statement has a total ORDER BY)
#   check   SQL run after a write, inside the same transaction, on both engines
#   note    free text for the report
#   db      which data set to run against: 'good' (seeded store + attachments + plus plan) or
#           'bad' (the same with invariants broken on purpose)
NOW = '2026-03-10T12:00:00Z'
LATER = '2027-02-01T00:00:00Z'
SINCE = '2025-12-10T12:00:00Z'

LIVE = lambda col: f"(+{col} = 'submitted' OR +{col} = 'active' OR +{col} = 'offered')"
LIVE_PORT = lambda col: f"({col} || '' = 'submitted' OR {col} || '' = 'active' OR {col} || '' = 'offered')"
LOT_KIND = "(CASE WHEN l.month IS NULL THEN 'purchase' ELSE 'grant' END)"

AGENCY_SELECT = "SELECT id, uid, name, created_at FROM agencies"
CLIENT_SELECT = ("SELECT id, uid, name, country, payment_verified, rating_hundredths, reviews, hire_rate_pct, "
                 "total_spent_cents, avg_hourly_paid_cents, jobs_posted, member_since, recent_feedback, created_at FROM clients")
JOB_SELECT = ("SELECT id, uid, client_id, title, description, skills, pay_type, hourly_min_cents, hourly_max_cents, "
              "fixed_cents, experience_level, project_length, connects_cost, featured, private, status, close_reason, "
              "posted_at, closed_at, proposals, invites_sent, interviewing, last_viewed_by_client_at, bid_low_cents, "
              "bid_avg_cents, bid_high_cents, questions, created_at, connects_explicit FROM jobs")
PROFILE_SELECT = "SELECT id, uid, name, kind, title, rate_cents, skills, agency_id, agency_role, created_at FROM profiles"
MESSAGE_SELECT = "SELECT id, uid, proposal_id, author, from_client, body, sent_at, created_at FROM messages"
OFFER_SELECT = ("SELECT o.id, o.uid, o.proposal_id, p.job_id, j.title, o.status, o.pay_type, o.rate_cents, o.bid_cents, "
                "o.milestones, o.weekly_limit_hours, o.fee_pct, o.received_at, o.expires_at, o.responded_at, "
                "o.decline_reason, o.decline_message, o.accepted_by, (SELECT c.id FROM contracts c WHERE c.offer_id = o.id), "
                "o.created_at FROM offers o JOIN proposals p ON p.id = o.proposal_id JOIN jobs j ON j.id = p.job_id")
CONTRACT_SELECT = ("SELECT id, uid, offer_id, proposal_id, catalog_id, client_id, job_id, title, status, pay_type, "
                   "rate_cents, bid_cents, milestones, weekly_limit_hours, fee_pct, started_at, ended_at, end_reason, "
                   "created_at FROM contracts")
CATALOG_SELECT = "SELECT id, uid, title, description, price_cents, delivery_days, profile_id, created_at FROM catalog_projects"

def invite_select(live, plus_case, plus_join):
    return ("SELECT i.id, i.uid, i.job_id, j.title, j.client_id, c.name, i.kind, i.status, i.message, i.received_at, "
            "i.responded_at, i.viewed_at, i.withdrawn_at, i.decline_reason, i.decline_message, i.referral, "
            "i.interview_required, i.interview_started_at, i.interview_submitted_at, i.proposal_id, i.created_at, "
            "c.rating_hundredths, c.reviews, c.hire_rate_pct, c.total_spent_cents, c.avg_hourly_paid_cents, "
            "c.payment_verified, j.skills, CASE WHEN i.status = 'pending' THEN (SELECT min(p.id) FROM proposals p "
            f"WHERE p.job_id = i.job_id AND {live}) END, j.pay_type, CASE WHEN {plus_case} THEN j.bid_low_cents END, "
            f"CASE WHEN {plus_case} THEN j.bid_avg_cents END, CASE WHEN {plus_case} THEN j.bid_high_cents END "
            "FROM invites i JOIN jobs j ON j.id = i.job_id JOIN clients c ON c.id = j.client_id "
            f"LEFT JOIN (SELECT 1 AS plus FROM settings WHERE key = 'plan' AND value = 'plus') pl{plus_join}")
INVITE_SELECT = invite_select(LIVE('p.status'), 'pl.plus', '')
INVITE_SELECT_PORT = invite_select(LIVE_PORT('p.status'), 'pl.plus = 1', ' ON 1 = 1')

def proposal_select(attach):
    return ("SELECT p.id, p.uid, p.job_id, j.title, p.invite_id, pr.name, p.profile_id, p.agency_id, p.submitted_by, "
            "p.status, p.pay_type, p.rate_cents, p.bid_cents, p.milestones, p.fee_pct, p.duration, p.cover_letter, "
            "p.answers, p.connects_spent, p.boost_connects, p.submitted_at, p.client_viewed_at, p.room_opened_at, "
            "p.status_reason, p.status_message, p.created_at, p.boost_refunded, pr.kind, "
            "(SELECT o.expires_at FROM offers o WHERE o.proposal_id = p.id AND o.status = 'open'), "
            f"{attach} FROM proposals p JOIN jobs j ON j.id = p.job_id JOIN profiles pr ON pr.id = p.profile_id")
PROPOSAL_SELECT = proposal_select("(SELECT json_group_array(json_array(a.id, a.name, a.sha256, a.size)) FROM "
                                  "(SELECT id, name, sha256, size FROM attachments WHERE proposal_id = p.id ORDER BY id) a)")
PROPOSAL_SELECT_PG = proposal_select("(SELECT coalesce(jsonb_agg(jsonb_build_array(a.id, a.name, a.sha256, a.size) "
                                     "ORDER BY a.id), '[]'::jsonb)::text FROM attachments a WHERE a.proposal_id = p.id)")
SHOWN_STATUS = ("(CASE WHEN p.status = 'offered' AND coalesce((SELECT o.expires_at FROM offers o "
                "WHERE o.proposal_id = p.id AND o.status = 'open'), '') <= ? THEN 'active' ELSE p.status END)")

def row(sql, *args):
    """Sample parameters read from the SQLite store."""
    return ('row', sql, args)

S = []
def st(**kw):
    kw.setdefault('db', 'good')
    S.append(kw)

# ---------------------------------------------------------------------------------------------
# store/mod.rs
st(id='mod.schema_version', file='store/mod.rs', needle='"PRAGMA schema_version"', sql='PRAGMA schema_version', cls='c',
   pg=None, note='Migration 6 hook only; migration 6 has no PostgreSQL counterpart (IN lists are kept), so nothing replaces it.')
st(id='mod.unfold_tables', file='store/mod.rs', needle="SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL", sql="SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL", cls='c', pg=None,
   note='Migration 6 hook only: not needed on PostgreSQL.')
st(id='mod.writable_schema', file='store/mod.rs', needle='"writable_schema", true', sql='PRAGMA writable_schema = ON / OFF', cls='c', pg=None, note='Migration 6 hook only.', exec=False)
st(id='mod.unfold_update', file='store/mod.rs', needle="UPDATE sqlite_schema SET sql = ?1", sql="UPDATE sqlite_schema SET sql = ?1 WHERE type = 'table' AND name = ?2", cls='c', pg=None, note='Migration 6 hook only.', exec=False)
st(id='mod.schema_version_set', file='store/mod.rs', needle='"schema_version", version + 1', sql='PRAGMA schema_version = N', cls='c', pg=None, note='Migration 6 hook only.', exec=False)
st(id='mod.foreign_keys', file='store/mod.rs', needle='pragma_update(None, "foreign_keys", "ON")', sql='PRAGMA foreign_keys = ON', cls='c', pg=None,
   note='PostgreSQL always enforces foreign keys: nothing to run.', exec=False)
st(id='mod.journal_mode', file='store/mod.rs', needle='PRAGMA journal_mode = WAL', sql='PRAGMA journal_mode = WAL', cls='c', pg=None,
   note='No equivalent (MVCC readers never block writers in PostgreSQL); drop.', exec=False)
st(id='mod.synchronous', file='store/mod.rs', needle='"synchronous", "NORMAL"', sql='PRAGMA synchronous = NORMAL', cls='c', pg="SET synchronous_commit = off  -- closest, NOT the same durability trade-off; better left at the server default",
   note='WAL+NORMAL can lose the last commits on power loss but never corrupts; synchronous_commit=off is similar in spirit. Recommend leaving the server default.', exec=False)
st(id='mod.mmap_size', file='store/mod.rs', needle='"mmap_size", MMAP_BYTES', sql='PRAGMA mmap_size = 1073741824', cls='c', pg=None, note='Server-side memory is the server configuration; drop.', exec=False)
st(id='mod.user_version', pre='CREATE TABLE lancer_meta (application_id BIGINT NOT NULL, schema_version BIGINT NOT NULL); INSERT INTO lancer_meta VALUES (1280197458, 6)',  file='store/mod.rs', needle='query_row("PRAGMA user_version"', nth=1, sql='PRAGMA user_version', cls='c',
   pg='SELECT schema_version FROM lancer_meta', note='Also run by check_identity (mod.rs) and by rusqlite_migration itself. Needs a version table on PostgreSQL (see schema.sql comment).')
st(id='mod.migrations', file='store/mod.rs', needle='MIGRATIONS.to_latest', sql='rusqlite_migration: BEGIN; <migration SQL>; PRAGMA user_version = N; COMMIT', cls='c', pg='schema.sql (or a PostgreSQL migration list) in one transaction, then UPDATE lancer_meta SET schema_version = 6',
   note='The migration runner is SQLite-only (rusqlite_migration).', exec=False)
st(id='mod.cache_size', file='store/mod.rs', needle='"cache_size", -65_536', sql='PRAGMA cache_size = -65536', cls='c', pg=None, note='use_large_cache() for seed/import: no per-connection page cache on PostgreSQL (shared_buffers is server-wide); SET work_mem/maintenance_work_mem could help the index rebuilds.', exec=False)
st(id='mod.lookaside', file='store/mod.rs', needle='SQLITE_DBCONFIG_LOOKASIDE,', sql='sqlite3_db_config(SQLITE_DBCONFIG_LOOKASIDE, …) (C API, not SQL)', cls='c', pg=None, note='C API call, not SQL; drop.', exec=False)
st(id='mod.begin_immediate', file='store/mod.rs', needle='transaction_with_behavior(TransactionBehavior::Immediate)', sql='BEGIN IMMEDIATE … COMMIT / ROLLBACK', cls='c',
   pg="BEGIN; SELECT pg_advisory_xact_lock(1280197458); … COMMIT / ROLLBACK",
   note='BEGIN IMMEDIATE takes the database write lock up front, so all writers are serialised; lancer relies on that for its read-check-write rules (R19 one live proposal, R55 no double spend, uid/name checks, monthly grant). PostgreSQL BEGIN is READ COMMITTED with row locks only. A transaction-scoped advisory lock on one key reproduces "one writer at a time" exactly (readers are not blocked, as in WAL mode); SERIALIZABLE would need retry loops. busy_timeout -> SET lock_timeout.', exec=False)
st(id='mod.application_id', pre='CREATE TABLE lancer_meta (application_id BIGINT NOT NULL, schema_version BIGINT NOT NULL); INSERT INTO lancer_meta VALUES (1280197458, 6)',  file='store/mod.rs', needle='query_row("PRAGMA application_id"', sql='PRAGMA application_id', cls='c', pg='SELECT application_id FROM lancer_meta', note='check_identity.')
st(id='mod.table_count', file='store/mod.rs', needle="SELECT count(*) FROM sqlite_schema WHERE type = 'table'", sql="SELECT count(*) FROM sqlite_schema WHERE type = 'table'", cls='c',
   pg="SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
   note='check_identity. Results agree (18).')
TABLES_WITH_UID = ['clients', 'jobs', 'agencies', 'profiles', 'invites', 'proposals', 'messages', 'offers', 'catalog_projects', 'contracts']
st(id='mod.resolve_id', file='store/mod.rs', needle='SELECT id FROM {table} WHERE id = ?1', sql='SELECT id FROM {table} WHERE id = ?1', each_table=TABLES_WITH_UID, types='B', params=[3], cls='a',
   note='format! over the table name; run for every table resolve() is called with.')
st(id='mod.resolve_uid', file='store/mod.rs', needle='SELECT id FROM {table} WHERE uid = ?1', sql='SELECT id FROM {table} WHERE uid = ?1', each_table=TABLES_WITH_UID, types='T', params=['x-none'], cls='a',
   note='Same text is used by check_uid_free (mod.rs) and import (transfer.rs).')
st(id='mod.integrity_check', file='store/mod.rs', needle='"PRAGMA integrity_check"', sql='PRAGMA integrity_check', cls='c', pg=None,
   note='No SQL equivalent; the amcheck extension (bt_index_check) is the nearest. `db check` would drop this check or report "not applicable".')
FK_CHECK_PORT = " UNION ALL ".join(
    f"SELECT '{t}', c.id, '{p}' FROM {t} c WHERE c.{col} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {p} x WHERE x.{pcol} = c.{col})"
    for t, col, p, pcol in [
        ('jobs', 'client_id', 'clients', 'id'), ('agency_members', 'agency_id', 'agencies', 'id'), ('profiles', 'agency_id', 'agencies', 'id'),
        ('invites', 'job_id', 'jobs', 'id'), ('invites', 'proposal_id', 'proposals', 'id'), ('proposals', 'job_id', 'jobs', 'id'),
        ('proposals', 'invite_id', 'invites', 'id'), ('proposals', 'profile_id', 'profiles', 'id'), ('proposals', 'agency_id', 'agencies', 'id'),
        ('attachments', 'proposal_id', 'proposals', 'id'), ('attachments', 'sha256', 'blobs', 'sha256'), ('messages', 'proposal_id', 'proposals', 'id'),
        ('connects_ledger', 'agency_id', 'agencies', 'id'), ('connects_lots', 'agency_id', 'agencies', 'id'), ('connects_lots', 'ledger_id', 'connects_ledger', 'id'),
        ('connects_draws', 'ledger_id', 'connects_ledger', 'id'), ('connects_draws', 'lot_id', 'connects_lots', 'id'), ('offers', 'proposal_id', 'proposals', 'id'),
        ('catalog_projects', 'profile_id', 'profiles', 'id'), ('contracts', 'offer_id', 'offers', 'id'), ('contracts', 'proposal_id', 'proposals', 'id'),
        ('contracts', 'catalog_id', 'catalog_projects', 'id'), ('contracts', 'client_id', 'clients', 'id'), ('contracts', 'job_id', 'jobs', 'id')])
st(id='mod.foreign_key_check', file='store/mod.rs', needle='"PRAGMA foreign_key_check"', sql='PRAGMA foreign_key_check', cls='b', port=FK_CHECK_PORT, db='fk',
   sqcols=(0, 1, 2),
   note='`db check` and the end of import (transfer.rs, with foreign keys deferred). The portable form is one anti-join per foreign key (24), giving (table, row id, parent) like the PRAGMA (whose rows also carry the fkid, unused). On PostgreSQL a committed store cannot hold a broken reference, but inside import (constraints deferred) this is what finds one before COMMIT would fail, so the error can still name the record.')
st(id='mod.vacuum_into', file='store/mod.rs', needle='VACUUM INTO ?1', sql='VACUUM INTO ?1', cls='c', pg=None,
   note='`db backup`: no SQL equivalent; run pg_dump (or COPY per table) from the command instead. The 0600 file creation stays in Rust.', exec=False)
st(id='mod.count', file='store/mod.rs', needle='SELECT count(*) FROM {table}', nth=0, sql='SELECT count(*) FROM {table}', each_table=['clients', 'invites', 'events'], cls='a', note='count() helper.')
st(id='mod.index_sql', file='store/mod.rs', needle="SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?1", sql="SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?1", types='T', params=['events_entity'], cls='c',
   pg="SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = $1",
   nocompare=True, note='with_indexes_deferred (seed/import). The returned CREATE INDEX text differs per engine but each runs on its own engine; DDL is transactional on both, so the restore-on-failure logic holds.')
st(id='mod.drop_index', ddl=True, file='store/mod.rs', needle='DROP INDEX \\"{name}\\"', sql='DROP INDEX "events_entity"', cls='a', write=True,
   check="SELECT count(*) FROM events WHERE entity = 'job'", note='with_indexes_deferred; then the saved CREATE INDEX text is run again (engine-specific text, see mod.index_sql).')

# ---------------------------------------------------------------------------------------------
# store/agencies.rs
st(id='agencies.members', file='store/agencies.rs', needle='SELECT name, role FROM agency_members', sql='SELECT name, role FROM agency_members WHERE agency_id = ?1 ORDER BY id', types='B', params=[1], cls='a', ordered=True)
st(id='agencies.get', file='store/agencies.rs', needle='{SELECT} WHERE id = ?1', sql=AGENCY_SELECT + ' WHERE id = ?1', types='B', params=[1], cls='a', note='Also agencies::find by id (same text).')
st(id='agencies.find', file='store/agencies.rs', needle='WHERE uid = ?1 OR name = ?1 ORDER BY uid IS NULL LIMIT 1', sql=AGENCY_SELECT + ' WHERE uid = ?1 OR name = ?1 ORDER BY uid IS NULL LIMIT 1', types='T', params=[row("SELECT name FROM agencies LIMIT 1")], cls='a', ordered=True,
   note='ORDER BY a boolean: false < true on both (SQLite 0 < 1).')
st(id='agencies.insert', file='store/agencies.rs', needle='INSERT INTO agencies (uid, name, created_at)', sql='INSERT INTO agencies (uid, name, created_at) VALUES (?1, ?2, ?3)', types='T,T,T', params=['ag-x', 'Test Agency', NOW], cls='b', write=True,
   port='INSERT INTO agencies (uid, name, created_at) VALUES (?1, ?2, ?3) RETURNING id', rowid=True)
st(id='agencies.name_taken', file='store/agencies.rs', needle='SELECT 1 FROM agencies WHERE name = ?1', sql='SELECT 1 FROM agencies WHERE name = ?1', types='T', params=[row("SELECT name FROM agencies LIMIT 1")], cls='a')
st(id='agencies.upsert_member', file='store/agencies.rs', needle='INSERT INTO agency_members (agency_id, name, role, created_at)', sql='INSERT INTO agency_members (agency_id, name, role, created_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT(agency_id, name) DO UPDATE SET role = excluded.role',
   types='B,T,T,T', params=[1, row("SELECT name FROM agency_members WHERE agency_id = 1 ORDER BY id LIMIT 1"), 'member', NOW], cls='a', write=True, check='SELECT agency_id, name, role FROM agency_members ORDER BY id')
st(id='agencies.list', file='store/agencies.rs', needle='Select::new(SELECT, "id")', sql=AGENCY_SELECT + ' ORDER BY id LIMIT 50', cls='a', ordered=True, note='Select: no filters; LIMIT from --limit.')

# ---------------------------------------------------------------------------------------------
# store/clients.rs
st(id='clients.get', file='store/clients.rs', needle='{SELECT} WHERE id = ?1', sql=CLIENT_SELECT + ' WHERE id = ?1', types='B', params=[1], cls='a')
st(id='clients.insert', file='store/clients.rs', needle='INSERT INTO clients (uid, name, country', sql='INSERT INTO clients (uid, name, country, payment_verified, rating_hundredths, reviews, hire_rate_pct, total_spent_cents, avg_hourly_paid_cents, jobs_posted, member_since, recent_feedback, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)',
   types='T,T,T,b,B,B,B,B,B,B,T,T,T', params=['cl-x', 'New Client', 'DE', 1, 455, 3, 50, 120000, 4000, 2, '2021-06-01', '["Great."]', NOW], cls='b', write=True, rowid=True,
   port='INSERT INTO clients (uid, name, country, payment_verified, rating_hundredths, reviews, hire_rate_pct, total_spent_cents, avg_hourly_paid_cents, jobs_posted, member_since, recent_feedback, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) RETURNING id')
st(id='clients.update', file='store/clients.rs', needle='UPDATE clients SET uid = ?2', sql='UPDATE clients SET uid = ?2, name = ?3, country = ?4, payment_verified = ?5, rating_hundredths = ?6, reviews = ?7, hire_rate_pct = ?8, total_spent_cents = ?9, avg_hourly_paid_cents = ?10, jobs_posted = ?11, member_since = ?12, recent_feedback = ?13 WHERE id = ?1',
   types='B,T,T,T,b,B,B,B,B,B,B,T,T', params=row("SELECT id, uid, name || ' II', country, payment_verified, rating_hundredths, reviews, hire_rate_pct, total_spent_cents, avg_hourly_paid_cents, jobs_posted, member_since, recent_feedback FROM clients WHERE id = 2"),
   cls='a', write=True, check='SELECT id, name FROM clients WHERE id = 2')
CL_FILTERS = " WHERE country = ? COLLATE NOCASE AND payment_verified = 1 AND instr(lower(name), lower(?)) > 0"
CL_FILTERS_PORT = (" WHERE lower(country) = lower(?) AND payment_verified = 1 AND lower(name) LIKE '%' || "
                   "replace(replace(replace(lower(?), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' ESCAPE '\\'")
st(id='clients.list.filters', db='bad', file='store/clients.rs', needle='q.filter("country = ? COLLATE NOCASE"', sql=CLIENT_SELECT + CL_FILTERS + ' ORDER BY id', types='T,T', params=['us', 'ACME'], alt_params=[['US', 'b_b'], ['uS', 'r%C'], ['ÜS', 'ZOË'], ['fr', 'émile']], cls='b', ordered=True,
   port=CLIENT_SELECT + CL_FILTERS_PORT + ' ORDER BY id',
   note='Select with every filter of `clients list` (country, --verified, name). COLLATE NOCASE does not exist on PostgreSQL; instr() neither (strpos there). lower() on both sides folds ASCII only on both engines provided the comparison runs under COLLATE "C" (see notes): lower(?) of a parameter takes the database default collation on PostgreSQL, so the database must be created with LOCALE \'C\' (a PostgreSQL-only alternative is lower(? COLLATE "C"); SQLite has no collation "C"). LIKE with the pattern\'s %, _ and \\ escaped matches exactly what instr() > 0 matched (verified with names holding % and _); it relies on standard_conforming_strings = on (the default since 9.1) for the backslash literals.')
st(id='clients.list.country', db='bad', file='store/clients.rs', needle='q.filter("country = ? COLLATE NOCASE"', sql=CLIENT_SELECT + ' WHERE country = ? COLLATE NOCASE ORDER BY id', types='T', params=['us'], alt_params=[['ÜS'], ['üs'], ['FR']], cls='b', ordered=True,
   port=CLIENT_SELECT + ' WHERE lower(country) = lower(?) ORDER BY id', note='The country filter alone, with non-ASCII probes.')
st(id='clients.list.name', db='bad', file='store/clients.rs', needle='"instr(lower(name), lower(?)) > 0"', sql=CLIENT_SELECT + ' WHERE instr(lower(name), lower(?)) > 0 ORDER BY id', types='T', params=['ACME'], alt_params=[['b_b'], ['r%C'], ['ZOË'], ['émile'], ['Émile'], ['']], cls='b', ordered=True,
   port=CLIENT_SELECT + " WHERE lower(name) LIKE '%' || replace(replace(replace(lower(?), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' ESCAPE '\\' ORDER BY id", note='The name filter alone, with LIKE-wildcard and non-ASCII probes.')
st(id='clients.list.sort_name', db='bad', file='store/clients.rs', needle='"name COLLATE NOCASE, id"', sql=CLIENT_SELECT + ' ORDER BY name COLLATE NOCASE, id', cls='b', ordered=True,
   port=CLIENT_SELECT + ' ORDER BY lower(name), id', note='NOCASE = ASCII case folding, which is lower() on both engines under "C".')
st(id='clients.list.sort_rating', db='bad', file='store/clients.rs', needle='"rating_hundredths DESC NULLS LAST, id"', sql=CLIENT_SELECT + ' ORDER BY rating_hundredths DESC NULLS LAST, id', cls='a', ordered=True,
   note='Explicit NULLS LAST: same on both (the default NULL order differs between the engines).')
st(id='clients.list.sort_spent', file='store/clients.rs', needle='"total_spent_cents DESC, id"', sql=CLIENT_SELECT + ' ORDER BY total_spent_cents DESC, id LIMIT 10', cls='a', ordered=True)
st(id='clients.list.sort_created', db='bad', file='store/clients.rs', needle='"created_at, id"', sql=CLIENT_SELECT + ' ORDER BY created_at, id', cls='a', ordered=True)

# ---------------------------------------------------------------------------------------------
# store/settings.rs
st(id='settings.stored', file='store/settings.rs', needle='SELECT key, value FROM settings ORDER BY key', sql='SELECT key, value FROM settings ORDER BY key', cls='a', ordered=True)
st(id='settings.set', file='store/settings.rs', needle='INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key)', sql='INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value', types='T,T', params=['plan', 'basic'], cls='a', write=True,
   check='SELECT key, value FROM settings ORDER BY key')

# ---------------------------------------------------------------------------------------------
# store/events.rs
st(id='events.insert_one', file='store/events.rs', needle='"INSERT INTO events (at, entity, entity_id, action, details) VALUES (?1', sql='INSERT INTO events (at, entity, entity_id, action, details) VALUES (?1, ?2, ?3, ?4, ?5)', types='T,T,B,T,T', params=[NOW, 'job', 1, 'edited', '{"title":"x"}'], cls='a', write=True,
   check='SELECT id, at, entity, entity_id, action, details FROM events ORDER BY id DESC LIMIT 2',
   note='No id is read back, so no RETURNING is needed.')
st(id='events.insert_batch', file='store/events.rs', needle='sql.push_str("(?, ?, ?, ?, ?)")', sql='INSERT INTO events (at, entity, entity_id, action, details) VALUES ' + ', '.join(['(?, ?, ?, ?, ?)'] * 64),
   types=','.join(['T,T,B,T,T'] * 64), params=[v for k in range(64) for v in (NOW, 'invite', k, 'moved', '{}' if k % 3 == 0 else '{"k":%d}' % k)], cls='a', write=True,
   check='SELECT id, entity_id, details FROM events ORDER BY id DESC LIMIT 64',
   note='64 rows, 320 parameters (PostgreSQL allows 65535). Ids are assigned in VALUES order on both (checked).')
EV_BASE = 'SELECT id, at, entity, entity_id, action, details FROM events'
st(id='events.list', file='store/events.rs', needle='"SELECT id, at, entity, entity_id, action, details FROM events"', sql=EV_BASE + ' WHERE entity = ? AND entity_id = ? AND action = ? AND at >= ? AND at < ? ORDER BY id DESC',
   types='T,B,T,T,T', params=['proposal', 5, row("SELECT action FROM events WHERE entity='proposal' AND entity_id=5 LIMIT 1"), '2000-01-01T00:00:00Z', NOW], cls='a', ordered=True,
   note='Select with every filter; also ORDER BY id ASC (history) and LIMIT.')
st(id='events.list_asc', file='store/events.rs', needle='"id ASC"', sql=EV_BASE + ' WHERE entity = ? AND entity_id = ? ORDER BY id ASC', types='T,B', params=['job', 34], cls='a', ordered=True, note='events::history.')

# ---------------------------------------------------------------------------------------------
# store/connects.rs
st(id='connects.account_name', file='store/connects.rs', needle='SELECT name FROM agencies WHERE id = ?1', sql='SELECT name FROM agencies WHERE id = ?1', types='B', params=[1], cls='a')
st(id='connects.live_lots', file='store/connects.rs', needle='"SELECT id, remaining, expires_at FROM connects_lots', sql='SELECT id, remaining, expires_at FROM connects_lots WHERE coalesce(agency_id, 0) = coalesce(?1, 0) AND remaining > 0 ORDER BY expires_at, id',
   types='B', params=[None], cls='b', ordered=True, alt_params=[[1]],
   port='SELECT id, remaining, expires_at FROM connects_lots WHERE coalesce(agency_id, 0) = coalesce(CAST(?1 AS BIGINT), 0) AND remaining > 0 ORDER BY expires_at, id',
   note='PREPARE succeeds but infers $1 as integer (from the literal 0): a Rust i64 / Option<i64> cannot be bound to an int4 parameter with the postgres crate. CAST(?1 AS BIGINT) fixes the type on PostgreSQL and is a no-op on SQLite. The expression still matches the connects_lots_live index.')
st(id='connects.balance', file='store/connects.rs', needle='"SELECT coalesce(sum(remaining), 0) FROM connects_lots', sql='SELECT coalesce(sum(remaining), 0) FROM connects_lots WHERE coalesce(agency_id, 0) = coalesce(?1, 0) AND remaining > 0 AND expires_at > ?2',
   types='B,T', params=[None, NOW], alt_params=[[1, NOW], [None, LATER]], cls='b',
   port='SELECT CAST(coalesce(sum(remaining), 0) AS BIGINT) FROM connects_lots WHERE coalesce(agency_id, 0) = coalesce(CAST(?1 AS BIGINT), 0) AND remaining > 0 AND expires_at > ?2',
   note='sum(bigint) is NUMERIC on PostgreSQL (not readable as i64); coalesce(?1, 0) infers int4.')
st(id='connects.balance_view', file='store/connects.rs', needle='let mut stmt = conn.prepare_cached(concat!(', sql=f"SELECT l.id, {LOT_KIND}, l.amount, l.remaining, l.issued_at, l.expires_at FROM connects_lots l WHERE coalesce(l.agency_id, 0) = coalesce(?1, 0) AND l.expires_at > ?2 AND l.remaining > 0 ORDER BY l.expires_at, l.id",
   types='B,T', params=[None, NOW], alt_params=[[1, NOW]], cls='b', ordered=True,
   port=f"SELECT l.id, {LOT_KIND}, l.amount, l.remaining, l.issued_at, l.expires_at FROM connects_lots l WHERE coalesce(l.agency_id, 0) = coalesce(CAST(?1 AS BIGINT), 0) AND l.expires_at > ?2 AND l.remaining > 0 ORDER BY l.expires_at, l.id",
   note='lot_kind! expanded. Same int4 inference as connects.live_lots.')
st(id='connects.append', file='store/connects.rs', needle='"INSERT INTO connects_ledger (agency_id, kind, amount', sql='INSERT INTO connects_ledger (agency_id, kind, amount, reason, entity, entity_id, cost_cents, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)',
   types='B,T,B,T,T,B,B,T', params=[None, 'purchase', 5, 'buy', None, None, 75, NOW], cls='b', write=True, rowid=True,
   port='INSERT INTO connects_ledger (agency_id, kind, amount, reason, entity, entity_id, cost_cents, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id')
st(id='connects.draw_insert', file='store/connects.rs', needle='"INSERT INTO connects_draws (ledger_id, lot_id, amount)', sql='INSERT INTO connects_draws (ledger_id, lot_id, amount) VALUES (?1, ?2, ?3)', types='B,B,B', params=[19, 1, -1], cls='a', write=True,
   check='SELECT id, ledger_id, lot_id, amount FROM connects_draws ORDER BY id DESC LIMIT 1')
st(id='connects.draw_update', file='store/connects.rs', needle='UPDATE connects_lots SET remaining = remaining + ?2 WHERE id = ?1', sql='UPDATE connects_lots SET remaining = remaining + ?2 WHERE id = ?1', types='B,B', params=[19, -2], cls='a', write=True,
   check='SELECT id, remaining FROM connects_lots WHERE id = 19')
st(id='connects.expire_due', file='store/connects.rs', needle="SELECT l.id, l.remaining, max(l.expires_at, coalesce((SELECT max(g.at)", sql="SELECT l.id, l.remaining, max(l.expires_at, coalesce((SELECT max(g.at) FROM connects_draws d JOIN connects_ledger g ON g.id = d.ledger_id WHERE d.lot_id = l.id AND g.kind = 'refund'), '')) FROM connects_lots l WHERE coalesce(l.agency_id, 0) = coalesce(?1, 0) AND l.remaining > 0 AND l.expires_at <= ?2 ORDER BY l.expires_at, l.id",
   types='B,T', params=[None, LATER], alt_params=[[1, '2028-01-01T00:00:00Z'], [None, '2028-01-01T00:00:00Z']], cls='b', ordered=True, db='bad',
   port="SELECT l.id, l.remaining, coalesce((SELECT max(g.at) FROM connects_draws d JOIN connects_ledger g ON g.id = d.ledger_id WHERE d.lot_id = l.id AND g.kind = 'refund' AND g.at > l.expires_at), l.expires_at) FROM connects_lots l WHERE coalesce(l.agency_id, 0) = coalesce(CAST(?1 AS BIGINT), 0) AND l.remaining > 0 AND l.expires_at <= ?2 ORDER BY l.expires_at, l.id",
   note='Scalar two-argument max(a, b) does not exist on PostgreSQL (greatest() there, which ignores NULLs where SQLite\'s max returns NULL; no NULL can reach it here). Portable: the latest refund after the expiry, else the expiry. Run against the "bad" data set, where lot 19 has a refund drawn into it after its expiry.')
st(id='connects.expire_all_due', file='store/connects.rs', needle='"SELECT DISTINCT agency_id FROM connects_lots WHERE remaining > 0 AND expires_at <= ?1"', sql='SELECT DISTINCT agency_id FROM connects_lots WHERE remaining > 0 AND expires_at <= ?1', types='T', params=['2028-01-01T00:00:00Z'], cls='b',
   port='SELECT agency_id FROM connects_lots WHERE remaining > 0 AND expires_at <= ?1 GROUP BY agency_id ORDER BY coalesce(agency_id, 0)', ordered_port=True,
   note='Runs on both unchanged, but without ORDER BY the accounts come back in an engine-dependent order (SQLite: first seen in the connects_lots_due index scan; PostgreSQL: hash or sort order), and expire_due() appends ledger rows account by account, so the ledger ids of `expire` rows would differ between engines when two accounts have due lots. GROUP BY + ORDER BY coalesce(agency_id, 0) makes it deterministic (PostgreSQL refuses ORDER BY an expression not in a DISTINCT select list) on both (the order may differ from today\'s SQLite order, which is not specified either).')
st(id='connects.issue_taken', file='store/connects.rs', needle='"SELECT 1 FROM connects_lots WHERE coalesce(agency_id, 0) = coalesce(?1, 0) AND month = ?2"', sql='SELECT 1 FROM connects_lots WHERE coalesce(agency_id, 0) = coalesce(?1, 0) AND month = ?2', types='B,T', params=[None, '2026-03'], alt_params=[[1, '2026-03'], [1, '2026-04']], cls='b',
   port='SELECT 1 FROM connects_lots WHERE coalesce(agency_id, 0) = coalesce(CAST(?1 AS BIGINT), 0) AND month = ?2', note='int4 inference of coalesce(?1, 0).')
st(id='connects.issue_lot', file='store/connects.rs', needle='"INSERT INTO connects_lots (agency_id, ledger_id, amount, remaining, month, issued_at, expires_at)', sql='INSERT INTO connects_lots (agency_id, ledger_id, amount, remaining, month, issued_at, expires_at) VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6)',
   types='B,B,B,T,T,T', params=[None, 19, 5, None, NOW, '2027-03-10T12:00:00Z'], cls='a', write=True, check='SELECT * FROM connects_lots ORDER BY id DESC LIMIT 1',
   note='?3 used twice: fine with $3 twice.')
st(id='connects.refund_owed', file='store/connects.rs', needle='"SELECT g.agency_id, d.lot_id, -sum(d.amount) FROM connects_draws d', sql="SELECT g.agency_id, d.lot_id, -sum(d.amount) FROM connects_draws d JOIN connects_ledger g ON g.id = d.ledger_id WHERE g.entity = ?1 AND g.entity_id = ?2 AND g.kind IN ('spend', 'refund') GROUP BY g.agency_id, d.lot_id HAVING -sum(d.amount) > 0 ORDER BY d.lot_id",
   types='T,B', params=['proposal', 5], alt_params=[['proposal', 32], ['proposal', 2]], cls='b', ordered=True,
   port="SELECT g.agency_id, d.lot_id, CAST(-sum(d.amount) AS BIGINT) FROM connects_draws d JOIN connects_ledger g ON g.id = d.ledger_id WHERE g.entity = ?1 AND g.entity_id = ?2 AND g.kind IN ('spend', 'refund') GROUP BY g.agency_id, d.lot_id HAVING -sum(d.amount) > 0 ORDER BY d.lot_id",
   note='-sum(bigint) is NUMERIC on PostgreSQL: cast for the i64 read.')
HIST = ("SELECT * FROM (SELECT g.id AS id, coalesce(g.agency_id, 0) AS acct, coalesce(a.name, 'me') AS account, g.kind AS kind, g.amount AS amount, "
        "g.reason AS reason, g.entity AS entity, g.entity_id AS entity_id, g.cost_cents AS cost_cents, g.at AS at FROM connects_ledger g "
        "LEFT JOIN agencies a ON a.id = g.agency_id UNION ALL SELECT NULL, coalesce(l.agency_id, 0), coalesce(a.name, 'me'), 'expire', -l.remaining, "
        "'lot expired', 'lot', l.id, NULL, l.expires_at FROM connects_lots l LEFT JOIN agencies a ON a.id = l.agency_id "
        "WHERE l.remaining > 0 AND l.expires_at <= '2027-02-01T00:00:00Z') h")
st(id='connects.history', file='store/connects.rs', needle='"SELECT * FROM (\\', sql=HIST + ' WHERE h.acct = ? AND h.kind = ? ORDER BY h.at DESC, h.id IS NULL DESC, h.id DESC, h.entity_id DESC', types='B,T', params=[0, 'expire'], cls='a', ordered=True,
   note='`now` is inlined by format! (a formatted timestamp). Filters h.acct / h.kind optional.')
st(id='connects.history_asc', file='store/connects.rs', needle='"h.at, h.id IS NULL, h.id, h.entity_id"', sql=HIST + ' ORDER BY h.at, h.id IS NULL, h.id, h.entity_id LIMIT 500', cls='a', ordered=True,
   note='h.id and h.entity_id are nullable ORDER BY keys, but h.id IS NULL comes first and entity_id only breaks ties among expiry rows (never NULL there), so the engines\' different NULL placement cannot show.')
st(id='connects.check1', file='store/connects.rs', needle='"SELECT l.id, l.remaining FROM connects_lots l \\', sql='SELECT l.id, l.remaining FROM connects_lots l WHERE l.remaining <> l.amount + coalesce((SELECT sum(amount) FROM connects_draws d WHERE d.lot_id = l.id), 0)', cls='a', db='bad')
st(id='connects.check2', file='store/connects.rs', needle='"SELECT l.id, l.remaining FROM connects_lots l WHERE l.remaining < 0', sql='SELECT l.id, l.remaining FROM connects_lots l WHERE l.remaining < 0 OR l.remaining > l.amount', cls='a', db='bad')
st(id='connects.check3', file='store/connects.rs', needle="\"SELECT g.id, g.amount FROM connects_ledger g WHERE g.kind IN ('spend', 'refund', 'expire')", sql="SELECT g.id, g.amount FROM connects_ledger g WHERE g.kind IN ('spend', 'refund', 'expire') AND g.amount <> coalesce((SELECT sum(amount) FROM connects_draws d WHERE d.ledger_id = g.id), 0)", cls='a', db='bad')
st(id='connects.check4', file='store/connects.rs', needle="\"SELECT g.id, g.amount FROM connects_ledger g WHERE g.kind IN ('grant', 'purchase')", sql="SELECT g.id, g.amount FROM connects_ledger g WHERE g.kind IN ('grant', 'purchase') AND NOT EXISTS (SELECT 1 FROM connects_lots l WHERE l.ledger_id = g.id AND l.amount = g.amount)", cls='a', db='bad')
st(id='connects.check5', file='store/connects.rs', needle='"SELECT l.id, l.ledger_id FROM connects_lots l LEFT JOIN connects_ledger g', sql=f"SELECT l.id, l.ledger_id FROM connects_lots l LEFT JOIN connects_ledger g ON g.id = l.ledger_id WHERE g.kind IS NOT {LOT_KIND}", cls='b', db='bad',
   port=f"SELECT l.id, l.ledger_id FROM connects_lots l LEFT JOIN connects_ledger g ON g.id = l.ledger_id WHERE g.kind IS DISTINCT FROM {LOT_KIND}",
   note='`x IS NOT y` with a value: PostgreSQL only has IS [NOT] DISTINCT FROM (SQLite has had it since 3.39).')
st(id='connects.check6', file='store/connects.rs', needle='"SELECT coalesce(agency_id, 0), sum(amount) FROM connects_ledger GROUP BY', sql='SELECT coalesce(agency_id, 0), sum(amount) FROM connects_ledger GROUP BY coalesce(agency_id, 0) HAVING sum(amount) <> (SELECT coalesce(sum(remaining), 0) FROM connects_lots l WHERE coalesce(l.agency_id, 0) = coalesce(connects_ledger.agency_id, 0))', cls='b', db='bad',
   port='SELECT acct, CAST(total AS BIGINT) FROM (SELECT coalesce(agency_id, 0) AS acct, sum(amount) AS total FROM connects_ledger GROUP BY coalesce(agency_id, 0)) s WHERE total <> (SELECT coalesce(sum(remaining), 0) FROM connects_lots l WHERE coalesce(l.agency_id, 0) = s.acct)',
   note='The HAVING subquery names connects_ledger.agency_id, which is not grouped (only coalesce(agency_id, 0) is); PostgreSQL refuses. Grouping in a derived table and filtering outside is the same query. sum() cast for the i64 read.')

# ---------------------------------------------------------------------------------------------
# store/invariants.rs
st(id='inv.i1a', file='store/invariants.rs', needle='"SELECT i.id, i.proposal_id, q.id, q.invite_id FROM invites i', sql="SELECT i.id, i.proposal_id, q.id, q.invite_id FROM invites i LEFT JOIN proposals q ON q.id = i.proposal_id WHERE i.status = 'accepted' AND (q.id IS NULL OR q.invite_id IS NOT i.id)", cls='b', db='bad',
   port="SELECT i.id, i.proposal_id, q.id, q.invite_id FROM invites i LEFT JOIN proposals q ON q.id = i.proposal_id WHERE i.status = 'accepted' AND (q.id IS NULL OR q.invite_id IS DISTINCT FROM i.id)")
st(id='inv.i1b', file='store/invariants.rs', needle='"SELECT id, status, proposal_id FROM invites \\', sql="SELECT id, status, proposal_id FROM invites WHERE status <> 'accepted' AND proposal_id IS NOT NULL", cls='a', db='bad')
st(id='inv.i1c', file='store/invariants.rs', needle='"SELECT q.id, q.invite_id, i.status, i.proposal_id FROM proposals q', sql='SELECT q.id, q.invite_id, i.status, i.proposal_id FROM proposals q JOIN invites i ON i.id = q.invite_id WHERE q.invite_id IS NOT NULL AND i.proposal_id IS NOT q.id', cls='b', db='bad',
   port='SELECT q.id, q.invite_id, i.status, i.proposal_id FROM proposals q JOIN invites i ON i.id = q.invite_id WHERE q.invite_id IS NOT NULL AND i.proposal_id IS DISTINCT FROM q.id')
st(id='inv.i1d', file='store/invariants.rs', needle='"SELECT id, status, responded_at, received_at FROM invites \\', sql="SELECT id, status, responded_at, received_at FROM invites WHERE (status IN ('accepted', 'declined')) <> (responded_at IS NOT NULL) OR responded_at < received_at", cls='a', db='bad',
   note='boolean <> boolean is fine on PostgreSQL.')
st(id='inv.i2', file='store/invariants.rs', needle='"SELECT job_id, agency_id, group_concat(id, \', \') FROM (\\', nth=0, sql=f"SELECT job_id, agency_id, group_concat(id, ', ') FROM (SELECT job_id, agency_id, id FROM proposals WHERE {LIVE('status')} ORDER BY id) GROUP BY job_id, coalesce(agency_id, 0) HAVING count(*) > 1", cls='b', db='bad', needs344=True,
   port=f"SELECT job_id, max(agency_id), string_agg(CAST(id AS TEXT), ', ' ORDER BY id) FROM proposals WHERE {LIVE_PORT('status')} GROUP BY job_id, coalesce(agency_id, 0) HAVING count(*) > 1",
   pg=f"SELECT job_id, max(agency_id), string_agg(CAST(id AS TEXT), ', ' ORDER BY id) FROM proposals WHERE (status = 'submitted' OR status = 'active' OR status = 'offered') GROUP BY job_id, coalesce(agency_id, 0) HAVING count(*) > 1",
   note='Four problems: unary + on text (live_proposal!), group_concat (string_agg on PostgreSQL; SQLite has string_agg and ORDER BY inside aggregates only from 3.44, which the bundled 3.53.2 has and the 3.40.1 sqlite3 CLI does not), a FROM subquery without alias, and agency_id selected without being grouped (the group is coalesce(agency_id, 0)): max(agency_id) is the value SQLite picks whenever the group has one agency_id, i.e. always unless an agency has id 0. The ORDER BY inside the aggregate replaces the subquery\'s ORDER BY, which neither engine promises to keep.')
st(id='inv.i3a', file='store/invariants.rs', needle='"SELECT q.id FROM proposals q WHERE q.status = \'offered\' \\', sql="SELECT q.id FROM proposals q WHERE q.status = 'offered' AND NOT EXISTS (SELECT 1 FROM offers o WHERE o.proposal_id = q.id AND o.status = 'open')", cls='a', db='bad')
st(id='inv.i3b', file='store/invariants.rs', needle='"SELECT proposal_id, group_concat(id, \', \') FROM offers', sql="SELECT proposal_id, group_concat(id, ', ') FROM offers WHERE status = 'open' GROUP BY proposal_id HAVING count(*) > 1", cls='b', db='bad', needs344=True,
   port="SELECT proposal_id, string_agg(CAST(id AS TEXT), ', ' ORDER BY id) FROM offers WHERE status = 'open' GROUP BY proposal_id HAVING count(*) > 1",
   note='group_concat -> string_agg (SQLite >= 3.44). Cannot return rows while offers_one_open exists; tested with the index dropped inside the transaction on both.', pre="DROP INDEX offers_one_open; UPDATE offers SET status = 'open', proposal_id = 2 WHERE id IN (1, 3)")
st(id='inv.i3c', file='store/invariants.rs', needle='"SELECT o.id, o.proposal_id, q.status, j.id, j.status FROM offers o \\', sql="SELECT o.id, o.proposal_id, q.status, j.id, j.status FROM offers o JOIN proposals q ON q.id = o.proposal_id JOIN jobs j ON j.id = q.job_id WHERE o.status = 'open' AND o.expires_at > ?1 AND (q.status <> 'offered' OR j.status <> 'open')", types='T', params=[NOW], cls='a', db='bad')
st(id='inv.i4a', file='store/invariants.rs', needle='"SELECT id, accepted, contracts FROM (SELECT q.id, \\', sql="SELECT id, accepted, contracts FROM (SELECT q.id, (SELECT count(*) FROM offers o WHERE o.proposal_id = q.id AND o.status = 'accepted') AS accepted, (SELECT count(*) FROM contracts c WHERE c.proposal_id = q.id) AS contracts FROM proposals q WHERE q.status = 'hired') WHERE accepted <> 1 OR contracts <> 1", cls='b', db='bad',
   port="SELECT id, accepted, contracts FROM (SELECT q.id, (SELECT count(*) FROM offers o WHERE o.proposal_id = q.id AND o.status = 'accepted') AS accepted, (SELECT count(*) FROM contracts c WHERE c.proposal_id = q.id) AS contracts FROM proposals q WHERE q.status = 'hired') AS s WHERE accepted <> 1 OR contracts <> 1",
   note='PostgreSQL 15 requires an alias on a FROM subquery (16 does not).')
st(id='inv.i4b', file='store/invariants.rs', needle='"SELECT o.id, o.proposal_id, q.status FROM offers o JOIN proposals q ON q.id = o.proposal_id \\', sql="SELECT o.id, o.proposal_id, q.status FROM offers o JOIN proposals q ON q.id = o.proposal_id WHERE o.status = 'accepted' AND q.status <> 'hired'", cls='a', db='bad')
st(id='inv.i4c', file='store/invariants.rs', needle='"SELECT c.id, c.proposal_id, q.status FROM contracts c', sql="SELECT c.id, c.proposal_id, q.status FROM contracts c JOIN proposals q ON q.id = c.proposal_id WHERE q.status <> 'hired'", cls='a', db='bad')
st(id='inv.i4d', file='store/invariants.rs', needle='"SELECT id, n FROM (SELECT o.id, (SELECT count(*)', sql="SELECT id, n FROM (SELECT o.id, (SELECT count(*) FROM contracts c WHERE c.offer_id = o.id) AS n FROM offers o WHERE o.status = 'accepted') WHERE n <> 1", cls='b', db='bad',
   port="SELECT id, n FROM (SELECT o.id, (SELECT count(*) FROM contracts c WHERE c.offer_id = o.id) AS n FROM offers o WHERE o.status = 'accepted') AS s WHERE n <> 1", note='Subquery alias.')
st(id='inv.i4e', file='store/invariants.rs', needle='"SELECT c.id, c.offer_id, o.status, c.proposal_id, o.proposal_id FROM contracts c', sql="SELECT c.id, c.offer_id, o.status, c.proposal_id, o.proposal_id FROM contracts c JOIN offers o ON o.id = c.offer_id WHERE o.status <> 'accepted' OR c.proposal_id IS NOT o.proposal_id", cls='b', db='bad',
   port="SELECT c.id, c.offer_id, o.status, c.proposal_id, o.proposal_id FROM contracts c JOIN offers o ON o.id = c.offer_id WHERE o.status <> 'accepted' OR c.proposal_id IS DISTINCT FROM o.proposal_id")
st(id='inv.i4f', file='store/invariants.rs', needle='"SELECT job_id, agency_id, group_concat(id, \', \') FROM (\\', nth=1, sql="SELECT job_id, agency_id, group_concat(id, ', ') FROM (SELECT job_id, agency_id, id FROM proposals WHERE status = 'hired' ORDER BY id) GROUP BY job_id, coalesce(agency_id, 0) HAVING count(*) > 1", cls='b', db='bad', needs344=True,
   port="SELECT job_id, max(agency_id), string_agg(CAST(id AS TEXT), ', ' ORDER BY id) FROM proposals WHERE status = 'hired' GROUP BY job_id, coalesce(agency_id, 0) HAVING count(*) > 1",
   note='As inv.i2: group_concat, subquery alias, ungrouped agency_id.')
st(id='inv.i5a', file='store/invariants.rs', needle='"SELECT i.id, i.status, j.id FROM jobs j JOIN invites i', sql="SELECT i.id, i.status, j.id FROM jobs j JOIN invites i ON i.job_id = j.id WHERE j.status = 'closed' AND i.status IN ('pending', 'archived')", cls='a', db='bad')
st(id='inv.i5b', file='store/invariants.rs', needle='"SELECT q.id, q.status, j.id FROM jobs j JOIN proposals q', sql=f"SELECT q.id, q.status, j.id FROM jobs j JOIN proposals q ON q.job_id = j.id WHERE j.status = 'closed' AND {LIVE('q.status')}", cls='b', db='bad',
   port=f"SELECT q.id, q.status, j.id FROM jobs j JOIN proposals q ON q.job_id = j.id WHERE j.status = 'closed' AND {LIVE_PORT('q.status')}",
   note="live_proposal!: unary + on text is refused by PostgreSQL (operator does not exist: + text). `col || ''` is the portable way to keep SQLite off the status index (what the + is for); plain `col = …` is also correct on both if the SQLite plan change is acceptable.")
st(id='inv.i5c', file='store/invariants.rs', needle='"SELECT o.id, o.proposal_id, j.id FROM offers o JOIN proposals q', sql="SELECT o.id, o.proposal_id, j.id FROM offers o JOIN proposals q ON q.id = o.proposal_id JOIN jobs j ON j.id = q.job_id WHERE o.status = 'open' AND j.status = 'closed'", cls='a', db='bad')
st(id='inv.i6', file='store/invariants.rs', needle='"SELECT entity, entity_id, refunded, spent FROM (\\', sql="SELECT entity, entity_id, refunded, spent FROM (SELECT entity, entity_id, sum(CASE WHEN kind = 'refund' THEN amount ELSE 0 END) AS refunded, -sum(CASE WHEN kind = 'spend' THEN amount ELSE 0 END) AS spent FROM connects_ledger WHERE kind IN ('spend', 'refund') GROUP BY entity, entity_id) WHERE refunded > spent", cls='b', db='bad',
   port="SELECT entity, entity_id, CAST(refunded AS BIGINT), CAST(spent AS BIGINT) FROM (SELECT entity, entity_id, sum(CASE WHEN kind = 'refund' THEN amount ELSE 0 END) AS refunded, -sum(CASE WHEN kind = 'spend' THEN amount ELSE 0 END) AS spent FROM connects_ledger WHERE kind IN ('spend', 'refund') GROUP BY entity, entity_id) AS s WHERE refunded > spent",
   note='Subquery alias; sums are NUMERIC on PostgreSQL (read as i64).')
st(id='inv.i6b', file='store/invariants.rs', needle='"SELECT g.id, g.entity_id, q.status FROM connects_ledger g \\', sql="SELECT g.id, g.entity_id, q.status FROM connects_ledger g JOIN proposals q ON q.id = g.entity_id WHERE g.entity = 'proposal' AND g.kind = 'refund' AND q.status IN ('withdrawn', 'declined', 'hired')", cls='a', db='bad')
st(id='inv.i7_cover', port='SELECT id, CAST(NULL AS BIGINT), cover_letter FROM proposals WHERE cover_letter IS NOT NULL', file='store/invariants.rs', needle='"SELECT id, NULL, cover_letter FROM proposals', sql='SELECT id, NULL, cover_letter FROM proposals WHERE cover_letter IS NOT NULL', cls='b', db='bad',
   note='Untyped NULL column: PostgreSQL types it text; Rust reads it as Option<i64> (always NULL, so a driver that checks the column type first, as the postgres crate does, refuses text -> i64 even for NULL). Portable: CAST(NULL AS BIGINT). Same for i7_status and i7_invite.', pgtypes_note=True)
st(id='inv.i7_answers', file='store/invariants.rs', needle='"SELECT q.id, a.key + 1, CASE a.type', sql="SELECT q.id, a.key + 1, CASE a.type WHEN 'object' THEN json_extract(a.value, '$.answer') WHEN 'text' THEN a.value END FROM proposals q, json_each(q.answers) a WHERE q.answers <> '[]'", cls='c', db='bad',
   pg="SELECT q.id, a.n, CASE jsonb_typeof(a.value) WHEN 'object' THEN a.value ->> 'answer' WHEN 'string' THEN a.value #>> '{}' END FROM proposals q, jsonb_array_elements(q.answers::jsonb) WITH ORDINALITY AS a(value, n) WHERE q.answers <> '[]'",
   note="json_each / json_extract are SQLite-only; PostgreSQL: jsonb_array_elements WITH ORDINALITY (n is 1-based, = key + 1), jsonb_typeof says 'string' where json_each says 'text'. json_extract of a JSON string gives the bare text, as ->> does.")
st(id='inv.i7_status', port='SELECT id, CAST(NULL AS BIGINT), status_message FROM proposals WHERE status_message IS NOT NULL', file='store/invariants.rs', needle='"SELECT id, NULL, status_message FROM proposals', sql='SELECT id, NULL, status_message FROM proposals WHERE status_message IS NOT NULL', cls='b', db='bad', pgtypes_note=True)
st(id='inv.i7_attach', file='store/invariants.rs', needle='"SELECT id, proposal_id, name FROM attachments"', sql='SELECT id, proposal_id, name FROM attachments', cls='a', db='bad')
st(id='inv.i7_invite', port='SELECT id, CAST(NULL AS BIGINT), decline_message FROM invites WHERE decline_message IS NOT NULL', file='store/invariants.rs', needle='"SELECT id, NULL, decline_message FROM invites', sql='SELECT id, NULL, decline_message FROM invites WHERE decline_message IS NOT NULL', cls='b', db='bad', pgtypes_note=True)
st(id='inv.i7_offer', file='store/invariants.rs', needle='"SELECT id, proposal_id, decline_message FROM offers', sql='SELECT id, proposal_id, decline_message FROM offers WHERE decline_message IS NOT NULL', cls='a', db='bad')
st(id='inv.i7_messages', file='store/invariants.rs', needle='"SELECT m.id, m.proposal_id, m.body FROM messages m', sql='SELECT m.id, m.proposal_id, m.body FROM messages m WHERE NOT EXISTS (SELECT 1 FROM contracts c WHERE c.proposal_id = m.proposal_id AND c.started_at <= m.sent_at)', cls='a', db='bad')
I8 = [
    "SELECT 'invite ' || i.id || ' was received at ' || i.received_at || ', before its job ' || j.id || ' was posted at ' || j.posted_at FROM invites i JOIN jobs j ON j.id = i.job_id WHERE i.received_at < j.posted_at",
    "SELECT 'proposal ' || q.id || ' was submitted at ' || q.submitted_at || ', before its job ' || j.id || ' was posted at ' || j.posted_at FROM proposals q JOIN jobs j ON j.id = q.job_id WHERE q.submitted_at < j.posted_at",
    "SELECT 'offer ' || o.id || ' was received at ' || o.received_at || ', before the client viewed proposal ' || q.id || ' at ' || q.client_viewed_at FROM offers o JOIN proposals q ON q.id = o.proposal_id WHERE o.received_at < q.client_viewed_at",
    "SELECT 'invite ' || id || ' was viewed at ' || viewed_at || ', before it was received at ' || received_at FROM invites WHERE viewed_at < received_at",
    "SELECT 'invite ' || id || ' was responded to at ' || responded_at || ', before it was received at ' || received_at FROM invites WHERE responded_at < received_at",
    "SELECT 'proposal ' || id || ' was viewed by the client at ' || client_viewed_at || ', before it was submitted at ' || submitted_at FROM proposals WHERE client_viewed_at < submitted_at",
    "SELECT 'offer ' || o.id || ' was received at ' || o.received_at || ', before its proposal ' || q.id || ' was submitted at ' || q.submitted_at FROM offers o JOIN proposals q ON q.id = o.proposal_id WHERE o.received_at < q.submitted_at UNION ALL SELECT 'offer ' || id || ' was received at ' || received_at || ', after now (' || ?1 || ')' FROM offers WHERE received_at > ?1",
    "SELECT 'contract ' || c.id || ' started at ' || c.started_at || ', before its offer ' || o.id || ' was received at ' || o.received_at FROM contracts c JOIN offers o ON o.id = c.offer_id WHERE c.started_at < o.received_at",
    "SELECT 'contract ' || id || ' ended at ' || ended_at || ', before it started at ' || started_at FROM contracts WHERE ended_at < started_at",
]
I8_NEEDLES = ["\"SELECT 'invite ' || i.id", "\"SELECT 'proposal ' || q.id", "\"SELECT 'offer ' || o.id || ' was received at ' || o.received_at || ', before the client", "\"SELECT 'invite ' || id || ' was viewed", "\"SELECT 'invite ' || id || ' was responded",
              "\"SELECT 'proposal ' || id", "\"SELECT 'offer ' || o.id || ' was received at ' || o.received_at || ', before its proposal", "\"SELECT 'contract ' || c.id", "\"SELECT 'contract ' || id"]
for k, (q, nd) in enumerate(zip(I8, I8_NEEDLES)):
    st(id=f'inv.i8_{k + 1}', file='store/invariants.rs', needle=nd, sql=q, cls='a', db='bad', types='T' if '?1' in q else None, params=[NOW] if '?1' in q else None,
       note='text || bigint works on PostgreSQL (anynonarray || text); integers print alike.' if k == 0 else None)

# ---------------------------------------------------------------------------------------------
# store/invites.rs
st(id='invites.get', file='store/invites.rs', needle='format!("{SELECT} WHERE i.id = ?1")', sql=INVITE_SELECT + ' WHERE i.id = ?1', types='B', params=[5], alt_params=[[17], [41]], cls='b',
   port=INVITE_SELECT_PORT + ' WHERE i.id = ?1',
   note="Three problems in invites::SELECT: LEFT JOIN without ON (PostgreSQL: syntax error; `ON 1 = 1` on both), CASE WHEN pl.plus (an integer; PostgreSQL wants a boolean: `pl.plus = 1`), and live_proposal!'s unary +. Store has plan=plus so the bid columns are filled.")
st(id='invites.insert', file='store/invites.rs', needle='"INSERT INTO invites (uid, job_id, kind, message, interview_required, received_at, created_at)', sql='INSERT INTO invites (uid, job_id, kind, message, interview_required, received_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)',
   types='T,B,T,T,b,T,T', params=[None, 34, 'client', 'hi', 0, NOW, NOW], cls='b', write=True, rowid=True,
   port='INSERT INTO invites (uid, job_id, kind, message, interview_required, received_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id')
st(id='invites.state', file='store/invites.rs', needle='"SELECT id, job_id, status, received_at, responded_at', sql='SELECT id, job_id, status, received_at, responded_at, viewed_at, withdrawn_at, decline_reason, decline_message, referral, interview_required, interview_started_at, interview_submitted_at, proposal_id FROM invites WHERE id = ?1', types='B', params=[17], cls='a')
st(id='invites.save', file='store/invites.rs', needle='"UPDATE invites SET status = ?2, responded_at = ?3', sql='UPDATE invites SET status = ?2, responded_at = ?3, viewed_at = ?4, withdrawn_at = ?5, decline_reason = ?6, decline_message = ?7, referral = ?8, interview_started_at = ?9, interview_submitted_at = ?10, proposal_id = ?11 WHERE id = ?1',
   types='B,T,T,T,T,T,T,T,T,T,B', params=row("SELECT id, status, responded_at, coalesce(viewed_at, '2026-03-10T12:00:00Z'), withdrawn_at, decline_reason, decline_message, referral, interview_started_at, interview_submitted_at, proposal_id FROM invites WHERE id = 17"),
   cls='a', write=True, check='SELECT * FROM invites WHERE id = 17')
st(id='invites.job_referral', file='store/invites.rs', needle='"SELECT referral FROM invites WHERE job_id = ?1 AND referral IS NOT NULL"', sql='SELECT referral FROM invites WHERE job_id = ?1 AND referral IS NOT NULL', types='B', params=[row("SELECT coalesce((SELECT job_id FROM invites WHERE referral IS NOT NULL LIMIT 1), 1)")], cls='a')
st(id='invites.unanswered', file='store/invites.rs', needle='"SELECT id FROM invites WHERE job_id = ?1 AND status IN', sql="SELECT id FROM invites WHERE job_id = ?1 AND status IN ('pending', 'archived') ORDER BY id", types='B', params=[row("SELECT job_id FROM invites WHERE status = 'pending' LIMIT 1")], cls='a', ordered=True)
st(id='invites.list', file='store/invites.rs', needle='q.filter("i.status = ?"', sql=INVITE_SELECT + ' WHERE i.status = ? AND i.kind = ? AND i.job_id = ? AND j.client_id = ? AND i.received_at >= ? AND i.received_at < ? AND i.viewed_at IS NULL ORDER BY i.received_at DESC, i.id DESC LIMIT 100',
   types='T,T,B,B,T,T', params=row("SELECT status, kind, job_id, (SELECT client_id FROM jobs WHERE id = invites.job_id), '2000-01-01T00:00:00Z', '2026-03-10T12:00:00Z' FROM invites WHERE status = 'pending' AND viewed_at IS NULL LIMIT 1"), cls='b', ordered=True,
   port=INVITE_SELECT_PORT + ' WHERE i.status = ? AND i.kind = ? AND i.job_id = ? AND j.client_id = ? AND i.received_at >= ? AND i.received_at < ? AND i.viewed_at IS NULL ORDER BY i.received_at DESC, i.id DESC LIMIT 100',
   note='Select over invites::SELECT with every filter; the base needs the invites.get fixes. The filters themselves are portable.')
for nm, order in [('received', 'i.received_at DESC, i.id DESC'), ('oldest', 'i.received_at, i.id'), ('job', 'i.job_id, i.id'), ('id', 'i.id')]:
    st(id=f'invites.list_{nm}', file='store/invites.rs', needle=f'"{order}"', sql=INVITE_SELECT + f' ORDER BY {order}', cls='b', ordered=True, port=INVITE_SELECT_PORT + f' ORDER BY {order}',
       note='Whole list in this order (all 300 invites compared row by row).')

# ---------------------------------------------------------------------------------------------
# store/jobs.rs
st(id='jobs.get', file='store/jobs.rs', needle='format!("{SELECT} WHERE id = ?1")', sql=JOB_SELECT + ' WHERE id = ?1', types='B', params=[34], cls='a')
JOB_COLS = ('uid, client_id, title, description, skills, pay_type, hourly_min_cents, hourly_max_cents, fixed_cents, experience_level, project_length, connects_cost, featured, private, status, close_reason, posted_at, closed_at, proposals, invites_sent, interviewing, last_viewed_by_client_at, bid_low_cents, bid_avg_cents, bid_high_cents, questions, created_at, connects_explicit')
JOB_INSERT = f"INSERT INTO jobs ({JOB_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28)"
st(id='jobs.insert', file='store/jobs.rs', needle='"INSERT INTO jobs (uid, client_id, title', sql=JOB_INSERT, types='T,B,T,T,T,T,B,B,B,T,T,B,b,b,T,T,T,T,B,B,B,T,B,B,B,T,T,b',
   params=row(f"SELECT NULL, {JOB_COLS.split(', ', 1)[1]} FROM jobs WHERE id = 34"), cls='b', write=True, rowid=True, port=JOB_INSERT + ' RETURNING id')
st(id='jobs.update', file='store/jobs.rs', needle='"UPDATE jobs SET uid = ?2, client_id = ?3', sql='UPDATE jobs SET uid = ?2, client_id = ?3, title = ?4, description = ?5, skills = ?6, pay_type = ?7, hourly_min_cents = ?8, hourly_max_cents = ?9, fixed_cents = ?10, experience_level = ?11, project_length = ?12, connects_cost = ?13, featured = ?14, private = ?15, status = ?16, close_reason = ?17, posted_at = ?18, closed_at = ?19, proposals = ?20, invites_sent = ?21, interviewing = ?22, last_viewed_by_client_at = ?23, bid_low_cents = ?24, bid_avg_cents = ?25, bid_high_cents = ?26, questions = ?27, connects_explicit = ?28 WHERE id = ?1',
   types='B,T,B,T,T,T,T,B,B,B,T,T,B,b,b,T,T,T,T,B,B,B,T,B,B,B,T,b', params=row(f"SELECT id, {JOB_COLS.replace('title,', 'title || ' + chr(39) + ' (edited)' + chr(39) + ',').replace(', created_at', '')} FROM jobs WHERE id = 34"),
   cls='a', write=True, check='SELECT id, title FROM jobs WHERE id = 34')
st(id='jobs.client_name', file='store/jobs.rs', needle='"SELECT c.name FROM jobs j JOIN clients c', sql='SELECT c.name FROM jobs j JOIN clients c ON c.id = j.client_id WHERE j.id = ?1', types='B', params=[34], cls='a')
st(id='jobs.count_proposal', file='store/jobs.rs', needle='UPDATE jobs SET proposals = proposals + 1 WHERE id = ?1', sql='UPDATE jobs SET proposals = proposals + 1 WHERE id = ?1', types='B', params=[34], cls='a', write=True, check='SELECT proposals FROM jobs WHERE id = 34')
st(id='jobs.list.filters', file='store/jobs.rs', needle='q.filter("client_id = ?"', sql=JOB_SELECT + " WHERE client_id = ? AND status = ? AND featured = 1 AND private = 1 ORDER BY id", types='B,T', params=row("SELECT client_id, status FROM jobs WHERE featured = 1 AND private = 1 LIMIT 1"), cls='a', ordered=True,
   note='Select with the plain filters of `jobs list` (the skill filter is jobs.list.skill).')
st(id='jobs.list.skill', file='store/jobs.rs', needle='"EXISTS (SELECT 1 FROM json_each(jobs.skills) WHERE lower(value) = lower(?))"', sql=JOB_SELECT + " WHERE EXISTS (SELECT 1 FROM json_each(jobs.skills) WHERE lower(value) = lower(?)) ORDER BY id", types='T', params=['RUST'], alt_params=[['élixir'], ['ÉLIXIR']], cls='c', ordered=True, db='bad',
   pg=JOB_SELECT.replace('?', '$') + " WHERE EXISTS (SELECT 1 FROM jsonb_array_elements_text(jobs.skills::jsonb) AS s(value) WHERE lower(s.value) = lower($1)) ORDER BY id",
   note='json_each is SQLite-only. (A LIKE on the JSON text would be portable but not exact: it matches inside longer skills and escaped characters.) jsonb_array_elements_text yields text whose collation is the database default, so lower() there folds non-ASCII letters unless the database is created with LOCALE \'C\' (or lower(s.value COLLATE "C")).')
for nm, order, port in [('id', 'id', None), ('posted', 'posted_at DESC, id DESC', None), ('title', 'title COLLATE NOCASE, id', 'lower(title), id'), ('connects', 'connects_cost DESC, id', None), ('budget', 'coalesce(fixed_cents, hourly_max_cents) DESC, id', None)]:
    st(id=f'jobs.list_{nm}', db='bad', file='store/jobs.rs', needle=f'JobSort::{nm.capitalize()} => "{order}"', sql=JOB_SELECT + f' ORDER BY {order}', cls='b' if port else 'a', ordered=True, port=JOB_SELECT + f' ORDER BY {port}' if port else None,
       note='COLLATE NOCASE -> lower() (ASCII folding on both under "C").' if port else ('Both coalesce arguments cannot be NULL together (CHECK), so NULL ordering cannot differ.' if nm == 'budget' else None))
st(id='jobs.posting', file='store/jobs.rs', needle='"SELECT status, featured, posted_at FROM jobs WHERE id = ?1"', sql='SELECT status, featured, posted_at FROM jobs WHERE id = ?1', types='B', params=[34], cls='a')
st(id='jobs.first_activity', file='store/jobs.rs', needle='"SELECT min(t) FROM (SELECT min(received_at) AS t FROM invites WHERE job_id = ?1', sql='SELECT min(t) FROM (SELECT min(received_at) AS t FROM invites WHERE job_id = ?1 UNION ALL SELECT min(submitted_at) FROM proposals WHERE job_id = ?1)', types='B', params=[34], alt_params=[[1], [99999]], cls='b',
   port='SELECT min(t) FROM (SELECT min(received_at) AS t FROM invites WHERE job_id = ?1 UNION ALL SELECT min(submitted_at) FROM proposals WHERE job_id = ?1) AS s', note='Subquery alias. min() over text keeps the column collation "C".')

# ---------------------------------------------------------------------------------------------
# store/messages.rs
st(id='messages.insert', file='store/messages.rs', needle='"INSERT INTO messages (uid, proposal_id, author, from_client, body, sent_at, created_at)', sql='INSERT INTO messages (uid, proposal_id, author, from_client, body, sent_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)',
   types='T,B,T,b,T,T', params=[None, 5, 'me', 0, 'hello', NOW], cls='b', write=True, rowid=True, port='INSERT INTO messages (uid, proposal_id, author, from_client, body, sent_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) RETURNING id')
st(id='messages.get', file='store/messages.rs', needle='q.filter("id = ?", [v(id)])', sql=MESSAGE_SELECT + ' WHERE id = ? ORDER BY id', types='B', params=[3], cls='a')
st(id='messages.count', file='store/messages.rs', needle='"SELECT count(*) FROM messages WHERE proposal_id = ?1"', sql='SELECT count(*) FROM messages WHERE proposal_id = ?1', types='B', params=[5], cls='a')
st(id='messages.list', file='store/messages.rs', needle='Select::new(SELECT, "sent_at, id")', sql=MESSAGE_SELECT + ' WHERE proposal_id = ? ORDER BY sent_at, id LIMIT 20', types='B', params=[row("SELECT proposal_id FROM messages GROUP BY proposal_id ORDER BY count(*) DESC LIMIT 1")], cls='a', ordered=True)

# ---------------------------------------------------------------------------------------------
# store/offers.rs
st(id='offers.get', file='store/offers.rs', needle='format!("{OFFER_SELECT} WHERE o.id = ?1")', sql=OFFER_SELECT + ' WHERE o.id = ?1', types='B', params=[1], cls='a',
   note='The contract sub-select returns at most one row (contracts.offer_id UNIQUE); with two rows SQLite would take the first, PostgreSQL would raise an error.')
st(id='offers.first_for', file='store/offers.rs', needle='"{OFFER_SELECT} WHERE o.proposal_id = ?1 ORDER BY o.received_at, o.id LIMIT 1"', sql=OFFER_SELECT + ' WHERE o.proposal_id = ?1 ORDER BY o.received_at, o.id LIMIT 1', types='B', params=[1], cls='a', ordered=True)
st(id='offers.latest_for', file='store/offers.rs', needle='"{OFFER_SELECT} WHERE o.proposal_id = ?1 ORDER BY o.id DESC LIMIT 1"', sql=OFFER_SELECT + ' WHERE o.proposal_id = ?1 ORDER BY o.id DESC LIMIT 1', types='B', params=[28], cls='a', ordered=True)
OFFER_INSERT = 'INSERT INTO offers (uid, proposal_id, pay_type, rate_cents, bid_cents, milestones, weekly_limit_hours, fee_pct, received_at, expires_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?9)'
st(id='offers.insert', file='store/offers.rs', needle='"INSERT INTO offers (uid, proposal_id, pay_type', sql=OFFER_INSERT, types='T,B,T,B,B,T,B,B,T,T', params=[None, 5, 'hourly', 5000, None, '[]', 40, 10, NOW, '2026-03-17T12:00:00Z'], cls='b', write=True, rowid=True, port=OFFER_INSERT + ' RETURNING id',
   note='milestones is bound as a serde_json::Value (rusqlite stores its JSON text); a PostgreSQL driver must bind the text (value.to_string()) for this TEXT column.')
st(id='offers.answer', file='store/offers.rs', needle='"UPDATE offers SET status = ?2, responded_at = ?3', sql='UPDATE offers SET status = ?2, responded_at = ?3, decline_reason = ?4, decline_message = ?5, accepted_by = ?6 WHERE id = ?1', types='B,T,T,T,T,T', params=[16, 'declined', NOW, 'other', 'no thanks', None], cls='a', write=True, check='SELECT * FROM offers WHERE id = 16')
for nm, flt, ty, pa in [('expired', "(o.status = 'expired' OR (o.status = 'open' AND o.expires_at <= ?))", 'T', ['2026-03-15T00:00:00Z']), ('open', "o.status = 'open' AND o.expires_at > ?", 'T', [NOW]), ('status', 'o.status = ?', 'T', ['accepted'])]:
    st(id=f'offers.list_{nm}', file='store/offers.rs', needle={'expired': '"(o.status = \'expired\'', 'open': '"o.status = \'open\' AND o.expires_at > ?"', 'status': 'q.filter("o.status = ?"'}[nm], sql=OFFER_SELECT + f' WHERE {flt} ORDER BY o.id LIMIT 50', types=ty, params=pa, cls='a', ordered=True)
st(id='offers.get_contract', file='store/offers.rs', needle='format!("{CONTRACT_SELECT} WHERE id = ?1")', sql=CONTRACT_SELECT + ' WHERE id = ?1', types='B', params=[1], cls='a')
CONTRACT_INSERT = 'INSERT INTO contracts (uid, offer_id, proposal_id, catalog_id, client_id, job_id, title, pay_type, rate_cents, bid_cents, milestones, weekly_limit_hours, fee_pct, started_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)'
st(id='offers.insert_contract', file='store/offers.rs', needle='"INSERT INTO contracts (uid, offer_id, proposal_id', sql=CONTRACT_INSERT, types='T,B,B,B,B,B,T,T,B,B,T,B,B,T', params=[None, None, None, 1, 1, None, 'Logo', 'fixed', None, 50000, '[]', None, 10, NOW], cls='b', write=True, rowid=True, port=CONTRACT_INSERT + ' RETURNING id')
st(id='offers.end_contract', file='store/offers.rs', needle='"UPDATE contracts SET status = ?2, ended_at = ?3, end_reason = ?4 WHERE id = ?1"', sql='UPDATE contracts SET status = ?2, ended_at = ?3, end_reason = ?4 WHERE id = ?1', types='B,T,T,T', params=[1, 'ended', NOW, 'done'], cls='a', write=True, check='SELECT id, status, ended_at, end_reason FROM contracts WHERE id = 1')
st(id='offers.open_for_job', file='store/offers.rs', needle='"SELECT o.id, o.proposal_id, o.expires_at FROM offers o JOIN proposals p', sql="SELECT o.id, o.proposal_id, o.expires_at FROM offers o JOIN proposals p ON p.id = o.proposal_id WHERE p.job_id = ?1 AND o.status = 'open' ORDER BY o.id", types='B', params=[row("SELECT job_id FROM proposals WHERE id = 28")], cls='a', ordered=True)
st(id='offers.due_to_expire', file='store/offers.rs', needle='"SELECT id, proposal_id, expires_at FROM offers WHERE status = \'open\' AND expires_at <= ?1', sql="SELECT id, proposal_id, expires_at FROM offers WHERE status = 'open' AND expires_at <= ?1 ORDER BY expires_at, id", types='T', params=['2026-03-16T00:00:00Z'], cls='a', ordered=True)
st(id='offers.set_lapsed', file='store/offers.rs', needle='"UPDATE offers SET status = ?2 WHERE id = ?1"', sql='UPDATE offers SET status = ?2 WHERE id = ?1', types='B,T', params=[16, 'expired'], cls='a', write=True, check='SELECT id, status FROM offers WHERE id = 16')
st(id='offers.contract_started', file='store/offers.rs', needle='"SELECT 1 FROM contracts WHERE proposal_id = ?1"', sql='SELECT 1 FROM contracts WHERE proposal_id = ?1', types='B', params=[1], cls='a',
   note='Read with query_row(...).optional(): rusqlite takes the first row. If a proposal ever had two contracts, a driver call that insists on one row (postgres query_opt) would fail; add LIMIT 1 (portable) if the PostgreSQL code uses query_opt.')
st(id='offers.list_contracts', file='store/offers.rs', needle='q.filter("status = ?", [crate::store::v(s.as_str().to_string())]);', sql=CONTRACT_SELECT + ' WHERE status = ? ORDER BY id LIMIT 50', types='T', params=['active'], cls='a', ordered=True)
st(id='offers.get_catalog', file='store/offers.rs', needle='format!("{CATALOG_SELECT} WHERE id = ?1")', sql=CATALOG_SELECT + ' WHERE id = ?1', types='B', params=[1], cls='a')
CAT_INSERT = 'INSERT INTO catalog_projects (uid, title, description, price_cents, delivery_days, profile_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)'
st(id='offers.insert_catalog', file='store/offers.rs', needle='"INSERT INTO catalog_projects (uid, title', sql=CAT_INSERT, types='T,T,T,B,B,B,T', params=[None, 'Audit', 'desc', 1000, 5, 1, NOW], cls='b', write=True, rowid=True, port=CAT_INSERT + ' RETURNING id')
st(id='offers.list_catalog', file='store/offers.rs', needle='Select::new(CATALOG_SELECT, "id")', sql=CATALOG_SELECT + ' ORDER BY id LIMIT 50', cls='a', ordered=True)

# ---------------------------------------------------------------------------------------------
# store/profiles.rs
st(id='profiles.get', file='store/profiles.rs', needle='format!("{SELECT} WHERE id = ?1")', sql=PROFILE_SELECT + ' WHERE id = ?1', types='B', params=[1], cls='a', note='Also profiles::find by id.')
st(id='profiles.general', file='store/profiles.rs', needle='"{SELECT} WHERE kind = \'general\'"', sql=PROFILE_SELECT + " WHERE kind = 'general'", cls='a')
st(id='profiles.find', file='store/profiles.rs', needle='"{SELECT} WHERE uid = ?1 OR name = ?1 ORDER BY uid IS NULL LIMIT 1"', sql=PROFILE_SELECT + ' WHERE uid = ?1 OR name = ?1 ORDER BY uid IS NULL LIMIT 1', types='T', params=[row("SELECT name FROM profiles ORDER BY id DESC LIMIT 1")], cls='a')
st(id='profiles.count_by_kind', file='store/profiles.rs', needle='"SELECT coalesce(sum(kind = \'general\'), 0)', sql="SELECT coalesce(sum(kind = 'general'), 0), coalesce(sum(kind = 'specialized'), 0) FROM profiles", cls='b',
   port="SELECT count(CASE WHEN kind = 'general' THEN 1 END), count(CASE WHEN kind = 'specialized' THEN 1 END) FROM profiles",
   note='sum() of a comparison: SQLite sums 0/1; PostgreSQL has no sum(boolean). count(CASE …) returns BIGINT on PostgreSQL and never NULL, so the coalesce goes too.')
PROF_INSERT = 'INSERT INTO profiles (uid, name, kind, title, rate_cents, skills, agency_id, agency_role, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)'
st(id='profiles.insert', file='store/profiles.rs', needle='"INSERT INTO profiles (uid, name, kind', sql=PROF_INSERT, types='T,T,T,T,B,T,B,T,T', params=[None, 'Rust specialist', 'specialized', 'Rust', 9000, '["rust"]', None, None, NOW], cls='b', write=True, rowid=True, port=PROF_INSERT + ' RETURNING id')
st(id='profiles.update', file='store/profiles.rs', needle='"UPDATE profiles SET uid = ?2, name = ?3', sql='UPDATE profiles SET uid = ?2, name = ?3, kind = ?4, title = ?5, rate_cents = ?6, skills = ?7, agency_id = ?8, agency_role = ?9 WHERE id = ?1', types='B,T,T,T,T,B,T,B,T',
   params=row("SELECT id, uid, name, kind, title, rate_cents + 100, skills, agency_id, agency_role FROM profiles WHERE id = 1"), cls='a', write=True, check='SELECT id, rate_cents FROM profiles WHERE id = 1')
st(id='profiles.name_taken', file='store/profiles.rs', needle='"SELECT id FROM profiles WHERE name = ?1"', sql='SELECT id FROM profiles WHERE name = ?1', types='T', params=[row("SELECT name FROM profiles LIMIT 1")], cls='a')
st(id='profiles.list', file='store/profiles.rs', needle='q.filter("kind = ?"', sql=PROFILE_SELECT + ' WHERE kind = ? ORDER BY kind, id LIMIT 10', types='T', params=['specialized'], cls='a', ordered=True)

# ---------------------------------------------------------------------------------------------
# store/proposals.rs
st(id='proposals.get', file='store/proposals.rs', needle='format!("{SELECT} WHERE p.id = ?1")', sql=PROPOSAL_SELECT + ' WHERE p.id = ?1', types='B', params=[34], alt_params=[[5], [28]], cls='c', jsoncols=(29,),
   pg=PROPOSAL_SELECT_PG + ' WHERE p.id = $1',
   note="json_group_array(json_array(…)) is SQLite-only; PostgreSQL: jsonb_agg(jsonb_build_array(…) ORDER BY a.id), which is NULL over no rows (SQLite gives '[]'), hence coalesce(…, '[]'), and ::text because Rust reads a String. The JSON text differs in spacing only (compared parsed). A portable alternative is a second query for the attachments.")
PROP_INSERT = 'INSERT INTO proposals (uid, job_id, invite_id, profile_id, agency_id, submitted_by, status, pay_type, rate_cents, bid_cents, milestones, duration, cover_letter, answers, fee_pct, submitted_at, room_opened_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?16)'
st(id='proposals.insert', file='store/proposals.rs', needle='"INSERT INTO proposals (uid, job_id, invite_id', sql=PROP_INSERT, types='T,B,B,B,B,T,T,T,B,B,T,T,T,T,B,T,T', params=[None, 1, None, 1, None, None, 'submitted', 'fixed', None, 10000, '[]', None, 'letter', '[]', 10, NOW, None], cls='b', write=True, rowid=True, port=PROP_INSERT + ' RETURNING id')
st(id='proposals.save', file='store/proposals.rs', needle='"UPDATE proposals SET pay_type = ?2, rate_cents = ?3', sql='UPDATE proposals SET pay_type = ?2, rate_cents = ?3, bid_cents = ?4, milestones = ?5, duration = ?6, cover_letter = ?7, answers = ?8, connects_spent = ?9, boost_connects = ?10, boost_refunded = ?11, client_viewed_at = ?12, room_opened_at = ?13 WHERE id = ?1',
   types='B,T,B,B,T,T,T,T,B,B,b,T,T', params=row("SELECT id, pay_type, rate_cents, bid_cents, milestones, duration, cover_letter || ' (edited)', answers, connects_spent, boost_connects, boost_refunded, client_viewed_at, room_opened_at FROM proposals WHERE id = 5"), cls='a', write=True, check='SELECT id, cover_letter FROM proposals WHERE id = 5')
st(id='proposals.set_status', file='store/proposals.rs', needle='"UPDATE proposals SET status = ?2, status_reason = coalesce(?3, status_reason) WHERE id = ?1"', sql='UPDATE proposals SET status = ?2, status_reason = coalesce(?3, status_reason) WHERE id = ?1', types='B,T,T', params=[5, 'withdrawn', None], cls='a', write=True, check='SELECT id, status, status_reason FROM proposals WHERE id = 5')
st(id='proposals.set_status_message', file='store/proposals.rs', needle='"UPDATE proposals SET status_message = ?2 WHERE id = ?1"', sql='UPDATE proposals SET status_message = ?2 WHERE id = ?1', types='B,T', params=[5, 'bye'], cls='a', write=True, check='SELECT id, status_message FROM proposals WHERE id = 5')
st(id='proposals.set_connects', file='store/proposals.rs', needle='"UPDATE proposals SET connects_spent = ?2, boost_connects = ?3 WHERE id = ?1"', sql='UPDATE proposals SET connects_spent = ?2, boost_connects = ?3 WHERE id = ?1', types='B,B,B', params=[5, 8, 2], cls='a', write=True, check='SELECT id, connects_spent, boost_connects FROM proposals WHERE id = 5')
st(id='proposals.open_room', file='store/proposals.rs', needle='"UPDATE proposals SET room_opened_at = coalesce(room_opened_at, ?2) WHERE id = ?1"', sql='UPDATE proposals SET room_opened_at = coalesce(room_opened_at, ?2) WHERE id = ?1', types='B,T', params=[34, NOW], cls='a', write=True, check='SELECT id, room_opened_at FROM proposals WHERE id = 34')
st(id='proposals.detach', file='store/proposals.rs', needle='"DELETE FROM attachments WHERE id = ?1"', sql='DELETE FROM attachments WHERE id = ?1', types='B', params=[1], cls='a', write=True, check='SELECT id FROM attachments ORDER BY id')
st(id='proposals.other_letters', file='store/proposals.rs', needle='"SELECT id, cover_letter FROM proposals WHERE cover_letter IS NOT NULL AND id IS NOT ?1 ORDER BY id"', sql='SELECT id, cover_letter FROM proposals WHERE cover_letter IS NOT NULL AND id IS NOT ?1 ORDER BY id', types='B', params=[5], alt_params=[[None]], cls='b', ordered=True,
   port='SELECT id, cover_letter FROM proposals WHERE cover_letter IS NOT NULL AND id IS DISTINCT FROM ?1 ORDER BY id', note='`id IS NOT ?1` with a value: IS DISTINCT FROM (also right for ?1 = NULL: every row).')
st(id='proposals.blob_insert', file='store/proposals.rs', needle='"INSERT OR IGNORE INTO blobs (sha256, size, bytes) VALUES (?1, ?2, ?3)"', sql='INSERT OR IGNORE INTO blobs (sha256, size, bytes) VALUES (?1, ?2, ?3)', types='T,B,Y', params=[row("SELECT sha256, size, bytes FROM blobs ORDER BY sha256 LIMIT 1")], cls='b', write=True, alt_params=[['0' * 64, 3, b'abc']],
   port='INSERT INTO blobs (sha256, size, bytes) VALUES (?1, ?2, ?3) ON CONFLICT (sha256) DO NOTHING', check='SELECT sha256, size, length(bytes) FROM blobs ORDER BY sha256',
   note='INSERT OR IGNORE is SQLite-only. ON CONFLICT (sha256) DO NOTHING is accepted by both (SQLite >= 3.24). Difference: OR IGNORE also silently skips rows that break NOT NULL/CHECK; ON CONFLICT only skips the duplicate key (the size >= 0 CHECK cannot fail for a Rust length, so no difference in practice).')
st(id='proposals.attach', file='store/proposals.rs', needle='"INSERT INTO attachments (proposal_id, name, sha256, size, created_at)', sql='INSERT INTO attachments (proposal_id, name, sha256, size, created_at) VALUES (?1, ?2, ?3, ?4, ?5)', types='B,T,T,B,T', params=[34, 'again.txt', row("SELECT sha256 FROM blobs ORDER BY sha256 LIMIT 1"), 12, NOW], cls='a', write=True, check='SELECT id, proposal_id, name FROM attachments ORDER BY id')
st(id='proposals.blob', file='store/proposals.rs', needle='"SELECT bytes FROM blobs WHERE sha256 = ?1"', sql='SELECT bytes FROM blobs WHERE sha256 = ?1', types='T', params=[row("SELECT sha256 FROM blobs ORDER BY sha256 LIMIT 1")], cls='a')
LIVE_FOR_OWNER = f"SELECT min(id) FROM proposals WHERE job_id = ?1 AND agency_id IS ?2 AND {LIVE('status')}"
st(id='proposals.live_for_owner', file='store/proposals.rs', needle='"SELECT min(id) FROM proposals WHERE job_id = ?1 AND agency_id IS ?2 AND "', sql=LIVE_FOR_OWNER, types='B,B', params=[34, None], alt_params=[[34, 1], [116, None]], cls='b',
   port=f"SELECT min(id) FROM proposals WHERE job_id = ?1 AND agency_id IS NOT DISTINCT FROM ?2 AND {LIVE_PORT('status')}",
   note='`agency_id IS ?2` (NULL-safe equality with a value) -> IS NOT DISTINCT FROM; unary + on text.')
st(id='proposals.hired_for_owner', file='store/proposals.rs', needle='"SELECT id FROM proposals WHERE job_id = ?1 AND agency_id IS ?2 AND status = \'hired\' \\', sql="SELECT id FROM proposals WHERE job_id = ?1 AND agency_id IS ?2 AND status = 'hired' ORDER BY id LIMIT 1", types='B,B', params=[60, None], alt_params=[[60, 1]], cls='b',
   port="SELECT id FROM proposals WHERE job_id = ?1 AND agency_id IS NOT DISTINCT FROM ?2 AND status = 'hired' ORDER BY id LIMIT 1")
st(id='proposals.statuses_for_job', file='store/proposals.rs', needle='"SELECT id, status, agency_id FROM proposals WHERE job_id = ?1 ORDER BY id"', sql='SELECT id, status, agency_id FROM proposals WHERE job_id = ?1 ORDER BY id', types='B', params=[34], cls='a', ordered=True)
st(id='proposals.stored_status', file='store/proposals.rs', needle='"SELECT status FROM proposals WHERE id = ?1"', sql='SELECT status FROM proposals WHERE id = ?1', types='B', params=[5], cls='a')
st(id='proposals.list', file='store/proposals.rs', needle='&format!("{SHOWN_STATUS_SQL} = ?")', sql=PROPOSAL_SELECT + f' WHERE {SHOWN_STATUS} = ? AND p.job_id = ? AND p.profile_id = ? ORDER BY p.id', types='T,T,B,B', params=['2026-03-20T00:00:00Z', 'active', row("SELECT job_id FROM proposals WHERE id = 28"), 1], cls='c', ordered=True, jsoncols=(29,),
   pg=(PROPOSAL_SELECT_PG + f' WHERE {SHOWN_STATUS} = ? AND p.job_id = ? AND p.profile_id = ? ORDER BY p.id'),
   note='Select over proposals::SELECT (json_group_array, see proposals.get) with every filter; SHOWN_STATUS_SQL itself is portable (coalesce(subquery, \'\') <= ? compares text).')
for nm, order in [('submitted', 'p.submitted_at DESC, p.id DESC'), ('status', 'p.status, p.id'), ('job', 'p.job_id, p.id')]:
    st(id=f'proposals.list_{nm}', file='store/proposals.rs', needle=f'"{order}"', sql=PROPOSAL_SELECT + f' ORDER BY {order}', cls='c', ordered=True, jsoncols=(29,), pg=PROPOSAL_SELECT_PG + f' ORDER BY {order}',
       note='Order keys portable (p.status sorts bytewise under "C"); the base needs the per-engine attachment aggregate.')

# ---------------------------------------------------------------------------------------------
# store/stats.rs
st(id='stats.window', file='store/stats.rs', needle='"SELECT received_at, status, responded_at, withdrawn_at FROM invites WHERE received_at >= ?1"', sql='SELECT received_at, status, responded_at, withdrawn_at FROM invites WHERE received_at >= ?1', types='T', params=[SINCE], cls='a',
   note='No ORDER BY; the caller takes a median of delays, which does not depend on row order.')
st(id='stats.older', file='store/stats.rs', needle='"SELECT count(*) FROM invites WHERE received_at < ?1"', sql='SELECT count(*) FROM invites WHERE received_at < ?1', types='T', params=[SINCE], cls='a')
for k, cond in enumerate(['', "AND status = 'accepted'", "AND status = 'declined'", "AND status = 'archived'", "AND status = 'withdrawn'", "AND status = 'closed'"]):
    st(id=f'stats.inv{k}', file='store/stats.rs', needle='"SELECT count(*) FROM invites WHERE received_at >= ?1 {status}"', sql=f'SELECT count(*) FROM invites WHERE received_at >= ?1 {cond}'.strip(), types='T', params=[SINCE], cls='a')
HIRED_IN = 'EXISTS (SELECT 1 FROM contracts c WHERE c.proposal_id = p.id)'
for k, cond in enumerate(['', 'AND p.room_opened_at IS NOT NULL', 'AND EXISTS (SELECT 1 FROM offers o WHERE o.proposal_id = p.id)', f'AND {HIRED_IN}', "AND p.status = 'declined'", "AND p.status = 'withdrawn'", "AND p.status = 'archived'"]):
    st(id=f'stats.prop{k}', file='store/stats.rs', needle='"SELECT count(*) FROM proposals p WHERE p.submitted_at >= ?1 AND (?2 IS NULL OR p.profile_id = ?2) {cond}"', sql=f'SELECT count(*) FROM proposals p WHERE p.submitted_at >= ?1 AND (?2 IS NULL OR p.profile_id = ?2) {cond}'.strip(),
       types='T,B', params=[SINCE, None], alt_params=[[SINCE, 1]], cls='b', port=f'SELECT count(*) FROM proposals p WHERE p.submitted_at >= ?1 AND (CAST(?2 AS BIGINT) IS NULL OR p.profile_id = ?2) {cond}'.strip(),
       note='`(?2 IS NULL OR p.profile_id = ?2)`: PostgreSQL does not take $2\'s type from the later `p.profile_id = $2` when its first use is `$2 IS NULL` (error 42P18 on an untyped PREPARE, which is what tokio-postgres/sqlx do); it prepares with explicit types. CAST(?2 AS BIGINT) in the first use makes it portable.' if k == 0 else None)
SPENT = ("SELECT coalesce(-sum(g.amount), 0) FROM connects_ledger g JOIN proposals p ON p.id = g.entity_id WHERE g.entity IN ('proposal', 'boost') "
         "AND g.kind IN ('spend', 'refund') AND p.submitted_at >= ?1 AND {f}")
SPENT_PORT = ("SELECT CAST(coalesce(-sum(g.amount), 0) AS BIGINT) FROM connects_ledger g JOIN proposals p ON p.id = g.entity_id WHERE g.entity IN ('proposal', 'boost') "
              "AND g.kind IN ('spend', 'refund') AND p.submitted_at >= ?1 AND {f}")
st(id='stats.spent_profile', file='store/stats.rs', needle='spent_on(conn, since, "p.profile_id = ?2", Some(id.to_string()))?,', sql=SPENT.format(f='p.profile_id = ?2'), types='T,T', params=[SINCE, '1'], cls='b',
   port=SPENT_PORT.format(f='p.profile_id = CAST(?2 AS BIGINT)'), port_types='T,B', port_params=[SINCE, 1],
   note='A TEXT parameter (id.to_string()) compared with an INTEGER column: SQLite converts it (column affinity); PostgreSQL infers $2 as bigint and a Rust String cannot be bound to it. Fix on the Rust side: bind the id as i64 (the portable SQL then only needs the sum cast; CAST(?2 AS BIGINT) shown is a no-op on SQLite and documents the type). Also sum(bigint) is NUMERIC. Called for --profile and for every profile in by_profile.')
st(id='stats.spent_all', file='store/stats.rs', needle='None => spent_on(conn, since, "?2 IS NULL", None)?,', sql=SPENT.format(f='?2 IS NULL'), types='T,T', params=[SINCE, None], cls='b',
   port=SPENT_PORT.format(f='CAST(?2 AS TEXT) IS NULL'),
   note='$2 appears only in `$2 IS NULL`: PostgreSQL cannot determine its type (error 42P08) -> CAST(?2 AS TEXT).')
st(id='stats.spent_kind_profile', file='store/stats.rs', needle='"p.invite_id IN (SELECT id FROM invites WHERE kind = ?2) AND p.profile_id = {id}"', sql=SPENT.format(f='p.invite_id IN (SELECT id FROM invites WHERE kind = ?2) AND p.profile_id = 1'), types='T,T', params=[SINCE, 'client'], cls='b',
   port=SPENT_PORT.format(f='p.invite_id IN (SELECT id FROM invites WHERE kind = ?2) AND p.profile_id = 1'), note='Profile id inlined by format!. Only the sum cast.')
st(id='stats.spent_kind', file='store/stats.rs', needle='"p.invite_id IN (SELECT id FROM invites WHERE kind = ?2)",', sql=SPENT.format(f='p.invite_id IN (SELECT id FROM invites WHERE kind = ?2)'), types='T,T', params=[SINCE, 'featured'], alt_params=[[SINCE, 'client']], cls='b',
   port=SPENT_PORT.format(f='p.invite_id IN (SELECT id FROM invites WHERE kind = ?2)'), note='Only the sum cast.')
st(id='stats.profiles', file='store/stats.rs', needle='"SELECT id, name FROM profiles ORDER BY kind, id"', sql='SELECT id, name FROM profiles ORDER BY kind, id', cls='a', ordered=True)
st(id='stats.profile_invites', file='store/stats.rs', needle='"SELECT count(*) FROM invites i JOIN proposals p ON p.id = i.proposal_id \\', sql='SELECT count(*) FROM invites i JOIN proposals p ON p.id = i.proposal_id WHERE i.received_at >= ?1 AND p.profile_id = ?2', types='T,B', params=[SINCE, 1], cls='a')
st(id='stats.profile_proposals', file='store/stats.rs', needle='"SELECT count(*) FROM proposals p WHERE p.submitted_at >= ?1 AND p.profile_id = ?2",', sql='SELECT count(*) FROM proposals p WHERE p.submitted_at >= ?1 AND p.profile_id = ?2', types='T,B', params=[SINCE, 1], cls='a')
st(id='stats.profile_hired', file='store/stats.rs', needle='"SELECT count(*) FROM proposals p WHERE p.submitted_at >= ?1 AND p.profile_id = ?2 AND {hired_in}"', sql=f'SELECT count(*) FROM proposals p WHERE p.submitted_at >= ?1 AND p.profile_id = ?2 AND {HIRED_IN}', types='T,B', params=[SINCE, 1], cls='a')
st(id='stats.kind_invites', file='store/stats.rs', needle='q("SELECT count(*) FROM invites WHERE received_at >= ?1 AND kind = ?2 AND ?3 IS ?3")?;', sql='SELECT count(*) FROM invites WHERE received_at >= ?1 AND kind = ?2 AND ?3 IS ?3', types='T,T,B', params=[SINCE, 'client', None], alt_params=[[SINCE, 'featured', 1]], cls='b',
   port='SELECT count(*) FROM invites WHERE received_at >= ?1 AND kind = ?2 AND CAST(?3 AS BIGINT) IS NOT DISTINCT FROM CAST(?3 AS BIGINT)',
   note='`?3 IS ?3` is an always-true term that only makes the statement take the third parameter the shared closure binds. PostgreSQL: `$3 IS $3` is a syntax error, and $3 has no type. The CAST form is always true on both; cleaner: bind only two parameters in Rust.')
st(id='stats.kind_proposals', file='store/stats.rs', needle='"SELECT count(*) FROM proposals p JOIN invites i ON i.id = p.invite_id WHERE i.received_at >= ?1 AND i.kind = ?2 \\', nth=0, sql='SELECT count(*) FROM proposals p JOIN invites i ON i.id = p.invite_id WHERE i.received_at >= ?1 AND i.kind = ?2 AND (?3 IS NULL OR p.profile_id = ?3)', types='T,T,B', params=[SINCE, 'client', None], alt_params=[[SINCE, 'client', 1]], cls='b',
   port='SELECT count(*) FROM proposals p JOIN invites i ON i.id = p.invite_id WHERE i.received_at >= ?1 AND i.kind = ?2 AND (CAST(?3 AS BIGINT) IS NULL OR p.profile_id = ?3)', note='As stats.prop0: $3 untyped in its first use.')
st(id='stats.kind_hired', file='store/stats.rs', needle='"SELECT count(*) FROM proposals p JOIN invites i ON i.id = p.invite_id WHERE i.received_at >= ?1 AND i.kind = ?2 \\', nth=1, sql=f'SELECT count(*) FROM proposals p JOIN invites i ON i.id = p.invite_id WHERE i.received_at >= ?1 AND i.kind = ?2 AND (?3 IS NULL OR p.profile_id = ?3) AND {HIRED_IN}', types='T,T,B', params=[SINCE, 'client', None], alt_params=[[SINCE, 'client', 1]], cls='b',
   port=f'SELECT count(*) FROM proposals p JOIN invites i ON i.id = p.invite_id WHERE i.received_at >= ?1 AND i.kind = ?2 AND (CAST(?3 AS BIGINT) IS NULL OR p.profile_id = ?3) AND {HIRED_IN}', note='As stats.prop0.')

# ---------------------------------------------------------------------------------------------
# store/transfer.rs
st(id='transfer.table_info', file='store/transfer.rs', needle='format!("PRAGMA table_info({table})")', sql='PRAGMA table_info(jobs)', cls='c', sqcols=(1, 2),
   pg="SELECT column_name, CASE data_type WHEN 'bigint' THEN 'INTEGER' WHEN 'text' THEN 'TEXT' WHEN 'bytea' THEN 'BLOB' ELSE upper(data_type) END FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'jobs' ORDER BY ordinal_position",
   note='Column names and declared types, used by export (SELECT * by position), import (field checks by declared type: INTEGER/TEXT/BLOB) and a test. The PostgreSQL query maps its types back to the SQLite names the Rust code matches on. (pragma_table_info(\'t\') as a table-valued function is also SQLite-only.)')
for t, key in [('clients', 'id'), ('settings', 'key'), ('blobs', 'sha256'), ('events', 'id')]:
    st(id=f'transfer.export_{t}', file='store/transfer.rs', needle='format!("SELECT * FROM {} ORDER BY {order}", spec.table)', sql=f'SELECT * FROM {t} ORDER BY {key}', cls='a', ordered=True,
       note='SELECT * by position: the PostgreSQL column order must be the SQLite one (schema.sql keeps it).' if t == 'clients' else None)
st(id='transfer.count_rows', file='store/transfer.rs', needle='format!("SELECT count(*) FROM {}", spec.table)', sql='SELECT count(*) FROM {table}', each_table=['settings', 'connects_draws'], cls='a')
st(id='transfer.existing', file='store/transfer.rs', needle='"SELECT * FROM {} WHERE {key_col} = ?1"', sql='SELECT * FROM jobs WHERE id = ?1', types='B', params=[34], cls='a', note='Also with text keys (settings.key, blobs.sha256).')
st(id='transfer.existing_text', file='store/transfer.rs', needle='"SELECT * FROM {} WHERE {key_col} = ?1"', sql='SELECT * FROM settings WHERE key = ?1', types='T', params=['plan'], cls='a')
st(id='transfer.defer_fks', file='store/transfer.rs', needle='"defer_foreign_keys", "ON"', sql='PRAGMA defer_foreign_keys = ON', cls='c', pg='SET CONSTRAINTS ALL DEFERRED',
   note='Also in migration 005. On PostgreSQL this defers only DEFERRABLE constraints, which is why schema.sql declares every foreign key DEFERRABLE INITIALLY IMMEDIATE. Like the PRAGMA it lasts until the transaction ends.', exec=False)
st(id='transfer.by_uid', file='store/transfer.rs', needle='.prepare_cached(&format!("SELECT id FROM {} WHERE uid = ?1", r.spec.table))?', sql='SELECT id FROM jobs WHERE uid = ?1', types='T', params=[row("SELECT uid FROM jobs WHERE uid IS NOT NULL ORDER BY id LIMIT 1")], alt_params=[['no-such-uid']], cls='a')
st(id='transfer.taken', file='store/transfer.rs', needle='format!("SELECT 1 FROM {} WHERE id = ?1", r.spec.table)', sql='SELECT 1 FROM jobs WHERE id = ?1', types='B', params=[34], cls='a')
st(id='transfer.max_id', file='store/transfer.rs', needle='format!("SELECT coalesce(max(id), 0) FROM {}", r.spec.table)', sql='SELECT coalesce(max(id), 0) FROM {table}', each_table=['jobs', 'settings_none'], cls='a')
st(id='transfer.update', file='store/transfer.rs', needle='"UPDATE {} SET {} WHERE {key_col} = ?"', sql='UPDATE clients SET name = ?, rating_hundredths = ?, payment_verified = ?, recent_feedback = ? WHERE id = ?', types='T,B,B,T,B', params=['Renamed', 455, 1, '["ok"]', 2], cls='a', write=True,
   check='SELECT id, name, rating_hundredths, payment_verified, recent_feedback FROM clients WHERE id = 2', note='Assembled from the record\'s fields (one `col = ?` each); values are SqlValue (Integer/Text/Blob/Null), each bound with the column\'s type on PostgreSQL.')
st(id='transfer.insert', file='store/transfer.rs', needle='"INSERT INTO {} ({}) VALUES ({marks})"', sql='INSERT INTO clients (id, uid, name, created_at, recent_feedback) VALUES (?, ?, ?, ?, ?)', types='B,T,T,T,T', params=[500, 'imp-1', 'Imported', NOW, '[]'], cls='a', write=True,
   check="SELECT id, name FROM clients WHERE id >= 38 ORDER BY id",
   note='Runs on both; but import writes explicit ids, and on PostgreSQL the identity sequence does not follow them (SQLite takes max(rowid)+1): after import run `SELECT setval(pg_get_serial_sequence(t, \'id\'), max(id)) FROM t` for every id table, or the next ordinary INSERT fails with a duplicate key.')

# ---------------------------------------------------------------------------------------------
# commands/db.rs
st(id='db.backup_size', file='commands/db.rs', needle='"SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"', sql='SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()', cls='c', pg='SELECT pg_database_size(current_database())',
   note='`db backup --dry-run` size estimate; values differ by nature (file pages vs the database directory).', nocompare=True)

# ---------------------------------------------------------------------------------------------
# completion.rs
COMPL = [
    ("SELECT i.id, j.title || ' (' || i.status || ')' FROM invites i JOIN jobs j ON j.id = i.job_id WHERE i.status IN ('pending', 'archived') ORDER BY i.received_at DESC LIMIT 200", "WHERE i.status IN ('pending', 'archived') ORDER BY i.received_at DESC LIMIT 200"),
    ("SELECT i.id, j.title || ' (' || i.status || ')' FROM invites i JOIN jobs j ON j.id = i.job_id ORDER BY i.received_at DESC LIMIT 200", "fn all_invites()"),
    ("SELECT p.id, j.title || ' (' || p.status || ')' FROM proposals p JOIN jobs j ON j.id = p.job_id ORDER BY p.submitted_at DESC LIMIT 200", 'fn proposals()'),
    ("SELECT o.id, j.title FROM offers o JOIN proposals p ON p.id = o.proposal_id JOIN jobs j ON j.id = p.job_id WHERE o.status = 'open' ORDER BY o.received_at DESC LIMIT 200", 'fn open_offers()'),
    ("SELECT p.id, j.title || ' (' || p.status || ')' FROM proposals p JOIN jobs j ON j.id = p.job_id WHERE p.status IN ('submitted', 'active', 'offered') ORDER BY p.submitted_at DESC LIMIT 200", 'fn live_proposals()'),
    ("SELECT p.id, j.title FROM proposals p JOIN jobs j ON j.id = p.job_id WHERE p.status = 'submitted' AND p.client_viewed_at IS NULL ORDER BY p.submitted_at DESC LIMIT 200", 'fn unviewed_proposals()'),
    ("SELECT p.id, j.title || ' (' || p.status || ')' FROM proposals p JOIN jobs j ON j.id = p.job_id WHERE p.room_opened_at IS NOT NULL OR p.status IN ('submitted', 'active', 'offered') ORDER BY p.submitted_at DESC LIMIT 200", 'fn rooms()'),
    ("SELECT o.id, j.title || ' (' || o.status || ')' FROM offers o JOIN proposals p ON p.id = o.proposal_id JOIN jobs j ON j.id = p.job_id ORDER BY o.received_at DESC LIMIT 200", 'fn all_offers()'),
    ("SELECT id, title || ' (' || status || ')' FROM jobs ORDER BY posted_at DESC LIMIT 200", 'fn jobs()'),
    ("SELECT id, title FROM jobs WHERE status = 'open' ORDER BY posted_at DESC LIMIT 200", 'fn open_jobs()'),
    ("SELECT id, name FROM clients ORDER BY name LIMIT 200", 'fn clients()'),
    ("SELECT id, name || ' (' || kind || ')' FROM profiles ORDER BY kind = 'specialized', id LIMIT 200", 'fn profiles()'),
    ("SELECT id, name FROM agencies ORDER BY name LIMIT 200", 'fn agencies()'),
    ("SELECT id, title || ' (' || status || ')' FROM contracts ORDER BY id DESC LIMIT 200", 'fn contracts()'),
    ("SELECT id, title || ' (' || status || ')' FROM contracts WHERE status <> 'ended' ORDER BY id DESC LIMIT 200", 'fn running_contracts()'),
    ("SELECT id, title FROM catalog_projects ORDER BY title LIMIT 200", 'fn catalog()'),
]
TIE = {'i.received_at DESC LIMIT': 'i.received_at DESC, i.id DESC LIMIT', 'p.submitted_at DESC LIMIT': 'p.submitted_at DESC, p.id DESC LIMIT', 'o.received_at DESC LIMIT': 'o.received_at DESC, o.id DESC LIMIT',
       'posted_at DESC LIMIT': 'posted_at DESC, id DESC LIMIT', 'ORDER BY name LIMIT': 'ORDER BY name, id LIMIT', 'ORDER BY title LIMIT': 'ORDER BY title, id LIMIT'}
def tie_port(q):
    for a, b in TIE.items():
        if a in q: return q.replace(a, b)
    return None
for k, (q, nd) in enumerate(COMPL):
    st(id=f'completion.{k + 1}', db='bad', file='completion.rs', needle=q[:48], nth=[c[0][:48] for c in COMPL[:k]].count(q[:48]), sql=q, cls='b' if tie_port(q) else 'a', port=tie_port(q), ordered_port=bool(tie_port(q)), ordered=('ORDER BY name' not in q and 'ORDER BY title' not in q and 'received_at DESC' not in q and 'submitted_at DESC' not in q and 'posted_at DESC' not in q),
       note={10: 'ORDER BY name: bytewise only because the column is COLLATE "C" (with the database default it would follow the locale).', 0: 'Opened read-only in SQLite (SQLITE_OPEN_READ_ONLY): on PostgreSQL `SET default_transaction_read_only = on` or a read-only role.'}.get(k))
