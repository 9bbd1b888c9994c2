//! Untrusted text made safe to print. Every string a printer writes that came from the input (ids,
//! agent and team names, language, turn text, evidence, messages that quote the customer) goes
//! through here, so that no input can drive the terminal (clear the screen, move the cursor,
//! rewrite a line, set the title, plant a hyperlink), reorder what is shown (bidi overrides,
//! "Trojan Source") or inject Markdown or HTML into a rendered report.
//!
//! Conventions, the same in every printer:
//! - newline, carriage return and tab are written `\n`, `\r`, `\t`;
//! - every other unsafe character (C0 controls, DEL, C1 controls, the bidi embeddings,
//!   overrides and isolates U+202A–U+202E and U+2066–U+2069, the line and paragraph separators
//!   U+2028/U+2029) is written `\u{1b}`: lower-case hex, as Rust writes it;
//! - a backslash already in the text is kept as it is: a customer who types `\u{1b}` gets
//!   those six harmless characters shown, nothing else;
//! - JSON keeps its own syntax (`\u001b`), see `SafeJson`.

use serde_json::ser::Formatter;
use std::borrow::Cow;
use std::fmt::Write as _;
use std::io;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Whether `c` must never reach an output raw.
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        | '\u{2028}' | '\u{2029}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}')
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        _ => {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        }
    }
}

/// `s` for a terminal or a plain-text file: unsafe characters written as escapes, everything
/// else as it is. Borrows when there is nothing to escape, which is nearly always.
pub fn text(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_unsafe(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `s` as inline Markdown text (a heading, a paragraph or a table cell) that renders as exactly
/// the characters of `text(s)` and creates nothing: no HTML, no link, autolink or image, no
/// emphasis, code, math or footnote, no cell break. `<`, `>` and `&` become entities (safe in
/// renderers that ignore backslash escapes); the other characters with a meaning in CommonMark
/// or GitHub Markdown are backslash-escaped, `:` and `@` and the dot of `www.` included so that
/// no bare URL or address is turned into a link.
pub fn markdown(s: &str) -> String {
    let plain = text(s);
    let mut out = String::with_capacity(plain.len() + 8);
    let mut prev: [char; 3] = [' '; 3];
    for c in plain.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '#' | '!' | '|' | '~' | ':' | '@'
            | '$' | '^' => {
                out.push('\\');
                out.push(c);
            }
            '.' if prev.iter().all(|p| p.eq_ignore_ascii_case(&'w')) => out.push_str("\\."),
            _ => out.push(c),
        }
        prev = [prev[1], prev[2], c];
    }
    out
}

/// `s` as a Markdown code span inside a table cell: controls escaped, delimited by a backtick run
/// longer than any in `s` (padded with a space when `s` starts or ends with a backtick), and `|`
/// escaped, which GitHub tables require even inside code.
pub fn markdown_code(s: &str) -> String {
    let plain = text(s);
    let longest = plain.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if plain.is_empty() || plain.starts_with('`') || plain.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{}{pad}{fence}", plain.replace('|', "\\|"))
}

/// A serde_json formatter that also writes as `\uXXXX` the unsafe characters JSON allows raw
/// (DEL, C1, bidi, line separators); serde_json escapes the C0 controls itself. Output stays
/// valid JSON and parses back to the same strings, and it can be read on a terminal.
pub struct SafeJson<F>(pub F);

impl<F: Formatter> Formatter for SafeJson<F> {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut rest = fragment;
        while let Some((i, c)) = rest.char_indices().find(|&(_, c)| is_unsafe(c)) {
            self.0
                .write_string_fragment(w, rest.get(..i).unwrap_or_default())?;
            write!(w, "\\u{:04x}", u32::from(c))?;
            rest = rest.get(i + c.len_utf8()..).unwrap_or_default();
        }
        self.0.write_string_fragment(w, rest)
    }

    // Layout is the inner formatter's; these are the methods `PrettyFormatter` overrides, every
    // other one is the trait's default in every serde_json formatter.
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn end_object_key<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_key(w)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// Columns `s` takes on a terminal (wide CJK and emoji 2, combining marks 0).
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// The longest prefix of `s` that fits in `cols` columns, cut between grapheme clusters so an
/// accent is never separated from its letter nor an emoji sequence broken.
pub(crate) fn head(s: &str, cols: usize) -> &str {
    let mut used = 0;
    for (i, g) in s.grapheme_indices(true) {
        used += width(g);
        if used > cols {
            return s.get(..i).unwrap_or_default();
        }
    }
    s
}

