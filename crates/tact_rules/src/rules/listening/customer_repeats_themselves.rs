//! Rule N004 `customer-repeats-themselves`: the customer has to say it again.

use super::common::{
    acknowledges, asked_before, asks_again, first_sentence_span, number_words, questions,
    said_before, shared, stems, takes_up, Asked,
};
use crate::predicates::{has_any, sentence_bounds};
use crate::Analyzed;
use crate::{CheckContext, Confidence, Finding, Message, Rule};
use tact_dialogue::{Answer, QuestionKind};
use tact_lang::{lex, LexId};
use tact_model::Span;

/// ## What it detects
/// The customer has to repeat something they already said in this conversation. Four signs:
/// they say so ("as I already said", "come ho già detto", "όπως σας είπα", "cum v-am spus deja",
/// "kuten jo sanoin") about two or more words, a number, or all of a short restatement of what
/// they said before; they ask an earlier question again, in nearly the same words or saying they
/// asked ("and I asked about the invoice"), after replies that never took it up; or they repeat
/// an earlier request nearly word for word (a request with one detail swapped for another is a
/// new request) after replies that neither took it up nor answered. A fourth: the agent asks for
/// a value the customer had already given ("my booking number is 4471", then "can I have your
/// booking number?") and the customer gives it again, in a short answer.
/// The moment is the agent turn right before the repetition: the turn that showed the customer
/// they had not been heard, with the agent's question as evidence when it asked for what was
/// already given.
///
/// "I asked" counts about one word the customer said before, but not in relief ("good thing I
/// asked", lexicon `glad_asked`). "Again" on its own ("di nuovo", "ξανά", "din nou",
/// "uudestaan", lexicon `bare_again`) says that something happens once more, not that it was
/// said: "will I pay again?" repeats nothing. A limit, a price objection or a no restated
/// against the agent's pitch is left to ignored-need and reoffer-after-refusal, which read that
/// behaviour (one behaviour, one moment): after an agent turn that makes an offer, a reply that
/// says no, names a budget ("that's over what I told you, 2,000 is the most") or objects to the
/// price in the sentence that says it was said, or restates a budget given before that is below
/// the price quoted ("I said 600" after an offer at 899). A question or request whose sentence says "again" ("can you
/// check the status again?") asks for something to be done once more, and a short "next
/// directions, please?" (lexicon `next_item`, naming no time: "next week?" still counts) for
/// the next step: neither says the same thing again unheard. Nor does a request made anew after
/// the agent's bare "anything else?" when a reply in between had dealt with it; an "anything
/// else?" in place of any answer is the moment.
///
/// ## Why it hurts the sale
/// Seed 000 counts agents "per niente interessati alle loro esigenze" (not at all interested in
/// the customer's needs) among the OOPS moments that turn an interaction into an obstacle to
/// buying; having to say the same thing twice is how a customer notices it. Seed 003 warns that
/// nobody likes to lose a verbal contest and that the customer drifts away as a buyer; seed 004
/// asks the seller to listen and understand first. A customer who repeats themselves is already
/// working harder than the seller.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer: I'd like the blue one in size 42.
/// agent: Sure! Which colour would you like?   # fires
/// customer: As I said, the blue one.
/// ```
/// ```conversation lang=en ok
/// customer: I'd like the blue one in size 42.
/// agent: So that's the blue one in size 42, correct?
/// customer: Yes, as I said, blue in 42.
/// ```
/// ```conversation lang=it bad
/// customer: Vorrei disdire l'abbonamento alla palestra dal mese prossimo.
/// agent: Ha già provato i nostri nuovi corsi di pilates?   # fires
/// customer: Vorrei disdire l'abbonamento alla palestra dal mese prossimo, per favore.
/// ```
/// ```conversation lang=it ok
/// customer: Vorrei disdire l'abbonamento alla palestra dal mese prossimo.
/// agent: Certo, le preparo subito la disdetta dell'abbonamento dal mese prossimo.
/// customer: Perfetto, grazie.
/// ```
/// ```conversation lang=el bad
/// customer: Θέλω να αλλάξω τη διεύθυνση αποστολής σε Θεσσαλονίκη.
/// agent: Έχετε δει τις νέες μας προσφορές για κινητά;   # fires
/// customer: Όπως σας είπα, θέλω να αλλάξω τη διεύθυνση αποστολής.
/// ```
/// ```conversation lang=el ok
/// customer: Θέλω να αλλάξω τη διεύθυνση αποστολής σε Θεσσαλονίκη.
/// agent: Να αλλάξω λοιπόν τη διεύθυνση αποστολής σε Θεσσαλονίκη;
/// customer: Ναι, όπως σας είπα, στη Θεσσαλονίκη.
/// ```
/// ```conversation lang=ro bad
/// customer: Aș vrea factura pe firmă, nu pe persoană fizică.
/// agent: Doriți să adăugați și garanția extinsă?   # fires
/// customer: Cum v-am spus deja, factura o vreau pe firmă.
/// ```
/// ```conversation lang=ro ok
/// customer: Aș vrea factura pe firmă, nu pe persoană fizică.
/// agent: Sigur, emit factura pe firmă. Îmi spuneți codul fiscal?
/// customer: Da, RO123456.
/// ```
/// ```conversation lang=fi bad
/// customer: Haluaisin siirtää huomisen asennuksen ensi viikolle.
/// agent: Oletteko jo kuulleet uudesta kuituliittymästämme?   # fires
/// customer: Haluaisin siirtää huomisen asennuksen ensi viikolle, kiitos.
/// ```
/// ```conversation lang=fi ok
/// customer: Haluaisin siirtää huomisen asennuksen ensi viikolle.
/// agent: Onnistuu, siirrän asennuksen ensi viikon tiistaille.
/// customer: Kiitos!
/// ```
/// ```conversation lang=en bad
/// customer: I'd like a table for Friday, my booking number is 4471.
/// agent: Sure. Can I have your booking number, please?   # fires
/// customer: 4471.
/// ```
/// ```conversation lang=en ok
/// customer: I'd like a table for Friday, my booking number is 4471.
/// agent: Sure. How many people will you be?
/// customer: Four.
/// ```
/// ```conversation lang=it bad
/// customer: Vorrei un tavolo per venerdì, il numero di prenotazione è 4471.
/// agent: Certo. Mi dà il numero di prenotazione, per favore?   # fires
/// customer: 4471.
/// ```
/// ```conversation lang=it ok
/// customer: Vorrei un tavolo per venerdì, il numero di prenotazione è 4471.
/// agent: Certo. In quanti sarete?
/// customer: Quattro.
/// ```
/// ```conversation lang=el bad
/// customer: Θα ήθελα ένα τραπέζι για την Παρασκευή, ο αριθμός κράτησης είναι 4471.
/// agent: Βεβαίως. Ποιος είναι ο αριθμός κράτησης;   # fires
/// customer: 4471.
/// ```
/// ```conversation lang=el ok
/// customer: Θα ήθελα ένα τραπέζι για την Παρασκευή, ο αριθμός κράτησης είναι 4471.
/// agent: Βεβαίως. Πόσα άτομα θα είστε;
/// customer: Τέσσερα.
/// ```
/// ```conversation lang=ro bad
/// customer: Aș vrea o masă pentru vineri, numărul rezervării este 4471.
/// agent: Sigur. Care este numărul rezervării?   # fires
/// customer: 4471.
/// ```
/// ```conversation lang=ro ok
/// customer: Aș vrea o masă pentru vineri, numărul rezervării este 4471.
/// agent: Sigur. Câte persoane veți fi?
/// customer: Patru.
/// ```
/// ```conversation lang=fi bad
/// customer: Haluaisin pöydän perjantaiksi, varausnumero on 4471.
/// agent: Selvä. Mikä on varausnumero?   # fires
/// customer: 4471.
/// ```
/// ```conversation lang=fi ok
/// customer: Haluaisin pöydän perjantaiksi, varausnumero on 4471.
/// agent: Selvä. Montako teitä tulee?
/// customer: Neljä.
/// ```
/// ```conversation lang=en ok
/// customer: I need a laptop for my daughter, 600 euros at most.
/// agent: I'd recommend the Zenbook 14 at 899 euros, it's much faster.
/// customer: As I said, 600 is the limit.
/// ```
/// ```conversation lang=en ok
/// customer: Can you check the status of my refund?
/// agent: It was approved yesterday and reaches your card within three days.
/// customer: Great. Can you check the status of my refund again?
/// ```
/// ```conversation lang=it ok
/// customer: Mi serve un portatile per mia figlia, massimo 600 euro.
/// agent: Le consiglio lo Zenbook 14 a 899 euro, è molto più veloce.
/// customer: Le ho detto 600, non di più.
/// ```
/// ```conversation lang=el ok
/// customer: Θέλω ένα λάπτοπ για την κόρη μου, μέχρι 600 ευρώ.
/// agent: Σας προτείνω το Zenbook 14 στα 899 ευρώ, είναι πολύ πιο γρήγορο.
/// customer: Σας είπα 600, όχι παραπάνω.
/// ```
/// ```conversation lang=ro ok
/// customer: Am nevoie de un laptop pentru fiica mea, maxim 600 de euro.
/// agent: Vă recomand Zenbook 14 la 899 de euro, e mult mai rapid.
/// customer: V-am spus 600, nu mai mult.
/// ```
/// ```conversation lang=fi ok
/// customer: Tarvitsen tyttärelle läppärin, enintään 600 euroa.
/// agent: Suosittelen Zenbook 14:ää, 899 euroa, se on paljon nopeampi.
/// customer: Sanoin 600, ei enempää.
/// ```
/// ```conversation lang=it ok
/// customer: Ieri ho cambiato la data dei biglietti e ho pagato 6 euro.
/// agent: Sì, vedo il cambio di ieri. Posso aiutarla con altro?
/// customer: Se cambio la data di nuovo pago di nuovo 6 euro?
/// ```
/// ```conversation lang=it ok
/// customer: Mi controlla lo stato del rimborso?
/// agent: È stato approvato ieri, arriva sulla carta entro tre giorni.
/// customer: Perfetto. Mi controlla di nuovo lo stato del rimborso?
/// ```
/// ```conversation lang=el ok
/// customer: Χθες άλλαξα την ημερομηνία των εισιτηρίων και πλήρωσα 6 ευρώ.
/// agent: Ναι, βλέπω την αλλαγή. Μπορώ να βοηθήσω σε κάτι άλλο;
/// customer: Αν αλλάξω την ημερομηνία ξανά, θα πληρώσω ξανά 6 ευρώ;
/// ```
/// ```conversation lang=el ok
/// customer: Μπορείτε να ελέγξετε την κατάσταση της επιστροφής χρημάτων;
/// agent: Εγκρίθηκε χθες, θα φανεί στην κάρτα σας μέσα σε τρεις μέρες.
/// customer: Τέλεια. Μπορείτε να ελέγξετε ξανά την κατάσταση της επιστροφής χρημάτων την Παρασκευή;
/// ```
/// ```conversation lang=ro ok
/// customer: Ieri am schimbat data biletelor și am plătit 6 lei.
/// agent: Da, văd schimbarea. Vă mai pot ajuta cu ceva?
/// customer: Dacă schimb data din nou, plătesc din nou 6 lei?
/// ```
/// ```conversation lang=ro ok
/// customer: Puteți verifica stadiul rambursării?
/// agent: A fost aprobată ieri, ajunge pe card în trei zile.
/// customer: Perfect. Puteți verifica din nou stadiul rambursării?
/// ```
/// ```conversation lang=fi ok
/// customer: Vaihdoin eilen lippujen päivän ja maksoin 6 euroa.
/// agent: Kyllä, näen vaihdon. Voinko auttaa muussa?
/// customer: Jos vaihdan päivän uudestaan, maksanko uudestaan 6 euroa?
/// ```
/// ```conversation lang=fi ok
/// customer: Voitko tarkistaa palautukseni tilan?
/// agent: Se hyväksyttiin eilen, rahat ovat kortilla kolmen päivän sisällä.
/// customer: Hienoa. Voitko tarkistaa palautukseni tilan uudestaan perjantaina?
/// ```
/// ```conversation lang=en ok
/// customer: I need a tablet for reading, my budget is 300 euros at most.
/// agent: The Galaxy Tab S9 is our best seller, on offer at 749 euros.
/// customer: As I told you, I need a tablet for reading, and that one is too expensive.
/// ```
/// ```conversation lang=it ok
/// customer: Cerco un tablet per leggere, al massimo 300 euro.
/// agent: Le consiglio il Galaxy Tab S9, in offerta a 749 euro.
/// customer: Come le ho detto, cerco un tablet per leggere, e quello è troppo caro.
/// ```
/// ```conversation lang=el ok
/// customer: Θέλω ένα tablet για διάβασμα, το πολύ 300 ευρώ.
/// agent: Σας προτείνω το Galaxy Tab S9, σε προσφορά στα 749 ευρώ.
/// customer: Όπως σας είπα, θέλω ένα tablet για διάβασμα, και αυτό είναι πολύ ακριβό.
/// ```
/// ```conversation lang=ro ok
/// customer: Caut o tabletă pentru citit, maxim 300 de euro.
/// agent: Vă recomand Galaxy Tab S9, la ofertă cu 749 de euro.
/// customer: Cum v-am spus deja, caut o tabletă pentru citit, iar aceea e prea scumpă.
/// ```
/// ```conversation lang=fi ok
/// customer: Etsin tablettia lukemiseen, enintään 300 euroa.
/// agent: Suosittelen Galaxy Tab S9:ää, se on tarjouksessa 749 eurolla.
/// customer: Kuten jo sanoin, etsin tablettia lukemiseen, ja tuo on liian kallis.
/// ```
///
/// ## Suggested instead
/// Before answering, say back what the customer asked for in their own words ("the blue one in
/// 42", "cancelling from next month") and act on it. If you need a detail, ask only for what is
/// missing, never for what they already told you.
///
/// ## Options
/// - `min_shared` (default 3): content words a turn must share with an earlier customer turn to
///   count as a repetition when it has no "as I said".
/// - `min_overlap` (default 0.7): the share of the turn's content words that must repeat the
///   earlier turn.
/// - `window` (default 20): how many earlier customer turns a turn is compared with. It keeps
///   the time linear in the length of the conversation; a repetition further back is missed.
///
/// ## Known limits
/// A repetition in different words without a repeat marker is missed; "as I said" about
/// something said in an earlier call is reported when it shares enough with this conversation;
/// a detail the agent asked back as a confirmation ("so, the blue one?") is taken as agreement,
/// even when the agent should have known it. A value asked for again counts only when the
/// answer is short (six words at most, three of them content words or numbers), all of it was
/// said before as the one number of its length in its turn (not "4471 and 4472"), and the
/// question shares a word with that turn; a value given again in a longer answer, or asked for
/// in other words ("when?" after "on Friday"), is missed, and a word that only sounds like the
/// value ("the delivery was due Friday", then "when would you like the new delivery?" "Friday")
/// or a choice between words ("Basic or Premium", then "which plan?") is taken for it. A limit
/// or a no restated against a pitch is set aside only when the pitch was read as an offer and
/// the limit as a budget, a price objection or a refusal in the sentence that says it was said;
/// when ignored-need and reoffer-after-refusal do not read the pitch either (no budget, no
/// earlier no), the moment is missed. "I already asked the neighbours" counts when the neighbours
/// came up before, and "say it again" ("glielo dico di nuovo") is read as a bare "again".
pub struct CustomerRepeatsThemselves;

