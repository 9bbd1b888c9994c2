//! Settings from `tact.toml`: which rules run, their severities and options, opening hours.
//! Raw TOML is validated once here so rules read typed values and a typo is an error, not a
//! silently ignored option.

use crate::{Confidence, RuleInfo, Severity, RULES};
use chrono::{DateTime, Datelike, Duration, NaiveTime, TimeZone, Timelike, Weekday};
use chrono_tz::Tz;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The parser's message already shows the line; it is not kept as a `source` as well, or
    /// error chains would print it twice.
    #[error("invalid configuration: {0}")]
    Toml(Box<toml::de::Error>),
    #[error("unknown rule {0:?} in configuration (see `tact rules`)")]
    UnknownRule(String),
    #[error("min_confidence: {0}")]
    Confidence(String),
    #[error("unknown time zone {0:?}")]
    TimeZone(String),
    #[error("invalid time {0:?} (expected HH:MM)")]
    Time(String),
    #[error("invalid weekday {0:?} (expected mon, tue, wed, thu, fri, sat, sun)")]
    Weekday(String),
    #[error("rule {rule} has no option {option:?} (documented options: {known})")]
    UnknownOption {
        rule: String,
        option: String,
        known: String,
    },
    #[error("option {option:?} of rule {rule} must be {expected}")]
    Option {
        rule: String,
        option: String,
        expected: &'static str,
    },
}

impl From<toml::de::Error> for ConfigError {
    fn from(e: toml::de::Error) -> Self {
        ConfigError::Toml(Box::new(e))
    }
}

/// Opening hours in a time zone; lead rules count delays inside them.
#[derive(Debug, Clone)]
pub struct Hours {
    pub timezone: Tz,
    pub open: NaiveTime,
    pub close: NaiveTime,
    pub days: Vec<Weekday>,
}

impl Default for Hours {
    fn default() -> Self {
        Hours {
            timezone: chrono_tz::UTC,
            open: NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default(),
            close: NaiveTime::from_hms_opt(18, 0, 0).unwrap_or_default(),
            days: vec![
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
            ],
        }
    }
}

impl Hours {
    /// Whether the business is open at instant `t`.
    pub fn is_open<O: TimeZone>(&self, t: &DateTime<O>) -> bool {
        let local = t.with_timezone(&self.timezone);
        self.days.contains(&local.weekday())
            && local.time() >= self.open
            && local.time() < self.close
    }

    /// The first opening after instant `t` (the opening of the next open day, or of today when
    /// `t` is before today's opening), if any day is open at all.
    pub fn next_opening<O: TimeZone>(&self, t: &DateTime<O>) -> Option<DateTime<Tz>> {
        let t = t.with_timezone(&self.timezone);
        (0..8).find_map(|d| {
            let day = t.date_naive() + Duration::days(d);
            if !self.days.contains(&day.weekday()) {
                return None;
            }
            self.timezone
                .from_local_datetime(&day.and_time(self.open))
                .earliest()
                .filter(|o| *o > t)
        })
    }

    /// Seconds between `a` and `b` that fall inside opening hours (0 if `b` is before `a`).
    pub fn open_seconds_between<O: TimeZone>(&self, a: &DateTime<O>, b: &DateTime<O>) -> i64 {
        let (a, b) = (
            a.with_timezone(&self.timezone),
            b.with_timezone(&self.timezone),
        );
        if b <= a {
            return 0;
        }
        let mut total = 0i64;
        let mut day = a.date_naive();
        let last = b.date_naive();
        while day <= last {
            if self.days.contains(&day.weekday()) {
                let (Some(o), Some(c)) = (
                    self.timezone
                        .from_local_datetime(&day.and_time(self.open))
                        .earliest(),
                    self.timezone
                        .from_local_datetime(&day.and_time(self.close))
                        .earliest(),
                ) else {
                    day += Duration::days(1);
                    continue;
                };
                let s = if a > o { a } else { o };
                let e = if b < c { b } else { c };
                if e > s {
                    total += (e - s).num_seconds();
                }
            }
            day += Duration::days(1);
        }
        total
    }

    /// Minutes since midnight of the opening time, for display.
    pub fn describe(&self) -> String {
        format!(
            "{:02}:{:02}-{:02}:{:02} {}",
            self.open.hour(),
            self.open.minute(),
            self.close.hour(),
            self.close.minute(),
            self.timezone
        )
    }
}

