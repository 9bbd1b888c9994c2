#!/usr/bin/env python3
"""Validate cases.jsonl of the second held-out redaction set.

Python 3 standard library only.  The validators below are written a second
time, apart from generate.py, so that a slip in the generator shows up here.

    python3 check.py [path/to/cases.jsonl]

Prints counts per type, language and category; exits 1 on any error.
"""

import calendar
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ("en", "it", "el", "ro", "fi")
PER_LANG = 120
ID_TYPES = ("CARD", "IBAN", "IT_CODICE_FISCALE", "IT_PARTITA_IVA", "GR_AMKA", "GR_AFM",
            "RO_CNP", "FI_HETU")
ENTITY_TYPES = ID_TYPES + ("EMAIL", "PHONE", "PERSON", "ADDRESS")
NEG_TYPES = ("PRICE", "DATE", "TIME", "ORDER_NUMBER", "INVOICE_NUMBER", "TICKET_NUMBER",
             "TRACKING_NUMBER", "BOOKING_NUMBER", "CUSTOMER_NUMBER", "CONTRACT_NUMBER",
             "POSTCODE", "PRODUCT_CODE", "QUANTITY", "PERCENT", "SERIAL_NUMBER", "SORT_CODE",
             "YEAR", "WORD")
MINIMUM = {t: 40 for t in ID_TYPES}
MINIMUM.update({"PHONE": 150, "PERSON": 60, "ADDRESS": 30, "EMAIL": 25})
EDGE_PUNCT = set(" \t\n.,;:!?\"'()[]{}«»“”„‘’<>·;")

errors = []


def err(case_id, msg):
    errors.append("%s: %s" % (case_id, msg))


# ---------------------------------------------------------------------------
# checks, written independently of the generator
# ---------------------------------------------------------------------------

def luhn(num):
    s = 0
    for k, ch in enumerate(num[::-1]):
        v = ord(ch) - 48
        if k & 1:
            v = v * 2 - 9 if v > 4 else v * 2
        s += v
    return s % 10 == 0


def date_ok(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def card_ok(s):
    if not re.fullmatch(r"\d{4}([ -]?\d+)+", s):
        return False, "shape"
    if re.search(r"\d[ -]\d", s):
        parts = re.split(r"[ -]", s)
        if len(set(re.findall(r"[ -]", s))) > 1:
            return False, "mixed separators"
        if [len(p) for p in parts] not in ([4, 4, 4, 4], [4, 6, 5], [4, 6, 4]):
            return False, "grouping %s" % [len(p) for p in parts]
    d = re.sub(r"\D", "", s)
    n = len(d)
    brand = None
    if d[0] == "4" and n == 16:
        brand = "visa"
    elif (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720) and n == 16:
        brand = "mastercard"
    elif d[:2] in ("34", "37") and n == 15:
        brand = "amex"
    elif (d[:4] == "6011" or d[:2] == "65") and n == 16:
        brand = "discover"
    elif 3528 <= int(d[:4]) <= 3589 and n == 16:
        brand = "jcb"
    elif d[:2] == "36" and n == 14:
        brand = "diners"
    if brand is None:
        return False, "no brand for prefix/length"
    return luhn(d), "luhn"


IBAN_LENGTHS = {"IT": 27, "GR": 27, "RO": 24, "FI": 18, "DE": 22, "FR": 27, "GB": 22, "ES": 24}
IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22,
          25, 24, 23]


def it_char_val(c, odd):
    k = int(c) if c.isdigit() else ord(c) - ord("A")
    return IT_ODD[k] if odd else k


def it_control(body):
    return chr(ord("A") + sum(it_char_val(c, i % 2 == 0) for i, c in enumerate(body)) % 26)


