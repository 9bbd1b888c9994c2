#!/usr/bin/env python3
"""Validate eval/redaction-dev2/cases.jsonl and print its counts.

Standard library only.  Exit status 0 when no error is found, 1 otherwise.

    python3 eval/redaction-dev2/check.py [path/to/cases.jsonl]

The validators here are written separately from generate.py's, from the
public specifications.
"""

import ipaddress
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import date

LANGS = ["en", "it", "el", "ro", "fi"]
ENTITY_TYPES = ["ADDRESS", "CARD", "EMAIL", "FI_HETU", "GR_AFM", "GR_AMKA", "IBAN", "IP",
                "IT_CODICE_FISCALE", "IT_PARTITA_IVA", "PERSON", "PHONE", "RO_CNP", "URL"]
ID_TYPES = {"CARD", "IBAN", "IT_CODICE_FISCALE", "IT_PARTITA_IVA", "GR_AMKA", "GR_AFM", "RO_CNP", "FI_HETU"}
NEG_TYPES = {"PRICE", "DATE", "TIME", "ORDER_NUMBER", "TRACKING_NUMBER", "PRODUCT_CODE", "INVOICE_NUMBER",
             "QUANTITY", "YEAR", "VERSION", "POSTCODE", "PERCENT", "NAME_LIKE", "BIC"}
WHYS = {"check digit fails", "tricky negative", "not personal"}


# --- checks -----------------------------------------------------------------

def is_date(y, m, d):
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def luhn(num):
    total = 0
    for pos, ch in enumerate(num[::-1]):
        v = int(ch) * (2 if pos % 2 else 1)
        total += v // 10 + v % 10
    return total % 10 == 0


def check_card(s):
    d = re.sub(r"[ -]", "", s)
    if not d.isdigit() or not luhn(d):
        return False
    if len(d) == 15:
        return d[:2] in ("34", "37")
    if len(d) == 16:
        return d[0] == "4" or 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720
    return False


def card_shape(s):
    d = re.sub(r"[ -]", "", s)
    return d.isdigit() and len(d) in (15, 16)


IBAN_LENGTHS = {"IT": 27, "GR": 27, "RO": 24, "FI": 18, "GB": 22, "DE": 22, "FR": 27, "ES": 24,
                "NL": 18, "BE": 16, "PT": 25, "AT": 20}


def iban_norm(s):
    return s.replace(" ", "").upper()


def iban_mod97(s):
    moved = s[4:] + s[:4]
    num = ""
    for ch in moved:
        num += ch if ch.isdigit() else str(ord(ch) - 55)
    return int(num) % 97


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def odd_even_letter(s):
    """Check character used by the codice fiscale and by the Italian CIN."""
    total = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        total += ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def check_iban(s):
    n = iban_norm(s)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", n):
        return False
    if IBAN_LENGTHS.get(n[:2]) != len(n) or iban_mod97(n) != 1:
        return False
    bban = n[4:]
    if n[:2] == "IT" and odd_even_letter(bban[1:]) != bban[0]:
        return False
    if n[:2] == "FI" and not luhn(bban):
        return False
    if n[:2] == "BE" and (int(bban[:10]) % 97 or 97) != int(bban[10:]):
        return False
    return True


def iban_shape(s):
    n = iban_norm(s)
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", n)) and n[:2] in IBAN_LENGTHS and \
        IBAN_LENGTHS[n[:2]] == len(n)


CF_SHAPE = re.compile(r"[A-Z]{6}[\dLMNPQRSTUV]{2}[ABCDEHLMPRST][\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{3}[A-Z]")
OMO = {c: str(i) for i, c in enumerate("LMNPQRSTUV")}


def cf_norm(s):
    return s.replace(" ", "").upper()


def check_cf(s):
    c = cf_norm(s)
    if not CF_SHAPE.fullmatch(c):
        return False
    day = int("".join(OMO.get(ch, ch) for ch in c[9:11]))
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return False
    return odd_even_letter(c[:15]) == c[15]


def piva_digits(s):
    return s[2:] if s.upper().startswith("IT") else s


def check_piva(s):
    d = piva_digits(s)
    if not re.fullmatch(r"\d{11}", d):
        return False
    office = int(d[7:10])
    return (1 <= office <= 100 or office in (120, 121)) and luhn(d)


