//! Per-text language detection restricted to the supported set, so a short Finnish line is never
//! reported as Estonian and no detector time is spent on languages tact cannot analyse.

use crate::Lang;
use std::sync::OnceLock;

/// A detection result: the language and whether the detector trusts it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detection {
    pub lang: Lang,
    pub confidence: f64,
    pub reliable: bool,
}

fn detector() -> &'static whatlang::Detector {
    static DETECTOR: OnceLock<whatlang::Detector> = OnceLock::new();
    DETECTOR.get_or_init(|| {
        whatlang::Detector::with_allowlist(Lang::ALL.iter().map(|l| l.detector_lang()).collect())
    })
}

/// Detects the language of `text`. Greek script decides on its own (it is the only supported
/// language written in it); otherwise a trigram detector over the allowed languages decides.
pub fn detect(text: &str) -> Option<Detection> {
    let mut letters = 0usize;
    let mut greek = 0usize;
    for c in text.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if ('\u{0370}'..='\u{03FF}').contains(&c) || ('\u{1F00}'..='\u{1FFF}').contains(&c) {
                greek += 1;
            }
        }
    }
    if letters == 0 {
        return None;
    }
    if greek * 2 > letters {
        return Some(Detection {
            lang: Lang::El,
            confidence: 1.0,
            reliable: true,
        });
    }
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
        reliable: info.is_reliable() && letters >= 12,
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
    fn text_without_letters_has_no_language() {
        assert!(detect("12:30 !!! ...").is_none());
        assert!(detect("").is_none());
    }

    #[test]
    fn very_short_text_is_not_reliable() {
        assert!(!detect("ok").is_some_and(|d| d.reliable));
    }
}
