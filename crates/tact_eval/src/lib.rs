//! Measurement: runs tact on labelled conversations and reports how often each rule is right.
//! Two sources today: the bundled samples, whose authors labelled every OOPS moment by turn, and
//! PersuasionForGood, whose persuader turns after a persuadee's `disagree-donation` stand in for
//! re-offers after a refusal. Neither is a corpus of real sales calls; reports say so.

mod blind;
mod budget;
mod casino;
mod confusion;
mod dialogue;
pub mod labels;
mod langdetect;
mod outcome;
mod pfg;
mod redaction;
mod samples;

pub use blind::{
    blind_markdown, calibration_markdown, cohen_kappa, detector_figures_tsv, eval_blind,
    rule_figures_tsv, wilson, BlindResult, BlindSet, RuleScore, BLIND_SETS,
};
pub use budget::{false_alarm_rates, over_budget, read_budget, Rates};
pub use casino::{eval_casino, CasinoResult};
pub use confusion::Confusion;
pub use dialogue::{dialogue_markdown, eval_dialogue, DialogueResult};
pub use langdetect::{eval_langdetect, langdetect_markdown, LangDetectResult, LangDetectRow};
pub use outcome::{eval_star_outcomes, OutcomeResult};
pub use pfg::{eval_pfg_outcome, eval_reoffer_on_pfg, PfgResult};
pub use redaction::{eval_redaction, redaction_markdown, RedactionResult, SpanScore};
pub use samples::{eval_samples, SampleResult};

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The public data: `$TACT_DATA` when set, else `shared/data` beside the repository.
pub fn data_dir() -> PathBuf {
    match std::env::var_os("TACT_DATA") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"),
    }
}

/// For checks that need the public data: whether `path` is there. When it is not, the check
/// may be skipped only if `TACT_SKIP_DATA_TESTS` says so; otherwise this panics naming the path,
/// so a check that measured nothing never passes in silence.
pub fn data_present_or_skip(path: &Path) -> bool {
    if path.exists() {
        return true;
    }
    assert!(
        std::env::var_os("TACT_SKIP_DATA_TESTS").is_some(),
        "{} not found: point TACT_DATA at shared/data, or set TACT_SKIP_DATA_TESTS=1 to skip this check knowingly",
        path.display()
    );
    eprintln!(
        "SKIPPED (TACT_SKIP_DATA_TESTS): {} not found",
        path.display()
    );
    false
}

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}:{line}: {reason}")]
    Record {
        path: String,
        line: usize,
        reason: String,
    },
    #[error("{path}: {source}")]
    Csv { path: String, source: csv::Error },
}

/// How one data-set label compares with the rules and signals the label map assigns it.
#[derive(Debug, Clone)]
pub struct LabelResult {
    pub label: String,
    pub why: String,
    /// Annotated utterances, and how many carry this label.
    pub utterances: usize,
    pub positives: usize,
    pub rules: Vec<String>,
    /// Any of `rules` fired on the utterance vs the label (empty when the map names no rule).
    pub confusion: Confusion,
    /// (signal, higher predicts the label, ROC-AUC).
    pub signals: Vec<(String, bool, Option<f64>)>,
}

impl LabelResult {
    fn new(label: String, why: String, rules: &[&str]) -> Self {
        LabelResult {
            label,
            why,
            utterances: 0,
            positives: 0,
            rules: rules.iter().map(|r| r.to_string()).collect(),
            confusion: Confusion::default(),
            signals: Vec::new(),
        }
    }
}

/// One row of the per-rule table: gold and fired counts, the matrix, and the three figures.
fn rule_row(label: &str, c: &Confusion) -> String {
    format!(
        "| {label} | {} | {} | {} | {} | {} | {} | {} | {} |",
        c.tp + c.fn_,
        c.tp + c.fp,
        c.tp,
        c.fp,
        c.fn_,
        pct(c.precision()),
        pct(c.recall()),
        pct(c.f1())
    )
}

fn pct(x: Option<f64>) -> String {
    x.map_or("–".into(), |v| format!("{:.1} %", v * 100.0))
}

