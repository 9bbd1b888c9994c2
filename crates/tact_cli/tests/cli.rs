//! The `tact` binary as a user runs it: commands, formats, exit codes, bad input.
mod common;

use common::{stderr, stdout, tact};
use std::path::Path;
use std::process::Command;

const GOOD_IT: &str = r#"{"id": "it-1", "language": "it", "turns": [{"role": "agent", "text": "Vuole aggiungere la garanzia estesa a 79 euro?"}, {"role": "customer", "text": "No grazie, non mi interessa."}, {"role": "agent", "text": "Guardi che la garanzia estesa conviene davvero, sono solo 79 euro."}]}"#;
const GOOD_FI: &str = r#"{"id": "fi-1", "turns": [{"role": "customer", "text": "Hei, etsin uutta puhelinta työkäyttöön."}, {"role": "agent", "text": "Hienoa! Mihin käytät puhelinta eniten?"}]}"#;

#[test]
fn demo_reports_moments_in_all_five_languages() {
    let dir = tempfile::tempdir().expect("tmp");
    let o = tact(&["demo", "--format", "jsonl"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let reports: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert!(
        reports.len() >= 50,
        "only {} sample conversations",
        reports.len()
    );
    for lang in ["en", "it", "el", "ro", "fi"] {
        let of_lang: Vec<_> = reports.iter().filter(|r| r["language"] == lang).collect();
        assert!(
            of_lang.len() >= 10,
            "{lang}: {} conversations",
            of_lang.len()
        );
        assert!(
            of_lang
                .iter()
                .any(|r| r["moments"].as_array().is_some_and(|m| !m.is_empty())),
            "{lang}: no moments in the samples"
        );
    }
    assert!(
        stderr(&o).contains("conversations"),
        "closing summary on stderr"
    );
}

#[test]
fn malformed_lines_are_reported_and_the_rest_is_analysed() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::write(
        dir.path().join("mixed.jsonl"),
        format!("{GOOD_IT}\n{{\"turns\": [oops\n{GOOD_FI}\n"),
    )
    .expect("write");
    let o = tact(&["analyze", "mixed.jsonl", "--format", "jsonl"], dir.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("mixed.jsonl:2"),
        "stderr: {}",
        stderr(&o)
    );
    let ids: Vec<String> = stdout(&o)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).expect("json")["id"]
                .as_str()
                .unwrap_or("")
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["it-1", "fi-1"]);
}

#[test]
fn fail_on_sets_exit_code_one() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::write(dir.path().join("c.jsonl"), format!("{GOOD_IT}\n")).expect("write");
    assert_eq!(
        tact(&["analyze", "c.jsonl", "-q"], dir.path())
            .status
            .code(),
        Some(0)
    );
    // The re-offer there is a moment of a preview rule: it counts once preview is on (and,
    // its detector calibrated under the score's bar on the blind sets, once low-confidence
    // moments are shown).
    assert_eq!(
        tact(
            &[
                "analyze",
                "c.jsonl",
                "-q",
                "--fail-on",
                "warning",
                "--min-confidence",
                "0"
            ],
            dir.path()
        )
        .status
        .code(),
        Some(0)
    );
    assert_eq!(
        tact(
            &[
                "analyze",
                "c.jsonl",
                "-q",
                "--fail-on",
                "warning",
                "--preview",
                "--min-confidence",
                "0"
            ],
            dir.path()
        )
        .status
        .code(),
        Some(1)
    );
    std::fs::write(dir.path().join("ok.jsonl"), format!("{GOOD_FI}\n")).expect("write");
    assert_eq!(
        tact(
            &["analyze", "ok.jsonl", "-q", "--fail-on", "info"],
            dir.path()
        )
        .status
        .code(),
        Some(0)
    );
}

#[test]
fn text_output_quotes_and_marks_the_evidence_with_an_alternative() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::write(dir.path().join("c.jsonl"), format!("{GOOD_IT}\n")).expect("write");
    // Low-confidence moments shown: the re-offer detector is calibrated under the score's bar.
    let o = tact(
        &[
            "analyze",
            "c.jsonl",
            "--select",
            "P001",
            "--min-confidence",
            "0",
        ],
        dir.path(),
    );
    let out = stdout(&o);
    assert!(out.contains("P001 reoffer-after-refusal"), "{out}");
    assert!(
        out.contains("│ Guardi che la garanzia estesa conviene davvero"),
        "{out}"
    );
    assert!(out.contains('^'), "{out}");
    assert!(out.contains("OK: \""), "{out}");
    assert!(
        !out.contains('\u{1b}'),
        "no colour codes when not a terminal"
    );
}

