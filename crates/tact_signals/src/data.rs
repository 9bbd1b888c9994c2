//! Loaders for the labelled stand-in data sets under `shared/data` (XED, UMSAB, Stanford
//! politeness, RED), each turned into records with a language, a text, the labels it carries and
//! a deterministic train/dev/test split that never depends on the training seed.

use crate::features::stable_hash;
use crate::labelmap::LabelMap;
use crate::train::TrainError;
use std::path::Path;
use tact_lang::{fold, Lang};

/// Which part of the data a record belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    Train,
    /// Held out from training; used to pick decision thresholds for the report.
    Dev,
    /// Held out from training and tuning; the figures in the report.
    Test,
}

/// Where a record came from (for the report).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    XedAnnotated,
    XedNeutral,
    XedProjected,
    Umsab,
    Politeness,
    Red,
}

impl Source {
    pub fn name(self) -> &'static str {
        match self {
            Source::XedAnnotated => "XED annotated",
            Source::XedNeutral => "XED neutral",
            Source::XedProjected => "XED projected",
            Source::Umsab => "UMSAB",
            Source::Politeness => "Stanford politeness",
            Source::Red => "RED v1",
        }
    }
}

/// One labelled text. Emotion labels are bit masks over XED's order; `emo_known` says which
/// emotions the data set annotates at all (RED only has four).
#[derive(Debug, Clone)]
pub struct Record {
    pub source: Source,
    pub lang: Lang,
    pub text: String,
    pub split: Split,
    /// 0 negative, 1 neutral, 2 positive.
    pub sentiment: Option<u8>,
    /// True when the sentiment label is derived from emotions (weak), not annotated.
    pub sentiment_weak: bool,
    /// Top (true) or bottom (false) politeness quartile.
    pub polite: Option<bool>,
    pub emo: u8,
    pub emo_known: u8,
    /// RED's single class: 0 anger, 1 fear, 2 joy, 3 sadness, 4 neutral.
    pub red_class: Option<u8>,
}

impl Record {
    fn new(source: Source, lang: Lang, text: &str, split: Split) -> Self {
        Record {
            source,
            lang,
            text: text.trim().to_string(),
            split,
            sentiment: None,
            sentiment_weak: false,
            polite: None,
            emo: 0,
            emo_known: 0,
            red_class: None,
        }
    }
}

pub const ALL_EMOTIONS: u8 = 0xff;

fn map() -> &'static LabelMap {
    LabelMap::embedded()
}

/// The emotions whose presence alone makes a line weakly `sentiment` (label map,
/// `emotion-to-sentiment`).
fn emotions_with_sentiment(sentiment: u8) -> u8 {
    map().of("emotion-to-sentiment").fold(0, |mask, m| {
        match crate::EMOTION_NAMES.iter().position(|e| *e == m.label) {
            Some(i) if m.sentiment() == Some(sentiment) => mask | (1 << i),
            _ => mask,
        }
    })
}

/// Splits by a hash of the text (so duplicates land together): 10 % test, 10 % dev.
fn hash_split(text: &str) -> Split {
    match stable_hash(&fold(text.trim())) % 10 {
        0 => Split::Test,
        1 => Split::Dev,
        _ => Split::Train,
    }
}

/// Like [`hash_split`] for a file that is only a train part: 10 % dev, the rest train.
fn train_dev_split(text: &str) -> Split {
    if stable_hash(&fold(text.trim())) % 10 == 1 {
        Split::Dev
    } else {
        Split::Train
    }
}

fn read(path: &Path) -> Result<String, TrainError> {
    std::fs::read_to_string(path).map_err(|e| TrainError::Io {
        path: path.display().to_string(),
        source: e,
    })
}

/// Parses XED labels like `1, 4, 7` into a bit mask; `None` when the field is not labels.
fn parse_xed_labels(field: &str) -> Option<u8> {
    let mut mask = 0u8;
    for part in field.split(',') {
        let m = map().get("xed", part.trim())?.emotion_mask();
        if m == 0 {
            return None;
        }
        mask |= m;
    }
    (mask != 0).then_some(mask)
}

/// Weak sentiment from emotions: only joy/trust → positive, only negative emotions → negative.
fn weak_sentiment(emo: u8) -> Option<u8> {
    let pos = emo & emotions_with_sentiment(2) != 0;
    let neg = emo & emotions_with_sentiment(0) != 0;
    match (pos, neg) {
        (true, false) => Some(2),
        (false, true) => Some(0),
        _ => None,
    }
}

fn wants_weak_sentiment(lang: Lang) -> bool {
    matches!(lang, Lang::El | Lang::Ro | Lang::Fi)
}

/// Lines that were skipped as malformed, per file (reported, never silently dropped).
#[derive(Debug, Clone, Default)]
pub struct Skipped(pub Vec<(String, usize)>);

