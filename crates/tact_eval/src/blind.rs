//! The blind set: real conversations from `shared/data/real` labelled by people (here, helper
//! labellers) who never saw the rules, their code or their docs, from the coach-style
//! guidelines in `eval/blind/GUIDELINES.md`. Two labellers label every conversation
//! independently; their agreement is Cohen's kappa; a third reads each disagreement and decides,
//! and those decisions are logged. The decided labels are the gold the rules are measured
//! against: precision and recall per rule with Wilson 95 % intervals, per language.
//!
//! Files under `eval/blind/`: `sample.tsv` (which conversations, drawn how), `behaviours.tsv`
//! (guideline key → rule), `labels-A.jsonl`, `labels-B.jsonl`, `adjudicated.jsonl` and
//! `adjudication-log.md`.

use crate::EvalError;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use tact_analyze::Analyzer;
use tact_model::Conversation;
use tact_rules::{Confidence, Engine, Settings};

/// A moment and a label count as the same when their turns are at most this far apart: a
/// labeller may mark the customer turn that shows the harm where the rule points at the agent
/// turn before it.
pub const TURN_TOLERANCE: usize = 1;

/// One labelled behaviour on one turn.
#[derive(Debug, Clone, Deserialize)]
struct Label {
    turn: usize,
    behaviour: String,
}

#[derive(Debug, Clone, Deserialize)]
struct LabelLine {
    id: String,
    #[serde(default)]
    labels: Vec<Label>,
}

/// How often a rule was right, and how much of the gold it found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuleScore {
    /// Moments the rule raised, and how many of them a gold label confirms.
    pub raised: usize,
    pub confirmed: usize,
    /// Gold labels of the rule's behaviour, and how many a moment found.
    pub gold: usize,
    pub found: usize,
}

impl RuleScore {
    pub fn precision(&self) -> Option<(f64, f64, f64)> {
        wilson(self.confirmed, self.raised)
    }
    pub fn recall(&self) -> Option<(f64, f64, f64)> {
        wilson(self.found, self.gold)
    }
    fn add(&mut self, o: &RuleScore) {
        self.raised += o.raised;
        self.confirmed += o.confirmed;
        self.gold += o.gold;
        self.found += o.found;
    }
}

use tact_rules::figures::format_interval as interval;
pub use tact_rules::figures::wilson;

/// Cohen's kappa of two binary codings of the same units.
pub fn cohen_kappa(a: &[bool], b: &[bool]) -> Option<f64> {
    if a.len() != b.len() || a.is_empty() {
        return None;
    }
    let n = a.len() as f64;
    let agree = a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / n;
    let pa = a.iter().filter(|x| **x).count() as f64 / n;
    let pb = b.iter().filter(|x| **x).count() as f64 / n;
    let expected = pa * pb + (1.0 - pa) * (1.0 - pb);
    if (1.0 - expected).abs() < 1e-12 {
        return None;
    }
    Some((agree - expected) / (1.0 - expected))
}

/// Agreement of the two labellers on one behaviour.
#[derive(Debug, Clone)]
pub struct Agreement {
    pub behaviour: String,
    pub by_a: usize,
    pub by_b: usize,
    pub both: usize,
    pub kappa: Option<f64>,
}

#[derive(Debug, Clone, Default)]
pub struct BlindResult {
    pub conversations: usize,
    pub turns: usize,
    /// Conversations by stratum (`fired:<rule>` grouped as `fired`, `random`).
    pub strata: BTreeMap<String, usize>,
    pub agreement: Vec<Agreement>,
    /// Kappa over every (turn, behaviour) pair.
    pub pooled_kappa: Option<f64>,
    /// (turn, behaviour) pairs where the labellers differed, and how many gold kept.
    pub disagreements: usize,
    pub disagreements_kept: usize,
    /// Per rule, over the whole set.
    pub by_rule: BTreeMap<String, RuleScore>,
    /// Per rule, on the conversations drawn at random (recall without the bias of the strata
    /// drawn where a rule fired).
    pub by_rule_random: BTreeMap<String, RuleScore>,
    /// Per language and rule.
    pub by_language: BTreeMap<String, BTreeMap<String, RuleScore>>,
    pub total: RuleScore,
    pub total_random: RuleScore,
    /// How the set was made, from its `ABOUT.md`.
    pub about: String,
    /// Every moment, the low-confidence ones included (the rest of the figures count only the
    /// moments confident enough to count in the score).
    pub total_all_confidences: RuleScore,
    /// Per (rule, message key), the moments the rules raised with their own confidence at or
    /// above the score's bar, before the calibration caps it: what calibrates it.
    pub by_detector: BTreeMap<(String, String), RuleScore>,
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> EvalError + '_ {
    move |source| EvalError::Io {
        path: path.display().to_string(),
        source,
    }
}

