//! Identifiers with check digits: payment cards, IBANs, the Italian codice fiscale and partita
//! IVA, the Greek AMKA and AFM, the Romanian CNP and the Finnish henkilötunnus.
//!
//! These are the most damaging things a customer can type into a chat, and the only ones whose
//! own digits say whether they are real: a number that fails its check (or carries an
//! impossible date) is never called an id, so prices, dates, order totals and tracking numbers
//! stay as they are. Candidates are whole tokens: not glued to letters, not one part of a
//! longer number written with `.`, `,`, `/` or `-`, and never after a `+` (phones are
//! [`crate::contact`]'s).
//!
//! How certain each kind is:
//! - **by structure alone**: IBAN (country, length of that country from
//!   `data/iban_lengths.txt`, mod 97), codice fiscale (its letter and digit positions, a
//!   possible birth date, the check letter; whole or in the four groups of the card),
//!   henkilötunnus (a real date, the century sign, the mod 31 check character), a partita IVA
//!   written as a VAT id (`IT` and 11 digits, whole or in groups), and cards of 15 to 19 digits
//!   with a valid Luhn check and the prefix and length of a known scheme;
//! - **by structure unless the context says otherwise**: CNP (13 digits with a sex and
//!   century digit, a real date, a county code and the check digit), AMKA (11 digits: a real
//!   birth date and a Luhn digit), a bare partita IVA (11 digits: a valid office code and a
//!   Luhn digit) and AFM (9 digits, mod 11). About one 11-digit number in a hundred passes the
//!   AMKA or partita IVA checks, one 13-digit barcode in a thousand the CNP's, but one 9-digit
//!   number in ten the AFM's: a `not` word such as "order", "EAN" or "coupon" nearer than any
//!   word of the kind, or a phone word right before, drops it. Leaving a tax or social
//!   security number in a shared export costs more than hiding an order number nobody
//!   labelled that happens to pass;
//! - **only with a context word nearby**: cards that are short (13–14 digits) or of no known
//!   scheme.
//!
//! Ids are also found in the groups they are printed in: AFM 3-3-3 (spaces or dots), AMKA 6-5,
//! partita IVA 3-3-3-2, CNP 1-6-6 and 7-6; in any other groups of two digits or more joined by
//! one separator ("04.046.036.804", "2910 5844 004") only when a word names them, since phone
//! numbers are written that way too. A `not` word right after a word of the id says what the
//! id is for, not what the number is ("partita IVA per la fattura: …").
//!
//! Context words of every language are in `data/context_words.txt` and all of them are always
//! tried, whatever the conversation's language: customers switch languages and paste English
//! forms. Words that name an id without saying which ("tax number", "veronumero") count for
//! any kind whose check the number passes. When a number passes the checks of two kinds (an
//! 11-digit AMKA that is also a valid partita IVA, a 13-digit CNP that is also a Luhn number),
//! the kind whose word is nearest wins. A number any of these words labels is never a phone
//! number ([`id_word_labels`]): it is an id, mistyped when its check fails.

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use crate::{Entity, Found};

/// How far, in characters, a context word may be from the number it names.
const BEFORE: usize = 90;
const AFTER: usize = 40;
/// How close, in bytes of folded text, a word must be to label the number itself: "order
/// 123…", "ordine n. 123…", "αρ. παραγγελίας: 123…".
const LABEL: usize = 8;

/// A context phrase, folded, and whether its last word may go on (`card*`).
struct Phrase {
    text: String,
    open_end: bool,
}

/// Which list of `data/context_words.txt` a phrase is in: a kind's words (`None` for the
/// `not` words), or the words that name an identifier without saying which.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Slot {
    Kind(Option<Entity>),
    Any,
    /// Words that say what an id is for ("for", "per", "pentru"): see [`for_the_not_word`].
    Purpose,
}

/// The phrases of `data/context_words.txt`, each with its list. All of them are found in one
/// pass over a window by `matcher`, whose pattern `i` is `phrases[i]`.
struct Words {
    matcher: AhoCorasick,
    phrases: Vec<(Slot, Phrase)>,
}

/// A phrase found in a folded window: its list, byte offset and length (with the rest of an
/// open-ended last word).
#[derive(Clone, Copy)]
struct Hit {
    slot: Slot,
    at: usize,
    len: usize,
}

static WORDS: LazyLock<Words> =
    LazyLock::new(|| parse_words(include_str!("../data/context_words.txt")));

static IBAN_LENGTHS: LazyLock<HashMap<[u8; 2], usize>> =
    LazyLock::new(|| parse_iban_lengths(include_str!("../data/iban_lengths.txt")));

/// Runs of digits with single spaces, dots or dashes between groups: cards and the plain
/// numbers. Read out in a call, groups are also written apart by a comma, dots of hesitation,
/// a spaced dash or two spaces ("5176... 0385...", "150, 641, 805, 89").
static DIGIT_RUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[0-9]+(?:(?:, | ?\.{2,3} ?| ?\u{2026} ?| - |  |[ .\n-])[0-9]+)*")
        .expect("constant pattern")
});

/// What [`split_groups`] records for the separators of a read-out number (a comma, dots of
/// hesitation, a spaced dash, two spaces): such an id is only taken when a word names it.
const DICTATED: u8 = b',';

/// Two letters, two check digits, then the account, with single spaces or dashes anywhere, a
/// space after the country in capitals ("IT 60 X054…"; "at 71 castle street" is no IBAN), a
/// line break where a form wrapped it, or the separators of one read out in a call.
static IBAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[A-Z]{2} |[A-Za-z]{2})[0-9]{2}(?:(?:, | ?\.{2,3} ?| ?\u{2026} ?| - |  |[ -]|\r?\n)?[A-Za-z0-9]){10,32}")
        .expect("constant pattern")
});

/// Surname, name, year, month letter, day, place, check letter; the digits may be replaced by
/// the omocodia letters L–V when two people would otherwise share a code. It is also printed
/// in the four groups of the plastic card ("RSS MRA 80A01 H501U"), sometimes with the check
/// letter apart ("RSS MRA 80A01 H501 U").
static CODICE_FISCALE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"[A-Za-z]{3} ?[A-Za-z]{3} ?[0-9LMNPQRSTUVlmnpqrstuv]{2}[ABCDEHLMPRSTabcdehlmprst][0-9LMNPQRSTUVlmnpqrstuv]{2} ?[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3} ?[A-Za-z]",
    )
    .expect("constant pattern")
});

/// An Italian VAT id: `IT` and the partita IVA, whole or in groups ("IT 123 456 789 01",
/// "IT 12345 678 901"). A space after the prefix only in capitals: "send it 12345678901" is
/// the pronoun.
static VAT_IT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:IT ?|[Ii][Tt])[0-9](?:[ .]?[0-9]){10}").expect("constant pattern")
});

/// A Greek VAT id: `EL` (or the country's other code, `GR`, which people write too) and the
/// AFM, whole or in groups (a space after the prefix only in capitals).
static VAT_EL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:EL ?|GR ?|[Ee][Ll]|[Gg][Rr])[0-9](?:[ .]?[0-9]){8}").expect("constant pattern")
});

static HETU: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[0-9]{6}[-+A-FU-Ya-fu-y][0-9]{3}[0-9A-Ya-y]").expect("constant pattern")
});

/// What [`find`] reads in a text.
pub(crate) struct Scan {
    /// Identifiers with a valid check, sorted by position.
    pub found: Vec<Found>,
    /// Byte ranges shaped like an IBAN of a known country and length whose check fails: a
    /// mistyped IBAN. Its digit groups are not cards or phones either.
    pub mistyped: Vec<(usize, usize)>,
}

/// Everything in `text` that is an identifier with a valid check, sorted by position.
/// Context words of all languages always apply, whatever the conversation's language.
pub(crate) fn find(text: &str) -> Scan {
    let mut out = Vec::new();
    let mut mistyped = Vec::new();
    // Each pattern runs only where one byte scan saw what its matches start with: most turns
    // have no digit, and most of the rest no IBAN's country and check digits.
    let shape = Shape::of(text);
    if shape.codice_fiscale {
        find_alnum(text, &CODICE_FISCALE, &mut out, |t| {
            codice_fiscale_ok(&t.replace(' ', "")).then_some(Entity::ItCodiceFiscale)
        });
    }
    if shape.longest_digits == 0 {
        return Scan {
            found: out,
            mistyped,
        };
    }
    if shape.iban {
        find_ibans(text, &mut out, &mut mistyped);
    }
    if shape.vat_it {
        find_alnum(text, &VAT_IT, &mut out, |t| {
            let digits: String = t.chars().filter(char::is_ascii_digit).collect();
            partita_iva_ok(&digits).then_some(Entity::ItPartitaIva)
        });
    }
    if shape.vat_el {
        find_alnum(text, &VAT_EL, &mut out, |t| {
            let digits: Vec<u8> = t
                .bytes()
                .filter(u8::is_ascii_digit)
                .map(|b| b - b'0')
                .collect();
            afm_ok(&digits).then_some(Entity::GrAfm)
        });
    }
    if shape.longest_digits >= 6 {
        find_alnum(text, &HETU, &mut out, |t| {
            hetu_ok(t).then_some(Entity::FiHetu)
        });
    }
    let mut numbers = Vec::new();
    find_numbers(text, &mut numbers);
    // The digit groups of a spaced IBAN may look like a card; the IBAN is the whole of it.
    numbers.retain(|n| {
        !out.iter().any(|f| f.start < n.end && n.start < f.end)
            && !mistyped.iter().any(|&(s, e)| s < n.end && n.start < e)
    });
    out.extend(numbers);
    out.sort_by_key(|f| (f.start, f.end));
    out.dedup();
    Scan {
        found: out,
        mistyped,
    }
}

/// What an id read out in words is, from its characters put together (digits and capital
/// letters, `-` or `+` for a henkilötunnus's sign), `start..end` being where it was said in
/// `text`: the checks decide, and the words around it as for a written number (a `not` word
/// such as "order" drops a number of digits only, card or not). A card must be of a known
/// scheme, which a read-out card always is.
pub(crate) fn read_out(text: &str, start: usize, end: usize, chars: &[u8]) -> Option<Entity> {
    if chars.is_empty() {
        return None;
    }
    if chars.iter().all(u8::is_ascii_digit) {
        let d: Vec<u8> = chars.iter().map(|b| b - b'0').collect();
        if d.iter().all(|&x| x == d[0]) {
            return None;
        }
        let mut kinds = weak_kinds(&d, Need::StructureUnlessNot);
        if known_card_scheme(&d) && luhn_ok(&d) {
            kinds.push((Entity::Card, Need::StructureUnlessNot));
        }
        return decide(text, start, end, &kinds);
    }
    let text_of = std::str::from_utf8(chars).ok()?;
    let letters = |r: std::ops::Range<usize>| chars[r].iter().all(u8::is_ascii_uppercase);
    let alphanumeric = chars.iter().all(u8::is_ascii_alphanumeric);
    // The checks below read letters and digits only, and a codice fiscale ends in its letter.
    if chars.len() == 16
        && alphanumeric
        && letters(0..6)
        && letters(15..16)
        && codice_fiscale_ok(text_of)
    {
        return Some(Entity::ItCodiceFiscale);
    }
    let digits_at = |r: std::ops::Range<usize>| chars[r].iter().all(u8::is_ascii_digit);
    if chars.len() == 11 && digits_at(0..6) && digits_at(7..10) && hetu_ok(text_of) {
        return Some(Entity::FiHetu);
    }
    let country = [*chars.first()?, *chars.get(1)?];
    let iban = IBAN_LENGTHS.get(&country) == Some(&chars.len())
        && letters(0..2)
        && alphanumeric
        && iban_ok(chars);
    iban.then_some(Entity::Iban)
}

