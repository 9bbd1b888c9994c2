//! Rule O002 `scripted-praise`: formula praise repeated, or said where it makes no sense.

use crate::predicates::{covered, sentence_at, words_between};
use crate::{Analyzed, CheckContext, Confidence, Finding, Message, Rule};
use tact_lang::{lex, CueMatch};
use tact_model::Span;

/// ## What it detects
/// Formula praise by the agent ("great choice!", "excellent question!", "ottima scelta!",
/// "εξαιρετική επιλογή!", "alegere excelentă!", "loistava valinta!") that is plainly read from a
/// script: said again in the same conversation (every time after the first), or said right after
/// the customer ordered nothing, declined ("nothing", "no thanks", "niente", "τίποτα", "nimic",
/// "ei mitään") or complained.
///
/// ## Why it hurts the sale
/// Seed 001 tells it as a scene at a coffee chain: "a large latte and two croissants. Thank you,
/// great choice! And you? Nothing? (pause) Thank you, great choice!" The seller follows the
/// standard perfectly and "endlessly annoys the customer": the customer feels there is no person
/// in front of them but "an android loaded with a script". Praise that does not depend on what the
/// customer did tells them nobody was listening.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer: A large latte and two croissants, please.
/// agent: Thank you, great choice! And for you?
/// customer: Nothing, thanks.
/// agent: Thank you, great choice!   # fires
/// ```
/// ```conversation lang=en ok
/// customer: A large latte and two croissants, please.
/// agent: Thank you, great choice! And for you?
/// customer: Nothing, thanks.
/// agent: No problem. That's 7.40 for the latte and croissants.
/// ```
/// ```conversation lang=it bad
/// customer: Volevo sapere se la lavatrice ha la garanzia.
/// agent: Ottima domanda! Sì, due anni.
/// customer: E si può pagare a rate?
/// agent: Ottima domanda! Sì, in dieci rate.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Volevo sapere se la lavatrice ha la garanzia.
/// agent: Ottima domanda! Sì, due anni.
/// customer: E si può pagare a rate?
/// agent: Sì, in dieci rate senza interessi.
/// ```
/// ```conversation lang=el bad
/// agent: Θέλετε να προσθέσουμε και ένα γλυκό;
/// customer: Όχι, τίποτα.
/// agent: Εξαιρετική επιλογή!   # fires
/// ```
/// ```conversation lang=el ok
/// agent: Θέλετε να προσθέσουμε και ένα γλυκό;
/// customer: Ναι, ένα τιραμισού.
/// agent: Εξαιρετική επιλογή!
/// ```
/// ```conversation lang=ro bad
/// customer: Comanda mea nu a ajuns nici azi, e a treia oară când sun.
/// agent: Bună întrebare! Vă rog să-mi spuneți numărul comenzii.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Comanda mea nu a ajuns nici azi, e a treia oară când sun.
/// agent: Îmi pare rău, verific chiar acum. Îmi spuneți numărul comenzii?
/// ```
/// ```conversation lang=fi bad
/// customer: Otan tämän sinisen takin.
/// agent: Loistava valinta! Tarvitsetko muuta?
/// customer: Ei mitään.
/// agent: Loistava valinta! Maksatko kortilla?   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Otan tämän sinisen takin.
/// agent: Loistava valinta! Tarvitsetko muuta?
/// customer: Ei mitään.
/// agent: Selvä. Maksatko kortilla?
/// ```
///
/// ## Suggested instead
/// Say praise only when it is true and about something the customer actually did, and never
/// twice: a plain "noted" or a useful detail about what they chose sounds more sincere than any
/// formula.
///
/// ## Options
/// None.
///
/// ## Known limits
/// Only the formulas in the lexicon `scripted_praise` are recognised, and only at the head of a
/// sentence ("Great choice!", "You made a great choice"): the same words deep inside a sentence
/// ("the Pro is a good choice for gamers") are read as an opinion and ignored. Praise that differs
/// in wording each time is not seen as repeated.
pub struct ScriptedPraise;

/// Formula praise in seller turn `i`: a `scripted_praise` cue at the head of a sentence, not
/// negated and not asked about.
fn praises(c: &Analyzed<'_>, i: usize) -> Vec<CueMatch> {
    let t = &c.turns[i];
    t.text
        .cues_of(lex::SCRIPTED_PRAISE)
        .filter(|m| {
            let Some(s) = sentence_at(t, m.norm_start).filter(|s| m.norm_end <= s.norm_end) else {
                return false;
            };
            let lead = words_between(&t.text, s.norm_start, m.norm_start);
            let negated = t
                .text
                .cues_in(lex::NEGATOR, s.norm_start, m.norm_start)
                .next()
                .is_some();
            // "Is it a good choice?" asks; "Great choice, anything else?" praises.
            lead <= 3 && !negated && !(s.is_question && lead > 0)
        })
        .copied()
        .collect()
}

/// What the customer turn `ci` said that makes praise senseless: nothing but a "nothing" or a
/// "no", or a complaint; the second value names which for the catalogue's `$reply` select
/// (`decline` or `complaint`).
fn senseless_after(c: &Analyzed<'_>, ci: usize) -> Option<(Span, &'static str)> {
    let t = &c.turns[ci];
    if let Some(m) = t.text.first(lex::CUSTOMER_COMPLAINT) {
        return Some((m.span, "complaint"));
    }
    if t.has_question() {
        return None;
    }
    let first = t
        .text
        .cues
        .iter()
        .find(|m| m.lex == lex::NOTHING_REPLY || m.lex == lex::REFUSAL)?;
    // Only a bare decline: "No, the large one" chose something.
    c.content_tokens(ci)
        .all(|k| {
            [lex::NOTHING_REPLY, lex::REFUSAL, lex::BACKCHANNEL]
                .iter()
                .any(|&l| covered(t, l, k.norm_start, k.norm_end))
        })
        .then_some((first.span, "decline"))
}

impl Rule for ScriptedPraise {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        let mut first: Option<(usize, CueMatch)> = None;
        let mut count = 0usize;
        for i in c.seller_turns() {
            let context = c
                .prev_customer(i)
                .filter(|&ci| c.next_seller(ci) == Some(i))
                .and_then(|ci| senseless_after(c, ci).map(|(span, how)| (ci, span, how)));
            for m in praises(c, i) {
                count += 1;
                if let Some((ci, span, how)) = context {
                    out.push(Finding {
                        confidence: Confidence::DEFAULT,
                        turn: i,
                        span: m.span,
                        message: Message::new("moment-scripted-praise-senseless")
                            .text("reply", how)
                            .text("said", c.quote(ci, span))
                            .text("praise", c.quote(i, m.span)),
                    });
                } else if count >= 2 {
                    if let Some((fi, fm)) = first {
                        out.push(Finding {
                            confidence: Confidence::DEFAULT,
                            turn: i,
                            span: m.span,
                            message: Message::new("moment-scripted-praise-repeated")
                                .text("praise", c.quote(i, m.span))
                                .text("earlier", c.quote(fi, fm.span)),
                        });
                    }
                }
                first.get_or_insert((i, m));
            }
        }
    }
}