def iban_ok(s):
    if not re.fullmatch(r"[A-Za-z]{2}\d{2}( ?[A-Za-z0-9]{1,4})+", s):
        return False, "shape"
    if " " in s and not re.fullmatch(r"[A-Za-z0-9]{4}( [A-Za-z0-9]{4})*( [A-Za-z0-9]{1,3})?", s):
        return False, "grouping"
    c = s.replace(" ", "").upper()
    if IBAN_LENGTHS.get(c[:2]) != len(c):
        return False, "length for country"
    moved = c[4:] + c[:4]
    num = "".join(ch if ch.isdigit() else str(ord(ch) - 55) for ch in moved)
    if int(num) % 97 != 1:
        return False, "mod 97"
    b = c[4:]
    if c[:2] == "IT" and it_control(b[1:]) != b[0]:
        return False, "CIN"
    if c[:2] == "FI" and not luhn(b):
        return False, "Finnish account check"
    if c[:2] == "FR":
        if 97 - (89 * int(b[:5]) + 15 * int(b[5:10]) + 3 * int(b[10:21])) % 97 != int(b[21:]):
            return False, "RIB key"
    if c[:2] == "ES":
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(ten):
            r = 11 - sum(int(x) * y for x, y in zip(ten, w)) % 11
            return {10: 1, 11: 0}.get(r, r)
        if "%d%d" % (dc("00" + b[:8]), dc(b[10:])) != b[8:10]:
            return False, "Spanish DC"
    return True, "mod 97"


CF_RE = re.compile(r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]")
OMO = {c: str(i) for i, c in enumerate("LMNPQRSTUV")}


def cf_ok(s):
    c = s.replace(" ", "").upper()
    if " " in s and not re.fullmatch(r"\w{3} \w{3} \w{5} \w{5}", s):
        return False, "grouping"
    if not CF_RE.fullmatch(c):
        return False, "shape"
    num = lambda x: "".join(OMO.get(ch, ch) for ch in x)
    yy, day = int(num(c[6:8])), int(num(c[9:11]))
    month = "ABCDEHLMPRST".index(c[8]) + 1
    if day > 40:
        day -= 40
    if not any(date_ok(cent + yy, month, day) for cent in (1900, 2000)):
        return False, "date"
    return it_control(c[:15]) == c[15], "check character"


PIVA_OFFICES = set(range(1, 101)) | {120, 121, 888, 999}


def piva_ok(s):
    m = re.fullmatch(r"(?:IT|it)?(\d{11})", s)
    if not m:
        return False, "shape"
    d = m.group(1)
    if int(d[:7]) == 0 or int(d[7:10]) not in PIVA_OFFICES:
        return False, "office code"
    return luhn(d), "check digit"


def amka_ok(s):
    m = re.fullmatch(r"(\d{6})[ -]?(\d{5})", s)
    if not m:
        return False, "shape"
    d = m.group(1) + m.group(2)
    dd, mm, yy = int(d[:2]), int(d[2:4]), int(d[4:6])
    if not any(date_ok(c + yy, mm, dd) for c in (1900, 2000)):
        return False, "date"
    return luhn(d), "luhn"


def afm_ok(s):
    m = re.fullmatch(r"(?:EL|el)?(\d{9}|\d{3}([ .])\d{3}\2\d{3})", s)
    if not m:
        return False, "shape"
    d = re.sub(r"\D", "", m.group(1))
    if d == "000000000":
        return False, "zeros"
    total = sum(int(d[i]) << (8 - i) for i in range(8))
    return total % 11 % 10 == int(d[8]), "mod 11"


CNP_COUNTIES = set(range(1, 47)) | {51, 52}


def cnp_ok(s):
    if not re.fullmatch(r"\d{13}|\d \d{6} \d{6}", s):
        return False, "shape"
    d = s.replace(" ", "")
    sex = int(d[0])
    if sex == 0:
        return False, "sex digit"
    cent = {1: 1900, 2: 1900, 3: 1800, 4: 1800, 5: 2000, 6: 2000}.get(sex)
    yy, mm, dd = int(d[1:3]), int(d[3:5]), int(d[5:7])
    if cent is None:
        good = any(date_ok(c + yy, mm, dd) for c in (1900, 2000))
    else:
        good = date_ok(cent + yy, mm, dd)
    if not good:
        return False, "date"
    if int(d[7:9]) not in CNP_COUNTIES:
        return False, "county"
    if d[9:12] == "000":
        return False, "serial"
    k = sum(int(a) * int(b) for a, b in zip(d[:12], "279146358279")) % 11
    return (1 if k == 10 else k) == int(d[12]), "weighted check"


