//! The questions every rule family asks about a place in a turn: which sentence holds it, whether
//! it sits inside quotes, how many words stand between two points, which cues cover a word, and a
//! short excerpt of a turn for messages (which cues lie in a range is asked of the text itself,
//! `TurnText::cues_in`, which the dialogue layer shares). They live here, one layer below the rules, so that the
//! rules agree on the answers, and each answers by binary search over the turn's sorted tokens,
//! cues, sentences and quote marks: a rule that asks once per cue stays linear in the turn's
//! length instead of rescanning its prefix.

use crate::{AnalyzedTurn, Sentence};
use tact_lang::{lex, CueMatch, LexId, TurnText};

/// Index of the sentence of `t` that holds the normalized position `pos`.
pub(crate) fn sentence_index(t: &AnalyzedTurn, pos: u32) -> Option<usize> {
    let i = t
        .sentences
        .partition_point(|s| s.norm_start <= pos)
        .checked_sub(1)?;
    let s = &t.sentences[i];
    (pos < s.norm_end.max(s.norm_start + 1)).then_some(i)
}

/// The sentence of `t` that holds the normalized position `pos`.
pub(crate) fn sentence_at(t: &AnalyzedTurn, pos: u32) -> Option<&Sentence> {
    sentence_index(t, pos).map(|i| &t.sentences[i])
}

/// Normalized bounds of the sentence holding `pos`; the whole turn when no sentence does.
pub(crate) fn sentence_bounds(t: &AnalyzedTurn, pos: u32) -> (u32, u32) {
    sentence_at(t, pos).map_or((0, t.text.norm.text.len() as u32), |s| {
        (s.norm_start, s.norm_end)
    })
}

/// Whether the normalized range `start..end` sits inside double quotes (typographic quotes and
/// «» are folded to `"` by normalization): an odd number of quote marks before it and one after
/// it. The speaker is citing words, not saying them.
pub(crate) fn is_quoted(t: &AnalyzedTurn, start: u32, end: u32) -> bool {
    let before = t.quotes.partition_point(|&q| q < start);
    before % 2 == 1 && t.quotes.last().is_some_and(|&q| q >= end)
}

/// Whether a cue sits inside double quotes.
pub(crate) fn cue_quoted(t: &AnalyzedTurn, cue: &CueMatch) -> bool {
    is_quoted(t, cue.norm_start, cue.norm_end)
}

/// Words of the turn that lie wholly between the normalized positions `a` and `b`.
pub(crate) fn words_between(t: &TurnText, a: u32, b: u32) -> usize {
    let lo = t.tokens.partition_point(|k| k.norm_start < a);
    let hi = t.tokens.partition_point(|k| k.norm_end <= b);
    hi.saturating_sub(lo)
}

/// Indices of the words of the turn that lie wholly inside the normalized range `a..b`.
pub(crate) fn word_range(t: &TurnText, a: u32, b: u32) -> std::ops::Range<usize> {
    let lo = t.tokens.partition_point(|k| k.norm_start < a);
    let hi = t.tokens.partition_point(|k| k.norm_end <= b);
    lo..hi.max(lo)
}

/// The words of the turn that lie wholly inside the normalized range `a..b`.
pub(crate) fn words_in(t: &TurnText, a: u32, b: u32) -> &[tact_lang::Token] {
    &t.tokens[word_range(t, a, b)]
}

/// Words of the turn that end at or before the normalized position `pos`.
pub(crate) fn words_before(t: &TurnText, pos: u32) -> usize {
    t.tokens.partition_point(|k| k.norm_end <= pos)
}

/// Whether a cue starting at the normalized position `pos` opens the sentence `a..b`: it starts
/// at the sentence's first word ("So I collect it myself.", "I said 400.").
pub(crate) fn opens(t: &TurnText, a: u32, b: u32, pos: u32) -> bool {
    words_in(t, a, b)
        .first()
        .is_some_and(|w| w.norm_start == pos)
}

