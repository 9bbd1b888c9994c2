//! Redaction: personal data out of everything tact prints or exports. Customer conversations
//! carry names, phone numbers, e-mails, addresses, tax and national ids, IBANs and card
//! numbers; a team can only share a month of chats in a dashboard, a workshop or an export once
//! these are replaced by typed placeholders (`[PHONE_1]`, `[IT_CODICE_FISCALE]`).
//!
//! Recognisers live in one module per kind: [`checksum`] (identifiers with check digits: a
//! number that fails its check is never called an id), [`spoken`] (the same ids read out in
//! words in a call), [`contact`] (phones through
//! libphonenumber's metadata, e-mails, URLs with personal paths, IP addresses) and [`names`]
//! (person names and street addresses, from the speakers of the conversation and the phrases of
//! each language in `data/`). This module merges what they find (overlaps resolved, the longer
//! and more certain wins) and writes the placeholders; byte spans stay on character boundaries.
//! Redacting twice changes nothing: context windows count a masked run or a placeholder as one
//! character ([`window_back`]), so a word out of reach of a number stays out of reach once a
//! longer number between them has become a shorter placeholder.

mod checksum;
mod contact;
mod names;
mod phone_metadata;
mod spoken;

use std::collections::HashMap;
use tact_model::Conversation;

/// A kind of personal data, and the placeholder it becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Entity {
    Email,
    Phone,
    Url,
    Ip,
    Iban,
    Card,
    ItCodiceFiscale,
    ItPartitaIva,
    GrAmka,
    GrAfm,
    RoCnp,
    FiHetu,
    Person,
    Address,
}

impl Entity {
    pub const ALL: [Entity; 14] = [
        Entity::Email,
        Entity::Phone,
        Entity::Url,
        Entity::Ip,
        Entity::Iban,
        Entity::Card,
        Entity::ItCodiceFiscale,
        Entity::ItPartitaIva,
        Entity::GrAmka,
        Entity::GrAfm,
        Entity::RoCnp,
        Entity::FiHetu,
        Entity::Person,
        Entity::Address,
    ];

    /// The placeholder's name: `[EMAIL]`, `[IT_CODICE_FISCALE]`.
    pub fn tag(self) -> &'static str {
        match self {
            Entity::Email => "EMAIL",
            Entity::Phone => "PHONE",
            Entity::Url => "URL",
            Entity::Ip => "IP",
            Entity::Iban => "IBAN",
            Entity::Card => "CARD",
            Entity::ItCodiceFiscale => "IT_CODICE_FISCALE",
            Entity::ItPartitaIva => "IT_PARTITA_IVA",
            Entity::GrAmka => "GR_AMKA",
            Entity::GrAfm => "GR_AFM",
            Entity::RoCnp => "RO_CNP",
            Entity::FiHetu => "FI_HETU",
            Entity::Person => "PERSON",
            Entity::Address => "ADDRESS",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Entity> {
        Entity::ALL.into_iter().find(|e| e.tag() == tag)
    }

    /// Identifiers that carry their own check: found by structure, not by guess.
    pub fn has_check_digits(self) -> bool {
        matches!(
            self,
            Entity::Iban
                | Entity::Card
                | Entity::ItCodiceFiscale
                | Entity::ItPartitaIva
                | Entity::GrAmka
                | Entity::GrAfm
                | Entity::RoCnp
                | Entity::FiHetu
        )
    }

    /// Which of two overlapping finds wins: identifiers with a check first, then contact data,
    /// then names and addresses.
    fn rank(self) -> u8 {
        if self.has_check_digits() {
            3
        } else if matches!(self, Entity::Person | Entity::Address) {
            1
        } else {
            2
        }
    }
}

/// One piece of personal data found in a text: its kind and byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub entity: Entity,
    pub start: usize,
    pub end: usize,
}

/// What the recognisers may use beyond the text itself.
#[derive(Debug, Clone, Default)]
pub struct Context<'a> {
    /// The conversation's language code (`it`, `el`, …), when known: it picks the phrases of
    /// that language first (all five are always tried) and the default country for phones.
    pub lang: Option<&'a str>,
    /// Names the conversation already gives (speakers, agent), redacted wherever they recur.
    pub known_names: &'a [String],
    /// Also redact order, booking and customer numbers when the context names them.
    pub reference_numbers: bool,
}

