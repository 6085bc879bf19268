import sqlite3, threading, time, shutil
assert sqlite3.sqlite_version == '3.53.2'
shutil.copy('/tmp/pgport/t.db', '/tmp/pgport/race.db')
def writer():
    con = sqlite3.connect('/tmp/pgport/race.db', timeout=10, isolation_level=None)
    con.execute('PRAGMA journal_mode = WAL')
    con.execute('BEGIN IMMEDIATE')
    seen = con.execute("SELECT min(id) FROM proposals WHERE job_id = 1 AND agency_id IS NULL AND (+status = 'submitted' OR +status = 'active' OR +status = 'offered')").fetchone()[0]
    time.sleep(1)
    if seen is None:
        con.execute("INSERT INTO proposals (job_id, profile_id, status, pay_type, bid_cents, fee_pct, submitted_at, created_at) VALUES (1, 1, 'submitted', 'fixed', 10000, 10, 't', 't')")
    con.execute('COMMIT')
ts = [threading.Thread(target=writer) for _ in range(2)]
[t.start() for t in ts]; [t.join() for t in ts]
print('sqlite BEGIN IMMEDIATE -> live proposals on job 1:', sqlite3.connect('/tmp/pgport/race.db').execute("SELECT count(*) FROM proposals WHERE job_id = 1 AND status = 'submitted'").fetchone()[0])
