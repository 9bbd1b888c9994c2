//! The embedded store: one SQLite file in WAL mode, one writer and a small pool of readers, so
//! pages keep answering while an upload is being written. Every write of conversations is one
//! transaction: a crash leaves a batch either wholly stored or not at all.

use super::*;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};
use std::path::Path;
use std::sync::{Condvar, Mutex, MutexGuard};

const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_init.sql"),
    include_str!("../../migrations/0002_library.sql"),
    include_str!("../../migrations/0003_workshops.sql"),
    include_str!("../../migrations/0004_scripts.sql"),
];
const READERS: usize = 4;

pub struct SqliteStore {
    writer: Mutex<Connection>,
    readers: Mutex<Vec<Connection>>,
    free: Condvar,
}

fn db(e: rusqlite::Error) -> StoreError {
    StoreError::Db(e.to_string())
}

fn open(path: &Path) -> Result<Connection> {
    let c = Connection::open(path).map_err(db)?;
    c.busy_timeout(std::time::Duration::from_secs(30))
        .map_err(db)?;
    c.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
    )
    .map_err(db)?;
    Ok(c)
}

/// A reader borrowed from the pool; it goes back when dropped.
struct Reader<'a> {
    store: &'a SqliteStore,
    conn: Option<Connection>,
}

impl std::ops::Deref for Reader<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        self.conn
            .as_ref()
            .expect("a reader holds its connection until dropped")
    }
}

impl Drop for Reader<'_> {
    fn drop(&mut self) {
        if let Some(c) = self.conn.take() {
            lock(&self.store.readers).push(c);
            self.store.free.notify_one();
        }
    }
}

/// A poisoned lock only means another request panicked while holding it; the connection is
/// still consistent (SQLite rolled back), so go on with it.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl SqliteStore {
    /// Opens (creating if needed) `dir/tact.db` and brings its schema up to date.
    pub fn open(dir: &Path) -> Result<SqliteStore> {
        std::fs::create_dir_all(dir)
            .map_err(|e| StoreError::Db(format!("cannot create {}: {e}", dir.display())))?;
        let path = dir.join("tact.db");
        let writer = open(&path)?;
        let version: i64 = writer
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(db)?;
        for (i, m) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            writer.execute_batch(m).map_err(db)?;
            writer
                .execute_batch(&format!("PRAGMA user_version = {}", i + 1))
                .map_err(db)?;
        }
        let readers = (0..READERS).map(|_| open(&path)).collect::<Result<_>>()?;
        Ok(SqliteStore {
            writer: Mutex::new(writer),
            readers: Mutex::new(readers),
            free: Condvar::new(),
        })
    }

    /// The rows of a query on a pooled reader, each read by `row`.
    fn rows<T>(
        &self,
        sql: &str,
        vals: &[Value],
        row: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        let r = self.reader();
        let mut s = r.prepare(sql).map_err(db)?;
        let rows = s
            .query_map(params_from_iter(vals.iter()), row)
            .map_err(db)?;
        rows.collect::<rusqlite::Result<_>>().map_err(db)
    }

    fn reader(&self) -> Reader<'_> {
        let mut pool = lock(&self.readers);
        loop {
            if let Some(c) = pool.pop() {
                return Reader {
                    store: self,
                    conn: Some(c),
                };
            }
            pool = self.free.wait(pool).unwrap_or_else(|e| e.into_inner());
        }
    }
}

const LIBRARY_COLUMNS: &str = "i.id, i.team, i.rule, i.language, i.conversation_id, i.turn,
    i.excerpt, i.evidence, i.added_by, i.at,
    (SELECT text FROM proposals p WHERE p.item_id = i.id AND p.approved = 1),
    (SELECT COUNT(*) FROM proposals p WHERE p.item_id = i.id)";

fn library_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<LibraryItem> {
    Ok(LibraryItem {
        id: r.get(0)?,
        team: r.get(1)?,
        rule: r.get(2)?,
        language: r.get(3)?,
        conversation_id: r.get(4)?,
        turn: r.get(5)?,
        excerpt: serde_json::from_str(&r.get::<_, String>(6)?).unwrap_or_default(),
        evidence: r.get(7)?,
        added_by: r.get(8)?,
        at: r.get(9)?,
        approved: r.get(10)?,
        proposals: r.get(11)?,
    })
}

/// The moment key in a row's first five columns (conversation, rule, turn, span).
fn moment_key(r: &rusqlite::Row<'_>) -> rusqlite::Result<MomentKey> {
    Ok(MomentKey {
        conversation_id: r.get(0)?,
        rule: r.get(1)?,
        turn: r.get(2)?,
        start: r.get(3)?,
        end: r.get(4)?,
    })
}

/// A text parameter that may be missing (`NULL` then).
fn optional_text(s: Option<&str>) -> Value {
    s.map_or(Value::Null, |t| Value::Text(t.to_string()))
}

fn script_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Script> {
    Ok(Script {
        id: r.get(0)?,
        team: r.get(1)?,
        name: r.get(2)?,
        version: r.get(3)?,
        language: r.get(4)?,
        text: r.get(5)?,
        by: r.get(6)?,
        at: r.get(7)?,
    })
}

const USER_COLUMNS: &str = "id, name, role, team, agent, lang";

fn user_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<User> {
    let role: String = r.get(2)?;
    Ok(User {
        id: r.get(0)?,
        name: r.get(1)?,
        role: role.parse().unwrap_or(Role::Agent),
        team: r.get(3)?,
        agent: r.get(4)?,
        lang: r.get(5)?,
    })
}