def check_amka(s):
    if not re.fullmatch(r"\d{11}", s):
        return False
    dd, mm, yy = int(s[:2]), int(s[2:4]), int(s[4:6])
    if not (is_date(1900 + yy, mm, dd) or is_date(2000 + yy, mm, dd)):
        return False
    return luhn(s)


def afm_digits(s):
    s = s.replace(" ", "")
    return s[2:] if s.upper().startswith("EL") else s


def check_afm(s):
    d = afm_digits(s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    total = sum(int(d[i]) << (8 - i) for i in range(8))
    return total % 11 % 10 == int(d[8])


def check_cnp(s):
    if not re.fullmatch(r"\d{13}", s) or s[0] == "0":
        return False
    centuries = {"1": (1900,), "2": (1900,), "3": (1800,), "4": (1800,), "5": (2000,), "6": (2000,)}
    yy, mm, dd = int(s[1:3]), int(s[3:5]), int(s[5:7])
    if not any(is_date(c + yy, mm, dd) for c in centuries.get(s[0], (1900, 2000))):
        return False
    county = int(s[7:9])
    if not (1 <= county <= 46 or county in (51, 52)) or s[9:12] == "000":
        return False
    r = sum(int(a) * int(b) for a, b in zip(s[:12], "279146358279")) % 11
    return (1 if r == 10 else r) == int(s[12])


HETU_SHAPE = re.compile(r"(\d\d)(\d\d)(\d\d)([-+ABCDEFUVWXY])(\d\d\d)([0-9A-Y])")


def check_hetu(s):
    m = HETU_SHAPE.fullmatch(s.upper())
    if not m:
        return False
    dd, mm, yy, sign, nnn, c = m.groups()
    century = 1800 if sign == "+" else 1900 if sign in "-UVWXY" else 2000
    if not is_date(century + int(yy), int(mm), int(dd)) or not 2 <= int(nnn) <= 899:
        return False
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(dd + mm + yy + nnn) % 31] == c


CHECKS = {"CARD": check_card, "IBAN": check_iban, "IT_CODICE_FISCALE": check_cf,
          "IT_PARTITA_IVA": check_piva, "GR_AMKA": check_amka, "GR_AFM": check_afm,
          "RO_CNP": check_cnp, "FI_HETU": check_hetu}


def shape_ok(t, s):
    """Does a look-alike have the shape of the type it imitates?"""
    if t == "CARD":
        return card_shape(s)
    if t == "IBAN":
        return iban_shape(s)
    if t == "IT_CODICE_FISCALE":
        return bool(CF_SHAPE.fullmatch(cf_norm(s)))
    if t == "IT_PARTITA_IVA":
        return bool(re.fullmatch(r"\d{11}", piva_digits(s)))
    if t == "GR_AMKA":
        return bool(re.fullmatch(r"\d{11}", s))
    if t == "GR_AFM":
        return bool(re.fullmatch(r"\d{9}", afm_digits(s)))
    if t == "RO_CNP":
        return bool(re.fullmatch(r"\d{13}", s))
    if t == "FI_HETU":
        return bool(HETU_SHAPE.fullmatch(s.upper()))
    return False


def digit_string_passes(d):
    """Id checks (by length) that a bare digit string passes."""
    hits = []
    if len(d) == 9 and check_afm(d):
        hits.append("GR_AFM")
    if len(d) == 11:
        if check_amka(d):
            hits.append("GR_AMKA")
        if check_piva(d):
            hits.append("IT_PARTITA_IVA")
    if len(d) == 13 and check_cnp(d):
        hits.append("RO_CNP")
    if 11 <= len(d) <= 19 and luhn(d):
        hits.append("Luhn")
    return hits


