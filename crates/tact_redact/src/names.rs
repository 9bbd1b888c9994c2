//! Person names and street addresses. Unlike identifiers and phone numbers they carry no
//! structure that can be checked, so they are found from what surrounds them: the speaker and
//! agent names the conversation already gives (wherever they recur, in any letter case, without
//! accents, or inflected), self-introductions, greetings, sign-offs and titles, the writers of a
//! pasted chat export (a time stamp, a name, a colon), names before an e-mail address in angle
//! brackets, and the street words of each language followed by a house number.
//!
//! The words of each language live in `data/names.txt` and `data/streets.txt`, one entry a line
//! with its language and kind (each file's header says which kinds there are), so a phrase or a
//! language is added there, not here. Text and phrases are compared as folded words (lower case,
//! no accents, Greek final sigma folded): "ma numesc" and "Παπαδοπουλου" are found like their
//! accented forms. Spans are byte ranges of the original text, always on character boundaries.

use crate::{Context, Entity, Found};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::LazyLock;

const NAMES_DATA: &str = include_str!("../data/names.txt");
const STREETS_DATA: &str = include_str!("../data/streets.txt");

/// A name is one to three words: longer runs of capitalised words are headings or brands.
const MAX_NAME_WORDS: usize = 3;
const MAX_STREET_WORDS: usize = 4;
/// House numbers have at most four digits; longer numbers are prices, codes or postcodes.
const MAX_HOUSE_DIGITS: usize = 4;

/// Everything personal this module recognises in `text`: person names and street addresses.
/// `persons` are the byte ranges of names already masked in `text`.
pub(crate) fn find(text: &str, cx: &Context<'_>, persons: &[(usize, usize)]) -> Vec<Found> {
    let lex = &*LEXICON;
    let mut folds = String::new();
    let toks = tokenize(text, &mut folds);
    // Every name but a known one is capitalised, and every address has a number (a house
    // number, a flat or a postcode): without either, only the known names (matched in any
    // case) can be found, and the phrases are not looked up.
    let capitals = toks.iter().any(|t| t.capital);
    let numbers = toks.iter().any(|t| t.kind == Kind::Num);
    // Every phrase starts with a word (the loader refuses others): numbers and punctuation
    // are not looked up.
    let first = if capitals || numbers {
        toks.iter()
            .map(|t| {
                (t.kind == Kind::Word && lex.may_start(t.fold))
                    .then(|| lex.by_first.get(t.fold))
                    .flatten()
            })
            .collect()
    } else {
        Vec::new()
    };
    let doc = Doc {
        text,
        toks: &toks,
        first,
        persons,
    };
    let mut out = Vec::new();
    known_names(&doc, lex, cx, &mut out);
    if capitals {
        introduced_names(&doc, lex, &mut out);
        name_lines(&doc, lex, &mut out);
        export_speakers(&doc, lex, &mut out);
        named_addresses(&doc, lex, &mut out);
    }
    if numbers {
        addresses(&doc, lex, &mut out);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Words

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Debug)]
struct Tok<'f> {
    start: usize,
    end: usize,
    kind: Kind,
    fold: &'f str,
    /// A line break between the word before and this one.
    after_break: bool,
    /// The first character is a capital.
    capital: bool,
    /// A word or number with a digit in it.
    digit: bool,
}

fn is_word_char(c: char) -> bool {
    is_alphanumeric(c) || is_combining(c)
}

/// Characters below this are looked up in [`CHARS`]: Latin, Greek and Cyrillic letters.
const TABLE_CHARS: usize = 0x800;

/// What the standard library answers for each character below [`TABLE_CHARS`], asked once:
/// its search over all of Unicode, per character of every text, was a fifth of the time.
struct CharTable {
    alphanumeric: [u64; TABLE_CHARS / 64],
    numeric: [u64; TABLE_CHARS / 64],
    uppercase: [u64; TABLE_CHARS / 64],
    /// The folded character; [`NO_CHAR`] when folding drops it, [`MANY_CHARS`] when it
    /// becomes more than one.
    fold: Vec<u32>,
}

const NO_CHAR: u32 = 0;
const MANY_CHARS: u32 = u32::MAX;

static CHARS: LazyLock<CharTable> = LazyLock::new(|| {
    let mut table = CharTable {
        alphanumeric: [0; TABLE_CHARS / 64],
        numeric: [0; TABLE_CHARS / 64],
        uppercase: [0; TABLE_CHARS / 64],
        fold: vec![MANY_CHARS; TABLE_CHARS],
    };
    for (n, c) in
        (0..TABLE_CHARS).filter_map(|n| Some((n, char::from_u32(u32::try_from(n).ok()?)?)))
    {
        for (set, yes) in [
            (&mut table.alphanumeric, c.is_alphanumeric()),
            (&mut table.numeric, c.is_numeric()),
            (&mut table.uppercase, c.is_uppercase()),
        ] {
            if yes {
                set[n / 64] |= 1 << (n % 64);
            }
        }
        let mut folded = String::new();
        fold_slowly(c, &mut folded);
        let mut it = folded.chars();
        table.fold[n] = match (it.next(), it.next()) {
            (None, _) => NO_CHAR,
            (Some(f), None) => u32::from(f),
            _ => MANY_CHARS,
        };
    }
    table
});

/// Whether `c` is in one of [`CHARS`]' sets: `ascii` answers for ASCII, `wide` above the
/// table.
#[inline(always)]
fn in_table(
    c: char,
    set: &[u64; TABLE_CHARS / 64],
    ascii: fn(&u8) -> bool,
    wide: fn(char) -> bool,
) -> bool {
    let n = c as usize;
    if n < 0x80 {
        u8::try_from(n).is_ok_and(|b| ascii(&b))
    } else if n < TABLE_CHARS {
        set[n / 64] >> (n % 64) & 1 == 1
    } else {
        wide(c)
    }
}

#[inline]
fn is_alphanumeric(c: char) -> bool {
    in_table(
        c,
        &CHARS.alphanumeric,
        u8::is_ascii_alphanumeric,
        char::is_alphanumeric,
    )
}

#[inline]
fn is_numeric(c: char) -> bool {
    in_table(c, &CHARS.numeric, u8::is_ascii_digit, char::is_numeric)
}

#[inline]
fn is_uppercase(c: char) -> bool {
    in_table(
        c,
        &CHARS.uppercase,
        u8::is_ascii_uppercase,
        char::is_uppercase,
    )
}

fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | 'ʼ')
}

/// Words (letters and digits, joined by inner hyphens and apostrophes: "Anna-Liisa",
/// "D'Angelo"), and every other non-space character on its own. An English possessive "'s" is
/// cut off, so "Anna's" still holds the word "Anna".
///
/// The folded words are written one after another into `folds`, so a text costs one
/// allocation for all of them; each character is folded as it is read, in the same pass.
fn tokenize<'f>(text: &str, folds: &'f mut String) -> Vec<Tok<'f>> {
    // Characters are decoded where they are needed: a table of every character of every text,
    // built to look ahead, was the largest allocation of redaction.
    let bytes = text.as_bytes();
    let char_at = |at: usize| match bytes.get(at) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => text.get(at..).and_then(|rest| rest.chars().next()),
        None => None,
    };
    folds.clear();
    folds.reserve(text.len());
    let mut spans = Vec::with_capacity(text.len() / 4 + 1);
    let mut i = 0;
    let mut line_break = false;
    while let Some(c) = char_at(i) {
        let start = i;
        i += c.len_utf8();
        if c.is_whitespace() {
            line_break |= c == '\n' || c == '\r';
            continue;
        }
        let after_break = std::mem::take(&mut line_break) && !spans.is_empty();
        let from = folds.len();
        fold_char(c, folds);
        let mut digit = is_numeric(c);
        let kind = if is_word_char(c) && !is_combining(c) {
            loop {
                // Runs of ASCII letters and digits, the bulk of most texts, a byte at a time.
                let run = bytes[i..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .unwrap_or(bytes.len() - i);
                if run > 0 {
                    let ascii = &text[i..i + run];
                    digit |= ascii.bytes().any(|b| b.is_ascii_digit());
                    let at = folds.len();
                    folds.push_str(ascii);
                    folds[at..].make_ascii_lowercase();
                    i += run;
                }
                let Some(d) = char_at(i) else {
                    break;
                };
                let after = i + d.len_utf8();
                if is_word_char(d) {
                    digit |= is_numeric(d);
                    fold_char(d, folds);
                    i = after;
                    continue;
                }
                let Some(e) = char_at(after).filter(|&e| is_joiner(d) && is_alphanumeric(e)) else {
                    break;
                };
                let possessive = d != '-'
                    && (e == 's' || e == 'S')
                    && !char_at(after + 1).is_some_and(is_word_char);
                if possessive {
                    break;
                }
                digit |= is_numeric(e);
                fold_char(d, folds);
                fold_char(e, folds);
                i = after + e.len_utf8();
            }
            if is_numeric(c) {
                Kind::Num
            } else {
                Kind::Word
            }
        } else {
            Kind::Punct
        };
        let flags = (after_break, is_uppercase(c), digit);
        spans.push((start, i, kind, from, folds.len(), flags));
    }
    let folds: &'f String = folds;
    spans
        .into_iter()
        .map(
            |(start, end, kind, from, to, (after_break, capital, digit))| Tok {
                start,
                end,
                kind,
                fold: folds.get(from..to).unwrap_or(""),
                after_break,
                capital,
                digit,
            },
        )
        .collect()
}

/// Lower case without accents, Greek final sigma and typographic apostrophes folded.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

fn fold_into(s: &str, out: &mut String) {
    for c in s.chars() {
        fold_char(c, out);
    }
}

fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let n = c as usize;
    let folded = if n < TABLE_CHARS {
        CHARS.fold.get(n).copied().unwrap_or(MANY_CHARS)
    } else {
        MANY_CHARS
    };
    match folded {
        NO_CHAR => {}
        MANY_CHARS => fold_slowly(c, out),
        f => out.extend(char::from_u32(f)),
    }
}

fn fold_slowly(c: char, out: &mut String) {
    for l in c.to_lowercase() {
        if !is_combining(l) {
            out.push(base_letter(l));
        }
    }
}

