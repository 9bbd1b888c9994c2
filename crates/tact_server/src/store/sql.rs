//! The store's logic, written once over a small SQL interface so that SQLite and Postgres run
//! the same queries, the same transactions and the same tests. A backend (a [`Driver`]) brings
//! its connections, its transactions and the two things SQL does not share: the full-text index
//! of turns, and how a worker skips jobs another worker holds.

use super::*;

/// A parameter or a column value: the four types the schema uses.
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

impl From<i64> for Val {
    fn from(v: i64) -> Val {
        Val::Int(v)
    }
}
impl From<f64> for Val {
    fn from(v: f64) -> Val {
        Val::Real(v)
    }
}
impl From<bool> for Val {
    fn from(v: bool) -> Val {
        Val::Int(v as i64)
    }
}
impl From<&str> for Val {
    fn from(v: &str) -> Val {
        Val::Text(v.to_string())
    }
}
impl From<String> for Val {
    fn from(v: String) -> Val {
        Val::Text(v)
    }
}
impl From<&String> for Val {
    fn from(v: &String) -> Val {
        Val::Text(v.clone())
    }
}
impl From<Option<&str>> for Val {
    fn from(v: Option<&str>) -> Val {
        v.map_or(Val::Null, Val::from)
    }
}
impl From<&Option<String>> for Val {
    fn from(v: &Option<String>) -> Val {
        v.as_deref().into()
    }
}
impl From<Option<String>> for Val {
    fn from(v: Option<String>) -> Val {
        v.map_or(Val::Null, Val::Text)
    }
}

/// Parameters of a statement, each turned into a [`Val`].
macro_rules! vals {
    ($($v:expr),* $(,)?) => { &[$(Val::from($v)),*] };
}

/// One result row, read by position.
pub struct Row(pub(super) Vec<Val>);

fn wrong(i: usize, want: &str, got: &Val) -> StoreError {
    StoreError::Db(format!("column {i}: expected {want}, found {got:?}"))
}

impl Row {
    fn at(&self, i: usize) -> Result<&Val> {
        self.0
            .get(i)
            .ok_or_else(|| StoreError::Db(format!("no column {i}")))
    }
    pub(super) fn int(&self, i: usize) -> Result<i64> {
        match self.at(i)? {
            Val::Int(v) => Ok(*v),
            v => Err(wrong(i, "an integer", v)),
        }
    }
    pub(super) fn real(&self, i: usize) -> Result<f64> {
        match self.at(i)? {
            Val::Real(v) => Ok(*v),
            Val::Int(v) => Ok(*v as f64),
            v => Err(wrong(i, "a number", v)),
        }
    }
    pub(super) fn flag(&self, i: usize) -> Result<bool> {
        Ok(self.int(i)? != 0)
    }
    pub(super) fn opt_text(&self, i: usize) -> Result<Option<String>> {
        match self.at(i)? {
            Val::Null => Ok(None),
            Val::Text(s) => Ok(Some(s.clone())),
            v => Err(wrong(i, "text", v)),
        }
    }
    pub(super) fn text(&self, i: usize) -> Result<String> {
        self.opt_text(i)?
            .ok_or_else(|| StoreError::Db(format!("column {i}: expected text, found NULL")))
    }
}

/// A connection, or a transaction on one: all the store's logic needs.
pub trait Conn {
    fn query(&mut self, sql: &str, vals: &[Val]) -> Result<Vec<Row>>;
    fn execute(&mut self, sql: &str, vals: &[Val]) -> Result<u64>;
}

impl dyn Conn + '_ {
    fn one(&mut self, sql: &str, vals: &[Val]) -> Result<Option<Row>> {
        Ok(self.query(sql, vals)?.into_iter().next())
    }

    /// The first column of a query that returns exactly one row.
    fn int(&mut self, sql: &str, vals: &[Val]) -> Result<i64> {
        self.one(sql, vals)?
            .ok_or_else(|| StoreError::Db("a query that returns a row returned none".into()))?
            .int(0)
    }

    fn rows<T>(
        &mut self,
        sql: &str,
        vals: &[Val],
        each: impl FnMut(&Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        self.query(sql, vals)?.iter().map(each).collect()
    }
}

/// What a backend brings. Every statement is written with `?` or `?N` parameters; a driver
/// whose database numbers them differently translates.
pub trait Driver: Send + Sync + 'static {
    /// Runs `f` on a connection that reads.
    fn read<T: Send>(&self, f: impl FnOnce(&mut dyn Conn) -> Result<T> + Send) -> Result<T>;
    /// Runs `f` in one transaction, committed when it returns `Ok`, rolled back otherwise.
    /// Write transactions run one at a time, so a read-then-write inside one sees no other
    /// writer (the weekly totals depend on it).
    fn write<T: Send>(&self, f: impl FnOnce(&mut dyn Conn) -> Result<T> + Send) -> Result<T>;
    /// A condition on the turns table `t`, true when the turn's folded text holds every word
    /// of the one parameter, which is [`Driver::match_query`]'s text.
    fn turn_match(&self) -> &'static str;
    /// The words of a search (folded, letters and digits only) as the parameter of
    /// [`Driver::turn_match`].
    fn match_query(&self, words: &[String]) -> String;
    /// Stores and indexes the folded turn texts of conversations, by id.
    fn add_turns(&self, c: &mut dyn Conn, turns: &[(String, Vec<String>)]) -> Result<()>;
    /// Removes a conversation's turns from the table and the index.
    fn remove_turns(&self, c: &mut dyn Conn, id: &str) -> Result<()>;
    /// A query of one row and column: the database's clock in Unix seconds.
    fn clock_sql(&self) -> &'static str;
    /// What follows a `SELECT … LIMIT n` of jobs so that concurrent workers claim different
    /// ones (empty where writers never run at once).
    fn skip_locked(&self) -> &'static str;
}

/// The store over a backend.
pub struct SqlStore<D> {
    pub(super) d: D,
}

const LIBRARY_COLUMNS: &str = "i.id, i.team, i.rule, i.language, i.conversation_id, i.turn,
    i.excerpt, i.evidence, i.added_by, i.at,
    (SELECT text FROM proposals p WHERE p.item_id = i.id AND p.approved = 1),
    (SELECT COUNT(*) FROM proposals p WHERE p.item_id = i.id)";

fn library_row(r: &Row) -> Result<LibraryItem> {
    Ok(LibraryItem {
        id: r.int(0)?,
        team: r.text(1)?,
        rule: r.text(2)?,
        language: r.text(3)?,
        conversation_id: r.text(4)?,
        turn: r.int(5)?,
        excerpt: serde_json::from_str(&r.text(6)?).unwrap_or_default(),
        evidence: r.text(7)?,
        added_by: r.text(8)?,
        at: r.text(9)?,
        approved: r.opt_text(10)?,
        proposals: r.int(11)?,
    })
}

/// The moment key in a row's first five columns (conversation, rule, turn, span).
fn moment_key(r: &Row) -> Result<MomentKey> {
    Ok(MomentKey {
        conversation_id: r.text(0)?,
        rule: r.text(1)?,
        turn: r.int(2)?,
        start: r.int(3)?,
        end: r.int(4)?,
    })
}

const SCRIPT_COLUMNS: &str = "id, team, name, version, language, text, by_user, at";

fn script_row(r: &Row) -> Result<Script> {
    Ok(Script {
        id: r.int(0)?,
        team: r.text(1)?,
        name: r.text(2)?,
        version: r.int(3)?,
        language: r.text(4)?,
        text: r.text(5)?,
        by: r.text(6)?,
        at: r.text(7)?,
    })
}

