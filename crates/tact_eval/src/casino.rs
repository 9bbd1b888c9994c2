//! CaSiNo (Chawla et al., NAACL 2021): campsite negotiations between two crowd workers, with
//! strategy labels per utterance and, per participant, how much they liked the other side and
//! how satisfied they were. Stand-in for "does tact see the moves that put the other side off".

use crate::outcome::{bad_outcome, outcome_result, OutcomeResult, Scored};
use crate::{Confusion, EvalError, LabelResult};
use serde_json::Value;
use std::path::Path;
use tact_analyze::{Analyzer, ConversationReport};
use tact_model::{Conversation, Role, Turn};
use tact_rules::{Engine, Settings};
use tact_signals::{LabelMap, TurnSignals};

/// Chat-log entries that are deal-form actions, not words.
const DEAL_ACTIONS: &[&str] = &["Submit-Deal", "Accept-Deal", "Reject-Deal", "Walk-Away"];
const SIDES: [&str; 2] = ["mturk_agent_1", "mturk_agent_2"];

#[derive(Debug, Default)]
pub struct CasinoResult {
    pub dialogues: usize,
    pub annotated_dialogues: usize,
    /// Annotated utterances whose text did not match a chat-log line (left out).
    pub unmatched_annotations: usize,
    pub skipped_dialogues: Vec<String>,
    pub strategies: Vec<LabelResult>,
    pub outcomes: Vec<OutcomeResult>,
}

struct Utterance {
    side: usize,
    text: String,
    labels: Option<Vec<String>>,
}

struct Dialogue {
    utterances: Vec<Utterance>,
    /// Per side: (opponent_likeness, satisfaction) as written.
    outcomes: [(String, String); 2],
}

fn parse_dialogue(v: &Value, unmatched: &mut usize) -> Result<Dialogue, String> {
    let logs = v["chat_logs"].as_array().ok_or("no chat_logs array")?;
    let annotations = v["annotations"].as_array().map_or(&[][..], Vec::as_slice);
    let mut ann = annotations.iter().filter_map(|a| {
        let text = a.get(0)?.as_str()?;
        let labels = a.get(1)?.as_str()?;
        Some((text, labels))
    });
    let mut pending = ann.next();
    let mut utterances = Vec::new();
    for entry in logs {
        let text = entry["text"]
            .as_str()
            .ok_or("chat_logs entry without text")?;
        if DEAL_ACTIONS.contains(&text) {
            continue;
        }
        let id = entry["id"].as_str().ok_or("chat_logs entry without id")?;
        let side = SIDES
            .iter()
            .position(|s| *s == id)
            .ok_or_else(|| format!("unknown speaker {id:?}"))?;
        let labels = match pending {
            Some((t, l)) if t == text => {
                pending = ann.next();
                Some(l.split(',').map(|x| x.trim().to_string()).collect())
            }
            _ => None,
        };
        utterances.push(Utterance {
            side,
            text: text.to_string(),
            labels,
        });
    }
    if !annotations.is_empty() {
        *unmatched += pending.into_iter().chain(ann).count();
    }
    let outcome = |side: &str, key: &str| -> Result<String, String> {
        v["participant_info"][side]["outcomes"][key]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| format!("no {side} outcomes.{key}"))
    };
    Ok(Dialogue {
        utterances,
        outcomes: [
            (
                outcome(SIDES[0], "opponent_likeness")?,
                outcome(SIDES[0], "satisfaction")?,
            ),
            (
                outcome(SIDES[1], "opponent_likeness")?,
                outcome(SIDES[1], "satisfaction")?,
            ),
        ],
    })
}

fn signal_value(s: &TurnSignals, name: &str) -> f32 {
    match name {
        "politeness" => s.politeness,
        "toxicity" => s.toxicity,
        _ => s.sentiment,
    }
}

