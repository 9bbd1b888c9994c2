//! Intercom conversations: the Messenger, e-mail and social conversations a team answers in
//! Intercom, as its REST API and conversation exports write them.
//!
//! # Shapes read
//!
//! | Shape | Where it comes from |
//! |---|---|
//! | a conversation object (`"type": "conversation"`) | Retrieve a conversation (`GET /conversations/{id}`) |
//! | `{"type": "conversation.list", "conversations": […]}` | a page of List or Search conversations, streamed conversation by conversation |
//! | one conversation per line (JSON Lines), or `[conversation…]` | conversations saved one by one |
//!
//! List and Search pages carry a conversation's `source` but not its `conversation_parts`;
//! retrieve each conversation for the whole thread.
//!
//! # Mapping
//!
//! | Intercom | tact | |
//! |---|---|---|
//! | `id` | `id` | required: a conversation without one is reported and skipped |
//! | `source.type` | `channel` | `email` → email; `phone_call`, `phone_switch` → call; `sms` → sms; any other (`conversation` for the Messenger, `facebook`, `instagram`, `twitter`, `whatsapp`, `push`…) → chat; none: the default channel (`ReadOptions::default_channel`), else chat |
//! | `admin_assignee_id` | `agent` | the `name` of that admin where one of their messages gives it, else of the first admin who wrote |
//! | `created_at` (Unix seconds) | `started_at` | |
//! | `conversation_rating.rating` (1–5) | `outcome` | 4–5 → `good`, 3 → `neutral`, 1–2 → `bad` |
//! | `source` | the first turn | its `body`, `author`, `attachments`, with the conversation's `created_at` |
//! | `conversation_parts.conversation_parts[]` | the next turns | parts with a body; notes skipped |
//! | part `part_type` | — | any part with a body is a message (an admin can reply while assigning or closing, and a customer's reply to a closed conversation is an `open` part), except notes (`note`, `note_and_reopen`), which are skipped; parts without a body (assignments, state changes) are events, not turns |
//! | `body` (HTML) as text | turn `text` | |
//! | `author.type` | turn `role` | `user`, `lead`, `contact` → customer; `admin`, `team` → agent; `bot` → bot; an admin part with `author.from_ai_agent: true` → bot; any other is reported and the part left out |
//! | `author.name` | turn `speaker` | |
//! | part `created_at` (Unix seconds) | turn `at` | |
//! | `attachments` | turn `attachments` | counted |
//! | — | `team`, `language` | `team_assignee_id` names no team; language is left to detection |

use super::walk::{self, Handler, ListKind, Sink, TooLarge};
use super::{decode_record, emit_record, html, id, label, unix_time, Made};
use crate::ReadOptions;
use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::Value;
use tact_model::{Channel, Conversation, Role, Turn};

/// Reads Intercom conversations (`--input-format intercom`).
pub struct IntercomReader;

walk::walked_reader!(IntercomReader, |source, opts| Conversations {
    source,
    opts,
    n: 0
});

#[derive(Deserialize, Default)]
#[serde(default)]
struct Intercom {
    #[serde(deserialize_with = "id")]
    id: Option<String>,
    created_at: Option<Value>,
    source: Option<Message>,
    conversation_parts: Option<Parts>,
    conversation_rating: Option<Rating>,
    #[serde(deserialize_with = "id")]
    admin_assignee_id: Option<String>,
}

/// `{"type": "conversation_part.list", "conversation_parts": […]}`, or the bare array.
#[derive(Deserialize)]
#[serde(untagged)]
enum Parts {
    List(Vec<Message>),
    Wrapped {
        #[serde(default)]
        conversation_parts: Option<Vec<Message>>,
    },
}

/// The `source` of a conversation or one of its parts.
#[derive(Deserialize, Default)]
#[serde(default)]
struct Message {
    #[serde(rename = "type")]
    kind: Option<String>,
    part_type: Option<String>,
    body: Option<String>,
    author: Option<Author>,
    created_at: Option<Value>,
    attachments: Option<Vec<IgnoredAny>>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Author {
    #[serde(rename = "type")]
    kind: Option<String>,
    #[serde(deserialize_with = "id")]
    id: Option<String>,
    name: Option<String>,
    from_ai_agent: Option<bool>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Rating {
    rating: Option<f64>,
}

struct Conversations<'a> {
    source: &'a str,
    opts: &'a ReadOptions,
    n: usize,
}

impl Handler for Conversations<'_> {
    fn lists(&self) -> &'static [(&'static str, ListKind)] {
        &[("conversations", ListKind::Records)]
    }

    fn record(&mut self, value: Result<&[u8], TooLarge>, line: usize, sink: &mut Sink) {
        self.n += 1;
        self.convert(value, line, sink);
    }

    fn part(&mut self, _: Result<&[u8], TooLarge>, _: usize, _: &mut Sink) {}

    fn object(
        &mut self,
        rest: Result<&[u8], TooLarge>,
        line: usize,
        had_records: bool,
        sink: &mut Sink,
    ) {
        // A page's other keys (pages, total_count) say nothing about its conversations.
        if !had_records {
            self.n += 1;
            self.convert(rest, line, sink);
        }
    }

    fn finish(&mut self, _: &mut Sink) {}
}

