#!/usr/bin/env python3
"""Generate cases.jsonl for the redaction hold-out set 7.

Standard library only, fixed seed: running it twice gives the same file byte
for byte.  Every identifier is built from its published check-digit rule,
every mistyped look-alike is a valid identifier with one character changed and
re-checked so that it fails, and every span offset is computed by the parser
at the bottom of this file from the text it marks (never typed by hand).

Templates mark pieces inline:  E(TYPE, value) for personal data that must be
redacted, D(TYPE, value, why) for things that must NOT be redacted.  The
parser strips the marks and records UTF-8 byte offsets (end exclusive), as the
format README of eval/redaction asks.
"""
import json
import os
import random
import unicodedata

SEED = 7_2026_0311
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases.jsonl")

ID_TYPES = {"CARD", "IBAN", "IT_CODICE_FISCALE", "IT_PARTITA_IVA", "GR_AMKA",
            "GR_AFM", "RO_CNP", "FI_HETU"}

# --------------------------------------------------------------------------
# inline marks
# --------------------------------------------------------------------------
_BAD = "\x01\x02\x03\x04\x05"


def E(t, v):
    assert v and not any(c in v for c in _BAD), (t, v)
    assert v == v.strip() and v[-1] not in ".,;:!?", (t, v)
    return "\x01" + t + "\x02" + v + "\x03"


def D(t, v, why=None):
    assert v and not any(c in v for c in _BAD), (t, v)
    if why is None:
        why = "check digit fails" if t in ID_TYPES else "tricky negative"
    return "\x04" + t + "\x05" + why + "\x02" + v + "\x03"


def parse(markup):
    """Strip the marks; return text, entities, distractors (byte offsets)."""
    parts, ents, dis = [], [], []
    pos = 0
    i = 0
    while i < len(markup):
        c = markup[i]
        if c in "\x01\x04":
            j = markup.index("\x02", i)
            k = markup.index("\x03", j)
            head, val = markup[i + 1:j], markup[j + 1:k]
            assert not any(x in val for x in "\x01\x04"), "nested mark"
            start = pos
            pos += len(val.encode("utf-8"))
            parts.append(val)
            if c == "\x01":
                ents.append({"type": head, "start": start, "end": pos})
            else:
                t, why = head.split("\x05")
                dis.append({"type": t, "start": start, "end": pos, "why": why})
            i = k + 1
        else:
            assert c not in "\x02\x03\x05", repr(markup)
            parts.append(c)
            pos += len(c.encode("utf-8"))
            i += 1
    text = "".join(parts)
    raw = text.encode("utf-8")
    for sp in ents + dis:   # offsets must give back exactly the marked value
        raw[sp["start"]:sp["end"]].decode("utf-8")
    return text, ents, dis


# --------------------------------------------------------------------------
# check-digit rules
# --------------------------------------------------------------------------
def luhn_sum(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot


def luhn_ok(s):
    return s.isdigit() and luhn_sum(s) % 10 == 0


def luhn_digit(payload):
    return str((10 - luhn_sum(payload + "0") % 10) % 10)


def date_ok(y, m, d):
    if not (1 <= m <= 12) or d < 1:
        return False
    mdays = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
             31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return d <= mdays[m - 1]


def ddmmyy_plausible(s):
    """Could s[:6] be DDMMYY in some century?"""
    d, m, y = int(s[0:2]), int(s[2:4]), int(s[4:6])
    return date_ok(2000 + y, m, d) or date_ok(1900 + y, m, d)


# IBAN ------------------------------------------------------------------
IBAN_LEN = {"AT": 20, "BE": 16, "BG": 22, "CY": 28, "DE": 22, "DK": 18,
            "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27,
            "HR": 21, "IE": 22, "IT": 27, "LT": 20, "LU": 20, "MT": 31,
            "NL": 18, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19,
            "SK": 24}


def iban_mod97(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return (s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]]
            and s.isalnum() and iban_mod97(s) == 1)


def iban_with_check(cc, bban):
    r = iban_mod97(cc + "00" + bban)
    return cc + "%02d" % (98 - r) + bban


# Italian odd/even tables (codice fiscale check letter and bank CIN) ---------
_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
        16, 10, 22, 25, 24, 23]


def _it_val(c, odd):
    idx = int(c) if c.isdigit() else ord(c) - 65
    return _ODD[idx] if odd else idx


def it_check_letter(s):
    tot = sum(_it_val(c, i % 2 == 0) for i, c in enumerate(s))
    return chr(65 + tot % 26)


# codice fiscale -------------------------------------------------------------
CF_MONTHS = "ABCDEHLMPRST"
OMO = "LMNPQRSTUV"
OMO_POS = [14, 13, 12, 10, 9, 7, 6]


def _letters(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s.upper() if "A" <= c <= "Z")


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
        cons = [cons[0], cons[2], cons[3]]
    return "".join((cons + vow + ["X"] * 3)[:3])


def cf_ok(s):
    s = s.upper()
    return len(s) == 16 and s[15] == it_check_letter(s[:15])


# partita IVA ------------------------------------------------------------
PIVA_OFFICES = list(range(1, 101)) + [120, 121]


def piva_ok(s):
    return (len(s) == 11 and s.isdigit() and luhn_ok(s)
            and int(s[7:10]) in PIVA_OFFICES)


# Greek AFM / AMKA ------------------------------------------------------------
def afm_digit(d8):
    return str(sum(int(d) << (8 - i) for i, d in enumerate(d8)) % 11 % 10)


def afm_ok(s):
    return len(s) == 9 and s.isdigit() and s != "000000000" and afm_digit(s[:8]) == s[8]


def amka_ok(s):
    return len(s) == 11 and s.isdigit() and luhn_ok(s) and ddmmyy_plausible(s)


# Romanian CNP ----------------------------------------------------------------
CNP_KEY = "279146358279"
CNP_COUNTIES = list(range(1, 47)) + [51, 52]


def cnp_digit(d12):
    r = sum(int(a) * int(b) for a, b in zip(d12, CNP_KEY)) % 11
    return "1" if r == 10 else str(r)


def cnp_ok(s):
    if len(s) != 13 or not s.isdigit() or s[0] == "0":
        return False
    return cnp_digit(s[:12]) == s[12]


# Finnish henkilötunnus --------------------------------------------------------
HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
HETU_CENT = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900,
             "U": 1900, "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000,
             "F": 2000}


def hetu_ok(s):
    s = s.upper()
    if len(s) != 11 or s[6] not in HETU_CENT:
        return False
    body = s[:6] + s[7:10]
    if not body.isdigit():
        return False
    return HETU_CHARS[int(body) % 31] == s[10]


def s10_digit(d8):
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * b for a, b in zip(d8, w)) % 11
    return "0" if c == 10 else "5" if c == 11 else str(c)


def any_id_ok(digits):
    """Does a bare digit string pass any digit-only id check of its length?"""
    n = len(digits)
    if n == 9 and afm_ok(digits):
        return True
    if n == 11 and luhn_ok(digits):            # AMKA and partita IVA are Luhn
        return True
    if n == 13 and cnp_ok(digits):
        return True
    if 12 <= n <= 19 and luhn_ok(digits):
        return True
    return False


# --------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------
def strip_acc(s):
    s = s.replace("ș", "s").replace("ț", "t").replace("Ș", "S").replace("Ț", "T")
    s = s.replace("ş", "s").replace("ţ", "t").replace("Ş", "S").replace("Ţ", "T")
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def cedilla(s):
    """Romanian text typed on an old keyboard layout (ş ţ with cedilla)."""
    return s.replace("ș", "ş").replace("ț", "ţ").replace("Ș", "Ş").replace("Ț", "Ţ")


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def by(s, n, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    "el": ["μηδέν", "ένα", "δύο", "τρία", "τέσσερα", "πέντε", "έξι", "εφτά", "οχτώ", "εννιά"],
    "ro": ["zero", "unu", "doi", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă"],
    "fi": ["nolla", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän",
           "kahdeksan", "yhdeksän"],
}


def spell(lang, digits, sizes=None, oh=False, double=False):
    """Digits read out one by one, groups separated by commas."""
    words = DIGIT_WORDS[lang]
    groups = [digits] if not sizes else group(digits, sizes).split(" ")
    out = []
    for gr in groups:
        toks, i = [], 0
        while i < len(gr):
            d = gr[i]
            w = "oh" if (oh and d == "0") else words[int(d)]
            if double and i + 1 < len(gr) and gr[i + 1] == d and lang == "en":
                toks.append("double " + w)
                i += 2
                continue
            toks.append(w)
            i += 1
        out.append(" ".join(toks))
    return ", ".join(out)


# --------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------
EN_M = ["Oliver", "James", "Daniel", "Tom", "Liam", "Sean", "Conor", "Ravi",
        "Will", "Bill", "Mark", "Jack", "Ben", "Sam"]
EN_F = ["Emily", "Sophie", "Chloe", "Priya", "Aisha", "Siobhan", "Niamh",
        "Ciara", "Grace", "Hope", "Rose", "Amber", "Holly", "Megan"]
EN_L = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Patel",
        "Khan", "Murphy", "O'Brien", "Kelly", "Walsh", "Baker", "White",
        "Young", "Hill", "Wood", "Johnson", "Nguyen", "Miller", "Page",
        "Rivers", "Brooks", "Fletcher", "Mason", "Doyle"]
IT_M = ["Marco", "Luca", "Giuseppe", "Alessandro", "Francesco", "Andrea",
        "Matteo", "Stefano", "Davide", "Paolo", "Franco", "Fortunato",
        "Salvatore", "Vincenzo", "Antonio", "Gianluca"]
IT_F = ["Giulia", "Francesca", "Chiara", "Sara", "Elena", "Valentina", "Rosa",
        "Serena", "Bianca", "Federica", "Alessia", "Martina", "Anna", "Paola",
        "Assunta", "Concetta"]
IT_L = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano",
        "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti",
        "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi",
        "Moretti", "Barbieri", "Fontana", "Santoro", "Caruso", "Leone",
        "D'Angelo", "Martini", "Sala", "Villa", "Serra", "Pellegrini", "Riva"]

# Greek: nominative | genitive | accusative | vocative | latin
EL_M = [l.split("|") for l in """\
Γιώργος|Γιώργου|Γιώργο|Γιώργο|giorgos
Νίκος|Νίκου|Νίκο|Νίκο|nikos
Δημήτρης|Δημήτρη|Δημήτρη|Δημήτρη|dimitris
Κώστας|Κώστα|Κώστα|Κώστα|kostas
Αντώνης|Αντώνη|Αντώνη|Αντώνη|antonis
Παναγιώτης|Παναγιώτη|Παναγιώτη|Παναγιώτη|panagiotis
Χρήστος|Χρήστου|Χρήστο|Χρήστο|christos
Βασίλης|Βασίλη|Βασίλη|Βασίλη|vasilis
Σπύρος|Σπύρου|Σπύρο|Σπύρο|spyros
Μιχάλης|Μιχάλη|Μιχάλη|Μιχάλη|michalis
Άγγελος|Άγγελου|Άγγελο|Άγγελε|angelos
Στέλιος|Στέλιου|Στέλιο|Στέλιο|stelios""".splitlines()]
EL_F = [l.split("|") for l in """\
Μαρία|Μαρίας|Μαρία|Μαρία|maria
Ελένη|Ελένης|Ελένη|Ελένη|eleni
Κατερίνα|Κατερίνας|Κατερίνα|Κατερίνα|katerina
Σοφία|Σοφίας|Σοφία|Σοφία|sofia
Γεωργία|Γεωργίας|Γεωργία|Γεωργία|georgia
Δέσποινα|Δέσποινας|Δέσποινα|Δέσποινα|despoina
Αναστασία|Αναστασίας|Αναστασία|Αναστασία|anastasia
Χαρά|Χαράς|Χαρά|Χαρά|chara
Ελπίδα|Ελπίδας|Ελπίδα|Ελπίδα|elpida
Ειρήνη|Ειρήνης|Ειρήνη|Ειρήνη|eirini
Νίκη|Νίκης|Νίκη|Νίκη|niki
Βασιλική|Βασιλικής|Βασιλική|Βασιλική|vasiliki""".splitlines()]
EL_LM = [l.split("|") for l in """\
Παπαδόπουλος|Παπαδόπουλου|Παπαδόπουλο|Παπαδόπουλε|papadopoulos
Βλάχος|Βλάχου|Βλάχο|Βλάχε|vlachos
Πετρόπουλος|Πετρόπουλου|Πετρόπουλο|Πετρόπουλε|petropoulos
Καραγιάννης|Καραγιάννη|Καραγιάννη|Καραγιάννη|karagiannis
Μαυρίδης|Μαυρίδη|Μαυρίδη|Μαυρίδη|mavridis
Κωνσταντινίδης|Κωνσταντινίδη|Κωνσταντινίδη|Κωνσταντινίδη|konstantinidis
Γεωργίου|Γεωργίου|Γεωργίου|Γεωργίου|georgiou
Νικολάου|Νικολάου|Νικολάου|Νικολάου|nikolaou
Οικονόμου|Οικονόμου|Οικονόμου|Οικονόμου|oikonomou
Αλεξίου|Αλεξίου|Αλεξίου|Αλεξίου|alexiou
Λαμπράκης|Λαμπράκη|Λαμπράκη|Λαμπράκη|lamprakis
Σταθόπουλος|Σταθόπουλου|Σταθόπουλο|Σταθόπουλε|stathopoulos""".splitlines()]
EL_LF = [l.split("|") for l in """\
Παπαδοπούλου|papadopoulou
Βλάχου|vlachou
Πετροπούλου|petropoulou
Καραγιάννη|karagianni
Μαυρίδου|mavridou
Κωνσταντινίδου|konstantinidou
Γεωργίου|georgiou
Νικολάου|nikolaou
Οικονόμου|oikonomou
Αλεξίου|alexiou
Λαμπράκη|lampraki
Σταθοπούλου|stathopoulou""".splitlines()]
EL_LF = [[a, a, a, a, b] for a, b in EL_LF]

RO_M = ["Andrei", "Mihai", "Ion", "Alexandru", "Ștefan", "Gheorghe", "Florin",
        "Mircea", "Vasile", "Răzvan", "Cătălin", "Bogdan", "Radu", "Ionuț",
        "Sorin", "Vlad"]
# female: nominative | genitive-dative
RO_F = [l.split("|") for l in """\
Maria|Mariei
Elena|Elenei
Ioana|Ioanei
Andreea|Andreei
Alexandra|Alexandrei
Ana|Anei
Mihaela|Mihaelei
Cristina|Cristinei
Speranța|Speranței
Doina|Doinei
Florentina|Florentinei
Roxana|Roxanei
Oana|Oanei
Gabriela|Gabrielei
Simona|Simonei""".splitlines()]
RO_L = ["Popescu", "Ionescu", "Popa", "Pop", "Stan", "Dumitru", "Stoica",
        "Munteanu", "Constantinescu", "Țurcanu", "Lupu", "Ursu", "Negru",
        "Albu", "Dinu", "Moldovan", "Șerban", "Mureșan", "Nistor", "Bălan",
        "Cioban", "Păun", "Iordache", "Rădulescu", "Tănase", "Ștefănescu",
        "Brânză"]

# Finnish: nom | gen | allative | ablative | adessive | partitive
_FI = lambda block: [l.split("|") for l in block.splitlines()]
FI_M = _FI("""\
Mikko|Mikon|Mikolle|Mikolta|Mikolla|Mikkoa
Juha|Juhan|Juhalle|Juhalta|Juhalla|Juhaa
Timo|Timon|Timolle|Timolta|Timolla|Timoa
Matti|Matin|Matille|Matilta|Matilla|Mattia
Antti|Antin|Antille|Antilta|Antilla|Anttia
Pekka|Pekan|Pekalle|Pekalta|Pekalla|Pekkaa
Jari|Jarin|Jarille|Jarilta|Jarilla|Jaria
Onni|Onnin|Onnille|Onnilta|Onnilla|Onnia
Toivo|Toivon|Toivolle|Toivolta|Toivolla|Toivoa
Ville|Villen|Villelle|Villeltä|Villellä|Villeä
Eero|Eeron|Eerolle|Eerolta|Eerolla|Eeroa
Lauri|Laurin|Laurille|Laurilta|Laurilla|Lauria
Heikki|Heikin|Heikille|Heikiltä|Heikillä|Heikkiä
Kalle|Kallen|Kallelle|Kallelta|Kallella|Kallea
Janne|Jannen|Jannelle|Jannelta|Jannella|Jannea""")
FI_F = _FI("""\
Anna|Annan|Annalle|Annalta|Annalla|Annaa
Sanna|Sannan|Sannalle|Sannalta|Sannalla|Sannaa
Päivi|Päivin|Päiville|Päiviltä|Päivillä|Päiviä
Liisa|Liisan|Liisalle|Liisalta|Liisalla|Liisaa
Tuula|Tuulan|Tuulalle|Tuulalta|Tuulalla|Tuulaa
Aino|Ainon|Ainolle|Ainolta|Ainolla|Ainoa
Hanna|Hannan|Hannalle|Hannalta|Hannalla|Hannaa
Satu|Sadun|Sadulle|Sadulta|Sadulla|Satua
Lahja|Lahjan|Lahjalle|Lahjalta|Lahjalla|Lahjaa
Kaisa|Kaisan|Kaisalle|Kaisalta|Kaisalla|Kaisaa
Riikka|Riikan|Riikalle|Riikalta|Riikalla|Riikkaa
Minna|Minnan|Minnalle|Minnalta|Minnalla|Minnaa
Helmi|Helmin|Helmille|Helmiltä|Helmillä|Helmiä
Tuuli|Tuulin|Tuulille|Tuulilta|Tuulilla|Tuulia""")
FI_L = _FI("""\
Virtanen|Virtasen|Virtaselle|Virtaselta|Virtasella|Virtasta
Korhonen|Korhosen|Korhoselle|Korhoselta|Korhosella|Korhosta
Nieminen|Niemisen|Niemiselle|Niemiseltä|Niemisellä|Niemistä
Mäkinen|Mäkisen|Mäkiselle|Mäkiseltä|Mäkisellä|Mäkistä
Hämäläinen|Hämäläisen|Hämäläiselle|Hämäläiseltä|Hämäläisellä|Hämäläistä
Laine|Laineen|Laineelle|Laineelta|Laineella|Lainetta
Heikkinen|Heikkisen|Heikkiselle|Heikkiseltä|Heikkisellä|Heikkistä
Koskinen|Koskisen|Koskiselle|Koskiselta|Koskisella|Koskista
Järvinen|Järvisen|Järviselle|Järviseltä|Järvisellä|Järvistä
Lehtonen|Lehtosen|Lehtoselle|Lehtoselta|Lehtosella|Lehtosta
Salminen|Salmisen|Salmiselle|Salmiselta|Salmisella|Salmista
Kivi|Kiven|Kivelle|Kiveltä|Kivellä|Kiveä
Mäki|Mäen|Mäelle|Mäeltä|Mäellä|Mäkeä
Koivisto|Koiviston|Koivistolle|Koivistolta|Koivistolla|Koivistoa
Lahtinen|Lahtisen|Lahtiselle|Lahtiselta|Lahtisella|Lahtista
Ahonen|Ahosen|Ahoselle|Ahoselta|Ahosella|Ahosta""")
FI_CASES = ["nom", "gen", "all", "abl", "ade", "par"]
EL_CASES = ["nom", "gen", "acc", "voc"]


class Person:
    def __init__(self, lang, first, last, female):
        self.lang, self.female = lang, female
        self._f, self._l = first, last     # str or list of forms
        if lang == "el":
            self.first, self.last = first[0], last[0]
            self.lat_first, self.lat_last = first[4], last[4]
        elif lang == "fi":
            self.first, self.last = first[0], last[0]
            self.lat_first = strip_acc(first[0]).lower()
            self.lat_last = strip_acc(last[0]).lower()
        elif lang == "ro" and female:
            self.first, self.last = first[0], last
            self.lat_first, self.lat_last = strip_acc(first[0]).lower(), strip_acc(last).lower()
        else:
            self.first, self.last = first, last
            self.lat_first = strip_acc(first).lower()
            self.lat_last = strip_acc(last).lower()

    @property
    def full(self):
        return self.first + " " + self.last

    def fn(self, case):        # first name in a case
        if self.lang == "el":
            return self._f[EL_CASES.index(case)]
        if self.lang == "fi":
            return self._f[FI_CASES.index(case)]
        if self.lang == "ro" and self.female and case == "dat":
            return self._f[1]
        return self.first

    def ln(self, case):        # surname in a case
        if self.lang == "el":
            return self._l[EL_CASES.index(case)]
        if self.lang == "fi":
            return self._l[FI_CASES.index(case)]
        return self.last

    def full_in(self, case):
        if self.lang == "fi":   # Finnish inflects only the last word
            return self.first + " " + self.ln(case)
        if self.lang == "ro":   # Mariei Popescu / lui Andrei Popescu
            return self.fn(case) + " " + self.last
        return self.fn(case) + " " + self.ln(case)


