//! The store on a team's own Postgres server (`--database postgres://…`): the same logic and
//! tests as SQLite, over a small pool of connections. Write transactions take one advisory
//! lock, so they run one at a time as SQLite's do: the weekly totals are read and rewritten
//! inside them, and workers on other machines must not interleave there. Reads run in
//! parallel. Migrations run under a session lock, so a server and its workers starting at
//! once bring the schema up to date exactly once.

use super::sql::{insert_rows, words, Conn, Driver, Row, SqlStore, Val};
use super::{Result, StoreError};
use bytes::BytesMut;
use postgres::types::{to_sql_checked, IsNull, ToSql, Type};
use postgres::{Client, GenericClient, Statement};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;
use std::collections::HashMap;
use std::sync::{Condvar, Mutex, MutexGuard};
use tokio_postgres_rustls::MakeRustlsConnect;

const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/postgres/0001_init.sql"),
    include_str!("../../migrations/postgres/0002_library.sql"),
    include_str!("../../migrations/postgres/0003_workshops.sql"),
    include_str!("../../migrations/postgres/0004_scripts.sql"),
    include_str!("../../migrations/postgres/0005_jobs.sql"),
];
/// Connections per process: a server's requests and a worker's batches rarely need more.
const POOL: usize = 8;
/// The advisory lock key of write transactions, and of migrations ("tact" in ASCII).
const WRITE_LOCK: i64 = 0x7461_6374;

/// The Postgres store.
pub type PostgresStore = SqlStore<Postgres>;

/// A connection with the statements it has prepared, by their SQL text.
struct Pooled {
    client: Client,
    prepared: HashMap<String, Statement>,
}

/// Idle connections, and how many are open in all (idle or lent).
struct Pool {
    idle: Vec<Pooled>,
    open: usize,
}

pub struct Postgres {
    pool: Mutex<Pool>,
    free: Condvar,
    url: String,
}

