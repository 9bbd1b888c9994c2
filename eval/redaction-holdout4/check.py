#!/usr/bin/env python3
"""Validate eval/redaction-holdout4/cases.jsonl and print its counts.

Independent of generate.py (it is not imported): every check-digit rule is
written again here from the published specifications.

    python3 eval/redaction-holdout4/check.py [path/to/cases.jsonl]

Exit status 1 on any error.
"""
import collections
import datetime
import json
import os
import re
import sys

LANGS = ("en", "it", "el", "ro", "fi")
ENTITY_TYPES = ("EMAIL", "PHONE", "URL", "IP", "IBAN", "CARD", "IT_CODICE_FISCALE",
                "IT_PARTITA_IVA", "GR_AMKA", "GR_AFM", "RO_CNP", "FI_HETU", "PERSON", "ADDRESS")
ID_TYPES = ("IBAN", "CARD", "IT_CODICE_FISCALE", "IT_PARTITA_IVA", "GR_AMKA", "GR_AFM",
            "RO_CNP", "FI_HETU")
TRICKY_TYPES = ("PRICE", "DATE", "TIME", "ORDER_NUMBER", "TRACKING_NUMBER", "PRODUCT_CODE",
                "INVOICE_NUMBER", "QUANTITY", "YEAR", "VERSION")
FORMATS = ("CHAT", "MESSAGE", "EMAIL", "TRANSCRIPT", "FORM", "THREAD")
LENGTH_OF = {"CHAT": "short", "MESSAGE": "medium", "EMAIL": "long", "TRANSCRIPT": "long",
             "FORM": "long", "THREAD": "long"}


# ---------------------------------------------------------------- calendars
def real_date(year, month, day):
    try:
        datetime.date(year, month, day)
        return True
    except ValueError:
        return False


# ---------------------------------------------------------------- Luhn (ISO/IEC 7812-1)
LUHN_DOUBLE = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def luhn_valid(number):
    if not number.isdigit() or not number:
        return False
    total = 0
    rev = number[::-1]
    for idx in range(len(rev)):
        d = int(rev[idx])
        total += LUHN_DOUBLE[d] if idx & 1 else d
    return total % 10 == 0


# ---------------------------------------------------------------- payment cards (IIN ranges)
def card_scheme(num):
    n = len(num)
    p2, p3, p4 = int(num[:2]), int(num[:3]), int(num[:4])
    if num[0] == "4" and n in (13, 16, 19):
        return "Visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "Mastercard"
    if p2 in (34, 37) and n == 15:
        return "Amex"
    if (p4 == 6011 or p2 == 65 or 644 <= p3 <= 649) and n in (16, 19):
        return "Discover"
    if (300 <= p3 <= 305 or p2 in (36, 38)) and n in (14, 16):
        return "Diners"
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        return "JCB"
    if p4 in (5018, 5020, 5038, 6304, 6759, 6761, 6763) and 12 <= n <= 19:
        return "Maestro"
    if p2 == 62 and 16 <= n <= 19:
        return "UnionPay"
    return None


def card_valid(text):
    num = re.sub(r"[ .\-]", "", text)
    if not re.fullmatch(r"\d{12,19}", num):
        return False
    return card_scheme(num) is not None and luhn_valid(num)


# ---------------------------------------------------------------- IBAN (ISO 13616, mod 97-10)
IBAN_LENGTHS = {
    "AT": 20, "BE": 16, "BG": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "ES": 24,
    "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IT": 27, "LT": 20,
    "LU": 20, "LV": 21, "MT": 31, "NL": 18, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19,
    "SK": 24,
}
# BBAN shapes: n digits, a letters, c alphanumerics (SWIFT IBAN registry notation)
IBAN_SHAPES = {
    "AT": "16n", "BE": "12n", "BG": "4a6n8c", "CY": "8n16c", "CZ": "20n", "DE": "18n",
    "DK": "14n", "EE": "16n", "ES": "20n", "FI": "14n", "FR": "10n11c2n", "GB": "4a14n",
    "GR": "7n16c", "HR": "17n", "IE": "4a14n", "IT": "1a10n12c", "LT": "16n", "LU": "3n13c",
    "LV": "4a13c", "MT": "4a5n18c", "NL": "4a10n", "PL": "24n", "PT": "21n", "RO": "4a16c",
    "SE": "20n", "SI": "15n", "SK": "20n",
}


