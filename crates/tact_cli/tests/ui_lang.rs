//! `--ui-lang`: explanations and advice in the reader's language in the human formats, English
//! with catalogue keys in JSON, and the locale as the default.

use std::path::Path;
use std::process::Command;

fn run(args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tact"));
    c.args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("tact runs")
}

fn first_moment_rule(json: &[u8]) -> String {
    let line = std::str::from_utf8(json)
        .expect("utf-8")
        .lines()
        .find(|l| l.contains("\"moments\":[{"))
        .expect("a conversation with moments");
    let v: serde_json::Value = serde_json::from_str(line).expect("json");
    v["moments"][0]["rule"].as_str().expect("rule").to_string()
}

#[test]
fn advice_and_explanations_follow_the_ui_language() {
    let json = run(&["analyze", "samples/it.jsonl", "-f", "jsonl", "-q"], &[]);
    let rule = first_moment_rule(&json.stdout);
    let info = tact_rules::rule_by_key(&rule).expect("rule");
    let english = info.suggestion();
    for lang in ["it", "el", "ro", "fi"] {
        let out = run(
            &["analyze", "samples/it.jsonl", "--ui-lang", lang, "-q"],
            &[],
        );
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        let advice = tact_rules::advice_in(lang, info);
        assert_ne!(advice, english);
        assert!(text.contains(&advice), "{lang}: {rule} advice missing");
        assert!(!text.contains(&english), "{lang}: English advice left");
    }
    // The locale is the default; the flag wins over it.
    let fi = run(
        &["analyze", "samples/it.jsonl", "-q"],
        &[("LANG", "fi_FI.UTF-8")],
    );
    assert!(String::from_utf8_lossy(&fi.stdout).contains(&tact_rules::advice_in("fi", info)));
    let en = run(
        &["analyze", "samples/it.jsonl", "--ui-lang", "en", "-q"],
        &[("LANG", "fi_FI.UTF-8")],
    );
    assert!(String::from_utf8_lossy(&en.stdout).contains(&english));
    // JSON stays English, with the key and arguments to translate it.
    let j = run(
        &["analyze", "samples/it.jsonl", "-f", "jsonl", "-q"],
        &[("LANG", "el_GR.UTF-8")],
    );
    assert_eq!(j.stdout, json.stdout);
    assert!(String::from_utf8_lossy(&j.stdout).contains("\"message_key\":\"moment-"));
}

#[test]
fn an_unknown_ui_language_is_an_error_that_names_the_choices() {
    let out = run(&["analyze", "samples/it.jsonl", "--ui-lang", "de"], &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--ui-lang") && err.contains("en, it, el, ro, fi"),
        "{err}"
    );
}

#[test]
fn check_reply_flags_a_draft_and_passes_a_good_one() {
    let dir = tempfile::tempdir().expect("dir");
    let review = dir.path().join("review.txt");
    std::fs::write(
        &review,
        "Two weeks late and nobody answered my emails. Never again.\n",
    )
    .expect("write");
    let bad = dir.path().join("bad.txt");
    std::fs::write(
        &bad,
        "You should have read the delivery terms before ordering.\n",
    )
    .expect("write");
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "We are sorry it arrived so late. Could you send us your order number so we can put it right?\n").expect("write");
    let p = |x: &std::path::Path| x.to_str().expect("utf-8").to_string();
    let out = run(
        &[
            "check-reply",
            "--to",
            &p(&review),
            &p(&bad),
            "-f",
            "jsonl",
            "-q",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(r["channel"], "review");
    let moments = r["moments"].as_array().expect("moments");
    assert!(!moments.is_empty() && moments.iter().all(|m| m["turn"] == 1));
    let out = run(&["check-reply", "--to", &p(&review), &p(&good), "-q"], &[]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let missing = dir.path().join("missing.txt");
    assert_eq!(
        run(
            &["check-reply", "--to", &p(&review), &p(&missing), "-q"],
            &[]
        )
        .status
        .code(),
        Some(2)
    );
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "  \n").expect("write");
    assert_eq!(
        run(&["check-reply", "--to", &p(&empty), &p(&good), "-q"], &[])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn rule_docs_read_in_the_ui_language_with_the_same_examples() {
    let en = run(&["rule", "false-urgency", "--ui-lang", "en"], &[]);
    let it = run(&["rule", "false-urgency", "--ui-lang", "it"], &[]);
    let fi = run(&["rule", "false-urgency"], &[("LANG", "fi_FI.UTF-8")]);
    let (en, it, fi) = (
        String::from_utf8_lossy(&en.stdout),
        String::from_utf8_lossy(&it.stdout),
        String::from_utf8_lossy(&fi.stdout),
    );
    assert!(en.contains("## What it detects"));
    let info = tact_rules::rule_by_key("false-urgency").expect("rule");
    assert!(it.contains(&tact_rules::docs::docs_in("it", info)));
    assert!(!it.contains("## What it detects") && it.contains("## Examples"));
    assert!(fi.contains(&tact_rules::docs::docs_in("fi", info)));
    let block = |t: &str| t.split("```conversation").nth(1).map(str::to_string);
    assert_eq!(block(&it), block(&en), "the examples are the same");
    assert_eq!(
        run(&["rule", "false-urgency", "--ui-lang", "xx"], &[])
            .status
            .code(),
        Some(2)
    );
}
