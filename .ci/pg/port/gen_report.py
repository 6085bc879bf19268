#!/usr/bin/env python3
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: needs LD_LIBRARY_PATH for its assert
from inventory import S
R = {r['id']: r for r in json.load(open('/tmp/pgport/work/results.json'))}
INV = {e['id']: e for e in S}
T = {'B': 'bigint', 'T': 'text', 'Y': 'bytea', 'b': 'bigint'}

def base_id(rid):
    return rid.split('[')[0]

def entries():
    """Inventory entries in order, each with its result rows (several for each_table)."""
    out = []
    for e in S:
        rs = [r for k, r in R.items() if base_id(k) == e['id']]
        out.append((e, rs))
    return out

def loc(e, rs):
    line = rs[0]['line'] if rs else None
    return f"{e['file']}:{line}"

def pg_error(e, rs):
    s = e['sql']
    if s.startswith('PRAGMA'):
        base = 'syntax error at or near "PRAGMA"'
    elif s.startswith('BEGIN IMMEDIATE'):
        base = 'syntax error at or near "IMMEDIATE"'
    elif s.startswith('VACUUM'):
        base = 'syntax error at or near "INTO"'
    elif 'sqlite_schema' in s:
        base = 'relation "sqlite_schema" does not exist'
    elif 'pragma_page_count' in s:
        base = 'function pragma_page_count() does not exist'
    elif s.startswith(('rusqlite', 'sqlite3_')):
        base = 'n/a (not SQL text)'
    else:
        base = None
    if base and (not rs or rs[0].get('skipped') or not rs[0]['runs'][0].get('pg_orig_untyped')):
        return base + (' (checked directly)' if not s.startswith(('rusqlite', 'sqlite3_')) else '')
    if not rs or rs[0].get('skipped'):
        return 'not run'
    run = rs[0]['runs'][0]
    u = run.get('pg_orig_untyped')
    if u is None:
        if e['sql'].startswith('PRAGMA'):
            return 'SQLite-only (PRAGMA): syntax error'
        if 'sqlite_schema' in e['sql']:
            return 'relation "sqlite_schema" does not exist'
        if 'pragma_' in e['sql']:
            return 'function pragma_page_count() does not exist'
        return '—'
    msgs = []
    if not u.get('prepared'):
        msgs.append(u['err'])
        ty = run.get('pg_orig_typed')
        if ty is not None:
            if ty.get('prepared'):
                msgs.append(f"OK with explicit types ({', '.join(T[t] for t in e['types'].split(','))})")
            else:
                msgs.append('typed: ' + ty.get('err', ''))
        return '; '.join(msgs)
    if u.get('ddl'):
        return 'OK (utility statement: PREPARE does not take DDL; run directly)'
    notes = ['OK']
    exp = [T[t] for t in e['types'].split(',')] if e.get('types') else []
    pt = u.get('param_types') or []
    if exp and pt and pt != exp:
        diffs = [f"${k + 1} inferred {a}" for k, (a, b) in enumerate(zip(pt, exp)) if a != b and not (b == 'bigint' and e['types'].split(',')[k] == 'b' and a == 'bigint')]
        if diffs:
            notes.append(', '.join(diffs) + ' (Rust binds ' + ', '.join(exp[k] if k < len(exp) else '?' for k in range(len(pt)) if pt[k] != exp[k]) + ')')
    d = u.get('desc') or []
    bad = [f"col {k + 1} {t}" for k, t in enumerate(d) if t in ('numeric',)]
    if bad:
        notes.append('result ' + ', '.join(bad) + ' (Rust reads i64)')
    if e.get('pgtypes_note') and d:
        notes.append(f"col 2 typed {d[1]} (Rust reads Option<i64>)")
    if any(r['runs'] and any(run.get('orig_same') is False for run in r['runs']) for r in rs) and not e.get('rowid'):
        if any(run.get('orig_order_same') is False and run.get('orig_same') is False for r in rs for run in r['runs']):
            notes.append('rows come back in a different order (ties)')
    if any(run.get('orig_order_same') is False and run.get('orig_same') is not False for r in rs for run in r['runs']):
        notes.append('same rows, different order (no ORDER BY)')
    return '; '.join(notes)

