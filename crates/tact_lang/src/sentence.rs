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

pub fn split_sentences(t: &TurnText, lang: Lang) -> Vec<Sentence> {
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
        if is_end(c) && !glued {
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
