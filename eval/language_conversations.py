#!/usr/bin/env python3
"""How well `tact analyze` tells the language of conversations and of their turns when none is
declared, on text the rules were not written from.

    python3 eval/language_conversations.py TACT [TACT ...] [--data ../shared/data]

Three measurements, for each binary given (give the old and the new one to compare a change):
- one-language conversations: the XED subtitle lines (en, it, el, ro, fi), ten lines of one
  language per conversation, customer and agent taking turns; the language of the conversation
  and of every turn;
- two-language conversations: the customer's lines in Italian, Greek, Romanian or Finnish and
  the agent's in English, from the same lines; the language of every turn;
- the Italian restaurant search of shared/data/real (WOZ-it), where customers write Italian and
  wizards English: the language of every turn, by role.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench"))
import peers  # noqa: E402


def analyze(tact, path):
    out = subprocess.run(
        [tact, "analyze", path, "--format", "jsonl", "-q", "--jobs", "1", "--fail-on", "never"],
        capture_output=True, text=True, check=False,
    ).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def write(path, convs):
    with open(path, "w", encoding="utf-8") as f:
        for c in convs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")


def share(ok, n):
    return f"{ok}/{n} = {100 * ok / n:.2f} %" if n else "n/a"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tact", nargs="+")
    ap.add_argument("--data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data"))
    args = ap.parse_args()
    lines = {lang: peers.xed_lines(args.data, lang) for lang in peers.XED_SOURCES}
    tmp = tempfile.mkdtemp()

    mono, mono_gold = [], []
    at = {lang: 0 for lang in lines}
    for n in range(10000):
        lang = list(lines)[n % len(lines)]
        turns = []
        for j in range(10):
            turns.append({"role": "customer" if j % 2 == 0 else "agent", "text": lines[lang][at[lang] % len(lines[lang])]})
            at[lang] += 1
        mono.append({"id": f"mono-{n}", "channel": "chat", "turns": turns})
        mono_gold.append(lang)
    write(os.path.join(tmp, "mono.jsonl"), mono)

    mixed, mixed_gold = [], []
    for n in range(2000):
        other = ["it", "el", "ro", "fi"][n % 4]
        turns, gold = [], []
        for j in range(10):
            lang = other if j % 2 == 0 else "en"
            # A stride through the lines, so these are not the one-language set's neighbours.
            text = lines[lang][(at[lang] * 7919 + 13) % len(lines[lang])]
            at[lang] += 1
            turns.append({"role": "customer" if j % 2 == 0 else "agent", "text": text})
            gold.append(lang)
        mixed.append({"id": f"mixed-{n}", "channel": "chat", "turns": turns})
        mixed_gold.append(gold)
    write(os.path.join(tmp, "mixed.jsonl"), mixed)

    woz_path = os.path.join(args.data, "real", "woz-it.jsonl")
    woz = {}
    if os.path.exists(woz_path):
        with open(woz_path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    c = json.loads(line)
                    woz[c["id"]] = c

    for tact in args.tact:
        print(f"== {tact}")
        r = analyze(tact, os.path.join(tmp, "mono.jsonl"))
        conv = sum(x["language"] == g for x, g in zip(r, mono_gold))
        turns = sum(t["language"] == g for x, g in zip(r, mono_gold) for t in x["turns"])
        print(f"one language: conversations {share(conv, len(r))}, turns {share(turns, 10 * len(r))}")
        r = analyze(tact, os.path.join(tmp, "mixed.jsonl"))
        ok = sum(t["language"] == g for x, gold in zip(r, mixed_gold) for t, g in zip(x["turns"], gold))
        print(f"customer in it/el/ro/fi, agent in en: turns {share(ok, sum(len(g) for g in mixed_gold))}")
        if woz:
            r = analyze(tact, woz_path)
            by_role = {"customer": [0, 0], "agent": [0, 0]}
            for x in r:
                for t, src in zip(x["turns"], woz[x["id"]]["turns"]):
                    role = "customer" if src["role"] == "customer" else "agent"
                    gold = "it" if role == "customer" else "en"
                    by_role[role][0] += t["language"] == gold
                    by_role[role][1] += 1
            ok = sum(v[0] for v in by_role.values())
            n = sum(v[1] for v in by_role.values())
            print(f"WOZ-it: turns {share(ok, n)}, customers (it) {share(*by_role['customer'])}, "
                  f"wizards (en) {share(*by_role['agent'])}")


if __name__ == "__main__":
    main()
