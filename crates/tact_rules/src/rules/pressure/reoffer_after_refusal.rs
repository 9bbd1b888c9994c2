//! Rule P001 `reoffer-after-refusal`: insisting after a "no".

use crate::{Analyzed, CheckContext, Confidence, Finding, Message, Rule};
use tact_lang::lex;
use tact_model::Span;

/// ## What it detects
/// The agent pitches the same offer again after the customer has declined it: a refusal
/// ("no thanks", "non mi interessa", "όχι ευχαριστώ", "nu mă interesează", "ei kiitos") followed,
/// before the customer shows interest again, by an agent turn that repeats the offer or pushes it
/// with new pressure.
///
/// ## Why it hurts the sale
/// The seeds name it first among OOPS moments: agents who are "troppo insistenti" (seed 000) make
/// the customer feel unheard, and the customer labels the whole interaction unpleasant and an
/// obstacle to buying. A "no" respected keeps the door open; a "no" argued with closes it.
///
/// ## Examples
/// ```conversation lang=en bad
/// agent: Would you like to add the extended warranty for 79 euros?
/// customer: No thanks, I'm not interested.
/// agent: Are you sure? The extended warranty is really worth it, it's only 79 euros.   # fires
/// ```
/// ```conversation lang=en ok
/// agent: Would you like to add the extended warranty for 79 euros?
/// customer: No thanks, I'm not interested.
/// agent: Understood. Your order is confirmed, anything else I can help with?
/// ```
/// ```conversation lang=it bad
/// agent: Vuole aggiungere la garanzia estesa a 79 euro?
/// customer: No grazie, non mi interessa.
/// agent: Guardi che la garanzia estesa conviene davvero, sono solo 79 euro.   # fires
/// ```
/// ```conversation lang=it ok
/// agent: Vuole aggiungere la garanzia estesa a 79 euro?
/// customer: No grazie, non mi interessa.
/// agent: Va benissimo. L'ordine è confermato, le serve altro?
/// ```
/// ```conversation lang=el bad
/// agent: Θέλετε να προσθέσουμε την επέκταση εγγύησης με 79 ευρώ;
/// customer: Όχι ευχαριστώ, δεν με ενδιαφέρει.
/// agent: Σίγουρα; Η επέκταση εγγύησης αξίζει πραγματικά, μόνο 79 ευρώ.   # fires
/// ```
/// ```conversation lang=el ok
/// agent: Θέλετε να προσθέσουμε την επέκταση εγγύησης με 79 ευρώ;
/// customer: Όχι ευχαριστώ, δεν με ενδιαφέρει.
/// agent: Κανένα πρόβλημα. Η παραγγελία σας επιβεβαιώθηκε, χρειάζεστε κάτι άλλο;
/// ```
/// ```conversation lang=ro bad
/// agent: Doriți să adăugați garanția extinsă la 79 de euro?
/// customer: Nu, mulțumesc, nu mă interesează.
/// agent: Sigur? Garanția extinsă merită cu adevărat, costă doar 79 de euro.   # fires
/// ```
/// ```conversation lang=ro ok
/// agent: Doriți să adăugați garanția extinsă la 79 de euro?
/// customer: Nu, mulțumesc, nu mă interesează.
/// agent: Am înțeles. Comanda este confirmată, vă mai pot ajuta cu ceva?
/// ```
/// ```conversation lang=fi bad
/// agent: Haluatko lisätä jatkotakuun 79 eurolla?
/// customer: Ei kiitos, en ole kiinnostunut.
/// agent: Oletko varma? Jatkotakuu kannattaa todella, se maksaa vain 79 euroa.   # fires
/// ```
/// ```conversation lang=fi ok
/// agent: Haluatko lisätä jatkotakuun 79 eurolla?
/// customer: Ei kiitos, en ole kiinnostunut.
/// agent: Selvä. Tilauksesi on vahvistettu, voinko auttaa vielä jossain?
/// ```
///
/// ## Suggested instead
/// Acknowledge the "no" in a few words, confirm what the customer did ask for, and leave the door
/// open without repeating the pitch: the customer will come back to it if it matters to them.
///
/// ## Options
/// - `window` (default 2): how many agent turns after the refusal are checked.
///
/// "The same offer" means an agent sentence with an offer or urgency cue that shares a content
/// word (stemmed) with the offer sentence the customer declined; doubting the "no" ("are you
/// sure?", lexicon `pushback`) or adding urgency right after it presses the same offer too. A bare "no" counts as a refusal
/// only as a standalone answer ("No.", "Όχι, …"), not as the negation of a verb.
///
/// ## Known limits
/// A different offer that shares a word with the declined one (two warranties) is reported; the
/// same offer repeated in entirely different words, or without any offer cue, is missed. An
/// implicit refusal ("my budget is 300") is not read as a "no" — `ignored-need` covers it.
pub struct ReofferAfterRefusal;

