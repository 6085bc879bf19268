#!/usr/bin/env python3
# Runs every statement of inventory.py on SQLite 3.53.2 (the engine lancer bundles, through
# Python's sqlite3 module linked against /tmp/pgport/sqlite/libsqlite3.so.0), on the system
# sqlite3 CLI 3.40.1, and on PostgreSQL 15 (PREPARE untyped, PREPARE typed when needed,
# EXECUTE, \gdesc), and compares the rows.
import json, os, re, subprocess, sys, copy
sys.path.insert(0, os.path.dirname(__file__))
import sqlite3
assert sqlite3.sqlite_version == '3.53.2', sqlite3.sqlite_version
from inventory import S, NOW

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../src')
DBS = {'good': ('/tmp/pgport/t.db', 'lancer'), 'bad': ('/tmp/pgport/t_bad.db', 'lancer_bad'), 'fk': ('/tmp/pgport/t.db', 'lancer')}
ICU = {'good': 'lancer_icu', 'bad': 'lancer_bad_icu', 'fk': 'lancer_icu'}
NOCOLL = {'good': 'lancer_icu_nocoll', 'bad': 'lancer_bad_nocoll', 'fk': 'lancer_icu_nocoll'}
CDB = {'good': 'lancer_c', 'bad': 'lancer_bad_c', 'fk': 'lancer_c'}
VARIANTS = (('icu', ICU), ('nocoll', NOCOLL), ('cdb', CDB))
TYPES = {'B': 'bigint', 'T': 'text', 'Y': 'bytea', 'b': 'bigint'}
CLI_ENV = {k: v for k, v in os.environ.items() if k != 'LD_LIBRARY_PATH'}

