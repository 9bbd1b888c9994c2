//! Rule A004 `condescension`: talking down to the customer.

use super::common::{
    in_question, in_same_sentence, is_quoted, is_reported, question_excerpt, sentence_bounds,
    sentence_of,
};
use crate::{AnalyzedTurn, CheckContext, Confidence, Finding, Message, Rule};
use tact_lang::{lex, CueMatch};

/// ## What it detects
/// The agent talks down to the customer: reminds them it was already explained ("as I already
/// explained", "come le ho già spiegato", "όπως σας εξήγησα", "cum v-am explicat", "kuten jo
/// selitin"), tells them to calm down ("si calmi", "ηρεμήστε", "calmați-vă", "rauhoitu"),
/// lectures ("you need to understand that…"), asks "did you even read it?", or answers the
/// customer's question with an "obviously" ("ovviamente", "προφανώς", "evident", "tietenkään")
/// followed by a no or a must.
///
/// ## Why it hurts the sale
/// Seed 003 reminds sellers that their key task is to sell, not to hold "educational
/// conversations" ("conversații educaționale") or to compete over "who is smarter, who is better
/// informed" ("cine este mai inteligent, cine este mai bine informat"). A customer made to feel
/// slow does not buy from the person who made them feel that way.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer: So does the plan include calls abroad or not?
/// agent: As I already explained, calls abroad are not included.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: So does the plan include calls abroad or not?
/// agent: Calls abroad aren't included in this plan; if you need them, there's an add-on for that.
/// ```
/// ```conversation lang=it bad
/// customer: Quindi il piano include le chiamate all'estero o no?
/// agent: Come le ho già spiegato, le chiamate all'estero non sono incluse.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Quindi il piano include le chiamate all'estero o no?
/// agent: Le chiamate all'estero non sono incluse in questo piano; se le servono, c'è un'opzione apposita.
/// ```
/// ```conversation lang=el bad
/// customer: Δηλαδή το πρόγραμμα περιλαμβάνει κλήσεις στο εξωτερικό ή όχι;
/// agent: Όπως σας εξήγησα, οι κλήσεις στο εξωτερικό δεν περιλαμβάνονται.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Δηλαδή το πρόγραμμα περιλαμβάνει κλήσεις στο εξωτερικό ή όχι;
/// agent: Οι κλήσεις στο εξωτερικό δεν περιλαμβάνονται σε αυτό το πρόγραμμα, αλλά αν τις χρειάζεστε υπάρχει ειδική επιλογή.
/// ```
/// ```conversation lang=ro bad
/// customer: Deci abonamentul include apeluri în străinătate sau nu?
/// agent: Cum v-am explicat, apelurile în străinătate nu sunt incluse.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Deci abonamentul include apeluri în străinătate sau nu?
/// agent: Apelurile în străinătate nu sunt incluse în acest abonament; dacă aveți nevoie de ele, există o opțiune separată.
/// ```
/// ```conversation lang=fi bad
/// customer: Sisältääkö liittymä siis ulkomaanpuhelut vai ei?
/// agent: Kuten jo selitin, ulkomaanpuhelut eivät sisälly hintaan.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Sisältääkö liittymä siis ulkomaanpuhelut vai ei?
/// agent: Ulkomaanpuhelut eivät sisälly tähän liittymään; jos tarvitsette niitä, siihen on erillinen lisäpalvelu.
/// ```
///
/// ## Suggested instead
/// Answer a repeated question as if it were the first time, in fewer and simpler words; if the
/// first explanation didn't land, that is on the explanation. Acknowledge feelings ("I
/// understand this is frustrating") instead of telling the customer how to feel.
///
/// ## Options
/// None.
///
/// ## Known limits
/// "Obviously" counts only in the first sentences of a reply to a customer's question, next to
/// a negation or an obligation and not about the speaker, so a friendly "obviously you can pay
/// by card" passes and an "obviously" sneer in other words is missed. A plain "as I said" or
/// "like I said" is left alone (agents use it to link back, not to scold); only the "already"
/// forms count. Sarcasm and tone ("sure, whatever you say") are not detected.
pub struct Condescension;

fn sentence_words<'a>(
    turn: &'a AnalyzedTurn,
    cue: &CueMatch,
) -> impl Iterator<Item = &'a str> + 'a {
    let t = &turn.text;
    let (s, e) = sentence_bounds(turn, cue.norm_start);
    crate::predicates::words_in(t, s, e)
        .iter()
        .map(|k| k.norm(&t.norm))
}

fn reassures(turn: &AnalyzedTurn, cue: &CueMatch) -> bool {
    // "of course, no problem", "ovviamente, nessun problema": an "obviously" next to a
    // reassurance is friendly.
    let (s, e) = sentence_bounds(turn, cue.norm_start);
    turn.text.cues_in(lex::REASSURANCE, s, e).next().is_some()
}

/// A negation in the cue's sentence; a bare "no" counts too ("ovviamente no"), which the
/// negator lexicons leave out because it rarely negates a clause.
fn negated(turn: &AnalyzedTurn, cue: &CueMatch) -> bool {
    in_same_sentence(turn, cue, lex::NEGATOR).next().is_some()
        || sentence_words(turn, cue).any(|w| w == "no")
}

/// "Obviously not", "ovviamente deve…": an answer to the customer's question framed as
/// something they should have known.
fn obvious_no(turn: &AnalyzedTurn, cue: &CueMatch) -> bool {
    // It answers the question: the opening of the reply, not a later aside.
    sentence_of(turn, cue.norm_start).is_some_and(|i| i <= 1)
        && !in_question(turn, cue)
        // "Obviously I can't every time" is about the speaker.
        && in_same_sentence(turn, cue, lex::SELF_REFERENCE)
            .next()
            .is_none()
        && (negated(turn, cue)
            || in_same_sentence(turn, cue, lex::SELLER_REFUSAL)
                .next()
                .is_some())
        && in_same_sentence(turn, cue, lex::HELPFUL_GRANT)
            .next()
            .is_none()
        && in_same_sentence(turn, cue, lex::CONCESSION)
            .next()
            .is_none()
        && !reassures(turn, cue)
}

impl Rule for Condescension {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        for i in c.seller_turns() {
            let Some(ci) = c.prev_customer(i) else {
                continue;
            };
            let turn = &c.turns[i];
            let t = &turn.text;
            let fair = |m: &&CueMatch| !is_quoted(turn, m) && !is_reported(turn, m);
            if let Some(cue) = t.cues_of(lex::CONDESCENSION).find(fair) {
                out.push(Finding {
                    confidence: Confidence::DEFAULT,
                    turn: i,
                    span: cue.span,
                    message: Message::new("moment-condescension-talked-down")
                        .text("remark", c.quote(i, cue.span)),
                });
                continue;
            }
            let asked = &c.turns[ci];
            if !asked.has_question() {
                continue;
            }
            if let Some(cue) = t
                .cues_of(lex::OBVIOUSLY)
                .filter(fair)
                .find(|m| obvious_no(turn, m))
            {
                out.push(Finding {
                    confidence: Confidence::DEFAULT,
                    turn: i,
                    span: cue.span,
                    message: Message::new("moment-condescension-obvious")
                        .text("question", question_excerpt(asked, c.text(ci)))
                        .text("remark", c.quote(i, cue.span)),
                });
            }
        }
    }
}
