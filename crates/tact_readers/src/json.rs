//! JSON documents: an array of conversations (what many exports and older tact versions
//! write), or one or more conversation objects. Streamed: each element is cut out of the input
//! on its own (at most `max_record_bytes` of it is kept), decoded and handed on before the next
//! is read, so one bad element neither hides the others nor loses its line number, and a huge
//! array needs no more memory than its largest element.

use crate::lines::{self, read_failed, utf16_error, utf16_order, BOM};
use crate::record::Record;
use crate::{checks, ReadError, ReadOptions, Reader};
use serde_json::error::Category;
use std::io::{self, BufRead, Cursor, ErrorKind, Read};
use tact_model::Conversation;

/// Reads a JSON array of conversations, or one or more conversation objects separated by
/// whitespace. A missing or empty `id` becomes `file#n`, n counting elements from 1.
pub struct JsonReader;

/// serde_json's message without its "at line L column C" tail, which is relative to the
/// slice it was given rather than to the file.
pub(crate) fn message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let tail = format!(" at line {} column {}", e.line(), e.column());
    full.strip_suffix(&tail).unwrap_or(&full).to_string()
}

/// Fills in the id and applies the checks every format shares.
pub(crate) fn finish(
    mut conv: Conversation,
    default_id: impl FnOnce() -> String,
) -> Result<Conversation, String> {
    if conv.id.trim().is_empty() {
        conv.id = default_id();
    }
    checks::conversation(&conv)?;
    Ok(conv)
}

/// The input and the line and column (in bytes, 1-based) of its next byte.
pub(crate) struct Source<'a> {
    pub(crate) input: &'a mut dyn BufRead,
    pub(crate) line: usize,
    pub(crate) column: usize,
}

/// How [`Source::value`] ended.
pub(crate) enum Scanned {
    Complete,
    /// Over the limit: read to its end but not kept.
    TooLarge,
    /// The input ended inside the value; what was read is kept for serde to explain.
    Eof,
}

/// `fill_buf`, retried when interrupted.
fn fill(input: &mut dyn BufRead) -> io::Result<&[u8]> {
    loop {
        match input.fill_buf() {
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
            // Filled: borrowed again to return it, which the borrow checker accepts.
            Ok(_) => return input.fill_buf(),
        }
    }
}

fn advance(line: &mut usize, column: &mut usize, bytes: &[u8]) {
    for b in bytes {
        if *b == b'\n' {
            *line += 1;
            *column = 1;
        } else {
            *column += 1;
        }
    }
}

/// A byte that ends a number, `true`, `false` or `null`.
fn ends_scalar(b: u8) -> bool {
    b.is_ascii_whitespace() || matches!(b, b',' | b']' | b'}' | b'[' | b'{' | b'"' | b':')
}

impl Source<'_> {
    /// The next byte that is not whitespace, left unread; `None` at the end of the input.
    pub(crate) fn peek(&mut self) -> io::Result<Option<u8>> {
        loop {
            let available = fill(self.input)?;
            if available.is_empty() {
                return Ok(None);
            }
            let found = available.iter().position(|b| !b.is_ascii_whitespace());
            let take = found.unwrap_or(available.len());
            let next = found.map(|i| available[i]);
            advance(&mut self.line, &mut self.column, &available[..take]);
            self.input.consume(take);
            if next.is_some() {
                return Ok(next);
            }
        }
    }

    /// Steps over the byte [`Source::peek`] returned, which is not a newline.
    pub(crate) fn bump(&mut self) {
        self.input.consume(1);
        self.column += 1;
    }

    /// Reads the JSON value that starts at the next byte into `out`, keeping at most `max`
    /// bytes. Only strings and brackets are followed, to find where the value ends; serde
    /// checks the rest.
    pub(crate) fn value(&mut self, out: &mut Vec<u8>, max: usize) -> io::Result<Scanned> {
        out.clear();
        let mut started = false;
        let mut scalar = false;
        let mut depth = 0usize;
        let mut in_string = false;
        let mut escaped = false;
        let mut too_large = false;
        loop {
            let available = fill(self.input)?;
            if available.is_empty() {
                return Ok(match (too_large, scalar) {
                    (true, _) => Scanned::TooLarge,
                    (false, true) => Scanned::Complete,
                    (false, false) => Scanned::Eof,
                });
            }
            let mut end = None;
            for (i, &b) in available.iter().enumerate() {
                if !started {
                    started = true;
                    match b {
                        b'{' | b'[' => depth = 1,
                        b'"' => in_string = true,
                        _ => scalar = true,
                    }
                } else if in_string {
                    if escaped {
                        escaped = false;
                    } else if b == b'\\' {
                        escaped = true;
                    } else if b == b'"' {
                        in_string = false;
                        if depth == 0 {
                            end = Some(i + 1);
                            break;
                        }
                    }
                } else if scalar {
                    if ends_scalar(b) {
                        end = Some(i);
                        break;
                    }
                } else {
                    match b {
                        b'"' => in_string = true,
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                end = Some(i + 1);
                                break;
                            }
                        }
                        _ => {}
                    }
                }
            }
            let take = end.unwrap_or(available.len());
            if !too_large {
                if out.len() + take > max {
                    too_large = true;
                    out.clear();
                    out.shrink_to(64 * 1024);
                } else {
                    out.extend_from_slice(&available[..take]);
                }
            }
            advance(&mut self.line, &mut self.column, &available[..take]);
            self.input.consume(take);
            if end.is_some() {
                return Ok(if too_large {
                    Scanned::TooLarge
                } else {
                    Scanned::Complete
                });
            }
        }
    }
}

