//! The small conversation notation used by rule docs and fixtures, so an example reads like the
//! conversation it stands for:
//!
//! ```text
//! lang: it
//! channel: call
//! customer [0.0-3.5]: No grazie, non mi interessa.
//! agent [3.9-9.0]: Ma l'offerta scade oggi!      # fires
//! customer @2026-03-06T21:14:00+01:00: …
//! ---
//! ```
//! `key: value` headers (`lang`, `channel`, `id`, `agent`, `team`) come first; each turn is
//! `role[ [start-end] | @rfc3339]: text`; `# fires` marks the turns a rule must flag; `---`
//! separates conversations; lines starting with `#` are comments.

use chrono::DateTime;
use tact_model::{Conversation, Role, Turn};

/// A parsed example conversation and the turns marked `# fires`.
#[derive(Debug, Clone)]
pub struct Example {
    pub conversation: Conversation,
    pub fires: Vec<usize>,
    /// The line where the conversation starts, for error messages.
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct ExampleError {
    pub line: usize,
    pub reason: String,
}

fn err(line: usize, reason: impl Into<String>) -> ExampleError {
    ExampleError {
        line,
        reason: reason.into(),
    }
}

/// Parses one or more conversations written in the example notation.
pub fn parse(text: &str) -> Result<Vec<Example>, ExampleError> {
    let mut out = Vec::new();
    let mut cur = Example {
        conversation: Conversation::default(),
        fires: Vec::new(),
        line: 1,
    };
    let flush = |cur: &mut Example, out: &mut Vec<Example>, next_line: usize| {
        let done = std::mem::replace(
            cur,
            Example {
                conversation: Conversation::default(),
                fires: Vec::new(),
                line: next_line,
            },
        );
        if !done.conversation.turns.is_empty() {
            out.push(done);
        }
    };
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let line = raw.trim();
        if line == "---" {
            flush(&mut cur, &mut out, line_no + 1);
            continue;
        }
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (body, fires) = match line.rfind("# fires") {
            Some(p) => (line[..p].trim_end(), true),
            None => (line, false),
        };
        let Some((head, value)) = body
            .split_once(": ")
            .or_else(|| body.strip_suffix(':').map(|h| (h, "")))
        else {
            return Err(err(
                line_no,
                format!("expected `role: text` or `key: value`, got {body:?}"),
            ));
        };
        let head = head.trim();
        let c = &mut cur.conversation;
        match head {
            "lang" | "language" => {
                c.language = Some(value.trim().to_string());
                continue;
            }
            "channel" => {
                c.channel = value.parse().map_err(|e| err(line_no, format!("{e}")))?;
                continue;
            }
            "id" => {
                c.id = value.trim().to_string();
                continue;
            }
            "agent" if !c.turns.is_empty() || value.contains(' ') => {}
            "team" => {
                c.team = Some(value.trim().to_string());
                continue;
            }
            _ => {}
        }
        let mut parts = head.splitn(2, char::is_whitespace);
        let role_word = parts.next().unwrap_or("");
        let role: Role = role_word
            .parse()
            .map_err(|e| err(line_no, format!("{e}")))?;
        let mut turn = Turn::new(role, value.trim());
        if let Some(meta) = parts.next().map(str::trim) {
            if let Some(times) = meta.strip_prefix('[').and_then(|m| m.strip_suffix(']')) {
                let (s, e) = times
                    .split_once('-')
                    .ok_or_else(|| err(line_no, format!("expected [start-end], got [{times}]")))?;
                turn.start = Some(
                    s.trim()
                        .parse()
                        .map_err(|_| err(line_no, format!("bad start time {s:?}")))?,
                );
                turn.end = Some(
                    e.trim()
                        .parse()
                        .map_err(|_| err(line_no, format!("bad end time {e:?}")))?,
                );
            } else if let Some(at) = meta.strip_prefix('@') {
                turn.at = Some(
                    DateTime::parse_from_rfc3339(at)
                        .map_err(|e| err(line_no, format!("bad timestamp {at:?}: {e}")))?,
                );
            } else {
                return Err(err(line_no, format!("unexpected {meta:?} after the role")));
            }
        }
        if fires {
            cur.fires.push(c.turns.len());
        }
        c.turns.push(turn);
    }
    flush(&mut cur, &mut out, text.lines().count() + 1);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_headers_times_and_markers() {
        let ex = parse(
            "lang: it\nchannel: call\ncustomer [0-3.5]: No grazie.\nagent [3.9-9]: Ma scade oggi!  # fires\n---\nlang: en\ncustomer @2026-03-06T21:14:00+01:00: Hi: a question\n",
        )
        .expect("parses");
        assert_eq!(ex.len(), 2);
        assert_eq!(ex[0].fires, [1]);
        assert_eq!(ex[0].conversation.turns[1].start, Some(3.9));
        assert_eq!(ex[0].conversation.channel, tact_model::Channel::Call);
        assert_eq!(ex[1].conversation.turns[0].text, "Hi: a question");
        assert!(ex[1].conversation.turns[0].at.is_some());
    }

    #[test]
    fn bad_lines_name_their_line() {
        let e = parse("lang: en\nnarrator: hello\n").expect_err("unknown role");
        assert_eq!(e.line, 2);
    }
}
