//! Amazon Connect Contact Lens analysis output: the JSON transcript Contact Lens writes to the
//! instance's S3 bucket for each analysed contact (`Analysis/Voice/…/<contact id>_analysis_….json`).
//! Contact centres on Amazon Connect already have every call transcribed and split by speaker
//! there, with times; reading it as a timed call gives tact's call metrics (talk ratio,
//! interruptions, silences) without another transcription.
//!
//! # Shapes read
//!
//! One analysis file per contact; several in a top-level array or one per line (JSON Lines) are
//! read one after the other. The `Transcript` array is streamed item by item, so a problem names
//! the line of its item.
//!
//! # Mapping
//!
//! | Contact Lens | tact | |
//! |---|---|---|
//! | `CustomerMetadata.ContactId` | `id` | without it, the file name (`file#N` after the first record) |
//! | `Channel` | `channel` | `VOICE`, or none → call; `CHAT` → chat |
//! | `LanguageCode` (`it-IT`) | `language` (`it`) | |
//! | `Participants[]`: `ParticipantRole` of the item's `ParticipantId` | turn `role` | `AGENT`, `SUPERVISOR` → agent; `CUSTOMER` → customer; `CUSTOM_BOT` → bot; `SYSTEM` → system. An item's own `ParticipantRole` wins; without a participant list, an id that is itself a role (`"AGENT"`, as in voice files) is taken as one |
//! | `Transcript[].Content` | turn `text` | none: reported, the item left out |
//! | `BeginOffsetMillis`, `EndOffsetMillis` | turn `start`, `end` | milliseconds from the start of the contact, as seconds |
//! | `AbsoluteTime` (chat analysis) | turn `at` | an item needs either this or `BeginOffsetMillis` |
//! | `DisplayName` (chat analysis) | turn `speaker` | |
//! | items whose `ContentType` is a Connect event (participant joined, typing…) | — | skipped: not messages |
//! | `Sentiment`, `LoudnessScore`, `Redaction`, `Categories`, `ConversationCharacteristics` | — | left aside: tact finds its own moments |
//! | — | `agent`, `team`, `outcome` | not in the file |
//!
//! Genesys Cloud and Twilio Voice Intelligence transcripts are not read: Twilio's transcript
//! sentences name only a media channel number (which channel is the agent lives in another
//! resource), and whether the phrase times of a Genesys transcript (`startTimeMs`) are offsets
//! or wall-clock times could not be settled from its public documentation.

use crate::helpdesk::walk::{self, Handler, ListKind, Sink, TooLarge};
use crate::helpdesk::{decode, decode_record, emit, has_key, label, time, unreadable};
use crate::{checks, ReadOptions};
use serde::Deserialize;
use std::collections::HashMap;
use tact_model::{Channel, Conversation, Role, Turn};

/// Reads Amazon Connect Contact Lens analysis files (`--input-format connect`).
pub struct ConnectReader;

/// Whether the head of a JSON file looks like Contact Lens analysis output: its participant
/// roles, with call offsets or the contact's metadata; never tact's own JSON.
pub(crate) fn sniff(head: &[u8]) -> bool {
    !has_key(head, "turns")
        && has_key(head, "ParticipantRole")
        && (has_key(head, "BeginOffsetMillis") || has_key(head, "CustomerMetadata"))
}

walk::walked_reader!(ConnectReader, |source, opts| Contacts {
    source,
    opts,
    n: 0,
    items: Vec::new(),
});

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "PascalCase")]
struct Analysis {
    channel: Option<String>,
    language_code: Option<String>,
    participants: Option<Vec<Participant>>,
    customer_metadata: Option<Metadata>,
    /// Only when not streamed (a `Transcript` that is not an array).
    transcript: Option<Vec<Item>>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "PascalCase")]
struct Participant {
    participant_id: Option<String>,
    participant_role: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "PascalCase")]
struct Metadata {
    contact_id: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "PascalCase")]
struct Item {
    participant_id: Option<String>,
    participant_role: Option<String>,
    content: Option<String>,
    content_type: Option<String>,
    begin_offset_millis: Option<f64>,
    end_offset_millis: Option<f64>,
    absolute_time: Option<String>,
    display_name: Option<String>,
}

struct Contacts<'a> {
    source: &'a str,
    opts: &'a ReadOptions,
    n: usize,
    /// The transcript items of the contact being read, with their lines.
    items: Vec<(usize, Result<Item, String>)>,
}

