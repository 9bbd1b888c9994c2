//! Public reviews with the business's reply: where a bad answer is read by every later
//! customer, so tact reads them as conversations of their own (`Channel::Review`). The review
//! is the customer turn and the reply, if any, the agent turn; a review nobody answered is a
//! conversation of one turn, because that is exactly the one a team must look at.
//!
//! # Layouts
//!
//! JSON (one file may hold any of these, one after another, or in an array):
//!
//! - the Google Business Profile API `reviews.list` response, `{"reviews": [ … ]}`,
//! - Trustpilot's business unit reviews API response, `{"links": …, "reviews": [ … ]}`,
//! - a generic array of review objects, one object per line (JSON Lines), or one object.
//!
//! CSV (or `;`/tab separated): one row per review, columns found by their header.
//!
//! | tact | Google `reviews.list` | Trustpilot | generic JSON key / CSV column |
//! |---|---|---|---|
//! | conversation `id` | `reviewId` | `id` | `id`, `review_id` |
//! | customer turn text | `comment` | `title` + `text` | `review`, `text`, `comment`, `review_text`, `body`, `content`, `message` (+ `title`, `headline`) |
//! | customer `speaker` | `reviewer.displayName` | `consumer.displayName` | `author`, `reviewer`, `reviewer_name`, `author_name`, `customer`, `user` |
//! | customer `at`, `started_at` | `createTime` (else `updateTime`) | `createdAt` (else `updatedAt`) | `date`, `review_date`, `created_at`, `created`, `published_at`, `time` |
//! | `outcome` | `starRating` (`ONE`…`FIVE`) | `stars` | `rating`, `stars`, `star_rating`, `score` |
//! | agent turn text | `reviewReply.comment` | `companyReply.text` | `reply`, `owner_reply`, `response`, `owner_response`, `business_reply`, `reply_text` (a string, or an object with `text`/`comment`/`message`) |
//! | agent `at` | `reviewReply.updateTime` | `companyReply.createdAt` (else `updatedAt`) | `reply_date`, `replied_at`, `response_date`, `owner_reply_date` (or the reply object's `date`/`createdAt`) |
//! | agent `speaker`, `agent` | — | `companyReply.authorBusinessUserName` | `reply_author`, `replied_by`, `responder`, `agent` |
//! | `language` | — | `language` | `language`, `lang`, `locale` |
//!
//! Names match whatever their case and punctuation (`Review Text`, `review-text`, `reviewText`
//! and `review_text` are one name), so flattened exports (`reviewReply.comment`,
//! `consumer.displayName`) read too. Other fields are ignored; in a wrapper object everything
//! beside the `reviews` array (`nextPageToken`, `averageRating`, `links`) is skipped. A title and
//! a text are joined by a blank line.
//!
//! # Ratings
//!
//! The rating becomes the conversation's outcome as `rating:N/5` (`rating:4/5`,
//! `rating:4.5/5`). Bare numbers are stars out of 5, as on Google and Trustpilot, and must lie
//! between 1 and 5; a decimal comma is accepted (`4,5`). Google's star words (`ONE` to `FIVE`,
//! any case) are numbers; `STAR_RATING_UNSPECIFIED`, an empty value or no rating field at all
//! leave the outcome empty. Any other scale must be written with it (`8/10`, scale 2 to 100)
//! and is kept as written (`rating:8/10`), never rescaled or guessed: a bare `8` is an error,
//! since a 1-to-10 site's `4` cannot be told from four stars.
//!
//! # Dates
//!
//! RFC 3339 (`2026-03-06T21:03:00Z`, as both APIs write them), `YYYY-MM-DD HH:MM[:SS]` taken as
//! UTC, or a date alone (`2026-03-06`), taken as midnight UTC. A reply dated before its review is
//! reported and the review kept.
//!
//! # Errors
//!
//! Each problem is a [`ReadError`] at the line where the review starts (JSON: the line of its
//! `{`, with `review N:` counting reviews from 1; CSV: the row's first line), and the other
//! reviews are still read: a review with neither text nor reply, a rating that is not one, a
//! date that is not one, a review over `max_record_bytes`. JSON elements are streamed one at a
//! time with the JSON reader's scanner, so a big export needs no more memory than its largest
//! review; broken JSON syntax ends the file, as in the JSON reader. CSV rows are assembled with
//! the CSV reader's quote tracking: a quote that never closes is reported where its row starts
//! and reading resumes at the next line that starts a review row (its rating, or without a
//! rating column its date, complete and valid). A UTF-16 file is one error.

