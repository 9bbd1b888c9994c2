"""Draws the conversations of a blind set from shared/data/real and renders them for labellers.

Why: the labels must come from people who never saw tact's rules or output, so the draw is a
script with a fixed seed (anyone can redraw the same sample) and the labellers get plain text
with turn numbers, not tact's reports.

    python3 eval/draw_blind.py random OUT_DIR REAL_DIR N SEED   # appends 'random' rows to sample.tsv
    python3 eval/draw_blind.py fired OUT_DIR REAL_DIR PER_RULE SEED TACT  # 'fired:<rule>' rows
    python3 eval/draw_blind.py render OUT.md FILE.jsonl [IDS...] # conversations as numbered text
"""
import json
import random
import sys
from pathlib import Path


def taken(eval_root):
    ids = set()
    for sample in Path(eval_root).glob("blind*/sample.tsv"):
        for line in sample.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                ids.add(line.split("\t")[1])
    return ids


def conversations(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def draw_random(out_dir, real_dir, n, seed):
    used = taken(Path(out_dir).parent)
    pool = []
    for file in sorted(Path(real_dir).glob("*.jsonl")):
        pool += [(file.name, c["id"]) for c in conversations(file) if c["id"] not in used]
    picked = random.Random(seed).sample(pool, n)
    with open(Path(out_dir) / "sample.tsv", "a", encoding="utf-8") as out:
        for file, cid in picked:
            out.write(f"{file}\t{cid}\trandom\n")


def draw_fired(out_dir, real_dir, per_rule, seed, tact):
    """Up to `per_rule` conversations per rule among those where tact (preview rules on, default
    confidence) raised it, none already in a blind sample; rules in a fixed order, so a
    conversation drawn for one rule is not drawn again for the next."""
    import subprocess

    used = taken(Path(out_dir).parent)
    fired = {}
    for file in sorted(Path(real_dir).glob("*.jsonl")):
        out = subprocess.run(
            [tact, "analyze", str(file), "--format", "jsonl", "--preview", "-q"],
            capture_output=True, text=True, check=False,
        ).stdout
        for line in out.splitlines():
            report = json.loads(line)
            if report["id"] in used:
                continue
            for rule in {m["rule"] for m in report["moments"]}:
                fired.setdefault(rule, []).append((file.name, report["id"]))
    rng = random.Random(seed)
    rows = []
    for rule in sorted(fired):
        pool = [p for p in fired[rule] if p[1] not in used]
        for file, cid in rng.sample(pool, min(per_rule, len(pool))):
            used.add(cid)
            rows.append((file, cid, f"fired:{rule}"))
    rng.shuffle(rows)
    with open(Path(out_dir) / "sample.tsv", "a", encoding="utf-8") as out:
        for row in rows:
            out.write("\t".join(row) + "\n")


def render(out, path, ids):
    wanted = set(ids)
    with open(out, "w", encoding="utf-8") as w:
        for c in conversations(path):
            if wanted and c["id"] not in wanted:
                continue
            w.write(f"## {c['id']} ({c.get('channel', 'chat')}, {c.get('language', '?')})\n\n")
            for i, t in enumerate(c["turns"]):
                at = f" ({t['at']})" if t.get("at") else ""
                w.write(f"[{i}] {t['role']}{at}: {t['text']}\n")
            w.write("\n")


if __name__ == "__main__":
    if sys.argv[1] == "random":
        draw_random(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
    elif sys.argv[1] == "fired":
        draw_fired(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), sys.argv[6])
    elif sys.argv[1] == "render":
        render(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        sys.exit(f"unknown command {sys.argv[1]}")