impl Reader for JsonReader {
    fn read(
        &self,
        source_name: &str,
        input: &mut dyn BufRead,
        opts: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        let head = match lines::head(input) {
            Ok(h) => h,
            Err(e) => return sink(Err(read_failed(source_name, 1, &e))),
        };
        if let Some(order) = utf16_order(&head) {
            return sink(Err(utf16_error(source_name, order)));
        }
        let bom = if head.starts_with(BOM) { BOM.len() } else { 0 };
        let mut head = Cursor::new(head);
        head.set_position(bom as u64);
        let mut chained = head.chain(input);
        let mut src = Source {
            input: &mut chained,
            line: 1,
            column: 1,
        };
        if let Err(e) = stream(source_name, &mut src, opts.max_record_bytes, sink) {
            sink(Err(read_failed(source_name, src.line, &e)));
        }
    }
}

fn stream(
    source: &str,
    src: &mut Source,
    max: usize,
    sink: &mut dyn FnMut(Result<Conversation, ReadError>),
) -> io::Result<()> {
    let fail = |line: usize, reason: String| Err(ReadError::new(source, line, reason));
    let in_array = match src.peek()? {
        None => {
            sink(fail(
                src.line,
                "empty input: expected a JSON array of conversations or a conversation object"
                    .into(),
            ));
            return Ok(());
        }
        Some(b'[') => {
            src.bump();
            true
        }
        Some(_) => false,
    };
    let mut buf = Vec::new();
    let mut index = 0;
    loop {
        let Some(next) = src.peek()? else {
            if in_array {
                sink(fail(
                    src.line,
                    "unexpected end of input: the array is not closed".into(),
                ));
            }
            return Ok(());
        };
        if in_array && index == 0 && next == b']' {
            src.bump();
            return trailing(src, sink, &fail);
        }
        index += 1;
        if matches!(next, b']' | b'}' | b',' | b':') {
            sink(fail(
                src.line,
                format!(
                    "element {index}: expected a value, found `{}`; the rest of the file is not \
                     read",
                    char::from(next)
                ),
            ));
            return Ok(());
        }
        let (line, column) = (src.line, src.column);
        let scanned = src.value(&mut buf, max)?;
        if let Scanned::TooLarge = scanned {
            sink(fail(
                line,
                format!(
                    "element {index}: record too large (over {max} bytes; raise \
                     --max-record-bytes)"
                ),
            ));
        } else {
            match serde_json::from_slice::<Record>(&buf) {
                Ok(record) => match finish(record.into(), || format!("{source}#{index}")) {
                    Ok(conv) => checks::emit(source, conv, &|_| line, sink),
                    Err(r) => sink(fail(line, format!("element {index}: {r}"))),
                },
                Err(e) if e.classify() == Category::Data => {
                    // Well-formed JSON that is not a conversation: report it and go on.
                    let err_line = line + e.line().max(1) - 1;
                    let err_column = if e.line() <= 1 {
                        column + e.column().max(1) - 1
                    } else {
                        e.column()
                    };
                    sink(fail(
                        line,
                        format!(
                            "element {index}: {} (at line {err_line} column {err_column})",
                            message(&e)
                        ),
                    ));
                }
                Err(e) => {
                    // Broken syntax: nothing after it can be delimited reliably.
                    let err_line = line + e.line().max(1) - 1;
                    sink(fail(
                        err_line,
                        format!(
                            "element {index}: {}; the rest of the file is not read",
                            message(&e)
                        ),
                    ));
                    return Ok(());
                }
            }
        }
        if !in_array {
            continue;
        }
        match src.peek()? {
            Some(b',') => src.bump(),
            Some(b']') => {
                src.bump();
                return trailing(src, sink, &fail);
            }
            Some(_) => {
                sink(fail(
                    src.line,
                    format!("expected `,` or `]` after element {index}"),
                ));
                return Ok(());
            }
            None => {
                sink(fail(
                    src.line,
                    "unexpected end of input: the array is not closed".into(),
                ));
                return Ok(());
            }
        }
    }
}

fn trailing(
    src: &mut Source,
    sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    fail: &dyn Fn(usize, String) -> Result<Conversation, ReadError>,
) -> io::Result<()> {
    if src.peek()?.is_some() {
        sink(fail(src.line, "trailing content after the array".into()));
    }
    Ok(())
}
