//! Example OK replies per rule and language, from `data/<lang>/alternatives.toml`: the
//! alternative a moment proposes is always in the conversation's language.

use std::collections::HashMap;
use std::sync::OnceLock;
use tact_lang::Lang;

type Table = HashMap<String, String>;

fn tables() -> &'static HashMap<&'static str, Table> {
    static TABLES: OnceLock<HashMap<&'static str, Table>> = OnceLock::new();
    TABLES.get_or_init(|| {
        crate::docs::ALTERNATIVES
            .iter()
            .map(|(lang, text)| (*lang, toml::from_str::<Table>(text).unwrap_or_default()))
            .collect()
    })
}

/// The example OK reply for `rule_id` in `lang`, falling back to English only if the language
/// file lacks it (a registry test makes sure none does).
pub fn alternative(rule_id: &str, lang: Lang) -> Option<&'static str> {
    let t = tables();
    t.get(lang.code())
        .and_then(|m| m.get(rule_id))
        .or_else(|| t.get("en").and_then(|m| m.get(rule_id)))
        .map(String::as_str)
}