fn load_xed_tsv(
    path: &Path,
    lang: Lang,
    source: Source,
    out: &mut Vec<Record>,
    skipped: &mut Skipped,
) -> Result<(), TrainError> {
    let body = read(path)?;
    let mut bad = 0;
    for line in body.lines() {
        let mut cols = line.split('\t');
        let (Some(text), Some(labels), None) = (cols.next(), cols.next(), cols.next()) else {
            bad += 1;
            continue;
        };
        let Some(mask) = parse_xed_labels(labels) else {
            bad += 1;
            continue;
        };
        if text.trim().is_empty() {
            bad += 1;
            continue;
        }
        let mut r = Record::new(source, lang, text, hash_split(text));
        r.emo = mask;
        r.emo_known = ALL_EMOTIONS;
        if wants_weak_sentiment(lang) {
            r.sentiment = weak_sentiment(mask);
            r.sentiment_weak = r.sentiment.is_some();
        }
        out.push(r);
    }
    skipped.0.push((path.display().to_string(), bad));
    Ok(())
}

fn load_xed_neutral(
    path: &Path,
    lang: Lang,
    out: &mut Vec<Record>,
    skipped: &mut Skipped,
) -> Result<(), TrainError> {
    let body = read(path)?;
    let mut bad = 0;
    for line in body.lines() {
        let text = line.split('\t').nth(1).unwrap_or("").trim();
        if text.is_empty() {
            bad += 1;
            continue;
        }
        let mut r = Record::new(Source::XedNeutral, lang, text, hash_split(text));
        r.emo_known = ALL_EMOTIONS;
        if wants_weak_sentiment(lang) {
            r.sentiment = map().get("xed", "neutral").and_then(|m| m.sentiment());
            r.sentiment_weak = r.sentiment.is_some();
        }
        out.push(r);
    }
    skipped.0.push((path.display().to_string(), bad));
    Ok(())
}

fn load_umsab(dir: &Path, lang: Lang, part: &str, out: &mut Vec<Record>) -> Result<(), TrainError> {
    let texts = read(&dir.join(format!("{part}_text.txt")))?;
    let labels = read(&dir.join(format!("{part}_labels.txt")))?;
    let labels: Vec<&str> = labels.lines().collect();
    let texts: Vec<&str> = texts.lines().collect();
    if labels.len() != texts.len() {
        return Err(TrainError::Data(format!(
            "{}: {} texts but {} labels",
            dir.join(part).display(),
            texts.len(),
            labels.len()
        )));
    }
    for (i, (t, l)) in texts.iter().zip(&labels).enumerate() {
        let y = map()
            .get("umsab", l)
            .and_then(|m| m.sentiment())
            .ok_or_else(|| {
                TrainError::Data(format!(
                    "{}: label {l:?} at line {} is not in the label map",
                    dir.join(format!("{part}_labels.txt")).display(),
                    i + 1
                ))
            })?;
        let split = if part == "val" {
            Split::Test
        } else {
            train_dev_split(t)
        };
        let mut r = Record::new(Source::Umsab, lang, t, split);
        r.sentiment = Some(y);
        out.push(r);
    }
    Ok(())
}

/// RED's emotions (anger, fear, joy, sadness) as indices into [`crate::EMOTION_NAMES`].
const RED_EMOTIONS: [usize; 4] = [0, 3, 4, 5];

fn load_red(path: &Path, test: bool, out: &mut Vec<Record>) -> Result<(), TrainError> {
    let mut rdr = csv::Reader::from_path(path).map_err(|e| TrainError::Csv {
        path: path.display().to_string(),
        source: e,
    })?;
    let headers = rdr
        .headers()
        .map_err(|e| TrainError::Csv {
            path: path.display().to_string(),
            source: e,
        })?
        .clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| TrainError::Data(format!("{}: no column {name}", path.display())))
    };
    let (ti, ei) = (col("Tweet")?, col("Emotion")?);
    for row in rdr.records() {
        let row = row.map_err(|e| TrainError::Csv {
            path: path.display().to_string(),
            source: e,
        })?;
        let text = row.get(ti).unwrap_or("");
        let label = row.get(ei).unwrap_or("");
        let Some(m) = map().get("red", label) else {
            return Err(TrainError::Data(format!(
                "{}: emotion {label:?} is not in the label map",
                path.display()
            )));
        };
        let emo = m.emotion_mask();
        // RED's five classes for the report: its four emotions in XED order, then neutral.
        let class = RED_EMOTIONS
            .iter()
            .position(|&i| emo == 1 << i)
            .unwrap_or(RED_EMOTIONS.len()) as u8;
        if text.trim().is_empty() {
            continue;
        }
        let split = if test {
            Split::Test
        } else {
            train_dev_split(text)
        };
        let mut r = Record::new(Source::Red, Lang::Ro, text, split);
        r.emo_known = map().of("red").fold(0, |k, m| k | m.emotion_mask());
        r.emo = emo;
        r.red_class = Some(class);
        r.sentiment = m.sentiment();
        r.sentiment_weak = r.sentiment.is_some();
        out.push(r);
    }
    Ok(())
}

