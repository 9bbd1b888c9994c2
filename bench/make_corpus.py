#!/usr/bin/env python3
"""Writes SIZE_MB of JSONL made of the bundled samples (five languages) repeated with fresh ids.

    make_corpus.py SAMPLES_DIR OUT.jsonl SIZE_MB

Prints "N conversations, T turns, X MB". Used by bench/streaming.sh and bench/report.sh.
"""
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
