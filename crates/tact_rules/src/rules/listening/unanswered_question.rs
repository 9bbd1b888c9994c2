//! Rule N003 `unanswered-question`: a customer question the agent walks past.

use super::common::{
    acknowledges, asks_again, first_sentence_span, pitch, prices, questions, sentence_span, stems,
    takes_up, QUESTION_WINDOW,
};
use crate::predicates::{has_any, question_at};

use crate::{CheckContext, Confidence, Finding, Message, Rule};
use tact_dialogue::QuestionKind;
use tact_lang::lex;

/// ## What it detects
/// A real question from the customer (not a greeting like "how are you?" or "anyone there?")
/// that the agent's reply does not answer: the reply takes up none of its words (for a long
/// question, two of them or its last one), does not open with an answer ("yes", "no",
/// "unfortunately") and does not promise one ("let me check"). It is reported when the evidence
/// is clear: the customer has to ask again (a repeat marker such as "and I asked about the
/// parking", or nearly the same words) with no answer in between, or the reply pitches something
/// else and the conversation ends there, or a question asked for the second time is left
/// unanswered by the last reply. The moment is the agent turn that should have answered. A
/// request for the next item of a series ("next direction please?", "la prossima domanda?")
/// asks for something new each time, so asking it twice is not asking again.
///
/// ## Why it hurts the sale
/// Seed 000 counts agents "per niente interessati alle loro esigenze" (not at all interested in
/// the customer's needs) among the OOPS moments that turn an interaction into an obstacle to
/// buying. A customer's question is the clearest need there is: seed 004 puts listening to and
/// going through the customer's worries at the heart of the seller's craft, and seed 001 calls
/// good service the customer getting what they expected. A question answered with a pitch tells
/// the customer the agent is following a script, not them.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer: Does the price include installation?
/// agent: Great choice! And I recommend adding our premium cleaning kit, on offer at 29 euros.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: Does the price include installation?
/// agent: Yes, installation is included in the price.
/// ```
/// ```conversation lang=it bad
/// customer: La consegna al piano è compresa?
/// agent: Le consiglio anche il materasso in memory, in offerta a 299 euro.   # fires
/// customer: Scusi, ma la consegna al piano è compresa?
/// ```
/// ```conversation lang=it ok
/// customer: La consegna al piano è compresa?
/// agent: Sì, la consegna al piano è compresa nel prezzo.
/// ```
/// ```conversation lang=el bad
/// customer: Πόσο καιρό κρατάει η μπαταρία;
/// agent: Σας προτείνω και τη θήκη προστασίας, είναι σε προσφορά με 15 ευρώ.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Πόσο καιρό κρατάει η μπαταρία;
/// agent: Η μπαταρία κρατάει περίπου δύο μέρες με κανονική χρήση.
/// ```
/// ```conversation lang=ro bad
/// customer: Pot returna produsul dacă nu mi se potrivește?
/// agent: Vă recomand și crema de față din aceeași gamă, la reducere cu 59 de lei.   # fires
/// customer: Vă întreb din nou: pot returna produsul?
/// ```
/// ```conversation lang=ro ok
/// customer: Pot returna produsul dacă nu mi se potrivește?
/// agent: Da, aveți 30 de zile să îl returnați, cu bonul fiscal.
/// ```
/// ```conversation lang=fi bad
/// customer: Sopiiko tämä laturi myös vanhaan puhelimeeni?
/// agent: Suosittelen lisäksi tätä kuoripakettia, nyt tarjouksessa 19 eurolla.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Sopiiko tämä laturi myös vanhaan puhelimeeni?
/// agent: Kyllä, laturi sopii kaikkiin USB-C-puhelimiin.
/// ```
/// ```conversation lang=en ok
/// customer: Next direction please?
/// agent: Turn left on Main Street. Shall I go on?
/// customer: Next direction please?
/// agent: Walk two blocks and the station is on your right.
/// ```
/// ```conversation lang=it ok
/// customer: La prossima indicazione, per favore?
/// agent: Giri a sinistra in via Roma. Continuo?
/// customer: La prossima indicazione, per favore?
/// agent: Cammini per due isolati e la stazione è sulla destra.
/// ```
/// ```conversation lang=el ok
/// customer: Την επόμενη οδηγία, παρακαλώ;
/// agent: Στρίψτε αριστερά στην Ερμού. Να συνεχίσω;
/// customer: Την επόμενη οδηγία, παρακαλώ;
/// agent: Περπατήστε δύο τετράγωνα και ο σταθμός είναι δεξιά.
/// ```
/// ```conversation lang=ro ok
/// customer: Următoarea indicație, vă rog?
/// agent: Faceți stânga pe strada Mare. Continui?
/// customer: Următoarea indicație, vă rog?
/// agent: Mergeți două străzi și gara e pe dreapta.
/// ```
/// ```conversation lang=fi ok
/// customer: Seuraava ohje, kiitos?
/// agent: Käänny vasemmalle Kauppakadulle. Jatkanko?
/// customer: Seuraava ohje, kiitos?
/// agent: Kävele kaksi korttelia, ja asema on oikealla.
/// ```
///
/// ## Suggested instead
/// Answer the question first, in its own words, even when the answer is "I don't know yet, let
/// me check". Only then, if it still fits, add anything else you wanted to propose.
///
/// ## Options
/// None.
///
/// ## Known limits
/// Precision first: a question that the agent ignores once and the customer lets go is missed,
/// and so is a request phrased without a question mark ("tell me what happens with the
/// payment"). An answer in entirely different words with no answer cue ("nearly 100 years") is
/// taken as unanswered only if the customer then asks again; a follow-up on the same topic is
/// not counted as asking again unless it repeats nearly all of the question's words. A question
/// is compared with the 50 customer questions before and after it, no further: a question asked
/// again after more than 50 others is not seen as asked again. A request for the next item of a
/// series ("next direction please?", lexicon `next_item`) is never taken as asked again, so one
/// left unanswered twice is missed; a question for a phone number (`contact_slot`) counts as
/// answered by any reply with six digits or more, right or wrong.
pub struct UnansweredQuestion;

