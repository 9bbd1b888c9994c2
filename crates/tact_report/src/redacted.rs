//! Personal data out of what a report shows. `tact analyze --redact` analyses the text as it was
//! written, so the moments are the same with and without redaction, and then redacts only what
//! a printer can show: the turns a moment points into, every quote in a message, the persona's
//! cues and the names. Each of those is redacted by [`tact_redact::Redactor`] with the context
//! of the whole turn and conversation it comes from, so it reads exactly as in the
//! conversation redacted whole; the turns nobody quotes (most of them) cost nothing.

use serde_json::Value;
use tact_analyze::ConversationReport;
use tact_model::{Conversation, Turn};
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

/// The redactions of one conversation's turns, made when first needed.
struct Shown<'a> {
    conv: &'a Conversation,
    redactor: Redactor,
    turns: Vec<Option<Redacted>>,
    speakers: Vec<Option<String>>,
    agent: Option<String>,
}

impl<'a> Shown<'a> {
    fn new(conv: &'a Conversation, opts: Options) -> Self {
        let mut shown = Shown {
            conv,
            redactor: Redactor::new(conv, opts),
            turns: vec![None; conv.turns.len()],
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
                shown.agent = Some(shown.redactor.name(a));
            }
        }
        shown
    }

    /// Turn `i` redacted.
    fn turn(&mut self, i: usize) -> &Redacted {
        if self.turns[i].is_none() {
            self.turns[i] = Some(self.redactor.text(&self.conv.turns[i].text));
        }
        self.turns[i].as_ref().expect("just redacted")
    }

    fn speaker(&mut self, i: usize) -> Option<String> {
        if self.speakers[i].is_none() {
            let name = self.conv.turns[i].speaker.as_deref()?;
            self.speakers[i] = Some(self.redactor.name(name));
        }
        self.speakers[i].clone()
    }

    fn agent(&mut self, name: &str) -> String {
        match &self.agent {
            Some(a) => a.clone(),
            None => self.redactor.name(name),
        }
    }

    /// The redacted text standing for bytes `start..end` of turn `i`, and its range there. A
    /// turn the report names but the conversation lacks gives nothing.
    fn span(&mut self, i: usize, start: usize, end: usize) -> (&str, usize, usize) {
        if i >= self.turns.len() {
            return ("", 0, 0);
        }
        let red = self.turn(i);
        let (s, e) = red.map(start, end);
        (&red.text[s..e], s, e)
    }

    /// A text argument of a message redacted. Messages quote turns (a span, a sentence, the
    /// opening of a turn cut with "…", several quotes joined by commas): each quote is found in
    /// the turns and redacted as it reads there, in the context of its whole turn. Where it
    /// occurs more than once, the occurrence with the most redacted wins: nothing personal
    /// anywhere it stands is shown. A text found in no turn (a figure, a date, a time) is
    /// redacted on its own.
    fn fragment(&mut self, s: &str) -> String {
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

    /// `s` redacted as it reads in the turns that contain it (an ellipsis at its end, where a
    /// message cut the quote, kept); `None` when no turn contains it. Occurrences between word
    /// boundaries are looked for first: a figure is not taken for the digits inside a phone
    /// number when it stands on its own somewhere; a quote cut inside a word is still found.
    fn quote(&mut self, s: &str) -> Option<String> {
        let (core, cut) = match s.strip_suffix('…') {
            Some(core) => (core, "…"),
            None => (s, ""),
        };
        if core.trim().is_empty() {
            return Some(s.to_string());
        }
        let found = self
            .occurrences(core, true)
            .or_else(|| self.occurrences(core, false))?;
        Some(format!("{}{cut}", found.as_deref().unwrap_or(core)))
    }

    /// Where `core` occurs in the turns (only between word boundaries when `bounded`): `None`
    /// when nowhere; else the redacted reading of the occurrence that hides the most, if any
    /// hides something.
    fn occurrences(&mut self, core: &str, bounded: bool) -> Option<Option<String>> {
        let mut found = false;
        // The redacted occurrence that hides the most of the original, and how much it hides.
        let mut best: Option<(usize, String)> = None;
        for i in 0..self.conv.turns.len() {
            let text = &self.conv.turns[i].text;
            let at: Vec<usize> = text
                .match_indices(core)
                .map(|(p, _)| p)
                .filter(|&p| !bounded || on_word_boundaries(text, p, p + core.len()))
                .collect();
            if at.is_empty() {
                continue;
            }
            found = true;
            let red = self.turn(i);
            for p in at {
                let hidden = red.replaced(p, p + core.len());
                if hidden > best.as_ref().map_or(0, |b| b.0) {
                    let (s, e) = red.map(p, p + core.len());
                    best = Some((hidden, red.text[s..e].to_string()));
                }
            }
        }
        found.then(|| best.map(|b| b.1))
    }

    /// The conversation a printer reads: shape, roles and times kept, the text only of the
    /// turns redacted for the report, every speaker and the agent as placeholders.
    fn conversation(mut self) -> Conversation {
        let turns: Vec<Turn> = (0..self.conv.turns.len())
            .map(|i| {
                let t = &self.conv.turns[i];
                Turn {
                    role: t.role,
                    text: self.turns[i]
                        .as_ref()
                        .map_or_else(String::new, |r| r.text.clone()),
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

/// Whether `start..end` of `text` neither starts nor ends inside a word.
fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let inner = &text[start..end];
    let joins = |a: Option<char>, b: Option<char>| matches!((a, b), (Some(a), Some(b)) if a.is_alphanumeric() && b.is_alphanumeric());
    !joins(text[..start].chars().next_back(), inner.chars().next())
        && !joins(inner.chars().next_back(), text[end..].chars().next())
}
