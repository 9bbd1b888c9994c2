//! Regression tests for the hardening audit (issue 16), one per finding, run against the binary
//! as a user runs it: closed pipes, empty inputs, symlinks, hostile text on the terminal, a
//! missing evaluation data set, configuration errors, and very long conversations.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

mod common;

use common::{stderr, tact};

/// Runs tact with its standard output read for one line and then closed, as `| head -1` does.
fn tact_into_closed_pipe(args: &[&str], dir: &Path) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tact"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tact starts");
    let mut out = child.stdout.take().expect("stdout");
    let mut first = [0u8; 16];
    let _ = out.read(&mut first).expect("some output");
    drop(out);
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("stderr reads");
    let status = child.wait().expect("tact ends");
    (status.code(), err)
}

/// Enough conversations that the output cannot fit in a pipe buffer before the reader leaves.
fn many_conversations(dir: &Path) -> String {
    let line = r#"{"turns": [{"role": "agent", "text": "Vuole aggiungere la garanzia estesa a 79 euro?"}, {"role": "customer", "text": "No grazie, non mi interessa."}, {"role": "agent", "text": "Guardi che la garanzia estesa conviene davvero, sono solo 79 euro."}]}"#;
    let path = dir.join("many.jsonl");
    std::fs::write(&path, format!("{line}\n").repeat(400)).expect("write");
    path.display().to_string()
}

#[test]
fn a_closed_output_pipe_ends_every_command_quietly_with_exit_zero() {
    let dir = tempfile::tempdir().expect("tmp");
    let many = many_conversations(dir.path());
    let runs: [&[&str]; 5] = [
        &["rules"],
        &["rule", "reoffer-after-refusal"],
        &["schema"],
        &["analyze", &many],
        &["analyze", &many, "--by", "agent", "--format", "json"],
    ];
    for args in runs {
        let (code, err) = tact_into_closed_pipe(args, dir.path());
        assert_eq!(code, Some(0), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(!err.contains("error:"), "{args:?}: {err}");
    }
}

#[test]
fn an_empty_file_or_a_directory_without_inputs_is_an_error_not_silence() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::write(dir.path().join("empty.jsonl"), "").expect("write");
    let o = tact(&["analyze", "empty.jsonl"], dir.path());
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("empty.jsonl: empty input"),
        "{}",
        stderr(&o)
    );

    let nothing = dir.path().join("nothing");
    std::fs::create_dir(&nothing).expect("mkdir");
    std::fs::write(nothing.join("notes.md"), "# not a conversation\n").expect("write");
    let o = tact(&["analyze", "nothing"], dir.path());
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("no input"), "{}", stderr(&o));
}

#[cfg(unix)]
#[test]
fn symlinks_are_not_followed_out_of_the_analysed_tree() {
    let dir = tempfile::tempdir().expect("tmp");
    let outside = dir.path().join("outside");
    let tree = dir.path().join("tree");
    std::fs::create_dir_all(&outside).expect("mkdir");
    std::fs::create_dir_all(&tree).expect("mkdir");
    let conv =
        r#"{"id": "secret", "turns": [{"role": "customer", "text": "Hello, I need a charger."}]}"#;
    std::fs::write(outside.join("secret.jsonl"), format!("{conv}\n")).expect("write");
    let inside =
        r#"{"id": "inside", "turns": [{"role": "customer", "text": "Hello, I need a cable."}]}"#;
    std::fs::write(tree.join("inside.jsonl"), format!("{inside}\n")).expect("write");
    std::os::unix::fs::symlink(&outside, tree.join("link")).expect("symlink");

    let o = tact(&["analyze", "tree", "--format", "jsonl"], dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("\"inside\""), "{out}");
    assert!(
        !out.contains("\"secret\""),
        "followed a link out of the tree: {out}"
    );
    assert!(
        stderr(&o).contains("symbolic link skipped"),
        "{}",
        stderr(&o)
    );

    let o = tact(
        &["analyze", "tree", "--follow", "--format", "jsonl"],
        dir.path(),
    );
    assert!(String::from_utf8_lossy(&o.stdout).contains("\"secret\""));
}