/// Everything personal in `text`, sorted by position, without overlaps.
///
/// Names and addresses are looked for in a copy where identifiers and contact data are already
/// masked as bracketed runs of the same byte length: the name recogniser then reads "Anna
/// [IBAN]" the same way before and after redaction. For the same reason the whole search is
/// repeated on the masked text until it finds nothing new: a number that was only rejected
/// because it touched another one ("37788)3778889557") is found once its neighbour is a
/// placeholder, so redacting twice changes nothing.
pub fn find(text: &str, cx: &Context<'_>) -> Vec<Found> {
    // Placeholders already in the text read as neutral masked runs, exactly like the finds of
    // this pass do: "[PHONE]" must not count as the word "phone" before the next number.
    let written = placeholders(text);
    // Names already masked, as placeholders or as this search's finds: a masked run there is
    // no contact data on the line below a signature's name.
    let mut persons: Vec<(usize, usize)> = written
        .iter()
        .copied()
        .filter(|&(a, b)| placeholder_tag(&text[a..b]) == Some(Entity::Person))
        .collect();
    let neutral = if written.is_empty() {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(mask_spans(text, &written))
    };
    let text = neutral.as_ref();
    let mut found = one_pass(text, cx, true, &persons);
    // Each round only adds finds, and the text has finitely many places; three rounds settle
    // every case the fuzzer and the property tests have produced.
    for _ in 0..MAX_ROUNDS {
        // Nothing masked, nothing new to find: the text would read exactly as before.
        if found.is_empty() {
            break;
        }
        // A masked name brings a context word nearer to a number, but never makes another
        // name out of its neighbours: when only names were masked, the names are not looked
        // for again (most turns with a find have only the speakers' names).
        let names_again = found.iter().any(|f| f.entity != Entity::Person);
        // Nor is anything else, when no digit stands within reach of a masked name: only a
        // number's context can change.
        if !names_again && !found.iter().any(|f| digit_within_reach(text, f)) {
            break;
        }
        let masked = mask(text, &found);
        persons.extend(
            found
                .iter()
                .filter(|f| f.entity == Entity::Person)
                .map(|f| (f.start, f.end)),
        );
        let extra: Vec<Found> = one_pass(&masked, cx, names_again, &persons)
            .into_iter()
            .filter(|f| !found.iter().any(|k| k.start < f.end && f.start < k.end))
            .filter(|f| !masked[f.start..f.end].contains('['))
            .collect();
        if extra.is_empty() {
            break;
        }
        found.extend(extra);
        found = resolve(text, found);
    }
    // A placeholder tact already wrote is never part of a new find.
    found.retain(|f| !written.iter().any(|&(a, b)| a < f.end && f.start < b));
    found
}

/// Whether a digit stands within the farthest reach of any context window (100 characters)
/// before or after a find.
fn digit_within_reach(text: &str, f: &Found) -> bool {
    const REACH: usize = 100;
    let from = window_back(text, f.start, REACH);
    let to = window_forward(text, f.end, REACH);
    text[from..f.start]
        .bytes()
        .chain(text[f.end..to].bytes())
        .any(|b| b.is_ascii_digit())
}

/// Byte ranges of the placeholders (`[PHONE_2]`) already in `text`.
fn placeholders(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('[').map(|i| from + i) {
        let Some(close) = text[open..].find(']').map(|i| open + i + 1) else {
            break;
        };
        if is_placeholder(&text[open..close]) {
            out.push((open, close));
            from = close;
        } else {
            from = open + 1;
        }
    }
    out
}

/// Rounds of [`find`] on the masked text.
const MAX_ROUNDS: usize = 4;

fn one_pass(text: &str, cx: &Context<'_>, names: bool, persons: &[(usize, usize)]) -> Vec<Found> {
    let ids = checksum::find(text);
    let mut all = ids.found;
    all.extend(spoken::find(text, cx));
    // The digit groups of a mistyped IBAN are no phone number either.
    all.extend(
        contact::find(text, cx)
            .into_iter()
            .filter(|f| !ids.mistyped.iter().any(|&(s, e)| s < f.end && f.start < e)),
    );
    let first = resolve(text, all);
    if !names {
        return first;
    }
    let masked = if first.is_empty() {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(mask(text, &first))
    };
    let mut all = first;
    all.extend(names::find(&masked, cx, persons));
    resolve(text, all)
}

