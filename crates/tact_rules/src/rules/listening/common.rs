//! What the listening rules share: content stems of part of a turn, prices and budgets read from
//! numbers, what makes a seller turn a pitch, and which questions are only greetings.

use crate::predicates::{cues_covering, cues_overlapping, words_in};
use crate::{Analyzed, AnalyzedTurn, Sentence};
use std::borrow::Cow;
use tact_dialogue::{glued_amount, parse_number};
use tact_lang::{lex, CueMatch, LexId, Token};
use tact_model::Span;

fn covered(turn: &AnalyzedTurn, l: LexId, tok: &Token) -> bool {
    crate::predicates::covered(turn, l, tok.norm_start, tok.norm_end)
}

/// Whether a token starts inside a sentence: "1.500" straddles the sentence splitter's full stop.
/// Distinct content stems of turn `i`, restricted to sentence `s` when given, leaving out the
/// words covered by a cue of `skip` (so a need cue's own words do not count as its content).
pub(crate) fn stems<'a>(
    c: &'a Analyzed<'_>,
    i: usize,
    s: Option<&Sentence>,
    skip: &[LexId],
) -> Cow<'a, [String]> {
    if s.is_none() && skip.is_empty() {
        return Cow::Borrowed(c.distinct_stems(i));
    }
    let t = &c.turns[i];
    Cow::Owned(c.distinct_stems_where(i, s, |tok| !skip.iter().any(|&l| covered(t, l, tok))))
}

/// The numbers of turn `i` as written ("44812", "1.500"): order numbers and amounts that a
/// customer may have to give twice, which content stems leave out.
pub(crate) fn number_words(c: &Analyzed<'_>, i: usize) -> Vec<String> {
    let t = &c.turns[i].text;
    let mut out: Vec<String> = Vec::new();
    for w in t.words() {
        if w.starts_with(|ch: char| ch.is_ascii_digit()) && !out.iter().any(|o| o == w) {
            out.push(w.to_string());
        }
    }
    out
}

/// How many of `a` occur in `b`.
pub(crate) fn shared(a: &[String], b: &[String]) -> usize {
    a.iter().filter(|x| b.contains(x)).count()
}

/// Whether `said` takes up enough of a question's words to count as answering it: one word of
/// a short question or its last word (its focus: "is there parking?"), else two (a long email
/// question shares a word by chance).
pub(crate) fn takes_up(question: &[String], said: &[String]) -> bool {
    let n = shared(question, said);
    n >= 2 || (n == 1 && (question.len() <= 3 || question.last().is_some_and(|w| said.contains(w))))
}

/// Whether `now` asks the question `then` again: with a repeat marker and a shared word, or
/// nearly word for word both ways. A follow-up on the same topic ("how long have you worked for
/// Save the Children?" after "how long has Save the Children existed?") is a new question.
pub(crate) fn same_question(then: &[String], now: &[String], marked: bool) -> bool {
    let n = shared(then, now);
    (marked && n > 0) || (n >= 2 && 5 * n >= 4 * then.len() && 5 * n >= 4 * now.len())
}

/// The cues of lexicon `repeat_marker` that say the speaker said it before ("as I said",
/// "ripeto"), without the bare "again" words it also lists ("di nuovo", "ξανά"), which say only
/// that something happens once more ("will I pay again?").
pub(crate) fn said_before<'a>(t: &'a AnalyzedTurn) -> impl Iterator<Item = &'a CueMatch> + 'a {
    t.text
        .cues_of(lex::REPEAT_MARKER)
        .filter(move |m| !crate::predicates::covered(t, lex::BARE_AGAIN, m.norm_start, m.norm_end))
}

/// The cues of lexicon `asked_before` ("I asked about", "ho chiesto") that are not relief at
/// having asked (lexicon `glad_asked`: "good thing I asked about the deposit"): those say the
/// question was answered, not that it went unheard.
pub(crate) fn asked_before<'a>(t: &'a AnalyzedTurn) -> impl Iterator<Item = &'a CueMatch> + 'a {
    t.text.cues_of(lex::ASKED_BEFORE).filter(move |m| {
        cues_overlapping(t, lex::GLAD_ASKED, m.norm_start, m.norm_end)
            .next()
            .is_none()
    })
}

