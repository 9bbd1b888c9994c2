//! Rule S002 `escalation-threat`: the customer threatens to escalate.

use super::common::{own_cue, own_words, sentence_at};
use crate::{Analyzed, CheckContext, Confidence, Finding, Message, Rule};
use tact_lang::{lex, CueMatch};
use tact_model::Span;

/// ## What it detects
/// The customer threatens to escalate: asks for a manager ("I want to speak to your manager",
/// "mi passi il responsabile"), threatens a complaint, a report, a lawsuit or a bad review, names
/// a consumer authority (FTC, BBB or an ombudsman; AGCOM, Corecom or a consumer association;
/// ΕΕΤΤ or the Συνήγορος του Καταναλωτή; ANPC; Kuluttajariitalautakunta or kuluttajaneuvonta),
/// threatens to leave in an ultimatum ("or I'll cancel", "altrimenti disdico") or under a
/// condition ("if that's all you can do, I won't renew", "αν δεν γίνεται τίποτα, θα πάω
/// εκεί"; lexicon `if_word` opening the same sentence), or says it was
/// the last time they buy there ("this is the last time I order from you", "è l'ultima volta
/// che ordino da voi", "δεν πρόκειται να ξαναπαραγγείλω", "nu mai comand de la voi", "tää oli
/// viimeinen kerta kun tilaan teiltä"). The moment is
/// the customer turn itself: a reaction for the team to see and follow up.
///
/// ## Why it hurts the sale
/// Seed 003 lists it as the point where a seller is tempted to fight back: the customer "promises
/// to complain to your management or to higher authorities, or threatens to take measures". The
/// seed's advice is not to win that argument — beating the customer in a dispute loses them as a
/// buyer. Seed 000 adds that a negative comment on social media undoes a good reputation fast.
/// A threat is the last warning before the customer is gone; seeing it is the first step.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer: The heater you installed stopped working again.
/// agent: A technician can come in two weeks.
/// customer: Two weeks? Fix it this week or I'll cancel the contract.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: The heater you installed stopped working again.
/// agent: I'm sorry, a new heater should not stop: a technician will come tomorrow morning.
/// customer: Good, thank you.
/// ```
/// ```conversation lang=it bad
/// customer: La caldaia che avete installato si è bloccata di nuovo.
/// agent: Un tecnico può venire tra due settimane.
/// customer: Due settimane? Se non venite questa settimana faccio reclamo all'associazione consumatori.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: La caldaia che avete installato si è bloccata di nuovo.
/// agent: Mi dispiace, una caldaia nuova non deve bloccarsi: domani mattina passa un tecnico.
/// customer: Bene, grazie.
/// ```
/// ```conversation lang=el bad
/// customer: Ο θερμοσίφωνας που βάλατε χάλασε πάλι.
/// agent: Ένας τεχνικός μπορεί να έρθει σε δύο εβδομάδες.
/// customer: Δύο εβδομάδες; Αν δεν έρθετε αυτή την εβδομάδα, θα κάνω καταγγελία στον Συνήγορο του Καταναλωτή.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Ο θερμοσίφωνας που βάλατε χάλασε πάλι.
/// agent: Λυπάμαι, ένας καινούργιος θερμοσίφωνας δεν πρέπει να χαλάει: αύριο το πρωί έρχεται τεχνικός.
/// customer: Εντάξει, ευχαριστώ.
/// ```
/// ```conversation lang=ro bad
/// customer: Centrala pe care ați montat-o s-a oprit din nou.
/// agent: Un tehnician poate veni peste două săptămâni.
/// customer: Două săptămâni? Dacă nu veniți săptămâna asta, fac plângere la ANPC.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Centrala pe care ați montat-o s-a oprit din nou.
/// agent: Îmi pare rău, o centrală nouă nu ar trebui să se oprească: mâine dimineață vine un tehnician.
/// customer: Bine, mulțumesc.
/// ```
/// ```conversation lang=fi bad
/// customer: Asentamanne lämminvesivaraaja meni taas rikki.
/// agent: Asentaja pääsee paikalle kahden viikon päästä.
/// customer: Kahden viikon? Jos ette tule tällä viikolla, teen valituksen kuluttajaneuvontaan.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Asentamanne lämminvesivaraaja meni taas rikki.
/// agent: Pahoittelen, uuden varaajan ei pitäisi hajota: asentaja tulee huomenna aamulla.
/// customer: Hyvä, kiitos.
/// ```
/// ```conversation lang=en bad
/// customer: The parcel came without the charger, again.
/// agent: Please fill in the missing-item form with a photo of the box.
/// customer: Fine. This is the last time I order from you.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: The parcel came without the charger, again.
/// agent: I'm sorry, I'm sending the charger today by express.
/// customer: Thanks, I'll order from you again then.
/// ```
/// ```conversation lang=it bad
/// customer: Il pacco è arrivato di nuovo senza il caricatore.
/// agent: Compili il modulo per articolo mancante con una foto della scatola.
/// customer: Va bene. È l'ultima volta che ordino da voi.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Il pacco è arrivato di nuovo senza il caricatore.
/// agent: Mi scusi, le spedisco il caricatore oggi con corriere espresso.
/// customer: Grazie, allora ordinerò ancora da voi.
/// ```
/// ```conversation lang=el bad
/// customer: Το δέμα ήρθε πάλι χωρίς τον φορτιστή.
/// agent: Συμπληρώστε τη φόρμα για είδος που λείπει με μια φωτογραφία του κουτιού.
/// customer: Καλά. Δεν πρόκειται να ξαναπαραγγείλω από εσάς.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Το δέμα ήρθε πάλι χωρίς τον φορτιστή.
/// agent: Συγγνώμη, σας στέλνω τον φορτιστή σήμερα με ταχυμεταφορά.
/// customer: Ευχαριστώ, τότε θα παραγγείλω ξανά από εσάς.
/// ```
/// ```conversation lang=ro bad
/// customer: Coletul a venit din nou fără încărcător.
/// agent: Completați formularul pentru produs lipsă cu o poză a cutiei.
/// customer: Bine. Nu mai comand de la voi.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Coletul a venit din nou fără încărcător.
/// agent: Ne pare rău, vă trimitem încărcătorul azi prin curier rapid.
/// customer: Mulțumesc, atunci mai comand de la voi.
/// ```
/// ```conversation lang=fi bad
/// customer: Paketti tuli taas ilman laturia.
/// agent: Täytä puuttuvan tuotteen lomake ja liitä kuva laatikosta.
/// customer: Okei. Tää oli viimeinen kerta kun tilaan teiltä.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Paketti tuli taas ilman laturia.
/// agent: Pahoittelen, lähetän laturin tänään pikalähetyksenä.
/// customer: Kiitos, sitten tilaan teiltä jatkossakin.
/// ```
/// ```conversation lang=en bad
/// agent: Your renewal comes to 480 euros this year.
/// customer: Last year it was 390. If that's the best you can do, I won't renew.   # fires
/// ```
/// ```conversation lang=it bad
/// agent: Il rinnovo quest'anno è di 480 euro.
/// customer: L'anno scorso erano 390. Se è il massimo che potete fare, non rinnovo.   # fires
/// ```
/// ```conversation lang=el bad
/// agent: Η ανανέωση φέτος είναι 480 ευρώ.
/// customer: Πέρσι ήταν 390. Αν δεν μπορείτε να κάνετε κάτι, δεν θα ανανεώσω.   # fires
/// ```
/// ```conversation lang=ro bad
/// agent: Reînnoirea anul acesta este 480 de euro.
/// customer: Anul trecut a fost 390. Dacă asta e tot ce puteți face, nu mai reînnoiesc.   # fires
/// ```
/// ```conversation lang=fi bad
/// agent: Uusinta maksaa tänä vuonna 480 euroa.
/// customer: Viime vuonna se oli 390. Jos te ette voi tehdä mitään, siirrän vakuutuksen muualle.   # fires
/// ```
///
/// ## Suggested instead
/// Do not argue with the threat or defend the rules: acknowledge the problem that led to it,
/// say what you will do and by when, and if the customer asks for a manager, bring one in or
/// give a name and a time instead of refusing.
///
/// ## Options
/// None.
///
/// Three kinds of cue, each only in the customer's own words (not quoted, reported or negated:
/// "I don't want to speak to a manager"): threats that stand alone (lexicon
/// `escalation_threat`); a consumer authority (lexicon `consumer_authority`) named outside a
/// question ("how do I contact ANPC?" is asking, not threatening); and a threat to leave
/// (lexicon `leave_threat`) only in a condition ("if you don't…", "otherwise", lexicon
/// `threat_condition`) or after "or" ("…or I'll cancel"). A calm request to cancel ("I'd like to
/// cancel my subscription") is not a threat.
///
/// ## Known limits
/// A threat to leave said as a plain decision ("I'm cancelling.") is missed, and so is a threat
/// phrased without a cue ("you'll hear from me") or one the customer only hints at ("I'm
/// looking at other companies in September"). A condition counts only when it opens the
/// sentence of the threat: "if" in the sentence before ("If it's late again. Then I cancel.") is
/// not read. A customer announcing a friendly review
/// ("I'll write a review") is reported when the word "review" stands alone.
pub struct EscalationThreat;