/// The sentence of agent turn `a` that shows it had not listened: a question about what the
/// customer then repeats ("can I have your order number?"), else its first question, else its
/// first sentence.
fn evidence(c: &Analyzed<'_>, a: usize, repeated: &[String]) -> Span {
    let questions: Vec<_> = c.turns[a].questions().collect();
    questions
        .iter()
        .find(|q| shared(&stems(c, a, Some(q), &[]), repeated) > 0)
        .or(questions.first())
        .map_or_else(|| first_sentence_span(c, a), |q| q.span)
}

impl Rule for CustomerRepeatsThemselves {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        let min_shared = cx.config.usize("min_shared", 3).max(1);
        let min_overlap = cx.config.f64("min_overlap", 0.7);
        let window = cx.config.usize("window", 20).max(1);
        let asked = questions(c);
        for k in c.customer_turns() {
            if c.turns[k].is_backchannel {
                continue;
            }
            let Some(a) = (0..k)
                .rev()
                .find(|&x| c.is_seller(x) && !c.turns[x].is_backchannel)
            else {
                continue;
            };
            let earlier: Vec<usize> = (0..a)
                .rev()
                .filter(|&e| c.is_customer(e) && !c.turns[e].is_backchannel)
                .take(window)
                .collect();
            if earlier.is_empty() {
                continue;
            }

            let said_marker = said_before(&c.turns[k]).next();
            let asked_marker = asked_before(&c.turns[k]).next();
            if let Some(marker) = match (said_marker, asked_marker) {
                (Some(x), Some(y)) => Some(if x.norm_start <= y.norm_start { x } else { y }),
                (x, y) => x.or(y),
            } {
                // An order number given twice counts as much as a word.
                let words = |x: usize, skip: &[LexId]| words_and_numbers(c, x, skip);
                let again = words(k, &[lex::REPEAT_MARKER, lex::ASKED_BEFORE]);
                let before: Vec<String> = earlier.iter().flat_map(|&e| words(e, &[])).collect();
                let repeated: Vec<String> = again
                    .iter()
                    .filter(|w| before.contains(w))
                    .cloned()
                    .collect();
                let n = repeated.len();
                // "I asked about the parking" needs one word of before; "as I said" two, a
                // number given before, or all of a short restatement ("the blue one").
                let asked = asked_marker.is_some_and(|m| m.norm_start == marker.norm_start);
                let enough = (asked && n > 0)
                    || n >= 2
                    || (n > 0 && n == again.len() && n <= 2)
                    || repeated
                        .iter()
                        .any(|w| w.starts_with(|ch: char| ch.is_ascii_digit()));
                // The agent had asked it back ("so, the blue one?"): the customer is
                // confirming, not repeating.
                let agent_said = words(a, &[]);
                let confirming = c.turns[a].has_question() && shared(&repeated, &agent_said) >= n;
                // Restating a limit or a no against the agent's pitch ("I said 600", "I told
                // you, no offers") is the pitch's fault, read by ignored-need and
                // reoffer-after-refusal: one behaviour, one moment.
                let acts = &c.dialogue.turns;
                let budgets: Vec<f64> = earlier
                    .iter()
                    .flat_map(|&e| acts[e].needs.iter().filter_map(|n| n.budget))
                    .collect();
                let refuses =
                    |x: usize| acts[x].refusal.is_some() || acts[x].answer == Some(Answer::No);
                let declines = refuses(k) && earlier.iter().any(|&e| refuses(e));
                // The number restated is the budget, and the agent's price is above it.
                let over_limit = acts[a].price().is_some_and(|price| {
                    repeated.iter().any(|w| {
                        w.parse::<f64>()
                            .is_ok_and(|v| budgets.iter().any(|&b| b == v && price > b))
                    })
                });
                // Any push back on a pitch, in the sentence that says it was said: a budget
                // read there, a price objection, a refusal the dialogue layer placed there, or a
                // budget given before restated below the price quoted ("I said 700"). ("As I
                // wrote, the letter is attached. No thanks" repeats the letter, not the no.)
                let pitched = !acts[a].offers.is_empty() || super::common::pitch(c, a).is_some();
                // Read only after a pitch: budgets and prices are the costly part.
                let pushes_back = || {
                    let quoted = super::common::prices(c, a);
                    let (from, to) = sentence_bounds(&c.turns[k], marker.norm_start);
                    let text = &c.turns[k].text;
                    let bounds = text.norm.to_original(from as usize, to as usize);
                    let budget_here = super::common::budget(c, k).is_some_and(|(_, span)| {
                        span.start >= bounds.start && span.end <= bounds.end
                    });
                    let refusal_here = acts[k]
                        .refusal
                        .is_some_and(|(start, end)| start < to && from < end);
                    let given_budgets: Vec<f64> = earlier
                        .iter()
                        .filter_map(|&e| {
                            super::common::budget(c, e).map(|(amount, _)| amount.value)
                        })
                        .collect();
                    let below_price = repeated.iter().any(|w| {
                        tact_dialogue::parse_number(w).is_some_and(|v| {
                            given_budgets.contains(&v) && quoted.iter().any(|p| p.value > v)
                        })
                    });
                    budget_here
                        || refusal_here
                        || below_price
                        || has_any(text, &[lex::PRICE_OBJECTION], from, to)
                };
                let against_pitch = (declines && !acts[a].offers.is_empty())
                    || over_limit
                    || (pitched && pushes_back());
                if against_pitch {
                    continue;
                }
                if enough && !confirming {
                    out.push(Finding {
                        confidence: Confidence::DEFAULT,
                        turn: a,
                        span: evidence(c, a, &repeated),
                        message: Message::new("moment-customer-repeats-themselves-said")
                            .text("marker", c.quote(k, marker.span)),
                    });
                    continue;
                }
            }

            // A question asked again ("so can you unblock it or not?") that no reply took up.
            let oldest = earlier.last().copied().unwrap_or(a);
            let (lo, hi) = (
                asked.partition_point(|q| q.turn < k),
                asked.partition_point(|q| q.turn <= k),
            );
            let (then_lo, then_hi) = (
                asked.partition_point(|q| q.turn < oldest),
                asked.partition_point(|q| q.turn < a),
            );
            // "Check it again, please?" asks for it to be done once more, knowing it was done,
            // and "next direction, please?" for the next step: neither says it again unheard.
            let once_more = |now: &&Asked<'_>| {
                let (a, b) = (now.sentence.norm_start, now.sentence.norm_end);
                has_any(&c.turns[k].text, &[lex::BARE_AGAIN], a, b) || next_step(c, k, now.sentence)
            };
            // A request made anew after "anything else?" is no repeat when a reply in between
            // had dealt with it: the offer of more help closed it.
            let more_help = offers_more_help(c, a);
            let closed_after = |from: usize| {
                more_help && (from + 1..a).any(|x| c.is_seller(x) && !c.turns[x].is_backchannel)
            };
            let reasked = asked[lo..hi]
                .iter()
                .filter(|now| !once_more(now))
                .find_map(|now| {
                    asked[then_lo..then_hi.max(then_lo)]
                        .iter()
                        .find(|then| {
                            asks_again(then, now)
                                && !closed_after(then.turn)
                                && !(then.turn + 1..k)
                                    .filter(|&x| c.is_seller(x))
                                    .any(|x| takes_up(&then.stems, &stems(c, x, None, &[])))
                        })
                        .map(|then| (then, now))
                });
            if let Some((then, now)) = reasked {
                out.push(Finding {
                    confidence: Confidence::DEFAULT,
                    turn: a,
                    span: evidence(c, a, &then.stems),
                    message: Message::new("moment-customer-repeats-themselves-asked")
                        .text("question", c.quote(k, now.sentence.span)),
                });
                continue;
            }

