//! Identifiers read out in words, as a call transcript writes them: "four five three nine,
//! double five one eight…", "G come Genova, R come Roma…, ottantaquattro", "δεκαπέντε δέκα
//! εβδομήντα επτά", "treizeci și șapte", "kaks kaheksan viiva…". No digit pattern sees these,
//! and a transcript is where a customer reads a card, an IBAN or a tax number to an agent.
//!
//! The words of each language are in `data/spoken.txt` (digits, teens and round tens, repeats
//! such as "double", letters by name or spelling alphabet, fillers such as "um" or "deci").
//! A run of such words, with digit groups, capital letters, commas, dashes and pauses between
//! them, is put together into characters; the checks of [`crate::checksum`] then decide what
//! it is, exactly as for a written number, so a run that passes no check is left alone. A
//! round ten before a digit is read both ways ("novanta tre" is 93 or 90 3): the checks pick
//! the reading. A run whose digits make a phone number of the conversation's countries, after
//! a phone word or of ten digits or more, is a phone number; "anna dot rossi at gmail dot com"
//! is an e-mail address. The span covers every word of the id, spelling words
//! included ("come Genova" would give a letter away). A codice fiscale or a henkilötunnus written
//! in pieces with letters among them ("MRNMRC 55D19 L781E", "031002 F 865 D") is read the same
//! way: no digit pattern sees it whole, and its structure and check leave no doubt.

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::names::fold;
use crate::{Context, Entity, Found};

const DATA: &str = include_str!("../data/spoken.txt");

