//! Plain-text chat logs, one conversation per file, as agents paste them or chat tools export
//! them: `[time] Name: message`, with unprefixed lines continuing the previous message. A line
//! like `Price: 49 EUR` inside a message continues it too: which `Name:` lines start a turn is
//! decided in [`crate::roles`] (known speakers, role words, agent names, names), with examples
//! in all five languages there.

use crate::lines::Lines;
use crate::roles::{split_label, Speakers};
use crate::stamps::{self, TIMESTAMP_HELP};
use crate::{checks, ReadError, ReadOptions, Reader};
use std::io::BufRead;
use tact_model::{Conversation, Role, Timestamp, Turn};

/// Reads a chat log (`.txt`, `.log`). Lines look like `Agent: …`, `[21:03] Customer: …`,
/// `[2026-03-06 21:03] Luca (agent): …` or `[2026-03-06T21:03:00Z] Maria: …`. A full date and
/// time goes to `turn.at`; a time of day alone cannot, and is dropped. A stamped line without a
/// speaker (`[21:04] Luca joined`, `[21:04] Note: chat transferred`) is a system turn. The
/// conversation id is the source name.
pub struct TextReader;

enum Parsed<'a> {
    Message {
        at: Option<Timestamp>,
        /// Whether the line starts with a timestamp or a time of day.
        stamped: bool,
        label: Option<&'a str>,
        text: &'a str,
        /// The line after its stamp, label included.
        whole: &'a str,
    },
    Continuation(&'a str),
}

fn parse_line(line: &str) -> Result<Parsed<'_>, String> {
    let mut rest = line;
    let mut stamp: Option<Option<Timestamp>> = None;
    if let Some((inner, tail)) = line.strip_prefix('[').and_then(|a| a.split_once(']')) {
        let inner = inner.trim();
        if let Some(t) = stamps::datetime(inner) {
            stamp = Some(Some(t));
        } else if stamps::is_clock(inner) {
            stamp = Some(None);
        } else if inner.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(format!(
                "bad timestamp [{inner}]: {TIMESTAMP_HELP}, or HH:MM"
            ));
        }
        if stamp.is_some() {
            rest = tail.trim_start();
        }
    } else if let Some((at, tail)) = bare_stamp(line) {
        // Without brackets a leading time is only a stamp when a speaker follows: "21:00 works
        // for me" is text.
        if let Some((label, text)) = split_label(tail) {
            return Ok(Parsed::Message {
                at,
                stamped: true,
                label: Some(label),
                text,
                whole: tail.trim(),
            });
        }
    }
    Ok(match (stamp, split_label(rest)) {
        (at, Some((label, text))) => Parsed::Message {
            at: at.flatten(),
            stamped: at.is_some(),
            label: Some(label),
            text,
            whole: rest.trim(),
        },
        (Some(at), None) => Parsed::Message {
            at,
            stamped: true,
            label: None,
            text: rest.trim(),
            whole: rest.trim(),
        },
        (None, None) => Parsed::Continuation(line.trim()),
    })
}

/// A leading `2026-03-06 21:03`, `2026-03-06T21:03:00Z` or `21:03`, optionally followed by
/// ` - `, and what follows it.
fn bare_stamp(line: &str) -> Option<(Option<Timestamp>, &str)> {
    if !line.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    fn after(rest: &str) -> &str {
        let rest = rest.trim_start();
        rest.strip_prefix("- ").unwrap_or(rest).trim_start()
    }
    let (first, rest) = line.split_once(' ')?;
    if let Some((second, rest2)) = rest.split_once(' ') {
        if let Some(t) = stamps::datetime(&format!("{first} {second}")) {
            return Some((Some(t), after(rest2)));
        }
    }
    if let Some(t) = stamps::datetime(first) {
        return Some((Some(t), after(rest)));
    }
    stamps::is_clock(first).then(|| (None, after(rest)))
}

/// Where an unprefixed line goes.
enum Target {
    /// Nothing yet: the line comes before the first speaker.
    Nowhere,
    LastTurn,
    /// The message it continues could not be read.
    Dropped,
}

