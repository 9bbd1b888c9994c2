//! CSV exports with one row per turn, the shape most CRMs and spreadsheets produce. Rows of one
//! conversation must be contiguous: a conversation is emitted as soon as the id changes, so
//! memory holds one conversation at a time. An id that comes back later starts a new
//! conversation with the same id.

use crate::lines::{read_failed, BOM};
use crate::roles::role_word;
use crate::stamps::{self, TIMESTAMP_HELP};
use crate::{checks, CsvColumns, ReadError, ReadOptions, Reader};
use ::csv::{ByteRecord, ErrorKind, ReaderBuilder};
use std::io::{BufRead, Cursor, Read};
use tact_model::{Channel, Conversation, Turn};

/// Reads CSV (or TSV, or `;`-separated, guessed from the header row). Required columns:
/// conversation id, role, text; optional: speaker, at, start, end, agent, team, channel,
/// language. Column names come from [`CsvColumns`] and match case-insensitively.
pub struct CsvReader;

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

/// The conversation being collected and the conversation-level values seen so far; each comes
/// from the first row that has it.
struct Pending {
    conv: Conversation,
    channel: Option<Channel>,
}

impl Pending {
    fn new(row: Row) -> Self {
        let mut p = Pending {
            conv: Conversation {
                id: row.id.clone(),
                ..Conversation::default()
            },
            channel: None,
        };
        p.add(row);
        p
    }

    fn add(&mut self, row: Row) {
        let c = &mut self.conv;
        c.agent = c.agent.take().or(row.agent);
        c.team = c.team.take().or(row.team);
        c.language = c.language.take().or(row.language);
        self.channel = self.channel.or(row.channel);
        c.turns.push(row.turn);
    }

    fn finish(mut self, opts: &ReadOptions) -> Conversation {
        self.conv.channel = self.channel.or(opts.default_channel).unwrap_or_default();
        self.conv
    }
}

/// The most frequent of `,`, `;` and tab in the header line; `,` on ties.
fn sniff_delimiter(header: &[u8]) -> u8 {
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

impl Reader for CsvReader {
    fn read(
        &self,
        source_name: &str,
        input: &mut dyn BufRead,
        opts: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        let mut first = Vec::new();
        match input.read_until(b'\n', &mut first) {
            Ok(0) => {
                sink(Err(ReadError::new(
                    source_name,
                    1,
                    "empty input: expected a header row naming the columns",
                )));
                return;
            }
            Ok(_) => {}
            Err(e) => {
                sink(Err(read_failed(source_name, 1, &e)));
                return;
            }
        }
        if first.starts_with(BOM) {
            first.drain(..BOM.len());
        }
        let delimiter = sniff_delimiter(&first);
        let mut rdr = ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .from_reader(Cursor::new(first).chain(input));
        let cols = match rdr.byte_headers() {
            Ok(h) => match find_columns(h, &opts.csv) {
                Ok(c) => c,
                Err(reason) => {
                    sink(Err(ReadError::new(source_name, 1, reason)));
                    return;
                }
            },
            Err(e) => {
                sink(Err(ReadError::new(
                    source_name,
                    1,
                    format!("cannot read: {e}"),
                )));
                return;
            }
        };

        let mut rec = ByteRecord::new();
        let mut current: Option<Pending> = None;
        let mut last_line = 1;
        loop {
            match rdr.read_byte_record(&mut rec) {
                Ok(false) => break,
                Ok(true) => {}
                Err(e) => {
                    let line = e.position().map_or(last_line + 1, |p| p.line() as usize);
                    let stop = matches!(e.kind(), ErrorKind::Io(_));
                    sink(Err(ReadError::new(
                        source_name,
                        line,
                        format!("cannot read: {e}"),
                    )));
                    if stop {
                        break;
                    }
                    continue;
                }
            }
            let line = rec.position().map_or(last_line + 1, |p| p.line() as usize);
            last_line = line;
            if rec.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
                continue;
            }
            match row(&rec, &cols, &opts.csv) {
                Err(reason) => sink(Err(ReadError::new(source_name, line, reason))),
                Ok(r) => match &mut current {
                    Some(p) if p.conv.id == r.id => p.add(r),
                    _ => {
                        if let Some(done) = current.replace(Pending::new(r)) {
                            sink(Ok(done.finish(opts)));
                        }
                    }
                },
            }
        }
        if let Some(done) = current {
            sink(Ok(done.finish(opts)));
        }
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
}
