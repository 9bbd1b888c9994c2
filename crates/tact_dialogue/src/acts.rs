//! What each turn does as a move in the dialogue: the questions it asks and of which kind, how it
//! opens when it answers (yes, no, "I don't know"), the offers it makes and at what price, the
//! needs it states with their constraints, and the courtesy moves around them. Rules used to read
//! cues alone; reading the move first is what tells a "no" to a preference question from a
//! refusal of an offer.

use crate::entities::{entities, Entity, EntityKind};
use tact_lang::{lex, CueMatch, Lang, LexId, Sentence, TurnText};

/// The kind of a question, which decides what counts as its answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    /// Answered by yes or no ("Do you deliver on Sundays?").
    YesNo,
    /// Asks for a value or an explanation ("What time do you open?").
    Open,
    /// Offers alternatives ("Red or blue?").
    Choice,
    /// Checks that the listener follows or agrees ("…, right?", "Shall I go on?"): no real
    /// question, and nothing to answer beyond a nod.
    Check,
}

/// A question sentence of a turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    /// Index into the turn's sentences.
    pub sentence: usize,
    pub kind: QuestionKind,
    /// The question proposes something to take or buy ("Would you like the warranty for 79
    /// euros?"): a no to it declines an offer.
    pub proposes: bool,
    /// The question asks what the listener prefers or needs ("Do you prefer a window seat?"): a
    /// no to it is an answer, not a refusal.
    pub preference: bool,
    /// The kind of value an open question asks for: a price ("how much is it?") or a time
    /// ("when will it arrive?"); a number of that kind in the reply answers it.
    pub asks_for: Option<EntityKind>,
}

/// How a turn opens when it opens as an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Yes,
    No,
    DontKnow,
}

/// A sentence that offers or proposes something.
#[derive(Debug, Clone, PartialEq)]
pub struct Offer {
    pub sentence: usize,
    /// The cue that carries the offer (normalized range).
    pub norm_start: u32,
    pub norm_end: u32,
    /// The price named in the same sentence, if any.
    pub price: Option<f64>,
}

/// A sentence that states a need or a request, with the constraints it sets.
#[derive(Debug, Clone, PartialEq)]
pub struct Need {
    pub sentence: usize,
    /// A spending limit ("my budget is 300", "at most 300 euros").
    pub budget: Option<f64>,
    /// The sentence rules an option out ("no seafood", "without the warranty").
    pub excludes: bool,
}

/// Everything the dialogue layer reads in one turn.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TurnActs {
    /// How many sentences the turn has.
    pub sentences: usize,
    pub questions: Vec<Question>,
    pub answer: Option<Answer>,
    /// A refusal cue that really declines ("no thanks", "not interested"; a bare "no" only as the
    /// turn's whole opening answer).
    pub refusal: Option<(u32, u32)>,
    pub offers: Vec<Offer>,
    pub needs: Vec<Need>,
    pub entities: Vec<Entity>,
    pub greeting: bool,
    pub closing: bool,
    pub thanks: bool,
    pub apology: bool,
    /// A deal or an arrangement is stated ("it's a deal", "booked").
    pub agreement: bool,
    /// The speaker corrects something they said ("I mean 4, not 5").
    pub correction: bool,
}

impl TurnActs {
    pub fn has_question(&self) -> bool {
        !self.questions.is_empty()
    }
    /// The last real question (checks aside) of the turn.
    pub fn last_question(&self) -> Option<&Question> {
        self.questions
            .iter()
            .rev()
            .find(|q| q.kind != QuestionKind::Check)
    }
    pub fn price(&self) -> Option<f64> {
        self.offers.iter().find_map(|o| o.price)
    }
}

fn has(t: &TurnText, lex: LexId, s: &Sentence) -> bool {
    t.cues_in(lex, s.norm_start, s.norm_end).next().is_some()
}

/// Index of the first token at or after `pos`.
fn token_index(t: &TurnText, pos: u32) -> usize {
    t.tokens.partition_point(|k| k.norm_start < pos)
}