fn base_letter(c: char) -> char {
    const TABLE: &[(&str, char)] = &[
        ("àáâãäåāăą", 'a'),
        ("çćč", 'c'),
        ("ďđ", 'd'),
        ("èéêëēėęě", 'e'),
        ("ìíîïī", 'i'),
        ("ł", 'l'),
        ("ñńň", 'n'),
        ("òóôõöøō", 'o'),
        ("ŕř", 'r'),
        ("śšşș", 's'),
        ("ťţț", 't'),
        ("ùúûüūů", 'u'),
        ("ýÿ", 'y'),
        ("źżž", 'z'),
        ("ά", 'α'),
        ("έ", 'ε'),
        ("ή", 'η'),
        ("ίϊΐ", 'ι'),
        ("ό", 'ο'),
        ("ύϋΰ", 'υ'),
        ("ώ", 'ω'),
        ("ς", 'σ'),
        ("’‘ʼ", '\''),
    ];
    if c.is_ascii() {
        return c;
    }
    // Built once and sorted: a scan of the table per character was a quarter of redaction's
    // time.
    static MAP: LazyLock<Vec<(char, char)>> = LazyLock::new(|| {
        let mut map: Vec<(char, char)> = TABLE
            .iter()
            .flat_map(|(from, to)| from.chars().map(move |f| (f, *to)))
            .collect();
        map.sort_unstable();
        map
    });
    MAP.binary_search_by_key(&c, |&(f, _)| f)
        .ok()
        .and_then(|i| MAP.get(i))
        .map_or(c, |&(_, to)| to)
}

/// FxHash's mixing: the lexicon is asked about every word several times, and SipHash's
/// defence against chosen keys buys nothing for word lists compiled into the program.
#[derive(Default, Clone, Copy)]
struct WordHasher(u64);

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The first two bytes of a word as one number (the first byte high), and its length in bytes
/// up to 31.
fn pair_and_length(word: &str) -> (usize, u32) {
    let b = word.as_bytes();
    let pair = usize::from(b.first().copied().unwrap_or(0)) << 8
        | usize::from(b.get(1).copied().unwrap_or(0));
    (pair, b.len().min(31) as u32)
}

type WordSet = HashSet<String, BuildHasherDefault<WordHasher>>;
type WordMap<V> = HashMap<String, V, BuildHasherDefault<WordHasher>>;

/// The text and its words, with the questions every recogniser asks about them.
struct Doc<'a> {
    text: &'a str,
    toks: &'a [Tok<'a>],
    /// The phrases that start with each word, looked up once.
    first: Vec<Option<&'a Starts>>,
    /// Byte ranges of names already masked: no contact data.
    persons: &'a [(usize, usize)],
}

impl<'a> Doc<'a> {
    fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.toks.get(i)
    }

    fn source(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// Whether a line break separates word `i` from the word before it.
    fn breaks_before(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.after_break)
    }

    fn is_punct(&self, i: usize, set: &str) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == Kind::Punct && t.fold.chars().all(|c| set.contains(c)))
    }

    fn is_clause_start(&self, i: usize, lex: &Lexicon) -> bool {
        i == 0
            || self.is_punct(i - 1, CLAUSE_PUNCT)
            || self.breaks_before(i)
            || self
                .tok(i - 1)
                .is_some_and(|t| lex.greet_ends.contains(t.fold))
    }

    fn is_clause_end(&self, i: usize) -> bool {
        i >= self.toks.len() || self.is_punct(i, CLAUSE_PUNCT) || self.breaks_before(i)
    }

    fn is_capitalised(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.capital)
    }

    fn has_digit(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.digit)
    }

    fn found(&self, entity: Entity, first: usize, end: usize) -> Option<Found> {
        let (a, b) = (self.toks.get(first)?, self.toks.get(end.checked_sub(1)?)?);
        Some(Found {
            entity,
            start: a.start,
            end: b.end,
        })
    }
}

const CLAUSE_PUNCT: &str = ".,!?;:()\"«»“”…";
const SKIP_PUNCT: &str = ",.:;!-–—";

// ---------------------------------------------------------------------------------------------
// Language data

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PKind {
    Intro,
    Greet,
    Signoff,
    Title,
    Field,
    Lead,
    Postword,
    Link,
    Prefix,
    Suffix,
    Numword,
    Unit,
    Connector,
}

#[derive(Debug)]
struct Phrase {
    kind: PKind,
    words: Vec<String>,
    weak: bool,
}

/// The phrases that start with one word, and a bit per kind among them.
#[derive(Debug, Default)]
struct Starts {
    ids: Vec<usize>,
    kinds: u16,
}

fn kind_bit(kind: PKind) -> u16 {
    1 << (kind as u16)
}

#[derive(Debug, Default)]
struct Lexicon {
    phrases: Vec<Phrase>,
    /// Phrases by their first folded word.
    by_first: WordMap<Starts>,
    /// The first two bytes of every key of `by_first`, a bit each, and the lengths of its keys
    /// by their first byte: most words are turned away by these before they are hashed.
    first_pairs: Vec<u64>,
    first_lens: Vec<u32>,
    stop: WordSet,
    /// Every word of a phrase: never part of a name ("Via", "Mr", "Dear").
    phrase_words: WordSet,
    /// The words of street, unit and house-number phrases: never part of a street's name.
    street_words: WordSet,
    /// Who speaks in a transcript ("Cliente:"), folded, from the phone recogniser's list.
    speakers: WordSet,
    /// The one-word labels of the other recognisers ("iban", "cell", "puh", "cnp") and of
    /// addresses ("indirizzo"), folded.
    labels: WordSet,
    greet_ends: WordSet,
    endings: HashMap<String, Vec<String>>,
    compound: Vec<String>,
    notnum: WordSet,
    /// Capitalised words inside a surname ("De Luca", "Van Dijk"), never a name on their own.
    particles: WordSet,
    /// Lines of the data files that could not be read; a test keeps this empty.
    bad_lines: Vec<String>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lex = Lexicon::default();
    lex.load(NAMES_DATA);
    lex.load(STREETS_DATA);
    lex.speakers = crate::contact::speaker_words()
        .iter()
        .map(|w| fold(w))
        .collect();
    let address_labels: Vec<String> = lex
        .phrases
        .iter()
        .filter(|p| p.kind == PKind::Lead && p.words.len() == 1)
        .flat_map(|p| p.words.clone())
        .collect();
    lex.labels = crate::checksum::label_words()
        .chain(crate::contact::label_words())
        .map(fold)
        .chain(address_labels)
        .collect();
    lex
});

impl Lexicon {
    fn load(&mut self, data: &str) {
        for line in data.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.splitn(3, ' ');
            let (Some(lang), Some(kind), Some(rest)) = (parts.next(), parts.next(), parts.next())
            else {
                self.bad_lines.push(line.to_string());
                continue;
            };
            let items = rest.split_whitespace().map(fold);
            let kind = match kind {
                "stop" => {
                    self.stop.extend(items);
                    continue;
                }
                "ending" => {
                    self.endings
                        .entry(lang.to_string())
                        .or_default()
                        .extend(items);
                    continue;
                }
                "notnum" => {
                    self.notnum.extend(items);
                    continue;
                }
                "particle" => {
                    self.particles.extend(items);
                    continue;
                }
                "compound" => {
                    self.compound.push(fold(rest.trim()));
                    continue;
                }
                "intro" => PKind::Intro,
                "greet" => PKind::Greet,
                "signoff" => PKind::Signoff,
                "title" => PKind::Title,
                "field" => PKind::Field,
                "lead" => PKind::Lead,
                "postword" => PKind::Postword,
                "link" => PKind::Link,
                "prefix" => PKind::Prefix,
                "suffix" => PKind::Suffix,
                "numword" => PKind::Numword,
                "unit" => PKind::Unit,
                "connector" => PKind::Connector,
                _ => {
                    self.bad_lines.push(line.to_string());
                    continue;
                }
            };
            let (weak, phrase) = match rest.trim().strip_prefix('~') {
                Some(p) => (true, p),
                None => (false, rest.trim()),
            };
            let mut folds = String::new();
            let toks = tokenize(phrase, &mut folds);
            if toks.first().is_none_or(|t| t.kind != Kind::Word) {
                self.bad_lines.push(line.to_string());
                continue;
            }
            let words: Vec<String> = toks.into_iter().map(|t| t.fold.to_string()).collect();
            let Some(first) = words.first() else {
                self.bad_lines.push(line.to_string());
                continue;
            };
            self.note_first(first);
            let starts = self.by_first.entry(first.clone()).or_default();
            starts.ids.push(self.phrases.len());
            starts.kinds |= kind_bit(kind);
            if kind == PKind::Greet {
                self.greet_ends.extend(words.last().cloned());
            }
            if matches!(
                kind,
                PKind::Prefix | PKind::Suffix | PKind::Unit | PKind::Numword | PKind::Postword
            ) {
                self.street_words.extend(words.iter().cloned());
            }
            match kind {
                PKind::Link | PKind::Connector | PKind::Lead | PKind::Postword => {}
                // "mia moglie", "spoke to": only the last word of a part or a field is never
                // a name; "Mia" still is one.
                PKind::Title | PKind::Field => self.phrase_words.extend(words.last().cloned()),
                _ => self.phrase_words.extend(words.iter().cloned()),
            }
            self.phrases.push(Phrase { kind, words, weak });
        }
    }

    /// The phrases of `kind` that start at word `i`, with the word after each.
    fn matches<'a>(
        &'a self,
        doc: &'a Doc<'_>,
        i: usize,
        kind: PKind,
    ) -> impl Iterator<Item = (&'a Phrase, usize)> + 'a {
        let ids = doc
            .first
            .get(i)
            .copied()
            .flatten()
            .filter(|s| s.kinds & kind_bit(kind) != 0)
            .map_or(&[][..], |s| s.ids.as_slice());
        ids.iter().filter_map(move |&id| {
            let p = self.phrases.get(id)?;
            if p.kind != kind {
                return None;
            }
            for (k, w) in p.words.iter().enumerate() {
                let t = doc.tok(i + k)?;
                if t.fold != w || (k > 0 && doc.breaks_before(i + k)) {
                    return None;
                }
            }
            Some((p, i + p.words.len()))
        })
    }

    /// The longest phrase of `kind` at word `i`, and the word after it.
    fn longest(&self, doc: &Doc<'_>, i: usize, kind: PKind) -> Option<usize> {
        self.matches(doc, i, kind).map(|(_, end)| end).max()
    }

    fn note_first(&mut self, word: &str) {
        if self.first_pairs.is_empty() {
            self.first_pairs = vec![0; (1 << 16) / 64];
            self.first_lens = vec![0; 256];
        }
        let (pair, len) = pair_and_length(word);
        self.first_pairs[pair / 64] |= 1 << (pair % 64);
        self.first_lens[pair >> 8] |= 1 << len;
    }

    /// Whether some phrase may start with `word`: false means none does.
    fn may_start(&self, word: &str) -> bool {
        let (pair, len) = pair_and_length(word);
        self.first_pairs
            .get(pair / 64)
            .is_some_and(|bits| bits >> (pair % 64) & 1 == 1)
            && self
                .first_lens
                .get(pair >> 8)
                .is_some_and(|lens| lens >> len & 1 == 1)
    }

    fn is_stop(&self, fold: &str) -> bool {
        self.stop.contains(fold)
    }

    fn endings_for(&self, lang: Option<&str>) -> Vec<&str> {
        let mut all: Vec<&str> = vec![""];
        match lang.and_then(|l| self.endings.get(l)) {
            Some(list) => all.extend(list.iter().map(String::as_str)),
            None => all.extend(self.endings.values().flatten().map(String::as_str)),
        }
        all
    }
}