impl Conversations<'_> {
    fn convert(&self, value: Result<&[u8], TooLarge>, line: usize, sink: &mut Sink) {
        let n = self.n;
        let made = decode_record(value, line, self.opts.max_record_bytes)
            .map(|c| self.conversation(n, line, c));
        emit_record(self.source, n, line, made, sink);
    }

    fn conversation(&self, n: usize, line: usize, c: Intercom) -> Made {
        let mut problems = Vec::new();
        let Some(id) = c.id else {
            problems.push((line, "the conversation has no `id`".to_string()));
            return (label(n, "", None), problems, None);
        };
        let name = label(n, "conversation", Some(&id));
        let started_at = c.created_at.as_ref().and_then(unix_time);
        let channel = c
            .source
            .as_ref()
            .and_then(|s| s.kind.as_deref())
            .map(channel)
            .or(self.opts.default_channel)
            .unwrap_or(Channel::Chat);
        let parts = match c.conversation_parts {
            Some(Parts::List(parts)) => parts,
            Some(Parts::Wrapped { conversation_parts }) => conversation_parts.unwrap_or_default(),
            None => Vec::new(),
        };
        let mut turns = Vec::new();
        let mut admins: Vec<(Option<String>, String)> = Vec::new();
        let mut notes = 0;
        let messages = c
            .source
            .into_iter()
            .map(|s| ("the source message".to_string(), s, c.created_at.clone()))
            .chain(parts.into_iter().enumerate().map(|(k, p)| {
                let at = p.created_at.clone();
                (format!("part {}", k + 1), p, at)
            }));
        for (what, m, at) in messages {
            if m.part_type.as_deref().is_some_and(|t| t.contains("note")) {
                notes += 1;
                continue;
            }
            let attachments = m.attachments.as_ref().map_or(0, Vec::len);
            let text = m.body.as_deref().map(html::text).unwrap_or_default();
            if text.is_empty() && attachments == 0 {
                // Assignments, state changes, ratings: events, not messages.
                continue;
            }
            let author = m.author.unwrap_or_default();
            let role = match author.kind.as_deref().map(str::trim) {
                Some("user" | "lead" | "contact") => Role::Customer,
                Some("admin" | "team") if author.from_ai_agent == Some(true) => Role::Bot,
                Some("admin" | "team") => Role::Agent,
                Some("bot") => Role::Bot,
                Some(other) if !other.is_empty() => {
                    problems.push((
                        line,
                        format!("{what}: unknown author type {other:?} (expected user, lead, contact, admin, team or bot); it is left out"),
                    ));
                    continue;
                }
                _ => {
                    problems.push((line, format!("{what} has no author type; it is left out")));
                    continue;
                }
            };
            let speaker = author
                .name
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string);
            if role == Role::Agent {
                if let Some(name) = &speaker {
                    admins.push((author.id.clone(), name.clone()));
                }
            }
            let mut turn = Turn::new(role, text);
            turn.speaker = speaker;
            turn.at = at.as_ref().and_then(unix_time);
            if turn.at.is_none() && at.as_ref().is_some_and(|v| !v.is_null()) {
                problems.push((
                    line,
                    format!("{what}: created_at is not a Unix time in seconds"),
                ));
            }
            turn.attachments = u32::try_from(attachments).unwrap_or(u32::MAX);
            turns.push(turn);
        }
        if turns.is_empty() && notes > 0 {
            problems.push((line, format!("no public messages ({notes} notes skipped)")));
            return (name, problems, None);
        }
        let assignee = c.admin_assignee_id.as_deref();
        let agent = admins
            .iter()
            .find(|(id, _)| id.is_some() && id.as_deref() == assignee)
            .or(admins.first())
            .map(|(_, name)| name.clone());
        let conv = Conversation {
            id,
            channel,
            language: None,
            timezone: None,
            agent,
            team: None,
            started_at,
            outcome: c
                .conversation_rating
                .and_then(|r| r.rating)
                .and_then(outcome),
            turns,
        };
        (name, problems, Some(conv))
    }
}

/// tact's channel for a `source.type`.
fn channel(kind: &str) -> Channel {
    match kind.trim().to_ascii_lowercase().as_str() {
        "email" => Channel::Email,
        "phone_call" | "phone_switch" | "call" => Channel::Call,
        "sms" => Channel::Sms,
        _ => Channel::Chat,
    }
}

/// The rating of a conversation (1 to 5) as `good`, `neutral` or `bad`.
fn outcome(rating: f64) -> Option<String> {
    let o = match rating {
        r if (4.0..=5.0).contains(&r) => "good",
        r if (3.0..4.0).contains(&r) => "neutral",
        r if (1.0..3.0).contains(&r) => "bad",
        _ => return None,
    };
    Some(o.to_string())
}