fn record(path: &Path, line: usize, reason: impl Into<String>) -> EvalError {
    EvalError::Record {
        path: path.display().to_string(),
        line,
        reason: reason.into(),
    }
}

/// Tab-separated rows of a file, without `#` comments and blank lines, with their line numbers.
fn rows(path: &Path) -> Result<Vec<(usize, Vec<String>)>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(io(path))?;
    Ok(text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').map(|c| c.trim().to_string()).collect()))
        .collect())
}

fn labels(
    path: &Path,
    known: &HashMap<String, String>,
) -> Result<HashMap<String, Vec<Label>>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(io(path))?;
    let mut out = HashMap::new();
    for (i, l) in text.lines().enumerate() {
        if l.trim().is_empty() {
            continue;
        }
        let line: LabelLine =
            serde_json::from_str(l).map_err(|e| record(path, i + 1, e.to_string()))?;
        if let Some(bad) = line
            .labels
            .iter()
            .find(|x| !known.contains_key(&x.behaviour))
        {
            return Err(record(
                path,
                i + 1,
                format!("unknown behaviour {:?}", bad.behaviour),
            ));
        }
        out.insert(line.id, line.labels);
    }
    Ok(out)
}

/// Files of the sample that live beside the labels (`eval:scenario.jsonl`: conversations the
/// team had written from scenario cards) rather than in `shared/data/real`.
const EVAL_PREFIX: &str = "eval:";

/// The language a conversation counts under: its own for the scenario conversations, else the
/// data set's.
fn language(file: &str, conv: &Conversation) -> String {
    if file.starts_with(EVAL_PREFIX) {
        conv.language.clone().unwrap_or_else(|| "?".into())
    } else if file.starts_with("woz-it") {
        "it (customer) / en (agent)".into()
    } else {
        "en".into()
    }
}

fn matched(a: usize, b: usize) -> bool {
    a.abs_diff(b) <= TURN_TOLERANCE
}

/// Scores one rule on one conversation.
fn score(raised: &[usize], gold: &[usize]) -> RuleScore {
    RuleScore {
        raised: raised.len(),
        confirmed: raised
            .iter()
            .filter(|&&t| gold.iter().any(|&g| matched(g, t)))
            .count(),
        gold: gold.len(),
        found: gold
            .iter()
            .filter(|&&g| raised.iter().any(|&t| matched(g, t)))
            .count(),
    }
}

