//! The job queue of `tact worker`s on either store (SQLite here, Postgres when
//! TACT_TEST_DATABASE names a server): leases, retries, dead letters, results that commit with
//! their jobs, and a server that queues instead of analysing.

mod common;

use common::{test_store, TestServer, SAMPLES};
use std::sync::atomic::AtomicBool;
use tact_server::ingest::{enqueue, ingest, IngestOptions, Uploader};
use tact_server::store::{Analysed, FinishedJob, JobKind, NewJob, Scope, Store, MAX_ATTEMPTS};
use tact_server::worker::{keeping_the_lease, run, WorkerOptions};

fn options(redact: bool) -> IngestOptions<'static> {
    IngestOptions {
        name: "upload.jsonl",
        format: None,
        redact,
        uploader: Uploader::Anyone,
    }
}

fn job(id: &str) -> NewJob {
    NewJob {
        kind: JobKind::Ingest,
        conversation_id: id.to_string(),
        payload: format!(
            r#"{{"id":"{id}","channel":"chat","turns":[{{"role":"customer","text":"Hello, is the blue one in stock?"}}]}}"#
        ),
    }
}

/// What one process gives a conversation under the default settings.
fn report_of(c: &tact_model::Conversation) -> tact_analyze::ConversationReport {
    tact_analyze::Analyzer::new(
        tact_rules::Engine::new(tact_rules::Settings::default()),
        None,
    )
    .analyze(c)
}

/// Job `id`, claimed as attempt `attempts`, done: `c` to be stored with `report`.
fn finished<'a>(
    id: i64,
    attempts: i64,
    c: &'a tact_model::Conversation,
    report: &'a tact_analyze::ConversationReport,
) -> [FinishedJob<'a>; 1] {
    [FinishedJob {
        id,
        attempts,
        micros: 5,
        result: Some(Analysed {
            conversation: c,
            report,
            version: 1,
        }),
    }]
}

fn worker(name: &str) -> WorkerOptions {
    WorkerOptions {
        name: name.to_string(),
        batch: 7,
        lease_secs: 60,
        poll: std::time::Duration::from_millis(10),
        until_empty: true,
    }
}

#[test]
fn a_lease_keeps_a_job_from_others_until_it_runs_out() {
    let dir = tempfile::tempdir().expect("dir");
    let store = test_store(dir.path());
    store
        .enqueue(&(0..5).map(|i| job(&format!("c{i}"))).collect::<Vec<_>>())
        .expect("enqueue");
    let now = 1_000_000;
    let a = store.claim("a", 3, 60, now).expect("claim");
    let b = store.claim("b", 3, 120, now).expect("claim");
    assert_eq!(a.len(), 3);
    assert_eq!(b.len(), 2, "b gets only what a does not hold");
    assert!(a.iter().all(|j| b.iter().all(|k| k.id != j.id)));
    assert!(store.claim("c", 3, 60, now + 30).expect("claim").is_empty());
    let counts = store.job_counts(now + 30).expect("counts");
    assert_eq!((counts.queued, counts.leased), (0, 5));
    // a dies: once its lease is over, its jobs go to whoever asks, tried a second time.
    let c = store.claim("c", 10, 60, now + 61).expect("claim");
    assert_eq!(c.len(), 3);
    assert!(c.iter().all(|j| j.attempts == 2));
}

#[test]
fn a_job_whose_worker_keeps_dying_goes_to_the_dead_letters_and_can_be_retried() {
    let dir = tempfile::tempdir().expect("dir");
    let store = test_store(dir.path());
    store.enqueue(&[job("c1")]).expect("enqueue");
    let mut now = 0;
    for attempt in 1..=MAX_ATTEMPTS {
        let got = store.claim("w", 1, 10, now).expect("claim");
        assert_eq!(got.len(), 1, "attempt {attempt}");
        now += 11;
    }
    assert!(store.claim("w", 1, 10, now).expect("claim").is_empty());
    let dead = store.dead_jobs(10).expect("dead");
    assert_eq!(dead.len(), 1);
    assert_eq!(dead[0].attempts, MAX_ATTEMPTS);
    assert!(dead[0].error.contains("every attempt"), "{}", dead[0].error);
    assert_eq!(store.job_counts(now).expect("counts").dead, 1);
    assert_eq!(store.retry_dead(Some(dead[0].id)).expect("retry"), 1);
    assert_eq!(store.claim("w", 1, 10, now).expect("claim").len(), 1);
}