/// Everything one `tact eval` run measured; a missing data set is `None` and is reported as such.
pub struct Reports<'a> {
    pub samples: &'a SampleResult,
    pub pfg: Option<&'a PfgResult>,
    pub pfg_outcome: Option<&'a OutcomeResult>,
    pub casino: Option<&'a CasinoResult>,
    pub signals: Option<&'a tact_signals::QualityReport>,
    /// The blind sets of [`BLIND_SETS`] that were measured, in its order (held-out set first).
    pub blind: &'a [(&'a BlindSet, BlindResult)],
    pub dialogue: Option<&'a DialogueResult>,
    /// Score and risk against the STAR questionnaires.
    pub star_outcomes: Option<&'a [OutcomeResult]>,
    /// The redaction sets, development sets first and the held-out one last.
    pub redaction: &'a [RedactionResult],
    pub langdetect: Option<&'a LangDetectResult>,
}

/// Labels or rule ids as inline code, joined by `sep`.
fn code_list(items: &[String], sep: &str) -> String {
    items
        .iter()
        .map(|x| format!("`{x}`"))
        .collect::<Vec<_>>()
        .join(sep)
}

fn opt3(x: Option<f64>) -> String {
    x.map_or("–".into(), |v| format!("{v:.3}"))
}

/// One row of the summary table.
#[allow(clippy::too_many_arguments)]
fn summary_row(
    s: &mut String,
    data: &str,
    lang: &str,
    task: &str,
    n: usize,
    accuracy: Option<f64>,
    macro_f1: Option<f64>,
    auc: Option<f64>,
    reference: &str,
) {
    let _ = writeln!(
        s,
        "| {data} | {lang} | {task} | {n} | {} | {} | {} | {} |",
        pct(accuracy),
        opt3(macro_f1),
        opt3(auc),
        if reference.is_empty() {
            "—"
        } else {
            reference
        }
    );
}

fn summary(r: &Reports<'_>) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "## Summary: every data set, per language\n");
    let _ = writeln!(
        s,
        "One line per data set, language and task; the sections below give the confusion matrices and how each label was\n\
         mapped (`crates/tact_signals/data/label-map.txt`, one comment per line). Accuracy and macro-F1 are on held-out\n\
         data unless the line says otherwise; ROC-AUC is given where tact's output is graded (0.5 = chance). Published\n\
         figures come from other models and often other splits: they say where the field stands, not that the tasks match.\n"
    );
    let _ = writeln!(
        s,
        "| data set | lang | what tact is asked | n | accuracy | macro-F1 | ROC-AUC | published reference |"
    );
    let _ = writeln!(s, "|---|---|---|---:|---:|---:|---:|---|");
    for (lang, c) in &r.samples.by_lang {
        summary_row(
            &mut s,
            "tact samples (dev set, written by us)",
            lang,
            "annotated rules × turns: the rule fires on the labelled turn",
            c.total(),
            c.accuracy(),
            c.macro_f1(),
            None,
            "",
        );
    }
    if let Some(q) = r.signals {
        for c in &q.sentiment {
            summary_row(
                &mut s,
                &c.name,
                &c.lang,
                "sentiment, 3 classes",
                c.n,
                Some(c.accuracy),
                Some(c.macro_f1),
                None,
                &c.reference,
            );
        }
        for e in &q.emotions {
            let aucs: Vec<f64> = e.auc.iter().flatten().copied().collect();
            let mean = (!aucs.is_empty()).then(|| aucs.iter().sum::<f64>() / aucs.len() as f64);
            summary_row(
                &mut s,
                &e.name,
                &e.lang,
                "8 emotions, multi-label (mean AUC)",
                e.n,
                None,
                Some(e.macro_f1),
                mean,
                &e.reference,
            );
        }
        if let Some(c) = &q.red {
            summary_row(
                &mut s,
                &c.name,
                &c.lang,
                "Romanian emotion, 5 classes",
                c.n,
                Some(c.accuracy),
                Some(c.macro_f1),
                None,
                &c.reference,
            );
        }
        if let Some(p) = &q.politeness {
            summary_row(
                &mut s,
                "Stanford politeness",
                "en",
                "polite vs impolite quartile",
                p.n,
                Some(p.accuracy),
                None,
                p.auc,
                "83.8 % accuracy (Danescu-Niculescu-Mizil et al. 2013)",
            );
        }
    }
    if let Some(p) = r.pfg {
        let c = &p.confusion;
        summary_row(
            &mut s,
            "PersuasionForGood",
            "en",
            "`reoffer-after-refusal` on pitches after a refusal",
            c.total(),
            c.accuracy(),
            c.macro_f1(),
            None,
            "",
        );
        for st in &p.labels {
            label_summary(&mut s, "PersuasionForGood", st);
        }
    }
    if let Some(o) = r.pfg_outcome {
        summary_row(
            &mut s,
            "PersuasionForGood (full)",
            "en",
            "persuader's score predicts no donation",
            o.n,
            None,
            None,
            o.auc_score,
            "",
        );
    }
    if let Some(c) = r.casino {
        for st in &c.strategies {
            label_summary(&mut s, "CaSiNo", st);
        }
        for o in &c.outcomes {
            summary_row(
                &mut s,
                "CaSiNo",
                "en",
                &format!("score predicts the other side's bad {}", o.name),
                o.n,
                None,
                None,
                o.auc_score,
                "",
            );
        }
    }
    let _ = writeln!(s);
    s
}

