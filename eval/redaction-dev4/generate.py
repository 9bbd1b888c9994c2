#!/usr/bin/env python3
"""Generate the fourth independent redaction test set (cases.jsonl).

Python 3 standard library only.  Fixed seed, so the output is byte for byte
the same on every run:

    python3 eval/redaction-dev4/generate.py

Written from the public specifications of each identifier; it shares no code
with the recognisers or with the earlier test sets.
"""
import datetime
import json
import os
import random
import re

SEED = 40404
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases.jsonl")
LANGS = ["en", "it", "el", "ro", "fi"]
CASES_PER_LANG = 120
ID_CASES, PHONE_CASES, OTHER_CASES, NEG_CASES = 54, 35, 13, 18

rng = random.Random(SEED)


def rdig(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def pick(seq):
    return seq[rng.randrange(len(seq))]


# --------------------------------------------------------------------------
# Check-digit algorithms (public specifications)
# --------------------------------------------------------------------------

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


def luhn_digit(payload):
    for c in "0123456789":
        if luhn_ok(payload + c):
            return c
    raise AssertionError


def afm_digit(d8):
    return str(sum(int(d8[i]) * 2 ** (8 - i) for i in range(8)) % 11 % 10)


def afm_ok(s):
    return len(s) == 9 and s.isdigit() and afm_digit(s[:8]) == s[8]


CNP_W = "279146358279"


def cnp_digit(d12):
    r = sum(int(a) * int(b) for a, b in zip(d12, CNP_W)) % 11
    return "1" if r == 10 else str(r)


def date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def ddmmyy_ok(d6):
    dd, mm, yy = int(d6[:2]), int(d6[2:4]), int(d6[4:6])
    return date_ok(1900 + yy, mm, dd) or date_ok(2000 + yy, mm, dd)


def amka_ok(s):
    return len(s) == 11 and s.isdigit() and ddmmyy_ok(s[:6]) and luhn_ok(s)


def piva_ok(s):
    if len(s) != 11 or not s.isdigit():
        return False
    office = int(s[7:10])
    return (1 <= office <= 100 or office in (120, 121)) and luhn_ok(s)


CNP_COUNTIES = list(range(1, 47)) + [51, 52]


def cnp_ok(s):
    if len(s) != 13 or not s.isdigit() or s[0] == "0":
        return False
    cent = {"1": [1900], "2": [1900], "3": [1800], "4": [1800], "5": [2000],
            "6": [2000], "7": [1900, 2000], "8": [1900, 2000], "9": [1900, 2000]}[s[0]]
    yy, mm, dd = int(s[1:3]), int(s[3:5]), int(s[5:7])
    if not any(date_ok(c + yy, mm, dd) for c in cent):
        return False
    if int(s[7:9]) not in CNP_COUNTIES or s[9:12] == "000":
        return False
    return cnp_digit(s[:12]) == s[12]


def digit_checks(s):
    """Names of every id check that the digit string s passes."""
    n, res = len(s), []
    if n == 9 and afm_ok(s):
        res.append("GR_AFM")
    if n == 11:
        if luhn_ok(s):
            res.append("LUHN11")
        if amka_ok(s):
            res.append("GR_AMKA")
        if piva_ok(s):
            res.append("IT_PARTITA_IVA")
    if n == 13 and cnp_ok(s):
        res.append("RO_CNP")
    if 12 <= n <= 19 and luhn_ok(s):
        res.append("CARD")
    return res


def clean_digits(s):
    """True if the digit string, and every digit run inside it, passes no id check."""
    runs = re.findall(r"\d+", s)
    for r in runs + ["".join(runs)]:
        if digit_checks(r):
            return False
    return True


HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
HETU_SIGNS = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900,
              "U": 1900, "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}


def hetu_char(d6, nnn):
    return HETU_CHARS[int(d6 + nnn) % 31]


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                   1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
                   16, 10, 22, 25, 24, 23]))
CF_EVEN = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
CF_MONTHS = "ABCDEHLMPRST"
CF_OMO = "LMNPQRSTUV"
CF_OMO_POS = [14, 13, 12, 10, 9, 7, 6]


def cf_char(s):
    return chr(65 + sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c] for i, c in enumerate(s)) % 26)


def iban_digits(cc, bban):
    n = int("".join(str(int(ch, 36)) for ch in (bban + cc + "00").upper()))
    return "%02d" % (98 - n % 97)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def es_dc(ten):
    d = 11 - sum(int(a) * b for a, b in zip(ten, ES_W)) % 11
    return {11: "0", 10: "1"}.get(d, str(d))


# Known published examples, to make sure the algorithms are right.
assert cf_char("RSSMRA85T10A562") == "S"
assert cf_char("0542811101000000123456") == "X"  # Italian CIN of the standard example
for _ex in ["IT60X0542811101000000123456", "GB29NWBK60161331926819", "DE89370400440532013000",
            "FR1420041010050500013M02606", "ES9121000418450200051332", "NL91ABNA0417164300",
            "BE68539007547034", "AT611904300234573201", "PT50000201231234567890154",
            "FI2112345600000785", "GR1601101250000000012300695", "RO49AAAA1B31007593840000"]:
    assert iban_ok(_ex), _ex
assert es_dc("0021000418") + es_dc("0200051332") == "45"
assert int("5390075470") % 97 == 34
assert luhn_ok("12345600000785")
assert "%02d" % (98 - int("0002012312345678901") * 100 % 97) == "54"
assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
assert cnp_digit("196031240090") in "0123456789"
assert hetu_char("131052", "308") == "T"

# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------

NAMES = {
    "en": {"m": ["James", "Oliver", "Daniel", "Thomas", "Samuel", "Ryan", "Jack", "Harry", "Michael", "David"],
           "f": ["Emma", "Sophie", "Hannah", "Chloe", "Priya", "Laura", "Megan", "Aisha", "Rachel", "Charlotte"],
           "last": ["Patel", "Thompson", "O'Brien", "Walker", "Hughes", "Clarke", "Evans", "Robinson",
                    "Wright", "Khan", "Murphy", "Bennett", "Fletcher", "Harrison", "Campbell", "Lewis"]},
    "it": {"m": ["Marco", "Alessandro", "Luca", "Matteo", "Davide", "Giorgio", "Stefano", "Paolo", "Francesco", "Andrea"],
           "f": ["Giulia", "Francesca", "Chiara", "Sara", "Elena", "Valentina", "Federica", "Martina", "Alessia", "Silvia"],
           "last": ["Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
                    "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
                    "D'Angelo", "Ferrara"]},
    "ro": {"m": ["Andrei", "Mihai", "Alexandru", "Ionuț", "Cristian", "Bogdan", "Vlad", "Ștefan", "Radu", "Florin"],
           "f": ["Ioana", "Maria", "Elena", "Andreea", "Alexandra", "Cristina", "Diana", "Mădălina", "Roxana", "Bianca"],
           "last": ["Popescu", "Ionescu", "Popa", "Dumitrescu", "Stan", "Stoica", "Gheorghe", "Rusu", "Munteanu",
                    "Matei", "Constantin", "Lungu", "Mocanu", "Țăranu", "Bălan", "Nistor"]},
    "fi": {"m": ["Matti", "Juha", "Mikko", "Antti", "Jukka", "Ville", "Janne", "Lauri", "Eero", "Tuomas"],
           "f": ["Anna", "Laura", "Sanna", "Tiina", "Johanna", "Elina", "Aino", "Kaisa", "Heidi", "Minna"],
           "last": ["Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
                    "Järvinen", "Lehtonen", "Saarinen", "Salminen", "Lehtinen", "Tuominen"]},
}
# Greek: nominative, accusative, vocative, genitive, Latin transliteration
GR_FIRST_M = [("Γιώργος", "Γιώργο", "Γιώργο", "Γιώργου", "Giorgos"),
              ("Δημήτρης", "Δημήτρη", "Δημήτρη", "Δημήτρη", "Dimitris"),
              ("Νίκος", "Νίκο", "Νίκο", "Νίκου", "Nikos"),
              ("Κώστας", "Κώστα", "Κώστα", "Κώστα", "Kostas"),
              ("Γιάννης", "Γιάννη", "Γιάννη", "Γιάννη", "Giannis"),
              ("Παναγιώτης", "Παναγιώτη", "Παναγιώτη", "Παναγιώτη", "Panagiotis"),
              ("Χρήστος", "Χρήστο", "Χρήστο", "Χρήστου", "Christos"),
              ("Αλέξανδρος", "Αλέξανδρο", "Αλέξανδρε", "Αλέξανδρου", "Alexandros"),
              ("Μιχάλης", "Μιχάλη", "Μιχάλη", "Μιχάλη", "Michalis")]
GR_FIRST_F = [("Μαρία", "Μαρία", "Μαρία", "Μαρίας", "Maria"),
              ("Ελένη", "Ελένη", "Ελένη", "Ελένης", "Eleni"),
              ("Κατερίνα", "Κατερίνα", "Κατερίνα", "Κατερίνας", "Katerina"),
              ("Σοφία", "Σοφία", "Σοφία", "Σοφίας", "Sofia"),
              ("Δέσποινα", "Δέσποινα", "Δέσποινα", "Δέσποινας", "Despoina"),
              ("Αναστασία", "Αναστασία", "Αναστασία", "Αναστασίας", "Anastasia"),
              ("Γεωργία", "Γεωργία", "Γεωργία", "Γεωργίας", "Georgia"),
              ("Χριστίνα", "Χριστίνα", "Χριστίνα", "Χριστίνας", "Christina"),
              ("Ειρήνη", "Ειρήνη", "Ειρήνη", "Ειρήνης", "Eirini")]
# male forms (nom, acc, voc, gen, latin), female form (invariant, latin)
GR_LAST = [(("Παπαδόπουλος", "Παπαδόπουλο", "Παπαδόπουλε", "Παπαδόπουλου", "Papadopoulos"), ("Παπαδοπούλου", "Papadopoulou")),
           (("Γεωργίου",) * 4 + ("Georgiou",), ("Γεωργίου", "Georgiou")),
           (("Νικολάου",) * 4 + ("Nikolaou",), ("Νικολάου", "Nikolaou")),
           (("Παπαδάκης", "Παπαδάκη", "Παπαδάκη", "Παπαδάκη", "Papadakis"), ("Παπαδάκη", "Papadaki")),
           (("Οικονόμου",) * 4 + ("Oikonomou",), ("Οικονόμου", "Oikonomou")),
           (("Καραγιάννης", "Καραγιάννη", "Καραγιάννη", "Καραγιάννη", "Karagiannis"), ("Καραγιάννη", "Karagianni")),
           (("Βλάχος", "Βλάχο", "Βλάχε", "Βλάχου", "Vlachos"), ("Βλάχου", "Vlachou")),
           (("Αντωνίου",) * 4 + ("Antoniou",), ("Αντωνίου", "Antoniou")),
           (("Μακρής", "Μακρή", "Μακρή", "Μακρή", "Makris"), ("Μακρή", "Makri")),
           (("Ιωάννου",) * 4 + ("Ioannou",), ("Ιωάννου", "Ioannou")),
           (("Κωνσταντινίδης", "Κωνσταντινίδη", "Κωνσταντινίδη", "Κωνσταντινίδη", "Konstantinidis"), ("Κωνσταντινίδου", "Konstantinidou")),
           (("Λαμπράκης", "Λαμπράκη", "Λαμπράκη", "Λαμπράκη", "Lamprakis"), ("Λαμπράκη", "Lampraki"))]

ASCII_MAP = str.maketrans({"ș": "s", "ş": "s", "ț": "t", "ţ": "t", "ă": "a", "â": "a", "î": "i", "ä": "a",
                           "ö": "o", "å": "a", "Ș": "S", "Ț": "T", "Ă": "A", "Â": "A", "Î": "I",
                           "Ä": "A", "Ö": "O"})


def asciify(s):
    return s.translate(ASCII_MAP)


def make_birth(min_year=1950, max_year=2006):
    while True:
        y = rng.randint(min_year, max_year)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)
        return datetime.date(y, m, d)


def make_person(nat, text_lang):
    g = pick(["m", "f"])
    p = {"gender": g, "nat": nat, "birth": make_birth()}
    if nat == "el":
        f = pick(GR_FIRST_M if g == "m" else GR_FIRST_F)
        lm, lf = pick(GR_LAST)
        if text_lang == "el":
            if g == "m":
                p["forms"] = {c: (f[i], lm[i]) for i, c in enumerate(["nom", "acc", "voc", "gen"])}
            else:
                p["forms"] = {c: (f[i], lf[0]) for i, c in enumerate(["nom", "acc", "voc", "gen"])}
        else:
            lat = (f[4], lm[4] if g == "m" else lf[1])
            p["forms"] = {c: lat for c in ["nom", "acc", "voc", "gen"]}
        p["latin"] = (f[4], lm[4] if g == "m" else lf[1])
    else:
        first = pick(NAMES[nat][g])
        last = pick(NAMES[nat]["last"])
        p["forms"] = {c: (first, last) for c in ["nom", "acc", "voc", "gen"]}
        p["latin"] = (asciify(first), asciify(last))
    return p


# --------------------------------------------------------------------------
# Identifier generators
# --------------------------------------------------------------------------

def fmt_card(num):
    r = rng.random()
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    if r < 0.5:
        return " ".join(g)
    if r < 0.72:
        return "-".join(g)
    return num


def card_number():
    r = rng.random()
    if r < 0.45:
        payload = "4" + rdig(14)
    elif r < 0.70:
        payload = "5" + str(rng.randint(1, 5)) + rdig(13)
    elif r < 0.85:
        payload = str(rng.randint(2221, 2720)) + rdig(11)
    else:
        payload = pick(["34", "37"]) + rdig(12)
    return payload + luhn_digit(payload)


def gen_card(ctx):
    return fmt_card(card_number())


def gen_x_card(ctx):
    while True:
        num = card_number()
        i = rng.randrange(1, len(num))
        bad = num[:i] + str((int(num[i]) + rng.randint(1, 9)) % 10) + num[i + 1:]
        if not digit_checks(bad):
            return fmt_card(bad)


IT_ABI = ["03069", "02008", "05034", "01030", "05387", "03111", "06230", "03015"]
GR_BANKS = ["011", "017", "026", "014"]
RO_BANKS = ["BTRL", "RNCB", "BRDE", "INGB", "RZBR", "BACX", "CECE"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]
DE_BLZ = ["10010010", "37040044", "50010517", "20041133", "70150000", "43060967"]
NL_BANKS = ["ABNA", "INGB", "RABO", "TRIO"]
AT_BLZ = ["20111", "12000", "14000", "32000", "38000"]
FI_PREFIX = ["123", "157", "500", "570", "800", "393", "405", "470", "312"]
ES_BANKS = ["2100", "0049", "0182", "0081", "2085"]
PT_BANKS = ["0035", "0033", "0007", "0010", "0018"]
FR_BANKS = ["30004", "30003", "20041", "10278", "30002"]
BE_BANKS = ["001", "068", "310", "363", "539", "735"]


