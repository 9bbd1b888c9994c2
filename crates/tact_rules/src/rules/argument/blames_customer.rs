//! Rule A003 `blames-customer`: putting the fault for a problem on the customer.

use super::common::{in_question, is_quoted, is_reported};
use crate::{CheckContext, Confidence, Finding, Message, Rule};
use tact_lang::lex;

/// ## What it detects
/// The agent answers a customer's problem by making it the customer's fault: "it's your
/// fault", "you should have read the instructions", "you must have opened it wrong", "è colpa
/// sua", "doveva leggere", "φταίτε εσείς", "este vina dumneavoastră", "se on sinun vikasi".
///
/// ## Why it hurts the sale
/// Seed 003 says the customer "has the right to be wrong" ("clientul are dreptul să fie
/// greșit"): they pay for their own mistakes, and proving the mistake was theirs wins an
/// argument and loses the buyer ("îl vom pierde la vânzare"). Seed 000 adds that a moment like
/// this is the one a customer remembers and labels the whole interaction unpleasant.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer: The screen cracked the first time I opened the laptop.
/// agent: You must have opened it wrong, the hinge is very sturdy.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: The screen cracked the first time I opened the laptop.
/// agent: I'm sorry, that shouldn't happen. Let me arrange a replacement under warranty.
/// ```
/// ```conversation lang=it bad
/// customer: Lo schermo si è crepato la prima volta che ho aperto il portatile.
/// agent: L'avrà aperto male, la cerniera è molto robusta.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Lo schermo si è crepato la prima volta che ho aperto il portatile.
/// agent: Mi dispiace, non dovrebbe succedere. Organizzo subito la sostituzione in garanzia.
/// ```
/// ```conversation lang=el bad
/// customer: Η οθόνη ράγισε την πρώτη φορά που άνοιξα το λάπτοπ.
/// agent: Θα το ανοίξατε λάθος, ο μεντεσές είναι πολύ γερός.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Η οθόνη ράγισε την πρώτη φορά που άνοιξα το λάπτοπ.
/// agent: Λυπάμαι, αυτό δεν θα έπρεπε να συμβεί. Κανονίζω αμέσως αντικατάσταση με την εγγύηση.
/// ```
/// ```conversation lang=ro bad
/// customer: Ecranul s-a fisurat prima dată când am deschis laptopul.
/// agent: L-ați deschis greșit, balamaua este foarte rezistentă.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Ecranul s-a fisurat prima dată când am deschis laptopul.
/// agent: Îmi pare rău, asta nu ar trebui să se întâmple. Vă organizez imediat înlocuirea în garanție.
/// ```
/// ```conversation lang=fi bad
/// customer: Näyttö halkesi heti, kun avasin läppärin ensimmäisen kerran.
/// agent: Avasitte sen väärin, sarana on todella tukeva.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Näyttö halkesi heti, kun avasin läppärin ensimmäisen kerran.
/// agent: Pahoittelen, näin ei pitäisi käydä. Järjestän heti takuuvaihdon.
/// ```
///
/// ## Suggested instead
/// Leave fault out of it: say you're sorry it happened, then move straight to the fix. If
/// something about how the product is used matters, offer it as a tip for next time, not as the
/// reason the customer is in trouble.
///
/// ## Options
/// None.
///
/// ## Known limits
/// Blame asked as a question ("did you follow the instructions?") is left alone as a
/// diagnostic question. Italian formal address is third person, so "è colpa sua" about a
/// courier is reported too; blame in words outside the lexicon ("the cable doesn't bend that
/// way") is missed.
pub struct BlamesCustomer;

impl Rule for BlamesCustomer {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        for i in c.seller_turns() {
            // Blame answers something the customer brought up.
            if c.prev_customer(i).is_none() {
                continue;
            }
            let turn = &c.turns[i];
            let t = &turn.text;
            let Some(cue) = t
                .cues_of(lex::BLAME)
                .find(|m| !in_question(turn, m) && !is_quoted(turn, m) && !is_reported(turn, m))
            else {
                continue;
            };
            out.push(Finding {
                confidence: Confidence::DEFAULT,
                turn: i,
                span: cue.span,
                message: Message::new("moment-blames-customer").text("blame", c.quote(i, cue.span)),
            });
        }
    }
}
