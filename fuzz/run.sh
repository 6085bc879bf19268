#!/usr/bin/env bash
# Runs lancer's fuzz targets under cargo-fuzz (libFuzzer) on the stable toolchain.
#   bash fuzz/run.sh                 every target for 60 s each (what CI runs)
#   bash fuzz/run.sh contact 1800    one target for 30 minutes
# A crash leaves its input in fuzz/artifacts/TARGET/; add it to REGRESSIONS in src/fuzz.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
# cargo-fuzz passes -Z flags (sanitizer coverage); RUSTC_BOOTSTRAP lets the stable compiler
# accept them.
export RUSTC_BOOTSTRAP=1
targets=(money dates import contact arguments)
secs=60
if [ $# -ge 1 ]; then targets=("$1"); fi
if [ $# -ge 2 ]; then secs="$2"; fi
for t in "${targets[@]}"; do
  echo "== fuzz $t for ${secs}s"
  cargo fuzz run --sanitizer none "$t" -- -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 2>&1 |
    grep -E "^#[0-9]+.*(DONE|pulse)|ERROR|panicked|Done [0-9]+ runs|SUMMARY" | tail -3
done
