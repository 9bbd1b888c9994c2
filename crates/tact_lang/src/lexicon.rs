//! Cue lexicons: per-language lists of words and phrases, read from data files and compiled once
//! per language. Nearly every cue begins with a whole word, so those are looked up by the word
//! (and, for phrases, the next word) in a hash table: one lookup per word of text, where walking
//! an automaton from every word start cost a cache miss per byte of the walk and was the largest
//! single cost of the pipeline. The few cues whose first word may continue ("interess*") or that
//! begin with punctuation are walked in a small anchored Aho-Corasick automaton from word starts,
//! and the fewer still that may begin inside a word ("*mente") in a small unanchored one.
//!
//! Entry syntax (one per line, `#` starts a comment line): a phrase matches whole words of the
//! normalized text; `*` at either end lets the word continue ("interess*"); a leading `-` makes an
//! exception, whose text never counts for that lexicon ("-no problem" in `refusal`).

use crate::{fold, is_word_char, Lang, Normalized, LEXICON_FILES, LEXICON_NAMES};
use aho_corasick::automaton::Automaton as _;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{AhoCorasick, Anchored, MatchKind};
use rustc_hash::FxHashMap;
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
    open_end: bool,
}

struct LangLexicons {
    /// Cues that begin with a whole word, by that word.
    by_words: ByWords,
    /// The other cues that begin a word, walked from each word start.
    at_word_start: Option<WordStarts>,
    /// Cues open at the start (`*…`), searched everywhere.
    inside_words: Option<(AhoCorasick, Vec<u32>)>,
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
        let (mut anchored, mut unanchored) = (Vec::new(), Vec::new());
        let mut by_words = ByWords::default();
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
                let id = patterns.len() as u32;
                patterns.push(Pattern {
                    lex: LexId(lex),
                    entry,
                    negative,
                    open_end,
                });
                if open_start {
                    unanchored.push((needle, id));
                } else if let Err(needle) = by_words.add(needle, id, open_end) {
                    anchored.push((needle, id));
                }
            }
        }
        let inside_words = (!unanchored.is_empty())
            .then(|| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .build(unanchored.iter().map(|(n, _)| n))
                    .ok()
            })
            .flatten()
            .map(|ac| (ac, unanchored.iter().map(|&(_, id)| id).collect()));
        LangLexicons {
            by_words,
            at_word_start: WordStarts::build(&anchored),
            inside_words,
            patterns,
            entries,
            headers,
        }
    }
}

/// Where the run of word characters that begins at byte `s` ends.
fn word_end(text: &str, s: usize) -> usize {
    text[s..]
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(text.len(), |(i, _)| s + i)
}

/// Cues filed under one key: each cue's pattern index and its text.
type Filed = Vec<(u32, Box<[u8]>)>;

/// Keys of one length: the cues filed under each, and whether longer keys begin with it.
type Keyed = FxHashMap<Box<[u8]>, (Filed, bool)>;

/// How many words a key holds at most: enough to split the phrases that share their first two
/// words ("i'll …" begins 78 English cues), few enough to keep a lookup per word cheap.
const KEY_WORDS: usize = 3;

/// Cues that begin with a whole word, keyed by their text up to the end of their first, second
/// or third word (as many as are whole: a last word open at the end, "interess*", is not). A cue
/// found at a word start of the text has exactly those words there (the byte after a word of the
/// cue is the cue's own non-word byte, or the boundary its end requires), so the same cut of the
/// text finds it, and only the few cues under one key are compared byte by byte.
struct ByWords {
    /// A bit per hash of every first word: most words of a text begin no cue, and this 8 KiB
    /// table says so without the cache misses of a probe into the first map.
    seen: Vec<u64>,
    /// By number of words in the key (one, two, three): the cues keyed so, and whether longer
    /// keys begin with this one.
    keys: [Keyed; KEY_WORDS],
    /// The longest run of non-word bytes between two words of a key.
    max_gap: usize,
}

const SEEN_BITS: u64 = 1 << 16;

