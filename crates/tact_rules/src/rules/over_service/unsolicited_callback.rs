//! Rule O005 `unsolicited-callback`: a phone call pushed on a customer who did not ask for one.

use crate::predicates::shorten;
use crate::{Analyzed, CheckContext, Confidence, Finding, Message, Rule};
use tact_lang::{lex, CueMatch};

/// ## What it detects
/// The agent pushes a contact nobody asked for: "shall we call you back in 30 seconds?", "can I
/// have your number so a consultant calls you?", "vuole essere richiamato?", "να σας καλέσουμε
/// πίσω;", "vă putem suna înapoi?", "soitetaanko sinulle takaisin?". Not when the customer asked
/// to be called or gave their number, when the agent needs time to find out what the customer
/// asked ("I need to check with the warehouse, can I call you back?"), or when the call is the
/// follow-up the customer already agreed to.
///
/// ## Why it hurts the sale
/// Seed 001 quotes it as the very picture of over-help: "Do you want us to call you back in 29
/// seconds?" — service "invented and imposed on you by the needs of the marketers", which leaves
/// the customer with "a feeling of annoyance and boredom". A customer who wrote or asked in one
/// channel wanted an answer there; a call they did not ask for takes the conversation out of
/// their hands.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer: Does the blue kettle come with a two-year warranty?
/// agent: Shall we call you back in 30 seconds to talk about it?   # fires
/// ```
/// ```conversation lang=en ok
/// customer: I'd rather talk on the phone, can you call me back this afternoon?
/// agent: Of course, a colleague will call you back at 3 pm.
/// ```
/// ```conversation lang=it bad
/// customer: Vorrei sapere gli orari del negozio di Bologna.
/// agent: Vuole essere richiamato da un nostro consulente?   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Vorrei sapere gli orari del negozio di Bologna.
/// agent: Siamo aperti dal lunedì al sabato, dalle 9 alle 19.
/// ```
/// ```conversation lang=el bad
/// customer: Πόσο κοστίζει η αποστολή στη Θεσσαλονίκη;
/// agent: Να σας καλέσουμε πίσω σε 29 δευτερόλεπτα;   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Πόσο κοστίζει η αποστολή στη Θεσσαλονίκη;
/// agent: Πρέπει να το ελέγξω με την αποθήκη. Να σας πάρω τηλέφωνο μόλις μάθω;
/// ```
/// ```conversation lang=ro bad
/// customer: Aveți canapeaua asta și în gri?
/// agent: Vă putem suna înapoi în 30 de secunde?   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Aveți canapeaua asta și în gri?
/// agent: Da, o avem în gri deschis și în gri închis, amândouă în stoc.
/// ```
/// ```conversation lang=fi bad
/// customer: Onko teillä tätä takkia koossa M?
/// agent: Soitetaanko sinulle takaisin? Asiantuntijamme kertoo lisää.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Voisitteko soittaa minulle huomenna? Numeroni on 040 123 4567.
/// agent: Totta kai, soitamme takaisin huomenna aamupäivällä.
/// ```
///
/// ## Suggested instead
/// Answer in the channel the customer chose; offer a call only when something cannot be settled
/// there, say why, and let the customer pick the time.
///
/// ## Options
/// None.
///
/// ## Known limits
/// Only the phrasings of the lexicon `callback_offer` are recognised. A follow-up is taken as
/// needed when the agent says so with a cue of the lexicon `followup_reason` ("I need to check",
/// "as soon as I know"); a real need stated otherwise is reported. A phone number counts as given
/// when a customer turn holds a group of at least seven digits, so an order number that long also
/// silences the rule.
pub struct UnsolicitedCallback;

/// Digits that make a customer turn a phone number given.
const PHONE_DIGITS: usize = 7;

/// The first callback offer of seller turn `i` that is not negated ("nobody called you back").
fn offer(c: &Analyzed<'_>, i: usize) -> Option<CueMatch> {
    let t = &c.turns[i];
    t.text
        .cues_of(lex::CALLBACK_OFFER)
        .find(|m| {
            let start = t
                .sentences
                .iter()
                .find(|s| s.norm_start <= m.norm_start && m.norm_end <= s.norm_end)
                .map_or(0, |s| s.norm_start);
            !t.text
                .cues_of(lex::NEGATOR)
                .any(|n| n.norm_start >= start && n.norm_end <= m.norm_start)
        })
        .copied()
}

/// Whether the text holds a phone number: digits grouped only by spaces, dashes, dots, slashes,
/// brackets or a plus, at least `PHONE_DIGITS` of them.
fn has_phone_number(text: &str) -> bool {
    text.split(|ch: char| !(ch.is_ascii_digit() || " -./()+".contains(ch)))
        .any(|chunk| chunk.chars().filter(char::is_ascii_digit).count() >= PHONE_DIGITS)
}

/// Whether the customer turn `ci` asks for a call or gives a number.
fn asks_for_call(c: &Analyzed<'_>, ci: usize) -> bool {
    c.turns[ci].text.has(lex::CALLBACK_REQUEST) || has_phone_number(c.text(ci))
}

/// Whether the customer answered the offer in seller turn `j` with a yes.
fn accepted(c: &Analyzed<'_>, j: usize) -> bool {
    let Some(ci) = c.next_customer(j) else {
        return false;
    };
    let t = &c.turns[ci].text;
    t.has(lex::BACKCHANNEL) && !t.has(lex::REFUSAL) && !t.has(lex::NOTHING_REPLY)
}

impl Rule for UnsolicitedCallback {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        let mut agreed = false;
        let mut requested = false;
        for i in 0..c.len() {
            if c.is_customer(i) {
                requested |= asks_for_call(c, i);
                continue;
            }
            if !c.is_seller(i) {
                continue;
            }
            let Some(m) = offer(c, i) else {
                continue;
            };
            let was_agreed = agreed;
            agreed |= accepted(c, i);
            if requested || was_agreed || c.turns[i].text.has(lex::CALLBACK_REQUEST) {
                continue;
            }
            // The agent's own turns since the customer last spoke may give the reason.
            let since = c.prev_customer(i).map_or(0, |ci| ci + 1);
            if (since..=i).any(|j| c.is_seller(j) && c.turns[j].text.has(lex::FOLLOWUP_REASON)) {
                continue;
            }
            let message = match c.prev_customer(i) {
                None => Message::new("moment-unsolicited-callback-unprompted"),
                Some(ci) => Message::new("moment-unsolicited-callback-after")
                    .text("customer", shorten(c.text(ci))),
            };
            out.push(Finding {
                confidence: Confidence::DEFAULT,
                turn: i,
                span: m.span,
                message: message.text("call", c.quote(i, m.span)),
            });
        }
    }
}
