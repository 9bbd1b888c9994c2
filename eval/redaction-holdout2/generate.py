#!/usr/bin/env python3
"""Generate the second held-out redaction set (cases.jsonl, next to this file).

Python 3 standard library only.  The output is byte-identical on every run,
whatever PYTHONHASHSEED is: every random choice comes from random.Random
objects seeded with fixed integers, and no set or hash order is ever iterated.

    python3 generate.py     # writes cases.jsonl
    python3 check.py        # validates it

Every identifier is built here from its published rule (Luhn, ISO 13616
mod 97, the codice fiscale odd/even tables, the partita IVA check digit, the
AMKA Luhn digit, the AFM powers-of-two mod 11, the CNP 279146358279 key, the
henkilotunnus mod 31 table).  Invalid look-alikes are the same values with one
character changed so that the check fails.
"""

import calendar
import json
import os
import random
import re
import unicodedata

SEED = 7160529
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases.jsonl")
LANGS = ("en", "it", "el", "ro", "fi")
PER_LANG = 120

CARD, IBAN, CF, PIVA = "CARD", "IBAN", "IT_CODICE_FISCALE", "IT_PARTITA_IVA"
AMKA, AFM, CNP, HETU = "GR_AMKA", "GR_AFM", "RO_CNP", "FI_HETU"
ID_TYPES = (CARD, IBAN, CF, PIVA, AMKA, AFM, CNP, HETU)
SHORT = {"CARD": CARD, "IBAN": IBAN, "CF": CF, "PIVA": PIVA,
         "AMKA": AMKA, "AFM": AFM, "CNP": CNP, "HETU": HETU}
WHY_BAD = "check digit fails"
WHY_NEG = "tricky negative"
WHY_WORD = "common word, not a name"

# ---------------------------------------------------------------------------
# check digits
# ---------------------------------------------------------------------------


