#!/usr/bin/env python3
"""Generate the third, independent redaction test set (eval/redaction-dev3/cases.jsonl).

Python 3 standard library only.  Fixed seed: the output is byte for byte the
same on every run.  110 cases per language (en, it, el, ro, fi).

Texts are built from multi-sentence templates (e-mails, chat messages,
call-centre transcript snippets, WhatsApp-style messages, forwarded order
confirmations, pasted forms).  A template is plain text with three kinds of
markup, expanded in this order:

    [[a|b|c]]      one alternative chosen at random (plain text, may hold slots)
    <A:masc|fem>   text chosen by the gender of persona A (or B, C)
    {slot}         a value; persona slots look like {A.full} / {C.full_gen},
                   other slots like {mob}, {iban_DE}, {addr#2}; {!TYPE:text}
                   is a literal tricky-negative distractor of type TYPE

Every slot knows whether it is an entity (personal data) or a distractor, so
the UTF-8 byte offsets are computed while the text is assembled.
"""

import json
import os
import random
import re
import unicodedata

SEED = 77031
LANGS = ["en", "it", "el", "ro", "fi"]
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases.jsonl")

rng = random.Random(SEED)


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------- text helpers

def strip_marks(s):
    """Drop combining marks (accents, tonos, comma below)."""
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)))


def lc(lang, s):
    """How a name/address looks typed in a hurry on a phone."""
    if lang in ("el", "ro"):
        return strip_marks(s).lower()
    return s.lower()


def ascii_fold(s):
    return strip_marks(s)


# ---------------------------------------------------------------- check digits

def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def afm_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


CNP_KEY = "279146358279"


def cnp_check(d12):
    s = sum(int(a) * int(b) for a, b in zip(d12, CNP_KEY))
    r = s % 11
    return "1" if r == 10 else str(r)


def cnp_ok(d):
    return len(d) == 13 and d.isdigit() and cnp_check(d[:12]) == d[12]


def other_checks_pass(d):
    """Names of the digit checks a pure digit string passes (for distractors)."""
    passed = []
    if len(d) >= 9 and luhn_ok(d):
        passed.append("luhn")
    if len(d) == 9 and afm_ok(d):
        passed.append("afm")
    if len(d) == 13 and cnp_ok(d):
        passed.append("cnp")
    return passed


def digit_runs(s):
    return re.findall(r"\d+", s)


def clean_digits(s):
    """True when no digit run of s passes any id check, also with single spaces/dashes between digits removed."""
    joined = re.sub(r"(?<=\d)[ -](?=\d)", "", s)
    return all(not other_checks_pass(r) for r in digit_runs(s) + digit_runs(joined))


HETU_TABLE = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu_check(ddmmyy, nnn):
    return HETU_TABLE[int(ddmmyy + nnn) % 31]


CF_ODD = {
    "0": 1, "1": 0, "2": 5, "3": 7, "4": 9, "5": 13, "6": 15, "7": 17, "8": 19, "9": 21,
    "A": 1, "B": 0, "C": 5, "D": 7, "E": 9, "F": 13, "G": 15, "H": 17, "I": 19, "J": 21,
    "K": 2, "L": 4, "M": 18, "N": 20, "O": 11, "P": 3, "Q": 6, "R": 8, "S": 12, "T": 14,
    "U": 16, "V": 10, "W": 22, "X": 25, "Y": 24, "Z": 23,
}


def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def cf_char(s15):
    total = 0
    for i, c in enumerate(s15):
        total += CF_ODD[c] if i % 2 == 0 else cf_even(c)
    return chr(65 + total % 26)


def iban_mod(s):
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


def iban_make(cc, bban):
    chk = 98 - iban_mod(cc + "00" + bban)
    return "%s%02d%s" % (cc, chk, bban)


def s10_digit(d8):
    s = sum(int(a) * w for a, w in zip(d8, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - s % 11
    return "0" if c == 10 else "5" if c == 11 else str(c)


def ean_digit(d12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def viite_digit(base):
    w = [7, 3, 1]
    s = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(base)))
    return str((10 - s % 10) % 10)


# ---------------------------------------------------------------- dates

def rand_birth(lo=1950, hi=2004):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


# ---------------------------------------------------------------- identifiers

def change_one_digit(s, positions, ok_after):
    """Change one digit at one of positions so that ok_after(new) holds."""
    for _ in range(500):
        i = rng.choice(positions)
        old = s[i]
        new = str((int(old) + rng.randint(1, 9)) % 10)
        t = s[:i] + new + s[i + 1:]
        if ok_after(t):
            return t
    raise AssertionError("could not corrupt " + s)


def card_number(kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc2"])
    while True:
        if kind == "visa":
            body = "4" + digits(14)
        elif kind == "mc":
            body = "5" + str(rng.randint(1, 5)) + digits(13)
        elif kind == "mc2":
            body = str(rng.randint(2221, 2720)) + digits(11)
        else:
            body = rng.choice(["34", "37"]) + digits(12)
        n = body + luhn_digit(body)
        return n


def card_fmt(n):
    if len(n) == 15:
        return rng.choice([n[:4] + " " + n[4:10] + " " + n[10:], n[:4] + "-" + n[4:10] + "-" + n[10:], n])
    sep = rng.choice([" ", " ", "-", ""])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def card_bad():
    n = card_number()
    bad = change_one_digit(n, list(range(1, 16)), lambda t: not other_checks_pass(t))
    return card_fmt(bad)


def card_neg16():
    """A 16-digit gift/loyalty card number that fails Luhn."""
    while True:
        n = rng.choice(["6035", "9826", "2800", "6280"]) + digits(12)
        if not other_checks_pass(n):
            return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.7 else n


# IBAN -------------------------------------------------------------------

IT_ABI = ["03069", "02008", "05034", "01030", "03111", "05387", "08327"]
GR_BANK = ["011", "014", "017", "026"]
RO_BANK = ["BTRL", "RNCB", "BRDE", "INGB", "BACX", "RZBR", "CECE"]
FI_BANK = ["1", "5", "8", "4", "3"]
GB_BANK = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]
IE_BANK = ["AIBK", "BOFI"]
NL_BANK = ["ABNA", "INGB", "RABO", "TRIO", "SNSB"]
DE_BLZ = ["37040044", "50010517", "10010010", "20041133", "70150000", "12030000"]


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    total = sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(s))
    return chr(65 + total % 26)


def fr_key(bank, branch, acc):
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)


ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def es_dc(ten):
    r = 11 - sum(int(c) * w for c, w in zip(ten, ES_W)) % 11
    return "0" if r == 11 else "1" if r == 10 else str(r)


def bban(cc):
    if cc == "IT":
        abi, cab, conto = rng.choice(IT_ABI), digits(5), "0000" + digits(8)
        return it_cin(abi, cab, conto) + abi + cab + conto
    if cc == "GR":
        return rng.choice(GR_BANK) + digits(4) + digits(16)
    if cc == "RO":
        b = rng.choice(RO_BANK)
        if b == "BTRL":
            return b + "RONCRT" + digits(10)
        return b + digits(16)
    if cc == "FI":
        body = rng.choice(FI_BANK) + digits(12)
        return body + luhn_digit(body)
    if cc == "GB":
        return rng.choice(GB_BANK) + digits(6) + digits(8)
    if cc == "IE":
        return rng.choice(IE_BANK) + digits(6) + digits(8)
    if cc == "DE":
        return rng.choice(DE_BLZ) + digits(10)
    if cc == "FR":
        bank, branch, acc = rng.choice(["30004", "30003", "20041", "10278"]), digits(5), digits(11)
        return bank + branch + acc + fr_key(bank, branch, acc)
    if cc == "ES":
        bank, branch, acc = rng.choice(["2100", "0049", "0182", "2085"]), digits(4), digits(10)
        return bank + branch + es_dc("00" + bank + branch) + es_dc(acc) + acc
    if cc == "NL":
        while True:
            a9 = digits(9)
            last = (-sum(int(c) * (10 - i) for i, c in enumerate(a9))) % 11
            if last < 10 and a9[0] != "0":
                return rng.choice(NL_BANK) + a9 + str(last)
    raise KeyError(cc)


IBAN_LEN = {"IT": 27, "GR": 27, "RO": 24, "FI": 18, "GB": 22, "DE": 22, "FR": 27, "ES": 24, "NL": 18, "IE": 22}


def iban_raw(cc):
    s = iban_make(cc, bban(cc))
    assert len(s) == IBAN_LEN[cc] and iban_mod(s) == 1
    return s


def iban_fmt(s, lower=False):
    style = rng.random()
    if lower:
        out = s if style < 0.6 else " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return out.lower()
    if style < 0.65:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_bad_raw(cc):
    s = iban_raw(cc)
    pos = [i for i in range(4, len(s)) if s[i].isdigit()]
    return change_one_digit(s, pos, lambda t: iban_mod(t) != 1)


def iban_placeholder(cc):
    """An IBAN-shaped string that fails mod 97: a form's example value or a wrong check pair."""
    while True:
        if rng.random() < 0.5:
            n = IBAN_LEN[cc] - 4
            letters = {"IT": [0], "RO": [0, 1, 2, 3], "GB": [0, 1, 2, 3]}.get(cc, [])
            seq = _pick(["1234567890", "0000000000", "0123456789"])
            body = "".join("X" if i in letters else seq[i % 10] for i in range(n))
            s = cc + "00" + body
        else:
            good = iban_raw(cc)
            s = good[:2] + "%02d" % rng.randint(2, 98) + good[4:]
        out = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        if iban_mod(s) != 1 and clean_digits(out):
            return out


# Italy ---------------------------------------------------------------------

MONTH_CF = "ABCDEHLMPRST"
BELFIORE_IT = ["F205", "H501", "F839", "L219", "D612", "A944", "G273", "A662", "D969", "L736", "L781", "G224", "C351", "E506"]
BELFIORE_FOREIGN = {"en": "Z114", "el": "Z115", "ro": "Z129", "fi": "Z109"}
OMOCODE = "LMNPQRSTUV"
OMO_POS = [14, 13, 12, 10, 9, 7, 6]


def cf_part(word, is_name):
    w = [c for c in ascii_fold(word).upper() if c.isalpha()]
    cons = [c for c in w if c not in "AEIOU"]
    vows = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def codice_fiscale(first, last, g, y, m, d, place, omocodia=0):
    s = cf_part(last, False) + cf_part(first, True) + "%02d" % (y % 100) + MONTH_CF[m - 1] + "%02d" % (d + (40 if g == "f" else 0)) + place
    s = list(s)
    for p in OMO_POS[:omocodia]:
        s[p] = OMOCODE[int(s[p])]
    s = "".join(s)
    return s + cf_char(s)


def cf_bad_from(cf):
    if rng.random() < 0.34:
        wrong = rng.choice([c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c != cf[15]])
        return cf[:15] + wrong
    pos = [i for i in (6, 7, 10, 12, 13, 14) if cf[i].isdigit()]
    bad = change_one_digit(cf, pos, lambda t: cf_char(t[:15]) != t[15] and int(t[9:11]) % 40 in range(1, 32))
    return bad


def piva_raw():
    office = rng.choice(["%03d" % rng.randint(1, 100), "%03d" % rng.randint(1, 100), "120", "121"])
    body = digits(7) + office
    return body + luhn_digit(body)


def piva_bad_raw():
    p = piva_raw()
    return change_one_digit(p, list(range(0, 7)) + [10], lambda t: not other_checks_pass(t))


# Greece --------------------------------------------------------------------

def amka_raw(y, m, d):
    body = "%02d%02d%02d" % (d, m, y % 100) + digits(4)
    return body + luhn_digit(body)


def amka_bad_raw():
    y, m, d = rand_birth()
    a = amka_raw(y, m, d)
    return change_one_digit(a, list(range(6, 11)), lambda t: not other_checks_pass(t))


def afm_raw():
    while True:
        body = rng.choice("0011789") + digits(7)
        s = sum(int(body[i]) * 2 ** (8 - i) for i in range(8))
        a = body + str(s % 11 % 10)
        assert afm_ok(a)
        return a


def afm_bad_raw():
    a = afm_raw()
    return change_one_digit(a, list(range(1, 9)), lambda t: not afm_ok(t) and not other_checks_pass(t))


# Romania ---------------------------------------------------------------------

CNP_COUNTY = ["%02d" % i for i in range(1, 47)] + ["51", "52"]


def cnp_raw(g, y, m, d):
    while True:
        if y < 2000:
            s = "1" if g == "m" else "2"
        else:
            s = "5" if g == "m" else "6"
        body = s + "%02d%02d%02d" % (y % 100, m, d) + rng.choice(CNP_COUNTY) + "%03d" % rng.randint(1, 999)
        c = body + cnp_check(body)
        if not luhn_ok(c):  # a valid CNP should not also look like a card
            return c


def cnp_bad_raw():
    g = rng.choice("mf")
    y, m, d = rand_birth()
    c = cnp_raw(g, y, m, d)
    return change_one_digit(c, [9, 10, 11, 12], lambda t: not cnp_ok(t) and not other_checks_pass(t))


# Finland --------------------------------------------------------------------

def hetu_raw(g, y, m, d):
    ddmmyy = "%02d%02d%02d" % (d, m, y % 100)
    if y < 2000:
        sign = rng.choice(["-", "-", "-", "-", "Y", "X"])
    else:
        sign = rng.choice(["A", "A", "A", "B"])
    while True:
        n = rng.randint(2, 899)
        if (n % 2 == 1) == (g == "m"):
            break
    nnn = "%03d" % n
    return ddmmyy + sign + nnn + hetu_check(ddmmyy, nnn)


def hetu_ok(h):
    m = re.fullmatch(r"(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])", h)
    return bool(m) and hetu_check(m.group(1), m.group(2)) == m.group(3)


def hetu_bad_raw():
    g = rng.choice("mf")
    y, m, d = rand_birth()
    h = hetu_raw(g, y, m, d)
    if rng.random() < 0.34:
        wrong = rng.choice([c for c in HETU_TABLE if c != h[10]])
        return h[:10] + wrong
    return change_one_digit(h, [7, 8, 9], lambda t: not hetu_ok(t))


# ---------------------------------------------------------------- phones

def _pick(lst):
    return rng.choice(lst)


