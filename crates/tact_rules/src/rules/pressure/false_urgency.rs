//! Rule P002 `false-urgency`: pressing the customer with deadlines and scarcity.

use crate::predicates::{
    cue_quoted, cues_overlapping, sentence_at, sentence_bounds, words_between,
};
use crate::{Analyzed, AnalyzedTurn, CheckContext, Confidence, Finding, Message, Rule};
use tact_lang::{lex, CueMatch};

/// ## What it detects
/// An agent who presses the customer to decide at once: a push ("hurry", "decide now", "si
/// sbrighi", "βιαστείτε", "grăbiți-vă", "pitäkää kiirettä"), or a deadline or scarcity claim
/// ("only today", "only two left", "solo oggi", "μόνο σήμερα", "doar azi", "vain tänään")
/// volunteered next to an offer the customer did not ask the timing of. When the customer has
/// just asked about deadlines, validity or stock ("until when is the discount valid?", "do you
/// have it in stock?"), a factual answer ("it ends today", "we have two left") is not reported;
/// a push added to that answer still is. Negated, quoted and customer-side uses never count ("no
/// hurry", "you don't have to decide now", "are you in a hurry?").
///
/// ## Why it hurts the sale
/// Seed 000 names agents who are "troppo insistenti" as the first source of OOPS moments: the
/// customer labels the interaction unpleasant and an obstacle to the purchase. Seed 001 describes
/// the till where, after a string of questions, the cashier announces a special offer valid "from
/// 15 to 16 September", and the customer who feels that point where "they are openly
/// manipulated" ("είναι ανοιχτά χειραγωγημένοι"): invented urgency reads as a trick, and the
/// customer starts to distrust everything else the seller says.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer: I'm looking for a corner sofa for the living room.
/// agent: This one is 899 euros with 20% off, but only today, and there are only two left, so hurry!   # fires
/// ```
/// ```conversation lang=en ok
/// customer: Until when is the 20% discount valid?
/// agent: The discount ends today at 8 pm, and we have two left in grey.
/// ```
/// ```conversation lang=it bad
/// customer: Cerco un divano angolare per il soggiorno.
/// agent: Questo costa 899 euro con il 20% di sconto, ma solo oggi, e ne sono rimasti solo due: si sbrighi!   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Fino a quando è valido lo sconto del 20%?
/// agent: Lo sconto finisce oggi alle 20, e in grigio ne abbiamo ancora due.
/// ```
/// ```conversation lang=el bad
/// customer: Ψάχνω έναν γωνιακό καναπέ για το σαλόνι.
/// agent: Αυτός κοστίζει 899 ευρώ με έκπτωση 20%, αλλά μόνο σήμερα, και έμειναν μόνο δύο, βιαστείτε!   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Μέχρι πότε ισχύει η έκπτωση 20%;
/// agent: Η έκπτωση λήγει σήμερα στις 8 το βράδυ, και στο γκρι έχουμε ακόμα δύο.
/// ```
/// ```conversation lang=ro bad
/// customer: Caut o canapea de colț pentru sufragerie.
/// agent: Aceasta costă 899 de euro cu 20% reducere, dar doar azi, și au mai rămas doar două, grăbiți-vă!   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Până când este valabilă reducerea de 20%?
/// agent: Reducerea expiră azi la ora 20, iar pe gri mai avem două bucăți.
/// ```
/// ```conversation lang=fi bad
/// customer: Etsin kulmasohvaa olohuoneeseen.
/// agent: Tämä maksaa 899 euroa 20 prosentin alennuksella, mutta vain tänään, ja niitä on enää kaksi jäljellä, pitäkää kiirettä!   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Mihin asti 20 prosentin alennus on voimassa?
/// agent: Alennus päättyy tänään kello 20, ja harmaana meillä on vielä kaksi.
/// ```
///
/// ## Suggested instead
/// Give the facts the customer needs to plan — the price, what the offer includes, and the date it
/// ends if there is one — and let them decide in their own time; answer deadline and stock
/// questions plainly, without "hurry".
///
/// ## Options
/// - `offer_window` (default 2): how many earlier agent turns may hold the offer that a deadline
///   or scarcity claim refers to.
///
/// ## Known limits
/// A deadline or stock claim with no offer word in the turn or the agent's recent turns ("only
/// two left!" said of a sofa named earlier) is missed. A true and helpful deadline volunteered
/// next to an offer ("your discount code expires today") is reported. A customer who set their own
/// deadline ("I need it by Friday") and is told "decide today" is still reported when the agent
/// uses a push phrase.
pub struct FalseUrgency;

fn is_clause_stop(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '.' | '!' | '?' | '(' | ')' | '\n' | '…' | '"' | '\u{037E}'
    )
}

/// A negation shortly before the cue in its clause: "no need to hurry", "you don't have to decide
/// now", "it's not only today".
fn is_negated(turn: &AnalyzedTurn, cue: &CueMatch) -> bool {
    let t = &turn.text;
    let text = t.norm.text.as_str();
    let start = cue.norm_start as usize;
    let (sentence, _) = sentence_bounds(turn, cue.norm_start);
    let sentence = (sentence as usize).min(start);
    let clause = text[sentence..start]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_clause_stop(c))
        .map_or(sentence, |(i, c)| sentence + i + c.len_utf8());
    t.cues_in(lex::NEGATOR, clause as u32, cue.norm_start)
        .any(|n| words_between(t, n.norm_end, cue.norm_start) <= 3)
}

