#!/usr/bin/env python3
"""Fifth independent redaction test set: identifiers with check digits.

Writes cases.jsonl next to this file, byte for byte the same on every run
(fixed seed, Python 3 standard library only).

    python3 eval/redaction-holdout/generate.py

100 cases per language (en, it, el, ro, fi).  Every language carries all
eight id types (card, IBAN, codice fiscale, partita IVA, AMKA, AFM, CNP,
henkilötunnus), 11 valid ones of each, one per writing style:

    bare, label before, label after, label on the previous line (form),
    grouped, in quotes/parentheses, at the start, at the end,
    next to a price or a date, two ids in one message, next to a
    mistyped look-alike.

Plus phone numbers, a few names, e-mails and addresses, and 15 messages per
language without personal data (invalid look-alikes and order/invoice/
ticket/tracking numbers of 9, 11, 13 and 16 digits that pass no id check).
"""
import datetime
import json
import os
import random
import re
import unicodedata

SEED = 55555
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases.jsonl")

LANGS = ["en", "it", "el", "ro", "fi"]
ID_TYPES = ["CARD", "IBAN", "IT_CODICE_FISCALE", "IT_PARTITA_IVA",
            "GR_AMKA", "GR_AFM", "RO_CNP", "FI_HETU"]
SHORT = {"CARD": "CARD", "IBAN": "IBAN", "IT_CODICE_FISCALE": "CF",
         "IT_PARTITA_IVA": "PIVA", "GR_AMKA": "AMKA", "GR_AFM": "AFM",
         "RO_CNP": "CNP", "FI_HETU": "HETU"}
STYLES = ["bare", "before", "after", "form", "grouped", "quote", "start",
          "end", "pricedate", "two", "look"]

# ---------------------------------------------------------------------------
# check digits (public specifications)
# ---------------------------------------------------------------------------


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def ddmmyy_ok(s):
    d, m, y = int(s[0:2]), int(s[2:4]), int(s[4:6])
    return date_ok(1900 + y, m, d) or date_ok(2000 + y, m, d)


# AMKA -------------------------------------------------------------------
def amka_ok(s):
    return len(s) == 11 and s.isdigit() and ddmmyy_ok(s[:6]) and luhn_ok(s)


# partita IVA ------------------------------------------------------------
PIVA_OFFICES = list(range(1, 101)) + [120, 121]


def piva_ok(s):
    return (len(s) == 11 and s.isdigit() and int(s[7:10]) in PIVA_OFFICES
            and s[:7] != "0000000" and luhn_ok(s))


# AFM --------------------------------------------------------------------
def afm_digit(s8):
    return str(sum(int(s8[i]) * 2 ** (8 - i) for i in range(8)) % 11 % 10)


def afm_ok(s):
    return (len(s) == 9 and s.isdigit() and s != "000000000"
            and afm_digit(s[:8]) == s[8])


# CNP --------------------------------------------------------------------
CNP_W = "279146358279"
CNP_COUNTIES = ["%02d" % i for i in range(1, 47)] + ["51", "52"]


def cnp_key(s12):
    r = sum(int(a) * int(b) for a, b in zip(s12, CNP_W)) % 11
    return "1" if r == 10 else str(r)


def cnp_ok(s):
    if len(s) != 13 or not s.isdigit() or s[0] not in "12345678":
        return False
    yy, mm, dd = int(s[1:3]), int(s[3:5]), int(s[5:7])
    cent = {"1": [1900], "2": [1900], "3": [1800], "4": [1800],
            "5": [2000], "6": [2000], "7": [1900, 2000], "8": [1900, 2000]}[s[0]]
    if not any(date_ok(c + yy, mm, dd) for c in cent):
        return False
    if s[7:9] not in CNP_COUNTIES or s[9:12] == "000":
        return False
    return cnp_key(s[:12]) == s[12]


# henkilötunnus ----------------------------------------------------------
HETU_TABLE = "0123456789ABCDEFHJKLMNPRSTUVWXY"
HETU_CENT = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900,
             "U": 1900, "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000,
             "F": 2000}


def hetu_ok(s):
    s = s.upper()
    if not re.fullmatch(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]", s):
        return False
    d, m, y = int(s[0:2]), int(s[2:4]), int(s[4:6])
    if not date_ok(HETU_CENT[s[6]] + y, m, d):
        return False
    n = int(s[7:10])
    if not 2 <= n <= 899:
        return False
    return HETU_TABLE[int(s[0:6] + s[7:10]) % 31] == s[10]


# codice fiscale ---------------------------------------------------------
_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
CF_ODD = dict(zip(_ALNUM, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] +
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6,
                   8, 12, 14, 16, 10, 22, 25, 24, 23]))
CF_EVEN = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in _ALNUM}
CF_MONTHS = "ABCDEHLMPRST"
CF_OMO = "LMNPQRSTUV"
CF_DIGIT_POS = [6, 7, 9, 10, 12, 13, 14]


def cf_char(s15):
    return chr(65 + sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c]
                        for i, c in enumerate(s15)) % 26)


def cf_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST]"
                        r"[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]", s):
        return False
    plain = list(s)
    for p in CF_DIGIT_POS:
        if plain[p] in CF_OMO:
            plain[p] = str(CF_OMO.index(plain[p]))
    plain = "".join(plain)
    day = int(plain[9:11])
    if day > 40:
        day -= 40
    month = CF_MONTHS.index(plain[8]) + 1
    if not (date_ok(2000 + int(plain[6:8]), month, day)
            or date_ok(1900 + int(plain[6:8]), month, day)):
        return False
    return cf_char(s[:15]) == s[15]


# IBAN -------------------------------------------------------------------
IBAN_LEN = {"IT": 27, "GR": 27, "RO": 24, "FI": 18, "GB": 22, "DE": 22,
            "FR": 27, "ES": 24, "NL": 18, "BE": 16, "AT": 20, "PT": 25,
            "IE": 22, "CH": 21}


def iban_mod(s):
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) >= 4 and s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]]
            and s.isalnum() and s[2:4].isdigit() and iban_mod(s) == 1)


def card_ok(s):
    if not s.isdigit():
        return False
    if len(s) == 15 and s[:2] in ("34", "37"):
        return luhn_ok(s)
    if len(s) == 16 and (s[0] == "4" or 51 <= int(s[:2]) <= 55
                         or 2221 <= int(s[:4]) <= 2720):
        return luhn_ok(s)
    return False


def digit_checks(s):
    """Names of the id checks a pure digit string passes."""
    hits = []
    n = len(s)
    if n == 9 and afm_ok(s):
        hits.append("AFM")
    if n in (11, 13, 15, 16) and luhn_ok(s):
        hits.append("LUHN")
    if n == 11 and amka_ok(s):
        hits.append("AMKA")
    if n == 11 and piva_ok(s):
        hits.append("PIVA")
    if n == 13 and cnp_ok(s):
        hits.append("CNP")
    return hits


# ---------------------------------------------------------------------------
# leak scan used to reject accidental valid numbers outside the spans
# ---------------------------------------------------------------------------
RUN_RE = re.compile(r"\d+(?:[ .\-]\d+)*")
CF_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{3} ?[A-Za-z]{3} ?[0-9LMNPQRSTUVlmnpqrstuv]{2}"
                   r"[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2} ?[A-Za-z]"
                   r"[0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z](?![A-Za-z0-9])")
HETU_RE = re.compile(r"(?<![A-Za-z0-9])\d{6}[-+A-FU-Ya-fu-y]\d{3}[0-9A-Ya-y](?![A-Za-z0-9])")
IBAN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){8,32}")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def leak_free(text, ent_char_spans):
    chars = list(text)
    for a, b in ent_char_spans:
        for i in range(a, b):
            chars[i] = "\u00a6"
    masked = "".join(chars)
    if EMAIL_RE.search(masked):
        return False
    for m in RUN_RE.finditer(masked):
        groups = re.findall(r"\d+", m.group())
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                if digit_checks("".join(groups[i:j + 1])):
                    return False
    for m in CF_RE.finditer(masked):
        if cf_ok(m.group().replace(" ", "")):
            return False
    for m in HETU_RE.finditer(masked):
        if hetu_ok(m.group()):
            return False
    for m in IBAN_RE.finditer(masked):
        comp = m.group().replace(" ", "").upper()
        cc = comp[:2]
        if cc in IBAN_LEN and len(comp) >= IBAN_LEN[cc] and iban_ok(comp[:IBAN_LEN[cc]]):
            return False
    return True


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------


def rand_date(rng, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def gen_card(rng, kind):
    while True:
        if kind == "visa":
            body = "4" + "".join(rng.choice("0123456789") for _ in range(14))
        elif kind == "mc5":
            body = str(rng.randint(51, 55)) + "".join(rng.choice("0123456789") for _ in range(13))
        elif kind == "mc2":
            body = str(rng.randint(2221, 2720)) + "".join(rng.choice("0123456789") for _ in range(11))
        else:  # amex
            body = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
        s = body + luhn_digit(body)
        if card_ok(s):
            return s


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _it_cin(s22):
    return chr(65 + sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c]
                        for i, c in enumerate(s22)) % 26)