// ---------------------------------------------------------------------------------------------
// Names the conversation gives

/// Whether a word of a known name may be matched on its own: role labels such as "Agent" or
/// "Cliente" are speaker names too, and must not turn every "agent" into a placeholder.
fn usable_part(lex: &Lexicon, fold: &str) -> bool {
    fold.chars().count() >= 2 && !lex.is_stop(fold)
}

fn known_names(doc: &Doc<'_>, lex: &'static Lexicon, cx: &Context<'_>, out: &mut Vec<Found>) {
    if cx.known_names.is_empty() {
        return;
    }
    // A conversation's turns are redacted one after another with the same names: their words
    // and stems are worked out once, not for every turn.
    thread_local! {
        static PREPARED: RefCell<Option<KnownNames>> = const { RefCell::new(None) };
    }
    PREPARED.with_borrow_mut(|slot| {
        let fresh = slot.as_ref().is_some_and(|k| k.is_for(cx));
        let known = match slot {
            Some(k) if fresh => k,
            _ => slot.insert(KnownNames::new(lex, cx)),
        };
        for (i, t) in doc.toks.iter().enumerate() {
            let Some(&b) = t.fold.as_bytes().first() else {
                continue;
            };
            let second = t.fold.as_bytes().get(1).copied();
            for &(n, p, _) in known
                .by_first_byte
                .get(usize::from(b))
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .filter(|&&(_, _, want)| want == second)
            {
                let Some(name) = known.names.get(n) else {
                    continue;
                };
                let Some((range, needs_capital)) = name.patterns.get(p) else {
                    continue;
                };
                let pattern = name.words.get(range.clone()).unwrap_or(&[]);
                if let Some(end) = match_name(doc, i, pattern, *needs_capital, &known.endings) {
                    out.extend(doc.found(Entity::Person, i, end));
                }
            }
        }
    });
}

/// The known names of a conversation, ready to be matched.
struct KnownNames {
    lang: Option<String>,
    given: Vec<String>,
    endings: Vec<&'static str>,
    names: Vec<KnownName>,
    /// Name, pattern and second byte (if any) by the first byte of the pattern's first word: a
    /// word matches a name only when it starts with the same two bytes, since a word is either
    /// the name's word itself or starts with a stem of three characters or more (see
    /// [`match_name`]).
    by_first_byte: Vec<Vec<(usize, usize, Option<u8>)>>,
}

/// The words of one name, and which runs of them are looked for: the whole name, the first
/// word, the last word (only capitalised).
struct KnownName {
    words: Vec<NameWord>,
    patterns: Vec<(Range<usize>, bool)>,
}

impl KnownNames {
    fn is_for(&self, cx: &Context<'_>) -> bool {
        self.lang.as_deref() == cx.lang && self.given == cx.known_names
    }

    fn new(lex: &'static Lexicon, cx: &Context<'_>) -> Self {
        let endings = lex.endings_for(cx.lang);
        let mut folds = String::new();
        let mut names = Vec::new();
        for name in cx.known_names {
            let words: Vec<String> = tokenize(name, &mut folds)
                .into_iter()
                .filter(|t| t.kind != Kind::Punct)
                .map(|t| t.fold.to_string())
                .collect();
            if !words.iter().any(|w| usable_part(lex, w)) {
                continue;
            }
            let mut patterns = vec![(0..words.len(), false)];
            if words.len() >= 2 {
                if usable_part(lex, &words[0]) {
                    patterns.push((0..1, false));
                }
                // A surname alone is a common word more often than a first name: only
                // capitalised.
                let last = words.len() - 1;
                if usable_part(lex, &words[last]) {
                    patterns.push((last..last + 1, true));
                }
            }
            let words = words
                .into_iter()
                .map(|w| NameWord::new(w, &endings))
                .collect();
            names.push(KnownName { words, patterns });
        }
        let mut by_first_byte = vec![Vec::new(); 256];
        for (n, name) in names.iter().enumerate() {
            for (p, (range, _)) in name.patterns.iter().enumerate() {
                let first = name.words.get(range.start).map(|w| w.fold.as_bytes());
                if let Some(&[b, ref rest @ ..]) = first {
                    by_first_byte[usize::from(b)].push((n, p, rest.first().copied()));
                }
            }
        }
        KnownNames {
            lang: cx.lang.map(str::to_string),
            given: cx.known_names.to_vec(),
            endings,
            names,
            by_first_byte,
        }
    }
}

/// A folded word of a known name, and the lengths of the stems left when one case ending is
/// cut off it.
struct NameWord {
    fold: String,
    stems: Vec<usize>,
}

impl NameWord {
    fn new(fold: String, endings: &[&str]) -> Self {
        let stems = endings
            .iter()
            .filter_map(|e| fold.strip_suffix(e))
            .filter(|stem| stem.chars().count() >= 3)
            .map(str::len)
            .collect();
        NameWord { fold, stems }
    }

    /// Whether `word` is this word with one case ending swapped for another.
    fn inflected(&self, word: &str, endings: &[&str]) -> bool {
        self.stems.iter().any(|&n| {
            self.fold.get(..n).is_some_and(|stem| {
                word.strip_prefix(stem)
                    .is_some_and(|rest| endings.contains(&rest))
            })
        })
    }
}

fn match_name(
    doc: &Doc<'_>,
    i: usize,
    pattern: &[NameWord],
    needs_capital: bool,
    endings: &[&str],
) -> Option<usize> {
    for (k, want) in pattern.iter().enumerate() {
        let t = doc.tok(i + k)?;
        // The word itself and every stem of it (three characters at least) start with its
        // first byte: most words are turned away here.
        if t.fold.as_bytes().first() != want.fold.as_bytes().first() {
            return None;
        }
        if t.kind == Kind::Punct || (k > 0 && doc.breaks_before(i + k)) {
            return None;
        }
        let capital = doc.is_capitalised(i + k);
        let exact = t.fold == want.fold;
        // An inflected form ("Virtasen", "Παπαδοπούλου") must be capitalised: lower-case
        // near-misses are ordinary words.
        if !(exact || capital && want.inflected(t.fold, endings)) || (needs_capital && !capital) {
            return None;
        }
    }
    Some(i + pattern.len())
}

// ---------------------------------------------------------------------------------------------
// Names the text introduces

/// Whether word `i` can be part of a name: capitalised, not an acronym, a product spelling
/// ("iPhone", "PlayStation"), a number or a common word of one of the languages.
fn name_word(doc: &Doc<'_>, lex: &Lexicon, i: usize) -> bool {
    name_word_cased(doc, lex, i, false)
}

/// [`name_word`], and with `capitals` a word in capitals too: forms are filled in capitals
/// ("Nimi: MATTI MEIKÄLÄINEN"), where in prose capitals are acronyms.
fn name_word_cased(doc: &Doc<'_>, lex: &Lexicon, i: usize, capitals: bool) -> bool {
    let Some(t) = doc.tok(i) else { return false };
    if t.kind != Kind::Word || doc.has_digit(i) || !doc.is_capitalised(i) {
        return false;
    }
    if lex.is_stop(t.fold) || lex.phrase_words.contains(t.fold) {
        return false;
    }
    let src = doc.source(i);
    let letters = src.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 {
        return false;
    }
    if src.chars().all(|c| !c.is_lowercase()) {
        return capitals && letters >= 3;
    }
    src.split(is_joiner).all(|part| {
        let inner_capital = part.char_indices().skip(1).find(|(_, c)| c.is_uppercase());
        match inner_capital {
            None => true,
            // McDonald, MacLeod, DiCaprio, LaToya
            Some((at, _)) => matches!(&part[..at], "Mc" | "Mac" | "Di" | "De" | "Da" | "La" | "Le"),
        }
    })
}

/// The end of a name of one to three words starting at word `i`.
fn name_at(doc: &Doc<'_>, lex: &Lexicon, i: usize) -> Option<usize> {
    name_at_cased(doc, lex, i, false)
}

fn name_at_cased(doc: &Doc<'_>, lex: &Lexicon, i: usize, capitals: bool) -> Option<usize> {
    let (mut end, mut words) = (i, 0);
    while words < MAX_NAME_WORDS && (end == i || !doc.breaks_before(end)) {
        if name_word_cased(doc, lex, end, capitals) {
            end += 1;
            words += 1;
            continue;
        }
        // "Stefano De Luca": a capitalised particle between two words of a name.
        let particle = end > i
            && doc.is_capitalised(end)
            && doc.tok(end).is_some_and(|t| lex.particles.contains(t.fold))
            && !doc.breaks_before(end + 1)
            && name_word_cased(doc, lex, end + 1, capitals);
        if !particle {
            break;
        }
        end += 2;
        words += 1;
    }
    (end > i).then_some(end)
}

/// "Grazie. / Cell.: +39…", "I miei dati: IBAN (IT60…)": one word that is another
/// recogniser's label, followed by a colon, a dot, a bracket or a number, names a field, not
/// a person ("Giulia Carta", "Dear Iva:" stay names).
fn is_label(doc: &Doc<'_>, lex: &Lexicon, first: usize, end: usize) -> bool {
    end == first + 1
        && doc.tok(first).is_some_and(|t| lex.labels.contains(t.fold))
        && (doc.is_punct(end, ":.(") || doc.tok(end).is_some_and(|t| t.kind == Kind::Num))
}

/// A capitalised word followed by a number is a product or model ("Galaxy S21", "Windows 11").
fn followed_by_number(doc: &Doc<'_>, end: usize) -> bool {
    end < doc.toks.len() && !doc.breaks_before(end) && doc.has_digit(end)
}

fn skip_punct(doc: &Doc<'_>, mut i: usize, lines: bool) -> usize {
    let start = i;
    while i - start < 2 && doc.is_punct(i, SKIP_PUNCT) && (lines || !doc.breaks_before(i)) {
        i += 1;
    }
    i
}

