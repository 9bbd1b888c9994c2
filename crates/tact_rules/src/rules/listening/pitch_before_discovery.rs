//! Rule N002 `pitch-before-discovery`: recommending before asking anything about the customer.

use super::common::{
    acknowledges, asks_discovery, is_discovery, pitch, sentence_at, shared, stems,
};
use crate::{CheckContext, Confidence, Finding, Message, Rule};
use tact_lang::lex;

/// ## What it detects
/// The agent's first pitch of their own initiative (a recommendation or offer phrase backed by a
/// price or a second offer cue: "I recommend the X, on offer at 799 euros", "vă recomand
/// abonamentul Premium, la ofertă") comes before the agent has asked a single question about the
/// customer: what they will use it for, for whom, how much they want to spend. Greetings ("how
/// are you?", "how can I help?") are not questions about the customer, and neither is "shall I
/// send you the contract?" after the pitch. A customer who invited suggestions ("what do you
/// recommend?", "what options do I have?") is answered, not pitched at; one who asked about a
/// product ("how much is the X?") is answered by talk about the X, but not by a pitch of
/// something else in the same breath. A customer who has already said what they came for in
/// their own words (more than eight different content words: the product and what it is for, a
/// complaint, a cancellation) has been heard: an offer after that answers them or goes against
/// what they said, which `ignored-need` and `upsell-barrage` judge, but it is not blind.
///
/// ## Why it hurts the sale
/// Seed 000 lists agents "per niente interessati alle loro esigenze" (not at all interested in
/// the customer's needs) among the OOPS moments that make the customer see the interaction as an
/// obstacle to buying. Seed 001 describes the scripts read aloud by call-centre staff and the
/// services "imposed by the needs of the marketers" that leave a feeling of annoyance; seed 004
/// sets the seller's craft as meeting each buyer persona by listening and understanding first. A
/// product named before any question is a script, not advice.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer: Hi, I'm looking for a new phone.
/// agent: Great! The Galaxy S24 is on offer this week at 799 euros, you'll love it.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: Hi, I'm looking for a new phone.
/// agent: Happy to help! What will you mostly use it for, and what would you like to spend?
/// customer: Photos of the kids, mostly. Around 500.
/// agent: Then I'd suggest the Pixel 8a at 499 euros, it has the best camera in that range.
/// ```
/// ```conversation lang=en ok
/// customer: Hello, I'm renovating a small bathroom and need a quiet extractor fan that fits a 100 mm duct, nothing too pricey.
/// agent: I'd recommend the Breeze Pro, on offer at 79 euros this week.
/// ```
/// ```conversation lang=it bad
/// agent: Buongiorno, sono Marta di FibraVeloce. Abbiamo un'offerta speciale: fibra a 1 giga a soli 24,90 euro al mese!   # fires
/// ```
/// ```conversation lang=it ok
/// agent: Buongiorno, sono Marta di FibraVeloce. Come usate internet in casa, lavorate anche da remoto?
/// customer: Sì, lavoriamo tutti e due da casa.
/// agent: Allora le propongo la fibra a 1 giga, in offerta a 24,90 euro al mese.
/// ```
/// ```conversation lang=it ok
/// customer: Buongiorno, sto ristrutturando un bagno piccolo e mi serve un aspiratore silenzioso per un tubo da 100 mm, senza spendere troppo.
/// agent: Le consiglio il Breeze Pro, in offerta a 79 euro questa settimana.
/// ```
/// ```conversation lang=el bad
/// customer: Καλησπέρα, θα ήθελα να δω τηλεοράσεις.
/// agent: Σας προτείνω αυτή την OLED 65 ιντσών, είναι σε προσφορά με 1.290 ευρώ!   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Καλησπέρα, θα ήθελα να δω τηλεοράσεις.
/// agent: Ευχαρίστως! Πόσο μεγάλο είναι το δωμάτιο και τι βλέπετε συνήθως, ταινίες ή αθλητικά;
/// ```
/// ```conversation lang=el ok
/// customer: Καλημέρα, ανακαινίζω ένα μικρό μπάνιο και χρειάζομαι έναν αθόρυβο απορροφητήρα για σωλήνα 100 χιλιοστών, χωρίς να ξοδέψω πολλά.
/// agent: Σας προτείνω τον Breeze Pro, σε προσφορά με 79 ευρώ αυτή την εβδομάδα.
/// ```
/// ```conversation lang=ro bad
/// agent: Bună ziua! Vă recomand abonamentul nostru Premium, acum la ofertă cu doar 49 de lei pe lună!   # fires
/// ```
/// ```conversation lang=ro ok
/// agent: Bună ziua! Ce vă interesează mai mult la un abonament, minutele sau internetul mobil?
/// customer: Internetul, folosesc mult telefonul pe drum.
/// agent: Atunci vă recomand abonamentul cu 50 GB, la ofertă cu 49 de lei pe lună.
/// ```
/// ```conversation lang=ro ok
/// customer: Bună ziua, renovez o baie mică și am nevoie de un ventilator silențios pentru o țeavă de 100 mm, fără să cheltui mult.
/// agent: Vă recomand Breeze Pro, la ofertă cu 79 de lei săptămâna aceasta.
/// ```
/// ```conversation lang=fi bad
/// customer: Hei, etsin juoksukenkiä.
/// agent: Suosittelen näitä, ne ovat nyt tarjouksessa 89 eurolla!   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Hei, etsin juoksukenkiä.
/// agent: Hienoa! Juoksetko enemmän asfaltilla vai maastossa?
/// ```
/// ```conversation lang=fi ok
/// customer: Hei, remontoin pientä kylpyhuonetta ja tarvitsen hiljaisen poistoilmapuhaltimen 100 mm:n putkeen, kunhan se ei maksa paljon.
/// agent: Suosittelen Breeze Prota, se on tällä viikolla tarjouksessa 79 eurolla.
/// ```
///
/// ## Suggested instead
/// Ask one or two short questions before naming any product: what it is for, who will use it,
/// what matters most (price, speed, size). Then recommend one option and say why it fits what
/// the customer told you.
///
/// ## Options
/// - `min_shared` (default 2): content words the pitch must share with what the customer already
///   said for it to count as answering a need the customer volunteered rather than a blind pitch.
/// - `max_heard` (default 8): different content words the customer may have said before the
///   pitch for it still to count as blind; 0 never counts the customer's words.
///
/// ## Known limits
/// A pitch without a recommendation or offer phrase ("the X is 799 euros") is not seen as a
/// pitch; a closed offer question with no price ("would you like our premium plan?") counts as a
/// question about the customer; a pitch of a sibling product that repeats two of the customer's
/// words ("the Yaris Cross hybrid" after "the 2019 Yaris hybrid") is taken as answering them.
/// Words are counted, not understood: a customer who rambles for nine words without saying what
/// they need is taken as heard, and an offer to keep a customer who asked to cancel, or one
/// slipped in after a service request, is not this rule's once the customer said it in more
/// than eight words, however unrelated the offer (the blind labellers did not
/// count such offers as a pitch before discovery; on the development blind sets this condition
/// removed 16 of 17 unconfirmed moments and no confirmed one).
pub struct PitchBeforeDiscovery;