def luhn_sum(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10


def luhn_ok(digits):
    return luhn_sum(digits) == 0


def luhn_complete(partial):
    return partial + str((10 - luhn_sum(partial + "0")) % 10)


def iban_mod(s):
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


def make_iban_from(cc, bban):
    cd = 98 - iban_mod(cc + "00" + bban)
    return "%s%02d%s" % (cc, cd, bban)


CF_ODD = {
    "0": 1, "1": 0, "2": 5, "3": 7, "4": 9, "5": 13, "6": 15, "7": 17, "8": 19,
    "9": 21, "A": 1, "B": 0, "C": 5, "D": 7, "E": 9, "F": 13, "G": 15, "H": 17,
    "I": 19, "J": 21, "K": 2, "L": 4, "M": 18, "N": 20, "O": 11, "P": 3,
    "Q": 6, "R": 8, "S": 12, "T": 14, "U": 16, "V": 10, "W": 22, "X": 25,
    "Y": 24, "Z": 23,
}


def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def cf_check_char(body):
    s = 0
    for i, c in enumerate(body):
        s += CF_ODD[c] if i % 2 == 0 else cf_even(c)
    return chr(65 + s % 26)


def afm_check(d8):
    s = sum(int(d8[i]) * 2 ** (8 - i) for i in range(8))
    return (s % 11) % 10


def afm_ok(d):
    return len(d) == 9 and d.isdigit() and d != "000000000" and afm_check(d[:8]) == int(d[8])


CNP_W = "279146358279"


def cnp_check(d12):
    s = sum(int(a) * int(b) for a, b in zip(d12, CNP_W)) % 11
    return 1 if s == 10 else s


def cnp_ok(d):
    return len(d) == 13 and d.isdigit() and cnp_check(d[:12]) == int(d[12])


HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu_char(ddmmyy, nnn):
    return HETU_CHARS[int(ddmmyy + nnn) % 31]


def valid_ddmmyy(s):
    dd, mm, yy = int(s[:2]), int(s[2:4]), int(s[4:6])
    if not 1 <= mm <= 12 or dd < 1:
        return False
    return any(dd <= calendar.monthrange(c + yy, mm)[1] for c in (1900, 2000))


def digits_valid_any(d):
    """True if a bare digit string passes some id check of its length."""
    n = len(d)
    if n == 9 and afm_ok(d):
        return True
    if n == 11 and luhn_ok(d):
        return True
    if n == 13 and (cnp_ok(d) or luhn_ok(d)):
        return True
    if 12 <= n <= 19 and luhn_ok(d):
        return True
    return False


def text_conflicts(s):
    runs = re.findall(r"\d+", s)
    if any(digits_valid_any(r) for r in runs):
        return True
    if len(runs) > 1 and digits_valid_any("".join(runs)):
        return True
    return False


def long_runs_luhn(s):
    return any(12 <= len(r) <= 19 and luhn_ok(r) for r in re.findall(r"\d+", s))


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def rand_date(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, calendar.monthrange(y, m)[1])
    return y, m, d


# ---------------------------------------------------------------------------
# identifiers (canonical form: upper case, no separators)
# ---------------------------------------------------------------------------

CARD_BRANDS = (("visa", 40), ("mc", 36), ("amex", 12), ("disc", 5), ("jcb", 4), ("diners", 3))


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def make_card(rng, brand=None):
    brand = brand or wchoice(rng, CARD_BRANDS)
    if brand == "visa":
        pre, n = "4" + str(rng.randint(0, 9)), 16
    elif brand == "mc":
        pre = str(rng.randint(51, 55)) if rng.random() < 0.75 else str(rng.randint(2221, 2720))
        n = 16
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    elif brand == "disc":
        pre, n = rng.choice(["6011", "65"]), 16
    elif brand == "jcb":
        pre, n = str(rng.randint(3528, 3589)), 16
    else:
        pre, n = "36", 14
    return luhn_complete(pre + digits(rng, n - len(pre) - 1))


IT_ABI = ["03069", "02008", "05034", "01030", "05387", "03062", "08327", "03104"]
GR_BANKS = ["011", "014", "017", "026"]
RO_BANKS = ["BTRL", "RNCB", "BRDE", "INGB", "RZBR", "BACX", "CECE", "OTPV"]
FI_BANKS = ["1", "5", "8", "4"]
DE_BLZ = ["37040044", "10070000", "50010517", "20041133", "70150000", "12030000"]
FR_BANKS = ["30004", "20041", "30003", "10278", "11315"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]
ES_BANKS = ["2100", "0049", "0182", "0081", "2085"]
IBAN_LEN = {"IT": 27, "GR": 27, "RO": 24, "FI": 18, "DE": 22, "FR": 27, "GB": 22, "ES": 24}
IBAN_CC = tuple(IBAN_LEN)
ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def es_dc(ten):
    r = 11 - sum(int(a) * b for a, b in zip(ten, ES_W)) % 11
    return 0 if r == 11 else 1 if r == 10 else r


def make_bban(rng, cc):
    if cc == "IT":
        body = rng.choice(IT_ABI) + digits(rng, 5) + "0000" + digits(rng, 8)
        return cf_check_char(body) + body
    if cc == "GR":
        return rng.choice(GR_BANKS) + digits(rng, 4) + "0000" + digits(rng, 12)
    if cc == "RO":
        bank = rng.choice(RO_BANKS)
        if bank == "BTRL":
            return bank + "RONCRT" + digits(rng, 10)
        if bank == "BRDE":
            return bank + digits(rng, 3) + "SV" + digits(rng, 11)
        return bank + digits(rng, 16)
    if cc == "FI":
        return luhn_complete(rng.choice(FI_BANKS) + digits(rng, 12))
    if cc == "DE":
        return rng.choice(DE_BLZ) + "0" + digits(rng, 9)
    if cc == "FR":
        bank, branch, acct = rng.choice(FR_BANKS), digits(rng, 5), "000" + digits(rng, 8)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        return "%s%s%s%02d" % (bank, branch, acct, key)
    if cc == "GB":
        return rng.choice(GB_BANKS) + digits(rng, 6) + digits(rng, 8)
    if cc == "ES":
        ent, ofi, cta = rng.choice(ES_BANKS), digits(rng, 4), digits(rng, 10)
        return ent + ofi + str(es_dc("00" + ent + ofi)) + str(es_dc(cta)) + cta
    raise ValueError(cc)


def make_iban(rng, cc):
    while True:
        s = make_iban_from(cc, make_bban(rng, cc))
        if not long_runs_luhn(s):
            return s


CF_MONTHS = "ABCDEHLMPRST"
CF_OMO = "LMNPQRSTUV"
CF_OMO_POS = (14, 13, 12, 10, 9, 7, 6)
BELFIORE = ["H501", "F205", "F839", "L219", "G273", "D969", "A944", "D612", "A662",
            "C351", "L736", "L781", "G224", "B157", "H703", "F158", "L424", "C933",
            "G337", "E463", "Z129", "Z115", "Z114"]
CF_NAMES_M = ["Marco", "Luca", "Alessandro", "Davide", "Matteo", "Giorgio", "Paolo",
              "Simone", "Roberto", "Stefano", "Francesco", "Giuseppe", "Nicola", "Antonio"]
CF_NAMES_F = ["Giulia", "Francesca", "Chiara", "Sara", "Elena", "Valentina", "Federica",
              "Martina", "Silvia", "Laura", "Alessia", "Paola", "Anna", "Lucia"]
CF_SURNAMES = ["Rossi", "Bianchi", "Esposito", "Romano", "Ricci", "Colombo", "Marino",
               "Greco", "Gallo", "Conti", "De Luca", "Mancini", "Lombardi", "Moretti",
               "Fontana", "Barbieri", "Ferrara", "Rinaldi", "Caruso", "Santoro", "Neri", "Villa"]


def ascii_upper_letters(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s.upper() if "A" <= c <= "Z")


def cf_part(s, is_name):
    letters = ascii_upper_letters(s)
    cons = [c for c in letters if c not in "AEIOU"]
    vows = [c for c in letters if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def make_cf(rng, first=None, sur=None, female=None, omo=0):
    if female is None:
        female = rng.random() < 0.5
    if first is None:
        first = rng.choice(CF_NAMES_F if female else CF_NAMES_M)
    if sur is None:
        sur = rng.choice(CF_SURNAMES)
    y, m, d = rand_date(rng, 1948, 2005)
    body = (cf_part(sur, False) + cf_part(first, True) + "%02d" % (y % 100) + CF_MONTHS[m - 1]
            + "%02d" % (d + 40 if female else d) + rng.choice(BELFIORE))
    body = list(body)
    for p in CF_OMO_POS[:omo]:
        body[p] = CF_OMO[int(body[p])]
    body = "".join(body)
    return body + cf_check_char(body)


PIVA_OFFICES = list(range(1, 101)) + [120, 121]


def make_piva(rng):
    while True:
        base = "%07d" % rng.randint(1, 3999999)
        office = rng.choice(PIVA_OFFICES)
        p = luhn_complete(base + "%03d" % office)
        if not valid_ddmmyy(p[:6]):
            return p


def make_amka(rng):
    while True:
        y, m, d = rand_date(rng, 1940, 2006)
        a = luhn_complete("%02d%02d%02d" % (d, m, y % 100) + digits(rng, 4))
        office = int(a[7:10])
        if office not in PIVA_OFFICES and office not in (888, 999):
            return a


def make_afm(rng):
    pre = wchoice(rng, (("0", 3), ("1", 4), ("09", 1), ("99", 1), ("80", 1)))
    while True:
        d8 = pre + digits(rng, 8 - len(pre))
        a = d8 + str(afm_check(d8))
        if a != "000000000":
            return a


CNP_COUNTIES = list(range(1, 47)) + [51, 52]


def make_cnp(rng, female=None, y2k=False):
    if female is None:
        female = rng.random() < 0.5
    while True:
        if y2k or rng.random() < 0.15:
            y, m, d = rand_date(rng, 2000, 2006)
            s = 6 if female else 5
        else:
            y, m, d = rand_date(rng, 1944, 1999)
            s = 2 if female else 1
            if rng.random() < 0.06:
                s = 8 if female else 7
        d12 = "%d%02d%02d%02d%02d%03d" % (s, y % 100, m, d, rng.choice(CNP_COUNTIES),
                                           rng.randint(1, 999))
        c = d12 + str(cnp_check(d12))
        if not luhn_ok(c):
            return c


def make_hetu(rng, female=None, era=None):
    if era is None:
        r = rng.random()
        era = "19" if r < 0.68 else "20" if r < 0.95 else "plus"
    if era == "plus":
        y, m, d = rand_date(rng, 1880, 1899)
        sign = "+"
    elif era == "20":
        y, m, d = rand_date(rng, 2000, 2012)
        sign = "A" if rng.random() < 0.7 else rng.choice("BCDEF")
    else:
        y, m, d = rand_date(rng, 1938, 1999)
        sign = "-" if rng.random() < 0.8 else rng.choice("YXWVU")
    if female is None:
        female = rng.random() < 0.5
    n = rng.randint(1, 449) * 2 + (0 if female else 1)
    if n < 2:
        n = 2
    if n > 899:
        n -= 2
    nnn = "%03d" % n
    ddmmyy = "%02d%02d%02d" % (d, m, y % 100)
    return ddmmyy + sign + nnn + hetu_char(ddmmyy, nnn)


# ---------------------------------------------------------------------------
# validators (used to make sure invalid look-alikes really fail)
# ---------------------------------------------------------------------------


def valid(t, c):
    if t == CARD:
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if t == IBAN:
        return len(c) == IBAN_LEN.get(c[:2], -1) and iban_mod(c) == 1
    if t == CF:
        return len(c) == 16 and cf_check_char(c[:15]) == c[15]
    if t in (PIVA, AMKA):
        return len(c) == 11 and c.isdigit() and luhn_ok(c)
    if t == AFM:
        return afm_ok(c)
    if t == CNP:
        return cnp_ok(c)
    if t == HETU:
        return len(c) == 11 and hetu_char(c[:6], c[7:10]) == c[10]
    raise ValueError(t)


def make_typo(t, c, rng):
    for _ in range(500):
        s = list(c)
        if t == CARD:
            i = rng.randrange(2, len(s))
        elif t == IBAN:
            i = rng.choice([k for k in range(4, len(s)) if s[k].isdigit()])
        elif t == CF:
            if rng.random() < 0.6:
                s[15] = rng.choice([x for x in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if x != s[15]])
                i = None
            else:
                i = rng.choice([12, 13, 14])
                if not s[i].isdigit():
                    s[i] = rng.choice([x for x in CF_OMO if x != s[i]])
                    i = None
        elif t == PIVA:
            i = rng.choice([0, 1, 2, 3, 4, 5, 6, 10])
        elif t == AMKA:
            i = rng.randrange(6, 11)
        elif t == AFM:
            i = rng.randrange(1, 9)
        elif t == CNP:
            i = rng.randrange(9, 13)
        else:  # HETU
            if rng.random() < 0.5:
                s[10] = rng.choice([x for x in HETU_CHARS if x != s[10]])
                i = None
            else:
                i = 9
        if i is not None:
            s[i] = rng.choice([x for x in "0123456789" if x != s[i]])
        out = "".join(s)
        if valid(t, out):
            continue
        if t == HETU and not 2 <= int(out[7:10]) <= 899:
            continue
        if out.isdigit() and digits_valid_any(out):
            continue
        if t == IBAN and long_runs_luhn(out):
            continue
        return out
    raise RuntimeError("no typo for %s %s" % (t, c))


# ---------------------------------------------------------------------------
# writing styles of identifiers
# ---------------------------------------------------------------------------

GROUP_STYLES = {CARD: ["sp", "dash"], IBAN: ["sp"], CF: ["sp"], AMKA: ["sp", "dash"],
                AFM: ["sp", "dot"], CNP: ["sp"]}
STYLES = {CARD: ["plain", "sp", "dash"], IBAN: ["plain", "sp"], CF: ["plain", "sp"],
          PIVA: ["plain", "pre"], AMKA: ["plain", "sp", "dash"],
          AFM: ["plain", "pre", "sp", "dot"], CNP: ["plain", "sp"], HETU: ["plain"]}
DEFAULT_STYLE = {
    CARD: (("sp", 5), ("plain", 3), ("dash", 2)),
    IBAN: (("sp", 6), ("plain", 4)),
    CF: (("plain", 9), ("sp", 1)),
    PIVA: (("plain", 7), ("pre", 3)),
    AMKA: (("plain", 9), ("sp", 1)),
    AFM: (("plain", 7), ("pre", 1), ("sp", 1), ("dot", 1)),
    CNP: (("plain", 9), ("sp", 1)),
    HETU: (("plain", 1),),
}
STYLE_WORDS = ("plain", "sp", "dash", "dot", "pre")


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def render_id(t, c, style, low):
    if t == CARD:
        sizes = {15: [4, 6, 5], 14: [4, 6, 4]}.get(len(c), [4, 4, 4, 4])
        s = c if style == "plain" else group(c, sizes, " " if style == "sp" else "-")
    elif t == IBAN:
        s = c if style == "plain" else " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    elif t == CF:
        s = c if style == "plain" else "%s %s %s %s" % (c[:3], c[3:6], c[6:11], c[11:])
    elif t == PIVA:
        s = "IT" + c if style == "pre" else c
    elif t == AMKA:
        s = c if style == "plain" else c[:6] + (" " if style == "sp" else "-") + c[6:]
    elif t == AFM:
        if style == "pre":
            s = "EL" + c
        elif style in ("sp", "dot"):
            s = group(c, [3, 3, 3], " " if style == "sp" else ".")
        else:
            s = c
    elif t == CNP:
        s = c if style == "plain" else "%s %s %s" % (c[0], c[1:7], c[7:])
    else:
        s = c
    return s.lower() if low else s


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------

IT_MOB = ["320", "324", "327", "328", "329", "330", "331", "333", "334", "335", "338",
          "339", "340", "342", "345", "346", "347", "348", "349", "351", "366", "368",
          "371", "377", "380", "388", "389", "392", "393"]
IT_LAND = [("02", 8), ("06", 8), ("011", 7), ("055", 7), ("051", 6), ("081", 7),
           ("091", 7), ("010", 7), ("049", 7), ("045", 7)]
GR_MOB = ["690", "693", "694", "695", "697", "698", "699"]
GR_LAND = [("210", 7), ("210", 7), ("2310", 6), ("2610", 6), ("2810", 6)]
RO_MOB = ["0722", "0723", "0724", "0726", "0728", "0731", "0740", "0744", "0745", "0746",
          "0749", "0751", "0752", "0755", "0757", "0761", "0762", "0765", "0766", "0770",
          "0771", "0773", "0774", "0787", "0788"]
RO_LAND = [("021", 7), ("021", 7), ("0264", 6), ("0232", 6), ("0256", 6), ("0268", 6)]
FI_MOB = ["040", "041", "044", "045", "046", "050"]
FI_LAND = [("09", 7), ("03", 7), ("02", 7), ("08", 7), ("014", 6)]
UK_MOB = ["07400", "07412", "07423", "07441", "07508", "07534", "07711", "07788", "07825",
          "07846", "07903", "07912", "07951", "07968", "07984"]
UK_LAND = [("020", 8), ("020", 8), ("0161", 7), ("0121", 7), ("0131", 7), ("0117", 7)]
US_AREAS = ["212", "312", "415", "617", "202", "305", "713", "206", "503", "404"]
IE_MOB = ["083", "085", "086", "087", "089"]
IE_LAND = [("01", 7), ("01", 7), ("021", 7), ("091", 7)]
PH_CC = {"it": "39", "gr": "30", "ro": "40", "fi": "358", "uk": "44", "us": "1", "ie": "353"}
OWN_PH = {"en": (("uk", 5), ("us", 3), ("ie", 2)), "it": (("it", 1),), "el": (("gr", 1),),
          "ro": (("ro", 1),), "fi": (("fi", 1),)}
LOC_SEPS = {"it": [" ", " ", " ", ".", "-", "/"], "gr": [" ", " ", " ", "-"],
            "ro": [" ", " ", ".", "-"], "fi": [" ", " ", " ", "-"], "uk": [" "],
            "ie": [" ", " ", "-"]}


def phone_parts(rng, cc, kind):
    """(national digits, national groupings, international digits, intl groupings)"""
    if cc == "it":
        if kind == "mob":
            nat = rng.choice(IT_MOB) + digits(rng, 7)
            g = [[3, 3, 4], [3, 7], [3, 3, 4]]
            return nat, g, nat, [[3, 3, 4], [3, 7]]
        area, n = rng.choice(IT_LAND)
        nat = area + str(rng.randint(2, 9)) + digits(rng, n - 1)
        a = len(area)
        g = [[a, n]] + ([[a, 4, 4]] if n == 8 else [[a, 3, 4]] if n == 7 else [[a, 3, 3]])
        return nat, g, nat, g
    if cc == "gr":
        if kind == "mob":
            nat = rng.choice(GR_MOB) + digits(rng, 7)
            return nat, [[3, 3, 4], [3, 7]], nat, [[3, 3, 4], [3, 7]]
        area, n = rng.choice(GR_LAND)
        nat = area + str(rng.randint(2, 9)) + digits(rng, n - 1)
        g = [[3, 3, 4], [3, 7]] if len(area) == 3 else [[4, 6], [4, 3, 3]]
        return nat, g, nat, g
    if cc == "ro":
        if kind == "mob":
            nat = rng.choice(RO_MOB) + digits(rng, 6)
            return nat, [[4, 3, 3], [4, 6]], nat[1:], [[3, 3, 3]]
        area, n = rng.choice(RO_LAND)
        nat = area + str(rng.randint(2, 9)) + digits(rng, n - 1)
        if len(area) == 3:
            return nat, [[3, 3, 4], [3, 7]], nat[1:], [[2, 3, 4]]
        return nat, [[4, 3, 3], [4, 6]], nat[1:], [[3, 3, 3]]
    if cc == "fi":
        if kind == "mob":
            nat = rng.choice(FI_MOB) + digits(rng, 7)
            return nat, [[3, 3, 4], [3, 7], [3, 3, 2, 2]], nat[1:], [[2, 3, 4], [2, 7]]
        area, n = rng.choice(FI_LAND)
        nat = area + str(rng.randint(2, 9)) + digits(rng, n - 1)
        a = len(area)
        if n == 7:
            return nat, [[a, 3, 4], [a, 7]], nat[1:], [[a - 1, 3, 4]]
        return nat, [[a, 3, 3], [a, 6]], nat[1:], [[a - 1, 3, 3]]
    if cc == "uk":
        if kind == "mob":
            nat = rng.choice(UK_MOB) + digits(rng, 6)
            return nat, [[5, 6], [5, 3, 3]], nat[1:], [[4, 6], [4, 3, 3]]
        area, n = rng.choice(UK_LAND)
        first = rng.choice("378") if area == "020" else str(rng.randint(2, 9))
        nat = area + first + digits(rng, n - 1)
        if area == "020":
            return nat, [[3, 4, 4]], nat[1:], [[2, 4, 4]]
        return nat, [[4, 3, 4]], nat[1:], [[3, 3, 4]]
    if cc == "ie":
        if kind == "mob":
            nat = rng.choice(IE_MOB) + digits(rng, 7)
            return nat, [[3, 3, 4], [3, 7]], nat[1:], [[2, 3, 4], [2, 7]]
        area, n = rng.choice(IE_LAND)
        nat = area + str(rng.randint(2, 9)) + digits(rng, n - 1)
        a = len(area)
        return nat, [[a, 3, 4]], nat[1:], [[a - 1, 3, 4]]
    if cc == "us":
        nat = rng.choice(US_AREAS) + "55501" + digits(rng, 2)
        return nat, [[3, 3, 4]], nat, [[3, 3, 4]]
    raise ValueError(cc)


def phone_text(rng, cc, kind, style):
    nat, ng, intl, ig = phone_parts(rng, cc, kind)
    code = PH_CC[cc]
    if cc == "us":
        a, b, c = nat[:3], nat[3:6], nat[6:]
        if style == "loc":
            return rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "(%s) %s-%s", "1-%s-%s-%s"]) % (a, b, c)
        if style == "compact":
            return nat
        if style == "00":
            return "001 %s %s %s" % (a, b, c)
        return rng.choice(["+1 %s %s %s", "+1 (%s) %s-%s", "+1-%s-%s-%s", "+1 %s-%s-%s"]) % (a, b, c)
    if style == "loc":
        sizes = rng.choice(ng)
        sep = rng.choice(LOC_SEPS[cc])
        if sep in "/-" and len(sizes) > 2:
            sizes = [sizes[0], sum(sizes[1:])]
        return group(nat, sizes, sep)
    if style == "compact":
        return nat
    body = group(intl, rng.choice(ig), " ")
    if style == "00":
        return "00%s %s" % (code, body)
    if style == "br":
        return "(+%s) %s" % (code, body)
    if style == "plus0" and cc in ("uk", "ie"):
        return "+%s (0)%s" % (code, body)
    if style == "intlc":
        return "+%s%s" % (code, intl)
    return "+%s %s" % (code, body)


