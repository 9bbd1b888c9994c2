//! Sentences of a turn: the unit that rules and the dialogue layer read a cue in ("the sentence
//! at"), with whether it asks a question and whether that question offers alternatives. They
//! live in the language layer because where a sentence ends depends on the language (Greek
//! writes its question mark as ';').

use crate::{lex, Lang, TurnText};
use tact_model::Span;

/// A sentence of a turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte span in the original text.
    pub span: Span,
    /// Range in the normalized text.
    pub norm_start: u32,
    pub norm_end: u32,
    pub is_question: bool,
    /// A question that offers alternatives ("A or B?").
    pub is_choice: bool,
}

/// A run of text longer than this (normalized bytes) with no sentence end, as in an unpunctuated
/// call transcript, is cut at the next space: rules read a cue's sentence as its context, and a
/// bounded sentence keeps that read linear in the length of the turn.
pub const MAX_SENTENCE_BYTES: usize = 1_000;

/// Splits turn `t` (written as `original`) into sentences.
pub fn split_sentences(t: &TurnText, lang: Lang, original: &str) -> Vec<Sentence> {
    let text = t.norm.text.as_str();
    let mut out = Vec::new();
    let mut start = 0usize;
    let bytes = text.as_bytes();
    let mut i = 0usize;
    // Greek writes its question mark as ';' (or U+037E, folded here to ';' by NFC rules).
    let is_end = |c: char| {
        matches!(c, '.' | '!' | '?' | '\n' | '…' | '\u{037E}') || (lang == Lang::El && c == ';')
    };
    for (pos, c) in text.char_indices() {
        if pos < i {
            continue;
        }
        if pos - start > MAX_SENTENCE_BYTES && c == ' ' {
            push_sentence(t, &mut out, start, pos, false);
            start = pos;
            continue;
        }
        // "4.999", "e.g.", "www.shop.it": a full stop glued to the next word ends nothing.
        let glued = c == '.'
            && text[pos + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        if is_end(c) && !glued && !(c == '.' && abbreviated(t, original, pos)) {
            // Swallow runs like "?!" or "...".
            let mut end = pos + c.len_utf8();
            let mut question = c == '?' || (lang == Lang::El && (c == ';' || c == '\u{037E}'));
            while let Some(n) = text[end..].chars().next() {
                if is_end(n) && n != '\n' {
                    question |= n == '?';
                    end += n.len_utf8();
                } else {
                    break;
                }
            }
            push_sentence(t, &mut out, start, end, question);
            start = end;
            i = end;
        }
    }
    if start < bytes.len() {
        push_sentence(t, &mut out, start, bytes.len(), false);
    }
    out
}

/// The longest short form of the `abbreviation` lexicons, in normalized bytes (a test checks
/// every entry fits).
const SHORT_FORM_BYTES: u32 = 32;

/// Whether the full stop at normalized byte `pos` closes a short form ("approx.", "n." for
/// "noin") in the middle of a sentence: the next word starts with a small letter or a digit in
/// the original text. "Dr. Rossi" still splits: a capital after a short form is as often a new
/// sentence after "etc.".
fn abbreviated(t: &TurnText, original: &str, pos: usize) -> bool {
    let pos = pos as u32;
    let short_form = t
        .cues_in(lex::ABBREVIATION, pos.saturating_sub(SHORT_FORM_BYTES), pos)
        .any(|c| c.norm_end == pos);
    if !short_form {
        return false;
    }
    let after = t.norm.to_original(pos as usize, pos as usize + 1).end;
    let rest = original.get(after..).unwrap_or("");
    let next = rest.trim_start_matches(|c: char| c.is_whitespace() && c != '\n' && c != '\r');
    next.len() < rest.len()
        && next
            .chars()
            .next()
            .is_some_and(|n| n.is_lowercase() || n.is_ascii_digit())
}

fn push_sentence(t: &TurnText, out: &mut Vec<Sentence>, s: usize, e: usize, is_question: bool) {
    let raw = &t.norm.text[s..e];
    let lead = raw.len() - raw.trim_start().len();
    let trail = raw.len() - raw.trim_end().len();
    let (s, e) = (s + lead, e - trail);
    if s >= e || !raw.chars().any(char::is_alphanumeric) {
        return;
    }
    let is_choice = is_question
        && t.cues_in(lex::CHOICE_CONNECTOR, s as u32, e as u32)
            .next()
            .is_some();
    out.push(Sentence {
        span: t.norm.to_original(s, e),
        norm_start: s as u32,
        norm_end: e as u32,
        is_question,
        is_choice,
    });
}

#[cfg(test)]
mod tests {
    use super::SHORT_FORM_BYTES;

    #[test]
    fn every_short_form_fits_the_look_back() {
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let mut seen = 0;
        for lang in std::fs::read_dir(&data).expect("data/ exists") {
            let dir = lang.expect("entry").path();
            if !dir.is_dir() {
                continue;
            }
            let file = dir.join("abbreviation.txt");
            let text = std::fs::read_to_string(&file).expect("every language has the lexicon");
            for entry in text
                .lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
            {
                let folded = crate::normalize(entry).text;
                assert!(
                    folded.len() as u32 <= SHORT_FORM_BYTES,
                    "{}: {entry}",
                    file.display()
                );
                seen += 1;
            }
        }
        assert!(seen > 0);
    }
}
