//! CSV exports with one row per turn, the shape most CRMs and spreadsheets produce.
//!
//! Rows are assembled here from physical lines, following quotes exactly as the `csv` crate
//! does, and only then split into fields by the crate: left to itself, the crate lets one quote
//! that never closes swallow the rest of the file into a single field without a word. A quoted
//! value may span lines, but one that
//!
//! - is still open at the end of the input,
//! - runs on for more than [`MAX_QUOTED_LINES`] lines or `max_record_bytes` bytes, or
//! - swallows a line that on its own starts a valid row (a non-empty id, a role word, and no
//!   more fields than the header; a quote of its own may open in its last field)
//!
//! is reported at the line where its row starts (`unterminated quote in column "text" opened
//! here; …`). That row is skipped and reading resumes at the next line that starts a valid
//! row: nothing after it is lost, and no one's words are credited to someone else.
//!
//! Rows of one conversation should be contiguous: a conversation is emitted as soon as the id
//! changes, so memory holds one conversation (and one row being assembled). An id that comes
//! back after other conversations is reported, and its rows are still emitted, as a second
//! conversation with the same id. To notice that, every id already emitted is remembered with
//! the line its rows ended at: about the id's length plus 50 bytes per conversation, some 60 MB
//! for a million conversations. With [`ReadOptions::csv_group`] rows are instead grouped by id
//! in memory and every conversation is emitted at the end, in order of first appearance:
//! memory then grows with the whole file.

use crate::lines::RawLines;
use crate::roles::role_word;
use crate::stamps::{self, TIMESTAMP_HELP};
use crate::{checks, CsvColumns, ReadError, ReadOptions, Reader};
use ::csv::{ByteRecord, ReaderBuilder};
use std::collections::HashMap;
use std::io::{BufRead, Read};
use tact_model::{Channel, Conversation, Turn};

/// Reads CSV (or TSV, or `;`-separated, guessed from the header row). Required columns:
/// conversation id, role, text; optional: speaker, at, start, end, agent, team, channel,
/// language. Column names come from [`CsvColumns`] and match case-insensitively.
pub struct CsvReader;

/// The most physical lines one quoted value may span before its quote is taken for one that
/// was never closed.
pub const MAX_QUOTED_LINES: usize = 1_000;

struct Columns {
    id: usize,
    role: usize,
    text: usize,
    speaker: Option<usize>,
    at: Option<usize>,
    start: Option<usize>,
    end: Option<usize>,
    agent: Option<usize>,
    team: Option<usize>,
    channel: Option<usize>,
    language: Option<usize>,
}

struct Row {
    id: String,
    turn: Turn,
    agent: Option<String>,
    team: Option<String>,
    channel: Option<Channel>,
    language: Option<String>,
}

/// The most frequent of `,`, `;` and tab in the header line; `,` on ties.
pub(crate) fn sniff_delimiter(header: &[u8]) -> u8 {
    let count = |d: u8| header.iter().filter(|b| **b == d).count();
    let mut best = (count(b','), b',');
    for d in [b';', b'\t'] {
        if count(d) > best.0 {
            best = (count(d), d);
        }
    }
    best.1
}

fn find_columns(headers: &ByteRecord, names: &CsvColumns) -> Result<Columns, String> {
    let found: Vec<String> = headers
        .iter()
        .map(|h| String::from_utf8_lossy(h).trim().to_lowercase())
        .collect();
    let find = |want: &str| {
        let want = want.trim().to_lowercase();
        found.iter().position(|h| *h == want)
    };
    let required = [
        (&names.conversation_id, "--csv-id"),
        (&names.role, "--csv-role"),
        (&names.text, "--csv-text"),
    ];
    let missing: Vec<String> = required
        .iter()
        .filter(|(n, _)| find(n).is_none())
        .map(|(n, flag)| format!("{n:?} (rename with {flag})"))
        .collect();
    match (
        find(&names.conversation_id),
        find(&names.role),
        find(&names.text),
    ) {
        (Some(id), Some(role), Some(text)) => Ok(Columns {
            id,
            role,
            text,
            speaker: find(&names.speaker),
            at: find(&names.at),
            start: find(&names.start),
            end: find(&names.end),
            agent: find(&names.agent),
            team: find(&names.team),
            channel: find(&names.channel),
            language: find(&names.language),
        }),
        _ => Err(format!(
            "the header lacks required column(s) {}; it has: {}",
            missing.join(", "),
            found.join(", ")
        )),
    }
}

