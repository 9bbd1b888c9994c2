//! The shared vocabulary of tact: what a conversation is, independent of where it was read from
//! and of what is later found in it. No logic lives here beyond parsing and defaults.

use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Who speaks a turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Agent,
    Customer,
    Bot,
    System,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Agent, Role::Customer, Role::Bot, Role::System];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Agent => "agent",
            Role::Customer => "customer",
            Role::Bot => "bot",
            Role::System => "system",
        }
    }

    /// Agents and bots speak for the seller; their turns are the ones seller rules judge.
    pub fn is_seller(self) -> bool {
        matches!(self, Role::Agent | Role::Bot)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error for a role, channel or language name that tact does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownName {
    pub kind: &'static str,
    pub value: String,
    pub expected: &'static str,
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} {:?} (expected one of: {})",
            self.kind, self.value, self.expected
        )
    }
}

impl std::error::Error for UnknownName {}

impl FromStr for Role {
    type Err = UnknownName;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim().to_lowercase();
        Ok(match t.as_str() {
            "agent" | "seller" | "rep" | "operator" => Role::Agent,
            "customer" | "client" | "buyer" | "user" | "caller" => Role::Customer,
            "bot" | "assistant" => Role::Bot,
            "system" => Role::System,
            _ => {
                return Err(UnknownName {
                    kind: "role",
                    value: s.to_string(),
                    expected: "agent, customer, bot, system",
                })
            }
        })
    }
}

/// The medium a conversation happened in; it changes which metrics and thresholds apply.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    // Written messaging of any kind: a web chat, WhatsApp, Messenger, Telegram.
    #[default]
    #[serde(
        alias = "whatsapp",
        alias = "messenger",
        alias = "telegram",
        alias = "webchat",
        alias = "livechat"
    )]
    Chat,
    #[serde(alias = "phone", alias = "voice")]
    Call,
    #[serde(alias = "e-mail", alias = "mail")]
    Email,
    #[serde(alias = "text")]
    Sms,
    Review,
    Script,
}

/// Every name a channel may be written with, as [`Channel::from_str`] and the JSON reader take
/// it (a test keeps the two in step).
pub const CHANNEL_NAMES: &[(&str, Channel)] = &[
    ("chat", Channel::Chat),
    ("whatsapp", Channel::Chat),
    ("messenger", Channel::Chat),
    ("telegram", Channel::Chat),
    ("webchat", Channel::Chat),
    ("livechat", Channel::Chat),
    ("call", Channel::Call),
    ("phone", Channel::Call),
    ("voice", Channel::Call),
    ("email", Channel::Email),
    ("e-mail", Channel::Email),
    ("mail", Channel::Email),
    ("sms", Channel::Sms),
    ("text", Channel::Sms),
    ("review", Channel::Review),
    ("script", Channel::Script),
];

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Chat => "chat",
            Channel::Call => "call",
            Channel::Email => "email",
            Channel::Sms => "sms",
            Channel::Review => "review",
            Channel::Script => "script",
        }
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Channel {
    type Err = UnknownName;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let name = s.trim().to_lowercase();
        CHANNEL_NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|&(_, c)| c)
            .ok_or_else(|| UnknownName {
                kind: "channel",
                value: s.to_string(),
                expected: "chat (or whatsapp, messenger, telegram, webchat, livechat), call (phone, voice), email, sms, review, script",
            })
    }
}

/// A timestamp as written in the input (RFC 3339), offset kept so local hours stay meaningful.
pub type Timestamp = DateTime<FixedOffset>;

/// One utterance or message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Turn {
    pub role: Role,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// Wall-clock time of a message (chat, email).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<Timestamp>,
    /// Seconds from the start of a call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<f64>,
    /// Files attached to the message (e-mail, WhatsApp): not read, but counted.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub attachments: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl Turn {
    pub fn new(role: Role, text: impl Into<String>) -> Self {
        Turn {
            role,
            text: text.into(),
            speaker: None,
            at: None,
            start: None,
            end: None,
            attachments: 0,
        }
    }

    /// Duration in seconds when both call times are known and ordered.
    pub fn duration(&self) -> Option<f64> {
        match (self.start, self.end) {
            (Some(s), Some(e)) if e >= s => Some(e - s),
            _ => None,
        }
    }
}

/// A whole conversation as tact reads it. Unknown input fields are ignored on purpose: exports
/// from CRMs carry dozens of fields we do not need, and none of them should make a record fail.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Conversation {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub channel: Channel,
    /// An ISO 639-1 code given by the input; it overrides detection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    /// IANA time zone of the business side of this conversation (`Europe/Rome`): opening
    /// hours are read in it instead of the team's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    pub turns: Vec<Turn>,
}

impl Conversation {
    /// True when at least one turn carries call times, so time-based metrics apply.
    pub fn is_timed(&self) -> bool {
        self.turns.iter().any(|t| t.start.is_some())
    }
}

/// A half-open byte range into a turn's original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A channel name that a CSV column takes must be taken in JSON too, and the other way
    /// round: a WhatsApp chat exported as JSON Lines says "whatsapp".
    #[test]
    fn every_channel_name_is_read_the_same_from_json_and_text() {
        for &(name, channel) in CHANNEL_NAMES {
            assert_eq!(name.parse::<Channel>().ok(), Some(channel), "{name}");
            let json: Channel = serde_json::from_str(&format!("\"{name}\"")).expect(name);
            assert_eq!(json, channel, "{name}");
        }
        assert_eq!(" WhatsApp ".parse::<Channel>().ok(), Some(Channel::Chat));
        assert!("fax".parse::<Channel>().is_err());
        assert!(serde_json::from_str::<Channel>("\"fax\"").is_err());
        // Written back under its one name.
        assert_eq!(
            serde_json::to_string(&Channel::Chat).expect("serializes"),
            "\"chat\""
        );
    }

    #[test]
    fn unknown_fields_are_ignored_and_defaults_apply() {
        let c: Conversation = serde_json::from_str(
            r#"{"crm_id": 7, "turns": [{"role": "customer", "text": "Ciao", "mood": "x"}]}"#,
        )
        .expect("parses");
        assert_eq!(c.channel, Channel::Chat);
        assert_eq!(c.turns[0].role, Role::Customer);
        assert!(!c.is_timed());
    }

    #[test]
    fn role_and_text_are_required() {
        assert!(serde_json::from_str::<Conversation>(r#"{"turns": [{"text": "hi"}]}"#).is_err());
        assert!(serde_json::from_str::<Conversation>(r#"{"turns": [{"role": "agent"}]}"#).is_err());
    }

    #[test]
    fn rfc3339_times_keep_their_offset() {
        let t: Turn = serde_json::from_str(
            r#"{"role": "agent", "text": "x", "at": "2026-03-06T21:14:00+01:00"}"#,
        )
        .expect("parses");
        assert_eq!(t.at.expect("at").offset().local_minus_utc(), 3600);
    }

    #[test]
    fn role_names_parse_case_insensitively() {
        assert_eq!("Agent".parse::<Role>(), Ok(Role::Agent));
        assert_eq!(" CLIENT ".parse::<Role>(), Ok(Role::Customer));
        assert!("narrator".parse::<Role>().is_err());
        assert_eq!("phone".parse::<Channel>(), Ok(Channel::Call));
    }
}
