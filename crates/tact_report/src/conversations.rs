//! Conversations written back out, for `tact redact`: a team shares its data once personal data
//! is out, in a format tact (and a spreadsheet) reads again — tact JSON Lines, a JSON array, CSV
//! with tact's columns, or a plain chat log. Writing only formats, like every printer here.

use crate::escape::SafeJson;
use serde::Serialize;
use std::io::{self, Write};
use tact_model::{Conversation, Role};

/// The formats conversations are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConversationFormat {
    Jsonl,
    Json,
    Csv,
    /// A chat log: `[at] Name (role): text`, one conversation per blank-line-separated block.
    Text,
}

impl ConversationFormat {
    pub fn from_name(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "jsonl" | "ndjson" => Some(Self::Jsonl),
            "json" => Some(Self::Json),
            "csv" => Some(Self::Csv),
            "text" | "txt" => Some(Self::Text),
            _ => None,
        }
    }
}

/// Streams conversations out in one format.
pub struct ConversationWriter<W: Write> {
    out: W,
    format: ConversationFormat,
    written: usize,
}

const CSV_HEADER: [&str; 11] = [
    "conversation_id",
    "role",
    "text",
    "speaker",
    "at",
    "start",
    "end",
    "agent",
    "team",
    "channel",
    "language",
];

fn role_word(r: Role) -> &'static str {
    match r {
        Role::Agent => "agent",
        Role::Customer => "customer",
        Role::Bot => "bot",
        Role::System => "system",
    }
}

impl<W: Write> ConversationWriter<W> {
    pub fn new(out: W, format: ConversationFormat) -> Self {
        ConversationWriter {
            out,
            format,
            written: 0,
        }
    }

    pub fn write(&mut self, c: &Conversation) -> io::Result<()> {
        match self.format {
            ConversationFormat::Jsonl => {
                self.json(c)?;
                self.out.write_all(b"\n")?;
            }
            ConversationFormat::Json => {
                self.out
                    .write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
                self.json(c)?;
            }
            ConversationFormat::Csv => self.csv(c)?,
            ConversationFormat::Text => self.chat_log(c)?,
        }
        self.written += 1;
        Ok(())
    }

    pub fn finish(mut self) -> io::Result<()> {
        if self.format == ConversationFormat::Json {
            self.out
                .write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        if self.format == ConversationFormat::Csv && self.written == 0 {
            self.csv_rows(&[CSV_HEADER.map(String::from).to_vec()])?;
        }
        self.out.flush()
    }

    fn json(&mut self, c: &Conversation) -> io::Result<()> {
        let mut ser = serde_json::Serializer::with_formatter(
            &mut self.out,
            SafeJson(serde_json::ser::CompactFormatter),
        );
        c.serialize(&mut ser).map_err(io::Error::from)
    }

    fn csv_rows(&mut self, rows: &[Vec<String>]) -> io::Result<()> {
        let mut w = csv::WriterBuilder::new().from_writer(&mut self.out);
        for r in rows {
            w.write_record(r).map_err(io::Error::other)?;
        }
        w.flush()
    }

    fn csv(&mut self, c: &Conversation) -> io::Result<()> {
        let mut rows = Vec::new();
        if self.written == 0 {
            rows.push(CSV_HEADER.map(String::from).to_vec());
        }
        let opt = |s: &Option<String>| s.clone().unwrap_or_default();
        let num = |x: Option<f64>| x.map(|v| v.to_string()).unwrap_or_default();
        for t in &c.turns {
            rows.push(vec![
                c.id.clone(),
                role_word(t.role).to_string(),
                t.text.clone(),
                opt(&t.speaker),
                t.at.map(|a| a.to_rfc3339()).unwrap_or_default(),
                num(t.start),
                num(t.end),
                opt(&c.agent),
                opt(&c.team),
                c.channel.as_str().to_string(),
                opt(&c.language),
            ]);
        }
        self.csv_rows(&rows)
    }

    fn chat_log(&mut self, c: &Conversation) -> io::Result<()> {
        if self.written > 0 {
            self.out.write_all(b"\n")?;
        }
        for t in &c.turns {
            let stamp =
                t.at.map(|a| format!("[{}] ", a.to_rfc3339()))
                    .unwrap_or_default();
            let who = match &t.speaker {
                Some(name) => format!("{name} ({})", role_word(t.role)),
                None => role_word(t.role).to_string(),
            };
            // Continuation lines of a message are indented so that none reads as a speaker.
            let text = t.text.replace('\n', "\n  ");
            writeln!(self.out, "{stamp}{who}: {text}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tact_model::Turn;

    fn conv() -> Conversation {
        let mut t = Turn::new(Role::Customer, "Ciao, \"quote\", comma\nsecond line");
        t.speaker = Some("[PERSON_1]".into());
        Conversation {
            id: "c-1".into(),
            language: Some("it".into()),
            turns: vec![t, Turn::new(Role::Agent, "Buongiorno")],
            ..Conversation::default()
        }
    }

    fn written(format: ConversationFormat) -> String {
        let mut out = Vec::new();
        let mut w = ConversationWriter::new(&mut out, format);
        w.write(&conv()).expect("write");
        w.write(&conv()).expect("write");
        w.finish().expect("finish");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn json_lines_and_arrays_read_back_as_the_same_conversations() {
        let jsonl = written(ConversationFormat::Jsonl);
        for line in jsonl.lines() {
            let back: Conversation = serde_json::from_str(line).expect("reads");
            assert_eq!(back, conv());
        }
        let json = written(ConversationFormat::Json);
        let back: Vec<Conversation> = serde_json::from_str(&json).expect("reads");
        assert_eq!(back, vec![conv(), conv()]);
    }

    #[test]
    fn csv_has_one_header_and_quotes_what_needs_it() {
        let csv = written(ConversationFormat::Csv);
        let mut r = csv::Reader::from_reader(csv.as_bytes());
        let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("row")).collect();
        assert_eq!(rows.len(), 4);
        assert_eq!(&rows[0][2], "Ciao, \"quote\", comma\nsecond line");
        assert_eq!(&rows[0][3], "[PERSON_1]");
        assert_eq!(csv.matches("conversation_id").count(), 1);
    }

    #[test]
    fn chat_logs_name_the_role_and_indent_continuations() {
        let log = written(ConversationFormat::Text);
        assert!(log.starts_with("[PERSON_1] (customer): Ciao"), "{log}");
        assert!(log.contains("\n  second line\n"), "{log}");
        assert!(log.contains("agent: Buongiorno"), "{log}");
    }
}
