//! Rule A002 `cites-rules-at-customer`: the law, the contract or the terms used to shut the
//! customer down.

use super::common::{in_same_sentence, is_quoted, sentence_of};
use crate::predicates::{negated_in_clause, said, words_between};
use crate::{AnalyzedTurn, CheckContext, Confidence, Finding, Message, Rule};
use tact_lang::{lex, CueMatch};
use tact_model::Span;

/// ## What it detects
/// The agent cites the rules — the terms, the contract, company policy, the law ("according to
/// our terms", "come da contratto", "σύμφωνα με τους όρους", "conform contractului",
/// "sopimusehtojen mukaan") — to refuse the customer or to put an obligation on them ("we
/// cannot", "you must", "non possiamo", "δεν δικαιούστε", "trebuie să", "teidän täytyy"), or
/// sends them off to read the rules themselves. A refusal that names a rule as its reason counts
/// too, without the set phrase: "we can't refund you, because the contract is with the shop",
/// "perché il contratto…", "γιατί η σύμβαση…", "pentru că regulamentul…", "koska sopimus…".
/// So does a rule said to bind everyone next to a refusal ("the fee applies to every exchange,
/// I'm not able to take it off", "vale per tutti", "ισχύει για όλες", "se aplică la orice",
/// "sama kaikille"), and a rule said not to allow what was asked ("the course contract does not
/// provide for a pause", "le condizioni non prevedono", "η σύμβαση δεν προβλέπει", "contractul
/// nu prevede", "sopimus ei mahdollista").
///
/// ## Why it hurts the sale
/// Seed 003 lists sending the customer off to read the consumer protection law ("trimiteți-l
/// pentru a citi... Legea privind protecția consumatorilor") among the ways to win the argument,
/// and warns that after winning it "we lose them at the sale". A rule quoted as a weapon tells
/// the customer the conversation is over and that they are the adversary, even when the rule is
/// right.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer: The blender stopped working after two weeks, can I return it?
/// agent: According to our terms, we cannot accept returns of used items.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: The blender stopped working after two weeks, can I return it?
/// agent: I'm sorry it stopped working! It's under warranty, so we can replace it: shall I arrange a pickup?
/// ```
/// ```conversation lang=it bad
/// customer: Il frullatore ha smesso di funzionare dopo due settimane, posso restituirlo?
/// agent: Secondo il regolamento, non possiamo accettare resi di prodotti usati.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Il frullatore ha smesso di funzionare dopo due settimane, posso restituirlo?
/// agent: Mi dispiace! È in garanzia, quindi glielo sostituiamo: organizzo il ritiro?
/// ```
/// ```conversation lang=el bad
/// customer: Το μπλέντερ σταμάτησε να λειτουργεί μετά από δύο εβδομάδες, μπορώ να το επιστρέψω;
/// agent: Σύμφωνα με τους όρους, δεν μπορούμε να δεχτούμε επιστροφή χρησιμοποιημένων προϊόντων.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Το μπλέντερ σταμάτησε να λειτουργεί μετά από δύο εβδομάδες, μπορώ να το επιστρέψω;
/// agent: Λυπάμαι γι' αυτό! Είναι στην εγγύηση, οπότε θα το αντικαταστήσουμε: να κανονίσω την παραλαβή;
/// ```
/// ```conversation lang=ro bad
/// customer: Blenderul s-a stricat după două săptămâni, pot să-l returnez?
/// agent: Conform regulamentului, nu putem accepta returul produselor folosite.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Blenderul s-a stricat după două săptămâni, pot să-l returnez?
/// agent: Îmi pare rău! Este în garanție, așa că vi-l înlocuim: să programez ridicarea?
/// ```
/// ```conversation lang=fi bad
/// customer: Tehosekoitin lakkasi toimimasta kahden viikon jälkeen, voinko palauttaa sen?
/// agent: Sopimusehtojen mukaan emme voi ottaa vastaan käytettyjä tuotteita.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Tehosekoitin lakkasi toimimasta kahden viikon jälkeen, voinko palauttaa sen?
/// agent: Pahoittelen! Se kuuluu takuun piiriin, joten vaihdamme sen uuteen: järjestänkö noudon?
/// ```
/// ```conversation lang=en bad
/// customer: The parcel never arrived. Can you refund me?
/// agent: Sorry, we can't refund you directly, because the contract is with the shop that sent it.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: The parcel never arrived. Can you refund me?
/// agent: I can't find your contract under that number: could you send me the email it came with?
/// ```
/// ```conversation lang=it bad
/// customer: Il pacco non è mai arrivato. Mi rimborsate?
/// agent: Mi dispiace, non possiamo rimborsarla direttamente, perché il contratto è con il negozio che l'ha spedito.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Il pacco non è mai arrivato. Mi rimborsate?
/// agent: Non trovo il contratto con quel numero: mi manda l'email con cui è arrivato?
/// ```
/// ```conversation lang=el bad
/// customer: Το δέμα δεν ήρθε ποτέ. Θα μου επιστρέψετε τα χρήματα;
/// agent: Λυπάμαι, δεν μπορούμε να σας επιστρέψουμε τα χρήματα απευθείας, γιατί η σύμβαση είναι με το κατάστημα που το έστειλε.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Το δέμα δεν ήρθε ποτέ. Θα μου επιστρέψετε τα χρήματα;
/// agent: Δεν μπορώ να βρω τη σύμβαση με αυτόν τον αριθμό: μου στέλνετε το email με το οποίο ήρθε;
/// ```
/// ```conversation lang=ro bad
/// customer: Coletul n-a mai ajuns. Îmi dați banii înapoi?
/// agent: Îmi pare rău, nu putem să vă returnăm banii direct, pentru că contractul este cu magazinul care l-a trimis.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Coletul n-a mai ajuns. Îmi dați banii înapoi?
/// agent: Nu pot găsi contractul după numărul acesta: îmi trimiteți emailul cu care a venit?
/// ```
/// ```conversation lang=fi bad
/// customer: Paketti ei tullut koskaan perille. Saanko rahat takaisin?
/// agent: Valitettavasti emme voi hyvittää suoraan sinulle, koska kuljetussopimus on lähettäjän kanssa.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Paketti ei tullut koskaan perille. Saanko rahat takaisin?
/// agent: En löydä sopimusta tuolla numerolla: lähetätkö sähköpostin, jonka mukana se tuli?
/// ```
/// ```conversation lang=en bad
/// customer: I'm ill and have a doctor's note, can you waive the fee to move my tickets?
/// agent: I'm sorry, the fee applies to every exchange, I'm not able to take it off.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: I'm ill and have a doctor's note, can you waive the fee to move my tickets?
/// agent: I'm sorry you're ill. I can move the tickets today and send the note to our customer team, who can refund the fee.
/// ```
/// ```conversation lang=it bad
/// customer: Sono malata e ho il certificato medico, può togliere il diritto di cambio per spostare i biglietti?
/// agent: Mi dispiace, il diritto di cambio si applica a ogni cambio, non ho la possibilità di toglierlo.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Sono malata e ho il certificato medico, può togliere il diritto di cambio per spostare i biglietti?
/// agent: Mi dispiace che stia male. Le sposto i biglietti oggi e inoltro il certificato all'ufficio clienti, che può rimborsarle il diritto di cambio.
/// ```
/// ```conversation lang=el bad
/// customer: Είμαι άρρωστη και έχω βεβαίωση γιατρού, μπορείτε να μη χρεώσετε την αλλαγή των εισιτηρίων;
/// agent: Λυπάμαι, η χρέωση ισχύει για όλες τις αλλαγές, δεν έχω τη δυνατότητα να την αφαιρέσω.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Είμαι άρρωστη και έχω βεβαίωση γιατρού, μπορείτε να μη χρεώσετε την αλλαγή των εισιτηρίων;
/// agent: Λυπάμαι που είστε άρρωστη. Σας αλλάζω τα εισιτήρια σήμερα και στέλνω τη βεβαίωση στο τμήμα πελατών, που μπορεί να σας επιστρέψει τη χρέωση.
/// ```
/// ```conversation lang=ro bad
/// customer: Sunt bolnavă și am adeverință medicală, puteți să nu-mi percepeți taxa de schimb a biletelor?
/// agent: Îmi pare rău, taxa se aplică la orice schimb, nu o pot anula.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Sunt bolnavă și am adeverință medicală, puteți să nu-mi percepeți taxa de schimb a biletelor?
/// agent: Îmi pare rău că sunteți bolnavă. Vă mut biletele azi și trimit adeverința la serviciul clienți, care vă poate returna taxa.
/// ```
/// ```conversation lang=fi bad
/// customer: Olen sairaana ja minulla on lääkärintodistus, voitteko jättää vaihtomaksun pois, kun siirrän liput?
/// agent: Pahoittelen, vaihtomaksu on sama kaikille, enkä pysty poistamaan sitä.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Olen sairaana ja minulla on lääkärintodistus, voitteko jättää vaihtomaksun pois, kun siirrän liput?
/// agent: Ikävää, että olet sairaana. Vaihdan liput tänään ja lähetän todistuksen asiakaspalveluun, joka voi palauttaa maksun.
/// ```
/// ```conversation lang=en bad
/// customer: I work nights in January, can I pause my evening course for a month?
/// agent: The course contract does not provide for a pause, the instalments continue as usual.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: I work nights in January, can I pause my evening course for a month?
/// agent: We can't pause the course, but you can join the Saturday group that month at no cost.
/// ```
/// ```conversation lang=it bad
/// customer: A gennaio lavoro di notte, posso sospendere il corso serale per un mese?
/// agent: Il contratto del corso non prevede sospensioni, le rate continuano come sempre.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: A gennaio lavoro di notte, posso sospendere il corso serale per un mese?
/// agent: Sospendere il corso non si può, però quel mese può seguire gratis il gruppo del sabato.
/// ```
/// ```conversation lang=el bad
/// customer: Τον Ιανουάριο δουλεύω νύχτες, μπορώ να παγώσω το βραδινό τμήμα για έναν μήνα;
/// agent: Η σύμβαση του τμήματος δεν προβλέπει αναστολή, οι δόσεις συνεχίζονται κανονικά.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Τον Ιανουάριο δουλεύω νύχτες, μπορώ να παγώσω το βραδινό τμήμα για έναν μήνα;
/// agent: Αναστολή δεν γίνεται, αλλά εκείνο τον μήνα μπορείτε να έρχεστε δωρεάν στο τμήμα του Σαββάτου.
/// ```
/// ```conversation lang=ro bad
/// customer: În ianuarie lucrez în ture de noapte, pot suspenda cursul de seară o lună?
/// agent: Contractul de curs nu prevede suspendarea, ratele continuă normal.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: În ianuarie lucrez în ture de noapte, pot suspenda cursul de seară o lună?
/// agent: Nu putem suspenda cursul, dar în luna aceea puteți veni gratuit la grupa de sâmbătă.
/// ```
/// ```conversation lang=fi bad
/// customer: Teen tammikuussa yövuoroja, voinko keskeyttää iltakurssin kuukaudeksi?
/// agent: Kurssisopimus ei mahdollista keskeytystä, maksuerät jatkuvat normaalisti.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Teen tammikuussa yövuoroja, voinko keskeyttää iltakurssin kuukaudeksi?
/// agent: Kurssia ei voi keskeyttää, mutta sen kuukauden voit käydä lauantairyhmässä maksutta.
/// ```
///
/// ## Suggested instead
/// Start from what you can do, not from what the rules forbid. If a limit really applies,
/// explain it in your own words as a shared problem and offer the closest alternative; quote the
/// terms only when the customer asks for them.
///
/// ## Options
/// None.
///
/// ## Known limits
/// The citation and the refusal must sit in the same or adjacent sentences of one turn; a bare
/// rule noun ("the contract", "le condizioni contrattuali") counts only at most three words
/// after a reason word ("because", "perché", "γιατί", "pentru că", "koska"), in the refusal's
/// sentence or the next one and in no question, so a rule given as the only answer with no
/// refusal ("yes, that's in the terms") is not reported, and an Italian "perché" meaning "so
/// that" ("deve firmarlo perché il contratto diventi attivo") is taken for a reason. A turn that
/// also grants something ("you're entitled to", "ha diritto") is never reported, unless the
/// grant is negated in its clause ("non possiamo rimborsarla"), even when it refuses something
/// else with the rules; a refusal in plain words that cites no rule is left to other rules. A
/// rule said to bind everyone counts only next to a refusal, and one said not to allow something
/// only when a rule word comes before it in the sentence, so "the fee is the same for all
/// customers" alone, or "it doesn't allow a pause, the contract", is missed; and a price or a
/// fee explained as fixed for everyone next to an honest "I can't" is reported even when the
/// agent then does what they can.
pub struct CitesRulesAtCustomer;

