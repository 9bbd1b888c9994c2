//! What the server keeps, behind one trait: accounts, sessions, tokens, conversations with their
//! reports, moments, weekly totals, the full-text index and the job queue of `tact worker`s.
//! The logic is written once over SQL ([`sql`]); SQLite (one file, the default) and Postgres
//! (a team's own database server) are drivers under it and pass the same tests.

mod postgres;
mod sql;
mod sqlite;

pub use postgres::{printable_url, scratch_database, PostgresStore};
pub use sql::SqlStore;
pub use sqlite::SqliteStore;

/// Opens the store a `--database` value names: a `postgres://` (or `postgresql://`) URL, or a
/// folder for the SQLite file (`sqlite:` in front is allowed).
pub fn open(location: &str) -> Result<std::sync::Arc<dyn Store>> {
    if location.starts_with("postgres://") || location.starts_with("postgresql://") {
        Ok(std::sync::Arc::new(PostgresStore::connect(location)?))
    } else {
        let dir = location.strip_prefix("sqlite:").unwrap_or(location);
        Ok(std::sync::Arc::new(SqliteStore::open(
            std::path::Path::new(dir),
        )?))
    }
}

/// How often a job is tried before it goes to the dead letters. The `jobs_spent` index of
/// migration 5 says the same number.
pub const MAX_ATTEMPTS: i64 = 5;

/// What a job asks a worker to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum JobKind {
    /// Analyse and store the conversation in the payload (already redacted when the server
    /// redacts).
    Ingest,
    /// Analyse the stored conversation again under the current settings.
    Reanalyse,
}

impl JobKind {
    pub fn as_str(self) -> &'static str {
        match self {
            JobKind::Ingest => "ingest",
            JobKind::Reanalyse => "reanalyse",
        }
    }
    fn parse(s: &str) -> JobKind {
        if s == "reanalyse" {
            JobKind::Reanalyse
        } else {
            JobKind::Ingest
        }
    }
}

/// A job to enqueue.
#[derive(Debug, Clone)]
pub struct NewJob {
    pub kind: JobKind,
    pub conversation_id: String,
    /// The conversation as JSON for an ingest; empty for a re-analysis.
    pub payload: String,
}

/// A job a worker holds until its lease runs out.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    pub id: i64,
    pub kind: JobKind,
    pub conversation_id: String,
    pub payload: String,
    /// Including this one.
    pub attempts: i64,
}

/// A job done: its result (none when there is nothing to store, e.g. a re-analysis of a
/// conversation deleted since) and the time its analysis took.
#[derive(Clone, Copy)]
pub struct FinishedJob<'a> {
    pub id: i64,
    /// The attempt the worker claimed it as ([`Job::attempts`]): a job claimed again since,
    /// even by a worker of the same name, is no longer this worker's to finish.
    pub attempts: i64,
    pub micros: i64,
    pub result: Option<Analysed<'a>>,
}

/// A job that will not be tried again until an admin says so.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeadJob {
    pub id: i64,
    pub kind: String,
    pub conversation_id: String,
    pub attempts: i64,
    pub error: String,
    pub created_at: String,
}

/// The queue at a glance, and what workers have done since the store was made.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct JobCounts {
    /// Waiting for a worker (never claimed, or their lease ran out).
    pub queued: i64,
    /// Held by a worker now.
    pub leased: i64,
    pub dead: i64,
    pub done: i64,
    pub failed: i64,
    pub analysis_micros: i64,
}