/// `text` with each found span replaced by `[XX…X]` of the same byte length, so offsets into
/// the copy are offsets into `text`.
fn mask(text: &str, found: &[Found]) -> String {
    let spans: Vec<(usize, usize)> = found.iter().map(|f| (f.start, f.end)).collect();
    mask_spans(text, &spans)
}

/// `text` with each sorted, disjoint byte range replaced by `[XX…X]` of the same length.
fn mask_spans(text: &str, spans: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for &(start, end) in spans {
        out.push_str(&text[at..start]);
        let n = end - start;
        if n >= 2 {
            out.push('[');
            out.extend(std::iter::repeat_n('X', n - 2));
            out.push(']');
        } else {
            out.extend(std::iter::repeat_n('X', n));
        }
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

/// Where a window of `n` characters before `at` starts. A masked run (`[XX…X]`, what a find or
/// a placeholder reads as) counts as one character, whatever its length: a context word then
/// stays in reach or out of it whether the number between was masked at its own length or is
/// now a shorter placeholder, so redacting twice changes nothing.
pub(crate) fn window_back(text: &str, at: usize, n: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = at;
    for _ in 0..n {
        if i == 0 {
            break;
        }
        if bytes[i - 1] == b']' {
            let mut j = i - 1;
            while j > 0 && bytes[j - 1] == b'X' {
                j -= 1;
            }
            if j > 0 && bytes[j - 1] == b'[' {
                i = j - 1;
                continue;
            }
        }
        i = text[..i].char_indices().next_back().map_or(0, |(k, _)| k);
    }
    i
}

/// Where a window of `n` characters after `at` ends, a masked run counting as one character.
pub(crate) fn window_forward(text: &str, at: usize, n: usize) -> usize {
    let mut i = at;
    for _ in 0..n {
        if i >= text.len() {
            break;
        }
        if let Some(end) = mask_end(text, i) {
            i = end;
            continue;
        }
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
    i
}

/// Where the masked run (`[XX…X]`) that starts at byte `at` ends, if one starts there.
pub(crate) fn mask_end(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?.strip_prefix('[')?;
    let xs = rest.len() - rest.trim_start_matches('X').len();
    rest[xs..].starts_with(']').then_some(at + 1 + xs + 1)
}

/// Keeps, of overlapping finds, the one of higher rank, then the longer; drops empty and
/// misaligned spans.
fn resolve(text: &str, mut all: Vec<Found>) -> Vec<Found> {
    all.retain(|f| {
        f.start < f.end
            && f.end <= text.len()
            && text.is_char_boundary(f.start)
            && text.is_char_boundary(f.end)
    });
    all.sort_by(|a, b| {
        b.entity
            .rank()
            .cmp(&a.entity.rank())
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(a.start.cmp(&b.start))
    });
    let mut kept: Vec<Found> = Vec::new();
    for f in all {
        if !kept.iter().any(|k| k.start < f.end && f.start < k.end) {
            kept.push(f);
        }
    }
    kept.sort_by_key(|f| f.start);
    kept
}

/// Placeholders of one conversation: with numbering, the same value gets the same number every
/// time it recurs (`[PHONE_1]` twice for one number), so a reader can still follow who said
/// what.
#[derive(Debug, Default)]
pub struct Numbering {
    numbered: bool,
    seen: HashMap<(Entity, String), usize>,
    next: HashMap<Entity, usize>,
}

impl Numbering {
    pub fn new(numbered: bool) -> Self {
        Numbering {
            numbered,
            ..Numbering::default()
        }
    }

    fn placeholder(&mut self, entity: Entity, value: &str) -> String {
        if !self.numbered {
            return format!("[{}]", entity.tag());
        }
        let key = (entity, value.to_lowercase());
        let n = match self.seen.get(&key) {
            Some(&n) => n,
            None => {
                let n = self.next.entry(entity).or_insert(0);
                *n += 1;
                self.seen.insert(key, *n);
                *n
            }
        };
        format!("[{}_{n}]", entity.tag())
    }
}

/// `text` with every find replaced by its placeholder.
pub fn apply(text: &str, found: &[Found], numbering: &mut Numbering) -> String {
    replace(text, found, numbering).text
}

/// [`apply`], keeping where each placeholder went.
fn replace(text: &str, found: &[Found], numbering: &mut Numbering) -> Redacted {
    let mut out = String::with_capacity(text.len());
    let mut edits = Vec::with_capacity(found.len());
    let mut at = 0;
    for f in found {
        out.push_str(&text[at..f.start]);
        let new_start = out.len();
        out.push_str(&numbering.placeholder(f.entity, &text[f.start..f.end]));
        edits.push(Edit {
            start: f.start,
            end: f.end,
            new_start,
            new_end: out.len(),
        });
        at = f.end;
    }
    out.push_str(&text[at..]);
    Redacted { text: out, edits }
}

/// Whether a span of `text` is a placeholder tact wrote: redacting twice changes nothing.
fn is_placeholder(text: &str) -> bool {
    placeholder_tag(text).is_some()
}

/// The kind a placeholder (`[PHONE_2]`) stands for.
fn placeholder_tag(text: &str) -> Option<Entity> {
    let inner = text.strip_prefix('[')?.strip_suffix(']')?;
    let tag = inner.trim_end_matches(|c: char| c.is_ascii_digit());
    let tag = tag.strip_suffix('_').unwrap_or(tag);
    Entity::from_tag(tag)
}

/// Builds the tables the recognisers load on first use (libphonenumber's metadata and the
/// phone databases of the five languages' countries, the number words, the name phrases), so
/// that a caller can do it on a spare thread while it reads and analyses the first
/// conversations.
pub fn warm_up() {
    contact::warm_up();
    let cx = Context {
        lang: Some("it"),
        ..Context::default()
    };
    find(
        "Mi chiamo Anna Rossi, tel. +39 333 123 4567, tre tre tre uno due, a@b.example",
        &cx,
    );
}

/// Options of a redaction run.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// `[PHONE_1]`, `[PHONE_2]` instead of `[PHONE]`.
    pub numbered: bool,
    /// Also order, booking and customer numbers named as such.
    pub reference_numbers: bool,
}

/// A conversation with every turn's text, the speaker names and the agent name redacted.
pub fn redact_conversation(conv: &Conversation, opts: Options) -> Conversation {
    redact_owned(conv.clone(), opts)
}

/// [`redact_conversation`] on a conversation the caller gives up: no copy of its texts.
pub fn redact_owned(mut out: Conversation, opts: Options) -> Conversation {
    let mut r = Redactor::new(&out, opts);
    for t in &mut out.turns {
        let red = r.text(&t.text);
        if red.changed() {
            t.text = red.text;
        }
        if let Some(s) = t.speaker.as_mut() {
            *s = r.name(s);
        }
    }
    if let Some(a) = out.agent.as_mut() {
        *a = r.name(a);
    }
    out
}

/// The redaction of one conversation, text by text, on demand: what a caller redacts of it
/// reads exactly as in [`redact_owned`] (same context, same placeholders), so a printer can
/// redact only the turns it shows. With numbered placeholders the numbers follow the order of
/// the calls: redact in conversation order ([`redact_owned`]'s) to get its numbers.
pub struct Redactor {
    names: Vec<String>,
    lang: Option<String>,
    opts: Options,
    numbering: Numbering,
}

impl Redactor {
    /// The redaction context of `conv`: its language and the names it gives (speakers and
    /// agent), which are redacted wherever they recur.
    pub fn new(conv: &Conversation, opts: Options) -> Self {
        let mut names: Vec<String> = conv
            .turns
            .iter()
            .filter_map(|t| t.speaker.clone())
            .chain(conv.agent.clone())
            .filter(|n| !n.trim().is_empty() && !is_placeholder(n))
            .collect();
        names.sort();
        names.dedup();
        Redactor {
            names,
            lang: conv.language.clone(),
            opts,
            numbering: Numbering::new(opts.numbered),
        }
    }

    /// A text of the conversation (a turn, or a piece quoted from one) redacted.
    pub fn text(&mut self, text: &str) -> Redacted {
        let cx = Context {
            lang: self.lang.as_deref(),
            known_names: &self.names,
            reference_numbers: self.opts.reference_numbers,
        };
        let found = find(text, &cx);
        replace(text, &found, &mut self.numbering)
    }

    /// A speaker's or agent's name as its placeholder (a placeholder stays as it is).
    pub fn name(&mut self, name: &str) -> String {
        if is_placeholder(name) {
            name.to_string()
        } else {
            self.numbering.placeholder(Entity::Person, name)
        }
    }
}

/// A redacted text and where each placeholder replaced what: offsets into the original map
/// onto the redacted text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redacted {
    pub text: String,
    edits: Vec<Edit>,
}

/// One replacement: the original byte range and the placeholder's range in the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Edit {
    start: usize,
    end: usize,
    new_start: usize,
    new_end: usize,
}

