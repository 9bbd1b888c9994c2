//! Per-text language detection restricted to the supported set, so a short Finnish line is never
//! reported as Estonian and no detector time is spent on languages tact cannot analyse.
//!
//! Three steps, cheapest first: Greek by its script; then the function words of each language
//! (its `stopwords` lexicon) and the letters only one of them writes (`detect_letters.txt`),
//! which settle most sentences at the cost of one pass over the words; only when those leave two
//! languages close does whatlang's trigram detector, ten times slower, decide.

use crate::{lex, lexicon_entries, Lang};
use std::collections::HashMap;
use std::sync::OnceLock;

/// A detection result: the language, whether the detector trusts it, and which step decided.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detection {
    pub lang: Lang,
    pub confidence: f64,
    pub reliable: bool,
    pub by: DetectedBy,
}

/// The step of [`detect`] that decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetectedBy {
    Script,
    FunctionWords,
    Trigrams,
}

/// Letters below this many are too few to trust any detection ("ok", "sì").
const RELIABLE_LETTERS: usize = 12;
/// Words read by the function-word step: a long e-mail has settled well before.
const MAX_WORDS: usize = 60;
/// The function-word step decides when its leader has at least this many points…
const MIN_POINTS: u32 = 1;
/// …and this many more than the runner-up…
const MIN_LEAD: u32 = 1;
/// …and trusts its answer (on enough letters) with this lead.
const RELIABLE_LEAD: u32 = 2;

fn detector() -> &'static whatlang::Detector {
    static DETECTOR: OnceLock<whatlang::Detector> = OnceLock::new();
    DETECTOR.get_or_init(|| {
        whatlang::Detector::with_allowlist(Lang::ALL.iter().map(|l| l.detector_lang()).collect())
    })
}

/// Function words and letters, each with the languages (a bit per [`Lang::index`]) it points to.
struct Evidence {
    words: HashMap<String, u32>,
    letters: HashMap<char, u32>,
}

fn evidence() -> &'static Evidence {
    static EVIDENCE: OnceLock<Evidence> = OnceLock::new();
    EVIDENCE.get_or_init(|| {
        let mut words: HashMap<String, u32> = HashMap::new();
        for &l in Lang::ALL.iter() {
            for entry in lexicon_entries(l, lex::STOPWORDS) {
                let w = entry.trim();
                // Single whole words only: phrases and open entries are for the cue matcher.
                if w.is_empty() || w.contains([' ', '*']) {
                    continue;
                }
                *words.entry(w.to_lowercase()).or_default() |= 1 << l.index();
            }
        }
        let mut letters: HashMap<char, u32> = HashMap::new();
        for line in include_str!("../detect_letters.txt").lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.split_whitespace();
            let Some(lang) = parts.next().and_then(|c| c.parse::<Lang>().ok()) else {
                continue;
            };
            for c in parts.flat_map(str::chars) {
                *letters.entry(c).or_default() |= 1 << lang.index();
            }
        }
        Evidence { words, letters }
    })
}

/// Detects the language of `text`. Greek script decides on its own (it is the only supported
/// language written in it); then function words and letters; otherwise the trigram detector.
pub fn detect(text: &str) -> Option<Detection> {
    by_script_then(text, |letters| {
        by_function_words(text, letters).or_else(|| by_trigrams(text, letters))
    })
}

/// What whatlang's trigram detector alone answers, Greek script aside: the reference the faster
/// [`detect`] is measured against (`tact eval`).
pub fn detect_by_trigrams(text: &str) -> Option<Detection> {
    by_script_then(text, |letters| by_trigrams(text, letters))
}

/// No language without letters, Greek by its script, else what `latin` says given the count of
/// letters.
fn by_script_then(text: &str, latin: impl FnOnce(usize) -> Option<Detection>) -> Option<Detection> {
    let (letters, greek) = count_letters(text);
    if letters == 0 {
        return None;
    }
    if greek * 2 > letters {
        return Some(Detection {
            lang: Lang::El,
            confidence: 1.0,
            reliable: true,
            by: DetectedBy::Script,
        });
    }
    latin(letters)
}

fn count_letters(text: &str) -> (usize, usize) {
    let mut letters = 0usize;
    let mut greek = 0usize;
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            letters += 1;
        } else if c.is_alphabetic() {
            letters += 1;
            if ('\u{0370}'..='\u{03FF}').contains(&c) || ('\u{1F00}'..='\u{1FFF}').contains(&c) {
                greek += 1;
            }
        }
    }
    (letters, greek)
}

