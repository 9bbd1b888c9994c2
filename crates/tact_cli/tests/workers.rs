//! `tact worker` processes on a Postgres store, killed with SIGKILL at random points and
//! restarted: at the end every queued conversation is stored exactly once, with the report a
//! single process gives it. Needs a Postgres server: TACT_TEST_DATABASE names it (`.ci/run`
//! starts one); without it the test says so and passes, unless TACT_PG_TESTS=required.
//! TACT_FAULT_CONVERSATIONS sets the size (CI's default is below; the figure in
//! docs/performance.md is from 200,000).

use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tact_server::ingest::{enqueue, IngestOptions, Uploader};
use tact_server::store::{MomentFilter, Scope};

const SAMPLES: &[&str] = &[
    include_str!("../../../samples/en.jsonl"),
    include_str!("../../../samples/it.jsonl"),
    include_str!("../../../samples/el.jsonl"),
    include_str!("../../../samples/ro.jsonl"),
    include_str!("../../../samples/fi.jsonl"),
];
const DEFAULT_CONVERSATIONS: usize = 6_000;

/// The database server to test against, or `None` (and why) when there is none.
fn database() -> Option<String> {
    match std::env::var("TACT_TEST_DATABASE") {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var("TACT_PG_TESTS").as_deref() != Ok("required"),
                "TACT_PG_TESTS=required but TACT_TEST_DATABASE is not set"
            );
            eprintln!("skipped: no Postgres (set TACT_TEST_DATABASE=postgres://…)");
            None
        }
    }
}

/// `n` conversations as JSON Lines: the samples over and over, each copy with its own id.
fn conversations(n: usize) -> String {
    let lines: Vec<serde_json::Value> = SAMPLES
        .iter()
        .flat_map(|s| s.lines())
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("sample"))
        .collect();
    let mut out = String::new();
    for i in 0..n {
        let mut c = lines[i % lines.len()].clone();
        let id = format!("{}-{i}", c["id"].as_str().unwrap_or("c"));
        c["id"] = serde_json::Value::String(id);
        out.push_str(&c.to_string());
        out.push('\n');
    }
    out
}

/// A second version of every tenth of the `n` conversations (same id, one more turn): pushed
/// while the workers run, it must be what is stored at the end.
fn second_versions(n: usize) -> String {
    conversations(n)
        .lines()
        .step_by(10)
        .map(|l| {
            let mut c: serde_json::Value = serde_json::from_str(l).expect("json");
            let turns = c["turns"].as_array_mut().expect("turns");
            turns.push(serde_json::json!({"role": "customer", "text": SECOND_VERSION}));
            c.to_string() + "\n"
        })
        .collect()
}