fn seen_bit(word: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(word);
    h.finish() % SEEN_BITS
}

/// Where the next word after byte `end` begins, if only non-word bytes, at most `max_gap` of
/// them, come before it.
fn next_word(text: &str, end: usize, max_gap: usize) -> Option<usize> {
    text[end..]
        .char_indices()
        .take_while(|&(i, _)| i <= max_gap)
        .find(|&(_, c)| is_word_char(c))
        .map(|(i, _)| end + i)
}

impl Default for ByWords {
    fn default() -> Self {
        ByWords {
            seen: vec![0; (SEEN_BITS / 64) as usize],
            keys: Default::default(),
            max_gap: 0,
        }
    }
}

impl ByWords {
    /// Files the cue under its key, or gives it back when it has none: it begins with a non-word
    /// character, or its first word is open at the end.
    fn add(&mut self, needle: String, id: u32, open_end: bool) -> Result<(), String> {
        if !needle.chars().next().is_some_and(is_word_char) {
            return Err(needle);
        }
        // The ends of the words a key may hold, and the gaps before them.
        let mut ends = Vec::new();
        let mut start = 0;
        while ends.len() < KEY_WORDS {
            let end = word_end(&needle, start);
            if end == needle.len() && open_end {
                break;
            }
            ends.push(end);
            match next_word(&needle, end, usize::MAX) {
                Some(next) => {
                    if ends.len() < KEY_WORDS {
                        self.max_gap = self.max_gap.max(next - end);
                    }
                    start = next;
                }
                None => break,
            }
        }
        let Some(&key_end) = ends.last() else {
            return Err(needle);
        };
        let bytes = needle.as_bytes();
        let b = seen_bit(&bytes[..ends[0]]);
        self.seen[(b / 64) as usize] |= 1 << (b % 64);
        let last = ends.len() - 1;
        for (k, &end) in ends.iter().enumerate().take(last) {
            self.keys[k].entry(bytes[..end].into()).or_default().1 = true;
        }
        self.keys[last]
            .entry(bytes[..key_end].into())
            .or_default()
            .0
            .push((id, bytes.into()));
        Ok(())
    }

    /// Calls `found(pattern, end)` for every cue filed here that begins at byte `s` of `text`,
    /// the start of a word.
    fn find(&self, text: &str, s: usize, mut found: impl FnMut(usize, usize)) {
        let bytes = text.as_bytes();
        let mut end = word_end(text, s);
        let b = seen_bit(&bytes[s..end]);
        if self.seen[(b / 64) as usize] >> (b % 64) & 1 == 0 {
            return;
        }
        for (k, keys) in self.keys.iter().enumerate() {
            let Some((cues, longer)) = keys.get(&bytes[s..end]) else {
                return;
            };
            for (id, needle) in cues {
                if bytes[s..].starts_with(needle) {
                    found(*id as usize, s + needle.len());
                }
            }
            if !longer || k + 1 == KEY_WORDS {
                return;
            }
            let Some(next) = next_word(text, end, self.max_gap) else {
                return;
            };
            end = word_end(text, next);
        }
    }
}

/// The automaton of the cues that begin a word, with the pairs of bytes they begin with: a walk
/// through the automaton is a chain of loads from a table too large for the cache, and most word
/// starts begin no cue, which the 8 KiB table of pairs says without touching the automaton.
struct WordStarts {
    nfa: NFA,
    /// For each pattern of the automaton, its index in `LangLexicons::patterns`.
    ids: Vec<u32>,
    /// Bit `256 * a + b` is set when a cue begins with bytes `a`, `b`.
    pairs: Vec<u64>,
    /// Bit `a` is set when a cue is the single byte `a`.
    single: [u64; 4],
}

fn bit(set: &[u64], i: usize) -> bool {
    set[i / 64] >> (i % 64) & 1 == 1
}