use crate::csv as csvr;
use crate::json::{finish, message, Scanned, Source};
use crate::lines::{self, read_failed, utf16_error, utf16_order, RawLines, BOM};
use crate::stamps::{self, TIMESTAMP_HELP};
use crate::{checks, ReadError, ReadOptions, Reader, HEAD_BYTES};
use ::csv::ByteRecord;
use chrono::NaiveDate;
use serde_json::{Map, Value};
use std::io::{self, BufRead, Cursor, Read};
use tact_model::{Channel, Conversation, Role, Timestamp, Turn};

/// Reads review exports, JSON or CSV, telling them apart by their first non-blank byte.
pub struct ReviewsReader;

// Field names after `norm`, most specific first; the same lists serve JSON keys and CSV columns.
const ID: &[&str] = &["reviewid", "id"];
const AUTHOR: &[&str] = &[
    "reviewer",
    "consumer",
    "author",
    "reviewername",
    "reviewerdisplayname",
    "consumerdisplayname",
    "consumername",
    "authorname",
    "customer",
    "customername",
    "user",
    "username",
];
const TITLE: &[&str] = &["title", "reviewtitle", "headline"];
const TEXT: &[&str] = &[
    "comment",
    "text",
    "review",
    "reviewtext",
    "reviewbody",
    "reviewcomment",
    "reviewcontent",
    "body",
    "content",
    "message",
];
const RATING: &[&str] = &[
    "starrating",
    "stars",
    "rating",
    "reviewrating",
    "reviewstars",
    "score",
];
/// Rating columns that, with a text column, make a CSV header a review export; `score` is too
/// common elsewhere to claim a file by.
const SNIFF_RATING: &[&str] = &[
    "starrating",
    "stars",
    "rating",
    "reviewrating",
    "reviewstars",
];
const DATE: &[&str] = &[
    "createtime",
    "createdat",
    "date",
    "reviewdate",
    "created",
    "publishedat",
    "publisheddate",
    "time",
    "updatetime",
    "updatedat",
];
const REPLY: &[&str] = &[
    "reviewreply",
    "companyreply",
    "reply",
    "ownerreply",
    "ownerresponse",
    "response",
    "businessreply",
    "businessresponse",
    "replytext",
    "responsetext",
    "responsefromowner",
    "reviewreplycomment",
    "companyreplytext",
];
const REPLY_DATE: &[&str] = &[
    "replydate",
    "replytime",
    "repliedat",
    "replycreatedat",
    "replyupdatedat",
    "responsedate",
    "respondedat",
    "ownerreplydate",
    "ownerresponsedate",
    "reviewreplyupdatetime",
    "companyreplycreatedat",
    "companyreplyupdatedat",
];
const REPLY_AUTHOR: &[&str] = &[
    "replyauthor",
    "repliedby",
    "responder",
    "respondedby",
    "responseauthor",
    "companyreplyauthorbusinessusername",
    "agent",
];
const LANGUAGE: &[&str] = &["language", "lang", "reviewlanguage", "locale"];
/// Inside a reply object.
const REPLY_OBJECT_TEXT: &[&str] = &["comment", "text", "message", "reply", "body", "content"];
const REPLY_OBJECT_DATE: &[&str] = &[
    "createtime",
    "createdat",
    "date",
    "time",
    "updatetime",
    "updatedat",
];
const REPLY_OBJECT_AUTHOR: &[&str] = &[
    "authorbusinessusername",
    "author",
    "authorname",
    "displayname",
    "name",
];
/// Inside a reviewer object.
const PERSON_NAME: &[&str] = &["displayname", "name", "fullname"];

const NOTHING_TO_READ: &str = "neither review text nor a reply (looked for review, text, \
     comment, … and reply, owner_reply, response, reviewReply, companyReply, …)";

/// A name without case or punctuation: `Review Text`, `review_text`, `reviewText` → `reviewtext`.
fn norm(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A value and the field or column it came from, for messages.
struct Named {
    name: String,
    value: String,
}

/// One review as found, before any value is checked.
#[derive(Default)]
struct RawReview {
    id: Option<String>,
    author: Option<String>,
    title: Option<String>,
    text: Option<String>,
    rating: Option<Named>,
    date: Option<Named>,
    reply: Option<String>,
    reply_date: Option<Named>,
    reply_author: Option<String>,
    language: Option<String>,
}

/// A rating: `value` out of `scale`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Rating {
    value: f64,
    scale: u32,
}

impl Rating {
    fn outcome(self) -> String {
        format!("rating:{}/{}", self.value, self.scale)
    }
}

const RATING_HELP: &str = "expected stars from 1 to 5 (4, 4.5), a star word (FOUR) or a value \
     with its scale (8/10)";