/// A question the customer asked, or asked again ("and I asked about the parking").
pub(crate) struct Asked<'a> {
    pub turn: usize,
    pub sentence: &'a Sentence,
    pub stems: Vec<String>,
    /// It says it is asking again ("as I said", "din nou").
    pub marked: bool,
    /// Its first word, to tell "KAUANKO TOIMITUS KESTÄÄ" (the question without its mark) from an
    /// answer that reuses the question's words.
    pub first_word: String,
}

/// Whether `later` asks `q` again.
pub(crate) fn asks_again(q: &Asked<'_>, later: &Asked<'_>) -> bool {
    same_question(&q.stems, &later.stems, later.marked)
}

/// The customer's questions in order: question sentences that are not greetings, and sentences
/// that ask an earlier question again, with a repeat marker or nearly word for word.
/// How many earlier customer questions a sentence is compared with to tell whether it asks one
/// of them again: a bound that keeps a 100,000-turn conversation linear, far beyond what any
/// customer remembers asking.
pub(crate) const QUESTION_WINDOW: usize = 50;

pub(crate) fn questions<'a>(c: &'a Analyzed<'_>) -> Vec<Asked<'a>> {
    let mut out: Vec<Asked<'a>> = Vec::new();
    for ci in c.customer_turns() {
        let t = &c.turns[ci];
        for s in &t.sentences {
            if is_phatic(c, ci, s) {
                continue;
            }
            let st = stems(
                c,
                ci,
                Some(s),
                &[lex::PHATIC_QUESTION, lex::REPEAT_MARKER, lex::ASKED_BEFORE],
            );
            if st.is_empty() {
                continue;
            }
            // "And I asked about the parking" asks again; "as I said" does so only in a question.
            let asks_before =
                asked_before(t).any(|m| m.norm_start >= s.norm_start && m.norm_end <= s.norm_end);
            let marked = asks_before
                || (s.is_question
                    && said_before(t)
                        .any(|m| m.norm_start >= s.norm_start && m.norm_end <= s.norm_end));
            let first_word = words_in(&t.text, s.norm_start, s.norm_end)
                .first()
                .map_or(String::new(), |tok| tok.norm(&t.text.norm).to_string());
            let this = Asked {
                turn: ci,
                sentence: s,
                stems: st.into_owned(),
                marked,
                first_word,
            };
            let again =
                |q: &Asked<'_>| asks_again(q, &this) && (marked || q.first_word == this.first_word);
            let recent = out.len().saturating_sub(QUESTION_WINDOW);
            if s.is_question || out[recent..].iter().any(again) {
                out.push(this);
            }
        }
    }
    out
}

/// A number said in a turn.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Amount {
    pub value: f64,
    /// The number, with its currency or price period when it has one.
    pub span: Span,
    /// Index of its token in the turn.
    pub token: usize,
    /// It reads as money: a currency or a price period next to it.
    pub money: bool,
    /// A recurring or instalment amount ("45 a month", "12 x 416", "payments of $75").
    pub periodic: bool,
}

/// The span of the price expression around number token `k` ("79 euro", "€79", "79 de lei",
/// "EUR 79", "45 a month"), or `None` when nothing next to it makes it money.
fn money_span(turn: &AnalyzedTurn, k: usize) -> Option<Span> {
    let t = &turn.text;
    let toks = &t.tokens;
    let tok = &toks[k];
    let text = t.norm.text.as_str();
    let before = text[..tok.norm_start as usize].trim_end_matches(' ');
    let after = text[tok.norm_end as usize..].trim_start_matches(' ');
    let symbol = |ch: char| matches!(ch, '€' | '$' | '£');
    if before.chars().next_back().is_some_and(symbol) || after.chars().next().is_some_and(symbol) {
        return Some(tok.span);
    }
    let unit_at = |j: usize| {
        toks.get(j).and_then(|next| {
            t.cues_starting_in(next.norm_start, next.norm_start + 1)
                .iter()
                .find(|c| c.lex == lex::PRICE_UNIT)
        })
    };
    // "79 de euro": a short linking word may stand between number and currency.
    let linker = toks
        .get(k + 1)
        .is_some_and(|next| next.norm(&t.norm).chars().count() <= 2);
    if let Some(u) = unit_at(k + 1).or_else(|| if linker { unit_at(k + 2) } else { None }) {
        return Some(Span::new(tok.span.start, u.span.end));
    }
    let prev_end = k.checked_sub(1).map(|p| toks[p].norm_end)?;
    cues_covering(turn, lex::PRICE_UNIT, prev_end, prev_end)
        .find(|c| c.norm_end == prev_end)
        .map(|u| Span::new(u.span.start, tok.span.end))
}

