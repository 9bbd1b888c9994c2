//! Rule C003 `dismissive-reply`: the agent brushes off the customer's problem.

use super::common::{excerpt, is_cited};
use crate::{Analyzed, CheckContext, Confidence, Finding, Message, Rule};
use tact_lang::lex;

/// ## What it detects
/// An agent reply to a customer's problem or request that declares it none of the agent's
/// business — "not my problem", "deal with it", "nothing I can do", "that's not my department",
/// "non è un mio problema", "si arrangi", "δεν είναι δικό μου πρόβλημα", "nu e problema mea",
/// "descurcați-vă", "ei ole minun ongelmani" — without pointing the customer to anyone who can
/// help. "No problem" is not a brush-off, nor is "that's not my department, but I'll transfer
/// you to billing right now", nor "I'll deal with it".
///
/// ## Why it hurts the sale
/// Seed 000 names the agent "per niente interessato alle loro esigenze" as one of the two
/// classic sources of OOPS moments: the customer feels the door closed and labels the
/// interaction an obstacle to buying. Seed 003 lists "refusing to deal with it" ("puteți refuza
/// să vă ocupați de ea") among the ways of winning against a customer and losing the sale.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer: The courier left my parcel in the rain and the laptop box is soaked.
/// agent: That's not my problem, you'll have to take it up with the courier.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: The courier left my parcel in the rain and the laptop box is soaked.
/// agent: I'm sorry, that shouldn't happen. I'll open a claim with the courier right now and send you a new box today.
/// ```
/// ```conversation lang=it bad
/// customer: Il corriere ha lasciato il pacco sotto la pioggia e la scatola del portatile è fradicia.
/// agent: Non è un mio problema, se la veda con il corriere.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Il corriere ha lasciato il pacco sotto la pioggia e la scatola del portatile è fradicia.
/// agent: Mi dispiace, non doveva succedere. Apro subito un reclamo con il corriere e le spedisco oggi un imballo nuovo.
/// ```
/// ```conversation lang=el bad
/// customer: Ο κούριερ άφησε το δέμα στη βροχή και το κουτί του λάπτοπ είναι μούσκεμα.
/// agent: Δεν είναι δικό μου πρόβλημα, να τα βρείτε με τον κούριερ.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Ο κούριερ άφησε το δέμα στη βροχή και το κουτί του λάπτοπ είναι μούσκεμα.
/// agent: Λυπάμαι πολύ, δεν έπρεπε να γίνει αυτό. Ανοίγω τώρα αίτημα στην εταιρεία κούριερ και σας στέλνουμε σήμερα νέα συσκευασία.
/// ```
/// ```conversation lang=ro bad
/// customer: Curierul mi-a lăsat coletul în ploaie și cutia laptopului e udă leoarcă.
/// agent: Nu e problema mea, descurcați-vă cu curierul.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Curierul mi-a lăsat coletul în ploaie și cutia laptopului e udă leoarcă.
/// agent: Îmi pare rău, nu trebuia să se întâmple asta. Deschid acum o reclamație la curier și vă trimitem azi un ambalaj nou.
/// ```
/// ```conversation lang=fi bad
/// customer: Kuriiri jätti paketin sateeseen ja läppärin laatikko on ihan märkä.
/// agent: Ei ole minun ongelmani, selvittäkää se kuriirin kanssa.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Kuriiri jätti paketin sateeseen ja läppärin laatikko on ihan märkä.
/// agent: Olen pahoillani, näin ei olisi pitänyt käydä. Teen heti reklamaation kuriirille ja lähetämme teille uuden pakkauksen tänään.
/// ```
///
/// ## Suggested instead
/// Own the next step even when the fix is not yours: say who handles it and hand the customer
/// over yourself ("That's handled by billing; I'm transferring you now"), or say what you will
/// do to find out. The customer should never leave with the problem and no one to take it to.
///
/// ## Options
/// None.
///
/// ## Known limits
/// Only the phrasings in the `dismissive` lexicon are recognised; a brush-off in other words
/// ("that's how it is") is missed. Any help cue from the `redirect_help` lexicon in the same
/// turn, or in the agent's next turns before the customer speaks, clears the reply, even when
/// the help offered is thin.
pub struct DismissiveReply;

/// Whether the agent's turn `i`, or the agent turns that follow it before the customer speaks,
/// point the customer to help.
fn redirects(c: &Analyzed<'_>, i: usize) -> bool {
    (i..c.len())
        .take_while(|&j| j == i || c.is_seller(j))
        .any(|j| c.turns[j].text.has(lex::REDIRECT_HELP))
}

impl Rule for DismissiveReply {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        for i in c.seller_turns() {
            // A brush-off needs something brushed off: a customer turn with some content.
            let Some(ci) = c.prev_customer(i) else {
                continue;
            };
            let asked = &c.turns[ci];
            if asked.is_backchannel || asked.word_count() < 3 {
                continue;
            }
            let turn = &c.turns[i];
            let Some(cue) = turn
                .text
                .cues_of(lex::DISMISSIVE)
                .find(|m| !is_cited(turn, m))
            else {
                continue;
            };
            if redirects(c, i) {
                continue;
            }
            out.push(Finding {
                confidence: Confidence::DEFAULT,
                turn: i,
                span: cue.span,
                message: Message::new("moment-dismissive-reply")
                    .text("concern", excerpt(asked, c.text(ci)))
                    .text("dismissal", c.quote(i, cue.span)),
            });
        }
    }
}