use serde::Serialize;
use std::fmt;
use std::str::FromStr;
use tact_analyze::ConversationReport;
use tact_model::Conversation;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Db(String),
    #[error("{0}")]
    Conflict(String),
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// What an account may do. Admins run the installation; managers see their team; agents see
/// their own conversations only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Admin,
    Manager,
    Agent,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Manager => "manager",
            Role::Agent => "agent",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "admin" => Ok(Role::Admin),
            "manager" => Ok(Role::Manager),
            "agent" => Ok(Role::Agent),
            other => Err(format!(
                "unknown role `{other}`: expected admin, manager or agent"
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct User {
    pub id: i64,
    pub name: String,
    pub role: Role,
    /// The team a manager leads (and an agent belongs to, for display).
    pub team: Option<String>,
    /// The `agent` name used in conversations that this account is.
    pub agent: Option<String>,
    /// The interface language chosen by the user; the browser's when none.
    pub lang: Option<String>,
}

impl User {
    /// The conversations this account may see.
    pub fn scope(&self) -> Scope {
        match self.role {
            Role::Admin => Scope::All,
            Role::Manager => match &self.team {
                Some(t) => Scope::Team(t.clone()),
                None => Scope::Nothing,
            },
            Role::Agent => match &self.agent {
                Some(a) => Scope::Agent(a.clone()),
                None => Scope::Nothing,
            },
        }
    }
}

/// The slice of the store an account may read; every query that returns conversation data
/// takes one, so no page can forget it.
#[derive(Debug, Clone, PartialEq)]
pub enum Scope {
    All,
    Team(String),
    Agent(String),
    Nothing,
}

/// Checks what an account needs: a manager leads a team, an agent is an agent name.
pub fn check_account(
    role: Role,
    team: Option<&str>,
    agent: Option<&str>,
) -> std::result::Result<(), String> {
    match role {
        Role::Manager if team.is_none() => Err("a manager account needs --team".into()),
        Role::Agent if agent.is_none() => Err("an agent account needs --agent".into()),
        _ => Ok(()),
    }
}

#[derive(Debug, Clone)]
pub struct NewUser<'a> {
    pub name: &'a str,
    pub role: Role,
    pub team: Option<&'a str>,
    pub agent: Option<&'a str>,
    pub password_hash: &'a str,
}

/// One conversation to store with its analysis; `version` is the settings version it was
/// analysed with, so a re-analysis after a settings change knows what is stale.
#[derive(Clone, Copy)]
pub struct Analysed<'a> {
    pub conversation: &'a Conversation,
    pub report: &'a ConversationReport,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConversationRow {
    pub id: String,
    pub channel: String,
    pub language: String,
    pub agent: Option<String>,
    pub team: Option<String>,
    pub started_at: Option<String>,
    pub day: String,
    pub score: i64,
    pub risk: f64,
    pub turns: i64,
    pub moments: i64,
}

/// What identifies a moment across re-analyses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct MomentKey {
    pub conversation_id: String,
    pub rule: String,
    pub turn: i64,
    pub start: i64,
    pub end: i64,
}

/// A confirmed moment kept in the team library.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LibraryItem {
    pub id: i64,
    pub team: String,
    pub rule: String,
    pub language: String,
    pub conversation_id: String,
    pub turn: i64,
    /// The turns around the moment, redacted: `[{"role": …, "text": …}]`.
    pub excerpt: serde_json::Value,
    pub evidence: String,
    pub added_by: String,
    pub at: String,
    /// The approved OK reply, when there is one.
    pub approved: Option<String>,
    pub proposals: i64,
}

/// An OK reply proposed for a library item, with its votes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Proposal {
    pub id: i64,
    pub item_id: i64,
    pub text: String,
    pub by: String,
    pub at: String,
    pub approved: bool,
    pub votes: i64,
    /// Whether the asking user voted for it.
    pub mine: bool,
}

pub struct NewLibraryItem<'a> {
    pub team: &'a str,
    pub rule: &'a str,
    pub language: &'a str,
    pub conversation_id: &'a str,
    pub turn: i64,
    pub excerpt: &'a serde_json::Value,
    pub evidence: &'a str,
    pub added_by: &'a str,
}

/// A team meeting over library items.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Workshop {
    pub id: i64,
    pub team: String,
    pub title: String,
    pub created_by: String,
    pub at: String,
    /// The position of the item on the shared screen.
    pub current: i64,
    pub closed: bool,
    /// Library item ids, in the order they are discussed.
    pub items: Vec<i64>,
}

/// One saved version of a script.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Script {
    pub id: i64,
    pub team: String,
    pub name: String,
    pub version: i64,
    /// An ISO 639-1 code, or empty to detect it.
    pub language: String,
    pub text: String,
    pub by: String,
    pub at: String,
}

/// A moment's review as it stands.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewState {
    pub status: String,
    pub reason: String,
    pub by: String,
    pub at: String,
}

/// One decision or comment in the review log.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewEntry {
    #[serde(flatten)]
    pub key: MomentKey,
    pub action: String,
    pub reason: String,
    pub by: String,
    pub role: String,
    pub at: String,
}

