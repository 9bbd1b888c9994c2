//! What the argument rules share: where a cue sits in its turn (sentence, quotes, reported
//! speech) and what the customer's last turn did (asked, or relayed someone else's words).

use crate::AnalyzedTurn;
use tact_lang::{lex, CueMatch, TurnText};

/// Index of the sentence of `turn` that holds the normalized position `pos`.
pub(crate) fn sentence_of(turn: &AnalyzedTurn, pos: u32) -> Option<usize> {
    turn.sentences
        .iter()
        .position(|s| s.norm_start <= pos && pos < s.norm_end)
}

/// Normalized bounds of the sentence holding `cue` (the whole turn if none does).
pub(crate) fn sentence_bounds(turn: &AnalyzedTurn, cue: &CueMatch) -> (u32, u32) {
    sentence_of(turn, cue.norm_start).map_or((0, turn.text.norm.text.len() as u32), |i| {
        (turn.sentences[i].norm_start, turn.sentences[i].norm_end)
    })
}

pub(crate) fn in_question(turn: &AnalyzedTurn, cue: &CueMatch) -> bool {
    sentence_of(turn, cue.norm_start).is_some_and(|i| turn.sentences[i].is_question)
}

/// Cues of one lexicon inside the sentence holding `cue`.
pub(crate) fn in_same_sentence<'a>(
    turn: &'a AnalyzedTurn,
    cue: &CueMatch,
    lex: tact_lang::LexId,
) -> impl Iterator<Item = &'a CueMatch> + 'a {
    let (s, e) = sentence_bounds(turn, cue);
    turn.text
        .cues_of(lex)
        .filter(move |m| m.norm_start >= s && m.norm_end <= e)
}

/// Inside double quotes: the speaker is quoting words, not saying them.
pub(crate) fn is_quoted(t: &TurnText, cue: &CueMatch) -> bool {
    let text = t.norm.text.as_str();
    text[..cue.norm_start as usize].matches('"').count() % 2 == 1
        && text[cue.norm_end as usize..].contains('"')
}

/// How many words of the turn come before the cue.
pub(crate) fn words_before(t: &TurnText, cue: &CueMatch) -> usize {
    t.tokens
        .iter()
        .filter(|k| k.norm_end <= cue.norm_start)
        .count()
}

fn words_between(t: &TurnText, a: u32, b: u32) -> usize {
    t.tokens
        .iter()
        .filter(|k| k.norm_start >= a && k.norm_end <= b)
        .count()
}

fn cue_text<'a>(t: &'a TurnText, m: &CueMatch) -> &'a str {
    &t.norm.text[m.norm_start as usize..m.norm_end as usize]
}

/// Reporting cues that name a source ("according to") rather than put words in someone's mouth:
/// the claim after them is still the speaker's own.
const CITING: [&str; 4] = ["according to", "συμφωνα με", "conform", "mukaan"];

/// Reporting verbs whose ending already says "you": the reported claim is the listener's.
const SECOND_PERSON: [&str; 8] = [
    "hai detto",
    "ειπεσ",
    "ειπατε",
    "ai zis",
    "ati zis",
    "ati spus",
    "sanoit",
    "sanoitte",
];

/// Whether `cue` is put in someone else's mouth: a reporting phrase earlier in its sentence
/// ("my colleague said you're wrong"), unless the speaker reports their own words ("I told you,
/// calm down").
pub(crate) fn is_reported(turn: &AnalyzedTurn, cue: &CueMatch) -> bool {
    let t = &turn.text;
    let (s, _) = sentence_bounds(turn, cue);
    t.cues_of(lex::REPORTED_SPEECH).any(|r| {
        let own = t
            .cues_of(lex::SELF_REFERENCE)
            .any(|m| m.norm_end <= r.norm_start && words_between(t, m.norm_end, r.norm_start) == 0);
        r.norm_start >= s
            && r.norm_end <= cue.norm_start
            && !own
            && !CITING.contains(&cue_text(t, r))
    })
}

/// Whether the customer's turn relays what a third party said ("the technician told me it
/// isn't covered"): a denial in reply is aimed at that party, not at the customer. "You told
/// me", "I said" and "your website says" keep the claim on the two sides of the conversation.
pub(crate) fn relays_third_party(turn: &AnalyzedTurn) -> bool {
    let t = &turn.text;
    t.cues_of(lex::REPORTED_SPEECH).any(|r| {
        let w = cue_text(t, r);
        if CITING.contains(&w) || SECOND_PERSON.contains(&w) {
            return false;
        }
        !t.cues.iter().any(|m| {
            (m.lex == lex::ADDRESSEE
                || m.lex == lex::ADDRESSEE_POSSESSIVE
                || m.lex == lex::SELF_REFERENCE)
                && m.norm_end <= r.norm_start
                && words_between(t, m.norm_end, r.norm_start) <= 2
        })
    })
}

/// Every sentence of the turn is a question: the customer asked rather than claimed.
pub(crate) fn only_asks(turn: &AnalyzedTurn) -> bool {
    !turn.sentences.is_empty() && turn.sentences.iter().all(|s| s.is_question)
}

/// The first sentence of a turn, cut to about 70 characters, for messages.
pub(crate) fn excerpt(turn: &AnalyzedTurn, text: &str) -> String {
    shorten(
        turn.sentences
            .first()
            .and_then(|s| text.get(s.span.start..s.span.end))
            .unwrap_or(text),
    )
}

/// The last question the customer asked in a turn (the first sentence if none), for messages.
pub(crate) fn question_excerpt(turn: &AnalyzedTurn, text: &str) -> String {
    turn.questions()
        .last()
        .and_then(|s| text.get(s.span.start..s.span.end))
        .map_or_else(|| excerpt(turn, text), shorten)
}

fn shorten(s: &str) -> String {
    if s.chars().count() <= 70 {
        return s.to_string();
    }
    let cut: String = s.chars().take(70).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut}…")
}
