#!/usr/bin/env bash
# Measures everything in docs/performance.md and rewrites it: criterion benches (pipeline stages,
# 1M-turn scale on one thread and all cores), the binary on ~100k turns with a perf profile, the
# streaming run, short real turns against VADER with the stage table (bench/speed.sh), and the
# side-by-side comparison with VADER and ConvoKit.
#
# Usage: bash bench/report.sh [--quick]
#   --quick       100k-turn scale bench, 200 MB stream, 5,000 peer texts (about 8 minutes)
# Environment:
#   NO_PEERS=1          skip bench/compare.sh (no PyPI needed)
#   TACT_BENCH_NOTE     the "what changed" note of this run in bench/history.jsonl
#   TACT_NO_HISTORY=1   do not append this run to bench/history.jsonl
#   STREAM_MB           size of the streaming run's input in MB (default 2048; 200 with --quick)
# Needs cargo, python3, /usr/bin/time; perf for the profile (skipped without it).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
QUICK=0
[[ "${1:-}" == "--quick" ]] && QUICK=1
RUN="$(mktemp -d "${TMPDIR:-/tmp}/tact-report.XXXXXX")"
trap 'if [[ "${KEEP_RUN:-0}" == 1 ]]; then echo "kept $RUN"; else rm -rf "$RUN"; fi' EXIT
mkdir -p "$RUN/meta"
cd "$ROOT"

python3 - "$RUN/machine.json" << 'PYEOF'
import json, os, platform, subprocess, sys
from datetime import datetime, timezone
def sh(*cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"
cpu = "?"
try:
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem = next(l for l in open("/proc/meminfo") if l.startswith("MemTotal"))
    memory = f"{int(mem.split()[1]) / 1024 / 1024:.0f} GiB"
except (OSError, StopIteration):
    memory = "?"
json.dump({"date": datetime.now(timezone.utc).strftime("%Y-%m-%d"), "commit": sh("git", "rev-parse", "--short", "HEAD"),
           "cpu": cpu, "cores": os.cpu_count(), "memory": memory, "rustc": sh("rustc", "--version"),
           "load": f"{os.getloadavg()[0]:.1f}"}, open(sys.argv[1], "w"))
PYEOF

echo "== build"
cargo build --release -q -p tact_cli
TACT="$ROOT/target/release/tact"

echo "== criterion: pipeline stages"
TACT_BENCH_META="$RUN/meta" cargo bench -q -p tact_bench --bench pipeline -- --noplot
echo "== criterion: scale"
if [[ $QUICK == 1 ]]; then
    TACT_BENCH_TURNS=100000 TACT_BENCH_META="$RUN/meta" cargo bench -q -p tact_bench --bench scale -- --noplot
else
    TACT_BENCH_META="$RUN/meta" cargo bench -q -p tact_bench --bench scale -- --noplot
fi

echo "== binary on ~100k turns"
python3 bench/make_corpus.py samples "$RUN/corpus.jsonl" 25 | tee "$RUN/corpus.txt"
/usr/bin/time -v -o "$RUN/binary.time" "$TACT" analyze "$RUN/corpus.jsonl" --format jsonl -q > /dev/null
python3 - "$RUN/corpus.txt" "$RUN/binary.time" "$RUN/binary.json" << 'PYEOF'
import json, re, sys
sys.path.insert(0, "bench")
import peers
corpus, timev, out = sys.argv[1:4]
n, turns, mb = re.search(r"(\d+) conversations, (\d+) turns, ([\d.]+) MB", open(corpus).read()).groups()
wall, rss = peers.read_time_v(timev)
json.dump({"conversations": int(n), "turns": int(turns), "mb": float(mb), "elapsed_s": wall,
           "peak_rss_mb": rss / 1024}, open(out, "w"))
PYEOF
if command -v perf > /dev/null && perf record -q -o "$RUN/perf.data" -F 999 "$TACT" analyze "$RUN/corpus.jsonl" \
    --format jsonl -q > /dev/null 2> "$RUN/perf.err"; then
    perf report -i "$RUN/perf.data" --no-children --stdio --percent-limit 1 2> /dev/null \
        | grep -E '^ +[0-9]' | sed -E 's/ +/ /g; s/^ //' | cut -c1-150 > "$RUN/profile.txt" || true
else
    echo "report: perf is not available; no profile" >&2
fi

echo "== redaction cost"
python3 - "$TACT" "$RUN/corpus.jsonl" "$RUN/redaction.json" << 'PYEOF'
import json, subprocess, sys, time
tact, corpus, out = sys.argv[1:4]
def run(*args):
    best = None
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([tact, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        e = time.perf_counter() - t
        best = e if best is None else min(best, e)
    return best
res = {"analyze": run("analyze", corpus, "--format", "jsonl", "-q"),
       "analyze_redact": run("analyze", corpus, "--format", "jsonl", "-q", "--redact"),
       "redact": run("redact", corpus),
       "mb": __import__("os").path.getsize(corpus) / 1e6}
json.dump(res, open(out, "w"))
PYEOF

echo "== growth: long conversations and long turns"
cargo build --release -q -p tact_bench --bin growth
"$ROOT/target/release/growth" --rules > "$RUN/growth.md"

echo "== streaming"
if [[ $QUICK == 1 ]]; then SIZE=200; else SIZE=2048; fi
SIZE="${STREAM_MB:-$SIZE}"
RESULT_JSON="$RUN/streaming.json" nice bash bench/streaming.sh "$SIZE"

echo "== short real turns, one core, against VADER"
if [[ $QUICK == 1 ]]; then
    RESULTS_DIR="$RUN" bash bench/speed.sh 50000 || echo "report: speed.sh failed; not reported" >&2
else
    RESULTS_DIR="$RUN" bash bench/speed.sh || echo "report: speed.sh failed; not reported" >&2
fi

if [[ "${NO_PEERS:-0}" != 1 ]]; then
    echo "== side by side"
    if [[ $QUICK == 1 ]]; then
        RESULTS_DIR="$RUN/compare" bash bench/compare.sh 5000 500 || echo "report: compare.sh failed; peers not reported" >&2
    else
        RESULTS_DIR="$RUN/compare" bash bench/compare.sh || echo "report: compare.sh failed; peers not reported" >&2
    fi
fi

python3 bench/render.py "$RUN" "$ROOT" docs/performance.md
