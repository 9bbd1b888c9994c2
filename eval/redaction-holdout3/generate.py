#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate cases.jsonl, the seventh held-out redaction test set.

Python 3 standard library only.  One random.Random(SEED) drives every choice;
no set or dict is iterated in hash order, so the file comes out byte for byte
the same on every run, whatever PYTHONHASHSEED is.

    python3 generate.py      # writes cases.jsonl next to this file

The identifiers are built from the published rules (Luhn, ISO 13616 mod 97,
codice fiscale odd/even tables, partita IVA, AMKA, AFM, CNP, henkilötunnus);
every message is scanned after it is built and thrown away if any digit run
outside the marked entities happens to pass one of those checks.
"""

import calendar
import json
import os
import random
import re
import sys
import unicodedata

SEED = 70_607_2026
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases.jsonl")

LANGS = ["en", "it", "el", "ro", "fi"]
TRICKY = "tricky negative"
BADCHECK = "check digit fails"

# ---------------------------------------------------------------------------
# check digits (the generator's own copy; check.py has an independent one)
# ---------------------------------------------------------------------------


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = ord(ch) - 48
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def date_ok(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def ddmmyy_any(s):
    d, m, y = int(s[0:2]), int(s[2:4]), int(s[4:6])
    return any(date_ok(c + y, m, d) for c in (1800, 1900, 2000))


PIVA_OFFICES = set(range(1, 101)) | {120, 121}


def piva_ok(d):
    return (len(d) == 11 and d.isdigit() and d[:7] != "0000000"
            and int(d[7:10]) in PIVA_OFFICES and luhn_ok(d))


def amka_ok(d):
    return len(d) == 11 and d.isdigit() and ddmmyy_any(d[:6]) and luhn_ok(d)


def afm_rem(d):
    return sum(int(d[i]) << (8 - i) for i in range(8)) % 11


def afm_ok(d):  # lenient: remainder 10 counts as check digit 0
    return (len(d) == 9 and d.isdigit() and d != "000000000"
            and afm_rem(d) % 10 == int(d[8]))


CNP_W = "279146358279"
CNP_CENT = {"1": 1900, "2": 1900, "3": 1800, "4": 1800, "5": 2000, "6": 2000}
CNP_COUNTIES = set(range(1, 47)) | {51, 52}


def cnp_key(base12):
    r = sum(int(base12[i]) * int(CNP_W[i]) for i in range(12)) % 11
    return "1" if r == 10 else str(r)


def cnp_ok(d):
    if len(d) != 13 or not d.isdigit() or d[0] == "0":
        return False
    yy, mm, dd = int(d[1:3]), int(d[3:5]), int(d[5:7])
    cents = [CNP_CENT[d[0]]] if d[0] in CNP_CENT else [1900, 2000]
    if not any(date_ok(c + yy, mm, dd) for c in cents):
        return False
    if int(d[7:9]) not in CNP_COUNTIES or d[9:12] == "000":
        return False
    return cnp_key(d[:12]) == d[12]


HETU_TABLE = "0123456789ABCDEFHJKLMNPRSTUVWXY"
HETU_SIGNS = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900,
              "V": 1900, "U": 1900, "A": 2000, "B": 2000, "C": 2000,
              "D": 2000, "E": 2000, "F": 2000}
HETU_RE = re.compile(r"(\d{6})([-+A-FU-Y])(\d{3})([0-9A-Y])")


def hetu_ok(s):
    m = HETU_RE.fullmatch(s.upper())
    if not m:
        return False
    dmy, sign, nnn, chk = m.groups()
    if not date_ok(HETU_SIGNS[sign] + int(dmy[4:]), int(dmy[2:4]), int(dmy[:2])):
        return False
    if not 2 <= int(nnn) <= 899:
        return False
    return HETU_TABLE[int(dmy + nnn) % 31] == chk


CF_ODD_VALS = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
               12, 14, 16, 10, 22, 25, 24, 23]  # A..Z; digits 0..9 as A..J
CF_MONTHS = "ABCDEHLMPRST"
CF_OMO = "LMNPQRSTUV"
CF_OMO_POS = [14, 13, 12, 10, 9, 7, 6]


def cf_val(ch, odd):
    idx = ord(ch) - 48 if ch.isdigit() else ord(ch) - 65
    return CF_ODD_VALS[idx] if odd else idx


def cf_char(s15):
    return chr(65 + sum(cf_val(c, i % 2 == 0) for i, c in enumerate(s15)) % 26)


CF_RE = re.compile(r"[A-Z]{6}[0-9LMNP-V]{2}[ABCDEHLMPRST][0-9LMNP-V]{2}"
                   r"[A-Z][0-9LMNP-V]{3}[A-Z]")


def cf_ok(s):
    s = s.replace(" ", "").upper()
    if not CF_RE.fullmatch(s):
        return False
    plain = list(s)
    for p in CF_OMO_POS:
        if plain[p] in CF_OMO:
            plain[p] = str(CF_OMO.index(plain[p]))
    day = int("".join(plain[9:11]))
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return False
    return cf_char(s[:15]) == s[15]


IBAN_LEN = {"IT": 27, "GR": 27, "RO": 24, "FI": 18, "DE": 22, "FR": 27,
            "ES": 24, "NL": 18, "BE": 16, "AT": 20, "PT": 25, "IE": 22}


def iban_mod(s):
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


def iban_ok(s):
    s = re.sub(r"[ \-]", "", s).upper()
    return (s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]]
            and s[2:4].isdigit() and s.isalnum() and iban_mod(s) == 1)


def numeric_hits(d):
    """Id types that a bare digit string d would pass."""
    hits = []
    n = len(d)
    if n == 9 and afm_ok(d):
        hits.append("GR_AFM")
    if n == 11 and piva_ok(d):
        hits.append("IT_PARTITA_IVA")
    if n == 11 and amka_ok(d):
        hits.append("GR_AMKA")
    if n == 13 and cnp_ok(d):
        hits.append("RO_CNP")
    if 12 <= n <= 19 and luhn_ok(d):
        hits.append("CARD")
    return hits


RUN_RE = re.compile(r"\d+(?:[ ./\-]\d+)*")


def run_hits(segment):
    """Every digit run (groups joined by one space, dot, slash or dash) and
    every contiguous part of it, tested against the numeric id checks."""
    for m in RUN_RE.finditer(segment):
        groups = re.findall(r"\d+", m.group(0))
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                if len(acc) > 19:
                    break
                if numeric_hits(acc):
                    return acc
    return None


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
IBAN_SCAN = re.compile(r"\b[A-Za-z]{2}\d{2}(?:[ \-]?[A-Za-z0-9]){10,30}")
CF_SCAN = re.compile(r"[A-Za-z]{6}[0-9A-Za-z]{2}[A-Za-z][0-9A-Za-z]{2}[A-Za-z]"
                     r"[0-9A-Za-z]{3}[A-Za-z]")


def text_leak(segment):
    """Anything in a piece of text outside the entities that would pass a check."""
    r = run_hits(segment)
    if r:
        return "digits " + r
    if EMAIL_RE.search(segment):
        return "email"
    for m in HETU_RE.finditer(segment.upper()):
        if hetu_ok(m.group(0)):
            return "hetu " + m.group(0)
    for m in CF_SCAN.finditer(segment):
        if cf_ok(m.group(0)):
            return "cf " + m.group(0)
    for m in IBAN_SCAN.finditer(segment):
        cand = re.sub(r"[ \-]", "", m.group(0)).upper()
        for k in range(15, len(cand) + 1):
            if iban_ok(cand[:k]):
                return "iban " + cand[:k]
    if re.search(r"\+\d", segment):
        return "plus-number"
    return None


# ---------------------------------------------------------------------------
# random helpers
# ---------------------------------------------------------------------------

RNG = random.Random(SEED)
USED = {}  # normalised value -> True (membership only, never iterated)


def rdig(n, first="0123456789"):
    return RNG.choice(first) + "".join(RNG.choice("0123456789") for _ in range(n - 1))


def pick(seq):
    return RNG.choice(seq)


def chance(p):
    return RNG.random() < p


def ascii_fold(s):
    s = s.replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


def clean_number(n, first="123456789"):
    """n digits that pass no id check of their length (nor any part of them)."""
    while True:
        d = rdig(n, first)
        if run_hits(d) is None and len(set(d)) > 2:
            return d


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ---------------------------------------------------------------------------
# identifiers: raw valid value, corruption, display
# ---------------------------------------------------------------------------

def rand_date(y0, y1):
    y = RNG.randint(y0, y1)
    m = RNG.randint(1, 12)
    d = RNG.randint(1, calendar.monthrange(y, m)[1])
    return y, m, d


# --- cards
CARD_SCHEMES = [  # (weight, prefix-maker, length)
    (30, lambda: "4", 16),
    (18, lambda: str(RNG.randint(51, 55)), 16),
    (8, lambda: str(RNG.randint(2221, 2720)), 16),
    (12, lambda: pick(["34", "37"]), 15),
    (7, lambda: pick(["6011", "65"]), 16),
    (5, lambda: "36", 14),
    (6, lambda: str(RNG.randint(3528, 3589)), 16),
    (5, lambda: pick(["6759", "5018", "5020", "6304"]), 16),
    (4, lambda: pick(["6759", "5018"]), 19),
]


def raw_card(ctx):
    tot = sum(w for w, _, _ in CARD_SCHEMES)
    r = RNG.randint(1, tot)
    for w, pre, n in CARD_SCHEMES:
        r -= w
        if r <= 0:
            break
    p = pre()
    body = p + "".join(RNG.choice("0123456789") for _ in range(n - len(p) - 1))
    return luhn_complete(body), {}


def typo(s, region):
    """One realistic slip inside `region`: two neighbouring digits swapped, or one digit changed."""
    swaps = [i for i in region if i + 1 in region and s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]]
    if swaps and chance(0.3):
        i = pick(swaps)
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    i = pick([i for i in region if s[i].isdigit()])
    return s[:i] + pick([c for c in "0123456789" if c != s[i]]) + s[i + 1:]


def corrupt_card(s, meta):
    return typo(s, list(range(4, len(s))))


def fmt_card(s, meta):
    n = len(s)
    sizes = {15: [4, 6, 5], 14: [4, 6, 4], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}[n]
    r = RNG.random()
    if r < 0.5:
        return group(s, sizes, " ")
    if r < 0.66 and n in (16, 19):
        return group(s, sizes, "-")
    return s


# --- IBAN
IT_ABI = ["03069", "02008", "05034", "01030", "03062", "05696", "03111", "08327"]
GR_BANKS = ["011", "014", "017", "026"]
RO_BANKS = ["BTRL", "BRDE", "RNCB", "INGB", "BACX", "RZBR", "CECE"]
NL_BANKS = ["ABNA", "INGB", "RABO", "TRIO", "SNSB"]
IE_BANKS = ["AIBK", "BOFI", "IPBS"]


def it_cin(s22):
    return chr(65 + sum(cf_val(c, i % 2 == 0) for i, c in enumerate(s22)) % 26)


def es_dc(s10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(c) * k for c, k in zip(s10, w)) % 11
    return {11: 0, 10: 1}.get(r, r)


def bban(cc):
    if cc == "IT":
        abi, cab = pick(IT_ABI), rdig(5, "0123456")
        conto = pick(["0000", "1000", "0100"]) + rdig(8)
        return it_cin(abi + cab + conto) + abi + cab + conto
    if cc == "GR":
        return pick(GR_BANKS) + rdig(4, "0123") + rdig(16)
    if cc == "RO":
        b = pick(RO_BANKS)
        if b == "BTRL":
            return b + "RONCRT0" + rdig(9)
        return b + rdig(16)
    if cc == "FI":
        return luhn_complete(pick(["1", "5", "8", "4", "3"]) + rdig(12))
    if cc == "DE":
        return rdig(8, "1234567") + rdig(10)
    if cc == "FR":
        b, g, a = rdig(5, "123"), rdig(5), rdig(11)
        key = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(a)) % 97)
        return b + g + a + "%02d" % key
    if cc == "ES":
        b, o, a = rdig(4, "012"), rdig(4), rdig(10)
        return b + o + str(es_dc("00" + b + o)) + str(es_dc(a)) + a
    if cc == "NL":
        while True:
            a = rdig(9, "123456789")
            s = sum(int(c) * (10 - i) for i, c in enumerate(a)) % 11
            last = (11 - s) % 11
            if last < 10:
                return pick(NL_BANKS) + a + str(last)
    if cc == "BE":
        a = rdig(10, "0123456789")
        chk = int(a) % 97 or 97
        return a + "%02d" % chk
    if cc == "AT":
        return rdig(5, "1234") + rdig(11)
    if cc == "PT":
        a = "00" + rdig(2, "1345") + rdig(4) + rdig(11)
        return a + "%02d" % (98 - (int(a + "00") % 97))
    if cc == "IE":
        return pick(IE_BANKS) + rdig(6, "9") + rdig(8)
    raise KeyError(cc)


def make_iban(cc):
    b = bban(cc)
    s = cc + "00" + b
    chk = 98 - iban_mod(s)
    s = cc + "%02d" % chk + b
    assert len(s) == IBAN_LEN[cc] and iban_ok(s), s
    return s


HOME_IBAN = {"en": ["IE", "DE", "FR", "ES", "NL", "BE", "AT", "PT"],
             "it": ["IT"], "el": ["GR"], "ro": ["RO"], "fi": ["FI"]}


def raw_iban(ctx):
    if chance(0.5):
        cc = pick(HOME_IBAN[ctx.lang])
    else:
        cc = pick(["IT", "GR", "RO", "FI", "DE", "FR", "ES", "NL", "BE", "AT", "PT", "IE"])
    return make_iban(cc), {}


def corrupt_iban(s, meta):
    return typo(s, list(range(4, len(s))))


def fmt_iban(s, meta):
    r = RNG.random()
    sp = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if r < 0.52:
        return sp
    if r < 0.80:
        return s
    if r < 0.88:
        return s.lower()
    if r < 0.95:
        return sp.lower()
    return sp.replace(" ", "-")


# --- codice fiscale
BELFIORE = ["H501", "F205", "L219", "F839", "G273", "D612", "A944", "L736",
            "D969", "A662", "C351", "L781", "G224", "L424", "B354", "E506",
            "B157", "H703", "G702", "F257", "H294", "L049", "A271", "E625",
            "A794", "Z112", "Z129", "Z114"]


def cf_part(word, is_name):
    w = re.sub(r"[^A-Z]", "", ascii_fold(word).upper())
    cons = [c for c in w if c not in "AEIOU"]
    vows = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


CF_OMO_PLAN = [0] * 20 + [1] * 5 + [2] * 3 + [3] * 2 + [4] * 1
CF_COUNT = [0]


def raw_cf(ctx):
    p = ctx.cust if (ctx.cust["nat"] == "it" and chance(0.6)) else person("it", "it")
    female = p["female"]
    y, m, d = rand_date(1946, 2005)
    s = (cf_part(p["last_plain"], False) + cf_part(p["first_plain"], True)
         + "%02d" % (y % 100) + CF_MONTHS[m - 1] + "%02d" % (d + 40 if female else d)
         + pick(BELFIORE))
    # omocodia: a few forced early so that every level 1-3 appears
    i = CF_COUNT[0]
    CF_COUNT[0] += 1
    level = [1, 2, 3][i] if i < 3 else pick(CF_OMO_PLAN)
    s = list(s)
    for pos in CF_OMO_POS[:level]:
        s[pos] = CF_OMO[int(s[pos])]
    s = "".join(s)
    return s + cf_char(s), {}


def corrupt_cf(s, meta):
    if chance(0.7):
        return s[:15] + pick([c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c != s[15]])
    i = pick([6, 7, 9, 10, 12, 13, 14])
    if not s[i].isdigit():
        return None
    return s[:i] + pick([c for c in "0123456789" if c != s[i]]) + s[i + 1:]


def fmt_cf(s, meta):
    r = RNG.random()
    if r < 0.82:
        return s
    if r < 0.92:
        return s.lower()
    return s[:6] + " " + s[6:11] + " " + s[11:]


# --- partita IVA
def raw_piva(ctx):
    while True:
        mat = pick(["0", "0", "0", "1", "1", "0"]) + rdig(6)
        off = pick(sorted(PIVA_OFFICES))
        s = luhn_complete(mat + "%03d" % off)
        if not ddmmyy_any(s[:6]) and piva_ok(s):
            return s, {}


def corrupt_piva(s, meta):
    return typo(s, [0, 1, 2, 3, 4, 5, 6, 10])  # office code left as it was


def fmt_piva(s, meta):
    return ("IT" + s) if chance(0.3) else s


# --- AMKA
def raw_amka(ctx):
    while True:
        y, m, d = rand_date(1946, 2005)
        s = luhn_complete("%02d%02d%02d" % (d, m, y % 100) + rdig(4))
        if amka_ok(s) and not piva_ok(s):
            return s, {}


def corrupt_amka(s, meta):
    return typo(s, [6, 7, 8, 9, 10])  # birth date left as it was


def fmt_amka(s, meta):
    return (s[:6] + " " + s[6:]) if chance(0.13) else s


# --- AFM
def raw_afm(ctx):
    while True:
        b = pick("0000111112") + rdig(7)
        r = afm_rem(b + "0")
        if r == 10:
            continue
        s = b + str(r)
        if afm_ok(s):
            return s, {}


def corrupt_afm(s, meta):
    t = typo(s, list(range(9)))
    return None if afm_ok(t) else t


def fmt_afm(s, meta):
    r = RNG.random()
    if r < 0.7:
        return s
    if r < 0.85:
        return "EL" + s
    if r < 0.95:
        return group(s, [3, 3, 3], " ")
    return group(s, [3, 3, 3], ".")


# --- CNP
CNP_COUNT = [0]


def raw_cnp(ctx):
    while True:
        i = CNP_COUNT[0]
        sx = "125678"[i] if i < 6 else pick("1122112255667812")
        if sx in "12":
            y0, y1 = 1946, 1999
        elif sx in "56":
            y0, y1 = 2000, 2006
        else:
            y0, y1 = 1965, 2003
        y, m, d = rand_date(y0, y1)
        county = pick(list(range(1, 47)) + [51, 52])
        base = "%s%02d%02d%02d%02d%03d" % (sx, y % 100, m, d, county, RNG.randint(1, 999))
        s = base + cnp_key(base)
        if cnp_ok(s) and not luhn_ok(s):
            CNP_COUNT[0] += 1
            return s, {}


def corrupt_cnp(s, meta):
    t = typo(s, [9, 10, 11, 12])  # sex digit, date and county left as they were
    return None if luhn_ok(t) or t[9:12] == "000" else t


def fmt_cnp(s, meta):
    return (s[0] + " " + s[1:7] + " " + s[7:]) if chance(0.1) else s


# --- henkilötunnus
HETU_ORDER = "-YXWVUABCDEF"
HETU_COUNT = [0, 0]


def raw_hetu(ctx):
    """The '+' sign (born in the 1800s) only where the sentence can carry it:
    ctx.old_ok is set for statements, which then use the estate-papers wording."""
    if getattr(ctx, "old_ok", False) and (HETU_COUNT[1] < 3 or chance(0.04)):
        HETU_COUNT[1] += 1
        sign = "+"
    elif HETU_COUNT[0] < len(HETU_ORDER):
        sign = HETU_ORDER[HETU_COUNT[0]]
        HETU_COUNT[0] += 1
    else:
        r = RNG.random()
        if r < 0.45:
            sign = "-"
        elif r < 0.60:
            sign = pick("YXWVU")
        elif r < 0.82:
            sign = "A"
        else:
            sign = pick("BCDEF")
    if sign == "+":
        y, m, d = rand_date(1885, 1899)
    elif HETU_SIGNS[sign] == 1900:
        y, m, d = rand_date(1946, 1999)
    else:
        y, m, d = rand_date(2000, 2007)
    dmy = "%02d%02d%02d" % (d, m, y % 100)
    nnn = "%03d" % RNG.randint(2, 899)
    s = dmy + sign + nnn + HETU_TABLE[int(dmy + nnn) % 31]
    assert hetu_ok(s)
    return s, {}


def corrupt_hetu(s, meta):
    if chance(0.6):
        return s[:10] + pick([c for c in HETU_TABLE if c != s[10]])
    i = pick([7, 8, 9])
    t = s[:i] + pick([c for c in "0123456789" if c != s[i]]) + s[i + 1:]
    return t if 2 <= int(t[7:10]) <= 899 else None


def fmt_hetu(s, meta):
    if s[-1].isalpha() and chance(0.06):
        return s[:-1] + s[-1].lower()
    return s


ID_KINDS = {
    # kind: (entity type, raw, corrupt, fmt, validator)
    "CARD": ("CARD", raw_card, corrupt_card, fmt_card, lambda s: 12 <= len(s) <= 19 and luhn_ok(s)),
    "IBAN": ("IBAN", raw_iban, corrupt_iban, fmt_iban, iban_ok),
    "CF": ("IT_CODICE_FISCALE", raw_cf, corrupt_cf, fmt_cf, cf_ok),
    "PIVA": ("IT_PARTITA_IVA", raw_piva, corrupt_piva, fmt_piva, piva_ok),
    "AMKA": ("GR_AMKA", raw_amka, corrupt_amka, fmt_amka, amka_ok),
    "AFM": ("GR_AFM", raw_afm, corrupt_afm, fmt_afm, afm_ok),
    "CNP": ("RO_CNP", raw_cnp, corrupt_cnp, fmt_cnp, cnp_ok),
    "HETU": ("FI_HETU", raw_hetu, corrupt_hetu, fmt_hetu, hetu_ok),
}
NATIONAL = ["CF", "PIVA", "AMKA", "AFM", "CNP", "HETU"]
NAT_COUNTRY = {"CF": "it", "PIVA": "it", "AMKA": "el", "AFM": "el", "CNP": "ro", "HETU": "fi"}
ID_ORDER = ["CARD", "IBAN"] + NATIONAL


def id_acceptable(kind, canon, valid):
    """A fresh value whose digits pass exactly the checks they should."""
    etype, ok = ID_KINDS[kind][0], ID_KINDS[kind][4]
    if ok(canon) != valid:
        return False
    if kind + ":" + canon.upper() in USED:
        return False
    if canon.isdigit():
        want = [etype] if valid else []
        if numeric_hits(canon) != want:
            return False
    return True


def normalise(kind, shown):
    norm = shown.upper() if kind == "HETU" else re.sub(r"[ .\-]", "", shown).upper()
    if kind == "PIVA" and norm.startswith("IT"):
        norm = norm[2:]
    if kind == "AFM" and norm.startswith("EL"):
        norm = norm[2:]
    return norm


def restyle(shown, canon, other):
    """Write `other` (same length as canon) the way `shown` writes canon."""
    out, j = list(shown), 0
    for i, ch in enumerate(shown):
        if j < len(canon) and ch.upper() == canon[j].upper():
            new = other[j]
            out[i] = new.lower() if ch.islower() else new.upper()
            j += 1
    assert j == len(canon), (shown, canon)
    return "".join(out)


def new_id(kind, ctx, valid):
    etype, raw, corrupt, fmt, ok = ID_KINDS[kind]
    for _ in range(10000):
        canon, meta = raw(ctx)
        assert ok(canon), (kind, canon)
        if not valid:
            canon = corrupt(canon, meta)
            if canon is None:
                continue
        if not id_acceptable(kind, canon, valid):
            continue
        USED[kind + ":" + canon.upper()] = True
        shown = fmt(canon, meta)
        assert normalise(kind, shown) == canon.upper(), (shown, canon)
        return shown
    raise RuntimeError("could not make " + kind)


def new_id_pair(kind, ctx):
    """A valid value and a one-character typo of it, written the same way."""
    etype, raw, corrupt, fmt, ok = ID_KINDS[kind]
    for _ in range(10000):
        canon, meta = raw(ctx)
        bad = corrupt(canon, meta)
        if bad is None or not id_acceptable(kind, canon, True) or not id_acceptable(kind, bad, False):
            continue
        USED[kind + ":" + canon.upper()] = True
        USED[kind + ":" + bad.upper()] = True
        shown = fmt(canon, meta)
        bad_shown = restyle(shown, canon, bad)
        assert normalise(kind, shown) == canon.upper() and normalise(kind, bad_shown) == bad.upper()
        return shown, bad_shown
    raise RuntimeError("could not make a pair of " + kind)


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------

IT_MOB = ["320", "324", "327", "328", "329", "330", "331", "333", "334", "335",
          "336", "338", "339", "340", "342", "345", "346", "347", "348", "349",
          "351", "366", "368", "380", "388", "389", "391", "392", "393"]
GR_MOB = ["690", "693", "694", "695", "697", "698", "699"]
RO_MOB = ["0721", "0722", "0723", "0724", "0726", "0728", "0729", "0740", "0741",
          "0742", "0744", "0745", "0746", "0747", "0748", "0749", "0751", "0752",
          "0753", "0754", "0755", "0756", "0760", "0761", "0762", "0763", "0764",
          "0765", "0766", "0770", "0771", "0772", "0773", "0774", "0775", "0786",
          "0787", "0788", "0789"]
FI_MOB = ["040", "041", "044", "045", "046", "050"]
UK_MOB = ["07400", "07418", "07441", "07810", "07823", "07846", "07900", "07912",
          "07956", "07984"]
IE_MOB = ["083", "085", "086", "087", "089"]
US_AREA = ["212", "646", "917", "415", "312", "617", "202", "305", "718"]


def phone_formats(cc, intl):
    """Return (list of display strings, national digits) for one number."""
    if cc == "IT":
        if chance(0.75):
            p, s = pick(IT_MOB), rdig(7, "123456789")
            if intl:
                f = ["+39 %s %s %s" % (p, s[:3], s[3:]), "+39 %s %s" % (p, s), "+39%s%s" % (p, s),
                     "0039 %s %s" % (p, s), "(+39) %s %s %s" % (p, s[:3], s[3:]), "+39 %s-%s" % (p, s)]
            else:
                f = ["%s %s %s" % (p, s[:3], s[3:]), "%s %s" % (p, s), "%s-%s" % (p, s),
                     "%s.%s.%s" % (p, s[:3], s[3:]), p + s, "%s/%s" % (p, s)]
            return f, p + s
        a, n = pick([("02", 8), ("06", 8), ("011", 7), ("055", 7), ("051", 7), ("081", 7), ("010", 7)])
        s = rdig(n, "2345678")
        h = len(s) // 2
        if intl:
            f = ["+39 %s %s" % (a, s), "+39 %s %s %s" % (a, s[:h], s[h:]), "0039 %s %s" % (a, s)]
        else:
            f = ["%s %s" % (a, s), "%s/%s" % (a, s), "%s-%s" % (a, s), "%s %s %s" % (a, s[:h], s[h:])]
        return f, a + s
    if cc == "GR":
        if chance(0.7):
            p, s = pick(GR_MOB), rdig(7)
            if intl:
                f = ["+30 %s %s %s" % (p, s[:3], s[3:]), "+30 %s%s" % (p, s), "0030 %s %s" % (p, s),
                     "(+30) %s %s %s" % (p, s[:3], s[3:]), "+30%s%s" % (p, s)]
            else:
                f = ["%s %s %s" % (p, s[:3], s[3:]), p + s, "%s %s %s %s" % (p, s[:2], s[2:4], s[4:]),
                     "%s-%s-%s" % (p, s[:3], s[3:])]
            return f, p + s
        a, n = pick([("210", 7), ("210", 7), ("2310", 6), ("2610", 6), ("2810", 6), ("2410", 6)])
        s = rdig(n, "2345678" if n == 6 else "1234569")
        if intl:
            f = ["+30 %s %s" % (a, s), "+30 %s %s %s" % (a, s[:3], s[3:]), "0030 %s%s" % (a, s)]
        else:
            f = ["%s %s" % (a, s), "%s-%s" % (a, s), a + s, "%s %s %s" % (a, s[:3], s[3:])]
        return f, a + s
    if cc == "RO":
        if chance(0.75):
            p, s = pick(RO_MOB), rdig(6)
            q = p[1:]
            if intl:
                f = ["+40 %s %s %s" % (q, s[:3], s[3:]), "+40%s%s" % (q, s), "0040 %s %s %s" % (q, s[:3], s[3:]),
                     "(+40) %s %s %s" % (q, s[:3], s[3:]), "+40 %s %s" % (q, s), "+4 %s %s %s" % (p, s[:3], s[3:])]
            else:
                f = ["%s %s %s" % (p, s[:3], s[3:]), p + s, "%s-%s-%s" % (p, s[:3], s[3:]),
                     "%s.%s.%s" % (p, s[:3], s[3:]), "%s %s" % (p, s)]
            return f, p + s
        if chance(0.5):
            s = rdig(7, "23")
            if intl:
                f = ["+40 21 %s %s" % (s[:3], s[3:]), "0040 21 %s" % s]
            else:
                f = ["021 %s %s" % (s[:3], s[3:]), "021.%s.%s.%s" % (s[:3], s[3:5], s[5:]), "021" + s]
            return f, "021" + s
        a, s = pick(["0264", "0232", "0256", "0268", "0241"]), rdig(6, "2345")
        if intl:
            f = ["+40 %s %s %s" % (a[1:], s[:3], s[3:]), "0040 %s %s" % (a[1:], s)]
        else:
            f = ["%s %s %s" % (a, s[:3], s[3:]), "%s-%s" % (a, s), "%s/%s" % (a, s)]
        return f, a + s
    if cc == "FI":
        if chance(0.8):
            p, s = pick(FI_MOB), rdig(7)
            q = p[1:]
            if intl:
                f = ["+358 %s %s %s" % (q, s[:3], s[3:]), "+358 %s %s" % (q, s), "+358%s%s" % (q, s),
                     "00358 %s %s %s" % (q, s[:3], s[3:]), "+358 (0)%s %s %s" % (q, s[:3], s[3:])]
            else:
                f = ["%s %s %s" % (p, s[:3], s[3:]), "%s %s" % (p, s), "%s-%s" % (p, s), p + s,
                     "%s %s %s" % (p, s[:4], s[4:])]
            return f, p + s
        a, s = pick(["09", "09", "02", "03", "08"]), rdig(7, "123456789")
        if intl:
            f = ["+358 %s %s %s" % (a[1:], s[:4], s[4:]), "+358 %s %s" % (a[1:], s)]
        else:
            f = ["%s %s %s" % (a, s[:4], s[4:]), "%s-%s %s" % (a, s[:3], s[3:]), "%s %s" % (a, s)]
        return f, a + s
    if cc == "UK":
        if chance(0.75):
            p, s = pick(UK_MOB), rdig(6)
            q = p[1:]
            if intl:
                f = ["+44 %s %s" % (q, s), "+44 (0)%s %s" % (q, s), "0044 %s %s %s" % (q, s[:3], s[3:]),
                     "+44%s%s" % (q, s)]
            else:
                f = ["%s %s" % (p, s), "%s %s %s" % (p, s[:3], s[3:]), p + s]
            return f, p + s
        if chance(0.5):
            s = pick("78") + rdig(7)
            return (["+44 20 %s %s" % (s[:4], s[4:])] if intl else ["020 %s %s" % (s[:4], s[4:])]), "020" + s
        s = rdig(7, "2345678")
        return (["+44 161 %s %s" % (s[:3], s[3:])] if intl else ["0161 %s %s" % (s[:3], s[3:])]), "0161" + s
    if cc == "IE":
        if chance(0.75):
            p, s = pick(IE_MOB), rdig(7)
            if intl:
                f = ["+353 %s %s %s" % (p[1:], s[:3], s[3:]), "00353 %s %s" % (p[1:], s), "+353%s%s" % (p[1:], s)]
            else:
                f = ["%s %s %s" % (p, s[:3], s[3:]), p + s, "%s-%s %s" % (p, s[:3], s[3:])]
            return f, p + s
        s = rdig(7, "2345678")
        return (["+353 1 %s %s" % (s[:3], s[3:])] if intl else ["01 %s %s" % (s[:3], s[3:])]), "01" + s
    if cc == "US":
        a, line = pick(US_AREA), "01%02d" % RNG.randint(0, 99)
        if intl:
            f = ["+1 %s 555 %s" % (a, line), "+1 (%s) 555-%s" % (a, line), "001 %s 555 %s" % (a, line),
                 "+1-%s-555-%s" % (a, line)]
        else:
            f = ["(%s) 555-%s" % (a, line), "%s-555-%s" % (a, line), "%s.555.%s" % (a, line),
                 "1-%s-555-%s" % (a, line)]
        return f, a + "555" + line
    raise KeyError(cc)


HOME_CC = {"it": "IT", "el": "GR", "ro": "RO", "fi": "FI"}
ALL_CC = ["IT", "GR", "RO", "FI", "UK", "IE", "US"]


def new_phone(lang):
    if lang == "en":
        home = pick(["UK", "UK", "IE", "US"])
    else:
        home = HOME_CC[lang]
    if chance(0.66):
        cc, intl = home, chance(0.3)
    else:
        cc, intl = pick([c for c in ALL_CC if c != home]), True
    for _ in range(1000):
        fmts, national = phone_formats(cc, intl)
        shown = pick(fmts)
        key = "PHONE:" + national
        digits = re.sub(r"\D", "", shown)
        if key in USED or numeric_hits(digits) or numeric_hits(national):
            continue
        if run_hits(shown) or run_hits(national):
            continue
        USED[key] = True
        mobile = {"IT": national.startswith("3"), "GR": national.startswith("69"),
                  "RO": national.startswith("07"), "FI": national[:3] in FI_MOB,
                  "UK": national.startswith("07"), "IE": national.startswith("08"), "US": True}[cc]
        return shown, mobile
    raise RuntimeError("phone")


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------

IT_M = ["Marco", "Luca", "Giuseppe", "Alessandro", "Francesco", "Matteo", "Davide",
        "Stefano", "Paolo", "Roberto", "Simone", "Giorgio", "Antonio", "Lorenzo"]
IT_F = ["Giulia", "Chiara", "Francesca", "Sara", "Elena", "Martina", "Valentina",
        "Federica", "Silvia", "Laura", "Alessia", "Paola", "Anna", "Giovanna"]
IT_L = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
        "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa",
        "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro",
        "Caruso", "Ferrara", "Leone", "D'Angelo", "Mariani", "Rinaldi", "Galli"]
EN_M = ["James", "Oliver", "Daniel", "Thomas", "Michael", "Liam", "Connor", "David",
        "Ryan", "Sean", "Adam", "Jack", "Owen", "Ciarán"]
EN_F = ["Sarah", "Emily", "Rachel", "Hannah", "Jessica", "Aoife", "Siobhan", "Priya",
        "Kate", "Laura", "Megan", "Chloe", "Niamh", "Sophie"]
EN_L = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
        "Patel", "Murphy", "O'Brien", "Walsh", "Kelly", "Thompson", "Evans", "Walker",
        "Wright", "Robinson", "Hughes", "Clarke", "Byrne", "Khan", "Doyle", "Harris"]
RO_M = ["Andrei", "Alexandru", "Mihai", "Ionuț", "Cristian", "Bogdan", "Radu", "Florin",
        "Adrian", "Gabriel", "Ștefan", "Vlad", "Sorin", "Cătălin"]
RO_F = ["Elena", "Ioana", "Maria", "Andreea", "Alexandra", "Cristina", "Mihaela", "Ana",
        "Raluca", "Diana", "Roxana", "Simona", "Oana", "Irina"]
RO_L = ["Popescu", "Ionescu", "Popa", "Constantinescu", "Stan", "Dumitrescu", "Stoica",
        "Gheorghiu", "Munteanu", "Rusu", "Matei", "Florea", "Dobre", "Ciobanu", "Niculescu",
        "Marinescu", "Tănase", "Lungu", "Moldovan", "Sârbu", "Bălan", "Preda", "Enache", "Ene"]
# Finnish: (nominative, genitive)
FI_M = [("Matti", "Matin"), ("Mikko", "Mikon"), ("Juha", "Juhan"), ("Timo", "Timon"),
        ("Jari", "Jarin"), ("Antti", "Antin"), ("Ville", "Villen"), ("Janne", "Jannen"),
        ("Sami", "Samin"), ("Tuomas", "Tuomaksen"), ("Jukka", "Jukan"), ("Eetu", "Eetun"),
        ("Petri", "Petrin"), ("Lauri", "Laurin")]
FI_F = [("Anna", "Annan"), ("Laura", "Lauran"), ("Johanna", "Johannan"), ("Maria", "Marian"),
        ("Tiina", "Tiinan"), ("Satu", "Sadun"), ("Emma", "Emman"), ("Aino", "Ainon"),
        ("Hanna", "Hannan"), ("Sanna", "Sannan"), ("Elina", "Elinan"), ("Minna", "Minnan"),
        ("Kaisa", "Kaisan"), ("Noora", "Nooran")]
FI_L = [("Virtanen", "Virtasen"), ("Korhonen", "Korhosen"), ("Mäkinen", "Mäkisen"),
        ("Nieminen", "Niemisen"), ("Mäkelä", "Mäkelän"), ("Hämäläinen", "Hämäläisen"),
        ("Laine", "Laineen"), ("Heikkinen", "Heikkisen"), ("Koskinen", "Koskisen"),
        ("Järvinen", "Järvisen"), ("Lehtonen", "Lehtosen"), ("Lehtinen", "Lehtisen"),
        ("Saarinen", "Saarisen"), ("Salminen", "Salmisen"), ("Heinonen", "Heinosen"),
        ("Niemi", "Niemen"), ("Heikkilä", "Heikkilän"), ("Kinnunen", "Kinnusen"),
        ("Salonen", "Salosen"), ("Turunen", "Turusen"), ("Leinonen", "Leinosen"),
        ("Rantanen", "Rantasen")]
# Greek first names: nom, acc, gen, voc, latin
GR_M = [("Γιώργος", "Γιώργο", "Γιώργου", "Γιώργο", "Giorgos"),
        ("Δημήτρης", "Δημήτρη", "Δημήτρη", "Δημήτρη", "Dimitris"),
        ("Νίκος", "Νίκο", "Νίκου", "Νίκο", "Nikos"),
        ("Κώστας", "Κώστα", "Κώστα", "Κώστα", "Kostas"),
        ("Γιάννης", "Γιάννη", "Γιάννη", "Γιάννη", "Giannis"),
        ("Παναγιώτης", "Παναγιώτη", "Παναγιώτη", "Παναγιώτη", "Panagiotis"),
        ("Αλέξανδρος", "Αλέξανδρο", "Αλέξανδρου", "Αλέξανδρε", "Alexandros"),
        ("Χρήστος", "Χρήστο", "Χρήστου", "Χρήστο", "Christos"),
        ("Βασίλης", "Βασίλη", "Βασίλη", "Βασίλη", "Vasilis"),
        ("Μιχάλης", "Μιχάλη", "Μιχάλη", "Μιχάλη", "Michalis"),
        ("Θανάσης", "Θανάση", "Θανάση", "Θανάση", "Thanasis"),
        ("Σπύρος", "Σπύρο", "Σπύρου", "Σπύρο", "Spyros")]
GR_F = [("Μαρία", "Μαρία", "Μαρίας", "Μαρία", "Maria"),
        ("Ελένη", "Ελένη", "Ελένης", "Ελένη", "Eleni"),
        ("Κατερίνα", "Κατερίνα", "Κατερίνας", "Κατερίνα", "Katerina"),
        ("Σοφία", "Σοφία", "Σοφίας", "Σοφία", "Sofia"),
        ("Αγγελική", "Αγγελική", "Αγγελικής", "Αγγελική", "Angeliki"),
        ("Γεωργία", "Γεωργία", "Γεωργίας", "Γεωργία", "Georgia"),
        ("Δήμητρα", "Δήμητρα", "Δήμητρας", "Δήμητρα", "Dimitra"),
        ("Ειρήνη", "Ειρήνη", "Ειρήνης", "Ειρήνη", "Eirini"),
        ("Χριστίνα", "Χριστίνα", "Χριστίνας", "Χριστίνα", "Christina"),
        ("Αναστασία", "Αναστασία", "Αναστασίας", "Αναστασία", "Anastasia"),
        ("Βασιλική", "Βασιλική", "Βασιλικής", "Βασιλική", "Vasiliki")]
# Greek surnames: male nom, acc, gen, voc, female (all cases), latin m, latin f
GR_L = [("Παπαδόπουλος", "Παπαδόπουλο", "Παπαδόπουλου", "Παπαδόπουλε", "Παπαδοπούλου", "Papadopoulos", "Papadopoulou"),
        ("Παπαδάκης", "Παπαδάκη", "Παπαδάκη", "Παπαδάκη", "Παπαδάκη", "Papadakis", "Papadaki"),
        ("Γεωργίου", "Γεωργίου", "Γεωργίου", "Γεωργίου", "Γεωργίου", "Georgiou", "Georgiou"),
        ("Οικονόμου", "Οικονόμου", "Οικονόμου", "Οικονόμου", "Οικονόμου", "Oikonomou", "Oikonomou"),
        ("Νικολάου", "Νικολάου", "Νικολάου", "Νικολάου", "Νικολάου", "Nikolaou", "Nikolaou"),
        ("Βλάχος", "Βλάχο", "Βλάχου", "Βλάχο", "Βλάχου", "Vlachos", "Vlachou"),
        ("Αντωνίου", "Αντωνίου", "Αντωνίου", "Αντωνίου", "Αντωνίου", "Antoniou", "Antoniou"),
        ("Ιωάννου", "Ιωάννου", "Ιωάννου", "Ιωάννου", "Ιωάννου", "Ioannou", "Ioannou"),
        ("Μακρής", "Μακρή", "Μακρή", "Μακρή", "Μακρή", "Makris", "Makri"),
        ("Καραγιάννης", "Καραγιάννη", "Καραγιάννη", "Καραγιάννη", "Καραγιάννη", "Karagiannis", "Karagianni"),
        ("Κωνσταντινίδης", "Κωνσταντινίδη", "Κωνσταντινίδη", "Κωνσταντινίδη", "Κωνσταντινίδου", "Konstantinidis", "Konstantinidou"),
        ("Μαυρίδης", "Μαυρίδη", "Μαυρίδη", "Μαυρίδη", "Μαυρίδου", "Mavridis", "Mavridou"),
        ("Σταματόπουλος", "Σταματόπουλο", "Σταματόπουλου", "Σταματόπουλε", "Σταματοπούλου", "Stamatopoulos", "Stamatopoulou"),
        ("Δημητρίου", "Δημητρίου", "Δημητρίου", "Δημητρίου", "Δημητρίου", "Dimitriou", "Dimitriou"),
        ("Αθανασίου", "Αθανασίου", "Αθανασίου", "Αθανασίου", "Αθανασίου", "Athanasiou", "Athanasiou"),
        ("Πετρόπουλος", "Πετρόπουλο", "Πετρόπουλου", "Πετρόπουλε", "Πετροπούλου", "Petropoulos", "Petropoulou")]

CASES = ("nom", "acc", "gen", "voc")


def person(nat, text_lang):
    """A person of nationality nat, as written in a text in text_lang.
    Forms: first/last in each case; latin spelling for e-mail addresses."""
    female = chance(0.5)
    p = {"nat": nat, "female": female}
    if nat == "el":
        f = pick(GR_F if female else GR_M)
        l = pick(GR_L)
        if text_lang == "el":
            first = dict(zip(CASES, f[:4]))
            last = dict(zip(CASES, [l[4]] * 4 if female else l[:4]))
        else:
            lat = l[6] if female else l[5]
            first = dict.fromkeys(CASES, f[4])
            last = dict.fromkeys(CASES, lat)
        p["first_latin"], p["last_latin"] = f[4], (l[6] if female else l[5])
    elif nat == "fi":
        f = pick(FI_F if female else FI_M)
        l = pick(FI_L)
        first = {"nom": f[0], "acc": f[0], "voc": f[0], "gen": f[1] if text_lang == "fi" else f[0]}
        last = {"nom": l[0], "acc": l[0], "voc": l[0], "gen": l[1] if text_lang == "fi" else l[0]}
        p["first_latin"], p["last_latin"] = ascii_fold(f[0]), ascii_fold(l[0])
    else:
        pools = {"it": (IT_F, IT_M, IT_L), "en": (EN_F, EN_M, EN_L), "ro": (RO_F, RO_M, RO_L)}[nat]
        f = pick(pools[0] if female else pools[1])
        l = pick(pools[2])
        first = dict.fromkeys(CASES, f)
        last = dict.fromkeys(CASES, l)
        p["first_latin"], p["last_latin"] = ascii_fold(f), ascii_fold(l)
    p["first"], p["last"] = first, last
    p["first_plain"], p["last_plain"] = p["first_latin"], p["last_latin"]
    full = {}
    for c in CASES:
        if nat == "fi" and c == "gen":
            full[c] = first["nom"] + " " + last["gen"]  # "Matti Virtasen"
        else:
            full[c] = first[c] + " " + last[c]
    p["full"] = full
    return p


EMAIL_DOMAINS = {
    "it": ["gmail.com", "libero.it", "alice.it", "virgilio.it", "hotmail.it", "tiscali.it", "yahoo.it"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "outlook.com"],
    "ro": ["yahoo.com", "gmail.com", "yahoo.ro", "outlook.com"],
    "fi": ["gmail.com", "luukku.com", "outlook.com", "hotmail.com", "suomi24.fi"],
    "en": ["gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "icloud.com", "yahoo.co.uk", "eircom.net"],
}


def email_for(p):
    f = re.sub(r"[^a-z]", "", p["first_latin"].lower())
    l = re.sub(r"[^a-z]", "", p["last_latin"].lower())
    for k in range(200):
        r = RNG.random()
        if r < 0.35:
            local = f + "." + l
        elif r < 0.5:
            local = f + l
        elif r < 0.62:
            local = f[0] + "." + l
        elif r < 0.74:
            local = f + "_" + l
        elif r < 0.86:
            local = f + "." + l + "%02d" % RNG.randint(60, 99)
        else:
            local = l + "." + f
        if k > 3:
            local += str(RNG.randint(1, 99))
        dom = pick(EMAIL_DOMAINS[p["nat"]])
        addr = local + "@" + dom
        if chance(0.08):
            addr = local.split(".")[0].capitalize() + local[len(local.split(".")[0]):] + "@" + dom
        key = "EMAIL:" + addr.lower()
        if key not in USED:
            USED[key] = True
            return addr
    raise RuntimeError("email")


# ---------------------------------------------------------------------------
# addresses (street word ... postcode, city)
# ---------------------------------------------------------------------------

IT_CITIES = [("Milano", "MI", 20121, 20162), ("Roma", "RM", 118, 199), ("Torino", "TO", 10121, 10156),
             ("Napoli", "NA", 80121, 80147), ("Bologna", "BO", 40121, 40141), ("Firenze", "FI", 50121, 50145),
             ("Genova", "GE", 16121, 16167), ("Bari", "BA", 70121, 70132), ("Palermo", "PA", 90121, 90151),
             ("Verona", "VR", 37121, 37142), ("Padova", "PD", 35121, 35143), ("Bergamo", "BG", 24121, 24129)]
IT_STREETS = ["Via Giuseppe Garibaldi", "Via Roma", "Via Dante Alighieri", "Viale Monza", "Corso Buenos Aires",
              "Corso Vittorio Emanuele II", "Piazza Cavour", "Via dei Mille", "Via Nazionale", "Largo Augusto",
              "Via Giuseppe Mazzini", "Viale dei Pini", "Via della Repubblica", "Corso Italia",
              "Via San Francesco", "Vicolo Stretto", "Via Cesare Battisti", "Viale Europa"]
GR_CITIES = [("Αθήνα", ["Ερμού", "Σταδίου", "Πανεπιστημίου", "Ακαδημίας", "Πατησίων", "Λεωφ. Αλεξάνδρας",
                        "Λεωφόρος Συγγρού", "Λεωφ. Κηφισίας", "Μιχαλακοπούλου"], [(105, 51, 64), (112, 51, 57), (115, 21, 28), (117, 41, 45)]),
             ("Θεσσαλονίκη", ["Τσιμισκή", "Εγνατίας", "Μητροπόλεως", "Αγίας Σοφίας", "Λεωφ. Νίκης"], [(546, 21, 46)]),
             ("Πάτρα", ["Μαιζώνος", "Κορίνθου", "Αγίου Νικολάου"], [(262, 21, 25)]),
             ("Ηράκλειο", ["Καλοκαιρινού", "Λεωφ. Κνωσού", "Δικαιοσύνης"], [(712, 1, 2)]),
             ("Λάρισα", ["Κύπρου", "Παπακυριαζή"], [(412, 21, 23)])]
RO_CITIES = [("București", None, ["Calea Victoriei", "Bd. Unirii", "Bulevardul Magheru", "Str. Lipscani",
                                  "Șoseaua Pantelimon", "Splaiul Independenței", "Str. Doamnei", "Aleea Callatis"]),
             ("Cluj-Napoca", "Cluj", ["Str. Memorandumului", "Str. Horea", "Calea Dorobanților", "Strada Avram Iancu"]),
             ("Iași", "Iași", ["Bd. Ștefan cel Mare și Sfânt", "Str. Lăpușneanu", "Șoseaua Păcurari", "Aleea Decebal"]),
             ("Timișoara", "Timiș", ["Bd. Revoluției din 1989", "Str. Alba Iulia", "Calea Aradului"]),
             ("Brașov", "Brașov", ["Str. Republicii", "Bd. Eroilor", "Strada Mureșenilor"])]
RO_PC = {"Cluj-Napoca": "400", "Iași": "700", "Timișoara": "300", "Brașov": "500"}
FI_CITIES = [("Helsinki", (1, 99), ["Mannerheimintie", "Aleksanterinkatu", "Hämeentie", "Fredrikinkatu", "Runeberginkatu"]),
             ("Espoo", (210, 278), ["Koivukuja", "Kirkkotie", "Mäntytie"]),
             ("Vantaa", (130, 173), ["Rantatie", "Kielotie", "Peltolantie"]),
             ("Tampere", (3310, 3390), ["Hämeenkatu", "Satakunnankatu", "Pirkankatu"]),
             ("Turku", (2010, 2090), ["Yliopistonkatu", "Aurakatu", "Humalistonkatu"]),
             ("Oulu", (9010, 9090), ["Isokatu", "Kirkkokatu", "Rantakatu"]),
             ("Jyväskylä", (4010, 4090), ["Kauppakatu", "Väinönkatu", "Kilpisenkatu"])]
UK_PLACES = [("London", ["NW1", "SW11", "E8", "N16", "SE15", "W12"]), ("Manchester", ["M14", "M20", "M4"]),
             ("Bristol", ["BS1", "BS6", "BS8"]), ("Leeds", ["LS6", "LS11"]), ("Edinburgh", ["EH3", "EH9"]),
             ("Cardiff", ["CF10", "CF24"])]
UK_STREETS = ["Church Road", "High Street", "Station Road", "Victoria Street", "Park Avenue", "Mill Lane",
              "Queen Street", "Elm Grove", "Albert Road", "Manor Way", "Orchard Close"]
IE_PLACES = [("Galway", "H91"), ("Cork", "T12"), ("Limerick", "V94"), ("Athlone", "N37"), ("Dublin 4", "D04"),
             ("Dublin 6", "D06")]
IE_STREETS = ["Main Street", "Castle Street", "Shop Street", "Grove Park", "Church View", "Seaview Terrace"]
US_PLACES = [("Boston", "MA", "021"), ("Chicago", "IL", "606"), ("Austin", "TX", "787"), ("Seattle", "WA", "981"),
             ("Portland", "OR", "972"), ("Denver", "CO", "802")]
US_STREETS = ["Maple Avenue", "Oak Street", "Pine Street", "Washington Avenue", "Lake Drive", "Cedar Lane"]
UK_IN = "ABDEFGHJLNPQRSTUWXYZ"
EIR = "0123456789ACDEFHKNPRTVWXY"


def new_address(lang):
    if lang == "it":
        city, prov, lo, hi = pick(IT_CITIES)
        cap = "%05d" % RNG.randint(lo, hi)
        st, n = pick(IT_STREETS), str(RNG.randint(1, 180))
        r = RNG.random()
        if r < 0.35:
            return "%s %s, %s %s" % (st, n, cap, city)
        if r < 0.6:
            return "%s %s, %s %s (%s)" % (st, n, cap, city, prov)
        if r < 0.8:
            return "%s n. %s, %s %s" % (st, n, cap, city)
        return "%s %s/%s, int. %d, %s %s %s" % (st, n, pick("ABC"), RNG.randint(1, 20), cap, city, prov)
    if lang == "el":
        city, streets, tks = pick(GR_CITIES)
        a, b0, b1 = pick(tks)
        tk = "%03d %02d" % (a, RNG.randint(b0, b1))
        if chance(0.3):
            tk = tk.replace(" ", "")
        st, n = pick(streets), str(RNG.randint(1, 160))
        r = RNG.random()
        if r < 0.45:
            return "%s %s, %s %s" % (st, n, tk, city)
        if r < 0.65:
            return "%s %s, %s %s" % (st, n, city, tk)
        if r < 0.85:
            return "%s %s, Τ.Κ. %s, %s" % (st, n, tk, city)
        return "%s %s, %s" % (st, n, city)
    if lang == "ro":
        city, county, streets = pick(RO_CITIES)
        st, n = pick(streets), str(RNG.randint(1, 150))
        if city == "București":
            sector = RNG.randint(1, 6)
            pc = "0%d%04d" % (sector, RNG.randint(11, 9999)) if sector > 1 else "01%04d" % RNG.randint(11, 5999)
            r = RNG.random()
            if r < 0.35:
                return "%s nr. %s, bl. %s%d, sc. %s, ap. %d, sector %d, București" % (
                    st, n, pick("ABCDM"), RNG.randint(1, 9), pick("AB12"), RNG.randint(1, 80), sector)
            if r < 0.7:
                return "%s %s, %s București" % (st, n, pc)
            return "%s nr. %s, et. %d, ap. %d, Sector %d, București" % (st, n, RNG.randint(1, 10), RNG.randint(1, 60), sector)
        pc = RO_PC[city] + "%03d" % RNG.randint(1, 699)
        r = RNG.random()
        if r < 0.4:
            return "%s nr. %s, %s %s" % (st, n, pc, city)
        if r < 0.75:
            return "%s nr. %s, bl. %s%d, ap. %d, %s, jud. %s" % (st, n, pick("ABCG"), RNG.randint(1, 20), RNG.randint(1, 90), city, county)
        return "%s %s, ap. %d, %s" % (st, n, RNG.randint(1, 40), city)
    if lang == "fi":
        city, (lo, hi), streets = pick(FI_CITIES)
        pc = "%05d" % (RNG.randint(lo, hi) * 10)
        if city == "Helsinki":
            pc = "00%d0" % RNG.randint(10, 99)
        st, n = pick(streets), str(RNG.randint(1, 90))
        r = RNG.random()
        c = city.upper() if chance(0.2) else city
        if r < 0.35:
            return "%s %s, %s %s" % (st, n, pc, c)
        if r < 0.75:
            return "%s %s %s %d, %s %s" % (st, n, pick("ABCDEF"), RNG.randint(1, 60), pc, c)
        return "%s %s as. %d, %s %s" % (st, n, RNG.randint(1, 40), pc, c)
    # en
    r = RNG.random()
    if r < 0.55:
        city, outs = pick(UK_PLACES)
        pc = "%s %d%s%s" % (pick(outs), RNG.randint(1, 9), pick(UK_IN), pick(UK_IN))
        st, n = pick(UK_STREETS), RNG.randint(1, 220)
        if chance(0.35):
            return "Flat %d, %d %s, %s %s" % (RNG.randint(1, 12), n, st, city, pc)
        return "%d %s, %s %s" % (n, st, city, pc)
    if r < 0.75:
        town, key = pick(IE_PLACES)
        code = key + " " + "".join(pick(EIR) for _ in range(4))
        return "%d %s, %s, %s" % (RNG.randint(1, 120), pick(IE_STREETS), town, code)
    city, state, z = pick(US_PLACES)
    zipc = z + "%02d" % RNG.randint(1, 40)
    st = pick(US_STREETS)
    if chance(0.4):
        return "%d %s, Apt %d%s, %s, %s %s" % (RNG.randint(10, 4999), st, RNG.randint(1, 9), pick("ABCD"), city, state, zipc)
    return "%d %s, %s, %s %s" % (RNG.randint(10, 4999), st, city, state, zipc)


# ---------------------------------------------------------------------------
# tricky negatives (distractors)
# ---------------------------------------------------------------------------

MONTHS = {
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
           "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
           "septembrie", "octombrie", "noiembrie", "decembrie"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
           "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
}


def thousands(i, sep):
    s = str(i)
    return s[:-3] + sep + s[-3:] if len(s) > 3 else s


def d_price(lang, style=None):
    """A price; `style` (0..1, one per message) keeps the currency of a message steady."""
    if style is None:
        style = RNG.random()
    r = RNG.random()
    i = RNG.randint(5, 199) if r < 0.55 else (RNG.randint(200, 999) if r < 0.85 else RNG.randint(1000, 4999))
    c = pick(["00", "90", "99", "50", "%02d" % RNG.randint(1, 98)])
    if lang == "it":
        g = thousands(i, ".")
        return pick(["%s,%s €" % (g, c), "€ %s,%s" % (g, c), "%s euro" % g, "€%s,%s" % (g, c)])
    if lang == "el":
        g = thousands(i, ".")
        return pick(["%s,%s €" % (g, c), "%s,%s€" % (g, c), "€%s,%s" % (g, c), "%s ευρώ" % g])
    if lang == "ro":
        g = thousands(i, ".")
        if style < 0.15:
            return "%s,%s €" % (g, c)
        if style < 0.55:
            return pick(["%s,%s lei" % (g, c), "%s lei" % g])
        return pick(["%s RON" % g, "%s,%s RON" % (g, c)])
    if lang == "fi":
        g = thousands(i, pick([" ", "\u00a0"]))
        sp = pick([" ", "\u00a0"])
        return pick(["%s,%s%s€" % (g, c, sp), "%s%s€" % (g, sp), "%s,%s euroa" % (g, c)])
    g = thousands(i, ",")
    if style < 0.5:
        return pick(["£%s.%s" % (g, c), "£%s" % g])
    if style < 0.75:
        return pick(["€%s.%s" % (g, c), "€%s" % g])
    return pick(["$%s.%s" % (g, c), "$%s" % g])


def d_date(lang):
    y = pick([2025, 2026])
    m = RNG.randint(1, 12)
    d = RNG.randint(1, 28)
    mn = MONTHS[lang][m - 1]
    if lang == "it":
        return pick(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%02d.%02d.%d" % (d, m, y), "%d/%d" % (d, m)])
    if lang == "el":
        return pick(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%d-%d-%d" % (d, m, y)])
    if lang == "ro":
        return pick(["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%02d/%02d/%d" % (d, m, y)])
    if lang == "fi":
        return pick(["%d.%d.%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, mn, y), "%d.%d." % (d, m)])
    return pick(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%s %d, %d" % (mn, d, y), "%d-%02d-%02d" % (y, m, d)])


def d_time(lang):
    h = RNG.randint(7, 21)
    mm = pick(["00", "05", "10", "15", "20", "30", "40", "45", "50"])
    if lang == "fi":
        return ("%d.%s" if chance(0.7) else "%d:%s") % (h, mm)
    if lang == "it":
        return ("%d:%s" if chance(0.75) else "%d.%s") % (h, mm)
    if lang == "en":
        h12 = h - 12 if h > 12 else h
        ap = "pm" if h >= 12 else "am"
        return pick(["%d:%s" % (h, mm), "%d:%s %s" % (h12, mm, ap), "%d%s" % (h12, ap)])
    return "%d:%s" % (h, mm)


def d_order(lang):
    r = RNG.random()
    if r < 0.55:
        return clean_number(RNG.randint(6, 12))
    if r < 0.7:
        n = clean_number(pick([8, 9, 10]))
        sep = pick([" ", "-"])
        return group(n, [3, 3, 4] if len(n) == 10 else [3, 3, 3] if len(n) == 9 else [4, 4], sep)
    if r < 0.85:
        return pick(["ORD-", "WEB-", "A", "B2C-"]) + clean_number(RNG.randint(6, 9))
    while True:
        s = "%d-%s" % (pick([2025, 2026]), clean_number(6, "0"))
        if not run_hits(s):
            return s


def d_invoice(lang):
    r = RNG.random()
    y = pick([2025, 2026])
    if r < 0.3:
        s = "%d/%05d" % (y, RNG.randint(1, 99999))
    elif r < 0.55:
        s = "FV-%d-%05d" % (y, RNG.randint(1, 99999))
    elif r < 0.8:
        s = clean_number(RNG.randint(8, 11))
    else:
        s = "INV-" + clean_number(6)
    return s if not run_hits(s) else d_invoice(lang)


def d_ticket(lang):
    r = RNG.random()
    if r < 0.5:
        return clean_number(RNG.randint(6, 8))
    if r < 0.8:
        return "TCK-" + clean_number(6, "0123456789")
    return "CS" + clean_number(7)


def d_booking(lang):
    if chance(0.6):
        while True:
            s = "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
            if re.search(r"\d", s) and re.search(r"[A-Z]", s):
                return s
    return clean_number(RNG.randint(8, 10))


def d_custno(lang):
    if chance(0.8):
        return clean_number(RNG.randint(7, 10))
    return "C-" + clean_number(6)


def d_ref(lang):
    n = clean_number(RNG.randint(10, 16))
    if chance(0.3):
        s = group(n, [5] * 4, " ") if lang == "fi" else group(n, [4] * 4, " ")
        return s if not run_hits(s) else d_ref(lang)
    return n


def s10():
    while True:
        d = rdig(8)
        w = [8, 6, 4, 2, 3, 5, 9, 7]
        c = 11 - sum(int(x) * k for x, k in zip(d, w)) % 11
        c = {10: 0, 11: 5}.get(c, c)
        s = pick(["RR", "CP", "EE", "LX", "RA", "CX"]) + d + str(c) + pick(["IT", "GR", "RO", "FI", "GB", "DE", "NL"])
        if not run_hits(s):
            return s


def d_track(lang):
    r = RNG.random()
    if r < 0.4:
        return s10()
    if r < 0.6:
        return "00" + clean_number(16, "3")
    if r < 0.8:
        while True:
            s = "1Z" + "".join(pick("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)) + clean_number(10, "0123456789")
            if not run_hits(s):
                return s
    return clean_number(pick([10, 12]))


POSTAL = {"it": lambda: "%05d" % RNG.randint(*pick([(20121, 20162), (10121, 10156), (40121, 40141), (118, 199)])),
          "el": lambda: pick(["%03d %02d" % (RNG.choice([105, 112, 115, 546]), RNG.randint(21, 45)),
                              "%03d%02d" % (RNG.choice([262, 412, 712]), RNG.randint(1, 23))]),
          "ro": lambda: pick(["0%d%04d" % (RNG.randint(1, 6), RNG.randint(11, 9999)), "400%03d" % RNG.randint(1, 699),
                              "700%03d" % RNG.randint(1, 699)]),
          "fi": lambda: pick(["00%d0" % RNG.randint(10, 99), "%05d" % (RNG.randint(3310, 3390) * 10),
                              "%05d" % (RNG.randint(9010, 9090) * 10)]),
          "en": lambda: "%s %d%s%s" % (pick(["M14", "LS6", "BS8", "SW11", "EH9", "CF24"]), RNG.randint(1, 9),
                                       pick(UK_IN), pick(UK_IN))}


def ean13():
    while True:
        body = pick(["80", "82", "52", "594", "64", "50"])
        body += rdig(12 - len(body))
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        code = body + str((10 - s % 10) % 10)
        if not run_hits(code):
            return code


def d_product(lang):
    r = RNG.random()
    if r < 0.4:
        return ean13()
    if r < 0.7:
        return "%s-%s-%s" % ("".join(pick("ABCDEFGHKLMNPRSTXZ") for _ in range(2)), clean_number(4), pick("ABCDEFXZ"))
    return "%s%s%s" % (pick(["WM", "TV", "KX", "HD", "RF", "AQ"]), clean_number(4), pick("ABCEKX"))


QTY_WORDS = {"it": ["pezzi", "confezioni"], "el": ["τεμάχια", "κουτιά"], "ro": ["bucăți", "cutii"],
             "fi": ["kpl"], "en": ["units", "boxes"]}


def d_qty(lang):
    return "%d %s" % (RNG.randint(2, 12), pick(QTY_WORDS[lang]))


def d_pct(lang):
    v = pick(["5", "10", "15", "20", "22", "24", "25", "30", "19", "13", "12,5", "40"])
    if lang == "en":
        v = v.replace(",", ".")
    sp = " " if (lang == "fi" or (lang == "it" and chance(0.3))) else ""
    return v + sp + "%"


def d_serial(lang):
    if chance(0.65):
        while True:
            s = "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(RNG.randint(10, 12)))
            if re.search(r"\d", s) and re.search(r"[A-Z]{2}", s) and not run_hits(s):
                return s
    return clean_number(RNG.randint(12, 14))


def d_year(lang):
    return str(RNG.randint(2012, 2025))


DISTRACTORS = {
    "PRICE": ("PRICE", d_price), "DATE": ("DATE", d_date), "TIME": ("TIME", d_time),
    "ORDER": ("ORDER_NUMBER", d_order), "INVOICE": ("INVOICE_NUMBER", d_invoice),
    "TICKET": ("TICKET_NUMBER", d_ticket), "BOOKING": ("BOOKING_NUMBER", d_booking),
    "CUSTNO": ("CUSTOMER_NUMBER", d_custno), "REF": ("REFERENCE_NUMBER", d_ref),
    "TRACK": ("TRACKING_NUMBER", d_track), "POSTAL": ("POSTAL_CODE", lambda lang: POSTAL[lang]()),
    "PRODUCT": ("PRODUCT_CODE", d_product), "QTY": ("QUANTITY", d_qty), "PCT": ("PERCENT", d_pct),
    "SERIAL": ("SERIAL_NUMBER", d_serial), "YEAR": ("YEAR", d_year),
}


# ---------------------------------------------------------------------------
# language packs: every template below was written for this set.
# {V} = the value being tested, {BAD} = its mistyped look-alike,
# {NAME} {OTHER} {AGENT} (+ .first/.last, .acc/.gen/.voc) = people,
# {H.key.who} = a plain word that agrees with the gender of who,
# other {SLOTS} = tricky negatives (see DISTRACTORS).
# ---------------------------------------------------------------------------

P = {}

P["it"] = {
    "helpers": {"sig": ("Sig.", "Sig.ra"), "op": ("Operatore", "Operatrice"), "cli": ("Cliente", "Cliente")},
    "greet_chat": ["Ciao,", "Buongiorno,", "Salve,", "Buonasera,", "Ciao!"],
    "close_chat": ["Grazie.", "Grazie mille!", "Fatemi sapere.", "Potete controllare?", "Grazie in anticipo."],
    "problems": ["Ho un problema con il mio account.", "Non ho ancora ricevuto il rimborso.",
                 "Il prodotto è arrivato danneggiato.", "Vorrei aggiornare i miei dati.",
                 "Mi avete chiesto di confermare alcuni dati.", "Non riesco ad accedere all'area riservata."],
    "closers": ["Grazie mille per l'aiuto.", "Attendo un vostro riscontro.", "Fatemi sapere se serve altro.",
                "Potete verificare, per favore?", "Spero che riusciate a sistemare tutto in fretta."],
    "stmt": {
        "CF": ["Il mio codice fiscale è {V}.", "Codice fiscale: {V}", "C.F. {V}",
               "Vi riscrivo il codice fiscale dell'intestatario: {V}.",
               "{V} è il codice fiscale di mia madre, che è la titolare del contratto.",
               "Come richiesto, il codice fiscale è «{V}».",
               "Il codice (tax code) da mettere in fattura è {V}.",
               "Vi giro il dato che mancava: {V}.", "cf {V}", "Codice fiscale:\n{V}",
               "Nella fattura del {DATE} il codice fiscale giusto è {V}."],
        "PIVA": ["La mia partita IVA è {V}.", "P.IVA {V}",
                 "La fattura va intestata alla mia ditta individuale, partita IVA {V}.",
                 "Partita IVA: {V}", "{V} è la P. IVA dello studio, va inserita in fattura.",
                 "Numero di partita IVA (VAT number): {V}",
                 "Per la fattura da {PRICE} usate la P.IVA {V}, grazie.", "Dati fiscali\nP.IVA {V}",
                 "piva {V}"],
        "AMKA": ["Il mio numero AMKA greco è {V}.", "AMKA: {V}",
                 "Per la pratica in Grecia vi serve l'AMKA: {V}.", "Α.Μ.Κ.Α. {V}",
                 "Il numero di previdenza sociale greco (AMKA) di mio marito è {V}.",
                 "Greek social security number: {V}"],
        "AFM": ["Il mio codice fiscale greco (ΑΦΜ) è {V}.", "AFM {V}", "ΑΦΜ: {V}",
                "Per la fattura verso la Grecia il numero fiscale è {V}.", "Greek tax number (AFM): {V}"],
        "CNP": ["Il mio CNP rumeno è {V}.", "CNP: {V}",
                "Il codice numerico personale (CNP) di mia moglie è {V}.", "Cod numeric personal {V}",
                "Romanian personal code {V}"],
        "HETU": ["Il mio codice personale finlandese (henkilötunnus) è {V}.", "Henkilötunnus: {V}",
                 "HETU {V}", "Finnish personal identity code: {V}",
                 "Ho lavorato a Helsinki, il codice identificativo finlandese è {V}."],
        "CARD": ["Il numero della carta è {V}.", "Ho pagato con la carta {V} ma l'addebito risulta doppio.",
                 "Carta di credito: {V}", "Per il rinnovo usate questa carta: {V}.",
                 "L'addebito di {PRICE} sulla carta {V} è del {DATE} alle {TIME}.",
                 "Mi risultano due pagamenti da {PRICE} sulla carta {V}.", "Numero carta\n{V}",
                 "La carta che ho usato è questa ({V}), non quella di mio marito."],
        "IBAN": ["Il mio IBAN è {V}.", "IBAN: {V}", "Per il rimborso usate questo IBAN: {V}, intestato a {NAME}.",
                 "Coordinate bancarie per il rimborso:\n{V}", "Accreditate i {PRICE} sul conto {V}.",
                 "iban {V}", "Il conto corrente nuovo è \"{V}\", quello vecchio l'ho chiuso."],
        "PHONE": ["Il mio numero è {V}.", "Potete richiamarmi al {V}?", "@m Cell. {V}", "Tel: {V}",
                  "Mi trovate al {V} dopo le {TIME}.", "@m Scrivetemi su WhatsApp al {V}.",
                  "Ho cambiato numero, ora è {V}.", "Il corriere può chiamare il {V} prima di passare.",
                  "Recapito telefonico: {V}"],
        "EMAIL": ["La mia email è {V}.", "Scrivetemi pure a {V}.", "E-mail: {V}",
                  "Ho cambiato indirizzo di posta, ora è {V}.", "Mandate la fattura a {V}, per favore.",
                  "Non ricevo le vostre mail su {V}, potete controllare?"],
        "ADDRESS": ["Il mio indirizzo è {V}.", "Spedite a {V}, per favore.", "Indirizzo di consegna: {V}",
                    "Da questo mese abito in {V}.", "Il pacco va consegnato in {V}, non al vecchio indirizzo."],
    },
    "hetu_1800s": ["Nelle carte della successione del mio bisnonno il codice finlandese è {V}.",
                   "Il bisnonno era finlandese: nel vecchio certificato il suo henkilötunnus risulta {V}."],
    "name_stmt": ["Mi chiamo {NAME}.", "Sono {NAME}, cliente da diversi anni.",
                  "L'intestatario del contratto è {OTHER}.",
                  "Vi scrivo per conto di {OTHER}, che non usa la posta elettronica."],
    "mistype": ["Scusate, prima ho scritto {BAD}, quello giusto è {V}.", "Correzione: non {BAD} ma {V}.",
                "Avevo scritto {BAD} per errore, il dato corretto è {V}."],
    "dsent": ["Ho fatto l'ordine n. {ORDER} il {DATE} e non è ancora arrivato.",
              "Il pacco con tracking {TRACK} risulta fermo dal {DATE}.",
              "Mi avete addebitato {PRICE} invece di {PRICE}.",
              "La fattura {INVOICE} riporta un totale di {PRICE}, IVA {PCT} inclusa.",
              "Ho ordinato {QTY} dell'articolo {PRODUCT} ma ne è arrivato solo uno.",
              "La segnalazione {TICKET} è aperta da una settimana.",
              "La prenotazione {BOOKING} era per il {DATE} alle {TIME}.",
              "Sono cliente dal {YEAR}, codice cliente {CUSTNO}.",
              "Consegnate anche al CAP {POSTAL}?",
              "Il numero di serie della lavatrice è {SERIAL}.",
              "Lo sconto del {PCT} non è stato applicato al totale di {PRICE}.",
              "Il corriere è passato alle {TIME} ma non ha suonato.",
              "Vorrei restituire l'articolo {PRODUCT} acquistato il {DATE}.",
              "Ci sono aggiornamenti su {ORDER}?",
              "Ho pagato il {DATE} alle {TIME}, importo {PRICE}, ma risulta ancora in sospeso.",
              "Nel bonifico ho indicato come causale il riferimento {REF}.",
              "Il reso {ORDER} è stato ritirato il {DATE}.",
              "Il modello {PRODUCT} costava {PRICE} fino al {DATE}.",
              "Pratica {REF}: ancora nessuna risposta.",
              "Mi è arrivata la bolletta {INVOICE} di {PRICE}, il {PCT} in più del mese scorso."],
    "traps": [("{W} WhatsApp non riesco a mandarvi la foto dello scontrino.", "Via"),
              ("{W} o blu? Mi è arrivato il colore sbagliato.", "Rosa"),
              ("{W} giornata e grazie per la pazienza.", "Serena")],
    "email_greet": ["Buongiorno,", "Gentile Servizio Clienti,", "Salve,", "Buonasera,", "Spett.le assistenza,"],
    "email_greet_named": ["Gentile {H.sig.agent} {AGENT.last},", "Buongiorno {AGENT.first},", "Gentile {AGENT},"],
    "signoff": ["Cordiali saluti,", "Distinti saluti,", "Grazie e saluti,", "Un saluto,", "Saluti,"],
    "lead": ["Vi scrivo per aggiornare i miei dati.", "Come concordato al telefono, vi invio i dati mancanti.",
             "Di seguito i dati per completare la pratica."],
    "neg_tail": ["Inviato da iPhone", "Inviato dal mio smartphone"],
    "sig": {"PHONE": ["@m Cell. ", "Tel. ", "@m Cellulare: ", "", "Tel: "], "EMAIL": ["", "Email: ", "E-mail: "],
            "ADDRESS": ["", "Indirizzo: "], "PIVA": ["P.IVA ", "P. IVA: ", "Partita IVA "],
            "AFM": ["ΑΦΜ ", "AFM: "], "IBAN": ["IBAN: ", "IBAN per bonifici: "], "CF": ["C.F. ", "Cod. fisc. "]},
    "tr_header": ["[Trascrizione chiamata del {DATE}, ore {TIME}]", "Chiamata in entrata — {DATE} {TIME}",
                  "--- Registrazione {REF} ---"],
    "tr_labels": [("Operatore", "Operatrice", "Cliente", "Cliente"), ("Agente", "Agente", "Cliente", "Cliente")],
    "tr_open_named": ["Servizio clienti, buongiorno, sono {AGENT.first}. Come posso aiutarla?",
                      "Buonasera, parla {AGENT.first}, in cosa posso esserle utile?"],
    "tr_open": ["Servizio clienti, buongiorno. Come posso aiutarla?", "Buonasera, assistenza clienti, mi dica."],
    "tr_ack": ["Capisco. Verifico subito.", "D'accordo, controllo.", "Va bene, mi servono alcuni dati."],
    "ask": {"CF": ["Mi può dare il codice fiscale?", "Mi conferma il codice fiscale dell'intestatario?"],
            "PIVA": ["Qual è la partita IVA per la fattura?", "Mi detta la partita IVA?"],
            "AMKA": ["Per la pratica greca mi serve il numero AMKA.", "Ha il codice AMKA?"],
            "AFM": ["Mi serve anche il codice fiscale greco, l'AFM."],
            "CNP": ["Mi può dettare il CNP rumeno?"],
            "HETU": ["Mi serve il codice personale finlandese."],
            "CARD": ["Mi può dettare il numero della carta?", "Su quale carta vuole l'addebito?"],
            "IBAN": ["Su quale IBAN facciamo il rimborso?", "Mi detta l'IBAN?"],
            "PHONE": ["A che numero possiamo richiamarla?", "Mi lascia un recapito telefonico?"],
            "EMAIL": ["Mi dà un indirizzo email?", "Qual è la sua email?"],
            "ADDRESS": ["Mi conferma l'indirizzo di consegna?", "A che indirizzo spediamo?"]},
    "ask_name": ["Mi dice nome e cognome?", "Con chi parlo?"],
    "ask_phone2": ["Ha anche un altro numero?", "E un numero alternativo?"],
    "ask_order": ["Ha il numero d'ordine?", "Mi dà il numero dell'ordine?"],
    "answer": ["Sì, è {V}.", "Allora... {V}.", "Certo: {V}.", "Glielo leggo: {V}.", "{V}."],
    "answer_name": ["{NAME}.", "Sono {NAME}.", "Mi chiamo {NAME}."],
    "answer_order": ["Sì, {ORDER}.", "{ORDER}."],
    "tr_bad": ["Mi risulta non valido, può ricontrollare?", "Il sistema non lo accetta, me lo ripete?"],
    "tr_bad_neg": ["Il sistema non lo accetta. Controlli il documento e ci richiami, per favore."],
    "tr_retry": ["Ah, scusi: {V}.", "Ho sbagliato, è {V}."],
    "tr_close": ["Perfetto, ho aggiornato tutto. Serve altro?",
                 "Grazie, la pratica è registrata. Riceverà una conferma via SMS."],
    "tr_bye": ["No, grazie, è tutto.", "Va bene, grazie mille. Buona giornata."],
    "form_header": ["Nuova richiesta dal modulo di contatto", "Modulo web — richiesta n. {TICKET}",
                    "Modulo reclami (inviato il {DATE} alle {TIME})"],
    "fields": {"NAME": ["Nome e cognome", "Nominativo"], "CF": ["Codice fiscale", "C.F."],
               "PIVA": ["Partita IVA", "P.IVA"], "AMKA": ["AMKA (Grecia)"], "AFM": ["Codice fiscale greco (AFM)"],
               "CNP": ["CNP (Romania)"], "HETU": ["Codice personale finlandese"], "CARD": ["Numero carta"],
               "IBAN": ["IBAN per il rimborso", "IBAN"], "PHONE": ["Telefono", "@m Cellulare"], "PHONE2": ["Altro telefono", "Telefono alternativo"],
               "EMAIL": ["E-mail", "Indirizzo email"], "ADDRESS": ["Indirizzo di spedizione", "Indirizzo"],
               "ORDER": ["Numero ordine"], "DATE": ["Data acquisto"], "PRODUCT": ["Codice prodotto"],
               "QTY": ["Quantità"], "MSG": ["Messaggio", "Descrizione del problema"], "SUBJECT": ["Oggetto"]},
    "subjects": ["Rimborso", "Problema con la consegna", "Modifica dati"],
}

P["en"] = {
    "helpers": {"mr": ("Mr", "Ms")},
    "greet_chat": ["Hi,", "Hello,", "Hi there,", "Morning,", "Hiya,"],
    "close_chat": ["Thanks.", "Thanks!", "Cheers.", "Can you check?", "Thanks in advance."],
    "problems": ["I'm having trouble with my account.", "I still haven't received my refund.",
                 "The item arrived damaged.", "I'd like to update my details.",
                 "You asked me to confirm a few details.", "I can't log in to the app."],
    "closers": ["Thanks for your help.", "Looking forward to hearing from you.",
                "Let me know if you need anything else.", "Could you check, please?",
                "Hope this can be sorted quickly."],
    "stmt": {
        "CARD": ["My card number is {V}.", "Card: {V}", "I was charged {PRICE} twice on card {V} on {DATE}.",
                 "The payment on {V} at {TIME} was declined even though there are funds.",
                 "Please use the new card {V} for the renewal.", "Long card number: {V}",
                 "{V} is the card I used, not my husband's.", "Card number\n{V}"],
        "IBAN": ["My IBAN is {V}.", "IBAN: {V}", "Please refund the {PRICE} to {V}.",
                 "Bank details for the refund:\n{V}", "The account ({V}) is in my name.",
                 "refund to iban {V} please", "Account holder {NAME}, IBAN {V}."],
        "CF": ["My Italian tax code (codice fiscale) is {V}.", "Codice fiscale: {V}", "CF {V}",
               "For the Italian invoice you need my fiscal code, {V}.",
               "The codice fiscale on the contract should read {V}.", "Codice fiscale:\n{V}"],
        "PIVA": ["My Italian VAT number is {V}.", "Partita IVA: {V}", "VAT no. {V}",
                 "Please add P.IVA {V} to the invoice.", "Italian VAT (partita IVA) {V}, for the {PRICE} invoice."],
        "AMKA": ["My Greek social security number (AMKA) is {V}.", "AMKA: {V}", "ΑΜΚΑ {V}",
                 "The AMKA on my Greek health card is {V}.", "Greek AMKA no. {V}"],
        "AFM": ["My Greek tax ID (AFM) is {V}.", "AFM: {V}", "VAT number {V}",
                "ΑΦΜ {V}, in case you need it for the Greek invoice.", "Greek tax number {V}"],
        "CNP": ["My Romanian personal numeric code (CNP) is {V}.", "CNP: {V}",
                "CNP {V} - that's the one on my ID card.", "The cod numeric personal is {V}.",
                "Romanian CNP\n{V}"],
        "HETU": ["My Finnish personal identity code is {V}.", "Henkilötunnus: {V}", "HETU {V}",
                 "Finnish ID number {V}, as requested.",
                 "I've got a Finnish hetu, {V}, from when I worked in Helsinki."],
        "PHONE": ["My number is {V}.", "Call me on {V}.", "@m Mobile: {V}", "You can reach me at {V} after {TIME}.",
                  "@m Please text {V} when the driver is close.", "My new number is {V}, the old one is disconnected.",
                  "Tel. {V}", "Ring me back on {V} if that's easier."],
        "EMAIL": ["My email is {V}.", "Please send the invoice to {V}.", "Email: {V}",
                  "I've changed my email address to {V}.", "You can reply to {V}."],
        "ADDRESS": ["My address is {V}.", "Please deliver to {V}.", "Delivery address: {V}",
                    "I've moved to {V}, please update my account.", "The parcel should go to {V}, not the old flat."],
    },
    "hetu_1800s": ["My late great-grandfather's Finnish ID, from the estate papers, is {V}.",
                   "For the old family records: great-grandad's henkilötunnus was {V}."],
    "name_stmt": ["My name is {NAME}.", "This is {NAME}.",
                  "I'm writing on behalf of {OTHER}, who doesn't use email.", "The account holder is {OTHER}."],
    "mistype": ["Sorry, I typed {BAD} before, the right one is {V}.", "Correction: not {BAD} but {V}.",
                "{BAD} was a typo, it should be {V}."],
    "dsent": ["I placed order #{ORDER} on {DATE} and it still hasn't arrived.",
              "The tracking number {TRACK} hasn't updated since {DATE}.",
              "You charged me {PRICE} instead of {PRICE}.",
              "Invoice {INVOICE} shows a total of {PRICE} including {PCT} VAT.",
              "I ordered {QTY} of item {PRODUCT} but only one arrived.",
              "Ticket {TICKET} has been open for over a week.",
              "My booking {BOOKING} was for {DATE} at {TIME}.",
              "I've been a customer since {YEAR}, account number {CUSTNO}.",
              "Do you deliver to {POSTAL}?",
              "The serial number on the back says {SERIAL}.",
              "The {PCT} discount wasn't applied to the {PRICE} total.",
              "The courier came at {TIME} but nobody rang the bell.",
              "I'd like to return {PRODUCT}, bought on {DATE}.",
              "Any update on {ORDER}?",
              "Paid {PRICE} on {DATE} at {TIME}, still showing as pending.",
              "I put reference {REF} on the bank transfer.",
              "Return {ORDER} was collected on {DATE}.",
              "Model {PRODUCT} was {PRICE} until {DATE}.",
              "Case {REF} still has no reply.",
              "My electricity bill {INVOICE} came to {PRICE}, {PCT} more than last month."],
    "traps": [("{W} the replacement be sent this week?", "Will"), ("{W} this as urgent, please.", "Mark"),
              ("{W} me for the second month only, not both.", "Bill"), ("{W} period ends soon, right?", "Grace")],
    "email_greet": ["Hello,", "Hi,", "Dear Customer Service,", "Dear Sir or Madam,", "Good morning,"],
    "email_greet_named": ["Dear {H.mr.agent} {AGENT.last},", "Hi {AGENT.first},", "Dear {AGENT},"],
    "signoff": ["Kind regards,", "Best wishes,", "Thanks,", "Many thanks,", "Regards,"],
    "lead": ["Here are my updated details.", "As discussed on the phone, here are the missing details.",
             "Please find the details you asked for below."],
    "neg_tail": ["Sent from my iPhone", "Sent from my phone"],
    "sig": {"PHONE": ["@m Mob: ", "Tel: ", "@m M: ", "", "@m Mobile: ", "T: "], "EMAIL": ["", "Email: ", "E: "],
            "ADDRESS": ["", "Address: "], "IBAN": ["IBAN: "], "PIVA": ["VAT: ", "P.IVA "], "AFM": ["AFM: "],
            "CF": ["CF: "]},
    "tr_header": ["[Call recording {DATE} {TIME}]", "Inbound call — {DATE}, {TIME}", "--- Transcript {REF} ---"],
    "tr_labels": [("Agent", "Agent", "Customer", "Customer"), ("Agent", "Agent", "Caller", "Caller")],
    "tr_open_named": ["Thanks for calling, you're through to {AGENT.first}. How can I help?",
                      "Good afternoon, {AGENT.first} speaking. What can I do for you?"],
    "tr_open": ["Thanks for calling customer support, how can I help?",
                "Good morning, customer service, how can I help today?"],
    "tr_ack": ["Right, let me check that for you.", "Okay, I'll need a few details.", "I see. Let's have a look."],
    "ask": {"CARD": ["Can I take the long number on the card?", "Which card would you like to use?"],
            "IBAN": ["What's the IBAN for the refund?", "Can you read me the IBAN?"],
            "PHONE": ["What's the best number to reach you on?", "Can I take a contact number?"],
            "EMAIL": ["And your email address?", "Which email should the confirmation go to?"],
            "ADDRESS": ["Can you confirm the delivery address?", "Where should we send the parcel?"],
            "CF": ["And your Italian fiscal code?"], "PIVA": ["What's the Italian VAT number for the invoice?"],
            "AMKA": ["I'll need the Greek AMKA number as well."], "AFM": ["And the Greek tax number, the AFM?"],
            "CNP": ["Could you give me the Romanian CNP?"],
            "HETU": ["Could I have your Finnish personal identity code?"]},
    "ask_name": ["Can I take your full name?", "Who am I speaking to?"],
    "ask_phone2": ["Is there another number we can try?", "And a second number, just in case?"],
    "ask_order": ["Do you have the order number?", "What's the order number, please?"],
    "answer": ["Sure, it's {V}.", "Yeah, {V}.", "It's {V}.", "Okay, so that's {V}.", "{V}."],
    "answer_name": ["{NAME}.", "It's {NAME}.", "My name's {NAME}."],
    "answer_order": ["Yes, it's {ORDER}.", "{ORDER}."],
    "tr_bad": ["That's not coming up as valid, can you check it?", "The system won't accept that. Could you repeat it?"],
    "tr_bad_neg": ["The system won't accept that one. Could you check the document and call us back?"],
    "tr_retry": ["Oh sorry, {V}.", "My mistake, it's {V}."],
    "tr_close": ["Lovely, that's all updated. Anything else?", "Perfect, that's logged. You'll get a confirmation by text."],
    "tr_bye": ["No, that's all, thanks.", "Great, thanks very much. Bye."],
    "form_header": ["New message from contact form", "Web form submission — ticket {TICKET}",
                    "Complaint form (sent {DATE} at {TIME})"],
    "fields": {"NAME": ["Full name", "Name"], "CARD": ["Card number"], "IBAN": ["IBAN for refund", "IBAN"],
               "PHONE": ["Phone", "@m Mobile"], "PHONE2": ["Alternative phone", "Other phone"], "EMAIL": ["Email"], "ADDRESS": ["Delivery address", "Address"],
               "CF": ["Codice fiscale (Italy)"], "PIVA": ["Italian VAT number"], "AMKA": ["AMKA (Greece)"],
               "AFM": ["Greek tax ID (AFM)"], "CNP": ["CNP (Romania)"], "HETU": ["Finnish personal identity code"],
               "ORDER": ["Order number"], "DATE": ["Purchase date"], "PRODUCT": ["Product code"],
               "QTY": ["Quantity"], "MSG": ["Message", "Describe the problem"], "SUBJECT": ["Subject"]},
    "subjects": ["Refund", "Delivery problem", "Update my details"],
}

P["el"] = {
    "helpers": {"dear": ("Αγαπητέ κύριε", "Αγαπητή κυρία"), "kyrie": ("κύριε", "κυρία"), "art": ("ο", "η"),
                "artgen": ("του", "της")},
    "greet_chat": ["Καλησπέρα,", "Καλημέρα,", "Γεια σας,", "Χαίρετε,"],
    "close_chat": ["Ευχαριστώ.", "Ευχαριστώ πολύ!", "Μπορείτε να το ελέγξετε;", "Ευχαριστώ εκ των προτέρων."],
    "problems": ["Έχω πρόβλημα με τον λογαριασμό μου.", "Δεν έχω λάβει ακόμα την επιστροφή χρημάτων.",
                 "Το προϊόν ήρθε χαλασμένο.", "Θέλω να ενημερώσω τα στοιχεία μου.",
                 "Μου ζητήσατε να επιβεβαιώσω κάποια στοιχεία.", "Δεν μπορώ να συνδεθώ στην εφαρμογή."],
    "closers": ["Ευχαριστώ για τη βοήθεια.", "Περιμένω την απάντησή σας.", "Πείτε μου αν χρειάζεστε κάτι άλλο.",
                "Μπορείτε να το ελέγξετε, παρακαλώ;", "Ελπίζω να λυθεί γρήγορα."],
    "stmt": {
        "AMKA": ["Ο ΑΜΚΑ μου είναι {V}.", "ΑΜΚΑ: {V}", "Α.Μ.Κ.Α. {V}",
                 "Σας στέλνω τον ΑΜΚΑ της μητέρας μου: {V}.", "{V} (ΑΜΚΑ)", "AMKA {V}",
                 "Ο αριθμός κοινωνικής ασφάλισης (social security number) είναι {V}.", "ΑΜΚΑ:\n{V}",
                 "Ορίστε: {V}", "Στην απόδειξη της {DATE} ο ΑΜΚΑ είναι λάθος, ο σωστός είναι {V}."],
        "AFM": ["Ο ΑΦΜ μου είναι {V}.", "ΑΦΜ: {V}", "Α.Φ.Μ. {V}, ΔΟΥ Καλαμαριάς", "Για το τιμολόγιο: ΑΦΜ {V}.",
                "Το ΑΦΜ της ατομικής μου επιχείρησης είναι {V}.", "VAT number: {V}", "Tax ID {V}",
                "Θέλω τιμολόγιο για τα {PRICE} με ΑΦΜ {V}.", "afm {V}", "Στοιχεία τιμολόγησης\nΑΦΜ {V}"],
        "CARD": ["Ο αριθμός της κάρτας μου είναι {V}.", "Χρεώθηκα {PRICE} δύο φορές στην κάρτα {V}.",
                 "Κάρτα: {V}", "Η πληρωμή με την κάρτα {V} στις {DATE}, ώρα {TIME}, απορρίφθηκε.",
                 "Παρακαλώ χρεώστε την κάρτα {V}.", "Αριθμός κάρτας\n{V}",
                 "Πλήρωσα με κάρτα ({V}), όχι με αντικαταβολή."],
        "IBAN": ["Το IBAN μου είναι {V}.", "IBAN: {V}", "Παρακαλώ επιστρέψτε τα {PRICE} στον λογαριασμό {V}.",
                 "IBAN για την επιστροφή χρημάτων:\n{V}", "Ο λογαριασμός {V} είναι στο όνομά μου.", "iban {V}",
                 "Δικαιούχος {NAME}, IBAN {V}."],
        "CF": ["Ο ιταλικός φορολογικός μου κωδικός (codice fiscale) είναι {V}.", "Codice fiscale: {V}",
               "Επειδή μένω στην Ιταλία, σας δίνω το codice fiscale μου: {V}.", "CF {V}", "Italian tax code: {V}"],
        "PIVA": ["Το ιταλικό ΑΦΜ της εταιρείας μου (partita IVA) είναι {V}.", "Partita IVA: {V}", "P.IVA {V}",
                 "Ιταλικός αριθμός ΦΠΑ: {V}"],
        "CNP": ["Ο ρουμανικός προσωπικός μου αριθμός (CNP) είναι {V}.", "CNP: {V}", "Cod numeric personal: {V}",
                "Ο CNP της συζύγου μου είναι {V}."],
        "HETU": ["Ο φινλανδικός προσωπικός μου κωδικός (henkilötunnus) είναι {V}.", "Henkilötunnus: {V}",
                 "HETU {V}", "Finnish ID: {V}"],
        "PHONE": ["@m Το κινητό μου είναι {V}.", "Τηλ.: {V}", "Καλέστε με στο {V}.",
                  "Μπορείτε να με βρείτε στο {V} μετά τις {TIME}.",
                  "@m Στείλτε μου μήνυμα στο {V} όταν ξεκινήσει ο κούριερ.", "@m Κιν. {V}",
                  "Το νέο μου τηλέφωνο είναι {V}.", "Ο κούριερ μπορεί να καλέσει στο {V}."],
        "EMAIL": ["Το email μου είναι {V}.", "Στείλτε το τιμολόγιο στο {V}.", "E-mail: {V}",
                  "Άλλαξα email, τώρα είναι {V}.", "Δεν λαμβάνω τα μηνύματά σας στο {V}."],
        "ADDRESS": ["Η διεύθυνσή μου είναι {V}.", "Στείλτε το δέμα στη διεύθυνση {V}.",
                    "Διεύθυνση αποστολής: {V}", "Μετακόμισα, η νέα διεύθυνση είναι {V}.",
                    "Το δέμα πρέπει να πάει στη διεύθυνση {V}, όχι στην παλιά."],
    },
    "hetu_1800s": ["Στα χαρτιά της κληρονομιάς ο φινλανδικός κωδικός του προπάππου μου είναι {V}.",
                   "Ο προπάππους μου ήταν Φινλανδός· στο παλιό πιστοποιητικό γράφει henkilötunnus {V}."],
    "name_stmt": ["Ονομάζομαι {NAME}.", "Με λένε {NAME.acc}.", "Είμαι {H.art.cust} {NAME} και έχω συμβόλαιο μαζί σας.",
                  "Ο λογαριασμός είναι στο όνομα {H.artgen.other} {OTHER.gen}."],
    "mistype": ["Συγγνώμη, πριν έγραψα {BAD}, το σωστό είναι {V}.", "Διόρθωση: όχι {BAD} αλλά {V}.",
                "Το {BAD} ήταν λάθος, το σωστό είναι {V}."],
    "dsent": ["Έκανα την παραγγελία {ORDER} στις {DATE} και δεν έχει έρθει ακόμα.",
              "Ο αριθμός αποστολής {TRACK} δεν έχει ενημερωθεί από τις {DATE}.",
              "Με χρεώσατε {PRICE} αντί για {PRICE}.",
              "Το τιμολόγιο {INVOICE} γράφει σύνολο {PRICE} με ΦΠΑ {PCT}.",
              "Παρήγγειλα {QTY} από τον κωδικό {PRODUCT}, αλλά ήρθε μόνο ένα.",
              "Το αίτημα {TICKET} είναι ανοιχτό εδώ και μια εβδομάδα.",
              "Η κράτηση {BOOKING} ήταν για τις {DATE} στις {TIME}.",
              "Είμαι πελάτης σας από το {YEAR}, κωδικός πελάτη {CUSTNO}.",
              "Κάνετε αποστολές στον ΤΚ {POSTAL};",
              "Ο σειριακός αριθμός της συσκευής είναι {SERIAL}.",
              "Η έκπτωση {PCT} δεν εφαρμόστηκε στο σύνολο των {PRICE}.",
              "Ο κούριερ ήρθε στις {TIME} αλλά δεν χτύπησε το κουδούνι.",
              "Θέλω να επιστρέψω το προϊόν {PRODUCT} που αγόρασα στις {DATE}.",
              "Τι γίνεται με το {ORDER};",
              "Πλήρωσα {PRICE} στις {DATE}, ώρα {TIME}, και ακόμα φαίνεται σε εκκρεμότητα.",
              "Στην αιτιολογία της κατάθεσης έβαλα τον κωδικό {REF}.",
              "Η επιστροφή {ORDER} παραλήφθηκε στις {DATE}.",
              "Το μοντέλο {PRODUCT} κόστιζε {PRICE} μέχρι τις {DATE}.",
              "Για το αίτημα {REF} δεν έχω λάβει καμία απάντηση.",
              "Ο λογαριασμός ρεύματος {INVOICE} ήρθε {PRICE}, {PCT} πάνω από τον προηγούμενο μήνα."],
    "traps": [("{W} μου που απαντήσατε τόσο γρήγορα!", "Χαρά")],
    "email_greet": ["Καλησπέρα σας,", "Καλημέρα σας,", "Αγαπητή ομάδα εξυπηρέτησης,",
                    "Προς το τμήμα εξυπηρέτησης πελατών,", "Γεια σας,"],
    "email_greet_named": ["{H.dear.agent} {AGENT.last.voc},", "Καλημέρα {H.kyrie.agent} {AGENT.last.voc},",
                          "Γεια σας {AGENT.first.voc},"],
    "signoff": ["Με εκτίμηση,", "Ευχαριστώ εκ των προτέρων,", "Φιλικά,", "Με φιλικούς χαιρετισμούς,", "Ευχαριστώ,"],
    "lead": ["Σας στέλνω τα στοιχεία μου για να ενημερωθεί ο φάκελος.",
             "Όπως συζητήσαμε στο τηλέφωνο, σας στέλνω τα στοιχεία που λείπουν.",
             "Παρακάτω θα βρείτε τα στοιχεία που χρειάζεστε."],
    "neg_tail": ["Στάλθηκε από το iPhone μου", "Στάλθηκε από κινητό"],
    "sig": {"PHONE": ["@m Κιν.: ", "Τηλ.: ", "Τ: ", "", "@m Κινητό: "], "EMAIL": ["", "Email: "],
            "ADDRESS": ["", "Δ/νση: "], "AFM": ["ΑΦΜ: ", "Α.Φ.Μ. "], "PIVA": ["P.IVA "], "IBAN": ["IBAN: "],
            "CF": ["C.F. "]},
    "tr_header": ["[Κλήση {DATE}, {TIME}]", "Εισερχόμενη κλήση — {DATE} {TIME}", "--- Ηχογράφηση {REF} ---"],
    "tr_labels": [("Υπάλληλος", "Υπάλληλος", "Πελάτης", "Πελάτισσα"),
                  ("Εκπρόσωπος", "Εκπρόσωπος", "Πελάτης", "Πελάτισσα")],
    "tr_open_named": ["Εξυπηρέτηση πελατών, καλησπέρα σας, είμαι {H.art.agent} {AGENT.first}. Πώς μπορώ να βοηθήσω;",
                      "Καλημέρα σας, {H.art.agent} {AGENT.first} από την εξυπηρέτηση πελατών. Τι μπορώ να κάνω για εσάς;"],
    "tr_open": ["Εξυπηρέτηση πελατών, καλησπέρα σας. Πώς μπορώ να βοηθήσω;", "Καλημέρα σας, εξυπηρέτηση πελατών."],
    "tr_ack": ["Μάλιστα, το ελέγχω αμέσως.", "Κατάλαβα. Θα χρειαστώ κάποια στοιχεία.", "Εντάξει, να δούμε."],
    "ask": {"AMKA": ["Μου λέτε τον ΑΜΚΑ σας;", "Χρειάζομαι τον ΑΜΚΑ του δικαιούχου."],
            "AFM": ["Και το ΑΦΜ σας;", "Ποιο ΑΦΜ να γράψουμε στο τιμολόγιο;"],
            "CARD": ["Μου δίνετε τον αριθμό της κάρτας;", "Με ποια κάρτα θέλετε να γίνει η χρέωση;"],
            "IBAN": ["Σε ποιο IBAN να γίνει η επιστροφή;", "Μου λέτε το IBAN σας;"],
            "PHONE": ["Σε ποιο τηλέφωνο να σας καλέσουμε;", "@m Ένα κινητό επικοινωνίας;", "Ένα τηλέφωνο επικοινωνίας;"],
            "EMAIL": ["Το email σας;", "Σε ποιο email να στείλουμε την επιβεβαίωση;"],
            "ADDRESS": ["Επιβεβαιώνετε τη διεύθυνση αποστολής;", "Σε ποια διεύθυνση να σταλεί το δέμα;"],
            "CF": ["Έχετε και ιταλικό codice fiscale;"], "PIVA": ["Ποια είναι η ιταλική partita IVA;"],
            "CNP": ["Τον ρουμανικό CNP σας, παρακαλώ."],
            "HETU": ["Χρειάζομαι και τον φινλανδικό κωδικό, το henkilötunnus."]},
    "ask_name": ["Το ονοματεπώνυμό σας;", "Με ποιον μιλάω;"],
    "ask_phone2": ["Έχετε και δεύτερο τηλέφωνο;", "Κάποιο άλλο τηλέφωνο, για καλό και για κακό;"],
    "ask_order": ["Έχετε τον αριθμό παραγγελίας;", "Ποιος είναι ο αριθμός της παραγγελίας;"],
    "answer": ["Ναι, είναι {V}.", "Βεβαίως: {V}.", "Λοιπόν... {V}.", "{V}.", "Σας το λέω: {V}."],
    "answer_name": ["{NAME}.", "Με λένε {NAME.acc}.", "Ονομάζομαι {NAME}."],
    "answer_order": ["Ναι, {ORDER}.", "{ORDER}."],
    "tr_bad": ["Δεν μου βγαίνει σωστό, μπορείτε να το ξαναελέγξετε;", "Το σύστημα δεν το δέχεται. Μου το ξαναλέτε;"],
    "tr_bad_neg": ["Το σύστημα δεν το δέχεται. Ελέγξτε το έγγραφο και καλέστε μας ξανά, παρακαλώ."],
    "tr_retry": ["Α, συγγνώμη: {V}.", "Λάθος μου, είναι {V}."],
    "tr_close": ["Ευχαριστώ, ενημέρωσα τα στοιχεία. Θέλετε κάτι άλλο;",
                 "Εντάξει, καταχωρήθηκε. Θα λάβετε επιβεβαίωση με SMS."],
    "tr_bye": ["Όχι, αυτά. Ευχαριστώ.", "Εντάξει, ευχαριστώ πολύ. Καλή συνέχεια."],
    "form_header": ["Νέο μήνυμα από τη φόρμα επικοινωνίας", "Φόρμα ιστοσελίδας — αίτημα {TICKET}",
                    "Φόρμα παραπόνων (υποβλήθηκε {DATE} {TIME})"],
    "fields": {"NAME": ["Ονοματεπώνυμο"], "AMKA": ["ΑΜΚΑ"], "AFM": ["ΑΦΜ"], "CARD": ["Αριθμός κάρτας"],
               "IBAN": ["IBAN επιστροφής", "IBAN"], "PHONE": ["Τηλέφωνο", "@m Κινητό"], "PHONE2": ["Δεύτερο τηλέφωνο", "Άλλο τηλέφωνο"], "EMAIL": ["Email"],
               "ADDRESS": ["Διεύθυνση αποστολής", "Διεύθυνση"], "CF": ["Codice fiscale (Ιταλία)"],
               "PIVA": ["Partita IVA (Ιταλία)"], "CNP": ["CNP (Ρουμανία)"], "HETU": ["Henkilötunnus (Φινλανδία)"],
               "ORDER": ["Αριθμός παραγγελίας"], "DATE": ["Ημερομηνία αγοράς"], "PRODUCT": ["Κωδικός προϊόντος"],
               "QTY": ["Ποσότητα"], "MSG": ["Μήνυμα", "Περιγραφή προβλήματος"], "SUBJECT": ["Θέμα"]},
    "subjects": ["Επιστροφή χρημάτων", "Πρόβλημα παράδοσης", "Αλλαγή στοιχείων"],
}

P["ro"] = {
    "helpers": {"dear": ("Stimate domnule", "Stimată doamnă"), "dna": ("domnule", "doamnă"),
                "clientl": ("client", "clientă")},
    "greet_chat": ["Bună ziua,", "Bună,", "Salut,", "Bună seara,"],
    "close_chat": ["Mulțumesc.", "Mulțumesc frumos!", "Puteți verifica?", "Mulțumesc anticipat."],
    "problems": ["Am o problemă cu contul meu.", "Încă nu am primit rambursarea.", "Produsul a ajuns deteriorat.",
                 "Aș vrea să-mi actualizez datele.", "Mi-ați cerut să confirm câteva date.",
                 "Nu mă pot autentifica în aplicație."],
    "closers": ["Mulțumesc pentru ajutor.", "Aștept un răspuns de la dumneavoastră.",
                "Spuneți-mi dacă mai aveți nevoie de ceva.", "Puteți verifica, vă rog?", "Sper să se rezolve repede."],
    "stmt": {
        "CNP": ["CNP-ul meu este {V}.", "CNP: {V}", "Cod numeric personal: {V}",
                "Vă trimit CNP-ul titularului: {V}.", "{V} este CNP-ul mamei mele, care e titulara contractului.",
                "C.N.P. {V}", "Personal numeric code {V}", "Iată datele cerute:\n{V}", "cnp {V}",
                "Pe factura din {DATE} CNP-ul e greșit, cel corect este {V}."],
        "CARD": ["Numărul cardului este {V}.", "Mi s-au retras {PRICE} de două ori de pe cardul {V}.", "Card: {V}",
                 "Plata cu cardul {V} din {DATE}, ora {TIME}, a fost respinsă.",
                 "Vă rog să folosiți cardul {V} pentru reînnoire.", "Număr card\n{V}",
                 "Am plătit cu cardul ({V}), nu ramburs."],
        "IBAN": ["IBAN-ul meu este {V}.", "IBAN: {V}", "Vă rog să returnați cei {PRICE} în contul {V}.",
                 "Cont IBAN pentru rambursare:\n{V}", "Contul {V} este pe numele meu.", "iban {V}",
                 "Titular {NAME}, IBAN {V}."],
        "CF": ["Codul meu fiscal italian (codice fiscale) este {V}.", "Codice fiscale: {V}",
               "Lucrez în Italia, așa că vă dau codice fiscale: {V}.", "CF {V}"],
        "PIVA": ["Codul de TVA italian (partita IVA) este {V}.", "P.IVA {V}", "Partita IVA: {V}",
                 "Pe factură trebuie trecută partita IVA {V}."],
        "AMKA": ["Numărul meu grecesc de asigurare socială (AMKA) este {V}.", "AMKA: {V}", "ΑΜΚΑ {V}"],
        "AFM": ["Codul fiscal grecesc (AFM) este {V}.", "AFM: {V}", "ΑΦΜ {V}", "Cod TVA Grecia: {V}"],
        "HETU": ["Codul personal finlandez (henkilötunnus) este {V}.", "Henkilötunnus: {V}", "HETU {V}"],
        "PHONE": ["Numărul meu de telefon este {V}.", "Mă puteți suna la {V}.", "Tel: {V}", "@m Mob. {V}",
                  "Sunați-mă la {V} după ora {TIME}.", "@m Trimiteți-mi un SMS la {V} când pleacă curierul.",
                  "Am schimbat numărul, acum este {V}.", "Curierul mă poate suna la {V}."],
        "EMAIL": ["Adresa mea de e-mail este {V}.", "Trimiteți factura pe {V}.", "E-mail: {V}",
                  "Mi-am schimbat adresa de e-mail, acum este {V}.", "Nu primesc mesajele voastre pe {V}."],
        "ADDRESS": ["Adresa mea este {V}.", "Vă rog să livrați la {V}.", "Adresa de livrare: {V}",
                    "M-am mutat, noua adresă este {V}.", "Coletul trebuie livrat la {V}, nu la adresa veche."],
    },
    "hetu_1800s": ["În actele de moștenire ale străbunicului meu, codul finlandez este {V}.",
                   "Străbunicul meu era finlandez; în certificatul vechi apare henkilötunnus {V}."],
    "name_stmt": ["Mă numesc {NAME}.", "Numele meu este {NAME}.", "Sunt {NAME}, {H.clientl.cust} de mulți ani.",
                  "Titularul contului este {OTHER}."],
    "mistype": ["Scuze, mai devreme am scris {BAD}, cel corect este {V}.", "Corectare: nu {BAD}, ci {V}.",
                "{BAD} a fost o greșeală de tastare, corect este {V}."],
    "dsent": ["Am plasat comanda nr. {ORDER} pe {DATE} și încă nu a ajuns.",
              "AWB-ul {TRACK} nu s-a mai actualizat din {DATE}.",
              "Mi-ați încasat {PRICE} în loc de {PRICE}.",
              "Factura {INVOICE} are un total de {PRICE}, TVA inclus ({PCT}).",
              "Am comandat {QTY} din produsul {PRODUCT}, dar a venit doar una.",
              "Tichetul {TICKET} este deschis de o săptămână.",
              "Rezervarea {BOOKING} era pentru {DATE}, ora {TIME}.",
              "Sunt client din {YEAR}, cod client {CUSTNO}.",
              "Livrați și la codul poștal {POSTAL}?",
              "Seria aparatului este {SERIAL}.",
              "Reducerea de {PCT} nu s-a aplicat la totalul de {PRICE}.",
              "Curierul a venit la ora {TIME}, dar nu a sunat la interfon.",
              "Vreau să returnez produsul {PRODUCT}, cumpărat pe {DATE}.",
              "Vreo noutate despre {ORDER}?",
              "Am plătit {PRICE} pe {DATE} la ora {TIME} și încă apare în așteptare.",
              "La plată am trecut referința {REF}.",
              "Returul {ORDER} a fost ridicat pe {DATE}.",
              "Modelul {PRODUCT} costa {PRICE} până pe {DATE}.",
              "Dosarul {REF} nu are încă niciun răspuns.",
              "Factura de curent {INVOICE} a venit {PRICE}, cu {PCT} mai mult decât luna trecută."],
    "traps": [("{W} mea e să primesc banii până vineri.", "Speranța"),
              ("{W} e blocată, curierul nu poate ajunge la bloc.", "Strada")],
    "email_greet": ["Bună ziua,", "Stimată echipă,", "Bună seara,", "Către departamentul de relații cu clienții,"],
    "email_greet_named": ["{H.dear.agent} {AGENT.last},", "Bună ziua, {H.dna.agent} {AGENT.last},",
                          "Bună {AGENT.first},"],
    "signoff": ["Cu stimă,", "Mulțumesc,", "Toate cele bune,", "Cu respect,", "O zi bună,"],
    "lead": ["Vă trimit datele mele pentru actualizare.", "Așa cum am discutat la telefon, vă trimit datele lipsă.",
             "Mai jos găsiți datele necesare."],
    "neg_tail": ["Trimis de pe iPhone", "Trimis de pe telefonul mobil"],
    "sig": {"PHONE": ["Tel.: ", "@m Mobil: ", "", "Tel: "], "EMAIL": ["", "E-mail: "], "ADDRESS": ["", "Adresa: "],
            "IBAN": ["IBAN: ", "Cont: "], "PIVA": ["P.IVA "], "AFM": ["AFM "], "CF": ["C.F. "]},
    "tr_header": ["[Apel {DATE}, ora {TIME}]", "Apel primit — {DATE} {TIME}", "--- Înregistrare {REF} ---"],
    "tr_labels": [("Operator", "Operatoare", "Client", "Clientă"), ("Operator", "Operator", "Client", "Client")],
    "tr_open_named": ["Relații clienți, bună ziua, sunt {AGENT.first}. Cu ce vă pot ajuta?",
                      "Bună ziua, mă numesc {AGENT.first}. Cum vă pot ajuta?"],
    "tr_open": ["Relații clienți, bună ziua. Cu ce vă pot ajuta?", "Bună ziua, serviciul clienți, vă ascult."],
    "tr_ack": ["Înțeleg. Verific imediat.", "Bine, am nevoie de câteva date.", "Da, să vedem."],
    "ask": {"CNP": ["Îmi puteți spune CNP-ul?", "Îmi dictați CNP-ul titularului?"],
            "CARD": ["Îmi dictați numărul cardului?", "Cu ce card doriți să plătiți?"],
            "IBAN": ["În ce cont IBAN să facem rambursarea?", "Îmi spuneți IBAN-ul?"],
            "PHONE": ["La ce număr vă putem contacta?", "Un număr de telefon, vă rog?"],
            "EMAIL": ["Și adresa de e-mail?", "Pe ce adresă de e-mail trimitem confirmarea?"],
            "ADDRESS": ["Îmi confirmați adresa de livrare?", "La ce adresă trimitem coletul?"],
            "CF": ["Aveți un codice fiscale italian?"], "PIVA": ["Care este partita IVA pentru factură?"],
            "AMKA": ["Am nevoie de numărul AMKA grecesc."], "AFM": ["Și codul fiscal grecesc, AFM-ul?"],
            "HETU": ["Îmi spuneți codul personal finlandez?"]},
    "ask_name": ["Numele complet, vă rog?", "Cu cine vorbesc?"],
    "ask_phone2": ["Mai aveți un număr la care vă putem găsi?", "Și un număr alternativ?"],
    "ask_order": ["Aveți numărul comenzii?", "Care este numărul comenzii?"],
    "answer": ["Da, este {V}.", "Sigur: {V}.", "Deci... {V}.", "{V}.", "Vă dictez: {V}."],
    "answer_name": ["{NAME}.", "Mă numesc {NAME}.", "Sunt {NAME}."],
    "answer_order": ["Da, {ORDER}.", "{ORDER}."],
    "tr_bad": ["Nu trece validarea, puteți verifica?", "Sistemul nu îl acceptă. Mi-l repetați?"],
    "tr_bad_neg": ["Sistemul nu îl acceptă. Vă rog să verificați actul și să ne sunați din nou."],
    "tr_retry": ["A, scuze: {V}.", "Am greșit, este {V}."],
    "tr_close": ["Mulțumesc, am actualizat datele. Mai aveți nevoie de ceva?",
                 "Bine, am înregistrat cererea. Veți primi confirmarea prin SMS."],
    "tr_bye": ["Nu, atât. Mulțumesc.", "Bine, mulțumesc mult. O zi bună."],
    "form_header": ["Mesaj nou din formularul de contact", "Formular web — tichet {TICKET}",
                    "Formular de reclamație (trimis pe {DATE}, ora {TIME})"],
    "fields": {"NAME": ["Nume și prenume"], "CNP": ["CNP"], "CARD": ["Număr card"],
               "IBAN": ["IBAN pentru rambursare", "IBAN"], "PHONE": ["Telefon", "@m Telefon mobil"], "PHONE2": ["Telefon alternativ"], "EMAIL": ["E-mail"],
               "ADDRESS": ["Adresa de livrare", "Adresa"], "CF": ["Codice fiscale (Italia)"],
               "PIVA": ["Partita IVA (Italia)"], "AMKA": ["AMKA (Grecia)"], "AFM": ["AFM (Grecia)"],
               "HETU": ["Cod personal Finlanda"], "ORDER": ["Număr comandă"], "DATE": ["Data cumpărării"],
               "PRODUCT": ["Cod produs"], "QTY": ["Cantitate"], "MSG": ["Mesaj", "Descrierea problemei"],
               "SUBJECT": ["Subiect"]},
    "subjects": ["Rambursare", "Problemă la livrare", "Actualizare date"],
}

P["fi"] = {
    "helpers": {},
    "greet_chat": ["Hei,", "Moi,", "Hei!", "Moikka,", "Hyvää päivää,"],
    "close_chat": ["Kiitos.", "Kiitos paljon!", "Voitteko tarkistaa?", "Kiitos etukäteen."],
    "problems": ["Minulla on ongelma tilini kanssa.", "En ole vieläkään saanut hyvitystä.",
                 "Tuote saapui rikkinäisenä.", "Haluaisin päivittää tietoni.", "Pyysitte minulta lisätietoja.",
                 "En pääse kirjautumaan verkkopalveluun."],
    "closers": ["Kiitos avusta.", "Odotan vastaustanne.", "Kertokaa, jos tarvitsette vielä jotain.",
                "Voisitteko tarkistaa asian?", "Toivottavasti asia saadaan pian kuntoon."],
    "stmt": {
        "HETU": ["Henkilötunnukseni on {V}.", "Hetu: {V}", "Henkilötunnus {V}",
                 "Tässä pyytämänne henkilötunnus: {V}.",
                 "{V} on äitini henkilötunnus, sopimus on hänen nimissään.", "HETU {V}", "Personal ID {V}",
                 "Tässä tietoni:\n{V}", "hetu {V}",
                 "Laskussa {INVOICE} henkilötunnukseni on väärin, oikea on {V}."],
        "CARD": ["Korttini numero on {V}.", "Kortilta {V} veloitettiin {PRICE} kahteen kertaan.", "Kortti: {V}",
                 "Maksu kortilla {V} hylättiin {DATE} klo {TIME}.", "Käyttäkää uusimiseen tätä korttia: {V}.",
                 "Kortin numero\n{V}", "Maksoin kortilla ({V}), en laskulla."],
        "IBAN": ["Tilinumeroni on {V}.", "IBAN: {V}", "Palauttakaa {PRICE} tilille {V}.",
                 "Tilinumero hyvitystä varten:\n{V}", "Tili {V} on minun nimissäni.", "tilinro {V}",
                 "Hyvitys tilille {V}, saajana {NAME}."],
        "CF": ["Italialainen verokoodini (codice fiscale) on {V}.", "Codice fiscale: {V}",
               "Asun Italiassa, joten tässä codice fiscale: {V}.", "CF {V}", "Italian tax code: {V}"],
        "PIVA": ["Italialaisen toiminimeni ALV-numero (partita IVA) on {V}.", "P.IVA {V}", "Partita IVA: {V}",
                 "Laskuun italialainen ALV-tunniste {V}, kiitos."],
        "AMKA": ["Kreikkalainen sosiaaliturvatunnukseni (AMKA) on {V}.", "AMKA: {V}", "ΑΜΚΑ {V}",
                 "Greek social security number {V}"],
        "AFM": ["Kreikkalainen verotunnisteeni (AFM) on {V}.", "AFM: {V}", "ΑΦΜ {V}",
                "Kreikkalainen ALV-tunniste: {V}"],
        "CNP": ["Romanialainen henkilötunnukseni (CNP) on {V}.", "CNP: {V}", "Cod numeric personal {V}",
                "Puolisoni romanialainen CNP on {V}."],
        "PHONE": ["Puhelinnumeroni on {V}.", "Soittakaa numeroon {V}.", "Puh. {V}", "p. {V}",
                  "Tavoitatte minut numerosta {V} klo {TIME} jälkeen.",
                  "@m Laittakaa tekstiviesti numeroon {V}, kun kuljettaja on lähellä.",
                  "Numeroni vaihtui, uusi on {V}.", "Kuriiri voi soittaa numeroon {V}."],
        "EMAIL": ["Sähköpostini on {V}.", "Lähettäkää lasku osoitteeseen {V}.", "Sähköposti: {V}",
                  "Vaihdoin sähköpostiosoitteeni, uusi on {V}.", "Viestinne osoitteeseen {V} eivät tule perille."],
        "ADDRESS": ["Osoitteeni on {V}.", "Toimittakaa paketti osoitteeseen {V}.", "Toimitusosoite: {V}",
                    "Muutin, uusi osoitteeni on {V}.",
                    "Paketti pitää toimittaa osoitteeseen {V}, ei vanhaan osoitteeseen."],
    },
    "hetu_1800s": ["Isoisäni isän henkilötunnus perunkirjassa on {V}.",
                   "Sukuselvitystä varten: isoisoisäni hetu oli {V}."],
    "name_stmt": ["Nimeni on {NAME}.", "Olen {NAME}.", "Kirjoitan {OTHER.gen} puolesta, hän ei käytä sähköpostia.",
                  "Tilin omistaja on {OTHER}."],
    "mistype": ["Anteeksi, kirjoitin aiemmin {BAD}, oikea on {V}.", "Korjaus: ei {BAD} vaan {V}.",
                "{BAD} oli kirjoitusvirhe, oikein on {V}."],
    "dsent": ["Tein tilauksen {ORDER} {DATE}, eikä se ole vieläkään tullut.",
              "Lähetystunnus {TRACK} ei ole päivittynyt {DATE} jälkeen.",
              "Minulta veloitettiin {PRICE}, vaikka hinta oli {PRICE}.",
              "Laskulla {INVOICE} loppusumma on {PRICE}, sis. ALV {PCT}.",
              "Tilasin {QTY} tuotetta {PRODUCT}, mutta vain yksi tuli.",
              "Tukipyyntö {TICKET} on ollut auki jo viikon.",
              "Varaukseni {BOOKING} oli {DATE} klo {TIME}.",
              "Olen ollut asiakkaananne vuodesta {YEAR}, asiakasnumero {CUSTNO}.",
              "Toimitatteko postinumeroon {POSTAL}?",
              "Laitteen sarjanumero on {SERIAL}.",
              "Alennus ({PCT}) puuttuu loppusummasta {PRICE}.",
              "Kuriiri kävi klo {TIME}, mutta ei soittanut ovikelloa.",
              "Haluan palauttaa tuotteen {PRODUCT}, jonka ostin {DATE}.",
              "Onko {ORDER} jo lähtenyt?",
              "Maksoin {PRICE} {DATE} klo {TIME}, mutta se näkyy yhä avoimena.",
              "Viitenumero {REF} on laskussa oikein.",
              "Palautus {ORDER} noudettiin {DATE}.",
              "Malli {PRODUCT} maksoi {PRICE} vielä {DATE}.",
              "Asiaan {REF} ei ole vieläkään vastattu.",
              "Sähkölasku {INVOICE} oli {PRICE}, eli {PCT} enemmän kuin viime kuussa."],
    "traps": [("{W} onnettomuudessa: paketti kastui vain vähän.", "Onni"),
              ("{W} oli suljettu, joten kuriiri ei päässyt perille.", "Katu")],
    "email_greet": ["Hei,", "Hyvä asiakaspalvelu,", "Moi,", "Hyvää päivää,", "Hei asiakaspalvelu,"],
    "email_greet_named": ["Hei {AGENT.first},", "Hyvä {AGENT},", "Moi {AGENT.first},"],
    "signoff": ["Ystävällisin terveisin,", "Terveisin,", "Kiittäen,", "Yst. terv.", "Parhain terveisin,"],
    "lead": ["Päivitän tässä tietoni.", "Kuten puhelimessa sovittiin, lähetän puuttuvat tiedot.",
             "Alla tiedot asian käsittelyä varten."],
    "neg_tail": ["Lähetetty iPhonesta", "Lähetetty Android-puhelimesta"],
    "sig": {"PHONE": ["Puh. ", "p. ", "@m GSM ", "", "Puhelin: "], "EMAIL": ["", "Sähköposti: "],
            "ADDRESS": ["", "Osoite: "], "IBAN": ["IBAN ", "Tilinro "], "PIVA": ["P.IVA "], "AFM": ["ΑΦΜ "],
            "CF": ["Codice fiscale "]},
    "tr_header": ["[Puhelu {DATE} klo {TIME}]", "Saapuva puhelu — {DATE} {TIME}", "--- Tallenne {REF} ---"],
    "tr_labels": [("Asiakaspalvelija", "Asiakaspalvelija", "Asiakas", "Asiakas"),
                  ("Agentti", "Agentti", "Asiakas", "Asiakas")],
    "tr_open_named": ["Asiakaspalvelu, {AGENT.first} puhelimessa, miten voin auttaa?",
                      "Hyvää päivää, täällä {AGENT.first}. Kuinka voin auttaa?"],
    "tr_open": ["Asiakaspalvelu, hyvää päivää. Miten voin auttaa?", "Hei, asiakaspalvelu. Kuinka voin olla avuksi?"],
    "tr_ack": ["Selvä, tarkistan.", "Ymmärrän. Tarvitsen muutaman tiedon.", "Okei, katsotaan."],
    "ask": {"HETU": ["Saisinko henkilötunnuksenne?", "Kertoisitteko henkilötunnuksen?"],
            "CARD": ["Mikä on kortin numero?", "Millä kortilla haluatte maksaa?"],
            "IBAN": ["Mille tilille hyvitys maksetaan?", "Kertoisitteko tilinumeron?"],
            "PHONE": ["Mihin numeroon voimme soittaa?", "Mikä on puhelinnumeronne?"],
            "EMAIL": ["Entä sähköpostiosoite?", "Mihin sähköpostiin vahvistus lähetetään?"],
            "ADDRESS": ["Voitteko vahvistaa toimitusosoitteen?", "Mihin osoitteeseen paketti lähetetään?"],
            "CF": ["Onko teillä italialainen codice fiscale?"], "PIVA": ["Mikä on italialainen ALV-numero?"],
            "AMKA": ["Tarvitsen kreikkalaisen AMKA-numeron."], "AFM": ["Entä kreikkalainen AFM?"],
            "CNP": ["Kertoisitteko romanialaisen CNP-tunnuksen?"]},
    "ask_name": ["Saisinko koko nimenne?", "Kenen kanssa puhun?"],
    "ask_phone2": ["Onko teillä toista numeroa?", "Entä varanumero?"],
    "ask_order": ["Mikä on tilausnumero?", "Onko teillä tilausnumero?"],
    "answer": ["Joo, se on {V}.", "Se on {V}.", "Eli {V}.", "{V}.", "Hetkinen... {V}."],
    "answer_name": ["{NAME}.", "Olen {NAME}.", "Nimeni on {NAME}."],
    "answer_order": ["Se on {ORDER}.", "{ORDER}."],
    "tr_bad": ["Tämä ei mene järjestelmässä läpi, voitteko tarkistaa?",
               "Järjestelmä ei hyväksy sitä. Sanoisitteko uudelleen?"],
    "tr_bad_neg": ["Järjestelmä ei hyväksy tätä. Tarkistakaa tieto ja soittakaa uudelleen."],
    "tr_retry": ["Ai anteeksi, {V}.", "Sanoin väärin, se on {V}."],
    "tr_close": ["Kiitos, päivitin tiedot. Voinko auttaa muussa?",
                 "Selvä, asia on kirjattu. Saatte vahvistuksen tekstiviestillä."],
    "tr_bye": ["Ei muuta, kiitos.", "Selvä, kiitos paljon. Hei hei."],
    "form_header": ["Uusi viesti yhteydenottolomakkeelta", "Verkkolomake — tukipyyntö {TICKET}",
                    "Reklamaatiolomake (lähetetty {DATE} klo {TIME})"],
    "fields": {"NAME": ["Nimi", "Etu- ja sukunimi"], "HETU": ["Henkilötunnus", "Hetu"], "CARD": ["Kortin numero"],
               "IBAN": ["Tilinumero (IBAN)", "IBAN"], "PHONE": ["Puhelin", "@m Matkapuhelin"], "PHONE2": ["Toinen puhelinnumero", "Varanumero"],
               "EMAIL": ["Sähköposti"], "ADDRESS": ["Toimitusosoite", "Osoite"],
               "CF": ["Codice fiscale (Italia)"], "PIVA": ["Italialainen ALV-numero"], "AMKA": ["AMKA (Kreikka)"],
               "AFM": ["AFM (Kreikka)"], "CNP": ["CNP (Romania)"], "ORDER": ["Tilausnumero"],
               "DATE": ["Ostopäivä"], "PRODUCT": ["Tuotekoodi"], "QTY": ["Määrä"],
               "MSG": ["Viesti", "Kuvaus"], "SUBJECT": ["Aihe"]},
    "subjects": ["Hyvitys", "Toimitusongelma", "Tietojen päivitys"],
}


# ---------------------------------------------------------------------------
# pieces: a message is a list of (text, tag); tag None, or (kind, type, why)
# with kind "E" (entity) or "D" (distractor)
# ---------------------------------------------------------------------------

def T(s):
    return [(s, None)]


def E(etype, s):
    return [(s, ("E", etype, None))]


def Dp(dtype, s, why):
    return [(s, ("D", dtype, why))]


def join(parts, sep):
    out = []
    for i, p in enumerate(parts):
        if i and sep:
            out.append((sep, None))
        out.extend(p)
    return out


SLOT_RE = re.compile(r"\{([A-Za-z]+(?:\.[a-z]+)*)\}")
PERSON_SLOT = re.compile(r"\{(?:NAME|OTHER|AGENT)")
PERSON_HEADS = {"NAME": "cust", "OTHER": "other", "AGENT": "agent"}


class Ctx:
    def __init__(self, lang, kinds):
        self.lang = lang
        self.P = P[lang]
        nat = lang
        foreign = [NAT_COUNTRY[k] for k in kinds if k in NATIONAL and NAT_COUNTRY[k] != lang]
        if foreign and chance(0.5):
            nat = foreign[0]
        self.people = {"cust": person(nat, lang), "agent": person(lang, lang), "other": person(nat, lang)}
        self.cust = self.people["cust"]
        self.used = []
        self.mobile = True
        self.price_style = RNG.random()
        for who in ("agent", "other"):
            while (self.people[who]["first"]["nom"] == self.cust["first"]["nom"]
                   or self.people[who]["last"]["nom"] == self.cust["last"]["nom"]):
                self.people[who] = person(self.people[who]["nat"], lang)

    def slot(self, name, bind):
        if name in bind:
            return bind[name]
        if name == "PRICE":
            return Dp("PRICE", d_price(self.lang, self.price_style), TRICKY)
        if name in DISTRACTORS:
            dtype, fn = DISTRACTORS[name]
            return Dp(dtype, fn(self.lang), TRICKY)
        parts = name.split(".")
        if parts[0] == "H":
            who = self.people[parts[2]]
            return T(self.P["helpers"][parts[1]][1 if who["female"] else 0])
        if parts[0] in PERSON_HEADS:
            p = self.people[PERSON_HEADS[parts[0]]]
            part, case = "full", "nom"
            for x in parts[1:]:
                if x in ("first", "last"):
                    part = x
                elif x in CASES:
                    case = x
                else:
                    raise KeyError(name)
            return E("PERSON", p["full"][case] if part == "full" else p[part][case])
        raise KeyError(name)

    def render(self, tpl, **bind):
        out, pos = [], 0
        for m in SLOT_RE.finditer(tpl):
            if m.start() > pos:
                out.append((tpl[pos:m.start()], None))
            out.extend(self.slot(m.group(1), bind))
            pos = m.end()
        if pos < len(tpl):
            out.append((tpl[pos:], None))
        return out

    def value(self, kind, valid=True):
        if kind in ID_KINDS:
            etype = ID_KINDS[kind][0]
            s = new_id(kind, self, valid)
            return E(etype, s) if valid else Dp(etype, s, BADCHECK)
        assert valid
        if kind == "PHONE":
            shown, self.mobile = new_phone(self.lang)
            return E("PHONE", shown)
        if kind == "EMAIL":
            return E("EMAIL", email_for(self.cust))
        if kind == "ADDRESS":
            return E("ADDRESS", new_address(self.lang))
        raise KeyError(kind)

    def pair(self, kind):
        good, bad = new_id_pair(kind, self)
        etype = ID_KINDS[kind][0]
        return E(etype, good), Dp(etype, bad, BADCHECK)

    def pick(self, options, phone=False):
        """Choose a template: not one already used in this message, and (for
        phone templates, marked '@m ') mobile-only wording only for mobiles."""
        def mob(t):
            return isinstance(t, str) and t.startswith("@m ")
        c = [t for t in options if not (mob(t) and phone and not self.mobile)]
        fresh = [t for t in c if t not in self.used] or c
        t = pick(fresh)
        self.used.append(t)
        return t[3:] if mob(t) else t

    def stmt_for(self, kind, block_ok):
        """Make the value, then a sentence that fits it."""
        self.old_ok = kind == "HETU"
        V = self.value(kind)
        self.old_ok = False
        return self.stmt(kind, V, block_ok)

    def stmt(self, kind, V, block_ok, no_person=False):
        if kind == "HETU" and "+" in V[0][0]:
            return self.render(self.pick(self.P["hetu_1800s"]), V=V)
        c = [t for t in self.P["stmt"][kind]
             if (block_ok or "\n" not in t) and not (no_person and PERSON_SLOT.search(t))]
        return self.render(self.pick(c, phone=(kind == "PHONE")), V=V)

    def person_piece(self, who="cust", part="full"):
        p = self.people[who]
        return E("PERSON", p["full"]["nom"] if part == "full" else p[part]["nom"])


def lower_first(pcs):
    if not pcs or pcs[0][1] is not None:
        return pcs
    t = pcs[0][0]
    m = re.match(r"[^\W\d_]+", t)
    if not m:
        return pcs
    w = m.group(0)
    nxt = t[len(w):len(w) + 1]
    if w in ("I", "IBAN", "HETU", "CNP", "AMKA", "AFM", "CF", "ΑΜΚΑ", "ΑΦΜ", "Finnish", "Greek",
             "Italian", "Romanian", "Personal", "Partita", "Codice", "Cod", "Henkilötunnus", "AWB"):
        return pcs
    if len(w) == 1 and nxt != " ":
        return pcs
    if w[0].isupper() and (len(w) == 1 or w[1:].islower()):
        return [(w[0].lower() + t[1:], None)] + pcs[1:]
    return pcs


def strip_period(pcs):
    if pcs and pcs[-1][1] is None and pcs[-1][0].endswith(".") and not pcs[-1][0].endswith(".."):
        return pcs[:-1] + [(pcs[-1][0][:-1], None)]
    return pcs


# ---------------------------------------------------------------------------
# message shapes
# ---------------------------------------------------------------------------

THANKS = ["grazie", "thank", "ευχαριστ", "mulțumesc", "kiitos"]


def b_short(ctx, kinds, mode, bad_kind):
    L = ctx.P
    if mode == "neg-trap":
        tpl, w = ctx.pick(L["traps"])
        return ctx.render(tpl, W=Dp("COMMON_WORD", w, TRICKY)), "chat-neg"
    if mode == "neg-invalid":
        body = ctx.stmt(bad_kind, ctx.value(bad_kind, False), False, no_person=True)
        cat = "chat-neg"
    elif mode == "neg-plain":
        body = ctx.render(ctx.pick(L["dsent"]))
        cat = "chat-neg"
    else:
        k = kinds[0]
        if mode == "mistype":
            V, BAD = ctx.pair(k)
            body = ctx.render(ctx.pick(L["mistype"]), V=V, BAD=BAD)
            cat = "chat-mistype"
        else:
            body = ctx.stmt_for(k, False)
            cat = "chat-id" if k in ID_KINDS else "chat-" + k.lower()
    r = RNG.random()
    if r < 0.3:
        g = ctx.pick(L["greet_chat"])
        pcs = T(g + " ") + (lower_first(body) if g.endswith(",") else body)
    elif r < 0.5:
        pcs = lower_first(body)
    else:
        pcs = body
    thanked = any(w in "".join(t for t, _ in pcs).lower() for w in THANKS)
    if chance(0.25) and not thanked:
        pcs = pcs + T(" " + ctx.pick(L["close_chat"]))
    elif chance(0.25):
        pcs = strip_period(pcs)
    return pcs, cat


def b_medium(ctx, kinds, mode, bad_kind):
    L = ctx.P
    sents, nsent = [], 0
    if mode == "neg":
        sents.append(ctx.render(ctx.pick(L["dsent"])))
        sents.append(ctx.stmt(bad_kind, ctx.value(bad_kind, False), False, no_person=True))
        nsent = 2
        if L["traps"] and chance(0.35):
            tpl, w = ctx.pick(L["traps"])
            sents.append(ctx.render(tpl, W=Dp("COMMON_WORD", w, TRICKY)))
            nsent += tpl.count("?") + tpl.count(".") + tpl.count("!")
        elif chance(0.5):
            sents.append(ctx.render(ctx.pick(L["dsent"])))
            nsent += 1
        if nsent < 4 and chance(0.5):
            sents.append(T(ctx.pick(L["closers"])))
        if chance(0.5):
            sents = [sents[1], sents[0]] + sents[2:]
        return sentence_join(sents), "medium-neg"
    sents.append(ctx.render(ctx.pick(L["dsent"])) if chance(0.75) else T(ctx.pick(L["problems"])))
    if len(kinds) < 3 and chance(0.1):
        sents.append(ctx.render(ctx.pick(L["name_stmt"])))
    for i, k in enumerate(kinds):
        if mode == "mistype" and i == 0:
            V, BAD = ctx.pair(k)
            sents.append(ctx.render(ctx.pick(L["mistype"]), V=V, BAD=BAD))
        else:
            sents.append(ctx.stmt_for(k, False))
    if len(sents) < 4 and chance(0.4):
        sents.append(T(ctx.pick(L["closers"])))
    if mode == "mistype":
        cat = "medium-mistype"
    elif all(k in ID_KINDS for k in kinds):
        cat = "medium-id"
    elif all(k == "PHONE" for k in kinds):
        cat = "medium-phone"
    else:
        cat = "medium-mixed"
    return sentence_join(sents), cat


def is_fragment(pcs):
    """A 'label: value' line rather than a sentence (no closing punctuation)."""
    return not pcs[-1][0].rstrip().endswith((".", "!", "?", ";"))


def paragraphs(stmts):
    """Join sentences into paragraphs; a block with a line break stands alone,
    and consecutive 'label: value' fragments become lines of their own."""
    paras, cur, lines = [], [], []

    def flush():
        if cur:
            paras.append(join(cur, " "))
            del cur[:]
        if lines:
            paras.append(join(lines, "\n"))
            del lines[:]

    for s in stmts:
        if any("\n" in t for t, tag in s if tag is None):
            flush()
            paras.append(s)
        elif is_fragment(s):
            if cur:
                flush()
            lines.append(s)
        else:
            if lines:
                flush()
            cur.append(s)
    flush()
    return paras


def sentence_join(sents):
    """Join sentences with spaces; a fragment in the middle gets a full stop."""
    out = []
    for i, s in enumerate(sents):
        if i < len(sents) - 1 and is_fragment(s):
            s = s + T(".")
        out.append(s)
    return join(out, " ")


def b_email(ctx, kinds, mode, bad_kind):
    L = ctx.P
    neg = mode == "neg"
    paras = []
    if not neg and chance(0.15):
        paras.append(ctx.render(ctx.pick(L["email_greet_named"])))
    else:
        paras.append(T(ctx.pick(L["email_greet"])))
    p1 = []
    if not neg and chance(0.12):
        p1.append(ctx.render(ctx.pick(L["name_stmt"])))
    p1.append(ctx.render(ctx.pick(L["dsent"])) if chance(0.8) else T(ctx.pick(L["problems"])))
    if chance(0.45):
        p1.append(ctx.render(ctx.pick(L["dsent"])))
    paras.append(join(p1, " "))
    sig, body = [], []
    first_id_done = False
    for k in kinds:
        in_sig = False
        if k in ("PHONE", "EMAIL"):
            in_sig = chance(0.65)
        elif k == "ADDRESS":
            in_sig = chance(0.4)
        elif k in ("PIVA", "AFM"):
            in_sig = chance(0.5)
        elif k == "CF" and ctx.lang == "it":
            in_sig = chance(0.3)
        if mode == "mistype" and k in ID_KINDS and not first_id_done:
            in_sig = False
        if in_sig:
            sig.append(k)
        else:
            body.append(k)
            if k in ID_KINDS:
                first_id_done = True
    stmts = []
    if body and chance(0.5):
        stmts.append(T(ctx.pick(L["lead"])))
    done_mis = False
    for k in body:
        if mode == "mistype" and k in ID_KINDS and not done_mis:
            V, BAD = ctx.pair(k)
            stmts.append(ctx.render(ctx.pick(L["mistype"]), V=V, BAD=BAD))
            done_mis = True
        else:
            stmts.append(ctx.stmt_for(k, True))
    if neg:
        stmts.append(ctx.stmt(bad_kind, ctx.value(bad_kind, False), True, no_person=True))
    paras.extend(paragraphs(stmts))
    if chance(0.7):
        paras.append(T(ctx.pick(L["closers"])))
    if neg:
        tail = T(ctx.pick(L["signoff"]).rstrip(",") + ".") if chance(0.5) else T(ctx.pick(L["signoff"]))
        if chance(0.6):
            tail = tail + T("\n\n" + ctx.pick(L["neg_tail"]))
        paras.append(tail)
        return join(paras, "\n\n"), "email-neg"
    lines = [T(ctx.pick(L["signoff"])), ctx.person_piece("cust", "full" if chance(0.7) else "first")]
    for k in sig:
        V = ctx.value(k)
        lab = ctx.pick(L["sig"][k], phone=(k == "PHONE"))
        lines.append(T(lab) + V if lab else V)
    paras.append(join(lines, "\n"))
    return join(paras, "\n\n"), ("email-mistype" if mode == "mistype" else "email")


def b_transcript(ctx, kinds, mode, bad_kind):
    L = ctx.P
    neg = mode == "neg"
    lab = ctx.pick(L["tr_labels"])
    A = lab[1 if ctx.people["agent"]["female"] else 0] + ": "
    C = lab[3 if ctx.cust["female"] else 2] + ": "
    lines = []
    if chance(0.5):
        lines.append(ctx.render(ctx.pick(L["tr_header"])))
    named = not neg and chance(0.28)
    lines.append(T(A) + ctx.render(ctx.pick(L["tr_open_named"] if named else L["tr_open"])))
    lines.append(T(C) + ctx.render(ctx.pick(L["dsent"])))
    ack = [ctx.pick(L["tr_ack"]) + " "]

    def ask(q):
        lines.append(T(A + ack.pop() + q if ack else A + q))

    if not neg and chance(0.16):
        ask(ctx.pick(L["ask_name"]))
        lines.append(T(C) + ctx.render(ctx.pick(L["answer_name"])))
    if neg or chance(0.3):
        ask(ctx.pick(L["ask_order"]))
        lines.append(T(C) + ctx.render(ctx.pick(L["answer_order"])))
    for i, k in enumerate(kinds):
        if mode == "mistype" and i == 0:
            V, BAD = ctx.pair(k)
        else:
            V = ctx.value(k)
        ask(ctx.pick(L["ask_phone2"]) if k == "PHONE" and "PHONE" in kinds[:i]
            else ctx.pick(L["ask"][k], phone=(k == "PHONE")))
        if mode == "mistype" and i == 0:
            lines.append(T(C) + ctx.render(ctx.pick(L["answer"]), V=BAD))
            lines.append(T(A + ctx.pick(L["tr_bad"])))
            lines.append(T(C) + ctx.render(ctx.pick(L["tr_retry"]), V=V))
        else:
            lines.append(T(C) + ctx.render(ctx.pick(L["answer"]), V=V))
    if neg:
        ask(ctx.pick(L["ask"][bad_kind]))
        lines.append(T(C) + ctx.render(ctx.pick(L["answer"]), V=ctx.value(bad_kind, False)))
        lines.append(T(A + ctx.pick(L["tr_bad_neg"])))
        lines.append(T(C + ctx.pick(L["tr_bye"])))
        return join(lines, "\n"), "transcript-neg"
    lines.append(T(A + ctx.pick(L["tr_close"])))
    lines.append(T(C + ctx.pick(L["tr_bye"])))
    return join(lines, "\n"), ("transcript-mistype" if mode == "mistype" else "transcript")


FORM_ORDER = ["EMAIL", "PHONE", "ADDRESS", "CARD", "IBAN"] + NATIONAL


def b_form(ctx, kinds, mode, bad_kind):
    L = ctx.P
    neg = mode == "neg"
    style = pick(["colon", "colon", "star", "above"])
    F = L["fields"]

    def field(key, val):
        label = ctx.pick(F[key], phone=key.startswith("PHONE"))
        if style == "colon":
            return T(label + ": ") + val
        if style == "star":
            return T(label + "*: ") + val
        return T(label + "\n") + val

    lines = [ctx.render(ctx.pick(L["form_header"]))]
    if neg or chance(0.3):
        lines.append(field("SUBJECT", T(ctx.pick(L["subjects"]))))
    if not neg and chance(0.28):
        lines.append(field("NAME", ctx.person_piece()))
    ordered = sorted(kinds, key=FORM_ORDER.index)
    for i, k in enumerate(ordered):
        V = ctx.value(k)
        lines.append(field("PHONE2" if k == "PHONE" and "PHONE" in ordered[:i] else k, V))
    if neg:
        lines.append(field(bad_kind, ctx.value(bad_kind, False)))
    if neg or chance(0.5):
        lines.append(field("ORDER", ctx.slot("ORDER", {})))
    if chance(0.35):
        lines.append(field("DATE", ctx.slot("DATE", {})))
    if chance(0.25):
        lines.append(field("PRODUCT", ctx.slot("PRODUCT", {})))
        if chance(0.6):
            lines.append(field("QTY", ctx.slot("QTY", {})))
    msg = [ctx.render(ctx.pick(L["dsent"]))]
    if chance(0.4):
        msg.append(T(ctx.pick(L["closers"])))
    lines.append(field("MSG", join(msg, " ")))
    return join(lines, "\n\n" if style == "above" else "\n"), ("form-neg" if neg else "form")


BUILDERS = {"short": b_short, "medium": b_medium, "email": b_email, "transcript": b_transcript, "form": b_form}


# ---------------------------------------------------------------------------
# plan, queue, assembly
# ---------------------------------------------------------------------------

def batch(lang):
    home = {"it": ["CF", "PIVA"], "el": ["AMKA", "AFM"], "ro": ["CNP"], "fi": ["HETU"], "en": []}[lang]
    out = []
    for k in NATIONAL:
        if k in home:
            n = 26 if len(home) == 1 else 22
        else:
            n = 13 if lang == "en" else 12
        out += [k] * n
    out += ["CARD"] * 14 + ["IBAN"] * 14 + ["PHONE"] * 34 + ["EMAIL"] * 10 + ["ADDRESS"] * 6
    RNG.shuffle(out)
    return out


class Queue:
    def __init__(self, lang):
        self.lang = lang
        self.items = batch(lang)

    def fits(self, k, chosen, need_id):
        if need_id and k not in ID_KINDS:
            return False
        if k == "PHONE":
            return chosen.count("PHONE") < 2
        if k in chosen:
            return False
        if k in NATIONAL and NAT_COUNTRY[k] != self.lang:
            others = [NAT_COUNTRY[c] for c in chosen if c in NATIONAL and NAT_COUNTRY[c] != self.lang]
            if others and others[0] != NAT_COUNTRY[k]:
                return False
        return True

    def take(self, n, need_id=False):
        chosen, i = [], 0
        while len(chosen) < n:
            if i >= len(self.items):
                self.items.extend(batch(self.lang))
            if self.fits(self.items[i], chosen, need_id and not chosen):
                chosen.append(self.items.pop(i))
                i = 0
            else:
                i += 1
        return chosen


def plan():
    specs = ([("short", "neg-trap")] + [("short", "neg-invalid")] * 3 + [("short", "neg-plain")]
             + [("short", "mistype")] * 4 + [("short", "pos")] * 31
             + [("medium", "neg")] * 4 + [("medium", "mistype")] * 3 + [("medium", "pos")] * 33
             + [("email", "neg"), ("email", "mistype")] + [("email", "pos")] * 12
             + [("transcript", "neg")] + [("transcript", "mistype")] * 2 + [("transcript", "pos")] * 10
             + [("form", "neg")] + [("form", "pos")] * 12)
    assert len(specs) == 120
    RNG.shuffle(specs)
    return specs


def n_items(shape):
    if shape == "short":
        return 1
    if shape == "medium":
        return pick([1, 1, 1, 2, 2, 2, 2, 2, 3, 3])
    if shape == "form":
        return pick([2, 3, 3, 4, 4])
    return pick([2, 3, 3, 4])


def finalize(pcs):
    text, ents, dists = "", [], []
    merged = []
    for t, tag in pcs:
        if tag is None and merged and merged[-1][1] is None:
            merged[-1] = (merged[-1][0] + t, None)
        elif t:
            merged.append((t, tag))
    for t, tag in merged:
        start = len(text.encode("utf-8"))
        text += t
        end = len(text.encode("utf-8"))
        if tag is None:
            if re.search(r"\d", t):
                raise AssertionError("unlabelled digits in literal text: %r" % t)
            continue
        kind, typ, why = tag
        if kind == "E":
            ents.append({"type": typ, "start": start, "end": end})
        else:
            dists.append({"type": typ, "start": start, "end": end, "why": why})
    return text, ents, dists


def leak(text, ents):
    b = text.encode("utf-8")
    pos, segs = 0, []
    for e in ents:
        segs.append(b[pos:e["start"]].decode("utf-8"))
        pos = e["end"]
    segs.append(b[pos:].decode("utf-8"))
    for s in segs:
        r = text_leak(s)
        if r:
            return r
    return None


def build_one(lang, shape, mode, queue, bad_kind):
    if mode.startswith("neg"):
        kinds = []
    else:
        kinds = queue.take(n_items(shape), need_id=(mode == "mistype"))
    for attempt in range(100):
        ctx = Ctx(lang, kinds)
        pcs, cat = BUILDERS[shape](ctx, kinds, mode, bad_kind)
        text, ents, dists = finalize(pcs)
        if mode.startswith("neg"):
            assert not ents, (text, ents)
        else:
            assert ents
        why = leak(text, ents)
        if why is None:
            return {"lang": lang, "text": text, "entities": ents, "distractors": dists, "category": cat}
    raise RuntimeError("could not build a clean %s/%s message: %s\n%s" % (shape, mode, why, text))


def main():
    out = []
    for li, lang in enumerate(LANGS):
        queue = Queue(lang)
        bad_cycle = ID_ORDER[li:] + ID_ORDER[:li]
        nbad = 0
        for n, (shape, mode) in enumerate(plan(), 1):
            bad_kind = None
            if mode.startswith("neg") and mode not in ("neg-trap", "neg-plain"):
                bad_kind = bad_cycle[nbad % len(bad_cycle)]
                nbad += 1
            if mode == "neg-trap" and not P[lang]["traps"]:
                mode = "neg-plain"
            rec = build_one(lang, shape, mode, queue, bad_kind)
            case = {"id": "%s-x%03d" % (lang, n)}
            case.update(rec)
            out.append({k: case[k] for k in ("id", "lang", "text", "entities", "distractors", "category")})
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for c in out:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in out:
        for e in c["entities"]:
            counts[e["type"]] = counts.get(e["type"], 0) + 1
    print("wrote %d cases to %s" % (len(out), os.path.relpath(OUT)))
    for k in sorted(counts):
        print("  %-18s %d" % (k, counts[k]))


if __name__ == "__main__":
    main()
