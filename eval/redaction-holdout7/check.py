#!/usr/bin/env python3
"""Validate cases.jsonl of redaction-holdout7 and print its counts.

The validators here are written again, apart from generate.py's, so that a
mistake in the generator is not simply repeated.  Exit status 1 on any error.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "cases.jsonl")
LANGS = ["en", "it", "el", "ro", "fi"]
ID_TYPES = ["CARD", "IBAN", "IT_CODICE_FISCALE", "IT_PARTITA_IVA", "GR_AMKA", "GR_AFM",
            "RO_CNP", "FI_HETU"]
TYPES = ID_TYPES + ["PHONE", "EMAIL", "PERSON", "ADDRESS", "URL", "IP"]

errors = []


def err(case, msg):
    errors.append("%s: %s" % (case.get("id", "?"), msg))


# ---------------------------------------------------------------- spoken digits
WORDS = {}
for i, w in enumerate("zero one two three four five six seven eight nine".split()):
    WORDS[w] = str(i)
for i, w in enumerate("zero uno due tre quattro cinque sei sette otto nove".split()):
    WORDS[w] = str(i)
for i, w in enumerate("μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()):
    WORDS[w] = str(i)
WORDS.update({"επτά": "7", "οκτώ": "8", "εννέα": "9", "oh": "0"})
for i, w in enumerate("zero unu doi trei patru cinci șase șapte opt nouă".split()):
    WORDS[w] = str(i)
for i, w in enumerate("nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän".split()):
    WORDS[w] = str(i)


def words_to_digits(s):
    """'oh seven double four, one' -> '07441'; None if a token is unknown."""
    toks = [t for t in re.split(r"[\s,]+", s.lower()) if t]
    out, mult = [], 1
    for t in toks:
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            continue
        if t.isdigit():
            out.append(t * mult if len(t) == 1 else t)
        elif t in WORDS:
            out.append(WORDS[t] * mult)
        else:
            return None
        mult = 1
    return "".join(out)


def has_words(s):
    return bool(re.search(r"[^\W\d_]{2,}", s)) and not re.fullmatch(r"[A-Za-z]{0,2}[\d\s.\-]+", s)


# ---------------------------------------------------------------- checks
def luhn(s):
    if not s.isdigit():
        return False
    total = 0
    for k, ch in enumerate(s[::-1]):
        d = int(ch) * (2 if k % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def real_date(y, m, d):
    import datetime
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


IBAN_LENGTHS = dict(AT=20, BE=16, BG=22, CY=28, DE=22, DK=18, EE=20, ES=24, FI=18, FR=27, GB=22,
                    GR=27, HR=21, IE=22, IT=27, LT=20, LU=20, MT=31, NL=18, PL=28, PT=25, RO=24,
                    SE=24, SI=19, SK=24)


def ok_iban(raw):
    s = re.sub(r"[\s\-]", "", raw).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    n = int("".join(str(int(c, 36)) for c in s[4:] + s[:4]))
    return n % 97 == 1


def card_digits(raw):
    if has_words(raw):
        return words_to_digits(raw)
    return re.sub(r"[\s\-.]", "", raw)


def ok_card(raw):
    d = card_digits(raw)
    if not d or not d.isdigit() or not 13 <= len(d) <= 19:
        return False
    brand = (d[0] == "4" or 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720
             or d[:2] in ("34", "37", "36"))
    return brand and luhn(d)


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] +
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
CF_EVEN = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", list(range(10)) + list(range(26))))
OMOCODE = dict(zip("LMNPQRSTUV", "0123456789"))


def cf_text(raw):
    if " come " in raw:     # dictated letter by letter: "R come Roma, 8 5, ..."
        out = []
        for part in raw.split(","):
            part = part.strip()
            m = re.fullmatch(r"([A-Z]) come \S+", part)
            if m:
                out.append(m.group(1))
            elif re.fullmatch(r"[\d ]+", part):
                out.append(part.replace(" ", ""))
            else:
                return ""
        return "".join(out)
    return re.sub(r"\s", "", raw).upper()


def ok_cf(raw):
    s = cf_text(raw)
    if not re.fullmatch(r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]", s):
        return False
    total = sum((CF_ODD if k % 2 == 0 else CF_EVEN)[c] for k, c in enumerate(s[:15]))
    if chr(65 + total % 26) != s[15]:
        return False
    plain = "".join(OMOCODE.get(c, c) if k in (6, 7, 9, 10, 12, 13, 14) else c for k, c in enumerate(s))
    day = int(plain[9:11])
    day = day - 40 if day > 40 else day
    month = "ABCDEHLMPRST".index(plain[8]) + 1
    return real_date(2000, month, day)    # leap year: 29 Feb allowed


def piva_digits(raw):
    s = raw.strip()
    if has_words(s) and not s.upper().startswith("IT"):
        return words_to_digits(s) or ""
    s = re.sub(r"^IT\s?", "", s.upper())
    return re.sub(r"\s", "", s)


def ok_piva(raw):
    d = piva_digits(raw)
    return len(d) == 11 and luhn(d) and (1 <= int(d[7:10]) <= 100 or d[7:10] in ("120", "121"))


def amka_digits(raw):
    return words_to_digits(raw) if has_words(raw) else re.sub(r"[\s\-]", "", raw)


def ok_amka(raw):
    d = amka_digits(raw) or ""
    if len(d) != 11 or not luhn(d):
        return False
    dd, mm, yy = int(d[:2]), int(d[2:4]), int(d[4:6])
    return real_date(1900 + yy, mm, dd) or real_date(2000 + yy, mm, dd)


def afm_digits(raw):
    if has_words(raw) and not raw.upper().startswith("EL"):
        return words_to_digits(raw) or ""
    return re.sub(r"[\s.\-]", "", re.sub(r"^(EL|GR)\s?", "", raw.upper()))


def ok_afm(raw):
    d = afm_digits(raw)
    if len(d) != 9 or not d.isdigit() or d == "0" * 9:
        return False
    total = sum(int(d[k]) * 2 ** (8 - k) for k in range(8))
    return total % 11 % 10 == int(d[8])


def cnp_digits(raw):
    return (words_to_digits(raw) or "") if has_words(raw) else re.sub(r"[\s\-]", "", raw)


def ok_cnp(raw):
    d = cnp_digits(raw)
    if len(d) != 13 or not d.isdigit():
        return False
    weights = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
    r = sum(int(a) * b for a, b in zip(d, weights)) % 11
    if (1 if r == 10 else r) != int(d[12]):
        return False
    century = {"1": 1900, "2": 1900, "3": 1800, "4": 1800, "5": 2000, "6": 2000, "7": 1900,
               "8": 1900, "9": 1900}.get(d[0])
    if century is None:
        return False
    yy, mm, dd = int(d[1:3]), int(d[3:5]), int(d[5:7])
    county = int(d[7:9])
    if d[0] in "78":       # residents: either century
        dated = real_date(1900 + yy, mm, dd) or real_date(2000 + yy, mm, dd)
    else:
        dated = real_date(century + yy, mm, dd)
    return dated and (1 <= county <= 46 or county in (51, 52))


HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
HETU_CENTURY = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
                "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}


def hetu_text(raw):
    s = raw.upper().replace(" VIIVA ", "-").replace(" PLUS ", "+")
    return re.sub(r"\s", "", s)


def ok_hetu(raw):
    s = hetu_text(raw)
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])", s)
    if not m:
        return False
    dd, mm, yy, sign, nnn, chk = m.groups()
    if not real_date(HETU_CENTURY[sign] + int(yy), int(mm), int(dd)):
        return False
    if not 2 <= int(nnn) <= 899:
        return False
    return HETU_CHECK[int(dd + mm + yy + nnn) % 31] == chk


CHECK = {"CARD": ok_card, "IBAN": ok_iban, "IT_CODICE_FISCALE": ok_cf, "IT_PARTITA_IVA": ok_piva,
         "GR_AMKA": ok_amka, "GR_AFM": ok_afm, "RO_CNP": ok_cnp, "FI_HETU": ok_hetu}


def digit_checks(d):
    """Names of the digit-only id checks that the bare digit string d passes."""
    hits = []
    if len(d) == 9 and ok_afm(d):
        hits.append("GR_AFM")
    if len(d) == 11 and ok_amka(d):
        hits.append("GR_AMKA")
    if len(d) == 11 and ok_piva(d):
        hits.append("IT_PARTITA_IVA")
    if len(d) == 13 and ok_cnp(d):
        hits.append("RO_CNP")
    if 12 <= len(d) <= 19 and luhn(d):
        hits.append("LUHN")
    return hits


# ---------------------------------------------------------------- other types
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
AT_WORDS = {"at", "chiocciola", "παπάκι", "arond", "ät"}
DOT_WORDS = {"dot", "punto", "τελεία", "punct", "piste"}


def ok_email(raw):
    if EMAIL_RE.fullmatch(raw):
        return True
    toks = raw.split()
    return (len(toks) >= 5 and sum(t in AT_WORDS for t in toks) == 1
            and any(t in DOT_WORDS for t in toks[toks.index(next(t for t in toks if t in AT_WORDS)):]))


def ok_phone(raw):
    if re.fullmatch(r"[\d\s+().\-/]+", raw):
        d = re.sub(r"\D", "", raw)
        return 9 <= len(d) <= 15 and raw.count("+") <= 1
    d = words_to_digits(raw)
    return d is not None and 9 <= len(d) <= 13


def ok_person(raw):
    return bool(re.fullmatch(r"[^\W\d_][^\W\d_'’.\-]*(?:['’\-. ]+[^\W\d_]+)*", raw)) and len(raw) >= 2


def ok_address(raw):
    return len(raw) >= 12 and re.search(r"\d", raw) and re.search(r"[^\W\d_]{3,}", raw)


def valid(t, raw):
    if t in CHECK:
        return CHECK[t](raw)
    return {"EMAIL": ok_email, "PHONE": ok_phone, "PERSON": ok_person,
            "ADDRESS": ok_address}.get(t, lambda r: False)(raw)


# ---------------------------------------------------------------- leak scan
def digit_runs(text):
    """Groups of digits joined by single spaces, dashes or dots, as lists of groups."""
    for m in re.finditer(r"\d+(?:[ .\-]\d+)*", text):
        yield re.split(r"[ .\-]", m.group(0))


def leak_scan(case, outside):
    for m in EMAIL_RE.finditer(outside):
        err(case, "e-mail outside spans: %r" % m.group(0))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b", outside):
        if ok_iban(m.group(0)):
            err(case, "valid IBAN outside spans: %r" % m.group(0))
    for m in re.finditer(r"\b[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z]\b", outside):
        if ok_cf(m.group(0)):
            err(case, "valid codice fiscale outside spans: %r" % m.group(0))
    for m in re.finditer(r"\b\d{6}[-+A-FU-Ya-fu-y]\d{3}[0-9A-Ya-y]\b", outside):
        if ok_hetu(m.group(0)):
            err(case, "valid henkilötunnus outside spans: %r" % m.group(0))
    for groups in digit_runs(outside):
        for a in range(len(groups)):
            for b in range(a + 1, len(groups) + 1):
                d = "".join(groups[a:b])
                hits = digit_checks(d)
                if hits:
                    err(case, "digit run %r outside spans passes %s" % (d, hits))


# ---------------------------------------------------------------- main
def main():
    rows = [json.loads(l) for l in open(PATH, encoding="utf-8")]
    seen = set()
    ent_count = collections.defaultdict(collections.Counter)
    dis_count = collections.Counter()
    per_lang = collections.Counter()
    no_pii = collections.Counter()
    signs = collections.Counter()
    words_read = collections.Counter()
    invalid_by_lang = collections.Counter()
    for c in rows:
        if c["id"] in seen:
            err(c, "duplicate id")
        seen.add(c["id"])
        if c["lang"] not in LANGS or not c["id"].startswith(c["lang"] + "-"):
            err(c, "bad lang")
        per_lang[c["lang"]] += 1
        raw = c["text"].encode("utf-8")
        spans = []
        for kind in ("entities", "distractors"):
            for sp in c[kind]:
                s, e = sp["start"], sp["end"]
                if not (0 <= s < e <= len(raw)):
                    err(c, "span out of range %r" % sp)
                    continue
                try:
                    piece = raw[s:e].decode("utf-8")
                except UnicodeDecodeError:
                    err(c, "span not on character boundary %r" % sp)
                    continue
                try:
                    raw[:s].decode("utf-8")
                except UnicodeDecodeError:
                    err(c, "span start not on a boundary %r" % sp)
                if piece != piece.strip():
                    err(c, "span with surrounding space %r" % piece)
                fi_date = c["lang"] == "fi" and sp["type"] == "DATE" and re.fullmatch(r"\d{1,2}\.\d{1,2}\.", piece)
                if (piece[-1] in ".,;:!?" and not fi_date) or piece[0] in ".,;:!?":
                    err(c, "span with sentence punctuation %r" % piece)
                if piece[-1] == ")" and "(" not in piece:
                    err(c, "unbalanced bracket %r" % piece)
                spans.append((s, e, kind, sp["type"], piece, sp.get("why")))
        spans.sort()
        for x, y in zip(spans, spans[1:]):
            if y[0] < x[1]:
                err(c, "overlapping spans %r %r" % (x[4], y[4]))
        outside = bytearray(raw)
        for s, e, kind, t, piece, why in spans:
            if kind == "entities":
                if t not in TYPES:
                    err(c, "unknown type %s" % t)
                if not valid(t, piece):
                    err(c, "%s span fails its check: %r" % (t, piece))
                ent_count[t][c["lang"]] += 1
                own = {"GR_AMKA": {"GR_AMKA"}, "IT_PARTITA_IVA": {"IT_PARTITA_IVA"}, "GR_AFM": {"GR_AFM"},
                       "RO_CNP": {"RO_CNP"}, "CARD": {"LUHN"}}.get(t)
                if own:
                    d = {"GR_AMKA": amka_digits, "IT_PARTITA_IVA": piva_digits, "GR_AFM": afm_digits,
                         "RO_CNP": cnp_digits, "CARD": card_digits}[t](piece) or ""
                    if set(digit_checks(d)) - own:
                        err(c, "%s %r also passes %s" % (t, piece, set(digit_checks(d)) - own))
                if t == "FI_HETU":
                    signs[hetu_text(piece)[6]] += 1
                if t in ID_TYPES + ["PHONE"] and has_words(piece) and t not in ("IBAN", "IT_CODICE_FISCALE"):
                    words_read[t] += 1
                outside[s:e] = b" " * (e - s)
            else:
                dis_count[(t, why)] += 1
                if why == "check digit fails":
                    if t not in CHECK:
                        err(c, "look-alike of unknown id type %s" % t)
                    elif CHECK[t](piece):
                        err(c, "look-alike passes its check: %r" % piece)
                    d = re.sub(r"\D", "", piece)
                    if t not in ("IBAN", "IT_CODICE_FISCALE", "FI_HETU") and digit_checks(d):
                        err(c, "look-alike %r passes another check %s" % (piece, digit_checks(d)))
                    if t == "IT_CODICE_FISCALE" and not re.fullmatch(r"[A-Za-z0-9]{16}", piece):
                        err(c, "codice fiscale look-alike has a wrong shape %r" % piece)
                    invalid_by_lang[c["lang"]] += 1
                    outside[s:e] = b" " * (e - s)   # checked as a whole above
        leak_scan(c, outside.decode("utf-8", errors="replace"))
        if not c["entities"] and not any(d["why"] == "check digit fails" for d in c["distractors"]):
            no_pii[c["lang"]] += 1

    print("file: %s" % os.path.basename(PATH))
    print("cases: %d  (%s)" % (len(rows), ", ".join("%s %d" % (l, per_lang[l]) for l in LANGS)))
    for l in LANGS:
        if per_lang[l] != 100:
            errors.append("%s has %d cases, not 100" % (l, per_lang[l]))
    print("\nentities per type and language")
    print("%-18s" % "type" + "".join("%6s" % l for l in LANGS) + "%7s" % "all")
    for t in sorted(ent_count):
        print("%-18s" % t + "".join("%6d" % ent_count[t][l] for l in LANGS) + "%7d" % sum(ent_count[t].values()))
    print("\nFinnish century signs among valid henkilötunnus:", " ".join("%s:%d" % (k, signs[k]) for k in "+-YXWVUABCDEF"))
    print("ids/phones read out in words:", dict(words_read))
    print("\ndistractors (must NOT be redacted)")
    for (t, why), n in sorted(dis_count.items()):
        print("  %-18s %-18s %4d" % (t, why, n))
    n_bad = sum(n for (t, why), n in dis_count.items() if why == "check digit fails")
    print("mistyped look-alikes: %d (%s)" % (n_bad, ", ".join("%s %d" % (l, invalid_by_lang[l]) for l in LANGS)))
    print("messages with no personal data at all: %d (%s)" % (sum(no_pii.values()),
          ", ".join("%s %d" % (l, no_pii[l]) for l in LANGS)))

    # the brief's minimums
    for t in ID_TYPES:
        if sum(ent_count[t].values()) < 50:
            errors.append("fewer than 50 valid %s" % t)
        for l in LANGS:
            if ent_count[t][l] == 0:
                errors.append("no valid %s in %s" % (t, l))
    for t, n in (("PHONE", 120), ("EMAIL", 50), ("PERSON", 150), ("ADDRESS", 40)):
        if sum(ent_count[t].values()) < n:
            errors.append("fewer than %d %s" % (n, t))
    if n_bad < 80:
        errors.append("fewer than 80 look-alikes")
    if sum(no_pii.values()) < 40:
        errors.append("fewer than 40 messages without personal data")
    for k in HETU_CENTURY:
        if not signs[k]:
            errors.append("century sign %r unused" % k)

    if errors:
        print("\n%d ERRORS" % len(errors))
        for e in errors[:200]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: no errors")


if __name__ == "__main__":
    main()