def make_phone(rng, lang, opts):
    cc = next((o for o in opts if o in PH_CC), None)
    foreign = "x" in opts
    if cc is None:
        if foreign:
            own = [c for c, _ in OWN_PH[lang]]
            cc = rng.choice([c for c in ("it", "gr", "ro", "fi", "uk", "us", "ie") if c not in own])
        else:
            cc = wchoice(rng, OWN_PH[lang])
    kind = "mob" if "mob" in opts else "land" if "land" in opts else (
        "mob" if rng.random() < 0.65 else "land")
    if cc == "us":
        kind = "mob"
    style = next((o for o in opts if o in ("loc", "intl", "00", "br", "plus0", "compact", "intlc")), None)
    own = cc in [c for c, _ in OWN_PH[lang]]
    if style is None:
        if own:
            style = wchoice(rng, (("loc", 55), ("intl", 25), ("00", 7), ("br", 6), ("compact", 4), ("intlc", 3)))
        else:
            style = wchoice(rng, (("intl", 70), ("00", 14), ("br", 8), ("plus0", 5), ("intlc", 3)))
    if not own and style in ("loc", "compact"):
        style = "intl"
    for _ in range(200):
        s = phone_text(rng, cc, kind, style)
        if not text_conflicts(s):
            return s
    raise RuntimeError("phone")


# ---------------------------------------------------------------------------
# people, e-mails, addresses
# ---------------------------------------------------------------------------

