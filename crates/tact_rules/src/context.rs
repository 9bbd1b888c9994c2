//! A conversation read once by the language layer — languages, normalized text, tokens, cues and
//! sentences per turn — so that every rule and metric reads the same analysis and none redoes it.

use tact_lang::{detect, lex, split_sentences, Lang, Sentence, TurnText};
use tact_model::{Conversation, Role, Span, Turn};

/// Where the conversation language came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangSource {
    /// The input's `language` field.
    Input,
    /// Detected on the opening turns, or on the whole conversation.
    Detected,
    /// Nothing to detect from; English assumed.
    Fallback,
}

/// One turn after language analysis.
#[derive(Debug, Clone)]
pub struct AnalyzedTurn {
    pub lang: Lang,
    /// The language detected on this turn alone, when the detector ran on it and was confident
    /// (it runs only on turns that do not read like the conversation's language).
    pub detected: Option<Lang>,
    pub text: TurnText,
    pub sentences: Vec<Sentence>,
    /// Every cue of the turn is a backchannel ("mhm", "sì", "ναι"): it does not take the floor.
    pub is_backchannel: bool,
    /// Whether each of `text.tokens` carries content (see [`Analyzed::content_tokens`]).
    content: Vec<bool>,
    /// Snowball stems of `text.tokens`, computed on first use: several rules compare stems.
    stems: std::sync::OnceLock<Vec<String>>,
    /// The distinct content stems of the whole turn, in text order, computed on first use.
    distinct_stems: std::sync::OnceLock<Vec<String>>,
    /// Learned signals (sentiment, emotions, …), computed on first use.
    signals: std::sync::OnceLock<tact_signals::TurnSignals>,
    /// Normalized positions of the double quote marks, for [`crate::predicates::is_quoted`].
    pub(crate) quotes: Vec<u32>,
    /// Normalized length of the longest cue, which bounds how far back a covering cue starts.
    pub(crate) longest_cue: u32,
}

impl AnalyzedTurn {
    pub fn questions(&self) -> impl Iterator<Item = &Sentence> + '_ {
        self.sentences.iter().filter(|s| s.is_question)
    }
    pub fn has_question(&self) -> bool {
        self.sentences.iter().any(|s| s.is_question)
    }
    pub fn word_count(&self) -> usize {
        self.text.word_count()
    }
}

/// A stretch of talk by one side: consecutive turns of that side, where the other side's
/// backchannels ("mhm", "sì", "ναι") do not interrupt it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Run {
    pub first: usize,
    pub last: usize,
    /// The turn of the run with the most words.
    pub longest_turn: usize,
    pub words: usize,
    /// Seconds from the first start to the last end, for timed calls.
    pub seconds: Option<f64>,
}

/// A conversation with its analysis.
#[derive(Debug, Clone)]
pub struct Analyzed<'c> {
    pub conversation: &'c Conversation,
    pub lang: Lang,
    pub lang_source: LangSource,
    pub turns: Vec<AnalyzedTurn>,
    /// The conversation read as a dialogue: acts per turn and the links between turns.
    pub dialogue: tact_dialogue::Dialogue,
}

fn analyze_turn(turn: &Turn, lang: Lang, detected: Option<Lang>) -> AnalyzedTurn {
    let text = TurnText::new(&turn.text, lang);
    let sentences = split_sentences(&text, lang, &turn.text);
    let words = text.word_count();
    let bc_words: usize = text
        .cues_of(lex::BACKCHANNEL)
        .map(|c| crate::predicates::words_between(&text, c.norm_start, c.norm_end))
        .sum();
    let is_backchannel = words > 0 && words <= 4 && bc_words == words;
    let content = text.content_mask();
    let quotes = text
        .norm
        .text
        .match_indices('"')
        .map(|(p, _)| p as u32)
        .collect();
    let longest_cue = text
        .cues
        .iter()
        .map(|c| c.norm_end - c.norm_start)
        .max()
        .unwrap_or(0);
    AnalyzedTurn {
        lang,
        detected,
        text,
        sentences,
        is_backchannel,
        content,
        stems: std::sync::OnceLock::new(),
        distinct_stems: std::sync::OnceLock::new(),
        signals: std::sync::OnceLock::new(),
        quotes,
        longest_cue,
    }
}

