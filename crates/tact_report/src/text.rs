//! The human format: reads like a good linter — where, who, the quoted line with the evidence
//! marked, what happened, and what to say instead. Colour only on a terminal. Every string from
//! the input is escaped (`escape::text`) whatever the colour setting, so the only escape
//! sequences in the output are the colours painted here.

use crate::escape::text as esc;
use crate::{window, Printer};
use console::Style;
use std::io::{self, Write};
use tact_analyze::{ConversationReport, Summary};
use tact_model::Conversation;
use tact_rules::{Confidence, Severity};

pub struct TextPrinter<'a> {
    out: Box<dyn Write + 'a>,
    color: bool,
}

impl<'a> TextPrinter<'a> {
    pub fn new(out: Box<dyn Write + 'a>, color: bool) -> Self {
        TextPrinter { out, color }
    }

    fn paint(&self, style: Style, s: &str) -> String {
        if self.color {
            style.force_styling(true).apply_to(s).to_string()
        } else {
            s.to_string()
        }
    }
}

fn pct(x: Option<f64>) -> String {
    x.map_or("–".into(), |v| format!("{:.0}%", v * 100.0))
}

impl Printer for TextPrinter<'_> {
    fn conversation(&mut self, conv: &Conversation, r: &ConversationReport) -> io::Result<()> {
        let mut head = format!("{} · {} · {}", esc(&r.id), r.channel, esc(&r.language));
        if let Some(a) = &r.agent {
            head.push_str(&format!(" · agent {}", esc(a)));
        }
        if let Some(t) = &r.team {
            head.push_str(&format!(" · team {}", esc(t)));
        }
        let score = format!("score {} · risk {:.2}", r.score, r.risk);
        if let Some(p) = &r.persona {
            head.push_str(&format!(
                " · buyer {} ({:.0}%)",
                p.label.as_str(),
                p.confidence * 100.0
            ));
        }
        let score_style = match r.score {
            90..=100 => Style::new().green(),
            70..=89 => Style::new().yellow(),
            _ => Style::new().red(),
        };
        writeln!(
            self.out,
            "{} · {}",
            self.paint(Style::new().bold(), &head),
            self.paint(score_style.bold(), &score)
        )?;
        for m in &r.moments {
            let sev_style = match m.severity {
                Severity::Error => Style::new().red().bold(),
                Severity::Warning => Style::new().yellow().bold(),
                Severity::Info => Style::new().cyan().bold(),
            };
            let role = conv.turns.get(m.turn).map_or("?", |t| t.role.as_str());
            // Shown only with --min-confidence under the score's bar: the reader must see that
            // this one accuses nobody.
            let unsure = if m.confidence < Confidence::SCORE_MIN {
                self.paint(
                    Style::new().dim(),
                    &format!(
                        " · low confidence {:.0}%, not scored",
                        m.confidence.0 * 100.0
                    ),
                )
            } else {
                String::new()
            };
            writeln!(
                self.out,
                "  {} {} {} · turn {} ({role}){unsure}",
                self.paint(sev_style.clone(), m.severity.as_str()),
                self.paint(Style::new().bold(), m.code),
                m.rule,
                m.turn
            )?;
            let text = conv.turns.get(m.turn).map_or("", |t| t.text.as_str());
            let (line, a, b) = window(text, m.start, m.end, 100);
            let bar = self.paint(Style::new().blue(), "│");
            writeln!(self.out, "    {bar} {line}")?;
            let marks = format!("{}{}", " ".repeat(a), "^".repeat((b - a).max(1)));
            writeln!(self.out, "    {bar} {}", self.paint(sev_style, &marks))?;
            writeln!(self.out, "    = {}", esc(&m.message))?;
            if !m.suggestion.is_empty() {
                writeln!(
                    self.out,
                    "    = {} {}",
                    self.paint(Style::new().green().bold(), "instead:"),
                    esc(&m.suggestion)
                )?;
            }
            if !m.alternative.is_empty() {
                writeln!(
                    self.out,
                    "    = {} \"{}\"",
                    self.paint(Style::new().green().bold(), "OK:"),
                    esc(&m.alternative)
                )?;
            }
        }
        let x = &r.metrics;
        let mut parts = vec![
            format!("agent talk {}", pct(x.agent_talk_share)),
            format!(
                "longest monologue {} words",
                x.longest_agent_monologue_words
            ),
            format!("agent questions {}", x.agent_questions),
            format!("choice questions {}", x.choice_questions),
        ];
        if let Some(s) = x.longest_agent_monologue_seconds {
            parts[1] = format!(
                "longest monologue {} words / {s:.0}s",
                x.longest_agent_monologue_words
            );
        }
        if let Some(p) = x.patience_seconds {
            parts.push(format!("patience {p:.1}s"));
        }
        if let Some(o) = x.overtalk_count {
            parts.push(format!("overtalk {o}"));
        }
        // The customer's mood from their first turn to their last, from the learned signals.
        let moods: Vec<f64> = r
            .turns
            .iter()
            .filter(|t| t.role == tact_model::Role::Customer)
            .filter_map(|t| t.signals.as_ref().map(|s| s.mood()))
            .collect();
        if let (Some(first), Some(last)) = (moods.first(), moods.last()) {
            if moods.len() > 1 {
                parts.push(format!("customer mood {first:+.1} → {last:+.1}"));
            }
        }
        if let Some(f) = x.first_response_seconds {
            parts.push(format!("first response {}", human_duration(f)));
        }
        writeln!(
            self.out,
            "  {} {}",
            self.paint(Style::new().dim(), "metrics:"),
            parts.join(" · ")
        )?;
        writeln!(self.out)
    }

    fn finish(&mut self, _: &Summary) -> io::Result<()> {
        self.out.flush()
    }
}

fn human_duration(secs: f64) -> String {
    let s = secs.round() as u64;
    match s {
        0..=119 => format!("{s}s"),
        120..=7199 => format!("{}m{:02}s", s / 60, s % 60),
        _ => format!("{}h{:02}m", s / 3600, (s % 3600) / 60),
    }
}
