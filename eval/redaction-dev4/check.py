#!/usr/bin/env python3
"""Validate cases.jsonl of the fourth redaction test set and print its counts.

Python 3 standard library only:

    python3 eval/redaction-dev4/check.py [path/to/cases.jsonl]

The validators below are written separately from generate.py's generators.
Exit status 1 if any error is found.
"""
import collections
import datetime
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "cases.jsonl")
LANGS = ["en", "it", "el", "ro", "fi"]
ENTITY_TYPES = ["EMAIL", "PHONE", "URL", "IP", "IBAN", "CARD", "IT_CODICE_FISCALE", "IT_PARTITA_IVA",
                "GR_AMKA", "GR_AFM", "RO_CNP", "FI_HETU", "PERSON", "ADDRESS"]
ID_TYPES = ["CARD", "IBAN", "IT_CODICE_FISCALE", "IT_PARTITA_IVA", "GR_AMKA", "GR_AFM", "RO_CNP", "FI_HETU"]
TRICKY_TYPES = ["PRICE", "DATE", "TIME", "ORDER_NUMBER", "TICKET_NUMBER", "TRACKING_NUMBER", "INVOICE_NUMBER",
                "BOOKING_NUMBER", "QUANTITY", "POSTCODE", "PRODUCT_CODE", "YEAR", "VERSION"]
WHYS = {"check digit fails", "tricky negative", "not personal"}
BAD_START = set(".,;:!?…·;\"'“”«»„)]}") | {"\u00a0"}
BAD_END = set(".,;:!?…·;\"'“”«»„([{") | {"\u00a0"}

errors = []


def err(cid, msg):
    errors.append("%s: %s" % (cid, msg))


# ---------------------------------------------------------------- checks

def luhn(s):
    digits = [int(c) for c in s][::-1]
    tot = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits))
    return tot % 10 == 0


def real_date(y, m, d):
    try:
        datetime.date(y, m, d)
    except ValueError:
        return False
    return True


def v_card(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{13,19}", d) or not re.fullmatch(r"[\d -]+", s):
        return False
    brand = (d[0] == "4" and len(d) in (13, 16, 19)) or (51 <= int(d[:2]) <= 55 and len(d) == 16) \
        or (2221 <= int(d[:4]) <= 2720 and len(d) == 16) or (d[:2] in ("34", "37") and len(d) == 15)
    return brand and luhn(d)


IBAN_LENGTHS = {"IT": 27, "GR": 27, "RO": 24, "FI": 18, "GB": 22, "DE": 22, "FR": 27, "ES": 24, "NL": 18,
                "BE": 16, "AT": 20, "PT": 25}


def iban_mod97(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    moved = s[4:] + s[:4]
    num = "".join(str(ord(c) - 55) if c.isalpha() else c for c in moved)
    return int(num) % 97 == 1


def v_iban(s):
    c = s.replace(" ", "").upper()
    return c[:2] in IBAN_LENGTHS and len(c) == IBAN_LENGTHS[c[:2]] and iban_mod97(c)


ODD_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cf_weight(c, odd):
    if c.isdigit():
        return ODD_VALUES[int(c)] if odd else int(c)
    k = ord(c) - 65
    return ODD_VALUES[k] if odd else k


def cf_control(s15):
    return chr(65 + sum(cf_weight(c, i % 2 == 0) for i, c in enumerate(s15)) % 26)


OMO = {c: str(i) for i, c in enumerate("LMNPQRSTUV")}


def v_cf(s):
    u = s.upper()
    n = "[0-9LMNPQRSTUV]"
    if not re.fullmatch(r"[A-Z]{6}%s{2}[ABCDEHLMPRST]%s{2}[A-Z]%s{3}[A-Z]" % (n, n, n), u):
        return False
    day = int("".join(OMO.get(c, c) for c in u[9:11]))
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return False
    return cf_control(u[:15]) == u[15]


def v_piva_digits(d):
    if not re.fullmatch(r"\d{11}", d):
        return False
    off = int(d[7:10])
    return (1 <= off <= 100 or off in (120, 121)) and luhn(d)


def v_piva(s):
    return v_piva_digits(s[2:] if s.upper().startswith("IT") else s)


def v_amka_digits(d):
    if not re.fullmatch(r"\d{11}", d):
        return False
    dd, mm, yy = int(d[:2]), int(d[2:4]), int(d[4:6])
    return (real_date(1900 + yy, mm, dd) or real_date(2000 + yy, mm, dd)) and luhn(d)


def v_amka(s):
    return v_amka_digits(re.sub(r"[ -]", "", s))


def v_afm_digits(d):
    if not re.fullmatch(r"\d{9}", d):
        return False
    tot = 0
    for i in range(8):
        tot += int(d[i]) << (8 - i)
    return (tot % 11) % 10 == int(d[8])


def v_afm(s):
    s = s.replace(" ", "")
    return v_afm_digits(s[2:] if s.upper().startswith("EL") else s)


def v_cnp_digits(d):
    if not re.fullmatch(r"[1-9]\d{12}", d):
        return False
    years = {"1": (1900,), "2": (1900,), "3": (1800,), "4": (1800,), "5": (2000,), "6": (2000,)}.get(d[0], (1900, 2000))
    if not any(real_date(c + int(d[1:3]), int(d[3:5]), int(d[5:7])) for c in years):
        return False
    county = int(d[7:9])
    if not (1 <= county <= 46 or county in (51, 52)) or d[9:12] == "000":
        return False
    r = sum(int(a) * int(b) for a, b in zip(d[:12], "279146358279")) % 11
    return (1 if r == 10 else r) == int(d[12])


def v_cnp(s):
    return v_cnp_digits(s.replace(" ", ""))


HETU_CENTURY = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
                "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}


def v_hetu(s):
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])", s.upper())
    if not m:
        return False
    dd, mm, yy, sign, nnn, chk = m.groups()
    if not real_date(HETU_CENTURY[sign] + int(yy), int(mm), int(dd)):
        return False
    if not 2 <= int(nnn) <= 899:
        return False
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(dd + mm + yy + nnn) % 31] == chk