impl Redacted {
    /// Whether anything was replaced.
    pub fn changed(&self) -> bool {
        !self.edits.is_empty()
    }

    /// The byte ranges of the original that were replaced, in order.
    pub fn pieces(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.edits.iter().map(|e| (e.start, e.end))
    }

    /// The pieces of `start..end` of the original that were replaced, relative to `start`
    /// (a piece that runs past either end is cut there), each with its placeholder.
    pub fn hidden(&self, start: usize, end: usize) -> impl Iterator<Item = (usize, usize, &str)> {
        self.edits
            .iter()
            .filter(move |e| e.start < end && start < e.end)
            .map(move |e| {
                (
                    e.start.max(start) - start,
                    e.end.min(end) - start,
                    &self.text[e.new_start..e.new_end],
                )
            })
    }

    /// The range of the redacted text that stands for `start..end` of the original. A range
    /// that cuts into a replaced piece takes the whole placeholder: nothing of a piece of
    /// personal data is ever shown, not even the half of it a quote happened to cover.
    pub fn map(&self, start: usize, end: usize) -> (usize, usize) {
        let (start, end) = (start.min(end), end.max(start));
        (self.map_at(start, true), self.map_at(end, false))
    }

    /// Where original offset `at` falls in the redacted text; inside a replaced piece, at the
    /// placeholder's start (`opening`) or end.
    fn map_at(&self, at: usize, opening: bool) -> usize {
        // The shift of every piece replaced before `at`.
        let mut shift: isize = 0;
        for e in &self.edits {
            if at <= e.start {
                break;
            }
            if at < e.end {
                return if opening { e.new_start } else { e.new_end };
            }
            shift = e.new_end as isize - e.end as isize;
        }
        let mapped = (at as isize + shift).max(0) as usize;
        let mut mapped = mapped.min(self.text.len());
        while !self.text.is_char_boundary(mapped) {
            mapped -= 1;
        }
        mapped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlaps_keep_the_checked_identifier_then_the_longer_find() {
        let text = "pay to IT60X0542811101000000123456 now";
        let found = resolve(
            text,
            vec![
                Found {
                    entity: Entity::Phone,
                    start: 12,
                    end: 20,
                },
                Found {
                    entity: Entity::Iban,
                    start: 7,
                    end: 34,
                },
            ],
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].entity, Entity::Iban);
    }