fn by_function_words(text: &str, letters: usize) -> Option<Detection> {
    let ev = evidence();
    let mut points = [0u32; Lang::ALL.len()];
    let mut add = |mask: u32| {
        for (i, p) in points.iter_mut().enumerate() {
            *p += mask >> i & 1;
        }
    };
    let mut lower = String::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
    {
        lower.clear();
        if word.is_ascii() {
            lower.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            for c in word.chars().flat_map(char::to_lowercase) {
                if let Some(&mask) = ev.letters.get(&c) {
                    add(mask);
                }
                lower.push(c);
            }
        }
        if let Some(&mask) = ev.words.get(lower.as_str()) {
            add(mask);
        }
    }
    let mut ranked: Vec<(usize, u32)> = points.iter().copied().enumerate().collect();
    ranked.sort_by_key(|&(_, p)| std::cmp::Reverse(p));
    let (best, lead) = (ranked[0], ranked[0].1 - ranked.get(1).map_or(0, |r| r.1));
    if best.1 < MIN_POINTS || lead < MIN_LEAD {
        return None;
    }
    Some(Detection {
        lang: Lang::ALL[best.0],
        confidence: f64::from(lead) / f64::from(best.1),
        reliable: letters >= RELIABLE_LETTERS && lead >= RELIABLE_LEAD,
        by: DetectedBy::FunctionWords,
    })
}

fn by_trigrams(text: &str, letters: usize) -> Option<Detection> {
    // Trigram scores settle long before the end of a long email; the head is enough.
    let mut cut = text.len().min(200);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let info = detector().detect(&text[..cut])?;
    let lang = Lang::from_detector(info.lang())?;
    Some(Detection {
        lang,
        confidence: info.confidence(),
        reliable: info.is_reliable() && letters >= RELIABLE_LETTERS,
        by: DetectedBy::Trigrams,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang_of(s: &str) -> Lang {
        detect(s).expect("detected").lang
    }

    #[test]
    fn detects_each_supported_language_on_sales_lines() {
        assert_eq!(
            lang_of("Thanks, but I'm not interested in the extended warranty."),
            Lang::En
        );
        assert_eq!(
            lang_of("Grazie, ma non mi interessa la garanzia estesa."),
            Lang::It
        );
        assert_eq!(
            lang_of("Ευχαριστώ, αλλά δεν με ενδιαφέρει η επέκταση εγγύησης."),
            Lang::El
        );
        assert_eq!(
            lang_of("Mulțumesc, dar nu mă interesează garanția extinsă."),
            Lang::Ro
        );
        assert_eq!(
            lang_of("Kiitos, mutta en ole kiinnostunut lisätakuusta."),
            Lang::Fi
        );
    }

    #[test]
    fn function_words_settle_ordinary_sentences_without_trigrams() {
        for (text, lang) in [
            ("I would like to know when the parcel will arrive", Lang::En),
            ("Vorrei sapere quando arriva il pacco, per favore", Lang::It),
            ("Aș vrea să știu când ajunge coletul, vă rog", Lang::Ro),
            ("Haluaisin tietää, milloin paketti on perillä", Lang::Fi),
        ] {
            let d = detect(text).expect("detected");
            assert_eq!((d.lang, d.by), (lang, DetectedBy::FunctionWords), "{text}");
            assert!(d.reliable, "{text}");
        }
        let greek = detect("Θα ήθελα να μάθω πότε φτάνει το δέμα").expect("detected");
        assert_eq!((greek.lang, greek.by), (Lang::El, DetectedBy::Script));
    }

    #[test]
    fn without_function_words_the_trigrams_decide() {
        let d = detect("Spedizione gratuita garantita").expect("detected");
        assert_eq!(d.by, DetectedBy::Trigrams);
        assert_eq!(detect_by_trigrams("Spedizione gratuita garantita"), Some(d));
    }

    #[test]
    fn every_line_of_the_letters_file_names_a_language() {
        for line in include_str!("../detect_letters.txt").lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let code = line.split_whitespace().next().unwrap_or("");
            assert!(code.parse::<Lang>().is_ok(), "{line}");
        }
    }

    #[test]
    fn text_without_letters_has_no_language() {
        assert!(detect("12:30 !!! ...").is_none());
        assert!(detect("").is_none());
    }

    #[test]
    fn very_short_text_is_not_reliable() {
        assert!(!detect("ok").is_some_and(|d| d.reliable));
    }
}
