//! Zendesk tickets with their comments: the conversation between a requester and the agents,
//! as the Tickets and Ticket Comments APIs and the ticket exports write it.
//!
//! # Shapes read
//!
//! | Shape | Where it comes from |
//! |---|---|
//! | `{"tickets": [ticket…], "users": […], "groups": […]}` | a page of the Tickets API or of the incremental export API (`include=users,groups`), each ticket with its `comments` array; the API lists comments apart, so a ticket written without them reads as its `description` alone |
//! | one ticket per line (JSON Lines) | the incremental ticket export, or a page written one ticket a line |
//! | `[ticket…]` or a single ticket object | tickets saved one by one |
//! | `{"ticket": ticket, "comments": […], "users": […]}` | a ticket with its comments fetched beside it |
//! | `{"comments": […], "users": […]}` | a Ticket Comments API response (`/tickets/{id}/comments.json?include=users`) |
//!
//! A page's tickets are handed on when the page ends, because Zendesk writes the side-loaded
//! `users` and `groups` after them; a page over `--max-record-bytes` is read ticket by ticket
//! from then on, its later tickets without the side-loads. JSON Lines and arrays stream ticket by
//! ticket.
//!
//! # Mapping
//!
//! | Zendesk | tact | |
//! |---|---|---|
//! | ticket `id` | `id` | required: a ticket without one is reported and skipped; a comments response, which names no ticket, is `file#N` |
//! | ticket `via.channel` | `channel` | see below |
//! | `assignee` (`{"name": …}`), else the side-loaded user of `assignee_id` | `agent` | left empty without a name |
//! | `group` (`{"name": …}`), else the side-loaded group of `group_id` | `team` | left empty without a name |
//! | ticket `created_at` | `started_at` | else the first public comment's time |
//! | `satisfaction_rating.score` | `outcome` | `good` → `good`, `bad` → `bad`; `offered`, `unoffered` → none |
//! | comment with `"public": false` | — | an internal note: skipped |
//! | comment `plain_body`, else `body`, else `html_body` as text | turn `text` | none of them: reported, the comment left out |
//! | comment `author_id` | turn `role` | see below |
//! | the side-loaded user's `name` | turn `speaker` | |
//! | comment `created_at` | turn `at` | |
//! | comment `attachments` | turn `attachments` | counted |
//! | ticket `description` | the one customer turn | only for a ticket written without `comments` |
//!
//! **Roles.** When the author is among the side-loaded `users`, their `role` decides:
//! `end-user` is the customer, `agent` and `admin` are agents. Otherwise an author whose
//! `author_id` is the ticket's `requester_id` is the customer and every other author an agent
//! (so a colleague the customer copied in reads as an agent unless users are side-loaded). In a
//! comments response, with no ticket to name the requester, the author of the first public
//! comment is taken as the requester.
//!
//! **Channels** (`via.channel`): `email` → email; `voice`, `phone`, `voicemail` → call; `sms` → sms;
//! `chat`, `native_messaging`, `messaging`, `mobile_sdk`, `facebook`, `twitter`,
//! `instagram_dm`, `whatsapp`, `line`, `wechat`, `telegram`, `any_channel` → chat; any other
//! (`web`, `help_center`, `mobile`, `api`, `rule`…) → email, since a web-form ticket is answered
//! by e-mail. Without `via`: the default channel (`ReadOptions::default_channel`), else email.

use super::walk::{self, Handler, ListKind, Sink, TooLarge};
use super::{body, decode, decode_record, emit_record, id, label, name_of, time, Made};
use crate::{ReadError, ReadOptions};
use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashMap;
use tact_model::{Channel, Conversation, Role, Turn};

/// Reads Zendesk tickets with their comments (`--input-format zendesk`).
pub struct ZendeskReader;

walk::walked_reader!(ZendeskReader, |source, opts| Tickets {
    source,
    opts,
    n: 0,
    pending: Vec::new(),
    pending_bytes: 0,
    streaming: false,
});

