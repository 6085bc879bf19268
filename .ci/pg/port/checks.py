# Each probe is one write; it must be accepted or refused alike by SQLite (3.53.2, the real schema
# after migration 6) and PostgreSQL (schema.sql).
import sqlite3, subprocess
assert sqlite3.sqlite_version == '3.53.2'
T = "'2026-01-01T00:00:00Z'"
P = [
 ("close reason filled", "UPDATE jobs SET status = 'closed', close_reason = 'filled' WHERE id = 2"),
 ("close reason expired", "UPDATE jobs SET status = 'closed', close_reason = 'expired' WHERE id = 2"),
 ("close reason bad", "UPDATE jobs SET status = 'closed', close_reason = 'gone' WHERE id = 2"),
 ("open job with reason", "UPDATE jobs SET close_reason = 'filled' WHERE id = 2 AND status = 'open'"),
 ("hourly job without min", "UPDATE jobs SET pay_type = 'hourly', fixed_cents = NULL, hourly_min_cents = NULL, hourly_max_cents = 100 WHERE id = 2"),
 ("experience NULL", "UPDATE jobs SET experience_level = NULL WHERE id = 2"),
 ("experience bad", "UPDATE jobs SET experience_level = 'guru' WHERE id = 2"),
 ("connects 17", "UPDATE jobs SET connects_cost = 17 WHERE id = 2"),
 ("featured 2", "UPDATE jobs SET featured = 2 WHERE id = 2"),
 ("skills not array", "UPDATE jobs SET skills = '{\"a\":1}' WHERE id = 2"),
 ("skills invalid json", "UPDATE jobs SET skills = '[' WHERE id = 2"),
 ("skills JSON5", "UPDATE jobs SET skills = '[\"a\",]' WHERE id = 2"),
 ("skills with spaces", "UPDATE jobs SET skills = ' [ \"a\" ] ' WHERE id = 2"),
 ("details array", "UPDATE events SET details = '[]' WHERE id = 1"),
 ("grant +5", f"INSERT INTO connects_ledger (kind, amount, reason, at) VALUES ('grant', 5, 'r', {T})"),
 ("purchase +5", f"INSERT INTO connects_ledger (kind, amount, reason, at) VALUES ('purchase', 5, 'r', {T})"),
 ("refund +5", f"INSERT INTO connects_ledger (kind, amount, reason, at) VALUES ('refund', 5, 'r', {T})"),
 ("spend -5", f"INSERT INTO connects_ledger (kind, amount, reason, at) VALUES ('spend', -5, 'r', {T})"),
 ("expire -5", f"INSERT INTO connects_ledger (kind, amount, reason, at) VALUES ('expire', -5, 'r', {T})"),
 ("grant -5", f"INSERT INTO connects_ledger (kind, amount, reason, at) VALUES ('grant', -5, 'r', {T})"),
 ("expire +5", f"INSERT INTO connects_ledger (kind, amount, reason, at) VALUES ('expire', 5, 'r', {T})"),
 ("bonus +5", f"INSERT INTO connects_ledger (kind, amount, reason, at) VALUES ('bonus', 5, 'r', {T})"),
 ("lot remaining > amount", "UPDATE connects_lots SET remaining = amount + 1 WHERE id = 19"),
 ("lot remaining < 0", "UPDATE connects_lots SET remaining = -1 WHERE id = 1"),
 ("draw amount 0", "INSERT INTO connects_draws (ledger_id, lot_id, amount) VALUES (19, 1, 0)"),
 ("second general profile", f"INSERT INTO profiles (name, kind, created_at) VALUES ('G2', 'general', {T})"),
 ("profile agency without role", f"INSERT INTO profiles (name, kind, agency_id, created_at) VALUES ('S9', 'specialized', 1, {T})"),
 ("declined invite without reason", "UPDATE invites SET status = 'declined', responded_at = received_at WHERE id = (SELECT min(id) FROM invites WHERE status = 'pending')"),
 ("accepted invite without proposal", "UPDATE invites SET status = 'accepted', responded_at = received_at WHERE id = 2"),
 ("invite referral twice on a job", "UPDATE invites SET referral = 'a@b.c' WHERE job_id = (SELECT job_id FROM invites GROUP BY job_id HAVING count(*) > 1 ORDER BY job_id LIMIT 1)"),
 ("second open offer", "INSERT INTO offers (proposal_id, pay_type, rate_cents, fee_pct, received_at, expires_at, created_at) VALUES (28, 'hourly', 5000, 10, 't', 't', 't')"),
 ("offer status expired", "UPDATE offers SET status = 'expired' WHERE id = 16"),
 ("offer status withdrawn", "UPDATE offers SET status = 'withdrawn' WHERE id = 16"),
 ("offer status bogus", "UPDATE offers SET status = 'bogus' WHERE id = 16"),
 ("contract ended without ended_at", "UPDATE contracts SET status = 'ended' WHERE id = 1"),
 ("contract without offer or catalog", f"INSERT INTO contracts (client_id, title, pay_type, fee_pct, started_at, created_at) VALUES (1, 't', 'fixed', 10, {T}, {T})"),
 ("proposal rate 299", "UPDATE proposals SET rate_cents = 299 WHERE id = 5 AND pay_type = 'hourly'"),
 ("rating 501", "UPDATE clients SET rating_hundredths = 501 WHERE id = 1"),
 ("duplicate agency member", f"INSERT INTO agency_members (agency_id, name, role, created_at) VALUES (1, 'Olu Bakare', 'member', {T})"),
 ("missing parent job", f"INSERT INTO invites (job_id, kind, received_at, created_at) VALUES (9999, 'client', {T}, {T})"),
 ("missing blob", f"INSERT INTO attachments (proposal_id, name, sha256, size, created_at) VALUES (5, 'x', 'nope', 1, {T})"),
 ("delete a referenced job", "DELETE FROM jobs WHERE id = 34"),
 ("uid duplicate", "UPDATE clients SET uid = (SELECT uid FROM clients WHERE id = 1) WHERE id = 2"),
 ("text into integer column", "UPDATE clients SET reviews = 'many' WHERE id = 1"),
 ("integer-looking text into integer column", "UPDATE clients SET reviews = '12' WHERE id = 1"),
 ("integer into text column", "UPDATE clients SET name = 12 WHERE id = 1"),
]
def sq(sql):
    con = sqlite3.connect('/tmp/pgport/t.db', isolation_level=None)
    con.execute('PRAGMA foreign_keys = ON')
    try:
        con.execute('BEGIN'); con.execute(sql); return 'ok'
    except Exception as e:
        return 'refused: ' + str(e)[:70]
    finally:
        con.execute('ROLLBACK'); con.close()
def pg(sql):
    p = subprocess.run(['psql', '-X', '-q', '-h', '127.0.0.1', '-p', '5499', '-U', 'postgres', '-d', 'lancer_c', '-At', '-v', 'ON_ERROR_STOP=1'],
                       input=f'BEGIN;\n{sql};\nROLLBACK;\n', capture_output=True, text=True)
    return 'ok' if p.returncode == 0 else 'refused: ' + p.stderr.strip().split('\n')[0].replace('ERROR:  ', '')[:80]
bad = 0
for name, sql in P:
    a, b = sq(sql), pg(sql)
    same = a.split(':')[0] == b.split(':')[0]
    bad += not same
    print(f"{'SAME' if same else 'DIFF'} | {name} | sqlite: {a} | pg: {b}")
print(f'{len(P)} probes, {bad} differ')
