//! Scores beyond the single 0–100 score: one subscore per rule family, and the risk that the
//! conversation is going wrong, computed from the turns so far so it also works live, on a
//! conversation that has not ended.

use crate::report::weighted_score;
use std::collections::BTreeMap;
use tact_lang::{lex, LexId};
use tact_rules::{Analyzed, Family, Moment, Severity};

/// One subscore per family: the `score` formula (`100 − Σ weight × 10 / max(10, turns)`)
/// applied to the moments of that family only, with the same per-moment multipliers as the
/// conversation score (`weights[i]` for `moments[i]`, 1 where missing). Every family is present;
/// a family without moments scores 100.
pub fn subscores(moments: &[Moment], weights: &[f64], turns: usize) -> BTreeMap<Family, u8> {
    Family::ALL
        .iter()
        .map(|&f| {
            let (own, w): (Vec<Moment>, Vec<f64>) = moments
                .iter()
                .enumerate()
                .filter(|(_, m)| m.family == f)
                .map(|(i, m)| (m.clone(), weights.get(i).copied().unwrap_or(1.0)))
                .unzip();
            (f, weighted_score(&own, &w, turns))
        })
        .collect()
}

/// Half-life of recency, in turns: a moment or cue this many turns back weighs half.
pub const RISK_HALF_LIFE_TURNS: f64 = 6.0;

/// Intercept of the risk logit: a conversation with nothing wrong has risk σ(−3) ≈ 0.047.
const BIAS: f64 = -3.0;
const W_MOMENTS: f64 = 0.8;
const W_FRUSTRATION: f64 = 0.7;
const W_SHRINK: f64 = 1.5;
/// Weight of the customer's mood. Chosen on the even-numbered STAR role-plays against their
/// questionnaires (the user called the assistant not calm and helpful; the wizard saw the user
/// annoyed) and reported on the odd-numbered ones in docs/quality.md.
const W_MOOD: f64 = 2.0;

/// Customer cues of frustration or escalation, with their weights.
const FRUSTRATION: [(LexId, f64); 7] = [
    (lex::REFUSAL, 0.5),
    (lex::REPEAT_MARKER, 1.0),
    (lex::CUSTOMER_COMPLAINT, 1.0),
    (lex::CANCEL_REQUEST, 1.5),
    (lex::CONTEMPT, 1.5),
    (lex::PROFANITY, 1.5),
    (lex::INSULT, 2.0),
];

fn severity_weight(s: Severity) -> f64 {
    match s {
        Severity::Info => 0.5,
        Severity::Warning => 1.0,
        Severity::Error => 2.0,
    }
}