def gen_iban(rng, cc):
    if cc == "IT":
        abi = rng.choice(["03069", "02008", "05034", "03062", "01030", "05696"])
        cab = _digits(rng, 5)
        acct = _digits(rng, 12)
        bban = _it_cin(abi + cab + acct) + abi + cab + acct
    elif cc == "GR":
        bban = rng.choice(["011", "017", "026", "014"]) + _digits(rng, 4) + _digits(rng, 16)
    elif cc == "RO":
        bban = rng.choice(["BTRL", "RNCB", "BRDE", "INGB", "RZBR", "BACX"]) + _digits(rng, 16)
    elif cc == "FI":
        body = rng.choice(["1", "2", "5", "8"]) + _digits(rng, 12)
        bban = body + luhn_digit(body)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _digits(rng, 6) + _digits(rng, 8)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + _digits(rng, 6) + _digits(rng, 8)
    elif cc == "DE":
        bban = str(rng.randint(1, 8)) + _digits(rng, 7) + _digits(rng, 10)
    elif cc == "FR":
        bank = rng.choice(["30004", "30003", "20041", "10278"])
        branch = _digits(rng, 5)
        acct = _digits(rng, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = bank + branch + acct + "%02d" % key
    elif cc == "ES":
        bank = rng.choice(["2100", "0049", "0182", "0081"])
        branch = _digits(rng, 4)
        acct = _digits(rng, 10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(x):
            r = 11 - sum(int(c) * k for c, k in zip(x, w)) % 11
            return {11: 0, 10: 1}.get(r, r)
        bban = bank + branch + str(dc("00" + bank + branch)) + str(dc(acct)) + acct
    elif cc == "NL":
        while True:
            acct = _digits(rng, 10)
            if sum(int(c) * k for c, k in zip(acct, range(10, 0, -1))) % 11 == 0 and acct[0] != "0":
                break
        bban = rng.choice(["ABNA", "RABO", "INGB"]) + acct
    elif cc == "BE":
        first = _digits(rng, 10)
        r = int(first) % 97
        bban = first + "%02d" % (r if r else 97)
    elif cc == "AT":
        bban = _digits(rng, 5) + _digits(rng, 11)
    elif cc == "PT":
        bank = rng.choice(["0033", "0035", "0007", "0010"])
        rest = _digits(rng, 4) + _digits(rng, 11)
        bban = bank + rest + "%02d" % (98 - int(bank + rest) * 100 % 97)
    elif cc == "CH":
        bban = _digits(rng, 5) + _digits(rng, 12)
    else:
        raise ValueError(cc)
    kk = 98 - iban_mod(cc + "00" + bban)
    s = cc + "%02d" % kk + bban
    assert iban_ok(s) and len(s) == IBAN_LEN[cc], s
    return s


CF_SURNAMES = ["ROSSI", "BIANCHI", "ESPOSITO", "ROMANO", "COLOMBO", "RICCI",
               "MARINO", "GRECO", "BRUNO", "GALLO", "CONTI", "DE LUCA",
               "MANCINI", "COSTA", "GIORDANO", "RIZZO", "LOMBARDI", "MORETTI",
               "POPESCU", "PAPADOPOULOS", "VIRTANEN", "IONESCU"]
CF_MALE = ["MARCO", "LUCA", "GIUSEPPE", "ANDREA", "FRANCESCO", "MATTEO",
           "ALESSANDRO", "DAVIDE", "ANDREI", "GIORGOS", "MIKKO"]
CF_FEMALE = ["GIULIA", "FRANCESCA", "CHIARA", "SARA", "ELENA", "ANNA",
             "VALENTINA", "MARTINA", "IOANA", "MARIA", "LAURA"]
CF_TOWNS = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736",
            "D969", "A662"]


def _cf_part(word, is_name):
    word = word.replace(" ", "").replace("'", "")
    cons = [c for c in word if c not in "AEIOU"]
    vows = [c for c in word if c in "AEIOU"]
    if is_name and len(cons) > 3:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def gen_cf(rng, omo_level):
    female = rng.random() < 0.5
    sur = _cf_part(rng.choice(CF_SURNAMES), False)
    name = _cf_part(rng.choice(CF_FEMALE if female else CF_MALE), True)
    dob = rand_date(rng, 1950, 2004)
    day = dob.day + (40 if female else 0)
    s = sur + name + "%02d" % (dob.year % 100) + CF_MONTHS[dob.month - 1] + "%02d" % day + rng.choice(CF_TOWNS)
    s = list(s)
    for p in [14, 13, 12, 10, 9, 7, 6][:omo_level]:
        s[p] = CF_OMO[int(s[p])]
    s = "".join(s)
    s = s + cf_char(s)
    assert cf_ok(s), s
    return s


def gen_piva(rng):
    while True:
        body = _digits(rng, 7) + "%03d" % rng.choice(PIVA_OFFICES)
        s = body + luhn_digit(body)
        if s[:7] == "0000000" or ddmmyy_ok(s[:6]):
            continue  # keep partite IVA distinct from AMKA-looking strings
        assert piva_ok(s)
        return s


def gen_amka(rng):
    while True:
        dob = rand_date(rng, 1945, 2010)
        body = dob.strftime("%d%m%y") + _digits(rng, 4)
        s = body + luhn_digit(body)
        if int(s[7:10]) in PIVA_OFFICES:
            continue  # not also a valid partita IVA
        assert amka_ok(s)
        return s


def gen_afm(rng):
    while True:
        body = rng.choice("0111123456789") + _digits(rng, 7)
        s = body + afm_digit(body)
        if afm_ok(s):
            return s


def gen_cnp(rng):
    while True:
        sx = rng.choice("1212565678")
        if sx in "12":
            dob = rand_date(rng, 1940, 1999)
        elif sx in "56":
            dob = rand_date(rng, 2000, 2008)
        else:
            dob = rand_date(rng, 1955, 1999)
        s12 = sx + dob.strftime("%y%m%d") + rng.choice(CNP_COUNTIES) + "%03d" % rng.randint(1, 999)
        s = s12 + cnp_key(s12)
        if luhn_ok(s):
            continue  # not card-like
        assert cnp_ok(s)
        return s


def gen_hetu(rng):
    dob = rand_date(rng, 1940, 2015)
    if dob.year >= 2000:
        sign = "A" if rng.random() < 0.7 else rng.choice("BCDEF")
    else:
        sign = "-" if rng.random() < 0.7 else rng.choice("YXWVU")
    n = "%03d" % rng.randint(2, 899)
    ddmmyy = dob.strftime("%d%m%y")
    s = ddmmyy + sign + n + HETU_TABLE[int(ddmmyy + n) % 31]
    assert hetu_ok(s)
    return s


# ---------------------------------------------------------------------------
# mistyped look-alikes (fail their own check and every other check)
# ---------------------------------------------------------------------------


def _change_digit(rng, s, positions):
    s = list(s)
    p = rng.choice(positions)
    s[p] = rng.choice([c for c in "0123456789" if c != s[p]])
    return "".join(s)


def mistype(rng, t, raw):
    for _ in range(1000):
        if t == "CARD":
            bad = _change_digit(rng, raw, list(range(6, len(raw))))
            if not luhn_ok(bad):
                return bad
        elif t == "IBAN":
            pos = [i for i in range(4, len(raw)) if raw[i].isdigit()]
            bad = _change_digit(rng, raw, pos)
            if not iban_ok(bad):
                return bad
        elif t == "IT_CODICE_FISCALE":
            if rng.random() < 0.5:
                bad = raw[:15] + rng.choice([c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c != raw[15]])
            else:
                pos = [p for p in (12, 13, 14) if raw[p].isdigit()]
                if not pos:
                    continue
                bad = _change_digit(rng, raw, pos)
            plain_ok = cf_ok(bad[:15] + cf_char(bad[:15]))
            if plain_ok and not cf_ok(bad):
                return bad
        elif t == "IT_PARTITA_IVA":
            bad = _change_digit(rng, raw, [0, 1, 2, 3, 4, 5, 6, 10])
            if not digit_checks(bad):
                return bad
        elif t == "GR_AMKA":
            bad = _change_digit(rng, raw, [6, 7, 8, 9, 10])
            if not digit_checks(bad) and ddmmyy_ok(bad[:6]):
                return bad
        elif t == "GR_AFM":
            bad = _change_digit(rng, raw, list(range(9)))
            if not digit_checks(bad):
                return bad
        elif t == "RO_CNP":
            bad = _change_digit(rng, raw, [9, 10, 11, 12])
            if not digit_checks(bad) and bad[9:12] != "000":
                return bad
        elif t == "FI_HETU":
            if rng.random() < 0.5:
                bad = raw[:10] + rng.choice([c for c in HETU_TABLE if c != raw[10]])
            else:
                bad = _change_digit(rng, raw, [8, 9])
            if not hetu_ok(bad) and 2 <= int(bad[7:10]) <= 899:
                return bad
    raise AssertionError("no look-alike for " + raw)


# ---------------------------------------------------------------------------
# how people write them
# ---------------------------------------------------------------------------
NORMAL_FMTS = {
    "CARD": ["space", "compact", "dash"],
    "IBAN": ["compact", "space4", "compact", "space4lower", "space4"],
    "IT_CODICE_FISCALE": ["upper", "upper", "lower"],
    "IT_PARTITA_IVA": ["compact", "it", "compact", "it", "itspace"],
    "GR_AMKA": ["compact", "compact", "dash"],
    "GR_AFM": ["compact", "el", "space3", "compact", "el"],
    "RO_CNP": ["compact", "compact", "s1"],
    "FI_HETU": ["upper", "upper", "lower"],
}
GROUPED_FMTS = {
    "CARD": ["dash", "space"],
    "IBAN": ["space4", "space4lower"],
    "IT_CODICE_FISCALE": ["spaced"],
    "IT_PARTITA_IVA": ["itspace", "grouped"],
    "GR_AMKA": ["dash", "space"],
    "GR_AFM": ["space3", "dot3"],
    "RO_CNP": ["s1", "dash"],
    "FI_HETU": ["lower"],
}


def fmt(t, raw, f):
    if t == "CARD":
        if len(raw) == 15:
            parts = [raw[:4], raw[4:10], raw[10:]]
        else:
            parts = [raw[i:i + 4] for i in range(0, 16, 4)]
        return {"compact": raw, "space": " ".join(parts), "dash": "-".join(parts)}[f]
    if t == "IBAN":
        g = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        return {"compact": raw, "space4": g, "space4lower": g.lower()}[f]
    if t == "IT_CODICE_FISCALE":
        return {"upper": raw, "lower": raw.lower(),
                "spaced": raw[:3] + " " + raw[3:6] + " " + raw[6:11] + " " + raw[11:]}[f]
    if t == "IT_PARTITA_IVA":
        g = raw[:3] + " " + raw[3:6] + " " + raw[6:9] + " " + raw[9:]
        return {"compact": raw, "it": "IT" + raw, "itspace": "IT " + g, "grouped": g}[f]
    if t == "GR_AMKA":
        return {"compact": raw, "dash": raw[:6] + "-" + raw[6:], "space": raw[:6] + " " + raw[6:]}[f]
    if t == "GR_AFM":
        return {"compact": raw, "el": "EL" + raw, "space3": raw[:3] + " " + raw[3:6] + " " + raw[6:],
                "dot3": raw[:3] + "." + raw[3:6] + "." + raw[6:]}[f]
    if t == "RO_CNP":
        return {"compact": raw, "s1": raw[0] + " " + raw[1:7] + " " + raw[7:],
                "dash": raw[:7] + "-" + raw[7:]}[f]
    if t == "FI_HETU":
        return {"upper": raw, "lower": raw.lower()}[f]
    raise ValueError(t)


# ---------------------------------------------------------------------------
# language material
# ---------------------------------------------------------------------------
L = {}

L["en"] = {
    "labels": {
        "CARD": (["my card number", "the card number", "the number on my debit card"],
                 ["card number", "card no.", "card"]),
        "IBAN": (["my IBAN", "the IBAN for the refund", "my bank account (IBAN)"],
                 ["IBAN", "bank details", "account"]),
        "IT_CODICE_FISCALE": (["my codice fiscale", "my Italian tax code (codice fiscale)", "my Italian fiscal code"],
                              ["codice fiscale", "CF", "Italian tax code"]),
        "IT_PARTITA_IVA": (["our partita IVA", "my company's Italian VAT number (partita IVA)",
                            "the Italian VAT number of my business"],
                           ["partita IVA", "P.IVA", "Italian VAT no."]),
        "GR_AMKA": (["my AMKA", "my Greek social security number (AMKA)", "my wife's AMKA"],
                    ["AMKA", "A.M.K.A.", "Greek social security number"]),
        "GR_AFM": (["my Greek tax number (AFM)", "my AFM", "my Greek tax ID"],
                   ["AFM", "Α.Φ.Μ.", "Greek tax number"]),
        "RO_CNP": (["my CNP", "my Romanian personal numeric code (CNP)", "my Romanian national ID number"],
                   ["CNP", "national ID", "cod numeric personal"]),
        "FI_HETU": (["my Finnish personal identity code (henkilötunnus)", "my hetu", "my Finnish national ID number"],
                    ["henkilötunnus", "hetu", "Finnish personal ID"]),
    },
    "bare": ["Here you go: {X}",
             "Sorry, I forgot to include it earlier. It's {X}.",
             "As requested: {X}. Let me know if you need anything else.",
             "ok here it is {X} thanks",
             "Copying it straight from the document: {X}",
             "Is this what you need? {X}"],
    "before": ["{NPc} is {X}.",
               "Hi, {NP} is {X} if you need it for the paperwork.",
               "{Lc}: {X}",
               "For the invoice, {NP} is {X}. Thanks!",
               "Just to confirm, {NP} is {X}, same as on the old form."],
    "after": ["{X} is {NP}.",
              "{X} ({L}), in case the system asks for it.",
              "I've found it now: {X}, which is {NP}.",
              "{X} – {NP}, as you asked."],
    "form": ["{Lc}:\n{X}\nThanks.",
             "Name: {NAME}\n{Lc}:\n{X}",
             "Please find my details below.\n\n{Lc}\n{X}\n\nKind regards",
             "Full name: {NAME}\n{Lc}\n{X}\nPreferred contact: e-mail"],
    "quote": ["The form keeps rejecting \"{X}\" in the {L} field. Is that the right format?",
              "{NPc} is “{X}”, exactly as on the document.",
              "My details: {L} ({X}).",
              "I typed '{X}' and the page says there is an error."],
    "start": ["{X} – that's {NP}. Can you update my account?",
              "{X}\nSorry, that's the number you asked for on the phone.",
              "{X}: that's what I entered at checkout, is that a problem?"],
    "end": ["Please update my profile. {NPc}: {X}",
            "You asked for {NP}, so here it is: {X}",
            "Updated details below\n{Lc}: {X}"],
    "pricedate": ["From the receipt: {DATE} {X} {PRICE}",
                  "{Lc}: {X}, {DATE}. Amount due: {PRICE}.",
                  "Paid {PRICE} on {DATE} – {NP} is {X}.",
                  "Receipt dated {DATE}: {PRICE}, {L} {X}."],
    "two": ["{NP1c} is {X1} and {NP2} is {X2}.",
            "{L1c}: {X1}\n{L2c}: {X2}",
            "The two things you asked for: {X1} ({L1}) and {X2} ({L2})."],
    "look": ["Sorry, I typed {BAD} by mistake – {NP} is actually {X}.",
             "{Lc}: {X} (not {BAD}, that one has a typo).",
             "The form shows {BAD}, but the right one is {X}."],
    "sfx_inline": [" You can call me on {PHONE}.", " If anything's unclear, ring me at {PHONE}.",
                   " My number is {PHONE} if you need me."],
    "sfx_line": ["\nMobile: {PHONE}", "\nTel. {PHONE}"],
    "sfx_email_inline": [" Please send the confirmation to {EMAIL}."],
    "sfx_email_line": ["\nE-mail: {EMAIL}"],
    "sfx_addr_inline": [" My postal address is {ADDR}."],
    "sfx_addr_line": ["\nAddress: {ADDR}"],
    "neg_invalid": ["Your system says {BAD} is not a valid {L} – can you check why?",
                    "Is {BAD} a valid {L}? It's from an old document.",
                    "{Lc}: {BAD}\nThe website keeps saying the check digit is wrong.",
                    "My colleague wrote {BAD} in the {L} box, but I think it's wrong."],
    "neg_tricky": ["Order {N} was charged {PRICE} on {DATE} but never arrived.",
                   "Invoice no. {N} dated {DATE}, total {PRICE}.",
                   "My e-ticket number is {N}, flight on {DATE}.",
                   "Tracking {N} still shows 'in transit' since {DATE}.",
                   "Booking reference {N}: 2 nights, {PRICE} in total.",
                   "Invoice {N} for {PRICE} – please resend it, the PDF is blank.",
                   "Parcel {N} was delivered on {DATE} to the wrong locker.",
                   "Order number {N} – I was charged twice, {PRICE} each time."],
    "multi": "Hi, I'm {NAME}. You can reach me on {PHONE} or at {EMAIL}. Address: {ADDR}.",
}

L["it"] = {
    "labels": {
        "CARD": (["il numero della carta", "il numero della mia carta di credito", "il numero della carta prepagata"],
                 ["numero carta", "carta", "n. carta"]),
        "IBAN": (["il mio IBAN", "l'IBAN per il rimborso", "l'IBAN del mio conto"],
                 ["IBAN", "coordinate IBAN", "IBAN del conto"]),
        "IT_CODICE_FISCALE": (["il mio codice fiscale", "il codice fiscale di mia madre", "il mio CF"],
                              ["codice fiscale", "CF", "C.F."]),
        "IT_PARTITA_IVA": (["la mia partita IVA", "la partita IVA della ditta", "la P.IVA dello studio"],
                           ["partita IVA", "P.IVA", "P. IVA"]),
        "GR_AMKA": (["il mio AMKA greco", "il mio numero AMKA (previdenza sociale greca)",
                     "il numero di previdenza sociale greco (AMKA)"],
                    ["AMKA", "A.M.K.A.", "numero di previdenza sociale greco"]),
        "GR_AFM": (["il mio codice fiscale greco (AFM)", "il mio AFM", "il numero fiscale greco"],
                   ["AFM", "Α.Φ.Μ.", "codice fiscale greco"]),
        "RO_CNP": (["il mio CNP rumeno", "il codice numerico personale rumeno (CNP)", "il mio codice personale rumeno"],
                   ["CNP", "cod numeric personal", "codice personale rumeno"]),
        "FI_HETU": (["il mio codice personale finlandese (henkilötunnus)", "il mio henkilötunnus",
                     "il numero identificativo finlandese"],
                    ["henkilötunnus", "hetu", "codice identificativo finlandese"]),
    },
    "bare": ["Ecco qui: {X}",
             "Scusate, me l'ero dimenticato: {X}.",
             "Come richiesto: {X}. Fatemi sapere se serve altro.",
             "ok allora {X} grazie",
             "Lo copio direttamente dal documento: {X}",
             "È questo che vi serve? {X}"],
    "before": ["{NPc} è {X}.",
               "Buongiorno, {NP} è {X}, se vi serve per la pratica.",
               "{Lc}: {X}",
               "Per la fattura, {NP} è {X}. Grazie!",
               "Confermo: {NP} è sempre {X}."],
    "after": ["{X} è {NP}.",
              "{X} ({L}), nel caso serva.",
              "Ho trovato il dato: {X}, cioè {NP}.",
              "{X} – {NP}, come richiesto."],
    "form": ["{Lc}:\n{X}\nGrazie.",
             "Nome e cognome: {NAME}\n{Lc}:\n{X}",
             "Vi mando i dati richiesti.\n\n{Lc}\n{X}\n\nCordiali saluti",
             "Nominativo: {NAME}\n{Lc}\n{X}\nContatto preferito: e-mail"],
    "quote": ["Il modulo rifiuta «{X}» nel campo {L}: è il formato giusto?",
              "{NPc} è \"{X}\", esattamente come sul documento.",
              "I miei dati: {L} ({X}).",
              "Ho inserito “{X}” ma la pagina dà errore."],
    "start": ["{X} – è {NP}. Potete aggiornare il mio profilo?",
              "{X}\nScusate, è il numero che mi avete chiesto al telefono.",
              "{X}: è quello che ho inserito al pagamento, è un problema?"],
    "end": ["Vi prego di aggiornare il profilo. {NPc}: {X}",
            "Mi avete chiesto {NP}. Ecco: {X}",
            "Dati aggiornati qui sotto\n{Lc}: {X}"],
    "pricedate": ["Dallo scontrino: {DATE} {X} {PRICE}",
                  "{Lc}: {X}, {DATE}. Importo da pagare: {PRICE}.",
                  "Pagato {PRICE} il {DATE} – {NP} è {X}.",
                  "Ricevuta del {DATE}: {PRICE}, {L} {X}."],
    "two": ["{NP1c} è {X1} e {NP2} è {X2}.",
            "{L1c}: {X1}\n{L2c}: {X2}",
            "Le due cose che mi avete chiesto: {X1} ({L1}) e {X2} ({L2})."],
    "look": ["Scusate, ho scritto {BAD} per errore: {NP} in realtà è {X}.",
             "{Lc}: {X} (non {BAD}, quello ha un errore di battitura).",
             "Nel modulo c'è {BAD}, ma quello corretto è {X}."],
    "sfx_inline": [" Potete chiamarmi al {PHONE}.", " Per qualsiasi dubbio il mio numero è {PHONE}.",
                   " Se serve, sono raggiungibile al {PHONE}."],
    "sfx_line": ["\nCell.: {PHONE}", "\nTel. {PHONE}"],
    "sfx_email_inline": [" Mandate la conferma a {EMAIL}, per favore."],
    "sfx_email_line": ["\nE-mail: {EMAIL}"],
    "sfx_addr_inline": [" Il mio indirizzo è {ADDR}."],
    "sfx_addr_line": ["\nIndirizzo: {ADDR}"],
    "neg_invalid": ["Il vostro sistema dice che {BAD} non è valido come {L}, potete controllare?",
                    "Il numero {BAD} risulta valido come {L}? L'ho preso da un vecchio documento.",
                    "{Lc}: {BAD}\nIl sito continua a dire che il carattere di controllo è sbagliato.",
                    "Il collega ha scritto {BAD} nel campo {L}, ma credo sia sbagliato."],
    "neg_tricky": ["L'ordine {N} è stato addebitato {PRICE} il {DATE} ma non è mai arrivato.",
                   "Fattura n. {N} del {DATE}, totale {PRICE}.",
                   "Il numero del biglietto elettronico è {N}, volo del {DATE}.",
                   "La spedizione {N} risulta ancora in transito dal {DATE}.",
                   "Prenotazione {N}: 2 notti, {PRICE} in totale.",
                   "Fattura {N} da {PRICE}: potete rimandarla? Il PDF è vuoto.",
                   "Il pacco {N} è stato consegnato il {DATE} nel locker sbagliato.",
                   "Ordine n. {N}: mi avete addebitato due volte {PRICE}."],
    "multi": "Buongiorno, sono {NAME}. Potete contattarmi al {PHONE} o a {EMAIL}. Indirizzo: {ADDR}.",
}

L["el"] = {
    "labels": {
        "CARD": (["ο αριθμός της κάρτας μου", "ο αριθμός της πιστωτικής μου", "ο αριθμός της χρεωστικής κάρτας"],
                 ["αριθμός κάρτας", "κάρτα", "αρ. κάρτας"]),
        "IBAN": (["το IBAN μου", "ο λογαριασμός μου (IBAN)", "το IBAN για την επιστροφή"],
                 ["IBAN", "λογαριασμός IBAN", "αρ. λογαριασμού IBAN"]),
        "IT_CODICE_FISCALE": (["ο ιταλικός φορολογικός μου κωδικός (codice fiscale)", "ο codice fiscale μου",
                               "ο ιταλικός κωδικός φορολογίας μου"],
                              ["codice fiscale", "CF", "ιταλικός φορολογικός κωδικός"]),
        "IT_PARTITA_IVA": (["η partita IVA της επιχείρησής μου", "ο ιταλικός ΑΦΜ της εταιρείας (partita IVA)",
                            "το ιταλικό ΑΦΜ της εταιρείας μου"],
                           ["partita IVA", "P.IVA", "ιταλικό ΑΦΜ εταιρείας"]),
        "GR_AMKA": (["ο ΑΜΚΑ μου", "το ΑΜΚΑ του παιδιού μου", "ο αριθμός μητρώου κοινωνικής ασφάλισης της μητέρας μου"],
                    ["ΑΜΚΑ", "Α.Μ.Κ.Α.", "αρ. ΑΜΚΑ"]),
        "GR_AFM": (["το ΑΦΜ μου", "ο ΑΦΜ μου", "ο αριθμός φορολογικού μητρώου μου"],
                   ["ΑΦΜ", "Α.Φ.Μ.", "αριθμός φορολογικού μητρώου"]),
        "RO_CNP": (["ο ρουμανικός προσωπικός μου κωδικός (CNP)", "το CNP μου", "ο ρουμανικός αριθμός ταυτότητας (CNP)"],
                   ["CNP", "ρουμανικός προσωπικός κωδικός", "cod numeric personal"]),
        "FI_HETU": (["ο φινλανδικός προσωπικός μου κωδικός (henkilötunnus)", "το henkilötunnus μου",
                     "ο φινλανδικός αριθμός ταυτότητας (hetu)"],
                    ["henkilötunnus", "hetu", "φινλανδικός προσωπικός κωδικός"]),
    },
    "bare": ["Ορίστε: {X}",
             "Συγγνώμη, το ξέχασα πριν: {X}.",
             "Όπως μου ζητήσατε: {X}. Πείτε μου αν χρειάζεστε κάτι άλλο.",
             "οκ λοιπόν {X} ευχαριστώ",
             "Το αντιγράφω από το έγγραφο: {X}",
             "Αυτό χρειάζεστε; {X}"],
    "before": ["{NPc} είναι {X}.",
               "Καλησπέρα, {NP} είναι {X}, αν χρειάζεται για την αίτηση.",
               "{Lc}: {X}",
               "Για το τιμολόγιο, {NP} είναι {X}. Ευχαριστώ!",
               "Επιβεβαιώνω ότι {NP} είναι {X}."],
    "after": ["{X} είναι {NP}.",
              "{X} ({L}), σε περίπτωση που το ζητήσει το σύστημα.",
              "Το βρήκα: {X}, δηλαδή {NP}.",
              "{X} – {NP}, όπως ζητήσατε."],
    "form": ["{Lc}:\n{X}\nΕυχαριστώ.",
             "Ονοματεπώνυμο: {NAME}\n{Lc}:\n{X}",
             "Σας στέλνω τα στοιχεία που ζητήσατε.\n\n{Lc}\n{X}\n\nΜε εκτίμηση",
             "Όνομα: {NAME}\n{Lc}\n{X}\nΕπικοινωνία: email"],
    "quote": ["Στο πεδίο «{Lc}» έγραψα «{X}», αλλά η σελίδα βγάζει σφάλμα.",
              "{NPc} είναι «{X}», ακριβώς όπως στο έγγραφο.",
              "Τα στοιχεία μου: {L} ({X}).",
              "Έβαλα \"{X}\" και μου λέει ότι δεν είναι σωστό."],
    "start": ["{X} – {NP}. Μπορείτε να ενημερώσετε τον λογαριασμό μου;",
              "{X}\nΣυγγνώμη, αυτόν τον αριθμό μού ζητήσατε στο τηλέφωνο.",
              "{X}: αυτό έβαλα κατά την πληρωμή, υπάρχει πρόβλημα;"],
    "end": ["Παρακαλώ ενημερώστε το προφίλ μου. {NPc}: {X}",
            "Ορίστε {NP}: {X}",
            "Ενημερωμένα στοιχεία\n{Lc}: {X}"],
    "pricedate": ["Από την απόδειξη: {DATE} {X} {PRICE}",
                  "{Lc}: {X}, {DATE}. Ποσό πληρωμής: {PRICE}.",
                  "Πλήρωσα {PRICE} στις {DATE} – {NP} είναι {X}.",
                  "Απόδειξη της {DATE}: {PRICE}, {L} {X}."],
    "two": ["{NP1c} είναι {X1} και {NP2} είναι {X2}.",
            "{L1c}: {X1}\n{L2c}: {X2}",
            "Όσα μου ζητήσατε: {X1} ({L1}) και {X2} ({L2})."],
    "look": ["Συγγνώμη, έγραψα κατά λάθος {BAD}. {NPc} είναι {X}.",
             "{Lc}: {X} (όχι {BAD}, εκεί έχει τυπογραφικό λάθος).",
             "Στη φόρμα φαίνεται {BAD}, αλλά το σωστό είναι {X}."],
    "sfx_inline": [" Μπορείτε να με καλέσετε στο {PHONE}.",
                   " Για οποιαδήποτε απορία, το τηλέφωνό μου είναι {PHONE}.",
                   " Θα με βρείτε στο {PHONE}."],
    "sfx_line": ["\nΚινητό: {PHONE}", "\nΤηλ. {PHONE}"],
    "sfx_email_inline": [" Στείλτε την επιβεβαίωση στο {EMAIL}, παρακαλώ."],
    "sfx_email_line": ["\nEmail: {EMAIL}"],
    "sfx_addr_inline": [" Η διεύθυνσή μου είναι {ADDR}."],
    "sfx_addr_line": ["\nΔιεύθυνση: {ADDR}"],
    "neg_invalid": ["Το σύστημά σας λέει ότι το {BAD} δεν είναι έγκυρο ({L}). Μπορείτε να το ελέγξετε;",
                    "Ισχύει το {BAD} για το πεδίο «{Lc}»; Το βρήκα σε ένα παλιό έγγραφο.",
                    "{Lc}: {BAD}\nΗ σελίδα λέει συνέχεια ότι το ψηφίο ελέγχου είναι λάθος.",
                    "Ο συνάδελφος έγραψε {BAD} στο πεδίο «{Lc}», αλλά νομίζω ότι είναι λάθος."],
    "neg_tricky": ["Η παραγγελία {N} χρεώθηκε {PRICE} στις {DATE}, αλλά δεν έφτασε ποτέ.",
                   "Τιμολόγιο αρ. {N} της {DATE}, σύνολο {PRICE}.",
                   "Ο αριθμός του ηλεκτρονικού εισιτηρίου είναι {N}, πτήση στις {DATE}.",
                   "Η αποστολή {N} εμφανίζεται ακόμα «σε μεταφορά» από τις {DATE}.",
                   "Κράτηση {N}: 2 διανυκτερεύσεις, σύνολο {PRICE}.",
                   "Το τιμολόγιο {N} των {PRICE} ήρθε κενό, μπορείτε να το ξαναστείλετε;",
                   "Το δέμα {N} παραδόθηκε στις {DATE} σε λάθος θυρίδα.",
                   "Παραγγελία {N}: με χρεώσατε δύο φορές {PRICE}."],
    "multi": "Καλησπέρα, ονομάζομαι {NAME}. Μπορείτε να με βρείτε στο {PHONE} ή στο {EMAIL}. Διεύθυνση: {ADDR}.",
}

L["ro"] = {
    "labels": {
        "CARD": (["numărul cardului meu", "numărul cardului de credit", "numărul de pe card"],
                 ["număr card", "card", "nr. card"]),
        "IBAN": (["IBAN-ul meu", "contul meu IBAN", "IBAN-ul pentru rambursare"],
                 ["IBAN", "cont IBAN", "cont"]),
        "IT_CODICE_FISCALE": (["codul meu fiscal italian (codice fiscale)", "codice fiscale-ul meu",
                               "codul fiscal primit în Italia"],
                              ["codice fiscale", "cod fiscal italian", "CF"]),
        "IT_PARTITA_IVA": (["codul de TVA italian al firmei (partita IVA)", "partita IVA a firmei mele",
                            "codul meu de TVA din Italia"],
                           ["partita IVA", "P.IVA", "cod TVA Italia"]),
        "GR_AMKA": (["numărul meu AMKA din Grecia", "codul meu de asigurări sociale din Grecia (AMKA)", "AMKA-ul meu"],
                    ["AMKA", "nr. AMKA", "cod de asigurări sociale grecesc"]),
        "GR_AFM": (["codul meu fiscal grecesc (AFM)", "AFM-ul meu", "numărul de identificare fiscală din Grecia"],
                   ["AFM", "cod fiscal grecesc", "Α.Φ.Μ."]),
        "RO_CNP": (["CNP-ul meu", "codul numeric personal al fiului meu", "codul meu numeric personal"],
                   ["CNP", "cod numeric personal", "codul personal"]),
        "FI_HETU": (["codul meu personal finlandez (henkilötunnus)", "henkilötunnus-ul meu",
                     "numărul meu personal din Finlanda"],
                    ["henkilötunnus", "cod personal finlandez", "hetu"]),
    },
    "bare": ["Poftiți: {X}",
             "Scuze, am uitat mai devreme: {X}.",
             "Cum mi-ați cerut: {X}. Spuneți-mi dacă mai aveți nevoie de ceva.",
             "ok deci {X} mersi",
             "Copiez direct din act: {X}",
             "Asta vă trebuie? {X}"],
    "before": ["{NPc} este {X}.",
               "Bună ziua, {NP} este {X}, în caz că e nevoie pentru dosar.",
               "{Lc}: {X}",
               "Pentru factură, {NP} este {X}. Mulțumesc!",
               "Confirm că {NP} este {X}."],
    "after": ["{X} este {NP}.",
              "{X} ({L}), în caz că e nevoie.",
              "Am găsit: {X}, adică {NP}.",
              "{X} – {NP}, cum ați cerut."],
    "form": ["{Lc}:\n{X}\nMulțumesc.",
             "Nume și prenume: {NAME}\n{Lc}:\n{X}",
             "Vă trimit datele cerute.\n\n{Lc}\n{X}\n\nCu stimă",
             "Nume: {NAME}\n{Lc}\n{X}\nContact preferat: e-mail"],
    "quote": ["Formularul respinge „{X}” la câmpul „{Lc}”. Formatul e corect?",
              "{NPc} este „{X}”, exact ca în act.",
              "Datele mele: {L} ({X}).",
              "Am introdus \"{X}\" și pagina dă eroare."],
    "start": ["{X} – {NP}. Puteți actualiza contul?",
              "{X}\nScuze, acesta e numărul pe care mi l-ați cerut la telefon.",
              "{X}: asta am introdus la plată, e vreo problemă?"],
    "end": ["Vă rog să actualizați profilul. {NPc}: {X}",
            "Mi-ați cerut {NP}, iată: {X}",
            "Date actualizate\n{Lc}: {X}"],
    "pricedate": ["De pe bon: {DATE} {X} {PRICE}",
                  "{Lc}: {X}, {DATE}. Suma de plată: {PRICE}.",
                  "Am plătit {PRICE} pe {DATE} – {NP} este {X}.",
                  "Chitanța din {DATE}: {PRICE}, {L} {X}."],
    "two": ["{NP1c} este {X1}, iar {NP2} este {X2}.",
            "{L1c}: {X1}\n{L2c}: {X2}",
            "Ce mi-ați cerut: {X1} ({L1}) și {X2} ({L2})."],
    "look": ["Scuze, am scris greșit {BAD}; {NP} este de fapt {X}.",
             "{Lc}: {X} (nu {BAD}, acolo am greșit o cifră).",
             "În formular apare {BAD}, dar corect este {X}."],
    "sfx_inline": [" Mă puteți suna la {PHONE}.", " Pentru orice întrebare, numărul meu este {PHONE}.",
                   " Sunt de găsit la {PHONE}."],
    "sfx_line": ["\nTelefon: {PHONE}", "\nTel. {PHONE}"],
    "sfx_email_inline": [" Vă rog să trimiteți confirmarea la {EMAIL}."],
    "sfx_email_line": ["\nE-mail: {EMAIL}"],
    "sfx_addr_inline": [" Adresa mea este {ADDR}."],
    "sfx_addr_line": ["\nAdresa: {ADDR}"],
    "neg_invalid": ["Sistemul vostru spune că {BAD} nu este valid la „{Lc}”. Puteți verifica?",
                    "Este valid {BAD} ca {L}? L-am luat dintr-un act vechi.",
                    "{Lc}: {BAD}\nSite-ul spune mereu că cifra de control e greșită.",
                    "Colegul a trecut {BAD} în formular la „{Lc}”, dar cred că e greșit."],
    "neg_tricky": ["Comanda {N} a fost debitată cu {PRICE} pe {DATE}, dar nu a ajuns niciodată.",
                   "Factura nr. {N} din {DATE}, total {PRICE}.",
                   "Numărul biletului electronic este {N}, zbor pe {DATE}.",
                   "Coletul {N} apare tot „în tranzit” din {DATE}.",
                   "Rezervarea {N}: 2 nopți, {PRICE} în total.",
                   "Factura {N} de {PRICE} a venit goală, mi-o puteți retrimite?",
                   "Coletul {N} a fost livrat pe {DATE} în alt locker.",
                   "Comanda nr. {N}: mi-ați luat de două ori {PRICE}."],
    "multi": "Bună ziua, mă numesc {NAME}. Mă găsiți la {PHONE} sau la {EMAIL}. Adresa: {ADDR}.",
}

L["fi"] = {
    "labels": {
        "CARD": (["korttini numero", "luottokorttini numero", "kortin numero"],
                 ["kortin numero", "kortti", "korttinro"]),
        "IBAN": (["tilinumeroni", "IBAN-tilinumeroni", "palautuksen tilinumero"],
                 ["IBAN", "tilinumero", "IBAN-tilinumero"]),
        "IT_CODICE_FISCALE": (["italialainen verokoodini (codice fiscale)", "codice fiscale -tunnukseni",
                               "italialainen veronumeroni"],
                              ["codice fiscale", "italialainen verokoodi", "CF"]),
        "IT_PARTITA_IVA": (["yritykseni italialainen ALV-numero (partita IVA)", "partita IVA -numeroni",
                            "yritykseni italialainen ALV-tunnus"],
                           ["partita IVA", "P.IVA", "Italian ALV-numero"]),
        "GR_AMKA": (["kreikkalainen sosiaaliturvatunnukseni (AMKA)", "AMKA-numeroni", "vaimoni kreikkalainen AMKA-numero"],
                    ["AMKA", "AMKA-numero", "Kreikan sosiaaliturvatunnus"]),
        "GR_AFM": (["kreikkalainen verotunnisteeni (AFM)", "AFM-numeroni", "kreikkalainen veronumeroni"],
                   ["AFM", "Kreikan verotunniste", "Α.Φ.Μ."]),
        "RO_CNP": (["romanialainen henkilötunnukseni (CNP)", "CNP-numeroni", "romanialainen henkilökoodini"],
                   ["CNP", "Romanian henkilötunnus", "cod numeric personal"]),
        "FI_HETU": (["henkilötunnukseni", "hetuni", "sotuni", "poikani henkilötunnus"],
                    ["henkilötunnus", "hetu", "sotu", "HETU"]),
    },
    "bare": ["Tässä: {X}",
             "Anteeksi, unohdin tämän aiemmin: {X}.",
             "Kuten pyysitte: {X}. Kertokaa, jos tarvitsette vielä jotain.",
             "ok eli {X} kiitos",
             "Kopioin suoraan paperista: {X}",
             "Tätäkö tarvitsette? {X}"],
    "before": ["{NPc} on {X}.",
               "Hei, {NP} on {X}, jos tarvitsette sitä hakemusta varten.",
               "{Lc}: {X}",
               "Laskua varten: {NP} on {X}. Kiitos!",
               "Vahvistan, että {NP} on {X}."],
    "after": ["{X} on {NP}.",
              "{X} ({L}), jos järjestelmä sitä kysyy.",
              "Löysin sen: {X} eli {NP}.",
              "{X} – {NP}, kuten pyysitte."],
    "form": ["{Lc}:\n{X}\nKiitos.",
             "Nimi: {NAME}\n{Lc}:\n{X}",
             "Tässä pyytämänne tiedot.\n\n{Lc}\n{X}\n\nYstävällisin terveisin",
             "Koko nimi: {NAME}\n{Lc}\n{X}\nYhteydenotto: sähköposti"],
    "quote": ["Lomake ei hyväksy muotoa ”{X}” kentässä ”{Lc}”. Onko muoto oikein?",
              "{NPc} on ”{X}”, täsmälleen kuten paperissa.",
              "Tietoni: {L} ({X}).",
              "Syötin \"{X}\", mutta sivu antaa virheen."],
    "start": ["{X} – {NP}. Voitteko päivittää tilini?",
              "{X}\nAnteeksi, tämä on se numero, jota kysyitte puhelimessa.",
              "{X}: tämän syötin maksaessa, onko se ongelma?"],
    "end": ["Päivittäkää profiilini tiedot. {NPc}: {X}",
            "Kysyitte tietoa, joten tässä {NP}: {X}",
            "Päivitetyt tiedot\n{Lc}: {X}"],
    "pricedate": ["Kuitista: {DATE} {X} {PRICE}",
                  "{Lc}: {X}, {DATE}. Maksettava summa: {PRICE}.",
                  "Maksoin {PRICE} {DATE} – {NP} on {X}.",
                  "Kuitti {DATE}: {PRICE}, {L} {X}."],
    "two": ["{NP1c} on {X1} ja {NP2} on {X2}.",
            "{L1c}: {X1}\n{L2c}: {X2}",
            "Pyytämänne tiedot: {X1} ({L1}) ja {X2} ({L2})."],
    "look": ["Anteeksi, kirjoitin vahingossa {BAD}; {NP} on oikeasti {X}.",
             "{Lc}: {X} (ei {BAD}, siinä oli näppäilyvirhe).",
             "Lomakkeella lukee {BAD}, mutta oikea on {X}."],
    "sfx_inline": [" Minulle voi soittaa numeroon {PHONE}.", " Jos jokin on epäselvää, numeroni on {PHONE}.",
                   " Tavoitatte minut numerosta {PHONE}."],
    "sfx_line": ["\nPuh. {PHONE}", "\nMatkapuhelin: {PHONE}"],
    "sfx_email_inline": [" Lähettäkää vahvistus osoitteeseen {EMAIL}."],
    "sfx_email_line": ["\nSähköposti: {EMAIL}"],
    "sfx_addr_inline": [" Osoitteeni on {ADDR}."],
    "sfx_addr_line": ["\nOsoite: {ADDR}"],
    "neg_invalid": ["Järjestelmänne sanoo, että {BAD} ei kelpaa kenttään ”{Lc}”. Voitteko tarkistaa?",
                    "Onko {BAD} kelvollinen ({L})? Löysin sen vanhasta paperista.",
                    "{Lc}: {BAD}\nSivusto väittää koko ajan, että tarkiste on väärä.",
                    "Kollega kirjoitti kenttään ”{Lc}” {BAD}, mutta se taitaa olla väärin."],
    "neg_tricky": ["Tilaus {N} veloitettiin {PRICE} {DATE}, mutta sitä ei koskaan tullut.",
                   "Lasku nro {N}, päivätty {DATE}, yhteensä {PRICE}.",
                   "Sähköisen lipun numero on {N}, lento {DATE}.",
                   "Lähetys {N} näkyy yhä kuljetuksessa {DATE} lähtien.",
                   "Varaus {N}: 2 yötä, yhteensä {PRICE}.",
                   "Lasku {N} ({PRICE}) tuli tyhjänä, voitteko lähettää sen uudelleen?",
                   "Paketti {N} toimitettiin {DATE} väärään pakettiautomaattiin.",
                   "Tilausnumero {N}: veloititte kahdesti {PRICE}."],
    "multi": "Hei, olen {NAME}. Minut tavoittaa numerosta {PHONE} tai osoitteesta {EMAIL}. Osoite: {ADDR}.",
}

# tricky negative numbers, by neg_tricky template index: (distractor type, digits, writing)
TRICKY = [("ORDER_NUMBER", 9, "plain"), ("INVOICE_NUMBER", 11, "plain"),
          ("ORDER_NUMBER", 13, "ticket"), ("TRACKING_NUMBER", 16, "g4"),
          ("ORDER_NUMBER", 11, "plain"), ("INVOICE_NUMBER", 9, "g3"),
          ("TRACKING_NUMBER", 13, "plain"), ("ORDER_NUMBER", 16, "plain")]

# two ids in one message: natural pairs (people living abroad hold two countries' ids)
PAIRS = {
    "en": [("IT_CODICE_FISCALE", "IT_PARTITA_IVA"), ("GR_AMKA", "GR_AFM"), ("RO_CNP", "IBAN"), ("FI_HETU", "CARD")],
    "it": [("IT_CODICE_FISCALE", "GR_AMKA"), ("IT_PARTITA_IVA", "IBAN"), ("GR_AFM", "CARD"), ("RO_CNP", "FI_HETU")],
    "el": [("GR_AMKA", "GR_AFM"), ("IT_CODICE_FISCALE", "IT_PARTITA_IVA"), ("RO_CNP", "CARD"), ("FI_HETU", "IBAN")],
    "ro": [("RO_CNP", "IT_CODICE_FISCALE"), ("GR_AMKA", "GR_AFM"), ("IT_PARTITA_IVA", "CARD"), ("FI_HETU", "IBAN")],
    "fi": [("FI_HETU", "GR_AMKA"), ("RO_CNP", "IBAN"), ("IT_CODICE_FISCALE", "IT_PARTITA_IVA"), ("GR_AFM", "CARD")],
}

IBAN_COUNTRIES = {
    "en": ["GB", "GB", "IE", "DE", "FR", "NL", "ES", "IT", "GR", "FI", "CH"],
    "it": ["IT", "IT", "IT", "IT", "DE", "FR", "ES", "RO", "GR", "AT", "CH"],
    "el": ["GR", "GR", "GR", "GR", "DE", "IT", "BE", "NL", "PT", "GB", "FR"],
    "ro": ["RO", "RO", "RO", "RO", "IT", "DE", "ES", "FR", "AT", "IE", "GR"],
    "fi": ["FI", "FI", "FI", "FI", "DE", "NL", "BE", "PT", "RO", "IT", "GB"],
}
CARD_KINDS = ["visa", "visa", "visa", "visa", "mc5", "mc5", "mc5", "mc2", "mc2", "amex", "amex"]

# ---------------------------------------------------------------------------
# people, phones, e-mails, addresses, prices, dates
# ---------------------------------------------------------------------------
NAMES = {
    "en": [("James", "Smith"), ("Emma", "Taylor"), ("Oliver", "Brown"), ("Sophie", "Wilson"),
           ("Daniel", "Evans"), ("Charlotte", "Walker"), ("Thomas", "Wright"), ("Hannah", "Hughes")],
    "it": [("Marco", "Rossi"), ("Giulia", "Bianchi"), ("Luca", "Esposito"), ("Francesca", "Romano"),
           ("Alessandro", "Colombo"), ("Chiara", "Ricci"), ("Matteo", "Marino"), ("Sara", "Greco")],
    "el": [("Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos"), ("Μαρία", "Οικονόμου", "Maria", "Oikonomou"),
           ("Νίκος", "Γεωργίου", "Nikos", "Georgiou"), ("Ελένη", "Δημητρίου", "Eleni", "Dimitriou"),
           ("Κώστας", "Νικολάου", "Kostas", "Nikolaou"), ("Δήμητρα", "Αλεξίου", "Dimitra", "Alexiou"),
           ("Γιάννης", "Βασιλείου", "Giannis", "Vasileiou"), ("Κατερίνα", "Ιωάννου", "Katerina", "Ioannou")],
    "ro": [("Andrei", "Popescu"), ("Ioana", "Ionescu"), ("Mihai", "Popa"), ("Elena", "Dumitrescu"),
           ("Ștefan", "Rădulescu"), ("Alina", "Mărgineanu"), ("Cristian", "Gheorghe"), ("Ana", "Constantin")],
    "fi": [("Mikko", "Virtanen"), ("Anna", "Korhonen"), ("Jukka", "Mäkinen"), ("Laura", "Nieminen"),
           ("Timo", "Mäkelä"), ("Sanna", "Hämäläinen"), ("Antti", "Laine"), ("Johanna", "Heikkinen")],
}
TYPE_NATION = {"IT_CODICE_FISCALE": "it", "IT_PARTITA_IVA": "it", "GR_AMKA": "el", "GR_AFM": "el",
               "RO_CNP": "ro", "FI_HETU": "fi"}
MAIL_DOMAINS = {"en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"],
                "it": ["gmail.com", "libero.it", "alice.it", "virgilio.it"],
                "el": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com"],
                "ro": ["yahoo.com", "gmail.com", "yahoo.ro"],
                "fi": ["gmail.com", "luukku.com", "outlook.com", "hotmail.fi"]}


