#!/usr/bin/env python3
"""Held-out redaction test set no. 6: contact-centre traffic in 2026.

Writes cases.jsonl next to this file, in the format of eval/redaction/README.md.
Python 3 standard library only.  One random.Random(SEED) drives every choice,
no set is ever iterated, so the output is byte-for-byte reproducible.

Every template below was written for this set (English, Italian, Greek,
Romanian, Finnish); nothing is copied from a data set.
"""
import json
import os
import re
import random
import unicodedata

SEED = 60626
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_PER_LANG = 120

# ---------------------------------------------------------------------------
# pieces and message assembly
# ---------------------------------------------------------------------------


class Piece:
    __slots__ = ("kind", "typ", "text", "why")

    def __init__(self, kind, typ, text, why=None):
        self.kind, self.typ, self.text, self.why = kind, typ, text, why


def E(typ, text):
    return Piece("e", typ, text)


def D(typ, text, why="tricky negative"):
    return Piece("d", typ, text, why)


def BAD(typ, text):
    return Piece("d", typ, text, "check digit fails")


SLOT = re.compile(r"\{(\w+)\}")


def T(tpl, **kw):
    """Template with {slots}; slot values are str, Piece or list of those."""
    out, pos = [], 0
    for m in SLOT.finditer(tpl):
        out.append(tpl[pos:m.start()])
        out.append(kw[m.group(1)])
        pos = m.end()
    out.append(tpl[pos:])
    return out


def flatten(parts):
    for p in parts:
        if isinstance(p, (list, tuple)):
            yield from flatten(p)
        elif p is None or p == "":
            continue
        else:
            yield p


def build(parts):
    text = ""
    ents, dists = [], []
    for p in flatten(parts):
        if isinstance(p, Piece):
            start = len(text.encode("utf-8"))
            text += p.text
            end = len(text.encode("utf-8"))
            if p.kind == "e":
                ents.append({"type": p.typ, "start": start, "end": end})
            else:
                dists.append({"type": p.typ, "start": start, "end": end, "why": p.why})
        else:
            text += p
    return text, ents, dists


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


CYCLE = {}


def cyc(key, n):
    """Variants of a template taken in turn, so that every variant is used."""
    v = CYCLE.get(key, 0)
    CYCLE[key] = v + 1
    return v % n


def pickc(key, seq):
    return seq[cyc(key, len(seq))]


def rdig(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def strip_acc(s):
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn"))


def ro_cedilla(s):
    return s.replace("ș", "ş").replace("ț", "ţ").replace("Ș", "Ş").replace("Ț", "Ţ")


# ---------------------------------------------------------------------------
# check-digit rules (from the public specifications)
# ---------------------------------------------------------------------------


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def valid_date(y, m, d):
    if not 1 <= m <= 12 or d < 1:
        return False
    mdays = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
             31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return d <= mdays[m - 1]


def rand_date(y0, y1):
    while True:
        y, m, d = R.randint(y0, y1), R.randint(1, 12), R.randint(1, 31)
        if valid_date(y, m, d):
            return y, m, d


def iban_mod_ok(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_make(cc, bban):
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return "%s%02d%s" % (cc, 98 - num % 97, bban)


IBAN_LEN = {"IT": 27, "GR": 27, "RO": 24, "FI": 18, "DE": 22, "FR": 27, "ES": 24,
            "NL": 18, "BE": 16, "LT": 20, "IE": 22, "GB": 22, "AT": 20, "LU": 20,
            "PT": 25, "SE": 24, "BG": 22, "CY": 28, "EE": 20}

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                   1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
                   10, 22, 25, 24, 23]))


def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def cf_char(s15):
    tot = 0
    for i, c in enumerate(s15):
        tot += CF_ODD[c] if i % 2 == 0 else cf_even(c)
    return chr(65 + tot % 26)


def cf_ok(s):
    return len(s) == 16 and cf_char(s[:15]) == s[15]


def afm_digit(body8):
    return str(sum(int(c) * 2 ** (8 - i) for i, c in enumerate(body8)) % 11 % 10)


def afm_ok(d):
    return len(d) == 9 and d.isdigit() and d != "000000000" and afm_digit(d[:8]) == d[8]


CNP_KEY = "279146358279"


def cnp_digit(body12):
    r = sum(int(a) * int(b) for a, b in zip(body12, CNP_KEY)) % 11
    return "1" if r == 10 else str(r)


def cnp_ok(d):
    return len(d) == 13 and d.isdigit() and cnp_digit(d[:12]) == d[12]


HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu_char(ddmmyy, nnn):
    return HETU_CHARS[int(ddmmyy + nnn) % 31]


PIVA_OFFICES = ["%03d" % i for i in range(1, 101)] + ["120", "121"]


def piva_ok(d):
    return len(d) == 11 and d.isdigit() and d[7:10] in PIVA_OFFICES and luhn_ok(d)


def amka_ok(d):
    if len(d) != 11 or not d.isdigit() or not luhn_ok(d):
        return False
    dd, mm, yy = int(d[0:2]), int(d[2:4]), int(d[4:6])
    return valid_date(1900 + yy, mm, dd) or valid_date(2000 + yy, mm, dd)


def digits_pass_any(d):
    """True if a pure digit string passes some id check of its length."""
    n = len(d)
    if n >= 12 and luhn_ok(d):
        return True
    if n == 9 and afm_ok(d):
        return True
    if n == 11 and (piva_ok(d) or amka_ok(d) or luhn_ok(d)):
        return True
    if n == 13 and cnp_ok(d):
        return True
    return False


def safe_digits(n, first=None):
    """Random digit run of length n that fails every id check of its length."""
    while True:
        d = (first or "") + rdig(n - len(first or ""))
        if not digits_pass_any(d) and not (n >= 8 and luhn_ok(d)):
            return d


# ---------------------------------------------------------------------------
# identifier generators
# ---------------------------------------------------------------------------

VISA_BINS = ["4532", "4916", "4024", "4485", "4716", "4539", "4556", "4263", "4023", "4175"]
MC_BINS = ["5100", "5213", "5355", "5425", "5555", "5487", "2221", "2310", "2597", "2720", "5168", "5301"]


def gen_card(brand=None):
    brand = brand or pick(["visa"] * 5 + ["mc"] * 4 + ["amex"] * 2)
    if brand == "visa":
        pre, n = pick(VISA_BINS), 16
    elif brand == "mc":
        pre, n = pick(MC_BINS), 16
    else:
        pre, n = pick(["34", "37"]) + rdig(2), 15
    body = pre + rdig(n - 1 - len(pre))
    return body + luhn_digit(body)


def spoil_digits(d, positions, okfn):
    """Change one digit (at one of positions) so that okfn fails and no other check passes."""
    for _ in range(200):
        i = pick(positions)
        c = str((int(d[i]) + R.randint(1, 9)) % 10)
        x = d[:i] + c + d[i + 1:]
        if not okfn(x) and not digits_pass_any(x) and not luhn_ok(x):
            return x
    raise AssertionError("cannot spoil " + d)


def bad_card(brand=None):
    d = gen_card(brand)
    return spoil_digits(d, list(range(4, len(d))), luhn_ok)


def fmt_card(d, style):
    if style == "plain":
        return d
    if len(d) == 15:
        g = [d[:4], d[4:10], d[10:]]
    else:
        g = [d[i:i + 4] for i in range(0, len(d), 4)]
    if style == "dash":
        return "-".join(g)
    return " ".join(g)


# --- IBAN --------------------------------------------------------------------

def it_bban():
    abi = pick(["03069", "02008", "05034", "07601", "03015", "03062", "08327", "03111", "05387", "36772"])
    cab = pick(["01600", "11101", "03200", "01400", "22700", "04010", "37680", rdig(5)])
    acct = pick(["0000" + rdig(8), "CC00" + rdig(8), "1000000" + rdig(5), rdig(12)])
    cin = cf_char_cin(abi + cab + acct)
    return cin + abi + cab + acct


def cf_char_cin(s22):
    tot = 0
    for i, c in enumerate(s22):
        tot += CF_ODD[c] if i % 2 == 0 else cf_even(c)
    return chr(65 + tot % 26)


def fi_bban():
    pre = pick(["1", "5", "8", "31", "39", "4055", "47", "36"])
    body = pre + rdig(13 - len(pre))
    return body + luhn_digit(body)


def fr_bban():
    b, g, c = pick(["30004", "20041", "30003", "10107", "17515"]), rdig(5), rdig(11)
    key = 97 - (89 * int(b) + 15 * int(g) + 3 * int(c)) % 97
    return b + g + c + "%02d" % key


def es_bban():
    b, s, a = pick(["2100", "0049", "0182", "2080", "0081"]), rdig(4), rdig(10)
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(x):
        v = 11 - sum(int(c) * k for c, k in zip(x, w)) % 11
        return {10: 1, 11: 0}.get(v, v)
    return b + s + str(dc("00" + b + s)) + str(dc(a)) + a


def be_bban():
    f = pick(["063", "001", "310", "734", "967"]) + rdig(7)
    c = int(f) % 97
    return f + "%02d" % (c or 97)


def gen_iban(cc):
    if cc == "IT":
        bban = it_bban()
    elif cc == "GR":
        bban = pick(["011", "026", "017", "014", "172"]) + rdig(4) + rdig(16)
    elif cc == "RO":
        bank = pick(["BTRL", "RNCB", "BRDE", "INGB", "RZBR", "BACX", "CECE", "PIRB"])
        bban = bank + (pick(["RONCRT", "0000", "0082", ""]) if bank == "BTRL" else pick(["0000", "0082", "0123", ""]))
        bban += rdig(20 - len(bban))
    elif cc == "FI":
        bban = fi_bban()
    elif cc == "DE":
        bban = pick(["10010010", "10011001", "50010517", "20041155", "70020270"]) + rdig(10)
    elif cc == "FR":
        bban = fr_bban()
    elif cc == "ES":
        bban = es_bban()
    elif cc == "NL":
        bban = pick(["ABNA", "INGB", "RABO", "TRIO", "KNAB", "BUNQ"]) + rdig(10)
    elif cc == "BE":
        bban = be_bban()
    elif cc == "LT":
        bban = pick(["32500", "73000", "70440"]) + rdig(11)
    elif cc == "IE":
        bban = pick(["AIBK", "BOFI", "REVO", "PTSB"]) + pick(["93", "90", "99"]) + rdig(4) + rdig(8)
    elif cc == "GB":
        bban = pick(["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "MONZ", "SRLG"]) + rdig(6) + rdig(8)
    elif cc == "AT":
        bban = pick(["20111", "12000", "32000", "14000"]) + rdig(11)
    elif cc == "LU":
        bban = pick(["001", "002", "019"]) + rdig(13)
    elif cc == "PT":
        bban = pick(["0033", "0035", "0007"]) + rdig(17)
    elif cc == "SE":
        bban = pick(["500", "800", "300"]) + rdig(17)
    elif cc == "BG":
        bban = pick(["BNBG", "UNCR", "STSA"]) + rdig(6) + rdig(8)
    elif cc == "EE":
        bban = pick(["22", "10", "17", "77"]) + rdig(14)
    elif cc == "CY":
        bban = pick(["002", "005"]) + rdig(5) + rdig(16)
    else:
        raise KeyError(cc)
    s = iban_make(cc, bban)
    assert len(s) == IBAN_LEN[cc] and iban_mod_ok(s), s
    return s


def bad_iban(cc):
    s = gen_iban(cc)
    for _ in range(100):
        i = R.randrange(4, len(s))
        if not s[i].isdigit():
            continue
        x = s[:i] + str((int(s[i]) + R.randint(1, 9)) % 10) + s[i + 1:]
        if not iban_mod_ok(x):
            return x
    raise AssertionError


def fmt_iban(s, style):
    if style == "plain":
        return s
    if style == "lower":
        return s.lower()
    if style == "group_lower":
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)).lower()
    if style == "odd":  # the way some banks' apps print Italian / Greek IBANs
        if s[:2] == "IT":
            return "%s %s %s %s %s" % (s[:4], s[4], s[5:10], s[10:15], s[15:])
        return s[:4] + " " + s[4:]
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# --- codice fiscale ----------------------------------------------------------

CF_MONTHS = "ABCDEHLMPRST"
OMO = "LMNPQRSTUV"
BELFIORE = ["H501", "F205", "F839", "L219", "G273", "D969", "A944", "D612", "A662", "C351",
            "L736", "L781", "G224", "L424", "B354", "H703", "B157", "F158", "E506"]


def _letters(s):
    return [c for c in strip_acc(s).upper() if "A" <= c <= "Z"]


def cf_surname(s):
    L = _letters(s)
    cons = [c for c in L if c not in "AEIOU"]
    vow = [c for c in L if c in "AEIOU"]
    return "".join((cons + vow + ["X"] * 3)[:3])


def cf_name(s):
    L = _letters(s)
    cons = [c for c in L if c not in "AEIOU"]
    vow = [c for c in L if c in "AEIOU"]
    if len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vow + ["X"] * 3)[:3])


def gen_cf(first, last, female, omo=0, place=None, year=None):
    y, m, d = rand_date(1948, 2006) if year is None else rand_date(year, year)
    day = d + 40 if female else d
    body = cf_surname(last) + cf_name(first) + "%02d" % (y % 100) + CF_MONTHS[m - 1] + "%02d" % day
    body += place or pick(BELFIORE)
    chars = list(body)
    for pos in [14, 13, 12, 10, 9, 7, 6][:omo]:
        chars[pos] = OMO[int(chars[pos])]
    body = "".join(chars)
    return body + cf_char(body)


def bad_cf(first, last, female, omo=0, place=None):
    s = gen_cf(first, last, female, omo, place)
    if chance(0.55):
        c = pick([x for x in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if x != s[15]])
        return s[:15] + c
    # change a digit of the date or of the place code
    for _ in range(50):
        i = pick([6, 7, 9, 10, 12, 13, 14])
        if not s[i].isdigit():
            continue
        nd = str((int(s[i]) + R.randint(1, 9)) % 10)
        x = s[:i] + nd + s[i + 1:]
        # keep the day plausible so that only the check character is wrong
        day = int(x[9:11]) if x[9:11].isdigit() else 1
        if (1 <= day <= 31 or 41 <= day <= 71) and not cf_ok(x):
            return x
    return s[:15] + ("A" if s[15] != "A" else "B")


# --- partita IVA -------------------------------------------------------------

def gen_piva():
    while True:
        body = rdig(7) + pick(PIVA_OFFICES[:100] * 3 + ["120", "121"])
        d = body + luhn_digit(body)
        if not amka_ok(d) and d != "0" * 11:
            return d


def bad_piva():
    d = gen_piva()
    return spoil_digits(d, list(range(0, 11)), piva_ok)


# --- AMKA / AFM ----------------------------------------------------------------

def gen_amka(female=None, year=None):
    while True:
        y, m, d = rand_date(1940, 2006) if year is None else rand_date(year, year)
        g = R.randrange(10)
        if female is not None and (g % 2 == 0) != female:
            g = (g + 1) % 10
        body = "%02d%02d%02d" % (d, m, y % 100) + rdig(3) + str(g)
        s = body + luhn_digit(body)
        if not piva_ok(s):
            return s


def bad_amka(female=None):
    s = gen_amka(female)
    return spoil_digits(s, [6, 7, 8, 10], amka_ok)


def gen_afm():
    while True:
        body = pick(["0", "1", "1", "0", "7", "9"]) + rdig(7)
        s = body + afm_digit(body)
        if not luhn_ok(s) and s[:8] != "00000000":
            return s


def bad_afm():
    s = gen_afm()
    for _ in range(100):
        c = str((int(s[8]) + R.randint(1, 9)) % 10)
        x = s[:8] + c
        if not afm_ok(x) and not luhn_ok(x):
            return x
    raise AssertionError


# --- CNP ---------------------------------------------------------------------

CNP_COUNTIES = ["%02d" % i for i in range(1, 47)] + ["51", "52"]


def gen_cnp(female=None, year=None):
    while True:
        y, m, d = rand_date(1945, 2007) if year is None else rand_date(year, year)
        if female is None:
            female = chance(0.5)
        if y >= 2000:
            s0 = "6" if female else "5"
        else:
            s0 = "2" if female else "1"
        if chance(0.06) and y < 2000:
            s0 = "8" if female else "7"   # foreign resident
        body = s0 + "%02d%02d%02d" % (y % 100, m, d) + pick(CNP_COUNTIES) + "%03d" % R.randint(1, 999)
        s = body + cnp_digit(body)
        if not luhn_ok(s):
            return s


def bad_cnp(female=None):
    s = gen_cnp(female)
    return spoil_digits(s, [9, 10, 11, 12], cnp_ok)


# --- henkilötunnus -----------------------------------------------------------

SIGNS_1900 = ["-"] * 8 + ["Y", "X", "W", "V", "U"]
SIGNS_2000 = ["A"] * 6 + ["B", "C", "D", "E", "F"]


def gen_hetu(female=None, sign=None):
    if sign is None:
        sign = pick(SIGNS_1900 * 2 + SIGNS_2000 + ["+"] * 0)
    if sign == "+":
        y, m, d = rand_date(1880, 1899)
    elif sign in SIGNS_2000:
        y, m, d = rand_date(2000, 2009)
    else:
        y, m, d = rand_date(1936, 1999)
    n = R.randint(2, 899)
    if female is not None and (n % 2 == 0) != female:
        n = n + 1 if n < 899 else n - 1
    ddmmyy, nnn = "%02d%02d%02d" % (d, m, y % 100), "%03d" % n
    return ddmmyy + sign + nnn + hetu_char(ddmmyy, nnn)


def hetu_ok(s):
    if not re.fullmatch(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]", s):
        return False
    return hetu_char(s[:6], s[7:10]) == s[10]


def bad_hetu(female=None):
    s = gen_hetu(female)
    if chance(0.5):
        c = pick([x for x in HETU_CHARS if x != s[10]])
        return s[:10] + c
    for _ in range(50):
        i = pick([7, 8, 9])
        x = s[:i] + str((int(s[i]) + R.randint(1, 9)) % 10) + s[i + 1:]
        if not hetu_ok(x) and x[7:10] != "000":
            return x
    raise AssertionError


# ---------------------------------------------------------------------------
# dictation: how numbers are said on the phone in each language
# ---------------------------------------------------------------------------

EN_DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
EN_TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
           "eighteen", "nineteen"]
IT_DIG = ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]
IT_TEEN = ["dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici",
           "diciassette", "diciotto", "diciannove"]
IT_TENS = {2: "venti", 3: "trenta", 4: "quaranta", 5: "cinquanta", 6: "sessanta", 7: "settanta",
           8: "ottanta", 9: "novanta"}
EL_DIG = [["μηδέν"], ["ένα"], ["δύο"], ["τρία"], ["τέσσερα"], ["πέντε"], ["έξι"], ["επτά", "εφτά"],
          ["οκτώ", "οχτώ"], ["εννέα", "εννιά"]]
EL_TEEN = [["δέκα"], ["έντεκα"], ["δώδεκα"], ["δεκατρία"], ["δεκατέσσερα"], ["δεκαπέντε"], ["δεκαέξι"],
           ["δεκαεπτά", "δεκαεφτά"], ["δεκαοκτώ", "δεκαοχτώ"], ["δεκαεννέα", "δεκαεννιά"]]
EL_TENS = {2: "είκοσι", 3: "τριάντα", 4: "σαράντα", 5: "πενήντα", 6: "εξήντα", 7: "εβδομήντα",
           8: "ογδόντα", 9: "ενενήντα"}
RO_DIG = ["zero", "unu", "doi", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă"]
RO_TEEN = [["zece"], ["unsprezece", "unșpe"], ["doisprezece", "doișpe"], ["treisprezece", "treișpe"],
           ["paisprezece", "paișpe"], ["cincisprezece", "cinșpe"], ["șaisprezece", "șaișpe"],
           ["șaptesprezece", "șapteșpe"], ["optsprezece", "optișpe"], ["nouăsprezece", "nouășpe"]]
RO_TENS = {2: "douăzeci", 3: "treizeci", 4: "patruzeci", 5: "cincizeci", 6: "șaizeci", 7: "șaptezeci",
           8: "optzeci", 9: "nouăzeci"}
FI_DIG = ["nolla", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"]
FI_DIG_COLL = ["nolla", "yks", "kaks", "kolme", "neljä", "viis", "kuus", "seittemän", "kaheksan", "yheksän"]
FI_LETTER = {"A": "aa", "B": "bee", "C": "see", "D": "dee", "E": "ee", "F": "äf", "H": "hoo", "J": "jii",
             "K": "koo", "L": "äl", "M": "äm", "N": "än", "P": "pee", "R": "är", "S": "äs", "T": "tee",
             "U": "uu", "V": "vee", "W": "kaksoisvee", "X": "äks", "Y": "yy", "-": "viiva", "+": "plus"}
IT_LETTER = {"A": "a", "B": "bi", "C": "ci", "D": "di", "E": "e", "F": "effe", "G": "gi", "H": "acca",
             "I": "i", "K": "cappa", "L": "elle", "M": "emme", "N": "enne", "O": "o", "P": "pi",
             "Q": "cu", "R": "erre", "S": "esse", "T": "ti", "U": "u", "V": "vu", "X": "ics",
             "Y": "ipsilon", "Z": "zeta"}
IT_CITY = {"A": "Ancona", "B": "Bologna", "C": "Como", "D": "Domodossola", "E": "Empoli", "F": "Firenze",
           "G": "Genova", "H": "hotel", "I": "Imola", "J": "jolly", "K": "kappa", "L": "Livorno",
           "M": "Milano", "N": "Napoli", "O": "Otranto", "P": "Palermo", "Q": "quadro", "R": "Roma",
           "S": "Savona", "T": "Torino", "U": "Udine", "V": "Venezia", "W": "Washington", "X": "xilofono",
           "Y": "yogurt", "Z": "Zara"}
EN_NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot",
           "G": "Golf", "H": "Hotel", "I": "India", "J": "Juliet", "K": "Kilo", "L": "Lima", "M": "Mike",
           "N": "November", "O": "Oscar", "P": "Papa", "Q": "Quebec", "R": "Romeo", "S": "Sierra",
           "T": "Tango", "U": "Uniform", "V": "Victor", "W": "Whiskey", "Y": "Yankee", "Z": "Zulu"}
HESIT = {"en": ["um", "uh", "erm"], "it": ["ehm", "allora"], "el": ["εεε", "λοιπόν"],
         "ro": ["ăăă", "deci"], "fi": ["öö", "tota"]}
PLUS = {"en": "plus", "it": "più", "el": "συν", "ro": "plus", "fi": "plus"}


def _pair(lang, n):
    """Say a two-digit number 10..99 as a numeral."""
    t, u = divmod(n, 10)
    if lang == "it":
        if t == 1:
            return IT_TEEN[u]
        w = IT_TENS[t]
        if u == 0:
            return w
        if u in (1, 8):
            return w[:-1] + IT_DIG[u]
        if u == 3:
            return w + "tré"
        return w + IT_DIG[u]
    if lang == "el":
        if t == 1:
            return pick(EL_TEEN[u])
        return EL_TENS[t] + ("" if u == 0 else " " + pick(EL_DIG[u]))
    if lang == "ro":
        if t == 1:
            return pick(RO_TEEN[u])
        return RO_TENS[t] + ("" if u == 0 else " și " + RO_DIG[u])
    if lang == "en":
        if t == 1:
            return EN_TEEN[u]
        return EN_TENS[t] + ("" if u == 0 else "-" + EN_DIG[u])
    raise KeyError(lang)


def _digit(lang, c, coll=False):
    i = int(c)
    if lang == "en":
        if i == 0:
            return pick(["oh", "oh", "zero"])
        return EN_DIG[i]
    if lang == "it":
        return IT_DIG[i]
    if lang == "el":
        return pick(EL_DIG[i])
    if lang == "ro":
        return RO_DIG[i]
    if lang == "fi":
        return FI_DIG_COLL[i] if coll else FI_DIG[i]
    raise KeyError(lang)


def say_group(g, lang, pairs=False, coll=False, letters="plain"):
    """Say one group of characters."""
    out = []
    i = 0
    if pairs and len(g) % 2 == 1 and g.isdigit() and len(g) > 1:
        # an odd group: first digit alone, then pairs ("1 03" -> "one, oh three"), never "ten three"
        out.append(_digit(lang, g[0], coll))
        i = 1
    while i < len(g):
        c = g[i]
        if c.isdigit():
            if lang == "en":
                w = _digit(lang, c)
                if i + 2 < len(g) and g[i + 1] == c and g[i + 2] == c and chance(0.7):
                    out.append("triple " + w)
                    i += 3
                    continue
                if i + 1 < len(g) and g[i + 1] == c and chance(0.75):
                    out.append("double " + w)
                    i += 2
                    continue
            if pairs and i + 1 < len(g) and g[i + 1].isdigit() and c != "0" and lang != "fi":
                out.append(_pair(lang, int(g[i:i + 2])))
                i += 2
                continue
            out.append(_digit(lang, c, coll))
            i += 1
            continue
        # letters and signs
        if lang == "fi" and c in "-+":
            out.append(FI_LETTER[c])
        elif lang == "fi":
            out.append(FI_LETTER[c] if letters == "names" else c)
        elif lang == "it":
            if letters == "city" and c in IT_CITY:
                out.append(c + " come " + IT_CITY[c])
            elif letters == "names" and c in IT_LETTER:
                out.append(IT_LETTER[c])
            else:
                out.append(c)
        elif lang == "en":
            if letters == "nato" and c in EN_NATO:
                out.append(c + " for " + EN_NATO[c])
            else:
                out.append(c)
        else:
            out.append(c)
        i += 1
    return " ".join(out)


def dictate(groups, lang, pairs=False, coll=False, letters="plain", sep=None, hesitate=0.0):
    sep = sep or pick([", ", ", ", " ", "... ", " - "])
    said = [say_group(g, lang, pairs, coll, letters) for g in groups]
    out = said[0]
    for w in said[1:]:
        if hesitate and chance(hesitate):
            out += ", " + pick(HESIT[lang]) + ", " + w
        else:
            out += sep + w
    return out


# ---------------------------------------------------------------------------
# people: names with the grammatical forms each language needs
# ---------------------------------------------------------------------------

EN_M = ["James", "Will", "Mark", "Jack", "Bill", "Daniel", "Tom", "Ryan", "Callum", "Mohammed", "Aidan",
        "Ciarán", "Oisín", "Seán", "Dylan", "Grant", "Chase", "Hunter", "Rob", "Frank", "Rusty", "Dean"]
EN_F = ["Grace", "Hope", "Rose", "Faith", "April", "June", "Dawn", "Amber", "Holly", "Poppy", "Chloe", "Priya",
        "Aoife", "Siobhán", "Niamh", "Sarah", "Emily", "Olivia", "Ivy", "Summer", "Joy", "Agnieszka"]
EN_L = ["Smith", "Baker", "Cook", "Mason", "Wood", "Hill", "Young", "Bell", "Price", "Frost", "Brown", "White",
        "Green", "Walker", "Patel", "Khan", "Murphy", "O'Sullivan", "Kelly", "Byrne", "Nowak", "Adeyemi",
        "Nguyen", "García López", "Smith-Jones", "Ashworth-Clarke", "Taylor", "Shepherd", "Hunt", "Moss",
        "Banks", "Cash", "Sterling", "Fitzgerald", "MacDonald", "Okafor", "Chaudhry", "Lee"]

IT_M = ["Marco", "Luca", "Giuseppe", "Franco", "Angelo", "Fortunato", "Felice", "Santo", "Giovanni",
        "Alessandro", "Matteo", "Lorenzo", "Davide", "Salvatore", "Ciro", "Gennaro", "Domenico", "Primo",
        "Massimo", "Mario", "Pasquale", "Nicola"]
IT_F = ["Rosa", "Serena", "Bianca", "Gioia", "Vittoria", "Benedetta", "Chiara", "Giulia", "Francesca",
        "Martina", "Sara", "Alessia", "Stella", "Viola", "Aurora", "Assunta", "Celeste", "Letizia", "Marina",
        "Margherita", "Andrea"]
IT_L = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
        "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
        "Leone", "Fabbri", "Lupo", "Di Stefano", "D'Angelo", "Dell'Acqua", "Lo Russo", "Santoro", "Caruso",
        "Monti", "Fiore", "Villa", "Serra", "Sala", "Porta", "Pace", "Messina", "Fontana", "Dalla Costa",
        "Rossi Doria", "Mazza Ricci", "Cavallo"]