/// Sentiment (P(positive) − P(negative)) under which a turn reads as heated.
const NEGATIVE: f32 = -0.2;

/// A consumer authority named outside a question.
fn authority(c: &Analyzed<'_>, i: usize) -> Option<CueMatch> {
    let t = &c.turns[i];
    t.text
        .cues_of(lex::CONSUMER_AUTHORITY)
        .copied()
        .find(|m| own_words(t, m) && !sentence_at(t, m.norm_start).is_some_and(|s| s.is_question))
}

/// A threat to leave inside a condition or after "or", with the sentence that holds it.
fn leave_threat(c: &Analyzed<'_>, i: usize) -> Option<Span> {
    let t = &c.turns[i];
    let conditioned = t
        .text
        .cues_of(lex::THREAT_CONDITION)
        .any(|m| own_words(t, m));
    t.text.cues_of(lex::LEAVE_THREAT).find_map(|m| {
        if !own_words(t, m) {
            return None;
        }
        let sentence = sentence_at(t, m.norm_start);
        // "If nothing changes, I'll switch": the condition opens the same sentence. "If I cancel,
        // do I pay a penalty?" asks.
        let if_before = sentence.is_some_and(|s| {
            !s.is_question
                && t.text
                    .cues_in(lex::IF_WORD, s.norm_start, m.norm_start)
                    .any(|w| own_words(t, w))
        });
        let prev = t
            .text
            .tokens
            .iter()
            .rev()
            .find(|k| k.norm_end <= m.norm_start);
        let after_or = prev.is_some_and(|k| {
            t.text
                .cues_of(lex::CHOICE_CONNECTOR)
                .any(|o| o.norm_start == k.norm_start && o.norm_end == k.norm_end)
        });
        (conditioned || after_or || if_before).then(|| sentence.map_or(m.span, |s| s.span))
    })
}