def person(rng, nation, text_lang):
    n = rng.choice(NAMES[nation])
    if nation == "el" and text_lang != "el":
        first, last = n[2], n[3]
    else:
        first, last = n[0], n[1]
    latin = (n[2], n[3]) if nation == "el" else (n[0], n[1])
    return first + " " + last, latin


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email_for(rng, latin, nation):
    f, l = ascii_fold(latin[0]).lower(), ascii_fold(latin[1]).lower()
    dom = rng.choice(MAIL_DOMAINS[nation])
    style = rng.randrange(4)
    if style == 0:
        return f + "." + l + "@" + dom
    if style == 1:
        return f[0] + l + str(rng.randint(70, 99)) + "@" + dom
    if style == 2:
        return l + "." + f + "@" + dom
    return f.capitalize() + "." + l.capitalize() + "@" + dom


def address(rng, lang):
    if lang == "en":
        street = rng.choice(["Church Road", "High Street", "Victoria Avenue", "Mill Lane", "Park Road"])
        city = rng.choice(["Manchester M14 5TQ", "Leeds LS6 2AB", "Bristol BS8 1QU", "London N16 7PL"])
        flat = rng.choice(["", "Flat %d, " % rng.randint(1, 12)])
        return "%s%d %s, %s" % (flat, rng.randint(2, 180), street, city)
    if lang == "it":
        street = rng.choice(["Via Garibaldi", "Via Roma", "Corso Vittorio Emanuele II", "Viale dei Mille",
                             "Piazza Cavour", "Via Dante Alighieri"])
        city = rng.choice(["20121 Milano", "00185 Roma", "10121 Torino", "40126 Bologna", "50123 Firenze"])
        return "%s %d, %s" % (street, rng.randint(1, 120), city)
    if lang == "el":
        street = rng.choice(["Οδός Ερμού", "Λεωφόρος Αλεξάνδρας", "Εγνατία", "Οδός Πατησίων", "Λεωφ. Κηφισίας"])
        city = rng.choice(["105 63 Αθήνα", "114 73 Αθήνα", "546 30 Θεσσαλονίκη", "262 21 Πάτρα"])
        return "%s %d, %s" % (street, rng.randint(1, 220), city)
    if lang == "ro":
        street = rng.choice(["Str. Lipscani", "Bd. Unirii", "Calea Victoriei", "Str. Memorandumului",
                             "Aleea Teilor", "Șoseaua Pantelimon"])
        city = rng.choice(["București", "Cluj-Napoca", "Iași", "Timișoara"])
        extra = rng.choice(["", ", bl. %s%d, ap. %d" % (rng.choice("ABCM"), rng.randint(1, 9), rng.randint(1, 60))])
        return "%s nr. %d%s, %s" % (street, rng.randint(1, 150), extra, city)
    street = rng.choice(["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Kauppakatu", "Koivukuja"])
    city = rng.choice(["00100 Helsinki", "33100 Tampere", "40100 Jyväskylä", "20100 Turku"])
    stair = rng.choice(["", " %s %d" % (rng.choice("ABC"), rng.randint(1, 30))])
    return "%s %d%s, %s" % (street, rng.randint(1, 90), stair, city)


