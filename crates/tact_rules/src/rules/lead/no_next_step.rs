//! Rule L003 `no-next-step`: an interested customer leaves without a next step.

use crate::predicates::{
    cue_quoted, has_any, negated_in_clause, said, sentence_at, sentence_bounds, words_in,
};
use crate::{Analyzed, CheckContext, Confidence, Finding, Message, Rule};
use tact_lang::{lex, CueMatch, LexId};
use tact_model::Span;

/// ## What it detects
/// A sales conversation ends with the customer interested — "sounds good", "I'm interested",
/// "mi interessa", "με ενδιαφέρει", "mă interesează", "kiinnostaa", or questions about price,
/// availability and delivery — but with no next step in the last agent turns: no appointment,
/// follow-up call, reservation, order, test drive or quote sent ("I'll send you the quote",
/// "ci vediamo sabato", "σας περιμένουμε την Τρίτη", "vă aștept joi", "nähdään lauantaina"). The
/// moment is the last agent turn, where the step should have been.
///
/// A second detector reads a dead end: an agent turn that reports that what the customer asked
/// for could not be done ("the reservation request was not successful", "non è più
/// disponibile", "δεν υπάρχει διαθεσιμότητα", "nu am reușit", "varaus ei onnistunut") and
/// offers no retry, alternative or follow-up, when the next agent replies report neither a
/// success nor another failure. The moment is the turn that reports the failure.
///
/// ## Why it hurts the sale
/// Seed 002 sets the goal of a sales consultant "who receives by appointment", like any
/// professional helping us with something we are not expert in, and warns that handling the lead
/// well is only the first step. An interested customer sent off with "come by whenever you
/// like" has no reason to come back to this seller rather than the next one: the interest cools
/// and the lead is lost.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer: Hi, I saw the Model S bike on your site. How much is it?
/// agent: It's 1,290 euros, and we have it in your size.
/// customer: Sounds good, I'm interested.
/// agent: Great, come by whenever you like.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: Hi, I saw the Model S bike on your site. How much is it?
/// agent: It's 1,290 euros, and we have it in your size.
/// customer: Sounds good, I'm interested.
/// agent: Great, I can book you a test ride on Saturday at 10, shall I?
/// ```
/// ```conversation lang=it bad
/// customer: Buongiorno, ho visto la bici Model S sul sito. Quanto costa?
/// agent: Costa 1.290 euro e ce l'abbiamo nella sua taglia.
/// customer: Mi interessa.
/// agent: Bene, passi quando vuole.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Buongiorno, ho visto la bici Model S sul sito. Quanto costa?
/// agent: Costa 1.290 euro e ce l'abbiamo nella sua taglia.
/// customer: Mi interessa.
/// agent: Bene, le fisso un appuntamento per provarla sabato alle 10?
/// ```
/// ```conversation lang=el bad
/// customer: Καλημέρα, είδα το ποδήλατο Model S στο site. Πόσο κάνει;
/// agent: Κάνει 1.290 ευρώ και το έχουμε στο νούμερό σας.
/// customer: Με ενδιαφέρει.
/// agent: Ωραία, περάστε όποτε θέλετε.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Καλημέρα, είδα το ποδήλατο Model S στο site. Πόσο κάνει;
/// agent: Κάνει 1.290 ευρώ και το έχουμε στο νούμερό σας.
/// customer: Με ενδιαφέρει.
/// agent: Ωραία, να σας κλείσω ραντεβού για δοκιμή το Σάββατο στις 10;
/// ```
/// ```conversation lang=ro bad
/// customer: Bună ziua, am văzut bicicleta Model S pe site. Cât costă?
/// agent: Costă 1.290 de euro și o avem pe mărimea dumneavoastră.
/// customer: Mă interesează.
/// agent: Bine, treceți pe la noi când doriți.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Bună ziua, am văzut bicicleta Model S pe site. Cât costă?
/// agent: Costă 1.290 de euro și o avem pe mărimea dumneavoastră.
/// customer: Mă interesează.
/// agent: Bine, vă programez pentru o probă sâmbătă la ora 10?
/// ```
/// ```conversation lang=fi bad
/// customer: Hei, näin Model S -pyörän sivuillanne. Paljonko se maksaa?
/// agent: Se maksaa 1 290 euroa, ja sitä on teidän koossanne.
/// customer: Kiinnostaa.
/// agent: Hyvä, tulkaa käymään milloin vain.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Hei, näin Model S -pyörän sivuillanne. Paljonko se maksaa?
/// agent: Se maksaa 1 290 euroa, ja sitä on teidän koossanne.
/// customer: Kiinnostaa.
/// agent: Hyvä, varaan teille koeajon lauantaiksi kello 10, sopiiko?
/// ```
/// ```conversation lang=en bad
/// customer: I'd like to book a table for four on Friday at 8.
/// agent: I'm sorry, but the reservation request was not successful.   # fires
/// customer: Oh. Okay then.
/// ```
/// ```conversation lang=en ok
/// customer: I'd like to book a table for four on Friday at 8.
/// agent: I'm sorry, Friday at 8 is fully booked. Would 9 o'clock work, or Saturday at 8?
/// customer: Saturday at 8 is fine.
/// ```
/// ```conversation lang=it bad
/// customer: Vorrei prenotare un tavolo per quattro venerdì alle 20.
/// agent: Mi dispiace, ma la prenotazione non è andata a buon fine.   # fires
/// customer: Ah. Va bene, allora.
/// ```
/// ```conversation lang=it ok
/// customer: Vorrei prenotare un tavolo per quattro venerdì alle 20.
/// agent: Mi dispiace, venerdì alle 20 siamo al completo. Le andrebbe alle 21, o sabato alle 20?
/// customer: Sabato alle 20 va bene.
/// ```
/// ```conversation lang=el bad
/// customer: Θα ήθελα να κλείσω τραπέζι για τέσσερις την Παρασκευή στις 8.
/// agent: Λυπάμαι, αλλά η κράτηση δεν ολοκληρώθηκε.   # fires
/// customer: Α. Εντάξει τότε.
/// ```
/// ```conversation lang=el ok
/// customer: Θα ήθελα να κλείσω τραπέζι για τέσσερις την Παρασκευή στις 8.
/// agent: Λυπάμαι, την Παρασκευή στις 8 είμαστε πλήρεις. Σας βολεύει στις 9 ή το Σάββατο στις 8;
/// customer: Το Σάββατο στις 8 είναι μια χαρά.
/// ```
/// ```conversation lang=ro bad
/// customer: Aș vrea să rezerv o masă pentru patru vineri la ora 20.
/// agent: Îmi pare rău, dar nu am reușit să fac rezervarea.   # fires
/// customer: A. Bine atunci.
/// ```
/// ```conversation lang=ro ok
/// customer: Aș vrea să rezerv o masă pentru patru vineri la ora 20.
/// agent: Îmi pare rău, vineri la 20 suntem plini. V-ar conveni la 21 sau sâmbătă la 20?
/// customer: Sâmbătă la 20 e bine.
/// ```
/// ```conversation lang=fi bad
/// customer: Haluaisin varata pöydän neljälle perjantaiksi kello 20.
/// agent: Valitettavasti varaus ei onnistunut.   # fires
/// customer: Ai. No okei sitten.
/// ```
/// ```conversation lang=fi ok
/// customer: Haluaisin varata pöydän neljälle perjantaiksi kello 20.
/// agent: Valitettavasti perjantai kello 20 on täyteen varattu. Sopisiko kello 21 tai lauantaina kello 20?
/// customer: Lauantai kello 20 käy.
/// ```
///
/// ## Suggested instead
/// Close every interested conversation with one concrete next step the customer agrees to: an
/// appointment with a day and time, a call at a set moment, the quote sent by a named day, a
/// reservation or a test drive — the way a professional who receives by appointment would.
///
/// ## Options
/// - `window` (default 2): how many of the last agent turns are searched for the next step.
///
/// Interest is a customer cue of lexicon `interest` (negated forms like "not interested" are
/// exceptions). A next step is a cue of lexicon `next_step` in the last `window` agent turns or
/// the customer turns among them, or a plan to meet or call (lexicon `meet_plan`: "come by",
/// "ci vediamo", "σας περιμένουμε") together with a day or time (lexicon `time_ref`) in the
/// same turn. A customer who declines after showing interest (lexicon `refusal`) is left alone.
/// Decision: a customer who fixes the step themselves at a specific time after showing interest
/// ("I'll come by on Saturday morning") has a next step — the agent only has to confirm it; a
/// vague "I'll think about it" or "I'll let you know" is no step.
///
/// ## Known limits
/// A step agreed earlier in the conversation and not repeated at the end is missed when it lies
/// outside the window; a vague time ("one of these days") next to "come by" is not a step, but a
/// weekday mentioned for another reason ("we close on Sunday") next to "come by" is. Interest
/// shown only by tone or by long technical questions is not read. A soft no ("I'll think about
/// it", in lexicon `refusal`) counts as declining, so a hesitant customer let go is missed.
/// A dead end is read only from the failure words of lexicon `request_failed`; a failure told
/// in other words ("Friday is out, I'm afraid") is missed, and an alternative given in the same
/// sentence as the failure ("X is sold out but we have Y") is taken for none. A success or a
/// failure of another request in the next two agent turns hides a dead end. On the development
/// blind sets the dead-end detector found 21 of 33 labelled moments, with 33 unconfirmed of 54
/// raised (most in the STAR role-play, whose assistant often ends a failed booking with
/// nothing); the calibration in docs/quality.md sets its confidence from those figures.
pub struct NoNextStep;

