//! Redaction quality on generated test sets (`eval/redaction*/cases.jsonl`: messages in five
//! languages with valid and invalid identifiers, phones, e-mails, names, addresses and tricky
//! negatives, each set written by someone who never saw the recognisers): precision, recall and
//! F2 per entity type and language. F2 weighs recall twice: a leaked phone number costs more
//! than an over-redacted word. Each set says in its `ABOUT.md` whether the recognisers were
//! corrected on it; only the last, held-out one gives figures to trust.

use crate::blind::wilson;
use crate::EvalError;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use tact_redact::{find, Context, Entity};

#[derive(Debug, Deserialize)]
struct Case {
    #[serde(default)]
    id: String,
    lang: String,
    text: String,
    #[serde(default)]
    entities: Vec<GoldSpan>,
}

#[derive(Debug, Deserialize)]
struct GoldSpan {
    #[serde(rename = "type")]
    kind: String,
    start: usize,
    end: usize,
}

/// Counts for one entity type (in one language, or overall).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct SpanScore {
    /// Spans found, and how many match a gold span of the same type.
    pub found: usize,
    pub correct: usize,
    /// Gold spans, and how many a found span of the same type matches.
    pub gold: usize,
    pub recalled: usize,
}

impl SpanScore {
    pub fn precision(&self) -> Option<f64> {
        (self.found > 0).then(|| self.correct as f64 / self.found as f64)
    }
    pub fn recall(&self) -> Option<f64> {
        (self.gold > 0).then(|| self.recalled as f64 / self.gold as f64)
    }
    pub fn f2(&self) -> Option<f64> {
        let (p, r) = (self.precision()?, self.recall()?);
        (p + r > 0.0).then(|| 5.0 * p * r / (4.0 * p + r))
    }
    fn add(&mut self, o: &SpanScore) {
        self.found += o.found;
        self.correct += o.correct;
        self.gold += o.gold;
        self.recalled += o.recalled;
    }
}

#[derive(Debug, Clone, Default)]
pub struct RedactionResult {
    pub cases: usize,
    pub bytes: usize,
    pub seconds: f64,
    /// (entity tag, language) → score.
    pub by_type_lang: BTreeMap<(String, String), SpanScore>,
    pub by_type: BTreeMap<String, SpanScore>,
    pub total: SpanScore,
    /// Ids of cases with a leak or an over-redaction, for reading.
    pub misses: Vec<String>,
    /// The set's heading and how it was made and used, from its `ABOUT.md`.
    pub heading: String,
    pub about: String,
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Measures `tact_redact` on the cases file.
///
/// `dir` holds `cases.jsonl` and `ABOUT.md`, whose first line (`# …`) is the heading of the
/// set's section and whose rest says how the set was written and whether it was tuned on.
pub fn eval_redaction(dir: &Path) -> Result<RedactionResult, EvalError> {
    let about_path = dir.join("ABOUT.md");
    let about = std::fs::read_to_string(&about_path).map_err(|source| EvalError::Io {
        path: about_path.display().to_string(),
        source,
    })?;
    let (heading, about) = about.split_once('\n').unwrap_or((about.as_str(), ""));
    let path = &dir.join("cases.jsonl");
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.display().to_string(),
        source,
    })?;
    let mut cases = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let c: Case = serde_json::from_str(line).map_err(|e| EvalError::Record {
            path: path.display().to_string(),
            line: i + 1,
            reason: e.to_string(),
        })?;
        if let Some(bad) = c
            .entities
            .iter()
            .find(|g| Entity::from_tag(&g.kind).is_none())
        {
            return Err(EvalError::Record {
                path: path.display().to_string(),
                line: i + 1,
                reason: format!("unknown entity type {:?}", bad.kind),
            });
        }
        cases.push(c);
    }
    let mut res = RedactionResult {
        heading: heading.trim_start_matches('#').trim().to_string(),
        about: about.trim().replace('\n', " "),
        ..RedactionResult::default()
    };
    let run = || -> Vec<Vec<tact_redact::Found>> {
        cases
            .iter()
            .map(|c| {
                let cx = Context {
                    lang: Some(c.lang.as_str()),
                    known_names: &[],
                    reference_numbers: false,
                };
                find(&c.text, &cx)
            })
            .collect()
    };
    // The first pass pays for compiling patterns and loading phone metadata once per process;
    // the second measures the steady state a long run sees.
    let found_all = run();
    let started = std::time::Instant::now();
    std::hint::black_box(run());
    res.seconds = started.elapsed().as_secs_f64();
    for (c, found) in cases.iter().zip(&found_all) {
        res.cases += 1;
        res.bytes += c.text.len();
        let mut scores: BTreeMap<String, SpanScore> = BTreeMap::new();
        for f in found {
            let tag = f.entity.tag();
            let s = scores.entry(tag.to_string()).or_default();
            s.found += 1;
            if c.entities
                .iter()
                .any(|g| g.kind == tag && overlaps((g.start, g.end), (f.start, f.end)))
            {
                s.correct += 1;
            }
        }
        for g in &c.entities {
            let s = scores.entry(g.kind.clone()).or_default();
            s.gold += 1;
            if found
                .iter()
                .any(|f| f.entity.tag() == g.kind && overlaps((g.start, g.end), (f.start, f.end)))
            {
                s.recalled += 1;
            }
        }
        let mut wrong = false;
        for (tag, s) in scores {
            wrong |= s.correct < s.found || s.recalled < s.gold;
            res.by_type_lang
                .entry((tag.clone(), c.lang.clone()))
                .or_default()
                .add(&s);
            res.by_type.entry(tag).or_default().add(&s);
            res.total.add(&s);
        }
        if wrong {
            res.misses.push(c.id.clone());
        }
    }
    Ok(res)
}

