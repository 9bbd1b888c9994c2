//! Rule C002 `buyer-rudeness`: the customer insults or swears at the agent.

use super::common::{find_abuse, Abuse, Policy};
use crate::{CheckContext, Confidence, Finding, Message, Rule};
use tact_model::Channel;

/// ## What it detects
/// A customer turn that insults the agent: name-calling ("idiot", "cretino", "ηλίθιε",
/// "idiotule", "idiootti"), belittling phrases ("are you deaf?", "sei sordo?", "είσαι κουφός;",
/// "ești surd?", "oletko kuuro?"), an insulting adjective said of the agent ("you're useless",
/// "siete degli incompetenti", "είστε άχρηστοι", "sunteți niște incompetenți", "olette
/// kyvyttömiä") and swearing aimed at them ("fuck you", "what the fuck are you doing").
/// Swearing at a situation ("this fucking router"), insults about someone else, about the
/// customer themself ("I'm an idiot, wrong address") or reported ("your colleague called me an
/// idiot") are not reported.
///
/// ## Why it hurts the sale
/// Seed 004 turns the question around: buyers owe sellers courtesy too. A buyer who behaves
/// unprofessionally "jättää tietyn kuvan itsestään", and the way a firm treats the people who
/// serve it decides whether others recommend it; the same seller may be your customer next year.
/// For the seller's team the moment matters twice: an abused agent needs support, and seed 003
/// warns that answering in kind — proving the customer wrong — loses the sale anyway.
///
/// ## Examples
/// ```conversation lang=en bad
/// agent: I've checked: the parcel left our warehouse yesterday and should arrive on Monday.
/// customer: Monday? You're useless, all of you.   # fires
/// ```
/// ```conversation lang=en ok
/// agent: I've checked: the parcel left our warehouse yesterday and should arrive on Monday.
/// customer: Monday? That's really disappointing, I needed it for the weekend.
/// ```
/// ```conversation lang=it bad
/// agent: Ho controllato: il pacco è partito ieri dal magazzino e dovrebbe arrivare lunedì.
/// customer: Lunedì? Siete degli incompetenti, tutti quanti.   # fires
/// ```
/// ```conversation lang=it ok
/// agent: Ho controllato: il pacco è partito ieri dal magazzino e dovrebbe arrivare lunedì.
/// customer: Lunedì? Che delusione, mi serviva per il fine settimana.
/// ```
/// ```conversation lang=el bad
/// agent: Το έλεγξα: το δέμα έφυγε χθες από την αποθήκη και θα φτάσει τη Δευτέρα.
/// customer: Τη Δευτέρα; Είστε άχρηστοι, όλοι σας.   # fires
/// ```
/// ```conversation lang=el ok
/// agent: Το έλεγξα: το δέμα έφυγε χθες από την αποθήκη και θα φτάσει τη Δευτέρα.
/// customer: Τη Δευτέρα; Πολύ απογοητευτικό, το χρειαζόμουν για το Σαββατοκύριακο.
/// ```
/// ```conversation lang=ro bad
/// agent: Am verificat: coletul a plecat ieri din depozit și ar trebui să ajungă luni.
/// customer: Luni? Sunteți niște incompetenți, cu toții.   # fires
/// ```
/// ```conversation lang=ro ok
/// agent: Am verificat: coletul a plecat ieri din depozit și ar trebui să ajungă luni.
/// customer: Luni? Ce dezamăgire, aveam nevoie de el în weekend.
/// ```
/// ```conversation lang=fi bad
/// agent: Tarkistin asian: paketti lähti varastosta eilen ja sen pitäisi tulla maanantaina.
/// customer: Maanantaina? Te olette ihan kyvyttömiä, koko porukka.   # fires
/// ```
/// ```conversation lang=fi ok
/// agent: Tarkistin asian: paketti lähti varastosta eilen ja sen pitäisi tulla maanantaina.
/// customer: Maanantaina? Tosi harmi, olisin tarvinnut sen viikonlopuksi.
/// ```
///
/// ## Suggested instead
/// Don't answer in kind and don't argue: name the frustration, say what you will do and by when,
/// and if the abuse goes on set a calm limit ("I want to help you, and I can as long as we keep
/// it respectful"). Then tell your team lead, so the agent gets support and the customer's tone
/// is not held against the next colleague.
///
/// ## Options
/// None.
///
/// ## Known limits
/// Only words in the `insult`, `derogatory` and `profanity` lexicons count, so sarcasm and
/// politely worded contempt are missed. Insulting adjectives count only next to a second-person
/// word: "your service is useless" is read as criticism of the service, not abuse. A lone
/// insulting word with no person marker is taken as aimed at the agent only when it stands as a
/// vocative ("Thanks for nothing, idiot."). Review and script channels have no agent to be rude
/// to and are skipped.
pub struct BuyerRudeness;

impl Rule for BuyerRudeness {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        if matches!(c.conversation.channel, Channel::Review | Channel::Script) {
            return;
        }
        let policy = Policy {
            possessive_is_listener: false,
            profanity_needs_aim: true,
            contempt_counts: false,
        };
        for i in c.customer_turns() {
            let Some(hit) = find_abuse(&c.turns[i], &policy) else {
                continue;
            };
            // The catalogue's `$abuse` select words each case.
            let abuse = match hit.kind {
                Abuse::Profanity => "swore",
                Abuse::Insult | Abuse::Derogatory | Abuse::Contempt => "insulted",
            };
            out.push(Finding {
                confidence: Confidence::DEFAULT,
                turn: i,
                span: hit.span,
                message: Message::new("moment-buyer-rudeness")
                    .text("abuse", abuse)
                    .text("words", c.quote(i, hit.span)),
            });
        }
    }
}
