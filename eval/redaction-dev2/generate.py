#!/usr/bin/env python3
"""Generate the held-out redaction test set (eval/redaction-dev2/cases.jsonl).

Standard library only.  A fixed seed makes the output byte for byte the same on
every run:

    python3 eval/redaction-dev2/generate.py

The sentences come from templates written for this set.  Identifiers are made
with correct (or, for the look-alikes, deliberately broken) check digits from
the public specifications implemented below.  Format and span conventions are
the ones of ../redaction/README.md.
"""

import json
import os
import random
import re
import unicodedata
from datetime import date, timedelta
from urllib.parse import quote

SEED = 20261205
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases.jsonl")
LANGS = ["en", "it", "el", "ro", "fi"]

rng = random.Random(SEED)


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def ndigits(n):
    """n digits, first one not 0."""
    return rng.choice("123456789") + digits(n - 1)


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def fold(s):
    """ASCII fold for e-mail local parts (ä -> a, ș -> s, d'Angelo -> dangelo)."""
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z]", "", s).lower()


def strip_accents_upper(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if c != "\u0301")
    return unicodedata.normalize("NFC", s.upper())


# ---------------------------------------------------------------------------
# check digits (public specifications)
# ---------------------------------------------------------------------------

def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def valid_date(y, m, d):
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


def ddmmyy_plausible(s):
    d, m, y = int(s[0:2]), int(s[2:4]), int(s[4:6])
    return valid_date(1900 + y, m, d) or valid_date(2000 + y, m, d)


PIVA_OFFICES = {"%03d" % i for i in range(1, 101)} | {"120", "121"}


def piva_ok(d):
    return len(d) == 11 and d.isdigit() and d[7:10] in PIVA_OFFICES and luhn_ok(d)


def amka_ok(d):
    return len(d) == 11 and d.isdigit() and ddmmyy_plausible(d[:6]) and luhn_ok(d)


def afm_check(d8):
    return sum(int(d8[i]) * 2 ** (8 - i) for i in range(8)) % 11 % 10


def afm_ok(d):
    return len(d) == 9 and d.isdigit() and afm_check(d[:8]) == int(d[8])


CNP_KEY = "279146358279"
CNP_COUNTIES = {"%02d" % i for i in range(1, 47)} | {"51", "52"}


def cnp_key(d12):
    r = sum(int(a) * int(b) for a, b in zip(d12, CNP_KEY)) % 11
    return 1 if r == 10 else r


def cnp_ok(d):
    if len(d) != 13 or not d.isdigit():
        return False
    s = int(d[0])
    if s == 0:
        return False
    yy, mm, dd = int(d[1:3]), int(d[3:5]), int(d[5:7])
    cent = {1: [1900], 2: [1900], 3: [1800], 4: [1800], 5: [2000], 6: [2000]}.get(s, [1900, 2000])
    if not any(valid_date(c + yy, mm, dd) for c in cent):
        return False
    if d[7:9] not in CNP_COUNTIES or d[9:12] == "000":
        return False
    return cnp_key(d[:12]) == int(d[12])


HETU_TABLE = "0123456789ABCDEFHJKLMNPRSTUVWXY"
HETU_CENT = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
             "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}
HETU_RE = re.compile(r"^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$")


def hetu_ok(s):
    m = HETU_RE.match(s.upper())
    if not m:
        return False
    dd, mm, yy, sign, nnn, c = m.groups()
    if not valid_date(HETU_CENT[sign] + int(yy), int(mm), int(dd)):
        return False
    if not 2 <= int(nnn) <= 899:
        return False
    return HETU_TABLE[int(dd + mm + yy + nnn) % 31] == c


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                   1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
                   22, 25, 24, 23]))
CF_EVEN = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
CF_MONTHS = "ABCDEHLMPRST"
CF_OMO = "LMNPQRSTUV"
CF_DIGIT_POS = [14, 13, 12, 10, 9, 7, 6]  # substituted from the right


def cf_checkchar(s15):
    tot = 0
    for i, ch in enumerate(s15):
        tot += CF_ODD[ch] if i % 2 == 0 else CF_EVEN[ch]
    return chr(65 + tot % 26)


CF_RE = re.compile(r"^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$")


def cf_ok(s):
    s = s.replace(" ", "").upper()
    if not CF_RE.match(s):
        return False
    return cf_checkchar(s[:15]) == s[15]


def iban_mod(s):
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return bool(re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]+$", s)) and iban_mod(s) == 1


def digit_checks(d):
    """Names of the id checks that the digit string d passes."""
    out = []
    if len(d) == 9 and afm_ok(d):
        out.append("GR_AFM")
    if len(d) == 11 and amka_ok(d):
        out.append("GR_AMKA")
    if len(d) == 11 and piva_ok(d):
        out.append("IT_PARTITA_IVA")
    if len(d) == 13 and cnp_ok(d):
        out.append("RO_CNP")
    if 11 <= len(d) <= 19 and luhn_ok(d):
        out.append("LUHN")
    return out


def clean_negative(s):
    """True if no digit run, nor all the digits together, nor any id-shaped
    piece of s passes an id check."""
    runs = re.findall(r"\d+", s)
    for r in runs + ["".join(runs)]:
        if digit_checks(r):
            return False
    for tok in re.findall(r"[A-Za-z0-9+\-]+", s):
        if hetu_ok(tok) or cf_ok(tok) or iban_ok(tok):
            return False
    if iban_ok(s.replace(" ", "")):
        return False
    return True


# ---------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------

def change_one_digit(s, positions):
    s = list(s)
    i = rng.choice(positions)
    s[i] = rng.choice([c for c in "0123456789" if c != s[i]])
    return "".join(s)


