//! Personal data out of what a report shows. `tact analyze --redact` analyses the text as it was
//! written, so the moments are the same with and without redaction, and then redacts only what
//! a printer can show: the turns a moment points into, every quote in a message, the persona's
//! cues and the names. Each of those is redacted by [`tact_redact::Redactor`] with the context
//! of the whole turn and conversation it comes from, so it reads exactly as in the
//! conversation redacted whole; the turns nothing quotes (most of them) cost nothing.

use serde_json::Value;
use tact_analyze::ConversationReport;
use tact_model::{Channel, Conversation, Turn};
use tact_redact::{Options, Redacted, Redactor};

/// A report and the conversation a printer reads with it, with personal data out of both. The
/// conversation keeps its shape (every turn, role and time) but only the turns the report
/// points into keep their text, redacted; the others are empty, so a printer that read them
/// would show nothing rather than something unredacted.
pub fn redact_shown(
    conv: &Conversation,
    mut report: ConversationReport,
    opts: Options,
) -> (Conversation, ConversationReport) {
    let mut shown = Shown::new(conv, opts);
    for m in &mut report.moments {
        let (text, start, end) = shown.span(m.turn, m.start, m.end);
        m.evidence = text.to_string();
        (m.start, m.end) = (start, end);
        let mut changed = false;
        for v in m.message_args.values_mut() {
            if let Value::String(s) = v {
                let r = shown.fragment(s);
                if r != *s {
                    *s = r;
                    changed = true;
                }
            }
        }
        if changed {
            m.message = tact_rules::message_in("en", m.message_key, &m.message_args)
                .unwrap_or_else(|| format!("{} (no message in the catalogue)", m.message_key));
        }
    }
    if let Some(p) = report.persona.as_mut() {
        for e in &mut p.evidence {
            let (text, start, end) = shown.span(e.turn, e.start, e.end);
            e.cue = text.to_string();
            (e.start, e.end) = (start, end);
        }
    }
    report.agent = conv.agent.as_deref().map(|a| shown.agent(a));
    (shown.conversation(), report)
}

/// The fewest digits a figure standing alone needs to be personal data (a short phone number,
/// an id): message figures (a count, a duration, a time) have fewer.
const SHORTEST_PERSONAL_DIGITS: usize = 5;

/// The redactions of one conversation's turns, made when first needed.
struct Shown<'a> {
    conv: &'a Conversation,
    redactor: Redactor,
    turns: Vec<Option<Redacted>>,
    /// The turns the report points into (moments, persona cues): the only ones a printer
    /// gets the text of.
    shown: Vec<bool>,
    speakers: Vec<Option<String>>,
    agent: Option<String>,
}

impl<'a> Shown<'a> {
    fn new(conv: &'a Conversation, opts: Options) -> Self {
        let mut shown = Shown {
            conv,
            redactor: Redactor::new(conv, opts),
            turns: vec![None; conv.turns.len()],
            shown: vec![false; conv.turns.len()],
            speakers: vec![None; conv.turns.len()],
            agent: None,
        };
        // Numbered placeholders count in conversation order (`[PHONE_1]` is the first phone
        // of the conversation, as `tact redact` writes it): every turn is redacted first, in
        // that order, and the agent last.
        if opts.numbered {
            for i in 0..conv.turns.len() {
                shown.turn(i);
                shown.speaker(i);
            }
            if let Some(a) = &conv.agent {
                shown.agent(a);
            }
        }
        shown
    }

    /// Turn `i` redacted.
    fn turn(&mut self, i: usize) -> &Redacted {
        let (redactor, conv) = (&mut self.redactor, self.conv);
        self.turns[i].get_or_insert_with(|| redactor.text(&conv.turns[i].text))
    }

    fn speaker(&mut self, i: usize) -> Option<String> {
        if self.speakers[i].is_none() {
            let name = self.conv.turns[i].speaker.as_deref()?;
            self.speakers[i] = Some(self.redactor.name(name));
        }
        self.speakers[i].clone()
    }

    fn agent(&mut self, name: &str) -> String {
        let redactor = &mut self.redactor;
        self.agent
            .get_or_insert_with(|| redactor.name(name))
            .clone()
    }

    /// The redacted text standing for bytes `start..end` of turn `i`, and its range there. A
    /// turn the report names but the conversation lacks gives nothing.
    fn span(&mut self, i: usize, start: usize, end: usize) -> (&str, usize, usize) {
        if i >= self.turns.len() {
            return ("", 0, 0);
        }
        self.shown[i] = true;
        let red = self.turn(i);
        let (s, e) = red.map(start, end);
        (&red.text[s..e], s, e)
    }