            if let Some(f) = given_again(c, k, a, &earlier) {
                out.push(f);
                continue;
            }

            let again = stems(c, k, None, &[]);
            if again.len() < min_shared {
                continue;
            }
            for &e in &earlier {
                let before = stems(c, e, None, &[]);
                let n = shared(&again, &before);
                if n < min_shared || (n as f64) < min_overlap * again.len() as f64 {
                    continue;
                }
                // One detail swapped for another ("…that serves Catalan", then "…that serves
                // Mexican") is a new request, typically after the first found nothing; a word
                // added ("…, please") is not.
                if again.iter().any(|w| !before.contains(w))
                    && before.iter().any(|w| !again.contains(w))
                {
                    continue;
                }
                let repeated: Vec<String> = again
                    .iter()
                    .filter(|s| before.contains(s))
                    .cloned()
                    .collect();
                // "Can you check the status again?": the sentence that carries the request asks
                // for it once more, knowing it was done ("it crashed again" elsewhere does not).
                let said_again = c.turns[k].sentences.iter().any(|st| {
                    has_any(
                        &c.turns[k].text,
                        &[lex::BARE_AGAIN],
                        st.norm_start,
                        st.norm_end,
                    ) && shared(&stems(c, k, Some(st), &[]), &repeated) > 0
                });
                if closed_after(e) || said_again {
                    break;
                }
                let taken_up = (e + 1..k).filter(|&x| c.is_seller(x)).any(|x| {
                    let t = &c.turns[x].text;
                    shared(&repeated, &stems(c, x, None, &[])) > 0
                        || t.has(lex::ANSWER_CUE)
                        || acknowledges(c, x)
                        || t.has(lex::REDIRECT_HELP)
                });
                if !taken_up {
                    let quoted = first_sentence_span(c, k);
                    out.push(Finding {
                        confidence: Confidence::DEFAULT,
                        turn: a,
                        span: evidence(c, a, &repeated),
                        message: Message::new("moment-customer-repeats-themselves-restated")
                            .text("request", c.quote(k, quoted)),
                    });
                }
                break;
            }
        }
    }
}

