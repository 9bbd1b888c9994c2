//! Timed transcripts made of cues (WebVTT and SRT differ only in their header and decimal
//! separator), read by one engine so both resolve speakers and report errors alike. A `Name:`
//! prefix starts a new speaker's part by the same rules as in chat logs ([`crate::roles`]):
//! `Price: 49 euros` inside a cue continues the speaker's words.

use crate::lines::Lines;
use crate::roles::{split_label, Speakers};
use crate::{checks, stamps, ReadError, ReadOptions};
use std::io::BufRead;
use tact_model::{Channel, Conversation, Role, Turn};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    Vtt,
    Srt,
}

impl Dialect {
    fn example(self) -> &'static str {
        match self {
            Dialect::Vtt => "00:01:02.500 --> 00:01:05.000",
            Dialect::Srt => "00:01:02,500 --> 00:01:05,000",
        }
    }
}

struct State<'s> {
    source: &'s str,
    dialect: Dialect,
    speakers: Speakers,
    turns: Vec<Turn>,
    /// The line of each turn's text, for errors about a turn.
    turn_lines: Vec<usize>,
    /// Who spoke the last cue: a cue without a speaker of its own continues with them.
    last: Option<(Role, Option<String>)>,
    header_seen: bool,
}

pub(crate) fn read(
    source: &str,
    input: &mut dyn BufRead,
    opts: &ReadOptions,
    dialect: Dialect,
    sink: &mut dyn FnMut(Result<Conversation, ReadError>),
) {
    let mut state = State {
        source,
        dialect,
        speakers: Speakers::new(opts),
        turns: Vec::new(),
        turn_lines: Vec::new(),
        last: None,
        header_seen: dialect == Dialect::Srt,
    };
    let mut block: Vec<(usize, String)> = Vec::new();
    let mut lines = Lines::new(source, input, opts.max_record_bytes);
    loop {
        match lines.next_line() {
            Some(Err(e)) => sink(Err(e)),
            Some(Ok((_, l))) if l.trim().is_empty() => {
                state.block(&block, sink);
                block.clear();
            }
            Some(Ok((n, l))) => block.push((n, l.to_string())),
            None => {
                state.block(&block, sink);
                break;
            }
        }
    }
    let conv = Conversation {
        id: source.to_string(),
        channel: opts.default_channel.unwrap_or(Channel::Call),
        turns: state.turns,
        ..Conversation::default()
    };
    match checks::conversation(&conv) {
        Ok(()) => {
            let turn_lines = state.turn_lines;
            checks::emit(
                source,
                conv,
                &|i| turn_lines.get(i).copied().unwrap_or(1),
                sink,
            );
        }
        Err(_) if lines.was_utf16() => {}
        Err(_) => sink(Err(ReadError::new(
            source,
            lines.number().max(1),
            "no turns: found no cue with a speaker and text",
        ))),
    }
}

