#!/usr/bin/env bash
# Measures the web app (ingest rate, page latency on a large store) and writes
# docs/performance-server.md. Figures, never assertions.
#
# Usage: bash bench/serve.sh [CONVERSATIONS]   (default 200000; about 2 KB of disk each)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
N="${1:-200000}"
cargo build --release -p tact_bench --bin serve
OUT="docs/performance-server.md"
{
    echo "<!-- Written by bench/serve.sh; do not edit by hand. -->"
    echo "# Performance of the web app"
    echo
    echo "Measured on $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(date -u +%Y-%m-%d)."
    echo "Release build; pages are requested in process (router, store, templates; no socket), one at a time."
    echo
    ./target/release/serve --conversations "$N"
} > "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
echo "wrote $OUT"
