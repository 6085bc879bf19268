"""lancer against the sqlite3 shell, interleaved, several repetitions, medians.

Run through benches/compare.sh (it builds the release binary first). Options:
  --invites N   size of the big store (default 100000)
  --reps R      repetitions of each timed command (default 7)
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


def lancer(db, *args):
    return [LANCER, "--db", db, "--now", NOW, *args]


def median_ms(samples):
    return statistics.median(samples) * 1000


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--invites", type=int, default=100_000)
    ap.add_argument("--reps", type=int, default=7)
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

        list_ratio = statistics.median(ours) / statistics.median(theirs)
        print(f"store: {args.invites} invites, {os.path.getsize(big) / 1e6:.0f} MB; {args.reps} repetitions, medians")
        print(f"seed --invites {args.invites}:        {statistics.median(seed_times):.2f} s   (target < 5 s)")
        print(f"invites list --format json:   {median_ms(ours):.0f} ms   sqlite3 -json: {median_ms(theirs):.0f} ms   "
              f"ratio {list_ratio:.2f}   (target <= 1.5)")
        print(f"invite decline (one change):  {median_ms(change_ours):.1f} ms   sqlite3 transaction: "
              f"{median_ms(change_theirs):.1f} ms   ratio {statistics.median(change_ours) / statistics.median(change_theirs):.2f}   "
              f"(target < 10 ms)")
        print(f"ndjson peak memory:           1,000 invites {mem_small / 1024:.1f} MiB   "
              f"{args.invites} invites {mem_big / 1024:.1f} MiB")
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
