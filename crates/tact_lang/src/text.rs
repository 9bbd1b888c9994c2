//! Tokens with byte spans into the original text, Snowball stems, and the per-turn bundle of
//! normalized text, tokens and cue matches that rules and metrics read.

use crate::{normalize, CueMatch, Lang, Lexicons, Normalized};
use rust_stemmers::Stemmer;
use std::sync::OnceLock;
use tact_model::Span;
use unicode_segmentation::UnicodeSegmentation;

/// A word of a turn: its range in the normalized text and its span in the original.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub norm_start: u32,
    pub norm_end: u32,
    pub span: Span,
}

impl Token {
    pub fn norm<'a>(&self, n: &'a Normalized) -> &'a str {
        &n.text[self.norm_start as usize..self.norm_end as usize]
    }
}

/// Splits normalized text into words. Elided articles and pronouns ("l'offerta", "dell'anno",
/// "s-a") become separate words, except in English where "don't" is one word.
pub fn tokenize(n: &Normalized, lang: Option<Lang>) -> Vec<Token> {
    let split_elision = lang != Some(Lang::En);
    let mut out = Vec::with_capacity(n.text.len() / 5 + 1);
    let mut push = |s: usize, e: usize| {
        out.push(Token {
            norm_start: s as u32,
            norm_end: e as u32,
            span: n.to_original(s, e),
        });
    };
    for (i, w) in n.text.unicode_word_indices() {
        if split_elision && w.contains('\'') {
            let mut start = i;
            for part in w.split_inclusive('\'') {
                let end = start + part.len();
                let core_end = if part.ends_with('\'') { end - 1 } else { end };
                if core_end > start {
                    push(start, core_end);
                }
                start = end;
            }
        } else {
            push(i, i + w.len());
        }
    }
    out
}

fn stemmers() -> &'static [Stemmer] {
    static STEMMERS: OnceLock<Vec<Stemmer>> = OnceLock::new();
    STEMMERS.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|l| Stemmer::create(l.stemmer_algorithm()))
            .collect()
    })
}

/// Words whose stems each thread remembers per language; the cache is emptied when full, so
/// memory stays bounded on any input.
const STEM_CACHE_WORDS: usize = 1 << 16;

thread_local! {
    // Word frequencies are Zipfian: a small cache answers most lookups without running Snowball.
    // Keys are short words the analyzer made itself: a fast hash, not a DoS-resistant one.
    static STEM_CACHE: std::cell::RefCell<Vec<rustc_hash::FxHashMap<String, String>>> =
        std::cell::RefCell::new(vec![rustc_hash::FxHashMap::default(); Lang::ALL.len()]);
}

/// The Snowball stem of a word, folded like normalized text so stems compare across spellings.
pub fn stem(lang: Lang, word: &str) -> String {
    STEM_CACHE.with_borrow_mut(|caches| {
        let cache = &mut caches[lang.index()];
        if let Some(s) = cache.get(word) {
            return s.clone();
        }
        let lower = word.to_lowercase();
        let s = crate::fold(&stemmers()[lang.index()].stem(&lower));
        if cache.len() >= STEM_CACHE_WORDS {
            cache.clear();
        }
        cache.insert(word.to_string(), s.clone());
        s
    })
}

/// One turn's text as the rules see it.
#[derive(Debug, Clone, Default)]
pub struct TurnText {
    pub norm: Normalized,
    pub tokens: Vec<Token>,
    pub cues: Vec<CueMatch>,
}

/// How far, in bytes, a cue that touches a position may start from it: the longest
/// single-phrase cue that sits next to a number (a clock word, a unit) and a few spaces.
const TOUCH_REACH: u32 = 64;

impl TurnText {
    pub fn new(text: &str, lang: Lang) -> Self {
        let norm = normalize(text);
        let tokens = tokenize(&norm, Some(lang));
        let cues = Lexicons::get().find(lang, &norm);
        TurnText { norm, tokens, cues }
    }

    pub fn word_count(&self) -> usize {
        self.tokens.len()
    }