const SECOND_VERSION: &str = "One more thing, sent later: please call me tomorrow instead.";

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn spawn_worker(url: &str, name: &str) -> Child {
    Command::new(env!("CARGO_BIN_EXE_tact"))
        .args([
            "worker",
            "--database",
            url,
            "--name",
            name,
            "--batch",
            "50",
            "--lease",
            "3",
            "--poll-ms",
            "100",
            "--until-empty",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("worker starts")
}

/// A small deterministic generator for kill times (no clock in the seed: a failure reruns).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

#[test]
fn workers_killed_at_random_lose_and_duplicate_nothing() {
    let Some(server) = database() else {
        return;
    };
    let n = std::env::var("TACT_FAULT_CONVERSATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_CONVERSATIONS);
    let url = tact_server::store::scratch_database(&server).expect("database");
    let store = tact_server::open_database(&url).expect("store");
    let started = Instant::now();
    let queued = enqueue(
        store.as_ref(),
        conversations(n).as_bytes(),
        &IngestOptions {
            name: "fault.jsonl",
            format: None,
            redact: true,
            uploader: Uploader::Anyone,
        },
    )
    .expect("enqueue");
    assert!(queued.errors.is_empty(), "{:?}", queued.errors);
    assert_eq!(queued.queued, n);
    eprintln!("{n} queued in {:.1?}", started.elapsed());

    let started = Instant::now();
    let mut workers: Vec<Child> = (0..4)
        .map(|i| spawn_worker(&url, &format!("w{i}")))
        .collect();
    let mut rng = Lcg(0x7461_6374);
    let mut kills = 0;
    let mut restarted = 0;
    std::thread::sleep(Duration::from_millis(300));
    let again = enqueue(
        store.as_ref(),
        second_versions(n).as_bytes(),
        &IngestOptions {
            name: "fault-again.jsonl",
            format: None,
            redact: true,
            uploader: Uploader::Anyone,
        },
    )
    .expect("enqueue again");
    assert_eq!(again.queued, n.div_ceil(10));
    // Kill two workers at random points, again and again, while the queue is long enough to
    // be mid-batch; each is restarted at once under a new name.
    while kills < 12 {
        std::thread::sleep(Duration::from_millis(200 + rng.below(1200)));
        let left = store.job_counts(now()).expect("counts");
        if left.queued + left.leased < (n as i64) / 10 {
            break;
        }
        for _ in 0..2 {
            let i = rng.below(workers.len() as u64) as usize;
            workers[i].kill().expect("SIGKILL");
            workers[i].wait().expect("reaped");
            kills += 1;
            restarted += 1;
            workers[i] = spawn_worker(&url, &format!("w{i}-r{restarted}"));
        }
    }
    for mut w in workers {
        let status = w.wait().expect("worker ends");
        assert!(status.success(), "a worker failed: {status}");
    }
    let took = started.elapsed();
    eprintln!(
        "{n} analysed and stored by 4 workers, {kills} killed with SIGKILL, in {took:.1?} ({:.0}/s)",
        n as f64 / took.as_secs_f64()
    );
    assert!(kills >= 2, "the run ended before any worker was killed");

    let counts = store.job_counts(now()).expect("counts");
    assert_eq!(
        (counts.queued, counts.leased, counts.dead),
        (0, 0, 0),
        "{counts:?}"
    );
    assert_eq!(
        store.conversation_count(&Scope::All).expect("count"),
        n as i64
    );
    // Each conversation once, with what one process gives it.
    let analyzer = tact_analyze::Analyzer::new(
        tact_rules::Engine::new(tact_rules::Settings::default()),
        None,
    );
    let rows = store
        .conversations(&Scope::All, &MomentFilter::default(), n as i64 + 10, 0)
        .expect("rows");
    assert_eq!(rows.len(), n);
    let mut seen: HashMap<String, ()> = HashMap::new();
    for r in &rows {
        assert!(seen.insert(r.id.clone(), ()).is_none(), "{} twice", r.id);
        let stored = store
            .conversation(&Scope::All, &r.id)
            .expect("read")
            .expect("stored");
        // Through text, as the store keeps it (numbers rounded as the report prints them).
        let again: serde_json::Value = serde_json::from_str(
            &serde_json::to_string(&analyzer.analyze(&stored.input)).expect("json"),
        )
        .expect("json");
        assert_eq!(stored.report, again, "{}", r.id);
        let index: usize =
            r.id.rsplit('-')
                .next()
                .and_then(|i| i.parse().ok())
                .expect("index");
        let last = stored.input.turns.last().map(|t| t.text.as_str());
        assert_eq!(
            last == Some(SECOND_VERSION),
            index.is_multiple_of(10),
            "{}: the last version pushed is the one stored",
            r.id
        );
    }
    let (weeks, _) = store.weekly(&Scope::All).expect("weekly");
    assert_eq!(
        weeks.iter().map(|w| w.conversations).sum::<i64>(),
        n as i64,
        "each conversation counted once in the weekly totals"
    );
    let moments: i64 = rows.iter().map(|r| r.moments).sum();
    let (_, week_moments) = store.weekly(&Scope::All).expect("weekly");
    assert_eq!(week_moments.iter().map(|w| w.moments).sum::<i64>(), moments);
}

fn tact(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_tact"))
        .args(args)
        .output()
        .expect("tact runs")
}

/// What a team does on the first day: accounts and a token on Postgres, a server that queues,
/// a push and a webhook, a worker, and the conversations in the API.
#[test]
fn a_team_on_postgres_pushes_and_a_worker_stores() {
    let Some(server) = database() else {
        return;
    };
    let url = tact_server::store::scratch_database(&server).expect("database");
    if url.contains("sslmode=require") && std::env::var_os("TACT_DATABASE_CA").is_some() {
        // The server's certificate is checked: without its CA, nothing is stored.
        let refused = Command::new(env!("CARGO_BIN_EXE_tact"))
            .args(["user", "add", "eve", "--role", "admin", "--database", &url])
            .env_remove("TACT_DATABASE_CA")
            .output()
            .expect("tact runs");
        let said = String::from_utf8_lossy(&refused.stderr);
        assert!(!refused.status.success(), "{said}");
        assert!(
            said.contains("certificate") || said.contains("Certificate"),
            "{said}"
        );
    }
    let made = tact(&["user", "add", "root", "--role", "admin", "--database", &url]);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let token = tact(&["token", "create", "root", "--database", &url]);
    assert!(token.status.success());
    let token = String::from_utf8_lossy(&token.stdout).trim().to_string();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("port")
        .local_addr()
        .expect("addr")
        .port();
    let secret = "a-secret-of-enough-length";
    let mut serve = Command::new(env!("CARGO_BIN_EXE_tact"))
        .args(["serve", "--queue", "--database", &url])
        .args(["--addr", &format!("127.0.0.1:{port}")])
        .args(["--webhook-secret", &format!("crm={secret}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("server starts");
    let base = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(60);
    while ureq::get(&format!("{base}/readyz")).call().is_err() {
        assert!(Instant::now() < deadline, "the server did not get ready");
        std::thread::sleep(Duration::from_millis(100));
    }
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("it.jsonl");
    std::fs::write(&file, SAMPLES[1]).expect("write");
    let pushed = tact(&[
        "push",
        "--server",
        &base,
        "--token",
        &token,
        &file.to_string_lossy(),
    ]);
    let said = String::from_utf8_lossy(&pushed.stderr).to_string();
    assert!(pushed.status.success(), "{said}");
    let n = SAMPLES[1].lines().filter(|l| !l.trim().is_empty()).count();
    assert!(
        said.contains(&format!(
            "0 conversations stored, {n} queued for the workers"
        )),
        "{said}"
    );
    let body = r#"{"id":"hook-1","channel":"chat","turns":[{"role":"customer","text":"Is it in stock?"},{"role":"agent","text":"Yes, it ships tomorrow."}]}"#;
    let signed_at = now();
    let answer: serde_json::Value = ureq::post(&format!("{base}/api/v1/webhooks/conversation"))
        .set("X-Tact-Source", "crm")
        .set("X-Tact-Timestamp", &signed_at.to_string())
        .set(
            "X-Tact-Signature",
            &tact_server::webhook::signature(secret.as_bytes(), signed_at, body.as_bytes()),
        )
        .set("Content-Type", "application/json")
        .send_string(body)
        .expect("webhook")
        .into_string()
        .map(|t| serde_json::from_str(&t).expect("json"))
        .expect("answer");
    assert_eq!(answer["queued"], 1, "{answer}");
    let listed = |base: &str| -> usize {
        let v: serde_json::Value = ureq::get(&format!("{base}/api/v1/conversations?limit=1000"))
            .set("Authorization", &format!("Bearer {token}"))
            .call()
            .expect("list")
            .into_string()
            .map(|t| serde_json::from_str(&t).expect("json"))
            .expect("answer");
        v.as_array().map_or(0, Vec::len)
    };
    assert_eq!(listed(&base), 0, "nothing is stored before a worker runs");
    let worked = tact(&[
        "worker",
        "--database",
        &url,
        "--until-empty",
        "--poll-ms",
        "50",
    ]);
    assert!(
        worked.status.success(),
        "{}",
        String::from_utf8_lossy(&worked.stderr)
    );
    assert_eq!(listed(&base), n + 1);
    let metrics = ureq::get(&format!("{base}/metrics"))
        .call()
        .expect("metrics")
        .into_string()
        .expect("text");
    assert!(
        metrics.contains(&format!("\ntact_jobs_done_total {}\n", n + 1)),
        "{metrics}"
    );
    assert!(metrics.contains("\ntact_jobs_queued 0\n"), "{metrics}");
    let _ = serve.kill();
    let _ = serve.wait();
}
