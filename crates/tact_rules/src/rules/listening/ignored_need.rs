//! Rule N001 `ignored-need`: pitching past what the customer just said they need.

use super::common::{
    acknowledges, budget, is_discovery, pitch, prices, sentence_at, sentence_span, shared, stems,
    Amount,
};
use crate::predicates::{
    covered, own_words, sentence_at as sentence_of, sentence_bounds, words_between,
};
use crate::{Analyzed, AnalyzedTurn, CheckContext, Confidence, Finding, Message, Rule};
use tact_dialogue::{Entity, EntityKind};
use tact_lang::{lex, LexId};
use tact_model::Span;

/// ## What it detects
/// The customer states a need, a condition or a budget ("my budget is 300", "I need it by
/// Friday", "deve essere silenziosa", "trebuie să încapă într-o nișă de 60 de centimetri", "I want
/// to cancel") and the agent answers with a pitch that walks past it, without acknowledging it
/// ("I understand", "within your budget") or asking about it first. Five cases are reported: a
/// price above the budget the customer gave (the budget stays in force until they give another),
/// or only instalments once a price above it was turned down; hours proposed that are all
/// earlier than the customer said they can come ("only after 6 pm" answered with "Tuesday at
/// 9:30 or Friday at 11"), whatever is said about the evenings being full; an offer to stay in
/// answer to a request to cancel; something else proposed in place of the one thing the
/// customer said they want ("I just want to freeze it" answered with "another option is the
/// Off-Peak plan at €29.99"), priced or pitched, whatever acknowledgement comes first; and an add-on, or a pitch that leaves a stated condition
/// unmentioned, sharing no content word with what the customer said. "I understand, but..." is not an
/// acknowledgement, and neither an acknowledgement nor a question first excuses a price above
/// the budget. A price above the budget counts whatever words carry it ("the one I'd point you to
/// first is..."), unless the customer had just asked something after giving the budget, or
/// agreed to what is priced (the total of what they chose); prices under a fifth of the budget (a fee, a dinner) are not the
/// offer. Prices are read in each language's format ("1,099", "1.099", "1 099"); a clock time
/// ("home until 21:40") is no price and no budget, nor is a bare whole number up to 24 after
/// "up to" ("open up to 22").
///
/// ## Why it hurts the sale
/// Seed 000 names the agents who are "per niente interessati alle loro esigenze" (not at all
/// interested in the customer's needs) as a source of OOPS moments: the customer labels the
/// interaction unpleasant and it becomes an obstacle to buying. Seed 001 describes services
/// "imposed by the needs of the marketers" and a "lack of sympathy for the customer"; seed 004
/// sets the seller's craft as listening and understanding each buyer's worries. A pitch that
/// walks past a stated budget or deadline tells the customer none of that happened.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer: I need a laptop for my daughter's school work, my budget is 400 euros.
/// agent: I recommend the UltraBook Pro, on offer today at 899 euros.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: I need a laptop for my daughter's school work, my budget is 400 euros.
/// agent: Within your budget I'd suggest the IdeaPad at 379 euros, light and fine for school work.
/// ```
/// ```conversation lang=it bad
/// customer: Mi serve una lavatrice, deve essere silenziosa: abitiamo in un appartamento piccolo.
/// agent: Le propongo la nostra asciugatrice in offerta a 499 euro!   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Mi serve una lavatrice, deve essere silenziosa: abitiamo in un appartamento piccolo.
/// agent: Capisco. Per un appartamento le consiglio questa lavatrice silenziosa, fa 48 decibel.
/// ```
/// ```conversation lang=el bad
/// customer: Χρειάζομαι το κινητό μέχρι την Παρασκευή, φεύγω για ταξίδι.
/// agent: Σας προτείνω να προσθέσετε και την επέκταση εγγύησης με 49 ευρώ!   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Χρειάζομαι το κινητό μέχρι την Παρασκευή, φεύγω για ταξίδι.
/// agent: Κατάλαβα. Το κινητό θα είναι έτοιμο την Πέμπτη, πριν από το ταξίδι σας.
/// ```
/// ```conversation lang=ro bad
/// customer: Caut un frigider, dar trebuie să încapă într-o nișă de 60 de centimetri.
/// agent: Vă recomand modelul nostru side-by-side, la ofertă acum cu 2.499 de lei!   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Caut un frigider, dar trebuie să încapă într-o nișă de 60 de centimetri.
/// agent: Am înțeles. Pentru o nișă de 60 de centimetri vă recomand un frigider îngust, de 55.
/// ```
/// ```conversation lang=fi bad
/// customer: Budjettini on enintään 300 euroa, tarvitsen pesukoneen pieneen kylpyhuoneeseen.
/// agent: Suosittelen tätä huippumallia, se on nyt tarjouksessa 649 eurolla!   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Budjettini on enintään 300 euroa, tarvitsen pesukoneen pieneen kylpyhuoneeseen.
/// agent: Selvä, budjettiisi sopii tämä kapea pesukone, se maksaa 279 euroa.
/// ```
/// ```conversation lang=en bad
/// customer: I need a laptop for university, my budget is 700 euros at most.
/// agent: I understand. For five years of study I would recommend the Zenbook at 1,099 euros.   # fires
/// ```
/// ```conversation lang=it bad
/// customer: Mi serve un portatile per l'università, massimo 700 euro.
/// agent: Capisco. Per cinque anni di studio le consiglierei lo Zenbook a 1.099 euro.   # fires
/// ```
/// ```conversation lang=el bad
/// customer: Χρειάζομαι λάπτοπ για τη σχολή, μέχρι 700 ευρώ.
/// agent: Κατάλαβα. Για πέντε χρόνια σπουδών θα σας πρότεινα το Zenbook στα 1.099 ευρώ.   # fires
/// ```
/// ```conversation lang=ro bad
/// customer: Am nevoie de un laptop pentru facultate, buget maxim 3000 de lei.
/// agent: Înțeleg. Pentru cinci ani de facultate v-aș recomanda Zenbook-ul la 4.299 lei.   # fires
/// ```
/// ```conversation lang=fi bad
/// customer: Tarvitsen läppärin opiskeluun, budjetti on enintään 700 euroa.
/// agent: Ymmärrän. Viiden vuoden opintoihin suosittelisin Zenbookia, se maksaa 1 099 €.   # fires
/// ```
/// ```conversation lang=en bad
/// customer: We'd like a week by the sea in July, our budget is 1,500 euros for the two of us.
/// agent: The one I'd point you to first is the Blue Bay resort: 2,300 euros for the week.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: We'd like a week by the sea in July, our budget is 1,500 euros for the two of us.
/// agent: The one I'd point you to first is the Blue Bay resort: 1,450 euros for the week.
/// ```
/// ```conversation lang=it bad
/// customer: Vorremmo una settimana al mare a luglio, il nostro budget è di 1.500 euro in due.
/// agent: Quella che indicherei per prima è il resort Blue Bay: 2.300 euro per la settimana.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Vorremmo una settimana al mare a luglio, il nostro budget è di 1.500 euro in due.
/// agent: Quella che indicherei per prima è il resort Blue Bay: 1.450 euro per la settimana.
/// ```
/// ```conversation lang=el bad
/// customer: Θέλουμε μια εβδομάδα στη θάλασσα τον Ιούλιο, ο προϋπολογισμός μας είναι 1.500 ευρώ για δύο.
/// agent: Το πρώτο που θα σας έδειχνα είναι το θέρετρο Blue Bay: 2.300 ευρώ την εβδομάδα.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Θέλουμε μια εβδομάδα στη θάλασσα τον Ιούλιο, ο προϋπολογισμός μας είναι 1.500 ευρώ για δύο.
/// agent: Το πρώτο που θα σας έδειχνα είναι το θέρετρο Blue Bay: 1.450 ευρώ την εβδομάδα.
/// ```
/// ```conversation lang=ro bad
/// customer: Vrem o săptămână la mare în iulie, bugetul nostru maxim e de 1.500 de euro pentru doi.
/// agent: Primul la care m-aș uita e resortul Blue Bay: 2.300 de euro pe săptămână.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Vrem o săptămână la mare în iulie, bugetul nostru maxim e de 1.500 de euro pentru doi.
/// agent: Primul la care m-aș uita e resortul Blue Bay: 1.450 de euro pe săptămână.
/// ```
/// ```conversation lang=fi bad
/// customer: Haluaisimme viikon meren rannalla heinäkuussa, budjetti on enintään 1 500 euroa kahdelle.
/// agent: Ensimmäisenä katsoisin Blue Bay -lomakeskusta: 2 300 euroa viikolta.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Haluaisimme viikon meren rannalla heinäkuussa, budjetti on enintään 1 500 euroa kahdelle.
/// agent: Ensimmäisenä katsoisin Blue Bay -lomakeskusta: 1 450 euroa viikolta.
/// ```
/// ```conversation lang=en bad
/// customer: Can I book a haircut? I can only come after 6 pm on weekdays.
/// agent: Evenings are tight. I could do Wednesday at 10 or Thursday at 11:30.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: Can I book a haircut? I can only come after 6 pm on weekdays.
/// agent: Evenings are tight, but I could do Wednesday at 6:45 or Thursday at 7.
/// ```
/// ```conversation lang=it bad
/// customer: Posso prenotare un taglio? Riesco a venire solo dopo le 18 nei giorni feriali.
/// agent: Le sere sono piene. Potrei mercoledì alle 10 o giovedì alle 11:30.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Posso prenotare un taglio? Riesco a venire solo dopo le 18 nei giorni feriali.
/// agent: Le sere sono piene, ma potrei mercoledì alle 18:45 o giovedì alle 19.
/// ```
/// ```conversation lang=el bad
/// customer: Μπορώ να κλείσω για κούρεμα; Μπορώ μόνο μετά τις 6 το απόγευμα τις καθημερινές.
/// agent: Τα απογεύματα είναι γεμάτα. Μπορώ Τετάρτη στις 10 ή Πέμπτη στις 11:30.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Μπορώ να κλείσω για κούρεμα; Μπορώ μόνο μετά τις 6 το απόγευμα τις καθημερινές.
/// agent: Τα απογεύματα είναι γεμάτα, αλλά μπορώ Τετάρτη στις 18:45 ή Πέμπτη στις 19:00.
/// ```
/// ```conversation lang=ro bad
/// customer: Pot să fac o programare la tuns? Pot veni doar după ora 18 în zilele lucrătoare.
/// agent: Serile sunt pline. Aș putea miercuri la ora 10 sau joi la ora 11:30.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Pot să fac o programare la tuns? Pot veni doar după ora 18 în zilele lucrătoare.
/// agent: Serile sunt pline, dar aș putea miercuri la ora 18:45 sau joi la ora 19.
/// ```
/// ```conversation lang=fi bad
/// customer: Voinko varata hiustenleikkuun? Pääsen arkisin vasta klo 18 jälkeen.
/// agent: Illat ovat täynnä. Sopisiko keskiviikkona klo 10 tai torstaina klo 11.30?   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Voinko varata hiustenleikkuun? Pääsen arkisin vasta klo 18 jälkeen.
/// agent: Illat ovat täynnä, mutta sopisiko keskiviikkona klo 18.45 tai torstaina klo 19?
/// ```
/// ```conversation lang=en bad
/// customer: I'd just like to pause my membership for two months.
/// agent: I see. Another option is our Off-Peak plan at €29.99 a month instead.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: I'd just like to pause my membership for two months.
/// agent: Of course. I've paused it from Monday for two months; you won't be charged until then.
/// ```
/// ```conversation lang=it bad
/// customer: Vorrei solo sospendere l'abbonamento per due mesi.
/// agent: Capisco. In alternativa, possiamo passarla al piano Light a 19 euro al mese.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Vorrei solo sospendere l'abbonamento per due mesi.
/// agent: Certo, l'ho sospeso da lunedì per due mesi: fino ad allora non le addebitiamo nulla.
/// ```
/// ```conversation lang=el bad
/// customer: Θέλω απλώς να παγώσω τη συνδρομή μου για δύο μήνες.
/// agent: Κατανοητό. Εναλλακτικά, μπορούμε να σας περάσουμε στο πακέτο Light με 19 ευρώ τον μήνα.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Θέλω απλώς να παγώσω τη συνδρομή μου για δύο μήνες.
/// agent: Βεβαίως, την πάγωσα από τη Δευτέρα για δύο μήνες· μέχρι τότε δεν θα χρεωθείτε.
/// ```
/// ```conversation lang=ro bad
/// customer: Vreau doar să suspend abonamentul pentru două luni.
/// agent: Înțeleg. Ca alternativă, puteți trece pe abonamentul Basic la 99 de lei pe lună.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Vreau doar să suspend abonamentul pentru două luni.
/// agent: Sigur, l-am suspendat de luni pentru două luni; până atunci nu vă taxăm nimic.
/// ```
/// ```conversation lang=fi bad
/// customer: Haluan vain laittaa jäsenyyden tauolle kahdeksi kuukaudeksi.
/// agent: Ymmärrän. Vaihtoehtoisesti voisit vaihtaa Kevyt-jäsenyyteen 24,90 eurolla kuukaudessa.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Haluan vain laittaa jäsenyyden tauolle kahdeksi kuukaudeksi.
/// agent: Selvä, laitoin jäsenyyden tauolle maanantaista alkaen kahdeksi kuukaudeksi, eikä sinulta veloiteta sillä välin.
/// ```
/// ```conversation lang=en ok
/// customer: Can the technician come today? I am home up to 21:40 at the latest.
/// agent: Yes, I can book the express visit for you at 59 euros, he arrives at 18:00.
/// ```
/// ```conversation lang=it ok
/// customer: Il tecnico può passare oggi? Posso aspettare al massimo fino alle 21:40.
/// agent: Sì, le prenoto la visita express a 59 euro, il tecnico arriva alle 18:00.
/// ```
/// ```conversation lang=el ok
/// customer: Μπορεί να έρθει ο τεχνικός σήμερα; Είμαι σπίτι μέχρι τις 21:40.
/// agent: Ναι, σας κλείνω την express επίσκεψη στα 59 ευρώ, ο τεχνικός έρχεται στις 18:00.
/// ```
/// ```conversation lang=ro ok
/// customer: Poate veni tehnicianul azi? Sunt acasă până la 21:40.
/// agent: Da, vă programez vizita express la 59 de euro, tehnicianul ajunge la ora 18:00.
/// ```
/// ```conversation lang=fi ok
/// customer: Voiko asentaja tulla tänään? Olen kotona korkeintaan klo 21:40 asti.
/// agent: Kyllä, varaan sinulle pikakäynnin 59 eurolla, asentaja tulee klo 18:00.
/// ```
///
/// ## Suggested instead
/// Answer the need first: repeat it in a few words ("a quiet one, for a small flat", "by Friday",
/// "up to 400 euros") and propose something that fits it. If nothing fits, say so plainly and ask
/// what could change before offering an alternative.
///
/// ## Options
/// None.
///
/// ## Known limits
/// Amounts written in words ("fifteen thousand") are not read; twelve instalments are assumed
/// when only a monthly price answers a total budget. "I'm looking for a sofa" answered with a
/// product and a price is not judged, since the product may fit; a pitch that repeats one word of
/// the request while ignoring the rest of it is missed. After a plain "no" the next pitch is left
/// to `reoffer-after-refusal`. Hours are read only with a clock word before them ("at", "alle",
/// "στις", "ora", "klo") or written as "18:30"; an hour from 7:30 on written without "pm" or a
/// 24-hour figure ("7:30" or "9" for an evening hour) is read as morning, and only "after" limits
/// are read, not "only before noon" or "only on Saturdays".
pub struct IgnoredNeed;

