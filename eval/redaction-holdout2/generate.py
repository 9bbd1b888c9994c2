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


def make_cf(rng, first=None, sur=None, female=None, omo=0, place=None):
    if female is None:
        female = rng.random() < 0.5
    if first is None:
        first = rng.choice(CF_NAMES_F if female else CF_NAMES_M)
    if sur is None:
        sur = rng.choice(CF_SURNAMES)
    y, m, d = rand_date(rng, 1948, 2005)
    body = (cf_part(sur, False) + cf_part(first, True) + "%02d" % (y % 100) + CF_MONTHS[m - 1]
            + "%02d" % (d + 40 if female else d) + (place or rng.choice(BELFIORE)))
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


def make_cnp(rng, female=None, y2k=False, y19=False):
    if female is None:
        female = rng.random() < 0.5
    while True:
        if y2k or (not y19 and rng.random() < 0.15):
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


NEW_SIGNS = {"19": "YXWVU", "20": "BCDEF"}
NEW_SIGN_TURN = {"19": 0, "20": 0}


def new_sign(era):
    """the signs introduced in 2023, taken in turn so that each one appears"""
    k = NEW_SIGN_TURN[era]
    NEW_SIGN_TURN[era] = k + 1
    return NEW_SIGNS[era][k % 5]


def make_hetu(rng, female=None, era=None):
    if era is None:
        r = rng.random()
        era = "19" if r < 0.7 else "20"
    if era == "plus":
        y, m, d = rand_date(rng, 1880, 1899)
        sign = "+"
    elif era == "20":
        y, m, d = rand_date(rng, 2000, 2012)
        sign = "A" if rng.random() < 0.5 else new_sign("20")
    else:
        y, m, d = rand_date(rng, 1938, 1999)
        sign = "-" if rng.random() < 0.65 else new_sign("19")
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
            sur = rng.choice(FI_S)
            gsur = sur[:-3] + "sen" if sur.endswith("nen") else sur + "en" if sur.endswith("e") \
                else sur[:-1] + "en" if sur.endswith("i") else sur + "n"
            p.update(first=f[0], gfirst=f[1], sur=sur, gsur=gsur)
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


PRICE_FORMS = {
    "en": (("£%s", 6), ("$%s", 2), ("€%s", 2)),
    "it": (("%s €", 4), ("€ %s", 2), ("%s euro", 2), ("€%s", 1)),
    "el": (("%s €", 4), ("%s€", 2), ("€%s", 1), ("%s ευρώ", 2)),
    "ro": (("%s lei", 5), ("%s RON", 3), ("%s €", 2)),
    "fi": (("%s €", 5), ("%s euroa", 2), ("%s€", 1)),
}
FORCED_CUR = {"gbp": "£%s", "usd": "$%s", "eur": "€%s"}


def make_price(rng, lang, opts, state):
    big = "big" in opts or ("small" not in opts and rng.random() < 0.35)
    v = rng.randint(1000, 4800) + (rng.choice([0, 0.5, 0.99, 0.9]) if rng.random() < 0.6 else 0) if big \
        else rng.randint(4, 380) + rng.choice([0, 0.5, 0.9, 0.99, 0.49, 0.0])
    if "less" in opts and "last_price" in state:
        v = round(state["last_price"] * rng.uniform(0.45, 0.9)) + rng.choice([0, 0.5, 0.9, 0.99])
    state["last_price"] = v
    dec = (v != int(v)) or rng.random() < 0.4
    form = next((FORCED_CUR[o] for o in opts if o in FORCED_CUR), None)
    if form is None:
        form = state.get("price_form") or wchoice(rng, PRICE_FORMS[lang])
    state["price_form"] = form
    th, de = {"en": (",", "."), "fi": (" ", ",")}.get(lang, (".", ","))
    return form % fmt_num(v, th, de, dec)


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


def make_time(rng, lang, opts, after=None, state=None):
    """a clock time; within one message the way of writing stays the same and
    a second time comes after the first"""
    state = {} if state is None else state
    h = rng.randint(8, 16) if after is None else rng.randint(min(after + 1, 20), min(after + 4, 20))
    mi = rng.choice([0, 0, 15, 30, 30, 45, 10, 20])
    k = state.setdefault("time_form", rng.randrange(3))
    if lang == "en":
        h12 = h - 12 if h > 12 else h
        ap = "pm" if h >= 12 else "am"
        return ["%d:%02d %s" % (h12, mi, ap), "%02d:%02d" % (h, mi),
                "%d%s" % (h12, ap) if mi == 0 else "%d:%02d%s" % (h12, mi, ap)][k]
    if lang == "fi":
        return ["%d.%02d" % (h, mi), "%d.%02d" % (h, mi), "%d" % h if mi == 0 else "%d.%02d" % (h, mi)][k]
    if lang == "it":
        return ["%d:%02d" % (h, mi), "%d.%02d" % (h, mi), "%d:%02d" % (h, mi)][k]
    if lang == "ro":
        return ["%d:%02d" % (h, mi), "%d:%02d" % (h, mi), "%d.%02d" % (h, mi)][k]
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


def make_distractor(rng, lang, name, opts, after=None, state=None):
    """returns (text, TYPE)"""
    for _ in range(500):
        if name == "PRICE":
            s, t = make_price(rng, lang, opts, state if state is not None else {}), "PRICE"
        elif name in ("DATE", "EXP"):
            if name == "EXP":
                s = "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 30))
            else:
                s = make_date(rng, lang, opts)
            t = "DATE"
        elif name == "TIME":
            s, t = make_time(rng, lang, opts, after, state), "TIME"
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

# ---------------------------------------------------------------------------
# the messages
#
# Slots: {P1.full} {P1.first} {P1.sur} (person, PERSON), {P1.email} (EMAIL),
# {P1.dear} (greeting with title, plain text), {P1?a|b} (text by gender),
# P2m / P2f force the gender, P1@it a person of another language;
# {X1} an identifier whose type comes from the language's rotation,
# {CF1} {IBAN1} ... an identifier of a fixed type; .my .My .lmy .myacc .lbl .nm
# .the .your are its label (plain text), .typo a mistyped copy (distractor),
# options after ':' pick the writing (sp dash dot grp pre low omo, IBAN
# country, card brand, m/f, y2k, plus); {!CF} a fresh invalid look-alike;
# {PH:cc:kind:style} a phone; {AD} an address; {EM} an e-mail of someone else;
# {$PRICE} {$DATE} ... tricky negatives; {$WORD:Text} a word that is not a name.
# ---------------------------------------------------------------------------

