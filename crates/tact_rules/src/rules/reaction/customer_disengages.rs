//! Rule S004 `customer-disengages`: the customer's answers shrink to monosyllables.

use super::common::{said, whole_turn};
use crate::{Analyzed, CheckContext, Confidence, Finding, Message, Rule};
use tact_lang::lex;

/// ## What it detects
/// The customer who wrote or spoke in full sentences ends the conversation answering the agent's
/// questions with monosyllables — "ok", "no.", "fine", "mhm", "bye" ("va bene", "no", "ciao";
/// "εντάξει", "όχι", "γεια"; "bine", "nu", "pa"; "joo", "ei", "moi") — and then falls silent or
/// leaves, without a positive close. The moment is the agent turn after which the answers
/// shrank: what made the customer stop talking.
///
/// ## Why it hurts the sale
/// Seed 000 describes the OOPS moment as the instant a customer labels the interaction as
/// unpleasant and an obstacle to buying — agents "too insistent or not interested at all in
/// their needs". Customers rarely say so: they stop engaging. Seed 001 shows the same with
/// over-service, where one add-on and micro-decision after another wears the customer down.
/// Short answers after long ones are the customer quietly leaving the sale.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer: Hi, I'm looking for a washing machine for a family of five, we do a lot of laundry.
/// agent: Sure, how much would you like to spend?
/// customer: Around 600, and it has to fit under the kitchen counter, that's 85 cm.
/// agent: You really need our premium care plan too, it's 12 euros a month, everybody takes it.   # fires
/// customer: ok.
/// agent: Shall I add the dryer as well? It's on sale this week.
/// customer: no.
/// agent: Would you like to hear about our financing?
/// customer: bye.
/// ```
/// ```conversation lang=en ok
/// customer: Hi, I'm looking for a washing machine for a family of five, we do a lot of laundry.
/// agent: Sure, how much would you like to spend?
/// customer: Around 600, and it has to fit under the kitchen counter, that's 85 cm.
/// agent: The X9 fits under 85 cm, takes 10 kg and costs 579. Would you like to see it?
/// customer: Yes please, thank you!
/// ```
/// ```conversation lang=it bad
/// customer: Buongiorno, cerco una lavatrice per una famiglia di cinque persone, laviamo tantissimo.
/// agent: Certo, quanto vuole spendere?
/// customer: Sui 600 euro, e deve stare sotto il piano della cucina, cioè 85 cm.
/// agent: Le serve assolutamente anche il piano assistenza premium, 12 euro al mese, lo prendono tutti.   # fires
/// customer: ok.
/// agent: Le aggiungo anche l'asciugatrice? Questa settimana è in offerta.
/// customer: no.
/// agent: Vuole sapere del nostro finanziamento?
/// customer: arrivederci.
/// ```
/// ```conversation lang=it ok
/// customer: Buongiorno, cerco una lavatrice per una famiglia di cinque persone, laviamo tantissimo.
/// agent: Certo, quanto vuole spendere?
/// customer: Sui 600 euro, e deve stare sotto il piano della cucina, cioè 85 cm.
/// agent: La X9 sta sotto gli 85 cm, carica 10 kg e costa 579 euro. Vuole vederla?
/// customer: Sì, volentieri, grazie!
/// ```
/// ```conversation lang=el bad
/// customer: Καλημέρα, ψάχνω πλυντήριο για πενταμελή οικογένεια, πλένουμε πάρα πολύ.
/// agent: Βεβαίως, πόσα θέλετε να διαθέσετε;
/// customer: Γύρω στα 600 ευρώ, και πρέπει να χωράει κάτω από τον πάγκο της κουζίνας, δηλαδή 85 εκατοστά.
/// agent: Χρειάζεστε οπωσδήποτε και το πρόγραμμα υποστήριξης premium, 12 ευρώ τον μήνα, το παίρνουν όλοι.   # fires
/// customer: εντάξει.
/// agent: Να προσθέσω και το στεγνωτήριο; Είναι σε προσφορά αυτή την εβδομάδα.
/// customer: όχι.
/// agent: Θέλετε να σας πω για τη χρηματοδότηση;
/// customer: γεια.
/// ```
/// ```conversation lang=el ok
/// customer: Καλημέρα, ψάχνω πλυντήριο για πενταμελή οικογένεια, πλένουμε πάρα πολύ.
/// agent: Βεβαίως, πόσα θέλετε να διαθέσετε;
/// customer: Γύρω στα 600 ευρώ, και πρέπει να χωράει κάτω από τον πάγκο της κουζίνας, δηλαδή 85 εκατοστά.
/// agent: Το X9 χωράει στα 85 εκατοστά, παίρνει 10 κιλά και κοστίζει 579 ευρώ. Θέλετε να το δείτε;
/// customer: Ναι, ευχαρίστως, ευχαριστώ!
/// ```
/// ```conversation lang=ro bad
/// customer: Bună ziua, caut o mașină de spălat pentru o familie de cinci persoane, spălăm foarte mult.
/// agent: Sigur, cât doriți să cheltuiți?
/// customer: În jur de 600 de euro și trebuie să încapă sub blatul din bucătărie, adică 85 cm.
/// agent: Aveți neapărat nevoie și de planul de asistență premium, 12 euro pe lună, îl iau toți.   # fires
/// customer: ok.
/// agent: Să adaug și uscătorul? E la ofertă săptămâna asta.
/// customer: nu.
/// agent: Vreți să vă spun despre finanțare?
/// customer: pa.
/// ```
/// ```conversation lang=ro ok
/// customer: Bună ziua, caut o mașină de spălat pentru o familie de cinci persoane, spălăm foarte mult.
/// agent: Sigur, cât doriți să cheltuiți?
/// customer: În jur de 600 de euro și trebuie să încapă sub blatul din bucătărie, adică 85 cm.
/// agent: X9 încape sub 85 cm, are 10 kg și costă 579 de euro. Vreți să o vedeți?
/// customer: Da, cu plăcere, mulțumesc!
/// ```
/// ```conversation lang=fi bad
/// customer: Hei, etsin pesukonetta viisihenkiselle perheelle, pesemme tosi paljon pyykkiä.
/// agent: Selvä, paljonko haluatte käyttää?
/// customer: Noin 600 euroa, ja sen pitää mahtua keittiön tason alle, eli 85 senttiä.
/// agent: Tarvitsette ehdottomasti myös premium-huoltosopimuksen, 12 euroa kuukaudessa, kaikki ottavat sen.   # fires
/// customer: ok.
/// agent: Lisäänkö myös kuivausrummun? Se on tarjouksessa tällä viikolla.
/// customer: ei.
/// agent: Haluatteko kuulla rahoituksesta?
/// customer: moi.
/// ```
/// ```conversation lang=fi ok
/// customer: Hei, etsin pesukonetta viisihenkiselle perheelle, pesemme tosi paljon pyykkiä.
/// agent: Selvä, paljonko haluatte käyttää?
/// customer: Noin 600 euroa, ja sen pitää mahtua keittiön tason alle, eli 85 senttiä.
/// agent: X9 mahtuu 85 sentin tilaan, vie 10 kiloa ja maksaa 579 euroa. Haluatteko nähdä sen?
/// customer: Kyllä, mielellään, kiitos!
/// ```
///
/// ## Suggested instead
/// When the answers get short, stop pitching and go back to the customer's own words: check
/// that what you offered fits what they asked for, and ask one open question about their need
/// instead of adding the next option.
///
/// ## Options
/// - `earlier_words` (default 6): the average words per customer turn before the shrinking.
/// - `short_words` (default 2): the most words of a short answer.
/// - `short_turns` (default 2): how many short answers, at least, end the customer's side.
///
/// The short answers are the customer's last turns, each of at most `short_words` words and
/// made only of curt replies (lexicon `curt_reply`); at least two of them answer an agent
/// question, so backchannels while the agent explains ("mhm", "ok") do not count, and a call
/// where the customer then speaks again in full is not a disengagement. Confirming "yes" to a
/// checklist is not curt; a short close with thanks (lexicon `gratitude`: "ok, thanks!",
/// "perfetto grazie") is a friendly close, not a retreat.
///
/// ## Known limits
/// A customer who is brief by habit but wrote one long opening message can be reported; one who
/// disengages with polite but empty sentences ("I'll think about it, thanks") is missed, as is a
/// customer who simply stops answering without any short reply.
pub struct CustomerDisengages;

