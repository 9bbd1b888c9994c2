//! Links between turns: which turn answers which question, which refusal declines which offer
//! and which yes accepts it, which seller turn takes up a stated need, and which customer turn
//! says again what an earlier one said.

use crate::acts::{Answer, Question, QuestionKind, TurnActs};
use crate::Stems;
use rustc_hash::FxHashSet as HashSet;

/// How a turn answers a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnsweredBy {
    /// Opens with yes, no or "I don't know".
    Word(Answer),
    /// Gives the kind of value the question asks for: a price to "how much?", a time to
    /// "when?".
    Value,
    /// Says something that is not a question back.
    Statement,
}

/// One side of the conversation, for the links; system turns take no side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Seller,
    Customer,
    None,
}

/// The links of a conversation, one slot per turn.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Links {
    /// For an answering turn: the turn whose question it answers, and how.
    pub answers: Vec<Option<(usize, AnsweredBy)>>,
    /// For a turn with a question: the turn that answers it.
    pub answered_by: Vec<Option<usize>>,
    /// For a customer turn that declines: the seller turn whose offer it declines.
    pub declines: Vec<Option<usize>>,
    /// For a customer turn that says yes to a proposal: the proposing turn.
    pub accepts: Vec<Option<usize>>,
    /// For a customer turn that states a need: the seller turn that takes it up.
    pub addressed_by: Vec<Option<usize>>,
    /// For a customer turn: an earlier customer turn it repeats.
    pub repeats: Vec<Option<usize>>,
}

impl Links {
    /// The turn whose question turn `j` answers outright — with yes, no, "I don't know" or the
    /// value asked for — not merely by saying something else.
    pub fn direct_answer(&self, j: usize) -> Option<usize> {
        match self.answers.get(j).copied().flatten() {
            Some((q, AnsweredBy::Word(_) | AnsweredBy::Value)) => Some(q),
            _ => None,
        }
    }
}

/// How many later turns of the other side may still take up a need.
const ADDRESS_WINDOW: usize = 2;
/// How far back (in customer turns) a repetition is looked for.
const REPEAT_WINDOW: usize = 6;

pub(crate) fn link(acts: &[TurnActs], sides: &[Side], stems: &Stems<'_, '_>) -> Links {
    let n = acts.len();
    let mut l = Links {
        answers: vec![None; n],
        answered_by: vec![None; n],
        declines: vec![None; n],
        accepts: vec![None; n],
        addressed_by: vec![None; n],
        repeats: vec![None; n],
    };
    // The turn holding the open question of each side (seller, customer).
    let mut open: [Option<usize>; 2] = [None, None];
    let idx = |s: Side| match s {
        Side::Seller => Some(0),
        Side::Customer => Some(1),
        Side::None => None,
    };
    for j in 0..n {
        let Some(me) = idx(sides[j]) else { continue };
        let other = 1 - me;
        if let Some(q) = open[other] {
            if let Some(how) = answers(&acts[q], &acts[j]) {
                l.answers[j] = Some((q, how));
                l.answered_by[q] = Some(j);
                open[other] = None;
            }
        }
        if acts[j].last_question().is_some() {
            open[me] = Some(j);
        }
    }
    for j in 0..n {
        if sides[j] != Side::Customer {
            continue;
        }
        let prev_seller = (0..j).rev().find(|&i| sides[i] == Side::Seller);
        let answered = l.answers[j].map(|(q, _)| q);
        let a = &acts[j];
        // What the customer answers: the question's proposal decides whether a no declines.
        let question = answered.and_then(|q| acts[q].last_question().map(|x| (q, *x)));
        // "We have an offer on the annual pass. Shall we?": a yes/no question closing a turn that
        // makes an offer proposes it, unless it asks a preference.
        let proposes = |q: usize, x: &Question| {
            x.proposes
                || (x.kind == QuestionKind::YesNo && !x.preference && !acts[q].offers.is_empty())
        };
        match question {
            Some((q, x)) if proposes(q, &x) => {
                if a.refusal.is_some() || a.answer == Some(Answer::No) {
                    l.declines[j] = Some(q);
                } else if a.answer == Some(Answer::Yes) || a.agreement {
                    l.accepts[j] = Some(q);
                }
            }
            // A no to a question that proposes nothing ("does the area matter to you?"), to a
            // preference, a value or a check is an answer, not a refusal.
            Some(_) => {}
            _ => {
                if a.refusal.is_some() {
                    l.declines[j] = prev_seller.filter(|&i| !acts[i].offers.is_empty());
                }
            }
        }
        if !a.needs.is_empty() {
            l.addressed_by[j] = (j + 1..n)
                .filter(|&i| sides[i] == Side::Seller)
                .take(ADDRESS_WINDOW)
                .find(|&i| takes_up(&acts[j], &acts[i], stems.of(j), stems.of(i)));
        }
        if stems.of(j).len() >= 2 {
            l.repeats[j] = (0..j)
                .rev()
                .filter(|&i| sides[i] == Side::Customer)
                .take(REPEAT_WINDOW)
                .find(|&i| repeats(stems.of(j), stems.of(i)));
        }
    }
    l
}

/// Whether turn `a` answers the last question of turn `q`.
fn answers(q: &TurnActs, a: &TurnActs) -> Option<AnsweredBy> {
    let question = q.last_question()?;
    if let Some(w) = a.answer {
        return Some(AnsweredBy::Word(w));
    }
    // A price answers "how much?", not "when will it arrive?".
    if let Some(kind) = question.asks_for {
        if a.entities.iter().any(|e| e.kind == kind) {
            return Some(AnsweredBy::Value);
        }
    }
    // A turn that only asks back does not answer.
    (a.questions.len() < a.sentences).then_some(AnsweredBy::Statement)
}

/// Whether a seller turn takes up a need: it names a content word of it or one of its values.
fn takes_up(need: &TurnActs, reply: &TurnActs, ns: &HashSet<String>, rs: &HashSet<String>) -> bool {
    ns.intersection(rs).next().is_some()
        || need.entities.iter().any(|e| {
            reply
                .entities
                .iter()
                .any(|r| r.kind == e.kind && (r.value - e.value).abs() < 1e-9)
        })
}

/// Whether two customer turns say the same: most of the shorter one's content words recur.
fn repeats(a: &HashSet<String>, b: &HashSet<String>) -> bool {
    let shared = a.intersection(b).count();
    let shorter = a.len().min(b.len());
    shorter >= 2 && shared >= 2 && shared * 5 >= shorter * 3
}