EN_M = ["James", "Daniel", "Oliver", "Tom", "Liam", "Marcus", "Ryan", "Sean", "Ciarán",
        "David", "Michael", "Connor"]
EN_F = ["Sarah", "Emma", "Priya", "Chloe", "Aoife", "Rachel", "Hannah", "Sophie", "Niamh",
        "Laura", "Megan", "Jessica"]
EN_S = ["Patel", "Hughes", "O'Brien", "Clarke", "Walsh", "Murphy", "Thompson", "Kowalski",
        "Bennett", "Reid", "Fitzgerald", "Okafor", "Shaw", "Doyle", "Harris", "Evans",
        "Nguyen", "Kelly", "Byrne", "Mitchell"]
IT_M = ["Marco", "Luca", "Alessandro", "Davide", "Matteo", "Giorgio", "Paolo", "Simone",
        "Roberto", "Stefano", "Francesco", "Giuseppe"]
IT_F = ["Giulia", "Francesca", "Chiara", "Sara", "Elena", "Valentina", "Federica", "Martina",
        "Silvia", "Laura", "Alessia", "Paola"]
IT_S = ["Rossi", "Bianchi", "Esposito", "Romano", "Ricci", "Colombo", "Marino", "Greco",
        "Gallo", "Conti", "De Luca", "Mancini", "Lombardi", "Moretti", "Fontana", "Barbieri",
        "Ferrara", "Rinaldi", "Caruso", "Santoro"]
RO_M = ["Andrei", "Mihai", "Alexandru", "Cristian", "Bogdan", "Vlad", "Răzvan", "Ștefan",
        "Radu", "Adrian", "Florin", "Gabriel"]
RO_F = ["Ioana", "Elena", "Maria", "Ana", "Andreea", "Cătălina", "Gabriela", "Mihaela",
        "Alina", "Raluca", "Diana", "Roxana"]
RO_S = ["Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Stoica", "Gheorghe", "Matei",
        "Constantin", "Rusu", "Munteanu", "Florea", "Diaconu", "Marin", "Lungu", "Tudor",
        "Ciobanu", "Nistor", "Dinu", "Moldovan", "Barbu", "Sârbu", "Țurcanu", "Băluță"]
FI_M = [("Mikko", "Mikon"), ("Juha", "Juhan"), ("Jussi", "Jussin"), ("Timo", "Timon"),
        ("Pekka", "Pekan"), ("Antti", "Antin"), ("Ville", "Villen"), ("Matti", "Matin"),
        ("Tuomas", "Tuomaksen"), ("Janne", "Jannen"), ("Heikki", "Heikin"), ("Olli", "Ollin")]
FI_F = [("Anna", "Annan"), ("Laura", "Lauran"), ("Sanna", "Sannan"), ("Kaisa", "Kaisan"),
        ("Heidi", "Heidin"), ("Johanna", "Johannan"), ("Riikka", "Riikan"), ("Elina", "Elinan"),
        ("Minna", "Minnan"), ("Tiina", "Tiinan"), ("Katja", "Katjan"), ("Noora", "Nooran")]
FI_S = ["Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Hämäläinen", "Laine", "Heikkinen",
        "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen",
        "Niemi", "Kinnunen", "Salonen", "Turunen"]
# Greek: nominative, accusative, vocative, genitive, latin
EL_M = [("Γιώργος", "Γιώργο", "Γιώργο", "Γιώργου", "giorgos"),
        ("Νίκος", "Νίκο", "Νίκο", "Νίκου", "nikos"),
        ("Δημήτρης", "Δημήτρη", "Δημήτρη", "Δημήτρη", "dimitris"),
        ("Κώστας", "Κώστα", "Κώστα", "Κώστα", "kostas"),
        ("Γιάννης", "Γιάννη", "Γιάννη", "Γιάννη", "giannis"),
        ("Παναγιώτης", "Παναγιώτη", "Παναγιώτη", "Παναγιώτη", "panagiotis"),
        ("Χρήστος", "Χρήστο", "Χρήστο", "Χρήστου", "christos"),
        ("Σπύρος", "Σπύρο", "Σπύρο", "Σπύρου", "spyros"),
        ("Αλέξανδρος", "Αλέξανδρο", "Αλέξανδρε", "Αλέξανδρου", "alexandros"),
        ("Μιχάλης", "Μιχάλη", "Μιχάλη", "Μιχάλη", "michalis"),
        ("Θανάσης", "Θανάση", "Θανάση", "Θανάση", "thanasis"),
        ("Στέλιος", "Στέλιο", "Στέλιο", "Στέλιου", "stelios")]
EL_F = [("Μαρία", "Μαρία", "Μαρία", "Μαρίας", "maria"),
        ("Ελένη", "Ελένη", "Ελένη", "Ελένης", "eleni"),
        ("Κατερίνα", "Κατερίνα", "Κατερίνα", "Κατερίνας", "katerina"),
        ("Σοφία", "Σοφία", "Σοφία", "Σοφίας", "sofia"),
        ("Γεωργία", "Γεωργία", "Γεωργία", "Γεωργίας", "georgia"),
        ("Δήμητρα", "Δήμητρα", "Δήμητρα", "Δήμητρας", "dimitra"),
        ("Αγγελική", "Αγγελική", "Αγγελική", "Αγγελικής", "angeliki"),
        ("Βασιλική", "Βασιλική", "Βασιλική", "Βασιλικής", "vasiliki"),
        ("Ειρήνη", "Ειρήνη", "Ειρήνη", "Ειρήνης", "eirini"),
        ("Χριστίνα", "Χριστίνα", "Χριστίνα", "Χριστίνας", "christina"),
        ("Αναστασία", "Αναστασία", "Αναστασία", "Αναστασίας", "anastasia"),
        ("Δέσποινα", "Δέσποινα", "Δέσποινα", "Δέσποινας", "despoina")]
# male (nom, acc, voc, gen, latin), female (nom = all cases, latin)
EL_S = [(("Παπαδόπουλος", "Παπαδόπουλο", "Παπαδόπουλε", "Παπαδόπουλου", "papadopoulos"), ("Παπαδοπούλου", "papadopoulou")),
        (("Νικολάου",) * 4 + ("nikolaou",), ("Νικολάου", "nikolaou")),
        (("Οικονόμου",) * 4 + ("oikonomou",), ("Οικονόμου", "oikonomou")),
        (("Παπαδάκης", "Παπαδάκη", "Παπαδάκη", "Παπαδάκη", "papadakis"), ("Παπαδάκη", "papadaki")),
        (("Βλάχος", "Βλάχο", "Βλάχο", "Βλάχου", "vlachos"), ("Βλάχου", "vlachou")),
        (("Καραγιάννης", "Καραγιάννη", "Καραγιάννη", "Καραγιάννη", "karagiannis"), ("Καραγιάννη", "karagianni")),
        (("Μαυρίδης", "Μαυρίδη", "Μαυρίδη", "Μαυρίδη", "mavridis"), ("Μαυρίδου", "mavridou")),
        (("Δημητρίου",) * 4 + ("dimitriou",), ("Δημητρίου", "dimitriou")),
        (("Αθανασίου",) * 4 + ("athanasiou",), ("Αθανασίου", "athanasiou")),
        (("Κωνσταντινίδης", "Κωνσταντινίδη", "Κωνσταντινίδη", "Κωνσταντινίδη", "konstantinidis"), ("Κωνσταντινίδου", "konstantinidou")),
        (("Γεωργίου",) * 4 + ("georgiou",), ("Γεωργίου", "georgiou")),
        (("Σταθόπουλος", "Σταθόπουλο", "Σταθόπουλε", "Σταθόπουλου", "stathopoulos"), ("Σταθοπούλου", "stathopoulou")),
        (("Λαμπράκης", "Λαμπράκη", "Λαμπράκη", "Λαμπράκη", "lamprakis"), ("Λαμπράκη", "lampraki")),
        (("Ζαφειρίου",) * 4 + ("zafeiriou",), ("Ζαφειρίου", "zafeiriou")),
        (("Τσολάκης", "Τσολάκη", "Τσολάκη", "Τσολάκη", "tsolakis"), ("Τσολάκη", "tsolaki"))]

DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
           "btinternet.com", "eircom.net"],
    "it": ["gmail.com", "libero.it", "hotmail.it", "virgilio.it", "alice.it", "tiscali.it"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "windowslive.com"],
    "ro": ["gmail.com", "yahoo.com", "yahoo.ro", "hotmail.com"],
    "fi": ["gmail.com", "hotmail.fi", "outlook.com", "luukku.com", "elisanet.fi", "saunalahti.fi"],
}
DEAR = {"en": ("Dear Mr", "Dear Ms"), "it": ("Gentile Sig.", "Gentile Sig.ra"),
        "el": ("Αγαπητέ κύριε", "Αγαπητή κυρία"), "ro": ("Stimate domnule", "Stimată doamnă"),
        "fi": ("Hyvä", "Hyvä")}


