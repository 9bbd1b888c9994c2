//! The false-alarm budget: moments per 100 turns, per rule, on the public human-written service
//! conversations of `shared/data/real`. These are not sales conversations gone wrong, so most of
//! what the rules raise there is noise; a change that floods users with moments shows up here
//! first. `eval/false-alarm-budget.tsv` holds the documented ceiling for each rule, and a test
//! fails when a rule goes over it.

use crate::EvalError;
use std::collections::BTreeMap;
use std::path::Path;
use tact_analyze::Analyzer;
use tact_model::Conversation;
use tact_rules::{Engine, Settings, RULES};

/// Moments per 100 turns per rule on every conversation of the `.jsonl` files in `real_dir`.
#[derive(Debug, Clone, Default)]
pub struct Rates {
    pub conversations: usize,
    pub turns: usize,
    pub moments: BTreeMap<String, usize>,
}

impl Rates {
    pub fn per_100_turns(&self, rule: &str) -> f64 {
        let n = self.moments.get(rule).copied().unwrap_or(0);
        if self.turns == 0 {
            0.0
        } else {
            100.0 * n as f64 / self.turns as f64
        }
    }
}

pub fn false_alarm_rates(real_dir: &Path) -> Result<Rates, EvalError> {
    let io = |path: &Path| {
        let path = path.display().to_string();
        move |source| EvalError::Io { path, source }
    };
    let mut files: Vec<_> = std::fs::read_dir(real_dir)
        .map_err(io(real_dir))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let analyzer = Analyzer::new(Engine::new(Settings::all_rules()), None);
    let mut rates = Rates::default();
    for path in files {
        let text = std::fs::read_to_string(&path).map_err(io(&path))?;
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let conv: Conversation = serde_json::from_str(line).map_err(|e| EvalError::Record {
                path: path.display().to_string(),
                line: i + 1,
                reason: e.to_string(),
            })?;
            let report = analyzer.analyze(&conv);
            rates.conversations += 1;
            rates.turns += conv.turns.len();
            for m in &report.moments {
                *rates.moments.entry(m.rule.to_string()).or_default() += 1;
            }
        }
    }
    Ok(rates)
}

/// The documented ceilings: rule → moments per 100 turns.
pub fn read_budget(path: &Path) -> Result<BTreeMap<String, f64>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.display().to_string(),
        source,
    })?;
    let mut out = BTreeMap::new();
    for (i, l) in text.lines().enumerate() {
        if l.trim().is_empty() || l.starts_with('#') {
            continue;
        }
        let bad = |reason: &str| EvalError::Record {
            path: path.display().to_string(),
            line: i + 1,
            reason: reason.to_string(),
        };
        let mut cols = l.split('\t');
        let (Some(rule), Some(limit)) = (cols.next(), cols.next()) else {
            return Err(bad("expected rule<TAB>moments per 100 turns"));
        };
        if !RULES.iter().any(|r| r.id == rule.trim()) {
            return Err(bad(&format!("unknown rule {rule:?}")));
        }
        let limit: f64 = limit
            .trim()
            .parse()
            .map_err(|_| bad("the budget is not a number"))?;
        out.insert(rule.trim().to_string(), limit);
    }
    for r in RULES {
        if !out.contains_key(r.id) {
            return Err(EvalError::Record {
                path: path.display().to_string(),
                line: 0,
                reason: format!("no budget for {}", r.id),
            });
        }
    }
    Ok(out)
}

/// Rules over their budget: (rule, measured, budget).
pub fn over_budget(rates: &Rates, budget: &BTreeMap<String, f64>) -> Vec<(String, f64, f64)> {
    budget
        .iter()
        .map(|(rule, &limit)| (rule.clone(), rates.per_100_turns(rule), limit))
        .filter(|(_, measured, limit)| measured > limit)
        .collect()
}