fn outcome_table(s: &mut String, rows: &[&OutcomeResult]) {
    let _ = writeln!(
        s,
        "| outcome | n | bad | mean score, good | mean score, bad | ROC-AUC of 100 − score | ROC-AUC of risk |"
    );
    let _ = writeln!(s, "|---|---:|---:|---:|---:|---:|---:|");
    for o in rows {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {:.1} | {:.1} | {} | {} |",
            o.name,
            o.n,
            o.bad,
            o.mean_score_good,
            o.mean_score_bad,
            opt3(o.auc_score),
            opt3(o.auc_risk)
        );
    }
    let _ = writeln!(s);
}

/// The quality report as Markdown (docs/quality.md).
pub fn quality_markdown(r: &Reports<'_>) -> String {
    let samples = r.samples;
    let pfg = r.pfg;
    let mut s = String::new();
    let _ = writeln!(s, "# tact quality report\n");
    let _ = writeln!(
        s,
        "Generated by `cargo run --release -- eval` (crate `tact_eval`); rerun it after changing a rule or a lexicon.\n\
         **These figures are stand-ins, not measurements on real sales conversations**: no public labelled corpus of sales\n\
         calls exists. The samples were written by the tact team; the public sets measure one behaviour each.\n"
    );
    s.push_str(&summary(r));
    for (set, b) in r.blind {
        s.push_str(&blind_markdown(b, set.heading));
    }
    if !r.blind.is_empty() {
        s.push_str(&calibration_markdown());
    }
    if let Some(d) = r.dialogue {
        s.push_str(&dialogue_markdown(d));
    }
    if let Some(rows) = r.star_outcomes {
        let _ = writeln!(
            s,
            "## Does the score predict what STAR users said?\n\n\
             The STAR role-plays (`shared/data/real/star.jsonl`) keep each side's questionnaire. An AUC near 0.5 means \
             the score does not tell those conversations apart. The score formula was not fitted to these answers; the \
             weight of the customer's mood in the risk (2) was chosen on the even-numbered role-plays, so the \
             odd-numbered rows are the out-of-sample figure for risk (before the mood term: 0.46–0.50). With the \
             default rules nearly every STAR conversation scores 100: the rules that would fire there are in \
             preview.\n"
        );
        outcome_table(&mut s, &rows.iter().collect::<Vec<_>>());
    }
    if let Some(x) = r.langdetect {
        s.push_str(&langdetect_markdown(x));
    }
    for x in r.redaction {
        s.push_str(&redaction_markdown(x));
    }
    let _ = writeln!(s, "## Rules on the bundled samples (turn-level)\n");
    let _ = writeln!(
        s,
        "{} conversations in five languages, labelled turn by turn by an annotator reading each conversation against the rule\n\
         definitions (the `labels` field of `samples/*.jsonl`). A prediction counts when the rule fires on the labelled turn.\n\
         **Caveat:** the rules were developed with these samples at hand (they are the only turn-labelled sales-like\n\
         conversations we have), so these figures are optimistic, precision more credible than recall. A held-out set\n\
         written by someone who never saw the rules is the next step.\n",
        samples.conversations
    );
    let _ = writeln!(
        s,
        "| rule | gold | fired | TP | FP | FN | precision | recall | F1 |"
    );
    let _ = writeln!(s, "|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (rule, c) in &samples.by_rule {
        let _ = writeln!(s, "{}", rule_row(&format!("`{rule}`"), c));
    }
    let _ = writeln!(s, "{}\n", rule_row("**all rules**", &samples.total));
    if !samples.not_annotated.is_empty() {
        let fired: Vec<String> = samples
            .not_annotated
            .iter()
            .map(|(r, n)| format!("`{r}` fired {n}×"))
            .collect();
        let _ = writeln!(
            s,
            "Not scored: rules added after the samples were labelled ({}). Their moments are not counted as false alarms.\n",
            fired.join(", ")
        );
    }
    let _ = writeln!(s, "Per language, all annotated rules together:\n");
    let _ = writeln!(s, "| language | TP | FP | FN | precision | recall | F1 |");
    let _ = writeln!(s, "|---|---:|---:|---:|---:|---:|---:|");
    for (lang, c) in &samples.by_lang {
        let _ = writeln!(
            s,
            "| {lang} | {} | {} | {} | {} | {} | {} |",
            c.tp,
            c.fp,
            c.fn_,
            pct(c.precision()),
            pct(c.recall()),
            pct(c.f1())
        );
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "## `reoffer-after-refusal` on PersuasionForGood (English)\n"
    );
    match pfg {
        None => {
            let _ = writeln!(
                s,
                "Not measured: `shared/data/persuasionforgood/300_dialog.csv` was not found.\n"
            );
        }
        Some(p) => {
            let c = &p.confusion;
            let _ = writeln!(
                s,
                "Wang et al., ACL 2019 (Apache-2.0). A persuader asks a persuadee to donate to a charity; every rule runs with the\n\
                 persuader as the seller. Candidates: the {} persuader turns that directly follow a persuadee turn, in {} dialogues.\n\
                 Gold positive: the persuadee turn carries a refusal label ({}) and the persuader turn a pitch label ({}), as the\n\
                 label map says. Prediction: tact's P001 fires on that turn. tact was not tuned on this set; a donation ask is not\n\
                 a sales offer, so recall here is a floor.\n",
                c.total(),
                p.dialogues,
                code_list(&p.refusals, ", "),
                code_list(&p.pitches, ", ")
            );
            let _ = writeln!(s, "| | gold re-offer | gold not |\n|---|---:|---:|\n| **P001 fired** | {} | {} |\n| **silent** | {} | {} |\n", c.tp, c.fp, c.fn_, c.tn);
            let _ = writeln!(
                s,
                "Precision {}, recall {}, F1 {}, accuracy {}. No published reference figure exists for this derived task.\n",
                pct(c.precision()),
                pct(c.recall()),
                pct(c.f1()),
                pct(c.accuracy())
            );
            if !p.labels.is_empty() {
                let _ = writeln!(s, "Persuader labels that the label map ties to rules, over every persuader turn:\n");
            }
            for st in &p.labels {
                label_markdown(&mut s, st);
            }
        }
    }
    if let Some(o) = r.pfg_outcome {
        let _ = writeln!(s, "### Does the persuader's score predict the donation?\n");
        let _ = writeln!(
            s,
            "Every dialogue of `full_dialog.csv` with the persuadee's actual donation in `full_info.csv` (`B6`): the persuader is\n\
             the seller, all rules run, and the persuader's score (100 = no OOPS moment) is compared with whether the persuadee\n\
             then gave nothing (`pfg-outcome` in the label map). An AUC near 0.5 means the score does not tell the dialogues\n\
             apart; people decide to donate for many reasons that have nothing to do with how they were asked.\n"
        );
        outcome_table(&mut s, &[o]);
    }
    match r.casino {
        None => {
            let _ = writeln!(s, "## CaSiNo negotiations (English)\n\nNot measured: `shared/data/casino/casino_train.json` was not found.\n");
        }
        Some(c) => casino_markdown(&mut s, c),
    }
    if let Some(q) = r.signals {
        s.push_str("## Learned per-turn signals\n\n");
        s.push_str(
            &q.to_markdown()
                .replace("\n## ", "\n### ")
                .replacen("# ", "### ", 1),
        );
    }
    s
}