impl Rule for CitesRulesAtCustomer {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        for i in c.seller_turns() {
            // Used against the customer: there is a customer to answer.
            if c.prev_customer(i).is_none() {
                continue;
            }
            let turn = &c.turns[i];
            let t = &turn.text;
            // "The law gives you 14 days, so yes, you can": the rule is on the customer's side.
            // "Non possiamo rimborsarla" grants nothing.
            if t.cues_of(lex::HELPFUL_GRANT)
                .any(|m| said(turn, m) && !negated_in_clause(turn, m))
            {
                continue;
            }
            let found = cited_with_refusal(turn)
                .or_else(|| refused_for_a_rule(turn))
                .or_else(|| forbidden_by_rule(turn));
            let Some((cite, refusal, same_sentence)) = found else {
                continue;
            };
            let span = if same_sentence {
                Span::new(
                    cite.span.start.min(refusal.span.start),
                    cite.span.end.max(refusal.span.end),
                )
            } else {
                cite.span
            };
            out.push(Finding {
                confidence: Confidence::DEFAULT,
                turn: i,
                span,
                message: Message::new("moment-cites-rules-at-customer")
                    .text("rule", c.quote(i, cite.span))
                    .text("refusal", c.quote(i, refusal.span)),
            });
        }
    }
}

