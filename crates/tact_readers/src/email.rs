//! E-mail: `.eml` messages and mbox archives, threaded into conversations. Leads that arrive
//! after hours arrive by e-mail, so reading a team's mailbox is what makes lead response times
//! real. MIME (encodings, charsets, multiparts, encoded headers such as `=?UTF-8?B?…?=`) is left
//! to `mail-parser`; this module only finds where each message starts, threads the messages and
//! keeps what each one says itself.
//!
//! # Where messages start
//! - mbox (`.mbox`, `.mbx`, or any file opening with a `From ` line): a `From ` postmark line
//!   at the start of the file, after a blank line, or shaped like a postmark (`From sender
//!   Thu Mar  6 21:14:00 2026`) starts a message; `>From ` lines in bodies lose one `>`
//!   (mboxrd; `>>From ` becomes `>From `). Text before the first postmark is read as a message.
//!   The archive is read line by line and each message parsed as soon as it ends, so no more
//!   than one message is held as bytes.
//! - `.eml`: one message, or several written one after the other. A new message starts only
//!   at a header block (header lines, then a blank line) holding `From:`, `Date:` and
//!   `Message-ID:`, after a blank line, once the message before is whole: its top-level
//!   multipart closed (`--boundary--`), and never inside a `message/rfc822` body. A forwarded
//!   message pasted inline has no `Message-ID:`, so it does not split a message; a whole raw
//!   message pasted into a plain-text body does (a known limit). An `.eml` file opening with a
//!   `From ` postmark is read as mbox.
//! - A message over `--max-record-bytes` is reported (`record too large`, at the line where it
//!   starts) and skipped without being buffered; reading goes on at the next message.
//!
//! # Threads
//! Messages are joined by `Message-ID`, `In-Reply-To` and `References`: a message is in the
//! thread of every message it names and of every message naming it. One thread is one
//! conversation, emitted at the end of the file in order of its first message. Threads must be
//! held until the end of the file, because a reply may come anywhere after the message it
//! answers: memory grows with the text of the whole file (the text kept from each message,
//! not its raw bytes or attachments). A message with the `Message-ID` of an earlier one is a
//! copy (the sent and the received copy of one message): reported and skipped. Messages are
//! not threaded by subject: a reply whose client dropped `In-Reply-To` and `References` is a
//! conversation of its own.
//!
//! # Field by field
//! | tact field | from |
//! |---|---|
//! | `id` | the thread's root `Message-ID` without `<>`: the first message naming no other; else the first id in the first message's `References` (or its `In-Reply-To`); else `file:line` |
//! | `channel` | always `email` |
//! | `started_at` | the earliest `Date` of the thread |
//! | `agent` | the speaker of the first agent message |
//! | `language`, `team`, `outcome` | not set (the language is detected from the text) |
//! | `turns` | one per message, in `Date` order; messages with equal dates keep file order, and a message without a date comes after the one before it in the file |
//! | `turn.role` | `agent` when the `From` address is one of `--agent-domains` (`shop.example` matches `luca@shop.example` and `luca@mail.shop.example`; a full address matches itself; case is ignored), `customer` otherwise |
//! | `turn.speaker` | the `From` display name, else its address |
//! | `turn.at` | `Date` (RFC 5322; RFC 3339 is accepted too), with its own offset |
//! | `turn.text` | the `text/plain` body parts, else the HTML ones turned to text (tags, entities, comments, scripts, styles and quoted `<blockquote>`s removed), without quoted earlier messages and signatures; empty for a message with attachments and no text |
//! | `turn.attachments` | the attachment parts, including inline ones (a pasted photo), except images the HTML shows by `Content-ID` (logos in signatures) |
//!
//! Without `--agent-domains`, one error per file says so (at line 1), and in each thread the
//! sender of the first message by date is read as the customer and every other sender as the
//! agent, which is wrong for threads the shop opened.
//!
//! # Quotes and signatures
//! Cut from each message: lines starting with `>`; everything from a reply header (`On … wrote:`,
//! `Il giorno … ha scritto:`, `Στις … έγραψε:`, `În … a scris:`, `… kirjoitti:`, when quoted
//! lines or nothing follow it), from a separator (`-----Original Message-----`, `-------- Forwarded
//! Message --------`, `Begin forwarded message:`) or from an Outlook header block (`From: … Sent:
//! … To: …`, in each language) on; and everything from a signature line on (`-- `, `Sent from
//! my iPhone`, `Inviato da iPhone`, `Στάλθηκε από το iPhone μου`, `Trimis de pe iPhone`,
//! `Lähetetty iPhonesta`, …). The language data are in `data/email_quotes.txt`. Signatures
//! without a delimiter (a name and a phone number under the text) are kept.
//!
//! # Errors
//! Each names the line where its message starts: a message that cannot be parsed, has no
//! `From`, or has no text of its own (only quotes) and no attachment is skipped; a missing,
//! unreadable or impossible `Date` is reported and the message kept without `at`; a broken MIME
//! boundary (never used, or never closed) is reported and what could be read is kept. A UTF-16
//! file is one error; a file without any message is one error; an I/O error ends the input,
//! dropping only the message it cut short.

use crate::labels;
use crate::lines::{self, RawLines};
use crate::roles::fold;
use crate::{checks, stamps, ReadError, ReadOptions, Reader};
use chrono::{FixedOffset, NaiveDate, TimeZone};
use mail_parser::decoders::html::html_to_text;
use mail_parser::{HeaderValue, Message, MessageParser, MessagePart, MimeHeaders, PartType};
use std::collections::HashMap;
use std::io::BufRead;
use std::sync::OnceLock;
use tact_model::{Channel, Conversation, Role, Timestamp, Turn};

