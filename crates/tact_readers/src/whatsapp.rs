//! WhatsApp chat exports, the `.txt` a phone writes with "Export chat" and the `.zip` that holds
//! it with the media. Much small-business selling in Italy, Greece, Romania and Finland happens
//! on WhatsApp, and this export is all such a team has; the layout depends on the phone (Android
//! or iOS), its language and its clock, so it is read here rather than asking teams to convert.
//!
//! # Layouts read
//!
//! One message starts on a line that opens with a stamp; every other line continues the message
//! before it (blank lines included). Examples, as each phone writes them:
//!
//! ```text
//! Android en-GB  14/03/2026, 21:14 - Maria 🌸: Is the sofa in stock?
//! Android en-US  3/14/26, 9:14 PM - Maria 🌸: Is the sofa in stock?
//! Android it     14/03/26, 21:14 - Maria: Il divano è disponibile?     (12 h: 9:14 PM)
//! Android el     14/3/26, 9:14 μ.μ. - Νίκος: Καλησπέρα!                (24 h: 14/3/26, 21:14)
//! Android ro     14.03.2026, 21:14 - Andrei: Bună seara!               (12 h: 9:14 p.m.)
//! Android fi     14.3.2026 klo 21.14 - Aino: Hei!                      (12 h: klo 9.14 ip.)
//! iOS en-GB      [14/03/2026, 21:14:05] Maria: Is the sofa in stock?
//! iOS en-US      [3/14/26, 9:14:05 PM] Maria: Is the sofa in stock?
//! iOS it         [14/03/26, 21:14:05] Maria: Il divano è disponibile?  (12 h: 9:14:05 PM)
//! iOS el         [14/3/26, 9:14:05 μ.μ.] Νίκος: Καλησπέρα!             (24 h: 21:14:05)
//! iOS ro         [14.03.2026, 21:14:05] Andrei: Bună seara!            (12 h: 9:14:05 p.m.)
//! iOS fi         [14.3.2026 klo 21.14.05] Aino: Hei!                   (12 h: klo 9.14.05 ip.)
//! ```
//!
//! In general: a date of three numbers separated by `/`, `.` or `-` (day and month of one or two
//! digits, a year of two or four), an optional comma, an optional word such as `klo`, a time
//! `H:MM[:SS]` or `H.MM[.SS]`, an optional 12-hour marker (`AM`, `p.m.`, `μ.μ.`, `ip.`), then
//! ` - ` (Android; an en dash too) or the closing `]` (iOS). No-break and narrow no-break
//! spaces count as spaces, and the invisible U+200E marks iOS puts before lines, names and
//! notices are removed everywhere. Year-first dates are not read, so tact's own chat logs
//! (`[2026-03-06 21:03] Luca (agent): …`) are never taken for an export.
//!
//! # What becomes of each line
//!
//! - `Name: text` is a message by `Name` (emoji and all; a leading `~` that iOS puts before
//!   people not in the contacts is dropped).
//! - A stamped line without `Name: ` (Android: `Maria added Luca`, the encryption notice) is a
//!   [`Role::System`] turn; so is a message whose whole text is a notice of `data/whatsapp.txt`
//!   ("This message was deleted", "Missed voice call", the encryption notice that iOS signs with
//!   the chat's name) and, on iOS, a message whose text starts with U+200E and holds no media
//!   (WhatsApp's own mark on its notices). Nothing is skipped; system turns carry no speaker,
//!   since iOS signs notices with the chat's name, not with a person.
//! - Media left out (`<Media omitted>`, `<Media omessi>`, `<Πολυμέσα παραλείφθηκαν>`,
//!   `<Media omise>`, `<Media jätetty pois>`, iOS `image omitted`) and media exported with the
//!   chat (Android `IMG-….jpg (file attached)`, iOS `<attached: 00000012-PHOTO-….jpg>`) are
//!   counted in [`Turn::attachments`], one per marker, and are not kept as text; a caption
//!   stays. A message that is only media joins the turn before it when the same person wrote
//!   that one; otherwise it is a turn with empty text. `<This message was edited>` is removed.
//!   These words, in en, it, el, ro and fi, are language data: `data/whatsapp.txt`.
//!
//! # Who is the agent
//!
//! [`ReadOptions::agent_names`] (`--agent-names`) names the agent side, compared ignoring case,
//! accents and spacing with the name as the export writes it; every other participant is the
//! customer. Without agent names, or when none of them is a participant, every message is read
//! as the customer's (so no one is judged as an agent by mistake) and one error per file names
//! the participants found and asks for `--agent-names`. With exactly one agent participant,
//! [`Conversation::agent`] is that name.
//!
//! # Dates and times
//!
//! The order of day and month is decided once per file from all its stamps: a number over 12
//! in one position settles it (if stamps disagree, the majority wins and the others are
//! reported as impossible dates). Otherwise dates written with `.` or `-`, or words of
//! `data/whatsapp.txt` in it, el, ro or fi (all day-first languages) mean day first, silently.
//! Otherwise, if some date could be read both ways, it is read as month first when the clock
//! has an English 12-hour marker (as US phones write) and as day first in every other case,
//! and one error says the dates were ambiguous and how they were read. A two-digit year is in
//! the 2000s. An impossible date or time (`32/13/2026`, `25:70`) is an error naming the line;
//! the message is kept without a time.
//!
//! Exports carry no time zone, and neither the reader nor the export knows the phone's:
//! [`Turn::at`] is the phone's wall-clock time labelled UTC, and [`Conversation::timezone`] is
//! `UTC`, so opening hours are compared with the hours the phone showed instead of being shifted
//! by the team's time zone of `tact.toml` (which would move a 08:30 message in Rome to 09:30).
//! The instants are therefore off by the phone's offset from UTC when compared with other
//! sources; there is no option yet to name the phone's zone. [`Conversation::started_at`] is the
//! first message's time, the channel is chat, and the conversation id is the source name (one
//! conversation per file).
//!
//! # Zip
//!
//! A `.zip` export is read whole into memory, up to [`ReadOptions::max_record_bytes`] (beyond,
//! `record too large`). Its chat text is `_chat.txt` (iOS) or another `.txt` entry that opens
//! like a chat (Android: `WhatsApp Chat with ….txt`, `WhatsApp Chat mit ….txt`,
//! `Chat WhatsApp con ….txt`, …); other entries are media, counted from the chat's markers
//! rather than opened. Errors inside name the entry: `chat.zip/_chat.txt:12: …`.