/// A citation ("according to our terms", or a rule said to bind everyone: "it applies to every
/// exchange", "vale per tutti", lexicon `rule_applies`) with a refusal or an obligation in its
/// sentence or the next or previous one (lexicons `seller_refusal`, `unable`; a rule said to
/// bind everyone needs a "can't", not an obligation): `(citation, refusal, same sentence)`.
fn cited_with_refusal(turn: &AnalyzedTurn) -> Option<(&CueMatch, &CueMatch, bool)> {
    let t = &turn.text;
    t.cues_of(lex::RULES_CITATION)
        .chain(t.cues_of(lex::RULE_APPLIES))
        .filter(|m| !is_quoted(turn, m))
        .find_map(|cite| {
            let si = sentence_of(turn, cite.norm_start)?;
            let near = &turn.sentences[si.saturating_sub(1)..(si + 2).min(turn.sentences.len())];
            let (lo, hi) = (
                near.first().map_or(0, |x| x.norm_start),
                near.last().map_or(0, |x| x.norm_end),
            );
            // A rule said to bind everyone refuses only next to a "can't": "the discount
            // applies to all orders, you just have to enter the code" obliges nobody.
            let binds_all = cite.lex == lex::RULE_APPLIES;
            let cannot = |r: &CueMatch| {
                r.lex == lex::UNABLE
                    || t.cues_in(lex::NEGATOR, r.norm_start, r.norm_end)
                        .next()
                        .is_some()
            };
            t.cues_in(lex::SELLER_REFUSAL, lo, hi)
                .chain(t.cues_in(lex::UNABLE, lo, hi))
                .find(|r| {
                    !is_quoted(turn, r)
                        && (!binds_all || cannot(r))
                        && sentence_of(turn, r.norm_start).is_some_and(|sj| si.abs_diff(sj) <= 1)
                })
                .map(|r| (cite, r, sentence_of(turn, r.norm_start) == Some(si)))
        })
}