const QUOTES: &str = include_str!("../data/email_quotes.txt");

/// Reads `.eml` files: one message, or several one after the other (see the module docs).
pub struct EmailReader;

/// Reads mbox archives: messages after `From ` postmark lines.
pub struct MboxReader;

impl Reader for EmailReader {
    fn read(
        &self,
        source: &str,
        input: &mut dyn BufRead,
        opts: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        read(source, input, Layout::Eml, opts, sink);
    }
}

impl Reader for MboxReader {
    fn read(
        &self,
        source: &str,
        input: &mut dyn BufRead,
        opts: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        read(source, input, Layout::Mbox, opts, sink);
    }
}

/// Header names of e-mail; two of them in the first header block of a file make it a
/// message.
const MAIL_HEADERS: [&str; 14] = [
    "from",
    "to",
    "cc",
    "subject",
    "date",
    "message-id",
    "mime-version",
    "received",
    "return-path",
    "reply-to",
    "in-reply-to",
    "references",
    "delivered-to",
    "content-type",
];

/// Whether the head of a file reads like one e-mail message: header lines (continuations
/// included) up to a blank line or the end of the head, at least two of them e-mail headers.
pub(crate) fn sniff(head: &[u8]) -> bool {
    let head = head.strip_prefix(lines::BOM).unwrap_or(head);
    let mut known = 0;
    let mut first = true;
    for line in head.split(|b| *b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            return known >= 2;
        }
        if !first && matches!(line[0], b' ' | b'\t') {
            continue;
        }
        first = false;
        let Some(name) = header_name(line) else {
            return false;
        };
        if MAIL_HEADERS
            .iter()
            .any(|h| name.eq_ignore_ascii_case(h.as_bytes()))
        {
            known += 1;
        }
    }
    known >= 2
}

/// The field name of a header line (`Name: value`): printable ASCII without spaces or colons.
fn header_name(line: &[u8]) -> Option<&[u8]> {
    let colon = line.iter().position(|b| *b == b':')?;
    let name = &line[..colon];
    (!name.is_empty() && name.iter().all(|b| b.is_ascii_graphic())).then_some(name)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    Mbox,
    Eml,
}

fn read(
    source: &str,
    input: &mut dyn BufRead,
    layout: Layout,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Result<Conversation, ReadError>),
) {
    let mut threads = Threads::default();
    let mut raw_lines = RawLines::new(source, input, opts.max_record_bytes);
    let mut split = Split::new(source, layout, opts.max_record_bytes);
    let mut side_reported = false;
    let mut found = |item: Result<(usize, Vec<u8>), ReadError>| match item {
        Err(e) => sink(Err(e)),
        Ok((line, raw)) => {
            let mail = read_message(source, line, &raw, &mut |e| sink(Err(e)));
            if let Some(mail) = mail {
                if opts.agent_domains.is_empty() && !side_reported {
                    side_reported = true;
                    sink(Err(ReadError::new(source, 1, NO_AGENT_SIDE)));
                }
                if let Some(first) = threads.add(mail) {
                    sink(Err(ReadError::new(
                        source,
                        line,
                        format!("a copy of the message at line {first} (same Message-ID); skipped"),
                    )));
                }
            }
        }
    };
    // An I/O error or a UTF-16 file, reported once; the input ends there.
    let mut stopped = false;
    while let Some(item) = raw_lines.next_line() {
        match item {
            Ok((n, bytes)) => split.line(n, bytes, &mut found),
            Err(e) if e == lines::too_large(source, e.line, opts.max_record_bytes) => {
                split.line_too_large(e.line, &mut found);
            }
            Err(e) => {
                stopped = true;
                found(Err(e));
            }
        }
    }
    if stopped {
        // The message being read is cut short: the error above says where.
        split.cur = None;
        split.candidate = None;
    }
    split.end(&mut found);
    if raw_lines.was_utf16() {
        return;
    }
    if split.messages == 0 && !stopped {
        sink(Err(ReadError::new(
            source,
            raw_lines.number().max(1),
            "no e-mail message found (expected header lines such as `From:`, `Date:` and \
             `Subject:`, then a blank line and the text)",
        )));
        return;
    }
    threads.emit(source, opts, sink);
}

const NO_AGENT_SIDE: &str = "no agent side named, so in each thread the sender of the first \
     message is read as the customer and every other sender as the agent: name the agent side \
     with --agent-domains shop.example";

/// Where the body of the message being gathered ends, as far as an `.eml` needs to know
/// before a header block can start the next message.
#[derive(Debug)]
enum BodyEnd {
    /// Its headers are not over yet, or its body is a whole message (`message/rfc822`).
    Unknown,
    /// At this line: the closing delimiter of its top-level multipart.
    Closing(Vec<u8>),
    /// Anywhere: a header block after a blank line may start the next message.
    Open,
}

/// The message being gathered.
struct Current {
    line: usize,
    bytes: Vec<u8>,
    too_large: bool,
    in_headers: bool,
    end: BodyEnd,
}

impl Current {
    fn new(line: usize) -> Self {
        Current {
            line,
            bytes: Vec::new(),
            too_large: false,
            in_headers: true,
            end: BodyEnd::Unknown,
        }
    }
}

/// Header lines after a blank line of an `.eml`: perhaps the start of the next message.
struct Candidate {
    line: usize,
    lines: Vec<Vec<u8>>,
    size: usize,
    from: bool,
    date: bool,
    id: bool,
}

