//! Markdown, for pasting a review into a wiki, a ticket or a coaching note. Every string from the
//! input goes through `escape::markdown`, so a rendered report shows the customer's words and
//! nothing they could make of them: no HTML, link, image, emphasis or broken table.

use crate::escape::{markdown as md, markdown_code};
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

impl Printer for MarkdownPrinter<'_> {
    fn conversation(&mut self, _conv: &Conversation, r: &ConversationReport) -> io::Result<()> {
        writeln!(
            self.out,
            "## {} ({}, {}) — score {}\n",
            md(&r.id),
            r.channel,
            md(&r.language),
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
                    "| {} | {} {} | {} | «{}» | {} | {} |",
                    m.turn,
                    m.code,
                    markdown_code(m.rule),
                    m.severity,
                    md(&m.evidence),
                    md(&m.message),
                    md(&m.alternative)
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
