#!/usr/bin/env python3
"""Peers for bench/compare.sh: extracts the shared English texts, and runs VADER and ConvoKit.

    peers.py extract N TEXTS.jsonl CONVS.jsonl SAMPLES_DIR DATA_DIR
        English turns from samples/en.jsonl, then PersuasionForGood and CaSiNo, until N turns:
        TEXTS.jsonl holds one JSON string per line (what the peers read), CONVS.jsonl the same
        turns as tact conversations (what tact reads).
    peers.py extract-xed N OUT_DIR DATA_DIR
        Short real turns from the XED subtitle lines (English; and English, Italian, Greek,
        Romanian and Finnish in turn), N turns each, in conversations of ten turns of one
        language with the customer and the agent taking turns: OUT_DIR/en.texts.jsonl and
        en.jsonl, mix.texts.jsonl and mix.jsonl, and en.declared.jsonl and mix.declared.jsonl
        with each conversation's language declared.
    peers.py vader TEXTS.jsonl
        SentimentIntensityAnalyzer().polarity_scores over every text.
    peers.py convokit TEXTS.jsonl LIMIT MODEL
        ConvoKit TextParser (spaCy MODEL, dependency parse) + PolitenessStrategies over the
        first LIMIT texts.

    peers.py table RESULTS_DIR
        The comparison table from what compare.sh left in RESULTS_DIR: for each tool NAME,
        NAME.time (/usr/bin/time -v) and NAME.json (texts, and analysis_s where measured).

Each run prints one JSON line on stdout: tool, texts, load_s (imports and model loading),
analysis_s (the analysis itself). Peak memory and process wall time come from /usr/bin/time.
"""

import csv
import json
import os
import sys
import time