/// One rule's settings: severity override and options.
#[derive(Debug, Clone, Default)]
pub struct RuleConfig {
    pub id: String,
    pub severity: Option<Severity>,
    pub options: toml::Table,
}

impl RuleConfig {
    fn num(&self, name: &str) -> Option<f64> {
        match self.options.get(name)? {
            toml::Value::Integer(i) => Some(*i as f64),
            toml::Value::Float(f) => Some(*f),
            _ => None,
        }
    }
    pub fn f64(&self, name: &str, default: f64) -> f64 {
        self.num(name).unwrap_or(default)
    }
    pub fn usize(&self, name: &str, default: usize) -> usize {
        self.num(name).map_or(default, |v| v.max(0.0) as usize)
    }
    pub fn bool(&self, name: &str, default: bool) -> bool {
        self.options
            .get(name)
            .and_then(toml::Value::as_bool)
            .unwrap_or(default)
    }
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawHours {
    timezone: Option<String>,
    open: Option<String>,
    close: Option<String>,
    days: Option<Vec<String>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawTeam {
    timezone: Option<String>,
    open: Option<String>,
    close: Option<String>,
    days: Option<Vec<String>>,
    /// Rules (codes, ids, families) this team does not want raised.
    #[serde(default)]
    silence: Vec<String>,
    /// Phrases whose moments this team does not want raised (matched in the evidence,
    /// ignoring case and accents).
    #[serde(default)]
    silence_phrases: Vec<String>,
    /// The team's own OK replies: rule → language → reply, shown instead of the built-in one.
    #[serde(default)]
    alternatives: BTreeMap<String, BTreeMap<String, String>>,
}

/// What one team has silenced for itself: a false alarm fixed once, not every day.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Silence {
    /// Rule selectors, as in `ignore`.
    pub rules: Vec<String>,
    /// Phrases as written; matched folded.
    pub phrases: Vec<String>,
    folded: Vec<String>,
}

impl Silence {
    /// Whether a moment of `rule` with this evidence is silenced.
    pub fn silences(&self, rule: &RuleInfo, evidence: &str) -> bool {
        if self.rules.iter().any(|s| selects(s, rule)) {
            return true;
        }
        if self.folded.is_empty() {
            return false;
        }
        let e = tact_lang::fold(evidence);
        self.folded.iter().any(|p| e.contains(p.as_str()))
    }
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawSettings {
    #[serde(default)]
    select: Vec<String>,
    #[serde(default)]
    ignore: Vec<String>,
    /// Turn on the rules in preview (measured below the precision bar on real conversations).
    #[serde(default)]
    preview: bool,
    /// Moments under this confidence (0–1) are not reported.
    #[serde(default)]
    min_confidence: Option<f32>,
    /// Confidence as the rules judge it, not capped by each detector's measured precision.
    #[serde(default)]
    raw_confidence: bool,
    #[serde(default)]
    hours: RawHours,
    /// Per team (`[teams.north]`): opening hours with the keys of `[hours]` (a key left out
    /// keeps the value of `[hours]`), and what the team has silenced for itself.
    #[serde(default)]
    teams: BTreeMap<String, RawTeam>,
    #[serde(default)]
    rules: BTreeMap<String, toml::Table>,
}

impl RawHours {
    /// `base` with the keys given here.
    fn apply(self, mut hours: Hours) -> Result<Hours, ConfigError> {
        if let Some(tz) = self.timezone {
            hours.timezone = parse_timezone(&tz)?;
        }
        if let Some(o) = self.open {
            hours.open = parse_time(&o)?;
        }
        if let Some(c) = self.close {
            hours.close = parse_time(&c)?;
        }
        if let Some(days) = self.days {
            hours.days = days
                .iter()
                .map(|d| parse_day(d))
                .collect::<Result<_, _>>()?;
        }
        Ok(hours)
    }
}

/// An IANA time zone name (`Europe/Rome`, `Europe/Athens`, `Europe/Bucharest`,
/// `Europe/Helsinki`, `UTC`).
pub fn parse_timezone(name: &str) -> Result<Tz, ConfigError> {
    name.trim()
        .parse()
        .map_err(|_| ConfigError::TimeZone(name.to_string()))
}

/// Validated settings.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    /// Whether rules in preview run (they are off by default; see `registry.rs`).
    pub preview: bool,
    /// Moments under this confidence are not reported (`min_confidence`, `--min-confidence`);
    /// unset, [`Confidence::SCORE_MIN`]: see [`Settings::min_confidence`].
    min_confidence: Option<Confidence>,
    /// Whether a moment keeps the confidence its rule gave it, instead of being capped by its
    /// detector's precision on the development blind sets (`calibration.rs`): for measuring
    /// the rules themselves and for testing their logic.
    pub raw_confidence: bool,
    /// Opening hours of every team without hours of its own.
    pub hours: Hours,
    /// Opening hours by team name, from `[teams.<name>]`.
    pub team_hours: BTreeMap<String, Hours>,
    /// What each team silenced for itself, from `silence` and `silence_phrases` of
    /// `[teams.<name>]`.
    pub team_silence: BTreeMap<String, Silence>,
    /// Each team's own OK replies (`[teams.<name>.alternatives]`): team → rule id → language
    /// → reply.
    pub team_alternatives: BTreeMap<String, BTreeMap<&'static str, BTreeMap<String, String>>>,
    rules: BTreeMap<&'static str, RuleConfig>,
}

fn parse_time(s: &str) -> Result<NaiveTime, ConfigError> {
    NaiveTime::parse_from_str(s.trim(), "%H:%M").map_err(|_| ConfigError::Time(s.to_string()))
}

fn parse_day(s: &str) -> Result<Weekday, ConfigError> {
    s.trim()
        .parse::<Weekday>()
        .map_err(|_| ConfigError::Weekday(s.to_string()))
}

/// The type of a rule option, read from its documented default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OptionKind {
    /// A default like `3`: a whole number, zero or more.
    Count,
    /// A default like `0.7` or `-1.3`.
    Number,
    Bool,
    Text,
}

