//! Contact data: phone numbers, e-mail addresses, links that point at a person or an account,
//! and IP addresses. These carry no check digit, so each is found by its shape and then
//! confirmed another way: phones by libphonenumber's metadata (the `phonenumber` crate), which
//! knows every country's number plan, so no per-country pattern is written here; links by what
//! their path and query carry; IPs by their octets and groups.
//!
//! Phones: a run of digits with single separators (space, dot, dash, slash, parentheses, a
//! leading `+` or `00`) is a candidate; it must have 7 to 15 digits, must not touch letters,
//! digits or the punctuation of a longer number (`1.299,00`, `IT60X054…`, `/p/123`), and must
//! not be shaped like a date. A candidate with an international prefix is valid or not on its
//! own. Without one, it is tried in the countries of the conversation's language first
//! (`it`→IT, `el`→GR, `ro`→RO, `fi`→FI, `en`→GB, IE, US); the other countries are tried when the
//! number is written with separators or a phone word stands before it (`data/phone_words.txt`),
//! because a bare run of ten digits is as often an order number as a foreign phone. In the
//! countries whose own numbers are dialled with a trunk 0 (UK, Ireland, Finland, Romania), a
//! number without it is not theirs unless a phone word says so. A reference word before it
//! (order, fattura, παραγγελία, …) or a word that names an id (AMKA, P.IVA, tax number) leaves
//! it alone. When a candidate holds more than one number, its groups are tried from the
//! longest run down. National numbers are parsed in their international writing, because the
//! crate reads leading digits equal to the country code as that code ("393 …" in Italy).
//!
//! Links: only links that carry personal data are found: user info (`user:pass@`), a query or
//! fragment key that names a person, account or token (`?email=`, `?token=`, `fbclid`), any
//! value holding an `@` or a token, a path segment after a marker (`/u/…`, `/profile/…`,
//! `/unsubscribe/…`), a segment starting with `@`, a token-like segment (a UUID, or 16+ letters
//! and digits mixed), or any path on a social network host (`instagram.com/name`). Homepages,
//! product pages, articles and searches stay: they say nothing about the customer, and keeping
//! them keeps a conversation readable. The words are in `data/url_words.txt`.
//!
//! IPs: IPv4 with four octets of 0–255 (no leading zeros, so `01.02.2026` and versions like
//! `1.2.3` are not taken), not part of a longer dotted number; IPv6 as std parses it, with at
//! least two groups written (so `::` and `::1` stay).

use crate::{phone_metadata, Context, Entity, Found};
use phonenumber::country::Id;
use phonenumber::metadata::Database;
use phonenumber::{Mode, PhoneNumber};
use regex::Regex;
use std::net::Ipv6Addr;
use std::sync::OnceLock;

pub(crate) fn find(text: &str, cx: &Context<'_>) -> Vec<Found> {
    let mut out = Vec::new();
    emails(text, &mut out);
    // Each pattern below needs a mark that most turns lack; looking for the mark first keeps
    // the patterns off plain prose.
    if has_url_mark(text) {
        urls(text, &mut out);
    }
    let digits = text.bytes().filter(u8::is_ascii_digit).count();
    // An IPv4 address joins four numbers with three dots.
    let dotted = text
        .as_bytes()
        .windows(3)
        .filter(|w| w[1] == b'.' && w[0].is_ascii_digit() && w[2].is_ascii_digit())
        .nth(2)
        .is_some();
    if dotted {
        ipv4s(text, &mut out);
    }
    if digits >= SHORTEST_NUMBER {
        phones(text, cx, &mut out);
    }
    // An IPv6 address has eight groups, or fewer and a `::` (the parse below checks it).
    if text.contains("::") || text.bytes().filter(|&b| b == b':').nth(6).is_some() {
        ipv6s(text, &mut out);
    }
    out
}

/// What every URL the pattern takes starts with: `://` or `www.` in any case.
fn has_url_mark(text: &str) -> bool {
    text.contains("://")
        || text
            .match_indices('.')
            .any(|(at, _)| at >= 3 && text.as_bytes()[at - 3..at].eq_ignore_ascii_case(b"www"))
}

struct Patterns {
    phone: Regex,
    date: Regex,
    email: Regex,
    url: Regex,
    ipv4: Regex,
    ipv6: Regex,
    uuid: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let re = |s: &str| Regex::new(s).unwrap_or_else(|e| panic!("contact pattern {s}: {e}"));
        Patterns {
            // A group of digits, then groups joined by one separator: " ", " - ", ".", "/",
            // ") ", " (". Parentheses are checked for balance afterwards.
            phone: re(r"(?:\+|\(\+?)?\d+(?:(?:[ \u{a0}]?[.\-/\u{2013}][ \u{a0}]?|[ \u{a0}]|\)[ \u{a0}.\-/]?|[ \u{a0}]?\()\d+)*"),
            // Dates, and spans of clock times ("11.45–14.45"): never phones.
            date: re(r"^(?:\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2})|\d{4}[./\-]\d{1,2}[./\-]\d{1,2}|\d{1,2}[.:]\d{2} ?[\-\u{2013}] ?\d{1,2}[.:]\d{2})$"),
            email: re(r"[\p{L}\p{N}_%+\-]+(?:\.[\p{L}\p{N}_%+\-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?\.)+\p{L}(?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?"),
            url: re(r#"(?i)\b(?:https?://|ftp://|www\.)[^\s<>"'`\[\]{}|\\^]+"#),
            ipv4: re(r"\d{1,3}(?:\.\d{1,3}){3}"),
            ipv6: re(r"(?i)[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:(?:\.\d{1,3}){3})?"),
            uuid: re(r"(?i)^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
        }
    })
}

/// Sections of a word list in `data/`: `[name]` headers, `#` comments.
fn sections(src: &'static str) -> Vec<(&'static str, Vec<&'static str>)> {
    let mut out: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
    for line in src.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            out.push((name, Vec::new()));
        } else if let Some((_, words)) = out.last_mut() {
            words.push(line);
        }
    }
    out
}

fn section(all: &[(&'static str, Vec<&'static str>)], name: &str) -> Vec<String> {
    all.iter()
        .filter(|(n, _)| *n == name)
        .flat_map(|(_, w)| w.iter().map(|w| w.to_lowercase()))
        .collect()
}

struct Words {
    /// The phone and reference words by their first byte, phone words first.
    labels: Vec<Vec<(String, Label)>>,
    query_keys: Vec<String>,
    path_markers: Vec<String>,
    speakers: Vec<String>,
    social_hosts: Vec<String>,
}

/// The words of `[speaker]` (who speaks in a transcript), lower case, for the name recogniser
/// too: "Cliente: Anna Rossi" is an answer, "Product: Aurora Lamp" is not.
pub(crate) fn speaker_words() -> &'static [String] {
    &words().speakers
}

/// The one-word phone and reference labels ("tel", "cell", "puh", "order"), for the name
/// recogniser: a field's name is never a person's.
pub(crate) fn label_words() -> impl Iterator<Item = &'static str> {
    words()
        .labels
        .iter()
        .flatten()
        .map(|(w, _)| w.trim_end_matches(['.', ':', '_']))
        .filter(|w| !w.is_empty() && !w.contains(' '))
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| {
        let phone = sections(include_str!("../data/phone_words.txt"));
        let url = sections(include_str!("../data/url_words.txt"));
        let (phone_words, not_phone) = (section(&phone, "phone"), section(&phone, "not_phone"));
        let mut labels = vec![Vec::new(); 256];
        for (list, label) in [(&phone_words, Label::Phone), (&not_phone, Label::NotPhone)] {
            for w in list {
                if let Some(&b) = w.as_bytes().first() {
                    labels[usize::from(b)].push((w.clone(), label));
                }
            }
        }
        Words {
            labels,
            query_keys: section(&url, "query_keys"),
            path_markers: section(&url, "path_markers"),
            speakers: section(&phone, "speaker"),
            social_hosts: section(&url, "social_hosts"),
        }
    })
}

