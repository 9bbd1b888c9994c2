//! Scale benchmark of the job queue: conversations per second that 1, 2 and 4 `tact worker`
//! processes analyse and store in a Postgres (or SQLite) store, and how much of a worker's time
//! the database takes. Figures, never assertions; `bench/queue.sh` starts a throwaway Postgres
//! and runs it in release.
//!
//! Usage: `queue --database URL --tact PATH [--conversations N] [--workers 1,2,4]`
//! (URL: a Postgres server; each run gets a fresh database on it.)

use std::process::{Command, Stdio};
use std::time::Instant;
use tact_server::ingest::{enqueue, IngestOptions, Uploader};
use tact_server::store::Scope;

fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

/// `n` conversations as JSON Lines (the samples over and over, each copy with its own id) and
/// their turns.
fn corpus(n: usize) -> (String, usize) {
    let samples = tact_bench::samples();
    let mut out = String::new();
    let mut turns = 0;
    for i in 0..n {
        let mut c = samples[i % samples.len()].clone();
        c.id = format!("{}-{i}", c.id);
        turns += c.turns.len();
        out.push_str(&serde_json::to_string(&c).expect("json"));
        out.push('\n');
    }
    (out, turns)
}

fn main() {
    let server = arg("--database").expect("--database postgres://…");
    let tact = arg("--tact").expect("--tact path/to/tact");
    let n: usize = arg("--conversations")
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let counts: Vec<usize> = arg("--workers")
        .unwrap_or_else(|| "1,2,4".into())
        .split(',')
        .filter_map(|w| w.trim().parse().ok())
        .collect();
    let (body, turns) = corpus(n);
    let cores = std::thread::available_parallelism().map_or(1, |c| c.get());
    println!(
        "{n} conversations ({turns} turns, {:.1} MB), {cores} cores",
        body.len() as f64 / 1e6
    );
    println!();
    store_only(&server, &body, n);
    println!();
    println!("| workers | enqueue (conv/s) | analyse and store (conv/s) | turns/s | CPU busy (all cores) | analysis, ms per conversation |");
    println!("|---:|---:|---:|---:|---:|---:|");
    for &k in &counts {
        let url = if server.starts_with("postgres") {
            tact_server::store::scratch_database(&server).expect("database")
        } else {
            let dir = std::env::temp_dir().join(format!("tact-queue-{}-{k}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            dir.display().to_string()
        };
        let store = tact_server::open_database(&url).expect("store");
        let started = Instant::now();
        let q = enqueue(
            store.as_ref(),
            body.as_bytes(),
            &IngestOptions {
                name: "bench.jsonl",
                format: None,
                redact: true,
                uploader: Uploader::Anyone,
            },
        )
        .expect("enqueue");
        assert_eq!(q.queued, n);
        let enqueue_secs = started.elapsed().as_secs_f64();
        let started = Instant::now();
        let cpu = busy();
        let workers: Vec<_> = (0..k)
            .map(|i| {
                Command::new(&tact)
                    .args([
                        "worker",
                        "--database",
                        &url,
                        "--until-empty",
                        "--poll-ms",
                        "50",
                    ])
                    .args(["--name", &format!("bench{i}")])
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                    .expect("worker")
            })
            .collect();
        for mut w in workers {
            assert!(w.wait().expect("worker").success());
        }
        let secs = started.elapsed().as_secs_f64();
        let (busy_after, all_after) = busy();
        let busy_share = (busy_after - cpu.0) as f64 / (all_after - cpu.1).max(1) as f64;
        assert_eq!(
            store.conversation_count(&Scope::All).expect("count"),
            n as i64
        );
        let counts = store.job_counts(0).expect("counts");
        let analysis = counts.analysis_micros as f64 / 1e6;
        println!(
            "| {k} | {:.0} | {:.0} | {:.0} | {:.0} % | {:.2} |",
            n as f64 / enqueue_secs,
            n as f64 / secs,
            turns as f64 / secs,
            100.0 * busy_share,
            1000.0 * analysis / n as f64
        );
    }
}

/// Busy and total jiffies of the machine (/proc/stat), to tell a saturated machine.
fn busy() -> (u64, u64) {
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let f: Vec<u64> = stat
        .lines()
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .skip(1)
        .filter_map(|v| v.parse().ok())
        .collect();
    let all: u64 = f.iter().take(8).sum();
    let idle = f.get(3).copied().unwrap_or(0) + f.get(4).copied().unwrap_or(0);
    (all - idle, all)
}

/// The store's own ceiling: analysed conversations written by one thread in batches of 100,
/// the analysis done beforehand and not timed. With one writer at a time, no number of
/// workers stores faster than this.
fn store_only(server: &str, body: &str, n: usize) {
    let url = if server.starts_with("postgres") {
        tact_server::store::scratch_database(server).expect("database")
    } else {
        let dir = std::env::temp_dir().join(format!("tact-queue-{}-store", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir.display().to_string()
    };
    let store = tact_server::open_database(&url).expect("store");
    let analyzer = tact_analyze::Analyzer::new(
        tact_rules::Engine::new(tact_rules::Settings::default()),
        None,
    );
    let conversations: Vec<tact_model::Conversation> = body
        .lines()
        .map(|l| serde_json::from_str(l).expect("conversation"))
        .collect();
    let reports: Vec<_> = conversations.iter().map(|c| analyzer.analyze(c)).collect();
    let rows: Vec<tact_server::store::Analysed<'_>> = conversations
        .iter()
        .zip(&reports)
        .map(|(c, r)| tact_server::store::Analysed {
            conversation: c,
            report: r,
            version: 1,
        })
        .collect();
    let started = Instant::now();
    for chunk in rows.chunks(100) {
        store.put(chunk).expect("put");
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "Store only (analysed beforehand, one writer, batches of 100): {:.0} conversations/s; \
         analysis alone on one core: {:.0} conversations/s.",
        n as f64 / secs,
        {
            let started = Instant::now();
            for c in conversations.iter().take(2000) {
                std::hint::black_box(analyzer.analyze(c));
            }
            conversations.len().min(2000) as f64 / started.elapsed().as_secs_f64()
        }
    );
}