/// Words of the opening turns that the conversation's language is detected on: detection
/// once per conversation, not once per turn, costs almost nothing per turn, and later turns
/// are checked only when they do not read like that language.
const DECISIVE_WORDS: usize = 40;

/// The language of a conversation without a declared one: detected on its opening turns (up to
/// [`DECISIVE_WORDS`] words), or on all of it when the opening is not enough; English when there
/// is nothing to detect.
fn detect_conversation(conversation: &Conversation) -> (Lang, LangSource) {
    let mut opening = String::new();
    let mut words = 0;
    for t in &conversation.turns {
        if words >= DECISIVE_WORDS {
            break;
        }
        opening.push_str(&t.text);
        opening.push('\n');
        words += t.text.split_whitespace().count();
    }
    if let Some(d) = detect(&opening).filter(|d| d.reliable) {
        return (d.lang, LangSource::Detected);
    }
    let all: String = conversation
        .turns
        .iter()
        .map(|t| t.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    match detect(&all) {
        Some(d) => (d.lang, LangSource::Detected),
        None => (Lang::En, LangSource::Fallback),
    }
}

/// Whether a turn read in some language has almost none of its stop words: function words make
/// up a good part of any sentence, so such a turn is probably in another language.
fn looks_foreign(t: &TurnText) -> bool {
    t.cues_of(lex::STOPWORDS).count() * 5 < t.word_count()
}

/// The conversation read as a dialogue, from the language layer's reading of its turns.
fn read_dialogue(conversation: &Conversation, turns: &[AnalyzedTurn]) -> tact_dialogue::Dialogue {
    tact_dialogue::Dialogue::read(
        &conversation
            .turns
            .iter()
            .zip(turns)
            .map(|(t, a)| tact_dialogue::DialogueTurn {
                side: match t.role {
                    Role::Customer => tact_dialogue::Side::Customer,
                    Role::System => tact_dialogue::Side::None,
                    _ => tact_dialogue::Side::Seller,
                },
                lang: a.lang,
                text: &a.text,
                sentences: &a.sentences,
                content: &a.content,
            })
            .collect::<Vec<_>>(),
    )
}

impl<'c> Analyzed<'c> {
    /// Analyses a conversation. `forced` (from the CLI) wins over the input's `language` field,
    /// which wins over detection.
    pub fn new(conversation: &'c Conversation, forced: Option<Lang>) -> Self {
        let declared = forced.or_else(|| {
            conversation
                .language
                .as_deref()
                .and_then(|l| l.parse().ok())
        });
        let (lang, lang_source) = match declared {
            Some(l) => (l, LangSource::Input),
            None => detect_conversation(conversation),
        };
        let turns = conversation
            .turns
            .iter()
            .map(|t| {
                let read = analyze_turn(t, lang, None);
                // A turn in another language is read in its own language only when the detector
                // is sure; short turns ("ok", "sì") follow the conversation.
                if t.text.split_whitespace().nth(3).is_none() || !looks_foreign(&read.text) {
                    return read;
                }
                let d = detect(&t.text).filter(|d| d.reliable).map(|d| d.lang);
                match d {
                    Some(other) if other != lang => analyze_turn(t, other, d),
                    _ => AnalyzedTurn {
                        detected: d,
                        ..read
                    },
                }
            })
            .collect::<Vec<AnalyzedTurn>>();
        let dialogue = read_dialogue(conversation, &turns);
        Analyzed {
            conversation,
            lang,
            lang_source,
            turns,
            dialogue,
        }
    }

    /// The dialogue layer read again over this analysis, as [`Analyzed::new`] reads it (for
    /// timing that stage on its own).
    pub fn read_dialogue_again(&self) -> tact_dialogue::Dialogue {
        read_dialogue(self.conversation, &self.turns)
    }

    pub fn len(&self) -> usize {
        self.turns.len()
    }
    pub fn is_empty(&self) -> bool {
        self.turns.is_empty()
    }
    pub fn turn(&self, i: usize) -> &Turn {
        &self.conversation.turns[i]
    }
    pub fn role(&self, i: usize) -> Role {
        self.conversation.turns[i].role
    }
    pub fn text(&self, i: usize) -> &str {
        &self.conversation.turns[i].text
    }
    pub fn is_seller(&self, i: usize) -> bool {
        self.role(i).is_seller()
    }
    pub fn is_customer(&self, i: usize) -> bool {
        self.role(i) == Role::Customer
    }
    /// Indices of turns by sellers (agents and bots).
    pub fn seller_turns(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len()).filter(|&i| self.is_seller(i))
    }
    pub fn customer_turns(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len()).filter(|&i| self.is_customer(i))
    }
    /// The next seller turn after `i`.
    pub fn next_seller(&self, i: usize) -> Option<usize> {
        (i + 1..self.len()).find(|&j| self.is_seller(j))
    }
    /// The previous seller turn before `i`.
    pub fn prev_seller(&self, i: usize) -> Option<usize> {
        (0..i).rev().find(|&j| self.is_seller(j))
    }
    pub fn next_customer(&self, i: usize) -> Option<usize> {
        (i + 1..self.len()).find(|&j| self.is_customer(j))
    }
    pub fn prev_customer(&self, i: usize) -> Option<usize> {
        (0..i).rev().find(|&j| self.is_customer(j))
    }
    /// The original text covered by a span of turn `i`.
    pub fn quote(&self, i: usize, span: Span) -> &str {
        self.text(i).get(span.start..span.end).unwrap_or("")
    }
    /// Runs of talk by sellers (`seller == true`) or by the customer, backchannels of the other
    /// side not breaking them. System turns break every run.
    pub fn runs(&self, seller: bool) -> Vec<Run> {
        let mut out: Vec<Run> = Vec::new();
        let mut cur: Option<Run> = None;
        for i in 0..self.len() {
            let role = self.role(i);
            let mine = if seller {
                role.is_seller()
            } else {
                role == Role::Customer
            };
            if mine {
                let words = self.turns[i].word_count();
                let t = self.turn(i);
                match cur.as_mut() {
                    Some(r) => {
                        r.last = i;
                        r.words += words;
                        if words > self.turns[r.longest_turn].word_count() {
                            r.longest_turn = i;
                        }
                        if let (Some(s), Some(e)) = (self.turn(r.first).start, t.end) {
                            r.seconds = Some((e - s).max(0.0));
                        }
                    }
                    None => {
                        cur = Some(Run {
                            first: i,
                            last: i,
                            longest_turn: i,
                            words,
                            seconds: t.duration(),
                        });
                    }
                }
            } else if role != Role::System && self.turns[i].is_backchannel {
                continue;
            } else if let Some(r) = cur.take() {
                out.push(r);
            }
        }
        out.extend(cur);
        out
    }

    /// Content words of a turn: tokens that are not stop words, numbers or one- and two-letter
    /// words, in text order.
    pub fn content_tokens(&self, i: usize) -> impl Iterator<Item = &tact_lang::Token> + '_ {
        let t = &self.turns[i];
        t.text
            .tokens
            .iter()
            .zip(&t.content)
            .filter_map(|(tok, &c)| c.then_some(tok))
    }

    /// The content words among tokens `range` of turn `i`.
    pub(crate) fn content_tokens_in(
        &self,
        i: usize,
        range: std::ops::Range<usize>,
    ) -> impl Iterator<Item = &tact_lang::Token> + '_ {
        let t = &self.turns[i];
        t.text.tokens[range.clone()]
            .iter()
            .zip(&t.content[range])
            .filter_map(|(tok, &c)| c.then_some(tok))
    }

    /// The distinct content stems of turn `i`, in text order (cached: rules compare whole turns
    /// with each other many times).
    pub fn distinct_stems(&self, i: usize) -> &[String] {
        self.turns[i]
            .distinct_stems
            .get_or_init(|| self.distinct_stems_where(i, None, |_| true))
    }

    /// The distinct stems of the content words of turn `i` (of one sentence, when given) that
    /// `keep` accepts, in text order.
    pub(crate) fn distinct_stems_where(
        &self,
        i: usize,
        sentence: Option<&Sentence>,
        keep: impl Fn(&tact_lang::Token) -> bool,
    ) -> Vec<String> {
        let t = &self.turns[i];
        let (lo, hi) = match sentence {
            None => (0, t.text.tokens.len()),
            Some(s) => {
                let r = crate::predicates::word_range(&t.text, s.norm_start, s.norm_end);
                (r.start, r.end)
            }
        };
        let mut out: Vec<String> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let content = t.text.tokens[lo..hi]
            .iter()
            .zip(&t.content[lo..hi])
            .filter_map(|(tok, &c)| c.then_some(tok));
        for tok in content.filter(|t| keep(t)) {
            let st = self.stem_of(i, tok);
            if seen.insert(st) {
                out.push(st.to_string());
            }
        }
        out
    }

    /// Snowball stems of the tokens of turn `i`, aligned with its tokens, computed once; only
    /// content words are stemmed (function words get an empty stem).
    pub fn stems(&self, i: usize) -> &[String] {
        let t = &self.turns[i];
        t.stems.get_or_init(|| {
            t.text
                .tokens
                .iter()
                .zip(&t.content)
                .map(|(tok, &content)| {
                    if content {
                        tact_lang::stem(t.lang, self.quote(i, tok.span))
                    } else {
                        String::new()
                    }
                })
                .collect()
        })
    }

    /// The learned signals of turn `i` (computed once, shared by rules and the report).
    pub fn signals(&self, i: usize) -> &tact_signals::TurnSignals {
        let t = &self.turns[i];
        t.signals.get_or_init(|| {
            tact_signals::SignalModel::embedded().predict_turn(t.lang, self.text(i), &t.text)
        })
    }

    /// The stem of one token of turn `i` (cached).
    pub fn stem_of(&self, i: usize, tok: &tact_lang::Token) -> &str {
        let tokens = &self.turns[i].text.tokens;
        tokens
            .binary_search_by_key(&tok.norm_start, |t| t.norm_start)
            .ok()
            .and_then(|k| self.stems(i).get(k))
            .map_or("", String::as_str)
    }

    /// Snowball stems of the content words of a turn, in text order.
    pub fn content_stems(&self, i: usize) -> Vec<String> {
        self.content_tokens(i)
            .map(|tok| self.stem_of(i, tok).to_string())
            .collect()
    }

    /// The original span of the `k`-th content word of turn `i`.
    pub fn content_token_span(&self, i: usize, k: usize) -> Span {
        self.content_tokens(i)
            .nth(k)
            .map_or(Span::new(0, 0), |t| t.span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv(lang: Option<&str>, turns: &[(Role, &str)]) -> Conversation {
        Conversation {
            language: lang.map(str::to_string),
            turns: turns.iter().map(|(r, t)| Turn::new(*r, *t)).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn conversation_language_is_detected_on_its_opening() {
        let c = conv(
            None,
            &[
                (
                    Role::Customer,
                    "Buonasera, vorrei informazioni sul vostro abbonamento in palestra.",
                ),
                (
                    Role::Agent,
                    "Certo, mi dica pure: che tipo di allenamento le interessa di più?",
                ),
                (Role::Customer, "ok"),
            ],
        );
        let a = Analyzed::new(&c, None);
        assert_eq!(a.lang, Lang::It);
        assert_eq!(a.lang_source, LangSource::Detected);
        assert!(a.turns[2].is_backchannel);
    }

    #[test]
    fn declared_language_overrides_detection() {
        let c = conv(
            Some("fi"),
            &[(Role::Customer, "Hello there, I would like a quote please.")],
        );
        assert_eq!(Analyzed::new(&c, None).lang, Lang::Fi);
        assert_eq!(Analyzed::new(&c, Some(Lang::Ro)).lang, Lang::Ro);
    }

    #[test]
    fn greek_semicolon_is_a_question_mark() {
        let c = conv(
            Some("el"),
            &[(Role::Agent, "Θέλετε το μπλε ή το μαύρο; Εντάξει.")],
        );
        let a = Analyzed::new(&c, None);
        let s = &a.turns[0].sentences;
        assert!(s[0].is_question && s[0].is_choice);
        assert!(!s[1].is_question);
    }

    #[test]
    fn choice_questions_are_found_in_every_language() {
        for (lang, text) in [
            ("en", "Would you like it in red or blue?"),
            ("it", "Lo preferisce rosso o blu?"),
            ("ro", "Îl doriți roșu sau albastru?"),
            ("fi", "Haluatko punaisen vai sinisen?"),
            ("el", "Το θέλετε κόκκινο ή μπλε;"),
        ] {
            let c = conv(Some(lang), &[(Role::Agent, text)]);
            let a = Analyzed::new(&c, None);
            assert!(a.turns[0].sentences[0].is_choice, "{lang}: {text}");
        }
    }

    #[test]
    fn backchannels_do_not_break_a_run() {
        let c = conv(
            Some("it"),
            &[
                (
                    Role::Agent,
                    "Allora, le spiego come funziona il nostro piano.",
                ),
                (Role::Customer, "sì"),
                (
                    Role::Agent,
                    "Ci sono tre fasce di prezzo e due durate diverse.",
                ),
                (Role::Customer, "Ma io volevo solo sapere il prezzo base."),
                (Role::Agent, "Certo."),
            ],
        );
        let runs = Analyzed::new(&c, None).runs(true);
        assert_eq!(runs.len(), 2);
        assert_eq!((runs[0].first, runs[0].last), (0, 2));
        assert_eq!(runs[0].words, 8 + 10);
    }

    #[test]
    fn decimals_and_abbreviations_do_not_split_sentences() {
        let c = conv(
            Some("ro"),
            &[(
                Role::Agent,
                "Vă fac o ofertă: 5.399 lei, vezi www.magazin.ro. Bine?",
            )],
        );
        let s = &Analyzed::new(&c, None).turns[0].sentences;
        assert_eq!(s.len(), 2);
        assert!(s[1].is_question);
        // A short form goes on when a small letter or a digit follows, in every language; a
        // capital after it may start the next sentence.
        for (lang, text, n) in [
            ("en", "It costs approx. 90 euros. Fine?", 2),
            ("it", "Siamo ca. 60 persone, budget 9000 euro.", 1),
            ("el", "Μένω στην Αθηνάς αρ. 12 και θέλω παράδοση.", 1),
            ("ro", "Locuiesc pe str. florilor nr. 5 de ani.", 1),
            ("fi", "Vieraita on n. 60 ja budjetti n. 9000 €.", 1),
            (
                "en",
                "Call the shop at tel. 555 0100. Do you need the address?",
                2,
            ),
            ("en", "It is on approx. Fine?", 2),
        ] {
            let c = conv(Some(lang), &[(Role::Customer, text)]);
            let s = &Analyzed::new(&c, None).turns[0].sentences;
            assert_eq!(s.len(), n, "{lang}: {text}");
        }
    }

    #[test]
    fn or_not_questions_are_not_choices() {
        let c = conv(Some("en"), &[(Role::Agent, "Do you want it or not?")]);
        assert!(!Analyzed::new(&c, None).turns[0].sentences[0].is_choice);
    }
}