fn db(e: postgres::Error) -> StoreError {
    // The server's own message (constraint, syntax, connection) says more than the summary.
    match e.as_db_error() {
        Some(d) => StoreError::Db(format!("postgres: {}", d.message())),
        None => StoreError::Db(format!("postgres: {e}")),
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn connect(url: &str) -> Result<Client> {
    let tls = tls()?;
    Client::connect(url, tls).map_err(|e| {
        // The causes too: "error performing TLS handshake" alone does not say the certificate
        // was refused.
        let mut why = e.to_string();
        let mut cause = std::error::Error::source(&e);
        while let Some(c) = cause {
            why.push_str(&format!(": {c}"));
            cause = c.source();
        }
        StoreError::Db(format!("cannot connect to {}: {why}", printable_url(url)))
    })
}

/// The TLS a connection uses when the server offers it (`sslmode=prefer`, the default) or must
/// (`sslmode=require`): certificates checked against the public roots bundled in the binary and
/// the CA in the PEM file TACT_DATABASE_CA names (a team's own database certificate).
fn tls() -> Result<MakeRustlsConnect> {
    static CONFIG: std::sync::OnceLock<std::result::Result<MakeRustlsConnect, String>> =
        std::sync::OnceLock::new();
    CONFIG
        .get_or_init(|| {
            let mut roots = rustls::RootCertStore::empty();
            roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
            if let Some(path) = std::env::var_os("TACT_DATABASE_CA").filter(|p| !p.is_empty()) {
                let shown = std::path::Path::new(&path).display().to_string();
                let certs = CertificateDer::pem_file_iter(&path)
                    .map_err(|e| format!("TACT_DATABASE_CA {shown}: {e}"))?
                    .collect::<std::result::Result<Vec<_>, _>>()
                    .map_err(|e| format!("TACT_DATABASE_CA {shown}: {e}"))?;
                if certs.is_empty() {
                    return Err(format!("TACT_DATABASE_CA {shown}: no certificate in it"));
                }
                for c in certs {
                    roots
                        .add(c)
                        .map_err(|e| format!("TACT_DATABASE_CA {shown}: {e}"))?;
                }
            }
            // The crypto is ring's, the one provider this build enables (no C toolchain beyond
            // what the rest of the build needs).
            let config = rustls::ClientConfig::builder()
                .with_root_certificates(roots)
                .with_no_client_auth();
            Ok(MakeRustlsConnect::new(config))
        })
        .clone()
        .map_err(StoreError::Db)
}

/// The URL as it may be printed: without its password, whether in the user part or in the
/// query (`?password=`), and without the query at all.
pub fn printable_url(url: &str) -> String {
    let url = url.split('?').next().unwrap_or(url);
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let auth = &url[s + 3..at];
            match auth.find(':') {
                Some(colon) => format!("{}{}:***{}", &url[..s + 3], &auth[..colon], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

impl PostgresStore {
    /// Connects to `url` and brings the schema up to date.
    pub fn connect(url: &str) -> Result<PostgresStore> {
        let first = off_runtime(|| {
            let mut c = connect(url)?;
            migrate(&mut c)?;
            Ok::<_, StoreError>(c)
        })?;
        Ok(SqlStore {
            d: Postgres {
                pool: Mutex::new(Pool {
                    idle: vec![Pooled {
                        client: first,
                        prepared: HashMap::new(),
                    }],
                    open: 1,
                }),
                free: Condvar::new(),
                url: url.to_string(),
            },
        })
    }
}

fn migrate(c: &mut Client) -> Result<()> {
    c.execute("SELECT pg_advisory_lock($1)", &[&WRITE_LOCK])
        .map_err(db)?;
    let run = (|| -> Result<()> {
        c.batch_execute("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")
            .map_err(db)?;
        let version: i64 = c
            .query_opt("SELECT version FROM schema_version", &[])
            .map_err(db)?
            .map_or(0, |r| r.get(0));
        for (i, m) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let mut tx = c.transaction().map_err(db)?;
            tx.batch_execute(m).map_err(db)?;
            tx.execute("DELETE FROM schema_version", &[]).map_err(db)?;
            tx.execute(
                "INSERT INTO schema_version (version) VALUES ($1)",
                &[&(i as i64 + 1)],
            )
            .map_err(db)?;
            tx.commit().map_err(db)?;
        }
        Ok(())
    })();
    c.execute("SELECT pg_advisory_unlock($1)", &[&WRITE_LOCK])
        .map_err(db)?;
    run
}

/// Creates an empty database on the server `url` points at and returns the URL of that
/// database: each test that runs against Postgres gets its own.
pub fn scratch_database(url: &str) -> Result<String> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let name = format!(
        "tact_test_{}_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed),
        chrono::Utc::now().timestamp_micros()
    );
    off_runtime(|| {
        let mut c = connect(url)?;
        c.batch_execute(&format!("CREATE DATABASE {name}"))
            .map_err(db)
    })?;
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let after_scheme = base.find("://").map_or(0, |i| i + 3);
    let host_end = base[after_scheme..]
        .find('/')
        .map_or(base.len(), |i| after_scheme + i);
    Ok(format!("{}/{name}{query}", &base[..host_end]))
}

/// Runs `f` where the client may block. It blocks on a runtime of its own, which tokio forbids
/// on a thread that runs async tasks: called from one (a test, a handler outside
/// `spawn_blocking`), `f` runs on a thread of its own instead of panicking.
fn off_runtime<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    if tokio::runtime::Handle::try_current().is_ok() {
        std::thread::scope(|s| {
            s.spawn(f)
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e))
        })
    } else {
        f()
    }
}

/// `?N` becomes `$N` and each bare `?` the next number, outside quoted literals.
fn numbered(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut next = 0;
    let mut quoted = false;
    let mut chars = sql.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\'' => {
                quoted = !quoted;
                out.push(ch);
            }
            '?' if !quoted => {
                out.push('$');
                if chars.peek().is_some_and(|c| c.is_ascii_digit()) {
                    while let Some(d) = chars.next_if(|c| c.is_ascii_digit()) {
                        out.push(d);
                    }
                } else {
                    next += 1;
                    out.push_str(&next.to_string());
                }
            }
            _ => out.push(ch),
        }
    }
    out
}