fn field<'r>(
    rec: &'r ByteRecord,
    idx: Option<usize>,
    name: &str,
) -> Result<Option<&'r str>, String> {
    let Some(raw) = idx.and_then(|i| rec.get(i)) else {
        return Ok(None);
    };
    match std::str::from_utf8(raw) {
        Ok(s) => Ok(Some(s.trim()).filter(|s| !s.is_empty())),
        Err(_) => Err(format!(
            "column {name:?} is not valid UTF-8; save the file as UTF-8"
        )),
    }
}

fn required<'r>(rec: &'r ByteRecord, idx: usize, name: &str) -> Result<&'r str, String> {
    field(rec, Some(idx), name)?.ok_or_else(|| format!("missing value in column {name:?}"))
}

fn row(rec: &ByteRecord, cols: &Columns, names: &CsvColumns) -> Result<Row, String> {
    let id = required(rec, cols.id, &names.conversation_id)?;
    let role_text = required(rec, cols.role, &names.role)?;
    let role = role_word(role_text).ok_or_else(|| {
        format!(
            "unknown role {role_text:?} in column {:?} (expected agent, customer, bot or system)",
            names.role
        )
    })?;
    let mut turn = Turn::new(role, required(rec, cols.text, &names.text)?);
    turn.speaker = field(rec, cols.speaker, &names.speaker)?.map(str::to_string);
    if let Some(v) = field(rec, cols.at, &names.at)? {
        turn.at = Some(stamps::datetime(v).ok_or_else(|| {
            format!(
                "bad timestamp {v:?} in column {:?}: {TIMESTAMP_HELP}",
                names.at
            )
        })?);
    }
    let secs = |idx, name: &str| -> Result<Option<f64>, String> {
        match field(rec, idx, name)? {
            None => Ok(None),
            Some(v) => stamps::seconds(v).map(Some).ok_or_else(|| {
                format!(
                    "bad number {v:?} in column {name:?}: expected seconds (12.5) or hh:mm:ss.mmm"
                )
            }),
        }
    };
    turn.start = secs(cols.start, &names.start)?;
    turn.end = secs(cols.end, &names.end)?;
    checks::turn_times(&turn).map_err(|e| format!("turn {e}"))?;
    let channel = match field(rec, cols.channel, &names.channel)? {
        Some(v) => Some(v.parse::<Channel>().map_err(|e| e.to_string())?),
        None => None,
    };
    let owned = |idx, name: &str| Ok::<_, String>(field(rec, idx, name)?.map(str::to_string));
    Ok(Row {
        id: id.to_string(),
        turn,
        agent: owned(cols.agent, &names.agent)?,
        team: owned(cols.team, &names.team)?,
        channel,
        language: owned(cols.language, &names.language)?,
    })
}

/// The conversation being collected, the conversation-level values seen so far (each from the
/// first row that has it), and the line of each turn's row.
struct Pending {
    conv: Conversation,
    channel: Option<Channel>,
    lines: Vec<usize>,
}

impl Pending {
    fn new(row: Row, line: usize) -> Self {
        let mut p = Pending {
            conv: Conversation {
                id: row.id.clone(),
                ..Conversation::default()
            },
            channel: None,
            lines: Vec::new(),
        };
        p.add(row, line);
        p
    }

    fn add(&mut self, row: Row, line: usize) {
        let c = &mut self.conv;
        c.agent = c.agent.take().or(row.agent);
        c.team = c.team.take().or(row.team);
        c.language = c.language.take().or(row.language);
        self.channel = self.channel.or(row.channel);
        c.turns.push(row.turn);
        self.lines.push(line);
    }

    fn last_line(&self) -> usize {
        self.lines.last().copied().unwrap_or(1)
    }
}

/// Where the `csv` crate stands in a record, byte by byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    FieldStart,
    InField,
    Quoted,
    /// A quote inside a quoted field: the end of the field, or the first of `""`.
    QuoteInQuoted,
}