def changes(e):
    if e.get('cls') == 'c':
        if not e.get('pg'):
            n = e.get('note') or ''
            return 'PG: nothing to run (drop it). ' + (n if len(n) <= 110 else n[:n.rfind(' ', 0, 110)] + ' …')
        return 'PG: `' + e['pg'][:110].replace('`', "'") + ('…`' if len(e['pg']) > 110 else '`')
    p, s = e.get('port') or '', e['sql']
    if not p:
        return '—'
    ch = []
    if 'RETURNING id' in p and 'RETURNING' not in s: ch.append('append `RETURNING id` (replaces last_insert_rowid())')
    if 'coalesce(CAST(?1 AS BIGINT), 0)' in p: ch.append('`coalesce(CAST(?1 AS BIGINT), 0)`')
    if 'CAST(?2 AS BIGINT) IS NULL' in p or 'CAST(?3 AS BIGINT) IS NULL' in p: ch.append('`CAST(?N AS BIGINT) IS NULL` in the first use')
    if 'CAST(?2 AS TEXT) IS NULL' in p: ch.append('`CAST(?2 AS TEXT) IS NULL`')
    if 'CAST(?3 AS BIGINT) IS NOT DISTINCT FROM' in p: ch.append('`?3 IS ?3` → `CAST(?3 AS BIGINT) IS NOT DISTINCT FROM CAST(?3 AS BIGINT)`')
    if 'p.profile_id = CAST(?2 AS BIGINT)' in p: ch.append('bind the profile id as i64 (not text); `CAST(?2 AS BIGINT)`')
    if ' IS NOT DISTINCT FROM ?' in p and ' IS ?' in s: ch.append('`IS ?N` → `IS NOT DISTINCT FROM ?N`')
    if ' IS DISTINCT FROM ' in p and ' IS NOT ' in s: ch.append('`IS NOT x` → `IS DISTINCT FROM x`')
    if "|| '' = 'submitted'" in p and '+' in s: ch.append("live_proposal!: `+col = …` → `col || '' = …`")
    if 'ON 1 = 1' in p: ch.append('`LEFT JOIN (…) pl` → `… pl ON 1 = 1`; `CASE WHEN pl.plus` → `pl.plus = 1`')
    if re.search(r'\) AS s\b', p) and not re.search(r'\) AS s\b', s) and 'string_agg' not in p and 'total' not in p: ch.append('alias the FROM subquery (`AS s`)')
    if 'string_agg' in p: ch.append("group_concat → `string_agg(CAST(id AS TEXT), ', ' ORDER BY id)` (SQLite ≥ 3.44); inline the subquery; `max(agency_id)` for the ungrouped column" if 'max(agency_id)' in p else "group_concat → `string_agg(CAST(id AS TEXT), ', ' ORDER BY id)` (SQLite ≥ 3.44)")
    if 'CAST(coalesce(sum(' in p or 'CAST(coalesce(-sum(' in p or 'CAST(-sum(' in p or 'CAST(refunded AS BIGINT)' in p: ch.append('`CAST(sum(…) AS BIGINT)` (sum is NUMERIC on PG)')
    if 'count(CASE WHEN' in p: ch.append("`coalesce(sum(kind = 'x'), 0)` → `count(CASE WHEN kind = 'x' THEN 1 END)`")
    if 'ON CONFLICT (sha256) DO NOTHING' in p: ch.append('`INSERT OR IGNORE` → `INSERT … ON CONFLICT (sha256) DO NOTHING`')
    if 'lower(country) = lower(?)' in p: ch.append('`country = ? COLLATE NOCASE` → `lower(country) = lower(?)`')
    if "LIKE '%' ||" in p: ch.append("`instr(lower(name), lower(?)) > 0` → `lower(name) LIKE '%' || <? with \\ % _ escaped> || '%' ESCAPE '\\'`")
    if 'ORDER BY lower(' in p: ch.append('`x COLLATE NOCASE` → `lower(x)` in ORDER BY')
    if 'CAST(NULL AS BIGINT)' in p: ch.append('`NULL` → `CAST(NULL AS BIGINT)` (typed column)')
    if 'GROUP BY agency_id ORDER BY' in p: ch.append('`SELECT DISTINCT` → `GROUP BY agency_id ORDER BY coalesce(agency_id, 0)` (deterministic order)')
    if 'g.at > l.expires_at), l.expires_at)' in p: ch.append('`max(a, coalesce(b, \'\'))` → `coalesce((SELECT max(g.at) … AND g.at > l.expires_at), l.expires_at)`')
    if 'FROM (SELECT coalesce(agency_id, 0) AS acct' in p: ch.append('group in a derived table, filter outside (no ungrouped outer reference); cast the sum')
    if 'UNION ALL' in p and 'NOT EXISTS (SELECT 1 FROM' in p and s.startswith('PRAGMA'): ch.append('one anti-join per foreign key, UNION ALL (24 FKs)')
    if e['id'].startswith('completion.') and p != s: ch.append('add an `id` tie-breaker to ORDER BY')
    if 'IS DISTINCT FROM (CASE' in p: pass
    return '; '.join(dict.fromkeys(ch)) or 'see appendix'

