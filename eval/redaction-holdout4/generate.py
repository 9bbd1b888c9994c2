#!/usr/bin/env python3
"""Generator for eval/redaction-holdout4/cases.jsonl.

600 customer-service messages (120 each in en, it, el, ro, fi) with the
personal data in each one marked, plus tricky negatives and mistyped
identifiers marked as distractors.  Format and span conventions follow
eval/redaction/README.md (byte offsets into UTF-8, end exclusive).

Standard library only.  Every random choice comes from the single
random.Random(SEED) below; no set is iterated and nothing depends on hash
order, so the output is byte-identical on every run.

    python3 eval/redaction-holdout4/generate.py
"""
import json
import os
import re
import random
import unicodedata

SEED = 46_2026_0418
R = random.Random(SEED)
LANGS = ["en", "it", "el", "ro", "fi"]
HERE = os.path.dirname(os.path.abspath(__file__))


def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    """pairs: list of (item, weight)."""
    total = sum(w for _, w in pairs)
    x = R.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def digs(n, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def strip_marks(s):
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", s)
                       if not unicodedata.combining(c)))


# ---------------------------------------------------------------------------
# check-digit rules (generator side; check.py has its own copies)
# ---------------------------------------------------------------------------

def luhn_ok(d):
    if not d.isdigit():
        return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = ord(ch) - 48
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def days_in(month, year):
    if month == 2:
        return 29 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def date_ok(d, m, y):
    return 1 <= m <= 12 and 1 <= d <= days_in(m, y)


def amka_ok(v):
    if len(v) != 11 or not v.isdigit():
        return False
    d, m, yy = int(v[0:2]), int(v[2:4]), int(v[4:6])
    if not (date_ok(d, m, 1900 + yy) or date_ok(d, m, 2000 + yy)):
        return False
    return luhn_ok(v)


PIVA_OFFICES = list(range(1, 101)) + [120, 121, 888, 999]


def piva_ok(v):
    if len(v) != 11 or not v.isdigit():
        return False
    return int(v[7:10]) in PIVA_OFFICES and luhn_ok(v)


def afm_ok(v):
    if len(v) != 9 or not v.isdigit() or v == "000000000":
        return False
    s = sum(int(v[i]) * (2 ** (8 - i)) for i in range(8))
    return (s % 11) % 10 == int(v[8])


CNP_W = "279146358279"
CNP_COUNTIES = list(range(1, 47)) + [51, 52]


def cnp_digit(d12):
    s = sum(int(a) * int(b) for a, b in zip(d12, CNP_W))
    r = s % 11
    return "1" if r == 10 else str(r)


def cnp_ok(v):
    if len(v) != 13 or not v.isdigit():
        return False
    sx = int(v[0])
    if sx == 0 or sx == 9:
        return False
    cent = {1: 1900, 2: 1900, 3: 1800, 4: 1800, 5: 2000, 6: 2000, 7: 1900, 8: 1900}[sx]
    y, m, d = cent + int(v[1:3]), int(v[3:5]), int(v[5:7])
    if sx in (7, 8):
        if not (date_ok(d, m, 1900 + int(v[1:3])) or date_ok(d, m, 2000 + int(v[1:3]))):
            return False
    elif not date_ok(d, m, y):
        return False
    if int(v[7:9]) not in CNP_COUNTIES or v[9:12] == "000":
        return False
    return cnp_digit(v[:12]) == v[12]


HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
HETU_CENT = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900,
             "U": 1900, "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000,
             "F": 2000}


def hetu_ok(v):
    v = v.upper()
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])", v)
    if not m:
        return False
    d, mo, yy, sign, ind, chk = m.groups()
    if not date_ok(int(d), int(mo), HETU_CENT[sign] + int(yy)):
        return False
    if not (2 <= int(ind) <= 899):
        return False
    return HETU_CHARS[int(d + mo + yy + ind) % 31] == chk


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                   1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3,
                   6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
CF_MONTHS = "ABCDEHLMPRST"
CF_OMO = "LMNPQRSTUV"
CF_OMO_POS = [14, 13, 12, 10, 9, 7, 6]


def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def cf_char(s15):
    tot = 0
    for i, c in enumerate(s15):
        tot += CF_ODD[c] if i % 2 == 0 else cf_even(c)
    return chr(65 + tot % 26)


def cf_ok(v):
    v = v.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}"
                        r"[A-Z][0-9LMNPQRSTUV]{3}[A-Z]", v):
        return False
    return cf_char(v[:15]) == v[15]


IBAN_LEN = {"IT": 27, "GR": 27, "RO": 24, "FI": 18, "DE": 22, "FR": 27, "ES": 24,
            "NL": 18, "BE": 16, "AT": 20, "PT": 25, "IE": 22, "LU": 20, "SE": 24,
            "DK": 18, "PL": 28, "CY": 28, "MT": 31, "SI": 19, "HR": 21, "BG": 22,
            "SK": 24, "CZ": 24, "LT": 20, "EE": 20, "LV": 21, "GB": 22}


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(v):
    s = re.sub(r"[\s-]", "", v).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    return iban_num(s[4:] + s[:4]) % 97 == 1


def s10_digit(d8):
    s = sum(int(a) * b for a, b in zip(d8, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - s % 11
    return "0" if c == 10 else ("5" if c == 11 else str(c))


def ean_digit(d12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def viite_digit(base):
    w = [7, 3, 1]
    s = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(base)))
    return str((10 - s % 10) % 10)


def digit_strings(s):
    """Every maximal digit run, plus the digits of the whole string when it is
    made only of digits and id separators (space, dot, dash, slash)."""
    out = re.findall(r"\d+", s)
    if re.fullmatch(r"[\d .\-/]+", s) and re.search(r"[ .\-/]", s):
        out.append(re.sub(r"\D", "", s))
    return out


def passes_any_check(d):
    n = len(d)
    if n == 9 and afm_ok(d):
        return True
    if 11 <= n <= 19 and luhn_ok(d):
        return True
    if n == 13 and cnp_ok(d):
        return True
    return False


def alnum_passes(s):
    t = re.sub(r"[\s\-]", "", s).upper()
    if iban_ok(t) or cf_ok(t) or hetu_ok(t):
        return True
    return False


def neg_clean(s):
    if any(passes_any_check(d) for d in digit_strings(s)):
        return False
    return not alnum_passes(s)


def retry(fn, ok=neg_clean, tries=500):
    for _ in range(tries):
        v = fn()
        if ok(v):
            return v
    raise AssertionError("could not make a clean value")


# ---------------------------------------------------------------------------
# identifier generators: canonical value, writing styles, one-digit mistypes
# ---------------------------------------------------------------------------

def rand_birth(lo=1942, hi=2006):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, days_in(m, y))
    return d, m, y


# -- payment cards
def card_value():
    scheme = wpick([("visa", 30), ("visa19", 3), ("mc", 20), ("mc2", 8), ("amex", 10),
                    ("disc", 5), ("diners", 5), ("jcb", 5), ("maestro", 7), ("unionpay", 4)])
    if scheme == "visa":
        pre, n = "4", 16
    elif scheme == "visa19":
        pre, n = "4", 19
    elif scheme == "mc":
        pre, n = str(R.randint(51, 55)), 16
    elif scheme == "mc2":
        pre, n = str(R.randint(2221, 2720)), 16
    elif scheme == "amex":
        pre, n = pick(["34", "37"]), 15
    elif scheme == "disc":
        pre, n = pick(["6011", "65", str(R.randint(644, 649))]), 16
    elif scheme == "diners":
        pre, n = pick(["36", "38", "300", "305"]), 14
    elif scheme == "jcb":
        pre, n = str(R.randint(3528, 3589)), 16
    elif scheme == "maestro":
        pre, n = pick(["6759", "5018", "5020", "5038", "6304"]), pick([16, 19])
    else:
        pre, n = "62" + str(R.randint(0, 9)), pick([16, 19])
    return luhn_complete(pre + digs(n - 1 - len(pre)))


def card_style(v):
    n = len(v)
    if n == 15:
        return wpick([("465s", 6), ("compact", 2), ("465d", 1)])
    if n == 14:
        return wpick([("464s", 5), ("compact", 2)])
    if n == 19:
        return wpick([("g4s", 5), ("compact", 2)])
    return wpick([("g4s", 10), ("g4d", 3), ("compact", 4), ("g4dot", 1)])


def groups(v, sizes):
    out, i = [], 0
    for s in sizes:
        if i >= len(v):
            break
        out.append(v[i:i + s])
        i += s
    if i < len(v):
        out.append(v[i:])
    return out


def g4(v):
    return [v[i:i + 4] for i in range(0, len(v), 4)]


def card_fmt(v, st):
    if st == "compact":
        return v
    if st == "465s":
        return " ".join(groups(v, [4, 6, 5]))
    if st == "465d":
        return "-".join(groups(v, [4, 6, 5]))
    if st == "464s":
        return " ".join(groups(v, [4, 6, 4]))
    if st == "g4d":
        return "-".join(g4(v))
    if st == "g4dot":
        return ".".join(g4(v))
    return " ".join(g4(v))


def card_bad(v):
    def f():
        p = R.randrange(6, len(v))
        return v[:p] + str((int(v[p]) + R.randint(1, 9)) % 10) + v[p + 1:]
    return retry(f, lambda x: not luhn_ok(x) and neg_clean(x))


# -- IBAN
IT_ABI = ["03069", "02008", "05034", "01030", "03104", "05387", "06230", "03032"]
GR_BANKS = ["011", "017", "026", "014"]
RO_BANKS = ["BTRL", "RNCB", "BRDE", "INGB", "RZBR", "BACX", "CECE"]
FI_BANKS = ["1", "2", "5", "8", "31", "33", "34", "36", "38", "39", "4"]
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO"]
IE_BANKS = ["AIBK", "BOFI", "IPBS"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]
FR_BANKS = ["30004", "30003", "20041", "10278", "30002"]
ES_BANKS = ["2100", "0049", "0182", "0081", "2038"]
BG_BANKS = ["BNBG", "UNCR", "STSA"]
MT_BANKS = ["MALT", "VALL"]
LV_BANKS = ["HABA", "UNLA", "PARX"]
IBAN_W = {"en": [("GB", 6), ("IE", 6), ("IT", 2), ("GR", 2), ("RO", 2), ("FI", 2), ("DE", 3),
                 ("FR", 2), ("ES", 2), ("NL", 3), ("BE", 1), ("PT", 1), ("LU", 1), ("MT", 1),
                 ("SE", 1), ("DK", 1), ("PL", 1)],
          "it": [("IT", 14), ("DE", 2), ("FR", 2), ("ES", 2), ("AT", 1), ("LU", 1), ("SI", 1),
                 ("HR", 1), ("GR", 1), ("RO", 1), ("BE", 1)],
          "el": [("GR", 14), ("CY", 3), ("BG", 2), ("DE", 2), ("IT", 1), ("NL", 1), ("FR", 1),
                 ("AT", 1), ("SK", 1), ("CZ", 1)],
          "ro": [("RO", 14), ("DE", 2), ("IT", 2), ("ES", 2), ("AT", 1), ("HU", 0), ("BG", 1),
                 ("FR", 1), ("LT", 1), ("LV", 1), ("CZ", 1)],
          "fi": [("FI", 14), ("SE", 3), ("EE", 2), ("DE", 2), ("LT", 1), ("LV", 1), ("DK", 1),
                 ("NL", 1), ("PL", 1), ("IE", 1)]}