fn pct(x: Option<f64>) -> String {
    x.map_or("–".into(), |v| format!("{:.1} %", v * 100.0))
}

fn with_interval(k: usize, n: usize) -> String {
    wilson(k, n).map_or("–".into(), |(p, lo, hi)| {
        format!("{:.1} % ({:.0}–{:.0})", p * 100.0, lo * 100.0, hi * 100.0)
    })
}

/// The redaction section of docs/quality.md.
pub fn redaction_markdown(r: &RedactionResult) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();

    let _ = writeln!(
        s,
        "## {}\n\n{} cases. {} A found span counts when it overlaps a gold span of the same type. F2 \
         weighs recall twice. Intervals are Wilson 95 %.\n",
        r.heading, r.cases, r.about
    );
    let _ = writeln!(s, "| type | gold | found | precision | recall | F2 |");
    let _ = writeln!(s, "|---|---:|---:|---:|---:|---:|");
    for (tag, x) in &r.by_type {
        let _ = writeln!(
            s,
            "| `{tag}` | {} | {} | {} | {} | {} |",
            x.gold,
            x.found,
            with_interval(x.correct, x.found),
            with_interval(x.recalled, x.gold),
            pct(x.f2())
        );
    }
    let t = &r.total;
    let _ = writeln!(
        s,
        "| **all** | {} | {} | {} | {} | {} |\n",
        t.gold,
        t.found,
        with_interval(t.correct, t.found),
        with_interval(t.recalled, t.gold),
        pct(t.f2())
    );
    let _ = writeln!(s, "By type and language (precision / recall):\n");
    let langs = ["en", "it", "el", "ro", "fi"];
    let _ = writeln!(s, "| type | {} |", langs.join(" | "));
    let _ = writeln!(s, "|---|{}", "---:|".repeat(langs.len()));
    for tag in r.by_type.keys() {
        let cells: Vec<String> = langs
            .iter()
            .map(|l| {
                r.by_type_lang
                    .get(&(tag.clone(), l.to_string()))
                    .map_or("–".into(), |x| {
                        format!("{} / {}", pct(x.precision()), pct(x.recall()))
                    })
            })
            .collect();
        let _ = writeln!(s, "| `{tag}` | {} |", cells.join(" | "));
    }
    let _ = writeln!(
        s,
        "\nSpeed of the recognisers alone on this set, after a warm-up pass: {:.2} MB/s on one core (release build when run by `tact eval`).\n",
        if r.seconds > 0.0 {
            r.bytes as f64 / 1e6 / r.seconds
        } else {
            0.0
        }
    );
    if !r.misses.is_empty() {
        let shown: Vec<&str> = r.misses.iter().take(30).map(String::as_str).collect();
        let _ = writeln!(
            s,
            "Cases with a leak or an over-redaction ({}): {}{}.\n",
            r.misses.len(),
            shown.join(", "),
            if r.misses.len() > 30 { ", …" } else { "" }
        );
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f2_weighs_recall_twice() {
        let s = SpanScore {
            found: 10,
            correct: 5,
            gold: 5,
            recalled: 5,
        };
        // p = 0.5, r = 1: F2 = 5 * 0.5 / (2 + 1) = 0.833…
        assert!((s.f2().expect("defined") - 5.0 / 6.0).abs() < 1e-9);
        let t = SpanScore {
            found: 5,
            correct: 5,
            gold: 10,
            recalled: 5,
        };
        // p = 1, r = 0.5: F2 = 2.5 / 4.5 = 0.555…
        assert!((t.f2().expect("defined") - 2.5 / 4.5).abs() < 1e-9);
    }
}
