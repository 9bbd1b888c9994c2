//! Turn-level evaluation on the bundled samples, whose `labels.moments` list every OOPS moment.

use crate::{Confusion, EvalError};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use tact_analyze::Analyzer;
use tact_model::Conversation;
use tact_rules::{Engine, Settings, RULES};

#[derive(Deserialize)]
struct GoldMoment {
    rule: String,
    turn: usize,
}

#[derive(Deserialize, Default)]
struct Labels {
    #[serde(default)]
    moments: Vec<GoldMoment>,
}

#[derive(Deserialize)]
struct Labelled {
    #[serde(flatten)]
    conversation: Conversation,
    labels: Option<Labels>,
}

#[derive(Debug, Default)]
pub struct SampleResult {
    pub conversations: usize,
    /// Rules the labels do not cover, with how often each fired (not scored).
    pub not_annotated: BTreeMap<&'static str, usize>,
    pub by_rule: BTreeMap<&'static str, Confusion>,
    pub by_lang: BTreeMap<String, Confusion>,
    pub total: Confusion,
}

/// The rule ids the annotation covers, from `annotated_rules.txt` beside the samples.
fn annotated_rules(dir: &Path) -> Result<BTreeSet<String>, EvalError> {
    let path = dir.join("annotated_rules.txt");
    let text = std::fs::read_to_string(&path).map_err(|source| EvalError::Io {
        path: path.display().to_string(),
        source,
    })?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect())
}

/// Evaluates every rule on the labelled conversations of `dir/*.jsonl` (unlabelled ones are
/// skipped), in one analyzer run so corpus-level rules see the whole sample set.
pub fn eval_samples(dir: &Path) -> Result<SampleResult, EvalError> {
    let analyzer = Analyzer::new(Engine::new(Settings::all_rules()), None);
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|source| EvalError::Io {
            path: dir.display().to_string(),
            source,
        })?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let annotated = annotated_rules(dir)?;
    let mut res = SampleResult::default();
    for r in RULES {
        if annotated.contains(r.id) {
            res.by_rule.insert(r.id, Confusion::default());
        } else {
            res.not_annotated.insert(r.id, 0);
        }
    }
    for path in files {
        let text = std::fs::read_to_string(&path).map_err(|source| EvalError::Io {
            path: path.display().to_string(),
            source,
        })?;
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let rec: Labelled = serde_json::from_str(line).map_err(|e| EvalError::Record {
                path: path.display().to_string(),
                line: n + 1,
                reason: e.to_string(),
            })?;
            let Some(labels) = rec.labels else { continue };
            res.conversations += 1;
            let report = analyzer.analyze(&rec.conversation);
            let gold: BTreeSet<(String, usize)> = labels
                .moments
                .into_iter()
                .map(|m| (m.rule, m.turn))
                .collect();
            let predicted: BTreeSet<(String, usize)> = report
                .moments
                .iter()
                .map(|m| (m.rule.to_string(), m.turn))
                .collect();
            let lang = res.by_lang.entry(report.language.clone()).or_default();
            for m in &report.moments {
                if let Some(n) = res.not_annotated.get_mut(m.rule) {
                    *n += 1;
                }
            }
            for r in RULES.iter().filter(|r| annotated.contains(r.id)) {
                let c = res.by_rule.entry(r.id).or_default();
                let g: BTreeSet<usize> = gold
                    .iter()
                    .filter(|(id, _)| id == r.id)
                    .map(|(_, t)| *t)
                    .collect();
                let p: BTreeSet<usize> = predicted
                    .iter()
                    .filter(|(id, _)| id == r.id)
                    .map(|(_, t)| *t)
                    .collect();
                let one = Confusion {
                    tp: g.intersection(&p).count(),
                    fp: p.difference(&g).count(),
                    fn_: g.difference(&p).count(),
                    tn: report.turns.len().saturating_sub(g.union(&p).count()),
                };
                c.merge(&one);
                lang.merge(&one);
                res.total.merge(&one);
            }
        }
    }
    Ok(res)
}