EN = [
    # -- no personal data
    ("NEG", "Hi, order {$ORDER} was charged {$PRICE:small} but the checkout showed {$PRICE:small:less}. Could you refund the difference?"),
    ("NEG", "Tracking {$TRACK} still says in transit. It was due on {$DATE} between {$TIME} and {$TIME}."),
    ("NEG", "Invoice {$INV}: {$QTY} units at {$PRICE:small:gbp} each plus {$PCT} VAT doesn't come to {$PRICE}, can someone look at it?"),
    ("NEG", "[Agent] Ticket {$TICKET} - serial on the box is {$SERIAL}, the receipt shows a different one. Escalating to the warehouse."),
    ("NEG", "Booking ref {$BOOK}, arriving {$DATE} around {$TIME}. Is late check-in OK?"),
    ("NEG", "Customer no. {$CUST}, complaint open since {$YEAR}. The number they gave us ({!X}) fails validation; caller wants a written update by {$DATE}."),
    ("NEG", "Do you deliver to {$POST}? Your checkout says the postcode isn't covered."),
    ("NEG", "{$WORD:Will} the {$SKU} be back in stock before {$DATE}? We'd need {$QTY} of them."),
    ("NEG_INVALID", "The card I entered was {!CARD} and it keeps saying invalid number. Is your site down?"),
    ("NEG_INVALID", "Your refund form rejected the IBAN {!IBAN:GB}. I copied it off an old statement so maybe it's wrong."),
    ("NEG", "Sort code {$SORT} is right. The {$PRICE} left my account on {$DATE} at {$TIME} and you still show it as unpaid."),
    ("NEG", "{$WORD:Mark} it as resolved please - replacement {$SKU} went out under order {$ORDER} on {$DATE}."),
    ("NEG_INVALID", "the italian tax code on the form is {!CF:low} but the portal says its not valid, any idea?"),
    ("NEG", "Your total is {$PRICE:gbp} incl. {$PCT} VAT. Estimated delivery {$DATE}, tracking number {$TRACK}."),
    ("NEG", "EAN {$EAN}, {$QTY} pcs, unit price {$PRICE:small}. Please confirm stock for w/c {$DATE}."),
    ("NEG_INVALID", "Invoicing system rejected AFM {!AFM} and AMKA {!AMKA} - both fail validation, customer will resend. Ref {$TICKET}."),

    # -- identifiers, any type
    ("ID_LABEL", "Hi, {X1.my} is {X1}. Could you add it to my account before order {$ORDER} ships?"),
    ("ID_LABEL", "As requested, {X1.my}: {X1:P1}. Let me know if you need anything else.\n{P1.first}\n{PH}"),
    ("ID_LABEL_AFTER", "{X1} is {X1.my}, sorry I forgot to put it on the form for invoice {$INV}."),
    ("ID_LABEL_LINE", "Re: order {$ORDER}\nHere you go\n{X1.lbl}\n{X1}\nThanks"),
    ("ID_BARE", "{X1}"),
    ("ID_BARE", "sorry, here it is {X1:low}"),
    ("ID_QUOTED", "Your portal says \"{X1}\" is invalid but I've checked it twice against the letter of {$DATE}."),
    ("ID_QUOTED", "I've put the number in brackets ({X1}) so you can copy it, ticket {$TICKET}."),
    ("ID_NEAR_NUMBER", "Paid {$PRICE} on {$DATE}, {X1.lbl} {X1}, and still no confirmation e-mail."),
    ("ID_NEAR_NUMBER", "[Agent] {X1.lbl} {X1} {$DATE} {$TIME} - caller verified, refund approved."),
    ("ID_TWO", "{X1.lbl}: {X1}\n{X2.lbl}: {X2}\nDate: {$DATE}"),
    ("ID_TWO", "Both numbers for application {$TICKET}: {X1} ({X1.nm}) and {X2} ({X2.nm})."),
    ("ID_TYPO", "Sorry, typo in my last message - it's not {X1.typo}, it's {X1}."),
    ("ID_TYPO", "[Agent] Caller first read out {X1.typo}, then corrected it to {X1}."),
    ("ID_GROUPS", "{X1.My} is {X1:grp}, copied straight from the letter of {$DATE}."),
    ("ID_LOWER", "hi can u check {X1.lmy} its {X1:low} thx, order {$ORDER}"),
    ("ID_EDGE", "Everything else on application {$TICKET} is filled in, the last thing they wanted was {X1.my}: {X1}"),
    ("ID_EDGE", "{X1} - please use this one, the number you have on file since {$YEAR} is wrong."),
    ("ID_FORM", "Name: {P1.full}\nTel: {PH}\nOrder: {$ORDER}\n{X1.lbl}: {X1:P1}"),
    ("ID_NEAR_NUMBER", "I rang at {$TIME} and they asked for {X1.my}. It's {X1}."),
    ("ID_DIALOG", "Agent: Thanks for waiting, that's order {$ORDER}. Can I take {X1.your}, please?\nCustomer: Sure, it's {X1}."),
    ("ID_DIALOG", "Agent: And {X1.your}?\nCaller: {X1}\nAgent: Thank you, and the order was {$PRICE}?"),
    ("ID_TWO", "My codice fiscale is {CF1:m} and my wife's is {CF2:f}; invoice {$INV} should show both."),
    ("ID_LOWER", "ok so my hetu is {HETU1:low} and the order is {$ORDER}"),
    ("ID_NEAR_NUMBER", "Refund of {$PRICE} to {IBAN1:FR:sp} please, that's my French account."),
    ("ID_GROUPS", "IBAN: {IBAN1:GB:sp}\nSort code: {IBAN1.sort}\nAccount holder: {P1.full}"),
    ("ID_PREFIX", "Could you reissue invoice {$INV} with our Italian VAT number {PIVA1:pre}? The accountant needs it by {$DATE}."),
    ("ID_PREFIX", "Our Greek branch's VAT number is {AFM1:pre} - the invoice for {$PRICE} still shows the old one."),

    # -- identifiers in their own context
    ("ID_CONTEXT", "The payment keeps failing on card {CARD1}, expiry {$EXP}. There's definitely money on it."),
    ("ID_CONTEXT", "Can you take the {$PRICE} from my Amex instead? {CARD1:amex}"),
    ("ID_CONTEXT", "I was charged twice on {CARD1:dash}, once on {$DATE} and again the next day."),
    ("ID_CONTEXT", "Please send the refund of {$PRICE} to {IBAN1:GB:sp}, account name {P1.full}."),
    ("ID_CONTEXT", "Refund of {$PRICE:eur} to my German account please, IBAN {IBAN1:DE}"),
    ("ID_CONTEXT", "We both have to be on the lease in Milan: my husband's codice fiscale is {CF1:m}, mine is {CF2:omo:f}. Rent is {$PRICE:eur} a month."),
    ("ID_CONTEXT", "Tax code for the Italian invoice: {CF1:P1@it}. The name on it should be {P1@it.full}."),
    ("ID_CONTEXT", "For the insurance claim they need my AMKA, which is {AMKA1}. Claim ref {$TICKET}."),
    ("ID_CONTEXT", "Please put my AFM {AFM1} on the receipt, I've been living in Athens since {$YEAR}."),
    ("ID_CONTEXT", "The Romanian form asks for the CNP. Mine's {CNP1:m:y19}, my wife's is {CNP2:f:y19}."),
    ("ID_CONTEXT", "The bank in Helsinki needs my henkilötunnus for the {$PRICE:eur} transfer: {HETU1}"),
    ("ID_CONTEXT", "My daughter's Finnish ID code is {HETU1:y2k:f} - she was born in Tampere, we moved back in {$YEAR}."),
    ("ID_CONTEXT", "I'm sorting out my great-grandfather's papers for the estate; his Finnish ID was {HETU1:plus:m}."),
    ("ID_CONTEXT", "For the Greek pharmacy order: AMKA {AMKA1}, prescription collected on {$DATE}."),
    ("ID_CONTEXT", "We're a sole trader in Bologna, partita IVA {PIVA1}, please add it to invoice {$INV}."),
    ("ID_CONTEXT", "CNP for the Romanian contract {$CONTRACT}: {CNP1}"),

    # -- phones
    ("PHONE_LOCAL", "Call me on {PH:uk:mob:loc} any time after {$TIME}."),
    ("PHONE_INTL", "You can reach me on {PH:us} or on WhatsApp at {PH:uk:mob:intl} until {$DATE}."),
    ("PHONE_SIG", "Kind regards,\n{P1.full}\nTel. {PH:uk:land}\n{P1.email}"),
    ("PHONE_LOCAL", "Customer no.: {$CUST}\nMobile: {PH:ie:mob:loc}\nHome: {PH:ie:land:loc}"),
    ("PHONE_INTL", "[Agent] Customer called from {PH:x} about order {$ORDER}, please ring back before {$TIME}."),
    ("PHONE_CHAT", "my numbers {PH:uk:mob:loc} if the driver cant find the house, its parcel {$TRACK}"),
    ("PHONE_CHAT", "whatsapp me on {PH:ie:mob:intl} pls, cant take calls at work"),
    ("PHONE_LOCAL", "Please change my number from {PH:uk:mob} to {PH:uk:mob}, the old one's been cut off since {$DATE}."),
    ("PHONE_LOCAL", "Caller: yeah it's {PH:us:loc}, that's my cell. Order was {$PRICE:usd}."),
    ("PHONE_SIG", "Thanks,\n{P1.first}\n\n{P1.full} | Operations\nM: {PH:uk:mob:intl}\nT: {PH:uk:land:intl}"),
    ("PHONE_INTL", "I'm in Greece until {$DATE}, best number is {PH:gr:mob:intl}."),
    ("PHONE_INTL", "If it's easier, call my sister in Rome on {PH:it:mob:intl} after {$TIME}."),
    ("PHONE_INTL", "Finnish mobile {PH:fi:mob:00} - I'm two hours ahead, so after {$TIME} your time please."),
    ("PHONE_LOCAL", "Best time to call is between {$TIME} and {$TIME} on {PH:us:loc}."),
    ("PHONE_SIG", "Sent from my iPhone\n{P1.full}\n{PH:ie:mob:intl}"),
    ("PHONE_INTL", "the number on the account is {PH:uk:mob:plus0} but I'm on {PH:ro:mob:intl} while I'm in Bucharest"),
    ("PHONE_DIALOG", "Agent: What's the best number to reach you on?\nCustomer: {PH:uk:mob:loc}, or the landline {PH:uk:land:loc} after {$TIME}."),
    ("PHONE_LOCAL", "Please stop calling {PH:us:loc}, that's my work phone. Use {PH:us:loc} instead."),
    ("PHONE_CHAT", "hiya its {P1.lfirst}, new number {PH:uk:mob:compact}, save it x"),
    ("PHONE_INTL", "Dad's landline in Ireland: {PH:ie:land:intl}. He's usually in after {$TIME}."),

    # -- names, e-mails, addresses, mixed
    ("NAME", "{P1.dear} {P1.sur},\nthanks for getting back to us. Your replacement ships on {$DATE}.\nKind regards,\n{P2.full}\nCustomer Care"),
    ("NAME", "My name is {P1.full} and I'm writing about order {$ORDER}, which arrived damaged."),
    ("NAME", "I spoke to {P1.first} on the phone yesterday and {P1?he|she} said the refund would take {$QTY:small} working days."),
    ("NAME", "Hi {P1.first},\nno worries, I've passed ticket {$TICKET} on to my colleague {P2.full} in billing.\nThanks, {P3.first}"),
    ("ADDRESS", "Please deliver to {AD} instead, I'm away from home until {$DATE}."),
    ("ADDRESS", "Hi, it's {P1.first} again - I've moved to {AD}, can you update the account before order {$ORDER} ships?"),
    ("EMAIL", "Please send the invoice for {$PRICE} to {P1.email} rather than my work address."),
    ("EMAIL", "Cheers,\n{P1.first}\n{P1.email} | {PH:uk:mob}"),
    ("EMAIL", "Can you resend the confirmation for booking {$BOOK} to {EM:cap}? It never arrived."),
    ("MULTI", "Full name: {P1.full}\nAddress: {AD}\nPhone: {PH}\nEmail: {P1.email}\n{X1.lbl}: {X1:P1}"),
    ("MULTI", "Hi, this is {P1.full}. The account holder is my dad, {P2m.full}, and the refund of {$PRICE:gbp} should go to {IBAN1:GB}."),
    ("ADDRESS", "Return label should go to {AD:us}, not the billing address. RMA {$TICKET}."),
    ("MULTI", "Contact on site: {P1.full}, {PH:ie:mob}. Deliveries before {$TIME} only."),
    ("MULTI", "Hi, I'm {P1.full}, {P1.email}. My card {CARD1} was charged {$PRICE} twice yesterday."),
    ("ADDRESS", "Billing address: {AD:uk}\nDelivery address: {AD:uk}\nPreferred delivery: {$DATE}, after {$TIME}"),
    ("NAME", "[Call notes] Spoke to {P1.full} at {$TIME}; {P1?he|she} confirmed the parcel {$TRACK} never arrived."),
    ("PHONE_LOCAL", "Can the courier ring {PH:uk:mob} when he's outside? The doorbell's broken. Parcel {$TRACK}."),
    ("PHONE_INTL", "{P1@fi.full} from our Helsinki office will collect order {$ORDER}, mobile {PH:fi:mob:intl}."),
    ("EMAIL", "Please update my e-mail: old {EM}, new {P1.email}. Customer number {$CUST}."),
    ("ID_CONTEXT", "Please invoice our Italian branch instead, P.IVA {PIVA1}, reference {$INV}."),
    ("ID_TYPO", "The CNP on the contract says {CNP1.typo} but the right one is {CNP1}."),
]