/// One label's section: why it is mapped, the rule confusion matrix, the signal AUCs.
fn label_markdown(s: &mut String, st: &LabelResult) {
    let _ = writeln!(
        s,
        "**`{}`** ({} of {} annotated utterances). Mapped because: {}\n",
        st.label, st.positives, st.utterances, st.why
    );
    if !st.rules.is_empty() {
        let cm = &st.confusion;
        let _ = writeln!(
            s,
            "| | `{}` | not `{}` |\n|---|---:|---:|\n| **{} fired** | {} | {} |\n| **silent** | {} | {} |\n",
            st.label,
            st.label,
            code_list(&st.rules, " or "),
            cm.tp,
            cm.fp,
            cm.fn_,
            cm.tn
        );
        let _ = writeln!(
            s,
            "Precision {}, recall {}, accuracy {}, macro-F1 {}.\n",
            pct(cm.precision()),
            pct(cm.recall()),
            pct(cm.accuracy()),
            opt3(cm.macro_f1())
        );
    }
    for (name, higher, auc) in &st.signals {
        let _ = writeln!(
            s,
            "ROC-AUC of {} {name} for `{}`: {}.\n",
            if *higher { "higher" } else { "lower" },
            st.label,
            opt3(*auc)
        );
    }
}

/// The summary line of one label: accuracy and macro-F1 of its rules, AUC of its first signal.
fn label_summary(s: &mut String, data: &str, st: &LabelResult) {
    let (acc, mf1) = if st.rules.is_empty() {
        (None, None)
    } else {
        (st.confusion.accuracy(), st.confusion.macro_f1())
    };
    let auc = st.signals.first().and_then(|x| x.2);
    let what = st
        .rules
        .iter()
        .map(|r| format!("`{r}`"))
        .chain(
            st.signals
                .iter()
                .map(|(n, up, _)| format!("{}{n}", if *up { "+" } else { "−" })),
        )
        .collect::<Vec<_>>()
        .join(", ");
    summary_row(
        s,
        data,
        "en",
        &format!("`{}` ↔ {what}", st.label),
        st.utterances,
        acc,
        mf1,
        auc,
        "",
    );
}

