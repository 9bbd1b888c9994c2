#!/usr/bin/env python3
"""Generate the redaction test set eval/redaction/cases.jsonl.

Standard library only, deterministic (fixed seed). Every sentence is written
from templates in this file; identifiers are generated here with their check
digits computed from the public specifications. See README.md.

Run:  python3 eval/redaction/generate.py
"""

import collections
import datetime
import json
import os
import random
import re
import unicodedata

SEED = 20260312
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases.jsonl")

# ---------------------------------------------------------------------------
# Check-digit algorithms (written from the public specifications)
# ---------------------------------------------------------------------------


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


IBAN_LEN = {"IT": 27, "GR": 27, "RO": 24, "FI": 18, "GB": 22, "DE": 22, "FR": 27, "ES": 24}


def iban_mod97(s):
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return len(s) == IBAN_LEN.get(s[:2], -1) and s[2:4].isdigit() and iban_mod97(s) == 1


def iban_make(country, bban):
    kk = 98 - iban_mod97(country + "00" + bban)
    return "%s%02d%s" % (country, kk, bban)


CF_ODD = dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]))
CF_ODD.update(dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                       [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
                        10, 22, 25, 24, 23])))
CF_EVEN = {str(i): i for i in range(10)}
CF_EVEN.update({chr(65 + i): i for i in range(26)})
CF_MONTHS = "ABCDEHLMPRST"
CF_OMO = "LMNPQRSTUV"
CF_OMO_POS = [14, 13, 12, 10, 9, 7, 6]  # replaced right to left


def cf_check_char(first15):
    s = 0
    for i, c in enumerate(first15):
        s += CF_ODD[c] if i % 2 == 0 else CF_EVEN[c]
    return chr(65 + s % 26)


def cf_ok(cf):
    cf = cf.upper()
    return (re.fullmatch(r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z]"
                         r"[0-9LMNPQRSTUV]{3}[A-Z]", cf) is not None
            and cf_check_char(cf[:15]) == cf[15])


def italian_cin(abi, cab, conto):
    """CIN of the Italian BBAN: the codice-fiscale odd/even tables, mod 26."""
    s = 0
    for i, c in enumerate(abi + cab + conto):
        s += CF_ODD[c] if i % 2 == 0 else CF_EVEN[c]
    return chr(65 + s % 26)


def _letters(name):
    name = unicodedata.normalize("NFD", name.upper())
    return "".join(c for c in name if "A" <= c <= "Z")


def cf_surname(s):
    s = _letters(s)
    cons = [c for c in s if c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    return ("".join(cons + vow) + "XXX")[:3]


def cf_name(s):
    s = _letters(s)
    cons = [c for c in s if c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    if len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vow) + "XXX")[:3]


def piva_ok(p):
    return re.fullmatch(r"\d{11}", p) is not None and luhn_ok(p)


def afm_check(first8):
    s = sum(int(d) * (2 ** (8 - i)) for i, d in enumerate(first8))
    return str(s % 11 % 10)


def afm_ok(a):
    return re.fullmatch(r"\d{9}", a) is not None and afm_check(a[:8]) == a[8]


def amka_ok(a):
    if re.fullmatch(r"\d{11}", a) is None or not luhn_ok(a):
        return False
    try:
        datetime.date(2000 + int(a[4:6]), int(a[2:4]), int(a[0:2]))  # any leap year base
    except ValueError:
        try:
            datetime.date(1900 + int(a[4:6]), int(a[2:4]), int(a[0:2]))
        except ValueError:
            return False
    return True


CNP_KEY = "279146358279"


def cnp_check(first12):
    s = sum(int(a) * int(b) for a, b in zip(first12, CNP_KEY)) % 11
    return "1" if s == 10 else str(s)


def cnp_ok(c):
    return re.fullmatch(r"\d{13}", c) is not None and c[0] != "0" and cnp_check(c[:12]) == c[12]


HETU_TABLE = "0123456789ABCDEFHJKLMNPRSTUVWXY"
HETU_CENTURY = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
                "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}


def hetu_ok(h):
    h = h.upper()
    m = re.fullmatch(r"(\d{6})([-+YXWVUABCDEF])(\d{3})([0-9A-Y])", h)
    if not m:
        return False
    return HETU_TABLE[int(m.group(1) + m.group(3)) % 31] == m.group(4)


def ean13_ok(s):
    tot = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(s[:12]))
    return (10 - tot % 10) % 10 == int(s[12])


def any_check_passes(digits):
    """True when a pure digit string happens to pass a check of an id type of its length."""
    n = len(digits)
    if n in (11,) and luhn_ok(digits):
        return True
    if 13 <= n <= 19 and luhn_ok(digits):
        return True
    if n == 9 and afm_ok(digits):
        return True
    if n == 13 and cnp_ok(digits):
        return True
    return False


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

R = random.Random(SEED)


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def group(s, size=4, sep=" "):
    return sep.join(s[i:i + size] for i in range(0, len(s), size))


def rand_date(y0=1945, y1=2006):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(start, end))


def mutate_digit(s, positions):
    """Change one digit at one of the given positions to a different digit."""
    p = R.choice(positions)
    old = s[p]
    new = R.choice([d for d in "0123456789" if d != old])
    return s[:p] + new + s[p + 1:]


# ---------------------------------------------------------------------------
# Identifier generators: each returns the written form
# ---------------------------------------------------------------------------


def card_number():
    kind = R.choice(["visa", "visa", "mc", "mc", "mc2", "amex"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = "5" + R.choice("12345") + digits(13)
    elif kind == "mc2":
        body = "2" + R.choice(["221", "300", "450", "600", "720"]) + digits(11)
    else:
        body = "3" + R.choice("47") + digits(12)
    return body + luhn_digit(body)


def card_write(num):
    if len(num) == 15:
        style = R.choice(["amex", "plain"])
        if style == "amex":
            return "%s %s %s" % (num[:4], num[4:10], num[10:])
        return num
    style = R.choice(["space", "space", "space", "dash", "plain"])
    if style == "space":
        return group(num)
    if style == "dash":
        return group(num, 4, "-")
    return num


def gen_card(valid=True):
    num = card_number()
    if not valid:
        while True:
            bad = mutate_digit(num, list(range(1, len(num))))
            if not luhn_ok(bad):
                num = bad
                break
    return card_write(num)


def iban_bban(country):
    if country == "IT":
        abi, cab, conto = digits(5, True), digits(5, True), digits(12)
        return italian_cin(abi, cab, conto) + abi + cab + conto
    if country == "GR":
        return R.choice(["011", "017", "026", "014"]) + digits(4) + digits(16)
    if country == "RO":
        return R.choice(["BTRL", "RNCB", "BRDE", "INGB", "RZBR", "BACX"]) + digits(16)
    if country == "FI":
        body = R.choice(["1", "2", "5", "8"]) + digits(12)
        return body + luhn_digit(body)
    if country == "GB":
        return R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6) + digits(8)
    if country == "DE":
        return digits(8, True) + digits(10)
    if country == "FR":
        return digits(5, True) + digits(5) + digits(11) + digits(2)
    if country == "ES":
        return digits(20)
    raise KeyError(country)


def iban_write(iban):
    style = R.choice(["group", "group", "group", "plain", "plain", "lower"])
    if style == "group":
        return group(iban)
    if style == "plain":
        return iban
    return R.choice([iban.lower(), group(iban.lower())])


def gen_iban(country, valid=True):
    iban = iban_make(country, iban_bban(country))
    assert iban_ok(iban) and len(iban) == IBAN_LEN[country]
    if not valid:
        pos = [i for i in range(4, len(iban)) if iban[i].isdigit()]
        while True:
            bad = mutate_digit(iban, pos)
            if not iban_ok(bad):
                iban = bad
                break
    return iban_write(iban)


IT_FIRST_M = ["Marco", "Luca", "Giuseppe", "Alessandro", "Francesco", "Andrea", "Matteo",
              "Lorenzo", "Stefano", "Davide"]
IT_FIRST_F = ["Giulia", "Francesca", "Chiara", "Sara", "Valentina", "Elena", "Martina",
              "Federica", "Alessia", "Silvia"]
IT_LAST = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
           "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa",
           "Giordano", "Lombardi", "Moretti", "D'Angelo"]
BELFIORE = ["F205", "H501", "F839", "L219", "G273", "A944", "D612", "L736", "C351", "D969",
            "B157", "L424"]


def gen_cf(valid=True, omocodia=0):
    female = R.random() < 0.5
    first = R.choice(IT_FIRST_F if female else IT_FIRST_M)
    last = R.choice(IT_LAST)
    d = rand_date()
    day = d.day + (40 if female else 0)
    s = (cf_surname(last) + cf_name(first) + "%02d" % (d.year % 100) + CF_MONTHS[d.month - 1]
         + "%02d" % day + R.choice(BELFIORE))
    for k in range(omocodia):
        p = CF_OMO_POS[k]
        s = s[:p] + CF_OMO[int(s[p])] + s[p + 1:]
    cf = s + cf_check_char(s)
    assert cf_ok(cf)
    if not valid:
        while True:
            if R.random() < 0.5:
                bad = cf[:15] + R.choice([c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c != cf[15]])
            else:
                dpos = [i for i in (6, 7, 9, 10, 12, 13, 14) if cf[i].isdigit()]
                bad = mutate_digit(cf, dpos)
            if not cf_ok(bad) and re.fullmatch(r"[A-Z]{6}\w{10}", bad):
                cf = bad
                break
    return cf.lower() if R.random() < 0.15 else cf


def gen_piva(valid=True):
    body = digits(7, True) + "%03d" % R.choice(list(range(1, 101)) + [120, 121])
    p = body + luhn_digit(body)
    assert piva_ok(p)
    if not valid:
        while True:
            bad = mutate_digit(p, list(range(0, 7)))
            if not piva_ok(bad):
                p = bad
                break
    return ("IT" + p) if R.random() < 0.2 else p


def gen_amka(valid=True):
    d = rand_date()
    body = d.strftime("%d%m%y") + digits(4)
    a = body + luhn_digit(body)
    assert amka_ok(a)
    if not valid:
        while True:
            bad = mutate_digit(a, [6, 7, 8, 9])
            if not luhn_ok(bad):
                a = bad
                break
    return a