impl Rule for IgnoredNeed {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        // What the loop needs from everything before turn `j`, kept up to date in one pass so
        // that a long conversation costs linear time: the latest budget the customer gave, the
        // highest one-off price a seller quoted, and where the first cancellation stands.
        let first_cancel =
            (0..c.len()).find(|&k| c.is_customer(k) && c.turns[k].text.has(lex::CANCEL_REQUEST));
        let first_pitch_after_cancel = first_cancel
            .and_then(|f| (f + 1..c.len()).find(|&x| c.is_seller(x) && pitch(c, x).is_some()));
        let mut latest_budget = None;
        let mut highest_quote = f64::NEG_INFINITY;
        let mut scanned = 0;
        for j in c.seller_turns() {
            for k in scanned..j {
                if c.is_customer(k) {
                    if let Some(b) = budget(c, k) {
                        latest_budget = Some((k, b));
                    }
                } else if c.is_seller(k) {
                    for p in prices(c, k).iter().filter(|p| !p.periodic) {
                        highest_quote = highest_quote.max(p.value);
                    }
                }
            }
            scanned = j;
            let reply = &c.turns[j];
            if reply.is_backchannel {
                continue;
            }
            let t = &reply.text;
            // What the customer said since this speaker last spoke: a bot's "please hold" or a
            // system line in between does not answer anything.
            let role = c.role(j);
            let since = (0..j)
                .rev()
                .find(|&k| c.role(k) == role)
                .map_or(0, |k| k + 1);
            let block: Vec<usize> = (since..j).filter(|&k| c.is_customer(k)).collect();
            if let Some(f) = outside_hours(c, &block, j) {
                out.push(f);
                continue;
            }
            let cue = match (t.first(lex::OFFER), t.first(lex::PITCH_PHRASE)) {
                (Some(a), Some(b)) => Some(if a.norm_start <= b.norm_start { a } else { b }),
                (a, b) => a.or(b),
            };
            let quoted = prices(c, j);
            // A price above the budget is a pitch whatever words carry it ("the one I'd point
            // you to first is..."); everything else needs an offer cue.
            if cue.is_none() && quoted.is_empty() {
                continue;
            }
            // A reply that acknowledges, or asks before it pitches, is engaging with the need;
            // "shall I reserve one?" after the pitch is not a question about the need.
            let pitch_at = quoted
                .iter()
                .map(|p| t.tokens[p.token].norm_start)
                .chain(cue.map(|m| m.norm_start))
                .min()
                .unwrap_or(0);
            let asks_first = reply
                .questions()
                .any(|q| q.norm_end <= pitch_at && is_discovery(c, j, q));
            // "I understand" or a question first does not excuse a pitch above the budget: that
            // check comes before them.
            let engages = acknowledges(c, j) || asks_first;
            let said: Vec<String> = block
                .iter()
                .flat_map(|&k| {
                    stems(
                        c,
                        k,
                        None,
                        &[lex::NEED_STATEMENT, lex::BUDGET_LIMIT, lex::PRODUCT_REQUEST],
                    )
                    .into_owned()
                })
                .collect();
            let answered = stems(c, j, None, &[lex::OFFER, lex::PITCH_PHRASE]);
            let overlap = shared(&answered, &said);

            // A bare "no" to the last offer: pushing on is insisting, another rule's moment.
            // ("Nu mă lungesc", "I don't have much time" hold a "no" that declines nothing.)
            let bare_no = block
                .iter()
                .any(|&k| c.dialogue.links.declines[k].is_some())
                && !block.iter().any(|&k| {
                    let t = &c.turns[k].text;
                    t.has(lex::NEED_STATEMENT) || t.has(lex::BUDGET_LIMIT)
                });
            if bare_no {
                continue;
            }
            // Without an offer cue a price may answer the customer: "how much is it?" asked
            // after the budget was given, or the total of what they just chose.
            let budget_turn = latest_budget.map(|(k, _)| k);
            let answers_customer = cue.is_none()
                && block.iter().any(|&k| {
                    let acts = &c.dialogue.turns[k];
                    (!acts.questions.is_empty() && Some(k) != budget_turn)
                        || acts.agreement
                        || acts.answer == Some(tact_dialogue::Answer::Yes)
                });
            if answers_customer {
                continue;
            }
            // A budget stays in force until the customer gives another one.
            if let Some((k, (limit, limit_span))) = latest_budget {
                // A monthly limit compares with any price, a total only with totals.
                let comparable: Vec<&Amount> = quoted
                    .iter()
                    .filter(|p| limit.periodic || !p.periodic)
                    .collect();
                // A price under a fifth of the limit is something else (a dinner, a fee), not
                // what is offered against it.
                let offered: Vec<&&Amount> = comparable
                    .iter()
                    .filter(|p| p.value >= limit.value / 5.0)
                    .collect();
                let over = |p: &&&Amount| p.value > limit.value;
                if !offered.is_empty() && offered.iter().all(over) {
                    // "How much is the X?" answered with the X's price is not a pitch.
                    let asked_for_it = block
                        .iter()
                        .any(|&b| c.turns[b].text.has(lex::PRODUCT_REQUEST))
                        && overlap > 0;
                    if asked_for_it {
                        continue;
                    }
                    let top = offered
                        .iter()
                        .max_by(|a, b| a.value.total_cmp(&b.value))
                        .map_or(Span::new(0, 0), |p| p.span);
                    out.push(Finding {
                        confidence: Confidence::DEFAULT,
                        turn: j,
                        span: top,
                        message: Message::new("moment-ignored-need-limit")
                            .text("limit", c.quote(k, limit_span))
                            .text("pitch", c.quote(j, top)),
                    });
                    continue;
                }
                // A price within the budget answers it.
                if !comparable.is_empty() {
                    continue;
                }
                // Only instalments, after a price above the limit was already quoted: the same
                // product sliced thinner. Twelve of them are assumed.
                let priced_over = highest_quote > limit.value;
                if priced_over
                    && !limit.periodic
                    && !quoted.is_empty()
                    && quoted
                        .iter()
                        .all(|p| p.periodic && 12.0 * p.value > limit.value)
                {
                    let first = quoted[0].span;
                    out.push(Finding {
                        confidence: Confidence::DEFAULT,
                        turn: j,
                        span: first,
                        message: Message::new("moment-ignored-need-instalments")
                            .text("limit", c.quote(k, limit_span))
                            .text("instalments", c.quote(j, first)),
                    });
                    continue;
                }
            }

            if let Some(f) = alternative_to_sole(c, &block, j) {
                out.push(f);
                continue;
            }
            if engages || cue.is_none() {
                continue;
            }

            // "Please cancel my subscription" answered with an offer to stay. Only the first
            // such offer: pushing it again after a "no" is insisting, another rule's moment.
            let cancel = block.iter().find_map(|&k| {
                let m = c.turns[k].text.first(lex::CANCEL_REQUEST)?;
                sentence_at(c, k, m.norm_start).map(|s| (k, s.span))
            });
            let pitched_before = first_cancel.is_some_and(|f| f < j)
                && first_pitch_after_cancel.is_some_and(|x| x < j);
            if let (Some((k, asked)), Some(p), false) = (cancel, pitch(c, j), pitched_before) {
                let span = sentence_span(c, j, &p);
                out.push(Finding {
                    confidence: Confidence::DEFAULT,
                    turn: j,
                    span,
                    message: Message::new("moment-ignored-need-cancel")
                        .text("request", c.quote(k, asked))
                        .text("pitch", c.quote(j, span)),
                });
                continue;
            }

            // The need itself: a strict pitch only ("only" and "just" are offer cues too),
            // after a turn that is not a "no" (pushing past a "no" is another rule's moment).
            let Some(cue) = pitch(c, j) else {
                continue;
            };
            if overlap > 0 || block.iter().any(|&k| c.turns[k].text.has(lex::REFUSAL)) {
                continue;
            }
            // The sentence that states the need, a condition ("it must be quiet", "by Friday")
            // first; a bare "I need it" gives the reply nothing to ignore.
            let need_in = |l| {
                block.iter().rev().find_map(|&k| {
                    c.turns[k].text.cues_of(l).find_map(|n| {
                        let s = sentence_at(c, k, n.norm_start)?;
                        (!stems(c, k, Some(s), &[lex::NEED_STATEMENT, lex::NEED_CONSTRAINT])
                            .is_empty())
                        .then_some((k, s.span))
                    })
                })
            };
            let condition = need_in(lex::NEED_CONSTRAINT);
            let Some((k, need_span)) = condition.or_else(|| need_in(lex::NEED_STATEMENT)) else {
                continue;
            };
            // "I'm looking for a sofa" answered with "this one is 899 euros" may be the right
            // sofa; an add-on ("would you also like...") or a condition left unmentioned is not.
            if condition.is_none() && !t.has(lex::ADDON) {
                continue;
            }
            let span = sentence_span(c, j, &cue);
            out.push(Finding {
                confidence: Confidence::DEFAULT,
                turn: j,
                span,
                message: Message::new("moment-ignored-need-unacknowledged")
                    .text("need", c.quote(k, need_span))
                    .text("pitch", c.quote(j, span)),
            });
        }
    }
}

