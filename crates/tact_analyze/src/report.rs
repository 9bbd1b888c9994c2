//! The report object of one conversation (the documented output schema), the analyzer that
//! builds it, the score, and the run summary.

use crate::persona::{persona, Persona};
use crate::score::{risk, subscores};
use crate::{compute_metrics, Metrics};
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;
use std::time::Instant;
use tact_lang::Lang;
use tact_model::{Channel, Conversation, Role};
use tact_rules::{
    Analyzed, Confidence, CorpusKeys, Engine, Family, LangSource, Moment, Severity, Sightings,
};
use tact_signals::TurnSignals;

/// One turn as reported: its language and its learned signals.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct TurnReport {
    pub index: usize,
    pub role: Role,
    /// The language the turn was read in.
    pub language: String,
    /// Learned per-turn signals: sentiment, politeness, toxicity, eight emotions, to three
    /// decimals (the model is not surer than that). `tact analyze` prints them only with
    /// `--turn-signals`: they are most of a report's size, and the score, risk and moments
    /// already say what they mean for the conversation.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_reported"
    )]
    pub signals: Option<TurnSignals>,
}

/// Writes the signals to three decimals; the report keeps them whole for what it computes
/// and shows (the text format's mood line).
fn serialize_reported<S: serde::Serializer>(
    s: &Option<TurnSignals>,
    ser: S,
) -> Result<S::Ok, S::Error> {
    s.as_ref().map(reported_signals).serialize(ser)
}

/// A signal value to the precision the model has.
fn reported(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

/// The signals as a report gives them: every value to three decimals.
fn reported_signals(s: &TurnSignals) -> TurnSignals {
    TurnSignals {
        sentiment: reported(s.sentiment),
        sentiment_label: s.sentiment_label,
        politeness: reported(s.politeness),
        toxicity: reported(s.toxicity),
        emotions: tact_signals::Emotions::from_array(s.emotions.to_array().map(reported)),
    }
}

/// The analysis of one conversation: one JSON object per conversation in `json`/`jsonl` output.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ConversationReport {
    pub id: String,
    pub channel: Channel,
    /// ISO 639-1 code of the conversation language.
    pub language: String,
    /// `input` (the record's `language`), `detected` (majority of turns) or `fallback`.
    pub language_source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    /// 0–100; 100 means no OOPS moment. See `score` and `reaction_weights` for the formula.
    pub score: u8,
    /// What each moment (in the order of `moments`) took off the score, before rounding and
    /// clamping: its severity weight × its reaction multiplier × 10 / max(10, turns). The
    /// score is `100 − Σ penalties`, clamped to 0–100 and rounded, so a moment taken back
    /// (a false alarm, an accepted dispute) gives its points back.
    pub penalties: Vec<f64>,
    /// The same score per rule family (every family listed; 100 when it has no moment).
    pub subscores: BTreeMap<Family, u8>,
    /// 0–1: how likely the conversation is going wrong, from its turns so far (see
    /// `score::risk` for the formula).
    pub risk: f64,
    pub metrics: Metrics,
    pub turns: Vec<TurnReport>,
    pub moments: Vec<Moment>,
    /// The buyer persona (seed 004); null when the customer says too little to tell.
    pub persona: Option<Persona>,
}

/// Score formula: each moment costs its severity weight (info 2, warning 6, error 12); the sum
/// is scaled by conversation length, so one slip in a long call costs less than in a short
/// chat: `score = 100 − Σ weight × 10 / max(10, turns)`, clamped to 0–100 and rounded.
pub fn score(moments: &[Moment], turns: usize) -> u8 {
    weighted_score(moments, &[], turns)
}

/// The score formula with a multiplier per moment (`weights[i]` for `moments[i]`, 1 where
/// missing): the conversation score weighs reactions by how much the customer moved.
pub fn weighted_score(moments: &[Moment], weights: &[f64], turns: usize) -> u8 {
    score_from_penalties(&penalties(moments, weights, turns))
}