def _split(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


def phone(rng, country, international):
    """Return the number as written."""
    while True:
        if country == "it":
            if rng.random() < 0.7:
                nat = rng.choice(["320", "328", "329", "331", "333", "338", "339", "340", "345", "347",
                                  "348", "349", "366", "380", "392", "393"]) + _digits(rng, 7)
                parts = [_split(nat, [3, 3, 4]), _split(nat, [3, 7])][rng.randrange(2)]
            else:
                area = rng.choice(["02", "06", "011", "055", "051"])
                nat = area + _digits(rng, 10 - len(area))
                parts = [area, nat[len(area):]] if rng.random() < 0.5 else [area] + _split(nat[len(area):], [4, 4 - (len(area) - 2)])
            if international:
                text = rng.choice(["+39 ", "0039 ", "+39 "]) + " ".join(parts)
            else:
                text = rng.choice([" ", " ", "-"]).join(parts) if nat[0] == "3" else " ".join(parts)
            cc = "39"
        elif country == "el":
            if rng.random() < 0.7:
                nat = "69" + rng.choice("0345789") + _digits(rng, 7)
                parts = [_split(nat, [3, 3, 4]), [nat]][rng.randrange(2)]
            else:
                if rng.random() < 0.5:
                    nat = "21" + rng.choice("0123456") + _digits(rng, 7)
                    parts = _split(nat, [3, 3, 4])
                else:
                    nat = "2310" + _digits(rng, 6)
                    parts = _split(nat, [4, 6])
            if international:
                text = rng.choice(["+30 ", "0030 ", "+30 "]) + " ".join(parts)
            else:
                text = " ".join(parts)
            cc = "30"
        elif country == "ro":
            if rng.random() < 0.7:
                nat = "07" + rng.choice("2345678") + _digits(rng, 7)
                parts = _split(nat, [4, 3, 3])
                sep = rng.choice([" ", " ", ".", "-"])
            else:
                if rng.random() < 0.5:
                    nat = "021" + _digits(rng, 7)
                    parts = _split(nat, [3, 3, 4])
                else:
                    nat = rng.choice(["0264", "0232", "0256", "0268"]) + _digits(rng, 6)
                    parts = _split(nat, [4, 3, 3])
                sep = " "
            if international:
                parts = [parts[0][1:]] + parts[1:]
                text = rng.choice(["+40 ", "0040 ", "+40 "]) + " ".join(parts)
            else:
                text = sep.join(parts)
            cc = "40"
        elif country == "fi":
            if rng.random() < 0.7:
                pre = rng.choice(["040", "041", "044", "045", "046", "050"])
                nat = pre + _digits(rng, 7)
                parts = [_split(nat, [3, 3, 4]), _split(nat, [3, 7])][rng.randrange(2)]
            else:
                pre = rng.choice(["09", "03", "02"])
                nat = pre + _digits(rng, 7)
                parts = _split(nat, [2, 3, 4])
            if international:
                parts = [parts[0][1:]] + parts[1:]
                text = rng.choice(["+358 ", "00358 ", "+358 "]) + " ".join(parts)
            elif pre in ("09", "03", "02") and rng.random() < 0.5:
                text = "(" + parts[0] + ") " + " ".join(parts[1:])
            else:
                text = " ".join(parts)
            cc = "358"
        elif country == "gb":
            if rng.random() < 0.7:
                nat = rng.choice(["07400", "07418", "07441", "07810", "07823", "07900", "07912", "07956"]) + _digits(rng, 6)
                parts = _split(nat, [5, 6])
            else:
                nat = "020" + rng.choice("378") + _digits(rng, 7)
                parts = _split(nat, [3, 4, 4])
            if international:
                rest = " ".join([parts[0][1:]] + parts[1:])
                text = rng.choice(["+44 ", "0044 ", "+44 (0)"]) + rest
            else:
                text = " ".join(parts)
            cc = "44"
        else:  # us
            area = rng.choice(["212", "646", "312", "415", "617"])
            sub = "01" + _digits(rng, 2)
            nat = area + "555" + sub
            if international:
                text = rng.choice(["+1 %s %s %s", "+1 (%s) %s-%s", "001 %s %s %s"]) % (area, "555", sub)
            else:
                text = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (area, "555", sub)
            cc = "1"
        digits = re.sub(r"\D", "", text)
        if digit_checks(digits) or digit_checks(nat) or digit_checks(cc + nat.lstrip("0")):
            continue
        return text


PHONE_HOME = {"en": "gb", "it": "it", "el": "el", "ro": "ro", "fi": "fi"}
PHONE_FOREIGN = {"en": ["us", "us", "us", "it", "el"], "it": ["ro", "el", "fi", "gb"],
                 "el": ["it", "ro", "gb", "fi"], "ro": ["it", "el", "fi", "gb"],
                 "fi": ["el", "ro", "it", "gb"]}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
           "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
           "septembrie", "octombrie", "noiembrie", "decembrie"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
           "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
}


