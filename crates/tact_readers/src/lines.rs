//! Line-by-line input shared by every reader, so BOMs, CRLF, invalid UTF-8, UTF-16 files,
//! over-long lines and I/O errors are handled once and always reported with the right line
//! number. No line is ever buffered beyond the record limit, however long it is.

use crate::ReadError;
use std::io::{self, BufRead, ErrorKind, Read};

pub(crate) const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The byte order of a UTF-16 text, from its BOM or, without one, from the NUL that ASCII
/// characters leave in every other byte of `head` (the start of the input; its first line and
/// `\n` are looked at). A first line written only in Greek or another non-Latin script without a BOM is not
/// recognised; it then fails as invalid UTF-8 line by line.
pub(crate) fn utf16_order(head: &[u8]) -> Option<&'static str> {
    if head.starts_with(b"\xFF\xFE") {
        return Some("little-endian");
    }
    if head.starts_with(b"\xFE\xFF") {
        return Some("big-endian");
    }
    let line = match head.iter().position(|b| *b == b'\n') {
        Some(i) => &head[..=i],
        None => head,
    };
    // Code units as (first byte, second byte). A lone last byte is a little-endian newline,
    // whose NUL comes after the end of the line, or else a byte of unknown company.
    let units: Vec<(u8, u8)> = line
        .chunks(2)
        .map(|c| match c {
            [a, b] => (*a, *b),
            [b'\n'] => (b'\n', 0),
            [a, ..] => (*a, 0xFF),
            [] => (0xFF, 0xFF),
        })
        .collect();
    if units.len() < 2 {
        return None;
    }
    let firsts = units.iter().filter(|u| u.0 == 0).count();
    let seconds = units.iter().filter(|u| u.1 == 0).count();
    // Three in four code units with a NUL high byte, and (almost) no NUL low byte.
    let mostly = |n: usize| n * 4 >= units.len() * 3;
    let rarely = |n: usize| n * 4 < units.len();
    if mostly(seconds) && rarely(firsts) {
        Some("little-endian")
    } else if mostly(firsts) && rarely(seconds) {
        Some("big-endian")
    } else {
        None
    }
}

/// The start of the input up to its first `\n` (at most 4 KiB), for a reader that does not go
/// line by line to check with [`utf16_order`] before putting it back in front of the rest.
pub(crate) fn head(input: &mut dyn BufRead) -> io::Result<Vec<u8>> {
    let mut head = Vec::new();
    (&mut *input).take(4096).read_until(b'\n', &mut head)?;
    Ok(head)
}

pub(crate) fn utf16_error(source: &str, order: &str) -> ReadError {
    ReadError::new(
        source,
        1,
        format!(
            "the file is UTF-16; save it as UTF-8 (it is UTF-16 {order}; in Excel choose \
             \"CSV UTF-8\", in Notepad \"Save as\" with encoding UTF-8, or convert it with \
             `iconv -f UTF-16 -t UTF-8`); nothing in it is read"
        ),
    )
}

pub(crate) fn too_large(source: &str, line: usize, max: usize) -> ReadError {
    ReadError::new(
        source,
        line,
        format!("record too large (over {max} bytes; raise --max-record-bytes)"),
    )
}

/// How [`read_line`] ended.
#[derive(Debug, PartialEq, Eq)]
enum LineEnd {
    Eof,
    Line,
    /// Longer than the limit: it was read to its end but not kept.
    TooLarge,
}

/// Reads one line (with its `\n`) into `buf`, keeping at most `max` bytes of content plus a
/// `\r`; the rest of a longer line is consumed without being kept.
fn read_line(input: &mut dyn BufRead, buf: &mut Vec<u8>, max: usize) -> io::Result<LineEnd> {
    let mut any = false;
    let mut too_large = false;
    loop {
        let available = match input.fill_buf() {
            Ok(a) => a,
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(match (any, too_large) {
                (false, _) => LineEnd::Eof,
                (true, false) => LineEnd::Line,
                (true, true) => LineEnd::TooLarge,
            });
        }
        any = true;
        let newline = available.iter().position(|b| *b == b'\n');
        let take = newline.map_or(available.len(), |i| i + 1);
        if !too_large {
            let content = newline.unwrap_or(take);
            if buf.len() + content > max.saturating_add(1) {
                too_large = true;
                buf.clear();
                buf.shrink_to(64 * 1024);
            } else {
                buf.extend_from_slice(&available[..take]);
            }
        }
        input.consume(take);
        if newline.is_some() {
            return Ok(if too_large {
                LineEnd::TooLarge
            } else {
                LineEnd::Line
            });
        }
    }
}