def verdict(e, rs):
    if not rs or rs[0].get('skipped'):
        return 'not executed (not a query)'
    runs = [run for r in rs for run in r['runs']]
    n = len(runs)
    rows = sum(run.get('nrows') or 0 for run in runs)
    marks = []
    def agg(key):
        vals = [run.get(key) for run in runs if key in run]
        if not vals: return None
        return all(vals)
    if e['cls'] == 'a':
        if e.get('ddl'):
            return 'PG ✓ (executed directly; same effect)'
        ks = [('PG', 'orig_same'), ('icu', 'orig_icu_same'), ('C-db', 'orig_cdb_same'), ('no-C', 'orig_nocoll_same')]
    elif e['cls'] == 'b':
        ks = [('S3.53', 'port_sq_same'), ('CLI3.40', 'port_cli_same'), ('PG', 'port_pg_same'), ('icu', 'port_icu_same'), ('C-db', 'port_cdb_same'), ('no-C', 'port_nocoll_same')]
        if e.get('ordered_port'):
            ks.append(('PG order = SQLite order', 'port_pg_vs_port_sq_in_order'))
    else:
        ks = [('PG variant', 'pgvar_same'), ('icu', 'pgvar_icu_same'), ('C-db', 'pgvar_cdb_same'), ('no-C', 'pgvar_nocoll_same')]
    for label, key in ks:
        v = agg(key)
        if v is None: continue
        marks.append(f"{label}{'✓' if v else '✗'}")
    if not marks:
        if e['cls'] == 'c' and e.get('nocompare'):
            return 'PG variant runs (values differ by nature)'
        return 'SQLite side only' if e['cls'] == 'c' else '—'
    return ' '.join(marks) + f" ({n} param set{'s' if n > 1 else ''}, {rows} row(s) compared)" if not e.get('write') else ' '.join(marks) + f" ({n} param set{'s' if n > 1 else ''}, effect compared)"

def esc(t):
    return (t or '').replace('|', '\\|').replace('\n', ' ')