#[test]
fn a_failure_is_retried_unless_it_cannot_succeed() {
    let dir = tempfile::tempdir().expect("dir");
    let store = test_store(dir.path());
    store.enqueue(&[job("c1"), job("c2")]).expect("enqueue");
    let got = store.claim("w", 2, 60, 0).expect("claim");
    store
        .fail("w", got[0].id, 1, "timed out", false)
        .expect("fail");
    store
        .fail("w", got[1].id, 1, "not JSON", true)
        .expect("fail");
    let again = store.claim("w", 2, 60, 1).expect("claim");
    assert_eq!(again.len(), 1, "the transient failure comes back at once");
    assert_eq!(again[0].id, got[0].id);
    let dead = store.dead_jobs(10).expect("dead");
    assert_eq!(dead.len(), 1);
    assert_eq!(dead[0].error, "not JSON");
    let counts = store.job_counts(1).expect("counts");
    assert_eq!(counts.failed, 2);
}

#[test]
fn a_worker_whose_lease_was_taken_over_stores_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let store = test_store(dir.path());
    store.enqueue(&[job("c1")]).expect("enqueue");
    let first = store.claim("slow", 1, 10, 0).expect("claim");
    // The lease runs out; another worker redoes the job and finishes first.
    let second = store.claim("fast", 1, 10, 11).expect("claim");
    assert_eq!(first[0].id, second[0].id);
    let c: tact_model::Conversation = serde_json::from_str(&second[0].payload).expect("json");
    let report = report_of(&c);
    let done = |id: i64, attempts: i64| finished(id, attempts, &c, &report);
    assert_eq!(
        store
            .finish("fast", &done(second[0].id, second[0].attempts))
            .expect("finish"),
        1
    );
    assert_eq!(
        store
            .finish("slow", &done(first[0].id, first[0].attempts))
            .expect("the slow one"),
        0,
        "no longer its job"
    );
    // Nor may it record a failure against the job it lost.
    store
        .fail("slow", first[0].id, first[0].attempts, "late", false)
        .expect("fail");
    assert_eq!(store.conversation_count(&Scope::All).expect("count"), 1);
    let (weeks, _) = store.weekly(&Scope::All).expect("weekly");
    assert_eq!(weeks.iter().map(|w| w.conversations).sum::<i64>(), 1);
    let counts = store.job_counts(12).expect("counts");
    assert_eq!((counts.queued, counts.leased, counts.dead), (0, 0, 0));
    assert_eq!((counts.done, counts.failed), (1, 0));
}

#[test]
fn jobs_of_one_conversation_run_one_at_a_time_oldest_first() {
    let dir = tempfile::tempdir().expect("dir");
    let store = test_store(dir.path());
    let mut newer = job("c1");
    newer.payload = newer.payload.replace("blue", "green");
    store
        .enqueue(&[job("c1"), job("c2"), newer])
        .expect("enqueue");
    let a = store.claim("a", 10, 60, 0).expect("claim");
    let ids: Vec<&str> = a.iter().map(|j| j.conversation_id.as_str()).collect();
    assert_eq!(
        ids,
        ["c1", "c2"],
        "the second version of c1 waits for the first"
    );
    assert!(store.claim("b", 10, 60, 0).expect("claim").is_empty());
    let c1 = &a[0];
    store
        .fail("a", c1.id, c1.attempts, "gone wrong", true)
        .expect("fail");
    let b = store.claim("b", 10, 60, 0).expect("claim");
    assert_eq!(b.len(), 1);
    assert!(b[0].payload.contains("green"));
}