def date_text(rng, lang):
    d = rand_date(rng, 2025, 2026)
    if d.day == 1:
        d = d + datetime.timedelta(days=1)
    k = rng.randrange(3)
    if lang == "en":
        return [d.strftime("%d/%m/%Y"), "%d %s %d" % (d.day, MONTHS["en"][d.month - 1], d.year), d.isoformat()][k]
    if lang == "it":
        return [d.strftime("%d/%m/%Y"), "%d %s %d" % (d.day, MONTHS["it"][d.month - 1], d.year), d.strftime("%d.%m.%Y")][k]
    if lang == "el":
        return [d.strftime("%d/%m/%Y"), "%d %s %d" % (d.day, MONTHS["el"][d.month - 1], d.year), d.strftime("%d-%m-%Y")][k]
    if lang == "ro":
        return [d.strftime("%d.%m.%Y"), "%d %s %d" % (d.day, MONTHS["ro"][d.month - 1], d.year), d.strftime("%d/%m/%Y")][k]
    return ["%d.%d.%d" % (d.day, d.month, d.year), d.strftime("%d.%m.%Y"),
            "%d. %s %d" % (d.day, MONTHS["fi"][d.month - 1], d.year)][k]


def _thousands(n, sep):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def price_text(rng, lang):
    units = rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 2500)])
    cents = rng.choice([0, 0, 50, 90, 99, rng.randint(1, 98)])
    k = rng.randrange(3)
    if lang == "en":
        body = "%s.%02d" % (_thousands(units, ","), cents)
        return ["£" + body, "€" + body, "$" + body][k]
    if lang == "fi":
        body = "%s,%02d" % (_thousands(units, " "), cents)
        return [body + " €", body + " €", body + " euroa"][k]
    body = "%s,%02d" % (_thousands(units, "."), cents)
    if lang == "it":
        return [body + " €", "€ " + body, body + " euro"][k]
    if lang == "el":
        return [body + " €", body + "€", "€" + body][k]
    return [body + " lei", body + " RON", body + " €"][k]