fn char_before(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

fn char_after(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

// ---------------------------------------------------------------------------------- e-mail

fn emails(text: &str, out: &mut Vec<Found>) {
    // The pattern is slow over plain prose: it runs only on the word around each `@`.
    let part = |c: char| c.is_alphanumeric() || "._%+-".contains(c);
    let mut from = 0;
    for (at, _) in text.match_indices('@') {
        if at < from {
            continue;
        }
        let start = text[..at]
            .char_indices()
            .rev()
            .find(|&(_, c)| !part(c))
            .map_or(0, |(i, c)| i + c.len_utf8())
            .max(from);
        let stop = text[at + 1..]
            .char_indices()
            .find(|&(_, c)| !part(c))
            .map_or(text.len(), |(i, _)| at + 1 + i);
        let Some(m) = patterns().email.find(&text[start..stop]) else {
            continue;
        };
        let end = start + m.end();
        // The next address may start right after this one ("a@b.it%c@d.it"): what follows
        // this match is not used up with it.
        from = end;
        // The pattern stops at a letter or digit; a following `-` or `.`+letter would mean the
        // domain went on in a shape the pattern refused, so the address is not a whole one.
        if char_after(text, end).is_some_and(|c| c == '-' || c == '@') {
            continue;
        }
        out.push(Found {
            entity: Entity::Email,
            start: start + m.start(),
            end,
        });
    }
}

// ------------------------------------------------------------------------------------- URL

fn urls(text: &str, out: &mut Vec<Found>) {
    for m in patterns().url.find_iter(text) {
        let raw = trim_url(m.as_str());
        if !raw.is_empty() && url_is_personal(raw) {
            out.push(Found {
                entity: Entity::Url,
                start: m.start(),
                end: m.start() + raw.len(),
            });
        }
    }
}

/// Sentence punctuation after a link, and a closing bracket that the link did not open.
fn trim_url(mut s: &str) -> &str {
    loop {
        let Some(last) = s.chars().next_back() else {
            return s;
        };
        let strip = match last {
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '"' | '»' | '…' => true,
            ')' => s.matches('(').count() < s.matches(')').count(),
            _ => false,
        };
        if !strip {
            return s;
        }
        s = &s[..s.len() - last.len_utf8()];
    }
}

fn url_is_personal(url: &str) -> bool {
    let w = words();
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    if authority.contains('@') {
        return true;
    }
    let host = authority.split(':').next().unwrap_or("").to_lowercase();
    let host = host
        .strip_prefix("www.")
        .or_else(|| host.strip_prefix("m."))
        .unwrap_or(&host);
    let (path, params) = match tail.find(['?', '#']) {
        Some(i) => tail.split_at(i),
        None => (tail, ""),
    };
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    if w.social_hosts.iter().any(|h| h == host) && !segments.is_empty() {
        return true;
    }
    for (i, seg) in segments.iter().enumerate() {
        let lower = seg.to_lowercase();
        if seg.starts_with('@') || seg.starts_with("%40") || looks_like_token(seg) {
            return true;
        }
        if i + 1 < segments.len() && w.path_markers.contains(&lower) {
            return true;
        }
    }
    for pair in params[1.min(params.len())..].split(['&', '#', ';']) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        if value.is_empty() {
            continue;
        }
        let key = key.to_lowercase();
        if w.query_keys.contains(&key)
            || value.contains('@')
            || value.contains("%40")
            || looks_like_token(value)
        {
            return true;
        }
    }
    false
}

/// A UUID, or 16+ characters of letters and digits mixed: session ids, reset and tracking
/// tokens. Product slugs (`scarpe-running-42`) and short codes (`B08N5WRWNW`) are not.
fn looks_like_token(s: &str) -> bool {
    if patterns().uuid.is_match(s) {
        return true;
    }
    s.len() >= 16
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b == b'%')
        && s.bytes().filter(u8::is_ascii_digit).count() >= 2
        && s.bytes().filter(u8::is_ascii_alphabetic).count() >= 2
}

// -------------------------------------------------------------------------------------- IP

fn ipv4s(text: &str, out: &mut Vec<Found>) {
    for m in patterns().ipv4.find_iter(text) {
        let (start, end) = (m.start(), m.end());
        let touches_number = |c: Option<char>, next: Option<char>| {
            c.is_some_and(is_word) || (c == Some('.') && next.is_some_and(|n| n.is_ascii_digit()))
        };
        let before = char_before(text, start);
        let before2 = before.and_then(|c| char_before(text, start - c.len_utf8()));
        let after = char_after(text, end);
        let after2 = after.and_then(|c| char_after(text, end + c.len_utf8()));
        if touches_number(before, before2) || touches_number(after, after2) {
            continue;
        }
        let octets_ok = m
            .as_str()
            .split('.')
            .all(|o| (o.len() == 1 || !o.starts_with('0')) && o.parse::<u8>().is_ok());
        if octets_ok {
            out.push(Found {
                entity: Entity::Ip,
                start,
                end,
            });
        }
    }
}

fn ipv6s(text: &str, out: &mut Vec<Found>) {
    for m in patterns().ipv6.find_iter(text) {
        let (start, end) = (m.start(), m.end());
        let bad_edge = |c: Option<char>| c.is_some_and(|c| is_word(c) || c == ':' || c == '.');
        let after = char_after(text, end);
        let after2 = after.and_then(|c| char_after(text, end + c.len_utf8()));
        let runs_on = bad_edge(after) && (after != Some('.') || after2.is_some_and(is_word));
        if bad_edge(char_before(text, start)) || runs_on {
            continue;
        }
        let s = m.as_str();
        let groups = s.split(':').filter(|g| !g.is_empty()).count();
        if groups >= 2 && s.parse::<Ipv6Addr>().is_ok() {
            out.push(Found {
                entity: Entity::Ip,
                start,
                end,
            });
        }
    }
}

// ----------------------------------------------------------------------------------- phone

/// Builds the phone databases of the countries tried without an international prefix.
pub(crate) fn warm_up() {
    for r in ALL_REGIONS {
        phone_metadata::for_region(r);
    }
}

/// Digits of the shortest number any of [`ALL_REGIONS`] allows (Finland's service numbers).
const SHORTEST_NUMBER: usize = 5;

const ALL_REGIONS: [Id; 7] = [Id::IT, Id::GR, Id::RO, Id::FI, Id::GB, Id::IE, Id::US];