VALIDATE = {"CARD": v_card, "IBAN": v_iban, "IT_CODICE_FISCALE": v_cf, "IT_PARTITA_IVA": v_piva,
            "GR_AMKA": v_amka, "GR_AFM": v_afm, "RO_CNP": v_cnp, "FI_HETU": v_hetu}


def digit_passes(d):
    """Every id check that the bare digit string d passes."""
    out = set()
    if len(d) == 9 and v_afm_digits(d):
        out.add("GR_AFM")
    if len(d) == 11:
        if luhn(d):
            out.add("LUHN11")
        if v_amka_digits(d):
            out.add("GR_AMKA")
        if v_piva_digits(d):
            out.add("IT_PARTITA_IVA")
    if len(d) == 13 and v_cnp_digits(d):
        out.add("RO_CNP")
    if 12 <= len(d) <= 19 and luhn(d):
        out.add("CARD")
    return out


def bare_digits(s):
    """The digits of s if s is a digit string with separators (and maybe an IT/EL prefix), else None."""
    t = re.sub(r"^(IT|EL)", "", s.upper())
    if re.fullmatch(r"\d[\d .\-/]*\d", t):
        return re.sub(r"\D", "", t)
    return None


def all_digit_strings(s):
    runs = re.findall(r"\d+", s)
    out = runs[:]
    b = bare_digits(s)
    if b:
        out.append(b)
    return out


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
PERSON_RE = re.compile(r"[A-ZÀ-ÖØ-ÞĂÂÎȘȚΑ-ΩΆΈΉΊΌΎΏ][\w'’-]*( [A-ZÀ-ÖØ-ÞĂÂÎȘȚΑ-ΩΆΈΉΊΌΎΏ][\w'’-]*)*")
PERSONAL_URL_RE = re.compile(r"https?://\S+/(in/|account|password|newsletter|[a-z0-9._-]+$)")


def v_phone(s):
    if not re.fullmatch(r"[+(]?[\d()+ ./-]*\d", s):
        return False
    if s.count("(") != s.count(")"):
        return False
    return 9 <= len(re.sub(r"\D", "", s)) <= 15


def v_ip(s):
    try:
        ipaddress.ip_address(s)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------- main

rows = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            err("line %d" % n, "bad JSON: %s" % e)

ids, texts = set(), {}
ent_count = collections.Counter()
dist_count = collections.Counter()
cat_count = collections.Counter()
lang_count = collections.Counter()
with_id = collections.Counter()
with_phone = collections.Counter()
no_pd = collections.Counter()
phones = collections.Counter()