/// How far, in bytes, a word may be from an hour and still qualify it ("6 in the evening",
/// "not before 6"): cues are found by a binary search in that reach, so a turn full of numbers
/// stays linear.
const CLAUSE: u32 = 120;

/// Whether a cue of `before` ends right before hour `e`, or one of `after` starts right after
/// it ("after 6", "klo 18 jälkeen").
fn touches(t: &AnalyzedTurn, before: LexId, after: LexId, e: &Entity) -> bool {
    t.text.cue_right_before(before, e.norm_start) || t.text.cue_right_after(after, e.norm_end)
}

/// The normalized range around hour `e` where a word qualifies it: [`CLAUSE`] bytes either side,
/// within its sentence (the whole turn when no sentence holds it).
fn clause(t: &AnalyzedTurn, e: &Entity) -> (u32, u32) {
    let (from, to) = sentence_bounds(t, e.norm_start);
    (
        e.norm_start.saturating_sub(CLAUSE).max(from),
        e.norm_end.saturating_add(CLAUSE).min(to),
    )
}

/// Hour `e` of turn `t` on a 24-hour clock. People write "6" for six in the evening when the
/// words around it say evening, and nobody proposes or asks for a visit before seven in the
/// morning: an hour under 7, or a whole hour under 8, is read as afternoon unless the words
/// around it say morning ("7:30" may be an early slot). A lower bound under 8 is always the
/// afternoon ("only after 7:30"). An hour written with "am" or "pm" is taken as written.
fn hour24(t: &AnalyzedTurn, e: &Entity, lower_bound: bool) -> f64 {
    if e.meridiem {
        return e.value;
    }
    if sentence_of(t, e.norm_start).is_none() {
        return e.value;
    }
    // "6 in the evening", "la mattina ... alle 8:30": a cue of the same clause, a few words away.
    let (from, to) = clause(t, e);
    let says = |l: LexId| {
        t.text.cues_in(l, from, to).any(|m| {
            (m.norm_end <= e.norm_start && words_between(&t.text, m.norm_end, e.norm_start) <= 3)
                || (e.norm_end <= m.norm_start
                    && words_between(&t.text, e.norm_end, m.norm_start) <= 3)
        })
    };
    let early = e.value < 7.0 || (e.value < 8.0 && (lower_bound || e.value.fract() == 0.0));
    if e.value < 12.0 && (says(lex::EVENING) || (early && !says(lex::MORNING))) {
        e.value + 12.0
    } else {
        e.value
    }
}

