//! Words that open a line inside a message (`Price: 49 EUR`, `Nota: …`, `Τιμή: …`,
//! `Preț: …`, `Hinta: …`) without naming who speaks, so chat logs and transcripts do not take
//! such a line for a new speaker. They are language data, kept in `data/label_words.txt`.
//!
//! The other data files, whose lines read `kind lang: entry`, are parsed by [`data_entries`].

use crate::roles::fold;
use std::collections::HashSet;
use std::sync::OnceLock;

const LABEL_WORDS: &str = include_str!("../data/label_words.txt");

/// The languages every data file must cover, as everywhere in tact.
#[cfg(test)]
pub(crate) const LANGUAGES: [&str; 5] = ["en", "it", "el", "ro", "fi"];

/// `(language, folded word)` pairs of the data file, and the lines that do not parse.
fn parse(data: &str) -> (Vec<(String, String)>, Vec<String>) {
    let mut pairs = Vec::new();
    let mut bad = Vec::new();
    for line in data.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split_once(':') {
            Some((lang, words))
                if lang.len() == 2 && lang.chars().all(|c| c.is_ascii_lowercase()) =>
            {
                for word in words.split(',').map(fold).filter(|w| !w.is_empty()) {
                    pairs.push((lang.to_string(), word));
                }
            }
            _ => bad.push(line.to_string()),
        }
    }
    (pairs, bad)
}

/// The entries of a data file whose lines read `kind lang: entry` (blank lines and `#`
/// comments skipped), as `parse` makes them of the kind, the two-letter language and the text
/// after the colon, and the lines that do not parse (or that `parse` refuses).
pub(crate) fn data_entries<'d, T>(
    data: &'d str,
    mut parse: impl FnMut(&'d str, &'d str, &'d str) -> Option<T>,
) -> (Vec<T>, Vec<&'d str>) {
    let mut entries = Vec::new();
    let mut bad = Vec::new();
    for line in data.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let parsed = line.split_once(':').and_then(|(head, entry)| {
            let (kind, lang) = head.split_once(' ')?;
            let lang_ok = lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase());
            lang_ok.then(|| parse(kind, lang, entry)).flatten()
        });
        match parsed {
            Some(e) => entries.push(e),
            None => bad.push(line),
        }
    }
    (entries, bad)
}

fn table() -> &'static HashSet<String> {
    static TABLE: OnceLock<HashSet<String>> = OnceLock::new();
    TABLE.get_or_init(|| parse(LABEL_WORDS).0.into_iter().map(|(_, w)| w).collect())
}

/// Whether a label (already [`fold`]ed) is a label word: the whole of it, or its first word
/// (`total price` → `total`).
pub(crate) fn is_label_word(folded: &str) -> bool {
    let words = table();
    words.contains(folded)
        || folded
            .split_once(' ')
            .is_some_and(|(first, _)| words.contains(first))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roles::role_word;

    #[test]
    fn label_words_file_parses_covers_every_language_and_names_no_role() {
        let (pairs, bad) = parse(LABEL_WORDS);
        assert!(bad.is_empty(), "unparsable lines: {bad:?}");
        for lang in LANGUAGES {
            let n = pairs.iter().filter(|(l, _)| l == lang).count();
            assert!(n >= 50, "{lang} has only {n} label words");
        }
        let unknown: Vec<_> = pairs
            .iter()
            .filter(|(l, _)| !LANGUAGES.contains(&l.as_str()))
            .collect();
        assert!(unknown.is_empty(), "{unknown:?}");
        let roles: Vec<_> = pairs
            .iter()
            .filter(|(_, w)| role_word(w).is_some())
            .collect();
        assert!(roles.is_empty(), "role words listed as labels: {roles:?}");
        assert!(LABEL_WORDS.contains("# source:") && LABEL_WORDS.contains("# licence:"));
    }

    #[test]
    fn labels_match_in_any_case_and_accent_and_by_their_first_word() {
        for label in [
            "Price",
            "PREZZO",
            "Τιμή",
            "ΤΙΜΗ",
            "Preț",
            "pret",
            "Hinta",
            "Total price",
        ] {
            assert!(is_label_word(&fold(label)), "{label}");
        }
        for name in [
            "Maria",
            "Luca Rossi",
            "Ελένη",
            "Aino",
            "Ioana",
            "Mark Price",
        ] {
            assert!(!is_label_word(&fold(name)), "{name}");
        }
    }
}