IT = [
    ("NEG", "Buongiorno, l'ordine n. {$ORDER} mi è stato addebitato {$PRICE:small} invece di {$PRICE:small:less}. Potete rimborsarmi la differenza?"),
    ("NEG", "Il pacco con codice di tracciamento {$TRACK} doveva arrivare il {$DATE} tra le {$TIME} e le {$TIME}, ma ancora niente."),
    ("NEG", "Nella fattura {$INV} risultano {$QTY} pezzi a {$PRICE:small} l'uno più IVA al {$PCT}: il totale non torna."),
    ("NEG", "[Operatore] Ticket {$TICKET}: il numero di serie sulla scatola ({$SERIAL}) non corrisponde a quello sullo scontrino."),
    ("NEG", "Prenotazione {$BOOK}, arrivo il {$DATE} verso le {$TIME}. È possibile fare il check-in in ritardo?"),
    ("NEG", "Codice cliente {$CUST}, reclamo aperto dal {$YEAR}. Il numero che ci ha dato ({!X}) non supera il controllo; chiede un aggiornamento scritto entro il {$DATE}."),
    ("NEG", "Consegnate anche al CAP {$POST}? Il sito mi dice che la zona non è coperta."),
    ("NEG", "ciao scusate ma l ordine {$ORDER} quando arriva?? avevo pagato {$PRICE:small} con la spedizione express"),
    ("NEG_INVALID", "Ho inserito il codice fiscale {!CF} ma il modulo continua a dire che non è valido, come mai?"),
    ("NEG_INVALID", "Il bonifico è tornato indietro: l'IBAN {!IBAN:IT} risulta inesistente. Forse ho sbagliato a copiarlo."),
    ("NEG_INVALID", "La P.IVA {!PIVA} non passa il controllo sul vostro portale, la ricontrollo con il commercialista entro il {$DATE}."),
    ("NEG", "{$WORD:Franco} destino o a carico nostro? Sono {$QTY} colli, ordine {$ORDER}."),
    ("NEG", "Totale ordine: {$PRICE} (IVA {$PCT} inclusa). Consegna prevista {$DATE}, tracking {$TRACK}."),
    ("NEG", "EAN {$EAN}, {$QTY} pz, prezzo unitario {$PRICE:small}. Confermate la disponibilità per il {$DATE}?"),
    ("NEG", "{$WORD:Rosa} antico o grigio perla? Per il divano {$SKU} la differenza è di {$PRICE}."),
    ("NEG_INVALID", "[Nota] Il cliente ha dettato la carta {!CARD} ma il circuito la rifiuta: numero non valido. Richiamerà alle {$TIME}."),

    ("ID_LABEL", "Buongiorno, {X1.my} è {X1}. Potete aggiornare il mio profilo prima della spedizione dell'ordine {$ORDER}?"),
    ("ID_LABEL", "Come richiesto, vi invio {X1.my}: {X1:P1}\nCordiali saluti\n{P1.full}\n{PH}"),
    ("ID_LABEL_AFTER", "{X1} ({X1.nm}), scusate se non l'avevo scritto nel modulo della fattura {$INV}."),
    ("ID_LABEL_LINE", "Rif. ordine {$ORDER}\nEcco i dati:\n{X1.lbl}\n{X1}\nGrazie mille"),
    ("ID_BARE", "{X1}"),
    ("ID_BARE", "ecco qua {X1:low}"),
    ("ID_QUOTED", "Il portale mi dice che \"{X1}\" non è corretto, ma l'ho ricontrollato due volte con la lettera del {$DATE}."),
    ("ID_QUOTED", "Vi riporto il numero tra parentesi ({X1}) così potete copiarlo, pratica {$TICKET}."),
    ("ID_NEAR_NUMBER", "Ho pagato {$PRICE} il {$DATE}, {X1.lbl} {X1}, ma non ho ricevuto nessuna conferma."),
    ("ID_NEAR_NUMBER", "[Operatore] {X1.lbl} {X1} verificato alle {$TIME}, rimborso approvato."),
    ("ID_TWO", "{X1.lbl}: {X1}\n{X2.lbl}: {X2}\nData: {$DATE}"),
    ("ID_TWO", "Per la pratica {$TICKET} vi mando entrambi: {X1} ({X1.nm}) e {X2} ({X2.nm})."),
    ("ID_TYPO", "Scusate, nel messaggio di prima ho sbagliato: non è {X1.typo} ma {X1}."),
    ("ID_TYPO", "[Operatore] Il cliente ha prima dettato {X1.typo}, poi si è corretto: {X1}."),
    ("ID_GROUPS", "{X1.My}: {X1:grp} (copiato dalla lettera del {$DATE})"),
    ("ID_LOWER", "ciao mi servirebbe una verifica, {X1.lmy} e {X1:low} ordine {$ORDER} grazie"),
    ("ID_EDGE", "Ho compilato tutto il resto della pratica {$TICKET}, mancava solo {X1.my}: {X1}"),
    ("ID_EDGE", "{X1} è il numero giusto, quello che avete in archivio dal {$YEAR} è vecchio."),
    ("ID_FORM", "Nome e cognome: {P1.full}\nTel.: {PH}\nOrdine: {$ORDER}\n{X1.lbl}: {X1:P1}"),
    ("ID_NEAR_NUMBER", "Ho chiamato alle {$TIME} e mi hanno chiesto {X1.my}. Ecco qui: {X1}"),
    ("ID_DIALOG", "Operatore: Grazie dell'attesa, ordine {$ORDER}. Mi può dare {X1.the}?\nCliente: Sì, è {X1}."),
    ("ID_DIALOG", "Operatore: E {X1.the}?\nCliente: {X1}\nOperatore: Grazie, l'importo era {$PRICE}, giusto?"),
    ("ID_TWO", "Il mio codice fiscale è {CF1:m} e quello di mia moglie {CF2:f}; la fattura {$INV} deve riportarli entrambi."),
    ("ID_LOWER", "allora il mio cf è {CF1:low} e l ordine è il {$ORDER}"),
    ("ID_NEAR_NUMBER", "Rimborso di {$PRICE} sul conto francese per favore: {IBAN1:FR:sp}."),
    ("ID_GROUPS", "IBAN: {IBAN1:IT:sp}\nIntestatario: {P1.full}\nFiliale di Bologna\nImporto: {$PRICE}"),
    ("ID_PREFIX", "Potete rifare la fattura {$INV} intestandola alla ditta? Partita IVA {PIVA1:pre}."),
    ("ID_PREFIX", "Per la fattura {$INV} alla filiale di Atene usate la partita IVA greca {AFM1:pre}, grazie."),

    ("ID_CONTEXT", "Salve, devo intestare il contratto {$CONTRACT} a mia moglie: il suo codice fiscale è {CF1:f}."),
    ("ID_CONTEXT", "C.F. {CF1:omo} - lo so che sembra strano, ma è un codice omocodico, me l'ha confermato l'Agenzia delle Entrate."),
    ("ID_CONTEXT", "cod fiscale {CF1:low:P1} nome {P1.lfull}"),
    ("ID_CONTEXT", "Ecco i dati per la fattura elettronica: {P1.full}, {CF1:P1}, {AD}."),
    ("ID_CONTEXT", "Sono un libero professionista, P. IVA {PIVA1} - mi serve la fattura per l'acquisto da {$PRICE}, non lo scontrino."),
    ("ID_CONTEXT", "Il pagamento non va a buon fine con la carta {CARD1}, scadenza {$EXP}. Il plafond c'è."),
    ("ID_CONTEXT", "Mi avete addebitato due volte {$PRICE} sulla carta {CARD1:dash}."),
    ("ID_CONTEXT", "Per il rimborso di {$PRICE} vi lascio il mio IBAN: {IBAN1:IT:sp}, intestato a {P1.full}."),
    ("ID_LOWER", "iban {IBAN1:IT:low} intestato a mia madre {P1f.lfull}"),
    ("ID_CONTEXT", "Per il rimborso di {$PRICE}: ho un conto in Germania, potete accreditare lì? IBAN {IBAN1:DE:sp}"),
    ("ID_CONTEXT", "Lavoro ad Atene e per la pratica {$TICKET} l'assicurazione mi chiede l'AMKA: {AMKA1}."),
    ("ID_CONTEXT", "Abito a Salonicco da due anni: per la ricevuta potete mettere il mio AFM {AFM1}?"),
    ("ID_CONTEXT", "Mia suocera è rumena, il suo CNP è {CNP1:f}; il contratto {$CONTRACT} va intestato a lei."),
    ("ID_CONTEXT", "Lavoro a Helsinki e la banca vuole il mio henkilötunnus per il bonifico: {HETU1}"),
    ("ID_CONTEXT", "Partita IVA {PIVA1} e codice fiscale del titolare {CF1} - per la ditta individuale sono diversi, vero?"),
    ("ID_CONTEXT", "Per la polizza di mio padre, che vive a Creta: AMKA {AMKA1}, scadenza il {$DATE}."),

    ("PHONE_LOCAL", "Mi potete richiamare al {PH:it:mob:loc}? Rispondo dopo le {$TIME}."),
    ("PHONE_LOCAL", "Cod. cliente {$CUST}\nCell. {PH:it:mob:loc} - fisso {PH:it:land:loc}"),
    ("PHONE_SIG", "Cordiali saluti\n{P1.full}\nTel. {PH:it:land}\nCell. {PH:it:mob}\n{P1.email}"),
    ("PHONE_CHAT", "scrivimi su whatsapp al {PH:it:mob:compact} che al telefono non rispondo, x l ordine {$ORDER}"),
    ("PHONE_INTL", "Al momento sono in Romania, il numero giusto è {PH:ro:mob:intl}."),
    ("PHONE_INTL", "[Operatore] La cliente ha chiamato da un numero greco, {PH:gr:mob:intl}, per l'ordine {$ORDER}. Richiamare entro le {$TIME}."),
    ("PHONE_LOCAL", "Vi prego di sostituire il numero {PH:it:mob} con {PH:it:mob}, il vecchio non lo uso più dal {$DATE}."),
    ("PHONE_INTL", "Per il corriere: {PH:it:mob:intl}, scala B, secondo piano. Spedizione {$TRACK}."),
    ("PHONE_INTL", "Mio figlio studia a Londra, in caso di problemi chiamate lui al {PH:uk:mob:intl}."),
    ("PHONE_LOCAL", "Il numero dello studio è {PH:it:land:loc}, chiedete di {P1.full}."),
    ("PHONE_SIG", "Grazie e buona giornata,\n{P1.first}\n\nInviato da smartphone\n{PH:it:mob:intl}"),
    ("PHONE_INTL", "Abito in Finlandia, quindi meglio chiamare il {PH:fi:mob:intl} (sono un'ora avanti rispetto all'Italia)."),
    ("PHONE_LOCAL", "Sono disponibile dalle {$TIME} alle {$TIME} al numero {PH:it:land}."),
    ("PHONE_DIALOG", "Operatore: A che numero la posso ricontattare?\nCliente: Al {PH:it:mob:loc}, oppure dopo le {$TIME} al fisso, {PH:it:land:loc}."),
    ("PHONE_LOCAL", "Per favore non chiamatemi più al {PH:it:mob}, è il numero del lavoro. Usate il {PH:it:mob}."),
    ("PHONE_CHAT", "ciao sono {P1.lfirst}, nuovo numero {PH:it:mob:compact} salvatelo"),
    ("PHONE_INTL", "Il fisso dei miei genitori è {PH:it:land:intl}, di solito sono a casa dopo le {$TIME}."),
    ("PHONE_INTL", "Sono a Dublino fino al {$DATE}: {PH:ie:mob:intl}."),

    ("NAME", "{P1.dear} {P1.sur},\nla ringraziamo per la segnalazione. La sostituzione partirà il {$DATE}.\nCordiali saluti,\n{P2.full}\nServizio Clienti"),
    ("NAME", "Mi chiamo {P1.full} e vi scrivo per l'ordine {$ORDER}, arrivato danneggiato."),
    ("NAME", "Ieri ho parlato con {P1.first} del vostro call center e mi ha detto che il rimborso arriva in {$QTY:small} giorni lavorativi."),
    ("NAME", "Ciao {P1.first},\nho girato la pratica {$TICKET} {P2?al collega|alla collega} {P2.full} dell'amministrazione.\nA presto, {P3.first}"),
    ("ADDRESS", "Potete spedire a {AD}? Fino al {$DATE} non sono a casa."),
    ("ADDRESS", "Sono {P1.first}, ho cambiato casa: il nuovo indirizzo è {AD}. Aggiornate l'anagrafica prima di spedire l'ordine {$ORDER}, per favore."),
    ("EMAIL", "Mandate la fattura da {$PRICE} a {P1.email}, non all'indirizzo dell'ufficio."),
    ("EMAIL", "Grazie,\n{P1.first}\n{P1.email} - {PH:it:mob}"),
    ("EMAIL", "Non mi è arrivata la mail di conferma della prenotazione {$BOOK}, potete rimandarla a {EM:cap}?"),
    ("MULTI", "Nome: {P1.full}\nIndirizzo: {AD}\nTelefono: {PH}\nE-mail: {P1.email}\n{X1.lbl}: {X1:P1}"),
    ("MULTI", "Salve, sono {P1.full}. L'intestatario del conto è mio padre, {P2m.full}; il rimborso di {$PRICE} va sull'IBAN {IBAN1:IT}."),
    ("ADDRESS", "Indirizzo di fatturazione: {AD}\nIndirizzo di spedizione: {AD}\nConsegna preferita: {$DATE} dopo le {$TIME}"),
    ("ADDRESS", "spedite pure a questo indirizzo: {AD:low} grazie"),
    ("MULTI", "Referente in cantiere: {P1.full}, {PH:it:mob}. Consegne solo prima delle {$TIME}."),
    ("MULTI", "Buongiorno, sono {P1.full} ({P1.email}). Sulla carta {CARD1} mi avete addebitato {$PRICE} due volte."),
    ("NAME", "[Note chiamata] Ho sentito {P1.full} alle {$TIME}: conferma che il pacco {$TRACK} non è mai arrivato."),
    ("PHONE_LOCAL", "Il corriere può chiamare al {PH:it:mob} quando arriva, il campanello non funziona. Spedizione {$TRACK}."),
    ("PHONE_INTL", "L'ordine {$ORDER} lo ritira {P1@fi.full}, del nostro ufficio di Helsinki: cell. {PH:fi:mob:intl}."),
    ("EMAIL", "Vi prego di aggiornare l'e-mail: vecchia {EM}, nuova {P1.email}. Codice cliente {$CUST}."),
    ("ID_CONTEXT", "Per la successione del bisnonno, che era finlandese, serve il suo henkilötunnus: {HETU1:plus:m}."),
    ("ID_LOWER", "mi intestate la fattura alla ditta? p.iva {PIVA1:pre:low}"),
    ("ID_TYPO", "Sulla fattura {$INV} la partita IVA è sbagliata: c'è scritto {PIVA1.typo}, quella giusta è {PIVA1}."),
]

