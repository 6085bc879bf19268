# Semantic probes outside the statement inventory; prints what each engine does.
import sqlite3, subprocess, shutil, os, time
assert sqlite3.sqlite_version == '3.53.2'
def pg(sql, db='lancer_c', check=False):
    p = subprocess.run(['psql', '-X', '-q', '-h', '127.0.0.1', '-p', '5499', '-U', 'postgres', '-d', db, '-At', '-v', 'ON_ERROR_STOP=1'], input=sql, capture_output=True, text=True)
    return (p.stdout.strip() + (' | ERR: ' + p.stderr.strip().split('\n')[0] if p.returncode else '')).strip()
shutil.copy('/tmp/pgport/t.db', '/tmp/pgport/sem.db')
def sq(sql, params=()):
    con = sqlite3.connect('/tmp/pgport/sem.db', isolation_level=None)
    con.execute('PRAGMA foreign_keys = ON')
    try:
        out = []
        for s in [x for x in sql.split(';\n') if x.strip()]:
            rows = con.execute(s, params).fetchall()
            if rows: out.append('|'.join(map(str, rows)))
        return ' ; '.join(out)
    except Exception as e:
        return f'ERR: {e}'
    finally:
        con.close()
T = '2026-03-10T12:00:00Z'
print('== 1. identity values consumed by a rolled-back INSERT (dry run)')
print('sqlite:', sq(f"BEGIN;\nINSERT INTO agencies (name, created_at) VALUES ('D1', '{T}') RETURNING id;\nROLLBACK;\nINSERT INTO agencies (name, created_at) VALUES ('D2', '{T}') RETURNING id;\nDELETE FROM agencies WHERE name = 'D2'"))
print('pg    :', pg(f"DO $$ BEGIN PERFORM setval(pg_get_serial_sequence('agencies', 'id'), 2, false); END $$;\nBEGIN;\nINSERT INTO agencies (name, created_at) VALUES ('D1', '{T}') RETURNING id;\nROLLBACK;\nINSERT INTO agencies (name, created_at) VALUES ('D2', '{T}') RETURNING id;\nDELETE FROM agencies WHERE name = 'D2';"))
print('== 2. explicit ids (import) then an ordinary INSERT')
print('sqlite:', sq(f"BEGIN;\nINSERT INTO catalog_projects (id, title, price_cents, delivery_days, created_at) VALUES (4, 'imp', 900, 3, '{T}');\nINSERT INTO catalog_projects (title, price_cents, delivery_days, created_at) VALUES ('new', 900, 3, '{T}') RETURNING id;\nROLLBACK"))
print('pg    :', pg(f"BEGIN;\nDO $$ BEGIN PERFORM setval(pg_get_serial_sequence('catalog_projects', 'id'), 4, false); END $$;\nINSERT INTO catalog_projects (id, title, price_cents, delivery_days, created_at) VALUES (4, 'imp', 900, 3, '{T}');\nINSERT INTO catalog_projects (title, price_cents, delivery_days, created_at) VALUES ('new', 900, 3, '{T}') RETURNING id;\nROLLBACK;"))
print('== 3. SQLite reuses the id of a deleted last row (no AUTOINCREMENT); PostgreSQL never does')
print('sqlite:', sq(f"BEGIN;\nINSERT INTO catalog_projects (title, price_cents, delivery_days, created_at) VALUES ('a', 900, 3, '{T}') RETURNING id;\nDELETE FROM catalog_projects WHERE title = 'a';\nINSERT INTO catalog_projects (title, price_cents, delivery_days, created_at) VALUES ('b', 900, 3, '{T}') RETURNING id;\nROLLBACK"))
print('pg    :', pg(f"BEGIN;\nDO $$ BEGIN PERFORM setval(pg_get_serial_sequence('catalog_projects', 'id'), 4, false); END $$;\nINSERT INTO catalog_projects (title, price_cents, delivery_days, created_at) VALUES ('a', 900, 3, '{T}') RETURNING id;\nDELETE FROM catalog_projects WHERE title = 'a';\nINSERT INTO catalog_projects (title, price_cents, delivery_days, created_at) VALUES ('b', 900, 3, '{T}') RETURNING id;\nROLLBACK;"))
print('== 4. default NULL order')
print('sqlite:', sq("SELECT x FROM (SELECT 1 AS x UNION ALL SELECT NULL) ORDER BY x"), '| desc:', sq("SELECT x FROM (SELECT 1 AS x UNION ALL SELECT NULL) ORDER BY x DESC"))
print('pg    :', pg("SELECT coalesce(x::text, 'NULL') FROM (SELECT 1 AS x UNION ALL SELECT NULL) s ORDER BY x;").replace('\n', ','), '| desc:', pg("SELECT coalesce(x::text, 'NULL') FROM (SELECT 1 AS x UNION ALL SELECT NULL) s ORDER BY x DESC;").replace('\n', ','))
print('== 5. scalar sub-select with two rows')
print('sqlite:', sq("SELECT (SELECT id FROM jobs ORDER BY id)"))
print('pg    :', pg("SELECT (SELECT id FROM jobs ORDER BY id);"))
print('== 6. LIMIT beyond i64 (Printer::sql_limit saturates a u64)')
print('sqlite:', sq("SELECT 1 LIMIT 18446744073709551615"), '| i64::MAX:', sq("SELECT 1 LIMIT 9223372036854775807"))
print('pg    :', pg("SELECT 1 LIMIT 18446744073709551615;"), '| i64::MAX:', pg("SELECT 1 LIMIT 9223372036854775807;"))
print('== 7. $N in SQLite is a NAMED parameter, numbered by first appearance')
con = sqlite3.connect(':memory:'); print('sqlite: SELECT $2, $1 bound (1, 2) ->', con.execute('SELECT $2, $1', (1, 2)).fetchall(), '; SELECT ?2, ?1 bound (1, 2) ->', con.execute('SELECT ?2, ?1', (1, 2)).fetchall())
print('== 8. JSON CHECK edge cases (json_type vs jsonb_typeof(x::jsonb))')
for v in ['[1,]', "['a']", '[1] // c', '["a\\u0000b"]', 'not json', '{"a":1}', '[]', ' [1] ']:
    esc = v.replace("'", "''")
    print(f'  {v!r:16} sqlite:', sq(f"SELECT json_type('{esc}')"), '| pg:', pg(f"SELECT jsonb_typeof('{esc}'::jsonb);"))