/// Whether the cue opens the turn (first or second word: "oh yes", "well no").
fn opens(t: &TurnText, c: &CueMatch) -> bool {
    token_index(t, c.norm_start) <= 1
}

/// Whether only thanks and a "but" come before the cue ("Thanks, but no.", "Grazie, ma no.",
/// "Ευχαριστώ, αλλά όχι."): the polite way to open a refusal, where "no one called me" or "no
/// worries" after the same words refuse nothing (the caller checks that the cue stands alone).
fn after_thanks_but(t: &TurnText, c: &CueMatch) -> bool {
    let before = &t.tokens[..token_index(t, c.norm_start)];
    let within = |k: &tact_lang::Token, l: LexId| {
        t.cues_of(l)
            .any(|m| m.norm_start <= k.norm_start && k.norm_end <= m.norm_end)
    };
    !before.is_empty()
        && before.len() <= 4
        && before.iter().any(|k| within(k, lex::CONTRAST_TURN))
        && before.iter().any(|k| within(k, lex::GRATITUDE))
        && before
            .iter()
            .all(|k| within(k, lex::GRATITUDE) || within(k, lex::CONTRAST_TURN))
}

/// Whether a one-word cue stands alone: followed by punctuation or nothing ("No.", "No, …"),
/// not by a word it negates ("Nu am primit coletul").
fn stands_alone(t: &TurnText, c: &CueMatch) -> bool {
    let words = t.tokens[token_index(t, c.norm_start)..]
        .iter()
        .take_while(|k| k.norm_end <= c.norm_end)
        .count();
    if words > 1 {
        return true;
    }
    t.norm.text[c.norm_end as usize..]
        .trim_start_matches(' ')
        .chars()
        .next()
        .is_none_or(|ch| !ch.is_alphanumeric())
}

fn question_kind(t: &TurnText, s: &Sentence) -> QuestionKind {
    let first = token_index(t, s.norm_start);
    let words = token_index(t, s.norm_end) - first;
    let check = t
        .cues_in(lex::CHECK_QUESTION, s.norm_start, s.norm_end)
        .any(|c| {
            let at = token_index(t, c.norm_start) - first;
            if s.is_choice {
                // "Shall I go on or stop here?" opens with the check; in "a bit or well done?" a
                // word that can be a check ("well?") is one of the alternatives.
                return at == 0;
            }
            // A whole short check ("ok?", "shall I go on?") or a tag at the end ("…, right?").
            let tail = t.norm.text[c.norm_end as usize..s.norm_end as usize]
                .trim_matches(|ch: char| !ch.is_alphanumeric());
            words <= 5 || tail.is_empty() && at > 2
        });
    if check {
        return QuestionKind::Check;
    }
    if s.is_choice {
        return QuestionKind::Choice;
    }
    let wh_at = t
        .cues_in(lex::WH_WORD, s.norm_start, s.norm_end)
        .next()
        .map(|c| token_index(t, c.norm_start) - first);
    let yn_first = t
        .cues_in(lex::YN_LEAD, s.norm_start, s.norm_end)
        .next()
        .is_some_and(|c| token_index(t, c.norm_start) - first <= 1);
    match wh_at {
        Some(k) if k <= 2 => QuestionKind::Open,
        Some(_) if !yn_first => QuestionKind::Open,
        _ => QuestionKind::YesNo,
    }
}

/// The amounts of money among `entities` that lie inside sentence `s`, in text order.
pub fn amounts_in<'a>(entities: &'a [Entity], s: &Sentence) -> impl Iterator<Item = &'a Entity> {
    let (start, end) = (s.norm_start, s.norm_end);
    entities
        .iter()
        .filter(move |e| e.kind == EntityKind::Money && e.norm_start >= start && e.norm_end <= end)
}

/// The value of the first amount of money among `entities` that lies inside sentence `s`: the
/// price a sentence names, for the acts here and for rules that ask the same of a sentence.
pub fn money_in(entities: &[Entity], s: &Sentence) -> Option<f64> {
    amounts_in(entities, s).next().map(|e| e.value)
}