/// Follows a record's quotes across its lines the way the `csv` crate reads them: a quote
/// opens a quoted field only at the start of a field (elsewhere it is text), `""` inside one is
/// a quote, and outside quotes `\r` ends a record as `\n` does.
#[derive(Debug)]
pub(crate) struct Quotes {
    state: State,
    field: usize,
    /// The field where the last quoted value opened.
    pub(crate) opened_in: usize,
}

impl Quotes {
    pub(crate) fn new() -> Self {
        Quotes {
            state: State::FieldStart,
            field: 0,
            opened_in: 0,
        }
    }

    /// Follows one physical line, without its line ending.
    pub(crate) fn line(&mut self, bytes: &[u8], delimiter: u8) {
        if !bytes.contains(&b'"') {
            // No quote opens or closes: only the end of the line matters.
            return;
        }
        for &b in bytes {
            self.state = match (self.state, b) {
                (State::Quoted, b'"') => State::QuoteInQuoted,
                (State::Quoted, _) => State::Quoted,
                (State::QuoteInQuoted, b'"') => State::Quoted,
                (State::FieldStart, b'"') => {
                    self.opened_in = self.field;
                    State::Quoted
                }
                (_, b) if b == delimiter => {
                    self.field += 1;
                    State::FieldStart
                }
                (_, b'\r') => {
                    self.field = 0;
                    State::FieldStart
                }
                _ => State::InField,
            };
        }
    }

    pub(crate) fn in_quotes(&self) -> bool {
        self.state == State::Quoted
    }
}

/// Bytes handed to the `csv` crate one assembled record at a time.
#[derive(Default)]
struct Feed {
    data: Vec<u8>,
    pos: usize,
}

impl Read for Feed {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = buf.len().min(self.data.len() - self.pos);
        buf[..n].copy_from_slice(&self.data[self.pos..self.pos + n]);
        self.pos += n;
        if self.pos == self.data.len() {
            self.data.clear();
            self.pos = 0;
        }
        Ok(n)
    }
}

/// One parser of the `csv` crate kept for the whole file (building one per record would cost
/// more than reading the record), fed complete records only, so it never sees the end of its
/// input, which would end it.
pub(crate) struct Fields {
    rdr: ::csv::Reader<Feed>,
    delimiter: u8,
    /// Bytes fed so far; the current record when it holds a `\r`, where it starts and its first
    /// line for the parser.
    fed: u64,
    chunk: Vec<u8>,
    chunk_start: u64,
    chunk_line: u64,
    more: bool,
    rec: ByteRecord,
}

impl Fields {
    pub(crate) fn new(delimiter: u8) -> Self {
        Fields {
            rdr: Self::parser(delimiter),
            delimiter,
            fed: 0,
            chunk: Vec::new(),
            chunk_start: 0,
            chunk_line: 1,
            more: false,
            rec: ByteRecord::new(),
        }
    }

    fn parser(delimiter: u8) -> ::csv::Reader<Feed> {
        ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(Feed::default())
    }

    fn restart(&mut self) {
        self.rdr = Self::parser(self.delimiter);
        self.fed = 0;
        self.more = false;
    }

    /// Hands over one record whose quotes are all closed, or, with `close`, one whose last
    /// quoted value is still open (a quote is added to close it).
    pub(crate) fn feed(&mut self, record: &[u8], close: bool) {
        let tail: &[u8] = if close { b"\"\n" } else { b"\n" };
        // Only a lone `\r` makes more than one row; the record is kept to find them.
        self.chunk.clear();
        if record.contains(&b'\r') {
            self.chunk.extend_from_slice(record);
            self.chunk.extend_from_slice(tail);
        }
        self.chunk_start = self.fed;
        self.chunk_line = self.rdr.position().line();
        self.fed += (record.len() + tail.len()) as u64;
        let data = &mut self.rdr.get_mut().data;
        data.extend_from_slice(record);
        data.extend_from_slice(tail);
        self.more = true;
    }