const USER_COLUMNS: &str = "u.id, u.name, u.role, u.team, u.agent, u.lang";

fn user_row(r: &Row) -> Result<User> {
    Ok(User {
        id: r.int(0)?,
        name: r.text(1)?,
        role: r.text(2)?.parse().unwrap_or(Role::Agent),
        team: r.opt_text(3)?,
        agent: r.opt_text(4)?,
        lang: r.opt_text(5)?,
    })
}

const CONVERSATION_COLUMNS: &str =
    "id, channel, language, agent, team, started_at, day, score, risk, turns, moments";

fn conversation_row(r: &Row) -> Result<ConversationRow> {
    Ok(ConversationRow {
        id: r.text(0)?,
        channel: r.text(1)?,
        language: r.text(2)?,
        agent: r.opt_text(3)?,
        team: r.opt_text(4)?,
        started_at: r.opt_text(5)?,
        day: r.text(6)?,
        score: r.int(7)?,
        risk: r.real(8)?,
        turns: r.int(9)?,
        moments: r.int(10)?,
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

fn moment_row(r: &Row) -> Result<MomentRow> {
    Ok(MomentRow {
        conversation_id: r.text(0)?,
        rule: r.text(1)?,
        code: r.text(2)?,
        family: r.text(3)?,
        severity: r.text(4)?,
        turn: r.int(5)?,
        start: r.int(6)?,
        end: r.int(7)?,
        status: r.opt_text(8)?,
        language: r.text(9)?,
        agent: r.opt_text(10)?,
        team: r.opt_text(11)?,
        channel: r.text(12)?,
        day: r.text(13)?,
        evidence: r.text(14)?,
        message: r.text(15)?,
        message_key: r.text(16)?,
        message_args: serde_json::from_str(&r.text(17)?).unwrap_or_default(),
    })
}

/// `AND …` conditions and their values for a scope, on a table with `agent` and `team`.
fn scope_sql(scope: &Scope, table: &str, sql: &mut String, vals: &mut Vec<Val>) {
    match scope {
        Scope::All => {}
        Scope::Team(t) => {
            sql.push_str(&format!(" AND {table}.team = ?"));
            vals.push(t.into());
        }
        Scope::Agent(a) => {
            sql.push_str(&format!(" AND {table}.agent = ?"));
            vals.push(a.into());
        }
        Scope::Nothing => sql.push_str(" AND FALSE"),
    }
}

/// A user's search as words folded like the index: operators and quotes typed by the user are
/// searched for, never interpreted.
fn search_words(q: &str) -> Vec<String> {
    words(&tact_lang::fold(q)).map(str::to_string).collect()
}

/// The words of a text as search sees them: runs of letters and digits. The index splits turns
/// the same way where the database's own parser would not.
pub(super) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
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

/// Rows in as few statements as the databases allow: `head` is `INSERT INTO t (columns)`,
/// each row one value per column.
pub(super) fn insert_rows(c: &mut dyn Conn, head: &str, rows: Vec<Vec<Val>>) -> Result<()> {
    upsert_rows(c, head, "", rows)
}

/// [`insert_rows`] with a conflict clause after the values.
fn upsert_rows(c: &mut dyn Conn, head: &str, tail: &str, rows: Vec<Vec<Val>>) -> Result<()> {
    // A few distinct chunk sizes, so that the prepared statements stay few.
    const CHUNK: usize = 32;
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<Vec<Val>> = rows.by_ref().take(CHUNK).collect();
        let width = chunk[0].len();
        let one = format!("({})", vec!["?"; width].join(", "));
        let sql = format!(
            "{head} VALUES {} {tail}",
            vec![one.as_str(); chunk.len()].join(", ")
        );
        // Moved, not copied: the values hold whole conversations and reports.
        let vals: Vec<Val> = chunk.into_iter().flatten().collect();
        c.execute(&sql, &vals)?;
    }
    Ok(())
}

/// `?, ?, …` for `n` values, for `IN (…)`.
fn marks(n: usize) -> String {
    vec!["?"; n].join(", ")
}

/// Changes to the weekly totals, summed over a batch and written in key order: a few
/// statements per batch instead of two per conversation.
#[derive(Default)]
struct Totals {
    /// (week, team, agent) → conversations, turns, score sum.
    weeks: std::collections::BTreeMap<(String, String, String), [i64; 3]>,
    /// (week, team, agent, rule) → family, moments.
    rules: std::collections::BTreeMap<(String, String, String, String), (String, i64)>,
}

impl Totals {
    /// Subtracts (`sign` −1) or adds (+1) a conversation's share.
    fn add(&mut self, s: &Share, sign: i64) {
        let key = (s.week.clone(), s.team.clone(), s.agent.clone());
        let w = self.weeks.entry(key).or_default();
        w[0] += sign;
        w[1] += sign * s.turns;
        w[2] += sign * s.score;
        for (family, rule) in &s.moments {
            let key = (
                s.week.clone(),
                s.team.clone(),
                s.agent.clone(),
                rule.clone(),
            );
            self.rules.entry(key).or_insert((family.clone(), 0)).1 += sign;
        }
    }

    fn write(&self, c: &mut dyn Conn) -> Result<()> {
        let weeks: Vec<Vec<Val>> = self
            .weeks
            .iter()
            .map(|((week, team, agent), [n, turns, score])| {
                vec![
                    week.into(),
                    team.into(),
                    agent.into(),
                    Val::Int(*n),
                    Val::Int(*turns),
                    Val::Int(*score),
                ]
            })
            .collect();
        upsert_rows(
            c,
            "INSERT INTO weekly (week, team, agent, conversations, turns, score_sum)",
            "ON CONFLICT (week, team, agent) DO UPDATE SET
               conversations = weekly.conversations + excluded.conversations,
               turns = weekly.turns + excluded.turns,
               score_sum = weekly.score_sum + excluded.score_sum",
            weeks,
        )?;
        let rules: Vec<Vec<Val>> = self
            .rules
            .iter()
            .filter(|(_, (_, n))| *n != 0)
            .map(|((week, team, agent, rule), (family, n))| {
                vec![
                    week.into(),
                    team.into(),
                    agent.into(),
                    family.into(),
                    rule.into(),
                    Val::Int(*n),
                ]
            })
            .collect();
        upsert_rows(
            c,
            "INSERT INTO weekly_moments (week, team, agent, family, rule, moments)",
            "ON CONFLICT (week, team, agent, rule) DO UPDATE SET
               moments = weekly_moments.moments + excluded.moments",
            rules,
        )
    }
}

/// Subtracts (`sign` −1) or adds (+1) one conversation's share of the weekly totals.
fn weekly_update(c: &mut dyn Conn, s: &Share, sign: i64) -> Result<()> {
    let mut t = Totals::default();
    t.add(s, sign);
    t.write(c)
}

/// A stored conversation's current share of the weekly totals: its effective score and the
/// moments that count (not taken out by a review).
fn share_of(c: &mut dyn Conn, id: &str) -> Result<Option<Share>> {
    let Some(r) = c.one(
        "SELECT week, team, agent, turns, score FROM conversations WHERE id = ?1",
        vals![id],
    )?
    else {
        return Ok(None);
    };
    let moments = c.rows(
        "SELECT family, rule FROM moments WHERE conversation_id = ?1 AND excluded = 0",
        vals![id],
        |m| Ok((m.text(0)?, m.text(1)?)),
    )?;
    Ok(Some(Share {
        week: r.text(0)?,
        team: r.opt_text(1)?.unwrap_or_default(),
        agent: r.opt_text(2)?.unwrap_or_default(),
        turns: r.int(3)?,
        score: r.int(4)?,
        moments,
    }))
}

fn json_error(e: serde_json::Error) -> StoreError {
    StoreError::Db(e.to_string())
}

/// What a batch writes: rows of each table and the change to the weekly totals.
#[derive(Default)]
struct Rows {
    conversations: Vec<Vec<Val>>,
    moments: Vec<Vec<Val>>,
    /// Each conversation's id and folded turn texts, for the search index.
    turns: Vec<(String, Vec<String>)>,
    totals: Totals,
}

impl Rows {
    /// One conversation's rows; `reviewed` holds the reviews of its moments so far.
    fn add(
        &mut self,
        a: &Analysed<'_>,
        today: chrono::NaiveDate,
        reviewed: &[(MomentKey, String)],
    ) -> Result<()> {
        let conv = a.conversation;
        let r = a.report;
        let day = day_of(conv, today);
        let week = week_of(day);
        let day = day.to_string();
        let channel = conv.channel.to_string();
        // A moment found again keeps its review: one taken out stays out.
        let excluded: Vec<bool> = r
            .moments
            .iter()
            .map(|mo| {
                reviewed.iter().any(|(k, status)| {
                    *k.rule == *mo.rule
                        && k.turn == mo.turn as i64
                        && k.start == mo.start as i64
                        && k.end == mo.end as i64
                        && crate::review::excludes(status)
                })
            })
            .collect();
        // The score counts the moments that count, as a review's rescoring does.
        let penalty = |i: usize| r.penalties.get(i).copied().unwrap_or(0.0);
        let counting: Vec<f64> = (0..r.moments.len())
            .filter(|&i| !excluded[i])
            .map(penalty)
            .collect();
        let score = tact_analyze::score_from_penalties(&counting) as i64;
        self.conversations.push(vec![
            Val::from(&conv.id),
            Val::from(channel.as_str()),
            Val::from(r.language.as_str()),
            Val::from(&conv.agent),
            Val::from(&conv.team),
            Val::from(conv.started_at.map(|t| t.to_rfc3339())),
            Val::from(day.as_str()),
            Val::from(week.as_str()),
            Val::Int(score),
            Val::Real(r.risk),
            Val::Int(conv.turns.len() as i64),
            Val::Int(counting.len() as i64),
            Val::Text(serde_json::to_string(conv).map_err(json_error)?),
            Val::Text(serde_json::to_string(r).map_err(json_error)?),
            Val::Int(a.version),
        ]);
        for (i, mo) in r.moments.iter().enumerate() {
            self.moments.push(vec![
                Val::from(&conv.id),
                Val::from(mo.rule),
                Val::from(mo.code),
                Val::from(mo.family.as_str()),
                Val::from(mo.severity.as_str()),
                Val::Int(mo.turn as i64),
                Val::Int(mo.start as i64),
                Val::Int(mo.end as i64),
                Val::Real(penalty(i)),
                Val::from(excluded[i]),
                Val::from(r.language.as_str()),
                Val::from(&conv.agent),
                Val::from(&conv.team),
                Val::from(channel.as_str()),
                Val::from(day.as_str()),
                Val::from(&*mo.evidence),
                Val::from(&*mo.message),
                Val::from(mo.message_key),
                Val::Text(serde_json::to_string(&mo.message_args).unwrap_or_else(|_| "{}".into())),
            ]);
        }
        self.turns.push((
            conv.id.clone(),
            conv.turns
                .iter()
                .map(|t| tact_lang::fold(&t.text))
                .collect(),
        ));
        let share = Share {
            week,
            team: conv.team.clone().unwrap_or_default(),
            agent: conv.agent.clone().unwrap_or_default(),
            turns: conv.turns.len() as i64,
            score,
            moments: r
                .moments
                .iter()
                .zip(&excluded)
                .filter(|(_, out)| !**out)
                .map(|(mo, _)| (mo.family.as_str().to_string(), mo.rule.to_string()))
                .collect(),
        };
        self.totals.add(&share, 1);
        Ok(())
    }
}

impl<D: Driver> SqlStore<D> {
    /// Removes a stored conversation and its share of everything derived from it.
    fn remove(&self, c: &mut dyn Conn, id: &str) -> Result<()> {
        let Some(share) = share_of(c, id)? else {
            return Ok(());
        };
        weekly_update(c, &share, -1)?;
        self.d.remove_turns(c, id)?;
        c.execute("DELETE FROM moments WHERE conversation_id = ?1", vals![id])?;
        c.execute("DELETE FROM conversations WHERE id = ?1", vals![id])?;
        Ok(())
    }

    /// Stores a batch inside a write transaction: each conversation replaces the stored one of
    /// its id with everything derived from it (the last of a batch wins when an id repeats).
    fn put_in(&self, c: &mut dyn Conn, batch: &[Analysed<'_>]) -> Result<usize> {
        let today = chrono::Utc::now().date_naive();
        let mut last: std::collections::HashMap<&str, usize> = Default::default();
        for (i, a) in batch.iter().enumerate() {
            last.insert(&a.conversation.id, i);
        }
        let kept: Vec<&Analysed<'_>> = batch
            .iter()
            .enumerate()
            .filter(|(i, a)| last.get(a.conversation.id.as_str()) == Some(i))
            .map(|(_, a)| a)
            .collect();
        let mut reviewed: std::collections::HashMap<String, Vec<(MomentKey, String)>> =
            Default::default();
        for chunk in kept.chunks(64) {
            let ids: Vec<Val> = chunk
                .iter()
                .map(|a| Val::from(&a.conversation.id))
                .collect();
            let stored = c.rows(
                &format!(
                    "SELECT id FROM conversations WHERE id IN ({})",
                    marks(ids.len())
                ),
                &ids,
                |r| r.text(0),
            )?;
            for id in stored {
                self.remove(c, &id)?;
            }
            let reviews = c.rows(
                &format!(
                    "SELECT conversation_id, rule, turn, span_start, span_end, status
                     FROM moment_reviews WHERE conversation_id IN ({})",
                    marks(ids.len())
                ),
                &ids,
                |r| Ok((moment_key(r)?, r.text(5)?)),
            )?;
            for (key, status) in reviews {
                reviewed
                    .entry(key.conversation_id.clone())
                    .or_default()
                    .push((key, status));
            }
        }
        let mut rows = Rows::default();
        for a in &kept {
            rows.add(
                a,
                today,
                reviewed.get(&a.conversation.id).map_or(&[], Vec::as_slice),
            )?;
        }
        insert_rows(
            c,
            "INSERT INTO conversations (id, channel, language, agent, team, started_at, day,
               week, score, risk, turns, moments, input, report, analyzed_version)",
            std::mem::take(&mut rows.conversations),
        )?;
        insert_rows(
            c,
            "INSERT INTO moments (conversation_id, rule, code, family, severity, turn,
               span_start, span_end, penalty, excluded, language, agent, team, channel, day,
               evidence, message, message_key, message_args)",
            std::mem::take(&mut rows.moments),
        )?;
        self.d.add_turns(c, &rows.turns)?;
        rows.totals.write(c)?;
        Ok(batch.len())
    }

    fn library_item_in(c: &mut dyn Conn, id: i64) -> Result<Option<LibraryItem>> {
        c.one(
            &format!("SELECT {LIBRARY_COLUMNS} FROM library_items i WHERE i.id = ?1"),
            vals![id],
        )?
        .map(|r| library_row(&r))
        .transpose()
    }
}

/// Recomputes a conversation's score and moment count from the moments that count, and puts
/// its new share into the weekly totals (the old one taken out first by the caller).
fn rescore(c: &mut dyn Conn, id: &str) -> Result<()> {
    let penalties = c.rows(
        "SELECT penalty FROM moments WHERE conversation_id = ?1 AND excluded = 0 ORDER BY id",
        vals![id],
        |r| r.real(0),
    )?;
    c.execute(
        "UPDATE conversations SET score = ?2, moments = ?3 WHERE id = ?1",
        vals![
            id,
            tact_analyze::score_from_penalties(&penalties) as i64,
            penalties.len() as i64
        ],
    )?;
    if let Some(share) = share_of(c, id)? {
        weekly_update(c, &share, 1)?;
    }
    Ok(())
}

fn now_text() -> String {
    chrono::Utc::now().to_rfc3339()
}

impl<D: Driver> Store for SqlStore<D> {
    fn user_count(&self) -> Result<i64> {
        self.d.read(|c| c.int("SELECT COUNT(*) FROM users", &[]))
    }

    fn add_user(&self, u: &NewUser<'_>) -> Result<User> {
        self.d.write(|c| {
            if c.one("SELECT 1 FROM users WHERE name = ?1", vals![u.name])?
                .is_some()
            {
                return Err(StoreError::Conflict(format!(
                    "a user named {:?} exists already",
                    u.name
                )));
            }
            let id = c.int(
                "INSERT INTO users (name, role, team, agent, password_hash, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
                vals![
                    u.name,
                    u.role.as_str(),
                    u.team,
                    u.agent,
                    u.password_hash,
                    now_text()
                ],
            )?;
            Ok(User {
                id,
                name: u.name.to_string(),
                role: u.role,
                team: u.team.map(str::to_string),
                agent: u.agent.map(str::to_string),
                lang: None,
            })
        })
    }

    fn user_by_name(&self, name: &str) -> Result<Option<(User, Option<String>)>> {
        self.d.read(|c| {
            c.one(
                &format!("SELECT {USER_COLUMNS}, u.password_hash FROM users u WHERE u.name = ?1"),
                vals![name],
            )?
            .map(|r| Ok((user_row(&r)?, r.opt_text(6)?)))
            .transpose()
        })
    }

    fn user(&self, id: i64) -> Result<Option<User>> {
        self.d.read(|c| {
            c.one(
                &format!("SELECT {USER_COLUMNS} FROM users u WHERE u.id = ?1"),
                vals![id],
            )?
            .map(|r| user_row(&r))
            .transpose()
        })
    }

    fn users(&self) -> Result<Vec<User>> {
        self.d.read(|c| {
            c.rows(
                &format!("SELECT {USER_COLUMNS} FROM users u ORDER BY u.name"),
                &[],
                user_row,
            )
        })
    }

    fn set_password(&self, id: i64, hash: &str) -> Result<()> {
        self.d.write(|c| {
            c.execute(
                "UPDATE users SET password_hash = ?1 WHERE id = ?2",
                vals![hash, id],
            )
            .map(drop)
        })
    }

    fn set_lang(&self, id: i64, lang: Option<&str>) -> Result<()> {
        self.d.write(|c| {
            c.execute("UPDATE users SET lang = ?1 WHERE id = ?2", vals![lang, id])
                .map(drop)
        })
    }

    fn delete_user(&self, id: i64) -> Result<()> {
        self.d.write(|c| {
            c.execute("DELETE FROM users WHERE id = ?1", vals![id])
                .map(drop)
        })
    }

    fn add_session(&self, id_hash: &str, user: i64, csrf: &str, expires_at: i64) -> Result<()> {
        self.d.write(|c| {
            c.execute(
                "DELETE FROM sessions WHERE expires_at < ?1",
                vals![chrono::Utc::now().timestamp()],
            )?;
            c.execute(
                "INSERT INTO sessions (id_hash, user_id, csrf, expires_at)
                 VALUES (?1, ?2, ?3, ?4)",
                vals![id_hash, user, csrf, expires_at],
            )
            .map(drop)
        })
    }

    fn session(&self, id_hash: &str, now: i64) -> Result<Option<(User, String)>> {
        self.d.read(|c| {
            c.one(
                &format!(
                    "SELECT {USER_COLUMNS}, s.csrf FROM sessions s JOIN users u ON u.id = s.user_id
                     WHERE s.id_hash = ?1 AND s.expires_at > ?2"
                ),
                vals![id_hash, now],
            )?
            .map(|r| Ok((user_row(&r)?, r.text(6)?)))
            .transpose()
        })
    }

    fn delete_session(&self, id_hash: &str) -> Result<()> {
        self.d.write(|c| {
            c.execute("DELETE FROM sessions WHERE id_hash = ?1", vals![id_hash])
                .map(drop)
        })
    }

    fn add_token(&self, hash: &str, user: i64, name: &str) -> Result<()> {
        self.d.write(|c| {
            c.execute(
                "INSERT INTO tokens (hash, user_id, name, created_at) VALUES (?1, ?2, ?3, ?4)",
                vals![hash, user, name, now_text()],
            )
            .map(drop)
        })
    }

    fn user_by_token(&self, hash: &str) -> Result<Option<User>> {
        self.d.read(|c| {
            c.one(
                &format!(
                    "SELECT {USER_COLUMNS} FROM tokens t JOIN users u ON u.id = t.user_id
                     WHERE t.hash = ?1"
                ),
                vals![hash],
            )?
            .map(|r| user_row(&r))
            .transpose()
        })
    }

    fn add_setup_link(&self, hash: &str, expires_at: i64) -> Result<()> {
        self.d.write(|c| {
            c.execute("DELETE FROM setup_links", &[])?;
            c.execute(
                "INSERT INTO setup_links (hash, expires_at) VALUES (?1, ?2)",
                vals![hash, expires_at],
            )
            .map(drop)
        })
    }

    fn take_setup_link(&self, hash: &str, now: i64) -> Result<bool> {
        self.d.write(|c| {
            let users = c.int("SELECT COUNT(*) FROM users", &[])?;
            let n = c.execute(
                "DELETE FROM setup_links WHERE hash = ?1 AND expires_at > ?2",
                vals![hash, now],
            )?;
            Ok(n == 1 && users == 0)
        })
    }

    fn put(&self, batch: &[Analysed<'_>]) -> Result<usize> {
        self.d.write(|c| self.put_in(c, batch))
    }

    fn conversation(&self, scope: &Scope, id: &str) -> Result<Option<StoredConversation>> {
        let mut sql =
            format!("SELECT {CONVERSATION_COLUMNS}, input, report FROM conversations WHERE id = ?");
        let mut vals = vec![Val::from(id)];
        scope_sql(scope, "conversations", &mut sql, &mut vals);
        let Some(r) = self.d.read(|c| c.one(&sql, &vals))? else {
            return Ok(None);
        };
        Ok(Some(StoredConversation {
            row: conversation_row(&r)?,
            input: serde_json::from_str(&r.text(11)?).map_err(json_error)?,
            report: serde_json::from_str(&r.text(12)?).map_err(json_error)?,
        }))
    }

    fn conversations(
        &self,
        scope: &Scope,
        f: &MomentFilter,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<ConversationRow>> {
        let mut sql = format!("SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE TRUE");
        let mut vals = Vec::new();
        scope_sql(scope, "conversations", &mut sql, &mut vals);
        self.filter_sql(f, "conversations", &mut sql, &mut vals);
        sql.push_str(" ORDER BY day DESC, id LIMIT ? OFFSET ?");
        vals.push(limit.into());
        vals.push(offset.into());
        self.d.read(|c| c.rows(&sql, &vals, conversation_row))
    }

    fn conversation_count(&self, scope: &Scope) -> Result<i64> {
        let mut sql = "SELECT COUNT(*) FROM conversations WHERE TRUE".to_string();
        let mut vals = Vec::new();
        scope_sql(scope, "conversations", &mut sql, &mut vals);
        self.d.read(|c| c.int(&sql, &vals))
    }

    fn moments(
        &self,
        scope: &Scope,
        f: &MomentFilter,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<MomentRow>> {
        let mut sql = format!("SELECT {MOMENT_COLUMNS} FROM moments {REVIEW_JOIN} WHERE TRUE");
        let mut vals = Vec::new();
        scope_sql(scope, "moments", &mut sql, &mut vals);
        self.filter_sql(f, "moments", &mut sql, &mut vals);
        sql.push_str(" ORDER BY moments.day DESC, moments.id DESC LIMIT ? OFFSET ?");
        vals.push(limit.into());
        vals.push(offset.into());
        self.d.read(|c| c.rows(&sql, &vals, moment_row))
    }

    fn search(&self, scope: &Scope, q: &str, limit: i64) -> Result<Vec<SearchHit>> {
        let words = search_words(q);
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let mut sql = format!(
            "SELECT t.conversation_id, t.turn FROM turns t
             JOIN conversations ON conversations.id = t.conversation_id
             WHERE {}",
            self.d.turn_match()
        );
        let mut vals = vec![Val::Text(self.d.match_query(&words))];
        scope_sql(scope, "conversations", &mut sql, &mut vals);
        sql.push_str(" ORDER BY conversations.day DESC, t.conversation_id, t.turn LIMIT ?");
        vals.push(limit.into());
        self.d.read(|c| {
            c.rows(&sql, &vals, |r| {
                Ok(SearchHit {
                    conversation_id: r.text(0)?,
                    turn: r.int(1)?,
                })
            })
        })
    }

    fn weekly(&self, scope: &Scope) -> Result<(Vec<WeekRow>, Vec<WeekMoments>)> {
        let query = |table: &str, columns: &str, nonzero: &str| {
            let mut sql = format!("SELECT {columns} FROM {table} WHERE {nonzero} > 0");
            let mut vals = Vec::new();
            scope_sql(scope, table, &mut sql, &mut vals);
            // The full key: the same order on every backend.
            sql.push_str(if table == "weekly" {
                " ORDER BY week, team, agent"
            } else {
                " ORDER BY week, team, agent, rule"
            });
            (sql, vals)
        };
        let (weeks_sql, weeks_vals) = query(
            "weekly",
            "week, team, agent, conversations, turns, score_sum",
            "conversations",
        );
        let (moments_sql, moments_vals) = query(
            "weekly_moments",
            "week, team, agent, family, rule, moments",
            "moments",
        );
        self.d.read(|c| {
            let weeks = c.rows(&weeks_sql, &weeks_vals, |r| {
                Ok(WeekRow {
                    week: r.text(0)?,
                    team: r.text(1)?,
                    agent: r.text(2)?,
                    conversations: r.int(3)?,
                    turns: r.int(4)?,
                    score_sum: r.int(5)?,
                })
            })?;
            let moments = c.rows(&moments_sql, &moments_vals, |r| {
                Ok(WeekMoments {
                    week: r.text(0)?,
                    team: r.text(1)?,
                    agent: r.text(2)?,
                    family: r.text(3)?,
                    rule: r.text(4)?,
                    moments: r.int(5)?,
                })
            })?;
            Ok((weeks, moments))
        })
    }

    fn stale(&self, version: i64, limit: i64) -> Result<Vec<(String, Conversation)>> {
        let rows = self.d.read(|c| {
            c.rows(
                "SELECT id, input FROM conversations WHERE analyzed_version < ?1
                 ORDER BY id LIMIT ?2",
                vals![version, limit],
                |r| Ok((r.text(0)?, r.text(1)?)),
            )
        })?;
        rows.into_iter()
            .map(|(id, input)| {
                serde_json::from_str(&input)
                    .map(|c| (id, c))
                    .map_err(json_error)
            })
            .collect()
    }

    fn stale_count(&self, version: i64) -> Result<i64> {
        self.d.read(|c| {
            c.int(
                "SELECT COUNT(*) FROM conversations WHERE analyzed_version < ?1",
                vals![version],
            )
        })
    }

    fn review(
        &self,
        key: &MomentKey,
        action: crate::review::Action,
        reason: &str,
        by: &User,
    ) -> Result<bool> {
        let now = now_text();
        self.d.write(|c| {
            let k = vals![
                &key.conversation_id,
                &key.rule,
                key.turn,
                key.start,
                key.end
            ];
            let exists = c
                .one(
                    "SELECT 1 FROM moments WHERE conversation_id = ?1 AND rule = ?2 AND turn = ?3
                       AND span_start = ?4 AND span_end = ?5",
                    k,
                )?
                .is_some();
            if !exists {
                return Ok(false);
            }
            c.execute(
                "INSERT INTO review_log (conversation_id, rule, turn, span_start, span_end,
                   action, reason, by_user, by_role, at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                vals![
                    &key.conversation_id,
                    &key.rule,
                    key.turn,
                    key.start,
                    key.end,
                    action.as_str(),
                    reason,
                    &by.name,
                    by.role.as_str(),
                    now.as_str()
                ],
            )?;
            if let Some(status) = action.status() {
                // Out of the totals with the old status, back in with the new one.
                if let Some(old) = share_of(c, &key.conversation_id)? {
                    weekly_update(c, &old, -1)?;
                }
                c.execute(
                    "INSERT INTO moment_reviews (conversation_id, rule, turn, span_start,
                       span_end, status, reason, by_user, at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                     ON CONFLICT (conversation_id, rule, turn, span_start, span_end) DO UPDATE
                     SET status = excluded.status, reason = excluded.reason,
                       by_user = excluded.by_user, at = excluded.at",
                    vals![
                        &key.conversation_id,
                        &key.rule,
                        key.turn,
                        key.start,
                        key.end,
                        status,
                        reason,
                        &by.name,
                        now.as_str()
                    ],
                )?;
                c.execute(
                    "UPDATE moments SET excluded = ?6 WHERE conversation_id = ?1 AND rule = ?2
                       AND turn = ?3 AND span_start = ?4 AND span_end = ?5",
                    vals![
                        &key.conversation_id,
                        &key.rule,
                        key.turn,
                        key.start,
                        key.end,
                        crate::review::excludes(status)
                    ],
                )?;
                rescore(c, &key.conversation_id)?;
            }
            Ok(true)
        })
    }

    fn review_state(&self, key: &MomentKey) -> Result<Option<ReviewState>> {
        self.d.read(|c| {
            c.one(
                "SELECT status, reason, by_user, at FROM moment_reviews
                 WHERE conversation_id = ?1 AND rule = ?2 AND turn = ?3 AND span_start = ?4
                   AND span_end = ?5",
                vals![
                    &key.conversation_id,
                    &key.rule,
                    key.turn,
                    key.start,
                    key.end
                ],
            )?
            .map(|r| {
                Ok(ReviewState {
                    status: r.text(0)?,
                    reason: r.text(1)?,
                    by: r.text(2)?,
                    at: r.text(3)?,
                })
            })
            .transpose()
        })
    }

    fn review_log(&self, conversation_id: &str) -> Result<Vec<ReviewEntry>> {
        self.d.read(|c| {
            c.rows(
                "SELECT conversation_id, rule, turn, span_start, span_end, action, reason,
                   by_user, by_role, at
                 FROM review_log WHERE conversation_id = ?1 ORDER BY id",
                vals![conversation_id],
                |r| {
                    Ok(ReviewEntry {
                        key: moment_key(r)?,
                        action: r.text(5)?,
                        reason: r.text(6)?,
                        by: r.text(7)?,
                        role: r.text(8)?,
                        at: r.text(9)?,
                    })
                },
            )
        })
    }

    fn labels(&self, scope: &Scope) -> Result<Vec<Label>> {
        let mut sql = "SELECT moments.conversation_id, moments.rule, moments.turn,
                moments.span_start, moments.span_end, moments.code, moments.language,
                moments.agent, moments.team, moments.evidence, r.status, r.reason, r.by_user, r.at
             FROM moments JOIN moment_reviews r ON r.conversation_id = moments.conversation_id
               AND r.rule = moments.rule AND r.turn = moments.turn
               AND r.span_start = moments.span_start AND r.span_end = moments.span_end
             WHERE TRUE"
            .to_string();
        let mut vals = Vec::new();
        scope_sql(scope, "moments", &mut sql, &mut vals);
        sql.push_str(" ORDER BY r.at, moments.id");
        self.d.read(|c| {
            c.rows(&sql, &vals, |r| {
                Ok(Label {
                    key: moment_key(r)?,
                    code: r.text(5)?,
                    language: r.text(6)?,
                    agent: r.opt_text(7)?,
                    team: r.opt_text(8)?,
                    evidence: r.text(9)?,
                    status: r.text(10)?,
                    reason: r.text(11)?,
                    by: r.text(12)?,
                    at: r.text(13)?,
                })
            })
        })
    }

    fn add_library_item(&self, item: &NewLibraryItem<'_>) -> Result<i64> {
        self.d.write(|c| {
            c.execute(
                "INSERT INTO library_items (team, rule, language, conversation_id, turn, excerpt,
                   evidence, added_by, at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                 ON CONFLICT (team, conversation_id, rule, turn) DO NOTHING",
                vals![
                    item.team,
                    item.rule,
                    item.language,
                    item.conversation_id,
                    item.turn,
                    item.excerpt.to_string(),
                    item.evidence,
                    item.added_by,
                    now_text()
                ],
            )?;
            c.int(
                "SELECT id FROM library_items WHERE team = ?1 AND conversation_id = ?2
                   AND rule = ?3 AND turn = ?4",
                vals![item.team, item.conversation_id, item.rule, item.turn],
            )
        })
    }

    fn library(&self, team: Option<&str>) -> Result<Vec<LibraryItem>> {
        self.d.read(|c| {
            c.rows(
                &format!(
                    "SELECT {LIBRARY_COLUMNS} FROM library_items i
                     WHERE CAST(?1 AS TEXT) IS NULL OR i.team = ?1 ORDER BY i.rule, i.id DESC"
                ),
                vals![team],
                library_row,
            )
        })
    }

    fn library_item(&self, id: i64, user: i64) -> Result<Option<(LibraryItem, Vec<Proposal>)>> {
        self.d.read(|c| {
            let Some(item) = Self::library_item_in(c, id)? else {
                return Ok(None);
            };
            let proposals = c.rows(
                "SELECT p.id, p.item_id, p.text, p.by_user, p.at, p.approved,
                   (SELECT COUNT(*) FROM votes v WHERE v.proposal_id = p.id),
                   CASE WHEN EXISTS (SELECT 1 FROM votes v WHERE v.proposal_id = p.id
                     AND v.user_id = ?2) THEN 1 ELSE 0 END
                 FROM proposals p WHERE p.item_id = ?1
                 ORDER BY p.approved DESC, 7 DESC, p.id",
                vals![id, user],
                |r| {
                    Ok(Proposal {
                        id: r.int(0)?,
                        item_id: r.int(1)?,
                        text: r.text(2)?,
                        by: r.text(3)?,
                        at: r.text(4)?,
                        approved: r.flag(5)?,
                        votes: r.int(6)?,
                        mine: r.flag(7)?,
                    })
                },
            )?;
            Ok(Some((item, proposals)))
        })
    }

    fn add_proposal(&self, item: i64, text: &str, by: &str) -> Result<i64> {
        self.d.write(|c| {
            c.int(
                "INSERT INTO proposals (item_id, text, by_user, at) VALUES (?1, ?2, ?3, ?4)
                 RETURNING id",
                vals![item, text, by, now_text()],
            )
        })
    }

    fn vote(&self, proposal: i64, user: i64) -> Result<()> {
        self.d.write(|c| {
            let removed = c.execute(
                "DELETE FROM votes WHERE proposal_id = ?1 AND user_id = ?2",
                vals![proposal, user],
            )?;
            if removed == 0 {
                c.execute(
                    "INSERT INTO votes (proposal_id, user_id) VALUES (?1, ?2)",
                    vals![proposal, user],
                )?;
            }
            Ok(())
        })
    }

    fn approve(&self, proposal: i64) -> Result<Option<(LibraryItem, String)>> {
        self.d.write(|c| {
            let Some(found) = c.one(
                "SELECT item_id, text FROM proposals WHERE id = ?1",
                vals![proposal],
            )?
            else {
                return Ok(None);
            };
            let (item, text) = (found.int(0)?, found.text(1)?);
            c.execute(
                "UPDATE proposals SET approved = CASE WHEN id = ?2 THEN 1 ELSE 0 END
                 WHERE item_id = ?1",
                vals![item, proposal],
            )?;
            let it = Self::library_item_in(c, item)?
                .ok_or_else(|| StoreError::Db(format!("library item {item} is gone")))?;
            Ok(Some((it, text)))
        })
    }

    fn proposal_item(&self, proposal: i64) -> Result<Option<i64>> {
        self.d.read(|c| {
            c.one(
                "SELECT item_id FROM proposals WHERE id = ?1",
                vals![proposal],
            )?
            .map(|r| r.int(0))
            .transpose()
        })
    }

    fn create_workshop(&self, team: &str, title: &str, by: &str, items: &[i64]) -> Result<i64> {
        self.d.write(|c| {
            let id = c.int(
                "INSERT INTO workshops (team, title, created_by, at) VALUES (?1, ?2, ?3, ?4)
                 RETURNING id",
                vals![team, title, by, now_text()],
            )?;
            for (pos, item) in items.iter().enumerate() {
                c.execute(
                    "INSERT INTO workshop_items (workshop_id, position, item_id)
                     VALUES (?1, ?2, ?3)",
                    vals![id, pos as i64, *item],
                )?;
            }
            Ok(id)
        })
    }

    fn workshops(&self, team: Option<&str>) -> Result<Vec<Workshop>> {
        let ids: Vec<i64> = self.d.read(|c| {
            c.rows(
                "SELECT id FROM workshops WHERE CAST(?1 AS TEXT) IS NULL OR team = ?1 ORDER BY id DESC",
                vals![team],
                |r| r.int(0),
            )
        })?;
        let mut out = Vec::new();
        for id in ids {
            if let Some(w) = self.workshop(id)? {
                out.push(w);
            }
        }
        Ok(out)
    }

    fn workshop(&self, id: i64) -> Result<Option<Workshop>> {
        self.d.read(|c| {
            let Some(r) = c.one(
                "SELECT id, team, title, created_by, at, current, closed FROM workshops
                 WHERE id = ?1",
                vals![id],
            )?
            else {
                return Ok(None);
            };
            let items = c.rows(
                "SELECT item_id FROM workshop_items WHERE workshop_id = ?1 ORDER BY position",
                vals![id],
                |r| r.int(0),
            )?;
            Ok(Some(Workshop {
                id: r.int(0)?,
                team: r.text(1)?,
                title: r.text(2)?,
                created_by: r.text(3)?,
                at: r.text(4)?,
                current: r.int(5)?,
                closed: r.flag(6)?,
                items,
            }))
        })
    }

    fn set_workshop(&self, id: i64, current: i64, closed: bool) -> Result<()> {
        self.d.write(|c| {
            c.execute(
                "UPDATE workshops SET current = ?2, closed = ?3 WHERE id = ?1",
                vals![id, current, closed],
            )
            .map(drop)
        })
    }

    fn save_script(
        &self,
        team: &str,
        name: &str,
        language: &str,
        text: &str,
        by: &str,
    ) -> Result<i64> {
        self.d.write(|c| {
            let version = c.int(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM scripts WHERE team = ?1 AND name = ?2",
                vals![team, name],
            )?;
            c.int(
                "INSERT INTO scripts (team, name, version, language, text, by_user, at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
                vals![team, name, version, language, text, by, now_text()],
            )
        })
    }

    fn scripts(&self, team: Option<&str>) -> Result<Vec<Script>> {
        self.d.read(|c| {
            c.rows(
                &format!(
                    "SELECT {SCRIPT_COLUMNS} FROM scripts
                     WHERE CAST(?1 AS TEXT) IS NULL OR team = ?1 ORDER BY team, name, version DESC"
                ),
                vals![team],
                script_row,
            )
        })
    }

    fn script(&self, id: i64) -> Result<Option<Script>> {
        self.d.read(|c| {
            c.one(
                &format!("SELECT {SCRIPT_COLUMNS} FROM scripts WHERE id = ?1"),
                vals![id],
            )?
            .map(|r| script_row(&r))
            .transpose()
        })
    }

    fn setting(&self, key: &str) -> Result<Option<String>> {
        self.d.read(|c| {
            c.one("SELECT value FROM settings WHERE key = ?1", vals![key])?
                .map(|r| r.text(0))
                .transpose()
        })
    }

    fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.d.write(|c| {
            c.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                vals![key, value],
            )
            .map(drop)
        })
    }

    fn set_versioned(&self, key: &str, value: &str, version_key: &str) -> Result<i64> {
        self.d.write(|c| {
            let old = c
                .one(
                    "SELECT value FROM settings WHERE key = ?1",
                    vals![version_key],
                )?
                .map(|r| r.text(0))
                .transpose()?
                .and_then(|v| v.parse::<i64>().ok())
                .unwrap_or(1);
            let version = old + 1;
            for (k, v) in [(key, value.to_string()), (version_key, version.to_string())] {
                c.execute(
                    "INSERT INTO settings (key, value) VALUES (?1, ?2)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    vals![k, v],
                )?;
            }
            Ok(version)
        })
    }

    fn enqueue(&self, jobs: &[NewJob]) -> Result<usize> {
        self.d.write(|c| self.enqueue_in(c, jobs))
    }

    fn enqueue_stale(&self, version: i64) -> Result<usize> {
        self.d.write(|c| {
            // A job waiting to be claimed, or whose lease ran out, will read the new settings;
            // one in a worker's hands may have read the old ones.
            let now = c.int(self.d.clock_sql(), &[])?;
            c.execute(
                "INSERT INTO jobs (kind, conversation_id, payload, attempts, dead, created_at)
                 SELECT 'reanalyse', id, '', 0, 0, ?2 FROM conversations
                 WHERE analyzed_version < ?1 AND NOT EXISTS (SELECT 1 FROM jobs j
                   WHERE j.conversation_id = conversations.id AND j.dead = 0
                     AND j.kind = 'reanalyse'
                     AND (j.worker IS NULL OR j.leased_until IS NULL OR j.leased_until < ?3))",
                vals![version, now_text(), now],
            )
            .map(|n| n as usize)
        })
    }

    fn claim(&self, worker: &str, limit: i64, lease_secs: i64, now: i64) -> Result<Vec<Job>> {
        self.d
            .write(|c| self.claim_in(c, worker, limit, lease_secs, now))
    }

    fn finish(&self, worker: &str, done: &[FinishedJob<'_>]) -> Result<usize> {
        self.d.write(|c| {
            let mut held = std::collections::HashSet::new();
            let mut uploads: Vec<(i64, String)> = Vec::new();
            for chunk in done.chunks(32) {
                let mut vals: Vec<Val> = vec![worker.into()];
                for j in chunk {
                    vals.extend([Val::Int(j.id), Val::Int(j.attempts)]);
                }
                let which = vec!["(id = ? AND attempts = ?)"; chunk.len()].join(" OR ");
                let rows = c.rows(
                    &format!(
                        "DELETE FROM jobs WHERE worker = ? AND dead = 0 AND ({which})
                         RETURNING id, kind, conversation_id"
                    ),
                    &vals,
                    |r| Ok((r.int(0)?, JobKind::parse(&r.text(1)?), r.text(2)?)),
                )?;
                for (id, kind, conversation) in rows {
                    held.insert(id);
                    if kind == JobKind::Ingest {
                        uploads.push((id, conversation));
                    }
                }
            }
            // What an older job of the conversation would store is now out of date.
            for chunk in uploads.chunks(32) {
                let vals: Vec<Val> = chunk
                    .iter()
                    .flat_map(|(id, conversation)| [Val::from(conversation), Val::Int(*id)])
                    .collect();
                let which = vec!["(conversation_id = ? AND id < ?)"; chunk.len()].join(" OR ");
                c.execute(&format!("DELETE FROM jobs WHERE {which}"), &vals)?;
            }
            let batch: Vec<Analysed<'_>> = done
                .iter()
                .filter(|j| held.contains(&j.id))
                .filter_map(|j| j.result)
                .collect();
            self.put_in(c, &batch)?;
            let micros: i64 = done
                .iter()
                .filter(|j| held.contains(&j.id))
                .map(|j| j.micros)
                .sum();
            count(c, "jobs_done", held.len() as i64)?;
            count(c, "jobs_analysis_micros", micros)?;
            Ok(held.len())
        })
    }

    fn fail(
        &self,
        worker: &str,
        job: i64,
        attempts: i64,
        error: &str,
        permanent: bool,
    ) -> Result<()> {
        self.d.write(|c| {
            let n = c.execute(
                "UPDATE jobs SET error = ?2, leased_until = NULL, worker = NULL,
                   dead = CASE WHEN ?3 = 1 OR attempts >= ?4 THEN 1 ELSE 0 END
                 WHERE id = ?1 AND worker = ?5 AND attempts = ?6 AND dead = 0",
                vals![job, error, permanent, MAX_ATTEMPTS, worker, attempts],
            )?;
            count(c, "jobs_failed", n as i64)
        })
    }

    fn renew(&self, worker: &str, jobs: &[i64], lease_secs: i64) -> Result<usize> {
        self.d.write(|c| {
            let now = c.int(self.d.clock_sql(), &[])?;
            let mut n = 0;
            for chunk in jobs.chunks(32) {
                let mut vals: Vec<Val> = vec![Val::Int(now + lease_secs), worker.into()];
                vals.extend(chunk.iter().map(|&id| Val::Int(id)));
                n += c.execute(
                    &format!(
                        "UPDATE jobs SET leased_until = ? WHERE worker = ? AND dead = 0
                         AND id IN ({})",
                        marks(chunk.len())
                    ),
                    &vals,
                )?;
            }
            Ok(n as usize)
        })
    }

    fn clock(&self) -> Result<i64> {
        self.d.read(|c| c.int(self.d.clock_sql(), &[]))
    }

    fn dead_jobs(&self, limit: i64) -> Result<Vec<DeadJob>> {
        self.d.read(|c| {
            c.rows(
                "SELECT id, kind, conversation_id, attempts, error, created_at FROM jobs
                 WHERE dead = 1 ORDER BY id DESC LIMIT ?1",
                vals![limit],
                |r| {
                    Ok(DeadJob {
                        id: r.int(0)?,
                        kind: r.text(1)?,
                        conversation_id: r.text(2)?,
                        attempts: r.int(3)?,
                        error: r.opt_text(4)?.unwrap_or_default(),
                        created_at: r.text(5)?,
                    })
                },
            )
        })
    }

    fn retry_dead(&self, job: Option<i64>) -> Result<usize> {
        self.d.write(|c| {
            let job = job.map_or(Val::Null, Val::Int);
            // Stored in its place when that upload finishes, revived it would race it.
            c.execute(
                "DELETE FROM jobs WHERE dead = 1 AND (CAST(?1 AS BIGINT) IS NULL OR id = ?1)
                   AND EXISTS (SELECT 1 FROM jobs n WHERE n.conversation_id = jobs.conversation_id
                     AND n.id > jobs.id AND n.dead = 0 AND n.kind = 'ingest')",
                vals![job.clone()],
            )?;
            c.execute(
                "UPDATE jobs SET dead = 0, attempts = 0, error = NULL, leased_until = NULL,
                   worker = NULL
                 WHERE dead = 1 AND (CAST(?1 AS BIGINT) IS NULL OR id = ?1)",
                vals![job],
            )
            .map(|n| n as usize)
        })
    }

    fn job_counts(&self, now: i64) -> Result<JobCounts> {
        self.d.read(|c| {
            let r = c
                .one(
                    "SELECT
                       COALESCE(SUM(CASE WHEN dead = 0 AND (leased_until IS NULL
                         OR leased_until < ?1) THEN 1 ELSE 0 END), 0),
                       COALESCE(SUM(CASE WHEN dead = 0 AND leased_until >= ?1 THEN 1 ELSE 0 END), 0),
                       COALESCE(SUM(CASE WHEN dead = 1 THEN 1 ELSE 0 END), 0)
                     FROM jobs",
                    vals![now],
                )?
                .ok_or_else(|| StoreError::Db("no job counts".into()))?;
            let counter = |c: &mut dyn Conn, name: &str| -> Result<i64> {
                Ok(c.one("SELECT value FROM counters WHERE name = ?1", vals![name])?
                    .map(|r| r.int(0))
                    .transpose()?
                    .unwrap_or(0))
            };
            Ok(JobCounts {
                queued: r.int(0)?,
                leased: r.int(1)?,
                dead: r.int(2)?,
                done: counter(c, "jobs_done")?,
                failed: counter(c, "jobs_failed")?,
                analysis_micros: counter(c, "jobs_analysis_micros")?,
            })
        })
    }
}

/// Adds `n` to a counter that workers keep in the store, so that any server sees it.
fn count(c: &mut dyn Conn, name: &str, n: i64) -> Result<()> {
    c.execute(
        "INSERT INTO counters (name, value) VALUES (?1, ?2)
         ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value",
        vals![name, n],
    )
    .map(drop)
}

impl<D: Driver> SqlStore<D> {
    fn filter_sql(&self, f: &MomentFilter, table: &str, sql: &mut String, vals: &mut Vec<Val>) {
        let moments_only = table == "moments";
        let mut eq = |col: &str, v: &str| {
            if !v.trim().is_empty() {
                sql.push_str(&format!(" AND {table}.{col} = ?"));
                vals.push(v.trim().into());
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
                vals.push(status.into());
            }
        }
        if !f.from.trim().is_empty() {
            sql.push_str(&format!(" AND {table}.day >= ?"));
            vals.push(f.from.trim().into());
        }
        if !f.to.trim().is_empty() {
            sql.push_str(&format!(" AND {table}.day <= ?"));
            vals.push(f.to.trim().into());
        }
        let words = search_words(&f.q);
        if !words.is_empty() {
            let key = if moments_only {
                "moments.conversation_id"
            } else {
                "conversations.id"
            };
            sql.push_str(&format!(
                " AND {key} IN (SELECT t.conversation_id FROM turns t WHERE {})",
                self.d.turn_match()
            ));
            vals.push(Val::Text(self.d.match_query(&words)));
        }
    }

    fn enqueue_in(&self, c: &mut dyn Conn, jobs: &[NewJob]) -> Result<usize> {
        let now = now_text();
        let rows: Vec<Vec<Val>> = jobs
            .iter()
            .map(|j| {
                vec![
                    Val::from(j.kind.as_str()),
                    Val::from(&j.conversation_id),
                    Val::from(&j.payload),
                    Val::Int(0),
                    Val::Int(0),
                    Val::from(now.as_str()),
                ]
            })
            .collect();
        insert_rows(
            c,
            "INSERT INTO jobs (kind, conversation_id, payload, attempts, dead, created_at)",
            rows,
        )?;
        Ok(jobs.len())
    }

    fn claim_in(
        &self,
        c: &mut dyn Conn,
        worker: &str,
        limit: i64,
        lease_secs: i64,
        now: i64,
    ) -> Result<Vec<Job>> {
        // A job whose lease ran out as often as it may be tried goes to the dead letters: its
        // worker died or hung each time, which retrying again will not mend.
        c.execute(
            &format!(
                "UPDATE jobs SET dead = 1, worker = NULL, leased_until = NULL,
                   error = COALESCE(error, 'its worker stopped or timed out on every attempt')
                 WHERE dead = 0 AND attempts >= {MAX_ATTEMPTS}
                   AND (leased_until IS NULL OR leased_until < ?1)"
            ),
            vals![now],
        )?;
        let sql = format!(
            "UPDATE jobs SET leased_until = ?1, worker = ?2, attempts = attempts + 1
             WHERE id IN (SELECT j.id FROM jobs j WHERE j.dead = 0
               AND (j.leased_until IS NULL OR j.leased_until < ?3)
               AND NOT EXISTS (SELECT 1 FROM jobs o WHERE o.conversation_id = j.conversation_id
                 AND o.dead = 0 AND o.id < j.id)
               ORDER BY j.id LIMIT ?4 {})
             RETURNING id, kind, conversation_id, payload, attempts",
            self.d.skip_locked()
        );
        let mut jobs = c.rows(&sql, vals![now + lease_secs, worker, now, limit], |r| {
            Ok(Job {
                id: r.int(0)?,
                kind: JobKind::parse(&r.text(1)?),
                conversation_id: r.text(2)?,
                payload: r.text(3)?,
                attempts: r.int(4)?,
            })
        })?;
        jobs.sort_by_key(|j| j.id);
        Ok(jobs)
    }
}