#[derive(Deserialize, Default)]
#[serde(default)]
struct Ticket {
    #[serde(deserialize_with = "id")]
    id: Option<String>,
    #[serde(deserialize_with = "id")]
    requester_id: Option<String>,
    #[serde(deserialize_with = "id")]
    assignee_id: Option<String>,
    #[serde(deserialize_with = "id")]
    group_id: Option<String>,
    assignee: Option<Value>,
    group: Option<Value>,
    via: Option<Via>,
    satisfaction_rating: Option<Value>,
    created_at: Option<String>,
    subject: Option<String>,
    description: Option<String>,
    status: Option<String>,
    comments: Option<Vec<Comment>>,
    /// `{"ticket": …, "comments": […]}`: the ticket beside its comments.
    ticket: Option<Box<Ticket>>,
    users: Option<Vec<User>>,
    groups: Option<Vec<Group>>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Via {
    channel: Option<Value>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Comment {
    #[serde(deserialize_with = "id")]
    author_id: Option<String>,
    plain_body: Option<String>,
    body: Option<String>,
    html_body: Option<String>,
    public: Option<bool>,
    created_at: Option<String>,
    attachments: Option<Vec<IgnoredAny>>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct User {
    #[serde(deserialize_with = "id")]
    id: Option<String>,
    name: Option<String>,
    role: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Group {
    #[serde(deserialize_with = "id")]
    id: Option<String>,
    name: Option<String>,
}

/// What a page or a record side-loads besides its tickets.
#[derive(Deserialize, Default)]
#[serde(default)]
struct SideLoads {
    users: Option<Vec<User>>,
    groups: Option<Vec<Group>>,
}

/// Side-loaded users and groups by id.
#[derive(Default)]
struct Directory {
    users: HashMap<String, User>,
    groups: HashMap<String, String>,
}

impl Directory {
    fn new(users: Option<Vec<User>>, groups: Option<Vec<Group>>) -> Self {
        let users = users
            .unwrap_or_default()
            .into_iter()
            .filter_map(|u| Some((u.id.clone()?, u)))
            .collect();
        let groups = groups
            .unwrap_or_default()
            .into_iter()
            .filter_map(|g| Some((g.id?, g.name?)))
            .collect();
        Directory { users, groups }
    }
}

/// A ticket of a page, held until the page's side-loads are read.
struct Pending {
    n: usize,
    line: usize,
    ticket: Result<Ticket, String>,
}

struct Tickets<'a> {
    source: &'a str,
    opts: &'a ReadOptions,
    /// Records so far.
    n: usize,
    pending: Vec<Pending>,
    pending_bytes: usize,
    /// The page outgrew the record limit: its tickets are handed on as they come.
    streaming: bool,
}

impl Handler for Tickets<'_> {
    fn lists(&self) -> &'static [(&'static str, ListKind)] {
        &[("tickets", ListKind::Records)]
    }

    fn record(&mut self, value: Result<&[u8], TooLarge>, line: usize, sink: &mut Sink) {
        self.n += 1;
        let ticket = decode_record(value, line, self.opts.max_record_bytes);
        if self.streaming {
            return self.convert(self.n, line, ticket, &Directory::default(), sink);
        }
        self.pending_bytes += value.map_or(0, <[u8]>::len);
        self.pending.push(Pending {
            n: self.n,
            line,
            ticket,
        });
        if self.pending_bytes > self.opts.max_record_bytes {
            self.flush(&Directory::default(), sink);
            self.streaming = true;
        }
    }

    fn part(&mut self, _: Result<&[u8], TooLarge>, _: usize, _: &mut Sink) {}

    fn object(
        &mut self,
        rest: Result<&[u8], TooLarge>,
        line: usize,
        had_records: bool,
        sink: &mut Sink,
    ) {
        if had_records {
            let side = match rest {
                Ok(bytes) => decode::<SideLoads>(bytes, line),
                Err(TooLarge) => Err(format!(
                    "over {} bytes (raise --max-record-bytes)",
                    self.opts.max_record_bytes
                )),
            };
            let directory = match side {
                Ok(side) => Directory::new(side.users, side.groups),
                Err(e) => {
                    sink(Err(ReadError::new(
                        self.source,
                        line,
                        format!(
                            "the users and groups side-loaded with the tickets cannot be read: \
                             {e}; the tickets are read without them"
                        ),
                    )));
                    Directory::default()
                }
            };
            self.flush(&directory, sink);
            self.streaming = false;
            return;
        }
        self.n += 1;
        let ticket = decode_record(rest, line, self.opts.max_record_bytes);
        self.convert(self.n, line, ticket, &Directory::default(), sink);
    }

    fn finish(&mut self, sink: &mut Sink) {
        self.flush(&Directory::default(), sink);
        self.streaming = false;
    }
}