fn find_alnum(
    text: &str,
    re: &Regex,
    out: &mut Vec<Found>,
    check: impl Fn(&str) -> Option<Entity>,
) {
    // A match that fails may hide one that starts inside it: with omocodia letters the
    // codice fiscale's pattern also fits "mio VLLNNA96R60LT" before "VLLNNA96R60LTPSW".
    let mut at = 0;
    while let Some(m) = re.find_at(text, at) {
        let found = bounded(text, m.start(), m.end())
            .then(|| check(m.as_str()))
            .flatten();
        at = match found {
            Some(entity) => {
                out.push(Found {
                    entity,
                    start: m.start(),
                    end: m.end(),
                });
                m.end()
            }
            None => m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8),
        };
    }
}

/// IBANs, with or without spaces: the country's length says where the IBAN ends, since the
/// pattern may run on into the next words when they are separated by single spaces.
fn find_ibans(text: &str, out: &mut Vec<Found>, mistyped: &mut Vec<(usize, usize)>) {
    let mut at = 0;
    while let Some(m) = IBAN.find_at(text, at) {
        let start = m.start();
        at = start + 1;
        let s = m.as_str().as_bytes();
        let Some(&len) = IBAN_LENGTHS.get(&[s[0].to_ascii_uppercase(), s[1].to_ascii_uppercase()])
        else {
            continue;
        };
        let mut compact = Vec::with_capacity(len);
        let mut end = start;
        for (i, &b) in s.iter().enumerate() {
            if b.is_ascii_alphanumeric() {
                compact.push(b.to_ascii_uppercase());
                if compact.len() == len {
                    end = start + i + 1;
                    break;
                }
            }
        }
        // An account number is mostly digits (a bank code of letters at most): "AT 71 CASTLE
        // STREET CITY" is no IBAN, whatever its sum.
        let letters = compact
            .iter()
            .skip(4)
            .filter(|b| b.is_ascii_alphabetic())
            .count();
        let mostly_digits = 2 * letters <= len.saturating_sub(4);
        if compact.len() == len && bounded(text, start, end) && mostly_digits {
            if iban_ok(&compact) {
                out.push(Found {
                    entity: Entity::Iban,
                    start,
                    end,
                });
            } else if s[2] != b' '
                && s[..2].iter().all(u8::is_ascii_uppercase)
                && compact[2..4].iter().all(u8::is_ascii_digit)
                && compact[4..]
                    .iter()
                    .filter(|b| b.is_ascii_alphabetic())
                    .count()
                    <= 4
            {
                // Written like an IBAN (the country in capitals, the rest digits but for a bank
                // code of up to four letters), only its check fails: "Ref GB12 or phone 0770…"
                // is no IBAN and keeps its phone, and neither is "CALL ME AT 07911 …".
                mistyped.push((start, end));
            }
            at = end;
        }
    }
}

/// How much a kind has to lean on context words.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Need {
    Structure,
    StructureUnlessNot,
    ContextWord,
}

/// Cards (groups joined by spaces or dashes) and the plain numbers (AFM, AMKA, partita IVA,
/// CNP) in each run of digits.
fn find_numbers(text: &str, out: &mut Vec<Found>) {
    for run in DIGIT_RUN.find_iter(text) {
        let mut groups = split_groups(text, run.start(), run.end());
        // A side glued to a code or a longer number loses its edge group, not the whole run.
        if !bounded_after(text, run.end()) {
            groups.pop();
        }
        // "+40 765 687 755", "(+40) 766 588 738": a number dialled abroad is a phone; what a
        // comma or a spaced dash puts after it is a number of its own.
        if after_country_code(text, run.start()) {
            let phone = groups
                .iter()
                .skip(1)
                .position(|g| g.sep_before == Some(DICTATED))
                .map_or(groups.len(), |k| k + 1);
            groups.drain(..phone);
        } else if !bounded_before(text, run.start()) && !groups.is_empty() {
            groups.remove(0);
        }
        // A line break ends a number, as it did before it was a separator, except for a card
        // written over two lines ("4534 4804\n5432 4899"), looked for across them after.
        let mut lines: Vec<Vec<Group>> = Vec::new();
        for g in &groups {
            match lines.last_mut() {
                Some(line) if g.sep_before != Some(b'\n') => line.push(*g),
                _ => lines.push(vec![Group {
                    sep_before: None,
                    ..*g
                }]),
            }
        }
        let broken = lines.len() > 1;
        let before = out.len();
        for line in lines {
            for part in read_out_parts(line) {
                numbers_in(text, &part, out);
            }
        }
        if broken {
            cards_over_lines(text, &groups, before, out);
        }
    }
}

/// Cards whose groups a line break splits, among `groups`, that overlap nothing found from
/// `from` on.
fn cards_over_lines(text: &str, groups: &[Group], from: usize, out: &mut Vec<Found>) {
    let mut i = 0;
    while i < groups.len() {
        match card_at(text, groups, i) {
            Some((j, found))
                if groups[i + 1..=j]
                    .iter()
                    .any(|g| g.sep_before == Some(b'\n'))
                    && !out[from..]
                        .iter()
                        .any(|f| f.start < found.end && found.start < f.end) =>
            {
                out.push(found);
                i = j + 1;
            }
            _ => i += 1,
        }
    }
}

/// A number read out keeps one separator throughout ("5176, 0385, 6793, 9498"); in a run that
/// also has others, a comma or dots end one number and start the next ("178 813 388,
/// 2026-10-03").
fn read_out_parts(groups: Vec<Group>) -> Vec<Vec<Group>> {
    if groups
        .iter()
        .skip(1)
        .all(|g| g.sep_before == Some(DICTATED))
    {
        return vec![groups];
    }
    let mut parts: Vec<Vec<Group>> = Vec::new();
    for (k, mut g) in groups.into_iter().enumerate() {
        if k == 0 || g.sep_before == Some(DICTATED) {
            if k > 0 {
                g.sep_before = None;
            }
            parts.push(vec![g]);
        } else if let Some(last) = parts.last_mut() {
            last.push(g);
        }
    }
    parts
}

/// Cards, grouped ids and plain numbers in the groups of one number.
fn numbers_in(text: &str, groups: &[Group], out: &mut Vec<Found>) {
    let mut i = 0;
    while i < groups.len() {
        match card_at(text, groups, i) {
            Some((j, found)) => {
                out.push(found);
                i = j + 1;
            }
            None => {
                if let Some((found, next)) = grouped_id(text, groups, i) {
                    out.push(found);
                    i = next;
                    continue;
                }
                if let Some(found) = plain_number(text, groups, i) {
                    out.push(found);
                }
                i += 1;
            }
        }
    }
}

/// What the patterns of [`find`] need to see before they can match, read in one pass over the
/// bytes: each is implied by every match of its pattern.
struct Shape {
    /// The longest run of ASCII digits.
    longest_digits: usize,
    /// Two letters right before two digits: an IBAN's country and check digits.
    iban: bool,
    /// `it`, `el` or `gr` in any case, then a digit or a space and a digit: a VAT prefix.
    vat_it: bool,
    vat_el: bool,
    /// A digit, or sixteen ASCII letters in a row: a codice fiscale, in groups or whole (a whole
    /// one may have omocodia letters for every digit).
    codice_fiscale: bool,
}

impl Shape {
    fn of(text: &str) -> Shape {
        let b = text.as_bytes();
        let mut shape = Shape {
            longest_digits: 0,
            iban: false,
            vat_it: false,
            vat_el: false,
            codice_fiscale: false,
        };
        let Some(first) = b.iter().position(u8::is_ascii_digit) else {
            // Without a digit, a codice fiscale is only taken as one token of omocodia letters.
            shape.codice_fiscale = has_alnum_run(b, 16);
            return shape;
        };
        shape.codice_fiscale = true;
        let mut i = first;
        while let Some(skip) = b
            .get(i..)
            .and_then(|rest| rest.iter().position(u8::is_ascii_digit))
        {
            i += skip;
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            shape.longest_digits = shape.longest_digits.max(i - start);
            let before = |k: usize| start.checked_sub(k).map(|j| b[j].to_ascii_lowercase());
            let letters = |x: usize, y: usize| {
                before(x).is_some_and(|c| c.is_ascii_alphabetic())
                    && before(y).is_some_and(|c| c.is_ascii_alphabetic())
            };
            shape.iban |=
                i - start >= 2 && (letters(2, 1) || before(1) == Some(b' ') && letters(3, 2));
            let prefix = if before(1) == Some(b' ') {
                [before(3), before(2)]
            } else {
                [before(2), before(1)]
            };
            shape.vat_it |= prefix == [Some(b'i'), Some(b't')];
            shape.vat_el |=
                prefix == [Some(b'e'), Some(b'l')] || prefix == [Some(b'g'), Some(b'r')];
        }
        shape
    }
}

/// Whether `b` holds `n` ASCII letters or digits in a row.
fn has_alnum_run(b: &[u8], n: usize) -> bool {
    b.split(|c| !c.is_ascii_alphanumeric())
        .any(|word| word.len() >= n)
}

/// Whether a run of digits starting at `at` is glued to a `+` or follows a country code in
/// brackets ("(+40) ").
fn after_country_code(text: &str, at: usize) -> bool {
    let head = &text[..at];
    if head.ends_with('+') {
        return true;
    }
    let Some(code) = head.trim_end_matches(' ').strip_suffix(')') else {
        return false;
    };
    // "+40 (0)784 …": the trunk zero in brackets after the country code.
    if let Some(before) = code.strip_suffix("(0") {
        let country = before.trim_end_matches(' ');
        let digits = country.trim_end_matches(|c: char| c.is_ascii_digit());
        return (1..=3).contains(&(country.len() - digits.len())) && digits.ends_with('+');
    }
    let digits = code.trim_end_matches(|c: char| c.is_ascii_digit());
    (1..=3).contains(&(code.len() - digits.len())) && digits.ends_with("(+")
}

/// A group of digits in a run: its bytes and the separator before it (`None` for the first).
#[derive(Clone, Copy)]
struct Group {
    start: usize,
    end: usize,
    sep_before: Option<u8>,
}

fn split_groups(text: &str, start: usize, end: usize) -> Vec<Group> {
    let bytes = text.as_bytes();
    let mut groups = Vec::new();
    let mut i = start;
    let mut sep = None;
    while i < end {
        let g = i;
        while i < end && bytes[i].is_ascii_digit() {
            i += 1;
        }
        groups.push(Group {
            start: g,
            end: i,
            sep_before: sep,
        });
        let s = i;
        while i < end && !bytes[i].is_ascii_digit() {
            i += 1;
        }
        // One separator byte as it is; longer ones (", ", "... ", " - ", two spaces) are how
        // a number read out is written down.
        sep = match &bytes[s..i] {
            [b] => Some(*b),
            _ => Some(DICTATED),
        };
    }
    groups
}

/// The most groups a card is written in: printed, five (4-4-4-4-3); read or copied in pairs,
/// up to ten ("49 16 86 47 24 27 59 32").
const CARD_GROUPS: usize = 10;