def phone(country, kind, intl):
    """Return a phone number string of country ('it','gr','ro','fi','uk','us')."""
    if country == "it":
        if kind == "mob":
            a = _pick(["320", "328", "329", "331", "333", "334", "335", "338", "339", "340", "342", "345",
                       "347", "348", "349", "351", "366", "380", "388", "389", "391", "392", "393"])
            r = digits(7)
            b, c = r[:3], r[3:]
            if intl:
                p = _pick(["+39 ", "+39 ", "+39", "0039 ", "(+39) "])
                if p == "+39":
                    return p + a + r
                return p + _pick([f"{a} {b} {c}", f"{a} {r}", f"{a} {b} {c[:2]} {c[2:]}"])
            return _pick([f"{a} {b} {c}", f"{a}{r}", f"{a} {r}", f"{a}-{r}", f"{a}.{b}.{c}", f"{a}/{r}",
                          f"{a} {b} {c[:2]} {c[2:]}"])
        area, n = _pick([("02", 8), ("06", 8), ("011", 7), ("055", 7), ("051", 7), ("081", 7), ("010", 7)])
        r = digits(n)
        grouped = f"{area} {r[:4]} {r[4:]}" if n == 8 else f"{area} {r[:3]} {r[3:]}"
        if intl:
            return _pick(["+39 ", "0039 "]) + grouped
        return _pick([grouped, f"{area}/{r}", f"{area}-{r}", f"{area} {r}", f"{area}.{r[:4]}.{r[4:]}"])
    if country == "gr":
        if kind == "mob":
            a = "69" + _pick("0345789")
            r = digits(7)
            b, c = r[:3], r[3:]
            if intl:
                p = _pick(["+30 ", "+30 ", "+30", "0030 ", "(+30) "])
                if p == "+30":
                    return p + a + r
                return p + _pick([f"{a} {b} {c}", f"{a} {r}", f"{a}-{b}-{c}"])
            return _pick([f"{a} {b} {c}", f"{a}{r}", f"{a}-{b}-{c}", f"{a} {r}", f"{a} {r[:2]} {r[2:4]} {r[4:]}"])
        area = _pick(["210", "210", "2310", "2610", "2810"])
        r = digits(10 - len(area))
        if len(area) == 3:
            grouped = f"{area} {r[:3]} {r[3:]}"
            alts = [grouped, f"{area}-{r}", f"{area}{r}", f"{area} {r}"]
        else:
            grouped = f"{area} {r}"
            alts = [grouped, f"{area}-{r[:3]}-{r[3:]}", f"{area}{r}", f"{area} {r[:3]} {r[3:]}"]
        if intl:
            return _pick(["+30 ", "0030 "]) + grouped
        return _pick(alts)
    if country == "ro":
        if kind == "mob":
            a = "7" + _pick("2345678") + str(rng.randint(0, 9))
            r = digits(6)
            b, c = r[:3], r[3:]
            if intl:
                p = _pick(["+40 ", "+40 ", "+40", "0040 ", "(+40) "])
                if p == "+40":
                    return p + a + r
                return p + _pick([f"{a} {b} {c}", f"{a}-{b}-{c}", f"{a} {r}"])
            return _pick([f"0{a} {b} {c}", f"0{a}{r}", f"0{a}-{b}-{c}", f"0{a}.{b}.{c}",
                          f"0{a} {r[:2]} {r[2:4]} {r[4:]}"])
        if rng.random() < 0.5:
            r = digits(7)
            if intl:
                return _pick(["+40 ", "0040 "]) + f"21 {r[:3]} {r[3:]}"
            return _pick([f"021 {r[:3]} {r[3:5]} {r[5:]}", f"021.{r[:3]}.{r[3:5]}.{r[5:]}", f"021-{r[:3]}-{r[3:]}",
                          f"021{r}"])
        area = _pick(["264", "232", "256", "268"])
        r = digits(6)
        if intl:
            return _pick(["+40 ", "0040 "]) + f"{area} {r[:3]} {r[3:]}"
        return _pick([f"0{area} {r[:3]} {r[3:]}", f"0{area}-{r[:3]}-{r[3:]}", f"0{area}{r}"])
    if country == "fi":
        if kind == "mob":
            a = _pick(["40", "41", "44", "45", "46", "50"])
            r = digits(7)
            b, c = r[:3], r[3:]
            if intl:
                p = _pick(["+358 ", "+358 ", "+358", "00358 "])
                if p == "+358":
                    return p + a + r
                return p + _pick([f"{a} {b} {c}", f"{a} {r}", f"{a}-{b} {c}"])
            return _pick([f"0{a} {b} {c}", f"0{a}{r}", f"0{a}-{b} {c}", f"0{a} {r[:4]} {r[4:]}", f"0{a}-{r}"])
        area = _pick(["9", "9", "3", "2", "8"])
        r = digits(7)
        if intl:
            return _pick(["+358 ", "00358 "]) + f"{area} {r[:4]} {r[4:]}"
        return _pick([f"0{area} {r[:4]} {r[4:]}", f"(0{area}) {r[:3]} {r[3:]}", f"0{area}-{r[:3]} {r[3:]}",
                      f"0{area} {r[:3]} {r[3:]}"])
    if country == "uk":
        if kind == "mob":
            a = _pick(["7400", "7418", "7441", "7810", "7823", "7846", "7900", "7912", "7956", "7984"])
            r = digits(6)
            if intl:
                p = _pick(["+44 ", "+44 ", "+44 (0)", "0044 ", "+44"])
                if p == "+44":
                    return p + a + r
                return p + _pick([f"{a} {r}", f"{a} {r[:3]} {r[3:]}"])
            return _pick([f"0{a} {r}", f"0{a} {r[:3]} {r[3:]}", f"0{a}{r}", f"0{a}-{r}"])
        if rng.random() < 0.5:
            r = _pick("378") + digits(7)
            if intl:
                return _pick(["+44 20 ", "+44 (0)20 "]) + f"{r[:4]} {r[4:]}"
            return _pick([f"020 {r[:4]} {r[4:]}", f"(020) {r[:4]} {r[4:]}", f"020{r}"])
        area = _pick(["161", "113", "131", "117"])
        r = digits(7)
        if intl:
            return _pick(["+44 ", "+44 (0)"]) + f"{area} {r[:3]} {r[3:]}"
        return _pick([f"0{area} {r[:3]} {r[3:]}", f"(0{area}) {r[:3]} {r[3:]}", f"0{area}-{r[:3]}-{r[3:]}"])
    if country == "us":
        area = _pick(["212", "415", "312", "617", "206", "303", "646"])
        line = "01" + digits(2)
        if intl:
            return _pick([f"+1 {area} 555 {line}", f"+1 ({area}) 555-{line}", f"1-{area}-555-{line}",
                          f"+1-{area}-555-{line}", f"001 {area} 555 {line}", f"+1 {area}-555-{line}"])
        return _pick([f"({area}) 555-{line}", f"{area}-555-{line}", f"{area}.555.{line}"])
    raise KeyError(country)


HOME = {"en": "uk", "it": "it", "el": "gr", "ro": "ro", "fi": "fi"}


# ---------------------------------------------------------------- addresses

IT_STREETS = [("Via", "Garibaldi"), ("Via", "Giuseppe Mazzini"), ("Corso", "Buenos Aires"), ("Viale", "Monza"),
              ("Piazza", "della Repubblica"), ("Via", "dei Mille"), ("Largo", "Augusto"), ("Via", "Nazionale"),
              ("Corso", "Vittorio Emanuele II"), ("Via", "San Domenico"), ("Viale", "dei Pini"), ("Via", "Roma"),
              ("Via", "Cesare Battisti"), ("Via", "delle Rose")]
IT_CITIES = [("Milano", "MI", ["20121", "20124", "20125", "20129", "20135"]), ("Roma", "RM", ["00184", "00185", "00192"]),
             ("Torino", "TO", ["10121", "10128"]), ("Napoli", "NA", ["80121", "80134"]), ("Bologna", "BO", ["40121", "40126"]),
             ("Firenze", "FI", ["50123", "50129"]), ("Bari", "BA", ["70121", "70122"]), ("Genova", "GE", ["16121", "16129"]),
             ("Verona", "VR", ["37121", "37122"]), ("Padova", "PD", ["35121", "35122"])]

GR_STREETS = [("Ερμού", "Αθήνα", ["105 63"]), ("Πανεπιστημίου", "Αθήνα", ["106 79", "106 71"]),
              ("Λεωφ. Κηφισίας", "Αθήνα", ["115 26", "115 23"]), ("Λεωφόρος Συγγρού", "Αθήνα", ["117 45"]),
              ("Πατησίων", "Αθήνα", ["104 34"]), ("Τσιμισκή", "Θεσσαλονίκη", ["546 23"]),
              ("Εγνατίας", "Θεσσαλονίκη", ["546 30", "546 31"]), ("Αγίου Δημητρίου", "Θεσσαλονίκη", ["546 30"]),
              ("Μαιζώνος", "Πάτρα", ["262 21"]), ("25ης Αυγούστου", "Ηράκλειο", ["712 02"]),
              ("Ελευθερίου Βενιζέλου", "Καλαμάτα", ["241 00"]), ("Κολοκοτρώνη", "Λάρισα", ["412 22"])]

RO_STREETS = [("Str.", "Lipscani", "București", "sector 3", "030031"), ("Strada", "Mihai Eminescu", "București", "sector 2", "020079"),
              ("Bd.", "Unirii", "București", "sector 3", "030823"), ("Bulevardul", "Iuliu Maniu", "București", "sector 6", "061103"),
              ("Calea", "Victoriei", "București", "sector 1", "010063"), ("Șoseaua", "Pantelimon", "București", "sector 2", "021591"),
              ("Aleea", "Teilor", "Cluj-Napoca", "jud. Cluj", "400500"), ("Splaiul", "Independenței", "București", "sector 5", "050094"),
              ("Str.", "Memorandumului", "Cluj-Napoca", "jud. Cluj", "400114"), ("Bd.", "Ștefan cel Mare", "Iași", "jud. Iași", "700064"),
              ("Str.", "Avram Iancu", "Brașov", "jud. Brașov", "500080"), ("Calea", "Dorobanților", "Cluj-Napoca", "jud. Cluj", "400117"),
              ("Str.", "Mărășești", "Timișoara", "jud. Timiș", "300086")]

FI_STREETS = [("Mannerheimintie", "Helsinki", ["00100", "00250"]), ("Aleksanterinkatu", "Helsinki", ["00100"]),
              ("Kalevankatu", "Helsinki", ["00180"]), ("Hämeenkatu", "Tampere", ["33100"]),
              ("Satakunnankatu", "Tampere", ["33210"]), ("Yliopistonkatu", "Turku", ["20100"]),
              ("Kauppakatu", "Jyväskylä", ["40100"]), ("Isokatu", "Oulu", ["90100"]), ("Rantatie", "Oulu", ["90510"]),
              ("Koivukuja", "Espoo", ["02100"]), ("Pihlajatie", "Vantaa", ["01300"]), ("Kirkkokatu", "Kuopio", ["70100"]),
              ("Puistokatu", "Lahti", ["15100"])]

UK_STREETS = [("Church Road", "Manchester", ["M14 5TQ", "M20 2WS"]), ("Baker Street", "London", ["NW1 6XE"]),
              ("Victoria Road", "Leeds", ["LS6 1DL"]), ("High Street", "Oxford", ["OX1 4AP"]),
              ("Queen Street", "Cardiff", ["CF10 2BU"]), ("Elm Grove", "Brighton", ["BN2 3ES"]),
              ("Park Avenue", "Bristol", ["BS8 1TH"]), ("Mill Lane", "Cambridge", ["CB2 1RX"]),
              ("Station Road", "Glasgow", ["G61 4AB"]), ("Albert Street", "Edinburgh", ["EH7 5LR"])]
US_STREETS = [("Elm Avenue", "Springfield, IL 62704"), ("Maple Street", "Portland, OR 97205"),
              ("West 72nd Street", "New York, NY 10023"), ("Oak Lane", "Austin, TX 78704"),
              ("Lakeview Drive", "Madison, WI 53703")]


def address(country):
    n = rng.randint(1, 180)
    if country == "it":
        sw, sn = _pick(IT_STREETS)
        city, prov, caps = _pick(IT_CITIES)
        cap = _pick(caps)
        f = rng.randint(0, 5)
        if f == 0:
            return f"{sw} {sn} {n}, {cap} {city}"
        if f == 1:
            return f"{sw} {sn}, {n} - {cap} {city} ({prov})"
        if f == 2:
            return f"{sw} {sn} {n}, scala {_pick('ABCD')}, interno {rng.randint(1, 24)}, {cap} {city}"
        if f == 3:
            return f"{sw} {sn} {n}/{_pick('ABC')}, {cap} {city} {prov}"
        if f == 4:
            return f"{sw} {sn} {n}, {rng.randint(1, 7)}° piano, {cap} {city}"
        return f"{sw} {sn}, {n}, {cap} {city} ({prov})"
    if country == "gr":
        st, city, tks = _pick(GR_STREETS)
        tk = _pick(tks)
        f = rng.randint(0, 4)
        if f == 0:
            return f"{st} {n}, {tk} {city}"
        if f == 1 and not st.startswith("Λεωφ"):
            return f"οδός {st} {n}, {city} {tk.replace(' ', '')}"
        if f == 2:
            return f"{st} {n}, {rng.randint(1, 6)}ος όροφος, {tk} {city}"
        if f == 3:
            return f"{st} {n}, ΤΚ {tk}, {city}"
        return f"{st} {n}, {city} {tk}"
    if country == "ro":
        sw, sn, city, area, pc = _pick(RO_STREETS)
        buc = city == "București"
        f = rng.randint(0, 3)
        if f == 0:
            return (f"{sw} {sn} nr. {n}, bl. {_pick('ABCDM')}{rng.randint(1, 9)}, sc. {rng.randint(1, 4)}, "
                    f"et. {rng.randint(1, 10)}, ap. {rng.randint(1, 80)}, " + (f"{area}, {city}" if buc else city))
        if f == 1:
            return f"{sw} {sn} nr. {n}, " + (f"{area}, {pc} {city}" if buc else f"{pc} {city}, {area}")
        if f == 2:
            return f"{sw} {sn} {n}, ap. {rng.randint(1, 40)}, {city}"
        return f"{sw} {sn} nr. {n}, bl. {rng.randint(1, 30)}, ap. {rng.randint(1, 60)}, {pc} {city}"
    if country == "fi":
        st, city, pcs = _pick(FI_STREETS)
        pc = _pick(pcs)
        f = rng.randint(0, 4)
        if f == 0:
            return f"{st} {n} {_pick('ABC')} {rng.randint(1, 40)}, {pc} {city}"
        if f == 1:
            return f"{st} {n}, {pc} {city}"
        if f == 2:
            return f"{st} {n} as. {rng.randint(1, 20)}, {pc} {city}"
        if f == 3:
            return f"{st} {n} {_pick('ABCD')} {rng.randint(1, 40)}, {pc} {city.upper()}"
        return f"{st} {n} {_pick('ABC')}{rng.randint(1, 40)} {pc} {city}"
    if country == "uk":
        st, city, pcs = _pick(UK_STREETS)
        pc = _pick(pcs)
        f = rng.randint(0, 3)
        if f == 0:
            return f"{n} {st}, {city} {pc}"
        if f == 1:
            return f"Flat {rng.randint(1, 12)}, {n} {st}, {city} {pc}"
        if f == 2:
            return f"{n} {st}, {city}, {pc}"
        return f"Apartment {rng.randint(1, 9)}{_pick('ABC')}, {n} {st}, {city} {pc}"
    if country == "us":
        st, cz = _pick(US_STREETS)
        if rng.random() < 0.5:
            return f"{n} {st}, Apt {rng.randint(1, 20)}{_pick('ABCD')}, {cz}"
        return f"{n} {st}, {cz}"
    raise KeyError(country)


def address_lc(lang):
    a = address(HOME[lang])
    a = lc(lang, a)
    if lang == "ro":
        a = a.replace("nr. ", "nr ").replace("bl. ", "bl ").replace("ap. ", "ap ").replace("sc. ", "sc ").replace("et. ", "et ").replace("str. ", "str ").replace("bd. ", "bd ").replace("jud. ", "jud ")
    if lang == "it":
        a = a.replace(",", "")
    return a


# ---------------------------------------------------------------- people