impl Handler for Contacts<'_> {
    fn lists(&self) -> &'static [(&'static str, ListKind)] {
        &[("Transcript", ListKind::Parts)]
    }

    fn record(&mut self, _: Result<&[u8], TooLarge>, _: usize, _: &mut Sink) {}

    fn part(&mut self, value: Result<&[u8], TooLarge>, line: usize, _: &mut Sink) {
        if let Ok(bytes) = value {
            self.items.push((line, decode::<Item>(bytes, line)));
        }
    }

    fn object(&mut self, rest: Result<&[u8], TooLarge>, line: usize, _: bool, sink: &mut Sink) {
        self.n += 1;
        let n = self.n;
        let items = std::mem::take(&mut self.items);
        match decode_record(rest, line, self.opts.max_record_bytes) {
            Ok(a) => self.convert(n, line, a, items, sink),
            Err(reason) => sink(Err(unreadable(self.source, n, line, &reason))),
        }
    }

    fn finish(&mut self, _: &mut Sink) {
        self.items.clear();
    }
}

impl Contacts<'_> {
    fn convert(
        &self,
        n: usize,
        line: usize,
        a: Analysis,
        mut items: Vec<(usize, Result<Item, String>)>,
        sink: &mut Sink,
    ) {
        let contact = a
            .customer_metadata
            .and_then(|m| m.contact_id)
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty());
        let name = label(n, "contact", contact.as_deref());
        let id = contact.unwrap_or_else(|| match n {
            1 => self.source.to_string(),
            _ => format!("{}#{n}", self.source),
        });
        items.extend(
            a.transcript
                .unwrap_or_default()
                .into_iter()
                .map(|i| (line, Ok(i))),
        );
        let roles: HashMap<String, String> = a
            .participants
            .unwrap_or_default()
            .into_iter()
            .filter_map(|p| Some((p.participant_id?, p.participant_role?)))
            .collect();
        let mut problems = Vec::new();
        let mut turns = Vec::new();
        let mut turn_lines = Vec::new();
        for (k, (at, item)) in items.into_iter().enumerate() {
            let what = format!("Transcript item {}", k + 1);
            let item = match item {
                Ok(item) => item,
                Err(e) => {
                    problems.push((at, format!("{what}: {e}")));
                    continue;
                }
            };
            if item
                .content_type
                .as_deref()
                .is_some_and(|t| t.starts_with("application/vnd.amazonaws.connect.event"))
            {
                continue;
            }
            match self.turn(&item, &roles, at, &mut problems) {
                Ok(turn) => {
                    turns.push(turn);
                    turn_lines.push(at);
                }
                Err(e) => problems.push((at, format!("{what}: {e}; it is left out"))),
            }
        }
        let chat = a
            .channel
            .as_deref()
            .is_some_and(|c| c.trim().eq_ignore_ascii_case("chat"));
        let conv = Conversation {
            id,
            channel: if chat { Channel::Chat } else { Channel::Call },
            language: a.language_code.as_deref().and_then(language),
            timezone: None,
            agent: None,
            team: None,
            started_at: turns.iter().find_map(|t| t.at),
            outcome: None,
            turns,
        };
        let turn_line = |i: usize| turn_lines.get(i).copied().unwrap_or(line);
        emit(
            self.source,
            &name,
            problems,
            Some(conv),
            line,
            &turn_line,
            sink,
        );
    }

    fn turn(
        &self,
        item: &Item,
        roles: &HashMap<String, String>,
        line: usize,
        problems: &mut Vec<(usize, String)>,
    ) -> Result<Turn, String> {
        let role_name = item
            .participant_role
            .clone()
            .or_else(|| {
                let id = item.participant_id.as_deref()?;
                roles.get(id).cloned().or_else(|| Some(id.to_string()))
            })
            .ok_or("no ParticipantId")?;
        let role = match role_name.trim().to_ascii_uppercase().as_str() {
            "AGENT" | "SUPERVISOR" => Role::Agent,
            "CUSTOMER" => Role::Customer,
            "CUSTOM_BOT" | "BOT" => Role::Bot,
            "SYSTEM" => Role::System,
            _ => {
                return Err(format!(
                    "participant {role_name:?} has no known role (AGENT, CUSTOMER, SUPERVISOR, \
                     CUSTOM_BOT or SYSTEM in Participants)"
                ))
            }
        };
        let text = item
            .content
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .ok_or("no Content")?;
        let mut turn = Turn::new(role, text);
        turn.speaker = item
            .display_name
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        turn.start = item.begin_offset_millis.map(|ms| ms / 1000.0);
        turn.end = item.end_offset_millis.map(|ms| ms / 1000.0);
        checks::turn_times(&turn)?;
        turn.at = time(
            item.absolute_time.as_deref(),
            "AbsoluteTime",
            problems,
            line,
        );
        if turn.start.is_none() && turn.at.is_none() {
            return Err("no BeginOffsetMillis".into());
        }
        Ok(turn)
    }
}

/// `it` from `it-IT`.
fn language(code: &str) -> Option<String> {
    let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (primary.len() == 2 && primary.bytes().all(|b| b.is_ascii_lowercase())).then_some(primary)
}
