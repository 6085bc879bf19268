import sqlite3, subprocess, re, json
S = sqlite3.connect('/tmp/pgport/s.db')
def pg(sql, db='lancer'):
    out = subprocess.run(['psql','-X','-h','127.0.0.1','-p','5499','-U','postgres','-d',db,'-At','-F','\t','-c',sql],capture_output=True,text=True,check=True).stdout
    return [l.split('\t') for l in out.splitlines() if l]
tables = [r[0] for r in S.execute("select name from sqlite_schema where type='table' order by name")]
problems = []
for t in tables:
    sc = [(r[1], r[2], r[3], r[4], r[5]) for r in S.execute(f"pragma table_info({t})")]
    pc = pg(f"select column_name, data_type, is_nullable, coalesce(column_default,''), coalesce(collation_name,''), is_identity from information_schema.columns where table_name='{t}' order by ordinal_position")
    if [c[0] for c in sc] != [c[0] for c in pc]:
        problems.append((t, 'column order', [c[0] for c in sc], [c[0] for c in pc]))
    for s, p in zip(sc, pc):
        name, typ, notnull, dflt, pk = s
        exp = {'INTEGER':'bigint','TEXT':'text','BLOB':'bytea'}[typ]
        if p[1] != exp: problems.append((t,name,'type',typ,p[1]))
        if (notnull or pk) != (p[2]=='NO'): problems.append((t,name,'nullability',notnull,p[2]))
        if typ=='TEXT' and p[4] != 'C': problems.append((t,name,'collation',p[4]))
        sd = '' if dflt is None else dflt
        pd = re.sub(r"::text$","",p[3])
        if sd != pd and not (pk and p[5]=='YES'): problems.append((t,name,'default',sd,pd))
        if pk and typ=='INTEGER' and p[5]!='YES': problems.append((t,name,'identity missing'))
    # foreign keys
    sf = sorted((r[3], r[2], r[4] or '') for r in S.execute(f"pragma foreign_key_list({t})"))
    pf = sorted(tuple(r) for r in pg(f"""select a.attname, cf.relname, af.attname from pg_constraint c join pg_class cl on cl.oid=c.conrelid
        join pg_attribute a on a.attrelid=c.conrelid and a.attnum=c.conkey[1] join pg_class cf on cf.oid=c.confrelid
        join pg_attribute af on af.attrelid=c.confrelid and af.attnum=c.confkey[1] where c.contype='f' and cl.relname='{t}'"""))
    sf = [(a,b,c if c else 'id') for a,b,c in sf]
    if sf != pf: problems.append((t,'fk',sf,pf))
    # unique constraints (auto indexes) + pk
    su = sorted(tuple(S.execute(f"pragma index_info('{r[1]}')").fetchall().__iter__().__next__()[2:3]) + (r[3],) for r in S.execute(f"pragma index_list({t})") if r[3] in ('u','pk'))
    pu = sorted((r[0], {'u':'u','p':'pk'}[r[1]]) for r in pg(f"""select string_agg(a.attname, ','), c.contype from pg_constraint c join pg_class cl on cl.oid=c.conrelid
        join pg_attribute a on a.attrelid=c.conrelid and a.attnum = any(c.conkey) where c.contype in ('u','p') and cl.relname='{t}' group by c.oid, c.contype"""))
    # composite unique: agency_members(agency_id,name)
    su2 = []
    for r in S.execute(f"pragma index_list({t})"):
        if r[3] in ('u','pk'):
            cols = ','.join(x[2] for x in S.execute(f"pragma index_info('{r[1]}')"))
            su2.append((cols, r[3]))
    # integer primary key is not an index in sqlite
    if any(c[4] for c in sc) and sc[[c[4] for c in sc].index(1)][1]=='INTEGER': su2.append(('id','pk'))
    if sorted(su2) != sorted((','.join(sorted(a.split(','))) if False else a, b) for a,b in pu):
        # compare as sets of sorted col lists
        n = lambda L: sorted((','.join(sorted(a.split(','))), b) for a,b in L)
        if n(su2) != n(pu): problems.append((t,'unique/pk',n(su2),n(pu)))
    # checks: count CHECK keywords in sqlite sql
    sql = S.execute("select sql from sqlite_schema where name=?", (t,)).fetchone()[0]
    nchk = len(re.findall(r'\bCHECK\s*\(', sql))
    pchk = int(pg(f"select count(*) from pg_constraint c join pg_class cl on cl.oid=c.conrelid where c.contype='c' and cl.relname='{t}'")[0][0])
    if nchk != pchk: problems.append((t,'check count',nchk,pchk))
    print(f"{t:18} cols={len(sc)} fks={len(sf)} uniq/pk={len(su2)} checks sqlite={nchk} pg={pchk}")
# explicit indexes
si = {r[0]: r[1] for r in S.execute("select name, sql from sqlite_schema where type='index' and sql is not null")}
pi = {r[0]: r[1] for r in pg("select indexname, indexdef from pg_indexes where schemaname='public'")}
missing = set(si) - set(pi)
print('sqlite explicit indexes:', len(si), 'missing in pg:', missing)
for n in sorted(si): print('  ', n, '|', si[n].split(' ON ',1)[1], '||', pi.get(n,'-').split(' USING btree ')[1] if n in pi else '-')
print('PROBLEMS:'); [print(' ', p) for p in problems]
