//! Printers: each turns reports into one output format. Finding moments and printing them never
//! mix; a printer receives finished reports, one at a time, so output streams.

pub mod conversations;
pub mod escape;
mod markdown;
pub mod redacted;
mod scorecards;
mod text;

use escape::SafeJson;
use serde::Serialize;
use serde_json::ser::{CompactFormatter, PrettyFormatter};
use std::io::{self, Write};
use tact_analyze::{ConversationReport, Summary};
use tact_model::Conversation;

pub use markdown::MarkdownPrinter;
pub use scorecards::{scorecards_markdown, scorecards_text};
pub use text::TextPrinter;

/// `value` as pretty JSON with every unsafe character escaped (see [`escape::SafeJson`]), for
/// JSON that is not a stream of reports (scorecards).
pub fn safe_json_pretty<T: serde::Serialize>(value: &T) -> serde_json::Result<String> {
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(
        &mut out,
        SafeJson(serde_json::ser::PrettyFormatter::new()),
    );
    value.serialize(&mut ser)?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

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
        let mut ser =
            serde_json::Serializer::with_formatter(&mut self.out, SafeJson(PrettyFormatter::new()));
        r.serialize(&mut ser)?;
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
        let mut ser =
            serde_json::Serializer::with_formatter(&mut self.out, SafeJson(CompactFormatter));
        r.serialize(&mut ser)?;
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

/// Puts a report's explanations and advice in `lang` (a language of `tact_i18n`): each
/// moment's message from its catalogue key, each rule's advice from the advice catalogue.
/// The human printers show them; JSON output stays in English with the keys.
pub fn localise(r: &mut ConversationReport, lang: &str) {
    if lang == "en" {
        return;
    }
    for m in &mut r.moments {
        if let Some(text) = tact_rules::message_in(lang, m.message_key, &m.message_args) {
            m.message = text;
        }
        if let Some(rule) = tact_rules::rule_by_key(m.rule) {
            m.suggestion = tact_rules::advice_in(lang, rule);
        }
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

/// Cuts `text` to a window about `width` terminal columns wide around the byte range
/// `start..end`, escaped for a terminal, returning the window and the columns of the marked range
/// inside it: display columns, so carets stay under the evidence after emoji, CJK, combining
/// marks and escapes.
pub(crate) fn window(text: &str, start: usize, end: usize, width: usize) -> (String, usize, usize) {
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = floor(start.min(text.len()));
    let end = floor(end.clamp(start, text.len()));
    let part = |r: std::ops::Range<usize>| escape::text(text.get(r).unwrap_or_default());
    let before = part(0..start);
    let mut marked = part(start..end);
    let mut after = part(end..text.len());
    // Evidence wider than the window (a whole long turn) is shown from its start, cut.
    let marked_cut = escape::width(&marked) > width;
    if marked_cut {
        marked = escape::head(&marked, width).to_string().into();
        after = "…".into();
    }
    let room = width.saturating_sub(escape::width(&marked)) / 2;
    let pre = if escape::width(&before) > room {
        format!("…{}", escape::tail(&before, room))
    } else {
        before.into_owned()
    };
    let post = if !marked_cut && escape::width(&after) > room.max(1) {
        format!("{}…", escape::head(&after, room))
    } else {
        after.into_owned()
    };
    let col = escape::width(&pre);
    let line = format!("{pre}{marked}");
    let end_col = escape::width(&line).max(col);
    (line + &post, col, end_col)
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
        assert_eq!(line, "Hi,\\nthanks\\tfor writing");
    }

    #[test]
    fn carets_count_display_columns_after_emoji_accents_and_wide_characters() {
        let text = "😀 e\u{301}e\u{301} 你好 Ωμέγα KEY end";
        let at = text.find("KEY").expect("key");
        let (line, a, b) = window(text, at, at + 3, 100);
        assert_eq!(line, text);
        // 😀 2, space, é é 2, space, 你好 4, space, Ωμέγα 5, space
        assert_eq!((a, b), (17, 20));
    }

    #[test]
    fn carets_count_escapes_at_their_printed_width() {
        let text = "\x1b[2J\tKEY";
        let (line, a, b) = window(text, 5, 8, 100);
        assert_eq!(line, "\\u{1b}[2J\\tKEY");
        assert_eq!((a, b), (11, 14));
    }

    #[test]
    fn a_window_cut_in_wide_text_keeps_the_carets_on_the_evidence() {
        let text = format!("{}KEY{}", "你".repeat(100), "😀".repeat(100));
        let at = 300;
        let (line, a, b) = window(&text, at, at + 3, 40);
        let cols: usize = crate::escape::width(crate::escape::head(&line, a));
        assert_eq!(cols, a);
        assert!(crate::escape::head(&line, b).ends_with("KEY"));
        assert!(crate::escape::width(&line) <= 42);
    }

    #[test]
    fn offsets_inside_a_character_do_not_panic() {
        let (line, a, b) = window("ωωω", 1, 3, 100);
        assert_eq!(line, "ωωω");
        assert_eq!((a, b), (0, 1));
    }
}
