//! The quality report written by every training run: held-out figures per data set and
//! language, next to the published reference figures, as Markdown for `docs/`.

use crate::data::{Record, Skipped, Source, Split};
use crate::features::Feature;
use crate::metrics::{accuracy, best_threshold, confusion, f1_at, macro_f1, roc_auc};
use crate::{softmax3, SignalModel, EMOTION_NAMES, EMO_HEAD, HEADS, POLITE_HEAD, SENT_HEAD};
use std::collections::BTreeMap;
use std::fmt::Write;

/// Accuracy, macro-F1 and confusion matrix of one multi-class task on one held-out set.
#[derive(Debug, Clone)]
pub struct ClassEval {
    pub name: String,
    pub lang: String,
    pub n: usize,
    pub accuracy: f64,
    pub macro_f1: f64,
    pub labels: Vec<&'static str>,
    /// `confusion[gold][pred]`.
    pub confusion: Vec<Vec<u32>>,
    pub reference: String,
}

/// Multi-label emotion figures on one XED held-out set.
#[derive(Debug, Clone)]
pub struct EmotionEval {
    pub name: String,
    pub lang: String,
    pub n: usize,
    pub f1: [f64; 8],
    pub auc: [Option<f64>; 8],
    pub macro_f1: f64,
    pub reference: String,
}

/// Politeness top-vs-bottom quartile figures.
#[derive(Debug, Clone)]
pub struct PolitenessEval {
    pub n: usize,
    pub accuracy: f64,
    pub auc: Option<f64>,
}

/// Everything measured by one training run.
#[derive(Debug, Clone)]
pub struct QualityReport {
    pub seed: u64,
    pub train_seconds: f64,
    pub weights_bytes: usize,
    pub bits: u8,
    /// (source, language, train, dev, test) record counts.
    pub counts: Vec<(String, String, usize, usize, usize)>,
    pub skipped: Vec<(String, usize)>,
    pub sentiment: Vec<ClassEval>,
    pub emotions: Vec<EmotionEval>,
    pub emotion_thresholds: [f32; 8],
    pub red: Option<ClassEval>,
    pub red_neutral_threshold: f32,
    pub politeness: Option<PolitenessEval>,
    /// (description, mean toxicity) sanity checks of the derived toxicity score.
    pub toxicity_checks: Vec<(String, f64, usize)>,
}

struct Scored<'a> {
    r: &'a Record,
    z: [f32; HEADS],
    tox: f32,
}

