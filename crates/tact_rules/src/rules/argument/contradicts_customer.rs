//! Rule A001 `contradicts-customer`: telling the customer they are wrong.

use super::common::{
    excerpt, in_question, is_quoted, is_reported, only_asks, relays_third_party, words_before,
};
use crate::{AnalyzedTurn, CheckContext, Confidence, Finding, Message, Rule};
use tact_dialogue::QuestionKind;
use tact_lang::{lex, Lang};

/// ## What it detects
/// The agent answers the customer by telling them they are wrong: "you're wrong", "that's not
/// true", "si sbaglia", "non è vero", "κάνετε λάθος", "δεν είναι αλήθεια", "greșiți", "nu e
/// adevărat", "olette väärässä", "ei pidä paikkaansa", said in reply to what the customer stated.
///
/// ## Why it hurts the sale
/// Seed 003 ("Clientul are întotdeauna dreptate") is blunt: nobody likes being told they are
/// wrong ("Nimănui nu-i place să-i spună că se înșeală"), and after beating the customer in the
/// argument "we lose them at the sale" ("îl vom pierde la vânzare"). The seller's job is to sell,
/// not to correct other people's misconceptions; the customer has the right to be wrong.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer: I was charged twice for the same order this month.
/// agent: You're wrong, you were only charged once.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: I was charged twice for the same order this month.
/// agent: Let me check that with you: I can see one payment on the 3rd, which one do you see twice?
/// ```
/// ```conversation lang=it bad
/// customer: Mi avete addebitato due volte lo stesso ordine questo mese.
/// agent: Non è vero, l'addebito è stato fatto una sola volta.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Mi avete addebitato due volte lo stesso ordine questo mese.
/// agent: Verifichiamo insieme: vedo un pagamento il giorno 3, quale le risulta doppio?
/// ```
/// ```conversation lang=el bad
/// customer: Με χρεώσατε δύο φορές για την ίδια παραγγελία αυτόν τον μήνα.
/// agent: Κάνετε λάθος, χρεωθήκατε μόνο μία φορά.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Με χρεώσατε δύο φορές για την ίδια παραγγελία αυτόν τον μήνα.
/// agent: Ας το ελέγξουμε μαζί: βλέπω μία πληρωμή στις 3 του μήνα, ποια σας εμφανίζεται διπλή;
/// ```
/// ```conversation lang=ro bad
/// customer: Mi-ați luat banii de două ori pentru aceeași comandă luna asta.
/// agent: Nu este adevărat, ați plătit o singură dată.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Mi-ați luat banii de două ori pentru aceeași comandă luna asta.
/// agent: Hai să verificăm împreună: văd o plată pe data de 3, care vă apare de două ori?
/// ```
/// ```conversation lang=fi bad
/// customer: Minua veloitettiin samasta tilauksesta kahdesti tässä kuussa.
/// agent: Se ei pidä paikkaansa, teitä veloitettiin vain kerran.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Minua veloitettiin samasta tilauksesta kahdesti tässä kuussa.
/// agent: Katsotaan yhdessä: näen yhden maksun kuun 3. päivältä, kumpi näkyy teillä kahteen kertaan?
/// ```
///
/// ## Suggested instead
/// Don't rule on who is right. Acknowledge what the customer sees, then check it together
/// ("let me look at it with you") and let the facts correct the record without anyone losing
/// face.
///
/// ## Options
/// None.
///
/// ## Known limits
/// A denial that reassures ("that's not true, every little bit counts") is reported. An
/// impersonal denial counts only when it opens the reply (within its first few words) and not
/// after a turn that only asks questions, so a rebuttal buried later in a long turn is missed.
/// Any denial after the customer relays a third party's words ("the technician told me…") is
/// skipped, even an explicit "you're wrong". Italian "si sbaglia" and "ha torto" can mean "he is
/// wrong", said of a colleague; those are reported unless the customer just relayed that
/// colleague.
pub struct ContradictsCustomer;

/// Finnish "väärässä" (wrong) and "vaarassa" (in danger) fold to the same text: the original
/// spelling tells them apart.
fn is_danger(turn: &AnalyzedTurn, quote: &str) -> bool {
    turn.lang == Lang::Fi && quote.to_lowercase().contains("vaarassa")
}

/// Words allowed before an impersonal denial ("Well, no, sorry, but that's not true").
const OPENING_WORDS: usize = 4;

impl Rule for ContradictsCustomer {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        for i in c.seller_turns() {
            // A contradiction needs a claim: the customer's last turn, with some content.
            let Some(ci) = c.prev_customer(i) else {
                continue;
            };
            let claim = &c.turns[ci];
            if claim.is_backchannel || claim.word_count() < 2 || relays_third_party(claim) {
                continue;
            }
            let asked = only_asks(claim);
            let turn = &c.turns[i];
            let t = &turn.text;
            // "You're right, that's not correct, I'll fix it" sides with the customer.
            let conceded = t.has(lex::CONCESSION);
            let Some(cue) = t.cues.iter().find(|m| {
                let personal = m.lex == lex::CONTRADICTION;
                // "That's not true" rebuts the customer when it opens the reply; later in the
                // turn it usually denies something the agent brought up itself.
                let impersonal = m.lex == lex::NOT_TRUE
                    && !asked
                    && !conceded
                    && words_before(t, m) <= OPENING_WORDS;
                (personal || impersonal)
                    && !is_danger(turn, c.quote(i, m.span))
                    && !in_question(turn, m)
                    && !is_quoted(turn, m)
                    && !is_reported(turn, m)
            }) else {
                continue;
            };
            // A flat "no" to the customer's own yes/no question answers it; the dialogue layer
            // links the two, and the moment is kept for review without counting in the score.
            let answers_their_question =
                c.dialogue.question_answered_by(i).is_some_and(|(q, x)| {
                    q == ci && matches!(x.kind, QuestionKind::YesNo | QuestionKind::Check)
                });
            out.push(Finding {
                confidence: if answers_their_question {
                    Confidence::LOW
                } else {
                    Confidence::DEFAULT
                },
                turn: i,
                span: cue.span,
                message: Message::new("moment-contradicts-customer")
                    .text("claim", excerpt(claim, c.text(ci)))
                    .text("contradiction", c.quote(i, cue.span)),
            });
        }
    }
}