/// The countries whose numbers a conversation in `lang` most likely holds.
fn lang_regions(lang: Option<&str>) -> &'static [Id] {
    let code = lang
        .unwrap_or("")
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match code.as_str() {
        "it" => &[Id::IT],
        "el" | "gr" => &[Id::GR],
        "ro" => &[Id::RO],
        "fi" => &[Id::FI],
        "en" => &[Id::GB, Id::IE, Id::US],
        _ => &[],
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Label {
    Phone,
    NotPhone,
    None,
}

/// Digit groups of a candidate: byte ranges in the text.
fn digit_groups(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut groups = Vec::new();
    let bytes = text.as_bytes();
    let mut i = start;
    while i < end {
        if bytes[i].is_ascii_digit() {
            let s = i;
            while i < end && bytes[i].is_ascii_digit() {
                i += 1;
            }
            groups.push((s, i));
        } else {
            i += 1;
        }
    }
    groups
}

fn phones(text: &str, cx: &Context<'_>, out: &mut Vec<Found>) {
    let mut labels = Labels::default();
    for m in patterns().phone.find_iter(text) {
        let groups = digit_groups(text, m.start(), m.end());
        if card_layout(text, m.start(), &groups) {
            continue;
        }
        // ` / ` between groups separates two numbers (`333 1234567 / 02 12345678`).
        let mut from = 0;
        for k in 1..=groups.len() {
            let hard_break = k == groups.len() || {
                let gap = &text[groups[k - 1].1..groups[k].0];
                gap.contains('/') && gap.contains([' ', '\u{a0}'])
            };
            if hard_break {
                phones_in_groups(text, m.start(), &groups[from..k], cx, &mut labels, out);
                from = k;
            }
        }
    }
}

/// Four or more groups of four digits (or an Amex's 4-6-5), not dialled abroad: the way cards
/// and account numbers are printed, never phone numbers. Such a run is a card whose check
/// failed, not a phone hidden in it.
fn card_layout(text: &str, start: usize, groups: &[(usize, usize)]) -> bool {
    let run = &text[start..];
    let dialled = run.starts_with('+') || run.starts_with("(+") || run.starts_with("00");
    let sizes: Vec<usize> = groups.iter().map(|(s, e)| e - s).collect();
    // 4-4-4-4…, or an Amex's 4-6-5.
    let card = (sizes.len() >= 4 && sizes[..4].iter().all(|&n| n == 4)) || sizes == [4, 6, 5];
    !dialled && card
}

/// First the runs of groups written the way the number's own country groups it (`3 333 123
/// 4567` holds `333 123 4567`); when none is, the whole run if it is valid as written
/// (`09 1234 567`).
fn phones_in_groups(
    text: &str,
    floor: usize,
    groups: &[(usize, usize)],
    cx: &Context<'_>,
    labels: &mut Labels,
    out: &mut Vec<Found>,
) {
    // At most this many groups are tried together: no phone is written in more.
    const MAX_GROUPS: usize = 8;
    let before = out.len();
    let mut i = 0;
    'outer: while i < groups.len() {
        let last = (i + MAX_GROUPS).min(groups.len());
        for j in (i..last).rev() {
            let digits: usize = groups[i..=j].iter().map(|(s, e)| e - s).sum();
            if !(7..=17).contains(&digits) {
                continue;
            }
            if let Some((s, e)) = phone_span(text, floor, groups[i].0, groups[j].1) {
                if is_phone(text, s, e, cx, labels, true) {
                    out.push(Found {
                        entity: Entity::Phone,
                        start: s,
                        end: e,
                    });
                    i = j + 1;
                    continue 'outer;
                }
            }
        }
        i += 1;
    }
    if out.len() > before || groups.is_empty() || groups.len() > MAX_GROUPS {
        return;
    }
    if let Some((s, e)) = phone_span(text, floor, groups[0].0, groups[groups.len() - 1].1) {
        if is_phone(text, s, e, cx, labels, false) {
            out.push(Found {
                entity: Entity::Phone,
                start: s,
                end: e,
            });
        }
    }
}

/// The span of the groups from `first` to `last`, with a `+`, `(` or `(+` before the first
/// group and the `)` that closes it; `None` when parentheses do not pair up.
fn phone_span(text: &str, floor: usize, first: usize, last: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut s = first;
    while s > floor && matches!(bytes[s - 1], b'+' | b'(') {
        s -= 1;
    }
    let mut e = last;
    let opens = bytes[s..e].iter().filter(|&&b| b == b'(').count();
    let closes = bytes[s..e].iter().filter(|&&b| b == b')').count();
    if opens == closes + 1 && bytes.get(e) == Some(&b')') {
        e += 1;
    } else if opens != closes {
        return None;
    }
    Some((s, e))
}

/// The labels before the candidates of one text, by position: the runs of groups tried in
/// [`phones_in_groups`] mostly start where the one before did.
#[derive(Default)]
struct Labels(std::collections::HashMap<usize, Label>);

impl Labels {
    fn before(&mut self, text: &str, at: usize) -> Label {
        *self.0.entry(at).or_insert_with(|| label_before(text, at))
    }
}

fn is_phone(
    text: &str,
    s: usize,
    e: usize,
    cx: &Context<'_>,
    labels: &mut Labels,
    strict: bool,
) -> bool {
    let span = &text[s..e];
    let digits: String = span.chars().filter(char::is_ascii_digit).collect();
    // Most candidates are short numbers ("12", "2026"): no plan allows them.
    if digits.len() < SHORTEST_NUMBER || !edges_clear(text, s, e) || patterns().date.is_match(span)
    {
        return false;
    }
    let plus = span.trim_start_matches('(').starts_with('+');
    let idd = !plus && span.trim_start_matches('(').starts_with("00");
    let grouped_as_written = |n: &Valid, mode: Mode| !strict || grouping_matches(span, n, mode);
    if plus || idd {
        let national = if idd { &digits[2..] } else { &digits[..] };
        // The digits alone: `+44 (0)20 …` keeps its trunk zero and is still read right.
        return parse_valid(None, &format!("+{national}"))
            .is_some_and(|n| grouped_as_written(&n, Mode::International));
    }
    if digits.len() > 12 {
        return false;
    }
    let label = labels.before(text, s);
    if label == Label::NotPhone {
        return false;
    }
    if !strict && label != Label::Phone && reference_groups(span) {
        return false;
    }
    // Numbers of five or six digits are postcodes, amounts and codes far more often than
    // service numbers, unless a label says phone.
    if digits.len() < 7 && label != Label::Phone {
        return false;
    }
    // "…, 148 - 10142 Torino": a house number and a postcode before a city.
    if label != Label::Phone && house_and_postcode(text, s, e) {
        return false;
    }
    if is_price(text, s, e) || year_reference(span) || after_vat_prefix(text, s) {
        return false;
    }
    let home = lang_regions(cx.lang);
    let written_as_phone = span.len() > digits.len() || label == Label::Phone;
    // Where numbers dialled at home start with a trunk prefix (0 in the UK, Ireland, Finland,
    // Romania), people write it: "520617112" is no Irish number, "052 061 7112" is.
    let dialled_at_home = |r: Id| {
        label == Label::Phone
            || plan(r)
                .and_then(|p| p.national_prefix.as_deref())
                .is_none_or(|prefix| prefix != "0" || digits.starts_with('0'))
    };
    let valid = home
        .iter()
        .copied()
        .chain(
            ALL_REGIONS
                .into_iter()
                .filter(|r| !home.contains(r))
                // Bare runs of ten digits are US numbers as often as order numbers: only when
                // written like a phone, or when the language says nothing and it is not the US.
                .filter(|&r| written_as_phone || (home.is_empty() && r != Id::US)),
        )
        .filter(|&r| dialled_at_home(r))
        .filter_map(|r| parse_valid(Some(r), &digits))
        .any(|n| grouped_as_written(&n, Mode::National));
    // "AMKA: 050969-51759", "IT 086 314 807 49 (P.IVA)": a number an id word names is that id,
    // mistyped when its check failed, not a phone. Asked last: most candidates are no valid
    // number anywhere.
    valid && (label == Label::Phone || !crate::checksum::id_word_labels(text, s, e))
}

/// Whether a run ends in a five-digit group right before a word: a house number and a
/// postcode before the city (Italy, Greece, Finland, Romania's six digits aside). The city is
/// capitalised, or in a lower-case message the run is just two groups, the house number short.
fn house_and_postcode(text: &str, s: usize, e: usize) -> bool {
    let groups = digit_strings(&text[s..e]);
    let mut after = text[e..].chars();
    let (Some(last), Some(' '), Some(word)) = (groups.last(), after.next(), after.next()) else {
        return false;
    };
    // Area codes start with 0, house numbers never do: "0577 12345 Grazie" stays a phone.
    last.len() == 5
        && groups.len() >= 2
        && !groups[0].starts_with('0')
        && word.is_alphabetic()
        && (word.is_uppercase() || (groups.len() == 2 && groups[0].len() <= 4))
}