impl OptionKind {
    fn of_default(default: &str) -> OptionKind {
        let d = default.trim();
        if d.parse::<u64>().is_ok() {
            OptionKind::Count
        } else if d.parse::<f64>().is_ok() {
            OptionKind::Number
        } else if d == "true" || d == "false" {
            OptionKind::Bool
        } else {
            OptionKind::Text
        }
    }

    fn accepts(self, v: &toml::Value) -> bool {
        match (self, v) {
            (OptionKind::Count, toml::Value::Integer(i)) => *i >= 0,
            (OptionKind::Number, toml::Value::Integer(_) | toml::Value::Float(_)) => true,
            (OptionKind::Bool, toml::Value::Boolean(_)) => true,
            (OptionKind::Text, toml::Value::String(_)) => true,
            _ => false,
        }
    }

    fn expected(self) -> &'static str {
        match self {
            OptionKind::Count => "a whole number, zero or more",
            OptionKind::Number => "a number",
            OptionKind::Bool => "true or false",
            OptionKind::Text => "a string",
        }
    }
}

/// The options a rule documents: the `name` at the start of each item of its *Options* section,
/// typed by the "(default …)" that follows it.
fn documented_options(docs: &'static str) -> Vec<(&'static str, OptionKind)> {
    crate::docs::section(docs, "Options")
        .unwrap_or("")
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("- `"))
        .filter_map(|l| {
            let (name, rest) = l.split_once('`')?;
            let kind = rest
                .split_once("(default ")
                .and_then(|(_, d)| d.split_once(')'))
                .map_or(OptionKind::Text, |(d, _)| OptionKind::of_default(d));
            Some((name, kind))
        })
        .collect()
}

/// Whether a selector (`P001`, `reoffer-after-refusal`, `pressure`, `P`) names the rule.
fn selects(selector: &str, rule: &RuleInfo) -> bool {
    let s = selector.trim();
    s.eq_ignore_ascii_case(rule.code)
        || s == rule.id
        || s == rule.family.as_str()
        || (s.len() < rule.code.len() && rule.code.starts_with(&s.to_uppercase()))
}

