//! The language layer: everything tact needs to read text the same way in English, Italian,
//! Greek, Romanian and Finnish — detection, normalization, tokens with spans into the original
//! text, Snowball stems and cue lexicons compiled into one automaton per language.

mod chars;
mod detect;
mod lang;
mod lexicon;
mod normalize;
mod sentence;
mod text;

pub use chars::is_word_char;
pub use detect::{detect, detect_by_trigrams, DetectedBy, Detection};
pub use lang::{Lang, UnsupportedLanguage};
pub use lexicon::{lexicon_entries, lexicon_header, lexicon_lines, CueMatch, LexId, Lexicons};
pub use normalize::{fold, normalize, Normalized};
pub use sentence::{split_sentences, Sentence, MAX_SENTENCE_BYTES};
pub use text::{stem, tokenize, Token, TurnText};

include!(concat!(env!("OUT_DIR"), "/lexicons.rs"));