fn load_politeness(path: &Path, out: &mut Vec<Record>) -> Result<(), TrainError> {
    let csv_err = |e| TrainError::Csv {
        path: path.display().to_string(),
        source: e,
    };
    let mut rdr = csv::Reader::from_path(path).map_err(csv_err)?;
    let headers = rdr.headers().map_err(csv_err)?.clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| TrainError::Data(format!("{}: no column {name}", path.display())))
    };
    let (ti, si) = (col("Request")?, col("Normalized Score")?);
    let mut rows: Vec<(String, f64)> = Vec::new();
    for row in rdr.records() {
        let row = row.map_err(csv_err)?;
        let text = row.get(ti).unwrap_or("").to_string();
        let score: f64 = row
            .get(si)
            .unwrap_or("")
            .trim()
            .parse()
            .map_err(|_| TrainError::Data(format!("{}: bad score", path.display())))?;
        rows.push((text, score));
    }
    if rows.len() < 8 {
        return Err(TrainError::Data(format!(
            "{}: too few rows",
            path.display()
        )));
    }
    // Quartiles over the whole corpus, as in the paper's top-vs-bottom-quartile task.
    let mut scores: Vec<f64> = rows.iter().map(|r| r.1).collect();
    scores.sort_by(f64::total_cmp);
    let q1 = scores[scores.len() / 4];
    let q3 = scores[scores.len() * 3 / 4];
    for (text, s) in rows {
        let quartile = if s >= q3 {
            "top-quartile"
        } else if s <= q1 {
            "bottom-quartile"
        } else {
            "middle"
        };
        let Some(label) = map()
            .get("politeness", quartile)
            .and_then(|m| m.politeness())
        else {
            continue;
        };
        let mut r = Record::new(Source::Politeness, Lang::En, &text, hash_split(&text));
        r.polite = Some(label);
        out.push(r);
    }
    Ok(())
}

/// Loads every data set under `dir` (the `shared/data` folder).
pub fn load_all(dir: &Path) -> Result<(Vec<Record>, Skipped), TrainError> {
    let mut out = Vec::new();
    let mut skipped = Skipped::default();
    let xed = dir.join("xed");
    let ann = xed.join("AnnotatedData");
    for (lang, code) in [(Lang::En, "en"), (Lang::Fi, "fi")] {
        load_xed_tsv(
            &ann.join(format!("{code}-annotated.tsv")),
            lang,
            Source::XedAnnotated,
            &mut out,
            &mut skipped,
        )?;
        load_xed_neutral(
            &ann.join(format!("neu_{code}.txt")),
            lang,
            &mut out,
            &mut skipped,
        )?;
    }
    for (lang, code) in [
        (Lang::El, "el"),
        (Lang::It, "it"),
        (Lang::Ro, "ro"),
        (Lang::Fi, "fi"),
    ] {
        load_xed_tsv(
            &xed.join("Projections")
                .join(format!("{code}-projections.tsv")),
            lang,
            Source::XedProjected,
            &mut out,
            &mut skipped,
        )?;
    }
    let umsab = dir.join("umsab");
    for (lang, sub) in [(Lang::En, "english"), (Lang::It, "italian")] {
        load_umsab(&umsab.join(sub), lang, "train", &mut out)?;
        load_umsab(&umsab.join(sub), lang, "val", &mut out)?;
    }
    let red = dir.join("red").join("REDv1");
    load_red(&red.join("train.csv"), false, &mut out)?;
    load_red(&red.join("val.csv"), true, &mut out)?;
    load_politeness(
        &dir.join("politeness").join("wikipedia.annotated.csv"),
        &mut out,
    )?;
    Ok((out, skipped))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xed_labels_parse() {
        assert_eq!(parse_xed_labels("1, 4, 7"), Some(0b0100_1001));
        assert_eq!(parse_xed_labels("8"), Some(0b1000_0000));
        assert_eq!(parse_xed_labels("0"), None);
        assert_eq!(parse_xed_labels("x.gz"), None);
    }

    #[test]
    fn weak_sentiment_rules() {
        assert_eq!(weak_sentiment(1 << 4), Some(2));
        assert_eq!(weak_sentiment(1), Some(0));
        assert_eq!(weak_sentiment(1 | (1 << 4)), None);
        assert_eq!(weak_sentiment(1 << 6), None);
    }
}