impl Settings {
    pub fn from_toml(text: &str) -> Result<Settings, ConfigError> {
        let raw: RawSettings = toml::from_str(text)?;
        let hours = raw.hours.apply(Hours::default())?;
        let mut team_hours = BTreeMap::new();
        let mut team_silence = BTreeMap::new();
        let mut team_alternatives = BTreeMap::new();
        for (team, t) in raw.teams {
            for sel in &t.silence {
                if !RULES.iter().any(|r| selects(sel, r)) {
                    return Err(ConfigError::UnknownRule(sel.clone()));
                }
            }
            if !t.silence.is_empty() || !t.silence_phrases.is_empty() {
                let folded = t
                    .silence_phrases
                    .iter()
                    .map(|p| tact_lang::fold(p.trim()))
                    .filter(|p| !p.is_empty())
                    .collect();
                team_silence.insert(
                    team.clone(),
                    Silence {
                        rules: t.silence,
                        phrases: t.silence_phrases,
                        folded,
                    },
                );
            }
            let mut alternatives = BTreeMap::new();
            for (rule, by_lang) in t.alternatives {
                let info = RULES
                    .iter()
                    .find(|r| r.id == rule || r.code.eq_ignore_ascii_case(&rule))
                    .ok_or_else(|| ConfigError::UnknownRule(rule.clone()))?;
                for lang in by_lang.keys() {
                    lang.parse::<tact_lang::Lang>().map_err(|_| {
                        ConfigError::UnknownRule(format!("{rule}: language {lang:?}"))
                    })?;
                }
                alternatives.insert(info.id, by_lang);
            }
            if !alternatives.is_empty() {
                team_alternatives.insert(team.clone(), alternatives);
            }
            let h = RawHours {
                timezone: t.timezone,
                open: t.open,
                close: t.close,
                days: t.days,
            };
            team_hours.insert(team, h.apply(hours.clone())?);
        }
        for sel in raw.select.iter().chain(&raw.ignore) {
            if !RULES.iter().any(|r| selects(sel, r)) {
                return Err(ConfigError::UnknownRule(sel.clone()));
            }
        }
        let mut rules = BTreeMap::new();
        for (key, mut table) in raw.rules {
            let info =
                crate::rule_by_key(&key).ok_or_else(|| ConfigError::UnknownRule(key.clone()))?;
            let severity = match table.remove("severity") {
                None => None,
                Some(toml::Value::String(s)) => {
                    Some(s.parse().map_err(|_| ConfigError::Option {
                        rule: key.clone(),
                        option: "severity".into(),
                        expected: "one of info, warning, error",
                    })?)
                }
                Some(_) => {
                    return Err(ConfigError::Option {
                        rule: key,
                        option: "severity".into(),
                        expected: "a string",
                    })
                }
            };
            let known = documented_options(info.docs());
            for (name, value) in &table {
                let Some(&(_, kind)) = known.iter().find(|(k, _)| k == name) else {
                    return Err(ConfigError::UnknownOption {
                        rule: info.id.to_string(),
                        option: name.clone(),
                        known: if known.is_empty() {
                            "none".into()
                        } else {
                            known.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(", ")
                        },
                    });
                };
                if !kind.accepts(value) {
                    return Err(ConfigError::Option {
                        rule: info.id.to_string(),
                        option: name.clone(),
                        expected: kind.expected(),
                    });
                }
            }
            rules.insert(
                info.id,
                RuleConfig {
                    id: info.id.to_string(),
                    severity,
                    options: table,
                },
            );
        }
        let min_confidence = raw
            .min_confidence
            .map(Confidence::new)
            .transpose()
            .map_err(ConfigError::Confidence)?;
        Ok(Settings {
            select: raw.select,
            ignore: raw.ignore,
            preview: raw.preview,
            min_confidence,
            raw_confidence: raw.raw_confidence,
            hours,
            team_hours,
            team_silence,
            team_alternatives,
            rules,
        })
    }

    /// The opening hours that apply to a conversation: its team's (`[teams.<name>]`, else
    /// `[hours]`), read in the conversation's own time zone when it names one.
    pub fn hours_for(&self, team: Option<&str>, timezone: Option<Tz>) -> Hours {
        let mut h = team
            .and_then(|t| self.team_hours.get(t))
            .unwrap_or(&self.hours)
            .clone();
        if let Some(tz) = timezone {
            h.timezone = tz;
        }
        h
    }

    pub fn is_enabled(&self, rule: &RuleInfo) -> bool {
        // A preview rule runs in preview mode, or when selected by its own code or id.
        let named = self
            .select
            .iter()
            .any(|s| s.trim() == rule.id || s.trim().eq_ignore_ascii_case(rule.code));
        (!rule.preview || self.preview || named)
            && (self.select.is_empty() || self.select.iter().any(|s| selects(s, rule)))
            && !self.ignore.iter().any(|s| selects(s, rule))
    }