/// A rule that forbids what was asked, said of the rule itself: a rule noun or citation, then,
/// later in the same sentence and in no question, "does not allow", "non prevede", "δεν
/// προβλέπει", "nu prevede", "ei mahdollista" (lexicon `rule_forbids`): "the course contract
/// (art. 6) does not provide for a pause". Not when what it rules out is a charge ("il contratto
/// non prevede penali", lexicon `charge`). `(rule, what it forbids, true)`.
fn forbidden_by_rule(turn: &AnalyzedTurn) -> Option<(&CueMatch, &CueMatch, bool)> {
    let t = &turn.text;
    t.cues_of(lex::RULE_FORBIDS)
        .filter(|f| !is_quoted(turn, f))
        .find_map(|forbids| {
            let si = sentence_of(turn, forbids.norm_start)?;
            let st = &turn.sentences[si];
            // "Your contract provides for no penalty" rules out a charge: the rule is on the
            // customer's side.
            let spares = t
                .cues_in(lex::CHARGE, forbids.norm_end, st.norm_end)
                .next()
                .is_some_and(|m| {
                    words_between(t, forbids.norm_end, m.norm_start) <= 1
                        && !t.norm.text[forbids.norm_end as usize..m.norm_start as usize]
                            .contains([',', ';', ':'])
                });
            if st.is_question || spares {
                return None;
            }
            t.cues_in(lex::RULE_REASON, st.norm_start, forbids.norm_start)
                .chain(t.cues_in(lex::RULES_CITATION, st.norm_start, forbids.norm_start))
                .find(|n| !is_quoted(turn, n))
                .map(|n| (n, forbids, true))
        })
}