/// The rating written in `s`; `None` when it is empty or Google's "unspecified".
fn rating(s: &str) -> Result<Option<Rating>, String> {
    let t = s.trim();
    if t.is_empty() || t.eq_ignore_ascii_case("STAR_RATING_UNSPECIFIED") {
        return Ok(None);
    }
    const WORDS: [&str; 5] = ["one", "two", "three", "four", "five"];
    if let Some(i) = WORDS.iter().position(|w| t.eq_ignore_ascii_case(w)) {
        return Ok(Some(Rating {
            value: (i + 1) as f64,
            scale: 5,
        }));
    }
    let number = |n: &str| {
        let n = n.trim();
        // A decimal comma, as Italian, Greek, Romanian and Finnish spreadsheets write it.
        let n = if n.matches(',').count() == 1 && !n.contains('.') {
            n.replace(',', ".")
        } else {
            n.to_string()
        };
        let plain = !n.is_empty()
            && n.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && n.matches('.').count() <= 1
            && !n.starts_with('.')
            && !n.ends_with('.');
        if plain {
            n.parse::<f64>().ok().filter(|v| v.is_finite())
        } else {
            None
        }
    };
    let not_a_rating = || format!("rating {t:?} is not a rating: {RATING_HELP}");
    if let Some((v, scale)) = t.split_once('/') {
        let v = number(v).ok_or_else(not_a_rating)?;
        let scale = scale
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|s| (2..=100).contains(s))
            .ok_or_else(|| {
                format!("rating {t:?}: the scale must be a whole number from 2 to 100")
            })?;
        if v > f64::from(scale) {
            return Err(format!("rating {t:?} is over its scale"));
        }
        return Ok(Some(Rating { value: v, scale }));
    }
    let v = number(t).ok_or_else(not_a_rating)?;
    if !(1.0..=5.0).contains(&v) {
        return Err(format!(
            "rating {t:?} is not between 1 and 5 stars; a rating on another scale must say \
             so (8/10)"
        ));
    }
    Ok(Some(Rating { value: v, scale: 5 }))
}

/// A timestamp as [`stamps::datetime`] reads it, or a date alone at midnight UTC.
fn date(d: Option<Named>) -> Result<Option<Timestamp>, String> {
    let Some(d) = d else { return Ok(None) };
    let v = d.value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    stamps::datetime(v)
        .or_else(|| {
            NaiveDate::parse_from_str(v, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|n| n.and_utc().fixed_offset())
        })
        .map(Some)
        .ok_or_else(|| {
            format!(
                "bad date {v:?} in {:?}: {TIMESTAMP_HELP}, or a date alone (YYYY-MM-DD)",
                d.name
            )
        })
}

/// The conversation of one review; `default_id` names it when it has no id of its own.
fn conversation(r: RawReview, default_id: impl FnOnce() -> String) -> Result<Conversation, String> {
    let clean = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let review = match (clean(r.title), clean(r.text)) {
        (Some(title), Some(text)) => Some(format!("{title}\n\n{text}")),
        (title, text) => title.or(text),
    };
    let reply = clean(r.reply);
    if review.is_none() && reply.is_none() {
        return Err(NOTHING_TO_READ.into());
    }
    let outcome = match &r.rating {
        Some(n) => rating(&n.value)
            .map_err(|e| format!("{e} (in {:?})", n.name))?
            .map(Rating::outcome),
        None => None,
    };
    let at = date(r.date)?;
    let reply_at = date(r.reply_date)?;
    let agent = clean(r.reply_author);
    let mut turns = Vec::with_capacity(2);
    if let Some(text) = review {
        let mut t = Turn::new(Role::Customer, text);
        t.speaker = clean(r.author);
        t.at = at;
        turns.push(t);
    }
    if let Some(text) = reply {
        let mut t = Turn::new(Role::Agent, text);
        t.speaker.clone_from(&agent);
        t.at = reply_at;
        turns.push(t);
    }
    let conv = Conversation {
        id: clean(r.id).unwrap_or_default(),
        channel: Channel::Review,
        language: clean(r.language),
        agent,
        team: None,
        started_at: turns.first().and_then(|t| t.at),
        outcome,
        timezone: None,
        turns,
    };
    finish(conv, default_id)
}

// ---------------------------------------------------------------------------------------------
// JSON

/// A JSON object's members by normalized name, for lookups by alias.
struct Object<'m> {
    members: Vec<(String, &'m str, &'m Value)>,
}

