//! Cue lexicons: per-language lists of words and phrases, read from data files and compiled once
//! into one Aho-Corasick automaton per language, so a turn is scanned once for every cue.
//!
//! Entry syntax (one per line, `#` starts a comment line): a phrase matches whole words of the
//! normalized text; `*` at either end lets the word continue ("interess*"); a leading `-` makes an
//! exception, whose text never counts for that lexicon ("-no problem" in `refusal`).

use crate::{fold, Lang, Normalized, LEXICON_FILES, LEXICON_NAMES};
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::OnceLock;
use tact_model::Span;

/// Index of a lexicon in [`LEXICON_NAMES`]; constants live in [`crate::lex`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LexId(pub usize);

impl LexId {
    pub fn name(self) -> &'static str {
        LEXICON_NAMES[self.0]
    }
    pub fn by_name(name: &str) -> Option<LexId> {
        LEXICON_NAMES.binary_search(&name).ok().map(LexId)
    }
}

/// One cue found in a turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueMatch {
    pub lex: LexId,
    /// Index of the entry among the lexicon's positive entries.
    pub entry: u32,
    pub norm_start: u32,
    pub norm_end: u32,
    /// Byte span in the original text.
    pub span: Span,
}

#[derive(Debug, Clone)]
struct Pattern {
    lex: LexId,
    entry: u32,
    negative: bool,
    open_start: bool,
    open_end: bool,
}

struct LangLexicons {
    automaton: Option<AhoCorasick>,
    patterns: Vec<Pattern>,
    entries: Vec<Vec<String>>,
    headers: Vec<String>,
}

/// Every lexicon of every language, compiled.
pub struct Lexicons {
    langs: Vec<LangLexicons>,
}

fn parse_entry(line: &str) -> Option<(String, bool, bool, bool)> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let (negative, rest) = match line.strip_prefix('-') {
        Some(r) => (true, r.trim()),
        None => (false, line),
    };
    let open_start = rest.starts_with('*');
    let open_end = rest.ends_with('*');
    let core = rest
        .trim_matches('*')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if core.is_empty() {
        return None;
    }
    Some((fold(&core), negative, open_start, open_end))
}

impl LangLexicons {
    fn build(lang: Lang) -> Self {
        let mut patterns = Vec::new();
        let mut needles = Vec::new();
        let mut entries = vec![Vec::new(); LEXICON_NAMES.len()];
        let mut headers = vec![String::new(); LEXICON_NAMES.len()];
        for &(code, lex, contents) in LEXICON_FILES {
            if code != lang.code() {
                continue;
            }
            headers[lex] = contents
                .lines()
                .take_while(|l| l.starts_with('#') || l.trim().is_empty())
                .filter(|l| l.starts_with('#'))
                .collect::<Vec<_>>()
                .join("\n");
            for line in contents.lines() {
                let Some((needle, negative, open_start, open_end)) = parse_entry(line) else {
                    continue;
                };
                let entry = if negative {
                    u32::MAX
                } else {
                    entries[lex].push(line.trim().to_string());
                    (entries[lex].len() - 1) as u32
                };
                patterns.push(Pattern {
                    lex: LexId(lex),
                    entry,
                    negative,
                    open_start,
                    open_end,
                });
                needles.push(needle);
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&needles)
            .ok();
        LangLexicons {
            automaton,
            patterns,
            entries,
            headers,
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

impl Lexicons {
    pub fn get() -> &'static Lexicons {
        static LEXICONS: OnceLock<Lexicons> = OnceLock::new();
        LEXICONS.get_or_init(|| Lexicons {
            langs: Lang::ALL.iter().map(|&l| LangLexicons::build(l)).collect(),
        })
    }

    /// Finds every cue of every lexicon of `lang` in the normalized text: whole words only,
    /// the longest cue wins where cues overlap, and exceptions remove what they cover.
    pub fn find(&self, lang: Lang, norm: &Normalized) -> Vec<CueMatch> {
        let ll = &self.langs[lang.index()];
        let Some(ac) = &ll.automaton else {
            return Vec::new();
        };
        let text = norm.text.as_str();
        let mut raw: Vec<(LexId, usize, usize, usize)> = Vec::new();
        for m in ac.find_overlapping_iter(text) {
            let p = &ll.patterns[m.pattern().as_usize()];
            let (s, e) = (m.start(), m.end());
            let ok_start = p.open_start
                || text[..s]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !is_word_char(c));
            let ok_end = p.open_end || text[e..].chars().next().is_none_or(|c| !is_word_char(c));
            if ok_start && ok_end {
                raw.push((p.lex, s, e, m.pattern().as_usize()));
            }
        }
        if raw.is_empty() {
            return Vec::new();
        }
        raw.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)).then(b.2.cmp(&a.2)));
        let mut out = Vec::new();
        let mut current = None;
        let mut last_end = 0;
        for (lex, s, e, pid) in raw {
            if current != Some(lex) {
                current = Some(lex);
                last_end = 0;
            }
            if s < last_end {
                continue;
            }
            last_end = e;
            let p = &ll.patterns[pid];
            if p.negative {
                continue;
            }
            out.push(CueMatch {
                lex,
                entry: p.entry,
                norm_start: s as u32,
                norm_end: e as u32,
                span: norm.to_original(s, e),
            });
        }
        out.sort_by_key(|m| (m.norm_start, m.lex));
        out
    }
}

