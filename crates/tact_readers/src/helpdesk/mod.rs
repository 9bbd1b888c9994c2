//! Helpdesk exports: Zendesk tickets, Intercom conversations and Freshdesk tickets, read from
//! the JSON their APIs and exports write. Support teams keep years of customer conversations in
//! these tools; reading their exports as they come means a team can run tact on its own history
//! without writing a converter first.
//!
//! Each format has its module, which opens with its field-by-field mapping
//! ([`zendesk`], [`intercom`], [`freshdesk`]). What they share:
//!
//! - **Shapes.** One record per file, a top-level array of records, JSON Lines (one record per
//!   line), and API pages that wrap a list of records. All are streamed by [`walk`]: each
//!   record is cut out on its own, at most `--max-record-bytes` of it kept, and handed on before
//!   the next is read.
//! - **Records and errors.** Records are numbered from 1 in file order (each element of a
//!   wrapped list is one). A problem is reported as `file:line: record N (ticket ID): …`, where
//!   `line` is the line where the record starts, and reading goes on: a record that cannot
//!   become a conversation (no id, no public message) is skipped, a message that cannot be read
//!   (no body, no author) is left out of a conversation that is otherwise kept, and the other
//!   records are read either way.
//! - **Internal notes are skipped**, silently: they are agents talking to each other, which the
//!   customer never saw, so they are neither the seller's words to the customer nor an error.
//!   A record whose messages are all notes is reported (`no public messages`), since it yields
//!   no conversation.
//! - **Text.** The plain-text field when the export has one, otherwise the HTML body turned to
//!   text ([`html`]); a message without text but with attachments is kept as an empty turn that
//!   counts them.
//! - **Channels.** Mapped to tact's channels (chat, call, email, sms) by what the conversation
//!   was like: web forms and portals are answered by e-mail, so they read as e-mail; messaging
//!   and social channels as chat. `ReadOptions::default_channel` names the channel when the
//!   export gives none.
//! - **Language** is left to detection: helpdesks record a user's interface locale, not the
//!   language a conversation was held in.

pub(crate) mod freshdesk;
pub(crate) mod html;
pub(crate) mod intercom;
pub(crate) mod walk;
pub(crate) mod zendesk;

pub use freshdesk::FreshdeskReader;
pub use intercom::IntercomReader;
pub use zendesk::ZendeskReader;

use crate::json::{finish, message};
use crate::{checks, stamps, Format, ReadError};
use serde::de::{Deserialize, Deserializer, Error};
use serde_json::Value;
use tact_model::{Conversation, Timestamp};
use walk::{Sink, TooLarge};

/// Which helpdesk export the head of a JSON file looks like, if any. Each export is told by keys
/// only it writes; a file with tact's own `"turns"` key is never claimed.
pub(crate) fn sniff(head: &[u8]) -> Option<Format> {
    if has_key(head, "turns") {
        return None;
    }
    if has_key(head, "conversation_parts")
        || has_pair(head, "type", "conversation")
        || has_pair(head, "type", "conversation.list")
    {
        return Some(Format::Intercom);
    }
    if has_key(head, "conversations")
        && ["description_text", "incoming", "private", "body_text"]
            .iter()
            .any(|k| has_key(head, k))
    {
        return Some(Format::Freshdesk);
    }
    let comments = has_key(head, "comments");
    if has_key(head, "requester_id") && (comments || has_key(head, "via")) {
        return Some(Format::Zendesk);
    }
    // A ticket-comments API response: comments only, no ticket around them.
    if comments
        && has_key(head, "author_id")
        && (has_key(head, "plain_body") || has_key(head, "html_body"))
    {
        return Some(Format::Zendesk);
    }
    None
}

/// Positions right after each `"key"` written as an object key: the quotes are not escaped
/// (so not inside a string) and a `:` follows.
fn key_ends<'h>(head: &'h [u8], key: &str) -> impl Iterator<Item = usize> + 'h {
    let quoted = format!("\"{key}\"").into_bytes();
    let n = quoted.len();
    (0..head.len().saturating_sub(n - 1)).filter_map(move |i| {
        if head[i..i + n] != quoted[..] || (i > 0 && head[i - 1] == b'\\') {
            return None;
        }
        let after = skip_ws(head, i + n);
        (head.get(after) == Some(&b':')).then(|| skip_ws(head, after + 1))
    })
}

