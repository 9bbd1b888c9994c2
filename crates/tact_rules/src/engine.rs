//! Runs the enabled rules over an analysed conversation and turns their findings into moments
//! with severity, evidence, suggestion and an OK alternative in the conversation's language.

use crate::calibration::{self, Caps};
use crate::Confidence;
use crate::{
    alternative, Analyzed, CheckContext, Corpus, Finding, Moment, RuleConfig, RuleInfo, Settings,
    Severity, RULES,
};

/// The rules a run uses, with their settings resolved once.
pub struct Engine {
    settings: Settings,
    rules: Vec<(&'static RuleInfo, RuleConfig, Severity, String)>,
    corpus: Corpus,
    caps: Caps,
    compares: bool,
}

impl Engine {
    pub fn new(settings: Settings) -> Self {
        Self::with_rules(settings, |_| true)
    }

    /// An engine restricted further by `keep` (e.g. to rules that apply to scripts).
    pub fn with_rules(settings: Settings, keep: impl Fn(&RuleInfo) -> bool) -> Self {
        let rules: Vec<_> = RULES
            .iter()
            .filter(|r| settings.is_enabled(r) && keep(r))
            .map(|r| {
                (
                    r,
                    settings.rule_config(r),
                    settings.severity(r),
                    r.suggestion(),
                )
            })
            .collect();
        let caps = if settings.raw_confidence {
            Caps::default()
        } else {
            Caps::new(&calibration::figures())
        };
        // A detector that reads other conversations is consulted only while its moments could
        // be shown: hidden anyway, it would cost the run its parallelism for nothing.
        let compares = rules.iter().any(|(r, ..)| {
            r.rule
                .corpus_message()
                .is_some_and(|m| caps.apply(m, Confidence::HIGH) >= settings.min_confidence())
        });
        Engine {
            settings,
            rules,
            corpus: Corpus::new(),
            caps,
            compares,
        }
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Whether the rule with this id runs.
    pub fn runs(&self, id: &str) -> bool {
        self.rules.iter().any(|(r, ..)| r.id == id)
    }

    /// Whether a moment of one conversation can depend on the conversations before it (the
    /// templates robotic-script counts across the run): then their corpus keys must be counted
    /// in input order ([`Engine::count`]) for the output not to depend on the number of jobs;
    /// the rest of the analysis can run in any order.
    pub fn compares_conversations(&self) -> bool {
        self.compares
    }

    pub fn rule_count(&self) -> usize {
        self.rules.len()
    }

    /// Moments of one conversation, ordered by turn and position. A conversation that reads the
    /// run's corpus is counted into it here: call this in input order, or split it into
    /// [`Engine::corpus_keys`] (any order), [`Engine::count`] (input order) and
    /// [`Engine::run_counted`] (any order).
    pub fn run(&self, conv: &Analyzed<'_>) -> Vec<Moment> {
        let keys = self.corpus_keys(conv);
        let seen = self.count(&keys);
        self.run_counted(conv, &seen)
    }

    /// What the rules that read the run's corpus look up in this conversation; empty when no
    /// rule does (see [`Engine::compares_conversations`]). Needs no other conversation.
    pub fn corpus_keys(&self, conv: &Analyzed<'_>) -> CorpusKeys {
        if !self.compares {
            return CorpusKeys(Vec::new());
        }
        CorpusKeys(
            self.rules
                .iter()
                .map(|(info, config, ..)| info.rule.corpus_keys(conv, config))
                .collect(),
        )
    }

    /// Counts one conversation's keys into the run's corpus: how many times each has been seen,
    /// this sighting included. The only step that must follow input order.
    pub fn count(&self, keys: &CorpusKeys) -> Sightings {
        Sightings(
            keys.0
                .iter()
                .map(|k| k.iter().map(|&key| self.corpus.observe(key)).collect())
                .collect(),
        )
    }

    /// Moments of one conversation whose corpus keys were already counted ([`Engine::count`]).
    pub fn run_counted(&self, conv: &Analyzed<'_>, seen: &Sightings) -> Vec<Moment> {
        let mut moments = Vec::new();
        let mut findings = Vec::new();
        let min = self.settings.min_confidence();
        for (n, (info, config, severity, suggestion)) in self.rules.iter().enumerate() {
            findings.clear();
            let cx = CheckContext {
                conv,
                config,
                settings: &self.settings,
                corpus: seen.0.get(n).map(Vec::as_slice),
            };
            info.rule.check(&cx, &mut findings);
            for f in &mut findings {
                f.confidence = self.caps.apply(f.message.key, f.confidence);
            }
            findings.sort_by_key(|f| (f.turn, f.span.start));
            // One moment per rule and turn: the same behaviour found twice in a turn is one
            // moment, its surest finding whole (message and confidence together, or a hidden
            // detector's words would borrow another's confidence). Different rules on one turn
            // stay apart.
            findings.dedup_by(|later, kept| {
                let same = later.turn == kept.turn;
                if same && later.confidence > kept.confidence {
                    std::mem::swap(kept, later);
                }
                same
            });
            let silence = conv
                .conversation
                .team
                .as_deref()
                .and_then(|t| self.settings.team_silence.get(t));
            let team_alternative = conv
                .conversation
                .team
                .as_deref()
                .and_then(|t| self.settings.team_alternatives.get(t))
                .and_then(|a| a.get(info.id))
                .and_then(|by_lang| by_lang.get(conv.lang.code()));
            for f in findings.drain(..).filter(|f| f.confidence >= min) {
                let mut m = to_moment(conv, info, *severity, suggestion, f);
                if let Some(a) = team_alternative {
                    m.alternative = a.clone();
                }
                if !silence.is_some_and(|s| s.silences(info, &m.evidence)) {
                    moments.push(m);
                }
            }
        }
        moments.sort_by(|a, b| {
            a.turn
                .cmp(&b.turn)
                .then(a.start.cmp(&b.start))
                .then(a.code.cmp(b.code))
        });
        moments
    }
}

/// The corpus keys of one conversation, one list per rule of the engine (see
/// [`Engine::corpus_keys`]).
#[derive(Debug, Clone, Default)]
pub struct CorpusKeys(Vec<Vec<u64>>);

/// How many times the run had seen each corpus key of one conversation (see [`Engine::count`]).
#[derive(Debug, Clone, Default)]
pub struct Sightings(Vec<Vec<u32>>);

fn to_moment(
    conv: &Analyzed<'_>,
    info: &'static RuleInfo,
    severity: Severity,
    suggestion: &str,
    f: Finding,
) -> Moment {
    let text = conv.text(f.turn);
    let (start, end) = if f.span.is_empty() || f.span.end > text.len() {
        (0, text.len())
    } else {
        (f.span.start, f.span.end)
    };
    Moment {
        rule: info.id,
        code: info.code,
        family: info.family,
        severity,
        turn: f.turn,
        start,
        end,
        evidence: text.get(start..end).unwrap_or("").to_string(),
        confidence: f.confidence,
        message: f.message.render("en"),
        message_key: f.message.key,
        message_args: f.message.json_args(),
        suggestion: suggestion.to_string(),
        alternative: alternative(info.id, conv.lang).unwrap_or("").to_string(),
    }
}

/// Runs every rule, preview ones included, with default settings (tests, docs).
pub fn run_rules(conv: &Analyzed<'_>) -> Vec<Moment> {
    Engine::new(Settings::all_rules()).run(conv)
}