def shape_regex(shape):
    out = ""
    for count, kind in re.findall(r"(\d+)([nac])", shape):
        out += {"n": "[0-9]", "a": "[A-Z]", "c": "[A-Z0-9]"}[kind] + "{%s}" % count
    return re.compile(out + r"\Z")


def mod97(s):
    rem = 0
    for ch in s:
        v = ch if ch.isdigit() else str(ord(ch) - 55)
        for d in v:
            rem = (rem * 10 + int(d)) % 97
    return rem


CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
           22, 25, 24, 23]   # A..Z; digits 0..9 take the values of A..J


def cin_value(ch, odd):
    if ch.isdigit():
        k = int(ch)
    else:
        k = ord(ch) - ord("A")
    return CIN_ODD[k] if odd else k


def national_check(cc, bban):
    """Where this set's BBANs carry a national check digit, verify it."""
    if cc == "IT":   # CIN: same odd/even tables as the codice fiscale control letter
        body = bban[1:]
        s = sum(cin_value(body[i], i % 2 == 0) for i in range(len(body)))
        return bban[0] == chr(ord("A") + s % 26)
    if cc == "FI":   # Finnish account number in machine format: Luhn
        return luhn_valid(bban)
    if cc == "BE":
        r = int(bban[:10]) % 97
        return int(bban[10:]) == (r if r else 97)
    if cc == "FR":   # clé RIB
        if not bban[10:21].isdigit():
            return True
        k = 97 - (89 * int(bban[:5]) + 15 * int(bban[5:10]) + 3 * int(bban[10:21])) % 97
        return int(bban[21:]) == k
    if cc == "ES":   # dígitos de control
        wts = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

        def dc(digits):
            v = 11 - sum(int(x) * w for x, w in zip(digits, wts)) % 11
            return {11: 0, 10: 1}.get(v, v)
        return bban[8] == str(dc("00" + bban[:8])) and bban[9] == str(dc(bban[10:]))
    if cc == "PT":   # NIB check digits
        return int(bban[19:]) == 98 - (int(bban[:19]) * 100) % 97
    return True