/// Reads the acts of one turn. `seller` says which side speaks: offers are read in seller turns,
/// needs in customer turns.
pub fn read_turn(t: &TurnText, sentences: &[Sentence], lang: Lang, seller: bool) -> TurnActs {
    let entities = entities(t, lang);
    let mut acts = TurnActs {
        sentences: sentences.len(),
        ..TurnActs::default()
    };
    for (k, s) in sentences.iter().enumerate() {
        let money = money_in(&entities, s);
        if s.is_question {
            let kind = question_kind(t, s);
            let offer_cue = has(t, lex::OFFER, s);
            let preference = has(t, lex::PREFERENCE_QUESTION, s) && !offer_cue && money.is_none();
            let proposes = !preference
                && kind != QuestionKind::Check
                && (has(t, lex::PROPOSAL, s) || offer_cue || money.is_some());
            let asks_for = match kind {
                QuestionKind::Open if has(t, lex::INTEREST, s) || has(t, lex::PRICE_UNIT, s) => {
                    Some(EntityKind::Money)
                }
                QuestionKind::Open
                    if has(t, lex::DEADLINE_QUESTION, s) || has(t, lex::TIME_REF, s) =>
                {
                    Some(EntityKind::Time)
                }
                _ => None,
            };
            acts.questions.push(Question {
                sentence: k,
                kind,
                proposes,
                preference,
                asks_for,
            });
        }
        if seller {
            let cue = t
                .cues_in(lex::PROPOSAL, s.norm_start, s.norm_end)
                .chain(t.cues_in(lex::OFFER, s.norm_start, s.norm_end))
                .min_by_key(|c| c.norm_start);
            if let Some(c) = cue {
                acts.offers.push(Offer {
                    sentence: k,
                    norm_start: c.norm_start,
                    norm_end: c.norm_end,
                    price: money,
                });
            }
        } else {
            let need = [
                lex::NEED_STATEMENT,
                lex::PRODUCT_REQUEST,
                lex::NEED_CONSTRAINT,
                lex::BUDGET_LIMIT,
            ]
            .iter()
            .any(|l| has(t, *l, s));
            if need {
                // The largest amount of a sentence with a budget cue: a range ("500 to 700")
                // is a limit at its top.
                let budget = has(t, lex::BUDGET_LIMIT, s)
                    .then(|| {
                        entities
                            .iter()
                            .filter(|e| {
                                e.kind != EntityKind::Time
                                    && e.norm_start >= s.norm_start
                                    && e.norm_end <= s.norm_end
                            })
                            .map(|e| e.value)
                            .reduce(f64::max)
                    })
                    .flatten();
                acts.needs.push(Need {
                    sentence: k,
                    budget,
                    excludes: has(t, lex::EXCLUSION, s),
                });
            }
        }
    }
    acts.answer = [
        (lex::DONT_KNOW, Answer::DontKnow),
        (lex::DENY, Answer::No),
        (lex::AFFIRM, Answer::Yes),
    ]
    .iter()
    .find_map(|(l, a)| {
        // "Yes, …" answers; "Great choice!" and "No one told me" do not.
        t.cues_of(*l)
            .find(|c| opens(t, c) && stands_alone(t, c))
            .map(|_| *a)
    });
    acts.refusal = t
        .cues_of(lex::REFUSAL)
        .find(|c| {
            let single = token_index(t, c.norm_end) - token_index(t, c.norm_start) <= 1;
            !single
                || (stands_alone(t, c)
                    && (token_index(t, c.norm_start) == 0 || after_thanks_but(t, c)))
        })
        .map(|c| (c.norm_start, c.norm_end));
    acts.greeting = t.has(lex::GREETING);
    acts.closing = t.has(lex::CLOSING);
    acts.thanks = t.has(lex::GRATITUDE);
    acts.apology = t.has(lex::APOLOGY);
    acts.agreement = t.has(lex::AGREEMENT);
    acts.correction = !seller && t.has(lex::CORRECTION);
    acts.entities = entities;
    acts
}
