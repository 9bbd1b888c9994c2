//! `tact serve` as scripts and operators use it: accounts and tokens from the command line,
//! `tact push`, concurrent uploads, and a `kill -9` in the middle of an upload that loses no
//! acknowledged conversation and leaves none half-written.

use std::io::Write;
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tact_server::store::{MomentFilter, Scope};

fn tact(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_tact"))
        .args(args)
        .output()
        .expect("tact runs")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("port")
        .local_addr()
        .expect("addr")
        .port()
}

fn start(data: &Path, port: u16) -> Child {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tact"))
        .args(["serve", "--addr", &format!("127.0.0.1:{port}"), "--data"])
        .arg(data)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("server starts");
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if let Ok(r) = ureq::get(&format!("http://127.0.0.1:{port}/healthz")).call() {
            if r.status() == 200 {
                return child;
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the server did not answer /healthz within a minute");
}

fn conversations(prefix: &str, n: usize) -> String {
    (0..n)
        .map(|i| {
            serde_json::json!({
                "id": format!("{prefix}-{i}"),
                "agent": format!("agent{}", i % 7),
                "team": if i % 2 == 0 { "north" } else { "south" },
                "started_at": format!("2026-11-{:02}T10:00:00+02:00", 1 + i % 28),
                "turns": [
                    {"role": "customer", "text": "I told you already, I do not want the extended warranty."},
                    {"role": "agent", "text": "But the extended warranty is a great deal, only today, buy it now!"},
                    {"role": "customer", "text": "No. Just the phone, please."}
                ]
            })
            .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn push(port: u16, token: &str, file: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_tact"))
        .args([
            "push",
            "--server",
            &format!("http://127.0.0.1:{port}"),
            "--token",
            token,
        ])
        .arg(file)
        .output()
        .expect("push runs")
}

/// Whatever happened, the store agrees with itself: every conversation's moments are stored,
/// and the weekly totals count each conversation and moment once.
fn check_consistent(data: &Path) -> i64 {
    let store = tact_server::open_store(data).expect("store");
    let count = store.conversation_count(&Scope::All).expect("count");
    let rows = store
        .conversations(&Scope::All, &MomentFilter::default(), 1_000_000, 0)
        .expect("rows");
    assert_eq!(rows.len() as i64, count);
    let moments = store
        .moments(&Scope::All, &MomentFilter::default(), 10_000_000, 0)
        .expect("moments");
    assert_eq!(
        rows.iter().map(|r| r.moments).sum::<i64>(),
        moments.len() as i64,
        "moments of stored conversations"
    );
    let (weeks, week_moments) = store.weekly(&Scope::All).expect("weekly");
    assert_eq!(weeks.iter().map(|w| w.conversations).sum::<i64>(), count);
    assert_eq!(
        week_moments.iter().map(|m| m.moments).sum::<i64>(),
        moments.len() as i64
    );
    count
}

#[test]
fn accounts_tokens_push_and_a_kill_in_mid_upload() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("store");
    let data_s = data.to_str().expect("utf-8");

    // The account contract: a generated one-time password on stdout; a token on stdout.
    let out = tact(&["user", "add", "root", "--role", "admin", "--data", data_s]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim().len(), 43);
    let out = tact(&["user", "add", "ann", "--role", "manager", "--data", data_s]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a manager without a team is refused"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_tact"))
        .args([
            "user",
            "add",
            "ann",
            "--role",
            "agent",
            "--agent",
            "agent1",
            "--password-stdin",
            "--data",
            data_s,
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            c.stdin
                .take()
                .expect("stdin")
                .write_all(b"ann's own password\n")?;
            c.wait_with_output()
        })
        .expect("user add");
    assert!(out.status.success());
    assert!(
        out.stdout.is_empty(),
        "no password printed when it was given"
    );
    let out = tact(&["token", "create", "root", "--data", data_s]);
    assert!(out.status.success());
    let token = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let ann = String::from_utf8_lossy(&tact(&["token", "create", "ann", "--data", data_s]).stdout)
        .trim()
        .to_string();
    assert_eq!(
        tact(&["token", "create", "nobody", "--data", data_s])
            .status
            .code(),
        Some(2)
    );

    let port = free_port();
    let mut server = start(&data, port);

    // Acknowledged uploads, two at the same time.
    let a = dir.path().join("a.jsonl");
    let b = dir.path().join("b.jsonl");
    std::fs::write(&a, conversations("a", 40) + "\n{broken\n").expect("write");
    std::fs::write(&b, conversations("b", 40)).expect("write");
    let (ra, rb) = std::thread::scope(|s| {
        let ta = s.spawn(|| push(port, &token, &a));
        let tb = s.spawn(|| push(port, &token, &b));
        (ta.join().expect("a"), tb.join().expect("b"))
    });
    assert_eq!(ra.status.code(), Some(2), "a bad line makes push exit 2");
    assert!(String::from_utf8_lossy(&ra.stderr).contains("a.jsonl:41:"));
    assert!(
        rb.status.success(),
        "{}",
        String::from_utf8_lossy(&rb.stderr)
    );
    // An agent may not store; a wrong token is refused.
    assert_eq!(push(port, &ann, &b).status.code(), Some(2));
    assert_eq!(push(port, "wrong", &b).status.code(), Some(2));

    // A large upload, killed part way through.
    let big = dir.path().join("big.jsonl");
    std::fs::write(&big, conversations("big", 4000)).expect("write");
    let mut pusher = Command::new(env!("CARGO_BIN_EXE_tact"))
        .args([
            "push",
            "--server",
            &format!("http://127.0.0.1:{port}"),
            "--token",
            &token,
        ])
        .arg(&big)
        .stderr(Stdio::null())
        .spawn()
        .expect("push");
    let store = tact_server::open_store(&data).expect("store");
    let deadline = Instant::now() + Duration::from_secs(120);
    while store.conversation_count(&Scope::All).expect("count") <= 80 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    server.kill().expect("kill -9");
    server.wait().expect("reaped");
    let _ = pusher.wait();
    drop(store);

    let stored = check_consistent(&data);
    let big_stored = stored - 80;
    assert!(
        big_stored > 0 && big_stored < 4000,
        "killed mid-upload: {big_stored}"
    );
    assert_eq!(big_stored % 500, 0, "whole batches only: {big_stored}");
    let store = tact_server::open_store(&data).expect("store");
    for id in ["a-0", "a-39", "b-0", "b-39"] {
        assert!(
            store.conversation(&Scope::All, id).expect("read").is_some(),
            "{id}"
        );
    }
    drop(store);

    // After a restart the same upload completes, replacing what was there, never doubling it.
    let mut server = start(&data, port);
    let r = push(port, &token, &big);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    server.kill().expect("kill");
    server.wait().expect("reaped");
    assert_eq!(check_consistent(&data), 4080);
}

#[test]
fn review_decisions_export_as_labels_and_give_precision() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("store");
    let store = tact_server::open_store(&data).expect("store");
    let state = tact_server::AppState::new(tact_server::Config::new(data.clone()), store.clone())
        .expect("state");
    let (version, analyzer) = state.analyzer();
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/en.jsonl"),
    )
    .expect("samples");
    tact_server::ingest::ingest(
        store.as_ref(),
        &analyzer,
        version,
        text.as_bytes(),
        &tact_server::ingest::IngestOptions {
            name: "en.jsonl",
            format: None,
            redact: true,
            uploader: tact_server::ingest::Uploader::Anyone,
        },
    )
    .expect("ingest");
    let hash = tact_server::auth::hash_password("0123456789").expect("hash");
    let boss = store
        .add_user(&tact_server::store::NewUser {
            name: "boss",
            role: tact_server::store::Role::Admin,
            team: None,
            agent: None,
            password_hash: &hash,
        })
        .expect("user");
    let moments = store
        .moments(&Scope::All, &MomentFilter::default(), 4, 0)
        .expect("moments");
    for (i, m) in moments.iter().enumerate() {
        let key = tact_server::store::MomentKey {
            conversation_id: m.conversation_id.clone(),
            rule: m.rule.clone(),
            turn: m.turn,
            start: m.start,
            end: m.end,
        };
        let action = if i % 2 == 0 {
            tact_server::review::Action::Confirm
        } else {
            tact_server::review::Action::FalseAlarm
        };
        assert!(store
            .review(&key, action, "checked", &boss)
            .expect("review"));
    }
    let expected = store.labels(&Scope::All).expect("labels");
    drop(store);

    let labels = dir.path().join("labels.jsonl");
    let out = tact(&[
        "export-labels",
        "--data",
        data.to_str().expect("utf-8"),
        "-o",
        labels.to_str().expect("utf-8"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = std::fs::read_to_string(&labels).expect("labels");
    assert_eq!(written.lines().count(), expected.len());
    let first: serde_json::Value =
        serde_json::from_str(written.lines().next().expect("a line")).expect("json");
    assert_eq!(first["rule"], expected[0].key.rule.as_str());

    let rows = tact_eval::labels::precision(
        expected
            .iter()
            .map(|l| (l.key.rule.as_str(), l.team.as_deref(), l.status.as_str())),
    );
    let out = tact(&["eval", "--labels", labels.to_str().expect("utf-8")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains(&tact_eval::labels::markdown(&rows)));
    // A bad line is named and the rest still counted.
    std::fs::write(&labels, written.clone() + "{nope\n").expect("write");
    let out = tact(&["eval", "--labels", labels.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains(&format!(":{}:", expected.len() + 1)));
    assert!(String::from_utf8_lossy(&out.stdout).contains(&tact_eval::labels::markdown(&rows)));
}

#[test]
fn a_webhook_secret_needs_a_source_and_sixteen_characters() {
    let dir = tempfile::tempdir().expect("tmp");
    let data = dir.path().to_str().expect("utf-8");
    for bad in ["twilio", "twilio=short", "=a-long-enough-secret-here"] {
        let o = tact(&["serve", "--data", data, "--webhook-secret", bad]);
        assert_eq!(o.status.code(), Some(2), "{bad}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("SOURCE=SECRET"), "{bad}: {err}");
        // The secret itself is never echoed.
        assert!(
            !err.contains("short") && !err.contains("a-long-enough"),
            "{err}"
        );
    }
}
