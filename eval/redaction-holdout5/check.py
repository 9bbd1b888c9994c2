#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate eval/redaction-holdout5/cases.jsonl.

Standalone: it does not import generate.py. Every check-digit rule is written
again here from the published specifications:

  payment cards        Luhn (ISO/IEC 7812-1), 12-19 digits, known IIN first digit
  IBAN                 ISO 13616: country length table, letters A=10..Z=35, mod 97 = 1
  codice fiscale       DM 23/12/1976: odd/even conversion tables, remainder mod 26,
                       omocodia letters LMNPQRSTUV in the digit positions
  partita IVA          DPR 633/1972: 7-digit number, office code, Luhn-style check digit
  AMKA                 DDMMYY + 4 digits + Luhn check digit over the 11 digits
  AFM                  sum(d_i * 2^(9-i)) for i = 1..8, mod 11, mod 10
  CNP                  S YYMMDD JJ NNN C, key 279146358279, mod 11 (10 -> 1)
  henkilötunnus        DDMMYY, century sign, NNN 002-899, DDMMYYNNN mod 31 over
                       0123456789ABCDEFHJKLMNPRSTUVWXY

Checks: JSON shape, unique ids, spans inside the text, on UTF-8 character
boundaries, not overlapping, without surrounding blanks or sentence punctuation;
every identifier entity passes its check; every look-alike fails its own check;
every digit string in a distractor fails every identifier check of its length;
e-mail, phone, name and address spans look like what they claim; nothing valid
is left unmarked. Prints counts; exits 1 on any error.

    python3 eval/redaction-holdout5/check.py [cases.jsonl]