def read_texts(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def english_conversations(samples_dir, data_dir):
    """Yields tact conversations (dicts): the English samples, PersuasionForGood, CaSiNo."""
    en = os.path.join(samples_dir, "en.jsonl")
    if os.path.exists(en):
        with open(en, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)
    else:
        print(f"peers: {en} not found, skipped", file=sys.stderr)
    pfg = os.path.join(data_dir, "persuasionforgood", "full_dialog.csv")
    if os.path.exists(pfg):
        convs = {}
        last = {}
        with open(pfg, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                unit = (row.get("Unit") or "").strip()
                if not unit:
                    continue
                cid = row["B2"]
                role = "customer" if row["B4"] == "1" else "agent"
                key = (row["Turn"], role)
                conv = convs.setdefault(
                    cid, {"id": cid, "channel": "chat", "language": "en", "turns": []}
                )
                if conv["turns"] and last.get(cid) == key:
                    conv["turns"][-1]["text"] += " " + unit
                else:
                    conv["turns"].append({"role": role, "text": unit})
                last[cid] = key
        yield from convs.values()
    else:
        print(f"peers: {pfg} not found, skipped", file=sys.stderr)
    casino = os.path.join(data_dir, "casino", "casino_train.json")
    if os.path.exists(casino):
        markers = {"Submit-Deal", "Accept-Deal", "Reject-Deal", "Walk-Away"}
        with open(casino, encoding="utf-8") as f:
            for d in json.load(f):
                turns = [
                    {
                        "role": "agent" if t.get("id") == "mturk_agent_1" else "customer",
                        "text": t["text"],
                    }
                    for t in d.get("chat_logs", [])
                    if t.get("text", "").strip() and t["text"] not in markers
                ]
                if turns:
                    yield {
                        "id": f"casino-{d.get('dialogue_id')}",
                        "channel": "chat",
                        "language": "en",
                        "turns": turns,
                    }
    else:
        print(f"peers: {casino} not found, skipped", file=sys.stderr)


def extract(n, texts_path, convs_path, samples_dir, data_dir):
    source = list(english_conversations(samples_dir, data_dir))
    if not source:
        sys.exit("peers: no English conversations found")
    taken, rounds = 0, 0
    with open(texts_path, "w", encoding="utf-8") as ft, open(
        convs_path, "w", encoding="utf-8"
    ) as fc:
        while taken < n:
            for conv in source:
                if taken >= n:
                    break
                turns = conv["turns"][: n - taken]
                out = dict(conv, id=f"{conv['id']}-{rounds}", turns=turns)
                fc.write(json.dumps(out, ensure_ascii=False) + "\n")
                for t in turns:
                    ft.write(json.dumps(t["text"], ensure_ascii=False) + "\n")
                taken += len(turns)
            rounds += 1
    print(
        json.dumps({"texts": taken, "conversations_in_source": len(source), "rounds": rounds})
    )


XED_SOURCES = {
    "en": [("AnnotatedData/en-annotated.tsv", 0), ("AnnotatedData/neu_en.txt", 1)],
    "it": [("Projections/it-projections.tsv", 0)],
    "el": [("Projections/el-projections.tsv", 0)],
    "ro": [("Projections/ro-projections.tsv", 0)],
    "fi": [("AnnotatedData/fi-annotated.tsv", 0)],
}


def xed_lines(data_dir, lang):
    out = []
    for name, col in XED_SOURCES[lang]:
        with open(os.path.join(data_dir, "xed", name), encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                text = parts[col].strip() if len(parts) > col else ""
                if len(text) >= 2:
                    out.append(text)
    return out


def extract_xed(n, out_dir, data_dir, per_conversation=10):
    lines = {lang: xed_lines(data_dir, lang) for lang in XED_SOURCES}
    os.makedirs(out_dir, exist_ok=True)
    for name, cycle in (("en", ["en"]), ("mix", list(XED_SOURCES))):
        taken, conv = 0, 0
        at = {lang: 0 for lang in cycle}
        with open(os.path.join(out_dir, name + ".texts.jsonl"), "w", encoding="utf-8") as ft, open(
            os.path.join(out_dir, name + ".jsonl"), "w", encoding="utf-8"
        ) as fc, open(os.path.join(out_dir, name + ".declared.jsonl"), "w", encoding="utf-8") as fd:
            while taken < n:
                lang = cycle[conv % len(cycle)]
                src = lines[lang]
                turns = []
                for j in range(per_conversation):
                    text = src[at[lang] % len(src)]
                    at[lang] += 1
                    turns.append({"role": "customer" if j % 2 == 0 else "agent", "text": text})
                    ft.write(json.dumps(text, ensure_ascii=False) + "\n")
                c = {"id": f"{name}-{lang}-{conv}", "channel": "chat", "turns": turns}
                fc.write(json.dumps(c, ensure_ascii=False) + "\n")
                fd.write(json.dumps(dict(c, language=lang), ensure_ascii=False) + "\n")
                taken += per_conversation
                conv += 1
    print(json.dumps({"texts": taken, "conversations": conv,
                      "lines": {k: len(v) for k, v in lines.items()}}))


def vader(path):
    t0 = time.perf_counter()
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    texts = read_texts(path)
    t1 = time.perf_counter()
    for text in texts:
        analyzer.polarity_scores(text)
    t2 = time.perf_counter()
    print(json.dumps({"tool": "vader", "texts": len(texts), "load_s": t1 - t0, "analysis_s": t2 - t1}))


def convokit(path, limit, model):
    t0 = time.perf_counter()
    import spacy
    from convokit import Corpus, PolitenessStrategies, Speaker, TextParser, Utterance

    nlp = spacy.load(model, disable=["ner"])
    texts = read_texts(path)[:limit]
    t1 = time.perf_counter()
    speaker = Speaker(id="speaker")
    utts = [
        Utterance(id=str(i), speaker=speaker, conversation_id="c", reply_to=None, text=t)
        for i, t in enumerate(texts)
    ]
    corpus = Corpus(utterances=utts)
    corpus = TextParser(spacy_nlp=nlp).transform(corpus)
    t2 = time.perf_counter()
    corpus = PolitenessStrategies().transform(corpus)
    t3 = time.perf_counter()
    print(
        json.dumps(
            {
                "tool": "convokit",
                "texts": len(texts),
                "load_s": t1 - t0,
                "analysis_s": t3 - t1,
                "parse_s": t2 - t1,
                "strategies_s": t3 - t2,
            }
        )
    )


def read_time_v(path):
    """Wall seconds and peak RSS (KiB) from a `/usr/bin/time -v` report."""
    wall, rss = None, None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if line.startswith("Elapsed (wall clock) time"):
                clock = line.rsplit(" ", 1)[-1]
                secs = 0.0
                for part in clock.split(":"):
                    secs = secs * 60 + float(part)
                wall = secs
            elif line.startswith("Maximum resident set size"):
                rss = int(line.rsplit(" ", 1)[-1])
    return wall, rss


def rows(results):
    """One dict per measured tool: texts, process and analysis seconds, texts/s, peak RSS (MB)
    and, for the peers, tact's texts/s over theirs (analysis and process time)."""
    out = []
    for tool in ("tact", "vader", "convokit"):
        tpath, jpath = os.path.join(results, tool + ".time"), os.path.join(results, tool + ".json")
        if not (os.path.exists(tpath) and os.path.exists(jpath)):
            continue
        with open(jpath, encoding="utf-8") as f:
            info = json.loads(f.read().strip().splitlines()[-1])
        wall, rss = read_time_v(tpath)
        if wall is None or rss is None:
            continue
        analysis = info.get("analysis_s")
        if analysis is None and "startup_s" in info:
            analysis = max(wall - info["startup_s"], 1e-9)
        out.append({"tool": tool, "texts": info["texts"], "process_s": wall, "analysis_s": analysis,
                    "rate": info["texts"] / analysis, "rate_process": info["texts"] / wall,
                    "rss_mb": rss / 1024, "info": info})
    tact = next((r for r in out if r["tool"] == "tact"), None)
    for r in out:
        if tact and r is not tact:
            r["ratio"] = tact["rate"] / r["rate"]
            r["ratio_process"] = tact["rate_process"] / r["rate_process"]
    return out


def table(results):
    head = (
        f"{'tool':<9} {'texts':>7} {'process s':>10} {'analysis s':>11} {'texts/s':>10} "
        f"{'peak RSS':>10} {'tact÷peer':>10} {'(process)':>10}"
    )
    print(head)
    print("-" * len(head))
    for r in rows(results):
        ratio = f"{r['ratio']:.1f}×" if "ratio" in r else "—"
        ratio_p = f"{r['ratio_process']:.1f}×" if "ratio" in r else "—"
        print(
            f"{r['tool']:<9} {r['texts']:>7} {r['process_s']:>10.2f} {r['analysis_s']:>11.2f} "
            f"{r['rate']:>10,.0f} {r['rss_mb']:>7.1f} MB {ratio:>10} {ratio_p:>10}"
        )
    print(
        "analysis s: peers time their own analysis after imports and model loading; tact's is its"
        " process wall time less the wall time of the same command on one conversation."
    )
    print("tact÷peer: tact texts/s over the peer's, on analysis time; (process): on process wall time.")


def main(argv):
    if len(argv) >= 6 and argv[0] == "extract":
        extract(int(argv[1]), argv[2], argv[3], argv[4], argv[5])
    elif len(argv) == 4 and argv[0] == "extract-xed":
        extract_xed(int(argv[1]), argv[2], argv[3])
    elif len(argv) == 2 and argv[0] == "vader":
        vader(argv[1])
    elif len(argv) == 4 and argv[0] == "convokit":
        convokit(argv[1], int(argv[2]), argv[3])
    elif len(argv) == 2 and argv[0] == "table":
        table(argv[1])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