/// Physical lines as bytes, without their line ending; line 1 loses a UTF-8 BOM, and a UTF-16
/// file is one error that ends the input.
pub(crate) struct RawLines<'a> {
    source: &'a str,
    input: &'a mut dyn BufRead,
    buf: Vec<u8>,
    number: usize,
    max: usize,
    finished: bool,
    utf16: bool,
}

impl<'a> RawLines<'a> {
    pub(crate) fn new(source: &'a str, input: &'a mut dyn BufRead, max: usize) -> Self {
        RawLines {
            source,
            input,
            buf: Vec::new(),
            number: 0,
            max,
            finished: false,
            utf16: false,
        }
    }

    /// Whether the input turned out to be UTF-16, which was reported and read no further.
    pub(crate) fn was_utf16(&self) -> bool {
        self.utf16
    }

    /// Number of the last line returned (0 before the first).
    pub(crate) fn number(&self) -> usize {
        self.number
    }

    pub(crate) fn source(&self) -> &'a str {
        self.source
    }

    /// The next line and its 1-based number. A line over the limit is an error for that line
    /// only; after an I/O error or on a UTF-16 file, which are returned once, the input is
    /// treated as ended: a failing reader may fail forever.
    pub(crate) fn next_line(&mut self) -> Option<Result<(usize, &[u8]), ReadError>> {
        if self.finished {
            return None;
        }
        self.buf.clear();
        match read_line(self.input, &mut self.buf, self.max) {
            Ok(LineEnd::Eof) => {
                self.finished = true;
                None
            }
            Ok(LineEnd::TooLarge) => {
                self.number += 1;
                Some(Err(too_large(self.source, self.number, self.max)))
            }
            Ok(LineEnd::Line) => {
                self.number += 1;
                if self.number == 1 {
                    if let Some(order) = utf16_order(&self.buf) {
                        self.finished = true;
                        self.utf16 = true;
                        return Some(Err(utf16_error(self.source, order)));
                    }
                }
                let mut bytes = self.buf.as_slice();
                if self.number == 1 {
                    bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
                }
                bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
                bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
                if bytes.len() > self.max {
                    return Some(Err(too_large(self.source, self.number, self.max)));
                }
                Some(Ok((self.number, bytes)))
            }
            Err(e) => {
                self.finished = true;
                Some(Err(read_failed(self.source, self.number + 1, &e)))
            }
        }
    }
}

/// Physical lines as text: [`RawLines`] plus a UTF-8 check per line.
pub(crate) struct Lines<'a> {
    raw: RawLines<'a>,
}

impl<'a> Lines<'a> {
    pub(crate) fn new(source: &'a str, input: &'a mut dyn BufRead, max: usize) -> Self {
        Lines {
            raw: RawLines::new(source, input, max),
        }
    }

    /// Number of the last line returned (0 before the first).
    pub(crate) fn number(&self) -> usize {
        self.raw.number()
    }

    /// See [`RawLines::was_utf16`].
    pub(crate) fn was_utf16(&self) -> bool {
        self.raw.was_utf16()
    }

    /// The next line without its line ending, with its 1-based number; see
    /// [`RawLines::next_line`].
    pub(crate) fn next_line(&mut self) -> Option<Result<(usize, &str), ReadError>> {
        let source = self.raw.source();
        Some(self.raw.next_line()?.and_then(|(n, bytes)| {
            std::str::from_utf8(bytes)
                .map(|s| (n, s))
                .map_err(|e| not_utf8(source, n, e))
        }))
    }
}

pub(crate) fn not_utf8(source: &str, line: usize, e: std::str::Utf8Error) -> ReadError {
    ReadError::new(
        source,
        line,
        format!(
            "not valid UTF-8 (byte {} of the line); save the file as UTF-8",
            e.valid_up_to() + 1
        ),
    )
}