def gen_afm(valid=True):
    while True:
        body = R.choice("0001123456789") + digits(7)
        a = body + afm_check(body)
        if afm_ok(a) and (valid or True):
            break
    if not valid:
        while True:
            bad = mutate_digit(a, list(range(0, 8)))
            if not afm_ok(bad):
                a = bad
                break
    return ("EL" + a) if R.random() < 0.1 else a


RO_COUNTIES = ["%02d" % i for i in range(1, 47)] + ["51", "52"]


def gen_cnp(valid=True):
    while True:
        d = rand_date(1950, 2005)
        female = R.random() < 0.5
        s = (1 if d.year < 2000 else 5) + (1 if female else 0)
        body = "%d%s%s%03d" % (s, d.strftime("%y%m%d"), R.choice(RO_COUNTIES), R.randint(1, 999))
        c = body + cnp_check(body)
        if cnp_ok(c) and not luhn_ok(c):
            break
    if not valid:
        while True:
            bad = mutate_digit(c, [7, 8, 9, 10, 11])
            if not cnp_ok(bad) and not luhn_ok(bad):
                c = bad
                break
    return c


def gen_hetu(valid=True):
    r = R.random()
    if r < 0.03:
        d = rand_date(1880, 1899)
    else:
        d = rand_date(1940, 2010)
    if d.year < 1900:
        sign = "+"
    elif d.year < 2000:
        sign = R.choice(["-", "-", "-", "-", "Y", "X", "W", "V", "U"])
    else:
        sign = R.choice(["A", "A", "A", "B", "C", "D", "E", "F"])
    nnn = "%03d" % R.randint(2, 899)
    ddmmyy = d.strftime("%d%m") + "%02d" % (d.year % 100)
    h = ddmmyy + sign + nnn + HETU_TABLE[int(ddmmyy + nnn) % 31]
    assert hetu_ok(h)
    if not valid:
        while True:
            if R.random() < 0.7:
                bad = mutate_digit(h, [7, 8, 9])
            else:
                bad = h[:10] + R.choice([c for c in HETU_TABLE if c != h[10]])
            if not hetu_ok(bad):
                h = bad
                break
    return h


# ---------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------


def _pick(fmts):
    return R.choice(fmts)


def phone_it_mob():
    p = R.choice(["320", "328", "329", "333", "335", "338", "339", "340", "345", "347", "348",
                  "349", "366", "371", "380", "388", "389", "392", "393"])
    r = digits(7)
    a, b = r[:3], r[3:]
    return _pick([f"{p} {a} {b}", f"{p}{r}", f"{p}-{a}-{b}", f"{p}.{a}.{b}", f"{p} {r}",
                  f"+39 {p} {a} {b}", f"+39{p}{r}", f"0039 {p} {r}", f"+39-{p}-{a}-{b}",
                  f"(+39) {p} {a} {b}", f"+39 {p} {r}"])


def phone_it_land():
    c = R.choice(["02", "06", "011", "055", "051"])
    if c in ("02", "06"):
        r = digits(8, True)
        return _pick([f"{c} {r[:4]} {r[4:]}", f"{c} {r}", f"({c}) {r[:4]} {r[4:]}",
                      f"+39 {c} {r[:4]} {r[4:]}", f"+39 {c} {r}", f"0039 {c} {r}",
                      f"{c}-{r}"])
    r = digits(7, True)
    return _pick([f"{c} {r[:3]} {r[3:]}", f"{c} {r}", f"+39 {c} {r[:3]} {r[3:]}",
                  f"0039 {c} {r}", f"{c}/{r}"])


def phone_gr_mob():
    p = R.choice(["690", "693", "694", "695", "697", "698", "699"])
    r = digits(7)
    a, b = r[:3], r[3:]
    return _pick([f"{p} {a} {b}", f"{p}{r}", f"{p}-{a}-{b}", f"{p} {r}",
                  f"+30 {p} {a} {b}", f"+30 {p}{r}", f"0030 {p} {r}", f"+30-{p}-{a}-{b}",
                  f"(+30) {p} {a} {b}", f"+30{p}{r}"])


def phone_gr_land():
    if R.random() < 0.7:
        c = "21" + R.choice("0123456789")
        r = R.choice("2345689") + digits(6)
        return _pick([f"{c} {r[:3]} {r[3:]}", f"{c}{r}", f"{c}-{r}", f"+30 {c} {r}",
                      f"+30 {c} {r[:3]} {r[3:]}", f"0030 {c}{r}"])
    c = "2310"
    r = R.choice("2345689") + digits(5)
    return _pick([f"{c} {r}", f"{c}{r}", f"+30 {c} {r[:3]} {r[3:]}", f"+30 {c} {r}"])


def phone_ro_mob():
    p = "07" + R.choice("2345678") + R.choice("0123456789")
    r = digits(6)
    a, b = r[:3], r[3:]
    q = p[1:]
    return _pick([f"{p} {a} {b}", f"{p}{r}", f"{p}.{a}.{b}", f"{p}-{a}-{b}", f"{p} {r}",
                  f"+40 {q} {a} {b}", f"+40{q}{r}", f"0040 {q} {a} {b}", f"+40-{q}-{a}-{b}",
                  f"(+40) {q} {a} {b}", f"+40 {q} {r}"])


def phone_ro_land():
    if R.random() < 0.6:
        r = R.choice("23") + digits(6)
        return _pick([f"021 {r[:3]} {r[3:]}", f"021{r}", f"021-{r[:3]}-{r[3:]}",
                      f"+40 21 {r[:3]} {r[3:]}", f"+40 21 {r}", f"0040 21 {r}"])
    c = R.choice(["264", "232", "256", "268"])
    r = R.choice("45") + digits(5)
    return _pick([f"0{c} {r[:3]} {r[3:]}", f"0{c}{r}", f"+40 {c} {r[:3]} {r[3:]}",
                  f"+40 {c} {r}"])


def phone_fi_mob():
    p = R.choice(["040", "041", "044", "045", "046", "050"])
    r = digits(7, True)
    a, b = r[:3], r[3:]
    q = p[1:]
    return _pick([f"{p} {a} {b}", f"{p}{r}", f"{p}-{r}", f"{p} {r}", f"{p}-{a} {b}",
                  f"+358 {q} {a} {b}", f"+358{q}{r}", f"00358 {q} {r}", f"+358 {q} {r}",
                  f"+358-{q}-{r}"])


def phone_fi_land():
    c = R.choice(["09", "09", "03", "02", "08"])
    r = R.choice("2345678") + digits(6)
    q = c[1:]
    return _pick([f"{c} {r[:3]} {r[3:]}", f"{c} {r}", f"({c}) {r}", f"{c}-{r}",
                  f"+358 {q} {r[:3]} {r[3:]}", f"+358 {q} {r}", f"00358 {q} {r}"])


def phone_uk_mob():
    p = R.choice(["7400", "7418", "7441", "7810", "7823", "7846", "7900", "7912", "7956",
                  "7984"])
    r = digits(6)
    return _pick([f"0{p} {r}", f"0{p}{r}", f"0{p} {r[:3]} {r[3:]}", f"+44 {p} {r}",
                  f"+44 (0){p} {r}", f"0044 {p} {r}", f"+44{p}{r}", f"+44 {p} {r[:3]} {r[3:]}"])


def phone_uk_land():
    if R.random() < 0.5:
        r = R.choice("378") + digits(3)
        s = digits(4)
        return _pick([f"020 {r} {s}", f"(020) {r} {s}", f"+44 20 {r} {s}", f"0044 20 {r} {s}",
                      f"020{r}{s}"])
    r = R.choice("2345678") + digits(2)
    s = digits(4)
    return _pick([f"0161 {r} {s}", f"(0161) {r} {s}", f"+44 161 {r} {s}", f"0161 {r}{s}"])


def phone_us():
    a = R.choice(["202", "212", "312", "415", "617", "646", "718", "305"])
    s = "01" + digits(2)
    return _pick([f"({a}) 555-{s}", f"{a}-555-{s}", f"{a}.555.{s}", f"+1 {a} 555 {s}",
                  f"+1 ({a}) 555-{s}", f"+1-{a}-555-{s}", f"001 {a} 555 {s}",
                  f"1-{a}-555-{s}", f"({a}) 555 {s}"])


PHONE_GEN = {
    "it_mob": phone_it_mob, "it_land": phone_it_land, "gr_mob": phone_gr_mob,
    "gr_land": phone_gr_land, "ro_mob": phone_ro_mob, "ro_land": phone_ro_land,
    "fi_mob": phone_fi_mob, "fi_land": phone_fi_land, "uk_mob": phone_uk_mob,
    "uk_land": phone_uk_land, "us": phone_us,
}

HOME = {"en": "uk", "it": "it", "el": "gr", "ro": "ro", "fi": "fi"}
HOME_ALSO = {"en": ("us",)}

PHONE_MIX = {
    "en": ["uk_mob", "us", "uk_land", "uk_mob", "it_mob", "us", "uk_mob", "uk_land", "gr_mob",
           "us", "uk_mob", "ro_mob", "us", "uk_land", "fi_mob", "uk_mob"],
    "it": ["it_mob", "it_land", "it_mob", "gr_mob", "it_mob", "it_land", "ro_mob", "it_mob",
           "fi_mob", "it_land", "it_mob", "uk_mob", "it_mob", "us", "it_land", "it_mob"],
    "el": ["gr_mob", "gr_land", "gr_mob", "it_mob", "gr_mob", "gr_land", "ro_mob", "gr_mob",
           "fi_mob", "gr_land", "gr_mob", "uk_mob", "gr_mob", "us", "gr_land", "gr_mob"],
    "ro": ["ro_mob", "ro_land", "ro_mob", "it_mob", "ro_mob", "ro_land", "gr_mob", "ro_mob",
           "fi_mob", "ro_land", "ro_mob", "uk_mob", "ro_mob", "us", "ro_land", "ro_mob"],
    "fi": ["fi_mob", "fi_land", "fi_mob", "it_mob", "fi_mob", "fi_land", "gr_mob", "fi_mob",
           "ro_mob", "fi_land", "fi_mob", "uk_mob", "fi_mob", "us", "fi_land", "fi_mob"],
}

# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------


class Person:
    def __init__(self, gender, first, last, first_acc=None, first_voc=None, last_acc=None,
                 last_voc=None, lat_first=None, lat_last=None):
        self.gender = gender
        self.first, self.last = first, last
        self.first_acc = first_acc or first
        self.first_voc = first_voc or first
        self.last_acc = last_acc or last
        self.last_voc = last_voc or last
        self.lat_first = lat_first or ascii_fold(first).lower()
        self.lat_last = lat_last or ascii_fold(last).lower().replace("'", "").replace(" ", "")

    @property
    def full(self):
        return self.first + " " + self.last

    @property
    def full_acc(self):
        return self.first_acc + " " + self.last_acc