type Found<'a> = dyn FnMut(Result<(usize, Vec<u8>), ReadError>) + 'a;

/// Cuts the lines of a file into messages (line where each starts, raw bytes with `\n`).
struct Split<'s> {
    source: &'s str,
    layout: Layout,
    max: usize,
    cur: Option<Current>,
    candidate: Option<Candidate>,
    prev_blank: bool,
    started: bool,
    /// Messages handed on or reported as too large.
    messages: usize,
}

impl<'s> Split<'s> {
    fn new(source: &'s str, layout: Layout, max: usize) -> Self {
        Split {
            source,
            layout,
            max,
            cur: None,
            candidate: None,
            prev_blank: false,
            started: false,
            messages: 0,
        }
    }

    fn line(&mut self, n: usize, bytes: &[u8], found: &mut Found<'_>) {
        let blank = bytes.iter().all(u8::is_ascii_whitespace);
        if !self.started && blank {
            return;
        }
        let first = !self.started;
        self.started = true;
        if first && self.layout == Layout::Eml && bytes.starts_with(b"From ") {
            self.layout = Layout::Mbox;
        }
        match self.layout {
            Layout::Mbox => {
                if bytes.starts_with(b"From ") && (first || self.prev_blank || postmark(bytes)) {
                    self.finish(found);
                    self.cur = Some(Current::new(n));
                } else {
                    self.push(n, unescape(bytes), found);
                }
            }
            Layout::Eml => self.eml_line(n, bytes, blank, found),
        }
        self.prev_blank = blank;
    }

    fn eml_line(&mut self, n: usize, bytes: &[u8], blank: bool, found: &mut Found<'_>) {
        if let Some(c) = &mut self.candidate {
            if blank {
                self.resolve(found);
                self.push(n, bytes, found);
            } else if matches!(bytes.first(), Some(b' ' | b'\t')) {
                c.size += bytes.len() + 1;
                c.lines.push(bytes.to_vec());
                if c.size > self.max {
                    self.flush_candidate(found);
                }
            } else if let Some(name) = header_name(bytes) {
                c.from |= name.eq_ignore_ascii_case(b"from");
                c.date |= name.eq_ignore_ascii_case(b"date");
                c.id |= name.eq_ignore_ascii_case(b"message-id");
                c.size += bytes.len() + 1;
                c.lines.push(bytes.to_vec());
                if c.size > self.max {
                    self.flush_candidate(found);
                }
            } else {
                self.flush_candidate(found);
                self.push(n, bytes, found);
            }
            return;
        }
        let whole = self
            .cur
            .as_ref()
            .is_some_and(|c| !c.in_headers && matches!(c.end, BodyEnd::Open));
        if whole && self.prev_blank && header_name(bytes).is_some() {
            self.candidate = Some(Candidate {
                line: n,
                lines: Vec::new(),
                size: 0,
                from: false,
                date: false,
                id: false,
            });
            self.eml_line(n, bytes, false, found);
        } else {
            self.push(n, bytes, found);
        }
    }

    /// A header block ended: it starts the next message when it holds `From:`, `Date:` and
    /// `Message-ID:`.
    fn resolve(&mut self, found: &mut Found<'_>) {
        let Some(c) = self.candidate.take() else {
            return;
        };
        if c.from && c.date && c.id {
            self.finish(found);
            self.cur = Some(Current::new(c.line));
        }
        for (i, l) in c.lines.iter().enumerate() {
            self.push(c.line + i, l, found);
        }
    }

    fn flush_candidate(&mut self, found: &mut Found<'_>) {
        if let Some(c) = self.candidate.take() {
            for (i, l) in c.lines.iter().enumerate() {
                self.push(c.line + i, l, found);
            }
        }
    }

    fn push(&mut self, n: usize, bytes: &[u8], found: &mut Found<'_>) {
        let cur = self.cur.get_or_insert_with(|| Current::new(n));
        if !cur.too_large {
            if cur.bytes.len() + bytes.len() + 1 > self.max {
                cur.too_large = true;
                cur.bytes = Vec::new();
                found(Err(lines::too_large(self.source, cur.line, self.max)));
            } else {
                cur.bytes.extend_from_slice(bytes);
                cur.bytes.push(b'\n');
            }
        }
        if cur.in_headers {
            if bytes.iter().all(u8::is_ascii_whitespace) {
                cur.in_headers = false;
                cur.end = if cur.too_large {
                    BodyEnd::Open
                } else {
                    body_end(&cur.bytes)
                };
            }
        } else if let BodyEnd::Closing(delimiter) = &cur.end {
            if bytes.trim_ascii_end() == delimiter.as_slice() {
                cur.end = BodyEnd::Open;
            }
        }
    }

    /// A line longer than the limit: its message is too large.
    fn line_too_large(&mut self, n: usize, found: &mut Found<'_>) {
        self.flush_candidate(found);
        self.started = true;
        let cur = self.cur.get_or_insert_with(|| Current::new(n));
        if !cur.too_large {
            cur.too_large = true;
            cur.bytes = Vec::new();
            found(Err(lines::too_large(self.source, cur.line, self.max)));
        }
        self.prev_blank = false;
    }

    fn finish(&mut self, found: &mut Found<'_>) {
        if let Some(cur) = self.cur.take() {
            if cur.too_large {
                self.messages += 1;
            } else if !cur.bytes.iter().all(u8::is_ascii_whitespace) {
                self.messages += 1;
                found(Ok((cur.line, cur.bytes)));
            }
        }
    }