/// The longest card starting at group `i`: the index of its last group and the find.
fn card_at(text: &str, groups: &[Group], i: usize) -> Option<(usize, Found)> {
    for j in (i..groups.len().min(i + CARD_GROUPS)).rev() {
        let sizes: Vec<usize> = groups[i..=j].iter().map(|g| g.end - g.start).collect();
        let total: usize = sizes.iter().sum();
        if !(13..=19).contains(&total) {
            continue;
        }
        // Grouped as no card is printed ("529 99345 2667 0012", pairs, a line break between
        // two halves), it is a card only when a word says so and it is the whole number: a
        // piece of a longer one that happens to pass the Luhn check (one in ten do) is not.
        let printed = card_shaped(&sizes);
        if !printed && (sizes.iter().any(|&n| n > 5) || i > 0 || j + 1 < groups.len()) {
            continue;
        }
        // Dots join the groups of an amount ("4111…1111.50") or a dotted id, not a card,
        // unless every group is joined by one and the run ends there ("4572.2524.2881.7131").
        let dotted = |g: &Group| g.sep_before == Some(b'.');
        let all_dotted = j > i
            && !dotted(&groups[i])
            && groups[i + 1..=j].iter().all(dotted)
            && j + 1 == groups.len();
        if !all_dotted
            && (groups[i..=j].iter().any(dotted) || groups.get(j + 1).is_some_and(dotted))
        {
            continue;
        }
        let digits = group_digits(text, &groups[i..=j]);
        if !luhn_ok(&digits) || digits.iter().all(|&d| d == digits[0]) {
            continue;
        }
        let (start, end) = (groups[i].start, groups[j].end);
        // A card read out in a call ("5176... 0385... …") needs a word saying it is one.
        let dictated = groups[i + 1..=j]
            .iter()
            .any(|g| g.sep_before == Some(DICTATED));
        let strong = total >= 15 && known_card_scheme(&digits) && !dictated && printed;
        let mut kinds = vec![(
            Entity::Card,
            if strong {
                Need::Structure
            } else {
                Need::ContextWord
            },
        )];
        if sizes.len() == 1 && total == 13 && cnp_ok(&digits) {
            kinds.push((Entity::RoCnp, Need::StructureUnlessNot));
        }
        if let Some(entity) = decide(text, start, end, &kinds) {
            return Some((j, Found { entity, start, end }));
        }
    }
    None
}

/// Group sizes as cards are printed: one block, blocks of four with a shorter last one, or
/// the 4-6-5 and 4-6-4 of Amex and Diners.
fn card_shaped(sizes: &[usize]) -> bool {
    match sizes {
        [_] => true,
        [4, 6, 5] | [4, 6, 4] => true,
        [init @ .., last] => init.iter().all(|&s| s == 4) && (1..=4).contains(last),
        [] => false,
    }
}

/// AFM (9 digits), AMKA or partita IVA (11), CNP (13) in group `i`, when it stands alone:
/// groups joined by dashes or dots are codes, dates or amounts, not one of these. A number
/// that passes a check is taken unless a word says otherwise (see the module's doc).
fn plain_number(text: &str, groups: &[Group], i: usize) -> Option<Found> {
    let g = groups[i];
    let joins = |sep: Option<u8>| matches!(sep, Some(b'-' | b'.'));
    let joined_before = joins(g.sep_before);
    let joined_after = groups.get(i + 1).is_some_and(|n| joins(n.sep_before));
    if joined_before || joined_after {
        return None;
    }
    let digits = group_digits(text, &groups[i..=i]);
    if digits.iter().all(|&d| d == 0) {
        return None;
    }
    // A birth date and a Luhn digit, or an office code and a Luhn digit: about one 11-digit
    // number in a hundred passes either, so a bare one is taken unless a word says it is an
    // order or a phone.
    let kinds = weak_kinds(&digits, Need::StructureUnlessNot);
    let entity = decide(text, g.start, g.end, &kinds)?;
    Some(Found {
        entity,
        start: g.start,
        end: g.end,
    })
}

/// The kinds without a letter or a prefix of their own whose check `digits` pass, by length:
/// AFM (9), AMKA or partita IVA (11), CNP (13), each needing `need`.
fn weak_kinds(digits: &[u8], need: Need) -> Vec<(Entity, Need)> {
    type Check = fn(&[u8]) -> bool;
    let checks: [(usize, Entity, Check); 4] = [
        (9, Entity::GrAfm, afm_ok),
        (11, Entity::GrAmka, amka_ok),
        (11, Entity::ItPartitaIva, partita_iva_digits_ok),
        (13, Entity::RoCnp, cnp_ok),
    ];
    checks
        .into_iter()
        .filter(|&(len, _, ok)| digits.len() == len && ok(digits))
        .map(|(_, entity, _)| (entity, need))
        .collect()
}

/// The ways ids are printed in groups: an AFM in three groups of three ("094 014 201",
/// "094.014.201"), an AMKA as date and serial ("150180 12345", "150180-12345"), a partita IVA
/// in groups of 3-3-3-2, a CNP as sex digit, date and the rest ("1 800101 221144",
/// "1800101-221144"). Groups are joined by one of the separators given, and the run is just
/// those groups.
const GROUPED: [(&[usize], Entity, &[u8]); 5] = [
    (&[3, 3, 3], Entity::GrAfm, b" ."),
    (&[6, 5], Entity::GrAmka, b" -"),
    (&[3, 3, 3, 2], Entity::ItPartitaIva, b" ."),
    (&[1, 6, 6], Entity::RoCnp, b" -"),
    (&[7, 6], Entity::RoCnp, b" -"),
];

/// An id written in groups starting at group `i`, and the index of the group after it.
fn grouped_id(text: &str, groups: &[Group], i: usize) -> Option<(Found, usize)> {
    // The run is just the id's groups: one that starts later is the tail of a longer number
    // ("1.094.014.201").
    if i != 0 {
        return None;
    }
    GROUPED
        .iter()
        .find_map(|&(sizes, entity, seps)| {
            let run = groups.get(..sizes.len())?;
            let joined = |g: &Group| g.sep_before.is_some_and(|b| seps.contains(&b));
            let shaped = run.iter().zip(sizes).all(|(g, &n)| g.end - g.start == n)
                && run[1..].iter().all(joined)
                && run[1..].iter().all(|g| g.sep_before == run[1].sep_before)
                && groups.len() == sizes.len();
            if !shaped {
                return None;
            }
            let digits = group_digits(text, run);
            let (ok, need) = match entity {
                Entity::GrAfm => (afm_ok(&digits), Need::StructureUnlessNot),
                Entity::GrAmka => (amka_ok(&digits), Need::StructureUnlessNot),
                Entity::ItPartitaIva => (partita_iva_digits_ok(&digits), Need::StructureUnlessNot),
                _ => (cnp_ok(&digits), Need::StructureUnlessNot),
            };
            if !ok || digits.iter().all(|&d| d == 0) {
                return None;
            }
            let (start, end) = (run[0].start, run[run.len() - 1].end);
            let entity = decide(text, start, end, &[(entity, need)])?;
            Some((Found { entity, start, end }, sizes.len()))
        })
        .or_else(|| freely_grouped_id(text, groups))
}

/// The most groups an id in free groups is written in: a CNP in pairs after its sex digit
/// ("1 80 10 20 25 7310").
const FREE_GROUPS: usize = 7;

/// An AFM, AMKA, partita IVA or CNP in groups of other sizes ("04.046.036.804", "2910 5844
/// 004", "184-523-181", read out as "150, 641, 805, 89"): the whole run, its groups joined by
/// one separator. Phone numbers are written the same way, so unlike the printed groupings of
/// [`GROUPED`] such a run is an id only when a word names it.
fn freely_grouped_id(text: &str, groups: &[Group]) -> Option<(Found, usize)> {
    let sep = groups.get(1)?.sep_before?;
    // A CNP starts with its one sex digit ("1, 930901, 090400", "1 41 06 08 118911"), and
    // a number read out may end on one ("180 080 422 341 6"); the word that must name the id
    // keeps a phone written the same way out.
    let shaped = (2..=FREE_GROUPS).contains(&groups.len())
        && groups[1..].iter().all(|g| g.sep_before == Some(sep));
    if !shaped {
        return None;
    }
    let digits = group_digits(text, groups);
    if digits.iter().all(|&d| d == digits[0]) {
        return None;
    }
    let kinds = weak_kinds(&digits, Need::ContextWord);
    let (start, end) = (groups[0].start, groups[groups.len() - 1].end);
    let entity = decide(text, start, end, &kinds)?;
    Some((Found { entity, start, end }, groups.len()))
}

/// The digits of `groups`, one after another, as numbers.
fn group_digits(text: &str, groups: &[Group]) -> Vec<u8> {
    groups
        .iter()
        .flat_map(|g| text.as_bytes()[g.start..g.end].iter().map(|b| b - b'0'))
        .collect()
}

/// Which of the kinds a number passes the checks of it is, given the words around it.
fn decide(text: &str, start: usize, end: usize, kinds: &[(Entity, Need)]) -> Option<Entity> {
    if let Some(&(entity, _)) = kinds.iter().find(|(_, n)| *n == Need::Structure) {
        return Some(entity);
    }
    if kinds.is_empty() {
        return None;
    }
    let (before, after) = windows(text, start, end);
    let (before, after) = (fold_masked(before), fold_masked(after));
    let (hits_before, hits_after) = (words_in(&before), words_in(&after));
    let nearest_of = |slot: Slot| {
        let not = slot == Slot::Kind(None);
        nearest(&before, &after, &hits_before, &hits_after, not, |s| {
            s == slot
        })
    };
    let distance = |kind: Option<Entity>| nearest_of(Slot::Kind(kind));
    let not = distance(None);
    let nearest = kinds
        .iter()
        .filter_map(|&(e, _)| {
            let word_kind = match e {
                Entity::ItPartitaIva => vec![Some(e), Some(Entity::ItCodiceFiscale)],
                _ => vec![Some(e)],
            };
            word_kind
                .into_iter()
                .filter_map(distance)
                .min()
                .map(|d| (d, e))
        })
        .min_by_key(|&(d, _)| d)
        // A word that names an identifier without saying which ("tax number", "veronumero")
        // is enough once the number passes a check; a kind its digits alone make likely (a
        // CNP rather than a card that also passes Luhn) is taken first.
        .or_else(|| {
            let likely = kinds
                .iter()
                .find(|(_, n)| *n != Need::ContextWord)
                .unwrap_or(&kinds[0]);
            nearest_of(Slot::Any).map(|d| (d, likely.0))
        });
    // A `not` word nearer than the kind's word wins only when it labels the number itself
    // ("order 123…"); further away it names something else the sentence talks about ("the
    // tax number (AFM) on the invoice should be 123…").
    // "p.iva per la fattura: …", "VAT no for the invoice: …": the `not` word says what the id
    // is for when a word of the id stands just before it.
    let not = not.filter(|_| !for_the_not_word(&before, &hits_before, kinds));
    match (nearest, not) {
        // At the same distance, the word before the number names it: "AFM 136… laskulle".
        (Some((d, e)), n) if n.is_none_or(|n| n >= d || n > LABEL) => Some(e),
        // No word at all: a phone word right before ("chiamami al …") still says phone.
        (None, None) if !crate::contact::labelled_phone(text, start) => kinds
            .iter()
            .find(|(_, n)| *n == Need::StructureUnlessNot)
            .map(|&(e, _)| e),
        _ => None,
    }
}

/// Whether the `not` word nearest before the number follows a word of one of `kinds` (or a
/// word of any id) closely, in the same sentence: it then says what the id is for ("partita
/// IVA per la fattura: …"), not what the number is.
fn for_the_not_word(before: &str, hits: &[Hit], kinds: &[(Entity, Need)]) -> bool {
    // Bytes of folded text between the id's word and the `not` word: "per la", "pentru".
    const GAP: usize = 16;
    let names_id = |slot: Slot| match slot {
        Slot::Any => true,
        Slot::Kind(Some(k)) => kinds.iter().any(|&(e, _)| e == k),
        Slot::Kind(None) | Slot::Purpose => false,
    };
    let Some(not) = hits
        .iter()
        .filter(|h| h.slot == Slot::Kind(None))
        .max_by_key(|h| h.at + h.len)
    else {
        return false;
    };
    // "P.IVA e numero d'ordine: …" names two numbers; only a word for what the id is for,
    // between the two, says the `not` word is its purpose.
    let purpose = |from: usize| {
        hits.iter()
            .any(|p| p.slot == Slot::Purpose && p.at >= from && p.at + p.len <= not.at)
    };
    hits.iter()
        .filter(|h| names_id(h.slot) && h.at + h.len <= not.at)
        .any(|h| {
            let gap = &before[h.at + h.len..not.at];
            gap.len() <= GAP
                && !gap.contains(['\n', '\r', '.', '!', '?', ';', ':', ','])
                && purpose(h.at + h.len)
        })
}

