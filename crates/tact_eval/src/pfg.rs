//! PersuasionForGood (Wang et al., ACL 2019): persuader/persuadee dialogues with per-sentence
//! strategy labels. Used as a stand-in for "the seller pitches again after a refusal".

use crate::outcome::{bad_outcome, outcome_result, OutcomeResult, Scored};
use crate::{Confusion, EvalError, LabelResult};
use std::path::Path;
use tact_analyze::Analyzer;
use tact_model::{Conversation, Role, Turn};
use tact_rules::{Engine, Settings};
use tact_signals::{LabelMap, Target};

#[derive(Debug, Default)]
pub struct PfgResult {
    pub dialogues: usize,
    /// P001 against persuader pitches that follow a refusal.
    pub confusion: Confusion,
    /// The label-map labels that make a refusal and a pitch.
    pub refusals: Vec<String>,
    pub pitches: Vec<String>,
    /// Persuader labels the label map ties to rules, over every persuader turn.
    pub labels: Vec<LabelResult>,
}

struct LabelledTurn {
    role: Role,
    text: String,
    labels: Vec<String>,
}

/// Reads a PersuasionForGood dialogue CSV (`300_dialog.csv` with strategy labels, or
/// `full_dialog.csv` without), joining the sentence units of one speaker's turn into one turn.
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
    let (Some(dlg), Some(role), Some(turn), Some(unit)) =
        (col("B2"), col("B4"), col("Turn"), col("Unit"))
    else {
        return Err(EvalError::Record {
            path: name,
            line: 1,
            reason: "missing B2/B4/Turn/Unit columns".into(),
        });
    };
    let (er, ee) = (col("er_label_1"), col("ee_label_1"));
    let mut dialogues: Vec<(String, Vec<LabelledTurn>)> = Vec::new();
    let mut last_key: Option<(String, String, String)> = None;
    for (n, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(|source| EvalError::Csv {
            path: name.clone(),
            source,
        })?;
        let get = |i: usize| rec.get(i).unwrap_or("").to_string();
        let get_opt = |i: Option<usize>| i.map_or_else(String::new, get);
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
        let label = if r == Role::Agent {
            get_opt(er)
        } else {
            get_opt(ee)
        };
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

/// One dialogue as an English tact conversation, the persuader as the seller.
fn conversation(id: String, turns: &[LabelledTurn]) -> Conversation {
    Conversation {
        id,
        language: Some("en".into()),
        turns: turns
            .iter()
            .map(|t| Turn::new(t.role, t.text.clone()))
            .collect(),
        ..Conversation::default()
    }
}

/// Runs every rule on the dialogues of `300_dialog.csv` in `dir`: P001 against pitches that
/// follow a refusal, and each persuader label the label map ties to rules against those rules.
pub fn eval_reoffer_on_pfg(dir: &Path) -> Result<PfgResult, EvalError> {
    let dialogues = load(&dir.join("300_dialog.csv"))?;
    let analyzer = Analyzer::new(
        Engine::new(Settings::all_rules()),
        Some(tact_lang::Lang::En),
    );
    let map = LabelMap::embedded();
    let refusals = map.labels_with("pfg-persuadee", &Target::Role("refusal".into()));
    let pitches = map.labels_with("pfg-persuader", &Target::Role("pitch".into()));
    let ruled: Vec<_> = map
        .of("pfg-persuader")
        .filter(|m| !m.rules().is_empty())
        .collect();
    let mut res = PfgResult {
        refusals: refusals.iter().map(|l| l.to_string()).collect(),
        pitches: pitches.iter().map(|l| l.to_string()).collect(),
        labels: ruled
            .iter()
            .map(|m| LabelResult::new(m.label.clone(), m.why.clone(), &m.rules()))
            .collect(),
        ..PfgResult::default()
    };
    for (id, turns) in dialogues {
        res.dialogues += 1;
        let conv = conversation(id, &turns);
        let report = analyzer.analyze(&conv);
        let fired = |i: usize, rules: &[String]| {
            report
                .moments
                .iter()
                .any(|m| m.turn == i && rules.iter().any(|r| r == m.rule))
        };
        let p001 = ["reoffer-after-refusal".to_string()];
        for (i, t) in turns.iter().enumerate() {
            if t.role != Role::Agent {
                continue;
            }
            for l in &mut res.labels {
                let gold = t.labels.contains(&l.label);
                l.utterances += 1;
                l.positives += usize::from(gold);
                l.confusion.add(fired(i, &l.rules), gold);
            }
            if i == 0 || turns[i - 1].role != Role::Customer {
                continue;
            }
            let refused = turns[i - 1]
                .labels
                .iter()
                .any(|l| refusals.contains(&l.as_str()));
            let pitched = t.labels.iter().any(|l| pitches.contains(&l.as_str()));
            res.confusion.add(fired(i, &p001), refused && pitched);
        }
    }
    Ok(res)
}

/// The actual donation (`B6`) of each persuadee in `full_info.csv`, by dialogue id.
fn donations(path: &Path) -> Result<std::collections::HashMap<String, f64>, EvalError> {
    let name = path.display().to_string();
    let csv_err = |source| EvalError::Csv {
        path: name.clone(),
        source,
    };
    let mut rdr = csv::Reader::from_path(path).map_err(csv_err)?;
    let headers = rdr.headers().map_err(csv_err)?.clone();
    let col = |h: &str| headers.iter().position(|x| x == h);
    let (Some(dlg), Some(role), Some(b6)) = (col("B2"), col("B4"), col("B6")) else {
        return Err(EvalError::Record {
            path: name.clone(),
            line: 1,
            reason: "missing B2/B4/B6 columns".into(),
        });
    };
    let mut out = std::collections::HashMap::new();
    for (n, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(csv_err)?;
        if rec.get(role) != Some("1") {
            continue;
        }
        let amount = rec.get(b6).unwrap_or("").trim();
        let amount: f64 = amount.parse().map_err(|_| EvalError::Record {
            path: name.clone(),
            line: n + 2,
            reason: format!("B6 {amount:?} is not a number"),
        })?;
        out.insert(rec.get(dlg).unwrap_or("").to_string(), amount);
    }
    Ok(out)
}

/// How well the persuader's tact score predicts that the persuadee gave nothing, over every
/// dialogue of `full_dialog.csv` whose persuadee has a donation in `full_info.csv`.
pub fn eval_pfg_outcome(dir: &Path) -> Result<OutcomeResult, EvalError> {
    let given = donations(&dir.join("full_info.csv"))?;
    let dialogues = load(&dir.join("full_dialog.csv"))?;
    let analyzer = Analyzer::new(
        Engine::new(Settings::all_rules()),
        Some(tact_lang::Lang::En),
    );
    let map = LabelMap::embedded();
    let mut scored = Vec::new();
    for (id, turns) in dialogues {
        let Some(&amount) = given.get(&id) else {
            continue;
        };
        let label = if amount > 0.0 {
            "donated"
        } else {
            "no-donation"
        };
        let outcome = bad_outcome(map, "pfg-outcome", label);
        let conv = conversation(id, &turns);
        let report = analyzer.analyze(&conv);
        scored.push(Scored {
            score: report.score,
            risk: report.risk,
            outcome,
        });
    }
    Ok(outcome_result("donation", &scored))
}