def make_card(kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc2", "amex"])
    if kind == "visa":
        raw = luhn_complete("4" + digits(14))
    elif kind == "mc":
        raw = luhn_complete("5" + rng.choice("12345") + digits(13))
    elif kind == "mc2":
        raw = luhn_complete(str(rng.randint(2221, 2720)) + digits(11))
    else:
        raw = luhn_complete("3" + rng.choice("47") + digits(12))
    return raw


def bad_card(kind=None):
    while True:
        raw = make_card(kind)
        bad = change_one_digit(raw, list(range(2, len(raw))))
        if not digit_checks(bad):
            return bad


def fmt_card(raw):
    if len(raw) == 15:
        return rng.choice([f"{raw[:4]} {raw[4:10]} {raw[10:]}", raw, f"{raw[:4]}-{raw[4:10]}-{raw[10:]}"])
    g = [raw[i:i + 4] for i in range(0, 16, 4)]
    r = rng.random()
    if r < 0.5:
        return " ".join(g)
    if r < 0.7:
        return "-".join(g)
    return raw


def num16_negative():
    while True:
        raw = rng.choice("67") + digits(15)
        if not luhn_ok(raw):
            g = [raw[i:i + 4] for i in range(0, 16, 4)]
            return rng.choice([" ".join(g), raw])


# --- IBAN -------------------------------------------------------------------

def it_bban():
    abi = rng.choice(["03069", "02008", "05034", "03062", "01030", "05428", "03111", "06230"])
    cab = digits(5)
    acct = rng.choice(["000000", "100000", "000010"]) + digits(6)
    body = abi + cab + acct
    return cf_checkchar_cin(body) + body


def cf_checkchar_cin(s22):
    tot = 0
    for i, ch in enumerate(s22):
        tot += CF_ODD[ch] if i % 2 == 0 else CF_EVEN[ch]
    return chr(65 + tot % 26)


def es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(r, r)


def nl_elf(acct):
    return sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0


def bban(cc):
    if cc == "IT":
        return it_bban()
    if cc == "GR":
        return rng.choice(["011", "014", "017", "026", "172"]) + digits(4) + digits(16)
    if cc == "RO":
        bank = rng.choice(["RNCB", "BTRL", "BRDE", "INGB", "RZBR", "BACX", "CECE"])
        if bank == "BTRL":
            return bank + "RONCRT" + digits(10)
        return bank + "0" + digits(15)
    if cc == "FI":
        pre = rng.choice(["1", "2", "5", "8", "31", "33", "36", "39", "405", "497", "6", "715", "799"])
        return luhn_complete(pre + digits(13 - len(pre)))
    if cc == "GB":
        return rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + digits(6) + digits(8)
    if cc == "DE":
        return rng.choice(["37040044", "10010010", "50010517", "20041133", "70150000", "12030000"]) + digits(10)
    if cc == "FR":
        b = rng.choice(["30004", "30003", "20041", "10278", "30066"])
        g = digits(5)
        c = digits(11)
        key = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97)
        return f"{b}{g}{c}{key:02d}"
    if cc == "ES":
        b = rng.choice(["2100", "0049", "0182", "2038", "0081"])
        o = digits(4)
        a = digits(10)
        return f"{b}{o}{es_dc('00' + b + o)}{es_dc(a)}{a}"
    if cc == "NL":
        bank = rng.choice(["ABNA", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ"])
        while True:
            a = ndigits(10)
            if nl_elf(a):
                return bank + a
    if cc == "BE":
        ten = digits(10)
        k = int(ten) % 97 or 97
        return f"{ten}{k:02d}"
    if cc == "PT":
        b = rng.choice(["0035", "0007", "0033", "0010", "0036"])
        n19 = b + digits(4) + digits(11)
        k = 98 - (int(n19) * 100 % 97)
        return f"{n19}{k:02d}"
    if cc == "AT":
        return rng.choice(["12000", "20111", "32000", "14000", "60000"]) + digits(11)
    raise KeyError(cc)


IBAN_LEN = {"IT": 27, "GR": 27, "RO": 24, "FI": 18, "GB": 22, "DE": 22, "FR": 27, "ES": 24,
            "NL": 18, "BE": 16, "PT": 25, "AT": 20}


def make_iban(cc):
    b = bban(cc)
    chk = 98 - iban_mod(cc + "00" + b)
    s = f"{cc}{chk:02d}{b}"
    assert len(s) == IBAN_LEN[cc] and iban_ok(s), s
    return s


def bad_iban(cc):
    """One digit of the BBAN changed: mod 97 fails (and no digit run passes
    another check)."""
    while True:
        s = make_iban(cc)
        pos = [i for i in range(4, len(s)) if s[i].isdigit()]
        bad = change_one_digit(s, pos)
        if clean_negative(bad):
            return bad


def neg_iban(cc):
    """IBAN-shaped string whose check digits are wrong."""
    while True:
        s = make_iban(cc)
        bad = s[:2] + "%02d" % rng.randint(2, 98) + s[4:]
        if clean_negative(bad):
            return bad


def fmt_iban(s):
    r = rng.random()
    grouped = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if r < 0.55:
        return grouped
    if r < 0.8:
        return s
    if r < 0.92:
        return s.lower()
    return grouped.lower()


# --- Italian codice fiscale and partita IVA ----------------------------------

BELFIORE = ["F205", "H501", "L219", "F839", "D612", "A944", "D969", "G273", "A662", "L736",
            "L781", "G224", "C351", "B157", "E506", "H703"]


def cf_letters(word, is_name):
    w = re.sub(r"[^A-Z]", "", fold(word).upper())
    cons = [c for c in w if c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vow) + "XXX")[:3]


def make_cf(first=None, sur=None, female=None, omocodia=None):
    if first is None:
        female = rng.random() < 0.5
        first = rng.choice(IT_FIRST_F if female else IT_FIRST_M)
        sur = rng.choice(IT_SUR)
    born = date(1948, 1, 1) + timedelta(days=rng.randint(0, 57 * 365))
    day = born.day + (40 if female else 0)
    s = (cf_letters(sur, False) + cf_letters(first, True) + "%02d" % (born.year % 100)
         + CF_MONTHS[born.month - 1] + "%02d" % day + rng.choice(BELFIORE))
    if omocodia is None:
        omocodia = rng.choice([0, 0, 0, 0, 1, 1, 2, 3])
    s = list(s)
    for p in CF_DIGIT_POS[:omocodia]:
        s[p] = CF_OMO[int(s[p])]
    s = "".join(s)
    return s + cf_checkchar(s)


def bad_cf(cf):
    while True:
        if rng.random() < 0.5:
            bad = cf[:15] + rng.choice([c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c != cf[15]])
        else:
            pos = [i for i in (6, 7, 9, 10, 12, 13, 14) if cf[i].isdigit()]
            bad = change_one_digit(cf, pos)
        if not cf_ok(bad):
            return bad


def fmt_cf(s):
    r = rng.random()
    if r < 0.8:
        return s
    if r < 0.95:
        return s.lower()
    return f"{s[:3]} {s[3:6]} {s[6:11]} {s[11:]}"


def make_piva():
    while True:
        office = rng.choice(["%03d" % rng.randint(1, 100), "%03d" % rng.randint(1, 100), "120", "121"])
        d = luhn_complete(rng.choice("0123") + digits(6) + office)
        if piva_ok(d) and not amka_ok(d):
            return d


def bad_piva():
    while True:
        bad = change_one_digit(make_piva(), list(range(11)))
        if bad[7:10] in PIVA_OFFICES and not digit_checks(bad):
            return bad


def fmt_piva(d):
    return ("IT" + d) if rng.random() < 0.3 else d


# --- Greek AMKA and AFM ---------------------------------------------------------

def birth(lo=1940, hi=2006):
    return date(lo, 1, 1) + timedelta(days=rng.randint(0, (hi - lo) * 365))


def make_amka():
    while True:
        b = birth()
        d = luhn_complete(b.strftime("%d%m%y") + digits(4))
        if amka_ok(d) and not piva_ok(d):
            return d


def bad_amka():
    while True:
        bad = change_one_digit(make_amka(), list(range(6, 11)))
        if ddmmyy_plausible(bad[:6]) and not digit_checks(bad):
            return bad


def make_afm():
    first = rng.choice(["0", "0", "1", "1", "1", "0", "9", "8"])
    d8 = first + digits(7)
    return d8 + str(afm_check(d8))


def bad_afm():
    while True:
        bad = change_one_digit(make_afm(), list(range(1, 9)))
        if not digit_checks(bad):
            return bad


def fmt_afm(d):
    r = rng.random()
    if r < 0.2:
        return "EL" + d
    if r < 0.32:
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    return d


# --- Romanian CNP ------------------------------------------------------------------

def make_cnp():
    while True:
        b = birth(1945, 2006)
        female = rng.random() < 0.5
        s = (2 if female else 1) if b.year < 2000 else (6 if female else 5)
        d12 = str(s) + b.strftime("%y%m%d") + rng.choice(sorted(CNP_COUNTIES)) + "%03d" % rng.randint(1, 999)
        d = d12 + str(cnp_key(d12))
        if cnp_ok(d) and not luhn_ok(d):
            return d


def bad_cnp():
    while True:
        bad = change_one_digit(make_cnp(), [9, 10, 11, 12])
        if not digit_checks(bad):
            return bad


# --- Finnish henkilötunnus ----------------------------------------------------------

def make_hetu():
    b = birth(1935, 2020)
    if b.year >= 2000:
        sign = rng.choice("AAAAB" + "CDEF")
    else:
        sign = rng.choice("------YXW")
    nnn = "%03d" % rng.randint(2, 899)
    base = b.strftime("%d%m%y")
    return f"{base}{sign}{nnn}{HETU_TABLE[int(base + nnn) % 31]}"


def bad_hetu():
    while True:
        h = make_hetu()
        if rng.random() < 0.6:
            bad = h[:10] + rng.choice([c for c in HETU_TABLE if c != h[10]])
        else:
            bad = change_one_digit(h, [7, 8, 9])
        if clean_negative(bad) and 2 <= int(bad[7:10]) <= 899:
            return bad


def fmt_hetu(h):
    return h.lower() if rng.random() < 0.1 else h


# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------

EN_FIRST_M = ["James", "Daniel", "Thomas", "Oliver", "Jack", "Liam", "Ryan", "Ben", "Mohammed",
              "Kwame", "Samuel", "Harry", "Joseph", "Callum"]
EN_FIRST_F = ["Sarah", "Emily", "Priya", "Olivia", "Chloe", "Hannah", "Megan", "Sophie", "Aisha",
              "Zoe", "Rebecca", "Niamh", "Jessica", "Amelia"]
EN_SUR = ["Mitchell", "O'Connor", "Patel", "Hughes", "Carter", "Khan", "Bennett", "Wright", "Evans",
          "Murphy", "Walsh", "Thompson", "Rahman", "Robinson", "Davies", "Cooper", "Turner", "Mensah",
          "Fitzgerald", "Harrison", "Campbell", "Nguyen", "Kowalski", "McAllister"]

IT_FIRST_M = ["Marco", "Luca", "Alessandro", "Matteo", "Davide", "Andrea", "Stefano", "Paolo",
              "Roberto", "Giorgio", "Simone", "Fabio", "Nicola", "Giuseppe", "Francesco", "Lorenzo"]
IT_FIRST_F = ["Giulia", "Francesca", "Chiara", "Sara", "Elena", "Valentina", "Federica", "Silvia",
              "Laura", "Martina", "Alessia", "Irene", "Paola", "Anna", "Beatrice", "Elisa"]
IT_SUR = ["Bianchi", "Ferri", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
          "Gallo", "Conti", "De Luca", "Costa", "Mancini", "Lombardi", "Moretti", "Barbieri",
          "Fontana", "Santoro", "Rinaldi", "Caruso", "Ferrara", "Leone", "Longo", "D'Angelo",
          "Galli", "Vitale", "Pellegrini"]

# nom, gen, acc, voc, latin
EL_FIRST_M = [("Γιώργος", "Γιώργου", "Γιώργο", "Γιώργο", "giorgos"),
              ("Δημήτρης", "Δημήτρη", "Δημήτρη", "Δημήτρη", "dimitris"),
              ("Νίκος", "Νίκου", "Νίκο", "Νίκο", "nikos"),
              ("Κώστας", "Κώστα", "Κώστα", "Κώστα", "kostas"),
              ("Γιάννης", "Γιάννη", "Γιάννη", "Γιάννη", "giannis"),
              ("Παναγιώτης", "Παναγιώτη", "Παναγιώτη", "Παναγιώτη", "panagiotis"),
              ("Αντώνης", "Αντώνη", "Αντώνη", "Αντώνη", "antonis"),
              ("Χρήστος", "Χρήστου", "Χρήστο", "Χρήστο", "christos"),
              ("Μιχάλης", "Μιχάλη", "Μιχάλη", "Μιχάλη", "michalis"),
              ("Βασίλης", "Βασίλη", "Βασίλη", "Βασίλη", "vasilis"),
              ("Στέλιος", "Στέλιου", "Στέλιο", "Στέλιο", "stelios"),
              ("Θανάσης", "Θανάση", "Θανάση", "Θανάση", "thanasis"),
              ("Σπύρος", "Σπύρου", "Σπύρο", "Σπύρο", "spyros")]
# nom, gen, latin (acc = voc = nom)
EL_FIRST_F = [("Μαρία", "Μαρίας", "maria"), ("Ελένη", "Ελένης", "eleni"),
              ("Αικατερίνη", "Αικατερίνης", "aikaterini"), ("Βασιλική", "Βασιλικής", "vasiliki"),
              ("Σοφία", "Σοφίας", "sofia"), ("Αγγελική", "Αγγελικής", "angeliki"),
              ("Γεωργία", "Γεωργίας", "georgia"), ("Δήμητρα", "Δήμητρας", "dimitra"),
              ("Κατερίνα", "Κατερίνας", "katerina"), ("Ευαγγελία", "Ευαγγελίας", "evangelia"),
              ("Χριστίνα", "Χριστίνας", "christina"), ("Ειρήνη", "Ειρήνης", "eirini"),
              ("Αναστασία", "Αναστασίας", "anastasia"), ("Δέσποινα", "Δέσποινας", "despoina")]
# male nom, gen, acc, voc; female form; latin male; latin female
EL_SUR = [("Παπαδόπουλος", "Παπαδόπουλου", "Παπαδόπουλο", "Παπαδόπουλε", "Παπαδοπούλου", "papadopoulos", "papadopoulou"),
          ("Γεωργίου", "Γεωργίου", "Γεωργίου", "Γεωργίου", "Γεωργίου", "georgiou", "georgiou"),
          ("Οικονόμου", "Οικονόμου", "Οικονόμου", "Οικονόμου", "Οικονόμου", "oikonomou", "oikonomou"),
          ("Νικολάου", "Νικολάου", "Νικολάου", "Νικολάου", "Νικολάου", "nikolaou", "nikolaou"),
          ("Ιωάννου", "Ιωάννου", "Ιωάννου", "Ιωάννου", "Ιωάννου", "ioannou", "ioannou"),
          ("Καραγιάννης", "Καραγιάννη", "Καραγιάννη", "Καραγιάννη", "Καραγιάννη", "karagiannis", "karagianni"),
          ("Βλάχος", "Βλάχου", "Βλάχο", "Βλάχο", "Βλάχου", "vlachos", "vlachou"),
          ("Μαυρίδης", "Μαυρίδη", "Μαυρίδη", "Μαυρίδη", "Μαυρίδου", "mavridis", "mavridou"),
          ("Κωνσταντινίδης", "Κωνσταντινίδη", "Κωνσταντινίδη", "Κωνσταντινίδη", "Κωνσταντινίδου", "konstantinidis", "konstantinidou"),
          ("Σταματόπουλος", "Σταματόπουλου", "Σταματόπουλο", "Σταματόπουλε", "Σταματοπούλου", "stamatopoulos", "stamatopoulou"),
          ("Πετρόπουλος", "Πετρόπουλου", "Πετρόπουλο", "Πετρόπουλε", "Πετροπούλου", "petropoulos", "petropoulou"),
          ("Αλεξίου", "Αλεξίου", "Αλεξίου", "Αλεξίου", "Αλεξίου", "alexiou", "alexiou"),
          ("Δημητρίου", "Δημητρίου", "Δημητρίου", "Δημητρίου", "Δημητρίου", "dimitriou", "dimitriou"),
          ("Αθανασίου", "Αθανασίου", "Αθανασίου", "Αθανασίου", "Αθανασίου", "athanasiou", "athanasiou"),
          ("Μακρής", "Μακρή", "Μακρή", "Μακρή", "Μακρή", "makris", "makri"),
          ("Λαμπράκης", "Λαμπράκη", "Λαμπράκη", "Λαμπράκη", "Λαμπράκη", "lamprakis", "lampraki"),
          ("Ζαχαρίου", "Ζαχαρίου", "Ζαχαρίου", "Ζαχαρίου", "Ζαχαρίου", "zachariou", "zachariou")]

RO_FIRST_M = ["Andrei", "Mihai", "Alexandru", "Ștefan", "Cristian", "Bogdan", "Vlad", "Florin",
              "Răzvan", "Ionuț", "Adrian", "Gabriel", "Radu", "Sorin", "Cătălin", "Dan"]
RO_FIRST_F = ["Ioana", "Elena", "Maria", "Ana", "Gabriela", "Alina", "Raluca", "Cristina",
              "Andreea", "Mădălina", "Irina", "Oana", "Roxana", "Diana", "Simona", "Bianca"]
RO_SUR = ["Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Stoica", "Gheorghe", "Matei",
          "Munteanu", "Ciobanu", "Rusu", "Dragomir", "Mocanu", "Lungu", "Marinescu", "Șerban",
          "Tănase", "Diaconu", "Nistor", "Moldovan", "Preda", "Bălan", "Toma", "Căpraru"]

# nom, genitive, allative
FI_FIRST_M = [("Matti", "Matin", "Matille"), ("Mikko", "Mikon", "Mikolle"), ("Juha", "Juhan", "Juhalle"),
              ("Antti", "Antin", "Antille"), ("Jari", "Jarin", "Jarille"), ("Ville", "Villen", "Villelle"),
              ("Timo", "Timon", "Timolle"), ("Pekka", "Pekan", "Pekalle"), ("Petri", "Petrin", "Petrille"),
              ("Janne", "Jannen", "Jannelle"), ("Aleksi", "Aleksin", "Aleksille"), ("Jussi", "Jussin", "Jussille"),
              ("Eero", "Eeron", "Eerolle"), ("Tuomas", "Tuomaksen", "Tuomakselle")]
FI_FIRST_F = [("Laura", "Lauran", "Lauralle"), ("Anna", "Annan", "Annalle"), ("Sanna", "Sannan", "Sannalle"),
              ("Tiina", "Tiinan", "Tiinalle"), ("Johanna", "Johannan", "Johannalle"), ("Katja", "Katjan", "Katjalle"),
              ("Riikka", "Riikan", "Riikalle"), ("Minna", "Minnan", "Minnalle"), ("Heidi", "Heidin", "Heidille"),
              ("Elina", "Elinan", "Elinalle"), ("Noora", "Nooran", "Nooralle"), ("Aino", "Ainon", "Ainolle"),
              ("Satu", "Satun", "Satulle"), ("Henna", "Hennan", "Hennalle")]


def fi_nen(nom):
    stem = nom[:-3] + "s"
    return (nom, stem + "en", stem + "elle")


FI_SUR = [fi_nen(n) for n in ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Heikkinen",
                              "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen",
                              "Heinonen", "Kinnunen", "Salonen", "Turunen", "Tuominen", "Rantanen"]] + [
    ("Mäkelä", "Mäkelän", "Mäkelälle"), ("Laine", "Laineen", "Laineelle"), ("Niemi", "Niemen", "Niemelle"),
    ("Salo", "Salon", "Salolle"), ("Aalto", "Aallon", "Aallolle"), ("Koivisto", "Koiviston", "Koivistolle")]

EMAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "btinternet.com", "hotmail.co.uk", "icloud.com", "yahoo.co.uk",
           "protonmail.com", "live.co.uk"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it", "hotmail.it", "outlook.it",
           "yahoo.it"],
    "el": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com", "windowslive.com", "hotmail.gr"],
    "ro": ["yahoo.com", "yahoo.ro", "gmail.com", "hotmail.com", "outlook.com"],
    "fi": ["gmail.com", "hotmail.fi", "luukku.com", "outlook.com", "elisanet.fi", "kolumbus.fi"],
}


class Person:
    def __init__(self, lang, female, avoid):
        self.lang = lang
        self.female = female
        while True:
            self._pick()
            if self.key not in avoid:
                break
        self.f = {}
        self._forms()
        self._emails = {}

    def _pick(self):
        L, fe = self.lang, self.female
        if L == "en":
            self.first = rng.choice(EN_FIRST_F if fe else EN_FIRST_M)
            self.sur = rng.choice(EN_SUR)
        elif L == "it":
            self.first = rng.choice(IT_FIRST_F if fe else IT_FIRST_M)
            self.sur = rng.choice(IT_SUR)
        elif L == "ro":
            self.first = rng.choice(RO_FIRST_F if fe else RO_FIRST_M)
            self.sur = rng.choice(RO_SUR)
        elif L == "el":
            self.el_first = rng.choice(EL_FIRST_F if fe else EL_FIRST_M)
            self.el_sur = rng.choice(EL_SUR)
            self.first = self.el_first[0]
            self.sur = self.el_sur[4] if fe else self.el_sur[0]
        else:
            self.fi_first = rng.choice(FI_FIRST_F if fe else FI_FIRST_M)
            self.fi_sur = rng.choice(FI_SUR)
            self.first = self.fi_first[0]
            self.sur = self.fi_sur[0]
        self.key = self.sur

    def _forms(self):
        f = self.f
        f["first"], f["sur"] = self.first, self.sur
        f["name"] = f"{self.first} {self.sur}"
        f["rev"] = f"{self.sur} {self.first}"
        f["rev_caps"] = strip_accents_upper(f["rev"])
        f["name_caps"] = strip_accents_upper(f["rev"] if self.lang == "el" else f["name"])
        f["name_plain"] = unicodedata.normalize("NFC", "".join(
            c for c in unicodedata.normalize("NFD", f["name"]) if not unicodedata.combining(c)))
        if self.lang == "el":
            if self.female:
                fn, fg, _ = self.el_first
                fa = fv = fn
                sn = sg = sa = sv = self.el_sur[4]
            else:
                fn, fg, fa, fv, _ = self.el_first
                sn, sg, sa, sv = self.el_sur[:4]
            f.update(first_gen=fg, first_acc=fa, first_voc=fv, sur_gen=sg, sur_acc=sa, sur_voc=sv,
                     name_gen=f"{fg} {sg}", name_acc=f"{fa} {sa}", name_voc=f"{fv} {sv}")
            self.latin = (self.el_first[-1], self.el_sur[6] if self.female else self.el_sur[5])
        elif self.lang == "fi":
            fn, fg, fa = self.fi_first
            sn, sg, sa = self.fi_sur
            f.update(first_gen=fg, first_all=fa, sur_gen=sg, sur_all=sa,
                     name_gen=f"{fn} {sg}", name_all=f"{fn} {sa}")
            self.latin = (fold(self.first), fold(self.sur))
        else:
            self.latin = (fold(self.first), fold(self.sur))

    def local_part(self, style):
        fi, su = self.latin
        n2 = str(rng.randint(1, 99))
        yy = "%02d" % rng.randint(60, 99) if rng.random() < 0.6 else str(rng.randint(1965, 2003))
        opts = [f"{fi}.{su}", f"{fi[0]}.{su}", f"{fi}{su}", f"{su}.{fi}", f"{fi}_{su}",
                f"{fi}.{su}{n2}", f"{fi}{su}{yy}", f"{fi[0]}{su}", f"{fi}.{su[0]}"]
        lp = opts[style % len(opts)]
        if rng.random() < 0.12:
            lp = ".".join(p.capitalize() for p in lp.split("."))
        return lp

    def email(self, which):
        if which not in self._emails:
            used = {v for v in self._emails.values()}
            while True:
                e = self.local_part(rng.randint(0, 99)) + "@" + rng.choice(EMAIL_DOMAINS[self.lang])
                if e not in used:
                    break
            self._emails[which] = e
        return self._emails[which]

    def pec(self):
        fi, su = self.latin
        return f"{fi}.{su}@" + rng.choice(["pec.it", "legalmail.it", "postecert.it"])

    def url(self):
        fi, su = self.latin
        k = rng.randint(0, 4)
        if k == 0:
            return f"https://www.facebook.com/{fi}.{su}.{rng.randint(1, 99)}"
        if k == 1:
            return f"https://www.linkedin.com/in/{fi}-{su}-{hexs(6)}/"
        if k == 2:
            return f"https://www.instagram.com/{fi}_{su}{rng.randint(1, 99)}/"
        if k == 3:
            return f"https://x.com/{fi}{su}{rng.randint(70, 99)}"
        return f"https://www.tiktok.com/@{fi}.{su}"


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------

