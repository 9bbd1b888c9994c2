//! What a rule is and what it reports: the trait every rule implements, its registry metadata,
//! and the moment a user sees.

use crate::{Analyzed, RuleConfig, Settings};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;
use tact_model::Span;

/// Rule families; a code's letter names its family.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    Pressure,
    Listening,
    OverService,
    Argument,
    Courtesy,
    Lead,
    Reaction,
}

impl Family {
    pub const ALL: [Family; 7] = [
        Family::Pressure,
        Family::Listening,
        Family::OverService,
        Family::Argument,
        Family::Courtesy,
        Family::Lead,
        Family::Reaction,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Family::Pressure => "pressure",
            Family::Listening => "listening",
            Family::OverService => "over-service",
            Family::Argument => "argument",
            Family::Courtesy => "courtesy",
            Family::Lead => "lead",
            Family::Reaction => "reaction",
        }
    }
    /// The letter every code of this family starts with.
    pub fn code_prefix(self) -> char {
        match self {
            Family::Pressure => 'P',
            Family::Listening => 'N',
            Family::OverService => 'O',
            Family::Argument => 'A',
            Family::Courtesy => 'C',
            Family::Lead => 'L',
            Family::Reaction => 'S',
        }
    }
    /// Default severity: arguing with or insulting a customer costs more than over-serving one.
    pub fn default_severity(self) -> Severity {
        match self {
            Family::Argument | Family::Courtesy => Severity::Error,
            Family::Pressure | Family::Listening | Family::Lead | Family::Reaction => {
                Severity::Warning
            }
            Family::OverService => Severity::Info,
        }
    }
}

impl fmt::Display for Family {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How much a moment matters; ordered so thresholds compare.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Severity {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_lowercase().as_str() {
            "info" => Ok(Severity::Info),
            "warning" | "warn" => Ok(Severity::Warning),
            "error" => Ok(Severity::Error),
            _ => Err(format!(
                "unknown severity {s:?} (expected info, warning or error)"
            )),
        }
    }
}

/// What a rule found: the turn, the evidence span in that turn's original text, and a message
/// that names what was said.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub turn: usize,
    pub span: Span,
    pub message: Message,
    /// How sure the rule is, from what the dialogue around the evidence says.
    pub confidence: Confidence,
}

/// How sure a rule is that what it found is the behaviour its docs describe, from 0 to 1. A rule
/// sets it from the dialogue around the evidence (was the refused thing really an offer, did the
/// reply answer the question); the engine then caps it by how often the same detector was right
/// on the development blind sets (`calibration.rs`), so a detector that is wrong more often than
/// not never reaches the score. Moments under [`Confidence::SCORE_MIN`] are hidden by default,
/// shown with `--min-confidence`, and never count in the score.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, PartialOrd, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct Confidence(pub f32);

impl Confidence {
    /// The dialogue confirms the behaviour (the declined thing was proposed, the question was
    /// left without any answer).
    pub const HIGH: Confidence = Confidence(0.9);
    /// The evidence is what the rule's docs describe, with nothing in the dialogue against it.
    pub const DEFAULT: Confidence = Confidence(0.75);
    /// The evidence is there but the dialogue weakens it (an answer followed, the customer
    /// sounds pleased): shown for review, not counted in the score.
    pub const LOW: Confidence = Confidence(0.35);
    /// The least confidence a moment needs to count in the score.
    pub const SCORE_MIN: Confidence = Confidence(0.5);

    /// A confidence from a value between 0 and 1.
    pub fn new(v: f32) -> Result<Confidence, String> {
        if (0.0..=1.0).contains(&v) {
            Ok(Confidence(v))
        } else {
            Err(format!("confidence {v} is not a number from 0 to 1"))
        }
    }

    /// Parses a value between 0 and 1 (`--min-confidence 0.5`).
    pub fn parse(s: &str) -> Result<Confidence, String> {
        match s.trim().parse::<f32>() {
            Ok(v) => Confidence::new(v),
            Err(_) => Err(format!("confidence {s:?} is not a number from 0 to 1")),
        }
    }
}

/// What a moment says: a key of the `moments.ftl` catalogues (`tact_i18n`) and its arguments,
/// so that the same moment reads in any language tact speaks. Quotes of the conversation and
/// pre-formatted figures are text; counts that choose a plural form are numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, tact_i18n::Arg)>,
}

impl Message {
    pub fn new(key: &'static str) -> Self {
        Message {
            key,
            args: Vec::new(),
        }
    }

    /// A text argument (a quote, a formatted figure, a date).
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, tact_i18n::Arg::Text(value.into())));
        self
    }

    /// A number argument, which selects plural forms.
    pub fn number(mut self, name: &'static str, value: f64) -> Self {
        self.args.push((name, tact_i18n::Arg::Number(value)));
        self
    }

    /// The message in `lang`.
    pub fn render(&self, lang: &str) -> String {
        tact_i18n::try_tr(lang, self.key, self.args.iter().map(|(k, v)| (*k, v)))
            .unwrap_or_else(|| format!("{} (no message in the catalogue)", self.key))
    }

    /// The arguments as JSON, as the report carries them.
    pub(crate) fn json_args(&self) -> BTreeMap<String, serde_json::Value> {
        self.args
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    tact_i18n::Arg::Text(s) => serde_json::Value::from(s.clone()),
                    tact_i18n::Arg::Number(n) => serde_json::Value::from(*n),
                };
                (k.to_string(), v)
            })
            .collect()
    }
}