def _dig(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


class G:
    """Per-language generator of names, identifiers, contacts and negatives."""

    def __init__(self, lang, rng):
        self.lang, self.rng = lang, rng
        self._used = set()

    # ---------------- helpers
    def ch(self, seq):
        return self.rng.choice(seq)

    def r(self, a, b):
        return self.rng.randint(a, b)

    def coin(self, p=0.5):
        return self.rng.random() < p

    def uniq(self, fn):
        for _ in range(1000):
            v = fn()
            if v not in self._used:
                self._used.add(v)
                return v
        raise RuntimeError("no unique value")

    # ---------------- persons
    def P(self, lang=None, female=None):
        lang = lang or self.lang
        if female is None:
            female = self.coin()
        rng = self.rng
        if lang == "en":
            return Person(lang, rng.choice(EN_F if female else EN_M), rng.choice(EN_L), female)
        if lang == "it":
            return Person(lang, rng.choice(IT_F if female else IT_M), rng.choice(IT_L), female)
        if lang == "el":
            return Person(lang, rng.choice(EL_F if female else EL_M),
                          rng.choice(EL_LF if female else EL_LM), female)
        if lang == "ro":
            return Person(lang, rng.choice(RO_F if female else RO_M), rng.choice(RO_L), female)
        if lang == "fi":
            return Person(lang, rng.choice(FI_F if female else FI_M), rng.choice(FI_L), female)
        raise ValueError(lang)

    # ---------------- birth dates
    def dob(self, y0=1945, y1=2004):
        y = self.r(y0, y1)
        m = self.r(1, 12)
        d = self.r(1, 28)
        return y, m, d

    # ---------------- cards
    def card_num(self, brand=None):
        brand = brand or self.ch(["visa", "visa", "mc", "mc2", "amex", "visa", "mc"])
        rng = self.rng
        if brand == "visa":
            pre, n = "4", 16
        elif brand == "mc":
            pre, n = str(rng.randint(51, 55)), 16
        elif brand == "mc2":
            pre, n = str(rng.randint(2221, 2720)), 16
        elif brand == "amex":
            pre, n = rng.choice(["34", "37"]), 15
        elif brand == "diners":
            pre, n = "36", 14
        else:
            raise ValueError(brand)

        def mk():
            p = pre + _dig(rng, n - 1 - len(pre))
            return p + luhn_digit(p)
        return self.uniq(mk)

    def fmt_card(self, num, style=None):
        if style is None:
            style = self.ch(["sp", "sp", "sp", "dash", "plain", "dot", "mixed", "uneven"])
        if len(num) == 15:
            sizes = [4, 6, 5]
        elif len(num) == 14:
            sizes = [4, 6, 4]
        else:
            sizes = [4, 4, 4, 4]
        if style == "sp":
            return group(num, sizes)
        if style == "dash":
            return group(num, sizes, "-")
        if style == "plain":
            return num
        if style == "dot":
            return group(num, sizes, ".")
        if style == "mixed":
            g = group(num, sizes).split(" ")
            return g[0] + " " + g[1] + "-" + "-".join(g[2:])
        if style == "uneven":
            return group(num, [3, 5, 4, 4] if len(num) == 16 else [5, 5, 5])
        if style == "lines":
            g = group(num, sizes).split(" ")
            return " ".join(g[:2]) + "\n" + " ".join(g[2:])
        if style == "two":
            return group(num, [2] * 8)
        raise ValueError(style)

    def card(self, style=None, brand=None):
        return self.fmt_card(self.card_num(brand), style)

    # ---------------- IBAN
    def bban(self, cc):
        rng = self.rng
        d = lambda n: _dig(rng, n)
        if cc == "IT":
            abi = rng.choice(["03069", "02008", "05034", "03062", "01030", "05387", "03111", "08327"])
            cab = d(5)
            acc = d(12)
            return it_check_letter(abi + cab + acc) + abi + cab + acc
        if cc == "GR":
            return rng.choice(["011", "017", "026", "014"]) + d(4) + d(16)
        if cc == "RO":
            bank = rng.choice(["BTRL", "RNCB", "BRDE", "INGB", "RZBR", "BACX", "CECE"])
            tail = d(16)
            if rng.random() < 0.4:
                tail = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if i in (1, 2) else c
                               for i, c in enumerate(tail))
            return bank + tail
        if cc == "FI":
            p = rng.choice(["1", "2", "5", "8", "3"]) + d(12)
            return p + luhn_digit(p)
        if cc == "DE":
            return d(8) + d(10)
        if cc == "FR":
            while True:
                bank, branch, acc = d(5), d(5), d(11)
                key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97
                return bank + branch + acc + "%02d" % key
        if cc == "ES":
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

            def cd(ten):
                c = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
                return "0" if c == 11 else "1" if c == 10 else str(c)
            bank, branch, acc = d(4), d(4), d(10)
            return bank + branch + cd("00" + bank + branch) + cd(acc) + acc
        if cc == "BE":
            ten = d(10)
            k = int(ten) % 97 or 97
            return ten + "%02d" % k
        if cc == "NL":
            while True:
                acc = d(10)
                if acc[0] != "0" and sum(int(c) * (10 - i) for i, c in enumerate(acc)) % 11 == 0:
                    return rng.choice(["INGB", "ABNA", "RABO", "SNSB", "TRIO"]) + acc
        if cc == "GB":
            return rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + d(6) + d(8)
        if cc == "IE":
            return rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + d(6) + d(8)
        fmt = {"AT": 16, "LU": 16, "LT": 16, "EE": 16, "PT": 21, "SE": 20,
               "PL": 24, "DK": 14, "SK": 20, "SI": 15, "HR": 17}
        if cc in fmt:
            return d(fmt[cc])
        if cc == "CY":
            return d(8) + d(16)
        if cc == "MT":
            return rng.choice(["VALL", "MMEB", "APSB"]) + d(5) + d(18)
        if cc == "BG":
            return rng.choice(["BNBG", "UNCR", "STSA"]) + d(4) + d(2) + d(8)
        raise ValueError(cc)

    def iban_num(self, cc):
        def mk():
            return iban_with_check(cc, self.bban(cc))
        v = self.uniq(mk)
        assert iban_ok(v) and len(v) == IBAN_LEN[cc]
        return v

    def fmt_iban(self, v, style=None):
        if style is None:
            style = self.ch(["sp", "sp", "sp", "plain", "lower", "dash", "parts", "uneven", "lines"])
        if style == "sp":
            return by(v, 4)
        if style == "plain":
            return v
        if style == "lower":
            return by(v.lower(), 4) if self.coin() else v.lower()
        if style == "dash":
            return by(v, 4, "-")
        if style == "parts":
            if v.startswith("IT"):     # IT 60 X 05428 11101 000000123456
                return " ".join([v[:2], v[2:4], v[4], v[5:10], v[10:15], v[15:]])
            return v[:4] + " " + v[4:]
        if style == "uneven":
            cut = self.r(8, len(v) - 6)
            return v[:cut] + " " + v[cut:]
        if style == "lines":
            gs = by(v, 4).split(" ")
            k = len(gs) // 2 + self.r(0, 1)
            return " ".join(gs[:k]) + "\n" + " ".join(gs[k:])
        raise ValueError(style)

    def iban(self, cc, style=None):
        return self.fmt_iban(self.iban_num(cc), style)

    # ---------------- codice fiscale
    def cf_code(self, p=None, omo=0):
        rng = self.rng
        if p is None:
            p = self.P("it")
        y, m, d = self.dob()
        belf = rng.choice(["H501", "F205", "F839", "L219", "G273", "A944", "D612",
                           "L736", "C351", "A662", "D969", "L781", "G224", "E506",
                           "B354", "H224", "F158", "B157", "G337", "H703"])
        day = d + 40 if p.female else d
        body = cf_surname(p.last) + cf_name(p.first) + "%02d" % (y % 100) + CF_MONTHS[m - 1] + "%02d" % day + belf
        body = list(body)
        for k in range(omo):
            pos = OMO_POS[k]
            body[pos] = OMO[int(body[pos])]
        body = "".join(body)
        v = body + it_check_letter(body)
        assert cf_ok(v)
        return v

    def cf(self, p=None, omo=None, style=None):
        if omo is None:
            omo = self.ch([0, 0, 0, 0, 1, 1, 2, 3])
        v = self.uniq(lambda: self.cf_code(p, omo))
        if style is None:
            style = self.ch(["up", "up", "up", "lower", "spaced"])
        if style == "lower":
            return v.lower()
        if style == "spaced":
            return v[:3] + " " + v[3:6] + " " + v[6:11] + " " + v[11:]
        return v

    # ---------------- partita IVA
    def piva_num(self):
        def mk():
            while True:
                p = _dig(self.rng, 7) + "%03d" % self.ch(PIVA_OFFICES)
                p += luhn_digit(p)
                if not ddmmyy_plausible(p) and not afm_ok(p[:9]):
                    return p
        return self.uniq(mk)

    def piva(self, style=None):
        v = self.piva_num()
        if style is None:
            style = self.ch(["plain", "plain", "IT", "IT ", "sp"])
        if style == "IT":
            return "IT" + v
        if style == "IT ":
            return "IT " + v
        if style == "sp":
            return group(v, [3, 4, 4])
        return v

    # ---------------- AMKA
    def amka_num(self, p=None):
        def mk():
            while True:
                y, m, d = self.dob()
                s = "%02d%02d%02d" % (d, m, y % 100) + _dig(self.rng, 4)
                s += luhn_digit(s)
                if int(s[7:10]) not in PIVA_OFFICES:   # never also a partita IVA
                    return s
        return self.uniq(mk)

    def amka(self, style=None):
        v = self.amka_num()
        style = style or self.ch(["plain", "plain", "plain", "6-5", "2-2-2-5", "dash"])
        if style == "6-5":
            return v[:6] + " " + v[6:]
        if style == "2-2-2-5":
            return group(v, [2, 2, 2, 5])
        if style == "dash":
            return v[:6] + "-" + v[6:]
        return v

    # ---------------- AFM
    def afm_num(self):
        def mk():
            while True:
                p = self.ch("0011123456789") + _dig(self.rng, 7)
                v = p + afm_digit(p)
                if afm_ok(v):
                    return v
        return self.uniq(mk)

    def afm(self, style=None):
        v = self.afm_num()
        style = style or self.ch(["plain", "plain", "plain", "3-3-3", "EL", "EL "])
        if style == "3-3-3":
            return group(v, [3, 3, 3])
        if style == "EL":
            return "EL" + v
        if style == "EL ":
            return "EL " + v
        if style == "dots":
            return group(v, [3, 3, 3], ".")
        return v

    # ---------------- CNP
    def cnp_num(self, female=None, resident=False, born2000=None, child=False):
        rng = self.rng

        def mk():
            while True:
                fem = self.coin() if female is None else female
                b2k = self.coin(0.2) if born2000 is None else born2000
                if child:
                    y = self.r(2010, 2022)
                    s = 6 if fem else 5
                elif b2k:
                    y = self.r(2000, 2007)
                    s = 6 if fem else 5
                else:
                    y = self.r(1940, 1999)
                    s = 2 if fem else 1
                if resident:
                    s = 8 if fem else 7
                m, d = self.r(1, 12), self.r(1, 28)
                jj = self.ch(CNP_COUNTIES)
                p = "%d%02d%02d%02d%02d%03d" % (s, y % 100, m, d, jj, self.r(1, 999))
                v = p + cnp_digit(p)
                if not luhn_ok(v):
                    return v
        return self.uniq(mk)

    def cnp(self, style=None, **kw):
        v = self.cnp_num(**kw)
        style = style or self.ch(["plain", "plain", "plain", "1-6-6", "sp", "dash"])
        if style == "1-6-6":
            return v[0] + " " + v[1:7] + " " + v[7:]
        if style == "sp":
            return group(v, [1, 2, 2, 2, 2, 4])
        if style == "dash":
            return v[:7] + "-" + v[7:]
        if style == "3":
            return by(v, 3)
        return v

    # ---------------- henkilötunnus
    def hetu_code(self, sign=None, female=None, child=False):
        rng = self.rng
        sign = sign or rng.choice("--------YXWVUAABCDEF")
        base = HETU_CENT[sign]
        if base == 1800:
            y = self.r(1885, 1899)
        elif base == 1900:
            y = self.r(1935, 1999)
        else:   # adults are born by 2007; children named as such later
            y = self.r(2010, 2023) if child else self.r(2000, 2007)
        m, d = self.r(1, 12), self.r(1, 28)
        n = self.r(2, 899)
        if female is not None and (n % 2 == 1) == female:
            n = n + 1 if n < 899 else n - 1
        ddmmyy = "%02d%02d%02d" % (d, m, y % 100)
        nnn = "%03d" % n
        v = ddmmyy + sign + nnn + HETU_CHARS[int(ddmmyy + nnn) % 31]
        assert hetu_ok(v)
        return v

    def hetu(self, sign=None, female=None, lower=False, child=False):
        v = self.uniq(lambda: self.hetu_code(sign, female, child))
        return v.lower() if lower else v

    # ---------------- mistyped look-alikes
    def _mutate_digit(self, s, positions=None):
        """Change one digit of s (at a digit position)."""
        idx = [i for i, c in enumerate(s) if c.isdigit()]
        if positions is not None:
            idx = [i for i in idx if i in positions]
        i = self.ch(idx)
        new = self.ch([c for c in "0123456789" if c != s[i]])
        return s[:i] + new + s[i + 1:]

    def bad(self, kind, **kw):
        """A look-alike of `kind` with one character changed so that it fails."""
        for _ in range(200):
            if kind == "CARD":
                v = self.card_num(kw.get("brand"))
                b = self._mutate_digit(v, range(2, len(v)))
                if not luhn_ok(b) and not any_id_ok(b):
                    return self.fmt_card(b, kw.get("style"))
            elif kind == "IBAN":
                v = self.iban_num(kw["cc"])
                b = self._mutate_digit(v, range(4, len(v)))
                if not iban_ok(b):
                    return self.fmt_iban(b, kw.get("style"))
            elif kind == "IT_CODICE_FISCALE":
                v = self.cf_code(kw.get("p"), kw.get("omo", 0))
                if self.coin(0.6):
                    b = v[:15] + self.ch([c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c != v[15]])
                else:
                    b = self._mutate_digit(v, range(6, 15))
                if not cf_ok(b):
                    return b.lower() if kw.get("lower") else b
            elif kind == "IT_PARTITA_IVA":
                v = self.piva_num()
                b = self._mutate_digit(v)
                if not luhn_ok(b) and not any_id_ok(b):
                    return ("IT" + b) if kw.get("IT") else b
            elif kind == "GR_AMKA":
                v = self.amka_num()
                b = self._mutate_digit(v, range(6, 11))
                if not any_id_ok(b):
                    return b
            elif kind == "GR_AFM":
                v = self.afm_num()
                b = self._mutate_digit(v)
                if not afm_ok(b):
                    return ("EL" + b) if kw.get("EL") else b
            elif kind == "RO_CNP":
                v = self.cnp_num()
                b = self._mutate_digit(v, range(7, 13))
                if not cnp_ok(b) and not any_id_ok(b):
                    return b
            elif kind == "FI_HETU":
                v = self.hetu_code(kw.get("sign"))
                if self.coin(0.6):
                    b = v[:10] + self.ch([c for c in HETU_CHARS if c != v[10]])
                else:
                    b = self._mutate_digit(v, range(7, 10))
                if not hetu_ok(b):
                    return b
            else:
                raise ValueError(kind)
        raise RuntimeError(kind)

    def typo(self, kind, v, last=False):
        """v (compact, valid) with one character changed so that it fails;
        last=True changes the final (check) character."""
        ok = {"GR_AMKA": amka_ok, "RO_CNP": cnp_ok, "FI_HETU": hetu_ok, "IT_CODICE_FISCALE": cf_ok,
              "GR_AFM": afm_ok, "IT_PARTITA_IVA": piva_ok, "CARD": luhn_ok, "IBAN": iban_ok}[kind]
        for _ in range(500):
            if kind in ("FI_HETU", "IT_CODICE_FISCALE") and (last or self.coin(0.5)):
                pool = HETU_CHARS if kind == "FI_HETU" else "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                b = v[:-1] + self.ch([c for c in pool if c != v[-1].upper()])
            elif last:
                b = v[:-1] + self.ch([c for c in "0123456789" if c != v[-1]])
            else:
                b = self._mutate_digit(v)
            if not ok(b) and not (b.isdigit() and any_id_ok(b)):
                return b
        raise RuntimeError(kind)

    # ---------------- safe digit strings for negatives
    def safe(self, n, first=None):
        """n digits in which no window of 9+ digits passes an id check."""
        while True:
            head = first if first else self.ch("123456789")
            s = head + _dig(self.rng, n - len(head))
            if all(not any_id_ok(s[i:j]) for i in range(len(s)) for j in range(i + 9, len(s) + 1)):
                return s

    # ---------------- phones
    def phone_digits(self, cc, kind="m"):
        r, d = self.r, lambda n: _dig(self.rng, n)
        if cc == "it":
            if kind == "m":
                return self.ch(["320", "324", "327", "328", "329", "330", "333", "334", "335",
                                "338", "339", "340", "342", "345", "346", "347", "348", "349",
                                "351", "366", "377", "380", "388", "389", "392", "393"]) + d(7)
            return self.ch(["02", "06"]) + d(8) if self.coin() else self.ch(["011", "055", "051", "081", "045"]) + d(7)
        if cc == "el":
            if kind == "m":
                return "69" + self.ch("345789") + d(7)
            return "210" + d(7) if self.coin() else self.ch(["2310", "2610", "2810", "2410"]) + d(6)
        if cc == "ro":
            if kind == "m":
                return "07" + self.ch("2345678") + d(7)
            return "021" + self.ch("23") + d(6) if self.coin() else self.ch(["0264", "0232", "0256", "0268"]) + d(6)
        if cc == "fi":
            if kind == "m":
                return self.ch(["040", "041", "044", "045", "046", "050"]) + d(7)
            return "09" + d(7) if self.coin() else self.ch(["03", "02", "08", "013", "017"]) + d(7)
        if cc == "uk":
            if kind == "m":
                return self.ch(["07400", "07418", "07441", "07810", "07823", "07846", "07900",
                                "07912", "07956", "07984"]) + d(6)
            return "020" + self.ch("378") + d(7) if self.coin() else "0161" + self.ch("24") + d(6)
        if cc == "ie":
            if kind == "m":
                return self.ch(["083", "085", "086", "087", "089"]) + d(7)
            return "01" + self.ch("2345689") + d(6)
        if cc == "us":
            return self.ch(["212", "415", "312", "617", "646", "202", "305"]) + "55501" + d(2)
        raise ValueError(cc)

    def phone_ok_digits(self, digits):
        for i in range(len(digits)):
            for j in range(i + 9, len(digits) + 1):
                if any_id_ok(digits[i:j]):
                    return False
        return True

    def phone(self, cc, kind="m", intl=None, style=None):
        """A formatted phone number; intl: None (random), True, False."""
        while True:
            nat = self.phone_digits(cc, kind)
            cc_code = {"it": "39", "el": "30", "ro": "40", "fi": "358", "uk": "44",
                       "ie": "353", "us": "1"}[cc]
            if self.phone_ok_digits(nat) and self.phone_ok_digits(cc_code + nat.lstrip("0")):
                break
        self._used.add(nat)
        if intl is None:
            intl = self.coin(0.45)
        st = style if style is not None else self.r(0, 5)
        c = self.ch
        if cc == "it":
            if nat[0] == "3":
                loc = [nat[:3] + " " + nat[3:6] + " " + nat[6:],
                       nat, nat[:3] + "-" + nat[3:], nat[:3] + "." + nat[3:6] + "." + nat[6:],
                       nat[:3] + " " + nat[3:5] + " " + nat[5:7] + " " + nat[7:],
                       nat[:3] + "/" + nat[3:]][st]
            else:
                k = 2 if nat[1] in "26" else 3
                loc = [nat[:k] + " " + nat[k:k + 4] + " " + nat[k + 4:], nat,
                       nat[:k] + "/" + nat[k:], nat[:k] + "-" + nat[k:],
                       nat[:k] + " " + by(nat[k:], 2), nat[:k] + "." + nat[k:]][st]
            if not intl:
                return loc
            pre = c(["+39 ", "+39 ", "0039 ", "(+39) ", "+39", "+39 "])
            return pre + (loc if pre != "+39" else nat)
        if cc == "el":
            if nat[0] == "6":
                loc = [nat[:3] + " " + nat[3:6] + " " + nat[6:], nat, nat[:3] + "-" + nat[3:],
                       nat[:3] + " " + nat[3:], nat[:2] + " " + nat[2:6] + " " + nat[6:],
                       nat[:3] + "." + nat[3:6] + "." + nat[6:]][st]
            else:
                k = 3 if nat.startswith("210") else 4
                loc = [nat[:k] + " " + nat[k:], nat, nat[:k] + "-" + nat[k:],
                       nat[:k] + " " + nat[k:k + 3] + " " + nat[k + 3:], nat,
                       nat[:k] + "." + nat[k:]][st]
            if not intl:
                return loc
            pre = c(["+30 ", "+30 ", "0030 ", "(+30) ", "+30"])
            return pre + (loc if pre != "+30" else nat)
        if cc == "ro":
            if nat[1] == "7":
                loc = [nat[:4] + " " + nat[4:7] + " " + nat[7:], nat, nat[:4] + "." + nat[4:7] + "." + nat[7:],
                       nat[:4] + "-" + nat[4:7] + "-" + nat[7:], nat[:4] + " " + nat[4:],
                       nat[:4] + " " + by(nat[4:], 2)][st]
                inl = [nat[1:4] + " " + nat[4:7] + " " + nat[7:], nat[1:], nat[1:4] + " " + nat[4:]][st % 3]
            else:
                k = 3 if nat.startswith("021") else 4
                loc = [nat[:k] + " " + nat[k:k + 3] + " " + nat[k + 3:], nat, nat[:k] + "." + nat[k:],
                       nat[:k] + "-" + nat[k:], nat[:k] + " " + by(nat[k:], 2), nat[:k] + "/" + nat[k:]][st]
                inl = nat[1:k] + " " + nat[k:k + 3] + " " + nat[k + 3:]
            if not intl:
                return loc
            pre = c(["+40 ", "+40 ", "0040 ", "(+40) ", "+4"])
            return pre + (inl if pre != "+4" else nat)
        if cc == "fi":
            k = 3 if nat[0:2] in ("04", "05") or nat[:3] in ("013", "017") else 2
            loc = [nat[:k] + " " + nat[k:k + 3] + " " + nat[k + 3:], nat, nat[:k] + "-" + nat[k:],
                   nat[:k] + " " + nat[k:], nat[:k] + " " + nat[k:k + 3] + " " + nat[k + 3:k + 5] + " " + nat[k + 5:],
                   nat[:k] + "-" + nat[k:k + 3] + " " + nat[k + 3:]][st]
            if not intl:
                return loc
            inl = nat[1:k] + " " + nat[k:k + 3] + " " + nat[k + 3:]
            pre = c(["+358 ", "+358 ", "00358 ", "+358"])
            return pre + (inl if pre != "+358" else nat[1:])
        if cc == "uk":
            k = 5 if nat.startswith("07") or nat.startswith("0161") else 3
            if nat.startswith("0161"):
                k = 4
            loc = [nat[:k] + " " + nat[k:], nat, nat[:k] + " " + nat[k:k + 3] + " " + nat[k + 3:],
                   nat[:k] + "-" + nat[k:], nat[:k] + " " + nat[k:],
                   nat[:k] + " " + nat[k:k + 4] + " " + nat[k + 4:] if k < 5 else "(" + nat[:k] + ") " + nat[k:]][st]
            if not intl:
                return loc
            pre = c(["+44 ", "+44 (0)", "0044 ", "+44 ", "+44"])
            if pre == "+44 (0)":
                return pre + nat[1:k] + " " + nat[k:]
            if pre == "+44":
                return pre + nat[1:]
            return pre + nat[1:k] + " " + nat[k:]
        if cc == "ie":
            k = 3 if nat[1] == "8" else 2
            loc = [nat[:k] + " " + nat[k:k + 3] + " " + nat[k + 3:], nat, nat[:k] + "-" + nat[k:],
                   nat[:k] + " " + nat[k:], nat[:k] + " " + nat[k:k + 3] + " " + nat[k + 3:], nat[:k] + " " + nat[k:]][st]
            if not intl:
                return loc
            pre = c(["+353 ", "00353 ", "+353 (0)", "+353 "])
            if pre == "+353 (0)":
                return pre + nat[1:k] + " " + nat[k:k + 3] + " " + nat[k + 3:]
            return pre + nat[1:k] + " " + nat[k:k + 3] + " " + nat[k + 3:]
        if cc == "us":
            a, b, e = nat[:3], nat[3:6], nat[6:]
            loc = ["(%s) %s-%s" % (a, b, e), "%s-%s-%s" % (a, b, e), "%s.%s.%s" % (a, b, e),
                   "(%s) %s-%s" % (a, b, e), "%s %s %s" % (a, b, e), "1-%s-%s-%s" % (a, b, e)][st]
            if not intl:
                return loc
            return c(["+1 %s %s %s" % (a, b, e), "+1 (%s) %s-%s" % (a, b, e), "001 %s %s %s" % (a, b, e),
                      "+1-%s-%s-%s" % (a, b, e)])
        raise ValueError(cc)

    def phone_spoken(self, cc, lang=None, kind="m"):
        lang = lang or self.lang
        while True:
            nat = self.phone_digits(cc, kind)
            if self.phone_ok_digits(nat):
                break
        sizes = {"it": [3, 3, 4], "el": [3, 3, 4], "ro": [4, 3, 3], "fi": [3, 3, 4],
                 "uk": [5, 3, 3], "ie": [3, 3, 4], "us": [3, 3, 4]}[cc]
        if nat.startswith("0") and cc in ("it", "el") and nat[1] != "3":
            sizes = [len(nat) - 8, 4, 4]
        return spell(lang, nat, sizes, oh=(lang == "en" and self.coin(0.7)),
                     double=(lang == "en" and self.coin(0.6)))

    # ---------------- e-mail
    DOMAINS = {
        "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
               "btinternet.com", "eircom.net", "protonmail.com"],
        "it": ["gmail.com", "libero.it", "virgilio.it", "hotmail.it", "yahoo.it", "tiscali.it",
               "alice.it", "pec.it"],
        "el": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "outlook.com"],
        "ro": ["gmail.com", "yahoo.com", "yahoo.ro", "hotmail.com", "outlook.com"],
        "fi": ["gmail.com", "hotmail.com", "outlook.com", "luukku.com", "kolumbus.fi", "elisanet.fi"],
    }

    def email(self, p, domain=None, cap=False):
        f = p.lat_first.replace(" ", "").replace("'", "")
        l = p.lat_last.replace(" ", "").replace("'", "")
        yy = str(self.r(70, 99)) if self.coin() else str(self.r(1, 99))
        local = self.ch([f + "." + l, f + l, f[0] + "." + l, f + "_" + l, f + "." + l + yy,
                         l + "." + f, f + yy, l + f[0] + yy])
        dom = domain or self.ch(self.DOMAINS[p.lang if p.lang in self.DOMAINS else self.lang])
        v = local + "@" + dom
        if cap:
            v = f.capitalize() + "." + l.capitalize() + "@" + dom
        return v

    def email_spoken(self, p, lang=None):
        lang = lang or self.lang
        f = p.lat_first.replace(" ", "").replace("'", "")
        l = p.lat_last.replace(" ", "").replace("'", "")
        at, dot = {"en": ("at", "dot"), "it": ("chiocciola", "punto"), "el": ("παπάκι", "τελεία"),
                   "ro": ("arond", "punct"), "fi": ("ät", "piste")}[lang]
        dom, tld = self.ch({"en": [("gmail", "com"), ("outlook", "com"), ("hotmail", "co dot uk")],
                            "it": [("libero", "it"), ("gmail", "com"), ("virgilio", "it")],
                            "el": [("gmail", "com"), ("yahoo", "gr")],
                            "ro": [("yahoo", "com"), ("gmail", "com")],
                            "fi": [("gmail", "com"), ("luukku", "com")]}[lang])
        tld = tld.replace("dot", dot)
        return "%s %s %s %s %s %s %s" % (f, dot, l, at, dom, dot, tld)

    # ---------------- addresses
    def address(self, cc, style=None):
        r, c = self.r, self.ch
        if cc == "it":
            city, cap0, cap1, prov = c([("Milano", 20121, 20162, "MI"), ("Roma", 118, 199, "RM"),
                                        ("Torino", 10121, 10156, "TO"), ("Napoli", 80121, 80147, "NA"),
                                        ("Bologna", 40121, 40141, "BO"), ("Firenze", 50121, 50145, "FI"),
                                        ("Bari", 70121, 70132, "BA"), ("Palermo", 90121, 90151, "PA"),
                                        ("Genova", 16121, 16167, "GE"), ("Verona", 37121, 37142, "VR")])
            street = c(["Via Roma", "Via Giuseppe Mazzini", "Corso Vittorio Emanuele II", "Viale Monza",
                        "Via dei Mille", "Piazza Garibaldi", "Via Alessandro Manzoni", "Largo Augusto",
                        "Via San Francesco d'Assisi", "Corso Buenos Aires", "Via della Repubblica",
                        "Viale Europa", "Via Nazionale", "Vicolo Stretto"])
            cap = "%05d" % r(cap0, cap1)
            num = str(r(1, 180)) + (c(["", "", "", "/A", "/B", " bis"]))
            st = style if style is not None else r(0, 5)
            if st == 0:
                return f"{street} {num}, {cap} {city}"
            if st == 1:
                return f"{street} {num}, {cap} {city} ({prov})"
            if st == 2:
                return f"{street}, {num} - {cap} {city}"
            if st == 3:
                return f"{street} n. {num}, int. {r(1, 20)}, {cap} {city} {prov}"
            if st == 4:
                return f"{street.lower()} {num} {city.lower()}"
            return f"{street.replace('Via ', 'V. ').replace('Piazza ', 'P.zza ')} {num}\n{cap} {city} ({prov})"
        if cc == "el":
            city, t0, t1 = c([("Αθήνα", 10431, 11855), ("Θεσσαλονίκη", 54621, 54655), ("Πάτρα", 26221, 26500),
                              ("Ηράκλειο", 71201, 71500), ("Λάρισα", 41221, 41500), ("Περιστέρι", 12131, 12137),
                              ("Γλυφάδα", 16561, 16675), ("Χαλάνδρι", 15231, 15238), ("Καλαμαριά", 55131, 55136),
                              ("Βόλος", 38221, 38500)])
            street = c(["Ερμού", "Πανεπιστημίου", "Αγίου Κωνσταντίνου", "Τσιμισκή", "Εγνατίας",
                        "Κηφισίας", "Αλεξάνδρας", "Μαιζώνος", "Ιπποκράτους", "Σόλωνος", "Ακαδημίας",
                        "Πατησίων", "Ελευθερίου Βενιζέλου", "Αριστοτέλους", "25ης Μαρτίου"])
            tk = str(r(t0, t1))
            tk_s = c([tk, tk[:3] + " " + tk[3:], "Τ.Κ. " + tk, "ΤΚ " + tk[:3] + " " + tk[3:]])
            num = str(r(1, 250))
            st = style if style is not None else r(0, 4)
            if street in ("Κηφισίας", "Αλεξάνδρας", "Πατησίων") and st in (0, 1):
                return f"{c(['Λεωφ.', 'Λεωφόρος'])} {street} {num}, {tk_s} {city}"
            if st == 0:
                return f"Οδός {street} {num}, {tk_s} {city}"
            if st == 1:
                return f"{street} {num}, {tk_s}, {city}"
            if st == 2:
                return f"οδός {street} αρ. {num}, {city} {tk_s}"
            if st == 3:
                return f"{street} {num} & {c(['Καραϊσκάκη', 'Μπουμπουλίνας', 'Σκουφά', 'Αθηνάς'])}, {tk_s} {city}"
            return f"{street} {num}, {r(1, 6)}ος όροφος, {tk_s} {city}"
        if cc == "ro":
            city, z0, z1 = c([("București", 10011, 62099), ("Cluj-Napoca", 400001, 400699), ("Iași", 700001, 700999),
                              ("Timișoara", 300001, 300999), ("Constanța", 900001, 900999), ("Brașov", 500001, 500999),
                              ("Sibiu", 550001, 550999), ("Craiova", 200001, 200999), ("Oradea", 410001, 410999)])
            zipc = "%06d" % r(z0, z1)
            kind, name = c([("Str.", "Mihai Eminescu"), ("Strada", "Ion Creangă"), ("Bd.", "Unirii"),
                            ("Bulevardul", "Nicolae Bălcescu"), ("Calea", "Victoriei"), ("Șoseaua", "Pantelimon"),
                            ("Aleea", "Trandafirilor"), ("Splaiul", "Independenței"), ("Str.", "Avram Iancu"),
                            ("Strada", "Republicii"), ("Bd.", "Ștefan cel Mare"), ("Str.", "Memorandumului")])
            num = str(r(1, 220))
            st = style if style is not None else r(0, 4)
            sector = f", sector {r(1, 6)}" if city == "București" else ""
            if st == 0:
                return f"{kind} {name} nr. {num}, bl. {c('ABCDGMP')}{r(1, 20)}, sc. {c('ABC')}, et. {r(1, 10)}, ap. {r(1, 80)}{sector}, {city}"
            if st == 1:
                return f"{kind} {name} {num}, {zipc} {city}"
            if st == 2:
                return f"{kind} {name}, nr. {num}, ap. {r(1, 40)}{sector}, {city}, cod poștal {zipc}"
            if st == 3:
                return strip_acc(f"{kind} {name} nr {num} bl {r(1, 30)} ap {r(1, 90)} {city}").lower()
            return f"{kind} {name} nr. {num}\n{zipc} {city}"
        if cc == "fi":
            city, p0, p1 = c([("Helsinki", 100, 990), ("Espoo", 2100, 2970), ("Vantaa", 1300, 1770),
                              ("Tampere", 33100, 33900), ("Turku", 20100, 20900), ("Oulu", 90100, 90900),
                              ("Jyväskylä", 40100, 40900), ("Kuopio", 70100, 70900), ("Lahti", 15100, 15900),
                              ("Rovaniemi", 96100, 96900)])
            pc = "%05d" % (r(p0, p1) // 10 * 10)
            street = c(["Hämeenkatu", "Kauppakatu", "Mannerheimintie", "Aleksanterinkatu", "Itäinen Pitkäkatu",
                        "Rautatienkatu", "Koivukuja", "Kuusitie", "Pihlajatie", "Satamakatu", "Puistokatu",
                        "Runeberginkatu", "Snellmaninkatu", "Sibeliuksenkatu", "Rantakatu", "Myllytie"])
            num = str(r(1, 90))
            st = style if style is not None else r(0, 4)
            if st == 0:
                return f"{street} {num} {c('ABCD')} {r(1, 40)}, {pc} {city}"
            if st == 1:
                return f"{street} {num}, {pc} {city}"
            if st == 2:
                return f"{street} {num} as. {r(1, 30)}, {pc} {city}"
            if st == 3:
                return f"{street} {num} {c('abc')} {r(1, 30)}\n{pc} {city.upper()}"
            return f"{street.lower()} {num} {c('ab')}{r(1, 20)} {pc} {city.lower()}"
        if cc == "uk":
            city, pc = c([("Manchester", "M14 5TQ"), ("Leeds", "LS6 2AB"), ("Bristol", "BS1 4DJ"),
                          ("London", "SE15 3PA"), ("Glasgow", "G12 8QQ"), ("Cardiff", "CF24 4HQ"),
                          ("Birmingham", "B29 6BD"), ("Norwich", "NR2 3DP"), ("York", "YO10 5DD")])
            street = c(["Church Road", "Mill Lane", "Station Road", "Victoria Street", "Park Avenue",
                        "Queen's Drive", "Elm Grove", "Hawthorn Close", "Kings Way", "Baker Street"])
            num = str(r(2, 240))
            st = style if style is not None else r(0, 3)
            if st == 0:
                return f"{num} {street}, {city} {pc}"
            if st == 1:
                return f"Flat {r(1, 12)}, {num} {street}, {city} {pc}"
            if st == 2:
                return f"{num} {street}\n{city}\n{pc}"
            return f"{num} {street.lower()}, {city.lower()}, {pc.lower()}"
        if cc == "ie":
            place, code = c([("Dublin 2", "D02 "), ("Galway", "H91 "), ("Cork", "T12 "), ("Limerick", "V94 "),
                             ("Dublin 8", "D08 ")])
            ec = code + "".join(c("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
            street = c(["Seaview Terrace", "Grand Canal Street", "Main Street", "Oakpark Drive", "Church View"])
            num = str(r(1, 90))
            st = style if style is not None else r(0, 1)
            if st == 0:
                return f"{num} {street}, {place}, {ec}"
            return f"Apartment {r(1, 30)}, {num} {street}, {place} {ec}"
        if cc == "us":
            city, zp = c([("Columbus, OH", "43215"), ("Austin, TX", "78704"), ("Portland, OR", "97214"),
                          ("Boston, MA", "02118"), ("Denver, CO", "80205")])
            street = c(["Maple Avenue", "Oak Street", "Washington Blvd", "Lakeview Drive", "Elm St."])
            return f"{r(100, 9999)} {street}, Apt {r(1, 30)}{c('ABCD')}, {city} {zp}"
        raise ValueError(cc)

    # ---------------- negatives (must not be redacted)
    def price(self, lang=None):
        lang = lang or self.lang
        r, c = self.r, self.ch
        big = 1000 + r(0, 1499)
        small = r(3, 299)
        cents = "%02d" % c([0, 90, 99, 50, 49, 0, 95])
        if lang == "en":
            return c([f"£{small}.{cents}", f"£{big // 1000},{big % 1000:03d}.{cents}", f"€{small}.{cents}",
                      f"£{small}", f"{small}.{cents} GBP", f"£{small}.{cents}"])
        if lang == "it":
            return c([f"{big // 1000}.{big % 1000:03d},{cents} €", f"€ {small},{cents}", f"{small},{cents} euro",
                      f"{small}€", f"EUR {small},{cents}", f"{small},{cents}€"])
        if lang == "el":
            return c([f"{big // 1000}.{big % 1000:03d},{cents} €", f"{small},{cents}€", f"€{small},{cents}",
                      f"{small} ευρώ", f"{small},{cents} ευρώ"])
        if lang == "ro":
            return c([f"{big // 1000}.{big % 1000:03d},{cents} lei", f"{small},{cents} RON", f"{small} lei",
                      f"{small},{cents} lei", f"€ {small}", f"{small} de lei"])
        if lang == "fi":
            return c([f"{big // 1000} {big % 1000:03d},{cents} €", f"{small},{cents} €", f"{small},{cents} euroa",
                      f"{small} e", f"{small}€", f"{small},{cents}e"])

    MONTHS = {
        "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"],
        "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
               "settembre", "ottobre", "novembre", "dicembre"],
        "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
               "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
        "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
               "septembrie", "octombrie", "noiembrie", "decembrie"],
        "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
               "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    }

    def date(self, lang=None, year=2026):
        lang = lang or self.lang
        m, d = self.r(1, 12), self.r(1, 28)
        y = year
        c = self.ch
        mn = self.MONTHS[lang][m - 1]
        if lang == "en":
            return c([f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{y}-{m:02d}-{d:02d}", f"{mn} {d}",
                      f"{d}/{m}/{str(y)[2:]}"])
        if lang == "it":
            return c([f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}/{m}", f"{d:02d}.{m:02d}.{y}", f"{d} {mn}"])
        if lang == "el":
            return c([f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}/{m}", f"{d}-{m}-{y}", f"{d} {mn}"])
        if lang == "ro":
            return c([f"{d:02d}.{m:02d}.{y}", f"{d} {mn} {y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn}"])
        if lang == "fi":
            return c([f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", f"{d}. {mn} {y}", f"{d}.{m}.{y}", f"{d}. {mn}"])

    def time(self, lang=None):
        lang = lang or self.lang
        h, mi = self.r(8, 20), self.ch([0, 15, 30, 45, 10, 50])
        if lang == "en":
            return self.ch([f"{h}:{mi:02d}", f"{h % 12 or 12}:{mi:02d} pm" if h > 12 else f"{h}:{mi:02d} am",
                            f"{h % 12 or 12}pm" if h > 12 else f"{h}am"])
        if lang == "fi":
            return self.ch([f"{h}.{mi:02d}", f"klo {h}.{mi:02d}", f"{h}:{mi:02d}"])
        return self.ch([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h:02d}:{mi:02d}"])

    def order(self):
        c = self.ch
        return c([f"#{self.safe(8)}", f"ORD-2026-{self.safe(6)}", f"{self.safe(10)}", f"A{self.safe(9)}",
                  f"{self.safe(3)}-{self.safe(7)}-{self.safe(7)}", f"SO{self.safe(7)}"])

    def tracking(self):
        c = self.ch
        while True:
            d8 = _dig(self.rng, 8)
            s10 = c(["RR", "RE", "CP", "LX", "EE", "RB"]) + d8 + s10_digit(d8) + c(["IT", "GR", "RO", "FI", "GB"])
            ups = "1Z" + "".join(c("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)) + self.safe(10)
            return c([s10, ups, self.safe(12), "JJFI" + self.safe(14), s10])

    def invoice(self):
        c = self.ch
        return c([f"FT {2026}/{self.safe(5, '0')}", f"INV-{self.safe(7)}", f"2026/{self.safe(6)}",
                  f"{self.safe(4)}-{self.safe(5)}", f"F{self.safe(8)}"])

    def ticket(self):
        c = self.ch
        return c([f"#{self.safe(6)}", f"INC{self.safe(7)}", f"CS-{self.safe(6)}", f"TKT-{self.safe(5)}-{c('ABCDEFGH')}",
                  f"{self.safe(8)}"])

    def booking(self):
        c = self.ch
        alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return c(["".join(c(alnum) for _ in range(6)), f"RES-{self.safe(6)}", f"BK{self.safe(7)}",
                  f"{''.join(c(alnum[:24]) for _ in range(3))}{self.safe(5)}"])

    def customer(self):
        return self.ch([self.safe(8), self.safe(10), f"C{self.safe(7)}", f"{self.safe(3)} {self.safe(3)} {self.safe(3)}"])

    def contract(self):
        return self.ch([f"{self.safe(9)}", f"CTR-{self.safe(6)}", f"{self.safe(4)}/{self.safe(6)}", f"K{self.safe(8)}"])

    def meter(self):
        return self.ch([f"{self.safe(5)}", f"0{self.safe(4)}", f"{self.safe(5)},{self.r(0, 9)}", f"{self.safe(6)}"])

    def serial(self):
        c = self.ch
        A = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return c(["SN" + "".join(c(A + "0123456789") for _ in range(10)),
                  "".join(c(A) for _ in range(3)) + self.safe(7),
                  f"{''.join(c(A) for _ in range(2))}-{self.safe(4)}-{''.join(c(A) for _ in range(2))}",
                  "R58" + "".join(c(A + "0123456789") for _ in range(8))])

    def sku(self):
        c = self.ch
        A = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return c([f"{''.join(c(A) for _ in range(3))}-{self.safe(4)}", f"SKU {self.safe(6)}",
                  f"{''.join(c(A) for _ in range(2))}{self.safe(3)}-{c(['S', 'M', 'L', 'XL'])}",
                  f"art. {self.safe(7)}"])

    def plate(self, cc=None):
        c = self.ch
        A = "ABCDEFGHJKLMNPRSTVWXYZ"
        cc = cc or self.lang
        if cc == "it":
            return f"{c(A)}{c(A)} {self.r(100, 999)}{c(A)}{c(A)}"
        if cc == "el":
            GA = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
            return f"{c(GA)}{c(GA)}{c(GA)}-{self.r(1000, 9999)}"
        if cc == "ro":
            return f"{c(['B', 'CJ', 'IS', 'TM', 'CT', 'BV'])} {self.r(10, 99)} {c(A)}{c(A)}{c(A)}"
        if cc == "fi":
            return f"{c(A)}{c(A)}{c(A)}-{self.r(10, 999)}"
        return f"{c(A)}{c(A)}{self.r(10, 75)} {c(A)}{c(A)}{c(A)}"


# --------------------------------------------------------------------------
# templates: registered per language with a multiplicity and a category
# --------------------------------------------------------------------------
TEMPLATES = {"en": [], "it": [], "el": [], "ro": [], "fi": []}


def T(lang, n, cat):
    def deco(fn):
        TEMPLATES[lang].append((fn, n, cat))
        return fn
    return deco


def PER(v): return E("PERSON", v)
def PH(v): return E("PHONE", v)
def EM(v): return E("EMAIL", v)
def AD(v): return E("ADDRESS", v)
def CARD(v): return E("CARD", v)
def IBAN(v): return E("IBAN", v)
def CF(v): return E("IT_CODICE_FISCALE", v)
def PIVA(v): return E("IT_PARTITA_IVA", v)
def AMKA(v): return E("GR_AMKA", v)
def AFM(v): return E("GR_AFM", v)
def CNP(v): return E("RO_CNP", v)
def HETU(v): return E("FI_HETU", v)
def N(t, v): return D(t, v)
def BAD(t, v): return D(t, v, "check digit fails")


def clean(g, fn):
    """Draw fn() until no run of digits in it (groups joined by space, dot or
    dash) contains a window that passes an id check."""
    import re
    for _ in range(500):
        v = fn()
        ok = True
        for m in re.finditer(r"\d+(?:[ .\-]\d+)*", v):
            d = re.sub(r"\D", "", m.group(0))
            if any(any_id_ok(d[a:b]) for a in range(len(d)) for b in range(a + 9, len(d) + 1)):
                ok = False
        if ok:
            return v
    raise RuntimeError("no clean value")


def pr(g, lang=None): return D("PRICE", g.price(lang))
def dt(g, lang=None): return D("DATE", g.date(lang))
def tm(g, lang=None): return D("TIME", g.time(lang))
def od(g): return D("ORDER_NUMBER", clean(g, lambda: g.order()))
def trk(g): return D("TRACKING_NUMBER", clean(g, lambda: g.tracking()))
def inv(g): return D("INVOICE_NUMBER", clean(g, lambda: g.invoice()))
def tik(g): return D("TICKET_NUMBER", clean(g, lambda: g.ticket()))
def bk(g): return D("BOOKING_NUMBER", clean(g, lambda: g.booking()))
def cus(g): return D("CUSTOMER_NUMBER", clean(g, lambda: g.customer()))
def ctr(g): return D("CONTRACT_NUMBER", clean(g, lambda: g.contract()))
def met(g): return D("METER_READING", clean(g, lambda: g.meter()))
def ser(g): return D("SERIAL_NUMBER", clean(g, lambda: g.serial()))
def sku(g): return D("PRODUCT_CODE", clean(g, lambda: g.sku()))
def plt(g, cc=None): return D("LICENCE_PLATE", g.plate(cc), "not personal here")


def bad(g, kind, **kw):
    return BAD(kind, g.bad(kind, **kw))


# ==========================================================================
# ENGLISH
# ==========================================================================
@T("en", 3, "CARD")
def en_card_chat(g, i):
    c = g.card()
    exp = N("DATE", "%02d/%d" % (g.r(1, 12), g.r(27, 31)))
    return [
        f"hi can u take the payment on my other card pls {CARD(c)} exp {exp}",
        f"New card is {CARD(c)} (expiry {exp}). The old one was cancelled after the fraud thing, can you update the monthly payment?",
        f"pls use this card for the deposit instead 🙏 {CARD(c)}",
    ][i]


@T("en", 2, "CARD")
def en_card_call(g, i):
    p = g.P()
    num = g.card_num(g.ch(["visa", "mc"]))
    words = spell("en", num, [4, 4, 4, 4], oh=g.coin())
    ttl = "Ms" if p.female else "Mr"
    return [
        f"AGENT: Thanks for holding. So that's {pr(g)} for the additional driver, how would you like to pay?\n"
        f"CALLER: Card. It's a Visa, {CARD(words)}.\n"
        f"AGENT: Lovely, and the name exactly as it appears on the card?\nCALLER: {PER(p.full.upper())}.",
        f"[00:03:12] Agent: Go ahead with the long number when you're ready.\n"
        f"[00:03:15] Customer: {CARD(words)}\n"
        f"[00:03:31] Agent: Thank you {ttl} {PER(p.last)}, that's gone through.",
    ][i]


@T("en", 2, "CARD")
def en_card_refund(g, i):
    return [
        f"The refund for order {od(g)} was supposed to go back to my Amex {CARD(g.card(brand='amex'))} "
        f"but there's nothing on my statement. It's been 12 days.",
        f"Payment failed on my Mastercard {CARD(g.card(brand=g.ch(['mc', 'mc2'])))} but the money has left my "
        f"account anyway!! {pr(g)} gone twice 😤",
    ][i]


@T("en", 2, "MULTI")
def en_card_form(g, i):
    p = g.P()
    cc = "uk" if i == 0 else "us"
    return (f"Name on card: {PER(p.full.upper() if i == 0 else p.full)}\n"
            f"Card number: {CARD(g.card(style=g.ch(['sp', 'plain', 'dash'])))}\n"
            f"Expiry: {N('DATE', '%02d/%d' % (g.r(1, 12), g.r(27, 30)))}\n"
            f"Billing address: {AD(g.address(cc))}\n"
            f"Phone: {PH(g.phone(cc))}")


@T("en", 3, "CARD_INVALID")
def en_card_bad(g, i):
    return [
        f"The site keeps saying the card number {bad(g, 'CARD')} is invalid. I've typed it three times, it's definitely right!",
        f"Your app rejected {bad(g, 'CARD', style='plain')} as 'not a valid card'. The card ending "
        f"{N('MASKED_CARD', str(g.r(1000, 9999)))} works everywhere else.",
        f"checkout error: card {bad(g, 'CARD', style='dash')} declined - invalid number?? order {od(g)} total {pr(g)}",
    ][i]


@T("en", 2, "MULTI")
def en_iban_fwd(g, i):
    p = g.P()
    cc = ["GB", "IE"][i]
    return (f"---------- Forwarded message ---------\n"
            f"From: {PER(p.full)} <{EM(g.email(p))}>\n"
            f"Date: {N('DATE', 'Mon, 9 Mar 2026')} at {N('TIME', '18:42')}\n"
            f"Subject: Refund for order {od(g)}\n"
            f"To: Parcelia Customer Service\n\n"
            f"Hi,\n\nI sent the blender back on {dt(g)} (tracking {trk(g)}) and still haven't had my refund of "
            f"{pr(g)}. The card I paid with has since been cancelled, so could you pay it into my bank account instead?\n\n"
            f"Account holder: {PER(p.full)}\n"
            f"IBAN: {IBAN(g.iban(cc, g.ch(['sp', 'plain'])))}\n\n"
            f"Many thanks,\n{PER(p.first)}\n{PH(g.phone('uk' if i == 0 else 'ie'))}")


@T("en", 3, "IBAN")
def en_iban_dd(g, i):
    p = g.P()
    cc = ["IE", "DE", "NL"][i]
    return [
        f"I'd like to pay the electricity by direct debit from my Irish account, IBAN {IBAN(g.iban(cc))}, "
        f"account in the name of {PER(p.full)}.",
        f"Hello, I've moved to Berlin but kept the Skylink contract. Please take the monthly payment from "
        f"{IBAN(g.iban(cc, 'plain'))} (Sparkasse), holder {PER(p.full)}. Thanks",
        f"sepa mandate: {IBAN(g.iban(cc, 'lower'))} / {PER(p.full.lower())}",
    ][i]


@T("en", 2, "IBAN")
def en_iban_lines(g, i):
    p = g.P()
    cc = ["FR", "BE"][i]
    return [
        f"Please refund the deposit to:\n{IBAN(g.iban(cc, 'lines'))}\n{PER(p.full)}\n\nCheers",
        f"Dear Drivo team,\n\nthe deposit of {pr(g)} for booking {bk(g)} was never released. My bank details "
        f"are IBAN {IBAN(g.iban(cc, 'lines'))}, BIC {N('BIC', 'BNPAFRPP' if cc == 'FR' else 'GEBABEBB')}. It was held on "
        f"my card {CARD(g.card('sp'))}.\n\n"
        f"Kind regards,\n{PER(p.full)}",
    ][i]


@T("en", 3, "IBAN_INVALID")
def en_iban_bad(g, i):
    cc = g.ch(["GB", "IE", "DE", "IT"])
    return [
        f"Is {bad(g, 'IBAN', cc=cc)} right? Your form says the IBAN is invalid but I copied it from my banking app.",
        f"I gave the agent {bad(g, 'IBAN', cc=cc, style='plain')} on the phone, I think it was typed wrong. Can you check?",
        f"refund failed, bank says account {bad(g, 'IBAN', cc=cc, style='sp')} doesn't exist?? ticket {tik(g)}",
    ][i]


@T("en", 3, "ID")
def en_cf(g, i):
    p = g.P("it")
    cf = g.cf(p)
    return [
        f"Hi, I'm {PER(p.full)} and I've just moved to Milan for work. The energy supplier asked for my codice "
        f"fiscale: {CF(cf)}, and I also have a partita IVA as a freelancer, {PIVA(g.piva('plain'))}. Is that all you need "
        f"to put the contract in my name?",
        f"Tax code (codice fiscale): {CF(cf)}\nVAT no.: {PIVA(g.piva('IT'))}\nCompany: Adriatica Consulting S.r.l.",
        f"for the car rental in Bari they want an Italian tax code, mine is {CF(cf)} if that helps 👍 the B&B's VAT is "
        f"{PIVA(g.piva('IT'))}",
    ][i]


@T("en", 3, "ID")
def en_piva(g, i):
    p = g.P("it")
    return [
        f"Could the invoice be made out to my company please? Termoidraulica Nord S.r.l., P.IVA {PIVA(g.piva())}, "
        f"for the attention of {PER(p.full)}. My own tax code is {CF(g.cf(p))} in case you need it.",
        f"Invoice {inv(g)} has the wrong VAT number. Ours is {PIVA(g.piva('IT '))}; the one printed, "
        f"{PIVA(g.piva('IT'))}, belongs to our parent company.",
        f"Reverse charge applies, our VAT ID is {PIVA(g.piva('IT'))} ({N('PERCENT', '0%')} VAT please).",
    ][i]


@T("en", 3, "ID")
def en_gr(g, i):
    p = g.P("el")
    lat = p.lat_first.capitalize() + " " + p.lat_last.capitalize()
    return [
        f"Hello, I'm working in Athens for six months. My AFM is {AFM(g.afm('plain'))} and my AMKA "
        f"{AMKA(g.amka())}. Do you need anything else to set up the electricity at the flat?\n\nBest,\n{PER(lat)}",
        f"Greek tax no. (ΑΦΜ): {AFM(g.afm('3-3-3'))}\nSocial security (ΑΜΚΑ): {AMKA(g.amka('6-5'))}",
        f"my AMKA is {AMKA(g.amka('plain'))} and VAT {AFM(g.afm('EL'))}, sorry for the delay",
    ][i]


@T("en", 2, "ID")
def en_gr_call(g, i):
    p = g.P("el", female=True)
    a = g.amka_num()
    f = g.afm_num()
    return [
        f"AGENT: Could you read me your AMKA, please?\nCALLER: Yes, it's {AMKA(group(a, [2, 2, 2, 5]))}.\n"
        f"AGENT: And the tax number?\nCALLER: The AFM, {AFM(group(f, [3, 3, 3]))}.",
        f"AGENT: Is the account holder there?\nCALLER: It's my mother, {PER(p.lat_first.capitalize() + ' ' + p.lat_last.capitalize())}. "
        f"Her AMKA is {AMKA(spell('en', a, [6, 5]))}.",
    ][i]


@T("en", 3, "MULTI")
def en_cnp_form(g, i):
    p = g.P("ro")
    name = [p.full, strip_acc(p.full), p.full.upper()][i]
    return (f"Full name: {PER(name)}\n"
            f"Personal numeric code (CNP): {CNP(g.cnp(female=p.female))}\n"
            f"Phone: {PH(g.phone('ro', intl=True))}\n"
            f"Email: {EM(g.email(p))}")


@T("en", 2, "ID")
def en_cnp_call(g, i):
    v = g.cnp_num()
    return [
        f"AGENT: And your Romanian personal number?\nCALLER: {CNP(spell('en', v, [1, 6, 6]))}.",
        f"Customer: the CNP is {CNP(group(v, [1, 2, 2, 2, 6]))}, I'll spell it again if you want",
    ][i]


@T("en", 3, "ID")
def en_hetu(g, i):
    p = g.P("fi")
    return [
        f"My Finnish personal ID (henkilötunnus) is {HETU(g.hetu(female=p.female))}. The Helsinki office said you "
        f"need it for the rental deposit.",
        f"Name: {PER(p.full)}\nPersonal identity code: {HETU(g.hetu(female=p.female))}\nPhone: {PH(g.phone('fi', intl=True))}\n"
        f"Bank account: {IBAN(g.iban('FI', 'sp'))}",
        f"hetu {HETU(g.hetu(sign=g.ch('ABCDEF'), lower=True, child=True))} - that's my son's, he's the one on the SIM contract. "
        f"Mine is {HETU(g.hetu())}",
    ][i]


@T("en", 5, "ID_INVALID")
def en_id_bad_fix(g, i):
    p = g.P("fi")
    h, c, a = g.hetu(female=p.female), g.cnp_num(), g.amka_num()
    return [
        f"I think I typed my henkilötunnus wrong in the form. I put {BAD('FI_HETU', g.typo('FI_HETU', h))} but it "
        f"should be {HETU(h)}.",
        f"Sorry, the CNP I gave yesterday ({BAD('RO_CNP', g.typo('RO_CNP', c))}) has a typo. Correct one: {CNP(c)}",
        f"The portal says my AMKA {BAD('GR_AMKA', g.typo('GR_AMKA', a))} doesn't exist. Oh wait, I misread a digit on "
        f"the card: it's {AMKA(a)}.",
        f"Your form won't accept the VAT number {bad(g, 'IT_PARTITA_IVA', IT=True)}. It's on every invoice we've ever sent you!",
        f"codice fiscale {bad(g, 'IT_CODICE_FISCALE')} rejected again, and AFM {bad(g, 'GR_AFM')} too. what am I doing wrong",
    ][i]


@T("en", 3, "PHONE")
def en_phone_uk(g, i):
    return [
        f"pls call me back on {PH(g.phone('uk', intl=False))} after {tm(g)}",
        f"You can text me on {PH(g.phone('uk'))} - I'm in meetings all day and can't pick up.",
        f"my number's changed, new one is {PH(g.phone('uk', intl=True))} (old one was {PH(g.phone('uk', 'l', intl=False))}, "
        f"that's the landline, cancel it)",
    ][i]


@T("en", 2, "MULTI")
def en_phone_us(g, i):
    p = g.P("en", female=False)
    return [
        f"You can reach my husband {PER(p.full)} at {PH(g.phone('us', intl=False))}. He's in Boston until {dt(g)}.",
        f"I'm calling from the States, best number is {PH(g.phone('us', intl=True))}. Eastern time please, "
        f"I'm {N('QUANTITY', '5 hours')} behind you. Ship to {AD(g.address('us'))}.",
    ][i]


@T("en", 2, "MULTI")
def en_ie(g, i):
    p = g.P()
    return [
        f"New address for the account: {AD(g.address('ie', 0))}. Mobile {PH(g.phone('ie'))}.",
        f"Hi, {PER(p.first)} here, we moved last week. Could you update the billing address to "
        f"{AD(g.address('ie', 1))} and the landline to {PH(g.phone('ie', 'l'))}? Meter reading on the day was {met(g)}.",
    ][i]


@T("en", 3, "PHONE")
def en_phone_spoken(g, i):
    p = g.P()
    return [
        f"AGENT: And the best number to reach you on?\nCALLER: It's {PH(g.phone_spoken('uk'))}. Actually no, "
        f"that's my work one. Mobile's {PH(g.phone_spoken('uk'))}.",
        f"Customer: yeah my number is {PH(g.phone_spoken('ie', 'en'))}\nAgent: Sorry, the line is breaking up. Could you "
        f"text it to us instead?\nCustomer: Sure. Name's {PER(p.first)}.",
        f"AGENT: Can I take a contact number, {'Ms' if p.female else 'Mr'} {PER(p.last)}?\n"
        f"CALLER: {PH(g.phone_spoken('uk'))}, or the house phone, {PH(g.phone('uk', 'l', intl=False))}.",
    ][i]


@T("en", 3, "MULTI")
def en_complaint(g, i):
    p = g.P()
    ag = g.P()
    ttl = "Ms" if ag.female else "Mr"
    cc = ["uk", "uk", "ie"][i]
    return [
        f"Dear Sir or Madam,\n\nI am writing to complain about the way my contract with Skylink Mobile was handled. "
        f"On {dt(g)} I was told by {ttl} {PER(ag.last)} in your Oxford Street shop that the upgrade would cost "
        f"{pr(g)} a month. My first bill shows {pr(g)}.\n\nThe account is in the name of {PER(p.full)} and the line is "
        f"{PH(g.phone(cc))}. Please send your written response to {AD(g.address(cc))}.\n\n"
        f"Yours faithfully,\n\n{PER(p.full)}\n{EM(g.email(p))}",
        f"Hello,\n\nfollowing my call with {PER(ag.first)} this morning (ticket {tik(g)}), here are the details you asked for.\n\n"
        f"Name: {PER(p.full)}\nAddress: {AD(g.address(cc, 2))}\nEmail: {EM(g.email(p, cap=True))}\n\n"
        f"The boiler engineer can come any weekday after {tm(g)}.\n\nRegards\n{PER(p.first)}",
        f"Hi there\n\nI've been without broadband since {dt(g)}. Router serial {ser(g)}, speed test shows "
        f"{N('QUANTITY', '0.4 Mbps')}. I work from home and this is costing me money.\n\n"
        f"Account holder: {PER(p.full)}, {AD(g.address(cc))}\nContact: {PH(g.phone(cc))} / {EM(g.email(p))}\n\n"
        f"Sent from my iPhone",
    ][i]


@T("en", 3, "PERSON")
def en_names_words(g, i):
    return [
        f"{PER('Will Baker')} here - {PER('Grace')} said you'd call me back about the boiler?",
        f"hi it's {PER('hope rivers')}, the van driver left my parcel with {PER('Mark')} next door but he's away till {dt(g)}",
        f"Thanks {PER('Rose')}! And please pass my thanks to {PER('Bill Young')} in the Leeds depot too.",
    ][i]


@T("en", 3, "NEG")
def en_names_words_neg(g, i):
    return [
        f"Will you refund the {pr(g)} or not? Mark my words, I'm switching supplier.",
        f"Hope this gets sorted soon. Is there a grace period on the bill due {dt(g)}?",
        f"Young drivers surcharge is {pr(g)} per day?? That wasn't on the booking page. Baker Street branch, {tm(g)} pick-up.",
    ][i]


@T("en", 7, "NEG")
def en_neg(g, i):
    return [
        f"is the 5G unlimited plan still {pr(g)} a month or did it go up in April?",
        f"how long does a refund take usually? ordered on {dt(g)}, order no {od(g)}",
        f"What time does the Heathrow T5 desk open on Sundays? Flight lands at {tm(g)}. Do you deliver cars to "
        f"{N('POSTCODE', 'TW6')} or only to the desk?",
        f"Invoice {inv(g)} shows {N('QUANTITY', '2 x')} {pr(g)} but I only received one kettle ({sku(g)}).",
        f"app crashes on {N('VERSION', 'v5.2.1')} every time I try to upload a photo of the damage 😡",
        f"Meter reading {met(g)} taken {dt(g)}, account ref {cus(g)}. Tariff went up {N('PERCENT', '12%')} since {N('YEAR', '2024')}?",
        f"parcel {trk(g)} says delivered at {tm(g)} but nothing here. 3rd time this month",
    ][i]


@T("en", 2, "EMAIL")
def en_email_spoken(g, i):
    p = g.P()
    return [
        f"CALLER: my email's {EM(g.email_spoken(p))}, all lower case.\nAGENT: Thank you, I'll send the quote there now.",
        f"Agent: And the email on the account?\nCustomer: {EM(g.email(p))}. No wait, that's the old one. "
        f"It's {EM(g.email_spoken(p))}.",
    ][i]


@T("en", 2, "MULTI")
def en_sms(g, i):
    p = g.P()
    return [
        f"Drivo: Hi {PER(p.first)}, your car for booking {bk(g)} is ready in bay {N('QUANTITY', '14')}. "
        f"Pick-up from {tm(g)}. Reg {plt(g, 'uk')}.",
        f"Parcelia: your parcel {trk(g)} is out for delivery today between {tm(g)} and {tm(g)}. Reply STOP to opt out.",
    ][i]


@T("en", 3, "PERSON")
def en_review(g, i):
    return [
        f"★★★★★ {PER('Sam')} at the Gatwick desk sorted everything in 5 minutes. Car was spotless.",
        f"★☆☆☆☆ app logs me out every time ({N('VERSION', 'v4.18')}, Pixel 8). Chat agent {PER('Priya')} was nice though.",
        f"2/5 - delivery was late and the courier ({PER('Daniel')}, according to the app) threw it over the fence.",
    ][i]


@T("en", 2, "MULTI")
def en_form_ro_it(g, i):
    p = g.P("ro")      # codice fiscale below is built from this person's name
    return [
        f"Form submission {tik(g)}\nFirst name: {PER(strip_acc(p.first))}\nLast name: {PER(strip_acc(p.last))}\n"
        f"National ID (CNP): {CNP(g.cnp(female=p.female))}\nItalian tax code: {CF(g.cf(p))}\n"
        f"IBAN: {IBAN(g.iban('RO'))}\nMobile: {PH(g.phone('ro', intl=True))}",
        f"Applicant: {PER(p.full)}\nCNP {CNP(g.cnp('1-6-6', female=p.female))}\nCodice fiscale {CF(g.cf(p, omo=1))}\n"
        f"Mobile (IT): {PH(g.phone('it', intl=True))}\nPartita IVA (IT): {PIVA(g.piva('plain'))}",
    ][i]


@T("en", 2, "MULTI")
def en_fi_expat(g, i):
    p = g.P("en")
    return [
        f"Hi! I'm {PER(p.full)}, British but living in Tampere. Henkilötunnus {HETU(g.hetu(female=p.female))}, "
        f"Finnish mobile {PH(g.phone('fi', intl=False))}. Could you move my UK account to the address "
        f"{AD(g.address('fi', 1))}?",
        f"Refund to my Finnish account please: {IBAN(g.iban('FI'))}. My ID number there is "
        f"{HETU(g.hetu(female=p.female))}. Thanks, {PER(p.first)}",
    ][i]


@T("en", 2, "MULTI")
def en_card_iban_mix(g, i):
    p = g.P()
    return [
        f"Hi {PER(g.P().first)}, as discussed: charge the damage excess to {CARD(g.card('lines'))} and refund the fuel "
        f"difference ({pr(g)}) to my Portuguese account, {IBAN(g.iban('PT'))}. Thanks, {PER(p.full)}",
        f"Two cards on file, please delete the first one: {CARD(g.card('sp'))} and keep {CARD(g.card('two'))}.",
    ][i]


@T("en", 2, "MULTI")
def en_gr_ro_multi(g, i):
    q = g.P("el", female=True)
    return [
        f"Dear team,\nmy colleague {PER(q.lat_first.capitalize() + ' ' + q.lat_last.capitalize())} will pick up the car. "
        f"Her details: AFM {AFM(g.afm('EL '))}, AMKA {AMKA(g.amka('6-5'))}, phone {PH(g.phone('el', intl=True))}.\nThanks",
        f"Hi, payment for contract {ctr(g)} should come from {IBAN(g.iban('GR'))}. Holder "
        f"{PER(q.lat_first.upper() + ' ' + q.lat_last.upper())}, AMKA {AMKA(g.amka())}, AFM {AFM(g.afm('plain'))}.",
    ][i]


# ==========================================================================
# ITALIAN
# ==========================================================================
IT_SPELL = {"A": "Ancona", "B": "Bologna", "C": "Como", "D": "Domodossola", "E": "Empoli", "F": "Firenze",
            "G": "Genova", "H": "hotel", "I": "Imola", "J": "jolly", "K": "kappa", "L": "Livorno", "M": "Milano",
            "N": "Napoli", "O": "Otranto", "P": "Palermo", "Q": "quarto", "R": "Roma", "S": "Savona",
            "T": "Torino", "U": "Udine", "V": "Venezia", "W": "Washington", "X": "xilofono", "Y": "yogurt",
            "Z": "Zara"}


def it_spell_cf(cf):
    out = []
    i = 0
    while i < len(cf):
        c = cf[i]
        if c.isdigit():
            j = i
            while j < len(cf) and cf[j].isdigit():
                j += 1
            out.append(" ".join(cf[i:j]))
            i = j
        else:
            out.append(f"{c} come {IT_SPELL[c]}")
            i += 1
    return ", ".join(out)


def it_sig(p):
    return "Sig.ra" if p.female else "Sig."


@T("it", 5, "ID")
def it_cf_chat(g, i):
    p = g.P()
    w, m = g.P(female=True), g.P(female=False)
    return [
        f"buongiorno, il mio codice fiscale è {CF(g.cf(p))}, mi serve la copia della bolletta di febbraio",
        f"cf {CF(g.cf(p, style='lower'))} grazie",
        f"Salve, per la voltura della fornitura (uso non domestico): intestatario {PER(p.full)}, C.F. {CF(g.cf(p))}, "
        f"P.IVA {PIVA(g.piva('plain'))}, IBAN per la domiciliazione {IBAN(g.iban('IT', 'plain'))}, codice cliente {cus(g)}.",
        f"ecco il codice fiscale di mia moglie {PER(w.first.lower())}: {CF(g.cf(w))} 🙂 "
        f"e il mio {CF(g.cf(m, style='lower'))}",
        f"Codice Fiscale/Tax code: {CF(g.cf(p, omo=2))} (è con le lettere al posto dei numeri, è un caso di omocodia, non è un errore!)",
    ][i]


@T("it", 5, "MULTI")
def it_form(g, i):
    p = g.P()
    cfv = g.cf(p, style="up")
    lines = [
        f"Nome: {PER(p.first)}\nCognome: {PER(p.last)}\nCodice fiscale: {CF(cfv)}\nIndirizzo di fornitura: "
        f"{AD(g.address('it', 0))}\nCellulare: {PH(g.phone('it', intl=False))}\nEmail: {EM(g.email(p))}",
        f"NOME E COGNOME: {PER(p.full.upper())}\nC.F.: {CF(cfv)}\nIBAN PER ADDEBITO: {IBAN(g.iban('IT', 'sp'))}\n"
        f"TEL: {PH(g.phone('it', 'l', intl=False))}",
        f"Richiesta n. {tik(g)} - modulo web\nRichiedente: {PER(p.full)}\nCodice fiscale: {CF(cfv.lower())}\n"
        f"Indirizzo: {AD(g.address('it', 3))}\nTelefono: {PH(g.phone('it', intl=True))}\nMessaggio: il contatore segna "
        f"{met(g)} ma in bolletta c'è una lettura stimata molto più alta\nP.IVA (solo aziende): {PIVA(g.piva('plain'))}",
        f"Dati conducente principale\n{PER(p.full)}\nRitiro: {dt(g)} ore {tm(g)}\n"
        f"Codice fiscale {CF(cfv)}\nGruppo auto: {N('PRODUCT_CODE', 'CDMR')}, {N('QUANTITY', '7 giorni')}\nCell {PH(g.phone('it'))}",
        f"Intestatario: {PER(p.full)}\nC.F. {CF(cfv)}\nCarta: {CARD(g.card())}\nScadenza: "
        f"{N('DATE', '%02d/%d' % (g.r(1, 12), g.r(27, 31)))}\nIndirizzo di fatturazione: {AD(g.address('it', 5))}",
    ][i]
    return lines


@T("it", 5, "ID")
def it_piva(g, i):
    p = g.P()
    return [
        f"Buongiorno, vi chiedo di intestare la fattura a Impianti Elettrici Aurora S.r.l., P.IVA {PIVA(g.piva('plain'))}, "
        f"sede legale {AD(g.address('it', 1))}. Referente: dott. {PER(p.last)}. Codice SDI {N('SDI_CODE', 'M5UXCR1')}.",
        f"partita iva {PIVA(g.piva('sp'))} grazie mille",
        f"Sono titolare di ditta individuale: P. IVA {PIVA(g.piva('plain'))}, C.F. {CF(g.cf(p))}. La fattura {inv(g)} "
        f"va riemessa con l'IVA al {N('PERCENT', '22%')}.",
        f"la nostra partita IVA è cambiata dopo la fusione: vecchia {PIVA(g.piva('IT'))}, nuova {PIVA(g.piva('IT'))}. "
        f"Aggiornate l'anagrafica per favore.",
        f"P.IVA: {PIVA(g.piva('IT '))}\nC.F. titolare: {CF(g.cf(p))}\nRagione sociale: Trattoria Il Pozzo\nPEC: {EM(p.lat_last.replace(' ', '') + '.' + p.lat_first + '@pec.it')}",
    ][i]


@T("it", 3, "ID")
def it_cf_call(g, i):
    p = g.P()
    cf = g.cf_code(p, 0)
    g._used.add(cf)
    return [
        f"OPERATORE: Mi può dettare il codice fiscale, per cortesia?\nCLIENTE: Allora... {CF(it_spell_cf(cf))}.\n"
        f"OPERATORE: Perfetto, grazie {it_sig(p)} {PER(p.last)}.",
        f"OPERATORE: Il codice fiscale?\nCLIENTE: {CF(cf[:6] + ' ' + cf[6:11] + ' ' + cf[11:])}\nOPERATORE: Ripeto: "
        f"{CF(' '.join(cf[:6]) + ' ' + cf[6:8] + ' ' + cf[8] + ' ' + cf[9:11] + ' ' + ' '.join(cf[11:]))}, giusto?\nCLIENTE: Sì.",
        f"[10:42:05] Cliente: il cf è {CF(cf)}\n[10:42:40] Operatore: Grazie {PER(p.first)}, verifico subito.",
    ][i]


@T("it", 3, "ID_INVALID")
def it_cf_fix(g, i):
    p = g.P()
    cf = g.cf(p, style="up")
    return [
        f"CLIENTE: il codice fiscale è {BAD('IT_CODICE_FISCALE', g.typo('IT_CODICE_FISCALE', cf))}... no scusi, ho "
        f"sbagliato, è {CF(cf)}.",
        f"Il vostro sito mi dice che il codice fiscale {bad(g, 'IT_CODICE_FISCALE')} non è valido, ma è quello "
        f"stampato sulla tessera sanitaria!!",
        f"cf {bad(g, 'IT_CODICE_FISCALE', lower=True)} errore 'codice non valido' 😡😡",
    ][i]


@T("it", 4, "ID_INVALID")
def it_bad_other(g, i):
    return [
        f"Mi risulta che la partita IVA {bad(g, 'IT_PARTITA_IVA')} inserita in fattura non sia corretta, potete verificare? "
        f"La nostra è {PIVA(g.piva('plain'))}.",
        f"Ho inserito l'IBAN {bad(g, 'IBAN', cc='IT', style='sp')} ma il sistema dice che è errato.",
        f"la carta {bad(g, 'CARD', style='sp')} viene rifiutata come numero non valido, ordine {od(g)}",
        f"Nel contratto c'è scritto IBAN {bad(g, 'IBAN', cc='IT', style='plain')}, ma credo manchi una cifra o sia "
        f"sbagliata. Il mio è {IBAN(g.iban('IT', 'parts'))}.",
    ][i]


@T("it", 4, "IBAN")
def it_iban(g, i):
    p = g.P()
    return [
        f"Vi chiedo il rimborso sul conto IBAN {IBAN(g.iban('IT', 'parts'))} intestato a {PER(p.full)} (C.F. "
        f"{CF(g.cf(p))}).",
        f"Buongiorno,\nho cambiato banca, nuovo IBAN per la domiciliazione:\n{IBAN(g.iban('IT', 'lines'))}\n"
        f"Intestatario {PER(p.full)}\nGrazie",
        f"iban {IBAN(g.iban('IT', 'lower'))} intestato a mio marito {PER(g.P(female=False).first.lower())}",
        f"Lavoro in Germania, potete addebitare sul mio conto tedesco? IBAN {IBAN(g.iban('DE', 'sp'))}, "
        f"titolare {PER(p.full)}.",
    ][i]


@T("it", 5, "CARD")
def it_card(g, i):
    p = g.P()
    num = g.card_num("visa")
    return [
        f"ho pagato con la carta {CARD(g.card())} ma l'ordine {od(g)} risulta annullato, mi avete addebitato {pr(g)}",
        f"Potete usare questa carta per la cauzione? {CARD(g.card('dash'))} intestata a {PER(p.full)} (C.F. "
        f"{CF(g.cf(p))}, ditta Autoricambi Sud S.a.s., P.IVA {PIVA(g.piva('IT'))})",
        f"OPERATORE: Numero della carta?\nCLIENTE: {CARD(spell('it', num, [4, 4, 4, 4]))}.\nOPERATORE: Grazie, "
        f"{it_sig(p)} {PER(p.last)}.",
        f"carta prepagata {CARD(g.card('plain'))} ricaricata ieri con {pr(g)} ma il pagamento non passa",
        f"Buonasera, mi è stato addebitato due volte il noleggio sulla carta {CARD(g.card('uneven'))}. Prenotazione {bk(g)}.",
    ][i]


@T("it", 6, "PHONE")
def it_phone(g, i):
    p = g.P()
    return [
        f"mi richiamate al {PH(g.phone('it', intl=False))} dopo le {tm(g)}?",
        f"cell. {PH(g.phone('it'))}",
        f"Il numero fisso di casa è {PH(g.phone('it', 'l', intl=False, style=2))}, il cellulare {PH(g.phone('it', intl=False))}.",
        f"se non rispondo chiamate mio figlio {PER(p.first)} al {PH(g.phone('it'))}",
        f"OPERATORE: Un recapito telefonico?\nCLIENTE: {PH(g.phone_spoken('it'))}... anzi no, scusi, quello è vecchio. "
        f"Il nuovo è {PH(g.phone_spoken('it'))}.",
        f"Sono in Inghilterra per lavoro fino a {N('DATE', 'maggio')}, contattatemi al {PH(g.phone('uk', intl=True))} "
        f"oppure su WhatsApp al {PH(g.phone('it', intl=True))}.",
    ][i]


@T("it", 3, "MULTI")
def it_email_long(g, i):
    p = g.P()
    ag = g.P()
    return [
        f"-------- Messaggio inoltrato --------\nDa: {PER(p.full)} <{EM(g.email(p))}>\nData: {N('DATE', '10/03/2026')} "
        f"{N('TIME', '09:14')}\nOggetto: Reclamo fattura {inv(g)}\nA: Servizio Clienti Energia Chiara\n\n"
        f"Gentile Servizio Clienti,\n\nin data {dt(g)} ho ricevuto una bolletta di {pr(g)} per un bimestre in cui "
        f"l'appartamento era vuoto. La lettura reale del contatore è {met(g)}.\n\nChiedo la rettifica e il ricalcolo.\n\n"
        f"Cordiali saluti\n{PER(p.full)}\n{AD(g.address('it', 0))}\nTel. {PH(g.phone('it'))}",
        f"{'Gentile dott.ssa' if ag.female else 'Egregio dott.'} {PER(ag.last)},\n\ncome da accordi telefonici Le invio i miei dati "
        f"per la richiesta di mutuo:\n\n- {PER(p.full)}, C.F. {CF(g.cf(p))}\n- residente in {AD(g.address('it', 3))}\n"
        f"- cellulare {PH(g.phone('it'))}\n- libero professionista, P.IVA {PIVA(g.piva('plain'))}\n\nResto a disposizione.\nDistinti saluti\n\n{PER(p.full)}\n--\nInviato da iPhone",
        f"Buongiorno,\n\nsono {PER(p.full)}, cliente Onda Mobile dal {N('YEAR', '2017')}. Dal {dt(g)} la linea non "
        f"funziona e nessuno mi richiama. Ho parlato con {PER(ag.first)} (pratica {tik(g)}) e poi con un collega di "
        f"cui non ricordo il nome.\n\nVi prego di contattarmi via mail a {EM(g.email(p, cap=True))} o al "
        f"{PH(g.phone('it', 'l'))}.\n\nSaluti,\n{PER(p.first)}",
    ][i]


@T("it", 4, "PERSON")
def it_names_chat(g, i):
    return [
        f"ciao sono {PER('marco rossi')} ho un problema con la sim nuova non si attiva",
        f"Buonasera, parlo con la signora {PER('Costa')}? La richiamo per la pratica di ieri.",
        f"salve mi chiamo {PER('Rosa Bianchi')}, {PER('Franco')} mi ha detto di scrivervi qui",
        f"ringrazio {PER('Serena')} del punto vendita di via Roma, gentilissima e molto preparata 👏",
    ][i]


@T("it", 3, "NEG")
def it_names_neg(g, i):
    return [
        f"Rosa o azzurra? La cover che mi è arrivata è rosa ma avevo ordinato quella azzurra (cod. {sku(g)}). "
        f"Costa {pr(g)}, almeno mandatemi quella giusta!",
        f"Serena giornata a tutti, volevo solo sapere se la promo da {pr(g)} al mese vale anche per i già clienti",
        f"Sarò franco: il servizio è peggiorato. Via WhatsApp nessuno risponde dal {dt(g)}.",
    ][i]


@T("it", 6, "NEG")
def it_neg(g, i):
    return [
        f"La consegna è prevista per il {dt(g)} tra le {tm(g)} e le {tm(g)}? Ordine {od(g)}",
        f"lettura contatore gas {met(g)} m³ del {dt(g)}",
        f"Il codice sconto PRIMAVERA20 non funziona sul carrello da {pr(g)}",
        f"la mia offerta è passata da {N('PRICE', '0,12 €/kWh')} a {N('PRICE', '0,19 €/kWh')} senza preavviso, è legale?",
        f"Ho restituito {N('QUANTITY', '2 paia')} di scarpe (cod. {sku(g)}) ma il rimborso è di soli {pr(g)}. "
        f"Il ritiro al CAP {N('POSTCODE', '00144')} è gratuito?",
        f"App versione {N('VERSION', '3.12.0')} su Android, crash all'apertura. Fattura {inv(g)} non scaricabile.",
    ][i]


@T("it", 6, "ID")
def it_foreign(g, i):
    r = g.P("ro")
    e = g.P("el")
    f = g.P("fi")
    return [
        f"Buongiorno, mi chiamo {PER(r.full)}, sono {'romena' if r.female else 'romeno'} e lavoro a Torino come "
        f"badante. Il mio CNP è {CNP(g.cnp(female=r.female))} e il codice fiscale italiano {CF(g.cf(r))}.",
        f"salve sono {PER(strip_acc(r.full).lower())}, per il contratto luce mi chiedono il documento rumeno, cnp "
        f"{CNP(g.cnp('sp', female=r.female))}",
        f"Sono uno studente greco a Bologna. AMKA {AMKA(g.amka())}, AFM {AFM(g.afm())}. Posso attivare la SIM con questi?",
        f"Per la pratica di mia madre ({PER(e.lat_first.capitalize() + ' ' + e.lat_last.capitalize())}) allego: "
        f"AMKA {AMKA(g.amka('6-5'))}, codice fiscale greco (AFM) {AFM(g.afm('EL'))}.",
        f"Sono finlandese e vivo a Milano da gennaio. Henkilötunnus {HETU(g.hetu(female=f.female))}, "
        f"codice fiscale {CF(g.cf(f))}. Nome: {PER(f.full)}.",
        f"CNP {CNP(g.cnp('1-6-6'))} / codice fiscale {CF(g.cf(omo=3))} / P.IVA {PIVA(g.piva('plain'))} - sono la stessa "
        f"persona, ho aperto la partita IVA a gennaio",
    ][i]


@T("it", 2, "ID")
def it_foreign2(g, i):
    return [
        f"mio marito è finlandese, il suo numero personale è {HETU(g.hetu(female=False))}, serve per il noleggio?",
        f"Tessera sanitaria greca: AMKA {AMKA(g.amka('2-2-2-5'))}. AFM: {AFM(g.afm('3-3-3'))}. Grazie!",
    ][i]


@T("it", 2, "PERSON")
def it_review(g, i):
    return [
        f"⭐️⭐️⭐️⭐️⭐️ Ottimo servizio, la ragazza al banco di Fiumicino ({PER('Serena')}) gentilissima. Auto pulita, consegna in {N('QUANTITY', '10 minuti')}.",
        f"⭐ pessimi. 2 ore di attesa al telefono e poi {PER('Gianluca')} mi ha chiuso in faccia. Mai più Onda Mobile",
    ][i]


@T("it", 2, "MULTI")
def it_sms(g, i):
    p = g.P()
    return [
        f"Viaggia Rent: gentile {PER(p.full)}, la sua prenotazione {bk(g)} è confermata per il {dt(g)} alle {tm(g)}. "
        f"Targa {plt(g, 'it')}.",
        f"Compralì: il tuo ordine {od(g)} è in consegna oggi. Corriere: {PER(g.P(female=False).first)}, tel. "
        f"{PH(g.phone('it', intl=False))}.",
    ][i]


@T("it", 2, "EMAIL")
def it_email_spoken(g, i):
    p = g.P()
    return [
        f"CLIENTE: la mia mail è {EM(g.email_spoken(p))}\nOPERATORE: Ripeto: {EM(g.email(p))}?\nCLIENTE: No, col punto in mezzo.",
        f"scrivetemi a {EM(g.email(p))} oppure a quella del lavoro, {EM(g.email(g.P(female=p.female), domain='studiolegale' + p.lat_last.replace(' ', '') + '.it'))}",
    ][i]


@T("it", 3, "MULTI")
def it_addr(g, i):
    p = g.P()
    return [
        f"vorrei cambiare l'indirizzo di spedizione in {AD(g.address('it', 4))}, al citofono c'è scritto {PER(p.last)}",
        f"Spett.le Banca del Borgo,\nil sottoscritto {PER(p.full)}, residente in {AD(g.address('it', 2))}, titolare della "
        f"ditta individuale omonima (P.IVA {PIVA(g.piva('plain'))}), chiede "
        f"l'estinzione del conto corrente IBAN {IBAN(g.iban('IT', 'sp'))}.\nIn fede\n{PER(p.full)}",
        f"Consegnate pure al vicino, {it_sig(p)} {PER(g.P().last)}, {AD(g.address('it', 0))}. Io rientro alle {tm(g)}.",
    ][i]


@T("it", 2, "NEG")
def it_neg2(g, i):
    return [
        f"Quanto costa l'extra per il seggiolino? Ritiro a Malpensa il {dt(g)} ore {tm(g)}, riconsegna a Linate.",
        f"CAP {N('POSTCODE', '20121')} è coperto dalla fibra? Vorrei la {N('QUANTITY', '1 Gbps')} da {pr(g)}",
    ][i]


# ==========================================================================
# GREEK
# ==========================================================================
def el_kyr(p, case):
    """κύριε/κυρία + surname in the case the sentence needs (title outside span)."""
    if p.female:
        return {"nom": "η κυρία", "gen": "της κυρίας", "acc": "την κυρία", "voc": "κυρία"}[case]
    return {"nom": "ο κύριος", "gen": "του κυρίου", "acc": "τον κύριο", "voc": "κύριε"}[case]


def el_art(p, case):
    if p.female:
        return {"nom": "η", "gen": "της", "acc": "την"}[case]
    return {"nom": "ο", "gen": "του", "acc": "τον"}[case]


def el_upper(s):
    """Greek capitals are written without the stress mark."""
    return strip_acc(s).upper()


def greeklish(p):
    return p.lat_first + " " + p.lat_last


@T("el", 6, "ID")
def el_chat_ids(g, i):
    p = g.P()
    return [
        f"Καλησπέρα, ο ΑΜΚΑ μου είναι {AMKA(g.amka('plain'))} και ο ΑΦΜ {AFM(g.afm('plain'))}. Θέλω να μεταφέρω το ρεύμα "
        f"στο όνομά μου. Της κόρης μου ο ΑΜΚΑ είναι {AMKA(g.amka('plain'))}.",
        f"αμκα {AMKA(g.amka())} αφμ {AFM(g.afm())} και αμκα παιδιου {AMKA(g.amka('plain'))}",
        f"ΑΦΜ: {AFM(g.afm('3-3-3'))} / ΔΟΥ Καλαμαριάς",
        f"Ορίστε: {AMKA(g.amka('6-5'))}",
        f"kalispera, to afm mou einai {AFM(g.afm('plain'))} kai to amka {AMKA(g.amka('plain'))}, eimai o "
        f"{PER(greeklish(g.P(female=False)))} 🙂",
        f"Με λένε {PER(p.full_in('acc'))}, ο ΑΜΚΑ μου είναι {AMKA(g.amka('2-2-2-5'))} και ο ΑΦΜ {AFM(g.afm('plain'))}. "
        f"Τι άλλο χρειάζεστε;",
    ][i]


@T("el", 5, "MULTI")
def el_form(g, i):
    p = g.P()
    return [
        f"Ονοματεπώνυμο: {PER(p.full)}\nΑΦΜ: {AFM(g.afm())}\nΔΟΥ: Α' Αθηνών\nΑΜΚΑ: {AMKA(g.amka())}\n"
        f"Διεύθυνση: {AD(g.address('el', 1))}\nΚινητό: {PH(g.phone('el', intl=False))}\nEmail: {EM(g.email(p))}",
        f"ΣΤΟΙΧΕΙΑ ΟΔΗΓΟΥ\nΕπώνυμο: {PER(el_upper(p.last))}\nΌνομα: {PER(el_upper(p.first))}\nΑ.Μ.Κ.Α.: {AMKA(g.amka('dash'))}\n"
        f"Α.Φ.Μ.: {AFM(g.afm('plain'))}\nΚάρτα εγγύησης: {CARD(g.card('sp'))}\n"
        f"Τηλ.: {PH(g.phone('el', intl=True))}\nΑρ. κράτησης: {bk(g)}",
        f"Αίτηση σύνδεσης {tik(g)}\nΟνοματεπώνυμο: {PER(p.full)}\nΑΦΜ {AFM(g.afm('EL'))}\nΑΜΚΑ {AMKA(g.amka('plain'))}\n"
        f"Διεύθυνση παροχής: {AD(g.address('el', 0))}\nΤηλέφωνο: {PH(g.phone('el', 'l', intl=False))}",
        f"Δικαιούχος: {PER(el_upper(p.full))}\nIBAN: {IBAN(g.iban('GR', 'sp'))}\nΑΦΜ δικαιούχου: {AFM(g.afm('plain'))}\n"
        f"ΑΜΚΑ δικαιούχου: {AMKA(g.amka('plain'))}",
        f"Όνομα: {PER(p.first)}\nΕπώνυμο: {PER(p.last)}\nΑΜΚΑ: {AMKA(g.amka('plain'))}\nΑΦΜ: {AFM(g.afm('plain'))}\n"
        f"E-mail: {EM(g.email(p, cap=True))}\nΚάρτα: {CARD(g.card())}",
    ][i]


@T("el", 4, "ID")
def el_call(g, i):
    p = g.P()
    a = g.amka_num()
    f = g.afm_num()
    return [
        f"ΥΠΑΛΛΗΛΟΣ: Μου λέτε τον ΑΜΚΑ σας;\nΠΕΛΑΤΗΣ: Ναι, {AMKA(spell('el', a, [2, 2, 2, 5]))}.\n"
        f"ΥΠΑΛΛΗΛΟΣ: Ευχαριστώ {el_kyr(p, 'voc')} {PER(p.ln('voc'))}.",
        f"Εκπρόσωπος: Και ο ΑΦΜ;\nΠελάτης: {AFM(group(f, [3, 3, 3]))}\nΕκπρόσωπος: Επαναλαμβάνω, "
        f"{AFM(spell('el', f, [3, 3, 3]))};\nΠελάτης: Σωστά.",
        f"[11:02] Πελάτισσα: ο ΑΜΚΑ είναι {AMKA(group(a, [6, 5]))}\n[11:03] Εκπρόσωπος: Ευχαριστώ κυρία "
        f"{PER(g.P(female=True).last)}, βλέπω τον λογαριασμό.",
        f"ΠΕΛΑΤΗΣ: ο αφμ μου {AFM(f)}, και για τη σύζυγό μου, {PER(g.P(female=True).fn('acc'))}, {AFM(g.afm('plain'))}. "
        f"Ο ΑΜΚΑ της είναι {AMKA(g.amka('plain'))}.",
    ][i]


@T("el", 5, "ID_INVALID")
def el_bad(g, i):
    p = g.P()
    a = g.amka_num()
    return [
        f"Το σύστημα βγάζει «μη έγκυρος ΑΦΜ» για το {bad(g, 'GR_AFM')}. Τον έχω γράψει σωστά!",
        f"ο αμκα {bad(g, 'GR_AMKA')} δεν βγαινει στο site σας, τι να κανω;",
        f"ΠΕΛΑΤΗΣ: {BAD('GR_AMKA', g.typo('GR_AMKA', a))}. Α, όχι, λάθος μου, ένα ψηφίο: {AMKA(a)}.",
        f"Έβαλα IBAN {bad(g, 'IBAN', cc='GR', style='sp')} και η πληρωμή γύρισε πίσω ως λανθασμένη.",
        f"Η κάρτα {bad(g, 'CARD')} απορρίπτεται ως «μη έγκυρος αριθμός» στην παραγγελία {od(g)}.",
    ][i]


@T("el", 3, "ID_INVALID")
def el_bad2(g, i):
    return [
        f"Στο τιμολόγιο {inv(g)} γράφει ΑΦΜ {bad(g, 'GR_AFM', EL=True)}, που δεν είναι ο δικός μας.",
        f"αφμ {bad(g, 'GR_AFM')} λάθος? το έβγαλα από το Taxisnet",
        f"Κάρτα {bad(g, 'CARD', style='plain')}: «Ο αριθμός κάρτας δεν είναι έγκυρος». Δοκίμασα και με την {bad(g, 'CARD', style='sp')}, τίποτα.",
    ][i]


@T("el", 3, "ID")
def el_invoice(g, i):
    p = g.P()
    return [
        f"Παρακαλώ εκδώστε τιμολόγιο αντί για απόδειξη: Αιγαίο Logistics Α.Ε., ΑΦΜ {AFM(g.afm('EL'))}, ΔΟΥ ΦΑΕ Πειραιά.",
        f"Για την εταιρεία μου: ΑΦΜ {AFM(g.afm('3-3-3'))}, υπεύθυνος {PER(p.full)}. Ποσοστό ΦΠΑ {N('PERCENT', '24%')}.",
        f"VAT: {AFM(g.afm('EL '))} (Italian branch: {PIVA(g.piva('IT'))}) - please invoice in English, thank you. Ευχαριστώ!",
    ][i]


@T("el", 5, "IBAN")
def el_iban(g, i):
    p = g.P()
    return [
        f"Το IBAN μου για την επιστροφή των {pr(g)}: {IBAN(g.iban('GR', 'sp'))}, δικαιούχος {PER(p.full)}, "
        f"ΑΦΜ {AFM(g.afm('plain'))}.",
        f"Καλημέρα,\nστείλτε την εγγύηση σε αυτόν τον λογαριασμό:\n{IBAN(g.iban('GR', 'lines'))}\nΕυχαριστώ,\n{PER(p.first)}",
        f"iban {IBAN(g.iban('GR', 'lower'))}",
        f"Δουλεύω στη Λευκωσία, μπορείτε να χρεώνετε τον κυπριακό λογαριασμό μου; {IBAN(g.iban('CY', 'sp'))}",
        f"Ο λογαριασμός είναι στο όνομα του {PER(g.P(female=False).full_in('gen'))}, IBAN {IBAN(g.iban('AT', 'plain'))} (Αυστρία).",
    ][i]


@T("el", 5, "CARD")
def el_card(g, i):
    p = g.P()
    num = g.card_num("visa")
    return [
        f"πλήρωσα με την κάρτα {CARD(g.card())} αλλά η παραγγελία {od(g)} δεν ολοκληρώθηκε",
        f"ΥΠΑΛΛΗΛΟΣ: Τον αριθμό της κάρτας παρακαλώ.\nΠΕΛΑΤΗΣ: {CARD(spell('el', num, [4, 4, 4, 4]))}.\n"
        f"ΥΠΑΛΛΗΛΟΣ: Σας ευχαριστώ {el_kyr(p, 'voc')} {PER(p.ln('voc'))}.",
        f"Χρεώθηκα δύο φορές {pr(g)} στη Mastercard {CARD(g.card(brand='mc', style='dash'))}. Θέλω επιστροφή.",
        f"Για την εγγύηση του αυτοκινήτου δώστε την κάρτα της {PER(g.P(female=True).full_in('gen'))}: {CARD(g.card('plain'))}",
        f"Ο αριθμός της American Express: {CARD(g.card(brand='amex'))}",
    ][i]


@T("el", 7, "PHONE")
def el_phone(g, i):
    p = g.P()
    return [
        f"Πάρτε με στο {PH(g.phone('el', intl=False))} μετά τις {tm(g)}",
        f"κινητό {PH(g.phone('el', intl=True))}",
        f"Σταθερό: {PH(g.phone('el', 'l', intl=False))}, κινητό: {PH(g.phone('el', intl=False))}",
        f"ΠΕΛΑΤΗΣ: Το κινητό μου είναι {PH(g.phone_spoken('el'))}.\nΥΠΑΛΛΗΛΟΣ: Και ένα σταθερό;\n"
        f"ΠΕΛΑΤΗΣ: {PH(g.phone('el', 'l', intl=False, style=3))}.",
        f"Η κόρη μου μένει Λονδίνο, το τηλέφωνό της είναι {PH(g.phone('uk', intl=True))}. Εκείνη θα παραλάβει το δέμα.",
        f"Επικοινωνήστε με τον {PER(g.P(female=False).full_in('acc'))} στο "
        f"{PH(g.phone('el', intl=True))}, είναι ο λογιστής μας.",
        f"Αν δεν απαντάω, καλέστε τη γυναίκα μου, την {PER(g.P(female=True).fn('acc'))}, στο {PH(g.phone('el'))}.",
    ][i]


@T("el", 6, "PERSON")
def el_names(g, i):
    m = g.P(female=False)
    f = g.P(female=True)
    return [
        f"Μίλησα χθες με τον {PER(m.full_in('acc'))} από το κατάστημα Πατησίων και μου είπε ότι η επιστροφή θα γίνει σε {N('QUANTITY', '5 εργάσιμες')}.",
        f"Αγαπητέ {el_kyr(m, 'voc')} {PER(m.ln('voc'))},\n\nσας ευχαριστούμε για το μήνυμά σας.",
        f"Ευχαριστώ πολύ την κυρία {PER(f.last)} για τη βοήθεια! Εξαιρετική εξυπηρέτηση.",
        f"Γεια σου {PER(m.fn('voc'))}, στείλε μου το συμβόλαιο όταν μπορείς.",
        f"Ονομάζομαι {PER(f.full)} και είμαι πελάτισσα της τράπεζας από το {N('YEAR', '2011')}.",
        f"Ο λογαριασμός ρεύματος είναι ακόμα στο όνομα του {PER(m.full_in('gen'))}, του πρώην ιδιοκτήτη.",
    ][i]


@T("el", 3, "PERSON")
def el_names_words(g, i):
    return [
        f"Η {PER('Χαρά')} από το τηλεφωνικό κέντρο ήταν πολύ εξυπηρετική, ευχαριστώ!",
        f"Μίλησα με την {PER('Ελπίδα Νικολάου')}, μου είπε να περιμένω την {PER('Ειρήνη')} από το τεχνικό τμήμα.",
        f"Παραλήπτης: {PER('Άγγελος Βλάχος')}. Αν λείπει, αφήστε το στη {PER('Νίκη')} στο περίπτερο.",
    ][i]


@T("el", 8, "NEG")
def el_neg(g, i):
    return [
        f"Με χαρά σας ενημερώνουμε ότι η παραγγελία {od(g)} έχει αποσταλεί. Αριθμός αποστολής {trk(g)}.",
        f"Ελπίδα μου είναι να λυθεί μέχρι τις {dt(g)}, γιατί πληρώνω {pr(g)} τον μήνα για ίντερνετ που δεν έχω.",
        f"Οδός κλειστή λόγω έργων, ο κούριερ λέει ότι δεν μπορεί να περάσει. Τι κάνουμε;",
        f"Πόσο κοστίζει η ενοικίαση για {N('QUANTITY', '7 ημέρες')} με παραλαβή από το αεροδρόμιο στις {tm(g)}; "
        f"Παραδίδετε και σε ΤΚ {N('POSTCODE', '190 19')};",
        f"ένδειξη μετρητή {met(g)} kWh στις {dt(g)}, αρ. παροχής {ctr(g)}",
        f"Η τιμή στο site ήταν {pr(g)} και στο καλάθι βγήκε {pr(g)}. Κωδικός προϊόντος {sku(g)}.",
        f"Ειρήνη και υπομονή... τρίτη φορά που καλώ για το αίτημα {tik(g)}.",
        f"Η εφαρμογή ({N('VERSION', 'έκδοση 2.7.4')}) κολλάει στην πληρωμή. Τηλεόραση {ser(g)}, εγγύηση {N('QUANTITY', '2 χρόνια')}.",
    ][i]


@T("el", 3, "MULTI")
def el_email(g, i):
    p = g.P()
    ag = g.P()
    return [
        f"---------- Προωθημένο μήνυμα ---------\nΑπό: {PER(p.full)} <{EM(g.email(p))}>\n"
        f"Ημερομηνία: {N('DATE', 'Τρί, 10 Μαρ 2026')} στις {N('TIME', '20:15')}\nΘέμα: Λάθος χρέωση λογαριασμού\n"
        f"Προς: Εξυπηρέτηση Πελατών\n\nΚαλησπέρα σας,\n\nο λογαριασμός {inv(g)} γράφει κατανάλωση {N('QUANTITY', '1.240 kWh')}, "
        f"ενώ το σπίτι ήταν κλειστό όλο τον χειμώνα. Η πραγματική ένδειξη είναι {met(g)}.\n\nΠαρακαλώ για διόρθωση.\n\n"
        f"Με εκτίμηση,\n{PER(p.full)}\n{AD(g.address('el', 0))}\n{PH(g.phone('el', intl=False))}",
        f"{'Αξιότιμη' if ag.female else 'Αξιότιμε'} {el_kyr(ag, 'voc')} {PER(ag.ln('voc'))},\n\nσε συνέχεια της τηλεφωνικής μας επικοινωνίας, σας στέλνω τα στοιχεία "
        f"για την αίτηση δανείου:\n\nΟνοματεπώνυμο: {PER(p.full)}\nΑΦΜ: {AFM(g.afm())}\nΑΜΚΑ: {AMKA(g.amka())}\n"
        f"Διεύθυνση: {AD(g.address('el', 4))}\n\nΜε εκτίμηση,\n{PER(p.full)}",
        f"Καλημέρα,\n\nείμαι {el_art(p, 'nom')} {PER(p.full)} και έχω συμβόλαιο κινητής από το {N('YEAR', '2019')}. "
        f"Από τις {dt(g)} δεν έχω σήμα στο σπίτι ({AD(g.address('el', 2))}). Μίλησα με {el_art(ag, 'acc')} "
        f"{PER(ag.fn('acc'))} αλλά δεν έγινε τίποτα.\n\nΜπορείτε να με καλέσετε στο {PH(g.phone('el', 'l'))} ή να μου "
        f"γράψετε στο {EM(g.email(p))}.\n\nΕυχαριστώ,\n{PER(p.first)}\n\nΣτάλθηκε από το κινητό μου",
    ][i]


@T("el", 6, "ID")
def el_foreign(g, i):
    it = g.P("it")
    ro = g.P("ro")
    fi = g.P("fi")
    return [
        f"Είμαι Ιταλός και μένω στην Αθήνα. Ο ιταλικός φορολογικός μου κωδικός (codice fiscale) είναι {CF(g.cf(it))} "
        f"και η partita IVA της ατομικής μου επιχείρησης {PIVA(g.piva('plain'))}.",
        f"Για τιμολόγιο στην ιταλική εταιρεία μας: P.IVA {PIVA(g.piva('IT'))}, υπεύθυνος {PER(it.full)} "
        f"(codice fiscale {CF(g.cf(it))}).",
        f"Ονομάζομαι {PER(ro.full)}, είμαι από τη Ρουμανία. CNP {CNP(g.cnp(female=ro.female))}, ΑΦΜ {AFM(g.afm())}, "
        f"ΑΜΚΑ {AMKA(g.amka('plain'))}.",
        f"ο προσωπικός αριθμός του Φινλανδού συνεργάτη μας: {HETU(g.hetu(female=fi.female))}, όνομα {PER(fi.full)}",
        f"codice fiscale {CF(g.cf(omo=1, style='lower'))} και partita iva {PIVA(g.piva('plain'))}, για το τιμολόγιο",
        f"Henkilötunnus: {HETU(g.hetu())}\nCNP: {CNP(g.cnp())}\n(για τους δύο οδηγούς της κράτησης {bk(g)})",
    ][i]


@T("el", 2, "ID")
def el_foreign2(g, i):
    return [
        f"Ο Ιταλός πελάτης έδωσε codice fiscale {CF(g.cf(style='spaced'))}, P.IVA {PIVA(g.piva('IT '))}.",
        f"CNP του οδηγού: {CNP(g.cnp('dash'))}, henkilötunnus του συνοδηγού: {HETU(g.hetu())}",
    ][i]


@T("el", 2, "EMAIL")
def el_email_spoken(g, i):
    p = g.P()
    return [
        f"ΠΕΛΑΤΗΣ: το email μου είναι {EM(g.email_spoken(p))}\nΥΠΑΛΛΗΛΟΣ: Μάλιστα, σας το στέλνω τώρα.",
        f"στείλτε το στο {EM(g.email(p))} ή στο {EM(g.email(g.P(), domain='kalathi-partner.gr'))}",
    ][i]


@T("el", 4, "MULTI")
def el_sms_review(g, i):
    p = g.P()
    return [
        f"Οδύσσεια Rent a Car: {PER(p.fn('voc'))}, το αυτοκίνητό σας ({plt(g, 'el')}) σας περιμένει στο αεροδρόμιο Ηρακλείου "
        f"στις {tm(g)}. Κράτηση {bk(g)}.",
        f"★★★★★ Ο {PER('Στέλιος')} στο γκισέ ήταν φανταστικός, μας έδωσε καλύτερο αυτοκίνητο χωρίς χρέωση!",
        f"★☆☆☆☆ {N('QUANTITY', '3 εβδομάδες')} περιμένω το δέμα, κανείς δεν απαντάει στο chat.",
        f"ΚΥΜΑ: Αγαπητέ/ή πελάτη, ο λογαριασμός σας {inv(g)} ποσού {pr(g)} λήγει στις {dt(g)}.",
    ][i]


@T("el", 3, "MULTI")
def el_addr(g, i):
    p = g.P()
    return [
        f"Νέα διεύθυνση αποστολής: {AD(g.address('el', 3))}, κουδούνι {PER(p.last)}",
        f"παραδωστε το στο {AD(g.address('el', 2))} στον θυρωρό, τον {PER(g.P(female=False).fn('acc'))}",
        f"Η παροχή ρεύματος είναι στην {AD(g.address('el', 1))} και το συμβόλαιο στο όνομα της "
        f"{PER(g.P(female=True).full_in('gen'))}, ΑΦΜ {AFM(g.afm('plain'))}.",
    ][i]


# ==========================================================================
# ROMANIAN
# ==========================================================================
def ro_dna(p):          # vocative title, outside the span
    return "doamnă" if p.female else "domnule"


def ro_pe_numele(p):
    """'numele Mariei Popescu' / 'numele lui Andrei Popescu' (lui outside the span)."""
    return "numele " + (PER(p.full_in("dat")) if p.female else "lui " + PER(p.full))


@T("ro", 6, "ID")
def ro_cnp_chat(g, i):
    p = g.P()
    w = g.P(female=True)
    return [
        f"Bună ziua, CNP-ul meu este {CNP(g.cnp(female=p.female))}, aș vrea să văd factura din martie.",
        f"cnp {CNP(g.cnp())} multumesc",
        f"Vă trimit CNP-ul soției, {PER(w.full)}: {CNP(g.cnp(female=True))}",
        f"Datele mele sunt: {CNP(g.cnp('plain'))}",
        f"Mi-am schimbat buletinul, dar CNP-ul a rămas același: {CNP(g.cnp('1-6-6'))}.",
        f"CNP {CNP(g.cnp('sp'))} - titular contract {ctr(g)}",
    ][i]


@T("ro", 5, "MULTI")
def ro_form(g, i):
    p = g.P()
    return [
        f"Nume: {PER(p.last)}\nPrenume: {PER(p.first)}\nCNP: {CNP(g.cnp(female=p.female))}\nAdresă: "
        f"{AD(g.address('ro', 0))}\nTelefon: {PH(g.phone('ro', intl=False))}\nE-mail: {EM(g.email(p))}",
        f"NUME SI PRENUME: {PER(strip_acc(p.full).upper())}\nCNP: {CNP(g.cnp(female=p.female))}\nIBAN: "
        f"{IBAN(g.iban('RO', 'sp'))}\nTEL: {PH(g.phone('ro', intl=True))}",
        f"Cerere nr. {tik(g)}\nTitular: {PER(p.full)}\nCod numeric personal: {CNP(g.cnp('dash', female=p.female))}\n"
        f"Loc de consum: {AD(g.address('ro', 2))}\nIndex contor: {met(g)}\nIBAN debit direct: {IBAN(g.iban('RO', 'plain'))}",
        f"Șofer principal: {PER(cedilla(p.full))}\nCNP: {CNP(g.cnp(female=p.female))}\nCategorie mașină: "
        f"{N('PRODUCT_CODE', 'EDMR')}\nMobil: {PH(g.phone('ro'))}\nCard garanție: {CARD(g.card())}",
        f"Date client\n{PER(p.full)}\n{CNP(g.cnp(female=p.female))}\n{AD(g.address('ro', 4))}\n{PH(g.phone('ro', 'l'))}",
    ][i]


@T("ro", 4, "ID")
def ro_call(g, i):
    p = g.P()
    v = g.cnp_num(female=p.female)
    return [
        f"OPERATOR: Îmi puteți spune CNP-ul, vă rog?\nCLIENT: Da, {CNP(spell('ro', v, [1, 6, 6]))}.\n"
        f"OPERATOR: Mulțumesc, {ro_dna(p)} {PER(p.last)}.",
        f"Agent: CNP-ul titularului?\nClient: {CNP(group(v, [1, 2, 2, 2, 6]))}\nAgent: Am găsit contul pe "
        f"{ro_pe_numele(p)}.",
        f"[09:14] Client: cnp-ul e {CNP(v)}\n[09:15] Operator: Mulțumesc, {PER(p.first)}. Verific imediat.",
        f"CLIENT: {BAD('RO_CNP', g.typo('RO_CNP', v, last=True))}... nu, stați, am greșit ultima cifră. E {CNP(v)}.",
    ][i]


@T("ro", 6, "ID_INVALID")
def ro_bad(g, i):
    return [
        f"Site-ul spune că CNP-ul {bad(g, 'RO_CNP')} este invalid, dar e exact cel din buletin!",
        f"cnp {bad(g, 'RO_CNP')} nu e acceptat la inregistrare, ce fac?",
        f"Am introdus IBAN-ul {bad(g, 'IBAN', cc='RO', style='sp')} și plata a fost respinsă.",
        f"Cardul {bad(g, 'CARD')} apare ca „număr invalid” la comanda {od(g)}.",
        f"Pe factura {inv(g)} scrie CNP {bad(g, 'RO_CNP')}, care nu e al meu. Al meu e {CNP(g.cnp())}.",
        f"iban {bad(g, 'IBAN', cc='RO', style='plain')} gresit? l-am copiat din aplicatia bancii",
    ][i]


@T("ro", 5, "IBAN")
def ro_iban(g, i):
    p = g.P()
    return [
        f"Vă rog să returnați banii în contul {IBAN(g.iban('RO', 'sp'))}, titular {PER(p.full)}, CNP "
        f"{CNP(g.cnp(female=p.female))}.",
        f"IBAN ING: {IBAN(g.iban('RO', 'lower'))}",
        f"Bună ziua,\nnoul meu cont pentru debitare directă:\n{IBAN(g.iban('RO', 'lines'))}\nCu stimă,\n{PER(p.full)}",
        f"Lucrez în Italia, puteți face rambursarea în contul italian? {IBAN(g.iban('IT', 'sp'))}, pe "
        f"{ro_pe_numele(p)}.",
        f"contul fratelui meu din Spania: {IBAN(g.iban('ES', 'plain'))} ({PER(strip_acc(g.P(female=False).full))})",
    ][i]


@T("ro", 5, "CARD")
def ro_card(g, i):
    p = g.P()
    num = g.card_num("mc")
    return [
        f"Am plătit cu cardul {CARD(g.card())}, dar comanda {od(g)} apare anulată și banii ({pr(g)}) au fost retrași.",
        f"OPERATOR: Numărul cardului?\nCLIENT: {CARD(spell('ro', num, [4, 4, 4, 4]))}.\nOPERATOR: Mulțumesc, "
        f"{ro_dna(p)} {PER(p.last)}.",
        f"Vă rog folosiți cardul {CARD(g.card('dash'))} pentru garanție, cel vechi a expirat.",
        f"card {CARD(g.card('plain'))} exp {N('DATE', '%02d/%d' % (g.r(1, 12), g.r(27, 31)))}",
        f"Mi s-au luat de două ori {pr(g)} de pe cardul {CARD(g.card('mixed'))}!!! Rezervare {bk(g)}",
    ][i]


@T("ro", 7, "PHONE")
def ro_phone(g, i):
    p = g.P()
    return [
        f"Mă puteți suna la {PH(g.phone('ro', intl=False))} după ora {tm(g)}?",
        f"tel {PH(g.phone('ro', intl=True))}",
        f"Fix: {PH(g.phone('ro', 'l', intl=False))}, mobil: {PH(g.phone('ro', intl=False))}",
        f"CLIENT: Numărul meu e {PH(g.phone_spoken('ro'))}.\nOPERATOR: Mai spuneți o dată, vă rog?\n"
        f"CLIENT: {PH(g.phone('ro', intl=False, style=0))}.",
        f"Sunt plecat în Finlanda până în {N('DATE', 'iulie')}, mă găsiți la {PH(g.phone('fi', intl=True))}.",
        f"Dacă nu răspund, sunați-l pe fiul meu, {PER(g.P(female=False).first)}, la {PH(g.phone('ro'))}.",
        f"Număr nou: {PH(g.phone('ro', intl=True, style=1))} (vechiul {PH(g.phone('ro', intl=False))} nu mai e activ)",
    ][i]


@T("ro", 6, "PERSON")
def ro_names(g, i):
    f = g.P(female=True)
    m = g.P(female=False)
    ced = Person("ro", g.ch(["Ștefan", "Ionuț", "Cătălin"]), g.ch(["Mureșan", "Șerban", "Ștefănescu", "Țurcanu"]), False)
    return [
        f"Am vorbit ieri cu doamna {PER(f.last)} de la ghișeu și mi-a spus să aștept {N('QUANTITY', '10 zile')}.",
        f"Îi mulțumesc {PER(f.fn('dat'))} de la call center, foarte amabilă!",
        f"Contractul este pe numele {PER(f.full_in('dat'))}, eu sunt fiul ei.",
        f"Stimate domnule {PER(m.last)},\n\nvă mulțumim pentru mesaj.",
        f"buna ziua, sunt {PER(strip_acc(m.full))} si am o problema cu abonamentul",
        f"Mă numesc {PER(cedilla(ced.full))} şi sunt client din {N('YEAR', '2015')}.",
    ][i]


@T("ro", 3, "PERSON")
def ro_names_words(g, i):
    return [
        f"Coletul l-a primit vecina, {PER('Speranța Lupu')}, de la etajul {N('QUANTITY', '2')}.",
        f"Mulțumiri lui {PER('Florin Ursu')} și colegei {PER('Doina')} pentru răbdare!",
        f"Am vorbit cu {PER('Vlad Negru')}, mi-a promis că mă sună {PER('Albu')} de la tehnic.",
    ][i]


@T("ro", 8, "NEG")
def ro_neg(g, i):
    return [
        f"Speranța mea e că până pe {dt(g)} se rezolvă, altfel reziliez.",
        f"Strada e blocată din cauza lucrărilor, curierul nu poate ajunge. Comanda {od(g)}.",
        f"Cât costă închirierea pe {N('QUANTITY', '5 zile')} cu ridicare din Otopeni la ora {tm(g)}? Livrați și în "
        f"zona cu codul poștal {N('POSTCODE', '077190')}?",
        f"index contor {met(g)} la data de {dt(g)}, cod loc consum {ctr(g)}",
        f"Prețul pe site era {pr(g)}, iar în coș apare {pr(g)}. Cod produs {sku(g)}.",
        f"Factura {inv(g)} are TVA {N('PERCENT', '19%')} dar trebuia {N('PERCENT', '21%')} din august?",
        f"Aplicația ({N('VERSION', 'v3.4.2')}) se blochează la plată. Telefon {ser(g)}.",
        f"colet {trk(g)} livrat la {tm(g)} dar nu am primit nimic",
    ][i]


@T("ro", 3, "MULTI")
def ro_email(g, i):
    p = g.P()
    ag = g.P()
    return [
        f"---------- Mesaj redirecționat ---------\nDe la: {PER(p.full)} <{EM(g.email(p))}>\nData: "
        f"{N('DATE', 'marți, 10 mar. 2026')}, {N('TIME', '21:07')}\nSubiect: Reclamație factură\nCătre: Relații Clienți\n\n"
        f"Bună ziua,\n\nfactura {inv(g)} are un consum de {N('QUANTITY', '812 kWh')}, deși apartamentul a fost gol. "
        f"Indexul real este {met(g)}.\n\nVă rog să o refaceți.\n\nCu stimă,\n{PER(p.full)}\n{AD(g.address('ro', 0))}\n"
        f"{PH(g.phone('ro', intl=False))}",
        f"Stimată doamnă {PER(g.P(female=True).last)},\n\nconform discuției telefonice, vă trimit datele pentru credit:\n\n"
        f"Nume: {PER(p.full)}\nCNP: {CNP(g.cnp(female=p.female))}\nAdresa: {AD(g.address('ro', 2))}\n"
        f"Telefon: {PH(g.phone('ro'))}\n\nCu respect,\n{PER(p.full)}",
        f"Bună,\n\nsunt {PER(strip_acc(p.full))}, client Undă Mobil din {N('YEAR', '2018')}. De pe {dt(g)} nu am semnal "
        f"acasă. Am vorbit cu {PER(ag.first)} (tichet {tik(g)}), dar nimic.\n\nMă puteți contacta la "
        f"{EM(g.email(p, cap=True))} sau {PH(g.phone('ro', 'l'))}.\n\nMersi,\n{PER(strip_acc(p.first))}\n\nTrimis de pe telefon",
    ][i]


@T("ro", 7, "ID")
def ro_foreign(g, i):
    p = g.P()
    it = p     # the codice fiscale is built from the Romanian speaker's own name
    return [
        f"Lucrez în Italia de {N('QUANTITY', '8 ani')}, am codice fiscale {CF(g.cf(it))} și partita IVA "
        f"{PIVA(g.piva('plain'))}. Puteți emite factura pe firma mea?",
        f"codice fiscale {CF(g.cf(it, style='lower'))} (cel italian), partita iva {PIVA(g.piva('plain'))}, cnp "
        f"{CNP(g.cnp(female=p.female))}",
        f"Am lucrat în Grecia: AFM {AFM(g.afm('plain'))}, AMKA {AMKA(g.amka('plain'))}. Pentru formularul de pensie.",
        f"Soțul meu lucrează în Finlanda, henkilötunnus {HETU(g.hetu(female=False))}, și are nevoie de cont la voi.",
        f"Personal ID (Finland): {HETU(g.hetu())}\nCNP: {CNP(g.cnp())}\nAMKA (Grecia): {AMKA(g.amka('plain'))}\nNume: {PER(p.full)}",
        f"P.IVA {PIVA(g.piva('IT'))} - firma mea din Torino. CF {CF(g.cf(it, omo=1))}.",
        f"AMKA {AMKA(g.amka('6-5'))} / ΑΦΜ {AFM(g.afm('EL'))} - lucrez sezonier în Halkidiki",
    ][i]


@T("ro", 2, "ID")
def ro_foreign2(g, i):
    return [
        f"hetu {HETU(g.hetu(sign=g.ch('ABCDEF'), lower=True, child=True))} e al fiicei mele, născută în Helsinki",
        f"Partita IVA: {PIVA(g.piva('sp'))}, codice fiscale: {CF(g.cf(style='spaced'))}",
    ][i]


@T("ro", 2, "EMAIL")
def ro_email_spoken(g, i):
    p = g.P()
    return [
        f"CLIENT: e-mailul meu este {EM(g.email_spoken(p))}\nOPERATOR: Perfect, vă trimit confirmarea acum.",
        f"trimiteți pe {EM(g.email(p))} sau pe adresa de serviciu {EM(g.email(g.P(), domain='firma-' + p.lat_last + '.ro'))}",
    ][i]


@T("ro", 3, "MULTI")
def ro_sms_review(g, i):
    p = g.P()
    return [
        f"RoadRent: Bună, {PER(p.first)}! Mașina ({plt(g, 'ro')}) vă așteaptă la Otopeni la ora {tm(g)}. Rezervare {bk(g)}.",
        f"★★★★★ {PER('Răzvan')} de la ghișeu a fost super, ne-a dat o mașină mai mare fără cost suplimentar!",
        f"★☆☆☆☆ {N('QUANTITY', '3 săptămâni')} aștept coletul. Nimeni nu răspunde.",
    ][i]


@T("ro", 3, "MULTI")
def ro_addr(g, i):
    p = g.P()
    return [
        f"Adresa nouă de livrare: {AD(g.address('ro', 1))}, interfon {PER(p.last)}",
        f"livrati la {AD(g.address('ro', 3))}, la portar",
        f"Locul de consum e pe {AD(g.address('ro', 0))}, iar contractul e pe numele {PER(g.P(female=True).full_in('dat'))}, "
        f"CNP {CNP(g.cnp(female=True))}.",
    ][i]


# ==========================================================================
# FINNISH
# ==========================================================================
HETU_SIGNS = "-YXWVUABCDEF"     # '+' (born 1800-1899) only in archive contexts


def next_sign(g):
    """Cycle through all 13 century signs so each of them is used."""
    k = getattr(g, "_sign_k", 0)
    g._sign_k = k + 1
    return HETU_SIGNS[k % len(HETU_SIGNS)]


def fi_spoken_hetu(v):
    word = {"+": "plus", "-": "viiva"}.get(v[6], v[6])
    return v[:6] + " " + word + " " + v[7:10] + " " + v[10]


@T("fi", 7, "ID")
def fi_hetu_chat(g, i):
    p = g.P()
    return [
        f"Hei, henkilötunnukseni on {HETU(g.hetu(next_sign(g), female=p.female))}, haluaisin tarkistaa sähkösopimukseni.",
        f"hetu {HETU(g.hetu(next_sign(g), lower=True))}",
        f"Tässä tietoni: {HETU(g.hetu(next_sign(g)))}",
        f"Lapseni henkilötunnus on {HETU(g.hetu(g.ch('ABCDEF'), child=True))}, tarvitaanko sitä liittymän avaamiseen?",
        f"sotu {HETU(g.hetu(next_sign(g)))} ja asiakasnumero {cus(g)}",
        f"Teen sukuselvitystä: isoisoisäni {PER(g.P(female=False).full_in('gen'))} henkilötunnus oli "
        f"{HETU(g.hetu('+', female=False))}. Löytyykö hänen nimissään vanhoja sopimuksia arkistostanne?",
        f"Uusi henkilötunnus (uudet välimerkit tulivat käyttöön {N('YEAR', '2023')}): {HETU(g.hetu(next_sign(g)))}",
    ][i]


@T("fi", 5, "MULTI")
def fi_form(g, i):
    p = g.P()
    return [
        f"Nimi: {PER(p.full)}\nHenkilötunnus: {HETU(g.hetu(next_sign(g), female=p.female))}\nOsoite: {AD(g.address('fi', 0))}\n"
        f"Puhelin: {PH(g.phone('fi', intl=False))}\nSähköposti: {EM(g.email(p))}\nTilinumero: {IBAN(g.iban('FI', 'sp'))}",
        f"SUKUNIMI: {PER(p.last.upper())}\nETUNIMET: {PER(p.first.upper() + ' ' + g.ch(['MARIA', 'KRISTIINA', 'JOHANNA', 'ELINA'] if p.female else ['JOHANNES', 'OLAVI', 'ILMARI', 'ANTERO']))}\n"
        f"HETU: {HETU(g.hetu(next_sign(g), female=p.female))}\nIBAN: {IBAN(g.iban('FI', 'sp'))}\nOSOITE: "
        f"{AD(g.address('fi', 1).upper())}",
        f"Yhteydenottopyyntö {tik(g)}\nNimi: {PER(p.full)}\nHenkilötunnus: {HETU(g.hetu(next_sign(g), female=p.female))}\n"
        f"Käyttöpaikan osoite: {AD(g.address('fi', 2))}\nMittarilukema: {met(g)}",
        f"Kuljettaja: {PER(p.full)}\nHenkilötunnus: {HETU(g.hetu(next_sign(g), female=p.female))}\nAutoryhmä: "
        f"{N('PRODUCT_CODE', 'IDAR')}\nMatkapuhelin: {PH(g.phone('fi', intl=True))}\nTakuukortti: {CARD(g.card())}",
        f"Asiakastiedot\n{PER(p.full)}\n{HETU(g.hetu(next_sign(g), female=p.female))}\n{AD(g.address('fi', 3))}\n"
        f"{PH(g.phone('fi', 'l'))}",
    ][i]


@T("fi", 4, "ID")
def fi_call(g, i):
    p = g.P()
    v = g.hetu(next_sign(g), female=p.female)
    return [
        f"ASIAKASPALVELU: Saisinko henkilötunnuksenne?\nASIAKAS: {HETU(fi_spoken_hetu(v))}.\n"
        f"ASIAKASPALVELU: Kiitos, {PER(p.first)}.",
        f"Asiakas: se on {HETU(v)}\nVirkailija: Löysin sopimuksen {PER(p.full_in('gen'))} nimellä.",
        f"[14.02] Asiakas: hetu {HETU(v.lower())}\n[14.03] Asiakaspalvelija: Kiitos, katson heti.",
        f"ASIAKAS: {BAD('FI_HETU', g.typo('FI_HETU', v, last=True))}... ei, anteeksi, viimeinen merkki on väärin. "
        f"Oikea on {HETU(v)}.",
    ][i]


@T("fi", 6, "ID_INVALID")
def fi_bad(g, i):
    return [
        f"Sivusto sanoo, että henkilötunnus {bad(g, 'FI_HETU')} on virheellinen, vaikka se on ihan oikein!",
        f"hetu {bad(g, 'FI_HETU')} ei kelpaa rekisteröinnissä, mitä teen? lapseni {HETU(g.hetu(g.ch('ABCDEF'), child=True))} kelpasi",
        f"Syötin tilinumeron {bad(g, 'IBAN', cc='FI', style='sp')} ja maksu palautui.",
        f"Kortti {bad(g, 'CARD')} hylätään, \"virheellinen kortin numero\". Tilaus {od(g)}.",
        f"Laskussa {inv(g)} on henkilötunnus {bad(g, 'FI_HETU')}, joka ei ole minun. Minun on {HETU(g.hetu(next_sign(g)))}.",
        f"iban {bad(g, 'IBAN', cc='FI', style='plain')} väärin? kopioin sen pankin sovelluksesta",
    ][i]


@T("fi", 5, "IBAN")
def fi_iban(g, i):
    p = g.P()
    return [
        f"Palauttakaa rahat tilille {IBAN(g.iban('FI', 'sp'))}, tilinomistaja {PER(p.full)} "
        f"({HETU(g.hetu(next_sign(g), female=p.female))}).",
        f"tilinro {IBAN(g.iban('FI', 'lower'))}",
        f"Hei,\nuusi tilini e-laskua ja suoramaksua varten:\n{IBAN(g.iban('FI', 'lines'))}\nTerveisin\n{PER(p.full)}",
        f"Asun Tukholmassa, voitteko maksaa ruotsalaiselle tilille? {IBAN(g.iban('SE', 'sp'))} Tai takaisin kortille "
        f"{CARD(g.card('plain'))}.",
        f"Vuokran takuu palautetaan {PER(g.P(female=False).full_in('gen'))} virolaiselle tilille {IBAN(g.iban('EE', 'plain'))}.",
    ][i]


@T("fi", 5, "CARD")
def fi_card(g, i):
    p = g.P()
    num = g.card_num("visa")
    return [
        f"Maksoin kortilla {CARD(g.card())}, mutta tilaus {od(g)} näkyy peruttuna ja {pr(g)} veloitettiin.",
        f"ASIAKASPALVELU: Kortin numero?\nASIAKAS: {CARD(spell('fi', num, [4, 4, 4, 4]))}.\nASIAKASPALVELU: "
        f"Kiitos, {PER(p.first)}.",
        f"Käyttäkää takuuseen korttia {CARD(g.card('dash'))}, vanha vanheni.",
        f"kortti {CARD(g.card('plain'))} voimassa {N('DATE', '%02d/%d' % (g.r(1, 12), g.r(27, 31)))}",
        f"Minulta veloitettiin kahdesti {pr(g)} kortilta {CARD(g.card('uneven'))}!! Varaus {bk(g)}",
    ][i]


@T("fi", 7, "PHONE")
def fi_phone(g, i):
    return [
        f"Voitteko soittaa numeroon {PH(g.phone('fi', intl=False))} klo {N('TIME', '16')} jälkeen?",
        f"puh {PH(g.phone('fi', intl=True))}",
        f"Lankapuhelin {PH(g.phone('fi', 'l', intl=False))}, kännykkä {PH(g.phone('fi', intl=False))}",
        f"ASIAKAS: Numeroni on {PH(g.phone_spoken('fi'))}.\nASIAKASPALVELU: Toistatteko vielä?\n"
        f"ASIAKAS: {PH(g.phone('fi', intl=False, style=0))}.",
        f"Olen Irlannissa {N('DATE', 'kesäkuuhun')} asti, tavoitatte minut numerosta {PH(g.phone('ie', intl=True))}.",
        f"Jos en vastaa, soittakaa pojalleni {PER(g.P(female=False).fn('all'))} numeroon {PH(g.phone('fi'))}.",
        f"Uusi numero: {PH(g.phone('fi', intl=True, style=1))} (vanha {PH(g.phone('fi', intl=False))} ei ole enää käytössä)",
    ][i]


@T("fi", 7, "PERSON")
def fi_names(g, i):
    f = g.P(female=True)
    m = g.P(female=False)
    return [
        f"Puhuin eilen {PER(m.full_in('gen'))} kanssa ja hän lupasi hyvityksen {N('QUANTITY', '5 arkipäivän')} sisällä.",
        f"Kiitos {PER(f.fn('all'))} hyvästä palvelusta!",
        f"Sain viestin {PER(m.ln('abl'))} myyntipisteestä, mutta kukaan ei vastaa puheluihin.",
        f"Hei {PER(f.first)},\n\nkiitos viestistäsi.",
        f"{PER(f.full_in('ade'))} on valtakirja hoitaa asioitani.",
        f"Olen yrittänyt tavoittaa {PER(m.full_in('par'))} koko viikon, hän teki sopimuksen.",
        f"Sopimus on yhä {PER(f.full_in('gen'))} nimissä, vaikka hän muutti pois {N('YEAR', '2024')}.",
    ][i]


@T("fi", 3, "PERSON")
def fi_names_words(g, i):
    return [
        f"Paketin otti vastaan naapuri {PER('Onni Kivi')}, hän asuu alakerrassa.",
        f"Kiitokset {PER('Satu Mäelle')} ja {PER('Toivolle')} kärsivällisyydestä!",
        f"Puhuin {PER('Lahja Koiviston')} kanssa, hän lupasi että {PER('Aino')} soittaa minulle.",
    ][i]


@T("fi", 8, "NEG")
def fi_neg(g, i):
    return [
        f"Onni oli matkassa, paketti {trk(g)} löytyi lopulta naapurista.",
        f"Toivo alkaa olla vähissä: kolmas soitto asiasta {tik(g)} eikä mitään tapahdu.",
        f"Katu on suljettu tietöiden takia, kuljettaja ei pääse perille. Tilaus {od(g)}.",
        f"Paljonko maksaa vuokraus {N('QUANTITY', '5 päiväksi')} Helsinki-Vantaalta noudettuna klo {N('TIME', '7.30')}? "
        f"Tuotteko auton myös postinumeroon {N('POSTCODE', '01530')}?",
        f"mittarilukema {met(g)} kWh {N('DATE', '%d.%d.' % (g.r(1, 28), g.r(1, 12)))} aamulla, käyttöpaikka {ctr(g)}",
        f"Verkkosivulla hinta oli {pr(g)} mutta korissa {pr(g)}. Tuotekoodi {sku(g)}.",
        f"Laskussa {inv(g)} alv on {N('PERCENT', '25,5 %')}, eikö sen pitäisi olla {N('PERCENT', '14 %')}?",
        f"Sovellus ({N('VERSION', 'versio 6.1.0')}) kaatuu maksaessa. Puhelin {ser(g)}.",
    ][i]


@T("fi", 3, "MULTI")
def fi_email(g, i):
    p = g.P()
    ag = g.P()
    return [
        f"---------- Välitetty viesti ---------\nLähettäjä: {PER(p.full)} <{EM(g.email(p))}>\nDate: "
        f"{N('DATE', 'ti 10. maalisk. 2026')} klo {N('TIME', '8.12')}\nSubject: Virheellinen lasku\nTo: Asiakaspalvelu\n\n"
        f"Hei,\n\nlaskussa {inv(g)} kulutus on {N('QUANTITY', '1 240 kWh')}, vaikka asunto oli tyhjillään koko talven. "
        f"Oikea lukema on {met(g)}.\n\nPyydän korjaamaan laskun.\n\nYstävällisin terveisin\n{PER(p.full)}\n"
        f"{AD(g.address('fi', 1))}\n{PH(g.phone('fi', intl=False))}",
        f"Hyvä {PER(ag.full)},\n\npuhelinkeskustelumme mukaisesti lähetän tiedot lainahakemusta varten:\n\n"
        f"Nimi: {PER(p.full)}\nHenkilötunnus: {HETU(g.hetu(next_sign(g), female=p.female))}\nOsoite: {AD(g.address('fi', 2))}\n"
        f"Puhelin: {PH(g.phone('fi'))}\n\nTerveisin\n{PER(p.first)}",
        f"Moi,\n\nolen {PER(p.full)} ja olen ollut Aalto Mobiilin asiakas vuodesta {N('YEAR', '2016')}. {dt(g)} lähtien "
        f"kotona ei ole ollut kenttää. Puhuin {PER(ag.fn('gen'))} kanssa (tiketti {tik(g)}), mutta mitään ei tapahtunut.\n\n"
        f"Minut tavoittaa osoitteesta {EM(g.email(p, cap=True))} tai numerosta {PH(g.phone('fi', 'l'))}.\n\n"
        f"Kiitos,\n{PER(p.first)}\n\nLähetetty iPhonesta",
    ][i]


@T("fi", 7, "ID")
def fi_foreign(g, i):
    p = g.P()
    it = g.P("it")
    return [
        f"Olen italialainen ja asun Espoossa. Italialainen verokoodini (codice fiscale) on {CF(g.cf(it))} ja "
        f"toiminimeni partita IVA {PIVA(g.piva('IT'))}.",
        f"Italialaisen yritykseni ALV-tunnus: {PIVA(g.piva('IT'))}, yhteyshenkilö {PER(it.full)} (codice fiscale "
        f"{CF(g.cf(it))}).",
        f"Työskentelin Kreikassa: AMKA {AMKA(g.amka())}, AFM {AFM(g.afm())}. Tarvitsen nämä eläkeasiaan.",
        f"Romanialaisen työntekijämme CNP on {CNP(g.cnp())}, hän aloittaa {dt(g)}. Kreikan verotunniste (AFM) "
        f"{AFM(g.afm('plain'))} on myös hänen.",
        f"codice fiscale {CF(g.cf(omo=2, style='lower'))} ja partita iva {PIVA(g.piva('plain'))} laskua varten",
        f"CNP {CNP(g.cnp('1-6-6'))}\nΑΦΜ {AFM(g.afm('EL'))}\nAMKA {AMKA(g.amka('plain'))}\n(kolme kuljettajaa varauksessa {bk(g)})",
        f"Kreikkalainen vaimoni: AMKA {AMKA(g.amka('6-5'))}, veronumero {AFM(g.afm('3-3-3'))}",
    ][i]


@T("fi", 2, "ID")
def fi_foreign2(g, i):
    return [
        f"Personal ID: {HETU(g.hetu(next_sign(g)))} (I don't speak Finnish, sorry). My great-grandmother's, for "
        f"the archive request: {HETU(g.hetu('+', female=True))}",
        f"CNP: {CNP(g.cnp('sp'))} / codice fiscale: {CF(g.cf(style='spaced'))} / partita IVA: {PIVA(g.piva('sp'))}",
    ][i]


@T("fi", 2, "EMAIL")
def fi_email_spoken(g, i):
    p = g.P()
    return [
        f"ASIAKAS: sähköpostini on {EM(g.email_spoken(p))}\nASIAKASPALVELU: Selvä, lähetän vahvistuksen heti.",
        f"lähettäkää osoitteeseen {EM(g.email(p))} tai työosoitteeseen {EM(p.lat_first + '.' + p.lat_last + '@' + g.ch(['valovirta-rakennus.fi', 'kotipalvelu-oy.fi']))}",
    ][i]


@T("fi", 3, "MULTI")
def fi_sms_review(g, i):
    p = g.P()
    return [
        f"Tievauhti: Hei {PER(p.first)}! Autosi ({plt(g, 'fi')}) odottaa Helsinki-Vantaalla klo {N('TIME', '9.15')}. Varaus {bk(g)}.",
        f"★★★★★ {PER('Eero')} tiskillä oli loistava, saimme isomman auton ilman lisämaksua!",
        f"★☆☆☆☆ {N('QUANTITY', '3 viikkoa')} odottanut pakettia. Kukaan ei vastaa chatissa.",
    ][i]


@T("fi", 3, "MULTI")
def fi_addr(g, i):
    p = g.P()
    return [
        f"Uusi toimitusosoite: {AD(g.address('fi', 1))}, ovisummeri {PER(p.last)}",
        f"toimittakaa {AD(g.address('fi', 4))}, paketti voi jäädä oven taakse",
        f"Käyttöpaikka on {AD(g.address('fi', 0))} ja sopimus on {PER(g.P(female=True).full_in('gen'))} nimissä "
        f"(hetu {HETU(g.hetu(next_sign(g), female=True))}).",
    ][i]


# ==========================================================================
# second round: more identifiers, look-alikes and contacts per language
# ==========================================================================
def el_lat(p):
    return p.lat_first.capitalize() + " " + p.lat_last.capitalize()


@T("en", 5, "ID")
def en_more_ids(g, i):
    it = g.P("it")
    ro, el, fi = g.P("ro"), g.P("el"), g.P("fi")
    return [
        f"Billing details for the agency: Studio Aurora & Partners, partita IVA {PIVA(g.piva('plain'))}, legal "
        f"representative {PER(it.full)} (codice fiscale {CF(g.cf(it))}).",
        f"VAT {PIVA(g.piva('IT'))} is our Milan branch, {PIVA(g.piva('IT'))} the Rome one and {PIVA(g.piva('plain'))} "
        f"Turin. Please don't mix them up "
        f"again, invoice {inv(g)} went to the wrong office.",
        f"Her AMKA: {AMKA(g.amka('plain'))}. His AMKA: {AMKA(g.amka('6-5'))}. Tax numbers (AFM): {AFM(g.afm('3-3-3'))} "
        f"and {AFM(g.afm('plain'))}.",
        f"Finnish ID {HETU(g.hetu())} (mine) and {HETU(g.hetu(female=True))} (my wife's). We're both drivers on booking {bk(g)}.",
        f"Drivers for the team trip:\n1. {PER(ro.full)} - CNP {CNP(g.cnp(female=ro.female))}\n2. {PER(el_lat(el))} - AMKA "
        f"{AMKA(g.amka())}\n3. {PER(fi.full)} - hetu {HETU(g.hetu(female=fi.female))}\n4. {PER(it.full)} - codice fiscale "
        f"{CF(g.cf(it, omo=1))}, P.IVA {PIVA(g.piva('plain'))}",
    ][i]


@T("en", 5, "ID_INVALID")
def en_bad2(g, i):
    return [
        f"AMKA {bad(g, 'GR_AMKA')} and AFM {bad(g, 'GR_AFM')}: your site flags both as invalid. Am I missing a digit?",
        f"The VAT number on your quote, {bad(g, 'IT_PARTITA_IVA', IT=True)}, doesn't validate on VIES.",
        f"Your system rejects my henkilötunnus {bad(g, 'FI_HETU')}. I've lived in Finland for 10 years!",
        f"tried CNP {bad(g, 'RO_CNP')} and {bad(g, 'RO_CNP')} (my mum's), both say invalid",
        f"Card {bad(g, 'CARD', style='two')} declined as an invalid number, then {bad(g, 'CARD', brand='amex', style='sp')} too.",
    ][i]


@T("en", 3, "PHONE")
def en_contacts(g, i):
    p, q = g.P(), g.P()
    return [
        f"Contacts for the delivery: me ({PER(p.first)}) {PH(g.phone('uk', intl=False))}, my neighbour {PER(q.full)} "
        f"{PH(g.phone('uk', 'l', intl=False))}, or my office in New York {PH(g.phone('us', intl=True))}.",
        f"Best to WhatsApp me on {PH(g.phone('it', intl=True))} while I'm in Sicily, or email {EM(g.email(p))}.",
        f"My US number {PH(g.phone('us', intl=True))} doesn't get your texts. Use {PH(g.phone('uk', intl=True))} or "
        f"{EM(g.email(p, cap=True))} instead.",
    ][i]


@T("it", 7, "ID")
def it_piva2(g, i):
    p = g.P()
    v = g.piva_num()
    return [
        f"Fattura elettronica intestata a: Arredamenti Bellavista di {PER(p.full)}, P.IVA {PIVA(g.piva('plain'))}, "
        f"C.F. {CF(g.cf(p))}, codice destinatario {N('SDI_CODE', 'KRRH6B9')}.",
        f"OPERATORE: La partita IVA?\nCLIENTE: {PIVA(spell('it', v, [3, 4, 4]))}.\nOPERATORE: Grazie.",
        f"P. IVA\n{PIVA(g.piva('plain'))}\n(senza IT davanti, il vostro modulo lo aggiunge da solo)",
        f"ciao, la piva dello studio è {PIVA(g.piva('plain'))} e la mia personale {PIVA(g.piva('IT'))}, cf "
        f"{CF(g.cf(p, style='lower'))}",
        f"Anagrafica fornitore aggiornata:\nRagione sociale: Costruzioni Orizzonte S.n.c.\nPartita IVA: {PIVA(g.piva('IT'))}\n"
        f"IBAN: {IBAN(g.iban('IT', 'sp'))}\nReferente: {PER(p.full)} - {PH(g.phone('it', intl=False))}",
        f"Per il noleggio a lungo termine della flotta usate la P.IVA {PIVA(g.piva('sp'))} e la carta aziendale "
        f"{CARD(g.card('sp'))}.",
        f"Le tre sedi: Milano P.IVA {PIVA(g.piva('plain'))}, Napoli P.IVA {PIVA(g.piva('plain'))}, Torino P.IVA "
        f"{PIVA(g.piva('IT'))}.",
    ][i]


@T("it", 6, "ID_INVALID")
def it_bad2(g, i):
    return [
        f"La partita IVA {bad(g, 'IT_PARTITA_IVA', IT=True)} risulta inesistente sul sito dell'Agenzia delle Entrate, "
        f"potete ricontrollare?",
        f"codice fiscale {bad(g, 'IT_CODICE_FISCALE')} e partita iva {bad(g, 'IT_PARTITA_IVA')} entrambi rifiutati dal portale",
        f"La carta {bad(g, 'CARD', style='dash')} mi dà 'numero non valido', ho provato anche con {bad(g, 'CARD', style='plain')}",
        f"IBAN {bad(g, 'IBAN', cc='IT', style='parts')} sbagliato? Me l'ha dato la banca stamattina",
        f"Il numero AMKA di mia moglie ({bad(g, 'GR_AMKA')}) non viene accettato, quello di mia figlia "
        f"({AMKA(g.amka('plain'))}) invece sì.",
        f"CNP {bad(g, 'RO_CNP')} respinto, e anche l'henkilötunnus {bad(g, 'FI_HETU')} del collega finlandese",
    ][i]


@T("it", 4, "ID")
def it_more_ids(g, i):
    e1, e2 = g.P("el", female=False), g.P("el")
    return [
        f"AMKA {AMKA(g.amka('plain'))} e AFM {AFM(g.afm('plain'))} di mio marito {PER(el_lat(e1))}, lavora a Salonicco.",
        f"I miei figli: {PER(e1.lat_first.capitalize())}, AMKA {AMKA(g.amka('plain'))}; {PER(e2.lat_first.capitalize())}, "
        f"AMKA {AMKA(g.amka('6-5'))}.",
        f"Il CNP del mio collaboratore rumeno è {CNP(g.cnp(female=False))}, quello di sua moglie {CNP(g.cnp(female=True))}. "
        f"Lui ha già il codice fiscale italiano: {CF(g.cf(g.P('ro', female=False)))}.",
        f"henkilötunnus {HETU(g.hetu())}, quello della mia compagna {HETU(g.hetu(female=True))}, AFM greco {AFM(g.afm('EL'))}",
    ][i]


@T("it", 4, "CARD")
def it_card2(g, i):
    p = g.P()
    num = g.card_num("mc2")
    return [
        f"Vorrei aggiungere una seconda carta al profilo:\n{CARD(g.card('lines'))}\nGrazie",
        f"numero carta {CARD(g.card('two'))} (è una prepagata)",
        f"CLIENTE: quattro... aspetti che prendo gli occhiali... allora: {CARD(spell('it', num, [4, 4, 4, 4]))}.",
        f"La carta aziendale {CARD(g.card(brand='amex'))} è intestata a {PER(p.full)}, autorizzo l'addebito. P.IVA "
        f"dell'azienda: {PIVA(g.piva('IT'))}.",
    ][i]


@T("it", 4, "PHONE")
def it_phone2(g, i):
    p = g.P()
    return [
        f"Recapiti: {PH(g.phone('it', 'l', intl=False, style=2))}, {PH(g.phone('it', intl=False))}, {EM(g.email(p))}",
        f"Il mio numero greco è {PH(g.phone('el', intl=True))}, in Italia {PH(g.phone('it', intl=False))}.",
        f"CLIENTE: {PH(g.phone_spoken('it'))}, e la mail è {EM(g.email_spoken(p))}.",
        f"scrivetemi su whatsapp {PH(g.phone('it', intl=True))} o per mail {EM(g.email(p, cap=True))}",
    ][i]


@T("el", 8, "ID")
def el_ids2(g, i):
    m = g.P(female=True)
    s1, s2 = g.P(), g.P()
    f = g.afm_num()
    return [
        f"Ο ΑΜΚΑ του παιδιού είναι {AMKA(g.amka('plain'))} και ο δικός μου {AMKA(g.amka('plain'))}. ΑΦΜ: {AFM(g.afm('plain'))}.",
        f"ΑΦΜ συζύγου: {AFM(g.afm('plain'))}, ΑΦΜ δικός μου: {AFM(g.afm('3-3-3'))}, ΑΜΚΑ συζύγου: {AMKA(g.amka('6-5'))}",
        f"Στοιχεία πωλητή: {PER(s1.full)}, ΑΦΜ {AFM(g.afm('plain'))}\nΣτοιχεία αγοραστή: {PER(s2.full)}, ΑΦΜ {AFM(g.afm('plain'))}",
        f"ΑΜΚΑ: {AMKA(g.amka('dash'))}\nΑΦΜ: {AFM(g.afm('dots'))}",
        f"ΠΕΛΑΤΗΣ: ο ΑΦΜ είναι {AFM(spell('el', f, [3, 3, 3]))}.\nΥΠΑΛΛΗΛΟΣ: Και ο ΑΜΚΑ;\nΠΕΛΑΤΗΣ: "
        f"{AMKA(spell('el', g.amka_num(), [6, 5]))}.\nΥΠΑΛΛΗΛΟΣ: Ευχαριστώ, τον βρήκα.",
        f"amka {AMKA(g.amka('plain'))} afm {AFM(g.afm('plain'))} - {PER(greeklish(g.P()))} 😊",
        f"Σας στέλνω τον ΑΜΚΑ της μητέρας μου, της {PER(m.full_in('gen'))}: {AMKA(g.amka('2-2-2-5'))}.",
        f"Παρακαλώ ενημερώστε το προφίλ μου: νέος ΑΦΜ {AFM(g.afm('EL'))} και ΑΜΚΑ {AMKA(g.amka('plain'))}.",
    ][i]


@T("el", 5, "ID_INVALID")
def el_bad3(g, i):
    return [
        f"ΑΜΚΑ {bad(g, 'GR_AMKA')} και ΑΦΜ {bad(g, 'GR_AFM')}: «μη έγκυρα στοιχεία».",
        f"τιμολόγιο με ΑΦΜ {bad(g, 'GR_AFM', EL=True)} απορρίφθηκε από το myDATA",
        f"IBAN {bad(g, 'IBAN', cc='GR', style='plain')}: η τράπεζα λέει ότι δεν υπάρχει",
        f"Ο ΑΜΚΑ του γιου μου ({bad(g, 'GR_AMKA')}) δεν γίνεται δεκτός.",
        f"κάρτα {bad(g, 'CARD')}... όχι, η άλλη, {bad(g, 'CARD', style='plain')}. Καμία δεν περνάει",
    ][i]


@T("el", 4, "PHONE")
def el_phone2(g, i):
    p = g.P()
    return [
        f"Τηλέφωνα επικοινωνίας: {PH(g.phone('el', intl=False))}, {PH(g.phone('el', 'l', intl=False))}, email {EM(g.email(p))}",
        f"Ο αδερφός μου στη Ρουμανία: {PH(g.phone('ro', intl=True))}. Εγώ: {PH(g.phone('el'))}.",
        f"ΠΕΛΑΤΗΣ: {PH(g.phone_spoken('el'))}... συγγνώμη, αυτό είναι το παλιό. Το καινούργιο: {PH(g.phone_spoken('el'))}.",
        f"στειλτε sms στο {PH(g.phone('el', intl=True))}, email {EM(g.email(p, cap=True))}",
    ][i]


@T("el", 3, "MULTI")
def el_card_iban2(g, i):
    return [
        f"Κάρτα για την εγγύηση:\n{CARD(g.card('lines'))}\nIBAN για επιστροφή: {IBAN(g.iban('GR', 'sp'))}",
        f"Χρεώστε την πάγια εντολή στο {IBAN(g.iban('GR', 'lower'))} και όχι στην κάρτα {CARD(g.card('sp'))}.",
        f"Η κάρτα μου {CARD(g.card('two'))} χρεώθηκε {pr(g)} δύο φορές!!! 😡 IBAN για επιστροφή {IBAN(g.iban('GR', 'plain'))}",
    ][i]


@T("ro", 7, "ID")
def ro_cnp2(g, i):
    p, q = g.P(), g.P()
    v = g.cnp_num()
    return [
        f"CNP-ul copilului: {CNP(g.cnp(child=True))}, al meu: {CNP(g.cnp(born2000=False))}",
        f"Pentru cesiunea contractului: cedent {PER(p.full)}, CNP {CNP(g.cnp(female=p.female))}; cesionar "
        f"{PER(q.full)}, CNP {CNP(g.cnp(female=q.female))}.",
        f"cnp {CNP(g.cnp('dash'))} si iban {IBAN(g.iban('RO', 'plain'))}",
        f"Sunt cetățean moldovean cu rezidență în România, CNP {CNP(g.cnp(resident=True))}.",
        f"OPERATOR: CNP-ul?\nCLIENT: {CNP(spell('ro', v, [1, 2, 2, 2, 6]))}.\nOPERATOR: Mai rar, vă rog.\nCLIENT: {CNP(by(v, 3))}.",
        f"Vă rog actualizați datele mamei mele, {PER(g.P(female=True).full)}: CNP {CNP(g.cnp(female=True))}.",
        f"Date titular: {PER(strip_acc(p.full))}, CNP {CNP(g.cnp(female=p.female))}, tel. {PH(g.phone('ro', intl=False))}",
    ][i]


@T("ro", 6, "ID_INVALID")
def ro_bad2(g, i):
    return [
        f"CNP {bad(g, 'RO_CNP')} și {bad(g, 'RO_CNP')} (al soției) - ambele respinse",
        f"codice fiscale {bad(g, 'IT_CODICE_FISCALE')} - mi-l cere firma din Italia, dar site-ul zice că e greșit. "
        f"Contabilul zice că cel corect e {CF(g.cf(omo=0))}.",
        f"AFM {bad(g, 'GR_AFM')} nu e valid? L-am primit de la contabilul din Grecia. Cel vechi, {AFM(g.afm('plain'))}, mergea.",
        f"cardul {bad(g, 'CARD', style='two')} nu merge, nici {bad(g, 'CARD')}",
        f"henkilötunnus {bad(g, 'FI_HETU')} al fiului meu e respins",
        f"IBAN:\n{bad(g, 'IBAN', cc='RO', style='lines')}\nP.IVA {bad(g, 'IT_PARTITA_IVA')} - ambele invalide după formular",
    ][i]


@T("ro", 5, "PHONE")
def ro_phone2(g, i):
    p = g.P()
    return [
        f"Contact: {PH(g.phone('ro'))}, {EM(g.email(p))}, adresa de livrare {AD(g.address('ro', 1))}",
        f"Număr de Italia: {PH(g.phone('it', intl=True))}, de România: {PH(g.phone('ro', intl=True))}",
        f"CLIENT: {PH(g.phone_spoken('ro'))}, iar e-mailul e {EM(g.email_spoken(p))}.",
        f"sunati la {PH(g.phone('ro', 'l', intl=False))} sau scrieti la {EM(g.email(p))}",
        f"Vă rog trimiteți factura pe {EM(g.email(p, cap=True))}, nu pe {EM(g.email(p))} (aia e veche). "
        f"Tel. {PH(g.phone('ro', intl=False))}",
    ][i]


@T("ro", 4, "MULTI")
def ro_card_iban2(g, i):
    return [
        f"Card pentru garanție:\n{CARD(g.card('lines'))}\nIBAN pentru restituire: {IBAN(g.iban('RO', 'sp'))}",
        f"Plata să se facă din contul {IBAN(g.iban('RO', 'lower'))}, nu de pe cardul {CARD(g.card('sp'))}.",
        f"cardul {CARD(g.card('two'))} a fost debitat de două ori cu {pr(g)}!!! IBAN pentru retur {IBAN(g.iban('RO', 'plain'))}",
        f"Am cont și în Bulgaria: {IBAN(g.iban('BG', 'sp'))}. Sau plătiți pe American Express {CARD(g.card(brand='amex', style='plain'))}.",
    ][i]


@T("ro", 3, "ID")
def ro_piva(g, i):
    it = g.P("it")
    return [
        f"Am firmă în Italia: partita IVA {PIVA(g.piva('plain'))}, codice fiscale {CF(g.cf(it))}.",
        f"Lucrez în Grecia ca sezonier: AMKA {AMKA(g.amka('plain'))}, AFM {AFM(g.afm('3-3-3'))}.",
        f"P.IVA {PIVA(g.piva('IT'))}, CF {CF(g.cf(it, omo=2))}, CNP {CNP(g.cnp())}",
    ][i]


@T("fi", 7, "ID")
def fi_hetu2(g, i):
    p, q = g.P(), g.P()
    v = g.hetu(next_sign(g))
    return [
        f"Lapsen hetu {HETU(g.hetu(g.ch('ABCDEF'), child=True))}, oma {HETU(g.hetu(next_sign(g)))}",
        f"Sopimuksen siirto: luovuttaja {PER(p.full)} ({HETU(g.hetu(next_sign(g), female=p.female))}), vastaanottaja "
        f"{PER(q.full)} ({HETU(g.hetu(next_sign(g), female=q.female))}).",
        f"hetu {HETU(g.hetu(next_sign(g)))} ja tili {IBAN(g.iban('FI', 'plain'))}",
        f"ASIAKAS: se on {HETU(fi_spoken_hetu(v))}\nASIAKASPALVELU: Toistan: {HETU(v)}?\nASIAKAS: Kyllä.",
        f"Äitini {PER(g.P(female=True).full)} henkilötunnus on {HETU(g.hetu(next_sign(g), female=True))}.",
        f"Tiedot: {PER(p.full)}, {HETU(g.hetu(next_sign(g), female=p.female))}, puh. {PH(g.phone('fi', intl=False))}",
        f"Henkilötunnus:\n{HETU(g.hetu(next_sign(g)))}",
    ][i]


@T("fi", 6, "ID_INVALID")
def fi_bad2(g, i):
    return [
        f"hetu {bad(g, 'FI_HETU', sign='-')} ja puolison {bad(g, 'FI_HETU', sign=g.ch('-YX'))} - molemmat hylätään",
        f"codice fiscale {bad(g, 'IT_CODICE_FISCALE')}, jota italialainen vuokraamo pyytää, ei kelpaa lomakkeelle. "
        f"Oikea on kuulemma {CF(g.cf(omo=0))}.",
        f"AMKA {bad(g, 'GR_AMKA')} on virheellinen? Sain sen kreikkalaiselta työnantajalta. Vaimoni AMKA "
        f"{AMKA(g.amka('plain'))} kelpasi heti.",
        f"kortti {bad(g, 'CARD', style='two')} ei käy eikä {bad(g, 'CARD')}",
        f"CNP {bad(g, 'RO_CNP')} hylättiin, vaikka se on suoraan henkilökortista",
        f"Tilinumero\n{bad(g, 'IBAN', cc='FI', style='lines')}\nja ALV-tunnus {bad(g, 'IT_PARTITA_IVA', IT=True)} ovat lomakkeen mukaan vääriä",
    ][i]


@T("fi", 5, "PHONE")
def fi_phone2(g, i):
    p = g.P()
    return [
        f"Yhteystiedot: {PH(g.phone('fi'))}, {EM(g.email(p))}",
        f"Amerikkalainen numeroni on {PH(g.phone('us', intl=True))}, suomalainen {PH(g.phone('fi', intl=True))}",
        f"ASIAKAS: {PH(g.phone_spoken('fi'))}, ja sähköposti on {EM(g.email_spoken(p))}.",
        f"soittakaa {PH(g.phone('fi', 'l', intl=False))} tai kirjoittakaa {EM(g.email(p))}",
        f"Lähettäkää lasku osoitteeseen {EM(g.email(p, cap=True))}, ei {EM(g.email(p))} (vanha). Puh. "
        f"{PH(g.phone('fi', intl=False))}",
    ][i]


@T("fi", 3, "MULTI")
def fi_card_iban2(g, i):
    return [
        f"Takuukortti:\n{CARD(g.card('lines'))}\nPalautustili: {IBAN(g.iban('FI', 'sp'))}",
        f"Veloittakaa suoraan tililtä {IBAN(g.iban('FI', 'lower'))}, ei kortilta {CARD(g.card('sp'))}.",
        f"kortilta {CARD(g.card('two'))} veloitettiin kahdesti {pr(g)}!!! palautus tilille {IBAN(g.iban('FI', 'plain'))}",
    ][i]


@T("fi", 2, "ID")
def fi_more(g, i):
    it = g.P("it")
    return [
        f"Italialainen kollegani: partita IVA {PIVA(g.piva('plain'))}, codice fiscale {CF(g.cf(it))}",
        f"Kreikkalainen kuljettaja: AMKA {AMKA(g.amka('2-2-2-5'))}, AFM {AFM(g.afm('plain'))}",
    ][i]


# ==========================================================================
# build
# ==========================================================================
LANGS = ["en", "it", "el", "ro", "fi"]


def build():
    rows = []
    for lang in LANGS:
        g = G(lang, random.Random("%d-%s" % (SEED, lang)))
        cases = []
        for fn, n, cat in TEMPLATES[lang]:
            for i in range(n):
                text, ents, dis = parse(fn(g, i))
                cases.append({"lang": lang, "text": text, "entities": ents,
                              "distractors": dis, "category": cat,
                              "template": fn.__name__})
        assert len(cases) == 100, (lang, len(cases))
        g.rng.shuffle(cases)
        for k, c in enumerate(cases, 1):
            rows.append({"id": "%s-%04d" % (lang, k), "lang": lang, "text": c["text"],
                         "entities": c["entities"], "distractors": c["distractors"],
                         "category": c["category"], "template": c["template"]})
    return rows


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
