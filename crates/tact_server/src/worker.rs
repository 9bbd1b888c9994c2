//! `tact worker`: claims jobs from the store's queue, analyses their conversations under the
//! settings stored there, and writes each batch's results in the transaction that deletes its
//! jobs. Any number of workers on any number of machines share one store; one killed at any
//! point leaves its batch to be claimed again when the lease runs out, so every conversation is
//! stored, and stored once (its id is its key).

use crate::store::{Analysed, FinishedJob, Job, JobKind, Scope, Store};
use crate::web::{analyzer_for, SETTINGS_KEY, VERSION_KEY};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tact_analyze::{Analyzer, ConversationReport, Guarded};
use tact_model::Conversation;

#[derive(Debug, Clone)]
pub struct WorkerOptions {
    /// How the worker is named in the queue (a job's holder).
    pub name: String,
    /// Jobs claimed at a time.
    pub batch: i64,
    /// Seconds a claim holds; a batch must be analysed and stored within it.
    pub lease_secs: i64,
    /// How long to wait before asking again when the queue is empty.
    pub poll: Duration,
    /// Stop once no job is queued or held (for batch runs and tests).
    pub until_empty: bool,
}

/// What a worker did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WorkerStats {
    pub done: u64,
    pub failed: u64,
}

/// The analyzer of the store's current settings, rebuilt only when their version changes.
struct Settings {
    version: i64,
    analyzer: Option<Arc<Analyzer>>,
}

impl Settings {
    fn current(&mut self, store: &dyn Store) -> anyhow::Result<(i64, Arc<Analyzer>)> {
        let version = store
            .setting(VERSION_KEY)?
            .and_then(|v| v.parse().ok())
            .unwrap_or(1);
        match &self.analyzer {
            Some(a) if version == self.version => Ok((version, a.clone())),
            _ => {
                let text = store.setting(SETTINGS_KEY)?.unwrap_or_default();
                let a = Arc::new(analyzer_for(&text)?);
                self.version = version;
                self.analyzer = Some(a.clone());
                Ok((version, a))
            }
        }
    }
}

/// How long a worker waits after the store failed (unreachable, restarting) before it asks
/// again; it keeps its place instead of exiting, as a systemd unit would restart it anyway.
const BACKOFF: Duration = Duration::from_secs(2);

/// Runs until `stop` is set (or, with `until_empty`, the queue is empty). Failures of the store
/// are logged and retried; a job that fails is recorded against that job alone.
pub fn run(
    store: &dyn Store,
    opts: &WorkerOptions,
    stop: &AtomicBool,
) -> anyhow::Result<WorkerStats> {
    let mut stats = WorkerStats::default();
    let mut settings = Settings {
        version: 0,
        analyzer: None,
    };
    while !stop.load(Ordering::Relaxed) {
        match step(store, opts, &mut settings) {
            Ok(Step::Worked(done, failed)) => {
                stats.done += done;
                stats.failed += failed;
            }
            Ok(Step::Idle) => std::thread::sleep(opts.poll),
            Ok(Step::Empty) => break,
            Err(e) => {
                crate::log!(Error, "worker {}: {e:#}; trying again", opts.name);
                std::thread::sleep(BACKOFF);
            }
        }
    }
    Ok(stats)
}

enum Step {
    Worked(u64, u64),
    Idle,
    /// Nothing queued or held, and the worker stops when it is so.
    Empty,
}

fn step(store: &dyn Store, opts: &WorkerOptions, settings: &mut Settings) -> anyhow::Result<Step> {
    let now = store.clock()?;
    let jobs = store.claim(&opts.name, opts.batch, opts.lease_secs, now)?;
    if jobs.is_empty() {
        if opts.until_empty {
            let c = store.job_counts(now)?;
            if c.queued == 0 && c.leased == 0 {
                return Ok(Step::Empty);
            }
        }
        return Ok(Step::Idle);
    }
    let (version, analyzer) = settings.current(store)?;
    let ids: Vec<i64> = jobs.iter().map(|j| j.id).collect();
    let (done, failed) = keeping_the_lease(store, opts, &ids, || {
        work(store, &opts.name, &analyzer, version, jobs)
    })?;
    Ok(Step::Worked(done, failed))
}