use crate::labels;
use crate::lines::{self, Lines, BOM};
use crate::roles::fold;
use crate::{checks, ReadError, ReadOptions, Reader};
use chrono::{NaiveDate, NaiveTime};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Cursor, Read};
use std::sync::OnceLock;
use tact_model::{Channel, Conversation, Role, Timestamp, Turn};

const WORDS: &str = include_str!("../data/whatsapp.txt");

pub struct WhatsAppReader;

/// Whether the head of a file reads like a WhatsApp `.txt` export: its first non-empty line
/// opens with an Android or iOS stamp.
pub(crate) fn sniff(head: &[u8]) -> bool {
    let head = head.strip_prefix(BOM).unwrap_or(head);
    let text = match std::str::from_utf8(head) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or_default(),
    };
    text.lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| stamp_line(l, words()).is_some())
}

impl Reader for WhatsAppReader {
    fn read(
        &self,
        source: &str,
        input: &mut dyn BufRead,
        opts: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        let is_zip = match input.fill_buf() {
            Ok(buf) => buf.starts_with(b"PK\x03\x04") || buf.starts_with(b"PK\x05\x06"),
            // Reported by the line reader, which meets the same error.
            Err(_) => false,
        };
        if is_zip {
            read_zip(source, input, opts, sink);
        } else {
            read_chat(source, source, input, opts, sink);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Media,
    Attached,
    AttachedIos,
    Edited,
    System,
    SystemStart,
    Am,
    Pm,
    At,
}

impl Kind {
    fn from_name(name: &str) -> Option<Kind> {
        Some(match name {
            "media" => Kind::Media,
            "attached" => Kind::Attached,
            "attached-ios" => Kind::AttachedIos,
            "edited" => Kind::Edited,
            "system" => Kind::System,
            "system-start" => Kind::SystemStart,
            "am" => Kind::Am,
            "pm" => Kind::Pm,
            "at" => Kind::At,
            _ => return None,
        })
    }
}

/// One entry of `data/whatsapp.txt`.
#[derive(Debug)]
struct Entry {
    kind: Kind,
    lang: &'static str,
    key: String,
}

/// The key an entry or a piece of an export is compared by: folded, without invisible marks,
/// and for notices without a final full stop.
fn key(kind: Kind, s: &str) -> String {
    let folded = fold(&strip_marks(s));
    match kind {
        Kind::System | Kind::SystemStart => folded.trim_end_matches(['.', '…', ' ']).to_string(),
        _ => folded,
    }
}

/// The entries of the data file, and the lines that do not parse.
fn parse_words(data: &'static str) -> (Vec<Entry>, Vec<&'static str>) {
    labels::data_entries(data, |kind, lang, entry| {
        let kind = Kind::from_name(kind)?;
        let key = key(kind, entry.trim());
        (!key.is_empty()).then_some(Entry { kind, lang, key })
    })
}

/// The data file, indexed: each key with the languages that write it.
struct Words {
    exact: HashMap<(Kind, String), Vec<&'static str>>,
    starts: Vec<(String, Vec<&'static str>)>,
}

impl Words {
    fn new(entries: Vec<Entry>) -> Words {
        let mut exact: HashMap<(Kind, String), Vec<&'static str>> = HashMap::new();
        for e in entries {
            exact.entry((e.kind, e.key)).or_default().push(e.lang);
        }
        let starts = exact
            .iter()
            .filter(|((k, _), _)| *k == Kind::SystemStart)
            .map(|((_, key), langs)| (key.clone(), langs.clone()))
            .collect();
        Words { exact, starts }
    }

    /// The languages that write `s` as a `kind`, if any does.
    fn find(&self, kind: Kind, s: &str) -> Option<&[&'static str]> {
        self.exact.get(&(kind, key(kind, s))).map(Vec::as_slice)
    }

    /// The languages of the notice `text` is, if it is one.
    fn notice(&self, text: &str) -> Option<&[&'static str]> {
        if let Some(langs) = self.find(Kind::System, text) {
            return Some(langs);
        }
        let k = key(Kind::SystemStart, text);
        self.starts
            .iter()
            .find(|(start, _)| k.starts_with(start.as_str()))
            .map(|(_, langs)| langs.as_slice())
    }
}

fn words() -> &'static Words {
    static WORDS_TABLE: OnceLock<Words> = OnceLock::new();
    WORDS_TABLE.get_or_init(|| Words::new(parse_words(WORDS).0))
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{A0}' | '\u{202F}' | '\u{2007}')
}

/// Invisible direction marks and embeddings that exports scatter through lines.
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

fn strip_marks(s: &str) -> String {
    s.chars().filter(|c| !is_mark(*c)).collect()
}

/// Which half of the day a 12-hour time is in, and the languages that write its marker.
#[derive(Debug, Clone, Copy)]
struct Half {
    pm: bool,
    langs: &'static [&'static str],
}

/// A stamp as written, before the order of day and month is known.
#[derive(Debug, Clone)]
struct Stamp {
    first: u32,
    second: u32,
    year: i32,
    /// The separator of the date: `/`, `.` or `-`.
    sep: char,
    /// The date as written, for messages.
    written: String,
    hour: u32,
    minute: u32,
    second_of_minute: u32,
    half: Option<Half>,
    /// The languages of a word between date and time (`klo`), if there is one.
    at_langs: Option<&'static [&'static str]>,
}