impl State<'_> {
    fn error(&self, line: usize, reason: impl Into<String>) -> Result<Conversation, ReadError> {
        Err(ReadError::new(self.source, line, reason))
    }

    fn block(
        &mut self,
        block: &[(usize, String)],
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        let Some((first_line, first)) = block.first() else {
            return;
        };
        let first = first.trim();
        if !self.header_seen {
            self.header_seen = true;
            let is_header = first
                .strip_prefix("WEBVTT")
                .is_some_and(|r| r.is_empty() || r.starts_with([' ', '\t']));
            if is_header {
                return;
            }
            sink(self.error(*first_line, "missing `WEBVTT` header on the first line"));
        }
        let keyword = |k: &str| {
            first
                .strip_prefix(k)
                .is_some_and(|r| r.is_empty() || r.starts_with([' ', '\t']))
        };
        if self.dialect == Dialect::Vtt
            && (keyword("NOTE") || keyword("STYLE") || keyword("REGION"))
        {
            return;
        }
        let Some(ti) = block.iter().take(2).position(|(_, l)| l.contains("-->")) else {
            let numbered = first.bytes().all(|b| b.is_ascii_digit());
            let at = if numbered && block.len() > 1 { 1 } else { 0 };
            let line = block.get(at).map_or(*first_line, |(n, _)| *n);
            sink(self.error(
                line,
                format!(
                    "expected a cue timing line like `{}`",
                    self.dialect.example()
                ),
            ));
            return;
        };
        let (timing_line, timing) = &block[ti];
        let (start, end) = match self.timing(timing) {
            Ok(t) => t,
            Err(reason) => {
                sink(self.error(*timing_line, reason));
                return;
            }
        };
        let Some((text_line, _)) = block.get(ti + 1) else {
            return;
        };
        let payload: Vec<&str> = block[ti + 1..].iter().map(|(_, l)| l.as_str()).collect();
        let speakers = &self.speakers;
        let parts = pieces(&payload.join("\n"), &|label: &str, expected: bool| {
            speakers.is_speaker(label, expected)
        });
        for (label, text) in parts {
            let who = match &label {
                Some(l) => self.speakers.resolve(l),
                None => self.last.clone().ok_or_else(|| {
                    "cue has no speaker: start it with `<v Name>` or `Name: `".to_string()
                }),
            };
            match who {
                Ok((role, speaker)) => {
                    self.last = Some((role, speaker.clone()));
                    if text.is_empty() {
                        continue;
                    }
                    let mut turn = Turn::new(role, text);
                    turn.speaker = speaker;
                    turn.start = Some(start);
                    turn.end = Some(end);
                    self.turns.push(turn);
                    self.turn_lines.push(*text_line);
                }
                Err(reason) => sink(self.error(*text_line, reason)),
            }
        }
    }

    fn timing(&self, line: &str) -> Result<(f64, f64), String> {
        let bad = || {
            format!(
                "bad cue timing {:?}: expected `{}`",
                line.trim(),
                self.dialect.example()
            )
        };
        let (l, r) = line.split_once("-->").ok_or_else(bad)?;
        let start = stamps::cue_time(l).ok_or_else(bad)?;
        let end = r
            .split_whitespace()
            .next()
            .and_then(stamps::cue_time)
            .ok_or_else(bad)?;
        checks::times(Some(start), Some(end)).map_err(|e| format!("cue {e}"))?;
        Ok((start, end))
    }
}

/// The speaker label and clean text of each part of a cue: a `<v Name>` voice tag starts a
/// part, and so does a `Name:` prefix on a line outside voice tags when `is_speaker(label,
/// first line of the part)` says it names a speaker.
fn pieces(payload: &str, is_speaker: &dyn Fn(&str, bool) -> bool) -> Vec<(Option<String>, String)> {
    let mut out = Vec::new();
    for (voice, raw) in voices(payload) {
        let text = clean(raw);
        if voice.is_some() {
            out.push((voice, text));
            continue;
        }
        let mut current: Option<(Option<String>, String)> = None;
        for (i, line) in text.lines().enumerate() {
            let label = split_label(line).filter(|(label, _)| is_speaker(label, i == 0));
            if let Some((label, rest)) = label {
                out.extend(current.take());
                current = Some((Some(label.to_string()), rest.to_string()));
            } else if let Some((_, t)) = &mut current {
                if !t.is_empty() {
                    t.push('\n');
                }
                t.push_str(line);
            } else {
                current = Some((None, line.to_string()));
            }
        }
        out.extend(current);
    }
    out
}