impl Rule for PitchBeforeDiscovery {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        let min_shared = cx.config.usize("min_shared", 2);
        let max_heard = cx.config.usize("max_heard", 8);
        let mut heard: std::collections::HashSet<&str> = std::collections::HashSet::new();
        let mut said: Vec<String> = Vec::new();
        let mut asked: Vec<String> = Vec::new();
        for j in 0..c.len() {
            let turn = &c.turns[j];
            if c.is_customer(j) {
                let t = &turn.text;
                // "What do you recommend?", "what options do I have?": an invitation to pitch.
                if t.has(lex::OPEN_REQUEST) {
                    return;
                }
                // "How much is the X?", "can I freeze my membership?": talking about the X
                // answers; anything else is still a pitch.
                for s in &turn.sentences {
                    let request = t
                        .cues
                        .iter()
                        .filter(|q| {
                            q.lex == lex::PRODUCT_REQUEST || (s.is_question && q.lex == lex::OFFER)
                        })
                        .any(|q| q.norm_start >= s.norm_start && q.norm_end <= s.norm_end);
                    if !request {
                        continue;
                    }
                    asked.extend(stems(c, j, Some(s), &[lex::PRODUCT_REQUEST]).into_owned());
                }
                said.extend(stems(c, j, None, &[lex::NEED_STATEMENT]).into_owned());
                heard.extend(c.distinct_stems(j).iter().map(String::as_str));
                continue;
            }
            if !c.is_seller(j) || turn.is_backchannel {
                continue;
            }
            // Only the seller's own initiative counts: "I recommend", "on offer". A price
            // quoted in an answer ("the task pays $2") is not a pitch.
            let Some(cue) = pitch(c, j).filter(|q| q.lex == lex::PITCH_PHRASE) else {
                if asks_discovery(c, j) {
                    return;
                }
                continue;
            };
            // A question before the pitch in the same turn is discovery; "shall I send you the
            // contract?" after it is not.
            if turn
                .questions()
                .any(|q| q.norm_end <= cue.norm_start && is_discovery(c, j, q))
            {
                return;
            }
            // A customer who has already said what they came for in their own words (a product
            // and what it is for, a complaint, a cancellation) has been heard: an offer now
            // answers or ignores them, which other rules judge, but it is not blind.
            if max_heard > 0 && heard.len() > max_heard {
                return;
            }
            // "Within your budget, ...": the agent is answering what the customer told them.
            if acknowledges(c, j) {
                continue;
            }
            let Some(sentence) = sentence_at(c, j, cue.norm_start) else {
                continue;
            };
            // A pitch that takes up what the customer asked for or volunteered ("for video
            // editing, ...") answers them; the first one that does not is the blind pitch.
            let pitched = stems(c, j, Some(sentence), &[lex::OFFER, lex::PITCH_PHRASE]);
            if shared(&pitched, &asked) > 0
                || (min_shared > 0 && shared(&pitched, &said) >= min_shared)
            {
                continue;
            }
            let span = sentence.span;
            out.push(Finding {
                confidence: Confidence::DEFAULT,
                turn: j,
                span,
                message: Message::new("moment-pitch-before-discovery")
                    .text("pitch", c.quote(j, span)),
            });
            return;
        }
    }
}