const CONVERSATION_COLUMNS: &str =
    "id, channel, language, agent, team, started_at, day, score, risk, turns, moments";

fn conversation_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ConversationRow> {
    Ok(ConversationRow {
        id: r.get(0)?,
        channel: r.get(1)?,
        language: r.get(2)?,
        agent: r.get(3)?,
        team: r.get(4)?,
        started_at: r.get(5)?,
        day: r.get(6)?,
        score: r.get(7)?,
        risk: r.get(8)?,
        turns: r.get(9)?,
        moments: r.get(10)?,
    })
}

const MOMENT_COLUMNS: &str = "moments.conversation_id, moments.rule, moments.code,
    moments.family, moments.severity, moments.turn, moments.span_start, moments.span_end,
    r.status, moments.language, moments.agent, moments.team, moments.channel, moments.day,
    moments.evidence, moments.message, moments.message_key, moments.message_args";

/// Each moment with its review, when it has one.
const REVIEW_JOIN: &str =
    "LEFT JOIN moment_reviews r ON r.conversation_id = moments.conversation_id
    AND r.rule = moments.rule AND r.turn = moments.turn AND r.span_start = moments.span_start
    AND r.span_end = moments.span_end";

fn moment_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<MomentRow> {
    Ok(MomentRow {
        conversation_id: r.get(0)?,
        rule: r.get(1)?,
        code: r.get(2)?,
        family: r.get(3)?,
        severity: r.get(4)?,
        turn: r.get(5)?,
        start: r.get(6)?,
        end: r.get(7)?,
        status: r.get(8)?,
        language: r.get(9)?,
        agent: r.get(10)?,
        team: r.get(11)?,
        channel: r.get(12)?,
        day: r.get(13)?,
        evidence: r.get(14)?,
        message: r.get(15)?,
        message_key: r.get(16)?,
        message_args: serde_json::from_str(&r.get::<_, String>(17)?).unwrap_or_default(),
    })
}

/// `AND …` conditions and their values for a scope, on a table with `agent` and `team`.
fn scope_sql(scope: &Scope, table: &str, sql: &mut String, vals: &mut Vec<Value>) {
    match scope {
        Scope::All => {}
        Scope::Team(t) => {
            sql.push_str(&format!(" AND {table}.team = ?"));
            vals.push(Value::Text(t.clone()));
        }
        Scope::Agent(a) => {
            sql.push_str(&format!(" AND {table}.agent = ?"));
            vals.push(Value::Text(a.clone()));
        }
        Scope::Nothing => sql.push_str(" AND 0"),
    }
}

/// Filter conditions on a table with the moment columns (all of them on `moments`, the shared
/// ones on `conversations`).
fn filter_sql(f: &MomentFilter, table: &str, sql: &mut String, vals: &mut Vec<Value>) {
    let moments_only = table == "moments";
    let mut eq = |col: &str, v: &str| {
        if !v.trim().is_empty() {
            sql.push_str(&format!(" AND {table}.{col} = ?"));
            vals.push(Value::Text(v.trim().to_string()));
        }
    };
    if moments_only {
        eq("rule", &f.rule);
        eq("family", &f.family);
        eq("severity", &f.severity);
    }
    eq("language", &f.language);
    eq("agent", &f.agent);
    eq("team", &f.team);
    eq("channel", &f.channel);
    match f.status.trim() {
        "" => {}
        _ if !moments_only => {}
        "unreviewed" => sql.push_str(" AND r.status IS NULL"),
        status => {
            sql.push_str(" AND r.status = ?");
            vals.push(Value::Text(status.to_string()));
        }
    }
    if !f.from.trim().is_empty() {
        sql.push_str(&format!(" AND {table}.day >= ?"));
        vals.push(Value::Text(f.from.trim().to_string()));
    }
    if !f.to.trim().is_empty() {
        sql.push_str(&format!(" AND {table}.day <= ?"));
        vals.push(Value::Text(f.to.trim().to_string()));
    }
    if let Some(q) = fts_query(&f.q) {
        let key = if moments_only {
            "moments.conversation_id"
        } else {
            "conversations.id"
        };
        sql.push_str(&format!(
            " AND {key} IN (SELECT t.conversation_id FROM turns_fts
               JOIN turns t ON t.id = turns_fts.rowid WHERE turns_fts MATCH ?)"
        ));
        vals.push(Value::Text(q));
    }
}

/// A user's search as an FTS5 query: each word folded like the index and quoted, so that
/// operators and quotes typed by the user are searched for, never interpreted.
pub(crate) fn fts_query(q: &str) -> Option<String> {
    let folded = tact_lang::fold(q);
    let words: Vec<String> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\""))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// A stored conversation's share of the weekly totals.
struct Share {
    week: String,
    team: String,
    agent: String,
    turns: i64,
    score: i64,
    /// (family, rule) of each moment.
    moments: Vec<(String, String)>,
}