EL = [
    ("NEG", "Καλησπέρα, η παραγγελία {$ORDER} χρεώθηκε {$PRICE:small} ενώ στο καλάθι έγραφε {$PRICE:small:less}. Μπορείτε να μου επιστρέψετε τη διαφορά;"),
    ("NEG", "Το δέμα με αριθμό αποστολής {$TRACK} έπρεπε να έρθει στις {$DATE} μεταξύ {$TIME} και {$TIME}, αλλά τίποτα ακόμα."),
    ("NEG", "Στο τιμολόγιο {$INV} γράφει {$QTY} τεμάχια προς {$PRICE:small} το ένα συν ΦΠΑ {$PCT}, το σύνολο δεν βγαίνει."),
    ("NEG", "[Εκπρόσωπος] Αίτημα {$TICKET}: ο σειριακός αριθμός στο κουτί ({$SERIAL}) δεν ταιριάζει με την απόδειξη."),
    ("NEG", "Κράτηση {$BOOK}, άφιξη {$DATE} γύρω στις {$TIME}. Γίνεται check-in αργά;"),
    ("NEG", "Κωδικός πελάτη {$CUST}, παράπονο ανοιχτό από το {$YEAR}. Ο αριθμός που μας έδωσε ({!X}) δεν περνάει τον έλεγχο· ζητά γραπτή απάντηση έως {$DATE}."),
    ("NEG", "Κάνετε αποστολή στον ΤΚ {$POST}; Το site λέει ότι η περιοχή δεν εξυπηρετείται."),
    ("NEG", "γεια σας, η παραγγελια {$ORDER} ποτε θα ερθει; πληρωσα {$PRICE:small} για γρηγορη αποστολη"),
    ("NEG_INVALID", "Έβαλα ΑΦΜ {!AFM} στη φόρμα και μου βγάζει «μη έγκυρος ΑΦΜ». Τι κάνω λάθος;"),
    ("NEG_INVALID", "Η επιστροφή χρημάτων γύρισε πίσω, το IBAN {!IBAN:GR} δεν υπάρχει λέει η τράπεζα."),
    ("NEG_INVALID", "Το ΑΜΚΑ {!AMKA} που έδωσε ο πελάτης δεν περνάει τον έλεγχο, θα μας το ξαναστείλει ως τις {$DATE}."),
    ("NEG", "{$WORD:Δόξα} τω Θεώ, ήρθε επιτέλους το δέμα {$TRACK}! Λείπουν όμως {$QTY:small} τεμάχια."),
    ("NEG", "Σύνολο παραγγελίας: {$PRICE} (με ΦΠΑ {$PCT}). Εκτιμώμενη παράδοση {$DATE}, αριθμός αποστολής {$TRACK}."),
    ("NEG", "EAN {$EAN}, {$QTY} τεμ., τιμή μονάδας {$PRICE:small}. Επιβεβαιώστε διαθεσιμότητα για τις {$DATE}."),
    ("NEG_INVALID", "[Σημείωση] Ο πελάτης υπαγόρευσε την κάρτα {!CARD} αλλά απορρίπτεται ως άκυρος αριθμός. Θα ξανακαλέσει στις {$TIME}."),
    ("NEG", "Η εγγύηση για το {$SKU} ισχύει μέχρι {$DATE}; Το αγόρασα το {$YEAR}, τιμολόγιο {$INV}."),

    ("ID_LABEL", "Καλημέρα, {X1.my} είναι {X1}. Μπορείτε να ενημερώσετε τον λογαριασμό μου πριν φύγει η παραγγελία {$ORDER};"),
    ("ID_LABEL", "Όπως μου ζητήσατε, σας στέλνω {X1.myacc}: {X1:P1}\nΕυχαριστώ,\n{P1.full}\n{PH}"),
    ("ID_LABEL_AFTER", "{X1} είναι {X1.my}, συγγνώμη που δεν το έγραψα στη φόρμα για το τιμολόγιο {$INV}."),
    ("ID_LABEL_LINE", "Παραγγελία {$ORDER}\nΟρίστε:\n{X1.lbl}\n{X1}\nΕυχαριστώ πολύ"),
    ("ID_BARE", "{X1}"),
    ("ID_BARE", "ορίστε {X1:low}"),
    ("ID_QUOTED", "Η πλατφόρμα σας λέει ότι το «{X1}» δεν είναι σωστό, αλλά το έλεγξα δύο φορές με την επιστολή της {$DATE}."),
    ("ID_QUOTED", "Σας το γράφω σε παρένθεση ({X1}) για να το αντιγράψετε, αίτημα {$TICKET}."),
    ("ID_NEAR_NUMBER", "Πλήρωσα {$PRICE} στις {$DATE}, {X1.lbl} {X1}, και δεν έχω λάβει καμία επιβεβαίωση."),
    ("ID_NEAR_NUMBER", "[Εκπρόσωπος] {X1.lbl} {X1} επιβεβαιώθηκε στις {$TIME}, εγκρίθηκε η επιστροφή."),
    ("ID_TWO", "{X1.lbl}: {X1}\n{X2.lbl}: {X2}\nΗμερομηνία: {$DATE}"),
    ("ID_TWO", "Για την αίτηση {$TICKET} σας στέλνω και τα δύο: {X1} ({X1.nm}) και {X2} ({X2.nm})."),
    ("ID_TYPO", "Συγγνώμη, στο προηγούμενο μήνυμα έκανα λάθος: δεν είναι {X1.typo} αλλά {X1}."),
    ("ID_TYPO", "[Εκπρόσωπος] Ο πελάτης είπε πρώτα {X1.typo} και μετά το διόρθωσε σε {X1}."),
    ("ID_GROUPS", "{X1.My}: {X1:grp} (από την επιστολή της {$DATE})"),
    ("ID_LOWER", "καλησπερα, {X1.lmy} ειναι {X1:low} μπορειτε να το τσεκαρετε? παραγγελια {$ORDER}"),
    ("ID_EDGE", "Τα υπόλοιπα στοιχεία της αίτησης {$TICKET} τα συμπλήρωσα, έλειπε μόνο {X1.my}: {X1}"),
    ("ID_EDGE", "{X1} είναι το σωστό, αυτό που έχετε στο σύστημα από το {$YEAR} είναι παλιό."),
    ("ID_FORM", "Ονοματεπώνυμο: {P1.full}\nΤηλ.: {PH}\nΠαραγγελία: {$ORDER}\n{X1.lbl}: {X1:P1}"),
    ("ID_NEAR_NUMBER", "Πήρα τηλέφωνο στις {$TIME} και μου ζήτησαν {X1.myacc}. Ορίστε: {X1}"),
    ("ID_DIALOG", "Εκπρόσωπος: Ευχαριστώ για την αναμονή, παραγγελία {$ORDER}. Μου λέτε {X1.your};\nΠελάτης: Ναι, {X1}."),
    ("ID_DIALOG", "Εκπρόσωπος: Και {X1.your};\nΠελάτισσα: {X1}\nΕκπρόσωπος: Ευχαριστώ, το ποσό ήταν {$PRICE};"),
    ("ID_TWO", "ΑΜΚΑ δικό μου {AMKA1} και της συζύγου μου {AMKA2}, κωδικός πελάτη {$CUST}."),
    ("ID_LOWER", "λοιπον το αφμ μου ειναι {AFM1} και η παραγγελια {$ORDER}"),
    ("ID_NEAR_NUMBER", "Επιστροφή {$PRICE} στον γαλλικό λογαριασμό μου παρακαλώ: {IBAN1:FR:sp}."),
    ("ID_GROUPS", "IBAN: {IBAN1:GR:sp}\nΔικαιούχος: {P1.full}\nΚατάστημα Πειραιά\nΠοσό: {$PRICE}"),
    ("ID_PREFIX", "Ο ΑΦΜ της εταιρείας για το ενδοκοινοτικό τιμολόγιο {$INV} είναι {AFM1:pre}."),
    ("ID_PREFIX", "Το τιμολόγιο να εκδοθεί στην ιταλική εταιρεία, partita IVA {PIVA1:pre}, ποσό {$PRICE}."),

    ("ID_CONTEXT", "Για την άυλη συνταγή της {$DATE} ο φαρμακοποιός ζητάει ΑΜΚΑ: {AMKA1}."),
    ("ID_FORM", "ΑΜΚΑ ασφαλισμένου: {AMKA1}\nΑΜΚΑ συζύγου: {AMKA2}\nΑρ. συμβολαίου: {$CONTRACT}"),
    ("ID_CONTEXT", "Για την παραγγελία {$ORDER} θέλω τιμολόγιο και όχι απόδειξη. ΑΦΜ {AFM1}, ΔΟΥ Καλαμαριάς."),
    ("ID_LOWER", "αφμ {AFM1} και στοιχεια τιμολογησης ιδια με την προηγουμενη φορα"),
    ("ID_CONTEXT", "Η πληρωμή απορρίπτεται με την κάρτα {CARD1}, λήξη {$EXP}. Υπόλοιπο υπάρχει."),
    ("ID_CONTEXT", "Με χρεώσατε δύο φορές {$PRICE} στην κάρτα {CARD1:dash}."),
    ("ID_CONTEXT", "Για την επιστροφή των {$PRICE} σας δίνω το IBAN μου: {IBAN1:GR:sp}, δικαιούχος {P1.full}."),
    ("ID_LOWER", "iban {IBAN1:GR:low} στο ονομα της μητερας μου {P1f.lfull}"),
    ("ID_CONTEXT", "Για την επιστροφή των {$PRICE}: έχω λογαριασμό στη Γερμανία, μπορείτε να καταθέσετε εκεί; IBAN {IBAN1:DE:sp}"),
    ("ID_CONTEXT", "Δουλεύω στο Μιλάνο και χρειάζομαι τιμολόγιο για τα {$PRICE} με τον ιταλικό φορολογικό μου κωδικό: {CF1}."),
    ("ID_CONTEXT", "Η σύζυγός μου είναι από τη Ρουμανία, το CNP της είναι {CNP1:f}."),
    ("ID_CONTEXT", "Μένω στο Τάμπερε και η τράπεζα ζητάει τον φινλανδικό μου κωδικό (henkilötunnus): {HETU1}"),
    ("ID_CONTEXT", "Για την ασφάλιση του πατέρα μου: ΑΜΚΑ {AMKA1}, ΑΦΜ {AFM1}, συμβόλαιο {$CONTRACT}."),
    ("ID_CONTEXT", "Για την ενοικίαση αυτοκινήτου στη Ρώμη μου ζήτησαν codice fiscale, μου έβγαλαν αυτό: {CF1:omo}."),
    ("ID_CONTEXT", "Η κόρη μου γεννήθηκε στο Ελσίνκι, ο κωδικός της είναι {HETU1:y2k:f}."),
    ("ID_CONTEXT", "ΑΦΜ εργοδότη: {AFM1}. Στην αίτηση της {$DATE} το είχα γράψει λάθος, μπορείτε να το διορθώσετε;"),

    ("PHONE_LOCAL", "Μπορείτε να με καλέσετε στο {PH:gr:mob:loc}; Μετά τις {$TIME} σηκώνω κανονικά."),
    ("PHONE_LOCAL", "Κωδ. πελάτη {$CUST}\nΚιν. {PH:gr:mob:loc} - σταθερό {PH:gr:land:loc}"),
    ("PHONE_SIG", "Με εκτίμηση,\n{P1.full}\nΤηλ. {PH:gr:land}\nΚιν. {PH:gr:mob}\n{P1.email}"),
    ("PHONE_CHAT", "στειλτε μου στο viber {PH:gr:mob:compact} γιατι δεν σηκωνω αγνωστα, για την παραγγελια {$ORDER}"),
    ("PHONE_INTL", "Αυτή την περίοδο είμαι στη Φινλανδία, το σωστό κινητό είναι {PH:fi:mob:intl}."),
    ("PHONE_INTL", "[Εκπρόσωπος] Η πελάτισσα κάλεσε από ιταλικό αριθμό, {PH:it:mob:intl}, για την παραγγελία {$ORDER}. Να της τηλεφωνήσουμε πριν τις {$TIME}."),
    ("PHONE_LOCAL", "Παρακαλώ αλλάξτε το κινητό μου από {PH:gr:mob} σε {PH:gr:mob}, το παλιό δεν το χρησιμοποιώ από τις {$DATE}."),
    ("PHONE_INTL", "Για τον κούριερ: {PH:gr:mob:intl}, τρίτος όροφος, κουδούνι με το όνομα της εταιρείας. Αποστολή {$TRACK}."),
    ("PHONE_INTL", "Ο γιος μου σπουδάζει στο Λονδίνο, αν υπάρξει πρόβλημα καλέστε τον στο {PH:uk:mob:intl}."),
    ("PHONE_LOCAL", "Το τηλέφωνο του γραφείου είναι {PH:gr:land:loc}, ζητήστε {P1?τον|την} {P1.acc}."),
    ("PHONE_SIG", "Ευχαριστώ πολύ,\n{P1.first}\n\nΣτάλθηκε από το κινητό μου\n{PH:gr:mob:intl}"),
    ("PHONE_INTL", "Μένω στο Βουκουρέστι, οπότε καλύτερα καλέστε στο {PH:ro:mob:intl}."),
    ("PHONE_LOCAL", "Είμαι στο γραφείο από {$TIME} έως {$TIME} στο {PH:gr:land}."),
    ("PHONE_DIALOG", "Εκπρόσωπος: Σε ποιο τηλέφωνο μπορώ να σας βρω;\nΠελάτης: Στο {PH:gr:mob:loc}, ή μετά τις {$TIME} στο σταθερό {PH:gr:land:loc}."),
    ("PHONE_LOCAL", "Παρακαλώ μη με καλείτε άλλο στο {PH:gr:mob}, είναι το κινητό της δουλειάς. Χρησιμοποιήστε το {PH:gr:mob}."),
    ("PHONE_CHAT", "γεια ειμαι {P1?ο|η} {P1.lfirst}, νεο νουμερο {PH:gr:mob:compact} αποθηκευστε το"),
    ("PHONE_INTL", "Το σταθερό των γονιών μου είναι {PH:gr:land:intl}, συνήθως είναι σπίτι μετά τις {$TIME}."),
    ("PHONE_INTL", "Είμαι στη Νέα Υόρκη μέχρι τις {$DATE}, καλέστε με στο {PH:us:intl}."),

    ("NAME", "{P1.dear} {P1.vsur},\nσας ευχαριστούμε για την επικοινωνία. Το ανταλλακτικό θα αποσταλεί στις {$DATE}.\nΜε εκτίμηση,\n{P2.full}\nΕξυπηρέτηση Πελατών"),
    ("NAME", "Ονομάζομαι {P1.full} και σας γράφω για την παραγγελία {$ORDER}, που ήρθε χτυπημένη."),
    ("NAME", "Χθες μίλησα με {P1?τον|την} {P1.afirst} από το τηλεφωνικό σας κέντρο και μου είπε ότι η επιστροφή θα γίνει σε {$QTY:small} εργάσιμες."),
    ("NAME", "Γεια σου {P1.vfirst},\nτο αίτημα {$TICKET} το πέρασα {P2?στον συνάδελφο|στη συνάδελφο} {P2.acc} από το λογιστήριο.\nΤα λέμε, {P3.first}"),
    ("ADDRESS", "Μπορείτε να το στείλετε στη διεύθυνση {AD}; Μέχρι τις {$DATE} λείπω από το σπίτι."),
    ("ADDRESS", "Είμαι {P1?ο|η} {P1.first}, μετακόμισα: νέα διεύθυνση {AD}. Ενημερώστε το προφίλ μου πριν σταλεί η παραγγελία {$ORDER}."),
    ("EMAIL", "Στείλτε το τιμολόγιο των {$PRICE} στο {P1.email} και όχι στο email της δουλειάς."),
    ("EMAIL", "Ευχαριστώ,\n{P1.first}\n{P1.email} - {PH:gr:mob}"),
    ("EMAIL", "Δεν ήρθε το email επιβεβαίωσης για την κράτηση {$BOOK}, μπορείτε να το ξαναστείλετε στο {EM:cap};"),
    ("MULTI", "Ονοματεπώνυμο: {P1.full}\nΔιεύθυνση: {AD}\nΤηλέφωνο: {PH}\nEmail: {P1.email}\n{X1.lbl}: {X1:P1}"),
    ("MULTI", "Γεια σας, είμαι {P1?ο|η} {P1.full}. Δικαιούχος του λογαριασμού είναι ο πατέρας μου, {P2m.full}, IBAN {IBAN1:GR}, ποσό επιστροφής {$PRICE}."),
    ("ADDRESS", "Διεύθυνση τιμολόγησης: {AD}\nΔιεύθυνση αποστολής: {AD}\nΠροτιμώμενη παράδοση: {$DATE} μετά τις {$TIME}"),
    ("ADDRESS", "στειλτε το στη διευθυνση {AD:low} ευχαριστω"),
    ("MULTI", "Υπεύθυνος παραλαβής: {P1m.full}, {PH:gr:mob}. Παραδόσεις μόνο πριν τις {$TIME}."),
    ("MULTI", "Καλημέρα, είμαι {P1?ο|η} {P1.full} ({P1.email}). Στην κάρτα {CARD1} με χρεώσατε {$PRICE} δύο φορές."),
    ("NAME", "[Σημειώσεις κλήσης] Μίλησα με {P1?τον|την} {P1.acc} στις {$TIME}, επιβεβαιώνει ότι το δέμα {$TRACK} δεν παραδόθηκε ποτέ."),
    ("PHONE_LOCAL", "Ο κούριερ ας με πάρει στο {PH:gr:mob} όταν φτάσει, το κουδούνι δεν χτυπάει. Αποστολή {$TRACK}."),
    ("PHONE_INTL", "Την παραγγελία {$ORDER} θα την παραλάβει {P1@fi?ο|η} συνάδελφος {P1@fi.full} από το γραφείο του Ελσίνκι, κινητό {PH:fi:mob:intl}."),
    ("EMAIL", "Παρακαλώ αλλάξτε το email μου: παλιό {EM}, νέο {P1.email}. Κωδικός πελάτη {$CUST}."),
    ("ID_CONTEXT", "Ο Ιταλός προμηθευτής έχει partita IVA {PIVA1}, ενώ το δικό μας ΑΦΜ είναι {AFM1}."),
    ("ID_TYPO", "Στο συμβόλαιο γράφει ΑΜΚΑ {AMKA1.typo}, το σωστό είναι {AMKA1}."),
]