impl Rule for UnansweredQuestion {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        let takes_floor = |k: usize| !c.turns[k].is_backchannel;
        let asked = questions(c);
        for (n, q) in asked.iter().enumerate() {
            let ci = q.turn;
            let Some(j) = (ci + 1..c.len()).find(|&k| c.is_seller(k) && takes_floor(k)) else {
                continue;
            };
            let next = (j + 1..c.len()).find(|&k| c.is_customer(k) && takes_floor(k));
            let reply: Vec<usize> = (j..next.unwrap_or(c.len()))
                .filter(|&k| c.is_seller(k))
                .collect();
            // "Yes", "unfortunately" at the start of the reply answer the question the customer
            // ended on; next to a later request they may answer the request instead.
            let ends_turn = c.turns[ci]
                .sentences
                .last()
                .is_some_and(|s| s.norm_start == q.sentence.norm_start);
            let opens_with_answer = c.turns[j].sentences.first().is_some_and(|s| {
                c.turns[j]
                    .text
                    .cues_in(lex::ANSWER_CUE, s.norm_start, s.norm_end)
                    .next()
                    .is_some()
            });
            // "What options do I have?" is answered by the options.
            let (qs, qe) = (q.sentence.norm_start, q.sentence.norm_end);
            let wants_offer = c.turns[ci].text.cues_starting_in(qs, qe).iter().any(|m| {
                (m.lex == lex::PRODUCT_REQUEST || m.lex == lex::OPEN_REQUEST) && m.norm_end <= qe
            });
            // The dialogue layer: a check ("…, right?") asks nothing, and a reply that opens with
            // yes or no or gives the value asked for answers, whatever its words.
            let d = &c.dialogue;
            let kind = question_at(c, ci, q.sentence.norm_start).map(|x| x.kind);
            if kind == Some(QuestionKind::Check) {
                continue;
            }
            // A backchannel "Yes" answers too, though it does not take the floor.
            let linked =
                d.links.answered_by[ci].is_some_and(|a| d.links.direct_answer(a).is_some());
            // An agent who asks back what it needs to do it ("for which day?") and gets an
            // answer is still on the question; "I'm sorry, but…" opening the reply is a no.
            let asks_back = d.turns[j].questions.len() == d.turns[j].sentences
                && next.is_some_and(|n| d.links.answers[n].is_some_and(|(q, _)| q == j));
            // "What's the phone number?" is answered by one, in whatever language the reply is.
            let wants_number = has_any(&c.turns[ci].text, &[lex::CONTACT_SLOT], qs, qe);
            let sorry_no = c.turns[j]
                .text
                .first(lex::APOLOGY)
                .is_some_and(|m| m.norm_start == 0);
            let answered = linked
                || asks_back
                || sorry_no
                || reply.iter().any(|&k| {
                    let t = &c.turns[k].text;
                    takes_up(&q.stems, &stems(c, k, None, &[]))
                        || (k == j && ends_turn && opens_with_answer)
                        || t.has(lex::REDIRECT_HELP)
                        || acknowledges(c, k)
                        || (wants_offer && (t.has(lex::OFFER) || !prices(c, k).is_empty()))
                        || (wants_number
                            && c.text(k).chars().filter(char::is_ascii_digit).count() >= 6)
                });
            if answered {
                continue;
            }
            let addressed_before = |end: usize| {
                (j..end)
                    .filter(|&k| c.is_seller(k))
                    .any(|k| takes_up(&q.stems, &stems(c, k, None, &[])))
            };
            // The customer has to ask again, and nothing in between answered.
            let asked_again = asked[n + 1..(n + 1 + QUESTION_WINDOW).min(asked.len())]
                .iter()
                .filter(|later| later.turn > j)
                .find(|later| asks_again(q, later))
                .is_some_and(|later| !addressed_before(later.turn));
            let pitched = reply.iter().find_map(|&k| pitch(c, k).map(|cue| (k, cue)));
            // The reply pitches instead and the conversation ends there. A pitch in mid-talk may
            // be the answer in other words ("you can sponsor a child for $36 a month").
            let moved_on = pitched.is_some() && next.is_none();
            // Asked for the second time and the conversation closes without an answer.
            let again = q.marked
                || asked[n.saturating_sub(QUESTION_WINDOW)..n]
                    .iter()
                    .any(|earlier| asks_again(earlier, q));
            let last_reply = reply
                .last()
                .is_some_and(|&k| !(k + 1..c.len()).any(|x| c.is_seller(x)));
            let closes = again && last_reply;
            // "Next direction please?" asks for a new item each time: asked twice, it is two
            // questions, not one asked again.
            let next_item = has_any(&c.turns[ci].text, &[lex::NEXT_ITEM], qs, qe);
            if !(((asked_again || closes) && !next_item) || moved_on) {
                continue;
            }
            let span = match pitched {
                Some((k, cue)) if k == j => sentence_span(c, j, &cue),
                _ => first_sentence_span(c, j),
            };
            out.push(Finding {
                // Asked again without an answer in between is the behaviour itself.
                confidence: if asked_again {
                    Confidence::HIGH
                } else {
                    Confidence::DEFAULT
                },
                turn: j,
                span,
                message: Message::new("moment-unanswered-question")
                    .text("question", c.quote(ci, q.sentence.span)),
            });
        }
    }
}