impl Tickets<'_> {
    fn flush(&mut self, directory: &Directory, sink: &mut Sink) {
        for p in std::mem::take(&mut self.pending) {
            self.convert(p.n, p.line, p.ticket, directory, sink);
        }
        self.pending_bytes = 0;
    }

    fn convert(
        &self,
        n: usize,
        line: usize,
        ticket: Result<Ticket, String>,
        page: &Directory,
        sink: &mut Sink,
    ) {
        let made = ticket.map(|t| self.conversation(n, line, t, page));
        emit_record(self.source, n, line, made, sink);
    }

    /// The conversation of one ticket (or comments response), its name in messages and the
    /// problems found on the way.
    fn conversation(&self, n: usize, line: usize, mut t: Ticket, page: &Directory) -> Made {
        if let Some(mut inner) = t.ticket.take() {
            if inner.comments.is_none() {
                inner.comments = t.comments.take();
            }
            let mut users = t.users.take().unwrap_or_default();
            users.extend(inner.users.take().unwrap_or_default());
            let mut groups = t.groups.take().unwrap_or_default();
            groups.extend(inner.groups.take().unwrap_or_default());
            inner.users = Some(users);
            inner.groups = Some(groups);
            t = *inner;
        }
        let own = Directory::new(t.users.take(), t.groups.take());
        let user = |id: &str| own.users.get(id).or_else(|| page.users.get(id));
        let group = |id: &str| own.groups.get(id).or_else(|| page.groups.get(id));
        let mut problems = Vec::new();
        let comments_only = t.comments.is_some()
            && t.id.is_none()
            && t.requester_id.is_none()
            && t.via.is_none()
            && t.subject.is_none()
            && t.description.is_none()
            && t.status.is_none()
            && t.created_at.is_none();
        let (id, name) = match t.id.take() {
            Some(id) => {
                let name = label(n, "ticket", Some(&id));
                (id, name)
            }
            None if comments_only => (format!("{}#{n}", self.source), label(n, "", None)),
            None => {
                problems.push((line, "the ticket has no `id`".to_string()));
                return (label(n, "ticket", None), problems, None);
            }
        };
        let had_comments = t.comments.is_some();
        let comments = t.comments.take().unwrap_or_default();
        let requester = t.requester_id.clone().or_else(|| {
            comments
                .iter()
                .find(|c| c.public != Some(false))
                .and_then(|c| c.author_id.clone())
        });
        let mut turns = Vec::new();
        let mut notes = 0;
        for (k, c) in comments.iter().enumerate() {
            let k = k + 1;
            if c.public == Some(false) {
                notes += 1;
                continue;
            }
            let attachments = c.attachments.as_ref().map_or(0, Vec::len);
            let text = body(
                &[c.plain_body.as_deref(), c.body.as_deref()],
                c.html_body.as_deref(),
            );
            let text = match text {
                Some(text) => text,
                None if attachments > 0 => String::new(),
                None => {
                    problems.push((
                        line,
                        format!("comment {k} has no body (plain_body, body or html_body); it is left out"),
                    ));
                    continue;
                }
            };
            let Some(author) = c.author_id.as_deref() else {
                problems.push((
                    line,
                    format!("comment {k} has no author_id; it is left out"),
                ));
                continue;
            };
            let known = user(author);
            let role = match known.and_then(|u| u.role.as_deref()) {
                Some("end-user") => Role::Customer,
                Some("agent" | "admin") => Role::Agent,
                _ if requester.as_deref() == Some(author) => Role::Customer,
                _ => Role::Agent,
            };
            let mut turn = Turn::new(role, text);
            turn.speaker = known
                .and_then(|u| u.name.as_deref())
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string);
            turn.at = time(
                c.created_at.as_deref(),
                &format!("comment {k}: created_at"),
                &mut problems,
                line,
            );
            turn.attachments = u32::try_from(attachments).unwrap_or(u32::MAX);
            turns.push(turn);
        }
        let created = time(t.created_at.as_deref(), "created_at", &mut problems, line);
        if !had_comments {
            // A ticket written without its comments still has the request that opened it.
            if let Some(text) = t
                .description
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                let mut turn = Turn::new(Role::Customer, text);
                turn.speaker = requester
                    .as_deref()
                    .and_then(user)
                    .and_then(|u| u.name.clone());
                turn.at = created;
                turns.push(turn);
            }
        }
        if turns.is_empty() && notes > 0 {
            problems.push((
                line,
                format!("no public messages ({notes} internal notes skipped)"),
            ));
            return (name, problems, None);
        }
        let agent = t.assignee.as_ref().and_then(name_of).or_else(|| {
            t.assignee_id
                .as_deref()
                .and_then(user)
                .and_then(|u| u.name.clone())
        });
        let team = t
            .group
            .as_ref()
            .and_then(name_of)
            .or_else(|| t.group_id.as_deref().and_then(group).cloned());
        let via = t
            .via
            .as_ref()
            .and_then(|v| v.channel.as_ref())
            .and_then(Value::as_str);
        let conv = Conversation {
            id,
            channel: via
                .map(channel)
                .or(self.opts.default_channel)
                .unwrap_or(Channel::Email),
            language: None,
            timezone: None,
            agent,
            team,
            started_at: created.or_else(|| turns.iter().find_map(|t| t.at)),
            outcome: t.satisfaction_rating.as_ref().and_then(outcome),
            turns,
        };
        (name, problems, Some(conv))
    }
}

/// tact's channel for a `via.channel`.
fn channel(via: &str) -> Channel {
    match via.trim().to_ascii_lowercase().as_str() {
        "email" | "mail" => Channel::Email,
        "voice" | "phone" | "voicemail" => Channel::Call,
        "sms" | "text" => Channel::Sms,
        "chat" | "native_messaging" | "messaging" | "web_messaging" | "mobile_sdk" | "facebook"
        | "twitter" | "instagram_dm" | "whatsapp" | "line" | "wechat" | "telegram" | "viber"
        | "any_channel" => Channel::Chat,
        _ => Channel::Email,
    }
}

/// `good` or `bad` from a satisfaction rating; offered-but-unanswered is no outcome.
fn outcome(rating: &Value) -> Option<String> {
    let score = match rating {
        Value::Object(o) => o.get("score")?.as_str()?,
        Value::String(s) => s,
        _ => return None,
    };
    let score = score.trim().to_ascii_lowercase();
    ["good", "bad"]
        .into_iter()
        .find(|s| score.starts_with(s))
        .map(str::to_string)
}