RO = [
    ("NEG", "Bună ziua, comanda nr. {$ORDER} mi-a fost taxată {$PRICE:small}, deși în coș apărea {$PRICE:small:less}. Îmi puteți returna diferența?"),
    ("NEG", "Coletul cu AWB {$TRACK} trebuia să ajungă pe {$DATE} între {$TIME} și {$TIME}, dar încă nimic."),
    ("NEG", "Pe factura {$INV} apar {$QTY} bucăți la {$PRICE:small} bucata plus TVA {$PCT}, totalul nu se potrivește."),
    ("NEG", "[Operator] Tichet {$TICKET}: seria de pe cutie ({$SERIAL}) nu corespunde cu cea de pe bon."),
    ("NEG", "Rezervarea {$BOOK}, sosire pe {$DATE} pe la {$TIME}. Se poate face check-in mai târziu?"),
    ("NEG", "Cod client {$CUST}, reclamație deschisă din {$YEAR}. Numărul dat de client ({!X}) nu trece validarea; cere un răspuns în scris până pe {$DATE}."),
    ("NEG", "Livrați și la codul poștal {$POST}? Site-ul zice că zona nu e acoperită."),
    ("NEG", "buna ziua, comanda {$ORDER} cand ajunge? am platit {$PRICE:small} pt livrare rapida"),
    ("NEG_INVALID", "Am introdus CNP-ul {!CNP} și formularul spune că nu e valid. Ce greșesc?"),
    ("NEG_INVALID", "Banca mi-a returnat transferul, IBAN-ul {!IBAN:RO} nu există, zic ei."),
    ("NEG_INVALID", "[Notă] Clientul a dictat cardul {!CARD}, dar e respins ca număr invalid. Revine la ora {$TIME}."),
    ("NEG", "{$WORD:Crăciun} fericit! Voucherul de {$PRICE} se poate folosi până pe {$DATE}?"),
    ("NEG", "Total comandă: {$PRICE} (TVA {$PCT} inclus). Livrare estimată {$DATE}, AWB {$TRACK}."),
    ("NEG", "EAN {$EAN}, {$QTY} buc., preț unitar {$PRICE:small}. Confirmați stocul pentru {$DATE}?"),
    ("NEG_INVALID", "Codul fiscal italian {!CF} nu trece validarea pe platforma lor, o să-l verific cu contabila."),
    ("NEG", "Garanția pentru {$SKU} e valabilă până pe {$DATE}? L-am cumpărat în {$YEAR}, factura {$INV}."),

    ("ID_LABEL", "Bună ziua, {X1.my} este {X1}. Îl puteți adăuga în cont înainte să plece comanda {$ORDER}?"),
    ("ID_LABEL", "Cum mi-ați cerut, vă trimit {X1.my}: {X1:P1}\nCu stimă,\n{P1.full}\n{PH}"),
    ("ID_LABEL_AFTER", "{X1} este {X1.my}, scuze că nu l-am trecut în formularul pentru factura {$INV}."),
    ("ID_LABEL_LINE", "Comanda {$ORDER}\nPoftim:\n{X1.lbl}\n{X1}\nMulțumesc frumos"),
    ("ID_BARE", "{X1}"),
    ("ID_BARE", "poftim {X1:low}"),
    ("ID_QUOTED", "Platforma voastră spune că „{X1}” nu e corect, dar l-am verificat de două ori cu scrisoarea din {$DATE}."),
    ("ID_QUOTED", "Vi-l scriu între paranteze ({X1}) ca să-l puteți copia, tichet {$TICKET}."),
    ("ID_NEAR_NUMBER", "Am plătit {$PRICE} pe {$DATE}, {X1.lbl} {X1}, și n-am primit nicio confirmare."),
    ("ID_NEAR_NUMBER", "[Operator] {X1.lbl} {X1} verificat la ora {$TIME}, rambursare aprobată."),
    ("ID_TWO", "{X1.lbl}: {X1}\n{X2.lbl}: {X2}\nData: {$DATE}"),
    ("ID_TWO", "Pentru dosarul {$TICKET} vă trimit ambele: {X1} ({X1.nm}) și {X2} ({X2.nm})."),
    ("ID_TYPO", "Scuze, în mesajul anterior am greșit: nu e {X1.typo}, ci {X1}."),
    ("ID_TYPO", "[Operator] Clientul a dictat întâi {X1.typo}, apoi s-a corectat: {X1}."),
    ("ID_GROUPS", "{X1.My}: {X1:grp} (copiat din scrisoarea din {$DATE})"),
    ("ID_LOWER", "buna, {X1.lmy} e {X1:low} puteti verifica va rog? comanda {$ORDER}"),
    ("ID_EDGE", "Am completat tot restul cererii {$TICKET}, lipsea doar {X1.my}: {X1}"),
    ("ID_EDGE", "{X1} e cel corect, cel pe care îl aveți în sistem din {$YEAR} e vechi."),
    ("ID_FORM", "Nume și prenume: {P1.full}\nTelefon - {PH}\nComandă: {$ORDER}\n{X1.lbl} - {X1:P1}"),
    ("ID_NEAR_NUMBER", "Am sunat la ora {$TIME} și mi-au cerut {X1.my}. Poftim: {X1}"),
    ("ID_DIALOG", "Operator: Mulțumesc că ați așteptat, comanda {$ORDER}. Îmi puteți spune {X1.your}?\nClient: Da, e {X1}."),
    ("ID_DIALOG", "Operator: Și {X1.your}?\nClientă: {X1}\nOperator: Mulțumesc, suma era {$PRICE}, corect?"),
    ("ID_TWO", "CNP-ul meu e {CNP1:m:y19} și al soției {CNP2:f:y19}; pe contractul {$CONTRACT} trebuie să apară amândouă."),
    ("ID_LOWER", "deci cnp ul meu e {CNP1} si comanda e {$ORDER}"),
    ("ID_NEAR_NUMBER", "Rambursarea de {$PRICE} vă rog în contul din Germania: {IBAN1:DE:sp}."),
    ("ID_GROUPS", "IBAN: {IBAN1:RO:sp}\nTitular: {P1.full}\nSucursala Cluj\nSuma: {$PRICE}"),
    ("ID_PREFIX", "Factura {$INV} trebuie emisă pe firma din Italia, partita IVA {PIVA1:pre}."),
    ("ID_PREFIX", "Pentru factura intracomunitară către clientul grec folosiți codul {AFM1:pre}, suma {$PRICE}."),

    ("ID_CONTEXT", "Pentru contractul de abonament {$CONTRACT} trebuie să trec CNP-ul: {CNP1}."),
    ("ID_FORM", "CNP titular: {CNP1:m:y19}\nCNP soție: {CNP2:f:y19}\nNr. contract: {$CONTRACT}"),
    ("ID_LOWER", "cnp {CNP1} si seria de buletin o trimit dupa"),
    ("ID_CONTEXT", "Vă rog să emiteți factura pe persoană fizică: {P1.full}, CNP {CNP1:P1}, {AD}."),
    ("ID_CONTEXT", "Plata nu trece cu cardul {CARD1}, expiră {$EXP}. Bani sunt pe card."),
    ("ID_CONTEXT", "M-ați taxat de două ori cu {$PRICE} pe cardul {CARD1:dash}."),
    ("ID_CONTEXT", "Pentru rambursarea de {$PRICE} vă las IBAN-ul meu: {IBAN1:RO:sp}, titular {P1.full}."),
    ("ID_LOWER", "iban {IBAN1:RO:low} pe numele mamei mele {P1f.lfull}"),
    ("ID_CONTEXT", "Pentru rambursarea de {$PRICE}: am cont în Spania, puteți vira acolo? IBAN {IBAN1:ES:sp}"),
    ("ID_CONTEXT", "Lucrez în Grecia și pentru dosarul {$TICKET} asigurarea îmi cere AMKA: {AMKA1}."),
    ("ID_CONTEXT", "Locuiesc în Salonic; pentru chitanță puteți trece AFM-ul meu {AFM1}?"),
    ("ID_CONTEXT", "Soțul meu lucrează la Torino, codul lui fiscal italian e {CF1:m}."),
    ("ID_CONTEXT", "Lucrez în Espoo și banca îmi cere codul personal finlandez: {HETU1}"),
    ("ID_CONTEXT", "Fiica mea s-a născut în Finlanda, codul ei personal e {HETU1:y2k:f}; pe formular trebuie trecut și CNP-ul meu, {CNP1:y19}."),
    ("ID_CONTEXT", "CNP - {CNP1}\nTelefon - {PH:ro:mob}\nAdresă - {AD}"),
    ("ID_CONTEXT", "Am primit codul fiscal italian pentru chirie: {CF1:omo}. E normal să aibă litere în loc de cifre?"),

    ("PHONE_LOCAL", "Mă puteți suna la {PH:ro:mob:loc}? Răspund după ora {$TIME}."),
    ("PHONE_LOCAL", "Cod client {$CUST}\nMobil {PH:ro:mob:loc} - fix {PH:ro:land:loc}"),
    ("PHONE_SIG", "Cu stimă,\n{P1.full}\nTel. {PH:ro:land}\nMobil {PH:ro:mob}\n{P1.email}"),
    ("PHONE_CHAT", "scrieti-mi pe whatsapp la {PH:ro:mob:compact} ca nu raspund la numere necunoscute, e pt comanda {$ORDER}"),
    ("PHONE_INTL", "Momentan sunt în Italia, numărul bun e {PH:it:mob:intl}."),
    ("PHONE_INTL", "[Operator] Clienta a sunat de pe un număr grecesc, {PH:gr:mob:intl}, pentru comanda {$ORDER}. De revenit până la ora {$TIME}."),
    ("PHONE_LOCAL", "Vă rog schimbați numărul meu din {PH:ro:mob} în {PH:ro:mob}, pe cel vechi nu-l mai folosesc din {$DATE}."),
    ("PHONE_INTL", "Pentru curier: {PH:ro:mob:intl}, interfon 12, etajul 3. AWB {$TRACK}."),
    ("PHONE_INTL", "Fiul meu e la studii în Dublin, dacă e vreo problemă sunați-l la {PH:ie:mob:intl}."),
    ("PHONE_LOCAL", "Telefonul de la birou e {PH:ro:land:loc}, cereți-{P1?l|o} pe {P1?domnul|doamna} {P1.sur}."),
    ("PHONE_SIG", "Mulțumesc,\n{P1.first}\n\nTrimis de pe telefonul meu\n{PH:ro:mob:intl}"),
    ("PHONE_INTL", "Stau în Finlanda, așa că sunați mai bine la {PH:fi:mob:intl} (suntem în același fus orar)."),
    ("PHONE_LOCAL", "Sunt la birou de la {$TIME} la {$TIME}, la numărul {PH:ro:land}."),
    ("PHONE_DIALOG", "Operator: La ce număr vă pot contacta?\nClient: La {PH:ro:mob:loc} sau după ora {$TIME} pe fix, la {PH:ro:land:loc}."),
    ("PHONE_LOCAL", "Vă rog nu mă mai sunați la {PH:ro:mob}, e numărul de serviciu. Folosiți {PH:ro:mob}."),
    ("PHONE_CHAT", "salut sunt {P1.lfirst}, numar nou {PH:ro:mob:compact} salvati-l va rog"),
    ("PHONE_INTL", "Numărul fix al părinților mei e {PH:ro:land:intl}, de obicei sunt acasă după ora {$TIME}."),
    ("PHONE_INTL", "Sunt la Londra până pe {$DATE}, mă găsiți la {PH:uk:mob}."),

    ("NAME", "{P1.dear} {P1.sur},\nvă mulțumim pentru mesaj. Produsul înlocuitor va fi expediat pe {$DATE}.\nCu stimă,\n{P2.full}\nRelații Clienți"),
    ("NAME", "Mă numesc {P1.full} și vă scriu în legătură cu comanda {$ORDER}, care a ajuns deteriorată."),
    ("NAME", "Ieri am vorbit cu {P1.first} de la call center și mi-a spus că banii vin în {$QTY:small} zile lucrătoare."),
    ("NAME", "Salut {P1.first},\nam trimis dosarul {$TICKET} {P2?colegului|colegei} {P2.full} de la contabilitate.\nO zi bună, {P3.first}"),
    ("ADDRESS", "Puteți livra la {AD}? Până pe {$DATE} nu sunt acasă."),
    ("ADDRESS", "Sunt {P1.first}, m-am mutat: adresa nouă e {AD}. Vă rog actualizați-mi datele înainte să plece comanda {$ORDER}."),
    ("EMAIL", "Trimiteți factura de {$PRICE} pe {P1.email}, nu pe adresa de la serviciu."),
    ("EMAIL", "Mulțumesc,\n{P1.first}\n{P1.email} - {PH:ro:mob}"),
    ("EMAIL", "Nu mi-a venit mailul de confirmare pentru rezervarea {$BOOK}, îl puteți retrimite la {EM:cap}?"),
    ("MULTI", "Nume: {P1.full}\nAdresă: {AD}\nTelefon: {PH}\nE-mail: {P1.email}\n{X1.lbl}: {X1:P1}"),
    ("MULTI", "Bună, sunt {P1.full}. Titularul contului e tatăl meu, {P2m.full}, IBAN {IBAN1:RO}, pentru rambursarea de {$PRICE}."),
    ("ADDRESS", "Adresa de facturare: {AD}\nAdresa de livrare: {AD}\nLivrare preferată: {$DATE}, după ora {$TIME}"),
    ("ADDRESS", "trimiteti la adresa asta {AD:low} multumesc"),
    ("MULTI", "Persoană de contact pe șantier: {P1.full}, {PH:ro:mob}. Livrări doar înainte de ora {$TIME}."),
    ("MULTI", "Bună ziua, sunt {P1.full} ({P1.email}). Pe cardul {CARD1} mi-ați luat {$PRICE} de două ori."),
    ("NAME", "[Notițe apel] Am vorbit cu {P1?domnul|doamna} {P1.full} la ora {$TIME}; confirmă că coletul {$TRACK} nu a ajuns niciodată."),
    ("PHONE_LOCAL", "Curierul să mă sune la {PH:ro:mob} când ajunge, interfonul nu merge. AWB {$TRACK}."),
    ("PHONE_INTL", "Coletul pentru comanda {$ORDER} îl ridică {P1@fi?colegul|colega} {P1@fi.full} de la biroul din Helsinki, mobil {PH:fi:mob:intl}."),
    ("EMAIL", "Vă rog să-mi schimbați adresa de e-mail: veche {EM}, nouă {P1.email}. Cod client {$CUST}."),
    ("ID_CONTEXT", "Furnizorul nostru din Italia are partita IVA {PIVA1}; vă rog s-o treceți pe factura {$INV}."),
    ("ID_TYPO", "CNP-ul corect e {CNP1}, nu {CNP1.typo} cum apare pe contractul {$CONTRACT}."),
]