def strip_accents(s):
    nf = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in nf if unicodedata.category(c) != "Mn"))


def lowtext(lang, s):
    s = s.lower()
    return s if lang == "fi" else strip_accents(s)


def ascii_slug(s):
    s = strip_accents(s.lower()).replace("ä", "a").replace("ö", "o")
    return re.sub(r"[^a-z]", "", s)


def make_person(rng, lang, gender=None, avoid=()):
    for _ in range(100):
        female = (gender == "f") if gender else rng.random() < 0.5
        p = {"lang": lang, "female": female}
        if lang == "el":
            f = rng.choice(EL_F if female else EL_M)
            s = rng.choice(EL_S)
            if female:
                sn, slat = s[1]
                sforms = (sn, sn, sn, sn)
            else:
                sforms, slat = s[0][:4], s[0][4]
            p.update(first=f[0], afirst=f[1], vfirst=f[2], gfirst=f[3], sur=sforms[0],
                     asur=sforms[1], vsur=sforms[2], gsur=sforms[3], flat=f[4], slat=slat)
        elif lang == "fi":
            f = rng.choice(FI_F if female else FI_M)
            p.update(first=f[0], gfirst=f[1], sur=rng.choice(FI_S))
        else:
            fm, ff, ss = {"en": (EN_M, EN_F, EN_S), "it": (IT_M, IT_F, IT_S), "ro": (RO_M, RO_F, RO_S)}[lang]
            p.update(first=rng.choice(ff if female else fm), sur=rng.choice(ss))
        for k in ("afirst", "vfirst", "gfirst"):
            p.setdefault(k, p["first"])
        for k in ("asur", "vsur", "gsur"):
            p.setdefault(k, p["sur"])
        p.setdefault("flat", ascii_slug(p["first"]))
        p.setdefault("slat", ascii_slug(p["sur"]))
        if p["first"] in avoid or p["sur"] in avoid:
            continue
        p["email"] = make_email(rng, lang, p["flat"], p["slat"])
        return p
    raise RuntimeError("person")


def make_email(rng, lang, f, s, cap=False):
    pat = rng.randrange(8)
    if cap:
        f, s = f.capitalize(), s.capitalize()
    local = [f + "." + s, f + s, f[0] + "." + s, f + "_" + s, s + "." + f,
             "%s.%s%d" % (f, s, rng.randint(70, 99)), "%s%d" % (f, rng.randint(1975, 2004)),
             f + "." + s][pat]
    return local + "@" + rng.choice(DOMAINS[lang])


ADDRESSES = {
    "uk": ["Flat 4, 18 Victoria Road, Brighton BN1 3FT", "12 Elm Grove, Bristol BS6 6AH",
           "27 Westgate Street, Cardiff CF10 1DD", "9 Brunswick Terrace, Leeds LS2 7JR",
           "Flat 11, 3 Canal Street, Nottingham NG1 7EH", "56 Holloway Road, London N7 8JL"],
    "us": ["742 Maple Avenue, Columbus, OH 43215", "1180 Pine Street, Apt 3B, San Francisco, CA 94109",
           "31 Harrison Street, Apt 5, Hoboken, NJ 07030", "2209 Elm Drive, Austin, TX 78704"],
    "ie": ["14 Clontarf Road, Dublin 3, D03 K2X4", "Apartment 5, 22 Patrick Street, Cork T12 E8R2",
           "8 Salthill Promenade, Galway H91 X2C7"],
    "it": ["Via dei Mille 23, 80121 Napoli", "Corso Buenos Aires 58, 20124 Milano",
           "Viale Europa 7/B, 50126 Firenze", "Via Nazionale 112, 00184 Roma",
           "Piazza Castello 3, 10121 Torino", "Via San Vitale 41, 40125 Bologna",
           "Via XX Settembre 19 int. 5, 16121 Genova", "Via Sparano da Bari 60, 70121 Bari",
           "Via Maqueda 210, 90133 Palermo", "Largo Augusto 2, 20122 Milano"],
    "el": ["Ερμού 25, 105 63 Αθήνα", "Λεωφ. Κηφισίας 230, 152 31 Χαλάνδρι",
           "Τσιμισκή 44, 546 23 Θεσσαλονίκη", "Αγίου Νικολάου 18, 262 21 Πάτρα",
           "Πανεπιστημίου 39, 105 64 Αθήνα", "Λεωφόρος Συγγρού 150, 176 71 Καλλιθέα",
           "Οδός Μητροπόλεως 7, 546 24 Θεσσαλονίκη", "Εθνικής Αντιστάσεως 12, 713 06 Ηράκλειο",
           "Κολοκοτρώνη 9, 185 31 Πειραιάς"],
    "ro": ["Str. Memorandumului nr. 21, ap. 4, 400114 Cluj-Napoca",
           "Bd. Unirii nr. 45, bl. E3, sc. 2, ap. 34, sector 3, București",
           "Calea Victoriei nr. 120, sector 1, București", "Strada Lăpușneanu nr. 14, 700057 Iași",
           "Aleea Teiului nr. 3, ap. 12, 300254 Timișoara",
           "Șoseaua Pantelimon nr. 255, bl. 52, ap. 10, 021654 București",
           "Str. Republicii nr. 8, 500030 Brașov", "Splaiul Independenței nr. 290, sector 6, București"],
    "fi": ["Hämeenkatu 15 B 12, 33100 Tampere", "Kauppakatu 22 C 31, 40100 Jyväskylä",
           "Aurakatu 8 A 4, 20100 Turku", "Koivukuja 3 as 2, 90540 Oulu",
           "Puistotie 6 D 18, 02760 Espoo", "Rautatienkatu 4 B 9, 15110 Lahti",
           "Isokatu 19 A 5, 90100 Oulu", "Vaasankatu 11 A 7, 00500 Helsinki"],
}
OWN_AD = {"en": (("uk", 5), ("us", 3), ("ie", 2)), "it": (("it", 1),), "el": (("el", 1),),
          "ro": (("ro", 1),), "fi": (("fi", 1),)}

# ---------------------------------------------------------------------------
# tricky negatives
# ---------------------------------------------------------------------------

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
           "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
           "septembrie", "octombrie", "noiembrie", "decembrie"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
           "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
}


def ordinal_en(d):
    if 10 <= d % 100 <= 20:
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def fmt_num(v, th, dec, decimals):
    whole = int(v)
    cents = int(round((v - whole) * 100))
    s = "{:,}".format(whole).replace(",", th)
    return s + (dec + "%02d" % cents if decimals else "")


def make_price(rng, lang, opts):
    big = "big" in opts or ("small" not in opts and rng.random() < 0.4)
    v = rng.randint(1000, 4800) + (rng.choice([0, 0.5, 0.99, 0.9]) if rng.random() < 0.6 else 0) if big \
        else rng.randint(4, 380) + rng.choice([0, 0.5, 0.9, 0.99, 0.49, 0.0])
    dec = (v != int(v)) or rng.random() < 0.4
    if lang == "en":
        cur = wchoice(rng, (("£", 6), ("$", 2), ("€", 2)))
        return cur + fmt_num(v, ",", ".", dec)
    if lang == "fi":
        n = fmt_num(v, " ", ",", dec)
        return rng.choice([n + " €", n + " €", n + " euroa", n + "€"])
    if lang == "ro":
        n = fmt_num(v, ".", ",", dec)
        return rng.choice([n + " lei", n + " lei", n + " RON", n + " €"])
    n = fmt_num(v, ".", ",", dec)
    if lang == "it":
        return rng.choice([n + " €", "€ " + n, n + " euro", "€" + n, n + " €"])
    return rng.choice([n + " €", n + "€", "€" + n, n + " ευρώ"])


def make_date(rng, lang, opts):
    y = rng.choice([2025, 2026])
    m = rng.randint(1, 12)
    d = rng.randint(1, calendar.monthrange(y, m)[1])
    mn = MONTHS[lang][m - 1]
    forms = {
        "en": ["%02d/%02d/%d" % (d, m, y), "%d %s" % (d, mn), "%d %s %d" % (d, mn, y),
               "%s %s" % (mn, ordinal_en(d)), "%d-%02d-%02d" % (y, m, d)],
        "it": ["%02d/%02d/%d" % (d, m, y), "%d %s" % (d, mn), "%d %s %d" % (d, mn, y),
               "%02d-%02d-%d" % (d, m, y), "%d/%d" % (d, m)],
        "el": ["%02d/%02d/%d" % (d, m, y), "%d %s" % (d, mn), "%d/%d" % (d, m),
               "%d-%d-%d" % (d, m, y), "%d %s %d" % (d, mn, y)],
        "ro": ["%02d.%02d.%d" % (d, m, y), "%d %s" % (d, mn), "%d %s %d" % (d, mn, y),
               "%02d/%02d/%d" % (d, m, y)],
        "fi": ["%d.%d.%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y), "%d. %s" % (d, mn),
               "%d.%d.%d" % (d, m, y)],
    }[lang]
    if "num" in opts:
        forms = [f for f in forms if re.fullmatch(r"[\d./-]+", f)]
    return rng.choice(forms)


