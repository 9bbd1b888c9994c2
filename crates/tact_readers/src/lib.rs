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
mod connect;
mod csv;
mod cues;
mod detect;
mod email;
mod helpdesk;
mod json;
mod jsonl;
mod labels;
mod lines;
mod record;
mod reviews;
mod roles;
mod script;
mod srt;
mod stamps;
mod text;
mod vtt;
mod whatsapp;

pub use crate::checks::MAX_SECONDS;
pub use crate::csv::{CsvReader, MAX_QUOTED_LINES};
pub use crate::detect::{detect, HEAD_BYTES};
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
    /// One e-mail message (`.eml`), or several in one file of concatenated messages.
    Email,
    /// A Unix mbox archive: messages separated by `From ` lines.
    Mbox,
    /// A WhatsApp chat export: the `.txt`, or the `.zip` holding it.
    WhatsApp,
    /// Zendesk tickets with their comments (JSON export or incremental JSON Lines).
    Zendesk,
    /// Intercom conversations (export JSON).
    Intercom,
    /// Freshdesk tickets with their conversations (JSON).
    Freshdesk,
    /// Amazon Connect Contact Lens analysis output (JSON transcript).
    Connect,
    /// Reviews with the business's reply (CSV or JSON).
    Reviews,
}

/// One row of the format table: what a user calls the format, the file extensions that name it,
/// and its reader. Adding a format is adding a row (and its module).
struct FormatInfo {
    format: Format,
    name: &'static str,
    aliases: &'static [&'static str],
    extensions: &'static [&'static str],
    reader: &'static dyn Reader,
}

const FORMATS: [FormatInfo; 14] = [
    FormatInfo {
        format: Format::Jsonl,
        name: "jsonl",
        aliases: &["ndjson"],
        extensions: &["jsonl", "ndjson"],
        reader: &JsonlReader,
    },
    FormatInfo {
        format: Format::Json,
        name: "json",
        aliases: &[],
        extensions: &["json"],
        reader: &JsonReader,
    },
    FormatInfo {
        format: Format::Csv,
        name: "csv",
        aliases: &["tsv"],
        extensions: &["csv", "tsv"],
        reader: &CsvReader,
    },
    FormatInfo {
        format: Format::Text,
        name: "text",
        aliases: &["txt", "log"],
        extensions: &["txt", "log"],
        reader: &TextReader,
    },
    FormatInfo {
        format: Format::Vtt,
        name: "vtt",
        aliases: &["webvtt"],
        extensions: &["vtt"],
        reader: &VttReader,
    },
    FormatInfo {
        format: Format::Srt,
        name: "srt",
        aliases: &[],
        extensions: &["srt"],
        reader: &SrtReader,
    },
    FormatInfo {
        format: Format::Email,
        name: "email",
        aliases: &["eml"],
        extensions: &["eml"],
        reader: &email::EmailReader,
    },
    FormatInfo {
        format: Format::Mbox,
        name: "mbox",
        aliases: &[],
        extensions: &["mbox", "mbx"],
        reader: &email::MboxReader,
    },
    FormatInfo {
        format: Format::WhatsApp,
        name: "whatsapp",
        aliases: &["wa"],
        extensions: &["zip"],
        reader: &whatsapp::WhatsAppReader,
    },
    FormatInfo {
        format: Format::Zendesk,
        name: "zendesk",
        aliases: &[],
        extensions: &[],
        reader: &helpdesk::ZendeskReader,
    },
    FormatInfo {
        format: Format::Intercom,
        name: "intercom",
        aliases: &[],
        extensions: &[],
        reader: &helpdesk::IntercomReader,
    },
    FormatInfo {
        format: Format::Freshdesk,
        name: "freshdesk",
        aliases: &[],
        extensions: &[],
        reader: &helpdesk::FreshdeskReader,
    },
    FormatInfo {
        format: Format::Connect,
        name: "connect",
        aliases: &["amazon-connect", "contact-lens"],
        extensions: &[],
        reader: &connect::ConnectReader,
    },
    FormatInfo {
        format: Format::Reviews,
        name: "reviews",
        aliases: &["review"],
        extensions: &[],
        reader: &reviews::ReviewsReader,
    },
];

fn info(format: Format) -> &'static FormatInfo {
    // Every variant has a row; the registry test checks it.
    FORMATS
        .iter()
        .find(|i| i.format == format)
        .unwrap_or(&FORMATS[0])
}

impl Format {
    /// Every format, in the order of the format table.
    pub fn all() -> impl Iterator<Item = Format> {
        FORMATS.iter().map(|i| i.format)
    }

    /// The format a file's extension names (case-insensitive), if any. Several formats share
    /// `.json`, `.csv` and `.txt`: [`detect`] then tells them apart by content.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        FORMATS
            .iter()
            .find(|i| i.extensions.contains(&ext.as_str()))
            .map(|i| i.format)
    }

    /// The format a user names on the command line (case-insensitive).
    pub fn from_name(name: &str) -> Option<Format> {
        let n = name.trim().to_ascii_lowercase();
        FORMATS
            .iter()
            .find(|i| i.name == n || i.aliases.contains(&n.as_str()))
            .map(|i| i.format)
    }

    pub fn name(self) -> &'static str {
        info(self).name
    }

    /// The names `--input-format` takes, for messages.
    pub fn names() -> String {
        FORMATS
            .iter()
            .map(|i| i.name)
            .collect::<Vec<_>>()
            .join(", ")
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
    /// E-mail domains (`shop.example`) or addresses whose messages are the agent side; every
    /// other sender is the customer.
    pub agent_domains: Vec<String>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            agent_names: Vec::new(),
            csv: CsvColumns::default(),
            default_channel: None,
            csv_group: false,
            max_record_bytes: DEFAULT_MAX_RECORD_BYTES,
            agent_domains: Vec::new(),
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
    info(format).reader
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
        for f in Format::all() {
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
    fn every_format_has_one_row_in_the_table() {
        // A new variant fails to compile here until it is listed, and then fails the count
        // until it has its row.
        let variants = |f: Format| match f {
            Format::Jsonl
            | Format::Json
            | Format::Csv
            | Format::Text
            | Format::Vtt
            | Format::Srt
            | Format::Email
            | Format::Mbox
            | Format::WhatsApp
            | Format::Zendesk
            | Format::Intercom
            | Format::Freshdesk
            | Format::Connect
            | Format::Reviews => 14,
        };
        assert_eq!(FORMATS.len(), variants(Format::Json));
        for f in Format::all() {
            assert_eq!(FORMATS.iter().filter(|i| i.format == f).count(), 1, "{f}");
        }
    }

    #[test]
    fn read_error_displays_as_file_line_reason() {
        let e = ReadError::new("a.jsonl", 2, "no turns");
        assert_eq!(e.to_string(), "a.jsonl:2: no turns");
    }
}