IT_MOB = ["320", "324", "327", "328", "329", "331", "333", "334", "335", "338", "339", "340", "342",
          "345", "346", "347", "348", "349", "350", "351", "366", "371", "377", "380", "388", "389",
          "391", "392", "393"]


def ph_it(mobile, intl):
    if mobile:
        a, r = rng.choice(IT_MOB), digits(7)
        loc = rng.choice([f"{a} {r[:3]} {r[3:]}", f"{a} {r}", f"{a}{r}", f"{a}-{r}", f"{a}/{r}",
                          f"{a}.{r[:3]}.{r[3:]}", f"{a} {r[:2]} {r[2:4]} {r[4:]}"])
        if not intl:
            return loc
        return rng.choice([f"+39 {a} {r[:3]} {r[3:]}", f"+39 {a}{r}", f"+39{a}{r}", f"0039 {a} {r}",
                           f"(+39) {a} {r[:3]} {r[3:]}", f"+39 {a}-{r}", f"0039{a}{r}"])
    a, n = rng.choice([("02", 8), ("06", 8), ("011", 7), ("055", 7), ("051", 7), ("081", 7), ("041", 7), ("010", 7)])
    r = rng.choice("2345678") + digits(n - 1)
    g = f"{r[:4]} {r[4:]}" if n == 8 else f"{r[:3]} {r[3:]}"
    if not intl:
        return rng.choice([f"{a} {g}", f"{a}/{r}", f"{a}-{r}", f"{a} {r}", f"{a}{r}"])
    return rng.choice([f"+39 {a} {g}", f"+39 {a} {r}", f"0039 {a} {r}", f"(+39) {a} {g}"])


def ph_gr(mobile, intl):
    if mobile:
        n = "69" + rng.choice("0345789") + digits(7)
        loc = rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                          f"{n[:3]} {n[3:]}"])
    else:
        if rng.random() < 0.6:
            n = "21" + rng.choice("0123456789") + rng.choice("2345678") + digits(6)
            loc = rng.choice([f"{n[:3]} {n[3:]}", f"{n[:3]}-{n[3:]}", f"{n[:3]} {n[3:6]} {n[6:]}", n])
        else:
            n = rng.choice(["2310", "2610", "2810", "2410"]) + rng.choice("2345678") + digits(5)
            loc = rng.choice([f"{n[:4]} {n[4:]}", f"{n[:4]}-{n[4:]}", n])
    if not intl:
        return loc
    return rng.choice([f"+30 {loc}", f"+30{n}", f"0030 {n}", f"(+30) {loc}", f"+30-{n[:3]}-{n[3:]}"])


def ph_ro(mobile, intl):
    if mobile:
        n = "07" + rng.choice("2345678") + digits(7)
        m = n[1:]
        if not intl:
            return rng.choice([f"{n[:4]} {n[4:7]} {n[7:]}", n, f"{n[:4]}-{n[4:7]}-{n[7:]}", f"{n[:4]}.{n[4:7]}.{n[7:]}",
                               f"{n[:4]} {n[4:6]} {n[6:8]} {n[8:]}", f"{n[:4]}/{n[4:]}"])
        return rng.choice([f"+40 {m[:3]} {m[3:6]} {m[6:]}", f"+40{m}", f"0040 {m[:3]} {m[3:6]} {m[6:]}",
                           f"(+40) {m[:3]} {m[3:6]} {m[6:]}", f"+40 (0){m[:3]} {m[3:6]} {m[6:]}",
                           f"0040-{m[:3]}-{m[3:6]}-{m[6:]}"])
    if rng.random() < 0.5:
        r = rng.choice("23") + digits(6)
        if not intl:
            return rng.choice([f"021 {r[:3]} {r[3:5]} {r[5:]}", f"021.{r[:3]}.{r[3:5]}.{r[5:]}", f"021-{r[:3]}-{r[3:]}",
                               f"021 {r}"])
        return rng.choice([f"+40 21 {r[:3]} {r[3:]}", f"0040 21 {r[:3]} {r[3:5]} {r[5:]}", f"+4021{r}"])
    a = rng.choice(["264", "232", "256", "268", "241", "269"])
    r = rng.choice("2345") + digits(5)
    if not intl:
        return rng.choice([f"0{a} {r[:3]} {r[3:]}", f"0{a}-{r}", f"0{a} {r}", f"0{a}.{r[:3]}.{r[3:]}"])
    return rng.choice([f"+40 {a} {r[:3]} {r[3:]}", f"+40 {a} {r}", f"0040 {a} {r}"])


def ph_fi(mobile, intl):
    if mobile:
        a, r = rng.choice(["040", "041", "044", "045", "046", "050"]), digits(7)
        if not intl:
            return rng.choice([f"{a} {r[:3]} {r[3:]}", f"{a}{r}", f"{a}-{r[:3]} {r[3:]}", f"{a} {r[:3]} {r[3:5]} {r[5:]}",
                               f"{a} {r}", f"{a}-{r}"])
        b = a[1:]
        return rng.choice([f"+358 {b} {r[:3]} {r[3:]}", f"+358{b}{r}", f"00358 {b} {r[:3]} {r[3:]}",
                           f"+358 (0){b} {r[:3]} {r[3:]}", f"(+358) {b} {r}"])
    a, r = rng.choice(["09", "03", "02", "08", "014", "017"]), rng.choice("23456789") + digits(6)
    if not intl:
        return rng.choice([f"{a} {r[:3]} {r[3:]}", f"({a}) {r[:3]} {r[3:]}", f"{a}-{r}", f"{a} {r}"])
    return rng.choice([f"+358 {a[1:]} {r[:3]} {r[3:]}", f"+358 {a[1:]} {r}", f"00358 {a[1:]} {r}"])


UK_MOB = ["400", "418", "441", "810", "823", "846", "900", "912", "956", "984", "535", "588", "711", "792"]


def ph_uk(mobile, intl):
    if mobile:
        n = "07" + rng.choice(UK_MOB) + digits(6)
        m = n[1:]
        if not intl:
            return rng.choice([f"{n[:5]} {n[5:]}", f"{n[:5]} {n[5:8]} {n[8:]}", n, f"{n[:5]}-{n[5:]}"])
        return rng.choice([f"+44 {m[:4]} {m[4:]}", f"+44 (0){m[:4]} {m[4:]}", f"0044 {m[:4]} {m[4:7]} {m[7:]}",
                           f"+44{m}", f"+44 {m[:4]} {m[4:7]} {m[7:]}"])
    k = rng.random()
    if k < 0.5:
        r = rng.choice("378") + digits(7)
        if not intl:
            return rng.choice([f"020 {r[:4]} {r[4:]}", f"(020) {r[:4]} {r[4:]}", f"020{r}"])
        return rng.choice([f"+44 20 {r[:4]} {r[4:]}", f"+44 (0)20 {r[:4]} {r[4:]}"])
    a = rng.choice(["161", "131", "117", "113", "121"])
    r = rng.choice("235678") + digits(6)
    if not intl:
        return rng.choice([f"0{a} {r[:3]} {r[3:]}", f"(0{a}) {r[:3]} {r[3:]}", f"0{a} {r}"])
    return rng.choice([f"+44 {a} {r[:3]} {r[3:]}", f"+44 (0){a} {r[:3]} {r[3:]}"])


def ph_us(mobile, intl):
    a = rng.choice(["212", "646", "415", "312", "617", "206", "305", "512", "718", "303"])
    if rng.random() < 0.5:
        e, l = "555", "01" + digits(2)
    else:
        while True:
            e = rng.choice("23456789") + digits(2)
            if e != "555" and e[1:] != "11":
                break
        l = digits(4)
    if not intl:
        return rng.choice([f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"{a} {e} {l}"])
    return rng.choice([f"+1 {a} {e} {l}", f"+1 ({a}) {e}-{l}", f"001 {a} {e} {l}", f"1-{a}-{e}-{l}",
                       f"+1-{a}-{e}-{l}", f"+1{a}{e}{l}"])


PHONES = {"it": ph_it, "gr": ph_gr, "ro": ph_ro, "fi": ph_fi, "uk": ph_uk, "us": ph_us}
OWN_CC = {"it": "it", "el": "gr", "ro": "ro", "fi": "fi"}


# ---------------------------------------------------------------------------
# addresses
# ---------------------------------------------------------------------------

IT_STREETS = ["Via Garibaldi", "Via Giuseppe Mazzini", "Viale Monza", "Corso Vittorio Emanuele II",
              "Piazza della Repubblica", "via dei Mille", "Via Roma", "Largo Augusto", "Corso Buenos Aires",
              "Via San Francesco d'Assisi", "Via Nizza", "Via Dante Alighieri", "Borgo Pinti", "Viale Europa",
              "Via Cavour", "Vicolo del Cedro", "Piazzale Loreto", "via Gramsci"]
IT_CITIES = [("Milano", "MI", "201", 21, 62), ("Roma", "RM", "001", 18, 99), ("Torino", "TO", "101", 21, 56),
             ("Firenze", "FI", "501", 21, 45), ("Napoli", "NA", "801", 21, 47), ("Bologna", "BO", "401", 21, 41),
             ("Genova", "GE", "161", 21, 67), ("Bari", "BA", "701", 21, 32), ("Palermo", "PA", "901", 21, 51),
             ("Verona", "VR", "371", 21, 42), ("Padova", "PD", "351", 21, 43)]


IT_ONLY_IN = {"Corso Buenos Aires": "Milano", "Piazzale Loreto": "Milano", "Largo Augusto": "Milano",
              "Viale Monza": "Milano", "Borgo Pinti": "Firenze", "Vicolo del Cedro": "Roma", "Via Nizza": "Torino"}


def it_cap(city=None):
    c = rng.choice([c for c in IT_CITIES if city in (None, c[0])])
    return c, "%s%02d" % (c[2], rng.randint(c[3], c[4]))


def addr_it():
    st = rng.choice(IT_STREETS)
    (city, prov, *_), cap = it_cap(IT_ONLY_IN.get(st))
    n = rng.randint(1, 220)
    k = rng.randint(0, 6)
    if k == 0:
        return f"{st} {n}, {cap} {city}"
    if k == 1:
        return f"{st}, {n} - {cap} {city} ({prov})"
    if k == 2:
        return f"{st} {n}/{rng.choice('ABCD')}, {cap} {city}"
    if k == 3:
        return f"{st} {n}, scala {rng.choice('ABCD')}, int. {rng.randint(1, 30)}, {cap} {city}"
    if k == 4:
        return f"{st} n. {n}, {city}"
    if k == 5:
        return f"{st} {n}, {rng.randint(1, 8)}° piano, {cap} {city} {prov}"
    return f"{st} {n} {cap} {city}"


EL_STREETS = ["Ερμού", "Αιόλου", "Σταδίου", "Πανεπιστημίου", "Ακαδημίας", "Τσιμισκή", "Εγνατίας",
              "Μητροπόλεως", "Αγίου Δημητρίου", "Κορίνθου", "Μαιζώνος", "Ιπποκράτους", "Σόλωνος", "Θησέως",
              "Αγίου Νικολάου", "Ελευθερίου Βενιζέλου", "Κολοκοτρώνη", "Ανδρέα Παπανδρέου"]
EL_AVENUES = ["Λεωφόρος Κηφισίας", "Λεωφόρος Αλεξάνδρας", "Λεωφ. Συγγρού", "Λεωφ. Βουλιαγμένης",
              "Λεωφόρος Νίκης", "Λεωφόρος Βασιλίσσης Σοφίας", "Λεωφ. Μεσογείων"]
EL_CITIES = [("Αθήνα", ["105 63", "106 78", "114 72", "115 21", "104 34"]),
             ("Θεσσαλονίκη", ["546 22", "546 24", "546 36", "546 31"]), ("Πάτρα", ["262 21", "262 23"]),
             ("Ηράκλειο", ["712 02", "713 05"]), ("Λάρισα", ["412 22"]), ("Κηφισιά", ["145 62"]),
             ("Πειραιάς", ["185 35", "185 31"]), ("Μαρούσι", ["151 24"]), ("Γλυφάδα", ["166 75"]),
             ("Βόλος", ["382 21"])]


EL_ONLY_IN = {"Τσιμισκή": ["Θεσσαλονίκη"], "Εγνατίας": ["Θεσσαλονίκη"], "Μαιζώνος": ["Πάτρα"],
              "Κορίνθου": ["Πάτρα"], "Σταδίου": ["Αθήνα"], "Πανεπιστημίου": ["Αθήνα"], "Ακαδημίας": ["Αθήνα"],
              "Αιόλου": ["Αθήνα"], "Σόλωνος": ["Αθήνα"], "Λεωφόρος Κηφισίας": ["Αθήνα", "Κηφισιά", "Μαρούσι"],
              "Λεωφόρος Αλεξάνδρας": ["Αθήνα"], "Λεωφ. Συγγρού": ["Αθήνα"], "Λεωφ. Βουλιαγμένης": ["Αθήνα", "Γλυφάδα"],
              "Λεωφόρος Νίκης": ["Θεσσαλονίκη"], "Λεωφόρος Βασιλίσσης Σοφίας": ["Αθήνα"], "Λεωφ. Μεσογείων": ["Αθήνα"]}


def el_tk(cities=None):
    city, tks = rng.choice([c for c in EL_CITIES if cities is None or c[0] in cities])
    tk = rng.choice(tks)
    return city, (tk if rng.random() < 0.7 else tk.replace(" ", ""))


def addr_el(no_odos=False):
    n = rng.randint(1, 180)
    k = rng.choice([0, 2, 3, 4, 5] if no_odos else [0, 1, 2, 3, 4, 5])
    st = rng.choice(EL_AVENUES if k == 2 else EL_STREETS)
    city, tk = el_tk(EL_ONLY_IN.get(st))
    if k == 0:
        return f"{st} {n}, {tk} {city}"
    if k == 1:
        return f"οδός {st} {n}, {city}"
    if k == 2:
        return f"{st} {n}, {tk} {city}"
    if k == 3:
        return f"{st} {n}, {rng.randint(1, 6)}ος όροφος, {tk} {city}"
    if k == 4:
        return f"{st} {n}, ΤΚ {tk}, {city}"
    return f"{st} {n}, {city}"


