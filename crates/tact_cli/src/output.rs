//! Standard output that can be closed under us. `tact rules | head -1` closes the pipe after one
//! line; like ripgrep, tact then stops quietly with exit code 0 instead of panicking in
//! `println!` or reporting an error about a reader that simply had enough.

use std::io::{self, Write};

/// Writes `text` to standard output and flushes it; a closed pipe comes back as an error whose
/// kind is `BrokenPipe`, which [`is_broken_pipe`] recognises.
pub fn stdout(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// Whether an error, anywhere in its chain, is a closed output pipe.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// `text` safe for a terminal: stderr lines quote file names and input, so they go through the
/// same escaping as the printers (`tact_report::escape`).
pub fn escape(text: &str) -> String {
    tact_report::escape::text(text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_in_error_lines_are_escaped() {
        assert_eq!(escape("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(escape("x\u{202e}y\u{9b}z"), "x\\u{202e}y\\u{9b}z");
        assert_eq!(escape("Ελλάδα, ok"), "Ελλάδα, ok");
    }
}
