//! Whether a character belongs to a word, as `char::is_alphanumeric` says, from a table of the
//! Basic Multilingual Plane: the cue search and the signal features ask it of every character of
//! every turn, and outside ASCII the standard library answers with a binary search over ranges
//! (a tenth of the run on Greek text).

use std::sync::OnceLock;

const BMP: usize = 0x1_0000;

fn table() -> &'static [u64] {
    static TABLE: OnceLock<Vec<u64>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut bits = vec![0u64; BMP / 64];
        for (i, c) in (0..BMP as u32).filter_map(|i| char::from_u32(i).map(|c| (i as usize, c))) {
            if c.is_alphanumeric() {
                bits[i / 64] |= 1 << (i % 64);
            }
        }
        bits
    })
}

/// `c.is_alphanumeric()`, answered from a table for the Basic Multilingual Plane.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    let i = c as usize;
    if i < BMP {
        table()[i / 64] >> (i % 64) & 1 == 1
    } else {
        c.is_alphanumeric()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library_on_every_character() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
