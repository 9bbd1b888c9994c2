//! The dialogue layer measured on labelled data nobody on the team wrote: the dialogue acts of
//! Schema-Guided Dialogue (English, system and user turns) against the acts and links
//! `tact_dialogue` reads, and the money examples of Duckling's corpora (English, Italian,
//! Romanian) against the amounts it parses.

use crate::EvalError;
use std::collections::BTreeMap;
use std::path::Path;
use tact_dialogue::{Answer, EntityKind, QuestionKind};
use tact_lang::{Lang, TurnText};
use tact_model::{Conversation, Role, Turn};
use tact_rules::figures::{format_interval as pct, wilson};
use tact_rules::Analyzed;

/// Agreement of one act of tact with one gold act, over the turns of one side.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActScore {
    /// Turns with the gold act, turns where tact reads the act, and turns with both.
    pub gold: usize,
    pub found: usize,
    pub both: usize,
}

impl ActScore {
    fn add(&mut self, gold: bool, found: bool) {
        self.gold += usize::from(gold);
        self.found += usize::from(found);
        self.both += usize::from(gold && found);
    }
    pub fn precision(&self) -> Option<(f64, f64, f64)> {
        wilson(self.both, self.found)
    }
    pub fn recall(&self) -> Option<(f64, f64, f64)> {
        wilson(self.both, self.gold)
    }
}

/// Amounts of money found with the gold value, per language.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MoneyScore {
    pub examples: usize,
    /// Examples written with digits (tact does not read numbers written as words).
    pub with_digits: usize,
    pub found: usize,
    pub found_with_digits: usize,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct DialogueResult {
    pub dialogues: usize,
    pub turns: usize,
    /// What tact reads → (the gold act it is compared with, the score).
    pub acts: BTreeMap<&'static str, (&'static str, ActScore)>,
    pub money: BTreeMap<&'static str, MoneyScore>,
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> EvalError + '_ {
    move |source| EvalError::Io {
        path: path.display().to_string(),
        source,
    }
}

#[derive(serde::Deserialize)]
struct SgdDialogue {
    turns: Vec<SgdTurn>,
}

#[derive(serde::Deserialize)]
struct SgdTurn {
    speaker: String,
    utterance: String,
    acts: Vec<SgdAct>,
}

#[derive(serde::Deserialize)]
struct SgdAct {
    act: String,
}

/// Measures the acts on `sgd` (a JSONL of dialogues) and the amounts on `duckling` (the folder
/// of per-language Duckling corpora).
pub fn eval_dialogue(sgd: &Path, duckling: &Path) -> Result<DialogueResult, EvalError> {
    let mut r = DialogueResult::default();
    let text = std::fs::read_to_string(sgd).map_err(io(sgd))?;
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let d: SgdDialogue = serde_json::from_str(line).map_err(|e| EvalError::Record {
            path: sgd.display().to_string(),
            line: n + 1,
            reason: e.to_string(),
        })?;
        let conv = Conversation {
            language: Some("en".into()),
            turns: d
                .turns
                .iter()
                .map(|t| {
                    let role = if t.speaker == "USER" {
                        Role::Customer
                    } else {
                        Role::Agent
                    };
                    Turn::new(role, t.utterance.clone())
                })
                .collect(),
            ..Conversation::default()
        };
        let a = Analyzed::new(&conv, Some(Lang::En));
        r.dialogues += 1;
        r.turns += d.turns.len();
        for (i, t) in d.turns.iter().enumerate() {
            let has = |x: &str| t.acts.iter().any(|a| a.act == x);
            let acts = &a.dialogue.turns[i];
            let links = &a.dialogue.links;
            let mut score = |ours: &'static str, gold: &'static str, g: bool, f: bool| {
                r.acts
                    .entry(ours)
                    .or_insert((gold, ActScore::default()))
                    .1
                    .add(g, f);
            };
            if t.speaker == "USER" {
                score(
                    "answer yes (user)",
                    "AFFIRM or AFFIRM_INTENT",
                    has("AFFIRM") || has("AFFIRM_INTENT"),
                    acts.answer == Some(Answer::Yes),
                );
                score(
                    "answer no (user)",
                    "NEGATE or NEGATE_INTENT",
                    has("NEGATE") || has("NEGATE_INTENT"),
                    acts.answer == Some(Answer::No),
                );
                score(
                    "declines an offer (user)",
                    "NEGATE_INTENT",
                    has("NEGATE_INTENT"),
                    links.declines[i].is_some(),
                );
                score(
                    "accepts a proposal (user)",
                    "AFFIRM_INTENT",
                    has("AFFIRM_INTENT"),
                    links.accepts[i].is_some(),
                );
                score("thanks (user)", "THANK_YOU", has("THANK_YOU"), acts.thanks);
                score("closing (user)", "GOODBYE", has("GOODBYE"), acts.closing);
                score(
                    "question (user)",
                    "REQUEST or REQUEST_ALTS",
                    has("REQUEST") || has("REQUEST_ALTS"),
                    acts.has_question(),
                );
            } else {
                score(
                    "open or choice question (system)",
                    "REQUEST",
                    has("REQUEST"),
                    acts.questions
                        .iter()
                        .any(|q| matches!(q.kind, QuestionKind::Open | QuestionKind::Choice)),
                );
                score(
                    "proposes (system)",
                    "OFFER or OFFER_INTENT",
                    has("OFFER") || has("OFFER_INTENT"),
                    acts.questions.iter().any(|q| q.proposes),
                );
            }
        }
    }
    for (code, lang) in [("en", Lang::En), ("it", Lang::It), ("ro", Lang::Ro)] {
        let path = duckling.join(code).join("AmountOfMoney.hs");
        let src = std::fs::read_to_string(&path).map_err(io(&path))?;
        let m = r.money.entry(code).or_default();
        for (value, example) in duckling_money(&src) {
            let t = TurnText::new(&example, lang);
            let ok = tact_dialogue::entities(&t, lang)
                .iter()
                .any(|e| e.kind == EntityKind::Money && (e.value - value).abs() < 0.005);
            let digits = example.chars().any(|c| c.is_ascii_digit());
            m.examples += 1;
            m.with_digits += usize::from(digits);
            m.found += usize::from(ok);
            m.found_with_digits += usize::from(ok && digits);
        }
    }
    Ok(r)
}