for r in rows:
    cid = r.get("id", "?")
    if set(r) != {"id", "lang", "text", "entities", "distractors", "category"}:
        err(cid, "keys %s" % sorted(r))
        continue
    if not re.fullmatch(r"(en|it|el|ro|fi)-f\d{3}", cid) or cid[:2] != r["lang"]:
        err(cid, "bad id or lang")
    if cid in ids:
        err(cid, "duplicate id")
    ids.add(cid)
    text = r["text"]
    if text in texts:
        err(cid, "duplicate text of %s" % texts[text])
    texts[text] = cid
    lang = r["lang"]
    lang_count[lang] += 1
    cat_count[(r["category"], lang)] += 1
    raw = text.encode("utf-8")
    spans = []
    for kind, items in (("E", r["entities"]), ("D", r["distractors"])):
        for it in items:
            s, e, typ = it["start"], it["end"], it["type"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(raw)):
                err(cid, "span out of range %r" % it)
                continue
            if (s < len(raw) and 0x80 <= raw[s] <= 0xBF) or (e < len(raw) and 0x80 <= raw[e] <= 0xBF):
                err(cid, "span %d-%d not on a UTF-8 boundary" % (s, e))
                continue
            val = raw[s:e].decode("utf-8")
            if val[0].isspace() or val[-1].isspace() or val[0] in BAD_START or val[-1] in BAD_END:
                err(cid, "span %r starts or ends with space/punctuation" % val)
            before = raw[:s].decode("utf-8")[-1:]
            after = raw[e:].decode("utf-8")[:1]
            if before.isalnum() or after.isalnum() or (before and before in "@+") or after == "@":
                err(cid, "span %r cuts a word or number (%r before, %r after)" % (val, before, after))
            if val.count("(") != val.count(")"):
                err(cid, "unbalanced brackets in %r" % val)
            spans.append((s, e, kind, typ, val))
            if kind == "E":
                if typ not in ENTITY_TYPES:
                    err(cid, "entity type %s" % typ)
                    continue
                ent_count[(typ, lang)] += 1
                if typ in VALIDATE:
                    if not VALIDATE[typ](val):
                        err(cid, "invalid %s %r" % (typ, val))
                    # the id must not also pass another id check of its digit length
                    b = bare_digits(val)
                    if b:
                        other = digit_passes(b) - {typ, "LUHN11"}
                        if other:
                            err(cid, "%s %r also passes %s" % (typ, val, sorted(other)))
                elif typ == "PHONE":
                    phones[lang] += 1
                    if not v_phone(val):
                        err(cid, "bad phone %r" % val)
                    for d in all_digit_strings(val):
                        if digit_passes(d):
                            err(cid, "phone %r passes %s" % (val, sorted(digit_passes(d))))
                elif typ == "EMAIL":
                    if not EMAIL_RE.fullmatch(val):
                        err(cid, "bad e-mail %r" % val)
                elif typ == "URL":
                    if not PERSONAL_URL_RE.match(val):
                        err(cid, "URL does not look personal %r" % val)
                elif typ == "IP":
                    if not v_ip(val):
                        err(cid, "bad IP %r" % val)
                elif typ == "PERSON":
                    if not PERSON_RE.fullmatch(val):
                        err(cid, "bad name %r" % val)
                elif typ == "ADDRESS":
                    if not (re.search(r"\d", val) and re.search(r"[^\W\d_]{3}", val) and len(val) >= 12):
                        err(cid, "bad address %r" % val)
            else:
                why = it.get("why")
                if why not in WHYS:
                    err(cid, "distractor why %r" % why)
                dist_count[(typ, why)] += 1
                if why == "check digit fails":
                    if typ not in VALIDATE:
                        err(cid, "check-digit distractor of type %s" % typ)
                    elif VALIDATE[typ](val):
                        err(cid, "distractor %s %r passes its check" % (typ, val))
                    b = bare_digits(val)
                    if b and digit_passes(b):
                        err(cid, "distractor %r passes %s" % (val, sorted(digit_passes(b))))
                    if typ == "IBAN" and iban_mod97(val):
                        err(cid, "IBAN distractor passes mod 97 %r" % val)
                    if typ == "FI_HETU" and not re.fullmatch(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]", val.upper()):
                        err(cid, "hetu distractor malformed %r" % val)
                    # a look-alike keeps the shape of the identifier it imitates
                    shape = {"IBAN": lambda v: v.replace(" ", "")[:2].upper() in IBAN_LENGTHS
                             and len(v.replace(" ", "")) == IBAN_LENGTHS[v.replace(" ", "")[:2].upper()],
                             "IT_CODICE_FISCALE": lambda v: re.fullmatch(r"[A-Z]{6}\w{2}[A-Z]\w{2}[A-Z]\w{3}[A-Z]", v.upper()),
                             "IT_PARTITA_IVA": lambda v: re.fullmatch(r"(IT)?\d{11}", v),
                             "GR_AMKA": lambda v: re.fullmatch(r"\d{6}[ -]?\d{5}", v),
                             "GR_AFM": lambda v: re.fullmatch(r"(EL)?\d{9}|\d{3} \d{3} \d{3}", v),
                             "RO_CNP": lambda v: len(v.replace(" ", "")) == 13 and v.replace(" ", "").isdigit(),
                             "CARD": lambda v: len(re.sub(r"[ -]", "", v)) in (15, 16)}
                    if typ in shape and not shape[typ](val):
                        err(cid, "%s distractor does not look like one %r" % (typ, val))
                elif why == "tricky negative":
                    if typ not in TRICKY_TYPES:
                        err(cid, "tricky type %s" % typ)
                    for d in all_digit_strings(val):
                        if digit_passes(d):
                            err(cid, "tricky %r passes %s" % (val, sorted(digit_passes(d))))
                elif why == "not personal":
                    if typ != "URL" or not val.startswith("https://"):
                        err(cid, "not-personal distractor %r" % val)
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            err(cid, "overlapping spans %r and %r" % (a[4], b[4]))
    etypes = {e["type"] for e in r["entities"]}
    if etypes & set(ID_TYPES):
        with_id[lang] += 1
    if "PHONE" in etypes:
        with_phone[lang] += 1
    if not etypes:
        no_pd[lang] += 1

    # leak scan: nothing valid may be left outside the entity spans
    masked = bytearray(raw)
    for s, e, kind, typ, val in spans:
        if kind == "E":
            masked[s:e] = b" " * (e - s)
    rest = masked.decode("utf-8", "replace")
    if EMAIL_RE.search(rest):
        err(cid, "unmarked e-mail %r" % EMAIL_RE.search(rest).group())
    for m in re.finditer(r"\d+", rest):
        if digit_passes(m.group()):
            err(cid, "unmarked digit run %r passes %s" % (m.group(), sorted(digit_passes(m.group()))))
    for m in re.finditer(r"\d(?:[ -]?\d){11,18}", rest):
        d = re.sub(r"\D", "", m.group())
        if "CARD" in digit_passes(d) and v_card(m.group()):
            err(cid, "unmarked card %r" % m.group())
    for m in re.finditer(r"\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{1,4}){3,8}\b", rest):
        if v_iban(m.group()):
            err(cid, "unmarked IBAN %r" % m.group())
    for m in re.finditer(r"\b[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9A-Za-z]{2}[A-Za-z][0-9A-Za-z]{3}[A-Za-z]\b", rest):
        if v_cf(m.group()):
            err(cid, "unmarked codice fiscale %r" % m.group())
    for m in re.finditer(r"\b\d{6}[-+A-Fa-fU-Yu-y]\d{3}[0-9A-Ya-y]\b", rest):
        if v_hetu(m.group()):
            err(cid, "unmarked henkilötunnus %r" % m.group())