HETU_CENT = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
             "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}


def hetu_ok(s):
    c = s.upper()
    m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)([-+A-FU-Y])(\d{3})([0-9A-Y])", c)
    if not m:
        return False, "shape"
    if not date_ok(HETU_CENT[m.group(4)] + int(m.group(3)), int(m.group(2)), int(m.group(1))):
        return False, "date"
    if not 2 <= int(m.group(5)) <= 899:
        return False, "individual number"
    table = "0123456789ABCDEFHJKLMNPRSTUVWXY"
    return table[int(m.group(1) + m.group(2) + m.group(3) + m.group(5)) % 31] == m.group(6), "mod 31"


ID_CHECK = {"CARD": card_ok, "IBAN": iban_ok, "IT_CODICE_FISCALE": cf_ok,
            "IT_PARTITA_IVA": piva_ok, "GR_AMKA": amka_ok, "GR_AFM": afm_ok,
            "RO_CNP": cnp_ok, "FI_HETU": hetu_ok}


def digit_string_passes(d):
    """Which id checks a bare digit string passes (by its length)."""
    out = []
    n = len(d)
    if n == 9 and afm_ok(d)[0]:
        out.append("GR_AFM")
    if n == 11 and luhn(d):
        out.append("Luhn-11 (partita IVA / AMKA)")
    if n == 13 and cnp_ok(d)[0]:
        out.append("RO_CNP")
    if 12 <= n <= 19 and luhn(d):
        out.append("Luhn card-like")
    return out


# phones --------------------------------------------------------------------

PHONE_INTL = {  # country code -> national significant number patterns (after the code)
    "39": r"3\d{8,9}|0\d{5,10}",
    "30": r"69\d{8}|2\d{9}",
    "40": r"7[2-8]\d{7}|[23]\d{8}",
    "358": r"(?:4\d|50)\d{5,8}|[1-9]\d{5,8}",
    "44": r"7\d{9}|[12]\d{9}",
    "1": r"[2-9]\d{2}[2-9]\d{6}",
    "353": r"8[3-9]\d{7}|1\d{7}|2\d{8}|9\d{8}",
}
PHONE_NATIONAL = {  # country -> pattern of the national (dialled at home) digits
    "it": r"3\d{8,9}|0\d{5,10}",
    "gr": r"69\d{8}|2\d{9}",
    "ro": r"07[2-8]\d{7}|0[23]\d{8}",
    "fi": r"0(?:4\d|50)\d{5,8}|0[1-9]\d{5,8}",
    "uk": r"07\d{9}|0[12]\d{9}",
    "us": r"1?[2-9]\d{2}[2-9]\d{6}",
    "ie": r"08[3-9]\d{7}|01\d{7}|0[29]\d{8}",
}
LANG_COUNTRIES = {"en": ("uk", "us", "ie"), "it": ("it",), "el": ("gr",), "ro": ("ro",),
                  "fi": ("fi",)}


def phone_ok(s, lang):
    if not re.fullmatch(r"(?:\+|\(\+|\()?\d[\d ().\-/]*\d", s):
        return False, "characters"
    if s.count("(") != s.count(")"):
        return False, "brackets"
    t = s.replace("(0)", "")
    d = re.sub(r"\D", "", t)
    if not 9 <= len(d) <= 15:
        return False, "digit count %d" % len(d)
    if s.startswith("+") or s.startswith("(+") or d.startswith("00"):
        if d.startswith("00"):
            d = d[2:]
        for cc, pat in PHONE_INTL.items():
            if d.startswith(cc) and re.fullmatch(pat, d[len(cc):]):
                return True, "international " + cc
        return False, "no country plan fits"
    for c in LANG_COUNTRIES[lang]:
        if re.fullmatch(PHONE_NATIONAL[c], d):
            return True, "national " + c
    return False, "national number of another country than the message's"


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
NAME_RE = re.compile(r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,3}")