def bban(cc):
    if cc == "IT":
        body = pick(IT_ABI) + rdig(5) + pick(["0000", "1000", "0100"]) + rdig(8)
        return cf_char_cin(body) + body
    if cc == "GR":
        return pick(GR_BANKS) + rdig(4) + "0000" + rdig(12)
    if cc == "RO":
        b = pick(RO_BANKS)
        return b + ("RONCRT0" + rdig(9) if b == "BTRL" else rdig(16))
    if cc == "FI":
        p = pick(FI_PREFIX) + rdig(10)
        return p + luhn_digit(p)
    if cc == "GB":
        return pick(GB_BANKS) + rdig(6) + rdig(8)
    if cc == "DE":
        return pick(DE_BLZ) + rdig(10)
    if cc == "FR":
        b, g, c = pick(FR_BANKS), rdig(5), rdig(11)
        key = 97 - (89 * int(b) + 15 * int(g) + 3 * int(c)) % 97
        return b + g + c + "%02d" % key
    if cc == "ES":
        b, o, c = pick(ES_BANKS), rdig(4), rdig(10)
        return b + o + es_dc("00" + b + o) + es_dc(c) + c
    if cc == "NL":
        while True:
            a = rdig(9)
            d = (-sum(int(x) * (10 - i) for i, x in enumerate(a))) % 11
            if d < 10:
                return pick(NL_BANKS) + a + str(d)
    if cc == "BE":
        a = pick(BE_BANKS) + rdig(7)
        k = int(a) % 97
        return a + "%02d" % (k if k else 97)
    if cc == "AT":
        return pick(AT_BLZ) + rdig(11)
    if cc == "PT":
        a = pick(PT_BANKS) + rdig(4) + rdig(11)
        return a + "%02d" % (98 - int(a) * 100 % 97)
    raise ValueError(cc)


def cf_char_cin(body22):
    return cf_char(body22)


IBAN_LEN = {"IT": 27, "GR": 27, "RO": 24, "FI": 18, "GB": 22, "DE": 22, "FR": 27, "ES": 24,
            "NL": 18, "BE": 16, "AT": 20, "PT": 25}
OTHER_IBAN = ["DE", "FR", "ES", "NL", "BE", "AT", "PT", "GB", "IT", "GR", "RO", "FI"]
LANG_CC = {"en": "GB", "it": "IT", "el": "GR", "ro": "RO", "fi": "FI"}


def fmt_iban(iban):
    r = rng.random()
    if r < 0.55:
        s = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    else:
        s = iban
    if rng.random() < 0.12:
        s = s.lower()
    return s


def iban_compact(ctx, cc=None):
    if cc is None:
        r = rng.random()
        if r < 0.45:
            cc = LANG_CC[ctx["p1"]["nat"]]
        elif r < 0.7:
            cc = LANG_CC[ctx["lang"]]
        else:
            cc = OTHER_IBAN[ctx["iban_rot"][0] % len(OTHER_IBAN)]
            ctx["iban_rot"][0] += 1
    b = bban(cc)
    iban = cc + iban_digits(cc, b) + b
    assert len(iban) == IBAN_LEN[cc] and iban_ok(iban), iban
    return iban


def gen_iban(ctx, mod=None):
    return fmt_iban(iban_compact(ctx, mod.upper() if mod else None))


def gen_x_iban(ctx, mod=None):
    while True:
        iban = iban_compact(ctx, mod.upper() if mod else None)
        pos = [i for i in range(4, len(iban)) if iban[i].isdigit()]
        i = pick(pos)
        bad = iban[:i] + str((int(iban[i]) + rng.randint(1, 9)) % 10) + iban[i + 1:]
        if not iban_ok(bad):
            return fmt_iban(bad)


# Italian codice fiscale
BELFIORE_IT = ["F205", "H501", "L219", "D612", "A944", "F839", "D969", "G224", "A662", "L736", "L781", "B157", "G273", "C351"]
BELFIORE_FOREIGN = {"el": "Z115", "ro": "Z129", "fi": "Z109", "en": "Z114"}


def cf_part(s, first):
    s = re.sub(r"[^A-Z]", "", asciify(s).upper())
    cons = [c for c in s if c not in "AEIOU"]
    vows = [c for c in s if c in "AEIOU"]
    if first and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vows) + "XXX")[:3]


def cf_value(p, omo=None):
    first, last = p["latin"]
    b = p["birth"]
    day = b.day + (40 if p["gender"] == "f" else 0)
    place = pick(BELFIORE_IT) if p["nat"] == "it" or rng.random() < 0.3 else BELFIORE_FOREIGN[p["nat"]]
    body = cf_part(last, False) + cf_part(first, True) + "%02d" % (b.year % 100) + CF_MONTHS[b.month - 1] + "%02d" % day + place
    if omo is None:
        omo = pick([1, 1, 2, 3]) if rng.random() < 0.18 else 0
    body = list(body)
    for pos in CF_OMO_POS[:omo]:
        body[pos] = CF_OMO[int(body[pos])]
    body = "".join(body)
    return body + cf_char(body)


def gen_cf(ctx):
    v = cf_value(ctx["p1"])
    return v.lower() if rng.random() < 0.15 else v


def gen_x_cf(ctx):
    while True:
        v = cf_value(make_person(pick(["it", "it", "ro", "el"]), "it"), omo=0)
        if rng.random() < 0.5:
            bad = v[:15] + pick([c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c != v[15]])
        else:
            i = pick([6, 7])  # a year digit: the date stays plausible
            bad = v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1:]
        if cf_char(bad[:15]) != bad[15]:
            return bad.lower() if rng.random() < 0.1 else bad


# Partita IVA
def piva_offices():
    return rng.choice(list(range(1, 101)) + [120, 121])


def piva_value():
    while True:
        payload = rdig(7) + "%03d" % piva_offices()
        v = payload + luhn_digit(payload)
        assert piva_ok(v)
        if not ddmmyy_ok(v[:6]):
            return v


def fmt_piva(v):
    return ("IT" + v) if rng.random() < 0.25 else v


def gen_piva(ctx):
    return fmt_piva(piva_value())


def gen_x_piva(ctx):
    while True:
        v = piva_value()
        i = rng.randrange(0, 7)
        bad = v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1:]
        if not digit_checks(bad):
            return fmt_piva(bad)


# Greek AMKA and AFM
def fmt_amka(v):
    r = rng.random()
    if r < 0.6:
        return v
    if r < 0.85:
        return v[:6] + " " + v[6:]
    return v[:6] + "-" + v[6:]


def amka_value(p):
    b = p["birth"]
    while True:
        payload = b.strftime("%d%m") + "%02d" % (b.year % 100) + rdig(4)
        v = payload + luhn_digit(payload)
        if amka_ok(v) and "IT_PARTITA_IVA" not in digit_checks(v):
            return v


def gen_amka(ctx):
    return fmt_amka(amka_value(ctx["p1"]))


def gen_x_amka(ctx):
    while True:
        v = amka_value(make_person("el", "el"))
        i = rng.randrange(6, 11)
        bad = v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1:]
        if not digit_checks(bad):
            return fmt_amka(bad)


def afm_value():
    while True:
        first = pick("0011011019") if rng.random() < 0.85 else pick(["09", "99", "80"])
        payload = (first + rdig(8))[:8]
        v = payload + afm_digit(payload)
        if v != "000000000" and digit_checks(v) == ["GR_AFM"]:
            return v


def fmt_afm(v, ctx=None):
    r = rng.random()
    if r < 0.15:
        return "EL" + v
    if r < 0.3:
        return v[:3] + " " + v[3:6] + " " + v[6:]
    return v


def gen_afm(ctx):
    return fmt_afm(afm_value())


def gen_x_afm(ctx):
    while True:
        v = afm_value()
        i = rng.randrange(0, 9)
        bad = v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1:]
        if not afm_ok(bad) and not digit_checks(bad):
            return fmt_afm(bad)


# Romanian CNP
def cnp_value(p):
    b = p["birth"]
    male = p["gender"] == "m"
    while True:
        if rng.random() < 0.08:
            s = "7" if male else "8"
        elif b.year >= 2000:
            s = "5" if male else "6"
        else:
            s = "1" if male else "2"
        payload = s + b.strftime("%y%m%d") + "%02d" % pick(CNP_COUNTIES) + "%03d" % rng.randint(1, 999)
        v = payload + cnp_digit(payload)
        if cnp_ok(v) and digit_checks(v) == ["RO_CNP"]:
            return v


def fmt_cnp(v):
    r = rng.random()
    if r < 0.65:
        return v
    if r < 0.85:
        return v[0] + " " + v[1:7] + " " + v[7:]
    return v[:7] + " " + v[7:]


def gen_cnp(ctx):
    return fmt_cnp(cnp_value(ctx["p1"]))


def gen_x_cnp(ctx):
    while True:
        v = cnp_value(make_person("ro", "ro"))
        i = rng.randrange(9, 13)
        bad = v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1:]
        if bad[9:12] != "000" and not digit_checks(bad):
            return fmt_cnp(bad)


# Finnish henkilötunnus
def hetu_value(p):
    b = p["birth"]
    if b.year >= 2000:
        sign = "A" if rng.random() < 0.7 else pick("BCDEF")
    else:
        sign = "-" if rng.random() < 0.7 else pick("YXWVU")
    d6 = b.strftime("%d%m") + "%02d" % (b.year % 100)
    while True:
        n = rng.randint(2, 899)
        if (n % 2 == 1) == (p["gender"] == "m"):
            break
    nnn = "%03d" % n
    return d6 + sign + nnn + hetu_char(d6, nnn)


def gen_hetu(ctx):
    v = hetu_value(ctx["p1"])
    return v.lower() if rng.random() < 0.22 else v


def gen_x_hetu(ctx):
    while True:
        v = hetu_value(make_person("fi", "fi"))
        if rng.random() < 0.6:
            bad = v[:10] + pick([c for c in HETU_CHARS if c != v[10]])
        else:
            n = int(v[7:10])
            n2 = n + pick([-2, 2, 4, -4]) if 6 <= n <= 895 else n + 2
            bad = v[:7] + "%03d" % n2 + v[10]
        if hetu_char(bad[:6], bad[7:10]) != bad[10]:
            return bad.lower() if rng.random() < 0.1 else bad


# --------------------------------------------------------------------------
# Phones
# --------------------------------------------------------------------------

def sub(n, first="23456789"):
    return pick(first) + rdig(n - 1)


IT_MOB = ["320", "328", "329", "333", "334", "335", "338", "339", "340", "342", "345", "347", "348", "349",
          "351", "366", "377", "380", "388", "389", "391", "392", "393"]
RO_MOB = ["22", "23", "24", "26", "28", "29", "40", "42", "44", "45", "46", "47", "48", "49", "51", "52",
          "55", "56", "57", "60", "62", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74", "75",
          "76", "77", "78", "80", "84", "85", "86", "87", "88", "89"]
UK_MOB = ["7400", "7418", "7441", "7810", "7823", "7846", "7900", "7912", "7956", "7984", "7707", "7752"]
US_AREA = ["212", "415", "312", "617", "206", "303", "512", "404", "213", "305"]


def phone_it(kind, intl):
    if kind == "mob":
        p, s = pick(IT_MOB), rdig(7)
        if not intl:
            return pick([f"{p} {s[:3]} {s[3:]}", f"{p} {s}", f"{p}{s}", f"{p}-{s}", f"{p}.{s[:3]}.{s[3:]}",
                         f"{p}/{s}", f"{p} {s[:2]} {s[2:4]} {s[4:]}"])
        return pick([f"+39 {p} {s[:3]} {s[3:]}", f"+39 {p}{s}", f"+39{p}{s}", f"0039 {p} {s}",
                     f"(+39) {p} {s[:3]} {s[3:]}", f"+39 {p} {s}", f"0039 {p}.{s[:3]}.{s[3:]}"])
    a = pick(["02", "06", "011", "055", "051", "081", "041"])
    s = sub(8 if len(a) == 2 else 7)
    g = f"{s[:4]} {s[4:]}" if len(s) == 8 else f"{s[:3]} {s[3:]}"
    if not intl:
        return pick([f"{a} {g}", f"{a}/{s}", f"{a}-{s}", f"{a} {s}", f"{a}.{s}"])
    return pick([f"+39 {a} {g}", f"0039 {a} {s}", f"(+39) {a} {s}", f"+39 {a}{s}"])


def phone_gr(kind, intl):
    if kind == "mob":
        p, s = "69" + pick("0345789"), rdig(7)
        if not intl:
            return pick([f"{p} {s}", f"{p}{s}", f"{p} {s[:3]} {s[3:]}", f"{p}-{s}", f"{p} {s[:2]} {s[2:4]} {s[4:]}"])
        return pick([f"+30 {p} {s}", f"+30 {p}{s}", f"+30{p}{s}", f"0030 {p} {s}",
                     f"(+30) {p} {s[:3]} {s[3:]}", f"+30 {p} {s[:3]} {s[3:]}"])
    a = pick(["210", "210", "2310", "2610", "2810"])
    s = sub(7 if a == "210" else 6)
    if not intl:
        return pick([f"{a} {s}", f"{a}{s}", f"{a}-{s}", f"{a} {s[:3]} {s[3:]}"])
    return pick([f"+30 {a} {s}", f"0030 {a}{s}", f"(+30) {a} {s}", f"+30 {a} {s[:3]} {s[3:]}"])


def phone_ro(kind, intl):
    if kind == "mob":
        q, s = "7" + pick(RO_MOB), rdig(6)
        if not intl:
            p = "0" + q
            return pick([f"{p} {s[:3]} {s[3:]}", f"{p}{s}", f"{p}.{s[:3]}.{s[3:]}", f"{p}-{s[:3]}-{s[3:]}",
                         f"{p} {s[:2]} {s[2:4]} {s[4:]}", f"{p} {s}"])
        return pick([f"+40 {q} {s[:3]} {s[3:]}", f"+40{q}{s}", f"0040 {q} {s[:3]} {s[3:]}",
                     f"(+40) {q} {s[:3]} {s[3:]}", f"+40 {q} {s}", f"+40-{q}-{s[:3]}-{s[3:]}"])
    a = pick(["21", "21", "264", "232", "256", "268"])
    s = sub(7, "23") if a == "21" else sub(6, "45")
    if not intl:
        if a == "21":
            return pick([f"021 {s[:3]} {s[3:]}", f"021.{s[:3]}.{s[3:5]}.{s[5:]}", f"021/{s}", f"021-{s[:3]}-{s[3:]}"])
        return pick([f"0{a} {s[:3]} {s[3:]}", f"0{a}-{s}", f"0{a}/{s[:3]}.{s[3:]}", f"0{a} {s}"])
    return pick([f"+40 {a} {s[:3]} {s[3:]}", f"0040 {a} {s}", f"(+40) {a} {s}"])


def phone_fi(kind, intl):
    if kind == "mob":
        q, s = pick(["40", "41", "44", "45", "46", "50"]), rdig(7)
        if not intl:
            p = "0" + q
            return pick([f"{p} {s[:3]} {s[3:]}", f"{p}-{s[:3]} {s[3:]}", f"{p}{s}", f"{p} {s}", f"{p}-{s}"])
        return pick([f"+358 {q} {s[:3]} {s[3:]}", f"+358{q}{s}", f"00358 {q} {s}", f"+358 {q} {s}",
                     f"+358 {q} {s[:3]} {s[3:]}"])
    a = pick(["9", "9", "3", "2", "8", "14"])
    s = sub(7 if len(a) == 1 else 6)
    if not intl:
        return pick([f"0{a} {s[:3]} {s[3:]}", f"(0{a}) {s[:3]} {s[3:]}", f"0{a}-{s}", f"0{a} {s}"])
    return pick([f"+358 {a} {s[:3]} {s[3:]}", f"+358 {a} {s}", f"00358 {a} {s}"])


