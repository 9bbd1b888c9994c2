//! A streaming walk over the JSON that helpdesk and contact-centre tools export, shared by the
//! Zendesk, Intercom, Freshdesk and Contact Lens readers. Their files come in several shapes:
//! one record per file, a top-level array of records, JSON Lines, and API pages that wrap a
//! list of records (`{"tickets": […], "users": […]}`). The walk cuts every record out of the
//! input on its own with the line where it starts, keeps at most `max_record_bytes` of it, and
//! hands it on before reading the next, so a page of a thousand tickets needs the memory of one
//! ticket and a bad record neither hides the others nor loses its line.
//!
//! Values are cut out by `json.rs`'s [`Source`] (only strings and brackets are followed to find
//! where a value ends; serde checks the rest). Unlike `json.rs`, the walk looks inside each
//! top-level object: the arrays under the
//! keys a format names ([`ListKind`]) are streamed element by element, and the object's other
//! keys are gathered into one small JSON object (`rest`) for the format to read when the object
//! ends.
//!
//! JSON Lines are recognised when the first line is a whole object (`{…}`), or when the first
//! value ends on the line it starts on and another value starts on a later line: the input is
//! then read line by line, so broken syntax on one line costs that line only. In a single
//! document, broken syntax ends the reading (nothing after it can be delimited reliably), after
//! an error naming its line.

use crate::json::{Scanned, Source};
use crate::lines::{self, read_failed, utf16_error, utf16_order, RawLines, BOM};
use crate::{ReadError, ReadOptions};
use std::io::{self, BufRead, Cursor, Read};
use tact_model::Conversation;

pub(crate) type Sink<'s> = dyn FnMut(Result<Conversation, ReadError>) + 's;

/// A value over `max_record_bytes`: it was read to its end, but not kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TooLarge;

/// What the array under a key of a top-level object holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ListKind {
    /// Records of their own (Zendesk `tickets`, Intercom `conversations`): each one is
    /// limited to `max_record_bytes` and handed to [`Handler::record`].
    Records,
    /// Parts of the object's one record (Contact Lens `Transcript`): handed to
    /// [`Handler::part`] with their lines; the object with its parts is limited to
    /// `max_record_bytes` together.
    Parts,
}

/// What a format does with the values the walk cuts out.
pub(crate) trait Handler {
    /// The keys of a top-level object whose arrays are streamed.
    fn lists(&self) -> &'static [(&'static str, ListKind)];
    /// An element of a [`ListKind::Records`] array, starting at `line`.
    fn record(&mut self, value: Result<&[u8], TooLarge>, line: usize, sink: &mut Sink);
    /// An element of a [`ListKind::Parts`] array of the object being read.
    fn part(&mut self, value: Result<&[u8], TooLarge>, line: usize, sink: &mut Sink);
    /// A top-level value (an object, or an element of a top-level array) has ended at last; for
    /// an object, `rest` is the object without the arrays that were streamed (they read as
    /// `[]`). With a [`ListKind::Records`] array (`had_records`), `rest` holds what the page
    /// says about all its records (side-loads); otherwise the value is itself a record.
    fn object(
        &mut self,
        rest: Result<&[u8], TooLarge>,
        line: usize,
        had_records: bool,
        sink: &mut Sink,
    );
    /// Reading stopped or the input ended: hand on anything still held, drop unfinished parts.
    fn finish(&mut self, sink: &mut Sink);
}

/// Implements [`Reader`](crate::Reader) for `$reader` by walking the input with the handler
/// `$handler`, an expression of the source's name and the options.
macro_rules! walked_reader {
    ($reader:ty, |$source:ident, $opts:ident| $handler:expr) => {
        impl $crate::Reader for $reader {
            fn read(
                &self,
                $source: &str,
                input: &mut dyn std::io::BufRead,
                $opts: &$crate::ReadOptions,
                sink: &mut dyn FnMut(Result<tact_model::Conversation, $crate::ReadError>),
            ) {
                let mut handler = $handler;
                $crate::helpdesk::walk::read($source, input, $opts, &mut handler, sink);
            }
        }
    };
}
pub(crate) use walked_reader;

