//! `tact redact` and `--redact` as a user runs them: personal data out of what is written and
//! printed, in the input's format, with bad records reported and the rest kept.

mod common;

use common::{stderr, stdout, tact};

const CONV: &str = r#"{"id": "r-1", "language": "it", "agent": "Luca Bianchi", "turns": [{"role": "customer", "speaker": "Maria Rossi", "text": "Buongiorno, sono Maria Rossi. Scrivetemi a maria.rossi@example.com o chiamate il +39 333 123 4567."}, {"role": "agent", "speaker": "Luca Bianchi", "text": "Grazie Maria, le invio l'offerta. Il rimborso va sull'IBAN GB82 WEST 1234 5698 7654 32?"}]}"#;

const SECRETS: [&str; 5] = [
    "maria.rossi@example.com",
    "333 123 4567",
    "GB82 WEST 1234 5698 7654 32",
    "Maria Rossi",
    "Luca Bianchi",
];

#[test]
fn redact_writes_the_same_conversations_without_personal_data() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::write(
        dir.path().join("in.jsonl"),
        format!("{CONV}\nnot json\n{CONV}\n"),
    )
    .expect("write");
    let o = tact(&["redact", "in.jsonl", "--numbered"], dir.path());
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("in.jsonl:2:"), "{}", stderr(&o));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 2, "{out}");
    for s in SECRETS {
        assert!(!out.contains(s), "{s} leaked: {out}");
    }
    let first: serde_json::Value =
        serde_json::from_str(out.lines().next().expect("a line")).expect("JSON Lines");
    assert_eq!(first["id"], "r-1");
    let text = first["turns"][0]["text"].as_str().expect("text");
    assert!(
        text.contains("[EMAIL_1]") && text.contains("[PHONE_1]"),
        "{text}"
    );
    assert!(first["turns"][1]["text"]
        .as_str()
        .expect("text")
        .contains("[IBAN_1]"));
    // Redacting the output again changes nothing.
    std::fs::write(dir.path().join("once.jsonl"), &out).expect("write");
    let again = tact(&["redact", "once.jsonl", "--numbered"], dir.path());
    assert_eq!(stdout(&again), out);
}

#[test]
fn redacted_csv_reads_back_as_csv() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::write(
        dir.path().join("in.csv"),
        "conversation_id,role,text\nc1,customer,\"Mi chiamo Anna Neri, il mio numero è +39 333 765 4321\"\nc1,agent,\"Grazie, la richiamo.\"\n",
    )
    .expect("write");
    let o = tact(&["redact", "in.csv", "-o", "out.csv"], dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let written = std::fs::read_to_string(dir.path().join("out.csv")).expect("written");
    assert!(
        written.starts_with("conversation_id,role,text"),
        "{written}"
    );
    assert!(!written.contains("765 4321"), "{written}");
    let back = tact(
        &["analyze", "out.csv", "--format", "jsonl", "-q"],
        dir.path(),
    );
    assert_eq!(back.status.code(), Some(0), "{}", stderr(&back));
    assert_eq!(stdout(&back).lines().count(), 1);
}

#[test]
fn analyze_with_redact_prints_no_personal_data_and_evidence_stays_in_place() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::write(dir.path().join("in.jsonl"), format!("{CONV}\n")).expect("write");
    for format in ["text", "jsonl", "markdown"] {
        let o = tact(
            &[
                "analyze",
                "in.jsonl",
                "--redact",
                "--preview",
                "--format",
                format,
            ],
            dir.path(),
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        for s in SECRETS {
            assert!(!stdout(&o).contains(s), "{format}: {s} leaked");
        }
    }
}

#[test]
fn a_draft_reply_checked_with_redact_prints_no_personal_data() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::write(
        dir.path().join("review.txt"),
        "Terrible service, I waited three weeks for my order. Maria Rossi, +39 333 123 4567\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("draft.txt"),
        "Dear Maria Rossi, as our terms and conditions clearly state (call +39 333 123 4567), \
         you must wait up to 30 days, so you were wrong to expect it sooner.\n",
    )
    .expect("write");
    for format in ["jsonl", "text"] {
        let o = tact(
            &[
                "check-reply",
                "--to",
                "review.txt",
                "draft.txt",
                "--redact",
                "-f",
                format,
                "-q",
            ],
            dir.path(),
        );
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        let out = stdout(&o);
        // The text report shows the draft's line around the moment.
        if format == "text" {
            assert!(out.contains("[PERSON]") && out.contains("[PHONE]"), "{out}");
        }
        for s in ["Maria Rossi", "333 123 4567"] {
            assert!(!out.contains(s), "{format}: {s} leaked:\n{out}");
        }
    }
}