    /// A text argument of a message redacted. Messages quote turns (a span, a sentence, the
    /// opening of a turn cut with "…", several quotes in double quotes joined by commas): each
    /// quote is found in the turns and redacted as it reads there, in the context of its whole
    /// turn; where it stands more than once, everything any occurrence hides is hidden. A text
    /// found in no turn (a formatted figure, a date) is redacted on its own. A channel's name
    /// and a short figure are never personal and stay as they are, whatever longer piece of
    /// personal data a turn holds them in ("email" in an address, "45" in a phone number).
    fn fragment(&mut self, s: &str) -> String {
        let letters = s.chars().any(char::is_alphabetic);
        let digits = s.chars().filter(char::is_ascii_digit).count();
        if (!letters && digits < SHORTEST_PERSONAL_DIGITS) || s.parse::<Channel>().is_ok() {
            return s.to_string();
        }
        if let Some(inner) = s.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
            let quotes: Vec<String> = inner
                .split("\", \"")
                .map(|q| self.quote_or_alone(q))
                .collect();
            return format!("\"{}\"", quotes.join("\", \""));
        }
        if let Some(r) = self.quote(s) {
            return r;
        }
        let pieces: Vec<&str> = s.split(", ").collect();
        if pieces.len() > 1 {
            let mapped: Option<Vec<String>> = pieces.iter().map(|p| self.quote(p)).collect();
            if let Some(mapped) = mapped {
                return mapped.join(", ");
            }
        }
        self.redactor.text(s).text
    }

    fn quote_or_alone(&mut self, s: &str) -> String {
        match self.quote(s) {
            Some(r) => r,
            None => self.redactor.text(s).text,
        }
    }

    /// `s` redacted as it reads in the turns that contain it (an ellipsis at its end, where a
    /// message cut the quote, kept); `None` when no turn contains it. Occurrences that start
    /// and end on word boundaries are looked for first (a quote cut with "…" may end inside a
    /// word), then any: a quote cut inside a word is still found.
    fn quote(&mut self, s: &str) -> Option<String> {
        let (core, cut) = match s.strip_suffix('…') {
            Some(core) => (core, "…"),
            None => (s, ""),
        };
        if core.trim().is_empty() {
            return Some(s.to_string());
        }
        let hidden = self
            .hidden(core, Some(!cut.is_empty()))
            .or_else(|| self.hidden(core, None))?;
        Some(format!("{}{cut}", hide(core, hidden)))
    }

    /// What the redaction of the turns hides of `core` wherever it stands in them (ranges of
    /// `core`, each with its placeholder); `None` when it stands nowhere. With
    /// `Some(open_end)` only occurrences on word boundaries count (the end need not be one when
    /// `open_end`).
    fn hidden(&mut self, core: &str, bounded: Option<bool>) -> Option<Vec<(usize, usize, String)>> {
        let mut found = false;
        let mut hidden = Vec::new();
        for i in 0..self.conv.turns.len() {
            let text = &self.conv.turns[i].text;
            let at: Vec<usize> = text
                .match_indices(core)
                .map(|(p, _)| p)
                .filter(|&p| match bounded {
                    None => true,
                    Some(open_end) => {
                        on_word_boundary(text, p)
                            && (open_end || on_word_boundary(text, p + core.len()))
                    }
                })
                .collect();
            if at.is_empty() {
                continue;
            }
            found = true;
            let red = self.turn(i);
            for p in at {
                hidden.extend(
                    red.hidden(p, p + core.len())
                        .map(|(a, b, tag)| (a, b, tag.to_string())),
                );
            }
        }
        found.then_some(hidden)
    }

    /// The conversation a printer reads: shape, roles and times kept, the text only of the
    /// turns the report points into, redacted; every speaker and the agent as placeholders.
    fn conversation(mut self) -> Conversation {
        let turns: Vec<Turn> = (0..self.conv.turns.len())
            .map(|i| {
                let t = &self.conv.turns[i];
                Turn {
                    role: t.role,
                    text: match &self.turns[i] {
                        Some(r) if self.shown[i] => r.text.clone(),
                        _ => String::new(),
                    },
                    speaker: self.speaker(i),
                    at: t.at,
                    start: t.start,
                    end: t.end,
                    attachments: t.attachments,
                }
            })
            .collect();
        let agent = self.conv.agent.as_deref().map(|a| self.agent(a));
        Conversation {
            id: self.conv.id.clone(),
            channel: self.conv.channel,
            language: self.conv.language.clone(),
            agent,
            team: self.conv.team.clone(),
            started_at: self.conv.started_at,
            outcome: self.conv.outcome.clone(),
            timezone: self.conv.timezone.clone(),
            turns,
        }
    }
}

/// Whether byte `at` of `text` is not inside a word.
fn on_word_boundary(text: &str, at: usize) -> bool {
    let joins = |a: Option<char>, b: Option<char>| matches!((a, b), (Some(a), Some(b)) if a.is_alphanumeric() && b.is_alphanumeric());
    !joins(text[..at].chars().next_back(), text[at..].chars().next())
}

/// `core` with each hidden range replaced by its placeholder; overlapping ranges (what
/// different occurrences hide) are merged, the first placeholder standing for them.
fn hide(core: &str, mut pieces: Vec<(usize, usize, String)>) -> String {
    pieces.sort_by_key(|p| (p.0, std::cmp::Reverse(p.1)));
    let mut out = String::with_capacity(core.len());
    let mut at = 0;
    let mut i = 0;
    while i < pieces.len() {
        let (start, mut end, tag) = pieces[i].clone();
        i += 1;
        while i < pieces.len() && pieces[i].0 < end {
            end = end.max(pieces[i].1);
            i += 1;
        }
        if start < at {
            continue;
        }
        out.push_str(&core[at..start]);
        out.push_str(&tag);
        at = end;
    }
    out.push_str(&core[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_any_occurrence_hides_is_hidden() {
        let core = "Anna Rossi, 333 1234567 ok";
        let person = (0, 10, "[PERSON]".to_string());
        let phone = (12, 23, "[PHONE]".to_string());
        // Two occurrences, each hiding one piece: both hidden.
        assert_eq!(
            hide(core, vec![phone.clone(), person.clone()]),
            "[PERSON], [PHONE] ok"
        );
        // Overlapping pieces become one placeholder, the first.
        assert_eq!(
            hide(core, vec![person, (5, 14, "[ADDRESS]".to_string()), phone]),
            "[PERSON] ok"
        );
        assert_eq!(hide(core, Vec::new()), core);
    }
}