EN_FIRST_M = ["James", "Oliver", "Thomas", "Daniel", "Michael", "David", "Harry", "George",
              "Ryan", "Kevin"]
EN_FIRST_F = ["Emma", "Sarah", "Olivia", "Charlotte", "Jessica", "Emily", "Hannah", "Laura",
              "Rachel", "Sophie"]
EN_LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
           "Patel", "Robinson", "Wright", "Thompson", "Evans", "O'Brien", "Hughes", "Clarke"]

GR_FIRST_M = [("Γιώργος", "Γιώργο", "Γιώργο", "giorgos"), ("Νίκος", "Νίκο", "Νίκο", "nikos"),
              ("Δημήτρης", "Δημήτρη", "Δημήτρη", "dimitris"),
              ("Κώστας", "Κώστα", "Κώστα", "kostas"), ("Γιάννης", "Γιάννη", "Γιάννη", "giannis"),
              ("Παναγιώτης", "Παναγιώτη", "Παναγιώτη", "panagiotis"),
              ("Αλέξανδρος", "Αλέξανδρο", "Αλέξανδρε", "alexandros"),
              ("Μιχάλης", "Μιχάλη", "Μιχάλη", "michalis"), ("Σπύρος", "Σπύρο", "Σπύρο", "spyros"),
              ("Θανάσης", "Θανάση", "Θανάση", "thanasis")]
GR_FIRST_F = [("Μαρία", "maria"), ("Ελένη", "eleni"), ("Κατερίνα", "katerina"),
              ("Σοφία", "sofia"), ("Δέσποινα", "despoina"), ("Βασιλική", "vasiliki"),
              ("Χριστίνα", "christina"), ("Γεωργία", "georgia"), ("Αναστασία", "anastasia"),
              ("Ευαγγελία", "evangelia")]
# male nominative, accusative, vocative, female form, latin male, latin female
GR_LAST = [("Παπαδόπουλος", "Παπαδόπουλο", "Παπαδόπουλε", "Παπαδοπούλου", "papadopoulos",
            "papadopoulou"),
           ("Γεωργίου", "Γεωργίου", "Γεωργίου", "Γεωργίου", "georgiou", "georgiou"),
           ("Οικονόμου", "Οικονόμου", "Οικονόμου", "Οικονόμου", "oikonomou", "oikonomou"),
           ("Νικολάου", "Νικολάου", "Νικολάου", "Νικολάου", "nikolaou", "nikolaou"),
           ("Παπαδάκης", "Παπαδάκη", "Παπαδάκη", "Παπαδάκη", "papadakis", "papadaki"),
           ("Καραγιάννης", "Καραγιάννη", "Καραγιάννη", "Καραγιάννη", "karagiannis", "karagianni"),
           ("Μακρής", "Μακρή", "Μακρή", "Μακρή", "makris", "makri"),
           ("Αντωνόπουλος", "Αντωνόπουλο", "Αντωνόπουλε", "Αντωνοπούλου", "antonopoulos",
            "antonopoulou"),
           ("Δημητρίου", "Δημητρίου", "Δημητρίου", "Δημητρίου", "dimitriou", "dimitriou"),
           ("Ιωάννου", "Ιωάννου", "Ιωάννου", "Ιωάννου", "ioannou", "ioannou"),
           ("Βλάχος", "Βλάχο", "Βλάχο", "Βλάχου", "vlachos", "vlachou"),
           ("Κωνσταντίνου", "Κωνσταντίνου", "Κωνσταντίνου", "Κωνσταντίνου", "konstantinou",
            "konstantinou")]

RO_FIRST_M = ["Andrei", "Ștefan", "Mihai", "Răzvan", "Bogdan", "Ionuț", "Cătălin", "Tudor",
              "Alexandru", "Vlad"]
RO_FIRST_F = ["Ioana", "Elena", "Andreea", "Mădălina", "Cristina", "Ștefania", "Alexandra",
              "Irina", "Bianca", "Roxana"]
RO_LAST = ["Popescu", "Ionescu", "Popa", "Dumitrescu", "Stănescu", "Constantinescu",
           "Munteanu", "Țurcanu", "Căpraru", "Radu", "Moldoveanu", "Gheorghiu", "Stoica", "Lungu"]

FI_FIRST_M = ["Matti", "Juha", "Mikko", "Antti", "Jukka", "Ville", "Jussi", "Teemu", "Tuomas",
              "Eero"]
FI_FIRST_F = ["Anna", "Laura", "Sanna", "Tiina", "Päivi", "Johanna", "Aino", "Elina", "Heidi",
              "Minna"]
FI_LAST = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine",
           "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Saarinen"]


def make_person(lang, gender=None):
    g = gender or R.choice("mf")
    if lang == "el":
        last = R.choice(GR_LAST)
        if g == "m":
            f = R.choice(GR_FIRST_M)
            return Person("m", f[0], last[0], f[1], f[2], last[1], last[2], f[3], last[4])
        f = R.choice(GR_FIRST_F)
        return Person("f", f[0], last[3], lat_first=f[1], lat_last=last[5])
    table = {"en": (EN_FIRST_M, EN_FIRST_F, EN_LAST), "it": (IT_FIRST_M, IT_FIRST_F, IT_LAST),
             "ro": (RO_FIRST_M, RO_FIRST_F, RO_LAST), "fi": (FI_FIRST_M, FI_FIRST_F, FI_LAST)}
    m, f, l = table[lang]
    return Person(g, R.choice(m if g == "m" else f), R.choice(l))


# ---------------------------------------------------------------------------
# E-mails, URLs, IPs
# ---------------------------------------------------------------------------

MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com",
           "hotmail.co.uk"],
    "it": ["gmail.com", "libero.it", "hotmail.it", "alice.it", "tiscali.it", "virgilio.it"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "outlook.com"],
    "ro": ["gmail.com", "yahoo.com", "yahoo.ro", "outlook.com"],
    "fi": ["gmail.com", "hotmail.fi", "outlook.com", "luukku.com", "elisanet.fi"],
}


def email_for(lang, p=None):
    p = p or make_person(lang)
    f, l = p.lat_first, p.lat_last
    local = R.choice([f"{f}.{l}", f"{f}.{l}{R.randint(70, 99)}", f"{f[0]}.{l}", f"{f}_{l}",
                      f"{l}.{f}", f"{f}{l}{R.randint(1, 9)}", f"{f}.{l}"])
    dom = R.choice(MAIL_DOMAINS[lang])
    e = f"{local}@{dom}"
    if R.random() < 0.1:
        e = f"{p.lat_first.capitalize()}.{p.lat_last.capitalize()}@{dom}"
    return e


SHOPS = {
    "en": ["homegoods-store.co.uk", "brightbikes.com", "shop.northlight.co.uk"],
    "it": ["negozio-elettronica.it", "casaebagno.it", "shop.modaverde.it"],
    "el": ["ilektrika-shop.gr", "spitiko-market.gr", "eshop.photonio.gr"],
    "ro": ["magazinul-verde.ro", "electrocasa.ro", "shop.librarianoua.ro"],
    "fi": ["kodinkone-kauppa.fi", "pyorapiste.fi", "verkko.sisustus.fi"],
}

PROFILE_WORD = {"en": "account", "it": "profilo", "el": "profile", "ro": "contul-meu",
                "fi": "oma-tili"}


URL_KINDS = {"URL": ["orders", "track", "unsub", "profile", "orders"],
             "URL_PROFILE": ["fb", "ig", "li", "profile"],
             "URL_RESET": ["reset", "reset", "unsub"]}


def gen_url(lang, slot="URL"):
    p = make_person(lang)
    slug = f"{p.lat_first}.{p.lat_last}"
    shop = R.choice(SHOPS[lang])
    hexs = "".join(R.choice("0123456789abcdef") for _ in range(R.choice([24, 32])))
    kind = R.choice(URL_KINDS[slot])
    if kind == "fb":
        return f"https://www.facebook.com/{slug}{R.choice(['', '.' + str(R.randint(1, 99))])}"
    if kind == "ig":
        return f"https://www.instagram.com/{p.lat_first}_{p.lat_last}/"
    if kind == "li":
        return f"https://www.linkedin.com/in/{p.lat_first}-{p.lat_last}-{hexs[:8]}"
    if kind == "orders":
        return f"https://{shop}/{PROFILE_WORD[lang]}/orders?customer_id={digits(6, True)}"
    if kind == "reset":
        return f"https://{shop}/reset-password?token={hexs}"
    if kind == "unsub":
        return (f"https://{shop}/newsletter/unsubscribe?email={p.lat_first}.{p.lat_last}%40"
                f"{R.choice(MAIL_DOMAINS[lang])}")
    if kind == "profile":
        return f"https://{shop}/{PROFILE_WORD[lang]}/{p.lat_first}{p.lat_last}{R.randint(1, 99)}"
    return f"https://{shop}/track?order=58{digits(6)}&email={p.lat_first}%40{R.choice(MAIL_DOMAINS[lang])}"


SITE_PATHS = {"en": ["returns", "delivery", "help/faq", "contact"],
              "it": ["resi", "spedizioni", "assistenza/faq", "contatti"],
              "el": ["epistrofes", "apostoli", "voitheia", "epikoinonia"],
              "ro": ["retur", "livrare", "ajutor/intrebari", "contact"],
              "fi": ["palautukset", "toimitus", "ohjeet", "yhteystiedot"]}


def gen_site(lang):
    shop = R.choice(SHOPS[lang])
    path = R.choice(SITE_PATHS[lang])
    return R.choice([f"https://www.{shop}" if not shop.startswith("shop.") and
                     not shop.startswith("eshop.") and not shop.startswith("verkko.")
                     else f"https://{shop}",
                     f"www.{shop}/{path}" if shop.count(".") == 1 else f"{shop}/{path}",
                     f"https://{shop}/{path}", f"https://{shop}/"])


def gen_ip4():
    if R.random() < 0.2:
        return f"192.168.{R.randint(0, 5)}.{R.randint(2, 254)}"
    first = R.choice([31, 37, 46, 79, 82, 85, 93, 94, 151, 176, 188, 193, 212, 217])
    return f"{first}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"