#[test]
fn the_store_clock_leases_whatever_the_workers_clocks_say() {
    let dir = tempfile::tempdir().expect("dir");
    let store = test_store(dir.path());
    let now = chrono::Utc::now().timestamp();
    let clock = store.clock().expect("clock");
    assert!((clock - now).abs() <= 5, "store {clock}, here {now}");
}

#[test]
fn workers_store_what_the_server_would_have_stored() {
    let dir = tempfile::tempdir().expect("dir");
    let queued = test_store(&dir.path().join("queued"));
    let direct = test_store(&dir.path().join("direct"));
    let analyzer = tact_analyze::Analyzer::new(
        tact_rules::Engine::new(tact_rules::Settings::default()),
        None,
    );
    let mut expected = 0;
    for (name, text) in SAMPLES {
        let opts = IngestOptions {
            name,
            ..options(true)
        };
        let q = enqueue(queued.as_ref(), text.as_bytes(), &opts).expect("enqueue");
        assert_eq!(q.stored, 0);
        let d = ingest(direct.as_ref(), &analyzer, 1, text.as_bytes(), &opts).expect("ingest");
        assert_eq!(q.queued, d.stored, "{name}");
        expected += d.stored;
    }
    // A job that cannot be read is not retried: it waits in the dead letters with its error.
    queued
        .enqueue(&[NewJob {
            kind: JobKind::Ingest,
            conversation_id: "broken".into(),
            payload: "{not json".into(),
        }])
        .expect("enqueue");
    let stop = AtomicBool::new(false);
    let (a, b) = std::thread::scope(|s| {
        let one = s.spawn(|| run(queued.as_ref(), &worker("one"), &stop).expect("worker"));
        let two = s.spawn(|| run(queued.as_ref(), &worker("two"), &stop).expect("worker"));
        (one.join().expect("one"), two.join().expect("two"))
    });
    assert_eq!((a.done + b.done) as usize, expected);
    assert_eq!(a.failed + b.failed, 1);
    let dead = queued.dead_jobs(10).expect("dead");
    assert_eq!(dead.len(), 1);
    assert!(dead[0].error.contains("cannot read"), "{}", dead[0].error);
    let all = |s: &dyn Store| {
        s.conversations(&Scope::All, &Default::default(), 10_000, 0)
            .expect("rows")
            .into_iter()
            .map(|r| {
                let stored = s
                    .conversation(&Scope::All, &r.id)
                    .expect("get")
                    .expect("row");
                (r.id.clone(), stored.report, r)
            })
            .collect::<Vec<_>>()
    };
    let (got, want) = (all(queued.as_ref()), all(direct.as_ref()));
    assert_eq!(got.len(), expected);
    assert_eq!(
        got, want,
        "same reports, scores and redaction as a server that analyses"
    );
    assert_eq!(
        queued.weekly(&Scope::All).expect("weekly"),
        direct.weekly(&Scope::All).expect("weekly")
    );
}

#[test]
fn a_settings_change_queues_a_reanalysis_that_workers_do() {
    let dir = tempfile::tempdir().expect("dir");
    let store = test_store(dir.path());
    let (name, text) = SAMPLES[0];
    let opts = IngestOptions {
        name,
        ..options(true)
    };
    enqueue(store.as_ref(), text.as_bytes(), &opts).expect("enqueue");
    let stop = AtomicBool::new(false);
    let first = run(store.as_ref(), &worker("w"), &stop).expect("worker");
    let stored = store.conversation_count(&Scope::All).expect("count");
    assert_eq!(first.done as i64, stored);
    store.set_setting("settings-version", "2").expect("version");
    assert_eq!(store.stale_count(2).expect("stale"), stored);
    assert_eq!(store.enqueue_stale(2).expect("queue") as i64, stored);
    assert_eq!(store.enqueue_stale(2).expect("again"), 0, "queued once");
    let second = run(store.as_ref(), &worker("w"), &stop).expect("worker");
    assert_eq!(second.done as i64, stored);
    assert_eq!(store.stale_count(2).expect("stale"), 0);
    assert_eq!(
        store.conversation_count(&Scope::All).expect("count"),
        stored
    );
}

