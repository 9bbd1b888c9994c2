#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the held-out redaction test set no. 5 (cases.jsonl).

600 customer-service messages, 120 each in English, Italian, Greek, Romanian
and Finnish, with every piece of personal data marked as an entity and the
tricky look-alikes marked as distractors. Format and span conventions follow
eval/redaction/README.md.

Standard library only. One random.Random(SEED) drives every choice; nothing
iterates a set or depends on hash order, so the output is byte-identical on
every run and for every PYTHONHASHSEED.

    python3 eval/redaction-holdout5/generate.py
"""

import json
import os
import random
import re
import sys
import unicodedata

SEED = 52026041
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases.jsonl")
LANGS = ["en", "it", "el", "ro", "fi"]
PER_LANG = 120
EMPTY_PER_LANG = 12          # messages without any personal data

# ---------------------------------------------------------------------------
# small random helpers (all through R)
# ---------------------------------------------------------------------------


def rint(a, b):
    return R.randint(a, b)


def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    total = sum(w for _, w in pairs)
    x = R.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def digs(n, first="0123456789"):
    if n <= 0:
        return ""
    return pick(first) + "".join(pick("0123456789") for _ in range(n - 1))


def upper_letters(n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(pick(alphabet) for _ in range(n))


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(pick(alphabet) for _ in range(n))


def strip_accents(s):
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.category(ch) != "Mn":
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def cap1(s):
    return s[:1].upper() + s[1:] if s else s


# ---------------------------------------------------------------------------
# check digits (generator side; check.py has its own implementation)
# ---------------------------------------------------------------------------


def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        v = ord(ch) - 48
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def mod97(s):
    n = 0
    for ch in s:
        v = int(ch, 36)
        n = (n * (100 if v > 9 else 10) + v) % 97
    return n


IBAN_LEN = {"IT": 27, "GR": 27, "RO": 24, "FI": 18, "GB": 22, "IE": 22,
            "DE": 22, "FR": 27, "ES": 24, "NL": 18, "BE": 16, "PT": 25,
            "CH": 21, "AT": 20, "CY": 28, "BG": 22, "SE": 24, "EE": 20,
            "DK": 18, "PL": 28, "LU": 20}


def iban_build(cc, bban):
    cd = 98 - mod97(bban + cc + "00")
    return "%s%02d%s" % (cc, cd, bban)


def iban_valid(s):
    s = s.upper()
    if len(s) < 5 or IBAN_LEN.get(s[:2]) != len(s):
        return False
    if not s[2:4].isdigit() or not s.isalnum():
        return False
    return mod97(s[4:] + s[:4]) == 1


CF_ODD_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                 12, 14, 16, 10, 22, 25, 24, 23]


def cf_value(ch, odd):
    if ch.isdigit():
        d = int(ch)
        return CF_ODD_VALUES[d] if odd else d
    k = ord(ch) - 65
    return CF_ODD_VALUES[k] if odd else k


def cf_char(s15):
    total = 0
    for i, ch in enumerate(s15):
        total += cf_value(ch, i % 2 == 0)
    return chr(65 + total % 26)


OMO = "LMNPQRSTUV"
CF_MONTHS = "ABCDEHLMPRST"


def cf_valid(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}"
                        r"[A-Z][0-9LMNPQRSTUV]{3}[A-Z]", s):
        return False
    return cf_char(s[:15]) == s[15]


def afm_remainder(d8):
    total = 0
    for i, ch in enumerate(d8):
        total += int(ch) * (2 ** (8 - i))
    return total % 11


def afm_valid(d):
    if not re.fullmatch(r"\d{9}", d) or d == "000000000":
        return False
    return afm_remainder(d[:8]) % 10 == int(d[8])


CNP_KEY = "279146358279"


def cnp_digit(d12):
    s = sum(int(a) * int(b) for a, b in zip(d12, CNP_KEY)) % 11
    return 1 if s == 10 else s


def cnp_sum_ok(d):
    return bool(re.fullmatch(r"\d{13}", d)) and cnp_digit(d[:12]) == int(d[12])


HETU_CH = "0123456789ABCDEFHJKLMNPRSTUVWXY"
HETU_RE = re.compile(r"(\d{6})([-+A-FU-Y])(\d{3})([0-9A-Y])", re.I)


def hetu_sum_ok(s):
    m = HETU_RE.fullmatch(s)
    if not m:
        return False
    return HETU_CH[int(m.group(1) + m.group(3)) % 31] == m.group(4).upper()


def days_in(month, year):
    if month == 2:
        return 29 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 28
    return 30 if month in (4, 6, 9, 11) else 31


# ---------------------------------------------------------------------------
# negatives: every digit string must fail every id check of its length
# ---------------------------------------------------------------------------

DIGIT_SEQ = re.compile(r"\d(?:[ \-./]{0,3}\d)*")


def digit_strings(text):
    out = []
    for m in DIGIT_SEQ.finditer(text):
        out.append(re.sub(r"\D", "", m.group(0)))
    for m in re.finditer(r"\d+", text):
        out.append(m.group(0))
    return out


def numeric_id_hit(d):
    n = len(d)
    if n == 9 and afm_valid(d):
        return "AFM"
    if n == 13 and cnp_sum_ok(d):
        return "CNP"
    if 11 <= n <= 19 and luhn_ok(d):
        return "LUHN"
    return None


def negative_ok(text):
    """True when no part of `text` passes an identifier check."""
    for d in digit_strings(text):
        if numeric_id_hit(d):
            return False
    compact = re.sub(r"[^0-9A-Za-z]", "", text).upper()
    if iban_valid(compact) or (len(compact) == 16 and cf_valid(compact)):
        return False
    for m in re.finditer(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
        if iban_valid(m.group(0)):
            return False
    for m in re.finditer(r"[A-Za-z]{6}[0-9A-Za-z]{10}", re.sub(r"\s", "", text)):
        if cf_valid(m.group(0)):
            return False
    for m in HETU_RE.finditer(text):
        if hetu_sum_ok(m.group(0)):
            return False
    return True


def safe(fn, *a):
    for _ in range(500):
        v = fn(*a)
        if negative_ok(v):
            return v
    raise AssertionError("could not make a safe negative with %r" % (fn,))


# ---------------------------------------------------------------------------
# identifier generators (compact values)
# ---------------------------------------------------------------------------


def gen_card():
    brand = wpick([("visa", 30), ("mc", 18), ("mc2", 6), ("amex", 9), ("maestro", 8),
                   ("discover", 3), ("jcb", 3), ("diners", 3), ("unionpay", 2)])
    if brand == "visa":
        pre, n = "4" + pick("0123456789"), 16
    elif brand == "mc":
        pre, n = pick(["51", "52", "53", "54", "55"]), 16
    elif brand == "mc2":
        pre, n = str(rint(2221, 2720)), 16
    elif brand == "amex":
        pre, n = pick(["34", "37"]), 15
    elif brand == "maestro":
        pre, n = pick(["6759", "6761", "6763", "5018", "5020", "5038", "6304"]), pick([16, 16, 19])
    elif brand == "discover":
        pre, n = pick(["6011", "65"]), 16
    elif brand == "jcb":
        pre, n = str(rint(3528, 3589)), 16
    elif brand == "diners":
        pre, n = "36", 14
    else:
        pre, n = "62", 16
    body = pre + digs(n - 1 - len(pre))
    return luhn_complete(body)


def it_cin(abi, cab, acct):
    s = abi + cab + acct
    total = 0
    for i, ch in enumerate(s):
        total += cf_value(ch, i % 2 == 0)
    return chr(65 + total % 26)


def bban_for(cc):
    if cc == "IT":
        abi = pick(["03069", "02008", "05034", "01030", "05387", "03111", "02008", "06230"])
        cab = digs(5, "0123456789")
        acct = "0000" + digs(8) if R.random() < 0.6 else digs(12)
        return it_cin(abi, cab, acct) + abi + cab + acct
    if cc == "GR":
        return pick(["011", "017", "026", "014"]) + digs(4) + "0000" + digs(12)
    if cc == "RO":
        bank = pick(["BTRL", "BRDE", "RNCB", "INGB", "BACX", "RZBR", "CECE"])
        if bank == "BTRL":
            rest = "RONCRT0" + digs(9)
        elif bank == "BRDE":
            rest = digs(3) + "SV" + digs(11)
        else:
            rest = digs(16)
        return bank + rest
    if cc == "FI":
        return luhn_complete(pick(["1", "2", "5", "8"]) + digs(12))
    if cc == "GB":
        return pick(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "NAIA"]) + digs(6) + digs(8)
    if cc == "IE":
        return pick(["AIBK", "BOFI", "IPBS"]) + digs(6) + digs(8)
    if cc == "DE":
        return digs(8, "123456789") + digs(10)
    if cc == "FR":
        bank, branch, acct = digs(5, "123"), digs(5), digs(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        return bank + branch + acct + "%02d" % key
    if cc == "ES":
        bank, branch, acct = digs(4, "0123"), digs(4), digs(10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(s10):
            r = 11 - sum(int(a) * b for a, b in zip(s10, w)) % 11
            return 0 if r == 11 else (1 if r == 10 else r)
        return bank + branch + str(dc("00" + bank + branch)) + str(dc(acct)) + acct
    if cc == "NL":
        return pick(["ABNA", "INGB", "RABO", "TRIO"]) + digs(10)
    if cc == "BE":
        first = digs(10, "0123456789")
        chk = int(first) % 97 or 97
        return first + "%02d" % chk
    if cc == "PT":
        return pick(["0035", "0033", "0007", "0010"]) + digs(17)
    if cc == "CH":
        return digs(5) + digs(12)
    if cc == "AT":
        return digs(16, "123456789")
    if cc == "CY":
        return digs(8) + digs(16)
    if cc == "BG":
        return pick(["UNCR", "BPBI", "STSA", "FINV"]) + digs(6) + digs(8)
    if cc == "SE":
        return digs(20, "5689")
    if cc == "EE":
        return pick(["22", "10", "17", "33"]) + digs(14)
    if cc == "DK":
        return digs(14)
    raise KeyError(cc)


IBAN_COUNTRIES = {
    "en": [("GB", 6), ("IE", 4), ("DE", 1), ("FR", 1), ("ES", 1), ("NL", 1), ("BE", 1), ("PT", 1)],
    "it": [("IT", 10), ("DE", 1), ("CH", 1), ("FR", 1), ("AT", 1), ("ES", 1)],
    "el": [("GR", 10), ("CY", 2), ("DE", 1), ("BG", 1), ("IT", 1)],
    "ro": [("RO", 10), ("IT", 2), ("ES", 1), ("DE", 1), ("AT", 1)],
    "fi": [("FI", 10), ("SE", 2), ("EE", 1), ("DK", 1), ("DE", 1), ("NL", 1)],
}


def gen_iban(lang):
    cc = wpick(IBAN_COUNTRIES[lang])
    v = iban_build(cc, bban_for(cc))
    assert len(v) == IBAN_LEN[cc] and iban_valid(v), v
    return v


IT_SURN = ["Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco",
           "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo",
           "Lombardi", "Moretti", "Ferrari", "Russo", "Barbieri", "Fontana", "Santoro",
           "D'Angelo", "Caruso", "Ferri", "Pellegrini", "Sala", "Fabbri", "Orlando"]
IT_NAMES_M = ["Marco", "Alessandro", "Luca", "Matteo", "Giovanni", "Davide", "Stefano",
              "Antonio", "Francesco", "Andrea", "Giuseppe", "Lorenzo", "Simone", "Riccardo",
              "Paolo", "Fabio"]
IT_NAMES_F = ["Giulia", "Francesca", "Chiara", "Sara", "Elena", "Federica", "Martina", "Paola",
              "Valentina", "Alessia", "Silvia", "Anna", "Roberta", "Ilaria", "Laura", "Beatrice"]
BELFIORE = ["H501", "F205", "F839", "L219", "G273", "D612", "A944", "L736", "D969", "A662",
            "C351", "L424", "E506", "G224", "L781", "B157", "A794", "C933", "G702",
            "Z112", "Z129", "Z115", "Z114", "Z404", "Z110"]


def _cf_letters(s):
    return [c for c in strip_accents(s).upper() if "A" <= c <= "Z"]


def cf_surname(s):
    ls = _cf_letters(s)
    cons = [c for c in ls if c not in "AEIOU"]
    vow = [c for c in ls if c in "AEIOU"]
    return "".join((cons + vow + ["X", "X", "X"])[:3])


def cf_name(s):
    ls = _cf_letters(s)
    cons = [c for c in ls if c not in "AEIOU"]
    vow = [c for c in ls if c in "AEIOU"]
    if len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vow + ["X", "X", "X"])[:3])


CF_OMO_POS = [14, 13, 12, 10, 9, 7, 6]
OMO_STATS = {"n": 0}


def gen_cf(gender=None):
    female = (gender == "f") if gender else R.random() < 0.5
    first = pick(IT_NAMES_F if female else IT_NAMES_M)
    year = rint(1942, 2006)
    month = rint(1, 12)
    day = rint(1, days_in(month, year))
    body = (cf_surname(pick(IT_SURN)) + cf_name(first) + "%02d" % (year % 100)
            + CF_MONTHS[month - 1] + "%02d" % (day + (40 if female else 0)) + pick(BELFIORE))
    level = wpick([(0, 78), (1, 12), (2, 6), (3, 4)])
    chars = list(body)
    for pos in CF_OMO_POS[:level]:
        chars[pos] = OMO[int(chars[pos])]
    if level:
        OMO_STATS["n"] += 1
    s15 = "".join(chars)
    v = s15 + cf_char(s15)
    assert cf_valid(v)
    return v


PIVA_OFFICES = ["%03d" % i for i in range(1, 101)] + ["120", "121"]


def gen_piva():
    for _ in range(100):
        v = luhn_complete(digs(7) + pick(PIVA_OFFICES))
        if v[:7] != "0000000":
            return v
    raise AssertionError


def rand_date(y0, y1):
    y = rint(y0, y1)
    m = rint(1, 12)
    return y, m, rint(1, days_in(m, y))


def gen_amka(gender=None):
    for _ in range(200):
        y, m, d = rand_date(1938, 2008)
        serial = digs(3) + (pick("13579") if gender == "m" else pick("02468") if gender == "f" else digs(1))
        v = luhn_complete("%02d%02d%02d" % (d, m, y % 100) + serial)
        office = v[7:10]
        # make the AMKA look unlike a partita IVA (office code 001-100, 120, 121)
        if office in PIVA_OFFICES or office in ("888", "999"):
            continue
        return v
    raise AssertionError


def gen_afm():
    for _ in range(200):
        d8 = wpick([("0", 4), ("1", 4), ("9", 1), ("8", 1)]) + digs(7)
        r = afm_remainder(d8)
        if r == 10:
            continue
        v = d8 + str(r)
        if afm_valid(v):
            return v
    raise AssertionError


def gen_cnp(gender=None):
    for _ in range(500):
        kind = wpick([("19", 7), ("20", 2), ("res", 1)])
        if kind == "19":
            y, m, d = rand_date(1940, 1999)
            s = pick("12")
        elif kind == "20":
            y, m, d = rand_date(2000, 2007)
            s = pick("56")
        else:
            y, m, d = rand_date(1960, 1999)
            s = pick("78")
        if gender == "m":
            s = str(int(s) - (1 - int(s) % 2))
        elif gender == "f":
            s = str(int(s) + int(s) % 2)
        county = "%02d" % wpick([(rint(1, 40), 6), (rint(41, 46), 3), (pick([51, 52]), 1)])
        nnn = "%03d" % rint(1, 999)
        d12 = s + "%02d%02d%02d" % (y % 100, m, d) + county + nnn
        v = d12 + str(cnp_digit(d12))
        if luhn_ok(v):          # keep valid CNPs from looking like card numbers
            continue
        return v
    raise AssertionError


HETU_DECK = []


def next_century_sign():
    if not HETU_DECK:
        deck = ["-"] * 6 + ["A"] * 3 + list("YXWVU") + list("BCDEF")
        R.shuffle(deck)
        HETU_DECK.extend(deck)
    return HETU_DECK.pop()


def gen_hetu(old=False, gender=None):
    sign = "+" if old else next_century_sign()
    if sign == "+":
        y, m, d = rand_date(1886, 1899)
    elif sign in "-YXWVU":
        y, m, d = rand_date(1936, 1999)
    else:
        y, m, d = rand_date(2000, 2011)
    ddmmyy = "%02d%02d%02d" % (d, m, y % 100)
    n = rint(2, 899)
    if gender == "m" and n % 2 == 0:
        n += 1
    elif gender == "f" and n % 2 == 1:
        n -= 1
    nnn = "%03d" % n
    v = ddmmyy + sign + nnn + HETU_CH[int(ddmmyy + nnn) % 31]
    assert hetu_sum_ok(v)
    return v


def gen_value(t, lang, flag=None, gender=None):
    if t == "CARD":
        return gen_card()
    if t == "IBAN":
        return gen_iban(lang)
    if t == "CF":
        return gen_cf(gender)
    if t == "PIVA":
        return gen_piva()
    if t == "AMKA":
        return gen_amka(gender)
    if t == "AFM":
        return gen_afm()
    if t == "CNP":
        return gen_cnp(gender)
    if t == "HETU":
        return gen_hetu(old=(flag == "old"), gender=gender)
    raise KeyError(t)


def valid_value(t, v):
    if t == "CARD":
        return luhn_ok(v)
    if t == "IBAN":
        return iban_valid(v)
    if t == "CF":
        return cf_valid(v)
    if t == "PIVA":
        return len(v) == 11 and luhn_ok(v)
    if t == "AMKA":
        return len(v) == 11 and luhn_ok(v)
    if t == "AFM":
        return afm_valid(v)
    if t == "CNP":
        return cnp_sum_ok(v)
    if t == "HETU":
        return hetu_sum_ok(v)
    raise KeyError(t)


def other_digit(c):
    return pick([x for x in "0123456789" if x != c])


def mutate(t, v):
    """One digit (or the check character) changed so that the check fails."""
    for _ in range(500):
        chars = list(v)
        if t == "CARD":
            i = rint(6, len(v) - 1)
            chars[i] = other_digit(chars[i])
        elif t == "IBAN":
            cands = [i for i in range(2, len(v)) if v[i].isdigit()]
            i = pick(cands)
            chars[i] = other_digit(chars[i])
        elif t == "CF":
            if R.random() < 0.5:
                chars[15] = pick([c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c != v[15]])
            else:
                i = pick([i for i in (6, 7, 13, 14) if v[i].isdigit()] or [15])
                if i == 15:
                    chars[15] = pick([c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c != v[15]])
                else:
                    chars[i] = other_digit(chars[i])
        elif t in ("PIVA",):
            i = pick([1, 2, 3, 4, 5, 6, 10])
            chars[i] = other_digit(chars[i])
        elif t == "AMKA":
            i = rint(6, 10)
            chars[i] = other_digit(chars[i])
        elif t == "AFM":
            i = rint(1, 8)
            chars[i] = other_digit(chars[i])
        elif t == "CNP":
            i = rint(9, 12)
            chars[i] = other_digit(chars[i])
        elif t == "HETU":
            if R.random() < 0.5:
                chars[10] = pick([c for c in HETU_CH if c != v[10]])
            else:
                i = rint(7, 9)
                chars[i] = other_digit(chars[i])
                if not (2 <= int("".join(chars[7:10])) <= 899):
                    continue
        w = "".join(chars)
        if w == v or valid_value(t, w):
            continue
        if t == "PIVA" and w[7:10] not in PIVA_OFFICES:
            continue
        if not negative_ok(w):
            continue
        return w
    raise AssertionError((t, v))


# ---------------------------------------------------------------------------
# how people write the identifiers
# ---------------------------------------------------------------------------


def groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def card_groups(v):
    n = len(v)
    if n == 15:
        return groups(v, [4, 6, 5])
    if n == 14:
        return groups(v, [4, 6, 4])
    if n == 19:
        return groups(v, [4, 4, 4, 4, 3])
    return groups(v, [4, 4, 4, 4])


def fmt_value(t, v, lang):
    if t == "CARD":
        sep = wpick([(" ", 10), ("", 4), ("-", 3), (".", 1), ("  ", 1)])
        return sep.join(card_groups(v))
    if t == "IBAN":
        style = wpick([("g4", 11), ("compact", 4), ("lower4", 2), ("lowerc", 1), ("dash", 1)])
        g = groups(v, [4] * 9)
        if style == "g4":
            return " ".join(g)
        if style == "compact":
            return v
        if style == "lower4":
            return " ".join(g).lower()
        if style == "lowerc":
            return v.lower()
        return "-".join(g)
    if t == "CF":
        style = wpick([("up", 16), ("low", 3), ("sp", 1)])
        if style == "up":
            return v
        if style == "low":
            return v.lower()
        return " ".join([v[:3], v[3:6], v[6:11], v[11:]])
    if t == "PIVA":
        style = wpick([("plain", 14), ("IT", 4), ("sp", 1)])
        if style == "plain":
            return v
        if style == "IT":
            return "IT" + v
        return " ".join([v[:3], v[3:7], v[7:]])
    if t == "AMKA":
        style = wpick([("plain", 16), ("6-5", 2), ("6 5", 2), ("3s", 1)])
        if style == "plain":
            return v
        if style == "6-5":
            return v[:6] + "-" + v[6:]
        if style == "6 5":
            return v[:6] + " " + v[6:]
        return " ".join(groups(v, [3, 3, 3, 2]))
    if t == "AFM":
        pre = [("", 14), ("EL", 3), ("GR", 1), ("sp", 2), ("dot", 1)]
        if lang not in ("el", "en"):
            pre = [("", 14), ("EL", 2), ("sp", 1)]
        style = wpick(pre)
        if style in ("EL", "GR"):
            return style + v
        if style == "sp":
            return " ".join(groups(v, [3, 3, 3]))
        if style == "dot":
            return ".".join(groups(v, [3, 3, 3]))
        return v
    if t == "CNP":
        style = wpick([("plain", 17), ("1 6 6", 2), ("sp", 1)])
        if style == "plain":
            return v
        if style == "1 6 6":
            return v[0] + " " + v[1:7] + " " + v[7:]
        return v[:7] + " " + v[7:]
    if t == "HETU":
        style = wpick([("up", 17), ("low", 3)])
        return v if style == "up" else v.lower()
    raise KeyError(t)


def fmt_pieces(t, v, lang):
    sep = pick([", ", "... ", " ... ", " - ", ", "])
    if t == "CARD":
        return sep.join(card_groups(v))
    if t == "IBAN":
        return sep.join(groups(v, [4] * 9))
    if t == "CF":
        return sep.join([v[:3] + " " + v[3:6], v[6:11], v[11:]])
    if t == "PIVA":
        return sep.join(groups(v, [3, 3, 3, 2]))
    if t == "AMKA":
        return sep.join(groups(v, pick([[6, 5], [6, 3, 2], [2, 2, 2, 5]])))
    if t == "AFM":
        return sep.join(groups(v, [3, 3, 3]))
    if t == "CNP":
        return sep.join(groups(v, pick([[1, 6, 6], [3, 3, 3, 4], [1, 2, 2, 2, 6]])))
    return fmt_value(t, v, lang)


# ---------------------------------------------------------------------------
# phone numbers (real number-plan ranges, random subscriber digits)
# ---------------------------------------------------------------------------

IT_MOB = ["320", "324", "327", "328", "329", "330", "331", "333", "334", "335", "338", "339",
          "340", "342", "345", "346", "347", "348", "349", "350", "351", "366", "368", "370",
          "371", "377", "380", "388", "389", "391", "392", "393"]
IT_LAND = [("02", 8), ("06", 8), ("011", 7), ("055", 7), ("051", 7), ("081", 7), ("010", 7),
           ("041", 7), ("091", 7), ("045", 7)]
GR_LAND = [("210", 7), ("2310", 6), ("2610", 6), ("2810", 6), ("2410", 6), ("2421", 6)]
RO_LAND = [("021", 7), ("031", 7), ("0264", 6), ("0232", 6), ("0256", 6), ("0268", 6),
           ("0241", 6), ("0251", 6)]
FI_MOB = ["040", "041", "044", "045", "046", "050"]
FI_LAND = [("09", 7), ("03", 7), ("02", 7), ("08", 7), ("014", 6), ("017", 6), ("013", 6)]
GB_LAND = [("020", "378"), ("0161", "2345789"), ("0121", "2345789"), ("0131", "2345"),
           ("0141", "2345"), ("0113", "2345")]
IE_LAND = [("01", 7), ("021", 7), ("091", 6), ("061", 6)]
US_AREA = ["212", "646", "718", "312", "415", "617", "305", "206", "512", "213", "404", "202",
           "503", "720"]


def make_phone(cc, kind=None):
    if kind is None:
        kind = wpick([("mob", 7), ("land", 3)]) if cc != "US" else "land"
    p = {"cc": cc, "kind": kind}
    if cc == "IT":
        if kind == "mob":
            p["a"], p["s"] = pick(IT_MOB), digs(7)
        else:
            ac, n = pick(IT_LAND)
            p["a"], p["s"] = ac, digs(n, "2345678")
    elif cc == "GR":
        if kind == "mob":
            p["a"], p["s"] = "69" + pick("0345789"), digs(7)
        else:
            ac, n = pick(GR_LAND)
            p["a"], p["s"] = ac, digs(n, "2345689")
    elif cc == "RO":
        if kind == "mob":
            p["a"], p["s"] = "07" + pick("2345678") + pick("0123456789"), digs(6)
        else:
            ac, n = pick(RO_LAND)
            p["a"], p["s"] = ac, digs(n, "234" if n == 7 else "1234")
    elif cc == "FI":
        if kind == "mob":
            p["a"], p["s"] = pick(FI_MOB), digs(7)
        else:
            ac, n = pick(FI_LAND)
            p["a"], p["s"] = ac, digs(n, "123456789")
    elif cc == "GB":
        if kind == "mob":
            p["a"], p["s"] = "07" + pick("456789") + digs(2), digs(6)
            if p["a"] == "07700":
                p["a"] = "07701"
        else:
            ac, first = pick(GB_LAND)
            p["a"] = ac
            p["s"] = digs(8, first) if ac == "020" else digs(7, first)
    elif cc == "IE":
        if kind == "mob":
            p["a"], p["s"] = "08" + pick("35679"), digs(7, "123456789")
        else:
            ac, n = pick(IE_LAND)
            p["a"], p["s"] = ac, digs(n, "2345678")
    elif cc == "US":
        p["kind"] = "land"
        while True:
            ex = digs(3, "23456789")
            if ex[1:] != "11" and ex != "555":
                break
        p["a"], p["s"] = pick(US_AREA), ex + digs(4)
    else:
        raise KeyError(cc)
    return p


CC_CODE = {"IT": "39", "GR": "30", "RO": "40", "FI": "358", "GB": "44", "IE": "353", "US": "1"}


def fmt_phone(p, intl):
    cc, a, s, kind = p["cc"], p["a"], p["s"], p["kind"]
    c = CC_CODE[cc]
    if cc == "IT":
        if kind == "mob":
            loc = [a + " " + s[:3] + " " + s[3:], a + s, a + "-" + s, a + "." + s[:3] + "." + s[3:],
                   a + " " + s, a + " " + s[:2] + " " + s[2:4] + " " + s[4:], a + "/" + s]
            itl = ["+39 " + a + " " + s[:3] + " " + s[3:], "+39" + a + s, "0039 " + a + " " + s,
                   "(+39) " + a + " " + s[:3] + " " + s[3:], "+39 " + a + "-" + s, "+39 " + a + s]
        else:
            sp = s[:4] + " " + s[4:] if len(s) == 8 else s[:3] + " " + s[3:]
            loc = [a + " " + sp, a + "-" + s, a + "/" + s, a + " " + s, a + s]
            itl = ["+39 " + a + " " + sp, "+39 " + a + s, "0039 " + a + " " + s, "(+39) " + a + " " + s]
    elif cc == "GR":
        n = a + s
        if kind == "mob":
            loc = [n[:3] + " " + n[3:6] + " " + n[6:], n, n[:3] + "-" + n[3:],
                   n[:3] + " " + n[3:5] + " " + n[5:7] + " " + n[7:], n[:2] + " " + n[2:6] + " " + n[6:]]
            itl = ["+30 " + n[:3] + " " + n[3:6] + " " + n[6:], "+30" + n, "0030 " + n,
                   "(+30) " + n[:3] + " " + n[3:], "+30-" + n[:3] + "-" + n[3:], "+30 " + n]
        else:
            loc = [a + " " + s, a + "-" + s, n, a + " " + " ".join(groups(s, [2, 2, 3] if len(s) == 7 else [2, 2, 2]))]
            itl = ["+30 " + a + " " + s, "0030 " + n, "+30 " + n, "(+30) " + a + " " + s]
    elif cc == "RO":
        n = a + s
        if kind == "mob":
            loc = [n[:4] + " " + n[4:7] + " " + n[7:], n, n[:4] + "-" + n[4:7] + "-" + n[7:],
                   n[:4] + "." + n[4:7] + "." + n[7:], n[:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8:],
                   n[:4] + "-" + n[4:]]
            itl = ["+40 " + n[1:4] + " " + n[4:7] + " " + n[7:], "+40" + n[1:],
                   "0040 " + n[1:4] + " " + n[4:7] + " " + n[7:], "(+40) " + n[1:4] + " " + n[4:7] + " " + n[7:],
                   "+40 (0)" + n[1:4] + " " + n[4:7] + " " + n[7:], "+4 " + n[:4] + " " + n[4:7] + " " + n[7:]]
        else:
            if len(s) == 7:
                loc = [a + " " + s[:3] + " " + s[3:], a + "-" + s[:3] + "." + s[3:5] + "." + s[5:], n,
                       a + " " + s[:3] + " " + s[3:5] + " " + s[5:]]
            else:
                loc = [a + " " + s[:3] + " " + s[3:], a + "-" + s, a + "." + s[:3] + "." + s[3:], n]
            itl = ["+40 " + a[1:] + " " + s[:3] + " " + s[3:], "0040 " + a[1:] + " " + s,
                   "+40 " + a[1:] + s, "+40 (0)" + a[1:] + " " + s[:3] + " " + s[3:]]
    elif cc == "FI":
        if kind == "mob":
            loc = [a + " " + s[:3] + " " + s[3:], a + s, a + "-" + s, a + " " + s[:4] + " " + s[4:],
                   a + " " + s[:3] + " " + s[3:5] + " " + s[5:], a + "-" + s[:3] + " " + s[3:]]
            itl = ["+358 " + a[1:] + " " + s[:3] + " " + s[3:], "+358" + a[1:] + s,
                   "00358 " + a[1:] + " " + s, "+358 (0)" + a[1:] + " " + s[:3] + " " + s[3:],
                   "+358 " + a[1:] + " " + s]
        else:
            loc = [a + " " + s[:3] + " " + s[3:], "(" + a + ") " + s[:3] + " " + s[3:],
                   a + "-" + s[:3] + " " + s[3:], a + " " + s]
            itl = ["+358 " + a[1:] + " " + s[:3] + " " + s[3:], "+358 " + a[1:] + " " + s,
                   "+358 (0)" + a[1:] + " " + s[:3] + " " + s[3:]]
    elif cc == "GB":
        if kind == "mob":
            n = a + s
            loc = [n[:5] + " " + n[5:], n, n[:5] + " " + n[5:8] + " " + n[8:]]
            itl = ["+44 " + n[1:5] + " " + n[5:], "+44 (0)" + n[1:5] + " " + n[5:],
                   "0044 " + n[1:5] + " " + n[5:], "+44" + n[1:], "+44 " + n[1:5] + " " + n[5:8] + " " + n[8:]]
        elif a == "020":
            loc = ["020 " + s[:4] + " " + s[4:], "(020) " + s[:4] + " " + s[4:], "020" + s]
            itl = ["+44 20 " + s[:4] + " " + s[4:], "+44 (0)20 " + s[:4] + " " + s[4:], "0044 20 " + s]
        else:
            loc = [a + " " + s[:3] + " " + s[3:], "(" + a + ") " + s[:3] + " " + s[3:],
                   a + "-" + s[:3] + "-" + s[3:]]
            itl = ["+44 " + a[1:] + " " + s[:3] + " " + s[3:], "+44 (0)" + a[1:] + " " + s[:3] + " " + s[3:]]
    elif cc == "IE":
        sp = s[:3] + " " + s[3:]
        loc = [a + " " + sp, a + s, a + "-" + s, a + " " + s, "(" + a + ") " + sp]
        itl = ["+353 " + a[1:] + " " + sp, "+353 (0)" + a[1:] + " " + s, "00353 " + a[1:] + " " + s,
               "+353" + a[1:] + s]
    else:  # US
        e, l4 = s[:3], s[3:]
        loc = ["(" + a + ") " + e + "-" + l4, a + "-" + e + "-" + l4, a + "." + e + "." + l4,
               a + " " + e + " " + l4, "1-" + a + "-" + e + "-" + l4]
        itl = ["+1 " + a + " " + e + " " + l4, "+1 (" + a + ") " + e + "-" + l4,
               "001 " + a + " " + e + " " + l4, "+1-" + a + "-" + e + "-" + l4]
    return pick(itl) if intl else pick(loc)


HOME_CC = {"en": None, "it": "IT", "el": "GR", "ro": "RO", "fi": "FI"}
PHONE_CC = {
    "en": [("GB", 5), ("IE", 3), ("US", 3)],
    "it": [("IT", 14), ("GB", 1), ("RO", 1), ("GR", 1)],
    "el": [("GR", 14), ("IT", 1), ("GB", 1), ("US", 1)],
    "ro": [("RO", 14), ("IT", 1), ("IE", 1), ("GB", 1)],
    "fi": [("FI", 14), ("GB", 1), ("IE", 1), ("US", 1)],
}


def phone_is_home(lang, cc):
    if lang == "en":
        return cc in ("GB", "IE", "US")
    return HOME_CC[lang] == cc


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------

EN_M = ["James", "Connor", "Mohammed", "Daniel", "Liam", "Oliver", "Tom", "Declan", "Ethan",
        "Michael", "Tyler", "Samuel", "Ryan", "Callum", "Darragh", "Marcus"]
EN_F = ["Sarah", "Aoife", "Siobhan", "Priya", "Emily", "Hannah", "Chloe", "Megan", "Grace",
        "Niamh", "Olivia", "Jennifer", "Ashley", "Rebecca", "Amira", "Kate"]
EN_S = ["Patel", "O'Brien", "Murphy", "Thompson", "Walsh", "Kelly", "Robinson", "Nguyen",
        "Garcia", "Hughes", "Fitzgerald", "McCarthy", "Evans", "Clarke", "Byrne", "Johnson",
        "Williams", "Okafor", "Khan", "Campbell", "Doyle", "Lloyd-Davies", "Brennan", "Sullivan",
        "Harper", "Reynolds"]

# Greek: (nom, gen, acc, voc, latin)
EL_M = [("Γιώργος", "Γιώργου", "Γιώργο", "Γιώργο", "giorgos"),
        ("Νίκος", "Νίκου", "Νίκο", "Νίκο", "nikos"),
        ("Δημήτρης", "Δημήτρη", "Δημήτρη", "Δημήτρη", "dimitris"),
        ("Κώστας", "Κώστα", "Κώστα", "Κώστα", "kostas"),
        ("Γιάννης", "Γιάννη", "Γιάννη", "Γιάννη", "giannis"),
        ("Παναγιώτης", "Παναγιώτη", "Παναγιώτη", "Παναγιώτη", "panagiotis"),
        ("Αλέξανδρος", "Αλέξανδρου", "Αλέξανδρο", "Αλέξανδρε", "alexandros"),
        ("Μιχάλης", "Μιχάλη", "Μιχάλη", "Μιχάλη", "michalis"),
        ("Σταύρος", "Σταύρου", "Σταύρο", "Σταύρο", "stavros"),
        ("Βασίλης", "Βασίλη", "Βασίλη", "Βασίλη", "vasilis"),
        ("Θανάσης", "Θανάση", "Θανάση", "Θανάση", "thanasis"),
        ("Χρήστος", "Χρήστου", "Χρήστο", "Χρήστο", "christos"),
        ("Άγγελος", "Άγγελου", "Άγγελο", "Άγγελε", "angelos")]
EL_F = [("Μαρία", "Μαρίας", "Μαρία", "Μαρία", "maria"),
        ("Ελένη", "Ελένης", "Ελένη", "Ελένη", "eleni"),
        ("Κατερίνα", "Κατερίνας", "Κατερίνα", "Κατερίνα", "katerina"),
        ("Σοφία", "Σοφίας", "Σοφία", "Σοφία", "sofia"),
        ("Δήμητρα", "Δήμητρας", "Δήμητρα", "Δήμητρα", "dimitra"),
        ("Γεωργία", "Γεωργίας", "Γεωργία", "Γεωργία", "georgia"),
        ("Βασιλική", "Βασιλικής", "Βασιλική", "Βασιλική", "vasiliki"),
        ("Χριστίνα", "Χριστίνας", "Χριστίνα", "Χριστίνα", "christina"),
        ("Ιωάννα", "Ιωάννας", "Ιωάννα", "Ιωάννα", "ioanna"),
        ("Αναστασία", "Αναστασίας", "Αναστασία", "Αναστασία", "anastasia"),
        ("Δέσποινα", "Δέσποινας", "Δέσποινα", "Δέσποινα", "despoina"),
        ("Ευαγγελία", "Ευαγγελίας", "Ευαγγελία", "Ευαγγελία", "evangelia")]
# surnames: (male nom, gen, acc, voc, female form, latin m, latin f)
EL_S = [("Παπαδόπουλος", "Παπαδόπουλου", "Παπαδόπουλο", "Παπαδόπουλε", "Παπαδοπούλου", "papadopoulos", "papadopoulou"),
        ("Οικονόμου", "Οικονόμου", "Οικονόμου", "Οικονόμου", "Οικονόμου", "oikonomou", "oikonomou"),
        ("Γεωργίου", "Γεωργίου", "Γεωργίου", "Γεωργίου", "Γεωργίου", "georgiou", "georgiou"),
        ("Νικολάου", "Νικολάου", "Νικολάου", "Νικολάου", "Νικολάου", "nikolaou", "nikolaou"),
        ("Καραγιάννης", "Καραγιάννη", "Καραγιάννη", "Καραγιάννη", "Καραγιάννη", "karagiannis", "karagianni"),
        ("Μαυρίδης", "Μαυρίδη", "Μαυρίδη", "Μαυρίδη", "Μαυρίδου", "mavridis", "mavridou"),
        ("Κωνσταντινίδης", "Κωνσταντινίδη", "Κωνσταντινίδη", "Κωνσταντινίδη", "Κωνσταντινίδου", "konstantinidis", "konstantinidou"),
        ("Βασιλείου", "Βασιλείου", "Βασιλείου", "Βασιλείου", "Βασιλείου", "vasileiou", "vasileiou"),
        ("Αθανασίου", "Αθανασίου", "Αθανασίου", "Αθανασίου", "Αθανασίου", "athanasiou", "athanasiou"),
        ("Παπανικολάου", "Παπανικολάου", "Παπανικολάου", "Παπανικολάου", "Παπανικολάου", "papanikolaou", "papanikolaou"),
        ("Μαυράκης", "Μαυράκη", "Μαυράκη", "Μαυράκη", "Μαυράκη", "mavrakis", "mavraki"),
        ("Σταθόπουλος", "Σταθόπουλου", "Σταθόπουλο", "Σταθόπουλε", "Σταθοπούλου", "stathopoulos", "stathopoulou"),
        ("Πετρόπουλος", "Πετρόπουλου", "Πετρόπουλο", "Πετρόπουλε", "Πετροπούλου", "petropoulos", "petropoulou"),
        ("Δημητρίου", "Δημητρίου", "Δημητρίου", "Δημητρίου", "Δημητρίου", "dimitriou", "dimitriou"),
        ("Αλεξίου", "Αλεξίου", "Αλεξίου", "Αλεξίου", "Αλεξίου", "alexiou", "alexiou"),
        ("Ζαχαρίου", "Ζαχαρίου", "Ζαχαρίου", "Ζαχαρίου", "Ζαχαρίου", "zachariou", "zachariou")]

RO_M = ["Andrei", "Mihai", "Alexandru", "Ion", "Ștefan", "Cristian", "Bogdan", "Radu", "Vlad",
        "Gheorghe", "Florin", "Adrian", "Sorin", "Cătălin", "Răzvan", "Ionuț"]
RO_F = [("Ioana", "Ioanei"), ("Elena", "Elenei"), ("Maria", "Mariei"), ("Andreea", "Andreei"),
        ("Alina", "Alinei"), ("Cristina", "Cristinei"), ("Mihaela", "Mihaelei"),
        ("Roxana", "Roxanei"), ("Ana", "Anei"), ("Irina", "Irinei"), ("Diana", "Dianei"),
        ("Gabriela", "Gabrielei"), ("Oana", "Oanei"), ("Simona", "Simonei")]
RO_S = ["Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Stoica", "Munteanu", "Constantinescu",
        "Matei", "Ciobanu", "Rusu", "Mureșan", "Lungu", "Țurcanu", "Dobre", "Nistor", "Moldovan",
        "Bălan", "Căpraru", "Vasilescu", "Toma", "Sârbu", "Pîrvu", "Neagu"]

# Finnish first names: nom, gen, all, ade, abl, part
FI_M = [("Matti", "Matin", "Matille", "Matilla", "Matilta", "Mattia"),
        ("Juha", "Juhan", "Juhalle", "Juhalla", "Juhalta", "Juhaa"),
        ("Mikko", "Mikon", "Mikolle", "Mikolla", "Mikolta", "Mikkoa"),
        ("Timo", "Timon", "Timolle", "Timolla", "Timolta", "Timoa"),
        ("Antti", "Antin", "Antille", "Antilla", "Antilta", "Anttia"),
        ("Jussi", "Jussin", "Jussille", "Jussilla", "Jussilta", "Jussia"),
        ("Ville", "Villen", "Villelle", "Villellä", "Villeltä", "Villeä"),
        ("Tuomas", "Tuomaksen", "Tuomakselle", "Tuomaksella", "Tuomakselta", "Tuomasta"),
        ("Pekka", "Pekan", "Pekalle", "Pekalla", "Pekalta", "Pekkaa"),
        ("Jari", "Jarin", "Jarille", "Jarilla", "Jarilta", "Jaria"),
        ("Eero", "Eeron", "Eerolle", "Eerolla", "Eerolta", "Eeroa"),
        ("Aleksi", "Aleksin", "Aleksille", "Aleksilla", "Aleksilta", "Aleksia")]
FI_F = [("Anna", "Annan", "Annalle", "Annalla", "Annalta", "Annaa"),
        ("Maria", "Marian", "Marialle", "Marialla", "Marialta", "Mariaa"),
        ("Laura", "Lauran", "Lauralle", "Lauralla", "Lauralta", "Lauraa"),
        ("Johanna", "Johannan", "Johannalle", "Johannalla", "Johannalta", "Johannaa"),
        ("Elina", "Elinan", "Elinalle", "Elinalla", "Elinalta", "Elinaa"),
        ("Sari", "Sarin", "Sarille", "Sarilla", "Sarilta", "Saria"),
        ("Riikka", "Riikan", "Riikalle", "Riikalla", "Riikalta", "Riikkaa"),
        ("Hanna", "Hannan", "Hannalle", "Hannalla", "Hannalta", "Hannaa"),
        ("Noora", "Nooran", "Nooralle", "Nooralla", "Nooralta", "Nooraa"),
        ("Aino", "Ainon", "Ainolle", "Ainolla", "Ainolta", "Ainoa"),
        ("Päivi", "Päivin", "Päiville", "Päivillä", "Päiviltä", "Päiviä"),
        ("Tiina", "Tiinan", "Tiinalle", "Tiinalla", "Tiinalta", "Tiinaa")]
FI_NEN = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Heikkinen", "Koskinen",
          "Järvinen", "Lehtonen", "Lehtinen", "Salminen", "Heinonen", "Laaksonen", "Hiltunen",
          "Turunen", "Honkanen"]
FI_OTHER = [("Mäkelä", "Mäkelän", "Mäkelälle", "Mäkelällä", "Mäkelältä", "Mäkelää"),
            ("Laine", "Laineen", "Laineelle", "Laineella", "Laineelta", "Lainetta"),
            ("Niemi", "Niemen", "Niemelle", "Niemellä", "Niemeltä", "Niemeä"),
            ("Kallio", "Kallion", "Kalliolle", "Kalliolla", "Kalliolta", "Kalliota"),
            ("Salo", "Salon", "Salolle", "Salolla", "Salolta", "Saloa"),
            ("Lindholm", "Lindholmin", "Lindholmille", "Lindholmilla", "Lindholmilta", "Lindholmia")]
FI_CASES = ["nom", "gen", "all", "ade", "abl", "part"]


def fi_nen_forms(s):
    back = any(c in s for c in "aou")
    stem = s[:-3]
    a = "a" if back else "ä"
    return (s, stem + "sen", stem + "selle", stem + "sell" + a, stem + "selt" + a, stem + "st" + a)


def latin(s):
    s = strip_accents(s).lower()
    return re.sub(r"[^a-z]", "", s)


class Person:
    def __init__(self, lang, gender=None, avoid=()):
        self.lang = lang
        for _ in range(50):
            self._make(lang, gender)
            if self.first["nom"] not in avoid and self.last["nom"] not in avoid:
                break

    def _make(self, lang, gender):
        g = gender or pick("mf")
        self.g = g
        if lang == "en":
            f = pick(EN_M if g == "m" else EN_F)
            s = pick(EN_S)
            self.first, self.last = {"nom": f}, {"nom": s}
            self.lf, self.ll = latin(f), latin(s)
        elif lang == "it":
            f = pick(IT_NAMES_M if g == "m" else IT_NAMES_F)
            s = pick(IT_SURN)
            self.first, self.last = {"nom": f}, {"nom": s}
            self.lf, self.ll = latin(f), latin(s)
        elif lang == "el":
            f = pick(EL_M if g == "m" else EL_F)
            s = pick(EL_S)
            self.first = dict(zip(["nom", "gen", "acc", "voc"], f[:4]))
            if g == "m":
                self.last = dict(zip(["nom", "gen", "acc", "voc"], s[:4]))
                self.ll = s[5]
            else:
                self.last = {k: s[4] for k in ["nom", "gen", "acc", "voc"]}
                self.ll = s[6]
            self.lf = f[4]
        elif lang == "ro":
            if g == "m":
                f = pick(RO_M)
                self.first = {"nom": f, "dat": f}
            else:
                f, dat = pick(RO_F)
                self.first = {"nom": f, "dat": dat}
            s = pick(RO_S)
            self.last = {"nom": s, "dat": s}
            self.lf, self.ll = latin(self.first["nom"]), latin(s)
        elif lang == "fi":
            f = pick(FI_M if g == "m" else FI_F)
            self.first = dict(zip(FI_CASES, f))
            if R.random() < 0.7:
                s = fi_nen_forms(pick(FI_NEN))
            else:
                s = pick(FI_OTHER)
            self.last = dict(zip(FI_CASES, s))
            self.lf, self.ll = latin(f[0]), latin(s[0])
        else:
            raise KeyError(lang)

    def form(self, what, case):
        case = case or "nom"
        if what == "first":
            return self.first.get(case, self.first["nom"])
        if what == "last":
            return self.last.get(case, self.last["nom"])
        if what == "name":
            if self.lang == "fi":
                return self.first["nom"] + " " + self.last.get(case, self.last["nom"])
            if self.lang == "ro":
                return self.first.get(case, self.first["nom"]) + " " + self.last["nom"]
            return self.first.get(case, self.first["nom"]) + " " + self.last.get(case, self.last["nom"])
        if what == "chat":
            s = self.first["nom"].lower()
            return strip_accents(s) if self.lang in ("el", "ro") else s
        if what == "chatfull":
            s = (self.first["nom"] + " " + self.last["nom"]).lower()
            return strip_accents(s) if self.lang in ("el", "ro") else s
        raise KeyError(what)


MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "eircom.net",
           "btinternet.com", "hotmail.co.uk", "protonmail.com"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com", "hotmail.it",
           "yahoo.it", "pec.it", "fastwebnet.it"],
    "el": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com", "hol.gr", "outlook.com.gr"],
    "ro": ["yahoo.com", "gmail.com", "yahoo.ro", "outlook.com", "hotmail.com", "mail.ro"],
    "fi": ["gmail.com", "hotmail.fi", "luukku.com", "outlook.com", "elisanet.fi", "kolumbus.fi",
           "suomi24.fi"],
}


def make_email(p):
    f, l = p.lf, p.ll
    style = wpick([("f.l", 6), ("fl", 3), ("f_l", 2), ("i.l", 2), ("l.f", 2), ("fl99", 3), ("l99", 1)])
    n2 = "%02d" % rint(1, 99)
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "i.l": f[0] + "." + l,
             "l.f": l + "." + f, "fl99": f + "." + l + n2, "l99": l + n2}[style]
    dom = pick(MAIL_DOMAINS[p.lang])
    if R.random() < 0.1:
        parts = local.split(".")
        local = ".".join(cap1(x) for x in parts)
    return local + "@" + dom


# ---------------------------------------------------------------------------
# street addresses, in each language's own writing
# ---------------------------------------------------------------------------

UK_TOWNS = [("Manchester", "M", 1, 40), ("Leeds", "LS", 1, 29), ("Bristol", "BS", 1, 16),
            ("Birmingham", "B", 1, 45), ("London", "SE", 1, 28), ("London", "N", 1, 22),
            ("Glasgow", "G", 1, 40), ("Cardiff", "CF", 10, 24), ("Sheffield", "S", 1, 20),
            ("Nottingham", "NG", 1, 11), ("Liverpool", "L", 1, 39), ("York", "YO", 1, 32)]
UK_ST = ["Church", "Station", "Victoria", "Park", "Albert", "Mill", "Queens", "Elm", "Highfield",
         "Manor", "York", "Grange", "Chestnut", "Windsor", "Beech", "Hawthorn"]
UK_TY = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Gardens", "Terrace", "Grove"]
IE_TOWNS = [("Cork", "T12", "Co. Cork"), ("Galway", "H91", "Co. Galway"), ("Ennis", "V95", "Co. Clare"),
            ("Limerick", "V94", "Co. Limerick"), ("Bray", "A98", "Co. Wicklow"), ("Navan", "C15", "Co. Meath")]
US_CITIES = [("New York", "NY", "100"), ("Chicago", "IL", "606"), ("Boston", "MA", "021"),
             ("Seattle", "WA", "981"), ("Austin", "TX", "787"), ("Portland", "OR", "972")]
US_ST = ["Oak", "Maple", "Cedar", "Pine", "Washington", "Lincoln", "Lake", "Sunset", "Hillside"]
US_TY = ["Street", "Avenue", "Blvd", "Drive", "Road"]

IT_CITIES = [("Milano", "MI", 20121, 20162), ("Roma", "RM", 118, 199), ("Torino", "TO", 10121, 10156),
             ("Napoli", "NA", 80121, 80147), ("Bologna", "BO", 40121, 40141),
             ("Firenze", "FI", 50121, 50145), ("Bari", "BA", 70121, 70132),
             ("Palermo", "PA", 90121, 90151), ("Genova", "GE", 16121, 16167),
             ("Verona", "VR", 37121, 37142), ("Padova", "PD", 35121, 35143)]
IT_ST = ["Via Garibaldi", "Via Roma", "Via Giuseppe Mazzini", "Corso Vittorio Emanuele II",
         "Viale dei Mille", "Piazza Dante", "Largo Augusto", "Via San Francesco d'Assisi",
         "Via della Repubblica", "Corso Buenos Aires", "Via Nazionale", "Viale Monza", "Via Cavour",
         "Corso Italia", "Via Alessandro Manzoni", "Viale Europa", "Via delle Rose",
         "Piazza della Libertà", "Via Santa Lucia", "Vicolo del Pozzo"]

EL_CITIES = [("Αθήνα", ["Ερμού", "Πανεπιστημίου", "Λεωφ. Κηφισίας", "Λεωφόρος Αλεξάνδρας", "Πατησίων",
                        "Σόλωνος", "Ακαδημίας", "Λεωφ. Συγγρού", "Ιπποκράτους", "Μιχαλακοπούλου"],
              (10431, 11855)),
             ("Θεσσαλονίκη", ["Εγνατίας", "Τσιμισκή", "Μητροπόλεως", "Λεωφ. Νίκης", "Αγίας Σοφίας",
                              "Βασιλίσσης Όλγας"], (54621, 54655)),
             ("Πάτρα", ["Αγίου Νικολάου", "Μαιζώνος", "Κορίνθου", "Ρήγα Φεραίου"], (26221, 26226)),
             ("Ηράκλειο", ["Μεγάλου Αλεξάνδρου", "25ης Αυγούστου", "Λεωφ. Δημοκρατίας", "Καλοκαιρινού"],
              (71201, 71306)),
             ("Πειραιάς", ["Ηρώων Πολυτεχνείου", "Γρηγορίου Λαμπράκη", "Καραΐσκου"], (18531, 18547)),
             ("Λάρισα", ["Κύπρου", "Παπαναστασίου", "Ηπείρου"], (41221, 41336)),
             ("Βόλος", ["Ιάσονος", "Δημητριάδος", "Κουμουνδούρου"], (38221, 38334))]

RO_CITIES = [("București", None, ["Bd. Unirii", "Calea Victoriei", "Șoseaua Pantelimon", "Splaiul Independenței",
                                  "Strada Lipscani", "Bulevardul Iuliu Maniu", "Str. Mihai Eminescu",
                                  "Aleea Barajul Argeș"], (10011, 62999)),
             ("Cluj-Napoca", "Cluj", ["Str. Memorandumului", "Bd. Eroilor", "Calea Dorobanților",
                                      "Strada Observatorului", "Aleea Peana"], (400001, 400698)),
             ("Iași", "Iași", ["Str. Lăpușneanu", "Bd. Ștefan cel Mare și Sfânt", "Str. Păcurari",
                               "Șoseaua Nicolina"], (700001, 700750)),
             ("Timișoara", "Timiș", ["Bd. Revoluției din 1989", "Str. Alba Iulia", "Calea Șagului",
                                     "Aleea Viilor"], (300001, 300990)),
             ("Brașov", "Brașov", ["Str. Republicii", "Bd. 15 Noiembrie", "Str. Zizinului", "Calea București"],
              (500001, 500450)),
             ("Constanța", "Constanța", ["Bd. Tomis", "Bd. Mamaia", "Str. Mircea cel Bătrân"], (900001, 900745)),
             ("Craiova", "Dolj", ["Calea Unirii", "Str. A. I. Cuza", "Bd. Nicolae Titulescu"], (200001, 200900))]

FI_CITIES = [("Helsinki", ["00100", "00120", "00130", "00140", "00150", "00170", "00180", "00250", "00500",
                           "00530", "00550", "00610", "00700", "00810", "00930"],
              ["Mannerheimintie", "Aleksanterinkatu", "Fredrikinkatu", "Hämeentie", "Mechelininkatu",
               "Runeberginkatu", "Kalevankatu", "Porvoonkatu", "Helsinginkatu"]),
             ("Espoo", ["02100", "02150", "02230", "02600", "02760"],
              ["Otaniementie", "Kirkkojärventie", "Leppävaarankatu", "Puistotie"]),
             ("Vantaa", ["01300", "01350", "01510", "01600"], ["Koivukuja", "Tikkurilantie", "Myyrmäentie"]),
             ("Tampere", ["33100", "33200", "33500", "33710"],
              ["Hämeenkatu", "Satakunnankatu", "Pirkankatu", "Sammonkatu"]),
             ("Turku", ["20100", "20500", "20700", "20810"], ["Yliopistonkatu", "Aurakatu", "Linnankatu",
                                                               "Uudenmaankatu"]),
             ("Oulu", ["90100", "90130", "90570"], ["Isokatu", "Kirkkokatu", "Rantakuja", "Kajaanintie"]),
             ("Jyväskylä", ["40100", "40320"], ["Kauppakatu", "Väinönkatu", "Kilpisenkatu"]),
             ("Kuopio", ["70100", "70600"], ["Puijonkatu", "Minna Canthin katu", "Kirkkokatu"]),
             ("Lahti", ["15100", "15140"], ["Vesijärvenkatu", "Rautatienkatu", "Aleksanterinkatu"])]


def uk_postcode(area, lo, hi):
    return "%s%d %d%s" % (area, rint(lo, hi), rint(1, 9), upper_letters(2, "ABDEFGHJLNPQRSTUWXYZ"))


def make_addr(lang, style=None):
    """style: None (one line), 'ml' (two/three lines), 'chat' (lower case, sloppy)."""
    if lang == "en":
        kind = wpick([("uk", 6), ("ie", 3), ("us", 3)])
        if kind == "uk":
            town, area, lo, hi = pick(UK_TOWNS)
            n, st, ty, pc = rint(1, 180), pick(UK_ST), pick(UK_TY), uk_postcode(area, lo, hi)
            if style == "ml":
                return "%d %s %s\n%s\n%s" % (n, st, ty, town, pc)
            if style == "chat":
                return ("%d %s %s %s" % (n, st, {"Road": "rd", "Street": "st"}.get(ty, ty), pc)).lower()
            return pick(["%d %s %s, %s %s" % (n, st, ty, town, pc),
                         "Flat %d, %d %s %s, %s %s" % (rint(1, 12), n, st, ty, town, pc),
                         "%d%s %s %s, %s, %s" % (n, pick("ab"), st, ty, town, pc)])
        if kind == "ie":
            town, rk, county = pick(IE_TOWNS)
            eir = rk + " " + pick("ACDEFHKNPRTVWXY") + alnum(3, "ACDEFHKNPRTVWXY0123456789")
            n, st = rint(1, 90), pick(["Main Street", "Church Road", "Castle Street", "Mill Road",
                                         "Oakwood Drive", "Ashgrove Park", "Distillery Road"])
            if style == "ml":
                return "%d %s\n%s, %s\n%s" % (n, st, town, county, eir)
            if style == "chat":
                return ("%d %s %s" % (n, st, town)).lower()
            return pick(["%d %s, %s, %s %s" % (n, st, town, county, eir),
                         "%d %s, %s, %s" % (n, st, town, eir)])
        city, stt, zp = pick(US_CITIES)
        n, st, ty = rint(10, 4800), pick(US_ST), pick(US_TY)
        z = zp + "%02d" % rint(1, 99)
        if style == "ml":
            return "%d %s %s, Apt %d%s\n%s, %s %s" % (n, st, ty, rint(1, 30), pick("ABCD"), city, stt, z)
        if style == "chat":
            return ("%d %s %s apt %d %s" % (n, st, ty, rint(1, 30), city)).lower()
        return pick(["%d %s %s, Apt %d%s, %s, %s %s" % (n, st, ty, rint(1, 30), pick("ABCD"), city, stt, z),
                     "%d %s %s, %s, %s %s" % (n, st, ty, city, stt, z)])
    if lang == "it":
        city, prov, lo, hi = pick(IT_CITIES)
        cap = "%05d" % rint(lo, hi)
        st = pick(IT_ST)
        civ = str(rint(1, 160)) + wpick([("", 8), ("/A", 1), ("/B", 1)])
        if style == "ml":
            return "%s %s\n%s %s (%s)" % (st, civ, cap, city, prov)
        if style == "chat":
            return ("%s %s %s" % (st, civ, city)).lower()
        extra = wpick([("", 6), (", int. %d" % rint(1, 24), 1), (", scala %s" % pick("ABC"), 1)])
        return pick(["%s %s%s, %s %s" % (st, civ, extra, cap, city),
                     "%s %s%s, %s %s (%s)" % (st, civ, extra, cap, city, prov),
                     "%s, %s - %s %s (%s)" % (st, civ, cap, city, prov)])
    if lang == "el":
        city, streets, (lo, hi) = pick(EL_CITIES)
        st, n = pick(streets), rint(1, 140)
        tk = "%05d" % rint(lo, hi)
        tks = tk[:3] + " " + tk[3:] if R.random() < 0.6 else tk
        if style == "ml":
            return "%s %d\n%s %s" % (st, n, tks, city)
        if style == "chat":
            return strip_accents("%s %d %s" % (st, n, city)).lower()
        forms = ["%s %d, %s %s" % (st, n, tks, city), "%s %d, %s %s" % (st, n, city, tks),
                 "%s %d, Τ.Κ. %s, %s" % (st, n, tks, city)]
        if not st.startswith("Λεωφ"):
            forms.append("Οδός %s %d, Τ.Κ. %s, %s" % (st, n, tks, city))
        return pick(forms)
    if lang == "ro":
        city, county, streets, (lo, hi) = pick(RO_CITIES)
        st, n = pick(streets), rint(1, 180)
        pc = "%06d" % rint(lo, hi)
        block = R.random() < 0.5
        parts = [st + " nr. %d" % n]
        if block:
            parts.append("bl. %s" % pick([str(rint(1, 40)), "A%d" % rint(1, 9), "%d%s" % (rint(1, 30), pick("ABC"))]))
            if R.random() < 0.7:
                parts.append("sc. %s" % pick(["1", "2", "A", "B", "C"]))
            if R.random() < 0.5:
                parts.append("et. %d" % rint(1, 10))
            parts.append("ap. %d" % rint(1, 80))
        if city == "București":
            parts.append("sector %d" % rint(1, 6))
            tail = pick(["București", "București %s" % pc])
        else:
            tail = pick([city, "%s %s" % (city, pc), "%s, jud. %s" % (city, county)])
        if style == "chat":
            s = strip_accents(" ".join(parts) + " " + city).lower()
            return s.replace(".", "").replace(",", "")
        if style == "ml":
            return ", ".join(parts) + "\n" + tail
        return ", ".join(parts) + ", " + tail
    if lang == "fi":
        city, pcs, streets = pick(FI_CITIES)
        st, n, pc = pick(streets), rint(1, 90), pick(pcs)
        kind = wpick([("stair", 5), ("as", 2), ("house", 3)])
        if kind == "stair":
            num = "%d %s %d" % (n, pick("ABCDEF"), rint(1, 60))
        elif kind == "as":
            num = "%d %s %d" % (n, pick(["as.", "as"]), rint(1, 40))
        else:
            num = str(n)
        if style == "ml":
            return "%s %s\n%s %s" % (st, num, pc, city)
        if style == "chat":
            return ("%s %s %s" % (st, num, city)).lower()
        return pick(["%s %s, %s %s" % (st, num, pc, city), "%s %s, %s %s" % (st, num, pc, city.upper()),
                     "%s %s %s %s" % (st, num, pc, city)])
    raise KeyError(lang)


# ---------------------------------------------------------------------------
# tricky negatives (distractors); every one goes through safe()
# ---------------------------------------------------------------------------

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


def group_thousands(n, sep):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def d_price(lang, arg=None):
    whole = wpick([(rint(2, 99), 6), (rint(100, 999), 3), (rint(1000, 4999), 1)])
    cents = pick(["00", "90", "99", "50", "95", "%02d" % rint(1, 98)])
    withc = R.random() < 0.75
    if lang == "en":
        cur = wpick([("£", 4), ("€", 3), ("$", 2)])
        s = group_thousands(whole, ",") + ("." + cents if withc else "")
        code = {"£": "GBP", "€": "EUR", "$": "USD"}[cur]
        return wpick([(cur + s, 8), (s + " " + code, 1), (code + " " + s, 1)])
    sep = " " if lang == "fi" else "."
    s = group_thousands(whole, sep if R.random() < 0.8 else "") + ("," + cents if withc else "")
    if lang == "it":
        return pick([s + " €", "€ " + s, s + "€", s + " euro", "EUR " + s, "€" + s])
    if lang == "el":
        return pick([s + " €", s + "€", "€" + s, s + " ευρώ", s + " EUR"])
    if lang == "ro":
        return wpick([(s + " lei", 4), (s + " RON", 2), (s + " Lei", 1), ("€ " + s, 1)])
    return pick([s + " €", s + "€", s + " euroa", s + " EUR", s + "e"])


def _dm():
    y = pick([2025, 2026])
    m = rint(1, 12)
    return rint(1, days_in(m, y)), m, y


def d_date(lang, arg=None):
    d, m, y = _dm()
    mon = MONTHS[lang][m - 1]
    if lang == "en":
        return pick(["%02d/%02d/%d" % (d, m, y), "%02d/%02d/%02d" % (d, m, y % 100), "%d %s %d" % (d, mon, y),
                     "%s %d" % (mon, d), "%d %s" % (d, mon[:3]), "%d-%02d-%02d" % (y, m, d),
                     "%d/%d/%d" % (m, d, y)])
    if lang == "it":
        return pick(["%02d/%02d/%d" % (d, m, y), "%02d/%02d/%02d" % (d, m, y % 100), "%d %s %d" % (d, mon, y),
                     "%d %s" % (d, mon), "%02d-%02d-%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y)])
    if lang == "el":
        return pick(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%d %s %d" % (d, mon, y),
                     "%d %s" % (d, mon), "%d-%d-%02d" % (d, m, y % 100)])
    if lang == "ro":
        return pick(["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, mon, y), "%02d/%02d/%d" % (d, m, y),
                     "%d %s" % (d, mon), "%02d.%02d" % (d, m)])
    return pick(["%d.%d.%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y), "%d. %s" % (d, mon),
                 "%d.%d.%02d" % (d, m, y % 100), "%d. %s %d" % (d, mon, y)])


def d_time(lang, arg=None):
    h, mi = rint(8, 20), pick([0, 0, 15, 30, 30, 45, rint(1, 59)])
    if lang == "en":
        h12 = h - 12 if h > 12 else h
        ap = "pm" if h >= 12 else "am"
        return pick(["%02d:%02d" % (h, mi), "%d:%02d%s" % (h12, mi, ap), "%d.%02d %s" % (h12, mi, ap),
                     "%d%s" % (h12, ap), "%d:%02d %s" % (h12, mi, ap.upper())])
    if lang == "it":
        return pick(["%02d:%02d" % (h, mi), "%d.%02d" % (h, mi), "%d:%02d" % (h, mi)])
    if lang == "el":
        h12 = h - 12 if h > 12 else h
        return pick(["%02d:%02d" % (h, mi), "%d:%02d %s" % (h12, mi, "μ.μ." if h >= 12 else "π.μ."),
                     "%d:%02d" % (h, mi)])
    if lang == "ro":
        return pick(["%02d:%02d" % (h, mi), "%d:%02d" % (h, mi), "%d.%02d" % (h, mi)])
    return pick(["%d.%02d" % (h, mi), "%02d.%02d" % (h, mi), "%d:%02d" % (h, mi)])


def d_order(lang, arg=None):
    y = pick(["2025", "2026"])
    return wpick([
        (digs(7, "123456789"), 4), (digs(8, "123456789"), 3), (digs(9, "123456789"), 2),
        ("ORD-%s-%s" % (y, digs(6)), 2), ("%s-%s-%s" % (digs(3, "1234"), digs(7), digs(7)), 2),
        (digs(rint(12, 16), "123456789"), 3), ("%s/%s" % (y, digs(5)), 2),
        (upper_letters(2) + digs(8), 1), ("%s-%s" % (digs(4), digs(4)), 1),
        ("%s %s %s %s" % (digs(4, "1234"), digs(4), digs(4), digs(4)), 1),
        ("A" + digs(9), 1), ("%s.%s.%s" % (digs(3, "1234"), digs(3), digs(3)), 1)])


def d_invoice(lang, arg=None):
    y = pick(["2025", "2026"])
    opts = {"en": [("INV-%s-%s" % (y, digs(5)), 3), ("INV%s" % digs(8), 2), ("%s/%s" % (digs(4), y), 1),
                   (digs(9, "123456789"), 1)],
            "it": [("%s/%s" % (digs(4), y), 3), ("FPR %s/%s" % (digs(3), y[2:]), 2), ("%s/FE/%s" % (y, digs(5)), 1),
                   (digs(11, "123456789"), 1)],
            "el": [("ΤΠΥ %s" % digs(5), 2), ("Α-%s" % digs(6), 2), (digs(8), 2), ("ΤΔΑ-%s" % digs(7), 1),
                   (digs(11, "123456789"), 1)],
            "ro": [("BV %s" % digs(7), 3), ("FCT-%s" % digs(6), 2), (digs(10, "123456789"), 1),
                   ("%s/%s" % (digs(5), y), 1)],
            "fi": [(digs(7, "123456789"), 2), (digs(9, "123456789"), 2), ("%s-%s" % (y, digs(5)), 1),
                   (digs(12, "123456789"), 1)]}
    return wpick(opts[lang])


def s10(prefix, country):
    n8 = digs(8)
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * b for a, b in zip(n8, w)) % 11
    c = 0 if c == 10 else (5 if c == 11 else c)
    return prefix + n8 + str(c) + country


def d_tracking(lang, arg=None):
    cc = {"en": pick(["GB", "IE", "US"]), "it": "IT", "el": "GR", "ro": "RO", "fi": "FI"}[lang]
    opts = [(s10(pick(["RR", "RX", "CP", "LB", "RE", "EE"]), cc), 4),
            ("1Z" + alnum(6) + digs(10), 2),
            ("1Z %s %s %s %s %s" % (alnum(3), alnum(3), digs(2), digs(4), digs(4)), 1),
            ("JD" + digs(18), 1), (digs(12, "123456789"), 2), (digs(14, "123456789"), 1),
            (digs(10, "123456789"), 2), ("%s %s %s" % (digs(4, "1234"), digs(4), digs(4)), 1)]
    if lang == "fi":
        opts.append(("JJFI" + digs(6) + digs(10), 3))
    if lang == "ro":
        opts.append((digs(13, "12"), 3))
    if lang == "el":
        opts.append((digs(10, "789"), 3))
    if lang == "it":
        opts.append(("%s%s" % (upper_letters(2), digs(9)), 2))
    return wpick(opts)


def d_postcode(lang, arg=None):
    if lang == "en":
        k = wpick([("uk", 4), ("ie", 2), ("us", 2)])
        if k == "uk":
            town, area, lo, hi = pick(UK_TOWNS)
            return pick([uk_postcode(area, lo, hi), "%s%d" % (area, rint(lo, hi))])
        if k == "ie":
            return pick(IE_TOWNS)[1] + pick(["", " " + pick("ACDEFHKNPRTVWXY") + alnum(3, "ACDEFHKNPRTVWXY0123456789")])
        return pick(US_CITIES)[2] + "%02d" % rint(1, 99)
    if lang == "it":
        c = pick(IT_CITIES)
        return "%05d" % rint(c[2], c[3])
    if lang == "el":
        c = pick(EL_CITIES)
        tk = "%05d" % rint(*c[2])
        return pick([tk, tk[:3] + " " + tk[3:]])
    if lang == "ro":
        c = pick(RO_CITIES)
        return "%06d" % rint(*c[3])
    return pick(pick(FI_CITIES)[1])


def ean13():
    body = pick(["80", "520", "594", "64", "50", "40"])
    body = body + digs(12 - len(body))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def d_product(lang, arg=None):
    return wpick([("SKU %s-%s-%s" % (digs(2), digs(4), pick("ABCDK")), 2), (ean13(), 3),
                  ("%s-%s%s" % (upper_letters(2), upper_letters(2), digs(4)), 2),
                  ("%s.%s.%s" % (digs(3, "123456789"), digs(3), digs(2)), 2),
                  ("%s%s-%s" % (upper_letters(3), digs(3), digs(2)), 1), (digs(7, "123456789"), 1),
                  ("%s%s%s" % (upper_letters(2), digs(4), pick(["", "X", "S", "-B"])), 1)])


def d_serial(lang, arg=None):
    return wpick([(alnum(12), 3), ("SN" + digs(10), 2), ("%s-%s-%s" % (digs(4), digs(4), digs(4)), 2),
                  (upper_letters(2) + digs(8), 1), (digs(15, "123456789"), 1), (digs(16, "123456789"), 1)])


def d_imei(lang, arg=None):
    v = "35" + digs(13)
    return wpick([(v, 3), ("%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14]), 1),
                   ("%s-%s-%s-%s" % (v[:2], v[2:8], v[8:14], v[14]), 1),
                   ("%s/%s/%s/%s" % (v[:2], v[2:8], v[8:14], v[14]), 1)])


def d_meter(lang, arg=None):
    unit = {"en": ["kWh", "units"], "it": ["kWh", "mc"], "el": ["kWh"], "ro": ["kWh", "mc"],
            "fi": ["kWh", "m³"]}[lang]
    n = rint(120, 98000)
    dec = "." if lang == "en" else ","
    return pick(["%05d" % n, "%06d" % n, "%d %s" % (n, pick(unit)), "%d%s%d" % (n, dec, rint(0, 9)),
                 "%05d %s" % (n, pick(unit))])


def d_pct(lang, arg=None):
    p = pick([5, 10, 15, 20, 25, 30, 40, 50, 70])
    if lang == "en":
        return pick(["%d%%" % p, "%d per cent" % p, "-%d%%" % p])
    if lang == "it":
        return pick(["%d%%" % p, "%d %%" % p, "%d per cento" % p])
    if lang == "el":
        return pick(["%d%%" % p, "%d %%" % p, "-%d%%" % p])
    if lang == "ro":
        return pick(["%d%%" % p, "%d %%" % p, "%d la sută" % p])
    return pick(["%d %%" % p, "%d%%" % p, "%d prosentin" % p])


def d_year(lang, arg=None):
    return str(rint(2012, 2025))


def d_version(lang, arg=None):
    return pick(["%d.%d.%d" % (rint(1, 5), rint(0, 12), rint(0, 9)), "v%d.%d" % (rint(1, 9), rint(0, 9)),
                 "%d.%d" % (rint(1, 18), rint(0, 9)), "v%d.%d.%d" % (rint(1, 5), rint(0, 12), rint(0, 20))])


def rf_reference():
    base = digs(rint(8, 14), "123456789")
    cd = 98 - mod97(base + "RF00")
    s = "RF%02d%s" % (cd, base)
    return " ".join(groups(s, [4] * 8))


def fi_viite():
    body = digs(rint(6, 12), "123456789")
    w = [7, 3, 1]
    tot = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(body)))
    v = body + str((10 - tot % 10) % 10)
    out = []
    while len(v) > 5:
        out.insert(0, v[-5:])
        v = v[:-5]
    out.insert(0, v)
    return " ".join(out)


def d_ref(lang, arg=None):
    """ticket / case / booking / customer / return / reference numbers"""
    kind = arg or "ref"
    y = pick(["2025", "2026"])
    if kind == "ticket":
        return wpick([(digs(6, "123456789"), 3), ("TCK-%s" % digs(7), 2), (digs(8, "123456789"), 2),
                      ("INC%s" % digs(7), 1), ("%s-%s" % (y, digs(6)), 1)])
    if kind == "case":
        return wpick([(digs(7, "123456789"), 3), ("CS-%s%02d%02d-%s" % (y, rint(1, 12), rint(1, 28), digs(4)), 2),
                      ("%s/%s" % (y, digs(6)), 2), (digs(10, "123456789"), 2), (digs(9, "123456789"), 1)])
    if kind == "booking":
        return wpick([(upper_letters(6), 3), ("BK%s" % digs(7), 2), ("%s-%s-%s" % (digs(3), digs(3), digs(3)), 1),
                      (upper_letters(3) + digs(4), 1)])
    if kind == "custno":
        return wpick([(digs(8, "123456789"), 3), (digs(9, "123456789"), 2), ("C-%s" % digs(7), 1),
                      ("%s.%s.%s" % (digs(3, "123456789"), digs(3), digs(3)), 1), (digs(10, "123456789"), 2),
                      (digs(12, "123456789"), 1), (digs(11, "123456789"), 1)])
    if kind == "rma":
        return wpick([("RMA-%s" % digs(6), 3), ("R%s" % digs(8), 2), ("%s-%s" % (digs(2), digs(5)), 1),
                      ("RET/%s/%s" % (y, digs(4)), 1), (digs(13, "123456789"), 1)])
    if kind == "sdi":
        return alnum(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    if kind == "supply":
        if lang == "it":
            return pick([digs(14, "0"), "IT001E" + digs(8), "IT%sE%s" % (digs(3), digs(8))])
        if lang == "el":
            return "%s %s-%s %s" % (digs(1, "1234"), digs(8), digs(2), digs(1))
        if lang == "ro":
            return pick([digs(10, "5"), "RO%s" % digs(18)])
        if lang == "fi":
            return "643007" + digs(12)
        return pick([digs(13, "12"), "S 01 %s %s" % (digs(3), digs(10))])
    # payment / transfer reference to quote
    if lang == "fi":
        return pick([fi_viite(), rf_reference(), fi_viite()])
    if lang == "el":
        return pick([rf_reference(), digs(20, "123456789")])
    if lang == "it":
        return pick(["CRO %s" % digs(11), digs(11, "123456789"), "TRN %s" % digs(15)])
    if lang == "ro":
        return pick([digs(10, "123456789"), "REF-%s" % digs(8)])
    return pick(["%s %s %s" % (digs(4, "123456789"), digs(4), digs(3)), "REF%s" % digs(9), rf_reference()])


SHOPS = {"en": ["www.brightkitchen.co.uk/returns", "www.brightkitchen.co.uk/help/delivery",
                "shop.hollowayoutdoor.ie/size-guide"],
         "it": ["www.casaverde.it/resi", "www.casaverde.it/spedizioni", "negozio.ferramentalumi.it/offerte"],
         "el": ["www.techmarket.gr/epistrofes", "www.techmarket.gr/faq", "eshop.kipos-spiti.gr/prosfores"],
         "ro": ["www.electroshop.ro/retur", "www.electroshop.ro/livrare", "magazin.gradinaverde.ro/oferte"],
         "fi": ["www.kotitalouskauppa.fi/palautus", "www.kotitalouskauppa.fi/toimitus", "kauppa.pyoravaja.fi/tarjoukset"]}


def d_url(lang, arg=None):
    return "https://" + pick(SHOPS[lang])


def d_qty(lang, arg=None):
    pattern = arg or "N"
    n = rint(2, 12)
    return pattern.replace("N", str(n), 1)


DISTRACTORS = {
    "price": ("PRICE", d_price), "date": ("DATE", d_date), "time": ("TIME", d_time),
    "order": ("ORDER_NUMBER", d_order), "invoice": ("INVOICE_NUMBER", d_invoice),
    "tracking": ("TRACKING_NUMBER", d_tracking), "postcode": ("POSTCODE", d_postcode),
    "product": ("PRODUCT_CODE", d_product), "serial": ("SERIAL_NUMBER", d_serial),
    "imei": ("SERIAL_NUMBER", d_imei), "meter": ("METER_READING", d_meter),
    "pct": ("PERCENT", d_pct), "year": ("YEAR", d_year), "version": ("VERSION", d_version),
    "qty": ("QUANTITY", d_qty), "url": ("URL", d_url),
    "ticket": ("REFERENCE_NUMBER", lambda l, a: d_ref(l, "ticket")),
    "case": ("REFERENCE_NUMBER", lambda l, a: d_ref(l, "case")),
    "booking": ("REFERENCE_NUMBER", lambda l, a: d_ref(l, "booking")),
    "custno": ("REFERENCE_NUMBER", lambda l, a: d_ref(l, "custno")),
    "rma": ("REFERENCE_NUMBER", lambda l, a: d_ref(l, "rma")),
    "sdi": ("REFERENCE_NUMBER", lambda l, a: d_ref(l, "sdi")),
    "supply": ("REFERENCE_NUMBER", lambda l, a: d_ref(l, "supply")),
    "ref": ("REFERENCE_NUMBER", lambda l, a: d_ref(l, "ref")),
}


# ---------------------------------------------------------------------------
# how each language labels the identifiers
#   LAB: labels for forms and "label: value" lines
#   SENT: phrases with the value inside ({v})
#   IDN: the identifier's name as an agent asks for it
# ---------------------------------------------------------------------------

LAB = {
    "en": {"CARD": ["Card number", "Card no.", "Card", "Card #", "Long card number", "Credit card",
                    "Debit card no", "card num"],
           "IBAN": ["IBAN", "Iban", "IBAN no.", "Account (IBAN)", "Bank account IBAN"],
           "CF": ["Codice fiscale", "Italian tax code", "Fiscal code", "CF", "Tax code (IT)"],
           "PIVA": ["Partita IVA", "Italian VAT no.", "VAT number", "P.IVA", "VAT reg. no."],
           "AMKA": ["AMKA", "AMKA no.", "Greek social security no. (AMKA)", "Social security (AMKA)"],
           "AFM": ["AFM", "Greek tax ID (AFM)", "Tax number (AFM)", "AFM/VAT", "Greek TIN"],
           "CNP": ["CNP", "Romanian personal code (CNP)", "Personal numeric code", "CNP no."],
           "HETU": ["Henkilötunnus", "Finnish personal ID code", "Finnish ID (hetu)",
                    "Personal identity code", "HETU"]},
    "it": {"CARD": ["Numero carta", "N. carta", "Carta di credito", "Carta", "Num. carta",
                    "Numero della carta", "Carta n.", "Bancomat"],
           "IBAN": ["IBAN", "Iban", "Codice IBAN", "Coordinate bancarie (IBAN)", "C/C IBAN"],
           "CF": ["Codice fiscale", "Cod. fiscale", "C.F.", "CF", "Cod. Fisc.", "c.f.", "Codice Fiscale"],
           "PIVA": ["Partita IVA", "P.IVA", "P. IVA", "P.Iva", "Partita Iva", "PI", "p.iva"],
           "AMKA": ["AMKA", "Numero AMKA", "AMKA (previdenza greca)"],
           "AFM": ["AFM", "Codice fiscale greco (AFM)", "AFM greco"],
           "CNP": ["CNP", "Codice personale rumeno (CNP)", "CNP rumeno"],
           "HETU": ["Henkilötunnus", "Codice personale finlandese", "Hetu (codice finlandese)"]},
    "el": {"CARD": ["Αριθμός κάρτας", "Αρ. κάρτας", "Κάρτα", "Πιστωτική κάρτα", "Χρεωστική κάρτα",
                    "Αριθ. κάρτας"],
           "IBAN": ["IBAN", "ΙΒΑΝ", "Λογαριασμός (IBAN)", "Αρ. λογαριασμού IBAN"],
           "AMKA": ["ΑΜΚΑ", "Α.Μ.Κ.Α.", "Αριθμός Μητρώου Κοινωνικής Ασφάλισης", "Αμκα", "ΑΜΚΑ ασφαλισμένου"],
           "AFM": ["ΑΦΜ", "Α.Φ.Μ.", "Αριθμός Φορολογικού Μητρώου", "Αφμ", "ΑΦΜ/VAT"],
           "CF": ["Codice fiscale", "Ιταλικός ΑΦΜ (codice fiscale)"],
           "PIVA": ["Partita IVA", "Ιταλικό ΑΦΜ εταιρείας (partita IVA)"],
           "CNP": ["CNP", "Ρουμανικός προσωπικός κωδικός (CNP)"],
           "HETU": ["Henkilötunnus", "Φινλανδικός αριθμός ταυτότητας (henkilötunnus)"]},
    "ro": {"CARD": ["Număr card", "Nr. card", "Card", "Numărul cardului", "Card bancar", "Nr card"],
           "IBAN": ["IBAN", "Cont IBAN", "Cod IBAN", "Contul (IBAN)", "Iban"],
           "CNP": ["CNP", "C.N.P.", "Cod numeric personal", "Codul numeric personal", "Cnp"],
           "CF": ["Codice fiscale", "Cod fiscal italian"],
           "PIVA": ["Partita IVA", "Cod TVA italian (partita IVA)"],
           "AMKA": ["AMKA", "Nr. asigurare socială grecesc (AMKA)"],
           "AFM": ["AFM", "Cod fiscal grecesc (AFM)"],
           "HETU": ["Henkilötunnus", "Cod personal finlandez"]},
    "fi": {"CARD": ["Kortin numero", "Korttinumero", "Kortti", "Kortin nro", "Luottokortti", "Maksukortti"],
           "IBAN": ["IBAN", "Tilinumero", "Tilinro", "Tili (IBAN)", "Tilinumero (IBAN)"],
           "HETU": ["Henkilötunnus", "Hetu", "HETU", "Henkilötunnus (hetu)", "Henk.tunnus", "Sotu"],
           "CF": ["Codice fiscale", "Italialainen verotunniste (codice fiscale)"],
           "PIVA": ["Partita IVA", "Italialainen ALV-tunniste (partita IVA)"],
           "AMKA": ["AMKA", "Kreikkalainen sosiaaliturvatunnus (AMKA)"],
           "AFM": ["AFM", "Kreikkalainen verotunniste (AFM)"],
           "CNP": ["CNP", "Romanialainen henkilötunnus (CNP)"]},
}

SENT = {
    "en": {"CARD": ["my card number is {v}", "the card I paid with is {v}", "card: {v}",
                    "it was charged to {v}", "{v} is the card that got charged",
                    "the long number on the card is {v}", "I used card {v}"],
           "IBAN": ["my IBAN is {v}", "please refund to IBAN {v}", "you can send it to {v} (that's my IBAN)",
                    "account details: IBAN {v}", "IBAN {v}, in my name", "the IBAN on my statement is {v}"],
           "CF": ["my codice fiscale is {v}", "my Italian tax code is {v}", "{v} is my fiscal code",
                  "tax code (codice fiscale) {v}", "the codice fiscale on my Italian account is {v}"],
           "PIVA": ["my partita IVA is {v}", "the Italian VAT number is {v}", "VAT no. {v} (Italy)",
                    "please put partita IVA {v} on the invoice"],
           "AMKA": ["my AMKA is {v}", "my Greek social security number is {v}", "AMKA {v}",
                    "{v} is the AMKA they asked for"],
           "AFM": ["my AFM is {v}", "Greek tax number (AFM) {v}", "the AFM on the invoice should be {v}",
                   "{v}, that's my AFM"],
           "CNP": ["my CNP is {v}", "Romanian personal code {v}", "{v} is my CNP",
                   "the CNP on my ID card is {v}"],
           "HETU": ["my Finnish personal ID code is {v}", "henkilötunnus {v}", "my hetu is {v}",
                    "{v} is my personal identity code", "the ID code on my Kela card is {v}"]},
    "it": {"CARD": ["il numero della carta è {v}", "ho pagato con la carta {v}",
                    "l'addebito è arrivato sulla carta {v}", "carta n. {v}",
                    "vi lascio il numero della mia carta: {v}", "la carta che ho usato è la {v}"],
           "IBAN": ["il mio IBAN è {v}", "potete fare il rimborso sull'IBAN {v}", "accredito su {v}",
                    "vi mando l'iban {v}", "le coordinate sono {v}", "IBAN intestato a me: {v}"],
           "CF": ["il mio codice fiscale è {v}", "codice fiscale {v}", "{v} è il mio codice fiscale",
                  "vi ripeto il CF: {v}", "il mio cf è {v}", "c.f. {v}", "il codice fiscale corretto è {v}"],
           "PIVA": ["la mia partita IVA è {v}", "P.IVA {v}", "la partita iva della ditta è {v}",
                    "{v} è la partita IVA dello studio", "la p.iva corretta è {v}"],
           "AMKA": ["il mio AMKA è {v}", "il numero AMKA (previdenza greca) è {v}"],
           "AFM": ["il mio AFM greco è {v}", "codice fiscale greco (AFM) {v}"],
           "CNP": ["il mio CNP rumeno è {v}", "codice personale rumeno (CNP) {v}"],
           "HETU": ["il mio codice personale finlandese è {v}", "henkilötunnus {v}"]},
    "el": {"CARD": ["ο αριθμός της κάρτας είναι {v}", "πλήρωσα με την κάρτα {v}",
                    "η χρέωση έγινε στην κάρτα {v}", "σας στέλνω τον αριθμό της κάρτας μου: {v}",
                    "η κάρτα που χρεώθηκε είναι η {v}", "κάρτα {v}"],
           "IBAN": ["το IBAN μου είναι {v}", "επιστροφή χρημάτων στο ΙΒΑΝ {v}", "στον λογαριασμό {v}",
                    "ο λογαριασμός μου (IBAN) είναι {v}", "το ΙΒΑΝ είναι στο όνομά μου: {v}"],
           "AMKA": ["ο ΑΜΚΑ μου είναι {v}", "ΑΜΚΑ {v}", "το ΑΜΚΑ μου: {v}", "με ΑΜΚΑ {v}",
                    "ο αριθμός μητρώου κοινωνικής ασφάλισης είναι {v}", "ο σωστός ΑΜΚΑ είναι {v}"],
           "AFM": ["ο ΑΦΜ μου είναι {v}", "ΑΦΜ {v}", "με ΑΦΜ {v}", "το τιμολόγιο να βγει στον ΑΦΜ {v}",
                   "Α.Φ.Μ.: {v}", "ο αφμ μου {v}"],
           "CF": ["ο ιταλικός φορολογικός μου κωδικός (codice fiscale) είναι {v}"],
           "PIVA": ["η partita IVA της ιταλικής εταιρείας είναι {v}"],
           "CNP": ["ο ρουμανικός προσωπικός κωδικός (CNP) είναι {v}"],
           "HETU": ["ο φινλανδικός αριθμός ταυτότητας (henkilötunnus) είναι {v}"]},
    "ro": {"CARD": ["numărul cardului este {v}", "am plătit cu cardul {v}", "banii s-au luat de pe cardul {v}",
                    "cardul meu e {v}", "nr card {v}"],
           "IBAN": ["IBAN-ul meu este {v}", "vă rog să returnați banii în contul {v}", "contul meu IBAN: {v}",
                    "codul IBAN e {v}", "puteți vira suma în {v}"],
           "CNP": ["CNP-ul meu este {v}", "CNP {v}", "am CNP-ul {v}", "codul numeric personal: {v}",
                   "CNP-ul titularului este {v}", "cu CNP {v}", "vă dau și codul numeric personal, {v}",
                   "cnp-ul meu e {v}"],
           "CF": ["codul fiscal italian (codice fiscale) este {v}"],
           "PIVA": ["firma din Italia are partita IVA {v}"],
           "AMKA": ["numărul grecesc de asigurare socială (AMKA) este {v}"],
           "AFM": ["codul fiscal grecesc (AFM) este {v}"],
           "HETU": ["codul personal finlandez (henkilötunnus) este {v}"]},
    "fi": {"CARD": ["kortin numero on {v}", "maksoin kortilla {v}", "korttinumeroni on {v}",
                    "veloitus tuli kortilta {v}", "kortti {v}"],
           "IBAN": ["tilinumeroni on {v}", "palautuksen voi maksaa tilille {v}", "IBAN {v}",
                    "rahat tilille {v} kiitos", "{v} on tilinumeroni"],
           "HETU": ["henkilötunnukseni on {v}", "hetu {v}", "hetuni on {v}", "tässä henkilötunnus: {v}",
                    "henkilötunnuksella {v}", "sotu {v}", "henkilötunnus on {v}"],
           "CF": ["italialainen verotunnisteeni (codice fiscale) on {v}"],
           "PIVA": ["italialaisen yrityksen ALV-tunniste (partita IVA) on {v}"],
           "AMKA": ["kreikkalainen sosiaaliturvatunnukseni (AMKA) on {v}"],
           "AFM": ["kreikkalainen verotunnisteeni (AFM) on {v}"],
           "CNP": ["romanialainen henkilötunnukseni (CNP) on {v}"]},
}

IDN = {
    "en": {"CARD": ["card number", "long card number"], "IBAN": ["IBAN", "account IBAN"],
           "CF": ["codice fiscale", "Italian tax code"], "PIVA": ["partita IVA", "Italian VAT number"],
           "AMKA": ["AMKA", "AMKA number"], "AFM": ["AFM", "Greek tax number"],
           "CNP": ["CNP", "personal numeric code"], "HETU": ["personal identity code", "henkilötunnus"]},
    "it": {"CARD": ["il numero della carta"], "IBAN": ["l'IBAN", "le coordinate IBAN"],
           "CF": ["il codice fiscale", "il CF"], "PIVA": ["la partita IVA", "la P.IVA"],
           "AMKA": ["il numero AMKA"], "AFM": ["l'AFM greco"], "CNP": ["il CNP"],
           "HETU": ["il codice personale finlandese"]},
    "el": {"CARD": ["τον αριθμό της κάρτας σας"], "IBAN": ["το IBAN σας"],
           "AMKA": ["τον ΑΜΚΑ σας", "το ΑΜΚΑ σας"], "AFM": ["τον ΑΦΜ σας"],
           "CF": ["τον ιταλικό φορολογικό κωδικό σας (codice fiscale)"], "PIVA": ["την ιταλική partita IVA"],
           "CNP": ["το CNP σας"], "HETU": ["τον φινλανδικό αριθμό ταυτότητας (henkilötunnus)"]},
    "ro": {"CARD": ["numărul cardului"], "IBAN": ["IBAN-ul", "codul IBAN"],
           "CNP": ["CNP-ul", "codul numeric personal", "CNP-ul dumneavoastră"], "CF": ["codul fiscal italian"],
           "PIVA": ["partita IVA"], "AMKA": ["numărul AMKA"], "AFM": ["codul fiscal grecesc (AFM)"],
           "HETU": ["codul personal finlandez"]},
    "fi": {"CARD": ["kortin numeron"], "IBAN": ["tilinumeron", "IBAN-tilinumeron"],
           "HETU": ["henkilötunnuksenne", "henkilötunnuksen", "hetun"],
           "CF": ["italialaisen verotunnisteen (codice fiscale)"], "PIVA": ["ALV-tunnisteen (partita IVA)"],
           "AMKA": ["AMKA-numeron"], "AFM": ["AFM-numeron"], "CNP": ["CNP-tunnuksen"]},
}

ID_TYPES = ["CARD", "IBAN", "CF", "PIVA", "AMKA", "AFM", "CNP", "HETU"]
ENTITY_NAME = {"CARD": "CARD", "IBAN": "IBAN", "CF": "IT_CODICE_FISCALE", "PIVA": "IT_PARTITA_IVA",
               "AMKA": "GR_AMKA", "AFM": "GR_AFM", "CNP": "RO_CNP", "HETU": "FI_HETU"}
NATIONAL = ["CF", "PIVA", "AMKA", "AFM", "CNP", "HETU"]

# targets for valid identifiers (entities, read-backs included) per language
TARGET = {
    "en": {"CARD": 18, "IBAN": 18, "CF": 12, "PIVA": 13, "AMKA": 13, "AFM": 10, "CNP": 10, "HETU": 10},
    "it": {"CARD": 16, "IBAN": 16, "CF": 40, "PIVA": 41, "AMKA": 8, "AFM": 7, "CNP": 7, "HETU": 7},
    "el": {"CARD": 16, "IBAN": 16, "CF": 7, "PIVA": 8, "AMKA": 40, "AFM": 40, "CNP": 6, "HETU": 6},
    "ro": {"CARD": 16, "IBAN": 16, "CF": 9, "PIVA": 11, "AMKA": 11, "AFM": 9, "CNP": 46, "HETU": 6},
    "fi": {"CARD": 16, "IBAN": 16, "CF": 9, "PIVA": 10, "AMKA": 10, "AFM": 8, "CNP": 7, "HETU": 46},
}
BAD_TARGET = {
    "en": {"CARD": 4, "IBAN": 4, "CF": 2, "PIVA": 2, "AMKA": 2, "AFM": 2, "CNP": 2, "HETU": 2},
    "it": {"CARD": 3, "IBAN": 3, "CF": 6, "PIVA": 5, "AMKA": 1, "AFM": 1, "CNP": 1, "HETU": 0},
    "el": {"CARD": 3, "IBAN": 3, "CF": 1, "PIVA": 1, "AMKA": 6, "AFM": 6, "CNP": 0, "HETU": 0},
    "ro": {"CARD": 3, "IBAN": 3, "CF": 1, "PIVA": 1, "AMKA": 1, "AFM": 1, "CNP": 10, "HETU": 0},
    "fi": {"CARD": 3, "IBAN": 3, "CF": 1, "PIVA": 1, "AMKA": 1, "AFM": 0, "CNP": 1, "HETU": 10},
}
ENT_COUNT = {l: {t: 0 for t in ID_TYPES} for l in LANGS}
BAD_COUNT = {l: {t: 0 for t in ID_TYPES} for l in LANGS}


def choose_type(lang, cands, bad):
    """Pick the candidate type that is furthest (relatively) below its target."""
    table = BAD_TARGET[lang] if bad else TARGET[lang]
    count = BAD_COUNT[lang] if bad else ENT_COUNT[lang]
    best, best_score = None, None
    for t in cands:
        score = (table[t] + 0.5 - count[t]) / (table[t] + 0.5) + R.random() * 0.05
        if best_score is None or score > best_score:
            best, best_score = t, score
    return best


def parse_types(arg):
    if not arg:
        return list(ID_TYPES), None
    flag = None
    out = []
    for tok in arg.split(","):
        tok = tok.strip()
        if tok.startswith("~"):
            continue
        if tok == "ANY":
            out.extend(ID_TYPES)
        elif tok == "NAT":
            out.extend(NATIONAL)
        elif tok == "PAY":
            out.extend(["CARD", "IBAN"])
        elif tok == "HETU1800":
            out.append("HETU")
            flag = "old"
        else:
            assert tok in ID_TYPES, tok
            out.append(tok)
    return out, flag


# ---------------------------------------------------------------------------
# template engine
#   ⟨a|b|c⟩       one of the alternatives
#   {slot@key:arg} a generated value; key ties repeated mentions together
#   {g@key:m|f}    text chosen by the gender of person `key`
#   a slot name starting with a capital letter capitalises its output
# ---------------------------------------------------------------------------

SLOT_RE = re.compile(r"([A-Za-z_]+)(?:@([A-Za-z0-9]+))?")


def parse_seq(s, i, stops):
    nodes, buf = [], []

    def flush():
        if buf:
            nodes.append(("t", "".join(buf)))
            del buf[:]
    while i < len(s):
        c = s[i]
        if c in stops:
            break
        if c == "⟨":
            flush()
            alts, i = parse_alts(s, i + 1, "⟩")
            nodes.append(("alt", alts))
            continue
        if c == "{":
            flush()
            node, i = parse_slot(s, i + 1)
            nodes.append(node)
            continue
        buf.append(c)
        i += 1
    flush()
    return nodes, i


def parse_alts(s, i, close):
    alts = []
    while True:
        seq, i = parse_seq(s, i, ("|", close))
        alts.append(seq)
        if i >= len(s):
            raise ValueError("unclosed alternative in %r" % s[:60])
        if s[i] == "|":
            i += 1
            continue
        return alts, i + 1


def parse_slot(s, i):
    m = SLOT_RE.match(s, i)
    name, key = m.group(1), m.group(2)
    i = m.end()
    if s[i] == "}":
        return ("slot", name, key, None), i + 1
    assert s[i] == ":", s[i - 10:i + 10]
    i += 1
    if name == "g":
        alts, i = parse_alts(s, i, "}")
        return ("g", key or "1", alts), i
    j = s.index("}", i)
    return ("slot", name, key, s[i:j]), j + 1


def parse(s):
    nodes, i = parse_seq(s, 0, ())
    assert i == len(s)
    return nodes


class Ctx:
    def __init__(self, lang):
        self.lang = lang
        self.persons = {}
        self.memo = {}
        self.phones = {}
        self.fixed_phones = {}
        self.emails = []
        self.said = set()
        self.ts = None

    def person(self, key, plang=None):
        key = key or "1"
        if key not in self.persons:
            gender = key[-1] if len(key) > 1 and key[-1] in "mf" else None
            used = []
            for p in self.persons.values():
                used.extend([p.first["nom"], p.last["nom"]])
            self.persons[key] = Person(plang or self.lang, gender, used)
        return self.persons[key]


PERSON_SLOTS = ("name", "first", "last", "chat", "chatfull")
CASES = ("nom", "gen", "acc", "voc", "dat", "all", "ade", "abl", "part")


def E(text, t):
    return (text, ("E", t))


def D(text, t, why="tricky negative"):
    return (text, ("D", t, why))


def T(text):
    return (text, None)


def id_slot(ctx, kind, key, arg, bad):
    lang = ctx.lang
    if key and key in ctx.memo:
        t, v = ctx.memo[key]
    else:
        cands, flag = parse_types(arg)
        t = choose_type(lang, cands, bad)
        gender = None
        for tok in (arg or "").split(","):
            if tok.startswith("~"):
                pkey, _, plang = tok[1:].partition(".")
                gender = ctx.person(pkey, plang or None).g
        v = gen_value(t, lang, flag, gender)
        if key:
            ctx.memo[key] = (t, v)
    if kind == "l":
        return [T(pick(IDN[lang][t]))]
    shown = mutate(t, v) if bad else v
    text = fmt_pieces(t, shown, lang) if kind == "p" else fmt_value(t, shown, lang)
    if key and key in ctx.said and t in ("IBAN", "CF", "HETU"):
        text = text.upper()           # an agent reading a value back types it in capitals
    if key:
        ctx.said.add(key)
    if bad:
        BAD_COUNT[lang][t] += 1
        val = D(text, ENTITY_NAME[t], "check digit fails")
    else:
        ENT_COUNT[lang][t] += 1
        val = E(text, ENTITY_NAME[t])
    if kind in ("v", "p"):
        return [val]
    if kind == "s":
        phrase = pick(SENT[lang][t])
        a, b = phrase.split("{v}")
        out = []
        if a:
            out.append(T(a))
        out.append(val)
        if b:
            out.append(T(b))
        return out
    lab = pick(LAB[lang][t])
    if kind == "F":
        style = wpick([(": ", 6), (" ", 1), (":\n", 2), ("\n", 1), (" - ", 1)])
    else:
        style = wpick([(": ", 6), (" ", 2), (" - ", 1), (":", 1), ("()", 1)])
    if style == "()":
        return [val, T(" (" + lab + ")")]
    return [T(lab + style), val]


def phone_slot(ctx, key, arg):
    lang = ctx.lang
    if key and key in ctx.phones:
        p = ctx.phones[key]
    else:
        kind = None
        if arg and arg in CC_CODE:
            cc = arg
        elif arg in ("intl", "mob", "land", "wa"):
            cc = HOME_CC[lang] if lang != "en" else wpick(PHONE_CC["en"])
            if arg in ("mob", "wa"):
                kind = "mob"
                if cc == "US":
                    cc = pick(["GB", "IE"])
            elif arg == "land":
                kind = "land"
        else:
            cc = wpick(PHONE_CC[lang])
        p = make_phone(cc, kind)
        if key:
            ctx.phones[key] = p
    if arg == "wa":
        # a messaging-app export shows an unsaved contact the same way on every line
        if key not in ctx.fixed_phones:
            ctx.fixed_phones[key] = fmt_phone(p, True)
        return [E(ctx.fixed_phones[key], "PHONE")]
    home = phone_is_home(lang, p["cc"])
    intl = (not home) or arg == "intl" or R.random() < 0.3
    return [E(fmt_phone(p, intl), "PHONE")]


def ts_slot(ctx):
    lang = ctx.lang
    if ctx.ts is None:
        d, m, y = _dm()
        style = pick(["ios", "android"])
        ctx.ts = {"d": d, "m": m, "y": y, "style": style, "sec": (rint(8, 20) * 60 + rint(0, 59)) * 60}
    st = ctx.ts
    st["sec"] += rint(20, 420)
    h, mi, sec = st["sec"] // 3600, st["sec"] // 60 % 60, st["sec"] % 60
    d, m, y = st["d"], st["m"], st["y"]
    date = {"en": "%02d/%02d/%d" % (d, m, y), "it": "%02d/%02d/%02d" % (d, m, y % 100),
            "el": "%d/%d/%02d" % (d, m, y % 100), "ro": "%02d.%02d.%d" % (d, m, y),
            "fi": "%d.%d.%d" % (d, m, y)}[lang]
    if lang == "fi":
        tm = "%d.%02d.%02d" % (h, mi, sec) if st["style"] == "ios" else "%d.%02d" % (h, mi)
    elif lang == "el" and st["style"] == "ios":
        h12 = h - 12 if h > 12 else h
        tm = "%d:%02d:%02d %s" % (h12, mi, sec, "μ.μ." if h >= 12 else "π.μ.")
    else:
        tm = "%02d:%02d:%02d" % (h, mi, sec) if st["style"] == "ios" else "%02d:%02d" % (h, mi)
    mid = " klo " if lang == "fi" else ", "
    if st["style"] == "ios":
        return [T("["), D(date, "DATE"), T(mid), D(tm, "TIME"), T("] ")]
    return [D(date, "DATE"), T(mid), D(tm, "TIME"), T(" - ")]


def run_slot(ctx, name, key, arg):
    lang = ctx.lang
    capital = name[0].isupper()
    lname = name[0].lower() + name[1:]
    out = None
    if lname in PERSON_SLOTS:
        case, plang = None, None
        for tok in (arg or "").split(","):
            if tok in CASES:
                case = tok
            elif tok in LANGS:
                plang = tok
        p = ctx.person(key, plang)
        out = [E(p.form(lname, case), "PERSON")]
    elif lname == "email":
        plang = arg if arg in LANGS else None
        p = ctx.person(key, plang)
        for _ in range(20):
            mail = make_email(p)
            if mail not in ctx.emails:
                break
        ctx.emails.append(mail)
        out = [E(mail, "EMAIL")]
    elif lname == "addr":
        style, alang = None, lang
        for tok in (arg or "").split(","):
            if tok in ("ml", "chat"):
                style = tok
            elif tok in LANGS:
                alang = tok
        out = [E(make_addr(alang, style), "ADDRESS")]
    elif lname == "phone":
        out = phone_slot(ctx, key, arg)
    elif lname == "ts":
        out = ts_slot(ctx)
    elif lname.startswith("id"):
        base = lname[:3]
        bad = lname.endswith("_bad")
        kind = {"idf": "f", "idF": "F", "ids": "s", "idv": "v", "idp": "p", "idl": "l"}
        # idF keeps its capital F; run_slot lower-cased only the first letter
        kind = kind.get(name[:3] if name[:3] == "idF" else base)
        out = id_slot(ctx, kind, key, arg, bad)
    elif lname in DISTRACTORS:
        t, fn = DISTRACTORS[lname]
        why = "not personal" if t == "URL" else "tricky negative"
        out = [D(safe(fn, lang, arg), t, why)]
    else:
        raise KeyError(name)
    if capital and out:
        text, mark = out[0]
        out[0] = (cap1(text), mark)
    return out


def render_nodes(nodes, ctx, out):
    for node in nodes:
        k = node[0]
        if k == "t":
            out.append(T(node[1]))
        elif k == "alt":
            render_nodes(pick(node[1]), ctx, out)
        elif k == "g":
            p = ctx.person(node[1])
            branch = node[2][0] if p.g == "m" else node[2][-1]
            render_nodes(branch, ctx, out)
        else:
            out.extend(run_slot(ctx, node[1], node[2], node[3]))


def assemble(segments):
    text_parts, ents, dists = [], [], []
    pos = 0
    for text, mark in segments:
        b = text.encode("utf-8")
        if mark is not None:
            span = {"type": mark[1], "start": pos, "end": pos + len(b)}
            if mark[0] == "E":
                ents.append(span)
            else:
                span["why"] = mark[2]
                dists.append(span)
        text_parts.append(text)
        pos += len(b)
    return "".join(text_parts), ents, dists


# ---------------------------------------------------------------------------
# templates: (category, minimum uses, text)
# NEG and CLEAN templates carry no personal data at all.
# ---------------------------------------------------------------------------

TEMPLATES = {}

TEMPLATES["en"] = [
    ("CARD", 1, "hi i was charged twice for order {order} on {date} ⟨pls|plz|please⟩ refund to the card "
                "{idv:CARD} thx"),
    ("CARD", 1, "Hello, I paid {price} on {date} with card {idv:CARD} but booking {booking} still shows as "
                "unpaid. Can you check?"),
    ("CARD", 1, "⟨Call {date} {time}, case {case}\n|Call recording – {date}, {time}\n"
                "|Ticket {ticket} – call transcript\n|⟩Agent: Can I take the long number on the card, please?\n"
                "Customer: Yeah, it's {idv@a:CARD}.\nAgent: Thank you. Just reading that back: {idv@a}.\n"
                "Customer: Yep, that's right."),
    ("CARD", 1, "⟨Call {date} {time}, case {case}\n|Call recording – {date}, {time}\n"
                "|Ticket {ticket} – call transcript\n|⟩AGENT: ok and the card number when you're ready\n"
                "CALLER: right, {idp@a:CARD}\nAGENT: sorry, the line broke up, again please?\n"
                "CALLER: {idv@a}"),
    ("CORRECTION", 1, "⟨Call {date} {time}, case {case}\n|Call recording – {date}, {time}\n"
                      "|Ticket {ticket} – call transcript\n|⟩Customer: the card is {idv_bad@a:CARD}\n"
                      "Agent: I'm getting an error on that one, could you double-check the digits?\n"
                      "Customer: oh sorry, my fault, it's {idv@a}"),
    ("IBAN", 1, "Hi,\n\nI returned the blender under return number {rma} on {date}. Please send the refund of "
                "{price} to my account:\n\n{idF:IBAN}\nAccount holder: {name}\n"
                "\nThanks"),
    ("IBAN", 1, "can u send the money back to {idv:IBAN} instead, the card's been cancelled. its order "
                "{order}, {price}"),
    ("IBAN_INVALID", 1, "Your form keeps saying my IBAN {idv_bad:IBAN} is invalid. I copied it straight from "
                        "my banking app. Order {order}, you can ring me on {phone}."),
    ("ID", 1, "Dear Sir or Madam,\n\nYour Milan office asked for my codice fiscale ({idv:CF}) before they can "
              "release the parcel ({tracking}). A copy of my passport is attached, and my partita IVA is "
              "{idv:PIVA} in case the invoice needs it.\n\nBest wishes,\n"
              "{name}\n{phone}"),
    ("ID", 1, "Please reissue invoice {invoice} to my Italian company. {Ids:PIVA}, registered office {addr:it}."),
    ("ID", 1, "I'm in Athens on a work contract and the pharmacy says my prescription isn't linked. "
              "{Ids:AMKA}, and {idf:AFM} if you need it. Prescription dated {date}."),
    ("ID", 1, "hi, the receipt should have been an invoice (timologio) for my freelance work ({order}, "
              "{price}), {ids:AFM}, name on it {name}"),
    ("ID", 1, "Good afternoon, I'm ringing for my mother, the account holder in Cluj. Her CNP is "
              "{idv:CNP,~2f.ro} and her name is {name@2f:ro}. Account number {custno}."),
    ("ID", 1, "Moved to Tampere last year. For the credit check on order {order}: {ids:HETU}. Is it safe to "
              "send it here?"),
    ("ID", 1, "⟨Call {date} {time}, case {case}\n|Call recording – {date}, {time}\n"
              "|Ticket {ticket} – call transcript\n|⟩Agent: For security, can you confirm your {idl@a:NAT}?\n"
              "Caller: Sure, it's {idv@a}.\nAgent: {idv@a}. Lovely, thank you."),
    ("MULTI", 1, "Name: {name}\nEmail: {email}\nPhone: {phone}\n{idf:NAT}\n"
                 "{idf:PAY}\nSubject: Refund\nMessage: order {order} arrived damaged on {date}, box was crushed"),
    ("MULTI", 1, "--- Contact form ---\nfirst_name: {first}\nlast_name: {last}\n"
                 "email: {email}\ntelephone: {phone}\norder_ref: {order}\n"
                 "comments: please call after {time}, I work nights"),
    ("PHONE", 1, "{ts}{phone@c:wa}: hi, is the kettle ({product}) back in stock?\n"
                 "{ts}Brightkitchen Support: Hi! Yes, since {date}\n{ts}{phone@c:wa}: great, can you hold one "
                 "for me? it's {first}"),
    ("IBAN", 1, "{ts}{first}: refund still not here\n{ts}Holloway Outdoor: Sorry! Could you send the IBAN "
                "again?\n{ts}{first}: {idv:IBAN}"),
    ("PERSON", 1, "★★☆☆☆ Ordered on {date}, arrived {qty:N days} late and the kettle was scratched. Customer "
                  "service (ticket {ticket}) were polite but useless. – {first}, ⟨Leeds|Cork|Ohio|Swansea⟩"),
    ("PHONE", 1, "5 stars. {first@2} on the phone sorted my refund in ten minutes and even rang me back on "
                 "{phone}. Paid {price}, would buy again."),
    ("ADDRESS", 1, "Hi, parcel {tracking} was left at the wrong house. ⟨Correct address is|Should be⟩ {addr}. "
                   "Ta"),
    ("PHONE", 1, "Running late for the {time} repair slot (IMEI {imei}), call me on {phone} if that's a "
                 "problem."),
    ("MULTI", 1, "Hello,\n\nCould you please confirm the replacement for case {case} has shipped?\n"
                 "\nMany thanks\n\n{name}\nOperations Manager\nT: {phone:land}\n"
                 "M: {phone:mob}\n{email}"),
    ("ADDRESS", 1, "Dear team,\n\nI moved house on {date}; please update my delivery address to\n"
                   "{addr:ml}\nand keep my number {phone}.\n\nKind regards,\n"
                   "{name}"),
    ("PERSON", 1, "My husband {name@2m} placed the order ({order}) under his name but I'm the one paying, can "
                  "I change it to {name@1f}?"),
    ("PERSON", 1, "I spoke to {first@2} yesterday at {time} about case {case} and {g@2:he|she} promised a call "
                  "back. Nobody rang."),
    ("PERSON", 1, "this is {chatfull} btw, the account might still be under my maiden name {last@2f}"),
    ("EMAIL", 1, "⟨pls|please⟩ send invoice {invoice} to {email} not the old one"),
    ("IBAN", 1, "Refund request\nAmount: {price}\nReason: cancelled booking {booking}\n"
                "{idF:IBAN}\nAccount holder: {name}"),
    ("PHONE", 1, "Hey, I'm back in the States till {date}, best number is {phone:US}."),
    ("PHONE", 1, "About case {case}: you can reach me on {phone:IE} or on my work number {phone} before {time}."),
    ("ADDRESS", 1, "Please collect the faulty dishwasher ({product}) from {addr}, any weekday after {time}."),
    ("CARD", 1, "The card you have on file, \"{idv:CARD}\", was cancelled last month, so please don't charge "
                "it again for order {order}."),
    ("MULTI", 1, "I'm writing on behalf of my father, {name@2m:el}, who lives in Thessaloniki. His details: "
                 "{idf:AMKA,~2m.el}, {idf:AFM}. Policy {custno}."),
    ("PHONE", 1, "⟨Call {date} {time}, case {case}\n|Call recording – {date}, {time}\n"
                 "|Ticket {ticket} – call transcript\n|⟩Agent: What's the best number to reach you?\n"
                 "Customer: {phone@a}\nAgent: {phone@a}, got it.\nCustomer: or the landline, {phone:land}, "
                 "after six."),
    ("ID", 1, "⟨Call {date} {time}, case {case}\n|Call recording – {date}, {time}\n"
              "|Ticket {ticket} – call transcript\n|⟩Agent: I'll need your Finnish personal identity code for "
              "the credit check.\nCustomer: okay, it's {idv:HETU}\nAgent: Thanks, and a contact email?\n"
              "Customer: {email}\nAgent: And the order number?\nCustomer: {order}"),
    ("ID_INVALID", 1, "The checkout rejects {idv_bad:NAT} as invalid – is that because I'm not resident? Order "
                      "{order}. Call me on {phone} if easier."),
    ("CARD", 1, "payment_method: card\ncard_number: {idv:CARD}\nbilling_name: {chatfull}\n"
                "amount: {price}"),
    ("IBAN", 1, "Transfer details (copied from app):\nBeneficiary: {name}\n"
                "IBAN: {idv:IBAN}\nReference: {ref}\nAmount: {price}\nDate: {date}"),
    ("ID", 1, "hey, the courier in Bucharest needs my CNP for customs: {idv:CNP}. parcel {tracking} thx"),
    ("MULTI", 1, "Dear Sir,\n\nMy meter reading on {date} was {meter}, yet bill {invoice} estimates far more. "
                 "Please call me on {phone}.\n\nYours faithfully,\n{name}"),
    ("MULTI", 1, "hi\nso my name is {name}\n{idf:NAT}\norder {order}\npaid with {idv:CARD}\n"
                 "the thing never came"),
    ("ID", 1, "⟨Call {date} {time}, case {case}\n|Call recording – {date}, {time}\n"
              "|Ticket {ticket} – call transcript\n|⟩Agent: For the Italian invoice I need your {idl@a:CF} and "
              "the company's {idl@b:PIVA}.\nCustomer: Okay. Codice fiscale {idv@a}, and the partita IVA is "
              "{idv@b}."),
    ("ID_INVALID", 1, "Quick one: invoice {invoice} shows my {idl@a:NAT} as {idv_bad@a}. The right one is "
                      "{idv@a}."),
    ("PERSON", 1, "⟨Call {date} {time}, case {case}\n|Call recording – {date}, {time}\n"
                  "|Ticket {ticket} – call transcript\n|⟩[Agent {first@2f}] Hi, you're through to Returns.\n"
                  "[Customer] hi {chat@2f}, my refund for {rma} hasn't come through, I gave you {idv:IBAN}\n"
                  "[Agent {first@2f}] Sorry about that, let me check."),
    ("MULTI", 1, "Full name: {name}\n{idF:NAT,~1}\nMobile: {phone:mob}\nEmail: {email}\n"
                 "Date of request: {date}\n{idF:NAT}"),
    ("ID", 1, "⟨Call {date} {time}, case {case}\n|Call recording – {date}, {time}\n"
              "|Ticket {ticket} – call transcript\n|⟩Agent: And the VAT number for the invoice?\n"
              "Customer: It's Greek, {idv@a:AFM}.\nAgent: So that's {idv@a}.\n"
              "Customer: Yes."),
    ("ID_INVALID", 1, "tried to register with {idv_bad:NAT} and then {idv_bad:NAT}, neither works?? reply to "
                      "{email}, order {order}"),
    ("EMAIL", 1, "Could you change the email on account {custno} from {email} to {email}? Also, do you ship to "
                 "{postcode} yet?"),
    ("PHONE", 1, "new number, it's {first}: {phone}. the old one ({phone}) is gone since {date}"),
    ("CARD", 1, "The refund for {order} went to my old account. Please send it to {idv:IBAN}, not {idv:IBAN}."),
    ("IBAN", 1, "⟨Call {date} {time}, case {case}\n|Call recording – {date}, {time}\n"
                "|Ticket {ticket} – call transcript\n|⟩Agent: Which account should we refund?\n"
                "Customer: {idp@a:IBAN}\nAgent: Let me read it back: {idv@a}.\n"
                "Customer: Correct. The return was {rma}, on {date}."),
    ("ID", 1, "Hi, please update the Greek details on account {custno}: AFM {idv:AFM}, AMKA {idv:AMKA}. Order "
              "{order} was invoiced without them."),
    ("IBAN", 1, "{ts}{phone@c:wa}: Hi, I paid the deposit for booking {booking} by transfer from {idv:IBAN}\n"
                "{ts}Holloway Outdoor: Thanks, we'll check and confirm\n{ts}{phone@c:wa}: cheers"),
    ("ID", 1, "Customs form\n{idF:NAT}\nOrder: {order}\nValue: {price}\n"
              "Shipped: {date}"),
    ("ID", 1, "{ts}Visitor: hi, the warranty form wants my {idl@a:NAT}, is it ok to type it here?\n"
              "{ts}Brightkitchen Support: Yes, this chat is secure.\n{ts}Visitor: ok it's {idv@a}\n"
              "{ts}Visitor: and the card I paid with was {idv:CARD}"),
    ("PHONE", 1, "Pasted from my account page:\nOrder {order} | placed {date} {time}\n"
                 "Invoice {invoice} | total {price}\nTracking {tracking}\n"
                 "Contact phone {phone}\nStatus: delivered (it wasn't)"),
    ("ID", 1, "Our Italian supplier needs the buyer's partita IVA for the e-invoice: {idv:PIVA}. Their invoice "
              "{invoice} is on hold until then."),
    ("ID", 1, "My codice fiscale was printed wrong on invoice {invoice}; it should read {idv:CF}."),
    ("EMAIL", 1, "Hi, I can't log in. The account email is {email} and the number on it should be {phone}. "
                 "Order {order}."),
    ("ID_INVALID", 1, "Is {idv_bad:PAY} right? Your app says it's not valid. Booking {booking}, ring me on "
                      "{phone:mob}."),
    ("PHONE", 1, "Callback request\nName: {name}\nPhone: {phone}\nAlternative: {phone}\n"
                 "Best time: after {time}\nRegarding: order {order}"),
    ("CORRECTION", 1, "Caller: it's {idv_bad@a:NAT}... no wait, sorry, {idv@a}. And my number is {phone}."),
    ("MULTI", 1, "From: {email}\nSent: {date} {time}\nSubject: Order {order}\n"
                 "\nPlease call me on {phone}, the courier has my old number ({phone:mob})."),
    # no personal data
    ("NEG", 1, "order {order} placed {date} still says processing. tracking {tracking} hasnt moved since "
               "{time} yesterday"),
    ("NEG", 1, "Hi, I was charged {price} instead of {price} for {qty:N items}. Invoice {invoice}, ticket "
               "{ticket}. Can you fix it?"),
    ("NEG", 1, "The speaker (serial {serial}) stopped charging. It's on firmware {version}, bought in {year}."),
    ("NEG", 1, "Is there still {pct} off the {product}? The page says {price} but the app says {price}."),
    ("NEG", 1, "Meter reading today: {meter}. Previous reading {meter}. Account ref {custno}."),
    ("NEG", 1, "The phone's IMEI is {imei}, repair job {case}. Any update? Returns page {url} doesn't load."),
    ("CLEAN", 1, "hi do you deliver on sundays"),
    ("CLEAN", 1, "Thanks for sorting that out so quickly, really appreciated!"),
    ("CLEAN", 1, "What time does the Dublin store close on bank holidays?"),
    ("NEG", 1, "Please quote reference {ref} on the transfer. Also, do you deliver to {postcode}?"),
    ("CLEAN", 1, "the app keeps crashing when i open my basket, tried reinstalling, no luck"),
    ("NEG", 1, "Booking {booking} for {qty:N people} on {date} at {time}, can we make it {qty:N} instead?"),
]

TEMPLATES["it"] = [
    ("CARD", 1, "salve ho pagato due volte l'ordine {order} cn la carta {idv:CARD} mi rimborsate?? grz"),
    ("ID_INVALID", 1, "buongiorno, nn riesco a completare la registrazione, il sito dice che il cf "
                      "{idv_bad:CF} nn è valido... eppure è quello della tessera sanitaria. il mio cell è "
                      "{phone:mob}, ordine {order}"),
    ("MULTI", 1, "Buongiorno,\n\nvi chiedo di emettere la fattura per l'ordine {order} del {date} con i "
                 "seguenti dati:\n\n{name}\n{addr}\n{idF:CF}\n{idF:PIVA}\n"
                 "Codice destinatario: {sdi}\n\nGrazie e cordiali saluti"),
    ("IBAN", 1, "Gentile Servizio Clienti,\n\nin riferimento alla pratica {case}, vi comunico le coordinate "
                "per il rimborso di {price}:\nintestatario {name}\n{idF:IBAN}\n"
                "\nResto in attesa di un riscontro."),
    ("ID", 1, "⟨Trascrizione chiamata del {date}, ore {time}\n|Chiamata {date} {time} – pratica {case}\n"
              "|Ticket {ticket}\n|⟩Operatore: Mi può dare il codice fiscale dell'intestatario?\n"
              "Cliente: Sì, {idv@a:CF}.\nOperatore: Ripeto: {idv@a}. Corretto?\n"
              "Cliente: Corretto."),
    ("ID", 1, "⟨Trascrizione chiamata del {date}, ore {time}\n|Chiamata {date} {time} – pratica {case}\n"
              "|Ticket {ticket}\n|⟩OPERATORE: mi detta il codice fiscale?\n"
              "CLIENTE: allora... {idp@a:CF,~1}\nOPERATORE: perfetto, grazie {g:signor|signora} {last}"),
    ("CORRECTION", 1, "⟨Trascrizione chiamata del {date}, ore {time}\n|Chiamata {date} {time} – pratica "
                      "{case}\n|Ticket {ticket}\n|⟩Cliente: la partita IVA è {idv_bad@a:PIVA}\n"
                      "Operatore: il sistema non la accetta, può ricontrollare?\n"
                      "Cliente: ah mi scusi, ho sbagliato una cifra... è {idv@a}"),
    ("MULTI", 1, "Nome: {first}\nCognome: {last}\nE-mail: {email}\nCellulare: {phone:mob}\n"
                 "{idF:NAT}\nMessaggio: vorrei disdire il contratto n. {custno} a partire dal {date}, rimborso "
                 "su {idf:IBAN}"),
    ("PHONE", 1, "{ts}{phone@c:wa}: Buongiorno, il pacco {tracking} risulta consegnato ma non l'ho ricevuto\n"
                 "{ts}Casa Verde Assistenza: Buongiorno, verifichiamo subito con il corriere\n"
                 "{ts}{phone@c:wa}: grazie, sono a casa fino alle {time}"),
    ("IBAN", 1, "{ts}{first}: ti giro l'iban per il reso\n{ts}{first}: {idv:IBAN}\n"
                "{ts}Ferramenta Lumi: ricevuto 👍"),
    ("PERSON", 1, "Recensione ★★★★☆ – Prodotto arrivato in {qty:N giorni}, imballo ok. Peccato per il prezzo "
                  "salito a {price} ({pct} in più rispetto a marzo). {g@2:Gentilissimo|Gentilissima} {first@2} "
                  "dell'assistenza."),
    ("PHONE", 1, "il tecnico per la caldaia (matricola {serial}) doveva venire alle {time} ma non si è visto "
                 "nessuno. Richiamatemi al {phone} grazie"),
    ("MULTI", 1, "Spett.le Società,\n\n{g:il sottoscritto|la sottoscritta} {name}, {idf:CF,~1}, residente in "
                 "{addr}, chiede la rettifica della bolletta n. {invoice} (periodo {date} – {date}).\n"
                 "\nIn fede"),
    ("ID", 1, "Per l'attivazione della SIM mi chiedete il codice fiscale: eccolo, {idv:CF}. Il numero da "
              "portare è {phone:mob}, offerta da {price} al mese."),
    ("ID", 1, "Chiamo per conto di mia madre, {name@2f}, che non usa internet. {Idl@a:CF,~2f} è {idv@a}, il "
              "contratto è il n. {custno}."),
    ("ID", 1, "ciao, sono un libero professionista, mi servirebbe la fattura con la mia p.iva {idv:PIVA} per "
              "l'ordine {order} del {date}, grazie"),
    ("ID_INVALID", 1, "Buonasera,\nla fattura {invoice} riporta una partita IVA sbagliata ({idv_bad:PIVA}). "
                      "{Ids:PIVA}.\nSaluti"),
    ("CARD", 1, "Mi è arrivato un addebito di {price} sulla carta {idv:CARD} che non riconosco. Ho già "
                "bloccato la carta, ma vorrei sapere chi l'ha fatto."),
    ("CARD", 1, "Buongiorno,\nper il rinnovo dell'abbonamento uso una nuova carta: {idf:CARD}.\n"
                "Codice cliente {custno}, {idf:CF}.\nGrazie"),
    ("PHONE", 1, "mi potete richiamare al {phone}?? sto aspettando da {qty:N minuti} in linea x la pratica "
                 "{case}"),
    ("PHONE", 1, "Il numero fisso dell'ufficio è {phone:land}, il mio cellulare {phone:mob}. Chiedete di "
                 "{first}."),
    ("PHONE", 1, "Sono in Grecia fino al {date}, potete contattarmi al {phone:GR}."),
    ("ADDRESS", 1, "Vorrei cambiare l'indirizzo di consegna in {addr}, citofono {last}. Ordine {order}, "
                   "consegna prevista il {date}."),
    ("ADDRESS", 1, "il corriere nn trova casa mia... è {addr:chat}, tracking {tracking}"),
    ("EMAIL", 1, "mandatemi la conferma dell'ordine {order} a {email} per favore, l'altra casella è piena. "
                 "Spedite anche al CAP {postcode}?"),
    ("PERSON", 1, "Gentile {g@2:dott.|dott.ssa} {last@2},\n\nla ringrazio per la telefonata di ieri. Come "
                  "concordato le invio il mio CF {idv:CF} e il numero di pratica {case}."),
    ("PERSON", 1, "Ho parlato con un vostro collega, {g@2:un certo|una certa} {first@2}, che mi ha detto di "
                  "riscrivere qui. Ordine {order}."),
    ("PHONE", 1, "⟨Trascrizione chiamata del {date}, ore {time}\n|Chiamata {date} {time} – pratica {case}\n"
                 "|Ticket {ticket}\n|⟩Operatrice: A che numero la possiamo richiamare?\n"
                 "Cliente: {phone@a}\nOperatrice: {phone@a}, giusto?\nCliente: Sì, oppure il fisso "
                 "{phone:land}."),
    ("ID", 1, "Buongiorno. Mio marito è rumeno e per l'intestazione del contratto vi serve il suo CNP: "
              "{idv:CNP,~2m.ro}. Lui si chiama {name@2m:ro}. Attivazione dal {date}."),
    ("ID", 1, "Lavoro ad Atene e la farmacia mi chiede l'AMKA: {idv:AMKA}. Risulta anche a voi? Il mio AFM è "
              "{idv:AFM}. Ricetta del {date}."),
    ("ID", 1, "Mia figlia studia a Helsinki, il suo codice personale finlandese è {idv:HETU}, serve per la "
              "polizza n. {custno}."),
    ("ID", 1, "eccoti i dati: {idf:NAT}, {idf:NAT} x l'ordine {order}"),
    ("ID_INVALID", 1, "{chat} qui 🙂 il codice {idv_bad:CF} mi dà errore sul vostro sito, è normale? provo "
                      "anche con la p.iva {idv:PIVA}, carrello da {price}"),
    ("IBAN", 1, "Buonasera, vi scrivo il mio iban per il rimborso dell'ordine {order} del {date}: {idv:IBAN}"),
    ("PERSON", 1, "Esperienza pessima. Ordine {order} annullato senza motivo, rimborso di {price} arrivato "
                  "dopo {qty:N settimane}. L'unico gentile è stato {g@2:il signor|la signora} {last@2} al "
                  "telefono."),
    ("MULTI", 1, "Dati per il contratto luce:\nintestatario: {name}\n{idF:CF,~1}\n"
                 "POD: {supply}\nlettura contatore: {meter}\nrecapito: {phone}"),
    ("ID", 1, "⟨Trascrizione chiamata del {date}, ore {time}\n|Chiamata {date} {time} – pratica {case}\n"
              "|Ticket {ticket}\n|⟩Operatore: per la verifica mi conferma {idl@a:NAT}?\n"
              "Cliente: {idv@a}\nOperatore: grazie. E il numero di cellulare?\n"
              "Cliente: {phone}"),
    ("MULTI", 1, "Ditta individuale {name}\n{idF:PIVA}\n{idf:CF,~1}\nSede: {addr}\n"
                 "Tel. {phone}\n{email}"),
    ("PHONE", 1, "ok allora mi kiamo {chatfull} e il numero è {phone} ... il pacco {tracking} lasciatelo pure "
                 "al bar sotto casa"),
    ("CARD", 1, "⟨Trascrizione chiamata del {date}, ore {time}\n|Chiamata {date} {time} – pratica {case}\n"
                "|Ticket {ticket}\n|⟩Operatore: Può leggermi il numero della carta, a gruppi di quattro?\n"
                "Cliente: {idp@a:CARD}\nOperatore: Grazie. Quindi {idv@a}.\n"
                "Cliente: Esatto."),
    ("CORRECTION", 1, "⟨Trascrizione chiamata del {date}, ore {time}\n|Chiamata {date} {time} – pratica "
                      "{case}\n|Ticket {ticket}\n|⟩Cliente: le leggo l'IBAN: {idv_bad@a:IBAN}\n"
                      "Operatore: mi risulta un errore nel codice di controllo.\n"
                      "Cliente: mi scusi, ho letto male una cifra: {idv@a}"),
    ("MULTI", 1, "Buongiorno, scrivo per mio padre {name@2m} (CF {idv:CF,~2m}) che non usa internet. Per "
                 "qualsiasi cosa chiamate me al {phone}."),
    ("ID", 1, "Buongiorno, la nostra filiale di Salonicco ha bisogno della fattura con l'AFM greco {idv:AFM}. "
              "Partita IVA della sede italiana: {idv:PIVA}."),
    ("ID", 1, "il mio collega rumeno deve registrarsi, il suo CNP è {idv:CNP,~2m.ro}, scrivetegli a "
              "{email@2m:ro}, inizia il {date}"),
    ("CORRECTION", 1, "Buongiorno, nel modulo ho scritto «{idv_bad@a:CF}» ma è sbagliato: il codice fiscale "
                      "giusto è «{idv@a}». Potete correggere? Pratica {case}."),
    ("MULTI", 1, "Cliente: {name}\n{idf:PIVA}\nOrdine: {order} del {date}\n"
                 "Importo: {price}\nNote: fattura elettronica, codice SDI {sdi}"),
    ("IBAN", 1, "Il bonifico di {price} è partito dal conto {idv:IBAN} il {date}, CRO in allegato. Perché "
                "l'ordine {order} è ancora sospeso?"),
    ("ID", 1, "P.IVA {idv:PIVA} – C.F. {idv:CF}\nper la nota di credito relativa alla fattura {invoice}"),
    ("EMAIL", 1, "Vi prego di usare la PEC {email} per le comunicazioni sulla pratica {case}."),
    ("CORRECTION", 1, "nell'ordine {order} avevo scritto male la carta ({idv_bad@a:CARD}), quella giusta è "
                      "{idv@a}"),
    ("IBAN", 1, "⟨Trascrizione chiamata del {date}, ore {time}\n|Chiamata {date} {time} – pratica {case}\n"
                "|Ticket {ticket}\n|⟩Operatore: Su quale IBAN facciamo il rimborso?\n"
                "Cliente: {idp@a:IBAN}\nOperatore: Rileggo: {idv@a}.\nCliente: Sì. La pratica è la {case}."),
    ("ID", 1, "Spett.le ufficio,\nper la domiciliazione della bolletta {invoice}:\n"
              "{idF:IBAN}\n{idF:CF}\nData: {date}"),
    ("ID", 1, "{ts}Operatore Lumi: buongiorno, per la garanzia mi serve {idl@a:CF}\n"
              "{ts}Cliente: {idv@a}\n{ts}Cliente: e la p.iva {idv:PIVA} se serve la fattura"),
    ("ID", 1, "Oggetto: variazione dati anagrafici – contratto {custno}\n"
              "\nNuovi dati:\n{idF:CF}\n{idF:NAT}\ndecorrenza {date}"),
    ("ID", 1, "Buongiorno, sono il commercialista del cliente.\nRagione sociale: Studio Tecnico Associato\n"
              "P.IVA {idv:PIVA}\nLegale rappresentante, C.F. {idv:CF}\nFattura {invoice} del {date} da "
              "stornare."),
    ("ID", 1, "fattura a nome della ditta p.iva {idv:PIVA} grazie, ordine {order} da {price}"),
    ("CORRECTION", 1, "La P.IVA {idv_bad@a:PIVA} che avete in anagrafica è sbagliata, quella giusta è {idv@a}. "
                      "Cliente n. {custno}."),
    ("PHONE", 1, "Riepilogo ordine (copiato dall'app)\nOrdine: {order}\nData: {date} {time}\n"
                 "Fattura: {invoice}\nTotale: {price}\nSpedizione: {tracking}\n"
                 "Telefono: {phone}"),
    ("ID", 1, "⟨Trascrizione chiamata del {date}, ore {time}\n|Chiamata {date} {time} – pratica {case}\n"
              "|Ticket {ticket}\n|⟩Operatore: mi ripete la partita IVA?\n"
              "Cliente: {idp@a:PIVA}\nOperatore: quindi {idv@a}\nCliente: sì"),
    ("ID", 1, "Intestazione fattura: Bar Centrale di {name}\nP.IVA {idv:PIVA}\n"
              "Codice SDI {sdi}\nOrdine {order}"),
    ("ID", 1, "Il nostro cliente di Atene ha AFM {idv:AFM}: va indicato nella fattura {invoice} del {date}."),
    ("ID", 1, "⟨Trascrizione chiamata del {date}, ore {time}\n|Chiamata {date} {time} – pratica {case}\n"
              "|Ticket {ticket}\n|⟩Operatore: codice fiscale?\nCliente: {idv@a:CF}\n"
              "Operatore: e quello del cointestatario?\nCliente: {idv@b:CF}\n"
              "Operatore: ok, {idv@a} e {idv@b}. Pratica {case}."),
    ("PHONE", 1, "Per la consegna del {date}: se non rispondo al {phone}, chiamate mia moglie al {phone}."),
    ("EMAIL", 1, "Non riesco ad accedere: l'e-mail dell'account è {email}, il cellulare {phone:mob}. Ordine "
                 "{order}."),
    ("ID_INVALID", 1, "Il vostro modulo rifiuta {idv_bad:CF,PIVA}, ho controllato sul tesserino. Mi chiamate "
                      "al {phone}?"),
    ("ADDRESS", 1, "Spedite il ricambio a {addr}, non all'indirizzo vecchio. Conferma a {email}, grazie."),
    ("PHONE", 1, "Richiesta di richiamata\nNome: {name}\nTelefono: {phone}\n"
                 "Altro recapito: {phone}\nFascia oraria: dopo le {time}\n"
                 "Riferimento: ordine {order}"),
    ("CORRECTION", 1, "Cliente: è {idv_bad@a:NAT}... no, aspetti, {idv@a}. E il mio numero è {phone}."),
    ("MULTI", 1, "Da: {email}\nInviato: {date} {time}\nOggetto: ordine {order}\n"
                 "\nRichiamatemi al {phone}, il corriere ha il mio vecchio numero ({phone:mob})."),
    # no personal data
    ("NEG", 1, "Buongiorno, l'ordine {order} del {date} risulta ancora \"in lavorazione\". Il tracking "
               "{tracking} è fermo da {qty:N giorni}."),
    ("NEG", 1, "Ho pagato {price} ma in fattura {invoice} risulta {price}. Lo sconto del {pct} non è stato "
               "applicato?"),
    ("NEG", 1, "La lavatrice mod. {product}, matricola {serial}, comprata nel {year}, perde acqua. È ancora in "
               "garanzia?"),
    ("NEG", 1, "Lettura contatore del {date}: {meter}. Codice PDR {supply}."),
    ("NEG", 1, "Consegnate anche al CAP {postcode}? Sul sito {url} non lo trovo."),
    ("CLEAN", 1, "ciao a che ora chiude il negozio di corso buenos aires il sabato?"),
    ("CLEAN", 1, "Grazie mille per la pazienza, tutto risolto!"),
    ("CLEAN", 1, "L'app si blocca quando provo ad aggiungere un prodotto al carrello, avete idea del perché?"),
    ("NEG", 1, "Ticket {ticket}: ho aggiornato il firmware alla {version} ma il problema resta."),
    ("NEG", 1, "Vorrei prenotare per {qty:N persone} il {date} alle {time}. Il {pct} di sconto vale ancora?"),
    ("CLEAN", 1, "buonasera, il reso si può fare anche in negozio o solo tramite corriere?"),
    ("NEG", 1, "Il rimborso della pratica {case} di {price} non è ancora arrivato, sono passati {qty:N "
               "giorni}. Bonifico con {ref}?"),
]

TEMPLATES["el"] = [
    ("PHONE", 1, "καλησπερα, εχω παραγγελια {order} κ δν εχει ερθει τπτ ακομα... το τηλ μου ειναι {phone}"),
    ("ID", 1, "Γεια σας, θα ήθελα τιμολόγιο και όχι απόδειξη για την παραγγελία {order}. {Ids:AFM}, ΔΟΥ Α' "
              "Αθηνών."),
    ("MULTI", 1, "Καλημέρα σας,\n\nπαρακαλώ να εκδοθεί τιμολόγιο με τα εξής στοιχεία:\n"
                 "Επωνυμία: {name}\n{idF:AFM}\nΔΟΥ: Καλαμαριάς\nΔιεύθυνση: {addr}\n"
                 "Τηλ.: {phone}\nΠαραγγελία: {order}\n\nΕυχαριστώ"),
    ("ID", 1, "⟨Κλήση {date}, {time}\n|Καταγραφή κλήσης – αίτημα {ticket}\n"
              "|Κλήση {date}, αρ. υπόθεσης {case}\n|⟩Εκπρόσωπος: Μου λέτε τον ΑΜΚΑ σας;\n"
              "Πελάτης: Ναι, {idv@a:AMKA}.\nΕκπρόσωπος: Επαναλαμβάνω, {idv@a}, σωστά;\n"
              "Πελάτης: Σωστά."),
    ("ID", 1, "⟨Κλήση {date}, {time}\n|Καταγραφή κλήσης – αίτημα {ticket}\n"
              "|Κλήση {date}, αρ. υπόθεσης {case}\n|⟩ΕΚΠΡΟΣΩΠΟΣ: Και ο ΑΦΜ;\n"
              "ΠΕΛΑΤΗΣ: {idp@a:AFM}\nΕΚΠΡΟΣΩΠΟΣ: Ευχαριστώ {g:κύριε|κυρία} {last:voc}."),
    ("CORRECTION", 1, "⟨Κλήση {date}, {time}\n|Καταγραφή κλήσης – αίτημα {ticket}\n"
                      "|Κλήση {date}, αρ. υπόθεσης {case}\n|⟩Πελάτισσα: ο ΑΜΚΑ είναι {idv_bad@a:AMKA,~cf}\n"
                      "Εκπρόσωπος: Δεν τον βρίσκω στο σύστημα, μήπως κάποιο ψηφίο είναι λάθος;\n"
                      "Πελάτισσα: Α συγγνώμη, {idv@a}"),
    ("MULTI", 1, "Όνομα: {first}\nΕπώνυμο: {last}\nEmail: {email}\nΚινητό: {phone:mob}\n"
                 "{idF:AMKA}\nΜήνυμα: Θέλω να ακυρώσω το ραντεβού της {date} στις {time}. {idf:AMKA,AFM}"),
    ("PHONE", 1, "{ts}{phone@c:wa}: Καλησπέρα, το δέμα {tracking} γράφει ότι επιστράφηκε\n"
                 "{ts}TechMarket Εξυπηρέτηση: Καλησπέρα σας, θα το ελέγξουμε άμεσα\n"
                 "{ts}{phone@c:wa}: Ευχαριστώ, είμαι σπίτι μέχρι τις {time}"),
    ("IBAN", 1, "{ts}{first}: σας στέλνω το IBAN για την επιστροφή\n{ts}{first}: {idv:IBAN}\n"
                "{ts}Κήπος & Σπίτι: οκ, το πήραμε"),
    ("PERSON", 1, "★☆☆☆☆ Η παράδοση άργησε {qty:N μέρες}, το ψυγείο ήρθε χτυπημένο και η επιστροφή των {price} "
                  "ακόμα περιμένει. Μόνο η κυρία {last@2f} από την εξυπηρέτηση βοήθησε."),
    ("PHONE", 1, "Καλησπέρα, ο τεχνικός για το κλιματιστικό ({serial}) δεν ήρθε στις {time} όπως είχαμε πει "
                 "(αίτημα {ticket}), πάρτε με στο {phone}."),
    ("PERSON", 1, "Αγαπητ{g@2:έ κύριε|ή κυρία} {last@2:voc},\n\nσας στέλνω όπως συζητήσαμε τον ΑΦΜ μου, "
                  "{idv:AFM}, και τον αριθμό αίτησης {case}.\n\nΜε εκτίμηση"),
    ("PERSON", 1, "Μίλησα χθες με {g@2:τον|την} {name@2:acc} και μου είπε ότι η επιστροφή θα γίνει μέσα σε "
                  "{qty:N εργάσιμες}. Ακόμα τίποτα. Παραγγελία {order}."),
    ("PERSON", 1, "Ονομάζομαι {name} και είμαι πελάτης σας από το {year}. Ο λογαριασμός {invoice} έχει λάθος "
                  "χρέωση {price}."),
    ("ADDRESS", 1, "γεια σας, με λένε {name:acc}, έκανα την παραγγελία {order} και θέλω να αλλάξω τη διεύθυνση "
                   "σε {addr}"),
    ("CARD", 1, "Χρεώθηκα δύο φορές {price} στην κάρτα {idv:CARD}. Μπορείτε να ακυρώσετε τη μία χρέωση;"),
    ("CARD", 1, "⟨Κλήση {date}, {time}\n|Καταγραφή κλήσης – αίτημα {ticket}\n"
                "|Κλήση {date}, αρ. υπόθεσης {case}\n|⟩Εκπρόσωπος: Τον αριθμό της κάρτας, παρακαλώ.\n"
                "Πελάτης: {idv@a:CARD}\nΕκπρόσωπος: {idv@a}. Και ένα τηλέφωνο επικοινωνίας;\n"
                "Πελάτης: {phone}"),
    ("IBAN", 1, "Καλησπέρα,\n\nγια την επιστροφή του ποσού των {price} (επιστροφή {rma}) ο λογαριασμός μου "
                "είναι:\n{idF:IBAN}\nΔικαιούχος: {name}\n\nΕυχαριστώ πολύ"),
    ("IBAN_INVALID", 1, "Η φόρμα δεν δέχεται το ΙΒΑΝ {idv_bad:IBAN}, το αντέγραψα από το e-banking. Τι κάνω "
                        "λάθος; Παραγγελία {order}, τηλ. {phone}"),
    ("PHONE", 1, "Το σταθερό του σπιτιού είναι {phone:land}, αλλά προτιμώ στο κινητό {phone:mob}."),
    ("PHONE", 1, "Από Δευτέρα είμαι Ιταλία, καλέστε με στο {phone:IT} μέχρι τις {date}."),
    ("ADDRESS", 1, "Παρακαλώ η παράδοση να γίνει στη διεύθυνση {addr}, 2ος όροφος, κουδούνι {last}. Παραγγελία "
                   "{order}, παράδοση {date}."),
    ("EMAIL", 1, "στειλτε μου την αποδειξη {invoice} στο {email} ευχαριστω. στελνετε και σε ΤΚ {postcode};"),
    ("ID", 1, "Για την ασφαλιστική κάλυψη χρειάζεστε τον ΑΜΚΑ του παιδιού: {idv:AMKA}. Ο δικός μου είναι "
              "{idv:AMKA}. Αίτηση {case}."),
    ("MULTI", 1, "Στοιχεία ασφαλισμένου\n{idF:AMKA}\n{idF:AFM}\nΟνοματεπώνυμο: {name}\n"
                 "Ημ/νία αίτησης: {date}"),
    ("ID", 1, "καλησπερα ο αφμ μου ειναι {idv:AFM} για το τιμολογιο της παραγγελιας {order}, ευχαριστω"),
    ("ID", 1, "VAT: {idv:AFM} (είμαι ελεύθερος επαγγελματίας), παρακαλώ για ενδοκοινοτικό τιμολόγιο στην "
              "παραγγελία {order}."),
    ("MULTI", 1, "Γράφω για τη μητέρα μου, {name@2f}, που δεν έχει email. Ο ΑΜΚΑ της είναι {idv:AMKA,~2f} και "
                 "το κινητό της {phone:mob}."),
    ("PHONE", 1, "⟨Κλήση {date}, {time}\n|Καταγραφή κλήσης – αίτημα {ticket}\n"
                 "|Κλήση {date}, αρ. υπόθεσης {case}\n|⟩Εκπρόσωπος: Σε ποιο τηλέφωνο να σας καλέσουμε;\n"
                 "Πελάτης: {phone@a}\nΕκπρόσωπος: {phone@a}. Υπάρχει και δεύτερο;\n"
                 "Πελάτης: Το σταθερό, {phone:land}."),
    ("ID", 1, "Δουλεύω στο Μιλάνο και η ιταλική εταιρεία μου ζητάει το codice fiscale: {idv:CF}. Μπορείτε να "
              "το περάσετε στο προφίλ μου; Πελάτης {custno}."),
    ("ID", 1, "Ο γιος μου σπουδάζει στη Φινλανδία, ο φινλανδικός αριθμός του (henkilötunnus) είναι "
              "{idv:HETU,~sm.fi}. Η ασφάλεια λήγει {date}."),
    ("ID", 1, "Η σύζυγός μου είναι από τη Ρουμανία, CNP {idv:CNP,~wf.ro}, και θέλουμε κοινό λογαριασμό. Ο "
              "δικός μου ΑΜΚΑ: {idv:AMKA}."),
    ("ID", 1, "Το τιμολόγιο πρέπει να βγει στην ιταλική εταιρεία, partita IVA {idv:PIVA}, όχι στον δικό μου "
              "ΑΦΜ ({idv:AFM}). Παραγγελία {order}, σύνολο {price}."),
    ("ID_INVALID", 1, "μου βγαζει λαθος ο αμκα {idv_bad:AMKA} ενω ειναι σωστος!! ραντεβου {date} {time}, τηλ "
                      "{phone}"),
    ("MULTI", 1, "Καλημέρα,\nσας επισυνάπτω το τιμολόγιο {invoice} ποσού {price}.\n"
                 "\nΜε εκτίμηση,\n\n{name}\nΛογιστήριο\nΤηλ.: {phone}\nFax: {phone:land}\n"
                 "Email: {email}"),
    ("PERSON", 1, "Η παραγγελία είναι στο όνομα {g:του|της} {name:gen}, αλλά την πληρώνω εγώ ({price}). "
                  "{Ids:CARD}."),
    ("PHONE", 1, "γεια, {g:ο|η} {chat} εδω 🙂 μπορειτε να με παρετε στο {phone};"),
    ("ID", 1, "⟨Κλήση {date}, {time}\n|Καταγραφή κλήσης – αίτημα {ticket}\n"
              "|Κλήση {date}, αρ. υπόθεσης {case}\n|⟩Εκπρόσωπος: Για την ταυτοποίηση, μου λέτε {idl@a:NAT};\n"
              "Πελάτης: Ναι, είναι {idv@a}.\nΕκπρόσωπος: {idv@a}, ευχαριστώ πολύ."),
    ("CARD", 1, "⟨Κλήση {date}, {time}\n|Καταγραφή κλήσης – αίτημα {ticket}\n"
                "|Κλήση {date}, αρ. υπόθεσης {case}\n|⟩Πελάτης: ο αριθμός είναι {idp@a:CARD}\n"
                "Εκπρόσωπος: μου τον ξαναλέτε λίγο πιο αργά;\nΠελάτης: {idv@a}"),
    ("MULTI", 1, "Αριθμός παροχής {supply}, ένδειξη μετρητή {meter}. Ο λογαριασμός είναι στο όνομα {g:του|της} "
                 "{name:gen}, ΑΦΜ {idv:AFM}, και θέλω να τον μεταφέρω σε μένα."),
    ("IBAN", 1, "το iban μου {idv:IBAN} για την επιστροφη της παραγγελιας {order} ({price}), ευχαριστω"),
    ("PHONE", 1, "Πολύ εξυπηρετικοί! {g@2:Ο κ.|Η κ.} {last@2} με πήρε πίσω στο {phone} μέσα σε {qty:N λεπτά}."),
    ("ID_INVALID", 1, "Καλησπέρα, στο τιμολόγιο {invoice} γράψατε ΑΦΜ {idv_bad@a:AFM}, ενώ ο σωστός είναι "
                      "{idv@a}."),
    ("CORRECTION", 1, "⟨Κλήση {date}, {time}\n|Καταγραφή κλήσης – αίτημα {ticket}\n"
                      "|Κλήση {date}, αρ. υπόθεσης {case}\n|⟩Πελάτης: ο ΑΦΜ είναι «{idv_bad@a:AFM}»\n"
                      "Εκπρόσωπος: Το σύστημα λέει ότι δεν είναι έγκυρος.\nΠελάτης: Συγγνώμη, «{idv@a}», το "
                      "είχα γράψει λάθος."),
    ("CARD", 1, "Καλημέρα. Πληρώνω με άλλη κάρτα, {idf:CARD}, γιατί η παλιά έληξε. Κράτηση {booking}."),
    ("ID", 1, "Α.Φ.Μ. {idv:AFM} / Α.Μ.Κ.Α. {idv:AMKA}\nγια την αίτηση {case}"),
    ("EMAIL", 1, "Παρακαλώ αλλάξτε το email του λογαριασμού {custno} σε {email}, το παλιό δεν το χρησιμοποιώ."),
    ("ID", 1, "Ο πατέρας μου είναι συνταξιούχος, ΑΜΚΑ {idv:AMKA,~fm}, και δικαιούται την έκπτωση {pct}."),
    ("IBAN", 1, "⟨Κλήση {date}, {time}\n|Καταγραφή κλήσης – αίτημα {ticket}\n"
                "|Κλήση {date}, αρ. υπόθεσης {case}\n|⟩Εκπρόσωπος: Σε ποιο IBAN να γίνει η επιστροφή;\n"
                "Πελάτης: {idp@a:IBAN}\nΕκπρόσωπος: Το διαβάζω: {idv@a}.\n"
                "Πελάτης: Σωστό. Η επιστροφή είναι η {rma}."),
    ("ID", 1, "{ts}Εκπρόσωπος: Καλησπέρα, για την εγγύηση χρειάζομαι {idl@a:AMKA}\n"
              "{ts}Επισκέπτης: {idv@a}\n{ts}Επισκέπτης: και ΑΦΜ {idv:AFM} αν θέλετε τιμολόγιο"),
    ("ID", 1, "Θέμα: Αλλαγή στοιχείων – συμβόλαιο {custno}\n\n{idF:AFM}\n"
              "{idF:AMKA}\n{idF:PAY}\nΙσχύει από {date}"),
    ("IBAN", 1, "Καλησπέρα, η επιστροφή των {price} πήγε σε παλιό λογαριασμό. Στείλτε τη στο {idv:IBAN} και "
                "όχι στο {idv:IBAN}."),
    ("ID", 1, "Για το τιμολόγιο της ιταλικής μας θυγατρικής: partita IVA {idv:PIVA}, υπεύθυνος με codice "
              "fiscale {idv:CF}. Παραγγελία {order}."),
    ("ID", 1, "Ο ΑΜΚΑ μου {idv:AMKA} δεν εμφανίζεται στη συνταγή της {date}. Αριθμός αιτήματος {ticket}."),
    ("ID", 1, "ΑΜΚΑ: {idv:AMKA}\nΑΦΜ: {idv:AFM}\nΑρ. παραγγελίας: {order}\n"
              "Ημερομηνία: {date}"),
    ("PHONE", 1, "Στοιχεία παραγγελίας\nΑρ. παραγγελίας: {order}\nΗμερομηνία: {date} {time}\n"
                 "Παραστατικό: {invoice}\nΣύνολο: {price}\nΑποστολή: {tracking}\n"
                 "Κινητό: {phone:mob}"),
    ("ID", 1, "⟨Κλήση {date}, {time}\n|Καταγραφή κλήσης – αίτημα {ticket}\n"
              "|Κλήση {date}, αρ. υπόθεσης {case}\n|⟩Εκπρόσωπος: Ο ΑΜΚΑ του ασφαλισμένου;\n"
              "Πελάτης: {idp@a:AMKA}\nΕκπρόσωπος: Δηλαδή {idv@a}.\nΠελάτης: Ναι."),
    ("ID", 1, "καλησπερα, ο αμκα της γιαγιας μου ειναι {idv:AMKA} κ ο δικος μου {idv:AMKA}, για την ανανεωση "
              "της συνταγης {ticket}"),
    ("ID", 1, "Η ιταλική εταιρεία με partita IVA {idv:PIVA} θα πληρώσει το τιμολόγιο {invoice} των {price}."),
    ("ID", 1, "Καλημέρα, στείλτε το τιμολόγιο της παραγγελίας {order} με ΑΦΜ {idv:AFM}, ΔΟΥ Ιωαννίνων. Η "
              "πληρωμή έγινε στις {date}."),
    ("ID", 1, "⟨Κλήση {date}, {time}\n|Καταγραφή κλήσης – αίτημα {ticket}\n"
              "|Κλήση {date}, αρ. υπόθεσης {case}\n|⟩Πελάτης: ΑΦΜ {idv@a:AFM}, ΑΜΚΑ {idv@b:AMKA}\n"
              "Εκπρόσωπος: Επιβεβαιώνω: ΑΦΜ {idv@a}, ΑΜΚΑ {idv@b}, αίτηση {case} της {date}."),
    ("MULTI", 1, "Α/Α παραγγελίας: {order}\nΗμ/νία: {date} {time}\nΠαραλήπτης: {name}\n"
                 "ΑΦΜ: {idv:AFM}\nΣύνολο: {price}\nΤρόπος πληρωμής: αντικαταβολή"),
    ("PHONE", 1, "Για την παράδοση της {date}: αν δεν απαντάω στο {phone}, πάρτε τη γυναίκα μου στο {phone}."),
    ("EMAIL", 1, "Δεν μπορώ να συνδεθώ. Το email του λογαριασμού είναι {email} και το κινητό {phone:mob}. "
                 "Παραγγελία {order}."),
    ("ID_INVALID", 1, "Η εφαρμογή λέει ότι ο αριθμός {idv_bad:AMKA,AFM} δεν είναι έγκυρος. Ραντεβού {date}, "
                      "τηλ. {phone}"),
    ("ADDRESS", 1, "Νέα διεύθυνση αποστολής: {addr}. Για ό,τι χρειαστεί: {phone}, {email}"),
    ("PHONE", 1, "Αίτημα επανάκλησης\nΌνομα: {name}\nΤηλέφωνο: {phone}\nΔεύτερο τηλέφωνο: {phone}\n"
                 "Ώρα: μετά τις {time}\nΘέμα: παραγγελία {order}"),
    ("CORRECTION", 1, "Πελάτης: είναι {idv_bad@a:AMKA,AFM}... όχι, συγγνώμη, {idv@a}. Και το τηλέφωνό μου "
                      "{phone}."),
    ("MULTI", 1, "Από: {email}\nΑπεστάλη: {date} {time}\nΘέμα: Παραγγελία {order}\n"
                 "\nΠάρτε με στο {phone}, ο κούριερ έχει το παλιό μου κινητό ({phone:mob})."),
    # no personal data
    ("NEG", 1, "Η παραγγελία {order} από τις {date} ακόμα σε επεξεργασία. Ο αριθμός αποστολής {tracking} δεν "
               "δείχνει κίνηση."),
    ("NEG", 1, "Πλήρωσα {price} αλλά η έκπτωση {pct} δεν εφαρμόστηκε. Απόδειξη {invoice}."),
    ("NEG", 1, "Το κλιματιστικό μοντέλο {product}, σειριακός {serial}, αγορά {year}, δεν ψύχει."),
    ("NEG", 1, "Ένδειξη μετρητή στις {date}: {meter}. Αριθμός αιτήματος {ticket}."),
    ("CLEAN", 1, "Καλησπέρα, κάνετε αποστολή και στα νησιά;"),
    ("CLEAN", 1, "ευχαριστω πολυ για τη βοηθεια!!"),
    ("CLEAN", 1, "Τι ώρα ανοίγει το κατάστημα στην Τσιμισκή το Σάββατο;"),
    ("NEG", 1, "Το κινητό με IMEI {imei} είναι στο σέρβις από τις {date}, αριθμός επισκευής {case}."),
    ("NEG", 1, "Κράτηση {booking} για {qty:N άτομα} στις {date}, ώρα {time}. Μπορούμε να γίνουμε {qty:N};"),
    ("CLEAN", 1, "Η εφαρμογή κολλάει όταν πάω να πληρώσω, έχει κανείς άλλος το ίδιο πρόβλημα;"),
    ("NEG", 1, "Στέλνετε σε Τ.Κ. {postcode}; Δεν το βρίσκω στη λίστα του {url}."),
    ("NEG", 1, "Αναβάθμισα στην έκδοση {version} και το πρόβλημα παραμένει. Κωδικός πληρωμής {ref}."),
]

TEMPLATES["ro"] = [
    ("CARD", 1, "buna ziua, comanda {order} nu a ajuns nici acum, am platit {price} cu cardul {idv:CARD}"),
    ("PHONE", 1, "salut, ma numesc {chatfull}, am sunat de 3 ori azi... va rog sunati-ma la {phone}, comanda "
                 "{order}"),
    ("MULTI", 1, "Bună ziua,\n\nvă rog să emiteți factura pentru comanda {order} pe persoană fizică:\n"
                 "Nume: {name}\n{idF:CNP,~1}\nAdresă: {addr}\nTelefon: {phone}\n"
                 "\nMulțumesc"),
    ("ID", 1, "⟨Apel din {date}, ora {time}\n|Transcriere apel – tichet {ticket}\n"
              "|Apel {date}, dosar {case}\n|⟩Operator: Îmi spuneți vă rog CNP-ul titularului?\n"
              "Client: Da, {idv@a:CNP}.\nOperator: Am notat {idv@a}. Corect?\n"
              "Client: Corect."),
    ("ID", 1, "⟨Apel din {date}, ora {time}\n|Transcriere apel – tichet {ticket}\n"
              "|Apel {date}, dosar {case}\n|⟩OPERATOR: și codul numeric personal?\n"
              "CLIENT: {idp@a:CNP,~1}\nOPERATOR: mulțumesc, {g:domnule|doamnă} {last}."),
    ("CORRECTION", 1, "⟨Apel din {date}, ora {time}\n|Transcriere apel – tichet {ticket}\n"
                      "|Apel {date}, dosar {case}\n|⟩Clientă: CNP-ul meu este {idv_bad@a:CNP,~cf}\n"
                      "Operator: Sistemul spune că nu e valid, puteți verifica pe buletin?\n"
                      "Clientă: Aveți dreptate, am greșit o cifră: {idv@a}"),
    ("MULTI", 1, "Nume: {last}\nPrenume: {first}\nE-mail: {email}\nTelefon: {phone}\n"
                 "{idF:CNP,~1}\nMesaj: doresc rezilierea contractului {custno} începând cu {date}"),
    ("PHONE", 1, "{ts}{phone@c:wa}: Bună ziua, coletul {tracking} apare livrat dar nu l-am primit\n"
                 "{ts}ElectroShop Suport: Bună ziua! Verificăm cu curierul\n"
                 "{ts}{phone@c:wa}: Mulțumesc, sunt acasă până la {time}"),
    ("IBAN", 1, "{ts}{first}: vă trimit IBAN-ul pentru retur\n{ts}{first}: {idv:IBAN}\n"
                "{ts}Grădina Verde: Am primit, mulțumim!"),
    ("PERSON", 1, "★★☆☆☆ Produsul a venit după {qty:N zile}, cutia era deteriorată. Banii ({price}) i-am "
                  "primit înapoi abia după ce am sunat de trei ori. Mulțumiri {g@2:domnului|doamnei} {last@2} "
                  "de la suport."),
    ("PHONE", 1, "Buna, curierul a sunat cand eram la serviciu. Puteti livra maine dupa {time}? Tel {phone}"),
    ("IBAN", 1, "Stimat{g@2:e domnule|ă doamnă} {last@2},\n\nvă trimit, așa cum am discutat, IBAN-ul pentru "
                "rambursare: {idv:IBAN}.\nNumărul dosarului este {case}.\n"
                "\nCu stimă"),
    ("PERSON", 1, "Mă numesc {name} și am o problemă cu factura {invoice}: mi s-au facturat {price} în loc de "
                  "{price}."),
    ("PERSON", 1, "Numele meu este {name}, am comandat pe {date} un aspirator ({product}) și vreau să-l "
                  "returnez. {Ids:CNP,~1}."),
    ("PERSON", 1, "Am lăsat coletul {first@2f:dat}, vecina de la etajul 2, pentru că nu eram acasă. Se poate "
                  "ridica de la ea? AWB {tracking}"),
    ("IBAN", 1, "⟨Apel din {date}, ora {time}\n|Transcriere apel – tichet {ticket}\n"
                "|Apel {date}, dosar {case}\n|⟩Operator: În ce cont doriți returnarea banilor?\n"
                "Client: IBAN-ul meu este {idv@a:IBAN}\nOperator: Repet: {idv@a}.\n"
                "Client: Da, exact."),
    ("IBAN_INVALID", 1, "Site-ul îmi spune că {idv_bad:IBAN} nu e un IBAN valid, deși l-am copiat din "
                        "aplicația băncii. Ce fac? Comanda {order}, tel. {phone}"),
    ("CARD", 1, "Mi s-au retras {price} de două ori de pe cardul {idv:CARD}. Vă rog anulați una dintre "
                "tranzacții."),
    ("CARD", 1, "⟨Apel din {date}, ora {time}\n|Transcriere apel – tichet {ticket}\n"
                "|Apel {date}, dosar {case}\n|⟩Client: numărul cardului... {idp@a:CARD}\n"
                "Operator: mulțumesc, deci {idv@a}?\nClient: Da."),
    ("PHONE", 1, "Numărul fix de acasă este {phone:land}, dar mai ușor mă prindeți pe mobil la {phone:mob}."),
    ("PHONE", 1, "Lucrez în Italia până pe {date}, sunați-mă la {phone:IT} vă rog."),
    ("ADDRESS", 1, "Vă rog să schimbați adresa de livrare în {addr}. Interfonul nu merge, sunați-mă la {phone} "
                   "când ajungeți. Comanda {order}."),
    ("ADDRESS", 1, "curierul nu gaseste blocul... adresa e {addr:chat}, va rog sa-i dati numarul meu {phone}"),
    ("EMAIL", 1, "trimiteti factura {invoice} pe mail la {email} va rog. Livrati si la codul postal {postcode}?"),
    ("ID", 1, "Sun pentru bunica mea, {name@2f}, care nu se descurcă cu internetul. CNP-ul ei este "
              "{idv:CNP,~2f}. Contract {custno}."),
    ("ID", 1, "cnp {idv:CNP} pt factura comenzii {order}, multumesc"),
    ("CORRECTION", 1, "Pe contract apare CNP-ul „{idv_bad@a:CNP}”, dar al meu corect este „{idv@a}”. Vă rog "
                      "corectați. Contract {custno} din {date}."),
    ("MULTI", 1, "{g:Subsemnatul|Subsemnata} {name}, {idf:CNP,~1}, {g:domiciliat|domiciliată} în {addr}, "
                 "solicit returnarea sumei de {price} în contul {idv:IBAN}."),
    ("PHONE", 1, "⟨Apel din {date}, ora {time}\n|Transcriere apel – tichet {ticket}\n"
                 "|Apel {date}, dosar {case}\n|⟩Operator: La ce număr vă putem contacta?\n"
                 "Client: {phone@a}\nOperator: {phone@a}, da. Mai aveți unul?\n"
                 "Client: Și fixul, {phone:land}."),
    ("ID", 1, "⟨Apel din {date}, ora {time}\n|Transcriere apel – tichet {ticket}\n"
              "|Apel {date}, dosar {case}\n|⟩Operator: Pentru verificare, îmi spuneți {idl@a:NAT}?\n"
              "Client: Sigur, {idv@a}.\nOperator: Deci {idv@a}. Mulțumesc."),
    ("ID", 1, "Lucrez la Torino și firma italiană îmi cere codice fiscale; al meu este {idv:CF}. Îl puteți "
              "trece în contul meu? Comanda {order}."),
    ("ID", 1, "Am lucrat în Grecia și am și AMKA: {idv:AMKA}. E nevoie de el pentru dosar? CNP-ul meu e "
              "{idv:CNP}."),
    ("ID", 1, "Factura trebuie emisă pe firma din Salonic, AFM {idv:AFM}. Comanda {order}."),
    ("ID", 1, "Fratele meu locuiește la Espoo; codul lui personal finlandez e {idv:HETU,~bm.fi}. Polița începe "
              "pe {date}."),
    ("ID", 1, "Firma parteneră din Italia are partita IVA {idv:PIVA}, vă rog s-o treceți pe factura {invoice}."),
    ("MULTI", 1, "Index contor la data de {date}: {meter}. Cod client {custno}. Titular: {name}, CNP "
                 "{idv:CNP,~1}."),
    ("IBAN", 1, "Salut! Am trimis banii din contul {idv:IBAN}, verificati va rog comanda {order}."),
    ("MULTI", 1, "Bună ziua,\n\natașat găsiți dovada plății pentru factura {invoice}.\n"
                 "\nCu stimă,\n{name}\nContabil\nTel: {phone}\nE-mail: {email}"),
    ("PERSON", 1, "Am vorbit ieri cu {g@2:un coleg de-al dumneavoastră|o colegă de-a dumneavoastră}, "
                  "{first@2}, care mi-a promis că mă sună înapoi la {phone}. Nu m-a sunat nimeni. Tichet "
                  "{ticket}."),
    ("ID", 1, "buna ziua, am uitat sa va trimit cnp-ul... {idv:CNP} (comanda {order} din {date})"),
    ("CORRECTION", 1, "⟨Apel din {date}, ora {time}\n|Transcriere apel – tichet {ticket}\n"
                      "|Apel {date}, dosar {case}\n|⟩Client: cardul e {idv_bad@a:CARD}\n"
                      "Operator: Tranzacția a fost respinsă, mai verificați o dată cifrele?\n"
                      "Client: Pardon, am citit greșit. {idv@a}"),
    ("ID", 1, "Contractul e pe numele soțului meu, {name@2m}, CNP {idv:CNP,~2m}. Eu am procură, CNP-ul meu "
              "este {idv:CNP,~wf}."),
    ("PHONE", 1, "{ts}{phone@c:wa}: buna, am primit alt produs decat cel comandat\n"
                 "{ts}{phone@c:wa}: am comandat {product} si a venit altceva\n"
                 "{ts}ElectroShop Suport: Ne pare rău! Vă trimitem AWB pentru retur: {tracking}"),
    ("IBAN", 1, "Date pentru rambursare:\nTitular cont: {name}\n{idF:IBAN}\n"
                "Motiv: retur {rma}\nSuma: {price}"),
    ("ID_INVALID", 1, "Nu pot finaliza comanda, formularul zice că CNP-ul {idv_bad:CNP} e greșit. Am verificat "
                      "de trei ori. Coș de {price}. Sunați-mă: {phone}"),
    ("MULTI", 1, "⟨Apel din {date}, ora {time}\n|Transcriere apel – tichet {ticket}\n"
                 "|Apel {date}, dosar {case}\n|⟩Client: {name}\n{idf:NAT}\n"
                 "Problema: factura {invoice} nu apare în cont\nContact: {email}"),
    ("ID", 1, "C.N.P. {idv:CNP}\nNr. card {idv:CARD}\npentru returnarea sumei de {price}"),
    ("ID_INVALID", 1, "am introdus {idv_bad:NAT} si imi da eroare, dupa aia {idv_bad:CNP}, tot eroare. comanda "
                      "{order}, mail: {email}"),
    ("EMAIL", 1, "Vă rog să actualizați adresa de e-mail pentru contractul {custno}: noua adresă este {email}."),
    ("IBAN", 1, "⟨Apel din {date}, ora {time}\n|Transcriere apel – tichet {ticket}\n"
                "|Apel {date}, dosar {case}\n|⟩Operator: În ce IBAN facem returnarea?\n"
                "Client: {idp@a:IBAN}\nOperator: Recitesc: {idv@a}.\nClient: Corect. Returul are numărul {rma}."),
    ("ID", 1, "{ts}Operator ElectroShop: Bună ziua, pentru garanție am nevoie de {idl@a:CNP}\n"
              "{ts}Vizitator: {idv@a}\n{ts}Vizitator: și cardul cu care am plătit e {idv:CARD}"),
    ("ID", 1, "Subiect: modificare date contract {custno}\n\n{idF:CNP}\n"
              "{idF:IBAN}\nData: {date}"),
    ("IBAN", 1, "Rambursarea de {price} a ajuns într-un cont vechi. Vă rog trimiteți-o în {idv:IBAN}, nu în "
                "{idv:IBAN}."),
    ("ID", 1, "Lucrez pentru o firmă italiană: partita IVA {idv:PIVA}, iar codice fiscale-ul meu e {idv:CF}. "
              "Comanda {order}."),
    ("ID", 1, "Am avut contract în Grecia: AFM {idv:AFM}, AMKA {idv:AMKA}. Acum am CNP {idv:CNP}. Dosar {case}."),
    ("PHONE", 1, "Detalii comandă (copiate din cont)\nComanda: {order}\nData: {date}, {time}\n"
                 "Factura: {invoice}\nTotal: {price}\nAWB: {tracking}\nTelefon: {phone}"),
    ("ID", 1, "Vă rog să treceți pe factură partita IVA {idv:PIVA} (firma din Milano), comanda {order}."),
    ("ID", 1, "Pentru factura către clientul grec: AFM {idv:AFM}, comanda {order} din {date}."),
    ("PHONE", 1, "Pentru livrarea din {date}: dacă nu răspund la {phone}, sunați-o pe soția mea la {phone}."),
    ("EMAIL", 1, "Nu mă pot loga. E-mailul contului este {email}, telefonul {phone:mob}. Comanda {order}."),
    ("ID_INVALID", 1, "Aplicația zice că {idv_bad:CNP,PAY} nu e valid. Comanda {order}, tel. {phone}"),
    ("ADDRESS", 1, "Adresă nouă de livrare: {addr}. Contact: {phone}, {email}"),
    ("PHONE", 1, "Cerere de reapelare\nNume: {name}\nTelefon: {phone}\nTelefon alternativ: {phone}\n"
                 "Interval: după ora {time}\nReferitor la: comanda {order}"),
    ("CORRECTION", 1, "Client: e {idv_bad@a:CNP}... nu, stați, {idv@a}. Și numărul meu e {phone}."),
    ("MULTI", 1, "De la: {email}\nTrimis: {date} {time}\nSubiect: Comanda {order}\n"
                 "\nSunați-mă la {phone}, curierul are numărul vechi ({phone:mob})."),
    # no personal data
    ("NEG", 1, "Comanda {order} din {date} apare tot „în procesare”. AWB-ul {tracking} nu s-a mișcat de {qty:N "
               "zile}."),
    ("NEG", 1, "Am plătit {price}, dar pe factura {invoice} apare {price}. Reducerea de {pct} nu s-a aplicat."),
    ("NEG", 1, "Frigiderul model {product}, serie {serial}, cumpărat în {year}, nu mai răcește."),
    ("NEG", 1, "Index gaz la {date}: {meter}. Cod loc de consum {supply}."),
    ("CLEAN", 1, "Bună ziua, livrați și sâmbăta?"),
    ("CLEAN", 1, "mersi mult, s-a rezolvat!!"),
    ("CLEAN", 1, "La ce oră se închide magazinul din Iulius Mall duminica?"),
    ("NEG", 1, "Telefonul cu IMEI {imei} e în service din {date}, fișa {case}."),
    ("NEG", 1, "Rezervare {booking} pentru {qty:N persoane}, {date}, ora {time}."),
    ("CLEAN", 1, "Aplicația se blochează când încerc să plătesc, mai are cineva problema asta?"),
    ("NEG", 1, "Livrați și la codul poștal {postcode}? Nu-l găsesc pe {url}."),
    ("NEG", 1, "După actualizarea la versiunea {version} nu mai merge Bluetooth-ul. Referință plată {ref}."),
]

TEMPLATES["fi"] = [
    ("CARD", 1, "moi, tilaus {order} ei oo vieläkään tullu. maksoin kortilla {idv:CARD}"),
    ("PHONE", 1, "hei mä oon {chatfull} ja mulla ois kysymys laskusta {invoice}, voisitteko soittaa {phone}"),
    ("MULTI", 1, "Hei,\n\nosamaksua varten tarvitsette henkilötunnukseni: {idv:HETU}.\n"
                 "Osoitteeni on {addr} ja puhelinnumeroni {phone}.\n\nTerveisin\n"
                 "{name}"),
    ("ID", 1, "⟨Puhelu {date} klo {time}\n|Puhelun tallenne, tiketti {ticket}\n"
              "|Puhelu {date}, asia {case}\n|⟩Asiakaspalvelu: Voisitteko kertoa henkilötunnuksenne?\n"
              "Asiakas: Joo, se on {idv@a:HETU}.\nAsiakaspalvelu: Eli {idv@a}, pitääkö paikkansa?\n"
              "Asiakas: Pitää."),
    ("CORRECTION", 1, "⟨Puhelu {date} klo {time}\n|Puhelun tallenne, tiketti {ticket}\n"
                      "|Puhelu {date}, asia {case}\n|⟩Asiakas: hetu on {idv_bad@a:HETU}\n"
                      "Asiakaspalvelu: Järjestelmä ei hyväksy sitä, voisitteko tarkistaa?\n"
                      "Asiakas: ai anteeksi, kirjoitin väärin, oikea on {idv@a}"),
    ("MULTI", 1, "Etunimi: {first}\nSukunimi: {last}\nSähköposti: {email}\n"
                 "Puhelin: {phone}\n{idF:HETU,~1}\nViesti: haluan irtisanoa sopimuksen {custno} {date} alkaen"),
    ("PHONE", 1, "{ts}{phone@c:wa}: Hei, paketti {tracking} näkyy toimitettuna mutta automaatissa sitä ei ole\n"
                 "{ts}Kotitalouskauppa: Hei, selvitämme asian\n{ts}{phone@c:wa}: Kiitos!"),
    ("IBAN", 1, "{ts}{first}: tässä tilinumero palautusta varten\n{ts}{first}: {idv:IBAN}\n"
                "{ts}Pyörävaja: kiitos, kirjattu"),
    ("PERSON", 1, "★★☆☆☆ Toimitus kesti {qty:N päivää} ja imuri oli naarmuilla. Palautus {price} tuli vasta "
                  "kun soitin kolme kertaa. Iso kiitos kuitenkin {first@2:all} asiakaspalvelusta."),
    ("PHONE", 1, "Moi, asentaja ei tullut klo {time} (laite {serial}), soittakaa {phone}"),
    ("IBAN", 1, "Hyvä {name@2},\n\nkuten puhelimessa sovimme, lähetän tilinumeroni hyvitystä varten: "
                "{idv:IBAN}.\nAsianumero on {case}."),
    ("PERSON", 1, "Nimeni on {name} ja tilasin {date} pölynimurin ({product}), joka on rikki."),
    ("PERSON", 1, "Tilaus {order} on {name@2:gen} nimissä, mutta maksan sen itse. {Ids:CARD}."),
    ("PERSON", 1, "Soitin eilen {first@2:all} teidän asiakaspalvelussanne, ja hän lupasi palautuksen tilille "
                  "{idv:IBAN}. Mitään ei ole kuulunut {date} jälkeen."),
    ("PERSON", 1, "Sain {name@2:abl} viestin, että paketti {tracking} on noudettavissa, mutta koodi ei toimi."),
    ("PERSON", 1, "Paketti on nyt naapurillani {first@2:ade}, voiko sen ({tracking}) palauttaa hänen kauttaan?"),
    ("CARD", 1, "Kortiltani {idv:CARD} veloitettiin {price} kahteen kertaan. Perukaa toinen veloitus."),
    ("CARD", 1, "⟨Puhelu {date} klo {time}\n|Puhelun tallenne, tiketti {ticket}\n"
                "|Puhelu {date}, asia {case}\n|⟩Asiakaspalvelu: Kortin numero, olkaa hyvä.\n"
                "Asiakas: {idp@a:CARD}\nAsiakaspalvelu: Eli {idv@a}?\nAsiakas: Kyllä."),
    ("IBAN", 1, "⟨Puhelu {date} klo {time}\n|Puhelun tallenne, tiketti {ticket}\n"
                "|Puhelu {date}, asia {case}\n|⟩Asiakaspalvelu: Mille tilille hyvitys maksetaan?\n"
                "Asiakas: {idv@a:IBAN}\nAsiakaspalvelu: Toistan: {idv@a}.\n"
                "Asiakas: Kyllä."),
    ("IBAN_INVALID", 1, "Lomake sanoo että tilinumero {idv_bad:IBAN} on virheellinen, vaikka kopioin sen "
                        "verkkopankista. Tilaus {order}, puh. {phone}"),
    ("PHONE", 1, "Kotinumero on {phone:land}, mutta parhaiten tavoittaa kännykästä {phone:mob}."),
    ("PHONE", 1, "Olen Lontoossa {date} asti, soittakaa numeroon {phone:GB}."),
    ("ADDRESS", 1, "Vaihtakaa toimitusosoitteeksi {addr}. Summeri ei toimi, soittakaa {phone} kun olette "
                   "perillä."),
    ("ADDRESS", 1, "kuriiri ei löydä... osote on {addr:chat}, ovessa lukee {last}. paketti {tracking}"),
    ("EMAIL", 1, "laittakaa kuitti tilauksesta {order} osoitteeseen {email} kiitti. toimitatteko postinumeroon "
                 "{postcode}?"),
    ("ID", 1, "Poikani henkilötunnus on {idv:HETU,~sm}, ja lasku on tullut hänen nimiinsä, vaikka sopimus "
              "{custno} on minun ({idv:HETU})."),
    ("ID", 1, "hetu {idv:HETU} jos tarttette sen, tilaus {order}"),
    ("MULTI", 1, "Hakijan tiedot\n{idF:HETU,~1}\nNimi: {name}\nOsoite: {addr}\n"
                 "Puhelin: {phone}"),
    ("ID", 1, "Sukututkimusta varten kysyn isoisoäitini {name@2f:gen} tietoja, henkilötunnus "
              "{idv:HETU1800,~2f}. Oma hetuni on {idv:HETU}."),
    ("MULTI", 1, "Allekirjoittanut {name}, henkilötunnus {idv:HETU,~1}, pyydän palauttamaan {price} tilille "
                 "{idv:IBAN}."),
    ("PHONE", 1, "⟨Puhelu {date} klo {time}\n|Puhelun tallenne, tiketti {ticket}\n"
                 "|Puhelu {date}, asia {case}\n|⟩Asiakaspalvelu: Mihin numeroon voimme soittaa takaisin?\n"
                 "Asiakas: {phone@a}\nAsiakaspalvelu: {phone@a}, selvä. Onko toista numeroa?\n"
                 "Asiakas: Työnumero {phone}."),
    ("ID", 1, "⟨Puhelu {date} klo {time}\n|Puhelun tallenne, tiketti {ticket}\n"
              "|Puhelu {date}, asia {case}\n|⟩Asiakaspalvelu: Tunnistamista varten tarvitsen vielä "
              "{idl@a:NAT}.\nAsiakas: {idv@a}\nAsiakaspalvelu: Kiitos, eli {idv@a}."),
    ("ID", 1, "Työskentelen Milanossa ja tarvitsen italialaisen verokoodini profiiliin: {idv:CF}. "
              "Asiakasnumero {custno}."),
    ("ID", 1, "Asuin Ateenassa ja minulla on kreikkalainen AMKA {idv:AMKA}. Tarvitaanko sitä? Hetuni on "
              "{idv:HETU}."),
    ("ID", 1, "Laskuun kreikkalaisen yrityksen verotunniste AFM {idv:AFM}, kiitos. Tilaus {order}, toimitus "
              "{date}."),
    ("ID", 1, "Vaimoni on romanialainen, hänen CNP-tunnuksensa on {idv:CNP,~wf.ro}. Sopimus alkaa {date}."),
    ("ID", 1, "Italialaisen kumppanin ALV-tunniste on {idv:PIVA}, lisätkää se laskulle {invoice}."),
    ("MULTI", 1, "Mittarilukema {date}: {meter}. Käyttöpaikan numero {supply}. Sopimus on {name:gen} nimissä, "
                 "henkilötunnus {idv:HETU,~1}."),
    ("IBAN", 1, "Moikka! maksoin laskun {invoice} tililtä {idv:IBAN}, näkyykö?"),
    ("MULTI", 1, "Hei,\n\nliitteenä kuitti laskusta {invoice}.\n\nYstävällisin terveisin\n"
                 "{name}\nTalouspäällikkö\npuh. {phone}\n{email}"),
    ("CORRECTION", 1, "⟨Puhelu {date} klo {time}\n|Puhelun tallenne, tiketti {ticket}\n"
                      "|Puhelu {date}, asia {case}\n|⟩Asiakas: kortin numero on {idv_bad@a:CARD}\n"
                      "Asiakaspalvelu: Maksu hylättiin, tarkistatteko numeron?\n"
                      "Asiakas: Anteeksi, yksi numero meni väärin: {idv@a}"),
    ("CORRECTION", 1, "Lomakkeella lukee ”{idv_bad@a:HETU}”, mutta oikea henkilötunnukseni on {idv@a}. "
                      "Korjatkaa se, kiitos."),
    ("MULTI", 1, "hei!! {chat} täs. mun hetu on {idv:HETU} ja tilinro {idv:IBAN}"),
    ("PERSON", 1, "Yritän tavoittaa {name@2:part}, joka lupasi soittaa takaisin tänään klo {time}."),
    ("ID_INVALID", 1, "Verkkokauppa ei hyväksy henkilötunnusta {idv_bad:HETU}, vaikka se on kelakortista. Mikä "
                      "avuksi? Ostoskori {price}, puh. {phone}"),
    ("MULTI", 1, "⟨Puhelu {date} klo {time}\n|Puhelun tallenne, tiketti {ticket}\n"
                 "|Puhelu {date}, asia {case}\n|⟩Asiakas: {name}\n{idf:NAT}\n"
                 "Asia: lasku {invoice} puuttuu OmaSivulta\nYhteys: {email}"),
    ("ID", 1, "Henkilötunnus: {idv:HETU}\nKortti: {idv:CARD}\nSumma: {price}"),
    ("ID_INVALID", 1, "kokeilin {idv_bad:NAT} ja sit {idv_bad:HETU} mut kumpikaan ei mee läpi?? tilaus "
                      "{order}, sposti {email}"),
    ("EMAIL", 1, "Vaihtakaa sopimuksen {custno} sähköpostiosoitteeksi {email}, vanha ei ole enää käytössä."),
    ("PHONE", 1, "{ts}{phone@c:wa}: moi, onko {product} taas varastossa?\n"
                 "{ts}Kotitalouskauppa: Hei! On, {date} alkaen\n{ts}{phone@c:wa}: hyvä, tilaan heti"),
    ("IBAN", 1, "⟨Puhelu {date} klo {time}\n|Puhelun tallenne, tiketti {ticket}\n"
                "|Puhelu {date}, asia {case}\n|⟩Asiakaspalvelu: Mille tilille palautus?\n"
                "Asiakas: {idp@a:IBAN}\nAsiakaspalvelu: Luen takaisin: {idv@a}.\n"
                "Asiakas: Oikein. Palautusnumero on {rma}."),
    ("ID", 1, "{ts}Asiakaspalvelu: Hei! Takuuasiaa varten tarvitsen {idl@a:HETU}\n"
              "{ts}Vierailija: {idv@a}\n{ts}Vierailija: ja maksoin kortilla {idv:CARD}"),
    ("ID", 1, "Aihe: tietojen muutos, sopimus {custno}\n\n{idF:HETU}\n{idF:IBAN}\n"
              "Alkaen {date}"),
    ("IBAN", 1, "Hyvitys {price} meni vanhalle tilille. Maksakaa se tilille {idv:IBAN}, ei tilille {idv:IBAN}."),
    ("ID", 1, "Italialaisen tytäryhtiön tiedot laskulle: partita IVA {idv:PIVA}, yhteyshenkilön codice fiscale "
              "{idv:CF}. Tilaus {order}."),
    ("ID", 1, "Asuin Kreikassa: AFM {idv:AFM}, AMKA {idv:AMKA}. Nyt minulla on suomalainen hetu {idv:HETU}. "
              "Asia {case}."),
    ("PHONE", 1, "Tilauksen tiedot (kopioitu sovelluksesta)\nTilausnumero: {order}\n"
                 "Päivämäärä: {date} klo {time}\nLasku: {invoice}\nYhteensä: {price}\n"
                 "Seurantakoodi: {tracking}\nPuhelin: {phone}"),
    ("ID", 1, "Laskutus italialaiselle asiakkaalle: partita IVA {idv:PIVA}, tilaus {order}, eräpäivä {date}."),
    ("ID", 1, "Kreikkalaisen asiakkaan AFM-numero on {idv:AFM}, lisätkää se laskulle {invoice}."),
    ("PHONE", 1, "Toimitus {date}: jos en vastaa numerosta {phone}, soittakaa vaimolleni numeroon {phone}."),
    ("EMAIL", 1, "En pääse kirjautumaan. Tilin sähköposti on {email} ja puhelinnumero {phone:mob}. Tilaus "
                 "{order}."),
    ("ID_INVALID", 1, "Sovellus sanoo, että {idv_bad:HETU,PAY} on virheellinen. Tilaus {order}, puh. {phone}"),
    ("ADDRESS", 1, "Uusi toimitusosoite: {addr}. Yhteystiedot: {phone}, {email}"),
    ("PHONE", 1, "Soittopyyntö\nNimi: {name}\nPuhelin: {phone}\nToinen numero: {phone}\n"
                 "Sopiva aika: klo {time} jälkeen\nAsia: tilaus {order}"),
    ("CORRECTION", 1, "Asiakas: se on {idv_bad@a:HETU}... ei kun {idv@a}. Ja numeroni on {phone}."),
    ("MULTI", 1, "Lähettäjä: {email}\nLähetetty: {date} klo {time}\nAihe: Tilaus {order}\n"
                 "\nSoittakaa numeroon {phone}, kuriirilla on vanha numeroni ({phone:mob})."),
    # no personal data
    ("NEG", 1, "Tilaus {order} ({date}) on yhä käsittelyssä. Seurantakoodi {tracking} ei ole liikkunut {qty:N "
               "päivään}."),
    ("NEG", 1, "Maksoin {price}, mutta laskulla {invoice} on {price}. {pct} alennus puuttuu."),
    ("NEG", 1, "Astianpesukone malli {product}, sarjanumero {serial}, ostettu {year}, ei lämmitä vettä."),
    ("NEG", 1, "Lasku maksettu viitenumerolla {ref}, summa {price}, eräpäivä {date}."),
    ("CLEAN", 1, "Moi, toimitatteko myös Ahvenanmaalle?"),
    ("CLEAN", 1, "kiitos paljon, nyt toimii!!"),
    ("CLEAN", 1, "Mihin aikaan Kampin myymälä sulkeutuu lauantaina?"),
    ("NEG", 1, "Puhelimeni IMEI on {imei}, huoltotilaus {case}."),
    ("NEG", 1, "Pöytävaraus {booking}: {qty:N hengelle} {date} klo {time}."),
    ("CLEAN", 1, "Sovellus kaatuu maksuvaiheessa, onko muilla sama ongelma?"),
    ("NEG", 1, "Toimitatteko postinumeroon {postcode}? Sivulla {url} sitä ei mainita."),
    ("NEG", 1, "Päivitin version {version}, mutta kuulokkeet eivät vieläkään yhdistä."),
]


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

EMPTY_CATS = ("NEG", "CLEAN")
PLAN_TOTALS = {}
USED_TEMPLATES = {}


FEATURES = (["s_" + t for t in ID_TYPES]
            + ["flex_pay", "flex_nat", "bad", "phone", "person", "email", "addr", "neg"])
OTHER = ["bad", "phone", "person", "email", "addr", "neg"]
ERR_WEIGHT = {"bad": 6.0, "neg": 3.0, "phone": 8.0, "email": 4.0, "addr": 2.0}
ID_WEIGHT = 3.0
MAX_USES = 3


def features(nodes, seen=None):
    """Expected number of marked pieces one use of a template produces."""
    seen = {} if seen is None else seen
    f = dict.fromkeys(FEATURES, 0.0)
    for node in nodes:
        if node[0] == "alt" or node[0] == "g":
            branches = node[1] if node[0] == "alt" else node[2]
            for b in branches:
                sub = features(b, seen)
                for k in FEATURES:
                    f[k] += sub[k] / len(branches)
        elif node[0] == "slot":
            name = node[1][0].lower() + node[1][1:]
            if name in PERSON_SLOTS:
                f["person"] += 1
            elif name == "email":
                f["email"] += 1
            elif name == "addr":
                f["addr"] += 1
            elif name == "phone":
                f["phone"] += 1
            elif name == "ts":
                f["neg"] += 2
            elif name.startswith("id"):
                key = node[2]
                arg = seen[key] if key and key in seen else (node[3] or "ANY")
                if key:
                    seen[key] = arg
                if name[:3] == "idl":
                    continue
                if name.endswith("_bad"):
                    f["bad"] += 1
                else:
                    toks = [x for x in arg.split(",") if not x.startswith("~")]
                    for tok in toks:
                        share = 1.0 / len(toks)
                        if tok == "HETU1800":
                            tok = "HETU"
                        if tok in ID_TYPES:
                            f["s_" + tok] += share
                        if tok == "PAY":
                            f["flex_pay"] += share
                        elif tok == "NAT":
                            f["flex_nat"] += share
                        elif tok == "ANY":
                            f["flex_pay"] += share / 4
                            f["flex_nat"] += share * 3 / 4
            elif name in DISTRACTORS:
                f["neg"] += 1
    return f


def budget(lang):
    return {"bad": float(sum(BAD_TARGET[lang].values())), "phone": 44.0, "person": 32.0, "email": 14.0,
            "addr": 8.0, "neg": 210.0}


def id_error(tot, lang):
    """Squared relative error of the expected identifier counts per type, with the
    flexible slots (PAY, NAT, ANY) spread over the types the way choose_type does."""
    e = 0.0
    for group, flex in ((["CARD", "IBAN"], tot["flex_pay"]), (NATIONAL, tot["flex_nat"])):
        final = {t: tot["s_" + t] for t in group}
        left = flex
        for _ in range(200):
            if left <= 1e-9:
                break
            gaps = {t: TARGET[lang][t] - final[t] for t in group}
            need = sum(max(g, 0.0) for g in gaps.values())
            if need <= 1e-9:
                share = left / len(group)
                for t in group:
                    final[t] += share
                break
            step = min(left, need)
            for t in group:
                if gaps[t] > 0:
                    final[t] += step * gaps[t] / need
            left -= step
        for t in group:
            d = (final[t] - TARGET[lang][t]) / TARGET[lang][t]
            e += ID_WEIGHT * d * d
    return e


def plan(lang):
    """Decide how often each template is used: every template at least its minimum,
    the rest by a deterministic greedy fit to the language's budget, at most MAX_USES."""
    tpls = TEMPLATES[lang]
    empty = [i for i, t in enumerate(tpls) if t[0] in EMPTY_CATS]
    full = [i for i, t in enumerate(tpls) if t[0] not in EMPTY_CATS]
    seq_empty = [i for i in empty for _ in range(tpls[i][1])]
    assert len(seq_empty) == EMPTY_PER_LANG, (lang, len(seq_empty))
    feats = {i: features(parse(tpls[i][2])) for i in full}
    uses = {i: tpls[i][1] for i in full}
    need = PER_LANG - EMPTY_PER_LANG - sum(uses.values())
    assert need >= 0, (lang, need)
    goal = budget(lang)
    tot = {k: sum(feats[i][k] * uses[i] for i in full) for k in FEATURES}

    def err(t):
        e = id_error(t, lang)
        for k in OTHER:
            d = (t[k] - goal[k]) / goal[k]
            e += ERR_WEIGHT.get(k, 1.0) * d * d
        return e
    for _ in range(need):
        best, best_e = None, None
        for i in full:
            if uses[i] >= MAX_USES:
                continue
            e = err({k: tot[k] + feats[i][k] for k in FEATURES})
            if best_e is None or e < best_e - 1e-12:
                best, best_e = i, e
        uses[best] += 1
        for k in FEATURES:
            tot[k] += feats[best][k]
    PLAN_TOTALS[lang] = tot
    seq = [i for i in full for _ in range(uses[i])]
    order = seq + seq_empty
    R.shuffle(order)
    return order


def build():
    rows = []
    for lang in LANGS:
        tpls = TEMPLATES[lang]
        parsed = [parse(t[2]) for t in tpls]
        order = plan(lang)
        USED_TEMPLATES[lang] = len(set(order))
        for n, i in enumerate(order, 1):
            cat = tpls[i][0]
            ctx = Ctx(lang)
            segs = []
            render_nodes(parsed[i], ctx, segs)
            text, ents, dists = assemble(segs)
            if cat in EMPTY_CATS:
                assert not ents, (lang, i)
            else:
                assert ents, (lang, i, text)
            rows.append({"id": "%s-z%03d" % (lang, n), "lang": lang, "text": text,
                         "entities": ents, "distractors": dists, "category": cat})
    return rows


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    sys.stderr.write("wrote %d cases to %s\n" % (len(rows), OUT))
    sys.stderr.write("distinct templates used per language: %s\n"
                     % ", ".join("%s %d" % (l, USED_TEMPLATES[l]) for l in LANGS))
    sys.stderr.write("codici fiscali with omocodia: %d\n" % OMO_STATS["n"])


if __name__ == "__main__":
    main()
