//! Rule P001 `reoffer-after-refusal`: insisting after a "no".

use crate::{CheckContext, Finding, Rule};
use tact_lang::lex;

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
/// - `min_shared` (default 2): content words an agent turn must share with the refused offer to
///   count as the same offer when it carries no offer cue of its own.
///
/// ## Known limits
/// A refusal of one thing followed by a genuinely different offer that shares words with the
/// first (e.g. two warranties) is reported; an offer repeated in different words without any
/// offer or urgency cue is missed.
pub struct ReofferAfterRefusal;

impl Rule for ReofferAfterRefusal {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        let window = cx.config.usize("window", 2);
        let min_shared = cx.config.usize("min_shared", 2);
        for ci in c.customer_turns() {
            let Some(refusal) = c.turns[ci].text.first(lex::REFUSAL) else {
                continue;
            };
            // A refusal needs something refused: an earlier agent turn.
            let Some(offer_turn) = c.prev_seller(ci) else {
                continue;
            };
            let offered = c.content_stems(offer_turn);
            let mut checked = 0;
            let mut j = ci + 1;
            while j < c.len() && checked < window {
                if c.is_customer(j) {
                    // The customer re-opened the topic (a question, or no second refusal):
                    // from here on, talking about the offer is answering, not insisting.
                    if c.turns[j].has_question() || !c.turns[j].text.has(lex::REFUSAL) {
                        break;
                    }
                } else if c.is_seller(j) {
                    checked += 1;
                    let t = &c.turns[j].text;
                    let cue = t.first(lex::OFFER).or_else(|| t.first(lex::FALSE_URGENCY));
                    let stems = c.content_stems(j);
                    let shared: Vec<usize> = (0..stems.len())
                        .filter(|&k| offered.contains(&stems[k]))
                        .collect();
                    if shared.len() >= min_shared || (cue.is_some() && !shared.is_empty()) {
                        let span =
                            cue.map_or_else(|| c.content_token_span(j, shared[0]), |m| m.span);
                        out.push(Finding {
                            turn: j,
                            span,
                            message: format!(
                                "the customer declined (\"{}\") and the agent pitched the same offer again (\"{}\")",
                                c.quote(ci, refusal.span),
                                c.quote(j, span)
                            ),
                        });
                        break;
                    }
                }
                j += 1;
            }
        }
    }
}