fn introduced_names(doc: &Doc<'_>, lex: &Lexicon, out: &mut Vec<Found>) {
    for i in 0..doc.toks.len() {
        // Every cue is a phrase: most words start none.
        if doc.first.get(i).copied().flatten().is_none() {
            continue;
        }
        for kind in [PKind::Intro, PKind::Greet, PKind::Signoff] {
            for (p, after) in lex.matches(doc, i, kind) {
                let signoff = kind == PKind::Signoff;
                // "Grazie, Marco", not "Grazie. Arrivederci": only a signoff's name may follow
                // a full stop (on its own line).
                if !signoff && doc.is_punct(after, ".!?") {
                    continue;
                }
                let first = skip_punct(doc, after, signoff);
                if !signoff && doc.breaks_before(first) {
                    continue;
                }
                let Some(end) = name_at(doc, lex, first) else {
                    continue;
                };
                if followed_by_number(doc, end) || is_label(doc, lex, first, end) {
                    continue;
                }
                let linked =
                    lex.longest(doc, end, PKind::Link).is_some() && !doc.breaks_before(end);
                let closed = doc.is_clause_end(end);
                let ok = if p.weak {
                    linked || (doc.is_clause_start(i, lex) && closed)
                } else {
                    !signoff || linked || closed
                };
                if ok {
                    out.extend(doc.found(Entity::Person, first, end));
                }
            }
        }
        for (p, after) in lex.matches(doc, i, PKind::Title) {
            if p.weak && !doc.is_capitalised(i) {
                continue;
            }
            // "Dott. Rossi", "mio marito, Luca". Not a colon: "Operatore: Parlo con…" is who
            // speaks, and the fields that take a colon are fields. A dot after a title of
            // several words ends a sentence ("…al fiului meu. Puteți…"), not an abbreviation.
            let words = p
                .words
                .iter()
                .filter(|w| w.chars().any(char::is_alphanumeric));
            let abbreviation = words.count() == 1 && doc.is_punct(after, ".");
            let first = if abbreviation || doc.is_punct(after, ",") {
                after + 1
            } else {
                after
            };
            if doc.breaks_before(first) {
                continue;
            }
            if let Some(end) = name_at(doc, lex, first).filter(|&e| !followed_by_number(doc, e)) {
                out.extend(doc.found(Entity::Person, first, end));
            }
        }
        // "Nome: Anna Rossi" at the start of a line or clause, "Name*: …" in a web form, or
        // a pasted form whose field name stands alone on the line above the name.
        if doc.is_clause_start(i, lex) {
            for (_, after) in lex.matches(doc, i, PKind::Field) {
                let after = if doc.is_punct(after, "*") && !doc.breaks_before(after) {
                    after + 1
                } else {
                    after
                };
                let line_above = doc.breaks_before(i) || i == 0;
                let first = if doc.is_punct(after, ":") && !doc.breaks_before(after + 1) {
                    after + 1
                } else if line_above && after < doc.toks.len() && doc.breaks_before(after) {
                    after
                } else {
                    continue;
                };
                let end = name_at_cased(doc, lex, first, true).filter(|&e| {
                    !followed_by_number(doc, e)
                        && doc.is_clause_end(e)
                        && !is_label(doc, lex, first, e)
                        && (first == after + 1 || e == doc.toks.len() || doc.breaks_before(e))
                });
                if let Some(end) = end {
                    out.extend(doc.found(Entity::Person, first, end));
                }
            }
        }
    }
}

/// A line that is nothing but a name of two or three words: an e-mail's signature, a name
/// pasted on its own line among other details, or a transcript's answer to "and the name?"
/// ("Customer: Anna Rossi."). One capitalised word alone is too often "Perfect." or "Done.".
fn name_lines(doc: &Doc<'_>, lex: &Lexicon, out: &mut Vec<Found>) {
    let lines = 1
        + (1..doc.toks.len())
            .filter(|&i| doc.breaks_before(i))
            .count();
    let mut start = 0;
    while start < doc.toks.len() {
        let end = (start + 1..doc.toks.len())
            .find(|&i| doc.breaks_before(i))
            .unwrap_or(doc.toks.len());
        // "Customer:" / "Cliente:" before the answer; a field ("Product:") is no speaker.
        let labelled = end - start >= 3
            && doc.is_punct(start + 1, ":")
            && lex.speakers.contains(doc.toks[start].fold);
        // Without a speaker, a signature (the last line, or a line before the phone or e-mail
        // already masked on the next) or the line after "…as requested:".
        let after_colon = start > 0 && doc.is_punct(start - 1, ":");
        let contact_next = end < doc.toks.len() && line_has_mask(doc, end);
        let unlabelled = lines >= 2 && (end == doc.toks.len() || after_colon || contact_next);
        let first = if labelled { start + 2 } else { start };
        if labelled || unlabelled {
            if let Some(name_end) = name_at(doc, lex, first) {
                let rest = name_end..end;
                let only_name = rest.len() <= 1 && rest.clone().all(|k| doc.is_punct(k, ".,"));
                if name_end - first >= 2 && only_name && !followed_by_number(doc, name_end) {
                    out.extend(doc.found(Entity::Person, first, name_end));
                }
            }
        }
        start = end;
    }
}

/// "Anna Rossi <anna.r@…>": two or three name words right before an e-mail address in angle
/// brackets, as mail headers and address books write them. The address is already masked.
fn named_addresses(doc: &Doc<'_>, lex: &Lexicon, out: &mut Vec<Found>) {
    for i in 2..doc.toks.len() {
        let masked = doc.is_punct(i, "<")
            && doc.is_punct(i + 1, "[")
            && doc
                .tok(i + 2)
                .is_some_and(|t| t.fold.bytes().all(|b| b == b'x'));
        if !masked || doc.breaks_before(i) {
            continue;
        }
        let start = (i.saturating_sub(MAX_NAME_WORDS + 1)..i - 1).find(|&k| {
            name_at(doc, lex, k) == Some(i)
                && (k == 0
                    || !doc
                        .tok(k - 1)
                        .is_some_and(|t| t.kind == Kind::Word && t.capital))
        });
        let Some(start) = start else {
            continue;
        };
        if i - start >= 2 && !has_role(doc, lex, start..i) {
            out.extend(doc.found(Entity::Person, start, i));
        }
    }
}

/// Whether a word of `words` says who speaks for the shop or visits it ("Support", "Visitor").
fn has_role(doc: &Doc<'_>, lex: &Lexicon, words: Range<usize>) -> bool {
    words
        .into_iter()
        .any(|k| doc.tok(k).is_some_and(|t| lex.speakers.contains(t.fold)))
}

/// A pasted chat export: each line a time stamp, the writer's name and a colon ("[06/05/25,
/// 19:27] Anna Rossi: …", "15/12/25, 09:21 - Anna Rossi: …", "21.3.2025 klo 12.14 - Anna:
/// …"). The stamp is numbers and punctuation (and at most two short lower-case words such as
/// "klo", "μ.μ.") ending in `]` or a dash; who writes for the shop ("Assistenza:", "Suport:") is a
/// role, not a name, and so is a visitor. A shop's own name writing in its export is taken
/// too: hiding a business's name costs less than leaving a customer's.
fn export_speakers(doc: &Doc<'_>, lex: &Lexicon, out: &mut Vec<Found>) {
    let (mut writers, mut roles): (Vec<Found>, bool) = (Vec::new(), false);
    for i in (0..doc.toks.len()).filter(|&i| i == 0 || doc.breaks_before(i)) {
        let (mut j, mut numbers, mut words) = (i, 0, 0);
        while let Some(t) = doc.tok(j) {
            if j > i && doc.breaks_before(j) {
                break;
            }
            match t.kind {
                Kind::Num => numbers += 1,
                Kind::Punct => {}
                Kind::Word if !t.capital && words < 2 && t.fold.chars().count() <= 3 => {
                    words += 1;
                }
                Kind::Word => break,
            }
            j += 1;
        }
        let stamp_ends = j > i && doc.is_punct(j - 1, "]-–");
        if numbers < 2 || !stamp_ends || doc.breaks_before(j) {
            continue;
        }
        // Who writes for the shop ("Support:", "Assistenza:") marks the export as a chat.
        roles |= has_role(doc, lex, j..j + 1);
        let Some(end) = name_at(doc, lex, j) else {
            continue;
        };
        let role = has_role(doc, lex, j..end);
        roles |= role;
        if doc.is_punct(end, ":") && !role && !is_label(doc, lex, j, end) {
            writers.extend(doc.found(Entity::Person, j, end));
        }
    }
    // A chat has few writers, who come back ("Anna:" on several lines) or answer the shop
    // ("Assistenza:"); a time-stamped log has a new status on each line ("Refund: approved",
    // "Delivered: signed").
    let name = |f: &Found| doc.text.get(f.start..f.end).unwrap_or("");
    let mut names: Vec<&str> = writers.iter().map(name).collect();
    let lines = names.len();
    names.sort_unstable();
    names.dedup();
    if names.len() <= MAX_WRITERS && (roles || names.len() < lines) {
        out.extend(writers);
    }
}

/// More distinct writers than this in one pasted export make it a log, not a chat.
const MAX_WRITERS: usize = 4;

/// Whether the line starting at word `i` holds a masked find (`[XXXX]`): a phone, an e-mail
/// or an id the other recognisers found first.
fn line_has_mask(doc: &Doc<'_>, i: usize) -> bool {
    let Some(start) = doc.tok(i).map(|t| t.start) else {
        return false;
    };
    let end = (i + 1..doc.toks.len())
        .find(|&k| doc.breaks_before(k))
        .and_then(|k| doc.tok(k))
        .map_or(doc.text.len(), |t| t.start);
    let Some(line) = doc.text.get(start..end) else {
        return false;
    };
    line.match_indices("[X")
        .map(|(at, _)| start + at)
        .any(|at| !doc.persons.iter().any(|&(a, b)| a <= at && at < b))
}

// ---------------------------------------------------------------------------------------------
// Street addresses

