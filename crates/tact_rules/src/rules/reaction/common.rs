//! What the reaction rules share: whether a cue is the customer's own words rather than quoted,
//! reported or negated, and the sentence a cue sits in.

use crate::Analyzed;
use tact_lang::{CueMatch, LexId};
use tact_model::Span;

pub(crate) use crate::predicates::{own_words, said, sentence_at};

/// The first cue of `lex` in turn `i` that the speaker says themselves (negated or not).
pub(crate) fn said_cue(c: &Analyzed<'_>, i: usize, lex: LexId) -> Option<CueMatch> {
    let t = &c.turns[i];
    t.text.cues_of(lex).find(|m| said(t, m)).copied()
}

/// The first cue of `lex` in turn `i` that is the speaker's own words.
pub(crate) fn own_cue(c: &Analyzed<'_>, i: usize, lex: LexId) -> Option<CueMatch> {
    let t = &c.turns[i];
    t.text.cues_of(lex).find(|m| own_words(t, m)).copied()
}

/// The whole text of turn `i`, as the span of a turn that provoked a reaction.
pub(crate) fn whole_turn(c: &Analyzed<'_>, i: usize) -> Span {
    Span::new(0, c.text(i).len())
}