/// The first cue of `lex` in turn `i` outside double quotes.
fn cue(c: &Analyzed<'_>, i: usize, lex: LexId) -> Option<CueMatch> {
    let t = &c.turns[i];
    t.text.cues_of(lex).find(|m| !cue_quoted(t, m)).copied()
}

/// Whether agent turn `i` shows the customer a way on: it offers or proposes something, asks a
/// question other than "anything else?", names an alternative, a next step or a call back
/// outside the sentences that report a failure ("the reservation request was not successful"
/// names no step), or says more than the bad news: a sentence from normalized position `from`
/// on of four words or more that is not an apology, a closing, "anything else?", a refusal or
/// another failure.
fn way_forward(c: &Analyzed<'_>, i: usize, from: u32) -> bool {
    let t = &c.turns[i];
    let bad_news = [
        lex::ANYTHING_ELSE,
        lex::APOLOGY,
        lex::CLOSING,
        lex::GRATITUDE,
        lex::REQUEST_FAILED,
        lex::SELLER_REFUSAL,
    ];
    let plain = |st: &crate::Sentence| !has_any(&t.text, &bad_news, st.norm_start, st.norm_end);
    let failing: Vec<(u32, u32)> = t
        .text
        .cues_of(lex::REQUEST_FAILED)
        .map(|m| sentence_bounds(t, m.norm_start))
        .collect();
    let elsewhere = |l: LexId| {
        t.text.cues_of(l).any(|m| {
            !cue_quoted(t, m)
                && !failing
                    .iter()
                    .any(|&(a, b)| m.norm_start >= a && m.norm_end <= b)
        })
    };
    !c.dialogue.turns[i].offers.is_empty()
        || [lex::ALTERNATIVE_OFFER, lex::NEXT_STEP, lex::CALLBACK_OFFER]
            .into_iter()
            .any(elsewhere)
        || t.sentences.iter().any(|st| {
            plain(st)
                && (st.is_question
                    || (st.norm_start >= from
                        && words_in(&t.text, st.norm_start, st.norm_end).len() >= 4))
        })
}

