#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate cases.jsonl of the seventh held-out redaction set.

Standard library only, and deliberately independent of generate.py: every
check digit below is implemented again from the published rules.

    python3 check.py [path/to/cases.jsonl]

Prints counts per type, language and category; exits 1 on any error.
"""

import calendar
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ("en", "it", "el", "ro", "fi")
ID_TYPES = ("CARD", "IBAN", "IT_CODICE_FISCALE", "IT_PARTITA_IVA", "GR_AMKA", "GR_AFM", "RO_CNP", "FI_HETU")
ENTITY_TYPES = ID_TYPES + ("EMAIL", "PHONE", "PERSON", "ADDRESS")
KEYS = ["id", "lang", "text", "entities", "distractors", "category"]

# ---------------------------------------------------------------- validators


def is_real_date(year, month, day):
    if month < 1 or month > 12 or day < 1:
        return False
    return day <= calendar.monthrange(year, month)[1]


def luhn_valid(digits):
    # doubling table for every second digit counted from the right
    dbl = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)
    total = 0
    for pos, ch in enumerate(digits[::-1]):
        v = int(ch)
        total += dbl[v] if pos & 1 else v
    return total % 10 == 0


IBAN_LENGTHS = dict(IT=27, GR=27, RO=24, FI=18, DE=22, FR=27, ES=24, NL=18, BE=16, AT=20, PT=25, IE=22,
                    LU=20, SI=19, SK=24, CZ=24, PL=28, HU=28, BG=22, HR=21, CY=28, MT=31, EE=20, LV=21,
                    LT=20, SE=24, DK=18, GB=22)


def iban_valid(value):
    s = value.replace(" ", "").replace("-", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+", s):
        return False
    if IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    moved = s[4:] + s[:4]
    rem = 0
    for ch in moved:  # piecewise mod 97, letters A=10 .. Z=35
        for d in (str(ord(ch) - 55) if ch.isalpha() else ch):
            rem = (rem * 10 + int(d)) % 97
    return rem == 1


CARD_PREFIXES = [("4",), ("51", "52", "53", "54", "55"), ("34", "37"), ("6011", "65"), ("36",),
                 ("6759", "5018", "5020", "6304")]


def card_valid(value):
    if not re.fullmatch(r"[0-9]+(?:[ \-][0-9]+)*", value):
        return False
    d = re.sub(r"\D", "", value)
    if not 12 <= len(d) <= 19 or not luhn_valid(d):
        return False
    if any(d.startswith(p) for group in CARD_PREFIXES for p in group):
        return True
    return 2221 <= int(d[:4]) <= 2720 or 3528 <= int(d[:4]) <= 3589


# codice fiscale: values of characters in odd (1st, 3rd, ...) positions
CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                   1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
CF_EVEN = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", list(range(10)) + list(range(26))))
OMOCODE = "LMNPQRSTUV"


def cf_valid(value):
    s = value.replace(" ", "").upper()
    if len(s) != 16 or not s.isalnum():
        return False
    digit_slots = (6, 7, 9, 10, 12, 13, 14)
    letter_slots = (0, 1, 2, 3, 4, 5, 8, 11, 15)
    if any(not s[i].isalpha() for i in letter_slots):
        return False
    plain = list(s)
    for i in digit_slots:
        if plain[i].isdigit():
            continue
        if plain[i] not in OMOCODE:
            return False
        plain[i] = str(OMOCODE.index(plain[i]))
    if s[8] not in "ABCDEHLMPRST":
        return False
    day = int(plain[9] + plain[10])
    if day > 40:
        day -= 40
    if not 1 <= day <= 31:
        return False
    total = 0
    for i in range(15):
        total += CF_ODD[s[i]] if i % 2 == 0 else CF_EVEN[s[i]]
    return chr(ord("A") + total % 26) == s[15]


def piva_valid(value):
    s = value.upper()
    if s.startswith("IT"):
        s = s[2:]
    s = s.replace(" ", "")
    if not re.fullmatch(r"[0-9]{11}", s) or s[:7] == "0000000":
        return False
    office = int(s[7:10])
    if not (1 <= office <= 100 or office in (120, 121)):
        return False
    odd = sum(int(s[i]) for i in range(0, 10, 2))
    even = 0
    for i in range(1, 10, 2):
        v = 2 * int(s[i])
        even += v - 9 if v > 9 else v
    return (10 - (odd + even) % 10) % 10 == int(s[10])


def plausible_ddmmyy(s6):
    d, m, y = int(s6[:2]), int(s6[2:4]), int(s6[4:6])
    return any(is_real_date(c + y, m, d) for c in (1800, 1900, 2000))


def amka_valid(value):
    s = re.sub(r"[ \-]", "", value)
    return bool(re.fullmatch(r"[0-9]{11}", s)) and plausible_ddmmyy(s[:6]) and luhn_valid(s)


def afm_valid(value):
    s = value.upper()
    if s.startswith("EL") or s.startswith("GR"):
        s = s[2:]
    s = re.sub(r"[ .]", "", s)
    if not re.fullmatch(r"[0-9]{9}", s) or s == "0" * 9:
        return False
    acc = 0
    for ch in s[:8]:
        acc = acc * 2 + int(ch)  # Horner: sum d_i * 2^(8-i) after one more doubling
    acc *= 2
    return (acc % 11) % 10 == int(s[8])


CNP_WEIGHTS = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)


def cnp_valid(value):
    s = value.replace(" ", "")
    if not re.fullmatch(r"[1-9][0-9]{12}", s):
        return False
    centuries = {"1": [1900], "2": [1900], "3": [1800], "4": [1800], "5": [2000], "6": [2000]}.get(s[0], [1900, 2000])
    yy, mm, dd = int(s[1:3]), int(s[3:5]), int(s[5:7])
    if not any(is_real_date(c + yy, mm, dd) for c in centuries):
        return False
    county = int(s[7:9])
    if not (1 <= county <= 46 or county in (51, 52)):
        return False
    if s[9:12] == "000":
        return False
    r = sum(int(a) * w for a, w in zip(s[:12], CNP_WEIGHTS)) % 11
    return (1 if r == 10 else r) == int(s[12])


HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
HETU_CENTURY = {"+": 1800}
HETU_CENTURY.update({c: 1900 for c in "-YXWVU"})
HETU_CENTURY.update({c: 2000 for c in "ABCDEF"})


def hetu_valid(value):
    s = value.upper()
    if len(s) != 11 or s[6] not in HETU_CENTURY or not (s[:6] + s[7:10]).isdigit():
        return False
    if not is_real_date(HETU_CENTURY[s[6]] + int(s[4:6]), int(s[2:4]), int(s[:2])):
        return False
    if not 2 <= int(s[7:10]) <= 899:
        return False
    return HETU_CHECK[int(s[:6] + s[7:10]) % 31] == s[10]


VALIDATORS = {"CARD": card_valid, "IBAN": iban_valid, "IT_CODICE_FISCALE": cf_valid,
              "IT_PARTITA_IVA": piva_valid, "GR_AMKA": amka_valid, "GR_AFM": afm_valid,
              "RO_CNP": cnp_valid, "FI_HETU": hetu_valid}


def digit_string_types(d):
    """Which id checks a bare run of digits would pass."""
    found = []
    if len(d) == 9 and afm_valid(d):
        found.append("GR_AFM")
    if len(d) == 11 and piva_valid(d):
        found.append("IT_PARTITA_IVA")
    if len(d) == 11 and amka_valid(d):
        found.append("GR_AMKA")
    if len(d) == 13 and cnp_valid(d):
        found.append("RO_CNP")
    if 12 <= len(d) <= 19 and luhn_valid(d):
        found.append("CARD-like (Luhn)")
    return found


EMAIL_FULL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
PHONE_CC = ("1", "30", "39", "40", "44", "353", "358")


def phone_ok(value):
    if not re.fullmatch(r"[+(0-9][0-9 ()+.\-/]*[0-9]", value):
        return "bad characters"
    if value.count("+") > 1 or ("+" in value and not re.match(r"\(?\+", value)):
        return "misplaced +"
    digits = re.sub(r"\D", "", value)
    if not 8 <= len(digits) <= 15:
        return "%d digits" % len(digits)
    intl = "+" in value
    if intl or digits.startswith("00"):
        tail = digits if intl else digits[2:]
        if not any(tail.startswith(cc) for cc in PHONE_CC):
            return "unknown country code"
    return None


NAME_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def person_ok(value):
    toks = value.split(" ")
    if not 1 <= len(toks) <= 4:
        return False
    return all(NAME_TOKEN.fullmatch(t) and t[0].isupper() for t in toks)


def address_ok(value):
    return (8 <= len(value) <= 120 and "\n" not in value and re.search(r"\d", value)
            and re.search(r"[^\W\d_]{3}", value) and "@" not in value)


# ------------------------------------------------------------- leak scanning

DIGIT_RUN = re.compile(r"\d+(?:[ ./\-]\d+)*")
CF_LIKE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{6}[0-9A-Za-z]{2}[A-Za-z][0-9A-Za-z]{2}[A-Za-z][0-9A-Za-z]{3}[A-Za-z]"
                     r"(?![A-Za-z0-9])")
HETU_LIKE = re.compile(r"\d{6}[-+A-FU-Ya-fu-y]\d{3}[0-9A-Ya-y]")
IBAN_LIKE = re.compile(r"[A-Za-z]{2}\d{2}(?:[ \-]?[A-Za-z0-9]){10,32}")
EMAIL_LIKE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+\.[A-Za-z0-9.\-]+")


def scan_outside(segment):
    """Problems in text that no entity covers."""
    problems = []
    for m in DIGIT_RUN.finditer(segment):
        groups = re.findall(r"\d+", m.group(0))
        for i in range(len(groups)):
            joined = ""
            for j in range(i, len(groups)):
                joined += groups[j]
                if len(joined) > 19:
                    break
                hit = digit_string_types(joined)
                if hit:
                    problems.append("digits %s pass %s" % (joined, "/".join(hit)))
    for m in EMAIL_LIKE.finditer(segment):
        problems.append("e-mail %s" % m.group(0))
    for m in HETU_LIKE.finditer(segment):
        if hetu_valid(m.group(0)):
            problems.append("henkilötunnus %s" % m.group(0))
    for m in CF_LIKE.finditer(segment):
        if cf_valid(m.group(0)):
            problems.append("codice fiscale %s" % m.group(0))
    for m in IBAN_LIKE.finditer(segment):
        flat = re.sub(r"[ \-]", "", m.group(0))
        for n in range(15, len(flat) + 1):
            if iban_valid(flat[:n]):
                problems.append("IBAN %s" % flat[:n])
    if re.search(r"\+\s?\d", segment):
        problems.append("number with + outside any entity")
    return problems


# --------------------------------------------------------------------- main

def length_class(category):
    if category.startswith("chat-"):
        return "short"
    if category.startswith("medium-"):
        return "medium"
    if category.split("-")[0] in ("email", "transcript", "form"):
        return "long"
    return None


def main(path):
    errors = []

    def err(cid, msg):
        errors.append("%s: %s" % (cid, msg))

    cases = []
    with open(path, "rb") as fh:
        raw = fh.read()
    if not raw.endswith(b"\n"):
        errors.append("file does not end with a newline")
    for n, line in enumerate(raw.decode("utf-8").split("\n")[:-1], 1):
        try:
            cases.append(json.loads(line))
        except ValueError as e:
            errors.append("line %d: not JSON (%s)" % (n, e))

    seen_ids = set()
    seen_values = {}
    ent_count = collections.Counter()
    dist_count = collections.Counter()
    cat_count = collections.Counter()
    len_count = collections.Counter()
    lang_count = collections.Counter()
    positives = collections.Counter()
    hetu_signs = collections.Counter()
    cnp_first = collections.Counter()
    iban_cc = collections.Counter()
    cf_omo = 0
    card_lengths = collections.Counter()

    for c in cases:
        cid = c.get("id", "?")
        if list(c.keys()) != KEYS:
            err(cid, "keys are %s" % list(c.keys()))
            continue
        m = re.fullmatch(r"(en|it|el|ro|fi)-x(\d{3})", cid)
        if not m or m.group(1) != c["lang"]:
            err(cid, "bad id or lang %r" % c["lang"])
        if cid in seen_ids:
            err(cid, "duplicate id")
        seen_ids.add(cid)
        lang = c["lang"]
        lang_count[lang] += 1
        text = c["text"]
        if not isinstance(text, str) or not text.strip():
            err(cid, "empty text")
            continue
        b = text.encode("utf-8")
        cat = c["category"]
        cat_count[(cat, lang)] += 1
        lc = length_class(cat)
        if lc is None:
            err(cid, "unknown category %r" % cat)
        len_count[(lc, lang)] += 1
        if lc == "short" and "\n" in text:
            err(cid, "short chat line with a line break")
        if lc == "long" and "\n" not in text:
            err(cid, "long message without line breaks")

        spans = []
        for kind, lst in (("E", c["entities"]), ("D", c["distractors"])):
            for sp in lst:
                want = ["type", "start", "end"] + (["why"] if kind == "D" else [])
                if sorted(sp.keys()) != sorted(want):
                    err(cid, "span keys %s" % sorted(sp.keys()))
                    continue
                s, e = sp["start"], sp["end"]
                if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(b)):
                    err(cid, "span out of range %r" % sp)
                    continue
                try:
                    b[:s].decode("utf-8")
                    val = b[s:e].decode("utf-8")
                except UnicodeDecodeError:
                    err(cid, "span not on a character boundary %r" % sp)
                    continue
                if val != val.strip():
                    err(cid, "span with surrounding space %r" % val)
                # a Finnish short date "17.9." keeps its ordinal dot; nothing else ends in punctuation
                short_fi_date = kind == "D" and sp["type"] == "DATE" and re.fullmatch(r"\d{1,2}\.\d{1,2}\.", val)
                if (val[-1] in ".,;:!?" and not short_fi_date) or val[0] in ".,;:!?\"'«»":
                    err(cid, "span with sentence punctuation %r" % val)
                spans.append((s, e, kind, sp["type"], val, sp.get("why")))
        spans.sort()
        for a, z in zip(spans, spans[1:]):
            if z[0] < a[1]:
                err(cid, "overlapping spans %r and %r" % (a[4], z[4]))

        ents = [x for x in spans if x[2] == "E"]
        neg_cat = cat.endswith("-neg")
        if neg_cat and ents:
            err(cid, "negative category with entities")
        if not neg_cat and not ents:
            err(cid, "positive category without entities")
        if ents:
            positives[lang] += 1

        for s, e, kind, typ, val, why in spans:
            if kind == "E":
                if typ not in ENTITY_TYPES:
                    err(cid, "unknown entity type %s" % typ)
                    continue
                ent_count[(typ, lang)] += 1
                if typ in VALIDATORS:
                    if not VALIDATORS[typ](val):
                        err(cid, "%s %r fails its check" % (typ, val))
                    norm = re.sub(r"[ .\-]", "", val).upper() if typ != "FI_HETU" else val.upper()
                    if typ == "IT_PARTITA_IVA" and norm.startswith("IT"):
                        norm = norm[2:]
                    if typ == "GR_AFM" and norm.startswith("EL"):
                        norm = norm[2:]
                    if norm.isdigit():
                        other = [t for t in digit_string_types(norm)
                                 if t != typ and not (typ == "CARD" and t.startswith("CARD"))]
                        if other:
                            err(cid, "%s %r also passes %s" % (typ, val, other))
                    key = (typ, norm)
                    if typ == "FI_HETU":
                        hetu_signs[norm[6]] += 1
                    if typ == "RO_CNP":
                        cnp_first[norm[0]] += 1
                    if typ == "IBAN":
                        iban_cc[norm[:2]] += 1
                    if typ == "CARD":
                        card_lengths[len(norm)] += 1
                    if typ == "IT_CODICE_FISCALE" and any(norm[i] in OMOCODE for i in (6, 7, 9, 10, 12, 13, 14)):
                        cf_omo += 1
                elif typ == "EMAIL":
                    if not EMAIL_FULL.fullmatch(val):
                        err(cid, "bad e-mail %r" % val)
                    key = (typ, val.lower())
                elif typ == "PHONE":
                    why_bad = phone_ok(val)
                    if why_bad:
                        err(cid, "bad phone %r (%s)" % (val, why_bad))
                    key = (typ, re.sub(r"\D", "", val)[-10:])
                elif typ == "PERSON":
                    if not person_ok(val):
                        err(cid, "bad person name %r" % val)
                    key = None
                else:
                    if not address_ok(val):
                        err(cid, "bad address %r" % val)
                    key = None
                if key is not None:
                    if key in seen_values and seen_values[key] != cid:
                        err(cid, "%s %r already used in %s" % (typ, val, seen_values[key]))
                    seen_values[key] = cid
            else:
                dist_count[(typ, why)] += 1
                if typ in VALIDATORS:
                    if why != "check digit fails":
                        err(cid, "id distractor with why %r" % why)
                    if VALIDATORS[typ](val):
                        err(cid, "invalid look-alike %s %r passes its check" % (typ, val))
                    flat = re.sub(r"[ .\-]", "", val).upper()
                    if typ == "IT_PARTITA_IVA" and flat.startswith("IT"):
                        flat = flat[2:]
                    if typ == "GR_AFM" and flat.startswith("EL"):
                        flat = flat[2:]
                    if typ != "FI_HETU" and flat.isdigit() and digit_string_types(flat):
                        err(cid, "look-alike %r passes %s" % (val, digit_string_types(flat)))
                    key = ("BAD-" + typ, flat)
                    if key in seen_values:
                        err(cid, "look-alike %r already used in %s" % (val, seen_values[key]))
                    seen_values[key] = cid
                elif why != "tricky negative":
                    err(cid, "distractor %s with why %r" % (typ, why))

        # leak scan over everything no entity covers, and every longer number
        # outside the entities must be a labelled distractor
        pos, outside = 0, []
        for s, e, kind, typ, val, why in spans:
            if kind == "E":
                outside.append((pos, s))
                pos = e
        outside.append((pos, len(b)))
        covered = [(s, e) for s, e, kind, *_ in spans if kind == "D"]
        for lo, hi in outside:
            seg = b[lo:hi].decode("utf-8")
            for p in scan_outside(seg):
                err(cid, "unmarked: " + p)
            for m in DIGIT_RUN.finditer(seg):
                if len(re.sub(r"\D", "", m.group(0))) < 5:
                    continue
                ms = lo + len(seg[:m.start()].encode("utf-8"))
                me = lo + len(seg[:m.end()].encode("utf-8"))
                for k in range(ms, me):
                    if 48 <= b[k] <= 57 and not any(s <= k < e for s, e in covered):
                        err(cid, "number %r outside every span" % m.group(0))
                        break

    # ----------------------------------------------------------- set level
    if len(cases) != 600:
        errors.append("expected 600 cases, found %d" % len(cases))
    for lang in LANGS:
        if lang_count[lang] != 120:
            errors.append("%s: %d cases, expected 120" % (lang, lang_count[lang]))
        for lc in ("short", "medium", "long"):
            if len_count[(lc, lang)] != 40:
                errors.append("%s: %d %s messages, expected 40" % (lang, len_count[(lc, lang)], lc))
    for t in ID_TYPES:
        tot = sum(ent_count[(t, l)] for l in LANGS)
        if tot < 50:
            errors.append("%s: only %d valid examples (need 50)" % (t, tot))
        missing = [l for l in LANGS if ent_count[(t, l)] == 0]
        if missing:
            errors.append("%s: no valid example in %s" % (t, ",".join(missing)))
        if not any(dist_count[(t, "check digit fails")] for _ in [0]):
            errors.append("%s: no invalid look-alike" % t)
    if sum(ent_count[("PHONE", l)] for l in LANGS) < 150:
        errors.append("fewer than 150 phones")
    for sign in "+-YXWVUABCDEF":
        if not hetu_signs[sign]:
            errors.append("no henkilötunnus with century sign %r" % sign)
    for cc in ("IT", "GR", "RO", "FI"):
        if not iban_cc[cc]:
            errors.append("no %s IBAN" % cc)
    if cf_omo == 0:
        errors.append("no codice fiscale with omocodia")
    negatives = sum(1 for c in cases if not c.get("entities"))

    # ---------------------------------------------------------------- report
    print("file: %s" % os.path.relpath(path))
    print("cases: %d  (%s)" % (len(cases), ", ".join("%s %d" % (l, lang_count[l]) for l in LANGS)))
    print("positive messages: %d, negative messages (no personal data): %d" % (len(cases) - negatives, negatives))
    print()
    print("length per language     " + "".join("%6s" % l for l in LANGS) + "   all")
    for lc in ("short", "medium", "long"):
        row = [len_count[(lc, l)] for l in LANGS]
        print("  %-21s " % lc + "".join("%6d" % x for x in row) + "%6d" % sum(row))
    print()
    print("entities per type and language")
    print("  %-20s" % "type" + "".join("%6s" % l for l in LANGS) + "   all")
    for t in ENTITY_TYPES:
        row = [ent_count[(t, l)] for l in LANGS]
        print("  %-20s" % t + "".join("%6d" % x for x in row) + "%6d" % sum(row))
    allrow = [sum(ent_count[(t, l)] for t in ENTITY_TYPES) for l in LANGS]
    print("  %-20s" % "all" + "".join("%6d" % x for x in allrow) + "%6d" % sum(allrow))
    print()
    print("distractors (must NOT be redacted)")
    for (t, why), n in sorted(dist_count.items()):
        print("  %-20s %-18s %4d" % (t, why, n))
    print("  %-20s %-18s %4d" % ("all", "", sum(dist_count.values())))
    print()
    print("categories per language")
    cats = sorted({c for c, _ in cat_count}, key=lambda x: (["short", "medium", "long"].index(length_class(x) or "long"), x))
    print("  %-20s" % "category" + "".join("%6s" % l for l in LANGS) + "   all")
    for cat in cats:
        row = [cat_count[(cat, l)] for l in LANGS]
        print("  %-20s" % cat + "".join("%6d" % x for x in row) + "%6d" % sum(row))
    print()
    print("IBAN countries: " + ", ".join("%s %d" % kv for kv in sorted(iban_cc.items())))
    print("card lengths: " + ", ".join("%d: %d" % kv for kv in sorted(card_lengths.items())))
    print("henkilötunnus century signs: " + " ".join("%s %d" % (s, hetu_signs[s]) for s in "+-YXWVUABCDEF"))
    print("CNP first digits: " + " ".join("%s %d" % kv for kv in sorted(cnp_first.items())))
    print("codice fiscale with omocodia: %d" % cf_omo)
    print()
    if errors:
        for e in errors[:200]:
            print("ERROR", e)
        print("FAILED: %d error(s)" % len(errors))
        return 1
    print("OK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "cases.jsonl")))