/// Subtracts (`sign` −1) or adds (+1) a conversation's share of the weekly totals.
fn weekly_update(tx: &rusqlite::Transaction<'_>, s: &Share, sign: i64) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO weekly (week, team, agent, conversations, turns, score_sum)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (week, team, agent) DO UPDATE SET
           conversations = conversations + excluded.conversations,
           turns = turns + excluded.turns,
           score_sum = score_sum + excluded.score_sum",
        params![
            s.week,
            s.team,
            s.agent,
            sign,
            sign * s.turns,
            sign * s.score
        ],
    )?;
    for (family, rule) in &s.moments {
        tx.execute(
            "INSERT INTO weekly_moments (week, team, agent, family, rule, moments)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (week, team, agent, rule) DO UPDATE SET
               moments = moments + excluded.moments",
            params![s.week, s.team, s.agent, family, rule, sign],
        )?;
    }
    Ok(())
}

/// A stored conversation's current share of the weekly totals: its effective score and the
/// moments that count (not taken out by a review).
fn share_of(tx: &rusqlite::Transaction<'_>, id: &str) -> rusqlite::Result<Option<Share>> {
    let found = tx
        .query_row(
            "SELECT week, team, agent, turns, score FROM conversations WHERE id = ?1",
            [id],
            |r| {
                Ok(Share {
                    week: r.get(0)?,
                    team: r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                    agent: r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                    turns: r.get(3)?,
                    score: r.get(4)?,
                    moments: Vec::new(),
                })
            },
        )
        .optional()?;
    let Some(mut share) = found else {
        return Ok(None);
    };
    let mut stmt = tx.prepare_cached(
        "SELECT family, rule FROM moments WHERE conversation_id = ?1 AND excluded = 0",
    )?;
    share.moments = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<Vec<(String, String)>>>()?;
    Ok(Some(share))
}

/// Removes a stored conversation and its share of everything derived from it.
fn remove(tx: &rusqlite::Transaction<'_>, id: &str) -> rusqlite::Result<()> {
    let Some(share) = share_of(tx, id)? else {
        return Ok(());
    };
    weekly_update(tx, &share, -1)?;
    tx.execute(
        "DELETE FROM turns_fts WHERE rowid IN (SELECT id FROM turns WHERE conversation_id = ?1)",
        [id],
    )?;
    tx.execute("DELETE FROM turns WHERE conversation_id = ?1", [id])?;
    tx.execute("DELETE FROM moments WHERE conversation_id = ?1", [id])?;
    tx.execute("DELETE FROM conversations WHERE id = ?1", [id])?;
    Ok(())
}

/// Recomputes a conversation's score and moment count from the moments that count, and puts
/// its new share into the weekly totals (the old one taken out first by the caller).
fn rescore(tx: &rusqlite::Transaction<'_>, id: &str) -> rusqlite::Result<()> {
    let mut stmt = tx.prepare_cached(
        "SELECT penalty FROM moments WHERE conversation_id = ?1 AND excluded = 0",
    )?;
    let penalties = stmt
        .query_map([id], |r| r.get::<_, f64>(0))?
        .collect::<rusqlite::Result<Vec<f64>>>()?;
    tx.execute(
        "UPDATE conversations SET score = ?2, moments = ?3 WHERE id = ?1",
        params![
            id,
            tact_analyze::score_from_penalties(&penalties) as i64,
            penalties.len() as i64
        ],
    )?;
    if let Some(share) = share_of(tx, id)? {
        weekly_update(tx, &share, 1)?;
    }
    Ok(())
}

/// Review statuses of a conversation's moments, by moment key.
fn statuses(
    tx: &rusqlite::Transaction<'_>,
    id: &str,
) -> rusqlite::Result<std::collections::HashMap<(String, i64, i64, i64), String>> {
    let mut stmt = tx.prepare_cached(
        "SELECT rule, turn, span_start, span_end, status FROM moment_reviews
         WHERE conversation_id = ?1",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?), r.get(4)?))
    })?;
    rows.collect()
}

fn insert(
    tx: &rusqlite::Transaction<'_>,
    a: &Analysed<'_>,
    today: chrono::NaiveDate,
) -> Result<()> {
    let c = a.conversation;
    let r = a.report;
    let day = day_of(c, today);
    let week = week_of(day);
    let day = day.to_string();
    let input = serde_json::to_string(c).map_err(|e| StoreError::Db(e.to_string()))?;
    let report = serde_json::to_string(r).map_err(|e| StoreError::Db(e.to_string()))?;
    let channel = c.channel.to_string();
    tx.execute(
        "INSERT INTO conversations (id, channel, language, agent, team, started_at, day, week,
           score, risk, turns, moments, input, report, analyzed_version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        params![
            c.id,
            channel,
            r.language,
            c.agent,
            c.team,
            c.started_at.map(|t| t.to_rfc3339()),
            day,
            week,
            r.score as i64,
            r.risk,
            c.turns.len() as i64,
            r.moments.len() as i64,
            input,
            report,
            a.version
        ],
    )
    .map_err(db)?;
    // A moment found again keeps its review: one taken out stays out.
    let reviewed = statuses(tx, &c.id).map_err(db)?;
    {
        let mut m = tx
            .prepare_cached(
                "INSERT INTO moments (conversation_id, rule, code, family, severity, turn,
                   span_start, span_end, penalty, excluded, language, agent, team, channel, day,
                   evidence, message, message_key, message_args)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                   ?17, ?18, ?19)",
            )
            .map_err(db)?;
        for (i, mo) in r.moments.iter().enumerate() {
            let key = (
                mo.rule.to_string(),
                mo.turn as i64,
                mo.start as i64,
                mo.end as i64,
            );
            let excluded = reviewed
                .get(&key)
                .is_some_and(|s| crate::review::excludes(s));
            m.execute(params![
                c.id,
                mo.rule,
                mo.code,
                mo.family.as_str(),
                mo.severity.as_str(),
                mo.turn as i64,
                mo.start as i64,
                mo.end as i64,
                r.penalties.get(i).copied().unwrap_or(0.0),
                excluded as i64,
                r.language,
                c.agent,
                c.team,
                channel,
                day,
                mo.evidence,
                mo.message,
                mo.message_key,
                serde_json::to_string(&mo.message_args).unwrap_or_else(|_| "{}".into())
            ])
            .map_err(db)?;
        }
        let mut t = tx
            .prepare_cached("INSERT INTO turns (conversation_id, turn) VALUES (?1, ?2)")
            .map_err(db)?;
        let mut f = tx
            .prepare_cached("INSERT INTO turns_fts (rowid, text) VALUES (?1, ?2)")
            .map_err(db)?;
        for (i, turn) in c.turns.iter().enumerate() {
            t.execute(params![c.id, i as i64]).map_err(db)?;
            f.execute(params![tx.last_insert_rowid(), tact_lang::fold(&turn.text)])
                .map_err(db)?;
        }
    }
    rescore(tx, &c.id).map_err(db)
}