/// The currencies of tact's markets, as Duckling names them: euro, dollar, pound, leu.
const OUR_CURRENCIES: [&str; 6] = ["EUR", "Dollar", "USD", "Pound", "GBP", "RON"];

/// The (value, example) pairs of a Duckling money corpus in the currencies of tact's markets:
/// `examples (simple CUR value)` followed by a list of quoted strings. Ranges (`between`,
/// `under`, `above`) are left out: they resolve to intervals, not one amount; so are the
/// currencies no market of tact uses (rupees, dinars, cents as a unit …).
fn duckling_money(src: &str) -> Vec<(f64, String)> {
    let mut out = Vec::new();
    let mut value: Option<f64> = None;
    for line in src.lines() {
        let l = line.trim();
        if let Some(rest) = l.split("examples (").nth(1) {
            value = rest.strip_prefix("simple ").and_then(|r| {
                let mut w = r.split_whitespace();
                let currency = w.next()?;
                OUR_CURRENCIES.contains(&currency).then_some(())?;
                w.next()?.trim_end_matches(')').parse().ok()
            });
            continue;
        }
        let Some(v) = value else { continue };
        if let Some(q) = l.trim_start_matches(['[', ',']).trim().strip_prefix('"') {
            if let Some(ex) = q.strip_suffix('"') {
                out.push((v, ex.replace("\\\"", "\"")));
            }
        }
        if l.ends_with(']') {
            value = None;
        }
    }
    out
}

/// The dialogue section of docs/quality.md.
pub fn dialogue_markdown(r: &DialogueResult) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(s, "## The dialogue layer on labelled dialogue acts\n");
    let _ = writeln!(
        s,
        "`tact_dialogue` reads acts with written cue lexicons in five languages and links turns by written rules; \
         nothing in it is trained. Measured on the Schema-Guided Dialogue dev set (English, {} dialogues, {} turns; \
         crowd-sourced task dialogues, so the system side is a booking assistant, not a seller): each row compares \
         one thing tact reads with the gold act it corresponds to, turn by turn. No labelled dialogue acts exist for \
         Greek, Romanian or Finnish: those lexicons were written by the team and are tested by examples only. \
         Intervals are Wilson 95 %.\n",
        r.dialogues, r.turns
    );
    let _ = writeln!(
        s,
        "| tact reads | gold act | gold | tact | both | precision | recall |"
    );
    let _ = writeln!(s, "|---|---|---:|---:|---:|---:|---:|");
    for (ours, (gold, x)) in &r.acts {
        let _ = writeln!(
            s,
            "| {ours} | `{gold}` | {} | {} | {} | {} | {} |",
            x.gold,
            x.found,
            x.both,
            pct(x.precision()),
            pct(x.recall())
        );
    }
    let _ = writeln!(
        s,
        "\nAmounts of money on Duckling's example corpora, in the currencies of tact's markets (euro, dollar, \
         pound, leu; the value and the currency must both be read; examples with the number in words are counted \
         but tact does not read them):\n"
    );
    let _ = writeln!(
        s,
        "| language | examples | found | with digits | found among them |"
    );
    let _ = writeln!(s, "|---|---:|---:|---:|---:|");
    for (lang, m) in &r.money {
        let _ = writeln!(
            s,
            "| {lang} | {} | {} | {} | {} |",
            m.examples,
            pct(wilson(m.found, m.examples)),
            m.with_digits,
            pct(wilson(m.found_with_digits, m.with_digits))
        );
    }
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duckling_examples_are_read_with_their_values() {
        let src = "allExamples = concat\n  [ examples (simple INR 5)\n             [ \"Rs 5\"\n             ]\n  , examples (simple Dollar 10)\n             [ \"$10\"\n             , \"dieci dollari\"\n             ]\n  , examples (between Dollar (1, 2))\n             [ \"1-2$\"\n             ]\n  ]";
        assert_eq!(
            duckling_money(src),
            vec![
                (10.0, "$10".to_string()),
                (10.0, "dieci dollari".to_string())
            ]
        );
    }
}
