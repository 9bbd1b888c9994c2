//! tact in the user's language: Project Fluent catalogues under `locales/<code>/`, one folder per
//! language of `tact_lang::Lang::ALL`, compiled into the binary. `ui.ftl` is the web app's
//! interface; `moments.ftl` the explanation of each kind of moment (the English one is what the
//! rules print, so the catalogue is the only wording); `advice.ftl` each rule's advice outside
//! English (in English it is the rule's own documentation). Adding a language means adding its
//! folder and its row in `tact_lang`.

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;
use tact_lang::Lang;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

include!(concat!(env!("OUT_DIR"), "/rule_docs.rs"));

/// A rule's documentation as translated in `docs/<lang>/<rule-id>.md`: every section of the
/// English docs but the examples, which stay the English docs' own (they are the rule).
pub fn translated_rule_docs(lang: &str, rule_id: &str) -> Option<&'static str> {
    RULE_DOCS
        .iter()
        .find(|(l, id, _)| *l == lang && *id == rule_id)
        .map(|(_, _, text)| *text)
}

/// A message argument: text as it is, or a number (which selects plural forms).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<f64> for Arg {
    fn from(n: f64) -> Self {
        Arg::Number(n)
    }
}

impl std::fmt::Display for Arg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Arg::Text(s) => f.write_str(s),
            Arg::Number(n) => write!(f, "{n}"),
        }
    }
}

/// The languages tact speaks, in their table's order.
pub fn languages() -> impl Iterator<Item = &'static str> {
    Lang::ALL.iter().map(|l| l.code())
}

/// The supported language of a tag such as `it-IT` or `el_GR.UTF-8`.
pub fn supported(tag: &str) -> Option<&'static str> {
    let tag = tag.trim().to_ascii_lowercase();
    let primary = tag.split(['-', '_', '.']).next().unwrap_or("");
    languages().find(|l| *l == primary)
}

/// The language to answer in: the user's choice, else the first supported language of an
/// `Accept-Language` header (by its q values), else English.
pub fn negotiate(user_choice: Option<&str>, accept_language: Option<&str>) -> &'static str {
    if let Some(l) = user_choice.and_then(supported) {
        return l;
    }
    let mut offers: Vec<(f32, usize, &'static str)> = accept_language
        .unwrap_or("")
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut bits = part.split(';');
            let tag = supported(bits.next()?)?;
            let q = bits
                .find_map(|b| b.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (q > 0.0).then_some((q, i, tag))
        })
        .collect();
    offers.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    offers.first().map(|o| o.2).unwrap_or("en")
}

/// The language of the command line: `LC_ALL`, `LC_MESSAGES` or `LANG` when tact speaks it,
/// else English.
pub fn from_locale_env() -> &'static str {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| supported(&v))
        .unwrap_or("en")
}

fn id(lang: &str) -> LanguageIdentifier {
    lang.parse()
        .unwrap_or_else(|_| "en".parse().expect("en is a language identifier"))
}

fn fluent_args<'a>(
    args: impl IntoIterator<Item = (&'a str, &'a Arg)>,
) -> HashMap<Cow<'static, str>, FluentValue<'static>> {
    args.into_iter()
        .map(|(k, v)| {
            let value = match v {
                Arg::Text(s) => FluentValue::from(s.clone()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            (Cow::Owned(k.to_string()), value)
        })
        .collect()
}

/// The message `key` in `lang` (English when that language lacks it), or `None` when no
/// catalogue has it.
pub fn try_tr<'a>(
    lang: &str,
    key: &str,
    args: impl IntoIterator<Item = (&'a str, &'a Arg)>,
) -> Option<String> {
    LOCALES.try_lookup_with_args(&id(lang), key, &fluent_args(args))
}

/// The message `key` in `lang`; the key itself when no catalogue has it, so that a missing
/// message shows on the page instead of an empty string.
pub fn tr(lang: &str, key: &str, args: &[(&str, Arg)]) -> String {
    try_tr(lang, key, args.iter().map(|(k, v)| (*k, v))).unwrap_or_else(|| key.to_string())
}

/// The message keys of one catalogue file of a language, as written (for completeness tests).
pub fn keys_of(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| !l.starts_with(['#', ' ', '\t', '.', '*', '[', '}']) && l.contains(" ="))
        .filter_map(|l| l.split(" =").next())
        .map(|k| k.trim().to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// `advice.ftl` is not here: English advice is each rule's docs, so its keys come from the
    /// rule registry (`tact_rules/tests/messages.rs` checks them).
    const FILES: [&str; 2] = ["ui.ftl", "moments.ftl"];

    fn keys(lang: &str, file: &str) -> BTreeSet<String> {
        let path = format!("{}/locales/{lang}/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert!(text.starts_with("# "), "{path} opens with its provenance");
        keys_of(&text).into_iter().collect()
    }

    #[test]
    fn every_language_has_every_message_of_the_english_catalogues() {
        for file in FILES {
            let en = keys("en", file);
            assert!(!en.is_empty(), "{file}");
            for l in languages().filter(|l| *l != "en") {
                let other = keys(l, file);
                let missing: Vec<_> = en.difference(&other).collect();
                let extra: Vec<_> = other.difference(&en).collect();
                assert!(missing.is_empty(), "{l}/{file} misses {missing:?}");
                assert!(extra.is_empty(), "{l}/{file} has unknown {extra:?}");
            }
        }
    }

    #[test]
    fn messages_are_translated_not_copied() {
        for l in languages().filter(|l| *l != "en") {
            for key in ["nav-moments", "login-title"] {
                assert_ne!(tr(l, key, &[]), tr("en", key, &[]), "{l} {key}");
            }
        }
    }

    #[test]
    fn the_user_choice_wins_then_the_browser_by_weight() {
        assert_eq!(negotiate(Some("fi"), Some("it-IT,it;q=0.9")), "fi");
        assert_eq!(negotiate(None, Some("de-DE,el;q=0.8,it;q=0.9")), "it");
        assert_eq!(negotiate(None, Some("ro-RO")), "ro");
        assert_eq!(negotiate(None, Some("de, fr;q=0.5")), "en");
        assert_eq!(negotiate(None, None), "en");
        assert_eq!(negotiate(Some("xx"), Some("el;q=0")), "en");
        assert_eq!(supported("el_GR.UTF-8"), Some("el"));
        assert_eq!(supported("C"), None);
    }

    #[test]
    fn arguments_are_placed_and_plurals_chosen() {
        let one = tr("en", "stored-count", &[("count", Arg::Number(1.0))]);
        let many = tr("en", "stored-count", &[("count", Arg::Number(3.0))]);
        assert!(one.contains('1') && many.contains('3'), "{one} / {many}");
        assert_ne!(one.replace('1', ""), many.replace('3', ""));
        assert_eq!(tr("en", "no-such-message", &[]), "no-such-message");
        assert_eq!(try_tr("en", "no-such-message", []), None);
    }

    #[test]
    fn text_arguments_stay_as_written() {
        // A signed, padded number given as text is not re-formatted as a number.
        let m = tr("en", "page", &[("n", Arg::Text("+0.50".into()))]);
        assert!(m.contains("+0.50"), "{m}");
    }
}
