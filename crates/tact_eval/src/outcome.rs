//! Outcome figures: how well tact's score of one side predicts a bad outcome reported for the
//! conversation (the other side disliked them, the persuadee gave nothing).

/// How well the score of one side predicts a bad outcome reported by the other side.
#[derive(Debug, Clone, Default)]
pub struct OutcomeResult {
    pub name: String,
    /// Participants with a good or bad (not undecided) answer.
    pub n: usize,
    pub bad: usize,
    /// ROC-AUC of (100 − score) and of risk for a bad outcome.
    pub auc_score: Option<f64>,
    pub auc_risk: Option<f64>,
    pub mean_score_good: f64,
    pub mean_score_bad: f64,
}

pub(crate) struct Scored {
    pub score: u8,
    pub risk: f64,
    /// Some(true) for a bad outcome, Some(false) for a good one, None when unknown.
    pub outcome: Option<bool>,
}

pub(crate) fn outcome_result(name: impl Into<String>, scored: &[Scored]) -> OutcomeResult {
    let known: Vec<&Scored> = scored.iter().filter(|s| s.outcome.is_some()).collect();
    let pairs = |f: &dyn Fn(&Scored) -> f32| -> Vec<(f32, bool)> {
        known
            .iter()
            .map(|s| (f(s), s.outcome == Some(true)))
            .collect()
    };
    let mean = |bad: bool| {
        let xs: Vec<f64> = known
            .iter()
            .filter(|s| s.outcome == Some(bad))
            .map(|s| f64::from(s.score))
            .collect();
        xs.iter().sum::<f64>() / xs.len().max(1) as f64
    };
    OutcomeResult {
        name: name.into(),
        n: known.len(),
        bad: known.iter().filter(|s| s.outcome == Some(true)).count(),
        auc_score: tact_signals::metrics::roc_auc(&pairs(&|s| 100.0 - f32::from(s.score))),
        auc_risk: tact_signals::metrics::roc_auc(&pairs(&|s| s.risk as f32)),
        mean_score_good: mean(false),
        mean_score_bad: mean(true),
    }
}

/// Some(true) when the label map calls `label` a bad outcome, Some(false) for a good one.
pub(crate) fn bad_outcome(
    map: &tact_signals::LabelMap,
    dataset: &str,
    label: &str,
) -> Option<bool> {
    match map.get(dataset, label)?.outcome()? {
        "bad" => Some(true),
        "good" => Some(false),
        _ => None,
    }
}

/// The STAR role-plays' own questionnaires as outcomes: the user said the assistant was not calm
/// and helpful, and the wizard said the user got aggressive or annoyed. Scored twice: with the
/// rules users get by default and with every rule on (preview ones included).
pub fn eval_star_outcomes(
    real_dir: &std::path::Path,
) -> Result<Vec<OutcomeResult>, crate::EvalError> {
    use tact_rules::{Engine, Settings};
    let path = real_dir.join("star.jsonl");
    let text = std::fs::read_to_string(&path).map_err(|source| crate::EvalError::Io {
        path: path.display().to_string(),
        source,
    })?;
    const CALM: &str = "Did the assistant stay calm and helpful throughout the dialogue?";
    const ANNOYED: &str = "Did the user become aggressive or annoyed during the dialogue? (Note: some users may be instructed to be annoying.)";
    // Each role-play once: the conversation, its two answers, and whether it is odd-numbered
    // (those were not used to choose the risk's mood weight).
    let mut star = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let bad = |e: serde_json::Error| crate::EvalError::Record {
            path: path.display().to_string(),
            line: n + 1,
            reason: e.to_string(),
        };
        let raw: serde_json::Value = serde_json::from_str(line).map_err(bad)?;
        let answer = |field: &str, question: &str| {
            raw.get(field)
                .and_then(|q| q.get(question))
                .and_then(serde_json::Value::as_bool)
        };
        let not_calm = answer("star_user_questionnaire", CALM).map(|v| !v);
        let is_annoyed = answer("star_wizard_questionnaire", ANNOYED);
        let conv: tact_model::Conversation = serde_json::from_value(raw).map_err(bad)?;
        let odd = conv
            .id
            .rsplit('-')
            .next()
            .and_then(|n| n.parse::<u64>().ok())
            .is_some_and(|n| n % 2 == 1);
        star.push((conv, not_calm, is_annoyed, odd));
    }
    let mut rows = Vec::new();
    for (label, settings) in [
        ("default rules", Settings::default()),
        ("every rule", Settings::all_rules()),
    ] {
        let analyzer = tact_analyze::Analyzer::new(Engine::new(settings), None);
        let (mut calm, mut annoyed) = (Vec::new(), Vec::new());
        let (mut calm_odd, mut annoyed_odd) = (Vec::new(), Vec::new());
        for (conv, not_calm, is_annoyed, odd) in &star {
            let report = analyzer.analyze(conv);
            let scored = |outcome| Scored {
                score: report.score,
                risk: report.risk,
                outcome,
            };
            if *odd {
                calm_odd.push(scored(*not_calm));
                annoyed_odd.push(scored(*is_annoyed));
            }
            calm.push(scored(*not_calm));
            annoyed.push(scored(*is_annoyed));
        }
        let name = |what: &str| format!("STAR: {what} ({label})");
        rows.push(outcome_result(
            name("user says the assistant was not calm and helpful"),
            &calm,
        ));
        rows.push(outcome_result(
            name("wizard says the user got aggressive or annoyed"),
            &annoyed,
        ));
        rows.push(outcome_result(
            name("user says not calm and helpful, odd-numbered only"),
            &calm_odd,
        ));
        rows.push(outcome_result(
            name("wizard says annoyed, odd-numbered only"),
            &annoyed_odd,
        ));
    }
    Ok(rows)
}