/// Leading ASCII digits, between `min` and `max` of them, as a number, and what follows.
fn digits(s: &str, min: usize, max: usize) -> Option<(u32, usize, &str)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n < min || n > max {
        return None;
    }
    let v = s[..n].parse().ok()?;
    Some((v, n, &s[n..]))
}

/// A date, a time and a 12-hour marker at the start of `s` (the marker only when
/// `marker_end` finds where it ends), and what follows the time.
fn date_time<'a>(s: &'a str, w: &'static Words) -> Option<(Stamp, &'a str)> {
    let (first, _, r) = digits(s, 1, 2)?;
    let sep = r.chars().next().filter(|c| matches!(c, '/' | '.' | '-'))?;
    let (second, _, r) = digits(&r[1..], 1, 2)?;
    let r = r.strip_prefix(sep)?;
    let (y, n, r) = digits(r, 2, 4)?;
    let year = match n {
        2 => 2000 + i32::try_from(y).ok()?,
        4 => i32::try_from(y).ok()?,
        _ => return None,
    };
    let written = s[..s.len() - r.len()].to_string();
    let r = r.strip_prefix(',').unwrap_or(r);
    let spaced = r.trim_start_matches(is_space);
    if spaced.len() == r.len() {
        return None;
    }
    let mut r = spaced;
    let mut at_langs = None;
    if let Some((word, rest)) = r.split_once(is_space) {
        if let Some(langs) = w.find(Kind::At, word) {
            at_langs = Some(langs);
            r = rest.trim_start_matches(is_space);
        }
    }
    let (hour, _, r) = digits(r, 1, 2)?;
    let tsep = r.chars().next().filter(|c| matches!(c, ':' | '.'))?;
    let (minute, _, r) = digits(&r[1..], 2, 2)?;
    let (second_of_minute, r) = match r.strip_prefix(tsep).and_then(|x| digits(x, 2, 2)) {
        Some((v, _, rest)) => (v, rest),
        None => (0, r),
    };
    let stamp = Stamp {
        first,
        second,
        year,
        sep,
        written,
        hour,
        minute,
        second_of_minute,
        half: None,
        at_langs,
    };
    Some((stamp, r))
}

/// A 12-hour marker of the data file (`PM`, `μ.μ.`, `ip.`).
fn half(marker: &str, w: &'static Words) -> Option<Half> {
    if marker.chars().count() > 10 {
        return None;
    }
    if let Some(langs) = w.find(Kind::Pm, marker) {
        return Some(Half { pm: true, langs });
    }
    w.find(Kind::Am, marker)
        .map(|langs| Half { pm: false, langs })
}