/// Measures the rules on the blind set in `eval_dir` (`eval/blind`), reading the conversations
/// from `real_dir` (`shared/data/real`).
pub fn eval_blind(eval_dir: &Path, real_dir: &Path) -> Result<BlindResult, EvalError> {
    let behaviours: HashMap<String, String> = rows(&eval_dir.join("behaviours.tsv"))?
        .into_iter()
        .filter_map(|(_, r)| Some((r.first()?.clone(), r.get(1)?.clone())))
        .collect();
    let sample_path = eval_dir.join("sample.tsv");
    let mut sample = Vec::new();
    for (line, r) in rows(&sample_path)? {
        match r.as_slice() {
            [file, id, stratum] => sample.push((file.clone(), id.clone(), stratum.clone())),
            _ => return Err(record(&sample_path, line, "expected file, id, stratum")),
        }
    }
    let about_path = eval_dir.join("ABOUT.md");
    let about = std::fs::read_to_string(&about_path).map_err(io(&about_path))?;
    let a = labels(&eval_dir.join("labels-A.jsonl"), &behaviours)?;
    let b = labels(&eval_dir.join("labels-B.jsonl"), &behaviours)?;
    let gold = labels(&eval_dir.join("adjudicated.jsonl"), &behaviours)?;

    let wanted: BTreeSet<&str> = sample.iter().map(|(_, id, _)| id.as_str()).collect();
    let mut convs: HashMap<String, Conversation> = HashMap::new();
    let files: BTreeSet<&str> = sample.iter().map(|(f, _, _)| f.as_str()).collect();
    for file in files {
        let path = match file.strip_prefix(EVAL_PREFIX) {
            Some(name) => eval_dir.join(name),
            None => real_dir.join(file),
        };
        let text = std::fs::read_to_string(&path).map_err(io(&path))?;
        for (i, l) in text.lines().enumerate() {
            if l.trim().is_empty() {
                continue;
            }
            let c: Conversation =
                serde_json::from_str(l).map_err(|e| record(&path, i + 1, e.to_string()))?;
            if wanted.contains(c.id.as_str()) {
                convs.insert(c.id.clone(), c);
            }
        }
    }

    let analyzer = Analyzer::new(
        Engine::new(Settings::all_rules().with_min_confidence(Confidence(0.0))),
        None,
    );
    let raw = Analyzer::new(
        Engine::new(
            Settings::all_rules()
                .with_min_confidence(Confidence::SCORE_MIN)
                .with_raw_confidence(true),
        ),
        None,
    );
    let mut res = BlindResult {
        about: about
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect::<Vec<_>>()
            .join(" "),
        ..BlindResult::default()
    };
    let mut keys: Vec<&String> = behaviours.keys().collect();
    keys.sort();
    // Per behaviour, each labeller's yes/no on every turn of the set, in the same order.
    let mut units_a: HashMap<&str, Vec<bool>> = HashMap::new();
    let mut units_b: HashMap<&str, Vec<bool>> = HashMap::new();
    for (file, id, stratum) in &sample {
        let conv = convs
            .get(id)
            .ok_or_else(|| record(&sample_path, 0, format!("{id} not found in {file}")))?;
        for (who, set) in [("A", &a), ("B", &b), ("adjudicated", &gold)] {
            if !set.contains_key(id) {
                return Err(record(
                    &eval_dir.join(format!("labels-{who}.jsonl")),
                    0,
                    format!("no line for {id}"),
                ));
            }
        }
        res.conversations += 1;
        res.turns += conv.turns.len();
        let group = stratum.split(':').next().unwrap_or(stratum).to_string();
        *res.strata.entry(group.clone()).or_default() += 1;
        let has = |set: &HashMap<String, Vec<Label>>, turn: usize, key: &str| {
            set[id].iter().any(|l| l.turn == turn && l.behaviour == key)
        };
        for key in &keys {
            for t in 0..conv.turns.len() {
                let (x, y) = (has(&a, t, key), has(&b, t, key));
                units_a.entry(key.as_str()).or_default().push(x);
                units_b.entry(key.as_str()).or_default().push(y);
                if x != y {
                    res.disagreements += 1;
                    res.disagreements_kept += usize::from(has(&gold, t, key));
                }
            }
        }
        let report = analyzer.analyze(conv);
        let lang = language(file, conv);
        for m in raw.analyze(conv).moments {
            let gold_turns = gold[id]
                .iter()
                .filter(|l| behaviours.get(&l.behaviour).map(String::as_str) == Some(m.rule));
            let confirmed = gold_turns.into_iter().any(|l| matched(l.turn, m.turn));
            let d = res
                .by_detector
                .entry((m.rule.to_string(), m.message_key.to_string()))
                .or_default();
            d.raised += 1;
            d.confirmed += usize::from(confirmed);
        }
        let mut rules: BTreeSet<&str> = behaviours.values().map(String::as_str).collect();
        rules.extend(report.moments.iter().map(|m| m.rule));
        for rule in rules {
            // Moments under the score's confidence are shown for review but count nowhere;
            // they are measured apart.
            let raised_where = |keep: &dyn Fn(&tact_rules::Moment) -> bool| -> Vec<usize> {
                report
                    .moments
                    .iter()
                    .filter(|m| m.rule == rule && keep(m))
                    .map(|m| m.turn)
                    .collect()
            };
            let raised = raised_where(&|m| m.confidence >= Confidence::SCORE_MIN);
            let gold_turns: Vec<usize> = gold[id]
                .iter()
                .filter(|l| behaviours.get(&l.behaviour).map(String::as_str) == Some(rule))
                .map(|l| l.turn)
                .collect();
            res.total_all_confidences
                .add(&score(&raised_where(&|_| true), &gold_turns));
            let s = score(&raised, &gold_turns);
            res.by_rule.entry(rule.to_string()).or_default().add(&s);
            res.by_language
                .entry(lang.clone())
                .or_default()
                .entry(rule.to_string())
                .or_default()
                .add(&s);
            res.total.add(&s);
            if group == "random" {
                res.by_rule_random
                    .entry(rule.to_string())
                    .or_default()
                    .add(&s);
                res.total_random.add(&s);
            }
        }
    }
    let (mut all_a, mut all_b) = (Vec::new(), Vec::new());
    for key in &keys {
        let (x, y) = (&units_a[key.as_str()], &units_b[key.as_str()]);
        all_a.extend(x);
        all_b.extend(y);
        let by_a = x.iter().filter(|v| **v).count();
        let by_b = y.iter().filter(|v| **v).count();
        if by_a + by_b == 0 {
            continue;
        }
        res.agreement.push(Agreement {
            behaviour: key.to_string(),
            by_a,
            by_b,
            both: x.iter().zip(y).filter(|(p, q)| **p && **q).count(),
            kappa: cohen_kappa(x, y),
        });
    }
    res.pooled_kappa = cohen_kappa(&all_a, &all_b);
    Ok(res)
}