/// The longest suffix of `s` that fits in `cols` columns, cut between grapheme clusters.
pub(crate) fn tail(s: &str, cols: usize) -> &str {
    let mut used = 0;
    for (i, g) in s.grapheme_indices(true).rev() {
        used += width(g);
        if used > cols {
            return s.get(i + g.len()..).unwrap_or_default();
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_controls_are_written_as_escapes() {
        assert_eq!(text("a\x1b[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(text("\x1b]0;t\x07"), "\\u{1b}]0;t\\u{7}");
        assert_eq!(text("\0\x08\x7f\u{9b}"), "\\u{0}\\u{8}\\u{7f}\\u{9b}");
        assert_eq!(text("l1\nl2\r\tx"), "l1\\nl2\\r\\tx");
        assert_eq!(text("abc\u{202e}cba\u{2066}"), "abc\\u{202e}cba\\u{2066}");
        assert_eq!(text("\u{2028}"), "\\u{2028}");
    }

    #[test]
    fn ordinary_text_is_borrowed_unchanged() {
        for s in ["Καλησπέρα", "e\u{301}", "你好 😀", "C:\\new", "a\u{200d}b"] {
            assert!(matches!(text(s), Cow::Borrowed(b) if b == s), "{s}");
        }
    }

    #[test]
    fn markdown_creates_no_tag_link_or_emphasis() {
        assert_eq!(markdown("<script>"), "&lt;script&gt;");
        assert_eq!(
            markdown("[x](javascript:alert(1))"),
            "\\[x\\]\\(javascript\\:alert\\(1\\)\\)"
        );
        assert_eq!(markdown("![i](http://x)"), "\\!\\[i\\]\\(http\\://x\\)");
        assert_eq!(markdown("a|b *c* _d_ `e`"), "a\\|b \\*c\\* \\_d\\_ \\`e\\`");
        assert_eq!(markdown("see WWW.x.org"), "see WWW\\.x.org");
        assert_eq!(markdown("&amp; \x1b"), "&amp;amp; \\\\u{1b}");
        assert_eq!(
            markdown("# 1. ok, it's \"fine\""),
            "\\# 1. ok, it's \"fine\""
        );
    }

    #[test]
    fn markdown_code_spans_outlast_the_backticks_inside() {
        assert_eq!(markdown_code("rule"), "`rule`");
        assert_eq!(markdown_code("a``b"), "```a``b```");
        assert_eq!(markdown_code("`x"), "`` `x ``");
        assert_eq!(markdown_code("a|b\n"), "`a\\|b\\n`");
        assert_eq!(markdown_code(""), "`  `");
    }

    #[test]
    fn json_escapes_what_json_allows_raw() {
        let mut out = Vec::new();
        let mut ser = serde_json::Serializer::with_formatter(
            &mut out,
            SafeJson(serde_json::ser::CompactFormatter),
        );
        serde::Serialize::serialize("a\u{7f}\u{85}\u{202e}\x1b\\b", &mut ser).expect("write");
        let json = String::from_utf8(out).expect("utf-8");
        assert_eq!(json, r#""a\u007f\u0085\u202e\u001b\\b""#);
        let back: String = serde_json::from_str(&json).expect("parses");
        assert_eq!(back, "a\u{7f}\u{85}\u{202e}\x1b\\b");
    }

    #[test]
    fn width_counts_terminal_columns() {
        assert_eq!(width("e\u{301}"), 1);
        assert_eq!(width("😀"), 2);
        assert_eq!(width("你好"), 4);
        assert_eq!(width("Ωω"), 2);
        assert_eq!(width("\\u{1b}"), 6);
    }

    #[test]
    fn cuts_keep_grapheme_clusters_whole() {
        let s = "ae\u{301}😀b";
        assert_eq!(head(s, 1), "a");
        assert_eq!(head(s, 2), "ae\u{301}");
        assert_eq!(head(s, 3), "ae\u{301}");
        assert_eq!(head(s, 4), "ae\u{301}😀");
        assert_eq!(tail(s, 1), "b");
        assert_eq!(tail(s, 2), "b");
        assert_eq!(tail(s, 3), "😀b");
        assert_eq!(tail(s, 4), "e\u{301}😀b");
        assert_eq!(tail(s, 99), s);
    }
}