impl<'m> Object<'m> {
    fn new(map: &'m Map<String, Value>) -> Self {
        Object {
            members: map
                .iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (norm(k), k.as_str(), v))
                .collect(),
        }
    }

    /// The first member named by one of `aliases`, in their order, and its key as written.
    fn get(&self, aliases: &[&str]) -> Option<(&'m str, &'m Value)> {
        aliases.iter().find_map(|a| {
            self.members
                .iter()
                .find(|(n, _, _)| n == a)
                .map(|(_, k, v)| (*k, *v))
        })
    }

    fn text(&self, aliases: &[&str], path: &str) -> Result<Option<Named>, String> {
        match self.get(aliases) {
            None => Ok(None),
            Some((key, v)) => {
                let name = format!("{path}{key}");
                let value = scalar(&name, v)?;
                Ok(Some(Named { name, value }))
            }
        }
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A string or a number as text.
fn scalar(name: &str, v: &Value) -> Result<String, String> {
    match v {
        Value::String(s) => Ok(s.clone()),
        Value::Number(n) => Ok(n.to_string()),
        other => Err(format!("{name:?} is {}, not text", kind(other))),
    }
}

/// A person: a name, or an object with one (`reviewer.displayName`).
fn person(v: &Value, key: &str) -> Result<Option<String>, String> {
    match v {
        Value::Object(m) => Ok(Object::new(m)
            .text(PERSON_NAME, &format!("{key}."))?
            .map(|n| n.value)),
        other => scalar(key, other).map(Some),
    }
}

fn raw_from_json(map: &Map<String, Value>) -> Result<RawReview, String> {
    let o = Object::new(map);
    let value = |aliases: &[&str]| o.text(aliases, "");
    let mut r = RawReview {
        id: value(ID)?.map(|n| n.value),
        title: value(TITLE)?.map(|n| n.value),
        text: value(TEXT)?.map(|n| n.value),
        rating: value(RATING)?,
        date: value(DATE)?,
        reply_date: value(REPLY_DATE)?,
        reply_author: value(REPLY_AUTHOR)?.map(|n| n.value),
        language: value(LANGUAGE)?.map(|n| n.value),
        ..RawReview::default()
    };
    if let Some((key, v)) = o.get(AUTHOR) {
        r.author = person(v, key)?;
    }
    match o.get(REPLY) {
        None => {}
        Some((key, Value::Object(m))) => {
            let reply = Object::new(m);
            let path = format!("{key}.");
            r.reply = reply.text(REPLY_OBJECT_TEXT, &path)?.map(|n| n.value);
            if let Some(d) = reply.text(REPLY_OBJECT_DATE, &path)? {
                r.reply_date = Some(d);
            }
            if let Some(a) = reply.text(REPLY_OBJECT_AUTHOR, &path)? {
                r.reply_author = Some(a.value);
            }
        }
        Some((key, v)) => r.reply = Some(scalar(key, v)?),
    }
    Ok(r)
}

/// How reading a part of the JSON ended: go on, or stop (already reported) because nothing
/// after broken syntax can be delimited reliably.
enum Flow {
    Go,
    Stop,
}

struct Json<'a, 's> {
    source: &'a str,
    src: Source<'s>,
    max: usize,
    sink: &'a mut dyn FnMut(Result<Conversation, ReadError>),
    /// Reviews met so far, for messages.
    count: usize,
}

fn shown(b: u8) -> String {
    if b.is_ascii_graphic() {
        format!("`{}`", char::from(b))
    } else {
        format!("byte 0x{b:02X}")
    }
}

impl Json<'_, '_> {
    fn error(&mut self, line: usize, reason: String) {
        (self.sink)(Err(ReadError::new(self.source, line, reason)));
    }

    /// Reports broken syntax at the current position and stops.
    fn broken(&mut self, what: String) -> Flow {
        let line = self.src.line;
        self.error(line, format!("{what}; the rest of the file is not read"));
        Flow::Stop
    }

    /// Top-level values one after another; the reader comes here only when there is one.
    fn document(&mut self) -> io::Result<()> {
        loop {
            let Some(b) = self.src.peek()? else {
                return Ok(());
            };
            let flow = match b {
                b'[' => {
                    self.src.bump();
                    self.array(false)?
                }
                b'{' => self.object()?,
                other => self.broken(format!(
                    "expected a review object or an array of reviews, found {}",
                    shown(other)
                )),
            };
            if let Flow::Stop = flow {
                return Ok(());
            }
        }
    }

    /// The elements of an array whose `[` was just read. In a `reviews` array each element is
    /// a review, read whole; at the top an object may also be a wrapper holding one.
    fn array(&mut self, reviews: bool) -> io::Result<Flow> {
        let mut first = true;
        loop {
            let Some(b) = self.src.peek()? else {
                return Ok(self.broken("unexpected end of input: the array is not closed".into()));
            };
            if first && b == b']' {
                self.src.bump();
                return Ok(Flow::Go);
            }
            first = false;
            if matches!(b, b']' | b'}' | b',' | b':') {
                return Ok(self.broken(format!("expected a review, found {}", shown(b))));
            }
            let flow = if reviews || b != b'{' {
                self.element()?
            } else {
                self.object()?
            };
            if let Flow::Stop = flow {
                return Ok(Flow::Stop);
            }
            match self.src.peek()? {
                Some(b',') => self.src.bump(),
                Some(b']') => {
                    self.src.bump();
                    return Ok(Flow::Go);
                }
                Some(other) => {
                    return Ok(self.broken(format!(
                        "expected `,` or `]` after review {}, found {}",
                        self.count,
                        shown(other)
                    )))
                }
                None => {
                    return Ok(
                        self.broken("unexpected end of input: the array is not closed".into())
                    )
                }
            }
        }
    }

    /// One review read whole, at most `max` bytes of it kept.
    fn element(&mut self) -> io::Result<Flow> {
        self.count += 1;
        let line = self.src.line;
        let mut buf = Vec::new();
        if let Scanned::TooLarge = self.src.value(&mut buf, self.max)? {
            let n = self.count;
            self.error(line, too_large(n, self.max));
            return Ok(Flow::Go);
        }
        Ok(self.decode(line, &buf, true))
    }

    /// An object at the top or in a top-level array: a wrapper whose `reviews` array is
    /// streamed, or else one review. Its members are read one by one, so a wrapper is never
    /// held whole; those of a review are kept (at most `max` bytes) to decode at its end.
    fn object(&mut self) -> io::Result<Flow> {
        let line = self.src.line;
        self.src.bump();
        let mut kept = b"{".to_vec();
        let mut over = false;
        let mut wrapper = false;
        let mut first = true;
        let mut key = Vec::new();
        let mut value = Vec::new();
        loop {
            let Some(b) = self.src.peek()? else {
                return Ok(self.broken(format!(
                    "unexpected end of input: the object opened at line {line} is not closed"
                )));
            };
            if first && b == b'}' {
                self.src.bump();
                break;
            }
            first = false;
            if b != b'"' {
                return Ok(self.broken(format!(
                    "expected a field name in quotes, found {}",
                    shown(b)
                )));
            }
            let key_over = match self.src.value(&mut key, self.max)? {
                Scanned::Complete => false,
                Scanned::TooLarge => true,
                Scanned::Eof => {
                    return Ok(self.broken("unexpected end of input inside a field name".into()))
                }
            };
            match self.src.peek()? {
                Some(b':') => self.src.bump(),
                other => {
                    let found = other.map_or("the end of the input".to_string(), shown);
                    return Ok(
                        self.broken(format!("expected `:` after a field name, found {found}"))
                    );
                }
            }
            let Some(v) = self.src.peek()? else {
                return Ok(self.broken("unexpected end of input: a field has no value".into()));
            };
            let is_reviews = !key_over
                && serde_json::from_slice::<String>(&key).is_ok_and(|k| norm(&k) == "reviews");
            if !wrapper && is_reviews && v == b'[' {
                wrapper = true;
                kept.clear();
                self.src.bump();
                if let Flow::Stop = self.array(true)? {
                    return Ok(Flow::Stop);
                }
            } else {
                match self.src.value(&mut value, self.max)? {
                    Scanned::Complete => {}
                    Scanned::TooLarge => over = true,
                    Scanned::Eof => {
                        return Ok(self.broken("unexpected end of input inside a value".into()))
                    }
                }
                over |= key_over;
                if !wrapper && !over {
                    if kept.len() + key.len() + value.len() + 2 > self.max {
                        over = true;
                        kept = Vec::new();
                    } else {
                        if kept.len() > 1 {
                            kept.push(b',');
                        }
                        kept.extend_from_slice(&key);
                        kept.push(b':');
                        kept.extend_from_slice(&value);
                    }
                }
            }
            match self.src.peek()? {
                Some(b',') => self.src.bump(),
                Some(b'}') => {
                    self.src.bump();
                    break;
                }
                Some(other) => {
                    return Ok(self.broken(format!(
                        "expected `,` or `}}` in an object, found {}",
                        shown(other)
                    )))
                }
                None => {
                    return Ok(self.broken(format!(
                        "unexpected end of input: the object opened at line {line} is not closed"
                    )))
                }
            }
        }
        if wrapper {
            return Ok(Flow::Go);
        }
        self.count += 1;
        if over {
            let n = self.count;
            self.error(line, too_large(n, self.max));
            return Ok(Flow::Go);
        }
        kept.push(b'}');
        // Rebuilt without the whitespace between members, its lines are not the file's.
        Ok(self.decode(line, &kept, false))
    }

    /// Decodes review `self.count`, which starts at `line`, and hands it on.
    fn decode(&mut self, line: usize, bytes: &[u8], exact: bool) -> Flow {
        let n = self.count;
        let map = match serde_json::from_slice::<Value>(bytes) {
            Ok(Value::Object(map)) => map,
            Ok(other) => {
                self.error(
                    line,
                    format!(
                        "review {n}: expected a review object, found {}",
                        kind(&other)
                    ),
                );
                return Flow::Go;
            }
            Err(e) => {
                let at = if exact {
                    line + e.line().max(1) - 1
                } else {
                    line
                };
                self.error(
                    at,
                    format!(
                        "review {n}: {}; the rest of the file is not read",
                        message(&e)
                    ),
                );
                return Flow::Stop;
            }
        };
        let source = self.source;
        let result =
            raw_from_json(&map).and_then(|r| conversation(r, || format!("{source}:{line}")));
        match result {
            Ok(conv) => checks::emit(source, conv, &|_| line, self.sink),
            Err(reason) => self.error(line, format!("review {n}: {reason}")),
        }
        Flow::Go
    }
}

fn too_large(n: usize, max: usize) -> String {
    format!("review {n}: record too large (over {max} bytes; raise --max-record-bytes)")
}

// ---------------------------------------------------------------------------------------------
// CSV

/// Where each kind of value is in a CSV row.
struct Columns {
    id: Option<usize>,
    author: Option<usize>,
    title: Option<usize>,
    text: Option<usize>,
    rating: Option<usize>,
    date: Option<usize>,
    reply: Option<usize>,
    reply_date: Option<usize>,
    reply_author: Option<usize>,
    language: Option<usize>,
}

impl Columns {
    fn find(names: &[String]) -> Result<Self, String> {
        let normed: Vec<String> = names.iter().map(|n| norm(n)).collect();
        let find = |aliases: &[&str]| {
            aliases
                .iter()
                .find_map(|a| normed.iter().position(|n| n == a))
        };
        let cols = Columns {
            id: find(ID),
            author: find(AUTHOR),
            title: find(TITLE),
            text: find(TEXT),
            rating: find(RATING),
            date: find(DATE),
            reply: find(REPLY),
            reply_date: find(REPLY_DATE),
            reply_author: find(REPLY_AUTHOR),
            language: find(LANGUAGE),
        };
        if cols.text.is_none() && cols.title.is_none() && cols.reply.is_none() {
            return Err(format!(
                "the header has no review text or reply column (such as review, review_text, \
                 comment, text, or reply, owner_reply, response); it has: {}",
                names.join(", ")
            ));
        }
        Ok(cols)
    }
}

/// A review CSV once its header is read.
struct Csv<'a> {
    source: &'a str,
    sink: &'a mut dyn FnMut(Result<Conversation, ReadError>),
    delimiter: u8,
    cols: Columns,
    /// Header names as written, for messages.
    names: Vec<String>,
    fields: csvr::Fields,
    probe: csvr::Fields,
}

