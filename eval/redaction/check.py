#!/usr/bin/env python3
"""Validate eval/redaction/cases.jsonl.

The validators here are written again, separately from generate.py, so that a
mistake in one is caught by the other. Checks:
  * every line is a JSON object with id, lang, text, entities (and optional
    distractors / category); ids are unique and match the language;
  * every span lies on UTF-8 character boundaries, is not empty, has no
    leading or trailing white space or punctuation, and spans do not overlap;
  * the text of each span looks like its type (pattern), and every id type
    passes its check digit;
  * every distractor of an id type FAILS its check digit (and, when it is a
    pure digit string, fails every other check of its length);
  * no valid identifier, e-mail or IBAN is left in the text outside the gold
    spans (a leak scan over the whole text).
Prints counts per type and language. Exit status 1 on any error.

Run:  python3 eval/redaction/check.py [path]
"""

import collections
import datetime
import ipaddress
import json
import os
import re
import sys

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "cases.jsonl")

TYPES = {"EMAIL", "PHONE", "URL", "IP", "IBAN", "CARD", "IT_CODICE_FISCALE", "IT_PARTITA_IVA",
         "GR_AMKA", "GR_AFM", "RO_CNP", "FI_HETU", "PERSON", "ADDRESS"}
LANGS = ("en", "it", "el", "ro", "fi")

# ----------------------------------------------------------------- validators


def luhn(num):
    s = 0
    for idx, ch in enumerate(num[::-1]):
        v = int(ch) * (2 if idx & 1 else 1)
        s += v // 10 + v % 10
    return s % 10 == 0


IBAN_LENGTHS = {"IT": 27, "GR": 27, "RO": 24, "FI": 18, "GB": 22, "DE": 22, "FR": 27, "ES": 24,
                "NL": 18, "AT": 20, "BE": 16, "PT": 25, "IE": 22, "CH": 21, "SE": 24}


def valid_iban(raw):
    s = re.sub(r"\s", "", raw).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    moved = s[4:] + s[:4]
    rem = 0
    for ch in moved:
        rem = int(str(rem) + str(int(ch, 36))) % 97
    return rem == 1


ODD = {}
for _k, _v in zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  "1 0 5 7 9 13 15 17 19 21 1 0 5 7 9 13 15 17 19 21 2 4 18 20 11 3 6 8 12 14 "
                  "16 10 22 25 24 23".split()):
    ODD[_k] = int(_v)


def _even(ch):
    return int(ch) if ch.isdigit() else ord(ch) - ord("A")


OMO = "LMNPQRSTUV"


def valid_cf(raw):
    cf = raw.upper()
    if not re.fullmatch(r"[A-Z]{6}[\dLMNPQRSTUV]{2}[ABCDEHLMPRST][\dLMNPQRSTUV]{2}[A-Z]"
                        r"[\dLMNPQRSTUV]{3}[A-Z]", cf):
        return False
    # decode omocodia and check the date
    dec = list(cf)
    for p in (6, 7, 9, 10, 12, 13, 14):
        if dec[p] in OMO:
            dec[p] = str(OMO.index(dec[p]))
    day = int("".join(dec[9:11]))
    if day > 40:
        day -= 40
    if not 1 <= day <= 31:
        return False
    total = sum(ODD[c] if i % 2 == 0 else _even(c) for i, c in enumerate(cf[:15]))
    return chr(ord("A") + total % 26) == cf[15]


def valid_piva(raw):
    p = raw[2:] if raw.upper().startswith("IT") else raw
    if not re.fullmatch(r"\d{11}", p):
        return False
    office = int(p[7:10])
    if not (1 <= office <= 100 or office in (120, 121, 888, 999)):
        return False
    return luhn(p)


def _date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def valid_amka(raw):
    if not re.fullmatch(r"\d{11}", raw):
        return False
    d, m, y = int(raw[:2]), int(raw[2:4]), int(raw[4:6])
    if not (_date_ok(1900 + y, m, d) or _date_ok(2000 + y, m, d)):
        return False
    return luhn(raw)


def valid_afm(raw):
    a = raw[2:] if raw.upper().startswith("EL") else raw
    if not re.fullmatch(r"\d{9}", a):
        return False
    acc = 0
    for ch in a[:8]:
        acc = acc * 2 + int(ch) * 2  # Horner form: ends as sum of d_i * 2^(8-i)
    return acc % 11 % 10 == int(a[8])


def valid_cnp(raw):
    if not re.fullmatch(r"[1-8]\d{12}", raw):
        return False
    century = {1: 1900, 2: 1900, 3: 1800, 4: 1800, 5: 2000, 6: 2000, 7: 1900, 8: 1900}[int(raw[0])]
    if not _date_ok(century + int(raw[1:3]), int(raw[3:5]), int(raw[5:7])):
        return False
    county = int(raw[7:9])
    if not (1 <= county <= 46 or county in (51, 52)):
        return False
    w = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
    r = sum(int(c) * k for c, k in zip(raw, w)) % 11
    return (1 if r == 10 else r) == int(raw[12])


HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CENTURY = {"+": 1800}
CENTURY.update({c: 1900 for c in "-YXWVU"})
CENTURY.update({c: 2000 for c in "ABCDEF"})


def valid_hetu(raw):
    h = raw.upper()
    m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)([-+A-FU-Y])(\d\d\d)(.)", h)
    if not m:
        return False
    dd, mm, yy, sign, nnn, chk = m.groups()
    if not _date_ok(CENTURY[sign] + int(yy), int(mm), int(dd)):
        return False
    if not 2 <= int(nnn) <= 899:
        return False
    return HETU_CHARS[int(dd + mm + yy + nnn) % 31] == chk


def valid_card(raw):
    if not re.fullmatch(r"\d[\d -]*\d", raw):
        return False
    d = re.sub(r"[ -]", "", raw)
    return 13 <= len(d) <= 19 and d[0] in "2345" and luhn(d)


ID_CHECK = {"IBAN": valid_iban, "CARD": valid_card, "IT_CODICE_FISCALE": valid_cf,
            "IT_PARTITA_IVA": valid_piva, "GR_AMKA": valid_amka, "GR_AFM": valid_afm,
            "RO_CNP": valid_cnp, "FI_HETU": valid_hetu}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
PERSONAL_URL = re.compile(r"(facebook\.com/|instagram\.com/|linkedin\.com/in/|customer_id=|"
                          r"token=|email=|/profil|/profile/|/account/|/contul-meu/|/oma-tili/)")
STREET_WORDS = {
    "en": r"\b(Street|Road|Lane|Avenue|Close|Crescent|Drive|Boulevard)\b",
    "it": r"\b([Vv]ia|Viale|Corso|Piazza|Largo|Vicolo)\b",
    "el": r"(οδός|Οδός|Οδ\.|Λεωφόρος|Λεωφ\.|Λ\.|\b[Α-Ωα-ωά-ώ]+(ού|ίας|ίου|ίων|ως|ή|ους)\b)",
    "ro": r"\b(Strada|Str\.|Bulevardul|Bd\.|Calea|Șoseaua|Aleea|Splaiul)",
    "fi": r"(tie|katu|kuja)\b",
}


def looks_like(typ, s, lang):
    """Pattern check for the non-checksum types; returns an error string or None."""
    if typ == "EMAIL":
        return None if EMAIL_RE.fullmatch(s) else "not an e-mail"
    if typ == "PHONE":
        if not re.fullmatch(r"[+(\d][\d ().\-/+]*\d", s):
            return "bad phone characters"
        n = len(re.sub(r"\D", "", s))
        return None if 9 <= n <= 15 else "phone has %d digits" % n
    if typ == "URL":
        if not re.fullmatch(r"(https?://|www\.)\S+", s):
            return "not a URL"
        return None if PERSONAL_URL.search(s) else "URL carries nothing personal"
    if typ == "IP":
        try:
            ipaddress.ip_address(s)
            return None
        except ValueError:
            return "not an IP address"
    if typ == "PERSON":
        tok = s.split(" ")
        ok = all(re.fullmatch(r"[^\W\d_][^\W\d_'’-]*(['’-][^\W\d_]+)*", t) and t[0].isupper()
                 for t in tok)
        return None if ok and 1 <= len(tok) <= 3 else "not a name"
    if typ == "ADDRESS":
        if not re.search(r"\d", s):
            return "address without number"
        return None if re.search(STREET_WORDS[lang], s) else "no street word"
    return None


def any_length_check(d):
    """Does a pure digit string pass any check defined for its length?"""
    n = len(d)
    return ((n == 11 and (luhn(d))) or (13 <= n <= 19 and luhn(d)) or (n == 9 and valid_afm(d))
            or (n == 13 and valid_cnp(d)))


# ----------------------------------------------------------------- main