/// The positive entries of one lexicon in one language, as written in its file.
pub fn lexicon_entries(lang: Lang, lex: LexId) -> &'static [String] {
    &Lexicons::get().langs[lang.index()].entries[lex.0]
}

/// The header comment block of a lexicon file (source, licence, meaning); empty if missing.
pub fn lexicon_header(lang: Lang, lex: LexId) -> &'static str {
    &Lexicons::get().langs[lang.index()].headers[lex.0]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{lex, normalize, DATA_LANGUAGES};

    fn cues(lang: Lang, lex: LexId, s: &str) -> Vec<String> {
        let n = normalize(s);
        Lexicons::get()
            .find(lang, &n)
            .into_iter()
            .filter(|m| m.lex == lex)
            .map(|m| s[m.span.start..m.span.end].to_string())
            .collect()
    }

    #[test]
    fn every_lexicon_exists_in_every_language_with_a_provenance_header() {
        for lang in Lang::ALL {
            assert!(
                DATA_LANGUAGES.contains(&lang.code()),
                "no data folder for {lang}"
            );
            for (i, name) in LEXICON_NAMES.iter().enumerate() {
                let header = lexicon_header(lang, LexId(i));
                assert!(
                    header.contains("source:"),
                    "data/{lang}/{name}.txt lacks a `# source:` header"
                );
                assert!(
                    header.contains("licence:"),
                    "data/{lang}/{name}.txt lacks a `# licence:` header"
                );
                assert!(
                    !lexicon_entries(lang, LexId(i)).is_empty(),
                    "data/{lang}/{name}.txt has no entries"
                );
            }
        }
    }

    #[test]
    fn backchannels_match_whole_words_only() {
        assert_eq!(cues(Lang::En, lex::BACKCHANNEL, "ok"), ["ok"]);
        assert!(cues(Lang::En, lex::BACKCHANNEL, "okra").is_empty());
        assert_eq!(cues(Lang::El, lex::BACKCHANNEL, "ΝΑΙ"), ["ΝΑΙ"]);
    }

    #[test]
    fn entry_syntax_parses_exceptions_and_open_ends() {
        assert_eq!(
            parse_entry("-no problem"),
            Some(("no problem".into(), true, false, false))
        );
        assert_eq!(
            parse_entry("interess*"),
            Some(("interess".into(), false, false, true))
        );
        assert_eq!(parse_entry("# comment"), None);
        assert_eq!(parse_entry("   "), None);
    }
}
