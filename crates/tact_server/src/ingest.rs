//! From uploaded bytes to stored analyses: the format is the one asked for or recognised from the
//! content (any format `tact analyze` reads), bad records are reported with their line and the
//! rest is kept, personal data is redacted before anything is stored, and each batch is written
//! in one transaction, so what is acknowledged is on disk and nothing is half-written.

use crate::store::{Analysed, JobKind, NewJob, Store};
use serde::Serialize;
use std::io::BufRead;
use tact_analyze::{Analyzer, ConversationReport};
use tact_model::Conversation;
use tact_readers::{Format, ReadOptions};

/// Conversations written per transaction.
const BATCH: usize = 500;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IngestError {
    /// 1-based line of the input where the record starts (0 when the input as a whole failed).
    pub line: usize,
    pub reason: String,
}

/// The answer to an upload: how many conversations were stored, and what was not.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Ingested {
    pub stored: usize,
    /// Queued for `tact worker`s (a server with `--queue`), to be stored once analysed.
    #[serde(skip_serializing_if = "is_zero")]
    pub queued: usize,
    pub errors: Vec<IngestError>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Who is uploading, as far as what they may store goes.
pub enum Uploader<'a> {
    /// Any conversation.
    Anyone,
    /// A manager: conversations of their team; a conversation without a team gets theirs.
    Team(&'a str),
}

pub struct IngestOptions<'a> {
    /// The upload's file name, for format detection by extension and in error lines.
    pub name: &'a str,
    pub format: Option<Format>,
    pub redact: bool,
    pub uploader: Uploader<'a>,
}

/// Reads, checks, analyses and stores one upload.
pub fn ingest(
    store: &dyn Store,
    analyzer: &Analyzer,
    version: i64,
    body: &[u8],
    opts: &IngestOptions<'_>,
) -> crate::store::Result<Ingested> {
    read_batches(body, opts, |batch, out| {
        // The whole batch is redacted first, then analysed on every core; a rule that compares
        // conversations has its counts taken in input order inside `analyze_batch`.
        let convs: Vec<Conversation> = prepare_all(batch, |c| redacted(c, opts.redact));
        let jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
        let reports = analyzer.analyze_batch(&convs, jobs);
        let done: Vec<(Conversation, ConversationReport)> =
            convs.into_iter().zip(reports).collect();
        let rows: Vec<Analysed<'_>> = done
            .iter()
            .map(|(c, r)| Analysed {
                conversation: c,
                report: r,
                version,
            })
            .collect();
        out.stored += store.put(&rows)?;
        Ok(())
    })
}

/// Reads, checks and redacts one upload, and queues its conversations for `tact worker`s:
/// what a server with workers does instead of analysing them itself.
pub fn enqueue(
    store: &dyn Store,
    body: &[u8],
    opts: &IngestOptions<'_>,
) -> crate::store::Result<Ingested> {
    read_batches(body, opts, |batch, out| {
        let jobs = prepare_all(batch, |c| {
            let c = redacted(c, opts.redact);
            serde_json::to_string(&c).map(|payload| NewJob {
                kind: JobKind::Ingest,
                conversation_id: c.id,
                payload,
            })
        })
        .into_iter()
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| crate::store::StoreError::Db(e.to_string()))?;
        out.queued += store.enqueue(&jobs)?;
        Ok(())
    })
}

/// Reads an upload in the format asked for or recognised, keeps what may be stored, and hands
/// it to `each` in batches; errors of records are collected with their line, and the first
/// failure of `each` ends the upload (what was handed before it stays done).
fn read_batches(
    body: &[u8],
    opts: &IngestOptions<'_>,
    mut each: impl FnMut(&[Conversation], &mut Ingested) -> crate::store::Result<()>,
) -> crate::store::Result<Ingested> {
    let mut out = Ingested::default();
    let by_name = Format::from_path(std::path::Path::new(opts.name));
    let head = &body[..body.len().min(tact_readers::HEAD_BYTES)];
    let Some(format) = opts.format.or_else(|| tact_readers::detect(head, by_name)) else {
        out.errors.push(IngestError {
            line: 0,
            reason: format!(
                "cannot tell the format from the content or the name; say it with ?format= ({})",
                Format::names()
            ),
        });
        return Ok(out);
    };
    let mut pending: Vec<Conversation> = Vec::new();
    let mut input: &[u8] = body;
    let mut failure: Option<crate::store::StoreError> = None;
    let mut flush = |pending: &mut Vec<Conversation>, out: &mut Ingested| {
        if !pending.is_empty() && failure.is_none() {
            if let Err(e) = each(pending, out) {
                failure = Some(e);
            }
        }
        pending.clear();
    };
    let read_opts = ReadOptions::default();
    let mut sink = |r: Result<Conversation, tact_readers::ReadError>| match r {
        Err(e) => out.errors.push(IngestError {
            line: e.line,
            reason: e.reason,
        }),
        Ok(c) => match admit(c, opts) {
            Ok(c) => {
                pending.push(c);
                if pending.len() >= BATCH {
                    flush(&mut pending, &mut out);
                }
            }
            Err(reason) => out.errors.push(IngestError { line: 0, reason }),
        },
    };
    tact_readers::read(
        opts.name,
        &mut input as &mut dyn BufRead,
        format,
        &read_opts,
        &mut sink,
    );
    flush(&mut pending, &mut out);
    match failure {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

/// What a conversation must be to be stored by this uploader, and what it becomes.
fn admit(mut c: Conversation, opts: &IngestOptions<'_>) -> Result<Conversation, String> {
    if c.id.trim().is_empty() {
        return Err("a conversation without an id cannot be stored: the id is its key".into());
    }
    if let Uploader::Team(team) = opts.uploader {
        match c.team.as_deref() {
            None | Some("") => c.team = Some(team.to_string()),
            Some(t) if t == team => {}
            Some(t) => {
                return Err(format!(
                    "conversation {:?} belongs to team {t:?}; you may store conversations of team {team:?} only",
                    c.id
                ))
            }
        }
    }
    Ok(c)
}

/// The conversation as it may be stored: redacted when asked.
fn redacted(c: &Conversation, redact: bool) -> Conversation {
    if !redact {
        return c.clone();
    }
    let mut r = tact_redact::redact_conversation(c, tact_redact::Options::default());
    // The agent field names a colleague, the key of their account and scorecard, not a
    // customer's data; the agent's name inside the text is redacted like any other.
    r.agent = c.agent.clone();
    r
}

/// `one` over a batch on every core, results in input order.
pub(crate) fn prepare_all<I: Sync, T: Send>(batch: &[I], one: impl Fn(&I) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    tact_analyze::in_parallel(batch, threads, one)
}
