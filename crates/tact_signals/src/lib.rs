//! Learned per-turn signals for tact — sentiment, politeness, a derived toxicity score and eight
//! Plutchik emotions — from linear models over hashed word and character n-gram features,
//! trained on public labelled data (see `docs/signals-quality.md`) and embedded in the binary, so
//! nothing is downloaded at run time and a prediction costs one pass over the turn.

mod data;
mod features;
mod format;
mod labelmap;
pub mod metrics;
mod report;
mod train;

use features::AbuseCues;
use serde::Serialize;
use std::sync::OnceLock;
pub use tact_lang::Lang;

pub use features::feature_lexicon_fingerprint;
pub use format::FormatError;
pub use labelmap::{LabelMap, LabelMapError, Mapping, Target};
pub use report::QualityReport;
pub use train::{train, train_on, TrainError, TrainSet};

/// Number of model outputs: 3 sentiment classes, politeness, 8 emotions.
pub(crate) const HEADS: usize = 12;
pub(crate) const SENT_HEAD: usize = 0;
pub(crate) const POLITE_HEAD: usize = 3;
pub(crate) const EMO_HEAD: usize = 4;
/// Default number of hash bits: 2^18 buckets.
pub const DEFAULT_BITS: u8 = 18;

/// The eight Plutchik emotions, in XED's label order (1 = anger … 8 = trust).
pub const EMOTION_NAMES: [&str; 8] = [
    "anger",
    "anticipation",
    "disgust",
    "fear",
    "joy",
    "sadness",
    "surprise",
    "trust",
];

/// Sentiment class of a turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SentimentLabel {
    Negative,
    Neutral,
    Positive,
}

/// Probability (0..1) of each emotion being expressed in the turn; emotions are not exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, schemars::JsonSchema)]
pub struct Emotions {
    pub anger: f32,
    pub anticipation: f32,
    pub disgust: f32,
    pub fear: f32,
    pub joy: f32,
    pub sadness: f32,
    pub surprise: f32,
    pub trust: f32,
}

impl Emotions {
    /// The emotions in XED order (see [`EMOTION_NAMES`]).
    pub fn to_array(&self) -> [f32; 8] {
        [
            self.anger,
            self.anticipation,
            self.disgust,
            self.fear,
            self.joy,
            self.sadness,
            self.surprise,
            self.trust,
        ]
    }

    /// The emotions from an array in XED order, as [`Emotions::to_array`] gives them.
    pub fn from_array(a: [f32; 8]) -> Self {
        Emotions {
            anger: a[0],
            anticipation: a[1],
            disgust: a[2],
            fear: a[3],
            joy: a[4],
            sadness: a[5],
            surprise: a[6],
            trust: a[7],
        }
    }
}

/// Everything the model says about one turn.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, schemars::JsonSchema)]
pub struct TurnSignals {
    /// P(positive) − P(negative), in −1..1.
    pub sentiment: f32,
    pub sentiment_label: SentimentLabel,
    /// 2·P(polite) − 1, in −1..1 (trained on English requests only).
    pub politeness: f32,
    /// 0..1, derived from anger/disgust, impoliteness and abuse cues; not learned from
    /// toxicity labels.
    pub toxicity: f32,
    pub emotions: Emotions,
}

impl TurnSignals {
    /// One number for how the speaker feels, from −2 to 1: sentiment pulled down by anger and
    /// disgust. Reaction rules and the score compare it between a customer's turns.
    pub fn mood(&self) -> f64 {
        f64::from(self.sentiment) - f64::from(self.emotions.anger + self.emotions.disgust) / 2.0
    }
}

/// The trained linear model: a bias and a weight per hash bucket for each output.
#[derive(Debug, Clone, PartialEq)]
pub struct SignalModel {
    pub(crate) bits: u8,
    pub(crate) bias: [f32; HEADS],
    /// Bucket-major: `weights[bucket * HEADS + head]`, so one feature reads one cache line.
    pub(crate) weights: Vec<f32>,
}

static EMBEDDED_BYTES: &[u8] = include_bytes!("../weights/signals.bin");

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

pub(crate) fn softmax3(z: &[f32]) -> [f32; 3] {
    let m = z[0].max(z[1]).max(z[2]);
    let e = [(z[0] - m).exp(), (z[1] - m).exp(), (z[2] - m).exp()];
    let s = e[0] + e[1] + e[2];
    [e[0] / s, e[1] / s, e[2] / s]
}

/// Toxicity is not learned (no toxicity data set is available): a noisy-OR of anger/disgust,
/// impoliteness and hits of the `insult`, `profanity`, `contempt` and `derogatory` lexicons.
fn derived_toxicity(em: &Emotions, politeness: f32, cues: AbuseCues) -> f32 {
    let hostile = 0.5 * (em.anger + em.disgust);
    let rude = (-politeness).max(0.0);
    let mut keep = (1.0 - 0.4 * hostile) * (1.0 - 0.15 * rude);
    keep *= 0.4f32.powi(cues.insult.min(8) as i32);
    keep *= 0.6f32.powi(cues.profanity.min(8) as i32);
    keep *= 0.7f32.powi(cues.contempt.min(8) as i32);
    keep *= 0.6f32.powi(cues.derogatory.min(8) as i32);
    (1.0 - keep).clamp(0.0, 1.0)
}

