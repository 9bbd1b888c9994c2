//! Input formats of tact: every supported export is read into `tact_model::Conversation`s
//! through one `Reader` trait, so the CLI never needs to know what a format looks like.
//!
//! Readers never stop at a bad record: each problem goes to the sink as a [`ReadError`] naming
//! the line, and every other record is still produced. Nothing is dropped or merged without an
//! error saying so: a record over [`ReadOptions::max_record_bytes`], a CSV quote that never
//! closes, a UTF-16 file, turns whose times run backwards (reported, conversation kept).
//! JSON Lines, CSV and JSON arrays are streamed and hold one conversation at a time (one
//! record at most `max_record_bytes`); chat logs and transcripts are one conversation per file.

use std::io::BufRead;
use std::path::Path;
use tact_model::{Channel, Conversation};

mod checks;
mod csv;
mod cues;
mod json;
mod jsonl;
mod labels;
mod lines;
mod record;
mod roles;
mod script;
mod srt;
mod stamps;
mod text;
mod vtt;

pub use crate::checks::MAX_SECONDS;
pub use crate::csv::{CsvReader, MAX_QUOTED_LINES};
pub use crate::json::JsonReader;
pub use crate::jsonl::JsonlReader;
pub use crate::script::read_script;
pub use crate::srt::SrtReader;
pub use crate::text::TextReader;
pub use crate::vtt::VttReader;

/// An input format tact can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    Jsonl,
    Json,
    Csv,
    Text,
    Vtt,
    Srt,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Jsonl,
        Format::Json,
        Format::Csv,
        Format::Text,
        Format::Vtt,
        Format::Srt,
    ];

    /// The format a file's extension names (case-insensitive), if any.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "jsonl" | "ndjson" => Format::Jsonl,
            "json" => Format::Json,
            "csv" | "tsv" => Format::Csv,
            "txt" | "log" => Format::Text,
            "vtt" => Format::Vtt,
            "srt" => Format::Srt,
            _ => return None,
        })
    }

    /// The format a user names on the command line (case-insensitive).
    pub fn from_name(name: &str) -> Option<Format> {
        Some(match name.trim().to_ascii_lowercase().as_str() {
            "jsonl" | "ndjson" => Format::Jsonl,
            "json" => Format::Json,
            "csv" | "tsv" => Format::Csv,
            "text" | "txt" | "log" => Format::Text,
            "vtt" | "webvtt" => Format::Vtt,
            "srt" => Format::Srt,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Text => "text",
            Format::Vtt => "vtt",
            Format::Srt => "srt",
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// CSV column names (matched case-insensitively against the header row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvColumns {
    pub conversation_id: String,
    pub role: String,
    pub text: String,
    pub speaker: String,
    pub at: String,
    pub start: String,
    pub end: String,
    pub agent: String,
    pub team: String,
    pub channel: String,
    pub language: String,
}

impl Default for CsvColumns {
    fn default() -> Self {
        CsvColumns {
            conversation_id: "conversation_id".into(),
            role: "role".into(),
            text: "text".into(),
            speaker: "speaker".into(),
            at: "at".into(),
            start: "start".into(),
            end: "end".into(),
            agent: "agent".into(),
            team: "team".into(),
            channel: "channel".into(),
            language: "language".into(),
        }
    }
}

/// The default of [`ReadOptions::max_record_bytes`]: 64 MiB, far above any real conversation
/// record, low enough that one runaway line cannot exhaust memory.
pub const DEFAULT_MAX_RECORD_BYTES: usize = 64 * 1024 * 1024;

/// What the user told tact about the input beyond the bytes themselves.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadOptions {
    /// Speaker names that are agents, for chat logs and transcripts. When given, any other
    /// speaker whose label names no role is taken as the customer.
    pub agent_names: Vec<String>,
    pub csv: CsvColumns,
    /// Channel for formats that do not carry one (text, vtt, srt, and CSV without a channel
    /// column). JSON and JSON Lines records keep their own `channel` field.
    pub default_channel: Option<Channel>,
    /// Group CSV rows by conversation id wherever they are in the file, emitting every
    /// conversation at the end in order of first appearance. Memory then grows with the whole
    /// file instead of one conversation. Without it, rows of one conversation must be
    /// contiguous, and an id that comes back later is reported (its rows are still read, as a
    /// second conversation with the same id).
    pub csv_group: bool,
    /// The most bytes one record may take: a line (JSON Lines, chat logs, transcripts), a CSV
    /// row with its quoted line breaks, one element of a JSON array. A longer one is reported
    /// as `record too large` and skipped without being buffered; reading goes on after it.
    pub max_record_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            agent_names: Vec::new(),
            csv: CsvColumns::default(),
            default_channel: None,
            csv_group: false,
            max_record_bytes: DEFAULT_MAX_RECORD_BYTES,
        }
    }
}

/// A record or file that could not be read; reading goes on after it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{source_name}:{line}: {reason}")]
pub struct ReadError {
    pub source_name: String,
    /// 1-based line where the problem is (for CSV, where the record starts).
    pub line: usize,
    pub reason: String,
}

impl ReadError {
    pub fn new(source_name: &str, line: usize, reason: impl Into<String>) -> Self {
        ReadError {
            source_name: source_name.to_string(),
            line,
            reason: reason.into(),
        }
    }
}

/// One input format. Conversations and errors go to `sink` in input order as they are found.
pub trait Reader {
    fn read(
        &self,
        source_name: &str,
        input: &mut dyn BufRead,
        opts: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    );
}

pub fn reader_for(format: Format) -> &'static dyn Reader {
    match format {
        Format::Jsonl => &JsonlReader,
        Format::Json => &JsonReader,
        Format::Csv => &CsvReader,
        Format::Text => &TextReader,
        Format::Vtt => &VttReader,
        Format::Srt => &SrtReader,
    }
}

/// Reads `input` as `format`; `source_name` is the path as the user typed it (or `<stdin>`)
/// and prefixes every error.
pub fn read(
    source_name: &str,
    input: &mut dyn BufRead,
    format: Format,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Result<Conversation, ReadError>),
) {
    reader_for(format).read(source_name, input, opts, sink);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_round_trip_through_their_names() {
        for f in Format::ALL {
            assert_eq!(Format::from_name(f.name()), Some(f));
        }
        assert_eq!(Format::from_name("TXT"), Some(Format::Text));
        assert_eq!(Format::from_name("xml"), None);
    }

    #[test]
    fn extensions_pick_the_format_case_insensitively() {
        let cases = [
            ("a.jsonl", Some(Format::Jsonl)),
            ("a.NDJSON", Some(Format::Jsonl)),
            ("dir/a.json", Some(Format::Json)),
            ("a.csv", Some(Format::Csv)),
            ("a.tsv", Some(Format::Csv)),
            ("a.txt", Some(Format::Text)),
            ("a.log", Some(Format::Text)),
            ("a.Vtt", Some(Format::Vtt)),
            ("a.srt", Some(Format::Srt)),
            ("a.xml", None),
            ("noext", None),
        ];
        for (p, f) in cases {
            assert_eq!(Format::from_path(Path::new(p)), f, "{p}");
        }
    }

    #[test]
    fn read_error_displays_as_file_line_reason() {
        let e = ReadError::new("a.jsonl", 2, "no turns");
        assert_eq!(e.to_string(), "a.jsonl:2: no turns");
    }
}