/// Digit groups joined by dashes or slashes the way case, return and reference numbers are,
/// and phones are not: a last group of one or two digits ("4350-4605-67"), one or two digits
/// then one long group ("1-45404537", "26-380455"), a year first ("2026/058271"), or groups
/// of four only ("0276-7074-0541"), with no space between any two. "2810-350770",
/// "1-212-555-0120" and "040-123 45 67" are phones.
fn reference_groups(span: &str) -> bool {
    // Spaces between groups are how phones are written ("040-123 45 67", "06/123 45 67").
    if !span.contains(['-', '/', '\u{2013}']) || span.contains([' ', '\u{a0}']) {
        return false;
    }
    let groups = digit_strings(span);
    let [first, .., last] = groups[..] else {
        return false;
    };
    last.len() <= 2
        || (groups.len() == 2 && first.len() <= 2 && !first.starts_with('0'))
        || (is_year(first) && span.contains('/'))
        || (groups.len() >= 3 && groups.iter().all(|g| g.len() == 4))
}

/// "IT 04836190398", "EL 123456780": a VAT prefix in capitals before the number makes it a
/// VAT id, mistyped when its check failed, not a phone.
fn after_vat_prefix(text: &str, s: usize) -> bool {
    let head = text[..s].strip_suffix(' ').unwrap_or(&text[..s]);
    ["IT", "EL", "GR"].iter().any(|p| {
        head.strip_suffix(p)
            .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric()))
    })
}

/// The runs of digits in `span`, in order.
fn digit_strings(span: &str) -> Vec<&str> {
    span.split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect()
}

/// Four digits of a year from 1900 to 2099.
fn is_year(s: &str) -> bool {
    s.len() == 4
        && (s.starts_with("19") || s.starts_with("20"))
        && s.bytes().all(|b| b.is_ascii_digit())
}

/// "2025-032700": a year and a serial joined by a dash, the way returns, cases and invoices
/// are numbered.
fn year_reference(span: &str) -> bool {
    let Some((year, rest)) = span.split_once('-') else {
        return false;
    };
    is_year(year) && !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit())
}

/// A price: a currency sign right before the number, or two decimals after its only point
/// ("£827.99", "482.50").
fn is_price(text: &str, s: usize, e: usize) -> bool {
    let before = char_before(text, s).unwrap_or(' ');
    let span = &text[s..e];
    // One point, two digits after it: "827.99", not "021.219.90.90".
    let cents = span.len() > 3
        && span.as_bytes()[span.len() - 3] == b'.'
        && span.matches('.').count() == 1
        && span[span.len() - 2..].bytes().all(|b| b.is_ascii_digit())
        && !span.contains(' ');
    "£$€¥".contains(before) || cents
}

/// A valid number and the database that read it (formatting it needs the same one).
type Valid = (PhoneNumber, &'static Database);

fn parse_valid(region: Option<Id>, number: &str) -> Option<Valid> {
    if let Some(r) = region {
        if !possible_length(r, number) {
            return None;
        }
    }
    // A national number is parsed in its international writing: given a region, the crate
    // takes leading digits equal to the country code for the code itself, so Italy's
    // "393 404 5422" would be read as "+39 3404 5422" and fail.
    let international = region.and_then(plan).map(|p| {
        let national = p
            .national_prefix
            .as_deref()
            .and_then(|prefix| number.strip_prefix(prefix))
            .unwrap_or(number);
        (p.country_code, format!("+{}{national}", p.country_code))
    });
    let (db, parsed) = match (international, region) {
        (Some((code, n)), _) => {
            let db = phone_metadata::for_code(code)?;
            (db, phonenumber::parse_with(db, None, &n))
        }
        (None, Some(r)) => {
            let db = phone_metadata::for_region(r)?;
            (db, phonenumber::parse_with(db, Some(r), number))
        }
        (None, None) => {
            let db = phone_metadata::for_international(number)?;
            (db, phonenumber::parse_with(db, None, number))
        }
    };
    parsed
        .ok()
        .filter(|n| phonenumber::is_valid_with(db, n))
        .map(|n| (n, db))
}

/// Whether `digits` (national writing) has a length the country's plan allows, from the same
/// metadata: parsing is slow when the countries alternate, and most candidates fail here.
fn possible_length(region: Id, digits: &str) -> bool {
    if !ALL_REGIONS.contains(&region) {
        return plan_lengths(region).is_none_or(|p| p.allows(digits));
    }
    plan(region).is_none_or(|p| p.allows(digits))
}

/// The plan of one of [`ALL_REGIONS`], read once.
fn plan(region: Id) -> Option<&'static Plan> {
    static PLANS: OnceLock<Vec<Option<Plan>>> = OnceLock::new();
    let i = ALL_REGIONS.iter().position(|&r| r == region)?;
    PLANS
        .get_or_init(|| ALL_REGIONS.iter().map(|&r| plan_lengths(r)).collect())
        .get(i)
        .and_then(Option::as_ref)
}

/// The lengths a country's numbers may have, and its national prefix.
struct Plan {
    lengths: Vec<u16>,
    national_prefix: Option<String>,
    country_code: u16,
}

impl Plan {
    fn allows(&self, digits: &str) -> bool {
        let national = self
            .national_prefix
            .as_deref()
            .and_then(|p| digits.strip_prefix(p))
            .unwrap_or(digits);
        [digits.len(), national.len()]
            .iter()
            .any(|&n| u16::try_from(n).is_ok_and(|n| self.lengths.contains(&n)))
    }
}

/// `None` when the metadata says nothing about lengths: every length is then allowed.
fn plan_lengths(region: Id) -> Option<Plan> {
    let meta = phone_metadata::for_region(region)?.by_id(region.as_ref())?;
    let d = meta.descriptors();
    let lengths: Vec<u16> = [
        Some(d.general()),
        d.fixed_line(),
        d.mobile(),
        d.toll_free(),
        d.premium_rate(),
        d.shared_cost(),
        d.personal_number(),
        d.voip(),
        d.uan(),
    ]
    .into_iter()
    .flatten()
    .flat_map(|d| d.possible_length().iter().copied())
    .collect();
    if lengths.is_empty() {
        return None;
    }
    Some(Plan {
        lengths,
        national_prefix: meta.national_prefix().map(str::to_string),
        country_code: meta.country_code(),
    })
}

#[cfg(test)]
fn valid(region: Option<Id>, number: &str) -> bool {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    parse_valid(region, &digits).is_some()
}

/// Each group of digits as written is one or more whole groups of the number's own format:
/// `333 1234567` and `333.123.4567` agree with `333 123 4567`, `3 333 123 4567` does not.
/// A leading `00` is read as the `+`, a `(0)` after the country code is skipped.
fn grouping_matches(span: &str, n: &Valid, mode: Mode) -> bool {
    let Some(formatted) = formatted(n, mode) else {
        return false;
    };
    let own = formatted
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty());
    let span = span.replace("(0)", "");
    let mut written = span
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .peekable();
    let mut first = true;
    let mut pending = String::new();
    let mut want: Option<&str> = None;
    for g in own {
        if want.is_none() {
            let Some(mut w) = written.next() else {
                return false;
            };
            if first && mode == Mode::International && span.starts_with("00") {
                w = &w[2..];
                if w.is_empty() {
                    match written.next() {
                        Some(next) => w = next,
                        None => return false,
                    }
                }
            }
            first = false;
            want = Some(w);
        }
        pending.push_str(g);
        let w = want.unwrap_or("");
        if pending == w {
            pending.clear();
            want = None;
        } else if !w.starts_with(pending.as_str()) {
            return false;
        }
    }
    want.is_none() && written.peek().is_none()
}

