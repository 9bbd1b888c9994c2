#!/usr/bin/env python3
"""Validate eval/redaction-dev3/cases.jsonl and print its counts.

Python 3 standard library only.  The validators below are written again,
separately from generate.py, so that a slip in one is caught by the other.
Exit status 1 when anything is wrong.
"""

import ipaddress
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "cases.jsonl")

LANGS = ["en", "it", "el", "ro", "fi"]
ENTITY_TYPES = ["EMAIL", "PHONE", "URL", "IP", "IBAN", "CARD", "IT_CODICE_FISCALE", "IT_PARTITA_IVA", "GR_AMKA",
                "GR_AFM", "RO_CNP", "FI_HETU", "PERSON", "ADDRESS"]
ID_TYPES = ["IBAN", "CARD", "IT_CODICE_FISCALE", "IT_PARTITA_IVA", "GR_AMKA", "GR_AFM", "RO_CNP", "FI_HETU"]
TRICKY_TYPES = ["PRICE", "DATE", "TIME", "OPENING_HOURS", "ORDER_NUMBER", "TRACKING_NUMBER", "INVOICE_NUMBER",
                "TICKET_NUMBER", "PRODUCT_CODE", "POSTCODE", "QUANTITY", "YEAR", "PERCENT", "SORT_CODE", "BIC",
                "VERSION", "NAME_LIKE", "CARD_LAST4", "CARD", "IBAN"]
WHYS = {"check digit fails", "tricky negative", "not personal"}
EDGE_BAD = set(" \t\n\r.,;:!?…\"«»“”„")
PER_LANG = 110

errors = []


def err(case_id, msg):
    errors.append(f"{case_id}: {msg}")


# ------------------------------------------------------------------ checks

def luhn(d):
    s = 0
    for i, c in enumerate(d[::-1]):
        n = int(c) * (2 if i % 2 else 1)
        s += n - 9 if n > 9 else n
    return s % 10 == 0


