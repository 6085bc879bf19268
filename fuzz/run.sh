#!/usr/bin/env bash
# Runs lancer's fuzz targets under cargo-fuzz (libFuzzer) on the stable toolchain.
#   bash fuzz/run.sh                 every target for 60 s each, from seed 1 (what CI runs)
#   bash fuzz/run.sh contact 1800    one target for 30 minutes, from a random seed
#   FUZZ_SEED=7 bash fuzz/run.sh …   from seed 7
# CI's fixed seed makes its runs repeatable: a failure there is found again here with the same
# seed (a faster machine only gets further along the same inputs).
# A crash leaves its input in fuzz/artifacts/TARGET/; add it to REGRESSIONS in src/fuzz.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
# cargo-fuzz passes -Z flags (sanitizer coverage); RUSTC_BOOTSTRAP lets the stable compiler
# accept them.
export RUSTC_BOOTSTRAP=1
targets=(money dates import contact arguments)
secs=60
seed=${FUZZ_SEED:-1}
if [ $# -ge 1 ]; then targets=("$1"); seed=${FUZZ_SEED:-0}; fi
if [ $# -ge 2 ]; then secs="$2"; fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for t in "${targets[@]}"; do
  echo "== fuzz $t for ${secs}s, seed $seed (0: random)"
  # The whole log is kept; a run prints its last progress lines, and a failing one also the
  # fuzzer's report (crash, timeout or memory limit) and the input it saved. -a: the log may
  # hold bytes that are not text, which would otherwise stop grep's output.
  if cargo fuzz run --sanitizer none "$t" -- -seed="$seed" -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 >"$log" 2>&1; then
    grep -a -E "^#[0-9]+.*(DONE|pulse)|Done [0-9]+ runs" "$log" | tail -3
  else
    status=$?
    echo "fuzz target $t failed (exit $status); the end of its log:"
    grep -a -v -E "^#[0-9]+ +(NEW|REDUCE|pulse)|^\"" "$log" | tail -60 | cat -v
    exit "$status"
  fi
done