/// The one-word labels of every kind ("iban", "αμκα", "cnp", "order"), without a final dot:
/// such a word is a field's name, never a person's.
pub(crate) fn label_words() -> impl Iterator<Item = &'static str> {
    WORDS
        .phrases
        .iter()
        .map(|(_, p)| p.text.trim_end_matches('.'))
        .filter(|w| !w.is_empty() && !w.contains(' '))
}

/// How far the nearest hit of the lists `wanted` takes is from the number: folded bytes back
/// from its end in `before`, or forward in `after`. A `not` word after the number names it
/// only when nothing but spaces stand between ("12345678901 order"), not after a comma ("…,
/// fattura elettronica").
/// A `not` word after the number names it when only spaces stand between them and no number
/// of its own follows it: "12345678901 order", not "12345678901 ordine 63020800821".
fn names_the_number_before(after: &str, h: &Hit) -> bool {
    let own = after[h.at + h.len..]
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(|c: char| c.is_ascii_digit());
    after[..h.at].chars().all(char::is_whitespace) && !own
}

fn nearest(
    before: &str,
    after: &str,
    hits_before: &[Hit],
    hits_after: &[Hit],
    not: bool,
    wanted: impl Fn(Slot) -> bool,
) -> Option<usize> {
    let back = hits_before
        .iter()
        .filter(|h| wanted(h.slot))
        .map(|h| before.len() - (h.at + h.len));
    let forward = hits_after
        .iter()
        .filter(|h| wanted(h.slot))
        .filter(|h| !not || names_the_number_before(after, h))
        .map(|h| h.at);
    back.chain(forward).min()
}

/// Whether a word that names an identifier (of any kind) labels the number at `[start, end)`:
/// it stands before it, with no number and no line break between, or right after it with only
/// brackets or punctuation between ("… (P.IVA)"). Such a number is no phone number even when
/// its check fails: it is a mistyped id.
pub(crate) fn id_word_labels(text: &str, start: usize, end: usize) -> bool {
    // Farther back than this many characters a word names something else in the sentence.
    const REACH: usize = 40;
    // Words between the label and the number: "AMKA μου είναι 1234…", not a sentence.
    const GAP_WORDS: usize = 4;
    let head = &text[..start];
    let mut before = &head[crate::window_back(text, start, REACH)..];
    // Only what stands since the last line break, digit or masked find: a word before another
    // number names that one.
    if let Some(cut) = before.rfind(|c: char| matches!(c, '\n' | '\r' | ']') || c.is_ascii_digit())
    {
        before = &before[cut + 1..];
    }
    let tail = &text[end..];
    let gap = tail
        .find(|c: char| c.is_alphanumeric() || c == '\n')
        .unwrap_or(tail.len());
    let word_end = tail[gap..]
        .find(|c: char| c.is_whitespace() || matches!(c, ')' | ']' | ',' | ';'))
        .map_or(tail.len(), |i| gap + i);
    // Brackets and dashes may stand between ("… (P.IVA)", "… - AMKA"); a sentence end may not
    // ("… 5631. AMKA: …" names the next number).
    let after = if tail[..gap].contains(['\n', '\r', '.', '!', '?', ';']) {
        ""
    } else {
        &tail[..word_end]
    };
    // Cards and IBANs are named in everyday sentences ("the SIM card", "l'IBAN"): only the
    // words of the ids a phone number can be mistaken for count.
    let names_an_id = |h: &Hit| match h.slot {
        Slot::Any => true,
        Slot::Kind(Some(e)) => !matches!(e, Entity::Card | Entity::Iban),
        Slot::Kind(None) | Slot::Purpose => false,
    };
    let before = fold_masked(before);
    let labels = words_in(&before)
        .into_iter()
        .filter(names_an_id)
        .map(|h| h.at + h.len)
        .max()
        .is_some_and(|label_end| {
            let gap = &before[label_end..];
            let gap = gap.strip_prefix('.').unwrap_or(gap);
            !gap.contains(['!', '?', ';'])
                && !gap.contains(". ")
                && gap.split_whitespace().count() <= GAP_WORDS
        });
    labels || words_in(&fold_masked(after)).iter().any(names_an_id)
}

/// Up to [`BEFORE`] characters before the span and [`AFTER`] after it, the latter on the same
/// line: in a form, the next line's label ("Phone:") names the next field, not this number.
fn windows(text: &str, start: usize, end: usize) -> (&str, &str) {
    let from = crate::window_back(text, start, BEFORE);
    let tail = &text[end..];
    let to = crate::window_forward(text, end, AFTER) - end;
    let to = tail[..to].find(['\n', '\r']).unwrap_or(to);
    (&text[from..start], &tail[..to])
}

/// The phrases of a folded window, less the `not` words inside a longer phrase: "code" in
/// "personal code" or "tax code" names no order.
fn words_in(hay: &str) -> Vec<Hit> {
    let all = hits(hay);
    let inside = |h: &Hit| {
        all.iter().any(|k| {
            matches!(k.slot, Slot::Kind(Some(_)) | Slot::Any)
                && k.at <= h.at
                && h.at + h.len <= k.at + k.len
        })
    };
    all.iter()
        .filter(|h| h.slot != Slot::Kind(None) || !inside(h))
        .copied()
        .collect()
}

/// A window folded, each masked run (`[XX…X]`, a find or a placeholder) one `#`: distances
/// in it are the same whatever length the number or name masked there had, so a second
/// redaction reads the words at the distances the first read them.
fn fold_masked(s: &str) -> String {
    if !s.contains('[') {
        return fold(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        match crate::mask_end(rest, open) {
            Some(end) => {
                out.push('#');
                rest = &rest[end..];
            }
            None => {
                out.push('[');
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    fold(&out)
}

/// Every phrase in a folded window, at word boundaries, in one pass.
fn hits(hay: &str) -> Vec<Hit> {
    let w = &*WORDS;
    w.matcher
        .find_overlapping_iter(hay)
        .filter_map(|m| {
            let (slot, p) = &w.phrases[m.pattern().as_usize()];
            let at = m.start();
            let before_ok = hay[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            if !before_ok {
                return None;
            }
            let rest = &hay[m.end()..];
            let word_end = if p.open_end {
                rest.find(|c: char| !c.is_alphanumeric())
                    .unwrap_or(rest.len())
            } else {
                0
            };
            // A phrase ending in a dot ("p.iva", "α.φ.μ.") is its own boundary.
            let after_ok = p.text.ends_with('.')
                || rest[word_end..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
            after_ok.then_some(Hit {
                slot: *slot,
                at,
                len: m.len() + word_end,
            })
        })
        .collect()
}

/// Lower case without accents, Greek tonos or final sigma, so "ΑΦΜ", "Κάρτα" and
/// "henkilötunnus" match however they are typed.
fn fold(s: &str) -> String {
    s.to_lowercase()
        .chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'ă' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ș' | 'ş' | 'š' => 's',
            'ț' | 'ţ' => 't',
            'ά' => 'α',
            'έ' => 'ε',
            'ή' => 'η',
            'ί' | 'ϊ' | 'ΐ' => 'ι',
            'ό' => 'ο',
            'ύ' | 'ϋ' | 'ΰ' => 'υ',
            'ώ' => 'ω',
            'ς' => 'σ',
            _ => c,
        })
        .collect()
}

fn parse_words(data: &str) -> Words {
    let mut phrases: Vec<(Slot, Phrase)> = Vec::new();
    for line in data.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((kind, phrase)) = line.split_once(':') else {
            continue;
        };
        let kind = kind.trim();
        let slot = if kind == "id" {
            Slot::Any
        } else if kind == "for" {
            Slot::Purpose
        } else {
            let Some(kind) = word_kind(kind) else {
                continue;
            };
            Slot::Kind(kind)
        };
        let phrase = fold(phrase.trim());
        let (text, open_end) = match phrase.strip_suffix('*') {
            Some(p) => (p.to_string(), true),
            None => (phrase, false),
        };
        if text.is_empty() {
            continue;
        }
        phrases.push((slot, Phrase { text, open_end }));
    }
    let matcher = AhoCorasick::new(phrases.iter().map(|(_, p)| p.text.as_str()))
        .expect("context phrases build an automaton");
    Words { matcher, phrases }
}

/// The kinds of `context_words.txt`: `Some(None)` is `not`.
fn word_kind(name: &str) -> Option<Option<Entity>> {
    Some(Some(match name {
        "iban" => Entity::Iban,
        "card" => Entity::Card,
        "cf" => Entity::ItCodiceFiscale,
        "piva" => Entity::ItPartitaIva,
        "amka" => Entity::GrAmka,
        "afm" => Entity::GrAfm,
        "cnp" => Entity::RoCnp,
        "hetu" => Entity::FiHetu,
        "not" => return Some(None),
        _ => return None,
    }))
}

fn parse_iban_lengths(data: &str) -> HashMap<[u8; 2], usize> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (cc, len) = l.split_once(' ')?;
            let cc: [u8; 2] = cc.as_bytes().try_into().ok()?;
            Some((cc, len.trim().parse().ok()?))
        })
        .collect()
}

/// Whether `[start, end)` is a whole token: not glued to letters or digits, not part of a
/// longer number or code written with `.`, `,`, `/`, `-` or `:`, not after a `+` or `#`.
fn bounded(text: &str, start: usize, end: usize) -> bool {
    bounded_before(text, start) && bounded_after(text, end)
}

fn bounded_before(text: &str, start: usize) -> bool {
    let mut back = text[..start].chars().rev();
    match back.next() {
        None => true,
        Some(c) if c.is_alphanumeric() || matches!(c, '_' | '+' | '#' | '@' | '&' | '=') => false,
        Some('-' | '/') => back.next().is_none_or(|c| !c.is_alphanumeric()),
        // "n.123" is an abbreviation; "1.299" and "12:30" are one number.
        Some('.' | ',' | ':') => back.next().is_none_or(|c| !c.is_ascii_digit()),
        Some(_) => true,
    }
}

fn bounded_after(text: &str, end: usize) -> bool {
    let mut ahead = text[end..].chars();
    match ahead.next() {
        None => true,
        Some(c) if c.is_alphanumeric() || matches!(c, '_' | '@') => false,
        Some('-' | '/' | '.' | ',' | ':') => ahead.next().is_none_or(|c| !c.is_alphanumeric()),
        Some(_) => true,
    }
}

