//! Every moment says what happened from the `moments.ftl` catalogues, in every language tact
//! speaks, and every rule's advice exists outside English: run over every fixture of every rule.

use std::collections::BTreeSet;
use std::path::Path;
use tact_lang::Lang;
use tact_rules::examples::parse;
use tact_rules::{advice_in, message_in, Analyzed, Engine, Settings, RULES};

fn all_moments() -> Vec<tact_rules::Moment> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let engine = Engine::new(Settings::all_rules().with_raw_confidence(true));
    let mut out = Vec::new();
    for r in RULES {
        for lang in Lang::ALL {
            let path = dir
                .join(r.family.as_str())
                .join(format!("{}_{}.conv", r.code, lang.code()));
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            for ex in parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display())) {
                let a = Analyzed::new(&ex.conversation, None);
                out.extend(engine.run(&a));
            }
        }
    }
    out
}

#[test]
fn every_message_is_in_the_catalogue_in_every_language() {
    let moments = all_moments();
    assert!(moments.len() > 100, "{} moments", moments.len());
    let literal: BTreeSet<&str> = moments
        .iter()
        .filter(|m| m.message_key.is_empty())
        .map(|m| m.rule)
        .collect();
    assert!(
        literal.is_empty(),
        "rules whose messages are not in moments.ftl yet: {literal:?}"
    );
    let mut missing = BTreeSet::new();
    for m in &moments {
        assert_eq!(
            message_in("en", m.message_key, &m.message_args).as_deref(),
            Some(m.message.as_str())
        );
        for lang in Lang::ALL.iter().map(|l| l.code()).filter(|l| *l != "en") {
            match message_in(lang, m.message_key, &m.message_args) {
                Some(text) if text != m.message => {}
                _ => {
                    missing.insert(format!("{lang}: {}", m.message_key));
                }
            }
        }
    }
    assert!(missing.is_empty(), "not translated: {missing:?}");
}

#[test]
fn every_message_key_is_used_and_every_used_key_exists() {
    let en = include_str!("../../tact_i18n/locales/en/moments.ftl");
    let keys: BTreeSet<String> = tact_i18n::keys_of(en).into_iter().collect();
    let mut used = BTreeSet::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
    let mut stack = vec![src];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).expect("read");
                // Keys written in the call, or in a `moment-` constant the call names.
                for sep in ["Message::new(\"", ": &str = \""] {
                    for part in text.split(sep).skip(1) {
                        let key = part.split('"').next().unwrap_or("");
                        if sep.starts_with("Message") || key.starts_with("moment-") {
                            used.insert(key.to_string());
                        }
                    }
                }
            }
        }
    }
    let unused: Vec<_> = keys.difference(&used).collect();
    let unknown: Vec<_> = used.difference(&keys).collect();
    assert!(
        unused.is_empty(),
        "in moments.ftl but never used: {unused:?}"
    );
    assert!(
        unknown.is_empty(),
        "used but not in moments.ftl: {unknown:?}"
    );
}

#[test]
fn every_rule_has_its_advice_in_every_language() {
    for r in RULES {
        let en = advice_in("en", r);
        assert!(!en.is_empty(), "{}", r.id);
        for lang in Lang::ALL.iter().map(|l| l.code()).filter(|l| *l != "en") {
            let key = format!("advice-{}", r.id);
            let text = tact_i18n::try_tr(lang, &key, []);
            assert!(
                text.as_deref().is_some_and(|t| !t.is_empty() && t != en),
                "{lang}: {key}"
            );
        }
    }
}

#[test]
fn every_rule_has_its_docs_in_every_language_with_the_same_examples() {
    let heads = |t: &str| t.lines().filter(|l| l.starts_with("## ")).count();
    let examples = |t: &str| -> String {
        let start = t.find("## Examples").expect("an Examples section");
        let rest = &t[start + 3..];
        let end = rest.find("\n## ").map_or(rest.len(), |e| e + 1);
        rest[..end].to_string()
    };
    let mut missing = Vec::new();
    for r in RULES {
        // As users read them: the docs plus the generated "Measured" section.
        let en_owned = tact_rules::docs::docs_in("en", r);
        let en = en_owned.as_str();
        assert!(en.starts_with(r.docs()), "{}", r.id);
        for lang in Lang::ALL.iter().map(|l| l.code()).filter(|l| *l != "en") {
            if tact_i18n::translated_rule_docs(lang, r.id).is_none() {
                missing.push(format!("{lang}/{}", r.id));
                continue;
            }
            let t = tact_rules::docs::docs_in(lang, r);
            assert_ne!(t, en, "{lang}/{}", r.id);
            assert_eq!(heads(&t), heads(en), "{lang}/{}: sections", r.id);
            assert_eq!(examples(&t), examples(en), "{lang}/{}: examples", r.id);
            // The examples sit where the English docs have them.
            let order = |x: &str| x.lines().position(|l| l == "## Examples");
            let before = |x: &str| {
                x.lines()
                    .take(order(x).unwrap_or(0))
                    .filter(|l| l.starts_with("## "))
                    .count()
            };
            assert_eq!(before(&t), before(en), "{lang}/{}", r.id);
        }
    }
    assert!(missing.is_empty(), "no translated docs: {missing:?}");
}

#[test]
fn every_calibrated_detector_is_a_message_of_the_catalogue() {
    // A renamed message would silently lose its cap (and a hidden detector would come back):
    // every key of eval/detector-figures.tsv must still be a message of the catalogue.
    let figures = tact_rules::calibration::figures();
    assert_eq!(
        figures.len(),
        tact_rules::calibration::data_lines(),
        "a line of eval/detector-figures.tsv is not rule, key, raised, confirmed"
    );
    assert!(!figures.is_empty());
    let ftl = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tact_i18n/locales/en/moments.ftl"),
    )
    .expect("catalogue");
    let keys: BTreeSet<&str> = ftl
        .lines()
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim()))
        .collect();
    let stale: Vec<_> = figures
        .iter()
        .filter(|f| !keys.contains(f.key) || tact_rules::rule_by_key(f.rule).is_none())
        .collect();
    assert!(
        stale.is_empty(),
        "not in the catalogue or no such rule: {stale:?}"
    );
}
