//! Snapshots of exactly what a user sees for every rule fixture: the text report of each fixture
//! conversation analysed with that rule alone. `cargo insta review` after a deliberate change.

use std::fmt::Write as _;
use std::path::Path;
use tact_analyze::Analyzer;
use tact_lang::Lang;
use tact_report::{Printer, TextPrinter};
use tact_rules::examples::parse;
use tact_rules::{rule_by_key, Confidence, Engine, Settings};

fn render(path: &Path) -> String {
    let name = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let (code, lang) = name.split_once('_').expect("CODE_lang.conv");
    let rule = rule_by_key(code).expect("known rule");
    let lang: Lang = lang.parse().expect("language");
    // Every moment, those the calibration hides by default too (they print as low confidence).
    let settings = Settings::all_rules()
        .with_min_confidence(Confidence(0.0))
        .with_selection(vec![rule.id.to_string()], vec![])
        .expect("rule");
    let analyzer = Analyzer::new(Engine::new(settings), Some(lang));
    let text = std::fs::read_to_string(path).expect("fixture readable");
    let mut out = Vec::new();
    for (n, ex) in parse(&text)
        .expect("fixture parses")
        .into_iter()
        .enumerate()
    {
        let mut conv = ex.conversation;
        if conv.id.is_empty() {
            conv.id = format!("{name}#{}", n + 1);
        }
        let report = analyzer.analyze(&conv);
        let mut p = TextPrinter::new(Box::new(&mut out), false);
        p.conversation(&conv, &report).expect("write");
    }
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn text_report_of_every_rule_fixture() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tact_rules/tests/fixtures");
    let mut files: Vec<_> = walk(&root);
    files.sort();
    assert!(!files.is_empty(), "no fixtures under {}", root.display());
    for f in files {
        let name = f
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let mut snap = String::new();
        let _ = writeln!(snap, "{}", render(&f));
        insta::assert_snapshot!(name, snap);
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir)
        .expect("fixtures dir")
        .filter_map(Result::ok)
    {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else if p.extension().is_some_and(|x| x == "conv") {
            out.push(p);
        }
    }
    out
}