# Greek: (nom, gen, acc, voc, latin)
EL_M = [("Γιώργος", "Γιώργου", "Γιώργο", "Γιώργο", "giorgos"),
        ("Δημήτρης", "Δημήτρη", "Δημήτρη", "Δημήτρη", "dimitris"),
        ("Νίκος", "Νίκου", "Νίκο", "Νίκο", "nikos"),
        ("Κώστας", "Κώστα", "Κώστα", "Κώστα", "kostas"),
        ("Γιάννης", "Γιάννη", "Γιάννη", "Γιάννη", "giannis"),
        ("Παναγιώτης", "Παναγιώτη", "Παναγιώτη", "Παναγιώτη", "panagiotis"),
        ("Βασίλης", "Βασίλη", "Βασίλη", "Βασίλη", "vasilis"),
        ("Σπύρος", "Σπύρου", "Σπύρο", "Σπύρο", "spyros"),
        ("Άγγελος", "Άγγελου", "Άγγελο", "Άγγελε", "angelos"),
        ("Χρήστος", "Χρήστου", "Χρήστο", "Χρήστο", "christos"),
        ("Μιχάλης", "Μιχάλη", "Μιχάλη", "Μιχάλη", "michalis"),
        ("Στέλιος", "Στέλιου", "Στέλιο", "Στέλιο", "stelios"),
        ("Θανάσης", "Θανάση", "Θανάση", "Θανάση", "thanasis")]
EL_F = [("Μαρία", "Μαρίας", "Μαρία", "Μαρία", "maria"),
        ("Ελένη", "Ελένης", "Ελένη", "Ελένη", "eleni"),
        ("Κατερίνα", "Κατερίνας", "Κατερίνα", "Κατερίνα", "katerina"),
        ("Σοφία", "Σοφίας", "Σοφία", "Σοφία", "sofia"),
        ("Ειρήνη", "Ειρήνης", "Ειρήνη", "Ειρήνη", "eirini"),
        ("Χαρά", "Χαράς", "Χαρά", "Χαρά", "chara"),
        ("Ελπίδα", "Ελπίδας", "Ελπίδα", "Ελπίδα", "elpida"),
        ("Δέσποινα", "Δέσποινας", "Δέσποινα", "Δέσποινα", "despoina"),
        ("Νίκη", "Νίκης", "Νίκη", "Νίκη", "niki"),
        ("Αθηνά", "Αθηνάς", "Αθηνά", "Αθηνά", "athina"),
        ("Βασιλική", "Βασιλικής", "Βασιλική", "Βασιλική", "vasiliki"),
        ("Φωτεινή", "Φωτεινής", "Φωτεινή", "Φωτεινή", "foteini"),
        ("Γεωργία", "Γεωργίας", "Γεωργία", "Γεωργία", "georgia")]
# surnames: (male nom, gen, acc, voc, female form, latin male, latin female)
EL_L = [("Παπαδόπουλος", "Παπαδόπουλου", "Παπαδόπουλο", "Παπαδόπουλε", "Παπαδοπούλου", "papadopoulos", "papadopoulou"),
        ("Γεωργίου", "Γεωργίου", "Γεωργίου", "Γεωργίου", "Γεωργίου", "georgiou", "georgiou"),
        ("Οικονόμου", "Οικονόμου", "Οικονόμου", "Οικονόμου", "Οικονόμου", "oikonomou", "oikonomou"),
        ("Νικολάου", "Νικολάου", "Νικολάου", "Νικολάου", "Νικολάου", "nikolaou", "nikolaou"),
        ("Παπαδάκης", "Παπαδάκη", "Παπαδάκη", "Παπαδάκη", "Παπαδάκη", "papadakis", "papadaki"),
        ("Βλάχος", "Βλάχου", "Βλάχο", "Βλάχε", "Βλάχου", "vlachos", "vlachou"),
        ("Μακρής", "Μακρή", "Μακρή", "Μακρή", "Μακρή", "makris", "makri"),
        ("Κωνσταντινίδης", "Κωνσταντινίδη", "Κωνσταντινίδη", "Κωνσταντινίδη", "Κωνσταντινίδου",
         "konstantinidis", "konstantinidou"),
        ("Φωτόπουλος", "Φωτόπουλου", "Φωτόπουλο", "Φωτόπουλε", "Φωτοπούλου", "fotopoulos", "fotopoulou"),
        ("Αντωνίου", "Αντωνίου", "Αντωνίου", "Αντωνίου", "Αντωνίου", "antoniou", "antoniou"),
        ("Καραγιάννης", "Καραγιάννη", "Καραγιάννη", "Καραγιάννη", "Καραγιάννη", "karagiannis", "karagianni"),
        ("Πετρόπουλος", "Πετρόπουλου", "Πετρόπουλο", "Πετρόπουλε", "Πετροπούλου", "petropoulos", "petropoulou"),
        ("Λαμπράκης", "Λαμπράκη", "Λαμπράκη", "Λαμπράκη", "Λαμπράκη", "labrakis", "labraki"),
        ("Αλεξίου", "Αλεξίου", "Αλεξίου", "Αλεξίου", "Αλεξίου", "alexiou", "alexiou"),
        ("Ζαφειρίου", "Ζαφειρίου", "Ζαφειρίου", "Ζαφειρίου", "Ζαφειρίου", "zafeiriou", "zafeiriou")]

# Romanian: (nom, genitive/dative form used without "lui")
RO_M = ["Andrei", "Mihai", "Ion", "Gheorghe", "Florin", "Bogdan", "Radu", "Vlad", "Ștefan", "Mircea",
        "Cristian", "Dragoș", "Costel", "Sorin", "Lucian", "Octavian", "Ionuț", "Petru"]
RO_F = [("Maria", "Mariei"), ("Ioana", "Ioanei"), ("Elena", "Elenei"), ("Ana", "Anei"),
        ("Andreea", "Andreei"), ("Mihaela", "Mihaelei"), ("Speranța", "Speranței"), ("Doina", "Doinei"),
        ("Viorica", "Vioricăi"), ("Luminița", "Luminiței"), ("Crina", "Crinei"), ("Alina", "Alinei"),
        ("Raluca", "Ralucăi"), ("Oana", "Oanei"), ("Florentina", "Florentinei"), ("Brândușa", "Brândușei"),
        ("Roxana", "Roxanei"), ("Ileana", "Ileanei")]
RO_L = ["Popescu", "Ionescu", "Popa", "Pop", "Munteanu", "Stan", "Dinu", "Lupu", "Ursu", "Vulpe", "Negru",
        "Albu", "Stoica", "Moldovan", "Rusu", "Constantinescu", "Dumitrescu", "Nistor", "Bălan", "Țăranu",
        "Cioban", "Frunză", "Florea", "Mureșan", "Cozma", "Toma", "Popescu-Ionescu", "Stan-Munteanu",
        "Dobre", "Sârbu"]

# Finnish: (nom, gen, all, ade, abl, part)
FI_M = [("Mikko", "Mikon", "Mikolle", "Mikolla", "Mikolta", "Mikkoa"),
        ("Jukka", "Jukan", "Jukalle", "Jukalla", "Jukalta", "Jukkaa"),
        ("Pekka", "Pekan", "Pekalle", "Pekalla", "Pekalta", "Pekkaa"),
        ("Matti", "Matin", "Matille", "Matilla", "Matilta", "Mattia"),
        ("Timo", "Timon", "Timolle", "Timolla", "Timolta", "Timoa"),
        ("Onni", "Onnin", "Onnille", "Onnilla", "Onnilta", "Onnia"),
        ("Kari", "Karin", "Karille", "Karilla", "Karilta", "Karia"),
        ("Heikki", "Heikin", "Heikille", "Heikillä", "Heikiltä", "Heikkiä"),
        ("Ville", "Villen", "Villelle", "Villellä", "Villeltä", "Villeä"),
        ("Eero", "Eeron", "Eerolle", "Eerolla", "Eerolta", "Eeroa"),
        ("Juha", "Juhan", "Juhalle", "Juhalla", "Juhalta", "Juhaa"),
        ("Tapio", "Tapion", "Tapiolle", "Tapiolla", "Tapiolta", "Tapiota")]
FI_F = [("Anna", "Annan", "Annalle", "Annalla", "Annalta", "Annaa"),
        ("Satu", "Sadun", "Sadulle", "Sadulla", "Sadulta", "Satua"),
        ("Aino", "Ainon", "Ainolle", "Ainolla", "Ainolta", "Ainoa"),
        ("Tuuli", "Tuulin", "Tuulille", "Tuulilla", "Tuulilta", "Tuulia"),
        ("Lumi", "Lumin", "Lumille", "Lumilla", "Lumilta", "Lumia"),
        ("Laura", "Lauran", "Lauralle", "Lauralla", "Lauralta", "Lauraa"),
        ("Päivi", "Päivin", "Päiville", "Päivillä", "Päiviltä", "Päiviä"),
        ("Leena", "Leenan", "Leenalle", "Leenalla", "Leenalta", "Leenaa"),
        ("Helmi", "Helmin", "Helmille", "Helmillä", "Helmiltä", "Helmiä"),
        ("Kaisa", "Kaisan", "Kaisalle", "Kaisalla", "Kaisalta", "Kaisaa"),
        ("Minna", "Minnan", "Minnalle", "Minnalla", "Minnalta", "Minnaa"),
        ("Sanna", "Sannan", "Sannalle", "Sannalla", "Sannalta", "Sannaa")]
FI_L = [("Virtanen", "Virtasen", "Virtaselle", "Virtasella", "Virtaselta", "Virtasta"),
        ("Korhonen", "Korhosen", "Korhoselle", "Korhosella", "Korhoselta", "Korhosta"),
        ("Mäkinen", "Mäkisen", "Mäkiselle", "Mäkisellä", "Mäkiseltä", "Mäkistä"),
        ("Nieminen", "Niemisen", "Niemiselle", "Niemisellä", "Niemiseltä", "Niemistä"),
        ("Hämäläinen", "Hämäläisen", "Hämäläiselle", "Hämäläisellä", "Hämäläiseltä", "Hämäläistä"),
        ("Laine", "Laineen", "Laineelle", "Laineella", "Laineelta", "Lainetta"),
        ("Koskinen", "Koskisen", "Koskiselle", "Koskisella", "Koskiselta", "Koskista"),
        ("Järvinen", "Järvisen", "Järviselle", "Järvisellä", "Järviseltä", "Järvistä"),
        ("Salo", "Salon", "Salolle", "Salolla", "Salolta", "Saloa"),
        ("Kivi", "Kiven", "Kivelle", "Kivellä", "Kiveltä", "Kiveä"),
        ("Mäki", "Mäen", "Mäelle", "Mäellä", "Mäeltä", "Mäkeä"),
        ("Lehtonen", "Lehtosen", "Lehtoselle", "Lehtosella", "Lehtoselta", "Lehtosta"),
        ("Heinonen", "Heinosen", "Heinoselle", "Heinosella", "Heinoselta", "Heinosta"),
        ("Karjalainen", "Karjalaisen", "Karjalaiselle", "Karjalaisella", "Karjalaiselta", "Karjalaista"),
        ("Rantanen", "Rantasen", "Rantaselle", "Rantasella", "Rantaselta", "Rantasta")]
FI_CASES = ["nom", "gen", "all", "ade", "abl", "part"]
EL_CASES = ["nom", "gen", "acc", "voc"]


def ascii_fold(s):
    s = strip_acc(s).lower()
    return re.sub(r"[^a-z]", "", s)


class Person:
    def __init__(self, lang, g, first, last, lf, ll):
        self.lang, self.g = lang, g
        self.first, self.last = first, last   # dicts case -> form
        self.lf, self.ll = lf, ll             # ascii for e-mail local parts
        self.female = g == "f"


def person(lang, g=None, used=None):
    g = g or pick(["m", "f"])
    if lang == "en":
        f = pick(EN_M if g == "m" else EN_F)
        l = pick(EN_L)
        return Person(lang, g, {"nom": f}, {"nom": l}, ascii_fold(f), ascii_fold(l))
    if lang == "it":
        f = pick(IT_M if g == "m" else IT_F)
        l = pick(IT_L)
        return Person(lang, g, {"nom": f}, {"nom": l}, ascii_fold(f), ascii_fold(l))
    if lang == "el":
        f = pick(EL_M if g == "m" else EL_F)
        l = pick(EL_L)
        fd = dict(zip(EL_CASES, f[:4]))
        if g == "m":
            ld = dict(zip(EL_CASES, l[:4]))
            ll = l[5]
        else:
            ld = dict(zip(EL_CASES, [l[4]] * 4))
            ll = l[6]
        return Person(lang, g, fd, ld, f[4], ll)
    if lang == "ro":
        if g == "m":
            f = pick(RO_M)
            fd = {"nom": f, "gen": f}
        else:
            f = pick(RO_F)
            fd = {"nom": f[0], "gen": f[1]}
        l = pick(RO_L)
        return Person(lang, g, fd, {"nom": l, "gen": l}, ascii_fold(fd["nom"]), ascii_fold(l))
    if lang == "fi":
        f = pick(FI_M if g == "m" else FI_F)
        l = pick(FI_L)
        return Person(lang, g, dict(zip(FI_CASES, f)), dict(zip(FI_CASES, l)), ascii_fold(f[0]),
                      ascii_fold(l[0]))
    raise KeyError(lang)


def _tf(s, tf):
    if tf == "lower":
        return s.lower()
    if tf == "noacc":
        return strip_acc(s)
    if tf == "lowernoacc":
        return strip_acc(s).lower()
    if tf == "caps":
        return strip_acc(s).upper() if True else s
    if tf == "cedilla":
        return ro_cedilla(s)
    return s


def name_text(p, what="fl", case="nom", tf=None):
    f = p.first.get(case, p.first["nom"])
    l = p.last.get(case, p.last["nom"])
    if p.lang == "fi" and what in ("fl",):
        f = p.first["nom"]          # Finnish: only the last part of a full name inflects
    if p.lang == "ro" and what == "fl" and case == "gen":
        l = p.last["nom"]
    if what == "f":
        s = f
    elif what == "l":
        s = l
    elif what == "lf":
        s = l + " " + f
    elif what == "fi":        # first name + initial of the surname
        s = f + " " + p.last["nom"][0] + "."
    else:
        s = f + " " + l
    return _tf(s, tf)


def NM(p, what="fl", case="nom", tf=None):
    return E("PERSON", name_text(p, what, case, tf))


# --- e-mail ------------------------------------------------------------------

PROVIDERS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "hotmail.co.uk",
           "eircom.net", "proton.me", "live.ie", "aol.com"],
    "it": ["gmail.com", "libero.it", "virgilio.it", "hotmail.it", "tiscali.it", "alice.it", "outlook.it",
           "yahoo.it", "pec.it", "legalmail.it", "tim.it", "fastwebnet.it"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.gr", "otenet.gr", "windowslive.com", "outlook.com.gr",
           "hol.gr", "cosmotemail.gr"],
    "ro": ["yahoo.com", "gmail.com", "yahoo.ro", "hotmail.com", "icloud.com", "outlook.com", "rdslink.ro"],
    "fi": ["gmail.com", "hotmail.fi", "outlook.com", "luukku.com", "kolumbus.fi", "elisanet.fi",
           "suomi24.fi", "saunalahti.fi", "icloud.com"],
}


def email_text(p, dom_lang=None):
    f, l = p.lf, p.ll
    y = str(R.randint(60, 99)) if chance(0.5) else str(R.randint(1, 99))
    local = pick([f + "." + l, f + l, f[0] + "." + l, f + "_" + l, f + "." + l + y, l + "." + f,
                  f + y, l + f[0], f + "." + l, f + "-" + l])
    dom = pick(PROVIDERS[dom_lang or p.lang])
    s = local + "@" + dom
    if chance(0.08):
        s = local.capitalize() + "@" + dom
    return s


def EM(p, dom_lang=None):
    return E("EMAIL", email_text(p, dom_lang))


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------

UK_MOB = ["7400", "7418", "7441", "7810", "7823", "7846", "7900", "7912", "7956", "7984", "7535", "7708"]
IE_MOB = ["83", "85", "86", "87", "89"]
US_AREA = ["212", "312", "415", "617", "646", "202", "305", "718", "213", "512"]
IT_MOB = ["320", "324", "327", "328", "329", "331", "333", "334", "335", "338", "339", "340", "342",
          "345", "346", "347", "348", "349", "351", "366", "371", "377", "380", "388", "389", "392", "393"]
GR_MOB = ["690", "693", "694", "695", "697", "698", "699"]
RO_MOB = ["72", "73", "74", "75", "76", "77", "78", "79", "71"]
FI_MOB = ["40", "41", "44", "45", "46", "50"]


def phone_parts(country, kind=None):
    """Returns (cc, national-without-trunk-0 digits, trunk prefix, grouping hints)."""
    kind = kind or ("mob" if chance(0.75) else "land")
    if country == "UK":
        if kind == "mob":
            return "44", pick(UK_MOB) + rdig(6), "0", [4, 6]
        return "44", pick(["20" + pick("378") + rdig(7), "161" + pick("2345789") + rdig(6),
                           "113" + pick("2345") + rdig(6)]), "0", None
    if country == "IE":
        if kind == "mob":
            return "353", pick(IE_MOB) + rdig(7), "0", [2, 3, 4]
        return "353", pick(["1" + pick("2345689") + rdig(6), "21" + pick("2345") + rdig(6),
                            "91" + pick("57") + rdig(5)]), "0", None
    if country == "US":
        return "1", pick(US_AREA) + "55501" + rdig(2), "", [3, 3, 4]
    if country == "IT":
        if kind == "mob":
            return "39", pick(IT_MOB) + rdig(7), "", [3, 3, 4]
        return "39", pick(["02" + pick("3456789") + rdig(7), "06" + pick("3456789") + rdig(7),
                           "011" + pick("3456789") + rdig(6), "055" + pick("2345") + rdig(6),
                           "051" + pick("2346") + rdig(6), "081" + pick("5678") + rdig(6)]), "", None
    if country == "GR":
        if kind == "mob":
            return "30", pick(GR_MOB) + rdig(7), "", [3, 3, 4]
        return "30", pick(["21" + pick("0345") + rdig(7), "2310" + rdig(6), "2610" + rdig(6),
                           "2810" + rdig(6)]), "", None
    if country == "RO":
        if kind == "mob":
            return "40", "7" + pick(RO_MOB)[1] + rdig(7), "0", [3, 3, 3]
        return "40", pick(["21" + pick("23") + rdig(6), "264" + pick("45") + rdig(5),
                           "232" + pick("21") + rdig(5), "256" + pick("24") + rdig(5)]), "0", None
    if country == "FI":
        if kind == "mob":
            return "358", pick(FI_MOB) + rdig(7), "0", [2, 3, 4]
        return "358", pick(["9" + pick("2345678") + rdig(6), "3" + pick("23") + rdig(6),
                            "2" + pick("24") + rdig(6)]), "0", None
    raise KeyError(country)


