"""Lists, for one rule, the labelled moments tact missed and the moments it raised that no label
confirms, on the development blind sets, with the turns around each.

Why: the figures in docs/quality.md say how often a rule is right; correcting it needs the cases.
This reads only the sets already used to tune the rules (eval/blind .. eval/blind-holdout14), with the
confidence as the rules judge it (`--raw-confidence`: the calibration hides some detectors); point it
at the held-out set only to retire it, because reading its cases makes its figures optimistic.

    python3 eval/blind_detail.py RULE [--tact target/release/tact] [--sets eval/blind,...,eval/blind-holdout14] [--confirmed]
    python3 eval/blind_detail.py all   # counts of every rule on those sets, no cases
"""
import argparse
import collections
import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "data" / "real"


def load(setdir):
    behaviours = {}
    for line in (setdir / "behaviours.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, rule = line.split("\t")
            behaviours[key] = rule
    wanted = collections.defaultdict(set)
    for line in (setdir / "sample.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            file, cid = line.split("\t")[:2]
            wanted[file].add(cid)
    convs = {}
    for file, ids in wanted.items():
        path = setdir / file.split(":", 1)[1] if file.startswith("eval:") else REAL / file
        with open(path, encoding="utf-8") as f:
            for line in f:
                c = json.loads(line)
                if c["id"] in ids:
                    convs[c["id"]] = c
    gold = collections.defaultdict(list)
    with open(setdir / "adjudicated.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            for label in d["labels"]:
                gold[d["id"]].append((label["turn"], behaviours[label["behaviour"]], label.get("note", "")))
    return convs, gold


def moments(tact, convs):
    text = "".join(json.dumps(c) + "\n" for c in convs.values())
    out = subprocess.run(
        [tact, "analyze", "-", "--format", "jsonl", "--preview", "--raw-confidence", "-q"],
        input=text, capture_output=True, text=True, check=False,
    ).stdout
    found = {}
    for line in out.splitlines():
        report = json.loads(line)
        found[report["id"]] = [(m["turn"], m["rule"], m["message"]) for m in report["moments"]]
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("rule")
    ap.add_argument("--tact", default=str(ROOT / "target" / "release" / "tact"))
    ap.add_argument("--confirmed", action="store_true", help="also list the raised moments a label confirms")
    ap.add_argument("--sets", default="eval/blind,eval/blind-holdout,eval/blind-holdout2,eval/blind-holdout3,eval/blind-holdout4,eval/blind-holdout5,eval/blind-holdout6,eval/blind-holdout7,eval/blind-holdout8,eval/blind-holdout9,eval/blind-holdout10,eval/blind-holdout11,eval/blind-holdout12,eval/blind-holdout13,eval/blind-holdout14,eval/blind-holdout15,eval/blind-holdout16,eval/blind-holdout17,eval/blind-holdout18")
    a = ap.parse_args()
    counts = collections.defaultdict(lambda: [0, 0, 0, 0])
    for name in a.sets.split(","):
        convs, gold = load(ROOT / name)
        raised = moments(a.tact, convs)
        if a.rule == "all":
            tally(counts, convs, gold, raised)
            continue
        for cid, c in convs.items():
            labels = [g for g in gold.get(cid, []) if g[1] == a.rule]
            mine = [m for m in raised.get(cid, []) if m[1] == a.rule]
            near = lambda t, ts: any(abs(t - u) <= 1 for u in ts)
            for turn, _, note in labels:
                if not near(turn, [m[0] for m in mine]):
                    print(f"MISSED  {name} {cid} [{turn}] ({note})")
                    show(c, turn)
            for turn, _, message in mine:
                if not near(turn, [g[0] for g in labels]):
                    print(f"UNCONFIRMED  {name} {cid} [{turn}] {message}")
                    show(c, turn)
                elif a.confirmed:
                    print(f"CONFIRMED  {name} {cid} [{turn}] {message}")
                    show(c, turn)
    if a.rule == "all":
        print("rule\traised\tconfirmed\tgold\tfound")
        for rule, (r, c, g, f) in sorted(counts.items()):
            print(f"{rule}\t{r}\t{c}\t{g}\t{f}")
        total = [sum(x[i] for x in counts.values()) for i in range(4)]
        print("all\t" + "\t".join(map(str, total)))


def tally(counts, convs, gold, raised):
    """Adds each rule's raised, confirmed, gold and found moments (within one turn) to `counts`."""
    for cid in convs:
        labels, mine = gold.get(cid, []), raised.get(cid, [])
        for rule in {r for _, r, _ in labels} | {r for _, r, _ in mine}:
            g = [t for t, r, _ in labels if r == rule]
            m = [t for t, r, _ in mine if r == rule]
            near = lambda t, ts: any(abs(t - u) <= 1 for u in ts)
            c = counts[rule]
            c[0] += len(m)
            c[1] += sum(near(t, g) for t in m)
            c[2] += len(g)
            c[3] += sum(near(t, m) for t in g)


def show(c, turn):
    for k in range(max(0, turn - 1), min(len(c["turns"]), turn + 2)):
        t = c["turns"][k]
        print(f"    [{k}] {t['role']}: {t['text'][:300]}")


if __name__ == "__main__":
    main()