/// The number as libphonenumber writes it, nationally or internationally (the crate's
/// formatter, on the database that read the number). The crate's `Formatter` loads its own
/// database of every country whatever database it is given, which is what `phone_metadata`
/// avoids, so its rules are applied here: the first format whose leading digits (then
/// pattern) fit the national number, the national prefix rule in national writing, the
/// extension. `None` only for a mode other than these two.
fn formatted((n, db): &Valid, mode: Mode) -> Option<String> {
    let meta = db
        .by_code(&n.country().code())
        .and_then(|m| m.into_iter().next())?;
    let national = n.national().to_string();
    let formats = if meta.international_formats().is_empty() || mode == Mode::National {
        meta.formats()
    } else {
        meta.international_formats()
    };
    let starts = |m: Option<regex::Match<'_>>| m.is_some_and(|m| m.start() == 0);
    let format = formats.iter().find(|f| {
        let leading = f.leading_digits();
        leading.is_empty()
            || starts(leading.last().and_then(|l| l.find(&national)))
                && f.pattern()
                    .find(&national)
                    .is_some_and(|m| m.start() == 0 && m.end() == national.len())
    });
    let mut out = match (mode, format) {
        (Mode::International, Some(f)) => format!(
            "+{} {}",
            n.country().code(),
            national_format(&national, meta, f, None, None)
        ),
        (Mode::International, None) => format!("+{} {national}", n.country().code()),
        (Mode::National, Some(f)) => {
            let carrier = n
                .carrier()
                .and_then(|c| f.domestic_carrier().map(|d| (c, d)));
            match (carrier, f.national_prefix()) {
                (Some((c, d)), _) => national_format(&national, meta, f, Some(d), Some(c)),
                (None, Some(p)) => national_format(&national, meta, f, Some(p), None),
                (None, None) => national_format(&national, meta, f, None, None),
            }
        }
        (Mode::National, None) => national,
        _ => return None,
    };
    if let Some(ext) = n.extension() {
        out.push_str(meta.preferred_extension_prefix().unwrap_or(" ext. "));
        out.push_str(ext);
    }
    Some(out)
}

/// A national number written with a format's pattern, the national prefix or carrier rule
/// (`$NP`, `$FG`, `$CC`) put in front of its first group when given.
fn national_format(
    national: &str,
    meta: &phonenumber::Metadata,
    format: &phonenumber::metadata::Format,
    transform: Option<&str>,
    carrier: Option<&str>,
) -> String {
    static FIRST_GROUP: OnceLock<Regex> = OnceLock::new();
    let first_group = FIRST_GROUP.get_or_init(|| Regex::new(r"(\$\d)").expect("valid pattern"));
    let replacement = match transform {
        Some(t) => {
            let first = first_group
                .captures(format.format())
                .and_then(|c| c.get(1))
                .map_or("", |m| m.as_str());
            let rule = t
                .replace("$NP", meta.national_prefix().unwrap_or(""))
                .replace("$FG", &format!("${first}"))
                .replace("$CC", carrier.unwrap_or(""));
            first_group
                .replace(format.format(), rule.as_str())
                .into_owned()
        }
        None => format.format().to_string(),
    };
    format
        .pattern()
        .replace(national, replacement.as_str())
        .into_owned()
}

/// The span does not continue a word, a longer number (`1.299,00`, `12/03`), a path or a
/// parameter.
fn edges_clear(text: &str, s: usize, e: usize) -> bool {
    let before = char_before(text, s);
    if before.is_some_and(|c| is_word(c) || "/\\@#=&%+".contains(c)) {
        return false;
    }
    if let Some(c) = before.filter(|c| ".,-:".contains(*c)) {
        let prior = char_before(text, s - c.len_utf8());
        // "1.2026…" is one longer number; "ORD-2026…" is a code.
        if prior.is_some_and(|d| d.is_ascii_digit() || (c == '-' && d.is_alphanumeric())) {
            return false;
        }
    }
    let after = char_after(text, e);
    if after.is_some_and(|c| is_word(c) || "/\\@%".contains(c)) {
        return false;
    }
    if let Some(c) = after.filter(|c| ".,-:/".contains(*c)) {
        if char_after(text, e + c.len_utf8()).is_some_and(|d| d.is_ascii_digit()) {
            return false;
        }
    }
    true
}

/// Whether a phone word labels the number at `at` ("chiamami al …", "tel. …").
pub(crate) fn labelled_phone(text: &str, at: usize) -> bool {
    label_before(text, at) == Label::Phone
}

/// The closest phone or reference word before `at`, when nothing but spaces and light
/// punctuation stands between: `tel. 333…`, `ordine n° 333…`, `Κινητό: 69…`.
fn label_before(text: &str, at: usize) -> Label {
    // Labels further back than this many characters say nothing about the number.
    const WINDOW: usize = 40;
    let from = crate::window_back(text, at, WINDOW);
    let window = text[from..at].to_lowercase();
    let w = words();
    // The closest word wins, and at one position a phone word before a reference word; what
    // decides at a position (a word starts there, the gap after it is light) does not depend
    // on which word it is.
    for (i, _) in window.char_indices().rev() {
        let starts_word = window[..i].chars().next_back().is_none_or(|c| !is_word(c));
        if !starts_word {
            continue;
        }
        let Some(label) = label_at(w, &window[i..]) else {
            continue;
        };
        if speaker_label(&window, i, from == 0, &w.speakers) {
            continue;
        }
        if gap_is_light(&window, i) {
            return label;
        }
    }
    Label::None
}

/// The phone or reference word `rest` (lower case) starts with, if any.
fn label_at(w: &Words, rest: &str) -> Option<Label> {
    let list = w.labels.get(usize::from(*rest.as_bytes().first()?))?;
    list.iter()
        .find(|(word, _)| match word.strip_suffix('_') {
            // "ref_": the word "ref" itself, not the start of "referente".
            Some(whole) => {
                rest.starts_with(whole) && !rest[whole.len()..].starts_with(char::is_alphabetic)
            }
            None => rest.starts_with(word.as_str()),
        })
        .map(|&(_, label)| label)
}

/// Whether a phone word stands anywhere in the `n` characters before `at`, over line breaks
/// and other words: a number read out in words is a phone number only when the talk is of
/// one ("A contact number?" on the agent's line above).
fn phone_talk_before(text: &str, at: usize, n: usize) -> bool {
    let from = crate::window_back(text, at, n);
    let window = text[from..at].to_lowercase();
    let w = words();
    window.char_indices().any(|(i, _)| {
        let starts_word = window[..i].chars().next_back().is_none_or(|c| !is_word(c));
        starts_word && label_at(w, &window[i..]) == Some(Label::Phone)
    })
}

/// Whether `number`, read out in words at `start` of `text` (digits, perhaps a leading `+`),
/// is a phone number: valid in a country of the conversation's language (any of the five
/// when it is not known), or in its international writing, and either ten digits or more (a
/// mobile or a full number: nothing else read out is so long and valid) or a phone word
/// before it.
pub(crate) fn read_out_phone(text: &str, start: usize, number: &str, cx: &Context<'_>) -> bool {
    const TALK: usize = 120;
    const LONG: usize = 10;
    let regions = match lang_regions(cx.lang) {
        [] => &ALL_REGIONS[..],
        some => some,
    };
    let valid = if let Some(rest) = number.strip_prefix("00") {
        parse_valid(None, &format!("+{rest}")).is_some()
    } else if number.starts_with('+') {
        parse_valid(None, number).is_some()
    } else {
        regions
            .iter()
            .any(|&r| parse_valid(Some(r), number).is_some())
    };
    let digits = number.bytes().filter(u8::is_ascii_digit).count();
    valid && (digits >= LONG || phone_talk_before(text, start, TALK))
}

/// Whether the word at `at` of `window` is who speaks: a speaker word at the start of a line,
/// then a colon ("Cliente: 3346…"). `starts_text` says the window begins the text.
fn speaker_label(window: &str, at: usize, starts_text: bool, speakers: &[String]) -> bool {
    let line_start = window[..at]
        .chars()
        .next_back()
        .map_or(starts_text, |c| c == '\n' || c == '\r');
    let rest = &window[at..];
    let word_end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    line_start
        && rest[word_end..].trim_start().starts_with(':')
        && speakers.iter().any(|s| s == &rest[..word_end])
}