/// `- rest` or `– rest` (Android's separator after the stamp).
fn after_dash(t: &str) -> Option<&str> {
    let t = t.strip_prefix('-').or_else(|| t.strip_prefix('–'))?;
    if t.is_empty() {
        return Some(t);
    }
    t.strip_prefix(is_space)
}

/// `14/03/2026, 21:14 - content` (Android).
fn android<'a>(line: &'a str, w: &'static Words) -> Option<(Stamp, &'a str)> {
    let (mut stamp, r) = date_time(line, w)?;
    let t = r.trim_start_matches(is_space);
    if t.len() == r.len() {
        return None;
    }
    if let Some(content) = after_dash(t) {
        return Some((stamp, content));
    }
    let dash = t.find(['-', '–'])?;
    let marker = t[..dash].trim_end_matches(is_space);
    if marker.len() == dash {
        return None;
    }
    stamp.half = Some(half(marker, w)?);
    Some((stamp, after_dash(&t[dash..])?))
}

/// `[14/03/2026, 21:14:05] content` (iOS).
fn ios<'a>(line: &'a str, w: &'static Words) -> Option<(Stamp, &'a str)> {
    let r = line.strip_prefix('[')?;
    let close = r.find(']')?;
    let (mut stamp, rest) = date_time(&r[..close], w)?;
    let marker = rest.trim_matches(is_space);
    if !marker.is_empty() {
        if !rest.starts_with(is_space) {
            return None;
        }
        stamp.half = Some(half(marker, w)?);
    }
    let after = &r[close + 1..];
    let content = if after.is_empty() {
        after
    } else {
        after.strip_prefix(is_space)?
    };
    Some((stamp, content))
}

/// The stamp and the rest of a line that starts a message, and whether it is iOS's layout.
fn stamp_line<'a>(line: &'a str, w: &'static Words) -> Option<(Stamp, &'a str, bool)> {
    let line = line.trim_start_matches(|c: char| is_mark(c) || is_space(c));
    if line.starts_with('[') {
        ios(line, w).map(|(s, c)| (s, c, true))
    } else {
        android(line, w).map(|(s, c)| (s, c, false))
    }
}