/// Fewer number words than this and a text holds no read-out id: even a card read out half in
/// words ("five one double oh, 9663…") says two. An everyday word such as "one" or "una" counts
/// a third of one.
const FEWEST_NUMBER_WORDS: usize = 2;
/// A read-out id has at least this many of its pieces said in words; fewer, and it is a
/// written id, which [`crate::checksum`] finds.
const FEWEST_SPOKEN_PIECES: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Item {
    Digit(u8),
    /// A number of more digits ("ventitré", "eleven"), with its digits.
    Number(&'static str),
    Tens(u8),
    And,
    Times(usize),
    Letter(u8),
    Sign(u8),
    Filler,
    Spell,
    /// The "@" of an e-mail address read out ("at", "chiocciola", "παπάκι", "miukumauku").
    At,
    /// Its dots ("dot", "punto", "τελεία", "punct", "piste").
    Dot,
}

struct Table {
    /// Folded word → the language and what it says, in the order of the file.
    words: HashMap<String, Vec<(&'static str, Item)>>,
    /// The number words of each language (and of all, under ""), folded and as written, after
    /// a space or a line break, but for those that are also everyday words ("una", "ένα",
    /// "oh"): a text with fewer than [`FEWEST_NUMBER_WORDS`] of them is not read further.
    numbers: HashMap<&'static str, Numbers>,
    /// Lines of the data file that could not be read; a test keeps this empty.
    #[cfg_attr(not(test), allow(dead_code))]
    bad_lines: Vec<String>,
}

/// An automaton of number words and e-mail "at" words, and the class of each pattern.
struct Numbers {
    automaton: AhoCorasick,
    classes: Vec<Class>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Class {
    Number,
    /// A number word that is also an everyday word ("one", "una", "ένα").
    Everyday,
    At,
    /// A word for the dot of an address read out ("dot", "punto"): with an "at", an e-mail.
    Dot,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| load(DATA));

/// "10" to "99", so that a number made of a joined ten and unit has its digits as a `&'static str`
/// like the numbers of the data file.
static TWO_DIGITS: LazyLock<Vec<String>> =
    LazyLock::new(|| (10..100).map(|n| n.to_string()).collect());

/// The lines of the data file, and for each language marked `joined`, one `number` line per
/// `tens` word followed by a non-zero `digit` word, written together ("kaksikymmentäkolme").
fn lines_with_joined(data: &'static str) -> Vec<Vec<std::borrow::Cow<'static, str>>> {
    use std::borrow::Cow;
    let lines: Vec<Vec<&'static str>> = data
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().collect())
        .collect();
    let mut out: Vec<Vec<Cow<'static, str>>> = Vec::new();
    for parts in &lines {
        if parts.len() == 2 && parts[1] == "joined" {
            let lang = parts[0];
            let of = |kind: &str| -> Vec<(&'static str, &'static str)> {
                lines
                    .iter()
                    .filter(|p| p.len() == 4 && p[0] == lang && p[1] == kind)
                    .map(|p| (p[2].trim_start_matches('~'), p[3]))
                    .collect()
            };
            for (ten, tv) in of("tens") {
                for (unit, uv) in of("digit").into_iter().filter(|(_, v)| *v != "0") {
                    let n: usize = format!("{}{uv}", &tv[..1]).parse().unwrap_or(0);
                    let Some(value) = TWO_DIGITS.get(n.wrapping_sub(10)) else {
                        continue;
                    };
                    out.push(vec![
                        Cow::Borrowed(lang),
                        Cow::Borrowed("number"),
                        Cow::Owned(format!("{ten}{unit}")),
                        Cow::Borrowed(value.as_str()),
                    ]);
                }
            }
            continue;
        }
        out.push(parts.iter().map(|&p| Cow::Borrowed(p)).collect());
    }
    out
}

fn load(data: &'static str) -> Table {
    let mut words: HashMap<String, Vec<(&'static str, Item)>> = HashMap::new();
    let mut numbers: HashMap<&'static str, Vec<(String, Class)>> = HashMap::new();
    let mut bad_lines = Vec::new();
    for cows in lines_with_joined(data) {
        let line = cows.join(" ");
        // Languages, kinds and values are the data file's own text (or "10".."99"), which the
        // table keeps; only a joined word is made here, and it is copied into the table.
        let fixed = |i: usize| match cows.get(i) {
            Some(std::borrow::Cow::Borrowed(s)) => Some(*s),
            _ => None,
        };
        let parts: Vec<&str> = cows.iter().map(|p| p.as_ref()).collect();
        let value: &'static str = fixed(3).unwrap_or("");
        let digits = |v: &str| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit());
        let item = match (parts.get(1).copied(), parts.len()) {
            (Some("digit"), 4) if digits(value) && value.len() == 1 => {
                Some(Item::Digit(value.as_bytes()[0] - b'0'))
            }
            (Some("number"), 4) if digits(value) => Some(Item::Number(value)),
            (Some("tens"), 4) if digits(value) && value.len() == 2 && value.ends_with('0') => {
                Some(Item::Tens(value.as_bytes()[0] - b'0'))
            }
            (Some("times"), 4) if digits(value) => value.parse().ok().map(Item::Times),
            (Some("letter"), 4) if value.len() == 1 && value.as_bytes()[0].is_ascii_uppercase() => {
                Some(Item::Letter(value.as_bytes()[0]))
            }
            (Some("sign"), 4) if value == "-" || value == "+" || value == "_" => {
                Some(Item::Sign(value.as_bytes()[0]))
            }
            (Some("and"), 3) => Some(Item::And),
            (Some("filler"), 3) => Some(Item::Filler),
            (Some("spell"), 3) => Some(Item::Spell),
            (Some("at"), 3) => Some(Item::At),
            (Some("dot"), 3) => Some(Item::Dot),
            _ => None,
        };
        let (Some(item), Some(lang), Some(&word)) = (item, fixed(0), parts.get(2)) else {
            bad_lines.push(line);
            continue;
        };
        let (everyday, word) = match word.strip_prefix('~') {
            Some(w) => (true, w),
            None => (false, word),
        };
        let folded = fold(word);
        let class = match item {
            Item::Digit(_) | Item::Number(_) | Item::Tens(_) | Item::Times(_) if everyday => {
                Some(Class::Everyday)
            }
            Item::Digit(_) | Item::Number(_) | Item::Tens(_) | Item::Times(_) => {
                Some(Class::Number)
            }
            Item::At => Some(Class::At),
            Item::Dot => Some(Class::Dot),
            _ => None,
        };
        if let Some(class) = class {
            // Only at the start of a word: inside words ("often", "trenta") these short words
            // are everywhere, and every match costs.
            for form in [word.to_lowercase(), folded.clone()] {
                for key in [lang, ""] {
                    let list = numbers.entry(key).or_default();
                    list.push((format!(" {form}"), class));
                    list.push((format!("\n{form}"), class));
                }
            }
        }
        words.entry(folded).or_default().push((lang, item));
    }
    // DFAs: every turn of every conversation passes through one.
    let numbers = numbers
        .into_iter()
        .map(|(lang, mut list)| {
            list.sort();
            list.dedup_by(|a, b| a.0 == b.0);
            let classes = list.iter().map(|&(_, c)| c).collect();
            let list: Vec<String> = list.into_iter().map(|(w, _)| w).collect();
            let automaton = AhoCorasickBuilder::new()
                .kind(Some(AhoCorasickKind::DFA))
                // Every match starts at a space: a prefilter would stop at each one.
                .prefilter(false)
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(&list)
                .expect("number words build an automaton");
            (lang, Numbers { automaton, classes })
        })
        .collect();
    Table {
        words,
        numbers,
        bad_lines,
    }
}

/// Every id read out in words in `text`.
pub(crate) fn find(text: &str, cx: &Context<'_>) -> Vec<Found> {
    let table = &*TABLE;
    if !worth_reading(table, text, cx.lang) {
        return Vec::new();
    }
    let tokens = tokenize(text, table, cx.lang);
    let mut out = Vec::new();
    for run in runs(&tokens) {
        read_run(text, &tokens[run], cx, &mut out);
    }
    emails(text, &tokens, &mut out);
    out
}

/// Whether a turn may hold an id read out or written in pieces: only then is it tokenised.
fn worth_reading(table: &Table, text: &str, lang: Option<&str>) -> bool {
    written_in_pieces(text) || said_in_words(table, text, lang)
}

/// Whether `text` may hold an id written in pieces with letters among them: two signs of one
/// among a capital letter standing alone next to a digit ("031002 F 865", "5 7, T come"), a
/// word mixing digits and capitals ("55D19") and a group of six digits (a henkilötunnus's
/// date). One pass over the bytes.
fn written_in_pieces(text: &str) -> bool {
    let b = text.as_bytes();
    let alnum = |k: usize| b.get(k).is_some_and(u8::is_ascii_alphanumeric);
    // A capital letter standing alone at `k`.
    let lone = |k: usize| b[k].is_ascii_uppercase() && !alnum(k + 1) && (k == 0 || !alnum(k - 1));
    let mut signs = 0;
    let mut counted = usize::MAX;
    let mut i = 0;
    // Every sign has a digit in it or within four bytes: only the words with digits are read,
    // and most turns have none.
    while let Some(p) = b[i..].iter().position(u8::is_ascii_digit) {
        let digit = i + p;
        let start = (0..digit)
            .rev()
            .take_while(|&k| alnum(k))
            .last()
            .unwrap_or(digit);
        let end = (digit..b.len()).find(|&k| !alnum(k)).unwrap_or(b.len());
        let word = &b[start..end];
        if (word.len() >= 3 && word.iter().any(u8::is_ascii_uppercase))
            || (word.len() == 6 && word.iter().all(u8::is_ascii_digit))
        {
            signs += 1;
        }
        let around = (start.saturating_sub(4)..start).chain(end..(end + 4).min(b.len()));
        for k in around {
            if k != counted && lone(k) {
                counted = k;
                signs += 1;
                break;
            }
        }
        if signs >= 2 {
            return true;
        }
        i = end.max(digit + 1);
    }
    false
}

/// Whether `text` has [`FEWEST_NUMBER_WORDS`] number words of its language (of any when the
/// language is not known or has none), each after a space or a line break, or first; or a word
/// for the "@" of an e-mail address and one for its dot.
fn said_in_words(table: &Table, text: &str, lang: Option<&str>) -> bool {
    let Some(numbers) = lang
        .and_then(|l| table.numbers.get(l))
        .or_else(|| table.numbers.get(""))
    else {
        return false;
    };
    let letter_at = |i: usize| {
        text.get(i..)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_alphanumeric)
    };
    // The first word has no space before it: the automaton is asked about a space and it.
    let first = text
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .filter(|w| !w.is_empty())
        .map(|w| format!(" {w}"));
    let first = first.iter().flat_map(|spaced| {
        numbers
            .automaton
            .find(spaced.as_bytes())
            .filter(|m| m.start() == 0 && m.end() == spaced.len())
    });
    let found = first.chain(
        numbers
            .automaton
            .find_iter(text.as_bytes())
            .filter(|m| !letter_at(m.end())),
    );
    // Everyday words count for less: "one" and "una" are mostly not numbers. An address read
    // out has an "at" and a dot ("anna dot rossi at gmail dot com"); "at" alone is in half the
    // English turns.
    let mut weight = 0;
    let (mut at, mut dot) = (false, false);
    for m in found {
        match numbers.classes[m.pattern().as_usize()] {
            Class::Number => weight += 3,
            Class::Everyday => weight += 1,
            Class::At => at = true,
            Class::Dot => dot = true,
        }
        if weight >= 3 * FEWEST_NUMBER_WORDS || (at && dot) {
            return true;
        }
    }
    false
}

/// E-mail addresses read out: "anna dot rossi at gmail dot com", "fortunato punto mancini 75
/// chiocciola legalmail punto it". The name before the "at" is one word, or words joined by
/// "dot", "dash" or "underscore" and followed by digits; the domain is words joined by "dot",
/// ending in two to six letters.
fn emails(text: &str, tokens: &[Token], out: &mut Vec<Found>) {
    let plain = |t: &Token| -> Option<String> {
        match &t.tok {
            Tok::Said(Item::Digit(d)) => Some(d.to_string()),
            Tok::Said(Item::Number(n)) => Some(n.to_string()),
            Tok::Said(Item::At | Item::Dot | Item::Sign(_)) => None,
            _ => {
                let w = &text[t.start..t.end];
                w.bytes()
                    .all(|b| b.is_ascii_alphanumeric())
                    .then(|| w.to_ascii_lowercase())
            }
        }
    };
    let joiner = |t: &Token| match t.tok {
        Tok::Said(Item::Dot) => Some('.'),
        Tok::Said(Item::Sign(b'-')) => Some('-'),
        Tok::Said(Item::Sign(b'_')) => Some('_'),
        _ => None,
    };
    for (at, t) in tokens.iter().enumerate() {
        if t.tok != Tok::Said(Item::At) || at == 0 {
            continue;
        }
        // The name, read backwards: a word, digits glued to it, joiners between words.
        let mut first = at - 1;
        let Some(mut name) = plain(&tokens[first]) else {
            continue;
        };
        loop {
            // "mancini 75": the digits belong to the word before.
            let word_before = name
                .bytes()
                .next()
                .filter(u8::is_ascii_digit)
                .and_then(|_| plain(tokens.get(first.checked_sub(1)?)?));
            if let Some(word) = word_before {
                first -= 1;
                name = word + &name;
                continue;
            }
            match (
                first.checked_sub(2).map(|k| &tokens[k]),
                first.checked_sub(1),
            ) {
                (Some(word), Some(j)) => match (joiner(&tokens[j]), plain(word)) {
                    (Some(c), Some(w)) => {
                        name = format!("{w}{c}{name}");
                        first -= 2;
                    }
                    _ => break,
                },
                _ => break,
            }
        }
        // The domain: words joined by dots.
        let mut domain = Vec::new();
        let mut last = at;
        let mut k = at + 1;
        while let Some(w) = tokens.get(k).and_then(plain) {
            domain.push(w);
            last = k;
            match tokens.get(k + 1) {
                Some(d) if d.tok == Tok::Said(Item::Dot) => k += 2,
                _ => break,
            }
        }
        let tld_ok = domain.last().is_some_and(|t| {
            (2..=6).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_lowercase())
        });
        if domain.len() < 2 || !tld_ok || name.is_empty() {
            continue;
        }
        out.push(Found {
            entity: Entity::Email,
            start: tokens[first].start,
            end: tokens[last].end,
        });
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    /// A word of the table.
    Said(Item),
    /// Digits or capital letters as written ("8960", "IT29", "INGB", "B").
    Written(String),
    /// A comma, a dash, a pause: between the groups of an id.
    Pause,
    /// Anything else: no part of an id.
    Other,
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
}

fn tokenize(text: &str, table: &Table, lang: Option<&str>) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            let tok = if ",.…-–—:;/()".contains(c) {
                Tok::Pause
            } else {
                Tok::Other
            };
            out.push(Token {
                tok,
                start,
                end: start + c.len_utf8(),
            });
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, d)) = chars.peek() {
            let joined = (d == '\'' || d == '’')
                && text[i + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            if !(d.is_alphanumeric() || joined) {
                break;
            }
            end = i + d.len_utf8();
            chars.next();
        }
        let word = &text[start..end];
        let written = word.len() <= 8
            && word
                .bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
        let tok = if word.bytes().all(|b| b.is_ascii_digit()) || (written && word.len() <= 4) {
            Tok::Written(word.to_string())
        } else {
            match table.words.get(&fold(word)) {
                Some(items) => {
                    let of_lang = items.iter().find(|(l, _)| Some(*l) == lang);
                    Tok::Said(of_lang.unwrap_or(&items[0]).1)
                }
                None if written => Tok::Written(word.to_string()),
                None => Tok::Other,
            }
        };
        out.push(Token { tok, start, end });
    }
    out
}