/// The earliest hour customer turn `k` says they can come at ("only after 6 in the evening",
/// "solo dopo le 18", "vain klo 18 jälkeen"), and the sentence that says it. "I can't come
/// after 6" says the opposite: a negation just before the cue cancels it.
fn earliest_hour(c: &Analyzed<'_>, k: usize) -> Option<(f64, Span)> {
    let t = &c.turns[k];
    let negated = |e: &Entity| {
        // The "not" of "not before 6" is the limit itself, not its negation.
        t.text
            .cues_in(lex::NEGATOR, clause(t, e).0, e.norm_start)
            .any(|n| {
                words_between(&t.text, n.norm_end, e.norm_start) <= 5
                    && !covered(t, lex::TIME_AFTER, n.norm_start, n.norm_end)
            })
    };
    c.dialogue.turns[k]
        .entities
        .iter()
        .filter(|e| {
            e.kind == EntityKind::Time
                && touches(t, lex::TIME_AFTER, lex::TIME_AFTER_POST, e)
                && !negated(e)
        })
        .find_map(|e| Some((hour24(t, e, true), sentence_of(t, e.norm_start)?.span)))
}

/// "I can only come after 6 pm" answered with morning slots: every hour the reply proposes is
/// earlier than the earliest the customer can come. Hours that bound a window ("open until 8
/// pm", "from 9") are not proposals; a proposal stands in a question or names a day or an
/// offer near it. Saying that the evenings are full does not excuse it, as it does not excuse a
/// price above the budget: the customer is handed what they ruled out.
fn outside_hours(c: &Analyzed<'_>, block: &[usize], j: usize) -> Option<Finding> {
    let (k, earliest, limit) = block
        .iter()
        .rev()
        .find_map(|&k| earliest_hour(c, k).map(|(h, s)| (k, h, s)))?;
    let t = &c.turns[j];
    let proposes = |e: &Entity| {
        sentence_of(t, e.norm_start).is_some_and(|s| {
            let (from, to) = clause(t, e);
            let near = |l: LexId| t.text.cues_in(l, from, to).next().is_some();
            s.is_question || near(lex::TIME_REF) || near(lex::PROPOSAL) || near(lex::OFFER)
        })
    };
    let hours: Vec<&Entity> = c.dialogue.turns[j]
        .entities
        .iter()
        .filter(|e| {
            e.kind == EntityKind::Time
                && !touches(t, lex::TIME_UNTIL, lex::TIME_UNTIL_POST, e)
                && !touches(t, lex::TIME_AFTER, lex::TIME_AFTER_POST, e)
        })
        .collect();
    if hours.iter().any(|e| hour24(t, e, false) + 1e-6 >= earliest) {
        return None;
    }
    let first = *hours.iter().find(|e| proposes(e))?;
    let span = t
        .text
        .norm
        .to_original(first.norm_start as usize, first.norm_end as usize);
    Some(Finding {
        confidence: Confidence::DEFAULT,
        turn: j,
        span,
        message: Message::new("moment-ignored-need-hours")
            .text("limit", c.quote(k, limit))
            .text("time", c.quote(j, span)),
    })
}