#[tokio::test]
async fn a_server_with_workers_queues_uploads_and_shows_its_queue_to_admins() {
    let s = TestServer::with_config(false, |c| c.queue = true);
    let body = SAMPLES[1].1;
    let r = s.post_conversations("root", body).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let answer = r.json();
    let queued = answer["queued"].as_u64().expect("queued");
    assert!(queued > 0);
    assert_eq!(answer["stored"], 0);
    let metrics = s.get(None, "/metrics").await.body;
    assert!(
        metrics.contains(&format!("\ntact_jobs_queued {queued}\n")),
        "{metrics}"
    );
    let jobs = s.get(Some("root"), "/api/v1/jobs").await;
    assert_eq!(jobs.status, 200);
    assert_eq!(jobs.json()["counts"]["queued"], queued);
    assert_eq!(s.get(Some("nora"), "/api/v1/jobs").await.status, 403);
    let store = s.store.clone();
    let done = tokio::task::spawn_blocking(move || {
        run(store.as_ref(), &worker("w"), &AtomicBool::new(false)).expect("worker")
    })
    .await
    .expect("join");
    assert_eq!(done.done, queued);
    let listed = s.get(Some("root"), "/api/v1/conversations").await.json();
    assert_eq!(listed.as_array().expect("list").len() as u64, queued);
    let metrics = s.get(None, "/metrics").await.body;
    assert!(
        metrics.contains(&format!("\ntact_jobs_done_total {queued}\n")),
        "{metrics}"
    );
}

#[test]
fn an_id_twice_in_one_batch_is_stored_once_as_its_last_version() {
    let dir = tempfile::tempdir().expect("dir");
    let store = test_store(dir.path());
    let analyzer = tact_analyze::Analyzer::new(
        tact_rules::Engine::new(tact_rules::Settings::default()),
        None,
    );
    let first: tact_model::Conversation = serde_json::from_str(&job("same").payload).expect("json");
    let mut second = first.clone();
    second.turns[0].text = "Hello again, do you have it in red?".into();
    let (r1, r2) = (analyzer.analyze(&first), analyzer.analyze(&second));
    let rows = [
        Analysed {
            conversation: &first,
            report: &r1,
            version: 1,
        },
        Analysed {
            conversation: &second,
            report: &r2,
            version: 1,
        },
    ];
    store.put(&rows).expect("put");
    assert_eq!(store.conversation_count(&Scope::All).expect("count"), 1);
    let stored = store
        .conversation(&Scope::All, "same")
        .expect("get")
        .expect("stored");
    assert_eq!(stored.input.turns[0].text, second.turns[0].text);
    let (weeks, _) = store.weekly(&Scope::All).expect("weekly");
    assert_eq!(weeks.iter().map(|w| w.conversations).sum::<i64>(), 1);
}

fn analysed_version(store: &dyn Store, id: &str) -> String {
    store
        .conversation(&Scope::All, id)
        .expect("get")
        .expect("stored")
        .input
        .turns[0]
        .text
        .clone()
}

fn green(id: &str) -> NewJob {
    let mut newer = job(id);
    newer.payload = newer.payload.replace("blue", "green");
    newer
}

#[test]
fn a_dead_upload_retried_after_a_newer_one_was_stored_never_brings_the_older_back() {
    let dir = tempfile::tempdir().expect("dir");
    let store = test_store(dir.path());
    store.enqueue(&[job("c1")]).expect("enqueue");
    let old = store.claim("w", 1, 60, 0).expect("claim");
    store
        .fail("w", old[0].id, old[0].attempts, "the store was down", true)
        .expect("fail");
    store.enqueue(&[green("c1")]).expect("enqueue");
    run(store.as_ref(), &worker("w"), &AtomicBool::new(false)).expect("worker");
    assert!(analysed_version(store.as_ref(), "c1").contains("green"));
    // Storing the newer upload dropped the dead older one: nothing is left to retry.
    assert!(store.dead_jobs(10).expect("dead").is_empty());
    assert_eq!(store.retry_dead(None).expect("retry"), 0);
    run(store.as_ref(), &worker("w"), &AtomicBool::new(false)).expect("worker");
    assert!(analysed_version(store.as_ref(), "c1").contains("green"));
}