def _grp(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def land_groups(country, nat):
    if country == "UK":
        if nat.startswith("20"):
            return [2, 4, 4]
        return [3, 3, 4]
    if country == "IE":
        return [1, 3, 4] if nat.startswith("1") else [2, 3, 4]
    if country == "IT":
        if nat.startswith(("02", "06")):
            return [2, 4, 4]
        return [3, 3, 4]
    if country == "GR":
        return [4, 3, 3] if nat.startswith("2310") or nat.startswith("2610") or nat.startswith("2810") else [3, 3, 4]
    if country == "RO":
        return [2, 3, 2, 2] if nat.startswith("21") else [3, 3, 3]
    if country == "FI":
        return [1, 4, 4] if nat.startswith("9") else [1, 3, 4]
    return [3, 3, 4]


def phone_text(country, style="any", kind=None):
    """style: local | intl | any | compact"""
    cc, nat, trunk, hint = phone_parts(country, kind)
    groups = hint if hint else land_groups(country, nat)
    if style == "any":
        style = pick(["local", "local", "intl", "compact"])
    if country == "US":
        a, b, c = nat[:3], nat[3:6], nat[6:]
        if style == "intl":
            return pick(["+1 %s %s %s" % (a, b, c), "+1 (%s) %s-%s" % (a, b, c), "001 %s %s %s" % (a, b, c),
                         "+1-%s-%s-%s" % (a, b, c)])
        return pick(["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c),
                     "1-%s-%s-%s" % (a, b, c), "%s %s %s" % (a, b, c)])
    full = trunk + nat
    if style == "compact":
        return pick([full, "+" + cc + nat])
    if style == "local":
        g = _grp(nat, groups)
        if trunk:
            g[0] = trunk + g[0]
        if country == "IT" and nat.startswith("3"):
            return pick([" ".join(g), g[0] + " " + g[1] + g[2], g[0] + "-" + g[1] + g[2], g[0] + "/" + g[1] + g[2],
                         g[0] + "." + g[1] + "." + g[2][:2] + "." + g[2][2:], g[0] + " " + g[1] + " " + g[2][:2] + " " + g[2][2:]])
        if country == "RO":
            return pick([" ".join(g), ".".join(g), "-".join(g), full[:4] + " " + full[4:7] + " " + full[7:]
                         if nat.startswith("7") else " ".join(g)])
        if country == "FI" and nat[0] in "45":
            return pick([" ".join(g), g[0] + "-" + g[1] + " " + g[2], g[0] + " " + g[1] + g[2],
                         g[0] + " " + (g[1] + g[2])[:4] + " " + (g[1] + g[2])[4:]])
        if country == "GR" and nat.startswith("69"):
            return pick([" ".join(g), nat[:4] + " " + nat[4:7] + " " + nat[7:], nat[:3] + "-" + nat[3:],
                         nat[:3] + " " + nat[3:5] + " " + nat[5:7] + " " + nat[7:]])
        if country == "UK" and nat.startswith("7"):
            return pick([g[0] + " " + g[1], g[0] + " " + g[1][:3] + " " + g[1][3:], "(" + g[0] + ") " + g[1]])
        if country == "IE":
            return pick([" ".join(g), "(" + g[0] + ") " + "".join(g[1:]), g[0] + "-" + "".join(g[1:])])
        return " ".join(g)
    # intl
    g = _grp(nat, groups)
    pre = pick(["+" + cc, "+" + cc, "00" + cc])
    if country == "UK" and chance(0.4):
        return "+44 (0)" + " ".join(g)
    if country in ("IT", "RO") and chance(0.25):
        pre = "(+" + cc + ")"
    if country == "FI" and nat[0] in "45" and chance(0.3):
        return pre + " " + g[0] + " " + g[1] + g[2]
    if country == "GR" and chance(0.3):
        return pre + " " + nat
    return pre + " " + " ".join(g)


def PH(country, style="any", kind=None):
    return E("PHONE", phone_text(country, style, kind))


def phone_said(country, lang, intl=False, kind=None):
    """A phone number dictated in words (and sometimes digits)."""
    cc, nat, trunk, hint = phone_parts(country, kind)
    groups = _grp(nat, hint if hint else land_groups(country, nat))
    if trunk and not intl:
        groups[0] = trunk + groups[0]
    pairs = lang in ("it", "el", "ro") and chance(0.5)
    coll = lang == "fi" and chance(0.6)
    s = dictate(groups, lang, pairs=pairs, coll=coll, hesitate=0.15)
    if intl:
        ccs = say_group(cc, lang, pairs=(lang in ("it", "el", "ro") and len(cc) == 2), coll=coll)
        s = PLUS[lang] + " " + ccs + ", " + s
    return E("PHONE", s)


# ---------------------------------------------------------------------------
# addresses, as people write them in each country
# ---------------------------------------------------------------------------

UK_STREETS = ["Church Road", "Station Road", "Victoria Street", "Mill Lane", "Park Avenue", "Queen's Road",
              "High Street", "Windsor Close", "Orchard Way", "Beech Grove", "Albert Terrace", "Kingsway",
              "Grange Drive", "Hope Street", "Rose Lane"]
UK_TOWNS = [("Manchester", "M14"), ("Leeds", "LS6"), ("Bristol", "BS3"), ("Glasgow", "G12"),
            ("Cardiff", "CF24"), ("London", "N16"), ("London", "SE15"), ("Sheffield", "S10"),
            ("Birmingham", "B29"), ("Nottingham", "NG7"), ("Edinburgh", "EH9"), ("Belfast", "BT7"),
            ("Norwich", "NR2"), ("Leicester", "LE3")]
IE_PLACES = [("Ennis", "Co. Clare", "V95"), ("Bray", "Co. Wicklow", "A98"), ("Dublin 8", None, "D08"),
             ("Dublin 15", None, "D15"), ("Cork", None, "T12"), ("Galway", None, "H91"),
             ("Drogheda", "Co. Louth", "A92"), ("Waterford", None, "X91")]
IE_STREETS = ["Main Street", "Church Street", "The Mall", "Oakwood Avenue", "Marian Park", "Castle View",
              "Bóthar na Trá", "Ashgrove Lawn"]
US_PLACES = [("Columbus", "OH", "432"), ("Springfield", "IL", "627"), ("Austin", "TX", "787"),
             ("Portland", "OR", "972"), ("Brooklyn", "NY", "112"), ("Denver", "CO", "802")]
US_STREETS = ["Maple Ave", "Oak Street", "W 21st St", "Elm Street", "Lincoln Blvd", "Sunset Dr", "Pine St"]

IT_STREETS = ["Via Roma", "Via Garibaldi", "Via Giuseppe Mazzini", "Corso Vittorio Emanuele II",
              "Viale della Repubblica", "Piazza Dante", "Via dei Mille", "Via San Francesco d'Assisi",
              "Largo Augusto", "Via Torino", "Via Nazionale", "Via XX Settembre", "Via 25 Aprile",
              "Viale IV Novembre", "Corso XXII Marzo", "Via Rosa Luxemburg", "Via Fratelli Cervi",
              "Vicolo del Pozzo", "Via Aldo Moro", "Contrada Santa Lucia"]
IT_ABBR = {"Via": "V.", "Viale": "V.le", "Corso": "C.so", "Piazza": "P.zza", "Largo": "L.go"}
IT_CITIES = [("Milano", "MI", "201"), ("Roma", "RM", "001"), ("Napoli", "NA", "801"), ("Torino", "TO", "101"),
             ("Bologna", "BO", "401"), ("Firenze", "FI", "501"), ("Genova", "GE", "161"), ("Bari", "BA", "701"),
             ("Palermo", "PA", "901"), ("Verona", "VR", "371"), ("Padova", "PD", "351"),
             ("Lecce", "LE", "731"), ("Monza", "MB", "209"), ("Cagliari", "CA", "091")]

EL_STREETS = ["Ερμού", "Πατησίων", "Αγίου Δημητρίου", "Εγνατίας", "Λεωφ. Κηφισίας", "Λεωφόρος Συγγρού",
              "Τσιμισκή", "Μητροπόλεως", "Ακαδημίας", "Πανεπιστημίου", "Αγίας Σοφίας", "Ελευθερίου Βενιζέλου",
              "Καραϊσκάκη", "28ης Οκτωβρίου", "25ης Μαρτίου", "Αλεξάνδρας", "Ιπποκράτους", "Μεσογείων"]
EL_CITIES = [("Αθήνα", "10"), ("Αθήνα", "11"), ("Θεσσαλονίκη", "54"), ("Πάτρα", "26"), ("Ηράκλειο", "71"),
             ("Μαρούσι", "15"), ("Πειραιάς", "18"), ("Λάρισα", "41"), ("Βόλος", "38"), ("Χανιά", "73")]

RO_STREETS = ["Str. Lipscani", "Strada Mihai Eminescu", "Bd. Unirii", "Bulevardul Carol I", "Calea Victoriei",
              "Șoseaua Colentina", "Aleea Trandafirilor", "Splaiul Independenței", "Str. 1 Decembrie 1918",
              "Str. Avram Iancu", "Calea Moșilor", "Bd. 21 Decembrie 1989", "Str. Primăverii",
              "Str. Florilor", "Bd. Tudor Vladimirescu", "Aleea Speranței"]
RO_CITIES = [("București", "0"), ("Cluj-Napoca", "400"), ("Iași", "700"), ("Timișoara", "300"),
             ("Brașov", "500"), ("Constanța", "900"), ("Craiova", "200"), ("Sibiu", "550"), ("Oradea", "410")]
RO_JUD = {"Cluj-Napoca": "Cluj", "Iași": "Iași", "Timișoara": "Timiș", "Brașov": "Brașov",
          "Constanța": "Constanța", "Craiova": "Dolj", "Sibiu": "Sibiu", "Oradea": "Bihor"}

FI_STREETS = ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Koivukuja", "Rantatie", "Kauppakatu",
              "Isokatu", "Puistokatu", "Satamakatu", "Kirkkokatu", "Pihlajatie", "Myllytie",
              "Vanha Porvoontie", "Tuulimyllynkuja", "Lumikintie", "Onnentie"]
FI_CITIES = [("Helsinki", "00", 100, 990), ("Espoo", "02", 100, 980), ("Vantaa", "01", 300, 760),
             ("Tampere", "33", 100, 980), ("Turku", "20", 100, 960), ("Oulu", "90", 100, 940),
             ("Jyväskylä", "40", 100, 950), ("Kuopio", "70", 100, 910), ("Lahti", "15", 100, 950)]


def _uk_inward():
    return str(R.randint(1, 9)) + pick("ABDEFGHJLNPQRSTUWXYZ") + pick("ABDEFGHJLNPQRSTUWXYZ")