/// Detector: a request that failed with no way on. An agent turn that reports that what the
/// customer asked for could not be done (lexicon `request_failed`: "the reservation request was
/// not successful", "non è più disponibile") and shows no way forward, when neither of the next
/// two agent turns reports a success (a booking, a deal, lexicon `request_done`:
/// "successfully", "ho prenotato") or another failure: a failure the customer answers with a
/// retry that is then booked is no dead end, and of a run of failures only the last is the
/// moment. A failure the customer answers at once with a retry (lexicon `retry_request`: "how
/// about the 15th?", "proviamo un altro giorno") is left alone: the customer led the way on. A
/// conversation whose last turn is the customer's question, unanswered, was cut rather than left
/// without a way on. The agent's turns up to the customer's next one are read as one reply.
fn dead_ends(c: &Analyzed<'_>) -> Vec<(usize, CueMatch)> {
    let d = &c.dialogue;
    let failed = |i: usize| cue(c, i, lex::REQUEST_FAILED);
    // "Non è stata prenotata" reports no booking.
    let done = |i: usize| {
        let t = &c.turns[i];
        t.text
            .cues_of(lex::REQUEST_DONE)
            .any(|m| said(t, m) && !negated_in_clause(t, m))
    };
    let settles = |i: usize| failed(i).is_some() || d.turns[i].agreement || done(i);
    let sellers: Vec<usize> = c.seller_turns().collect();
    let mut out = Vec::new();
    for (n, &j) in sellers.iter().enumerate() {
        let Some(m) = failed(j) else { continue };
        let next = &sellers[n + 1..(n + 3).min(sellers.len())];
        if next.iter().any(|&x| settles(x)) {
            continue;
        }
        // The conversation ends on the customer's question, unanswered: it was cut.
        let last = c.len() - 1;
        if next.is_empty() && last > j && c.is_customer(last) && d.turns[last].has_question() {
            continue;
        }
        // "How about the 15th?": the customer took the lead with a retry.
        if j + 1 < c.len() && c.is_customer(j + 1) && cue(c, j + 1, lex::RETRY_REQUEST).is_some() {
            continue;
        }
        // The agent's own turns up to the customer's next word count as one reply: "That didn't
        // work." and then "Shall I try 9pm?" shows the way on.
        let reply_end = (j + 1..c.len())
            .find(|&i| c.is_customer(i))
            .unwrap_or(c.len());
        let from = sentence_bounds(&c.turns[j], m.norm_start).1;
        let on = way_forward(c, j, from)
            || (j + 1..reply_end).any(|i| c.is_seller(i) && way_forward(c, i, 0));
        if !on {
            out.push((j, m));
        }
    }
    out
}

