#!/usr/bin/env bash
# The speed goals on short real turns, one core: tact against VADER on the same texts in the same
# run, English subtitle lines and a five-language mix, with and without a declared language; the
# stage table in ns per turn; scaling with jobs. Writes RESULTS_DIR/speed.json (bench/report.sh
# renders it into docs/performance.md) and prints a summary.
#
# Usage: bench/speed.sh [N_TURNS]     (default 100000 turns per corpus)
# Environment:
#   TACT_DATA     data folder (default: ../shared/data next to the repository root)
#   RESULTS_DIR   where speed.json goes (default: a temporary folder, printed)
#   NO_PEERS=1    skip VADER (no PyPI needed)
# Needs cargo, python3 (with venv and PyPI for VADER), taskset if present.
set -euo pipefail

N="${1:-100000}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${TACT_DATA:-$ROOT/../shared/data}"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/tact-speed.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
RESULTS_DIR="${RESULTS_DIR:-$TMP/results}"
mkdir -p "$RESULTS_DIR"

echo "== build"
(cd "$ROOT" && cargo build --release -q -p tact_cli && cargo build --release -q -p tact_bench --bin stages)
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"

echo "== corpora: $N short turns each from XED"
python3 "$ROOT/bench/peers.py" extract-xed "$N" "$TMP/corpora" "$DATA"

PY=python3
if [[ "${NO_PEERS:-0}" != 1 ]]; then
    echo "== VADER venv"
    if python3 -m venv "$TMP/venv" && "$TMP/venv/bin/python" -m pip install -q --disable-pip-version-check vaderSentiment; then
        PY="$TMP/venv/bin/python"
    else
        echo "speed: VADER could not be installed; it is NOT measured" >&2
    fi
fi

echo "== timing (one core: ${ONE_CORE:-taskset -c 0})"
"$PY" - "$TARGET/release/tact" "$TARGET/release/stages" "$TMP/corpora" "$ROOT/bench" "$RESULTS_DIR/speed.json" << 'PYEOF'
import json, os, shutil, subprocess, sys, time
tact, stages, corpora, bench, out = sys.argv[1:6]
sys.path.insert(0, bench)
import peers
pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
ROUNDS = 3

def wall(cmd):
    best = None
    for _ in range(ROUNDS):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        e = time.perf_counter() - t
        best = e if best is None else min(best, e)
    return best

def lines(path):
    with open(path, encoding="utf-8") as f:
        return sum(1 for l in f if l.strip())

res = {"pinned": bool(pin), "cores": os.cpu_count(), "rounds": ROUNDS, "corpora": {}}
for name in ("en", "mix"):
    path = os.path.join(corpora, name + ".jsonl")
    turns = lines(os.path.join(corpora, name + ".texts.jsonl"))
    one = os.path.join(corpora, name + ".one.jsonl")
    with open(path, encoding="utf-8") as f, open(one, "w", encoding="utf-8") as o:
        o.write(f.readline())
    def run(file, jobs=1, pinned=True):
        return wall((pin if pinned else []) + [tact, "analyze", file, "--format", "jsonl", "-q",
                                               "--jobs", str(jobs), "--fail-on", "never"])
    startup = run(one)
    c = {"turns": turns, "bytes": os.path.getsize(path), "startup_s": startup}
    for variant, file in (("detected", path), ("declared", os.path.join(corpora, name + ".declared.jsonl"))):
        w = run(file)
        c[variant] = {"wall_s": w, "analysis_s": max(w - startup, 1e-9)}
        print(f"tact {name} {variant}: {w:.2f} s wall, {turns / c[variant]['analysis_s']:,.0f} turns/s", flush=True)
    jobs = {}
    for j in (1, 2):
        jobs[j] = run(path, jobs=j, pinned=False)
        print(f"tact {name} --jobs {j}: {jobs[j]:.2f} s", flush=True)
    c["jobs"] = jobs
    st = subprocess.run(pin + [stages, path, str(ROUNDS)], capture_output=True, text=True, check=True).stdout
    c["stages"] = json.loads(st.strip().splitlines()[-1])["stages"]
    try:
        best = None
        for _ in range(ROUNDS):
            r = subprocess.run(pin + [sys.executable, os.path.join(bench, "peers.py"), "vader",
                                      os.path.join(corpora, name + ".texts.jsonl")],
                               capture_output=True, text=True, check=True)
            a = json.loads(r.stdout.strip().splitlines()[-1])["analysis_s"]
            best = a if best is None else min(best, a)
        c["vader_s"] = best
        print(f"vader {name}: {turns / best:,.0f} texts/s", flush=True)
    except (subprocess.CalledProcessError, ValueError, KeyError):
        print(f"speed: VADER did not run on {name}; not measured", file=sys.stderr)
    res["corpora"][name] = c
try:
    from importlib.metadata import version
    res["vader_version"] = version("vaderSentiment")
except Exception:
    pass
json.dump(res, open(out, "w"), indent=1)
print(f"speed: wrote {out}")
PYEOF