    #[test]
    fn a_masked_run_is_one_character_of_a_window() {
        let short = "ab [XX] cd";
        let long = "ab [XXXXXXXXXXXX] cd";
        // Four characters back from the end: "cd", the space and the masked run.
        assert_eq!(&short[window_back(short, short.len(), 4)..], "[XX] cd");
        assert_eq!(
            &long[window_back(long, long.len(), 4)..],
            "[XXXXXXXXXXXX] cd"
        );
        assert_eq!(&long[..window_forward(long, 0, 4)], "ab [XXXXXXXXXXXX]");
        // Plain text counts characters, not bytes.
        let greek = "αβγ δ";
        assert_eq!(&greek[window_back(greek, greek.len(), 2)..], " δ");
        assert_eq!(window_back(greek, greek.len(), 99), 0);
        assert_eq!(window_forward(greek, 0, 99), greek.len());
    }

    #[test]
    fn phones_in_capitals_are_not_taken_for_a_mistyped_iban() {
        let text = "CALL ME AT 07911 123456 OR 07911 654321";
        let cx = Context {
            lang: Some("en"),
            ..Context::default()
        };
        let phones: Vec<&str> = find(text, &cx)
            .into_iter()
            .filter(|f| f.entity == Entity::Phone)
            .map(|f| &text[f.start..f.end])
            .collect();
        assert_eq!(phones, vec!["07911 123456", "07911 654321"]);
    }

