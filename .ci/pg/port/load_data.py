import sqlite3, subprocess, sys
src, db = sys.argv[1], sys.argv[2]
S = sqlite3.connect(src)
order = ['settings','clients','agencies','agency_members','profiles','jobs','invites','proposals','blobs','attachments','messages','offers','catalog_projects','contracts','connects_ledger','connects_lots','connects_draws','events']
def esc(v):
    if v is None: return r'\N'
    if isinstance(v, bytes): return '\\\\x' + v.hex()
    s = str(v)
    return s.replace('\\','\\\\').replace('\t','\\t').replace('\n','\\n').replace('\r','\\r')
parts = ['BEGIN;', 'SET CONSTRAINTS ALL DEFERRED;']
for t in order:
    cols = [r[1] for r in S.execute(f'pragma table_info({t})')]
    parts.append(f'COPY {t} ({", ".join(cols)}) FROM stdin;')
    for row in S.execute(f'select * from {t} order by rowid'):
        parts.append('\t'.join(esc(v) for v in row))
    parts.append('\\.')
for t in order:
    if t not in ('settings','blobs'):
        parts.append(f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), coalesce(max(id), 0) + 1, false) FROM {t};")
parts.append('COMMIT;')
p = subprocess.run(['psql','-X','-q','-h','127.0.0.1','-p','5499','-U','postgres','-d',db,'-v','ON_ERROR_STOP=1','-At'], input='\n'.join(parts)+'\n', capture_output=True, text=True)
print(p.returncode, p.stderr[-2000:])