/// "I just want to freeze it" answered with "another option is the Off-Peak plan at €29.99":
/// the customer said the one thing they want, in their own words, and the agent's reply puts
/// something else in its place, priced or pitched in the same sentence, whatever it says first.
/// A request to cancel is left to its own case, and a bare "no" to the rule on pushing after
/// one. Asking only to know something ("I just want to know the price") is not such a request
/// (lexicon exceptions).
fn alternative_to_sole(c: &Analyzed<'_>, block: &[usize], j: usize) -> Option<Finding> {
    // "I just want to cancel" has its own case, which also leaves a second pitch to the rule
    // on pushing after a no.
    if block
        .iter()
        .any(|&k| c.turns[k].text.has(lex::CANCEL_REQUEST))
    {
        return None;
    }
    let (k, request) = block.iter().rev().find_map(|&k| {
        let t = &c.turns[k];
        let m = t
            .text
            .cues_of(lex::SOLE_REQUEST)
            .find(|m| own_words(t, m))?;
        Some((k, sentence_at(c, k, m.norm_start)?.span))
    })?;
    let pitch = crate::predicates::pitched_alternative(c, j)?;
    Some(Finding {
        confidence: Confidence::DEFAULT,
        turn: j,
        span: pitch,
        message: Message::new("moment-ignored-need-alternative")
            .text("request", c.quote(k, request))
            .text("pitch", c.quote(j, pitch)),
    })
}