/// Each moment's share of the score's penalty, scaled by conversation length. A moment under
/// [`Confidence::SCORE_MIN`] is shown but costs nothing: the score counts confident moments only.
pub fn penalties(moments: &[Moment], weights: &[f64], turns: usize) -> Vec<f64> {
    moments
        .iter()
        .enumerate()
        .map(|(i, m)| {
            if m.confidence < Confidence::SCORE_MIN {
                return 0.0;
            }
            let w = match m.severity {
                Severity::Info => 2.0,
                Severity::Warning => 6.0,
                Severity::Error => 12.0,
            };
            w * weights.get(i).copied().unwrap_or(1.0) * 10.0 / (turns.max(10) as f64)
        })
        .collect()
}

/// The score left after these penalties: `100 − Σ`, clamped to 0–100 and rounded.
pub fn score_from_penalties(penalties: &[f64]) -> u8 {
    (100.0 - penalties.iter().sum::<f64>())
        .clamp(0.0, 100.0)
        .round() as u8
}

/// Multipliers for the score: a reaction moment (family `reaction`) costs by how far the
/// customer's mood fell across it — from the customer's last turn before the moment's turn to
/// their first turn from it on — `0.5 + 0.75 × min(fall, 2)`, so from half (the customer barely
/// moved) to double (a fall of 2 on the −2…1 mood scale). Other moments weigh 1.
pub fn reaction_weights(a: &Analyzed<'_>, moments: &[Moment]) -> Vec<f64> {
    moments
        .iter()
        .map(|m| {
            if m.family != Family::Reaction {
                return 1.0;
            }
            let before = (0..m.turn).rev().find(|&i| a.is_customer(i));
            let after = (m.turn..a.len()).find(|&i| a.is_customer(i) && Some(i) != before);
            match (before, after) {
                (Some(b), Some(f)) => {
                    let fall = (a.signals(b).mood() - a.signals(f).mood()).clamp(0.0, 2.0);
                    0.5 + 0.75 * fall
                }
                _ => 1.0,
            }
        })
        .collect()
}

/// Analyses conversations with one configured engine.
pub struct Analyzer {
    engine: Engine,
    forced_lang: Option<Lang>,
    /// Whether every turn's learned signals go into the report, or only the customer's (which
    /// the risk and the text report read anyway). The model costs about a fifth of the
    /// analysis, and a seller's turn needs it for nothing else.
    seller_signals: bool,
}

impl Analyzer {
    pub fn new(engine: Engine, forced_lang: Option<Lang>) -> Self {
        Analyzer {
            engine,
            forced_lang,
            seller_signals: true,
        }
    }

