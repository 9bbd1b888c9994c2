//! What the argument rules share: where a cue sits in its turn (sentence, quotes, reported
//! speech) and what the customer's last turn did (asked, or relayed someone else's words).

use crate::AnalyzedTurn;
use tact_lang::{lex, CueMatch, TurnText};

use crate::predicates::{cue_quoted, cues_just_before, sentence_at, shorten};
pub(crate) use crate::predicates::{excerpt, sentence_bounds, sentence_index as sentence_of};

pub(crate) fn in_question(turn: &AnalyzedTurn, cue: &CueMatch) -> bool {
    sentence_at(turn, cue.norm_start).is_some_and(|s| s.is_question)
}

/// Cues of one lexicon inside the sentence holding `cue`.
pub(crate) fn in_same_sentence<'a>(
    turn: &'a AnalyzedTurn,
    cue: &CueMatch,
    lex: tact_lang::LexId,
) -> impl Iterator<Item = &'a CueMatch> + 'a {
    let (s, e) = sentence_bounds(turn, cue.norm_start);
    turn.text.cues_in(lex, s, e)
}

/// Inside double quotes: the speaker is quoting words, not saying them.
pub(crate) fn is_quoted(turn: &AnalyzedTurn, cue: &CueMatch) -> bool {
    cue_quoted(turn, cue)
}

/// How many words of the turn come before the cue.
pub(crate) fn words_before(t: &TurnText, cue: &CueMatch) -> usize {
    crate::predicates::words_before(t, cue.norm_start)
}

/// Whether a cue of `lex` covers the reporting cue `r`: "according to" names a source
/// (`reporting_source`), "hai detto" already says "you" (`reported_to_listener`).
fn reporting_is(turn: &AnalyzedTurn, r: &CueMatch, lex: tact_lang::LexId) -> bool {
    crate::predicates::covered(turn, lex, r.norm_start, r.norm_end)
}

/// Whether `cue` is put in someone else's mouth: a reporting phrase earlier in its sentence
/// ("my colleague said you're wrong"), unless the speaker reports their own words ("I told you,
/// calm down").
pub(crate) fn is_reported(turn: &AnalyzedTurn, cue: &CueMatch) -> bool {
    let t = &turn.text;
    let (s, _) = sentence_bounds(turn, cue.norm_start);
    t.cues_in(lex::REPORTED_SPEECH, s, cue.norm_start).any(|r| {
        let own = cues_just_before(turn, r.norm_start, 0).any(|m| m.lex == lex::SELF_REFERENCE);
        !own && !reporting_is(turn, r, lex::REPORTING_SOURCE)
    })
}

/// Whether the customer's turn relays what a third party said ("the technician told me it
/// isn't covered"): a denial in reply is aimed at that party, not at the customer. "You told
/// me", "I said" and "your website says" keep the claim on the two sides of the conversation.
pub(crate) fn relays_third_party(turn: &AnalyzedTurn) -> bool {
    let t = &turn.text;
    t.cues_of(lex::REPORTED_SPEECH).any(|r| {
        if reporting_is(turn, r, lex::REPORTING_SOURCE)
            || reporting_is(turn, r, lex::REPORTED_TO_LISTENER)
        {
            return false;
        }
        !cues_just_before(turn, r.norm_start, 2).any(|m| {
            m.lex == lex::ADDRESSEE
                || m.lex == lex::ADDRESSEE_POSSESSIVE
                || m.lex == lex::SELF_REFERENCE
        })
    })
}

/// Every sentence of the turn is a question: the customer asked rather than claimed.
pub(crate) fn only_asks(turn: &AnalyzedTurn) -> bool {
    !turn.sentences.is_empty() && turn.sentences.iter().all(|s| s.is_question)
}

/// The last question the customer asked in a turn (the first sentence if none), for messages.
pub(crate) fn question_excerpt(turn: &AnalyzedTurn, text: &str) -> String {
    turn.questions()
        .last()
        .and_then(|s| text.get(s.span.start..s.span.end))
        .map_or_else(|| excerpt(turn, text), shorten)
}