/// A reviewed moment as a label: what tact said, and what the team decided.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Label {
    #[serde(flatten)]
    pub key: MomentKey,
    pub code: String,
    pub language: String,
    pub agent: Option<String>,
    pub team: Option<String>,
    pub evidence: String,
    pub status: String,
    pub reason: String,
    pub by: String,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MomentRow {
    pub conversation_id: String,
    pub rule: String,
    pub code: String,
    pub family: String,
    pub severity: String,
    pub turn: i64,
    pub start: i64,
    pub end: i64,
    /// The review status; `None` before any review.
    pub status: Option<String>,
    pub language: String,
    pub agent: Option<String>,
    pub team: Option<String>,
    pub channel: String,
    pub day: String,
    pub evidence: String,
    /// What happened, in English.
    pub message: String,
    /// The message's catalogue key and arguments, to show it in another language.
    pub message_key: String,
    pub message_args: std::collections::BTreeMap<String, serde_json::Value>,
}

/// Filters of the moments feed; empty fields do not filter. `q` searches the turn text,
/// ignoring case and accents.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize, Serialize)]
pub struct MomentFilter {
    #[serde(default)]
    pub rule: String,
    #[serde(default)]
    pub family: String,
    #[serde(default)]
    pub severity: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub agent: String,
    #[serde(default)]
    pub team: String,
    #[serde(default)]
    pub channel: String,
    /// First day included, `YYYY-MM-DD`.
    #[serde(default)]
    pub from: String,
    /// Last day included, `YYYY-MM-DD`.
    #[serde(default)]
    pub to: String,
    #[serde(default)]
    pub q: String,
    /// A review status, or `unreviewed`.
    #[serde(default)]
    pub status: String,
}

/// One row of the weekly totals: a week, a team, an agent.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeekRow {
    pub week: String,
    pub team: String,
    pub agent: String,
    pub conversations: i64,
    pub turns: i64,
    pub score_sum: i64,
}

/// Moments of one rule in one week for one agent.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeekMoments {
    pub week: String,
    pub team: String,
    pub agent: String,
    pub family: String,
    pub rule: String,
    pub moments: i64,
}

/// One turn that matches a search.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub conversation_id: String,
    pub turn: i64,
}

/// A stored conversation as given and as analysed (the report as JSON, since it is the
/// documented report object).
#[derive(Debug, Clone)]
pub struct StoredConversation {
    pub row: ConversationRow,
    pub input: Conversation,
    pub report: serde_json::Value,
}