/// Splits a payload at `<v Name>` / `<v.class Name>` tags into (voice, raw text) parts.
fn voices(payload: &str) -> Vec<(Option<String>, &str)> {
    let mut out = Vec::new();
    let mut voice: Option<String> = None;
    let mut part_start = 0;
    let mut from = 0;
    while let Some(rel) = payload[from..].find("<v") {
        let open = from + rel;
        let tag_start = open + 2;
        let after = &payload[tag_start..];
        if !after.starts_with([' ', '\t', '.']) {
            from = tag_start;
            continue;
        }
        let Some(close) = after.find('>') else {
            break;
        };
        let name = after[..close]
            .split_once([' ', '\t'])
            .map(|(_, n)| n.trim())
            .filter(|n| !n.is_empty())
            .map(str::to_string);
        out.push((voice.take(), &payload[part_start..open]));
        voice = name;
        part_start = tag_start + close + 1;
        from = part_start;
    }
    out.push((voice, &payload[part_start..]));
    out
}

/// Cue text without markup (`<i>`, `<c.red>`, `</v>`, `{\an8}`), with entities decoded and
/// blank lines dropped.
fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(['<', '{', '&']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let skip_to = |close: char| tail.find(close).map(|j| j + close.len_utf8());
        let consumed = if tail.starts_with('<') {
            skip_to('>')
        } else if tail.starts_with("{\\") {
            skip_to('}')
        } else if tail.starts_with('&') {
            entity(tail).map(|(decoded, len)| {
                out.push_str(&decoded);
                len
            })
        } else {
            None
        };
        match consumed {
            Some(n) => rest = &tail[n..],
            None => {
                // A lone `<`, `{` or `&` is text; all three are one byte.
                out.push_str(&tail[..1]);
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// `&amp;`, `&#233;`, `&#xE9;` … and the length they take.
fn entity(s: &str) -> Option<(String, usize)> {
    let semi = s.get(..12).unwrap_or(s).find(';')?;
    let name = &s[1..semi];
    let decoded = match name {
        "amp" => "&".to_string(),
        "lt" => "<".to_string(),
        "gt" => ">".to_string(),
        "quot" => "\"".to_string(),
        "apos" => "'".to_string(),
        "nbsp" => " ".to_string(),
        "lrm" | "rlm" => String::new(),
        _ => {
            let code = match name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => name.strip_prefix('#')?.parse().ok()?,
            };
            char::from_u32(code)?.to_string()
        }
    };
    Some((decoded, semi + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_stripped_and_entities_decoded() {
        assert_eq!(
            clean("<i>Ciao</i> &amp; <c.red>grazie</c>"),
            "Ciao & grazie"
        );
        assert_eq!(clean("{\\an8}Hello &#233;&#xE9; &lt;3"), "Hello éé <3");
        assert_eq!(clean("a < b & c"), "a < b & c");
        assert_eq!(clean("Γεια σας\n\n  Καλημέρα "), "Γεια σας\nΚαλημέρα");
    }

    fn pieces(payload: &str) -> Vec<(Option<String>, String)> {
        let speakers = Speakers::new(&ReadOptions::default());
        super::pieces(payload, &|label, expected| {
            speakers.is_speaker(label, expected)
        })
    }

    #[test]
    fn voice_tags_and_name_prefixes_split_a_cue() {
        let got = pieces("<v.loud Luca Rossi>Buongiorno</v>\n<v Maria>Salve");
        assert_eq!(
            got,
            vec![
                (Some("Luca Rossi".into()), "Buongiorno".into()),
                (Some("Maria".into()), "Salve".into())
            ]
        );
        let got = pieces("Agent: Hi there\nhow can I help\nCustomer: price?");
        assert_eq!(
            got,
            vec![
                (Some("Agent".into()), "Hi there\nhow can I help".into()),
                (Some("Customer".into()), "price?".into())
            ]
        );
        assert_eq!(pieces("just text"), vec![(None, "just text".into())]);
        assert_eq!(
            pieces("Agente: Ecco:\nPrezzo: 30 €\nCliente: Bene"),
            vec![
                (Some("Agente".into()), "Ecco:\nPrezzo: 30 €".into()),
                (Some("Cliente".into()), "Bene".into())
            ]
        );
    }
}