EN_FIRST = {"m": ["James", "Oliver", "David", "Michael", "Tom", "Daniel", "Ryan", "Liam", "Ahmed", "Chris", "Owen", "Harry"],
            "f": ["Sarah", "Emma", "Priya", "Hannah", "Aisha", "Chloe", "Laura", "Sophie", "Megan", "Rachel", "Zoe", "Niamh"]}
EN_LAST = ["Patel", "Smith", "Jones", "Williams", "Taylor", "Brown", "O'Connor", "Murphy", "Walsh", "Khan", "Evans",
           "Hughes", "Clarke", "Robinson", "Wright", "Thompson"]
IT_FIRST = {"m": ["Marco", "Luca", "Giuseppe", "Alessandro", "Francesco", "Andrea", "Matteo", "Davide", "Stefano", "Paolo", "Lorenzo", "Simone"],
            "f": ["Giulia", "Francesca", "Chiara", "Sara", "Martina", "Elena", "Valentina", "Federica", "Alessia", "Silvia", "Laura", "Beatrice"]}
IT_LAST = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
           "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Lombardi", "Moretti", "Barbieri", "Fontana", "D'Angelo"]
RO_FIRST = {"m": ["Andrei", "Mihai", "Alexandru", "Ion", "Cristian", "Bogdan", "Răzvan", "Ștefan", "Vlad", "Florin", "Radu", "Gabriel"],
            "f": ["Ioana", "Maria", "Elena", "Andreea", "Alexandra", "Cristina", "Mihaela", "Roxana", "Diana", "Simona", "Raluca", "Oana"]}
RO_LAST = ["Popescu", "Ionescu", "Popa", "Dumitrescu", "Stoica", "Constantinescu", "Munteanu", "Stan", "Gheorghe", "Rusu",
           "Matei", "Lungu", "Dobre", "Țurcanu", "Bălan", "Nistor", "Florea"]

# Greek: nominative, genitive, accusative, vocative, Latin spelling
EL_FIRST = {
    "m": [("Γιώργος", "Γιώργου", "Γιώργο", "Γιώργο", "giorgos"), ("Νίκος", "Νίκου", "Νίκο", "Νίκο", "nikos"),
          ("Δημήτρης", "Δημήτρη", "Δημήτρη", "Δημήτρη", "dimitris"), ("Κώστας", "Κώστα", "Κώστα", "Κώστα", "kostas"),
          ("Γιάννης", "Γιάννη", "Γιάννη", "Γιάννη", "giannis"), ("Παναγιώτης", "Παναγιώτη", "Παναγιώτη", "Παναγιώτη", "panagiotis"),
          ("Σπύρος", "Σπύρου", "Σπύρο", "Σπύρο", "spyros"), ("Αλέξανδρος", "Αλέξανδρου", "Αλέξανδρο", "Αλέξανδρε", "alexandros"),
          ("Μιχάλης", "Μιχάλη", "Μιχάλη", "Μιχάλη", "michalis"), ("Θανάσης", "Θανάση", "Θανάση", "Θανάση", "thanasis")],
    "f": [("Μαρία", "Μαρίας", "Μαρία", "Μαρία", "maria"), ("Ελένη", "Ελένης", "Ελένη", "Ελένη", "eleni"),
          ("Κατερίνα", "Κατερίνας", "Κατερίνα", "Κατερίνα", "katerina"), ("Σοφία", "Σοφίας", "Σοφία", "Σοφία", "sofia"),
          ("Δέσποινα", "Δέσποινας", "Δέσποινα", "Δέσποινα", "despoina"), ("Αναστασία", "Αναστασίας", "Αναστασία", "Αναστασία", "anastasia"),
          ("Γεωργία", "Γεωργίας", "Γεωργία", "Γεωργία", "georgia"), ("Βασιλική", "Βασιλικής", "Βασιλική", "Βασιλική", "vasiliki"),
          ("Χριστίνα", "Χριστίνας", "Χριστίνα", "Χριστίνα", "christina"), ("Αγγελική", "Αγγελικής", "Αγγελική", "Αγγελική", "angeliki")],
}
# male forms (nom, gen, acc, voc, latin), female form (invariable), female latin
EL_LAST = [
    (("Παπαδόπουλος", "Παπαδόπουλου", "Παπαδόπουλο", "Παπαδόπουλε", "papadopoulos"), "Παπαδοπούλου", "papadopoulou"),
    (("Γεωργίου",) * 4 + ("georgiou",), "Γεωργίου", "georgiou"),
    (("Νικολαΐδης", "Νικολαΐδη", "Νικολαΐδη", "Νικολαΐδη", "nikolaidis"), "Νικολαΐδου", "nikolaidou"),
    (("Οικονόμου",) * 4 + ("oikonomou",), "Οικονόμου", "oikonomou"),
    (("Μαυρίδης", "Μαυρίδη", "Μαυρίδη", "Μαυρίδη", "mavridis"), "Μαυρίδου", "mavridou"),
    (("Καραγιάννης", "Καραγιάννη", "Καραγιάννη", "Καραγιάννη", "karagiannis"), "Καραγιάννη", "karagianni"),
    (("Βλάχος", "Βλάχου", "Βλάχο", "Βλάχο", "vlachos"), "Βλάχου", "vlachou"),
    (("Αντωνόπουλος", "Αντωνόπουλου", "Αντωνόπουλο", "Αντωνόπουλε", "antonopoulos"), "Αντωνοπούλου", "antonopoulou"),
    (("Μακρής", "Μακρή", "Μακρή", "Μακρή", "makris"), "Μακρή", "makri"),
    (("Παππάς", "Παππά", "Παππά", "Παππά", "pappas"), "Παππά", "pappa"),
    (("Κωνσταντίνου",) * 4 + ("konstantinou",), "Κωνσταντίνου", "konstantinou"),
    (("Δημητρίου",) * 4 + ("dimitriou",), "Δημητρίου", "dimitriou"),
    (("Αλεξίου",) * 4 + ("alexiou",), "Αλεξίου", "alexiou"),
]
# Finnish: nominative, genitive, allative, ablative
FI_FIRST = {
    "m": [("Mikko", "Mikon", "Mikolle", "Mikolta"), ("Juha", "Juhan", "Juhalle", "Juhalta"), ("Antti", "Antin", "Antille", "Antilta"),
          ("Jukka", "Jukan", "Jukalle", "Jukalta"), ("Ville", "Villen", "Villelle", "Villeltä"), ("Eero", "Eeron", "Eerolle", "Eerolta"),
          ("Timo", "Timon", "Timolle", "Timolta"), ("Matti", "Matin", "Matille", "Matilta")],
    "f": [("Anna", "Annan", "Annalle", "Annalta"), ("Laura", "Lauran", "Lauralle", "Lauralta"), ("Sanna", "Sannan", "Sannalle", "Sannalta"),
          ("Päivi", "Päivin", "Päiville", "Päiviltä"), ("Tiina", "Tiinan", "Tiinalle", "Tiinalta"), ("Aino", "Ainon", "Ainolle", "Ainolta"),
          ("Katja", "Katjan", "Katjalle", "Katjalta"), ("Riikka", "Riikan", "Riikalle", "Riikalta")],
}
FI_LAST = [("Virtanen", "Virtasen", "Virtaselle", "Virtaselta"), ("Korhonen", "Korhosen", "Korhoselle", "Korhoselta"),
           ("Mäkinen", "Mäkisen", "Mäkiselle", "Mäkiseltä"), ("Nieminen", "Niemisen", "Niemiselle", "Niemiseltä"),
           ("Laine", "Laineen", "Laineelle", "Laineelta"), ("Heikkinen", "Heikkisen", "Heikkiselle", "Heikkiseltä"),
           ("Järvinen", "Järvisen", "Järviselle", "Järviseltä"), ("Lehtonen", "Lehtosen", "Lehtoselle", "Lehtoselta"),
           ("Hämäläinen", "Hämäläisen", "Hämäläiselle", "Hämäläiseltä"), ("Salo", "Salon", "Salolle", "Salolta"),
           ("Koskinen", "Koskisen", "Koskiselle", "Koskiselta"), ("Lindholm", "Lindholmin", "Lindholmille", "Lindholmilta")]

MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "icloud.com"],
    "it": ["gmail.com", "libero.it", "virgilio.it", "hotmail.it", "alice.it", "tiscali.it"],
    "el": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com", "windowslive.com"],
    "ro": ["yahoo.com", "gmail.com", "yahoo.ro", "outlook.com"],
    "fi": ["gmail.com", "hotmail.fi", "luukku.com", "kolumbus.fi", "outlook.com"],
}
SHOP_DOMAINS = {
    "en": ["www.homeandgarden-direct.co.uk", "account.bluefernshop.co.uk"],
    "it": ["www.casadelviaggio.it", "account.modaverde.it"],
    "el": ["www.spitiplus.gr", "account.trendyshop.gr"],
    "ro": ["www.casaverde-shop.ro", "cont.modaplus.ro"],
    "fi": ["www.kotikauppa24.fi", "tili.tekniikkatalo.fi"],
}
SHOP_URLS = {
    "en": ["https://www.argos.co.uk/help/returns", "www.johnlewis.com", "https://www.amazon.co.uk/returns", "https://www.currys.co.uk/track-my-order"],
    "it": ["https://www.zalando.it/resi", "www.mediaworld.it", "https://www.esselunga.it/faq", "https://www.unieuro.it/online/assistenza"],
    "el": ["https://www.skroutz.gr", "www.public.gr/help", "https://www.kotsovolos.gr/returns", "https://www.plaisio.gr/exypiretisi"],
    "ro": ["https://www.emag.ro/retur", "www.altex.ro", "https://www.fashiondays.ro/ajutor", "https://www.dedeman.ro/contact"],
    "fi": ["https://www.verkkokauppa.com/fi/asiakaspalvelu", "www.gigantti.fi", "https://www.posti.fi/seuranta", "https://www.prisma.fi/ohjeet"],
}


class Persona:
    def __init__(self, lang, g, taken, family=None):
        """family: another Persona whose surname this one shares (a parent, a child, a spouse)."""
        self.lang, self.g, self.family = lang, g, family
        while True:
            self._pick_name()
            if self.attr_full() not in taken:
                break
        taken.add(self.attr_full())
        self.birth = rand_birth()
        self.cache = {}

    def _surname(self, table):
        self.li = self.family.li if self.family else rng.randrange(len(table))
        return table[self.li]

    def _pick_name(self):
        lang, g = self.lang, self.g
        if lang == "en":
            self.first, self.last = _pick(EN_FIRST[g]), self._surname(EN_LAST)
        elif lang == "it":
            self.first, self.last = _pick(IT_FIRST[g]), self._surname(IT_LAST)
        elif lang == "ro":
            self.first, self.last = _pick(RO_FIRST[g]), self._surname(RO_LAST)
        elif lang == "el":
            self.f_forms = _pick(EL_FIRST[g])
            ln = self._surname(EL_LAST)
            if g == "m":
                self.l_forms = ln[0][:4]
                self.l_lat = ln[0][4]
            else:
                self.l_forms = (ln[1],) * 4
                self.l_lat = ln[2]
            self.first, self.last = self.f_forms[0], self.l_forms[0]
        elif lang == "fi":
            self.f_forms = _pick(FI_FIRST[g])
            self.l_forms = self._surname(FI_LAST)
            self.first, self.last = self.f_forms[0], self.l_forms[0]

    def attr_full(self):
        return self.first + " " + self.last

    def latin(self):
        if self.lang == "el":
            return self.f_forms[4], self.l_lat
        f = re.sub(r"[^a-z]", "", ascii_fold(self.first).lower())
        l_ = re.sub(r"[^a-z]", "", ascii_fold(self.last).lower())
        return f, l_

    def base(self, attr):
        """Return (type, text) for a persona attribute (without suffix)."""
        if attr in self.cache:
            return self.cache[attr]
        v = self._compute(attr)
        self.cache[attr] = v
        return v

    def _compute(self, attr):
        lang = self.lang
        y, m, d = self.birth
        if attr == "full":
            return "PERSON", self.first + " " + self.last
        if attr == "first":
            return "PERSON", self.first
        if attr == "last":
            return "PERSON", self.last
        if attr == "ini":
            return "PERSON", self.first[0] + ". " + self.last
        if attr == "lastfirst":
            return "PERSON", self.last + " " + self.first
        if attr == "full_gl":
            f, l_ = self.latin()
            return "PERSON", f + " " + l_
        if lang == "el" and attr in ("full_gen", "full_acc", "full_voc", "first_gen", "first_acc", "first_voc",
                                     "last_gen", "last_acc", "last_voc"):
            part, case = attr.split("_")
            k = {"gen": 1, "acc": 2, "voc": 3}[case]
            if part == "first":
                return "PERSON", self.f_forms[k]
            if part == "last":
                return "PERSON", self.l_forms[k]
            return "PERSON", self.f_forms[k] + " " + self.l_forms[k]
        if lang == "fi" and attr in ("full_gen", "full_all", "full_abl", "first_gen", "first_all", "first_abl",
                                     "last_gen", "last_all", "last_abl"):
            part, case = attr.split("_")
            k = {"gen": 1, "all": 2, "abl": 3}[case]
            if part == "first":
                return "PERSON", self.f_forms[k]
            if part == "last":
                return "PERSON", self.l_forms[k]
            return "PERSON", self.first + " " + self.l_forms[k]
        if attr == "email":
            f, l_ = self.latin()
            n = rng.randint(1, 99)
            local = _pick([f"{f}.{l_}", f"{f}{l_}", f"{f[0]}.{l_}", f"{f}_{l_}", f"{l_}.{f}", f"{f}.{l_}{n}",
                           f"{f}{l_}{n}", f"{f}.{l_}"])
            if rng.random() < 0.12:
                local = ".".join(p.capitalize() for p in local.split("."))
            return "EMAIL", local + "@" + _pick(MAIL_DOMAINS[lang])
        if attr == "url_social":
            f, l_ = self.latin()
            return "URL", _pick([
                f"https://www.facebook.com/{f}.{l_}.{rng.randint(10, 99)}",
                f"https://www.instagram.com/{f}_{l_}{rng.randint(1, 99)}",
                f"https://www.linkedin.com/in/{f}-{l_}-{'%06x' % rng.randint(0, 0xFFFFFF)}",
                f"https://x.com/{f}{l_}{rng.randint(1, 99)}",
                f"https://www.tiktok.com/@{f}.{l_}",
            ])
        if attr == "url_reset":
            f, l_ = self.latin()
            dom = _pick(SHOP_DOMAINS[lang])
            tok = "%016x" % rng.getrandbits(64)
            mail = self.get("email")[1].replace("@", "%40")
            return "URL", _pick([
                f"https://{dom}/account/reset?token={tok}&email={mail}",
                f"https://{dom}/password/new?email={mail}&t={tok[:10]}",
                f"https://{dom}/account/orders?customer_id={rng.randint(100000, 999999)}&key={tok[:12]}",
            ])
        if attr == "cf":
            place = _pick(BELFIORE_IT) if lang == "it" else BELFIORE_FOREIGN[lang]
            omo = 0
            r = rng.random()
            if r < 0.25:
                omo = rng.choice([1, 1, 2, 3])
            f, l_ = self.latin()
            cf = codice_fiscale(f, l_, self.g, y, m, d, place, omo)
            if rng.random() < 0.1:
                cf = cf.lower()
            return "IT_CODICE_FISCALE", cf
        if attr == "cnp":
            return "RO_CNP", cnp_raw(self.g, y, m, d)
        if attr == "hetu":
            return "FI_HETU", hetu_raw(self.g, y, m, d)
        if attr == "amka":
            return "GR_AMKA", amka_raw(y, m, d)
        raise KeyError(attr)

    def get(self, attr):
        if attr.endswith("_lc"):
            t, v = self.base(attr[:-3])
            return t, lc(self.lang, v)
        if attr.endswith("_up"):
            t, v = self.base(attr[:-3])
            if self.lang == "el":
                t, v = self.base("full_gl")
            return t, ascii_fold(v).upper()
        return self.base(attr)