/// The amounts among tokens `range` of turn `i`.
fn amounts_in(c: &Analyzed<'_>, i: usize, range: std::ops::Range<usize>) -> Vec<Amount> {
    let turn = &c.turns[i];
    let t = &turn.text;
    // The dialogue layer reads numbers that span words ("1 299" grouped with a space); its
    // reading wins where one starts, so both layers agree on what a number is.
    let read = &c.dialogue.turns[i].entities;
    let mut out = Vec::new();
    let mut k = range.start;
    while k < range.end {
        let tok = t.tokens[k];
        let word = tok.norm(&t.norm);
        // The entities are in text order: a binary search keeps a long turn of many numbers
        // linear.
        let at = read.partition_point(|e| e.norm_start < tok.norm_start);
        // A clock time ("21:40", "verso le 23") is no amount, nor is any word of it. Entities
        // do not overlap: the one starting at or last before this word is the only one that
        // can cover it.
        let upto = at
            + read[at..]
                .iter()
                .take_while(|e| e.norm_start == tok.norm_start)
                .count();
        let clock = read[..upto]
            .last()
            .filter(|e| e.kind == tact_dialogue::EntityKind::Time && e.norm_end > tok.norm_start);
        if let Some(e) = clock {
            k = (k..range.end)
                .find(|&j| t.tokens[j].norm_start >= e.norm_end)
                .unwrap_or(range.end);
            continue;
        }
        let whole = read[at..]
            .iter()
            .take_while(|e| e.norm_start == tok.norm_start)
            .find(|e| e.norm_end > tok.norm_end);
        // The last word of the number: the unit that follows it is looked for after it.
        let last = whole.map_or(k, |e| {
            (k..range.end)
                .take_while(|&j| t.tokens[j].norm_end <= e.norm_end)
                .last()
                .unwrap_or(k)
        });
        let glued = glued_amount(word, turn.lang);
        let value = whole
            .map(|e| e.value)
            .or_else(|| parse_number(word))
            .or(glued);
        if let Some(value) = value {
            let span = Span::new(tok.span.start, t.tokens[last].span.end);
            let money = glued
                .map(|_| tok.span)
                .or_else(|| money_span(turn, last).map(|m| Span::new(span.start, m.end)))
                .or_else(|| {
                    (last != k)
                        .then(|| money_span(turn, k))
                        .flatten()
                        .map(|m| Span::new(m.start, span.end))
                });
            let near = |j: usize| {
                t.tokens
                    .get(j)
                    .is_some_and(|w| covered(turn, lex::PRICE_PERIOD, w))
            };
            let periodic = (last + 1..last + 4).any(near) || (k.saturating_sub(4)..k).any(near);
            out.push(Amount {
                value,
                span: money.unwrap_or(span),
                token: k,
                money: money.is_some(),
                periodic,
            });
        }
        k = last + 1;
    }
    out
}

/// Token indices of sentence `s` of turn `i`.
fn sentence_tokens(c: &Analyzed<'_>, i: usize, s: &Sentence) -> std::ops::Range<usize> {
    crate::predicates::word_range(&c.turns[i].text, s.norm_start, s.norm_end)
}

pub(crate) fn amounts(c: &Analyzed<'_>, i: usize) -> Vec<Amount> {
    amounts_in(c, i, 0..c.turns[i].text.tokens.len())
}