/// A refusal that gives a rule as its reason ("we can't refund you, because the contract is
/// with the shop"): a bare rule noun at most [`REASON_REACH`] words after a reason word, with no
/// comma or other stop between, in the refusal's sentence or the next one, and neither of them a
/// question ("why is the contract…?"). Without the reason word a noun near a refusal is often
/// only its object ("I can't find your contract").
fn refused_for_a_rule(turn: &AnalyzedTurn) -> Option<(&CueMatch, &CueMatch, bool)> {
    let t = &turn.text;
    let asks = |k: usize| turn.sentences.get(k).is_some_and(|s| s.is_question);
    t.cues_of(lex::SELLER_REFUSAL)
        .filter(|r| !is_quoted(turn, r))
        .find_map(|refusal| {
            let si = sentence_of(turn, refusal.norm_start)?;
            if asks(si) {
                return None;
            }
            t.cues_of(lex::RULE_REASON)
                .filter(|n| !is_quoted(turn, n))
                .find(|n| {
                    sentence_of(turn, n.norm_start)
                        .is_some_and(|sn| (sn == si || sn == si + 1) && !asks(sn))
                        && in_same_sentence(turn, n, lex::REASON_CONNECTOR).any(|c| {
                            c.norm_end <= n.norm_start
                                && words_between(t, c.norm_end, n.norm_start) <= REASON_REACH
                                && !t.norm.text[c.norm_end as usize..n.norm_start as usize]
                                    .contains([',', ';', ':', '.', '!', '?'])
                        })
                })
                .map(|n| (n, refusal, sentence_of(turn, n.norm_start) == Some(si)))
        })
}

/// How many words may stand between a reason word and the rule it gives ("because *our*
/// contract", "koska *meidän* sopimuksemme"); further on the noun belongs to another clause.
const REASON_REACH: usize = 3;