pub(crate) fn read_failed(source: &str, line: usize, e: &std::io::Error) -> ReadError {
    ReadError::new(source, line, format!("cannot read: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_with(input: &[u8], max: usize) -> Vec<Result<(usize, String), ReadError>> {
        let mut r = input;
        let mut lines = Lines::new("t", &mut r, max);
        let mut out = Vec::new();
        while let Some(l) = lines.next_line() {
            out.push(l.map(|(n, s)| (n, s.to_string())));
        }
        out
    }

    fn all(input: &[u8]) -> Vec<Result<(usize, String), ReadError>> {
        all_with(input, crate::DEFAULT_MAX_RECORD_BYTES)
    }

    #[test]
    fn bom_crlf_and_missing_final_newline_are_tolerated() {
        let got = all(b"\xEF\xBB\xBFone\r\ntwo\r\n\r\nthree");
        let want: Vec<Result<(usize, String), ReadError>> = vec![
            Ok((1, "one".into())),
            Ok((2, "two".into())),
            Ok((3, "".into())),
            Ok((4, "three".into())),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn invalid_utf8_is_an_error_for_that_line_only() {
        let got = all(b"ok\nbad \xFF\nok again\n");
        assert_eq!(got.len(), 3);
        let e = got[1].as_ref().expect_err("line 2 fails");
        assert_eq!(e.line, 2);
        assert!(e.reason.contains("UTF-8"), "{}", e.reason);
        assert_eq!(got[2], Ok((3, "ok again".to_string())));
    }

    #[test]
    fn a_line_over_the_limit_is_an_error_and_the_next_lines_are_read() {
        let got = all_with(b"short\n0123456789abc\r\n0123456789\r\nlast", 10);
        assert_eq!(got.len(), 4);
        assert_eq!(got[0], Ok((1, "short".to_string())));
        let e = got[1].as_ref().expect_err("too large");
        assert_eq!(e.line, 2);
        assert_eq!(
            e.reason,
            "record too large (over 10 bytes; raise --max-record-bytes)"
        );
        assert_eq!(got[2], Ok((3, "0123456789".to_string())));
        assert_eq!(got[3], Ok((4, "last".to_string())));
    }

    /// Endless bytes without a newline, then one line.
    struct Endless {
        left: usize,
        tail: &'static [u8],
    }

    impl std::io::Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.left > 0 {
                let n = buf.len().min(self.left);
                buf[..n].fill(b'x');
                self.left -= n;
                return Ok(n);
            }
            self.tail.read(buf)
        }
    }

    #[test]
    fn a_huge_line_is_skipped_without_being_buffered() {
        let mut input = std::io::BufReader::new(Endless {
            left: 50 * 1024 * 1024,
            tail: b"\nAgent: hi\n",
        });
        let mut lines = RawLines::new("t", &mut input, 1024);
        let e = lines.next_line().and_then(Result::err).expect("too large");
        assert_eq!(e.line, 1);
        assert!(
            lines.buf.capacity() <= 64 * 1024,
            "{}",
            lines.buf.capacity()
        );
        assert!(matches!(lines.next_line(), Some(Ok((2, b"Agent: hi")))));
        assert!(lines.next_line().is_none());
    }

    #[test]
    fn utf16_is_recognised_by_bom_or_by_nuls_in_ascii() {
        assert_eq!(utf16_order(b"\xFF\xFEa\0"), Some("little-endian"));
        assert_eq!(utf16_order(b"\xFE\xFF\0a"), Some("big-endian"));
        assert_eq!(
            utf16_order(b"A\0g\0e\0n\0t\0:\0\r\0\n"),
            Some("little-endian")
        );
        assert_eq!(utf16_order(b"\0A\0g\0e\0n\0t\0\n"), Some("big-endian"));
        assert_eq!(utf16_order(b"Agent: hi\n"), None);
        assert_eq!(utf16_order("Πελάτης: γεια\n".as_bytes()), None);
        assert_eq!(utf16_order(b"a\0b\n"), None);
        assert_eq!(
            utf16_order(b"1\0\n"),
            Some("little-endian"),
            "an SRT cue number"
        );
        assert_eq!(utf16_order(b"\x001\0\n"), Some("big-endian"));
        assert_eq!(utf16_order(b"a\n"), None);
        assert_eq!(utf16_order(b"\n"), None);
    }

    #[test]
    fn a_utf16_file_is_one_error_and_nothing_else() {
        let got = all(b"\xFF\xFEA\0g\0e\0n\0t\0\n\0h\0i\0\n\0");
        assert_eq!(got.len(), 1, "{got:?}");
        let e = got[0].as_ref().expect_err("utf-16");
        assert_eq!(e.line, 1);
        assert!(e.reason.starts_with("the file is UTF-16; save it as UTF-8"));
    }

    struct Failing(usize);
    impl std::io::Read for Failing {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.0 == 0 {
                return Err(std::io::Error::other("disk on fire"));
            }
            self.0 = 0;
            let data = b"first\nsecond";
            buf[..data.len()].copy_from_slice(data);
            Ok(data.len())
        }
    }

    #[test]
    fn io_error_is_reported_once_and_ends_the_input() {
        let mut r = std::io::BufReader::new(Failing(1));
        let mut lines = Lines::new("t", &mut r, crate::DEFAULT_MAX_RECORD_BYTES);
        assert!(matches!(lines.next_line(), Some(Ok((1, "first")))));
        let e = lines.next_line().and_then(Result::err).expect("io error");
        assert_eq!(e.line, 2);
        assert!(e.reason.contains("disk on fire"));
        assert!(lines.next_line().is_none());
    }
}
