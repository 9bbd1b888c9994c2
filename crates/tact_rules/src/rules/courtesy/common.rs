//! What the courtesy rules share: who an insult is aimed at, and whether it is quoted, reported
//! or negated rather than said.

pub(crate) use crate::predicates::excerpt;
use crate::predicates::{cue_quoted, sentence_bounds, words_between, words_overlapping};
use crate::AnalyzedTurn;
use std::cmp::Reverse;
use tact_lang::{lex, CueMatch, LexId, TurnText};
use tact_model::Span;

/// Whom a clause points at, read from the nearest person marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// "you", "sei", "είσαι", "ești", "olet".
    Listener,
    /// "your": something that belongs to the listener.
    ListenerOwn,
    /// "I", "me", "my": the speaker.
    Speaker,
    /// Someone or something else.
    Other,
}

fn target_of(l: LexId) -> Option<Target> {
    if l == lex::ADDRESSEE {
        Some(Target::Listener)
    } else if l == lex::ADDRESSEE_POSSESSIVE {
        Some(Target::ListenerOwn)
    } else if l == lex::SELF_REFERENCE {
        Some(Target::Speaker)
    } else if l == lex::OTHER_TARGET {
        Some(Target::Other)
    } else {
        None
    }
}

/// A person marker near a cue and how many words lie between them.
#[derive(Debug, Clone, Copy)]
struct Marker {
    target: Target,
    cue: CueMatch,
    gap: usize,
}

fn is_stop(text: &str, i: usize, c: char) -> bool {
    match c {
        ',' | ';' | ':' | '.' | '!' | '?' | '(' | ')' | '\n' | '…' | '"' | '\u{037E}' => true,
        // A spaced dash separates clauses; "du-te" or "mi-a" is one word.
        '-' => text[..i].ends_with(' ') && text[i + 1..].starts_with(' '),
        _ => false,
    }
}

/// The clause around `[start, end)` of the normalized text, bounded by punctuation and never
/// wider than the sentence that holds it.
fn clause(turn: &AnalyzedTurn, start: usize, end: usize) -> (usize, usize) {
    let text = turn.text.norm.text.as_str();
    let (ss, se) = sentence_bounds(turn, start as u32);
    let (ss, se) = (
        (ss as usize).min(start),
        (se as usize).max(end).min(text.len()),
    );
    let s = text[ss..start]
        .char_indices()
        .rev()
        .find(|&(i, c)| is_stop(text, ss + i, c))
        .map_or(ss, |(i, c)| ss + i + c.len_utf8());
    let e = text[end..se]
        .char_indices()
        .find(|&(i, c)| is_stop(text, end + i, c))
        .map_or(se, |(i, _)| end + i);
    (s, e)
}

/// Person markers among `cues`.
fn markers(cues: &[CueMatch]) -> impl Iterator<Item = (Target, &CueMatch)> + '_ {
    cues.iter()
        .filter_map(|m| target_of(m.lex).map(|tg| (tg, m)))
}

/// The person marker closest before the cue inside its clause; of two ending together the
/// longer wins ("you are" over "are").
fn marker_before(t: &TurnText, cue: &CueMatch, clause_start: usize) -> Option<Marker> {
    markers(t.cues_starting_in(clause_start as u32, cue.norm_start))
        .filter(|(_, m)| m.norm_end <= cue.norm_start)
        .max_by_key(|(_, m)| (m.norm_end, Reverse(m.norm_start)))
        .map(|(target, m)| Marker {
            target,
            cue: *m,
            gap: words_between(t, m.norm_end, cue.norm_start),
        })
}

/// The first person marker after the cue inside its clause, at most `max_gap` words away
/// ("che idiota che sono", "ηλίθιος είσαι").
fn marker_after(t: &TurnText, cue: &CueMatch, clause_end: usize, max_gap: usize) -> Option<Marker> {
    markers(t.cues_starting_in(cue.norm_end, clause_end as u32))
        .filter(|(_, m)| m.norm_end as usize <= clause_end)
        .min_by_key(|(_, m)| (m.norm_start, Reverse(m.norm_end)))
        .map(|(target, m)| Marker {
            target,
            cue: *m,
            gap: words_between(t, cue.norm_end, m.norm_start),
        })
        .filter(|m| m.gap <= max_gap)
}

/// The cue widened to whole words: "fuck*" matched in "fucking" quotes "fucking".
fn word_span(t: &TurnText, cue: &CueMatch) -> Span {
    let mut words = words_overlapping(t, cue.norm_start, cue.norm_end).iter();
    let first = words.next();
    let last = words.next_back().or(first);
    match (first, last) {
        (Some(a), Some(b)) => Span::new(
            a.span.start.min(cue.span.start),
            b.span.end.max(cue.span.end),
        ),
        _ => cue.span,
    }
}

/// Whether a reporting verb in the same sentence puts the cue in someone else's mouth ("he called
/// me an idiot"). A speaker who turns to the listener in a clause of their own ("you said
/// Tuesday, you idiot") is not reporting.
fn is_reported(turn: &AnalyzedTurn, cue: &CueMatch, addressed_in_clause: bool) -> bool {
    let t = &turn.text;
    let text = t.norm.text.as_str();
    let (ss, se) = sentence_bounds(turn, cue.norm_start);
    t.cues_in(lex::REPORTED_SPEECH, ss, se).any(|r| {
        if r.norm_end <= cue.norm_start {
            let between = &text[r.norm_end as usize..cue.norm_start as usize];
            let separated = between
                .char_indices()
                .any(|(i, c)| is_stop(text, r.norm_end as usize + i, c));
            !(separated && addressed_in_clause)
        } else if r.norm_start >= cue.norm_end {
            !addressed_in_clause
        } else {
            false
        }
    })
}