def make_time(rng, lang, opts):
    h = rng.randint(8, 19)
    mi = rng.choice([0, 0, 15, 30, 30, 45, 10, 20])
    if lang == "en":
        h12 = h - 12 if h > 12 else h
        ap = "pm" if h >= 12 else "am"
        return rng.choice(["%d:%02d %s" % (h12, mi, ap), "%02d:%02d" % (h, mi),
                           "%d%s" % (h12, ap) if mi == 0 else "%d:%02d%s" % (h12, mi, ap)])
    if lang == "fi":
        return rng.choice(["%d.%02d" % (h, mi), "%d.%02d" % (h, mi), "%d" % h if mi == 0 else "%d.%02d" % (h, mi)])
    if lang == "it":
        return rng.choice(["%d:%02d" % (h, mi), "%d.%02d" % (h, mi), "%d:%02d" % (h, mi)])
    if lang == "ro":
        return rng.choice(["%d:%02d" % (h, mi), "%d:%02d" % (h, mi), "%d.%02d" % (h, mi)])
    return "%d:%02d" % (h, mi)


def clean_digits(rng, n, first="123456789"):
    while True:
        s = rng.choice(first) + digits(rng, n - 1)
        if not digits_valid_any(s):
            return s


def s10(rng, cc):
    ser = digits(rng, 8)
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * b for a, b in zip(ser, w)) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return rng.choice(["RR", "RB", "CP", "LX", "RA", "UA", "EE"]) + ser + str(c) + cc


POSTCODES = {
    "en": ["LS6 2AB", "BS7 8NN", "NG7 1FQ", "D08 VF8H", "60614", "EH6 5RT", "T23 Y7K1"],
    "it": ["20121", "00185", "40138", "80132", "10128", "35131"],
    "el": ["546 23", "11527", "262 21", "153 43", "71409"],
    "ro": ["400129", "030167", "700259", "300041", "550003"],
    "fi": ["00530", "33100", "90100", "40520", "20540"],
}
PCT = {"en": ["20%", "15%", "10%", "5%"], "it": ["22%", "10%", "22 %", "4%"],
       "el": ["24%", "13%", "24 %", "6%"], "ro": ["21%", "19%", "11%", "9%"],
       "fi": ["25,5 %", "24 %", "14 %", "10 %"]}
TRACK_CC = {"en": "GB", "it": "IT", "el": "GR", "ro": "RO", "fi": "FI"}
ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ"


def rand_code(rng, pattern):
    out = []
    for ch in pattern:
        if ch == "L":
            out.append(rng.choice(ALNUM))
        elif ch == "D":
            out.append(str(rng.randrange(10)))
        else:
            out.append(ch)
    return "".join(out)


def make_distractor(rng, lang, name, opts):
    """returns (text, TYPE)"""
    for _ in range(500):
        if name == "PRICE":
            s, t = make_price(rng, lang, opts), "PRICE"
        elif name in ("DATE", "EXP"):
            if name == "EXP":
                s = "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31))
            else:
                s = make_date(rng, lang, opts)
            t = "DATE"
        elif name == "TIME":
            s, t = make_time(rng, lang, opts), "TIME"
        elif name == "ORDER":
            n = int(next((o[2:] for o in opts if o.startswith("n=")), 0)) or rng.choice(
                [6, 7, 8, 8, 9, 10, 10, 11, 12, 13, 14, 16])
            s, t = clean_digits(rng, n), "ORDER_NUMBER"
            if rng.random() < 0.15 and "digits" not in opts:
                s = rng.choice(["ORD-", "A", "WEB-"]) + s
        elif name == "INV":
            s = rng.choice([
                "%d/%05d" % (rng.choice([2025, 2026]), rng.randint(1, 99999)),
                "FT-%d-%04d" % (rng.choice([2025, 2026]), rng.randint(1, 9999)),
                "INV-%06d" % rng.randint(1, 999999),
                clean_digits(rng, rng.choice([8, 10, 12]))])
            t = "INVOICE_NUMBER"
        elif name == "TICKET":
            s = rng.choice([clean_digits(rng, 6), clean_digits(rng, 8),
                            "CS-%d-%05d" % (rng.choice([2025, 2026]), rng.randint(1, 99999))])
            t = "TICKET_NUMBER"
        elif name == "TRACK":
            s = rng.choice([s10(rng, TRACK_CC[lang]), s10(rng, TRACK_CC[lang]),
                            clean_digits(rng, rng.choice([12, 13, 14])),
                            "JJD" + clean_digits(rng, 18, "0")])
            t = "TRACKING_NUMBER"
        elif name == "BOOK":
            s = rng.choice([rand_code(rng, "LLLLLL"), rand_code(rng, "LDLLDL"), clean_digits(rng, 8)])
            t = "BOOKING_NUMBER"
        elif name == "CUST":
            s, t = clean_digits(rng, rng.choice([7, 8, 9, 10])), "CUSTOMER_NUMBER"
        elif name == "CONTRACT":
            s = rng.choice([clean_digits(rng, rng.choice([8, 9, 10])),
                            "CTR-%d-%05d" % (rng.choice([2024, 2025]), rng.randint(1, 99999))])
            t = "CONTRACT_NUMBER"
        elif name == "POST":
            s, t = rng.choice(POSTCODES[lang]), "POSTCODE"
        elif name == "SKU":
            s = rand_code(rng, rng.choice(["LL-DDDD-LLL-DD", "LLD-DDD", "LLDD-DDDD", "LL-DDD-LL",
                                           "SKU-DDDD-LL", "LLL-DDDD"]))
            t = "PRODUCT_CODE"
        elif name == "EAN":
            pre = {"en": "50", "it": "80", "el": "520", "ro": "594", "fi": "64"}[lang]
            b = pre + digits(rng, 12 - len(pre))
            sm = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
            s, t = b + str((10 - sm % 10) % 10), "PRODUCT_CODE"
        elif name == "QTY":
            s = str(rng.randint(3, 10) if "small" in opts else rng.choice(
                [rng.randint(2, 24), rng.randint(25, 480)]))
            t = "QUANTITY"
        elif name == "PCT":
            s, t = rng.choice(PCT[lang]), "PERCENT"
        elif name == "SERIAL":
            s = rand_code(rng, rng.choice(["LDDLLDLLDLDL", "LDDLDDLLLLL", "DLDL-DDDD-LLDD",
                                           "SN LLDDDLDLL"]))
            t = "SERIAL_NUMBER"
        elif name == "SORT":
            s, t = "%02d-%02d-%02d" % (rng.randint(1, 99), rng.randint(0, 99), rng.randint(0, 99)), "SORT_CODE"
        elif name == "YEAR":
            s, t = str(rng.randint(2014, 2025)), "YEAR"
        else:
            raise ValueError(name)
        if not text_conflicts(s):
            return s, t
    raise RuntimeError(name)


# ---------------------------------------------------------------------------
# labels of identifier types in each language
# ---------------------------------------------------------------------------

