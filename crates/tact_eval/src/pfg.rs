//! PersuasionForGood (Wang et al., ACL 2019): persuader/persuadee dialogues with per-sentence
//! strategy labels. Used as a stand-in for "the seller pitches again after a refusal".

use crate::{Confusion, EvalError};
use std::path::Path;
use tact_analyze::Analyzer;
use tact_model::{Conversation, Role, Turn};
use tact_rules::{Engine, Settings};

/// Persuadee labels that decline the donation.
const REFUSALS: &[&str] = &["disagree-donation", "disagree-donation-more"];
/// Persuader labels that push the donation again.
const PITCHES: &[&str] = &[
    "proposition-of-donation",
    "ask-donate-more",
    "logical-appeal",
    "emotion-appeal",
    "credibility-appeal",
    "donation-information",
    "foot-in-the-door",
    "self-modeling",
    "personal-story",
];

#[derive(Debug, Default)]
pub struct PfgResult {
    pub dialogues: usize,
    pub confusion: Confusion,
}

struct LabelledTurn {
    role: Role,
    text: String,
    labels: Vec<String>,
}

fn load(path: &Path) -> Result<Vec<(String, Vec<LabelledTurn>)>, EvalError> {
    let name = path.display().to_string();
    let mut rdr = csv::Reader::from_path(path).map_err(|source| EvalError::Csv {
        path: name.clone(),
        source,
    })?;
    let headers = rdr
        .headers()
        .map_err(|source| EvalError::Csv {
            path: name.clone(),
            source,
        })?
        .clone();
    let col = |h: &str| headers.iter().position(|x| x == h);
    let (Some(dlg), Some(role), Some(turn), Some(unit), Some(er), Some(ee)) = (
        col("B2"),
        col("B4"),
        col("Turn"),
        col("Unit"),
        col("er_label_1"),
        col("ee_label_1"),
    ) else {
        return Err(EvalError::Record {
            path: name,
            line: 1,
            reason: "missing B2/B4/Turn/Unit/er_label_1/ee_label_1 columns".into(),
        });
    };
    let mut dialogues: Vec<(String, Vec<LabelledTurn>)> = Vec::new();
    let mut last_key: Option<(String, String, String)> = None;
    for (n, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(|source| EvalError::Csv {
            path: name.clone(),
            source,
        })?;
        let get = |i: usize| rec.get(i).unwrap_or("").to_string();
        let r = match get(role).as_str() {
            "0" => Role::Agent,
            "1" => Role::Customer,
            other => {
                return Err(EvalError::Record {
                    path: name.clone(),
                    line: n + 2,
                    reason: format!("unknown role {other:?}"),
                })
            }
        };
        let key = (get(dlg), get(role), get(turn));
        if dialogues.last().is_none_or(|d| d.0 != key.0) {
            dialogues.push((key.0.clone(), Vec::new()));
        }
        let turns = &mut dialogues.last_mut().expect("pushed above").1;
        let label = if r == Role::Agent { get(er) } else { get(ee) };
        if last_key.as_ref() == Some(&key) {
            if let Some(t) = turns.last_mut() {
                t.text.push(' ');
                t.text.push_str(&get(unit));
                if !label.is_empty() {
                    t.labels.push(label);
                }
                continue;
            }
        }
        turns.push(LabelledTurn {
            role: r,
            text: get(unit),
            labels: if label.is_empty() {
                vec![]
            } else {
                vec![label]
            },
        });
        last_key = Some(key);
    }
    Ok(dialogues)
}

/// Runs P001 on every dialogue of `300_dialog.csv` in `dir` and compares with the labels.
pub fn eval_reoffer_on_pfg(dir: &Path) -> Result<PfgResult, EvalError> {
    let dialogues = load(&dir.join("300_dialog.csv"))?;
    let settings = Settings::default()
        .with_selection(vec!["reoffer-after-refusal".into()], vec![])
        .map_err(|e| EvalError::Record {
            path: "settings".into(),
            line: 0,
            reason: e.to_string(),
        })?;
    let analyzer = Analyzer::new(Engine::new(settings), Some(tact_lang_en()));
    let mut res = PfgResult::default();
    for (id, turns) in dialogues {
        res.dialogues += 1;
        let conv = Conversation {
            id,
            language: Some("en".into()),
            turns: turns
                .iter()
                .map(|t| Turn::new(t.role, t.text.clone()))
                .collect(),
            ..Conversation::default()
        };
        let report = analyzer.analyze(&conv);
        for i in 1..turns.len() {
            if turns[i].role != Role::Agent || turns[i - 1].role != Role::Customer {
                continue;
            }
            let refused = turns[i - 1]
                .labels
                .iter()
                .any(|l| REFUSALS.contains(&l.as_str()));
            let pitched = turns[i]
                .labels
                .iter()
                .any(|l| PITCHES.contains(&l.as_str()));
            let fired = report.moments.iter().any(|m| m.turn == i);
            res.confusion.add(fired, refused && pitched);
        }
    }
    Ok(res)
}

fn tact_lang_en() -> tact_lang::Lang {
    tact_lang::Lang::En
}
