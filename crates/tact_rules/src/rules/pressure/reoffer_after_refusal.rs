//! Rule P001 `reoffer-after-refusal`: insisting after a "no".

use crate::{Analyzed, CheckContext, Finding, Message, Rule};
use tact_lang::{lex, CueMatch};
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
///
/// Measured blind (docs/quality.md, 2026-12-04, 100 conversations labelled without the
/// rules: 60 real service chats and 40 written from scenario cards in it, el, ro, fi):
/// precision 22 % (6–55) over 9 moments, recall 20 % (6–51) of 10 labelled moments.
/// It stays in preview (off by default, `--preview` turns it on) until it reaches 90 %.
pub struct ReofferAfterRefusal;

/// Whether a refusal cue is a real "no": a multi-word refusal anywhere, or a bare negation
/// ("no", "όχι", "nu", "ei") only as the turn's opening answer, followed by punctuation or
/// nothing — "Nu mi-ați explicat nimic" negates a verb, it declines nothing.
fn is_refusal(c: &Analyzed<'_>, turn: usize, m: &CueMatch) -> bool {
    let t = &c.turns[turn].text;
    let words = t
        .tokens
        .iter()
        .filter(|k| k.norm_start >= m.norm_start && k.norm_end <= m.norm_end)
        .count();
    if words > 1 {
        return true;
    }
    let first = t
        .tokens
        .first()
        .is_some_and(|k| k.norm_start == m.norm_start);
    let next = t.norm.text[m.norm_end as usize..]
        .trim_start_matches(' ')
        .chars()
        .next();
    first && next.is_none_or(|ch| !ch.is_alphanumeric())
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
    c.content_tokens(turn)
        .filter(|k| {
            cue_sentences
                .iter()
                .any(|s| k.norm_start >= s.norm_start && k.norm_end <= s.norm_end)
        })
        .map(|k| (c.stem_of(turn, k).to_string(), k.span))
        .collect()
}

impl Rule for ReofferAfterRefusal {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        let window = cx.config.usize("window", 2);
        for ci in c.customer_turns() {
            let Some(refusal) = c.turns[ci]
                .text
                .cues_of(lex::REFUSAL)
                .find(|m| is_refusal(c, ci, m))
            else {
                continue;
            };
            // A refusal needs something refused: the agent's previous turn must offer something.
            let Some(offer_turn) = c.prev_seller(ci) else {
                continue;
            };
            let offered = offer_stems(c, offer_turn);
            if offered.is_empty() {
                continue;
            }
            let mut checked = 0;
            let mut j = ci + 1;
            while j < c.len() && checked < window {
                if c.is_customer(j) {
                    // The customer re-opened the topic (a question, or no second refusal):
                    // from here on, talking about the offer is answering, not insisting.
                    if c.turns[j].has_question()
                        || !c.turns[j]
                            .text
                            .cues_of(lex::REFUSAL)
                            .any(|m| is_refusal(c, j, m))
                    {
                        break;
                    }
                } else if c.is_seller(j) {
                    checked += 1;
                    let again = offer_stems(c, j);
                    let t = &c.turns[j].text;
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
                            turn: j,
                            span,
                            message: Message::new("moment-reoffer-after-refusal")
                                .text("refusal", c.quote(ci, refusal.span))
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