    /// Words in normalized form.
    pub fn words(&self) -> impl Iterator<Item = &str> + '_ {
        self.tokens.iter().map(|t| t.norm(&self.norm))
    }

    /// Cue matches of one lexicon, in text order.
    pub fn cues_of(&self, lex: crate::LexId) -> impl Iterator<Item = &CueMatch> + '_ {
        self.cues.iter().filter(move |c| c.lex == lex)
    }

    pub fn has(&self, lex: crate::LexId) -> bool {
        self.cues.iter().any(|c| c.lex == lex)
    }

    pub fn first(&self, lex: crate::LexId) -> Option<&CueMatch> {
        self.cues.iter().find(|c| c.lex == lex)
    }

    /// Whether each token carries content: not a stop word, a number, or a one- or two-letter
    /// word. Tokens and the stop-word cues (which never overlap each other) are both in text
    /// order, so one merge pass marks them.
    pub fn content_mask(&self) -> Vec<bool> {
        let mut stops = self.cues_of(crate::lex::STOPWORDS).peekable();
        self.tokens
            .iter()
            .map(|tok| {
                while stops.next_if(|c| c.norm_end <= tok.norm_start).is_some() {}
                let stop = stops
                    .peek()
                    .is_some_and(|c| c.norm_start <= tok.norm_start && c.norm_end >= tok.norm_end);
                let w = tok.norm(&self.norm);
                !stop && w.chars().nth(2).is_some() && !w.bytes().all(|b| b.is_ascii_digit())
            })
            .collect()
    }

    /// Cues that start inside the normalized range `start..end` (cues are sorted by start).
    pub fn cues_starting_in(&self, start: u32, end: u32) -> &[CueMatch] {
        let lo = self.cues.partition_point(|c| c.norm_start < start);
        let hi = self.cues.partition_point(|c| c.norm_start < end);
        &self.cues[lo..hi.max(lo)]
    }

    /// Whether a cue of `lex` ends at or before the normalized position `pos` with nothing but
    /// white space between ("alle 9", "after 6"): a binary search within [`TOUCH_REACH`] bytes.
    pub fn cue_right_before(&self, lex: crate::LexId, pos: u32) -> bool {
        self.cues_in(lex, pos.saturating_sub(TOUCH_REACH), pos)
            .any(|c| {
                self.norm.text[c.norm_end as usize..pos as usize]
                    .trim()
                    .is_empty()
            })
    }

    /// Whether a cue of `lex` starts at or after the normalized position `pos` with nothing but
    /// white space between ("2 days", "klo 18 jälkeen").
    pub fn cue_right_after(&self, lex: crate::LexId, pos: u32) -> bool {
        self.cues_in(lex, pos, pos.saturating_add(TOUCH_REACH))
            .any(|c| {
                self.norm.text[pos as usize..c.norm_start as usize]
                    .trim()
                    .is_empty()
            })
    }

    /// Cues of `lex` that lie wholly inside the normalized range `start..end`, in text order.
    pub fn cues_in(
        &self,
        lex: crate::LexId,
        start: u32,
        end: u32,
    ) -> impl DoubleEndedIterator<Item = &CueMatch> + '_ {
        self.cues_starting_in(start, end)
            .iter()
            .filter(move |c| c.lex == lex && c.norm_end <= end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str, lang: Lang) -> Vec<String> {
        let n = normalize(s);
        tokenize(&n, Some(lang))
            .iter()
            .map(|t| t.norm(&n).to_string())
            .collect()
    }

    #[test]
    fn italian_elision_splits_but_english_contractions_do_not() {
        assert_eq!(
            words("L'offerta è dell'anno", Lang::It),
            ["l", "offerta", "e", "dell", "anno"]
        );
        assert_eq!(words("I don't know", Lang::En), ["i", "don't", "know"]);
    }

    #[test]
    fn token_spans_quote_the_original() {
        let s = "Όχι ευχαριστώ";
        let n = normalize(s);
        let t = tokenize(&n, Some(Lang::El));
        assert_eq!(&s[t[1].span.start..t[1].span.end], "ευχαριστώ");
    }

    #[test]
    fn stems_conflate_inflections_in_every_language() {
        assert_eq!(stem(Lang::En, "offers"), stem(Lang::En, "offer"));
        assert_eq!(stem(Lang::It, "offerte"), stem(Lang::It, "offerta"));
        assert_eq!(stem(Lang::Ro, "ofertele"), stem(Lang::Ro, "oferta"));
        assert_eq!(stem(Lang::Fi, "takuuta"), stem(Lang::Fi, "takuun"));
        assert_eq!(stem(Lang::Fi, "tarjouksen"), stem(Lang::Fi, "tarjoukset"));
        assert_eq!(stem(Lang::El, "προσφορές"), stem(Lang::El, "προσφορά"));
    }
}