    fn end(&mut self, found: &mut Found<'_>) {
        self.resolve(found);
        self.finish(found);
    }
}

/// A `From ` line that reads like an mbox postmark even without a blank line before it:
/// `From sender Thu Mar  6 21:14:00 2026` (a time of day among at least three words).
fn postmark(line: &[u8]) -> bool {
    let words: Vec<&[u8]> = line
        .split(|b| b.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    words.len() >= 4
        && words[2..].iter().any(|w| {
            let parts: Vec<&[u8]> = w.split(|b| *b == b':').collect();
            (2..=3).contains(&parts.len())
                && parts
                    .iter()
                    .all(|p| (1..=2).contains(&p.len()) && p.iter().all(u8::is_ascii_digit))
        })
}

/// mboxrd: `>From ` (after any number of `>`) loses one `>`.
fn unescape(line: &[u8]) -> &[u8] {
    let quotes = line.iter().take_while(|b| **b == b'>').count();
    if quotes > 0 && line[quotes..].starts_with(b"From ") {
        &line[1..]
    } else {
        line
    }
}

/// Where a message whose header block is `headers` ends (see [`BodyEnd`]).
fn body_end(headers: &[u8]) -> BodyEnd {
    let Some(m) = MessageParser::default().parse_headers(headers) else {
        return BodyEnd::Open;
    };
    match m.content_type() {
        Some(ct) if ct.ctype().eq_ignore_ascii_case("multipart") => {
            match ct.attribute("boundary") {
                Some(b) => BodyEnd::Closing(format!("--{b}--").into_bytes()),
                None => BodyEnd::Open,
            }
        }
        Some(ct) if ct.ctype().eq_ignore_ascii_case("message") => BodyEnd::Unknown,
        _ => BodyEnd::Open,
    }
}

/// What tact keeps of one message.
#[derive(Debug)]
struct Mail {
    line: usize,
    id: Option<String>,
    /// `References`, then `In-Reply-To` when it is not among them.
    parents: Vec<String>,
    /// Lower case.
    address: Option<String>,
    speaker: Option<String>,
    at: Option<Timestamp>,
    text: String,
    attachments: u32,
}

/// Reads one raw message, reporting its problems to `report`; `None` when it is skipped.
fn read_message(
    source: &str,
    line: usize,
    raw: &[u8],
    report: &mut dyn FnMut(ReadError),
) -> Option<Mail> {
    let mut error = |reason: String| report(ReadError::new(source, line, reason));
    let parsed = MessageParser::default()
        .parse(raw)
        .filter(|m| !m.headers().is_empty());
    let Some(m) = parsed else {
        error(
            "cannot be read as an e-mail message (no header lines such as `From:` before the \
             text); skipped"
                .into(),
        );
        return None;
    };
    let from = m.from().and_then(|a| a.first());
    let address = from
        .and_then(|a| a.address())
        .map(|a| a.trim().to_lowercase())
        .filter(|a| !a.is_empty());
    let name = from
        .and_then(|a| a.name())
        .map(|n| n.trim().trim_matches('"').trim())
        .filter(|n| !n.is_empty())
        .map(str::to_string);
    if address.is_none() && name.is_none() {
        error("no `From:` header, so who wrote it is unknown; the message is skipped".into());
        return None;
    }
    let at = date(&m, &mut error);
    let (text, broken, recovered) = text_of(&m, raw);
    let attachments = attachments(&m, &recovered);
    let empty = text.is_empty() && attachments == 0;
    let what = if empty {
        "the message is skipped"
    } else {
        "what could be read is kept"
    };
    for b in &broken {
        error(format!("broken MIME boundary: {b}; {what}"));
    }
    if empty {
        if broken.is_empty() {
            error(
                "no text of its own (an empty body, or only quoted earlier messages and a \
                 signature); the message is skipped"
                    .into(),
            );
        }
        return None;
    }
    let mut parents = ids(m.references());
    for id in ids(m.in_reply_to()) {
        if !parents.contains(&id) {
            parents.push(id);
        }
    }
    Some(Mail {
        line,
        id: m.message_id().and_then(clean_id),
        parents,
        speaker: name.or_else(|| address.clone()),
        address,
        at,
        text,
        attachments,
    })
}

fn clean_id(id: &str) -> Option<String> {
    let id = id
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim();
    (!id.is_empty()).then(|| id.to_string())
}

fn ids(value: &HeaderValue) -> Vec<String> {
    match value {
        HeaderValue::Text(t) => clean_id(t).into_iter().collect(),
        HeaderValue::TextList(list) => list.iter().filter_map(|t| clean_id(t)).collect(),
        _ => Vec::new(),
    }
}

const DATE_HELP: &str = "expected RFC 5322 like `Thu, 6 Mar 2026 21:14:00 +0100`";

/// The `Date` with its offset; a missing, unreadable or impossible one is reported.
fn date(m: &Message, error: &mut dyn FnMut(String)) -> Option<Timestamp> {
    let raw = m.header_raw("Date").map(str::trim);
    let shown = |r: &str| -> String { r.chars().take(80).collect() };
    let kept = "the message is kept without a time, after the one before it in the file";
    match (m.date(), raw) {
        (Some(d), raw) => {
            let t = NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
                .and_then(|day| day.and_hms_opt(d.hour.into(), d.minute.into(), d.second.into()))
                .and_then(|local| {
                    let seconds = i32::from(d.tz_hour) * 3600 + i32::from(d.tz_minute) * 60;
                    let offset = if d.tz_before_gmt { -seconds } else { seconds };
                    FixedOffset::east_opt(offset)?
                        .from_local_datetime(&local)
                        .single()
                });
            if t.is_none() {
                error(format!(
                    "Date {:?} is not a real date and time; {kept}",
                    shown(raw.unwrap_or_default())
                ));
            }
            t
        }
        (None, Some(r)) => {
            let t = stamps::datetime(r);
            if t.is_none() {
                error(format!(
                    "Date {:?} cannot be read ({DATE_HELP}); {kept}",
                    shown(r)
                ));
            }
            t
        }
        (None, None) => {
            error(format!("no `Date:` header; {kept}"));
            None
        }
    }
}

/// The message's own text, what is wrong with its MIME boundaries, and the parts read as text
/// although `mail-parser` listed them as attachments (see [`recovered_text`]).
fn text_of<'m>(m: &'m Message, raw: &[u8]) -> (String, Vec<String>, Vec<&'m MessagePart<'m>>) {
    let mut parts: Vec<String> = Vec::new();
    for id in &m.text_body {
        match m.parts.get(*id as usize).map(|p| &p.body) {
            Some(PartType::Text(t)) => parts.push(t.to_string()),
            Some(PartType::Html(h)) => parts.push(html_text(h)),
            _ => {}
        }
    }
    let mut recovered = Vec::new();
    if parts.iter().all(|p| p.trim().is_empty()) {
        for p in m.attachments() {
            if let Some(t) = recovered_text(p) {
                parts.push(t);
                recovered.push(p);
            }
        }
    }
    let text = own_text(&parts.join("\n"));
    let mut broken = Vec::new();
    for part in &m.parts {
        let Some(ct) = part.content_type() else {
            continue;
        };
        if !ct.ctype().eq_ignore_ascii_case("multipart") {
            continue;
        }
        match (ct.attribute("boundary"), &part.body) {
            (None, _) => broken.push(format!(
                "multipart/{} declares no boundary",
                ct.subtype().unwrap_or("mixed")
            )),
            (Some(b), PartType::Multipart(_)) => {
                let closing = format!("--{b}--");
                let closed = raw
                    .split(|c| *c == b'\n')
                    .any(|l| l.trim_ascii_end() == closing.as_bytes());
                if !closed {
                    broken.push(format!(
                        "the parts of boundary {b:?} are never closed (no `{closing}` line)"
                    ));
                }
            }
            (Some(b), _) => broken.push(format!(
                "boundary {b:?} is declared but no part starts with `--{b}`"
            )),
        }
    }
    (text, broken, recovered)
}