fn sig(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

fn argmax(p: &[f32]) -> usize {
    let mut best = 0;
    for (i, &v) in p.iter().enumerate() {
        if v > p[best] {
            best = i;
        }
    }
    best
}

/// RED class from emotion probabilities: anger/fear/joy/sadness, or neutral below `t`.
fn red_pred(z: &[f32; HEADS], t: f32) -> usize {
    let p = [
        sig(z[EMO_HEAD]),
        sig(z[EMO_HEAD + 3]),
        sig(z[EMO_HEAD + 4]),
        sig(z[EMO_HEAD + 5]),
    ];
    let k = argmax(&p);
    if p[k] < t {
        4
    } else {
        k
    }
}

pub(crate) fn evaluate(
    model: &SignalModel,
    records: &[Record],
    feats: &[Vec<Feature>],
    skipped: &Skipped,
    seed: u64,
    train_seconds: f64,
) -> QualityReport {
    let scored: Vec<Scored> = records
        .iter()
        .zip(feats)
        .filter(|(r, _)| r.split != Split::Train)
        .map(|(r, f)| {
            let z = model.logits(f);
            let tox = model.predict(r.lang, &r.text).toxicity;
            Scored { r, z, tox }
        })
        .collect();

    let mut counts: BTreeMap<(Source, String), (usize, usize, usize)> = BTreeMap::new();
    for r in records {
        let c = counts
            .entry((r.source, r.lang.code().to_string()))
            .or_default();
        match r.split {
            Split::Train => c.0 += 1,
            Split::Dev => c.1 += 1,
            Split::Test => c.2 += 1,
        }
    }

    // Sentiment, per source and language.
    let mut groups: BTreeMap<(Source, String, bool), Vec<(usize, usize)>> = BTreeMap::new();
    for s in scored.iter().filter(|s| s.r.split == Split::Test) {
        if let Some(y) = s.r.sentiment {
            let p = softmax3(&s.z[SENT_HEAD..SENT_HEAD + 3]);
            groups
                .entry((s.r.source, s.r.lang.code().to_string(), s.r.sentiment_weak))
                .or_default()
                .push((usize::from(y), argmax(&p)));
        }
    }
    let sentiment = groups
        .into_iter()
        .map(|((src, lang, weak), pairs)| {
            let m = confusion(3, &pairs);
            let reference = match (src, lang.as_str()) {
                (Source::Umsab, "it") => "XLM-R macro-F1 0.715 (XLM-T paper, test split)".into(),
                _ => "—".into(),
            };
            ClassEval {
                name: format!(
                    "{}{}",
                    src.name(),
                    if weak {
                        " (weak labels from emotions)"
                    } else {
                        ""
                    }
                ),
                lang,
                n: pairs.len(),
                accuracy: accuracy(&m),
                macro_f1: macro_f1(&m),
                labels: vec!["negative", "neutral", "positive"],
                confusion: m,
                reference,
            }
        })
        .collect();

    // Emotion thresholds from the XED dev split (all languages together).
    let xed = |s: &&Scored, split: Split| {
        s.r.split == split && matches!(s.r.source, Source::XedAnnotated | Source::XedProjected)
    };
    let mut emotion_thresholds = [0.5f32; 8];
    for (k, t) in emotion_thresholds.iter_mut().enumerate() {
        let dev: Vec<(f32, bool)> = scored
            .iter()
            .filter(|s| xed(s, Split::Dev))
            .map(|s| (sig(s.z[EMO_HEAD + k]), s.r.emo & (1 << k) != 0))
            .collect();
        *t = best_threshold(&dev);
    }
    let mut egroups: BTreeMap<(Source, String), Vec<&Scored>> = BTreeMap::new();
    for s in scored.iter().filter(|s| xed(s, Split::Test)) {
        egroups
            .entry((s.r.source, s.r.lang.code().to_string()))
            .or_default()
            .push(s);
    }
    let emotions = egroups
        .into_iter()
        .map(|((src, lang), v)| {
            let mut f1 = [0.0; 8];
            let mut auc = [None; 8];
            for k in 0..8 {
                let sc: Vec<(f32, bool)> = v
                    .iter()
                    .map(|s| (sig(s.z[EMO_HEAD + k]), s.r.emo & (1 << k) != 0))
                    .collect();
                f1[k] = f1_at(&sc, emotion_thresholds[k]);
                auc[k] = roc_auc(&sc);
            }
            let reference = match (src, lang.as_str()) {
                (Source::XedAnnotated, "en") => "BERT macro-F1 0.536 (XED paper)".into(),
                _ => "—".into(),
            };
            EmotionEval {
                name: src.name().into(),
                lang,
                n: v.len(),
                f1,
                auc,
                macro_f1: f1.iter().sum::<f64>() / 8.0,
                reference,
            }
        })
        .collect();

    // RED: five classes from the emotion heads; neutral threshold from RED's dev split.
    let red_of = |split: Split| -> Vec<&Scored> {
        scored
            .iter()
            .filter(|s| s.r.split == split && s.r.red_class.is_some())
            .collect()
    };
    let red_dev = red_of(Split::Dev);
    let mut red_neutral_threshold = 0.5;
    let mut best = -1.0;
    for k in 1..40 {
        let t = k as f32 / 40.0;
        let pairs: Vec<(usize, usize)> = red_dev
            .iter()
            .map(|s| (usize::from(s.r.red_class.unwrap_or(4)), red_pred(&s.z, t)))
            .collect();
        let a = macro_f1(&confusion(5, &pairs));
        if a > best {
            best = a;
            red_neutral_threshold = t;
        }
    }
    let red_test = red_of(Split::Test);
    let red = (!red_test.is_empty()).then(|| {
        let pairs: Vec<(usize, usize)> = red_test
            .iter()
            .map(|s| {
                (
                    usize::from(s.r.red_class.unwrap_or(4)),
                    red_pred(&s.z, red_neutral_threshold),
                )
            })
            .collect();
        let m = confusion(5, &pairs);
        ClassEval {
            name: "RED v1 emotions (val file)".into(),
            lang: "ro".into(),
            n: pairs.len(),
            accuracy: accuracy(&m),
            macro_f1: macro_f1(&m),
            labels: vec!["anger", "fear", "joy", "sadness", "neutral"],
            confusion: m,
            reference: "best accuracy 0.551 (RED v2 paper; different version and split)".into(),
        }
    });

    let pol: Vec<(f32, bool)> = scored
        .iter()
        .filter(|s| s.r.split == Split::Test)
        .filter_map(|s| s.r.polite.map(|y| (sig(s.z[POLITE_HEAD]), y)))
        .collect();
    let politeness = (!pol.is_empty()).then(|| PolitenessEval {
        n: pol.len(),
        accuracy: pol.iter().filter(|(p, y)| (*p >= 0.5) == *y).count() as f64 / pol.len() as f64,
        auc: roc_auc(&pol),
    });

    let mut toxicity_checks = Vec::new();
    let mut mean_tox = |name: &str, pred: &dyn Fn(&Record) -> bool| {
        let v: Vec<f64> = scored
            .iter()
            .filter(|s| s.r.split == Split::Test && pred(s.r))
            .map(|s| f64::from(s.tox))
            .collect();
        if !v.is_empty() {
            toxicity_checks.push((
                name.to_string(),
                v.iter().sum::<f64>() / v.len() as f64,
                v.len(),
            ));
        }
    };
    mean_tox("politeness: bottom quartile (impolite)", &|r| {
        r.polite == Some(false)
    });
    mean_tox("politeness: top quartile (polite)", &|r| {
        r.polite == Some(true)
    });
    mean_tox("RED: anger (Furie)", &|r| r.red_class == Some(0));
    mean_tox("RED: joy (Bucurie)", &|r| r.red_class == Some(2));
    mean_tox("RED: neutral (Neutru)", &|r| r.red_class == Some(4));
    mean_tox("XED en: anger or disgust", &|r| {
        r.source == Source::XedAnnotated && r.lang.code() == "en" && r.emo & 0b101 != 0
    });
    mean_tox("XED en: neutral lines", &|r| {
        r.source == Source::XedNeutral && r.lang.code() == "en"
    });

    QualityReport {
        seed,
        train_seconds,
        weights_bytes: model.to_bytes().len(),
        bits: model.bits,
        counts: counts
            .into_iter()
            .map(|((s, l), (a, b, c))| (s.name().to_string(), l, a, b, c))
            .collect(),
        skipped: skipped.0.clone(),
        sentiment,
        emotions,
        emotion_thresholds,
        red,
        red_neutral_threshold,
        politeness,
        toxicity_checks,
    }
}

fn pct(x: f64) -> String {
    format!("{:.1} %", 100.0 * x)
}

fn confusion_md(out: &mut String, c: &ClassEval) {
    let _ = writeln!(
        out,
        "\n{} — {} (rows gold, columns predicted):\n",
        c.name, c.lang
    );
    let _ = writeln!(out, "| gold \\ pred | {} |", c.labels.join(" | "));
    let _ = writeln!(out, "|---|{}", "---:|".repeat(c.labels.len()));
    for (g, row) in c.confusion.iter().enumerate() {
        let cells: Vec<String> = row.iter().map(u32::to_string).collect();
        let _ = writeln!(out, "| {} | {} |", c.labels[g], cells.join(" | "));
    }
}

impl QualityReport {
    /// The report as Markdown (what `docs/signals-quality.md` holds).
    pub fn to_markdown(&self) -> String {
        let mut o = String::new();
        let _ = writeln!(o, "# tact signals: quality on held-out data\n");
        let _ = writeln!(
            o,
            "Generated by `cargo run --release -p tact_signals --example train` (seed {}, \
             2^{} hash buckets, {:.1} s to load, featurize and train, weights file {:.1} MB). \
             Do not edit by hand.\n",
            self.seed,
            self.bits,
            self.train_seconds,
            self.weights_bytes as f64 / 1_000_000.0
        );
        let _ = writeln!(
            o,
            "**These are stand-in data sets, not sales calls**: movie subtitles (XED), tweets \
             (UMSAB, RED) and Wikipedia editor requests (Stanford politeness). No labelled \
             corpus of real sales conversations exists; the figures say how well the signals \
             read these domains and nothing more. Published figures are quoted from \
             `shared/data/README.md` and come from other models, and often other splits.\n"
        );
        let _ = writeln!(o, "## Model\n");
        let _ = writeln!(
            o,
            "One linear model per output over hashed features (normalized word unigrams and \
             bigrams, character 3–5-grams of each word, punctuation/emoji, a shouting flag, a \
             length bucket, the language, and one feature per tact cue-lexicon hit), trained \
             with AdaGrad (logistic loss per emotion and for politeness, softmax for \
             sentiment), weights stored as f16.\n\n\
             - **sentiment**: UMSAB (en, it) annotated labels. Greek, Romanian and Finnish have \
             no sentiment labels: they learn from *weak labels derived from XED emotions* \
             (joy/trust only → positive, anger/disgust/fear/sadness only → negative, XED \
             neutral lines → neutral) and, for Romanian, from RED (joy → positive, neutral → \
             neutral, anger/fear/sadness → negative), plus whatever the shared features carry \
             across languages.\n\
             - **emotions**: XED annotated (en, fi), XED neutral lines (en, fi; all emotions \
             absent), XED projections (el, it, ro, fi) and RED (ro; only anger, fear, joy, \
             sadness are trained from it).\n\
             - **politeness**: Stanford politeness, English Wikipedia requests, top vs bottom \
             quartile of the normalized score; `politeness = 2·P(top) − 1`. *English only*: \
             other languages rely on shared features (punctuation, cue-lexicon hits, language \
             bias) and will mostly sit near the prior.\n\
             - **toxicity**: *not learned from toxicity labels* (no such data set is \
             available). It is a noisy-OR of mean(anger, disgust), impoliteness and hits of \
             the `insult`, `profanity`, `contempt` and `derogatory` lexicons; its constants \
             are set by hand, not calibrated against labels. The sanity checks below show it \
             moves in the expected direction.\n"
        );
        let _ = writeln!(o, "## Data and splits\n");
        let _ = writeln!(
            o,
            "Where a data set ships a val file (UMSAB, RED) we train on train and report on \
             val; 10 % of the train file (by a hash of the text) is a dev part used only to \
             choose decision thresholds. XED and politeness have no split: a stable hash of the \
             normalized text puts 10 % in test and 10 % in dev, so duplicates never straddle \
             splits. Test parts are never used for training or tuning.\n"
        );
        let _ = writeln!(
            o,
            "| source | lang | train | dev | test |\n|---|---|---:|---:|---:|"
        );
        for (s, l, a, b, c) in &self.counts {
            let _ = writeln!(o, "| {s} | {l} | {a} | {b} | {c} |");
        }
        let skipped: Vec<String> = self
            .skipped
            .iter()
            .filter(|s| s.1 > 0)
            .map(|(p, n)| {
                let short = p.rsplit('/').next().unwrap_or(p);
                format!("{short}: {n}")
            })
            .collect();
        if !skipped.is_empty() {
            let _ = writeln!(
                o,
                "\nMalformed lines skipped (no label column, metadata rows): {}.",
                skipped.join(", ")
            );
        }

        let _ = writeln!(o, "\n## Sentiment (3 classes)\n");
        let _ = writeln!(
            o,
            "| data set | lang | n | accuracy | macro-F1 | published |\n|---|---|---:|---:|---:|---|"
        );
        for c in &self.sentiment {
            let _ = writeln!(
                o,
                "| {} | {} | {} | {} | {:.3} | {} |",
                c.name,
                c.lang,
                c.n,
                pct(c.accuracy),
                c.macro_f1,
                c.reference
            );
        }
        for c in &self.sentiment {
            confusion_md(&mut o, c);
        }

        let _ = writeln!(o, "\n## Emotions (XED, multi-label)\n");
        let th: Vec<String> = self
            .emotion_thresholds
            .iter()
            .zip(EMOTION_NAMES)
            .map(|(t, n)| format!("{n} {t:.3}"))
            .collect();
        let _ = writeln!(
            o,
            "F1 per emotion on the test part of the emotional lines (neutral lines excluded), at \
             thresholds chosen on the dev part: {}. AUC is threshold-free.\n",
            th.join(", ")
        );
        let _ = writeln!(
            o,
            "| data set | lang | n | {} | macro-F1 | mean AUC | published |",
            EMOTION_NAMES.join(" | ")
        );
        let _ = writeln!(o, "|---|---|---:|{}---:|---:|---|", "---:|".repeat(8));
        for e in &self.emotions {
            let f: Vec<String> = e.f1.iter().map(|x| format!("{x:.2}")).collect();
            let aucs: Vec<f64> = e.auc.iter().flatten().copied().collect();
            let mean_auc = if aucs.is_empty() {
                "—".to_string()
            } else {
                format!("{:.3}", aucs.iter().sum::<f64>() / aucs.len() as f64)
            };
            let _ = writeln!(
                o,
                "| {} | {} | {} | {} | {:.3} | {} | {} |",
                e.name,
                e.lang,
                e.n,
                f.join(" | "),
                e.macro_f1,
                mean_auc,
                e.reference
            );
        }

        if let Some(r) = &self.red {
            let _ = writeln!(o, "\n## Romanian emotions (RED v1, 5 classes)\n");
            let _ = writeln!(
                o,
                "Predicted from the emotion outputs: the strongest of anger/fear/joy/sadness, or \
                 neutral when it is below {:.3} (chosen on the dev part).\n",
                self.red_neutral_threshold
            );
            let _ = writeln!(
                o,
                "| data set | n | accuracy | macro-F1 | published |\n|---|---:|---:|---:|---|\n| {} | {} | {} | {:.3} | {} |",
                r.name,
                r.n,
                pct(r.accuracy),
                r.macro_f1,
                r.reference
            );
            confusion_md(&mut o, r);
        }

        if let Some(p) = &self.politeness {
            let _ = writeln!(o, "\n## Politeness (Stanford, top vs bottom quartile)\n");
            let _ = writeln!(
                o,
                "| data set | lang | n | accuracy | ROC-AUC | published |\n|---|---|---:|---:|---:|---|\n\
                 | Wikipedia requests (hash-held-out 10 %) | en | {} | {} | {} | 83.8 % in-domain (linguistic features, cross-validated); human 86.7 % |",
                p.n,
                pct(p.accuracy),
                p.auc.map_or("—".into(), |a| format!("{a:.3}"))
            );
        }

        let _ = writeln!(
            o,
            "\n## Toxicity sanity checks (derived score, no labels)\n"
        );
        let _ = writeln!(o, "| test texts | n | mean toxicity |\n|---|---:|---:|");
        for (name, m, n) in &self.toxicity_checks {
            let _ = writeln!(o, "| {name} | {n} | {m:.3} |");
        }
        o
    }
}