/// `Name: text` → the name (cleaned) and the text; `None` for a line without a sender.
fn split_sender(content: &str) -> (Option<String>, &str) {
    let (name, text) = match content.split_once(": ") {
        Some((name, text)) => (name, text),
        None => match content.strip_suffix(':') {
            Some(name) if !name.contains(": ") => (name, ""),
            _ => return (None, content),
        },
    };
    let name = strip_marks(name);
    let name = name
        .trim_matches(is_space)
        .trim_start_matches('~')
        .trim_matches(is_space);
    let plausible =
        !name.is_empty() && name.chars().count() <= 80 && !name.contains(['"', '“', '”', '«', '»']);
    if plausible {
        (Some(name.to_string()), text)
    } else {
        (None, content)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Order {
    DayFirst,
    MonthFirst,
}

impl Order {
    fn name(self) -> &'static str {
        match self {
            Order::DayFirst => "day/month/year",
            Order::MonthFirst => "month/day/year",
        }
    }
}

fn date_of(s: &Stamp, order: Order) -> Option<NaiveDate> {
    let (day, month) = match order {
        Order::DayFirst => (s.first, s.second),
        Order::MonthFirst => (s.second, s.first),
    };
    NaiveDate::from_ymd_opt(s.year, month, day)
}

fn time_of(s: &Stamp) -> Option<NaiveTime> {
    let hour = match s.half {
        None => s.hour,
        Some(_) if s.hour > 12 => return None,
        Some(Half { pm: false, .. }) => s.hour % 12,
        Some(Half { pm: true, .. }) => s.hour % 12 + 12,
    };
    NaiveTime::from_hms_opt(hour, s.minute, s.second_of_minute)
}

/// What the words of a file say about its dates.
#[derive(Debug, Default)]
struct Hints {
    /// A word of a day-first language, or a date written with `.` or `-`.
    day_first: bool,
    /// A 12-hour marker English writes.
    english_12h: bool,
}

impl Hints {
    fn saw(&mut self, langs: &[&str]) {
        if !langs.contains(&"en") {
            self.day_first = true;
        }
    }

    fn stamp(&mut self, s: &Stamp) {
        if s.sep != '/' {
            self.day_first = true;
        }
        if let Some(langs) = s.at_langs {
            self.saw(langs);
        }
        if let Some(h) = s.half {
            self.saw(h.langs);
            if h.langs.contains(&"en") {
                self.english_12h = true;
            }
        }
    }
}

/// The order of day and month for the file, and a note when it had to be guessed.
fn decide_order(stamps: &[(usize, &Stamp)], hints: &Hints) -> (Order, Option<(usize, String)>) {
    let (mut day_only, mut month_only) = (0usize, 0usize);
    let mut ambiguous = None;
    for (line, s) in stamps {
        let d = date_of(s, Order::DayFirst).is_some();
        let m = date_of(s, Order::MonthFirst).is_some();
        match (d, m) {
            (true, false) => day_only += 1,
            (false, true) => month_only += 1,
            (true, true) if s.first != s.second => {
                ambiguous.get_or_insert((*line, *s));
            }
            _ => {}
        }
    }
    if day_only > 0 || month_only > 0 {
        let order = if month_only > day_only {
            Order::MonthFirst
        } else {
            Order::DayFirst
        };
        return (order, None);
    }
    if hints.day_first {
        return (Order::DayFirst, None);
    }
    let Some((line, s)) = ambiguous else {
        return (Order::DayFirst, None);
    };
    let (order, why) = if hints.english_12h {
        (
            Order::MonthFirst,
            "as phones with an English 12-hour clock write them",
        )
    } else {
        (
            Order::DayFirst,
            "as every other locale tact reads writes them",
        )
    };
    let note = format!(
        "the dates are ambiguous: no day is over 12 and no word of the export names a \
         day-first language, so {} could be day/month or month/day; all dates are read as {} \
         ({why}); check the dates in the report",
        s.written,
        order.name()
    );
    (order, Some((line, note)))
}

/// A message as read, until its last line is known.
struct Open {
    line: usize,
    stamp: Stamp,
    sender: Option<String>,
    text: String,
    ios: bool,
    /// Its text started with U+200E, iOS's mark on notices and media.
    marked: bool,
}

/// A finished message, before dates and roles are known.
struct Message {
    line: usize,
    stamp: Stamp,
    /// `None` for a system turn.
    sender: Option<String>,
    text: String,
    attachments: u32,
}

/// `IMG-20260314-WA0003.jpg `, `Preventivo divano.pdf `: a file name with an extension.
fn looks_like_file(s: &str) -> bool {
    s.trim_matches(is_space)
        .rsplit_once('.')
        .is_some_and(|(stem, ext)| {
            !stem.is_empty()
                && (1..=5).contains(&ext.len())
                && ext.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// Removes media markers and edit tags from one line of a message; the count of media and
/// what is left.
fn strip_media(line: &str, w: &'static Words, hints: &mut Hints) -> (u32, String) {
    let trimmed = line.trim_matches(is_space);
    if let Some(langs) = w.find(Kind::Media, trimmed) {
        hints.saw(langs);
        return (1, String::new());
    }
    if let Some(inner) = trimmed.strip_suffix(')') {
        if let Some(open) = inner.rfind('(') {
            if looks_like_file(&inner[..open]) {
                if let Some(langs) = w.find(Kind::Attached, &inner[open + 1..]) {
                    hints.saw(langs);
                    return (1, String::new());
                }
            }
        }
    }
    let mut count = 0u32;
    let mut out = String::new();
    let mut rest = line;
    while let Some(lt) = rest.find('<') {
        let Some(len) = rest[lt..].find('>') else {
            break;
        };
        let segment = &rest[lt..=lt + len];
        let inner = &segment[1..segment.len() - 1];
        let found = if let Some(langs) = w.find(Kind::Media, segment) {
            count = count.saturating_add(1);
            Some(langs)
        } else if let Some(langs) = w.find(Kind::Edited, segment) {
            Some(langs)
        } else if let Some(langs) = inner
            .split_once(':')
            .and_then(|(word, _)| w.find(Kind::AttachedIos, word))
        {
            count = count.saturating_add(1);
            Some(langs)
        } else {
            None
        };
        out.push_str(&rest[..lt]);
        match found {
            Some(langs) => hints.saw(langs),
            None => out.push_str(segment),
        }
        rest = &rest[lt + len + 1..];
    }
    out.push_str(rest);
    (count, out)
}

/// A finished message: markers counted and removed, notices recognised.
fn settle(open: Open, w: &'static Words, hints: &mut Hints) -> Message {
    let mut attachments = 0u32;
    let mut kept = Vec::new();
    for line in open.text.split('\n') {
        let (n, rest) = strip_media(&strip_marks(line), w, hints);
        attachments = attachments.saturating_add(n);
        if n == 0 || !rest.trim_matches(is_space).is_empty() {
            kept.push(rest.trim_end_matches(is_space).to_string());
        }
    }
    let text = kept.join("\n").trim().to_string();
    let notice = w.notice(&text);
    if let Some(langs) = notice {
        hints.saw(langs);
    }
    let system = open.sender.is_none()
        || (attachments == 0 && (notice.is_some() || (open.ios && open.marked)));
    Message {
        line: open.line,
        stamp: open.stamp,
        sender: if system { None } else { open.sender },
        text,
        attachments,
    }
}

/// The chat text of an export, read line by line; `source` prefixes errors, `id` names the
/// conversation.
fn read_chat(
    source: &str,
    id: &str,
    input: &mut dyn BufRead,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Result<Conversation, ReadError>),
) {
    let w = words();
    let mut hints = Hints::default();
    let mut errors: Vec<ReadError> = Vec::new();
    let mut messages: Vec<Message> = Vec::new();
    let mut open: Option<Open> = None;
    // Reported only if the file turns out to be an export at all.
    let mut orphan: Option<ReadError> = None;
    let mut lines = Lines::new(source, input, opts.max_record_bytes);
    while let Some(item) = lines.next_line() {
        let (n, line) = match item {
            Ok(l) => l,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        if let Some((stamp, content, ios)) = stamp_line(line, w) {
            if let Some(done) = open.take() {
                messages.push(settle(done, w, &mut hints));
            }
            hints.stamp(&stamp);
            let (sender, text) = split_sender(content);
            let marked = text.trim_start_matches(is_space).starts_with('\u{200E}');
            open = Some(Open {
                line: n,
                stamp,
                sender,
                text: text.to_string(),
                ios,
                marked,
            });
            continue;
        }
        match open.as_mut() {
            Some(m) => {
                m.text.push('\n');
                m.text.push_str(line);
            }
            None if line.trim().is_empty() || orphan.is_some() => {}
            None => {
                orphan = Some(ReadError::new(
                    source,
                    n,
                    "text before the first WhatsApp message (a line like `14/03/2026, 21:14 - \
                     Name: …` or `[14/03/26, 21:14:05] Name: …`) is ignored",
                ));
            }
        }
    }
    if let Some(done) = open.take() {
        messages.push(settle(done, w, &mut hints));
    }
    if messages.is_empty() {
        if !lines.was_utf16() {
            errors.push(ReadError::new(
                source,
                1,
                "no WhatsApp messages: expected lines like `14/03/2026, 21:14 - Name: …` \
                 (Android) or `[14/03/26, 21:14:05] Name: …` (iOS)",
            ));
        }
        errors.sort_by_key(|e| e.line);
        for e in errors {
            sink(Err(e));
        }
        return;
    }
    errors.extend(orphan);
    let stamps: Vec<(usize, &Stamp)> = messages.iter().map(|m| (m.line, &m.stamp)).collect();
    let (order, note) = decide_order(&stamps, &hints);
    if let Some((line, note)) = note {
        errors.push(ReadError::new(source, line, note));
    }
    let (conv, turn_lines) = build(source, id, messages, order, opts, &mut errors);
    errors.sort_by_key(|e| e.line);
    for e in errors {
        sink(Err(e));
    }
    checks::emit(
        source,
        conv,
        &|i| turn_lines.get(i).copied().unwrap_or(1),
        sink,
    );
}

/// The conversation of a file's messages, and the line of each turn.
fn build(
    source: &str,
    id: &str,
    messages: Vec<Message>,
    order: Order,
    opts: &ReadOptions,
    errors: &mut Vec<ReadError>,
) -> (Conversation, Vec<usize>) {
    let agents: Vec<String> = opts
        .agent_names
        .iter()
        .map(|n| fold(n))
        .filter(|n| !n.is_empty())
        .collect();
    // Participants in order of their first message, by folded name.
    let mut participants: Vec<(String, String, usize)> = Vec::new();
    for m in &messages {
        if let Some(name) = &m.sender {
            let k = fold(name);
            if !participants.iter().any(|(pk, _, _)| *pk == k) {
                participants.push((k, name.clone(), m.line));
            }
        }
    }
    let agent_people: Vec<&str> = participants
        .iter()
        .filter(|(k, _, _)| agents.contains(k))
        .map(|(_, name, _)| name.as_str())
        .collect();
    if let Some((_, _, line)) = participants.first() {
        if agent_people.is_empty() {
            let found = participants
                .iter()
                .map(|(_, name, _)| format!("{name:?}"))
                .collect::<Vec<_>>()
                .join(", ");
            let reason = if opts.agent_names.is_empty() {
                format!(
                    "no agent named: the participants are {found}; every message is read as the \
                     customer's; pass --agent-names with the agent's name as the export writes it"
                )
            } else {
                format!(
                    "none of the participants ({found}) is among --agent-names ({}); every \
                     message is read as the customer's (if the agent wrote here, check how the \
                     export spells the name)",
                    opts.agent_names
                        .iter()
                        .map(|n| format!("{n:?}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            errors.push(ReadError::new(source, *line, reason));
        }
    }

    let mut turns: Vec<Turn> = Vec::new();
    let mut turn_lines = Vec::new();
    for m in messages {
        let at = at_of(source, &m, order, errors);
        let (role, speaker) = match m.sender {
            None => (Role::System, None),
            Some(name) if agents.contains(&fold(&name)) => (Role::Agent, Some(name)),
            Some(name) => (Role::Customer, Some(name)),
        };
        if m.text.is_empty() && m.attachments > 0 && role != Role::System {
            if let Some(last) = turns.last_mut() {
                if last.role != Role::System && last.speaker == speaker {
                    last.attachments = last.attachments.saturating_add(m.attachments);
                    continue;
                }
            }
        }
        let mut turn = Turn::new(role, m.text);
        turn.speaker = speaker;
        turn.at = at;
        turn.attachments = m.attachments;
        turns.push(turn);
        turn_lines.push(m.line);
    }
    let agent = match agent_people.as_slice() {
        [one] => Some(one.to_string()),
        _ => None,
    };
    let conv = Conversation {
        id: id.to_string(),
        channel: Channel::Chat,
        agent,
        started_at: turns.iter().find_map(|t| t.at),
        timezone: Some("UTC".to_string()),
        turns,
        ..Conversation::default()
    };
    (conv, turn_lines)
}

/// A message's time, or an error naming its line when the stamp is impossible.
fn at_of(
    source: &str,
    m: &Message,
    order: Order,
    errors: &mut Vec<ReadError>,
) -> Option<Timestamp> {
    let s = &m.stamp;
    let Some(date) = date_of(s, order) else {
        errors.push(ReadError::new(
            source,
            m.line,
            format!(
                "impossible date {} (the file's dates are read as {}); the message is kept \
                 without a time",
                s.written,
                order.name()
            ),
        ));
        return None;
    };
    let Some(time) = time_of(s) else {
        let marker = if s.half.is_some() { " (12-hour)" } else { "" };
        errors.push(ReadError::new(
            source,
            m.line,
            format!(
                "impossible time {}:{:02}{marker}; the message is kept without a time",
                s.hour, s.minute
            ),
        ));
        return None;
    };
    Some(date.and_time(time).and_utc().fixed_offset())
}

fn read_zip(
    source: &str,
    input: &mut dyn BufRead,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Result<Conversation, ReadError>),
) {
    let max = opts.max_record_bytes;
    let mut bytes = Vec::new();
    let limit = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    if let Err(e) = input.take(limit).read_to_end(&mut bytes) {
        sink(Err(lines::read_failed(source, 1, &e)));
        return;
    }
    if bytes.len() > max {
        sink(Err(lines::too_large(source, 1, max)));
        return;
    }
    let mut archive = match zip::ZipArchive::new(Cursor::new(bytes)) {
        Ok(a) => a,
        Err(e) => {
            sink(Err(ReadError::new(
                source,
                1,
                format!("not a readable zip archive ({e})"),
            )));
            return;
        }
    };
    let names: Vec<String> = archive
        .file_names()
        .map(|n| n.map(|n| n.into_owned()).unwrap_or_default())
        .collect();
    let base = |name: &str| name.rsplit('/').next().unwrap_or(name).to_string();
    let is_file = |name: &str| {
        !name.is_empty()
            && !name.ends_with('/')
            && !name.starts_with("__MACOSX/")
            && !base(name).starts_with("._")
    };
    let mut texts: Vec<usize> = (0..names.len())
        .filter(|i| is_file(&names[*i]) && names[*i].to_lowercase().ends_with(".txt"))
        .collect();
    // iOS's `_chat.txt` first, then the others in archive order.
    texts.sort_by_key(|i| base(&names[*i]) != "_chat.txt");
    let chosen = texts
        .iter()
        .copied()
        .find(|i| entry_head(&mut archive, *i).is_some_and(|h| sniff(&h)))
        .or_else(|| texts.first().copied());
    let Some(index) = chosen else {
        let files = names.iter().filter(|n| is_file(n)).count();
        sink(Err(ReadError::new(
            source,
            1,
            format!(
                "no chat text in the zip: expected `_chat.txt` (iOS) or `WhatsApp Chat with \
                 ….txt` (Android) next to the media; it holds {files} other file{}",
                if files == 1 { "" } else { "s" }
            ),
        )));
        return;
    };
    let entry_source = format!("{source}/{}", names[index]);
    match archive.by_index(index) {
        Ok(file) => {
            let mut reader = BufReader::new(file);
            read_chat(&entry_source, source, &mut reader, opts, sink);
        }
        Err(e) => sink(Err(ReadError::new(
            &entry_source,
            1,
            format!("cannot read the chat text from the zip ({e})"),
        ))),
    };
}

/// The first 4 KiB of a zip entry, if it can be read.
fn entry_head<R: Read + std::io::Seek>(
    archive: &mut zip::ZipArchive<R>,
    i: usize,
) -> Option<Vec<u8>> {
    let file = archive.by_index(i).ok()?;
    let mut head = Vec::new();
    file.take(4096).read_to_end(&mut head).ok()?;
    Some(head)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labels::LANGUAGES;

    #[test]
    fn the_data_file_parses_covers_every_language_and_has_a_provenance_header() {
        let (entries, bad) = parse_words(WORDS);
        assert!(bad.is_empty(), "unparsable lines: {bad:?}");
        for lang in LANGUAGES {
            for kind in [
                Kind::Media,
                Kind::Attached,
                Kind::AttachedIos,
                Kind::Edited,
                Kind::System,
                Kind::SystemStart,
                Kind::Am,
                Kind::Pm,
            ] {
                assert!(
                    entries.iter().any(|e| e.lang == lang && e.kind == kind),
                    "{lang} has no {kind:?} entry"
                );
            }
        }
        assert!(entries.iter().all(|e| LANGUAGES.contains(&e.lang)));
        assert!(WORDS.contains("# source:") && WORDS.contains("# licence:"));
    }

    #[test]
    fn stamps_of_every_layout_are_recognised() {
        let w = words();
        for (line, ios, text) in [
            ("14/03/2026, 21:14 - Maria: hi", false, "Maria: hi"),
            ("3/14/26, 9:14\u{202F}PM - Maria: hi", false, "Maria: hi"),
            ("14/3/26, 9:14 μ.μ. - Νίκος: γεια", false, "Νίκος: γεια"),
            ("14.03.2026, 21:14 – Andrei: salut", false, "Andrei: salut"),
            ("14.3.2026 klo 9.14 ip. - Aino: hei", false, "Aino: hei"),
            ("\u{200E}[14/03/26, 21:14:05] Maria: hi", true, "Maria: hi"),
            ("[3/14/26, 9:14:05 PM] Maria: hi", true, "Maria: hi"),
            ("[14.3.2026 klo 21.14.05] Aino: hei", true, "Aino: hei"),
        ] {
            let (_, content, got_ios) = stamp_line(line, w).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((content, got_ios), (text, ios), "{line}");
        }
        for line in [
            "[21:03] Agent: hi",
            "[2026-03-06 21:03] Luca (agent): hi",
            "2026-03-06 21:03 - Maria: hi",
            "14/03/2026 was a Saturday - fine",
            "14/03/2026, 21:14 Maria: hi",
            "14/03/2026, 21:14 XX - Maria: hi",
            "[14/03/2026, 21:14:05 XX] Maria: hi",
            "1/2/345, 21:14 - Maria: hi",
        ] {
            assert!(stamp_line(line, w).is_none(), "{line}");
        }
    }

    #[test]
    fn twelve_hour_times_convert_and_impossible_ones_do_not() {
        let w = words();
        let time = |line: &str| {
            stamp_line(line, w)
                .and_then(|(s, _, _)| time_of(&s))
                .map(|t| t.to_string())
        };
        assert_eq!(time("1/2/26, 12:05 AM - a: b").as_deref(), Some("00:05:00"));
        assert_eq!(time("1/2/26, 12:05 PM - a: b").as_deref(), Some("12:05:00"));
        assert_eq!(
            time("1/2/26, 9:05 p.m. - a: b").as_deref(),
            Some("21:05:00")
        );
        assert_eq!(time("1/2/26, 13:05 PM - a: b"), None);
        assert_eq!(time("1/2/26, 24:05 - a: b"), None);
    }

    #[test]
    fn senders_are_cleaned_and_lines_without_one_are_system() {
        assert_eq!(
            split_sender("~\u{202F}Maria 🌸: hi"),
            (Some("Maria 🌸".to_string()), "hi")
        );
        assert_eq!(
            split_sender("\u{202A}+39 333 123 4567\u{202C}: ciao"),
            (Some("+39 333 123 4567".to_string()), "ciao")
        );
        assert_eq!(split_sender("Maria added Luca"), (None, "Maria added Luca"));
        assert_eq!(split_sender("Luca:"), (Some("Luca".to_string()), ""));
    }

    #[test]
    fn sniff_takes_exports_and_leaves_tact_chat_logs_alone() {
        assert!(sniff(b"\xEF\xBB\xBF\n14/03/2026, 21:14 - Maria: hi\n"));
        assert!(sniff("\u{200E}[14/03/26, 21:14:05] Maria: hi\n".as_bytes()));
        assert!(!sniff(b"[21:03] Agent: hi\n"));
        assert!(!sniff(b"[2026-03-06 21:03] Luca (agent): hi\n"));
        assert!(!sniff(b"Agent: hi\n14/03/2026, 21:14 - Maria: hi\n"));
        assert!(!sniff(b""));
    }
}