def shape_ok(t, s, lang):
    if t in ID_CHECK:
        return ID_CHECK[t](s)
    if t == "EMAIL":
        return bool(EMAIL_RE.fullmatch(s)), "e-mail shape"
    if t == "PHONE":
        return phone_ok(s, lang)
    if t == "PERSON":
        return bool(NAME_RE.fullmatch(s)) and not any(ch.isdigit() for ch in s), "name shape"
    if t == "ADDRESS":
        return (bool(re.search(r"\d", s)) and bool(re.search(r"[^\W\d_]{3}", s))
                and len(s.split()) >= 3), "address shape"
    return False, "unknown type"


# leak scan -------------------------------------------------------------------

LEAKS = [
    ("e-mail", re.compile(r"[\w.+-]+@[\w-]+\.\w+")),
    ("IBAN-like", re.compile(r"\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){3,}")),
    ("codice-fiscale-like", re.compile(r"\b[A-Z]{6}[\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{3}[A-Z]\b", re.I)),
    ("henkilötunnus-like", re.compile(r"\b\d{6}[-+A-FU-Ya-fu-y]\d{3}[0-9A-Ya-y]\b")),
]
NUMBERISH = re.compile(r"\+?\(?\d[\d \-./()]*\d")

# Common given names and surnames of the five languages (its own list, broader
# than any generator's), to catch a person left unmarked.  Greek ones are
# stems, because Greek names inflect; Finnish genitives are listed as well.
NAMES = """
James John Daniel Oliver Thomas Tom Liam Marcus Ryan Sean Ciarán Ciaran David Michael
Connor Jack Harry George Peter Paul Mark Sarah Emma Priya Chloe Aoife Rachel Hannah Sophie
Niamh Laura Megan Jessica Emily Olivia Amelia Lucy Patel Hughes O'Brien Clarke Walsh
Murphy Thompson Kowalski Bennett Reid Fitzgerald Okafor Shaw Doyle Harris Evans Nguyen
Kelly Byrne Mitchell Smith Jones Williams Brown Taylor Wilson
Marco Luca Alessandro Davide Matteo Giorgio Paolo Simone Roberto Stefano Francesco
Giuseppe Giovanni Antonio Andrea Nicola Giulia Francesca Chiara Sara Elena Valentina
Federica Martina Silvia Alessia Paola Anna Lucia Maria Rossi Bianchi Esposito Romano
Ricci Colombo Marino Greco Gallo Conti Mancini Lombardi Moretti Fontana Barbieri
Ferrara Rinaldi Caruso Santoro Ferrari Russo Bruno Villa Neri
Andrei Mihai Alexandru Cristian Bogdan Vlad Răzvan Ștefan Radu Adrian Florin Gabriel Ion
Ioana Ana Andreea Cătălina Gabriela Mihaela Alina Raluca Diana Roxana Popescu Ionescu
Popa Dumitru Stoica Gheorghe Matei Constantin Rusu Munteanu Florea Diaconu Lungu
Tudor Ciobanu Nistor Dinu Moldovan Barbu Sârbu Țurcanu Băluță
Mikko Mikon Juha Juhan Jussi Jussin Timo Timon Pekka Pekan Antti Antin Ville Villen Matti
Matin Tuomas Tuomaksen Janne Jannen Heikki Heikin Olli Ollin Annan Lauran Sanna Sannan
Kaisa Kaisan Heidi Heidin Johanna Johannan Riikka Riikan Elina Elinan Minna Minnan Tiina
Tiinan Katja Katjan Noora Nooran Virtanen Korhonen Nieminen Mäkinen Hämäläinen Laine
Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Kinnunen
Salonen Turunen Virtasen Korhosen
""".split()
GREEK_STEMS = """
Γιώργ Νίκ Δημήτρ Κώστ Γιάνν Παναγιώτ Χρήστ Σπύρ Αλέξανδρ Μιχάλ Θανάσ Στέλι Μαρί Ελέν
Κατερίν Σοφί Γεωργί Δήμητρ Αγγελικ Βασιλικ Ειρήν Χριστίν Αναστασί Δέσποιν Παπαδόπουλ
Παπαδοπούλ Νικολάου Οικονόμου Παπαδάκ Βλάχ Καραγιάνν Μαυρίδ Δημητρίου Αθανασίου
Κωνσταντινίδ Γεωργίου Σταθόπουλ Σταθοπούλ Λαμπράκ Ζαφειρίου Τσολάκ
""".split()
NAME_RE_LIST = [re.compile(r"(?<![\w'])%s(?![\w'])" % re.escape(n)) for n in NAMES] + \
    [re.compile(r"(?<!\w)%s\w*" % re.escape(n)) for n in GREEK_STEMS]