def gen_ip6():
    pre = R.choice(["2a02", "2001", "2a01", "2a00", "2001:db8"])
    hs = ["%x" % R.randint(0, 0xffff) for _ in range(8)]
    if pre == "2001:db8":
        return f"2001:db8:{hs[0]}:{hs[1]}::{hs[2]}"
    if R.random() < 0.5:
        return f"{pre}:{hs[0]}:{hs[1]}:{hs[2]}::{hs[3]}"
    return ":".join([pre] + hs[:7])


def gen_ip():
    return gen_ip6() if R.random() < 0.35 else gen_ip4()


# ---------------------------------------------------------------------------
# Addresses
# ---------------------------------------------------------------------------


def addr_it():
    typ = R.choice(["Via", "Via", "Viale", "Corso", "Piazza", "Largo", "via"])
    name = R.choice(["Garibaldi", "Roma", "Dante Alighieri", "Giuseppe Mazzini", "Cavour",
                     "Vittorio Emanuele II", "della Repubblica", "dei Mille", "XX Settembre",
                     "San Francesco", "Torino", "Nazionale"])
    num = str(R.randint(1, 180)) + R.choice(["", "", "", "/B", "/A"])
    cap, city, prov = R.choice([("20121", "Milano", "MI"), ("00144", "Roma", "RM"),
                                ("10121", "Torino", "TO"), ("50123", "Firenze", "FI"),
                                ("40126", "Bologna", "BO"), ("80133", "Napoli", "NA"),
                                ("16121", "Genova", "GE"), ("90133", "Palermo", "PA")])
    return R.choice([f"{typ} {name} {num}, {cap} {city}",
                     f"{typ} {name}, {num} - {cap} {city} ({prov})",
                     f"{typ} {name} {num}",
                     f"{typ} {name} {num}, {city}",
                     f"{typ} {name} n. {num}, {cap} {city} {prov}"])


def addr_el():
    if R.random() < 0.35:
        pre = R.choice(["Λεωφόρος ", "Λεωφ. ", "Λ. "])
        street = R.choice(["Κηφισίας", "Μεσογείων", "Συγγρού", "Αλεξάνδρας", "Βουλιαγμένης"])
    else:
        pre = R.choice(["οδός ", "Οδός ", "", "", "Οδ. "])
        street = R.choice(["Ερμού", "Πανεπιστημίου", "Εγνατίας", "Πατησίων", "Σόλωνος",
                           "Ακαδημίας", "Τσιμισκή", "Αγίου Νικολάου", "Αριστοτέλους",
                           "Μητροπόλεως"])
    num = str(R.randint(1, 250))
    tk, city = R.choice([("105 63", "Αθήνα"), ("115 26", "Αθήνα"), ("546 30", "Θεσσαλονίκη"),
                         ("262 21", "Πάτρα"), ("712 02", "Ηράκλειο"), ("176 71", "Καλλιθέα"),
                         ("151 24", "Μαρούσι")])
    return R.choice([f"{pre}{street} {num}, {tk} {city}", f"{pre}{street} {num}",
                     f"{pre}{street} {num}, {city}", f"{pre}{street} {num}, Τ.Κ. {tk}, {city}"])


def addr_ro():
    typ = R.choice(["Strada", "Str.", "Strada", "Bulevardul", "Bd.", "Calea", "Șoseaua",
                    "Aleea", "Splaiul"])
    name = {"Bulevardul": ["Unirii", "Republicii", "Eroilor", "Independenței", "Decebal"],
            "Bd.": ["Unirii", "Republicii", "Eroilor", "Independenței", "Decebal"],"Calea": ["Victoriei", "Moșilor", "Dorobanților"],
            "Splaiul": ["Independenței", "Unirii"],
            "Șoseaua": ["Kiseleff", "Pantelimon", "Colentina"],
            "Aleea": ["Trandafirilor", "Teilor", "Castanilor"]}.get(
        typ, ["Lipscani", "Mihai Eminescu", "Unirii", "Ion Creangă", "Avram Iancu",
              "Republicii", "Ștefan cel Mare", "Memorandumului", "Lalelelor"])
    nm = R.choice(name)
    num = str(R.randint(1, 200))
    cod, city = R.choice([("010071", "București"), ("400001", "Cluj-Napoca"), ("700028", "Iași"),
                          ("300011", "Timișoara"), ("500030", "Brașov"), ("900178", "Constanța")])
    return R.choice([f"{typ} {nm} nr. {num}, {city}",
                     f"{typ} {nm} {num}, bl. {R.choice('ABCDM')}{R.randint(1, 9)}, "
                     f"sc. {R.randint(1, 3)}, ap. {R.randint(1, 60)}, {city}",
                     f"{typ} {nm} nr. {num}, sector {R.randint(1, 6)}, București",
                     f"{typ} {nm} {num}, {cod} {city}",
                     f"{typ} {nm} nr. {num}"])


def addr_fi():
    street = R.choice(["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Rautatienkatu",
                       "Koivukuja", "Yliopistonkatu", "Kauppakatu", "Puistotie",
                       "Itäinen Rantakatu", "Satamakatu", "Pihlajatie", "Kirkkokatu"])
    num = str(R.randint(1, 90))
    pc, city = R.choice([("00100", "Helsinki"), ("33100", "Tampere"), ("20100", "Turku"),
                         ("40100", "Jyväskylä"), ("90100", "Oulu"), ("02100", "Espoo"),
                         ("00530", "Helsinki")])
    st = f"{R.choice('ABCD')} {R.randint(1, 40)}"
    return R.choice([f"{street} {num} {st}, {pc} {city}", f"{street} {num}, {pc} {city}",
                     f"{street} {num} as. {R.randint(1, 40)}", f"{street} {num} {st}",
                     f"{street} {num} {st}, {pc} {city.upper()}"])


def addr_en():
    if R.random() < 0.6:
        name = R.choice(["High", "Station", "Church", "Victoria", "Mill", "Park", "Queen's",
                         "King", "Manor", "Grange"])
        suf = R.choice(["Street", "Road", "Lane", "Avenue", "Close", "Crescent"])
        city, out = R.choice([("Bristol", "BS1"), ("Manchester", "M14"), ("Leeds", "LS6"),
                              ("London", "SE1"), ("London", "N7"), ("Cardiff", "CF10"),
                              ("Glasgow", "G12")])
        pc = f"{out} {R.randint(1, 9)}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        n = R.randint(1, 140)
        return R.choice([f"{n} {name} {suf}, {city} {pc}", f"{n} {name} {suf}",
                         f"Flat {R.randint(1, 12)}, {n} {name} {suf}, {city} {pc}",
                         f"{n} {name} {suf}, {city}"])
    name = R.choice(["Oak", "Maple", "Cedar", "Elm", "Washington", "Lincoln", "Lake"])
    suf = R.choice(["Avenue", "Street", "Drive", "Boulevard", "Road"])
    city, st, z = R.choice([("Springfield", "IL", "627"), ("Portland", "OR", "972"),
                            ("Austin", "TX", "787"), ("Columbus", "OH", "432")])
    n = R.randint(100, 4999)
    return R.choice([f"{n} {name} {suf}, {city}, {st} {z}{digits(2)}",
                     f"Apt {R.randint(1, 20)}{R.choice('ABC')}, {n} {name} {suf}, {city}, {st} "
                     f"{z}{digits(2)}",
                     f"{n} {name} {suf}"])


ADDR_GEN = {"en": addr_en, "it": addr_it, "el": addr_el, "ro": addr_ro, "fi": addr_fi}

# ---------------------------------------------------------------------------
# Tricky negatives (written forms)
# ---------------------------------------------------------------------------


def neg_digits(n, first=None):
    while True:
        s = (first or R.choice("123456789")) + digits(n - 1)
        if not any_check_passes(s):
            return s


def gen_price(lang):
    big = f"{R.randint(1, 3)}{digits(3)}"
    small = f"{R.randint(5, 99)}"
    c = digits(2)
    if lang == "en":
        return R.choice([f"£{big[0]},{big[1:]}.{c}", f"£{small}.{c}", f"${small}.{c}",
                         f"€{small}.{c}", f"£{big[0]},{big[1:]}"])
    if lang == "fi":
        return R.choice([f"{big[0]} {big[1:]},{c} €", f"{small},{c} €", f"{small},{c} euroa",
                         f"€ {small},{c}"])
    if lang == "ro":
        return R.choice([f"{big[0]}.{big[1:]},{c} lei", f"{small},{c} RON", f"€ {small},{c}",
                         f"{small},{c} lei"])
    return R.choice([f"{big[0]}.{big[1:]},{c} €", f"€ {small},{c}", f"{small},{c} euro"
                     if lang == "it" else f"{small},{c}€", f"{small},{c} €"])


MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"],
          "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                 "agosto", "settembre", "ottobre", "novembre", "dicembre"],
          "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου",
                 "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
          "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie",
                 "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
          "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta",
                 "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta",
                 "joulukuuta"]}


def gen_date(lang):
    d = datetime.date(2026, 1, 1) + datetime.timedelta(days=R.randint(0, 300))
    m = MONTHS[lang][d.month - 1]
    if lang == "en":
        return R.choice([d.strftime("%d/%m/%Y"), d.isoformat(), f"{m} {d.day}, {d.year}",
                         f"{d.day} {m} {d.year}"])
    if lang == "fi":
        return R.choice([f"{d.day}.{d.month}.{d.year}", d.strftime("%d.%m.%Y"), d.isoformat(),
                         f"{d.day}. {m} {d.year}"])
    return R.choice([d.strftime("%d/%m/%Y"), d.isoformat(), d.strftime("%d.%m.%Y"),
                     f"{d.day} {m} {d.year}"])


def gen_time(lang, late=False):
    h, m = (R.randint(13, 20) if late else R.randint(8, 12)), R.choice([0, 15, 30, 45])
    if lang == "fi":
        return f"{h}.{m:02d}"
    if lang == "en":
        return f"{h - 12 if h > 12 else h}:{m:02d} {'pm' if h >= 12 else 'am'}"
    return f"{h}:{m:02d}"


def gen_order(lang):
    return R.choice([f"#{neg_digits(9, '1')}", f"ORD-2026-{digits(6)}",
                     f"{R.choice('ABCKRW')}-{digits(5, True)}", neg_digits(8, '1'),
                     f"{R.choice(['WEB', 'SO', 'PO'])}{neg_digits(7, '2')}"])