fn kappa(k: Option<f64>) -> String {
    k.map_or("–".into(), |k| format!("{k:.2}"))
}

/// A blind set of `eval/`: where it lives, the name `eval/rule-figures.tsv` gives it and the
/// heading of its section in docs/quality.md.
pub struct BlindSet {
    /// `holdout` for the set labelled after the rules were last tuned, otherwise the set's number
    /// in the order the sets were made (`1` is `eval/blind`).
    pub name: &'static str,
    pub dir: &'static str,
    pub heading: &'static str,
}

/// Every blind set, newest first: the held-out one, then the sets held out once and used to tune
/// the rules since. A new held-out set goes on top and the old one gets its number.
pub const BLIND_SETS: &[BlindSet] = &[
    BlindSet {
        name: "holdout",
        dir: "eval/blind-holdout19",
        heading: "Rules on the held-out blind set (labelled without the rules, after the last tuning)",
    },
    BlindSet {
        name: "19",
        dir: "eval/blind-holdout18",
        heading: "Rules on blind set 19 (held out until the seventh session of 2026-12-07, then used to tune the rules: optimistic)",
    },
    BlindSet {
        name: "18",
        dir: "eval/blind-holdout17",
        heading: "Rules on blind set 18 (held out until the end of the sixth session of 2026-12-07, then used to tune the rules: optimistic)",
    },
    BlindSet {
        name: "17",
        dir: "eval/blind-holdout16",
        heading: "Rules on blind set 17 (held out until the sixth session of 2026-12-07, then used to tune the rules: optimistic)",
    },
    BlindSet {
        name: "16",
        dir: "eval/blind-holdout15",
        heading: "Rules on blind set 16 (held out until the fifth session of 2026-12-07, then used to tune the rules: optimistic)",
    },
    BlindSet {
        name: "15",
        dir: "eval/blind-holdout14",
        heading: "Rules on blind set 15 (held out until the fourth session of 2026-12-07, then used to tune the rules: optimistic)",
    },
    BlindSet {
        name: "14",
        dir: "eval/blind-holdout13",
        heading: "Rules on blind set 14 (held out until the third session of 2026-12-07, then used to tune the rules: optimistic)",
    },
    BlindSet {
        name: "13",
        dir: "eval/blind-holdout12",
        heading: "Rules on blind set 13 (held out until the second session of 2026-12-07, measured before and after that session's changes, then retired: optimistic from the next change on)",
    },
    BlindSet {
        name: "12",
        dir: "eval/blind-holdout11",
        heading: "Rules on blind set 12 (held out until the second session of 2026-12-07, then used to tune the rules: optimistic)",
    },
    BlindSet {
        name: "11",
        dir: "eval/blind-holdout10",
        heading: "Rules on blind set 11 (held out until the first session of 2026-12-07, then used to tune the rules: optimistic)",
    },
    BlindSet {
        name: "10",
        dir: "eval/blind-holdout9",
        heading: "Rules on blind set 10 (held out until the first session of 2026-12-07, then used to tune the rules: optimistic)",
    },
    BlindSet {
        name: "9",
        dir: "eval/blind-holdout8",
        heading: "Rules on blind set 9 (held out until the seventh session of 2026-12-06, then used to tune the rules: optimistic)",
    },
    BlindSet {
        name: "8",
        dir: "eval/blind-holdout7",
        heading: "Rules on blind set 8 (held out until the seventh session of 2026-12-06, then used to tune the rules: optimistic)",
    },
    BlindSet {
        name: "7",
        dir: "eval/blind-holdout6",
        heading: "Rules on blind set 7 (held out until the sixth session of 2026-12-06, then used to tune the rules: optimistic)",
    },
    BlindSet {
        name: "6",
        dir: "eval/blind-holdout5",
        heading: "Rules on blind set 6 (held out until the fifth session of 2026-12-06, then used to tune the rules: optimistic)",
    },
    BlindSet {
        name: "5",
        dir: "eval/blind-holdout4",
        heading: "Rules on blind set 5 (held out until the fourth session of 2026-12-06, then used to tune the rules: optimistic)",
    },
    BlindSet {
        name: "4",
        dir: "eval/blind-holdout3",
        heading: "Rules on blind set 4 (held out until the third session of 2026-12-06, then used to tune the rules: optimistic)",
    },
    BlindSet {
        name: "3",
        dir: "eval/blind-holdout2",
        heading: "Rules on blind set 3 (held out until the second session of 2026-12-06, then used to tune the rules: optimistic)",
    },
    BlindSet {
        name: "2",
        dir: "eval/blind-holdout",
        heading: "Rules on blind set 2 (held out until the first session of 2026-12-06, then used to tune the rules: optimistic)",
    },
    BlindSet {
        name: "1",
        dir: "eval/blind",
        heading: "Rules on blind set 1 (used to tune the rules: optimistic)",
    },
];

