//! Line-by-line input shared by the line-based formats, so BOMs, CRLF, invalid UTF-8 and I/O
//! errors are handled once and always reported with the right line number.

use crate::ReadError;
use std::io::BufRead;

pub(crate) const BOM: &[u8] = b"\xEF\xBB\xBF";

pub(crate) struct Lines<'a> {
    source: &'a str,
    input: &'a mut dyn BufRead,
    buf: Vec<u8>,
    number: usize,
    finished: bool,
}

impl<'a> Lines<'a> {
    pub(crate) fn new(source: &'a str, input: &'a mut dyn BufRead) -> Self {
        Lines {
            source,
            input,
            buf: Vec::new(),
            number: 0,
            finished: false,
        }
    }

    /// Number of the last line returned (0 before the first).
    pub(crate) fn number(&self) -> usize {
        self.number
    }

    /// The next line without its line ending, with its 1-based number. After an I/O error,
    /// which is returned once, the input is treated as ended: a failing reader may fail forever.
    pub(crate) fn next_line(&mut self) -> Option<Result<(usize, &str), ReadError>> {
        if self.finished {
            return None;
        }
        self.buf.clear();
        match self.input.read_until(b'\n', &mut self.buf) {
            Ok(0) => {
                self.finished = true;
                None
            }
            Ok(_) => {
                self.number += 1;
                let mut bytes = self.buf.as_slice();
                if self.number == 1 {
                    bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
                }
                bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
                bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
                match std::str::from_utf8(bytes) {
                    Ok(s) => Some(Ok((self.number, s))),
                    Err(e) => Some(Err(not_utf8(self.source, self.number, e))),
                }
            }
            Err(e) => {
                self.finished = true;
                Some(Err(read_failed(self.source, self.number + 1, &e)))
            }
        }
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

    fn all(input: &[u8]) -> Vec<Result<(usize, String), ReadError>> {
        let mut r = input;
        let mut lines = Lines::new("t", &mut r);
        let mut out = Vec::new();
        while let Some(l) = lines.next_line() {
            out.push(l.map(|(n, s)| (n, s.to_string())));
        }
        out
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
        let mut lines = Lines::new("t", &mut r);
        assert!(matches!(lines.next_line(), Some(Ok((1, "first")))));
        let e = lines.next_line().and_then(Result::err).expect("io error");
        assert_eq!(e.line, 2);
        assert!(e.reason.contains("disk on fire"));
        assert!(lines.next_line().is_none());
    }
}