def gen_track(lang):
    k = R.random()
    if k < 0.4:
        body = digits(8)
        w = [8, 6, 4, 2, 3, 5, 9, 7]
        s = 11 - sum(int(a) * b for a, b in zip(body, w)) % 11
        c = {10: 0, 11: 5}.get(s, s)
        cc = {"en": "GB", "it": "IT", "el": "GR", "ro": "RO", "fi": "FI"}[lang]
        return f"{R.choice(['RR', 'RA', 'CP', 'LX'])}{body}{c}{cc}"
    if k < 0.7:
        return "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16))
    return "JJD" + neg_digits(18, "0")


def gen_sku(lang):
    k = R.random()
    if k < 0.5:
        while True:
            body = R.choice(["400", "800", "520", "590", "640", "594"]) + digits(9)
            for c in "0123456789":
                if ean13_ok(body + c):
                    s = body + c
                    break
            if not any_check_passes(s):
                return s
    if k < 0.8:
        return f"{R.choice(['ART', 'SKU', 'REF'])}-{digits(4, True)}-{R.choice('ABCDXZ')}"
    return f"{R.choice('ABCDEFGH')}{R.choice('KLMNPRST')}{digits(3, True)}{R.choice(['', '/XL', '/42', '-BLK'])}"


def gen_version(lang):
    return R.choice([f"{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}",
                     f"v{R.randint(1, 5)}.{R.randint(0, 12)}", f"{R.randint(2, 14)}.{R.randint(0, 9)}.{R.randint(0, 30)}"])


def gen_invoice(lang):
    return R.choice([f"FT/2026/{digits(5)}", f"2026-{digits(6)}", f"{R.choice('ABF')}-{digits(4, True)}",
                     f"{digits(4, True)}/2026"])


# ---------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------
# Slots:  {CARD} {IBAN} {CF} {PIVA} {AMKA} {AFM} {CNP} {HETU}   valid ids (entities)
#         {X_BAD} for each of these: one digit/char changed, check fails (distractor)
#         {PHONE} {EMAIL} {URL} {IP} {ADDR}                     entities
#         {FULL} {FIRST} {LAST} {FULL_ACC} {FIRST_VOC} {LAST_VOC} {FIRST_ACC}  person (one per sentence)
#         {SITE} non-personal URL; {PRICE} {PRICE2} {DATE} {TIME} {TIME2} {ORDER} {TRACK}
#         {SKU} {QTY} {YEAR} {VER} {INVOICE}                    distractors (not entities)
# A template may start with "m|" or "f|" to fix the person's gender.

T = {}

T["en"] = {
    "CARD": [
        "Hi, I'd like to pay the balance with my card {CARD}, expiry 09/27.",
        "Card number: {CARD}",
        "Customer: the charge shows on card {CARD} but the parcel never arrived.",
        "Can you refund it to {CARD}? That's the card I used.",
        "I typed {CARD} at checkout and it said the payment failed.",
        "here you go {CARD}",
    ],
    "IBAN": [
        "Please send the refund to my IBAN {IBAN}.",
        "IBAN: {IBAN}, account holder {FULL}.",
        "The transfer came from {IBAN} on {DATE}, could you check it?",
        "My new account is {IBAN}, the old one is closed.",
        "Refund to {IBAN} please",
    ],
    "ID": [
        "My Italian tax code (codice fiscale) is {CF}.",
        "Codice fiscale: {CF} - I live in Manchester now but the contract is Italian.",
        "My Finnish personal identity code is {HETU}.",
        "The Helsinki office asked for my henkilötunnus, it's {HETU}.",
        "For the Romanian invoice they wanted my CNP, it's {CNP}.",
        "My Greek AMKA is {AMKA}, in case you need it for the form.",
        "The Greek tax number (AFM) on the invoice should be {AFM}.",
        "Partita IVA of my business in Turin: {PIVA}.",
    ],
    "PHONE": [
        "You can call me back on {PHONE}.",
        "My number is {PHONE}, best after 5pm.",
        "Agent: could you confirm the phone number on the account? Customer: yes, it's {PHONE}.",
        "Text me at {PHONE} when the courier is on the way.",
        "{PHONE} is the best number to reach me.",
        "Please ring {PHONE} rather than the number on the order.",
        "Tel: {PHONE}",
    ],
    "EMAIL": [
        "My email is {EMAIL}.",
        "Please send the invoice to {EMAIL} instead.",
        "I've written twice from {EMAIL} and had no answer.",
        "Customer: you can reach me at {EMAIL} or on this chat.",
        "{EMAIL} - that's the address on the account.",
    ],
    "URL": [
        "Here's my profile so you can see the review: {URL_PROFILE}",
        "The reset link you sent, {URL_RESET}, has expired.",
        "I can't open {URL}, it says access denied.",
        "You can check it yourself here: {URL}",
    ],
    "SITE": [
        "I bought it on {SITE} last week.",
        "The returns page {SITE} doesn't say anything about shoes.",
        "Is {SITE} the official shop?",
        "Everything is explained at {SITE}, thanks.",
    ],
    "IP": [
        "Your site blocked my IP {IP}, can you unblock it?",
        "The login alert said someone signed in from {IP}.",
        "My router shows the address {IP} if that helps the technician.",
    ],
    "PERSON": [
        "Hi, my name is {FULL} and I have a problem with my order.",
        "m|Dear Mr {LAST}, thank you for your patience.",
        "f|Dear Ms {LAST}, thank you for getting in touch.",
        "f|Dear Mrs {LAST}, we are sorry for the delay.",
        "Best regards, {FIRST}",
        "Kind regards,\n{FULL}",
        "f|I spoke to {FULL} yesterday and she promised a refund.",
        "m|I spoke to {FULL} on Monday and he said it was sorted.",
        "I'm {FULL}, the account holder.",
        "Thanks {FIRST}, that solved it!",
        "Hello, this is {FIRST} from the Leeds branch.",
    ],
    "ADDR": [
        "Please deliver to {ADDR}.",
        "My address is {ADDR}.",
        "The parcel went to {ADDR} but I moved last month.",
        "Billing address: {ADDR}",
    ],
    "NEG": [
        "The total was {PRICE} including VAT.",
        "Your order {ORDER} was shipped on {DATE}.",
        "Tracking number {TRACK}, expected delivery {DATE}.",
        "I ordered {QTY} units of SKU {SKU} and got only half.",
        "The app is on version {VER} and still crashes.",
        "We're open from {TIME} to {TIME2} Monday to Friday.",
        "Will you refund the {PRICE} or send a voucher?",
        "Bill me for the remaining {PRICE}, please.",
        "I've been a customer since {YEAR} and this is the worst service.",
        "Order total: {PRICE}, paid on {DATE} at {TIME}.",
        "Mark the ticket as resolved, thanks.",
        "Invoice {INVOICE} dated {DATE}, amount due {PRICE}.",
        "Product code {SKU}, size 42, colour navy.",
        "Please quote reference {ORDER} in every email.",
        "Grace period is 30 days from {DATE}.",
        "Dear customer, your order {ORDER} is ready for collection.",
        "Discounted price: {PRICE} instead of {PRICE2}.",
        "Our Oxford Street store closes at {TIME} today.",
    ],
    "MULTI": [
        "Hi, I'm {FULL}, my number is {PHONE} and my email {EMAIL}.",
        "Ship to {FULL}, {ADDR}, phone {PHONE}.",
        "Name: {FULL}\nEmail: {EMAIL}\nPhone: {PHONE}",
        "Refund {PRICE} to IBAN {IBAN}, account holder {FULL}.",
        "Agent: thanks {FIRST}, I've updated the delivery address to {ADDR}.",
    ],
}

