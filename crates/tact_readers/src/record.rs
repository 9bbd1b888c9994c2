//! A conversation as JSON and JSON Lines files write it, read leniently where `tact_model`'s
//! own serde derive is strict: role and channel names in any case and in every language tact
//! reads (`"Agent"`, `"CUSTOMER"`, `"Cliente"`, `"Πελάτης"`), as CSV and chat logs accept them.
//! The fields are converted one by one without `..`, so a field added to the model fails to
//! compile here instead of being dropped silently.

use crate::roles::role_word;
use serde::de::{Deserializer, Error};
use serde::Deserialize;
use tact_model::{Channel, Conversation, Role, Timestamp, Turn};

#[derive(Deserialize)]
pub(crate) struct Record {
    #[serde(default)]
    id: String,
    #[serde(default)]
    channel: AnyChannel,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    agent: Option<String>,
    #[serde(default)]
    team: Option<String>,
    #[serde(default)]
    started_at: Option<Timestamp>,
    #[serde(default)]
    outcome: Option<String>,
    #[serde(default)]
    timezone: Option<Zone>,
    turns: Vec<RecordTurn>,
}

/// An IANA time zone name, checked when read so that a misspelt zone is an error naming the
/// record rather than opening hours silently read in the team's zone.
struct Zone(String);

impl<'de> Deserialize<'de> for Zone {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        match name.trim().parse::<chrono_tz::Tz>() {
            Ok(tz) => Ok(Zone(tz.name().to_string())),
            Err(_) => Err(D::Error::custom(format!(
                "unknown time zone {name:?} (an IANA name such as Europe/Rome or UTC)"
            ))),
        }
    }
}

#[derive(Deserialize)]
struct RecordTurn {
    role: AnyRole,
    text: String,
    #[serde(default)]
    speaker: Option<String>,
    #[serde(default)]
    at: Option<Timestamp>,
    #[serde(default)]
    start: Option<f64>,
    #[serde(default)]
    end: Option<f64>,
    #[serde(default)]
    attachments: u32,
}

struct AnyRole(Role);

impl<'de> Deserialize<'de> for AnyRole {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        role_word(&name).map(AnyRole).ok_or_else(|| {
            D::Error::custom(format!(
                "unknown role {name:?} (expected agent, customer, bot or system, in any case, \
                 or a role word in Italian, Greek, Romanian or Finnish)"
            ))
        })
    }
}

#[derive(Default)]
struct AnyChannel(Channel);

impl<'de> Deserialize<'de> for AnyChannel {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        name.parse::<Channel>()
            .map(AnyChannel)
            .map_err(|e| D::Error::custom(e.to_string()))
    }
}

impl From<Record> for Conversation {
    fn from(r: Record) -> Self {
        Conversation {
            id: r.id,
            channel: r.channel.0,
            language: r.language,
            agent: r.agent,
            team: r.team,
            started_at: r.started_at,
            outcome: r.outcome,
            timezone: r.timezone.map(|z| z.0),
            turns: r.turns.into_iter().map(Turn::from).collect(),
        }
    }
}

impl From<RecordTurn> for Turn {
    fn from(t: RecordTurn) -> Self {
        Turn {
            role: t.role.0,
            text: t.text,
            speaker: t.speaker,
            at: t.at,
            start: t.start,
            end: t.end,
            attachments: t.attachments,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_model_field_survives_the_lenient_record() {
        let at = crate::stamps::datetime("2026-03-06T21:03:00+01:00");
        let full = Conversation {
            id: "c-1".into(),
            channel: Channel::Call,
            language: Some("it".into()),
            agent: Some("luca".into()),
            team: Some("north".into()),
            started_at: at,
            outcome: Some("won".into()),
            timezone: Some("Europe/Rome".into()),
            turns: vec![Turn {
                role: Role::Customer,
                text: "Buongiorno".into(),
                speaker: Some("Maria".into()),
                at,
                start: Some(1.5),
                end: Some(3.0),
                attachments: 2,
            }],
        };
        let json = serde_json::to_string(&full).expect("serializes");
        let read: Record = serde_json::from_str(&json).expect("reads");
        assert_eq!(Conversation::from(read), full);
    }

    #[test]
    fn roles_and_channels_match_in_any_case() {
        let json = r#"{"channel": "Phone", "turns": [{"role": "Πελάτης", "text": "a"}]}"#;
        let c = Conversation::from(serde_json::from_str::<Record>(json).expect("reads"));
        assert_eq!(c.channel, Channel::Call);
        assert_eq!(c.turns[0].role, Role::Customer);
        let bad = serde_json::from_str::<Record>(r#"{"turns": [{"role": "x", "text": "a"}]}"#);
        let e = bad.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(e.starts_with("unknown role \"x\""), "{e}");
    }
}