/// After the label's word (and an abbreviation's dot), no digits, sentence end or line break
/// before the number.
fn gap_is_light(window: &str, label_at: usize) -> bool {
    let rest = &window[label_at..];
    let rest = rest.trim_start_matches(|c: char| c.is_alphabetic() || c == '-');
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    if rest.contains('\n') {
        return false;
    }
    // "Customer: yes, it's 555…": a word and a colon with words after it is who speaks or
    // which field it is, not what the number is.
    if let Some(after_colon) = rest.trim_start().strip_prefix(':') {
        if after_colon.chars().any(char::is_alphabetic) {
            return false;
        }
    }
    // A few words may stand between ("tel. mobile: …", "call me on …"); more are a sentence
    // of their own ("VAT. You can reach me at …").
    const GAP_WORDS: usize = 4;
    if rest.split_whitespace().count() > GAP_WORDS {
        return false;
    }
    // Short abbreviations keep their dot (`n.`, `nr.`, `αρ.`); any other dot ends a sentence.
    // A number, or a find already masked (`[XXXX]`), between the label and this number is
    // what the label names: "soita 040… 050…" labels the first number only, in every round.
    rest.split_whitespace().all(|token| {
        let bare = token.trim_end_matches(['.', ':']);
        let abbreviation = bare.chars().count() <= 3 && bare.chars().all(char::is_alphabetic);
        !token
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '!' | '?' | ';' | '['))
            && (abbreviation || !token.contains('.'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_the_crates_formatter_writes_them() {
        let numbers = [
            (None, "+39 333 123 4567"),
            (None, "+39 02 1234 5678"),
            (None, "+30 210 123 4567"),
            (None, "+40 21 123 4567"),
            (None, "+358 9 123 4567"),
            (None, "+44 20 7946 0018"),
            (None, "+353 1 234 5678"),
            (None, "+1 416 555 0199"),
            (None, "+49 30 1234567"),
            (None, "+33 1 23 45 67 89"),
            (None, "+54 9 11 1234 5678"),
            (Some(Id::IT), "3331234567"),
            (Some(Id::GR), "6912345678"),
            (Some(Id::RO), "0721234567"),
            (Some(Id::FI), "0401234567"),
            (Some(Id::GB), "07911123456"),
            (Some(Id::IE), "0871234567"),
            (Some(Id::US), "2015550123"),
        ];
        let mut seen = 0;
        for (region, n) in numbers {
            let digits: String = n
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect();
            let Some(valid) = parse_valid(region, &digits) else {
                continue;
            };
            seen += 1;
            for mode in [Mode::National, Mode::International] {
                assert_eq!(
                    formatted(&valid, mode).as_deref(),
                    Some(valid.0.format().mode(mode).to_string().as_str()),
                    "{n} {mode:?}"
                );
            }
        }
        assert!(seen >= 15, "{seen} numbers valid");
    }

    fn cx(lang: &str) -> Context<'_> {
        Context {
            lang: Some(lang),
            ..Context::default()
        }
    }

    fn spans<'t>(text: &'t str, lang: &str, entity: Entity) -> Vec<&'t str> {
        find(text, &cx(lang))
            .into_iter()
            .filter(|f| f.entity == entity)
            .map(|f| &text[f.start..f.end])
            .collect()
    }

    fn phones_in<'t>(text: &'t str, lang: &str) -> Vec<&'t str> {
        spans(text, lang, Entity::Phone)
    }

    #[test]
    fn reference_numbers_in_dashed_groups_are_no_phones_unless_labelled() {
        for (text, lang) in [
            ("quote 4350-4605-67 when you call", "en"),
            ("pratica 1-45404537 aperta ieri", "it"),
            ("αίτημα 26-380455 σε εξέλιξη", "el"),
            ("referința 2026/058271, vă rog", "ro"),
            ("sarjanumero 0276-7074-0541", "fi"),
        ] {
            assert!(phones_in(text, lang).is_empty(), "{text}");
        }
        // Dashes in groups phones are written in stay phones; a phone word takes any grouping.
        for (text, lang, phone) in [
            ("Laura, 040-123 45 67", "fi", "040-123 45 67"),
            ("Her number is 0113-790-8619.", "en", "0113-790-8619"),
            ("Customer: 1-212-555-0120, thanks", "en", "1-212-555-0120"),
            ("Προτιμώ το σταθερό, 2810-350770.", "el", "2810-350770"),
            ("tel. 0721-719-59", "ro", "0721-719-59"),
        ] {
            assert_eq!(phones_in(text, lang), vec![phone], "{text}");
        }
    }

    #[test]
    fn a_number_people_are_told_to_quote_is_a_reference() {
        for (text, lang) in [
            ("please quote 02079460958 when you call", "en"),
            ("richiamate citando 0612345678", "it"),
            ("να αναφέρω τον αριθμό 2310579016", "el"),
            ("menționați numărul 0721719592 la telefon", "ro"),
            ("mainitkaa numero 0401234567", "fi"),
        ] {
            assert!(phones_in(text, lang).is_empty(), "{text}");
        }
        // A phone word nearer than the quoting one still says phone.
        assert_eq!(
            phones_in("please quote my mobile 07911 123456", "en"),
            vec!["07911 123456"]
        );
    }

    #[test]
    fn a_vat_prefix_makes_a_number_no_phone() {
        for (text, lang) in [
            ("the site says IT 04836190398 is invalid", "en"),
            ("ΑΦΜ: EL 0691234567", "el"),
            ("GR 2310579016?", "el"),
        ] {
            assert!(phones_in(text, lang).is_empty(), "{text}");
        }
        assert_eq!(phones_in("call 2310579016", "el"), vec!["2310579016"]);
    }

    #[test]
    fn fictional_numbers_are_valid_for_the_parser() {
        for (region, n) in [
            (Id::GB, "07911 123456"),
            (Id::GB, "020 7946 0018"),
            (Id::US, "(201) 555-0123"),
            (Id::US, "202-555-0143"),
        ] {
            assert!(valid(Some(region), n), "{n}");
        }
        // Ofcom's drama range is not in libphonenumber's metadata as a valid mobile.
        assert!(!valid(Some(Id::GB), "07700 900123"));
    }

    #[test]
    fn card_layouts_clock_times_codes_and_foreign_short_numbers_are_not_phones() {
        // Four groups of four that fail the card check are a mistyped card, not a phone.
        assert!(phones_in("Kortti 4024 0071 5336 2121 ei käy", "fi").is_empty());
        assert!(phones_in("Aperto 9.30–12.30 e 15.00-19.00", "it").is_empty());
        assert!(phones_in("Ανοιχτά 10:00 - 18:00", "el").is_empty());
        assert!(phones_in("Comanda CMD-2025-7781234 a plecat", "ro").is_empty());
        assert!(phones_in("Postcode 118 55, Athens", "en").is_empty());
        // Dialled abroad, four groups of four can be a phone.
        assert_eq!(
            phones_in("call 0044 7911 1234 56", "en"),
            ["0044 7911 1234 56"]
        );
    }

    #[test]
    fn a_mistyped_amex_an_order_and_a_bracketed_international_prefix() {
        assert!(phones_in("card 3759 024623 48496 failed", "en").is_empty());
        assert!(phones_in("Tilauksen 1064282134 lasku", "fi").is_empty());
        assert_eq!(
            phones_in("soittakaa (00358 9 1234567)", "fi"),
            ["(00358 9 1234567)"]
        );
    }

    #[test]
    fn trunk_prefixes_country_codes_and_id_words() {
        // Finns dial their own numbers with the trunk 0; without it a run is no Finnish phone.
        assert_eq!(phones_in("soita 0403123456", "fi"), ["0403123456"]);
        assert!(phones_in("se on 403123456", "fi").is_empty());
        // An Italian mobile that starts with the country code's digits is still Italian.
        assert_eq!(phones_in("sono al 3934045422", "it"), ["3934045422"]);
        // A number an id word names is that id, mistyped, not a phone; a phone word wins.
        assert!(phones_in("0612345678 (P.IVA)", "it").is_empty());
        assert!(phones_in("codice personale: 0612345678", "it").is_empty());
        // A card or VAT word elsewhere in the sentence says nothing about the number.
        assert_eq!(
            phones_in(
                "The new SIM card is active, my number is 07911 123456",
                "en"
            ),
            ["07911 123456"]
        );
        assert_eq!(
            phones_in("Prezzo IVA inclusa? Il mio numero è 333 1234567", "it"),
            ["333 1234567"]
        );
        // A short reference word is a whole word: "Referente" names a contact person.
        assert!(phones_in("rif. 3331234567", "it").is_empty());
        assert_eq!(
            phones_in("Referente in cantiere: Anna, 333 1234567", "it"),
            ["333 1234567"]
        );
        assert_eq!(phones_in("tel. 0612345678", "it"), ["0612345678"]);
    }

    #[test]
    fn a_phone_word_labels_the_first_number_after_it_in_every_round() {
        // Bare Finnish numbers without their trunk 0 need the phone word; only the first has
        // it, before and after the first is masked.
        let text = "soita\u{fffd}64005\u{fffd}64059\u{fffd}64009";
        let once = phones_in(text, "fi");
        let masked = text.replacen("64005", "[XXX]", 1);
        let again: Vec<&str> = phones_in(&masked, "fi");
        assert!(once.len() <= 1, "{once:?}");
        assert!(again.is_empty(), "{again:?}");
    }

    #[test]
    fn addresses_glued_one_after_another_are_each_found() {
        let text = "%@2.K%@2.Y%@2.K%@2.K%@2.K%@K.K";
        assert_eq!(spans(text, "en", Entity::Email).len(), 6, "{text}");
        assert_eq!(
            spans("anna@example.it;bob@example.com", "en", Entity::Email),
            ["anna@example.it", "bob@example.com"]
        );
    }

    #[test]
    fn a_speaker_label_is_not_the_label_of_the_number() {
        assert_eq!(
            phones_in("Customer: sure, it's (415) 555-0199.", "en"),
            ["(415) 555-0199"]
        );
        assert_eq!(
            phones_in("Cliente: certo, 347 220 1188", "it"),
            ["347 220 1188"]
        );
        assert_eq!(
            phones_in("Πελάτης: ναι, 694 123 4567", "el"),
            ["694 123 4567"]
        );
        assert_eq!(
            phones_in("Client: da, 0722 334 556", "ro"),
            ["0722 334 556"]
        );
        assert_eq!(
            phones_in("Asiakas: joo, 040 123 4567", "fi"),
            ["040 123 4567"]
        );
        // A speaker at the start of a line labels no number; the same word elsewhere does.
        assert_eq!(phones_in("Cliente: 3472201188", "it"), ["3472201188"]);
        assert_eq!(
            phones_in("Operatore: lo confermi?\nCliente: 3472201188", "it"),
            ["3472201188"]
        );
        assert!(phones_in("Numero cliente: 3472201188", "it").is_empty());
    }

    #[test]
    fn words_that_only_begin_like_a_label_and_text_that_only_looks_like_an_iban() {
        assert_eq!(
            phones_in("Call Tina on 07911 123456", "en"),
            ["07911 123456"]
        );
        assert_eq!(
            phones_in("the taxi driver is 07911 123456", "en"),
            ["07911 123456"]
        );
        assert_eq!(
            crate::find("Ref GB12 or phone 07911 123456", &cx("en"))
                .iter()
                .map(|f| f.entity)
                .collect::<Vec<_>>(),
            [Entity::Phone]
        );
        // An area code is no house number.
        assert_eq!(phones_in("0577 12345 Grazie", "it"), ["0577 12345"]);
    }

    #[test]
    fn prices_and_lower_case_postcodes_are_not_phones() {
        assert!(phones_in("please charge the £482.50 we agreed on the phone", "en").is_empty());
        assert!(phones_in("al telefono mi avete detto 1.299,00 €", "it").is_empty());
        assert!(phones_in("abito in via roma 12 - 40121 bologna", "it").is_empty());
        assert!(phones_in("Katu 12 - 00100 Helsinki", "fi").is_empty());
    }

    #[test]
    fn account_pages_in_five_languages_are_personal() {
        for url in [
            "https://shop.example/my-account/orders/88123",
            "https://negozio.example/area-clienti/ordini/5512",
            "https://katastima.example/λογαριασμός/anna",
            "https://magazin.example/contul-meu/comenzi",
            "https://kauppa.example/oma-tili/tilaukset",
        ] {
            assert_eq!(spans(url, "en", Entity::Url), [url]);
        }
        assert!(spans("https://kauppa.example/oma-tili", "fi", Entity::Url).is_empty());
    }

    #[test]
    fn italian_phones() {
        let t = "Chiamami al +39 333 123 4567 oppure 0039 333 123 4567, o 333.123.4567. \
                 Ufficio: (02) 1234 5678, cell. 3331234567, fisso 06/1234567.";
        assert_eq!(
            phones_in(t, "it"),
            [
                "+39 333 123 4567",
                "0039 333 123 4567",
                "333.123.4567",
                "(02) 1234 5678",
                "3331234567",
                "06/1234567"
            ]
        );
    }

    #[test]
    fn greek_phones_with_byte_spans_in_greek_text() {
        let t = "Τηλέφωνο: +30 210 123 4567 ή κινητό 694 123 4567, ευχαριστώ";
        let found = find(t, &cx("el"));
        let phones: Vec<_> = found.iter().filter(|f| f.entity == Entity::Phone).collect();
        assert_eq!(phones.len(), 2);
        let first = t.find("+30").unwrap_or(0);
        assert_eq!(
            (phones[0].start, phones[0].end),
            (first, first + "+30 210 123 4567".len())
        );
        let second = t.find("694").unwrap_or(0);
        assert_eq!(&t[phones[1].start..phones[1].end], "694 123 4567");
        assert_eq!(phones[1].start, second);
        assert_eq!(phones_in("σταθερό 2101234567", "el"), ["2101234567"]);
    }

    #[test]
    fn romanian_phones_in_romanian_text() {
        let t = "Mă puteți suna la 0722 123 456 sau la +40 722 123 456; biroul: 021 312 3456.";
        assert_eq!(
            phones_in(t, "ro"),
            ["0722 123 456", "+40 722 123 456", "021 312 3456"]
        );
        let t = "Numărul meu: 0722123456, mulțumesc";
        let f = find(t, &cx("ro"));
        let at = t.find("0722").unwrap_or(0);
        assert_eq!((f[0].start, f[0].end), (at, at + 10));
    }

    #[test]
    fn finnish_phones() {
        let t = "Soita numeroon 040 123 4567 tai +358 40 123 4567, vaihde 09 1234 567.";
        assert_eq!(
            phones_in(t, "fi"),
            ["040 123 4567", "+358 40 123 4567", "09 1234 567"]
        );
    }

    #[test]
    fn english_phones_uk_ireland_us() {
        let t = "Ring me on 07911 123456 or +44 (0)20 7946 0018. Dublin: 087 123 4567, \
                 +353 85 123 4567. US office (201) 555-0123 or +1 202-555-0143.";
        assert_eq!(
            phones_in(t, "en"),
            [
                "07911 123456",
                "+44 (0)20 7946 0018",
                "087 123 4567",
                "+353 85 123 4567",
                "(201) 555-0123",
                "+1 202-555-0143"
            ]
        );
    }

    #[test]
    fn foreign_numbers_need_a_phone_shape_or_word() {
        // An Italian mobile in a Greek conversation: written with spaces, or after "tel".
        assert_eq!(phones_in("στο 333 123 4567", "el"), ["333 123 4567"]);
        assert_eq!(phones_in("tel 3331234567", "el"), ["3331234567"]);
        // A bare ten-digit run that only the US plan accepts is an order number as often.
        assert!(phones_in("codice 2125550123 ok", "it").is_empty());
        assert!(phones_in("ref 2125550123", "en").is_empty());
        assert!(phones_in("2125550123", "fi").is_empty());
        assert_eq!(phones_in("2125550123", "en"), ["2125550123"]);
    }

    #[test]
    fn numbers_that_are_not_phones() {
        for (t, lang) in [
            ("Il totale è 1.299,00 € per 2 pezzi", "it"),
            ("Consegna il 12/03/2026 alle 14:30", "it"),
            ("delivered 2026-03-12 at 09.45", "en"),
            ("Παραγγελία 3331234567 στάλθηκε", "el"),
            ("Numărul comenzii: 0722123456", "ro"),
            ("Tilausnumero 0401234567 on lähetetty", "fi"),
            ("ordine n. 3331234567 spedito", "it"),
            ("IBAN IT60X0542811101000000123456", "it"),
            ("codice ABC3331234567X", "it"),
            ("Nel 2025 abbiamo venduto 15000 pezzi, 3 x 250 g", "it"),
            ("prezzo 1 299 000 lei", "ro"),
            ("see https://shop.example/p/3331234567", "en"),
            ("ora 12.03.2026 sau 12.3.2026", "ro"),
            ("order #0401234567", "en"),
            ("serial 4111 1111 1111 1111", "en"),
        ] {
            assert!(
                phones_in(t, lang).is_empty(),
                "{t}: {:?}",
                phones_in(t, lang)
            );
        }
    }

    #[test]
    fn a_phone_word_beats_an_earlier_reference_word() {
        assert_eq!(
            phones_in("Ordine 12345 arrivato. Chiamami al 3331234567", "it"),
            ["3331234567"]
        );
        assert_eq!(
            phones_in("per l'ordine, il mio cell è 3331234567", "it"),
            ["3331234567"]
        );
    }

    #[test]
    fn two_numbers_in_one_run_are_split() {
        assert_eq!(
            phones_in("numeri: 333 1234567 / 02 12345678", "it"),
            ["333 1234567", "02 12345678"]
        );
        assert_eq!(phones_in("ho 3 333 123 4567", "it"), ["333 123 4567"]);
    }

    #[test]
    fn emails() {
        let t = "Scrivi a mario.rossi+ordini@posta.example.it o a ιωάννης@παράδειγμα.ελ; \
                 user_1@sub.domain.co.uk. Non @mario, né ciao@mario.";
        assert_eq!(
            spans(t, "it", Entity::Email),
            [
                "mario.rossi+ordini@posta.example.it",
                "ιωάννης@παράδειγμα.ελ",
                "user_1@sub.domain.co.uk"
            ]
        );
        let t = "e-mail: ștefan.pătrașcu@exemplu.ro.";
        let f = find(t, &cx("ro"));
        let at = t.find("ștefan").unwrap_or(0);
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].start, f[0].end), (at, t.len() - 1));
    }

    #[test]
    fn urls_with_personal_data_only() {
        for t in [
            "https://example.com/u/mario_rossi",
            "https://shop.example/profile/12345/orders",
            "https://shop.example/account/orders?email=mario@example.it",
            "https://news.example/unsubscribe?token=abc",
            "http://www.example.com/track?id=5&mc_eid=4f2a9c",
            "https://reset.example/r/550e8400-e29b-41d4-a716-446655440000",
            "https://shop.example/order/a8F3kQ9zL2mX7pR4vT",
            "https://www.instagram.com/mario.rossi",
            "https://medium.com/@mario",
            "https://user:secret@ftp.example.org/file",
            "https://wa.me/393331234567",
            "https://www.linkedin.com/in/maria-popescu-123",
            "https://shop.example/?fbclid=IwAR2xYz",
        ] {
            assert_eq!(spans(t, "en", Entity::Url), [t], "{t}");
        }
        for t in [
            "https://www.shop.example/",
            "https://shop.example/it/scarpe/running-uomo-42",
            "https://shop.example/p/B08N5WRWNW",
            "www.example.com/help",
            "https://search.example/?q=scarpe+rosse&page=2",
            "https://www.instagram.com",
        ] {
            assert!(spans(t, "en", Entity::Url).is_empty(), "{t}");
        }
        let t = "Δες εδώ: https://example.com/u/γιάννης).";
        assert_eq!(
            spans(t, "el", Entity::Url),
            ["https://example.com/u/γιάννης"]
        );
    }

    #[test]
    fn ip_addresses() {
        let t = "IP 192.168.1.10, server 8.8.8.8:53 e 2001:db8::8a2e:370:7334, fe80::1.";
        assert_eq!(
            spans(t, "it", Entity::Ip),
            [
                "192.168.1.10",
                "8.8.8.8",
                "2001:db8::8a2e:370:7334",
                "fe80::1"
            ]
        );
        for t in [
            "versione 1.2.3 e v1.2.3.4",
            "256.1.1.1 e 1.2.3.4.5",
            "prezzo 1.299.000",
            "data 01.02.2026",
            "ore 12:30:45",
            "mac 00:1a:2b:3c:4d:5e",
            "vedi :: e ::1",
            "192.168.01.1",
        ] {
            assert!(
                spans(t, "it", Entity::Ip).is_empty(),
                "{t}: {:?}",
                spans(t, "it", Entity::Ip)
            );
        }
    }

    #[test]
    fn no_language_tries_every_country() {
        let none = Context::default();
        let t = "3331234567 e 0722 123 456";
        let f: Vec<_> = find(t, &none).iter().map(|f| &t[f.start..f.end]).collect();
        assert_eq!(f, ["3331234567", "0722 123 456"]);
    }

    #[test]
    fn word_lists_load() {
        let w = words();
        let has = |word: &str, label: Label| {
            w.labels
                .iter()
                .flatten()
                .any(|(x, l)| x == word && *l == label)
        };
        assert!(has("τηλ", Label::Phone) && has("ordine", Label::NotPhone));
        assert!(
            !w.query_keys.is_empty() && !w.path_markers.is_empty() && !w.social_hosts.is_empty()
        );
    }

    #[test]
    fn speed_on_chat_text() {
        let chat = "Buongiorno, ho ordinato il 12/03/2026 un paio di scarpe (ordine 458812) \
            per 89,90 € ma non sono ancora arrivate. Potete richiamarmi al 333 123 4567? \
            Γεια σας, η παραγγελία μου δεν έφτασε, το τηλέφωνό μου είναι 694 123 4567. \
            Bună ziua, comanda mea nr. 12345 a costat 1.299,00 lei, scrieți-mi la ana@exemplu.ro. \
            Hei, tilaukseni on myöhässä, soita 040 123 4567 kiitos. \
            Hi, see https://shop.example/p/123 and my account https://shop.example/u/jane.\n";
        let text = chat.repeat(16);
        let runs = if cfg!(debug_assertions) { 2 } else { 50 };
        let start = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..runs {
            n += find(&text, &cx("it")).len();
        }
        let secs = start.elapsed().as_secs_f64();
        let mb = (text.len() * runs) as f64 / 1e6;
        eprintln!(
            "contact::find: {} bytes x {runs} in {secs:.3}s = {:.2} MB/s ({} finds per run)",
            text.len(),
            mb / secs,
            n / runs
        );
        assert!(n > 0);
    }

    mod prop {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn never_panics_and_spans_fit(text in "\\PC{0,120}", lang in "(it|el|ro|fi|en|xx)") {
                for f in find(&text, &cx(&lang)) {
                    prop_assert!(f.start < f.end && f.end <= text.len());
                    prop_assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
                }
            }

            #[test]
            fn contact_shaped_text_never_panics(
                text in "[0-9 +().\\-/:@a-fΑ-ω.]{0,60}",
            ) {
                for f in find(&text, &cx("el")) {
                    prop_assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
                }
            }
        }
    }
}
