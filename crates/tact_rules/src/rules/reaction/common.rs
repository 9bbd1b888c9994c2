//! What the reaction rules share: whether a cue is the customer's own words rather than quoted,
//! reported or negated, and the sentence a cue sits in.

use crate::{Analyzed, AnalyzedTurn};
use tact_lang::{lex, CueMatch, LexId};
use tact_model::Span;

pub(crate) use crate::predicates::sentence_at;
use crate::predicates::{cue_quoted, sentence_bounds, words_between};

/// Whether a reporting phrase ("he said", "mi ha detto") comes before the cue in its sentence:
/// the words are someone else's.
pub(crate) fn reported(t: &AnalyzedTurn, cue: &CueMatch) -> bool {
    let (start, _) = sentence_bounds(t, cue.norm_start);
    t.text
        .cues_in(lex::REPORTED_SPEECH, start, cue.norm_start)
        .next()
        .is_some()
}

/// Whether a negation ("not", "non", "δεν", "nu", "ei") stands at most two words before the cue,
/// in its sentence; negations that belong to a condition ("if you don't") do not count.
pub(crate) fn negated(t: &AnalyzedTurn, cue: &CueMatch) -> bool {
    let (start, _) = sentence_bounds(t, cue.norm_start);
    t.text
        .cues_in(lex::NEGATOR, start, cue.norm_start)
        .any(|n| {
            !crate::predicates::covered(t, lex::THREAT_CONDITION, n.norm_start, n.norm_end)
                && words_between(&t.text, n.norm_end, cue.norm_start) <= 2
        })
}

/// Whether the cue is the speaker's own words: not quoted or reported.
pub(crate) fn said(t: &AnalyzedTurn, cue: &CueMatch) -> bool {
    !cue_quoted(t, cue) && !reported(t, cue)
}

/// Whether the cue is the speaker's own, affirmative words: not quoted, reported or negated.
pub(crate) fn own_words(t: &AnalyzedTurn, cue: &CueMatch) -> bool {
    said(t, cue) && !negated(t, cue)
}

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