fn addresses(doc: &Doc<'_>, lex: &Lexicon, out: &mut Vec<Found>) {
    let mut found = Vec::new();
    for i in 0..doc.toks.len() {
        let ends = [
            street_with_prefix(doc, lex, i),
            street_number_first(doc, lex, i),
            street_compound(doc, lex, i),
            unit_alone(doc, lex, i),
        ];
        for end in ends.into_iter().flatten() {
            found.extend(doc.found(Entity::Address, i, end));
        }
        if let Some((first, end)) = street_after_lead(doc, lex, i) {
            found.extend(doc.found(Entity::Address, first, end));
        }
    }
    found.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    // "Flat 3, 12 High Street": two finds next to each other are one address.
    let mut merged: Vec<Found> = Vec::new();
    for f in found {
        if let Some(last) = merged.last_mut() {
            let between = doc.text.get(last.end.min(f.start)..f.start).unwrap_or("");
            if f.start <= last.end || between.trim_matches([' ', ',']).is_empty() {
                last.end = last.end.max(f.end);
                continue;
            }
        }
        merged.push(f);
    }
    out.extend(merged);
}

fn optional_dot(doc: &Doc<'_>, i: usize) -> usize {
    if doc.is_punct(i, ".") && !doc.breaks_before(i) {
        i + 1
    } else {
        i
    }
}

fn same_line(doc: &Doc<'_>, i: usize) -> bool {
    i < doc.toks.len() && !doc.breaks_before(i)
}

/// "Via Roma 12", "οδός Ερμού 5", "Str. Lipscani nr. 3": a street word, the street's name,
/// the number.
fn street_with_prefix(doc: &Doc<'_>, lex: &Lexicon, i: usize) -> Option<usize> {
    let after = optional_dot(doc, lex.longest(doc, i, PKind::Prefix)?);
    let mut j = after;
    let mut name_end = None;
    // "Via 4 Novembre", "Strada 1 Decembrie 1918 nr. 7": a date names the street.
    let month = |k: usize| {
        same_line(doc, k)
            && doc.tok(k).is_some_and(|t| t.kind == Kind::Word)
            && doc.is_capitalised(k)
            && !doc.has_digit(k)
    };
    if doc.tok(j).is_some_and(|t| t.kind == Kind::Num) && same_line(doc, j) && month(j + 1) {
        j += 2;
        if digits(doc, j, 4) && same_line(doc, j) && house_number(doc, lex, j + 1).is_some() {
            j += 1;
        }
        name_end = Some(j);
    }
    let mut words = 0;
    while words < MAX_STREET_WORDS && same_line(doc, j) {
        if words > 0 {
            if let Some(next) = lex.longest(doc, j, PKind::Connector) {
                j = next;
                continue;
            }
        }
        if !street_name_word(doc, lex, j) {
            break;
        }
        j += 1;
        words += 1;
        name_end = Some(j);
    }
    let end = house_number(doc, lex, name_end?)?;
    Some(tail(doc, lex, units(doc, lex, end)))
}

/// Street names may be written in lower case in chat ("via roma 12"), so any word but a common
/// one will do; capitalised, a common word is part of the name too ("Via XX Settembre", "Piazza
/// dei Mille"). A street word never is: it starts the next part of the address.
fn street_name_word(doc: &Doc<'_>, lex: &Lexicon, i: usize) -> bool {
    doc.tok(i).is_some_and(|t| {
        t.kind == Kind::Word
            && !doc.has_digit(i)
            && !lex.street_words.contains(t.fold)
            && (doc.is_capitalised(i)
                || (!lex.is_stop(t.fold) && !lex.phrase_words.contains(t.fold)))
    })
}

/// An English possessive cut off a word by the tokenizer ("Queen" "'" "s"): the word after
/// `i` when there is one at `i`.
fn after_possessive(doc: &Doc<'_>, i: usize) -> Option<usize> {
    let (mark, s) = (doc.tok(i)?, doc.tok(i + 1)?);
    let glued = doc.tok(i.checked_sub(1)?)?.end == mark.start && mark.end == s.start;
    (glued && doc.is_punct(i, "'’") && s.fold == "s").then_some(i + 2)
}

/// "12 High Street", "221B Baker Street".
fn street_number_first(doc: &Doc<'_>, lex: &Lexicon, i: usize) -> Option<usize> {
    if !is_house_number(doc, i) || (i > 0 && doc.tok(i - 1).is_some_and(|t| t.kind == Kind::Num)) {
        return None;
    }
    let mut k = i + 1;
    for _ in 1..=3 {
        if !(same_line(doc, k) && name_word(doc, lex, k)) {
            return None;
        }
        k = after_possessive(doc, k + 1).unwrap_or(k + 1);
        if let Some(end) = lex.longest(doc, k, PKind::Suffix) {
            if same_line(doc, k) {
                return Some(tail(doc, lex, units(doc, lex, end)));
            }
        }
    }
    None
}

/// "My address is Πατησίων 199": after words that announce an address, one to three
/// capitalised words and a house number are a street even without a street word.
fn street_after_lead(doc: &Doc<'_>, lex: &Lexicon, i: usize) -> Option<(usize, usize)> {
    // A weak lead, a bare noun ("Address"), needs its colon: "Address Book 2" is no street.
    let (p, mut j) = lex
        .matches(doc, i, PKind::Lead)
        .max_by_key(|&(_, end)| end)?;
    if doc.is_punct(j, ":") {
        j += 1;
    } else if p.weak {
        return None;
    }
    if !same_line(doc, j) {
        return None;
    }
    let start = j;
    // "Elm Grove 21": a street word written after the name belongs to it here.
    while j - start < MAX_STREET_WORDS
        && same_line(doc, j)
        && doc.is_capitalised(j)
        && (street_name_word(doc, lex, j) || lex.longest(doc, j, PKind::Suffix) == Some(j + 1))
    {
        j += 1;
    }
    if j == start {
        return None;
    }
    let end = house_number(doc, lex, j)?;
    Some((start, tail(doc, lex, units(doc, lex, end))))
}

/// "Mannerheimintie 12", "Hämeenkatu 5 B 12": Finnish streets are one compound word.
fn street_compound(doc: &Doc<'_>, lex: &Lexicon, i: usize) -> Option<usize> {
    let t = doc.tok(i)?;
    if t.kind != Kind::Word || !doc.is_capitalised(i) || doc.has_digit(i) {
        return None;
    }
    // The number after it first: it is rarer than a word ending like a street's.
    let end = house_number(doc, lex, i + 1)?;
    let len = t.fold.chars().count();
    let is_street = lex
        .compound
        .iter()
        .any(|c| t.fold.ends_with(c.as_str()) && len >= c.chars().count() + 3);
    if !is_street {
        return None;
    }
    Some(tail(doc, lex, units(doc, lex, end)))
}

/// "Apt 4", "ap. 12" on their own: only a flat word that says little else (not a weak one
/// such as "floor" or Finnish "as", which is English "as") and a number, not a letter ("As I
/// said…").
fn unit_alone(doc: &Doc<'_>, lex: &Lexicon, i: usize) -> Option<usize> {
    let after = lex
        .matches(doc, i, PKind::Unit)
        .filter(|(p, _)| !p.weak)
        .map(|(_, end)| end)
        .max()?;
    let j = optional_dot(doc, after);
    is_house_number(doc, j)
        .then(|| unit_number(doc, lex, j))
        .flatten()
}

fn is_house_number(doc: &Doc<'_>, i: usize) -> bool {
    doc.tok(i).is_some_and(|t| {
        t.kind == Kind::Num
            && t.fold.chars().take_while(char::is_ascii_digit).count() <= MAX_HOUSE_DIGITS
            && t.fold.chars().skip_while(char::is_ascii_digit).count() <= 1
    })
}

fn is_letter(doc: &Doc<'_>, i: usize) -> bool {
    doc.tok(i).is_some_and(|t| t.kind == Kind::Word)
        && doc.source(i).chars().count() == 1
        && doc.is_capitalised(i)
}

/// Whether the word after a number says it is a count or an amount ("3 days", "12 €", "2.5").
fn not_a_house_number(doc: &Doc<'_>, lex: &Lexicon, after: usize) -> bool {
    let Some(t) = doc.tok(after) else {
        return false;
    };
    if lex.notnum.contains(t.fold) {
        return true;
    }
    let glued = doc.tok(after - 1).is_some_and(|p| p.end == t.start);
    glued && doc.is_punct(after, ".:") && doc.tok(after + 1).is_some_and(|n| n.kind == Kind::Num)
}

/// The end of a house number at or after word `i`: "12", ", 12", "nr. 5", "12/A", "5 B 12".
fn house_number(doc: &Doc<'_>, lex: &Lexicon, i: usize) -> Option<usize> {
    let mut j = if doc.is_punct(i, ",") { i + 1 } else { i };
    if let Some(after) = lex.longest(doc, j, PKind::Numword) {
        j = optional_dot(doc, after);
    }
    if !same_line(doc, j) || !is_house_number(doc, j) {
        return None;
    }
    j += 1;
    if doc.is_punct(j, "/") && doc.tok(j + 1).is_some_and(|t| t.kind != Kind::Punct) {
        j += 2;
    } else if same_line(doc, j) && is_letter(doc, j) {
        j += 1;
        if same_line(doc, j) && is_house_number(doc, j) {
            j += 1;
        }
    }
    if not_a_house_number(doc, lex, j) {
        return None;
    }
    Some(j)
}

fn unit_number(doc: &Doc<'_>, lex: &Lexicon, j: usize) -> Option<usize> {
    let ok = same_line(doc, j) && (is_house_number(doc, j) || is_letter(doc, j));
    (ok && !not_a_house_number(doc, lex, j + 1)).then_some(j + 1)
}

/// Flat, staircase and floor after the number: "…, bl. 3, sc. A, ap. 12", "…, Apt 4".
fn units(doc: &Doc<'_>, lex: &Lexicon, mut end: usize) -> usize {
    loop {
        let k = if doc.is_punct(end, ",") { end + 1 } else { end };
        if !same_line(doc, k) {
            return end;
        }
        let Some(after) = lex.longest(doc, k, PKind::Unit) else {
            return end;
        };
        match unit_number(doc, lex, optional_dot(doc, after)) {
            Some(next) => end = next,
            None => return end,
        }
    }
}

/// Postcode and city when they follow: ", 00184 Roma", ", 105 57 Αθήνα", ", London NW1 6XE".
fn tail(doc: &Doc<'_>, lex: &Lexicon, mut end: usize) -> usize {
    let mut after_postcode = false;
    for _ in 0..2 {
        // ", 00184", " - 00184", ", ΤΚ 546 24", ", T.K. 546 24"
        let mut k = if doc.is_punct(end, ",-–") {
            end + 1
        } else {
            end
        };
        if let Some(after) = lex.longest(doc, k, PKind::Postword) {
            k = optional_dot(doc, after);
        }
        if !same_line(doc, k) {
            break;
        }
        if let Some(e) = postcode(doc, k) {
            end = e;
            after_postcode = true;
            continue;
        }
        let Some(mut e) = city(doc, lex, k) else {
            break;
        };
        // "Torino (TO)": the province after the city.
        if doc.is_punct(e, "(")
            && doc.is_punct(e + 2, ")")
            && doc.source(e + 1).chars().count() == 2
            && doc.source(e + 1).chars().all(char::is_uppercase)
        {
            e += 3;
        }
        let next = if doc.is_punct(e, ",") { e + 1 } else { e };
        if after_postcode || doc.is_clause_end(e) || postcode(doc, next).is_some() {
            end = e;
            after_postcode = false;
            continue;
        }
        break;
    }
    end
}