def addr_text(country, style="full"):
    """style: full | chat | multi | form"""
    if country == "UK":
        town, out = pick(UK_TOWNS)
        pc = out + " " + _uk_inward()
        no = str(R.randint(1, 180))
        st = pick(UK_STREETS)
        flat = pick(["", "", "Flat %d, " % R.randint(1, 12), "Flat %s, " % (str(R.randint(1, 4)) + pick("ABC"))])
        if style == "chat":
            return ("%s %s %s %s" % (no, st.replace("Road", "rd").replace("Street", "st").lower(), town.lower(), pc.lower()))
        if style == "multi":
            return "%s%s %s\n%s\n%s" % (flat, no, st, town, pc)
        return "%s%s %s, %s %s" % (flat, no, st, town, pc)
    if country == "IE":
        town, county, rk = pick(IE_PLACES)
        ec = rk + " " + pick("ACDEFHKNPRTVWXY") + str(R.randint(1, 9)) + pick("ACDEFHKNPRTVWXY") + str(R.randint(0, 9))
        no = str(R.randint(1, 90))
        st = pick(IE_STREETS)
        parts = [no + " " + st, town] + ([county] if county else []) + [ec]
        if style == "chat":
            return ", ".join(parts).lower()
        if style == "multi":
            return "\n".join(parts)
        if chance(0.3):
            parts = ["Apt %d" % R.randint(1, 30)] + parts
        return ", ".join(parts)
    if country == "US":
        city, stt, z = pick(US_PLACES)
        zipc = z + rdig(2)
        no = str(R.randint(12, 4800))
        apt = pick(["", ", Apt %d%s" % (R.randint(1, 9), pick("ABCD")), " #%d" % R.randint(2, 40)])
        if style == "multi":
            return "%s %s%s\n%s, %s %s" % (no, pick(US_STREETS), apt, city, stt, zipc)
        return "%s %s%s, %s, %s %s" % (no, pick(US_STREETS), apt, city, stt, zipc)
    if country == "IT":
        city, prov, cap3 = pick(IT_CITIES)
        cap = cap3 + "%02d" % R.randint(0, 60)
        st = pick(IT_STREETS)
        no = str(R.randint(1, 180)) + pick(["", "", "", "/B", "/A", " bis"])
        if style == "chat":
            return pick(["%s %s %s" % (st.lower(), no, city.lower()),
                         "%s %s, %s" % (st.lower(), no, city.lower()),
                         "%s n %s %s %s" % (st.lower(), no, cap, city.lower())])
        if chance(0.3):
            w = st.split()[0]
            if w in IT_ABBR:
                st = IT_ABBR[w] + st[len(w):]
        extra = pick(["", "", "", ", scala B, int. %d" % R.randint(1, 20), ", int. %d" % R.randint(1, 20),
                      " (citofono %s)" % pick(["Bianchi", "Esposito", "Greco"])][:5])
        if style == "multi":
            return "%s %s%s\n%s %s (%s)" % (st, no, extra, cap, city, prov)
        form = pick(["{st} {no}{ex}, {cap} {city}", "{st}, {no}{ex} - {cap} {city} ({prov})",
                     "{st} n. {no}{ex}, {cap} {city} {prov}", "{st} {no}{ex} {cap} {city} ({prov})"])
        return form.format(st=st, no=no, ex=extra, cap=cap, city=city, prov=prov)
    if country == "GR":
        city, tk2 = pick(EL_CITIES)
        tk = tk2 + str(R.randint(1, 8)) + " " + "%02d" % R.randint(10, 99)
        st = pick(EL_STREETS)
        no = str(R.randint(1, 220))
        if style == "chat":
            return pick(["%s %s %s" % (strip_acc(st).lower(), no, strip_acc(city).lower()),
                         "%s %s, %s" % (st.lower(), no, city)])
        if style == "form":
            return "%s %s, Τ.Κ. %s, %s" % (strip_acc(st).upper(), no, tk.replace(" ", ""), strip_acc(city).upper())
        floor = pick(["", "", ", %dος όροφος" % R.randint(1, 6), ", διαμ. %d" % R.randint(1, 12)])
        if style == "multi":
            return "%s %s%s\n%s %s" % (st, no, floor, tk, city)
        pre = pick(["", "", "οδός "]) if not st.startswith("Λεωφ") else ""
        return pick(["%s%s %s%s, %s %s" % (pre, st, no, floor, tk, city),
                     "%s%s %s%s, %s, Τ.Κ. %s" % (pre, st, no, floor, city, tk)])
    if country == "RO":
        city, pc = pick(RO_CITIES)
        st = pick(RO_STREETS)
        no = str(R.randint(1, 150))
        block = chance(0.6)
        bl = "bl. %s%d, sc. %s, et. %d, ap. %d" % (pick("ABCDGHMP"), R.randint(1, 30), pick("ABC12"),
                                                     R.randint(1, 10), R.randint(1, 80))
        sector = ", sector %d" % R.randint(1, 6) if city == "București" else ""
        post = pc + rdig(6 - len(pc)) if pc != "0" else "0" + str(R.randint(1, 6)) + rdig(4)
        jud = (", jud. " + RO_JUD[city]) if city in RO_JUD and chance(0.5) else ""
        if style == "chat":
            s = "%s %s %s %s" % (st.lower().replace(".", ""), no,
                                 ("bl %s%d ap %d" % (pick("abcdgh"), R.randint(1, 30), R.randint(1, 80))) if block else "",
                                 city.lower())
            s = re.sub(" +", " ", s)
            return strip_acc(s) if chance(0.6) else s
        if style == "multi":
            return "%s nr. %s%s\n%s%s%s" % (st, no, (", " + bl) if block else "", city, sector, jud)
        s = "%s nr. %s%s%s, %s%s" % (st, no, (", " + bl) if block else "", sector, city, jud)
        if chance(0.35):
            s += ", " + post
        return s
    if country == "FI":
        city, p2, lo, hi = pick(FI_CITIES)
        pc = p2 + "%03d" % (R.randint(lo // 10, hi // 10) * 10)
        st = pick(FI_STREETS)
        no = str(R.randint(1, 60))
        apt = pick(["", " %s %d" % (pick("ABCD"), R.randint(1, 40)), " as. %d" % R.randint(1, 30),
                    " %s" % pick("ABC")])
        if style == "chat":
            return pick(["%s %s%s %s" % (st.lower(), no, apt.lower(), city.lower()),
                         "%s %s%s, %s %s" % (st.lower(), no, apt.lower(), pc, city.lower())])
        if style == "multi":
            return "%s %s%s\n%s %s" % (st, no, apt, pc, city.upper() if chance(0.5) else city)
        return "%s %s%s, %s %s" % (st, no, apt, pc, city)
    raise KeyError(country)


def AD(country, style="full"):
    return E("ADDRESS", addr_text(country, style))


# ---------------------------------------------------------------------------
# tricky negatives (distractors)
# ---------------------------------------------------------------------------

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
           "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
           "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
}


def price_text(lang):
    a = R.randint(3, 1800)
    c = R.randint(0, 99)
    big = a >= 1000
    if lang == "en":
        cur = pick(["£", "£", "€", "$"])
        amt = ("%d,%03d.%02d" % (a // 1000, a % 1000, c)) if big else "%d.%02d" % (a, c)
        return pick([cur + amt, cur + str(a), cur + amt, "%s %s" % (amt, pick(["GBP", "EUR", "quid"]))]) if cur != "$" else "$" + amt
    if lang == "fi":
        amt = ("%d %03d,%02d" % (a // 1000, a % 1000, c)) if big else "%d,%02d" % (a, c)
        return pick([amt + " €", amt + "€", amt + " e", amt + " euroa", str(a) + " €/kk", amt + " EUR"])
    if lang == "ro":
        amt = ("%d.%03d,%02d" % (a // 1000, a % 1000, c)) if big else "%d,%02d" % (a, c)
        return pick([amt + " lei", amt + " RON", str(a) + " de lei", amt + " €", amt + " lei"])
    amt = ("%d.%03d,%02d" % (a // 1000, a % 1000, c)) if big else "%d,%02d" % (a, c)
    if lang == "it":
        return pick([amt + " €", "€ " + amt, amt + "€", "%d euro" % a, "EUR " + amt])
    return pick([amt + " €", amt + "€", "%d ευρώ" % a, "€" + amt, "%d,%02d ευρώ" % (a, c)])


def PRICE(lang):
    return D("PRICE", price_text(lang))


def date_text(lang, year=2026):
    y, m, d = rand_date(year, year)
    mn = MONTHS[lang][m - 1]
    if lang == "en":
        return pick(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%d %s" % (d, mn),
                     "%d/%d/%02d" % (m, d, y % 100), "%d-%02d-%02d" % (y, m, d), "%s %d" % (mn, d)])
    if lang == "it":
        return pick(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%d %s" % (d, mn), "%d-%d-%02d" % (d, m, y % 100),
                     "%d/%d" % (d, m)])
    if lang == "el":
        return pick(["%d/%d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%d %s" % (d, mn), "%02d-%02d-%d" % (d, m, y)])
    if lang == "ro":
        return pick(["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%d %s" % (d, mn), "%02d/%02d/%d" % (d, m, y)])
    return pick(["%d.%d.%d" % (d, m, y), "%d.%d." % (d, m), "%d. %s" % (d, mn), "%02d.%02d.%d" % (d, m, y)])


def DATE(lang, year=2026):
    return D("DATE", date_text(lang, year))


def time_text(lang):
    h, mi = R.randint(7, 21), pick([0, 15, 30, 45, 10, 20, 5, 50])
    if lang == "en":
        return pick(["%d:%02d" % (h, mi), "%d:%02d%s" % ((h - 1) % 12 + 1, mi, pick(["pm", " pm", "am"]) if h < 12 else pick(["pm", " pm"])),
                     "%02d:%02d" % (h, mi)])
    if lang == "fi":
        return pick(["%d.%02d" % (h, mi), "%d:%02d" % (h, mi)])
    if lang == "it":
        return pick(["%d:%02d" % (h, mi), "%d.%02d" % (h, mi)])
    return "%d:%02d" % (h, mi)


def TIME(lang):
    return D("TIME", time_text(lang))


def TWIN(lang):
    """A delivery window: two times, the first earlier."""
    h = R.randint(8, 16)
    m = pick([0, 0, 30, 15])
    h2 = h + pick([2, 3, 4])
    sep = "." if lang in ("fi",) or (lang == "it" and chance(0.5)) else ":"
    return D("TIME", "%d%s%02d" % (h, sep, m)), D("TIME", "%d%s%02d" % (h2, sep, m))


def ORDER(lang, style=None):
    style = style or pick(["digits", "digits", "prefixed", "dashed"])
    if style == "digits":
        return D("ORDER_NUMBER", safe_digits(pick([7, 8, 9, 10, 11, 12]), pick(["1", "2", "3", "4", "7", "9"])))
    if style == "prefixed":
        pre = {"en": ["UK", "ORD", "W", "IE"], "it": ["IT", "ORD", "A"], "el": ["GR", "ΠΑΡ", "ORD"],
               "ro": ["RO", "CMD", "EMG"], "fi": ["FI", "T", "ORD"]}[lang]
        return D("ORDER_NUMBER", pick(pre) + pick(["", "-"]) + safe_digits(pick([7, 8, 9]), str(R.randint(1, 9))))
    return D("ORDER_NUMBER", "%s-%s-%s" % (pick(["402", "171", "305", "028"]), rdig(7), rdig(7)))


def s10(prefix, country):
    body = rdig(8)
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * b for a, b in zip(body, w)) % 11
    c = {10: 0, 11: 5}.get(c, c)
    return prefix + body + str(c) + country


def TRACK(lang):
    country = {"en": pick(["GB", "IE", "US"]), "it": "IT", "el": "GR", "ro": "RO", "fi": "FI"}[lang]
    kind = pick(["s10", "s10", "long", "carrier"])
    if kind == "s10":
        return D("TRACKING_NUMBER", s10(pick(["RR", "LX", "CP", "RE", "UA", "JD"]), country))
    if kind == "long":
        return D("TRACKING_NUMBER", safe_digits(18, "00"))
    carr = {"en": ["1Z" + "".join(pick("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)) + safe_digits(10, "0"),
                   "H0" + rdig(3) + "A" + rdig(10)],
            "it": ["BRT " + safe_digits(12, "0"), "GLS " + safe_digits(11, "5"), "SDA " + safe_digits(13, "6")],
            "el": ["ACS " + safe_digits(10, "7"), "ΕΛΤΑ " + s10("RE", "GR"), "Γενική Ταχυδρομική " + safe_digits(10, "4")],
            "ro": ["AWB " + safe_digits(13, "2"), "Sameday 1SDY" + rdig(8), "Cargus " + safe_digits(10, "1")],
            "fi": ["JJFI" + safe_digits(17, "6"), "MA" + rdig(10) + "FI", "Matkahuolto " + safe_digits(10, "8")]}[lang]
    return D("TRACKING_NUMBER", pick(carr))


def ean13():
    while True:
        body = pick(["80", "52", "59", "64", "40", "50", "73"]) + rdig(10)
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        e = body + str((10 - s % 10) % 10)
        if not luhn_ok(e) and not cnp_ok(e):
            return e


def PROD(lang):
    kind = pick(["ean", "sku", "model"])
    if kind == "ean":
        return D("PRODUCT_CODE", ean13())
    if kind == "sku":
        return D("PRODUCT_CODE", pick(["SKU-", "ART.", "", "REF "]) + pick(["AB", "KX", "TR", "MZ", "QP"]) +
                 str(R.randint(10, 99)) + "-" + "%04d" % R.randint(1, 9999))
    return D("PRODUCT_CODE", pick(["WM-", "SM-S9", "XR", "KF-", "A"]) + str(R.randint(100, 9990)) + pick(["", "B", "X", "/EU"]))


def INVOICE(lang):
    y = pick(["2025", "2026"])
    return D("INVOICE_NUMBER", pick(["%s/%05d" % (y, R.randint(1, 99999)), "FT %d/%s" % (R.randint(1, 9999), y),
                                     "%s-%06d" % (y, R.randint(1, 999999)), safe_digits(8, "1")]))


def QTY(lang):
    n = R.randint(2, 24)
    unit = {"en": ["x", " pcs", " boxes", " kg", " litres"], "it": [" pezzi", "x", " kg", " confezioni"],
            "el": [" τεμάχια", " κιλά", "x", " κουτιά"], "ro": [" bucăți", " buc", " kg", " cutii"],
            "fi": [" kpl", " kg", " pakettia", " laatikkoa"]}[lang]
    u = pick(unit)
    return D("QUANTITY", (u.strip() + str(n)) if u == "x" and chance(0.5) else str(n) + u)


def YEAR():
    return D("YEAR", str(R.randint(1998, 2027)))


def VER():
    return D("VERSION", pick(["%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 9)),
                              "v%d.%d" % (R.randint(1, 9), R.randint(0, 12)),
                              "%d.%d" % (R.randint(10, 19), R.randint(0, 9)),
                              "%d.%d.%d (build %d)" % (R.randint(2, 8), R.randint(0, 9), R.randint(0, 9), R.randint(1000, 9999))]))


def BOOK():
    return D("BOOKING_NUMBER", pick(["".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
                                     "%d.%03d.%03d" % (R.randint(1000, 9999), R.randint(0, 999), R.randint(0, 999)),
                                     "HB-" + safe_digits(7, "3")]))


def TICKET(lang):
    return D("TICKET_NUMBER", pick(["#" + str(R.randint(10000, 999999)), "INC%07d" % R.randint(1, 9999999),
                                    "2026/%06d" % R.randint(1, 999999), "CS-%d" % R.randint(100000, 999999)]))


def FLIGHT(lang):
    al = {"en": ["BA", "EI", "FR", "U2", "AA"], "it": ["AZ", "FR", "U2", "V7"], "el": ["A3", "OA", "FR", "GQ"],
          "ro": ["RO", "W4", "0B", "FR"], "fi": ["AY", "FR", "D8", "SK"]}[lang]
    return D("FLIGHT_NUMBER", pick(al) + pick([" ", ""]) + str(R.randint(100, 3999)))


def METER(lang):
    return D("METER_READING", pick(["%05d" % R.randint(100, 99999), str(R.randint(1000, 60000)),
                                    "%d,%d" % (R.randint(100, 9999), R.randint(0, 9))]))


def POSTCODE(country):
    if country == "UK":
        return D("POSTCODE", pick(UK_TOWNS)[1] + " " + _uk_inward())
    if country == "IT":
        return D("POSTCODE", pick(IT_CITIES)[2] + "%02d" % R.randint(0, 60))
    if country == "GR":
        return D("POSTCODE", pick(EL_CITIES)[1] + str(R.randint(1, 8)) + pick(["", " "]) + "%02d" % R.randint(10, 99))
    if country == "RO":
        return D("POSTCODE", pick(["400", "700", "300", "500"]) + rdig(3))
    if country == "FI":
        c = pick(FI_CITIES)
        return D("POSTCODE", c[1] + "%03d" % (R.randint(c[2] // 10, c[3] // 10) * 10))
    raise KeyError(country)


def fi_viite():
    while True:
        body = str(R.randint(1, 9)) + rdig(R.randint(5, 15))
        w = [7, 3, 1]
        s = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(body)))
        v = body + str((10 - s % 10) % 10)
        if not digits_pass_any(v) and not (len(v) >= 8 and luhn_ok(v)):
            break
    # printed in groups of five from the right
    g = []
    while v:
        g.insert(0, v[-5:])
        v = v[:-5]
    return D("REFERENCE", " ".join(g), "not personal")


def rf_ref():
    ref = rdig(R.randint(8, 16))
    num = int("".join(str(int(c, 36)) for c in ref + "RF00"))
    s = "RF%02d%s" % (98 - num % 97, ref)
    return D("REFERENCE", " ".join(s[i:i + 4] for i in range(0, len(s), 4)), "not personal")


def ytunnus():
    while True:
        b = str(R.randint(1, 3)) + rdig(6)
        r = sum(int(c) * w for c, w in zip(b, [7, 9, 10, 5, 8, 4, 2])) % 11
        if r == 1:
            continue
        return D("COMPANY_ID", b + "-" + str(0 if r == 0 else 11 - r), "not personal")


def cui(prefix=True):
    while True:
        b = str(R.randint(1, 4)) + rdig(R.randint(6, 7))
        key = "753217532"[-len(b):]
        c = sum(int(x) * int(k) for x, k in zip(b, key)) * 10 % 11 % 10
        s = b + str(c)
        if not digits_pass_any(s) and not luhn_ok(s):
            return D("COMPANY_ID", ("RO" if prefix else "") + s, "not personal")


# ---------------------------------------------------------------------------
# identifier pieces in the ways people write and say them
# ---------------------------------------------------------------------------

def _card_groups(d):
    return [d[:4], d[4:10], d[10:]] if len(d) == 15 else [d[i:i + 4] for i in range(0, len(d), 4)]


def card_text(d, style, lang):
    if style == "said":
        return dictate(_card_groups(d), lang, pairs=(lang in ("it", "el", "ro") and chance(0.3)),
                       coll=(lang == "fi" and chance(0.5)), hesitate=0.15)
    if style == "mixed":   # half in words, half in figures: how call-centre ASR often renders it
        g = _card_groups(d)
        k = R.randint(1, len(g) - 1)
        return dictate(g[:k], lang, sep=", ") + ", " + " ".join(g[k:])
    return fmt_card(d, style)


def CARD(lang, style=None, brand=None):
    style = style or pick(["space", "space", "plain", "dash"])
    return E("CARD", card_text(gen_card(brand), style, lang))


def CARD_BAD(lang, style=None, brand=None):
    style = style or pick(["space", "space", "plain", "dash"])
    return BAD("CARD", card_text(bad_card(brand), style, lang))


def iban_text(s, style, lang):
    if style == "said":
        groups = [s[i:i + 4] for i in range(4, len(s), 4)]
        cc = s[:2]
        ccs = pick([cc, cc[0] + " " + cc[1]])
        if lang == "it" and chance(0.4):
            ccs = cc[0] + " come " + IT_CITY[cc[0]] + ", " + cc[1] + " come " + IT_CITY[cc[1]]
        if lang == "en" and chance(0.3):
            ccs = cc[0] + " for " + EN_NATO[cc[0]] + ", " + cc[1] + " for " + EN_NATO[cc[1]]
        letters = "city" if lang == "it" and chance(0.5) else ("nato" if lang == "en" and chance(0.4) else "plain")
        check = say_group(s[2:4], lang, pairs=lang in ("it", "el", "ro") and s[2] != "0")
        return ccs + " " + check + ", " + dictate(groups, lang, pairs=(lang in ("it", "el", "ro") and chance(0.4)),
                                                  coll=(lang == "fi" and chance(0.5)), letters=letters, sep=", ",
                                                  hesitate=0.1)
    return fmt_iban(s, style)


def IBAN(cc, lang, style=None):
    style = style or pick(["group", "group", "plain", "group_lower", "lower"] + (["odd"] if cc in ("IT", "GR") else []))
    return E("IBAN", iban_text(gen_iban(cc), style, lang))


def IBAN_BAD(cc, lang, style=None):
    style = style or pick(["group", "group", "plain", "lower"])
    return BAD("IBAN", iban_text(bad_iban(cc), style, lang))


def cf_text(s, style, lang="it"):
    if style == "lower":
        return s.lower()
    if style == "spaced":
        return pick([s[:3] + " " + s[3:6] + " " + s[6:11] + " " + s[11:], s[:6] + " " + s[6:11] + " " + s[11:]])
    if style == "said":
        groups = [s[:3], s[3:6], s[6:8], s[8], s[9:11], s[11:15], s[15]]
        letters = pick(["city", "city", "names", "plain"]) if lang == "it" else ("nato" if lang == "en" else "plain")
        return dictate(groups, lang, letters=letters, sep=", ", pairs=lang == "it" and chance(0.3))
    return s


def CF(p=None, style=None, omo=0, lang="it", place=None):
    style = style or pick(["plain", "plain", "plain", "lower", "spaced"])
    if p is None:
        p = person("it")
    return E("IT_CODICE_FISCALE", cf_text(gen_cf(p.first["nom"], p.last["nom"], p.female, omo, place), style, lang))


def CF_BAD(p=None, style=None, omo=0, lang="it", place=None):
    style = style or pick(["plain", "plain", "lower", "spaced"])
    if p is None:
        p = person("it")
    return BAD("IT_CODICE_FISCALE", cf_text(bad_cf(p.first["nom"], p.last["nom"], p.female, omo, place), style, lang))


def num_text(d, style, lang, groups=None, prefix=""):
    if style == "said":
        gs = _grp(d, groups or [3, 3, 3, 2])
        return dictate(gs, lang, pairs=(lang in ("it", "el", "ro") and chance(0.45)),
                                                          coll=(lang == "fi" and chance(0.5)), hesitate=0.1)
    if style == "prefix":
        return prefix + d
    if style == "prefix_space":
        return prefix + " " + d
    if style == "spaced":
        return " ".join(_grp(d, groups or [3, 3, 3, 2]))
    return d


def PIVA(lang="it", style=None):
    style = style or pick(["plain", "plain", "prefix", "prefix_space"])
    return E("IT_PARTITA_IVA", num_text(gen_piva(), style, lang, [3, 3, 3, 2], "IT"))


def PIVA_BAD(lang="it", style=None):
    style = style or pick(["plain", "plain", "prefix"])
    return BAD("IT_PARTITA_IVA", num_text(bad_piva(), style, lang, [3, 3, 3, 2], "IT"))


def AMKA(p=None, lang="el", style=None):
    style = style or pick(["plain", "plain", "plain", "spaced"])
    return E("GR_AMKA", num_text(gen_amka(p.female if p else None), style, lang, [2, 2, 2, 5] if style == "said" else [6, 5]))


def AMKA_BAD(p=None, lang="el", style=None):
    style = style or pick(["plain", "plain", "spaced"])
    return BAD("GR_AMKA", num_text(bad_amka(p.female if p else None), style, lang, [6, 5]))


def AFM(lang="el", style=None):
    style = style or pick(["plain", "plain", "plain", "prefix", "spaced"])
    return E("GR_AFM", num_text(gen_afm(), style, lang, [3, 3, 3], "EL"))


def AFM_BAD(lang="el", style=None):
    style = style or pick(["plain", "plain", "spaced"])
    return BAD("GR_AFM", num_text(bad_afm(), style, lang, [3, 3, 3], "EL"))


def CNP(p=None, lang="ro", style=None):
    style = style or pick(["plain", "plain", "plain", "spaced"])
    gs = [1, 6, 6] if style == "spaced" else [1, 2, 2, 2, 2, 4]
    return E("RO_CNP", num_text(gen_cnp(p.female if p else None), style, lang, gs))


def CNP_BAD(p=None, lang="ro", style=None):
    style = style or pick(["plain", "plain", "spaced"])
    return BAD("RO_CNP", num_text(bad_cnp(p.female if p else None), style, lang, [1, 6, 6]))


def hetu_text(s, style, lang="fi"):
    if style == "lower":
        return s.lower()
    if style == "said":
        if lang == "fi":
            return dictate([s[:2], s[2:4], s[4:6], s[6], s[7:10], s[10]], "fi", coll=chance(0.6),
                           letters="names" if chance(0.7) else "plain", sep=pick([" ", ", "]))
        return dictate([s[:6], s[6], s[7:10], s[10]], lang, sep=", ",
                       letters="nato" if lang == "en" and chance(0.4) else "plain").replace(", -,", ", dash,")
    return s


def HETU(p=None, lang="fi", style=None, sign=None):
    style = style or pick(["plain", "plain", "plain", "lower"])
    return E("FI_HETU", hetu_text(gen_hetu(p.female if p else None, sign), style, lang))


def HETU_BAD(p=None, lang="fi", style=None, sign=None):
    style = style or pick(["plain", "plain", "lower"])
    return BAD("FI_HETU", hetu_text(bad_hetu(p.female if p else None), style, lang))


def spoil(typ, v):
    """One-digit (or check-character) slip of a valid value, as in a mis-read number."""
    if typ == "CARD":
        return spoil_digits(v, list(range(4, len(v))), luhn_ok)
    if typ == "IBAN":
        for _ in range(100):
            i = R.randrange(4, len(v))
            if v[i].isdigit():
                x = v[:i] + str((int(v[i]) + R.randint(1, 9)) % 10) + v[i + 1:]
                if not iban_mod_ok(x):
                    return x
    if typ == "RO_CNP":
        return spoil_digits(v, [7, 8, 9, 10, 11, 12], cnp_ok)
    if typ == "GR_AMKA":
        return spoil_digits(v, [6, 7, 8, 10], amka_ok)
    if typ == "GR_AFM":
        for _ in range(100):
            i = R.randrange(1, 9)
            x = v[:i] + str((int(v[i]) + R.randint(1, 9)) % 10) + v[i + 1:]
            if not afm_ok(x) and not luhn_ok(x):
                return x
    if typ == "FI_HETU":
        for _ in range(100):
            i = pick([7, 8, 9])
            x = v[:i] + str((int(v[i]) + R.randint(1, 9)) % 10) + v[i + 1:]
            if not hetu_ok(x) and x[7:10] != "000":
                return x
    if typ == "IT_PARTITA_IVA":
        return spoil_digits(v, list(range(0, 11)), piva_ok)
    raise AssertionError(typ)


def IBAN_PAIR(cc, lang, style=None):
    """A valid IBAN piece and a one-digit slip of it (for 'wrong then right' messages)."""
    style = style or pick(["group", "group", "plain", "group_lower", "lower"])
    v = gen_iban(cc)
    return E("IBAN", iban_text(v, style, lang)), BAD("IBAN", iban_text(spoil("IBAN", v), style, lang))


TEMPLATES = {"en": [], "it": [], "el": [], "ro": [], "fi": []}


def tpl(lang, n, cat):
    def deco(fn):
        TEMPLATES[lang].append((fn, n, cat))
        return fn
    return deco


def SHOPURL(domain, path):
    return D("URL", "https://www.%s/%s" % (domain, path), "not personal")


def ts():
    """A call-recording timestamp."""
    return D("TIME", "%02d:%02d:%02d" % (0, R.randint(0, 14), R.randint(0, 59)))


def EXP():
    return D("DATE", pick(["%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)),
                           "%02d/20%02d" % (R.randint(1, 12), R.randint(26, 31))]))


# ============================================================================
# ENGLISH (UK, Ireland, US)
# ============================================================================

@tpl("en", 7, "CALL_CARD")
def en_call_card():
    a, d = person("en"), gen_card()
    said = E("CARD", card_text(d, pick(["said", "said", "mixed"]), "en"))
    rb = E("CARD", card_text(d, pick(["space", "plain"]), "en"))
    v = R.randrange(3)
    if v == 0:
        return T("Agent: Thanks for holding. Can I take the long number across the front of the card?\n"
                 "Customer: Yeah, go on then... it's {c}.\nAgent: Lovely, so that's {rb}, expiry {e}?\n"
                 "Customer: That's the one.", c=said, rb=rb, e=EXP())
    if v == 1:
        return T("[{t1}] AGENT {an}: And which card would you like to use today?\n"
                 "[{t2}] CALLER: The debit card. {c}, and it runs out {e}.\n"
                 "[{t3}] AGENT {an2}: Perfect. I'm just going to pause the recording while you give me the three digits on the back.",
                 t1=ts(), an=NM(a, "f", tf="caps" if chance(0.3) else None), t2=ts(), c=said, e=EXP(), t3=ts(), an2=NM(a, "f"))
    return T("Customer: Sorry, my glasses are upstairs, bear with me. Right. {c}.\n"
             "Agent: I've got {rb}. Is that a Visa or a Mastercard, Mr {ln}?\nCustomer: Visa, I think.",
             c=said, rb=rb, ln=NM(person("en", "m"), "l"))


@tpl("en", 3, "CALL_CARD_CORRECTION")
def en_call_card_fix():
    d = gen_card()
    bad = spoil("CARD", d)
    st = pick(["said", "space"])
    return T(pickc("en_call_card_fix", ["Customer: It's {b}... no, hang on, I've read that wrong, sorry. Start again: {g}.\n"
                   "Agent: No worries at all, I've got that now.",
                   "Caller: Card number {b}.\nAgent: I'm afraid that's not going through as a valid number, could you read it once more?\n"
                   "Caller: Oh, it's a seven not a one, sorry. {g}.",
                   "Customer: Ok the number is {b} - wait no thats my old card. New one is {g}"]),
             b=BAD("CARD", card_text(bad, st, "en")), g=E("CARD", card_text(d, st, "en")))


@tpl("en", 5, "CHAT_CARD")
def en_chat_card():
    return T(pickc("en_chat_card", ["hi, u charged my card twice 😡 {c} - 2 payments of {p} on {d}. pls refund asap",
                   "Hiya, the Apple Pay bit isn't working so I typed my card in manually: {c}. Still says payment failed?? Order {o}",
                   "card used was {c} if that helps, got the email saying order {o} cancelled but no money back yet 🙄",
                   "i dont have the physical card on me, its on my phone wallet, number is {c} 🙏🏼"]),
             c=CARD("en", pick(["space", "plain", "dash"])), p=PRICE("en"), d=DATE("en"), o=ORDER("en"))


@tpl("en", 2, "MAIL_CARD")
def en_mail_card():
    p = person("en")
    return T("Hi there,\n\nI cancelled my gym membership on {d} but {p} was taken again this morning from my card "
             "{c}. Please refund it and confirm the cancellation in writing.\n\nThanks,\n{n}\nSent from my iPhone",
             d=DATE("en"), p=PRICE("en"), c=CARD("en", pick(["space", "plain"])), n=NM(p))


@tpl("en", 3, "CARD_INVALID")
def en_card_invalid():
    return T(pickc("en_card_invalid", ["Your checkout keeps saying \"invalid card number\" when I enter {b}. I've typed it three times! Basket total {p}.",
                   "Is {b} the right format? The form won't accept it and my order {o} is just sitting there.\n\n{n}",
                   "chat bot keeps telling me card {b} is not recognised. it's a brand new Monzo card, arrived {d}. {n} (account holder)"]),
             b=CARD_BAD("en", pick(["space", "plain", "dash"])), p=PRICE("en"), o=ORDER("en"), d=DATE("en"),
             n=NM(person("en")))


@tpl("en", 6, "IBAN_REFUND")
def en_iban_refund():
    p = person("en")
    cc = pick(["GB", "IE", "LT", "DE", "ES", "NL", "GB"])
    why = {"LT": "my Revolut account", "DE": "my N26 account", "NL": "my bunq account", "ES": "my Spanish account"}.get(
        cc, "my current account")
    i, b = IBAN_PAIR(cc, "en")
    return T(pickc("en_iban_refund", [
                   "Hello, I returned the sofa (order {o}) and I'd rather have the refund by bank transfer to {w}:\n"
                   "Account holder: {n}\nIBAN: {i}\nThanks in advance.",
                   "please refund {pr} to {w}, IBAN {i}, name on the account is {n} (my wife's name, it's a joint account)",
                   "Sorry, typo in my last message - not {b}, the right IBAN is {i}. Account name {n}."]),
             o=ORDER("en"), w=why, n=NM(p), i=i, b=b, pr=PRICE("en"))


@tpl("en", 2, "CALL_IBAN")
def en_call_iban():
    cc = pick(["GB", "IE", "FR"])
    return T("Agent: And the IBAN for the refund?\nCustomer: Okay, it's {i}.\nAgent: Thank you, and the name on that account?\n"
             "Customer: {n}, {sp}.", i=IBAN(cc, "en", "said"), n=NM(person("en")),
             sp=pick(["same as mine", "it's my son's account", "my partner's"]))


@tpl("en", 2, "IBAN_INVALID")
def en_iban_invalid():
    cc = pick(["GB", "IE", "IT", "DE"])
    return T(pickc("en_iban_invalid", ["My bank says the transfer to {b} bounced as an invalid IBAN. Is that definitely the account you have for me, {n}?",
                   "Tried paying invoice {inv} by transfer but {b} gets rejected by my app. Can you double check it?"]),
             b=IBAN_BAD(cc, "en"), inv=INVOICE("en"), n=NM(person("en")))


@tpl("en", 5, "ID_CF")
def en_cf():
    p = person("en")
    bp = pick(["Z114", "Z114", "Z404", None])
    return T(pickc("en_cf", ["Hi, I'm moving to Bologna for work and the letting agent needs my codice fiscale on the contract. It's {cf}.",
                   "My Italian tax code (codice fiscale) is {cf} - the one on my old contract was wrong, please update it.",
                   "{n} here. The courier from Milan asked for a codice fiscale for the customs form, mine is {cf}. Is that all they need?"]),
             cf=CF(p, pick(["plain", "plain", "lower", "spaced"]), omo=1 if chance(0.25) else 0, lang="en", place=bp),
             n=NM(p))


@tpl("en", 4, "ID_PIVA")
def en_piva():
    p = person("en")
    return T(pickc("en_piva", ["Please re-issue invoice {inv} to our Italian branch, partita IVA {pi}, instead of the UK company.",
                   "VAT no. for the Milan office is {pi}. The PDF you sent still shows the old one.",
                   "I'm self-employed in Italy now (regime forfettario), so receipts should show my partita IVA {pi} and my name, {n}.",
                   "Hi, {n} from the Florence studio. Our P.IVA changed after the merger: old {old}, new {pi}."]),
             inv=INVOICE("en"), pi=PIVA("en", pick(["plain", "prefix"])), n=NM(p), old=PIVA("en", "plain"))


@tpl("en", 7, "ID_GR")
def en_gr():
    p = person("en")
    return T(pickc("en_gr", ["I'm a British pensioner living in Chania. For the health cover you asked for my AMKA: {am}. My AFM is {af}.",
                   "Hello, the Greek pharmacy needs my AMKA before they'll release the prescription, it's {am}. Name: {n}.",
                   "My accountant in Athens says the invoice must show my Greek tax number (AFM) {af}, not my UK one.",
                   "AMKA {am} / AFM {af} - sorry for the format, typing on my phone on the ferry"]),
             am=AMKA(p, "en"), af=AFM("en", pick(["plain", "plain", "prefix"])), n=NM(p))


@tpl("en", 3, "ID_CNP")
def en_cnp():
    p = person("ro")
    return T(pickc("en_cnp", ["My mother-in-law {n} is Romanian and only has her CNP, not a UK NI number: {cnp}. Can you register her with that?",
                   "The form asks for a national ID number. Mine is a Romanian CNP: {cnp}. Hope that works.",
                   "Caller: It's for my carer. Her CNP, the Romanian number, is {cnp}."]),
             n=NM(p), cnp=CNP(p, "en", pick(["plain", "plain", "spaced", "said"])))


@tpl("en", 6, "ID_HETU")
def en_hetu():
    p = person(pick(["en", "fi"]))
    return T(pickc("en_hetu", ["I've just moved to Helsinki for a postdoc. My Finnish personal identity code is {h}, in case you need it for the contract.",
                   "Kela sent me a letter asking for my henkilötunnus, it's {h}. Do I need to do anything else?",
                   "Hi, {n} again. Your Finnish partner needs my hetu for the SIM - {h}. Is the new eSIM activated yet?",
                   "Customer: The Finnish ID number? Okay. {h}.\nAgent: Thank you, {n2}."]),
             h=HETU(p, "en", pick(["plain", "plain", "lower", "said"]), sign=pick([None, None, "Y", "B", "X"])),
             n=NM(p), n2=NM(p, "f"))


@tpl("en", 5, "ID_INVALID")
def en_id_invalid():
    k = cyc("en_id_invalid", 5)
    p = person("en")
    if k == 0:
        return T("The Italian portal says codice fiscale {b} is not valid. That's what's printed on my health card though? {n}",
                 b=CF_BAD(p, "plain", lang="en", place="Z114"), n=NM(p))
    if k == 1:
        return T("Greek tax number {b} keeps getting rejected on your invoice form. Any idea why?", b=AFM_BAD("en"))
    if k == 2:
        return T("Finnish id {b} - the form says check character wrong?? copied it from my Kela card. {n}",
                 b=HETU_BAD(), n=NM(p, "f"))
    if k == 3:
        return T("Is {b} a valid AMKA? The clinic in Rhodes said it didn't match.", b=AMKA_BAD())
    return T("Our accountant in Turin says partita IVA {b} fails the check. Could you confirm the one you hold for {n}?",
             b=PIVA_BAD("en"), n=NM(p))


@tpl("en", 4, "CHAT_PHONE")
def en_chat_phone():
    c = pick(["UK", "UK", "IE", "US"])
    return T(pickc("en_chat_phone", ["can u call me back on {ph} after {t} pls, at work til then",
                   "Best number is {ph}. Landline's been dead since {d} which is the whole reason I'm messaging!",
                   "my number changed - new one is {ph}, please update it on the account",
                   "Text me on {ph} when the engineer is 10 mins away 👍🏻"]),
             ph=PH(c), t=TIME("en"), d=DATE("en"))


@tpl("en", 2, "CALL_PHONE")
def en_call_phone():
    c = pick(["UK", "UK", "IE", "US"])
    return T(pickc("en_call_phone", ["Agent: And a contact number, just in case we get cut off?\nCustomer: Mobile's {ph}.",
                   "Customer: You can reach me on {ph}, that's my work mobile, or my wife's on {ph2}.",
                   "Caller: Can I give you a number for the driver? It's {ph}."]),
             ph=phone_said(c, "en", intl=chance(0.25), kind="mob"), ph2=PH(c, "local"))


@tpl("en", 2, "CALL_PHONE_CORRECTION")
def en_phone_fix():
    c = pick(["UK", "IE"])
    return T("Customer: It's {a}. Oh no, sorry, that's my old number, I've had a new one since Christmas. It's {b}.\n"
             "Agent: Thank you, I'll update that now.", a=PH(c, "local"), b=phone_said(c, "en"))


@tpl("en", 3, "SMS")
def en_sms():
    p = person("en")
    tw = TWIN("en")
    return T(pickc("en_sms", ["Hi its {n} your {co} driver, outside {a} but no answer. Leave with neighbour? Call/text {ph}",
                   "{co}: Your parcel {tr} will be delivered today between {t1} and {t2}. Reply STOP to opt out",
                   "Hi {n2}, your appointment with {n3} is confirmed for {d} at {t1}. To change call us."]),
             n=NM(p, "f"), co=pick(["Evri", "DPD", "An Post", "Royal Mail", "UPS"]), a=AD(pick(["UK", "IE"]), "full"),
             ph=PH("UK", "compact"), tr=TRACK("en"), t1=tw[0], t2=tw[1], n2=NM(person("en"), "f"),
             n3=NM(person("en"), "fl"), d=DATE("en"))


@tpl("en", 2, "VOICEMAIL")
def en_voicemail():
    p = person("en")
    return T("Voicemail transcript ({t}): \"Hi, this is {n} calling about claim {tk}. I sent the photos on {d} but haven't heard back. "
             "Could someone call me at {ph}? Thanks, bye.\"", t=TIME("en"), n=NM(p), tk=TICKET("en"), d=DATE("en"),
             ph=phone_said("US", "en"))


@tpl("en", 4, "NAMES_THIRD_PARTY")
def en_names():
    p, q = person("en"), person("en")
    k = cyc("en_names", 5)
    if k == 0:
        return T("My husband {n} will be in to sign for it, he works from home on Fridays.", n=NM(person("en", "m"), "f"))
    if k == 1:
        return T("{n} at your Leeds branch was brilliant yesterday, please pass on my thanks. Sorted the whole thing in 10 minutes.",
                 n=E("PERSON", pick(["Will", "Mark", "Grace", "Hope", "Joy", "Rusty"])))
    if k == 2:
        return T("the parcel was left with {n} at number {no}, but she's away till {d}. can it be re-sent?",
                 n=NM(person("en", "f"), pick(["f", "fl"]), tf="lower"), no=str(R.randint(2, 60)), d=DATE("en"))
    if k == 3:
        return T("I'm calling on behalf of my dad, {n}. He's given me permission, he's 91 and a bit deaf. I'm {m}, his daughter.",
                 n=NM(person("en", "m")), m=NM(person("en", "f"), "f"))
    return T("Please can you stop sending letters addressed to {n}? {he} passed away in {y}.",
             n=NM(p), he="He" if p.g == "m" else "She", y=YEAR())


@tpl("en", 3, "MAIL_THREAD")
def en_mail_thread():
    p, a = person("en"), person("en")
    em = EM(p)
    return T("---------- Forwarded message ---------\nFrom: {n} <{e}>\nDate: {d} at {t}\nSubject: Re: Order {o}\n\n"
             "Still nothing. Please see below.\n\n> On {d2}, {an} wrote:\n> Hi {nf}, thanks for your patience, a replacement "
             "has been dispatched.\n> Kind regards,\n> {an2}\n> Customer Care Team",
             n=NM(p), e=em, d=DATE("en"), t=TIME("en"), o=ORDER("en"), d2=DATE("en"), an=NM(a),
             nf=NM(p, "f"), an2=NM(a, pick(["f", "fl"])))


@tpl("en", 4, "WEBFORM")
def en_webform():
    p = person("en")
    c = pick(["UK", "IE", "US"])
    return T("Name: {n}\nEmail: {e}\nPhone: {ph}\nAddress: {a}\nOrder number: {o}\nMessage: Item arrived damaged "
             "(box crushed). Photos attached. {q} ordered, {q2} usable.",
             n=NM(p, tf=pick([None, None, "caps"])), e=EM(p), ph=PH(c), a=AD(c), o=ORDER("en"),
             q=QTY("en"), q2=D("QUANTITY", str(R.randint(0, 1))))


@tpl("en", 3, "ADDRESS")
def en_address():
    c = pick(["UK", "UK", "IE", "US"])
    return T(pickc("en_address", ["I've moved! New address from {d}:\n{a}",
                   "can u deliver to my work instead - {a} (reception, ask for {n})",
                   "Delivery address on the account is wrong, should be {a} not the old flat."]),
             d=DATE("en"), a=AD(c, pick(["full", "multi", "chat"])), n=NM(person("en"), "f", tf=pick([None, "lower"])))


@tpl("en", 2, "REVIEW")
def en_review():
    k = cyc("en_review", 3)
    if k == 0:
        return T("★☆☆☆☆ Update {v} logs me out every single time I open the app. Support chat is a bot that loops. Fix it!!\n— {n}",
                 v=VER(), n=E("PERSON", name_text(person("en"), "fi")))
    if k == 1:
        return T("⭐⭐⭐⭐⭐ Lost my card abroad and {n} on the phone sorted a replacement in 20 mins. Absolute legend 🙌",
                 n=NM(person("en"), "f"))
    return T("2/5. App fine, delivery slots rubbish. Paid {p} for next day, came {d}. Versions: iOS {v}, app {v2}.",
             p=PRICE("en"), d=DATE("en"), v=D("VERSION", "%d.%d" % (R.randint(17, 19), R.randint(0, 5))), v2=VER())


@tpl("en", 6, "NEG")
def en_neg():
    forms = ["Will the refund go back on the card I paid with? Order {o}, total {p}, tracking {tr} says returned on {d}.",
             "Grace period on my bill ends {d}, can I pay {p} then? Meter reading today {m}, last one {m2}.",
             "Mark it as urgent please, the fridge is leaking. Model {pc}, bought {y}, engineer booked {d} at {t}.",
             "Flight {f} was cancelled, rebooked on {f2} at {t}. Booking ref {b}. Do I claim through you or the airline?",
             "Do you deliver to {pcd}? Checkout says no slots until {d}. Basket is {q}, {p}.",
             "Hope this helps: app version {v}, error at {t} after every sync. Ticket {tk}, invoice {inv}."]
    return T(pickc("en_neg", forms), o=ORDER("en"), p=PRICE("en"), d=DATE("en"), pc=PROD("en"), y=YEAR(),
             f=FLIGHT("en"), f2=FLIGHT("en"), t=TIME("en"), b=BOOK(), m=METER("en"), m2=METER("en"),
             pcd=POSTCODE("UK"), tr=TRACK("en"), v=VER(), tk=TICKET("en"), inv=INVOICE("en"), q=QTY("en"))


@tpl("en", 4, "MULTI")
def en_multi():
    p = person("en")
    c = pick(["UK", "IE"])
    k = cyc("en_multi", 3)
    if k == 0:
        return T("Dear Sir/Madam,\n\nPlease update my details: I now live at {a} and my mobile is {ph}. "
                 "Refunds should go to IBAN {i}.\n\nYours faithfully,\n{n}\n{e}",
                 a=AD(c), ph=PH(c, "intl"), i=IBAN("GB" if c == "UK" else "IE", "en"), n=NM(p), e=EM(p))
    if k == 1:
        return T("hi im {n} ({e}) - ordered a pram on {d}, paid with card {c}, delivery to {a}. "
                 "tracking {tr} says delivered but nothing here 😭 call {ph}",
                 n=NM(p, tf="lower"), e=EM(p), d=DATE("en"), c=CARD("en"), a=AD(c, "chat"), tr=TRACK("en"), ph=PH(c, "compact"))
    return T("Kind regards,\n\n{n} | Office Manager\nM: {ph}\nT: {ph2}\nE: {e}\n{a}",
             n=NM(p), ph=PH(c, "intl", "mob"), ph2=PH(c, "local", "land"), e=EM(p), a=AD(c))


SPOKEN_AT = {"en": ["at"], "it": ["chiocciola"], "el": ["παπάκι"], "ro": ["arond", "a rond"], "fi": ["ät", "miukumauku"]}
SPOKEN_DOT = {"en": "dot", "it": "punto", "el": "τελεία", "ro": "punct", "fi": "piste"}
SPOKEN_US = {"en": "underscore", "it": "trattino basso", "el": "κάτω παύλα", "ro": "underscore", "fi": "alaviiva"}
SPOKEN_DASH = {"en": "dash", "it": "trattino", "el": "παύλα", "ro": "cratimă", "fi": "viiva"}


def email_said(p, lang):
    local, dom = email_text(p).lower().split("@")
    out = []
    for ch in re.findall(r"[a-z]+|[0-9]+|[._-]", local):
        out.append({".": SPOKEN_DOT[lang], "_": SPOKEN_US[lang], "-": SPOKEN_DASH[lang]}.get(ch, ch))
    out.append(pick(SPOKEN_AT[lang]))
    out.append((" " + SPOKEN_DOT[lang] + " ").join(dom.split(".")))
    return E("EMAIL", " ".join(out))


def spelled(word, lang):
    w = strip_acc(word).upper() if lang != "el" else word.upper()
    return pick(["-".join(c for c in w if c.isalpha()), " ".join(c for c in w if c.isalpha())])


@tpl("en", 3, "MAIL_IBAN")
def en_mail_iban():
    p = person("en")
    cc = pick(["GB", "IE", "FR", "NL"])
    return T("Hello,\n\nFurther to our call on {d}, please set up the direct debit for the quarterly bill from the account below.\n\n"
             "Account name: {n}\nIBAN: {i}\n\nBest wishes,\n{n2}", d=DATE("en"), n=NM(p, tf=pick([None, "caps"])),
             i=IBAN(cc, "en", pick(["group", "plain"])), n2=NM(p, "f"))


@tpl("en", 3, "CHAT_IBAN")
def en_chat_iban():
    return T(pickc("en_chat_iban", ["ok so refund to {i} pls (revolut) 🙏",
                   "pay the deposit back into {i} - its in my brothers name, {n}, he lent me the money lol"]),
             i=IBAN(pick(["LT", "IE", "GB"]), "en", pick(["plain", "lower", "group"])), n=NM(person("en", "m"), tf="lower"))


@tpl("en", 1, "CALL_IBAN_CORRECTION")
def en_call_iban_fix():
    cc = pick(["GB", "IE"])
    v = gen_iban(cc)
    return T("Customer: {b}.\nAgent: Hmm, the system isn't accepting that one. Could you check the digits after the bank code?\n"
             "Customer: Oh, I said a six, it's an eight. So: {g}.", b=BAD("IBAN", iban_text(spoil("IBAN", v), "group", "en")),
             g=E("IBAN", iban_text(v, "group", "en")))


@tpl("en", 2, "CALL_EMAIL_SPOKEN")
def en_call_email():
    p = person("en")
    return T(pickc("en_call_email", ["Agent: And the best email for the confirmation?\nCustomer: It's {es}.",
                   "Customer: Send it to {es}. All lower case.\nAgent: Got it.",
                   "Caller: My email's {es}, but the first bit is my name, {n}."]), es=email_said(p, "en"), n=NM(p))


@tpl("en", 2, "CALL_NAME_SPELL")
def en_call_spell():
    p = person("en")
    ln = p.last["nom"]
    return T("Agent: Could I take the surname on the account?\nCustomer: {l}. {sp}.\nAgent: And first name?\nCustomer: {f}.",
             l=NM(p, "l"), sp=E("PERSON", spelled(ln, "en")), f=NM(p, "f"))


@tpl("en", 3, "CRM_NOTE")
def en_crm():
    p, a = person("en"), person("en")
    return T(pickc("en_crm", ["Cust called re refund {o}. DPA passed. Spoke to {n} (account holder). CB requested on {ph} between {t} and {t2}. -{a}",
                   "NOTE {d}: {n} disputes {p} charge. Asked to email photos to complaints. Escalated to {a2}. Ticket {tk}.",
                   "Caller was {n}'s son, not on the account - no info given. Advised {n} to ring back herself or add him as authorised user."
                   if p.g == "f" else
                   "Caller was {n}'s daughter, not on the account - no info given. Advised {n} to ring back himself or add her as authorised user."]),
             o=ORDER("en"), n=NM(p), ph=PH(pick(["UK", "IE"]), "compact"), t=TIME("en"), t2=TIME("en"), a=NM(a, "f"), d=DATE("en"),
             p=PRICE("en"), a2=NM(person("en"), "fl"), tk=TICKET("en"))


@tpl("en", 2, "MAIL_EMAIL")
def en_mail_email():
    p = person("en")
    return T(pickc("en_mail_email", ["Please send the receipt to {e} instead of my work address - I'm leaving the company on {d}.",
                   "Hi, can you change the login email on my account to {e}? The old one is {e2}, which I can't access any more. Thanks, {n}"]),
             e=EM(p), d=DATE("en"), e2=EM(p), n=NM(p, "f"))


@tpl("en", 2, "US_CALLBACK")
def en_us():
    p = person("en")
    return T(pickc("en_us", ["Hey, this is {n} from Austin. Still waiting on the replacement charger, order {o}. Call me at {ph} or my office {ph2}.",
                   "{n} - {ph} - {a}. Please ship the warranty replacement here, not to the billing address."]),
             n=NM(p), o=ORDER("en"), ph=PH("US"), ph2=PH("US", "intl"), a=AD("US"))


@tpl("en", 2, "IE_DELIVERY")
def en_ie():
    p = person("en")
    return T(pickc("en_ie", ["An Post left a card saying no one home but I was in all day! Eircode is on the order: {a}. Reach me on {ph}.",
                   "Hi, it's {n}. Can the driver leave it in the shed at {a}? Dog's friendly 🐶"]),
             a=AD("IE"), ph=PH("IE"), n=NM(person("en"), "f", tf=pick([None, "lower"])))


@tpl("en", 1, "CALL_CARD_AMEX")
def en_amex():
    d = gen_card("amex")
    return T("Customer: It's an Amex, so the groups are a bit odd. {c}.\nAgent: Four, six, five, yes. Thank you.",
             c=E("CARD", card_text(d, "said", "en")))



def SDI():
    return D("SDI_CODE", pick(["0000000", "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))]))


def IT_TITLE(p):
    if p.female:
        return pick(["Sig.ra", "Dott.ssa", "Avv.", "Ing.", "Arch.", "la signora", "Prof.ssa"])
    return pick(["Sig.", "Dott.", "Avv.", "Ing.", "Geom.", "Rag.", "il signor"])


# ============================================================================
# ITALIAN
# ============================================================================

@tpl("it", 7, "CALL_CF")
def it_call_cf():
    p = person("it")
    v = gen_cf(p.first["nom"], p.last["nom"], p.female, omo=pick([0, 0, 0, 1, 2]))
    said = E("IT_CODICE_FISCALE", cf_text(v, "said", "it"))
    k = cyc("it_call_cf", 3)
    if k == 0:
        return T("Operatore: Mi può dettare il codice fiscale, per cortesia?\nCliente: Sì, allora... {c}.\n"
                 "Operatore: Quindi {rb}, corretto?\nCliente: Esatto.", c=said, rb=E("IT_CODICE_FISCALE", v))
    if k == 1:
        return T("[{t}] OPERATORE {a}: Per la verifica ho bisogno del codice fiscale dell'intestatario.\n"
                 "[{t2}] CLIENTE: È intestato a mia moglie, {n}. Il codice è {c}.",
                 t=ts(), a=NM(person("it"), "f", tf="caps"), t2=ts(), n=NM(p), c=said)
    return T("Cliente: Il codice fiscale ce l'ho qui sulla tessera sanitaria... {c}.\nOperatore: Grazie {t} {l}, un attimo che verifico.",
             c=said, t="signora" if p.female else "signor", l=NM(p, "l"))


@tpl("it", 3, "CALL_CF_CORRECTION")
def it_call_cf_fix():
    p = person("it")
    v = gen_cf(p.first["nom"], p.last["nom"], p.female)
    bad = v[:15] + pick([c for c in "ABCDEFGHLMNPRSTUVZ" if c != v[15]])
    return T(pickc("it_call_cf_fix", ["Cliente: {b}.\nOperatore: Mi risulta non valido, può ricontrollare l'ultima lettera?\nCliente: Ah sì scusi, ho letto male: {g}.",
                   "Cliente: Il codice è {b}... no aspetti, ho sbagliato la fine, è {g}.",
                   "cf {b} anzi no scusate {g} ho sbagliato a copiare"]),
             b=BAD("IT_CODICE_FISCALE", bad), g=E("IT_CODICE_FISCALE", v))


@tpl("it", 8, "CHAT_CF")
def it_chat_cf():
    p = person("it")
    k = cyc("it_chat_cf", 6)
    v = gen_cf(p.first["nom"], p.last["nom"], p.female, omo=3 if k == 4 else pick([0, 0, 0, 1]))
    st = pick(["plain", "lower", "lower", "spaced"])
    bad = v[:15] + pick([c for c in "ABCDEFGHLMNPRSTUVZ" if c != v[15]])
    return T(["buongiorno x l'attivazione della sim mi chiedete il cf, eccolo: {c}",
              "ecco il codice fiscale {c} 👍 serve altro??",
              "Salve, non riesco a completare l'ordine, mi dice che il codice fiscale {c} e gia associato ad un altro account. Come faccio?",
              "cf {c}\nnome {n}\nmi ricontattate voi?",
              "il cf è questo {c} ma sulla tessera c'è scritto diverso, è normale? mi hanno detto che è per l'omocodia",
              "scusate avevo scritto {b}, il codice fiscale giusto è {c}"][k],
             c=E("IT_CODICE_FISCALE", cf_text(v, st)), b=BAD("IT_CODICE_FISCALE", cf_text(bad, st)), n=NM(p, tf="lower"))


@tpl("it", 11, "MAIL_FATTURA")
def it_mail_fattura():
    p = person("it")
    cf = CF(p, pick(["plain", "plain", "lower"]), omo=pick([0, 0, 1]))
    k = cyc("it_mail_fattura", 3)
    if k == 0:
        return T("Buongiorno,\nvi chiedo cortesemente di emettere la fattura per l'ordine {o} con i seguenti dati:\n\n"
                 "{n}\n{a}\nC.F. {cf}\nP.IVA {pi}\nCodice destinatario: {sdi}\nPEC: {pec}\n\nCordiali saluti\n{n2}",
                 o=ORDER("it"), n=NM(p, tf=pick([None, "caps"])), a=AD("IT", pick(["full", "multi"])), cf=cf, pi=PIVA(),
                 sdi=SDI(), pec=E("EMAIL", "%s.%s@%s" % (p.lf, p.ll, pick(["pec.it", "legalmail.it", "pec.libero.it"]))),
                 n2=NM(p, "f"))
    if k == 1:
        v = gen_piva()
        return T("Spett.le Servizio Clienti,\nla fattura n. {inv} riporta una partita IVA errata ({b}). Quella corretta della ditta individuale "
                 "{n} è {pi} (C.F. {cf}). Vi prego di stornare e riemettere.\n\nDistinti saluti\n{t} {n2}",
                 inv=INVOICE("it"), b=BAD("IT_PARTITA_IVA", spoil("IT_PARTITA_IVA", v)), n=NM(p),
                 pi=E("IT_PARTITA_IVA", pick(["", "IT"]) + v), cf=cf, t=IT_TITLE(p), n2=NM(p))
    return T("Salve, sono {n}, libero professionista. Per la ricevuta dell'abbonamento ({pr}/mese) vi serve la partita IVA {pi} "
             "o il codice fiscale {cf}? L'anno scorso la fattura era intestata male.",
             n=NM(p, "f"), pr=PRICE("it"), pi=PIVA(), cf=cf)


@tpl("it", 16, "PIVA")
def it_piva():
    p = person("it")
    k = cyc("it_piva", 7)
    if k == 6:
        return T("Nella vostra anagrafica la P.IVA è {b}, che non esiste: quella giusta è {pi}. Intestatario {n}.",
                 b=PIVA_BAD(style="plain"), pi=PIVA(style="plain"), n=NM(p))
    if k == 0:
        return T("Siamo un bar a {c}, p.iva {pi}, ci serve la fattura elettronica per l'ordine {o} di {q} di caffè.",
                 c=pick(["Bari", "Lecce", "Monza", "Verona"]), pi=PIVA(style="plain"), o=ORDER("it"), q=QTY("it"))
    if k == 1:
        return T("partita iva {pi}\nragione sociale: {n} impianti elettrici\nsdi {sdi}", pi=PIVA(), n=NM(p, "l"), sdi=SDI())
    if k == 2:
        return T("Buonasera, la P.IVA sul preventivo è quella vecchia ({old}), la nuova è {pi} da {d}. Grazie",
                 old=PIVA(style="plain"), pi=PIVA(style=pick(["plain", "prefix"])), d=DATE("it"))
    if k == 3:
        return T("Vorrei passare al profilo business. Intestatario {t} {n}, P. IVA {pi}, stesso indirizzo di fatturazione.",
                 t=IT_TITLE(p), n=NM(p), pi=PIVA())
    if k == 4:
        return T("nel gestionale la vostra fattura non passa xké la partita iva {pi} non corrisponde al cliente, potete verificare? (ordine {o})",
                 pi=PIVA(style="plain"), o=ORDER("it"))
    return T("Ordine {o}\nTotale {pr}\nFatturare a: Studio {n} - P.IVA {pi} - Codice SDI {sdi}",
             o=ORDER("it"), pr=PRICE("it"), n=NM(p, "l"), pi=PIVA(), sdi=SDI())


@tpl("it", 4, "CHAT_PIVA")
def it_chat_piva():
    p = person("it")
    return T(pickc("it_chat_piva", [
        "sn un idraulico, p iva {pi}, mi fate la fattura x il ricambio? grz",
        "ciao! ho la partita iva {pi} (forfettario), si può avere la fattura elettronica? 🙏",
        "Buongiorno, {n}, estetista, P.IVA {pi}. Fattura per {q} di cerette, codice SDI {sdi}.",
        "fattura a {n} p.iva {pi} grazie mille"]),
        pi=PIVA(style=pick(["plain", "plain", "prefix"])), n=NM(p, tf=pick([None, "lower"])), q=QTY("it"), sdi=SDI())


@tpl("it", 6, "CALL_PIVA")
def it_call_piva():
    v = gen_piva()
    return T(pickc("it_call_piva", ["Operatore: Mi dice la partita IVA?\nCliente: Sì: {s}.\nOperatore: {rb}, perfetto.",
                   "Cliente: La partita IVA è... {s}. Ce l'ha?\nOperatore: Sì, la vedo: {rb}."]),
             s=E("IT_PARTITA_IVA", num_text(v, "said", "it", pick([[3, 4, 4], [2, 3, 3, 3], [3, 3, 3, 2]]))),
             rb=E("IT_PARTITA_IVA", v))


@tpl("it", 6, "WEBFORM")
def it_webform():
    p = person("it")
    return T("Nome: {f}\nCognome: {l}\nCodice fiscale: {cf}\nPartita IVA (se azienda): {pi}\nEmail: {e}\nCellulare: {ph}\n"
             "Messaggio: {m}",
             f=NM(p, "f", tf=pick([None, "caps"])), l=NM(p, "l", tf=pick([None, "caps"])), cf=CF(p, "plain"),
             pi=PIVA() if chance(0.85) else "-", e=EM(p), ph=PH("IT", pick(["local", "compact"]), "mob"),
             m=pick(["vorrei disdire il contratto luce", "il prodotto è arrivato rotto", "richiesta rimborso",
                     "non riesco ad accedere all'area clienti"]))


@tpl("it", 3, "CHAT_CF_PHONE")
def it_chat_cf_phone():
    p = person("it")
    return T(pickc("it_chat_cf_phone", ["ciao! sono {n}, il mio cf è {cf} e il numero è {ph}. mi richiamate dopo le {t}? 🙏🏽",
                   "{n} {cf} {ph}\nquesti sono i dati x il cambio intestatario",
                   "Buongiorno, per la portabilità: {cf}, numero da portare {ph}, seriale sim sul retro."]),
             n=NM(p, tf=pick([None, "lower"])), cf=CF(p, pick(["plain", "lower"])), ph=PH("IT", "any", "mob"), t=TIME("it"))


@tpl("it", 5, "FAMILY_CF")
def it_family():
    k = cyc("it_family", 4)
    gender, y0, y1 = [("m", 2002, 2016), ("f", 1938, 1962), ("m", 1955, 1995), ("f", 2002, 2016)][k]
    kid = person("it", gender)
    v = gen_cf(kid.first["nom"], kid.last["nom"], kid.female, omo=pick([0, 0, 1]), year=R.randint(y0, y1))
    return T(["Il codice fiscale di mio figlio {n} è {cf}, lo aggiunga pure all'abbonamento famiglia.",
              "Per la pratica di mia madre, {n}, il codice fiscale è {cf}. Io sono solo la delegata.",
              "Mio marito {n} non riesce a entrare con lo SPID, il suo cf è {cf}. Cosa dobbiamo fare?",
              "Il cf di mia figlia {n} non è {b} come avete scritto voi, è {cf}!"][k],
             n=NM(kid, pick(["fl", "f"])), cf=E("IT_CODICE_FISCALE", v),
             b=BAD("IT_CODICE_FISCALE", v[:15] + pick([c for c in "ABCDEFGHLMNPRSTUVZ" if c != v[15]])))


@tpl("it", 4, "CALL_CARD")
def it_call_card():
    d = gen_card()
    return T(pickc("it_call_card", ["Operatore: Mi detta il numero della carta?\nCliente: {c}.\nOperatore: Ripeto: {rb}, scadenza {e}. Giusto?",
                   "Cliente: È una Postepay, il numero è {c}.\nOperatore: {rb}, perfetto. Adesso la metto in attesa un attimo per il CVV.",
                   "[{t}] CLIENTE: Allora la carta... {c}, scade {e}.\n[{t2}] OPERATORE: Ripeto: {rb}."]),
             c=E("CARD", card_text(d, pick(["said", "said", "mixed"]), "it")), rb=E("CARD", card_text(d, "space", "it")),
             e=EXP(), t=ts(), t2=ts())


@tpl("it", 2, "CHAT_CARD")
def it_chat_card():
    return T(pickc("it_chat_card", ["mi avete addebitato 2 volte {pr} sulla carta {c} 😡😡 rimborsate subito",
                   "buongiorno ho pagato con la carta {c} ma l'ordine {o} risulta ancora in attesa di pagamento...",
                   "Carta {c} scaduta, come la cambio nell'app? versione {v}"]),
             pr=PRICE("it"), c=CARD("it"), o=ORDER("it"), v=VER())


@tpl("it", 2, "CARD_INVALID")
def it_card_invalid():
    return T(pickc("it_card_invalid", ["il sito dice numero carta non valido: {b}, ma la carta funziona ovunque! {n}",
                   "Ho inserito {b} tre volte e mi dà errore. Totale carrello {pr}."]),
             b=CARD_BAD("it"), n=NM(person("it"), tf="lower"), pr=PRICE("it"))


@tpl("it", 3, "CALL_IBAN")
def it_call_iban():
    p = person("it")
    v = gen_iban("IT")
    return T(pickc("it_call_iban", ["Operatore: Per il rimborso mi serve l'IBAN.\nCliente: Allora, {s}.\nOperatore: Intestato a lei?\nCliente: No, a mia sorella, {n}.",
                   "Cliente: L'IBAN è {s}.\nOperatore: Le rileggo: {rb}.\nCliente: Sì, perfetto."]),
             s=E("IBAN", iban_text(v, "said", "it")), n=NM(p), rb=E("IBAN", iban_text(v, "group", "it")))


@tpl("it", 6, "IBAN")
def it_iban():
    p = person("it")
    cc = pick(["IT", "IT", "IT", "IT", "LT", "DE", "FR"])
    i, bad = IBAN_PAIR(cc, "it")
    return T(pickc("it_iban", [
                   "Buongiorno, come da accordi vi comunico l'IBAN per il rimborso del reso {o}:\n{i}\nintestato a {n}\nGrazie",
                   "iban {i} intestato a {n}", "IBAN: {i}\nIntestatario: {n}\nBanca: {b}",
                   "scusate, nel modulo ho scritto {bad}, l'IBAN giusto è {i} ({n})",
                   "per l'addebito diretto (SDD) usate pure questo conto: {i}. Intestatari: {n} e {n2}"]),
             o=ORDER("it"), i=i, bad=bad, n=NM(p, tf=pick([None, None, "caps"])),
             b=pick(["Intesa Sanpaolo", "Poste Italiane", "Revolut", "Fineco", "BPER"]), n2=NM(person("it")))


@tpl("it", 2, "IBAN_INVALID")
def it_iban_invalid():
    return T(pickc("it_iban_invalid", ["Il bonifico mi torna indietro, dice IBAN errato: {b}. Me lo confermate? {n}",
                   "home banking: 'IBAN non valido' per {b}, l'ho copiato dalla vostra mail del {d}"]),
             b=IBAN_BAD("IT", "it"), n=NM(person("it")), d=DATE("it"))


@tpl("it", 2, "CHAT_PHONE")
def it_chat_phone():
    return T(pickc("it_chat_phone", ["mi chiamate al {ph}? sono al lavoro fino alle {t}",
                   "Il numero fisso è {ph2}, il cellulare {ph}",
                   "nuovo numero {ph} (il vecchio nn lo uso più)",
                   "x il corriere: citofonare o chiamare {ph}"]),
             ph=PH("IT", "any", "mob"), t=TIME("it"), ph2=PH("IT", "local", "land"))


@tpl("it", 2, "CALL_PHONE")
def it_call_phone():
    return T(pickc("it_call_phone", ["Operatore: Un numero di telefono per ricontattarla?\nCliente: {ph}.",
                   "Cliente: Mi può richiamare a questo numero: {ph}. Anzi no, questo è di mia moglie, il mio è {ph2}.",
                   "Cliente: Il cellulare è {ph}, mi trova sempre."]),
             ph=phone_said("IT", "it", kind="mob"), ph2=phone_said("IT", "it", intl=chance(0.3), kind="mob"))


@tpl("it", 1, "CALL_EMAIL_SPOKEN")
def it_call_email():
    p = person("it")
    return T("Operatore: Mi lascia un indirizzo email?\nCliente: Sì, {es}. Tutto minuscolo.", es=email_said(p, "it"))


@tpl("it", 1, "CALL_NAME_SPELL")
def it_call_spell():
    p = person("it")
    return T("Operatore: Il cognome?\nCliente: {l}. {sp}.\nOperatore: Grazie. E il nome?\nCliente: {f}, come {x}.",
             l=NM(p, "l"), sp=E("PERSON", spelled(p.last["nom"], "it")), f=NM(p, "f"),
             x=pick(["il nonno", "mia nonna", "il santo", "la canzone"]))


@tpl("it", 2, "NAMES_THIRD_PARTY")
def it_names():
    k = [2, 1, 0, 3, 4][cyc("it_names", 5)]
    if k == 0:
        return T("Il pacco l'ha ritirato mia suocera, la signora {n}, ma dentro mancava il caricatore.",
                 n=NM(person("it", "f"), pick(["l", "fl"])))
    if k == 1:
        return T("Ieri ho parlato con {a} del vostro servizio clienti, gentilissima, mi aveva promesso un richiamo entro {t}.",
                 a=NM(person("it", "f"), "f"), t=TIME("it"))
    if k == 2:
        return T("il corriere (si chiamava {n} credo) ha lasciato il pacco al bar sotto casa 🤦‍♀️",
                 n=E("PERSON", pick(["Franco", "Santo", "Fortunato", "Felice", "Primo"])))
    if k == 3:
        return T("Vorrei ringraziare {n} e {n2} del negozio di {c}: gentilissimi e preparati!",
                 n=NM(person("it"), "f"), n2=NM(person("it"), "f"), c=pick(["Monza", "Bari", "Padova"]))
    return T("Il contratto è intestato a mio padre, {n}, che purtroppo è mancato a {m}. Come faccio la voltura?",
             n=NM(person("it", "m")), m=pick(["gennaio", "febbraio", "marzo"]))


@tpl("it", 2, "MAIL_THREAD")
def it_mail_thread():
    p, a = person("it"), person("it")
    return T("Buongiorno, vi risollecito.\n\nInviato da iPhone\n\nIl giorno {d}, alle ore {t}, {n} <{e}> ha scritto:\n\n"
             "> Gentile {a},\n> il rimborso di {pr} non è ancora arrivato.\n> Saluti\n> {n2}",
             d=DATE("it"), t=TIME("it"), n=NM(p), e=EM(p), a=NM(a, "f"), pr=PRICE("it"), n2=NM(p, pick(["f", "fl"])))


@tpl("it", 2, "ADDRESS")
def it_address():
    p = person("it")
    return T(pickc("it_address", ["Nuovo indirizzo di consegna: {a}",
                   "consegnate in {a} c/o {n}, io sono fuori fino al {d}",
                   "L'indirizzo giusto è {a}, non Via Roma! Il civico era sbagliato.",
                   "spedite a {a} grz"]),
             a=AD("IT", pick(["full", "chat", "multi"])), n=NM(p, tf=pick([None, "lower"])), d=DATE("it"))


@tpl("it", 3, "ID_CNP")
def it_cnp():
    p = person("ro")
    return T(pickc("it_cnp", ["Buongiorno, sono rumena e il codice fiscale italiano ancora non ce l'ho. Va bene il CNP? {cnp}",
                   "Per il contratto mio marito ha il codice fiscale {cf}, io solo il CNP rumeno {cnp}. Nome: {n}.",
                   "Cliente: Ho solo il documento rumeno, il numero personale è {cnp}.",
                   "mi chiamo {n}, cf {cf}"]),
             cnp=CNP(p, "it", pick(["plain", "plain", "said"])), n=NM(p), cf=CF(p, "plain", place="Z129"))


@tpl("it", 4, "ID_INVALID")
def it_id_invalid():
    k = cyc("it_id_invalid", 4)
    p = person("it")
    if k == 0:
        return T("Il portale dice codice fiscale errato: {b}. Ma è quello della tessera! {n}", b=CF_BAD(p, "plain"), n=NM(p))
    if k == 1:
        return T("La partita IVA {b} non viene accettata, ho ricontrollato due volte. {n}",
                 b=PIVA_BAD(), n=NM(person("it")))
    if k == 2:
        return T("codice fiscale {b}? a me dice che il carattere di controllo non torna. {n}", b=CF_BAD(None, "lower", omo=1),
                 n=NM(person("it"), tf="lower"))
    return T("p.iva {b} risulta inesistente sul vostro portale fornitori, ma è quella della visura", b=PIVA_BAD(style="plain"))


@tpl("it", 1, "SMS")
def it_sms():
    t, t2 = TWIN("it")
    return T(pickc("it_sms", ["Ciao sono {n} il corriere {c}, sono sotto casa ma al citofono {n2} non risponde nessuno. Lascio al vicino?",
                   "{c}: la spedizione {tr} sarà consegnata il {d} tra le {t} e le {t2}. Info su app."]),
             n=E("PERSON", pick(["Ciro", "Gennaro", "Santo", "Franco"])), c=pick(["BRT", "GLS", "SDA", "Poste"]),
             n2=NM(person("it"), "l"), tr=TRACK("it"), d=DATE("it"), t=t, t2=t2)


@tpl("it", 2, "CRM_NOTE")
def it_crm():
    return T(pickc("it_crm", ["Cliente {n} chiama per disservizio linea dal {d}. Verificato CF {cf}. Richiamare al {ph} ore {t}. Op. {a}",
                   "NOTA: la sig.ra {l} chiede storno fattura {inv}. Inoltrato al back office ({a})."]),
             n=NM(person("it"), "fl"), d=DATE("it"), ph=PH("IT", "compact", "mob"), t=TIME("it"), a=NM(person("it"), "f"),
             cf=CF(None, "plain"),
             l=NM(person("it", "f"), "l"), inv=INVOICE("it"))


@tpl("it", 1, "REVIEW")
def it_review():
    return T(pickc("it_review", ["★☆☆☆☆ App aggiornata alla {v} e non si apre più. Assistenza inesistente.",
                   "5 stelle a {n} del call center, mi ha risolto in 5 minuti quello che altri non avevano risolto in un mese!"]),
             v=VER(), n=NM(person("it"), "f"))


@tpl("it", 6, "NEG")
def it_neg():
    forms = ["Franco domicilio o si paga la spedizione? Ordine {o}, totale {p}, spedizione {tr}.",
             "La maglia rosa taglia M ({pc}) è tornata disponibile? Ne vorrei {q}, a {p} l'una.",
             "Via WhatsApp non risponde nessuno dal {d}. Numero pratica {tk}, versione app {v}.",
             "Autolettura gas del {d}: {m}. La bolletta precedente indicava {m2}. Fattura {inv}.",
             "Volo {f} cancellato, riprotetto sul {f2} delle {t}. Codice prenotazione {b}.",
             "Serena giornata! Consegnate anche al CAP {pcd}? La lavatrice {pc} bianca costa {p}, nel volantino del {y} era {p2}."]
    return T(pickc("it_neg", forms), o=ORDER("it"), p=PRICE("it"), pc=PROD("it"), q=QTY("it"), d=DATE("it"),
             tk=TICKET("it"), m=METER("it"), m2=METER("it"), f=FLIGHT("it"), f2=FLIGHT("it"), t=TIME("it"), b=BOOK(),
             pcd=POSTCODE("IT"), p2=PRICE("it"), inv=INVOICE("it"), tr=TRACK("it"), v=VER(), y=YEAR())


@tpl("it", 3, "MULTI")
def it_multi():
    p = person("it")
    k = cyc("it_multi", 3)
    if k == 0:
        return T("Cordiali saluti\n\n{t} {n}\nStudio {l}\n{a}\nTel. {ph} - Cell. {ph2}\nC.F. {cf} - P.IVA {pi}\n{e}",
                 t=IT_TITLE(p), n=NM(p), l=NM(p, "l"), a=AD("IT"), ph=PH("IT", "local", "land"), ph2=PH("IT", "any", "mob"),
                 cf=CF(p, "plain"), pi=PIVA(), e=EM(p))
    if k == 1:
        return T("salve sono {n} ho ordinato il {d} con la carta {c} e doveva arrivare in {a}, il tracking {tr} dice consegnato "
                 "ma io nn ho ricevuto niente!! chiamatemi al {ph}",
                 n=NM(p, tf="lower"), d=DATE("it"), c=CARD("it", "plain"), a=AD("IT", "chat"), tr=TRACK("it"),
                 ph=PH("IT", "compact", "mob"))
    return T("Gentili,\nper il recesso dal contratto allego documento. Dati:\n{n}\nC.F.: {cf}\nIBAN per eventuali "
             "rimborsi: {i}\nRecapito: {ph}\nEmail: {e}",
             n=NM(p, "lf", tf="caps"), cf=CF(p, "plain"),
             i=IBAN("IT", "it"), ph=PH("IT", "any", "mob"), e=EM(p))


FORMAL_EL = {"Γιώργος": "Γεώργιος", "Δημήτρης": "Δημήτριος", "Νίκος": "Νικόλαος", "Κώστας": "Κωνσταντίνος",
             "Γιάννης": "Ιωάννης", "Βασίλης": "Βασίλειος", "Σπύρος": "Σπυρίδων", "Μιχάλης": "Μιχαήλ",
             "Στέλιος": "Στυλιανός", "Θανάσης": "Αθανάσιος", "Κατερίνα": "Αικατερίνη", "Χαρά": "Χαρίκλεια"}
DOY = ["Α' Αθηνών", "Δ' Αθηνών", "Καλαμαριάς", "Ζ' Θεσσαλονίκης", "Ψυχικού", "Αμαρουσίου", "Πατρών", "Ηρακλείου",
       "Κηφισιάς", "Γλυφάδας", "Πειραιά", "Χαλανδρίου"]


def el_formal_caps(p, what="lf"):
    f = FORMAL_EL.get(p.first["nom"], p.first["nom"])
    l = p.last["nom"]
    s = (l + " " + f) if what == "lf" else (f if what == "f" else l)
    return E("PERSON", strip_acc(s).upper())


def el_art(p, case):
    """Greek article for a person's name in a case."""
    if p.female:
        return {"nom": "η", "gen": "της", "acc": "την"}[case]
    return {"nom": "ο", "gen": "του", "acc": "τον"}[case]


def amka_said(v, lang="el"):
    return num_text(v, "said", lang, pick([[2, 2, 2, 5], [2, 2, 2, 3, 2], [6, 5], [2, 2, 2, 2, 3]]))


# ============================================================================
# GREEK
# ============================================================================

@tpl("el", 9, "CALL_AMKA")
def el_call_amka():
    p = person("el")
    v = gen_amka(p.female)
    said = E("GR_AMKA", amka_said(v))
    k = cyc("el_call_amka", 3)
    if k == 0:
        return T("Εκπρόσωπος: Για να προχωρήσουμε, μου λέτε τον ΑΜΚΑ σας;\n{pel}: Βεβαίως. {s}.\n"
                 "Εκπρόσωπος: Δηλαδή {rb}, σωστά;\n{pel}: Σωστά.", pel="Πελάτισσα" if p.female else "Πελάτης",
                 s=said, rb=E("GR_AMKA", v))
    if k == 1:
        a = person("el")
        return T("[{t}] ΕΚΠΡΟΣΩΠΟΣ ({an}): Τον ΑΜΚΑ του ασφαλισμένου, παρακαλώ.\n[{t2}] ΚΑΛΩΝ: Είναι {art} {g} μου, {art2} {n}. {s}.",
                 t=ts(), an=NM(a, "f"), t2=ts(), art="της" if p.female else "του",
                 g="μητέρας" if p.female else "πατέρα", art2=el_art(p, "gen"), n=NM(p, "fl", "gen"), s=said)
    return T("Πελάτης: Περιμένετε να βρω την κάρτα... Λοιπόν, {s}.\nΕκπρόσωπος: {rb}. Ευχαριστώ πολύ, κύριε {l}.",
             s=said, rb=E("GR_AMKA", v), l=NM(person("el", "m"), "l", "voc"))


@tpl("el", 1, "PHARMACY")
def el_pharmacy():
    p = person("el")
    return T("Για την άυλη συνταγή {art} {n}: ΑΜΚΑ {a}, κινητό για το SMS {ph}.",
             art=el_art(p, "gen"), n=NM(p, "fl", "gen"), a=AMKA(p), ph=PH("GR", "any", "mob"))


@tpl("el", 7, "CALL_AFM")
def el_call_afm():
    v = gen_afm()
    said = E("GR_AFM", num_text(v, "said", "el", pick([[3, 3, 3], [3, 2, 2, 2], [1, 2, 2, 2, 2]])))
    return T(pickc("el_call_afm", ["Εκπρόσωπος: Το ΑΦΜ σας;\nΠελάτης: {s}.\nΕκπρόσωπος: {rb}, ευχαριστώ.",
                   "Πελάτης: Θέλω τιμολόγιο, όχι απόδειξη. ΑΦΜ {s}, ΔΟΥ {doy}.\nΕκπρόσωπος: Μάλιστα, το πέρασα: {rb}.",
                   "[{t}] ΚΑΛΩΝ: Ο αριθμός φορολογικού μητρώου είναι {s}."]),
             s=said, rb=E("GR_AFM", v), doy=pick(DOY), t=ts())


@tpl("el", 3, "CALL_CORRECTION")
def el_call_fix():
    if cyc("el_call_fix", 2) == 0:
        v = gen_amka()
        b = spoil("GR_AMKA", v)
        return T("Πελάτισσα: ΑΜΚΑ {b}... όχι, συγγνώμη, λάθος, διάβασα του άντρα μου. Ο δικός μου είναι {g}.",
                 b=BAD("GR_AMKA", b), g=E("GR_AMKA", v))
    v = gen_afm()
    b = spoil("GR_AFM", v)
    return T("Πελάτης: ΑΦΜ {b}.\nΕκπρόσωπος: Δεν μου το δέχεται το σύστημα, μήπως κάποιο ψηφίο είναι λάθος;\n"
             "Πελάτης: Α ναι, συγγνώμη, {g}.", b=BAD("GR_AFM", num_text(b, "said", "el", [3, 3, 3])),
             g=E("GR_AFM", num_text(v, "said", "el", [3, 3, 3])))


@tpl("el", 12, "CHAT_AMKA")
def el_chat_amka():
    p = person("el")
    v = gen_amka(p.female)
    return T(pickc("el_chat_amka", [
                   "καλησπερα, για την αυλη συνταγη ο αμκα ειναι {a}",
                   "ΑΜΚΑ: {a} 🙏 ευχαριστω",
                   "Γεια σας, δεν μπορώ να κλείσω ραντεβού στην πλατφόρμα, μου λέει ότι ο ΑΜΚΑ {a} δεν βρέθηκε. Τι να κάνω;",
                   "ο αμκα του παιδιου ειναι {a}, το ονομα {art} {n}",
                   "αμκα {b} συγγνωμη λαθος, {a} ειναι το σωστο",
                   "Στείλτε μου τα αποτελέσματα στο {e}, ΑΜΚΑ {a}",
                   "το αμκα μου {a} αλλα στην εφαρμογη βγαζει αλλο ονομα!!! 😡"]),
             a=E("GR_AMKA", num_text(v, pick(["plain", "plain", "spaced"]), "el", [6, 5])),
             b=BAD("GR_AMKA", spoil("GR_AMKA", v)), n=NM(p, "f", tf="lowernoacc"), e=EM(p),
             art="της" if p.female else "του")


@tpl("el", 9, "TIMOLOGIO")
def el_timologio():
    p = person("el")
    k = cyc("el_timologio", 5)
    if k == 4:
        v = gen_afm()
        return T("Συγγνώμη, στο προηγούμενο μήνυμα έγραψα λάθος ΑΦΜ ({b}). Το σωστό είναι {afm}, ΔΟΥ {doy}.",
                 b=BAD("GR_AFM", spoil("GR_AFM", v)), afm=E("GR_AFM", v), doy=pick(DOY))
    if k == 0:
        return T("Καλημέρα σας,\nπαρακαλώ να εκδοθεί τιμολόγιο για την παραγγελία {o} με τα εξής στοιχεία:\n{n}\nΑΦΜ: {afm}\n"
                 "ΔΟΥ: {doy}\n{a}\n\nΕυχαριστώ,\n{f}", o=ORDER("el"), n=NM(p), afm=AFM(), doy=pick(DOY), a=AD("GR"),
                 f=NM(p, "f"))
    if k == 1:
        return T("τιμολογιο παρακαλω: ΑΦΜ {afm}, ΔΟΥ {doy}, επωνυμια {n}, επαγγελμα {j}",
                 afm=AFM(style="plain"), doy=strip_acc(pick(DOY)).lower(), n=NM(p, tf="caps"),
                 j=pick(["ηλεκτρολογος", "λογιστης", "φυσικοθεραπευτης", "κομμωτης"]))
    if k == 2:
        q = person("el")
        return T("Το τιμολόγιο {inv} βγήκε στο όνομα {art} {g} ενώ έπρεπε να βγει στο δικό μου ΑΦΜ, {afm}. Μπορείτε να το διορθώσετε;",
                 inv=INVOICE("el"), art=el_art(q, "gen"), g=NM(q, "fl", "gen"), afm=AFM())
    return T("Για την επαγγελματική σύνδεση: ΑΦΜ {afm} (ατομική επιχείρηση {art} {n}), email τιμολόγησης {e}.",
             afm=AFM(style=pick(["plain", "prefix"])), art=el_art(p, "gen"), n=NM(p, "fl", "gen"), e=EM(p))


@tpl("el", 9, "WEBFORM")
def el_form():
    p = person("el")
    fa = person("el", "m")
    return T("ΕΠΩΝΥΜΟ: {l}\nΟΝΟΜΑ: {f}\nΠΑΤΡΩΝΥΜΟ: {fa}\nΑΦΜ: {afm}\nΑΜΚΑ: {amka}\nΚΙΝΗΤΟ: {ph}\nEMAIL: {e}",
             l=el_formal_caps(p, "l"), f=el_formal_caps(p, "f"), fa=el_formal_caps(fa, "f"), afm=AFM(style="plain"),
             amka=AMKA(p, style="plain"), ph=PH("GR", pick(["local", "compact"]), "mob"), e=EM(p))


@tpl("el", 8, "MAIL_IDS")
def el_mail():
    p, a = person("el"), person("el")
    k = cyc("el_mail", 4)
    if k == 3:
        v = gen_amka(p.female)
        return T("Καλημέρα,\nδιόρθωση: ο ΑΜΚΑ που σας έστειλα ({b}) ήταν λάθος. Ο σωστός είναι {a}. ΑΦΜ {f}.\n\n{n}",
                 b=BAD("GR_AMKA", spoil("GR_AMKA", v)), a=E("GR_AMKA", v), f=AFM(), n=NM(p))
    if k == 0:
        return T("{greet} {av},\n\nσας στέλνω τα στοιχεία για τη σύνδεση ρεύματος στο νέο σπίτι:\nΑΦΜ: {afm}\nΑΜΚΑ: {amka}\n"
                 "Διεύθυνση: {ad}\n\nΜε εκτίμηση,\n{n}",
                 greet="Αγαπητή κυρία" if a.female else "Αγαπητέ κύριε", av=NM(a, "l", "voc"), afm=AFM(), amka=AMKA(p),
                 ad=AD("GR"), n=NM(p))
    if k == 1:
        return T("Καλησπέρα σας, σχετικά με το αίτημα {tk}, ο ΑΜΚΑ μου είναι {amka} και το ΑΦΜ {afm}. "
                 "Παρακαλώ ενημερώστε με.\n\n{n}\nΣτάλθηκε από το κινητό μου",
                 tk=TICKET("el"), amka=AMKA(p), afm=AFM(), n=NM(p))
    return T("{fv} μου καλημέρα,\nόπως είπαμε στο τηλέφωνο, ΑΦΜ {afm} και ΑΜΚΑ {amka}. Το συμβόλαιο να βγει στο όνομά μου.\n\nΦιλικά,\n{n}",
             fv=NM(a, "f", "voc"), afm=AFM(), amka=AMKA(p), n=NM(p, "f"))


@tpl("el", 7, "FAMILY")
def el_family():
    q = person("el")
    k = cyc("el_family", 3)
    if k == 0:
        return T("Ο ΑΜΚΑ {art} {rel} μου, {art} {n}, είναι {a} και το ΑΦΜ {f}.", art=el_art(q, "gen"),
                 rel="κόρης" if q.female else "γιου", n=NM(q, "f", "gen"), a=AMKA(q), f=AFM())
    if k == 1:
        return T("Να μπει και {art} {rel} μου, {art} {n}, ΑΜΚΑ {a}, ΑΦΜ {f}.", art=el_art(q, "nom"),
                 rel="σύζυγός", n=NM(q, "fl", "nom"), a=AMKA(q), f=AFM())
    return T("Για {art} {rel} μου, {art} {n}: ΑΦΜ {f}, ΑΜΚΑ {a}. Είμαι εξουσιοδοτημένη.",
             art=el_art(q, "acc"), rel="μητέρα" if q.female else "πατέρα", n=NM(q, "fl", "acc"), f=AFM(), a=AMKA(q))


@tpl("el", 6, "CHAT_AFM")
def el_chat_afm():
    p = person("el")
    v = gen_afm()
    return T(pickc("el_chat_afm", [
                   "ΑΦΜ {f} για το τιμολόγιο παρακαλώ",
                   "το αφμ μου ειναι {f}, το βαλατε λαθος στην αποδειξη (γραψατε {b})",
                   "Καλησπέρα! Είμαι {art} {n}, ΑΦΜ {f}. Θέλω να αλλάξω τον λογαριασμό σε επαγγελματικό.",
                   "αφμ {f} ΔΟΥ {d} ευχαριστω πολυ 😊"]),
             f=E("GR_AFM", num_text(v, pick(["plain", "plain", "prefix", "spaced"]), "el", [3, 3, 3], "EL")),
             b=BAD("GR_AFM", spoil("GR_AFM", v)), art=el_art(p, "nom"), n=NM(p), d=pick(DOY))


@tpl("el", 4, "CALL_CARD")
def el_call_card():
    d = gen_card()
    return T(pickc("el_call_card", ["Εκπρόσωπος: Τον αριθμό της κάρτας, παρακαλώ.\nΠελάτης: {s}.\nΕκπρόσωπος: Επαναλαμβάνω: {rb}, λήξη {e}.",
                   "Πελάτισσα: Η κάρτα είναι {s}, λήγει {e}.\nΕκπρόσωπος: Ευχαριστώ, θα σας βάλω σε αναμονή για το CVV."]),
             s=E("CARD", card_text(d, pick(["said", "mixed"]), "el")), rb=E("CARD", card_text(d, "space", "el")), e=EXP())


@tpl("el", 3, "CHAT_CARD")
def el_chat_card():
    return T(pickc("el_chat_card", ["πληρωσα με καρτα {c} και μου λεει αποτυχια πληρωμης, αλλα τα λεφτα κοπηκαν 😤 {p}",
                   "Καλησπέρα, η χρέωση των {p} στην κάρτα {c} είναι διπλή. Παραγγελία {o}.",
                   "καρτα {c} λήξη {e}, δεν περνάει στο e-shop σας"]),
             c=CARD("el"), p=PRICE("el"), o=ORDER("el"), e=EXP())


@tpl("el", 1, "MAIL_CARD")
def el_mail_card():
    p = person("el")
    return T("Αξιότιμοι κύριοι,\n\nζητώ την ακύρωση της συνδρομής και την επιστροφή των {p} που χρεώθηκαν στην κάρτα {c} στις {d}.\n\n"
             "Με εκτίμηση,\n{n}", p=PRICE("el"), c=CARD("el", "space"), d=DATE("el"), n=NM(p))


@tpl("el", 2, "CARD_INVALID")
def el_card_invalid():
    return T(pickc("el_card_invalid", ["Μου βγάζει «μη έγκυρος αριθμός κάρτας» για την {b}. Τι κάνω λάθος;",
                   "η καρτα {b} δεν περναει, το ξαναγραψα 3 φορες. {n}"]),
             b=CARD_BAD("el"), n=NM(person("el"), tf="lowernoacc"))


@tpl("el", 2, "CALL_IBAN")
def el_call_iban():
    v = gen_iban("GR")
    return T("Εκπρόσωπος: Σε ποιο IBAN να γίνει η επιστροφή;\nΠελάτης: {s}.\nΕκπρόσωπος: {rb}. Δικαιούχος;\nΠελάτης: {n}.",
             s=E("IBAN", iban_text(v, "said", "el")), rb=E("IBAN", iban_text(v, "group", "el")), n=NM(person("el")))


@tpl("el", 6, "IBAN")
def el_iban():
    p = person("el")
    cc = pick(["GR", "GR", "GR", "LT", "CY", "DE"])
    i, bad = IBAN_PAIR(cc, "el")
    return T(pickc("el_iban", [
                   "Παρακαλώ την επιστροφή των χρημάτων στο IBAN {i}, δικαιούχος {n}.",
                   "IBAN {i} ({b}), στο όνομα {art} {g}",
                   "συγγνωμη, το {bad} ειναι λαθος, το σωστο iban ειναι {i}",
                   "iban {i}\nδικαιουχος {nl}",
                   "Καλησπέρα, για την επιστροφή της παραγγελίας {o}: IBAN {i}, {n}. Ευχαριστώ!"]),
             i=i, bad=bad, n=NM(p), b="Revolut" if cc == "LT" else pick(["Πειραιώς", "Εθνική", "Eurobank", "Alpha"]),
             art=el_art(p, "gen"), g=NM(p, "fl", "gen"), nl=NM(p, "lf", tf="lowernoacc"), o=ORDER("el"))


@tpl("el", 2, "IBAN_INVALID")
def el_iban_invalid():
    return T(pickc("el_iban_invalid", ["Η τράπεζα λέει ότι το IBAN {b} δεν είναι έγκυρο. Μου το ξαναστέλνετε;",
                   "δεν γινεται η μεταφορα στο {b}, μηπως λειπει ψηφιο; {n}"]),
             b=IBAN_BAD("GR", "el"), n=NM(person("el"), tf="lowernoacc"))


@tpl("el", 2, "CHAT_PHONE")
def el_chat_phone():
    return T(pickc("el_chat_phone", ["Καλέστε με στο {ph} μετά τις {t}",
                   "το κινητο μου ειναι {ph}, παρτε με οταν ερθει ο τεχνικος",
                   "Σταθερό {ph2}, κινητό {ph}.",
                   "νεο νουμερο {ph} 👍🏼"]),
             ph=PH("GR", "any", "mob"), t=TIME("el"), ph2=PH("GR", "local", "land"))


@tpl("el", 2, "CALL_PHONE")
def el_call_phone():
    return T(pickc("el_call_phone", ["Εκπρόσωπος: Ένα τηλέφωνο επικοινωνίας;\nΠελάτης: {ph}.",
                   "Πελάτισσα: Πάρτε με στο κινητό, {ph}. Ή στη δουλειά, {ph2}.",
                   "Πελάτης: Το νούμερο είναι {ph}... όχι, συγγνώμη, {ph3}."]),
             ph=phone_said("GR", "el", kind="mob"), ph2=phone_said("GR", "el", kind="land"), ph3=phone_said("GR", "el", kind="mob"))


@tpl("el", 1, "CALL_EMAIL_SPOKEN")
def el_call_email():
    p = person("el")
    return T("Εκπρόσωπος: Το email σας;\nΠελάτης: {es}. Όλα μικρά, με λατινικούς.", es=email_said(p, "el"))


@tpl("el", 3, "NAMES")
def el_names():
    p = person("el")
    k = cyc("el_names", 5)
    if k == 0:
        return T("Μίλησα χθες με {art} {n} και μου είπε ότι θα με πάρετε τηλέφωνο. Ακόμα περιμένω.",
                 art=el_art(p, "acc"), n=NM(p, pick(["f", "fl"]), "acc"))
    if k == 1:
        return T("Θα ήθελα να ευχαριστήσω {art} {n} από το κατάστημα, ήταν εξαιρετικ{e}!",
                 art="την κυρία" if p.female else "τον κύριο", n=NM(p, "l", "acc"), e="ή" if p.female else "ός")
    if k == 2:
        return T("Με λένε {n} και είμαι πελάτης σας από το {y}. Τόσα χρόνια δεν είχα τέτοιο πρόβλημα.",
                 n=NM(person("el", "m"), pick(["f", "fl"]), "acc"), y=YEAR())
    if k == 3:
        return T("Ο κούριερ, {art} {n}, άφησε το δέμα στην είσοδο της πολυκατοικίας χωρίς να χτυπήσει.",
                 art="ο", n=NM(person("el", "m"), "f", "nom"))
    return T("Ονομάζομαι {n}. Η παραγγελία είναι στο όνομα {art} {g}.",
             n=NM(person("el"), "fl", "nom"), art=el_art(p, "gen"), g=NM(p, "fl", "gen"))


@tpl("el", 1, "MAIL_THREAD")
def el_mail_thread():
    p, a = person("el"), person("el")
    return T("Καμία απάντηση ακόμα.\n\nΣτις {d} στις {t}, {art} {n} <{e}> έγραψε:\n> {greet} {av},\n> η παραγγελία {o} δεν έχει φτάσει.\n> {f}",
             d=DATE("el"), t=TIME("el"), art=el_art(p, "nom"), n=NM(p), e=EM(p),
             greet="Καλημέρα κυρία" if a.female else "Καλημέρα κύριε", av=NM(a, "l", "voc"), o=ORDER("el"), f=NM(p, "f"))


@tpl("el", 2, "ADDRESS")
def el_address():
    return T(pickc("el_address", ["Νέα διεύθυνση αποστολής: {a}",
                   "στειλτε το στο {a} γιατι στο παλιο δεν μενω πια",
                   "Η διεύθυνση είναι {a}, κουδούνι {n}.",
                   "Παράδοση στη δουλειά μου: {a}"]),
             a=AD("GR", pick(["full", "chat", "multi", "full"])), n=NM(person("el"), "l", "nom", tf="caps"))


@tpl("el", 5, "ID_INVALID")
def el_id_invalid():
    k = cyc("el_id_invalid", 5)
    if k == 0:
        return T("Ο ΑΜΚΑ {b} δεν βρίσκεται στο σύστημα, είπε ο φαρμακοποιός. Τι γίνεται;", b=AMKA_BAD())
    if k == 1:
        return T("Το ΑΦΜ {b} βγαίνει «μη έγκυρο» στη φόρμα σας. {n}", b=AFM_BAD(), n=NM(person("el")))
    if k == 2:
        return T("αφμ {b}? μου λεει λαθος. {n}", b=AFM_BAD(), n=NM(person("el"), tf="lowernoacc"))
    if k == 3:
        p = person("el")
        return T("Καλησπέρα, είμαι {art} {n}. Η πλατφόρμα δεν δέχεται τον ΑΜΚΑ {b}, ενώ είναι αυτός που έχω στην κάρτα.",
                 art=el_art(p, "nom"), n=NM(p), b=AMKA_BAD(p))
    return T("ο αμκα {b} λεει οτι δεν ειναι εγκυρος 🤷‍♀️", b=AMKA_BAD(style="spaced"))


@tpl("el", 1, "SMS")
def el_sms():
    t1, t2 = TWIN("el")
    return T(pickc("el_sms", ["ACS: Η αποστολή {tr} θα παραδοθεί σήμερα {t1}-{t2}.",
                   "Γεια σας, είμαι ο {n} από την Speedex, είμαι έξω από {a} και δεν απαντάει κανείς. Καλέστε με {ph}"]),
             tr=TRACK("el"), t1=t1, t2=t2, n=NM(person("el", "m"), "f"), a=AD("GR"), ph=PH("GR", "compact", "mob"))


@tpl("el", 6, "NEG")
def el_neg():
    forms = ["Χαρά μου που επιτέλους απαντήσατε! Η παραγγελία {o} ήρθε σήμερα, {q}, σύνολο {p}.",
             "Οδός κλειστή λόγω έργων, ο κούριερ δεν μπορούσε να μπει. Αποστολή {tr}, νέα ημερομηνία {d};",
             "Πληρωμή με κωδικό {rf} μέχρι {d}, ποσό {p}. Πέρασε;",
             "Η πτήση {f} ακυρώθηκε, κωδικός κράτησης {b}, η αναχώρηση ήταν στις {t}. Τι δικαιούμαι;",
             "Ένδειξη μετρητή {m} kWh στις {d}, ενώ ο λογαριασμός {inv} γράφει {m2}.",
             "Νίκη! Η εφαρμογή {v} επιτέλους δουλεύει. Στέλνετε και στον ΤΚ {pcd}; Κωδικός προϊόντος {pc}."]
    return T(pickc("el_neg", forms), o=ORDER("el"), d=DATE("el"), rf=rf_ref(), p=PRICE("el"), f=FLIGHT("el"), b=BOOK(),
             m=METER("el"), m2=METER("el"), v=VER(), t=TIME("el"), pc=PROD("el"), tr=TRACK("el"), q=QTY("el"),
             inv=INVOICE("el"), pcd=POSTCODE("GR"))


@tpl("el", 4, "MULTI")
def el_multi():
    p = person("el")
    k = cyc("el_multi", 3)
    if k == 0:
        p = person("el", "f")
        return T("Με εκτίμηση,\n\n{n}\nΛογίστρια\n{a}\nΤ: {ph} | Κ: {ph2}\n{e}\nΑΦΜ {afm}",
                 n=NM(p), a=AD("GR"), ph=PH("GR", "local", "land"), ph2=PH("GR", "any", "mob"),
                 e=EM(p), afm=AFM())
    if k == 1:
        return T("γεια σας ειμαι {art} {n}, παρηγγειλα στις {d} με καρτα {c} και ακομα τιποτα. διευθυνση {a}, κινητο {ph}",
                 art=el_art(p, "nom"), n=NM(p, tf="lowernoacc"), d=DATE("el"), c=CARD("el", "plain"), a=AD("GR", "chat"),
                 ph=PH("GR", "compact", "mob"))
    return T("Στοιχεία για την επιστροφή:\nΟνοματεπώνυμο: {n}\nIBAN: {i}\nΑΦΜ: {afm}\nΑΜΚΑ: {amka}\nEmail: {e}",
             n=NM(p), i=IBAN("GR", "el"), afm=AFM(), amka=AMKA(p), e=EM(p))


@tpl("el", 1, "CRM_NOTE")
def el_crm():
    return T(pickc("el_crm", ["Ο πελάτης {n} καλεί για βλάβη από {d}. Επανάκληση στο {ph}. ({a})",
                   "Σημείωση: η κυρία {l} ζητά ακύρωση του τιμολογίου {inv}. Προωθήθηκε στο λογιστήριο."]),
             n=NM(person("el", "m")), d=DATE("el"), ph=PH("GR", "compact", "mob"), a=NM(person("el"), "f"),
             l=NM(person("el", "f"), "l"), inv=INVOICE("el"))


@tpl("el", 1, "REVIEW")
def el_review():
    return T(pickc("el_review", ["★★★★★ {art} {n} από το τηλεφωνικό κέντρο ήταν εξαιρετικ{e}, λύθηκε σε 5 λεπτά!",
                   "1 αστέρι. Η εφαρμογή στην έκδοση {v} δεν ανοίγει καν. Απαράδεκτοι."]),
             art="Η κυρία" if chance(0.5) else "Η", n=NM(person("el", "f"), "f"), e="ή", v=VER())


def ro_tf(text):
    """Romanian typed on a phone: no diacritics, or the old cedilla letters."""
    k = cyc("ro_tf", 5)
    if k in (1, 3):
        return strip_acc(text)
    if k == 2:
        return ro_cedilla(text)
    return text


def cnp_said(v):
    return num_text(v, "said", "ro", pick([[1, 2, 2, 2, 2, 3, 1], [1, 6, 6], [1, 2, 2, 2, 6], [3, 3, 3, 4]]))


# ============================================================================
# ROMANIAN
# ============================================================================

@tpl("ro", 10, "CALL_CNP")
def ro_call_cnp():
    p = person("ro")
    v = gen_cnp(p.female)
    said = E("RO_CNP", cnp_said(v))
    k = cyc("ro_call_cnp", 3)
    if k == 0:
        return T("Operator: Îmi spuneți CNP-ul, vă rog?\nClient: Da, {s}.\nOperator: Deci {rb}, corect?\nClient: Corect.",
                 s=said, rb=E("RO_CNP", v))
    if k == 1:
        return T("[{t}] OPERATOR {a}: Pentru verificare am nevoie de codul numeric personal al titularului.\n"
                 "[{t2}] CLIENT: Contractul e pe numele {rel}, {n}. CNP-ul ei e {s}.",
                 t=ts(), a=NM(person("ro"), "f", tf="caps"), t2=ts(), rel=pick(["soției mele", "mamei mele", "fiicei mele"]),
                 n=NM(person("ro", "f"), "fl", "gen"), s=E("RO_CNP", cnp_said(gen_cnp(True))))
    return T("Clienta: Stați să iau buletinul... deci {s}.\nOperator: Mulțumesc, doamna {l}. Un moment, verific.",
             s=E("RO_CNP", cnp_said(gen_cnp(True))), l=NM(person("ro", "f"), "l"))


@tpl("ro", 3, "CALL_CNP_CORRECTION")
def ro_call_cnp_fix():
    v = gen_cnp()
    b = spoil("RO_CNP", v)
    return T(pickc("ro_call_cnp_fix", ["Client: {b}... nu, stați, am greșit, ăsta e al soției. Al meu e {g}.",
                   "Client: CNP {b}.\nOperator: Nu îl validează sistemul, mai verificați o dată ultimele cifre?\nClient: A, da, scuze: {g}.",
                   "cnp {b} ba nu scuze {g}"]),
             b=BAD("RO_CNP", b), g=E("RO_CNP", v))


@tpl("ro", 10, "CHAT_CNP")
def ro_chat_cnp():
    p = person("ro")
    v = gen_cnp(p.female)
    st = pick(["plain", "plain", "plain", "spaced"])
    return T(ro_tf(pickc("ro_chat_cnp", [
                         "buna ziua, cnp-ul meu e {c}, va rog verificati factura ca e pusa pe alt nume",
                         "CNP: {c} 🙏 mulțumesc frumos",
                         "Bună seara, nu pot să-mi fac cont în aplicație, zice că CNP-ul {c} este deja folosit. Ce fac?",
                         "cnp {c}\nnume {n}\nma sunati voi?",
                         "scuze, am greșit o cifră mai sus ({b}), CNP-ul corect e {c}",
                         "Am trimis CNP-ul și pe mail dar îl scriu și aici: {c}"])),
             c=E("RO_CNP", num_text(v, st, "ro", [1, 6, 6])), b=BAD("RO_CNP", num_text(spoil("RO_CNP", v), st, "ro", [1, 6, 6])),
             n=NM(p, "lf", tf="lower"))


@tpl("ro", 9, "MAIL_CONTRACT")
def ro_mail_contract():
    p = person("ro")
    k = cyc("ro_mail_contract", 3)
    if k == 0:
        return T("Bună ziua,\n\nVă transmit datele pentru contractul de furnizare energie electrică:\nNume: {n}\nCNP: {c}\n"
                 "Adresa locului de consum: {a}\nTelefon: {ph}\n\nCu stimă,\n{n2}",
                 n=NM(p), c=CNP(p, style="plain"), a=AD("RO"), ph=PH("RO", "any", "mob"), n2=NM(p))
    if k == 1:
        return T("Stimată doamnă {al},\n\nconform discuției telefonice de {d}, vă trimit CNP-ul meu, {c}, pentru emiterea facturii "
                 "pe persoană fizică.\n\nO zi bună,\n{n}\nTrimis de pe iPhone",
                 al=NM(person("ro", "f"), "l"), d=pick(["ieri", "azi-dimineață", "vineri"]), c=CNP(p), n=NM(p))
    v = gen_cnp(p.female)
    return T("Salut,\nfactura {inv} e emisă pe CNP-ul greșit ({b}, care nici nu există). Corect: {c} ({n}). Vă rog s-o refaceți.\nMersi,\n{f}",
             inv=INVOICE("ro"), b=BAD("RO_CNP", spoil("RO_CNP", v)), c=E("RO_CNP", v), n=NM(p), f=NM(p, "f"))


@tpl("ro", 9, "WEBFORM")
def ro_form():
    p = person("ro")
    return T("Nume: {l}\nPrenume: {f}\nCNP: {c}\nTelefon: {ph}\nE-mail: {e}\nAdresă: {a}\nMesaj: {m}",
             l=NM(p, "l", tf=pick([None, "caps"])), f=NM(p, "f", tf=pick([None, "caps"])), c=CNP(p, style="plain"),
             ph=PH("RO", pick(["local", "compact"]), "mob"), e=EM(p), a=AD("RO"),
             m=ro_tf(pick(["vreau să schimb abonamentul", "coletul nu a ajuns în easybox", "cerere de retur",
                           "nu mai pot intra în cont"])))


@tpl("ro", 5, "FAMILY")
def ro_family():
    q = person("ro")
    k = cyc("ro_family", 3)
    if k == 0:
        return T(ro_tf("CNP-ul fiicei mele, {n}, este {c}. O adăugați și pe ea la abonament?"),
                 n=NM(person("ro", "f"), "f"), c=E("RO_CNP", gen_cnp(True, year=R.randint(2001, 2012))))
    if k == 1:
        return T("Contul e pe numele {n}, eu sunt fiul ei. CNP-ul ei: {c}.", n=NM(person("ro", "f"), "fl", "gen"),
                 c=E("RO_CNP", gen_cnp(True, year=R.randint(1940, 1962))))
    return T(ro_tf("I-am dat coletul lui {n}, vecinul de la etajul 3, și CNP-ul meu pentru confirmare e {c}."),
             n=NM(person("ro", "m"), pick(["f", "fl"])), c=CNP(q))


@tpl("ro", 9, "IN_ITALY")
def ro_italy():
    p = person("ro")
    k = cyc("ro_italy", 3)
    if k == 0:
        return T("Lucrez în Italia din {y} și am codul fiscal italian {cf}, dar contractul din România cere CNP: {c}.",
                 y=YEAR(), cf=CF(p, "plain", place="Z129"), c=CNP(p))
    if k == 1:
        return T(ro_tf("Am deschis partita IVA în Italia, {pi}, și vreau factura pe ea, nu pe CNP. Codul fiscal {cf}."),
                 pi=PIVA("ro", pick(["plain", "prefix"])), cf=CF(p, pick(["plain", "lower"]), place="Z129"))
    return T("buna, sunt {n}, stau la {a}. cod fiscal {cf}, partita iva {pi}",
             n=NM(p, tf="lowernoacc"), a=AD("IT"), cf=CF(p, "lower", place="Z129"), pi=PIVA("ro", "plain"))


@tpl("ro", 4, "CHAT_CNP_PHONE")
def ro_chat_cnp_phone():
    p = person("ro")
    return T(ro_tf(pickc("ro_chat_cnp_phone", ["salut, sunt {n}, CNP {c}, nr de telefon {ph}. mă sunați după {t}?",
                         "{n} {c} {ph}\nastea sunt datele pt portare",
                         "Bună ziua, pentru portare: CNP {c}, numărul care se portează {ph}."])),
             n=NM(p, tf=pick([None, "lower"])), c=CNP(p), ph=PH("RO", "any", "mob"), t=TIME("ro"))


@tpl("ro", 3, "COMPANY_VS_PERSON")
def ro_company():
    p = person("ro")
    return T(pickc("ro_company", ["Firma are CUI {cui}, dar abonamentul e pe persoană fizică, CNP {c}. Pe care îl trec pe factură?",
                   "PFA {n}, CIF {cui}. Factura trebuie emisă pe PFA, nu pe CNP-ul {c}.",
                   "cui {cui} pt firma, iar pt mine personal cnp {c}"]),
             cui=cui(chance(0.5)), c=CNP(p), n=NM(p))


@tpl("ro", 4, "CALL_CARD")
def ro_call_card():
    d = gen_card()
    return T(pickc("ro_call_card", ["Operator: Numărul cardului, vă rog.\nClient: {s}.\nOperator: Repet: {rb}, expiră {e}.",
                   "Clientă: E un card Revolut... {s}. Data expirării {e}.\nOperator: Mulțumesc, vă pun un pic pe așteptare pentru CVV."]),
             s=E("CARD", card_text(d, pick(["said", "mixed"]), "ro")), rb=E("CARD", card_text(d, "space", "ro")), e=EXP())


@tpl("ro", 3, "CHAT_CARD")
def ro_chat_card():
    return T(ro_tf(pickc("ro_chat_card", ["mi-ați luat de două ori {p} de pe cardul {c} 😡 vreau banii înapoi",
                         "Am plătit cu cardul {c} dar comanda {o} apare neplătită",
                         "card {c} expirat, cum îl schimb în aplicație?"])),
             p=PRICE("ro"), c=CARD("ro"), o=ORDER("ro"))


@tpl("ro", 1, "MAIL_CARD")
def ro_mail_card():
    p = person("ro")
    return T("Bună ziua,\n\nvă rog să anulați abonamentul și să returnați suma de {p}, retrasă de pe cardul {c} în data de {d}.\n\n"
             "Cu stimă,\n{n}", p=PRICE("ro"), c=CARD("ro", "space"), d=DATE("ro"), n=NM(p))


@tpl("ro", 2, "CARD_INVALID")
def ro_card_invalid():
    return T(pickc("ro_card_invalid", ["Site-ul zice „număr de card invalid” pentru {b}. Ce fac greșit?",
                   "cardul {b} nu trece, l-am scris de 3 ori. {n}"]),
             b=CARD_BAD("ro"), n=NM(person("ro"), tf="lowernoacc"))


@tpl("ro", 2, "CALL_IBAN")
def ro_call_iban():
    v = gen_iban("RO")
    return T("Operator: În ce cont să facem rambursarea?\nClient: IBAN-ul e {s}.\nOperator: {rb}. Titular?\nClient: {n}.",
             s=E("IBAN", iban_text(v, "said", "ro")), rb=E("IBAN", iban_text(v, "group", "ro")), n=NM(person("ro")))


@tpl("ro", 7, "IBAN")
def ro_iban():
    p = person("ro")
    cc = pick(["RO", "RO", "RO", "LT", "IT", "BE"])
    i, bad = IBAN_PAIR(cc, "ro")
    code = re.sub(r"[^A-Z]", "", i.text.upper()[4:12])[:4]
    bank = {"BTRL": "Banca Transilvania", "RNCB": "BCR", "BRDE": "BRD", "INGB": "ING", "RZBR": "Raiffeisen",
            "BACX": "UniCredit", "CECE": "CEC Bank", "PIRB": "First Bank"}.get(
        code, {"LT": "Revolut", "BE": "Wise", "IT": "Poste Italiane"}.get(cc, "BT"))
    return T(ro_tf(pickc("ro_iban", [
                         "Vă rog returnați banii în contul {i}, titular {n}.",
                         "IBAN {i} ({b}), pe numele {g}",
                         "am greșit IBAN-ul în formular ({bad}), cel corect e {i}",
                         "iban {i}\ntitular {nl}",
                         "Bună ziua, pentru returul comenzii {o}: IBAN {i}, {n}. Mulțumesc!"])),
             i=i, bad=bad, n=NM(p), b=bank,
             g=NM(p, "fl", "gen"), nl=NM(p, "lf", tf="lowernoacc"), o=ORDER("ro"))


@tpl("ro", 2, "IBAN_INVALID")
def ro_iban_invalid():
    return T(pickc("ro_iban_invalid", ["Banca zice că IBAN-ul {b} nu e valid. Mi-l mai trimiteți o dată?",
                   "nu merge transferul in {b}, lipseste o cifra? {n}"]),
             b=IBAN_BAD("RO", "ro"), n=NM(person("ro"), tf="lowernoacc"))


@tpl("ro", 3, "CHAT_PHONE")
def ro_chat_phone():
    return T(ro_tf(pickc("ro_chat_phone", ["Sunați-mă la {ph} după {t}",
                         "nr meu e {ph}, sunati cand vine curierul",
                         "Fix {ph2}, mobil {ph}.",
                         "nr nou {ph} 👍🏻"])),
             ph=PH("RO", "any", "mob"), t=TIME("ro"), ph2=PH("RO", "local", "land"))


@tpl("ro", 3, "CALL_PHONE")
def ro_call_phone():
    return T(pickc("ro_call_phone", ["Operator: Un număr de telefon la care vă putem contacta?\nClient: {ph}.",
                   "Clientă: Sunați-mă pe mobil, {ph}. Sau la birou, {ph2}.",
                   "Client: Numărul e {ph}... nu, scuze, ăla e vechi, {ph3}."]),
             ph=phone_said("RO", "ro", kind="mob"), ph2=phone_said("RO", "ro", kind="land"),
             ph3=phone_said("RO", "ro", kind="mob"))


@tpl("ro", 1, "CALL_EMAIL_SPOKEN")
def ro_call_email():
    p = person("ro")
    return T("Operator: Adresa de e-mail?\nClient: {es}. Tot cu litere mici.", es=email_said(p, "ro"))


@tpl("ro", 1, "CALL_NAME_SPELL")
def ro_call_spell():
    p = person("ro")
    return T("Operator: Numele de familie?\nClient: {l}, {sp}.\nOperator: Și prenumele?\nClient: {f}.",
             l=NM(p, "l"), sp=E("PERSON", spelled(p.last["nom"], "ro")), f=NM(p, "f"))


@tpl("ro", 4, "NAMES")
def ro_names():
    k = cyc("ro_names", 5)
    if k == 0:
        return T(ro_tf("Am vorbit ieri cu domnul {n} și mi-a zis că mă sunați înapoi. Încă aștept."),
                 n=NM(person("ro", "m"), "l"))
    if k == 1:
        return T("Vreau să-i mulțumesc doamnei {n} de la magazinul din {c}, a fost foarte amabilă!",
                 n=NM(person("ro", "f"), pick(["l", "fl"]), "gen"), c=pick(["Cluj", "Iași", "Sibiu"]))
    if k == 2:
        return T(ro_tf("Mă numesc {n} și sunt clientă din {y}."), n=NM(person("ro", "f")), y=YEAR())
    if k == 3:
        return T(ro_tf("Curierul, un domn pe nume {n}, a lăsat coletul la poartă fără să sune."),
                 n=NM(person("ro", "m"), "f"))
    q = person("ro", "f")
    return T(ro_tf("Abonamentul e al {n}, dar plătesc eu. Se poate trece pe numele meu, {m}?"),
             n=NM(q, "fl", "gen"), m=NM(person("ro", "m")))


@tpl("ro", 2, "MAIL_THREAD")
def ro_mail_thread():
    p, a = person("ro"), person("ro")
    return T("Niciun răspuns până acum.\n\nÎn {d}, la {t}, {n} <{e}> a scris:\n> Bună ziua, {ag},\n> comanda {o} nu a ajuns.\n> {f}",
             d=DATE("ro"), t=TIME("ro"), n=NM(p), e=EM(p), ag=NM(a, "f"), o=ORDER("ro"), f=NM(p, "f"))


@tpl("ro", 3, "ADDRESS")
def ro_address():
    return T(ro_tf(pickc("ro_address", ["Adresa nouă de livrare: {a}",
                         "trimiteti la {a} ca acolo stau acum",
                         "Adresa corectă e {a}, interfon {n}.",
                         "Livrare la birou: {a}"])),
             a=AD("RO", pick(["full", "chat", "multi", "full"])), n=NM(person("ro"), "l"))


@tpl("ro", 5, "ID_INVALID")
def ro_id_invalid():
    k = cyc("ro_id_invalid", 5)
    if k == 0:
        return T("CNP-ul {b} nu e valid, zice aplicația. E cel din buletin!", b=CNP_BAD())
    if k == 1:
        return T(ro_tf("Am introdus CNP {b} și primesc eroare. {n}"), b=CNP_BAD(), n=NM(person("ro")))
    if k == 2:
        p = person("ro")
        return T("codul fiscal italian {b} nu merge pe site. {n}", b=CF_BAD(p, "plain", place="Z129"), n=NM(p))
    if k == 3:
        p = person("ro")
        return T(ro_tf("Bună ziua, sunt {n}. Formularul zice că CNP-ul {b} e greșit, dar l-am copiat din buletin."),
                 n=NM(p), b=CNP_BAD(p, style="spaced"))
    return T("cnp {b} invalid?? 🤔", b=CNP_BAD())


@tpl("ro", 2, "SMS")
def ro_sms():
    t1, t2 = TWIN("ro")
    return T(pickc("ro_sms", ["FAN Courier: Coletul {tr} va fi livrat azi între {t1} și {t2}.",
                   "Bună, sunt {n}, curierul Sameday, sunt la {a} și nu răspunde nimeni. Sunați-mă la {ph}"]),
             tr=TRACK("ro"), t1=t1, t2=t2, n=NM(person("ro", "m"), "f"), a=AD("RO"), ph=PH("RO", "compact", "mob"))


@tpl("ro", 6, "NEG")
def ro_neg():
    forms = ["Speranța moare ultima... comanda {o} tot nu a venit, plătită {p}, colet {tr}.",
             "Strada e blocată de la lucrări, curierul nu a putut intra. Ce dată nouă îmi dați, {d}?",
             "Negru sau alb, frigiderul {pc} costă tot {p}? În catalogul din {y} era {p2}.",
             "Zborul {f} a fost anulat, cod rezervare {b}, plecarea era la {t}. Ce despăgubire primesc?",
             "Indexul contorului pe {d}: {m}. Pe factura {inv} scrie {m2}. CUI furnizor {cui}.",
             "Lupu de pluș mai e în stoc? Vreau {q}. Livrați și la codul poștal {pcd}? Aplicația {v} nu-mi arată."]
    return T(pickc("ro_neg", forms), o=ORDER("ro"), p=PRICE("ro"), d=DATE("ro"), pc=PROD("ro"), p2=PRICE("ro"),
             f=FLIGHT("ro"), b=BOOK(), m=METER("ro"), m2=METER("ro"), v=VER(), t=TIME("ro"), inv=INVOICE("ro"),
             cui=cui(chance(0.5)), q=QTY("ro"), tr=TRACK("ro"), y=YEAR(), pcd=POSTCODE("RO"))


@tpl("ro", 4, "MULTI")
def ro_multi():
    p = person("ro")
    k = cyc("ro_multi", 3)
    if k == 0:
        return T("Cu stimă,\n\n{n}\nContabil autorizat\n{a}\nTel.: {ph} | Mobil: {ph2}\n{e}",
                 n=NM(p), a=AD("RO"), ph=PH("RO", "local", "land"), ph2=PH("RO", "any", "mob"), e=EM(p))
    if k == 1:
        return T("buna ziua sunt {n}, am comandat pe {d} cu cardul {c} si nici acum nimic. adresa {a}, tel {ph}",
                 n=NM(p, tf="lowernoacc"), d=DATE("ro"), c=CARD("ro", "plain"), a=AD("RO", "chat"),
                 ph=PH("RO", "compact", "mob"))
    return T("Date pentru rambursare:\nNume și prenume: {n}\nCNP: {c}\nIBAN: {i}\nE-mail: {e}",
             n=NM(p), c=CNP(p), i=IBAN("RO", "ro"), e=EM(p))


@tpl("ro", 2, "CRM_NOTE")
def ro_crm():
    return T(pickc("ro_crm", ["Clientul {n} sună pentru deranjament din {d}. Revenire la {ph}. ({a})",
                   "Notă: doamna {l} cere stornarea facturii {inv}. Trimis la back-office."]),
             n=NM(person("ro", "m")), d=DATE("ro"), ph=PH("RO", "compact", "mob"), a=NM(person("ro"), "f"),
             l=NM(person("ro", "f"), "l"), inv=INVOICE("ro"))


@tpl("ro", 1, "REVIEW")
def ro_review():
    return T(pickc("ro_review", ["★★★★★ {n} de la call center a fost super, mi-a rezolvat problema în 5 minute!",
                   "O stea. Aplicația, versiunea {v}, nu se mai deschide deloc. Rușine!"]),
             n=NM(person("ro"), "f"), v=VER())


def hetu_said_fi(v):
    return hetu_text(v, "said", "fi")


# ============================================================================
# FINNISH
# ============================================================================

@tpl("fi", 12, "CALL_HETU")
def fi_call_hetu():
    p = person("fi")
    v = gen_hetu(p.female)
    said = E("FI_HETU", hetu_said_fi(v))
    k = cyc("fi_call_hetu", 3)
    if k == 0:
        return T("Asiakaspalvelija: Saisinko vielä henkilötunnuksenne?\nAsiakas: Joo, {s}.\n"
                 "Asiakaspalvelija: Eli {rb}, pitääkö paikkansa?\nAsiakas: Pitää.", s=said, rb=E("FI_HETU", v))
    if k == 1:
        q = person("fi", "f")
        return T("[{t}] ASIAKASPALVELIJA {a}: Tarvitsen sopimuksen haltijan henkilötunnuksen.\n"
                 "[{t2}] SOITTAJA: Liittymä on vaimoni {g} nimissä. Hänen hetunsa on {s}.",
                 t=ts(), a=NM(person("fi"), "f", tf="caps"), t2=ts(), g=NM(q, "fl", "gen"),
                 s=E("FI_HETU", hetu_said_fi(gen_hetu(True))))
    return T("Asiakas: Odota hetki, haen kortin... no niin, {s}.\nAsiakaspalvelija: Kiitos. Ja puhun siis {g} kanssa?\nAsiakas: Joo.",
             s=said, g=NM(p, "fl", "gen"))


@tpl("fi", 3, "CALL_HETU_CORRECTION")
def fi_call_hetu_fix():
    v = gen_hetu()
    b = spoil("FI_HETU", v)
    st = pick(["said", "plain"])
    return T(pickc("fi_call_hetu_fix", ["Asiakas: {b}... eiku, anteeks, luin väärin. {g}.",
                   "Asiakas: Hetu on {b}.\nAsiakaspalvelija: Järjestelmä ei hyväksy sitä, voisitteko tarkistaa loppuosan?\nAsiakas: Ai niin, {g}.",
                   "hetu {b} eiku {g} sori"]),
             b=BAD("FI_HETU", hetu_text(b, st)), g=E("FI_HETU", hetu_text(v, st)))


@tpl("fi", 11, "CHAT_HETU")
def fi_chat_hetu():
    p = person("fi")
    return T(pickc("fi_chat_hetu", ["moi, hetu on {h}, voitteko tarkistaa miks lasku tuli väärälle nimelle",
                   "Henkilötunnus: {h} 🙏🏻 kiitos",
                   "Hei, en pääse kirjautumaan sovellukseen, se sanoo että henkilötunnus {h} on jo käytössä. Mitä teen?",
                   "hetu {h}\nnimi {n}\nsoitatteko takas?",
                   "laitoin hetun jo sähköpostilla mutta tässä vielä: {h}"]),
             h=HETU(p), n=NM(p, tf="lower"))


@tpl("fi", 10, "MAIL_HETU")
def fi_mail_hetu():
    p, a = person("fi"), person("fi")
    k = cyc("fi_mail_hetu", 3)
    if k == 0:
        return T("Hei,\n\nliittymän siirtoa varten: henkilötunnukseni on {h} ja uusi osoitteeni {ad}.\n\nTerveisin\n{n}",
                 h=HETU(p, style="plain"), ad=AD("FI"), n=NM(p))
    if k == 1:
        return T("Hyvä {an},\n\nkuten puhelimessa sovittiin, lähetän henkilötunnukseni {h} luottotietojen tarkistusta varten.\n\n"
                 "Ystävällisin terveisin\n{n}\nLähetetty iPhonesta", an=NM(a, "f"), h=HETU(p, style="plain"), n=NM(p))
    return T("Moi,\nlasku {inv} on tehty väärälle henkilötunnukselle. Oikea on {h} ({n}). Korjaatteko?\nt. {f}",
             inv=INVOICE("fi"), h=HETU(p), n=NM(p), f=NM(p, "f"))


@tpl("fi", 8, "WEBFORM")
def fi_form():
    p = person("fi")
    return T("Etunimi: {f}\nSukunimi: {l}\nHenkilötunnus: {h}\nPuhelin: {ph}\nSähköposti: {e}\nOsoite: {a}\nViesti: {m}",
             f=NM(p, "f"), l=NM(p, "l"), h=HETU(p, style="plain"), ph=PH("FI", pick(["local", "compact"]), "mob"),
             e=EM(p), a=AD("FI"), m=pick(["haluan vaihtaa liittymätyyppiä", "paketti ei tullut automaattiin",
                                          "palautuspyyntö", "en pääse kirjautumaan"]))


@tpl("fi", 5, "FAMILY")
def fi_family():
    q = person("fi")
    k = cyc("fi_family", 3)
    if k == 0:
        return T("Lisätkää liittymään myös {rel} {n}, henkilötunnus {h}.",
                 rel="tyttäreni" if q.female else "poikani", n=NM(q, "f"), h=HETU(q))
    if k == 1:
        return T("{g} henkilötunnus on {h}, hän on alaikäinen joten minä hoidan asian.",
                 g=NM(q, "fl", "gen"), h=HETU(q, sign=pick(SIGNS_2000)))
    return T("Soitan äitini puolesta. Äidin nimi on {n} ja hetu {h}.", n=NM(person("fi", "f")), h=HETU(None))


@tpl("fi", 4, "NEW_SIGNS")
def fi_new_signs():
    sign = pickc("fi_new_signs_sign", ["F", "W", "E", "U", "D", "C", "V", "B", "X", "Y"])
    return T(pickc("fi_new_signs", ["Lapsen hetussa on {s} välimerkkinä, eikä lomakkeenne hyväksy sitä: {h}",
                   "uusi välimerkki hetussa: {h} – ei mene läpi teidän sivuilla",
                   "Henkilötunnuksessani on {s} eikä viiva, {h}. Järjestelmänne väittää sitä virheelliseksi, vaikka se on oikea."]),
             s=sign, h=HETU(None, style="plain", sign=sign))


@tpl("fi", 3, "COMPANY_VS_PERSON")
def fi_company():
    return T(pickc("fi_company", ["Minulla on toiminimi (Y-tunnus {y}), mutta liittymä on henkilöasiakkaana, hetu {h}.",
                   "laskutus Y-tunnukselle {y}, ei hetulle {h}!",
                   "Y-tunnus {y} kuuluu firmalle, henkilötunnukseni on {h}. Kumpi laitetaan sopimukseen?"]),
             y=ytunnus(), h=HETU(None))


@tpl("fi", 4, "CHAT_HETU_PHONE")
def fi_chat_hetu_phone():
    p = person("fi")
    return T(pickc("fi_chat_hetu_phone", ["moi oon {n}, hetu {h}, numero {ph}. soitatteko {t} jälkeen?",
                   "{n} {h} {ph}\nnää tiedot numeron siirtoon",
                   "Hei, numeronsiirtoa varten: hetu {h}, siirrettävä numero {ph}."]),
             n=NM(p, tf=pick([None, "lower"])), h=HETU(p), ph=PH("FI", "any", "mob"), t=TIME("fi"))


@tpl("fi", 4, "CALL_CARD")
def fi_call_card():
    d = gen_card()
    return T(pickc("fi_call_card", ["Asiakaspalvelija: Kortin numero?\nAsiakas: {s}.\nAsiakaspalvelija: Toistan: {rb}, voimassa {e}.",
                   "Asiakas: Se on semmonen Revolutin kortti... {s}. Voimassa {e}.\nAsiakaspalvelija: Kiitos, laitan teidät hetkeksi pitoon turvakoodia varten."]),
             s=E("CARD", card_text(d, pick(["said", "mixed"]), "fi")), rb=E("CARD", card_text(d, "space", "fi")), e=EXP())


@tpl("fi", 3, "CHAT_CARD")
def fi_chat_card():
    return T(pickc("fi_chat_card", ["veloititte kahdesti {p} kortilta {c} 😡 rahat takas",
                   "maksoin kortilla {c} mutta tilaus {o} näkyy maksamattomana",
                   "kortti {c} vanhentui, miten vaihdan sen sovellukseen?"]),
             p=PRICE("fi"), c=CARD("fi"), o=ORDER("fi"))


@tpl("fi", 1, "MAIL_CARD")
def fi_mail_card():
    p = person("fi")
    return T("Hei,\n\npyydän perumaan tilauksen ja palauttamaan kortilta {c} veloitetut {pr} ({d}).\n\nTerveisin\n{n}",
             c=CARD("fi", "space"), pr=PRICE("fi"), d=DATE("fi"), n=NM(p))


@tpl("fi", 2, "CARD_INVALID")
def fi_card_invalid():
    return T(pickc("fi_card_invalid", ["Kassalla lukee ”virheellinen kortin numero” kun syötän {b}. Mitä teen väärin?",
                   "kortti {b} ei mee läpi, kirjotin sen 3 kertaa. {n}"]),
             b=CARD_BAD("fi"), n=NM(person("fi"), tf="lower"))


@tpl("fi", 2, "CALL_IBAN")
def fi_call_iban():
    v = gen_iban("FI")
    return T("Asiakaspalvelija: Mille tilille palautus tehdään?\nAsiakas: {s}.\nAsiakaspalvelija: {rb}. Tilin omistaja?\nAsiakas: {n}.",
             s=E("IBAN", iban_text(v, "said", "fi")), rb=E("IBAN", iban_text(v, "group", "fi")), n=NM(person("fi")))


@tpl("fi", 7, "IBAN")
def fi_iban():
    p = person("fi")
    cc = pick(["FI", "FI", "FI", "FI", "SE", "EE", "LT"])
    i, bad = IBAN_PAIR(cc, "fi")
    return T(pickc("fi_iban", [
                   "Palautus tilille {i}, saaja {n}.",
                   "tilinro {i} ({b}), {n}",
                   "Maksoin omalta tililtäni {i} viitteellä {v}, mutta sain silti muistutuksen. Tilin omistaja {n}.",
                   "sori, edellisessä viestissä oli väärä tilinumero ({bad}), oikea on {i}",
                   "Moi, palautuksen voi tehdä {g} tilille {i}. Kiitti!"]),
             i=i, bad=bad, n=NM(p), b="Revolut" if cc == "LT" else pick(["OP", "Nordea", "S-Pankki", "Danske"]), v=fi_viite(),
             g=NM(p, "fl", "gen"))


@tpl("fi", 2, "IBAN_INVALID")
def fi_iban_invalid():
    return T(pickc("fi_iban_invalid", ["Pankki sanoo, että tilinumero {b} on virheellinen. Voitteko lähettää sen uudestaan?",
                   "siirto ei mee tilille {b}, puuttuuko joku numero? {n}"]),
             b=IBAN_BAD("FI", "fi"), n=NM(person("fi"), tf="lower"))


@tpl("fi", 3, "CHAT_PHONE")
def fi_chat_phone():
    return T(pickc("fi_chat_phone", ["soittakaa numeroon {ph} klo {t} jälkeen",
                   "MobilePay-numeroni on {ph}, voiko palautuksen tehdä sinne?",
                   "mun numero on {ph}, laita viesti kun kuski on tulossa",
                   "Lankapuhelin {ph2}, kännykkä {ph}."]),
             ph=PH("FI", "any", "mob"), t=TIME("fi"), ph2=PH("FI", "local", "land"))


@tpl("fi", 3, "CALL_PHONE")
def fi_call_phone():
    return T(pickc("fi_call_phone", ["Asiakaspalvelija: Mihin numeroon voimme soittaa?\nAsiakas: {ph}.",
                   "Asiakas: Soittakaa kännykkään, {ph}. Tai töihin, {ph2}.",
                   "Asiakas: Numero on {ph}... eiku, se on vanha, {ph3}."]),
             ph=phone_said("FI", "fi", kind="mob"), ph2=phone_said("FI", "fi", kind="land"),
             ph3=phone_said("FI", "fi", kind="mob"))


@tpl("fi", 1, "CALL_EMAIL_SPOKEN")
def fi_call_email():
    p = person("fi")
    return T("Asiakaspalvelija: Entä sähköposti?\nAsiakas: {es}. Kaikki pienellä.", es=email_said(p, "fi"))


@tpl("fi", 1, "CALL_NAME_SPELL")
def fi_call_spell():
    p = person("fi")
    return T("Asiakaspalvelija: Sukunimi?\nAsiakas: {l}, {sp}.\nAsiakaspalvelija: Entä etunimi?\nAsiakas: {f}.",
             l=NM(p, "l"), sp=E("PERSON", spelled(p.last["nom"], "fi")), f=NM(p, "f"))


@tpl("fi", 6, "NAMES")
def fi_names():
    p = person("fi")
    k = cyc("fi_names", 6)
    if k == 0:
        return T("Soitin eilen {n} ja hän lupasi, että joku soittaa takaisin. Vieläkin odotan.", n=NM(p, "f", "all"))
    if k == 1:
        return T("Paketti jätettiin naapurille, {n}, vaikka olin kotona.", n=NM(p, pick(["l", "fl"]), "all"))
    if k == 2:
        return T("Sain tekstiviestin {n} kuljetusfirmasta, mutta numero ei vastaa.", n=NM(p, "f", "abl"))
    if k == 3:
        return T("Pyysin {n} soittamaan takaisin, mutta kukaan ei soittanut.", n=NM(p, "f", "part"))
    if k == 4:
        return T("Tilaus on {n} nimellä, minä vain maksoin sen.", n=NM(p, "fl", "gen"))
    return T("Vanhat laskut ovat vielä {n}, vaikka muutimme erilleen jo {d}.", n=NM(p, "fl", "ade"), d=DATE("fi"))


@tpl("fi", 2, "MAIL_THREAD")
def fi_mail_thread():
    p, a = person("fi"), person("fi")
    return T("Ei vieläkään vastausta.\n\n{wd} {d} klo {t} {n} <{e}> kirjoitti:\n> Hei {an},\n> tilaus {o} ei ole tullut.\n> t. {f}",
             wd=pick(["Ma", "Ti", "Ke", "To", "Pe"]), d=D("DATE", "%d.%d.2026" % (R.randint(1, 28), R.randint(1, 12))),
             t=D("TIME", "%d.%02d" % (R.randint(8, 20), R.randint(0, 59))), n=NM(p), e=EM(p), an=NM(a, "f"),
             o=ORDER("fi"), f=NM(p, "f"))


@tpl("fi", 3, "ADDRESS")
def fi_address():
    return T(pickc("fi_address", ["Uusi toimitusosoite: {a}",
                   "lähettäkää {a}, asun nyt siellä",
                   "Osoite on {a}, ovikoodi kerrotaan tekstarilla.",
                   "Toimitus työpaikalle: {a}"]),
             a=AD("FI", pick(["full", "chat", "multi", "full"])))


@tpl("fi", 5, "ID_INVALID")
def fi_id_invalid():
    k = cyc("fi_id_invalid", 5)
    if k == 0:
        return T("Henkilötunnus {b} ei kelpaa lomakkeelle, vaikka se on suoraan Kela-kortista.", b=HETU_BAD())
    if k == 1:
        return T("Syötin hetun {b} ja tulee virhe. {n}", b=HETU_BAD(), n=NM(person("fi")))
    if k == 2:
        return T("onks {b} oikein? tarkistusmerkki kuulemma väärä", b=HETU_BAD(style="lower"))
    if k == 3:
        p = person("fi")
        return T("Hei, olen {n}. Sivustonne sanoo, että henkilötunnus {b} on virheellinen, vaikka kirjoitin sen passista.",
                 n=NM(p), b=HETU_BAD(p))
    return T("hetu {b} ei kelpaa 🤷🏼‍♂️ t. {n}", b=HETU_BAD(), n=NM(person("fi"), "f"))


@tpl("fi", 2, "SMS")
def fi_sms():
    return T(pickc("fi_sms", ["Posti: Lähetyksesi {tr} on noudettavissa {d} asti. Noutokoodi {c}.",
                   "Moi, {n} Matkahuollosta, oon osoitteessa {a} mutta kukaan ei avaa. Soita {ph}"]),
             tr=TRACK("fi"), d=DATE("fi"), c=D("BOOKING_NUMBER", "%06d" % R.randint(100000, 999999)),
             n=NM(person("fi", "m"), "f"), a=AD("FI"), ph=PH("FI", "compact", "mob"))


@tpl("fi", 6, "NEG")
def fi_neg():
    forms = ["Tuuli kaatoi postilaatikon, joten paketti {tr} kastui. Saanko uuden?",
             "Lumi esti jakelun {d}, tuleeko paketti tänään klo {t} mennessä? Tilaus {o}, {q}.",
             "Onneksi tilaus tuli lopulta, summa {p} täsmää. Maksoin laskun {inv} viitenumerolla {v}.",
             "RF-viite {rf}, summa {p}. Mittarilukema {m} kWh, laskussa {m2}.",
             "Lento {f} peruttiin, varaustunnus {b}. Mitä korvauksia saan?",
             "Satu-kirja ({pc}) puuttui paketista. Toimitatteko postinumeroon {pc2}? Sovelluksen versio {vv} ei näytä vaihtoehtoja."]
    return T(pickc("fi_neg", forms), tr=TRACK("fi"), d=DATE("fi"), t=TIME("fi"), o=ORDER("fi"), p=PRICE("fi"),
             pc=PROD("fi"), q=QTY("fi"), inv=INVOICE("fi"), v=fi_viite(), rf=rf_ref(), f=FLIGHT("fi"), b=BOOK(),
             m=METER("fi"), m2=METER("fi"), pc2=POSTCODE("FI"), vv=VER())


@tpl("fi", 4, "MULTI")
def fi_multi():
    p = person("fi")
    k = cyc("fi_multi", 3)
    if k == 0:
        return T("Ystävällisin terveisin\n\n{n}\nToimitusjohtaja\n{a}\npuh. {ph}\n{e}",
                 n=NM(p), a=AD("FI"), ph=PH("FI", "any", "mob"), e=EM(p))
    if k == 1:
        return T("moi oon {n}, tilasin {d} kortilla {c} eikä oo vieläkään tullu mitään. osoite {a}, puh {ph}",
                 n=NM(p, tf="lower"), d=DATE("fi"), c=CARD("fi", "plain"), a=AD("FI", "chat"), ph=PH("FI", "compact", "mob"))
    return T("Palautustiedot:\nNimi: {n}\nHenkilötunnus: {h}\nTilinumero: {i}\nSähköposti: {e}",
             n=NM(p), h=HETU(p, style="plain"), i=IBAN("FI", "fi"), e=EM(p))


@tpl("fi", 2, "CRM_NOTE")
def fi_crm():
    return T(pickc("fi_crm", ["Asiakas {n} soitti vikailmoituksesta ({d}). Takaisinsoitto numeroon {ph}. /{a}",
                   "Huom: {l} pyytää hyvitystä laskusta {inv}. Siirretty laskutukseen."]),
             n=NM(person("fi")), d=DATE("fi"), ph=PH("FI", "compact", "mob"), a=NM(person("fi"), "f"),
             l=NM(person("fi"), "fl"), inv=INVOICE("fi"))


@tpl("fi", 1, "REVIEW")
def fi_review():
    return T(pickc("fi_review", ["★★★★★ {n} asiakaspalvelusta hoiti asian viidessä minuutissa!",
                   "Yksi tähti. Sovelluksen versio {v} ei aukea ollenkaan."]),
             n=NM(person("fi"), "f"), v=VER())


# ============================================================================
# main
# ============================================================================

def tricky_ok(text):
    """A tricky negative must not contain a digit run that passes an id check."""
    runs = re.findall(r"\d+", text)
    if re.fullmatch(r"[\d .\-/]+", text):
        runs.append(re.sub(r"\D", "", text))
    return not any(digits_pass_any(r) for r in runs)


LANGS = ["en", "it", "el", "ro", "fi"]


def main():
    out = []
    for lang in LANGS:
        cases = []
        for fn, n, cat in TEMPLATES[lang]:
            for _ in range(n):
                while True:
                    parts = fn()
                    text, ents, dists = build(parts)
                    if all(tricky_ok(text.encode("utf-8")[d["start"]:d["end"]].decode("utf-8"))
                           for d in dists if d["why"] == "tricky negative"):
                        break
                cases.append({"lang": lang, "text": text, "entities": ents, "distractors": dists,
                              "category": cat + ("" if ents else "_NEG" if not cat.startswith("NEG") and not cat.endswith("INVALID") else "")})
        if len(cases) != N_PER_LANG:
            raise SystemExit("%s: %d cases, expected %d" % (lang, len(cases), N_PER_LANG))
        R.shuffle(cases)
        for i, c in enumerate(cases, 1):
            out.append(dict([("id", "%s-w%03d" % (lang, i))] + list(c.items())))
    path = os.path.join(HERE, "cases.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s" % (len(out), path))


if __name__ == "__main__":
    main()