/// Every rule's counts on the blind sets, as the tab-separated file the rule docs and the
/// preview column read (`eval/rule-figures.tsv`): one line per rule and set, newest set first,
/// counts only, so intervals are computed where they are shown.
pub fn rule_figures_tsv(sets: &[(&str, &BlindResult)]) -> String {
    use std::fmt::Write as _;
    let mut s = String::from(
        "# Counts of every rule on the blind sets, written by `tact eval` (do not edit): the rule docs show\n\
         # them and a test keeps the preview column of the registry in step with them. Newest set first:\n\
         # `holdout` was labelled after the rules were last tuned; a numbered set was held out once and\n\
         # has been used to tune the rules since (`tact_eval::BLIND_SETS` says which folder is which).\n\
         # rule\tset\tconversations\traised\tconfirmed\tgold\tfound\n",
    );
    for rule in tact_rules::RULES {
        for (name, r) in sets {
            let x = r.by_rule.get(rule.id).cloned().unwrap_or_default();
            let _ = writeln!(
                s,
                "{}\t{name}\t{}\t{}\t{}\t{}\t{}",
                rule.id, r.conversations, x.raised, x.confirmed, x.gold, x.found
            );
        }
    }
    s
}

/// Each detector's counts on the development sets (every set but the held-out one), as the
/// tab-separated file the calibration of confidence reads (`eval/detector-figures.tsv`). The
/// held-out set stays out so that its figures still measure the calibrated rules fairly.
pub fn detector_figures_tsv(sets: &[(&str, &BlindResult)]) -> String {
    use std::fmt::Write as _;
    let mut s = String::from(
        "# Moments each detector (a rule's message key) raised with its own confidence at or above the\n\
         # score's bar on the development blind sets, and how many a label confirmed; written by\n\
         # `tact eval` (do not edit). The held-out set is left out. A moment's confidence is capped by its\n\
         # detector's precision here (crates/tact_rules/src/calibration.rs).\n\
         # rule\tmessage_key\traised\tconfirmed\n",
    );
    let mut sum: BTreeMap<&(String, String), RuleScore> = BTreeMap::new();
    for (_, r) in sets.iter().filter(|(name, _)| *name != "holdout") {
        for (k, v) in &r.by_detector {
            sum.entry(k).or_default().add(v);
        }
    }
    for ((rule, key), x) in sum {
        let _ = writeln!(s, "{rule}\t{key}\t{}\t{}", x.raised, x.confirmed);
    }
    s
}