def valid_date(dd, mm, yyyy):
    if not (1 <= mm <= 12 and dd >= 1):
        return False
    mdays = [31, 29 if (yyyy % 4 == 0 and (yyyy % 100 != 0 or yyyy % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return dd <= mdays[mm - 1]


def card_valid(v):
    d = re.sub(r"[ -]", "", v)
    return d.isdigit() and 13 <= len(d) <= 19 and luhn(d)


IBAN_LENGTHS = {"IT": 27, "GR": 27, "RO": 24, "FI": 18, "GB": 22, "DE": 22, "FR": 27, "ES": 24, "NL": 18, "IE": 22}


def iban_mod97(s):
    t = s[4:] + s[:4]
    n = ""
    for c in t:
        if c.isdigit():
            n += c
        elif "A" <= c <= "Z":
            n += str(ord(c) - 55)
        else:
            return -1
    return int(n) % 97


def iban_valid(v):
    s = v.replace(" ", "").upper()
    return (len(s) >= 4 and s[:2] in IBAN_LENGTHS and len(s) == IBAN_LENGTHS[s[:2]]
            and s[2:4].isdigit() and iban_mod97(s) == 1)


ODD_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
OMO = "LMNPQRSTUV"


def cf_value(c, odd):
    idx = int(c) if c.isdigit() else ord(c) - ord("A")
    return ODD_VALUES[idx] if odd else idx


def cf_valid(v):
    s = v.upper()
    if not re.fullmatch(r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]", s):
        return False

    def num(chunk):
        return int("".join(str(OMO.index(c)) if c in OMO else c for c in chunk))

    day = num(s[9:11])
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return False
    total = sum(cf_value(c, i % 2 == 0) for i, c in enumerate(s[:15]))
    return chr(ord("A") + total % 26) == s[15]


def piva_valid(v):
    d = v[2:] if v.upper().startswith("IT") else v
    if not (d.isdigit() and len(d) == 11):
        return False
    office = int(d[7:10])
    return (1 <= office <= 100 or office in (120, 121, 888, 999)) and luhn(d)


def amka_valid(v):
    if not (v.isdigit() and len(v) == 11):
        return False
    dd, mm, yy = int(v[0:2]), int(v[2:4]), int(v[4:6])
    return valid_date(dd, mm, 1900 + yy) and luhn(v)


def afm_valid(v):
    d = v[2:] if v.upper().startswith("EL") else v
    if not (d.isdigit() and len(d) == 9):
        return False
    total = 0
    for i in range(8):
        total += int(d[i]) << (8 - i)
    return (total % 11) % 10 == int(d[8])


def cnp_valid(v):
    if not (v.isdigit() and len(v) == 13) or v[0] == "0":
        return False
    century = {"1": 1900, "2": 1900, "3": 1800, "4": 1800, "5": 2000, "6": 2000, "7": 1900, "8": 1900, "9": 1900}[v[0]]
    if not valid_date(int(v[5:7]), int(v[3:5]), century + int(v[1:3])):
        return False
    county = int(v[7:9])
    if not (1 <= county <= 46 or county in (51, 52)):
        return False
    w = "279146358279"
    r = sum(int(a) * int(b) for a, b in zip(v[:12], w)) % 11
    return (1 if r == 10 else r) == int(v[12])


HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
HETU_CENTURY = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
                "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}


def hetu_valid(v):
    m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)([-+ABCDEFUVWXY])(\d{3})([0-9A-Y])", v)
    if not m:
        return False
    dd, mm, yy, sign, nnn, chk = m.groups()
    if not valid_date(int(dd), int(mm), HETU_CENTURY[sign] + int(yy)):
        return False
    if not (2 <= int(nnn) <= 899):
        return False
    return HETU_CHARS[int(dd + mm + yy + nnn) % 31] == chk


VALIDATORS = {"CARD": card_valid, "IBAN": iban_valid, "IT_CODICE_FISCALE": cf_valid, "IT_PARTITA_IVA": piva_valid,
              "GR_AMKA": amka_valid, "GR_AFM": afm_valid, "RO_CNP": cnp_valid, "FI_HETU": hetu_valid}


def digit_checks_passed(d):
    """Every id check a bare digit string of this length could be taken for."""
    out = []
    n = len(d)
    if n == 9 and afm_valid(d):
        out.append("AFM")
    if n == 11 and luhn(d):
        out.append("AMKA/partita IVA (Luhn)")
    if n == 13 and cnp_valid(d):
        out.append("CNP")
    if 12 <= n <= 19 and luhn(d):
        out.append("card (Luhn)")
    return out


# ------------------------------------------------------------------ shapes

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
PHONE_RE = re.compile(r"[+(]{0,2}[0-9][0-9 ().\-/]*[0-9]")
PERSON_RE = re.compile(r"[^\W\d_]+(?:[ '.\-]+[^\W\d_]+)*\.?", re.U)


def shape_ok(typ, v):
    if typ == "EMAIL":
        return bool(EMAIL_RE.fullmatch(v))
    if typ == "PHONE":
        nd = sum(c.isdigit() for c in v)
        return bool(PHONE_RE.fullmatch(v)) and 9 <= nd <= 15
    if typ == "IP":
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    if typ == "URL":
        return bool(re.fullmatch(r"(https?://|www\.)\S+", v)) and "@" not in v.replace("/@", "/")
    if typ == "PERSON":
        return bool(PERSON_RE.fullmatch(v))
    if typ == "ADDRESS":
        return any(c.isdigit() for c in v) and any(c.isalpha() for c in v)
    return True


# ------------------------------------------------------------------ leak scan

def leak_scan(case_id, text_outside):
    for m in EMAIL_RE.finditer(text_outside):
        err(case_id, f"unmarked e-mail {m.group(0)!r}")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b", text_outside):
        if iban_valid(m.group(0)):
            err(case_id, f"unmarked IBAN {m.group(0)!r}")
    for m in re.finditer(r"\b[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z]\b", text_outside):
        if cf_valid(m.group(0)):
            err(case_id, f"unmarked codice fiscale {m.group(0)!r}")
    for m in re.finditer(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]", text_outside):
        if hetu_valid(m.group(0)):
            err(case_id, f"unmarked henkilötunnus {m.group(0)!r}")
    for m in re.finditer(r"\d(?:[ -]?\d){12,18}", text_outside):
        d = re.sub(r"\D", "", m.group(0))
        if luhn(d):
            err(case_id, f"unmarked Luhn-valid number {m.group(0)!r}")
    for m in re.finditer(r"\d+", text_outside):
        if digit_checks_passed(m.group(0)):
            err(case_id, f"unmarked digit run {m.group(0)!r} passes {digit_checks_passed(m.group(0))}")


# ------------------------------------------------------------------ main

def main():
    ids, texts = set(), set()
    ent_counts = defaultdict(Counter)
    dist_counts = Counter()
    cat_counts = defaultdict(Counter)
    lang_counts = Counter()
    no_pii = Counter()
    n = 0
    with open(PATH, encoding="utf-8") as fh:
        raw = fh.read()
    if not raw.endswith("\n") or "\r" in raw:
        errors.append("file: must use \\n line endings and end with a newline")
    for lineno, line in enumerate(raw.splitlines(), 1):
        n += 1
        try:
            c = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {lineno}: bad JSON: {e}")
            continue
        cid = c.get("id", f"line {lineno}")
        if list(c.keys()) != ["id", "lang", "text", "entities", "distractors", "category"]:
            err(cid, f"keys {list(c.keys())}")
            continue
        if cid in ids:
            err(cid, "duplicate id")
        ids.add(cid)
        lang = c["lang"]
        if lang not in LANGS or not re.fullmatch(lang + r"-t\d{3}", cid):
            err(cid, f"bad id/lang {lang}")
        lang_counts[lang] += 1
        text = c["text"]
        if text in texts:
            err(cid, "duplicate text")
        texts.add(text)
        b = text.encode("utf-8")
        spans = []
        for kind in ("entities", "distractors"):
            for s in c[kind]:
                st, en, typ = s.get("start"), s.get("end"), s.get("type")
                if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(b)):
                    err(cid, f"{kind} span out of range {s}")
                    continue
                if (st < len(b) and 0x80 <= b[st] <= 0xBF) or (en < len(b) and 0x80 <= b[en] <= 0xBF):
                    err(cid, f"span {st}-{en} not on a UTF-8 character boundary")
                    continue
                v = b[st:en].decode("utf-8")
                if v[0] in EDGE_BAD or v[-1] in EDGE_BAD:
                    err(cid, f"span {v!r} starts or ends with space/punctuation")
                spans.append((st, en, kind, typ, v))
                if kind == "entities":
                    if set(s) != {"type", "start", "end"}:
                        err(cid, f"entity keys {sorted(s)}")
                    if typ not in ENTITY_TYPES:
                        err(cid, f"entity type {typ}")
                        continue
                    if typ in VALIDATORS and not VALIDATORS[typ](v):
                        err(cid, f"{typ} {v!r} fails its check")
                    if not shape_ok(typ, v):
                        err(cid, f"{typ} {v!r} has the wrong shape")
                    ent_counts[typ][lang] += 1
                else:
                    why = s.get("why")
                    if set(s) != {"type", "start", "end", "why"} or why not in WHYS:
                        err(cid, f"distractor {s}")
                        continue
                    dist_counts[(typ, why)] += 1
                    if why == "check digit fails":
                        if typ not in VALIDATORS:
                            err(cid, f"check-digit distractor of type {typ}")
                        elif VALIDATORS[typ](v):
                            err(cid, f"{typ} distractor {v!r} passes its check")
                        bare = re.sub(r"^(IT|EL)", "", re.sub(r"[ -]", "", v))
                        if bare.isdigit() and digit_checks_passed(bare):
                            err(cid, f"{typ} distractor {v!r} passes {digit_checks_passed(bare)}")
                    elif why == "not personal":
                        if typ != "URL" or not shape_ok("URL", v):
                            err(cid, f"not-personal distractor {s}")
                    else:
                        if typ not in TRICKY_TYPES:
                            err(cid, f"tricky negative of type {typ}")
                        if typ in ("CARD", "IBAN") and VALIDATORS[typ](v):
                            err(cid, f"tricky {typ} {v!r} passes its check")
                        joined = re.sub(r"(?<=\d)[ -](?=\d)", "", v)
                        for run in set(re.findall(r"\d+", v) + re.findall(r"\d+", joined)):
                            if digit_checks_passed(run):
                                err(cid, f"tricky negative {v!r}: digit run {run} passes {digit_checks_passed(run)}")
        spans.sort()
        for a, bb in zip(spans, spans[1:]):
            if bb[0] < a[1]:
                err(cid, f"overlapping spans {a[4]!r} and {bb[4]!r}")
        # leak scan over what lies outside every span
        outside, last = [], 0
        for st, en, *_ in spans:
            outside.append(b[last:st].decode("utf-8", "replace"))
            outside.append(" \u2063 ")
            last = max(last, en)
        outside.append(b[last:].decode("utf-8", "replace"))
        leak_scan(cid, "".join(outside))
        cat_counts[c["category"]][lang] += 1
        if not c["entities"]:
            no_pii[lang] += 1
    for lang in LANGS:
        if lang_counts[lang] != PER_LANG:
            errors.append(f"{lang}: {lang_counts[lang]} cases, expected {PER_LANG}")

    print(f"file: {os.path.basename(PATH)}")
    print(f"cases: {n}  (" + ", ".join(f"{l} {lang_counts[l]}" for l in LANGS) + ")")
    tot_neg = sum(no_pii.values())
    print(f"with personal data: {n - tot_neg}, without any: {tot_neg} ({100 * tot_neg / max(n, 1):.0f} %)  ("
          + ", ".join(f"{l} {no_pii[l]}" for l in LANGS) + ")")
    print()
    print("entities per type and language")
    print(f"{'type':20s}" + "".join(f"{l:>6s}" for l in LANGS) + f"{'all':>6s}")
    for t in ENTITY_TYPES:
        row = ent_counts[t]
        print(f"{t:20s}" + "".join(f"{row[l]:6d}" for l in LANGS) + f"{sum(row.values()):6d}")
    print(f"{'all':20s}" + "".join(f"{sum(ent_counts[t][l] for t in ENTITY_TYPES):6d}" for l in LANGS)
          + f"{sum(sum(r.values()) for r in ent_counts.values()):6d}")
    print()
    print("distractors (must NOT be redacted)")
    for (t, why), k in sorted(dist_counts.items()):
        print(f"  {t:18s} {why:18s} {k:4d}")
    print(f"  {'all':18s} {'':18s} {sum(dist_counts.values()):4d}")
    print()
    print("categories")
    print(f"{'category':14s}" + "".join(f"{l:>6s}" for l in LANGS) + f"{'all':>6s}")
    for cat in sorted(cat_counts):
        row = cat_counts[cat]
        print(f"{cat:14s}" + "".join(f"{row[l]:6d}" for l in LANGS) + f"{sum(row.values()):6d}")
    print()
    if errors:
        for e in errors[:200]:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK: no errors")


if __name__ == "__main__":
    main()