fn luhn_ok(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Issuer prefixes and lengths of the schemes seen in Europe: Visa, Mastercard, Amex,
/// Discover, Diners, JCB, UnionPay, Maestro, Mir.
fn known_card_scheme(digits: &[u8]) -> bool {
    const SCHEMES: [(u32, u32, usize, usize, usize); 15] = [
        // (lowest prefix, highest prefix, prefix digits, shortest, longest)
        (4, 4, 1, 13, 19),
        (51, 55, 2, 16, 16),
        (2221, 2720, 4, 16, 16),
        (34, 34, 2, 15, 15),
        (37, 37, 2, 15, 15),
        (6011, 6011, 4, 16, 19),
        (644, 649, 3, 16, 19),
        (65, 65, 2, 16, 19),
        (300, 305, 3, 14, 19),
        (36, 36, 2, 14, 19),
        (38, 39, 2, 16, 19),
        (3528, 3589, 4, 16, 19),
        (62, 62, 2, 16, 19),
        (50, 69, 2, 12, 19),
        (2200, 2204, 4, 16, 19),
    ];
    SCHEMES.iter().any(|&(lo, hi, n, min, max)| {
        let prefix = digits
            .iter()
            .take(n)
            .fold(0u32, |acc, &d| acc * 10 + u32::from(d));
        (min..=max).contains(&digits.len()) && (lo..=hi).contains(&prefix)
    })
}

/// Upper-case IBAN without spaces: the first four characters moved to the end, letters as
/// 10–35, the whole number mod 97 is 1.
fn iban_ok(iban: &[u8]) -> bool {
    if !iban[2..4].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut rem: u32 = 0;
    for &b in iban[4..].iter().chain(&iban[..4]) {
        rem = match b {
            b'0'..=b'9' => (rem * 10 + u32::from(b - b'0')) % 97,
            b'A'..=b'Z' => (rem * 100 + u32::from(b - b'A') + 10) % 97,
            _ => return false,
        };
    }
    rem == 1
}

/// Value of an omocodia letter (L = 0 … V = 9) or a digit.
fn cf_digit(b: u8) -> Option<u32> {
    match b {
        b'0'..=b'9' => Some(u32::from(b - b'0')),
        _ => b"LMNPQRSTUV"
            .iter()
            .position(|&l| l == b)
            .and_then(|p| u32::try_from(p).ok()),
    }
}

fn codice_fiscale_ok(cf: &str) -> bool {
    let cf = cf.to_ascii_uppercase();
    let b = cf.as_bytes();
    if b.len() != 16 {
        return false;
    }
    let number = |i: usize, j: usize| -> Option<u32> {
        b[i..j]
            .iter()
            .try_fold(0, |acc, &c| Some(acc * 10 + cf_digit(c)?))
    };
    let (Some(day), Some(_year)) = (number(9, 11), number(6, 8)) else {
        return false;
    };
    let Some(month) = b"ABCDEHLMPRST".iter().position(|&m| m == b[8]) else {
        return false;
    };
    // Women's day of birth is written plus 40.
    let day = if day > 40 { day - 40 } else { day };
    if day == 0 || day > days_in_month(month as u32 + 1, None) {
        return false;
    }
    const ODD: [u32; 36] = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, // 0-9
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24,
        23, // A-Z
    ];
    let index = |c: u8| -> usize {
        if c.is_ascii_digit() {
            usize::from(c - b'0')
        } else {
            usize::from(c - b'A') + 10
        }
    };
    let sum: u32 = b[..15]
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let k = index(c);
            if i % 2 == 0 {
                ODD[k]
            } else if k < 10 {
                k as u32
            } else {
                (k - 10) as u32
            }
        })
        .sum();
    u32::from(b[15] - b'A') == sum % 26
}

/// Eleven digits: a company number, an office code (001–100, 120, 121, 888, 999) and a Luhn
/// check digit.
fn partita_iva_ok(s: &str) -> bool {
    let digits: Vec<u8> = s.bytes().map(|b| b.wrapping_sub(b'0')).collect();
    digits.len() == 11 && digits.iter().all(|&d| d < 10) && partita_iva_digits_ok(&digits)
}

fn partita_iva_digits_ok(d: &[u8]) -> bool {
    let office = u32::from(d[7]) * 100 + u32::from(d[8]) * 10 + u32::from(d[9]);
    let office_ok = matches!(office, 1..=100 | 120 | 121 | 888 | 999);
    d.len() == 11 && d[..7].iter().any(|&x| x != 0) && office_ok && luhn_ok(d)
}

/// DDMMYY, four digits, a Luhn check digit.
fn amka_ok(d: &[u8]) -> bool {
    let two = |i: usize| u32::from(d[i]) * 10 + u32::from(d[i + 1]);
    let (day, month) = (two(0), two(2));
    (1..=12).contains(&month) && day >= 1 && day <= days_in_month(month, None) && luhn_ok(d)
}

/// Eight digits weighted by powers of two, mod 11, mod 10.
fn afm_ok(d: &[u8]) -> bool {
    let sum: u32 = d[..8]
        .iter()
        .enumerate()
        .map(|(i, &x)| u32::from(x) << (8 - i))
        .sum();
    sum % 11 % 10 == u32::from(d[8])
}

/// S YY MM DD JJ NNN C: sex and century, birth date, county, serial, check digit.
fn cnp_ok(d: &[u8]) -> bool {
    if d.len() != 13 || d[0] == 0 {
        return false;
    }
    let two = |i: usize| u32::from(d[i]) * 10 + u32::from(d[i + 1]);
    let (yy, month, day, county) = (two(1), two(3), two(5), two(7));
    let serial = two(9) * 10 + u32::from(d[11]);
    let year = match d[0] {
        1 | 2 => Some(1900 + yy),
        3 | 4 => Some(1800 + yy),
        5 | 6 => Some(2000 + yy),
        // Residents (7, 8) and foreigners (9) do not say the century.
        _ => None,
    };
    let date_ok = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(month, year);
    let county_ok = matches!(county, 1..=48 | 51 | 52 | 70);
    const KEY: [u32; 12] = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9];
    let sum: u32 = d[..12]
        .iter()
        .zip(KEY)
        .map(|(&x, k)| u32::from(x) * k)
        .sum();
    let check = match sum % 11 {
        10 => 1,
        r => r,
    };
    date_ok && county_ok && serial > 0 && check == u32::from(d[12])
}

/// DDMMYY, century sign, individual number 002–999, check character of the nine digits mod 31.
fn hetu_ok(h: &str) -> bool {
    let h = h.to_ascii_uppercase();
    let b = h.as_bytes();
    if b.len() != 11 {
        return false;
    }
    let num = |i: usize, j: usize| -> u32 {
        b[i..j]
            .iter()
            .fold(0, |acc, &c| acc * 10 + u32::from(c.wrapping_sub(b'0')))
    };
    let century = match b[6] {
        b'+' => 1800,
        b'-' | b'Y' | b'X' | b'W' | b'V' | b'U' => 1900,
        b'A'..=b'F' => 2000,
        _ => return false,
    };
    let (day, month, year, individual) = (num(0, 2), num(2, 4), century + num(4, 6), num(7, 10));
    if !(1..=12).contains(&month)
        || day == 0
        || day > days_in_month(month, Some(year))
        || individual < 2
    {
        return false;
    }
    const CHECK: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";
    let n = num(0, 6) * 1000 + individual;
    CHECK[(n % 31) as usize] == b[10]
}