/// Ranges of tokens that may hold a read-out id: number words, letters, written groups and
/// what may stand between them, from the first to the last that says something.
fn runs(tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    let says = |t: &Token| match &t.tok {
        Tok::Said(Item::Filler | Item::And | Item::Spell | Item::At | Item::Dot) => false,
        Tok::Said(_) | Tok::Written(_) => true,
        Tok::Pause | Tok::Other => false,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !says(&tokens[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut last = i;
        let mut j = i + 1;
        while j < tokens.len() {
            match &tokens[j].tok {
                Tok::Other => {
                    // The word a letter is spelt with: "R for Romeo", "G come Genova".
                    let spelt = j >= 2
                        && matches!(tokens[j - 1].tok, Tok::Said(Item::Spell))
                        && is_letter(&tokens[j - 2].tok);
                    if !spelt {
                        break;
                    }
                    last = j;
                }
                _ if says(&tokens[j]) => last = j,
                _ => {}
            }
            j += 1;
        }
        out.push(start..last + 1);
        i = last + 1;
    }
    out
}

fn is_letter(tok: &Tok) -> bool {
    match tok {
        Tok::Said(Item::Letter(_)) => true,
        Tok::Written(w) => w.len() == 1 && w.as_bytes()[0].is_ascii_uppercase(),
        _ => false,
    }
}

/// A piece of a run: what it reads as (one reading, or two for a ten before a digit), where
/// it was said, whether it was said in words, and whether a pause or a filler comes before it.
#[derive(Debug)]
struct Piece {
    readings: Vec<String>,
    start: usize,
    end: usize,
    said: bool,
    after_pause: bool,
}

fn pieces(tokens: &[Token]) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let mut pause = true;
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let next = tokens.get(i + 1).map(|n| &n.tok);
        let mut piece = |readings: Vec<String>, end: usize, said: bool| Piece {
            readings,
            start: t.start,
            end,
            said,
            after_pause: std::mem::take(&mut pause),
        };
        match &t.tok {
            Tok::Said(Item::Digit(d)) => out.push(piece(vec![d.to_string()], t.end, true)),
            Tok::Said(Item::Number(n)) => out.push(piece(vec![n.to_string()], t.end, true)),
            Tok::Said(Item::Tens(ten)) => {
                let joined = matches!(next, Some(Tok::Said(Item::And)));
                let unit_at = if joined { i + 2 } else { i + 1 };
                match tokens.get(unit_at).map(|u| (&u.tok, u.end)) {
                    Some((Tok::Said(Item::Digit(u)), end)) if *u > 0 => {
                        let mut readings = vec![format!("{ten}{u}")];
                        if !joined {
                            readings.push(format!("{ten}0{u}"));
                        }
                        out.push(piece(readings, end, true));
                        i = unit_at;
                    }
                    _ => out.push(piece(vec![format!("{ten}0")], t.end, true)),
                }
            }
            Tok::Said(Item::Times(k)) => match tokens.get(i + 1).map(|u| (&u.tok, u.end)) {
                Some((Tok::Said(Item::Digit(d)), end)) => {
                    out.push(piece(vec![d.to_string().repeat(*k)], end, true));
                    i += 1;
                }
                Some((Tok::Written(w), end)) if w.len() == 1 => {
                    out.push(piece(vec![w.repeat(*k)], end, true));
                    i += 1;
                }
                _ => pause = true,
            },
            Tok::Said(Item::Letter(l)) | Tok::Said(Item::Sign(l)) => {
                out.push(piece(vec![char::from(*l).to_string()], t.end, true))
            }
            Tok::Written(w) => out.push(piece(vec![w.clone()], t.end, false)),
            Tok::Said(Item::Spell) => {
                // "R for Romeo": the spelling word belongs to the letter before.
                let after_letter = i >= 1 && is_letter(&tokens[i - 1].tok);
                match (out.last_mut(), tokens.get(i + 1)) {
                    (Some(last), Some(word)) if after_letter => {
                        last.end = word.end;
                        // "R come Roma" says the letter, though "R" is written.
                        last.said = true;
                        i += 1;
                    }
                    _ => pause = true,
                }
            }
            Tok::Said(Item::Filler | Item::And | Item::At | Item::Dot)
            | Tok::Pause
            | Tok::Other => pause = true,
        }
        i += 1;
    }
    out
}