impl ToSql for Val {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Val::Null => Ok(IsNull::Yes),
            Val::Int(v) => match *ty {
                Type::INT2 => i16::try_from(*v)?.to_sql(ty, out),
                Type::INT4 => i32::try_from(*v)?.to_sql(ty, out),
                Type::BOOL => (*v != 0).to_sql(ty, out),
                Type::FLOAT4 | Type::FLOAT8 => (*v as f64).to_sql(&Type::FLOAT8, out),
                _ => v.to_sql(ty, out),
            },
            Val::Real(v) => match *ty {
                Type::FLOAT4 => (*v as f32).to_sql(ty, out),
                _ => v.to_sql(ty, out),
            },
            // Postgres text cannot hold U+0000, which SQLite and JSON can: it is stored as
            // U+FFFD rather than failing the whole batch.
            Val::Text(s) if s.contains('\0') => s.replace('\0', "\u{FFFD}").to_sql(ty, out),
            Val::Text(s) => s.as_str().to_sql(ty, out),
        }
    }

    fn accepts(ty: &Type) -> bool {
        matches!(
            *ty,
            Type::INT2
                | Type::INT4
                | Type::INT8
                | Type::BOOL
                | Type::FLOAT4
                | Type::FLOAT8
                | Type::TEXT
                | Type::VARCHAR
                | Type::BPCHAR
                | Type::NAME
                | Type::UNKNOWN
        )
    }

    to_sql_checked!();
}

fn value(r: &postgres::Row, i: usize) -> Result<Val> {
    let ty = r.columns()[i].type_();
    let got = |e: postgres::Error| StoreError::Db(format!("column {i}: {e}"));
    Ok(match *ty {
        Type::INT2 => r
            .try_get::<_, Option<i16>>(i)
            .map_err(got)?
            .map(i64::from)
            .into(),
        Type::INT4 => r
            .try_get::<_, Option<i32>>(i)
            .map_err(got)?
            .map(i64::from)
            .into(),
        Type::INT8 => r.try_get::<_, Option<i64>>(i).map_err(got)?.into(),
        Type::BOOL => r
            .try_get::<_, Option<bool>>(i)
            .map_err(got)?
            .map(i64::from)
            .into(),
        Type::FLOAT4 => r
            .try_get::<_, Option<f32>>(i)
            .map_err(got)?
            .map_or(Val::Null, |v| Val::Real(v.into())),
        Type::FLOAT8 => r
            .try_get::<_, Option<f64>>(i)
            .map_err(got)?
            .map_or(Val::Null, Val::Real),
        _ => r.try_get::<_, Option<String>>(i).map_err(got)?.into(),
    })
}

impl From<Option<i64>> for Val {
    fn from(v: Option<i64>) -> Val {
        v.map_or(Val::Null, Val::Int)
    }
}

/// A client or a transaction, with the connection's prepared statements.
struct Pg<'a, C: GenericClient> {
    c: &'a mut C,
    prepared: &'a mut HashMap<String, Statement>,
}

impl<C: GenericClient> Pg<'_, C> {
    fn statement(&mut self, sql: &str) -> Result<Statement> {
        if let Some(s) = self.prepared.get(sql) {
            return Ok(s.clone());
        }
        let s = self.c.prepare(&numbered(sql)).map_err(db)?;
        self.prepared.insert(sql.to_string(), s.clone());
        Ok(s)
    }
}

fn params(vals: &[Val]) -> Vec<&(dyn ToSql + Sync)> {
    vals.iter().map(|v| v as &(dyn ToSql + Sync)).collect()
}

impl<C: GenericClient> Conn for Pg<'_, C> {
    fn query(&mut self, sql: &str, vals: &[Val]) -> Result<Vec<Row>> {
        let s = self.statement(sql)?;
        let rows = self.c.query(&s, &params(vals)).map_err(db)?;
        rows.iter()
            .map(|r| {
                (0..r.len())
                    .map(|i| value(r, i))
                    .collect::<Result<_>>()
                    .map(Row)
            })
            .collect()
    }

    fn execute(&mut self, sql: &str, vals: &[Val]) -> Result<u64> {
        let s = self.statement(sql)?;
        self.c.execute(&s, &params(vals)).map_err(db)
    }
}

