//! The embedded store: one SQLite file in WAL mode, one writer and a small pool of readers, so
//! pages keep answering while an upload is being written. Every write is one transaction: a
//! crash leaves a batch either wholly stored or not at all.

use super::sql::{Conn, Driver, Row, SqlStore, Val};
use super::{Result, StoreError};
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{params_from_iter, Connection};
use std::path::Path;
use std::sync::{Condvar, Mutex, MutexGuard};

const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_init.sql"),
    include_str!("../../migrations/0002_library.sql"),
    include_str!("../../migrations/0003_workshops.sql"),
    include_str!("../../migrations/0004_scripts.sql"),
    include_str!("../../migrations/0005_jobs.sql"),
];
const READERS: usize = 4;

/// The SQLite store.
pub type SqliteStore = SqlStore<Sqlite>;

pub struct Sqlite {
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
    c.set_prepared_statement_cache_capacity(256);
    Ok(c)
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
        // Each migration and the version that records it commit together: a process stopped
        // half-way leaves the schema as it was, to be migrated again.
        for (i, m) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            writer
                .execute_batch(&format!(
                    "BEGIN IMMEDIATE;\n{m}\n;PRAGMA user_version = {};\nCOMMIT;",
                    i + 1
                ))
                .map_err(|e| {
                    let _ = writer.execute_batch("ROLLBACK");
                    db(e)
                })?;
        }
        let readers = (0..READERS).map(|_| open(&path)).collect::<Result<_>>()?;
        Ok(SqlStore {
            d: Sqlite {
                writer: Mutex::new(writer),
                readers: Mutex::new(readers),
                free: Condvar::new(),
            },
        })
    }
}

impl rusqlite::ToSql for Val {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Val::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Val::Int(v) => ToSqlOutput::Borrowed(ValueRef::Integer(*v)),
            Val::Real(v) => ToSqlOutput::Borrowed(ValueRef::Real(*v)),
            Val::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
        })
    }
}

/// A connection (or a transaction, which is one) seen through [`Conn`].
struct Lite<'a>(&'a Connection);

impl Conn for Lite<'_> {
    fn query(&mut self, sql: &str, vals: &[Val]) -> Result<Vec<Row>> {
        let mut s = self.0.prepare_cached(sql).map_err(db)?;
        let n = s.column_count();
        let mut rows = s.query(params_from_iter(vals.iter())).map_err(db)?;
        let mut out = Vec::new();
        while let Some(r) = rows.next().map_err(db)? {
            let mut row = Vec::with_capacity(n);
            for i in 0..n {
                row.push(match r.get_ref(i).map_err(db)? {
                    ValueRef::Null => Val::Null,
                    ValueRef::Integer(v) => Val::Int(v),
                    ValueRef::Real(v) => Val::Real(v),
                    ValueRef::Text(t) | ValueRef::Blob(t) => {
                        Val::Text(String::from_utf8_lossy(t).into_owned())
                    }
                });
            }
            out.push(Row(row));
        }
        Ok(out)
    }

    fn execute(&mut self, sql: &str, vals: &[Val]) -> Result<u64> {
        let mut s = self.0.prepare_cached(sql).map_err(db)?;
        s.execute(params_from_iter(vals.iter()))
            .map(|n| n as u64)
            .map_err(db)
    }
}

impl Driver for Sqlite {
    fn read<T: Send>(&self, f: impl FnOnce(&mut dyn Conn) -> Result<T> + Send) -> Result<T> {
        let conn = {
            let mut pool = lock(&self.readers);
            loop {
                if let Some(c) = pool.pop() {
                    break c;
                }
                pool = self.free.wait(pool).unwrap_or_else(|e| e.into_inner());
            }
        };
        // Back to the pool however `f` ends, a panic included.
        struct Return<'a>(&'a Sqlite, Option<Connection>);
        impl Drop for Return<'_> {
            fn drop(&mut self) {
                if let Some(c) = self.1.take() {
                    lock(&self.0.readers).push(c);
                    self.0.free.notify_one();
                }
            }
        }
        let held = Return(self, Some(conn));
        let c = held.1.as_ref().expect("held until dropped");
        f(&mut Lite(c))
    }

    fn write<T: Send>(&self, f: impl FnOnce(&mut dyn Conn) -> Result<T> + Send) -> Result<T> {
        let mut w = lock(&self.writer);
        // IMMEDIATE: the write lock is taken at the start, so a transaction that reads before
        // it writes waits for another process's writer (the busy timeout) instead of failing
        // when it upgrades.
        let tx = w
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(db)?;
        let out = f(&mut Lite(&tx))?;
        tx.commit().map_err(db)?;
        Ok(out)
    }

    fn turn_match(&self) -> &'static str {
        "t.id IN (SELECT rowid FROM turns_fts WHERE turns_fts MATCH ?)"
    }

    fn match_query(&self, words: &[String]) -> String {
        // Each word quoted: FTS5 then reads it as a word to find, never as an operator.
        words
            .iter()
            .map(|w| format!("\"{w}\""))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn add_turns(&self, c: &mut dyn Conn, turns: &[(String, Vec<String>)]) -> Result<()> {
        // One statement per turn: SQLite runs in process, and the index needs each row's id.
        for (id, folded) in turns {
            self.add_conversation_turns(c, id, folded)?;
        }
        Ok(())
    }

    fn remove_turns(&self, c: &mut dyn Conn, id: &str) -> Result<()> {
        c.execute(
            "DELETE FROM turns_fts WHERE rowid IN (SELECT id FROM turns WHERE conversation_id = ?1)",
            &[Val::from(id)],
        )?;
        c.execute(
            "DELETE FROM turns WHERE conversation_id = ?1",
            &[Val::from(id)],
        )
        .map(drop)
    }

    fn skip_locked(&self) -> &'static str {
        ""
    }

    fn clock_sql(&self) -> &'static str {
        "SELECT CAST(strftime('%s', 'now') AS INTEGER)"
    }
}

impl Sqlite {
    fn add_conversation_turns(&self, c: &mut dyn Conn, id: &str, folded: &[String]) -> Result<()> {
        for (i, text) in folded.iter().enumerate() {
            let rows = c.query(
                "INSERT INTO turns (conversation_id, turn) VALUES (?1, ?2) RETURNING id",
                &[Val::from(id), Val::Int(i as i64)],
            )?;
            let row = rows.first().map(|r| r.int(0)).transpose()?;
            c.execute(
                "INSERT INTO turns_fts (rowid, text) VALUES (?1, ?2)",
                &[row.map_or(Val::Null, Val::Int), Val::from(text)],
            )?;
        }
        Ok(())
    }
}