LABELS = {
    "en": {
        CARD: dict(my=["my card number", "the long number on my card"], lbl=["Card number", "Card no."],
                   nm=["card number"], your=["your card number", "the long number on the card"]),
        IBAN: dict(my=["my IBAN"], lbl=["IBAN"], nm=["IBAN"], your=["your IBAN"]),
        CF: dict(my=["my codice fiscale", "my Italian tax code"], lbl=["Codice fiscale", "Italian tax code"],
                 nm=["codice fiscale"], your=["your codice fiscale"]),
        PIVA: dict(my=["our partita IVA", "my Italian VAT number"], lbl=["Partita IVA", "VAT no. (IT)"],
                   nm=["partita IVA"], your=["your partita IVA"]),
        AMKA: dict(my=["my AMKA", "my Greek social security number (AMKA)"], lbl=["AMKA"],
                   nm=["AMKA number"], your=["your AMKA"]),
        AFM: dict(my=["my AFM", "my Greek tax number (AFM)"], lbl=["AFM", "Greek tax no."],
                  nm=["AFM"], your=["your AFM"]),
        CNP: dict(my=["my CNP", "my Romanian personal number (CNP)"], lbl=["CNP"], nm=["CNP"],
                  your=["your CNP"]),
        HETU: dict(my=["my henkilötunnus", "my Finnish ID code"], lbl=["Henkilötunnus", "Finnish ID code"],
                   nm=["henkilötunnus"], your=["your henkilötunnus", "your Finnish personal ID"]),
    },
    "it": {
        CARD: dict(my=["il numero della mia carta", "il numero della carta"], lbl=["Numero carta", "Carta n."],
                   nm=["carta"], the=["il numero della carta"]),
        IBAN: dict(my=["il mio IBAN", "l'IBAN del mio conto"], lbl=["IBAN"], nm=["IBAN"], the=["l'IBAN"]),
        CF: dict(my=["il mio codice fiscale"], lbl=["Codice fiscale", "C.F.", "Cod. fiscale"],
                 nm=["codice fiscale"], the=["il codice fiscale"]),
        PIVA: dict(my=["la mia partita IVA", "la partita IVA della ditta"], lbl=["P.IVA", "Partita IVA", "P. IVA"],
                   nm=["partita IVA"], the=["la partita IVA"]),
        AMKA: dict(my=["il mio AMKA (il codice previdenziale greco)", "il mio numero AMKA"], lbl=["AMKA"],
                   nm=["AMKA"], the=["il numero AMKA"]),
        AFM: dict(my=["il mio codice fiscale greco (AFM)", "il mio AFM"], lbl=["AFM", "Cod. fiscale greco"],
                  nm=["AFM"], the=["l'AFM"]),
        CNP: dict(my=["il mio CNP (codice numerico personale rumeno)", "il mio CNP"], lbl=["CNP"],
                  nm=["CNP"], the=["il CNP"]),
        HETU: dict(my=["il mio codice personale finlandese", "il mio henkilötunnus"],
                   lbl=["Henkilötunnus", "Codice personale FI"], nm=["henkilötunnus"],
                   the=["il codice personale finlandese"]),
    },
    "el": {
        CARD: dict(my=["ο αριθμός της κάρτας μου"], myacc=["τον αριθμό της κάρτας μου"],
                   lbl=["Αριθμός κάρτας", "Κάρτα"], nm=["κάρτα"], your=["τον αριθμό της κάρτας σας"]),
        IBAN: dict(my=["το IBAN μου"], lbl=["IBAN"], nm=["IBAN"], your=["το IBAN σας"]),
        CF: dict(my=["ο ιταλικός φορολογικός μου κωδικός (codice fiscale)"],
                 myacc=["τον ιταλικό φορολογικό μου κωδικό (codice fiscale)"], lbl=["Codice fiscale"],
                 nm=["codice fiscale"], your=["τον ιταλικό φορολογικό σας κωδικό"]),
        PIVA: dict(my=["το ιταλικό ΑΦΜ της επιχείρησής μου (partita IVA)"], lbl=["Partita IVA"],
                   nm=["partita IVA"], your=["το ιταλικό ΑΦΜ της επιχείρησής σας"]),
        AMKA: dict(my=["το ΑΜΚΑ μου"], lbl=["ΑΜΚΑ", "Α.Μ.Κ.Α."], nm=["ΑΜΚΑ"], your=["το ΑΜΚΑ σας"]),
        AFM: dict(my=["το ΑΦΜ μου"], lbl=["ΑΦΜ", "Α.Φ.Μ."], nm=["ΑΦΜ"], your=["το ΑΦΜ σας"]),
        CNP: dict(my=["ο ρουμανικός προσωπικός μου αριθμός (CNP)"],
                  myacc=["τον ρουμανικό προσωπικό μου αριθμό (CNP)"], lbl=["CNP"], nm=["CNP"],
                  your=["τον ρουμανικό προσωπικό σας αριθμό (CNP)"]),
        HETU: dict(my=["ο φινλανδικός προσωπικός μου κωδικός (henkilötunnus)"],
                   myacc=["τον φινλανδικό προσωπικό μου κωδικό (henkilötunnus)"],
                   lbl=["Henkilötunnus"], nm=["henkilötunnus"],
                   your=["τον φινλανδικό προσωπικό σας κωδικό"]),
    },
    "ro": {
        CARD: dict(my=["numărul cardului meu"], lbl=["Număr card", "Nr. card"], nm=["card"],
                   your=["numărul cardului"]),
        IBAN: dict(my=["IBAN-ul meu", "contul meu IBAN"], lbl=["IBAN", "Cont IBAN"], nm=["IBAN"],
                   your=["IBAN-ul dumneavoastră"]),
        CF: dict(my=["codul meu fiscal italian (codice fiscale)"], lbl=["Codice fiscale", "Cod fiscal IT"],
                 nm=["codice fiscale"], your=["codul fiscal italian"]),
        PIVA: dict(my=["codul de TVA italian al firmei mele (partita IVA)"], lbl=["Partita IVA", "Cod TVA IT"],
                   nm=["partita IVA"], your=["codul de TVA italian al firmei"]),
        AMKA: dict(my=["codul meu AMKA din Grecia"], lbl=["AMKA"], nm=["AMKA"], your=["codul AMKA"]),
        AFM: dict(my=["codul meu fiscal grecesc (AFM)"], lbl=["AFM", "Cod fiscal GR"], nm=["AFM"],
                  your=["codul fiscal grecesc"]),
        CNP: dict(my=["CNP-ul meu", "codul meu numeric personal"], lbl=["CNP", "Cod numeric personal"],
                  nm=["CNP"], your=["CNP-ul"]),
        HETU: dict(my=["codul meu personal finlandez (henkilötunnus)"], lbl=["Henkilötunnus", "Cod personal FI"],
                   nm=["henkilötunnus"], your=["codul personal finlandez"]),
    },
    "fi": {
        CARD: dict(my=["korttini numero"], lbl=["Kortin numero", "Korttinro"], nm=["kortin numero"],
                   your=["kortin numeron"]),
        IBAN: dict(my=["tilinumeroni"], lbl=["IBAN", "Tilinumero"], nm=["tilinumero"],
                   your=["tilinumeronne"]),
        CF: dict(my=["italialainen verotunnisteeni (codice fiscale)"], lbl=["Codice fiscale"],
                 nm=["codice fiscale"], your=["italialaisen verotunnisteenne"]),
        PIVA: dict(my=["yritykseni italialainen ALV-numero (partita IVA)"], lbl=["Partita IVA", "ALV-nro (IT)"],
                   nm=["partita IVA"], your=["yrityksen italialaisen ALV-numeron"]),
        AMKA: dict(my=["kreikkalainen sosiaaliturvatunnukseni (AMKA)"], lbl=["AMKA"], nm=["AMKA"],
                   your=["AMKA-numeronne"]),
        AFM: dict(my=["kreikkalainen verotunnisteeni (AFM)"], lbl=["AFM"], nm=["AFM"],
                  your=["AFM-numeronne"]),
        CNP: dict(my=["romanialainen henkilötunnukseni (CNP)"], lbl=["CNP"], nm=["CNP"],
                  your=["CNP-numeronne"]),
        HETU: dict(my=["henkilötunnukseni", "hetuni"], lbl=["Henkilötunnus", "Hetu", "HETU"],
                   nm=["hetu", "henkilötunnus"], your=["henkilötunnuksenne"]),
    },
}

from templates import TEMPLATES  # noqa: E402  (the sentences, kept apart for reading)

# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{([^{}]+)\}")
ID_VAR_RE = re.compile(r"^(X|CARD|IBAN|CF|PIVA|AMKA|AFM|CNP|HETU)(\d+)(?:\.(\w+))?$")
P_VAR_RE = re.compile(r"^(P\d+[mf]?(?:@[a-z]{2})?)(?:\.(\w+)|\?([^|]*)\|(.*))$")
NAME_ATTRS = ("full", "first", "sur", "afirst", "asur", "acc", "vfirst", "vsur", "voc",
              "gfirst", "gsur", "gen", "lfull", "lfirst")


class State:
    def __init__(self, lang, rng):
        self.lang = lang
        self.rng = rng
        self.rot = []
        self.bad_rot = []
        self.ad_pool = {}

    def take(self, queue, ok, exclude):
        for _ in range(3):
            for i, t in enumerate(queue):
                if ok(t) and t not in exclude:
                    return queue.pop(i)
            batch = list(ID_TYPES)
            self.rng.shuffle(batch)
            queue.extend(batch)
        raise RuntimeError("no id type fits")

    def address(self, cc, rng):
        pool = self.ad_pool.get(cc)
        if not pool:
            pool = list(ADDRESSES[cc])
            rng.shuffle(pool)
            self.ad_pool[cc] = pool
        return pool.pop()


def type_fits(t, opts):
    for o in opts:
        if o == "grp" and t not in GROUP_STYLES:
            return False
        if o in STYLE_WORDS and o not in STYLES[t]:
            return False
        if o in IBAN_CC and t != IBAN:
            return False
        if o == "omo" and t != CF:
            return False
    return True