pub trait Store: Send + Sync {
    // Accounts.
    fn user_count(&self) -> Result<i64>;
    fn add_user(&self, u: &NewUser<'_>) -> Result<User>;
    fn user_by_name(&self, name: &str) -> Result<Option<(User, Option<String>)>>;
    fn user(&self, id: i64) -> Result<Option<User>>;
    fn users(&self) -> Result<Vec<User>>;
    fn set_password(&self, id: i64, hash: &str) -> Result<()>;
    fn set_lang(&self, id: i64, lang: Option<&str>) -> Result<()>;
    fn delete_user(&self, id: i64) -> Result<()>;

    // Sessions, tokens and the first-admin link; secrets are stored hashed.
    fn add_session(&self, id_hash: &str, user: i64, csrf: &str, expires_at: i64) -> Result<()>;
    fn session(&self, id_hash: &str, now: i64) -> Result<Option<(User, String)>>;
    fn delete_session(&self, id_hash: &str) -> Result<()>;
    fn add_token(&self, hash: &str, user: i64, name: &str) -> Result<()>;
    fn user_by_token(&self, hash: &str) -> Result<Option<User>>;
    fn add_setup_link(&self, hash: &str, expires_at: i64) -> Result<()>;
    /// Uses up a setup link: true once, while it is valid and no user exists.
    fn take_setup_link(&self, hash: &str, now: i64) -> Result<bool>;

    // Conversations. Storing an id that exists replaces it, in one transaction per batch.
    fn put(&self, batch: &[Analysed<'_>]) -> Result<usize>;
    fn conversation(&self, scope: &Scope, id: &str) -> Result<Option<StoredConversation>>;
    fn conversations(
        &self,
        scope: &Scope,
        f: &MomentFilter,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<ConversationRow>>;
    fn conversation_count(&self, scope: &Scope) -> Result<i64>;
    fn moments(
        &self,
        scope: &Scope,
        f: &MomentFilter,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<MomentRow>>;
    fn search(&self, scope: &Scope, q: &str, limit: i64) -> Result<Vec<SearchHit>>;
    fn weekly(&self, scope: &Scope) -> Result<(Vec<WeekRow>, Vec<WeekMoments>)>;
    /// Ids analysed with an older settings version than `version`, at most `limit`.
    fn stale(&self, version: i64, limit: i64) -> Result<Vec<(String, Conversation)>>;
    fn stale_count(&self, version: i64) -> Result<i64>;

    // Reviews. `review` logs the decision, sets the moment's status and, when that takes the
    // moment out of the score or puts it back, updates the conversation's score and the weekly
    // totals, all in one transaction. It returns false when the moment is not stored.
    fn review(
        &self,
        key: &MomentKey,
        action: crate::review::Action,
        reason: &str,
        by: &User,
    ) -> Result<bool>;
    fn review_state(&self, key: &MomentKey) -> Result<Option<ReviewState>>;
    fn review_log(&self, conversation_id: &str) -> Result<Vec<ReviewEntry>>;
    /// Reviewed moments in scope, oldest decision first.
    fn labels(&self, scope: &Scope) -> Result<Vec<Label>>;

    // The team library. Items are read by team (`None`: every team, for admins).
    /// Adds an item; the existing one's id when the same moment is there already.
    fn add_library_item(&self, item: &NewLibraryItem<'_>) -> Result<i64>;
    fn library(&self, team: Option<&str>) -> Result<Vec<LibraryItem>>;
    fn library_item(&self, id: i64, user: i64) -> Result<Option<(LibraryItem, Vec<Proposal>)>>;
    fn add_proposal(&self, item: i64, text: &str, by: &str) -> Result<i64>;
    /// One vote per user and proposal; voting again takes the vote back.
    fn vote(&self, proposal: i64, user: i64) -> Result<()>;
    /// Approves a proposal (the item's others lose their approval); its item and text.
    fn approve(&self, proposal: i64) -> Result<Option<(LibraryItem, String)>>;
    /// The item a proposal belongs to.
    fn proposal_item(&self, proposal: i64) -> Result<Option<i64>>;

    // Workshops over library items.
    fn create_workshop(&self, team: &str, title: &str, by: &str, items: &[i64]) -> Result<i64>;
    /// Newest first; `None`: every team.
    fn workshops(&self, team: Option<&str>) -> Result<Vec<Workshop>>;
    fn workshop(&self, id: i64) -> Result<Option<Workshop>>;
    fn set_workshop(&self, id: i64, current: i64, closed: bool) -> Result<()>;

    // The script lab: every save is a new version of the team's script of that name.
    fn save_script(
        &self,
        team: &str,
        name: &str,
        language: &str,
        text: &str,
        by: &str,
    ) -> Result<i64>;
    /// Every version, by team and name, newest version first; `None`: every team.
    fn scripts(&self, team: Option<&str>) -> Result<Vec<Script>>;
    fn script(&self, id: i64) -> Result<Option<Script>>;

    // Settings (the `tact.toml` text and its version).
    fn setting(&self, key: &str) -> Result<Option<String>>;
    fn set_setting(&self, key: &str, value: &str) -> Result<()>;
    /// Stores `value` under `key` and adds one to the counter under `version_key`, in one
    /// transaction; returns the new count. Servers sharing a store never reuse a version.
    fn set_versioned(&self, key: &str, value: &str, version_key: &str) -> Result<i64>;

    // The job queue: results and the jobs that produce them commit together.
    fn enqueue(&self, jobs: &[NewJob]) -> Result<usize>;
    /// Queues a re-analysis of every conversation analysed under an older settings version
    /// that has no job waiting; returns how many were queued.
    fn enqueue_stale(&self, version: i64) -> Result<usize>;
    /// Leases up to `limit` jobs to `worker` for `lease_secs` (oldest first); a job whose lease
    /// ran out is claimable again, and one tried [`MAX_ATTEMPTS`] times goes to the dead letters.
    fn claim(&self, worker: &str, limit: i64, lease_secs: i64, now: i64) -> Result<Vec<Job>>;
    /// Stores the results of the jobs `worker` still holds and deletes those jobs, in one
    /// transaction: a worker that dies before it commits leaves both undone, one that commits
    /// leaves both done, and one whose lease was taken over stores nothing (the new holder
    /// will). A dead job is no one's to finish. A stored upload also removes the older jobs of
    /// its conversation, dead ones included: a dead letter retried later must not bring an
    /// older version back over it. Returns how many jobs it finished.
    fn finish(&self, worker: &str, done: &[FinishedJob<'_>]) -> Result<usize>;
    /// Records the failure of a job `worker` holds (claimed as attempt `attempts`); it is tried
    /// again unless `permanent` or out of attempts.
    fn fail(
        &self,
        worker: &str,
        job: i64,
        attempts: i64,
        error: &str,
        permanent: bool,
    ) -> Result<()>;
    /// Extends the lease of the jobs `worker` still holds to `lease_secs` from the store's
    /// clock, for a batch that takes longer than one lease; returns how many it still holds.
    fn renew(&self, worker: &str, jobs: &[i64], lease_secs: i64) -> Result<usize>;
    /// The database's clock in Unix seconds: leases are set and compared on one clock,
    /// whatever the workers' machines say.
    fn clock(&self) -> Result<i64>;
    fn dead_jobs(&self, limit: i64) -> Result<Vec<DeadJob>>;
    /// Puts one dead job (or all, with `None`) back in the queue. A dead job behind a newer
    /// upload of its conversation that is still queued is dropped instead: that upload
    /// replaces it, and reviving it could store the older version last.
    fn retry_dead(&self, job: Option<i64>) -> Result<usize>;
    fn job_counts(&self, now: i64) -> Result<JobCounts>;
}

/// The day a conversation belongs to in weekly totals: when it started, else its first timed
/// message, else the day it was stored.
pub fn day_of(c: &Conversation, today: chrono::NaiveDate) -> chrono::NaiveDate {
    c.started_at
        .or_else(|| c.turns.iter().find_map(|t| t.at))
        .map(|t| t.date_naive())
        .unwrap_or(today)
}

/// ISO week of a day, as `2026-W49`: weeks sort as text.
pub fn week_of(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let w = d.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_of_spent_jobs_counts_attempts_as_the_queue_does() {
        let want = format!("attempts >= {MAX_ATTEMPTS};");
        for m in [
            include_str!("../../migrations/0005_jobs.sql"),
            include_str!("../../migrations/postgres/0005_jobs.sql"),
        ] {
            assert!(m.contains(&want), "{want} not in migration 5");
        }
    }

    #[test]
    fn accounts_need_their_team_or_agent() {
        assert!(check_account(Role::Manager, None, None).is_err());
        assert!(check_account(Role::Manager, Some("north"), None).is_ok());
        assert!(check_account(Role::Agent, Some("north"), None).is_err());
        assert!(check_account(Role::Admin, None, None).is_ok());
    }

    #[test]
    fn days_come_from_the_start_then_the_first_message_then_today() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 5).expect("date");
        let mut c: Conversation =
            serde_json::from_str(r#"{"id":"a","turns":[{"role":"customer","text":"x","at":"2026-01-02T23:30:00-05:00"}]}"#)
                .expect("conversation");
        assert_eq!(day_of(&c, today).to_string(), "2026-01-02");
        c.started_at = Some("2025-12-29T10:00:00+02:00".parse().expect("time"));
        assert_eq!(week_of(day_of(&c, today)), "2026-W01");
        c.started_at = None;
        c.turns[0].at = None;
        assert_eq!(day_of(&c, today), today);
    }

    /// Tables and columns of a store, for comparing the two schemas.
    fn columns<D: sql::Driver>(
        store: &SqlStore<D>,
        query: &str,
    ) -> std::collections::BTreeSet<(String, String)> {
        store
            .d
            .read(|c| {
                c.query(query, &[])?
                    .iter()
                    .map(|r| Ok((r.text(0)?, r.text(1)?)))
                    .collect()
            })
            .expect("columns")
    }

    #[test]
    fn both_backends_have_the_same_tables_and_columns() {
        let Some(url) = std::env::var("TACT_TEST_DATABASE")
            .ok()
            .filter(|u| !u.trim().is_empty())
        else {
            eprintln!("skipped: no Postgres (set TACT_TEST_DATABASE=postgres://…)");
            return;
        };
        let dir = tempfile::tempdir().expect("dir");
        let lite = SqliteStore::open(dir.path()).expect("sqlite");
        let pg = PostgresStore::connect(&scratch_database(&url).expect("database")).expect("pg");
        let mut want = columns(
            &lite,
            "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p
             WHERE m.type = 'table' AND m.name NOT LIKE 'turns_fts%'",
        );
        // The one difference on purpose: Postgres keeps the folded turn text in the turns
        // table (a GIN index over it), SQLite in the FTS5 table beside it.
        want.insert(("turns".into(), "text".into()));
        let mut got = columns(
            &pg,
            "SELECT table_name::text, column_name::text FROM information_schema.columns
             WHERE table_schema = 'public'",
        );
        got.retain(|(t, _)| t != "schema_version");
        assert_eq!(got, want);
    }
}