fn city(doc: &Doc<'_>, lex: &Lexicon, i: usize) -> Option<usize> {
    let mut end = i;
    while end - i < MAX_NAME_WORDS && same_line(doc, end) {
        let ok = doc.tok(end).is_some_and(|t| {
            t.kind == Kind::Word
                && doc.is_capitalised(end)
                && !doc.has_digit(end)
                && !lex.is_stop(t.fold)
                && !lex.phrase_words.contains(t.fold)
        });
        if !ok {
            break;
        }
        end += 1;
    }
    (end > i).then_some(end)
}

fn digits(doc: &Doc<'_>, i: usize, n: usize) -> bool {
    doc.tok(i).is_some_and(|t| {
        t.kind == Kind::Num && t.fold.len() == n && t.fold.chars().all(|c| c.is_ascii_digit())
    })
}

/// Five digits (IT, FI, GR written together), "105 57" (GR), six digits (RO), a UK postcode.
fn postcode(doc: &Doc<'_>, i: usize) -> Option<usize> {
    if digits(doc, i, 3) && same_line(doc, i + 1) && digits(doc, i + 1, 2) {
        return Some(i + 2);
    }
    if digits(doc, i, 5) || digits(doc, i, 6) {
        return Some(i + 1);
    }
    let (out, inn) = (doc.source(i), doc.source(i + 1));
    let single_space = doc
        .tok(i)
        .zip(doc.tok(i + 1))
        .is_some_and(|(a, b)| &doc.text[a.end..b.start] == " ");
    (single_space && uk_outward(out) && uk_inward(inn)).then_some(i + 2)
}