fn skip_ws(head: &[u8], mut i: usize) -> usize {
    while head.get(i).is_some_and(|b| b.is_ascii_whitespace()) {
        i += 1;
    }
    i
}

/// Whether `head` has `"key":` as an object key.
pub(crate) fn has_key(head: &[u8], key: &str) -> bool {
    key_ends(head, key).next().is_some()
}

/// Whether `head` has `"key": "value"`.
fn has_pair(head: &[u8], key: &str, value: &str) -> bool {
    let quoted = format!("\"{value}\"").into_bytes();
    key_ends(head, key).any(|i| head[i..].starts_with(&quoted))
}

/// An id written as a number or a string (exports do both); empty means none.
pub(crate) fn id<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Option::<Value>::deserialize(d)? {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(other) => {
            return Err(D::Error::custom(format!(
                "expected an id (a number or a string), found {}",
                kind(&other)
            )))
        }
    })
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A record's JSON decoded as `T`; a message names the line in the file where decoding failed.
pub(crate) fn decode<T: serde::de::DeserializeOwned>(
    bytes: &[u8],
    line: usize,
) -> Result<T, String> {
    serde_json::from_slice(bytes)
        .map_err(|e| format!("{} (at line {})", message(&e), line + e.line().max(1) - 1))
}

/// The first of `plain` with text, else the text of `html`, trimmed; `None` when all are empty.
pub(crate) fn body(plain: &[Option<&str>], html_body: Option<&str>) -> Option<String> {
    plain
        .iter()
        .flatten()
        .map(|s| s.trim())
        .find(|s| !s.is_empty())
        .map(str::to_string)
        .or_else(|| html_body.map(html::text).filter(|s| !s.is_empty()))
}

/// An RFC 3339 time; a problem naming `what` when it is there but unreadable.
pub(crate) fn time(
    value: Option<&str>,
    what: &str,
    problems: &mut Vec<(usize, String)>,
    line: usize,
) -> Option<Timestamp> {
    let s = value?.trim();
    if s.is_empty() {
        return None;
    }
    let t = stamps::datetime(s);
    if t.is_none() {
        problems.push((
            line,
            format!("{what} {s:?} is not a time ({})", stamps::TIMESTAMP_HELP),
        ));
    }
    t
}

/// A Unix time in seconds (a number, or a string of digits), as UTC.
pub(crate) fn unix_time(v: &Value) -> Option<Timestamp> {
    let secs = match v {
        Value::Number(n) => n.as_f64()?,
        Value::String(s) => s.trim().parse::<f64>().ok()?,
        _ => return None,
    };
    if !secs.is_finite() {
        return None;
    }
    let whole = secs.floor();
    // Within chrono's range, so the casts below cannot truncate.
    if whole.abs() > 8.0e15 {
        return None;
    }
    let nanos = ((secs - whole) * 1e9) as u32;
    chrono::DateTime::from_timestamp(whole as i64, nanos).map(|t| t.fixed_offset())
}

/// A record cut out by the walk, decoded as `T`, or why it cannot be read.
pub(crate) fn decode_record<T: serde::de::DeserializeOwned>(
    value: Result<&[u8], TooLarge>,
    line: usize,
    max: usize,
) -> Result<T, String> {
    match value {
        Ok(bytes) => decode(bytes, line),
        Err(TooLarge) => Err(too_large(max)),
    }
}

/// What a record makes: its name in messages, its problems with their lines, its conversation.
pub(crate) type Made = (String, Vec<(usize, String)>, Option<Conversation>);

/// Hands on record `n`, which starts at `line`: what it made (see [`emit`]), or why it could
/// not be read.
pub(crate) fn emit_record(
    source: &str,
    n: usize,
    line: usize,
    made: Result<Made, String>,
    sink: &mut Sink,
) {
    match made {
        Ok((name, problems, conv)) => emit(source, &name, problems, conv, line, &|_| line, sink),
        Err(reason) => sink(Err(unreadable(source, n, line, &reason))),
    }
}

/// The error for record `n`, which could not be read at all.
pub(crate) fn unreadable(source: &str, n: usize, line: usize, reason: &str) -> ReadError {
    ReadError::new(source, line, format!("{}: {reason}", label(n, "", None)))
}