fn read_run(text: &str, tokens: &[Token], cx: &Context<'_>, out: &mut Vec<Found>) {
    let pieces = pieces(tokens);
    // A run written in pieces with letters among them ("031002 F 865 D", "MRNMRC 55D19 L781E")
    // is read too, for the ids whose structure of letters and digits leaves no doubt: no digit
    // pattern sees them whole.
    let lettered = pieces
        .iter()
        .any(|p| p.readings[0].bytes().any(|c| c.is_ascii_uppercase()));
    let spoken = pieces.iter().filter(|p| p.said).count() >= FEWEST_SPOKEN_PIECES;
    if !lettered && !spoken {
        return;
    }
    // Every ten before a digit read as one number, then each such ten read apart in turn:
    // trying every combination would give a weak check many chances to pass by accident.
    let two_ways: Vec<usize> = (0..pieces.len())
        .filter(|&k| pieces[k].readings.len() > 1)
        .collect();
    let readings: Vec<Option<usize>> = std::iter::once(None)
        .chain(two_ways.iter().copied().map(Some))
        .collect();
    let reading = |apart: Option<usize>, k: usize| -> &str {
        let pick = usize::from(apart == Some(k));
        pieces[k].readings.get(pick).map_or("", String::as_str)
    };
    let has_digit = |p: &Piece| {
        p.readings
            .iter()
            .any(|r| r.bytes().any(|c| c.is_ascii_digit()))
    };
    // The run's digits (and a leading `+`), read as a phone number when the talk is of one:
    // then only an id whose structure leaves no doubt is taken instead.
    let first_digit = pieces.iter().position(has_digit);
    let last_digit = pieces.iter().rposition(has_digit);
    let phone = match (first_digit, last_digit) {
        (Some(a), Some(b)) => readings.iter().find_map(|&r| {
            let number: String = (a..=b).map(|k| reading(r, k)).collect();
            let plain = number
                .strip_prefix('+')
                .unwrap_or(&number)
                .bytes()
                .all(|c| c.is_ascii_digit());
            // A number an id word names is that id, mistyped, not a phone number.
            let (start, end) = (pieces[a].start, pieces[b].end);
            let phone = plain
                && !crate::checksum::id_word_labels(text, start, end)
                && crate::contact::read_out_phone(text, start, &number, cx);
            phone.then_some((a, b))
        }),
        _ => None,
    };
    // (start piece, end piece, entity)
    let mut found: Vec<(usize, usize, Entity)> = Vec::new();
    for &r in &readings {
        for a in 0..pieces.len() {
            // An id starts where a group starts and ends where one ends.
            if !pieces[a].after_pause {
                continue;
            }
            let mut chars = String::new();
            let mut said = 0;
            for b in a..pieces.len() {
                chars.push_str(reading(r, b));
                said += usize::from(pieces[b].said);
                if chars.len() > 34 {
                    break;
                }
                // A ten read apart outside `a..=b` reads this stretch as the first reading did.
                let read_before = r.is_some_and(|k| !(a..=b).contains(&k));
                let ends_group = pieces.get(b + 1).is_none_or(|p| p.after_pause);
                if read_before || !ends_group || chars.len() < 9 {
                    continue;
                }
                // Letters around it ("IVA", "CNP") are not part of a longer number.
                let whole_run =
                    first_digit.is_none_or(|f| f >= a) && last_digit.is_none_or(|l| l <= b);
                let (start, end) = (pieces[a].start, pieces[b].end);
                let Some(entity) = crate::checksum::read_out(text, start, end, chars.as_bytes())
                else {
                    continue;
                };
                if said < FEWEST_SPOKEN_PIECES && !structured(entity) {
                    continue;
                }
                // A number that only its digits' check vouches for must be the whole run, not
                // a stretch of a longer one, and no phone number.
                if strong(entity) || (whole_run && phone.is_none()) {
                    found.push((a, b, entity));
                }
            }
        }
    }
    // Written digits are the written number readers' to judge.
    if found.is_empty() && spoken {
        found.extend(phone.map(|(a, b)| (a, b, Entity::Phone)));
    }
    found.sort_by_key(|&(a, b, _)| (std::cmp::Reverse(pieces[b].end - pieces[a].start), a));
    let mut kept: Vec<(usize, usize)> = Vec::new();
    for (a, b, entity) in found {
        if kept.iter().any(|&(x, y)| x <= b && a <= y) {
            continue;
        }
        kept.push((a, b));
        out.push(Found {
            entity,
            start: pieces[a].start,
            end: pieces[b].end,
        });
    }
}

