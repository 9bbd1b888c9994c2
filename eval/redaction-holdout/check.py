#!/usr/bin/env python3
"""Validate cases.jsonl of the fifth redaction set and print its counts.

    python3 eval/redaction-holdout/check.py [path/to/cases.jsonl]

The validators below are written separately from generate.py.  Exit status 1
when any error is found.
"""
import calendar
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "cases.jsonl")

LANGS = ["en", "it", "el", "ro", "fi"]
ENTITY_TYPES = {"EMAIL", "PHONE", "URL", "IP", "IBAN", "CARD", "IT_CODICE_FISCALE",
                "IT_PARTITA_IVA", "GR_AMKA", "GR_AFM", "RO_CNP", "FI_HETU", "PERSON", "ADDRESS"}
ID_TYPES = {"IBAN", "CARD", "IT_CODICE_FISCALE", "IT_PARTITA_IVA", "GR_AMKA", "GR_AFM",
            "RO_CNP", "FI_HETU"}
DISTRACTOR_TYPES = ID_TYPES | {"URL", "PRICE", "DATE", "TIME", "ORDER_NUMBER", "TRACKING_NUMBER",
                               "PRODUCT_CODE", "INVOICE_NUMBER", "QUANTITY", "YEAR", "VERSION"}
WHY = {"check digit fails", "not personal", "tricky negative"}
EDGE_PUNCT = set(".,;:!?…\"'«»“”„‘’")

# ---------------------------------------------------------------- validators


def is_real_date(year, month, day):
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def luhn(num):
    acc = 0
    double = False
    for ch in num[::-1]:
        v = ord(ch) - 48
        if double:
            v = v * 2 - (9 if v > 4 else 0)
        acc += v
        double = not double
    return acc % 10 == 0


def card_valid(s):
    d = re.sub(r"[ \-]", "", s)
    if not d.isdigit():
        return False
    if len(d) == 16 and (d.startswith("4") or d[:2] in ("51", "52", "53", "54", "55")
                         or 2221 <= int(d[:4]) <= 2720):
        return luhn(d)
    if len(d) == 15 and d[:2] in ("34", "37"):
        return luhn(d)
    return False


IBAN_LENGTHS = dict(IT=27, GR=27, RO=24, FI=18, GB=22, DE=22, FR=27, ES=24, NL=18,
                    BE=16, AT=20, PT=25, IE=22, CH=21)


def iban_valid(s):
    c = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+", c):
        return False
    if IBAN_LENGTHS.get(c[:2]) != len(c):
        return False
    rearranged = c[4:] + c[:4]
    n = 0
    for ch in rearranged:
        n = (n * (100 if ch.isalpha() else 10) + (ord(ch) - 55 if ch.isalpha() else ord(ch) - 48)) % 97
    return n == 1


ODD_VALUES = {}
for _i, _v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
                         16, 10, 22, 25, 24, 23]):
    ODD_VALUES[chr(65 + _i)] = _v
for _i, _v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21]):
    ODD_VALUES[str(_i)] = _v


def cf_valid(s):
    c = s.replace(" ", "").upper()
    if len(c) != 16:
        return False
    omo = "LMNPQRSTUV"
    if not (c[:6].isalpha() and c[8] in "ABCDEHLMPRST" and c[11].isalpha() and c[15].isalpha()):
        return False
    digits = {}
    for p in (6, 7, 9, 10, 12, 13, 14):
        ch = c[p]
        if ch.isdigit():
            digits[p] = ch
        elif ch in omo:
            digits[p] = str(omo.index(ch))
        else:
            return False
    yy = int(digits[6] + digits[7])
    day = int(digits[9] + digits[10])
    if day > 40:
        day -= 40
    month = "ABCDEHLMPRST".index(c[8]) + 1
    if not (is_real_date(1900 + yy, month, day) or is_real_date(2000 + yy, month, day)):
        return False
    total = 0
    for i, ch in enumerate(c[:15]):
        if i % 2 == 0:
            total += ODD_VALUES[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + total % 26) == c[15]


def piva_digits(s):
    c = re.sub(r"[ .\-]", "", s)
    if c[:2].upper() == "IT":
        c = c[2:]
    return c


def piva_valid(s):
    c = piva_digits(s)
    if not (len(c) == 11 and c.isdigit()):
        return False
    office = int(c[7:10])
    if not (1 <= office <= 100 or office in (120, 121)):
        return False
    return int(c[:7]) != 0 and luhn(c)