/// The text of column `idx`, trimmed, `None` when empty or absent.
fn cell(rec: &ByteRecord, idx: Option<usize>, names: &[String]) -> Result<Option<String>, String> {
    let Some(i) = idx else { return Ok(None) };
    let Some(raw) = rec.get(i) else {
        return Ok(None);
    };
    let name = names.get(i).map_or("?", String::as_str);
    let s = std::str::from_utf8(raw)
        .map_err(|_| format!("column {name:?} is not valid UTF-8; save the file as UTF-8"))?;
    Ok(Some(s.trim().to_string()).filter(|s| !s.is_empty()))
}

fn named(rec: &ByteRecord, idx: Option<usize>, names: &[String]) -> Result<Option<Named>, String> {
    Ok(cell(rec, idx, names)?.map(|value| Named {
        name: idx.and_then(|i| names.get(i)).cloned().unwrap_or_default(),
        value,
    }))
}

fn raw_from_row(rec: &ByteRecord, c: &Columns, names: &[String]) -> Result<RawReview, String> {
    Ok(RawReview {
        id: cell(rec, c.id, names)?,
        author: cell(rec, c.author, names)?,
        title: cell(rec, c.title, names)?,
        text: cell(rec, c.text, names)?,
        rating: named(rec, c.rating, names)?,
        date: named(rec, c.date, names)?,
        reply: cell(rec, c.reply, names)?,
        reply_date: named(rec, c.reply_date, names)?,
        reply_author: cell(rec, c.reply_author, names)?,
        language: cell(rec, c.language, names)?,
    })
}