    /// The next row of the record last fed, with its line offset from the record's first line.
    /// A record is one row, except where a lone `\r` ends a row inside it.
    /// Whether `line` on its own begins a valid row, as `valid` judges the first record it
    /// makes, given how many of its fields are complete (a quote may open in the last).
    pub(crate) fn probe(
        &mut self,
        line: &[u8],
        delimiter: u8,
        valid: impl Fn(&ByteRecord, usize) -> bool,
    ) -> bool {
        if !line.contains(&delimiter) {
            return false;
        }
        let mut quotes = Quotes::new();
        quotes.line(line, delimiter);
        let open = quotes.in_quotes();
        self.feed(line, open);
        let mut judged = None;
        // Every row is taken, so nothing is left for the next line probed.
        while let Some(row) = self.next_row() {
            let Ok((_, rec)) = row else { break };
            if judged.is_none() {
                judged = Some(valid(rec, rec.len().saturating_sub(usize::from(open))));
            }
        }
        judged.unwrap_or(false)
    }

    pub(crate) fn next_row(&mut self) -> Option<Result<(usize, &ByteRecord), String>> {
        if !self.more {
            return None;
        }
        match self.rdr.read_byte_record(&mut self.rec) {
            Ok(true) => {}
            Ok(false) => {
                self.restart();
                return None;
            }
            Err(e) => {
                self.restart();
                return Some(Err(format!("cannot read: {e}")));
            }
        }
        let done = self.rdr.position().byte().saturating_sub(self.chunk_start);
        let rest = usize::try_from(done)
            .ok()
            .and_then(|d| self.chunk.get(d..))
            .unwrap_or(&[]);
        self.more = rest.iter().any(|b| *b != b'\r' && *b != b'\n');
        let offset = self
            .rec
            .position()
            .map_or(0, |p| p.line().saturating_sub(self.chunk_line));
        Some(Ok((usize::try_from(offset).unwrap_or(0), &self.rec)))
    }
}

/// `line 4` or `lines 4–9`.
pub(crate) fn span(first: usize, last: usize) -> String {
    if last <= first {
        format!("line {first} is")
    } else {
        format!("lines {first}–{last} are")
    }
}

/// A row whose quoted value is still open, being assembled line by line.
struct Open {
    start: usize,
    last: usize,
    bytes: Vec<u8>,
    quotes: Quotes,
}

/// A row whose quote ran on too long, and the lines after it being skipped until one starts a
/// valid row.
struct Skipping {
    start: usize,
    column: usize,
    why: String,
}

/// Everything about the file once its header is read.
struct Csv<'a> {
    source: &'a str,
    opts: &'a ReadOptions,
    sink: &'a mut dyn FnMut(Result<Conversation, ReadError>),
    delimiter: u8,
    cols: Columns,
    /// Header names as written, for messages.
    names: Vec<String>,
    fields: Fields,
    probe: Fields,
    current: Option<Pending>,
    /// Each conversation id already emitted, and the line its rows ended at.
    done: HashMap<String, usize>,
    grouped: Vec<Pending>,
    group_of: HashMap<String, usize>,
}

