//! What the pressure rules share: short evidence spans cut from long turns.

use crate::AnalyzedTurn;
use tact_model::Span;

/// The span of the first `n` words of a turn, kept inside its first sentence so a quote from a
/// long turn stays readable.
pub(crate) fn lead_words(turn: &AnalyzedTurn, n: usize) -> Span {
    let toks = &turn.text.tokens;
    let Some(first) = toks.first() else {
        return Span::new(0, 0);
    };
    let sentence_end = turn
        .sentences
        .first()
        .map_or(usize::MAX, |s| s.norm_end as usize);
    let last = toks
        .iter()
        .take(n.max(1))
        .take_while(|t| t.norm_end as usize <= sentence_end)
        .last()
        .unwrap_or(first);
    Span::new(first.span.start, last.span.end)
}

/// The span of the last `n` words of a turn.
pub(crate) fn tail_words(turn: &AnalyzedTurn, n: usize) -> Span {
    let toks = &turn.text.tokens;
    match (
        toks.len()
            .checked_sub(n.max(1))
            .map(|k| &toks[k])
            .or(toks.first()),
        toks.last(),
    ) {
        (Some(a), Some(b)) => Span::new(a.span.start, b.span.end),
        _ => Span::new(0, 0),
    }
}