/// The section of docs/quality.md on how sure a moment can be: each detector's precision on the
/// development sets and the cap it puts on confidence.
pub fn calibration_markdown() -> String {
    use std::fmt::Write as _;
    let mut s = String::from(
        "## How sure a moment can be (calibration)\n\n\
         A rule judges its evidence from the dialogue around it; a moment's confidence is then capped by \
         how often its detector (the rule's message) was right on the development blind sets \
         (`eval/detector-figures.tsv`, every blind set but the held-out one): the precision with one right \
         and one wrong moment added, once the detector raised at least 5. A detector capped under 0.5 \
         still shows its moments with `--min-confidence 0`, marked low confidence, but they are hidden \
         by default and never count in the score. The held-out figures above are measured with the caps \
         on. These are development figures, so optimistic.\n\n\
         | rule | detector | raised | confirmed | precision | cap |\n|---|---|---|---|---|---|\n",
    );
    for f in tact_rules::calibration::figures() {
        let p = tact_rules::figures::format_interval(tact_rules::figures::wilson(
            f.confirmed,
            f.raised,
        ));
        let cap = f.cap().map_or("–".into(), |c| format!("{:.2}", c.0));
        let _ = writeln!(
            s,
            "| `{}` | `{}` | {} | {} | {p} | {cap} |",
            f.rule, f.key, f.raised, f.confirmed
        );
    }
    s
}