FI = [
    ("NEG", "Hei, tilauksesta {$ORDER} veloitettiin {$PRICE:small}, vaikka ostoskorissa luki {$PRICE:small:less}. Voitteko palauttaa erotuksen?"),
    ("NEG", "Lähetyksen {$TRACK} piti tulla {$DATE} klo {$TIME}–{$TIME}, mutta mitään ei ole kuulunut."),
    ("NEG", "Laskulla {$INV} on {$QTY} kpl à {$PRICE:small} plus ALV {$PCT}, eikä summa täsmää."),
    ("NEG", "[Asiakaspalvelu] Tiketti {$TICKET}: laatikon sarjanumero ({$SERIAL}) ei vastaa kuitissa olevaa."),
    ("NEG", "Varaus {$BOOK}, saavun {$DATE} noin klo {$TIME}. Onnistuuko myöhäinen sisäänkirjautuminen?"),
    ("NEG", "Asiakasnumero {$CUST}, reklamaatio auki vuodesta {$YEAR}. Asiakkaan antama numero ({!X}) ei läpäise tarkistusta; hän pyytää kirjallista vastausta {$DATE} mennessä."),
    ("NEG", "Toimitatteko postinumeroon {$POST}? Kassalla sanotaan, ettei alue kuulu toimitusalueeseen."),
    ("NEG", "moi, koska tilaus {$ORDER} tulee? maksoin {$PRICE:small} pikatoimituksesta"),
    ("NEG_INVALID", "Syötin henkilötunnuksen {!HETU} ja lomake väittää, että se on virheellinen. Mitä teen väärin?"),
    ("NEG_INVALID", "Pankki palautti siirron, tilinumeroa {!IBAN:FI} ei kuulemma ole olemassa."),
    ("NEG_INVALID", "[Muistiinpano] Asiakas luetteli kortin {!CARD}, mutta se hylätään virheellisenä numerona. Soittaa uudelleen klo {$TIME}."),
    ("NEG", "{$WORD:Lahja} on tarkoitus antaa jouluna, ehtiikö tilaus {$ORDER} perille ennen {$DATE}?"),
    ("NEG", "Tilauksen summa: {$PRICE} (sis. ALV {$PCT}). Arvioitu toimitus {$DATE}, seurantakoodi {$TRACK}."),
    ("NEG", "EAN {$EAN}, {$QTY} kpl, yksikköhinta {$PRICE:small}. Vahvistatteko saatavuuden {$DATE}?"),
    ("NEG_INVALID", "Kreikkalainen AFM {!AFM} ja romanialainen CNP {!CNP} eivät mene järjestelmästä läpi, asiakas tarkistaa ne."),
    ("NEG", "Onko tuotteen {$SKU} takuu voimassa {$DATE} asti? Ostin sen vuonna {$YEAR}, lasku {$INV}."),

    ("ID_LABEL", "Hei, {X1.my} on {X1}. Voitteko lisätä sen tietoihini ennen kuin tilaus {$ORDER} lähtee?"),
    ("ID_LABEL", "Tässä pyytämänne tieto, {X1.my}: {X1:P1}\nTerveisin\n{P1.full}\n{PH}"),
    ("ID_LABEL_AFTER", "{X1} on {X1.my}, anteeksi kun unohdin laittaa sen laskun {$INV} lomakkeelle."),
    ("ID_LABEL_LINE", "Tilaus {$ORDER}\nTässä:\n{X1.lbl}\n{X1}\nKiitos paljon"),
    ("ID_BARE", "{X1}"),
    ("ID_BARE", "tässä {X1:low}"),
    ("ID_QUOTED", "Palvelunne väittää, että ”{X1}” on väärin, mutta tarkistin sen kahteen kertaan kirjeestä, joka on päivätty {$DATE:num}."),
    ("ID_QUOTED", "Kirjoitan sen sulkuihin ({X1}), niin voitte kopioida sen suoraan tikettiin {$TICKET}."),
    ("ID_NEAR_NUMBER", "Maksoin {$PRICE} {$DATE}, {X1.lbl} {X1}, enkä ole saanut vahvistusta."),
    ("ID_NEAR_NUMBER", "[Asiakaspalvelu] {X1.lbl} {X1} tarkistettu klo {$TIME}, hyvitys hyväksytty."),
    ("ID_TWO", "{X1.lbl}: {X1}\n{X2.lbl}: {X2}\nPäivämäärä: {$DATE:num}"),
    ("ID_TWO", "Hakemukseen {$TICKET} lähetän molemmat: {X1} ({X1.nm}) ja {X2} ({X2.nm})."),
    ("ID_TYPO", "Anteeksi, edellisessä viestissä oli virhe: ei {X1.typo} vaan {X1}."),
    ("ID_TYPO", "[Asiakaspalvelu] Asiakas sanoi ensin {X1.typo}, sitten korjasi: {X1}."),
    ("ID_GROUPS", "{X1.My}: {X1:grp} (kopioitu {$DATE:num} tulleesta kirjeestä)"),
    ("ID_LOWER", "moi, {X1.lmy} on {X1:low} voitko tarkistaa? tilaus {$ORDER}"),
    ("ID_EDGE", "Hakemuksen {$TICKET} muut tiedot täytin jo, puuttui vain {X1.my}: {X1}"),
    ("ID_EDGE", "{X1} on se oikea. Järjestelmässänne on vielä vanha, vuodelta {$YEAR}."),
    ("ID_FORM", "Nimi: {P1.full}\nPuhelin: {PH}\nTilaus: {$ORDER}\n{X1.lbl}: {X1:P1}"),
    ("ID_NEAR_NUMBER", "Soitin klo {$TIME}, ja minua pyydettiin lähettämään {X1.my} viestillä. Tässä: {X1}"),
    ("ID_DIALOG", "Asiakaspalvelu: Kiitos odottamisesta, tilaus {$ORDER}. Saisinko {X1.your}?\nAsiakas: Joo, se on {X1}."),
    ("ID_DIALOG", "Asiakaspalvelu: Entä {X1.nm}?\nAsiakas: {X1}\nAsiakaspalvelu: Kiitos, summa oli {$PRICE}, eikö niin?"),
    ("ID_TWO", "Oma henkilötunnukseni on {HETU1:m:y19} ja vaimoni {HETU2:f:y19}; sopimukseen {$CONTRACT} tarvitaan molemmat."),
    ("ID_LOWER", "eli hetu on {HETU1:low} ja tilausnumero {$ORDER}"),
    ("ID_NEAR_NUMBER", "Hyvitys {$PRICE} saksalaiselle tililleni, kiitos: {IBAN1:DE:sp}."),
    ("ID_GROUPS", "IBAN: {IBAN1:FI:sp}\nTilinomistaja: {P1.full}\nTampereen konttori\nSumma: {$PRICE}"),
    ("ID_PREFIX", "Lasku italialaiselle yhtiölle, partita IVA {PIVA1:pre}, summa {$PRICE}."),
    ("ID_PREFIX", "Kreikkalaisen asiakkaan ALV-tunniste on {AFM1:pre}, lisätkää se laskulle {$INV}."),

    ("ID_CONTEXT", "Osamaksusopimuksen {$CONTRACT} luottopäätöstä varten tarvitaan henkilötunnus: {HETU1}"),
    ("ID_LOWER", "hetu {HETU1:low:P1:y19}, nimi {P1.lfull}"),
    ("ID_CONTEXT", "Sopimus {$CONTRACT}: lapsen henkilötunnus on {HETU1:y2k} ja oma {HETU2:y19}."),
    ("ID_FORM", "Tilaan osamaksulla (tilaus {$ORDER}).\nNimi: {P1.full}\nHenkilötunnus: {HETU1:P1:y19}\nOsoite: {AD}"),
    ("ID_CONTEXT", "Perunkirjoitusta varten tarvitaan isoisoisän henkilötunnus, {HETU1:plus:m}, se löytyi vanhoista papereista."),
    ("ID_CONTEXT", "Maksu ei mene läpi kortilla {CARD1}, voimassa {$EXP}. Katetta on."),
    ("ID_CONTEXT", "Minulta veloitettiin kahdesti {$PRICE} kortilta {CARD1:dash}."),
    ("ID_CONTEXT", "Hyvityksen {$PRICE} voi maksaa tililleni {IBAN1:FI:sp}, saaja {P1.full}."),
    ("ID_LOWER", "tilinro {IBAN1:FI:low} äidin nimissä {P1f.lfull}"),
    ("ID_CONTEXT", "Hyvitys {$PRICE}: minulla on tili Ranskassa, voitteko maksaa sinne? IBAN {IBAN1:FR:sp}"),
    ("ID_CONTEXT", "Työskentelen Ateenassa ja vakuutusyhtiö kysyy korvaushakemukseen {$TICKET} AMKA-numeroa: {AMKA1}."),
    ("ID_CONTEXT", "Asun Kreetalla, joten kuittiin voi merkitä AFM-numeroni {AFM1}."),
    ("ID_CONTEXT", "Miehelläni on italialainen verotunniste, {CF1:m}, laittakaa se laskulle."),
    ("ID_CONTEXT", "Vaimoni on romanialainen, hänen CNP-numeronsa on {CNP1:f}."),
    ("ID_CONTEXT", "Italiassa asuessani sain verokoodin {CF1:omo}, siinä on kirjaimia numeroiden tilalla."),
    ("ID_CONTEXT", "Ateenan vuokrasopimukseen tarvitaan AMKA {AMKA1} ja AFM {AFM1}, vuokra {$PRICE}."),

    ("PHONE_LOCAL", "Voitteko soittaa numeroon {PH:fi:mob:loc}? Vastaan klo {$TIME} jälkeen."),
    ("PHONE_LOCAL", "Asiakasnro {$CUST}\nPuh. {PH:fi:mob:loc}, työ {PH:fi:land:loc}"),
    ("PHONE_SIG", "Ystävällisin terveisin\n{P1.full}\npuh. {PH:fi:land}\n{PH:fi:mob}\n{P1.email}"),
    ("PHONE_CHAT", "laita whatsappia {PH:fi:mob:compact}, en vastaa tuntemattomiin numeroihin (tilaus {$ORDER})"),
    ("PHONE_INTL", "Olen tällä hetkellä Kreikassa, oikea numero on {PH:gr:mob:intl}."),
    ("PHONE_INTL", "[Asiakaspalvelu] Asiakas soitti irlantilaisesta numerosta {PH:ie:mob:intl} tilauksesta {$ORDER}. Soitettava takaisin ennen klo {$TIME}."),
    ("PHONE_LOCAL", "Päivittäkää puhelinnumeroni: vanha {PH:fi:mob}, uusi {PH:fi:mob}. Muutos {$DATE:num} alkaen."),
    ("PHONE_INTL", "Kuriirille: {PH:fi:mob:intl}, ovikoodi tulee tekstiviestillä. Lähetys {$TRACK}."),
    ("PHONE_INTL", "Poikani opiskelee Lontoossa, ongelmatilanteessa soittakaa hänelle {PH:uk:mob:intl}."),
    ("PHONE_LOCAL", "Toimiston numero on {PH:fi:land:loc}, pyytäkää {P1.full} puhelimeen."),
    ("PHONE_SIG", "Kiitos,\n{P1.first}\n\nLähetetty puhelimesta\n{PH:fi:mob:intl}"),
    ("PHONE_INTL", "Asun nykyään Bukarestissa, joten soittakaa mieluummin numeroon {PH:ro:mob:intl}."),
    ("PHONE_LOCAL", "Olen toimistolla klo {$TIME}–{$TIME}, numero {PH:fi:land}."),
    ("PHONE_DIALOG", "Asiakaspalvelu: Mistä numerosta teidät tavoittaa parhaiten?\nAsiakas: {PH:fi:mob:loc}, tai klo {$TIME} jälkeen kotinumerosta {PH:fi:land:loc}."),
    ("PHONE_LOCAL", "Älkää enää soittako numeroon {PH:fi:mob}, se on työpuhelin. Käyttäkää numeroa {PH:fi:mob}."),
    ("PHONE_CHAT", "moi {P1.lfirst} täällä, uus numero {PH:fi:mob:compact} tallenna se"),
    ("PHONE_INTL", "Vanhempieni lankanumero on {PH:fi:land:intl}, he ovat yleensä kotona klo {$TIME} jälkeen."),
    ("PHONE_INTL", "Olen Milanossa {$DATE} asti, tavoitatte minut numerosta {PH:it:mob:intl}."),

    ("NAME", "Hei {P1.first},\nkiitos yhteydenotosta. Korvaava tuote lähtee {$DATE}.\nYstävällisin terveisin\n{P2.full}\nAsiakaspalvelu"),
    ("NAME", "Nimeni on {P1.full} ja kirjoitan tilauksesta {$ORDER}, joka saapui rikkinäisenä."),
    ("NAME", "Puhuin eilen {P1.gfirst} kanssa asiakaspalvelussanne, ja hänen mukaansa rahat tulevat {$QTY:small} arkipäivän kuluessa."),
    ("NAME", "Moi {P1.first},\nsiirsin tiketin {$TICKET} laskutukseen, {P2.full} hoitaa sen.\nTerkuin {P3.first}"),
    ("ADDRESS", "Voitteko toimittaa osoitteeseen {AD}? Olen poissa kotoa {$DATE} asti."),
    ("ADDRESS", "Täällä {P1.first}, muutin: uusi osoite on {AD}. Päivittäkää tietoni ennen kuin tilaus {$ORDER} lähtee, kiitos."),
    ("EMAIL", "Lähettäkää lasku tilauksesta {$ORDER} osoitteeseen {P1.email}, ei työsähköpostiin."),
    ("EMAIL", "Kiitos,\n{P1.first}\n{P1.email} / {PH:fi:mob}"),
    ("EMAIL", "Varauksen {$BOOK} vahvistusviestiä ei tullut, voitteko lähettää sen uudelleen osoitteeseen {EM:cap}?"),
    ("MULTI", "Nimi: {P1.full}\nOsoite: {AD}\nPuhelin: {PH}\nSähköposti: {P1.email}\n{X1.lbl}: {X1:P1}"),
    ("MULTI", "Hei, olen {P1.full}. Tilin omistaja on isäni {P2m.full}, IBAN {IBAN1:FI}. Hyvitys {$PRICE}."),
    ("ADDRESS", "Laskutusosoite: {AD}\nToimitusosoite: {AD}\nToivottu toimituspäivä: {$DATE:num} klo {$TIME} jälkeen"),
    ("ADDRESS", "toimitus osoitteeseen {AD:low} kiitos"),
    ("MULTI", "Yhteyshenkilö työmaalla: {P1.full}, {PH:fi:mob}. Toimitukset vain ennen klo {$TIME}."),
    ("MULTI", "Hei, olen {P1.full} ({P1.email}). Kortiltani {CARD1} veloitettiin {$PRICE} kahdesti."),
    ("NAME", "[Puhelumuistiinpano] Puhuin {P1.gen} kanssa klo {$TIME}; hän vahvisti, ettei lähetys {$TRACK} tullut koskaan perille."),
    ("PHONE_LOCAL", "Kuljettaja voi soittaa numeroon {PH:fi:mob} perille tullessaan, ovikello ei toimi. Lähetys {$TRACK}."),
    ("PHONE_INTL", "Tilauksen {$ORDER} paketin noutaa kollegani {P1@it.full} Milanon toimistosta, puh. {PH:it:mob:intl}."),
    ("EMAIL", "Päivittäkää sähköpostini: vanha {EM}, uusi {P1.email}. Asiakasnumero {$CUST}."),
    ("ID_CONTEXT", "Italialaisen toimittajan partita IVA on {PIVA1}, se pitää merkitä laskulle {$INV}."),
    ("ID_CONTEXT", "Asun osan vuotta Espanjassa, hyvityksen voi maksaa sinne: {IBAN1:ES}."),
    ("ID_TYPO", "Lomakkeella luki {HETU1.typo}, mutta oikea henkilötunnus on {HETU1}."),
]