/// Reads `input` through `handler`: the UTF-16 check, the BOM, then the walk.
pub(crate) fn read(
    source: &str,
    input: &mut dyn BufRead,
    opts: &ReadOptions,
    handler: &mut dyn Handler,
    sink: &mut Sink,
) {
    let head = match lines::head(input) {
        Ok(h) => h,
        Err(e) => return sink(Err(read_failed(source, 1, &e))),
    };
    if let Some(order) = utf16_order(&head) {
        return sink(Err(utf16_error(source, order)));
    }
    let bom = if head.starts_with(BOM) { BOM.len() } else { 0 };
    let max = opts.max_record_bytes;
    // The whole first line (up to the limit), to see whether the input is JSON Lines.
    let mut first = head[bom..].to_vec();
    if !first.ends_with(b"\n") {
        let more = max.saturating_add(1).saturating_sub(first.len()) as u64;
        if let Err(e) = (&mut *input).take(more).read_until(b'\n', &mut first) {
            return sink(Err(read_failed(source, 1, &e)));
        }
    }
    let trimmed = first.trim_ascii();
    let json_lines = first.ends_with(b"\n") && trimmed.starts_with(b"{") && trimmed.ends_with(b"}");
    let mut chained = Cursor::new(first).chain(input);
    let mut scanner = Source {
        input: &mut chained,
        line: 1,
        column: 1,
    };
    let mut walk = Walk {
        source,
        max,
        handler,
        in_line: false,
    };
    let walked = if json_lines {
        walk.lines(&mut scanner, sink)
    } else {
        walk.top(&mut scanner, true, sink)
    };
    if let Err(e) = walked {
        sink(Err(read_failed(source, scanner.line, &e)));
    }
    walk.handler.finish(sink);
}

/// Whether reading goes on after a value.
#[derive(PartialEq, Eq)]
enum Flow {
    Go,
    Stop,
}

/// A byte as an error message shows it.
fn show(b: u8) -> String {
    if b.is_ascii_graphic() {
        format!("`{}`", char::from(b))
    } else {
        format!("byte 0x{b:02X}")
    }
}

/// What an object has kept so far: its bytes without the streamed arrays, and how many bytes
/// its parts took. Together they stay within `max`; past it nothing more is kept and the object
/// is reported too large when it ends.
struct Rest {
    bytes: Vec<u8>,
    over: bool,
    parts: usize,
    max: usize,
}

impl Rest {
    fn overflow(&mut self) {
        self.over = true;
        self.bytes = Vec::new();
    }

    fn push(&mut self, b: &[u8]) {
        if self.over {
            return;
        }
        if self.bytes.len() + self.parts + b.len() > self.max {
            self.overflow();
        } else {
            self.bytes.extend_from_slice(b);
        }
    }

    /// How many more bytes may be kept.
    fn room(&self) -> usize {
        if self.over {
            0
        } else {
            self.max.saturating_sub(self.parts + self.bytes.len())
        }
    }

    /// The next byte that is not white space, as [`Source::peek`]; the line breaks skipped are
    /// kept, so that serde's messages about the gathered object name the right line.
    fn peek(&mut self, s: &mut Source) -> io::Result<Option<u8>> {
        let before = s.line;
        let next = s.peek()?;
        let skipped = s.line - before;
        if skipped > 0 && !self.over {
            if self.room() < skipped {
                self.overflow();
            } else {
                self.bytes.extend(std::iter::repeat_n(b'\n', skipped));
            }
        }
        Ok(next)
    }
}

struct Walk<'w> {
    source: &'w str,
    max: usize,
    handler: &'w mut dyn Handler,
    /// Reading one line of JSON Lines: broken syntax skips the line, not the file.
    in_line: bool,
}