    /// These settings reporting only moments at or above this confidence.
    pub fn with_min_confidence(mut self, min: Confidence) -> Self {
        self.min_confidence = Some(min);
        self
    }

    /// The least confidence a reported moment has: by default the score's own bar, so what is
    /// shown is what counts; `--min-confidence 0` shows the low-confidence moments too, for
    /// review (they never count in the score).
    pub fn min_confidence(&self) -> Confidence {
        self.min_confidence.unwrap_or(Confidence::SCORE_MIN)
    }

    /// These settings with confidence as the rules judge it (`true`) or capped by each
    /// detector's measured precision (`false`, the default).
    pub fn with_raw_confidence(mut self, raw: bool) -> Self {
        self.raw_confidence = raw;
        self
    }

    /// These settings with the rules in preview turned on or off.
    pub fn with_preview(mut self, preview: bool) -> Self {
        self.preview = preview;
        self
    }

    /// Default settings with every rule on, preview ones included: what measurement, fixtures
    /// and benchmarks run.
    pub fn all_rules() -> Self {
        Settings::default().with_preview(true)
    }

    pub fn rule_config(&self, rule: &RuleInfo) -> RuleConfig {
        self.rules
            .get(rule.id)
            .cloned()
            .unwrap_or_else(|| RuleConfig {
                id: rule.id.to_string(),
                ..RuleConfig::default()
            })
    }

    pub fn severity(&self, rule: &RuleInfo) -> Severity {
        self.rules
            .get(rule.id)
            .and_then(|c| c.severity)
            .unwrap_or_else(|| rule.default_severity())
    }