    #[test]
    fn a_name_placeholder_below_a_line_is_no_contact_data_that_makes_it_a_signature() {
        // Found by the fuzzer: the last line is a signature's name; once it is a placeholder,
        // the line above must not read as a name above a masked phone or e-mail.
        let text = "Operator: În ce cont să facem rambursarea?\nά.\nεκπρόCu doi, \
                    șaize\u{fffd}\u{fffd}i patru.\nOa Ione.\nOa Ionescu.";
        let cx = Context::default();
        let once = apply(text, &find(text, &cx), &mut Numbering::new(false));
        assert!(once.ends_with("\nOa Ione.\n[PERSON]."), "{once}");
        let twice = apply(&once, &find(&once, &cx), &mut Numbering::new(false));
        assert_eq!(once, twice);
        // A masked phone below a name still makes it a signature.
        let signed = "Grazie mille.\nOa Ione\n+39 333 1234567";
        let got = apply(signed, &find(signed, &cx), &mut Numbering::new(false));
        assert_eq!(got, "Grazie mille.\n[PERSON]\n[PHONE]");
    }

    #[test]
    fn offsets_map_onto_the_redacted_text_and_a_cut_piece_is_hidden_whole() {
        let text = "Ciao, sono Anna Rossi: chiamami al +39 333 123 4567, grazie è tutto";
        let conv = Conversation {
            language: Some("it".into()),
            ..Conversation::default()
        };
        let red = Redactor::new(&conv, Options::default()).text(text);
        assert_eq!(
            red.text,
            "Ciao, sono [PERSON]: chiamami al [PHONE], grazie è tutto"
        );
        let pieces: Vec<&str> = red.pieces().map(|(a, b)| &text[a..b]).collect();
        assert_eq!(pieces, vec!["Anna Rossi", "+39 333 123 4567"]);
        let at = |s: &str| text.find(s).expect("in text");
        // Before every piece: unchanged; after them: shifted.
        let (s, e) = red.map(0, 4);
        assert_eq!(&red.text[s..e], "Ciao");
        let g = at("grazie");
        let (s, e) = red.map(g, text.len());
        assert_eq!(&red.text[s..e], "grazie è tutto");
        // A range that cuts into a piece takes its whole placeholder, never half a number.
        let (s, e) = red.map(at("chiamami"), at("123"));
        assert_eq!(&red.text[s..e], "chiamami al [PHONE]");
        let (s, e) = red.map(at("Rossi"), at(":") + 1);
        assert_eq!(&red.text[s..e], "[PERSON]:");
        // What a range hides, relative to its start, a piece past its end cut there.
        let hidden: Vec<_> = red.hidden(at("sono"), at("123")).collect();
        let (p, r) = (at("+39") - at("sono"), at("123") - at("sono"));
        assert_eq!(hidden, vec![(5, 15, "[PERSON]"), (p, r, "[PHONE]")]);
        assert_eq!(red.hidden(0, at("Anna")).count(), 0);
    }

    #[test]
    fn numbering_gives_one_number_per_value() {
        let mut n = Numbering::new(true);
        assert_eq!(n.placeholder(Entity::Phone, "+39 333 1234567"), "[PHONE_1]");
        assert_eq!(n.placeholder(Entity::Phone, "+39 02 7654321"), "[PHONE_2]");
        assert_eq!(n.placeholder(Entity::Phone, "+39 333 1234567"), "[PHONE_1]");
        assert_eq!(n.placeholder(Entity::Email, "a@b.example"), "[EMAIL_1]");
        let mut plain = Numbering::new(false);
        assert_eq!(plain.placeholder(Entity::Phone, "x"), "[PHONE]");
        assert!(is_placeholder("[PHONE_12]") && is_placeholder("[IT_CODICE_FISCALE]"));
        assert!(!is_placeholder("[NOTE]"));
    }
}