/// Whether every word of customer turn `i` is a curt reply ("ok", "no.", "mhm", "bye").
fn is_curt(c: &Analyzed<'_>, i: usize, short_words: usize) -> bool {
    let t = &c.turns[i].text;
    let n = t.word_count();
    n > 0
        && n <= short_words
        && t.tokens.iter().all(|k| {
            t.cues_of(lex::CURT_REPLY)
                .any(|m| m.norm_start <= k.norm_start && m.norm_end >= k.norm_end)
        })
}

impl Rule for CustomerDisengages {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        let earlier_words = cx.config.f64("earlier_words", 6.0);
        let short_words = cx.config.usize("short_words", 2);
        let short_turns = cx.config.usize("short_turns", 2).max(1);
        let customer: Vec<usize> = c
            .customer_turns()
            .filter(|&i| c.turns[i].word_count() > 0)
            .collect();
        let tail_len = customer
            .iter()
            .rev()
            .take_while(|&&i| is_curt(c, i, short_words))
            .count();
        if tail_len < short_turns || tail_len == customer.len() {
            return;
        }
        let (earlier, tail) = customer.split_at(customer.len() - tail_len);
        let average = earlier
            .iter()
            .map(|&i| c.turns[i].word_count())
            .sum::<usize>() as f64
            / earlier.len() as f64;
        if average < earlier_words {
            return;
        }
        // A thank-you in the short answers is a friendly close.
        if tail.iter().any(|&i| {
            let t = &c.turns[i];
            t.text.cues_of(lex::GRATITUDE).any(|m| said(t, m))
        }) {
            return;
        }
        // Answers, not backchannels: the agent asked and got a monosyllable back.
        let answers = tail
            .iter()
            .filter(|&&i| {
                i.checked_sub(1)
                    .is_some_and(|j| c.is_seller(j) && c.turns[j].has_question())
            })
            .count();
        if answers < 2 {
            return;
        }
        let Some(oops) = c.prev_seller(tail[0]) else {
            return;
        };
        let quotes: Vec<String> = tail
            .iter()
            .map(|&i| format!("\"{}\"", c.text(i).trim()))
            .collect();
        out.push(Finding {
            confidence: Confidence::DEFAULT,
            turn: oops,
            span: whole_turn(c, oops),
            message: Message::new("moment-customer-disengages")
                .text("average", format!("{average:.0}"))
                .text("answers", quotes.join(", ")),
        });
    }
}