impl Csv<'_> {
    fn error(&mut self, line: usize, reason: String) {
        (self.sink)(Err(ReadError::new(self.source, line, reason)));
    }

    /// Reads the rows left in the record last fed, which starts at line `start`.
    fn drain(&mut self, start: usize) {
        loop {
            let (line, result) = match self.fields.next_row() {
                None => break,
                Some(Err(reason)) => (start, Err(reason)),
                Some(Ok((offset, rec))) => {
                    if rec.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
                        continue;
                    }
                    let line = start + offset;
                    let source = self.source;
                    let result = raw_from_row(rec, &self.cols, &self.names)
                        .and_then(|r| conversation(r, || format!("{source}:{line}")));
                    (line, result)
                }
            };
            match result {
                Ok(conv) => checks::emit(self.source, conv, &|_| line, self.sink),
                Err(reason) => self.error(line, reason),
            }
        }
    }
}

impl csvr::Rows for Csv<'_> {
    const NEW: &'static str = "a new review";
    const VALID: &'static str = "a review";

    fn unterminated(&mut self, start: usize, column: usize, what: String) {
        let column = match self.names.get(column) {
            Some(n) if !n.is_empty() => format!("{n:?}"),
            _ => format!("{}", column + 1),
        };
        self.error(
            start,
            format!("unterminated quote in column {column} opened here; {what}"),
        );
    }

    /// Whether `line` on its own begins a review row: no more fields than the header, and its
    /// rating (or, without a rating column, its date) complete and valid; a quote may open
    /// after it.
    fn starts_row(&mut self, line: &[u8]) -> bool {
        let (cols, fields) = (&self.cols, self.names.len());
        self.probe.probe(line, self.delimiter, |rec, complete| {
            let text = |i: usize| {
                (i < complete)
                    .then(|| rec.get(i))
                    .flatten()
                    .and_then(|f| std::str::from_utf8(f).ok())
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
            };
            let signal = match (cols.rating, cols.date) {
                (Some(r), _) => text(r).is_some_and(|v| matches!(rating(v), Ok(Some(_)))),
                (None, Some(d)) => text(d).is_some_and(|v| {
                    date(Some(Named {
                        name: String::new(),
                        value: v.to_string(),
                    }))
                    .is_ok()
                }),
                (None, None) => false,
            };
            rec.len() <= fields && signal
        })
    }

    fn record(&mut self, start: usize, bytes: &[u8]) {
        self.fields.feed(bytes, false);
        self.drain(start);
    }

    fn read_error(&mut self, e: ReadError) {
        (self.sink)(Err(e));
    }
}