/// Where the customer's "no" is: the refusal cue, else the "no" that opens the turn.
fn refusal_span(c: &Analyzed<'_>, turn: usize) -> Option<Span> {
    let t = &c.turns[turn].text;
    match c.dialogue.turns[turn].refusal {
        Some((s, e)) => Some(t.norm.to_original(s as usize, e as usize)),
        None => t.first(lex::DENY).map(|m| m.span),
    }
}

/// Whether a seller turn turns something down itself ("no, I can't go lower"): a seller who
/// declines a buyer's counter-offer names the deal without pitching it again.
fn declines_itself(c: &Analyzed<'_>, turn: usize) -> bool {
    c.dialogue.turns[turn].answer == Some(tact_dialogue::Answer::No)
        || c.turns[turn].text.has(lex::SELLER_REFUSAL)
}

/// Content stems of the sentences of `turn` that carry an offer, urgency or proposal cue: what
/// is offered.
fn offer_stems(c: &Analyzed<'_>, turn: usize) -> Vec<(String, Span)> {
    let t = &c.turns[turn];
    let cue_sentences: Vec<_> = t
        .sentences
        .iter()
        .filter(|s| {
            t.text.cues.iter().any(|m| {
                (m.lex == lex::OFFER || m.lex == lex::FALSE_URGENCY || m.lex == lex::PROPOSAL)
                    && m.norm_start >= s.norm_start
                    && m.norm_end <= s.norm_end
            })
        })
        .collect();
    // The words of a proposal formula ("would you like") name nothing offered.
    c.content_tokens(turn)
        .filter(|k| {
            cue_sentences
                .iter()
                .any(|s| k.norm_start >= s.norm_start && k.norm_end <= s.norm_end)
                && !crate::predicates::covered(t, lex::PROPOSAL, k.norm_start, k.norm_end)
        })
        .map(|k| (c.stem_of(turn, k).to_string(), k.span))
        .collect()
}

impl Rule for ReofferAfterRefusal {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        let window = cx.config.usize("window", 2);
        let d = &c.dialogue;
        for ci in c.customer_turns() {
            // The dialogue layer links a refusal to the offer it declines: a "no" to a
            // preference or a value question ("window seat?") declines nothing.
            let Some(offer_turn) = d.links.declines[ci] else {
                continue;
            };
            let Some(refusal) = refusal_span(c, ci) else {
                continue;
            };
            let offered = offer_stems(c, offer_turn);
            if offered.is_empty() {
                continue;
            }
            // Declining an offer the agent put as a question is the clearest case.
            let proposed = d.turns[offer_turn]
                .last_question()
                .is_some_and(|q| q.proposes);
            let mut checked = 0;
            let mut j = ci + 1;
            while j < c.len() && checked < window {
                if c.is_customer(j) {
                    // The customer re-opened the topic (a question, or no second refusal):
                    // from here on, talking about the offer is answering, not insisting.
                    if c.turns[j].has_question() || d.links.declines[j].is_none() {
                        break;
                    }
                } else if c.is_seller(j) {
                    checked += 1;
                    if declines_itself(c, j) {
                        j += 1;
                        continue;
                    }
                    let t = &c.turns[j].text;
                    // A customer who says no and asks something else is served by a reply that
                    // answers it; only doubt or urgency presses the old offer then.
                    let served = d.links.answers[j].is_some_and(|(q, _)| q == ci);
                    if served && !t.has(lex::PUSHBACK) && !t.has(lex::FALSE_URGENCY) {
                        j += 1;
                        continue;
                    }
                    let again = offer_stems(c, j);
                    // Pressing the declined offer: naming it again, or doubting the "no"
                    // ("are you sure?") or adding urgency without naming it.
                    // Quote the offer itself where the turn names it, else the shared word.
                    let same = again
                        .iter()
                        .find(|(st, _)| offered.iter().any(|(o, _)| o == st))
                        .map(|(_, sp)| {
                            t.first(lex::OFFER)
                                .or_else(|| t.first(lex::PROPOSAL))
                                .map_or(*sp, |m| m.span)
                        });
                    let pressed = t
                        .first(lex::PUSHBACK)
                        .or_else(|| t.first(lex::FALSE_URGENCY))
                        .map(|m| m.span);
                    if let Some(span) = same.or(pressed) {
                        out.push(Finding {
                            confidence: if proposed && same.is_some() {
                                Confidence::HIGH
                            } else {
                                Confidence::DEFAULT
                            },
                            turn: j,
                            span,
                            message: Message::new("moment-reoffer-after-refusal")
                                .text("refusal", c.quote(ci, refusal))
                                .text("offer", c.quote(j, span)),
                        });
                        break;
                    }
                }
                j += 1;
            }
        }
    }
}