RO_STR = ["Mihai Eminescu", "Avram Iancu", "Republicii", "Horea", "Zorilor", "Florilor", "Libertății",
          "Gării", "Mihai Viteazu", "Independenței", "Nicolae Titulescu", "Traian"]
RO_BD = ["Unirii", "Ștefan cel Mare", "Iuliu Maniu", "Decebal", "Revoluției din 1989", "Carol I", "Eroilor"]
RO_CALEA = ["Victoriei", "Moșilor", "Dorobanților", "Floreasca", "Griviței", "Rahovei"]
RO_SOS = ["Pantelimon", "Kiseleff", "Colentina", "Berceni", "Giurgiului"]
RO_ALEEA = ["Trandafirilor", "Teiului", "Castanilor", "Parcului"]
RO_CITIES = [("Cluj-Napoca", "Cluj", "400"), ("Iași", "Iași", "700"), ("Timișoara", "Timiș", "300"),
             ("Brașov", "Brașov", "500"), ("Constanța", "Constanța", "900"), ("Sibiu", "Sibiu", "550"),
             ("Oradea", "Bihor", "410")]


def ro_cp_buc(k):
    return "0%d%04d" % (k, rng.randint(11, 9999))


def ro_city():
    c = rng.choice(RO_CITIES)
    return c[0], c[1], c[2] + "%03d" % rng.randint(1, 999)


def addr_ro():
    n = rng.randint(1, 250)
    k = rng.randint(0, 7)
    sec = rng.randint(1, 6)
    bl = rng.choice(["A3", "C4", "12", "M7", "8A", "P21", "G5"])
    city, county, cp = ro_city()
    if k == 0:
        return f"Str. {rng.choice(RO_STR)} nr. {n}, {city}"
    if k == 1:
        return (f"Strada {rng.choice(RO_STR)} nr. {n}, bl. {bl}, sc. {rng.choice('AB12')}, et. {rng.randint(1, 10)}, "
                f"ap. {rng.randint(1, 120)}, sector {sec}, București")
    if k == 2:
        return f"Bd. {rng.choice(RO_BD)} nr. {n}, bl. {bl}, ap. {rng.randint(1, 90)}, {cp} {city}"
    if k == 3:
        return f"Calea {rng.choice(RO_CALEA)} {n}, sector {sec}, {ro_cp_buc(sec)} București"
    if k == 4:
        return f"Aleea {rng.choice(RO_ALEEA)} nr. {n}, {city}, jud. {county}"
    if k == 5:
        return f"Șoseaua {rng.choice(RO_SOS)} nr. {n}, sector {sec}, București"
    if k == 6:
        return f"str. {rng.choice(RO_STR)} {n}, {cp} {city}, jud. {county}"
    return f"B-dul {rng.choice(RO_BD)} {n}, ap. {rng.randint(1, 90)}, {city}"


FI_STREETS = ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Kauppakatu", "Koivukuja", "Yliopistonkatu",
              "Rantatie", "Pihlajatie", "Isokatu", "Satakunnankatu", "Kirkkokatu", "Tehtaankatu",
              "Runeberginkatu", "Snellmaninkatu", "Puistokatu", "Myllytie", "Kuusitie", "Pajukuja",
              "Vaahterakuja", "Linnankatu"]
FI_CITIES = [("Helsinki", ["00100", "00120", "00250", "00530", "00780", "00940"]),
             ("Espoo", ["02120", "02230", "02650", "02770"]), ("Vantaa", ["01300", "01510", "01600"]),
             ("Tampere", ["33100", "33200", "33500", "33720"]), ("Turku", ["20100", "20500", "20810"]),
             ("Oulu", ["90100", "90570"]), ("Jyväskylä", ["40100", "40320"]), ("Lahti", ["15110", "15140"]),
             ("Kuopio", ["70100", "70500"])]


FI_ONLY_IN = {"Mannerheimintie": ["Helsinki"], "Hämeenkatu": ["Tampere"], "Satakunnankatu": ["Tampere"],
              "Aleksanterinkatu": ["Helsinki", "Tampere", "Lahti"], "Yliopistonkatu": ["Turku", "Helsinki", "Jyväskylä"],
              "Runeberginkatu": ["Helsinki"], "Snellmaninkatu": ["Helsinki", "Kuopio"], "Linnankatu": ["Turku"],
              "Tehtaankatu": ["Helsinki"], "Isokatu": ["Oulu"]}


def addr_fi():
    st = rng.choice(FI_STREETS)
    city, pcs = rng.choice([c for c in FI_CITIES if st not in FI_ONLY_IN or c[0] in FI_ONLY_IN[st]])
    pc = rng.choice(pcs)
    n = rng.randint(1, 90)
    k = rng.randint(0, 4)
    if k == 0:
        return f"{st} {n}, {pc} {city}"
    if k == 1:
        return f"{st} {n} {rng.choice('ABCDEF')} {rng.randint(1, 40)}, {pc} {city}"
    if k == 2:
        return f"{st} {n} as. {rng.randint(1, 40)}, {pc} {city}"
    if k == 3:
        return f"{st} {n} {rng.choice('ABC')}, {city}"
    return f"{st} {n} {rng.choice('ABCD')} {rng.randint(1, 40)} {pc} {city}"


UK_STREETS = ["Church Road", "Baker Street", "Kingsway", "Orchard Lane", "High Street", "Victoria Road",
              "Station Road", "Mill Lane", "Queen's Drive", "Elm Grove", "Albert Street", "Park Crescent",
              "Willow Close", "Castle Street"]
UK_CITIES = [("London", ["NW1", "SE15", "E2", "N16", "SW9"]), ("Manchester", ["M14", "M20", "M4"]),
             ("Leeds", ["LS6", "LS8"]), ("Bristol", ["BS1", "BS7"]), ("Cardiff", ["CF10", "CF24"]),
             ("Glasgow", ["G42", "G12"]), ("Edinburgh", ["EH6", "EH9"]), ("Birmingham", ["B13", "B29"])]
US_STREETS = ["Maple Avenue", "Oak Street", "Washington Street", "Elm Street", "Sunset Boulevard",
              "Lincoln Avenue", "Pine Street", "Cedar Lane"]
US_CITIES = [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Portland", "OR", "972"),
             ("Columbus", "OH", "432"), ("Denver", "CO", "802"), ("Boston", "MA", "021")]


def uk_pc():
    city, outs = rng.choice(UK_CITIES)
    return city, f"{rng.choice(outs)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def addr_uk(multiline=False):
    st = rng.choice(UK_STREETS)
    city, pc = uk_pc()
    n = rng.randint(1, 240)
    if multiline:
        return rng.choice([f"Flat {rng.randint(1, 12)}\n{n} {st}\n{city}\n{pc}", f"{n} {st}\n{city} {pc}"])
    k = rng.randint(0, 3)
    if k == 0:
        return f"{n} {st}, {city} {pc}"
    if k == 1:
        return f"Flat {rng.randint(1, 12)}, {n} {st}, {city} {pc}"
    if k == 2:
        return f"{n} {st}, {city}, {pc}"
    return f"Apartment {rng.randint(1, 40)}, {rng.choice(['Wellington', 'Carlton', 'Regent', 'Albion'])} House, {n} {st}, {city} {pc}"


def addr_us():
    st = rng.choice(US_STREETS)
    city, state, z = rng.choice(US_CITIES)
    zipc = z + "%02d" % rng.randint(1, 99)
    n = rng.randint(10, 4800)
    k = rng.randint(0, 2)
    if k == 0:
        return f"{n} {st}, Apt {rng.randint(1, 20)}{rng.choice('ABCD')}, {city}, {state} {zipc}"
    if k == 1:
        return f"{n} {st}, Suite {rng.randint(100, 450)}, {city}, {state} {zipc}"
    return f"{n} {st}, {city}, {state} {zipc}"


def address(lang):
    if lang == "en":
        return addr_uk() if rng.random() < 0.75 else addr_us()
    return {"it": addr_it, "el": addr_el, "ro": addr_ro, "fi": addr_fi}[lang]()


def postcode(lang):
    if lang == "en":
        return uk_pc()[1]
    if lang == "it":
        return it_cap()[1]
    if lang == "el":
        return el_tk()[1]
    if lang == "ro":
        return ro_city()[2] if rng.random() < 0.6 else ro_cp_buc(rng.randint(1, 6))
    return rng.choice(rng.choice(FI_CITIES)[1])


# ---------------------------------------------------------------------------
# URLs and IPs
# ---------------------------------------------------------------------------

SHOPS = {
    "en": ["www.brightlane-store.co.uk", "shop.northwindhome.com", "www.kettleandcrumb.co.uk", "www.urbanpedal.com"],
    "it": ["www.casaverde-shop.it", "www.modaprimavera.it", "shop.ferramentaonline.it", "www.librerialucciola.it"],
    "el": ["www.spitikaipiato.gr", "www.eshop-kipos.gr", "shop.ilektrikaplus.gr", "www.vivlionet.gr"],
    "ro": ["www.magazinulverde.ro", "www.casafrumoasa.ro", "shop.electroplus.ro", "www.librariafloare.ro"],
    "fi": ["www.kotipuoti.fi", "www.pohjolakauppa.fi", "verkkokauppa.jarvenranta.fi", "www.lahjapuoti.fi"],
}
SHOP_PATHS = {
    "en": ["/returns", "/delivery", "/sale/jackets", "/help/faq", ""],
    "it": ["/resi", "/spedizioni", "/offerte/divani", "/assistenza", ""],
    "el": ["/epistrofes", "/metaforika", "/prosfores", "/syxnes-erotiseis", ""],
    "ro": ["/retur", "/livrare", "/promotii", "/intrebari-frecvente", ""],
    "fi": ["/palautukset", "/toimitus", "/ale", "/ukk", ""],
}
ACCT = {"en": "account", "it": "area-clienti", "el": "logariasmos", "ro": "contul-meu", "fi": "oma-tili"}


def shop_url(lang):
    d = rng.choice(SHOPS[lang])
    p = rng.choice(SHOP_PATHS[lang])
    if rng.random() < 0.3 and d.startswith("www."):
        return d + p
    return f"https://{d}{p}"


def acct_url(lang, person):
    d = rng.choice(SHOPS[lang])
    a = ACCT[lang]
    k = rng.randint(0, 4)
    if k == 0:
        return f"https://{d}/{a}/orders?customer_id={ndigits(7)}"
    if k == 1:
        return f"https://{d}/reset-password?token={hexs(24)}"
    if k == 2:
        return f"https://{d}/{a}/profile?uid={hexs(8)}-{hexs(4)}"
    if k == 3:
        return f"https://{d}/track?order={ndigits(6)}&email={quote(person.email('main'), safe='')}"
    return f"https://{d}/{a}/{ndigits(8)}/invoices"


def unsub_url(lang, person):
    d = rng.choice(SHOPS[lang]).replace("www.", "")
    e = quote(person.email("main"), safe="")
    if rng.random() < 0.5:
        return f"https://news.{d}/unsubscribe?email={e}&list={rng.randint(2, 40)}"
    return f"https://{d}/newsletter/optout?e={e}&c={hexs(10)}"


IP4_PREFIX = {"en": ["81.2", "86.150", "92.40", "73.189", "24.56"], "it": ["93.41", "151.38", "79.12", "87.17"],
              "el": ["94.66", "79.107", "46.176", "62.74"], "ro": ["86.120", "188.24", "5.14", "89.136"],
              "fi": ["84.248", "91.155", "88.112", "176.72"]}
IP6_PREFIX = {"en": "2a00:23c7", "it": "2001:b07", "el": "2a02:587", "ro": "2a02:2f0e", "fi": "2001:14ba"}


def ip4(lang):
    return f"{rng.choice(IP4_PREFIX[lang])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"


def ip_lan():
    if rng.random() < 0.75:
        return f"192.168.{rng.choice([0, 1, 1, 8, 100, 178])}.{rng.randint(2, 254)}"
    return f"10.0.0.{rng.randint(2, 254)}"


def h4():
    return "%x" % rng.randint(1, 0xffff)


def ip6(lang):
    p = IP6_PREFIX[lang]
    k = rng.randint(0, 2)
    if k == 0:
        return f"{p}:{h4()}:{h4()}::{h4()}"
    if k == 1:
        return p + "".join(":" + h4() for _ in range(6))
    a, b = p.split(":")
    return ":".join([a.zfill(4), b.zfill(4)] + ["%04x" % rng.randint(0, 0xffff) for _ in range(6)])


# ---------------------------------------------------------------------------
# tricky negatives
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
}


