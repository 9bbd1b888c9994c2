//! Outcome figures: how well tact's score of one side predicts a bad outcome reported for the
//! conversation (the other side disliked them, the persuadee gave nothing).

/// How well the score of one side predicts a bad outcome reported by the other side.
#[derive(Debug, Clone, Default)]
pub struct OutcomeResult {
    pub name: &'static str,
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

pub(crate) fn outcome_result(name: &'static str, scored: &[Scored]) -> OutcomeResult {
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
        name,
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