fn uk_outward(s: &str) -> bool {
    let b = s.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let rest = &b[letters..];
    (1..=2).contains(&letters)
        && (1..=2).contains(&rest.len())
        && rest[0].is_ascii_digit()
        && rest[1..]
            .iter()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

fn uk_inward(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 3 && b[0].is_ascii_digit() && b[1..].iter().all(u8::is_ascii_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn spans(text: &str, known: &[&str], entity: Entity) -> Vec<String> {
        let known: Vec<String> = known.iter().map(|s| s.to_string()).collect();
        let cx = Context {
            lang: None,
            known_names: &known,
            reference_numbers: false,
        };
        let found = crate::resolve(text, find(text, &cx, &[]));
        found
            .iter()
            .filter(|f| f.entity == entity)
            .map(|f| text[f.start..f.end].to_string())
            .collect()
    }

    fn people(text: &str) -> Vec<String> {
        spans(text, &[], Entity::Person)
    }

    fn places(text: &str) -> Vec<String> {
        spans(text, &[], Entity::Address)
    }

    #[test]
    fn writers_of_a_pasted_chat_export_in_five_languages() {
        for (text, name) in [
            ("[02/03/26, 10:15:02] Helen Price: is it shipped?\n[02/03/26, 10:16:40] Support: yes", "Helen Price"),
            ("[02/03/26, 10:15:02] Marta: è partito?\n[02/03/26, 10:16:40] Assistenza: sì", "Marta"),
            ("04/11/25, 18:20 - Νίκος Αντωνίου: στάλθηκε;\n04/11/25, 18:22 - Εξυπηρέτηση: ναι", "Νίκος Αντωνίου"),
            ("04.11.2025, 18:20 - Ioana: a plecat?\n04.11.2025, 18:22 - Suport: da", "Ioana"),
            ("4.11.2025 klo 18.20 - Pekka Laine: lähtikö?\n4.11.2025 klo 18.22 - Asiakaspalvelu: kyllä", "Pekka Laine"),
        ] {
            assert_eq!(people(text), vec![name], "{text}");
        }
        // A number and a capitalised word before a colon is no chat export.
        for text in [
            "2 x 3 Pack: in stock",
            "Room 12 - 14 Kitchen: ready",
            "Order 55, 2 Boxes: sent",
        ] {
            assert!(people(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn surnames_with_a_particle_and_names_before_an_address_in_angle_brackets() {
        for (text, name) in [
            ("Nome: Marco Di Stefano", "Marco Di Stefano"),
            ("Name: Eva Van Houten", "Eva Van Houten"),
            ("Nume: Ana De Vries", "Ana De Vries"),
        ] {
            assert_eq!(people(text), vec![name], "{text}");
        }
        // A particle alone, or ending the run, is no part of a name.
        assert_eq!(people("ho parlato con Marco Di"), vec!["Marco"]);
        for (text, name) in [
            ("From: Hannah Clarke <[XXXXXXXXXXXXXX]>", "Hannah Clarke"),
            ("Da: Giorgio Neri <[XXXXXXXXXXXXXX]>", "Giorgio Neri"),
            ("Από: Ελένη Ρήγα <[XXXXXXXXXXXXXX]>", "Ελένη Ρήγα"),
            ("De la: Mihai Stan <[XXXXXXXXXXXXXX]>", "Mihai Stan"),
            ("Lähettäjä: Aino Mäki <[XXXXXXXXXXXXXX]>", "Aino Mäki"),
        ] {
            assert_eq!(people(text), vec![name], "{text}");
        }
        // One word before the address is a shop or a team as often as a person.
        assert!(people("From: Newsletter <[XXXXXXXXXXXXXX]>").is_empty());
        assert!(people("Customer Support <[XXXXXXXXXXXXXX]>").is_empty());
    }

    #[test]
    fn visitors_are_no_writers_to_hide_and_a_status_log_is_no_chat() {
        for role in [
            "Visitor",
            "Visitatore",
            "Επισκέπτης",
            "Vizitator",
            "Vierailija",
        ] {
            let text = format!(
                "04/11/25, 18:20 - {role}: hello\n04/11/25, 18:22 - Support: hi\n04/11/25, 18:23 - {role}: thanks"
            );
            assert!(people(&text).is_empty(), "{text}");
        }
        let log = "12/03/2025 10:15 - Refund: approved\n13/03/2025 09:02 - Delivered: signed";
        assert!(people(log).is_empty());
        // A customer's own export, the shop shown as a number: her name is still hers.
        let own = "[12/03/25, 10:15] [XXXXXXXXXXXXXXX]: pronto\n[12/03/25, 10:16] Giulia Ferrari: Grazie!\n[12/03/25, 10:17] Giulia Ferrari: A domani";
        assert_eq!(people(own), vec!["Giulia Ferrari", "Giulia Ferrari"]);
    }

    #[test]
    fn stamps_with_am_pm_words_departments_and_grandparents() {
        assert_eq!(
            people("[5/10/25, 7:37:31 μ.μ.] Ελένη: καλησπέρα\n[5/10/25, 7:40:02 μ.μ.] Εξυπηρέτηση: γεια"),
            vec!["Ελένη"]
        );
        for text in [
            "Hi, you're through to Returns.",
            "Ti passo a Fatturazione.",
            "Vă fac legătura cu Retururi.",
        ] {
            assert!(people(text).is_empty(), "{text}");
        }
        for (text, name) in [
            ("I'm writing for my grandmother, Edith Shaw.", "Edith Shaw"),
            ("Scrivo per mia nonna, Ada Bassi.", "Ada Bassi"),
            ("Γράφω για τη γιαγιά μου, Σοφία Ρήγα.", "Σοφία Ρήγα"),
            ("Sun pentru bunica mea, Maria Stan.", "Maria Stan"),
            ("Kirjoitan isoäitini, Aili Koski, puolesta.", "Aili Koski"),
        ] {
            assert_eq!(people(text), vec![name], "{text}");
        }
    }

    #[test]
    fn the_undersigned_sole_traders_and_people_called_so() {
        for (text, name) in [
            (
                "I, the undersigned, Mark Hughes, confirm the order.",
                "Mark Hughes",
            ),
            (
                "La sottoscritta Paola Neri chiede il rimborso.",
                "Paola Neri",
            ),
            ("Ο υπογράφων Γιώργος Λάμπρου δηλώνω ότι…", "Γιώργος Λάμπρου"),
            ("Subsemnata Irina Dobre solicit returnarea.", "Irina Dobre"),
            (
                "Allekirjoittanut Tuomas Lehto vahvistaa tilauksen.",
                "Tuomas Lehto",
            ),
            ("Ditta individuale Franco Riva", "Franco Riva"),
            ("Lui si chiama Dario Gallo.", "Dario Gallo"),
            ("Contractul e pe numele soțului meu, Vlad Ene.", "Vlad Ene"),
            ("billing_name: Ruth Cole", "Ruth Cole"),
        ] {
            assert_eq!(people(text), vec![name], "{text}");
        }
    }

    #[test]
    fn a_writer_who_says_they_write_again() {
        for (text, name) in [
            ("Hi, it's Laura Bennett again. Any news?", "Laura Bennett"),
            ("Buongiorno, sono di nuovo Carla Ferri.", "Carla Ferri"),
            ("Καλημέρα, σας γράφει ξανά η Ελένη Μαύρου.", "Ελένη Μαύρου"),
            ("Bună ziua, vă scrie din nou Andrei Pop.", "Andrei Pop"),
            ("Hei, täällä Sari Niemi taas.", "Sari Niemi"),
        ] {
            assert_eq!(people(text), vec![name], "{text}");
        }
        // "It's Friday again" is a day of the week, not a person.
        assert!(people("It's Monday again and nobody called.").is_empty());
    }

    #[test]
    fn data_files_are_read_whole_and_say_where_they_come_from() {
        assert!(LEXICON.bad_lines.is_empty(), "{:?}", LEXICON.bad_lines);
        for data in [NAMES_DATA, STREETS_DATA] {
            assert!(data.contains("# source: written by the tact team"));
            assert!(data.contains("# licence: Apache-2.0"));
        }
        assert!(LEXICON.stop.contains("contento") && LEXICON.stop.contains("ευχαριστω"));
    }

    #[test]
    fn char_tables_agree_with_the_standard_library() {
        for c in (0..0x1000).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            let (mut fast, mut slow) = (String::new(), String::new());
            fold_into(c.encode_utf8(&mut [0; 4]), &mut fast);
            fold_slowly(c, &mut slow);
            assert_eq!(fast, slow, "{c:?}");
        }
    }

    #[test]
    fn known_names_recur_in_any_case_and_without_accents() {
        let known = ["Anna Rossi", "Σοφία Παπαδοπούλου", "Ștefan Popescu"];
        let text = "ANNA ROSSI called. anna said Rossi knows; σοφια παπαδοπουλου and Stefan, Annabel, Savanna.";
        assert_eq!(
            spans(text, &known, Entity::Person),
            [
                "ANNA ROSSI",
                "anna",
                "Rossi",
                "σοφια παπαδοπουλου",
                "Stefan"
            ]
        );
        // The surname alone only capitalised: "rossi" is also Italian for "red".
        assert_eq!(
            spans("vini rossi", &known, Entity::Person),
            Vec::<String>::new()
        );
    }

    #[test]
    fn known_names_are_found_inflected() {
        let fi = ["Aino Virtanen"];
        assert_eq!(
            spans("Soitin Ainolle ja Virtasen perheelle.", &fi, Entity::Person),
            ["Ainolle", "Virtasen"]
        );
        let el = ["Γιώργος Παπαδόπουλος"];
        assert_eq!(
            spans(
                "Ευχαριστώ Γιώργο, μίλησα με τον κ. Παπαδόπουλο.",
                &el,
                Entity::Person
            ),
            ["Γιώργο", "Παπαδόπουλο"]
        );
        let en = ["Anna"];
        assert_eq!(spans("Anna's order", &en, Entity::Person), ["Anna"]);
    }

    #[test]
    fn role_labels_as_speaker_names_are_not_redacted_everywhere() {
        let known = ["Agent", "Customer", "Cliente"];
        assert!(spans(
            "The agent told the customer; il cliente",
            &known,
            Entity::Person
        )
        .is_empty());
    }

    #[test]
    fn self_introductions_in_five_languages() {
        assert_eq!(
            people("Hello, my name is Anna Smith and I need help"),
            ["Anna Smith"]
        );
        assert_eq!(people("Hi, I'm Tom from the billing team."), ["Tom"]);
        assert_eq!(people("Good morning, this is Kate speaking."), ["Kate"]);
        assert_eq!(
            people("Buongiorno, mi chiamo Luca Bianchi."),
            ["Luca Bianchi"]
        );
        assert_eq!(people("Salve, sono Marco e vorrei un rimborso"), ["Marco"]);
        assert_eq!(
            people("Γεια σας, με λένε Γιώργο Παπαδόπουλο."),
            ["Γιώργο Παπαδόπουλο"]
        );
        assert_eq!(
            people("Ονομάζομαι Μαρία Κωνσταντίνου"),
            ["Μαρία Κωνσταντίνου"]
        );
        assert_eq!(people("Καλησπέρα, λέγομαι Ελένη."), ["Ελένη"]);
        assert_eq!(
            people("Bună ziua, mă numesc Andrei Ionescu."),
            ["Andrei Ionescu"]
        );
        assert_eq!(people("buna ziua, ma numesc Ioana"), ["Ioana"]);
        assert_eq!(
            people("Numele meu este Elena Dumitrescu"),
            ["Elena Dumitrescu"]
        );
        assert_eq!(people("Salut, sunt Mihai de la suport."), ["Mihai"]);
        assert_eq!(people("Hei, nimeni on Aino Virtanen."), ["Aino Virtanen"]);
        assert_eq!(people("Moi, olen Mikko."), ["Mikko"]);
    }

    #[test]
    fn greetings_and_titles_in_five_languages() {
        assert_eq!(people("Dear Anna, thank you."), ["Anna"]);
        assert_eq!(people("Hi Marco, your parcel left."), ["Marco"]);
        assert_eq!(people("Dear Mr Smith, we are sorry."), ["Smith"]);
        assert_eq!(people("Mrs. Jones called."), ["Jones"]);
        assert_eq!(people("Gentile Sig.ra Rossi, le scriviamo"), ["Rossi"]);
        assert_eq!(people("Il Dott. Verdi la richiamerà"), ["Verdi"]);
        assert_eq!(people("Ciao Giulia!"), ["Giulia"]);
        assert_eq!(
            people("Αγαπητή κυρία Παπαδοπούλου, σας ευχαριστούμε"),
            ["Παπαδοπούλου"]
        );
        assert_eq!(people("Μίλησα με τον κ. Νικολάου χθες"), ["Νικολάου"]);
        assert_eq!(people("Η κα Ιωάννου θα σας καλέσει"), ["Ιωάννου"]);
        assert_eq!(people("Stimate domnule Popescu, vă mulțumim"), ["Popescu"]);
        assert_eq!(people("Am vorbit cu dna Georgescu ieri"), ["Georgescu"]);
        assert_eq!(people("Dl. Ionescu a sunat"), ["Ionescu"]);
        assert_eq!(people("Hei Aino, kiitos viestistä"), ["Aino"]);
        assert_eq!(people("Puhuin herra Virtasen kanssa"), ["Virtasen"]);
        assert_eq!(people("rouva Korhonen soitti"), ["Korhonen"]);
    }

    #[test]
    fn colleagues_parents_and_contact_persons_in_five_languages() {
        assert_eq!(
            people("I passed it to my colleague Jane Porter in billing."),
            ["Jane Porter"]
        );
        assert_eq!(people("Contact person: Ian Moss"), ["Ian Moss"]);
        assert_eq!(
            people("ho girato la pratica alla collega Sara Neri."),
            ["Sara Neri"]
        );
        assert_eq!(people("Per urgenze chiedete di Paolo."), ["Paolo"]);
        assert_eq!(
            people("Το έστειλα στη συνάδελφο Ελένη Μάρκου."),
            ["Ελένη Μάρκου"]
        );
        assert_eq!(
            people("Am trimis dosarul colegului Mihai Pop."),
            ["Mihai Pop"]
        );
        assert_eq!(
            people("Tilinomistaja on äitini Liisa Kallio."),
            ["Liisa Kallio"]
        );
        assert_eq!(people("Yhteyshenkilö: Pekka Laine"), ["Pekka Laine"]);
        // A colleague who is a team, not a person.
        assert!(people("my colleague in billing will call").is_empty());
    }

    #[test]
    fn web_forms_holders_and_people_written_for_in_five_languages() {
        assert_eq!(
            people("Name*: Ada Quinn\nMobile*: see below"),
            ["Ada Quinn"]
        );
        assert_eq!(
            people("Nominativo\nCarla Neri\n\nNote\nnessuna"),
            ["Carla Neri"]
        );
        assert_eq!(people("The account holder is Ian Moss."), ["Ian Moss"]);
        assert_eq!(
            people("Vi scrivo per conto di Marta Bassi, che non usa la posta."),
            ["Marta Bassi"]
        );
        assert_eq!(people("Ονοματεπώνυμο*: Νίκος Λάμπρου"), ["Νίκος Λάμπρου"]);
        assert_eq!(
            people("Titularul contului este Dan Stoica."),
            ["Dan Stoica"]
        );
        assert_eq!(people("Hyvitys tilille, saajana Eero Salo."), ["Eero Salo"]);
        // A field name above a line that is no name, and a phone app's line under a sign-off.
        assert!(people("Nominativo\nda compilare").is_empty());
        assert!(people("Kind regards,\nSent from my phone").is_empty());
    }

    #[test]
    fn a_name_line_above_a_masked_phone_is_a_signature() {
        let cx = Context {
            lang: None,
            known_names: &[],
            reference_numbers: false,
        };
        // The phone is already masked when names are looked for.
        let text = "Thanks for the help.\nMegan Hale\n[XXXXXXXXXXXX]\nsent from my phone";
        let found: Vec<&str> = find(text, &cx, &[])
            .iter()
            .filter(|f| f.entity == Entity::Person)
            .map(|f| &text[f.start..f.end])
            .collect();
        assert_eq!(found, ["Megan Hale"]);
        // A heading above a plain line is not.
        assert!(people("Order Summary\nTotal due today").is_empty());
    }

    #[test]
    fn people_named_by_their_part_in_five_languages() {
        assert_eq!(
            people("Please refund it, account holder Paula Greene."),
            ["Paula Greene"]
        );
        assert_eq!(people("I talked to Derek yesterday about it"), ["Derek"]);
        assert_eq!(
            people("Il bonifico è intestato a Marta Bassi."),
            ["Marta Bassi"]
        );
        assert_eq!(
            people("L'ha firmato mia moglie, Carla Neri."),
            ["Carla Neri"]
        );
        assert_eq!(
            people("Mia ha chiamato ieri, mia moglie lo sa"),
            Vec::<String>::new()
        );
        assert_eq!(
            people("Χθες μίλησα με την Ελένη Σταθοπούλου για το δέμα"),
            ["Ελένη Σταθοπούλου"]
        );
        assert_eq!(people("Δικαιούχος: Κώστας Μαυρίδης"), ["Κώστας Μαυρίδης"]);
        assert_eq!(people("Contul e pe titular Ioana Marin."), ["Ioana Marin"]);
        assert_eq!(people("Am vorbit cu Sorin la telefon"), ["Sorin"]);
        assert_eq!(
            people("Hyvitys tilin omistaja Kalle Nurmi."),
            ["Kalle Nurmi"]
        );
        assert_eq!(people("asiakaspalvelija Sanna lupasi soittaa"), ["Sanna"]);
    }

    #[test]
    fn form_fields_and_longer_thanks_in_five_languages() {
        assert_eq!(people("Full name: Grace Holt\nCity: Leeds"), ["Grace Holt"]);
        assert_eq!(people("Nominativo: Bruno Gatti"), ["Bruno Gatti"]);
        assert_eq!(people("Ονοματεπώνυμο: Μαρία Λάμπρου"), ["Μαρία Λάμπρου"]);
        assert_eq!(people("Nume și prenume: Dan Stoica"), ["Dan Stoica"]);
        assert_eq!(people("Nimi: Eero Salo"), ["Eero Salo"]);
        // A field that names a thing, not a person, or a name field left for later.
        assert_eq!(people("Product name: Aurora Lamp 2"), Vec::<String>::new());
        assert_eq!(people("Name: see below"), Vec::<String>::new());
        assert_eq!(people("Kiitos paljon, Tuula!"), ["Tuula"]);
        assert_eq!(people("Ευχαριστώ πολύ, Δήμητρα!"), ["Δήμητρα"]);
        assert_eq!(people("Grazie mille, Elisa!"), ["Elisa"]);
    }

    #[test]
    fn prose_that_looks_like_a_flat_or_a_greeting_is_left_alone() {
        assert!(places("As I told you, it broke twice").is_empty());
        assert!(places("anything on floor 9 or above").is_empty());
        assert!(places("not as bad as 450 last year").is_empty());
        assert_eq!(places("Flat 5 is mine"), ["Flat 5"]);
        assert!(people("Grazie. Arrivederci").is_empty());
        assert!(people("Ευχαριστώ. Αντίο!").is_empty());
        assert!(people("Mulțumesc. La revedere").is_empty());
        assert!(people("Kiitos! Näkemiin").is_empty());
        assert!(people("Thanks. Goodbye").is_empty());
    }

    #[test]
    fn the_labels_of_a_form_after_a_signoff_are_not_names() {
        // The field names of the other recognisers, in each language, after a sign-off.
        for text in [
            "Thanks.\nAddress: 1 High Street",
            "Grazie.\nCell.: 333 1234567",
            "Ευχαριστώ.\nΤηλ. 210 1234567",
            "Mulțumesc.\nCNP (1234)",
            "Kiitos.\nPuh. 040 1234567",
        ] {
            assert!(people(text).is_empty(), "{text}: {:?}", people(text));
        }
        assert!(people("I miei dati: IBAN (IT00)").is_empty());
        assert_eq!(people("Kiitos.\nAnna Virtanen"), ["Anna Virtanen"]);
        // A label word is still a name where no field follows it, and a name before a colon
        // is still a name.
        assert_eq!(people("Mi chiamo Giulia Carta."), ["Giulia Carta"]);
        assert_eq!(people("Dear Anna:\nthe parcel left today."), ["Anna"]);
    }

    #[test]
    fn a_line_that_is_only_a_name() {
        assert_eq!(
            people("Could someone call me back?\nTeresa Lund"),
            ["Teresa Lund"]
        );
        assert_eq!(
            people("Operatore: e l'intestatario?\nCliente: Pietro Sala."),
            ["Pietro Sala"]
        );
        assert_eq!(
            people("Υπάλληλος: Το όνομά σας;\nΠελάτης: Σοφία Αλεξίου."),
            ["Σοφία Αλεξίου"]
        );
        assert_eq!(people("Agent: Nume?\nClient: Radu Enache"), ["Radu Enache"]);
        assert_eq!(people("Asiakas: Ville Koski."), ["Ville Koski"]);
        // One word, a heading or a sentence is not a name line; nor is a field's value, or a
        // place on a line of its own in the middle of a message.
        assert!(people("Agent: Thank you.\nCustomer: Perfect.").is_empty());
        assert!(people("Product: Aurora Lamp\nColour: white").is_empty());
        assert!(people("Shipping to\nNew York\nby Friday, thanks").is_empty());
        assert!(people("Order Summary\nTotal: 45 €").is_empty());
        assert!(people("Cliente: Va bene, grazie mille").is_empty());
    }

    #[test]
    fn sign_offs_in_five_languages() {
        assert_eq!(
            people("Thanks for waiting.\nBest regards,\nMaria"),
            ["Maria"]
        );
        assert_eq!(people("Kind regards, John Taylor"), ["John Taylor"]);
        assert_eq!(people("Cordiali saluti, Luca"), ["Luca"]);
        assert_eq!(
            people("Με εκτίμηση,\nΔημήτρης Γεωργίου"),
            ["Δημήτρης Γεωργίου"]
        );
        assert_eq!(people("Cu stimă,\nAna Marin"), ["Ana Marin"]);
        assert_eq!(
            people("Ystävällisin terveisin\nMatti Nieminen"),
            ["Matti Nieminen"]
        );
    }

    #[test]
    fn common_words_products_and_teams_are_not_names() {
        for text in [
            "Sono contento del servizio.",
            "Grazie. Oggi Sono Contento.",
            "This is Great news!",
            "Hi there, can you help?",
            "Dear Customer, your order shipped.",
            "I'm using iPhone 12 and it's broken.",
            "This is Windows 11.",
            "I'm Italian.",
            "Best regards,\nThe Support Team",
            "Thanks, Have a nice day",
            "Hi Team,",
            "Είμαι ευχαριστημένος. Ευχαριστώ πολύ!",
            "Sunt mulțumit. Mulțumesc!",
            "Olen tyytyväinen. Kiitos!",
            "I miss Rome a lot.",
            "My PlayStation broke, this is PlayStation support?",
            "Cordiali saluti,\nIl Team Assistenza",
        ] {
            assert!(people(text).is_empty(), "{text}: {:?}", people(text));
        }
    }

    #[test]
    fn greek_spans_are_on_the_right_bytes() {
        let text = "Καλημέρα, με λένε Γιώργο και μένω στην οδός Ερμού 12, 105 57 Αθήνα.";
        let known: Vec<String> = Vec::new();
        let cx = Context {
            lang: Some("el"),
            known_names: &known,
            reference_numbers: false,
        };
        let found = find(text, &cx, &[]);
        let person = found.iter().find(|f| f.entity == Entity::Person);
        let start = text.find("Γιώργο");
        assert_eq!(
            person.map(|f| (f.start, f.end)),
            start.map(|s| (s, s + "Γιώργο".len()))
        );
        let addr = found.iter().find(|f| f.entity == Entity::Address);
        let start = text.find("οδός");
        let end = text.find(".").filter(|&e| e > 0);
        assert_eq!(addr.map(|f| (f.start, f.end)), start.zip(end));
    }

    #[test]
    fn streets_in_five_languages() {
        assert_eq!(
            places("Abito in Via Roma 12, 00184 Roma RM."),
            ["Via Roma 12, 00184 Roma RM"]
        );
        assert_eq!(places("abito in via roma 12 da due anni"), ["via roma 12"]);
        assert_eq!(
            places("Viale Europa 5, 20121 Milano"),
            ["Viale Europa 5, 20121 Milano"]
        );
        assert_eq!(
            places("in Piazza della Signoria 1, Firenze"),
            ["Piazza della Signoria 1, Firenze"]
        );
        assert_eq!(
            places("Corso Vittorio Emanuele, 45 int. 3"),
            ["Corso Vittorio Emanuele, 45 int. 3"]
        );
        assert_eq!(
            places("Λεωφόρος Κηφισίας 124, Μαρούσι"),
            ["Λεωφόρος Κηφισίας 124, Μαρούσι"]
        );
        assert_eq!(places("στην Οδ. Σταδίου 5"), ["Οδ. Σταδίου 5"]);
        assert_eq!(
            places("Str. Mihai Eminescu nr. 5, bl. 3, sc. A, ap. 12, 010101 București"),
            ["Str. Mihai Eminescu nr. 5, bl. 3, sc. A, ap. 12, 010101 București"]
        );
        assert_eq!(places("Bulevardul Unirii 15"), ["Bulevardul Unirii 15"]);
        assert_eq!(places("pe Bd. Magheru 2"), ["Bd. Magheru 2"]);
        assert_eq!(places("Calea Victoriei 100"), ["Calea Victoriei 100"]);
        assert_eq!(places("Aleea Rozelor 3"), ["Aleea Rozelor 3"]);
        assert_eq!(
            places("Strada 1 Decembrie 1918 nr. 7"),
            ["Strada 1 Decembrie 1918 nr. 7"]
        );
        assert_eq!(
            places("Osoite: Hämeenkatu 5 B 12, 33100 Tampere"),
            ["Hämeenkatu 5 B 12, 33100 Tampere"]
        );
        assert_eq!(places("Koivutie 3"), ["Koivutie 3"]);
        assert_eq!(
            places("Mannerheimintie 12, 00100 Helsinki"),
            ["Mannerheimintie 12, 00100 Helsinki"]
        );
        assert_eq!(places("I live at 12 High Street."), ["12 High Street"]);
        assert_eq!(
            places("221B Baker Street, London NW1 6XE"),
            ["221B Baker Street, London NW1 6XE"]
        );
        assert_eq!(places("Flat 3, 12 High Street"), ["Flat 3, 12 High Street"]);
        assert_eq!(places("send it to Apt 4 please"), ["Apt 4"]);
    }

    #[test]
    fn streets_with_common_words_possessives_or_no_street_word() {
        assert_eq!(places("abito in Via IV Novembre 8"), ["Via IV Novembre 8"]);
        assert_eq!(
            places("Corso dei Tigli 12, Bari"),
            ["Corso dei Tigli 12, Bari"]
        );
        assert_eq!(places("Send it to 7 King's Road please"), ["7 King's Road"]);
        assert_eq!(places("Η διεύθυνσή μου είναι Σόλωνος 40"), ["Σόλωνος 40"]);
        assert_eq!(
            places("Adresa mea este Dorobanților 15"),
            ["Dorobanților 15"]
        );
        assert_eq!(
            places("Osoitteeni on Pikku Roobertinkatu 4"),
            ["Pikku Roobertinkatu 4"]
        );
        assert_eq!(places("My address is Elm Grove 21"), ["Elm Grove 21"]);
        // After the lead, a count or an amount is no street.
        assert_eq!(
            places("Indirizzo: Milano 3 giorni fa"),
            Vec::<String>::new()
        );
        assert_eq!(places("Address Book 2 is out"), Vec::<String>::new());
    }

    #[test]
    fn street_words_without_a_number_or_meaning_by_way_of_are_not_addresses() {
        for text in [
            "I paid via PayPal yesterday.",
            "Sent via email 3 times",
            "via WhatsApp 2 days ago",
            "Via Roma is closed today.",
            "La piazza era piena.",
            "Corso di inglese 2 volte a settimana",
            "Katu on suljettu.",
            "The High Street is busy.",
            "Order 12345 shipped",
            "Via the app, 3.5 stars",
        ] {
            assert!(places(text).is_empty(), "{text}: {:?}", places(text));
        }
    }

    proptest! {
        #[test]
        fn arbitrary_text_and_names_never_panic(
            text in "\\PC{0,80}",
            pieces in proptest::collection::vec("(Via|οδός|Mr|κ\\.|mi chiamo|Hei|,| |\n|[0-9]{1,5}|[A-ZΑ-Ω][a-zα-ωά-ώ]{0,6}|\\PC{1,3})", 0..12),
            names in proptest::collection::vec("\\PC{0,12}", 0..3),
        ) {
            for text in [text.clone(), pieces.concat()] {
                let cx = Context { lang: None, known_names: &names, reference_numbers: false };
                for f in find(&text, &cx, &[]) {
                    prop_assert!(f.start < f.end && f.end <= text.len());
                    prop_assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
                }
            }
        }
    }
}