/// Whether seller turn `a` is only an offer of more help ("anything else I can help you
/// with?"): it has one, the sentence that offers it says little else (two words: "help",
/// "do"), and every other sentence is only thanks or a greeting.
fn offers_more_help(c: &Analyzed<'_>, a: usize) -> bool {
    const ONLY: [LexId; 3] = [lex::ANYTHING_ELSE, lex::GRATITUDE, lex::GREETING];
    const OFFER_WORDS: usize = 2;
    let t = &c.turns[a];
    t.text.has(lex::ANYTHING_ELSE)
        && t.sentences.iter().all(|s| {
            let offers = has_any(&t.text, &[lex::ANYTHING_ELSE], s.norm_start, s.norm_end);
            stems(c, a, Some(s), &ONLY).len() <= if offers { OFFER_WORDS } else { 0 }
        })
}

/// Whether `sentence` of customer turn `k` is a short request for the next item of a series
/// ("next direction, please?", "what's the next step?"): not "does it arrive next week?",
/// which names a time.
fn next_step(c: &Analyzed<'_>, k: usize, sentence: &tact_lang::Sentence) -> bool {
    const SHORT: usize = 6;
    let t = &c.turns[k].text;
    let (a, b) = (sentence.norm_start, sentence.norm_end);
    has_any(t, &[lex::NEXT_ITEM], a, b)
        && !has_any(t, &[lex::DURATION_UNIT, lex::TIME_REF], a, b)
        && crate::predicates::words_overlapping(t, a, b).len() <= SHORT
}