/// Whether turn `i` sets a next step: a booking, call, quote or order, or a plan to meet or
/// call with a day or time.
fn sets_step(c: &Analyzed<'_>, i: usize) -> bool {
    cue(c, i, lex::NEXT_STEP).is_some()
        || (cue(c, i, lex::MEET_PLAN).is_some() && cue(c, i, lex::TIME_REF).is_some())
}

impl Rule for NoNextStep {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        let dead = dead_ends(c);
        for &(turn, m) in &dead {
            let span = sentence_at(&c.turns[turn], m.norm_start).map_or(m.span, |st| st.span);
            out.push(Finding {
                confidence: Confidence::DEFAULT,
                turn,
                span,
                message: Message::new("moment-no-next-step-failed")
                    .text("failure", c.quote(turn, span)),
            });
        }
        self.interest(cx, dead.last().map(|&(turn, _)| turn), out);
    }
}

impl NoNextStep {
    /// Detector: interest shown and no step set at the end. `dead_end` is the turn the dead-end
    /// detector already reported: a close there is one moment, not two.
    fn interest(&self, cx: &CheckContext<'_>, dead_end: Option<usize>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        let window = cx.config.usize("window", 2).max(1);
        let Some((interest_turn, interest)) = c
            .customer_turns()
            .filter_map(|i| cue(c, i, lex::INTEREST).map(|m| (i, m)))
            .last()
        else {
            return;
        };
        let sellers: Vec<usize> = c.seller_turns().collect();
        let Some(&last_agent) = sellers.last() else {
            return;
        };
        // A dead end after the interest is that close's moment: one lost lead, one moment.
        if last_agent < interest_turn || dead_end.is_some_and(|t| t > interest_turn) {
            return;
        }
        // The customer cooled down or declined after the interest: nothing to follow up.
        let after = interest_turn + 1..c.len();
        if after
            .clone()
            .any(|i| c.is_customer(i) && cue(c, i, lex::REFUSAL).is_some())
        {
            return;
        }
        // A deal reached after the interest ("it's a deal", a yes to the proposal) is the step.
        let d = &c.dialogue;
        if after
            .clone()
            .any(|i| d.turns[i].agreement || d.links.accepts[i].is_some())
        {
            return;
        }
        let region_start = sellers[sellers.len().saturating_sub(window)].min(interest_turn + 1);
        let stepped = (region_start..c.len()).any(|i| sets_step(c, i))
            || after.clone().any(|i| c.is_customer(i) && sets_step(c, i));
        if stepped {
            return;
        }
        // A step set earlier after the interest still holds; the close need not repeat it, so
        // the moment stays for review without counting in the score.
        let set_earlier = after.clone().any(|i| sets_step(c, i));
        // A customer who closes with thanks or a goodbye and asks nothing more left satisfied;
        // a coach would not call the close a lost lead.
        let satisfied = c.customer_turns().last().is_some_and(|k| {
            let acts = &d.turns[k];
            k > interest_turn && (acts.thanks || acts.closing) && acts.last_question().is_none()
        });
        let text = c.text(last_agent);
        out.push(Finding {
            confidence: if set_earlier || satisfied {
                Confidence::LOW
            } else {
                Confidence::DEFAULT
            },
            turn: last_agent,
            span: Span::new(0, text.len()),
            message: Message::new("moment-no-next-step")
                .text("interest", c.quote(interest_turn, interest.span)),
        });
    }
}