fn casino_markdown(s: &mut String, c: &CasinoResult) {
    let _ = writeln!(s, "## CaSiNo negotiations (English)\n");
    let _ = writeln!(
        s,
        "Chawla et al., NAACL 2021 (CC BY 4.0): two crowd workers split camping supplies. {} dialogues ({} with strategy\n\
         labels per utterance). Each dialogue is analysed twice, once with each participant in the seller's seat, so every\n\
         utterance is judged once as a seller turn. This is a negotiation between equals, not a sale: it tests whether tact\n\
         notices the moves that put the other side off, and nothing more.\n",
        c.dialogues, c.annotated_dialogues
    );
    if c.unmatched_annotations > 0 || !c.skipped_dialogues.is_empty() {
        let _ = writeln!(
            s,
            "Left out: {} annotated utterances whose text matched no chat line, {} malformed dialogues{}.\n",
            c.unmatched_annotations,
            c.skipped_dialogues.len(),
            c.skipped_dialogues
                .first()
                .map_or(String::new(), |e| format!(" (first: {e})"))
        );
    }
    let _ = writeln!(s, "### Strategy labels against tact's rules and signals\n");
    for st in &c.strategies {
        label_markdown(s, st);
    }
    let _ = writeln!(
        s,
        "No published figure exists for these derived tasks; the CaSiNo paper reports a strategy classifier trained on\n\
         these labels, which is a different task (tact was not trained on CaSiNo).\n"
    );
    let _ = writeln!(
        s,
        "### Does one side's score predict how the other side felt?\n"
    );
    let _ = writeln!(
        s,
        "Each participant said how much they liked the other side and how satisfied they were; the label map turns the\n\
         answers into good, bad or unknown (undecided answers are left out). The other side's tact score is compared with\n\
         a bad answer.\n"
    );
    let rows: Vec<&OutcomeResult> = c.outcomes.iter().collect();
    outcome_table(s, &rows);
}