def piece_passes(s):
    """Id checks passed by any part of a piece of text that must not be redacted."""
    hits = []
    runs = re.findall(r"\d+", s)
    for r in set(runs + ["".join(runs)]):
        hits += digit_string_passes(r)
    for tok in re.findall(r"[A-Za-z0-9+-]+", s):
        if check_hetu(tok):
            hits.append("FI_HETU")
        if check_cf(tok):
            hits.append("IT_CODICE_FISCALE")
        if check_iban(tok):
            hits.append("IBAN")
    if check_iban(s):
        hits.append("IBAN")
    return hits


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
URL_RE = re.compile(r"(https?://|www\.)[^\s<>]+")
PHONE_CHARS = re.compile(r"\(?\+?[0-9][0-9 ()./-]*[0-9]")
NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĂÂÎȘȚΆ-ΏΑ-Ω][\w'’-]*")


def entity_shape(t, s):
    if t in CHECKS:
        return CHECKS[t](s)
    if t == "EMAIL":
        return bool(EMAIL_RE.fullmatch(s))
    if t == "URL":
        return bool(URL_RE.fullmatch(s)) and not s[-1] in ".,;:!?)"
    if t == "IP":
        try:
            ipaddress.ip_address(s)
            return True
        except ValueError:
            return False
    if t == "PHONE":
        nd = len(re.sub(r"\D", "", s))
        return bool(PHONE_CHARS.fullmatch(s)) and 9 <= nd <= 15
    if t == "PERSON":
        return all(NAME_WORD.fullmatch(w) for w in s.split(" ")) and "\n" not in s
    if t == "ADDRESS":
        return bool(re.search(r"\d", s)) and 8 <= len(s) <= 140
    return False


# --- leak scan -------------------------------------------------------------------

def leak_scan(outside):
    """Things left in the unmarked text that look like personal data."""
    found = []
    for m in EMAIL_RE.finditer(outside):
        found.append(("EMAIL", m.group()))
    for m in re.finditer(r"\b[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,4})?\b", outside):
        if check_iban(m.group()):
            found.append(("IBAN", m.group()))
    for m in re.finditer(r"\b[A-Za-z]{6}[\dA-Za-z]{2}[A-Za-z][\dA-Za-z]{2}[A-Za-z][\dA-Za-z]{3}[A-Za-z]\b", outside):
        if check_cf(m.group()):
            found.append(("IT_CODICE_FISCALE", m.group()))
    for m in re.finditer(r"\b\d{6}[-+A-Fa-fU-Yu-y]\d{3}[0-9A-Ya-y]\b", outside):
        if check_hetu(m.group()):
            found.append(("FI_HETU", m.group()))
    for m in re.finditer(r"\d(?:[ -]?\d)+", outside):
        d = re.sub(r"\D", "", m.group())
        for hit in digit_string_passes(d):
            found.append((hit, m.group()))
        for run in re.findall(r"\d+", m.group()):
            for hit in digit_string_passes(run):
                found.append((hit, run))
    return found


# --- main ----------------------------------------------------------------------

def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                "cases.jsonl")
    errors = []
    cases = []
    with open(path, "rb") as fh:
        raw = fh.read()
    if not raw.endswith(b"\n"):
        errors.append("file does not end with a newline")
    for n, line in enumerate(raw.decode("utf-8").split("\n")[:-1], 1):
        try:
            cases.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON: {e}")

    seen = set()
    texts = {}
    ent_count = defaultdict(Counter)
    dis_count = Counter()
    cat_count = defaultdict(Counter)
    lang_count = Counter()
    positive = negative = 0

    for c in cases:
        cid = c.get("id", "?")

        def err(msg):
            errors.append(f"{cid}: {msg}")

        if set(c) != {"id", "lang", "text", "entities", "distractors", "category"}:
            err(f"keys {sorted(c)}")
            continue
        if cid in seen:
            err("duplicate id")
        seen.add(cid)
        if c["text"] in texts:
            err(f"same text as {texts[c['text']]}")
        texts.setdefault(c["text"], cid)
        lang = c["lang"]
        if lang not in LANGS or not re.fullmatch(rf"{lang}-h\d{{3}}", cid):
            err("bad id or lang")
        lang_count[lang] += 1
        cat_count[lang][c["category"]] += 1
        text = c["text"]
        b = text.encode("utf-8")
        spans = []
        for kind in ("entities", "distractors"):
            for s in c[kind]:
                st, en, t = s.get("start"), s.get("end"), s.get("type")
                if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(b)):
                    err(f"{kind} span out of range: {s}")
                    continue
                bad_edge = False
                for off in (st, en):
                    if off < len(b) and (b[off] & 0xC0) == 0x80:
                        err(f"{kind} offset {off} not on a character boundary")
                        bad_edge = True
                if bad_edge:
                    continue
                piece = b[st:en].decode("utf-8")
                if piece != piece.strip():
                    err(f"span {piece!r} has surrounding whitespace")
                if piece[-1] in ".,;:!?·" or (piece[-1] == ")" and "(" not in piece):
                    err(f"span {piece!r} ends with punctuation")
                if piece[0] in ".,;:!?)" or (piece[0] == "(" and not (t == "PHONE" and ")" in piece)):
                    err(f"span {piece!r} starts with punctuation")
                spans.append((st, en, kind, t, piece, s.get("why")))
                if kind == "entities":
                    if t not in ENTITY_TYPES:
                        err(f"unknown entity type {t}")
                    elif not entity_shape(t, piece):
                        err(f"entity {t} {piece!r} fails its check/shape")
                    ent_count[t][lang] += 1
                else:
                    why = s.get("why")
                    if why not in WHYS:
                        err(f"unknown why {why!r}")
                    if t not in ID_TYPES and t not in NEG_TYPES and t != "URL":
                        err(f"unknown distractor type {t}")
                    dis_count[(t, why)] += 1
                    if t in ID_TYPES:
                        if CHECKS[t](piece):
                            err(f"distractor {t} {piece!r} passes its check")
                        if why == "check digit fails" and not shape_ok(t, piece):
                            err(f"look-alike {t} {piece!r} does not have the shape of {t}")
                        other = [h for h in piece_passes(piece)]
                        if other:
                            err(f"distractor {t} {piece!r} passes {other}")
                    elif t == "URL":
                        if why != "not personal" or not URL_RE.fullmatch(piece):
                            err(f"bad URL distractor {piece!r}")
                        if "@" in piece or "%40" in piece:
                            err(f"shop URL {piece!r} carries an e-mail")
                    else:
                        hits = piece_passes(piece)
                        if hits:
                            err(f"tricky negative {t} {piece!r} passes {hits}")
        spans.sort()
        for a, bb in zip(spans, spans[1:]):
            if bb[0] < a[1]:
                err(f"overlapping spans {a[4]!r} and {bb[4]!r}")
        if c["entities"]:
            positive += 1
        else:
            negative += 1
        # leak scan over the text outside every marked span
        out = bytearray(b)
        for st, en, *_ in spans:
            out[st:en] = b" " * (en - st)
        for t, piece in leak_scan(out.decode("utf-8", errors="replace")):
            err(f"unmarked {t}-like text {piece!r}")

    # --- report ---
    print(f"file: {os.path.relpath(path)}")
    print(f"cases: {len(cases)}  (" + ", ".join(f"{l} {lang_count[l]}" for l in LANGS) + ")")
    print(f"positive sentences: {positive}, negative sentences: {negative}")
    print()
    print("entities per type and language")
    print(f"{'type':<20}" + "".join(f"{l:>6}" for l in LANGS) + f"{'all':>6}")
    tot = Counter()
    for t in ENTITY_TYPES:
        row = ent_count[t]
        for l in LANGS:
            tot[l] += row[l]
        print(f"{t:<20}" + "".join(f"{row[l]:>6}" for l in LANGS) + f"{sum(row.values()):>6}")
    print(f"{'all':<20}" + "".join(f"{tot[l]:>6}" for l in LANGS) + f"{sum(tot.values()):>6}")
    print()
    print("distractors (must NOT be redacted)")
    for (t, why), n in sorted(dis_count.items()):
        print(f"  {t:<18} {why:<18} {n:>4}")
    print(f"  {'all':<18} {'':<18} {sum(dis_count.values()):>4}")
    print()
    print("categories per language")
    cats = sorted({k for l in LANGS for k in cat_count[l]})
    print(f"{'category':<16}" + "".join(f"{l:>6}" for l in LANGS))
    for k in cats:
        print(f"{k:<16}" + "".join(f"{cat_count[l][k]:>6}" for l in LANGS))
    print()
    if errors:
        for e in errors[:200]:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        return 1
    print("OK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