def tricky_number(rng, n, writing):
    while True:
        s = rng.choice("123456789") + _digits(rng, n - 1)
        if digit_checks(s):
            continue
        if writing == "g4":
            return " ".join(s[i:i + 4] for i in range(0, n, 4))
        if writing == "g3":
            return " ".join(s[i:i + 3] for i in range(0, n, 3))
        if writing == "ticket":
            return s[:3] + rng.choice(["", "-", " "]) + s[3:]
        return s


# ---------------------------------------------------------------------------
# rendering with UTF-8 byte offsets
# ---------------------------------------------------------------------------
PH_RE = re.compile(r"\{([A-Za-z0-9]+)\}")


def cap(s):
    return s[:1].upper() + s[1:]


def render(tpl, vals):
    out, spans, last, cur = [], [], 0, 0
    for m in PH_RE.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        cur += len(lit)
        s, info = vals[m.group(1)]
        if info is not None:
            spans.append((cur, cur + len(s), info))
        out.append(s)
        cur += len(s)
        last = m.end()
    out.append(tpl[last:])
    text = "".join(out)
    ents, dists, ent_chars = [], [], []
    for a, b, info in spans:
        bs, be = len(text[:a].encode("utf-8")), len(text[:b].encode("utf-8"))
        if info[0] == "E":
            ents.append({"type": info[1], "start": bs, "end": be})
            ent_chars.append((a, b))
        else:
            dists.append({"type": info[1], "start": bs, "end": be, "why": info[2]})
    ents.sort(key=lambda e: e["start"])
    dists.sort(key=lambda e: e["start"])
    return text, ents, dists, ent_chars


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.texts = set()
        self.fmt_counter = {}
        self.tpl_counter = {}

    def next_fmt(self, lang, t, grouped):
        key = (lang, t, grouped)
        i = self.fmt_counter.get(key, 0)
        self.fmt_counter[key] = i + 1
        lst = (GROUPED_FMTS if grouped else NORMAL_FMTS)[t]
        return lst[(i + LANGS.index(lang)) % len(lst)]

    def next_tpl(self, lang, key):
        lst = L[lang][key]
        i = self.tpl_counter.get((lang, key), 0)
        self.tpl_counter[(lang, key)] = i + 1
        return lst[(i + LANGS.index(lang)) % len(lst)]

    def raw_value(self, t, lang, idx):
        rng = self.rng
        if t == "CARD":
            return gen_card(rng, CARD_KINDS[idx])
        if t == "IBAN":
            return gen_iban(rng, IBAN_COUNTRIES[lang][idx])
        if t == "IT_CODICE_FISCALE":
            r = rng.random()
            return gen_cf(rng, 0 if r < 0.75 else (1 if r < 0.87 else (2 if r < 0.95 else 3)))
        return {"IT_PARTITA_IVA": gen_piva, "GR_AMKA": gen_amka, "GR_AFM": gen_afm,
                "RO_CNP": gen_cnp, "FI_HETU": gen_hetu}[t](rng)

    def finish(self, tpl, vals, retry):
        """Render; retry with fresh random values on accidental leaks or duplicates."""
        for _ in range(200):
            text, ents, dists, ent_chars = render(tpl, vals())
            if text not in self.texts and leak_free(text, ent_chars):
                self.texts.add(text)
                return text, ents, dists
        raise AssertionError("could not build: " + tpl)

    def build_lang(self, lang):
        rng = self.rng
        mat = L[lang]
        li = LANGS.index(lang)
        # shuffled per-type value slots (card kind / IBAN country), one per style
        slot_order = {t: rng.sample(range(11), 11) for t in ID_TYPES}
        style_idx = {s: i for i, s in enumerate(STYLES)}

        jobs = []  # (category, builder)
        for ti, t in enumerate(ID_TYPES):
            for s in STYLES:
                if s == "two":
                    continue
                jobs.append(("single", t, s, slot_order[t][style_idx[s]], ti))
        for a, b in PAIRS[lang]:
            jobs.append(("two", (a, b), "two", (slot_order[a][style_idx["two"]], slot_order[b][style_idx["two"]]), None))

        # decide suffixes: 11 phones, 2 e-mails, 1 address on single-id messages not ending with the id
        eligible = [i for i, j in enumerate(jobs) if j[0] == "single" and j[2] != "end"]
        picked = rng.sample(eligible, 14)
        suffix = {}
        for k, i in enumerate(picked):
            suffix[i] = "phone" if k < 11 else ("email" if k < 13 else "addr")
        phone_plan = [PHONE_HOME[lang]] * 8 + PHONE_FOREIGN[lang][:4]
        rng.shuffle(phone_plan)
        phone_iter = iter(phone_plan)

        cases = []
        for ji, job in enumerate(jobs):
            kind, t, style, slot, ti = job
            if kind == "single":
                cases.append(self.single(lang, t, style, slot, ti, suffix.get(ji), phone_iter))
            else:
                cases.append(self.two(lang, t, slot))

        # multi: name + phone + e-mail + address
        home = PHONE_HOME[lang]

        def mvals():
            name, latin = person(rng, lang, lang)
            return {"NAME": (name, ("E", "PERSON")),
                    "PHONE": (phone(rng, home, rng.random() < 0.5), ("E", "PHONE")),
                    "EMAIL": (email_for(rng, latin, lang), ("E", "EMAIL")),
                    "ADDR": (address(rng, lang), ("E", "ADDRESS"))}
        cases.append(self.finish(mat["multi"], mvals, True) + ("MULTI",))

        # negatives: one invalid look-alike per type, 7 tricky numbers
        for t in ID_TYPES:
            tpl = self.next_tpl(lang, "neg_invalid")

            def nvals(t=t):
                raw = self.raw_value(t, lang, rng.randrange(11))
                bad = mistype(rng, t, raw)
                f = self.next_fmt(lang, t, rng.random() < 0.3)
                lab = rng.choice(mat["labels"][t][1])
                return {"BAD": (fmt(t, bad, f), ("D", t, "check digit fails")),
                        "L": (lab, None), "Lc": (cap(lab), None)}
            cases.append(self.finish(tpl, nvals, True) + ("ID_INVALID",))
        for k in range(8):
            if k == li:
                continue
            tpl = mat["neg_tricky"][k]
            dtype, n, writing = TRICKY[k]

            def tvals(dtype=dtype, n=n, writing=writing):
                return {"N": (tricky_number(rng, n, writing), ("D", dtype, "tricky negative")),
                        "PRICE": (price_text(rng, lang), ("D", "PRICE", "tricky negative")),
                        "DATE": (date_text(rng, lang), ("D", "DATE", "tricky negative"))}
            cases.append(self.finish(tpl, tvals, True) + ("NEG",))

        rng.shuffle(cases)
        return cases

    def id_vals(self, lang, t, slot, style, suffix_num=""):
        """Values X, NP, L (with an optional numeric suffix for two-id messages)."""
        rng = self.rng
        raw = self.raw_value(t, lang, slot)
        f = self.next_fmt(lang, t, style == "grouped")
        np_, lab = rng.choice(L[lang]["labels"][t][0]), rng.choice(L[lang]["labels"][t][1])
        v = {"X" + suffix_num: (fmt(t, raw, f), ("E", t)),
             "NP" + suffix_num: (np_, None), "NP%sc" % suffix_num: (cap(np_), None),
             "L" + suffix_num: (lab, None), "L%sc" % suffix_num: (cap(lab), None)}
        return v, raw, f

    def single(self, lang, t, style, slot, ti, sfx, phone_iter):
        rng = self.rng
        mat = L[lang]
        key = "before" if style == "grouped" else style
        if style == "form":
            forms = mat["form"]
            tpl = forms[(ti + LANGS.index(lang)) % len(forms)]
        else:
            tpl = self.next_tpl(lang, key)
        sfx_tpl = ""
        ph_country = None
        if sfx:
            line = style == "form" or tpl.endswith("{X}") and rng.random() < 0.5
            base = {"phone": "sfx", "email": "sfx_email", "addr": "sfx_addr"}[sfx]
            sfx_tpl = rng.choice(mat[base + ("_line" if line else "_inline")])
            if sfx == "phone":
                ph_country = next(phone_iter)
        if sfx_tpl.startswith(" ") and tpl[-1] not in ".!?":
            tpl = tpl + "."
        full = tpl + sfx_tpl
        nation = TYPE_NATION.get(t, lang)

        def vals():
            v, raw, f = self.id_vals(lang, t, slot, style)
            if "{BAD}" in full:
                v["BAD"] = (fmt(t, mistype(rng, t, raw), f), ("D", t, "check digit fails"))
            if "{PRICE}" in full:
                v["PRICE"] = (price_text(rng, lang), ("D", "PRICE", "tricky negative"))
            if "{DATE}" in full:
                v["DATE"] = (date_text(rng, lang), ("D", "DATE", "tricky negative"))
            if "{NAME}" in full or "{EMAIL}" in full:
                name, latin = person(rng, nation, lang)
                v["NAME"] = (name, ("E", "PERSON"))
                v["EMAIL"] = (email_for(rng, latin, nation), ("E", "EMAIL"))
            if "{PHONE}" in full:
                v["PHONE"] = (phone(rng, ph_country, ph_country != PHONE_HOME[lang] or rng.random() < 0.3),
                              ("E", "PHONE"))
            if "{ADDR}" in full:
                v["ADDR"] = (address(rng, lang), ("E", "ADDRESS"))
            return v
        cat = "ID_" + {"bare": "BARE", "before": "LABEL_BEFORE", "after": "LABEL_AFTER", "form": "LABEL_PREV_LINE",
                       "grouped": "GROUPED", "quote": "QUOTED", "start": "AT_START", "end": "AT_END",
                       "pricedate": "NEXT_TO_PRICE_DATE", "look": "WITH_LOOKALIKE"}[style]
        return self.finish(full, vals, True) + (cat,)

    def two(self, lang, pair, slots):
        tpl = self.next_tpl(lang, "two")

        def vals():
            v1, _, _ = self.id_vals(lang, pair[0], slots[0], "two", "1")
            v2, _, _ = self.id_vals(lang, pair[1], slots[1], "two", "2")
            v1.update(v2)
            return v1
        return self.finish(tpl, vals, True) + ("ID_TWO",)


def main():
    g = Gen()
    lines = []
    for lang in LANGS:
        for n, (text, ents, dists, cat) in enumerate(g.build_lang(lang), 1):
            rec = {"id": "%s-v%03d" % (lang, n), "lang": lang, "text": text,
                   "entities": ents, "distractors": dists, "category": cat}
            lines.append(json.dumps(rec, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote %d cases to %s" % (len(lines), OUT))


if __name__ == "__main__":
    main()