#[test]
fn escape_sequences_in_input_never_reach_the_terminal_raw() {
    let dir = tempfile::tempdir().expect("tmp");
    let hostile = "{\"id\": \"x\\u001b]0;owned\\u0007\", \"agent\": \"luca\\u001b[2J\", \"language\": \"it\", \"turns\": [{\"role\": \"agent\", \"text\": \"Vuole la garanzia a 79 euro?\"}, {\"role\": \"customer\", \"text\": \"No grazie \\u001b[1A\\u001b[2K\"}, {\"role\": \"agent\", \"text\": \"Guardi che la garanzia conviene \\u001b[31mdavvero\\u001b[0m, sono solo 79 euro.\"}]}\n";
    std::fs::write(dir.path().join("hostile.jsonl"), hostile).expect("write");
    // A broken line with an escape in it goes to stderr as an error.
    std::fs::write(dir.path().join("bad.jsonl"), "{\"turns\": \u{1b}[2J}\n").expect("write");
    for color in ["never", "always"] {
        let o = tact(
            &["analyze", "hostile.jsonl", "bad.jsonl", "--color", color],
            dir.path(),
        );
        let out = String::from_utf8_lossy(&o.stdout);
        // With colour on, tact's own SGR codes are allowed; nothing from the input is.
        for needle in ["\u{1b}]0;", "\u{1b}[2J", "\u{1b}[1A", "\u{1b}[2K", "\u{7}"] {
            assert!(!out.contains(needle), "{color}: {needle:?} reached stdout");
            assert!(
                !stderr(&o).contains(needle),
                "{color}: {needle:?} reached stderr"
            );
        }
        assert!(
            out.contains("\\u{1b}"),
            "{color}: the escape is shown escaped: {out}"
        );
    }
}

#[test]
fn eval_without_its_data_writes_nothing_and_fails() {
    let dir = tempfile::tempdir().expect("tmp");
    let report = dir.path().join("quality.md");
    std::fs::write(&report, "the real figures\n").expect("write");
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples");
    let o = tact(
        &[
            "eval",
            "--data",
            "no-such-dir",
            "--samples",
            &samples.display().to_string(),
            "--output",
            &report.display().to_string(),
        ],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("missing data"), "{}", stderr(&o));
    assert!(stderr(&o).contains("--skip"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(&report).expect("still there"),
        "the real figures\n"
    );
}

#[test]
fn a_config_syntax_error_is_printed_once_and_a_mistyped_option_is_refused() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::write(dir.path().join("tact.toml"), "[rules\nx = 1\n").expect("write");
    let o = tact(&["demo"], dir.path());
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o).matches("TOML parse error").count(),
        1,
        "{}",
        stderr(&o)
    );

    std::fs::write(
        dir.path().join("tact.toml"),
        "[rules.reoffer-after-refusal]\nwindow = \"three\"\n",
    )
    .expect("write");
    let o = tact(&["demo"], dir.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("window"), "{}", stderr(&o));
}

#[test]
fn max_record_bytes_reports_a_huge_line_and_keeps_the_rest() {
    let dir = tempfile::tempdir().expect("tmp");
    let good = r#"{"id": "ok", "turns": [{"role": "customer", "text": "Hello"}]}"#;
    let huge = format!(
        r#"{{"id": "huge", "turns": [{{"role": "customer", "text": "{}"}}]}}"#,
        "a".repeat(5000)
    );
    let mut f = std::fs::File::create(dir.path().join("in.jsonl")).expect("create");
    writeln!(f, "{huge}\n{good}").expect("write");
    let o = tact(
        &[
            "analyze",
            "in.jsonl",
            "--max-record-bytes",
            "1000",
            "--format",
            "jsonl",
        ],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("in.jsonl:1:"), "{}", stderr(&o));
    assert!(stderr(&o).contains("too large"), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("\"ok\""));
}

/// A conversation of 20,000 turns and one agent turn of 1 MB, written as a CSV whose
/// conversation id never changes (how the audit built it). Before the rules were made linear
/// these took minutes (20,000 turns) and did not finish (1 MB); no time is asserted here, the
/// growth figures are in docs/performance.md.
#[test]
fn a_very_long_conversation_and_a_very_long_turn_are_analysed() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut csv = String::from("conversation_id,role,text\n");
    for i in 0..10_000 {
        csv.push_str(&format!(
            "c1,customer,\"I asked about the invoice {i}, can you check the price again?\"\n"
        ));
        csv.push_str("c1,agent,\"Only today! Don't miss it, we have a great offer for you.\"\n");
    }
    let long = "Only today we have the best offer, not tomorrow, so hurry! ".repeat(17_000);
    csv.push_str(&format!(
        "c2,customer,\"Hi, how much is it?\"\nc2,agent,\"{long}\"\n"
    ));
    std::fs::write(dir.path().join("long.csv"), csv).expect("write");
    let o = tact(&["analyze", "long.csv", "--format", "jsonl"], dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(out.lines().count(), 2);
}