/// Kinds whose structure of letters and digits and check leave no doubt even when every piece
/// is written: a codice fiscale, a henkilötunnus.
fn structured(entity: Entity) -> bool {
    matches!(entity, Entity::ItCodiceFiscale | Entity::FiHetu)
}

/// Kinds whose check leaves no doubt on its own: a structure of letters and digits, or a card
/// scheme with its Luhn digit.
fn strong(entity: Entity) -> bool {
    matches!(
        entity,
        Entity::Card | Entity::Iban | Entity::ItCodiceFiscale | Entity::FiHetu
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, lang: &str) -> Vec<(Entity, String)> {
        let cx = Context {
            lang: Some(lang),
            ..Context::default()
        };
        find(text, &cx)
            .into_iter()
            .map(|f| (f.entity, text[f.start..f.end].to_string()))
            .collect()
    }

    /// Digits as words of `lang`, from this module's table (so a test reads an id out the way
    /// the table says people do, without writing the words out by hand).
    fn said(lang: &str, digits: &str) -> String {
        let word = |d: u8| {
            TABLE
                .words
                .iter()
                .filter(|(_, items)| items.iter().any(|&(l, i)| l == lang && i == Item::Digit(d)))
                .map(|(w, _)| w.as_str())
                .min()
                .unwrap_or_default()
                .to_string()
        };
        digits
            .bytes()
            .map(|b| match b {
                b'0'..=b'9' => word(b - b'0'),
                b' ' => ",".to_string(),
                other => char::from(other).to_string(),
            })
            .collect::<Vec<_>>()
            .join(" ")
            .replace(" ,", ",")
    }

    #[test]
    fn structured_ids_written_in_pieces_are_found_and_broken_ones_left() {
        // The codice fiscale commonly printed as an example and the henkilötunnus of the
        // Finnish authorities' own example, each written in pieces as a transcript has them.
        let cases = [
            ("it", "CLIENTE: allora, RSSMRA 85T10 A562S.", "RSSMRA 85T10 A562S", Entity::ItCodiceFiscale),
            (
                "it",
                "OPERATORE: Ripeto: R S S M R A 85 T 10 A 5 6 2 S, giusto?",
                "R S S M R A 85 T 10 A 5 6 2 S",
                Entity::ItCodiceFiscale,
            ),
            (
                "it",
                "CLIENTE: R come Roma, S come Savona, S come Savona, M come Milano, R come Roma, A come Ancona, 8 5, T come Torino, 1 0, A come Ancona, 5 6 2, S come Savona.",
                "R come Roma, S come Savona, S come Savona, M come Milano, R come Roma, A come Ancona, 8 5, T come Torino, 1 0, A come Ancona, 5 6 2, S come Savona",
                Entity::ItCodiceFiscale,
            ),
            ("fi", "ASIAKAS: se on 131052 A 308 T", "131052 A 308 T", Entity::FiHetu),
            ("fi", "ASIAKAS: 131052 viiva 308 T.", "131052 viiva 308 T", Entity::FiHetu),
        ];
        for (lang, text, id, entity) in cases {
            assert_eq!(found(text, lang), vec![(entity, id.to_string())], "{text}");
        }
        // A wrong check character, and capitals next to digits that are no id.
        for (lang, text) in [
            ("it", "CLIENTE: allora, RSSMRA 85T10 A562X."),
            ("fi", "ASIAKAS: se on 131052 A 308 U"),
            (
                "en",
                "Room 4 B, then gate 5 D, seat 12 C and 131052 A to go.",
            ),
            ("ro", "Blocul 4 B, scara 2 C, apartamentul 131052."),
            ("el", "Πύλη 5 D, θέση 12 C."),
        ] {
            assert!(
                found(text, lang).is_empty(),
                "{text}: {:?}",
                found(text, lang)
            );
        }
    }

    #[test]
    fn ids_read_out_digit_by_digit_are_found_in_every_language() {
        // A Luhn-valid Visa test number, an Italian partita IVA, a Greek AMKA, a Romanian CNP
        // and an AFM, each read out in groups after the words a customer would say.
        let cases = [
            (
                "en",
                "The card number is {}, expiring in June.",
                "4111 1111 1111 1111",
                Entity::Card,
            ),
            (
                "it",
                "La partita IVA è {}, grazie.",
                "01114601006",
                Entity::ItPartitaIva,
            ),
            ("el", "Ο ΑΜΚΑ μου είναι {}.", "01018012342", Entity::GrAmka),
            ("ro", "CNP-ul meu este {}.", "1800101221144", Entity::RoCnp),
            ("el", "ΑΦΜ {} για το τιμολόγιο.", "094014201", Entity::GrAfm),
            (
                "fi",
                "Kortin numero on {}.",
                "5555 5555 5555 4444",
                Entity::Card,
            ),
        ];
        for (lang, frame, digits, entity) in cases {
            let spoken = said(lang, digits);
            let text = frame.replace("{}", &spoken);
            assert_eq!(found(&text, lang), vec![(entity, spoken.clone())], "{text}");
        }
    }

    #[test]
    fn tens_letters_spelling_words_and_signs_are_read() {
        // 40 23 … read as pairs; "novanta tre" is 90 3 here, which only the check can tell.
        let it = "Il numero della carta: quaranta ventitré, ottantanove zero tre, quarantatré \
                  novantanove, quarantasei trentasette.";
        let got = found(it, "it");
        assert_eq!(
            got.first().map(|f| f.0),
            Some(Entity::Card),
            "4023 8903 4399 4637"
        );
        let wrong = it.replace("trentasette", "trentotto");
        assert!(
            found(&wrong, "it").is_empty(),
            "4023 8903 4399 4638 fails Luhn"
        );
        let iban = "L'IBAN è I come Imola T come Torino sei zero, X zero cinque quattro due, \
                    otto uno uno uno, zero uno zero zero, zero zero zero zero, uno due tre \
                    quattro cinque sei, grazie";
        let got = found(iban, "it");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, Entity::Iban);
        assert!(got[0].1.starts_with("I come Imola"), "{got:?}");
        // A henkilötunnus with the hyphen said as "viiva" and the check letter by name.
        let fi =
            "Hetuni on nolla yksi nolla yksi kahdeksan nolla viiva kaksi kaksi kolme yhdeksän.";
        let got = found(fi, "fi");
        assert_eq!(
            got.first().map(|f| f.0),
            Some(Entity::FiHetu),
            "010180-2239: {got:?}"
        );
        let fi = "Hetuni on yksi kolme nolla kaksi kuusi kaksi viiva nolla nolla nolla neljä.";
        assert!(found(fi, "fi").is_empty(), "130262-0004 fails its check");
        // Finnish writes a ten and its unit as one word, in writing and in speech.
        for fi in [
            "Hetu on nolla yksi nolla yksi kahdeksankymmentä viiva kaksikymmentäkaksi kolmekymmentäyhdeksän.",
            "Hetu on nolla yks nolla yks kasikyt viiva kakskytkaks kolkytysi.",
        ] {
            assert_eq!(
                found(fi, "fi").first().map(|f| f.0),
                Some(Entity::FiHetu),
                "010180-2239: {fi}"
            );
        }
        let fi = "Hetu on nolla yksi nolla yksi kahdeksankymmentä viiva kaksikymmentäkaksi kolmekymmentäkahdeksan.";
        assert!(found(fi, "fi").is_empty(), "010180-2238 fails its check");
        let ro = "CNP-ul: unu, optzeci, zero unu, zero unu, douăzeci și doi, unsprezece, patruzeci și patru";
        assert_eq!(
            found(ro, "ro").first().map(|f| f.0),
            Some(Entity::RoCnp),
            "{ro}"
        );
        let el = "Ο ΑΜΚΑ: μηδέν ένα, μηδέν ένα, ογδόντα, δώδεκα, τριάντα τέσσερα, δύο";
        assert_eq!(
            found(el, "el").first().map(|f| f.0),
            Some(Entity::GrAmka),
            "{el}"
        );
    }

    #[test]
    fn numbers_read_out_that_pass_no_check_are_left_alone() {
        let texts = [
            (
                "en",
                "I ordered two, then three more, and four in June: nine in all.",
            ),
            (
                "en",
                "Order one two three four five six seven eight nine, please check it.",
            ),
            (
                "it",
                "Ho pagato venti euro, poi trenta, poi quaranta e cinque di spedizione.",
            ),
            (
                "el",
                "Έχω δύο παιδιά, τρία σκυλιά και τέσσερις γάτες, πέντε ζώα όλα κι όλα.",
            ),
            (
                "ro",
                "Am comandat doi, apoi trei, apoi patru, cinci în total, nu șase.",
            ),
            (
                "fi",
                "Tilasin kaksi, sitten kolme, sitten neljä, yhteensä yhdeksän kappaletta.",
            ),
        ];
        for (lang, text) in texts {
            assert!(
                found(text, lang).is_empty(),
                "{text}: {:?}",
                found(text, lang)
            );
        }
    }

    #[test]
    fn a_phone_number_read_out_is_a_phone_number() {
        let en = "You can reach me on oh seven nine one one, one two three four five six.";
        assert_eq!(
            found(en, "en").first().map(|f| f.0),
            Some(Entity::Phone),
            "{en}"
        );
        let it = "Mi richiami al tre tre tre, uno due tre, quattro cinque sei sette.";
        assert_eq!(
            found(it, "it").first().map(|f| f.0),
            Some(Entity::Phone),
            "{it}"
        );
        // Nine digits without a phone word: not enough to call it anything.
        let short = "Il codice è tre tre tre uno due tre quattro cinque sei.";
        assert!(
            found(short, "it").iter().all(|f| f.0 != Entity::Phone),
            "{short}"
        );
    }

    #[test]
    fn e_mail_addresses_read_out_are_found_in_every_language() {
        let cases = [
            (
                "en",
                "Send it to",
                "mark dot ellis at example dot co dot uk",
                ".",
            ),
            (
                "it",
                "La mail è",
                "giulia punto neri 82 chiocciola posta punto it",
                ".",
            ),
            (
                "el",
                "Το email μου είναι",
                "nikos underscore p παπάκι mail τελεία gr",
                ".",
            ),
            (
                "ro",
                "Adresa e",
                "ioana dash pop arond firma punct ro",
                ", mersi.",
            ),
            (
                "fi",
                "Sähköposti on",
                "aino alaviiva laine miukumauku posti piste fi",
                ".",
            ),
        ];
        for (lang, before, address, after) in cases {
            let text = format!("{before} {address}{after}");
            assert_eq!(
                found(&text, lang),
                vec![(Entity::Email, address.to_string())],
                "{text}"
            );
        }
        // An "at" without a domain read out is no address.
        for (lang, text) in [
            ("en", "I was at home at nine, then at the shop dot by dot."),
            ("it", "La chiocciola del logo è blu, punto e basta."),
        ] {
            assert!(
                found(text, lang).is_empty(),
                "{text}: {:?}",
                found(text, lang)
            );
        }
    }

    #[test]
    fn the_table_reads_whole() {
        assert!(TABLE.bad_lines.is_empty(), "{:?}", TABLE.bad_lines);
        for lang in ["en", "it", "el", "ro", "fi"] {
            let digits: std::collections::HashSet<u8> = TABLE
                .words
                .values()
                .flatten()
                .filter(|(l, _)| *l == lang)
                .filter_map(|(_, i)| match i {
                    Item::Digit(d) => Some(*d),
                    _ => None,
                })
                .collect();
            assert_eq!(digits.len(), 10, "{lang} says every digit");
        }
    }
}