impl Postgres {
    /// A pooled connection, opening one while the pool is below its size; a connection that
    /// broke (the server restarted) is replaced instead of returned.
    fn with<T: Send>(&self, f: impl FnOnce(&mut Pooled) -> Result<T> + Send) -> Result<T> {
        let idle = {
            let mut pool = lock(&self.pool);
            loop {
                if let Some(c) = pool.idle.pop() {
                    break Some(c);
                }
                if pool.open < POOL {
                    pool.open += 1;
                    break None;
                }
                pool = self.free.wait(pool).unwrap_or_else(|e| e.into_inner());
            }
        };
        // Should `f` panic, the slot it held is given back all the same.
        struct Slot<'a>(&'a Postgres, bool);
        impl Drop for Slot<'_> {
            fn drop(&mut self) {
                if self.1 {
                    self.0.forget();
                }
            }
        }
        let mut slot = Slot(self, true);
        let (out, conn) = off_runtime(|| {
            let mut conn = match idle {
                Some(c) if !c.client.is_closed() => c,
                _ => match connect(&self.url) {
                    Ok(client) => Pooled {
                        client,
                        prepared: HashMap::new(),
                    },
                    Err(e) => return (Err(e), None),
                },
            };
            let out = f(&mut conn);
            (out, Some(conn).filter(|c| !c.client.is_closed()))
        });
        if let Some(conn) = conn {
            slot.1 = false;
            lock(&self.pool).idle.push(conn);
            self.free.notify_one();
        }
        drop(slot);
        out
    }

    /// A connection that broke or never opened no longer counts against the pool.
    fn forget(&self) {
        let mut pool = lock(&self.pool);
        pool.open = pool.open.saturating_sub(1);
        self.free.notify_one();
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        // Closing a client blocks too (it says goodbye to the server).
        let idle = std::mem::take(&mut lock(&self.pool).idle);
        off_runtime(move || drop(idle));
    }
}

impl Driver for Postgres {
    fn read<T: Send>(&self, f: impl FnOnce(&mut dyn Conn) -> Result<T> + Send) -> Result<T> {
        self.with(|p| {
            f(&mut Pg {
                c: &mut p.client,
                prepared: &mut p.prepared,
            })
        })
    }

    fn write<T: Send>(&self, f: impl FnOnce(&mut dyn Conn) -> Result<T> + Send) -> Result<T> {
        self.with(|p| {
            let mut tx = p.client.transaction().map_err(db)?;
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])
                .map_err(db)?;
            let out = f(&mut Pg {
                c: &mut tx,
                prepared: &mut p.prepared,
            })?;
            tx.commit().map_err(db)?;
            Ok(out)
        })
    }

    fn turn_match(&self) -> &'static str {
        "to_tsvector('simple', t.text) @@ to_tsquery('simple', ?)"
    }

    fn match_query(&self, words: &[String]) -> String {
        // Each word quoted (they hold letters and digits only): a lexeme, never an operator.
        words
            .iter()
            .map(|w| format!("'{w}'"))
            .collect::<Vec<_>>()
            .join(" & ")
    }

    fn add_turns(&self, c: &mut dyn Conn, turns: &[(String, Vec<String>)]) -> Result<()> {
        let rows: Vec<Vec<Val>> = turns
            .iter()
            .flat_map(|(id, folded)| {
                folded.iter().enumerate().map(move |(i, text)| {
                    // Words as a search splits them (letters and digits), so that Postgres'
                    // parser, which keeps "12.50" or "example.com" whole, finds what SQLite's does.
                    let words: Vec<&str> = words(text).collect();
                    vec![
                        Val::from(id),
                        Val::Int(i as i64),
                        Val::Text(words.join(" ")),
                    ]
                })
            })
            .collect();
        insert_rows(c, "INSERT INTO turns (conversation_id, turn, text)", rows)
    }

    fn remove_turns(&self, c: &mut dyn Conn, id: &str) -> Result<()> {
        c.execute(
            "DELETE FROM turns WHERE conversation_id = ?1",
            &[Val::from(id)],
        )
        .map(drop)
    }

    fn skip_locked(&self) -> &'static str {
        "FOR UPDATE SKIP LOCKED"
    }

    fn clock_sql(&self) -> &'static str {
        "SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) AS BIGINT)"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_numbered_outside_literals() {
        assert_eq!(numbered("a = ? AND b = ?"), "a = $1 AND b = $2");
        assert_eq!(numbered("a = ?2 OR ?1 IS NULL"), "a = $2 OR $1 IS NULL");
        assert_eq!(numbered("x = '?' AND y = ?"), "x = '?' AND y = $1");
    }

    #[test]
    fn passwords_never_reach_messages() {
        assert_eq!(
            printable_url("postgres://tact:s3cret@db:5432/tact"),
            "postgres://tact:***@db:5432/tact"
        );
        assert_eq!(
            printable_url("postgres://tact@db/tact"),
            "postgres://tact@db/tact"
        );
        assert_eq!(
            printable_url("postgres://tact@db/tact?sslmode=disable&password=s3cret"),
            "postgres://tact@db/tact"
        );
    }
}