#[test]
fn a_dead_upload_behind_a_newer_queued_one_is_dropped_not_revived() {
    let dir = tempfile::tempdir().expect("dir");
    let store = test_store(dir.path());
    store.enqueue(&[job("c1"), job("c2")]).expect("enqueue");
    let old = store.claim("w", 2, 60, 0).expect("claim");
    for j in &old {
        store
            .fail("w", j.id, j.attempts, "cannot store it", true)
            .expect("fail");
    }
    store.enqueue(&[green("c1")]).expect("enqueue");
    // The newer c1 is held by a worker when an admin retries everything: only c2 comes back.
    let held = store.claim("slow", 1, 60, 0).expect("claim");
    assert!(held[0].payload.contains("green"));
    assert_eq!(store.retry_dead(None).expect("retry"), 1);
    let again = store.claim("w", 10, 60, 0).expect("claim");
    let ids: Vec<&str> = again.iter().map(|j| j.conversation_id.as_str()).collect();
    assert_eq!(ids, ["c2"]);
    assert!(store.dead_jobs(10).expect("dead").is_empty());
}

#[test]
fn a_job_claimed_again_or_gone_dead_is_no_longer_its_old_holders_to_finish() {
    let dir = tempfile::tempdir().expect("dir");
    let store = test_store(dir.path());
    store.enqueue(&[job("c1")]).expect("enqueue");
    let c: tact_model::Conversation = serde_json::from_str(&job("c1").payload).expect("json");
    let report = report_of(&c);
    let done = |id: i64, attempts: i64| finished(id, attempts, &c, &report);
    // The same worker name claims it again after its lease ran out (a restarted unit): the
    // first attempt's late result is not stored, nor its failure recorded.
    let mut now = 0;
    let first = store.claim("w", 1, 10, now).expect("claim");
    now += 11;
    let second = store.claim("w", 1, 10, now).expect("claim");
    assert_eq!((first[0].attempts, second[0].attempts), (1, 2));
    assert_eq!(store.finish("w", &done(first[0].id, 1)).expect("finish"), 0);
    store
        .fail("w", first[0].id, 1, "late", false)
        .expect("fail");
    assert_eq!(store.job_counts(now).expect("counts").failed, 0);
    // Its last lease runs out too: the job goes dead, and its holder cannot finish it then.
    for _ in 3..=MAX_ATTEMPTS {
        now += 11;
        assert_eq!(store.claim("w", 1, 10, now).expect("claim").len(), 1);
    }
    now += 11;
    assert!(store.claim("w", 1, 10, now).expect("claim").is_empty());
    assert_eq!(store.dead_jobs(10).expect("dead").len(), 1);
    let last = done(first[0].id, MAX_ATTEMPTS);
    assert_eq!(store.finish("w", &last).expect("finish"), 0);
    assert_eq!(store.conversation_count(&Scope::All).expect("count"), 0);
    assert_eq!(store.dead_jobs(10).expect("dead").len(), 1);
}

#[test]
fn a_batch_slower_than_its_lease_keeps_it() {
    let dir = tempfile::tempdir().expect("dir");
    let store = test_store(dir.path());
    store.enqueue(&[job("c1")]).expect("enqueue");
    let opts = WorkerOptions {
        lease_secs: 1,
        ..worker("slow")
    };
    let held = store
        .claim("slow", 1, 1, store.clock().expect("clock"))
        .expect("claim");
    let ids: Vec<i64> = held.iter().map(|j| j.id).collect();
    keeping_the_lease(store.as_ref(), &opts, &ids, || {
        std::thread::sleep(std::time::Duration::from_secs(3))
    });
    let now = store.clock().expect("clock");
    assert!(
        store.claim("other", 1, 60, now).expect("claim").is_empty(),
        "the lease was renewed while the batch ran"
    );
    assert_eq!(store.renew("other", &ids, 60).expect("renew"), 0);
    assert_eq!(store.renew("slow", &ids, 60).expect("renew"), 1);
}