pub(crate) fn prices(c: &Analyzed<'_>, i: usize) -> Vec<Amount> {
    amounts(c, i).into_iter().filter(|a| a.money).collect()
}

/// The spending limit a customer states in turn `i` ("my budget is 300", "500 euros at most"):
/// the largest amount in the sentence of a budget cue, and the span from cue to number, so that
/// a range ("between 500 and 700", "600-650") is read at its top and a price inside it is not
/// called above it. A bare number counts only when it is not followed by a unit ("100 GB") or a
/// length of time ("24 hours"), is not a year ("până în 2026"), and is large enough not to be an
/// hour or a quantity.
pub(crate) fn budget(c: &Analyzed<'_>, i: usize) -> Option<(Amount, Span)> {
    let at = &c.turns[i];
    let t = &at.text;
    let mut best: Option<(u32, Amount, Span)> = None;
    for cue in t.cues_of(lex::BUDGET_LIMIT) {
        let Some(s) = crate::predicates::sentence_at(at, cue.norm_start)
            .filter(|s| cue.norm_end <= s.norm_end)
        else {
            continue;
        };
        for a in &amounts_in(c, i, sentence_tokens(c, i, s)) {
            let tok = &t.tokens[a.token];
            // A bare number up to 24 after "until" is as often an hour ("open until 22") as a
            // sum.
            let bare_ok = a.value > 24.0
                && t.tokens.get(a.token + 1).is_none_or(|next| {
                    next.norm_start >= s.norm_end
                        || covered(at, lex::STOPWORDS, next)
                        || covered(at, lex::BUDGET_LIMIT, next)
                });
            // "less than 24 hours", "mai puțin de 24 de ore": a length of time, not a limit
            // ("50 a month" is a price period, and a limit).
            let duration = !a.periodic
                && t.tokens[a.token + 1..]
                    .iter()
                    .take(3)
                    .take_while(|w| w.norm_end <= s.norm_end)
                    .find(|w| !covered(at, lex::STOPWORDS, w))
                    .is_some_and(|w| {
                        covered(at, lex::DURATION_UNIT, w) && !covered(at, lex::PRICE_PERIOD, w)
                    });
            // "valabil până în 2026": a bare year is no sum of money.
            let year = (1900.0..=2100.0).contains(&a.value)
                && a.value.fract() == 0.0
                && c.quote(i, a.span).len() == 4;
            if !a.money && (!bare_ok || duration || year) {
                continue;
            }
            if best.is_none_or(|(_, b, _)| a.value > b.value) {
                let span = Span::new(
                    cue.span.start.min(a.span.start),
                    cue.span.end.max(a.span.end),
                );
                best = Some((tok.norm_start, *a, span));
            }
        }
    }
    best.map(|(_, a, span)| (a, span))
}

/// Offer and pitch cues of turn `i`, leaving out price periods ("a month", "al mese") that the
/// offer lexicon also lists: they make an offer only next to a number.
/// Offer and pitch cues starting in the normalized range `start..end` that are not part of a
/// price ("a month" in a price period is not an offer).
fn offer_cues(turn: &AnalyzedTurn, start: u32, end: u32) -> impl Iterator<Item = &CueMatch> + '_ {
    turn.text
        .cues_starting_in(start, end)
        .iter()
        .filter(move |q| {
            (q.lex == lex::OFFER || q.lex == lex::PITCH_PHRASE)
                && !crate::predicates::covered(turn, lex::PRICE_UNIT, q.norm_start, q.norm_end)
        })
}

/// What makes seller turn `i` a pitch: an own-initiative recommendation ("I recommend", "on
/// offer") backed by a price or a second offer cue, or an offer word with a price. A lone "I
/// recommend" is as often advice ("restart the router") as a sale. Returns the first cue.
pub(crate) fn pitch(c: &Analyzed<'_>, i: usize) -> Option<CueMatch> {
    let turn = &c.turns[i];
    let t = &turn.text;
    let priced = !prices(c, i).is_empty();
    if let Some(p) = t.first(lex::PITCH_PHRASE) {
        let second = offer_cues(turn, 0, u32::MAX)
            .any(|q| q.norm_start >= p.norm_end || q.norm_end <= p.norm_start);
        if priced || second {
            return Some(*p);
        }
    }
    let offer = t.first(lex::OFFER)?;
    priced.then_some(*offer)
}

