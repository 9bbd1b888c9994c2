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
        self.out
            .write_all(if self.first { b"[\n" } else { b",\n" })?;
        self.first = false;
        serde_json::to_writer_pretty(&mut self.out, r)?;
        Ok(())
    }
    fn finish(&mut self, _: &Summary) -> io::Result<()> {
        self.out
            .write_all(if self.first { b"[]\n" } else { b"\n]\n" })?;
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
pub fn printer<'a>(
    format: OutputFormat,
    out: Box<dyn Write + 'a>,
    color: bool,
) -> Box<dyn Printer + 'a> {
    match format {
        OutputFormat::Text => Box::new(TextPrinter::new(out, color)),
        OutputFormat::Json => Box::new(JsonPrinter::new(out)),
        OutputFormat::Jsonl => Box::new(JsonlPrinter::new(out)),
        OutputFormat::Markdown => Box::new(MarkdownPrinter::new(out)),
    }
}

/// The closing summary, one block, for stderr.
pub fn summary_text(s: &Summary) -> String {
    let fam: Vec<String> = s
        .moments_by_family
        .iter()
        .map(|(f, n)| format!("{f} {n}"))
        .collect();
    let mut out = format!(
        "{} conversations, {} turns, {} moments{}, {} errors in {:.2}s ({:.0} turns/s)",
        s.conversations,
        s.turns,
        s.moments,
        if fam.is_empty() {
            String::new()
        } else {
            format!(" ({})", fam.join(", "))
        },
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
    let mut marked: Vec<char> = one_line(text.get(start..end).unwrap_or(""))
        .chars()
        .collect();
    let mut after: Vec<char> = one_line(text.get(end..).unwrap_or("")).chars().collect();
    // Evidence longer than the window (a whole long turn) is shown from its start, cut.
    if marked.len() > width {
        marked.truncate(width);
        after = vec!['…'];
    }
    let room = width.saturating_sub(marked.len()) / 2;
    let (pre, cut_pre) = if before.len() > room {
        (
            before[before.len() - room..].iter().collect::<String>(),
            true,
        )
    } else {
        (before.iter().collect(), false)
    };
    let (post, cut_post) = if after.len() > room.max(1) && after != ['…'] {
        (after[..room].iter().collect::<String>(), true)
    } else {
        (after.iter().collect(), false)
    };
    let lead = if cut_pre { "…" } else { "" };
    let col = lead.chars().count() + pre.chars().count();
    let s = format!(
        "{lead}{pre}{}{post}{}",
        marked.iter().collect::<String>(),
        if cut_post { "…" } else { "" }
    );
    (s, col, col + marked.len())
}

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn short_evidence_is_shown_in_context() {
        let (line, a, b) = window("No thanks. But it is only 79 today!", 11, 34, 100);
        assert_eq!(line, "No thanks. But it is only 79 today!");
        assert_eq!((a, b), (11, 34));
    }

    #[test]
    fn long_context_is_cut_around_the_evidence() {
        let text = format!("{}KEY{}", "a".repeat(300), "b".repeat(300));
        let (line, a, b) = window(&text, 300, 303, 40);
        assert!(line.starts_with('…') && line.ends_with('…'));
        assert_eq!(&line.chars().skip(a).take(b - a).collect::<String>(), "KEY");
        assert!(line.chars().count() <= 44);
    }

    #[test]
    fn evidence_longer_than_the_window_is_truncated() {
        let text = "ω".repeat(500);
        let (line, a, b) = window(&text, 0, text.len(), 100);
        assert_eq!((a, b), (0, 100));
        assert_eq!(line.chars().count(), 101);
    }

    #[test]
    fn newlines_do_not_break_the_quoted_line() {
        let (line, _, _) = window("Hi,\nthanks\tfor writing", 0, 3, 100);
        assert!(!line.contains('\n') && !line.contains('\t'));
    }
}