/// Whether a cue of `lex` opens the sentence `a..b`.
pub(crate) fn opened_by(t: &TurnText, lex: LexId, a: u32, b: u32) -> bool {
    t.cues_in(lex, a, b).any(|m| opens(t, a, b, m.norm_start))
}

/// Whether the normalized range `a..b` holds a cue of any of `lexicons`.
pub(crate) fn has_any(t: &TurnText, lexicons: &[LexId], a: u32, b: u32) -> bool {
    lexicons
        .iter()
        .any(|&l| t.cues_in(l, a, b).next().is_some())
}

/// The words of the turn that overlap the normalized range `a..b`.
pub(crate) fn words_overlapping(t: &TurnText, a: u32, b: u32) -> &[tact_lang::Token] {
    let lo = t.tokens.partition_point(|k| k.norm_end <= a);
    let hi = t.tokens.partition_point(|k| k.norm_start < b);
    &t.tokens[lo..hi.max(lo)]
}

/// Cues of `lex` that cover the whole normalized range `start..end` (a cue that spans a word).
/// Cues never reach further back than the longest cue of the turn, which bounds the search.
pub(crate) fn cues_covering(
    t: &AnalyzedTurn,
    lex: LexId,
    start: u32,
    end: u32,
) -> impl Iterator<Item = &CueMatch> + '_ {
    let from = start.saturating_sub(t.longest_cue);
    let lo = t.text.cues.partition_point(|c| c.norm_start < from);
    let hi = t.text.cues.partition_point(|c| c.norm_start <= start);
    t.text.cues[lo..hi.max(lo)]
        .iter()
        .filter(move |c| c.lex == lex && c.norm_end >= end)
}

/// Cues that end before the normalized position `pos` with at most `words` words between their
/// end and `pos` ("I told you": the self-reference right before the reporting verb).
pub(crate) fn cues_just_before(
    t: &AnalyzedTurn,
    pos: u32,
    words: usize,
) -> impl Iterator<Item = &CueMatch> + '_ {
    let k = words_before(&t.text, pos);
    let from = t
        .text
        .tokens
        .get(k.saturating_sub(words + 1))
        .map_or(0, |tok| tok.norm_start)
        .saturating_sub(t.longest_cue);
    let lo = t.text.cues.partition_point(|c| c.norm_start < from);
    let hi = t.text.cues.partition_point(|c| c.norm_start < pos);
    t.text.cues[lo..hi.max(lo)]
        .iter()
        .filter(move |m| m.norm_end <= pos && words_between(&t.text, m.norm_end, pos) <= words)
}

/// Cues of `lex` that overlap the normalized range `start..end`.
pub(crate) fn cues_overlapping(
    t: &AnalyzedTurn,
    lex: LexId,
    start: u32,
    end: u32,
) -> impl Iterator<Item = &CueMatch> + '_ {
    t.text
        .cues_starting_in(start.saturating_sub(t.longest_cue), end)
        .iter()
        .filter(move |c| c.lex == lex && c.norm_end > start)
}

/// Whether a cue of `lex` covers the normalized range `start..end`.
pub(crate) fn covered(t: &AnalyzedTurn, lex: LexId, start: u32, end: u32) -> bool {
    cues_covering(t, lex, start, end).next().is_some()
}

/// The longest a message quotes of a turn, in characters.
const EXCERPT_CHARS: usize = 70;

/// `s` cut to about 70 characters at a word boundary, with "…" when cut, for messages.
pub(crate) fn shorten(s: &str) -> String {
    let s = s.trim();
    let Some((cut, _)) = s.char_indices().nth(EXCERPT_CHARS) else {
        return s.to_string();
    };
    let head = &s[..cut];
    let head = head.rsplit_once(' ').map_or(head, |(a, _)| a);
    format!("{}…", head.trim_end())
}