def iban_valid(text, strict=True):
    s = re.sub(r"[\s\-]", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", s):
        return False
    cc = s[:2]
    if IBAN_LENGTHS.get(cc) != len(s):
        return False
    if mod97(s[4:] + s[:4]) != 1:
        return False
    if strict:
        if not shape_regex(IBAN_SHAPES[cc]).match(s[4:]):
            return False
        return national_check(cc, s[4:])
    return True


# ---------------------------------------------------------------- codice fiscale (DM 23/12/1976)
CF_ODD_TABLE = {}
for _i, _v in enumerate(CIN_ODD):
    CF_ODD_TABLE[chr(ord("A") + _i)] = _v
    if _i < 10:
        CF_ODD_TABLE[str(_i)] = _v
OMOCODE = "LMNPQRSTUV"
CF_MONTH_LETTERS = "ABCDEHLMPRST"
CF_DIGIT_SLOTS = (6, 7, 9, 10, 12, 13, 14)


def cf_valid(text):
    s = re.sub(r"\s", "", text).upper()
    if len(s) != 16 or not re.fullmatch(r"[A-Z]{6}\w{2}[A-Z]\w{2}[A-Z]\w{3}[A-Z]", s):
        return False
    plain = list(s)
    for p in CF_DIGIT_SLOTS:
        c = plain[p]
        if c.isdigit():
            continue
        if c not in OMOCODE:
            return False
        plain[p] = str(OMOCODE.index(c))
    plain = "".join(plain)
    if plain[8] not in CF_MONTH_LETTERS:
        return False
    day = int(plain[9:11])
    if day > 40:
        day -= 40
    month = CF_MONTH_LETTERS.index(plain[8]) + 1
    yy = int(plain[6:8])
    if not (real_date(1900 + yy, month, day) or real_date(2000 + yy, month, day)):
        return False
    total = 0
    for pos in range(15):
        ch = s[pos]
        if pos % 2 == 0:          # 1st, 3rd, ... character: "odd" table
            total += CF_ODD_TABLE[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - ord("A")
    return s[15] == chr(ord("A") + total % 26)


# ---------------------------------------------------------------- partita IVA
def piva_digits(text):
    s = re.sub(r"[\s.\-]", "", text).upper()
    if s.startswith("IT"):
        s = s[2:]
    return s


def piva_valid(text):
    s = piva_digits(text)
    if not re.fullmatch(r"\d{11}", s):
        return False
    office = int(s[7:10])
    if not (1 <= office <= 100 or office in (120, 121, 888, 999)):
        return False
    x = sum(int(s[i]) for i in range(0, 10, 2))
    y = 0
    for i in range(1, 10, 2):
        v = 2 * int(s[i])
        y += v - 9 if v > 9 else v
    return (10 - (x + y) % 10) % 10 == int(s[10])


# ---------------------------------------------------------------- Greek AMKA
def amka_valid(text):
    s = re.sub(r"[\s.\-]", "", text)
    if not re.fullmatch(r"\d{11}", s):
        return False
    d, m, yy = int(s[:2]), int(s[2:4]), int(s[4:6])
    if not (real_date(1900 + yy, m, d) or real_date(2000 + yy, m, d)):
        return False
    return luhn_valid(s)


# ---------------------------------------------------------------- Greek AFM
def afm_digits(text):
    s = re.sub(r"[\s.\-]", "", text).upper()
    if s[:2] in ("EL", "GR"):
        s = s[2:]
    return s


def afm_valid(text):
    s = afm_digits(text)
    if not re.fullmatch(r"\d{9}", s) or s == "0" * 9:
        return False
    acc = 0
    for d in s[:8]:
        acc = acc * 2 + int(d)      # Horner form of sum(d_i * 2^(8-i)) / 2
    acc *= 2
    return acc % 11 % 10 == int(s[8])


# ---------------------------------------------------------------- Romanian CNP
CNP_KEY = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)
CNP_CENTURY = {"1": (1900,), "2": (1900,), "3": (1800,), "4": (1800,), "5": (2000,), "6": (2000,),
               "7": (1900, 2000), "8": (1900, 2000)}


def cnp_valid(text):
    s = re.sub(r"[\s\-]", "", text)
    if not re.fullmatch(r"\d{13}", s) or s[0] not in CNP_CENTURY:
        return False
    yy, mm, dd = int(s[1:3]), int(s[3:5]), int(s[5:7])
    if not any(real_date(c + yy, mm, dd) for c in CNP_CENTURY[s[0]]):
        return False
    county = int(s[7:9])
    if not (1 <= county <= 46 or county in (51, 52)):
        return False
    if s[9:12] == "000":
        return False
    r = sum(int(a) * b for a, b in zip(s[:12], CNP_KEY)) % 11
    return int(s[12]) == (1 if r == 10 else r)


# ---------------------------------------------------------------- Finnish henkilötunnus
HETU_TABLE = "0123456789ABCDEFHJKLMNPRSTUVWXY"
HETU_SIGN_CENTURY = {"+": 1800}
HETU_SIGN_CENTURY.update({c: 1900 for c in "-YXWVU"})
HETU_SIGN_CENTURY.update({c: 2000 for c in "ABCDEF"})


def hetu_valid(text):
    s = text.upper()
    m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)(.)(\d{3})(.)", s)
    if not m or m.group(4) not in HETU_SIGN_CENTURY:
        return False
    if not real_date(HETU_SIGN_CENTURY[m.group(4)] + int(m.group(3)), int(m.group(2)), int(m.group(1))):
        return False
    if not 2 <= int(m.group(5)) <= 899:
        return False
    n = int(m.group(1) + m.group(2) + m.group(3) + m.group(5))
    return HETU_TABLE[n % 31] == m.group(6)