def masked(text, spans):
    """the text with every character inside a span replaced by a space"""
    raw = text.encode("utf-8")
    chars = []
    pos = 0
    covered = [False] * len(raw)
    for s in spans:
        for k in range(s["start"], s["end"]):
            covered[k] = True
    for ch in text:
        n = len(ch.encode("utf-8"))
        chars.append(" " if covered[pos] else ch)
        pos += n
    return "".join(chars)


# ---------------------------------------------------------------------------


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "cases.jsonl")
    with open(path, "rb") as f:
        raw = f.read()
    if not raw.endswith(b"\n") or b"\r" in raw:
        err("file", "lines must end with a single \\n")
    lines = raw.decode("utf-8").split("\n")[:-1]

    seen_ids, seen_texts = set(), set()
    per_lang = collections.Counter()
    ent_count = collections.Counter()
    dis_count = collections.Counter()
    cat_count = collections.Counter()
    styles = collections.Counter()
    positive = negative = 0
    keys = ["id", "lang", "text", "entities", "distractors", "category"]

    for ln, line in enumerate(lines, 1):
        try:
            rec = json.loads(line)
        except ValueError as e:
            err("line %d" % ln, "bad JSON: %s" % e)
            continue
        cid = rec.get("id", "line %d" % ln)
        if list(rec) != keys:
            err(cid, "keys must be %s, got %s" % (keys, list(rec)))
            continue
        lang, text = rec["lang"], rec["text"]
        if lang not in LANGS:
            err(cid, "unknown lang %r" % lang)
            continue
        if not re.fullmatch(r"%s-w\d{3}" % lang, cid):
            err(cid, "id must look like %s-w001" % lang)
        if cid in seen_ids:
            err(cid, "duplicate case id")
        seen_ids.add(cid)
        if text in seen_texts:
            err(cid, "duplicate text")
        seen_texts.add(text)
        if not isinstance(rec["category"], str) or not re.fullmatch(r"[A-Z_]+", rec["category"]):
            err(cid, "bad category")
        per_lang[lang] += 1
        cat_count[(rec["category"], lang)] += 1
        data = text.encode("utf-8")

        spans = []
        for kind, lst in (("entity", rec["entities"]), ("distractor", rec["distractors"])):
            for sp in lst:
                want = ["type", "start", "end"] + (["why"] if kind == "distractor" else [])
                if list(sp) != want:
                    err(cid, "%s keys must be %s" % (kind, want))
                    continue
                s, e = sp["start"], sp["end"]
                if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(data)):
                    err(cid, "%s span out of range %r" % (kind, sp))
                    continue
                if (s < len(data) and data[s] & 0xC0 == 0x80) or (e < len(data) and data[e] & 0xC0 == 0x80):
                    err(cid, "%s span not on a character boundary %r" % (kind, sp))
                    continue
                sub = data[s:e].decode("utf-8")
                if sub[0] in EDGE_PUNCT and not (sp["type"] == "PHONE" and sub[0] == "("):
                    err(cid, "%s %s starts with %r" % (kind, sp["type"], sub[0]))
                if sub[-1] in EDGE_PUNCT:
                    err(cid, "%s %s ends with %r" % (kind, sp["type"], sub[-1]))
                spans.append((s, e, kind, sp, sub))
        spans.sort(key=lambda x: x[0])
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                err(cid, "overlapping spans %r and %r" % (a[4], b[4]))
        if len({(x[0], x[1]) for x in spans}) != len(spans):
            err(cid, "duplicate span")

        n_ent = 0
        for s, e, kind, sp, sub in spans:
            t = sp["type"]
            if kind == "entity":
                n_ent += 1
                if t not in ENTITY_TYPES:
                    err(cid, "entity type %r not allowed" % t)
                    continue
                ok, what = shape_ok(t, sub, lang)
                if not ok:
                    err(cid, "entity %s %r fails (%s)" % (t, sub, what))
                ent_count[(t, lang)] += 1
                if t in ID_TYPES:
                    d = re.sub(r"\D", "", sub)
                    if t == "GR_AMKA" and piva_ok(d)[0]:
                        err(cid, "AMKA %r is also a valid partita IVA" % sub)
                    if t == "IT_PARTITA_IVA" and amka_ok(d)[0]:
                        err(cid, "partita IVA %r is also a valid AMKA" % sub)
                    if t == "RO_CNP" and luhn(d):
                        err(cid, "CNP %r also passes Luhn" % sub)
                    style = ("lower case" if sub != sub.upper() else
                             "IT/EL prefix" if t in ("IT_PARTITA_IVA", "GR_AFM") and re.match(r"(IT|EL)\d", sub, re.I)
                             else "grouped" if t != "FI_HETU" and re.search(r"\w[ .-]\w", sub) else "plain")
                    styles[(t, style)] += 1
                    if t == "FI_HETU":
                        styles[(t, "sign " + sub[6].upper())] += 1
                    if t == "IT_CODICE_FISCALE":
                        c = sub.replace(" ", "").upper()
                        if any(not c[k].isdigit() for k in (6, 7, 9, 10, 12, 13, 14)):
                            styles[(t, "omocodia")] += 1
                    if t == "CARD":
                        styles[(t, {"4": "Visa", "5": "Mastercard", "2": "Mastercard", "3": "Amex/JCB/Diners",
                                    "6": "Discover"}[d[0]])] += 1
                    if t == "IBAN":
                        styles[(t, sub[:2].upper())] += 1
            else:
                why = sp["why"]
                dis_count[(t, why)] += 1
                if t in ID_TYPES:
                    if why != "check digit fails":
                        err(cid, "invalid %s must say 'check digit fails'" % t)
                    ok, what = ID_CHECK[t](sub)
                    if ok:
                        err(cid, "look-alike %s %r passes its check" % (t, sub))
                    if what in ("shape", "grouping", "length for country", "no brand for prefix/length",
                                "date", "county", "office code", "individual number", "sex digit"):
                        err(cid, "look-alike %s %r has the wrong shape (%s)" % (t, sub, what))
                    d = re.sub(r"\D", "", sub)
                    if re.fullmatch(r"[\d .-]+", sub) and digit_string_passes(d):
                        err(cid, "look-alike %r passes %s" % (sub, digit_string_passes(d)))
                    for run in re.findall(r"\d+", sub):
                        if 12 <= len(run) <= 19 and luhn(run):
                            err(cid, "look-alike %r holds a Luhn-valid run" % sub)
                elif t in NEG_TYPES:
                    if why not in ("tricky negative", "common word, not a name"):
                        err(cid, "distractor %s has why %r" % (t, why))
                    runs = re.findall(r"\d+", sub)
                    for r in runs + (["".join(runs)] if len(runs) > 1 else []):
                        if digit_string_passes(r):
                            err(cid, "negative %s %r passes %s" % (t, sub, digit_string_passes(r)))
                else:
                    err(cid, "distractor type %r unknown" % t)

        # PERSON words must not appear unmarked elsewhere in the same text
        rest = masked(text, [x[3] for x in spans])
        for s, e, kind, sp, sub in spans:
            if kind == "entity" and sp["type"] == "PERSON":
                for w in re.findall(r"[^\W\d_]{3,}", sub):
                    if re.search(r"(?<!\w)%s(?!\w)" % re.escape(w), rest):
                        err(cid, "name word %r also appears unmarked" % w)
        # leak scan outside all spans
        for what, rx in LEAKS:
            for m in rx.finditer(rest):
                err(cid, "unmarked %s %r" % (what, m.group(0)))
        lowered = text == text.lower()
        for rx in NAME_RE_LIST:
            for m in rx.finditer(rest):
                err(cid, "unmarked name %r" % m.group(0))
            if lowered:
                low_rx = re.compile(rx.pattern.lower())
                for m in low_rx.finditer(rest):
                    if m.group(0) not in ("anna", "sara"):
                        err(cid, "unmarked lower-case name %r" % m.group(0))
        for m in NUMBERISH.finditer(rest):
            nd = len(re.sub(r"\D", "", m.group(0)))
            if nd >= 5:
                err(cid, "unmarked number %r" % m.group(0).strip())
        if n_ent:
            positive += 1
        else:
            negative += 1

    # ---- totals and requirements
    total = sum(per_lang.values())
    if total != PER_LANG * len(LANGS):
        err("file", "expected %d cases, found %d" % (PER_LANG * len(LANGS), total))
    for lang in LANGS:
        if per_lang[lang] != PER_LANG:
            err("file", "%s has %d cases, expected %d" % (lang, per_lang[lang], PER_LANG))
    for t, need in MINIMUM.items():
        have = sum(ent_count[(t, l)] for l in LANGS)
        if have < need:
            err("file", "%s: %d valid examples, need at least %d" % (t, have, need))
    for t in ID_TYPES:
        for lang in LANGS:
            if ent_count[(t, lang)] == 0:
                err("file", "%s has no valid example in %s" % (t, lang))
        if dis_count[(t, "check digit fails")] == 0:
            err("file", "%s has no invalid look-alike" % t)
    for sign in "+-ABCDEFUVWXY":
        if styles[("FI_HETU", "sign " + sign)] == 0:
            err("file", "no valid henkilötunnus with century sign %r" % sign)
    for cc in IBAN_LENGTHS:
        if styles[("IBAN", cc)] == 0:
            err("file", "no valid IBAN of %s" % cc)
    if styles[("IT_CODICE_FISCALE", "omocodia")] == 0:
        err("file", "no codice fiscale with omocodia")

    # ---- report
    print("file: %s" % os.path.relpath(path, os.getcwd()))
    print("cases: %d  (%s)" % (total, ", ".join("%s %d" % (l, per_lang[l]) for l in LANGS)))
    print("with personal data: %d, without (negatives only): %d" % (positive, negative))
    print()
    print("entities per type and language")
    print("%-20s" % "type" + "".join("%6s" % l for l in LANGS) + "%6s" % "all")
    for t in ENTITY_TYPES:
        row = [ent_count[(t, l)] for l in LANGS]
        print("%-20s" % t + "".join("%6d" % v for v in row) + "%6d" % sum(row))
    row = [sum(ent_count[(t, l)] for t in ENTITY_TYPES) for l in LANGS]
    print("%-20s" % "all" + "".join("%6d" % v for v in row) + "%6d" % sum(row))
    print()
    print("distractors (must NOT be redacted)")
    for (t, why), n in sorted(dis_count.items()):
        print("  %-18s %-24s %4d" % (t, why, n))
    print("  %-18s %-24s %4d" % ("all", "", sum(dis_count.values())))
    print()
    print("categories per language")
    cats = sorted({c for c, _ in cat_count})
    print("%-16s" % "category" + "".join("%6s" % l for l in LANGS) + "%6s" % "all")
    for c in cats:
        row = [cat_count[(c, l)] for l in LANGS]
        print("%-16s" % c + "".join("%6d" % v for v in row) + "%6d" % sum(row))
    print()
    print("ways of writing the valid identifiers")
    for t in ID_TYPES:
        parts = ["%s %d" % (s, n) for (tt, s), n in sorted(styles.items()) if tt == t]
        print("  %-18s %s" % (t, ", ".join(parts)))
    print()
    if errors:
        for e in errors[:200]:
            print("ERROR " + e)
        print("%d error(s)" % len(errors))
        sys.exit(1)
    print("OK: no errors")


if __name__ == "__main__":
    main()