/// The first sentence of a turn, shortened, for messages (the whole text when it has none).
pub(crate) fn excerpt(t: &AnalyzedTurn, text: &str) -> String {
    shorten(
        t.sentences
            .first()
            .and_then(|s| text.get(s.span.start..s.span.end))
            .unwrap_or(text),
    )
}

/// How the dialogue layer reads the sentence holding normalized offset `pos` of turn `i`, when
/// that sentence is a question.
pub(crate) fn question_at<'a>(
    c: &'a crate::Analyzed<'_>,
    i: usize,
    pos: u32,
) -> Option<&'a tact_dialogue::Question> {
    let t = &c.turns[i];
    let k = t.sentences.partition_point(|s| s.norm_end <= pos);
    t.sentences.get(k).filter(|s| s.norm_start <= pos)?;
    c.dialogue.turns[i]
        .questions
        .iter()
        .find(|q| q.sentence == k)
}

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
    negations_before(t, cue).any(|n| !covered(t, lex::THREAT_CONDITION, n.norm_start, n.norm_end))
}

/// Negations in the cue's sentence at most two words before it: what [`negated`] and
/// [`negated_in_clause`] weigh.
fn negations_before<'a>(t: &'a AnalyzedTurn, cue: &CueMatch) -> impl Iterator<Item = &'a CueMatch> {
    let (start, _) = sentence_bounds(t, cue.norm_start);
    let at = cue.norm_start;
    t.text
        .cues_in(lex::NEGATOR, start, at)
        .filter(move |n| words_between(&t.text, n.norm_end, at) <= 2)
}

