//! Feature hashing: turns one turn's text into a short sparse vector of hashed, signed, L2-
//! normalized features (words, word bigrams, character 3–5-grams, punctuation, language, cue
//! lexicon hits) so one fixed-size weight table serves every language without a vocabulary.

use tact_lang::{normalize, tokenize, Lang, Lexicons};

/// One hashed feature: bucket index and (signed, normalized) value.
pub(crate) type Feature = (u32, f32);

/// A stable 64-bit FNV-1a hasher; stable across Rust versions, unlike `DefaultHasher`, so
/// weights trained once stay valid.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;

    fn new(tag: u8) -> Self {
        let mut h = Fnv(Self::OFFSET);
        h.byte(tag);
        h
    }
    fn byte(&mut self, b: u8) {
        self.0 ^= u64::from(b);
        self.0 = self.0.wrapping_mul(Self::PRIME);
    }
    fn bytes(&mut self, bs: &[u8]) {
        for &b in bs {
            self.byte(b);
        }
    }
    /// Final avalanche (murmur3 fmix64) so the low bits used for the bucket are well mixed.
    fn finish(self) -> u64 {
        let mut k = self.0;
        k ^= k >> 33;
        k = k.wrapping_mul(0xff51_afd7_ed55_8ccd);
        k ^= k >> 33;
        k = k.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        k ^= k >> 33;
        k
    }
}

/// Stable hash of a string, used for deterministic data splits.
pub(crate) fn stable_hash(s: &str) -> u64 {
    let mut h = Fnv::new(0);
    h.bytes(s.as_bytes());
    h.finish()
}

const TAG_WORD: u8 = 1;
const TAG_BIGRAM: u8 = 2;
const TAG_CHAR: u8 = 3;
const TAG_PUNCT: u8 = 4;
const TAG_LANG: u8 = 5;
const TAG_LEX: u8 = 6;
const TAG_SHAPE: u8 = 7;

/// Longest word (in chars) whose character n-grams are taken; longer "words" are URLs or noise.
const MAX_WORD_CHARS: usize = 24;

struct Sink {
    mask: u64,
    out: Vec<(u32, f32)>,
}

impl Sink {
    fn push(&mut self, h: Fnv, v: f32) {
        let k = h.finish();
        let idx = (k & self.mask) as u32;
        let sign = if k >> 63 == 0 { 1.0 } else { -1.0 };
        self.out.push((idx, sign * v));
    }
}

/// Extracts the hashed features of one text into `bits`-bit buckets.
pub(crate) fn extract(lang: Lang, text: &str, bits: u8) -> (Vec<Feature>, AbuseCues) {
    let norm = normalize(text);
    let tokens = tokenize(&norm, Some(lang));
    let found = Lexicons::get().find(lang, &norm);
    extract_from(lang, text, &norm, &tokens, &found, bits)
}

/// The lexicons listed in `data/feature-lexicons.txt`, by [`tact_lang::LexId`].
fn is_feature(lex: tact_lang::LexId) -> bool {
    static SET: std::sync::OnceLock<Vec<bool>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let mut set = vec![false; tact_lang::LEXICON_NAMES.len()];
        for name in feature_lexicons() {
            if let Some(id) = tact_lang::LexId::by_name(name) {
                set[id.0] = true;
            }
        }
        set
    })
    .get(lex.0)
    .copied()
    .unwrap_or(false)
}

/// A fingerprint of every feature lexicon's entries in every language, exceptions included: the shipped weights were
/// trained on exactly these, so `tact train` records it beside the weights and a test (which
/// needs no training data) fails when a lexicon entry changes without retraining.
pub fn feature_lexicon_fingerprint() -> String {
    let mut h = Fnv::new(0);
    for name in feature_lexicons() {
        let Some(id) = tact_lang::LexId::by_name(name) else {
            continue;
        };
        h.bytes(name.as_bytes());
        h.byte(0);
        for lang in Lang::ALL {
            h.bytes(lang.code().as_bytes());
            h.byte(0);
            for entry in tact_lang::lexicon_lines(lang, id) {
                h.bytes(entry.as_bytes());
                h.byte(b'\n');
            }
        }
    }
    format!("{:016x}", h.finish())
}