TEMPLATES = {"en": EN, "it": IT, "el": EL, "ro": RO, "fi": FI}

# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{([^{}]+)\}")
ID_VAR_RE = re.compile(r"^(X|CARD|IBAN|CF|PIVA|AMKA|AFM|CNP|HETU)(\d+)(?:\.(\w+))?$")
P_VAR_RE = re.compile(r"^(P\d+[mf]?(?:@[a-z]{2})?)(?:\.(\w+)|\?([^|]*)\|(.*))$")


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
        self.last_hour = None
        self.state = {}
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
        pv = next((o for o in opts if re.match(r"^P\d", o)), None)
        if pv and female is None:
            female = self.person(pv)["female"]
        if t == CF:
            omo = rng.randint(1, 3) if "omo" in opts else (1 if rng.random() < 0.12 else 0)
            if pv:
                p = self.person(pv)
                abroad = {"el": "Z115", "ro": "Z129", "fi": "Z109", "en": "Z114"}.get(p["lang"])
                return make_cf(rng, p["flat"], p["slat"], p["female"], omo, abroad)
            return make_cf(rng, female=female, omo=omo)
        if t == PIVA:
            return make_piva(rng)
        if t == AMKA:
            return make_amka(rng)
        if t == AFM:
            return make_afm(rng)
        if t == CNP:
            return make_cnp(rng, female, "y2k" in opts, "y19" in opts)
        era = "20" if "y2k" in opts else "plus" if "plus" in opts else "19" if "y19" in opts else None
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
            s, t = make_distractor(self.rng, self.lang, head[1:], opts, self.last_hour, self.state)
            if t == "TIME":
                self.last_hour = int(re.match(r"\d+", s).group(0))
                if s.endswith("pm") and self.last_hour < 12:
                    self.last_hour += 12
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
