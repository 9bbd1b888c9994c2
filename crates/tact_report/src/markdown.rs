//! Markdown, for pasting a review into a wiki, a ticket or a coaching note.

use crate::Printer;
use std::io::{self, Write};
use tact_analyze::{ConversationReport, Summary};
use tact_model::Conversation;

pub struct MarkdownPrinter<'a> {
    out: Box<dyn Write + 'a>,
}

impl<'a> MarkdownPrinter<'a> {
    pub fn new(out: Box<dyn Write + 'a>) -> Self {
        MarkdownPrinter { out }
    }
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

impl Printer for MarkdownPrinter<'_> {
    fn conversation(&mut self, _conv: &Conversation, r: &ConversationReport) -> io::Result<()> {
        writeln!(
            self.out,
            "## {} ({}, {}) — score {}\n",
            cell(&r.id),
            r.channel,
            r.language,
            r.score
        )?;
        if r.moments.is_empty() {
            writeln!(self.out, "No OOPS moments.\n")?;
        } else {
            writeln!(
                self.out,
                "| turn | rule | severity | evidence | what happened | OK alternative |"
            )?;
            writeln!(self.out, "|---|---|---|---|---|---|")?;
            for m in &r.moments {
                writeln!(
                    self.out,
                    "| {} | {} `{}` | {} | «{}» | {} | {} |",
                    m.turn,
                    m.code,
                    m.rule,
                    m.severity,
                    cell(&m.evidence),
                    cell(&m.message),
                    cell(&m.alternative)
                )?;
            }
            writeln!(self.out)?;
        }
        let x = &r.metrics;
        writeln!(
            self.out,
            "Agent talk share {}, longest monologue {} words, {} agent questions ({} choice questions).\n",
            x.agent_talk_share.map_or("–".into(), |v| format!("{:.0}%", v * 100.0)),
            x.longest_agent_monologue_words,
            x.agent_questions,
            x.choice_questions
        )
    }

    fn finish(&mut self, s: &Summary) -> io::Result<()> {
        writeln!(
            self.out,
            "---\n{} conversations, {} turns, {} moments, {} errors.",
            s.conversations, s.turns, s.moments, s.errors
        )?;
        self.out.flush()
    }
}