/// Runs `f` while a second thread renews the lease of the jobs `ids` every third of a lease: a batch
/// that takes longer than one lease (a slow machine, a long conversation) is not taken over
/// and redone by another worker, nor sent to the dead letters as if its worker had died.
pub fn keeping_the_lease<T>(
    store: &dyn Store,
    opts: &WorkerOptions,
    ids: &[i64],
    f: impl FnOnce() -> T,
) -> T {
    let every = Duration::from_secs_f64((opts.lease_secs.max(1) as f64 / 3.0).max(0.2));
    let done = AtomicBool::new(false);
    std::thread::scope(|s| {
        s.spawn(|| {
            let mut last = Instant::now();
            while !done.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(50).min(every));
                if last.elapsed() < every || done.load(Ordering::Relaxed) {
                    continue;
                }
                last = Instant::now();
                if let Err(e) = store.renew(&opts.name, ids, opts.lease_secs) {
                    crate::log!(Warn, "worker {}: renewing a lease failed: {e:#}", opts.name);
                }
            }
        });
        let out = f();
        done.store(true, Ordering::Relaxed);
        out
    })
}

/// One claimed batch: read, analyse, store. Returns (jobs done, jobs failed).
fn work(
    store: &dyn Store,
    worker: &str,
    analyzer: &Analyzer,
    version: i64,
    jobs: Vec<Job>,
) -> anyhow::Result<(u64, u64)> {
    let mut failed = 0;
    // Each job with the attempt it was claimed as: the token that makes it this worker's.
    let mut inputs: Vec<((i64, i64), Conversation)> = Vec::new();
    let mut empty: Vec<(i64, i64)> = Vec::new();
    for job in jobs {
        let key = (job.id, job.attempts);
        match job.kind {
            JobKind::Ingest => match serde_json::from_str::<Conversation>(&job.payload) {
                Ok(c) => inputs.push((key, c)),
                Err(e) => {
                    // Reading it again will not go better: straight to the dead letters.
                    let why = format!("cannot read the conversation: {e}");
                    store.fail(worker, job.id, job.attempts, &why, true)?;
                    failed += 1;
                }
            },
            JobKind::Reanalyse => match store.conversation(&Scope::All, &job.conversation_id)? {
                Some(s) => inputs.push((key, s.input)),
                // Deleted since it was queued: nothing left to do.
                None => empty.push(key),
            },
        }
    }
    // Every core, with a template counter's counts still taken in input order.
    let (keys, convs): (Vec<(i64, i64)>, Vec<Conversation>) = inputs.into_iter().unzip();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let analysed = analyzer.analyze_batch_guarded(&convs, threads);
    let mut kept: Vec<((i64, i64), &Conversation, ConversationReport, i64)> = Vec::new();
    for ((id, c), Guarded { report, took }) in keys.iter().zip(&convs).zip(analysed) {
        match report {
            Ok(r) => kept.push((
                *id,
                c,
                r,
                i64::try_from(took.as_micros()).unwrap_or(i64::MAX),
            )),
            Err(message) => {
                store.fail(
                    worker,
                    id.0,
                    id.1,
                    &format!("the analysis failed: {message}"),
                    false,
                )?;
                failed += 1;
            }
        }
    }
    let done: Vec<FinishedJob<'_>> = kept
        .iter()
        .map(|(id, c, r, micros)| FinishedJob {
            id: id.0,
            attempts: id.1,
            micros: *micros,
            result: Some(Analysed {
                conversation: c,
                report: r,
                version,
            }),
        })
        .chain(empty.iter().map(|id| FinishedJob {
            id: id.0,
            attempts: id.1,
            micros: 0,
            result: None,
        }))
        .collect();
    match store.finish(worker, &done) {
        Ok(n) => Ok((n as u64, failed)),
        // One conversation the store refuses must not hold back the others: each alone, and
        // the failure recorded against the one that fails.
        Err(e) => {
            crate::log!(
                Warn,
                "worker {worker}: storing a batch failed ({e}); storing one by one"
            );
            let mut n = 0;
            for j in &done {
                match store.finish(worker, &[*j]) {
                    Ok(k) => n += k as u64,
                    Err(e) => {
                        let why = format!("cannot store it: {e}");
                        store.fail(worker, j.id, j.attempts, &why, false)?;
                        failed += 1;
                    }
                }
            }
            Ok((n, failed))
        }
    }
}
