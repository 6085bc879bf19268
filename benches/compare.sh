#!/usr/bin/env bash
# Benchmarks lancer against the sqlite3 shell on a 100,000-invite store (and, with --pg DIR, on
# PostgreSQL against SQLite). See README "Performance" and benches/compare.py for the options.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v sqlite3 >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; }
cargo build --release --locked --quiet
exec python3 benches/compare.py "$@"