impl WordStarts {
    fn build(needles: &[(String, u32)]) -> Option<WordStarts> {
        if needles.is_empty() {
            return None;
        }
        let nfa = NFA::builder()
            .match_kind(MatchKind::Standard)
            .build(needles.iter().map(|(n, _)| n))
            .ok()?;
        let mut pairs = vec![0u64; 65536 / 64];
        let mut single = [0u64; 4];
        for (n, _) in needles {
            match n.as_bytes() {
                [a] => single[*a as usize / 64] |= 1 << (*a % 64),
                [a, b, ..] => {
                    let i = 256 * *a as usize + *b as usize;
                    pairs[i / 64] |= 1 << (i % 64);
                }
                [] => {}
            }
        }
        Some(WordStarts {
            nfa,
            ids: needles.iter().map(|&(_, id)| id).collect(),
            pairs,
            single,
        })
    }

    /// Calls `found(pattern, end)` for every cue that begins at byte `s` of `text`.
    fn walk(&self, text: &[u8], s: usize, mut found: impl FnMut(usize, usize)) {
        let a = text[s] as usize;
        let pair = text
            .get(s + 1)
            .is_some_and(|&b| bit(&self.pairs, 256 * a + b as usize));
        if !pair && !bit(&self.single, a) {
            return;
        }
        let nfa = &self.nfa;
        let mut sid = nfa
            .start_state(Anchored::Yes)
            .expect("a contiguous NFA supports anchored searches");
        for (i, &b) in text[s..].iter().enumerate() {
            sid = nfa.next_state(Anchored::Yes, sid, b);
            if nfa.is_dead(sid) {
                return;
            }
            if nfa.is_match(sid) {
                let e = s + i + 1;
                for k in 0..nfa.match_len(sid) {
                    let pid = nfa.match_pattern(sid, k);
                    // A match state also holds the cues that are its suffixes; those begin
                    // later and are found from their own word start.
                    if e - nfa.pattern_len(pid) == s {
                        found(self.ids[pid.as_usize()] as usize, e);
                    }
                }
            }
        }
    }
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
        let text = norm.text.as_str();
        let mut raw: Vec<(LexId, usize, usize, usize)> = Vec::new();
        let mut keep = |p: usize, s: usize, e: usize| {
            let pat = &ll.patterns[p];
            if pat.open_end || text[e..].chars().next().is_none_or(|c| !is_word_char(c)) {
                raw.push((pat.lex, s, e, p));
            }
        };
        let mut after_word = false;
        for (s, c) in text.char_indices() {
            let word = is_word_char(c);
            if !after_word && !c.is_whitespace() {
                if word {
                    ll.by_words.find(text, s, |p, e| keep(p, s, e));
                }
                if let Some(w) = &ll.at_word_start {
                    w.walk(text.as_bytes(), s, |p, e| keep(p, s, e));
                }
            }
            after_word = word;
        }
        if let Some((ac, ids)) = &ll.inside_words {
            for m in ac.find_overlapping_iter(text) {
                keep(ids[m.pattern().as_usize()] as usize, m.start(), m.end());
            }
        }
        ll.resolve(norm, raw)
    }
}