impl Csv<'_> {
    fn error(&mut self, line: usize, reason: String) {
        (self.sink)(Err(ReadError::new(self.source, line, reason)));
    }

    fn column_name(&self, index: usize) -> String {
        match self.names.get(index) {
            Some(name) => format!("{name:?}"),
            None => format!("{}", index + 1),
        }
    }

    /// Reads the rows left in the record last fed, which starts at line `start`.
    fn drain(&mut self, start: usize) {
        loop {
            let (line, row) = match self.fields.next_row() {
                None => break,
                Some(Err(reason)) => (start, Err(reason)),
                Some(Ok((offset, rec))) => {
                    if rec.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
                        continue;
                    }
                    (start + offset, row(rec, &self.cols, &self.opts.csv))
                }
            };
            match row {
                Ok(r) => self.add(r, line),
                Err(reason) => self.error(line, reason),
            }
        }
    }

    fn add(&mut self, r: Row, line: usize) {
        if self.opts.csv_group {
            match self.group_of.get(&r.id) {
                Some(&i) => self.grouped[i].add(r, line),
                None => {
                    self.group_of.insert(r.id.clone(), self.grouped.len());
                    self.grouped.push(Pending::new(r, line));
                }
            }
            return;
        }
        match &mut self.current {
            Some(p) if p.conv.id == r.id => p.add(r, line),
            _ => {
                if let Some(done) = self.current.take() {
                    self.done.insert(done.conv.id.clone(), done.last_line());
                    self.emit(done);
                }
                if let Some(end) = self.done.get(&r.id).copied() {
                    self.error(
                        line,
                        format!(
                            "conversation {:?} continues here after other conversations (its \
                             earlier rows ended at line {end}); rows of one conversation must be \
                             contiguous: sort the file, or pass --csv-group to group them in \
                             memory",
                            r.id
                        ),
                    );
                }
                self.current = Some(Pending::new(r, line));
            }
        }
    }

    fn emit(&mut self, mut p: Pending) {
        p.conv.channel = p.channel.or(self.opts.default_channel).unwrap_or_default();
        let lines = p.lines;
        checks::emit(
            self.source,
            p.conv,
            &|i| lines.get(i).copied().unwrap_or(1),
            self.sink,
        );
    }

    fn finish(&mut self) {
        if let Some(done) = self.current.take() {
            self.emit(done);
        }
        for p in std::mem::take(&mut self.grouped) {
            self.emit(p);
        }
    }
}

impl Rows for Csv<'_> {
    const NEW: &'static str = "a new row";
    const VALID: &'static str = "a valid row";

    fn unterminated(&mut self, start: usize, column: usize, what: String) {
        let column = self.column_name(column);
        self.error(
            start,
            format!("unterminated quote in column {column} opened here; {what}"),
        );
    }

    /// Whether `line` on its own begins a valid row: an id, a role word, at most the header's
    /// fields; a quote may open in its last field.
    fn starts_row(&mut self, line: &[u8]) -> bool {
        let (cols, fields) = (&self.cols, self.names.len());
        self.probe.probe(line, self.delimiter, |rec, complete| {
            let text = |i: usize| {
                rec.get(i)
                    .and_then(|f| std::str::from_utf8(f).ok())
                    .map(str::trim)
            };
            rec.len() <= fields
                && cols.id < complete
                && cols.role < complete
                && text(cols.id).is_some_and(|id| !id.is_empty())
                && text(cols.role).is_some_and(|r| role_word(r).is_some())
        })
    }

    fn record(&mut self, start: usize, bytes: &[u8]) {
        self.fields.feed(bytes, false);
        self.drain(start);
    }

    fn read_error(&mut self, e: ReadError) {
        (self.sink)(Err(e));
    }
}

/// A reader whose rows [`rows`] assembles from physical lines.
pub(crate) trait Rows {
    /// What a line that starts a row is called in messages ("a new row", "a valid row").
    const NEW: &'static str;
    const VALID: &'static str;
    /// Whether `line` on its own begins a valid row.
    fn starts_row(&mut self, line: &[u8]) -> bool;
    /// Splits an assembled record, which starts at line `start`, into rows and reads them.
    fn record(&mut self, start: usize, bytes: &[u8]);
    /// Reports the quote opened in `column` of the row at line `start`; `what` says what
    /// became of it.
    fn unterminated(&mut self, start: usize, column: usize, what: String);
    /// Passes on an error reading the lines themselves.
    fn read_error(&mut self, e: ReadError);
}

