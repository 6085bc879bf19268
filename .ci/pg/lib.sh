# Shared by .ci/pg/start, stop, kill-leader and createdb (sourced, not run).
# Layout of a cluster directory DIR:
#   DIR/.lancer-pg-cluster   marker: start only wipes a non-empty DIR that has it
#   DIR/cluster.env          ports and names, written by start, read by the other scripts
#   DIR/url                  the multi-host URL
#   DIR/etcd/  DIR/etcd.log  DIR/etcd.pid
#   DIR/nodeN/data           PostgreSQL data directory of node N (owned by postgres)
#   DIR/nodeN.yml            its Patroni configuration
#   DIR/nodeN.log            Patroni's log and PostgreSQL's (postgres inherits Patroni's stderr)
#   DIR/nodeN.pid            Patroni's PID (PostgreSQL's is in DIR/nodeN/data/postmaster.pid)

# shellcheck disable=SC2034 # used by start
PG_MARKER=.lancer-pg-cluster

pg_die() { echo "pg/$(basename "$0"): $*" >&2; exit 1; }
pg_log() { echo "pg/$(basename "$0"): $*" >&2; }

# pg_abs DIR: absolute, normalized path of DIR (which may not exist yet).
pg_abs() { realpath -m -- "$1"; }

# pg_alive PID NEEDLE: PID runs and its command line contains NEEDLE (guards against reused PIDs).
pg_alive() {
  local pid=$1 needle=$2 cmd
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
  cmd=$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline") || return 1
  [ -n "$cmd" ] || return 1 # a zombie
  case "$cmd" in *"$needle"*) return 0 ;; esac
  return 1
}

# pg_readpid FILE: the first line of FILE, if it is a number.
pg_readpid() {
  local pid
  [ -r "$1" ] || return 0
  pid=$(head -n1 "$1" 2>/dev/null | tr -d '[:space:]')
  case "$pid" in '' | *[!0-9]*) return 0 ;; esac
  printf '%s\n' "$pid"
}

# pg_postmaster DIR N: PID of node N's running postmaster, if any.
pg_postmaster() {
  local data="$1/node$2/data" pid
  pid=$(pg_readpid "$data/postmaster.pid")
  if [ -n "$pid" ] && pg_alive "$pid" "$data"; then printf '%s\n' "$pid"; fi
}

# pg_patroni DIR N: PID of node N's running Patroni, if any.
pg_patroni() {
  local pid
  pid=$(pg_readpid "$1/node$2.pid")
  if [ -n "$pid" ] && pg_alive "$pid" "$1/node$2.yml"; then printf '%s\n' "$pid"; fi
}

# pg_etcd DIR: PID of DIR's running etcd, if any.
pg_etcd() {
  local pid
  pid=$(pg_readpid "$1/etcd.pid")
  if [ -n "$pid" ] && pg_alive "$pid" "$1/etcd"; then printf '%s\n' "$pid"; fi
}

# pg_children PID: the direct children of PID (a postmaster's backends and auxiliary processes;
# each of them calls setsid(), so a process-group kill would not reach them).
pg_children() { pgrep -P "$1" 2>/dev/null || true; }

# pg_load_env DIR: read the ports start chose for DIR.
pg_load_env() {
  [ -r "$1/cluster.env" ] || return 1
  # shellcheck disable=SC1091
  . "$1/cluster.env"
}

# pg_url: the multi-host URL for the loaded cluster.env.
pg_url() {
  local hosts='' i
  for ((i = 0; i < PG_NODES; i++)); do
    hosts+="${hosts:+,}127.0.0.1:$((PG_PORT + i))"
  done
  printf 'postgresql://postgres@%s/postgres?target_session_attrs=read-write\n' "$hosts"
}

# pg_writable URL: a read-write session can be opened through URL and commits a transaction that
# has a transaction id (with synchronous replication on, that commit waits for the sync standby).
pg_writable() {
  PGCONNECT_TIMEOUT=2 timeout 5 psql -X -q -At -v ON_ERROR_STOP=1 "$1" -c 'select txid_current()' >/dev/null 2>&1
}

# pg_leader: name (nodeN) of the member whose REST API says it is the leader, if any.
pg_leader() {
  local i code
  for ((i = 1; i <= PG_NODES; i++)); do
    code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$((PG_REST_PORT + i - 1))/leader" 2>/dev/null) || true
    if [ "$code" = 200 ]; then echo "node$i"; return 0; fi
  done
  return 1
}

# pg_members: Patroni's view of the cluster, from the REST API of the first member that answers
# GET /cluster: "LEADER SYNC_STANDBY RUNNING MEMBERS" (names, '-' for none; counts).
pg_members() {
  local i
  for ((i = 0; i < PG_NODES; i++)); do
    /usr/bin/python3 - "http://127.0.0.1:$((PG_REST_PORT + i))/cluster" <<'PY' 2>/dev/null && return 0
import json, sys, urllib.request
members = json.load(urllib.request.urlopen(sys.argv[1], timeout=2))["members"]
def names(role):
    return ",".join(m["name"] for m in members if m.get("role") == role) or "-"
running = sum(1 for m in members if m.get("state") in ("running", "streaming"))
print(names("leader"), names("sync_standby"), running, len(members))
PY
  done
  echo "- - 0 0"
}

pg_now() { date +%s.%N; }
pg_since() { awk -v a="$1" -v b="$(pg_now)" 'BEGIN { printf "%.1f", b - a }'; }