impl LangLexicons {
    /// Every cue found, `(lexicon, start, end, pattern)`, to what [`Lexicons::find`] returns:
    /// within a lexicon the longest of overlapping cues wins, and an exception hides what it
    /// covers.
    fn resolve(
        &self,
        norm: &Normalized,
        mut raw: Vec<(LexId, usize, usize, usize)>,
    ) -> Vec<CueMatch> {
        if raw.is_empty() {
            return Vec::new();
        }
        raw.sort_unstable_by(|a, b| {
            a.0.cmp(&b.0)
                .then(a.1.cmp(&b.1))
                .then(b.2.cmp(&a.2))
                .then(a.3.cmp(&b.3))
        });
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
            let p = &self.patterns[pid];
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

/// Every entry line of one lexicon in one language as written in its file, exceptions (`-`)
/// included: what decides what the lexicon matches, without its comments.
pub fn lexicon_lines(lang: Lang, lex: LexId) -> impl Iterator<Item = &'static str> {
    LEXICON_FILES
        .iter()
        .filter(move |&&(code, l, _)| code == lang.code() && l == lex.0)
        .flat_map(|&(_, _, contents)| contents.lines())
        .filter(|line| parse_entry(line).is_some())
        .map(str::trim)
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

    /// Every cue by brute force: each entry looked for at every position, with the whole-word
    /// tests written out. The automata must find exactly these.
    fn by_brute_force(lang: Lang, norm: &Normalized) -> Vec<CueMatch> {
        let ll = &Lexicons::get().langs[lang.index()];
        let text = norm.text.as_str();
        let needles: Vec<(String, bool)> = LEXICON_FILES
            .iter()
            .filter(|(code, _, _)| *code == lang.code())
            .flat_map(|(_, _, contents)| contents.lines().filter_map(parse_entry))
            .map(|(needle, _, open_start, _)| (needle, open_start))
            .collect();
        assert_eq!(needles.len(), ll.patterns.len());
        let mut raw = Vec::new();
        for (p, (needle, open_start)) in needles.iter().enumerate() {
            for s in (0..text.len()).filter(|&s| text.is_char_boundary(s)) {
                if !text[s..].starts_with(needle.as_str()) {
                    continue;
                }
                let e = s + needle.len();
                let ok_start = *open_start
                    || text[..s]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !is_word_char(c));
                let ok_end = ll.patterns[p].open_end
                    || text[e..].chars().next().is_none_or(|c| !is_word_char(c));
                if ok_start && ok_end {
                    raw.push((ll.patterns[p].lex, s, e, p));
                }
            }
        }
        ll.resolve(norm, raw)
    }

    #[test]
    fn the_automata_find_what_brute_force_finds() {
        let samples = [
            (
                Lang::En,
                "No thanks!! I told you already: I'm not interested, okay? The okra's fine.",
            ),
            (
                Lang::En,
                "\"Sorry\" — unfortunately it's not possible... what a joke, you idiots",
            ),
            (
                Lang::It,
                "No grazie, non mi interessa. Perché?? Mi prende in giro, veramente.",
            ),
            (
                Lang::El,
                "Όχι ευχαριστώ, δεν με ενδιαφέρει! Πλάκα μου κάνετε;",
            ),
            (
                Lang::Ro,
                "Nu, mulțumesc. Vă bateți joc de mine? Nu mă interesează deloc.",
            ),
            (
                Lang::Fi,
                "Ei kiitos, sanoin jo. Ette oo tosissanne?! Lisäturvaa en tarvitse.",
            ),
        ];
        // And texts made of the cues themselves, run together or apart, so that cues overlap,
        // begin inside words and follow each other.
        let mut dense = Vec::new();
        for lang in Lang::ALL {
            let seps = [" ", "", "-", ", ", "'", "!! "];
            let mut text = String::new();
            for (i, lex) in (0..LEXICON_NAMES.len()).enumerate() {
                for (j, e) in lexicon_entries(lang, LexId(lex))
                    .iter()
                    .take(12)
                    .enumerate()
                {
                    text.push_str(e.trim_matches('*'));
                    text.push_str(seps[(i + j) % seps.len()]);
                }
            }
            dense.push((lang, text));
        }
        for (lang, text) in samples
            .iter()
            .map(|&(l, t)| (l, t.to_string()))
            .chain(dense)
        {
            let text = text.as_str();
            let norm = normalize(text);
            assert_eq!(
                Lexicons::get().find(lang, &norm),
                by_brute_force(lang, &norm),
                "{lang}: {text}"
            );
        }
    }

    #[test]
    fn lexicon_lines_hold_exceptions_and_no_comments() {
        let lines: Vec<&str> = lexicon_lines(Lang::En, lex::FRUSTRATION).collect();
        assert!(lines.contains(&"ridiculous"));
        assert!(lines.contains(&"-not ridiculous"));
        assert!(lines.iter().all(|l| !l.starts_with('#') && !l.is_empty()));
        let positive = lines.iter().filter(|l| !l.starts_with('-')).count();
        assert_eq!(positive, lexicon_entries(Lang::En, lex::FRUSTRATION).len());
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