impl Rule for EscalationThreat {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        for i in c.customer_turns() {
            // The catalogue's `$threat` select words each kind.
            let found = own_cue(c, i, lex::ESCALATION_THREAT)
                .map(|m| ("escalate", m.span))
                .or_else(|| authority(c, i).map(|m| ("authority", m.span)))
                .or_else(|| leave_threat(c, i).map(|s| ("leave", s)))
                .or_else(|| own_cue(c, i, lex::LEAVE_STATEMENT).map(|m| ("leave", m.span)));
            if let Some((threat, span)) = found {
                // A lawyer or a consumer office named in a calm request ("I need a lawyer's
                // appointment") is an errand, not a threat: without a complaint, a condition or
                // a negative tone the moment is kept for review only.
                let t = &c.turns[i].text;
                let heated = t.has(lex::THREAT_CONDITION)
                    || t.has(lex::CUSTOMER_COMPLAINT)
                    || c.signals(i).sentiment < NEGATIVE;
                out.push(Finding {
                    confidence: if threat != "authority" || heated {
                        Confidence::DEFAULT
                    } else {
                        Confidence::LOW
                    },
                    turn: i,
                    span,
                    message: Message::new("moment-escalation-threat")
                        .text("threat", threat)
                        .text("quote", c.quote(i, span)),
                });
            }
        }
    }
}