def phone_uk(kind, intl):
    if kind == "mob":
        q, s = pick(UK_MOB), rdig(6)
        if not intl:
            return pick([f"0{q} {s}", f"0{q} {s[:3]} {s[3:]}", f"0{q}{s}"])
        return pick([f"+44 {q} {s}", f"+44 (0){q} {s}", f"+44 (0) {q} {s}", f"0044 {q} {s}", f"+44{q}{s}",
                     f"+44 {q} {s[:3]} {s[3:]}"])
    if rng.random() < 0.6:
        s = pick("78") + sub(7)
        if not intl:
            return pick([f"020 {s[:4]} {s[4:]}", f"(020) {s[:4]} {s[4:]}", f"020{s}"])
        return pick([f"+44 20 {s[:4]} {s[4:]}", f"+44 (0)20 {s[:4]} {s[4:]}", f"0044 20 {s}"])
    s = sub(7)
    if not intl:
        return pick([f"0161 {s[:3]} {s[3:]}", f"(0161) {s[:3]} {s[3:]}"])
    return pick([f"+44 161 {s[:3]} {s[3:]}", f"+44 (0)161 {s[:3]} {s[3:]}"])


def phone_us(kind, intl):
    a, x = pick(US_AREA), "01" + rdig(2)
    if not intl:
        return pick([f"({a}) 555-{x}", f"{a}-555-{x}", f"{a}.555.{x}", f"{a} 555 {x}"])
    return pick([f"+1 {a} 555 {x}", f"+1 ({a}) 555-{x}", f"001 {a} 555 {x}", f"+1-{a}-555-{x}", f"1-{a}-555-{x}"])


PHONE_FUN = {"it": phone_it, "gr": phone_gr, "ro": phone_ro, "fi": phone_fi, "uk": phone_uk, "us": phone_us}
NATIVE_PHONE = {"en": ["uk", "us"], "it": ["it"], "el": ["gr"], "ro": ["ro"], "fi": ["fi"]}
FOREIGN_PHONE = {"en": ["it", "gr", "ro", "fi"], "it": ["uk", "gr", "ro", "fi", "us"],
                 "el": ["uk", "it", "ro", "fi", "us"], "ro": ["uk", "it", "gr", "fi", "us"],
                 "fi": ["uk", "it", "gr", "ro", "us"]}


def gen_phone(ctx, mod=None):
    lang = ctx["lang"]
    while True:
        r = rng.random()
        if mod in ("mob", "fix"):
            country, intl, kind = pick(NATIVE_PHONE[lang]), rng.random() < 0.2, mod
        elif mod == "intl":
            if rng.random() < 0.5:
                country = pick(NATIVE_PHONE[lang])
            else:
                country = pick(FOREIGN_PHONE[lang])
            intl, kind = True, ("mob" if rng.random() < 0.7 else "fix")
        elif mod == "loc":
            country, intl, kind = pick(NATIVE_PHONE[lang]), False, ("mob" if rng.random() < 0.7 else "fix")
        else:
            kind = "mob" if rng.random() < 0.68 else "fix"
            if r < 0.55:
                country, intl = pick(NATIVE_PHONE[lang]), False
            elif r < 0.77:
                country, intl = pick(NATIVE_PHONE[lang]), True
            else:
                country, intl = pick(FOREIGN_PHONE[lang]), True
        v = PHONE_FUN[country](kind, intl)
        if clean_digits(v):
            return v


# --------------------------------------------------------------------------
# Names, addresses, e-mails, URLs, IPs
# --------------------------------------------------------------------------

def addr_en():
    if rng.random() < 0.75:
        street = pick(["Church Road", "Mill Lane", "Victoria Street", "Station Road", "High Street", "Park Avenue",
                       "Queen's Road", "Elm Grove", "Kingsway", "Oak Close", "Albert Terrace", "Cromwell Road"])
        city, outs = pick([("London", ["SW4", "N7", "E8", "SE15", "NW3", "W12"]), ("Manchester", ["M14", "M20", "M4"]),
                           ("Leeds", ["LS6", "LS11"]), ("Bristol", ["BS7", "BS3"]), ("Oxford", ["OX4", "OX2"]),
                           ("Cardiff", ["CF24", "CF11"]), ("Glasgow", ["G12", "G41"])])
        pc = pick(outs) + " " + str(rng.randint(1, 9)) + pick("ABDEFGHJLNPQRSTUWXYZ") + pick("ABDEFGHJLNPQRSTUWXYZ")
        flat = f"Flat {rng.randint(1, 12)}, " if rng.random() < 0.3 else ""
        return f"{flat}{rng.randint(1, 240)} {street}, {city} {pc}"
    street = pick(["Elm Avenue", "Oak Street", "Maple Drive", "Washington Boulevard", "Pine Street", "Lakeview Road"])
    city, st, z = pick([("Springfield", "IL", "627"), ("Portland", "OR", "972"), ("Austin", "TX", "787"),
                        ("Denver", "CO", "802"), ("Columbus", "OH", "432")])
    apt = f"Apt {rng.randint(1, 30)}{pick('ABCD')}, " if rng.random() < 0.35 else ""
    return f"{rng.randint(10, 4999)} {street}, {apt}{city}, {st} {z}{rdig(2)}"


def addr_it():
    street = pick(["Via Garibaldi", "Via Giuseppe Mazzini", "Corso Vittorio Emanuele II", "Viale Monza", "Via dei Mille",
                   "Piazza della Repubblica", "Via Roma", "Largo Augusto", "Viale Europa", "Via San Francesco d'Assisi",
                   "Corso Buenos Aires", "Via Nazionale", "Via Cavour", "Viale dei Mille"])
    city, pre, prov = pick([("Milano", "201", "MI"), ("Roma", "001", "RM"), ("Torino", "101", "TO"), ("Firenze", "501", "FI"),
                            ("Bologna", "401", "BO"), ("Napoli", "801", "NA"), ("Genova", "161", "GE"),
                            ("Padova", "351", "PD"), ("Bari", "701", "BA")])
    cap = pre + "%02d" % rng.randint(21, 45)
    n = rng.randint(1, 180)
    r = rng.random()
    if r < 0.45:
        return f"{street} {n}, {cap} {city}"
    if r < 0.75:
        return f"{street} {n}, {cap} {city} ({prov})"
    return f"{street} {n}, scala {pick('ABCD')}, int. {rng.randint(1, 20)}, {cap} {city}"


def addr_el():
    street, city, pre = pick([("Ερμού", "Αθήνα", "105"), ("Πανεπιστημίου", "Αθήνα", "106"), ("Λεωφ. Κηφισίας", "Αθήνα", "115"),
                              ("Λεωφόρος Αλεξάνδρας", "Αθήνα", "114"), ("οδός Σόλωνος", "Αθήνα", "106"),
                              ("Τσιμισκή", "Θεσσαλονίκη", "546"), ("Εγνατίας", "Θεσσαλονίκη", "546"),
                              ("Λεωφόρος Νίκης", "Θεσσαλονίκη", "546"), ("Μαιζώνος", "Πάτρα", "262"),
                              ("οδός Κορίνθου", "Πάτρα", "262"), ("Λεωφ. Καλοκαιρινού", "Ηράκλειο", "712"),
                              ("Αγίου Δημητρίου", "Θεσσαλονίκη", "546")])
    pc = pre + " " + "%02d" % rng.randint(10, 99)
    return f"{street} {rng.randint(1, 160)}, {pc} {city}"


def addr_ro():
    st, name = pick([("Strada", "Lipscani"), ("Str.", "Mihai Eminescu"), ("Strada", "Memorandumului"), ("Str.", "Florilor"),
                     ("Bulevardul", "Unirii"), ("Bd.", "Independenței"), ("Calea", "Victoriei"), ("Șoseaua", "Pantelimon"),
                     ("Aleea", "Teilor"), ("Splaiul", "Independenței"), ("Strada", "Avram Iancu"), ("Bd.", "Ferdinand")])
    city, pre = pick([("București", "0"), ("Cluj-Napoca", "400"), ("Iași", "700"), ("Timișoara", "300"),
                      ("Brașov", "500"), ("Constanța", "900")])
    n = rng.randint(1, 150)
    pc = pre + rdig(6 - len(pre)) if pre != "0" else "0" + pick("123456") + rdig(4)
    r = rng.random()
    if r < 0.35:
        return f"{st} {name} nr. {n}, {pc} {city}"
    if r < 0.65:
        tail = f"sector {rng.randint(1, 6)}, București" if city == "București" else city
        return f"{st} {name} nr. {n}, bl. {pick(['A3', 'C2', 'M14', '5A', 'G7'])}, sc. {rng.randint(1, 4)}, ap. {rng.randint(1, 60)}, {tail}"
    if city == "București":
        return f"{st} {name} nr. {n}, sector {rng.randint(1, 6)}, București"
    return f"{st} {name} {n}, {pc} {city}"


def addr_fi():
    street = pick(["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Kauppakatu", "Isokatu", "Yliopistonkatu",
                   "Koivukuja", "Pihlajatie", "Satamakatu", "Rantakatu", "Puistotie", "Kirkkokatu"])
    city, pcs = pick([("Helsinki", ["00100", "00530", "00250", "00180"]), ("Tampere", ["33100", "33500"]),
                      ("Turku", ["20100", "20500"]), ("Oulu", ["90100", "90500"]), ("Jyväskylä", ["40100"]),
                      ("Espoo", ["02100", "02230"]), ("Vantaa", ["01300"])])
    n = rng.randint(1, 90)
    r = rng.random()
    if r < 0.45:
        apt = f" {pick('ABCD')} {rng.randint(1, 40)}"
    elif r < 0.6:
        apt = f" as. {rng.randint(1, 12)}"
    else:
        apt = ""
    return f"{street} {n}{apt}, {pick(pcs)} {city}"


ADDR = {"en": addr_en, "it": addr_it, "el": addr_el, "ro": addr_ro, "fi": addr_fi}

EMAIL_DOMAINS = {"en": ["gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk"],
                 "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it"],
                 "el": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr"],
                 "ro": ["yahoo.com", "gmail.com", "yahoo.ro", "outlook.com"],
                 "fi": ["gmail.com", "hotmail.fi", "outlook.com", "luukku.com"]}
SHOPS = {"en": ["www.homewarehub.co.uk", "shop.brightkettle.com"],
         "it": ["www.casaeufficio-shop.it", "shop.tecnomercato.it"],
         "el": ["www.ilektrika-spiti.gr", "eshop.vivliostasi.gr"],
         "ro": ["www.casa-si-gradina-shop.ro", "shop.electrocasnice-rapid.ro"],
         "fi": ["www.kodintarvike-verkko.fi", "kauppa.pyorakeskus-shop.fi"]}
SHOP_PATHS = {"en": ["/returns", "/help/delivery", "/", "/contact"], "it": ["/resi", "/assistenza/spedizioni", "/", "/contatti"],
              "el": ["/epistrofes", "/voitheia/apostoles", "/", "/epikoinonia"], "ro": ["/retur", "/ajutor/livrare", "/", "/contact"],
              "fi": ["/palautukset", "/ohjeet/toimitus", "/", "/yhteystiedot"]}


def email_parts(p, lang):
    f, l = p["latin"]
    f = re.sub(r"[^a-z]", "", f.lower())
    l = re.sub(r"[^a-z]", "", l.lower())
    local = pick([f"{f}.{l}", f"{f}{l}{rng.randint(70, 99)}", f"{f[0]}.{l}", f"{l}.{f}", f"{f}_{l}", f"{f}.{l}{rng.randint(1, 9)}"])
    if rng.random() < 0.12:
        local = local[0].upper() + local[1:]
    return local, pick(EMAIL_DOMAINS[lang])


def gen_email(ctx):
    local, dom = email_parts(ctx["p1"], ctx["lang"])
    return f"{local}@{dom}"


def gen_url(ctx):
    p = ctx["p1"]
    f, l = [re.sub(r"[^a-z]", "", x.lower()) for x in p["latin"]]
    shop = pick(SHOPS[ctx["lang"]])
    return pick([f"https://www.facebook.com/{f}.{l}.{rng.randint(10, 99)}",
                 f"https://www.linkedin.com/in/{f}-{l}-{'%06x' % rng.randrange(16 ** 6)}",
                 f"https://www.instagram.com/{f}_{l}{rng.randint(10, 99)}",
                 f"https://{shop}/account/orders?customer_id={rng.randint(1000000, 9999999)}",
                 f"https://{shop}/password/reset?token={'%024x' % rng.randrange(16 ** 24)}",
                 "https://%s/newsletter/unsubscribe?email=%s%%40%s" % ((shop,) + email_parts(p, ctx["lang"]))])


def gen_shop_url(ctx):
    return "https://" + pick(SHOPS[ctx["lang"]]) + pick(SHOP_PATHS[ctx["lang"]])


def gen_ip(ctx):
    r = rng.random()
    if r < 0.6:
        return "%d.%d.%d.%d" % (pick([31, 37, 46, 62, 77, 79, 82, 85, 88, 93, 94, 151, 176, 185, 188, 195, 212, 217]),
                                rng.randint(1, 254), rng.randint(0, 254), rng.randint(1, 254))
    if r < 0.72:
        return "192.168.%d.%d" % (rng.randint(0, 10), rng.randint(2, 254))
    if r < 0.88:
        return "%s:%x:%x:%x::%x" % (pick(["2a02:2f0e", "2a01:e0a", "2001:67c", "2a00:1450"]), rng.randrange(1, 65535),
                                   rng.randrange(1, 65535), rng.randrange(1, 65535), rng.randrange(1, 65535))
    return "2a02:" + ":".join("%x" % rng.randrange(1, 65536) for _ in range(7))


# --------------------------------------------------------------------------
# Tricky negatives
# --------------------------------------------------------------------------

def tricky_digits(n, first):
    while True:
        v = pick(first) + rdig(n - 1)
        if not digit_checks(v) and clean_digits(v):
            return v


def s10():
    while True:
        d8 = rdig(8)
        w = [8, 6, 4, 2, 3, 5, 9, 7]
        c = 11 - sum(int(a) * b for a, b in zip(d8, w)) % 11
        c = {10: 0, 11: 5}.get(c, c)
        v = pick(["RR", "RA", "CP", "LX", "EE"]) + d8 + str(c) + pick(["IT", "GR", "RO", "FI", "GB"])
        if clean_digits(v):
            return v


def gen_track(ctx):
    return s10() if rng.random() < 0.35 else tricky_digits(13, "123456789")


def gen_book(ctx):
    r = rng.random()
    if r < 0.4:
        return "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ") if i % 2 == 0 or rng.random() < 0.5 else pick("23456789")
                       for i in range(6))
    return tricky_digits(pick([9, 10, 11]), "1")


def gen_inv(ctx):
    lang = ctx["lang"]
    y = pick(["2025", "2026"])
    if lang == "en":
        return f"INV-{y}-{rdig(5)}"
    if lang == "it":
        return f"{y}/{rdig(5)}"
    if lang == "el":
        return f"ΤΠΥ-{rdig(5)}"
    if lang == "ro":
        return f"{pick(['FCT', 'BV', 'FV'])} {rdig(7)}"
    return tricky_digits(9, "2")


MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
          "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
          "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"]}


