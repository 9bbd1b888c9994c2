//! The interface in the user's language: Fluent catalogues under `locales/<code>/`, one per
//! language of `tact_lang::Lang::ALL`, compiled into the binary. The language is the user's
//! choice, else the browser's `Accept-Language`, else English.

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

/// The interface languages: the analysis languages, in their table's order.
pub fn languages() -> impl Iterator<Item = &'static str> {
    Lang::ALL.iter().map(|l| l.code())
}

fn supported(code: &str) -> Option<&'static str> {
    let code = code.trim().to_ascii_lowercase();
    let primary = code.split(['-', '_']).next().unwrap_or("");
    languages().find(|l| *l == primary)
}

/// The language to answer in: the account's choice, else the first supported language of an
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

fn id(lang: &str) -> LanguageIdentifier {
    lang.parse()
        .unwrap_or_else(|_| "en".parse().expect("en is a language identifier"))
}

/// The message `key` in `lang`, with named arguments; the key itself when no catalogue has it,
/// so a missing translation shows up on the page instead of an empty string.
pub fn tr(lang: &str, key: &str, args: &[(&str, String)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(k, v)| {
            let value = match v.parse::<f64>() {
                Ok(n) => FluentValue::from(n),
                Err(_) => FluentValue::from(v.clone()),
            };
            (Cow::Owned(k.to_string()), value)
        })
        .collect();
    LOCALES
        .try_lookup_with_args(&id(lang), key, &args)
        .unwrap_or_else(|| key.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(lang: &str) -> BTreeSet<String> {
        let path = format!("{}/locales/{lang}/main.ftl", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        text.lines()
            .filter(|l| !l.starts_with(['#', ' ', '\t', '.', '*', '[']) && l.contains(" ="))
            .filter_map(|l| l.split(" =").next())
            .map(|k| k.trim().to_string())
            .collect()
    }

    #[test]
    fn every_language_has_every_message_of_the_english_catalogue() {
        let en = keys("en");
        assert!(en.len() > 50, "{} keys", en.len());
        for l in languages().filter(|l| *l != "en") {
            let other = keys(l);
            let missing: Vec<_> = en.difference(&other).collect();
            let extra: Vec<_> = other.difference(&en).collect();
            assert!(missing.is_empty(), "{l} misses {missing:?}");
            assert!(extra.is_empty(), "{l} has unknown {extra:?}");
        }
    }

    #[test]
    fn messages_are_translated_not_copied() {
        for l in languages().filter(|l| *l != "en") {
            assert_ne!(
                tr(l, "nav-moments", &[]),
                tr("en", "nav-moments", &[]),
                "{l}"
            );
            assert_ne!(
                tr(l, "login-title", &[]),
                tr("en", "login-title", &[]),
                "{l}"
            );
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
    }

    #[test]
    fn arguments_are_placed_and_plurals_chosen() {
        let one = tr("en", "stored-count", &[("count", "1".into())]);
        let many = tr("en", "stored-count", &[("count", "3".into())]);
        assert!(one.contains('1') && many.contains('3'), "{one} / {many}");
        assert_ne!(one.replace('1', ""), many.replace('3', ""));
        assert_eq!(tr("en", "no-such-message", &[]), "no-such-message");
    }
}
