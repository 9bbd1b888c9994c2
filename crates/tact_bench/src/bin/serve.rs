//! Web app benchmark: how fast `tact serve` stores conversations and how fast its pages answer
//! on a large store. Figures, never assertions; `bench/serve.sh` runs it in release and writes
//! docs/performance-server.md from what it prints.
//!
//! 1. Ingest: the full path of an upload (read JSON Lines, redact, analyse, store in
//!    transactions of 500) on one thread, over the bundled samples and, when present, the real
//!    service conversations of shared/data/real.
//! 2. Fill: the store grown to `--conversations` by storing those analyses again under new ids,
//!    agents, teams and days (the write path without the analysis).
//! 3. Pages: the overview, a filtered moments page, a text search and a conversation page,
//!    requested in process (no network) as an admin and as a team manager; p50, p95, p99.
//!
//! Usage: `serve [--conversations N] [--requests N]`

use axum::body::Body;
use axum::http::Request;
use std::time::{Duration, Instant};
use tact_model::Conversation;
use tact_server::ingest::{ingest, IngestOptions, Uploader};
use tact_server::store::{Analysed, NewUser, Role, Scope};
use tower::ServiceExt;

fn arg(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)].as_secs_f64() * 1000.0
}

fn main() {
    let target = arg("--conversations", 200_000);
    let requests = arg("--requests", 200);
    let dir = tempfile::tempdir().expect("temp dir");
    let store = tact_server::open_store(dir.path()).expect("store");
    let state =
        tact_server::AppState::new(tact_server::Config::new(dir.path().into()), store.clone())
            .expect("state");
    let (version, analyzer) = state.analyzer();

    let mut corpus: Vec<Conversation> = tact_bench::samples();
    // The public service conversations in tact's own format, when the data is beside us.
    let real_dir = tact_bench::data_dir().join("real");
    let mut real = false;
    for file in ["star.jsonl", "woz-it.jsonl"] {
        if let Ok(text) = std::fs::read_to_string(real_dir.join(file)) {
            real = true;
            corpus.extend(
                text.lines()
                    .filter_map(|l| serde_json::from_str::<Conversation>(l).ok()),
            );
        }
    }
    for (i, c) in corpus.iter_mut().enumerate() {
        c.id = format!("seed-{i}");
    }
    let jsonl: String = corpus
        .iter()
        .map(|c| serde_json::to_string(c).expect("json") + "\n")
        .collect();
    let turns: usize = corpus.iter().map(|c| c.turns.len()).sum();

    // 1. Ingest, the whole path.
    let t = Instant::now();
    let r = ingest(
        store.as_ref(),
        &analyzer,
        version,
        jsonl.as_bytes(),
        &IngestOptions {
            name: "bench.jsonl",
            format: None,
            redact: true,
            uploader: Uploader::Anyone,
        },
    )
    .expect("ingest");
    let ingest_s = t.elapsed().as_secs_f64();
    assert!(
        r.errors.is_empty(),
        "{:?}",
        &r.errors[..r.errors.len().min(3)]
    );
    let t = Instant::now();
    let _ = ingest(
        store.as_ref(),
        &analyzer,
        version,
        jsonl.as_bytes(),
        &IngestOptions {
            name: "bench.jsonl",
            format: None,
            redact: false,
            uploader: Uploader::Anyone,
        },
    )
    .expect("ingest");
    let ingest_plain_s = t.elapsed().as_secs_f64();

    // 2. Fill with the same analyses under new keys.
    let reports: Vec<_> = corpus.iter().map(|c| analyzer.analyze(c)).collect();
    let teams = ["north", "south", "east", "west", "centre"];
    let t = Instant::now();
    let mut stored = corpus.len();
    let mut k = 0usize;
    while stored < target {
        let batch_n = 500.min(target - stored);
        let mut convs = Vec::with_capacity(batch_n);
        let mut reps = Vec::with_capacity(batch_n);
        for _ in 0..batch_n {
            let i = k % corpus.len();
            let mut c = corpus[i].clone();
            c.id = format!("fill-{k}");
            c.agent = Some(format!("agent{:03}", k % 250));
            c.team = Some(teams[k % teams.len()].to_string());
            let day = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).expect("day")
                + chrono::Days::new((k % 700) as u64);
            c.started_at = Some(
                day.and_hms_opt(10, 0, 0)
                    .expect("time")
                    .and_utc()
                    .fixed_offset(),
            );
            for turn in &mut c.turns {
                turn.at = None;
            }
            convs.push(c);
            reps.push(reports[i].clone());
            k += 1;
        }
        let rows: Vec<Analysed<'_>> = convs
            .iter()
            .zip(&reps)
            .map(|(c, r)| Analysed {
                conversation: c,
                report: r,
                version,
            })
            .collect();
        store.put(&rows).expect("put");
        stored += batch_n;
    }
    let fill_s = t.elapsed().as_secs_f64();
    let filled = stored - corpus.len();
    let db_bytes: u64 = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum();

    // 3. Pages.
    let hash = tact_server::auth::hash_password("bench password").expect("hash");
    for (name, role, team) in [
        ("admin", Role::Admin, None),
        ("manager", Role::Manager, Some("north")),
    ] {
        let u = store
            .add_user(&NewUser {
                name,
                role,
                team,
                agent: None,
                password_hash: &hash,
            })
            .expect("user");
        store
            .add_token(&tact_server::auth::digest(name), u.id, "bench")
            .expect("token");
    }
    let app = tact_server::router(state.clone());
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let count = store.conversation_count(&Scope::All).expect("count");
    let pages: Vec<(&str, String)> = vec![
        ("overview", "/".into()),
        (
            "moments, filtered (family, team, 3 months)",
            "/moments?family=listening&team=north&from=2025-03-01&to=2025-05-31".into(),
        ),
        ("moments, text search", "/moments?q=refund".into()),
        ("scorecards per agent", "/agents".into()),
        ("conversation", "/conversations/fill-{k}".into()),
    ];
    println!("## Web app (`tact serve`)\n");
    println!(
        "Store: {count} conversations ({filled} of them copies of the analysed ones under new ids, agents, teams and days), {:.1} GiB on disk.\n",
        db_bytes as f64 / (1u64 << 30) as f64
    );
    println!("| step | figure |\n|---|---|");
    println!(
        "| ingest, whole path (read, redact, analyse, store), one thread | {:.0} conversations/s ({} conversations, {} turns{}) |",
        corpus.len() as f64 / ingest_s,
        corpus.len(),
        turns,
        if real { ", samples and shared/data/real" } else { ", bundled samples only" }
    );
    println!(
        "| ingest without redaction (`--keep-personal-data`), same conversations replaced | {:.0} conversations/s |",
        corpus.len() as f64 / ingest_plain_s
    );
    println!(
        "| store only (analysed conversations written, batches of 500) | {:.0} conversations/s |",
        filled as f64 / fill_s.max(1e-9)
    );
    println!("\n| page (in process, {requests} requests) | as | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|");
    for (label, path) in &pages {
        for who in ["admin", "manager"] {
            let mut times = Vec::with_capacity(requests);
            for n in 0..requests {
                let p = path.replace("{k}", &((n * 7919) % filled.max(1)).to_string());
                let req = Request::get(p)
                    .header("authorization", format!("Bearer {who}"))
                    .body(Body::empty())
                    .expect("request");
                let t = Instant::now();
                let resp = rt.block_on(app.clone().oneshot(req)).expect("response");
                let status = resp.status();
                let _ = rt.block_on(http_body_util::BodyExt::collect(resp.into_body()));
                times.push(t.elapsed());
                assert!(
                    status.is_success() || status.as_u16() == 404,
                    "{label}: {status}"
                );
            }
            times.sort();
            println!(
                "| {label} | {who} | {:.1} | {:.1} | {:.1} |",
                percentile(&times, 0.5),
                percentile(&times, 0.95),
                percentile(&times, 0.99)
            );
        }
    }
}