/// The text of a `text/plain` or `text/html` part (not a named file) that `mail-parser` could
/// only recover as an attachment, because the multipart it is in never closes.
fn recovered_text(p: &MessagePart) -> Option<String> {
    if !p.is_encoding_problem || p.attachment_name().is_some() {
        return None;
    }
    let ct = p.content_type();
    let is_text = ct.is_none_or(|c| c.ctype().eq_ignore_ascii_case("text"));
    let is_html = ct.is_some_and(|c| c.subtype().is_some_and(|s| s.eq_ignore_ascii_case("html")));
    match &p.body {
        PartType::Text(t) if is_text && is_html => Some(html_text(t)),
        PartType::Text(t) if is_text => Some(t.to_string()),
        _ => None,
    }
}

/// Attachments, counting inline ones (a pasted photo) but not images the HTML shows by
/// `Content-ID` (logos in signatures), and not multiparts whose boundary broke.
fn attachments(m: &Message, recovered: &[&MessagePart]) -> u32 {
    let n = m
        .attachments()
        .filter(|p| !recovered.iter().any(|r| std::ptr::eq(*r, *p)))
        .filter(|p| {
            let embedded = p.content_id().is_some()
                && p.content_disposition().is_none_or(|d| !d.is_attachment());
            let multipart = p
                .content_type()
                .is_some_and(|ct| ct.ctype().eq_ignore_ascii_case("multipart"));
            !embedded && !multipart
        })
        .count();
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Tags after which the text goes on on a new line.
const BLOCK_TAGS: [&str; 26] = [
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "ul", "ol",
    "pre", "dd", "dt", "dl", "section", "article", "header", "footer", "address", "center",
    "title",
];

/// An HTML body as text: quoted `<blockquote>`s removed, a line break at each block, then
/// `mail-parser`'s converter (tags, entities, comments, `<head>`, `<script>`, `<style>`).
fn html_text(html: &str) -> String {
    let mut prepared = String::with_capacity(html.len() + 64);
    let mut copied = 0;
    let mut depth = 0usize;
    let mut from = 0;
    while let Some(offset) = html[from..].find('<') {
        let lt = from + offset;
        from = lt + 1;
        let rest = &html[lt + 1..];
        let closing = rest.starts_with('/');
        let name_start = usize::from(closing);
        let name_len = rest[name_start..]
            .bytes()
            .take_while(u8::is_ascii_alphanumeric)
            .count();
        let name = &rest[name_start..name_start + name_len];
        if name.eq_ignore_ascii_case("blockquote") {
            if !closing {
                if depth == 0 {
                    prepared.push_str(&html[copied..lt]);
                    prepared.push_str("<br>");
                }
                depth += 1;
            } else if depth > 0 {
                depth -= 1;
                if depth == 0 {
                    copied = rest.find('>').map_or(html.len(), |gt| lt + 1 + gt + 1);
                    from = copied;
                }
            }
        } else if depth == 0 {
            if BLOCK_TAGS.iter().any(|t| name.eq_ignore_ascii_case(t)) {
                prepared.push_str(&html[copied..lt]);
                prepared.push_str("<br>");
                copied = lt;
            } else if name.eq_ignore_ascii_case("td") || name.eq_ignore_ascii_case("th") {
                prepared.push_str(&html[copied..lt]);
                prepared.push(' ');
                copied = lt;
            }
        }
    }
    if depth == 0 {
        prepared.push_str(&html[copied.min(html.len())..]);
    }
    html_to_text(&prepared)
        .lines()
        .map(|l| {
            l.replace(['\u{a0}', '\u{2007}', '\u{202f}'], " ")
                .replace(['\u{200b}', '\u{feff}'], "")
        })
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The markers of `data/email_quotes.txt`, folded.
#[derive(Debug, Default)]
struct Markers {
    reply: Vec<Vec<char>>,
    /// The reply patterns with a fixed start, the only ones tried on wrapped headers.
    reply_anchored: Vec<Vec<char>>,
    separator: Vec<Vec<char>>,
    from: Vec<String>,
    sent: Vec<String>,
    to: Vec<String>,
    signature: Vec<Vec<char>>,
}

const KINDS: [&str; 6] = ["reply", "separator", "from", "sent", "to", "signature"];

/// `(kind, language, folded pattern)` of each entry of the data file, and the lines that do
/// not parse.
fn parse_markers(data: &str) -> (Vec<(&str, &str, String)>, Vec<&str>) {
    labels::data_entries(data, |kind, lang, pattern| {
        let kind = KINDS.iter().find(|k| **k == kind)?;
        let pattern = fold(pattern);
        (!pattern.is_empty()).then_some((*kind, lang, pattern))
    })
}

fn markers() -> &'static Markers {
    static MARKERS: OnceLock<Markers> = OnceLock::new();
    MARKERS.get_or_init(|| {
        let mut m = Markers::default();
        for (kind, _, pattern) in parse_markers(QUOTES).0 {
            let chars = || pattern.chars().collect::<Vec<_>>();
            match kind {
                "reply" if pattern.starts_with('*') => m.reply.push(chars()),
                "reply" => {
                    m.reply.push(chars());
                    m.reply_anchored.push(chars());
                }
                "separator" => m.separator.push(chars()),
                "from" => m.from.push(pattern),
                "sent" => m.sent.push(pattern),
                "to" => m.to.push(pattern),
                _ => m.signature.push(chars()),
            }
        }
        m
    })
}

/// Whether `text` matches `pattern`, where `*` stands for any run of characters.
fn glob(pattern: &[char], text: &[char]) -> bool {
    let (mut p, mut t) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        if pattern.get(p) == Some(&'*') {
            star = Some((p, t));
            p += 1;
        } else if pattern.get(p) == Some(&text[t]) {
            p += 1;
            t += 1;
        } else if let Some((sp, st)) = star {
            p = sp + 1;
            t = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|c| *c == '*')
}

/// Lines longer than this are text, never a reply header, separator or signature line.
const MARKER_CHARS: usize = 300;

fn matches_any(patterns: &[Vec<char>], folded: &str) -> bool {
    if folded.chars().nth(MARKER_CHARS).is_some() {
        return false;
    }
    let text: Vec<char> = folded.chars().collect();
    patterns.iter().any(|p| glob(p, &text))
}

/// A line opening with one of `labels` and a colon (`From:`, `*From:*` as Gmail writes bold).
fn opens_with_label(folded: &str, labels: &[String]) -> bool {
    let line = folded.trim_start_matches(['*', ' ']);
    labels.iter().any(|l| {
        line.strip_prefix(l.as_str())
            .is_some_and(|rest| rest.trim_start_matches('*').starts_with(':'))
    })
}

/// What a message says itself: quoted earlier messages, forwarded ones and the signature cut
/// (see the module docs), trailing spaces and runs of blank lines tidied.
fn own_text(text: &str) -> String {
    let m = markers();
    let lines: Vec<&str> = text.lines().collect();
    let folded: Vec<String> = lines.iter().map(|l| fold(l)).collect();
    let quoted = |i: usize| lines[i].trim_start().starts_with('>');
    let next_content = |i: usize| (i..lines.len()).find(|j| !folded[*j].is_empty());
    // A reply header ending at line `j`, and the line where it starts.
    let reply_ends_at = |j: usize| -> Option<usize> {
        if !folded[j].ends_with(':') || !next_content(j + 1).is_none_or(quoted) {
            return None;
        }
        if matches_any(&m.reply_anchored, &folded[j]) {
            return Some(j);
        }
        // Wrapped over two or three lines: only after a blank line, through lines that do not
        // end a sentence, and only for a pattern with a fixed start ("On … wrote:").
        for start in (j.saturating_sub(2)..j).rev() {
            let wraps = (start..j).all(|k| {
                !folded[k].is_empty()
                    && !quoted(k)
                    && !folded[k].ends_with(['.', '!', '?', ';', ':'])
            });
            if !wraps {
                break;
            }
            let after_blank = start == 0 || folded[start - 1].is_empty();
            if after_blank && matches_any(&m.reply_anchored, &folded[start..=j].join(" ")) {
                return Some(start);
            }
        }
        if matches_any(&m.reply, &folded[j]) {
            // Gmail wraps `… Maria <` / `maria@…> kirjoitti:`: the address opens the line.
            let wrapped = folded[j]
                .split(' ')
                .next()
                .is_some_and(|w| w.contains('@') && w.ends_with('>'));
            if wrapped && j > 0 && !folded[j - 1].is_empty() && !quoted(j - 1) {
                return Some(j - 1);
            }
            return Some(j);
        }
        None
    };
    let outlook_block = |i: usize| -> bool {
        if !opens_with_label(&folded[i], &m.from) {
            return false;
        }
        let next: Vec<&String> = folded[i + 1..]
            .iter()
            .filter(|l| !l.is_empty())
            .take(6)
            .collect();
        next.iter().any(|l| opens_with_label(l, &m.sent))
            && next.iter().any(|l| opens_with_label(l, &m.to))
    };
    let mut cut = lines.len();
    for (i, line) in folded.iter().enumerate() {
        if quoted(i) || line.is_empty() {
            continue;
        }
        if let Some(start) = reply_ends_at(i) {
            cut = start;
            break;
        }
        if matches_any(&m.separator, line) || outlook_block(i) {
            cut = i;
            break;
        }
    }
    let mut kept: Vec<&str> = Vec::new();
    for (i, line) in lines[..cut].iter().enumerate() {
        if quoted(i) {
            continue;
        }
        let sig = folded[i].trim_end_matches(['.', ' ']);
        if *line == "-- " || line.trim() == "--" || matches_any(&m.signature, sig) {
            break;
        }
        kept.push(line.trim_end());
    }
    // Rules Outlook draws above a quote, and blank lines, at the end.
    while kept
        .last()
        .is_some_and(|l| l.trim().is_empty() || l.trim().chars().all(|c| c == '_' || c == '-'))
    {
        kept.pop();
    }
    let mut out = String::new();
    let mut blank = false;
    for line in kept {
        if line.trim().is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push('\n');
            blank = false;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

/// Every message read so far, joined into threads.
#[derive(Default)]
struct Threads {
    mails: Vec<Mail>,
    /// The node of each message id, seen as a message or as a parent.
    node_of: HashMap<String, usize>,
    /// Union-find over nodes.
    parent: Vec<usize>,
    /// The node of each message.
    mail_node: Vec<usize>,
    /// The line of each message id seen as a message.
    line_of: HashMap<String, usize>,
}

impl Threads {
    fn node(&mut self, id: Option<&str>) -> usize {
        if let Some(&n) = id.and_then(|id| self.node_of.get(id)) {
            return n;
        }
        let n = self.parent.len();
        self.parent.push(n);
        if let Some(id) = id {
            self.node_of.insert(id.to_string(), n);
        }
        n
    }

    fn find(&mut self, mut n: usize) -> usize {
        while self.parent[n] != n {
            self.parent[n] = self.parent[self.parent[n]];
            n = self.parent[n];
        }
        n
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.parent[b.max(a)] = a.min(b);
        }
    }

    /// Adds a message to its thread; a copy of an earlier message is not added, and the line
    /// of the first is returned.
    fn add(&mut self, mail: Mail) -> Option<usize> {
        if let Some(id) = &mail.id {
            if let Some(&first) = self.line_of.get(id) {
                return Some(first);
            }
            self.line_of.insert(id.clone(), mail.line);
        }
        let node = self.node(mail.id.as_deref());
        for p in &mail.parents {
            let other = self.node(Some(p));
            self.union(node, other);
        }
        self.mail_node.push(node);
        self.mails.push(mail);
        None
    }

    fn emit(
        mut self,
        source: &str,
        opts: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        let mut groups: Vec<Vec<usize>> = Vec::new();
        let mut group_of: HashMap<usize, usize> = HashMap::new();
        for i in 0..self.mails.len() {
            let root = self.find(self.mail_node[i]);
            let g = *group_of.entry(root).or_insert_with(|| {
                groups.push(Vec::new());
                groups.len() - 1
            });
            groups[g].push(i);
        }
        let agents: Vec<String> = opts
            .agent_domains
            .iter()
            .map(|d| d.trim().trim_start_matches('@').to_lowercase())
            .filter(|d| !d.is_empty())
            .collect();
        let mut mails: Vec<Option<Mail>> = self.mails.into_iter().map(Some).collect();
        for group in groups {
            let thread: Vec<Mail> = group.iter().filter_map(|i| mails[*i].take()).collect();
            let (conv, lines) =
                conversation(source, thread, &agents, opts.agent_domains.is_empty());
            checks::emit(source, conv, &|i| lines.get(i).copied().unwrap_or(1), sink);
        }
    }
}

/// Whether `address` is one of the agent side's (domains, their subdomains, or addresses).
fn is_agent(address: Option<&str>, agents: &[String]) -> bool {
    let Some(address) = address else {
        return false;
    };
    let domain = address.rsplit_once('@').map_or("", |(_, d)| d);
    agents.iter().any(|a| {
        if a.contains('@') {
            a == address
        } else {
            domain == a
                || domain
                    .strip_suffix(a.as_str())
                    .is_some_and(|sub| sub.ends_with('.'))
        }
    })
}

/// One thread (messages in file order) as a conversation, with the line of each turn.
fn conversation(
    source: &str,
    thread: Vec<Mail>,
    agents: &[String],
    guess_sides: bool,
) -> (Conversation, Vec<usize>) {
    let id = thread
        .iter()
        .find(|m| m.parents.is_empty() && m.id.is_some())
        .and_then(|m| m.id.clone())
        .or_else(|| thread.first().and_then(|m| m.parents.first().cloned()))
        .or_else(|| thread.first().and_then(|m| m.id.clone()))
        .unwrap_or_else(|| format!("{source}:{}", thread.first().map_or(1, |m| m.line)));
    // A message without a date stays after the one before it in the file.
    let mut keyed: Vec<(Option<Timestamp>, usize, Mail)> = Vec::with_capacity(thread.len());
    let mut last = None;
    for (i, m) in thread.into_iter().enumerate() {
        if m.at.is_some() {
            last = m.at;
        }
        keyed.push((m.at.or(last), i, m));
    }
    keyed.sort_by_key(|k| (k.0, k.1));
    let customer = keyed
        .first()
        .and_then(|(_, _, m)| m.address.clone().or_else(|| m.speaker.clone()));
    let mut lines = Vec::with_capacity(keyed.len());
    let mut turns = Vec::with_capacity(keyed.len());
    for (_, _, m) in keyed {
        let role = if guess_sides {
            let who = m.address.as_ref().or(m.speaker.as_ref());
            if who == customer.as_ref() {
                Role::Customer
            } else {
                Role::Agent
            }
        } else if is_agent(m.address.as_deref(), agents) {
            Role::Agent
        } else {
            Role::Customer
        };
        lines.push(m.line);
        turns.push(Turn {
            role,
            text: m.text,
            speaker: m.speaker,
            at: m.at,
            start: None,
            end: None,
            attachments: m.attachments,
        });
    }
    let conv = Conversation {
        id,
        channel: Channel::Email,
        agent: turns
            .iter()
            .find(|t| t.role == Role::Agent)
            .and_then(|t| t.speaker.clone()),
        started_at: turns.iter().filter_map(|t| t.at).min(),
        turns,
        ..Conversation::default()
    };
    (conv, lines)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labels::LANGUAGES;

    #[test]
    fn quote_markers_parse_and_cover_every_language_and_kind() {
        let (entries, bad) = parse_markers(QUOTES);
        assert!(bad.is_empty(), "unparsable lines: {bad:?}");
        for kind in KINDS {
            for lang in LANGUAGES {
                assert!(
                    entries.iter().any(|(k, l, _)| *k == kind && *l == lang),
                    "no {kind} marker for {lang}"
                );
            }
        }
        let unknown: Vec<_> = entries
            .iter()
            .filter(|(_, l, _)| !LANGUAGES.contains(l))
            .collect();
        assert!(unknown.is_empty(), "{unknown:?}");
        assert!(QUOTES.contains("# source:") && QUOTES.contains("# licence:"));
    }

    #[test]
    fn glob_stars_match_any_run() {
        let g = |p: &str, t: &str| {
            glob(
                &p.chars().collect::<Vec<_>>(),
                &t.chars().collect::<Vec<_>>(),
            )
        };
        assert!(g("on * wrote:", "on thu, 6 mar 2026 maria wrote:"));
        assert!(g("* kirjoitti *:", "maria kirjoitti 6.3.2026 klo 21.14:"));
        assert!(g("-*original message*-", "-----original message-----"));
        assert!(!g("on * wrote:", "on monday i wrote: this"));
        assert!(!g("-*original message*-", "original message"));
        assert!(g("*", ""));
    }

    #[test]
    fn sniff_wants_mail_headers_before_the_blank_line() {
        assert!(sniff(
            b"From: a@b.example\nTo: c@d.example\nSubject: hi\n\nbody\n"
        ));
        assert!(sniff(
            b"\xEF\xBB\xBFReturn-Path: <a@b>\r\nReceived: from x\r\n\tby y\r\nDate: now\r\n\r\n"
        ));
        assert!(!sniff(b"Agent: hello\nCustomer: hi\n\n"));
        assert!(!sniff(b"From: a@b.example\nhello there\n"));
        assert!(!sniff(b"conversation_id,role,text\n"));
        assert!(!sniff(b"Subject: only one\n\nbody"));
    }

    #[test]
    fn postmarks_and_escapes() {
        assert!(postmark(b"From maria@x.example Thu Mar  6 21:14:00 2026"));
        assert!(postmark(b"From MAILER-DAEMON Fri Jul  8 12:08 2011"));
        assert!(!postmark(b"From here on we ship at 9 on Mondays"));
        assert_eq!(unescape(b">From the shop"), b"From the shop");
        assert_eq!(unescape(b">>From the shop"), b">From the shop");
        assert_eq!(unescape(b"> From the shop"), b"> From the shop");
    }

    #[test]
    fn html_loses_tags_scripts_styles_entities_and_blockquotes() {
        let html = "<html><head><title>T</title><style>p{color:red}</style></head><body>\
                    <script>alert('x')</script><div>Ciao &amp; grazie&nbsp;mille</div>\
                    <div>seconda <b>riga</b></div><table><tr><td>a</td><td>b</td></tr></table>\
                    <blockquote>vecchio <blockquote>più vecchio</blockquote> testo</blockquote>\
                    <p>dopo</p><!-- <div>commento</div> --></body></html>";
        assert_eq!(
            html_text(html),
            "Ciao & grazie mille\nseconda riga\na b\ndopo"
        );
    }

    #[test]
    fn agent_domains_match_domains_subdomains_and_addresses() {
        let agents = vec!["shop.example".to_string(), "sam@help.example".to_string()];
        assert!(is_agent(Some("luca@shop.example"), &agents));
        assert!(is_agent(Some("luca@mail.shop.example"), &agents));
        assert!(is_agent(Some("sam@help.example"), &agents));
        assert!(!is_agent(Some("maria@help.example"), &agents));
        assert!(!is_agent(Some("maria@myshop.example"), &agents));
        assert!(!is_agent(None, &agents));
    }
}