def six_digit_date(d):
    dd, mm, yy = int(d[:2]), int(d[2:4]), int(d[4:6])
    return is_real_date(1900 + yy, mm, dd) or is_real_date(2000 + yy, mm, dd)


def amka_valid(s):
    c = re.sub(r"[ \-]", "", s)
    return len(c) == 11 and c.isdigit() and six_digit_date(c[:6]) and luhn(c)


def afm_digits(s):
    c = re.sub(r"[ .\-]", "", s)
    if c[:2].upper() == "EL":
        c = c[2:]
    return c


def afm_valid(s):
    c = afm_digits(s)
    if not (len(c) == 9 and c.isdigit()) or c == "0" * 9:
        return False
    acc = 0
    for ch in c[:8]:
        acc = acc * 2 + int(ch)
    acc *= 2  # weights 2^8 .. 2^1
    return (acc % 11) % 10 == int(c[8])


def cnp_valid(s):
    c = re.sub(r"[ \-]", "", s)
    if not (len(c) == 13 and c.isdigit()):
        return False
    sex = int(c[0])
    if sex in (1, 2):
        years = [1900]
    elif sex in (3, 4):
        years = [1800]
    elif sex in (5, 6):
        years = [2000]
    elif sex in (7, 8):
        years = [1900, 2000]
    else:
        return False
    yy, mm, dd = int(c[1:3]), int(c[3:5]), int(c[5:7])
    if not any(is_real_date(b + yy, mm, dd) for b in years):
        return False
    county = int(c[7:9])
    if not (1 <= county <= 46 or county in (51, 52)):
        return False
    if c[9:12] == "000":
        return False
    weights = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
    r = sum(int(a) * b for a, b in zip(c[:12], weights)) % 11
    return (1 if r == 10 else r) == int(c[12])


def hetu_valid(s):
    c = s.upper()
    m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)([-+A-FU-Y])(\d{3})([0-9A-Z])", c)
    if not m:
        return False
    base = {"+": 1800, "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}.get(m.group(4), 1900)
    if not is_real_date(base + int(m.group(3)), int(m.group(2)), int(m.group(1))):
        return False
    ind = int(m.group(5))
    if ind < 2 or ind > 899:
        return False
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(m.group(1) + m.group(2) + m.group(3) + m.group(5)) % 31] == m.group(6)


VALIDATORS = {"CARD": card_valid, "IBAN": iban_valid, "IT_CODICE_FISCALE": cf_valid,
              "IT_PARTITA_IVA": piva_valid, "GR_AMKA": amka_valid, "GR_AFM": afm_valid,
              "RO_CNP": cnp_valid, "FI_HETU": hetu_valid}


def digit_string_hits(d):
    """Every check a bare digit string of this length could pass."""
    hits = []
    n = len(d)
    if n == 9 and afm_valid(d):
        hits.append("GR_AFM")
    if n == 11 and amka_valid(d):
        hits.append("GR_AMKA")
    if n == 11 and piva_valid(d):
        hits.append("IT_PARTITA_IVA")
    if n == 11 and luhn(d):
        hits.append("luhn-11")
    if n == 13 and cnp_valid(d):
        hits.append("RO_CNP")
    if n in (13, 15, 16) and luhn(d):
        hits.append("luhn-%d" % n)
    return hits


# ------------------------------------------------------------------ checks
errors = []


def err(cid, msg):
    errors.append("%s: %s" % (cid, msg))


def byte_to_char(text, b):
    raw = text.encode("utf-8")
    if b < 0 or b > len(raw):
        return None
    try:
        return len(raw[:b].decode("utf-8"))
    except UnicodeDecodeError:
        return None


def balanced(s):
    depth = 0
    for ch in s:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


PHONE_OK = re.compile(r"\+?[0-9 ()./\-]+")
EMAIL_OK = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
EMAIL_SCAN = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
DIGIT_RUN = re.compile(r"[0-9]+(?:[ .\-][0-9]+)*")
CF_SCAN = re.compile(r"(?<![0-9A-Za-z])[A-Za-z]{3} ?[A-Za-z]{3} ?[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z]"
                     r"[0-9LMNPQRSTUVlmnpqrstuv]{2} ?[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z](?![0-9A-Za-z])")