    /// Reports learned signals for the customer's turns only, and does not compute the others.
    pub fn customer_signals_only(mut self) -> Self {
        self.seller_signals = false;
        self
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// Analyses one conversation. A run whose rules read other conversations (see
    /// [`Engine::compares_conversations`]) must call this in input order; [`Analyzer::analyze_batch`]
    /// does that on several threads.
    pub fn analyze(&self, conv: &Conversation) -> ConversationReport {
        let a = Analyzed::new(conv, self.forced_lang);
        let moments = self.engine.run(&a);
        self.report(conv, &a, moments)
    }

    /// Analyses a batch of conversations on up to `jobs` threads, with reports in input order
    /// and identical to [`Analyzer::analyze`] called on each in turn. When the rules read other
    /// conversations, each thread analyses its share and lists what the rules will look up in
    /// the run's corpus; this thread counts those in input order; then the threads run the
    /// rules. Only the counting is sequential. A panic in one conversation is raised again.
    pub fn analyze_batch(&self, convs: &[Conversation], jobs: usize) -> Vec<ConversationReport> {
        self.analyze_batch_guarded(convs, jobs)
            .into_iter()
            .map(|g| g.report.unwrap_or_else(|message| panic!("{message}")))
            .collect()
    }

    /// [`Analyzer::analyze_batch`] for a caller that must outlive a bad conversation (the
    /// server's queue workers): a panic while analysing one conversation becomes that
    /// conversation's error, the others are analysed as usual, and each result says how long
    /// its analysis took. A conversation that panics before its corpus keys are listed adds
    /// nothing to the run's corpus.
    pub fn analyze_batch_guarded(&self, convs: &[Conversation], jobs: usize) -> Vec<Guarded> {
        let jobs = jobs.clamp(1, convs.len().max(1));
        if jobs == 1 || !self.engine.compares_conversations() {
            return in_parallel(convs, jobs, |c| {
                let (report, took) = caught(|| self.analyze(c));
                Guarded { report, took }
            });
        }
        let chunk = convs.len().div_ceil(jobs);
        std::thread::scope(|s| {
            let (keys_tx, keys_rx) = std::sync::mpsc::channel();
            let mut seen_txs = Vec::new();
            let mut parts = Vec::new();
            for (n, part) in convs.chunks(chunk).enumerate() {
                let (seen_tx, seen_rx) = std::sync::mpsc::channel::<Vec<Option<Sightings>>>();
                seen_txs.push(seen_tx);
                let keys_tx = keys_tx.clone();
                parts.push(s.spawn(move || {
                    // First half of each conversation's analysis: read it and list its keys.
                    let first: Vec<_> = part
                        .iter()
                        .map(|c| {
                            caught(|| {
                                let a = Analyzed::new(c, self.forced_lang);
                                let keys = self.engine.corpus_keys(&a);
                                (a, keys)
                            })
                        })
                        .collect();
                    let mut analyzed = Vec::with_capacity(first.len());
                    let mut keys: Vec<Option<CorpusKeys>> = Vec::with_capacity(first.len());
                    for (read, took) in first {
                        match read {
                            Ok((a, k)) => {
                                analyzed.push((Ok(a), took));
                                keys.push(Some(k));
                            }
                            Err(message) => {
                                analyzed.push((Err(message), took));
                                keys.push(None);
                            }
                        }
                    }
                    // The sender goes with the keys: once every part has sent, the receiver
                    // below sees the channel close instead of waiting for a part that died.
                    if keys_tx.send((n, keys)).is_err() {
                        return Vec::new();
                    }
                    drop(keys_tx);
                    let Ok(seen) = seen_rx.recv() else {
                        return Vec::new();
                    };
                    part.iter()
                        .zip(analyzed)
                        .zip(seen)
                        .map(|((c, (read, took)), seen)| match (read, seen) {
                            (Ok(a), Some(seen)) => {
                                let (report, rest) = caught(|| {
                                    self.report(c, &a, self.engine.run_counted(&a, &seen))
                                });
                                Guarded {
                                    report,
                                    took: took + rest,
                                }
                            }
                            (Err(message), _) => Guarded {
                                report: Err(message),
                                took,
                            },
                            (Ok(_), None) => Guarded {
                                report: Err("its corpus counts were not taken".into()),
                                took,
                            },
                        })
                        .collect()
                }));
            }
            drop(keys_tx);
            let mut keys: Vec<Option<Vec<Option<CorpusKeys>>>> = vec![None; parts.len()];
            for (n, k) in keys_rx.iter() {
                keys[n] = Some(k);
            }
            // In input order: part by part, conversation by conversation.
            for (n, k) in keys.into_iter().enumerate() {
                let Some(k) = k else { break };
                let seen = k
                    .iter()
                    .map(|k| k.as_ref().map(|k| self.engine.count(k)))
                    .collect();
                if seen_txs[n].send(seen).is_err() {
                    break;
                }
            }
            drop(seen_txs);
            parts.into_iter().flat_map(joined).collect()
        })
    }

    /// The report of one analysed conversation with its moments.
    fn report(
        &self,
        conv: &Conversation,
        a: &Analyzed<'_>,
        moments: Vec<Moment>,
    ) -> ConversationReport {
        let metrics = compute_metrics(a);
        let weights = reaction_weights(a, &moments);
        ConversationReport {
            id: conv.id.clone(),
            channel: conv.channel,
            language: a.lang.code().to_string(),
            language_source: match a.lang_source {
                LangSource::Input => "input",
                LangSource::Detected => "detected",
                LangSource::Fallback => "fallback",
            }
            .to_string(),
            agent: conv.agent.clone(),
            team: conv.team.clone(),
            outcome: conv.outcome.clone(),
            score: weighted_score(&moments, &weights, a.len()),
            penalties: penalties(&moments, &weights, a.len()),
            subscores: subscores(&moments, &weights, a.len()),
            risk: (risk(a, &moments) * 1000.0).round() / 1000.0,
            metrics,
            turns: a
                .turns
                .iter()
                .enumerate()
                .map(|(i, t)| TurnReport {
                    index: i,
                    role: conv.turns[i].role,
                    language: t.lang.code().to_string(),
                    signals: (self.seller_signals || a.is_customer(i)).then(|| *a.signals(i)),
                })
                .collect(),
            persona: persona(a),
            moments,
        }
    }
}

/// `one` over `items` on up to `threads` threads, a contiguous share each, results in input
/// order; a panic in a thread is raised again here.
pub fn in_parallel<I: Sync, T: Send>(
    items: &[I],
    threads: usize,
    one: impl Fn(&I) -> T + Sync,
) -> Vec<T> {
    let threads = threads.clamp(1, items.len().max(1));
    if threads == 1 {
        return items.iter().map(&one).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let one = &one;
    std::thread::scope(|s| {
        let parts: Vec<_> = items
            .chunks(chunk)
            .map(|part| s.spawn(move || part.iter().map(one).collect::<Vec<_>>()))
            .collect();
        parts.into_iter().flat_map(joined).collect()
    })
}

/// One conversation's analysis in [`Analyzer::analyze_batch_guarded`]: its report, or the
/// message of the panic that stopped it, and how long it took.
#[derive(Debug)]
pub struct Guarded {
    pub report: Result<ConversationReport, String>,
    pub took: std::time::Duration,
}

/// What `f` returned, or the message of the panic it raised, and how long it ran.
fn caught<T>(f: impl FnOnce() -> T) -> (Result<T, String>, std::time::Duration) {
    let started = Instant::now();
    let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
        .map_err(|e| panic_message(e.as_ref()));
    (out, started.elapsed())
}

/// The message a panic was raised with.
pub fn panic_message(e: &(dyn std::any::Any + Send)) -> String {
    e.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| e.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".into())
}

/// What a scoped thread returned, or its panic raised again.
fn joined<T>(h: std::thread::ScopedJoinHandle<'_, T>) -> T {
    h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))
}

/// Totals of a run, for the closing summary.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Summary {
    pub conversations: usize,
    pub turns: usize,
    pub bytes: u64,
    pub moments: usize,
    pub moments_by_family: BTreeMap<Family, usize>,
    pub moments_by_severity: BTreeMap<Severity, usize>,
    pub errors: usize,
    pub elapsed_seconds: f64,
}

impl Summary {
    pub fn add(&mut self, r: &ConversationReport) {
        self.conversations += 1;
        self.turns += r.turns.len();
        self.moments += r.moments.len();
        for m in &r.moments {
            *self.moments_by_family.entry(m.family).or_default() += 1;
            *self.moments_by_severity.entry(m.severity).or_default() += 1;
        }
    }

    /// Moments at or above a severity.
    pub fn at_or_above(&self, s: Severity) -> usize {
        self.moments_by_severity.range(s..).map(|(_, n)| n).sum()
    }

    pub fn turns_per_second(&self) -> f64 {
        if self.elapsed_seconds > 0.0 {
            self.turns as f64 / self.elapsed_seconds
        } else {
            0.0
        }
    }
}