/// The blind-set section of docs/quality.md.
pub fn blind_markdown(r: &BlindResult, title: &str) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(s, "## {title}\n");
    let strata: Vec<String> = r.strata.iter().map(|(k, v)| format!("{v} {k}")).collect();
    let _ = writeln!(
        s,
        "{} conversations ({} turns; {}). {} Writers and labellers were helper agents of the tact team, not \
         outside people: read the figures as a blind check, not a published benchmark. A moment counts as confirmed \
         when a decided label of its behaviour lies within {TURN_TOLERANCE} turn of it. Intervals are Wilson 95 %.\n",
        r.conversations,
        r.turns,
        strata.join(", "),
        r.about.trim()
    );
    let _ = writeln!(
        s,
        "**Agreement.** Cohen's kappa over every (turn, behaviour) pair: {}; {} pairs differed, of which the \
         adjudicator kept {} as moments.\n",
        kappa(r.pooled_kappa),
        r.disagreements,
        r.disagreements_kept
    );
    let _ = writeln!(s, "| behaviour | labeller A | labeller B | both | kappa |");
    let _ = writeln!(s, "|---|---:|---:|---:|---:|");
    for g in &r.agreement {
        let _ = writeln!(
            s,
            "| `{}` | {} | {} | {} | {} |",
            g.behaviour,
            g.by_a,
            g.by_b,
            g.both,
            kappa(g.kappa)
        );
    }
    let _ = writeln!(
        s,
        "\n**Precision and recall per rule** (all {} conversations; recall on the random draw alone in the last column, \
         free of the bias of conversations drawn where a rule fired):\n",
        r.conversations
    );
    let _ = writeln!(
        s,
        "| rule | raised | confirmed | precision | gold | found | recall | recall, random draw |"
    );
    let _ = writeln!(s, "|---|---:|---:|---:|---:|---:|---:|---:|");
    let row = |name: &str, x: &RuleScore, rnd: Option<&RuleScore>| {
        format!(
            "| {name} | {} | {} | {} | {} | {} | {} | {} |",
            x.raised,
            x.confirmed,
            interval(x.precision()),
            x.gold,
            x.found,
            interval(x.recall()),
            rnd.map_or("–".into(), |y| format!("{} of {}", y.found, y.gold))
        )
    };
    for (rule, x) in &r.by_rule {
        if x.raised + x.gold == 0 {
            continue;
        }
        let _ = writeln!(
            s,
            "{}",
            row(&format!("`{rule}`"), x, r.by_rule_random.get(rule))
        );
    }
    let _ = writeln!(
        s,
        "{}\n",
        row("**all rules**", &r.total, Some(&r.total_random))
    );
    let all = &r.total_all_confidences;
    let _ = writeln!(
        s,
        "The table counts the moments confident enough to count in the score (confidence ≥ {}); the dialogue \
         layer marks the others as low-confidence, hidden by default (`--min-confidence 0` shows them) and never counted. Counting those too: {} raised, {} \
         confirmed, precision {}, recall {}.\n",
        Confidence::SCORE_MIN.0,
        all.raised,
        all.confirmed,
        interval(all.precision()),
        interval(all.recall())
    );
    let silent: Vec<&str> = r
        .by_rule
        .iter()
        .filter(|(_, x)| x.raised + x.gold == 0)
        .map(|(k, _)| k.as_str())
        .collect();
    if !silent.is_empty() {
        let _ = writeln!(
            s,
            "Neither raised nor labelled on this set (no figure): {}.\n",
            silent
                .iter()
                .map(|x| format!("`{x}`"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let _ = writeln!(s, "By language:\n");
    let _ = writeln!(s, "| language | raised | precision | gold | recall |");
    let _ = writeln!(s, "|---|---:|---:|---:|---:|");
    for (lang, rules) in &r.by_language {
        let mut t = RuleScore::default();
        for x in rules.values() {
            t.add(x);
        }
        let _ = writeln!(
            s,
            "| {lang} | {} | {} | {} | {} |",
            t.raised,
            interval(t.precision()),
            t.gold,
            interval(t.recall())
        );
    }
    if !r.strata.contains_key("scenario") {
        let _ = writeln!(
            s,
            "\nGreek, Romanian and Finnish have no conversations here yet: their figures need the scenario-card \
             conversations."
        );
    }
    // A blank line ends the table, so the next section's heading is not read as part of it.
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kappa_is_one_for_agreement_zero_for_chance_and_undefined_without_variance() {
        let a = [true, false, true, false];
        assert_eq!(cohen_kappa(&a, &a), Some(1.0));
        // Observed 0.5 agreement, expected 0.5: kappa 0.
        let b = [true, true, false, false];
        assert_eq!(cohen_kappa(&a, &b), Some(0.0));
        assert_eq!(cohen_kappa(&[false; 4], &[false; 4]), None);
        // A textbook example: 20 units, kappa 0.4.
        let x: Vec<bool> = (0..20).map(|i| i < 10).collect();
        let y: Vec<bool> = (0..20).map(|i| (3..13).contains(&i)).collect();
        let k = cohen_kappa(&x, &y).expect("defined");
        assert!((k - 0.4).abs() < 1e-9, "{k}");
    }

    #[test]
    fn a_moment_matches_a_label_one_turn_away_but_not_two() {
        let s = score(&[3, 8], &[4, 10]);
        assert_eq!(
            s,
            RuleScore {
                raised: 2,
                confirmed: 1,
                gold: 2,
                found: 1
            }
        );
    }
}