HETU_SCAN = re.compile(r"(?<![0-9A-Za-z])[0-9]{6}[-+A-Fa-fU-Yu-y][0-9]{3}[0-9A-Za-z](?![0-9A-Za-z])")
IBAN_SCAN = re.compile(r"(?<![0-9A-Za-z])[A-Za-z]{2}[0-9]{2}(?: ?[0-9A-Za-z]){8,32}")


def leak_scan(cid, masked):
    for m in EMAIL_SCAN.finditer(masked):
        err(cid, "unmarked e-mail %r" % m.group())
    for m in DIGIT_RUN.finditer(masked):
        groups = re.findall(r"[0-9]+", m.group())
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                d = "".join(groups[i:j + 1])
                hits = digit_string_hits(d)
                if hits:
                    err(cid, "unmarked digit string %s passes %s" % (d, hits))
    for m in CF_SCAN.finditer(masked):
        if cf_valid(m.group()):
            err(cid, "unmarked codice fiscale %r" % m.group())
    for m in HETU_SCAN.finditer(masked):
        if hetu_valid(m.group()):
            err(cid, "unmarked henkilötunnus %r" % m.group())
    for m in IBAN_SCAN.finditer(masked):
        c = m.group().replace(" ", "").upper()
        n = IBAN_LENGTHS.get(c[:2])
        if n and len(c) >= n and iban_valid(c[:n]):
            err(cid, "unmarked IBAN %r" % c[:n])