/// Evaluates tact on `casino_train.json` in `dir`: every dialogue is analysed twice, once with
/// each participant in the seller's seat, so each utterance is judged once as a seller turn.
pub fn eval_casino(dir: &Path) -> Result<CasinoResult, EvalError> {
    let path = dir.join("casino_train.json");
    let name = path.display().to_string();
    let body = std::fs::read_to_string(&path).map_err(|source| EvalError::Io {
        path: name.clone(),
        source,
    })?;
    let all: Vec<Value> = serde_json::from_str(&body).map_err(|e| EvalError::Record {
        path: name.clone(),
        line: e.line(),
        reason: e.to_string(),
    })?;
    let map = LabelMap::embedded();
    let strategies: Vec<_> = map
        .of("casino-strategy")
        .filter(|m| !m.targets.is_empty())
        .collect();
    let analyzer = Analyzer::new(
        Engine::new(Settings::all_rules()),
        Some(tact_lang::Lang::En),
    );
    let mut res = CasinoResult::default();
    // Per strategy: rule confusion and (signal scores, label) pairs.
    let mut confusions = vec![Confusion::default(); strategies.len()];
    let mut graded: Vec<Vec<Vec<(f32, bool)>>> = strategies
        .iter()
        .map(|m| vec![Vec::new(); m.signals().len()])
        .collect();
    let mut utterances = 0;
    let mut outcomes: [Vec<Scored>; 2] = [Vec::new(), Vec::new()];
    for (k, v) in all.iter().enumerate() {
        let id = v["dialogue_id"]
            .as_i64()
            .map_or_else(|| format!("#{k}"), |n| n.to_string());
        let d = match parse_dialogue(v, &mut res.unmatched_annotations) {
            Ok(d) => d,
            Err(reason) => {
                res.skipped_dialogues
                    .push(format!("{name}: dialogue {id}: {reason}"));
                continue;
            }
        };
        res.dialogues += 1;
        let annotated = d.utterances.iter().any(|u| u.labels.is_some());
        res.annotated_dialogues += usize::from(annotated);
        for (seller, side) in SIDES.iter().enumerate() {
            let conv = Conversation {
                id: format!("{id}-{side}"),
                language: Some("en".into()),
                turns: d
                    .utterances
                    .iter()
                    .map(|u| {
                        let role = if u.side == seller {
                            Role::Agent
                        } else {
                            Role::Customer
                        };
                        Turn::new(role, u.text.clone())
                    })
                    .collect(),
                ..Conversation::default()
            };
            let report = analyzer.analyze(&conv);
            judge_strategies(
                &d,
                seller,
                &report,
                &strategies,
                &mut confusions,
                &mut graded,
                &mut utterances,
            );
            // The other side's answers are about this side's manner.
            let other = &d.outcomes[1 - seller];
            for (slot, (dataset, answer)) in [
                ("casino-likeness", &other.0),
                ("casino-satisfaction", &other.1),
            ]
            .into_iter()
            .enumerate()
            {
                let outcome = bad_outcome(map, dataset, answer);
                outcomes[slot].push(Scored {
                    score: report.score,
                    risk: report.risk,
                    outcome,
                });
            }
        }
    }
    for (i, m) in strategies.iter().enumerate() {
        let rules: Vec<String> = m.rules().iter().map(|r| r.to_string()).collect();
        let c = confusions[i];
        let positives = graded[i]
            .first()
            .map_or(c.tp + c.fn_, |g| g.iter().filter(|p| p.1).count());
        res.strategies.push(LabelResult {
            label: m.label.clone(),
            why: m.why.clone(),
            utterances,
            positives,
            confusion: c,
            rules,
            signals: m
                .signals()
                .iter()
                .zip(&graded[i])
                .map(|(&(name, higher), pairs)| {
                    (
                        name.to_string(),
                        higher,
                        tact_signals::metrics::roc_auc(pairs),
                    )
                })
                .collect(),
        });
    }
    for (slot, name) in ["opponent likeness", "satisfaction"]
        .into_iter()
        .enumerate()
    {
        res.outcomes.push(outcome_result(name, &outcomes[slot]));
    }
    Ok(res)
}

fn judge_strategies(
    d: &Dialogue,
    seller: usize,
    report: &ConversationReport,
    strategies: &[&tact_signals::Mapping],
    confusions: &mut [Confusion],
    graded: &mut [Vec<Vec<(f32, bool)>>],
    utterances: &mut usize,
) {
    for (t, u) in d.utterances.iter().enumerate() {
        let Some(labels) = u.labels.as_ref().filter(|_| u.side == seller) else {
            continue;
        };
        *utterances += 1;
        for (i, m) in strategies.iter().enumerate() {
            let gold = labels.contains(&m.label);
            let rules = m.rules();
            if !rules.is_empty() {
                let fired = report
                    .moments
                    .iter()
                    .any(|mo| mo.turn == t && rules.contains(&mo.rule));
                confusions[i].add(fired, gold);
            }
            for (g, (name, higher)) in graded[i].iter_mut().zip(m.signals()) {
                let Some(signals) = report.turns[t].signals.as_ref() else {
                    continue;
                };
                let v = signal_value(signals, name);
                g.push((if higher { v } else { -v }, gold));
            }
        }
    }
}