fn read_csv(
    source: &str,
    input: &mut dyn BufRead,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Result<Conversation, ReadError>),
) {
    let max = opts.max_record_bytes;
    let mut lines = RawLines::new(source, input, max);
    let (delimiter, start, bytes) = match csvr::header(&mut lines, max) {
        Ok(h) => h,
        Err(e) => return sink(Err(e)),
    };
    let mut fields = csvr::Fields::new(delimiter);
    fields.feed(&bytes, false);
    let names: Vec<String> = match fields.next_row() {
        Some(Ok((_, rec))) => rec
            .iter()
            .map(|h| String::from_utf8_lossy(h).trim().to_string())
            .collect(),
        Some(Err(reason)) => return sink(Err(ReadError::new(source, start, reason))),
        None => Vec::new(),
    };
    let cols = match Columns::find(&names) {
        Ok(c) => c,
        Err(reason) => return sink(Err(ReadError::new(source, start, reason))),
    };
    let mut csv = Csv {
        source,
        sink,
        delimiter,
        cols,
        names,
        fields,
        probe: csvr::Fields::new(delimiter),
    };
    // Rows after a lone `\r` on the header's line (old Mac line endings).
    csv.drain(start);
    csvr::rows(&mut csv, &mut lines, delimiter, max);
}

// ---------------------------------------------------------------------------------------------
// Detection and the reader

/// Whether `head` has `"name"` as a key (not inside a string: then its quotes are escaped).
fn has_key(head: &[u8], name: &str) -> bool {
    let quoted = format!("\"{name}\"");
    let q = quoted.as_bytes();
    let mut from = 0;
    while let Some(i) = head[from..].windows(q.len()).position(|w| w == q) {
        let at = from + i;
        let escaped = at > 0 && head[at - 1] == b'\\';
        let colon = head[at + q.len()..]
            .iter()
            .find(|b| !b.is_ascii_whitespace())
            .is_some_and(|b| *b == b':');
        if !escaped && colon {
            return true;
        }
        from = at + 1;
    }
    false
}

/// Whether the head of a CSV or JSON file looks like a review export: a JSON head with
/// review-shaped keys (`starRating` or `reviewReply`; `stars` with `companyReply` or
/// `consumer`; `rating` with `review`, `reply` or a `reviews` array) and no `turns`, or a CSV
/// header with a rating column, a review text column and no `role` column.
pub(crate) fn sniff(head: &[u8]) -> bool {
    let head = head.strip_prefix(BOM).unwrap_or(head);
    let trimmed = head.trim_ascii_start();
    if trimmed.starts_with(b"{") || trimmed.starts_with(b"[") {
        let key = |k: &str| has_key(head, k);
        if key("turns") {
            return false;
        }
        return key("starRating")
            || key("reviewReply")
            || (key("stars") && (key("companyReply") || key("consumer")))
            || (key("rating") && (key("review") || key("reply") || key("reviews")));
    }
    let line = match head.iter().position(|b| *b == b'\n') {
        Some(i) => &head[..i],
        None => head,
    };
    let delimiter = csvr::sniff_delimiter(line);
    let names: Vec<String> = String::from_utf8_lossy(line)
        .split(char::from(delimiter))
        .map(|f| norm(f.trim().trim_matches('"')))
        .collect();
    let has = |aliases: &[&str]| names.iter().any(|n| aliases.contains(&n.as_str()));
    has(SNIFF_RATING) && has(TEXT) && !has(&["role"])
}

