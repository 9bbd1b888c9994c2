#!/usr/bin/env bash
# Streaming at scale: tact analyze over a ~2 GB JSONL file (the bundled samples of all five
# languages repeated with fresh ids), reporting peak resident memory and elapsed time.
#
# Usage: bench/streaming.sh [SIZE_MB]        (default 2048)
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
python3 - "$ROOT/samples" "$BIG" "$SIZE_MB" << 'EOF'
import json, os, sys
samples_dir, out, size_mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
convs = []
for lang in ("en", "it", "el", "ro", "fi"):
    with open(os.path.join(samples_dir, lang + ".jsonl"), encoding="utf-8") as f:
        convs += [json.loads(line) for line in f if line.strip()]
# Each conversation is serialized once around an id placeholder; copies differ only in id.
parts = []
for c in convs:
    c = dict(c, id="\0")
    pre, post = json.dumps(c, ensure_ascii=False).split('"\\u0000"')
    parts.append((pre.encode(), post.encode() + b"\n", len(c["turns"])))
limit = size_mb * 1024 * 1024
written = turns = n = 0
with open(out, "wb", buffering=1 << 20) as f:
    while written < limit:
        pre, post, t = parts[n % len(parts)]
        line = pre + json.dumps(f"big-{n}").encode() + post
        f.write(line)
        written += len(line)
        turns += t
        n += 1
print(f"{n} conversations, {turns} turns, {written / 1e6:.1f} MB")
EOF

echo "== /usr/bin/time -v tact analyze big.jsonl --format jsonl -q > /dev/null"
/usr/bin/time -v -o "$TMP/time.txt" "$ROOT/target/release/tact" analyze "$BIG" --format jsonl -q > /dev/null
grep -E "Elapsed \(wall clock\)|Maximum resident set size|User time|System time" "$TMP/time.txt"
awk -F': ' '/Maximum resident set size/ { printf "peak RSS: %.1f MB (target < 300 MB)\n", $2 / 1024 }' "$TMP/time.txt"
