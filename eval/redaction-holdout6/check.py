#!/usr/bin/env python3
"""Validate eval/redaction-holdout6/cases.jsonl.

Does not import generate.py: every check-digit rule, every number-word table
and every pattern is written here a second time.  Prints counts per type and
language and exits 1 on any error.  Python 3 standard library only.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, sys.argv[1]) if len(sys.argv) > 1 else os.path.join(HERE, "cases.jsonl")
LANGS = ["en", "it", "el", "ro", "fi"]
ENTITY_TYPES = ["EMAIL", "PHONE", "URL", "IP", "IBAN", "CARD", "IT_CODICE_FISCALE", "IT_PARTITA_IVA",
                "GR_AMKA", "GR_AFM", "RO_CNP", "FI_HETU", "PERSON", "ADDRESS"]
ID_TYPES = ["IBAN", "CARD", "IT_CODICE_FISCALE", "IT_PARTITA_IVA", "GR_AMKA", "GR_AFM", "RO_CNP", "FI_HETU"]
TRICKY = ["SDI_CODE", "PRICE", "DATE", "TIME", "ORDER_NUMBER", "TRACKING_NUMBER", "PRODUCT_CODE", "INVOICE_NUMBER",
          "QUANTITY", "YEAR", "VERSION", "BOOKING_NUMBER", "TICKET_NUMBER", "FLIGHT_NUMBER", "METER_READING",
          "POSTCODE"]
NOT_PERSONAL = ["URL", "REFERENCE", "COMPANY_ID"]

errors = []


def err(cid, msg):
    errors.append("%s: %s" % (cid, msg))


# ---------------------------------------------------------------------------
# check-digit rules, written independently of the generator
# ---------------------------------------------------------------------------

def luhn(num):
    total, dbl = 0, False
    for ch in num[::-1]:
        v = ord(ch) - 48
        if dbl:
            v = v * 2 - 9 if v > 4 else v * 2
        total += v
        dbl = not dbl
    return total % 10 == 0


def is_leap(y):
    return y % 400 == 0 or (y % 4 == 0 and y % 100 != 0)


def date_ok(y, m, d):
    if m < 1 or m > 12 or d < 1:
        return False
    days = (31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1]
    return d <= days


IBAN_LENGTHS = {"AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
                "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22,
                "IT": 27, "LT": 20, "LU": 20, "LV": 21, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25,
                "RO": 24, "SE": 24, "SI": 19, "SK": 24}


def mod97(s):
    r = 0
    for ch in s:
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        r = (r * (100 if v > 9 else 10) + v) % 97
    return r


ODD_TABLE = {}
for _i, _v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21]):
    ODD_TABLE[str(_i)] = _v
for _c, _v in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]):
    ODD_TABLE[_c] = _v


def cin_letter(s):
    """Check letter of the odd/even tables (codice fiscale; Italian CIN)."""
    t = 0
    for k, ch in enumerate(s):
        if k % 2 == 0:
            t += ODD_TABLE[ch]
        else:
            t += int(ch) if ch.isdigit() else ord(ch) - ord("A")
    return chr(ord("A") + t % 26)


def iban_valid(s):
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+", s):
        return False
    if IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    if mod97(s[4:] + s[:4]) != 1:
        return False
    if s[:2] == "IT" and cin_letter(s[5:]) != s[4]:
        return False
    if s[:2] == "FI" and not luhn(s[4:]):
        return False
    return True


OMOCODE = {c: str(i) for i, c in enumerate("LMNPQRSTUV")}
CF_RE = re.compile(r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]")


def cf_valid(s):
    if not CF_RE.fullmatch(s):
        return False
    dec = list(s)
    for pos in (6, 7, 9, 10, 12, 13, 14):
        if dec[pos] in OMOCODE:
            dec[pos] = OMOCODE[dec[pos]]
    day = int(dec[9] + dec[10])
    if day > 40:
        day -= 40
    month = "ABCDEHLMPRST".index(dec[8]) + 1
    yy = int(dec[6] + dec[7])
    if not (date_ok(2000 + yy, month, day) or date_ok(1900 + yy, month, day)):
        return False
    if dec[12] + dec[13] + dec[14] == "000":
        return False
    return cin_letter(s[:15]) == s[15]


def piva_valid(d):
    if not re.fullmatch(r"\d{11}", d) or d == "0" * 11:
        return False
    off = int(d[7:10])
    if not (1 <= off <= 100 or off in (120, 121)):
        return False
    return luhn(d)


def amka_valid(d):
    if not re.fullmatch(r"\d{11}", d) or not luhn(d):
        return False
    dd, mm, yy = int(d[:2]), int(d[2:4]), int(d[4:6])
    return date_ok(1900 + yy, mm, dd) or date_ok(2000 + yy, mm, dd)


def afm_valid(d):
    if not re.fullmatch(r"\d{9}", d) or d == "0" * 9:
        return False
    acc = 0
    for k in range(8):
        acc = acc * 2 + int(d[k])
    acc *= 2
    return (acc % 11) % 10 == int(d[8])


def cnp_valid(d):
    if not re.fullmatch(r"\d{13}", d):
        return False
    s = int(d[0])
    if s == 0:
        return False
    century = {1: 1900, 2: 1900, 3: 1800, 4: 1800, 5: 2000, 6: 2000, 7: 1900, 8: 1900, 9: 1900}[s]
    if not date_ok(century + int(d[1:3]), int(d[3:5]), int(d[5:7])):
        return False
    county = int(d[7:9])
    if not (1 <= county <= 46 or county in (51, 52)):
        return False
    if d[9:12] == "000":
        return False
    w = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
    r = sum(int(d[k]) * w[k] for k in range(12)) % 11
    return (1 if r == 10 else r) == int(d[12])


HETU_CENTURY = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
                "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}


def hetu_valid(s):
    m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)([-+A-FU-Y])(\d{3})([0-9A-Y])", s)
    if not m:
        return False
    dd, mm, yy, sign, nnn, chk = m.groups()
    if not date_ok(HETU_CENTURY[sign] + int(yy), int(mm), int(dd)):
        return False
    if not 2 <= int(nnn) <= 899:
        return False
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(dd + mm + yy + nnn) % 31] == chk


def card_valid(d):
    if not re.fullmatch(r"\d{13,19}", d) or not luhn(d):
        return False
    if d[0] == "4" and len(d) in (13, 16, 19):
        return True
    if len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if len(d) == 15 and d[:2] in ("34", "37"):
        return True
    return False


def any_digit_check(d):
    """Name of a digit-only id check of this length that the string passes, else None."""
    n = len(d)
    if n == 9 and afm_valid(d):
        return "GR_AFM"
    if n == 11 and piva_valid(d):
        return "IT_PARTITA_IVA"
    if n == 11 and amka_valid(d):
        return "GR_AMKA"
    if n == 13 and cnp_valid(d):
        return "RO_CNP"
    if 12 <= n <= 19 and luhn(d):
        return "LUHN"
    return None


# ---------------------------------------------------------------------------
# spoken numbers: number words of each language, written here independently
# ---------------------------------------------------------------------------

def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


UNITS = {
    "en": ["zero oh nought", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    "el": ["μηδέν", "ένα", "δύο", "τρία", "τέσσερα", "πέντε", "έξι", "επτά εφτά", "οκτώ οχτώ", "εννέα εννιά"],
    "ro": ["zero", "unu", "doi două", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă"],
    "fi": ["nolla", "yksi yks", "kaksi kaks", "kolme", "neljä", "viisi viis", "kuusi kuus", "seitsemän seittemän",
           "kahdeksan kaheksan", "yhdeksän yheksän"],
}
TEENS = {
    "en": ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
           "nineteen"],
    "it": ["dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette",
           "diciotto", "diciannove"],
    "el": ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι", "δεκαεπτά δεκαεφτά",
           "δεκαοκτώ δεκαοχτώ", "δεκαεννέα δεκαεννιά"],
    "ro": ["zece", "unsprezece unșpe", "doisprezece doișpe", "treisprezece treișpe", "paisprezece paișpe",
           "cincisprezece cinșpe", "șaisprezece șaișpe", "șaptesprezece șapteșpe", "optsprezece optișpe",
           "nouăsprezece nouășpe"],
    "fi": [""] * 10,
}
TENS = {
    "en": ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
    "it": ["venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"],
    "el": ["είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα", "ογδόντα", "ενενήντα"],
    "ro": ["douăzeci", "treizeci", "patruzeci", "cincizeci", "șaizeci", "șaptezeci", "optzeci", "nouăzeci"],
    "fi": [],
}
LETTER_WORDS = {
    "it": {"a": "A", "bi": "B", "ci": "C", "di": "D", "e": "E", "effe": "F", "gi": "G", "acca": "H", "i": "I",
           "cappa": "K", "elle": "L", "emme": "M", "enne": "N", "o": "O", "pi": "P", "cu": "Q", "erre": "R",
           "esse": "S", "ti": "T", "u": "U", "vu": "V", "ics": "X", "ipsilon": "Y", "zeta": "Z"},
    "fi": {"aa": "A", "bee": "B", "see": "C", "dee": "D", "ee": "E", "äf": "F", "hoo": "H", "jii": "J",
           "koo": "K", "äl": "L", "äm": "M", "än": "N", "pee": "P", "är": "R", "äs": "S", "tee": "T", "uu": "U",
           "vee": "V", "kaksoisvee": "W", "äks": "X", "yy": "Y"},
    "en": {}, "el": {}, "ro": {},
}
SIGN_WORDS = {"en": {"dash": "-", "plus": "+"}, "it": {"più": "+", "trattino": "-"}, "el": {"συν": "+"},
              "ro": {"plus": "+", "cratimă": "-"}, "fi": {"viiva": "-", "plus": "+"}}
FILLERS = {"en": ["for"], "it": ["come"], "el": [], "ro": [], "fi": []}
HESITATIONS = {"en": ["um", "uh", "erm"], "it": ["ehm", "allora"], "el": ["εεε", "λοιπόν"],
               "ro": ["ăăă", "deci"], "fi": ["öö", "tota"]}


def build_words(lang):
    w = {}
    for i, ws in enumerate(UNITS[lang]):
        for x in ws.split():
            w[fold(x)] = ("u", str(i))
    for i, ws in enumerate(TEENS[lang]):
        for x in ws.split():
            w[fold(x)] = ("n", str(10 + i))
    for i, x in enumerate(TENS[lang]):
        w[fold(x)] = ("t", str(20 + 10 * i))
    if lang == "it":   # Italian writes tens and units as one word, eliding before uno / otto
        for i, t in enumerate(TENS["it"]):
            for u, uw in enumerate(UNITS["it"]):
                if u == 0:
                    continue
                stem = t[:-1] if u in (1, 8) else t
                w[fold(stem + uw)] = ("n", str(20 + 10 * i + u))
    for k, v in LETTER_WORDS[lang].items():
        w[fold(k)] = ("l", v)
    for k, v in SIGN_WORDS[lang].items():
        w[fold(k)] = ("s", v)
    return w


WORDS = {lang: build_words(lang) for lang in LANGS}
TOKEN_SPLIT = re.compile(r"[\s,;:…!?()/\u2013\u2014-]+|\.(?!\w)|(?<!\w)\.")


def is_spoken(text, lang):
    toks = [fold(t) for t in TOKEN_SPLIT.split(text) if t]
    return any(t in WORDS[lang] or t in ("double", "triple") or t in [fold(x) for x in HESITATIONS[lang]]
               for t in toks if not t.isdigit() and len(t) > 1)


def parse_spoken(text, lang):
    """All digit/letter strings a spoken rendering can stand for (several where a
    tens word followed by a unit word is ambiguous), or [] if a word is unknown."""
    toks = [t for t in TOKEN_SPLIT.split(text) if t]
    return _parse(toks, 0, lang)


def _parse(toks, i, lang):
    if i >= len(toks):
        return [""]
    words = WORDS[lang]
    raw = toks[i]
    t = fold(raw)
    options = []                      # (emitted text, next index)
    if t in [fold(x) for x in HESITATIONS[lang]]:
        options.append(("", i + 1))
    elif t in FILLERS[lang]:
        # skip the filler and the spelling word after it ("R come Roma", "N for November")
        options.append(("", i + 2))
    elif lang == "en" and t == "as" and i + 1 < len(toks) and fold(toks[i + 1]) == "in":
        options.append(("", i + 3))
    elif lang == "en" and t in ("double", "triple"):
        nxt = words.get(fold(toks[i + 1])) if i + 1 < len(toks) else None
        if not nxt or nxt[0] != "u":
            return []
        options.append((nxt[1] * (2 if t == "double" else 3), i + 2))
    elif raw.isdigit():
        options.append((raw, i + 1))
    elif t in words:
        kind, val = words[t]
        if kind == "t":
            nxt = fold(toks[i + 1]) if i + 1 < len(toks) else None
            if lang == "ro" and nxt == "si":
                u = words.get(fold(toks[i + 2])) if i + 2 < len(toks) else None
                if not u or u[0] != "u" or u[1] == "0":
                    return []
                options.append((val[0] + u[1], i + 3))
            else:
                u = words.get(nxt) if nxt else None
                if lang in ("el", "en") and u and u[0] == "u" and u[1] != "0":
                    options.append((val[0] + u[1], i + 2))
                options.append((val, i + 1))
        else:
            options.append((val, i + 1))
    elif re.fullmatch(r"[A-Z0-9]+", raw):
        options.append((raw, i + 1))
    else:
        return []
    out = []
    for emitted, j in options:
        for tail in _parse(toks, j, lang):
            out.append(emitted + tail)
    return out


def readings(text, lang, keep_signs=False):
    """Candidate compact strings for an id / number span, written or spoken."""
    if is_spoken(text, lang):
        cands = parse_spoken(text, lang)
        if not keep_signs:
            cands = [c.replace("-", "").replace("+", "") for c in cands]
        return [c.upper() for c in cands]
    s = text.upper()
    if keep_signs:
        return [re.sub(r"[ .]", "", s)]
    return [re.sub(r"[ .\-/]", "", s)]


# ---------------------------------------------------------------------------
# validators per type
# ---------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
SPOKEN_EMAIL = {
    "en": [("underscore", "_"), ("dot", "."), ("at", "@"), ("dash", "-"), ("hyphen", "-")],
    "it": [("trattino basso", "_"), ("chiocciola", "@"), ("punto", "."), ("trattino", "-")],
    "el": [("κάτω παύλα", "_"), ("παπάκι", "@"), ("τελεία", "."), ("παύλα", "-")],
    "ro": [("a rond", "@"), ("arond", "@"), ("punct", "."), ("underscore", "_"), ("cratimă", "-")],
    "fi": [("miukumauku", "@"), ("ät", "@"), ("piste", "."), ("alaviiva", "_"), ("viiva", "-")],
}


def email_valid(text, lang):
    if EMAIL_RE.fullmatch(text):
        return True
    s = " " + text + " "
    for w, ch in SPOKEN_EMAIL[lang]:
        s = s.replace(" " + w + " ", " " + ch + " ")
    s = s.replace(" ", "")
    return bool(EMAIL_RE.fullmatch(s)) and s != text


def phone_valid(text, lang):
    if re.fullmatch(r"[0-9+() .\-/]+", text):
        if "+" in text[1:] and not text.startswith("(+"):
            return False
        n = len(re.sub(r"\D", "", text))
        return 9 <= n <= 15
    if not is_spoken(text, lang):
        return False
    cands = parse_spoken(text, lang)
    return any(9 <= len(re.sub(r"\D", "", c)) <= 15 and re.fullmatch(r"\+?\d+", c) for c in cands)


NAME_RE = re.compile(r"(?:[^\W\d_]+(?:['’][^\W\d_]+)?\.?)(?:[ \-](?:[^\W\d_]+(?:['’][^\W\d_]+)?\.?))*")


def person_valid(text):
    if not NAME_RE.fullmatch(text):
        return False
    for part in re.split(r"[ \-]", text):
        if part.endswith(".") and len(part) != 2:
            return False
    return True


def address_valid(text):
    return bool(re.search(r"\d", text)) and bool(re.search(r"[^\W\d_]{3,}", text)) and "@" not in text


def id_check(typ, cand):
    """Does one candidate string pass the check of typ?"""
    if typ == "CARD":
        return card_valid(cand)
    if typ == "IBAN":
        return iban_valid(cand)
    if typ == "IT_CODICE_FISCALE":
        return cf_valid(cand)
    if typ == "IT_PARTITA_IVA":
        return piva_valid(cand[2:] if cand.startswith("IT") else cand)
    if typ == "GR_AMKA":
        return amka_valid(cand)
    if typ == "GR_AFM":
        return afm_valid(cand[2:] if cand.startswith("EL") else cand)
    if typ == "RO_CNP":
        return cnp_valid(cand)
    if typ == "FI_HETU":
        return hetu_valid(cand)
    raise KeyError(typ)


def id_readings(typ, text, lang):
    return readings(text, lang, keep_signs=(typ == "FI_HETU"))


def entity_valid(typ, text, lang):
    if typ in ID_TYPES:
        return any(id_check(typ, c) for c in id_readings(typ, text, lang))
    if typ == "EMAIL":
        return email_valid(text, lang)
    if typ == "PHONE":
        return phone_valid(text, lang)
    if typ == "PERSON":
        return person_valid(text)
    if typ == "ADDRESS":
        return address_valid(text)
    if typ == "URL":
        return bool(re.fullmatch(r"https?://\S+", text))
    return False


def viite_ok(d):
    w = [7, 3, 1]
    s = sum(int(c) * w[k % 3] for k, c in enumerate(reversed(d[:-1])))
    return (10 - s % 10) % 10 == int(d[-1])


def ytunnus_ok(s):
    m = re.fullmatch(r"(\d{7})-(\d)", s)
    if not m:
        return False
    r = sum(int(c) * w for c, w in zip(m.group(1), [7, 9, 10, 5, 8, 4, 2])) % 11
    return r != 1 and (0 if r == 0 else 11 - r) == int(m.group(2))


def cui_ok(d):
    if not 2 <= len(d) <= 10:
        return False
    key = "753217532"[-(len(d) - 1):]
    return sum(int(a) * int(b) for a, b in zip(d[:-1], key)) * 10 % 11 % 10 == int(d[-1])


def not_personal_valid(typ, text):
    if typ == "URL":
        return bool(re.fullmatch(r"https?://\S+", text)) and not EMAIL_RE.search(text)
    if typ == "REFERENCE":
        compact = text.replace(" ", "")
        if compact.startswith("RF"):
            return mod97(compact[4:] + compact[:4]) == 1 and not iban_valid(compact)
        if compact.isdigit():
            return viite_ok(compact)
        return False
    if typ == "COMPANY_ID":
        if ytunnus_ok(text):
            return True
        if text.startswith("RO") and text[2:].isdigit():
            return cui_ok(text[2:])
        return text.isdigit() and cui_ok(text)
    return False


def digit_runs(text):
    runs = re.findall(r"\d+", text)
    if re.fullmatch(r"[\d .\-/]+", text):
        runs.append(re.sub(r"\D", "", text))
    return runs


# ---------------------------------------------------------------------------
# leak scan: nothing that an id check or a pattern accepts may be left unmarked
# ---------------------------------------------------------------------------

def leak_scan(cid, text_masked, lang):
    for m in EMAIL_RE.finditer(text_masked):
        err(cid, "unmarked e-mail %r" % m.group(0))
    up = text_masked.upper()
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}", up):
        s = m.group(0).replace(" ", "")
        for k in range(15, len(s) + 1):
            if iban_valid(s[:k]):
                err(cid, "unmarked IBAN %r" % s[:k])
    for m in re.finditer(r"[A-Z]{6}[0-9A-Z]{10}", up):
        if cf_valid(m.group(0)):
            err(cid, "unmarked codice fiscale %r" % m.group(0))
    for m in re.finditer(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]", up):
        if hetu_valid(m.group(0)):
            err(cid, "unmarked henkilötunnus %r" % m.group(0))
    for m in re.finditer(r"\d+", text_masked):
        hit = any_digit_check(m.group(0))
        if hit:
            err(cid, "unmarked digit run %r passes %s" % (m.group(0), hit))
    for m in re.finditer(r"\d+(?:[ \-]\d+)+", text_masked):
        d = re.sub(r"\D", "", m.group(0))
        if 12 <= len(d) <= 19 and card_valid(d):
            err(cid, "unmarked card-like number %r" % m.group(0))
        if len(d) in (9, 11, 13) and any_digit_check(d):
            err(cid, "unmarked grouped id %r" % m.group(0))
    for m in re.finditer(r"\+\d[\d ()\-]{7,}\d", text_masked):
        err(cid, "unmarked international phone %r" % m.group(0))


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def main():
    ents = {}
    dists = {}
    per_lang = {l: 0 for l in LANGS}
    pos = {l: 0 for l in LANGS}
    spoken = {}
    cats = {}
    seen = []
    with open(PATH, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for ln, line in enumerate(lines, 1):
        try:
            c = json.loads(line)
        except ValueError as e:
            err("line %d" % ln, "bad JSON: %s" % e)
            continue
        cid = c.get("id", "line %d" % ln)
        if list(c.keys()) != ["id", "lang", "text", "entities", "distractors", "category"]:
            err(cid, "keys %r" % list(c.keys()))
            continue
        if not re.fullmatch(r"(en|it|el|ro|fi)-w\d{3}", cid) or cid[:2] != c["lang"]:
            err(cid, "bad id or lang")
        if cid in seen:
            err(cid, "duplicate id")
        seen.append(cid)
        lang = c["lang"]
        per_lang[lang] = per_lang.get(lang, 0) + 1
        text = c["text"]
        if not isinstance(text, str) or not text.strip():
            err(cid, "empty text")
            continue
        b = text.encode("utf-8")
        spans = []
        for kind in ("entities", "distractors"):
            for s in c[kind]:
                want = ["type", "start", "end"] + (["why"] if kind == "distractors" else [])
                if list(s.keys()) != want:
                    err(cid, "span keys %r" % list(s.keys()))
                    continue
                st, en = s["start"], s["end"]
                if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(b)):
                    err(cid, "span out of range %r" % s)
                    continue
                if (st < len(b) and (b[st] & 0xC0) == 0x80) or (en < len(b) and (b[en] & 0xC0) == 0x80):
                    err(cid, "span not on a character boundary %r" % s)
                    continue
                frag = b[st:en].decode("utf-8")
                if frag != frag.strip():
                    err(cid, "span with surrounding space %r" % frag)
                if frag[0] in ",;:.!?" or (frag[-1] in ",;:!?"):
                    err(cid, "span with surrounding punctuation %r" % frag)
                if frag[-1] == "." and not (s["type"] in ("PERSON", "DATE") or frag.endswith(" e.") or
                                            re.search(r"\b\w\.$", frag)):
                    err(cid, "span ends with a full stop %r" % frag)
                spans.append((st, en, kind, s["type"], frag, s.get("why")))
        spans.sort()
        for a, bb in zip(spans, spans[1:]):
            if bb[0] < a[1]:
                err(cid, "overlapping spans %r / %r" % (a[4], bb[4]))
        for st, en, kind, typ, frag, why in spans:
            if kind == "entities":
                if typ not in ENTITY_TYPES:
                    err(cid, "unknown entity type %s" % typ)
                    continue
                if not entity_valid(typ, frag, lang):
                    err(cid, "%s not valid: %r" % (typ, frag))
                if typ in ID_TYPES + ["PHONE", "EMAIL"] and (is_spoken(frag, lang) or
                                                             (typ == "EMAIL" and not EMAIL_RE.fullmatch(frag))):
                    spoken[(typ, lang)] = spoken.get((typ, lang), 0) + 1
                ents[(typ, lang)] = ents.get((typ, lang), 0) + 1
            else:
                key = (typ, why)
                dists[key] = dists.get(key, 0) + 1
                if why == "check digit fails":
                    if typ not in ID_TYPES:
                        err(cid, "check-digit distractor of unknown type %s" % typ)
                        continue
                    cands = id_readings(typ, frag, lang)
                    if not cands:
                        err(cid, "cannot read %s distractor %r" % (typ, frag))
                    for cand in cands:
                        if id_check(typ, cand):
                            err(cid, "%s distractor %r passes its check" % (typ, frag))
                        digits = re.sub(r"^(IT|EL)", "", cand)
                        if digits.isdigit() and any_digit_check(digits):
                            err(cid, "%s distractor %r passes %s" % (typ, frag, any_digit_check(digits)))
                        if typ != "CARD" and digits.isdigit() and card_valid(digits):
                            err(cid, "%s distractor %r is a valid card number" % (typ, frag))
                    if typ == "CARD" and not any(re.fullmatch(r"\d{13,19}", x) for x in cands):
                        err(cid, "card distractor %r is not card-shaped" % frag)
                elif why == "tricky negative":
                    if typ not in TRICKY:
                        err(cid, "unknown tricky type %s" % typ)
                    for run in digit_runs(frag):
                        hit = any_digit_check(run)
                        if hit:
                            err(cid, "tricky negative %r contains %r passing %s" % (frag, run, hit))
                    if EMAIL_RE.search(frag):
                        err(cid, "tricky negative contains an e-mail %r" % frag)
                elif why == "not personal":
                    if typ not in NOT_PERSONAL or not not_personal_valid(typ, frag):
                        err(cid, "not-personal %s distractor not valid: %r" % (typ, frag))
                    for run in re.findall(r"\d+", frag):
                        if any_digit_check(run):
                            err(cid, "not-personal %r contains %r passing an id check" % (frag, run))
                else:
                    err(cid, "unknown why %r" % why)
        # leak scan outside all marked spans
        masked = bytearray(b)
        for st, en, *_ in spans:
            masked[st:en] = b"\x00" * (en - st)
        mtext = masked.decode("utf-8").replace("\x00", " | ")
        leak_scan(cid, mtext, lang)
        if c["entities"]:
            pos[lang] += 1
        cats[c["category"]] = cats.get(c["category"], 0) + 1

    total = sum(per_lang.values())
    npos = sum(pos.values())
    print("file: %s" % os.path.basename(PATH))
    print("cases: %d  (%s)" % (total, ", ".join("%s %d" % (l, per_lang[l]) for l in LANGS)))
    print("positive messages: %d, messages with no personal data: %d  (per language: %s)" % (
        npos, total - npos, ", ".join("%s %d" % (l, per_lang[l] - pos[l]) for l in LANGS)))
    print()
    print("entities per type and language")
    print("%-20s" % "type" + "".join("%6s" % l for l in LANGS) + "%7s" % "all")
    coltot = {l: 0 for l in LANGS}
    for typ in sorted(set(t for t, _ in ents)):
        row = [ents.get((typ, l), 0) for l in LANGS]
        for l, v in zip(LANGS, row):
            coltot[l] += v
        print("%-20s" % typ + "".join("%6d" % v for v in row) + "%7d" % sum(row))
    print("%-20s" % "all" + "".join("%6d" % coltot[l] for l in LANGS) + "%7d" % sum(coltot.values()))
    print()
    print("of which spoken (dictated in words) per type and language")
    for typ in sorted(set(t for t, _ in spoken)):
        row = [spoken.get((typ, l), 0) for l in LANGS]
        print("%-20s" % typ + "".join("%6d" % v for v in row) + "%7d" % sum(row))
    print()
    print("distractors (must NOT be redacted)")
    for (typ, why) in sorted(dists):
        print("  %-18s %-19s %4d" % (typ, why, dists[(typ, why)]))
    inv = sum(v for (t, w), v in dists.items() if w == "check digit fails")
    val = sum(v for (t, l), v in ents.items() if t in ID_TYPES)
    print()
    print("identifiers with check digits: %d valid entities, %d invalid look-alikes (%.1f %%)" % (
        val, inv, 100.0 * inv / max(1, val + inv)))
    print()
    if errors:
        for e in errors[:200]:
            print("ERROR", e)
        print("%d errors" % len(errors))
        return 1
    print("OK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
