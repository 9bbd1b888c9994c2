//! What the reaction rules share: whether a cue is the customer's own words rather than quoted,
//! reported or negated, and the sentence a cue sits in.

use crate::{Analyzed, AnalyzedTurn, Sentence};
use tact_lang::{lex, CueMatch, LexId};
use tact_model::Span;

/// The sentence of `t` that contains the normalized position `pos`.
pub(crate) fn sentence_at(t: &AnalyzedTurn, pos: u32) -> Option<&Sentence> {
    t.sentences
        .iter()
        .find(|s| s.norm_start <= pos && pos < s.norm_end.max(s.norm_start + 1))
}

/// Whether the cue sits inside double quotes (typographic ones are folded to `"`).
pub(crate) fn in_quotes(t: &AnalyzedTurn, cue: &CueMatch) -> bool {
    let before = &t.text.norm.text[..cue.norm_start as usize];
    before.matches('"').count() % 2 == 1
}

/// Whether a reporting phrase ("he said", "mi ha detto") comes before the cue in its sentence:
/// the words are someone else's.
pub(crate) fn reported(t: &AnalyzedTurn, cue: &CueMatch) -> bool {
    let start = sentence_at(t, cue.norm_start).map_or(0, |s| s.norm_start);
    t.text
        .cues_of(lex::REPORTED_SPEECH)
        .any(|r| r.norm_start >= start && r.norm_end <= cue.norm_start)
}

/// Whether a negation ("not", "non", "δεν", "nu", "ei") stands at most two words before the cue,
/// in its sentence; negations that belong to a condition ("if you don't") do not count.
pub(crate) fn negated(t: &AnalyzedTurn, cue: &CueMatch) -> bool {
    let start = sentence_at(t, cue.norm_start).map_or(0, |s| s.norm_start);
    t.text.cues_of(lex::NEGATOR).any(|n| {
        n.norm_start >= start
            && n.norm_end <= cue.norm_start
            && !t
                .text
                .cues_of(lex::THREAT_CONDITION)
                .any(|c| c.norm_start <= n.norm_start && c.norm_end >= n.norm_end)
            && t.text
                .tokens
                .iter()
                .filter(|k| k.norm_start >= n.norm_end && k.norm_end <= cue.norm_start)
                .count()
                <= 2
    })
}

/// Whether the cue is the speaker's own words: not quoted or reported.
pub(crate) fn said(t: &AnalyzedTurn, cue: &CueMatch) -> bool {
    !in_quotes(t, cue) && !reported(t, cue)
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