/// A greeting or contact question ("how are you?", "can you hear me?", "hi, is this Ben?"):
/// every content word of the sentence belongs to a phatic cue or is a name (capitalised, not
/// first in the sentence).
pub(crate) fn is_phatic(c: &Analyzed<'_>, i: usize, s: &Sentence) -> bool {
    let turn = &c.turns[i];
    let has_cue = turn
        .text
        .cues_in(lex::PHATIC_QUESTION, s.norm_start, s.norm_end)
        .next()
        .is_some();
    let name = |tok: &Token| {
        tok.span.start > s.span.start && c.quote(i, tok.span).starts_with(char::is_uppercase)
    };
    has_cue
        && c.content_tokens_in(i, sentence_tokens(c, i, s))
            .all(|tok| covered(turn, lex::PHATIC_QUESTION, tok) || name(tok))
}

/// A question by the seller about the customer (needs, use, preferences): a question sentence
/// that is neither a greeting nor itself an offer ("would you like to add the warranty?", a
/// question with a price). "To recommend the right one, what will she study?" is discovery.
pub(crate) fn is_discovery(c: &Analyzed<'_>, i: usize, s: &Sentence) -> bool {
    let turn = &c.turns[i];
    let offers: Vec<&CueMatch> = offer_cues(turn, s.norm_start, s.norm_end)
        .filter(|q| q.norm_end <= s.norm_end)
        .collect();
    let priced = amounts_in(c, i, sentence_tokens(c, i, s))
        .iter()
        .any(|a| a.money);
    // Two offer cues that do not overlap: a recommendation and the thing recommended.
    let offer_question = offers.iter().any(|a| {
        offers
            .iter()
            .any(|b| b.norm_start >= a.norm_end || b.norm_end <= a.norm_start)
    });
    // A price in the question makes it an offer only next to an offer word.
    let priced_offer = priced && !offers.is_empty();
    s.is_question && !is_phatic(c, i, s) && !priced_offer && !offer_question
}

/// Turn `i` acknowledges what the customer said ("I understand", "within your budget") and does
/// not take it back at once ("I understand, but ...").
pub(crate) fn acknowledges(c: &Analyzed<'_>, i: usize) -> bool {
    let t = &c.turns[i].text;
    t.cues_of(lex::NEED_ACKNOWLEDGEMENT).any(|ack| {
        let from = t
            .tokens
            .partition_point(|tok| tok.norm_start < ack.norm_end);
        !t.tokens[from..].iter().take(3).any(|tok| {
            t.cues_starting_in(tok.norm_start, tok.norm_start + 1)
                .iter()
                .any(|q| q.lex == lex::CONTRAST_TURN)
        })
    })
}

/// Seller turn `i` asks the customer a discovery question.
pub(crate) fn asks_discovery(c: &Analyzed<'_>, i: usize) -> bool {
    c.turns[i].questions().any(|s| is_discovery(c, i, s))
}

/// The sentence of turn `i` that holds the normalized offset `at`.
pub(crate) fn sentence_at<'a>(c: &'a Analyzed<'_>, i: usize, at: u32) -> Option<&'a Sentence> {
    crate::predicates::sentence_at(&c.turns[i], at)
}

/// The sentence of turn `i` around a cue, as evidence that reads on its own; the whole turn when
/// the cue falls outside every sentence.
pub(crate) fn sentence_span(c: &Analyzed<'_>, i: usize, cue: &CueMatch) -> Span {
    sentence_at(c, i, cue.norm_start).map_or(Span::new(0, c.text(i).len()), |s| s.span)
}

/// The first sentence of turn `i`, or the whole turn: the evidence shown when a turn is at fault
/// for what it leaves out rather than for a word it says.
pub(crate) fn first_sentence_span(c: &Analyzed<'_>, i: usize) -> Span {
    c.turns[i]
        .sentences
        .first()
        .map_or(Span::new(0, c.text(i).len()), |s| s.span)
}