/// Hands on what a record gave: its problems, each naming the record, then its conversation
/// (checked like every format's, with turns whose times go back reported at `turn_line`).
pub(crate) fn emit(
    source: &str,
    label: &str,
    problems: Vec<(usize, String)>,
    conv: Option<Conversation>,
    line: usize,
    turn_line: &dyn Fn(usize) -> usize,
    sink: &mut Sink,
) {
    for (at, p) in problems {
        sink(Err(ReadError::new(source, at, format!("{label}: {p}"))));
    }
    if let Some(conv) = conv {
        match finish(conv, || label.to_string()) {
            Ok(conv) => checks::emit(source, conv, turn_line, sink),
            Err(r) => sink(Err(ReadError::new(source, line, format!("{label}: {r}")))),
        }
    }
}

/// A record's name in messages: `record 3 (ticket 812)`.
pub(crate) fn label(n: usize, what: &str, id: Option<&str>) -> String {
    match id {
        Some(id) => format!("record {n} ({what} {id})"),
        None => format!("record {n}"),
    }
}

/// Why a record over the limit was skipped.
fn too_large(max: usize) -> String {
    format!("record too large (over {max} bytes; raise --max-record-bytes)")
}

/// A name given as a string or as an object with a `name` (`"assignee": {"name": "Sam"}`).
pub(crate) fn name_of(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => s,
        Value::Object(o) => o.get("name")?.as_str()?,
        _ => return None,
    };
    Some(s.trim().to_string()).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_export_is_told_by_its_own_keys() {
        let cases: [(&str, Option<Format>); 9] = [
            (
                r#"{"tickets": [{"id": 1, "requester_id": 7, "via": {"channel": "email"}, "comments": []}]}"#,
                Some(Format::Zendesk),
            ),
            (
                "{\"id\":1,\"requester_id\":7,\"comments\":[]}\n",
                Some(Format::Zendesk),
            ),
            (
                r#"{"comments": [{"author_id": 7, "plain_body": "hi", "public": true}]}"#,
                Some(Format::Zendesk),
            ),
            (
                r#"{"type" : "conversation", "id": "1", "source": {}}"#,
                Some(Format::Intercom),
            ),
            (
                r#"[{"id": 3, "description_text": "x", "conversations": []}]"#,
                Some(Format::Freshdesk),
            ),
            (
                r#"{"id": "c1", "turns": [{"role": "agent", "text": "\"comments\": \"requester_id\": \"via\":"}]}"#,
                None,
            ),
            (
                r#"{"id": "c1", "channel": "email", "comments": 3, "turns": []}"#,
                None,
            ),
            (
                r#"{"text": "\"conversation_parts\": {}", "requester_id": 1}"#,
                None,
            ),
            (r#"{"reviews": [{"comment": "ok", "author_id": 1}]}"#, None),
        ];
        for (head, want) in cases {
            assert_eq!(sniff(head.as_bytes()), want, "{head}");
        }
    }

    #[test]
    fn ids_are_numbers_or_strings() {
        #[derive(serde::Deserialize)]
        struct T {
            #[serde(default, deserialize_with = "id")]
            id: Option<String>,
        }
        let read = |s: &str| serde_json::from_str::<T>(s).map(|t| t.id);
        assert_eq!(read(r#"{"id": 42}"#).ok(), Some(Some("42".into())));
        assert_eq!(read(r#"{"id": " x9 "}"#).ok(), Some(Some("x9".into())));
        assert_eq!(read(r#"{"id": ""}"#).ok(), Some(None));
        assert_eq!(read(r#"{"id": null}"#).ok(), Some(None));
        assert_eq!(read("{}").ok(), Some(None));
        assert!(read(r#"{"id": [1]}"#).is_err());
    }

    #[test]
    fn unix_times_in_seconds() {
        let t = unix_time(&Value::from(1_772_830_800)).map(|t| t.to_rfc3339());
        assert_eq!(t.as_deref(), Some("2026-03-06T21:00:00+00:00"));
        assert_eq!(unix_time(&Value::from("x")), None);
        assert_eq!(unix_time(&Value::from(1e300)), None);
    }
}