/// One side of a real choice: a cue that holds the "or" of a choice question ("would you like to
/// pay right now or at delivery?"), or that an "or" follows at once ("you can decide today or
/// next week").
fn is_choice(turn: &AnalyzedTurn, cue: &CueMatch) -> bool {
    let t = &turn.text;
    let in_choice_question = sentence_at(turn, cue.norm_start)
        .is_some_and(|s| s.is_choice && cue.norm_end <= s.norm_end);
    let inside = t
        .cues_in(lex::CHOICE_CONNECTOR, cue.norm_start, cue.norm_end)
        .next()
        .is_some();
    let rest = &t.norm.text[cue.norm_end as usize..];
    let next_word = cue.norm_end + (rest.len() - rest.trim_start().len()) as u32;
    let right_after = t
        .cues_starting_in(cue.norm_end, next_word + 1)
        .iter()
        .any(|c| c.lex == lex::CHOICE_CONNECTOR);
    (inside && in_choice_question) || right_after
}

fn counts(turn: &AnalyzedTurn, cue: &CueMatch) -> bool {
    !cue_quoted(turn, cue) && !is_negated(turn, cue) && !is_choice(turn, cue)
}

/// The customer turn, in the customer's latest stretch before `i`, that asked about deadlines,
/// validity or stock; at most two agent turns may stand between the question and the answer.
fn asked_about_time(c: &Analyzed<'_>, i: usize) -> Option<(usize, CueMatch)> {
    let mut sellers = 0;
    let mut seen_customer = false;
    for j in (0..i).rev() {
        if c.is_seller(j) {
            if seen_customer {
                break;
            }
            sellers += 1;
            if sellers > 2 {
                break;
            }
        } else if c.is_customer(j) {
            if let Some(m) = c.turns[j].text.first(lex::DEADLINE_QUESTION) {
                return Some((j, *m));
            }
            seen_customer |= !c.turns[j].is_backchannel;
        }
    }
    None
}

/// Whether an offer is on the table: an offer cue, outside any urgency cue, in turn `i` or one of
/// the `window` agent turns before it.
fn offer_near(c: &Analyzed<'_>, i: usize, window: usize) -> bool {
    let sellers = std::iter::once(i).chain((0..i).rev().filter(|&j| c.is_seller(j)).take(window));
    sellers.into_iter().any(|j| {
        let turn = &c.turns[j];
        turn.text.cues_of(lex::OFFER).any(|o| {
            [lex::FALSE_URGENCY, lex::URGENCY_PUSH].iter().all(|&l| {
                cues_overlapping(turn, l, o.norm_start, o.norm_end)
                    .next()
                    .is_none()
            })
        })
    })
}

impl Rule for FalseUrgency {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        let window = cx.config.usize("offer_window", 2);
        for i in c.seller_turns() {
            let turn = &c.turns[i];
            let push = turn
                .text
                .cues_of(lex::URGENCY_PUSH)
                .find(|m| counts(turn, m));
            let claims: Vec<&CueMatch> = turn
                .text
                .cues_of(lex::FALSE_URGENCY)
                .filter(|m| counts(turn, m))
                .filter(|m| {
                    cues_overlapping(turn, lex::URGENCY_PUSH, m.norm_start, m.norm_end)
                        .next()
                        .is_none()
                })
                .collect();
            if push.is_none() && claims.is_empty() {
                continue;
            }
            let asked = asked_about_time(c, i);
            let message = match (push, asked) {
                (Some(p), Some((ci, q))) => {
                    let span = p.span;
                    Some((
                        span,
                        Message::new("moment-false-urgency-asked")
                            .text("question", c.quote(ci, q.span))
                            .text("pressure", c.quote(i, span)),
                    ))
                }
                (Some(p), None) => {
                    // The push, and up to two claims made with it.
                    let message = match claims.as_slice() {
                        [] => Message::new("moment-false-urgency-push"),
                        [one] => Message::new("moment-false-urgency-push-claim")
                            .text("claim", c.quote(i, one.span)),
                        [one, two, ..] => Message::new("moment-false-urgency-push-claims")
                            .text("claim", c.quote(i, one.span))
                            .text("second_claim", c.quote(i, two.span)),
                    };
                    Some((p.span, message.text("push", c.quote(i, p.span))))
                }
                // A deadline or stock level the customer asked about is an answer.
                (None, Some(_)) => None,
                (None, None) => {
                    let first = claims[0];
                    let second_claim = claims.iter().any(|m| m.entry != first.entry);
                    (second_claim || offer_near(c, i, window)).then(|| {
                        (
                            first.span,
                            Message::new("moment-false-urgency-unasked")
                                .text("claim", c.quote(i, first.span)),
                        )
                    })
                }
            };
            if let Some((span, message)) = message {
                out.push(Finding {
                    confidence: Confidence::DEFAULT,
                    turn: i,
                    span,
                    message,
                });
            }
        }
    }
}