FK_PRE_SQLITE = ("PRAGMA defer_foreign_keys = ON; "
                 "INSERT INTO messages (proposal_id, author, from_client, body, sent_at, created_at) VALUES (9999, 'x', 0, 'b', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'); "
                 "INSERT INTO invites (job_id, kind, received_at, created_at) VALUES (8888, 'client', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
FK_PRE_PG = ("SET CONSTRAINTS ALL DEFERRED; SELECT setval(pg_get_serial_sequence('messages', 'id'), 61, false); "
             "SELECT setval(pg_get_serial_sequence('invites', 'id'), 301, false); " + FK_PRE_SQLITE.split('; ', 1)[1])

# ------------------------------------------------------------------------------------- helpers
def find_line(file, needle, nth=0):
    lines = open(os.path.join(SRC, file)).read().split('\n')
    hits = [i + 1 for i, l in enumerate(lines) if needle in l]
    if not hits:
        return None
    return hits[min(nth, len(hits) - 1)]

def to_pg(sql):
    """?NNN -> $NNN, bare ? -> next number (SQLite's rule: largest so far + 1); skips quoted text."""
    out, i, top = [], 0, 0
    while i < len(sql):
        c = sql[i]
        if c in "'\"":
            j = i + 1
            while j < len(sql):
                if sql[j] == c:
                    if j + 1 < len(sql) and sql[j + 1] == c:
                        j += 2
                        continue
                    break
                j += 1
            out.append(sql[i:j + 1]); i = j + 1; continue
        if c == '?':
            m = re.match(r'\?(\d+)', sql[i:])
            if m:
                n = int(m.group(1)); top = max(top, n); out.append(f'${n}'); i += len(m.group(0)); continue
            top += 1; out.append(f'${top}'); i += 1; continue
        out.append(c); i += 1
    return ''.join(out)

def lit(v):
    if v is None: return 'NULL'
    if isinstance(v, bool): return '1' if v else '0'
    if isinstance(v, int): return str(v)
    if isinstance(v, bytes): return "'\\x" + v.hex() + "'::bytea"
    return "'" + str(v).replace("'", "''") + "'"

def norm(v):
    if v is None: return 'NULL'
    if isinstance(v, bytes): return '\\x' + v.hex()
    if isinstance(v, float): return repr(v)
    return str(v)

def resolve(params, sq):
    if params is None: return []
    if isinstance(params, tuple) and params[0] == 'row':
        return list(sq.execute(params[1]).fetchone())
    out = []
    for p in params:
        if isinstance(p, tuple) and p[0] == 'row':
            r = sq.execute(p[1]).fetchone()
            if len(r) == 1: out.append(r[0])
            else: out.extend(r)
        else:
            out.append(p)
    return out

# ------------------------------------------------------------------------------------- sqlite
def run_sqlite(path, sql, params, pre=None, check=None, rowid=False):
    con = sqlite3.connect(path, isolation_level=None)
    con.execute('PRAGMA foreign_keys = ON')
    try:
        con.execute('BEGIN')
        if pre:
            for s in pre.split('; '):
                con.execute(s)
        cur = con.execute(sql, params)
        rows = [tuple(norm(v) for v in r) for r in cur.fetchall()]
        rc = cur.rowcount
        if rowid:
            rows = [(str(con.execute('SELECT last_insert_rowid()').fetchone()[0]),)]
        chk = [tuple(norm(v) for v in r) for r in con.execute(check).fetchall()] if check else None
        return {'ok': True, 'rows': rows, 'rc': rc, 'check': chk}
    except Exception as e:
        return {'ok': False, 'err': f'{type(e).__name__}: {e}'}
    finally:
        try: con.execute('ROLLBACK')
        except Exception: pass
        con.close()

def cli_quote(v):
    if v is None: return 'NULL'
    if isinstance(v, int): return str(v)
    if isinstance(v, bytes): return '"X\'' + v.hex() + '\'"'
    s = "'" + str(v).replace("'", "''") + "'"
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

def run_cli(path, sql, params, pre=None, check=None):
    script = ['.mode list', ".separator '\x1f' '\x1e'", '.nullvalue NULL', '.bail on', 'PRAGMA foreign_keys = ON;', 'BEGIN;']
    if pre: script.append(pre + ';')
    for k, v in enumerate(params):
        script.append(f'.parameter set ?{k + 1} {cli_quote(v)}')
    script += ['SELECT \'@@EXEC@@\';', sql.replace('\n', ' ') + ';', "SELECT '@@RC@@' || changes();"]
    if check: script += ["SELECT '@@CHECK@@';", check + ';']
    script += ["SELECT '@@END@@';", 'ROLLBACK;']
    p = subprocess.run(['sqlite3', path], input='\n'.join(script) + '\n', capture_output=True, text=True, env=CLI_ENV)
    out = p.stdout
    if '@@END@@' not in out:
        return {'ok': False, 'err': (p.stderr or out).strip()[-400:]}
    def recs(t):
        return [tuple(r.split('\x1f')) for r in t.strip('\x1e\n').split('\x1e') if r != '']
    ex = out.split('@@EXEC@@', 1)[1].split('@@RC@@', 1)[0]
    res = {'ok': True, 'rows': recs(ex)}
    if check:
        res['check'] = recs(out.split('@@CHECK@@', 1)[1].split('@@END@@', 1)[0])
    return res

# ------------------------------------------------------------------------------------- postgres
def psql(db, script):
    p = subprocess.run(['psql', '-X', '-q', '-h', '127.0.0.1', '-p', '5499', '-U', 'postgres', '-d', db, '-At',
                        '-F', '\x1f', '-R', '\x1e', '-P', 'null=NULL', '-v', 'ON_ERROR_STOP=1'],
                       input=script, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr

def section(out, a, b):
    t = out.split(a, 1)[1].split(b, 1)[0]
    t = t.strip('\n')
    return [tuple(r.split('\x1f')) for r in t.split('\x1e') if r != '']

def run_pg_ddl(db, sql, pre=None, check=None):
    script = ['BEGIN;'] + ([pre + ';'] if pre else []) + ['\\echo @@PT@@', '\\echo @@DESC@@', '\\echo @@EXEC@@', sql + ';', '\\echo @@RC@@ 0']
    if check: script += ['\\echo @@CHECK@@', check + ';']
    script += ['\\echo @@END@@', 'ROLLBACK;']
    rc, out, err = psql(db, '\n'.join(script) + '\n')
    if '@@END@@' not in out:
        m = re.search(r'ERROR:\s+(.*)', err)
        return {'prepared': False, 'err': m.group(1).strip() if m else err}
    return {'prepared': True, 'ddl': True, 'param_types': [], 'desc': [], 'rows': [], 'rc': 0, 'check': section(out, '@@CHECK@@', '@@END@@') if check else None}

def run_pg(db, sql, params, types=None, pre=None, check=None, execute=True):
    """PREPARE (typed if types given), report parameter types, describe, execute in a rolled-back transaction."""
    if DDL_MODE[0]:
        return run_pg_ddl(db, sql, pre, check)
    decl = f"({', '.join(types)})" if types else ''
    args = f"({', '.join(lit(v) for v in params)})" if params else ''
    script = ['BEGIN;']
    if pre: script.append(pre + ';')
    script += [f'PREPARE s{decl} AS {sql};', '\\echo @@PT@@',
               "SELECT coalesce(array_to_string(parameter_types::text[], ','), '') FROM pg_prepared_statements WHERE name = 's';",
               '\\echo @@DESC@@']
    if execute:
        script += [f'EXECUTE s{args} \\gdesc', '\\echo @@EXEC@@', f'EXECUTE s{args};', '\\echo @@RC@@ :ROW_COUNT']
        if check: script += ['\\echo @@CHECK@@', check + ';']
    script += ['\\echo @@END@@', 'ROLLBACK;']
    rc, out, err = psql(db, '\n'.join(script) + '\n')
    res = {}
    if '@@PT@@' not in out:
        m = re.search(r'ERROR:\s+(.*)', err)
        return {'prepared': False, 'err': m.group(1).strip() if m else err.strip()[-300:]}
    res['prepared'] = True
    pt = section(out, '@@PT@@', '@@DESC@@')
    res['param_types'] = pt[0][0].split(',') if pt and pt[0][0] else []
    if not execute:
        return res
    if '@@END@@' not in out:
        m = re.search(r'ERROR:\s+(.*)', err)
        res['exec_err'] = m.group(1).strip() if m else err.strip()[-300:]
        return res
    res['desc'] = [r[1] for r in section(out, '@@DESC@@', '@@EXEC@@') if len(r) > 1] if '@@DESC@@' in out else []
    res['rows'] = section(out, '@@EXEC@@', '@@RC@@')
    m = re.search(r'@@RC@@ (\d+)', out)
    res['rc'] = int(m.group(1)) if m else None
    if check:
        res['check'] = section(out, '@@CHECK@@', '@@END@@')
    return res

# ------------------------------------------------------------------------------------- compare
def ordered_sql(sql):
    return bool(re.search(r'ORDER BY [^)]*$', sql))

def comparable(rows, jsoncols=(), cols=None):
    out = []
    for r in rows or []:
        r = list(r)
        if cols is not None:
            r = [r[c] for c in cols]
        for c in jsoncols:
            if c < len(r) and r[c] != 'NULL':
                try: r[c] = json.dumps(json.loads(r[c]), sort_keys=True)
                except Exception: pass
        out.append(tuple(r))
    return out

def same(a, b, ordered, jsoncols=()):
    a, b = comparable(a, jsoncols), comparable(b, jsoncols)
    return a == b if ordered else sorted(a) == sorted(b)

# ------------------------------------------------------------------------------------- main
def expand():
    out = []
    for e in S:
        tabs = e.get('each_table')
        if not tabs:
            out.append(e); continue
        for t in tabs:
            x = copy.deepcopy(e)
            x['sql'] = e['sql'].replace('{table}', t.replace('_none', ''))
            x['id'] = f"{e['id']}[{t}]"
            if t == 'settings_none':
                x['sql'] = 'SELECT coalesce(max(id), 0) FROM attachments WHERE id < 0'
                x['id'] = f"{e['id']}[empty]"
            out.append(x)
    return out

DDL_MODE = [False]

def main():
    only = sys.argv[1:]
    results = []
    for e in expand():
        if only and not any(e['id'].startswith(o) for o in only):
            continue
        r = {k: e.get(k) for k in ('id', 'file', 'cls', 'note', 'db', 'needs344')}
        r['line'] = find_line(e['file'], e['needle'], e.get('nth', 0))
        r['sql'] = e['sql']; r['port'] = e.get('port'); r['pg'] = e.get('pg')
        r['types'] = e.get('types')
        results.append(r)
        if e.get('exec') is False:
            r['skipped'] = True
            continue
        sqpath, pgdb = DBS[e['db']]
        DDL_MODE[0] = bool(e.get('ddl'))
        if e.get('types') and not isinstance(e.get('params'), tuple):
            pass
        sqc = sqlite3.connect(sqpath)
        param_sets = [resolve(e.get('params'), sqc)] + [resolve(p, sqc) for p in e.get('alt_params', [])]
        sqc.close()
        r['param_sets'] = [[norm(v) for v in ps] for ps in param_sets]
        types = [TYPES[t] for t in e['types'].split(',')] if e.get('types') else []
        if types and len(types) != len(param_sets[0]):
            print('PARAM COUNT MISMATCH', e['id'], len(types), len(param_sets[0]))
        jc = e.get('jsoncols', ())
        pre = e.get('pre')
        pre_sq = FK_PRE_SQLITE if e['db'] == 'fk' else pre
        pre_pg = FK_PRE_PG if e['db'] == 'fk' else pre
        m = re.match(r'INSERT (?:OR IGNORE )?INTO (\w+)', e['sql'])
        if m and m.group(1) not in ('settings', 'blobs'):
            t = m.group(1)
            reset = f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM {t}), false)"
            pre_pg = reset if not pre_pg else pre_pg + '; ' + reset
        check = e.get('check')
        is_sqlite_only = e['sql'].startswith('PRAGMA') or 'sqlite_schema' in e['sql'] or 'pragma_' in e['sql'] or e['sql'].startswith('VACUUM')
        ordered = ordered_sql(e['sql'])
        r['ordered'] = ordered
        runs = []
        for ps in param_sets:
            run = {'params': [norm(v) for v in ps]}
            # SQLite original (3.53.2)
            run['sq'] = run_sqlite(sqpath, e['sql'], ps, pre_sq, check, rowid=e.get('rowid', False))
            if e.get('sqcols') and run['sq'].get('ok'):
                run['sq']['rows'] = comparable(run['sq']['rows'], cols=e['sqcols'])
            # PostgreSQL: the original after ?N -> $N
            if not is_sqlite_only:
                pgsql = to_pg(e['sql'])
                u = run_pg(pgdb, pgsql, ps, None, pre_pg, check)
                run['pg_orig_untyped'] = u
                if not u.get('prepared') and types and 'could not determine data type' in u.get('err', ''):
                    run['pg_orig_typed'] = run_pg(pgdb, pgsql, ps, types, pre_pg, check)
                eff = run.get('pg_orig_typed') or u
                if eff.get('prepared') and 'rows' in eff and run['sq'].get('ok') and not e.get('rowid'):
                    run['orig_same'] = same(run['sq']['rows'], eff['rows'], ordered, jc) and (check is None or same(run['sq']['check'], eff['check'], True))
                    run['orig_order_same'] = same(run['sq']['rows'], eff['rows'], True, jc)
                    run['nrows'] = len(eff['rows'])
                    for name, dbs in VARIANTS:
                        x = run_pg(dbs[e['db']], pgsql, ps, types if run.get('pg_orig_typed') else None, pre_pg, check)
                        run[f'orig_{name}_same'] = ('rows' in x) and same(run['sq']['rows'], x['rows'], ordered, jc) and (check is None or same(run['sq']['check'], x['check'], True))
            # portable rewrite: SQLite 3.53.2, sqlite3 CLI 3.40.1, PostgreSQL
            if e.get('port'):
                pport = e.get('port_params') or ps
                if e.get('port_params') and ps is not param_sets[0]:
                    pport = ps
                pordered = ordered_sql(e['port'])
                run['port_sq'] = run_sqlite(sqpath, e['port'], pport, pre_sq, check)
                run['port_cli'] = run_cli(sqpath, e['port'], pport, pre_sq, check)
                ptypes = [TYPES[t] for t in e['port_types'].split(',')] if e.get('port_types') else types
                pg = to_pg(e['port'])
                pu = run_pg(pgdb, pg, pport, None, pre_pg, check)
                run['port_pg_untyped'] = pu
                if not pu.get('prepared') and ptypes and 'could not determine data type' in pu.get('err', ''):
                    run['port_pg_typed'] = run_pg(pgdb, pg, pport, ptypes, pre_pg, check)
                eff = run.get('port_pg_typed') or pu
                base = run['sq']
                cmp_ordered = ordered and pordered and not e.get('ordered_port')
                if base.get('ok'):
                    run['port_sq_same'] = run['port_sq'].get('ok') and same(base['rows'], run['port_sq']['rows'], cmp_ordered, jc) and (check is None or same(base['check'], run['port_sq']['check'], True))
                    run['nrows'] = len(base['rows'])
                    run['port_cli_same'] = run['port_cli'].get('ok') and same(comparable(base['rows']), run['port_cli']['rows'], cmp_ordered, jc) and (check is None or same(base['check'], run['port_cli']['check'], True))
                    if 'rows' in eff:
                        run['port_pg_same'] = same(base['rows'], eff['rows'], cmp_ordered, jc) and (check is None or same(base['check'], eff['check'], True))
                        if e.get('ordered_port'):
                            run['port_pg_vs_port_sq_in_order'] = same(run['port_sq'].get('rows'), eff['rows'], True)
                        for name, dbs in VARIANTS:
                            x = run_pg(dbs[e['db']], pg, pport, ptypes if run.get('port_pg_typed') else None, pre_pg, check)
                            run[f'port_{name}_same'] = ('rows' in x) and same(base['rows'], x['rows'], cmp_ordered, jc) and (check is None or same(base['check'], x['check'], True))
            # PostgreSQL variant (class c)
            if e.get('pg') and not e.get('exec_pg') is False and e['pg'].lstrip().upper().startswith(('SELECT', 'WITH')):
                pgv = to_pg(e['pg']) if '?' in e['pg'] else e['pg']
                v = run_pg(pgdb, pgv, ps, None, pre_pg, check)
                if not v.get('prepared') and types and 'could not determine data type' in v.get('err', ''):
                    v = run_pg(pgdb, pgv, ps, types, pre_pg, check); v['typed'] = True
                run['pgvar'] = v
                if 'rows' in v: run['nrows'] = len(v['rows'])
                if 'rows' in v and run['sq'].get('ok') and not e.get('nocompare'):
                    run['pgvar_same'] = same(run['sq']['rows'], v['rows'], ordered, jc)
                    for name, dbs in VARIANTS:
                        x = run_pg(dbs[e['db']], pgv, ps, types if v.get('typed') else None, pre_pg, check)
                        run[f'pgvar_{name}_same'] = ('rows' in x) and same(run['sq']['rows'], x['rows'], ordered, jc)
            runs.append(run)
        r['runs'] = runs
        print(f"{r['id']:32} {r['cls']} line={r['line']} " + ' '.join(
            f"{k}={v}" for k, v in runs[0].items() if k.endswith('same')) +
            ('' if not runs[0].get('pg_orig_untyped') else f" pgprep={runs[0]['pg_orig_untyped'].get('prepared')} {runs[0]['pg_orig_untyped'].get('err', '')[:80]}"), flush=True)
    out = '/tmp/pgport/work/results.json' if not only else '/tmp/pgport/work/results_partial.json'
    json.dump(results, open(out, 'w'), indent=1, default=str)

if __name__ == '__main__':
    main()