/// A reported moment's message in `lang`, from the key and arguments the report carries (the
/// web app re-reads stored reports this way).
pub fn message_in(
    lang: &str,
    key: &str,
    args: &BTreeMap<String, serde_json::Value>,
) -> Option<String> {
    let args: Vec<(&str, tact_i18n::Arg)> = args
        .iter()
        .map(|(k, v)| {
            let a = match v {
                serde_json::Value::Number(n) => tact_i18n::Arg::Number(n.as_f64().unwrap_or(0.0)),
                serde_json::Value::String(s) => tact_i18n::Arg::Text(s.clone()),
                other => tact_i18n::Arg::Text(other.to_string()),
            };
            (k.as_str(), a)
        })
        .collect();
    tact_i18n::try_tr(lang, key, args.iter().map(|(k, v)| (*k, v)))
}

/// A rule's advice in `lang`: its docs' *Suggested instead* in English, the `advice.ftl`
/// catalogue in the other languages.
pub fn advice_in(lang: &str, rule: &RuleInfo) -> String {
    if lang == "en" {
        return rule.suggestion();
    }
    let key = format!("advice-{}", rule.id);
    tact_i18n::try_tr(lang, &key, []).unwrap_or_else(|| rule.suggestion())
}

/// Everything a rule may read while checking one conversation.
pub struct CheckContext<'a> {
    pub conv: &'a Analyzed<'a>,
    pub config: &'a RuleConfig,
    pub settings: &'a Settings,
    /// How many times the run has seen each of this rule's corpus keys ([`Rule::corpus_keys`]),
    /// counting this conversation's sightings up to and including that one, in the order the
    /// rule gave the keys; `None` when nothing a rule could learn from it would be shown (see
    /// [`Engine::compares_conversations`]).
    ///
    /// [`Engine::compares_conversations`]: crate::Engine::compares_conversations
    pub corpus: Option<&'a [u32]>,
}

impl CheckContext<'_> {
    /// The opening hours that apply to this conversation: its team's, in its own time zone
    /// when it names one (readers reject an unknown zone, so none is dropped here unseen).
    pub fn hours(&self) -> crate::Hours {
        let c = self.conv.conversation;
        let tz = c
            .timezone
            .as_deref()
            .and_then(|z| crate::config::parse_timezone(z).ok());
        self.settings.hours_for(c.team.as_deref(), tz)
    }
}

/// A rule: reads an analysed conversation and reports findings.
pub trait Rule: Send + Sync {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>);

    /// The message of the one detector of this rule that reads other conversations
    /// (`CheckContext::corpus`), if it has one: the engine counts the rule's corpus keys, in
    /// input order, only while that detector's moments could be shown.
    fn corpus_message(&self) -> Option<&'static str> {
        None
    }

    /// What this rule looks up across the run's conversations, in the order it reads them
    /// (robotic-script: the fingerprints of long agent turns). The engine counts them in input
    /// order, apart from the check, so that the checks themselves can run in parallel and
    /// still see exactly what a run in input order sees.
    fn corpus_keys(&self, _conv: &Analyzed<'_>, _config: &RuleConfig) -> Vec<u64> {
        Vec::new()
    }
}

/// A rule's registry entry: the stable contract (code, id) and its defaults.
pub struct RuleInfo {
    pub code: &'static str,
    pub id: &'static str,
    pub family: Family,
    pub rule: &'static dyn Rule,
    /// Whether `tact lint-script` runs it on agent-only scripts.
    pub scripts: bool,
    /// Off by default: its measured precision on real conversations is below the bar (see
    /// `registry.rs`).
    pub preview: bool,
}

impl RuleInfo {
    pub fn default_severity(&self) -> Severity {
        self.family.default_severity()
    }
    /// The rule's user documentation (its doc comment).
    pub fn docs(&self) -> &'static str {
        crate::docs::raw_docs(self.id)
    }
    /// One line: the first paragraph of *What it detects*.
    pub fn summary(&self) -> String {
        crate::docs::first_paragraph(self.docs(), "What it detects")
    }
    /// What to do instead: the first paragraph of *Suggested instead*.
    pub fn suggestion(&self) -> String {
        crate::docs::first_paragraph(self.docs(), "Suggested instead")
    }
}

impl fmt::Debug for RuleInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code, self.id)
    }
}

/// An OOPS moment as reported to users.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Moment {
    pub rule: &'static str,
    pub code: &'static str,
    pub family: Family,
    pub severity: Severity,
    pub turn: usize,
    /// Byte offsets of the evidence in the turn's text.
    pub start: usize,
    pub end: usize,
    pub evidence: String,
    /// How sure the rule is (see [`Confidence`]).
    pub confidence: Confidence,
    /// What happened, in English.
    pub message: String,
    /// The message's key in the `moments.ftl` catalogues and its arguments, to show it in
    /// another language (`tact analyze --ui-lang`, the web app).
    pub message_key: &'static str,
    pub message_args: BTreeMap<String, serde_json::Value>,
    pub suggestion: String,
    /// An example OK reply, in the conversation's language.
    pub alternative: String,
}
