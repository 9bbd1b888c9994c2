//! Rule L003 `no-next-step`: an interested customer leaves without a next step.

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
pub struct NoNextStep;

/// The first cue of `lex` in turn `i` outside double quotes.
fn cue(c: &Analyzed<'_>, i: usize, lex: LexId) -> Option<CueMatch> {
    let t = &c.turns[i].text;
    t.cues_of(lex)
        .find(|m| {
            t.norm.text[..m.norm_start as usize]
                .matches('"')
                .count()
                .is_multiple_of(2)
        })
        .copied()
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
        if last_agent < interest_turn {
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
