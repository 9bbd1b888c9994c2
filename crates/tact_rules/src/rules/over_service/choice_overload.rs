//! Rule O001 `choice-overload`: the customer made to take one small decision after another.

use crate::{Analyzed, CheckContext, Confidence, Finding, Message, Rule, Sentence};
use tact_dialogue::QuestionKind;
use tact_lang::lex;

/// ## What it detects
/// The agent makes the customer take too many small decisions: a run of choice questions ("A or
/// B?", "rosso o blu?", "μαύρο ή πράσινο;", "numerar sau card?", "ruis vai vehnä?") asked one
/// after the other, in one turn or across consecutive agent turns with only the customer's answers
/// in between, when the customer never asked what the options were.
///
/// ## Why it hurts the sale
/// Seed 001 lists it first among the reasons over-service humiliates the customer: "the customer
/// has to take too many decisions and choose too many order parameters". Its supermarket scene —
/// heated or not, sauce, bread, rye or wheat, one piece or two, tea or coffee, black or green,
/// cash or card — ends with the customer "boiling" and "destroyed". The seed's advice is to take
/// that bundle of small decisions off the customer: every extra either-or spends their patience
/// on the seller's process instead of on the purchase.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer: A chicken sandwich, please.
/// agent: White or wholemeal bread?
/// customer: White.
/// agent: Toasted or cold?
/// customer: Toasted.
/// agent: Mayonnaise or mustard?   # fires
/// ```
/// ```conversation lang=en ok
/// customer: A chicken sandwich, please.
/// agent: Coming up: toasted on white with mayonnaise, unless you'd like it different.
/// customer: That's perfect.
/// agent: Cash or card?
/// ```
/// ```conversation lang=it bad
/// customer: Un caffè, per favore.
/// agent: Normale o decaffeinato?
/// customer: Normale.
/// agent: In tazza o in vetro?
/// customer: In tazza.
/// agent: Latte freddo o caldo a parte?   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Un caffè, per favore. Che tipi di caffè avete?
/// agent: Normale o decaffeinato?
/// customer: Normale.
/// agent: Espresso o lungo?
/// customer: Espresso.
/// agent: In tazza o in vetro?
/// ```
/// ```conversation lang=el bad
/// customer: Θα ήθελα ένα τσάι.
/// agent: Μαύρο ή πράσινο; Με ζάχαρη ή χωρίς; Μικρό ή μεγάλο;   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Θα ήθελα ένα τσάι.
/// agent: Βεβαίως. Σας φέρνω ένα μαύρο τσάι, με ζάχαρη στο πλάι.
/// customer: Ευχαριστώ.
/// agent: Μετρητά ή κάρτα;
/// ```
/// ```conversation lang=ro bad
/// customer: Aș vrea să încălzesc cartofii.
/// agent: Îi încălzim puțin sau bine?
/// customer: Bine.
/// agent: Cu sos sau fără?
/// customer: Fără.
/// agent: Pâine albă sau neagră?   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Aș vrea să încălzesc cartofii.
/// agent: Sigur, îi încălzim bine și vi-i aduc imediat.
/// customer: Mulțumesc.
/// agent: Plătiți numerar sau cu cardul?
/// ```
/// ```conversation lang=fi bad
/// customer: Yksi leipä, kiitos.
/// agent: Ruis vai vehnä? Viipaloidaanko vai kokonaisena? Pussiin vai paperiin?   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Yksi leipä, kiitos. Mitä vaihtoehtoja teillä on?
/// agent: Ruis vai vehnä? Viipaloidaanko vai kokonaisena? Pussiin vai paperiin?
/// ```
///
/// ## Suggested instead
/// Decide the small things yourself with a sensible default, say what you chose in one sentence,
/// and let the customer change only what matters to them; keep either-or questions for the one or
/// two choices that really are theirs.
///
/// ## Options
/// - `max_run` (default 3): how many choice questions in a row make a run worth reporting.
///
/// ## Known limits
/// Only questions built with an "or" word ("or", "o", "ή", "sau", "vai") count: a string of
/// yes/no micro-questions ("Sauce? Bread? Sugar?") is missed. A run is broken by any agent turn
/// without a choice question, so choices spread over a long conversation are not added up. A
/// customer who asks for options in other words than the lexicon `asks_for_options` knows is
/// still reported.
pub struct ChoiceOverload;

/// The choice questions of a seller turn, as the dialogue layer reads them: a check ("shall I go
/// on or stop here?") offers no alternatives to weigh.
fn choices<'a>(c: &'a Analyzed<'_>, i: usize) -> impl Iterator<Item = &'a Sentence> + 'a {
    c.dialogue.turns[i]
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::Choice)
        .map(move |q| &c.turns[i].sentences[q.sentence])
}

impl Rule for ChoiceOverload {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        let max_run = cx.config.usize("max_run", 3).max(1);
        // (turn, sentence) of every choice question of the current run.
        let mut run: Vec<(usize, Sentence)> = Vec::new();
        let mut reported = false;
        // Choices the customer asked for are answers, not overload, until the agent moves on.
        let mut solicited = false;
        for i in 0..c.len() {
            if c.is_customer(i) {
                if c.turns[i].text.has(lex::ASKS_FOR_OPTIONS) {
                    solicited = true;
                }
                continue;
            }
            if !c.is_seller(i) {
                continue;
            }
            let before = run.len();
            let asks = choices(c, i).next().is_some();
            for s in choices(c, i) {
                // The same question asked again is one choice, not another.
                let text = &c.turns[i].text.norm.text[s.norm_start as usize..s.norm_end as usize];
                let seen = run.iter().any(|(t, r)| {
                    &c.turns[*t].text.norm.text[r.norm_start as usize..r.norm_end as usize] == text
                });
                if !seen {
                    run.push((i, *s));
                }
            }
            if !asks {
                run.clear();
                reported = false;
                solicited = false;
                continue;
            }
            if !reported && !solicited && run.len() > before && run.len() >= max_run {
                reported = true;
                let (first_turn, first) = run[0];
                let (_, last) = run[max_run - 1];
                out.push(Finding {
                    confidence: Confidence::DEFAULT,
                    turn: i,
                    span: last.span,
                    message: Message::new("moment-choice-overload")
                        .number("count", run.len() as f64)
                        .text("first", c.quote(first_turn, first.span))
                        .text("last", c.quote(i, last.span)),
                });
            }
        }
    }
}
