//! JSON documents: an array of conversations (what many exports and older tact versions
//! write), or one conversation object. Read whole, but each element is decoded on its own so
//! one bad element neither hides the others nor loses its line number.

use crate::lines::{read_failed, BOM};
use crate::{checks, ReadError, ReadOptions, Reader};
use serde::de::IgnoredAny;
use serde_json::error::Category;
use std::io::BufRead;
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

/// Line and column of byte offsets, counted incrementally as offsets only grow.
struct Position<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: usize,
    line_start: usize,
}

impl Position<'_> {
    fn at(&mut self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.bytes.len());
        if offset >= self.offset {
            for (i, b) in self.bytes[self.offset..offset].iter().enumerate() {
                if *b == b'\n' {
                    self.line += 1;
                    self.line_start = self.offset + i + 1;
                }
            }
            self.offset = offset;
        }
        (self.line, offset - self.line_start + 1)
    }
}

fn skip_whitespace(bytes: &[u8], mut pos: usize) -> usize {
    while bytes.get(pos).is_some_and(|b| b.is_ascii_whitespace()) {
        pos += 1;
    }
    pos
}

impl Reader for JsonReader {
    fn read(
        &self,
        source_name: &str,
        input: &mut dyn BufRead,
        _opts: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        let mut bytes = Vec::new();
        if let Err(e) = input.read_to_end(&mut bytes) {
            let line = bytes.iter().filter(|b| **b == b'\n').count() + 1;
            sink(Err(read_failed(source_name, line, &e)));
            return;
        }
        let body = bytes.strip_prefix(BOM).unwrap_or(&bytes);
        let mut pos = Position {
            bytes: body,
            offset: 0,
            line: 1,
            line_start: 0,
        };
        let fail = |pos: &mut Position, at: usize, reason: String| {
            let (line, _) = pos.at(at);
            Err(ReadError::new(source_name, line, reason))
        };

        let mut at = skip_whitespace(body, 0);
        let in_array = body.get(at) == Some(&b'[');
        if body.get(at).is_none() {
            sink(fail(
                &mut pos,
                at,
                "empty input: expected a JSON array of conversations or a conversation object"
                    .into(),
            ));
            return;
        }
        if in_array {
            at = skip_whitespace(body, at + 1);
            if body.get(at) == Some(&b']') {
                at = skip_whitespace(body, at + 1);
                if at < body.len() {
                    sink(fail(
                        &mut pos,
                        at,
                        "trailing content after the array".into(),
                    ));
                }
                return;
            }
        }

        let mut index = 0;
        loop {
            index += 1;
            let (line, column) = pos.at(at);
            let slice = &body[at..];
            let mut stream =
                serde_json::Deserializer::from_slice(slice).into_iter::<Conversation>();
            let end = match stream.next() {
                Some(Ok(conv)) => {
                    let end = at + stream.byte_offset();
                    let result = finish(conv, || format!("{source_name}#{index}")).map_err(|r| {
                        ReadError::new(source_name, line, format!("element {index}: {r}"))
                    });
                    sink(result);
                    end
                }
                Some(Err(e)) if e.classify() == Category::Data => {
                    // Well-formed JSON that is not a conversation: report it and step over it.
                    let err_line = line + e.line().max(1) - 1;
                    let err_column = if e.line() == 1 {
                        column + e.column() - 1
                    } else {
                        e.column()
                    };
                    sink(Err(ReadError::new(
                        source_name,
                        line,
                        format!(
                            "element {index}: {} (at line {err_line} column {err_column})",
                            message(&e)
                        ),
                    )));
                    let mut skip =
                        serde_json::Deserializer::from_slice(slice).into_iter::<IgnoredAny>();
                    match skip.next() {
                        Some(Ok(_)) => at + skip.byte_offset(),
                        _ => return,
                    }
                }
                Some(Err(e)) => {
                    // Broken syntax: nothing after it can be delimited reliably.
                    let err_line = line + e.line().max(1) - 1;
                    sink(Err(ReadError::new(
                        source_name,
                        err_line,
                        format!(
                            "element {index}: {}; the rest of the file is not read",
                            message(&e)
                        ),
                    )));
                    return;
                }
                None => {
                    sink(fail(&mut pos, at, "unexpected end of input".into()));
                    return;
                }
            };
            at = skip_whitespace(body, end);
            if !in_array {
                if at >= body.len() {
                    return;
                }
                continue;
            }
            match body.get(at) {
                Some(b',') => at = skip_whitespace(body, at + 1),
                Some(b']') => {
                    at = skip_whitespace(body, at + 1);
                    if at < body.len() {
                        sink(fail(
                            &mut pos,
                            at,
                            "trailing content after the array".into(),
                        ));
                    }
                    return;
                }
                Some(_) => {
                    sink(fail(
                        &mut pos,
                        at,
                        format!("expected `,` or `]` after element {index}"),
                    ));
                    return;
                }
                None => {
                    sink(fail(
                        &mut pos,
                        at,
                        "unexpected end of input: the array is not closed".into(),
                    ));
                    return;
                }
            }
        }
    }
}
