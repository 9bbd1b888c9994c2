//! Freshdesk tickets with their conversations, as the Freshdesk API writes a ticket viewed with
//! `include=conversations` (`GET /api/v2/tickets/{id}?include=conversations,requester`).
//!
//! # Shapes read
//!
//! A single ticket object, an array of them (`[ticket…]`, streamed ticket by ticket), or one
//! ticket per line (JSON Lines). The ticket list API does not include conversations; view each
//! ticket with `include=conversations` for the whole thread.
//!
//! # Mapping
//!
//! | Freshdesk | tact | |
//! |---|---|---|
//! | `id` | `id` | required: a ticket without one is reported and skipped |
//! | `source` | `channel` | 1 (email), 2 (portal), 9 (feedback widget), 10 (outbound email) → email; 3 (phone) → call; 7 (chat) → chat; any other, or none: the default channel (`ReadOptions::default_channel`), else email |
//! | `created_at` | `started_at` | |
//! | `description_text`, else `description` (HTML) as text | the first turn | the customer's, with the requester's name and the ticket's `created_at`; for an outbound e-mail (`source` 10) the agent's |
//! | `requester.name` (`include=requester`) | turn `speaker` | of the customer's turns written by the requester |
//! | `conversations[]` with `"private": true` | — | a note: skipped |
//! | `conversations[]` | the next turns | in their order |
//! | `incoming` | turn `role` | `true` → customer, otherwise agent |
//! | `body_text`, else `body` (HTML) as text | turn `text` | none: reported, the reply left out |
//! | `created_at` | turn `at` | |
//! | `attachments` | turn `attachments` | counted |
//! | — | `agent`, `team`, `outcome`, `language` | Freshdesk names agents and groups by id only (`responder_id`, `group_id`), keeps satisfaction ratings apart from tickets, and records no conversation language |

use super::walk::{self, Handler, ListKind, Sink, TooLarge};
use super::{body, decode_record, emit_record, id, label, time, Made};
use crate::ReadOptions;
use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::Value;
use tact_model::{Channel, Conversation, Role, Turn};

/// Reads Freshdesk tickets with their conversations (`--input-format freshdesk`).
pub struct FreshdeskReader;

walk::walked_reader!(FreshdeskReader, |source, opts| Tickets {
    source,
    opts,
    n: 0
});

#[derive(Deserialize, Default)]
#[serde(default)]
struct Ticket {
    #[serde(deserialize_with = "id")]
    id: Option<String>,
    #[serde(deserialize_with = "id")]
    requester_id: Option<String>,
    requester: Option<Requester>,
    source: Option<Value>,
    created_at: Option<String>,
    description_text: Option<String>,
    description: Option<String>,
    conversations: Option<Vec<Reply>>,
    attachments: Option<Vec<IgnoredAny>>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Requester {
    name: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Reply {
    #[serde(deserialize_with = "id")]
    user_id: Option<String>,
    body_text: Option<String>,
    body: Option<String>,
    incoming: Option<bool>,
    private: Option<bool>,
    created_at: Option<String>,
    attachments: Option<Vec<IgnoredAny>>,
}

struct Tickets<'a> {
    source: &'a str,
    opts: &'a ReadOptions,
    n: usize,
}

impl Handler for Tickets<'_> {
    fn lists(&self) -> &'static [(&'static str, ListKind)] {
        &[]
    }

    fn record(&mut self, _: Result<&[u8], TooLarge>, _: usize, _: &mut Sink) {}

    fn part(&mut self, _: Result<&[u8], TooLarge>, _: usize, _: &mut Sink) {}

    fn object(&mut self, rest: Result<&[u8], TooLarge>, line: usize, _: bool, sink: &mut Sink) {
        self.n += 1;
        let n = self.n;
        let made = decode_record(rest, line, self.opts.max_record_bytes)
            .map(|t| self.conversation(n, line, t));
        emit_record(self.source, n, line, made, sink);
    }

    fn finish(&mut self, _: &mut Sink) {}
}

impl Tickets<'_> {
    fn conversation(&self, n: usize, line: usize, t: Ticket) -> Made {
        let mut problems = Vec::new();
        let Some(id) = t.id else {
            problems.push((line, "the ticket has no `id`".to_string()));
            return (label(n, "ticket", None), problems, None);
        };
        let name = label(n, "ticket", Some(&id));
        let source = t.source.as_ref().and_then(source_number);
        let requester = t
            .requester
            .and_then(|r| r.name)
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty());
        let created = time(t.created_at.as_deref(), "created_at", &mut problems, line);
        let mut turns = Vec::new();
        if let Some(text) = body(&[t.description_text.as_deref()], t.description.as_deref()) {
            // An outbound e-mail ticket is opened by the agent.
            let role = if source == Some(10) {
                Role::Agent
            } else {
                Role::Customer
            };
            let mut turn = Turn::new(role, text);
            if role == Role::Customer {
                turn.speaker = requester.clone();
            }
            turn.at = created;
            turn.attachments = count(&t.attachments);
            turns.push(turn);
        }
        let mut notes = 0;
        for (k, r) in t.conversations.unwrap_or_default().into_iter().enumerate() {
            let k = k + 1;
            if r.private == Some(true) {
                notes += 1;
                continue;
            }
            let attachments = count(&r.attachments);
            let text = match body(&[r.body_text.as_deref()], r.body.as_deref()) {
                Some(text) => text,
                None if attachments > 0 => String::new(),
                None => {
                    problems.push((
                        line,
                        format!("conversation {k} has no body (body_text or body); it is left out"),
                    ));
                    continue;
                }
            };
            let role = if r.incoming == Some(true) {
                Role::Customer
            } else {
                Role::Agent
            };
            let mut turn = Turn::new(role, text);
            if role == Role::Customer && r.user_id.is_some() && r.user_id == t.requester_id {
                turn.speaker = requester.clone();
            }
            turn.at = time(
                r.created_at.as_deref(),
                &format!("conversation {k}: created_at"),
                &mut problems,
                line,
            );
            turn.attachments = attachments;
            turns.push(turn);
        }
        if turns.is_empty() && notes > 0 {
            problems.push((
                line,
                format!("no public messages ({notes} private notes skipped)"),
            ));
            return (name, problems, None);
        }
        let conv = Conversation {
            id,
            channel: source
                .and_then(channel)
                .or(self.opts.default_channel)
                .unwrap_or(Channel::Email),
            language: None,
            timezone: None,
            agent: None,
            team: None,
            started_at: created,
            outcome: None,
            turns,
        };
        (name, problems, Some(conv))
    }
}

fn count(attachments: &Option<Vec<IgnoredAny>>) -> u32 {
    let n = attachments.as_ref().map_or(0, Vec::len);
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A ticket's `source`, a number (some exports write it as a string).
fn source_number(v: &Value) -> Option<u64> {
    match v {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// tact's channel for the documented ticket sources.
fn channel(source: u64) -> Option<Channel> {
    match source {
        1 | 2 | 9 | 10 => Some(Channel::Email),
        3 => Some(Channel::Call),
        7 => Some(Channel::Chat),
        _ => None,
    }
}