impl Walk<'_> {
    /// Reports broken syntax at `line`; what follows cannot be delimited, so reading stops
    /// (for JSON Lines, on this line only).
    fn stop(&mut self, line: usize, reason: &str, sink: &mut Sink) -> io::Result<Flow> {
        let tail = if self.in_line {
            "the rest of the line is skipped"
        } else {
            "the rest of the file is not read"
        };
        // What was read before the break comes first, as it does in the file.
        self.handler.finish(sink);
        sink(Err(ReadError::new(
            self.source,
            line,
            format!("{reason}; {tail}"),
        )));
        Ok(Flow::Stop)
    }

    fn ended(&mut self, line: usize, what: &str, sink: &mut Sink) -> io::Result<Flow> {
        let at = if self.in_line {
            "the line"
        } else {
            "the input"
        };
        self.stop(line, &format!("unexpected end of {at}: {what}"), sink)
    }

    fn unclosed(&mut self, line: usize, open: usize, sink: &mut Sink) -> io::Result<Flow> {
        let what = format!("the array opened at line {open} is not closed");
        self.ended(line, &what, sink)
    }

    /// The first byte of the next element of the array opened at line `open` (`first`: of its
    /// first), or how the array ended: empty, unclosed, or broken where a value belongs.
    fn element(
        &mut self,
        s: &mut Source,
        open: usize,
        first: bool,
        sink: &mut Sink,
    ) -> io::Result<Result<u8, Flow>> {
        let Some(b) = s.peek()? else {
            return self.unclosed(s.line, open, sink).map(Err);
        };
        if first && b == b']' {
            s.bump();
            return Ok(Err(Flow::Go));
        }
        if matches!(b, b']' | b'}' | b',' | b':') {
            let reason = format!("expected a value, found {}", show(b));
            return self.stop(s.line, &reason, sink).map(Err);
        }
        Ok(Ok(b))
    }

    /// After an element of the array opened at line `open`: `None` when a `,` says another
    /// follows, else how the array ended.
    fn after_element(
        &mut self,
        s: &mut Source,
        open: usize,
        sink: &mut Sink,
    ) -> io::Result<Option<Flow>> {
        let flow = match s.peek()? {
            Some(b',') => {
                s.bump();
                return Ok(None);
            }
            Some(b']') => {
                s.bump();
                Flow::Go
            }
            Some(b) => {
                let reason = format!(
                    "expected `,` or `]` in the array opened at line {open}, found {}",
                    show(b)
                );
                self.stop(s.line, &reason, sink)?
            }
            None => self.unclosed(s.line, open, sink)?,
        };
        Ok(Some(flow))
    }

    /// Top-level values one after the other, until the input ends or syntax breaks. On the
    /// first call (`may_switch`), a first value on one line followed by another on a later line
    /// turns the rest of the input into JSON Lines.
    fn top(&mut self, s: &mut Source, may_switch: bool, sink: &mut Sink) -> io::Result<()> {
        let mut first = true;
        loop {
            let Some(b) = s.peek()? else {
                if first && may_switch {
                    sink(Err(ReadError::new(
                        self.source,
                        s.line,
                        "empty input: expected a JSON object, an array of them, or JSON Lines",
                    )));
                }
                return Ok(());
            };
            let start = s.line;
            let flow = match b {
                b'{' => self.object(s, sink)?,
                b'[' => self.array(s, sink)?,
                _ => self.stop(
                    s.line,
                    &format!("expected a JSON object or array, found {}", show(b)),
                    sink,
                )?,
            };
            if flow == Flow::Stop {
                return Ok(());
            }
            if first && may_switch && s.line == start {
                let next = s.peek()?;
                if next.is_some() && s.line > start {
                    return self.lines(s, sink);
                }
            }
            first = false;
        }
    }

    /// The rest of the input as JSON Lines, each line walked on its own.
    fn lines(&mut self, s: &mut Source, sink: &mut Sink) -> io::Result<()> {
        let base = s.line;
        let mut raw = RawLines::new(self.source, &mut *s.input, self.max);
        while let Some(item) = raw.next_line() {
            match item {
                Ok((n, bytes)) => {
                    if bytes.trim_ascii().is_empty() {
                        continue;
                    }
                    let mut line: &[u8] = bytes;
                    let mut scanner = Source {
                        input: &mut line,
                        line: base + n - 1,
                        column: 1,
                    };
                    self.in_line = true;
                    let walked = self.top(&mut scanner, false, sink);
                    self.in_line = false;
                    walked?;
                }
                Err(mut e) => {
                    e.line = base + e.line - 1;
                    if e.reason.starts_with("record too large") {
                        self.handler.object(Err(TooLarge), e.line, false, sink);
                    } else {
                        sink(Err(e));
                    }
                }
            }
        }
        Ok(())
    }

    /// A top-level array: its objects are walked like top-level objects, anything else is handed
    /// on whole.
    fn array(&mut self, s: &mut Source, sink: &mut Sink) -> io::Result<Flow> {
        let open = s.line;
        s.bump();
        let mut buf = Vec::new();
        let mut first = true;
        loop {
            let b = match self.element(s, open, first, sink)? {
                Ok(b) => b,
                Err(flow) => return Ok(flow),
            };
            first = false;
            match b {
                b'{' => {
                    if self.object(s, sink)? == Flow::Stop {
                        return Ok(Flow::Stop);
                    }
                }
                _ => {
                    let line = s.line;
                    buf.clear();
                    match s.value(&mut buf, self.max)? {
                        Scanned::Complete => self.handler.object(Ok(&buf), line, false, sink),
                        Scanned::TooLarge => self.handler.object(Err(TooLarge), line, false, sink),
                        Scanned::Eof => {
                            return self.ended(s.line, "a value is not complete", sink);
                        }
                    }
                }
            }
            if let Some(flow) = self.after_element(s, open, sink)? {
                return Ok(flow);
            }
        }
    }

    /// A top-level object (or an object in a top-level array): its listed arrays are streamed,
    /// the rest gathered, and the handler told when it ends.
    fn object(&mut self, s: &mut Source, sink: &mut Sink) -> io::Result<Flow> {
        let open = s.line;
        let max = self.max;
        let unclosed = format!("the object opened at line {open} is not closed");
        let mut rest = Rest {
            bytes: vec![b'{'],
            over: false,
            parts: 0,
            max,
        };
        s.bump();
        let mut had_records = false;
        let mut first = true;
        let mut key = Vec::new();
        let mut value = Vec::new();
        loop {
            let Some(b) = rest.peek(s)? else {
                return self.ended(s.line, &unclosed, sink);
            };
            if first && b == b'}' {
                rest.push(b"}");
                s.bump();
                break;
            }
            first = false;
            if b != b'"' {
                let reason = format!(
                    "expected a key in the object opened at line {open}, found {}",
                    show(b)
                );
                return self.stop(s.line, &reason, sink);
            }
            key.clear();
            match s.value(&mut key, max)? {
                Scanned::Complete => rest.push(&key),
                Scanned::TooLarge => rest.overflow(),
                Scanned::Eof => return self.ended(s.line, &unclosed, sink),
            }
            let name: Option<String> = serde_json::from_slice(&key).ok();
            match rest.peek(s)? {
                Some(b':') => {
                    rest.push(b":");
                    s.bump();
                }
                Some(b) => {
                    let reason = format!("expected `:` after a key, found {}", show(b));
                    return self.stop(s.line, &reason, sink);
                }
                None => return self.ended(s.line, &unclosed, sink),
            }
            let Some(b) = rest.peek(s)? else {
                return self.ended(s.line, &unclosed, sink);
            };
            let kind = name.as_deref().and_then(|n| {
                self.handler
                    .lists()
                    .iter()
                    .find(|(k, _)| *k == n)
                    .map(|(_, kind)| *kind)
            });
            match kind {
                Some(kind) if b == b'[' => {
                    rest.push(b"[]");
                    s.bump();
                    had_records |= kind == ListKind::Records;
                    if self.list(s, kind, &mut rest, sink)? == Flow::Stop {
                        return Ok(Flow::Stop);
                    }
                }
                _ => {
                    let room = rest.room();
                    match s.value(&mut value, room)? {
                        Scanned::Complete => rest.push(&value),
                        Scanned::TooLarge => rest.overflow(),
                        Scanned::Eof => return self.ended(s.line, &unclosed, sink),
                    }
                }
            }
            match rest.peek(s)? {
                Some(b',') => {
                    rest.push(b",");
                    s.bump();
                }
                Some(b'}') => {
                    rest.push(b"}");
                    s.bump();
                    break;
                }
                Some(b) => {
                    let reason = format!(
                        "expected `,` or `}}` in the object opened at line {open}, found {}",
                        show(b)
                    );
                    return self.stop(s.line, &reason, sink);
                }
                None => return self.ended(s.line, &unclosed, sink),
            }
        }
        let rest = if rest.over {
            Err(TooLarge)
        } else {
            Ok(&rest.bytes[..])
        };
        self.handler.object(rest, open, had_records, sink);
        Ok(Flow::Go)
    }

    /// The elements of a streamed array, whose `[` has been read.
    fn list(
        &mut self,
        s: &mut Source,
        kind: ListKind,
        rest: &mut Rest,
        sink: &mut Sink,
    ) -> io::Result<Flow> {
        let open = s.line;
        let mut buf = Vec::new();
        let mut first = true;
        loop {
            if let Err(flow) = self.element(s, open, first, sink)? {
                return Ok(flow);
            }
            first = false;
            let line = s.line;
            buf.clear();
            let room = match kind {
                ListKind::Records => self.max,
                ListKind::Parts => rest.room(),
            };
            match (s.value(&mut buf, room)?, kind) {
                (Scanned::Eof, _) => return self.unclosed(s.line, open, sink),
                (Scanned::Complete, ListKind::Records) => self.handler.record(Ok(&buf), line, sink),
                (Scanned::TooLarge, ListKind::Records) => {
                    self.handler.record(Err(TooLarge), line, sink)
                }
                (Scanned::Complete, ListKind::Parts) => {
                    rest.parts += buf.len();
                    self.handler.part(Ok(&buf), line, sink);
                }
                (Scanned::TooLarge, ListKind::Parts) => rest.overflow(),
            }
            if let Some(flow) = self.after_element(s, open, sink)? {
                return Ok(flow);
            }
        }
    }
}