def main():
    ent_count = collections.Counter()
    dist_count = collections.Counter()
    cat_count = collections.Counter()
    lang_count = collections.Counter()
    pos = neg = 0
    seen_ids, seen_texts = set(), set()
    with open(PATH, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for ln, line in enumerate(lines, 1):
        try:
            rec = json.loads(line)
        except ValueError as e:
            err("line %d" % ln, "bad JSON: %s" % e)
            continue
        cid = rec.get("id", "line %d" % ln)
        if set(rec) != {"id", "lang", "text", "entities", "distractors", "category"}:
            err(cid, "unexpected keys %s" % sorted(rec))
            continue
        lang, text = rec["lang"], rec["text"]
        if lang not in LANGS:
            err(cid, "bad lang")
        if not re.fullmatch(r"(en|it|el|ro|fi)-v\d{3}", cid) or not cid.startswith(lang + "-"):
            err(cid, "bad id")
        if cid in seen_ids:
            err(cid, "duplicate id")
        seen_ids.add(cid)
        if text in seen_texts:
            err(cid, "duplicate text")
        seen_texts.add(text)
        lang_count[lang] += 1
        cat_count[rec["category"]] += 1

        spans = []
        for kind, items in (("entity", rec["entities"]), ("distractor", rec["distractors"])):
            for it in items:
                typ = it.get("type")
                if kind == "entity":
                    if set(it) != {"type", "start", "end"} or typ not in ENTITY_TYPES:
                        err(cid, "bad entity %r" % it)
                        continue
                else:
                    if set(it) != {"type", "start", "end", "why"} or typ not in DISTRACTOR_TYPES \
                            or it["why"] not in WHY:
                        err(cid, "bad distractor %r" % it)
                        continue
                a, b = byte_to_char(text, it["start"]), byte_to_char(text, it["end"])
                if a is None or b is None or not a < b:
                    err(cid, "offsets %d-%d not on UTF-8 boundaries or empty" % (it["start"], it["end"]))
                    continue
                s = text[a:b]
                if s[0].isspace() or s[-1].isspace() or s[0] in EDGE_PUNCT or s[-1] in EDGE_PUNCT:
                    err(cid, "%s span %r starts/ends with space or punctuation" % (typ, s))
                if (s[0] == ")" or s[-1] == "(") or (("(" in s or ")" in s) and not balanced(s)):
                    err(cid, "%s span %r has unbalanced brackets" % (typ, s))
                if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                    err(cid, "%s span %r cuts into a word or number" % (typ, s))
                if a > 1 and text[a - 1] in ".-" and text[a - 2].isdigit():
                    err(cid, "%s span %r continues a number on the left" % (typ, s))
                if b + 1 < len(text) and text[b] in ".-" and text[b + 1].isdigit():
                    err(cid, "%s span %r continues a number on the right" % (typ, s))
                spans.append((a, b, kind, typ, s, it.get("why")))

        spans.sort()
        for x, y in zip(spans, spans[1:]):
            if y[0] < x[1]:
                err(cid, "overlapping spans %r and %r" % (x[4], y[4]))

        for a, b, kind, typ, s, why in spans:
            if kind == "entity":
                ent_count[(typ, lang)] += 1
                if typ in VALIDATORS:
                    if not VALIDATORS[typ](s):
                        err(cid, "%s entity %r fails its check" % (typ, s))
                    for other, fn in VALIDATORS.items():
                        if other != typ and fn(s):
                            err(cid, "%s entity %r also passes %s" % (typ, s, other))
                    if typ == "RO_CNP" and luhn(re.sub(r"[^0-9]", "", s)):
                        err(cid, "CNP %r is also Luhn-valid (card-like)" % s)
                elif typ == "PHONE":
                    d = re.sub(r"[^0-9]", "", s)
                    if not PHONE_OK.fullmatch(s) or not 9 <= len(d) <= 15:
                        err(cid, "bad phone %r" % s)
                    if digit_string_hits(d):
                        err(cid, "phone %r passes an id check %s" % (s, digit_string_hits(d)))
                elif typ == "EMAIL":
                    if not EMAIL_OK.fullmatch(s):
                        err(cid, "bad e-mail %r" % s)
                elif typ == "PERSON":
                    if not re.fullmatch(r"[^\W\d_]+(?:[ '\-][^\W\d_]+)+", s):
                        err(cid, "bad name %r" % s)
                elif typ == "ADDRESS":
                    if not re.search(r"\d", s) or not re.search(r"[^\W\d_]{3,}", s):
                        err(cid, "bad address %r" % s)
            else:
                dist_count[(typ, why)] += 1
                compact = re.sub(r"[ .\-]", "", s)
                if why == "check digit fails":
                    if typ not in VALIDATORS:
                        err(cid, "check-digit distractor of non-id type %s" % typ)
                    elif VALIDATORS[typ](s):
                        err(cid, "%s distractor %r passes its check" % (typ, s))
                    for other, fn in VALIDATORS.items():
                        if fn(s):
                            err(cid, "distractor %r passes %s" % (s, other))
                    for cand in (compact, piva_digits(s), afm_digits(s)):
                        if cand.isdigit() and digit_string_hits(cand):
                            err(cid, "distractor %r passes %s" % (s, digit_string_hits(cand)))
                else:
                    for cand in [compact] + re.findall(r"[0-9]+", s):
                        if cand.isdigit() and digit_string_hits(cand):
                            err(cid, "tricky negative %r passes %s" % (s, digit_string_hits(cand)))

        # leak scan outside the entity spans
        chars = list(text)
        for a, b, kind, typ, s, why in spans:
            if kind == "entity":
                for i in range(a, b):
                    chars[i] = "\u00a6"
        leak_scan(cid, "".join(chars))

        if rec["entities"]:
            pos += 1
        else:
            neg += 1

    total = sum(lang_count.values())
    print("file: %s" % os.path.basename(PATH))
    print("cases: %d  (%s)" % (total, ", ".join("%s %d" % (l, lang_count[l]) for l in LANGS)))
    print("positive texts: %d, texts without personal data: %d (%.0f %%)" % (pos, neg, 100.0 * neg / max(total, 1)))
    print()
    print("entities per type and language")
    print("%-20s" % "type" + "".join("%6s" % l for l in LANGS) + "%6s" % "all")
    types = sorted({t for t, _ in ent_count})
    for t in types:
        row = [ent_count[(t, l)] for l in LANGS]
        print("%-20s" % t + "".join("%6d" % v for v in row) + "%6d" % sum(row))
    row = [sum(ent_count[(t, l)] for t in types) for l in LANGS]
    print("%-20s" % "all" + "".join("%6d" % v for v in row) + "%6d" % sum(row))
    print()
    print("distractors (must NOT be redacted)")
    for (t, why), n in sorted(dist_count.items()):
        print("  %-18s %-18s %4d" % (t, why, n))
    print()
    print("categories")
    for c, n in sorted(cat_count.items()):
        print("  %-24s %4d" % (c, n))
    print()
    if errors:
        for e in errors[:200]:
            print("ERROR", e)
        print("%d errors" % len(errors))
        return 1
    print("OK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