def main():
    errors = []
    seen = set()
    count = collections.Counter()
    dcount = collections.Counter()
    pos_neg = collections.Counter()
    per_lang = collections.Counter()

    def err(cid, msg):
        errors.append("%s: %s" % (cid, msg))

    with open(PATH, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for ln, line in enumerate(lines, 1):
        try:
            c = json.loads(line)
        except ValueError as e:
            errors.append("line %d: bad JSON (%s)" % (ln, e))
            continue
        cid = c.get("id", "line %d" % ln)
        for k in ("id", "lang", "text", "entities"):
            if k not in c:
                err(cid, "missing " + k)
        if cid in seen:
            err(cid, "duplicate id")
        seen.add(cid)
        lang = c.get("lang")
        if lang not in LANGS or not re.fullmatch(re.escape(str(lang)) + r"-\d{4}", cid):
            err(cid, "bad lang/id")
        per_lang[lang] += 1
        b = c["text"].encode("utf-8")
        spans = []
        for kind, items in (("entity", c["entities"]), ("distractor", c.get("distractors", []))):
            for e in items:
                s, t = e["start"], e["end"]
                if not (isinstance(s, int) and isinstance(t, int) and 0 <= s < t <= len(b)):
                    err(cid, "%s span out of range %r" % (kind, e))
                    continue
                try:
                    b[:s].decode("utf-8")
                    piece = b[s:t].decode("utf-8")
                    b[t:].decode("utf-8")
                except UnicodeDecodeError:
                    err(cid, "%s span %d-%d not on a character boundary" % (kind, s, t))
                    continue
                if piece != piece.strip() or re.match(r"[.,;:!?]", piece) or \
                        re.search(r"[,;:!?]$|(?<!\.)\.$", piece) and e["type"] != "PERSON":
                    if piece.endswith("."):
                        if not re.search(r"\b(Str|Bd|Λεωφ|Οδ|Λ)\.$", piece):
                            err(cid, "%s span %r has trailing dot" % (kind, piece))
                    else:
                        err(cid, "%s span %r has untrimmed edges" % (kind, piece))
                spans.append((s, t, kind, e["type"], piece))
                typ = e["type"]
                if kind == "entity":
                    if typ not in TYPES:
                        err(cid, "unknown type " + typ)
                        continue
                    count[(typ, lang)] += 1
                    if typ in ID_CHECK:
                        if not ID_CHECK[typ](piece):
                            err(cid, "%s %r fails its check" % (typ, piece))
                    else:
                        m = looks_like(typ, piece, lang)
                        if m:
                            err(cid, "%s %r: %s" % (typ, piece, m))
                else:
                    dcount[(typ, e.get("why", ""))] += 1
                    if typ in ID_CHECK:
                        if ID_CHECK[typ](piece):
                            err(cid, "distractor %s %r passes its check" % (typ, piece))
                        d = re.sub(r"[ -]", "", piece)
                        if d.isdigit() and any_length_check(d):
                            err(cid, "distractor %r passes a check of its length" % piece)
                    elif typ == "URL":
                        if PERSONAL_URL.search(piece):
                            err(cid, "non-personal URL %r looks personal" % piece)
                    else:
                        # digit runs, joined over single spaces/dashes as in card writing
                        for run in re.finditer(r"\d(?:[ -]?\d)*", piece):
                            d = re.sub(r"\D", "", run.group())
                            if len(d) >= 9 and any_length_check(d):
                                err(cid, "tricky negative %r passes a check" % piece)
        spans.sort()
        for a, bb in zip(spans, spans[1:]):
            if bb[0] < a[1]:
                err(cid, "overlapping spans %r %r" % (a[4], bb[4]))
        pos_neg["positive" if c["entities"] else "negative"] += 1
        # leak scan: mask gold entity spans, look for anything valid left over
        # (distractor spans are judged above, as a whole, so they are masked too)
        masked = bytearray(b)
        for e in c["entities"] + c.get("distractors", []):
            masked[e["start"]:e["end"]] = b"#" * (e["end"] - e["start"])
        rest = masked.decode("utf-8")
        for m in EMAIL_RE.finditer(rest):
            err(cid, "unlabelled e-mail %r" % m.group())
        for m in re.finditer(r"\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?\b",
                             rest):
            if valid_iban(m.group()):
                err(cid, "unlabelled valid IBAN %r" % m.group())
        for m in re.finditer(r"\b[A-Za-z]{6}[\dA-Za-z]{10}\b", rest):
            if valid_cf(m.group()):
                err(cid, "unlabelled valid codice fiscale %r" % m.group())
        for m in re.finditer(r"\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b", rest):
            if valid_hetu(m.group()):
                err(cid, "unlabelled valid hetu %r" % m.group())
        for m in re.finditer(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])", rest):
            d = re.sub(r"\D", "", m.group())
            if d[0] in "2345" and luhn(d):
                err(cid, "unlabelled Luhn-valid card-like number %r" % m.group())
        for m in re.finditer(r"(?<![\w.])\d{9,13}(?![\w.])", rest):
            d = m.group()
            if (len(d) == 9 and valid_afm(d)) or (len(d) == 11 and (valid_amka(d) or valid_piva(d))) \
                    or (len(d) == 13 and valid_cnp(d)):
                err(cid, "unlabelled valid national id %r" % d)

    # report
    print("file:", os.path.relpath(PATH))
    print("cases: %d  (%s)" % (sum(per_lang.values()),
                              ", ".join("%s %d" % (k, per_lang[k]) for k in LANGS)))
    print("positive sentences: %d, negative sentences: %d" % (pos_neg["positive"],
                                                             pos_neg["negative"]))
    print()
    print("entities per type and language")
    print("%-18s" % "type" + "".join("%6s" % l for l in LANGS) + "   all")
    for typ in sorted(TYPES):
        row = [count[(typ, l)] for l in LANGS]
        print("%-18s" % typ + "".join("%6d" % n for n in row) + "%6d" % sum(row))
    tot = [sum(count[(t, l)] for t in TYPES) for l in LANGS]
    print("%-18s" % "all" + "".join("%6d" % n for n in tot) + "%6d" % sum(tot))
    print()
    print("distractors (must NOT be redacted)")
    for (typ, why), n in sorted(dcount.items()):
        print("  %-18s %-20s %d" % (typ, why, n))
    print()
    if errors:
        print("%d ERRORS" % len(errors))
        for e in errors[:200]:
            print("  " + e)
        return 1
    print("OK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
