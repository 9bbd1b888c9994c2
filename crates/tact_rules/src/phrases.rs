//! Example OK replies per rule and language, from `data/<lang>/alternatives.toml`: the
//! alternative a moment proposes is always in the conversation's language.

use std::collections::HashMap;
use std::sync::OnceLock;
use tact_lang::Lang;

type Table = HashMap<String, String>;

type Tables = HashMap<&'static str, Result<Table, String>>;

/// Each language's table, or the reason its file does not parse.
fn parse(files: &[(&'static str, &'static str)]) -> Tables {
    files
        .iter()
        .map(|(lang, text)| {
            let table = toml::from_str::<Table>(text)
                .map_err(|e| format!("data/{lang}/alternatives.toml: {e}"));
            (*lang, table)
        })
        .collect()
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| parse(crate::docs::ALTERNATIVES))
}

fn lookup<'t>(t: &'t Tables, rule_id: &str, lang: Lang) -> Option<&'t str> {
    t.get(lang.code())
        .and_then(|t| t.as_ref().ok())
        .and_then(|m| m.get(rule_id))
        .map(String::as_str)
        .filter(|s| !s.trim().is_empty())
}

/// The example OK reply for `rule_id` in `lang`. There is no fallback to another language: a
/// Greek conversation never gets an English reply; a missing entry gives none, and
/// [`alternatives_problems`] (checked by a registry test) lists every missing entry and every
/// file that does not parse.
pub fn alternative(rule_id: &str, lang: Lang) -> Option<&'static str> {
    lookup(tables(), rule_id, lang)
}

/// Every alternatives file that does not parse, and every rule without a reply in a language.
pub fn alternatives_problems() -> Vec<String> {
    problems(tables())
}

fn problems(t: &Tables) -> Vec<String> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        match t.get(lang.code()) {
            None => out.push(format!("data/{}/alternatives.toml is missing", lang.code())),
            Some(Err(e)) => out.push(e.clone()),
            Some(Ok(_)) => {
                for r in crate::RULES {
                    if lookup(t, r.id, lang).is_none() {
                        out.push(format!(
                            "data/{}/alternatives.toml has no reply for {}",
                            lang.code(),
                            r.id
                        ));
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_or_missing_language_file_is_a_problem_not_english_replies() {
        let mut files: Vec<(&'static str, &'static str)> = crate::docs::ALTERNATIVES.to_vec();
        for f in files.iter_mut().filter(|f| f.0 == "el") {
            f.1 = "reoffer-after-refusal = \"unterminated\n";
        }
        files.retain(|f| f.0 != "fi");
        let t = parse(&files);
        let p = problems(&t);
        assert!(
            p.iter()
                .any(|x| x.starts_with("data/el/alternatives.toml:")),
            "{p:?}"
        );
        assert!(
            p.iter()
                .any(|x| x == "data/fi/alternatives.toml is missing"),
            "{p:?}"
        );
        assert_eq!(lookup(&t, "reoffer-after-refusal", Lang::El), None);
        assert!(lookup(&t, "reoffer-after-refusal", Lang::It).is_some());
    }
}