class Msg:
    def __init__(self, lang, rng, st, tpl):
        self.lang, self.rng, self.st = lang, rng, st
        self.parts = []
        self.people = {}
        self.ids = {}
        self.var_opts = {}
        for mt in SLOT_RE.finditer(tpl):
            head, *opts = mt.group(1).split(":")
            m = ID_VAR_RE.match(head)
            if m:
                self.var_opts.setdefault(m.group(1) + m.group(2), []).extend(opts)

    # -- pieces
    def lit(self, s):
        if s:
            self.parts.append((s, None))

    def ent(self, s, t):
        self.parts.append((s, ("E", t)))

    def dis(self, s, t, why):
        self.parts.append((s, ("D", t, why)))

    # -- people
    def person(self, var):
        if var not in self.people:
            m = re.match(r"^P\d+([mf]?)(?:@([a-z]{2}))?$", var)
            lang = m.group(2) or self.lang
            avoid = []
            for p in self.people.values():
                avoid += [p["first"], p["sur"]]
            self.people[var] = make_person(self.rng, lang, m.group(1) or None, avoid)
        return self.people[var]

    def person_slot(self, var, attr, a, b):
        p = self.person(var)
        if attr is None:
            self.lit(b if p["female"] else a)
            return
        if attr == "dear":
            self.lit(DEAR[p["lang"]][1 if p["female"] else 0])
            return
        if attr == "email":
            self.ent(p["email"], "EMAIL")
            return
        full = p["first"] + " " + p["sur"]
        val = {"full": full, "first": p["first"], "sur": p["sur"],
               "afirst": p["afirst"], "asur": p["asur"], "acc": p["afirst"] + " " + p["asur"],
               "vfirst": p["vfirst"], "vsur": p["vsur"], "voc": p["vfirst"] + " " + p["vsur"],
               "gfirst": p["gfirst"], "gsur": p["gsur"], "gen": p["gfirst"] + " " + p["gsur"],
               "lfull": lowtext(p["lang"], full), "lfirst": lowtext(p["lang"], p["first"])}[attr]
        self.ent(val, "PERSON")

    # -- identifiers
    def id_rec(self, var):
        if var in self.ids:
            return self.ids[var]
        kind = re.match(r"[A-Z]+", var).group(0)
        opts = self.var_opts.get(var, [])
        if kind == "X":
            used = [r["t"] for r in self.ids.values()]
            t = self.st.take(self.st.rot, lambda x: type_fits(x, opts), used)
        else:
            t = SHORT[kind]
        canon = self.make_valid(t, opts)
        self.ids[var] = {"t": t, "canon": canon, "style": self.pick_style(t, opts), "low": "low" in opts}
        return self.ids[var]

    def make_valid(self, t, opts):
        rng = self.rng
        female = True if "f" in opts else False if "m" in opts else None
        if t == CARD:
            brand = next((o for o in opts if o in ("visa", "mc", "amex", "disc", "jcb", "diners")), None)
            return make_card(rng, brand)
        if t == IBAN:
            cc = next((o for o in opts if o in IBAN_CC), None)
            if cc is None:
                own = {"en": "GB", "it": "IT", "el": "GR", "ro": "RO", "fi": "FI"}[self.lang]
                cc = own if rng.random() < 0.55 else rng.choice(IBAN_CC)
            return make_iban(rng, cc)
        if t == CF:
            pv = next((o for o in opts if re.match(r"^P\d", o)), None)
            omo = rng.randint(1, 3) if "omo" in opts else (1 if rng.random() < 0.12 else 0)
            if pv:
                p = self.person(pv)
                return make_cf(rng, p["first"], p["sur"], p["female"], omo)
            return make_cf(rng, female=female, omo=omo)
        if t == PIVA:
            return make_piva(rng)
        if t == AMKA:
            return make_amka(rng)
        if t == AFM:
            return make_afm(rng)
        if t == CNP:
            return make_cnp(rng, female, "y2k" in opts)
        era = "20" if "y2k" in opts else "plus" if "plus" in opts else None
        return make_hetu(rng, female, era)

    def pick_style(self, t, opts):
        for o in opts:
            if o in STYLE_WORDS and o in STYLES[t]:
                return o
            if o == "grp" and t in GROUP_STYLES:
                return self.rng.choice(GROUP_STYLES[t])
        return wchoice(self.rng, DEFAULT_STYLE[t])

    def id_slot(self, var, attr, opts):
        r = self.id_rec(var)
        t = r["t"]
        if attr is None:
            self.ent(render_id(t, r["canon"], r["style"], r["low"]), t)
        elif attr == "typo":
            bad = make_typo(t, r["canon"], self.rng)
            self.dis(render_id(t, bad, r["style"], r["low"]), t, WHY_BAD)
        elif attr == "sort":
            c = r["canon"]
            self.dis("%s-%s-%s" % (c[8:10], c[10:12], c[12:14]), "SORT_CODE", WHY_NEG)
        else:
            table = LABELS[self.lang][t]
            key = {"My": "my", "lmy": "my"}.get(attr, attr)
            choices = table.get(key) or table.get("my")
            if key == "myacc" and "myacc" not in table:
                choices = table["my"]
            if key in ("the", "your") and key not in table:
                choices = table.get("your") or table.get("the") or table["my"]
            s = self.rng.choice(choices)
            if attr == "My":
                s = s[0].upper() + s[1:]
            elif attr == "lmy":
                s = lowtext(self.lang, s)
            self.lit(s)

    def bad_slot(self, kind, opts):
        if kind == "X":
            t = self.st.take(self.st.bad_rot, lambda x: type_fits(x, opts), [])
        else:
            t = SHORT[kind]
        canon = self.make_valid(t, opts)
        bad = make_typo(t, canon, self.rng)
        self.dis(render_id(t, bad, self.pick_style(t, opts), "low" in opts), t, WHY_BAD)

    # -- dispatcher
    def slot(self, spec):
        head, *opts = spec.split(":")
        m = P_VAR_RE.match(head)
        if m:
            if m.group(2) is None and m.group(3) is None:
                raise ValueError(spec)
            self.person_slot(m.group(1), m.group(2), m.group(3), m.group(4))
            return
        m = ID_VAR_RE.match(head)
        if m:
            self.id_slot(m.group(1) + m.group(2), m.group(3), opts)
            return
        if head.startswith("!"):
            self.bad_slot(head[1:], opts)
            return
        if head == "PH":
            self.ent(make_phone(self.rng, self.lang, opts), "PHONE")
            return
        if head == "EM":
            p = make_person(self.rng, self.lang)
            self.ent(make_email(self.rng, self.lang, p["flat"], p["slat"], cap="cap" in opts), "EMAIL")
            return
        if head == "AD":
            cc = next((o for o in opts if o in ADDRESSES), None) or wchoice(self.rng, OWN_AD[self.lang])
            a = self.st.address(cc, self.rng)
            self.ent(lowtext(self.lang, a) if "low" in opts else a, "ADDRESS")
            return
        if head == "$WORD":
            self.dis(opts[0], "WORD", WHY_WORD)
            return
        if head.startswith("$"):
            s, t = make_distractor(self.rng, self.lang, head[1:], opts)
            self.dis(s, t, WHY_NEG)
            return
        raise ValueError("unknown slot " + spec)

    def finish(self):
        text, ents, dis, off = "", [], [], 0
        for s, ann in self.parts:
            b = len(s.encode("utf-8"))
            if ann is not None:
                if ann[0] == "E":
                    ents.append({"type": ann[1], "start": off, "end": off + b})
                else:
                    dis.append({"type": ann[1], "start": off, "end": off + b, "why": ann[2]})
            text += s
            off += b
        return text, ents, dis


def render(tpl, lang, rng, st):
    m = Msg(lang, rng, st, tpl)
    pos = 0
    for mt in SLOT_RE.finditer(tpl):
        m.lit(tpl[pos:mt.start()])
        m.slot(mt.group(1))
        pos = mt.end()
    m.lit(tpl[pos:])
    return m.finish()


def plan(templates):
    """120 (category, template) pairs: every template once, then the
    identifier and phone templates again, in order, to fill the quota."""
    if len(templates) > PER_LANG:
        raise SystemExit("too many templates: %d" % len(templates))
    out = list(templates)
    again = [t for t in templates if t[0].startswith("ID_")] + \
            [t for t in templates if t[0].startswith("PHONE_")] + \
            [t for t in templates if not t[0].startswith(("ID_", "PHONE_", "NEG"))]
    i = 0
    while len(out) < PER_LANG:
        out.append(again[i % len(again)])
        i += 1
    return out


def main():
    lines = []
    for li, lang in enumerate(LANGS):
        rng = random.Random(SEED * 10 + li)
        st = State(lang, rng)
        cases, seen = [], set()
        for cat, tpl in plan(TEMPLATES[lang]):
            for _ in range(50):
                text, ents, dis = render(tpl, lang, rng, st)
                if text not in seen:
                    break
            else:
                raise SystemExit("duplicate text: " + text)
            seen.add(text)
            cases.append((text, ents, dis, cat))
        rng.shuffle(cases)
        for n, (text, ents, dis, cat) in enumerate(cases, 1):
            rec = {"id": "%s-w%03d" % (lang, n), "lang": lang, "text": text,
                   "entities": ents, "distractors": dis, "category": cat}
            lines.append(json.dumps(rec, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d cases to %s" % (len(lines), OUT))


if __name__ == "__main__":
    main()