T["it"] = {
    "CARD": [
        "Ho pagato con la carta {CARD}, ma l'addebito è doppio.",
        "Numero carta: {CARD}, scadenza 11/28.",
        "Cliente: il numero della carta è {CARD}, può verificare?",
        "Potete riaccreditare l'importo sulla carta {CARD}?",
        "La mia carta {CARD} è stata rifiutata al pagamento.",
        "eccola {CARD}",
    ],
    "IBAN": [
        "Vi prego di effettuare il rimborso sul mio IBAN {IBAN}.",
        "IBAN: {IBAN}, intestato a {FULL}.",
        "Il bonifico è partito dal conto {IBAN} il {DATE}.",
        "Ecco le coordinate bancarie: {IBAN}",
        "Ho cambiato banca, il nuovo IBAN è {IBAN}.",
    ],
    "ID": [
        "Il mio codice fiscale è {CF}.",
        "C.F. {CF}, per la fattura.",
        "Per la fattura elettronica devo inserire il codice fiscale: {CF}",
        "Cliente: sì, le detto il codice fiscale, {CF}.",
        "Le confermo i dati: {CF}",
        "{CF} è il codice fiscale di mia madre, l'ordine è a suo nome.",
        "La nostra partita IVA è {PIVA}.",
        "P.IVA {PIVA} - intestare la fattura alla ditta.",
        "Fattura intestata alla ditta individuale, partita IVA {PIVA}, sede a Bologna.",
        "Il numero di partita IVA da inserire è {PIVA}.",
    ],
    "PHONE": [
        "Mi può richiamare al {PHONE}?",
        "Il mio numero di telefono è {PHONE}.",
        "Operatore: mi conferma il numero di telefono? Cliente: certo, {PHONE}.",
        "Per la consegna il corriere può chiamare il {PHONE}.",
        "Tel. {PHONE} (dalle 9 alle 13)",
        "Scrivetemi pure su WhatsApp al {PHONE}.",
        "{PHONE} è il numero dove mi trovate durante il giorno.",
    ],
    "EMAIL": [
        "La mia email è {EMAIL}.",
        "Può inviare la fattura a {EMAIL}?",
        "Ho scritto già due volte da {EMAIL} senza risposta.",
        "Indirizzo e-mail: {EMAIL}",
        "Vi ho mandato le foto via email da {EMAIL}.",
    ],
    "URL": [
        "Ecco il link al mio profilo: {URL_PROFILE}",
        "Il link per reimpostare la password, {URL_RESET}, non funziona.",
        "Dalla pagina {URL} vedo ancora l'ordine annullato.",
        "Vi giro il link che ho ricevuto: {URL}",
    ],
    "SITE": [
        "L'ho comprato su {SITE} la settimana scorsa.",
        "Sul sito {SITE} non trovo le condizioni di reso.",
        "Le istruzioni sono su {SITE}, sezione download.",
        "È {SITE} il vostro negozio ufficiale?",
    ],
    "IP": [
        "Il vostro sito ha bloccato il mio indirizzo IP {IP}.",
        "Nell'avviso di accesso risulta l'IP {IP}, non ero io.",
        "Il tecnico mi ha chiesto l'IP del modem: {IP}.",
    ],
    "PERSON": [
        "Buongiorno, mi chiamo {FULL} e vi scrivo per un reso.",
        "Salve, sono {FULL}, ho un problema con la consegna.",
        "m|Gentile Sig. {LAST}, la ringraziamo per averci contattato.",
        "f|Gentile Sig.ra {LAST}, ci scusiamo per il ritardo.",
        "m|Egregio Dott. {LAST}, le confermo l'appuntamento.",
        "Cordiali saluti,\n{FIRST}",
        "Distinti saluti, {FULL}",
        "Ieri ho parlato con {FULL} del vostro servizio clienti.",
        "Grazie mille {FIRST}, tutto risolto!",
        "m|Il pacco l'ha ritirato mio marito, {FULL}.",
        "f|Il pacco l'ha ritirato mia moglie, {FULL}.",
    ],
    "ADDR": [
        "Spedite pure a {ADDR}.",
        "Il mio indirizzo è {ADDR}.",
        "Indirizzo di consegna: {ADDR}",
        "Il corriere è andato all'indirizzo vecchio, {ADDR}, ma io abito altrove da un mese.",
    ],
    "NEG": [
        "Il totale dell'ordine è di {PRICE}.",
        "L'ordine {ORDER} è stato spedito il {DATE}.",
        "Numero di tracking {TRACK}, consegna prevista per il {DATE}.",
        "Ho ordinato {QTY} pezzi del codice articolo {SKU}.",
        "L'app è alla versione {VER} ma si blocca ancora.",
        "Siamo aperti dalle {TIME} alle {TIME2}.",
        "Serena giornata e grazie per la pazienza!",
        "Via WhatsApp mi avevate detto che il rimborso era di {PRICE}.",
        "Fattura n. {INVOICE} del {DATE}, importo {PRICE}.",
        "Sono cliente dal {YEAR}, mai avuto un problema simile.",
        "Rosa o blu? Il modello {SKU} è disponibile in entrambi i colori.",
        "Il reso di {QTY} articoli è stato registrato alle {TIME}.",
        "Prezzo scontato: {PRICE} anziché {PRICE2}.",
        "Gentile cliente, l'ordine {ORDER} è pronto per il ritiro.",
        "Le scrivo in merito all'ordine {ORDER} del {DATE}.",
        "Il pacco pesa {QTY} kg e costa {PRICE} di spedizione.",
        "Franco domicilio, consegna entro il {DATE}.",
        "Codice sconto ESTATE{YEAR}: non funziona.",
    ],
    "MULTI": [
        "Salve, sono {FULL}, il mio numero è {PHONE} e la mail {EMAIL}.",
        "Spedire a {FULL}, {ADDR}, tel. {PHONE}.",
        "Nome: {FULL}\nEmail: {EMAIL}\nTelefono: {PHONE}",
        "Rimborso di {PRICE} sull'IBAN {IBAN}, intestato a {FULL}.",
        "Operatore: grazie {FIRST}, ho aggiornato l'indirizzo di consegna in {ADDR}.",
    ],
}

T["el"] = {
    "CARD": [
        "Πλήρωσα με την κάρτα {CARD} αλλά η χρέωση έγινε δύο φορές.",
        "Αριθμός κάρτας: {CARD}",
        "Μπορείτε να επιστρέψετε τα χρήματα στην κάρτα {CARD};",
        "Η κάρτα μου {CARD} απορρίφθηκε στην πληρωμή.",
        "Πελάτης: ο αριθμός της κάρτας είναι {CARD}, λήγει 04/28.",
        "ορίστε {CARD}",
    ],
    "IBAN": [
        "Παρακαλώ κάντε την επιστροφή στο IBAN μου {IBAN}.",
        "IBAN: {IBAN}, δικαιούχος {FULL}.",
        "Η μεταφορά έγινε από τον λογαριασμό {IBAN} στις {DATE}.",
        "Ο νέος μου λογαριασμός είναι {IBAN}.",
        "Στοιχεία τραπεζικού λογαριασμού: {IBAN}",
    ],
    "ID": [
        "Ο ΑΜΚΑ μου είναι {AMKA}.",
        "ΑΜΚΑ: {AMKA}",
        "Για την αίτηση χρειάζεστε τον ΑΜΚΑ; Είναι {AMKA}.",
        "Σας στέλνω τον αριθμό μητρώου κοινωνικής ασφάλισης: {AMKA}",
        "{AMKA} είναι ο ΑΜΚΑ του πατέρα μου, η παραγγελία είναι στο όνομά του.",
        "Το ΑΦΜ μου είναι {AFM}.",
        "Α.Φ.Μ.: {AFM}, ΔΟΥ Καλαμαριάς",
        "Για το τιμολόγιο: ΑΦΜ {AFM}.",
        "Παρακαλώ βγάλτε τιμολόγιο με αριθμό φορολογικού μητρώου {AFM}.",
        "Σας ξαναστέλνω τα στοιχεία: {AFM}",
    ],
    "PHONE": [
        "Μπορείτε να με καλέσετε στο {PHONE};",
        "Το τηλέφωνό μου είναι {PHONE}.",
        "Υπάλληλος: μου επιβεβαιώνετε το τηλέφωνο; Πελάτης: ναι, {PHONE}.",
        "Ο κούριερ μπορεί να καλέσει στο {PHONE} πριν έρθει.",
        "Τηλ. {PHONE} (απογευματινές ώρες)",
        "Στείλτε μου μήνυμα στο {PHONE}.",
        "{PHONE} είναι το τηλέφωνο που με βρίσκετε όλη μέρα.",
    ],
    "EMAIL": [
        "Το email μου είναι {EMAIL}.",
        "Μπορείτε να στείλετε το τιμολόγιο στο {EMAIL};",
        "Έχω στείλει ήδη δύο μηνύματα από το {EMAIL}.",
        "Διεύθυνση ηλεκτρονικού ταχυδρομείου: {EMAIL}",
        "Γράψτε μου στο {EMAIL} όταν σταλεί το δέμα.",
    ],
    "URL": [
        "Αυτό είναι το προφίλ μου: {URL_PROFILE}",
        "Ο σύνδεσμος επαναφοράς κωδικού {URL_RESET} δεν λειτουργεί.",
        "Στη σελίδα {URL} φαίνεται ακόμα η ακυρωμένη παραγγελία.",
        "Σας προωθώ τον σύνδεσμο που έλαβα: {URL}",
    ],
    "SITE": [
        "Το αγόρασα από το {SITE} την περασμένη εβδομάδα.",
        "Στο {SITE} δεν βρίσκω την πολιτική επιστροφών.",
        "Οι οδηγίες είναι στο {SITE}.",
        "Είναι το {SITE} το επίσημο κατάστημά σας;",
    ],
    "IP": [
        "Η σελίδα σας μπλόκαρε τη διεύθυνση IP μου {IP}.",
        "Στην ειδοποίηση σύνδεσης εμφανίζεται η IP {IP}, δεν ήμουν εγώ.",
        "Ο τεχνικός ζήτησε την IP του ρούτερ: {IP}.",
    ],
    "PERSON": [
        "Καλημέρα, ονομάζομαι {FULL} και έχω πρόβλημα με την παραγγελία μου.",
        "Γεια σας, με λένε {FULL_ACC}.",
        "m|Αγαπητέ κύριε {LAST_VOC}, σας ευχαριστούμε για την υπομονή σας.",
        "f|Αγαπητή κυρία {LAST}, ζητούμε συγγνώμη για την καθυστέρηση.",
        "Με εκτίμηση,\n{FULL}",
        "Φιλικά, {FIRST}",
        "m|Χθες μίλησα με τον {FULL_ACC} από την εξυπηρέτηση πελατών.",
        "f|Χθες μίλησα με την κυρία {LAST} από την εξυπηρέτηση πελατών.",
        "m|Είμαι ο {FULL}, ο κάτοχος του λογαριασμού.",
        "f|Είμαι η {FULL}, η κάτοχος του λογαριασμού.",
        "Ευχαριστώ πολύ, {FIRST_VOC}!",
    ],
    "ADDR": [
        "Η διεύθυνσή μου είναι {ADDR}.",
        "Στείλτε το δέμα στη διεύθυνση {ADDR}.",
        "Διεύθυνση αποστολής: {ADDR}",
        "Ο κούριερ πήγε στην παλιά μου διεύθυνση, {ADDR}, αλλά έχω μετακομίσει.",
    ],
    "NEG": [
        "Το σύνολο της παραγγελίας ήταν {PRICE}.",
        "Η παραγγελία {ORDER} στάλθηκε στις {DATE}.",
        "Αριθμός αποστολής {TRACK}, αναμενόμενη παράδοση {DATE}.",
        "Παρήγγειλα {QTY} τεμάχια του κωδικού {SKU}.",
        "Η εφαρμογή είναι στην έκδοση {VER} και κολλάει ακόμα.",
        "Είμαστε ανοιχτά από {TIME} έως {TIME2}.",
        "Χαρά μου να σας εξυπηρετήσω!",
        "Τιμολόγιο αρ. {INVOICE} της {DATE}, ποσό {PRICE}.",
        "Είμαι πελάτης σας από το {YEAR}.",
        "Τιμή με έκπτωση: {PRICE} αντί για {PRICE2}.",
        "Η επιστροφή {QTY} προϊόντων καταχωρήθηκε στις {TIME}.",
        "Ο κωδικός προϊόντος {SKU} δεν είναι διαθέσιμος σε μέγεθος 42.",
        "Αγαπητέ πελάτη, η παραγγελία σας {ORDER} είναι έτοιμη.",
        "Σας γράφω για την παραγγελία {ORDER} της {DATE}.",
        "Το δέμα ζυγίζει {QTY} κιλά και τα μεταφορικά κοστίζουν {PRICE}.",
        "Οδός κλειστή λόγω έργων, η παράδοση θα γίνει αύριο.",
        "Ο κωδικός έκπτωσης SUMMER{YEAR} δεν λειτουργεί.",
        "Η πληρωμή των {PRICE} έγινε στις {DATE} και ώρα {TIME}.",
    ],
    "MULTI": [
        "Γεια σας, ονομάζομαι {FULL}, το τηλέφωνό μου είναι {PHONE} και το email {EMAIL}.",
        "Αποστολή σε: {FULL}, {ADDR}, τηλ. {PHONE}.",
        "Όνομα: {FULL}\nEmail: {EMAIL}\nΤηλέφωνο: {PHONE}",
        "Επιστροφή {PRICE} στο IBAN {IBAN}, δικαιούχος {FULL}.",
        "Υπάλληλος: ευχαριστώ, {FIRST_VOC}, άλλαξα τη διεύθυνση παράδοσης σε {ADDR}.",
    ],
}

