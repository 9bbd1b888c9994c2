//! Printers: each turns reports into one output format. Finding moments and printing them never
//! mix; a printer receives finished reports, one at a time, so output streams.

mod markdown;
mod text;

use std::io::{self, Write};
use tact_analyze::{ConversationReport, Summary};
use tact_model::Conversation;

pub use markdown::MarkdownPrinter;
pub use text::TextPrinter;

/// Output formats of `tact analyze`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Text,
    Json,
    Jsonl,
    Markdown,
}

impl OutputFormat {
    pub fn from_name(s: &str) -> Option<Self> {
        match s {
            "text" => Some(Self::Text),
            "json" => Some(Self::Json),
            "jsonl" | "ndjson" => Some(Self::Jsonl),
            "markdown" | "md" => Some(Self::Markdown),
            _ => None,
        }
    }
}

/// Receives reports as they are produced.
pub trait Printer {
    fn conversation(&mut self, conv: &Conversation, report: &ConversationReport) -> io::Result<()>;
    fn finish(&mut self, summary: &Summary) -> io::Result<()>;
}

/// A JSON array, written element by element so memory does not grow with the input.
pub struct JsonPrinter<W: Write> {
    out: W,
    first: bool,
}

impl<W: Write> JsonPrinter<W> {
    pub fn new(out: W) -> Self {
        JsonPrinter { out, first: true }
    }
}

impl<W: Write> Printer for JsonPrinter<W> {
    fn conversation(&mut self, _: &Conversation, r: &ConversationReport) -> io::Result<()> {
        self.out.write_all(if self.first { b"[\n" } else { b",\n" })?;
        self.first = false;
        serde_json::to_writer_pretty(&mut self.out, r)?;
        Ok(())
    }
    fn finish(&mut self, _: &Summary) -> io::Result<()> {
        self.out.write_all(if self.first { b"[]\n" } else { b"\n]\n" })?;
        self.out.flush()
    }
}

/// One report object per line.
pub struct JsonlPrinter<W: Write> {
    out: W,
}

impl<W: Write> JsonlPrinter<W> {
    pub fn new(out: W) -> Self {
        JsonlPrinter { out }
    }
}

impl<W: Write> Printer for JsonlPrinter<W> {
    fn conversation(&mut self, _: &Conversation, r: &ConversationReport) -> io::Result<()> {
        serde_json::to_writer(&mut self.out, r)?;
        self.out.write_all(b"\n")
    }
    fn finish(&mut self, _: &Summary) -> io::Result<()> {
        self.out.flush()
    }
}

/// A printer for `format` writing to `out`; `color` only affects text.
pub fn printer<'a>(format: OutputFormat, out: Box<dyn Write + 'a>, color: bool) -> Box<dyn Printer + 'a> {
    match format {
        OutputFormat::Text => Box::new(TextPrinter::new(out, color)),
        OutputFormat::Json => Box::new(JsonPrinter::new(out)),
        OutputFormat::Jsonl => Box::new(JsonlPrinter::new(out)),
        OutputFormat::Markdown => Box::new(MarkdownPrinter::new(out)),
    }
}

/// The closing summary, one block, for stderr.
pub fn summary_text(s: &Summary) -> String {
    let fam: Vec<String> = s.moments_by_family.iter().map(|(f, n)| format!("{f} {n}")).collect();
    let mut out = format!(
        "{} conversations, {} turns, {} moments{}, {} errors in {:.2}s ({:.0} turns/s)",
        s.conversations,
        s.turns,
        s.moments,
        if fam.is_empty() { String::new() } else { format!(" ({})", fam.join(", ")) },
        s.errors,
        s.elapsed_seconds,
        s.turns_per_second()
    );
    out.push('\n');
    out
}

/// Cuts `text` to a window of about `width` characters around the byte range `start..end`,
/// returning the window and the marked range inside it (in characters).
pub(crate) fn window(text: &str, start: usize, end: usize, width: usize) -> (String, usize, usize) {
    let one_line = |s: &str| s.replace(['\n', '\r', '\t'], " ");
    let start = start.min(text.len());
    let end = end.clamp(start, text.len());
    let before: Vec<char> = one_line(text.get(..start).unwrap_or("")).chars().collect();
    let marked: Vec<char> = one_line(text.get(start..end).unwrap_or("")).chars().collect();
    let after: Vec<char> = one_line(text.get(end..).unwrap_or("")).chars().collect();
    let room = width.saturating_sub(marked.len()) / 2;
    let (pre, cut_pre) = if before.len() > room {
        (before[before.len() - room..].iter().collect::<String>(), true)
    } else {
        (before.iter().collect(), false)
    };
    let (post, cut_post) = if after.len() > room {
        (after[..room].iter().collect::<String>(), true)
    } else {
        (after.iter().collect(), false)
    };
    let lead = if cut_pre { "…" } else { "" };
    let col = lead.chars().count() + pre.chars().count();
    let s = format!("{lead}{pre}{}{post}{}", marked.iter().collect::<String>(), if cut_post { "…" } else { "" });
    (s, col, col + marked.len())
}