print('== 9. NUL in text')
print('sqlite:', sq("SELECT hex('a' || char(0) || 'b'), typeof('a' || char(0) || 'b')"), '| pg:', pg("SELECT convert_from('\\x610062'::bytea, 'UTF8');"))
print('== 10. INSERT OR IGNORE vs ON CONFLICT DO NOTHING on a CHECK failure')
print('sqlite OR IGNORE  :', sq("BEGIN;\nINSERT OR IGNORE INTO blobs (sha256, size, bytes) VALUES ('x', -1, X'00');\nSELECT changes();\nROLLBACK"))
print('sqlite ON CONFLICT:', sq("BEGIN;\nINSERT INTO blobs (sha256, size, bytes) VALUES ('x', -1, X'00') ON CONFLICT (sha256) DO NOTHING;\nROLLBACK"))
print('pg     ON CONFLICT:', pg("BEGIN;\nINSERT INTO blobs (sha256, size, bytes) VALUES ('x', -1, '\\x00') ON CONFLICT (sha256) DO NOTHING;\nROLLBACK;"))
print('== 11. SET CONSTRAINTS ALL DEFERRED and a NOT DEFERRABLE foreign key')
print('pg:', pg("BEGIN;\nCREATE TEMP TABLE p (id bigint PRIMARY KEY);\nCREATE TEMP TABLE c (pid bigint REFERENCES p(id));\nSET CONSTRAINTS ALL DEFERRED;\nINSERT INTO c VALUES (1);\nROLLBACK;"))
print('pg (DEFERRABLE, as schema.sql):', pg("BEGIN;\nSET CONSTRAINTS ALL DEFERRED;\nINSERT INTO messages (proposal_id, author, from_client, body, sent_at, created_at) VALUES (9999, 'x', 0, 'b', 't', 't');\nSELECT 'accepted until commit';\nROLLBACK;"))
print('== 12. UNIQUE and NULL: several NULL uids')
print('sqlite:', sq(f"BEGIN;\nINSERT INTO agencies (uid, name, created_at) VALUES (NULL, 'n1', '{T}'), (NULL, 'n2', '{T}');\nSELECT count(*) FROM agencies WHERE uid IS NULL;\nROLLBACK"))
print('pg    :', pg(f"BEGIN;\nINSERT INTO agencies (uid, name, created_at) VALUES (NULL, 'n1', '{T}'), (NULL, 'n2', '{T}');\nSELECT count(*) FROM agencies WHERE uid IS NULL;\nROLLBACK;"))
print('== 13. expression unique index with coalesce: a second monthly grant for the freelancer (agency NULL)')
print('sqlite:', sq(f"BEGIN;\nINSERT INTO connects_lots (agency_id, ledger_id, amount, remaining, month, issued_at, expires_at) VALUES (NULL, 19, 1, 1, '2026-03', '{T}', '{T}');\nROLLBACK"))
print('pg    :', pg(f"BEGIN;\nINSERT INTO connects_lots (agency_id, ledger_id, amount, remaining, month, issued_at, expires_at) VALUES (NULL, 19, 1, 1, '2026-03', '{T}', '{T}');\nROLLBACK;"))
print("== 15. ORDER BY text: 'a' < 'B'? (SQLite BINARY; PG column \"C\" vs database default)")
print('sqlite:', sq("SELECT 'a' < 'B'"))
for db in ('lancer', 'lancer_c', 'lancer_icu'):
    print(f'pg {db:10}:', pg("SELECT 'a' < 'B', 'a' COLLATE \"C\" < 'B';", db))
print('== 14. lower() on non-ASCII, by collation')
print('sqlite:', sq("SELECT lower('ÉCOLE Ü')"))
for db in ('lancer', 'lancer_c', 'lancer_icu'):
    print(f'pg {db:10}:', pg("SELECT lower('ÉCOLE Ü'), lower('ÉCOLE Ü' COLLATE \"C\"), lower(name) FROM (SELECT 'ÉCOLE Ü'::text COLLATE \"C\" AS name) s;", db))