T["ro"] = {
    "CARD": [
        "Am plătit cu cardul {CARD}, dar suma a fost retrasă de două ori.",
        "Numărul cardului: {CARD}",
        "Puteți returna banii pe cardul {CARD}?",
        "Cardul meu {CARD} a fost refuzat la plată.",
        "Client: numărul de card este {CARD}, expiră în 06/29.",
        "poftim {CARD}",
    ],
    "IBAN": [
        "Vă rog să faceți rambursarea în contul IBAN {IBAN}.",
        "IBAN: {IBAN}, titular {FULL}.",
        "Transferul a fost făcut din contul {IBAN} pe {DATE}.",
        "Noul meu cont este {IBAN}.",
        "Datele bancare: {IBAN}",
    ],
    "ID": [
        "CNP-ul meu este {CNP}.",
        "CNP: {CNP}",
        "Pentru factură aveți nevoie de codul numeric personal? Este {CNP}.",
        "Vă trimit din nou CNP-ul: {CNP}",
        "{CNP} este CNP-ul mamei mele, comanda e pe numele ei.",
        "Operator: îmi puteți spune codul numeric personal? Client: da, {CNP}.",
        "Datele mele sunt: {CNP}",
    ],
    "PHONE": [
        "Mă puteți suna înapoi la {PHONE}?",
        "Numărul meu de telefon este {PHONE}.",
        "Operator: îmi confirmați numărul de telefon? Client: da, {PHONE}.",
        "Curierul mă poate suna la {PHONE} înainte de livrare.",
        "Tel. {PHONE} (după ora 17)",
        "Trimiteți-mi un SMS la {PHONE}.",
        "{PHONE} este numărul la care mă găsiți ziua.",
    ],
    "EMAIL": [
        "Adresa mea de e-mail este {EMAIL}.",
        "Puteți trimite factura la {EMAIL}?",
        "V-am scris deja de două ori de pe {EMAIL}.",
        "E-mail: {EMAIL}",
        "Scrieți-mi pe {EMAIL} când pleacă coletul.",
    ],
    "URL": [
        "Acesta este profilul meu: {URL_PROFILE}",
        "Linkul de resetare a parolei, {URL_RESET}, nu funcționează.",
        "Pe pagina {URL} văd încă comanda anulată.",
        "Vă trimit linkul primit: {URL}",
    ],
    "SITE": [
        "Am cumpărat produsul de pe {SITE} săptămâna trecută.",
        "Pe {SITE} nu găsesc politica de retur.",
        "Instrucțiunile sunt pe {SITE}.",
        "{SITE} este magazinul vostru oficial?",
    ],
    "IP": [
        "Site-ul vostru mi-a blocat adresa IP {IP}.",
        "În alerta de conectare apare IP-ul {IP}, nu am fost eu.",
        "Tehnicianul mi-a cerut IP-ul routerului: {IP}.",
    ],
    "PERSON": [
        "Bună ziua, mă numesc {FULL} și am o problemă cu comanda.",
        "m|Sunt {FULL}, titularul contului.",
        "f|Sunt {FULL}, titulara contului.",
        "m|Stimate domnule {LAST}, vă mulțumim pentru răbdare.",
        "f|Stimată doamnă {LAST}, ne cerem scuze pentru întârziere.",
        "Cu stimă,\n{FULL}",
        "Mulțumesc, {FIRST}!",
        "Ieri am vorbit cu {FULL} de la serviciul clienți.",
        "Numele meu este {FULL}.",
        "Toate cele bune, {FIRST}",
    ],
    "ADDR": [
        "Adresa mea este {ADDR}.",
        "Trimiteți coletul la {ADDR}.",
        "Adresa de livrare: {ADDR}",
        "Curierul a mers la adresa veche, {ADDR}, dar m-am mutat.",
    ],
    "NEG": [
        "Totalul comenzii a fost {PRICE}.",
        "Comanda {ORDER} a fost expediată pe {DATE}.",
        "Număr AWB {TRACK}, livrare estimată {DATE}.",
        "Am comandat {QTY} bucăți din codul de produs {SKU}.",
        "Aplicația are versiunea {VER} și tot se blochează.",
        "Programul este între {TIME} și {TIME2}.",
        "Speranța mea e să primesc coletul mâine.",
        "Factura nr. {INVOICE} din {DATE}, suma {PRICE}.",
        "Sunt client din {YEAR}.",
        "Preț redus: {PRICE} în loc de {PRICE2}.",
        "Returul pentru {QTY} produse a fost înregistrat la ora {TIME}.",
        "Stimate client, comanda dumneavoastră {ORDER} este gata.",
        "Strada e blocată, curierul nu poate ajunge azi.",
        "Vă scriu în legătură cu comanda {ORDER} din {DATE}.",
        "Coletul are {QTY} kg, iar transportul costă {PRICE}.",
        "Codul de reducere VARA{YEAR} nu funcționează.",
        "Plata de {PRICE} a fost făcută pe {DATE} la ora {TIME}.",
        "Produsul {SKU} nu mai este pe stoc.",
    ],
    "MULTI": [
        "Bună, sunt {FULL}, numărul meu este {PHONE} și e-mailul {EMAIL}.",
        "Livrare către {FULL}, {ADDR}, tel. {PHONE}.",
        "Nume: {FULL}\nE-mail: {EMAIL}\nTelefon: {PHONE}",
        "Rambursare {PRICE} în IBAN {IBAN}, titular {FULL}.",
        "Operator: mulțumesc, {FIRST}, am schimbat adresa de livrare în {ADDR}.",
    ],
}

T["fi"] = {
    "CARD": [
        "Maksoin kortilla {CARD}, mutta veloitus tuli kahdesti.",
        "Kortin numero: {CARD}",
        "Voitteko palauttaa rahat kortille {CARD}?",
        "Korttini {CARD} hylättiin maksussa.",
        "Asiakas: kortin numero on {CARD}, voimassa 03/28 asti.",
        "tässä {CARD}",
    ],
    "IBAN": [
        "Palauttakaa rahat tililleni {IBAN}.",
        "IBAN: {IBAN}, tilin omistaja {FULL}.",
        "Tilisiirto tuli tililtä {IBAN} päivämäärällä {DATE}.",
        "Uusi tilinumeroni on {IBAN}.",
        "Tilitiedot: {IBAN}",
    ],
    "ID": [
        "Henkilötunnukseni on {HETU}.",
        "Hetu: {HETU}",
        "Tarvitsetteko henkilötunnuksen? Se on {HETU}.",
        "Lähetän vielä henkilötunnuksen: {HETU}",
        "{HETU} on äitini henkilötunnus, tilaus on hänen nimissään.",
        "Asiakaspalvelija: voitteko kertoa henkilötunnuksenne? Asiakas: joo, {HETU}.",
        "Tässä tietoni: {HETU}",
    ],
    "PHONE": [
        "Voitteko soittaa minulle numeroon {PHONE}?",
        "Puhelinnumeroni on {PHONE}.",
        "Asiakaspalvelija: vahvistatteko puhelinnumeron? Asiakas: kyllä, {PHONE}.",
        "Kuriiri voi soittaa numeroon {PHONE} ennen toimitusta.",
        "Puh. {PHONE} (iltaisin)",
        "Laittakaa tekstiviesti numeroon {PHONE}.",
        "{PHONE} - soittakaa tähän numeroon päivisin.",
    ],
    "EMAIL": [
        "Sähköpostini on {EMAIL}.",
        "Voitteko lähettää laskun osoitteeseen {EMAIL}?",
        "Olen kirjoittanut jo kahdesti osoitteesta {EMAIL}.",
        "Sähköposti: {EMAIL}",
        "Ilmoittakaa osoitteeseen {EMAIL}, kun paketti lähtee.",
    ],
    "URL": [
        "Tässä on profiilini: {URL_PROFILE}",
        "Salasanan palautuslinkki {URL_RESET} ei toimi.",
        "Sivulla {URL} näkyy yhä peruttu tilaus.",
        "Välitän saamani linkin: {URL}",
    ],
    "SITE": [
        "Ostin tuotteen sivulta {SITE} viime viikolla.",
        "Sivustolla {SITE} ei kerrota palautusehdoista.",
        "Ohjeet löytyvät osoitteesta {SITE}.",
        "Onko {SITE} teidän virallinen verkkokauppanne?",
    ],
    "IP": [
        "Sivustonne esti IP-osoitteeni {IP}.",
        "Kirjautumisilmoituksessa näkyy IP {IP}, en ollut se minä.",
        "Teknikko pyysi reitittimen IP-osoitteen: {IP}.",
    ],
    "PERSON": [
        "Hei, nimeni on {FULL} ja minulla on ongelma tilauksen kanssa.",
        "Olen {FULL}, tilin omistaja.",
        "Hei {FIRST}, kiitos yhteydenotostasi.",
        "Ystävällisin terveisin,\n{FULL}",
        "Terveisin {FIRST}",
        "Eilen puhelimessa ollut asiakaspalvelija {FULL} lupasi hyvityksen.",
        "Nimeni on {FIRST}, soitin eilen samasta asiasta.",
        "Hyvä {FULL}, kiitos viestistäsi.",
        "Kiitos avusta, {FIRST}!",
    ],
    "ADDR": [
        "Osoitteeni on {ADDR}.",
        "Lähettäkää paketti osoitteeseen {ADDR}.",
        "Toimitusosoite: {ADDR}",
        "Kuriiri vei paketin vanhaan osoitteeseeni {ADDR}, vaikka muutin kuukausi sitten.",
    ],
    "NEG": [
        "Tilauksen loppusumma oli {PRICE}.",
        "Tilaus {ORDER} lähetettiin {DATE}.",
        "Seurantanumero {TRACK}, arvioitu toimitus {DATE}.",
        "Tilasin {QTY} kappaletta tuotekoodia {SKU}.",
        "Sovellus on versiossa {VER} ja kaatuu edelleen.",
        "Olemme auki klo {TIME}–{TIME2}.",
        "Onni oli matkassa, paketti löytyi!",
        "Lasku nro {INVOICE}, päivätty {DATE}, summa {PRICE}.",
        "Olen ollut asiakkaana vuodesta {YEAR}.",
        "Alennettu hinta: {PRICE}, normaalisti {PRICE2}.",
        "Palautus {QTY} tuotteesta kirjattiin klo {TIME}.",
        "Hyvä asiakas, tilauksesi {ORDER} on noudettavissa.",
        "Katu oli suljettu, joten kuriiri ei päässyt perille.",
        "Kirjoitan tilauksesta {ORDER}, joka tehtiin {DATE}.",
        "Paketti painaa {QTY} kg ja toimitus maksaa {PRICE}.",
        "Alennuskoodi KESA{YEAR} ei toimi.",
        "Maksu {PRICE} tehtiin {DATE} klo {TIME}.",
        "Tuote {SKU} on loppuunmyyty.",
    ],
    "MULTI": [
        "Hei, olen {FULL}, numeroni on {PHONE} ja sähköpostini {EMAIL}.",
        "Toimitus: {FULL}, {ADDR}, puh. {PHONE}.",
        "Nimi: {FULL}\nSähköposti: {EMAIL}\nPuhelin: {PHONE}",
        "Hyvitys {PRICE} tilille {IBAN}, tilin omistaja {FULL}.",
        "Asiakaspalvelija: kiitos {FIRST}, päivitin toimitusosoitteeksi {ADDR}.",
    ],
}

