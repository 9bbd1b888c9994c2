//! Rule C001 `agent-rudeness`: the agent insults or swears at the customer.

use super::common::{find_abuse, Abuse, Policy};
use crate::predicates::question_at;
use crate::{CheckContext, Confidence, Finding, Message, Rule};
use tact_dialogue::QuestionKind;

/// ## What it detects
/// An agent turn that insults the customer, sneers at them or swears: name-calling ("idiot",
/// "cretino", "ηλίθιε", "idiotule", "idiootti"), belittling phrases ("are you deaf?", "stupid
/// question", "ma è sordo?", "είστε κουφός;", "sunteți surd?", "oletko kuuro?"), an insulting
/// adjective said of the customer or of what is theirs ("you're useless", "your stupid
/// question"), swearwords ("fuck", "cazzo", "γαμώτο", "pula", "vittu") and contempt idioms that
/// belittle without an insulting word ("it's not rocket science", "ci arriverebbe anche un
/// bambino", "δεν είναι πυρηνική φυσική", "nu e filozofie", "ei mitään rakettitiedettä").
///
/// ## Why it hurts the sale
/// Seed 000 defines the OOPS moment as the message that is "imbarazzante e spiacevole" and
/// "ostacola il contatto": the customer labels the whole interaction unpleasant and wrong, and
/// that becomes an obstacle to the purchase — and, with social media, a public review. Seed 003
/// adds that even a customer who is wrong must not be put in their place: a salesperson who wins
/// the exchange loses the sale. An insult from the seller is the shortest way to both.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer: I already told you twice, the order number is 44821.
/// agent: Are you deaf? I asked for the invoice number, not the order number.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: I already told you twice, the order number is 44821.
/// agent: Sorry, my mistake. I need the invoice number this time; it starts with INV.
/// ```
/// ```conversation lang=it bad
/// customer: Gliel'ho già detto due volte, il numero d'ordine è 44821.
/// agent: Ma è sordo? Le ho chiesto il numero della fattura, non dell'ordine.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Gliel'ho già detto due volte, il numero d'ordine è 44821.
/// agent: Mi scusi, mi sono spiegato male. Mi serve il numero della fattura, inizia con FT.
/// ```
/// ```conversation lang=el bad
/// customer: Σας το είπα ήδη δύο φορές, ο αριθμός παραγγελίας είναι 44821.
/// agent: Είστε κουφός; Σας ζήτησα τον αριθμό τιμολογίου, όχι της παραγγελίας.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Σας το είπα ήδη δύο φορές, ο αριθμός παραγγελίας είναι 44821.
/// agent: Συγγνώμη, δεν το εξήγησα καλά. Χρειάζομαι τον αριθμό τιμολογίου, ξεκινά με ΤΠ.
/// ```
/// ```conversation lang=ro bad
/// customer: V-am spus deja de două ori, numărul comenzii este 44821.
/// agent: Sunteți surd? V-am cerut numărul facturii, nu al comenzii.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: V-am spus deja de două ori, numărul comenzii este 44821.
/// agent: Îmi cer scuze, nu m-am exprimat clar. Am nevoie de numărul facturii, începe cu FCT.
/// ```
/// ```conversation lang=fi bad
/// customer: Sanoin jo kahdesti, tilausnumero on 44821.
/// agent: Oletko kuuro? Kysyin laskun numeroa, en tilausnumeroa.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Sanoin jo kahdesti, tilausnumero on 44821.
/// agent: Anteeksi, ilmaisin itseni huonosti. Tarvitsen laskun numeron, se alkaa kirjaimilla LSK.
/// ```
///
/// ## Suggested instead
/// Take the blame for the misunderstanding, even when it is not yours, and ask again plainly:
/// "Sorry, I explained that badly: I need the invoice number." Frustration belongs in a note to
/// your team lead, never in the reply to the customer.
///
/// ## Options
/// None.
///
/// ## Known limits
/// Only words in the `insult`, `derogatory`, `profanity` and `contempt` lexicons count: sarcasm
/// and politely worded contempt ("as I already said, if you had read the email…") are left to
/// other rules.
/// Insulting adjectives count only next to a second-person word, so Italian formal address in
/// the third person ("è un incompetente") is missed. An agent insulting a third party ("the
/// courier is an idiot") is not reported; swearing is, whoever it is aimed at.
pub struct AgentRudeness;

impl Rule for AgentRudeness {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        let policy = Policy {
            possessive_is_listener: true,
            profanity_needs_aim: false,
            contempt_counts: true,
        };
        for i in c.seller_turns() {
            let Some(hit) = find_abuse(&c.turns[i], &policy) else {
                continue;
            };
            // The catalogue's `$abuse` select words each case.
            let abuse = match (hit.kind, hit.aimed) {
                (Abuse::Profanity, true) => "swore",
                (Abuse::Profanity, false) => "swore-in-reply",
                (Abuse::Contempt, _) => "belittled",
                (_, true) => "insulted",
                (_, false) => "insult-in-reply",
            };
            // A contempt idiom's words inside a question that asks for a value ("which flight
            // do you need?") belittle no one: the dialogue layer reads the sentence as a slot
            // question, and the moment is kept for review only.
            let in_slot_question = hit.kind == Abuse::Contempt
                && question_at(c, i, hit.norm_start)
                    .is_some_and(|q| matches!(q.kind, QuestionKind::Open | QuestionKind::Choice));
            out.push(Finding {
                confidence: if in_slot_question {
                    Confidence::LOW
                } else {
                    Confidence::DEFAULT
                },
                turn: i,
                span: hit.span,
                message: Message::new("moment-agent-rudeness")
                    .text("abuse", abuse)
                    .text("words", c.quote(i, hit.span)),
            });
        }
    }
}
