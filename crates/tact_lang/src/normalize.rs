//! Normalization that lets a cue written once match the text people really type: case, accents,
//! Greek final sigma, Romanian comma/cedilla letters, typographic apostrophes and quotes — while
//! remembering where every normalized byte came from, so evidence is quoted from the original.

use tact_model::Span;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Normalized text plus the map back to the original text's byte offsets.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    pub text: String,
    /// For each normalized byte, the byte range of the original character it came from;
    /// empty when the mapping is the identity (pure ASCII input).
    origin: Vec<(u32, u32)>,
}

impl Normalized {
    /// Maps a byte range of the normalized text to the smallest original range covering it.
    pub fn to_original(&self, start: usize, end: usize) -> Span {
        if self.origin.is_empty() {
            return Span::new(start, end);
        }
        let s = self
            .origin
            .get(start)
            .map_or_else(|| self.origin_len(), |o| o.0 as usize);
        let e = if end == 0 {
            s
        } else {
            self.origin
                .get(end - 1)
                .map_or_else(|| self.origin_len(), |o| o.1 as usize)
        };
        Span::new(s, e.max(s))
    }

    fn origin_len(&self) -> usize {
        self.origin.last().map_or(0, |o| o.1 as usize)
    }
}

/// Folds one character into zero or more normalized characters.
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(if c == '`' {
            '\''
        } else {
            c.to_ascii_lowercase()
        });
        return;
    }
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{0060}' | '\u{00B4}' | '\u{2032}' => {
            out.push('\'')
        }
        '\u{201C}' | '\u{201D}' | '\u{00AB}' | '\u{00BB}' | '\u{201E}' | '\u{2033}' => {
            out.push('"')
        }
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2009}' => out.push(' '),
        '\u{2013}' | '\u{2014}' => out.push('-'),
        'ς' => out.push('σ'),
        _ => {
            for l in c.to_lowercase() {
                decompose_canonical(l, |d| {
                    if !is_combining_mark(d) {
                        out.push(if d == 'ς' { 'σ' } else { d });
                    }
                });
            }
        }
    }
}

/// Normalizes a text for cue matching: lower case, no diacritics (so "Όχι" = "οχι", "ş" = "ș" =
/// "s", "perché" = "perche"), typographic quotes folded to ASCII.
pub fn normalize(original: &str) -> Normalized {
    if original.is_ascii() {
        let text = original
            .bytes()
            .map(|b| {
                if b == b'`' {
                    '\''
                } else {
                    char::from(b.to_ascii_lowercase())
                }
            })
            .collect();
        return Normalized {
            text,
            origin: Vec::new(),
        };
    }
    let mut text = String::with_capacity(original.len());
    let mut origin = Vec::with_capacity(original.len());
    for (i, c) in original.char_indices() {
        let before = text.len();
        fold_char(c, &mut text);
        let range = (i as u32, (i + c.len_utf8()) as u32);
        origin.resize(origin.len() + (text.len() - before), range);
    }
    Normalized { text, origin }
}

/// Normalizes a short string (a lexicon entry, a word) without keeping the map.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn greek_accents_and_final_sigma_fold() {
        assert_eq!(fold("Όχι"), "οχι");
        assert_eq!(fold("ΚΆΝΕΤΕ ΛΆΘΟΣ"), "κανετε λαθοσ");
        assert_eq!(fold("κάνετε λάθος"), fold("ΚΑΝΕΤΕ ΛΑΘΟΣ"));
    }

    #[test]
    fn romanian_comma_and_cedilla_letters_are_one_letter() {
        assert_eq!(fold("aveți"), fold("aveţi"));
        assert_eq!(fold("ș"), fold("ş"));
        assert_eq!(fold("nu aveți dreptate"), "nu aveti dreptate");
    }

    #[test]
    fn apostrophes_and_quotes_are_ascii() {
        assert_eq!(fold("l’offerta «speciale»"), "l'offerta \"speciale\"");
        assert_eq!(fold("don’t"), fold("don't"));
    }

    #[test]
    fn decomposed_input_matches_composed() {
        assert_eq!(fold("perche\u{0301}"), fold("perché"));
    }

    #[test]
    fn spans_map_back_to_original_bytes() {
        let orig = "Όχι, ΕΥΧΑΡΙΣΤΏ!";
        let n = normalize(orig);
        let at = n.text.find("ευχαριστω").expect("found");
        let span = n.to_original(at, at + "ευχαριστω".len());
        assert_eq!(&orig[span.start..span.end], "ΕΥΧΑΡΙΣΤΏ");
    }

    proptest! {
        #[test]
        fn any_span_maps_inside_the_original_on_char_boundaries(s in "\\PC{0,40}", a in 0usize..200, b in 0usize..200) {
            let n = normalize(&s);
            let (a, b) = (a.min(n.text.len()), b.min(n.text.len()));
            let (a, b) = (a.min(b), a.max(b));
            let span = n.to_original(a, b);
            prop_assert!(span.start <= span.end && span.end <= s.len());
            prop_assert!(s.is_char_boundary(span.start) && s.is_char_boundary(span.end));
        }
    }
}