/// The content stems of turn `x`, but those of `skip`'s cues, and its numbers: an order number
/// given twice counts as much as a word.
fn words_and_numbers(c: &Analyzed<'_>, x: usize, skip: &[LexId]) -> Vec<String> {
    let mut w = stems(c, x, None, skip).into_owned();
    w.extend(number_words(c, x));
    w
}

/// Detector: the agent asks for a value the customer had already given ("my flight ID is 275",
/// then "can I have your flight ID?"), and the answer gives it again: a short answer (three
/// words or numbers at most, no yes, no, thanks or "I don't know") that an earlier customer turn
/// holds all of, where the question shares a word with that turn ("flight"): a bare "2" or
/// "Friday" is too common to tell otherwise. A question that names the value itself ("so, 48
/// people?"), comes with a "can't find it" or "didn't understand", or chooses between numbers of
/// the same length the customer gave ("4471 and 4472") asks back on purpose, and is left alone.
fn given_again(c: &Analyzed<'_>, k: usize, a: usize, earlier: &[usize]) -> Option<Finding> {
    let (q, _) = c.dialogue.links.answers[k]?;
    let question = c.dialogue.turns[a].last_question()?;
    if q != a || question.kind == QuestionKind::Check || c.turns[k].word_count() > 6 {
        return None;
    }
    let words = |x: usize| words_and_numbers(c, x, &[]);
    let again = words(k);
    if again.is_empty() || again.len() > 3 || shared(&again, &words(a)) > 0 {
        return None;
    }
    let sentence = c.turns[a].sentences.get(question.sentence)?;
    let asked = stems(c, a, Some(sentence), &[]);
    // "No.", "yes please", "I can't remember" answer; they give nothing again.
    let t = &c.turns[k].text;
    if [
        lex::AFFIRM,
        lex::DENY,
        lex::DONT_KNOW,
        lex::GRATITUDE,
        lex::CLOSING,
        lex::REFUSAL,
    ]
    .iter()
    .any(|&l| t.has(l))
    {
        return None;
    }
    // "I can't find that order, could you check the number?" asks for it again on purpose: a
    // refusal or a "didn't understand" in the question or the sentence before it.
    let agent = &c.turns[a];
    let from = question
        .sentence
        .checked_sub(1)
        .and_then(|k| agent.sentences.get(k))
        .map_or(sentence.norm_start, |x| x.norm_start);
    if [lex::SELLER_REFUSAL, lex::NOT_UNDERSTOOD].iter().any(|&l| {
        agent
            .text
            .cues_in(l, from, sentence.norm_end)
            .next()
            .is_some()
    }) {
        return None;
    }
    earlier.iter().find(|&&e| {
        let before = words(e);
        // "4471 and 4472": the question asks which one; numbers of other lengths ("flight 275
        // on the 3rd") are other details.
        let numbers = number_words(c, e);
        let one_value = again.iter().all(|w| {
            !w.starts_with(|ch: char| ch.is_ascii_digit())
                || numbers.iter().filter(|n| n.len() == w.len()).count() <= 1
        });
        one_value && again.iter().all(|w| before.contains(w)) && shared(&asked, &before) > 0
    })?;
    Some(Finding {
        confidence: Confidence::DEFAULT,
        turn: a,
        span: sentence.span,
        message: Message::new("moment-customer-repeats-themselves-given")
            .text("value", c.quote(k, first_sentence_span(c, k))),
    })
}