impl Reader for ReviewsReader {
    fn read(
        &self,
        source: &str,
        input: &mut dyn BufRead,
        opts: &ReadOptions,
        sink: &mut dyn FnMut(Result<Conversation, ReadError>),
    ) {
        // The first bytes up to a non-blank one (at most HEAD_BYTES of blank lines) tell JSON
        // from CSV; they are then read again in front of the rest.
        let mut pre = Vec::new();
        loop {
            let chunk = match lines::head(input) {
                Ok(c) => c,
                Err(e) => return sink(Err(read_failed(source, 1, &e))),
            };
            if pre.is_empty() {
                if let Some(order) = utf16_order(&chunk) {
                    return sink(Err(utf16_error(source, order)));
                }
            }
            let end = chunk.is_empty();
            pre.extend_from_slice(&chunk);
            let body = pre.strip_prefix(BOM).unwrap_or(&pre);
            if end || !body.trim_ascii_start().is_empty() || pre.len() >= HEAD_BYTES {
                break;
            }
        }
        let bom = if pre.starts_with(BOM) { BOM.len() } else { 0 };
        let json = matches!(pre[bom..].trim_ascii_start().first(), Some(b'{' | b'['));
        let mut head = Cursor::new(pre);
        if json {
            head.set_position(bom as u64);
            let mut chained = head.chain(input);
            let mut reader = Json {
                source,
                src: Source {
                    input: &mut chained,
                    line: 1,
                    column: 1,
                },
                max: opts.max_record_bytes,
                sink,
                count: 0,
            };
            if let Err(e) = reader.document() {
                let line = reader.src.line;
                (reader.sink)(Err(read_failed(source, line, &e)));
            }
        } else {
            let mut chained = head.chain(input);
            read_csv(source, &mut chained, opts, sink);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(s: &str) -> Result<Option<String>, String> {
        rating(s).map(|r| r.map(Rating::outcome))
    }

    #[test]
    fn ratings_become_outcomes_out_of_five_or_their_own_scale() {
        let ok = [
            ("4", "rating:4/5"),
            (" 5 ", "rating:5/5"),
            ("4.5", "rating:4.5/5"),
            ("4,5", "rating:4.5/5"),
            ("FOUR", "rating:4/5"),
            ("one", "rating:1/5"),
            ("8/10", "rating:8/10"),
            ("7.5 / 10", "rating:7.5/10"),
            ("0/10", "rating:0/10"),
        ];
        for (s, want) in ok {
            assert_eq!(outcome(s), Ok(Some(want.to_string())), "{s}");
        }
        for s in ["", "  ", "STAR_RATING_UNSPECIFIED"] {
            assert_eq!(outcome(s), Ok(None), "{s:?}");
        }
        for s in [
            "8",
            "0",
            "-1",
            "excellent",
            "4.",
            "NaN",
            "1e2",
            "11/10",
            "4/1",
            "4/x",
            "SIX",
        ] {
            assert!(outcome(s).is_err(), "{s}");
        }
    }

    #[test]
    fn dates_take_rfc3339_naive_times_and_dates_alone() {
        let d = |s: &str| {
            date(Some(Named {
                name: "date".into(),
                value: s.into(),
            }))
        };
        let t = d("2026-03-06").ok().flatten().map(|t| t.to_rfc3339());
        assert_eq!(t.as_deref(), Some("2026-03-06T00:00:00+00:00"));
        assert!(d("2026-03-06T21:03:00.123Z").is_ok_and(|t| t.is_some()));
        let e = d("06/03/2026").expect_err("ambiguous");
        assert!(e.starts_with("bad date \"06/03/2026\" in \"date\""), "{e}");
    }

    #[test]
    fn names_match_whatever_their_case_and_punctuation() {
        for n in ["Review Text", "review_text", "reviewText", "REVIEW-TEXT"] {
            assert_eq!(norm(n), "reviewtext");
        }
        assert_eq!(norm("reviewReply.comment"), "reviewreplycomment");
    }

    #[test]
    fn keys_inside_strings_are_not_keys() {
        assert!(has_key(br#"{"rating" : 4}"#, "rating"));
        assert!(!has_key(br#"{"text": "the \"rating\": 4"}"#, "rating"));
        assert!(!has_key(br#"{"x": "rating"}"#, "rating"));
    }
}
