"""lancer against the sqlite3 shell, interleaved, several repetitions, medians.

Run through benches/compare.sh (it builds the release binary first). Options:
  --invites N   size of the big store (default 100000)
  --reps R      repetitions of each timed command (default 7)
  --growth      also build stores of 10,000, 100,000 and 1,000,000 invites and print how each
                command's time and memory grow with the store (takes a few minutes)
  --pg DIR      also time one change, a show and list JSON on PostgreSQL against SQLite, on a
                store of --pg-invites invites (default 10000) copied with `db copy` into a new
                database of the cluster in DIR (started by .ci/pg/start DIR; dropped after)
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

LANCER = os.path.abspath("target/release/lancer")
NOW = "2026-03-10T12:00:00Z"

INVITE_ROWS = (
    "SELECT i.id, i.uid, i.job_id, j.title AS job_title, j.client_id, c.name AS client_name, i.kind, "
    "i.status, i.message, i.received_at, i.responded_at, i.viewed_at, i.withdrawn_at, i.decline_reason, "
    "i.decline_message, i.referral, i.proposal_id, i.created_at FROM invites i "
    "JOIN jobs j ON j.id = i.job_id JOIN clients c ON c.id = j.client_id "
    "ORDER BY i.received_at DESC, i.id DESC"
)


def run(argv, env=None):
    """Runs a command with stdout to /dev/null; returns (seconds, peak RSS in KiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(argv)}: {proc.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss


def private_peak(argv):
    """Peak private (anonymous) memory in KiB, sampled from /proc every millisecond. The
    resident set also counts the store's pages read through the memory map; those are the
    kernel's page cache, shared and dropped under pressure, so they are reported apart."""
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        try:
            with open(f"/proc/{proc.pid}/status") as f:
                for line in f:
                    if line.startswith("RssAnon:"):
                        peak = max(peak, int(line.split()[1]))
        except OSError:
            pass
        time.sleep(0.001)
    return peak


def growth(tmp, reps):
    """Times and memory of the main commands at 10k, 100k and 1M invites. The short commands
    (show, decline, balance) run interleaved across the three stores, so that the host's drift
    falls on every size alike; the long ones run store by store."""
    sizes = [10_000, 100_000, 1_000_000]
    rows = {}
    dbs, pending, exports = {}, {}, {}
    for n in sizes:
        db = os.path.join(tmp, f"g{n}.db")
        t_seed, _ = run(lancer(db, "seed", "--invites", str(n), "--seed", "1", "-q"))
        rows.setdefault("seed", {})[n] = (t_seed, None, None)
        dbs[n] = db
        pending[n] = subprocess.run(
            ["sqlite3", db, f"SELECT id FROM invites WHERE status = 'pending' ORDER BY id LIMIT {reps}"],
            capture_output=True, text=True, check=True,
        ).stdout.split()
        exports[n] = os.path.join(tmp, f"g{n}.ndjson")
        with open(exports[n], "w") as f:
            subprocess.run(lancer(db, "export", "--ndjson"), stdout=f, check=True)
    short = {
        "invite show": lambda n, k: ["invite", "show", pending[n][0], "--json"],
        "invite decline": lambda n, k: ["invite", "decline", pending[n][k], "--reason", "too-busy", "-q"],
        "connects balance": lambda n, k: ["connects", "balance"],
    }
    for name, args in short.items():
        times = {n: [] for n in sizes}
        for k in range(reps):
            for n in sizes:
                times[n].append(run(lancer(dbs[n], *args(n, k)))[0])
        for n in sizes:
            anon = None
            if name != "invite decline":
                anon = private_peak(lancer(dbs[n], *args(n, 0)))
            rows.setdefault(name, {})[n] = (statistics.median(times[n]), None, anon)
    long = {
        "invites list --format json": ["invites", "list", "--format", "json"],
        "stats": ["stats", "--json"],
        "invites list --sort score --limit 20": ["invites", "list", "--sort", "score", "--limit", "20", "--json"],
        "export --ndjson": ["export", "--ndjson"],
    }
    for n in sizes:
        for name, args in long.items():
            times, rss = [], 0
            for _ in range(reps):
                t, r = run(lancer(dbs[n], *args))
                times.append(t)
                rss = max(rss, r)
            anon = private_peak(lancer(dbs[n], *args))
            rows.setdefault(name, {})[n] = (statistics.median(times), rss, anon)
        imported = os.path.join(tmp, f"i{n}.db")
        t_import, _ = run(lancer(imported, "import", exports[n], "-q"))
        rows.setdefault("import of that export", {})[n] = (t_import, None, None)
        for path in (dbs[n], imported):
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(path + suffix):
                    os.remove(path + suffix)
        os.remove(exports[n])
    print()
    print("growth: medians; time in ms; memory in MiB as private (resident incl. mapped store pages);")
    print("show, decline and balance interleaved across the three stores")
    print(f"| what | {' | '.join(f'{n:,}' for n in sizes)} | 1M / 10k |")
    print("|---|" + "---|" * (len(sizes) + 1))
    for name, by_size in rows.items():
        cells = []
        for n in sizes:
            t, rss, anon = by_size[n]
            cell = f"{t * 1000:.1f} ms"
            if anon is not None:
                cell += f", {anon / 1024:.1f}" + (f" ({rss / 1024:.0f})" if rss else "") + " MiB"
            cells.append(cell)
        ratio = by_size[sizes[-1]][0] / by_size[sizes[0]][0]
        print(f"| {name} | {' | '.join(cells)} | {ratio:.2f}x |")


def postgres(tmp, cluster, invites, reps):
    """The same store on SQLite and on the cluster: list JSON, show, one change, interleaved."""
    name = f"lancer_bench_{os.getpid()}"
    url = subprocess.run(
        ["bash", ".ci/pg/createdb", cluster, name], capture_output=True, text=True, check=True
    ).stdout.strip().splitlines()[-1]
    with open(os.path.join(cluster, "url")) as f:
        admin = f.read().strip()
    try:
        db = os.path.join(tmp, "pg-source.db")
        run(lancer(db, "seed", "--invites", str(invites), "--seed", "1", "-q"))
        t_copy, _ = run([LANCER, "--now", NOW, "db", "copy", "--from", db, "--to", url])
        pending = subprocess.run(
            ["sqlite3", db, f"SELECT id FROM invites WHERE status = 'pending' ORDER BY id LIMIT {reps}"],
            capture_output=True, text=True, check=True,
        ).stdout.split()
        commands = {
            "invites list --format json": lambda k: ["invites", "list", "--format", "json"],
            "invite show": lambda k: ["invite", "show", pending[0], "--json"],
            # The same invite declined on each engine (each holds its own copy).
            "invite decline (one change)": lambda k: ["invite", "decline", pending[k], "--reason", "too-busy", "-q"],
        }
        print(f"postgresql: {invites:,} invites copied into a 3-node cluster by db copy in {t_copy:.2f} s; "
              f"{reps} repetitions interleaved, medians")
        for what, args in commands.items():
            lite, server = [], []
            for k in range(reps):
                lite.append(run(lancer(db, *args(k)))[0])
                server.append(run(lancer(url, *args(k)))[0])
            print(f"  {what + ':':30} sqlite {median_ms(lite):.1f} ms   postgresql {median_ms(server):.1f} ms   "
                  f"ratio {statistics.median(server) / statistics.median(lite):.1f}")
    finally:
        subprocess.run(["psql", "-X", "-q", admin, "-c", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"],
                       check=False)


def lancer(db, *args):
    return [LANCER, "--db", db, "--now", NOW, *args]


def median_ms(samples):
    return statistics.median(samples) * 1000


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--invites", type=int, default=100_000)
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--growth", action="store_true")
    ap.add_argument("--pg", metavar="DIR")
    ap.add_argument("--pg-invites", type=int, default=10_000)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="lancer-bench-")
    try:
        big = os.path.join(tmp, "big.db")
        small = os.path.join(tmp, "small.db")

        # Seed throughput (each repetition into a fresh store; the last one is kept).
        seed_times = []
        for rep in range(3):
            if os.path.exists(big):
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(big + suffix):
                        os.remove(big + suffix)
            t, _ = run(lancer(big, "seed", "--invites", str(args.invites), "--seed", "1", "-q"))
            seed_times.append(t)
        run(lancer(small, "seed", "--invites", "1000", "--seed", "1", "-q"))

        # Listing as JSON, interleaved with the sqlite3 shell printing the same rows.
        ours, theirs = [], []
        for _ in range(args.reps):
            ours.append(run(lancer(big, "invites", "list", "--format", "json"))[0])
            theirs.append(run(["sqlite3", "-json", big, INVITE_ROWS])[0])

        # One change: declining a pending invite, against sqlite3 running the same writes.
        pending = subprocess.run(
            ["sqlite3", big, "SELECT id FROM invites WHERE status = 'pending' ORDER BY id LIMIT %d" % (2 * args.reps)],
            capture_output=True, text=True, check=True,
        ).stdout.split()
        change_ours, change_theirs = [], []
        for k in range(args.reps):
            ours_id, theirs_id = pending[2 * k], pending[2 * k + 1]
            change_ours.append(run(lancer(big, "invite", "decline", ours_id, "--reason", "too-busy", "-q"))[0])
            sql = (
                "PRAGMA busy_timeout = 10000; BEGIN IMMEDIATE; "
                f"UPDATE invites SET status = 'declined', responded_at = '{NOW}', decline_reason = 'too-busy' "
                f"WHERE id = {theirs_id} AND status IN ('pending', 'archived'); "
                f"INSERT INTO events (at, entity, entity_id, action, details) VALUES ('{NOW}', 'invite', {theirs_id}, "
                "'declined', '{\"reason\":\"too-busy\"}'); COMMIT;"
            )
            change_theirs.append(run(["sqlite3", big, sql])[0])

        # Peak memory of streaming NDJSON at two store sizes.
        mem_small = max(run(lancer(small, "invites", "list", "--format", "ndjson"))[1] for _ in range(3))
        mem_big = max(run(lancer(big, "invites", "list", "--format", "ndjson"))[1] for _ in range(3))
        anon_small = private_peak(lancer(small, "invites", "list", "--format", "ndjson"))
        anon_big = private_peak(lancer(big, "invites", "list", "--format", "ndjson"))

        list_ratio = statistics.median(ours) / statistics.median(theirs)
        print(f"store: {args.invites} invites, {os.path.getsize(big) / 1e6:.0f} MB; {args.reps} repetitions, medians")
        print(f"seed --invites {args.invites}:        {statistics.median(seed_times):.2f} s   (target <= 3 s)")
        print(f"invites list --format json:   {median_ms(ours):.0f} ms   sqlite3 -json: {median_ms(theirs):.0f} ms   "
              f"ratio {list_ratio:.2f}   (target <= 0.8)")
        print(f"invite decline (one change):  {median_ms(change_ours):.1f} ms   sqlite3 transaction: "
              f"{median_ms(change_theirs):.1f} ms   ratio {statistics.median(change_ours) / statistics.median(change_theirs):.2f}   "
              f"(target <= 1.0)")
        print(f"ndjson peak memory:           1,000 invites {mem_small / 1024:.1f} MiB   "
              f"{args.invites} invites {mem_big / 1024:.1f} MiB (resident, incl. mapped store pages); "
              f"private {anon_small / 1024:.1f} MiB and {anon_big / 1024:.1f} MiB")
        if args.growth:
            growth(tmp, args.reps)
        if args.pg:
            postgres(tmp, args.pg, args.pg_invites, args.reps)
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