def a_date(lang):
    dt = date(2025, 1, 1) + timedelta(days=rng.randint(0, 500))
    d, m, y = dt.day, dt.month, dt.year
    if lang == "en":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS['en'][m - 1]} {y}",
                f"{MONTHS['en'][m - 1]} {d}, {y}"]
    elif lang == "it":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS['it'][m - 1]} {y}", f"{d}/{m}/{y}"]
    elif lang == "el":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d}-{m}-{y}", f"{d} {MONTHS['el'][m - 1]} {y}", f"{d}/{m}/{y}"]
    elif lang == "ro":
        opts = [f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['ro'][m - 1]} {y}"]
    else:
        opts = [f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"]
    return rng.choice(opts)


def a_price(lang, symbol_only=False):
    a, b, c = rng.randint(5, 480), rng.randint(0, 999), rng.choice([0, 0, 50, 90, 99, 49, 95])
    if lang == "en":
        opts = [f"£{a}.{c:02d}", f"£{a}", f"£1,{b:03d}.{c:02d}", f"${a}.{c:02d}", f"€{a}"]
    elif lang == "it":
        opts = [f"{a},{c:02d} €", f"€ {a}", f"1.{b:03d},00 €", f"{a} euro", f"€{a},{c:02d}", f"{a},{c:02d} EUR"]
        if symbol_only:
            opts = [f"€ {a}", f"{a} €", f"{a},00 €"]
    elif lang == "el":
        opts = [f"{a},{c:02d} €", f"€{a}", f"1.{b:03d},00 €", f"{a} ευρώ", f"{a},{c:02d}€"]
        if symbol_only:
            opts = [f"{a} €", f"{a}€", f"{a} ευρώ"]
    elif lang == "ro":
        a = max(a, 20)
        opts = [f"{a},{c:02d} lei", f"{a} RON", f"1.{b:03d},00 lei", f"€ {a}", f"{a} de lei"]
    else:
        opts = [f"{a},{c:02d} €", f"1 {b:03d},00 €", f"{a} euroa", f"{a} €", f"{a},{c:02d} euroa"]
        if symbol_only:
            opts = [f"{a} €", f"{a},00 €"]
    return rng.choice(opts)


def a_time(lang):
    h, m = rng.randint(8, 21), rng.choice([0, 15, 30, 45, 10, 50])
    if lang == "en":
        return rng.choice([f"{h}:{m:02d}", f"{h - 12 if h > 12 else h}:{m:02d}{'pm' if h >= 12 else 'am'}"])
    if lang == "fi":
        return rng.choice([f"{h}.{m:02d}", f"{h:02d}.{m:02d}"])
    if lang == "it":
        return rng.choice([f"{h}:{m:02d}", f"{h}.{m:02d}"])
    return f"{h:02d}:{m:02d}" if rng.random() < 0.5 else f"{h}:{m:02d}"


HOURS = {"en": ["9:00–17:30", "9am–5.30pm", "09:00-18:00", "8.30am–6pm"],
         "it": ["9.00–17.30", "09:00-18:00", "9.00-13.00", "15:30–19:30"],
         "el": ["09:00-17:00", "9:00–21:00", "10:00-14:00", "08:30–15:30"],
         "ro": ["09:00-18:00", "10:00–22:00", "08:30-16:30", "9–17"],
         "fi": ["9–17", "9.00–16.00", "10–20", "8.00–16.30"]}


def checked(fn):
    while True:
        s = fn()
        if clean_negative(s):
            return s


def a_order(lang):
    def f():
        opts = {
            "en": [f"ORD-{ndigits(7)}", f"#{ndigits(6)}", f"{ndigits(3)}-{digits(7)}-{digits(7)}", f"W{ndigits(9)}"],
            "it": [f"ORD-{ndigits(7)}", f"#{ndigits(6)}", f"2026/{digits(5)}", f"IT-{ndigits(7)}"],
            "el": [f"#{ndigits(6)}", ndigits(7), f"2026-{digits(6)}"],
            "ro": [f"#{ndigits(7)}", ndigits(9), f"CMD-{ndigits(6)}"],
            "fi": [f"#{ndigits(6)}", f"{ndigits(6)}-{digits(4)}", ndigits(8)],
        }[lang]
        return rng.choice(opts)
    return checked(f)


S10_CC = {"en": "GB", "it": "IT", "el": "GR", "ro": "RO", "fi": "FI"}


def s10(lang):
    ser = digits(8)
    s = sum(int(a) * b for a, b in zip(ser, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - s % 11
    c = {10: 0, 11: 5}.get(c, c)
    return f"{rng.choice(['RR', 'CP', 'LX', 'RA', 'EE', 'LY'])}{ser}{c}{S10_CC[lang]}"


def a_track(lang):
    def f():
        if rng.random() < 0.4:
            return s10(lang)
        return rng.choice({
            "en": [f"1Z{''.join(rng.choice('0123456789ABCDEFGHJKLMNPRSTVWXY') for _ in range(6))}{digits(10)}",
                   f"JD{digits(18)}"],
            "it": [ndigits(12), f"BRT{ndigits(10)}"],
            "el": [rng.choice("1345789") + digits(9)],
            "ro": [ndigits(13), "1ONB" + digits(9)],
            "fi": [f"JJFI{digits(16)}", f"MH{ndigits(10)}"],
        }[lang])
    return checked(f)


def a_invoice(lang):
    def f():
        y = rng.choice(["2025", "2026"])
        return rng.choice({
            "en": [f"INV-{y}-{digits(4)}", ndigits(6)],
            "it": [f"{rng.randint(1, 999)}/{y}", f"{y}/FE/{digits(4)}", f"FT {digits(5)}"],
            "el": [f"ΤΠΥ {digits(6)}", f"Α-{digits(5)}"],
            "ro": [f"FCT {digits(6)}", f"BV-{digits(5)}"],
            "fi": [ndigits(8), f"{y}-{digits(4)}"],
        }[lang])
    return checked(f)


EAN_PREFIX = {"en": "50", "it": "80", "el": "520", "ro": "594", "fi": "64"}


def ean13(lang):
    while True:
        p = EAN_PREFIX[lang]
        d12 = p + digits(12 - len(p))
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
        d = d12 + str((10 - s % 10) % 10)
        if clean_negative(d):
            return d


def a_product(lang):
    def f():
        k = rng.random()
        if k < 0.35:
            return ean13(lang)
        return rng.choice({
            "en": [f"{ndigits(4)}-{rng.choice(['BLK', 'WHT', 'NVY', 'GRY'])}-{rng.choice(['S', 'M', 'L', 'XL'])}"],
            "it": [ndigits(5), f"{ndigits(3)}.{digits(3)}.{digits(2)}", f"{ndigits(4)}-{rng.choice(['NER', 'BIA', 'BLU'])}-{rng.choice(['S', 'M', 'L'])}"],
            "el": [f"{ndigits(3)}-{digits(3)}", ndigits(6)],
            "ro": [ndigits(5), f"{ndigits(3)}.{digits(3)}.{digits(2)}"],
            "fi": [ndigits(6), f"{ndigits(3)}.{digits(3)}.{digits(2)}"],
        }[lang])
    return checked(f)


QTY = {"en": "{} items", "it": "{} pezzi", "el": "{} τεμάχια", "ro": "{} bucăți", "fi": "{} kpl"}
PERCENT = {"en": ["20%", "15%", "10 %", "25%"], "it": ["22%", "10%", "30%", "20 %"],
           "el": ["24%", "13%", "40%", "6 %"], "ro": ["21%", "19%", "25%", "9 %"],
           "fi": ["25,5 %", "14 %", "20 %", "10 %"]}
VERSIONS = ["4.12.3", "v2.7", "12.4.1", "3.0.2", "v5.1", "17.4.1", "8.0"]
BIC = ["NWBKGB2L", "BARCGB22", "BCITITMM", "UNCRITMM", "ETHNGRAA", "PIRBGRAA", "RNCBROBU", "BTRLRO22",
       "NDEAFIHH", "OKOYFIHH"]


# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------
# {slot} or {who.attr} places a generated value; [[TYPE:text]] marks literal
# text as a tricky-negative distractor.  Person keys: p, q (any gender),
# m (male), f (female).  In *_INVALID cases every id slot gets a look-alike
# whose check digit fails.

T = {}

T["en"] = {
    "CARD": [
        "hi, can you check the payment on card {card}? it was declined twice",
        "Customer: The long number is {card}.\nAgent: Thank you. And the name on the card?\nCustomer: {p.name}.",
        "Please refund the {price} to the card I paid with ({card}), not as store credit.",
        "I've been charged twice on {date} – card no. {card}.",
        "card:{card}",
        "The subscription is on my partner {p.name}'s card, {card}.",
        "I'm writing again because nobody has replied since last week. The order was paid by Amex, {amex}, and the money left my account on {date}. Could someone please look into it?",
    ],
    "IBAN": [
        "Please send the refund to my account, IBAN {iban}.",
        "Account holder: {p.name}\nIBAN: {iban}\nBIC: {bic}",
        "I've moved to Germany so the refund should go to {iban_de} – the UK account is closed.",
        "ok the iban is {iban} (it's my husband's account, {m.name})",
        "Could you check you have {iban_any} on file? The last payment went to an old account.",
        "I live in the Netherlands now, new bank details: {iban_nl}.",
    ],
    "ID": [
        "My Italian tax code is {cf}, in case you need it for the invoice.",
        "For the fattura our partita IVA is {piva} – we're a small business near Bologna.",
        "I work in Athens, so: AMKA {amka}, AFM {afm}.",
        "Greek VAT number: {afm}",
        "Romanian customer here, my CNP is {cnp} – do you need anything else?",
        "Finnish personal identity code: {hetu}.",
        "The form keeps rejecting my codice fiscale ({cf}). Is there a problem with the letters?",
        "Details as requested:\n{p.name}\n{hetu}",
        "Hello, I'm trying to register on the Italian store but the checkout asks for a tax code. Mine is {cf}. I also have a Romanian one from when I lived in Cluj, {cnp}, if that's easier. Thanks!",
        "My mum's AMKA: {amka}",
        "VAT no. (Italy): {piva}",
    ],
    "PHONE": [
        "You can reach me on {mob} after 6pm.",
        "my number is {tel_us} if the call drops",
        "Customer: It's {mob}, that's my mobile.\nAgent: Thanks. Is there a landline as well?\nCustomer: Yes, {land}.",
        "Please call back on {tel_intl}, I'm abroad until {date}.",
        "mob:{mob}",
        "Please don't call {tel}, use my work number {tel_us} instead.",
        "Contact number (UK): {tel_intl}",
        "I'm in Rome for work this month, my Italian SIM is {tel_it}.",
        "{mob} – text me when the driver is close",
        "Mobile {mob}, home {land}, best time {hours}.",
        "Order {order}: the driver couldn't reach me, so I've updated my number to {tel}.",
        "Hi, it's me again. New number: {tel_x}",
        "My daughter lives in Helsinki and she'll receive it, her number is {tel_fi}.",
    ],
    "EMAIL": [
        "Please send the invoice to {p.email} rather than my work address.",
        "Can you update my email? Old one: {p.email2}, new one: {p.email}.",
        "{p.email} is the login, I've tried resetting the password three times.",
        "From: {p.name} <{p.email}>\nSubject: Missing parcel, order {order}",
        "my email's {p.email} thanks",
    ],
    "URL": [
        "This is my profile if it helps: {p.url}",
        "The link you sent me ({url_acct}) just says the session has expired.",
        "I keep getting emails even after clicking {unsub}.",
        "I found it on {shop} but my account page {url_acct} shows a different price.",
    ],
    "IP": [
        "The login alert said someone signed in from {ip4} – that wasn't me.",
        "My router's address is {ip_lan} and the app still won't connect.",
        "Security log shows {ip6} at {time} on {date}. I was asleep.",
    ],
    "PERSON": [
        "Hi, my name is {p.name} and I'm calling about a missing refund.",
        "Dear Ms {f.sur},\nThank you for your patience while we looked into this.",
        "Kind regards,\n{p.name}",
        "I spoke to {f.first} on the phone yesterday and she said the refund had been approved.",
        "The parcel is for my neighbour, {p.name}, so please leave it with them.",
        "Thanks so much {p.first}!",
        "Name: {p.name}\nOrder number: {order}",
        "Agent: Am I speaking with {p.name}?\nCustomer: Yes, speaking.",
        "[[NAME_LIKE:Will]] someone please call me back? I've been waiting since {date}.\n{p.name}",
        "{p.name} here, following up on ticket {order}.",
        "Could {m.first} from your billing team call me? He already knows the case.",
        "The account is still in my late father's name, {m.name}.",
        "Cheers,\n{p.first}",
        "I ordered the [[NAME_LIKE:Jordan]] trainers for my son {m.first}, but the size is wrong.",
        "I think {m.name} already returned it last week, can you check?",
        "Dear Mr {m.sur}, your replacement is on its way.",
    ],
    "ADDRESS": [
        "Please deliver to {addr} instead.",
        "My new address is {addr}.",
        "Billing address:\n{addr_ml}",
        "It went to {addr}, which is my old flat – I moved out in {year}.",
        "Could the courier leave it at the back door? The address is {addr}, blue gate.",
        "The return label should show {addr} as the sender.",
        "Is delivery available to {postcode}? My full address is {addr}.",
        "Ship to: {addr_us}",
    ],
    "NEG": [
        "The jacket was {price} but I was charged {price} on {date}.",
        "Your shop is open {hours} on weekdays, right?",
        "Order {order} has been stuck on 'processing' for [[QUANTITY:5 days]].",
        "Tracking number {track} hasn't updated since {date}.",
        "Invoice {invoice} shows {percent} VAT – it should be zero for exports.",
        "I'm on app version {version} and the checkout keeps crashing.",
        "Model {product} was {price} in {year}, now it's {price}.",
        "[[NAME_LIKE:Mark]] the box as fragile please, it's a gift.",
        "[[NAME_LIKE:Bill]] me for {qty} only, I sent the rest back.",
        "Do you deliver to {postcode}? The site says unavailable.",
        "I got an email asking me to pay into {iban_neg} – is this really you? It's not your usual account.",
        "The number on the gift card is {num16} but the balance shows zero.",
        "Is the [[NAME_LIKE:Florence]] store open on {date}?",
        "Returns are accepted within [[QUANTITY:30 days]], see {shop} for details.",
        "[[NAME_LIKE:Grace]] period for the payment is [[QUANTITY:14 days]], correct?",
        "All {qty} arrived on {date}, but one of them is broken.",
        "Reminder: the store reopens on {date}, {hours}.",
        "Why did the delivery fee go from {price} to {price} in {year}?",
    ],
    "MULTI": [
        "Hi, I'm {p.name}, order {order}. Best number is {mob} or email me at {p.email}.",
        "Name: {p.name}\nAddress: {addr}\nPhone: {tel}\nEmail: {p.email}",
        "Please refund {price} to {p.name}, IBAN {iban}, reference {invoice}.",
        "Kind regards,\n{p.name}\n{tel}\n{addr}",
        "My sister {f.name} ({f.email}) will collect it; her number is {tel_x}.",
        "A login from {ip4} wasn't me. I'm {p.name}, the account is {p.email} – please lock it.",
        "Agent: Can I take the card holder's name?\nCustomer: {p.name}.\nAgent: And the card number?\nCustomer: {card}.",
        "Agent: What's the delivery address?\nCustomer: {addr}. And my mobile is {mob} if the driver gets lost.",
    ],
}

T["it"] = {
    "CARD": [
        "Buongiorno, il pagamento con la carta {card} risulta rifiutato. Potete verificare?",
        "numero carta {card} ma non passa, riprovo dopo",
        "Vorrei il rimborso sulla stessa carta con cui ho pagato ({card}) e non come buono.",
        "Cliente: Il numero è {card}.\nOperatore: Grazie, e l'intestatario?\nCliente: {p.name}.",
        "Mi avete addebitato {price} due volte sulla carta {card} il {date}.",
        "La carta è intestata a mia moglie, {f.name}: {card}",
        "Buonasera, vi scrivo di nuovo perché nessuno mi ha risposto. Ho pagato con American Express, {amex}, e l'importo è stato addebitato il {date}. Il pacco però non è mai partito. Grazie.",
    ],
    "IBAN": [
        "Per il rimborso vi indico il mio IBAN: {iban}.",
        "Intestatario: {p.rev}\nIBAN {iban}",
        "Ho cambiato banca, il nuovo iban è {iban} (il vecchio conto è chiuso).",
        "Vivo in Germania, quindi l'accredito va su {iban_de}, intestato a {p.name}.",
        "potete fare il bonifico su {iban}? grazie mille",
        "Mi sono trasferita in Spagna: da questo mese l'addebito va sul conto {iban_es}.",
    ],
    "ID": [
        "Per la fattura elettronica vi lascio il mio codice fiscale: {p.cf}.",
        "Dati per la fattura: ditta individuale, C.F. {p.cf}, P.IVA {piva}.",
        "Le mando i dati richiesti: {p.name}, {p.cf}",
        "La partita IVA della mia azienda è {piva}.",
        "Il sistema non accetta il codice fiscale {cf}: dice formato errato, ma l'ho copiato dalla tessera sanitaria.",
        "Cliente: Codice fiscale… {cf}.\nOperatore: Perfetto, la trovo subito.",
        "Codice fiscale di mio figlio ({cf}), serve per la garanzia?",
        "Buonasera, ho provato tre volte a completare la registrazione ma all'ultimo passaggio il sito si blocca. Ho controllato tutto: nome, indirizzo e codice fiscale {p.cf} sono corretti. Potete aiutarmi?",
        "p.iva {piva} - ragione sociale come da ordine",
        "Fatturate a {p.name}, partita IVA {piva}, sede come indirizzo di spedizione.",
    ],
    "PHONE": [
        "Mi potete richiamare al {mob}? Dopo le 18, grazie.",
        "cell:{mob}",
        "Il fisso è {land}, il cellulare {mob}.",
        "Sono all'estero fino al {date}, chiamatemi al {tel_intl}.",
        "Buonasera, il corriere non mi ha trovata. Il mio numero è {mob}, sono a casa tutto il giorno.",
        "Tel. {land} (ufficio, {hours})",
        "Vivo a Londra, il mio numero inglese è {tel_uk}.",
        "{mob} chiamate pure quando volete",
        "whatsapp {mob}",
        "Operatore: Mi conferma il numero di telefono?\nCliente: Sì, {tel}.",
        "Il numero sulla bolla ({tel}) è sbagliato, quello giusto è {mob}.",
        "rif. ordine {order} – recapito {tel}",
        "Mio figlio è in Erasmus a Bucarest, potete chiamarlo al {tel_ro}?",
    ],
    "EMAIL": [
        "La mia mail è {p.email} ma non mi arriva niente.",
        "D'ora in poi usate l'indirizzo {p.email} (quello vecchio, {p.email2}, non lo controllo più).",
        "Da: {p.name} <{p.email}>\nOggetto: reso ordine {order}",
        "PEC: {p.pec}",
        "mandate la fattura a {p.email} grazie",
    ],
    "URL": [
        "Il link per reimpostare la password ({url_acct}) mi dà errore.",
        "Vi lascio il mio profilo: {p.url}",
        "Ho cliccato su {unsub} ma continuo a ricevere la newsletter.",
        "Sul vostro sito {shop} lo stesso articolo costa {price}, ma nell'area clienti {url_acct} no.",
    ],
    "IP": [
        "Mi è arrivata una notifica di accesso da {ip4}, non ero io!",
        "L'IP del modem è {ip_lan}, l'ho già riavviato due volte.",
        "Accesso bloccato dall'indirizzo {ip6} alle {time}.",
    ],
    "PERSON": [
        "Buongiorno, sono {p.name} e vi scrivo per un reso.",
        "Cordiali saluti,\n{p.name}",
        "Buongiorno signora {f.sur}, la ricontatto per la sua pratica.",
        "Egregio Sig. {m.sur},\nin merito alla Sua richiesta del {date} Le comunichiamo quanto segue.",
        "Ieri ho parlato con la vostra collega {f.first}, che mi aveva promesso un rimborso.",
        "Il pacco va consegnato a mia suocera, {f.name}, che abita al piano terra.",
        "Nominativo: {p.rev_caps}",
        "Mi chiamo {p.name}, sono vostro cliente dal {year}.",
        "Grazie mille {f.first}, gentilissima!",
        "Operatore: Parlo con il signor {m.name}?\nCliente: Sì, sono io.",
        "L'abbonamento è intestato a mio padre, {m.name}; io sono la figlia, {f.first}.",
        "Ieri {m.name} vi ha chiamato per lo stesso ordine, avete novità?",
        "Un saluto,\n{p.first}",
        "[[NAME_LIKE:Serena]] giornata anche a voi!\n{p.name}",
        "A nome di {p.name} vi chiedo la sostituzione del prodotto.",
    ],
    "ADDRESS": [
        "Spedite pure a {addr}.",
        "Il mio nuovo indirizzo è {addr}, sul citofono c'è scritto {p.sur}.",
        "Indirizzo di fatturazione: {addr}",
        "Il pacco è stato consegnato in {addr}, che è il mio vecchio indirizzo.",
        "abito in {addr} ma il corriere dice che l'indirizzo non esiste",
        "Potete ritirare il reso in {addr}? Orari: {hours}.",
        "Il CAP {postcode} è sbagliato, l'indirizzo completo è {addr}.",
        "Consegna presso: {addr}",
    ],
    "NEG": [
        "Il divano costava {price} ma sull'estratto conto vedo {price}.",
        "Siete aperti {hours} anche il sabato?",
        "L'ordine {order} del {date} risulta ancora in lavorazione.",
        "Spedizione {track}, ferma da [[QUANTITY:3 giorni]] nel centro di smistamento.",
        "Fattura {invoice}: l'IVA al {percent} non è corretta.",
        "L'app (versione {version}) si blocca al momento del pagamento.",
        "Ho ordinato {qty} dell'articolo {product} ma ne sono arrivati solo due.",
        "[[NAME_LIKE:Franco]] domicilio o a mio carico? Dall'ordine non si capisce.",
        "La bici [[NAME_LIKE:Bianchi]] è arrivata con il cambio rotto.",
        "Mi è arrivato un SMS con l'IBAN {iban_neg} per pagare la giacenza: è una truffa?",
        "Il codice della carta regalo è {num16}, ma il saldo risulta zero.",
        "Consegnate a [[NAME_LIKE:Firenze]] entro il {date}?",
        "Sul sito {shop} c'è scritto spedizione gratuita sopra {price_sym}.",
        "[[NAME_LIKE:Rosa]] antico non è più disponibile? Allora prendo il blu.",
        "Il modello del {year} costava {price}, adesso {price}: come mai?",
        "Dei {qty} ordinati uno è arrivato rotto (consegna del {date}).",
        "Dal {date} il negozio osserva l'orario {hours}?",
        "Tracking {track}: risulta consegnato, ma a me non è arrivato niente.",
    ],
    "MULTI": [
        "Buongiorno, sono {p.name}, ordine {order}. Potete chiamarmi al {mob} o scrivermi a {p.email}?",
        "Nome e cognome: {p.name}\nIndirizzo: {addr}\nTelefono: {tel}\nCodice fiscale: {p.cf}",
        "Rimborso di {price} da accreditare a {p.name}, IBAN {iban}.",
        "Cordiali saluti\n{p.name}\nCell. {mob}\n{p.email}",
        "Mia sorella {f.name} ritirerà il pacco in {addr}; il suo numero è {tel}.",
        "Accesso non autorizzato da {ip4}: sono {p.name}, l'account è {p.email}, bloccatelo per favore.",
        "Buongiorno, non riesco più ad accedere. {p.name}, C.F. {p.cf}, cell {mob}. Grazie!",
        "Dati di fatturazione:\n{p.name}\n{addr}\nP.IVA {piva}\nPEC {p.pec}",
        "Operatore: Il nome dell'intestatario?\nCliente: {p.name}.\nOperatore: E il numero della carta?\nCliente: {card}.",
    ],
}

T["el"] = {
    "CARD": [
        "Καλησπέρα, η πληρωμή με την κάρτα {card} απορρίφθηκε δύο φορές. Τι μπορώ να κάνω;",
        "αριθμος καρτας {card}",
        "Θέλω την επιστροφή των χρημάτων στην ίδια κάρτα ({card}), όχι σε δωροεπιταγή.",
        "Πελάτης: Ο αριθμός είναι {card}.\nΕκπρόσωπος: Ευχαριστώ. Και ο κάτοχος;\nΠελάτης: {p.name}.",
        "Μου χρεώσατε {price} δύο φορές στην κάρτα {card} στις {date}.",
        "Η κάρτα είναι στο όνομα της συζύγου μου, {f.name_gen}: {card}",
        "Καλημέρα σας. Σας ξαναγράφω γιατί δεν έχω λάβει απάντηση. Πλήρωσα με American Express ({amex}) και το ποσό χρεώθηκε στις {date}, αλλά το δέμα δεν έχει σταλεί ακόμα. Ευχαριστώ.",
    ],
    "IBAN": [
        "Για την επιστροφή χρημάτων, το IBAN μου είναι {iban}.",
        "Δικαιούχος: {p.name}\nIBAN: {iban}",
        "Άλλαξα τράπεζα, το νέο IBAN είναι {iban} (ο παλιός λογαριασμός έκλεισε).",
        "Μένω στη Γερμανία, οπότε η κατάθεση να γίνει στο {iban_de}, στο όνομα του {m.name_gen}.",
        "μπορειτε να κανετε την καταθεση στο {iban}; ευχαριστω",
        "Δουλεύω στο Βέλγιο, ο λογαριασμός μου εκεί είναι {iban_be}.",
    ],
    "ID": [
        "Ο ΑΜΚΑ μου είναι {amka}.",
        "Για το τιμολόγιο: ΑΦΜ {afm}, ΔΟΥ Καλαμαριάς.",
        "Ορίστε τα στοιχεία μου: {p.name}, ΑΜΚΑ {amka}, ΑΦΜ {afm}.",
        "Το σύστημα δεν δέχεται τον ΑΦΜ {afm}, λέει ότι δεν είναι έγκυρος, αλλά τον αντέγραψα από το εκκαθαριστικό.",
        "Πελάτης: ΑΜΚΑ… {amka}.\nΕκπρόσωπος: Μάλιστα, σας βρήκα.",
        "ΑΦΜ εταιρείας (ενδοκοινοτικός): {afm}",
        "ο αμκα του παιδιου ειναι {amka}",
        "Καλησπέρα. Προσπαθώ να ολοκληρώσω την εγγραφή για την εγγύηση, αλλά η σελίδα κολλάει στο τελευταίο βήμα. Έχω ελέγξει τα πάντα, και ο ΑΦΜ μου ({afm}) είναι σωστός. Μπορείτε να βοηθήσετε;",
        "{amka} αυτός είναι ο ΑΜΚΑ της μητέρας μου",
    ],
    "PHONE": [
        "Μπορείτε να με καλέσετε στο {mob} μετά τις 6;",
        "κιν.{mob}",
        "Σταθερό {land}, κινητό {mob}.",
        "Είμαι στο εξωτερικό μέχρι τις {date}, καλέστε με στο {tel_intl}.",
        "Καλησπέρα, ο κούριερ δεν με βρήκε. Το κινητό μου είναι {mob}, είμαι σπίτι όλη μέρα.",
        "Τηλ. {land} (γραφείο, {hours})",
        "Μένω στο Λονδίνο, το αγγλικό μου κινητό είναι {tel_uk}.",
        "{mob} πάρτε με όποτε θέλετε",
        "Στείλτε μου στο Viber: {mob}",
        "Εκπρόσωπος: Μου επιβεβαιώνετε το τηλέφωνό σας;\nΠελάτης: Ναι, {tel}.",
        "Το τηλέφωνο στο voucher ({tel}) είναι λάθος, το σωστό είναι {mob}.",
        "αρ. παραγγελίας {order} – τηλ. επικοινωνίας {tel}",
        "Η κόρη μου σπουδάζει στο Μιλάνο, μπορείτε να την πάρετε στο {tel_it};",
    ],
    "EMAIL": [
        "Το email μου είναι {p.email}, αλλά δεν μου έρχεται τίποτα.",
        "Από εδώ και πέρα χρησιμοποιείτε το {p.email} (το παλιό, {p.email2}, δεν το ελέγχω πια).",
        "Από: {p.name} <{p.email}>\nΘέμα: Επιστροφή παραγγελίας {order}",
        "στειλτε το τιμολογιο στο {p.email} ευχαριστω",
        "E-mail επικοινωνίας: {p.email}",
    ],
    "URL": [
        "Ο σύνδεσμος για αλλαγή κωδικού ({url_acct}) βγάζει σφάλμα.",
        "Αυτό είναι το προφίλ μου: {p.url}",
        "Πάτησα το {unsub} αλλά συνεχίζω να λαμβάνω newsletter.",
        "Στο {shop} το ίδιο προϊόν κοστίζει {price}, αλλά στον λογαριασμό μου ({url_acct}) βγαίνει άλλη τιμή.",
    ],
    "IP": [
        "Έλαβα ειδοποίηση σύνδεσης από τη διεύθυνση {ip4}, δεν ήμουν εγώ!",
        "Η IP του ρούτερ είναι {ip_lan}, τον έχω ήδη επανεκκινήσει.",
        "Αποκλείστηκε η πρόσβαση από {ip6} στις {time}.",
    ],
    "PERSON": [
        "Καλημέρα, ονομάζομαι {p.name} και σας γράφω για μια επιστροφή.",
        "Με εκτίμηση,\n{p.name}",
        "Αγαπητέ κύριε {m.sur_voc},\nσας ενημερώνουμε ότι η παραγγελία σας στάλθηκε.",
        "Αγαπητή κυρία {f.sur}, σας ευχαριστούμε για την υπομονή σας.",
        "Μίλησα χθες με {f.tin} {f.first_acc} από το τμήμα σας και μου είπε ότι εγκρίθηκε η επιστροφή.",
        "Με λένε {p.name_acc} και είμαι πελάτης σας από το {year}.",
        "Ονοματεπώνυμο: {p.name_caps}",
        "Εκπρόσωπος: Μιλάω με τον κύριο {m.name_acc};\nΠελάτης: Ναι, ο ίδιος.",
        "Αφήστε το δέμα στη γειτόνισσά μου, την κυρία {f.sur}, στον πρώτο όροφο.",
        "Ευχαριστώ πολύ, {f.first}!",
        "Ο λογαριασμός είναι στο όνομα του πατέρα μου, {m.name_gen}.",
        "Καλησπέρα σας, είμαι η {f.name} από την εξυπηρέτηση πελατών.",
        "Χθες ο {m.name} σας πήρε τηλέφωνο για την ίδια παραγγελία. Υπάρχει κάποιο νέο;",
        "Γεια σου {m.first_voc}, ευχαριστώ για τη βοήθεια!",
        "Φιλικά,\n{p.first}",
        "Αγαπητέ {m.name_voc}, λάβαμε το αίτημά σας.",
    ],
    "ADDRESS": [
        "Στείλτε το στη διεύθυνση {addr2}.",
        "Η νέα μου διεύθυνση είναι {addr}, στο κουδούνι γράφει {p.sur}.",
        "Διεύθυνση τιμολόγησης: {addr}",
        "Το δέμα πήγε στη διεύθυνση {addr2}, που είναι η παλιά μου διεύθυνση.",
        "η διευθυνση μου ειναι {addr} αλλα ο κουριερ λεει οτι δεν υπαρχει",
        "Μπορείτε να παραλάβετε την επιστροφή από τη διεύθυνση {addr2}; Ωράριο {hours}.",
        "Ο ΤΚ {postcode} είναι λάθος, η σωστή διεύθυνση είναι {addr}.",
        "Παράδοση: {addr}",
    ],
    "NEG": [
        "Ο καναπές κόστιζε {price} αλλά στην κίνηση της κάρτας βλέπω {price}.",
        "Είστε ανοιχτά {hours} και το Σάββατο;",
        "Η παραγγελία {order} από τις {date} είναι ακόμα σε επεξεργασία.",
        "Αριθμός αποστολής {track}, δεν έχει κουνηθεί εδώ και [[QUANTITY:3 μέρες]].",
        "Στο τιμολόγιο {invoice} ο ΦΠΑ χρεώθηκε {percent}, ενώ η αγορά είναι ενδοκοινοτική.",
        "Η εφαρμογή (έκδοση {version}) κολλάει στην πληρωμή.",
        "Παρήγγειλα {qty} με κωδικό {product} αλλά ήρθαν μόνο δύο.",
        "[[NAME_LIKE:Χαρά]] μου που λύθηκε επιτέλους!",
        "Το βρήκα φθηνότερο στον [[NAME_LIKE:Σκλαβενίτη]], γι' αυτό το επιστρέφω.",
        "Μου ήρθε SMS με IBAN {iban_neg} για να πληρώσω τελωνείο. Είναι απάτη;",
        "Ο αριθμός της δωροκάρτας είναι {num16}, αλλά το υπόλοιπο δείχνει μηδέν.",
        "Στο {shop} γράφει δωρεάν μεταφορικά για αγορές άνω των {price_sym}.",
        "Στέλνετε και στην [[NAME_LIKE:Καλλιθέα]] μέχρι τις {date};",
        "Το μοντέλο του {year} κόστιζε {price}, τώρα {price}. Γιατί;",
        "Από τις {date} το κατάστημα λειτουργεί {hours};",
        "Το προϊόν με κωδικό {product} έχει ακόμα έκπτωση {percent};",
        "Ο αριθμός αποστολής {track} δείχνει παραδοτέο, αλλά δεν έλαβα τίποτα.",
        "Αγόρασα {qty} στις {date} και ένα ήρθε σπασμένο.",
    ],
    "MULTI": [
        "Καλησπέρα, είμαι ο {m.name}, παραγγελία {order}. Μπορείτε να με πάρετε στο {mob} ή να μου γράψετε στο {m.email};",
        "Ονοματεπώνυμο: {p.name}\nΔιεύθυνση: {addr}\nΤηλέφωνο: {tel}\nΑΦΜ: {afm}",
        "Παρακαλώ επιστρέψτε {price} στον λογαριασμό της {f.name_gen}, IBAN {iban}.",
        "Με εκτίμηση,\n{p.name}\nΚιν.: {mob}\n{p.email}",
        "Η αδελφή μου, η {f.name}, θα παραλάβει το δέμα από τη διεύθυνση {addr2}· το τηλέφωνό της είναι {tel}.",
        "Σύνδεση από {ip4} χωρίς την άδειά μου: είμαι ο {m.name} και ο λογαριασμός είναι {m.email}. Κλειδώστε τον, παρακαλώ.",
        "Στοιχεία ασφαλισμένου:\nΟνοματεπώνυμο: {p.name}\nΑΜΚΑ: {amka}\nΚιν.: {mob}",
        "Εκπρόσωπος: Το όνομα του κατόχου;\nΠελάτης: {p.name}.\nΕκπρόσωπος: Και ο αριθμός της κάρτας;\nΠελάτης: {card}.",
    ],
}

T["ro"] = {
    "CARD": [
        "Bună ziua, plata cu cardul {card} a fost respinsă de două ori. Ce pot face?",
        "nr card {card}",
        "Vreau banii înapoi pe același card ({card}), nu sub formă de voucher.",
        "Client: Numărul este {card}.\nOperator: Mulțumesc. Și titularul?\nClient: {p.name}.",
        "Mi-ați retras {price} de două ori de pe cardul {card} pe {date}.",
        "Cardul e pe numele soției mele, {f.name}: {card}",
        "Bună ziua. Vă scriu din nou pentru că nu am primit niciun răspuns. Am plătit cu American Express ({amex}), suma mi-a fost retrasă pe {date}, dar coletul nu a plecat nici acum. Mulțumesc.",
    ],
    "IBAN": [
        "Pentru rambursare, IBAN-ul meu este {iban}.",
        "Titular cont: {p.rev}\nIBAN: {iban}",
        "Am schimbat banca, noul IBAN e {iban} (contul vechi a fost închis).",
        "Lucrez în Italia, așa că banii trebuie trimiși în contul {iban_it}, pe numele lui {m.name}.",
        "puteti face transferul in contul {iban}? multumesc",
        "Locuiesc în Austria de anul trecut, contul meu de acolo e {iban_at}.",
    ],
    "ID": [
        "CNP-ul meu este {cnp}.",
        "Datele mele sunt: {p.name}, {cnp}",
        "Pentru factura pe persoană fizică aveți nevoie de CNP? Este {cnp}.",
        "Sistemul nu îmi acceptă CNP-ul {cnp}, spune că e invalid, dar l-am copiat din buletin.",
        "Client: CNP… {cnp}.\nOperator: Perfect, v-am găsit.",
        "cnp {cnp} (pentru garanție)",
        "CNP-ul copilului: {cnp}",
        "Bună seara. Am încercat de trei ori să finalizez înregistrarea pentru garanția extinsă, dar pagina se blochează la ultimul pas. Am verificat totul, inclusiv CNP-ul ({cnp}). Mă puteți ajuta?",
        "{cnp} acesta e CNP-ul mamei mele",
    ],
    "PHONE": [
        "Mă puteți suna la {mob} după ora 18?",
        "mobil:{mob}",
        "Fix: {land}, mobil: {mob}.",
        "Sunt în străinătate până pe {date}, sunați-mă la {tel_intl}.",
        "Bună seara, curierul nu m-a găsit acasă. Numărul meu e {mob}, sunt acasă toată ziua.",
        "Tel. {land} (birou, {hours})",
        "Locuiesc în Finlanda, numărul meu de acolo e {tel_fi}.",
        "{mob} sunați oricând",
        "Îmi puteți scrie pe WhatsApp la {mob}.",
        "Operator: Îmi confirmați numărul de telefon?\nClient: Da, {tel}.",
        "Numărul de pe AWB ({tel}) e greșit, cel corect e {mob}.",
        "comanda {order} – telefon {tel}",
        "Fiul meu lucrează la Atena, îl puteți suna la {tel_gr}?",
    ],
    "EMAIL": [
        "Adresa mea de e-mail este {p.email}, dar nu primesc nimic.",
        "Vă rog să folosiți de acum adresa {p.email} (pe cea veche, {p.email2}, nu o mai verific).",
        "De la: {p.name} <{p.email}>\nSubiect: Retur comanda {order}",
        "trimiteti factura pe {p.email} va rog",
        "E-mail: {p.email}",
    ],
    "URL": [
        "Linkul de resetare a parolei ({url_acct}) dă eroare.",
        "Acesta e profilul meu: {p.url}",
        "Am dat click pe {unsub}, dar tot primesc newsletterul.",
        "Pe {shop} același produs costă {price}, dar în contul meu ({url_acct}) apare alt preț.",
    ],
    "IP": [
        "Am primit o alertă de autentificare de la {ip4}, nu am fost eu!",
        "IP-ul routerului este {ip_lan}, l-am repornit deja.",
        "Acces blocat de la {ip6} la ora {time}.",
    ],
    "PERSON": [
        "Bună ziua, mă numesc {p.name} și vă scriu în legătură cu un retur.",
        "Cu stimă,\n{p.name}",
        "Stimate domnule {m.sur},\nvă informăm că produsul a fost expediat.",
        "Stimată doamnă {f.sur}, vă mulțumim pentru răbdare.",
        "Am vorbit ieri cu colega dumneavoastră {f.first}, care mi-a spus că rambursarea a fost aprobată.",
        "Numele meu este {p.name} și am cont la voi din {year}.",
        "Nume și prenume: {p.rev_caps}",
        "Operator: Vorbesc cu domnul {m.name}?\nClient: Da, eu sunt.",
        "Coletul e pentru vecina mea, doamna {f.sur}, de la etajul 2.",
        "Mulțumesc frumos, {p.first}!",
        "Contul este pe numele tatălui meu, {m.name}.",
        "Bună ziua, sunt {f.name} de la serviciul clienți.",
        "Ieri {m.name} v-a sunat pentru aceeași comandă. Aveți vreo noutate?",
        "O zi bună,\n{p.first}",
        "buna ziua, sunt {p.name_plain}, vreau sa anulez comanda",
    ],
    "ADDRESS": [
        "Trimiteți coletul la {addr}.",
        "Noua mea adresă este {addr}, pe interfon scrie {p.sur}.",
        "Adresa de facturare: {addr}",
        "Coletul a ajuns la {addr}, care e adresa mea veche.",
        "stau pe {addr} dar curierul zice ca adresa nu exista",
        "Puteți ridica returul de la {addr}? Program: {hours}.",
        "Codul poștal {postcode} e greșit, adresa corectă este {addr}.",
        "Livrare: {addr}",
    ],
    "NEG": [
        "Canapeaua costa {price}, dar în extras văd {price}.",
        "Aveți program {hours} și sâmbăta?",
        "Comanda {order} din {date} e tot în procesare.",
        "AWB {track}, nu s-a mișcat de [[QUANTITY:3 zile]].",
        "Pe factura {invoice} TVA-ul e calculat la {percent}, e greșit.",
        "Aplicația (versiunea {version}) se blochează la plată.",
        "Am comandat {qty} din produsul {product}, dar au venit doar două.",
        "[[NAME_LIKE:Speranța]] moare ultima, aștept coletul de o lună.",
        "Covorașele pentru [[NAME_LIKE:Dacia Logan]] nu se potrivesc.",
        "Am primit un SMS cu IBAN-ul {iban_neg} ca să plătesc taxa vamală. E o țeapă?",
        "Numărul cardului cadou este {num16}, dar soldul apare zero.",
        "Pe {shop} scrie transport gratuit peste {price}.",
        "Livrați și în [[NAME_LIKE:Constanța]] până pe {date}?",
        "Modelul din {year} costa {price}, acum costă {price}. De ce?",
        "Din {date} magazinul are program {hours}?",
        "Produsul cu codul {product} mai are reducere de {percent}?",
        "AWB-ul {track} apare livrat, dar eu nu am primit nimic.",
        "Am primit {qty} pe {date}, dar una era spartă.",
    ],
    "MULTI": [
        "Bună ziua, sunt {p.name}, comanda {order}. Mă puteți suna la {mob} sau îmi puteți scrie la {p.email}?",
        "Nume: {p.name}\nAdresă: {addr}\nTelefon: {tel}\nCNP: {cnp}",
        "Vă rog să virați {price} în contul {iban}, titular {p.name}.",
        "Cu stimă,\n{p.name}\nTel. {mob}\n{p.email}",
        "Sora mea, {f.name}, va ridica coletul de la {addr}; numărul ei este {tel}.",
        "Autentificare de la {ip4} fără acordul meu: sunt {p.name}, contul e {p.email}, vă rog să-l blocați.",
        "Buna ziua, nu mai am acces la cont. {p.name_plain}, CNP {cnp}, tel {mob}. Multumesc!",
        "Operator: Numele titularului?\nClient: {p.name}.\nOperator: Și numărul cardului?\nClient: {card}.",
    ],
}

T["fi"] = {
    "CARD": [
        "Hei, maksu kortilla {card} hylättiin kahdesti. Mitä voin tehdä?",
        "kortin nro {card}",
        "Haluan hyvityksen samalle kortille ({card}), en lahjakorttina.",
        "Asiakas: Numero on {card}.\nAsiakaspalvelija: Kiitos. Entä kortinhaltijan nimi?\nAsiakas: {p.name}.",
        "Kortiltani {card} veloitettiin {price} kahteen kertaan {date}.",
        "Kortti on vaimoni {f.name_gen} nimissä: {card}",
        "Hei. Kirjoitan uudestaan, koska en ole saanut vastausta. Maksoin American Expressillä ({amex}) ja summa veloitettiin {date}, mutta pakettia ei ole vieläkään lähetetty. Kiitos.",
    ],
    "IBAN": [
        "Hyvityksen voi maksaa tililleni {iban}.",
        "Tilinomistaja: {p.name}\nIBAN: {iban}",
        "Vaihdoin pankkia, uusi tilinumero on {iban} (vanha tili on lopetettu).",
        "Asun nykyään Saksassa, joten maksakaa rahat tilille {iban_de}, saajana {p.name}.",
        "voitteko maksaa tilille {iban}? kiitos",
        "Olen töissä Portugalissa, sikäläinen tilini on {iban_pt}.",
    ],
    "ID": [
        "Henkilötunnukseni on {hetu}.",
        "Tässä tietoni: {p.name}, {hetu}",
        "Hetu: {hetu}",
        "Järjestelmä ei hyväksy henkilötunnustani {hetu}, vaikka kopioin sen suoraan Kela-kortista.",
        "Asiakas: Henkilötunnus… {hetu}.\nAsiakaspalvelija: Kiitos, löysin tietonne.",
        "lapsen hetu {hetu}",
        "Unohdin laittaa lomakkeeseen henkilötunnuksen: {hetu}.",
        "Hei. Yritän rekisteröidä laajennetun takuun, mutta sivu jumittuu viimeisessä vaiheessa. Tarkistin kaiken, myös henkilötunnuksen ({hetu}). Voitteko auttaa?",
        "{hetu} on äitini henkilötunnus",
    ],
    "PHONE": [
        "Voitteko soittaa minulle numeroon {mob} kuuden jälkeen?",
        "puh:{mob}",
        "Lankapuhelin {land}, kännykkä {mob}.",
        "Olen ulkomailla {date} asti, soittakaa numeroon {tel_intl}.",
        "Hei, kuljettaja ei tavoittanut minua. Numeroni on {mob}, olen kotona koko päivän.",
        "Puh. {land} (toimisto, klo {hours})",
        "Asun Romaniassa, sikäläinen numeroni on {tel_ro}.",
        "{mob} soittakaa milloin vaan",
        "WhatsAppissa minut tavoittaa numerosta {mob}.",
        "Asiakaspalvelija: Voinko vielä tarkistaa puhelinnumeronne?\nAsiakas: Joo, {tel}.",
        "Rahtikirjassa oleva numero ({tel}) on väärä, oikea on {mob}.",
        "tilaus {order} – puh. {tel}",
        "Poikani on vaihdossa Lontoossa, hänet tavoittaa numerosta {tel_uk}.",
    ],
    "EMAIL": [
        "Sähköpostini on {p.email}, mutta mitään ei tule perille.",
        "Käyttäkää jatkossa osoitetta {p.email} (vanhaa, {p.email2}, en enää lue).",
        "Lähettäjä: {p.name} <{p.email}>\nAihe: Palautus, tilaus {order}",
        "laittakaa lasku osoitteeseen {p.email} kiitos",
        "Sähköposti: {p.email}",
    ],
    "URL": [
        "Salasanan vaihtolinkki ({url_acct}) antaa virheilmoituksen.",
        "Tässä profiilini: {p.url}",
        "Klikkasin linkkiä {unsub}, mutta uutiskirjeitä tulee edelleen.",
        "Sivulla {shop} sama tuote maksaa {price}, mutta tililläni ({url_acct}) näkyy eri hinta.",
    ],
    "IP": [
        "Sain ilmoituksen kirjautumisesta IP-osoitteesta {ip4} – se en ollut minä!",
        "Reitittimen IP on {ip_lan}, olen jo käynnistänyt sen uudelleen.",
        "Pääsy estetty osoitteesta {ip6} klo {time}.",
    ],
    "PERSON": [
        "Hei, nimeni on {p.name} ja kirjoitan palautuksesta.",
        "Ystävällisin terveisin\n{p.name}",
        "Hyvä {p.name}, kiitos yhteydenotostasi.",
        "Puhuin eilen asiakaspalvelijanne {f.first_gen} kanssa, ja hän lupasi hyvityksen.",
        "Olen {p.name} ja olen ollut asiakkaananne vuodesta {year}.",
        "Nimi: {p.rev}",
        "Asiakaspalvelija: Puhunko {p.name_gen} kanssa?\nAsiakas: Kyllä, minä tässä.",
        "Paketti on naapurilleni {p.name_all}, jättäkää se hänen ovelleen.",
        "Kiitos paljon, {p.first}!",
        "Tili on isäni {m.name_gen} nimissä.",
        "Täällä {f.name} asiakaspalvelusta, hei!",
        "Terveisin {p.first}",
        "{m.name} soitti teille eilen samasta tilauksesta. Onko uutta tietoa?",
        "Moi, {p.first} täällä, kysyisin vielä toimituksesta.",
        "Välitin viestin {p.name_all}, joka hoitaa laskutuksen.",
    ],
    "ADDRESS": [
        "Lähettäkää paketti osoitteeseen {addr}.",
        "Uusi osoitteeni on {addr}, ovessa lukee {p.sur}.",
        "Laskutusosoite: {addr}",
        "Paketti meni osoitteeseen {addr}, joka on vanha osoitteeni.",
        "asun osoitteessa {addr} mutta kuljettajan mukaan osoitetta ei ole olemassa",
        "Voitteko noutaa palautuksen osoitteesta {addr}? Olen paikalla klo {hours}.",
        "Postinumero {postcode} on väärin, oikea osoite on {addr}.",
        "Toimitusosoite: {addr}",
    ],
    "NEG": [
        "Sohva maksoi {price}, mutta tiliotteella näkyy {price}.",
        "Onko myymälä auki klo {hours} myös lauantaisin?",
        "Tilaus {order} ({date}) on edelleen käsittelyssä.",
        "Seurantatunnus {track}, paketti ei ole liikkunut [[QUANTITY:3 päivään]].",
        "Laskussa {invoice} on väärä ALV-prosentti ({percent}).",
        "Sovellus (versio {version}) kaatuu maksaessa.",
        "Tilasin {qty} tuotetta {product}, mutta vain kaksi tuli.",
        "[[NAME_LIKE:Onni]] oli matkassa, paketti löytyi naapurista!",
        "[[NAME_LIKE:Toivo]] alkaa olla vähissä, paketti on ollut matkalla kolme viikkoa.",
        "Sain tekstiviestin, jossa pyydetään maksamaan tullimaksu tilille {iban_neg}. Onko tämä huijaus?",
        "Lahjakortin numero on {num16}, mutta saldo näyttää nollaa.",
        "Sivulla {shop} lukee, että toimitus on ilmainen yli {price_sym} tilauksille.",
        "Onko [[NAME_LIKE:Lahden]] myymälä auki {date}?",
        "Vuoden {year} malli maksoi {price}, nyt {price}. Miksi?",
        "Toimitusaika on [[QUANTITY:2–4 arkipäivää]], eikö?",
        "Onko myymälä {date} alkaen auki klo {hours}?",
        "Onko tuote {product} vielä alennuksessa ({percent})?",
        "Seurantatunnuksen {track} mukaan paketti on toimitettu, mutta en ole saanut mitään.",
    ],
    "MULTI": [
        "Hei, olen {p.name}, tilaus {order}. Minut tavoittaa numerosta {mob} tai sähköpostitse {p.email}.",
        "Nimi: {p.name}\nOsoite: {addr}\nPuhelin: {tel}\nHenkilötunnus: {hetu}",
        "Maksakaa hyvitys {price} tilille {iban}, saaja {p.name}.",
        "Ystävällisin terveisin\n{p.name}\npuh. {mob}\n{p.email}",
        "Siskoni {f.name} noutaa paketin osoitteesta {addr}; hänen numeronsa on {tel}.",
        "Kirjautuminen osoitteesta {ip4} ei ollut minun: olen {p.name}, tilini on {p.email}. Lukitkaa se.",
        "Hei, en pääse tililleni. {p.name}, hetu {hetu}, puh {mob}. Kiitos!",
        "Asiakaspalvelija: Kortinhaltijan nimi?\nAsiakas: {p.name}.\nAsiakaspalvelija: Entä kortin numero?\nAsiakas: {card}.",
    ],
}

# category, how many per language, invalid look-alikes?
PLAN = [("CARD", 8, False), ("IBAN", 8, False), ("ID", 12, False),
        ("CARD", 3, True), ("IBAN", 3, True), ("ID", 6, True),
        ("PHONE", 17, False), ("EMAIL", 5, False), ("URL", 4, False), ("IP", 3, False),
        ("PERSON", 17, False), ("ADDRESS", 12, False), ("NEG", 18, False), ("MULTI", 9, False)]

ID_TYPES = {"card": "CARD", "visa": "CARD", "mc": "CARD", "amex": "CARD", "cf": "IT_CODICE_FISCALE",
            "piva": "IT_PARTITA_IVA", "amka": "GR_AMKA", "afm": "GR_AFM", "cnp": "RO_CNP", "hetu": "FI_HETU"}
OWN_IBAN = {"en": "GB", "it": "IT", "el": "GR", "ro": "RO", "fi": "FI"}
PERSON_ATTRS = {"name", "first", "sur", "rev", "rev_caps", "name_caps", "name_plain", "first_gen", "first_acc",
                "first_voc", "first_all", "sur_gen", "sur_acc", "sur_voc", "sur_all", "name_gen", "name_acc",
                "name_voc", "name_all"}

PLACE = re.compile(r"\{([a-z0-9_]+)(?:\.([a-z0-9_]+))?\}|\[\[([A-Z_]+):(.+?)\]\]")
CHECK_FAILS = "check digit fails"
TRICKY = "tricky negative"


class Case:
    def __init__(self, lang, invalid):
        self.lang = lang
        self.invalid = invalid
        self.persons = {}

    def person(self, key):
        if key not in self.persons:
            female = {"m": False, "f": True}.get(key[0], rng.random() < 0.5)
            self.persons[key] = Person(self.lang, female, {p.key for p in self.persons.values()})
        return self.persons[key]

    def idval(self, kind, cf_person=None):
        """(text, mark) for an id slot, valid or look-alike."""
        t = ID_TYPES[kind]
        if kind in ("card", "visa", "mc", "amex"):
            k = None if kind == "card" else kind
            raw = bad_card(k) if self.invalid else make_card(k)
            return fmt_card(raw), t
        if kind == "cf":
            if cf_person is not None:
                p = cf_person
                cf = make_cf(p.first, p.sur, p.female)
            else:
                cf = make_cf()
            return fmt_cf(bad_cf(cf) if self.invalid else cf), t
        if kind == "piva":
            return fmt_piva(bad_piva() if self.invalid else make_piva()), t
        if kind == "amka":
            return (bad_amka() if self.invalid else make_amka()), t
        if kind == "afm":
            return fmt_afm(bad_afm() if self.invalid else make_afm()), t
        if kind == "cnp":
            return (bad_cnp() if self.invalid else make_cnp()), t
        if kind == "hetu":
            return fmt_hetu(bad_hetu() if self.invalid else make_hetu()), t
        raise KeyError(kind)

    def mark_id(self, text, t):
        if self.invalid:
            return text, ("D", t, CHECK_FAILS)
        return text, ("E", t)

    def slot(self, key, attr):
        L = self.lang
        if attr is not None:
            p = self.person(key)
            if attr in PERSON_ATTRS:
                return p.f[attr], ("E", "PERSON")
            if attr == "email":
                return p.email("main"), ("E", "EMAIL")
            if attr == "email2":
                return p.email("old"), ("E", "EMAIL")
            if attr == "pec":
                return p.pec(), ("E", "EMAIL")
            if attr == "url":
                return p.url(), ("E", "URL")
            if attr == "cf":
                return self.mark_id(*self.idval("cf", p))
            if attr == "tin":  # Greek article before an accusative: την / τη
                w = strip_accents_upper(p.f["first_acc"])
                keep = w[0] in "ΑΕΗΙΟΥΩΚΠΤΞΨ" or w[:2] in ("ΓΚ", "ΜΠ", "ΝΤ")
                return ("την" if keep else "τη"), None
            raise KeyError(attr)
        if key in ID_TYPES:
            return self.mark_id(*self.idval(key))
        if key == "iban" or key == "iban_any" or re.fullmatch(r"iban_[a-z]{2}", key) and key != "iban_neg":
            if key == "iban":
                cc = OWN_IBAN[L]
            elif key == "iban_any":
                cc = rng.choice(sorted(IBAN_LEN))
            else:
                cc = key[5:].upper()
            s = bad_iban(cc) if self.invalid else make_iban(cc)
            return self.mark_id(fmt_iban(s), "IBAN")
        if key == "iban_neg":
            cc = rng.choice([OWN_IBAN[L], OWN_IBAN[L], "DE", "NL", "ES", "PT", "BE", "AT", "FR"])
            return fmt_iban(neg_iban(cc)), ("D", "IBAN", TRICKY)
        if key in ("tel", "mob", "land", "tel_intl", "tel_x") or re.fullmatch(r"tel_[a-z]{2}", key):
            own = OWN_CC.get(L) or ("uk" if rng.random() < 0.6 else "us")
            if key == "tel_x":
                cc = rng.choice([c for c in PHONES if c != own and not (L == "en" and c in ("uk", "us"))])
                return PHONES[cc](rng.random() < 0.8, True), ("E", "PHONE")
            if key.startswith("tel_") and key != "tel_intl":
                cc = key[4:]
                intl = not (cc == own or (L == "en" and cc in ("uk", "us") and rng.random() < 0.5))
                return PHONES[cc](rng.random() < 0.75, intl), ("E", "PHONE")
            mobile = {"mob": True, "land": False}.get(key, rng.random() < 0.7)
            intl = True if key == "tel_intl" else rng.random() < (0.15 if key == "land" else 0.3)
            return PHONES[own](mobile, intl), ("E", "PHONE")
        if key == "url_acct":
            return acct_url(L, self.person("p")), ("E", "URL")
        if key == "unsub":
            return unsub_url(L, self.person("p")), ("E", "URL")
        if key == "shop":
            return shop_url(L), ("D", "URL", "not personal")
        if key == "ip4":
            return ip4(L), ("E", "IP")
        if key == "ip_lan":
            return ip_lan(), ("E", "IP")
        if key == "ip6":
            return ip6(L), ("E", "IP")
        if key == "addr":
            return address(L), ("E", "ADDRESS")
        if key == "addr2":  # Greek: no "οδός" form after "στη διεύθυνση"
            return addr_el(no_odos=True), ("E", "ADDRESS")
        if key == "addr_ml":
            return addr_uk(multiline=True), ("E", "ADDRESS")
        if key == "addr_us":
            return addr_us(), ("E", "ADDRESS")
        if key == "bic":
            return rng.choice(BIC), ("D", "BIC", TRICKY)
        if key == "price":
            return a_price(L), ("D", "PRICE", TRICKY)
        if key == "price_sym":
            return a_price(L, True), ("D", "PRICE", TRICKY)
        if key == "date":
            return a_date(L), ("D", "DATE", TRICKY)
        if key == "time":
            return a_time(L), ("D", "TIME", TRICKY)
        if key == "hours":
            return rng.choice(HOURS[L]), ("D", "TIME", TRICKY)
        if key == "order":
            return a_order(L), ("D", "ORDER_NUMBER", TRICKY)
        if key == "track":
            return a_track(L), ("D", "TRACKING_NUMBER", TRICKY)
        if key == "invoice":
            return a_invoice(L), ("D", "INVOICE_NUMBER", TRICKY)
        if key == "product":
            return a_product(L), ("D", "PRODUCT_CODE", TRICKY)
        if key == "qty":
            return QTY[L].format(rng.randint(3, 12)), ("D", "QUANTITY", TRICKY)
        if key == "year":
            return str(rng.randint(2016, 2025)), ("D", "YEAR", TRICKY)
        if key == "version":
            return rng.choice(VERSIONS), ("D", "VERSION", TRICKY)
        if key == "postcode":
            return postcode(L), ("D", "POSTCODE", TRICKY)
        if key == "percent":
            return rng.choice(PERCENT[L]), ("D", "PERCENT", TRICKY)
        if key == "num16":
            return num16_negative(), ("D", "CARD", TRICKY)
        raise KeyError(key)


def render(lang, template, invalid):
    case = Case(lang, invalid)
    text, pos, nbytes = [], 0, 0
    ents, dis = [], []

    def add(s, mark):
        nonlocal nbytes
        b = len(s.encode("utf-8"))
        if mark is not None:
            if mark[0] == "E":
                ents.append({"type": mark[1], "start": nbytes, "end": nbytes + b})
            else:
                dis.append({"type": mark[1], "start": nbytes, "end": nbytes + b, "why": mark[2]})
        text.append(s)
        nbytes += b

    for m in PLACE.finditer(template):
        add(template[pos:m.start()], None)
        if m.group(3):
            add(m.group(4), ("D", m.group(3), TRICKY))
        else:
            add(*case.slot(m.group(1), m.group(2)))
        pos = m.end()
    add(template[pos:], None)
    return "".join(text), ents, dis


def main():
    lines = []
    for lang in LANGS:
        cases, seen = [], set()
        for cat, n, invalid in PLAN:
            pool = list(T[lang][cat])
            rng.shuffle(pool)
            for i in range(n):
                while True:  # no two sentences alike
                    text, ents, dis = render(lang, pool[i % len(pool)], invalid)
                    if text not in seen:
                        seen.add(text)
                        break
                cases.append({"lang": lang, "text": text, "entities": ents, "distractors": dis,
                              "category": cat + ("_INVALID" if invalid else "")})
        rng.shuffle(cases)
        for i, c in enumerate(cases, 1):
            c = {"id": f"{lang}-h{i:03d}", **c}
            lines.append(json.dumps(c, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} cases to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