def gen_date(ctx):
    lang = ctx["lang"]
    y = pick([2025, 2026])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    if lang == "en":
        return pick([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m - 1]}", f"{MONTHS['en'][m - 1]} {d}",
                     f"{d} {MONTHS['en'][m - 1]} {y}", f"{y}-{m:02d}-{d:02d}"])
    if lang == "it":
        return pick([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['it'][m - 1]}", f"{d} {MONTHS['it'][m - 1]} {y}", f"{d}/{m}/{y}"])
    if lang == "el":
        return pick([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['el'][m - 1]}", f"{d}/{m}/{y}"])
    if lang == "ro":
        return pick([f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS['ro'][m - 1]}", f"{d} {MONTHS['ro'][m - 1]} {y}"])
    return pick([f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}"])


def gen_time(ctx):
    lang = ctx["lang"]
    h, mi = rng.randint(8, 19), pick(["00", "15", "30", "45"])
    if lang == "en":
        return pick([f"{h}:{mi}", f"{h - 12 if h > 12 else h}:{mi} {'pm' if h >= 12 else 'am'}", f"{h - 12 if h > 12 else h}{'pm' if h >= 12 else 'am'}"])
    if lang == "it":
        return pick([f"{h}:{mi}", f"{h}.{mi}"])
    if lang == "fi":
        return pick([f"{h}.{mi}", f"{h}"])
    return f"{h}:{mi}"


def gen_price(ctx):
    lang = ctx["lang"]
    e, c = rng.randint(5, 1999), pick(["00", "50", "90", "99", "49"])
    big = e >= 1000
    def th(sep):
        return f"{e // 1000}{sep}{e % 1000:03d}" if big else str(e)
    if lang == "en":
        return pick([f"£{th(',')}.{c}", f"£{e}", f"${th(',')}.{c}", f"€{th(',')}.{c}"])
    if lang == "it":
        return pick([f"{th('.')},{c} €", f"€ {th('.')},{c}", f"{e} euro"])
    if lang == "el":
        return pick([f"{th('.')},{c} €", f"{th('.')},{c}€", f"€{e}"])
    if lang == "ro":
        return pick([f"{th('.')},{c} lei", f"{th('.')},{c} RON", f"{e} lei"])
    return pick([f"{th(' ')},{c} €", f"{e} €", f"{th(' ')},{c} euroa"])


QTY = {"en": {"people": ["2 adults", "4 guests", "3 people", "2 adults and 1 child"], "items": ["3 boxes", "12 bottles", "6 units", "2 packs"]},
       "it": {"people": ["2 adulti", "4 persone", "3 ospiti"], "items": ["3 confezioni", "12 bottiglie", "6 pezzi", "2 scatole"]},
       "el": {"people": ["2 ενήλικες", "4 άτομα", "3 άτομα"], "items": ["3 τεμάχια", "12 μπουκάλια", "6 κουτιά", "2 συσκευασίες"]},
       "ro": {"people": ["2 adulți", "4 persoane", "3 persoane"], "items": ["3 cutii", "12 sticle", "6 bucăți", "2 pachete"]},
       "fi": {"people": ["2 aikuista", "4 henkeä", "3 henkeä"], "items": ["3 pakettia", "12 pulloa", "6 kappaletta", "2 laatikkoa"]}}


def gen_qty(ctx, mod=None):
    return pick(QTY[ctx["lang"]][mod or "items"])


def gen_postcode(ctx):
    lang = ctx["lang"]
    if lang == "en":
        return pick(["M14", "LS6", "BS7", "OX4", "SW4", "E8"]) + " " + str(rng.randint(1, 9)) + pick("ABDEFGHJLNPQRSTUWXYZ") + pick("ABDEFGHJLNPQRSTUWXYZ")
    if lang == "it":
        return pick(["201", "001", "101", "501", "401"]) + "%02d" % rng.randint(21, 45)
    if lang == "el":
        return pick(["105", "115", "546", "262", "712"]) + " " + "%02d" % rng.randint(10, 99)
    if lang == "ro":
        return pick(["400", "700", "300", "500"]) + rdig(3)
    return pick(["00100", "00530", "33100", "20100", "90100", "40100", "02230"])


# --------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------
# {X} or {X:mod} is a slot; <<male|female>> agrees with the main person and
# <<2:male|female>> with the second one.  {ID1}/{L1} ({L1c} capitalised,
# {L1s} the short label) are filled with an identifier type and its label for
# the generic pair/form templates.

T = {}

T["en"] = {
    "labels": {"CARD": ["card number"], "IBAN": ["IBAN", "bank account (IBAN)"],
               "CF": ["codice fiscale", "Italian tax code"], "PIVA": ["partita IVA", "Italian VAT number"],
               "AMKA": ["AMKA", "Greek social security number (AMKA)"], "AFM": ["AFM", "Greek tax number"],
               "CNP": ["CNP", "Romanian personal numeric code"],
               "HETU": ["henkilötunnus", "Finnish personal identity code"]},
    "CARD": ["Hi, I'd like to pay the outstanding {PRICE} by card – the number is {CARD}.",
             "{CARD} is the card I used for order {ORDER9}; can you check why it was charged twice?",
             "Card number: {CARD}",
             "Please refund the {PRICE} to my card ({CARD}) rather than as store credit.",
             "customer: the long number on the front? it's {CARD}",
             "The payment on {DATE} failed even though card {CARD} has plenty of funds.",
             "Can you take the payment from {CARD} instead? The old card expired last month.",
             "I've been charged {PRICE} twice on card {CARD}, once on {DATE} and again yesterday.",
             "Sorry, typo in my last message ({X_CARD}) – the right card number is {CARD}.",
             "Agent: Which card would you like to use today?\nCustomer: The new one, {CARD}."],
    "IBAN": ["Please send the refund to IBAN {IBAN}, account holder {NAME}.",
             "My bank details have changed – new IBAN: {IBAN}",
             "{IBAN} is the account I'd like the {PRICE} refunded to.",
             "Can you switch the direct debit to {IBAN} from next month?",
             "iban {IBAN} – it's a joint account with my partner, that's fine.",
             "We paid invoice {INV} from {IBAN} on {DATE}, please check your records.",
             "For the deposit return: {NAME}, {IBAN}.",
             "The IBAN on your form ({X_IBAN}) is wrong, one digit is off. The correct one is {IBAN}."],
    "CF": ["I live in Milan, so the form asks for my codice fiscale: {CF}.",
           "My Italian tax code is {CF} – I hope that's what you need.",
           "codice fiscale {CF}",
           "{CF} (codice fiscale) – please add it to the invoice for order {ORDER10}.",
           "The accountant says the invoice must show my fiscal code, {CF}, not my passport number.",
           "I mistyped my codice fiscale earlier ({X_CF}); the correct one is {CF}."],
    "PIVA": ["Please put our Italian VAT number on the invoice: {PIVA}.",
             "Partita IVA {PIVA} – that's the sole-trader business I invoice through.",
             "The VAT no. on invoice {INV} should be {PIVA}, not the old one.",
             "{PIVA} is our partita IVA, registered in Bologna.",
             "our vat number (italy): {PIVA}",
             "Your records show {X_PIVA}, which is wrong – our partita IVA is {PIVA}."],
    "AMKA": ["I'm Greek but live in London – my AMKA is {AMKA}, if the pharmacy needs it.",
             "AMKA: {AMKA}",
             "The Greek social security number (AMKA) you asked for is {AMKA}.",
             "{AMKA} – that's my AMKA, please attach it to the claim from {DATE}.",
             "Customer: my amka? It's {AMKA}.",
             "I gave you the wrong AMKA ({X_AMKA}) on the phone; it's actually {AMKA}."],
    "AFM": ["For the Greek invoice I need to give you my AFM, which is {AFM}.",
            "Tax number (AFM): {AFM}",
            "My Greek tax ID is {AFM} – please update the billing details.",
            "{AFM} is the AFM of our Athens office; invoice {INV} should carry it.",
            "AFM {AFM}, name as in my passport: {NAME}.",
            "The AFM on the receipt ({X_AFM}) is a typo, mine is {AFM}."],
    "CNP": ["I'm a Romanian citizen and don't have a National Insurance number yet – my CNP is {CNP}.",
            "Personal numeric code (CNP): {CNP}",
            "{CNP} – that's the CNP from my Romanian ID card.",
            "The courier in Bucharest asked for my CNP for customs; it's {CNP}.",
            "cnp {CNP}, in case you need it for the warranty",
            "The CNP on my account ({X_CNP}) has a typo – it should be {CNP}."],
    "HETU": ["My Finnish personal identity code is {HETU}.",
             "Finnish ID (henkilötunnus): {HETU}",
             "{HETU} – that's my henkilötunnus, as you requested.",
             "The form asks for a personal identity code, so here it is: {HETU}.",
             "customer: hetu is {HETU}, do you need my address too?",
             "Your system has my identity code as {X_HETU}, but the right one is {HETU}."],
    "PAIR_SPECIFIC": {
        ("AFM", "AMKA"): ["Greek details for the claim: AMKA {AMKA}, AFM {AFM}.", "My AFM is {AFM} and my AMKA is {AMKA}."],
        ("CF", "PIVA"): ["I'm self-employed in Italy: codice fiscale {CF}, partita IVA {PIVA}.",
                         "Invoice to {NAME}, C.F. {CF}, P.IVA {PIVA}, please."],
        ("CARD", "IBAN"): ["Please cancel the payment from card {CARD} and collect it by direct debit from {IBAN} instead."],
        ("CNP", "IBAN"): ["For the refund: CNP {CNP}, IBAN {IBAN}."],
        ("HETU", "IBAN"): ["My henkilötunnus is {HETU}, and the refund can go to {IBAN}."],
        ("CF", "IBAN"): ["Refund details – codice fiscale {CF}, IBAN {IBAN}."],
        ("AFM", "IBAN"): ["For the Greek refund you need my AFM ({AFM}) and IBAN ({IBAN})."]},
    "PAIR": ["Here are the details you asked for: {L1} {ID1} and {L2} {ID2}.",
             "{L1c}: {ID1}\n{L2c}: {ID2}",
             "My {L1} is {ID1}, and my {L2} is {ID2}.",
             "{ID1} ({L1s}) and {ID2} ({L2s}) – hope that helps."],
    "TRIPLE": ["Name: {NAME}\n{L1c}: {ID1}\n{L2c}: {ID2}\n{L3c}: {ID3}",
               "Filling in the form for you: {L1} {ID1}, {L2} {ID2}, {L3} {ID3}."],
    "PHONE": ["You can reach me on {PHONE} any time after {TIME}.",
              "Customer: it's {PHONE:mob}, that's my mobile.",
              "{PHONE} – please call before {TIME}, I work nights.",
              "My number has changed, the new one is {PHONE}.",
              "Please ring my landline, {PHONE:fix}, as mobile reception here is poor.",
              "Could the driver call {PHONE} when he's outside? Order {ORDER10}.",
              "Mobile: {PHONE:mob}",
              "I'm abroad at the moment, so please use {PHONE:intl}.",
              "Call me back on {PHONE:fix} ext. 214, I'm at the office.",
              "Agent: And a contact number?\nCustomer: {PHONE}",
              "Hi, this is {FIRST} – I missed the courier's call, my number is {PHONE}.",
              "The delivery to {ADDR} needs a phone number, so use {PHONE}.",
              "Text me on {PHONE} when parcel {TRACK13} is out for delivery.",
              "tel {PHONE} (after {TIME} please)",
              "My son will collect it; his number is {PHONE}.",
              "Please stop calling {PHONE}, I've asked three times to be taken off the list!",
              "Our office number is {PHONE:fix}, but I'd rather you emailed.",
              "For booking {BOOK} on {DATE} the contact number is {PHONE}.",
              "I paid {PRICE} on {DATE} and nobody called me on {PHONE} as promised.",
              "Best regards,\n{NAME}\n{PHONE}",
              "If anything comes up, just give me a ring ({PHONE})."],
    "PHONE2": ["Home {PHONE:fix} or mobile {PHONE:mob}, whichever's easier.",
               "If I don't pick up on {PHONE}, try my wife on {PHONE}.",
               "Old number: {PHONE}; new number: {PHONE}",
               "Call {PHONE} during the day or {PHONE} in the evening."],
    "OTHER": [("NAME", "My name is {NAME} and I'm writing about order {ORDER10}."),
              ("NAME", "Dear <<Mr|Ms>> {LAST}, thank you for your patience."),
              ("NAME", "Thanks for sorting this out so quickly.\n\nKind regards,\n{NAME}"),
              ("NAME", "I spoke to {NAME2} on {DATE} and was promised a call back within 48 hours."),
              ("ADDRESS", "Please deliver to {ADDR} – the old address is no longer valid."),
              ("ADDRESS", "Invoice to: {NAME}, {ADDR}"),
              ("EMAIL", "You can email me at {EMAIL} instead."),
              ("EMAIL", "{EMAIL} is the address on the account, not the one you have."),
              ("URL", "Here's my profile so you can see the review: {URL}"),
              ("URL", "Your returns page {SHOP_URL} sends me to {URL} and it won't load."),
              ("IP", "Your logs show a login from {IP} on {DATE} – that wasn't me."),
              ("IP", "The router admin page says my public IP is {IP}; can you whitelist it?"),
              ("MULTI", "Hi, I'm {FIRST} – please change my email to {EMAIL} and my number to {PHONE}.")],
    "NEG": [("NEG", "My order {ORDER9} still hasn't arrived; it was due on {DATE}."),
            ("NEG", "Ticket {TICKET11}: the refund of {PRICE} is still missing."),
            ("NEG", "Tracking number {TRACK13} shows no movement since {DATE}."),
            ("IBAN_INVALID", "Invoice no. {INV16}: my bank rejects the IBAN printed on it ({X_IBAN})."),
            ("NEG", "Booking reference {BOOK}, {QTY:people} on {DATE} at {TIME}."),
            ("CARD_INVALID", "I ordered {QTY} with voucher {X_CARD}, but the parcel only had half of them."),
            ("NEG", "Do you deliver to {POSTCODE}? It's for a present."),
            ("NEG", "Order {ORDER10}: {QTY}, total {PRICE}, delivery {DATE}."),
            ("NEG", "Parcel {TRACK13} was left at the depot at {TIME}."),
            ("NEG", "The price changed from {PRICE} to {PRICE} between {DATE} and today."),
            ("CARD_INVALID", "The gift card code {X_CARD} is rejected at checkout."),
            ("IBAN_INVALID", "I tried to pay to {X_IBAN}, but my bank says the IBAN is invalid."),
            ("ID_INVALID", "The example AMKA on your help page, {X_AMKA}, doesn't pass the check."),
            ("ID_INVALID", "The example CNP in your guide, {X_CNP}, fails validation."),
            ("ID_INVALID", "The henkilötunnus in your sample form ({X_HETU}) isn't valid, just so you know."),
            ("ID_INVALID", "The test codice fiscale in your documentation, {X_CF}, fails the checksum."),
            ("ID_INVALID", "Is {X_PIVA} really your VAT number? Our system rejects it."),
            ("ID_INVALID", "The AFM printed on your receipt, {X_AFM}, fails the check – could you send a corrected one?")],
}

T["it"] = {
    "labels": {"CARD": ["numero della carta"], "IBAN": ["IBAN"], "CF": ["codice fiscale", "C.F."],
               "PIVA": ["partita IVA", "P.IVA"], "AMKA": ["AMKA", "numero AMKA"],
               "AFM": ["AFM", "codice fiscale greco (AFM)"], "CNP": ["CNP", "codice personale rumeno (CNP)"],
               "HETU": ["henkilötunnus", "codice personale finlandese"]},
    "CARD": ["Buongiorno, vorrei saldare i {PRICE} con la carta {CARD}.",
             "{CARD} è la carta con cui ho pagato l'ordine {ORDER9}: mi risulta addebitato due volte.",
             "Numero carta: {CARD}",
             "Potete rimborsare i {PRICE} sulla mia carta ({CARD}) invece che con un buono?",
             "cliente: il numero lungo davanti? è {CARD}",
             "Il pagamento del {DATE} è stato rifiutato, ma sulla carta {CARD} ci sono fondi.",
             "Mi avete addebitato {PRICE} due volte sulla carta {CARD}, il {DATE} e ieri.",
             "Scusate, nel messaggio di prima ho sbagliato una cifra ({X_CARD}): la carta giusta è {CARD}.",
             "Operatore: Con quale carta vuole pagare?\nCliente: Con quella nuova, {CARD}."],
    "IBAN": ["Vi prego di effettuare il rimborso sull'IBAN {IBAN}, intestato a {NAME}.",
             "Ho cambiato banca, il nuovo IBAN è {IBAN}",
             "{IBAN} è il conto su cui vorrei ricevere il rimborso di {PRICE}.",
             "Potete addebitare le prossime rate su {IBAN} a partire dal mese prossimo?",
             "iban {IBAN} – è un conto cointestato con mia moglie.",
             "Abbiamo pagato la fattura n. {INV} dal conto {IBAN} il {DATE}.",
             "L'IBAN che avete in archivio ({X_IBAN}) è sbagliato, quello corretto è {IBAN}.",
             "Intestatario: {NAME}\nIBAN: {IBAN}"],
    "CF": ["Buongiorno, il mio codice fiscale è {CF}.",
           "Codice fiscale: {CF}",
           "{CF} – questo è il mio codice fiscale, da riportare in fattura.",
           "Vi chiedo di intestare la fattura a {NAME}, C.F. {CF}.",
           "cliente: il codice fiscale? sì, è {CF}",
           "Per la garanzia mi chiedete il CF: eccolo, {CF}.",
           "Nella fattura dell'ordine {ORDER10} manca il codice fiscale ({CF}), potete correggerla?",
           "Ho sbagliato a scrivere il codice fiscale ({X_CF}), quello giusto è {CF}.",
           "Il codice fiscale dell'intestatario è {CF}, vi serve per la voltura?",
           "c.f. {CF}, residente a Torino"],
    "PIVA": ["Sono <<un libero professionista|una libera professionista>>, la mia partita IVA è {PIVA}.",
             "P.IVA {PIVA}",
             "Vi prego di emettere fattura intestata a Idrotermica Nord S.r.l., partita IVA {PIVA}.",
             "{PIVA} è la partita IVA dello studio, con sede a Bologna.",
             "Nella fattura n. {INV} la partita IVA è sbagliata: deve essere {PIVA}.",
             "partita iva: {PIVA}, fattura elettronica per favore",
             "Fatturate pure a me: {NAME}, P. IVA {PIVA}.",
             "La partita IVA {X_PIVA} che avete in anagrafica non è valida; la nostra è {PIVA}."],
    "AMKA": ["Sono <<greco|greca>> e vivo a Roma: il mio AMKA è {AMKA}.",
             "AMKA: {AMKA}",
             "{AMKA} è il mio numero AMKA, serve per il rimborso della visita del {DATE}.",
             "Nel modulo avevo scritto {X_AMKA}, ma il mio AMKA corretto è {AMKA}."],
    "AFM": ["Per la fattura greca vi serve il mio AFM: {AFM}.",
            "Il codice fiscale greco (AFM) della nostra sede di Atene è {AFM}.",
            "afm {AFM}, intestatario {NAME}",
            "L'AFM {X_AFM} che vi ho dato era sbagliato: quello giusto è {AFM}."],
    "CNP": ["Sono <<rumeno|rumena>> e non ho ancora il codice fiscale italiano: il mio CNP è {CNP}.",
            "CNP: {CNP}",
            "{CNP} – è il codice personale che trovate sulla mia carta d'identità rumena.",
            "Il corriere mi chiede il CNP per la dogana: {CNP}.",
            "Avevo scritto male il CNP ({X_CNP}); quello corretto è {CNP}."],
    "HETU": ["Il mio codice personale finlandese (henkilötunnus) è {HETU}.",
             "henkilötunnus: {HETU}",
             "{HETU} è il codice identificativo finlandese <<di mio marito, che è l'intestatario|di mia moglie, che è l'intestataria>> del contratto.",
             "Nel modulo c'è {X_HETU}, ma il mio henkilötunnus è {HETU}."],
    "PAIR_SPECIFIC": {
        ("CF", "PIVA"): ["Sono una ditta individuale: C.F. {CF} e P.IVA {PIVA}.",
                         "Dati per la fattura: {NAME}, codice fiscale {CF}, partita IVA {PIVA}.",
                         "codice fiscale {CF} / partita iva {PIVA}"],
        ("CF", "IBAN"): ["Per il rimborso: codice fiscale {CF}, IBAN {IBAN}.",
                         "Il mio codice fiscale è {CF} e il rimborso va sul conto {IBAN}."],
        ("CARD", "IBAN"): ["Annullate il pagamento con la carta {CARD}: preferisco l'addebito diretto sul conto {IBAN}."],
        ("AFM", "AMKA"): ["Dati greci per la pratica: AMKA {AMKA}, AFM {AFM}."],
        ("IBAN", "PIVA"): ["Fatturate alla partita IVA {PIVA} e accreditate il rimborso su {IBAN}."],
        ("CNP", "IBAN"): ["Per il rimborso: CNP {CNP}, IBAN {IBAN}."]},
    "PAIR": ["Vi mando i dati richiesti: {L1} {ID1} e {L2} {ID2}.",
             "{L1c}: {ID1}\n{L2c}: {ID2}",
             "{ID1} ({L1s}) e {ID2} ({L2s}), come da vostra richiesta.",
             "Come richiesto – {L1}: {ID1}; {L2}: {ID2}. Grazie mille."],
    "TRIPLE": ["Nome e cognome: {NAME}\n{L1c}: {ID1}\n{L2c}: {ID2}\n{L3c}: {ID3}",
               "Per completare la pratica: {L1} {ID1}, {L2} {ID2}, {L3} {ID3}."],
    "PHONE": ["Potete richiamarmi al {PHONE} dopo le {TIME}?",
              "Cliente: sì, il cellulare è {PHONE:mob}.",
              "{PHONE} – chiamate pure, sono a casa tutto il giorno.",
              "Il mio numero è cambiato, il nuovo è {PHONE}.",
              "Preferisco il fisso, {PHONE:fix}, perché qui il cellulare non prende.",
              "Il corriere può chiamare il {PHONE} quando arriva? Ordine {ORDER10}.",
              "Cell. {PHONE:mob}",
              "Sono all'estero, meglio se mi chiamate al {PHONE:intl}.",
              "Ufficio: {PHONE:fix} int. 214",
              "Operatore: Un recapito telefonico?\nCliente: {PHONE}",
              "Sono {FIRST}, ho perso la chiamata del corriere: il mio numero è {PHONE}.",
              "Per la consegna in {ADDR} chiamate il {PHONE}.",
              "Mandatemi un SMS al {PHONE} quando il pacco {TRACK13} è in consegna.",
              "tel. {PHONE} (meglio dopo le {TIME})",
              "Passa a ritirarlo mio figlio, il suo numero è {PHONE}.",
              "Vi ho chiesto tre volte di non chiamare più il {PHONE}!",
              "Il numero dell'ufficio è {PHONE:fix}, ma preferisco l'e-mail.",
              "Prenotazione {BOOK} del {DATE}, recapito telefonico {PHONE}.",
              "Ho pagato {PRICE} il {DATE} e nessuno mi ha richiamato al {PHONE} come promesso.",
              "Cordiali saluti\n{NAME}\n{PHONE}",
              "Per qualsiasi cosa chiamatemi pure ({PHONE})."],
    "PHONE2": ["Casa {PHONE:fix}, cellulare {PHONE:mob}.",
               "Se non rispondo al {PHONE}, provate mia moglie al {PHONE}.",
               "Vecchio numero: {PHONE}; nuovo numero: {PHONE}",
               "Di giorno {PHONE}, la sera {PHONE}."],
    "OTHER": [("NAME", "Mi chiamo {NAME} e scrivo per l'ordine {ORDER10}."),
              ("NAME", "<<Gentile Sig.|Gentile Sig.ra>> {LAST}, la ringraziamo per la pazienza."),
              ("NAME", "Grazie per la rapidità.\n\nCordiali saluti,\n{NAME}"),
              ("NAME", "Ho parlato con {NAME2} il {DATE} e mi è stato promesso un rimborso entro 48 ore."),
              ("ADDRESS", "Il nuovo indirizzo di consegna è {ADDR}."),
              ("ADDRESS", "Intestatario: {NAME}, {ADDR}"),
              ("EMAIL", "Potete scrivermi a {EMAIL}."),
              ("EMAIL", "{EMAIL} è l'indirizzo collegato all'account, non quello che avete voi."),
              ("URL", "Ecco il mio profilo, così vedete la recensione: {URL}"),
              ("URL", "Dalla pagina {SHOP_URL} vengo <<rimandato|rimandata>> a {URL}, che non si apre."),
              ("IP", "Risulta un accesso da {IP} il {DATE}: non ero io."),
              ("IP", "La pagina del router dice che il mio IP pubblico è {IP}: potete abilitarlo?"),
              ("MULTI", "Sono {FIRST}, aggiornate per favore l'e-mail in {EMAIL} e il numero in {PHONE}.")],
    "NEG": [("NEG", "Il mio ordine {ORDER9} non è ancora arrivato, la consegna era prevista il {DATE}."),
            ("NEG", "Pratica {TICKET11}: il rimborso di {PRICE} non è ancora arrivato."),
            ("NEG", "Il numero di spedizione {TRACK13} è fermo dal {DATE}."),
            ("IBAN_INVALID", "Fattura n. {INV16}: la mia banca rifiuta l'IBAN che c'è scritto ({X_IBAN})."),
            ("NEG", "Prenotazione {BOOK}: {QTY:people} per il {DATE} alle {TIME}."),
            ("CARD_INVALID", "Ho ordinato {QTY} con il buono {X_CARD}, ma il pacco ne conteneva la metà."),
            ("NEG", "Consegnate anche al CAP {POSTCODE}? È per un regalo."),
            ("NEG", "Ordine {ORDER10}: {QTY}, totale {PRICE}, consegna {DATE}."),
            ("NEG", "Il pacco {TRACK13} è stato lasciato in deposito alle {TIME}."),
            ("NEG", "Il prezzo è passato da {PRICE} a {PRICE} tra il {DATE} e oggi."),
            ("CARD_INVALID", "Il codice del buono, {X_CARD}, non viene accettato al pagamento."),
            ("IBAN_INVALID", "Ho provato a fare il bonifico su {X_IBAN}, ma la banca dice che l'IBAN non è valido."),
            ("ID_INVALID", "Il codice fiscale di esempio nel vostro modulo ({X_CF}) non supera il controllo."),
            ("ID_INVALID", "La partita IVA {X_PIVA} stampata sullo scontrino non risulta valida."),
            ("ID_INVALID", "Nel vostro modulo di esempio l'AMKA {X_AMKA} risulta non valido."),
            ("ID_INVALID", "L'AFM {X_AFM} riportato sulla ricevuta non è valido, potete correggerlo?"),
            ("ID_INVALID", "Il CNP di esempio nella guida, {X_CNP}, non passa la verifica."),
            ("ID_INVALID", "L'henkilötunnus di prova ({X_HETU}) nella documentazione non è valido.")],
}

T["el"] = {
    "labels": {"CARD": ["αριθμός κάρτας"], "IBAN": ["IBAN"], "CF": ["codice fiscale"], "PIVA": ["partita IVA"],
               "AMKA": ["ΑΜΚΑ"], "AFM": ["ΑΦΜ"], "CNP": ["CNP", "ρουμανικός προσωπικός κωδικός (CNP)"],
               "HETU": ["henkilötunnus", "φινλανδικός αριθμός ταυτότητας"]},
    "CARD": ["Καλησπέρα, θέλω να εξοφλήσω τα {PRICE} με την κάρτα {CARD}.",
             "{CARD}: αυτή είναι η κάρτα με την οποία πλήρωσα την παραγγελία {ORDER9}, και με χρεώσατε δύο φορές.",
             "Αριθμός κάρτας: {CARD}",
             "Μπορείτε να επιστρέψετε τα {PRICE} στην κάρτα μου ({CARD}) αντί για κουπόνι;",
             "πελάτης: τον αριθμό μπροστά; είναι {CARD}",
             "Η πληρωμή στις {DATE} απορρίφθηκε, αν και η κάρτα {CARD} έχει υπόλοιπο.",
             "Με χρεώσατε {PRICE} δύο φορές στην κάρτα {CARD}, στις {DATE} και χθες.",
             "Συγγνώμη, έκανα λάθος σε ένα ψηφίο ({X_CARD}) – η σωστή κάρτα είναι {CARD}.",
             "Υπάλληλος: Με ποια κάρτα θέλετε να πληρώσετε;\nΠελάτης: Με την καινούργια, {CARD}."],
    "IBAN": ["Παρακαλώ κάντε την επιστροφή στο IBAN {IBAN}, δικαιούχος {NAME}.",
             "Άλλαξα τράπεζα, το νέο μου IBAN είναι {IBAN}",
             "{IBAN}: σε αυτόν τον λογαριασμό θέλω να γίνει η επιστροφή των {PRICE}.",
             "Μπορείτε να χρεώνετε τις επόμενες δόσεις στο {IBAN};",
             "iban {IBAN} – είναι κοινός λογαριασμός με τη σύζυγό μου.",
             "Πληρώσαμε το τιμολόγιο {INV} από τον λογαριασμό {IBAN} στις {DATE}.",
             "Το IBAN που έχετε ({X_IBAN}) είναι λάθος, το σωστό είναι {IBAN}.",
             "Δικαιούχος: {NAME}\nIBAN: {IBAN}"],
    "AMKA": ["Καλημέρα, ο ΑΜΚΑ μου είναι {AMKA}.",
             "ΑΜΚΑ: {AMKA}",
             "{AMKA} – αυτός είναι ο ΑΜΚΑ μου, για το παραπεμπτικό.",
             "Παρακαλώ κλείστε το ραντεβού στο όνομα <<του|της>> {NAME:gen}, ΑΜΚΑ {AMKA}.",
             "πελάτης: ο αμκα; ναι, είναι {AMKA}",
             "Για τη συνταγή χρειάζεστε τον ΑΜΚΑ μου: {AMKA}.",
             "Στην απόδειξη της παραγγελίας {ORDER10} λείπει ο ΑΜΚΑ ({AMKA}), μπορείτε να τη διορθώσετε;",
             "Έγραψα λάθος τον ΑΜΚΑ ({X_AMKA}), ο σωστός είναι {AMKA}.",
             "Ο ΑΜΚΑ του ασφαλισμένου είναι {AMKA}, τον χρειάζεστε για τον εμβολιασμό;",
             "αμκα {AMKA}, κάτοικος Λάρισας"],
    "AFM": ["Ο ΑΦΜ μου είναι {AFM}, για το τιμολόγιο.",
            "ΑΦΜ: {AFM}",
            "{AFM} – ο ΑΦΜ της επιχείρησής μου, ΔΟΥ Καλαμαριάς.",
            "Παρακαλώ εκδώστε τιμολόγιο στο όνομα <<του|της>> {NAME:gen}, ΑΦΜ {AFM}.",
            "αφμ {AFM}",
            "Στο τιμολόγιο {INV} ο ΑΦΜ είναι λάθος: πρέπει να είναι {AFM}.",
            "Για ενδοκοινοτική τιμολόγηση ο ΑΦΜ μας είναι {AFM}.",
            "Ο ΑΦΜ που έχετε στο σύστημα ({X_AFM}) δεν είναι έγκυρος· ο σωστός είναι {AFM}.",
            "πελάτης: ΑΦΜ {AFM}, θέλετε και ΔΟΥ;"],
    "CF": ["Ζω στο Μιλάνο, οπότε η φόρμα ζητά το codice fiscale μου: {CF}.",
           "Codice fiscale: {CF}",
           "{CF}: αυτός είναι ο ιταλικός φορολογικός μου κωδικός (codice fiscale).",
           "Έγραψα λάθος το codice fiscale ({X_CF})· το σωστό είναι {CF}."],
    "PIVA": ["Παρακαλώ βάλτε στο τιμολόγιο τον ιταλικό ΑΦΜ της εταιρείας (partita IVA): {PIVA}.",
             "Partita IVA {PIVA} – τιμολογώ μέσω της ιταλικής μου επιχείρησης.",
             "{PIVA} είναι η partita IVA του γραφείου μας στη Ρώμη.",
             "Η partita IVA {X_PIVA} στο τιμολόγιο είναι λάθος, η σωστή είναι {PIVA}."],
    "CNP": ["Είμαι <<Ρουμάνος|Ρουμάνα>> υπήκοος και δεν έχω ακόμη ΑΜΚΑ· ο προσωπικός μου κωδικός (CNP) είναι {CNP}.",
            "CNP: {CNP}",
            "{CNP} – ο ρουμανικός προσωπικός μου κωδικός, όπως τον ζητήσατε.",
            "Ο CNP που σας έστειλα ({X_CNP}) είχε λάθος· ο σωστός είναι {CNP}."],
    "HETU": ["Ο φινλανδικός αριθμός ταυτότητάς μου (henkilötunnus) είναι {HETU}.",
             "henkilötunnus: {HETU}",
             "{HETU} – αυτό είναι το henkilötunnus μου από τη Φινλανδία.",
             "Στη φόρμα γράφει {X_HETU}, αλλά το henkilötunnus μου είναι {HETU}."],
    "PAIR_SPECIFIC": {
        ("AFM", "AMKA"): ["ΑΜΚΑ {AMKA}, ΑΦΜ {AFM} – αυτά χρειάζεστε;",
                          "Στοιχεία για την αίτηση: ΑΜΚΑ {AMKA} και ΑΦΜ {AFM}.",
                          "ο αμκα μου είναι {AMKA} και ο αφμ {AFM}"],
        ("AFM", "IBAN"): ["Για την επιστροφή: ΑΦΜ {AFM}, IBAN {IBAN}."],
        ("AMKA", "IBAN"): ["ΑΜΚΑ {AMKA}, και ο λογαριασμός για την αποζημίωση: {IBAN}."],
        ("CARD", "IBAN"): ["Ακυρώστε τη χρέωση στην κάρτα {CARD}· προτιμώ πάγια εντολή στο {IBAN}."]},
    "PAIR": ["Σας στέλνω τα στοιχεία που ζητήσατε: {L1} {ID1} και {L2} {ID2}.",
             "{L1c}: {ID1}\n{L2c}: {ID2}",
             "{ID1} ({L1s}) και {ID2} ({L2s}), όπως ζητήσατε.",
             "Όπως μου ζητήσατε – {L1}: {ID1}, {L2}: {ID2}. Ευχαριστώ."],
    "TRIPLE": ["Ονοματεπώνυμο: {NAME}\n{L1c}: {ID1}\n{L2c}: {ID2}\n{L3c}: {ID3}",
               "Για την αίτηση: {L1} {ID1}, {L2} {ID2}, {L3} {ID3}."],
    "PHONE": ["Μπορείτε να με καλέσετε στο {PHONE} μετά τις {TIME};",
              "Πελάτης: ναι, το κινητό μου είναι {PHONE:mob}.",
              "{PHONE} – πάρτε με όποτε θέλετε, είμαι σπίτι όλη μέρα.",
              "Άλλαξα αριθμό, ο καινούργιος είναι {PHONE}.",
              "Προτιμώ το σταθερό, {PHONE:fix}, γιατί εδώ το κινητό δεν έχει σήμα.",
              "Μπορεί ο κούριερ να πάρει τηλέφωνο στο {PHONE} όταν φτάσει; Παραγγελία {ORDER10}.",
              "Κιν. {PHONE:mob}",
              "Είμαι στο εξωτερικό, καλύτερα να με πάρετε στο {PHONE:intl}.",
              "Γραφείο: {PHONE:fix}, εσωτ. 215",
              "Υπάλληλος: Ένα τηλέφωνο επικοινωνίας;\nΠελάτης: {PHONE}",
              "Είμαι <<ο|η>> {FIRST}, έχασα την κλήση του κούριερ· το τηλέφωνό μου είναι {PHONE}.",
              "Για την παράδοση στη διεύθυνση {ADDR} καλέστε στο {PHONE}.",
              "Στείλτε μου SMS στο {PHONE} όταν το δέμα {TRACK13} βγει για διανομή.",
              "τηλ. {PHONE} (καλύτερα μετά τις {TIME})",
              "Θα το παραλάβει ο γιος μου, το τηλέφωνό του είναι {PHONE}.",
              "Σας έχω ζητήσει τρεις φορές να μην καλείτε πια στο {PHONE}!",
              "Το τηλέφωνο του γραφείου είναι {PHONE:fix}, αλλά προτιμώ email.",
              "Κράτηση {BOOK} για τις {DATE}, τηλέφωνο επικοινωνίας {PHONE}.",
              "Πλήρωσα {PRICE} στις {DATE} και κανείς δεν με πήρε στο {PHONE}, όπως μου υποσχεθήκατε.",
              "Με εκτίμηση,\n{NAME}\n{PHONE}",
              "Για οτιδήποτε πάρτε με τηλέφωνο ({PHONE})."],
    "PHONE2": ["Σπίτι {PHONE:fix}, κινητό {PHONE:mob}.",
               "Αν δεν απαντήσω στο {PHONE}, πάρτε τη γυναίκα μου στο {PHONE}.",
               "Παλιός αριθμός: {PHONE} – νέος αριθμός: {PHONE}",
               "Το πρωί στο {PHONE}, το βράδυ στο {PHONE}."],
    "OTHER": [("NAME", "Ονομάζομαι {NAME} και σας γράφω για την παραγγελία {ORDER10}."),
              ("NAME", "<<Αγαπητέ κύριε|Αγαπητή κυρία>> {LAST:voc}, σας ευχαριστούμε για την υπομονή σας."),
              ("NAME", "Ευχαριστώ για τη γρήγορη εξυπηρέτηση.\n\nΜε εκτίμηση,\n{NAME}"),
              ("NAME", "Μίλησα με <<2:τον|τη(ν)>> {NAME2:acc} στις {DATE} και μου υποσχέθηκαν επιστροφή χρημάτων."),
              ("ADDRESS", "Η νέα διεύθυνση αποστολής είναι {ADDR}."),
              ("ADDRESS", "Παραλήπτης: {NAME}, {ADDR}"),
              ("EMAIL", "Μπορείτε να μου γράψετε στο {EMAIL}."),
              ("EMAIL", "Το {EMAIL} είναι το email του λογαριασμού, όχι αυτό που έχετε εσείς."),
              ("URL", "Ορίστε το προφίλ μου, για να δείτε την κριτική: {URL}"),
              ("URL", "Η σελίδα {SHOP_URL} με στέλνει στο {URL}, που δεν ανοίγει."),
              ("IP", "Βλέπω σύνδεση από {IP} στις {DATE} – δεν ήμουν εγώ."),
              ("IP", "Ο router δείχνει ότι η δημόσια IP μου είναι {IP}· μπορείτε να την προσθέσετε στη λίστα;"),
              ("MULTI", "Με λένε {NAME:acc}· παρακαλώ αλλάξτε το email μου σε {EMAIL} και το κινητό σε {PHONE:mob}.")],
    "NEG": [("NEG", "Η παραγγελία μου {ORDER9} δεν έχει φτάσει ακόμη, έπρεπε να παραδοθεί στις {DATE}."),
            ("NEG", "Αίτημα {TICKET11}: η επιστροφή των {PRICE} δεν έχει γίνει ακόμη."),
            ("NEG", "Ο αριθμός αποστολής {TRACK13} δεν έχει κίνηση από τις {DATE}."),
            ("IBAN_INVALID", "Τιμολόγιο {INV16}: η τράπεζά μου απορρίπτει το IBAN που γράφει ({X_IBAN})."),
            ("NEG", "Κράτηση {BOOK}: {QTY:people} για τις {DATE} στις {TIME}."),
            ("CARD_INVALID", "Παρήγγειλα {QTY} με τη δωροεπιταγή {X_CARD}, αλλά στο δέμα ήταν τα μισά."),
            ("NEG", "Κάνετε αποστολή και στον ΤΚ {POSTCODE}; Είναι για δώρο."),
            ("NEG", "Παραγγελία {ORDER10}: {QTY}, σύνολο {PRICE}, παράδοση {DATE}."),
            ("NEG", "Το δέμα {TRACK13} αφέθηκε στο κατάστημα στις {TIME}."),
            ("NEG", "Η τιμή άλλαξε από {PRICE} σε {PRICE} μεταξύ {DATE} και σήμερα."),
            ("CARD_INVALID", "Ο κωδικός της δωροκάρτας, {X_CARD}, δεν γίνεται δεκτός στο ταμείο."),
            ("IBAN_INVALID", "Προσπάθησα να κάνω μεταφορά στο {X_IBAN}, αλλά η τράπεζα λέει ότι το IBAN δεν είναι έγκυρο."),
            ("ID_INVALID", "Το υπόδειγμα στη φόρμα σας, ΑΜΚΑ {X_AMKA}, δεν περνάει τον έλεγχο."),
            ("ID_INVALID", "Ο ΑΦΜ {X_AFM} που αναγράφεται στην απόδειξη δεν είναι έγκυρος."),
            ("ID_INVALID", "Το codice fiscale του παραδείγματος ({X_CF}) δεν είναι έγκυρο."),
            ("ID_INVALID", "Η partita IVA {X_PIVA} του προμηθευτή δεν περνάει τον έλεγχο."),
            ("ID_INVALID", "Ο CNP του παραδείγματος, {X_CNP}, δεν είναι έγκυρος."),
            ("ID_INVALID", "Το henkilötunnus στο δείγμα ({X_HETU}) είναι λάθος.")],
}

T["ro"] = {
    "labels": {"CARD": ["numărul cardului"], "IBAN": ["IBAN"], "CF": ["codice fiscale", "codul fiscal italian"],
               "PIVA": ["partita IVA", "codul de TVA italian"], "AMKA": ["AMKA", "numărul grecesc de asigurare (AMKA)"],
               "AFM": ["AFM", "codul fiscal grecesc (AFM)"], "CNP": ["CNP", "codul numeric personal"],
               "HETU": ["henkilötunnus", "codul personal finlandez"]},
    "CARD": ["Bună ziua, aș vrea să achit suma de {PRICE} cu cardul {CARD}.",
             "{CARD} este cardul cu care am plătit comanda {ORDER9}, iar suma mi-a fost retrasă de două ori.",
             "Număr card: {CARD}",
             "Puteți returna {PRICE} pe cardul meu ({CARD}) în loc de voucher?",
             "client: numărul de pe față? e {CARD}",
             "Plata din {DATE} a fost respinsă, deși pe cardul {CARD} sunt bani.",
             "Mi-ați retras {PRICE} de două ori de pe cardul {CARD}, pe {DATE} și ieri.",
             "Scuze, am greșit o cifră mai devreme ({X_CARD}) – cardul corect este {CARD}.",
             "Operator: Cu ce card doriți să plătiți?\nClient: Cu cel nou, {CARD}."],
    "IBAN": ["Vă rog să faceți rambursarea în contul {IBAN}, titular {NAME}.",
             "Am schimbat banca, noul meu IBAN este {IBAN}",
             "{IBAN} este contul în care aș vrea să primesc suma de {PRICE}.",
             "Puteți să-mi debitați ratele următoare din contul {IBAN}?",
             "iban {IBAN} – e un cont comun cu soția mea.",
             "Am plătit factura {INV} din contul {IBAN} pe {DATE}.",
             "IBAN-ul pe care îl aveți ({X_IBAN}) e greșit, cel corect este {IBAN}.",
             "Titular cont: {NAME}\nIBAN: {IBAN}"],
    "CNP": ["Bună ziua, CNP-ul meu este {CNP}.",
            "CNP: {CNP}",
            "{CNP} – acesta este CNP-ul meu, pentru factură.",
            "Vă rog să emiteți factura pe numele {NAME}, CNP {CNP}.",
            "client: cnp-ul? da, e {CNP}",
            "Pentru garanție îmi cereți codul numeric personal: {CNP}.",
            "Pe factura comenzii {ORDER10} lipsește CNP-ul meu ({CNP}), o puteți corecta?",
            "Am scris greșit CNP-ul ({X_CNP}), cel corect este {CNP}.",
            "CNP-ul <<soțului meu|soției mele>> este {CNP}, îl cereți pentru abonament?",
            "cnp {CNP}, <<domiciliat|domiciliată>> în Cluj-Napoca"],
    "CF": ["Locuiesc în Italia, așa că formularul îmi cere codice fiscale: {CF}.",
           "Codice fiscale: {CF}",
           "{CF} este codul meu fiscal italian.",
           "Pentru contractul din Torino: codice fiscale {CF}.",
           "Am greșit codice fiscale mai devreme ({X_CF}); cel corect este {CF}."],
    "PIVA": ["Vă rog să treceți pe factură codul de TVA italian (partita IVA): {PIVA}.",
             "Partita IVA {PIVA} – lucrez pe cont propriu în Italia.",
             "{PIVA} este partita IVA a firmei mele din Verona.",
             "Partita IVA {X_PIVA} de pe factură e greșită, cea corectă este {PIVA}."],
    "AMKA": ["Lucrez în Grecia și am AMKA: {AMKA}.",
             "AMKA {AMKA} – numărul meu de asigurare din Grecia.",
             "Numărul grecesc de asigurare (AMKA) este {AMKA}.",
             "Am scris greșit AMKA ({X_AMKA}), cel corect este {AMKA}."],
    "AFM": ["Codul meu fiscal grecesc (AFM) este {AFM}.",
            "AFM: {AFM}",
            "{AFM} – AFM-ul firmei din Salonic, pentru factură.",
            "AFM-ul {X_AFM} din sistemul vostru e greșit, cel corect este {AFM}."],
    "HETU": ["Codul meu personal finlandez (henkilötunnus) este {HETU}.",
             "henkilötunnus: {HETU}",
             "{HETU} – codul personal <<al soțului meu din Finlanda; el este titularul|al soției mele din Finlanda; ea este titulara>> contractului.",
             "În formular apare {X_HETU}, dar codul meu henkilötunnus este {HETU}."],
    "PAIR_SPECIFIC": {
        ("CNP", "IBAN"): ["Pentru rambursare: CNP {CNP}, IBAN {IBAN}.",
                          "CNP-ul meu este {CNP}, iar contul pentru retur este {IBAN}."],
        ("CARD", "IBAN"): ["Anulați plata cu cardul {CARD}; prefer debitare directă din contul {IBAN}."],
        ("CARD", "CNP"): ["Pentru contractul de credit: CNP {CNP}, card {CARD}."]},
    "PAIR": ["Vă trimit datele cerute: {L1} {ID1} și {L2} {ID2}.",
             "{L1c}: {ID1}\n{L2c}: {ID2}",
             "{ID1} ({L1s}) și {ID2} ({L2s}), cum ați cerut.",
             "Cum mi-ați cerut – {L1}: {ID1}; {L2}: {ID2}. Mulțumesc!"],
    "TRIPLE": ["Nume și prenume: {NAME}\n{L1c}: {ID1}\n{L2c}: {ID2}\n{L3c}: {ID3}",
               "Pentru dosar: {L1} {ID1}, {L2} {ID2}, {L3} {ID3}."],
    "PHONE": ["Mă puteți suna la {PHONE} după ora {TIME}?",
              "Client: da, numărul meu de mobil e {PHONE:mob}.",
              "{PHONE} – sunați-mă oricând, sunt acasă toată ziua.",
              "Mi-am schimbat numărul, cel nou este {PHONE}.",
              "Prefer telefonul fix, {PHONE:fix}, pentru că aici nu am semnal la mobil.",
              "Curierul poate să mă sune la {PHONE} când ajunge? Comanda {ORDER10}.",
              "Mobil: {PHONE:mob}",
              "Sunt în străinătate, mai bine sunați-mă la {PHONE:intl}.",
              "Birou: {PHONE:fix}, interior 214",
              "Operator: Un număr de telefon la care vă putem contacta?\nClient: {PHONE}",
              "Sunt {FIRST}, am pierdut apelul curierului; numărul meu este {PHONE}.",
              "Pentru livrarea la adresa {ADDR} sunați la {PHONE}.",
              "Trimiteți-mi un SMS la {PHONE} când coletul {TRACK13} pleacă spre livrare.",
              "tel. {PHONE} (de preferat după ora {TIME})",
              "Va ridica fiul meu coletul, numărul lui este {PHONE}.",
              "V-am rugat de trei ori să nu mai sunați la {PHONE}!",
              "Numărul de la birou este {PHONE:fix}, dar prefer e-mailul.",
              "Rezervarea {BOOK} din {DATE}, telefon de contact {PHONE}.",
              "Am plătit {PRICE} pe {DATE} și nu m-a sunat nimeni la {PHONE}, cum mi s-a promis.",
              "Cu stimă,\n{NAME}\n{PHONE}",
              "Pentru orice problemă, sunați-mă ({PHONE})."],
    "PHONE2": ["Acasă {PHONE:fix}, mobil {PHONE:mob}.",
               "Dacă nu răspund la {PHONE}, o puteți suna pe soția mea la {PHONE}.",
               "Număr vechi: {PHONE}; număr nou: {PHONE}",
               "Ziua la {PHONE}, seara la {PHONE}."],
    "OTHER": [("NAME", "Mă numesc {NAME} și vă scriu în legătură cu comanda {ORDER10}."),
              ("NAME", "<<Stimate domnule|Stimată doamnă>> {LAST}, vă mulțumim pentru răbdare."),
              ("NAME", "Mulțumesc pentru rapiditate.\n\nCu stimă,\n{NAME}"),
              ("NAME", "Am vorbit cu {NAME2} pe {DATE} și mi s-a promis o rambursare în 48 de ore."),
              ("ADDRESS", "Noua adresă de livrare este {ADDR}."),
              ("ADDRESS", "Destinatar: {NAME}, {ADDR}"),
              ("EMAIL", "Îmi puteți scrie la {EMAIL}."),
              ("EMAIL", "{EMAIL} este adresa asociată contului, nu cea pe care o aveți voi."),
              ("URL", "Iată profilul meu, ca să vedeți recenzia: {URL}"),
              ("URL", "Pagina {SHOP_URL} mă trimite la {URL}, care nu se deschide."),
              ("IP", "Văd o autentificare de la {IP} pe {DATE} – nu am fost eu."),
              ("IP", "Routerul îmi arată că IP-ul public este {IP}; îl puteți adăuga pe lista albă?"),
              ("MULTI", "Numele meu este {NAME}; vă rog să-mi actualizați e-mailul la {EMAIL} și telefonul la {PHONE}.")],
    "NEG": [("NEG", "Comanda mea {ORDER9} nu a ajuns încă, livrarea era prevăzută pe {DATE}."),
            ("NEG", "Tichetul {TICKET11}: rambursarea de {PRICE} nu a venit încă."),
            ("NEG", "Numărul de urmărire {TRACK13} nu s-a mai actualizat din {DATE}."),
            ("IBAN_INVALID", "Factura nr. {INV16}: banca mea respinge IBAN-ul trecut pe ea ({X_IBAN})."),
            ("NEG", "Rezervarea {BOOK}: {QTY:people} pentru {DATE}, ora {TIME}."),
            ("CARD_INVALID", "Am comandat {QTY} cu voucherul {X_CARD}, dar în colet era doar jumătate."),
            ("NEG", "Livrați și la codul poștal {POSTCODE}? Este un cadou."),
            ("NEG", "Comanda {ORDER10}: {QTY}, total {PRICE}, livrare pe {DATE}."),
            ("NEG", "Coletul {TRACK13} a fost lăsat la depozit la ora {TIME}."),
            ("NEG", "Prețul s-a schimbat de la {PRICE} la {PRICE} între {DATE} și azi."),
            ("CARD_INVALID", "Codul voucherului, {X_CARD}, nu este acceptat la plată."),
            ("IBAN_INVALID", "Am încercat un transfer în {X_IBAN}, dar banca spune că IBAN-ul nu este valid."),
            ("ID_INVALID", "CNP-ul din exemplul de pe site ({X_CNP}) nu trece de validare."),
            ("ID_INVALID", "Codul henkilötunnus de exemplu ({X_HETU}) nu este valid."),
            ("ID_INVALID", "Codul fiscal italian din exemplu ({X_CF}) nu este valid."),
            ("ID_INVALID", "Partita IVA {X_PIVA} a furnizorului nu trece de verificare."),
            ("ID_INVALID", "AMKA din modelul de formular, {X_AMKA}, nu este valid."),
            ("ID_INVALID", "AFM-ul {X_AFM} de pe chitanță nu este valid.")],
}

T["fi"] = {
    "labels": {"CARD": ["kortin numero"], "IBAN": ["IBAN", "tilinumero"],
               "CF": ["codice fiscale", "italialainen verokoodi"], "PIVA": ["partita IVA", "italialainen ALV-tunniste"],
               "AMKA": ["AMKA", "kreikkalainen AMKA"], "AFM": ["AFM", "kreikkalainen verotunniste (AFM)"],
               "CNP": ["CNP", "romanialainen henkilötunnus (CNP)"], "HETU": ["henkilötunnus", "hetu"]},
    "CARD": ["Hei, maksaisin avoimen laskun ({PRICE}) kortilla {CARD}.",
             "{CARD} on kortti, jolla maksoin tilauksen {ORDER9}, ja veloitus tuli kahdesti.",
             "Kortin numero: {CARD}",
             "Voitteko palauttaa {PRICE} kortilleni ({CARD}) lahjakortin sijaan?",
             "asiakas: se pitkä numero edessä? se on {CARD}",
             "Maksu {DATE} hylättiin, vaikka kortilla {CARD} on katetta.",
             "Minulta veloitettiin {PRICE} kahdesti kortilta {CARD}, {DATE} ja eilen.",
             "Anteeksi, edellisessä viestissä oli väärä numero ({X_CARD}) – oikea kortti on {CARD}.",
             "Asiakaspalvelija: Millä kortilla haluatte maksaa?\nAsiakas: Uudella, {CARD}."],
    "IBAN": ["Palautuksen voi maksaa tilille {IBAN}, tilin omistaja {NAME}.",
             "Vaihdoin pankkia, uusi tilinumeroni on {IBAN}",
             "{IBAN} on tili, jolle haluan palautuksen ({PRICE}).",
             "Voitteko veloittaa seuraavat erät tililtä {IBAN}?",
             "iban {IBAN} – yhteinen tili vaimoni kanssa.",
             "Maksoimme laskun {INV} tililtä {IBAN} {DATE}.",
             "Teillä oleva tilinumero ({X_IBAN}) on väärin, oikea on {IBAN}.",
             "Tilinomistaja: {NAME}\nIBAN: {IBAN}"],
    "HETU": ["Hei, henkilötunnukseni on {HETU}.",
             "Henkilötunnus: {HETU}",
             "{HETU} – tässä hetuni laskua varten.",
             "Laskun voi osoittaa nimelle {NAME}, henkilötunnus {HETU}.",
             "asiakas: hetu? joo, se on {HETU}",
             "Takuuta varten pyysitte henkilötunnusta: {HETU}.",
             "Tilauksen {ORDER10} laskusta puuttuu henkilötunnukseni ({HETU}), voitteko korjata sen?",
             "Kirjoitin hetun väärin ({X_HETU}), oikea on {HETU}.",
             "Puolisoni henkilötunnus on {HETU}, tarvitsetteko sitä liittymää varten?",
             "hetu {HETU}, asun Tampereella",
             "Osamaksua varten: {NAME}, hetu {HETU}."],
    "CF": ["Asun Milanossa, joten lomakkeessa kysytään codice fiscalea: {CF}.",
           "Codice fiscale: {CF}",
           "{CF} on italialainen verokoodini (codice fiscale).",
           "Kirjoitin codice fiscalen väärin ({X_CF}), oikea on {CF}."],
    "PIVA": ["Laskuun italialainen ALV-tunnisteemme (partita IVA): {PIVA}.",
             "Partita IVA {PIVA} – laskutan italialaisen toiminimeni kautta.",
             "{PIVA} on Rooman-toimistomme partita IVA.",
             "Laskussa oleva partita IVA {X_PIVA} on väärä, oikea on {PIVA}."],
    "AMKA": ["Olen Kreikan kansalainen, ja AMKA-numeroni on {AMKA}.",
             "AMKA: {AMKA}",
             "{AMKA} – kreikkalainen sosiaaliturvatunnukseni (AMKA).",
             "Lomakkeessa lukee {X_AMKA}, mutta oikea AMKA-numeroni on {AMKA}."],
    "AFM": ["Kreikkalainen verotunnisteeni (AFM) on {AFM}.",
            "AFM: {AFM}",
            "{AFM} on Ateenan-toimistomme AFM, laittakaa se laskuun.",
            "Antamani AFM ({X_AFM}) oli väärin, oikea on {AFM}."],
    "CNP": ["Olen Romanian kansalainen enkä ole vielä saanut suomalaista henkilötunnusta – CNP-numeroni on {CNP}.",
            "CNP: {CNP}",
            "{CNP} – romanialainen henkilötunnukseni (CNP).",
            "CNP-numerossa oli kirjoitusvirhe ({X_CNP}), oikea on {CNP}."],
    "PAIR_SPECIFIC": {
        ("HETU", "IBAN"): ["Palautusta varten: hetu {HETU}, tili {IBAN}.",
                           "Henkilötunnukseni on {HETU}, ja palautuksen voi maksaa tilille {IBAN}."],
        ("CARD", "IBAN"): ["Perukaa korttiveloitus ({CARD}); maksan mieluummin suoraveloituksella tililtä {IBAN}."],
        ("CARD", "HETU"): ["Osamaksuhakemus: hetu {HETU}, kortti {CARD}."]},
    "PAIR": ["Tässä pyytämänne tiedot: {L1} {ID1} ja {L2} {ID2}.",
             "{L1c}: {ID1}\n{L2c}: {ID2}",
             "{ID1} ({L1s}) ja {ID2} ({L2s}), kuten pyysitte.",
             "Pyysitte tietoja – {L1}: {ID1}; {L2}: {ID2}. Kiitos!"],
    "TRIPLE": ["Nimi: {NAME}\n{L1c}: {ID1}\n{L2c}: {ID2}\n{L3c}: {ID3}",
               "Hakemusta varten: {L1} {ID1}, {L2} {ID2}, {L3} {ID3}."],
    "PHONE": ["Voitteko soittaa minulle numeroon {PHONE} klo {TIME} jälkeen?",
              "Asiakas: joo, kännykkänumeroni on {PHONE:mob}.",
              "{PHONE} – soittakaa milloin vain, olen kotona koko päivän.",
              "Numeroni vaihtui, uusi on {PHONE}.",
              "Soittakaa mieluummin lankapuhelimeen {PHONE:fix}, täällä kännykkä ei kuulu.",
              "Voiko kuriiri soittaa numeroon {PHONE} perille tullessaan? Tilaus {ORDER10}.",
              "Puh. {PHONE:mob}",
              "Olen ulkomailla, joten soittakaa numeroon {PHONE:intl}.",
              "Toimisto: {PHONE:fix}, alanumero 214",
              "Asiakaspalvelija: Entä puhelinnumero?\nAsiakas: {PHONE}",
              "Täällä {FIRST}, kuriirin puhelu meni ohi – numeroni on {PHONE}.",
              "Toimitus osoitteeseen {ADDR}; soittakaa numeroon {PHONE}.",
              "Laittakaa tekstiviesti numeroon {PHONE}, kun paketti {TRACK13} on jakelussa.",
              "p. {PHONE} (mieluiten klo {TIME} jälkeen)",
              "Poikani hakee paketin, hänen numeronsa on {PHONE}.",
              "Olen pyytänyt jo kolmesti, ettette enää soittaisi numeroon {PHONE}!",
              "Toimiston numero on {PHONE:fix}, mutta sähköposti on parempi.",
              "Varaus {BOOK} {DATE}, yhteyshenkilön puhelin {PHONE}.",
              "Maksoin {PRICE} {DATE}, eikä kukaan soittanut numeroon {PHONE}, kuten luvattiin.",
              "Ystävällisin terveisin\n{NAME}\n{PHONE}",
              "Jos tulee kysyttävää, soittakaa ({PHONE})."],
    "PHONE2": ["Koti {PHONE:fix}, kännykkä {PHONE:mob}.",
               "Jos en vastaa numerosta {PHONE}, soittakaa vaimolleni numeroon {PHONE}.",
               "Vanha numero: {PHONE}; uusi numero: {PHONE}",
               "Päivisin {PHONE}, iltaisin {PHONE}."],
    "OTHER": [("NAME", "Nimeni on {NAME}, ja kirjoitan tilauksesta {ORDER10}."),
              ("NAME", "Hyvä {NAME}, kiitos kärsivällisyydestänne."),
              ("NAME", "Kiitos nopeasta avusta!\n\nYstävällisin terveisin\n{NAME}"),
              ("NAME", "Asiakaspalvelijanne {NAME2} lupasi minulle {DATE} hyvityksen 48 tunnin sisällä."),
              ("ADDRESS", "Uusi toimitusosoite on {ADDR}."),
              ("ADDRESS", "Vastaanottaja: {NAME}, {ADDR}"),
              ("EMAIL", "Voitte kirjoittaa minulle osoitteeseen {EMAIL}."),
              ("EMAIL", "{EMAIL} on tilini sähköpostiosoite, ei se, joka teillä on."),
              ("URL", "Tässä profiilini, niin näette arvosteluni: {URL}"),
              ("URL", "Sivu {SHOP_URL} ohjaa osoitteeseen {URL}, joka ei aukea."),
              ("IP", "Tililleni on kirjauduttu osoitteesta {IP} {DATE} – se en ollut minä."),
              ("IP", "Reitittimen mukaan julkinen IP-osoitteeni on {IP}; voitteko lisätä sen sallittujen listalle?"),
              ("MULTI", "Olen {NAME}; päivittäkää sähköpostini ({EMAIL}) ja puhelinnumeroni ({PHONE}).")],
    "NEG": [("NEG", "Tilaukseni {ORDER9} ei ole vieläkään tullut, vaikka sen piti olla perillä {DATE}."),
            ("NEG", "Tiketti {TICKET11}: palautusta ({PRICE}) ei ole vieläkään näkynyt."),
            ("NEG", "Seurantanumero {TRACK13} ei ole päivittynyt {DATE} jälkeen."),
            ("IBAN_INVALID", "Lasku {INV16}: pankkini ei hyväksy siihen merkittyä IBANia ({X_IBAN})."),
            ("NEG", "Varaus {BOOK}: {QTY:people}, {DATE} klo {TIME}."),
            ("CARD_INVALID", "Tilasin {QTY} lahjakortilla {X_CARD}, mutta paketissa oli vain puolet."),
            ("NEG", "Toimitatteko myös postinumeroon {POSTCODE}? Se on lahja."),
            ("NEG", "Tilaus {ORDER10}: {QTY}, yhteensä {PRICE}, toimitus {DATE}."),
            ("NEG", "Paketti {TRACK13} jätettiin noutopisteeseen klo {TIME}."),
            ("NEG", "Hinta oli {DATE} vielä {PRICE}, nyt {PRICE}."),
            ("CARD_INVALID", "Lahjakortin koodi {X_CARD} ei kelpaa kassalla."),
            ("IBAN_INVALID", "Yritin tehdä siirron tilille {X_IBAN}, mutta pankki sanoo, että IBAN on virheellinen."),
            ("ID_INVALID", "Lomakkeen esimerkkihetu {X_HETU} ei mene tarkistuksesta läpi."),
            ("ID_INVALID", "Lomakkeen esimerkki-AMKA {X_AMKA} hylätään tarkistuksessa."),
            ("ID_INVALID", "Esimerkin codice fiscale ({X_CF}) ei ole kelvollinen."),
            ("ID_INVALID", "Toimittajan partita IVA {X_PIVA} ei läpäise tarkistusta."),
            ("ID_INVALID", "Mallilomakkeen CNP {X_CNP} on virheellinen."),
            ("ID_INVALID", "Kuitissa oleva AFM {X_AFM} ei ole kelvollinen.")],
}

# How many valid identifiers of each type each language carries.
ID_ALLOC = {
    "en": {"CARD": 9, "IBAN": 9, "CF": 9, "PIVA": 9, "AMKA": 9, "AFM": 9, "CNP": 9, "HETU": 9},
    "it": {"CARD": 9, "IBAN": 9, "CF": 18, "PIVA": 17, "AMKA": 5, "AFM": 5, "CNP": 7, "HETU": 5},
    "el": {"CARD": 9, "IBAN": 9, "CF": 5, "PIVA": 5, "AMKA": 18, "AFM": 17, "CNP": 5, "HETU": 5},
    "ro": {"CARD": 9, "IBAN": 9, "CF": 6, "PIVA": 7, "AMKA": 6, "AFM": 6, "CNP": 18, "HETU": 5},
    "fi": {"CARD": 9, "IBAN": 9, "CF": 6, "PIVA": 6, "AMKA": 6, "AFM": 7, "CNP": 5, "HETU": 20},
}
ID_ORDER = ["CARD", "IBAN", "CF", "PIVA", "AMKA", "AFM", "CNP", "HETU"]
PAIRS_PREF = [("AFM", "AMKA"), ("CF", "PIVA"), ("CARD", "IBAN"), ("CNP", "IBAN"), ("HETU", "IBAN"), ("CF", "IBAN"),
              ("AFM", "IBAN"), ("AMKA", "IBAN"), ("IBAN", "PIVA"), ("CARD", "CNP"), ("CARD", "HETU"),
              ("AMKA", "CARD"), ("CARD", "CF")]
TRIPLES_PREF = [("AFM", "AMKA", "IBAN"), ("CF", "IBAN", "PIVA"), ("CARD", "CNP", "IBAN"), ("CARD", "HETU", "IBAN"),
                ("AMKA", "CARD", "IBAN"), ("CARD", "CF", "IBAN")]
NAT_OF = {"CF": "it", "PIVA": "it", "AMKA": "el", "AFM": "el", "CNP": "ro", "HETU": "fi"}

# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------

ENTITY_SLOTS = {"CARD": ("CARD", gen_card), "IBAN": ("IBAN", gen_iban), "CF": ("IT_CODICE_FISCALE", gen_cf),
                "PIVA": ("IT_PARTITA_IVA", gen_piva), "AMKA": ("GR_AMKA", gen_amka), "AFM": ("GR_AFM", gen_afm),
                "CNP": ("RO_CNP", gen_cnp), "HETU": ("FI_HETU", gen_hetu), "PHONE": ("PHONE", gen_phone),
                "EMAIL": ("EMAIL", gen_email), "URL": ("URL", gen_url), "IP": ("IP", gen_ip),
                "ADDR": ("ADDRESS", lambda ctx: ADDR[ctx["lang"]]())}
INVALID_SLOTS = {"X_CARD": ("CARD", gen_x_card), "X_IBAN": ("IBAN", gen_x_iban), "X_CF": ("IT_CODICE_FISCALE", gen_x_cf),
                 "X_PIVA": ("IT_PARTITA_IVA", gen_x_piva), "X_AMKA": ("GR_AMKA", gen_x_amka),
                 "X_AFM": ("GR_AFM", gen_x_afm), "X_CNP": ("RO_CNP", gen_x_cnp), "X_HETU": ("FI_HETU", gen_x_hetu)}
TRICKY_SLOTS = {"ORDER9": ("ORDER_NUMBER", lambda ctx: tricky_digits(9, "147")),
                "ORDER10": ("ORDER_NUMBER", lambda ctx: tricky_digits(10, "1")),
                "TICKET11": ("TICKET_NUMBER", lambda ctx: tricky_digits(11, "5689")),
                "TRACK13": ("TRACKING_NUMBER", gen_track),
                "INV": ("INVOICE_NUMBER", gen_inv),
                "INV16": ("INVOICE_NUMBER", lambda ctx: tricky_digits(16, "24579")),
                "BOOK": ("BOOKING_NUMBER", gen_book),
                "PRICE": ("PRICE", gen_price), "DATE": ("DATE", gen_date), "TIME": ("TIME", gen_time),
                "QTY": ("QUANTITY", gen_qty), "POSTCODE": ("POSTCODE", gen_postcode)}
UNIQUE_SLOTS = set(ENTITY_SLOTS) - {"ADDR"} | set(INVALID_SLOTS)
used_values = set()

PH_RE = re.compile(r"\{([A-Z][A-Z0-9_]*)(?::([a-z]+))?\}")
GS_RE = re.compile(r"<<(2:)?([^|<>]*)\|([^|<>]*)>>")


def call(gen, ctx, mod):
    return gen(ctx, mod) if mod else gen(ctx)


def slot_value(name, mod, ctx):
    """Return (value, 'E'|'D'|None, type, why)."""
    if name in ("NAME", "FIRST", "LAST", "NAME2", "FIRST2", "LAST2"):
        p = ctx["p2"] if name.endswith("2") else ctx["p1"]
        first, last = p["forms"][mod or "nom"]
        val = {"NAME": f"{first} {last}", "FIRST": first, "LAST": last}[name.rstrip("2")]
        return val, "E", "PERSON", None
    if name == "SHOP_URL":
        return gen_shop_url(ctx), "D", "URL", "not personal"
    for table, kind, why in ((ENTITY_SLOTS, "E", None), (INVALID_SLOTS, "D", "check digit fails"),
                             (TRICKY_SLOTS, "D", "tricky negative")):
        if name in table:
            typ, gen = table[name]
            for _ in range(1000):
                val = call(gen, ctx, mod)
                if name not in UNIQUE_SLOTS or val.upper() not in used_values:
                    break
            if name in UNIQUE_SLOTS:
                used_values.add(val.upper())
            return val, kind, typ, why
    raise KeyError(name)


def gender_switch(m, ctx):
    p = ctx["p2" if m.group(1) else "p1"]
    word = m.group(2) if p["gender"] == "m" else m.group(3)
    if word.endswith("(ν)"):
        # Greek accusative article: the final ν stays before a vowel and before κ π τ ξ ψ
        keep = p["forms"]["acc"][0][0] in "ΑΕΗΙΟΥΩΆΈΉΊΌΎΏΚΠΤΞΨ"
        word = word[:-3] + ("ν" if keep else "")
    return word


VALID_CHECK = {"CARD": lambda v: luhn_ok(re.sub(r"\D", "", v)),
               "IBAN": iban_ok,
               "CF": lambda v: cf_char(v.upper()[:15]) == v.upper()[15],
               "PIVA": lambda v: luhn_ok(re.sub(r"\D", "", v)),
               "AMKA": lambda v: amka_ok(re.sub(r"\D", "", v)),
               "AFM": lambda v: afm_ok(re.sub(r"\D", "", v)),
               "CNP": lambda v: cnp_ok(re.sub(r"\D", "", v)),
               "HETU": lambda v: hetu_char(v[:6], v[7:10]) == v[10].upper()}


def typo_of(t, val):
    """An invalid look-alike of the valid value val: one digit (or the check character) mistyped."""
    for _ in range(1000):
        if t == "CF" or t == "HETU":
            pos = pick([len(val) - 1, len(val) - 1, 6, 7] if t == "CF" else [10, 10, 8, 9])
        else:
            pos = pick([i for i, ch in enumerate(val) if ch.isdigit() and not (t == "IBAN" and i < 4)])
        ch = val[pos]
        if ch.isdigit():
            new = str((int(ch) + rng.randint(1, 9)) % 10)
        else:
            alphabet = HETU_CHARS if t == "HETU" else "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            new = pick([c for c in alphabet if c != ch.upper()])
            new = new.lower() if ch.islower() else new
        bad = val[:pos] + new + val[pos + 1:]
        if t == "HETU" and not 2 <= int(bad[7:10]) <= 899:
            continue
        if t == "CNP" and re.sub(r"\D", "", bad)[9:12] == "000":
            continue
        if not VALID_CHECK[t](bad) and clean_digits(re.sub(r"^(IT|EL)", "", bad)) \
                and (t != "AMKA" or ddmmyy_ok(re.sub(r"\D", "", bad)[:6])):
            return bad
    raise AssertionError((t, val))


def render(tpl, ctx):
    tpl = GS_RE.sub(lambda m: gender_switch(m, ctx), tpl)
    text, ents, dists, pos = "", [], [], 0
    names = [m.group(1) for m in PH_RE.finditer(tpl)]
    pre = {}
    for n in names:  # a mistyped value next to the right one is a typo of it
        if n.startswith("X_") and n[2:] in names:
            pre[n[2:]] = slot_value(n[2:], None, ctx)
    for m in PH_RE.finditer(tpl):
        text += tpl[pos:m.start()]
        if m.group(1) in pre:
            val, kind, typ, why = pre[m.group(1)]
        elif m.group(1)[2:] in pre:
            val, kind, typ, why = typo_of(m.group(1)[2:], pre[m.group(1)[2:]][0]), "D", \
                INVALID_SLOTS[m.group(1)][0], "check digit fails"
            used_values.add(val.upper())
        else:
            val, kind, typ, why = slot_value(m.group(1), m.group(2), ctx)
        start = len(text.encode("utf-8"))
        text += val
        end = len(text.encode("utf-8"))
        if kind == "E":
            ents.append({"type": typ, "start": start, "end": end})
        else:
            dists.append({"type": typ, "start": start, "end": end, "why": why})
        pos = m.end()
    text += tpl[pos:]
    return text, ents, dists


class Cycler:
    """Hands out templates in a shuffled order, reshuffling when all were used."""

    def __init__(self, items):
        self.items, self.queue, self.first = list(items), [], True

    def next(self):
        if not self.queue:
            self.queue = list(self.items)
            rng.shuffle(self.queue)
            if self.first:  # the first round starts with the templates that carry an invalid look-alike
                self.queue.sort(key=lambda t: "{X_" in t)
                self.first = False
        return self.queue.pop()


def pack_groups(lang):
    counts = dict(ID_ALLOC[lang])
    total = sum(counts.values())
    reserve = {t: 1 for t in ID_ORDER}  # kept back as single-identifier messages
    reserve.update({"CARD": 4, "IBAN": 3})
    for t, k in reserve.items():
        counts[t] -= k
    extra = total - ID_CASES
    n3 = 2 if extra >= 8 else 0
    n2 = extra - 2 * n3
    groups = []
    prefs = list(TRIPLES_PREF)
    rng.shuffle(prefs)
    i = 0
    while len(groups) < n3 and i < 10 * len(prefs):
        g = prefs[i % len(prefs)]
        if all(counts[t] > 0 for t in g):
            groups.append(list(g))
            for t in g:
                counts[t] -= 1
        i += 1
    prefs = list(PAIRS_PREF)
    rng.shuffle(prefs)
    i, pairs = 0, 0
    while pairs < n2:
        g = prefs[i % len(prefs)]
        if all(counts[t] > 1 for t in g) or (i >= 3 * len(prefs) and all(counts[t] > 0 for t in g)):
            groups.append(list(g))
            for t in g:
                counts[t] -= 1
            pairs += 1
        i += 1
        if i > 20 * len(prefs):
            a, b = sorted(ID_ORDER, key=lambda t: -counts[t])[:2]
            groups.append(sorted([a, b]))
            counts[a] -= 1
            counts[b] -= 1
            pairs += 1
    for t, k in reserve.items():
        counts[t] += k
    for t in ID_ORDER:
        groups += [[t]] * counts[t]
    assert len(groups) == ID_CASES, (lang, len(groups))
    return groups


def build_language(lang, iban_rot):
    L = T[lang]
    cyc = {}

    def cycler(key, items):
        if key not in cyc:
            cyc[key] = Cycler(items)
        return cyc[key].next()

    specs = []
    for g in pack_groups(lang):
        specs.append(("ID", g))
    for i in range(PHONE_CASES):
        specs.append(("PHONE2" if i < 4 else "PHONE", None))
    for item in L["OTHER"]:
        specs.append(("OTHER", item))
    for item in L["NEG"]:
        specs.append(("NEG", item))
    assert len(specs) == CASES_PER_LANG
    rng.shuffle(specs)

    cases, seen = [], set()
    for kind, arg in specs:
        for attempt in range(50):
            nat = lang
            if kind == "ID":
                group = list(arg)
                foreign = [NAT_OF[t] for t in group if t in NAT_OF and NAT_OF[t] != lang]
                if foreign and rng.random() < 0.7:
                    nat = foreign[0]
                key = tuple(sorted(group))
                if len(group) == 1:
                    tpl = cycler(group[0], L[group[0]])
                    cat = group[0] if group[0] in ("CARD", "IBAN") else "ID"
                else:
                    spec = L["PAIR_SPECIFIC"].get(key) if len(group) == 2 else None
                    if spec and rng.random() < 0.65:
                        tpl = cycler(key, spec)
                    else:
                        tpl = cycler("PAIR" if len(group) == 2 else "TRIPLE", L["PAIR" if len(group) == 2 else "TRIPLE"])
                        rng.shuffle(group)
                        for j, t in enumerate(group, 1):
                            lab = pick(L["labels"][t])
                            tpl = tpl.replace("{ID%d}" % j, "{%s}" % t).replace("{L%dc}" % j, lab[0].upper() + lab[1:])
                            tpl = tpl.replace("{L%d}" % j, lab).replace("{L%ds}" % j, L["labels"][t][0])
                    cat = "ID_PAIR" if len(group) == 2 else "ID_FORM"
            elif kind in ("PHONE", "PHONE2"):
                tpl = cycler(kind, L[kind])
                cat = None
            else:
                cat, tpl = arg
            ctx = {"lang": lang, "p1": make_person(nat, lang), "p2": make_person(lang, lang), "iban_rot": iban_rot}
            text, ents, dists = render(tpl, ctx)
            if cat is None:
                cat = "PHONE" if all(e["type"] == "PHONE" for e in ents) else "PHONE_MULTI"
            if text not in seen and text not in ALL_TEXTS and "((" not in text and "))" not in text:
                break
        seen.add(text)
        ALL_TEXTS.add(text)
        cases.append({"lang": lang, "text": text, "entities": ents, "distractors": dists, "category": cat})
    return cases


ALL_TEXTS = set()


def main():
    iban_rot = [0]
    out = []
    for lang in LANGS:
        for i, c in enumerate(build_language(lang, iban_rot), 1):
            row = {"id": "%s-f%03d" % (lang, i)}
            row.update(c)
            out.append(row)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s" % (len(out), OUT))


if __name__ == "__main__":
    main()