#[test]
fn directories_are_walked_and_missing_paths_are_errors() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::create_dir_all(dir.path().join("a/b")).expect("mkdir");
    std::fs::write(dir.path().join("a/b/deep.jsonl"), format!("{GOOD_FI}\n")).expect("write");
    std::fs::write(dir.path().join("a/notes.md"), "not a conversation").expect("write");
    let o = tact(&["analyze", "a", "--format", "jsonl"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 1);
    let o = tact(&["analyze", "a", "nope.jsonl"], dir.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nope.jsonl"));
}

#[test]
fn stdin_is_read_with_a_dash() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_tact"))
        .args(["analyze", "-", "--format", "json", "-q"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(format!("{GOOD_FI}\n").as_bytes())
        .expect("write");
    let o = child.wait_with_output().expect("wait");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("a JSON array");
    assert_eq!(v[0]["language"], "fi");
}

#[test]
fn config_file_is_found_upward_and_can_ignore_rules() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::write(
        dir.path().join("tact.toml"),
        "ignore = [\"reoffer-after-refusal\"]\n",
    )
    .expect("write");
    std::fs::create_dir(dir.path().join("sub")).expect("mkdir");
    std::fs::write(dir.path().join("sub/c.jsonl"), format!("{GOOD_IT}\n")).expect("write");
    let o = tact(
        &["analyze", "c.jsonl", "--format", "jsonl"],
        &dir.path().join("sub"),
    );
    assert!(!stdout(&o).contains("P001"), "{}", stdout(&o));
    std::fs::write(dir.path().join("tact.toml"), "[rules.no-such-rule]\n").expect("write");
    let o = tact(&["analyze", "c.jsonl"], &dir.path().join("sub"));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no-such-rule"));
}

#[test]
fn rules_lists_the_catalogue_and_rule_prints_docs() {
    let dir = tempfile::tempdir().expect("tmp");
    let o = tact(&["rules", "--json"], dir.path());
    let rules: Vec<serde_json::Value> = serde_json::from_slice(&o.stdout).expect("json");
    // Every registered rule is listed, with its languages.
    assert_eq!(rules.len(), tact_rules::RULES.len());
    assert!(
        rules
            .iter()
            .all(|r| r["languages"].as_array().is_some_and(|l| l.len() == 5)),
        "{rules:?}"
    );
    // Preview rules are marked, in JSON and in the table.
    let preview: Vec<&str> = rules
        .iter()
        .filter(|r| r["preview"] == true)
        .filter_map(|r| r["id"].as_str())
        .collect();
    let expected: Vec<&str> = tact_rules::RULES
        .iter()
        .filter(|r| r.preview)
        .map(|r| r.id)
        .collect();
    assert_eq!(preview, expected);
    let table = stdout(&tact(&["rules"], dir.path()));
    let first_preview = tact_rules::RULES
        .iter()
        .find(|r| r.preview)
        .expect("a rule in preview");
    let line = table
        .lines()
        .find(|l| l.contains(first_preview.id))
        .expect("listed");
    assert!(line.contains("preview"), "{line}");
    let on = tact_rules::RULES
        .iter()
        .find(|r| !r.preview)
        .expect("a rule on by default");
    let line = table.lines().find(|l| l.contains(on.id)).expect("listed");
    assert!(!line.contains("preview"), "{line}");
    let o = tact(&["rule", "p001"], dir.path());
    let out = stdout(&o);
    assert!(
        out.contains("## What it detects") && out.contains("lang=fi"),
        "{out}"
    );
    assert_eq!(tact(&["rule", "X999"], dir.path()).status.code(), Some(2));
}

#[test]
fn unknown_format_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::write(dir.path().join("c.dat"), "x").expect("write");
    let o = tact(&["analyze", "c.dat"], dir.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--input-format"));
}

#[test]
fn readme_config_example_is_valid() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md"))
            .expect("README");
    let block = readme
        .split("```toml\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a toml block in README");
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::write(dir.path().join("tact.toml"), block).expect("write");
    std::fs::write(dir.path().join("c.jsonl"), format!("{GOOD_FI}\n")).expect("write");
    let o = tact(&["analyze", "c.jsonl", "-q"], dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn lint_script_checks_a_script_before_use() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::write(
        dir.path().join("benvenuto.txt"),
        "# Script di benvenuto\nAgente: Buongiorno {nome}, ottima scelta aver scelto noi!\nAgente: Preferisce la consegna a domicilio o il ritiro in negozio?\nAgente: Paga con carta o con PayPal?\nAgente: Vuole la confezione regalo o la busta semplice?\nAgente: Ottima scelta! Solo per oggi la garanzia estesa costa 19 euro, si affretti!\n",
    )
    .expect("write");
    let o = tact(
        &[
            "lint-script",
            "benvenuto.txt",
            "--format",
            "jsonl",
            "-q",
            "--preview",
        ],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let r: serde_json::Value = serde_json::from_str(stdout(&o).trim()).expect("one report");
    assert_eq!(r["channel"], "script");
    assert_eq!(r["language"], "it");
    let codes: Vec<&str> = r["moments"]
        .as_array()
        .expect("moments")
        .iter()
        .filter_map(|m| m["code"].as_str())
        .collect();
    for code in ["O001", "O002", "P002"] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
    // Rules that need a customer (lead timings, buyer rudeness) do not run on scripts.
    assert!(
        codes.iter().all(|c| !c.starts_with('L') && *c != "C002"),
        "{codes:?}"
    );

    std::fs::write(
        dir.path().join("good.txt"),
        "Agent: Hi {name}, thanks for getting in touch. What are you looking for today?\nAgent: What will you mostly use it for?\nAgent: Based on what you said, the {product} fits best; shall I tell you why?\n",
    )
    .expect("write");
    let o = tact(
        &[
            "lint-script",
            "good.txt",
            "--format",
            "jsonl",
            "-q",
            "--fail-on",
            "info",
        ],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(
        tact(&["lint-script", "missing.txt", "-q"], dir.path())
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn by_agent_prints_scorecards_instead_of_reports() {
    let dir = tempfile::tempdir().expect("tmp");
    let bad = GOOD_IT.replace(
        "\"id\": \"it-1\"",
        "\"id\": \"it-1\", \"agent\": \"luca\", \"team\": \"north\"",
    );
    let good = GOOD_FI.replace(
        "\"id\": \"fi-1\"",
        "\"id\": \"fi-1\", \"agent\": \"aino\", \"team\": \"north\"",
    );
    std::fs::write(
        dir.path().join("c.jsonl"),
        format!("{bad}\n{good}\n{bad}\n"),
    )
    .expect("write");
    let o = tact(
        &[
            "analyze",
            "c.jsonl",
            "--by",
            "agent",
            "--format",
            "json",
            "-q",
            "--preview",
            "--min-confidence",
            "0",
        ],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("scorecards JSON");
    assert_eq!(v["group_by"], "agent");
    let groups = v["groups"].as_array().expect("groups");
    let luca = groups.iter().find(|g| g["group"] == "luca").expect("luca");
    assert_eq!(luca["conversations"], 2);
    assert_eq!(luca["turns"], 6);
    assert!(
        luca["moments_per_100_turns_by_family"]["pressure"]
            .as_f64()
            .expect("number")
            > 0.0
    );
    let aino = groups.iter().find(|g| g["group"] == "aino").expect("aino");
    assert_eq!(aino["mean_score"], 100.0);
    let o = tact(&["analyze", "c.jsonl", "--by", "team", "-q"], dir.path());
    let out = stdout(&o);
    assert!(out.starts_with("TEAM") && out.contains("north"), "{out}");
    assert!(
        !out.contains("reoffer-after-refusal"),
        "no per-conversation reports with --by"
    );
}

#[test]
fn per_turn_signals_only_when_asked_and_to_three_decimals() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::write(
        dir.path().join("c.jsonl"),
        format!("{GOOD_IT}\n{GOOD_FI}\n"),
    )
    .expect("write");
    let lean = tact(
        &["analyze", "c.jsonl", "--format", "jsonl", "-q"],
        dir.path(),
    );
    let full = tact(
        &[
            "analyze",
            "c.jsonl",
            "--format",
            "jsonl",
            "-q",
            "--turn-signals",
        ],
        dir.path(),
    );
    assert!(
        lean.status.success() && full.status.success(),
        "{}",
        stderr(&lean)
    );
    let parse = |o: &std::process::Output| -> Vec<serde_json::Value> {
        stdout(o)
            .lines()
            .map(|l| serde_json::from_str(l).expect("json line"))
            .collect()
    };
    let (lean_reports, full_reports) = (parse(&lean), parse(&full));
    assert_eq!(lean_reports.len(), 2);
    for (l, f) in lean_reports.iter().zip(&full_reports) {
        let (lt, ft) = (
            l["turns"].as_array().expect("turns"),
            f["turns"].as_array().expect("turns"),
        );
        assert_eq!(lt.len(), ft.len());
        assert!(lt
            .iter()
            .all(|t| t.get("signals").is_none() && t["language"].is_string()));
        // Everything else is the same report.
        assert_eq!(
            (&l["score"], &l["moments"], &l["risk"]),
            (&f["score"], &f["moments"], &f["risk"])
        );
        for t in ft {
            let s = &t["signals"];
            let values = [
                &s["sentiment"],
                &s["politeness"],
                &s["toxicity"],
                &s["emotions"]["anger"],
            ];
            for v in values {
                let x = v.as_f64().expect("number");
                assert!(
                    ((x * 1000.0).round() - x * 1000.0).abs() < 1e-3,
                    "{x} has more than three decimals"
                );
            }
        }
    }
    // Five turns, each with eleven numbers and a label left out.
    assert!(
        stdout(&lean).len() + 5 * 150 < stdout(&full).len(),
        "the lean report is not smaller by the signals"
    );
}