impl Reader for TextReader {
    fn read(
        &self,
        source_name: &str,
        input: &mut dyn BufRead,
        opts: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        let mut speakers = Speakers::new(opts);
        let mut turns: Vec<Turn> = Vec::new();
        let mut turn_lines: Vec<usize> = Vec::new();
        let mut target = Target::Nowhere;
        let mut orphan_reported = false;
        let mut first_message = true;
        let mut lines = Lines::new(source_name, input, opts.max_record_bytes);
        while let Some(item) = lines.next_line() {
            let (n, line) = match item {
                Ok(l) => l,
                Err(e) => {
                    sink(Err(e));
                    continue;
                }
            };
            if line.trim().is_empty() {
                continue;
            }
            let error = |reason: String| Err(ReadError::new(source_name, n, reason));
            let parsed = match parse_line(line) {
                Err(reason) => {
                    sink(error(reason));
                    target = Target::Dropped;
                    continue;
                }
                Ok(p) => p,
            };
            let (at, who, text) = match parsed {
                Parsed::Message {
                    label: None,
                    text: "",
                    ..
                } => continue,
                Parsed::Message {
                    at,
                    label: None,
                    text,
                    ..
                } => (at, Ok((Role::System, None)), text),
                Parsed::Message {
                    at,
                    stamped,
                    label: Some(label),
                    text,
                    ..
                } if speakers.is_speaker(label, stamped || first_message) => {
                    (at, speakers.resolve(label), text)
                }
                Parsed::Message {
                    at,
                    stamped: true,
                    whole,
                    ..
                } => (at, Ok((Role::System, None)), whole),
                other => {
                    let text = match other {
                        Parsed::Continuation(text) => text,
                        Parsed::Message { .. } => line.trim(),
                    };
                    match (&target, turns.last_mut()) {
                        (Target::LastTurn, Some(last)) => {
                            if !last.text.is_empty() {
                                last.text.push('\n');
                            }
                            last.text.push_str(text);
                        }
                        (Target::Nowhere, _) if !orphan_reported => {
                            orphan_reported = true;
                            sink(error(
                                "text before the first speaker line (`Name: …`) is ignored".into(),
                            ));
                        }
                        _ => {}
                    }
                    continue;
                }
            };
            first_message = false;
            match who {
                Ok((role, speaker)) => {
                    let mut turn = Turn::new(role, text);
                    turn.speaker = speaker;
                    turn.at = at;
                    turns.push(turn);
                    turn_lines.push(n);
                    target = Target::LastTurn;
                }
                Err(reason) => {
                    sink(error(reason));
                    target = Target::Dropped;
                }
            }
        }
        let conv = Conversation {
            id: source_name.to_string(),
            channel: opts.default_channel.unwrap_or_default(),
            turns,
            ..Conversation::default()
        };
        match checks::conversation(&conv) {
            Ok(()) => checks::emit(
                source_name,
                conv,
                &|i| turn_lines.get(i).copied().unwrap_or(1),
                sink,
            ),
            Err(_) if lines.was_utf16() => {}
            Err(_) => sink(Err(ReadError::new(
                source_name,
                lines.number().max(1),
                "no turns: expected lines like `Agent: …` or `[21:03] Maria (customer): …`",
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_and_labels_are_recognized() {
        match parse_line("[2026-03-06 21:03] Luca (agent): Ciao") {
            Ok(Parsed::Message {
                at, label, text, ..
            }) => {
                assert!(at.is_some());
                assert_eq!(label, Some("Luca (agent)"));
                assert_eq!(text, "Ciao");
            }
            _ => panic!("not a message"),
        }
        match parse_line("[21:03] Customer: hi") {
            Ok(Parsed::Message { at, label, .. }) => {
                assert!(at.is_none());
                assert_eq!(label, Some("Customer"));
            }
            _ => panic!("not a message"),
        }
        assert!(matches!(
            parse_line("and another thing"),
            Ok(Parsed::Continuation("and another thing"))
        ));
        assert!(matches!(
            parse_line("[see below] nothing"),
            Ok(Parsed::Continuation(_))
        ));
        assert!(parse_line("[2026-02-31 21:03] Agent: x").is_err());
    }

    #[test]
    fn unbracketed_stamps_count_only_before_a_speaker() {
        match parse_line("2026-03-06 21:03 - Maria: ciao") {
            Ok(Parsed::Message {
                at, label, text, ..
            }) => {
                assert!(at.is_some());
                assert_eq!((label, text), (Some("Maria"), "ciao"));
            }
            _ => panic!("not a message"),
        }
        assert!(matches!(
            parse_line("21:03 Agent: hi"),
            Ok(Parsed::Message {
                at: None,
                label: Some("Agent"),
                ..
            })
        ));
        assert!(matches!(
            parse_line("21:00 works for me"),
            Ok(Parsed::Continuation("21:00 works for me"))
        ));
    }
}
