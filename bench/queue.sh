#!/usr/bin/env bash
# Measures the job queue: conversations per second that 1, 2 and 4 `tact worker`s analyse and
# store, on a throwaway Postgres (fsync on, as in production) and on SQLite, with the store's
# own ceiling; writes docs/performance-queue.md. Figures, never assertions.
#
# Usage: bash bench/queue.sh [CONVERSATIONS]   (default 20000)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
N="${1:-20000}"
cargo build --release -p tact_cli -p tact_bench --bin tact --bin queue
PG="$(mktemp -d)"
trap 'bash .ci/postgres stop "$PG"; rm -rf "$PG"' EXIT
URL="$(bash .ci/postgres start "$PG" 54331)"
OUT="docs/performance-queue.md"
BIN="${CARGO_TARGET_DIR:-target}/release"
{
    echo "<!-- Written by bench/queue.sh; do not edit by hand. -->"
    echo "# Performance of the job queue"
    echo
    echo "Measured on $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD)."
    echo "Release build. Workers are \`tact worker --until-empty\` processes on the same machine as the database;"
    echo "each analyses its batches on every core. The corpus is the bundled samples, repeated with new ids."
    echo
    echo "## Postgres $(psql -qAt "$URL" -c 'show server_version' | cut -d' ' -f1) (local, fsync on)"
    echo
    "$BIN/queue" --database "$URL" --tact "$BIN/tact" --conversations "$N" --workers 1,2,4
    echo
    echo "## SQLite (one file, WAL)"
    echo
    "$BIN/queue" --database "$PG/sqlite" --tact "$BIN/tact" --conversations "$N" --workers 1,2,4
} > "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
echo "wrote $OUT"