fn recency(now: usize, at: usize) -> f64 {
    0.5f64.powf(now.saturating_sub(at) as f64 / RISK_HALF_LIFE_TURNS)
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Risk after turn `k` (turns `0..=k` seen).
fn risk_at(a: &Analyzed<'_>, moments: &[Moment], k: usize) -> f64 {
    let m: f64 = moments
        .iter()
        .filter(|m| m.turn <= k)
        .map(|m| severity_weight(m.severity) * recency(k, m.turn))
        .sum();
    let mut f = 0.0;
    let mut words = Vec::new();
    let (mut mood_sum, mut mood_weight) = (0.0, 0.0);
    for i in (0..=k.min(a.len().saturating_sub(1))).filter(|&i| a.is_customer(i)) {
        let t = &a.turns[i].text;
        let cues: f64 = FRUSTRATION
            .iter()
            .map(|&(lexicon, w)| w * t.cues_of(lexicon).count() as f64)
            .sum();
        f += cues * recency(k, i);
        words.push(a.turns[i].word_count() as f64);
        let r = recency(k, i);
        mood_sum += r * a.signals(i).mood();
        mood_weight += r;
    }
    let s = shrink(&words);
    let mood = if mood_weight > 0.0 {
        mood_sum / mood_weight
    } else {
        0.0
    };
    round3(sigmoid(
        BIAS + W_MOMENTS * m + W_FRUSTRATION * f + W_SHRINK * s - W_MOOD * mood,
    ))
}

/// How much the customer's answers have shrunk: `1 − mean(last two) / mean(the ones before)`,
/// clamped to 0–1; 0 with fewer than three customer turns.
fn shrink(words: &[f64]) -> f64 {
    if words.len() < 3 {
        return 0.0;
    }
    let (before, recent) = words.split_at(words.len() - 2);
    let earlier = before.iter().sum::<f64>() / before.len() as f64;
    if earlier <= 0.0 {
        return 0.0;
    }
    let late = recent.iter().sum::<f64>() / recent.len() as f64;
    (1.0 - late / earlier).clamp(0.0, 1.0)
}

/// How likely the conversation is going wrong, 0–1, from the turns seen so far.
///
/// `risk = σ(−3 + 0.8·M + 0.7·F + 1.5·S − 2·D)` with `σ(z) = 1 / (1 + e^(−z))`, where, after the
/// last turn `k` and with recency `r(t) = 2^(−(k − t) / 6)` (a turn six turns back weighs half):
///
/// - `M = Σ severity(m) · r(m.turn)` over moments at or before `k`: severity info 0.5,
///   warning 1, error 2 (later moments weigh more);
/// - `F = Σ weight(cue) · r(turn)` over customer cues of frustration or escalation:
///   `refusal` 0.5, `repeat_marker` 1, `customer_complaint` 1, `cancel_request` 1.5,
///   `contempt` 1.5, `profanity` 1.5, `insult` 2;
/// - `S` = the customer's answers shrinking: `1 − mean(words of the last two customer turns) /
///   mean(words of the earlier ones)`, clamped to 0–1, 0 with fewer than three customer turns;
/// - `D` = the customer's mood so far (`TurnSignals::mood`, −2 to 1), averaged over their turns
///   with the same recency weights; a pleased customer lowers the risk, an upset one raises it.
///   Before `D` was added, risk did not tell apart the STAR conversations whose users called the
///   assistant unhelpful (AUC 0.46–0.50); the figures with it are in docs/quality.md.
///
/// A clean conversation with a neutral customer sits near σ(−3) ≈ 0.05; one fresh error moment
/// with a complaint gives about σ(−0.7) ≈ 0.33 before the mood term, which an upset customer
/// (D ≈ −1) raises to σ(1.3) ≈ 0.79. Moments are
/// the ones found on the input given; on a partial conversation pass the moments found on
/// that prefix. The weights are set by hand, not fitted; `0` turns give the baseline.
pub fn risk(a: &Analyzed<'_>, moments: &[Moment]) -> f64 {
    if a.is_empty() {
        return round3(sigmoid(BIAS));
    }
    risk_at(a, moments, a.len() - 1)
}

/// The risk after each turn: element `k` is [`risk`] as if the conversation ended at turn `k`
/// (moments after `k` ignored), so the curve shows when a conversation started to go wrong.
pub fn risk_curve(a: &Analyzed<'_>, moments: &[Moment]) -> Vec<f64> {
    (0..a.len()).map(|k| risk_at(a, moments, k)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shrink_needs_three_turns_and_is_clamped() {
        assert_eq!(shrink(&[10.0, 1.0]), 0.0);
        assert_eq!(shrink(&[20.0, 5.0, 5.0]), 0.75);
        assert_eq!(shrink(&[2.0, 10.0, 10.0]), 0.0);
        assert_eq!(shrink(&[0.0, 1.0, 1.0]), 0.0);
    }

    #[test]
    fn recency_halves_every_half_life() {
        assert_eq!(recency(10, 10), 1.0);
        assert!((recency(12, 6) - 0.5).abs() < 1e-9);
        assert_eq!(recency(3, 5), 1.0);
    }

    #[test]
    fn baseline_is_low() {
        assert!((sigmoid(BIAS) - 0.047).abs() < 0.001);
    }
}
