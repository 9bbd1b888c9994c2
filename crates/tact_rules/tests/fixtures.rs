//! Runs every fixture in `tests/fixtures/<family>/<CODE>_<lang>.conv`: each rule must fire on
//! exactly the turns marked `# fires` — positives and the negatives a keyword rule would miss.

use std::path::Path;
use tact_lang::Lang;
use tact_rules::examples::parse;
use tact_rules::{rule_by_key, Analyzed, Engine, Settings, RULES};

fn fixture_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

#[test]
fn every_rule_has_fixtures_with_negatives_in_every_language() {
    let mut missing = Vec::new();
    for r in RULES {
        for lang in Lang::ALL {
            let path = fixture_dir().join(r.family.as_str()).join(format!(
                "{}_{}.conv",
                r.code,
                lang.code()
            ));
            match std::fs::read_to_string(&path) {
                Err(_) => missing.push(format!("{} (missing)", path.display())),
                Ok(text) => {
                    let ex = parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                    if !ex.iter().any(|e| e.fires.is_empty())
                        || !ex.iter().any(|e| !e.fires.is_empty())
                    {
                        missing.push(format!(
                            "{} (needs positives and negatives)",
                            path.display()
                        ));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn fixtures_fire_exactly_where_marked() {
    let mut failures = Vec::new();
    for family in std::fs::read_dir(fixture_dir())
        .expect("fixtures dir")
        .filter_map(Result::ok)
    {
        for file in std::fs::read_dir(family.path())
            .expect("family dir")
            .filter_map(Result::ok)
        {
            let path = file.path();
            let name = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("")
                .to_string();
            let Some((code, lang)) = name.split_once('_') else {
                continue;
            };
            let rule = rule_by_key(code)
                .unwrap_or_else(|| panic!("{}: unknown rule {code}", path.display()));
            let lang: Lang = lang.parse().expect("fixture language");
            let engine = Engine::new(
                Settings::all_rules()
                    .with_raw_confidence(true)
                    .with_selection(vec![rule.id.to_string()], vec![])
                    .expect("rule"),
            );
            let text = std::fs::read_to_string(&path).expect("readable");
            for ex in parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display())) {
                let a = Analyzed::new(&ex.conversation, Some(lang));
                let fired: Vec<usize> = engine.run(&a).iter().map(|m| m.turn).collect();
                if fired != ex.fires {
                    failures.push(format!(
                        "{}:{}: fired on {fired:?}, expected {:?}",
                        path.display(),
                        ex.line,
                        ex.fires
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
