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
/// something else in the same breath.
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
/// ```conversation lang=it bad
/// agent: Buongiorno, sono Marta di FibraVeloce. Abbiamo un'offerta speciale: fibra a 1 giga a soli 24,90 euro al mese!   # fires
/// ```
/// ```conversation lang=it ok
/// agent: Buongiorno, sono Marta di FibraVeloce. Come usate internet in casa, lavorate anche da remoto?
/// customer: Sì, lavoriamo tutti e due da casa.
/// agent: Allora le propongo la fibra a 1 giga, in offerta a 24,90 euro al mese.
/// ```
/// ```conversation lang=el bad
/// customer: Καλησπέρα, θα ήθελα να δω τηλεοράσεις.
/// agent: Σας προτείνω αυτή την OLED 65 ιντσών, είναι σε προσφορά με 1.290 ευρώ!   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Καλησπέρα, θα ήθελα να δω τηλεοράσεις.
/// agent: Ευχαρίστως! Πόσο μεγάλο είναι το δωμάτιο και τι βλέπετε συνήθως, ταινίες ή αθλητικά;
/// ```
/// ```conversation lang=ro bad
/// agent: Bună ziua! Vă recomand abonamentul nostru Premium, acum la ofertă cu doar 49 de lei pe lună!   # fires
/// ```
/// ```conversation lang=ro ok
/// agent: Bună ziua! Ce vă interesează mai mult la un abonament, minutele sau internetul mobil?
/// customer: Internetul, folosesc mult telefonul pe drum.
/// agent: Atunci vă recomand abonamentul cu 50 GB, la ofertă cu 49 de lei pe lună.
/// ```
/// ```conversation lang=fi bad
/// customer: Hei, etsin juoksukenkiä.
/// agent: Suosittelen näitä, ne ovat nyt tarjouksessa 89 eurolla!   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Hei, etsin juoksukenkiä.
/// agent: Hienoa! Juoksetko enemmän asfaltilla vai maastossa?
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
///
/// ## Known limits
/// A pitch without a recommendation or offer phrase ("the X is 799 euros") is not seen as a
/// pitch; a closed offer question with no price ("would you like our premium plan?") counts as a
/// question about the customer; a pitch of a sibling product that repeats two of the customer's
/// words ("the Yaris Cross hybrid" after "the 2019 Yaris hybrid") is taken as answering them.
pub struct PitchBeforeDiscovery;

impl Rule for PitchBeforeDiscovery {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        let min_shared = cx.config.usize("min_shared", 2);
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
