#!/usr/bin/env bash
# Streaming at scale: tact analyze over a ~2 GB JSONL file (the bundled samples of all five
# languages repeated with fresh ids), reporting peak resident memory and elapsed time.
#
# Usage: bench/streaming.sh [SIZE_MB]        (default 2048)
# RESULT_JSON=FILE also writes the figures there as JSON (bench/report.sh reads it).
# The file is written to a temporary folder under ${TMPDIR:-/tmp} and deleted afterwards; run it
# with nice on a shared machine. Needs python3, cargo and /usr/bin/time.
set -euo pipefail

SIZE_MB="${1:-2048}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/tact-streaming.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
BIG="$TMP/big.jsonl"

if [[ ! -x /usr/bin/time ]]; then
    echo "streaming: /usr/bin/time is required (apt-get install time)" >&2
    exit 1
fi

echo "== tact (cargo build --release -p tact_cli)"
(cd "$ROOT" && cargo build --release -q -p tact_cli)

echo "== writing $SIZE_MB MB of JSONL to $BIG"
python3 "$ROOT/bench/make_corpus.py" "$ROOT/samples" "$BIG" "$SIZE_MB" | tee "$TMP/corpus.txt"

echo "== /usr/bin/time -v tact analyze big.jsonl --format jsonl -q > /dev/null"
/usr/bin/time -v -o "$TMP/time.txt" "$ROOT/target/release/tact" analyze "$BIG" --format jsonl -q > /dev/null
grep -E "Elapsed \(wall clock\)|Maximum resident set size|User time|System time" "$TMP/time.txt"
awk -F': ' '/Maximum resident set size/ { printf "peak RSS: %.1f MB (target < 300 MB)\n", $2 / 1024 }' "$TMP/time.txt"
if [[ -n "${RESULT_JSON:-}" ]]; then
    python3 - "$TMP/corpus.txt" "$TMP/time.txt" "$RESULT_JSON" << 'EOF'
import json, re, sys
corpus, timev, out = sys.argv[1:4]
n, turns, mb = re.search(r"(\d+) conversations, (\d+) turns, ([\d.]+) MB", open(corpus).read()).groups()
t = {}
for line in open(timev):
    k, _, v = line.strip().rpartition(": ")
    t[k] = v
clock = 0.0
for part in t["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"):
    clock = clock * 60 + float(part)
json.dump({"conversations": int(n), "turns": int(turns), "mb": float(mb), "elapsed_s": clock,
           "user_s": float(t["User time (seconds)"]),
           "peak_rss_mb": int(t["Maximum resident set size (kbytes)"]) / 1024}, open(out, "w"))
EOF
fi