    /// Replaces the selection (from command-line flags).
    pub fn with_selection(
        mut self,
        select: Vec<String>,
        ignore: Vec<String>,
    ) -> Result<Self, ConfigError> {
        for sel in select.iter().chain(&ignore) {
            if !RULES.iter().any(|r| selects(sel, r)) {
                return Err(ConfigError::UnknownRule(sel.clone()));
            }
        }
        if !select.is_empty() {
            self.select = select;
        }
        self.ignore.extend(ignore);
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    #[test]
    fn parses_rules_hours_and_selection() {
        let s = Settings::from_toml(
            r#"
            ignore = ["over-service"]
            preview = true
            [hours]
            timezone = "Europe/Rome"
            open = "08:30"
            close = "19:00"
            days = ["mon", "tue", "wed", "thu", "fri", "sat"]
            [rules.reoffer-after-refusal]
            severity = "error"
            "#,
        )
        .expect("valid");
        let p001 = crate::rule_by_key("P001").expect("registered");
        assert_eq!(s.severity(p001), Severity::Error);
        assert!(s.is_enabled(p001), "P001 is in preview and preview is on");
        let o001 = crate::rule_by_key("O001").expect("registered");
        assert!(!s.is_enabled(o001), "over-service is ignored");
        assert_eq!(s.hours.days.len(), 6);
    }

    #[test]
    fn unknown_rules_zones_and_keys_are_errors() {
        assert!(matches!(
            Settings::from_toml("[rules.no-such-rule]\n"),
            Err(ConfigError::UnknownRule(_))
        ));
        assert!(matches!(
            Settings::from_toml("[hours]\ntimezone = \"Mars/Base\"\n"),
            Err(ConfigError::TimeZone(_))
        ));
        assert!(Settings::from_toml("colour = true\n").is_err());
    }

    #[test]
    fn options_must_be_documented_by_the_rule() {
        let ok = Settings::from_toml("[rules.reoffer-after-refusal]\nwindow = 3\n")
            .expect("documented option");
        let p001 = crate::rule_by_key("P001").expect("registered");
        assert_eq!(ok.rule_config(p001).usize("window", 2), 3);
        let err =
            Settings::from_toml("[rules.reoffer-after-refusal]\nwindw = 3\n").expect_err("typo");
        assert!(err.to_string().contains("window"), "{err}");
    }

    #[test]
    fn preview_rules_are_off_unless_preview_is_on_or_they_are_named() {
        let preview = RULES.iter().find(|r| r.preview).expect("a rule in preview");
        let stable = RULES.iter().find(|r| !r.preview).expect("a stable rule");
        let d = Settings::default();
        assert!(!d.is_enabled(preview) && d.is_enabled(stable));
        assert!(Settings::all_rules().is_enabled(preview));
        let on = Settings::from_toml("preview = true\n").expect("valid");
        assert!(on.is_enabled(preview));
        let named = Settings::default()
            .with_selection(vec![preview.code.to_string()], vec![])
            .expect("known");
        assert!(named.is_enabled(preview));
        // Selecting the whole family does not turn a preview rule on.
        let family = Settings::default()
            .with_selection(vec![preview.family.as_str().to_string()], vec![])
            .expect("known");
        assert!(!family.is_enabled(preview));
    }

    #[test]
    fn option_values_must_have_the_documented_type() {
        for bad in [
            "window = \"three\"",
            "window = -1",
            "window = 2.5",
            "window = true",
        ] {
            let err = Settings::from_toml(&format!("[rules.reoffer-after-refusal]\n{bad}\n"))
                .expect_err(bad);
            assert!(
                matches!(&err, ConfigError::Option { option, .. } if option == "window"),
                "{bad}: {err}"
            );
        }
        // A number option takes a whole number too.
        Settings::from_toml("[rules.customer-repeats-themselves]\nmin_overlap = 1\n")
            .expect("an integer is a number");
        let err =
            Settings::from_toml("[rules.customer-repeats-themselves]\nmin_overlap = \"high\"\n")
                .expect_err("a string is not a number");
        assert!(err.to_string().contains("a number"), "{err}");
    }

    #[test]
    fn a_toml_syntax_error_is_reported_once() {
        let err = Settings::from_toml("[rules\nx = 1\n").expect_err("syntax error");
        // What an error reporter prints: the error, then each of its sources.
        let mut chain = err.to_string();
        let mut source = std::error::Error::source(&err);
        while let Some(s) = source {
            chain.push_str(&format!(": {s}"));
            source = s.source();
        }
        assert_eq!(chain.matches("TOML parse error").count(), 1, "{chain}");
    }

    #[test]
    fn teams_have_their_own_hours_and_time_zones() {
        let s = Settings::from_toml(
            r#"
            [hours]
            timezone = "Europe/Rome"
            [teams.helsinki]
            timezone = "Europe/Helsinki"
            open = "08:00"
            "#,
        )
        .expect("valid");
        let rome = s.hours_for(Some("north"), None);
        let fi = s.hours_for(Some("helsinki"), None);
        assert_eq!(rome.timezone, chrono_tz::Europe::Rome);
        assert_eq!(fi.timezone, chrono_tz::Europe::Helsinki);
        assert_eq!(fi.close, rome.close, "keys left out keep [hours]");
        assert_eq!(fi.open.format("%H:%M").to_string(), "08:00");
        let athens = s.hours_for(Some("helsinki"), Some(chrono_tz::Europe::Athens));
        assert_eq!(athens.timezone, chrono_tz::Europe::Athens);
        assert!(matches!(
            Settings::from_toml("[teams.x]\ntimezone = \"Moon/Base\"\n"),
            Err(ConfigError::TimeZone(_))
        ));
    }

    #[test]
    fn the_next_opening_is_in_the_team_time_zone() {
        let h = Settings::from_toml("[hours]\ntimezone = \"Europe/Athens\"\n")
            .expect("valid")
            .hours;
        // Friday 20:00 in Athens (17:00 UTC) opens next on Monday 09:00 Athens (06:00 UTC).
        let fri = DateTime::parse_from_rfc3339("2026-03-06T17:00:00Z").expect("date");
        let next = h.next_opening(&fri).expect("opens");
        assert_eq!(next.to_rfc3339(), "2026-03-09T09:00:00+02:00");
        // Before opening on an open day: today's opening.
        let early = DateTime::parse_from_rfc3339("2026-03-10T04:00:00Z").expect("date");
        assert_eq!(
            h.next_opening(&early).expect("opens").to_rfc3339(),
            "2026-03-10T09:00:00+02:00"
        );
    }

    #[test]
    fn open_seconds_skip_nights_and_weekends() {
        let h = Hours::default();
        let fri = DateTime::parse_from_rfc3339("2026-03-06T17:00:00Z").expect("date");
        let mon = DateTime::parse_from_rfc3339("2026-03-09T10:00:00Z").expect("date");
        assert_eq!(h.open_seconds_between(&fri, &mon), 2 * 3600);
        let sat = DateTime::parse_from_rfc3339("2026-03-07T11:00:00Z").expect("date");
        assert!(!h.is_open(&sat));
    }
}
