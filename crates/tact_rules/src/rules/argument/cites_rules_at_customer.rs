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
/// else with the rules; a refusal in plain words that cites no rule is left to other rules.
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
            let found = cited_with_refusal(turn).or_else(|| refused_for_a_rule(turn));
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

/// A citation ("according to our terms") with a refusal or an obligation in its sentence or the
/// next or previous one: `(citation, refusal, same sentence)`.
fn cited_with_refusal(turn: &AnalyzedTurn) -> Option<(&CueMatch, &CueMatch, bool)> {
    let t = &turn.text;
    t.cues_of(lex::RULES_CITATION)
        .filter(|m| !is_quoted(turn, m))
        .find_map(|cite| {
            let si = sentence_of(turn, cite.norm_start)?;
            let near = &turn.sentences[si.saturating_sub(1)..(si + 2).min(turn.sentences.len())];
            let (lo, hi) = (
                near.first().map_or(0, |x| x.norm_start),
                near.last().map_or(0, |x| x.norm_end),
            );
            t.cues_in(lex::SELLER_REFUSAL, lo, hi)
                .find(|r| {
                    !is_quoted(turn, r)
                        && sentence_of(turn, r.norm_start).is_some_and(|sj| si.abs_diff(sj) <= 1)
                })
                .map(|r| (cite, r, sentence_of(turn, r.norm_start) == Some(si)))
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