VALIDATORS = {
    "CARD": card_valid, "IBAN": iban_valid, "IT_CODICE_FISCALE": cf_valid,
    "IT_PARTITA_IVA": piva_valid, "GR_AMKA": amka_valid, "GR_AFM": afm_valid,
    "RO_CNP": cnp_valid, "FI_HETU": hetu_valid,
}


# ---------------------------------------------------------------- "every id check of its length"
def checks_passed_by_digits(d):
    """Names of the id checks of this length that the digit string passes."""
    hit = []
    n = len(d)
    if n == 9 and afm_valid(d):
        hit.append("AFM")
    if n == 11:
        if luhn_valid(d):
            hit.append("Luhn/partita IVA/AMKA")
    if 12 <= n <= 19 and luhn_valid(d):
        hit.append("Luhn (card)")
    if n == 13 and cnp_valid(d):
        hit.append("CNP")
    return hit


def digit_strings(s):
    runs = re.findall(r"\d+", s)
    if re.fullmatch(r"[0-9 .\-/]+", s) and re.search(r"[ .\-/]", s):
        runs.append(re.sub(r"[^0-9]", "", s))
    return runs


def alnum_ids_passed(s):
    t = re.sub(r"[\s\-]", "", s).upper()
    hit = []
    if iban_valid(t, strict=False):
        hit.append("IBAN")
    if cf_valid(t):
        hit.append("codice fiscale")
    if hetu_valid(t):
        hit.append("henkilötunnus")
    return hit


def all_checks_passed(s):
    hit = []
    for d in digit_strings(s):
        hit += ["%s on %s" % (h, d) for h in checks_passed_by_digits(d)]
    hit += alnum_ids_passed(s)
    return hit


# ---------------------------------------------------------------- shapes of the other entities
EMAIL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}\Z")
PHONE_CHARS = re.compile(r"[0-9+() .\-/]+\Z")
PERSON_RE = re.compile(r"[^\W\d_][^\W\d_'\-]*(['\-][^\W\d_]+)*( [^\W\d_][^\W\d_'\-]*(['\-][^\W\d_]+)*){0,3}\Z")


SENTENCE_PUNCT = set(".,;:!?\u2026\"'\u00ab\u00bb\u201c\u201d\u2018\u2019\u037e\u00b7-\u2013\u2014/")


def phone_ok(s):
    if not PHONE_CHARS.match(s):
        return "characters other than digits, spaces, + ( ) . - /"
    d = re.sub(r"\D", "", s)
    if not 9 <= len(d) <= 15:
        return "has %d digits" % len(d)
    if s.count("(") != s.count(")"):
        return "unbalanced brackets"
    passed = checks_passed_by_digits(d)
    if passed:
        return "its digits also pass %s" % passed
    return None