# ---------------------------------------------------------------- distractor values

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
    "fi": [],
}


def d_date(lang):
    y = 2026
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    opts = {
        "en": [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS['en'][m - 1]}"],
        "it": [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['it'][m - 1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}"],
        "el": [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['el'][m - 1]} {y}", f"{d}/{m}/{y % 100:02d}", f"{d} {MONTHS['el'][m - 1]}"],
        "ro": [f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS['ro'][m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['ro'][m - 1]}"],
        "fi": [f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}"],
    }[lang]
    return _pick(opts)


def d_exp():
    return "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31))


def d_time(lang):
    h, mi = rng.randint(8, 19), _pick([0, 15, 30, 45, 10, 40])
    opts = {
        "en": [f"{h}:{mi:02d}", f"{h % 12 or 12}:{mi:02d} {'pm' if h >= 12 else 'am'}", f"{h % 12 or 12}{'pm' if h >= 12 else 'am'}"],
        "it": [f"{h}:{mi:02d}", f"{h}.{mi:02d}"],
        "el": [f"{h}:{mi:02d}", f"{h:02d}:{mi:02d}"],
        "ro": [f"{h}:{mi:02d}", f"{h:02d}:{mi:02d}"],
        "fi": [f"{h}.{mi:02d}", f"{h}"],
    }[lang]
    return _pick(opts)


def d_hours(lang):
    return _pick({
        "en": ["Mon–Fri 9am–5pm", "9:00–17:30", "10am-4pm", "Mon-Sat 8:00-20:00"],
        "it": ["Lun-Ven 9:00-18:00", "9-13 e 15-19", "dalle 9 alle 18", "lun-sab 9:30-19:30"],
        "el": ["Δευ-Παρ 09:00-17:00", "9:00-21:00", "09:00 - 15:00", "Δευτέρα-Σάββατο 9-21"],
        "ro": ["L-V 09:00-18:00", "luni-vineri 9-17", "10:00-22:00", "L-S 8-20"],
        "fi": ["ma–pe 9–17", "ma-la 10-20", "9–21", "ma–pe 8.00–16.00"],
    }[lang])


def d_price(lang):
    a = rng.randint(5, 1500)
    c = _pick([0, 90, 99, 50, 49])
    eu = f"{a:,}".replace(",", ".")
    fi = f"{a:,}".replace(",", " ")
    return _pick({
        "en": [f"£{a:,}.{c:02d}", f"£{a}", f"${a}.{c:02d}", f"€{a}.{c:02d}"],
        "it": [f"{eu},{c:02d} €", f"€ {eu},{c:02d}", f"{a},{c:02d} euro", f"{eu},{c:02d}€"],
        "el": [f"{eu},{c:02d} €", f"€{eu},{c:02d}", f"{eu},{c:02d}€", f"{a} ευρώ"],
        "ro": [f"{eu},{c:02d} lei", f"{eu},{c:02d} RON", f"{a} lei", f"{a} de lei"],
        "fi": [f"{fi},{c:02d} €", f"{a},{c:02d} €", f"{a},{c:02d} euroa", f"{fi} €"],
    }[lang])


def d_qty(lang):
    n = rng.randint(2, 6)
    return _pick({
        "en": [f"{n} items", f"{n} x 500 ml", f"{n} packs"],
        "it": [f"{n} articoli", f"{n} pezzi", f"{n} confezioni"],
        "el": [f"{n} τεμάχια", f"{n} προϊόντα", f"{n} συσκευασίες"],
        "ro": [f"{n} produse", f"{n} bucăți", f"{n} pachete"],
        "fi": [f"{n} kpl", f"{n} tuotetta", f"{n} pakkausta"],
    }[lang])


def _digit_string(n, first="1589"):
    while True:
        s = _pick(first) + digits(n - 1)
        if clean_digits(s):
            return s


def d_order(lang):
    y = rng.choice([2025, 2026])
    v = _pick([
        lambda: _digit_string(rng.choice([8, 9, 10])),
        lambda: "#" + _digit_string(7),
        lambda: f"ORD-{y}-{_digit_string(5)}",
        lambda: _pick(["A", "W", "WEB", HOME_CC[lang]]) + _digit_string(8),
        lambda: f"{_digit_string(3)}-{_digit_string(7)}-{_digit_string(7)}",
    ])()
    return v


def d_track(lang):
    cc = {"en": "GB", "it": "IT", "el": "GR", "ro": "RO", "fi": "FI"}[lang]
    kind = rng.randint(0, 3)
    while True:
        if kind == 0:
            d8 = digits(8)
            v = _pick(["RR", "CP", "RB", "LX", "EE"]) + d8 + s10_digit(d8) + cc
        elif kind == 1:
            v = "1Z" + "".join(_pick("0123456789ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(6)) + digits(10)
        elif kind == 2:
            v = "JJFI" + digits(16) if lang == "fi" else _digit_string(rng.choice([12, 14]), "15689")
        else:
            v = _digit_string(rng.choice([11, 13]), "158")
        if clean_digits(v):
            return v


def d_invoice(lang):
    y = rng.choice([2025, 2026])
    n = rng.randint(10, 9999)
    if lang == "fi" and rng.random() < 0.5:
        while True:
            base = str(rng.randint(1000, 99999999))
            v = base + viite_digit(base)
            if clean_digits(v):
                break
        groups = []
        while v:
            groups.insert(0, v[-5:])
            v = v[:-5]
        return " ".join(groups)
    return _pick({
        "en": [f"INV-{n:06d}", f"INV{y}{n:05d}", f"{y}/{n:04d}"],
        "it": [f"FT {y}/{n:05d}", f"{n}/{y}", f"FPR {n}/{y % 100}"],
        "el": [f"ΤΠΥ-{n:05d}", f"Α-{y}-{n:04d}", f"{n}/{y}"],
        "ro": [f"BV-{n:07d}", f"FCT{y}{n:05d}", f"{n}/{y}"],
        "fi": [f"{y}-{n:05d}", f"LASKU-{n:06d}"],
    }[lang])


def d_ticket(lang):
    y = rng.choice([2025, 2026])
    return _pick([f"#{_digit_string(6)}", f"TCK-{_digit_string(6)}", f"INC{_digit_string(7)}", f"{y}-{_digit_string(6)}",
                  f"SR-{y}-{_digit_string(5)}"])


def d_sku(lang):
    if rng.random() < 0.4:
        pre = {"en": "50", "it": "80", "el": "520", "ro": "594", "fi": "64"}[lang]
        while True:
            body = pre + digits(12 - len(pre))
            v = body + ean_digit(body)
            if clean_digits(v):
                return v
    letters = "ABCDEFGHKLMNPRSTXZ"
    return _pick([
        f"{_pick(letters)}{_pick(letters)}-{rng.randint(1000, 9999)}-{_pick(['BLK', 'WHT', 'XL', 'M', 'GR', '42'])}",
        f"{_pick(letters)}{rng.randint(100, 999)}{_pick(letters)}{rng.randint(10, 99)}",
        f"{rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(10, 99)}",
    ])


def d_postcode(lang):
    return _pick({
        "en": ["M14 5TQ", "SW1A 1AA", "LS6 1DL", "EH7 5LR", "BS8 1TH"],
        "it": ["20121", "00185", "80134", "40126", "10128"],
        "el": ["105 63", "546 23", "11526", "262 21", "71202"],
        "ro": ["030823", "400114", "700064", "300086", "010063"],
        "fi": ["00100", "33100", "90100", "02100", "40100"],
    }[lang])


def d_year(lang):
    return str(rng.randint(2017, 2025))


def d_pct(lang):
    """A discount."""
    return _pick(["10", "15", "20", "25", "30", "50"]) + _pick(["%", " %"])


def d_vat(lang):
    """A VAT rate of the country."""
    n = _pick({"en": ["20", "5"], "it": ["22", "10", "4"], "el": ["24", "13", "6"],
               "ro": ["21", "11", "19"], "fi": ["25,5", "14", "10"]}[lang])
    return n + _pick(["%", " %"])


def d_sort(lang):
    return f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"


BICS = {"IT": ["UNCRITMMXXX", "BCITITMM", "BPMOIT22XXX"], "GR": ["ETHNGRAA", "PIRBGRAA", "EFGBGRAA", "CRBAGRAA"],
        "RO": ["BTRLRO22", "RNCBROBU", "BRDEROBU", "INGBROBU"], "FI": ["NDEAFIHH", "OKOYFIHH", "DABAFIHH"],
        "GB": ["BARCGB22", "NWBKGB2L", "LOYDGB21"], "DE": ["COBADEFFXXX", "DEUTDEFF"], "IE": ["AIBKIE2D", "BOFIIE2D"]}
HOME_CC = {"en": "GB", "it": "IT", "el": "GR", "ro": "RO", "fi": "FI"}


def d_version(lang):
    return _pick([f"{rng.randint(2, 9)}.{rng.randint(0, 14)}.{rng.randint(0, 9)}", f"v{rng.randint(2, 9)}.{rng.randint(0, 14)}",
                  f"{rng.randint(2, 9)}.{rng.randint(0, 14)}"])


def ip4_public():
    first = _pick([2, 5, 31, 37, 46, 62, 77, 79, 80, 82, 85, 87, 88, 89, 91, 93, 95, 109, 151, 176, 178, 185, 188, 194, 212, 213, 217])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ip4_private():
    return _pick([f"192.168.{_pick([0, 1, 1, 178, 8])}.{rng.randint(2, 254)}", f"10.0.{rng.randint(0, 3)}.{rng.randint(2, 254)}"])


def ip6():
    pre = _pick(["2a02:2788", "2001:14ba", "2a01:4f8", "2a02:587", "2001:b07", "2a00:1028", "2a02:8108"])
    if rng.random() < 0.5:
        groups = pre.split(":") + ["%x" % rng.randint(0, 0xFFFF) for _ in range(6)]
        return ":".join(g.zfill(4) for g in groups)
    mid = ":".join("%x" % rng.randint(1, 0xFFFF) for _ in range(rng.randint(1, 2)))
    tail = ":".join("%x" % rng.randint(1, 0xFFFF) for _ in range(rng.randint(1, 2)))
    return f"{pre}:{mid}::{tail}"


# ---------------------------------------------------------------- slot resolution

def resolve(slot, lang, personas, cache, used):
    """Return (kind, type, text, why) for one slot; kind is 'E' (entity) or 'D' (distractor)."""
    if slot.startswith("!"):
        typ, text = slot[1:].split(":", 1)
        return "D", typ, text, "tricky negative"
    m = re.fullmatch(r"([ABC])\.(\w+)", slot)
    if m:
        t, v = personas[m.group(1)].get(m.group(2))
        return "E", t, v, None
    if slot in cache:
        return cache[slot]
    name = slot.split("#")[0]
    if name == "tseq":
        # times of consecutive chat lines: a random start, then a few minutes later each
        if "tseq" not in cache:
            cache["tseq"] = rng.randint(8 * 60, 21 * 60)
        cache["tseq"] += rng.randint(1, 6)
        h, mi = divmod(cache["tseq"], 60)
        r = D("TIME", f"{h}.{mi:02d}" if lang == "fi" else f"{h:02d}:{mi:02d}")
        cache[slot] = r
        return r
    for _ in range(100):
        r = _make(name, lang)
        if r[2] not in used:
            break
    used.add(r[2])
    cache[slot] = r
    return r


def E(t, v):
    return ("E", t, v, None)


def D(t, v, why="tricky negative"):
    return ("D", t, v, why)


def _make(name, lang):
    home = HOME[lang]
    intl_home = rng.random() < 0.3
    if name == "mob":
        return E("PHONE", phone(home, "mob", intl_home))
    if name == "land":
        return E("PHONE", phone(home, "land", intl_home and rng.random() < 0.5))
    if name == "ph":
        return E("PHONE", phone(home, _pick(["mob", "mob", "land"]), intl_home))
    if name == "ph_intl":
        return E("PHONE", phone(home, "mob", True))
    if name.startswith("ph_"):
        c = name[3:]
        local_ok = (c == home) or (c == "us" and lang == "en" and rng.random() < 0.5)
        return E("PHONE", phone(c, _pick(["mob", "mob", "land"]) if c != "us" else "mob", not local_ok or intl_home))
    if name == "addr":
        return E("ADDRESS", address(home))
    if name == "addr_lc":
        return E("ADDRESS", address_lc(lang))
    if name.startswith("addr_"):
        return E("ADDRESS", address(name[5:]))
    if name == "iban":
        return E("IBAN", iban_fmt(iban_raw(HOME_CC[lang])))
    if name == "iban_lc":
        return E("IBAN", iban_fmt(iban_raw(_pick([HOME_CC[lang], "DE", "FR", "ES", "NL", "NL", "IE"])), lower=True))
    if name == "iban_any":
        return E("IBAN", iban_fmt(iban_raw(_pick(list(IBAN_LEN)))))
    if name.startswith("iban_") and name[5:].upper() in IBAN_LEN:
        return E("IBAN", iban_fmt(iban_raw(name[5:].upper())))
    if name == "iban_bad":
        cc = _pick([HOME_CC[lang]] * 2 + list(IBAN_LEN))
        return D("IBAN", iban_fmt(iban_bad_raw(cc)), "check digit fails")
    if name == "iban_ph":
        return D("IBAN", iban_placeholder(_pick([HOME_CC[lang], HOME_CC[lang], "GB", "IT"])))
    if name == "card":
        return E("CARD", card_fmt(card_number()))
    if name == "card_amex":
        return E("CARD", card_fmt(card_number("amex")))
    if name == "card_bad":
        return D("CARD", card_bad(), "check digit fails")
    if name == "gift":
        return D("CARD", card_neg16())
    if name == "last4":
        while True:
            v = digits(4)
            if v[0] != "0":
                return D("CARD_LAST4", v)
    if name == "cf":
        p = Persona("it", _pick("mf"), set())
        return E("IT_CODICE_FISCALE", p.get("cf")[1])
    if name == "cf_bad":
        p = Persona("it", _pick("mf"), set())
        return D("IT_CODICE_FISCALE", cf_bad_from(p.get("cf")[1].upper()), "check digit fails")
    if name == "piva":
        v = piva_raw()
        return E("IT_PARTITA_IVA", ("IT" + v) if rng.random() < 0.4 else v)
    if name == "piva_bad":
        v = piva_bad_raw()
        return D("IT_PARTITA_IVA", ("IT" + v) if rng.random() < 0.3 else v, "check digit fails")
    if name == "amka":
        return E("GR_AMKA", amka_raw(*rand_birth()))
    if name == "amka_bad":
        return D("GR_AMKA", amka_bad_raw(), "check digit fails")
    if name == "afm":
        v = afm_raw()
        return E("GR_AFM", ("EL" + v) if rng.random() < 0.4 else v)
    if name == "afm_bare":
        return E("GR_AFM", afm_raw())
    if name == "afm_el":
        return E("GR_AFM", "EL" + afm_raw())
    if name == "afm_bad":
        return D("GR_AFM", afm_bad_raw(), "check digit fails")
    if name == "cnp":
        y, m, d = rand_birth()
        return E("RO_CNP", cnp_raw(_pick("mf"), y, m, d))
    if name == "cnp_bad":
        return D("RO_CNP", cnp_bad_raw(), "check digit fails")
    if name == "hetu":
        y, m, d = rand_birth()
        return E("FI_HETU", hetu_raw(_pick("mf"), y, m, d))
    if name == "hetu_bad":
        return D("FI_HETU", hetu_bad_raw(), "check digit fails")
    if name == "ip4":
        return E("IP", ip4_public())
    if name == "ip4p":
        return E("IP", ip4_private())
    if name == "ip6":
        return E("IP", ip6())
    if name == "shop":
        return D("URL", _pick(SHOP_URLS[lang]), "not personal")
    if name == "bic":
        return D("BIC", _pick(BICS[HOME_CC[lang]]))
    if name.startswith("bic_"):
        return D("BIC", _pick(BICS[name[4:].upper()]))
    simple = {"price": ("PRICE", d_price), "date": ("DATE", d_date), "time": ("TIME", d_time),
              "hours": ("OPENING_HOURS", d_hours), "order": ("ORDER_NUMBER", d_order),
              "track": ("TRACKING_NUMBER", d_track), "inv": ("INVOICE_NUMBER", d_invoice),
              "ticket": ("TICKET_NUMBER", d_ticket), "sku": ("PRODUCT_CODE", d_sku),
              "postcode": ("POSTCODE", d_postcode), "qty": ("QUANTITY", d_qty), "year": ("YEAR", d_year),
              "pct": ("PERCENT", d_pct), "vat": ("PERCENT", d_vat), "sort": ("SORT_CODE", d_sort), "ver": ("VERSION", d_version)}
    if name in simple:
        t, f = simple[name]
        while True:
            v = f(lang)
            if clean_digits(v):
                return D(t, v)
    if name == "exp":
        return D("DATE", d_exp())
    if name == "cdate":
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        return D("DATE", f"{d}.{m}.2026" if lang == "fi" else f"{d:02d}/{m:02d}/2026" if lang != "en" else f"{d:02d}/{m:02d}/2026")
    raise KeyError(name)


# ---------------------------------------------------------------- rendering

CHOICE_RE = re.compile(r"\[\[(.*?)\]\]", re.S)
GENDER_RE = re.compile(r"<([ABC]):([^<>|]*)\|([^<>|]*)>")
SLOT_RE = re.compile(r"(\{[^{}]+\})")


def render(template, lang, genders):
    taken = set()
    personas = {}
    for k in "ABC":
        fam = personas["A"] if genders.get(k + "~") == "A" else None
        personas[k] = Persona(lang, genders.get(k) or _pick("mf"), taken, fam)
    t = CHOICE_RE.sub(lambda m: _pick(m.group(1).split("|")), template)
    t = GENDER_RE.sub(lambda m: m.group(2) if personas[m.group(1)].g == "m" else m.group(3), t)
    cache, used = {}, set()
    text_parts = []
    pos = 0
    ents, dists = [], []
    for part in SLOT_RE.split(t):
        if not part:
            continue
        if part.startswith("{") and part.endswith("}"):
            kind, typ, val, why = resolve(part[1:-1], lang, personas, cache, used)
            if lang == "el" and text_parts and text_parts[-1].endswith("την ") and not re.match(
                    r"(?i)([αεηιουωάέήίόύώκπτξψ]|μπ|ντ|γκ|τσ|τζ)", strip_marks(val)):
                text_parts[-1] = text_parts[-1][:-4] + "τη "
                pos -= len("ν".encode("utf-8"))
            b = len(val.encode("utf-8"))
            if kind == "E":
                ents.append({"type": typ, "start": pos, "end": pos + b})
            else:
                dists.append({"type": typ, "start": pos, "end": pos + b, "why": why})
            text_parts.append(val)
            pos += b
        else:
            text_parts.append(part)
            pos += len(part.encode("utf-8"))
    return "".join(text_parts), ents, dists


def parse_genders(spec):
    out = {}
    for item in filter(None, spec.split(",")):
        if "~" in item:  # "C~A": C has A's surname
            k, v = item.split("~")
            out[k.strip() + "~"] = v.strip()
            continue
        k, v = item.split("=")
        out[k.strip()] = v.strip()
    return out


# ---------------------------------------------------------------- templates
# (category, how many, genders of personas A/B/C, template)
# A = the customer, B = a member of staff, C = a relative or recipient.

TEMPLATES = {}

TEMPLATES["en"] = [
    # ---- no personal data
    ("NEG", 3, "", "[[Hi there|Hello|Hi]],\n\nI placed order {order} on {date} and it still says \"processing\". The total was {price}. Could you check whether it has actually shipped?\n\n[[Thanks|Many thanks|Cheers]]"),
    ("NEG", 3, "", "Agent: Thanks for holding. The refund of {price} was approved this morning.\nCustomer: Great, when will I see it?\nAgent: Usually within five working days. Your ticket number is {ticket} if you need to chase it."),
    ("NEG", 2, "", "{!NAME_LIKE:Will} the [[{!NAME_LIKE:Apple}|{!NAME_LIKE:Garmin}]] strap fit the 41 mm model? The product code on the box is {sku} and it's listed at {price}. Asking before I order {qty}."),
    ("NEG", 2, "", "hiya, is the {!NAME_LIKE:Manchester} store open on sundays?? google says {hours} but [[not sure|no idea]] if thats right x"),
    ("NEG", 2, "", "Tried paying with {card_bad} three times and it keeps getting declined?? Then tried the gift card {gift}, same thing. Basket total is {price}."),
    ("NEG", 2, "", "Your parcel {track} left our depot on {date} at {time}. Delivery to postcode {postcode} is expected by {date#2}.\n\n---\nforwarded this because the tracking page hasn't moved since"),
    ("NEG", 2, "", "The refund form asks for an IBAN in the format {iban_ph}. I don't have one, it's a UK account. Sort code is {sort}, do you need anything else from me?"),
    ("NEG", 2, "", "Since the update to {ver} the app crashes whenever I apply the {pct} discount code. Phone is an {!NAME_LIKE:iPhone} 13, bought in {!NAME_LIKE:April} {year}."),
    ("NEG", 2, "", "Subject: Invoice {inv}\n\nHello,\nthe invoice shows VAT at {vat} but the total of {price} doesn't add up. Also, is your BIC {bic_gb}? I'd like to pay by bank transfer.\n\nRegards"),
    ("NEG", 2, "", "{!NAME_LIKE:Grace} period question: your e-mail says the refund to {iban_bad} failed because the account number is invalid. Can you tell me which digit is wrong?"),
    # ---- foreign national identifiers quoted in English
    ("ID", 3, "", "Hello,\n\nI'm an Italian resident living in Leeds and your sign-up form wants my codice fiscale. It's {A.cf}. Is that enough or do you need a scan of the card as well?\n\n[[Cheers|Thanks|Best]],\n{A.first}"),
    ("ID", 2, "A=m", "Agent: For the Greek invoice I'll need your tax number.\nCustomer: Sure, my [[AFM|tax id]] is {afm}.\nAgent: Thank you, Mr {A.last}."),
    ("ID", 2, "", "Hi, I'm {A.full}, I moved over from {!NAME_LIKE:Helsinki} last year. The Finnish henkilötunnus you asked for is {A.hetu}. Thanks!"),
    ("ID", 2, "", "Form submitted via website:\nName: {A.full}\nCountry of tax residence: Romania\nPersonal ID (CNP): {A.cnp}\nPhone: {ph_ro}"),
    ("ID", 2, "", "Please invoice my company, VAT number {piva}. Contact person is {A.full}, e-mail {A.email}."),
    ("ID", 1, "", "My Greek social security number (AMKA) is {A.amka} - the pharmacy in {!NAME_LIKE:Athens} needs it printed on the receipt."),
    # ---- invalid look-alikes
    ("ID_INVALID", 2, "", "Hi, your checkout rejects my codice fiscale {cf_bad}. I've typed it three times now. Any idea?\n{A.first}"),
    ("ID_INVALID", 2, "", "Customer: the tax id I gave you was {afm_bad}\nAgent: that one doesn't validate I'm afraid, could you read it out again slowly?"),
    ("ID_INVALID", 2, "", "henkilötunnus {hetu_bad} gives an error on your site, no idea why. I'm {A.full}, order {order}."),
    # ---- cards
    ("CARD", 3, "", "Agent: Can I take the long number on the front of the card please?\nCustomer: Yes, it's {card}, expiry {exp}.\nAgent: Lovely, thank you."),
    ("CARD", 2, "", "Hi {B.first},\n\nas discussed on the phone, please charge the remaining {price} to my card {card} (name on card {A.full_up}).\n\n[[Thanks|Many thanks]],\n{A.first}"),
    ("CARD", 1, "", "paying with amex {card_amex}, billing address is the same as delivery"),
    ("CARD_INVALID", 3, "", "I tried {card_bad} and it says invalid card number. My name is {A.full}, order {order}."),
    # ---- IBAN
    ("IBAN", 3, "", "Hello,\n\nplease refund the {price} to the account below:\nAccount holder: {A.full}\nIBAN: [[{iban}\nBIC: {bic_gb}|{iban}|{iban_any}]]\n\nKind regards,\n{A.full}"),
    ("IBAN", 2, "C=f", "Customer: Could you send it back to my Irish account instead, {iban_IE}? It's in my wife's name, {C.full}."),
    ("IBAN", 2, "", "hi its {A.first_lc} again, heres the iban {iban_lc} sorry for the delay"),
    ("IBAN_INVALID", 3, "", "Agent: I'm afraid the transfer to {iban_bad} bounced, {A.first}. Could you double-check the number for me?"),
    # ---- phones
    ("PHONE", 3, "", "Hi, could someone call me back on {mob}? Any time after {time} is fine.\n[[Thanks|Cheers]], {A.full}"),
    ("PHONE", 2, "", "My mobile is {mob} but if I don't pick up try my work line, {land} ext. [[214|3021|57]]."),
    ("PHONE", 2, "", "Agent: What's the best number to reach you on?\nCustomer: {ph_us}, I'm in New York until {date}."),
    ("PHONE", 2, "", "Caller: {mob} - that's my number, it should be on the account.\nAgent: Thank you, yes, I can see it."),
    ("PHONE", 2, "", "can u text me on {ph_it} pls, on holiday in italy til {date} x"),
    ("PHONE", 2, "", "Hello, please update my contact number to {ph_intl} (the old one was {land}).\n{A.full}"),
    ("PHONE", 1, "", "Caller: It's {ph_fi}, a Finnish number, sorry, I'm working out there."),
    # ---- e-mail, URL, IP
    ("CONTACT", 2, "", "Hi,\n\nI can't log in. The e-mail on the account is {A.email} and the reset link you sent, {A.url_reset}, just says expired.\n\nThanks\n{A.first}"),
    ("CONTACT", 2, "", "Agent: I can see sign-ins from {ip4} and {ip6}. Were both of those you?\nCustomer: The first one maybe, not the second."),
    ("CONTACT", 2, "", "I've posted photos of the damaged box on my profile, {A.url_social}, if that helps with the claim."),
    ("CONTACT", 2, "", "whats the returns address? checked {shop} but cant find it anywhere. my email is {A.email}"),
    ("CONTACT", 2, "", "Our router is {ip4p} and the public IP on your status page says {ip4}. The smart plug still won't pair."),
    # ---- names
    ("NAME", 3, "C=m,C~A", "Good morning,\n\nmy name is {A.full} and I'm writing about my late father's account. He was {C.full} and the direct debit is still running.\n\nKind regards"),
    ("NAME", 2, "", "Agent: You're through to {B.first}, how can I help?\nCustomer: Hi {B.first}, it's {A.full}. I rang yesterday about the return."),
    ("NAME", 2, "", "Dear <A:Mr|Ms> {A.last},\n\nthank you for letting us know. Your case has been passed to our returns team.\n\nBest wishes,\n{B.full}\nCustomer Care"),
    ("NAME", 2, "C=f", "hi its {A.full_lc}, my sister {C.first_lc} ordered this for me but its the wrong size"),
    ("NAME", 1, "", "The order is under {A.ini} but my neighbour {C.full} will collect it."),
    # ---- addresses
    ("ADDRESS", 3, "", "Please change the delivery address to {addr}. The old one was {addr#2}."),
    ("ADDRESS", 2, "", "Shipping to my US address this time: {addr_us}. Recipient is {C.full}."),
    ("ADDRESS", 2, "", "Customer: it needs to go to {addr}, the buzzer's broken so ring {mob} when you're outside."),
    ("ADDRESS", 1, "", "Delivery note: if nobody answers leave it with number [[12|14|9]], not at {addr_lc}"),
    # ---- several at once
    ("MULTI", 3, "", "---------- Forwarded message ----------\nSubject: Order {order} confirmed\n\nHi {A.first}, thanks for your order!\nDelivering to: {A.full}, {addr}\nPhone: {mob}\nTotal: {price}\nPaid with Visa ending {last4}\n\nI got this but I never ordered anything??"),
    ("MULTI", 2, "", "Name: {A.full}\nEmail: {A.email}\nPhone: {mob}\nAddress: {addr}\nCard: {card}\n\nthat's everything you asked for right?"),
    ("MULTI", 2, "C=f", "Hi,\n\nI'm writing on behalf of my mum, {C.full}, who doesn't use e-mail. Her number is {land} and she lives at {addr}. Please send the replacement there.\n\nMany thanks,\n{A.full}\n{mob}"),
    ("MULTI", 2, "", "[{cdate}, {tseq#1}] {A.full}: hi, is my parcel coming today?\n[{cdate}, {tseq#2}] {B.first} (Support): Hi {A.first}! Yes, it's out for delivery, the driver will ring {mob} when they're close.\n[{cdate}, {tseq#3}] {A.full}: [[brill thanks|ok cheers|perfect ta]]"),
]

TEMPLATES["it"] = [
    ("NEG", 3, "", "[[Buongiorno|Salve|Buonasera]],\nho effettuato l'ordine n. {order} il {date} per un totale di {price}, ma risulta ancora \"in lavorazione\". Potete verificare?\n[[Grazie, buona giornata|Grazie mille|Cordiali saluti]]"),
    ("NEG", 3, "", "Operatore: Le confermo che il rimborso di {price} è stato disposto stamattina.\nCliente: E quando lo vedo sul conto?\nOperatore: Di solito entro 5-7 giorni lavorativi. Il numero della pratica è {ticket}."),
    ("NEG", 2, "", "ciao! il negozio di {!NAME_LIKE:Torino} è aperto anche la domenica? sul sito c'è scritto {hours} ma [[nn capisco|non ho capito]] se vale anche x i festivi"),
    ("NEG", 2, "", "Salve, la moka {!NAME_LIKE:Bialetti} che ho comprato da voi (codice {sku}) perde dalla guarnizione. È ancora in garanzia? L'ho presa nel {year}."),
    ("NEG", 2, "", "Il pagamento con la carta {card_bad} viene rifiutato, dice numero non valido. Ho provato anche con la gift card {gift}, niente. Nel carrello ho {qty} per {price}."),
    ("NEG", 2, "", "Gentile cliente,\nla spedizione {track} è partita dal nostro magazzino il {date} alle {time}. La consegna al CAP {postcode} è prevista entro il {date#2}.\nIl team spedizioni\n\n---\nvi inoltro questa mail perché il tracking è fermo da giorni"),
    ("NEG", 2, "", "Nel modulo di reso il campo IBAN mostra come esempio {iban_ph}, ma io ho un conto all'estero. Il BIC della mia banca è {bic_de}, basta quello?"),
    ("NEG", 2, "", "Dopo l'aggiornamento alla versione {ver} l'app si chiude quando provo ad applicare lo sconto del {pct}. Uso un {!NAME_LIKE:Galaxy} S21 con {!NAME_LIKE:Iliad}."),
    ("NEG", 2, "", "Oggetto: fattura {inv}\n\nBuongiorno, in fattura l'IVA è al {vat} ma il totale di {price} non torna. Mi mandate la nota di credito?\nGrazie"),
    ("NEG", 2, "", "La partita IVA {piva_bad} risulta non valida nel vostro gestionale, ma è quella che ci ha dato il commercialista. Mi dite cosa non va?"),
    ("ID", 3, "", "[[Buongiorno|Buonasera]],\nper completare la registrazione mi chiedete il codice fiscale: è {A.cf}.\n[[Cordiali saluti|Distinti saluti|Grazie]]\n{A.full}"),
    ("ID", 2, "", "Operatore: Mi può dettare il codice fiscale dell'intestatario?\nCliente: Sì, {A.cf}.\nOperatore: Grazie, <A:signor|signora> {A.last}."),
    ("ID", 2, "", "ciao x la fattura ti giro i dati: {A.lastfirst_lc} cf {A.cf_lc} piva {piva}"),
    ("ID", 2, "", "Spett.le Ufficio Clienti,\nvi chiedo di intestare la fattura dell'ordine {order} alla mia ditta individuale, P.IVA {piva}, codice fiscale {A.cf}.\nDistinti saluti,\n{A.full}"),
    ("ID", 2, "", "Eccoli: {A.cf}, {A.email}. Serve altro?"),
    ("ID", 1, "C=f", "Cliente: il codice fiscale di mia madre è {C.cf}, lei si chiama {C.full}."),
    ("ID_INVALID", 2, "", "Il sito non accetta il codice fiscale {cf_bad}, dice che il carattere di controllo è errato. Sono {A.full}, ordine {order}."),
    ("ID_INVALID", 2, "", "Operatore: La partita IVA {piva_bad} non risulta corretta, può ricontrollarla?\nCliente: Un attimo che prendo la visura camerale."),
    ("ID_INVALID", 2, "", "Le ho scritto {cf_bad} ma forse ho sbagliato una cifra, controllo e vi riscrivo.\n{A.first}"),
    ("CARD", 2, "", "Operatore: Mi detta il numero della carta?\nCliente: {card}, scadenza {exp}.\nOperatore: Perfetto, grazie."),
    ("CARD", 2, "", "Buonasera,\ncome concordato al telefono con {B.first} vi autorizzo ad addebitare i {price} rimanenti sulla carta {card} intestata a {A.full_up}.\nSaluti\n{A.full}"),
    ("CARD", 2, "", "ciao ho pagato con l'amex {card_amex} ma nn mi è arrivata la conferma"),
    ("CARD_INVALID", 3, "", "Provo a pagare con {card_bad} ma mi dice carta non valida. Sono {A.full}, potete aiutarmi?"),
    ("IBAN", 3, "", "Buongiorno,\nvi chiedo di effettuare il rimborso di {price} sul seguente conto:\nIntestatario: {A.full}\nIBAN: [[{iban}\nBIC: {bic}|{iban}\nBIC: {bic}|{iban_any}]]\nGrazie mille,\n{A.full}"),
    ("IBAN", 2, "C=m", "Cliente: Può accreditarlo sul conto tedesco di mio figlio, {iban_DE}? È intestato a {C.full}."),
    ("IBAN", 2, "C=m", "ecco l'iban {iban_lc} intestato a mio marito {C.full_lc}"),
    ("IBAN_INVALID", 3, "", "Operatore: <A:Signor|Signora> {A.last}, il bonifico sull'IBAN {iban_bad} ci è tornato indietro. Può verificarlo?"),
    ("PHONE", 3, "", "Buongiorno, potete richiamarmi al {mob}? Sono raggiungibile dopo le {time}.\nGrazie, {A.full}"),
    ("PHONE", 2, "", "Il mio cellulare è {mob}, ma se non rispondo provate in ufficio allo {land} [[int. 214|interno 31|int. 57]]."),
    ("PHONE", 2, "", "Operatore: Qual è il numero migliore per contattarla?\nCliente: [[{ph_uk}, sono a Londra|{ph_us}, sono a New York]] fino al {date}."),
    ("PHONE", 2, "", "Cliente: {mob}, è il numero associato all'account.\nOperatore: Perfetto, lo vedo."),
    ("PHONE", 2, "", "scrivimi su whatsapp al {ph_intl} che sono in giro tutto il giorno"),
    ("PHONE", 2, "", "Salve, vorrei aggiornare il recapito telefonico: il nuovo numero è {mob}, quello vecchio ({land}) non è più attivo.\n{A.full}"),
    ("PHONE", 1, "", "Mia sorella vive ad Atene, il suo numero è {ph_gr}: può ritirare lei il pacco?"),
    ("CONTACT", 2, "", "Buongiorno,\nnon riesco ad accedere. L'email dell'account è {A.email} e il link di reset che mi avete mandato, {A.url_reset}, risulta scaduto.\nGrazie\n{A.first}"),
    ("CONTACT", 2, "", "Operatore: Vedo degli accessi da {ip4} e da {ip6}. Li riconosce?\nCliente: Il primo sì, è casa mia, il secondo no."),
    ("CONTACT", 2, "", "Ho messo le foto del pacco danneggiato sul mio profilo {A.url_social}, così vedete com'è arrivato."),
    ("CONTACT", 2, "", "dove lo mando il reso? ho guardato su {shop} ma nn trovo l'indirizzo. la mia mail è {A.email}"),
    ("CONTACT", 2, "", "Il modem ha IP {ip4p}, quello pubblico che vedo è {ip4}. La presa smart non si collega comunque."),
    ("NAME", 3, "C=m,C~A", "Buongiorno,\nmi chiamo {A.full} e vi scrivo per conto di mio padre, {C.full}, che non usa la posta elettronica.\nCordiali saluti"),
    ("NAME", 2, "", "Operatore: Buongiorno, sono {B.first}, come posso aiutarla?\nCliente: Buongiorno {B.first}, sono {A.full}, ho chiamato ieri per il reso."),
    ("NAME", 2, "", "Gentile <A:Sig.|Sig.ra> {A.last},\nla ringraziamo per la segnalazione. Il suo caso è stato preso in carico dal reparto resi.\nCordiali saluti,\n{B.full}\nServizio Clienti"),
    ("NAME", 2, "", "<A:sig|sig.ra> {A.last_lc} buongiorno sono {B.first_lc} del negozio, il suo ordine è pronto passi quando vuole"),
    ("NAME", 1, "C=f", "L'ordine è intestato a {A.lastfirst}, ma lo ritira mia cugina {C.first}."),
    ("ADDRESS", 3, "", "Vi chiedo di cambiare l'indirizzo di consegna in {addr}. Quello vecchio era {addr#2}."),
    ("ADDRESS", 2, "", "Cliente: il pacco deve arrivare in {addr}, il citofono non funziona quindi chiamate il {mob}."),
    ("ADDRESS", 2, "", "abito in {addr_lc}, il corriere dice che nn trova il civico"),
    ("ADDRESS", 1, "", "Spedire a: {C.full}, {addr}"),
    ("MULTI", 3, "", "---------- Messaggio inoltrato ----------\nOggetto: Conferma ordine {order}\n\nCiao {A.first}, grazie per il tuo acquisto!\nIndirizzo di spedizione: {A.full}, {addr}\nTelefono: {mob}\nTotale: {price}\nPagato con carta che termina con {last4}\n\nMi è arrivata questa mail ma io non ho ordinato niente!"),
    ("MULTI", 2, "", "Nome e cognome: {A.full}\nCodice fiscale: {A.cf}\nPartita IVA (se presente): {piva}\nEmail: {A.email}\nCellulare: {mob}\nIndirizzo: {addr}\n\nho compilato tutto, va bene così?"),
    ("MULTI", 2, "C=f", "Gentili signori,\nscrivo per mia madre, {C.full}, che non ha un indirizzo email. Il suo numero è {land} e abita in {addr}. Vi prego di spedire lì il prodotto sostitutivo.\nGrazie,\n{A.full}\n{mob}"),
    ("MULTI", 2, "", "[{cdate}, {tseq#1}] {A.full}: ciao, il pacco arriva oggi?\n[{cdate}, {tseq#2}] {B.first} (Assistenza): Ciao {A.first}! Sì, è in consegna, il corriere ti chiama al {mob} quando è vicino.\n[{cdate}, {tseq#3}] {A.full}: [[ok grazie mille|perfetto grazie|ok grz]]"),
]

TEMPLATES["el"] = [
    ("NEG", 3, "", "[[Καλησπέρα σας|Καλημέρα σας|Γεια σας]],\nέκανα την παραγγελία {order} στις {date} με σύνολο {price} και ακόμα εμφανίζεται «σε επεξεργασία». Μπορείτε να το ελέγξετε;\n[[Ευχαριστώ|Ευχαριστώ πολύ|Με εκτίμηση]]"),
    ("NEG", 3, "", "Υπάλληλος: Σας επιβεβαιώνω ότι η επιστροφή των {price} εγκρίθηκε σήμερα το πρωί.\nΠελάτης: Πότε θα τη δω στον λογαριασμό μου;\nΥπάλληλος: Συνήθως σε 5-7 εργάσιμες. Ο αριθμός του αιτήματος είναι {ticket}."),
    ("NEG", 2, "", "Γεια σας, το κατάστημα στη {!NAME_LIKE:Θεσσαλονίκη} είναι ανοιχτό την {!NAME_LIKE:Κυριακή}; Στο site λέει {hours}, αλλά [[δεν ξέρω|δεν κατάλαβα]] αν ισχύει και τις αργίες."),
    ("NEG", 2, "", "Καλημέρα, το πλυντήριο που πήρα από τον {!NAME_LIKE:Κωτσόβολο} (κωδικός {sku}) βγάζει συνέχεια σφάλμα. Είναι ακόμα στην εγγύηση; Το αγόρασα τον [[{!NAME_LIKE:Μάιο}|{!NAME_LIKE:Μάρτιο}|{!NAME_LIKE:Ιούνιο}]] του {year}."),
    ("NEG", 2, "", "Η πληρωμή με την κάρτα {card_bad} απορρίπτεται, λέει μη έγκυρος αριθμός. Δοκίμασα και τη δωροκάρτα {gift}, τίποτα. Στο καλάθι έχω {qty}, σύνολο {price}."),
    ("NEG", 2, "", "Αγαπητέ πελάτη,\nη αποστολή {track} αναχώρησε από την αποθήκη μας στις {date} και ώρα {time}. Η παράδοση στον ΤΚ {postcode} αναμένεται έως τις {date#2}.\nΤμήμα Αποστολών\n\n---\nσας το προωθώ γιατί το tracking δεν έχει κουνηθεί από τότε"),
    ("NEG", 2, "", "Στη φόρμα επιστροφής το πεδίο IBAN έχει για παράδειγμα {iban_ph}. Ο δικός μου λογαριασμός είναι στο εξωτερικό, ο BIC της τράπεζας είναι {bic_de}. Αρκεί αυτό;"),
    ("NEG", 2, "", "Μετά την αναβάθμιση στην έκδοση {ver} η εφαρμογή κλείνει όταν βάζω τον κωδικό έκπτωσης {pct}. Έχω {!NAME_LIKE:Xiaomi} με σύνδεση {!NAME_LIKE:Cosmote}."),
    ("NEG", 2, "", "Θέμα: Τιμολόγιο {inv}\n\nΚαλησπέρα, στο τιμολόγιο ο ΦΠΑ είναι {vat}, αλλά το σύνολο {price} δεν βγαίνει. Μπορείτε να μου στείλετε πιστωτικό;\nΕυχαριστώ"),
    ("NEG", 2, "", "Υπάλληλος: Ο ΑΦΜ {afm_bad} δεν περνάει στο σύστημα.\nΠελάτης: Περιμένετε να τον ξανακοιτάξω στο εκκαθαριστικό."),
    ("ID", 3, "", "[[Καλησπέρα|Καλημέρα]],\nγια την ολοκλήρωση της εγγραφής μου ζητάτε [[ΑΜΚΑ|Α.Μ.Κ.Α.]]: είναι {A.amka}.\n[[Με εκτίμηση|Ευχαριστώ]],\n{A.full}"),
    ("ID", 2, "", "Υπάλληλος: Μου λέτε τον ΑΦΜ του δικαιούχου;\nΠελάτης: Ναι, {afm_bare}.\nΥπάλληλος: Ευχαριστώ, <A:κύριε|κυρία> {A.last_voc}."),
    ("ID", 2, "", "καλησπερα, για το τιμολογιο: {A.full_lc} αφμ {afm_bare} δου ψυχικου"),
    ("ID", 2, "", "Παρακαλώ να εκδοθεί τιμολόγιο για την παραγγελία {order} με τα στοιχεία της επιχείρησής μου: Α.Φ.Μ. {afm_el}, <A:υπεύθυνος|υπεύθυνη> επικοινωνίας {A.full}."),
    ("ID", 2, "", "Ορίστε: {A.amka}, {A.email}. Χρειάζεστε κάτι άλλο;"),
    ("ID", 1, "C=f,C~A", "Πελάτης: Ο ΑΜΚΑ της μητέρας μου είναι {C.amka}, λέγεται {C.full}."),
    ("ID_INVALID", 2, "", "Η πλατφόρμα δεν δέχεται τον ΑΜΚΑ {amka_bad}, λέει ότι δεν είναι έγκυρος. Είμαι <A:ο|η> {A.full}, παραγγελία {order}."),
    ("ID_INVALID", 2, "", "Υπάλληλος: Ο ΑΜΚΑ {amka_bad} δεν βρίσκεται στο σύστημα, μπορείτε να τον ξαναδείτε;\nΠελάτης: Ναι, μισό λεπτό να βρω την κάρτα."),
    ("ID_INVALID", 2, "", "Σας έγραψα ΑΦΜ {afm_bad} αλλά μάλλον μπέρδεψα ένα ψηφίο, θα το ελέγξω και θα σας ξαναγράψω.\n{A.first}"),
    ("CARD", 2, "", "Υπάλληλος: Μου λέτε τον αριθμό της κάρτας;\nΠελάτης: {card}, λήξη {exp}.\nΥπάλληλος: Τέλεια, ευχαριστώ."),
    ("CARD", 2, "B=m", "Καλησπέρα,\nόπως συμφωνήσαμε τηλεφωνικά με τον κ. {B.last_acc}, σας εξουσιοδοτώ να χρεώσετε τα υπόλοιπα {price} στην κάρτα {card}, δικαιούχος {A.full_up}.\nΕυχαριστώ,\n{A.full}"),
    ("CARD", 2, "", "γεια, πληρωσα με την amex {card_amex} αλλα δεν ηρθε επιβεβαιωση"),
    ("CARD_INVALID", 3, "", "Δοκιμάζω να πληρώσω με την κάρτα {card_bad} αλλά βγάζει «μη έγκυρη κάρτα». Ονομάζομαι {A.full}, μπορείτε να βοηθήσετε;"),
    ("IBAN", 3, "", "Καλησπέρα σας,\nπαρακαλώ να γίνει η επιστροφή των {price} στον παρακάτω λογαριασμό:\nΔικαιούχος: {A.full}\nIBAN: [[{iban}\nBIC: {bic}|{iban}\nBIC: {bic}|{iban_any}]]\nΕυχαριστώ πολύ,\n{A.full}"),
    ("IBAN", 2, "C=m,C~A", "Πελάτης: Μπορείτε να τα βάλετε στον λογαριασμό του γιου μου στη Γερμανία, {iban_DE}; Είναι στο όνομα του {C.full_gen}."),
    ("IBAN", 2, "C=m,C~A", "οριστε το iban {iban_lc} ειναι στο ονομα του αντρα μου του {C.full_gen_lc}"),
    ("IBAN_INVALID", 3, "", "Υπάλληλος: <A:Κύριε|Κυρία> {A.last_voc}, η μεταφορά στο IBAN {iban_bad} επιστράφηκε από την τράπεζα. Μπορείτε να το ελέγξετε;"),
    ("PHONE", 3, "", "Καλημέρα, μπορείτε να με καλέσετε στο {mob}; Είμαι <A:διαθέσιμος|διαθέσιμη> μετά τις {time}.\nΕυχαριστώ, {A.full}"),
    ("PHONE", 2, "", "Το κινητό μου είναι {mob}, αν δεν απαντήσω πάρτε στο γραφείο στο {land} [[εσωτ. 214|εσωτ. 31|εσωτερικό 57]]."),
    ("PHONE", 2, "", "Υπάλληλος: Σε ποιο τηλέφωνο μπορούμε να σας βρούμε;\nΠελάτης: [[{ph_uk}, είμαι στο Λονδίνο|{ph_us}, είμαι στη Νέα Υόρκη]] μέχρι τις {date}."),
    ("PHONE", 2, "", "Πελάτης: {mob}, αυτό είναι το τηλέφωνο του λογαριασμού.\nΥπάλληλος: Μάλιστα, το βλέπω."),
    ("PHONE", 2, "", "στειλτε μου στο viber στο {ph_intl} γιατι ειμαι εξω ολη μερα"),
    ("PHONE", 2, "", "Γεια σας, θέλω να αλλάξω το τηλέφωνο επικοινωνίας: το νέο είναι {mob}, το παλιό ({land}) δεν ισχύει πια.\n{A.full}"),
    ("PHONE", 1, "", "Η αδερφή μου μένει στο Βουκουρέστι, το τηλέφωνό της είναι {ph_ro}. Μπορεί να παραλάβει εκείνη το δέμα;"),
    ("CONTACT", 2, "", "Καλησπέρα,\nδεν μπορώ να συνδεθώ. Το email του λογαριασμού είναι {A.email} και ο σύνδεσμος επαναφοράς που μου στείλατε, {A.url_reset}, λέει ότι έληξε.\nΕυχαριστώ\n{A.first}"),
    ("CONTACT", 2, "", "Υπάλληλος: Βλέπω συνδέσεις από {ip4} και από {ip6}. Τις αναγνωρίζετε;\nΠελάτης: Την πρώτη ναι, είναι από το σπίτι, τη δεύτερη όχι."),
    ("CONTACT", 2, "", "Ανέβασα φωτογραφίες του χτυπημένου κουτιού στο προφίλ μου, {A.url_social}, για να δείτε σε τι κατάσταση ήρθε."),
    ("CONTACT", 2, "", "που στελνω την επιστροφη; κοιταξα στο {shop} αλλα δεν βρισκω διευθυνση. το mail μου ειναι {A.email}"),
    ("CONTACT", 2, "", "Το router έχει IP {ip4p} και η δημόσια που βλέπω είναι {ip4}. Η έξυπνη πρίζα πάλι δεν συνδέεται."),
    ("NAME", 3, "C=m,C~A", "Καλησπέρα σας,\nονομάζομαι {A.full} και σας γράφω εκ μέρους του πατέρα μου, του {C.full_gen}, που δεν χρησιμοποιεί email.\nΜε εκτίμηση"),
    ("NAME", 2, "", "Υπάλληλος: Καλησπέρα, <B:ο|η> {B.first} είμαι, πώς μπορώ να βοηθήσω;\nΠελάτης: Γεια σας, με λένε {A.full_acc}, πήρα και χθες για την επιστροφή."),
    ("NAME", 2, "", "<A:Αγαπητέ κύριε|Αγαπητή κυρία> {A.last_voc},\nσας ευχαριστούμε για την ενημέρωση. Το αίτημά σας προωθήθηκε στο αρμόδιο τμήμα.\nΜε εκτίμηση,\n{B.full}\nΕξυπηρέτηση Πελατών"),
    ("NAME", 2, "B=f", "<A:κυριε|κυρια> {A.last_voc_lc} καλησπερα, η {B.first_lc} απο το καταστημα, η παραγγελια σας ειναι ετοιμη, περαστε οποτε θελετε"),
    ("NAME", 1, "", "Μίλησα χθες <B:με τον|με την> {B.full_acc} και μου είπε ότι θα με καλέσει, αλλά δεν πήρε κανείς."),
    ("ADDRESS", 3, "", "Παρακαλώ αλλάξτε τη διεύθυνση παράδοσης σε {addr}. Η παλιά ήταν {addr#2}."),
    ("ADDRESS", 2, "", "Πελάτης: Το δέμα να έρθει στη διεύθυνση {addr}, το κουδούνι δεν δουλεύει οπότε πάρτε στο {mob}."),
    ("ADDRESS", 2, "", "η διευθυνση μου ειναι {addr_lc}, ο κουριερ λεει οτι δεν βρισκει τον αριθμο"),
    ("ADDRESS", 1, "", "Αποστολή προς: {C.full}, {addr}"),
    ("MULTI", 3, "", "---------- Προωθημένο μήνυμα ----------\nΘέμα: Επιβεβαίωση παραγγελίας {order}\n\nΓεια σου {A.first_voc}, ευχαριστούμε για την αγορά σου!\nΔιεύθυνση αποστολής: {A.full}, {addr}\nΤηλέφωνο: {mob}\nΣύνολο: {price}\nΠληρωμή με κάρτα που λήγει σε {last4}\n\nΜου ήρθε αυτό αλλά εγώ δεν έχω παραγγείλει τίποτα!"),
    ("MULTI", 2, "", "Ονοματεπώνυμο: {A.full}\nΑΜΚΑ: {A.amka}\nΑΦΜ: {afm_bare}\nEmail: {A.email}\nΚινητό: {mob}\nΔιεύθυνση: {addr}\n\nτα συμπλήρωσα όλα, είναι εντάξει;"),
    ("MULTI", 2, "C=f,C~A", "Καλησπέρα σας,\nγράφω για τη μητέρα μου, την {C.full_acc}, που δεν έχει email. Το τηλέφωνό της είναι {land} και μένει στη διεύθυνση {addr}. Παρακαλώ στείλτε εκεί το ανταλλακτικό.\nΕυχαριστώ,\n{A.full}\n{mob}"),
    ("MULTI", 2, "", "[{cdate}, {tseq#1}] {A.full}: καλησπέρα, το δέμα έρχεται σήμερα;\n[{cdate}, {tseq#2}] {B.first} (Εξυπηρέτηση): Γεια σου {A.first_voc}! Ναι, είναι καθ' οδόν, ο κούριερ θα σε πάρει στο {mob} όταν είναι κοντά.\n[{cdate}, {tseq#3}] {A.full}: [[τέλεια ευχαριστώ|οκ ευχαριστώ πολύ|ευχαριστωω]]"),
]

TEMPLATES["ro"] = [
    ("NEG", 3, "", "[[Bună ziua|Bună seara|Salut]],\nam plasat comanda {order} pe {date}, în valoare de {price}, dar apare încă „în procesare”. Puteți verifica, vă rog?\n[[Mulțumesc|Mulțumesc frumos|Cu stimă]]"),
    ("NEG", 3, "", "Operator: Vă confirm că rambursarea de {price} a fost aprobată azi-dimineață.\nClient: Și când o văd în cont?\nOperator: De obicei în 5-7 zile lucrătoare. Numărul tichetului este {ticket}."),
    ("NEG", 2, "", "buna, magazinul din {!NAME_LIKE:Cluj} e deschis duminica? pe site scrie {hours} dar [[nu stiu|n-am inteles]] daca e valabil si de sarbatori"),
    ("NEG", 2, "", "Bună ziua, mașina de spălat {!NAME_LIKE:Arctic} cumpărată de la voi (cod produs {sku}) dă eroare la centrifugă. Mai e în garanție? Am luat-o în {year}."),
    ("NEG", 2, "", "Plata cu cardul {card_bad} e refuzată, zice că numărul nu e valid. Am încercat și cu cardul cadou {gift}, degeaba. În coș am {qty}, total {price}."),
    ("NEG", 2, "", "Stimate client,\ncoletul {track} a plecat din depozitul nostru pe {date}, la ora {time}. Livrarea la codul poștal {postcode} este estimată până pe {date#2}.\nEchipa de livrări\n\n---\nvă trimit mailul ăsta pentru că trackingul nu s-a mai mișcat de atunci"),
    ("NEG", 2, "", "În formularul de retur, la IBAN apare exemplul {iban_ph}. Eu am cont în străinătate, codul BIC al băncii e {bic_de}. E suficient?"),
    ("NEG", 2, "", "După actualizarea la versiunea {ver} aplicația se închide când aplic reducerea de {pct}. Am un telefon {!NAME_LIKE:Samsung} pe rețeaua {!NAME_LIKE:Digi}."),
    ("NEG", 2, "", "Subiect: factura {inv}\n\nBună ziua, pe factură TVA-ul e {vat}, dar totalul de {price} nu se potrivește. Îmi puteți trimite o factură storno?\nMulțumesc"),
    ("NEG", 2, "", "Operator: CNP-ul {cnp_bad} nu trece validarea.\nClient: Stați să mă uit din nou pe buletin."),
    ("ID", 3, "", "[[Bună ziua|Bună seara]],\npentru finalizarea contului îmi cereți CNP-ul: este {A.cnp}.\n[[Cu stimă|Mulțumesc]],\n{A.full}"),
    ("ID", 2, "", "Operator: Îmi puteți spune CNP-ul titularului?\nClient: Da, {A.cnp}.\nOperator: Mulțumesc, <A:domnule|doamnă> {A.last}."),
    ("ID", 2, "", "buna, pt factura: {A.full_lc} cnp {A.cnp} adresa o aveti deja"),
    ("ID", 2, "", "Vă rog să emiteți factura pentru comanda {order} pe persoană fizică: {A.full}, CNP {A.cnp}, telefon {mob}."),
    ("ID", 2, "", "Datele mele sunt: {A.cnp}, {A.email}. Mai trebuie ceva?"),
    ("ID", 1, "C=f,C~A", "Client: CNP-ul mamei mele este {C.cnp}, ea se numește {C.full}."),
    ("ID_INVALID", 2, "", "Platforma nu acceptă CNP-ul {cnp_bad}, spune că cifra de control e greșită. Sunt {A.full}, comanda {order}."),
    ("ID_INVALID", 2, "", "Operator: Codul {cnp_bad} nu e valid, puteți să-l recitiți?\nClient: Da, o secundă, caut buletinul."),
    ("ID_INVALID", 2, "", "V-am scris {cnp_bad}, dar cred că am greșit o cifră, verific și revin.\n{A.first}"),
    ("CARD", 2, "", "Operator: Îmi spuneți numărul cardului?\nClient: {card}, expiră {exp}.\nOperator: Perfect, mulțumesc."),
    ("CARD", 2, "", "Bună seara,\ncum am stabilit la telefon cu {B.full}, vă autorizez să debitați restul de {price} de pe cardul {card}, titular {A.full_up}.\nCu stimă,\n{A.full}"),
    ("CARD", 2, "", "buna am platit cu amex {card_amex} si nu mi-a venit confirmarea"),
    ("CARD_INVALID", 3, "", "Încerc să plătesc cu {card_bad}, dar îmi spune card invalid. Mă numesc {A.full}, mă puteți ajuta?"),
    ("IBAN", 3, "", "Bună ziua,\nvă rog să faceți rambursarea de {price} în contul de mai jos:\nTitular: {A.full}\nIBAN: [[{iban}\nBIC: {bic}|{iban}\nBIC: {bic}|{iban_any}]]\nMulțumesc frumos,\n{A.full}"),
    ("IBAN", 2, "C=m,C~A", "Client: Puteți să-i trimiteți în contul fiului meu din Italia, {iban_IT}? E pe numele lui, {C.full}."),
    ("IBAN", 2, "C=m,C~A", "uite iban-ul {iban_lc} e pe numele sotului meu {C.full_lc}"),
    ("IBAN_INVALID", 3, "", "Operator: <A:Domnule|Doamnă> {A.last}, transferul în IBAN-ul {iban_bad} a fost returnat de bancă. Îl puteți verifica?"),
    ("PHONE", 3, "", "Bună ziua, mă puteți suna înapoi la {mob}? Sunt <A:disponibil|disponibilă> după ora {time}.\nMulțumesc, {A.full}"),
    ("PHONE", 2, "", "Mobilul meu e {mob}, dar dacă nu răspund sunați la birou la {land}, [[interior 214|int. 31|interior 57]]."),
    ("PHONE", 2, "", "Operator: La ce număr vă putem contacta?\nClient: [[{ph_uk}, sunt la Londra|{ph_us}, sunt la New York]] până pe {date}."),
    ("PHONE", 2, "", "Client: {mob}, ăsta e numărul de pe cont.\nOperator: Da, îl văd."),
    ("PHONE", 2, "", "scrie-mi pe whatsapp la {ph_intl} ca sunt pe drum toata ziua"),
    ("PHONE", 2, "", "Bună, vreau să schimb numărul de contact: cel nou este {mob}, cel vechi ({land}) nu mai e activ.\n{A.full}"),
    ("PHONE", 1, "", "Sora mea locuiește în Helsinki, numărul ei e {ph_fi}. Poate ridica ea coletul?"),
    ("CONTACT", 2, "", "Bună ziua,\nnu mă pot autentifica. Adresa de email a contului este {A.email}, iar linkul de resetare primit, {A.url_reset}, spune că a expirat.\nMulțumesc\n{A.first}"),
    ("CONTACT", 2, "", "Operator: Văd autentificări de pe {ip4} și de pe {ip6}. Le recunoașteți?\nClient: Pe prima da, e de acasă, pe a doua nu."),
    ("CONTACT", 2, "", "Am pus pozele cu cutia deteriorată pe profilul meu, {A.url_social}, ca să vedeți cum a ajuns."),
    ("CONTACT", 2, "", "unde trimit returul? m-am uitat pe {shop} si nu gasesc adresa. mailul meu e {A.email}"),
    ("CONTACT", 2, "", "Routerul are IP-ul {ip4p}, iar cel public pe care îl văd e {ip4}. Priza inteligentă tot nu se conectează."),
    ("NAME", 3, "C=m,C~A", "Bună ziua,\nnumele meu este {A.full} și vă scriu în numele tatălui meu, {C.full}, care nu folosește emailul.\nCu stimă"),
    ("NAME", 2, "", "Operator: Bună ziua, sunt {B.first}, cu ce vă pot ajuta?\nClient: Bună, {B.first}, sunt {A.full}, am sunat și ieri pentru retur."),
    ("NAME", 2, "", "<A:Stimate domnule|Stimată doamnă> {A.last},\nvă mulțumim pentru sesizare. Cererea dumneavoastră a fost preluată de departamentul de retururi.\nCu stimă,\n{B.full}\nServiciul Clienți"),
    ("NAME", 1, "", "buna ziua <A:dl|dna> {A.last_lc}, sunt {B.first_lc} de la magazin, comanda e gata, treceti cand vreti"),
    ("NAME", 1, "", "buna ma numesc {A.full_lc}, am comandat acum o saptamana si nu mi-a venit nimic"),
    ("NAME", 1, "C=f", "Comanda e pe numele {A.full}, dar o ridică verișoara mea, {C.first}."),
    ("ADDRESS", 3, "", "Vă rog să schimbați adresa de livrare în {addr}. Cea veche era {addr#2}."),
    ("ADDRESS", 2, "", "Client: Coletul să vină la {addr}, interfonul nu merge, deci sunați la {mob}."),
    ("ADDRESS", 2, "", "stau pe {addr_lc}, curierul zice ca nu gaseste blocul"),
    ("ADDRESS", 1, "", "Expediere către: {C.full}, {addr}"),
    ("MULTI", 3, "", "---------- Mesaj redirecționat ----------\nSubiect: Confirmare comandă {order}\n\nSalut, {A.first}, îți mulțumim pentru comandă!\nAdresa de livrare: {A.full}, {addr}\nTelefon: {mob}\nTotal: {price}\nPlătit cu cardul care se termină în {last4}\n\nMi-a venit asta, dar eu nu am comandat nimic!"),
    ("MULTI", 2, "", "Nume și prenume: {A.full}\nCNP: {A.cnp}\nEmail: {A.email}\nTelefon: {mob}\nAdresă: {addr}\n\nam completat tot, e bine așa?"),
    ("MULTI", 2, "C=f,C~A", "Bună ziua,\nvă scriu pentru mama mea, {C.full}, care nu are adresă de email. Numărul ei este {land} și locuiește la {addr}. Vă rog să trimiteți acolo produsul de schimb.\nMulțumesc,\n{A.full}\n{mob}"),
    ("MULTI", 2, "", "[{cdate}, {tseq#1}] {A.full}: buna, coletul vine azi?\n[{cdate}, {tseq#2}] {B.first} (Suport): Bună, {A.first}! Da, e în livrare, curierul te sună la {mob} când ajunge.\n[{cdate}, {tseq#3}] {A.full}: [[super mersi|ok multumesc|mersi mult]]"),
]

TEMPLATES["fi"] = [
    ("NEG", 3, "", "[[Hei|Moi|Hyvää päivää]],\ntein {date} tilauksen {order} (yhteensä {price}), mutta sen tila on yhä \"käsittelyssä\". Voisitteko tarkistaa, onko se lähtenyt?\n[[Kiitos|Kiitos jo etukäteen|Terveisin]]"),
    ("NEG", 3, "", "Asiakaspalvelija: Vahvistan, että palautus ({price}) on hyväksytty tänä aamuna.\nAsiakas: Milloin se näkyy tilillä?\nAsiakaspalvelija: Yleensä 3–5 arkipäivän kuluessa. Tikettinumerosi on {ticket}."),
    ("NEG", 2, "", "moi, onko {!NAME_LIKE:Tampereen} myymälä auki sunnuntaina? sivuilla lukee {hours} mut en [[tiiä|tiedä]] koskeeko se pyhiä"),
    ("NEG", 2, "", "Hei, teiltä ostamani {!NAME_LIKE:Fiskars}-kirves (tuotekoodi {sku}) on haljennut varresta. Onko se vielä takuussa? Ostin sen vuonna {year}."),
    ("NEG", 2, "", "Maksu kortilla {card_bad} hylätään, ilmoituksen mukaan numero on virheellinen. Kokeilin myös lahjakorttia {gift}, ei toimi sekään. Korissa on {qty}, yhteensä {price}."),
    ("NEG", 2, "", "Hyvä asiakas,\nlähetyksesi {track} lähti varastoltamme {date} klo {time}. Toimitus postinumeroon {postcode} on perillä arviolta viimeistään {date#2}.\nTerveisin, lähetystiimi\n\n---\nvälitän tämän teille, koska seuranta ei ole liikkunut sen jälkeen"),
    ("NEG", 2, "", "Palautuslomakkeen IBAN-kentässä on esimerkkinä {iban_ph}. Tilini on ulkomailla, pankin BIC on {bic_de}. Riittääkö se?"),
    ("NEG", 2, "", "Päivityksen {ver} jälkeen sovellus kaatuu aina, kun syötän {pct} alennuskoodin. Puhelin on {!NAME_LIKE:Nokia} G42 ja liittymä on {!NAME_LIKE:Elisalta}."),
    ("NEG", 2, "", "Aihe: lasku {inv}\n\nHei, laskulla ALV on {vat}, mutta loppusumma {price} ei täsmää. Voitteko lähettää hyvityslaskun?\nKiitos"),
    ("NEG", 2, "", "Asiakaspalvelija: Henkilötunnus {hetu_bad} ei mene järjestelmässä läpi.\nAsiakas: Hetkinen, katson uudestaan kortista."),
    ("ID", 3, "", "[[Hei|Hyvää iltaa]],\ntilin luomista varten pyydätte henkilötunnusta: se on {A.hetu}.\n[[Ystävällisin terveisin|Kiitos]]\n{A.full}"),
    ("ID", 2, "", "Asiakaspalvelija: Voisitteko kertoa tilinomistajan henkilötunnuksen?\nAsiakas: Joo, {A.hetu}.\nAsiakaspalvelija: Kiitos, {A.first}."),
    ("ID", 2, "", "moi laskua varten: {A.full_lc} hetu {A.hetu} osote teillä jo on"),
    ("ID", 2, "", "Pyydän laskun tilauksesta {order} yksityishenkilönä: {A.full}, henkilötunnus {A.hetu}, puhelin {mob}."),
    ("ID", 2, "", "Tässä tietoni: {A.hetu}, {A.email}. Tarvitaanko vielä jotain?"),
    ("ID", 1, "C=f,C~A", "Asiakas: Äitini henkilötunnus on {C.hetu}, hänen nimensä on {C.full}."),
    ("ID_INVALID", 2, "", "Palvelu ei hyväksy henkilötunnusta {hetu_bad}, tarkistusmerkki on kuulemma väärä. Olen {A.full}, tilaus {order}."),
    ("ID_INVALID", 2, "", "Asiakaspalvelija: Tunnus {hetu_bad} ei ole kelvollinen, voisitteko lukea sen uudelleen?\nAsiakas: Joo, hetki, haen passin."),
    ("ID_INVALID", 2, "", "Kirjoitin teille {hetu_bad}, mutta taisin lyödä yhden numeron väärin. Tarkistan ja palaan asiaan.\n{A.first}"),
    ("CARD", 2, "", "Asiakaspalvelija: Saisinko kortin numeron?\nAsiakas: {card}, voimassa {exp}.\nAsiakaspalvelija: Selvä, kiitos."),
    ("CARD", 2, "", "Hei,\nkuten puhelimessa sovimme {B.first_gen} kanssa, saatte veloittaa loput {price} kortilta {card}, kortin haltija {A.full_up}.\nTerveisin\n{A.full}"),
    ("CARD", 2, "", "moi maksoin amexilla {card_amex} mut vahvistusta ei tullu"),
    ("CARD_INVALID", 3, "", "Yritän maksaa kortilla {card_bad}, mutta kortti ei kuulemma kelpaa. Olen {A.full}, voitteko auttaa?"),
    ("IBAN", 3, "", "Hei,\npyydän palauttamaan {price} alla olevalle tilille:\nSaaja: {A.full}\nIBAN: [[{iban}\nBIC: {bic}|{iban}\nBIC: {bic}|{iban_any}]]\nKiitos paljon,\n{A.full}"),
    ("IBAN", 2, "C=m,C~A", "Asiakas: Voisitteko maksaa sen poikani saksalaiselle tilille {iban_DE}? Tili on {C.full_gen} nimissä."),
    ("IBAN", 2, "C=m,C~A", "tässä iban {iban_lc} se on mun miehen {C.full_gen_lc} nimellä"),
    ("IBAN_INVALID", 3, "", "Asiakaspalvelija: Hei {A.first}, tilisiirto IBANiin {iban_bad} palautui pankista. Voisitko tarkistaa numeron?"),
    ("PHONE", 3, "", "Hei, voisitteko soittaa minulle numeroon {mob}? Olen tavoitettavissa klo {time} jälkeen.\nKiitos, {A.full}"),
    ("PHONE", 2, "", "Kännykkäni on {mob}, mutta jos en vastaa, soittakaa työnumerooni {land}."),
    ("PHONE", 2, "", "Asiakaspalvelija: Mihin numeroon voimme soittaa?\nAsiakas: [[{ph_uk}, olen Lontoossa|{ph_us}, olen New Yorkissa]] {date} asti."),
    ("PHONE", 2, "", "Asiakas: {mob}, se on tilille merkitty numero.\nAsiakaspalvelija: Kyllä, näen sen."),
    ("PHONE", 2, "", "laita whatsappiin viestiä {ph_intl} oon koko päivän menossa"),
    ("PHONE", 2, "", "Hei, haluan päivittää puhelinnumeroni: uusi on {mob}, vanha ({land}) ei ole enää käytössä.\n{A.full}"),
    ("PHONE", 1, "", "Siskoni asuu Ateenassa, hänen numeronsa on {ph_gr}. Voiko hän noutaa paketin?"),
    ("CONTACT", 2, "", "Hei,\nen pääse kirjautumaan. Tilin sähköposti on {A.email}, ja lähettämänne palautuslinkki {A.url_reset} ilmoittaa vanhentuneensa.\nKiitos\n{A.first}"),
    ("CONTACT", 2, "", "Asiakaspalvelija: Näen kirjautumisia osoitteista {ip4} ja {ip6}. Tunnistatteko ne?\nAsiakas: Ensimmäinen on kotoa, toista en tunnista."),
    ("CONTACT", 2, "", "Laitoin kuvat kolhiintuneesta paketista profiiliini {A.url_social}, niin näette, missä kunnossa se tuli."),
    ("CONTACT", 2, "", "mihin palautus lähetetään? kattelin sivuilta {shop} mut en löydä osotetta. mun sposti on {A.email}"),
    ("CONTACT", 2, "", "Reitittimen IP on {ip4p} ja julkinen IP, jonka näen, on {ip4}. Älypistoke ei silti yhdistä."),
    ("NAME", 3, "C=m,C~A", "Hei,\nolen {A.full} ja kirjoitan isäni {C.full_gen} puolesta, koska hän ei käytä sähköpostia.\nYstävällisin terveisin"),
    ("NAME", 2, "", "Asiakaspalvelija: Hei, {B.first} täällä, miten voin auttaa?\nAsiakas: Moi {B.first}, täällä {A.full}, soitin eilen palautuksesta."),
    ("NAME", 2, "", "Hyvä {A.full},\nkiitos yhteydenotostasi. Asiasi on siirretty palautustiimille.\nYstävällisin terveisin\n{B.full}\nAsiakaspalvelu"),
    ("NAME", 1, "", "Soitin eilen ja puhuin {B.first_gen} kanssa, joka lupasi soittaa takaisin. Voisitteko välittää {B.first_all} terveisiä, että odotan yhä?"),
    ("NAME", 1, "", "Paketin saa antaa naapurilleni {C.full_all}, jos en ole kotona."),
    ("NAME", 1, "", "moi, {A.first_lc} tässä. sain viestin {B.first_abl_lc} et paketti on tullu, kiitos"),
    ("ADDRESS", 3, "", "Vaihtakaa toimitusosoitteeksi {addr}. Vanha osoite oli {addr#2}."),
    ("ADDRESS", 2, "", "Asiakas: Paketti osoitteeseen {addr}, ovisummeri ei toimi, joten soittakaa numeroon {mob}."),
    ("ADDRESS", 2, "", "asun osotteessa {addr_lc}, kuski sanoo ettei löydä rappua"),
    ("ADDRESS", 1, "", "Toimitus: {C.full}, {addr}"),
    ("MULTI", 3, "", "---------- Välitetty viesti ----------\nAihe: Tilausvahvistus {order}\n\nHei {A.first}, kiitos tilauksestasi!\nToimitusosoite: {A.full}, {addr}\nPuhelin: {mob}\nYhteensä: {price}\nMaksettu kortilla, jonka viimeiset numerot ovat {last4}\n\nSain tämän, mutta en ole tilannut mitään!"),
    ("MULTI", 2, "", "Nimi: {A.full}\nHenkilötunnus: {A.hetu}\nSähköposti: {A.email}\nPuhelin: {mob}\nOsoite: {addr}\n\ntäytin kaikki, onko ok näin?"),
    ("MULTI", 2, "C=f,C~A", "Hei,\nkirjoitan äitini {C.full_gen} puolesta, koska hänellä ei ole sähköpostia. Hänen numeronsa on {land} ja hän asuu osoitteessa {addr}. Lähettäkää korvaava tuote sinne.\nKiitos,\n{A.full}\n{mob}"),
    ("MULTI", 2, "", "[{cdate} klo {tseq#1}] {A.full}: moi, tuleeks paketti tänään?\n[{cdate} klo {tseq#2}] {B.first} (Asiakaspalvelu): Hei {A.first}! Joo, se on jakelussa, kuski soittaa numeroon {mob} kun on lähellä.\n[{cdate} klo {tseq#3}] {A.full}: [[okei kiitos|kiitos!!|jes kiitti]]"),
]



def main():
    lines = []
    seen = set()
    for lang in LANGS:
        cases = []
        total = sum(n for _, n, _, _ in TEMPLATES[lang])
        assert total == 110, (lang, total)
        for cat, n, gspec, tpl in TEMPLATES[lang]:
            genders = parse_genders(gspec)
            for _ in range(n):
                for attempt in range(200):
                    text, ents, dists = render(tpl, lang, genders)
                    if text not in seen:
                        break
                else:
                    raise AssertionError("cannot make a new text from " + tpl[:60])
                seen.add(text)
                cases.append((cat, text, ents, dists))
        rng.shuffle(cases)
        for i, (cat, text, ents, dists) in enumerate(cases, 1):
            lines.append(json.dumps({"id": f"{lang}-t{i:03d}", "lang": lang, "text": text, "entities": ents,
                                     "distractors": dists, "category": cat}, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} cases to {OUT}")


if __name__ == "__main__":
    main()