/// The names in `data/feature-lexicons.txt`.
pub(crate) fn feature_lexicons() -> impl Iterator<Item = &'static str> {
    include_str!("../data/feature-lexicons.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The same features from text the analyzer has already normalized, tokenized and scanned for
/// cues (`tact_lang::TurnText`), so a turn is not read twice.
pub(crate) fn extract_from(
    lang: Lang,
    text: &str,
    norm: &tact_lang::Normalized,
    tokens: &[tact_lang::Token],
    found: &[tact_lang::CueMatch],
    bits: u8,
) -> (Vec<Feature>, AbuseCues) {
    let mut sink = Sink {
        mask: (1u64 << bits) - 1,
        out: Vec::with_capacity(text.len() * 4 + 8),
    };
    let mut h = Fnv::new(TAG_LANG);
    h.bytes(lang.code().as_bytes());
    sink.push(h, 1.0);

    let mut prev: Option<&str> = None;
    // "<word>" as bytes, with the byte offset of each char: n-grams are hashed straight from it,
    // and the 4- and 5-gram at a position extend the hash of the 3-gram there.
    let mut buf: Vec<u8> = Vec::with_capacity(4 * MAX_WORD_CHARS + 2);
    let mut offs: Vec<usize> = Vec::with_capacity(MAX_WORD_CHARS + 3);
    for t in tokens {
        let raw = t.norm(norm);
        let w = if raw.bytes().all(|b| b.is_ascii_digit()) {
            "0"
        } else {
            raw
        };
        let mut h = Fnv::new(TAG_WORD);
        h.bytes(w.as_bytes());
        sink.push(h, 1.0);
        if let Some(p) = prev {
            let mut h = Fnv::new(TAG_BIGRAM);
            h.bytes(p.as_bytes());
            h.byte(b' ');
            h.bytes(w.as_bytes());
            sink.push(h, 1.0);
        }
        prev = Some(w);
        buf.clear();
        offs.clear();
        offs.push(0);
        buf.push(b'<');
        for (k, (i, c)) in w.char_indices().enumerate() {
            if k == MAX_WORD_CHARS {
                break;
            }
            offs.push(buf.len());
            buf.extend_from_slice(&w.as_bytes()[i..i + c.len_utf8()]);
        }
        offs.push(buf.len());
        buf.push(b'>');
        offs.push(buf.len());
        // offs has one entry per char of "<word>" plus the end.
        let n_chars = offs.len() - 1;
        for start in 0..n_chars.saturating_sub(2) {
            let mut h = Fnv::new(TAG_CHAR);
            h.bytes(&buf[offs[start]..offs[start + 3]]);
            sink.push(h, 0.5);
            for n in 4..=5 {
                if start + n > n_chars {
                    break;
                }
                h.bytes(&buf[offs[start + n - 1]..offs[start + n]]);
                sink.push(h, 0.5);
            }
        }
    }

    // Punctuation and emoji: everything that is not part of a word or a space.
    let mut last: Option<char> = None;
    let mut buf = [0u8; 4];
    for c in norm.text.chars() {
        if !tact_lang::is_word_char(c) && !c.is_whitespace() {
            let mut h = Fnv::new(TAG_PUNCT);
            h.bytes(c.encode_utf8(&mut buf).as_bytes());
            if last == Some(c) {
                h.byte(b'+');
            }
            sink.push(h, 0.7);
        }
        last = Some(c);
    }

    // Shape: shouting (words in capitals in the original) and length bucket.
    let shouted = text
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .filter(|w| {
            w.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
        })
        .count();
    if shouted > 0 {
        let mut h = Fnv::new(TAG_SHAPE);
        h.bytes(b"shout");
        sink.push(h, 1.0);
    }
    let mut h = Fnv::new(TAG_SHAPE);
    h.bytes(b"len");
    h.byte(tokens.len().min(40).div_ceil(5) as u8);
    sink.push(h, 1.0);

    // Cue lexicons of tact_lang: one feature per lexicon hit (shared across languages, so
    // cue weights learned from one language's data carry over to the others).
    let mut cues = AbuseCues::default();
    for m in found.iter().filter(|m| is_feature(m.lex)) {
        let name = m.lex.name();
        match name {
            "insult" => cues.insult += 1,
            "profanity" => cues.profanity += 1,
            "contempt" => cues.contempt += 1,
            "derogatory" => cues.derogatory += 1,
            _ => {}
        }
        let mut h = Fnv::new(TAG_LEX);
        h.bytes(name.as_bytes());
        sink.push(h, 1.5);
    }

    // Values are normalized over the list as produced: a bucket hit twice counts twice, which
    // the dot product treats the same as one merged entry, so no sort or merge is needed.
    let mut out = sink.out;
    let norm2: f32 = out.iter().map(|f| f.1 * f.1).sum::<f32>().sqrt();
    if norm2 > 0.0 {
        for f in &mut out {
            f.1 /= norm2;
        }
    }
    (out, cues)
}

/// Counts of the abuse-related cue lexicons used by the derived toxicity score.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct AbuseCues {
    pub insult: u32,
    pub profanity: u32,
    pub contempt: u32,
    pub derogatory: u32,
}

#[cfg(test)]
mod feature_lexicon_tests {
    #[test]
    fn every_feature_lexicon_exists() {
        let names: Vec<&str> = super::feature_lexicons().collect();
        assert!(names.len() > 50, "the list is read");
        for n in names {
            assert!(
                tact_lang::LexId::by_name(n).is_some(),
                "unknown lexicon {n}"
            );
        }
    }
}