# How many sentences of each category per language (valid, invalid where it applies)
PLAN = {
    "CARD": (7, 3), "IBAN": (7, 3), "ID": (14, 7), "PHONE": (16, 0), "EMAIL": (9, 0),
    "URL": (5, 0), "SITE": (4, 0), "IP": (5, 0), "PERSON": (12, 0), "ADDR": (9, 0),
    "NEG": (16, 0), "MULTI": (6, 0),
}

IBAN_COUNTRIES = {"en": ["GB", "GB", "GB", "DE", "FR", "IT", "ES"],
                  "it": ["IT", "IT", "IT", "IT", "DE", "FR", "ES"],
                  "el": ["GR", "GR", "GR", "GR", "DE", "IT", "FR"],
                  "ro": ["RO", "RO", "RO", "RO", "DE", "IT", "ES"],
                  "fi": ["FI", "FI", "FI", "FI", "DE", "FR", "GB"]}

ID_SLOT_TYPE = {"CF": "IT_CODICE_FISCALE", "PIVA": "IT_PARTITA_IVA", "AMKA": "GR_AMKA",
                "AFM": "GR_AFM", "CNP": "RO_CNP", "HETU": "FI_HETU", "CARD": "CARD",
                "IBAN": "IBAN"}

# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{([A-Z0-9_]+)\}")


class Ctx:
    def __init__(self, lang, gender, case_no):
        self.lang = lang
        self.gender = gender
        self.person = None
        self.case_no = case_no
        self.phone_kind = None
        self.iban_country = None
        self.omocodia = 0

    def p(self):
        if self.person is None:
            self.person = make_person(self.lang, self.gender)
        return self.person


def fill(slot, ctx):
    """Return (text, entity_type or None, distractor_label or None)."""
    lang = ctx.lang
    bad = slot.endswith("_BAD")
    base = slot[:-4] if bad else slot
    if base in ID_SLOT_TYPE:
        typ = ID_SLOT_TYPE[base]
        if base == "CARD":
            v = gen_card(not bad)
        elif base == "IBAN":
            v = gen_iban(ctx.iban_country or R.choice(IBAN_COUNTRIES[lang]), not bad)
        elif base == "CF":
            v = gen_cf(not bad, ctx.omocodia)
        elif base == "PIVA":
            v = gen_piva(not bad)
        elif base == "AMKA":
            v = gen_amka(not bad)
        elif base == "AFM":
            v = gen_afm(not bad)
        elif base == "CNP":
            v = gen_cnp(not bad)
        else:
            v = gen_hetu(not bad)
        return (v, None, typ) if bad else (v, typ, None)
    if slot == "PHONE":
        kind = ctx.phone_kind or R.choice(PHONE_MIX[lang])
        home = kind[:2] == HOME[lang] or kind in HOME_ALSO.get(lang, ())
        # a number of another country is written internationally; a home number is
        # written in local form a bit more often than not
        want_intl = (not home) or R.random() < 0.45
        while True:
            v = PHONE_GEN[kind]()
            if v.startswith(("+", "00", "(+")) == want_intl:
                return v, "PHONE", None
    if slot == "EMAIL":
        return email_for(lang, ctx.p()), "EMAIL", None
    if slot in URL_KINDS:
        return gen_url(lang, slot), "URL", None
    if slot == "IP":
        return gen_ip(), "IP", None
    if slot == "ADDR":
        return ADDR_GEN[lang](), "ADDRESS", None
    if slot == "FULL":
        return ctx.p().full, "PERSON", None
    if slot == "FULL_ACC":
        return ctx.p().full_acc, "PERSON", None
    if slot == "FIRST":
        return ctx.p().first, "PERSON", None
    if slot == "FIRST_VOC":
        return ctx.p().first_voc, "PERSON", None
    if slot == "FIRST_ACC":
        return ctx.p().first_acc, "PERSON", None
    if slot == "LAST":
        return ctx.p().last, "PERSON", None
    if slot == "LAST_VOC":
        return ctx.p().last_voc, "PERSON", None
    if slot == "SITE":
        return gen_site(lang), None, "URL"
    if slot in ("PRICE", "PRICE2"):
        return gen_price(lang), None, "PRICE"
    if slot == "DATE":
        return gen_date(lang), None, "DATE"
    if slot in ("TIME", "TIME2"):
        return gen_time(lang, slot == "TIME2"), None, "TIME"
    if slot == "ORDER":
        return gen_order(lang), None, "ORDER_NUMBER"
    if slot == "TRACK":
        return gen_track(lang), None, "TRACKING_NUMBER"
    if slot == "SKU":
        return gen_sku(lang), None, "PRODUCT_CODE"
    if slot == "QTY":
        return str(R.choice([2, 3, 4, 5, 6, 10, 12, 24, 50, 100, 250])), None, "QUANTITY"
    if slot == "YEAR":
        return str(R.randint(2009, 2025)), None, "YEAR"
    if slot == "VER":
        return gen_version(lang), None, "VERSION"
    if slot == "INVOICE":
        return gen_invoice(lang), None, "INVOICE_NUMBER"
    raise KeyError(slot)


def render(tpl, ctx):
    text = ""
    ents, dis = [], []
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        text += tpl[pos:m.start()]
        value, etype, dlabel = fill(m.group(1), ctx)
        start = len(text.encode("utf-8"))
        text += value
        end = len(text.encode("utf-8"))
        if etype:
            ents.append({"type": etype, "start": start, "end": end})
        if dlabel:
            dis.append({"type": dlabel, "start": start, "end": end,
                        "why": "check digit fails" if m.group(1).endswith("_BAD")
                        else ("not personal" if dlabel == "URL" else "tricky negative")})
        pos = m.end()
    text += tpl[pos:]
    b = text.encode("utf-8")
    for e in ents + dis:
        b[e["start"]:e["end"]].decode("utf-8")  # raises if not on a boundary
    return text, ents, dis


def split_gender(tpl):
    if tpl[:2] in ("m|", "f|"):
        return tpl[0], tpl[2:]
    return None, tpl


ID_SLOTS_BY_LANG = {"en": ["CF", "HETU", "CNP", "AMKA", "AFM", "PIVA"],
                    "it": ["CF", "PIVA"], "el": ["AMKA", "AFM"], "ro": ["CNP"], "fi": ["HETU"]}


PLAN_ID = {"it": (18, 8), "el": (18, 8)}  # two id types in these languages


def interleave_by_slot(tpls):
    """Order templates round-robin over the id slot they use, so the types alternate."""
    groups = collections.OrderedDict()
    for t in tpls:
        key = SLOT_RE.findall(t)[0]
        groups.setdefault(key, []).append(t)
    out = []
    lists = list(groups.values())
    while any(lists):
        for lst in lists:
            if lst:
                out.append(lst.pop(0))
    return out


def build_lang(lang):
    cases = []
    templates = T[lang]
    cf_seen = 0
    for cat, (n_valid, n_bad) in PLAN.items():
        tpls = templates[cat]
        if cat == "ID":
            n_valid, n_bad = PLAN_ID.get(lang, (n_valid, n_bad))
            tpls = interleave_by_slot(tpls)
        for k in range(n_valid + n_bad):
            bad = k >= n_valid
            tpl = tpls[k % len(tpls)]
            gender, tpl = split_gender(tpl)
            ctx = Ctx(lang, gender, k)
            if cat == "PHONE":
                mix = PHONE_MIX[lang]
                ctx.phone_kind = mix[k % len(mix)]
            if cat == "IBAN":
                ctx.iban_country = IBAN_COUNTRIES[lang][k % len(IBAN_COUNTRIES[lang])]
            if cat == "ID" and "{CF}" in tpl:
                # every third Italian codice fiscale is written with omocodia (levels 1-3)
                cf_seen += 1
                ctx.omocodia = [0, 0, 1, 0, 0, 2, 0, 0, 3][cf_seen % 9] if lang == "it" else 0
            if bad:
                for s in ("CARD", "IBAN", "CF", "PIVA", "AMKA", "AFM", "CNP", "HETU"):
                    tpl = tpl.replace("{%s}" % s, "{%s_BAD}" % s)
            text, ents, dis = render(tpl, ctx)
            cases.append({"lang": lang, "text": text, "entities": ents, "distractors": dis,
                          "category": cat + ("_INVALID" if bad else "")})
    R.shuffle(cases)
    out = []
    for i, c in enumerate(cases, 1):
        out.append({"id": "%s-%04d" % (lang, i), "lang": lang, "text": c["text"],
                    "entities": c["entities"], "distractors": c["distractors"],
                    "category": c["category"]})
    return out


def main():
    all_cases = []
    for lang in ["en", "it", "el", "ro", "fi"]:
        all_cases.extend(build_lang(lang))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for c in all_cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s" % (len(all_cases), os.path.relpath(OUT)))


if __name__ == "__main__":
    main()