/// Reads the rows after the header: a quoted value may span lines, but one still open at the
/// end, past [`MAX_QUOTED_LINES`] lines or `max` bytes, or over a line that starts a row, is
/// reported and skipped.
pub(crate) fn rows<R: Rows>(r: &mut R, lines: &mut RawLines, delimiter: u8, max: usize) {
    let mut open: Option<Open> = None;
    let mut skipping: Option<Skipping> = None;
    loop {
        let (n, line) = match lines.next_line() {
            None => break,
            Some(Err(e)) => {
                if let Some(o) = open.take() {
                    let why = if e.reason.starts_with("record too large") {
                        format!("a line in it is over the record limit of {max} bytes")
                    } else {
                        "reading stopped inside it".to_string()
                    };
                    skipping = Some(Skipping {
                        start: o.start,
                        column: o.quotes.opened_in,
                        why,
                    });
                }
                r.read_error(e);
                continue;
            }
            Some(Ok(l)) => l,
        };
        if let Some(mut o) = open.take() {
            if r.starts_row(line) {
                let what = format!(
                    "line {n} starts {}, so {} skipped and reading resumes there",
                    R::NEW,
                    span(o.start, n - 1)
                );
                r.unterminated(o.start, o.quotes.opened_in, what);
            } else if o.last - o.start + 1 >= MAX_QUOTED_LINES {
                skipping = Some(Skipping {
                    start: o.start,
                    column: o.quotes.opened_in,
                    why: format!("it runs on for more than {MAX_QUOTED_LINES} lines"),
                });
                continue;
            } else if o.bytes.len() + 1 + line.len() > max {
                skipping = Some(Skipping {
                    start: o.start,
                    column: o.quotes.opened_in,
                    why: format!("it runs on past the record limit of {max} bytes"),
                });
                continue;
            } else {
                o.bytes.push(b'\n');
                o.bytes.extend_from_slice(line);
                o.last = n;
                o.quotes.line(line, delimiter);
                if o.quotes.in_quotes() {
                    open = Some(o);
                } else {
                    r.record(o.start, &o.bytes);
                }
                continue;
            }
        }
        if let Some(s) = &skipping {
            if !r.starts_row(line) {
                continue;
            }
            let what = format!(
                "{}, so {} skipped; reading resumes at line {n}, the next line that starts {}",
                s.why,
                span(s.start, n - 1),
                R::VALID
            );
            let (start, column) = (s.start, s.column);
            skipping = None;
            r.unterminated(start, column, what);
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let mut quotes = Quotes::new();
        quotes.line(line, delimiter);
        if quotes.in_quotes() {
            open = Some(Open {
                start: n,
                last: n,
                bytes: line.to_vec(),
                quotes,
            });
        } else {
            r.record(n, line);
        }
    }
    let last = lines.number();
    if let Some(o) = open {
        let what = format!(
            "it is still open at the end of the input, so {} skipped",
            span(o.start, last)
        );
        r.unterminated(o.start, o.quotes.opened_in, what);
    }
    if let Some(s) = skipping {
        let what = format!(
            "{}, so {} skipped (no later line starts {})",
            s.why,
            span(s.start, last),
            R::VALID
        );
        r.unterminated(s.start, s.column, what);
    }
}

/// The header row (which may hold quoted line breaks) and its first line number, or the error
/// that leaves nothing to read.
pub(crate) fn header(lines: &mut RawLines, max: usize) -> Result<(u8, usize, Vec<u8>), ReadError> {
    let source = lines.source();
    let (start, first) = loop {
        match lines.next_line() {
            None => {
                return Err(ReadError::new(
                    source,
                    lines.number().max(1),
                    "empty input: expected a header row naming the columns",
                ))
            }
            Some(Err(e)) => return Err(e),
            Some(Ok((_, l))) if l.iter().all(u8::is_ascii_whitespace) => {}
            Some(Ok((n, l))) => break (n, l.to_vec()),
        }
    };
    let delimiter = sniff_delimiter(&first);
    let mut quotes = Quotes::new();
    quotes.line(&first, delimiter);
    let mut bytes = first;
    let mut count = 1;
    while quotes.in_quotes() {
        match lines.next_line() {
            Some(Ok((_, l))) if count < MAX_QUOTED_LINES && bytes.len() + 1 + l.len() <= max => {
                bytes.push(b'\n');
                bytes.extend_from_slice(l);
                quotes.line(l, delimiter);
                count += 1;
            }
            Some(Err(e)) => return Err(e),
            _ => {
                return Err(ReadError::new(
                    source,
                    start,
                    "unterminated quote in the header row opened here; nothing can be read \
                     without the header",
                ))
            }
        }
    }
    Ok((delimiter, start, bytes))
}

impl Reader for CsvReader {
    fn read(
        &self,
        source_name: &str,
        input: &mut dyn BufRead,
        opts: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        let mut lines = RawLines::new(source_name, input, opts.max_record_bytes);
        let (delimiter, start, bytes) = match header(&mut lines, opts.max_record_bytes) {
            Ok(h) => h,
            Err(e) => return sink(Err(e)),
        };
        let mut fields = Fields::new(delimiter);
        fields.feed(&bytes, false);
        let headers = match fields.next_row() {
            Some(Ok((_, rec))) => rec.clone(),
            Some(Err(reason)) => return sink(Err(ReadError::new(source_name, start, reason))),
            None => ByteRecord::new(),
        };
        let cols = match find_columns(&headers, &opts.csv) {
            Ok(c) => c,
            Err(reason) => return sink(Err(ReadError::new(source_name, start, reason))),
        };
        let mut csv = Csv {
            source: source_name,
            opts,
            sink,
            delimiter,
            cols,
            names: headers
                .iter()
                .map(|h| String::from_utf8_lossy(h).trim().to_string())
                .collect(),
            fields,
            probe: Fields::new(delimiter),
            current: None,
            done: HashMap::new(),
            grouped: Vec::new(),
            group_of: HashMap::new(),
        };
        // Rows after a lone `\r` on the header's line (files with old Mac line endings).
        csv.drain(start);
        rows(&mut csv, &mut lines, delimiter, opts.max_record_bytes);
        csv.finish();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiter_is_guessed_from_the_header() {
        assert_eq!(sniff_delimiter(b"conversation_id,role,text\n"), b',');
        assert_eq!(sniff_delimiter(b"conversation_id;role;text\n"), b';');
        assert_eq!(sniff_delimiter(b"conversation_id\trole\ttext\n"), b'\t');
        assert_eq!(sniff_delimiter(b"text\n"), b',');
    }

    fn ends_in_quotes(lines: &[&str]) -> bool {
        let mut q = Quotes::new();
        for l in lines {
            q.line(l.as_bytes(), b',');
        }
        q.in_quotes()
    }

    #[test]
    fn quotes_are_followed_as_the_csv_crate_reads_them() {
        assert!(ends_in_quotes(&["a,b,\"open"]));
        assert!(!ends_in_quotes(&["a,b,\"open", "closed\",x"]));
        assert!(
            !ends_in_quotes(&["a,b,27\" screen"]),
            "a quote inside a field is text"
        );
        assert!(ends_in_quotes(&["a,\"say \"\"hi\"\"", "still\"\""]));
        assert!(!ends_in_quotes(&["a,\"x\"y,\"z\""]));
        assert!(ends_in_quotes(&["a,b\r\"c"]), "a lone CR ends a row");
        let mut q = Quotes::new();
        q.line(b"id,role,\"text", b',');
        assert_eq!(q.opened_in, 2);
    }

    /// Every record the parser gets back from a file equals what the csv crate reads from
    /// the whole file at once, when all its quotes close.
    #[test]
    fn assembled_records_split_like_the_whole_file() {
        let file = "a,\"b\nc\",d\ne,f\r\n\n\"g\"\"h\",i\nj,\"k,\nl\"\n";
        let mut want = Vec::new();
        let mut rdr = ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(file.as_bytes());
        for rec in rdr.byte_records() {
            want.push(rec.map(|r| r.iter().map(<[u8]>::to_vec).collect::<Vec<_>>()));
        }
        let mut got = Vec::new();
        let mut fields = Fields::new(b',');
        let mut open: Option<(Vec<u8>, Quotes)> = None;
        for line in file.lines() {
            let (mut bytes, mut quotes) = open
                .take()
                .map(|(mut b, q)| {
                    b.push(b'\n');
                    (b, q)
                })
                .unwrap_or_else(|| (Vec::new(), Quotes::new()));
            bytes.extend_from_slice(line.as_bytes());
            quotes.line(line.as_bytes(), b',');
            if quotes.in_quotes() {
                open = Some((bytes, quotes));
                continue;
            }
            if bytes.is_empty() {
                continue;
            }
            fields.feed(&bytes, false);
            while let Some(Ok((_, rec))) = fields.next_row() {
                got.push(Ok(rec.iter().map(<[u8]>::to_vec).collect::<Vec<_>>()));
            }
        }
        let want: Vec<_> = want
            .into_iter()
            .map(|r| r.map_err(|e| e.to_string()))
            .collect();
        assert_eq!(got, want);
    }
}