/// Whether quotes or a reporting verb make a cue someone else's words.
pub(crate) fn is_cited(turn: &AnalyzedTurn, cue: &CueMatch) -> bool {
    cue_quoted(turn, cue) || is_reported(turn, cue, false)
}

/// What kind of abuse a cue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abuse {
    /// Name-calling or a belittling phrase ("idiot", "are you deaf").
    Insult,
    /// An adjective said of the listener ("you're useless").
    Derogatory,
    /// A swearword.
    Profanity,
    /// A contempt idiom ("it's not rocket science", "even a child could"): no insulting word,
    /// but it belittles the listener all the same.
    Contempt,
}

/// How a rule reads aim: what counts as said to the listener.
pub(crate) struct Policy {
    /// Whether "your …" counts as aimed at the listener (an agent sneering at "your question"
    /// is rude; a customer criticising "your service" is feedback).
    pub possessive_is_listener: bool,
    /// Whether a swearword counts only when aimed at the listener.
    pub profanity_needs_aim: bool,
    /// Whether contempt idioms count (a seller's "I couldn't care less" is contempt; a
    /// customer's is frustration, not abuse of the agent).
    pub contempt_counts: bool,
}

/// An abusive cue that counts, with the evidence span in the original text.
pub(crate) struct Hit {
    pub kind: Abuse,
    pub span: Span,
    /// Whether a second-person marker aims it at the listener.
    pub aimed: bool,
    /// Where the cue starts in the normalized text.
    pub norm_start: u32,
}

/// The first insult, derogatory remark or swearword of a turn that is really said by its speaker
/// to the listener under `policy`: not quoted, not reported, not negated, not self-directed and
/// not about someone or something else.
pub(crate) fn find_abuse(turn: &AnalyzedTurn, policy: &Policy) -> Option<Hit> {
    let t = &turn.text;
    let listener = |tg: Target| {
        tg == Target::Listener || (policy.possessive_is_listener && tg == Target::ListenerOwn)
    };
    for cue in &t.cues {
        let kind = if cue.lex == lex::INSULT {
            Abuse::Insult
        } else if cue.lex == lex::DEROGATORY {
            Abuse::Derogatory
        } else if cue.lex == lex::PROFANITY {
            Abuse::Profanity
        } else if cue.lex == lex::CONTEMPT && policy.contempt_counts {
            Abuse::Contempt
        } else {
            continue;
        };
        if cue_quoted(turn, cue) {
            continue;
        }
        let (cs, ce) = clause(turn, cue.norm_start as usize, cue.norm_end as usize);
        let before = marker_before(t, cue, cs);
        let after = marker_after(t, cue, ce, 2);
        if is_reported(turn, cue, before.is_some_and(|b| listener(b.target))) {
            continue;
        }
        // A negation before the cue in its clause, or right after it ("tyhmiä kysymyksiä ei
        // ole", "stupid questions don't exist").
        let negated = t.cues_in(lex::NEGATOR, cs as u32, ce as u32).any(|n| {
            n.norm_end <= cue.norm_start
                || (n.norm_start >= cue.norm_end
                    && words_between(t, cue.norm_end, n.norm_start) == 0)
        });
        // The marker that aims the cue at the listener, if any.
        let aim = match (kind, before, after) {
            (Abuse::Derogatory, Some(b), _) if b.gap > 2 => None,
            (Abuse::Derogatory, None, Some(a)) if a.gap > 1 || a.target != Target::Listener => None,
            (Abuse::Profanity, Some(b), _) if b.gap > 3 => None,
            (_, Some(b), _) => Some(b).filter(|b| listener(b.target)),
            (_, None, Some(a)) => Some(a).filter(|a| listener(a.target)),
            (_, None, None) => None,
        };
        // A lone insulting word with no person marker counts only as a vocative, closing its
        // clause ("Idiot!", "cretino, te l'ho detto"), not as in "idiot driver nearly hit me";
        // phrases ("are you deaf", "stupid question") carry their own aim.
        let vocative = words_between(t, cue.norm_start, cue.norm_end) > 1
            || words_between(t, cue.norm_end, ce as u32) == 0;
        let counts = match kind {
            // Name-calling needs no "you", but another target takes it elsewhere.
            Abuse::Insult => {
                !negated && (aim.is_some() || (before.is_none() && after.is_none() && vocative))
            }
            Abuse::Derogatory => !negated && aim.is_some(),
            Abuse::Profanity => !policy.profanity_needs_aim || aim.is_some(),
            // The idiom is its own aim, and often negative in form ("not rocket science").
            Abuse::Contempt => true,
        };
        if !counts {
            continue;
        }
        let word = word_span(t, cue);
        let span = match aim {
            Some(m) if m.cue.norm_end <= cue.norm_start => Span::new(m.cue.span.start, word.end),
            Some(m) => Span::new(word.start, m.cue.span.end),
            None => word,
        };
        // "are you deaf", "fuck you": the phrase carries its own "you".
        let inner = markers(t.cues_starting_in(cue.norm_start, cue.norm_end))
            .any(|(tg, m)| listener(tg) && m.norm_end <= cue.norm_end);
        return Some(Hit {
            kind,
            span,
            aimed: aim.is_some() || inner,
            norm_start: cue.norm_start,
        });
    }
    None
}