def alnum_acct(n, letters=0.0):
    out = []
    for _ in range(n):
        if R.random() < letters:
            out.append(pick("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(str(R.randrange(10)))
    return "".join(out)


def bban(cc):
    if cc == "IT":
        body = pick(IT_ABI) + digs(5, True) + digs(12)
        return cin_char(body) + body
    if cc == "GR":
        return pick(GR_BANKS) + digs(4) + digs(16)
    if cc == "RO":
        return pick(RO_BANKS) + alnum_acct(16, 0.15)
    if cc == "FI":
        b = pick(FI_BANKS)
        return luhn_complete(b + digs(13 - len(b)))
    if cc == "DE":
        return digs(8, True) + digs(10)
    if cc == "FR":
        bank, branch, acc = pick(FR_BANKS), digs(5), digs(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
        return bank + branch + acc + "%02d" % key
    if cc == "ES":
        bank, branch, acc = pick(ES_BANKS), digs(4), digs(10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(x):
            r = 11 - sum(int(a) * b for a, b in zip(x, w)) % 11
            return 0 if r == 11 else (1 if r == 10 else r)
        return bank + branch + str(dc("00" + bank + branch)) + str(dc(acc)) + acc
    if cc == "NL":
        return pick(NL_BANKS) + digs(10)
    if cc == "BE":
        b = digs(10)
        k = int(b) % 97
        return b + "%02d" % (97 if k == 0 else k)
    if cc == "AT":
        return digs(5, True) + digs(11)
    if cc == "PT":
        b = digs(19)
        return b + "%02d" % (98 - (int(b) * 100) % 97)
    if cc in ("IE", "GB"):
        return pick(IE_BANKS if cc == "IE" else GB_BANKS) + digs(6) + digs(8)
    if cc == "LU":
        return digs(3) + alnum_acct(13, 0.1)
    if cc == "SE":
        return digs(20)
    if cc == "DK":
        return digs(14)
    if cc == "PL":
        return digs(24)
    if cc == "CY":
        return digs(8) + alnum_acct(16, 0.05)
    if cc == "MT":
        return pick(MT_BANKS) + digs(5) + alnum_acct(18, 0.1)
    if cc == "SI":
        return digs(15)
    if cc == "HR":
        return digs(17)
    if cc == "BG":
        return pick(BG_BANKS) + digs(6) + alnum_acct(8, 0.1)
    if cc in ("SK", "CZ"):
        return digs(20)
    if cc in ("LT", "EE"):
        return digs(16)
    if cc == "LV":
        return pick(LV_BANKS) + alnum_acct(13, 0.1)
    raise KeyError(cc)


def cin_char(body22):
    tot = 0
    for i, c in enumerate(body22):
        tot += CF_ODD[c] if i % 2 == 0 else cf_even(c)
    return chr(65 + tot % 26)


def iban_value(lang):
    cc = wpick([p for p in IBAN_W[lang] if p[1] > 0])
    b = bban(cc)
    chk = 98 - iban_num(b + cc + "00") % 97
    v = cc + "%02d" % chk + b
    assert iban_ok(v) and len(v) == IBAN_LEN[cc], v
    return v


def iban_style(v):
    opts = [("g4s", 30), ("compact", 16), ("g4d", 8), ("lower_g4", 8), ("lower_compact", 6),
            ("irregular", 8), ("g4s_nbsp", 0)]
    if v.startswith("IT"):
        opts.append(("it_fields", 8))
    if v.startswith("GR"):
        opts.append(("gr_fields", 6))
    return wpick(opts)


def iban_fmt(v, st, wrap=False):
    if st == "compact":
        out = v
    elif st == "lower_compact":
        out = v.lower()
    elif st == "g4d":
        out = "-".join(g4(v))
    elif st == "lower_g4":
        out = " ".join(g4(v)).lower()
    elif st == "it_fields":
        out = " ".join([v[0:2], v[2:4], v[4], v[5:10], v[10:15], v[15:]])
    elif st == "gr_fields":
        out = " ".join([v[0:4], v[4:7], v[7:11], v[11:]])
    elif st == "irregular":
        out = pick([v[:4] + " " + v[4:8] + " " + v[8:], v[:4] + " " + v[4:], v[:2] + " " + v[2:4] + " " + v[4:]])
    else:
        out = " ".join(g4(v))
    if wrap and " " in out:
        parts = out.split(" ")
        k = max(1, len(parts) // 2)
        out = " ".join(parts[:k]) + "\n" + " ".join(parts[k:])
    return out


def iban_bad(v):
    def f():
        p = R.choice([i for i in range(4, len(v)) if v[i].isdigit()])
        return v[:p] + str((int(v[p]) + R.randint(1, 9)) % 10) + v[p + 1:]
    return retry(f, lambda x: not iban_ok(x) and neg_clean(x))


# -- Italian codice fiscale
IT_SURNAMES_CF = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo",
                  "Ricci", "Marino", "Greco", "Gallo", "Conti", "De Luca", "Mancini",
                  "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana",
                  "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Leone",
                  "Longo", "Gentile", "Martinelli", "Vitale", "Serra", "Coppola", "Fabbri", "Poli"]
IT_NAMES_CF_M = ["Marco", "Luca", "Giuseppe", "Alessandro", "Andrea", "Francesco", "Matteo",
                 "Davide", "Stefano", "Paolo", "Roberto", "Simone", "Lorenzo", "Antonio",
                 "Fabio", "Enzo", "Ugo", "Pietro"]
IT_NAMES_CF_F = ["Giulia", "Francesca", "Chiara", "Sara", "Valentina", "Elena", "Martina",
                 "Federica", "Silvia", "Alessia", "Laura", "Anna", "Paola", "Roberta",
                 "Ilaria", "Eva", "Noemi", "Beatrice"]
BELFIORE = ["F205", "H501", "L219", "F839", "A944", "D612", "G273", "L736", "D969",
            "A662", "G224", "L781", "B157", "C351", "H703", "E506", "L424", "B354"]


def _cons_vow(s):
    s = strip_marks(s).upper()
    s = "".join(c for c in s if "A" <= c <= "Z")
    return [c for c in s if c not in "AEIOU"], [c for c in s if c in "AEIOU"]


def cf_surname_code(sn):
    c, v = _cons_vow(sn)
    return ("".join(c + v) + "XXX")[:3]


def cf_name_code(n):
    c, v = _cons_vow(n)
    if len(c) >= 4:
        return c[0] + c[2] + c[3]
    return ("".join(c + v) + "XXX")[:3]


def cf_value():
    female = R.random() < 0.5
    sn = pick(IT_SURNAMES_CF)
    nm = pick(IT_NAMES_CF_F if female else IT_NAMES_CF_M)
    d, m, y = rand_birth(1940, 2012)
    s15 = (cf_surname_code(sn) + cf_name_code(nm) + "%02d" % (y % 100) + CF_MONTHS[m - 1]
           + "%02d" % (d + (40 if female else 0)) + pick(BELFIORE))
    level = wpick([(0, 80), (1, 10), (2, 6), (3, 4)])
    s = list(s15)
    for pos in CF_OMO_POS[:level]:
        s[pos] = CF_OMO[int(s[pos])]
    s15 = "".join(s)
    v = s15 + cf_char(s15)
    assert cf_ok(v)
    return v


def cf_style(v):
    return wpick([("upper", 70), ("lower", 10), ("sp3", 12), ("sp633", 8)])


def cf_fmt(v, st):
    if st == "lower":
        return v.lower()
    if st == "sp3":
        return " ".join([v[:6], v[6:11], v[11:16]])
    if st == "sp633":
        return " ".join([v[:3], v[3:6], v[6:11], v[11:15], v[15]])
    return v


def cf_bad(v):
    def f():
        if R.random() < 0.4:
            c = pick([x for x in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if x != v[15]])
            return v[:15] + c
        pos = pick([p for p in CF_OMO_POS if v[p].isdigit()] or [15])
        if pos == 15:
            return v[:15] + pick([x for x in "ABCDEFGHJKLMNPRSTUVWXYZ" if x != v[15]])
        return v[:pos] + str((int(v[pos]) + R.randint(1, 9)) % 10) + v[pos + 1:]
    return retry(f, lambda x: not cf_ok(x) and neg_clean(x))


# -- Italian partita IVA
def piva_value():
    def f():
        office = pick(list(range(1, 101)) + [120, 121])
        return luhn_complete(pick(["0", "0", "1", "0", "2", "1", "0", "3"]) + digs(6) + "%03d" % office)
    return retry(f, lambda x: piva_ok(x) and not amka_ok(x))


def piva_style(v):
    return wpick([("plain", 40), ("IT", 24), ("IT_sp", 10), ("g343", 8), ("g434", 8), ("IT_g", 5)])


def piva_fmt(v, st):
    if st == "IT":
        return "IT" + v
    if st == "IT_sp":
        return "IT " + v
    if st == "g343":
        return " ".join(groups(v, [3, 4, 4]))
    if st == "g434":
        return " ".join(groups(v, [4, 3, 4]))
    if st == "IT_g":
        return "IT " + " ".join(groups(v, [5, 3, 3]))
    return v


def digit_bad(v, valid, positions):
    def f():
        p = pick(positions)
        return v[:p] + str((int(v[p]) + R.randint(1, 9)) % 10) + v[p + 1:]
    return retry(f, lambda x: not valid(x) and neg_clean(x))


def piva_bad(v):
    return digit_bad(v, piva_ok, list(range(0, 7)) + [10])


# -- Greek AMKA
def amka_value():
    def f():
        d, m, y = rand_birth(1940, 2012)
        return luhn_complete("%02d%02d%02d" % (d, m, y % 100) + digs(4))
    return retry(f, lambda x: amka_ok(x) and not piva_ok(x))


def amka_style(v):
    return wpick([("compact", 34), ("6_5", 14), ("6d5", 8), ("dots3", 12), ("g4", 10),
                  ("g3", 10), ("2_2_2_5", 6)])


def amka_fmt(v, st):
    if st == "6_5":
        return v[:6] + " " + v[6:]
    if st == "6d5":
        return v[:6] + "-" + v[6:]
    if st == "dots3":
        return v[:2] + "." + v[2:5] + "." + v[5:8] + "." + v[8:]
    if st == "g4":
        return " ".join(groups(v, [4, 4, 3]))
    if st == "g3":
        return " ".join(groups(v, [3, 3, 3, 2]))
    if st == "2_2_2_5":
        return " ".join([v[0:2], v[2:4], v[4:6], v[6:]])
    return v


def amka_bad(v):
    return digit_bad(v, amka_ok, [6, 7, 8, 9, 10])


# -- Greek AFM
def afm_value():
    def f():
        first = wpick([("0", 4), ("1", 5), ("7", 1), ("8", 1), ("9", 1)])
        b = first + str(R.randint(1, 9)) + digs(6)
        s = sum(int(b[i]) * (2 ** (8 - i)) for i in range(8))
        return b + str((s % 11) % 10)
    return retry(f, afm_ok)


def afm_style(v):
    return wpick([("compact", 34), ("g3s", 18), ("g3dot", 14), ("EL", 10), ("EL_sp", 6),
                  ("EL_g3", 6), ("GR", 3), ("g3d", 5)])


def afm_fmt(v, st):
    g = [v[0:3], v[3:6], v[6:9]]
    if st == "g3s":
        return " ".join(g)
    if st == "g3dot":
        return ".".join(g)
    if st == "g3d":
        return "-".join(g)
    if st == "EL":
        return "EL" + v
    if st == "EL_sp":
        return "EL " + v
    if st == "EL_g3":
        return "EL " + " ".join(g)
    if st == "GR":
        return "GR" + v
    return v


def afm_bad(v):
    return digit_bad(v, afm_ok, list(range(0, 9)))


# -- Romanian CNP
def cnp_value():
    def f():
        kind = wpick([("19", 70), ("20", 18), ("18", 2), ("res", 6)])
        female = R.random() < 0.5
        if kind == "19":
            d, m, y = rand_birth(1940, 1999)
            s = 2 if female else 1
        elif kind == "20":
            d, m, y = rand_birth(2000, 2012)
            s = 6 if female else 5
        elif kind == "18":
            d, m, y = rand_birth(1880, 1899)
            s = 4 if female else 3
        else:
            d, m, y = rand_birth(1950, 2004)
            s = 8 if female else 7
        county = pick(CNP_COUNTIES)
        d12 = "%d%02d%02d%02d%02d%03d" % (s, y % 100, m, d, county, R.randint(1, 999))
        return d12 + cnp_digit(d12)
    return retry(f, lambda x: cnp_ok(x) and not luhn_ok(x))


def cnp_style(v):
    return wpick([("compact", 88), ("1_6_6", 7), ("7_6", 5)])


def cnp_fmt(v, st):
    if st == "1_6_6":
        return v[0] + " " + v[1:7] + " " + v[7:]
    if st == "7_6":
        return v[:7] + " " + v[7:]
    return v


def cnp_bad(v):
    return digit_bad(v, cnp_ok, [7, 8, 9, 10, 11, 12])


# -- Finnish henkilötunnus
HETU_SIGNS = ["-", "A", "+", "Y", "X", "W", "V", "U", "B", "C", "D", "E", "F"]
_hetu_queue = []


def hetu_value():
    if not _hetu_queue:
        # guarantee each sign appears: first a full round of every sign, then weighted
        base = list(HETU_SIGNS) + list(HETU_SIGNS)
        R.shuffle(base)
        _hetu_queue.extend(base)
        for _ in range(200):
            _hetu_queue.append(wpick([("-", 34), ("A", 24), ("+", 2), ("Y", 4), ("X", 4),
                                      ("W", 3), ("V", 3), ("U", 3), ("B", 4), ("C", 3),
                                      ("D", 3), ("E", 3), ("F", 3)]))
    sign = _hetu_queue.pop(0)
    cent = HETU_CENT[sign]
    if cent == 1800:
        d, m, y = rand_birth(1870, 1899)
    elif cent == 1900:
        d, m, y = rand_birth(1938, 1999)
    else:
        d, m, y = rand_birth(2000, 2023)
    ind = R.randint(2, 899)
    base = "%02d%02d%02d" % (d, m, y % 100)
    v = base + sign + "%03d" % ind + HETU_CHARS[int(base + "%03d" % ind) % 31]
    assert hetu_ok(v)
    return v


def hetu_style(v):
    return wpick([("upper", 94), ("lower", 6)])


def hetu_fmt(v, st):
    return v.lower() if st == "lower" else v


def hetu_bad(v):
    def f():
        if R.random() < 0.4:
            return v[:10] + pick([c for c in HETU_CHARS if c != v[10]])
        p = pick([7, 8, 9, 4, 5])
        return v[:p] + str((int(v[p]) + R.randint(1, 9)) % 10) + v[p + 1:]
    return retry(f, lambda x: not hetu_ok(x) and neg_clean(x))


ID_TYPES = ["CARD", "IBAN", "CF", "PIVA", "AMKA", "AFM", "CNP", "HETU"]
ENTITY_OF = {"CARD": "CARD", "IBAN": "IBAN", "CF": "IT_CODICE_FISCALE",
             "PIVA": "IT_PARTITA_IVA", "AMKA": "GR_AMKA", "AFM": "GR_AFM",
             "CNP": "RO_CNP", "HETU": "FI_HETU"}
ID_FUNCS = {
    "CARD": (card_value, card_style, card_fmt, card_bad),
    "CF": (cf_value, cf_style, cf_fmt, cf_bad),
    "PIVA": (piva_value, piva_style, piva_fmt, piva_bad),
    "AMKA": (amka_value, amka_style, amka_fmt, amka_bad),
    "AFM": (afm_value, afm_style, afm_fmt, afm_bad),
    "CNP": (cnp_value, cnp_style, cnp_fmt, cnp_bad),
    "HETU": (hetu_value, hetu_style, hetu_fmt, hetu_bad),
}


# ---------------------------------------------------------------------------
# phone numbers (real numbering-plan ranges)
# ---------------------------------------------------------------------------
IT_MOB = ["320", "324", "327", "328", "329", "330", "331", "333", "334", "335", "336", "338",
          "339", "340", "342", "345", "346", "347", "348", "349", "350", "351", "366", "370",
          "371", "377", "380", "388", "389", "391", "392", "393"]
IT_LAND = [("02", 8), ("06", 8), ("011", 7), ("055", 7), ("051", 7), ("081", 7), ("010", 7),
           ("041", 7), ("091", 7), ("0432", 6), ("0521", 6), ("045", 7)]
GR_MOB = ["690", "693", "694", "695", "697", "698", "699"]
GR_LAND = [("210", 7), ("2310", 6), ("2610", 6), ("2810", 6), ("2410", 6)]
RO_MOB = [("07%d%d" % (a, b)) for a in range(2, 9) for b in range(10)]
RO_LAND = [("021", 7), ("031", 7), ("0264", 6), ("0232", 6), ("0256", 6), ("0268", 6), ("0241", 6)]
FI_MOB = ["040", "041", "044", "045", "046", "050"]
FI_LAND = [("09", 7), ("03", 7), ("02", 7), ("08", 7), ("014", 6), ("017", 6)]
UK_MOB = ["074", "075", "077", "078", "079"]
UK_LAND = [("020", 8), ("0161", 7), ("0121", 7), ("0131", 7), ("0113", 7), ("0117", 7)]
IE_MOB = ["083", "085", "086", "087", "089"]
US_AREA = ["212", "312", "415", "617", "206", "305", "512", "702", "404", "713", "303",
           "646", "718", "917", "213", "503", "614"]


def sub(n):
    return str(R.randint(2, 9)) + digs(n - 1)


def fmt_pick(opts, **kw):
    return pick(opts).format(**kw)


def phone_it(intl):
    if R.random() < 0.72:
        a = pick(IT_MOB)
        s = digs(7, True)
        b, c = s[:3], s[3:]
        if intl:
            return fmt_pick(["+39 {a} {b} {c}", "+39 {a}{b}{c}", "0039 {a} {b} {c}", "(+39) {a} {b}{c}",
                             "+39.{a}.{b}.{c}", "+39 {a}-{b}{c}", "+39{a}{b}{c}", "0039 {a}/{b}{c}"],
                            a=a, b=b, c=c)
        return fmt_pick(["{a} {b} {c}", "{a} {b}{c}", "{a}{b}{c}", "{a}-{b}-{c}", "{a}.{b}.{c}",
                         "{a}/{b}{c}", "{a} {b} {c}"], a=a, b=b, c=c)
    a, n = pick(IT_LAND)
    s = sub(n)
    h = len(s) // 2
    if intl:
        return fmt_pick(["+39 {a} {s1} {s2}", "0039 {a} {s}", "(+39) {a} {s}", "+39 {a}{s}"],
                        a=a, s=s, s1=s[:h], s2=s[h:])
    return fmt_pick(["{a} {s1} {s2}", "{a}/{s}", "{a} {s}", "{a}-{s}", "{a} {s1}{s2}"],
                    a=a, s=s, s1=s[:h], s2=s[h:])


def phone_gr(intl):
    if R.random() < 0.65:
        a = pick(GR_MOB)
        s = digs(7)
        if intl:
            return fmt_pick(["+30 {a} {b} {c}", "+30 {a}{s}", "0030 {a} {s}", "(+30) {a} {b} {c}",
                             "+30-{a}-{s}", "+30 {a}{d} {e} {f}"], a=a, s=s, b=s[:3], c=s[3:], d=s[0], e=s[1:4], f=s[4:])
        return fmt_pick(["{a}{s}", "{a} {b} {c}", "{a}{d} {e} {f}", "{a} {s}", "{a}-{s}", "{a}.{b}.{c}"],
                        a=a, s=s, b=s[:3], c=s[3:], d=s[0], e=s[1:4], f=s[4:])
    a, n = pick(GR_LAND)
    s = sub(n)
    if intl:
        return fmt_pick(["+30 {a} {s}", "0030 {a} {s}", "(+30) {a}-{s}", "+30 {a} {b} {c}"],
                        a=a, s=s, b=s[:3], c=s[3:])
    return fmt_pick(["{a} {s}", "{a}-{s}", "{a}{s}", "{a} {b} {c}"], a=a, s=s, b=s[:3], c=s[3:])


def phone_ro(intl):
    if R.random() < 0.72:
        a = pick(RO_MOB)
        s = digs(6)
        b, c = s[:3], s[3:]
        if intl:
            return fmt_pick(["+40 {a1} {b} {c}", "+40{a1}{b}{c}", "0040 {a1} {b} {c}", "(+40) {a1} {b} {c}",
                             "+40 (0){a1} {b} {c}", "+4 {a} {b} {c}", "0040-{a1}-{b}-{c}"],
                            a=a, a1=a[1:], b=b, c=c)
        return fmt_pick(["{a} {b} {c}", "{a}{b}{c}", "{a}-{b}-{c}", "{a}.{b}.{c}",
                         "{a} {b1} {b2} {b3}", "{a} {s}"],
                        a=a, b=b, c=c, s=s, b1=s[:2], b2=s[2:4], b3=s[4:])
    a, n = pick(RO_LAND)
    s = sub(n)
    if intl:
        return fmt_pick(["+40 {a1} {b} {c}", "0040 {a1} {s}", "+40 (0){a1} {s}"],
                        a1=a[1:], s=s, b=s[:3], c=s[3:])
    if n == 7:
        return fmt_pick(["{a} {b} {c}", "{a}.{b}.{d}.{e}", "{a}-{s}", "{a} {b} {d} {e}"],
                        a=a, s=s, b=s[:3], c=s[3:], d=s[3:5], e=s[5:])
    return fmt_pick(["{a} {b} {c}", "{a}-{s}", "{a} {s}", "{a}.{b}.{c}"], a=a, s=s, b=s[:3], c=s[3:])


def phone_fi(intl):
    if R.random() < 0.75:
        a = pick(FI_MOB)
        s = digs(7)
        if intl:
            return fmt_pick(["+358 {a1} {b} {c}", "+358{a1}{s}", "00358 {a1} {b} {c}",
                             "+358 (0){a1} {b} {c}", "+358 {a1}-{s}", "+358 {a1} {s}"],
                            a1=a[1:], s=s, b=s[:3], c=s[3:])
        return fmt_pick(["{a} {b} {c}", "{a}-{s}", "{a}{s}", "{a} {d} {e}", "{a} {s}"],
                        a=a, s=s, b=s[:3], c=s[3:], d=s[:4], e=s[4:])
    a, n = pick(FI_LAND)
    s = sub(n)
    if intl:
        return fmt_pick(["+358 {a1} {s}", "+358 {a1} {b} {c}", "00358 {a1} {s}"],
                        a1=a[1:], s=s, b=s[:3], c=s[3:])
    return fmt_pick(["{a} {s}", "{a}-{s}", "({a}) {b} {c}", "{a} {b} {c}", "{a} {d} {e}"],
                    a=a, s=s, b=s[:3], c=s[3:], d=s[:4], e=s[4:])


def phone_uk(intl):
    if R.random() < 0.7:
        while True:
            a = pick(UK_MOB) + digs(2)
            s = digs(6)
            if not (a == "07700" and s.startswith("900")):
                break
        if intl:
            return fmt_pick(["+44 {a1} {s}", "+44 (0){a1} {s}", "0044 {a1} {s}", "+44{a1}{s}",
                             "+44 {a1} {b} {c}"], a1=a[1:], s=s, b=s[:3], c=s[3:])
        f = a + s
        return fmt_pick(["{a} {s}", "{a}{s}", "{a} {b} {c}", "{x} {y} {z}"],
                        a=a, s=s, b=s[:3], c=s[3:], x=f[:4], y=f[4:7], z=f[7:])
    a, n = pick(UK_LAND)
    while True:
        s = sub(n)
        if not s.startswith("496"):
            break
    if n == 8:
        s = pick("378") + s[1:]
        if intl:
            return fmt_pick(["+44 20 {b} {c}", "+44 (0)20 {b} {c}", "0044 20 {b} {c}"], b=s[:4], c=s[4:])
        return fmt_pick(["{a} {b} {c}", "({a}) {b} {c}", "{a}{s}"], a=a, s=s, b=s[:4], c=s[4:])
    if intl:
        return fmt_pick(["+44 {a1} {b} {c}", "+44 (0){a1} {b} {c}", "0044 {a1} {s}"],
                        a1=a[1:], s=s, b=s[:3], c=s[3:])
    return fmt_pick(["{a} {b} {c}", "({a}) {b} {c}", "{a} {s}"], a=a, s=s, b=s[:3], c=s[3:])


def phone_ie(intl):
    if R.random() < 0.7:
        a = pick(IE_MOB)
        s = digs(7, True)
        if intl:
            return fmt_pick(["+353 {a1} {b} {c}", "+353{a1}{s}", "00353 {a1} {s}", "+353 (0){a1} {b} {c}"],
                            a1=a[1:], s=s, b=s[:3], c=s[3:])
        return fmt_pick(["{a} {b} {c}", "{a}{s}", "{a}-{b} {c}", "({a}) {b} {c}"],
                        a=a, s=s, b=s[:3], c=s[3:])
    if R.random() < 0.6:
        a, s = "01", sub(7)
    else:
        a, s = "021", "4" + digs(6)
    if intl:
        return fmt_pick(["+353 {a1} {b} {c}", "00353 {a1} {s}"], a1=a[1:], s=s, b=s[:3], c=s[3:])
    return fmt_pick(["{a} {b} {c}", "({a}) {b} {c}", "{a}-{s}"], a=a, s=s, b=s[:3], c=s[3:])


def phone_us(intl):
    a = pick(US_AREA)
    while True:
        ex = str(R.randint(2, 9)) + digs(2)
        if ex != "555" and ex[1:] != "11":
            break
    ln = digs(4)
    if intl:
        return fmt_pick(["+1 {a} {e} {l}", "+1 ({a}) {e}-{l}", "001 {a} {e} {l}", "+1-{a}-{e}-{l}",
                         "+1 {a}-{e}-{l}"], a=a, e=ex, l=ln)
    return fmt_pick(["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "{a} {e} {l}", "1-{a}-{e}-{l}",
                     "({a}) {e} {l}"], a=a, e=ex, l=ln)


PHONE_FN = {"IT": phone_it, "GR": phone_gr, "RO": phone_ro, "FI": phone_fi, "UK": phone_uk,
            "IE": phone_ie, "US": phone_us}
PHONE_HOME = {"en": [("UK", 40), ("IE", 22), ("US", 24)], "it": [("IT", 1)], "el": [("GR", 1)],
              "ro": [("RO", 1)], "fi": [("FI", 1)]}
PHONE_FOREIGN = [("IT", 3), ("GR", 3), ("RO", 3), ("FI", 3), ("UK", 3), ("IE", 2), ("US", 2)]


def phone_ok(p):
    d = re.sub(r"\D", "", p)
    return 9 <= len(d) <= 15 and not passes_any_check(d) and neg_clean(p)


def phone_value(lang):
    home = PHONE_HOME[lang]
    if R.random() < (0.86 if lang == "en" else 0.74):
        cc = wpick(home)
        intl = R.random() < (0.25 if lang == "en" else 0.3)
    else:
        homes = [h for h, _ in home]
        cc = wpick([p for p in PHONE_FOREIGN if p[0] not in homes])
        intl = True
    return retry(lambda: PHONE_FN[cc](intl), phone_ok)


# ---------------------------------------------------------------------------
# people: names in the forms each language needs, e-mail addresses
# ---------------------------------------------------------------------------
EN_M = ["James", "Oliver", "Daniel", "Thomas", "Michael", "David", "Ryan", "Connor", "Sean",
        "Liam", "Owen", "Patrick", "Nathan", "Callum"]
EN_F = ["Emma", "Sophie", "Olivia", "Sarah", "Charlotte", "Hannah", "Aoife", "Siobhan",
        "Megan", "Rachel", "Jessica", "Emily", "Niamh", "Chloe"]
EN_L = ["Smith", "Jones", "Taylor", "Williams", "Wilson", "Johnson", "Davies", "Patel",
        "Murphy", "O'Brien", "Kelly", "Walsh", "Byrne", "Thompson", "Evans", "Hughes",
        "Clarke", "Garcia", "Robinson", "Doyle", "McCarthy", "Harrison"]
IT_M = ["Marco", "Luca", "Giuseppe", "Alessandro", "Andrea", "Francesco", "Matteo", "Davide",
        "Stefano", "Paolo", "Roberto", "Simone", "Lorenzo", "Antonio"]
IT_F = ["Giulia", "Francesca", "Chiara", "Sara", "Valentina", "Elena", "Martina", "Federica",
        "Silvia", "Alessia", "Laura", "Anna", "Paola", "Roberta"]
IT_L = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
        "Greco", "Mancini", "De Luca", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri",
        "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Martinelli", "Coppola"]
# Greek: (nominative, accusative, vocative, genitive, latin)
EL_M = [("Γιώργος", "Γιώργο", "Γιώργο", "Γιώργου", "giorgos"),
        ("Δημήτρης", "Δημήτρη", "Δημήτρη", "Δημήτρη", "dimitris"),
        ("Νίκος", "Νίκο", "Νίκο", "Νίκου", "nikos"),
        ("Κώστας", "Κώστα", "Κώστα", "Κώστα", "kostas"),
        ("Γιάννης", "Γιάννη", "Γιάννη", "Γιάννη", "giannis"),
        ("Παναγιώτης", "Παναγιώτη", "Παναγιώτη", "Παναγιώτη", "panagiotis"),
        ("Χρήστος", "Χρήστο", "Χρήστο", "Χρήστου", "christos"),
        ("Βασίλης", "Βασίλη", "Βασίλη", "Βασίλη", "vasilis"),
        ("Αντώνης", "Αντώνη", "Αντώνη", "Αντώνη", "antonis"),
        ("Σταύρος", "Σταύρο", "Σταύρο", "Σταύρου", "stavros"),
        ("Μιχάλης", "Μιχάλη", "Μιχάλη", "Μιχάλη", "michalis"),
        ("Θανάσης", "Θανάση", "Θανάση", "Θανάση", "thanasis")]
EL_F = [(n, n, n, g, l) for n, g, l in [
        ("Μαρία", "Μαρίας", "maria"), ("Ελένη", "Ελένης", "eleni"),
        ("Κατερίνα", "Κατερίνας", "katerina"), ("Σοφία", "Σοφίας", "sofia"),
        ("Δέσποινα", "Δέσποινας", "despoina"), ("Αγγελική", "Αγγελικής", "angeliki"),
        ("Ειρήνη", "Ειρήνης", "eirini"), ("Χριστίνα", "Χριστίνας", "christina"),
        ("Αναστασία", "Αναστασίας", "anastasia"), ("Γεωργία", "Γεωργίας", "georgia"),
        ("Δήμητρα", "Δήμητρας", "dimitra"), ("Βασιλική", "Βασιλικής", "vasiliki")]]
# Greek surnames: male (nom, acc, voc, gen), female form, latin male, latin female
EL_L = [(("Παπαδόπουλος", "Παπαδόπουλο", "Παπαδόπουλε", "Παπαδόπουλου"), "Παπαδοπούλου", "papadopoulos", "papadopoulou"),
        (("Γεωργίου",) * 4, "Γεωργίου", "georgiou", "georgiou"),
        (("Νικολάου",) * 4, "Νικολάου", "nikolaou", "nikolaou"),
        (("Παπαδάκης", "Παπαδάκη", "Παπαδάκη", "Παπαδάκη"), "Παπαδάκη", "papadakis", "papadaki"),
        (("Βλάχος", "Βλάχο", "Βλάχε", "Βλάχου"), "Βλάχου", "vlachos", "vlachou"),
        (("Οικονόμου",) * 4, "Οικονόμου", "oikonomou", "oikonomou"),
        (("Αντωνίου",) * 4, "Αντωνίου", "antoniou", "antoniou"),
        (("Μαυρίδης", "Μαυρίδη", "Μαυρίδη", "Μαυρίδη"), "Μαυρίδου", "mavridis", "mavridou"),
        (("Κωνσταντινίδης", "Κωνσταντινίδη", "Κωνσταντινίδη", "Κωνσταντινίδη"), "Κωνσταντινίδου",
         "konstantinidis", "konstantinidou"),
        (("Ιωάννου",) * 4, "Ιωάννου", "ioannou", "ioannou"),
        (("Πετρόπουλος", "Πετρόπουλο", "Πετρόπουλε", "Πετρόπουλου"), "Πετροπούλου", "petropoulos", "petropoulou"),
        (("Καραγιάννης", "Καραγιάννη", "Καραγιάννη", "Καραγιάννη"), "Καραγιάννη", "karagiannis", "karagianni"),
        (("Σταματόπουλος", "Σταματόπουλο", "Σταματόπουλε", "Σταματόπουλου"), "Σταματοπούλου",
         "stamatopoulos", "stamatopoulou"),
        (("Δημητρίου",) * 4, "Δημητρίου", "dimitriou", "dimitriou"),
        (("Μακρής", "Μακρή", "Μακρή", "Μακρή"), "Μακρή", "makris", "makri"),
        (("Αλεξίου",) * 4, "Αλεξίου", "alexiou", "alexiou"),
        (("Ζαχαρίου",) * 4, "Ζαχαρίου", "zachariou", "zachariou"),
        (("Λαμπράκης", "Λαμπράκη", "Λαμπράκη", "Λαμπράκη"), "Λαμπράκη", "lamprakis", "lampraki")]
RO_M = ["Andrei", "Alexandru", "Mihai", "Ionuț", "Cristian", "Adrian", "Florin", "Bogdan",
        "Răzvan", "Gabriel", "Vlad", "Ștefan", "Marius", "Sorin"]
RO_F = ["Maria", "Elena", "Ioana", "Andreea", "Cristina", "Alexandra", "Mihaela", "Raluca",
        "Gabriela", "Diana", "Roxana", "Ana-Maria", "Oana", "Irina"]
RO_L = ["Popescu", "Ionescu", "Popa", "Dumitru", "Stoica", "Gheorghe", "Ciobanu", "Munteanu",
        "Rusu", "Lungu", "Mocanu", "Dobre", "Barbu", "Niță", "Moldovan", "Sârbu", "Crăciun",
        "Diaconu", "Nistor", "Preda", "Bălan", "Stănescu", "Oprea", "Dragomir"]
# Finnish: (nominative, genitive)
FI_M = [("Mikko", "Mikon"), ("Juha", "Juhan"), ("Timo", "Timon"), ("Matti", "Matin"),
        ("Jukka", "Jukan"), ("Antti", "Antin"), ("Pekka", "Pekan"), ("Janne", "Jannen"),
        ("Ville", "Villen"), ("Tuomas", "Tuomaksen"), ("Heikki", "Heikin"), ("Jussi", "Jussin"),
        ("Markku", "Markun"), ("Lauri", "Laurin")]
FI_F = [("Anna", "Annan"), ("Laura", "Lauran"), ("Sanna", "Sannan"), ("Liisa", "Liisan"),
        ("Aino", "Ainon"), ("Elina", "Elinan"), ("Kaisa", "Kaisan"), ("Johanna", "Johannan"),
        ("Riikka", "Riikan"), ("Tiina", "Tiinan"), ("Emmi", "Emmin"), ("Noora", "Nooran"),
        ("Maija", "Maijan"), ("Helmi", "Helmin")]
FI_L = [("Virtanen", "Virtasen"), ("Korhonen", "Korhosen"), ("Mäkinen", "Mäkisen"),
        ("Nieminen", "Niemisen"), ("Mäkelä", "Mäkelän"), ("Hämäläinen", "Hämäläisen"),
        ("Laine", "Laineen"), ("Heikkinen", "Heikkisen"), ("Koskinen", "Koskisen"),
        ("Järvinen", "Järvisen"), ("Lehtonen", "Lehtosen"), ("Lehtinen", "Lehtisen"),
        ("Saarinen", "Saarisen"), ("Salminen", "Salmisen"), ("Heinonen", "Heinosen"),
        ("Niemi", "Niemen"), ("Kinnunen", "Kinnusen"), ("Salonen", "Salosen"),
        ("Turunen", "Turusen"), ("Leinonen", "Leinosen")]

MAIL_PROV = {"en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk",
                    "icloud.com", "eircom.net", "gmail.com"],
             "it": ["gmail.com", "libero.it", "virgilio.it", "alice.it", "hotmail.it", "tiscali.it",
                    "outlook.it", "gmail.com"],
             "el": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com", "windowslive.com", "gmail.com"],
             "ro": ["gmail.com", "yahoo.com", "yahoo.ro", "outlook.com", "gmail.com"],
             "fi": ["gmail.com", "hotmail.com", "elisanet.fi", "outlook.com", "luukku.com", "gmail.com"]}


class Person:
    def __init__(self, lang, female=None):
        self.lang = lang
        self.female = (R.random() < 0.5) if female is None else female
        f = self.female
        self._email = None
        if lang == "en":
            self.first = {"NOM": pick(EN_F if f else EN_M)}
            self.last = {"NOM": pick(EN_L)}
            self.lat = (self.first["NOM"], self.last["NOM"])
        elif lang == "it":
            self.first = {"NOM": pick(IT_F if f else IT_M)}
            self.last = {"NOM": pick(IT_L)}
            self.lat = (self.first["NOM"], self.last["NOM"])
        elif lang == "ro":
            self.first = {"NOM": pick(RO_F if f else RO_M)}
            self.last = {"NOM": pick(RO_L)}
            self.lat = (self.first["NOM"], self.last["NOM"])
        elif lang == "el":
            fn = pick(EL_F if f else EL_M)
            ln = pick(EL_L)
            self.first = dict(zip(["NOM", "ACC", "VOC", "GEN"], fn[:4]))
            if f:
                self.last = {k: ln[1] for k in ["NOM", "ACC", "VOC", "GEN"]}
                self.lat = (fn[4], ln[3])
            else:
                self.last = dict(zip(["NOM", "ACC", "VOC", "GEN"], ln[0]))
                self.lat = (fn[4], ln[2])
        else:
            fn = pick(FI_F if f else FI_M)
            ln = pick(FI_L)
            self.first = {"NOM": fn[0], "GEN": fn[1], "ALL": fn[1][:-1] + "lle"}
            self.last = {"NOM": ln[0], "GEN": ln[1], "ALL": ln[1][:-1] + "lle"}
            self.lat = (fn[0], ln[0])

    def _form(self, d, case):
        if case in d:
            return d[case]
        if case == "ACC" and "GEN" in d and self.lang == "fi":
            return d["GEN"]
        return d["NOM"]

    def full(self, case="NOM"):
        if self.lang == "fi" and case != "NOM":
            # only the surname inflects in a Finnish full name
            return self.first["NOM"] + " " + self._form(self.last, case)
        return self._form(self.first, case) + " " + self._form(self.last, case)

    def firstn(self, case="NOM"):
        return self._form(self.first, case)

    def lastn(self, case="NOM"):
        return self._form(self.last, case)

    def chatname(self):
        n = self.first["NOM"].lower()
        if self.lang == "el" and R.random() < 0.5:
            n = strip_marks(n)
        return n

    def email(self):
        if self._email is None:
            fn = strip_marks(self.lat[0]).lower().replace("-", "").replace("'", "")
            ln = strip_marks(self.lat[1]).lower().replace(" ", "").replace("'", "").replace("-", "")
            prov = pick(MAIL_PROV[self.lang])
            local = wpick([(fn + "." + ln, 30), (fn + ln + str(R.randint(70, 99)), 10),
                           (fn[0] + "." + ln, 10), (ln + "." + fn, 6), (fn + "_" + ln, 6),
                           (fn + "." + ln + str(R.randint(1, 9)), 6), (fn + ln[0] + str(R.randint(80, 2005)), 5)])
            e = local + "@" + prov
            if R.random() < 0.08:
                e = local.split(".")[0].capitalize() + ("." + ".".join(p.capitalize() for p in local.split(".")[1:]) if "." in local else "") + "@" + prov
            self._email = e
        return self._email


def staff_email(p, lang):
    dom = {"en": "northgate-home.co.uk", "it": "casaeclima-shop.it", "el": "oikiaka-eshop.gr",
           "ro": "magazin-casa-verde.ro", "fi": "kotiverkko-kauppa.fi"}[lang]
    fn = strip_marks(p.lat[0]).lower().replace("-", "")
    ln = strip_marks(p.lat[1]).lower().replace(" ", "").replace("'", "")
    return fn + "." + ln + "@" + dom


# ---------------------------------------------------------------------------
# postal addresses in each country's own writing
# ---------------------------------------------------------------------------
IT_STREETS = [("Via", "Garibaldi"), ("Via", "Roma"), ("Via", "Dante Alighieri"), ("Corso", "Cavour"),
              ("Via", "Giuseppe Mazzini"), ("Viale", "Giuseppe Verdi"), ("Via", "XX Settembre"),
              ("Corso", "Vittorio Emanuele II"), ("Via", "dei Mille"), ("Piazza", "della Repubblica"),
              ("Via", "Alessandro Manzoni"), ("Via", "Giacomo Matteotti"), ("Largo", "San Francesco"),
              ("Viale", "Guglielmo Marconi"), ("Via", "Antonio Gramsci"), ("Vicolo", "del Pozzo"),
              ("Via", "delle Rose"), ("Viale", "dei Tigli")]
IT_CITIES = [("Milano", "MI", 20121, 20162), ("Roma", "RM", 118, 199), ("Torino", "TO", 10121, 10156),
             ("Firenze", "FI", 50121, 50145), ("Bologna", "BO", 40121, 40141), ("Napoli", "NA", 80121, 80147),
             ("Genova", "GE", 16121, 16167), ("Padova", "PD", 35121, 35143), ("Verona", "VR", 37121, 37142),
             ("Bari", "BA", 70121, 70132), ("Palermo", "PA", 90121, 90151)]


def addr_it():
    st, nm = pick(IT_STREETS)
    no = str(R.randint(1, 180))
    no = wpick([(no, 6), (no + "/B", 1), (no + "/A", 1), (no + " int. " + str(R.randint(1, 20)), 1),
                (no + ", scala " + pick("ABCD"), 1)])
    city, pv, lo, hi = pick(IT_CITIES)
    cap = "%05d" % R.randint(lo, hi)
    return pick(["{st} {nm} {no}, {cap} {city}", "{st} {nm}, {no} - {cap} {city} ({pv})",
                 "{st} {nm} {no}, {cap} {city} ({pv})", "{st} {nm} {no} - {cap} {city} {pv}"]).format(
        st=st, nm=nm, no=no, cap=cap, city=city, pv=pv)


EL_STREETS = [("", "Ερμού", "A"), ("", "Σταδίου", "A"), ("", "Πανεπιστημίου", "A"), ("οδός ", "Πατησίων", "A"),
              ("Λεωφ. ", "Κηφισίας", "M"), ("Λεωφόρος ", "Αλεξάνδρας", "A"), ("", "Σόλωνος", "A"),
              ("", "Ιπποκράτους", "A"), ("", "Τσιμισκή", "T"), ("", "Εγνατίας", "T"), ("", "Αριστοτέλους", "T"),
              ("οδός ", "Αγίου Νικολάου", "P"), ("", "Μαιζώνος", "P"), ("Λεωφ. ", "Συγγρού", "A"),
              ("", "Καραϊσκάκη", "P"), ("", "Δικαιοσύνης", "H"), ("", "Κορωνέου", "L")]
EL_CITIES = {"A": [("Αθήνα", 104, 117)], "M": [("Μαρούσι", 151, 151), ("Κηφισιά", 145, 145)],
             "T": [("Θεσσαλονίκη", 546, 546)], "P": [("Πάτρα", 262, 262)], "H": [("Ηράκλειο", 712, 712)],
             "L": [("Λάρισα", 412, 412)]}


def addr_el():
    pre, st, area = pick(EL_STREETS)
    city, lo, hi = pick(EL_CITIES[area])
    tk = "%03d %02d" % (R.randint(lo, hi), R.randint(10, 99))
    if R.random() < 0.2:
        tk = tk.replace(" ", "")
    no = str(R.randint(1, 220))
    floor = pick(["1ος", "2ος", "3ος", "4ος", "5ος"])
    return pick(["{pre}{st} {no}, {tk} {city}", "{pre}{st} {no}, Τ.Κ. {tk}, {city}",
                 "{pre}{st} {no}, {floor} όροφος, {tk} {city}", "{pre}{st} {no}, {city} {tk}"]).format(
        pre=pre, st=st, no=no, tk=tk, city=city, floor=floor)


RO_STREETS = [("Str.", "Mihai Eminescu"), ("Strada", "Republicii"), ("Bd.", "Independenței"),
              ("Calea", "Victoriei"), ("Aleea", "Teilor"), ("Șoseaua", "Pantelimon"), ("Splaiul", "Unirii"),
              ("Bulevardul", "Ștefan cel Mare"), ("Str.", "Avram Iancu"), ("Str.", "Florilor"),
              ("Bd.", "Unirii"), ("Str.", "Libertății"), ("Str.", "Trandafirilor"), ("Str.", "Mihai Viteazul"),
              ("Strada", "Zorilor"), ("Aleea", "Castanilor")]
RO_CITIES = [("Cluj-Napoca", 400001, 400690), ("Iași", 700001, 700760), ("Timișoara", 300001, 300990),
             ("Brașov", 500001, 500480), ("Constanța", 900001, 900750), ("Sibiu", 550001, 550390),
             ("Oradea", 410001, 410610), ("Craiova", 200001, 200770)]


def addr_ro():
    st, nm = pick(RO_STREETS)
    no = str(R.randint(1, 160))
    bl = pick(["A", "B", "C", "D", "M"]) + str(R.randint(1, 30))
    if R.random() < 0.4:
        sector = R.randint(1, 6)
        cp = "0%d%04d" % (sector * 2 - 1 if sector < 6 else 6, R.randint(1, 9999))
        return pick(["{st} {nm} nr. {no}, bl. {bl}, sc. {sc}, et. {et}, ap. {ap}, sector {s}, București",
                     "{st} {nm} nr. {no}, ap. {ap}, sector {s}, {cp} București",
                     "{st} {nm} {no}, bl. {bl}, ap. {ap}, București, sector {s}"]).format(
            st=st, nm=nm, no=no, bl=bl, sc=R.randint(1, 4), et=R.randint(1, 10), ap=R.randint(1, 90),
            s=sector, cp=cp)
    city, lo, hi = pick(RO_CITIES)
    cp = "%06d" % R.randint(lo, hi)
    return pick(["{st} {nm} nr. {no}, ap. {ap}, {cp} {city}", "{st} {nm} {no}, {cp} {city}",
                 "{st} {nm} nr. {no}, bl. {bl}, sc. {sc}, ap. {ap}, {city} {cp}",
                 "{st} {nm} nr. {no}, {city}, jud. {jud}"]).format(
        st=st, nm=nm, no=no, ap=R.randint(1, 90), cp=cp, city=city, bl=bl, sc=R.randint(1, 4),
        jud={"Cluj-Napoca": "Cluj", "Iași": "Iași", "Timișoara": "Timiș", "Brașov": "Brașov",
             "Constanța": "Constanța", "Sibiu": "Sibiu", "Oradea": "Bihor", "Craiova": "Dolj"}[city])


FI_STREETS = ["Hämeenkatu", "Aleksanterinkatu", "Koivukuja", "Rantatie", "Isokatu", "Kauppakatu",
              "Puistotie", "Kirkkokatu", "Satamakatu", "Myllytie", "Torikatu", "Pihlajatie",
              "Kalevankatu", "Kuusitie", "Sibeliuksenkatu", "Läntinen Rantakatu", "Vuorikatu"]
FI_CITIES = [("Helsinki", 100, 990), ("Espoo", 2100, 2940), ("Vantaa", 1300, 1760),
             ("Tampere", 33100, 33900), ("Turku", 20100, 20960), ("Oulu", 90100, 90650),
             ("Jyväskylä", 40100, 40950), ("Kuopio", 70100, 70900), ("Lahti", 15100, 15900)]


def addr_fi():
    st = pick(FI_STREETS)
    no = str(R.randint(1, 90))
    apt = wpick([("", 3), (" " + pick("ABCDEF") + " " + str(R.randint(1, 40)), 5),
                 (" as. " + str(R.randint(1, 30)), 2), (" " + pick("ABC"), 1), (" as " + str(R.randint(1, 30)), 1)])
    city, lo, hi = pick(FI_CITIES)
    pc = "%05d" % (R.randint(lo // 10, hi // 10) * 10)
    return pick(["{st} {no}{apt}, {pc} {city}", "{st} {no}{apt}, {pc} {city}", "{st} {no}{apt} {pc} {city}"]).format(
        st=st, no=no, apt=apt, pc=pc, city=city)


UK_STREETS = ["Mill Lane", "Ashgrove Road", "Church Street", "Victoria Road", "Kingsway",
              "Hillside Avenue", "Station Road", "Oakfield Road", "Albert Street", "Queens Drive",
              "Elm Grove", "Beech Crescent", "Marlborough Road", "Castle Street", "Orchard Close"]
UK_TOWNS = [("Leeds", ["LS6", "LS8", "LS17"]), ("Bristol", ["BS6", "BS7", "BS3"]),
            ("Manchester", ["M14", "M20", "M21"]), ("Glasgow", ["G12", "G41", "G31"]),
            ("Cardiff", ["CF14", "CF24", "CF5"]), ("Birmingham", ["B13", "B29", "B17"]),
            ("Edinburgh", ["EH6", "EH10", "EH12"]), ("Sheffield", ["S7", "S10", "S11"]),
            ("Norwich", ["NR2", "NR4"]), ("London", ["SE15", "N16", "E17", "SW11"])]
IE_ADDR = [("Griffith Avenue", "Drumcondra", "Dublin 9", "D09"), ("Rathgar Road", "Rathgar", "Dublin 6", "D06"),
           ("Clontarf Road", "Clontarf", "Dublin 3", "D03"), ("Leinster Road", "Rathmines", "Dublin 6", "D06"),
           ("Howth Road", "Raheny", "Dublin 5", "D05"), ("Douglas Road", "", "Cork", "T12"),
           ("Newcastle Road", "", "Galway", "H91"), ("O'Connell Avenue", "", "Limerick", "V94")]
US_ADDR = [("Portland", "OR", 97201, 97236), ("Austin", "TX", 78701, 78759), ("Boston", "MA", 2108, 2136),
           ("Chicago", "IL", 60601, 60661), ("Denver", "CO", 80202, 80249), ("Seattle", "WA", 98101, 98199)]
US_STREETS = ["Maple Avenue", "Cedar Street", "Oak Street", "Elm Street", "Washington Avenue",
              "Lincoln Street", "Pine Street", "Highland Avenue", "Lakeview Drive"]
UK_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
EIR = "ACDEFHKNPRTVWXY"


def addr_en():
    k = wpick([("uk", 5), ("ie", 3), ("us", 3)])
    if k == "uk":
        town, outs = pick(UK_TOWNS)
        pc = pick(outs) + " " + str(R.randint(1, 9)) + pick(UK_INWARD) + pick(UK_INWARD)
        st = pick(UK_STREETS)
        no = str(R.randint(1, 140))
        flat = wpick([("", 3), ("Flat " + str(R.randint(1, 12)) + ", ", 2), ("Apartment " + str(R.randint(1, 30)) + ", ", 1)])
        return pick(["{flat}{no} {st}, {town} {pc}", "{flat}{no} {st}, {town}, {pc}"]).format(
            flat=flat, no=no, st=st, town=town, pc=pc)
    if k == "ie":
        st, area, city, rk = pick(IE_ADDR)
        code = rk + " " + pick(EIR) + str(R.randint(1, 9)) + pick(EIR) + str(R.randint(0, 9))
        no = str(R.randint(1, 120))
        if area:
            return "{no} {st}, {area}, {city}, {code}".format(no=no, st=st, area=area, city=city, code=code)
        return pick(["{no} {st}, {city} {code}", "Apt {a}, {no} {st}, {city}, {code}"]).format(
            no=no, st=st, city=city, code=code, a=R.randint(1, 20))
    city, stc, lo, hi = pick(US_ADDR)
    return pick(["{no} {st}, Apt {apt}, {city}, {stc} {z}", "{no} {st}, {city}, {stc} {z}",
                 "{no} {st} #{apt}, {city}, {stc} {z}"]).format(
        no=R.randint(100, 9800), st=pick(US_STREETS), apt=str(R.randint(1, 12)) + pick("ABCD"),
        city=city, stc=stc, z="%05d" % R.randint(lo, hi))


ADDR_FN = {"en": addr_en, "it": addr_it, "el": addr_el, "ro": addr_ro, "fi": addr_fi}


def addr_ok(a):
    # the numbers inside an address must not pass an id check either
    return neg_clean(a) and not any(passes_any_check(d) for d in re.findall(r"\d+", a))


# ---------------------------------------------------------------------------
# tricky negatives (distractors); every digit string fails every id check
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


def rdate():
    y = wpick([(2026, 6), (2025, 4)])
    m = R.randint(1, 12)
    return R.randint(1, 28), m, y


def neg_date(lang):
    d, m, y = rdate()
    while lang == "it" and d in (1, 8, 11):
        d = R.randint(2, 28)
    mn = MONTHS[lang][m - 1]
    if lang == "en":
        opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%s %d" % (mn, d),
                "%d-%02d-%02d" % (y, m, d), "%d/%d/%d" % (m, d, y), "%d %s" % (d, mn),
                "%02d.%02d.%d" % (d, m, y)]
    elif lang == "it":
        opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%02d-%02d-%d" % (d, m, y),
                "%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d/%d/%02d" % (d, m, y % 100),
                "%d %s" % (d, mn)]
    elif lang == "el":
        opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%d-%d-%d" % (d, m, y),
                "%02d.%02d.%d" % (d, m, y), "%d/%d" % (d, m), "%d %s" % (d, mn), "%d/%d/%02d" % (d, m, y % 100)]
    elif lang == "ro":
        opts = ["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%02d/%02d/%d" % (d, m, y),
                "%d-%02d-%02d" % (y, m, d), "%d %s" % (d, mn), "%02d.%02d.%02d" % (d, m, y % 100)]
    else:
        opts = ["%d.%d.%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d. %s %d" % (d, mn, y),
                "%d-%02d-%02d" % (y, m, d), "%02d.%02d.%d" % (d, m, y), "%d.%d.%02d" % (d, m, y % 100)]
    return pick(opts)


def neg_dshort(lang, d, m, y, us=False):
    if lang == "en":
        return "%d/%d/%02d" % (m, d, y % 100) if us else "%02d/%02d/%d" % (d, m, y)
    if lang == "it":
        return "%02d/%02d/%02d" % (d, m, y % 100)
    if lang == "el":
        return "%d/%d/%02d" % (d, m, y % 100)
    if lang == "ro":
        return "%02d.%02d.%d" % (d, m, y)
    return "%d.%d.%d" % (d, m, y)


def time_fmt(lang, h, mi, k):
    if lang == "en":
        ap = "pm" if h >= 12 else "am"
        return ["%02d:%02d" % (h, mi), "%d:%02d %s" % ((h - 1) % 12 + 1, mi, ap),
                "%d.%02d%s" % ((h - 1) % 12 + 1, mi, ap), "%d:%02d" % (h, mi)][k]
    if lang == "fi":
        return ["%d.%02d" % (h, mi), "%02d.%02d" % (h, mi), "%d:%02d" % (h, mi), "%d.%02d" % (h, mi)][k]
    return ["%02d:%02d" % (h, mi), "%d.%02d" % (h, mi), "%d:%02d" % (h, mi), "%02d:%02d" % (h, mi)][k]


def neg_time(lang):
    return time_fmt(lang, R.randint(8, 19), pick([0, 5, 10, 15, 20, 30, 40, 45, 50]), R.randrange(4))


def neg_time_pair(lang):
    k = R.randrange(4)
    h = R.randint(8, 16)
    m1 = pick([0, 15, 30, 45])
    h2, m2 = h + R.randint(0, 3), pick([0, 15, 30, 45])
    if h2 == h and m2 <= m1:
        h2 += 1
    return time_fmt(lang, h, m1, k), time_fmt(lang, h2, m2, k)


def thou(n, sep):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def neg_price(lang, big=False):
    if big:
        n = R.randint(1000, 48000)
    else:
        n = R.choice([R.randint(3, 99), R.randint(100, 999)])
    c = R.randint(0, 99) if R.random() < 0.7 else 0
    cs = "%02d" % c
    if lang == "en":
        sym = wpick([("£", 5), ("€", 3), ("$", 2)])
        a = thou(n, ",")
        return pick(["%s%s.%s" % (sym, a, cs), "%s%s" % (sym, a), "%s.%s %s" % (a, cs, {"£": "GBP", "€": "EUR", "$": "USD"}[sym])])
    if lang in ("it", "el"):
        a = thou(n, ".")
        w = "euro" if lang == "it" else "ευρώ"
        return pick(["%s,%s €" % (a, cs), "€ %s,%s" % (a, cs), "%s,%s€" % (a, cs), "%s %s" % (a, w),
                     "EUR %s,%s" % (a, cs), "€%s" % a])
    if lang == "ro":
        a = thou(n, ".")
        return pick(["%s,%s lei" % (a, cs), "%s lei" % a, "%s,%s RON" % (a, cs), "€ %s,%s" % (a, cs),
                     "RON %s" % a])
    a = thou(n, " ")
    return pick(["%s,%s €" % (a, cs), "%s €" % a, "%s,%s€" % (a, cs), "%s euroa" % a, "EUR %s,%s" % (a, cs)])


def d10(prefixes):
    p = pick(prefixes)
    return p + digs(10 - len(p))


PHONELIKE10 = {"en": ["07", "07", "087", "212", "415", "020"], "it": ["3", "34", "33", "02", "06"],
               "el": ["69", "21", "231"], "ro": ["07", "072", "074", "021"], "fi": ["04", "05", "09"]}


def neg_order(lang):
    y = pick(["2025", "2026"])
    return pick([digs(6, True), digs(7, True), digs(8, True), digs(9, True), "ORD-%s-%s" % (y, digs(6)),
                 "%s-%s" % (y, digs(6)), pick(["A", "B", "W"]) + "-" + digs(5, True),
                 {"en": "UK", "it": "IT", "el": "GR", "ro": "RO", "fi": "FI"}[lang] + "-" + digs(7, True),
                 "WEB" + digs(6), d10(PHONELIKE10[lang]), digs(11, True)])


def neg_order10(lang):
    return d10(PHONELIKE10[lang])


def neg_orderys(lang):
    y = pick(["2025", "2026"])
    return pick(["%s-%s" % (y, digs(6)), "%s/%s" % (y, digs(6)), "%s-%s" % (y, digs(7)),
                 "%s-%s" % (y[2:], digs(6)), y + digs(6)])


def neg_longrun(lang):
    return digs(R.choice([12, 14, 15, 16, 18]), True)


INV_FORMS = {
    "en": lambda: pick(["INV-%s-%s" % (pick(["2025", "2026"]), digs(5)), "INV" + digs(6), "SI-" + digs(5, True),
                        "%s/%s" % (pick(["2025", "2026"]), digs(4))]),
    "it": lambda: pick(["FT %s/%s" % (pick(["2025", "2026"]), digs(4)), "%d/%s" % (R.randint(1, 999), pick(["2025", "2026"])),
                        "FPR %s/%s" % (digs(4, True), pick(["25", "26"])), "%s-FT-%s" % (pick(["2025", "2026"]), digs(5))]),
    "el": lambda: pick(["ΤΠΥ Α %s" % digs(4, True), "ΤΔΑ %s" % digs(5), "Α-%s/%s" % (pick(["2025", "2026"]), digs(4)),
                        "ΑΛΠ %s" % digs(4, True), "ΑΠΥ %s" % digs(3, True)]),
    "ro": lambda: pick(["%s %s" % (pick(["BV", "CJ", "IS", "MGZ", "FCT"]), digs(6)), "FCT-%s-%s" % (pick(["2025", "2026"]), digs(5)),
                        "MGZ %s" % digs(7)]),
    "fi": lambda: pick([digs(6, True), "%s-%s" % (pick(["2025", "2026"]), digs(4, True)), "RK-" + digs(6)]),
}


def neg_invoice(lang):
    return INV_FORMS[lang]()


def neg_ticket(lang):
    return pick(["TCK-" + digs(5, True), "SR-%s-%s" % (pick(["2025", "2026"]), digs(4)), "INC" + digs(7),
                 digs(8, True), "T" + digs(6, True)])


def neg_case(lang):
    return pick(["CS-%s-%s" % (pick(["2025", "2026"]), digs(5)), digs(8), "1-" + digs(8, True),
                 "CAS-%s-%s" % (digs(5, True), pick(["X7K2", "Q4M1", "B8T3", "L2R9"])), digs(10, True)])


def neg_custno(lang):
    return pick(["C-" + digs(7), digs(10), digs(8, True), "CL-" + digs(6, True), digs(9, True), digs(11, True)])


def neg_rma(lang):
    return pick(["RMA-" + digs(5, True), "RMA %s-%s" % (pick(["2025", "2026"]), digs(4)), "R" + digs(7),
                 "RMA" + digs(8, True)])


def neg_ref(lang):
    return pick([digs(10, True), "REF-" + digs(8, True), "%s-%s-%s" % (digs(4, True), digs(4), digs(2)),
                 "P-%s-%s" % (pick(["2025", "2026"]), digs(6)), d10(PHONELIKE10[lang]), digs(12, True)])


def neg_booking(lang):
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return pick(["".join(pick(L + "23456789") for _ in range(6)), digs(6, True), "HB-" + digs(5, True),
                 "BK" + digs(7, True)])


S10_SUFFIX = {"en": ["GB", "IE", "GB"], "it": ["IT"], "el": ["GR"], "ro": ["RO"], "fi": ["FI"]}


def neg_track(lang):
    k = wpick([("s10", 5), ("ups", 2), ("dhl", 2), ("n12", 2), ("n13", 1), ("jjfi", 1 if lang == "fi" else 0)])
    if k == "s10":
        b = digs(8)
        return pick(["RR", "RA", "CP", "LX", "RB", "EE", "UA", "RL"]) + b + s10_digit(b) + pick(S10_SUFFIX[lang])
    if k == "ups":
        return "1Z" + "".join(pick("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)) + digs(10)
    if k == "dhl":
        return "JJD" + digs(18)
    if k == "n12":
        return pick([digs(12, True), " ".join([digs(4, True), digs(4), digs(4)])])
    if k == "n13":
        return digs(13, True)
    return "JJFI" + digs(20)


POSTCODES = {"en": lambda: pick([pick(["LS6", "BS7", "M20", "G12", "EH10", "CF24", "SE15"]),
                                 "%05d" % R.randint(10001, 98199), pick(["D09", "D06", "T12", "H91"])]),
             "it": lambda: "%05d" % R.choice([R.randint(20121, 20162), R.randint(10121, 10156), R.randint(40121, 40141),
                                               R.randint(80121, 80147), R.randint(118, 199)]),
             "el": lambda: "%03d %02d" % (R.choice([R.randint(104, 117), 546, 262, 712]), R.randint(10, 99)),
             "ro": lambda: "%06d" % R.choice([R.randint(400001, 400690), R.randint(700001, 700760),
                                               R.randint(10001, 62999), R.randint(300001, 300990)]),
             "fi": lambda: "%05d" % (R.choice([R.randint(10, 99), R.randint(3310, 3390), R.randint(2010, 2096),
                                                R.randint(9010, 9065)]) * 10)}


def neg_postcode(lang):
    return POSTCODES[lang]()


def neg_pcode(lang):
    A = "ABCDEFGHKLMNPRSTVXZ"
    return pick(["%s-%s" % (digs(4, True), pick(["BLK", "WHT", "GRY", "XL", "M"])),
                 "%s%s-%s" % (pick(A), pick(A), digs(4, True)), "ART%s%s" % (digs(5), pick(A)),
                 "%s%s%s%s" % (pick(A), pick(A), digs(3, True), pick(A)),
                 "%s-%s-%s%s" % (pick(A) + pick(A), digs(2, True), pick(A), digs(1)),
                 "%s%s-%s" % (pick(["TV", "WM", "DW", "KB"]), digs(2, True), pick(["UQ7500", "X900", "A41", "S60"]))])


def neg_serial(lang):
    A = "ABCDEFGHJKLMNPQRSTVWXYZ"

    def al(n):
        return "".join(pick(A + "0123456789") for _ in range(n))
    return pick([digs(1, True) + pick(A) + pick(A) + digs(4) + al(3), "C02" + al(9), "R58" + pick(A) + digs(2) + al(5),
                 "SN" + digs(10, True), "%s-%s-%s" % (al(4), digs(4), digs(4)), digs(12, True), al(2) + digs(9)])


EAN_PRE = {"en": ["50"], "it": ["80", "83"], "el": ["520"], "ro": ["594"], "fi": ["64"]}


def neg_ean(lang):
    p = pick(EAN_PRE[lang])
    b = p + digs(12 - len(p))
    return b + ean_digit(b)


def neg_imei(lang):
    # real IMEIs carry a Luhn digit; these are kept Luhn-invalid so that no
    # negative digit string passes a card check (see README)
    return pick(["35", "86", "01", "35", "99"]) + digs(13)


def neg_qty(lang):
    n = wpick([(R.randint(2, 12), 6), (R.randint(13, 60), 3), (R.randint(100, 500), 1)])
    return str(n)


def neg_percent(lang):
    v = pick({"en": ["20", "15", "10", "5", "25", "30"], "it": ["22", "10", "4", "20", "15", "30"],
              "el": ["24", "13", "6", "20", "15", "30"], "ro": ["19", "21", "9", "5", "20", "15"],
              "fi": ["25,5", "24", "14", "10", "20", "30"]}[lang])
    sp = " " if lang == "fi" and R.random() < 0.6 else ("" if R.random() < 0.8 else " ")
    return v + sp + "%"


def neg_year(lang):
    return str(R.randint(2014, 2025))


def neg_version(lang):
    return pick(["%d.%d.%d" % (R.randint(1, 12), R.randint(0, 20), R.randint(0, 9)), "v%d.%d" % (R.randint(2, 9), R.randint(0, 12)),
                 "%d.%d" % (R.randint(10, 18), R.randint(0, 7)), "%d.%d.%d" % (R.randint(1, 5), R.randint(0, 30), R.randint(10, 99))])


def neg_meter(lang):
    return pick([digs(5), digs(6), "%s %s" % (digs(2, True), digs(3)) if lang in ("fi", "ro") else digs(5, True),
                 thou(R.randint(1000, 99999), "." if lang in ("it", "el", "ro") else ("," if lang == "en" else " "))])


BICS = {"en": None, "it": ["UNCRITMM", "BCITITMM", "BAPPIT21", "BPMOIT22"], "el": ["ETHNGRAA", "PIRBGRAA", "ERBKGRAA", "CRBAGRAA"],
        "ro": ["BTRLRO22", "RNCBROBU", "BRDEROBU", "INGBROBU"], "fi": ["NDEAFIHH", "OKOYFIHH", "DABAFIHH", "HANDFIHH"]}


def neg_sortcode(lang):
    if lang == "en":
        return "%s-%s-%s" % (digs(2, True), digs(2), digs(2))
    if lang == "it" and R.random() < 0.5:
        return pick(IT_ABI)
    return pick(BICS[lang]) + ("XXX" if R.random() < 0.3 else "")


def neg_viite(lang):
    base = digs(R.randint(5, 12), True)
    v = base + viite_digit(base)
    out = []
    while len(v) > 5:
        out.insert(0, v[-5:])
        v = v[:-5]
    out.insert(0, v)
    return " ".join(out)


def neg_expiry(lang):
    m, y = R.randint(1, 12), R.randint(26, 31)
    return pick(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y)])


NEG = {  # slot -> (generator, distractor type)
    "PRICE": (lambda l: neg_price(l), "PRICE"),
    "AMOUNT": (lambda l: neg_price(l, True), "PRICE"),
    "DATE": (neg_date, "DATE"),
    "TIME": (neg_time, "TIME"),
    "EXPIRY": (neg_expiry, "DATE"),
    "ORDER": (neg_order, "ORDER_NUMBER"),
    "ORDER10": (neg_order10, "ORDER_NUMBER"),
    "ORDERYS": (neg_orderys, "ORDER_NUMBER"),
    "LONGRUN": (neg_longrun, "ORDER_NUMBER"),
    "TICKET": (neg_ticket, "ORDER_NUMBER"),
    "CASE": (neg_case, "ORDER_NUMBER"),
    "CUSTNO": (neg_custno, "ORDER_NUMBER"),
    "RMA": (neg_rma, "ORDER_NUMBER"),
    "REF": (neg_ref, "ORDER_NUMBER"),
    "BOOKING": (neg_booking, "ORDER_NUMBER"),
    "INVOICE": (neg_invoice, "INVOICE_NUMBER"),
    "VIITE": (neg_viite, "INVOICE_NUMBER"),
    "TRACK": (neg_track, "TRACKING_NUMBER"),
    "POSTCODE": (neg_postcode, "PRODUCT_CODE"),
    "PCODE": (neg_pcode, "PRODUCT_CODE"),
    "SERIAL": (neg_serial, "PRODUCT_CODE"),
    "EAN": (neg_ean, "PRODUCT_CODE"),
    "IMEI": (neg_imei, "PRODUCT_CODE"),
    "SORTCODE": (neg_sortcode, "PRODUCT_CODE"),
    "QTY": (neg_qty, "QUANTITY"),
    "NINST": (lambda l: str(R.randint(2, 12)), "QUANTITY"),
    "PERCENT": (neg_percent, "QUANTITY"),
    "METER": (neg_meter, "QUANTITY"),
    "YEAR": (neg_year, "YEAR"),
    "VERSION": (neg_version, "VERSION"),
}


def make_neg(slot, lang):
    fn, typ = NEG[slot]
    return retry(lambda: fn(lang)), typ


# ---------------------------------------------------------------------------
# language content.  Slots: {C_*} customer, {A_*} agent, {T_*} third person
# (FULL/FIRST/LAST, optional case _ACC/_VOC/_GEN/_ALL; C_FL = chat-style
# lower-case first name); {G:m|f}, {AG:m|f}, {TG:m|f} pick by gender;
# {X} the current item, {BAD}/{GOOD} a mistyped value and its correct twin,
# {BADX} a mistyped value alone, {LBL:form} the label of the current item;
# id slots {CARD} {IBAN} {CF} {PIVA} {AMKA} {AFM} {CNP} {HETU}; {PHONE}
# {EMAIL} {EMAIL_T} {ADDR}; all upper-case negative slots of NEG above.
# ---------------------------------------------------------------------------
CONTENT = {}

CONTENT["en"] = {
    "lbl": {"n": {"CARD": "card number", "IBAN": "IBAN", "CF": "codice fiscale", "PIVA": "VAT number",
                  "AMKA": "AMKA number", "AFM": "AFM number", "CNP": "CNP", "HETU": "personal identity code",
                  "PHONE": "phone number", "EMAIL": "email address", "ADDR": "address"}},
    "chat": {
        "CARD": ["card number is {CARD}", "can u use {CARD} instead, the other one expired",
                 "paid with {CARD} exp {EXPIRY}", "new card: {CARD}", "it's {CARD}, the debit one"],
        "IBAN": ["iban for the refund: {IBAN}", "refund to {IBAN} please", "my IBAN is {IBAN}",
                 "send it back to this account {IBAN}"],
        "CF": ["my codice fiscale is {CF}", "italian tax code {CF} for the receipt pls", "CF: {CF} (I live in Milan)"],
        "PIVA": ["VAT no for the invoice: {PIVA}", "please add our partita IVA {PIVA}", "company VAT {PIVA} (Italy)"],
        "AMKA": ["my AMKA is {AMKA}", "greek social security no {AMKA}", "AMKA {AMKA} for the pharmacy order"],
        "AFM": ["my AFM is {AFM}", "greek tax id {AFM} for the invoice", "afm {AFM} (greek invoice)"],
        "CNP": ["my CNP is {CNP}", "romanian personal code {CNP}", "CNP {CNP} for the customs form"],
        "HETU": ["my henkilötunnus is {HETU}", "finnish id code {HETU}", "hetu {HETU} for the finnish account"],
        "BARE": ["here's my personal number: {X}", "number from my ID card: {X}",
                 "it's {X} (my personal id no, not the order)", "{X} is the one on my residence card"],
        "PHONE": ["call me on {PHONE}", "my number's {PHONE}", "txt me at {PHONE} when it ships",
                  "can you ring {PHONE} after {TIME}?", "new mobile {PHONE}", "whatsapp me on {PHONE}"],
        "EMAIL": ["my email is {EMAIL}", "send it to {EMAIL} pls", "{EMAIL} is the right address",
                  "use {EMAIL} not the old one"],
        "ADDR": ["deliver to {ADDR} please", "address is {ADDR}", "can you change delivery to {ADDR}?"],
        "NAME": ["hi it's {C_FL} again", "hello, {C_FULL} here", "this is {C_FULL}, order {ORDER}",
                 "im {C_FL}, spoke to someone yesterday", "thanks {A_FIRST}!", "hiya, {C_FL} here about the refund"],
        "THIRD": ["{T_FIRST} from your store said to message here",
                  "my {TG:husband|wife} {T_FULL} placed the order, not me"],
        "BAD_PAIR": ["sorry typo, not {BAD} but {GOOD}", "oops that should be {GOOD} not {BAD}",
                     "{BAD} was wrong, it's {GOOD}"],
        "BAD_ALONE": ["the site says {BADX} is invalid??", "why does it reject {BADX}"],
        "NEG": ["any news on order {ORDER}?", "tracking {TRACK} hasn't moved since {DATE}",
                "is the {PRICE} deal still on?", "ticket {TICKET} still open", "was told to call back and quote {REF}",
                "ordered {QTYB} but got {QTYA}", "is order {ORDER10} shipping today? pls call if not",
                "delivery slot {DATE} {TIME} ok?", "hi, return {RMA} was dropped off on {DATE}",
                "still waiting on refund of {AMOUNT}", "does {PCODE} come in {QTY} packs?"],
        "FILLER": ["ok thanks", "great, thank you!", "still waiting...", "any update?", "perfect"],
    },
    "sent": {
        "CARD": ["The payment was taken from my card {CARD} on {DATE}, but the order still says unpaid.",
                 "Please charge the remaining {PRICE} to {CARD} instead of the card on file.",
                 "I've now got a replacement card, number {CARD}, expiry {EXPIRY}.",
                 "The same charge of {PRICE} appeared twice on {CARD}, on {DATE} and on {DATE}.",
                 "For the deposit you can use my card: {CARD}."],
        "IBAN": ["Could you send the refund of {PRICE} to my account {IBAN}?",
                 "My bank details for the refund are: IBAN {IBAN}.",
                 "The account is in my name, IBAN {IBAN}.",
                 "Please pay the compensation into {IBAN}; it's a joint account with my {TG:husband|wife}.",
                 "I've changed banks, so the direct debit should now come from {IBAN}."],
        "CF": ["Since I live in Italy, the receipt needs my codice fiscale: {CF}.",
               "For the Italian warranty registration my codice fiscale is {CF}.",
               "My tax code in Italy is {CF}, in case the invoice has to be issued there."],
        "PIVA": ["The invoice should go to our Italian company, partita IVA {PIVA}.",
                 "Please put VAT number {PIVA} on the invoice, it's my sole-trader business in Turin.",
                 "My Italian VAT ID is {PIVA}; the previous invoice didn't show it."],
        "AMKA": ["The clinic in Athens needs my AMKA, which is {AMKA}.",
                 "My Greek social security number (AMKA) is {AMKA}, if that helps you find the prescription.",
                 "For the insurance claim in Greece they asked for my AMKA: {AMKA}."],
        "AFM": ["Please issue the receipt with my Greek tax number, AFM {AFM}.",
                "My AFM is {AFM}; the accountant in Thessaloniki needs it on the invoice.",
                "The tax ID for the Greek invoice is {AFM}."],
        "CNP": ["The courier in Romania asked for my CNP, which is {CNP}.",
                "For the Romanian warranty form, my personal numeric code is {CNP}.",
                "My CNP is {CNP}, as printed on my Romanian ID card."],
        "HETU": ["The Finnish pharmacy asked for my personal identity code, {HETU}.",
                 "My henkilötunnus is {HETU}, if you need it for the Finnish account.",
                 "For the delivery to Helsinki, my Finnish ID code is {HETU}."],
        "BARE": ["I've copied the number from my ID card, it's {X}.",
                 "Here is my personal number, as you asked: {X}.",
                 "The number on my residence permit is {X}, I hope that's the right one.",
                 "You asked me to confirm who I am, so: {X}."],
        "PHONE": ["You can call me on {PHONE} any time after {TIME}.",
                  "My mobile number has changed, the new one is {PHONE}.",
                  "If I'm not in, the courier can ring {PHONE}.",
                  "Please text me on {PHONE} when the engineer is on the way.",
                  "My {TG:husband|wife} {T_FIRST} is also on the account, {TG:his|her} number is {PHONE}.",
                  "The best number during the day is my work phone, {PHONE}."],
        "EMAIL": ["Please send all correspondence to {EMAIL}.",
                  "I didn't receive the confirmation at {EMAIL}, could you resend it?",
                  "My e-mail address is {EMAIL}.",
                  "You can also copy in my {TG:husband|wife} at {EMAIL_T}."],
        "ADDR": ["The parcel should go to {ADDR}.", "I've moved, my new address is {ADDR}.",
                 "Please collect the faulty unit from {ADDR} on {DATE}.",
                 "The invoice address is still {ADDR}, please don't change it."],
        "NAME": ["My name is {C_FULL} and I'm writing about order {ORDER}.",
                 "This is {C_FULL}, I called on {DATE} about a faulty kettle.",
                 "Hello, it's {C_FULL} again.", "I'm {C_FULL}, the account holder."],
        "THIRD": ["I spoke to {T_FULL} on {DATE}, who promised a call back that never came.",
                  "Your colleague {T_FIRST} said the refund would arrive within {NINST} working days.",
                  "The order was placed by my {TG:son|daughter} {T_FULL}, but I paid for it.",
                  "Please add {T_FULL} as a second contact on the account."],
        "SIGN": ["Thanks, {C_FIRST}", "Regards, {C_FULL}", "Many thanks, {C_FULL}", "Cheers, {C_FIRST}"],
        "BAD_PAIR": ["Sorry, in my last message I wrote {BAD}; the correct {LBL:n} is {GOOD}.",
                     "Correction: my {LBL:n} is {GOOD}, not {BAD}.",
                     "The form shows {BAD}, but that's a typo, it should be {GOOD}."],
        "BAD_ALONE": ["Your website keeps rejecting {BADX} as my {LBL:n}, can you check why?",
                      "The letter you sent has {BADX} as my {LBL:n}, which doesn't look right."],
        "NEG": ["Order {ORDER} was charged {PRICE} on {DATE}, but only {QTYA} of the {QTYB} items arrived.",
                "When you call back, please quote reference {REF}.",
                "I rang at {TIME} and was given case number {CASE}.",
                "Tracking number {TRACK} hasn't updated since {DATE}.",
                "Invoice {INVOICE} totals {AMOUNT} including {PERCENT} VAT.",
                "The serial number on the back of the unit is {SERIAL} and it's a {YEAR} model.",
                "The phone's IMEI is {IMEI}, the repair shop asked for it.",
                "My booking {BOOKING} is for {DATE} at {TIME}.",
                "Return authorisation {RMA} was issued on {DATE} but nobody has collected the parcel.",
                "The app is on version {VERSION} and still crashes at checkout.",
                "Your invoice footer shows sort code {SORTCODE}; is that still your company account?",
                "Do you deliver to {POSTCODE}, or is it outside your area?",
                "The meter read {METER} on {DATE}, which doesn't match the bill.",
                "My customer number is {CUSTNO}, the agent on the phone asked me to mention it.",
                "I ordered {QTY} units of {PCODE} at {PRICE} each.",
                "The barcode on the box reads {EAN}.",
                "Contract number {LONGRUN} was printed on the renewal letter for {YEAR}.",
                "Please call me about order {ORDER10}, it still hasn't shipped.",
                "The price went up from {PRICE} to {PRICE} between {DATE} and {DATE}.",
                "Your advert promised {PERCENT} off until {DATE}.",
                "The man on the phone told me to quote {ORDERYS} when calling.",
                "I was on hold from {TIMEA} to {TIMEB} and then the call dropped.",
                "Order {ORDERYS} should have arrived on {DATE}.",
                "Ticket {TICKET} was closed at {TIME} without a reply.",
                "The total of {AMOUNT} was split into {NINST} monthly instalments.",
                "If you ring, my account reference is {CUSTNO}, not the order number."],
        "GREET": ["Hello,", "Hi,", "Good morning,", "Hi there,"],
    },
    "email": {
        "subject": ["Subject: Order {ORDER}", "Subject: Refund request", "Subject: Re: your case {CASE}",
                    "Subject: Wrong item delivered", "Subject: Updating my details",
                    "Subject: Complaint – delivery on {DATE}"],
        "greet_c": ["Hello,", "Dear Customer Service,", "Hi there,", "Good afternoon,"],
        "greet_c_named": ["Dear {A_FULL},", "Hi {A_FIRST},", "Hello {A_FIRST},"],
        "open_c": ["I'm writing about my order {ORDER}, placed on {DATE}.",
                   "I am following up on our phone call this morning at {TIME}.",
                   "Further to my previous email, here are the details you asked for.",
                   "I'm afraid the replacement you sent on {DATE} is faulty as well.",
                   "I'd like to request a refund for invoice {INVOICE}."],
        "close_c": ["Thanks in advance,", "Kind regards,", "Best wishes,", "Many thanks,", "Regards,"],
        "end_noname": ["Thanks.", "Thank you for your help.", "Sent from my phone"],
        "greet_a_named": ["Dear {G:Mr|Ms} {C_LAST},", "Hi {C_FIRST},", "Dear {C_FULL},"],
        "greet_a": ["Dear customer,", "Hello,"],
        "open_a": ["Thank you for contacting us about order {ORDER}.",
                   "Following your call on {DATE} at {TIME}, I have looked into your account.",
                   "I'm sorry to hear the delivery on {DATE} did not go as planned."],
        "agent_item": ["We have updated the {LBL:n} on your account to {X}.",
                       "For security, please confirm that {X} is your {LBL:n}.",
                       "Our records show {X} as your {LBL:n}."],
        "agent_bad": ["The value you gave us, {BADX}, does not pass our validity check; could you send it again?",
                      "You wrote {BAD}, but our records show {GOOD}, so we have used the second one."],
        "agent_neg": ["Your refund of {PRICE} was processed on {DATE} under reference {REF}.",
                      "The replacement will be dispatched by {DATE} with tracking number {TRACK}.",
                      "Your case number is {CASE}; please keep it for future calls.",
                      "If you phone us, please quote return number {RMA}."],
        "close_a": ["Kind regards,", "Best regards,", "With best wishes,"],
        "sig_a_named": ["{A_FULL}\nCustomer Care", "{A_FIRST}\nCustomer Support Team"],
        "sig_a_team": ["The Customer Care Team", "Customer Support"],
        "sig_phone": ["Mobile: {PHONE}", "Tel: {PHONE}", "{PHONE}", "M: {PHONE}"],
        "sig_email": ["{EMAIL}", "Email: {EMAIL}"],
    },
    "tr": {
        "labels": [("Agent", "Customer"), ("AGENT", "CALLER"), ("Operator", "Caller")],
        "header": ["Call transcript – {DATE}, {TIME}", "[Call {CASE} | {DATE} {TIME}]", "Recording started {TIME}"],
        "agent_open_named": ["Good morning, you're through to customer services, my name is {A_FIRST}, how can I help?",
                             "Thanks for calling, you're speaking with {A_FIRST}."],
        "agent_open": ["Good morning, customer services, how can I help?", "Hello, thanks for calling, how can I help today?"],
        "cust_open_named": ["Hi, it's {C_FULL}, I'm calling about order {ORDER}.",
                            "Hello, my name's {C_FULL}, I've got a problem with a delivery."],
        "cust_open": ["Hi, I'm calling about order {ORDER}.", "Hello, I placed an order on {DATE} and it hasn't arrived."],
        "ask": ["Could I take your {LBL:n}, please?", "Can you give me the {LBL:n}?", "And what's the {LBL:n}?"],
        "ask_special": {"PHONE": "What's the best number to reach you on?",
                        "EMAIL": "Can I confirm your e-mail address?", "ADDR": "And the delivery address?",
                        "CARD": "Which card would you like to use?", "IBAN": "Which account should the refund go to?"},
        "answer": ["It's {X}.", "Yes, {X}.", "Sure, it's {X}.", "{X}."],
        "bad_answer": ["It's {BAD}... sorry, no, {GOOD}.", "Let me check... {BAD}. Actually, wait, it's {GOOD}."],
        "ack": ["Thank you.", "Lovely, thanks.", "Got it."],
        "neg_pairs": [("Do you have the order number?", "Yes, it's {ORDER}."),
                      ("When was it delivered?", "On {DATE}, around {TIME}."),
                      ("How much were you charged?", "{PRICE}, twice."),
                      ("Is there a reference on the letter?", "It says {REF}."),
                      ("Do you have the tracking number?", "{TRACK}."),
                      ("What's the serial number on the back?", "{SERIAL}."),
                      ("Which version of the app are you on?", "{VERSION}, I think."),
                      ("Can you read me the IMEI?", "It's {IMEI}.")],
        "third": ["I spoke to {T_FULL} last week about this."],
        "close": ("Your case number is {CASE}. Is there anything else?", "No, that's everything, thanks.",
                  "Thank you for calling, goodbye."),
    },
    "form": {
        "titles": ["--- Contact form ---", "New web enquiry", "Returns request (submitted {DATE} {TIME})"],
        "full": "Name", "first": "First name", "last": "Surname", "alt": "Alternative contact",
        "fields": {"EMAIL": "Email", "PHONE": "Phone", "CARD": "Card number", "IBAN": "IBAN",
                   "CF": "Italian tax code (codice fiscale)", "PIVA": "VAT number (Italy)", "AMKA": "AMKA (Greece)",
                   "AFM": "AFM / Greek tax no.", "CNP": "CNP (Romania)", "HETU": "Finnish personal ID",
                   "ADDR": "Address"},
        "neg": ["Order number: {ORDER}", "Date of purchase: {DATE}", "Amount paid: {PRICE}", "Product code: {PCODE}",
                "Serial number: {SERIAL}", "Quantity: {QTY}", "Invoice no.: {INVOICE}", "Preferred time: {TIMEA}-{TIMEB}"],
        "message": "Message: ",
    },
    "thread": {
        "shop": "Support", "cust": "Customer",
        "agent_ask": ["Thanks, can you also send the {LBL:n}?", "Could you send me the {LBL:n} please?"],
        "agent": ["Thanks, checking now.", "Got it, one moment please.", "Your order {ORDER} is with the courier.",
                  "Refund of {PRICE} issued today."],
    },
}

CONTENT["it"] = {
    "lbl": {
        "def": {"CARD": "il numero della carta", "IBAN": "l'IBAN", "CF": "il codice fiscale", "PIVA": "la partita IVA",
                "AMKA": "il codice AMKA", "AFM": "il codice fiscale greco (AFM)", "CNP": "il codice CNP",
                "HETU": "il codice personale finlandese", "PHONE": "il numero di telefono",
                "EMAIL": "l'indirizzo e-mail", "ADDR": "l'indirizzo"},
        "mio": {"CARD": "il numero della mia carta", "IBAN": "il mio IBAN", "CF": "il mio codice fiscale",
                "PIVA": "la mia partita IVA", "AMKA": "il mio codice AMKA", "AFM": "il mio codice fiscale greco (AFM)",
                "CNP": "il mio codice CNP", "HETU": "il mio codice personale finlandese",
                "PHONE": "il mio numero di telefono", "EMAIL": "il mio indirizzo e-mail", "ADDR": "il mio indirizzo"},
        "suo": {"CARD": "il numero della sua carta", "IBAN": "il suo IBAN", "CF": "il suo codice fiscale",
                "PIVA": "la sua partita IVA", "AMKA": "il suo codice AMKA", "AFM": "il suo codice fiscale greco",
                "CNP": "il suo codice CNP", "HETU": "il suo codice personale finlandese",
                "PHONE": "il suo numero di telefono", "EMAIL": "il suo indirizzo e-mail", "ADDR": "il suo indirizzo"},
        "bare": {"CARD": "numero di carta", "IBAN": "IBAN", "CF": "codice fiscale", "PIVA": "partita IVA",
                 "AMKA": "codice AMKA", "AFM": "AFM", "CNP": "CNP", "HETU": "codice personale",
                 "PHONE": "numero di telefono", "EMAIL": "indirizzo e-mail", "ADDR": "indirizzo"},
    },
    "chat": {
        "CARD": ["il numero della carta è {CARD}", "potete addebitare su {CARD}? l'altra è scaduta",
                 "carta {CARD} scad. {EXPIRY}", "vi giro la nuova carta: {CARD}"],
        "IBAN": ["iban per il rimborso: {IBAN}", "rimborso su {IBAN} grazie", "il mio IBAN è {IBAN}", "ecco l'iban {IBAN}"],
        "CF": ["il mio codice fiscale è {CF}", "cf {CF}", "codice fiscale per lo scontrino: {CF}",
               "mi serve la fattura col mio CF {CF}", "C.F. {CF}"],
        "PIVA": ["partita iva {PIVA}", "p.iva per la fattura: {PIVA}", "fattura intestata alla mia ditta, P. IVA {PIVA}",
                 "P.IVA {PIVA}"],
        "AMKA": ["per mia madre che vive in Grecia: AMKA {AMKA}", "il suo AMKA è {AMKA}"],
        "AFM": ["AFM greco per la fattura: {AFM}", "il mio AFM è {AFM}"],
        "CNP": ["il CNP di {TG:mio marito|mia moglie} è {CNP}", "CNP rumeno: {CNP}"],
        "HETU": ["codice personale finlandese: {HETU}", "il mio henkilötunnus è {HETU}"],
        "BARE": ["eccolo: {X}", "vi ricopio il numero dal documento: {X}", "il mio numero personale è {X}"],
        "PHONE": ["chiamatemi al {PHONE}", "il mio cell è {PHONE}", "mi scrivete su whatsapp al {PHONE}?",
                  "numero nuovo: {PHONE}", "richiamatemi al {PHONE} dopo le {TIME}", "tel {PHONE}"],
        "EMAIL": ["la mia mail è {EMAIL}", "mandatela a {EMAIL} per favore", "scrivetemi a {EMAIL}"],
        "ADDR": ["consegna in {ADDR}", "l'indirizzo è {ADDR}", "potete spedire in {ADDR}?"],
        "NAME": ["ciao sono {C_FL}", "salve, sono {C_FULL}", "buongiorno, {C_FULL}, ordine {ORDER}",
                 "grazie mille {A_FIRST}!", "sono {C_FL}, vi ho scritto ieri"],
        "THIRD": ["mi ha detto {T_FIRST} del negozio di scrivervi qui",
                  "l'ordine l'ha fatto {TG:mio marito|mia moglie} {T_FULL}, non io"],
        "BAD_PAIR": ["scusate errore, non {BAD} ma {GOOD}", "anzi no: {GOOD}, non {BAD}", "{BAD} era sbagliato, è {GOOD}"],
        "BAD_ALONE": ["il sito dice che {BADX} non è corretto??", "perché mi rifiuta {BADX}?"],
        "NEG": ["novità sull'ordine {ORDER}?", "il tracking {TRACK} è fermo dal {DATE}",
                "l'offerta a {PRICE} è ancora valida?", "ticket {TICKET} ancora aperto",
                "mi hanno detto di richiamare citando la pratica {REF}", "ho ordinato {QTYB} pezzi e ne sono arrivati {QTYA}",
                "l'ordine {ORDER10} parte oggi? altrimenti chiamatemi", "consegna il {DATE} alle {TIME} va bene?",
                "il reso {RMA} l'ho consegnato il {DATE}", "aspetto ancora il rimborso di {AMOUNT}",
                "l'articolo {PCODE} c'è in confezione da {QTY}?"],
        "FILLER": ["ok grazie", "perfetto, grazie mille!", "ancora niente...", "novità?", "va bene"],
    },
    "sent": {
        "CARD": ["L'addebito è avvenuto sulla mia carta {CARD} il {DATE}, ma l'ordine risulta ancora non pagato.",
                 "Vi chiedo di addebitare i restanti {PRICE} sulla carta {CARD}.",
                 "Mi è arrivata la carta nuova, il numero è {CARD} con scadenza {EXPIRY}.",
                 "Sulla carta {CARD} vedo due addebiti da {PRICE}, del {DATE} e del {DATE}."],
        "IBAN": ["Vi prego di effettuare il rimborso di {PRICE} sul mio conto, IBAN {IBAN}.",
                 "Le coordinate per il bonifico sono: IBAN {IBAN}.",
                 "Il conto è intestato a me, IBAN {IBAN}.",
                 "Ho cambiato banca, quindi l'addebito diretto deve passare su {IBAN}.",
                 "Potete accreditare il rimborso su {IBAN}, conto cointestato con {TG:mio marito|mia moglie}."],
        "CF": ["Per la fattura vi chiedo di indicare il mio codice fiscale: {CF}.",
               "Il codice fiscale dell'intestatario è {CF}.",
               "Vi mando anche il codice fiscale, {CF}, per la registrazione della garanzia.",
               "Nello scontrino non c'era il mio codice fiscale ({CF}), quindi non posso detrarlo nel 730.",
               "{TG:Mio figlio|Mia figlia} è minorenne, il suo codice fiscale è {CF}.",
               "Per il finanziamento mi avete chiesto il codice fiscale, che è {CF}."],
        "PIVA": ["La fattura va intestata alla mia ditta individuale, partita IVA {PIVA}.",
                 "Vi ricordo la mia P.IVA: {PIVA}.",
                 "Nella fattura {INVOICE} manca la partita IVA {PIVA}, potete riemetterla?",
                 "Sono libero professionista con partita IVA {PIVA}, la fattura deve essere elettronica."],
        "AMKA": ["Mia madre vive ad Atene e la farmacia chiede il suo AMKA: {AMKA}.",
                 "Per la pratica sanitaria in Grecia serve il codice AMKA, che è {AMKA}."],
        "AFM": ["Ho un'attività anche in Grecia, il mio codice fiscale greco (AFM) è {AFM}.",
                "Per la fattura alla mia sede di Salonicco usate l'AFM {AFM}."],
        "CNP": ["{TG:Mio marito è rumeno|Mia moglie è rumena}: il suo codice personale (CNP) è {CNP}.",
                "Per la spedizione in Romania il corriere chiede il CNP del destinatario, {CNP}."],
        "HETU": ["Ho vissuto a Helsinki e il mio codice personale finlandese è {HETU}.",
                 "Per il conto finlandese vi serve il mio henkilötunnus: {HETU}."],
        "BARE": ["Vi ricopio il numero dal mio documento: {X}.",
                 "Come richiesto, ecco il mio numero personale: {X}.",
                 "Il numero che mi avete chiesto per l'identificazione è {X}."],
        "PHONE": ["Potete chiamarmi al {PHONE} dopo le {TIME}.",
                  "Ho cambiato numero di cellulare, quello nuovo è {PHONE}.",
                  "Se non sono in casa, il corriere può chiamare il {PHONE}.",
                  "Mandatemi un SMS al {PHONE} quando il tecnico è in arrivo.",
                  "In alternativa potete contattare {TG:mio marito|mia moglie} {T_FIRST} al {PHONE}.",
                  "Di giorno sono in ufficio, il numero fisso è {PHONE}."],
        "EMAIL": ["Vi prego di scrivermi a {EMAIL}.",
                  "Non ho ricevuto la conferma su {EMAIL}, potete rimandarla?",
                  "Il mio indirizzo e-mail è {EMAIL}.",
                  "Mettete in copia anche {TG:mio marito|mia moglie}: {EMAIL_T}."],
        "ADDR": ["Il pacco va consegnato in {ADDR}.", "Mi sono trasferit{G:o|a}, il nuovo indirizzo è {ADDR}.",
                 "Il ritiro del prodotto difettoso può avvenire in {ADDR} il {DATE}.",
                 "L'indirizzo di fatturazione resta {ADDR}."],
        "NAME": ["Mi chiamo {C_FULL} e vi scrivo per l'ordine {ORDER}.",
                 "Sono {C_FULL}, vi ho chiamato il {DATE} per il bollitore guasto.",
                 "Buongiorno, sono di nuovo {C_FULL}.", "Sono {C_FULL}, l'intestatari{G:o|a} del contratto."],
        "THIRD": ["Ho parlato con {T_FULL} il {DATE}, che mi aveva promesso di richiamarmi.",
                  "{TG:Il vostro collega|La vostra collega} {T_FIRST} mi ha detto che il rimborso sarebbe arrivato in {NINST} giorni lavorativi.",
                  "L'ordine l'ha fatto {TG:mio figlio|mia figlia} {T_FULL}, ma ho pagato io.",
                  "Vorrei aggiungere {T_FULL} come secondo contatto sul contratto."],
        "SIGN": ["Grazie, {C_FIRST}", "Cordiali saluti, {C_FULL}", "Saluti, {C_FULL}", "Un saluto, {C_FIRST}"],
        "BAD_PAIR": ["Scusate, nel messaggio precedente ho scritto {BAD}, ma {LBL:mio} è {GOOD}.",
                     "Correggo {LBL:def}: non {BAD} ma {GOOD}.",
                     "Nel modulo risulta {BAD}, è un errore di battitura: va scritto {GOOD}."],
        "BAD_ALONE": ["Il vostro sito continua a rifiutare {LBL:def} {BADX}, potete verificare?",
                      "Nella lettera che mi avete mandato c'è {BADX} come {LBL:bare}, mi sembra sbagliato."],
        "NEG": ["L'ordine {ORDER} mi è stato addebitato {PRICE} il {DATE}, ma sono arrivati solo {QTYA} articoli su {QTYB}.",
                "Quando mi richiamate, indicate la pratica numero {REF}.",
                "Ho chiamato alle {TIME} e mi hanno dato il numero di segnalazione {CASE}.",
                "Il codice di tracciamento {TRACK} non si aggiorna dal {DATE}.",
                "La fattura {INVOICE} ha un totale di {AMOUNT}, IVA al {PERCENT} inclusa.",
                "Il numero di serie sul retro è {SERIAL}, modello del {YEAR}.",
                "L'IMEI del telefono è {IMEI}, me l'ha chiesto il centro assistenza.",
                "La prenotazione {BOOKING} è per il {DATE} alle {TIME}.",
                "L'autorizzazione al reso {RMA} è del {DATE}, ma nessuno è passato a ritirare il pacco.",
                "L'app è alla versione {VERSION} e si blocca ancora al pagamento.",
                "In fondo alla vostra fattura c'è ABI {SORTCODE}: è ancora la vostra banca?",
                "Consegnate anche al CAP {POSTCODE} o è fuori zona?",
                "La lettura del contatore al {DATE} era {METER} kWh, diversa da quella in bolletta.",
                "Il mio codice cliente è {CUSTNO}, l'operatore al telefono mi ha detto di indicarlo.",
                "Ho ordinato {QTY} pezzi dell'articolo {PCODE} a {PRICE} l'uno.",
                "Il codice a barre sulla scatola è {EAN}.",
                "Il numero di contratto {LONGRUN} compare nella lettera di rinnovo per il {YEAR}.",
                "Chiamatemi per l'ordine {ORDER10}, non è ancora partito.",
                "Il prezzo è passato da {PRICE} a {PRICE} tra il {DATE} e il {DATE}.",
                "La pubblicità prometteva il {PERCENT} di sconto fino al {DATE}.",
                "Al telefono mi hanno detto di citare la pratica {ORDERYS}.",
                "Sono rimast{G:o|a} in attesa dalle {TIMEA} alle {TIMEB} e poi è caduta la linea.",
                "L'ordine {ORDERYS} doveva arrivare il {DATE}.",
                "Il ticket {TICKET} è stato chiuso alle {TIME} senza risposta.",
                "Il totale di {AMOUNT} è stato diviso in {NINST} rate mensili.",
                "Il bollettino pagoPA ha codice avviso {LONGRUN} e scade il {DATE}.",
                "Se telefonate, il mio numero cliente è {CUSTNO}, non quello dell'ordine."],
        "GREET": ["Buongiorno,", "Salve,", "Buonasera,", "Ciao,"],
    },
    "email": {
        "subject": ["Oggetto: Ordine {ORDER}", "Oggetto: Richiesta di rimborso", "Oggetto: R: pratica {CASE}",
                    "Oggetto: Articolo errato", "Oggetto: Aggiornamento dati", "Oggetto: Reclamo consegna del {DATE}"],
        "greet_c": ["Buongiorno,", "Gentile Servizio Clienti,", "Salve,", "Spett.le assistenza,"],
        "greet_c_named": ["Gentile {A_FULL},", "Buongiorno {A_FIRST},", "Ciao {A_FIRST},"],
        "open_c": ["vi scrivo in merito all'ordine {ORDER} del {DATE}.",
                   "faccio seguito alla telefonata di stamattina delle {TIME}.",
                   "come richiesto, vi invio i dati mancanti.",
                   "purtroppo anche il prodotto sostitutivo arrivato il {DATE} è difettoso.",
                   "vorrei chiedere il rimborso della fattura {INVOICE}."],
        "close_c": ["Grazie in anticipo,", "Cordiali saluti,", "Distinti saluti,", "Un saluto,", "Grazie,"],
        "end_noname": ["Grazie e buona giornata.", "Grazie.", "Inviato da iPhone"],
        "greet_a_named": ["Gentile {G:Sig.|Sig.ra} {C_LAST},", "Buongiorno {C_FIRST},", "Gentile {C_FULL},"],
        "greet_a": ["Gentile cliente,", "Buongiorno,"],
        "open_a": ["la ringraziamo per averci contattato riguardo all'ordine {ORDER}.",
                   "a seguito della sua telefonata del {DATE} alle {TIME}, abbiamo verificato la sua posizione.",
                   "ci dispiace che la consegna del {DATE} non sia andata a buon fine."],
        "agent_item": ["Abbiamo aggiornato {LBL:def} nel suo profilo: {X}.",
                       "Per sicurezza, ci conferma che {LBL:suo} è {X}?",
                       "Nei nostri archivi risulta {X} come {LBL:bare}."],
        "agent_bad": ["Il dato che ci ha indicato, {BADX}, non supera il controllo formale: può inviarcelo di nuovo?",
                      "Ci ha scritto {BAD}, ma in anagrafica risulta {GOOD}: abbiamo usato il secondo."],
        "agent_neg": ["Il rimborso di {PRICE} è stato disposto il {DATE} con riferimento {REF}.",
                      "Il prodotto sostitutivo partirà entro il {DATE} con codice di tracciamento {TRACK}.",
                      "Il numero della sua pratica è {CASE}: lo conservi per eventuali chiamate.",
                      "Se ci telefona, indichi il numero di reso {RMA}."],
        "close_a": ["Cordiali saluti,", "Distinti saluti,"],
        "sig_a_named": ["{A_FULL}\nServizio Clienti", "{A_FIRST}\nAssistenza Clienti"],
        "sig_a_team": ["Il team Assistenza Clienti", "Servizio Clienti"],
        "sig_phone": ["Cell. {PHONE}", "Tel. {PHONE}", "{PHONE}", "cell: {PHONE}"],
        "sig_email": ["{EMAIL}", "E-mail: {EMAIL}"],
    },
    "tr": {
        "labels": [("Operatore", "Cliente"), ("OPERATORE", "CLIENTE"), ("Op.", "Cl.")],
        "header": ["Trascrizione chiamata del {DATE}, ore {TIME}", "[Chiamata {CASE} – {DATE} {TIME}]",
                   "Inizio registrazione {TIME}"],
        "agent_open_named": ["Buongiorno, servizio clienti, sono {A_FIRST}, come posso aiutarla?",
                             "Buonasera, le risponde {A_FIRST}, mi dica."],
        "agent_open": ["Buongiorno, servizio clienti, come posso aiutarla?", "Salve, assistenza clienti, mi dica."],
        "cust_open_named": ["Buongiorno, sono {C_FULL}, chiamo per l'ordine {ORDER}.",
                            "Salve, mi chiamo {C_FULL}, ho un problema con una consegna."],
        "cust_open": ["Buongiorno, chiamo per l'ordine {ORDER}.", "Salve, ho fatto un ordine il {DATE} e non è ancora arrivato."],
        "ask": ["Mi può dare {LBL:suo}?", "Mi conferma {LBL:suo}, per favore?", "Mi detta {LBL:suo}?"],
        "ask_special": {"PHONE": "A che numero la possiamo richiamare?", "EMAIL": "Mi conferma l'indirizzo e-mail?",
                        "ADDR": "E l'indirizzo di consegna?", "CARD": "Con quale carta vuole pagare?",
                        "IBAN": "Su quale conto facciamo il rimborso?"},
        "answer": ["Sì, è {X}.", "Allora... {X}.", "Certo, {X}.", "{X}."],
        "bad_answer": ["È {BAD}... no, scusi, {GOOD}.", "Aspetti che controllo... {BAD}. Anzi no, è {GOOD}."],
        "ack": ["Grazie.", "Perfetto, grazie.", "Ok, registrato."],
        "neg_pairs": [("Ha il numero d'ordine?", "Sì, è {ORDER}."),
                      ("Quando le è stato consegnato?", "Il {DATE}, verso le {TIME}."),
                      ("Quanto le hanno addebitato?", "{PRICE}, due volte."),
                      ("C'è un riferimento sulla lettera?", "C'è scritto {REF}."),
                      ("Ha il codice di tracciamento?", "Sì, {TRACK}."),
                      ("Mi legge il numero di serie sul retro?", "{SERIAL}."),
                      ("Che versione dell'app ha?", "La {VERSION}, credo."),
                      ("Mi legge il codice IMEI?", "È {IMEI}.")],
        "third": ["Ho già parlato con {T_FULL} la settimana scorsa."],
        "close": ("Il numero della pratica è {CASE}. Posso fare altro per lei?", "No, è tutto, grazie.",
                  "Grazie a lei, buona giornata."),
    },
    "form": {
        "titles": ["--- Modulo di contatto ---", "Nuova richiesta dal sito", "Richiesta di reso (inviata il {DATE} alle {TIME})"],
        "full": "Nome e cognome", "first": "Nome", "last": "Cognome", "alt": "Contatto alternativo",
        "fields": {"EMAIL": "E-mail", "PHONE": "Telefono", "CARD": "Numero carta", "IBAN": "IBAN",
                   "CF": "Codice fiscale", "PIVA": "Partita IVA", "AMKA": "AMKA (Grecia)", "AFM": "AFM (Grecia)",
                   "CNP": "CNP (Romania)", "HETU": "Codice personale (Finlandia)", "ADDR": "Indirizzo"},
        "neg": ["Numero ordine: {ORDER}", "Data di acquisto: {DATE}", "Importo: {PRICE}", "Codice articolo: {PCODE}",
                "Numero di serie: {SERIAL}", "Quantità: {QTY}", "N. fattura: {INVOICE}",
                "Fascia oraria preferita: {TIMEA}-{TIMEB}"],
        "message": "Messaggio: ",
    },
    "thread": {
        "shop": "Assistenza", "cust": "Cliente",
        "agent_ask": ["Grazie, mi manda anche {LBL:def}?", "Mi può scrivere {LBL:suo}?"],
        "agent": ["Ricevuto, controllo subito.", "Un attimo che verifico.", "Il suo ordine {ORDER} è stato affidato al corriere.",
                  "Rimborso di {PRICE} emesso oggi."],
    },
}

CONTENT["el"] = {
    "lbl": {
        "nom_my": {"CARD": "ο αριθμός της κάρτας μου", "IBAN": "το IBAN μου", "CF": "ο ιταλικός φορολογικός μου κωδικός",
                   "PIVA": "η ιταλική partita IVA μου", "AMKA": "ο ΑΜΚΑ μου", "AFM": "ο ΑΦΜ μου", "CNP": "το CNP μου",
                   "HETU": "ο φινλανδικός προσωπικός μου κωδικός", "PHONE": "το τηλέφωνό μου", "EMAIL": "το email μου",
                   "ADDR": "η διεύθυνσή μου"},
        "acc_my": {"CARD": "τον αριθμό της κάρτας μου", "IBAN": "το IBAN μου", "CF": "τον ιταλικό φορολογικό μου κωδικό",
                   "PIVA": "την ιταλική partita IVA μου", "AMKA": "τον ΑΜΚΑ μου", "AFM": "τον ΑΦΜ μου", "CNP": "το CNP μου",
                   "HETU": "τον φινλανδικό προσωπικό μου κωδικό", "PHONE": "το τηλέφωνό μου", "EMAIL": "το email μου",
                   "ADDR": "τη διεύθυνσή μου"},
        "acc_your": {"CARD": "τον αριθμό της κάρτας σας", "IBAN": "το IBAN σας", "CF": "τον ιταλικό φορολογικό σας κωδικό",
                     "PIVA": "την partita IVA σας", "AMKA": "τον ΑΜΚΑ σας", "AFM": "τον ΑΦΜ σας", "CNP": "το CNP σας",
                     "HETU": "τον φινλανδικό προσωπικό σας κωδικό", "PHONE": "το τηλέφωνό σας", "EMAIL": "το email σας",
                     "ADDR": "τη διεύθυνσή σας"},
        "nom_your": {"CARD": "ο αριθμός της κάρτας σας", "IBAN": "το IBAN σας", "CF": "ο ιταλικός φορολογικός σας κωδικός",
                     "PIVA": "η partita IVA σας", "AMKA": "ο ΑΜΚΑ σας", "AFM": "ο ΑΦΜ σας", "CNP": "το CNP σας",
                     "HETU": "ο φινλανδικός προσωπικός σας κωδικός", "PHONE": "το τηλέφωνό σας", "EMAIL": "το email σας",
                     "ADDR": "η διεύθυνσή σας"},
        "bare": {"CARD": "αριθμό κάρτας", "IBAN": "IBAN", "CF": "codice fiscale", "PIVA": "partita IVA", "AMKA": "ΑΜΚΑ",
                 "AFM": "ΑΦΜ", "CNP": "CNP", "HETU": "henkilötunnus", "PHONE": "τηλέφωνο", "EMAIL": "email",
                 "ADDR": "διεύθυνση"},
    },
    "chat": {
        "CARD": ["ο αριθμός της κάρτας είναι {CARD}", "μπορείτε να χρεώσετε την {CARD}; η άλλη έληξε",
                 "κάρτα {CARD} λήξη {EXPIRY}", "σας στέλνω τη νέα κάρτα: {CARD}"],
        "IBAN": ["IBAN για την επιστροφή: {IBAN}", "η επιστροφή να γίνει στο {IBAN}", "το IBAN μου είναι {IBAN}",
                 "ορίστε το iban {IBAN}"],
        "AMKA": ["ο ΑΜΚΑ μου είναι {AMKA}", "αμκα {AMKA}", "ΑΜΚΑ: {AMKA}", "σας στέλνω τον ΑΜΚΑ: {AMKA}",
                 "Α.Μ.Κ.Α. {AMKA}", "AMKA {AMKA}"],
        "AFM": ["ο ΑΦΜ μου είναι {AFM}", "αφμ {AFM} για το τιμολόγιο", "Α.Φ.Μ. {AFM}", "AFM {AFM}", "ΑΦΜ: {AFM}"],
        "CF": ["ο σύζυγός μου είναι Ιταλός, codice fiscale {CF}", "ιταλικός φορολογικός κωδικός: {CF}"],
        "PIVA": ["partita IVA της επιχείρησής μου στην Ιταλία: {PIVA}", "ιταλικό ΑΦΜ (P.IVA) {PIVA}"],
        "CNP": ["το CNP της μητέρας μου είναι {CNP}", "ρουμανικός αριθμός CNP {CNP}"],
        "HETU": ["φινλανδικός προσωπικός κωδικός: {HETU}", "το henkilötunnus μου είναι {HETU}"],
        "BARE": ["ορίστε: {X}", "σας τον γράφω από την ταυτότητα: {X}", "ο προσωπικός μου αριθμός είναι {X}"],
        "PHONE": ["πάρτε με στο {PHONE}", "το κινητό μου είναι {PHONE}", "στείλτε μου μήνυμα στο {PHONE}",
                  "νέο τηλέφωνο: {PHONE}", "καλέστε με στο {PHONE} μετά τις {TIME}", "τηλ. {PHONE}"],
        "EMAIL": ["το email μου είναι {EMAIL}", "στείλτε το στο {EMAIL} παρακαλώ", "γράψτε μου στο {EMAIL}"],
        "ADDR": ["παράδοση στη διεύθυνση {ADDR}", "η διεύθυνση είναι {ADDR}",
                 "μπορείτε να το στείλετε στη διεύθυνση {ADDR};"],
        "NAME": ["γεια σας, είμαι {G:ο|η} {C_FL}", "καλησπέρα, ονομάζομαι {C_FULL}",
                 "γεια, {C_FULL} εδώ, παραγγελία {ORDER}", "ευχαριστώ πολύ {A_FIRST_VOC}!",
                 "με λένε {C_FULL_ACC}, σας έστειλα email χθες"],
        "THIRD": ["{TG:ο|η} {T_FIRST} από το κατάστημα μου είπε να γράψω εδώ",
                  "την παραγγελία την έκανε {TG:ο σύζυγός μου, ο|η σύζυγός μου, η} {T_FULL}, όχι εγώ"],
        "BAD_PAIR": ["συγγνώμη λάθος, όχι {BAD} αλλά {GOOD}", "διόρθωση: {GOOD}, όχι {BAD}",
                     "το {BAD} ήταν λάθος, είναι {GOOD}"],
        "BAD_ALONE": ["το site λέει ότι το {BADX} δεν είναι έγκυρο;;", "γιατί δεν δέχεται το {BADX};"],
        "NEG": ["νέα για την παραγγελία {ORDER};", "ο αριθμός αποστολής {TRACK} έχει κολλήσει από τις {DATE}",
                "ισχύει ακόμα η προσφορά στα {PRICE};", "το αίτημα {TICKET} είναι ακόμα ανοιχτό",
                "μου είπαν να ξαναπάρω και να αναφέρω τον αριθμό {REF}", "παρήγγειλα {QTYB} τεμάχια και ήρθαν {QTYA}",
                "φεύγει σήμερα η παραγγελία {ORDER10}; αλλιώς πάρτε με τηλέφωνο",
                "παράδοση στις {DATE} και ώρα {TIME}, εντάξει;", "την επιστροφή {RMA} την έδωσα στις {DATE}",
                "περιμένω ακόμα την επιστροφή των {AMOUNT}", "ο κωδικός {PCODE} υπάρχει σε συσκευασία των {QTY};"],
        "FILLER": ["οκ ευχαριστώ", "τέλεια, ευχαριστώ πολύ!", "ακόμα τίποτα...", "νέα;", "εντάξει"],
    },
    "sent": {
        "CARD": ["Η χρέωση έγινε στην κάρτα μου {CARD} στις {DATE}, αλλά η παραγγελία εμφανίζεται ακόμα απλήρωτη.",
                 "Παρακαλώ χρεώστε το υπόλοιπο των {PRICE} στην κάρτα {CARD}.",
                 "Μου ήρθε η νέα κάρτα, ο αριθμός είναι {CARD} με λήξη {EXPIRY}.",
                 "Στην κάρτα {CARD} βλέπω δύο χρεώσεις των {PRICE}, στις {DATE} και στις {DATE}."],
        "IBAN": ["Παρακαλώ να γίνει η επιστροφή των {PRICE} στον λογαριασμό μου, IBAN {IBAN}.",
                 "Τα στοιχεία για την κατάθεση είναι: IBAN {IBAN}.",
                 "Ο λογαριασμός είναι στο όνομά μου, IBAN {IBAN}.",
                 "Άλλαξα τράπεζα, οπότε η πάγια εντολή πρέπει να περάσει στο {IBAN}.",
                 "Μπορείτε να καταθέσετε την αποζημίωση στο {IBAN}, είναι κοινός λογαριασμός με {TG:τον σύζυγό μου|τη σύζυγό μου}."],
        "AMKA": ["Για την εκτέλεση της συνταγής στο e-φαρμακείο χρειάζεστε τον ΑΜΚΑ μου: {AMKA}.",
                 "Ο ΑΜΚΑ του ασφαλισμένου είναι {AMKA}.",
                 "Για το ραντεβού στο διαγνωστικό κέντρο ζητήσατε τον ΑΜΚΑ μου, είναι {AMKA}.",
                 "{TG:Ο γιος μου είναι ανήλικος|Η κόρη μου είναι ανήλικη}, ο ΑΜΚΑ {TG:του|της} είναι {AMKA}.",
                 "Για την αποζημίωση από τον ΕΟΠΥΥ χρειάζεται ο Α.Μ.Κ.Α.: {AMKA}.",
                 "Στην ηλεκτρονική συνταγή γράφει ΑΜΚΑ {AMKA}, που είναι ο δικός μου."],
        "AFM": ["Θα ήθελα τιμολόγιο με τον ΑΦΜ μου, {AFM}, αντί για απόδειξη.",
                "Ο ΑΦΜ της ατομικής μου επιχείρησης είναι {AFM}, ΔΟΥ Καλαμαριάς.",
                "Στο τιμολόγιο {INVOICE} λείπει ο ΑΦΜ μου ({AFM}), μπορείτε να το επανεκδώσετε;",
                "Για τη σύνδεση του ρεύματος στο όνομά μου ζητήσατε τον Α.Φ.Μ., που είναι {AFM}.",
                "Για το ενδοκοινοτικό τιμολόγιο ο αριθμός ΦΠΑ μου είναι {AFM}."],
        "CF": ["{TG:Ο σύζυγός μου είναι Ιταλός και ο φορολογικός του κωδικός|Η σύζυγός μου είναι Ιταλίδα και ο φορολογικός της κωδικός} (codice fiscale) είναι {CF}.",
               "Για την παράδοση στη Ρώμη χρειάζεται το codice fiscale του παραλήπτη: {CF}."],
        "PIVA": ["Το τιμολόγιο πρέπει να εκδοθεί στην ιταλική μου επιχείρηση, partita IVA {PIVA}.",
                 "Η ατομική μου επιχείρηση στο Μιλάνο έχει partita IVA {PIVA}."],
        "CNP": ["Η μητέρα μου είναι Ρουμάνα, ο προσωπικός της αριθμός (CNP) είναι {CNP}.",
                "Για την αποστολή στη Ρουμανία η εταιρεία courier ζητά το CNP του παραλήπτη: {CNP}."],
        "HETU": ["Έζησα στο Ελσίνκι και ο φινλανδικός προσωπικός μου κωδικός είναι {HETU}.",
                 "Για τον λογαριασμό στη Φινλανδία χρειάζεστε το henkilötunnus μου: {HETU}."],
        "BARE": ["Σας αντιγράφω τον αριθμό από την ταυτότητά μου: {X}.",
                 "Όπως ζητήσατε, ο προσωπικός μου αριθμός είναι {X}.",
                 "Ο αριθμός που μου ζητήσατε για την ταυτοποίηση είναι {X}."],
        "PHONE": ["Μπορείτε να με καλέσετε στο {PHONE} μετά τις {TIME}.",
                  "Άλλαξα αριθμό κινητού, ο νέος είναι {PHONE}.",
                  "Αν δεν είμαι σπίτι, ο courier μπορεί να καλέσει στο {PHONE}.",
                  "Στείλτε μου SMS στο {PHONE} όταν ξεκινήσει ο τεχνικός.",
                  "Εναλλακτικά καλέστε {TG:τον σύζυγό μου, τον|τη σύζυγό μου, την} {T_FIRST_ACC}, στο {PHONE}.",
                  "Τις πρωινές ώρες είμαι στο γραφείο, το σταθερό είναι {PHONE}."],
        "EMAIL": ["Παρακαλώ να μου γράφετε στο {EMAIL}.",
                  "Δεν έλαβα την επιβεβαίωση στο {EMAIL}, μπορείτε να την ξαναστείλετε;",
                  "Η ηλεκτρονική μου διεύθυνση είναι {EMAIL}.",
                  "Βάλτε σε κοινοποίηση και {TG:τον σύζυγό μου|τη σύζυγό μου}: {EMAIL_T}."],
        "ADDR": ["Το δέμα πρέπει να παραδοθεί στη διεύθυνση {ADDR}.",
                 "Μετακόμισα, η νέα μου διεύθυνση είναι {ADDR}.",
                 "Το ελαττωματικό προϊόν μπορεί να παραληφθεί από τη διεύθυνση {ADDR} στις {DATE}.",
                 "Η διεύθυνση τιμολόγησης παραμένει {ADDR}."],
        "NAME": ["Ονομάζομαι {C_FULL} και σας γράφω για την παραγγελία {ORDER}.",
                 "Είμαι {G:ο|η} {C_FULL}, σας τηλεφώνησα στις {DATE} για τον χαλασμένο βραστήρα.",
                 "Καλημέρα, με λένε {C_FULL_ACC} και είμαι {G:ο|η} κάτοχος του λογαριασμού.",
                 "Σας γράφει ξανά {G:ο|η} {C_FULL}."],
        "THIRD": ["Μίλησα με {TG:τον|την} {T_FULL_ACC} στις {DATE}, που μου υποσχέθηκε ότι θα με καλέσει.",
                  "{TG:Ο συνάδελφός σας ο|Η συνάδελφός σας η} {T_FIRST} μου είπε ότι η επιστροφή θα γίνει σε {NINST} εργάσιμες.",
                  "Την παραγγελία την έκανε {TG:ο γιος μου ο|η κόρη μου η} {T_FIRST}, αλλά πλήρωσα εγώ.",
                  "Θα ήθελα να προσθέσω {TG:τον|την} {T_FULL_ACC} ως δεύτερη επαφή στον λογαριασμό.",
                  "Ο λογαριασμός είναι στο όνομα {TG:του|της} {T_FULL_GEN}, αλλά τον διαχειρίζομαι εγώ."],
        "SIGN": ["Ευχαριστώ, {C_FIRST}", "Με εκτίμηση, {C_FULL}", "Φιλικά, {C_FULL}", "Ευχαριστώ πολύ, {C_FIRST}"],
        "BAD_PAIR": ["Συγγνώμη, στο προηγούμενο μήνυμα έγραψα {BAD}· {LBL:nom_my} είναι {GOOD}.",
                     "Διόρθωση: {LBL:nom_my} είναι {GOOD} και όχι {BAD}.",
                     "Στη φόρμα εμφανίζεται {BAD}, είναι τυπογραφικό λάθος· το σωστό είναι {GOOD}."],
        "BAD_ALONE": ["Η σελίδα σας δεν δέχεται {LBL:acc_my} {BADX}, μπορείτε να το ελέγξετε;",
                      "Στην επιστολή που μου στείλατε γράφει {BADX} ως {LBL:bare}, κάτι δεν πάει καλά."],
        "NEG": ["Η παραγγελία {ORDER} χρεώθηκε {PRICE} στις {DATE}, αλλά ήρθαν μόνο {QTYA} από τα {QTYB} προϊόντα.",
                "Όταν με καλέσετε, αναφέρετε τον αριθμό υπόθεσης {REF}.",
                "Τηλεφώνησα στις {TIME} και μου έδωσαν αριθμό αιτήματος {CASE}.",
                "Ο αριθμός αποστολής {TRACK} δεν έχει ενημερωθεί από τις {DATE}.",
                "Το τιμολόγιο {INVOICE} έχει σύνολο {AMOUNT} με ΦΠΑ {PERCENT}.",
                "Ο σειριακός αριθμός στο πίσω μέρος είναι {SERIAL}, μοντέλο του {YEAR}.",
                "Το IMEI του κινητού είναι {IMEI}, μου το ζήτησε το σέρβις.",
                "Η κράτηση {BOOKING} είναι για τις {DATE} στις {TIME}.",
                "Η έγκριση επιστροφής {RMA} εκδόθηκε στις {DATE}, αλλά δεν ήρθε κανείς να παραλάβει το δέμα.",
                "Η εφαρμογή είναι στην έκδοση {VERSION} και κολλάει ακόμα στην πληρωμή.",
                "Στο τιμολόγιό σας αναγράφεται BIC {SORTCODE}· είναι ακόμα η τράπεζά σας;",
                "Κάνετε παράδοση και στον Τ.Κ. {POSTCODE} ή είναι εκτός περιοχής;",
                "Η ένδειξη του μετρητή στις {DATE} ήταν {METER} kWh, διαφορετική από τον λογαριασμό.",
                "Ο κωδικός πελάτη μου είναι {CUSTNO}, μου είπαν στο τηλέφωνο να τον αναφέρω.",
                "Παρήγγειλα {QTY} τεμάχια του κωδικού {PCODE} προς {PRICE} το ένα.",
                "Το barcode στο κουτί είναι {EAN}.",
                "Ο αριθμός σύμβασης {LONGRUN} αναφέρεται στην επιστολή ανανέωσης για το {YEAR}.",
                "Πάρτε με τηλέφωνο για την παραγγελία {ORDER10}, δεν έχει φύγει ακόμα.",
                "Η τιμή ανέβηκε από {PRICE} σε {PRICE} μεταξύ {DATE} και {DATE}.",
                "Η διαφήμιση έλεγε έκπτωση {PERCENT} μέχρι τις {DATE}.",
                "Στο τηλέφωνο μου είπαν να αναφέρω τον αριθμό {ORDERYS}.",
                "Περίμενα στη γραμμή από τις {TIMEA} ως τις {TIMEB} και μετά έκλεισε.",
                "Η παραγγελία {ORDERYS} έπρεπε να έχει φτάσει στις {DATE}.",
                "Το αίτημα {TICKET} έκλεισε στις {TIME} χωρίς απάντηση.",
                "Το ποσό των {AMOUNT} χωρίστηκε σε {NINST} μηνιαίες δόσεις.",
                "Η απόδειξη {INVOICE} γράφει {PRICE} και όχι {PRICE}.",
                "Αν τηλεφωνήσετε, ο αριθμός πελάτη μου είναι {CUSTNO}, όχι της παραγγελίας."],
        "GREET": ["Καλημέρα σας,", "Γεια σας,", "Καλησπέρα,", "Καλημέρα,"],
    },
    "email": {
        "subject": ["Θέμα: Παραγγελία {ORDER}", "Θέμα: Αίτημα επιστροφής χρημάτων", "Θέμα: RE: Υπόθεση {CASE}",
                    "Θέμα: Λάθος προϊόν", "Θέμα: Αλλαγή στοιχείων", "Θέμα: Παράπονο για την παράδοση της {DATE}"],
        "greet_c": ["Καλημέρα σας,", "Αγαπητή εξυπηρέτηση πελατών,", "Καλησπέρα,", "Προς το τμήμα εξυπηρέτησης,"],
        "greet_c_named": ["{AG:Αγαπητέ κύριε|Αγαπητή κυρία} {A_LAST_VOC},", "Καλημέρα {A_FIRST_VOC},",
                          "Γεια σας {AG:κύριε|κυρία} {A_LAST_VOC},"],
        "open_c": ["Σας γράφω σχετικά με την παραγγελία {ORDER} της {DATE}.",
                   "Σε συνέχεια της τηλεφωνικής μας επικοινωνίας σήμερα στις {TIME}, σας στέλνω τα στοιχεία.",
                   "Όπως μου ζητήσατε, σας στέλνω τα στοιχεία που λείπουν.",
                   "Δυστυχώς και το προϊόν αντικατάστασης που ήρθε στις {DATE} είναι ελαττωματικό.",
                   "Θα ήθελα να ζητήσω επιστροφή χρημάτων για το τιμολόγιο {INVOICE}."],
        "close_c": ["Ευχαριστώ εκ των προτέρων,", "Με εκτίμηση,", "Με φιλικούς χαιρετισμούς,", "Ευχαριστώ,"],
        "end_noname": ["Ευχαριστώ, καλή συνέχεια.", "Ευχαριστώ.", "Στάλθηκε από το κινητό μου"],
        "greet_a_named": ["{G:Αγαπητέ κύριε|Αγαπητή κυρία} {C_LAST_VOC},", "Καλησπέρα {C_FIRST_VOC},",
                          "{G:Αγαπητέ|Αγαπητή} {C_FULL_VOC},"],
        "greet_a": ["Αγαπητέ πελάτη,", "Καλημέρα σας,"],
        "open_a": ["Σας ευχαριστούμε που επικοινωνήσατε μαζί μας για την παραγγελία {ORDER}.",
                   "Σε συνέχεια της κλήσης σας στις {DATE} και ώρα {TIME}, ελέγξαμε τον λογαριασμό σας.",
                   "Λυπούμαστε που η παράδοση της {DATE} δεν ολοκληρώθηκε."],
        "agent_item": ["Ενημερώσαμε τα στοιχεία σας· {LBL:nom_your} είναι πλέον {X}.",
                       "Για λόγους ασφαλείας, επιβεβαιώστε ότι {LBL:nom_your} είναι {X}.",
                       "Στο αρχείο μας υπάρχει {X} ως {LBL:bare}."],
        "agent_bad": ["Η τιμή που μας δώσατε, {BADX}, δεν περνά τον έλεγχο εγκυρότητας· μπορείτε να τη στείλετε ξανά;",
                      "Γράψατε {BAD}, αλλά στο αρχείο μας υπάρχει {GOOD}· χρησιμοποιήσαμε το δεύτερο."],
        "agent_neg": ["Η επιστροφή των {PRICE} έγινε στις {DATE} με αριθμό αναφοράς {REF}.",
                      "Το νέο προϊόν θα αποσταλεί έως τις {DATE} με αριθμό αποστολής {TRACK}.",
                      "Ο αριθμός του αιτήματός σας είναι {CASE}· κρατήστε τον για μελλοντική επικοινωνία.",
                      "Αν μας τηλεφωνήσετε, αναφέρετε τον αριθμό επιστροφής {RMA}."],
        "close_a": ["Με εκτίμηση,", "Με φιλικούς χαιρετισμούς,"],
        "sig_a_named": ["{A_FULL}\nΕξυπηρέτηση Πελατών", "{A_FIRST}\nΤμήμα Υποστήριξης"],
        "sig_a_team": ["Η ομάδα Εξυπηρέτησης Πελατών", "Εξυπηρέτηση Πελατών"],
        "sig_phone": ["Κιν. {PHONE}", "Τηλ. {PHONE}", "{PHONE}", "κιν.: {PHONE}"],
        "sig_email": ["{EMAIL}", "Email: {EMAIL}"],
    },
    "tr": {
        "labels": [("Εκπρόσωπος", "Πελάτης"), ("ΕΚΠΡΟΣΩΠΟΣ", "ΠΕΛΑΤΗΣ"), ("Υπάλληλος", "Καλών")],
        "header": ["Απομαγνητοφώνηση κλήσης – {DATE}, {TIME}", "[Κλήση {CASE} | {DATE} {TIME}]",
                   "Έναρξη ηχογράφησης {TIME}"],
        "agent_open_named": ["Καλημέρα σας, εξυπηρέτηση πελατών, λέγομαι {A_FIRST}, πώς μπορώ να βοηθήσω;",
                             "Καλησπέρα, είμαι {AG:ο|η} {A_FIRST}, σε τι μπορώ να φανώ χρήσιμ{AG:ος|η};"],
        "agent_open": ["Καλημέρα σας, εξυπηρέτηση πελατών, πώς μπορώ να βοηθήσω;", "Καλησπέρα σας, σας ακούω."],
        "cust_open_named": ["Καλημέρα, είμαι {G:ο|η} {C_FULL}, καλώ για την παραγγελία {ORDER}.",
                            "Γεια σας, με λένε {C_FULL_ACC}, έχω πρόβλημα με μια παράδοση."],
        "cust_open": ["Καλημέρα, καλώ για την παραγγελία {ORDER}.",
                      "Γεια σας, έκανα μια παραγγελία στις {DATE} και δεν έχει έρθει."],
        "ask": ["Μου λέτε {LBL:acc_your};", "Μπορείτε να μου επιβεβαιώσετε {LBL:acc_your};",
                "Μου δίνετε {LBL:acc_your}, παρακαλώ;"],
        "ask_special": {"PHONE": "Σε ποιο τηλέφωνο μπορούμε να σας καλέσουμε;", "EMAIL": "Μου επιβεβαιώνετε το email σας;",
                        "ADDR": "Και η διεύθυνση παράδοσης;", "CARD": "Με ποια κάρτα θέλετε να πληρώσετε;",
                        "IBAN": "Σε ποιον λογαριασμό να γίνει η επιστροφή;"},
        "answer": ["Ναι, είναι {X}.", "Λοιπόν... {X}.", "Βεβαίως, {X}.", "{X}."],
        "bad_answer": ["Είναι {BAD}... όχι, συγγνώμη, {GOOD}.", "Μισό λεπτό να δω... {BAD}. Όχι, λάθος, {GOOD}."],
        "ack": ["Ευχαριστώ.", "Τέλεια, ευχαριστώ.", "Εντάξει, το πέρασα."],
        "neg_pairs": [("Έχετε τον αριθμό παραγγελίας;", "Ναι, είναι {ORDER}."),
                      ("Πότε παραδόθηκε;", "Στις {DATE}, κατά τις {TIME}."),
                      ("Πόσο χρεωθήκατε;", "{PRICE}, δύο φορές."),
                      ("Υπάρχει κάποιος αριθμός αναφοράς στην επιστολή;", "Γράφει {REF}."),
                      ("Έχετε τον αριθμό αποστολής;", "Ναι, {TRACK}."),
                      ("Μου διαβάζετε τον σειριακό αριθμό από πίσω;", "{SERIAL}."),
                      ("Ποια έκδοση της εφαρμογής έχετε;", "Την {VERSION}, νομίζω."),
                      ("Μου λέτε το IMEI της συσκευής;", "Είναι {IMEI}.")],
        "third": ["Έχω ήδη μιλήσει με {TG:τον|την} {T_FULL_ACC} την προηγούμενη εβδομάδα."],
        "close": ("Ο αριθμός του αιτήματος είναι {CASE}. Μπορώ να κάνω κάτι άλλο για εσάς;", "Όχι, αυτά, ευχαριστώ.",
                  "Εγώ ευχαριστώ, καλή σας μέρα."),
    },
    "form": {
        "titles": ["--- Φόρμα επικοινωνίας ---", "Νέο αίτημα από την ιστοσελίδα", "Αίτηση επιστροφής (υποβλήθηκε {DATE} {TIME})"],
        "full": "Ονοματεπώνυμο", "first": "Όνομα", "last": "Επώνυμο", "alt": "Εναλλακτική επαφή",
        "fields": {"EMAIL": "Email", "PHONE": "Τηλέφωνο", "CARD": "Αριθμός κάρτας", "IBAN": "IBAN",
                   "CF": "Codice fiscale (Ιταλία)", "PIVA": "Partita IVA (Ιταλία)", "AMKA": "ΑΜΚΑ", "AFM": "ΑΦΜ",
                   "CNP": "CNP (Ρουμανία)", "HETU": "Henkilötunnus (Φινλανδία)", "ADDR": "Διεύθυνση"},
        "neg": ["Αριθμός παραγγελίας: {ORDER}", "Ημερομηνία αγοράς: {DATE}", "Ποσό: {PRICE}", "Κωδικός προϊόντος: {PCODE}",
                "Σειριακός αριθμός: {SERIAL}", "Ποσότητα: {QTY}", "Αρ. τιμολογίου: {INVOICE}",
                "Ώρα επικοινωνίας: {TIMEA}-{TIMEB}"],
        "message": "Μήνυμα: ",
    },
    "thread": {
        "shop": "Εξυπηρέτηση", "cust": "Πελάτης",
        "agent_ask": ["Ευχαριστούμε, μας στέλνετε και {LBL:acc_your};", "Μπορείτε να μας γράψετε {LBL:acc_your};"],
        "agent": ["Το είδαμε, το ελέγχουμε.", "Μισό λεπτό να το δω.", "Η παραγγελία {ORDER} παραδόθηκε στην εταιρεία courier.",
                  "Η επιστροφή των {PRICE} έγινε σήμερα."],
    },
}

CONTENT["ro"] = {
    "lbl": {
        "def": {"CARD": "numărul cardului", "IBAN": "IBAN-ul", "CF": "codul fiscal italian", "PIVA": "codul de TVA italian",
                "AMKA": "numărul AMKA", "AFM": "AFM-ul", "CNP": "CNP-ul", "HETU": "codul personal finlandez",
                "PHONE": "numărul de telefon", "EMAIL": "adresa de e-mail", "ADDR": "adresa"},
        "my": {"CARD": "numărul cardului meu", "IBAN": "IBAN-ul meu", "CF": "codul meu fiscal italian",
               "PIVA": "codul meu de TVA italian", "AMKA": "numărul meu AMKA", "AFM": "AFM-ul meu", "CNP": "CNP-ul meu",
               "HETU": "codul meu personal finlandez", "PHONE": "numărul meu de telefon", "EMAIL": "adresa mea de e-mail",
               "ADDR": "adresa mea"},
        "your": {"CARD": "numărul cardului dumneavoastră", "IBAN": "IBAN-ul dumneavoastră",
                 "CF": "codul dumneavoastră fiscal italian", "PIVA": "codul dumneavoastră de TVA italian",
                 "AMKA": "numărul dumneavoastră AMKA", "AFM": "AFM-ul dumneavoastră", "CNP": "CNP-ul dumneavoastră",
                 "HETU": "codul dumneavoastră personal finlandez", "PHONE": "numărul dumneavoastră de telefon",
                 "EMAIL": "adresa dumneavoastră de e-mail", "ADDR": "adresa dumneavoastră"},
        "bare": {"CARD": "număr de card", "IBAN": "IBAN", "CF": "codice fiscale", "PIVA": "partita IVA", "AMKA": "număr AMKA",
                 "AFM": "AFM", "CNP": "CNP", "HETU": "cod personal finlandez", "PHONE": "număr de telefon",
                 "EMAIL": "adresă de e-mail", "ADDR": "adresă"},
    },
    "chat": {
        "CARD": ["numărul cardului este {CARD}", "puteți lua banii de pe {CARD}? celălalt a expirat",
                 "card {CARD} exp. {EXPIRY}", "vă trimit cardul nou: {CARD}"],
        "IBAN": ["IBAN pentru rambursare: {IBAN}", "rambursarea în contul {IBAN} vă rog", "IBAN-ul meu este {IBAN}",
                 "uitați iban-ul: {IBAN}"],
        "CNP": ["CNP-ul meu este {CNP}", "cnp {CNP}", "CNP: {CNP}", "vă trimit CNP-ul pentru factură: {CNP}",
                "C.N.P. {CNP}", "cnp-ul e {CNP}"],
        "CF": ["soțul meu e italian, codice fiscale {CF}", "codul fiscal italian: {CF}"],
        "PIVA": ["partita IVA a firmei mele din Italia: {PIVA}", "cod TVA italian {PIVA}"],
        "AMKA": ["AMKA mamei mele (Grecia): {AMKA}", "numărul AMKA este {AMKA}"],
        "AFM": ["codul fiscal grecesc (AFM): {AFM}", "AFM {AFM} pentru factură"],
        "HETU": ["codul personal finlandez: {HETU}", "henkilötunnus-ul meu este {HETU}"],
        "BARE": ["poftiți: {X}", "vi-l copiez din buletin: {X}", "codul meu personal este {X}"],
        "PHONE": ["sunați-mă la {PHONE}", "nr meu de telefon e {PHONE}", "îmi scrieți pe whatsapp la {PHONE}?",
                  "număr nou: {PHONE}", "sunați-mă la {PHONE} după ora {TIME}", "tel. {PHONE}"],
        "EMAIL": ["mailul meu este {EMAIL}", "trimiteți-o pe {EMAIL} vă rog", "scrieți-mi la {EMAIL}"],
        "ADDR": ["livrare la {ADDR}", "adresa este {ADDR}", "puteți trimite la {ADDR}?"],
        "NAME": ["bună, sunt {C_FL}", "bună ziua, sunt {C_FULL}", "bună ziua, {C_FULL}, comanda {ORDER}",
                 "mulțumesc mult, {A_FIRST}!", "mă numesc {C_FULL}, v-am scris ieri"],
        "THIRD": ["{T_FIRST} de la magazin mi-a spus să vă scriu aici",
                  "comanda a făcut-o {TG:soțul meu|soția mea}, {T_FULL}, nu eu"],
        "BAD_PAIR": ["scuze, greșeală: nu {BAD}, ci {GOOD}", "corect e {GOOD}, nu {BAD}", "{BAD} era greșit, e {GOOD}"],
        "BAD_ALONE": ["site-ul zice că {BADX} nu e valid??", "de ce nu acceptă {BADX}?"],
        "NEG": ["vreo noutate la comanda {ORDER}?", "AWB-ul {TRACK} nu s-a mai mișcat din {DATE}",
                "mai e valabilă oferta de {PRICE}?", "tichetul {TICKET} e tot deschis",
                "mi-au zis să sun din nou și să dau numărul {REF}", "am comandat {QTYB} bucăți și au venit {QTYA}",
                "comanda {ORDER10} pleacă azi? dacă nu, sunați-mă", "livrare pe {DATE} la ora {TIME}, e ok?",
                "returul {RMA} l-am predat pe {DATE}", "aștept încă rambursarea de {AMOUNT}",
                "produsul {PCODE} există la pachet de {QTY}?"],
        "FILLER": ["ok mulțumesc", "perfect, mulțumesc mult!", "tot nimic...", "vreo noutate?", "bine"],
    },
    "sent": {
        "CARD": ["Plata a fost luată de pe cardul meu {CARD} pe {DATE}, dar comanda apare tot neplătită.",
                 "Vă rog să luați restul de {PRICE} de pe cardul {CARD}.",
                 "Am primit cardul nou, numărul este {CARD}, cu data expirării {EXPIRY}.",
                 "Pe cardul {CARD} văd două plăți de câte {PRICE}, din {DATE} și din {DATE}."],
        "IBAN": ["Vă rog să returnați suma de {PRICE} în contul meu, IBAN {IBAN}.",
                 "Datele pentru transfer sunt: IBAN {IBAN}.",
                 "Contul este pe numele meu, IBAN {IBAN}.",
                 "Am schimbat banca, deci debitarea directă trebuie făcută din {IBAN}.",
                 "Puteți vira despăgubirea în {IBAN}, e un cont comun cu {TG:soțul meu|soția mea}."],
        "CNP": ["Pentru factură am nevoie să treceți CNP-ul meu: {CNP}.",
                "CNP-ul titularului de contract este {CNP}.",
                "Curierul mi-a cerut CNP-ul pentru coletul venit din afara UE: {CNP}.",
                "{TG:Băiatul meu este minor, CNP-ul lui|Fetița mea este minoră, CNP-ul ei} este {CNP}.",
                "La semnarea contractului de abonament mi s-a cerut CNP-ul, care este {CNP}.",
                "Pentru cumpărarea în rate aveți nevoie de codul numeric personal: {CNP}."],
        "CF": ["{TG:Soțul meu este italian, iar codul lui fiscal|Soția mea este italiancă, iar codul ei fiscal} (codice fiscale) este {CF}.",
               "Pentru livrarea în Italia, curierul cere codice fiscale al destinatarului: {CF}."],
        "PIVA": ["Factura trebuie emisă pe firma mea din Italia, partita IVA {PIVA}.",
                 "Întreprinderea mea individuală din Milano are codul de TVA {PIVA}."],
        "AMKA": ["Mama mea locuiește la Atena, iar farmacia cere numărul ei AMKA: {AMKA}.",
                 "Pentru dosarul medical din Grecia este nevoie de codul AMKA, adică {AMKA}."],
        "AFM": ["Am și o activitate în Grecia, codul meu fiscal grecesc (AFM) este {AFM}.",
                "Pentru factura către punctul meu de lucru din Salonic folosiți AFM-ul {AFM}."],
        "HETU": ["Am locuit la Helsinki, iar codul meu personal finlandez este {HETU}.",
                 "Pentru contul finlandez aveți nevoie de henkilötunnus-ul meu: {HETU}."],
        "BARE": ["Vi-l copiez din cartea de identitate: {X}.",
                 "Cum mi-ați cerut, codul meu personal este {X}.",
                 "Numărul pe care mi l-ați cerut pentru identificare este {X}."],
        "PHONE": ["Mă puteți suna la {PHONE} după ora {TIME}.",
                  "Mi-am schimbat numărul de mobil, cel nou este {PHONE}.",
                  "Dacă nu sunt acasă, curierul poate suna la {PHONE}.",
                  "Trimiteți-mi un SMS la {PHONE} când pleacă tehnicianul.",
                  "{TG:Îl puteți suna și pe soțul meu|O puteți suna și pe soția mea}, {T_FIRST}, la {PHONE}.",
                  "Ziua sunt la birou, numărul fix este {PHONE}."],
        "EMAIL": ["Vă rog să-mi scrieți la {EMAIL}.",
                  "Nu am primit confirmarea pe {EMAIL}, o puteți retrimite?",
                  "Adresa mea de e-mail este {EMAIL}.",
                  "Puneți-{TG:l|o} în copie și pe {TG:soțul meu|soția mea}: {EMAIL_T}."],
        "ADDR": ["Coletul trebuie livrat la adresa {ADDR}.", "M-am mutat, noua mea adresă este {ADDR}.",
                 "Produsul defect poate fi ridicat de la {ADDR} pe {DATE}.",
                 "Adresa de facturare rămâne {ADDR}."],
        "NAME": ["Mă numesc {C_FULL} și vă scriu în legătură cu comanda {ORDER}.",
                 "Sunt {C_FULL}, v-am sunat pe {DATE} pentru fierbătorul defect.",
                 "Bună ziua, vă scrie din nou {C_FULL}.",
                 "Numele meu este {C_FULL} și sunt {G:titularul|titulara} contractului."],
        "THIRD": ["Am vorbit cu {T_FULL} pe {DATE}, care mi-a promis că mă sună înapoi.",
                  "{TG:Colegul dumneavoastră|Colega dumneavoastră} {T_FIRST} mi-a spus că banii vin în {NINST} zile lucrătoare.",
                  "Comanda a făcut-o {TG:fiul meu|fiica mea}, {T_FULL}, dar am plătit eu.",
                  "Aș dori să {TG:îl|o} adaug pe {T_FULL} ca a doua persoană de contact."],
        "SIGN": ["Mulțumesc, {C_FIRST}", "Cu stimă, {C_FULL}", "Toate cele bune, {C_FULL}", "Mersi, {C_FIRST}"],
        "BAD_PAIR": ["Scuze, în mesajul anterior am scris {BAD}; {LBL:my} este de fapt {GOOD}.",
                     "Corectez: {LBL:my} este {GOOD}, nu {BAD}.",
                     "În formular apare {BAD}, e o greșeală de tastare; trebuie {GOOD}."],
        "BAD_ALONE": ["Site-ul dumneavoastră tot respinge {LBL:def} {BADX}, puteți verifica?",
                      "În scrisoarea primită apare {BADX} ca {LBL:bare}, ceea ce nu pare corect."],
        "NEG": ["Comanda {ORDER} mi-a fost taxată cu {PRICE} pe {DATE}, dar au sosit doar {QTYA} produse din {QTYB}.",
                "Când mă sunați înapoi, vă rog să menționați dosarul {REF}.",
                "Am sunat la ora {TIME} și mi s-a dat numărul de sesizare {CASE}.",
                "AWB-ul {TRACK} nu s-a mai actualizat din {DATE}.",
                "Factura {INVOICE} are un total de {AMOUNT}, cu TVA {PERCENT} inclus.",
                "Seria de pe spatele aparatului este {SERIAL}, model din {YEAR}.",
                "IMEI-ul telefonului este {IMEI}, mi l-a cerut service-ul.",
                "Rezervarea {BOOKING} este pentru {DATE}, ora {TIME}.",
                "Autorizația de retur {RMA} a fost emisă pe {DATE}, dar nu a venit nimeni după colet.",
                "Aplicația este la versiunea {VERSION} și tot se blochează la plată.",
                "Pe factura dumneavoastră scrie codul BIC {SORTCODE}; mai este valabil?",
                "Livrați și la codul poștal {POSTCODE} sau e în afara zonei?",
                "Indexul contorului la {DATE} era {METER} kWh, diferit de cel din factură.",
                "Codul meu de client este {CUSTNO}, operatorul de la telefon mi-a spus să-l menționez.",
                "Am comandat {QTY} bucăți din produsul {PCODE} la {PRICE} bucata.",
                "Codul de bare de pe cutie este {EAN}.",
                "Numărul de contract {LONGRUN} apare în scrisoarea de reînnoire pentru {YEAR}.",
                "Sunați-mă pentru comanda {ORDER10}, încă nu a plecat.",
                "Prețul a crescut de la {PRICE} la {PRICE} între {DATE} și {DATE}.",
                "Reclama promitea o reducere de {PERCENT} până pe {DATE}.",
                "La telefon mi s-a spus să dau numărul de dosar {ORDERYS}.",
                "Am așteptat la telefon de la {TIMEA} până la {TIMEB} și apoi s-a închis.",
                "Comanda {ORDERYS} trebuia să ajungă pe {DATE}.",
                "Tichetul {TICKET} a fost închis la ora {TIME} fără niciun răspuns.",
                "Totalul de {AMOUNT} a fost împărțit în {NINST} rate lunare.",
                "Dacă sunați, codul meu de abonat este {CUSTNO}, nu numărul comenzii."],
        "GREET": ["Bună ziua,", "Bună,", "Bună seara,", "Salut,"],
    },
    "email": {
        "subject": ["Subiect: Comanda {ORDER}", "Subiect: Cerere de rambursare", "Subiect: RE: Dosarul {CASE}",
                    "Subiect: Produs greșit", "Subiect: Actualizare date", "Subiect: Reclamație livrare din {DATE}"],
        "greet_c": ["Bună ziua,", "Stimate departament relații cu clienții,", "Bună,", "Către serviciul clienți,"],
        "greet_c_named": ["{AG:Stimate domnule|Stimată doamnă} {A_LAST},", "Bună ziua, {A_FIRST},", "Salut, {A_FIRST},"],
        "open_c": ["Vă scriu în legătură cu comanda {ORDER} din {DATE}.",
                   "Revin după discuția telefonică de azi-dimineață, de la ora {TIME}.",
                   "Așa cum mi-ați cerut, vă trimit datele lipsă.",
                   "Din păcate, și produsul primit ca înlocuire pe {DATE} este defect.",
                   "Aș dori rambursarea facturii {INVOICE}."],
        "close_c": ["Mulțumesc anticipat,", "Cu stimă,", "Cu respect,", "Toate cele bune,"],
        "end_noname": ["Mulțumesc și o zi bună.", "Mulțumesc.", "Trimis de pe telefon"],
        "greet_a_named": ["{G:Stimate domnule|Stimată doamnă} {C_LAST},", "Bună ziua, {C_FIRST},",
                          "{G:Stimate|Stimată} {C_FULL},"],
        "greet_a": ["Stimate client,", "Bună ziua,"],
        "open_a": ["Vă mulțumim că ne-ați contactat în legătură cu comanda {ORDER}.",
                   "În urma apelului dumneavoastră din {DATE}, ora {TIME}, am verificat contul.",
                   "Ne pare rău că livrarea din {DATE} nu a reușit."],
        "agent_item": ["Am actualizat datele: {LBL:your} este acum {X}.",
                       "Din motive de securitate, vă rugăm să confirmați că {LBL:your} este {X}.",
                       "În evidențele noastre figurează {X} ca {LBL:bare}."],
        "agent_bad": ["Valoarea pe care ne-ați trimis-o, {BADX}, nu trece verificarea; ne-o puteți trimite din nou?",
                      "Ați scris {BAD}, dar în evidențe apare {GOOD}; am folosit-o pe a doua."],
        "agent_neg": ["Rambursarea de {PRICE} a fost efectuată pe {DATE}, cu referința {REF}.",
                      "Produsul de înlocuire pleacă până pe {DATE}, cu AWB-ul {TRACK}.",
                      "Numărul sesizării dumneavoastră este {CASE}; vă rugăm să-l păstrați.",
                      "Dacă ne sunați, menționați numărul de retur {RMA}."],
        "close_a": ["Cu stimă,", "Cu respect,"],
        "sig_a_named": ["{A_FULL}\nRelații Clienți", "{A_FIRST}\nEchipa de suport"],
        "sig_a_team": ["Echipa Relații Clienți", "Serviciul Clienți"],
        "sig_phone": ["Mobil: {PHONE}", "Tel.: {PHONE}", "{PHONE}", "tel. {PHONE}"],
        "sig_email": ["{EMAIL}", "E-mail: {EMAIL}"],
    },
    "tr": {
        "labels": [("Operator", "Client"), ("OPERATOR", "CLIENT"), ("Agent", "Apelant")],
        "header": ["Transcriere apel – {DATE}, ora {TIME}", "[Apel {CASE} | {DATE} {TIME}]", "Început înregistrare {TIME}"],
        "agent_open_named": ["Bună ziua, serviciul clienți, mă numesc {A_FIRST}, cu ce vă pot ajuta?",
                             "Bună seara, sunt {A_FIRST}, vă ascult."],
        "agent_open": ["Bună ziua, serviciul clienți, cu ce vă pot ajuta?", "Bună ziua, vă ascult."],
        "cust_open_named": ["Bună ziua, sunt {C_FULL}, sun pentru comanda {ORDER}.",
                            "Bună, mă numesc {C_FULL}, am o problemă cu o livrare."],
        "cust_open": ["Bună ziua, sun pentru comanda {ORDER}.", "Bună, am făcut o comandă pe {DATE} și nu a ajuns."],
        "ask": ["Îmi puteți spune {LBL:your}?", "Îmi confirmați {LBL:your}, vă rog?", "Îmi dictați {LBL:your}?"],
        "ask_special": {"PHONE": "La ce număr vă putem suna înapoi?", "EMAIL": "Îmi confirmați adresa de e-mail?",
                        "ADDR": "Și adresa de livrare?", "CARD": "Cu ce card doriți să plătiți?",
                        "IBAN": "În ce cont facem rambursarea?"},
        "answer": ["Da, este {X}.", "Deci... {X}.", "Sigur, {X}.", "{X}."],
        "bad_answer": ["Este {BAD}... nu, scuzați-mă, {GOOD}.", "Stați să verific... {BAD}. Ba nu, e {GOOD}."],
        "ack": ["Mulțumesc.", "Perfect, mulțumesc.", "Bine, am notat."],
        "neg_pairs": [("Aveți numărul comenzii?", "Da, este {ORDER}."),
                      ("Când vi s-a livrat?", "Pe {DATE}, pe la ora {TIME}."),
                      ("Cât vi s-a retras?", "{PRICE}, de două ori."),
                      ("Există vreo referință pe scrisoare?", "Scrie {REF}."),
                      ("Aveți AWB-ul?", "Da, {TRACK}."),
                      ("Îmi citiți seria de pe spate?", "{SERIAL}."),
                      ("Ce versiune a aplicației aveți?", "{VERSION}, cred."),
                      ("Îmi spuneți IMEI-ul telefonului?", "Este {IMEI}.")],
        "third": ["Am mai vorbit cu {T_FULL} săptămâna trecută."],
        "close": ("Numărul sesizării este {CASE}. Vă mai pot ajuta cu ceva?", "Nu, asta era tot, mulțumesc.",
                  "Și eu vă mulțumesc, o zi bună."),
    },
    "form": {
        "titles": ["--- Formular de contact ---", "Cerere nouă de pe site", "Cerere de retur (trimisă pe {DATE} la {TIME})"],
        "full": "Nume și prenume", "first": "Prenume", "last": "Nume", "alt": "Persoană de contact alternativă",
        "fields": {"EMAIL": "E-mail", "PHONE": "Telefon", "CARD": "Număr card", "IBAN": "IBAN",
                   "CF": "Codice fiscale (Italia)", "PIVA": "Partita IVA (Italia)", "AMKA": "AMKA (Grecia)",
                   "AFM": "AFM (Grecia)", "CNP": "CNP", "HETU": "Cod personal (Finlanda)", "ADDR": "Adresă"},
        "neg": ["Număr comandă: {ORDER}", "Data achiziției: {DATE}", "Sumă: {PRICE}", "Cod produs: {PCODE}",
                "Serie: {SERIAL}", "Cantitate: {QTY}", "Nr. factură: {INVOICE}", "Interval orar preferat: {TIMEA}-{TIMEB}"],
        "message": "Mesaj: ",
    },
    "thread": {
        "shop": "Suport", "cust": "Client",
        "agent_ask": ["Mulțumim, ne trimiteți și {LBL:def}?", "Ne puteți scrie {LBL:your}?"],
        "agent": ["Am primit, verific acum.", "O clipă, mă uit.", "Comanda {ORDER} a fost predată curierului.",
                  "Rambursarea de {PRICE} a fost făcută azi."],
    },
}

CONTENT["fi"] = {
    "lbl": {
        "nom": {"CARD": "kortin numero", "IBAN": "tilinumero", "CF": "italialainen verokoodi",
                "PIVA": "italialainen ALV-numero", "AMKA": "AMKA-numero", "AFM": "kreikkalainen verotunniste",
                "CNP": "romanialainen henkilötunnus", "HETU": "henkilötunnus", "PHONE": "puhelinnumero",
                "EMAIL": "sähköpostiosoite", "ADDR": "osoite"},
        "acc": {"CARD": "kortin numeron", "IBAN": "tilinumeron", "CF": "italialaisen verokoodin",
                "PIVA": "italialaisen ALV-numeron", "AMKA": "AMKA-numeron", "AFM": "kreikkalaisen verotunnisteen",
                "CNP": "romanialaisen henkilötunnuksen", "HETU": "henkilötunnuksen", "PHONE": "puhelinnumeron",
                "EMAIL": "sähköpostiosoitteen", "ADDR": "osoitteen"},
        "par": {"CARD": "kortin numeroa", "IBAN": "tilinumeroa", "CF": "italialaista verokoodia",
                "PIVA": "italialaista ALV-numeroa", "AMKA": "AMKA-numeroa", "AFM": "kreikkalaista verotunnistetta",
                "CNP": "romanialaista henkilötunnusta", "HETU": "henkilötunnusta", "PHONE": "puhelinnumeroa",
                "EMAIL": "sähköpostiosoitetta", "ADDR": "osoitetta"},
        "ess": {"CARD": "kortin numerona", "IBAN": "tilinumerona", "CF": "italialaisena verokoodina",
                "PIVA": "italialaisena ALV-numerona", "AMKA": "AMKA-numerona", "AFM": "kreikkalaisena verotunnisteena",
                "CNP": "romanialaisena henkilötunnuksena", "HETU": "henkilötunnuksena", "PHONE": "puhelinnumerona",
                "EMAIL": "sähköpostiosoitteena", "ADDR": "osoitteena"},
    },
    "chat": {
        "CARD": ["kortin numero on {CARD}", "voitteko veloittaa kortilta {CARD}? toinen vanheni",
                 "kortti {CARD}, voimassa {EXPIRY}", "tässä uusi kortti: {CARD}"],
        "IBAN": ["tilinumero palautusta varten: {IBAN}", "palautus tilille {IBAN} kiitos", "tilinumeroni on {IBAN}",
                 "tässä iban: {IBAN}"],
        "HETU": ["henkilötunnukseni on {HETU}", "hetu {HETU}", "HETU: {HETU}", "sotu {HETU}",
                 "tässä hetu osamaksua varten: {HETU}", "hetuni on {HETU}"],
        "CF": ["{TG:mieheni|vaimoni} on italialainen, codice fiscale {CF}", "italialainen verokoodi: {CF}"],
        "PIVA": ["italialaisen toiminimeni partita IVA: {PIVA}", "italialainen ALV-numero {PIVA}"],
        "AMKA": ["äitini kreikkalainen AMKA on {AMKA}", "AMKA-numero {AMKA}"],
        "AFM": ["kreikkalainen verotunniste (AFM) {AFM}", "AFM {AFM} laskulle"],
        "CNP": ["{TG:mieheni|vaimoni} romanialainen henkilötunnus (CNP) on {CNP}", "CNP {CNP}"],
        "BARE": ["tässä: {X}", "kopioin sen henkilökortista: {X}", "tunnukseni on {X}"],
        "PHONE": ["soittakaa numeroon {PHONE}", "mun numero on {PHONE}", "laittakaa viestiä numeroon {PHONE}",
                  "uusi numero: {PHONE}", "soittakaa {PHONE} klo {TIME} jälkeen", "puh. {PHONE}"],
        "EMAIL": ["sähköpostini on {EMAIL}", "lähettäkää se osoitteeseen {EMAIL}",
                  "kirjoittakaa minulle osoitteeseen {EMAIL}"],
        "ADDR": ["toimitus osoitteeseen {ADDR}", "osoite on {ADDR}", "voitteko lähettää osoitteeseen {ADDR}?"],
        "NAME": ["moi, {C_FL} täällä", "hei, olen {C_FULL}", "päivää, {C_FULL}, tilaus {ORDER}",
                 "kiitos paljon {A_FIRST}!", "nimeni on {C_FULL}, laitoin eilen viestiä"],
        "THIRD": ["{T_FIRST} myymälästä käski kirjoittaa tänne", "tilauksen teki {TG:mieheni|vaimoni} {T_FULL}, en minä",
                  "soitin jo eilen {T_FIRST_ALL}"],
        "BAD_PAIR": ["sori, väärin: ei {BAD} vaan {GOOD}", "oikea on {GOOD}, ei {BAD}", "{BAD} oli väärin, oikea on {GOOD}"],
        "BAD_ALONE": ["sivu sanoo ettei {BADX} kelpaa??", "miksi {BADX} ei kelpaa?"],
        "NEG": ["onko tilauksesta {ORDER} uutta?", "seurantakoodi {TRACK} ei ole liikkunut {DATE} jälkeen",
                "onko {PRICE} tarjous vielä voimassa?", "tiketti {TICKET} on yhä auki",
                "käskivät soittaa uudestaan ja kertoa numeron {REF}", "tilasin {QTYB} kpl ja tuli {QTYA}",
                "lähteekö tilaus {ORDER10} tänään? jos ei niin soittakaa", "toimitus {DATE} klo {TIME} käy?",
                "palautuksen {RMA} vein postiin {DATE}", "odotan yhä hyvitystä {AMOUNT}",
                "saako tuotetta {PCODE} {QTY} kpl pakkauksessa?", "viitenumero {VIITE}, oikein?"],
        "FILLER": ["ok kiitos", "kiitos paljon!", "vieläkään ei mitään...", "uutta?", "selvä"],
    },
    "sent": {
        "CARD": ["Maksu veloitettiin kortiltani {CARD} {DATE}, mutta tilaus näkyy yhä maksamattomana.",
                 "Veloittakaa loput {PRICE} kortilta {CARD}.",
                 "Sain uuden kortin, numero on {CARD} ja voimassaolo {EXPIRY}.",
                 "Kortilta {CARD} on veloitettu {PRICE} kahdesti, {DATE} ja {DATE}."],
        "IBAN": ["Palauttakaa {PRICE} tililleni {IBAN}.", "Tilitiedot palautusta varten: IBAN {IBAN}.",
                 "Tili on minun nimissäni, IBAN {IBAN}.",
                 "Vaihdoin pankkia, joten suoraveloitus pitää siirtää tilille {IBAN}.",
                 "Korvauksen voi maksaa tilille {IBAN}, se on yhteistili {TG:mieheni|vaimoni} kanssa."],
        "HETU": ["Laskua varten tarvitsette henkilötunnukseni: {HETU}.",
                 "Sopimuksen haltijan henkilötunnus on {HETU}.",
                 "Osamaksua varten kysyttiin henkilötunnusta, se on {HETU}.",
                 "Lapseni on alaikäinen, hänen henkilötunnuksensa on {HETU}.",
                 "Apteekki pyysi henkilötunnustani reseptiä varten: {HETU}.",
                 "Sähkösopimukseen tarvitaan hetu, minun on {HETU}."],
        "CF": ["Puolisoni on italialainen, ja hänen verokoodinsa (codice fiscale) on {CF}.",
               "Italiaan toimitettaessa kuljetusliike pyytää vastaanottajan verokoodin (codice fiscale): {CF}."],
        "PIVA": ["Lasku pitää tehdä italialaiselle toiminimelleni, partita IVA {PIVA}.",
                 "Milanossa toimivan toiminimeni ALV-numero on {PIVA}."],
        "AMKA": ["Äitini asuu Ateenassa, ja apteekki kysyy hänen AMKA-numeroaan: {AMKA}.",
                 "Kreikan sairausvakuutusta varten tarvitaan AMKA-tunnus, joka on {AMKA}."],
        "AFM": ["Minulla on toimintaa myös Kreikassa, kreikkalainen verotunnisteeni (AFM) on {AFM}.",
                "Thessalonikin toimipisteeni laskuun käyttäkää AFM-numeroa {AFM}."],
        "CNP": ["Puolisoni on romanialainen, hänen henkilötunnuksensa (CNP) on {CNP}.",
                "Romaniaan lähetettäessä kuriiri pyytää vastaanottajan CNP-tunnuksen: {CNP}."],
        "BARE": ["Kopioin numeron henkilökortistani: {X}.", "Kuten pyysitte, tunnukseni on {X}.",
                 "Tunnistautumista varten pyytämänne numero on {X}."],
        "PHONE": ["Minulle voi soittaa numeroon {PHONE} klo {TIME} jälkeen.",
                  "Vaihdoin puhelinnumeroa, uusi on {PHONE}.",
                  "Jos en ole kotona, kuljettaja voi soittaa numeroon {PHONE}.",
                  "Laittakaa tekstiviesti numeroon {PHONE}, kun asentaja on tulossa.",
                  "Voitte soittaa myös {TG:miehelleni|vaimolleni} {T_FIRST_ALL} numeroon {PHONE}.",
                  "Päivisin olen toimistolla, lankapuhelinnumero on {PHONE}."],
        "EMAIL": ["Kirjoittakaa minulle osoitteeseen {EMAIL}.",
                  "En saanut vahvistusta osoitteeseen {EMAIL}, voitteko lähettää sen uudelleen?",
                  "Sähköpostiosoitteeni on {EMAIL}.",
                  "Laittakaa kopio myös {TG:miehelleni|vaimolleni}: {EMAIL_T}."],
        "ADDR": ["Paketti pitää toimittaa osoitteeseen {ADDR}.", "Muutin, uusi osoitteeni on {ADDR}.",
                 "Viallisen laitteen voi noutaa osoitteesta {ADDR} {DATE}.",
                 "Laskutusosoite on edelleen {ADDR}."],
        "NAME": ["Nimeni on {C_FULL} ja kirjoitan tilauksesta {ORDER}.",
                 "Olen {C_FULL}, soitin teille {DATE} rikkinäisestä vedenkeittimestä.",
                 "Hei, {C_FULL} tässä taas.", "Olen {C_FULL}, sopimuksen haltija."],
        "THIRD": ["Puhuin {T_FULL_GEN} kanssa {DATE}, ja hän lupasi soittaa takaisin.",
                  "Kollegenne {T_FIRST} sanoi, että rahat palautetaan {NINST} arkipäivän kuluessa.",
                  "Tilauksen teki {TG:poikani|tyttäreni} {T_FULL}, mutta minä maksoin sen.",
                  "Haluaisin lisätä {T_FULL_GEN} toiseksi yhteyshenkilöksi.",
                  "Soitin eilen {T_FULL_ALL} teidän Tampereen myymäläänne."],
        "SIGN": ["Kiitos, {C_FIRST}", "Ystävällisin terveisin {C_FULL}", "Terveisin {C_FULL}", "t. {C_FIRST}"],
        "BAD_PAIR": ["Anteeksi, edellisessä viestissä kirjoitin {BAD}; oikea {LBL:nom} on {GOOD}.",
                     "Korjaus: oikea {LBL:nom} on {GOOD}, ei {BAD}.",
                     "Lomakkeessa lukee {BAD}, mutta se on näppäilyvirhe; pitää olla {GOOD}."],
        "BAD_ALONE": ["Sivustonne ei hyväksy {LBL:par} {BADX}, voitteko tarkistaa?",
                      "Lähettämässänne kirjeessä on {BADX} {LBL:ess}, mikä ei näytä oikealta."],
        "NEG": ["Tilauksesta {ORDER} veloitettiin {PRICE} {DATE}, mutta {QTYB} tuotteesta tuli vain {QTYA}.",
                "Kun soitatte takaisin, mainitkaa asianumero {REF}.",
                "Soitin klo {TIME} ja sain palvelupyynnön numeron {CASE}.",
                "Seurantakoodi {TRACK} ei ole päivittynyt {DATE} jälkeen.",
                "Laskun {INVOICE} loppusumma on {AMOUNT}, ja siihen sisältyy ALV {PERCENT}.",
                "Laitteen takana oleva sarjanumero on {SERIAL}, vuoden {YEAR} malli.",
                "Puhelimen IMEI on {IMEI}, huolto kysyi sitä.",
                "Varaus {BOOKING} on {DATE} klo {TIME}.",
                "Palautuslupa {RMA} myönnettiin {DATE}, mutta kukaan ei ole hakenut pakettia.",
                "Sovellus on versiossa {VERSION} ja kaatuu yhä maksuvaiheessa.",
                "Laskussanne on BIC-koodi {SORTCODE}; onko se yhä teidän pankkinne?",
                "Toimitatteko myös postinumeroon {POSTCODE}, vai onko se alueenne ulkopuolella?",
                "Mittarin lukema {DATE} oli {METER} kWh, eri kuin laskussa.",
                "Asiakasnumeroni on {CUSTNO}, puhelimessa käskettiin mainita se.",
                "Tilasin {QTY} kpl tuotetta {PCODE} hintaan {PRICE} kappaleelta.",
                "Laatikon viivakoodi on {EAN}.",
                "Sopimusnumero {LONGRUN} näkyy vuoden {YEAR} uusimiskirjeessä.",
                "Soittakaa minulle tilauksesta {ORDER10}, se ei ole vieläkään lähtenyt.",
                "Hinta oli ensin {PRICE} ja nyt {PRICE}, vaikka tilasin {DATE}.",
                "Mainoksessa luvattiin {PERCENT} alennus {DATE} asti.",
                "Puhelimessa pyydettiin mainitsemaan numero {ORDERYS}.",
                "Olin jonossa klo {TIMEA}–{TIMEB}, ja sitten puhelu katkesi.",
                "Tilauksen {ORDERYS} piti tulla {DATE}.",
                "Tiketti {TICKET} suljettiin klo {TIME} ilman vastausta.",
                "Loppusumma {AMOUNT} jaettiin {NINST} kuukausierään.",
                "Maksoin laskun viitenumerolla {VIITE}, mutta se näkyy yhä avoimena.",
                "Viitenumero on {VIITE} ja eräpäivä {DATE}.",
                "Jos soitatte, asiakasnumeroni on {CUSTNO}, ei tilausnumero."],
        "GREET": ["Hei,", "Moi,", "Päivää,", "Hyvää huomenta,"],
    },
    "email": {
        "subject": ["Aihe: Tilaus {ORDER}", "Aihe: Hyvityspyyntö", "Aihe: VS: Asia {CASE}", "Aihe: Väärä tuote",
                    "Aihe: Tietojen päivitys", "Aihe: Reklamaatio, toimitus {DATE}"],
        "greet_c": ["Hei,", "Hyvä asiakaspalvelu,", "Päivää,", "Moi,"],
        "greet_c_named": ["Hei {A_FIRST},", "Hyvä {A_FULL},", "Moi {A_FIRST},"],
        "open_c": ["Kirjoitan tilauksestani {ORDER}, joka tehtiin {DATE}.",
                   "Jatkoa tämänaamuiselle puhelulle klo {TIME}.",
                   "Kuten pyysitte, lähetän puuttuvat tiedot.",
                   "Valitettavasti myös {DATE} saapunut korvaava tuote on viallinen.",
                   "Pyydän hyvitystä laskusta {INVOICE}."],
        "close_c": ["Kiitos etukäteen,", "Ystävällisin terveisin", "Terveisin", "Kiittäen"],
        "end_noname": ["Kiitos ja hyvää päivänjatkoa.", "Kiitos.", "Lähetetty puhelimesta"],
        "greet_a_named": ["Hei {C_FIRST},", "Hyvä {C_FULL},", "Hei {C_FULL},"],
        "greet_a": ["Hyvä asiakkaamme,", "Hei,"],
        "open_a": ["Kiitos yhteydenotostanne koskien tilausta {ORDER}.",
                   "Puhelunne {DATE} klo {TIME} johdosta tarkistimme tilinne tiedot.",
                   "Pahoittelemme, että toimitus {DATE} epäonnistui."],
        "agent_item": ["Päivitimme tietonne: {LBL:nom} on nyt {X}.",
                       "Vahvistattehan, että tiedoissanne oleva {LBL:nom} {X} on oikein.",
                       "Rekisterissämme on {LBL:ess} {X}."],
        "agent_bad": ["Antamanne arvo {BADX} ei läpäise tarkistusta; voisitteko lähettää sen uudelleen?",
                      "Kirjoititte {BAD}, mutta rekisterissämme on {GOOD}; käytimme jälkimmäistä."],
        "agent_neg": ["Hyvitys {PRICE} maksettiin {DATE}, viite {REF}.",
                      "Korvaava tuote lähtee viimeistään {DATE}, seurantakoodi {TRACK}.",
                      "Palvelupyyntönne numero on {CASE}; säilyttäkää se.",
                      "Jos soitatte meille, mainitkaa palautusnumero {RMA}."],
        "close_a": ["Ystävällisin terveisin", "Terveisin"],
        "sig_a_named": ["{A_FULL}\nAsiakaspalvelu", "{A_FIRST}\nTukitiimi"],
        "sig_a_team": ["Asiakaspalvelutiimi", "Asiakaspalvelu"],
        "sig_phone": ["Puh. {PHONE}", "p. {PHONE}", "{PHONE}", "puh: {PHONE}"],
        "sig_email": ["{EMAIL}", "Sähköposti: {EMAIL}"],
    },
    "tr": {
        "labels": [("Asiakaspalvelija", "Asiakas"), ("ASIAKASPALVELU", "ASIAKAS"), ("Palvelija", "Soittaja")],
        "header": ["Puhelun litterointi – {DATE} klo {TIME}", "[Puhelu {CASE} | {DATE} {TIME}]", "Tallenne alkoi klo {TIME}"],
        "agent_open_named": ["Hyvää huomenta, asiakaspalvelu, {A_FIRST} puhelimessa, miten voin auttaa?",
                             "Päivää, täällä {A_FIRST}, kuinka voin palvella?"],
        "agent_open": ["Hyvää päivää, asiakaspalvelu, miten voin auttaa?", "Päivää, asiakaspalvelu."],
        "cust_open_named": ["Päivää, {C_FULL} täällä, soitan tilauksesta {ORDER}.",
                            "Hei, nimeni on {C_FULL}, minulla on ongelma toimituksen kanssa."],
        "cust_open": ["Päivää, soitan tilauksesta {ORDER}.", "Hei, tein tilauksen {DATE}, eikä se ole tullut."],
        "ask": ["Voisitteko kertoa {LBL:acc}?", "Saisinko vielä {LBL:acc}?", "Tarvitsen {LBL:acc}, olkaa hyvä."],
        "ask_special": {"PHONE": "Mihin numeroon voimme soittaa takaisin?", "EMAIL": "Vahvistatteko sähköpostiosoitteenne?",
                        "ADDR": "Entä toimitusosoite?", "CARD": "Millä kortilla haluatte maksaa?",
                        "IBAN": "Mille tilille hyvitys maksetaan?"},
        "answer": ["Joo, se on {X}.", "Eli... {X}.", "Toki, {X}.", "{X}."],
        "bad_answer": ["Se on {BAD}... ei kun anteeksi, {GOOD}.", "Hetkinen, katson... {BAD}. Ei vaan {GOOD}."],
        "ack": ["Kiitos.", "Selvä, kiitos.", "Okei, kirjasin sen."],
        "neg_pairs": [("Onko teillä tilausnumero?", "On, se on {ORDER}."),
                      ("Milloin se toimitettiin?", "{DATE}, noin klo {TIME}."),
                      ("Paljonko teiltä veloitettiin?", "{PRICE}, kahteen kertaan."),
                      ("Onko kirjeessä jokin viitenumero?", "Siinä lukee {REF}."),
                      ("Onko teillä seurantakoodi?", "On, {TRACK}."),
                      ("Voitteko lukea sarjanumeron laitteen takaa?", "{SERIAL}."),
                      ("Mikä sovelluksen versio teillä on?", "{VERSION}, luulisin."),
                      ("Kertoisitteko puhelimen IMEI-koodin?", "Se on {IMEI}.")],
        "third": ["Puhuin jo viime viikolla {T_FULL_GEN} kanssa."],
        "close": ("Palvelupyynnön numero on {CASE}. Voinko auttaa vielä jossain?", "Ei, siinä kaikki, kiitos.",
                  "Kiitos soitosta, hyvää päivänjatkoa."),
    },
    "form": {
        "titles": ["--- Yhteydenottolomake ---", "Uusi yhteydenotto verkkosivuilta", "Palautuspyyntö (lähetetty {DATE} klo {TIME})"],
        "full": "Nimi", "first": "Etunimi", "last": "Sukunimi", "alt": "Toinen yhteyshenkilö",
        "fields": {"EMAIL": "Sähköposti", "PHONE": "Puhelin", "CARD": "Kortin numero", "IBAN": "Tilinumero (IBAN)",
                   "CF": "Codice fiscale (Italia)", "PIVA": "Partita IVA (Italia)", "AMKA": "AMKA (Kreikka)",
                   "AFM": "AFM (Kreikka)", "CNP": "CNP (Romania)", "HETU": "Henkilötunnus", "ADDR": "Osoite"},
        "neg": ["Tilausnumero: {ORDER}", "Ostopäivä: {DATE}", "Summa: {PRICE}", "Tuotekoodi: {PCODE}",
                "Sarjanumero: {SERIAL}", "Määrä: {QTY}", "Laskun numero: {INVOICE}", "Toivottu soittoaika: {TIMEA}–{TIMEB}",
                "Viitenumero: {VIITE}"],
        "message": "Viesti: ",
    },
    "thread": {
        "shop": "Asiakaspalvelu", "cust": "Asiakas",
        "agent_ask": ["Kiitos, lähetättekö vielä {LBL:acc}?", "Voisitteko kirjoittaa {LBL:acc}?"],
        "agent": ["Saatu, tarkistan heti.", "Hetki, katson.", "Tilauksenne {ORDER} on luovutettu kuljetukseen.",
                  "Hyvitys {PRICE} maksettiin tänään."],
    },
}


# ---------------------------------------------------------------------------
# rendering engine
# ---------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{([A-Za-z_0-9]+)(?::([^{}]*))?\}")
PERSON_RE = re.compile(r"^(C|A|T)_(FULL|FIRST|LAST|FL)(?:_(ACC|VOC|GEN|ALL))?$")
WHY_BAD = "check digit fails"
WHY_NEG = "tricky negative"


class Builder:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.ents = []
        self.dis = []

    def put(self, s, kind=None, typ=None, why=None):
        if not s:
            return
        b = len(s.encode("utf-8"))
        if kind == "E":
            self.ents.append({"type": typ, "start": self.n, "end": self.n + b})
        elif kind == "D":
            self.dis.append({"type": typ, "start": self.n, "end": self.n + b, "why": why})
        self.parts.append(s)
        self.n += b

    def text(self):
        return "".join(self.parts)


class Ctx:
    def __init__(self, lang, b):
        self.lang = lang
        self.b = b
        self.C = Person(lang)
        self.A = Person(lang)
        self._T = None
        self.cur = None
        self.pair = None
        self.wrap = False
        self.content = CONTENT[lang]
        self.used = []
        self.qty = None
        self.times = None

    def fresh(self, options):
        """pick a template not yet used in this message when possible"""
        left = [o for o in options if o not in self.used]
        o = pick(left or options)
        self.used.append(o)
        return o

    @property
    def T(self):
        if self._T is None:
            self._T = Person(self.lang)
        return self._T


def id_written(ctx, t):
    if t == "IBAN":
        v = iban_value(ctx.lang)
        return iban_fmt(v, iban_style(v), ctx.wrap and R.random() < 0.5)
    gen, sty, fmt, _ = ID_FUNCS[t]
    v = gen()
    return fmt(v, sty(v))


def id_pair(ctx, t):
    """(correct written, mistyped written) in the same writing style."""
    if t == "IBAN":
        v = iban_value(ctx.lang)
        st = iban_style(v)
        return iban_fmt(v, st), iban_fmt(iban_bad(v), st)
    gen, sty, fmt, bad = ID_FUNCS[t]
    v = gen()
    st = sty(v)
    return fmt(v, st), fmt(bad(v), st)


def put_item_value(ctx, t):
    b = ctx.b
    if t in ENTITY_OF:
        b.put(id_written(ctx, t), "E", ENTITY_OF[t])
    elif t == "PHONE":
        b.put(phone_value(ctx.lang), "E", "PHONE")
    elif t == "EMAIL":
        b.put(ctx.C.email(), "E", "EMAIL")
    elif t == "ADDR":
        b.put(retry(ADDR_FN[ctx.lang], addr_ok), "E", "ADDRESS")
    else:
        raise KeyError(t)


def base_type(t):
    return t.split(":", 1)[1] if t.startswith("BAD:") else t


def fill(ctx, key, arg):
    b = ctx.b
    if key in ("G", "AG", "TG"):
        who = {"G": ctx.C, "AG": ctx.A, "TG": ctx.T}[key]
        opts = arg.split("|")
        render_into(ctx, opts[1] if who.female else opts[0])
        return
    m = PERSON_RE.match(key)
    if m:
        who = {"C": ctx.C, "A": ctx.A, "T": ctx.T}[m.group(1)]
        part, case = m.group(2), m.group(3) or "NOM"
        if part == "FULL":
            s = who.full(case)
        elif part == "FIRST":
            s = who.firstn(case)
        elif part == "LAST":
            s = who.lastn(case)
        else:
            s = who.chatname()
        b.put(s, "E", "PERSON")
        return
    if key == "X":
        put_item_value(ctx, base_type(ctx.cur))
        return
    if key in ("BAD", "GOOD"):
        t = base_type(ctx.cur)
        if ctx.pair is None:
            ctx.pair = id_pair(ctx, t)
        if key == "GOOD":
            b.put(ctx.pair[0], "E", ENTITY_OF[t])
        else:
            b.put(ctx.pair[1], "D", ENTITY_OF[t], WHY_BAD)
        return
    if key == "BADX":
        t = base_type(ctx.cur)
        b.put(id_pair(ctx, t)[1], "D", ENTITY_OF[t], WHY_BAD)
        return
    if key == "LBL":
        b.put(ctx.content["lbl"][arg][base_type(ctx.cur)])
        return
    if key in ENTITY_OF or key in ("PHONE", "ADDR"):
        put_item_value(ctx, key)
        return
    if key == "EMAIL":
        b.put(ctx.C.email(), "E", "EMAIL")
        return
    if key == "EMAIL_T":
        b.put(ctx.T.email(), "E", "EMAIL")
        return
    if key == "A_EMAIL":
        b.put(staff_email(ctx.A, ctx.lang), "E", "EMAIL")
        return
    if key in ("TIMEA", "TIMEB"):
        if ctx.times is None:
            ctx.times = neg_time_pair(ctx.lang)
        b.put(ctx.times[0 if key == "TIMEA" else 1], "D", "TIME", WHY_NEG)
        return
    if key in ("QTYA", "QTYB"):
        if ctx.qty is None:
            big = R.randint(3, 24)
            ctx.qty = (str(R.randint(1, big - 1)), str(big))
        b.put(ctx.qty[0 if key == "QTYA" else 1], "D", "QUANTITY", WHY_NEG)
        return
    if key in NEG:
        v, typ = make_neg(key, ctx.lang)
        b.put(v, "D", typ, WHY_NEG)
        return
    raise KeyError(key)


def render_into(ctx, tpl):
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        ctx.b.put(tpl[pos:m.start()])
        fill(ctx, m.group(1), m.group(2))
        pos = m.end()
    ctx.b.put(tpl[pos:])


def render(ctx, tpl, cur=None):
    if cur is not None:
        ctx.cur = cur
    ctx.pair = None
    ctx.qty = None
    ctx.times = None
    render_into(ctx, tpl)


NATIVE_BARE = ["CF", "AMKA", "AFM", "CNP", "HETU"]


def choose_item_tpl(ctx, bank, t):
    """Pick the template that renders item t from a bank (chat or sent)."""
    if t.startswith("BAD:"):
        if R.random() < 0.62:
            return ctx.fresh(bank["BAD_PAIR"])
        return ctx.fresh(bank["BAD_ALONE"])
    if t in NATIVE_BARE and R.random() < 0.3:
        return ctx.fresh(bank["BARE"])
    return ctx.fresh(bank[t])


def lit(ctx, s):
    ctx.b.put(s)


# ---------------------------------------------------------------------------
# message formats
# ---------------------------------------------------------------------------
ORDER_TAIL = {"en": " (order {ORDER})", "it": " (ordine {ORDER})", "el": " (παραγγελία {ORDER})",
              "ro": " (comanda {ORDER})", "fi": " (tilaus {ORDER})"}


def split_names(items):
    names = [t for t in items if t == "NAME"]
    rest = [t for t in items if t != "NAME"]
    return len(names), rest


def build_chat(ctx, items, neg):
    ch = ctx.content["chat"]
    if neg:
        render(ctx, pick(ch["NEG"]))
        if R.random() < 0.35:
            lit(ctx, pick([" ", "\n"]))
            render(ctx, pick(ch["NEG"]))
        return
    t = items[0]
    if t == "NAME":
        tpl = pick(ch["NAME"]) if R.random() < 0.7 else pick(ch["THIRD"])
        render(ctx, tpl)
    else:
        tpl = choose_item_tpl(ctx, ch, t)
        render(ctx, tpl, t)
    if R.random() < 0.25 and "{ORDER" not in tpl and not tpl.endswith("?"):
        render(ctx, ORDER_TAIL[ctx.lang])


def distinct(seq, k):
    seq = list(seq)
    R.shuffle(seq)
    return seq[:k]


def build_message(ctx, items, neg):
    sent = ctx.content["sent"]
    nn, rest = split_names(items)
    plan = []          # (kind, template, cur)
    intro = sign = greet = None
    thirds = []
    for i in range(nn):
        place = wpick([("intro", 5), ("sign", 3), ("third", 2), ("greet", 2)])
        if place == "intro" and intro is None:
            intro = pick(sent["NAME"])
        elif place == "sign" and sign is None:
            sign = pick(sent["SIGN"])
        elif place == "greet" and greet is None:
            greet = pick(ctx.content["email"]["greet_c_named"])
        else:
            thirds.append(pick(sent["THIRD"]))
    body = [(choose_item_tpl(ctx, sent, t), t) for t in rest] + [(x, None) for x in thirds]
    n = len(body) + (1 if intro else 0)
    target = R.randint(max(2, min(n, 4)), 4)
    negs = distinct(sent["NEG"], max(0, target - n) if not neg else R.randint(2, 4))
    body += [(x, None) for x in negs]
    R.shuffle(body)
    if greet:
        render(ctx, greet)
        lit(ctx, "\n")
    elif R.random() < 0.4 and not intro:
        lit(ctx, pick(sent["GREET"]) + "\n")
    first = True
    if intro:
        render(ctx, intro)
        first = False
    for tpl, cur in body:
        if not first:
            lit(ctx, " ")
        render(ctx, tpl, cur)
        first = False
    if sign:
        lit(ctx, "\n")
        render(ctx, sign)


def build_email(ctx, items, neg):
    em = ctx.content["email"]
    sent = ctx.content["sent"]
    nn, rest = split_names(items)
    a2c = (not neg) and R.random() < 0.35
    if a2c:
        first = wpick([("greet", 7), ("sig", 3)])
        places = [first] + [p for p in ["greet", "sig", "third", "third", "third"] if p != first]
    else:
        first = wpick([("sig", 5), ("greet", 4), ("intro", 2)])
        places = [first] + [p for p in ["sig", "greet", "third", "intro", "third"] if p != first]
    places = places[:nn]
    # which contact items go into the signature block (customer e-mails only)
    sig_phone = sig_mail = None
    if not a2c:
        if "PHONE" in rest and R.random() < 0.55:
            sig_phone = "PHONE"
            rest.remove("PHONE")
        if "EMAIL" in rest and R.random() < 0.4:
            sig_mail = "EMAIL"
            rest.remove("EMAIL")
    if R.random() < 0.65:
        render(ctx, pick(em["subject"]))
        lit(ctx, "\n\n")
    if a2c:
        render(ctx, pick(em["greet_a_named"]) if "greet" in places else pick(em["greet_a"]))
        lit(ctx, "\n")
        render(ctx, pick(em["open_a"]))
        para = []
        for t in rest:
            if t.startswith("BAD:"):
                para.append((ctx.fresh(em["agent_bad"]), t))
            else:
                para.append((ctx.fresh(em["agent_item"]), t))
        for _ in range(places.count("third")):
            para.append((pick(sent["THIRD"]), None))
        for x in distinct(em["agent_neg"], R.randint(1, 2)):
            para.append((x, None))
        R.shuffle(para)
        lit(ctx, "\n\n")
        for i, (tpl, cur) in enumerate(para):
            if i:
                lit(ctx, " " if R.random() < 0.6 else "\n")
            render(ctx, tpl, cur)
        lit(ctx, "\n\n")
        render(ctx, pick(em["close_a"]))
        lit(ctx, "\n")
        if "sig" in places:
            render(ctx, pick(em["sig_a_named"]))
            if R.random() < 0.35:
                lit(ctx, "\n")
                render(ctx, "{A_EMAIL}")
        else:
            render(ctx, pick(em["sig_a_team"]))
        return
    render(ctx, pick(em["greet_c_named"]) if "greet" in places else pick(em["greet_c"]))
    lit(ctx, "\n")
    if "intro" in places:
        render(ctx, pick(sent["NAME"]))
        lit(ctx, " ")
    render(ctx, pick(em["open_c"]))
    para = [(choose_item_tpl(ctx, sent, t), t) for t in rest]
    for _ in range(places.count("third")):
        para.append((pick(sent["THIRD"]), None))
    nneg = R.randint(1, 2) if not neg else R.randint(3, 5)
    for x in distinct(sent["NEG"], nneg):
        para.append((x, None))
    R.shuffle(para)
    ctx.wrap = True
    lit(ctx, "\n\n")
    for i, (tpl, cur) in enumerate(para):
        if i:
            lit(ctx, " " if R.random() < 0.55 else "\n\n")
        render(ctx, tpl, cur)
    ctx.wrap = False
    lit(ctx, "\n\n")
    if "sig" in places:
        render(ctx, pick(em["close_c"]))
        lit(ctx, "\n")
        render(ctx, "{C_FULL}")
    else:
        render(ctx, pick(em["end_noname"]))
    if sig_phone:
        lit(ctx, "\n")
        render(ctx, pick(em["sig_phone"]), "PHONE")
    if sig_mail:
        lit(ctx, "\n")
        render(ctx, pick(em["sig_email"]), "EMAIL")


def build_transcript(ctx, items, neg):
    tr = ctx.content["tr"]
    nn, rest = split_names(items)
    places = ["cust", "agent", "third", "third"][:nn]
    named_labels = nn >= 2 and R.random() < 0.45
    gl = pick(tr["labels"])

    def line(who, tpl, cur=None):
        if named_labels:
            render(ctx, "{A_FIRST}" if who == "a" else "{C_FIRST}")
        else:
            lit(ctx, gl[0] if who == "a" else gl[1])
        lit(ctx, ": ")
        render(ctx, tpl, cur)
        lit(ctx, "\n")

    if R.random() < 0.7:
        render(ctx, pick(tr["header"]))
        lit(ctx, "\n\n")
    line("a", pick(tr["agent_open_named"]) if "agent" in places else pick(tr["agent_open"]))
    line("c", pick(tr["cust_open_named"]) if "cust" in places else pick(tr["cust_open"]))
    steps = [("item", t) for t in rest]
    steps += [("third", None)] * places.count("third")
    npairs = R.randint(1, 2) if not neg else R.randint(3, 5)
    steps += [("neg", p) for p in distinct(tr["neg_pairs"], npairs)]
    R.shuffle(steps)
    for kind, t in steps:
        if kind == "neg":
            line("a", t[0])
            line("c", t[1])
        elif kind == "third":
            line("c", pick(tr["third"]))
        else:
            bt = base_type(t)
            q = tr["ask_special"].get(bt) if R.random() < 0.6 else None
            line("a", q or ctx.fresh(tr["ask"]), t)
            if t.startswith("BAD:"):
                line("c", ctx.fresh(tr["bad_answer"]), t)
            else:
                line("c", ctx.fresh(tr["answer"]), t)
            if R.random() < 0.4:
                line("a", pick(tr["ack"]))
    c = tr["close"]
    line("a", c[0])
    line("c", c[1])
    line("a", c[2])
    # drop the final newline
    last = ctx.b.parts[-1]
    assert last == "\n"
    ctx.b.parts.pop()
    ctx.b.n -= 1


def build_form(ctx, items, neg):
    fm = ctx.content["form"]
    sent = ctx.content["sent"]
    nn, rest = split_names(items)
    render(ctx, pick(fm["titles"]))
    lit(ctx, "\n")
    fields = []
    if nn >= 1:
        if R.random() < 0.5:
            fields.append(("%s: {C_FULL}" % fm["full"], None))
        else:
            fields.append(("%s: {C_FIRST}\n%s: {C_LAST}" % (fm["first"], fm["last"]), None))
    item_fields = []
    for t in rest:
        bt = base_type(t)
        slot = "{BADX}" if t.startswith("BAD:") else "{X}"
        if bt == "IBAN" and R.random() < 0.4:
            item_fields.append(("%s:\n%s" % (fm["fields"][bt], slot), t))
        else:
            item_fields.append(("%s: %s" % (fm["fields"][bt], slot), t))
    negf = [(x, None) for x in distinct(fm["neg"], R.randint(2, 4) if not neg else R.randint(4, 6))]
    mid = item_fields + negf
    R.shuffle(mid)
    fields += mid
    if nn >= 2:
        fields.append(("%s: {T_FULL}" % fm["alt"], None))
    ctx.wrap = True
    for tpl, cur in fields:
        render(ctx, tpl, cur)
        lit(ctx, "\n")
    ctx.wrap = False
    lit(ctx, fm["message"])
    msg = []
    if nn >= 3:
        msg.append(pick(sent["THIRD"]))
    msg += distinct(sent["NEG"], R.randint(1, 2))
    for i, tpl in enumerate(msg):
        if i:
            lit(ctx, " ")
        render(ctx, tpl)


def build_thread(ctx, items, neg):
    th = ctx.content["thread"]
    ch = ctx.content["chat"]
    lang = ctx.lang
    nn, rest = split_names(items)
    places = ["cust", "agent", "third", "third"][:nn]
    d, m, y = rdate()
    h, mi = R.randint(8, 20), R.randint(0, 59)
    ios = lang != "fi" and R.random() < 0.4
    us = R.random() < 0.4
    cust_label = ("name", "{C_FIRST}" if R.random() < 0.7 else "{C_FULL}") if "cust" in places else None
    if cust_label is None and "PHONE" in rest and R.random() < 0.45:
        rest.remove("PHONE")
        ph = phone_value(lang)
        cust_label = ("phone", ph)
    if cust_label is None:
        cust_label = ("lit", th["cust"])
    agent_label = ("name", "{A_FIRST}") if "agent" in places else ("lit", th["shop"])

    def stamp():
        nonlocal h, mi
        mi += R.randint(1, 9)
        if mi >= 60:
            mi -= 60
            h = min(h + 1, 23)
        ds = neg_dshort(lang, d, m, y, us)
        if lang == "fi":
            ctx.b.put(ds, "D", "DATE", WHY_NEG)
            lit(ctx, " klo ")
            ctx.b.put("%d.%02d" % (h, mi), "D", "TIME", WHY_NEG)
            lit(ctx, " - ")
        elif ios:
            lit(ctx, "[")
            ctx.b.put(ds, "D", "DATE", WHY_NEG)
            lit(ctx, ", ")
            ctx.b.put("%02d:%02d:%02d" % (h, mi, R.randint(0, 59)), "D", "TIME", WHY_NEG)
            lit(ctx, "] ")
        else:
            ctx.b.put(ds, "D", "DATE", WHY_NEG)
            lit(ctx, ", ")
            ctx.b.put("%02d:%02d" % (h, mi), "D", "TIME", WHY_NEG)
            lit(ctx, " - ")

    def line(who, tpl, cur=None):
        stamp()
        kind, v = cust_label if who == "c" else agent_label
        if kind == "lit":
            lit(ctx, v)
        elif kind == "phone":
            ctx.b.put(v, "E", "PHONE")
        else:
            render(ctx, v)
        lit(ctx, ": ")
        render(ctx, tpl, cur)
        lit(ctx, "\n")

    steps = [("item", t) for t in rest]
    steps += [("third", None)] * places.count("third")
    steps += [("neg", None)] * (R.randint(1, 2) if not neg else R.randint(3, 4))
    R.shuffle(steps)
    line("c", pick(ch["NEG"]) if R.random() < 0.5 else pick(ch["FILLER"][3:4] + ch["NEG"]))
    for kind, t in steps:
        if kind == "neg":
            line("c", ctx.fresh(ch["NEG"]))
            if R.random() < 0.5:
                line("a", ctx.fresh(th["agent"]))
        elif kind == "third":
            line("c", pick(ch["THIRD"]))
        else:
            bt = base_type(t)
            if bt not in ("PHONE", "EMAIL", "ADDR") and R.random() < 0.4 and not t.startswith("BAD:"):
                line("a", ctx.fresh(th["agent_ask"]), t)
            line("c", choose_item_tpl(ctx, ch, t), t)
            if R.random() < 0.3:
                line("a", ctx.fresh(th["agent"]))
    line("c", pick(ch["FILLER"]))
    ctx.b.parts.pop()
    ctx.b.n -= 1


# ---------------------------------------------------------------------------
# planning: how many of each item per language, and which message gets what
# ---------------------------------------------------------------------------
NATIVE = {"en": [], "it": ["CF", "PIVA"], "el": ["AMKA", "AFM"], "ro": ["CNP"], "fi": ["HETU"]}
NAT_IDS = ["CF", "PIVA", "AMKA", "AFM", "CNP", "HETU"]
BAD_PLAN = {
    "en": {"CARD": 6, "IBAN": 6, "CF": 2, "PIVA": 2, "AMKA": 2, "AFM": 2, "CNP": 2, "HETU": 2},
    "it": {"CF": 6, "PIVA": 5, "CARD": 4, "IBAN": 5, "AMKA": 1, "AFM": 1, "CNP": 1, "HETU": 1},
    "el": {"AMKA": 6, "AFM": 6, "CARD": 4, "IBAN": 4, "CF": 1, "PIVA": 1, "CNP": 1, "HETU": 1},
    "ro": {"CNP": 8, "CARD": 4, "IBAN": 4, "CF": 2, "PIVA": 2, "AMKA": 2, "AFM": 1, "HETU": 1},
    "fi": {"HETU": 8, "CARD": 4, "IBAN": 4, "CF": 2, "PIVA": 2, "AMKA": 1, "AFM": 1, "CNP": 2},
}
LONG_FORMATS = [("EMAIL", 11, 1.0), ("TRANSCRIPT", 9, 1.0), ("FORM", 8, 1.5), ("THREAD", 8, 0.8)]
BUILDERS = {"CHAT": build_chat, "MESSAGE": build_message, "EMAIL": build_email,
            "TRANSCRIPT": build_transcript, "FORM": build_form, "THREAD": build_thread}


def item_pool(lang):
    pool = []
    for t in NAT_IDS:
        if t in NATIVE[lang]:
            n = 50 if t in ("CNP", "HETU") else 44
        else:
            n = 9
        pool += [t] * n
    pool += ["CARD"] * 16 + ["IBAN"] * 16
    pool += ["PHONE"] * 47 + ["EMAIL"] * 14 + ["ADDR"] * 8 + ["NAME"] * 21
    for t, n in BAD_PLAN[lang].items():
        pool += ["BAD:" + t] * n
    R.shuffle(pool)
    return pool


def plan_language(lang):
    pool = item_pool(lang)
    # most e-mails carry a name (greeting or signature); reserve those first
    longs = []
    for fmt, n, w in LONG_FORMATS:
        for _ in range(n):
            longs.append([fmt, False, [], w])
    for l in longs:
        if (l[0] == "EMAIL" and R.random() < 0.9) or (l[0] == "THREAD" and R.random() < 0.4):
            pool.remove("NAME")
            l[2].append("NAME")
    msgs = []   # (format, neg, items)
    for _ in range(36):
        msgs.append(["CHAT", False, [pool.pop()]])
    for _ in range(4):
        msgs.append(["CHAT", True, []])
    med = [["MESSAGE", False, []] for _ in range(36)]
    for mm in med:
        k = wpick([(1, 2), (2, 4), (3, 3)])
        while len(mm[2]) < k and pool:
            t = pool.pop()
            if t in mm[2] and t != "NAME":
                pool.insert(0, t)
                continue
            mm[2].append(t)
    msgs += med
    msgs += [["MESSAGE", True, []] for _ in range(4)]
    stuck = 0
    while pool:
        t = pool.pop()
        order = sorted(range(len(longs)), key=lambda i: (len(longs[i][2]) / longs[i][3], i))
        placed = False
        for i in order:
            its = longs[i][2]
            cap = 3 if t == "NAME" else (2 if t == "PHONE" and longs[i][0] != "FORM" else 1)
            if [base_type(x) for x in its].count(base_type(t)) < cap:
                its.append(t)
                placed = True
                break
        if not placed:
            stuck += 1
            assert stuck < 50
            longs[stuck % len(longs)][2].append(t)
    msgs += [l[:3] for l in longs]
    for fmt, _, _ in LONG_FORMATS:
        msgs.append([fmt, True, []])
    for mm in msgs:
        R.shuffle(mm[2])
    R.shuffle(msgs)
    return msgs


def build_case(lang, fmt, neg, items):
    b = Builder()
    ctx = Ctx(lang, b)
    BUILDERS[fmt](ctx, list(items), neg)
    text = b.text()
    assert len(text.encode("utf-8")) == b.n
    ents = sorted(b.ents, key=lambda e: e["start"])
    dis = sorted(b.dis, key=lambda e: e["start"])
    cat = ("NEG_" if not ents else "") + fmt
    return {"lang": lang, "text": text, "entities": ents, "distractors": dis, "category": cat}


# ---------------------------------------------------------------------------
# self-checks of the generator (check.py repeats the important ones)
# ---------------------------------------------------------------------------
def all_name_tokens():
    toks = []
    for L in (EN_M, EN_F, EN_L, IT_M, IT_F, IT_L, RO_M, RO_F, RO_L):
        toks += L
    for t in EL_M + EL_F:
        toks += list(t[:4])
    for t in EL_L:
        toks += list(t[0]) + [t[1]]
    for t in FI_M + FI_F + FI_L:
        toks += [t[0], t[1], t[1][:-1] + "lle"]
    out = []
    for t in toks:
        if t not in out:
            out.append(t)
    return out


NAME_TOKENS = all_name_tokens()
NAME_RE = re.compile(r"(?<![\w'-])(" + "|".join(re.escape(t) for t in sorted(NAME_TOKENS, key=len, reverse=True))
                     + r")(?![\w'-])")


def self_check(case):
    text = case["text"]
    raw = text.encode("utf-8")
    spans = sorted(case["entities"] + case["distractors"], key=lambda e: e["start"])
    masked = bytearray(raw)
    last = 0
    for s in spans:
        assert s["start"] >= last, (case["text"], s)
        last = s["end"]
        piece = raw[s["start"]:s["end"]].decode("utf-8")
        assert piece == piece.strip() and piece, (piece, case["text"])
        for i in range(s["start"], s["end"]):
            masked[i] = ord("#")
    outside = masked.decode("utf-8", errors="replace")
    m = NAME_RE.search(outside)
    assert not m, ("unmarked name", m.group(0), text)
    for run in re.findall(r"\d(?:[ .\-/]?\d)*", outside):
        assert len(re.sub(r"\D", "", run)) < 5, ("unmarked number", run, text)
    assert "@" not in outside, text


def main():
    out = []
    for lang in LANGS:
        for i, (fmt, neg, items) in enumerate(plan_language(lang)):
            case = build_case(lang, fmt, neg, items)
            case = {"id": "%s-y%03d" % (lang, i + 1), **case}
            self_check(case)
            out.append(case)
    path = os.path.join(HERE, "cases.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s" % (len(out), path))


if __name__ == "__main__":
    main()