impl SignalModel {
    /// A model with all weights zero (every output at its prior of 0.5 / uniform).
    pub fn zeros(bits: u8) -> Self {
        SignalModel {
            bits,
            bias: [0.0; HEADS],
            weights: vec![0.0; (1usize << bits) * HEADS],
        }
    }

    /// The model trained by `examples/train.rs` and compiled into the binary, parsed once.
    /// Falls back to an all-zero model if the embedded weights are missing or corrupt (a test
    /// guards against shipping that).
    pub fn embedded() -> &'static SignalModel {
        static MODEL: OnceLock<SignalModel> = OnceLock::new();
        MODEL.get_or_init(|| {
            SignalModel::from_bytes(EMBEDDED_BYTES).unwrap_or_else(|_| Self::zeros(4))
        })
    }

    /// Whether the embedded weights parsed (false only in a build without trained weights).
    pub fn embedded_is_trained() -> bool {
        SignalModel::from_bytes(EMBEDDED_BYTES).is_ok()
    }

    pub(crate) fn logits(&self, feats: &[features::Feature]) -> [f32; HEADS] {
        let mut z = self.bias;
        for &(i, v) in feats {
            let base = i as usize * HEADS;
            if let Some(row) = self.weights.get(base..base + HEADS) {
                for (zh, w) in z.iter_mut().zip(row) {
                    *zh += v * w;
                }
            }
        }
        z
    }

    pub(crate) fn signals_from(&self, z: &[f32; HEADS], cues: AbuseCues) -> TurnSignals {
        let p = softmax3(&z[SENT_HEAD..SENT_HEAD + 3]);
        let sentiment_label = if p[0] >= p[1] && p[0] >= p[2] {
            SentimentLabel::Negative
        } else if p[2] > p[1] {
            SentimentLabel::Positive
        } else {
            SentimentLabel::Neutral
        };
        let politeness = 2.0 * sigmoid(z[POLITE_HEAD]) - 1.0;
        let mut em = [0.0f32; 8];
        for (k, e) in em.iter_mut().enumerate() {
            *e = sigmoid(z[EMO_HEAD + k]);
        }
        let emotions = Emotions::from_array(em);
        let toxicity = derived_toxicity(&emotions, politeness, cues);
        TurnSignals {
            sentiment: (p[2] - p[0]).clamp(-1.0, 1.0),
            sentiment_label,
            politeness: politeness.clamp(-1.0, 1.0),
            toxicity,
            emotions,
        }
    }

    /// Predicts the signals of one turn written in `lang`.
    pub fn predict(&self, lang: Lang, text: &str) -> TurnSignals {
        let (feats, cues) = features::extract(lang, text, self.bits);
        let z = self.logits(&feats);
        self.signals_from(&z, cues)
    }

    /// Signals of a turn the analyzer has already read (`TurnText` for `text` in `lang`): the
    /// same result as [`SignalModel::predict`] without normalizing and scanning the text again.
    pub fn predict_turn(&self, lang: Lang, text: &str, turn: &tact_lang::TurnText) -> TurnSignals {
        let (feats, cues) =
            features::extract_from(lang, text, &turn.norm, &turn.tokens, &turn.cues, self.bits);
        let z = self.logits(&feats);
        self.signals_from(&z, cues)
    }

    /// Number of hash bits (buckets = 2^bits).
    pub fn bits(&self) -> u8 {
        self.bits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_model_is_neutral_prior() {
        let m = SignalModel::zeros(6);
        let s = m.predict(Lang::En, "hello there");
        assert!(s.sentiment.abs() < 1e-6);
        assert!((s.emotions.joy - 0.5).abs() < 1e-6);
    }

    #[test]
    fn predict_turn_equals_predict_on_the_same_text() {
        let m = SignalModel::embedded();
        for (lang, text) in [
            (Lang::En, "That's ridiculous, you idiots!!"),
            (Lang::El, "Όχι, ευχαριστώ. Είμαι θυμωμένη."),
            (Lang::Fi, "Kiitos paljon, tämä on täydellinen."),
        ] {
            let turn = tact_lang::TurnText::new(text, lang);
            assert_eq!(m.predict_turn(lang, text, &turn), m.predict(lang, text));
        }
    }

    #[test]
    fn toxicity_grows_with_insults() {
        let em = Emotions::default();
        let none = derived_toxicity(&em, 0.0, AbuseCues::default());
        let one = derived_toxicity(
            &em,
            0.0,
            AbuseCues {
                insult: 1,
                ..AbuseCues::default()
            },
        );
        assert!(one > none + 0.3);
    }
}