# ---------------------------------------------------------------- main
def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.jsonl")
    errors = []

    def err(cid, msg):
        errors.append("%s: %s" % (cid, msg))

    cases = []
    with open(path, "rb") as f:
        raw_all = f.read()
    if not raw_all.endswith(b"\n"):
        err("file", "does not end with a newline")
    for lineno, line in enumerate(raw_all.decode("utf-8").split("\n")[:-1], 1):
        try:
            cases.append(json.loads(line))
        except ValueError as e:
            err("line %d" % lineno, "not JSON: %s" % e)

    seen_ids = []
    ent_count = collections.Counter()      # (type, lang)
    dis_count = collections.Counter()      # (type, why)
    cat_count = collections.Counter()      # (category, lang)
    len_count = collections.Counter()      # (length class, lang)
    lang_count = collections.Counter()
    negative_msgs = collections.Counter()
    iban_cc = collections.Counter()
    iban_writing = collections.Counter()
    card_schemes = collections.Counter()
    hetu_signs = collections.Counter()
    id_writing = collections.Counter()
    phone_kinds = collections.Counter()
    bare_ids = 0
    omocodia = 0
    mistyped_next_to_valid = 0
    stamps = 0
    phonelike_negs = 0

    for c in cases:
        cid = c.get("id", "?")
        if set(c) != {"id", "lang", "text", "entities", "distractors", "category"}:
            err(cid, "keys are %s" % sorted(c))
            continue
        lang = c["lang"]
        if lang not in LANGS:
            err(cid, "unknown lang %r" % lang)
        if not re.fullmatch(r"(en|it|el|ro|fi)-y\d{3}", cid) or not cid.startswith(lang + "-"):
            err(cid, "bad id")
        if cid in seen_ids:
            err(cid, "duplicate id")
        seen_ids.append(cid)
        text = c["text"]
        if not isinstance(text, str) or not text.strip():
            err(cid, "empty text")
            continue
        raw = text.encode("utf-8")
        cat = c["category"]
        fmt = cat[4:] if cat.startswith("NEG_") else cat
        if fmt not in FORMATS:
            err(cid, "unknown category %r" % cat)
        elif cat.startswith("NEG_") != (len(c["entities"]) == 0):
            err(cid, "category %s does not match %d entities" % (cat, len(c["entities"])))
        lang_count[lang] += 1
        cat_count[(cat, lang)] += 1
        len_count[(LENGTH_OF.get(fmt, "?"), lang)] += 1
        if not c["entities"]:
            negative_msgs[lang] += 1

        spans = []
        for kind, lst in (("entity", c["entities"]), ("distractor", c["distractors"])):
            if not isinstance(lst, list):
                err(cid, "%ss is not a list" % kind)
                continue
            for sp in lst:
                want = {"type", "start", "end"} | ({"why"} if kind == "distractor" else set())
                if set(sp) != want:
                    err(cid, "%s keys %s" % (kind, sorted(sp)))
                    continue
                st, en = sp["start"], sp["end"]
                if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(raw)):
                    err(cid, "%s span %r out of range" % (kind, sp))
                    continue
                if (st < len(raw) and raw[st] & 0xC0 == 0x80) or (en < len(raw) and raw[en] & 0xC0 == 0x80):
                    err(cid, "%s span %r not on a character boundary" % (kind, sp))
                    continue
                spans.append((st, en, kind, sp))

        spans.sort(key=lambda x: (x[0], x[1]))
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                err(cid, "overlapping spans %r and %r" % (a[3], b[3]))

        masked = bytearray(raw)
        for st, en, kind, sp in spans:
            piece = raw[st:en].decode("utf-8")
            typ = sp["type"]
            for i in range(st, en):
                masked[i] = 0x23
            if piece != piece.strip():
                err(cid, "span %r has surrounding whitespace" % piece)
            first, last = piece[0], piece[-1]
            if first in SENTENCE_PUNCT or first in ")]}" or (first == "(" and ")" not in piece):
                err(cid, "span %r starts with punctuation" % piece)
            if last in SENTENCE_PUNCT or last in "([{" or (last == ")" and "(" not in piece):
                err(cid, "span %r ends with punctuation" % piece)

            if kind == "entity":
                if typ not in ENTITY_TYPES:
                    err(cid, "unknown entity type %s" % typ)
                    continue
                ent_count[(typ, lang)] += 1
                if typ in VALIDATORS:
                    if not VALIDATORS[typ](piece):
                        err(cid, "%s %r fails its check" % (typ, piece))
                    others = [o for o in VALIDATORS if o != typ and o not in ("IBAN",) and VALIDATORS[o](piece)]
                    if others:
                        err(cid, "%s %r also passes %s" % (typ, piece, others))
                    id_writing[(typ, "with separators" if re.search(r"[ .\-\n]", re.sub(r"^(IT|EL|GR) ", "", piece)) else "compact")] += 1
                    before = text[:len(raw[:st].decode("utf-8"))]
                    if not re.search(r"(?i)(iban|card|carta|κάρτα|κάρτας|card|kort|tili|cf\b|c\.f\.|fiscal|iva|vat|tva|alv|amka|αμκα|α\.μ\.κ\.α|afm|αφμ|α\.φ\.μ|φπα|cnp|c\.n\.p|hetu|sotu|henkilö|tunnus|codice|κωδικ|partita|numer|αριθμ|numero|number|code|cod)[^\n]{0,40}$", before[-60:]):
                        bare_ids += 1
                if typ == "IBAN":
                    s = re.sub(r"[\s\-]", "", piece).upper()
                    iban_cc[s[:2]] += 1
                    if "\n" in piece:
                        iban_writing["across a line break"] += 1
                    elif piece != piece.upper():
                        iban_writing["lower case"] += 1
                    elif "-" in piece:
                        iban_writing["dashes"] += 1
                    elif re.fullmatch(r"([A-Z0-9]{4} )+[A-Z0-9]{1,4}", piece):
                        iban_writing["groups of four"] += 1
                    elif " " in piece:
                        iban_writing["other spacing"] += 1
                    else:
                        iban_writing["compact"] += 1
                    bl = raw[:st].decode("utf-8")
                    if re.search(r"IBAN[^\n]*:\s*\n$", bl):
                        iban_writing["label on the line above"] += 1
                elif typ == "CARD":
                    num = re.sub(r"\D", "", piece)
                    card_schemes["%s %d" % (card_scheme(num), len(num))] += 1
                elif typ == "FI_HETU":
                    hetu_signs[piece[6].upper()] += 1
                elif typ == "IT_CODICE_FISCALE":
                    cfc = re.sub(r"\s", "", piece).upper()
                    if any(not cfc[p].isdigit() for p in CF_DIGIT_SLOTS):
                        omocodia += 1
                elif typ == "PHONE":
                    why = phone_ok(piece)
                    if why:
                        err(cid, "PHONE %r %s" % (piece, why))
                    phone_kinds["international" if piece.lstrip("(").startswith(("+", "00")) else "local"] += 1
                elif typ == "EMAIL":
                    if not EMAIL_RE.match(piece):
                        err(cid, "EMAIL %r malformed" % piece)
                elif typ == "PERSON":
                    if not PERSON_RE.match(piece):
                        err(cid, "PERSON %r malformed" % piece)
                elif typ == "ADDRESS":
                    if not (re.search(r"\d", piece) and re.search(r"[^\W\d_]{3}", piece) and len(piece) >= 10):
                        err(cid, "ADDRESS %r implausible" % piece)
                    for run in re.findall(r"\d+", piece):
                        if checks_passed_by_digits(run):
                            err(cid, "ADDRESS %r carries an id-valid number %s" % (piece, run))
            else:
                why = sp["why"]
                dis_count[(typ, why)] += 1
                if why == "check digit fails":
                    if typ not in VALIDATORS:
                        err(cid, "check-digit distractor of non-id type %s" % typ)
                        continue
                    if VALIDATORS[typ](piece):
                        err(cid, "mistyped %s %r passes its check" % (typ, piece))
                    passed = all_checks_passed(piece)
                    if typ in ("GR_AFM", "IT_PARTITA_IVA"):
                        core = afm_digits(piece) if typ == "GR_AFM" else piva_digits(piece)
                        passed += checks_passed_by_digits(core)
                    if passed:
                        err(cid, "mistyped %s %r passes %s" % (typ, piece, passed))
                    if any(e["type"] == typ and abs(e["start"] - st) < 160 for e in c["entities"]):
                        mistyped_next_to_valid += 1
                elif why == "tricky negative":
                    if typ not in TRICKY_TYPES:
                        err(cid, "tricky negative of unknown type %s" % typ)
                    passed = all_checks_passed(piece)
                    if passed:
                        err(cid, "tricky negative %s %r passes %s" % (typ, piece, passed))
                    line_start = raw.rfind(b"\n", 0, st) + 1
                    if fmt == "THREAD" and st - line_start < 24 and typ in ("DATE", "TIME"):
                        stamps += 1
                    if re.fullmatch(r"\d{9,11}", re.sub(r"[ .\-/]", "", piece)):
                        phonelike_negs += 1
                elif why == "not personal":
                    if typ != "URL":
                        err(cid, "'not personal' on %s" % typ)
                else:
                    err(cid, "unknown why %r" % why)

        # leak scan: nothing that looks like personal data outside the marked spans
        outside = masked.decode("utf-8")
        if "@" in outside:
            err(cid, "an '@' outside every span")
        for run in re.finditer(r"\d(?:[ .\-/]?\d)*", outside):
            digits = re.sub(r"\D", "", run.group(0))
            if len(digits) >= 5:
                err(cid, "unmarked number %r" % run.group(0))
        for tok in re.findall(r"[A-Za-z0-9][A-Za-z0-9 \-]{10,40}[A-Za-z0-9]", outside):
            for cand in (tok, tok.replace(" ", "")):
                if iban_valid(cand, strict=False) or cf_valid(cand):
                    err(cid, "unmarked id %r" % tok)
        for tok in re.findall(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]", outside, re.IGNORECASE):
            if hetu_valid(tok):
                err(cid, "unmarked henkilötunnus %r" % tok)

    # ------------------------------------------------------------ report
    print("file: %s" % os.path.relpath(path))
    print("cases: %d  (%s)" % (len(cases), ", ".join("%s %d" % (l, lang_count[l]) for l in LANGS)))
    neg_total = sum(negative_msgs.values())
    print("with personal data: %d, without any: %d  (%s)" % (
        len(cases) - neg_total, neg_total, ", ".join("%s %d" % (l, negative_msgs[l]) for l in LANGS)))
    print()
    print("length classes")
    for lc in ("short", "medium", "long"):
        print("  %-8s %s  all %d" % (lc, "  ".join("%s %3d" % (l, len_count[(lc, l)]) for l in LANGS),
                                     sum(len_count[(lc, l)] for l in LANGS)))
    print()
    print("entities per type and language")
    print("%-20s" % "type" + "".join("%6s" % l for l in LANGS) + "%7s" % "all")
    types = sorted({t for t, _ in ent_count})
    for t in types:
        row = [ent_count[(t, l)] for l in LANGS]
        print("%-20s" % t + "".join("%6d" % x for x in row) + "%7d" % sum(row))
    tot = [sum(ent_count[(t, l)] for t in types) for l in LANGS]
    print("%-20s" % "all" + "".join("%6d" % x for x in tot) + "%7d" % sum(tot))
    print()
    print("distractors (must NOT be redacted)")
    for (t, w) in sorted(dis_count):
        print("  %-18s %-18s %5d" % (t, w, dis_count[(t, w)]))
    print("  %-37s %5d" % ("mistyped look-alikes (check digit fails)",
                            sum(v for (t, w), v in dis_count.items() if w == "check digit fails")))
    print("    of which next to the correct value   %5d" % mistyped_next_to_valid)
    print("  %-37s %5d" % ("tricky negatives", sum(v for (t, w), v in dis_count.items() if w == "tricky negative")))
    print("    of which chat-export time stamps     %5d" % stamps)
    print("    of which pure 9-11 digit numbers     %5d" % phonelike_negs)
    print()
    print("categories per language")
    cats = sorted({c for c, _ in cat_count})
    print("%-16s" % "category" + "".join("%6s" % l for l in LANGS) + "%7s" % "all")
    for ct in cats:
        row = [cat_count[(ct, l)] for l in LANGS]
        print("%-16s" % ct + "".join("%6d" % x for x in row) + "%7d" % sum(row))
    print()
    print("IBAN countries: " + ", ".join("%s %d" % kv for kv in sorted(iban_cc.items())))
    print("IBAN writings: " + ", ".join("%s %d" % kv for kv in sorted(iban_writing.items())))
    print("card schemes/lengths: " + ", ".join("%s %d" % kv for kv in sorted(card_schemes.items())))
    print("codice fiscale with omocodia: %d" % omocodia)
    print("henkilötunnus century signs: " + ", ".join("%s %d" % kv for kv in sorted(hetu_signs.items())))
    print("phones: " + ", ".join("%s %d" % kv for kv in sorted(phone_kinds.items())))
    print("ids written with separators: " + ", ".join(
        "%s %d/%d" % (t, id_writing[(t, "with separators")], id_writing[(t, "with separators")] + id_writing[(t, "compact")])
        for t in ID_TYPES))
    print("ids with no id word in the 40 characters before them: %d" % bare_ids)
    print()
    if errors:
        for e in errors[:60]:
            print("ERROR " + e)
        print("%d error(s)" % len(errors))
        sys.exit(1)
    print("OK: no errors")


if __name__ == "__main__":
    main()