def main():
    E = entries()
    cls = collections.Counter(e['cls'] for e, _ in E)
    sites = collections.defaultdict(set)
    for e, rs in E:
        sites[e['cls']].add(loc(e, rs))
    all_sites = set(loc(e, rs) for e, rs in E)
    typed_needed = [e['id'] for e, rs in E if rs and rs[0].get('runs') and rs[0]['runs'][0].get('pg_orig_typed', {}).get('prepared')]
    orig_fail = [e['id'] for e, rs in E if rs and rs[0].get('runs') and rs[0]['runs'][0].get('pg_orig_untyped') and not rs[0]['runs'][0]['pg_orig_untyped'].get('prepared')]
    orig_ok = [e['id'] for e, rs in E if rs and rs[0].get('runs') and rs[0]['runs'][0].get('pg_orig_untyped', {}).get('prepared')]
    out = []
    w = out.append
    w(TOP.format(n=len(E), a=cls['a'], b=cls['b'], c=cls['c'], sa=len(sites['a']), sb=len(sites['b']), sc=len(sites['c']), sites=len(all_sites),
                 nok=len(orig_ok), nfail=len(orig_fail), ntyped=len(typed_needed), typed=', '.join(f'`{t}`' for t in typed_needed),
                 nexp=sum(len(r) for _, r in E)))
    w('\n## 4. Every statement\n')
    w(LEGEND)
    w('| # | statement | file:line | class | PostgreSQL on the original (after ?N→$N) | portable rewrite / what changes | verification |')
    w('|---|---|---|---|---|---|---|')
    for k, (e, rs) in enumerate(E, 1):
        w(f"| {k} | `{e['id']}` | {loc(e, rs)} | {e['cls']} | {esc(pg_error(e, rs))} | {esc(changes(e))} | {esc(verdict(e, rs))} |")
    w(SCHEMA_NOTES)
    w(RISKS)
    w(UNVERIFIED)
    w('\n## Appendix A. Full SQL of every statement and its rewrite\n')
    w('Placeholders are shown as the SQLite code has them (`?N`, `?`); for PostgreSQL each `?N` becomes `$N` and each bare `?` the next number (this conversion was applied mechanically by the harness). Notes in italics.\n')
    for k, (e, rs) in enumerate(E, 1):
        w(f"### {k}. `{e['id']}` — {loc(e, rs)} — class {e['cls']}\n")
        if e.get('each_table'):
            w(f"Run for tables: {', '.join(t.replace('_none', ' (empty)') for t in e['each_table'])}.\n")
        w('Original:\n```sql\n' + e['sql'] + '\n```')
        if e.get('port'):
            w('Portable (both engines):\n```sql\n' + e['port'] + '\n```')
        if e.get('pg') and e.get('cls') == 'c':
            w('PostgreSQL variant (SQLite keeps the original):\n```sql\n' + e['pg'] + '\n```')
        elif e.get('pg') and e.get('cls') == 'b':
            w('PostgreSQL-only alternative:\n```sql\n' + e['pg'] + '\n```')
        if e.get('types'):
            w(f"Rust binds: {', '.join(T[t] + (' (a bool: bind i64 on PG)' if t == 'b' else '') for t in e['types'].split(','))}")
        if rs and rs[0].get('runs'):
            ps = rs[0]['runs'][0]['params']
            if ps and len(ps) <= 30:
                w(f"\nSample parameters: {', '.join(f'`{p}`' for p in ps)}" + (f" (+{len(rs[0]['runs']) - 1} more set(s))" if len(rs[0]['runs']) > 1 else ''))
        if e.get('note'):
            w(f"\n*{e['note']}*")
        w('')
    w(APPX_B.format(sem=open('/tmp/pgport/work/semantics.out').read(), race=open('/tmp/pgport/work/race.out').read(),
                    checks=open('/tmp/pgport/work/checks.out').read()))
    open('/tmp/pgport/report.md', 'w').write('\n'.join(out) + '\n')
    print('classes', cls, 'sites', {k: len(v) for k, v in sites.items()}, len(all_sites), 'typed', typed_needed)

TOP = open('/tmp/pgport/work/report_top.md').read()
LEGEND = open('/tmp/pgport/work/report_legend.md').read()
SCHEMA_NOTES = open('/tmp/pgport/work/report_schema.md').read()
RISKS = open('/tmp/pgport/work/report_risks.md').read()
UNVERIFIED = open('/tmp/pgport/work/report_unverified.md').read()
APPX_B = open('/tmp/pgport/work/report_appx_b.md').read()

if __name__ == '__main__':
    main()