"""

import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "cases.jsonl")
LANGS = ("en", "it", "el", "ro", "fi")
ENTITY_TYPES = ("EMAIL", "PHONE", "URL", "IP", "IBAN", "CARD", "IT_CODICE_FISCALE", "IT_PARTITA_IVA",
                "GR_AMKA", "GR_AFM", "RO_CNP", "FI_HETU", "PERSON", "ADDRESS")
ID_TYPES = ("IBAN", "CARD", "IT_CODICE_FISCALE", "IT_PARTITA_IVA", "GR_AMKA", "GR_AFM", "RO_CNP", "FI_HETU")

ERRORS = []


def err(case_id, msg):
    ERRORS.append("%s: %s" % (case_id, msg))


# ---------------------------------------------------------------------------
# check digits
# ---------------------------------------------------------------------------

def luhn(number):
    """True when the digit string passes the Luhn test."""
    digits = [int(c) for c in number]
    checksum = 0
    double = False
    for d in digits[::-1]:
        if double:
            d = d * 2
            d = d - 9 if d > 9 else d
        checksum += d
        double = not double
    return checksum % 10 == 0


# ISO 13616 registry lengths
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
    "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
    "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
    "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+", s):
        return False
    if IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    moved = s[4:] + s[:4]
    as_number = "".join(str(ord(c) - 55) if c.isalpha() else c for c in moved)
    return int(as_number) % 97 == 1


# codice fiscale conversion tables (odd = 1st, 3rd, ... character)
CF_ODD = {}
for _chars, _val in zip(["0A", "1B", "2C", "3D", "4E", "5F", "6G", "7H", "8I", "9J"],
                        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]):
    for _c in _chars:
        CF_ODD[_c] = _val
CF_ODD.update({"K": 2, "L": 4, "M": 18, "N": 20, "O": 11, "P": 3, "Q": 6, "R": 8, "S": 12, "T": 14,
               "U": 16, "V": 10, "W": 22, "X": 25, "Y": 24, "Z": 23})
CF_EVEN = {}
for _i in range(10):
    CF_EVEN[str(_i)] = _i
for _i in range(26):
    CF_EVEN[chr(ord("A") + _i)] = _i
OMOCODIA = {c: str(i) for i, c in enumerate("LMNPQRSTUV")}
CF_MONTH = "ABCDEHLMPRST"


def cf_check_char(first15):
    total = 0
    for pos, c in enumerate(first15, start=1):
        total += CF_ODD[c] if pos % 2 == 1 else CF_EVEN[c]
    return chr(ord("A") + total % 26)


def cf_ok(s, strict=True):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]", s):
        return False
    if cf_check_char(s[:15]) != s[15]:
        return False
    if not strict:
        return True
    plain = list(s)
    for pos in (6, 7, 9, 10, 12, 13, 14):
        plain[pos] = OMOCODIA.get(plain[pos], plain[pos])
    if s[8] not in CF_MONTH:
        return False
    day = int("".join(plain[9:11]))
    if day > 40:
        day -= 40
    month = CF_MONTH.index(s[8]) + 1
    mdays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return 1 <= day <= mdays


PIVA_OFFICES = set(range(1, 101)) | {120, 121, 888, 999}


def piva_ok(s, strict=True):
    if not re.fullmatch(r"\d{11}", s):
        return False
    odd = sum(int(s[i]) for i in range(0, 10, 2))
    even = 0
    for i in range(1, 10, 2):
        d = int(s[i]) * 2
        even += d - 9 if d > 9 else d
    if (10 - (odd + even) % 10) % 10 != int(s[10]):
        return False
    if not strict:
        return True
    return int(s[7:10]) in PIVA_OFFICES and s[:7] != "0000000"


def date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def amka_ok(s, strict=True):
    if not re.fullmatch(r"\d{11}", s) or not luhn(s):
        return False
    if not strict:
        return True
    d, m, yy = int(s[0:2]), int(s[2:4]), int(s[4:6])
    return date_ok(1900 + yy, m, d) or date_ok(2000 + yy, m, d)


def afm_ok(s):
    if not re.fullmatch(r"\d{9}", s) or s == "000000000":
        return False
    total = sum(int(s[i]) * 2 ** (8 - i) for i in range(8))
    return total % 11 % 10 == int(s[8])


def cnp_ok(s, strict=True):
    if not re.fullmatch(r"\d{13}", s):
        return False
    key = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
    r = sum(int(a) * b for a, b in zip(s[:12], key)) % 11
    if (1 if r == 10 else r) != int(s[12]):
        return False
    if not strict:
        return True
    sex = int(s[0])
    if sex == 0:
        return False
    yy, mm, dd = int(s[1:3]), int(s[3:5]), int(s[5:7])
    centuries = {1: [1900], 2: [1900], 3: [1800], 4: [1800], 5: [2000], 6: [2000],
                 7: [1900, 2000], 8: [1900, 2000], 9: [1900, 2000]}[sex]
    if not any(date_ok(c + yy, mm, dd) for c in centuries):
        return False
    county = int(s[7:9])
    if not (1 <= county <= 46 or county in (51, 52)):
        return False
    return s[9:12] != "000"


HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
HETU_CENTURY = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
                "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}
HETU_PATTERN = re.compile(r"(\d\d)(\d\d)(\d\d)([-+A-FU-Y])(\d\d\d)([0-9A-Y])")


def hetu_ok(s, strict=True):
    m = HETU_PATTERN.fullmatch(s.upper())
    if not m:
        return False
    dd, mm, yy, sign, nnn, chk = m.groups()
    if HETU_CHARS[int(dd + mm + yy + nnn) % 31] != chk:
        return False
    if not strict:
        return True
    return date_ok(HETU_CENTURY[sign] + int(yy), int(mm), int(dd)) and 2 <= int(nnn) <= 899


CARD_FIRST = "2345689"


def normalize(t, text):
    if t == "FI_HETU":
        return re.sub(r"\s", "", text).upper()
    s = re.sub(r"[^0-9A-Za-z]", "", text).upper()
    if t == "GR_AFM" and (s.startswith("EL") or s.startswith("GR")):
        s = s[2:]
    if t == "IT_PARTITA_IVA" and s.startswith("IT"):
        s = s[2:]
    return s


def id_valid(t, text, strict=True):
    s = normalize(t, text)
    if t == "CARD":
        return s.isdigit() and 12 <= len(s) <= 19 and luhn(s) and (s[0] in CARD_FIRST or not strict)
    if t == "IBAN":
        return iban_ok(s)
    if t == "IT_CODICE_FISCALE":
        return cf_ok(s, strict)
    if t == "IT_PARTITA_IVA":
        return piva_ok(s, strict)
    if t == "GR_AMKA":
        return amka_ok(s, strict)
    if t == "GR_AFM":
        return afm_ok(s)
    if t == "RO_CNP":
        return cnp_ok(s, strict)
    if t == "FI_HETU":
        return hetu_ok(s, strict)
    raise KeyError(t)


# ---------------------------------------------------------------------------
# digit strings and the checks that apply to their length
# ---------------------------------------------------------------------------

SEQ = re.compile(r"\d(?:[ \-./]{0,3}\d)*")


def digit_strings(text):
    found = [re.sub(r"\D", "", m.group()) for m in SEQ.finditer(text)]
    found += re.findall(r"\d+", text)
    return found


def checks_passed(d):
    """Names of the identifier checks (checksum only) that digit string d passes."""
    hits = []
    n = len(d)
    if n == 9 and afm_ok(d):
        hits.append("GR_AFM")
    if n == 11 and luhn(d):
        hits.append("GR_AMKA/IT_PARTITA_IVA (Luhn)")
    if n == 13 and cnp_ok(d, strict=False):
        hits.append("RO_CNP")
    if 12 <= n <= 19 and luhn(d):
        hits.append("CARD (Luhn)")
    return hits


def alnum_hits(text):
    hits = []
    compact = re.sub(r"[^0-9A-Za-z]", "", text).upper()
    for m in re.finditer(r"(?=([A-Z]{2}\d{2}[A-Z0-9]{10,30}))", compact):
        for end in range(len(m.group(1)), 14, -1):
            if iban_ok(m.group(1)[:end]):
                hits.append("IBAN")
                break
    nospace = re.sub(r"\s", "", text).upper()
    for m in re.finditer(r"(?=([A-Z]{6}[0-9A-Z]{10}))", nospace):
        if cf_ok(m.group(1), strict=False):
            hits.append("IT_CODICE_FISCALE")
    for m in re.finditer(r"(?=(\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]))", text.upper()):
        if hetu_ok(m.group(1), strict=False):
            hits.append("FI_HETU")
    return hits


# ---------------------------------------------------------------------------
# shapes of the other entity types
# ---------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
PHONE_CHARS = re.compile(r"[0-9 +()\-./]+")
NAME_RE = re.compile(r"[^\W\d_][^\W\d_'’ .-]*(?:[ '’.-]+[^\W\d_][^\W\d_'’.-]*)*")


def shape_ok(t, s):
    if t == "EMAIL":
        return bool(EMAIL_RE.fullmatch(s))
    if t == "PHONE":
        n = len(re.sub(r"\D", "", s))
        return bool(PHONE_CHARS.fullmatch(s)) and 8 <= n <= 15
    if t == "PERSON":
        return bool(NAME_RE.fullmatch(s))
    if t == "ADDRESS":
        return bool(re.search(r"\d", s)) and bool(re.search(r"[^\W\d_]{3,}", s))
    return True


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def span_text(b, span):
    return b[span["start"]:span["end"]].decode("utf-8")


def on_boundary(b, i):
    return i == len(b) or (b[i] & 0xC0) != 0x80


def main():
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                err("line %d" % n, "empty line")
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("line %d" % n, "bad JSON: %s" % e)
    seen = set()
    ent_counts = {}
    cat_counts = {}
    dist_counts = {}
    lang_counts = {l: 0 for l in LANGS}
    positive = 0
    lookalikes = 0
    for r in rows:
        cid = r.get("id", "?")
        if sorted(r) != ["category", "distractors", "entities", "id", "lang", "text"]:
            err(cid, "unexpected keys %s" % sorted(r))
            continue
        if cid in seen:
            err(cid, "duplicate id")
        seen.add(cid)
        if r["lang"] not in LANGS or not re.fullmatch(r"%s-z\d{3}" % r["lang"], cid):
            err(cid, "bad lang or id")
        lang_counts[r["lang"]] = lang_counts.get(r["lang"], 0) + 1
        text = r["text"]
        b = text.encode("utf-8")
        spans = []
        good = set()
        for kind in ("entities", "distractors"):
            for sp in r[kind]:
                if not isinstance(sp.get("start"), int) or not isinstance(sp.get("end"), int):
                    err(cid, "span without integer offsets")
                    continue
                if not (0 <= sp["start"] < sp["end"] <= len(b)):
                    err(cid, "span out of range %r" % sp)
                    continue
                if not (on_boundary(b, sp["start"]) and on_boundary(b, sp["end"])):
                    err(cid, "span not on a character boundary %r" % sp)
                    continue
                if kind == "entities" and sorted(sp) != ["end", "start", "type"]:
                    err(cid, "entity keys %r" % sp)
                if kind == "distractors" and sorted(sp) != ["end", "start", "type", "why"]:
                    err(cid, "distractor keys %r" % sp)
                spans.append((sp["start"], sp["end"], kind, sp))
                good.add(id(sp))
        spans.sort(key=lambda x: (x[0], x[1]))
        for a, c in zip(spans, spans[1:]):
            if c[0] < a[1]:
                err(cid, "overlapping spans %r %r" % (a[3], c[3]))
        for start, end, kind, sp in spans:
            s = span_text(b, sp)
            if s != s.strip():
                err(cid, "span has surrounding blanks %r" % s)
            if s[0] in ",;:!?" or s[-1] in ",;:!?" or (kind == "entities" and s[-1] == "."):
                err(cid, "span carries sentence punctuation %r" % s)
        # entities
        for sp in r["entities"]:
            if id(sp) not in good:
                continue
            t = sp["type"]
            s = span_text(b, sp)
            ent_counts[(t, r["lang"])] = ent_counts.get((t, r["lang"]), 0) + 1
            if t not in ENTITY_TYPES:
                err(cid, "unknown entity type %s" % t)
            elif t in ID_TYPES:
                if not id_valid(t, s):
                    err(cid, "%s entity fails its check: %r" % (t, s))
            elif not shape_ok(t, s):
                err(cid, "%s entity has the wrong shape: %r" % (t, s))
        # distractors
        for sp in r["distractors"]:
            if id(sp) not in good:
                continue
            t, why = sp.get("type"), sp.get("why")
            s = span_text(b, sp)
            dist_counts[(t, why)] = dist_counts.get((t, why), 0) + 1
            if why == "check digit fails":
                lookalikes += 1
                if t not in ID_TYPES:
                    err(cid, "look-alike of a non-identifier type %s" % t)
                elif id_valid(t, s, strict=False):
                    err(cid, "look-alike %s passes its check: %r" % (t, s))
            elif why not in ("tricky negative", "not personal"):
                err(cid, "unknown why %r" % why)
            for d in digit_strings(s):
                hits = checks_passed(d)
                if hits:
                    err(cid, "digit string %s in distractor %r passes %s" % (d, s, ", ".join(hits)))
            hits = alnum_hits(s)
            if hits:
                err(cid, "distractor %r passes %s" % (s, ", ".join(hits)))
        # nothing valid left outside the marked spans
        pieces, pos = [], 0
        for start, end, kind, sp in spans:
            pieces.append(b[pos:start].decode("utf-8"))
            pos = max(pos, end)
        pieces.append(b[pos:].decode("utf-8"))
        for piece in pieces:
            for m in EMAIL_RE.finditer(piece):
                err(cid, "unmarked e-mail %r" % m.group())
            for d in digit_strings(piece):
                hits = checks_passed(d)
                if hits:
                    err(cid, "unmarked digit string %s passes %s" % (d, ", ".join(hits)))
            hits = alnum_hits(piece)
            if hits:
                err(cid, "unmarked text passes %s: %r" % (", ".join(hits), piece))
            if len(re.sub(r"\D", "", piece)) >= 8 and re.search(r"\+\d|\d{3}[ .-]?\d{3}[ .-]?\d{3,4}", piece):
                err(cid, "unmarked phone-like number in %r" % piece)
        cat = r["category"]
        cat_counts[(cat, r["lang"])] = cat_counts.get((cat, r["lang"]), 0) + 1
        if r["entities"]:
            positive += 1

    # ---- report
    print("file: %s" % os.path.basename(PATH))
    print("cases: %d  (%s)" % (len(rows), ", ".join("%s %d" % (l, lang_counts.get(l, 0)) for l in LANGS)))
    print("positive cases: %d, cases without personal data: %d" % (positive, len(rows) - positive))
    print()
    print("entities per type and language")
    header = "%-20s" % "type" + "".join("%6s" % l for l in LANGS) + "%7s" % "all"
    print(header)
    types = sorted(set(t for t, _ in ent_counts))
    col = {l: 0 for l in LANGS}
    for t in types:
        row = [ent_counts.get((t, l), 0) for l in LANGS]
        for l, v in zip(LANGS, row):
            col[l] += v
        print("%-20s" % t + "".join("%6d" % v for v in row) + "%7d" % sum(row))
    print("%-20s" % "all" + "".join("%6d" % col[l] for l in LANGS) + "%7d" % sum(col.values()))
    print()
    print("cases per category and language")
    print("%-20s" % "category" + "".join("%6s" % l for l in LANGS) + "%7s" % "all")
    for c in sorted(set(c for c, _ in cat_counts)):
        row = [cat_counts.get((c, l), 0) for l in LANGS]
        print("%-20s" % c + "".join("%6d" % v for v in row) + "%7d" % sum(row))
    print()
    print("distractors (must NOT be redacted)")
    for (t, why) in sorted(dist_counts):
        print("  %-18s %-18s %5d" % (t, why, dist_counts[(t, why)]))
    tricky = sum(v for (t, w), v in dist_counts.items() if w == "tricky negative")
    print("  look-alikes (check digit fails): %d, tricky negatives: %d, all distractors: %d"
          % (lookalikes, tricky, sum(dist_counts.values())))
    print()
    if ERRORS:
        for e in ERRORS[:200]:
            print("ERROR " + e)
        print("%d error(s)" % len(ERRORS))
        sys.exit(1)
    print("OK: no errors")


if __name__ == "__main__":
    main()