/// Whether a negation stands before the cue within [`negated`]'s reach with no punctuation
/// between: "non possiamo rimborsarla" denies the refund, "don't worry, we'll refund you" grants
/// it.
pub(crate) fn negated_in_clause(t: &AnalyzedTurn, cue: &CueMatch) -> bool {
    negations_before(t, cue).any(|n| {
        t.text.norm.text[n.norm_end as usize..cue.norm_start as usize]
            .chars()
            .all(|ch| ch.is_alphanumeric() || ch.is_whitespace() || ch == '\'' || ch == '-')
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

/// The sentence of turn `i` that puts something else on offer ("another option is the Off-Peak
/// plan at €29.99", "instead of a replacement, we can give you £15 off"): an `alternative_offer`
/// or `instead_of` cue in the speaker's own words, priced or pitched (`pitch_phrase`) in the same
/// sentence. An offer word alone ("your membership") names what was asked for as often as
/// something else, and "instead of" next to one of two prices compares amounts ("€450 instead of
/// €499", "450 euroa 499 euron sijaan").
pub(crate) fn pitched_alternative(c: &crate::Analyzed<'_>, i: usize) -> Option<tact_model::Span> {
    let t = &c.turns[i];
    let entities = &c.dialogue.turns[i].entities;
    t.text
        .cues
        .iter()
        .filter(|m| m.lex == lex::ALTERNATIVE_OFFER || m.lex == lex::INSTEAD_OF)
        .find_map(|m| {
            if !own_words(t, m) {
                return None;
            }
            let s = sentence_at(t, m.norm_start)?;
            let prices: Vec<_> = tact_dialogue::amounts_in(entities, s).collect();
            let next_to_cue = |e: &&tact_dialogue::Entity| {
                let (lo, hi) = if e.norm_end <= m.norm_start {
                    (e.norm_end, m.norm_start)
                } else {
                    (m.norm_end, e.norm_start)
                };
                lo <= hi && words_between(&t.text, lo, hi) <= 1
            };
            let compares =
                m.lex == lex::INSTEAD_OF && prices.len() > 1 && prices.iter().any(next_to_cue);
            (!compares && priced_or(c, i, s, lex::PITCH_PHRASE)).then_some(s.span)
        })
}

/// Whether sentence `s` of turn `i` names a price, or holds a cue of `lex`: what makes an
/// alternative or a warning about a deal sell something.
pub(crate) fn priced_or(c: &crate::Analyzed<'_>, i: usize, s: &Sentence, lex: LexId) -> bool {
    tact_dialogue::money_in(&c.dialogue.turns[i].entities, s).is_some()
        || c.turns[i]
            .text
            .cues_in(lex, s.norm_start, s.norm_end)
            .next()
            .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Analyzed;
    use tact_lang::lex;
    use tact_model::{Conversation, Role, Turn};

    fn analyzed(text: &str) -> Conversation {
        Conversation {
            language: Some("en".into()),
            turns: vec![Turn::new(Role::Agent, text)],
            ..Conversation::default()
        }
    }

    /// The naive answers the binary searches must agree with.
    fn slow_words_between(t: &TurnText, a: u32, b: u32) -> usize {
        t.tokens
            .iter()
            .filter(|k| k.norm_start >= a && k.norm_end <= b)
            .count()
    }

    #[test]
    fn binary_searches_agree_with_scanning_every_word() {
        let conv = analyzed("Well, \"only today\" he said. Then: no, not now! Fine? ok");
        let a = Analyzed::new(&conv, None);
        let t = &a.turns[0];
        let n = t.text.norm.text.len() as u32;
        for x in 0..=n {
            for y in x..=n {
                assert_eq!(
                    words_between(&t.text, x, y),
                    slow_words_between(&t.text, x, y),
                    "{x}..{y}"
                );
            }
            let slow_before = t.text.tokens.iter().filter(|k| k.norm_end <= x).count();
            assert_eq!(words_before(&t.text, x), slow_before);
            let slow_sentence = t
                .sentences
                .iter()
                .position(|s| s.norm_start <= x && x < s.norm_end.max(s.norm_start + 1));
            assert_eq!(sentence_index(t, x), slow_sentence, "at {x}");
        }
    }

    #[test]
    fn quotes_need_an_opening_before_and_a_closing_after() {
        let conv = analyzed("He wrote \"only today\" and then \"again");
        let a = Analyzed::new(&conv, None);
        let t = &a.turns[0];
        let text = t.text.norm.text.clone();
        let at = |w: &str| text.find(w).map(|p| p as u32).unwrap_or(u32::MAX);
        assert!(is_quoted(t, at("only"), at("only") + 4));
        assert!(!is_quoted(t, at("wrote"), at("wrote") + 5));
        assert!(!is_quoted(t, at("and"), at("and") + 3));
        // An opening quote with no closing one quotes nothing.
        assert!(!is_quoted(t, at("again"), at("again") + 5));
    }

    #[test]
    fn cues_in_a_range_are_only_those_wholly_inside_it() {
        let conv = analyzed("No thanks. I said no thanks, not now.");
        let a = Analyzed::new(&conv, None);
        let t = &a.turns[0];
        let all: Vec<_> = t.text.cues_of(lex::REFUSAL).collect();
        assert!(all.len() >= 2, "refusal cues: {all:?}");
        let first_end = t.sentences[0].norm_end;
        let inside: Vec<_> = t.text.cues_in(lex::REFUSAL, 0, first_end).collect();
        assert!(!inside.is_empty());
        assert!(inside.iter().all(|c| c.norm_end <= first_end));
        assert!(inside.len() < all.len());
        for c in &all {
            assert!(covered(t, lex::REFUSAL, c.norm_start, c.norm_end));
        }
    }

    #[test]
    fn excerpts_are_cut_at_a_word_and_marked() {
        assert_eq!(shorten("  short one "), "short one");
        let long = "word ".repeat(30);
        let s = shorten(&long);
        assert!(s.ends_with('…'), "{s}");
        assert!(s.chars().count() <= EXCERPT_CHARS + 1);
        assert!(!s.contains("wor…"), "cut inside a word: {s}");
    }
}
