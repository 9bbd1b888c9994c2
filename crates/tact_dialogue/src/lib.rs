//! The dialogue layer: reads a conversation as a dialogue, between the language layer (words,
//! cues, sentences) and the rules. A cue says that a word was written; the dialogue says what the
//! turn did with it — asked, answered, offered, declined, stated a need — and which earlier turn
//! it answered or declined. Rules that judge a seller's reply need that: a "no" to "do you prefer
//! a window seat?" declines nothing, and a flat answer to the customer's own question contradicts
//! no one.
//!
//! What is written and what is learned: the acts are read from cue lexicons written per language
//! (`tact_lang/data/<lang>/`: affirm, deny, dont_know, wh_word, yn_lead, check_question,
//! preference_question, correction, exclusion, agreement, greeting, closing, apology, currency,
//! with the older offer, proposal, refusal, need and budget lexicons), and the links by the
//! rules in `links.rs`; nothing here is trained. Their accuracy is measured against the labelled
//! dialogue acts of `shared/data/dialogue/` (English, Italian) by the tests in
//! `tests/dialogue_acts.rs`, and the amounts against the entity corpora of
//! `shared/data/entities/`.

mod acts;
mod entities;
mod links;

pub use acts::{
    amounts_in, money_in, read_turn, Answer, Need, Offer, Question, QuestionKind, TurnActs,
};
pub use entities::{entities, glued_amount, parse_number, Entity, EntityKind};
pub use links::{AnsweredBy, Links, Side};

use rustc_hash::FxHashSet as HashSet;
use std::cell::OnceCell;
use tact_lang::{Lang, Sentence, TurnText};

/// One turn as the dialogue layer needs it.
#[derive(Debug, Clone, Copy)]
pub struct DialogueTurn<'a> {
    pub side: Side,
    pub lang: Lang,
    pub text: &'a TurnText,
    pub sentences: &'a [Sentence],
    /// Whether each token carries content ([`TurnText::content_mask`]), as the analysis already
    /// computed it.
    pub content: &'a [bool],
}

/// A conversation read as a dialogue.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dialogue {
    /// The acts of each turn, in turn order.
    pub turns: Vec<TurnActs>,
    pub links: Links,
}

impl Dialogue {
    pub fn read(turns: &[DialogueTurn<'_>]) -> Dialogue {
        let acts: Vec<TurnActs> = turns
            .iter()
            .map(|t| read_turn(t.text, t.sentences, t.lang, t.side == Side::Seller))
            .collect();
        let sides: Vec<Side> = turns.iter().map(|t| t.side).collect();
        let stems = Stems {
            turns,
            cache: vec![OnceCell::new(); turns.len()],
        };
        let links = links::link(&acts, &sides, &stems);
        Dialogue { turns: acts, links }
    }

    /// The question that turn `i` answers, with the asking turn.
    pub fn question_answered_by(&self, i: usize) -> Option<(usize, &Question)> {
        let (q, _) = self.links.answers.get(i).copied().flatten()?;
        Some((q, self.turns[q].last_question()?))
    }
}

/// The stems of each turn's content words, computed on first use: only customer turns and the
/// seller turns right after a stated need are compared, and stemming is the dearest step here.
pub(crate) struct Stems<'t, 'a> {
    turns: &'t [DialogueTurn<'a>],
    cache: Vec<OnceCell<HashSet<String>>>,
}

impl Stems<'_, '_> {
    pub(crate) fn of(&self, i: usize) -> &HashSet<String> {
        self.cache[i].get_or_init(|| {
            let t = &self.turns[i];
            t.text
                .tokens
                .iter()
                .zip(t.content)
                .filter(|(_, content)| **content)
                .map(|(tok, _)| tact_lang::stem(t.lang, tok.norm(&t.text.norm)))
                .collect()
        })
    }
}