impl Store for SqliteStore {
    fn user_count(&self) -> Result<i64> {
        self.reader()
            .query_row("SELECT COUNT(*) FROM users", [], |r| r.get(0))
            .map_err(db)
    }

    fn add_user(&self, u: &NewUser<'_>) -> Result<User> {
        let w = lock(&self.writer);
        let exists: bool = w
            .query_row("SELECT 1 FROM users WHERE name = ?1", [u.name], |_| {
                Ok(true)
            })
            .optional()
            .map_err(db)?
            .unwrap_or(false);
        if exists {
            return Err(StoreError::Conflict(format!(
                "a user named {:?} exists already",
                u.name
            )));
        }
        w.execute(
            "INSERT INTO users (name, role, team, agent, password_hash, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                u.name,
                u.role.as_str(),
                u.team,
                u.agent,
                u.password_hash,
                chrono::Utc::now().to_rfc3339()
            ],
        )
        .map_err(db)?;
        let id = w.last_insert_rowid();
        Ok(User {
            id,
            name: u.name.to_string(),
            role: u.role,
            team: u.team.map(str::to_string),
            agent: u.agent.map(str::to_string),
            lang: None,
        })
    }

    fn user_by_name(&self, name: &str) -> Result<Option<(User, Option<String>)>> {
        self.reader()
            .query_row(
                &format!("SELECT {USER_COLUMNS}, password_hash FROM users WHERE name = ?1"),
                [name],
                |r| Ok((user_row(r)?, r.get(6)?)),
            )
            .optional()
            .map_err(db)
    }

    fn user(&self, id: i64) -> Result<Option<User>> {
        self.reader()
            .query_row(
                &format!("SELECT {USER_COLUMNS} FROM users WHERE id = ?1"),
                [id],
                user_row,
            )
            .optional()
            .map_err(db)
    }

    fn users(&self) -> Result<Vec<User>> {
        self.rows(
            &format!("SELECT {USER_COLUMNS} FROM users ORDER BY name"),
            &[],
            user_row,
        )
    }

    fn set_password(&self, id: i64, hash: &str) -> Result<()> {
        lock(&self.writer)
            .execute(
                "UPDATE users SET password_hash = ?1 WHERE id = ?2",
                params![hash, id],
            )
            .map(|_| ())
            .map_err(db)
    }

    fn set_lang(&self, id: i64, lang: Option<&str>) -> Result<()> {
        lock(&self.writer)
            .execute(
                "UPDATE users SET lang = ?1 WHERE id = ?2",
                params![lang, id],
            )
            .map(|_| ())
            .map_err(db)
    }

    fn delete_user(&self, id: i64) -> Result<()> {
        lock(&self.writer)
            .execute("DELETE FROM users WHERE id = ?1", [id])
            .map(|_| ())
            .map_err(db)
    }

    fn add_session(&self, id_hash: &str, user: i64, csrf: &str, expires_at: i64) -> Result<()> {
        let w = lock(&self.writer);
        w.execute(
            "DELETE FROM sessions WHERE expires_at < ?1",
            [chrono::Utc::now().timestamp()],
        )
        .map_err(db)?;
        w.execute(
            "INSERT INTO sessions (id_hash, user_id, csrf, expires_at) VALUES (?1, ?2, ?3, ?4)",
            params![id_hash, user, csrf, expires_at],
        )
        .map(|_| ())
        .map_err(db)
    }

    fn session(&self, id_hash: &str, now: i64) -> Result<Option<(User, String)>> {
        self.reader()
            .query_row(
                "SELECT u.id, u.name, u.role, u.team, u.agent, u.lang, s.csrf
                 FROM sessions s JOIN users u ON u.id = s.user_id
                 WHERE s.id_hash = ?1 AND s.expires_at > ?2",
                params![id_hash, now],
                |r| Ok((user_row(r)?, r.get(6)?)),
            )
            .optional()
            .map_err(db)
    }

    fn delete_session(&self, id_hash: &str) -> Result<()> {
        lock(&self.writer)
            .execute("DELETE FROM sessions WHERE id_hash = ?1", [id_hash])
            .map(|_| ())
            .map_err(db)
    }

    fn add_token(&self, hash: &str, user: i64, name: &str) -> Result<()> {
        lock(&self.writer)
            .execute(
                "INSERT INTO tokens (hash, user_id, name, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![hash, user, name, chrono::Utc::now().to_rfc3339()],
            )
            .map(|_| ())
            .map_err(db)
    }

    fn user_by_token(&self, hash: &str) -> Result<Option<User>> {
        self.reader()
            .query_row(
                "SELECT u.id, u.name, u.role, u.team, u.agent, u.lang
                 FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.hash = ?1",
                [hash],
                user_row,
            )
            .optional()
            .map_err(db)
    }

    fn add_setup_link(&self, hash: &str, expires_at: i64) -> Result<()> {
        let w = lock(&self.writer);
        w.execute("DELETE FROM setup_links", []).map_err(db)?;
        w.execute(
            "INSERT INTO setup_links (hash, expires_at) VALUES (?1, ?2)",
            params![hash, expires_at],
        )
        .map(|_| ())
        .map_err(db)
    }

    fn take_setup_link(&self, hash: &str, now: i64) -> Result<bool> {
        let mut w = lock(&self.writer);
        let tx = w.transaction().map_err(db)?;
        let users: i64 = tx
            .query_row("SELECT COUNT(*) FROM users", [], |r| r.get(0))
            .map_err(db)?;
        let n = tx
            .execute(
                "DELETE FROM setup_links WHERE hash = ?1 AND expires_at > ?2",
                params![hash, now],
            )
            .map_err(db)?;
        tx.commit().map_err(db)?;
        Ok(n == 1 && users == 0)
    }

    fn put(&self, batch: &[Analysed<'_>]) -> Result<usize> {
        let today = chrono::Utc::now().date_naive();
        let mut w = lock(&self.writer);
        let tx = w.transaction().map_err(db)?;
        for a in batch {
            remove(&tx, &a.conversation.id).map_err(db)?;
            insert(&tx, a, today)?;
        }
        tx.commit().map_err(db)?;
        Ok(batch.len())
    }

    fn conversation(&self, scope: &Scope, id: &str) -> Result<Option<StoredConversation>> {
        let mut sql =
            format!("SELECT {CONVERSATION_COLUMNS}, input, report FROM conversations WHERE id = ?");
        let mut vals = vec![Value::Text(id.to_string())];
        scope_sql(scope, "conversations", &mut sql, &mut vals);
        let row = self
            .reader()
            .query_row(&sql, params_from_iter(vals.iter()), |r| {
                Ok((
                    conversation_row(r)?,
                    r.get::<_, String>(11)?,
                    r.get::<_, String>(12)?,
                ))
            })
            .optional()
            .map_err(db)?;
        let Some((row, input, report)) = row else {
            return Ok(None);
        };
        let input = serde_json::from_str(&input).map_err(|e| StoreError::Db(e.to_string()))?;
        let report = serde_json::from_str(&report).map_err(|e| StoreError::Db(e.to_string()))?;
        Ok(Some(StoredConversation { row, input, report }))
    }

    fn conversations(
        &self,
        scope: &Scope,
        f: &MomentFilter,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<ConversationRow>> {
        let mut sql = format!("SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE 1");
        let mut vals = Vec::new();
        scope_sql(scope, "conversations", &mut sql, &mut vals);
        filter_sql(f, "conversations", &mut sql, &mut vals);
        sql.push_str(" ORDER BY day DESC, id LIMIT ? OFFSET ?");
        vals.push(Value::Integer(limit));
        vals.push(Value::Integer(offset));
        self.rows(&sql, &vals, conversation_row)
    }

    fn conversation_count(&self, scope: &Scope) -> Result<i64> {
        let mut sql = "SELECT COUNT(*) FROM conversations WHERE 1".to_string();
        let mut vals = Vec::new();
        scope_sql(scope, "conversations", &mut sql, &mut vals);
        self.reader()
            .query_row(&sql, params_from_iter(vals.iter()), |r| r.get(0))
            .map_err(db)
    }

    fn moments(
        &self,
        scope: &Scope,
        f: &MomentFilter,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<MomentRow>> {
        let mut sql = format!("SELECT {MOMENT_COLUMNS} FROM moments {REVIEW_JOIN} WHERE 1");
        let mut vals = Vec::new();
        scope_sql(scope, "moments", &mut sql, &mut vals);
        filter_sql(f, "moments", &mut sql, &mut vals);
        sql.push_str(" ORDER BY moments.day DESC, moments.id DESC LIMIT ? OFFSET ?");
        vals.push(Value::Integer(limit));
        vals.push(Value::Integer(offset));
        self.rows(&sql, &vals, moment_row)
    }

    fn search(&self, scope: &Scope, q: &str, limit: i64) -> Result<Vec<SearchHit>> {
        let Some(q) = fts_query(q) else {
            return Ok(Vec::new());
        };
        let mut sql = "SELECT t.conversation_id, t.turn FROM turns_fts
             JOIN turns t ON t.id = turns_fts.rowid
             JOIN conversations ON conversations.id = t.conversation_id
             WHERE turns_fts MATCH ?"
            .to_string();
        let mut vals = vec![Value::Text(q)];
        scope_sql(scope, "conversations", &mut sql, &mut vals);
        sql.push_str(" ORDER BY conversations.day DESC LIMIT ?");
        vals.push(Value::Integer(limit));
        self.rows(&sql, &vals, |r| {
            Ok(SearchHit {
                conversation_id: r.get(0)?,
                turn: r.get(1)?,
            })
        })
    }

    fn weekly(&self, scope: &Scope) -> Result<(Vec<WeekRow>, Vec<WeekMoments>)> {
        let query = |table: &str, columns: &str, nonzero: &str| {
            let mut sql = format!("SELECT {columns} FROM {table} WHERE {nonzero} > 0");
            let mut vals = Vec::new();
            scope_sql(scope, table, &mut sql, &mut vals);
            sql.push_str(" ORDER BY week");
            (sql, vals)
        };
        let (sql, vals) = query(
            "weekly",
            "week, team, agent, conversations, turns, score_sum",
            "conversations",
        );
        let weeks = self.rows(&sql, &vals, |r| {
            Ok(WeekRow {
                week: r.get(0)?,
                team: r.get(1)?,
                agent: r.get(2)?,
                conversations: r.get(3)?,
                turns: r.get(4)?,
                score_sum: r.get(5)?,
            })
        })?;
        let (sql, vals) = query(
            "weekly_moments",
            "week, team, agent, family, rule, moments",
            "moments",
        );
        let moments = self.rows(&sql, &vals, |r| {
            Ok(WeekMoments {
                week: r.get(0)?,
                team: r.get(1)?,
                agent: r.get(2)?,
                family: r.get(3)?,
                rule: r.get(4)?,
                moments: r.get(5)?,
            })
        })?;
        Ok((weeks, moments))
    }

    fn stale(&self, version: i64, limit: i64) -> Result<Vec<(String, Conversation)>> {
        let rows = self.rows(
            "SELECT id, input FROM conversations WHERE analyzed_version < ?1 ORDER BY id LIMIT ?2",
            &[Value::Integer(version), Value::Integer(limit)],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
        )?;
        rows.into_iter()
            .map(|(id, input)| {
                serde_json::from_str(&input)
                    .map(|c| (id, c))
                    .map_err(|e| StoreError::Db(e.to_string()))
            })
            .collect()
    }

    fn stale_count(&self, version: i64) -> Result<i64> {
        self.reader()
            .query_row(
                "SELECT COUNT(*) FROM conversations WHERE analyzed_version < ?1",
                [version],
                |r| r.get(0),
            )
            .map_err(db)
    }

    fn review(
        &self,
        key: &MomentKey,
        action: crate::review::Action,
        reason: &str,
        by: &User,
    ) -> Result<bool> {
        let now = chrono::Utc::now().to_rfc3339();
        let k = params![key.conversation_id, key.rule, key.turn, key.start, key.end];
        let mut w = lock(&self.writer);
        let tx = w.transaction().map_err(db)?;
        let exists: bool = tx
            .query_row(
                "SELECT 1 FROM moments WHERE conversation_id = ?1 AND rule = ?2 AND turn = ?3
                   AND span_start = ?4 AND span_end = ?5",
                k,
                |_| Ok(true),
            )
            .optional()
            .map_err(db)?
            .unwrap_or(false);
        if !exists {
            return Ok(false);
        }
        tx.execute(
            "INSERT INTO review_log (conversation_id, rule, turn, span_start, span_end, action,
               reason, by_user, by_role, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                key.conversation_id,
                key.rule,
                key.turn,
                key.start,
                key.end,
                action.as_str(),
                reason,
                by.name,
                by.role.as_str(),
                now
            ],
        )
        .map_err(db)?;
        if let Some(status) = action.status() {
            // Out of the totals with the old status, back in with the new one.
            if let Some(old) = share_of(&tx, &key.conversation_id).map_err(db)? {
                weekly_update(&tx, &old, -1).map_err(db)?;
            }
            tx.execute(
                "INSERT INTO moment_reviews (conversation_id, rule, turn, span_start, span_end,
                   status, reason, by_user, at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                 ON CONFLICT (conversation_id, rule, turn, span_start, span_end) DO UPDATE SET
                   status = excluded.status, reason = excluded.reason,
                   by_user = excluded.by_user, at = excluded.at",
                params![
                    key.conversation_id,
                    key.rule,
                    key.turn,
                    key.start,
                    key.end,
                    status,
                    reason,
                    by.name,
                    now
                ],
            )
            .map_err(db)?;
            tx.execute(
                "UPDATE moments SET excluded = ?6 WHERE conversation_id = ?1 AND rule = ?2
                   AND turn = ?3 AND span_start = ?4 AND span_end = ?5",
                params![
                    key.conversation_id,
                    key.rule,
                    key.turn,
                    key.start,
                    key.end,
                    crate::review::excludes(status) as i64
                ],
            )
            .map_err(db)?;
            rescore(&tx, &key.conversation_id).map_err(db)?;
        }
        tx.commit().map_err(db)?;
        Ok(true)
    }

    fn review_state(&self, key: &MomentKey) -> Result<Option<ReviewState>> {
        self.reader()
            .query_row(
                "SELECT status, reason, by_user, at FROM moment_reviews
                 WHERE conversation_id = ?1 AND rule = ?2 AND turn = ?3 AND span_start = ?4
                   AND span_end = ?5",
                params![key.conversation_id, key.rule, key.turn, key.start, key.end],
                |r| {
                    Ok(ReviewState {
                        status: r.get(0)?,
                        reason: r.get(1)?,
                        by: r.get(2)?,
                        at: r.get(3)?,
                    })
                },
            )
            .optional()
            .map_err(db)
    }

    fn review_log(&self, conversation_id: &str) -> Result<Vec<ReviewEntry>> {
        self.rows(
            "SELECT conversation_id, rule, turn, span_start, span_end, action, reason, by_user,
               by_role, at
             FROM review_log WHERE conversation_id = ?1 ORDER BY id",
            &[Value::Text(conversation_id.to_string())],
            |r| {
                Ok(ReviewEntry {
                    key: moment_key(r)?,
                    action: r.get(5)?,
                    reason: r.get(6)?,
                    by: r.get(7)?,
                    role: r.get(8)?,
                    at: r.get(9)?,
                })
            },
        )
    }

    fn labels(&self, scope: &Scope) -> Result<Vec<Label>> {
        let mut sql = "SELECT moments.conversation_id, moments.rule, moments.turn,
                moments.span_start, moments.span_end, moments.code, moments.language,
                moments.agent, moments.team, moments.evidence, r.status, r.reason, r.by_user, r.at
             FROM moments JOIN moment_reviews r ON r.conversation_id = moments.conversation_id
               AND r.rule = moments.rule AND r.turn = moments.turn
               AND r.span_start = moments.span_start AND r.span_end = moments.span_end
             WHERE 1"
            .to_string();
        let mut vals = Vec::new();
        scope_sql(scope, "moments", &mut sql, &mut vals);
        sql.push_str(" ORDER BY r.at, moments.id");
        self.rows(&sql, &vals, |r| {
            Ok(Label {
                key: moment_key(r)?,
                code: r.get(5)?,
                language: r.get(6)?,
                agent: r.get(7)?,
                team: r.get(8)?,
                evidence: r.get(9)?,
                status: r.get(10)?,
                reason: r.get(11)?,
                by: r.get(12)?,
                at: r.get(13)?,
            })
        })
    }

    fn add_library_item(&self, item: &NewLibraryItem<'_>) -> Result<i64> {
        let w = lock(&self.writer);
        w.execute(
            "INSERT INTO library_items (team, rule, language, conversation_id, turn, excerpt,
               evidence, added_by, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
             ON CONFLICT (team, conversation_id, rule, turn) DO NOTHING",
            params![
                item.team,
                item.rule,
                item.language,
                item.conversation_id,
                item.turn,
                item.excerpt.to_string(),
                item.evidence,
                item.added_by,
                chrono::Utc::now().to_rfc3339()
            ],
        )
        .map_err(db)?;
        w.query_row(
            "SELECT id FROM library_items WHERE team = ?1 AND conversation_id = ?2 AND rule = ?3
               AND turn = ?4",
            params![item.team, item.conversation_id, item.rule, item.turn],
            |r| r.get(0),
        )
        .map_err(db)
    }

    fn library(&self, team: Option<&str>) -> Result<Vec<LibraryItem>> {
        self.rows(
            &format!(
                "SELECT {LIBRARY_COLUMNS} FROM library_items i
                 WHERE ?1 IS NULL OR i.team = ?1 ORDER BY i.rule, i.id DESC"
            ),
            &[optional_text(team)],
            library_row,
        )
    }

    fn library_item(&self, id: i64, user: i64) -> Result<Option<(LibraryItem, Vec<Proposal>)>> {
        let r = self.reader();
        let item = r
            .query_row(
                &format!("SELECT {LIBRARY_COLUMNS} FROM library_items i WHERE i.id = ?1"),
                [id],
                library_row,
            )
            .optional()
            .map_err(db)?;
        let Some(item) = item else {
            return Ok(None);
        };
        let mut s = r
            .prepare(
                "SELECT p.id, p.item_id, p.text, p.by_user, p.at, p.approved,
                   (SELECT COUNT(*) FROM votes v WHERE v.proposal_id = p.id),
                   EXISTS (SELECT 1 FROM votes v WHERE v.proposal_id = p.id AND v.user_id = ?2)
                 FROM proposals p WHERE p.item_id = ?1
                 ORDER BY p.approved DESC, 7 DESC, p.id",
            )
            .map_err(db)?;
        let proposals = s
            .query_map(params![id, user], |r| {
                Ok(Proposal {
                    id: r.get(0)?,
                    item_id: r.get(1)?,
                    text: r.get(2)?,
                    by: r.get(3)?,
                    at: r.get(4)?,
                    approved: r.get::<_, i64>(5)? != 0,
                    votes: r.get(6)?,
                    mine: r.get(7)?,
                })
            })
            .map_err(db)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(db)?;
        Ok(Some((item, proposals)))
    }

    fn add_proposal(&self, item: i64, text: &str, by: &str) -> Result<i64> {
        let w = lock(&self.writer);
        w.execute(
            "INSERT INTO proposals (item_id, text, by_user, at) VALUES (?1, ?2, ?3, ?4)",
            params![item, text, by, chrono::Utc::now().to_rfc3339()],
        )
        .map_err(db)?;
        Ok(w.last_insert_rowid())
    }

    fn vote(&self, proposal: i64, user: i64) -> Result<()> {
        let w = lock(&self.writer);
        let removed = w
            .execute(
                "DELETE FROM votes WHERE proposal_id = ?1 AND user_id = ?2",
                params![proposal, user],
            )
            .map_err(db)?;
        if removed == 0 {
            w.execute(
                "INSERT INTO votes (proposal_id, user_id) VALUES (?1, ?2)",
                params![proposal, user],
            )
            .map_err(db)?;
        }
        Ok(())
    }

    fn approve(&self, proposal: i64) -> Result<Option<(LibraryItem, String)>> {
        let mut w = lock(&self.writer);
        let tx = w.transaction().map_err(db)?;
        let found: Option<(i64, String)> = tx
            .query_row(
                "SELECT item_id, text FROM proposals WHERE id = ?1",
                [proposal],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(db)?;
        let Some((item, text)) = found else {
            return Ok(None);
        };
        tx.execute(
            "UPDATE proposals SET approved = (id = ?2) WHERE item_id = ?1",
            params![item, proposal],
        )
        .map_err(db)?;
        let it = tx
            .query_row(
                &format!("SELECT {LIBRARY_COLUMNS} FROM library_items i WHERE i.id = ?1"),
                [item],
                library_row,
            )
            .map_err(db)?;
        tx.commit().map_err(db)?;
        Ok(Some((it, text)))
    }

    fn proposal_item(&self, proposal: i64) -> Result<Option<i64>> {
        self.reader()
            .query_row(
                "SELECT item_id FROM proposals WHERE id = ?1",
                [proposal],
                |r| r.get(0),
            )
            .optional()
            .map_err(db)
    }

    fn create_workshop(&self, team: &str, title: &str, by: &str, items: &[i64]) -> Result<i64> {
        let mut w = lock(&self.writer);
        let tx = w.transaction().map_err(db)?;
        tx.execute(
            "INSERT INTO workshops (team, title, created_by, at) VALUES (?1, ?2, ?3, ?4)",
            params![team, title, by, chrono::Utc::now().to_rfc3339()],
        )
        .map_err(db)?;
        let id = tx.last_insert_rowid();
        for (pos, item) in items.iter().enumerate() {
            tx.execute(
                "INSERT INTO workshop_items (workshop_id, position, item_id) VALUES (?1, ?2, ?3)",
                params![id, pos as i64, item],
            )
            .map_err(db)?;
        }
        tx.commit().map_err(db)?;
        Ok(id)
    }

    fn workshops(&self, team: Option<&str>) -> Result<Vec<Workshop>> {
        let ids: Vec<i64> = self.rows(
            "SELECT id FROM workshops WHERE ?1 IS NULL OR team = ?1 ORDER BY id DESC",
            &[optional_text(team)],
            |r| r.get(0),
        )?;
        let mut out = Vec::new();
        for id in ids {
            if let Some(w) = self.workshop(id)? {
                out.push(w);
            }
        }
        Ok(out)
    }

    fn workshop(&self, id: i64) -> Result<Option<Workshop>> {
        let r = self.reader();
        let w = r
            .query_row(
                "SELECT id, team, title, created_by, at, current, closed FROM workshops WHERE id = ?1",
                [id],
                |r| {
                    Ok(Workshop {
                        id: r.get(0)?,
                        team: r.get(1)?,
                        title: r.get(2)?,
                        created_by: r.get(3)?,
                        at: r.get(4)?,
                        current: r.get(5)?,
                        closed: r.get::<_, i64>(6)? != 0,
                        items: Vec::new(),
                    })
                },
            )
            .optional()
            .map_err(db)?;
        let Some(mut w) = w else {
            return Ok(None);
        };
        let mut s = r
            .prepare("SELECT item_id FROM workshop_items WHERE workshop_id = ?1 ORDER BY position")
            .map_err(db)?;
        w.items = s
            .query_map([id], |r| r.get(0))
            .map_err(db)?
            .collect::<rusqlite::Result<_>>()
            .map_err(db)?;
        Ok(Some(w))
    }

    fn set_workshop(&self, id: i64, current: i64, closed: bool) -> Result<()> {
        lock(&self.writer)
            .execute(
                "UPDATE workshops SET current = ?2, closed = ?3 WHERE id = ?1",
                params![id, current, closed as i64],
            )
            .map(|_| ())
            .map_err(db)
    }

    fn save_script(
        &self,
        team: &str,
        name: &str,
        language: &str,
        text: &str,
        by: &str,
    ) -> Result<i64> {
        let mut w = lock(&self.writer);
        let tx = w.transaction().map_err(db)?;
        let version: i64 = tx
            .query_row(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM scripts WHERE team = ?1 AND name = ?2",
                params![team, name],
                |r| r.get(0),
            )
            .map_err(db)?;
        tx.execute(
            "INSERT INTO scripts (team, name, version, language, text, by_user, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                team,
                name,
                version,
                language,
                text,
                by,
                chrono::Utc::now().to_rfc3339()
            ],
        )
        .map_err(db)?;
        let id = tx.last_insert_rowid();
        tx.commit().map_err(db)?;
        Ok(id)
    }

    fn scripts(&self, team: Option<&str>) -> Result<Vec<Script>> {
        self.rows(
            "SELECT id, team, name, version, language, text, by_user, at FROM scripts
             WHERE ?1 IS NULL OR team = ?1 ORDER BY team, name, version DESC",
            &[optional_text(team)],
            script_row,
        )
    }

    fn script(&self, id: i64) -> Result<Option<Script>> {
        self.reader()
            .query_row(
                "SELECT id, team, name, version, language, text, by_user, at FROM scripts
                 WHERE id = ?1",
                [id],
                script_row,
            )
            .optional()
            .map_err(db)
    }

    fn setting(&self, key: &str) -> Result<Option<String>> {
        self.reader()
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(db)
    }

    fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        lock(&self.writer)
            .execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )
            .map(|_| ())
            .map_err(db)
    }
}