/// Days in a month; with no year, February may have 29.
fn days_in_month(month: u32, year: Option<u32>) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn found(text: &str) -> Vec<(Entity, &str)> {
        find(text)
            .found
            .into_iter()
            .map(|f| (f.entity, &text[f.start..f.end]))
            .collect()
    }

    fn kinds(text: &str) -> Vec<Entity> {
        found(text).into_iter().map(|(e, _)| e).collect()
    }

    /// Changes the digit at char `at` (0-based, counting digits only) to the next one.
    fn bump_digit(s: &str, at: usize) -> String {
        let mut n = 0;
        s.chars()
            .map(|c| {
                if c.is_ascii_digit() {
                    n += 1;
                    if n - 1 == at {
                        let d = c.to_digit(10).expect("digit");
                        return char::from_digit((d + 1) % 10, 10).expect("digit");
                    }
                }
                c
            })
            .collect()
    }

    // Independent generators: written from the published definitions, not from the code above.

    fn luhn_complete(body: &str) -> String {
        let ds: Vec<u32> = body.chars().filter_map(|c| c.to_digit(10)).collect();
        let mut total = 0;
        // The check digit will be rightmost, so the body's last digit is doubled.
        for (k, d) in ds.iter().rev().enumerate() {
            let v = if k % 2 == 0 { d * 2 } else { *d };
            total += v / 10 + v % 10;
        }
        format!("{body}{}", (10 - total % 10) % 10)
    }

    fn iban_make(cc: &str, bban: &str) -> String {
        let moved = format!("{bban}{cc}00");
        let numeric: String = moved
            .chars()
            .map(|c| c.to_digit(36).expect("alnum").to_string())
            .collect();
        let rem = numeric.as_bytes().chunks(9).fold(0u64, |r, chunk| {
            let part: u64 = std::str::from_utf8(chunk)
                .expect("ascii")
                .parse()
                .expect("digits");
            (r * 10u64.pow(chunk.len() as u32) + part) % 97
        });
        format!("{cc}{:02}{bban}", 98 - rem)
    }

    fn cf_complete(first15: &str) -> String {
        let odd_digits = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
        let odd_letters = [
            1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25,
            24, 23,
        ];
        let mut total = 0;
        for (i, c) in first15.chars().enumerate() {
            let odd_position = (i + 1) % 2 == 1;
            total += match (c.to_digit(10), odd_position) {
                (Some(d), true) => odd_digits[d as usize],
                (Some(d), false) => d,
                (None, true) => odd_letters[(c as u8 - b'A') as usize],
                (None, false) => u32::from(c as u8 - b'A'),
            };
        }
        format!("{first15}{}", (b'A' + (total % 26) as u8) as char)
    }

    fn afm_complete(first8: &str) -> String {
        let mut total = 0u32;
        for (i, c) in first8.chars().enumerate() {
            total += c.to_digit(10).expect("digit") * 2u32.pow(8 - i as u32);
        }
        format!("{first8}{}", (total % 11) % 10)
    }

    fn cnp_complete(first12: &str) -> String {
        let key = "279146358279";
        let total: u32 = first12
            .chars()
            .zip(key.chars())
            .map(|(a, b)| a.to_digit(10).expect("digit") * b.to_digit(10).expect("digit"))
            .sum();
        let c = if total % 11 == 10 { 1 } else { total % 11 };
        format!("{first12}{c}")
    }

    fn hetu_complete(date: &str, sign: char, individual: &str) -> String {
        let n: u64 = format!("{date}{individual}").parse().expect("digits");
        let table: Vec<char> = "0123456789ABCDEFHJKLMNPRSTUVWXY".chars().collect();
        format!("{date}{sign}{individual}{}", table[(n % 31) as usize])
    }

    #[test]
    fn a_codice_fiscale_with_omocodia_is_found_after_a_word_the_pattern_could_start_in() {
        // With its place digits written as omocodia letters (6, 3, 5 as T, P, S), the pattern
        // also fits the three letters before it plus the code's first part; that match fails
        // its check and must not hide the code.
        let cf = "VLLNNA96R60LTPSW";
        for text in [
            format!("codice fiscale {cf}"),
            format!("il mio è {cf}."),
            format!("codice fiscale {}", cf.to_lowercase()),
        ] {
            let got = found(&text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].0, Entity::ItCodiceFiscale, "{text}");
            assert!(got[0].1.eq_ignore_ascii_case(cf), "{text}: {got:?}");
        }
        // The same code with its check letter changed is no codice fiscale.
        assert!(kinds("codice fiscale VLLNNA96R60LTPSX").is_empty());
    }

    #[test]
    fn generators_agree_with_public_examples() {
        assert_eq!(
            iban_make("GB", "WEST12345698765432"),
            "GB82WEST12345698765432"
        );
        assert_eq!(
            iban_make("DE", "370400440532013000"),
            "DE89370400440532013000"
        );
        assert_eq!(
            iban_make("GR", "01101250000000012300695"),
            "GR1601101250000000012300695"
        );
        assert_eq!(iban_make("FI", "12345600000785"), "FI2112345600000785");
        assert_eq!(luhn_complete("411111111111111"), "4111111111111111");
        assert_eq!(cf_complete("RSSMRA85T10A562"), "RSSMRA85T10A562S");
        assert_eq!(hetu_complete("131052", '-', "308"), "131052-308T");
    }

    #[test]
    fn ibans_with_and_without_spaces_in_any_case() {
        let it = iban_make("IT", "X0542811101000000123456");
        let gr = iban_make("GR", "01101250000000012300695");
        let ro = iban_make("RO", "AAAA1B31007593840000");
        let fi = iban_make("FI", "12345600000785");
        for iban in [
            "GB82WEST12345698765432",
            "GB82 WEST 1234 5698 7654 32",
            "gb82 west 1234 5698 7654 32",
            "DE89 3704 0044 0532 0130 00",
            it.as_str(),
            gr.as_str(),
            ro.as_str(),
            fi.as_str(),
        ] {
            let text = format!("IBAN: {iban} grazie");
            assert_eq!(found(&text), vec![(Entity::Iban, iban)], "{text}");
        }
        for iban in ["GB82WEST12345698765432", it.as_str(), ro.as_str()] {
            let broken = bump_digit(iban, 5);
            assert!(found(&format!("IBAN {broken}")).is_empty(), "{broken}");
        }
        // One character too many or too few, or glued to a word.
        assert!(found("GB82WEST123456987654321").is_empty());
        assert!(found("GB82WEST1234569876543").is_empty());
        assert!(found("xGB82WEST12345698765432").is_empty());
        // Its groups are not also a card, even next to a card word.
        let spaced_it = "IT60 X054 2811 1010 0000 0123 456";
        assert_eq!(
            found(&format!("carta o bonifico su {spaced_it}")),
            vec![(Entity::Iban, spaced_it)]
        );
        // Two in a row are two.
        let two = format!("GB82 WEST 1234 5698 7654 32 e {it}");
        assert_eq!(kinds(&two), vec![Entity::Iban, Entity::Iban]);
    }

    #[test]
    fn cards_of_known_schemes_are_found_without_a_word() {
        let mc = luhn_complete("555555555555444");
        for card in [
            "4111 1111 1111 1111",
            "4111-1111-1111-1111",
            "4111111111111111",
            "3782 822463 10005",
            "5555555555554444",
            mc.as_str(),
        ] {
            let text = format!("pagato con {card}, grazie");
            assert_eq!(found(&text), vec![(Entity::Card, card)], "{text}");
            assert!(found(&format!("pagato con {}", bump_digit(card, 7))).is_empty());
        }
        // The expiry and CVV after the number stay out of its span.
        assert_eq!(
            found("4111 1111 1111 1111 12 25 123"),
            vec![(Entity::Card, "4111 1111 1111 1111")]
        );
    }

    #[test]
    fn short_or_unknown_cards_need_a_card_word() {
        let short = luhn_complete("422222222222");
        let unknown = luhn_complete("900000000000012");
        assert!(found(&format!("numero {short}")).is_empty());
        assert!(found(&format!("numero {unknown}")).is_empty());
        assert_eq!(kinds(&format!("la mia carta: {short}")), vec![Entity::Card]);
        assert_eq!(kinds(&format!("η κάρτα μου {unknown}")), vec![Entity::Card]);
        assert_eq!(kinds(&format!("KORTTI {unknown}")), vec![Entity::Card]);
        assert_eq!(
            kinds(&format!("{unknown} e il numero del cardului")),
            vec![Entity::Card]
        );
        // A word but a failed check is still nothing.
        assert!(found(&format!("carta {}", bump_digit(&unknown, 3))).is_empty());
        assert!(found("carta 0000 0000 0000 0000").is_empty());
    }

    #[test]
    fn codice_fiscale_with_omocodia_and_dates() {
        let omocodia = cf_complete("RSSMRA85T10A56N");
        let all_letters = cf_complete("RSSMRAURTMLARSN");
        let woman = cf_complete("BNCLRA90A41F205");
        for cf in [
            "RSSMRA85T10A562S",
            "rssmra85t10a562s",
            omocodia.as_str(),
            all_letters.as_str(),
            woman.as_str(),
        ] {
            let text = format!("il mio codice è {cf}.");
            assert_eq!(found(&text), vec![(Entity::ItCodiceFiscale, cf)], "{text}");
        }
        assert!(found("RSSMRA85T10A562T").is_empty());
        assert!(found("RSSMRA85T10A563S").is_empty());
        // 32 January, 31 April: impossible even with the right check letter.
        assert!(found(&cf_complete("RSSMRA85A32A562")).is_empty());
        assert!(found(&cf_complete("RSSMRA85D31A562")).is_empty());
        assert!(found(&format!("X{}", "RSSMRA85T10A562S")).is_empty());
    }

    #[test]
    fn partita_iva_is_taken_unless_a_word_says_it_is_a_phone_or_an_order() {
        let piva = luhn_complete("0123456001");
        assert!(found(&format!("chiamami al {piva}")).is_empty());
        assert!(found(&format!("ordine {piva}")).is_empty());
        let grouped = format!(
            "{} {} {} {}",
            &piva[..3],
            &piva[3..6],
            &piva[6..9],
            &piva[9..]
        );
        let vat_grouped = format!("IT {grouped}");
        for text in [&grouped, &vat_grouped] {
            assert_eq!(found(text), vec![(Entity::ItPartitaIva, text.as_str())]);
        }
        for text in [
            piva.clone(),
            format!("ecco qua: {piva}, grazie"),
            format!("P.IVA {piva}"),
            format!("partita IVA: {piva}"),
            format!("la nostra Partita I.V.A. è {piva}"),
            format!("codice fiscale della società {piva}"),
        ] {
            assert_eq!(
                found(&text),
                vec![(Entity::ItPartitaIva, piva.as_str())],
                "{text}"
            );
        }
        let vat = format!("IT{piva}");
        assert_eq!(
            found(&format!("VAT {vat}")),
            vec![(Entity::ItPartitaIva, vat.as_str())]
        );
        assert_eq!(kinds(&vat), vec![Entity::ItPartitaIva]);
        assert!(found(&format!("P.IVA {}", bump_digit(&piva, 2))).is_empty());
        // Office code 500 does not exist.
        assert!(found(&format!("P.IVA {}", luhn_complete("0123456500"))).is_empty());
    }

    #[test]
    fn ids_in_groups_of_any_size_are_taken_only_when_a_word_names_them() {
        let amka = luhn_complete("1406781234");
        let afm = afm_complete("09401420");
        let piva = luhn_complete("0123456001");
        let cnp = cnp_complete("196030312345");
        let regroup = |id: &str, sizes: &[usize], sep: &str| {
            let mut parts = Vec::new();
            let mut at = 0;
            for &n in sizes {
                parts.push(&id[at..at + n]);
                at += n;
            }
            parts.join(sep)
        };
        let cases = [
            (
                Entity::GrAmka,
                regroup(&amka, &[2, 3, 3, 3], "."),
                "my AMKA is",
            ),
            (Entity::GrAmka, regroup(&amka, &[4, 4, 3], " "), "ΑΜΚΑ:"),
            (
                Entity::GrAmka,
                regroup(&amka, &[2, 2, 2, 5], " "),
                "numărul AMKA:",
            ),
            (
                Entity::GrAfm,
                regroup(&afm, &[3, 3, 3], "-"),
                "ο ΑΦΜ μου είναι",
            ),
            (
                Entity::ItPartitaIva,
                regroup(&piva, &[4, 3, 4], " "),
                "la mia partita IVA è",
            ),
            (
                Entity::ItPartitaIva,
                regroup(&piva, &[3, 4, 4], " "),
                "P.IVA",
            ),
            (Entity::RoCnp, regroup(&cnp, &[4, 4, 5], " "), "CNP-ul meu:"),
            (
                Entity::GrAmka,
                regroup(&amka, &[3, 3, 3, 2], " "),
                "henkilökortistani:",
            ),
        ];
        for (entity, grouped, word) in cases {
            let text = format!("{word} {grouped}.");
            assert_eq!(found(&text), vec![(entity, grouped.as_str())], "{text}");
            // Without a word the same run is left to the phone recogniser.
            assert!(found(&format!("ecco: {grouped}.")).is_empty(), "{grouped}");
        }
        // A mistyped id in the same groups is nothing, whatever the word.
        let wrong = regroup(&bump_digit(&amka, 10), &[4, 4, 3], " ");
        assert!(found(&format!("ΑΜΚΑ: {wrong}")).is_empty());
    }

    #[test]
    fn cards_and_cnps_in_groups_nobody_prints_them_in_need_their_word() {
        let regroup = |id: &str, sizes: &[usize], sep: &str| {
            let mut parts = Vec::new();
            let mut at = 0;
            for &n in sizes {
                parts.push(id[at..at + n].to_string());
                at += n;
            }
            parts.join(sep)
        };
        let visa = luhn_complete("453201511283036");
        let amex = luhn_complete("37828224631000");
        let cnp = cnp_complete("180102025731");
        let cases = [
            (Entity::Card, regroup(&visa, &[2; 8], " "), "card number"),
            (
                Entity::Card,
                regroup(&visa, &[3, 5, 4, 4], " "),
                "pagato con la carta",
            ),
            (
                Entity::Card,
                regroup(&amex, &[5, 5, 5], " "),
                "American Express:",
            ),
            (
                Entity::Card,
                regroup(&visa, &[4, 4], " ") + "\n" + &regroup(&visa[8..], &[4, 4], " "),
                "Κάρτα:\n",
            ),
            (
                Entity::RoCnp,
                regroup(&cnp, &[1, 2, 2, 2, 2, 4], " "),
                "CNP",
            ),
            (
                Entity::RoCnp,
                regroup(&cnp, &[3, 3, 3, 3, 1], " "),
                "cnp-ul e",
            ),
        ];
        for (entity, grouped, word) in cases {
            let text = format!("{word} {grouped} grazie");
            assert_eq!(found(&text), vec![(entity, grouped.as_str())], "{text}");
            // Printed in fours, a card of a known scheme needs no word, over two lines too.
            if !grouped.contains('\n') {
                assert!(
                    found(&format!("ecco: {grouped} grazie")).is_empty(),
                    "{grouped}"
                );
            }
        }
        // A phone dialled abroad is no card, whatever its Luhn digit says.
        assert!(found("card or phone: 0030 6935622523")
            .iter()
            .all(|(e, _)| *e != Entity::Card));
        // Two ids on two lines stay two ids: the line break ends the first.
        let afm = afm_complete("06257770");
        let text = format!("ΑΦΜ: {}\n19.10.2025", regroup(&afm, &[3, 3, 3], " "));
        assert_eq!(
            found(&text),
            vec![(Entity::GrAfm, regroup(&afm, &[3, 3, 3], " ").as_str())]
        );
        // A piece of a longer number in pairs that passes the Luhn check is no card.
        let long = format!("{visa}12");
        assert!(found(&format!("kortti {}", regroup(&long, &[2; 9], " "))).is_empty());
    }

    #[test]
    fn ids_read_out_in_a_call_in_pieces() {
        let card = luhn_complete("517603856793949");
        let pieces = |id: &str, sizes: &[usize], sep: &str| {
            let mut parts = Vec::new();
            let mut at = 0;
            for &n in sizes {
                parts.push(id[at..at + n].to_string());
                at += n;
            }
            parts.join(sep)
        };
        for sep in ["... ", " ... ", ", ", " - ", "  ", "\u{2026} "] {
            let read = pieces(&card, &[4, 4, 4, 4], sep);
            let text = format!("Agent: the card number?\nCaller: right, {read}");
            assert_eq!(found(&text), vec![(Entity::Card, read.as_str())], "{text}");
        }
        // Without a word naming a card, a number read out in pieces is left alone.
        assert!(found(&format!("ok {}", pieces(&card, &[4, 4, 4, 4], ", "))).is_empty());
        let iban = iban_make("IE", "IPBS49727219693717");
        let read = pieces(&iban, &[4, 4, 4, 4, 4, 2], ", ");
        assert_eq!(
            found(&format!("Customer: {read}")),
            vec![(Entity::Iban, read.as_str())]
        );
        let piva = luhn_complete("1506418058");
        let read = pieces(&piva, &[3, 3, 3, 2], ", ");
        assert_eq!(
            found(&format!(
                "Operatore: mi ripete la partita IVA?\nCliente: {read}"
            )),
            vec![(Entity::ItPartitaIva, read.as_str())]
        );
        let cnp = cnp_complete("193090109040");
        let read = pieces(&cnp, &[1, 6, 6], ", ");
        assert_eq!(
            found(&format!(
                "OPERATOR: și codul numeric personal?\nCLIENT: {read}"
            )),
            vec![(Entity::RoCnp, read.as_str())]
        );
        // Finnish names a card in any case: "maksoin kortilla" (I paid by card).
        let diners = luhn_complete("3643465189603");
        let dashed = format!("{}-{}-{}", &diners[..4], &diners[4..10], &diners[10..]);
        assert_eq!(
            found(&format!("ja maksoin kortilla {dashed}")),
            vec![(Entity::Card, dashed.as_str())]
        );
        // A list of amounts is no card, whatever its digits add up to.
        assert!(found("prices: 4111, 1111, 1111, 1111").is_empty());
    }

    #[test]
    fn an_id_before_a_spaced_dash_or_after_a_phone_is_still_an_id() {
        let piva = luhn_complete("0123456001");
        let cnp = cnp_complete("180010122114");
        assert_eq!(
            found(&format!("P.IVA {piva} - 20121 Milano")),
            vec![(Entity::ItPartitaIva, piva.as_str())]
        );
        assert_eq!(
            found(&format!("CNP {cnp} - 35 ani")),
            vec![(Entity::RoCnp, cnp.as_str())]
        );
        assert_eq!(
            found(&format!("+39 123 4567, {piva}")),
            vec![(Entity::ItPartitaIva, piva.as_str())]
        );
    }

    #[test]
    fn a_card_in_dotted_amex_groups_and_a_phone_with_its_trunk_zero_in_brackets() {
        let amex = luhn_complete("37494945492593");
        let dotted = format!("{}.{}.{}", &amex[..4], &amex[4..10], &amex[10..]);
        assert_eq!(
            found(&format!("Num. carta: {dotted}.")),
            vec![(Entity::Card, dotted.as_str())]
        );
        let afm = afm_complete("78466354");
        let phone = format!("+40 (0){} {} {}", &afm[..3], &afm[3..6], &afm[6..]);
        assert!(found(&format!("mă sună la {phone}")).is_empty());
    }

    #[test]
    fn a_word_for_what_the_id_is_for_does_not_make_it_an_order() {
        let piva = luhn_complete("0765432001");
        let afm = afm_complete("13690814");
        let cnp = cnp_complete("285091512345");
        for (text, kind) in [
            (
                format!("VAT no for the invoice: {piva}"),
                Entity::ItPartitaIva,
            ),
            (
                format!("p.iva per la fattura: {piva}"),
                Entity::ItPartitaIva,
            ),
            (format!("CNP-ul pentru factură: {cnp}"), Entity::RoCnp),
            (format!("AFM {afm} laskulle"), Entity::GrAfm),
        ] {
            assert_eq!(kinds(&text), vec![kind], "{text}");
        }
        // Two numbers named in one breath: the `not` word names the one that follows.
        assert!(found(&format!("P.IVA e numero d'ordine: {piva}")).is_empty());
        // The `not` word alone, or after a full stop, still names the number.
        assert!(found(&format!("fattura: {piva}")).is_empty());
        assert!(found(&format!("Ho la partita IVA. Fattura: {piva}")).is_empty());
    }

    #[test]
    fn vat_ids_in_any_grouping_and_the_greek_gr_prefix() {
        let piva = luhn_complete("0123456001");
        let afm = afm_complete("16761749");
        for text in [
            format!("IT {} {} {}", &piva[..5], &piva[5..8], &piva[8..]),
            format!("IT{piva}"),
        ] {
            assert_eq!(kinds(&text), vec![Entity::ItPartitaIva], "{text}");
        }
        for text in [
            format!("GR{afm}"),
            format!("GR {afm}"),
            format!("EL {}", &afm),
        ] {
            assert_eq!(kinds(&text), vec![Entity::GrAfm], "{text}");
        }
        // "gr" glued to a word is no prefix.
        assert!(found(&format!("200gr{afm} ")).is_empty());
    }

    #[test]
    fn ibans_spaced_after_the_country_or_wrapped_over_two_lines() {
        let iban = iban_make("IT", "X0542811101000000123456");
        let spaced = format!("{} {} {}", &iban[..2], &iban[2..4], &iban[4..]);
        assert_eq!(found(&spaced), vec![(Entity::Iban, spaced.as_str())]);
        let wrapped = format!("{}\n{}", &iban[..14], &iban[14..]);
        assert_eq!(
            found(&format!("IBAN:\n{wrapped}\nGrazie")),
            vec![(Entity::Iban, wrapped.as_str())]
        );
        // Words after "AT 71" are no Austrian IBAN, though "AT71CASTLESTREETCITY" has the
        // length and passes the sum: an account number is mostly digits.
        for text in [
            "meet me at 71 castle street city centre",
            "MEET ME AT 71 CASTLE STREET CITY CENTRE",
        ] {
            assert!(kinds(text).iter().all(|&e| e != Entity::Iban), "{text}");
        }
    }

    #[test]
    fn a_codice_fiscale_with_its_check_letter_apart_and_a_card_in_dotted_groups() {
        let cf = cf_complete("RSSMRA80A01H501");
        let grouped = format!(
            "{} {} {} {} {}",
            &cf[..3],
            &cf[3..6],
            &cf[6..11],
            &cf[11..15],
            &cf[15..]
        );
        assert_eq!(
            found(&grouped),
            vec![(Entity::ItCodiceFiscale, grouped.as_str())]
        );
        let card = luhn_complete("457225242881713");
        let dotted = format!(
            "{}.{}.{}.{}",
            &card[..4],
            &card[4..8],
            &card[8..12],
            &card[12..]
        );
        assert_eq!(
            found(&format!("card {dotted}")),
            vec![(Entity::Card, dotted.as_str())]
        );
        // An amount after the card's digits keeps them from being a card.
        assert!(found(&format!("{dotted}.50")).is_empty());
    }

    #[test]
    fn amka_needs_a_date_and_is_taken_unless_a_word_says_otherwise() {
        let amka = luhn_complete("2503851234");
        assert!(found(&format!("ordine {amka}")).is_empty());
        assert!(found(&format!("chiamami al {amka}")).is_empty());
        for grouped in [
            format!("{}-{}", &amka[..6], &amka[6..]),
            format!("{} {}", &amka[..6], &amka[6..]),
        ] {
            let text = format!("Kreikan sosiaaliturvatunnus: {grouped}");
            assert_eq!(found(&text), vec![(Entity::GrAmka, grouped.as_str())]);
        }
        for text in [
            amka.clone(),
            format!("ΑΜΚΑ: {amka}"),
            format!("ο Α.Μ.Κ.Α. μου είναι {amka}"),
            format!("amka {amka}"),
            format!("{amka} είναι το ΑΜΚΑ"),
        ] {
            assert_eq!(
                found(&text),
                vec![(Entity::GrAmka, amka.as_str())],
                "{text}"
            );
        }
        assert!(found(&format!("ΑΜΚΑ {}", bump_digit(&amka, 9))).is_empty());
        // 31 February with a valid Luhn digit.
        assert!(found(&format!("ΑΜΚΑ {}", luhn_complete("3102851234"))).is_empty());
    }

    #[test]
    fn ids_in_the_groups_they_are_printed_in() {
        let cf = cf_complete("RSSMRA85T10A562");
        let cf_grouped = format!("{} {} {} {}", &cf[..3], &cf[3..6], &cf[6..11], &cf[11..]);
        assert_eq!(
            found(&format!("CF: {cf_grouped}")),
            vec![(Entity::ItCodiceFiscale, cf_grouped.as_str())]
        );
        let afm = afm_complete("09401420");
        let dotted = format!("{}.{}.{}", &afm[..3], &afm[3..6], &afm[6..]);
        assert_eq!(
            found(&format!("AFM {dotted}.")),
            vec![(Entity::GrAfm, dotted.as_str())]
        );
        let cnp = cnp_complete("185010122114");
        let dashed = format!("{}-{}", &cnp[..7], &cnp[7..]);
        assert_eq!(found(&dashed), vec![(Entity::RoCnp, dashed.as_str())]);
        // A dotted amount is no card, a dotted date no id.
        assert!(found("totale 4111.1111.1111.1111,50").is_empty());
        // Nor is the tail of a dotted amount an AFM.
        let amount = format!("1.{}.{}.{}", &afm[..3], &afm[3..6], &afm[6..]);
        assert!(found(&amount).is_empty(), "{amount}");
        assert!(found("il 12.03.2026 alle 10.30").is_empty());
    }

    #[test]
    fn a_word_that_names_an_id_without_saying_which_lets_the_check_decide() {
        let afm = afm_complete("09401420");
        assert_eq!(kinds(&afm), [Entity::GrAfm]);
        assert!(found(&format!("discount code {afm}")).is_empty());
        // An order word after the id that labels a number of its own leaves the id alone.
        let cnp = cnp_complete("185010122114");
        assert_eq!(
            kinds(&format!("il mio CNP e {cnp} ordine 12345678 grazie")),
            [Entity::RoCnp]
        );
        assert!(found(&format!("{cnp} ordine")).is_empty());
        // Dialled abroad, nine digits in threes are a phone, not an AFM.
        assert!(found(&format!("+40 {} {} {}", &afm[..3], &afm[3..6], &afm[6..])).is_empty());
        assert!(found(&format!("(+40) {} {} {}", &afm[..3], &afm[3..6], &afm[6..])).is_empty());
        for text in [
            format!("my tax code is {afm}"),
            format!("veronumeroni on {afm}"),
            format!("numero fiscale greco: {afm}"),
        ] {
            assert_eq!(found(&text), vec![(Entity::GrAfm, afm.as_str())], "{text}");
        }
        // A `not` word inside a longer phrase of a kind names no order.
        let cnp = cnp_complete("185010122114");
        assert_eq!(kinds(&format!("CNP, personal code {cnp}")), [Entity::RoCnp]);
        // An id word with a number that passes two checks: the likelier kind, not a card.
        let both = cnp_complete("185010122020");
        assert!(luhn_ok(&digits(&both)), "{both} passes both checks");
        assert_eq!(kinds(&format!("personal code {both}")), [Entity::RoCnp]);
        // "it" and "el" in running text are no VAT prefixes.
        let piva = luhn_complete("0123456001");
        assert_eq!(kinds(&format!("send it {piva}")), [Entity::ItPartitaIva]);
        assert!(id_word_labels(&format!("AMKA: {afm}"), 6, 6 + afm.len()));
        assert!(id_word_labels(&format!("{afm} (P.IVA)"), 0, afm.len()));
        assert!(!id_word_labels(
            &format!("AMKA 1234, {afm}"),
            11,
            11 + afm.len()
        ));
        assert!(!id_word_labels(
            &format!("tel {afm}, my AFM"),
            4,
            4 + afm.len()
        ));
    }

    #[test]
    fn the_nearest_word_decides_between_amka_and_partita_iva() {
        // A date, office code 001 and a Luhn digit: valid as both.
        let both = luhn_complete("0101801001");
        assert!(amka_ok(&digits(&both)) && partita_iva_digits_ok(&digits(&both)));
        assert_eq!(kinds(&format!("ΑΜΚΑ {both}")), vec![Entity::GrAmka]);
        assert_eq!(kinds(&format!("P.IVA {both}")), vec![Entity::ItPartitaIva]);
        assert_eq!(
            kinds(&format!("partita IVA sì, ma l'AMKA è {both}")),
            vec![Entity::GrAmka]
        );
    }

    fn digits(s: &str) -> Vec<u8> {
        s.bytes().map(|b| b - b'0').collect()
    }

    #[test]
    fn a_word_far_before_the_number_does_not_take_its_kind_away() {
        let afm = afm_complete("09401420");
        let text = format!("AFM from the invoice we sent you, {afm}");
        assert_eq!(found(&text), vec![(Entity::GrAfm, afm.as_str())]);
        // Right before the number, the word does say what it is.
        assert!(found(&format!("AFM? No, invoice {afm}")).is_empty());
    }

    #[test]
    fn a_greek_vat_id_and_a_bare_afm() {
        let afm = afm_complete("09401420");
        assert_eq!(
            found(&format!("VAT: EL{afm}")),
            vec![(Entity::GrAfm, format!("EL{afm}").as_str())]
        );
        assert_eq!(kinds(&format!("Ορίστε: {afm}")), [Entity::GrAfm]);
        assert_eq!(kinds(&format!("here it is: {afm}")), [Entity::GrAfm]);
        // Not when a word says it is an order, nor after a phone word.
        assert!(found(&format!("Παραγγελία {afm}")).is_empty());
        assert!(found(&format!("chiamami al {afm}")).is_empty());
    }

    #[test]
    fn a_bare_amka_and_a_next_line_label_that_names_another_field() {
        // 15 March 1980, four digits, the Luhn digit.
        let amka = luhn_complete("1503801234");
        let got: Vec<Entity> = find(&format!("Ορίστε: {amka}"))
            .found
            .iter()
            .map(|f| f.entity)
            .collect();
        assert_eq!(got, [Entity::GrAmka]);
        let cnp = cnp_complete("180031540001");
        let form = format!("CNP: {cnp}\nPhone: +40 721 000 000");
        assert_eq!(found(&form), vec![(Entity::RoCnp, cnp.as_str())]);
    }

    #[test]
    fn ids_written_in_groups() {
        let amka = luhn_complete("1503801234");
        let (date, serial) = amka.split_at(6);
        for text in [
            format!("AMKA: {date} {serial}"),
            format!("ο ΑΜΚΑ μου είναι {date}-{serial}"),
        ] {
            let want = &text[text.len() - 12..];
            assert_eq!(found(&text), vec![(Entity::GrAmka, want)], "{text}");
        }
        let cnp = cnp_complete("180031540001");
        for grouped in [
            format!("{} {} {}", &cnp[..1], &cnp[1..7], &cnp[7..]),
            format!("{} {}", &cnp[..7], &cnp[7..]),
        ] {
            let text = format!("CNP-ul meu: {grouped}, mulțumesc");
            assert_eq!(
                found(&text),
                vec![(Entity::RoCnp, grouped.as_str())],
                "{text}"
            );
        }
        // A serial of the wrong length, or a failing check, is no id.
        assert!(found(&format!("AMKA {date} {}", &serial[..4])).is_empty());
        assert!(found(&format!("CNP {} {}", &cnp[..7], bump_digit(&cnp[7..], 0))).is_empty());
    }

    #[test]
    fn a_word_after_a_comma_names_something_else() {
        let piva = "01616580203";
        assert_eq!(
            found(&format!("partita iva: {piva}, fattura elettronica")),
            vec![(Entity::ItPartitaIva, piva)]
        );
    }

    #[test]
    fn a_mistyped_iban_hides_no_card() {
        // A valid Luhn number inside an IBAN whose check fails: neither is redacted as such,
        // and the IBAN-shaped span is reported so that phones keep out of it too.
        let scan = find("IBAN GR16 4111 1111 1111 1111 0000 000");
        assert!(scan.found.is_empty());
        assert_eq!(scan.mistyped.len(), 1);
    }

    #[test]
    fn afm_with_its_word_and_a_code_that_is_no_afm() {
        let afm = afm_complete("09401420");
        assert!(found(&format!("κωδικός έκπτωσης {afm}")).is_empty());
        assert!(found(&format!("codice sconto {afm}")).is_empty());
        for text in [
            format!("ΑΦΜ: {afm}"),
            format!("Ο Α.Φ.Μ. μου είναι {afm}, ευχαριστώ"),
            format!("afm {afm}"),
        ] {
            assert_eq!(found(&text), vec![(Entity::GrAfm, afm.as_str())], "{text}");
        }
        assert!(found(&format!("ΑΦΜ {}", bump_digit(&afm, 4))).is_empty());
        assert!(found("ΑΦΜ 000000000").is_empty());
    }

    #[test]
    fn cnp_by_structure_unless_another_word_is_nearer() {
        let cnp = cnp_complete("185010122114");
        let woman_2004 = cnp_complete("604022940012");
        for c in [cnp.as_str(), woman_2004.as_str()] {
            let text = format!("CNP-ul meu este {c}");
            assert_eq!(found(&text), vec![(Entity::RoCnp, c)], "{text}");
            assert_eq!(kinds(c), vec![Entity::RoCnp]);
        }
        assert!(found(&bump_digit(&cnp, 12)).is_empty());
        // 30 February, county 99, sex digit 0, serial 000.
        assert!(found(&cnp_complete("185023022114")).is_empty());
        assert!(found(&cnp_complete("185010199114")).is_empty());
        assert!(found(&cnp_complete("085010122114")).is_empty());
        assert!(found(&cnp_complete("185010122000")).is_empty());
        // 29 February only in leap years.
        assert_eq!(kinds(&cnp_complete("500022912345")), vec![Entity::RoCnp]);
        assert!(found(&cnp_complete("501022912345")).is_empty());
        // A barcode named as such is left alone, unless the CNP word is nearer.
        assert!(found(&format!("EAN {cnp}")).is_empty());
        assert!(found(&format!("numărul comenzii {cnp}")).is_empty());
        assert_eq!(
            kinds(&format!("comanda mea, CNP {cnp}")),
            vec![Entity::RoCnp]
        );
    }

    #[test]
    fn henkilotunnus_with_every_century_sign() {
        for (date, sign) in [
            ("131052", '-'),
            ("010199", 'Y'),
            ("311299", 'X'),
            ("150650", 'W'),
            ("020270", 'V'),
            ("050580", 'U'),
            ("010105", 'A'),
            ("290204", 'B'),
            ("101010", 'F'),
            ("120388", '+'),
        ] {
            let hetu = hetu_complete(date, sign, "234");
            let text = format!("Henkilötunnukseni on {hetu}.");
            assert_eq!(
                found(&text),
                vec![(Entity::FiHetu, hetu.as_str())],
                "{text}"
            );
        }
        assert_eq!(kinds("131052-308t"), vec![Entity::FiHetu]);
        assert!(found("131052-308U").is_empty());
        assert!(found("131052-309T").is_empty());
        // 29 February 1900 (not a leap year), individual number 001, day 32.
        assert!(found(&hetu_complete("290200", '-', "234")).is_empty());
        assert!(found(&hetu_complete("131052", '-', "001")).is_empty());
        assert!(found(&hetu_complete("321052", '-', "234")).is_empty());
    }

    #[test]
    fn prices_dates_phones_and_codes_are_left_alone() {
        let card = "4111111111111111";
        let afm = afm_complete("09401420");
        for text in [
            "Totale ordine: 1.299,00 € (IVA inclusa)".to_string(),
            "Σύνολο παραγγελίας 12.345.678,90 €, ΑΦΜ εταιρείας".to_string(),
            "consegna il 2024-03-15 o il 15/03/2024".to_string(),
            "chiamami al +39 333 1234567 oppure 0039 02 12345678".to_string(),
            "τηλ. +30 210 1234567, κινητό 6912345678".to_string(),
            "puhelin +358 40 1234567".to_string(),
            format!("codice prodotto SKU-{card}"),
            format!("order {card}-A"),
            format!("prezzo {card}.50 euro"),
            format!("ref {card}x"),
            "tracking 1Z999AA10123456784 and 9400 1000 0000 0000 0000 00".to_string(),
            format!("ΑΦΜ {afm}.123"),
            format!("ΑΦΜ 12:{afm}"),
            format!("+{}", cnp_complete("185010122114")),
            format!(
                "https://shop.example/item?id={}",
                cnp_complete("185010122114")
            ),
        ] {
            assert!(found(&text).is_empty(), "{text}: {:?}", found(&text));
        }
    }

    #[test]
    fn spans_land_on_the_right_bytes_among_non_ascii_text() {
        let afm = afm_complete("09401420");
        let cnp = cnp_complete("285010122114");
        let text = format!(
            "Γεια σας! Ο ΑΦΜ μου είναι {afm} — și CNP-ul meu: {cnp}, mulțumesc. \
             Kortti: 4111 1111 1111 1111 ✓ hetu 131052-308T ökö"
        );
        let got = found(&text);
        assert_eq!(
            got,
            vec![
                (Entity::GrAfm, afm.as_str()),
                (Entity::RoCnp, cnp.as_str()),
                (Entity::Card, "4111 1111 1111 1111"),
                (Entity::FiHetu, "131052-308T"),
            ]
        );
        for f in find(&text).found {
            assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        }
    }

    #[test]
    fn context_words_file_parses_with_provenance() {
        let data = include_str!("../data/context_words.txt");
        assert!(data.contains("# source: written by the tact team"));
        assert!(data.contains("# licence: Apache-2.0"));
        for line in data
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        {
            let (kind, phrase) = line.split_once(':').expect("kind: phrase");
            assert!(
                matches!(kind.trim(), "id" | "for") || word_kind(kind.trim()).is_some(),
                "unknown kind in {line:?}"
            );
            assert!(!phrase.trim().is_empty(), "empty phrase in {line:?}");
        }
        for kind in [
            Entity::Iban,
            Entity::Card,
            Entity::ItCodiceFiscale,
            Entity::ItPartitaIva,
            Entity::GrAmka,
            Entity::GrAfm,
            Entity::RoCnp,
            Entity::FiHetu,
        ] {
            let listed = |slot| WORDS.phrases.iter().any(|(s, _)| *s == slot);
            assert!(listed(Slot::Kind(Some(kind))), "{kind:?}");
        }
        assert!(WORDS.phrases.iter().any(|(s, _)| *s == Slot::Kind(None)));
        let lengths = include_str!("../data/iban_lengths.txt");
        assert!(lengths.contains("# source:") && lengths.contains("# licence: Apache-2.0"));
        let eu_eea = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO";
        for cc in eu_eea.split(' ') {
            let cc: [u8; 2] = cc.as_bytes().try_into().expect("two letters");
            assert!(IBAN_LENGTHS.contains_key(&cc));
        }
        assert_eq!(
            IBAN_LENGTHS.len(),
            lengths.lines().filter(|l| !l.starts_with('#')).count()
        );
    }

    fn check_spans(s: &str) {
        let got = find(s).found;
        for f in &got {
            assert!(f.start < f.end && f.end <= s.len());
            assert!(s.is_char_boundary(f.start) && s.is_char_boundary(f.end));
            assert!(f.entity.has_check_digits());
        }
        assert!(got.windows(2).all(|w| w[0].start <= w[1].start));
    }

    proptest! {
        #[test]
        fn arbitrary_text_never_panics(s in "\\PC*") {
            check_spans(&s);
        }

        #[test]
        fn number_like_text_never_panics(s in "[0-9 \\-+.,:/A-Za-zΑΦΜαμκάșț€✓]{0,120}") {
            check_spans(&s);
        }
    }
}