# ---------------------------------------------------------------- report

print("file: %s" % os.path.basename(PATH))
print("cases: %d  (%s)" % (len(rows), ", ".join("%s %d" % (l, lang_count[l]) for l in LANGS)))
n = len(rows) or 1
tot_id, tot_ph, tot_no = sum(with_id.values()), sum(with_phone.values()), sum(no_pd.values())
print("texts with >=1 valid identifier: %d (%.1f %%)" % (tot_id, 100.0 * tot_id / n))
print("texts with >=1 phone:            %d (%.1f %%)" % (tot_ph, 100.0 * tot_ph / n))
print("texts with no personal data:     %d (%.1f %%)" % (tot_no, 100.0 * tot_no / n))
print()
print("entities per type and language")
print("%-20s" % "type" + "".join("%6s" % l for l in LANGS) + "%6s" % "all")
for t in sorted(ENTITY_TYPES):
    vals = [ent_count[(t, l)] for l in LANGS]
    print("%-20s" % t + "".join("%6d" % v for v in vals) + "%6d" % sum(vals))
vals = [sum(ent_count[(t, l)] for t in ENTITY_TYPES) for l in LANGS]
print("%-20s" % "all" + "".join("%6d" % v for v in vals) + "%6d" % sum(vals))
print()
print("distractors (must NOT be redacted)")
for (t, w), c in sorted(dist_count.items()):
    print("  %-18s %-18s %4d" % (t, w, c))
print()
print("categories")
cats = sorted({c for c, _ in cat_count})
print("%-14s" % "category" + "".join("%6s" % l for l in LANGS) + "%6s" % "all")
for c in cats:
    vals = [cat_count[(c, l)] for l in LANGS]
    print("%-14s" % c + "".join("%6d" % v for v in vals) + "%6d" % sum(vals))
print()
if errors:
    for e in errors[:200]:
        print("ERROR", e)
    print("%d errors" % len(errors))
    sys.exit(1)
print("OK: no errors")
