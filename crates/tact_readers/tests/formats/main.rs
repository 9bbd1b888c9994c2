//! Behaviour of each reader on well-formed input in several languages and on malformed input.

mod csv;
mod json;
mod jsonl;
mod samples;
mod srt;
mod text;
mod vtt;

use std::io::{BufReader, Read};
use tact_model::Conversation;
use tact_readers::{read, Format, ReadError, ReadOptions};

pub fn read_with(
    format: Format,
    input: &[u8],
    opts: &ReadOptions,
) -> (Vec<Conversation>, Vec<ReadError>) {
    let name = format!("t.{}", format.name());
    let mut convs = Vec::new();
    let mut errors = Vec::new();
    let mut r = input;
    read(&name, &mut r, format, opts, &mut |item| match item {
        Ok(c) => convs.push(c),
        Err(e) => errors.push(e),
    });
    (convs, errors)
}

pub fn read_str(format: Format, input: &str) -> (Vec<Conversation>, Vec<ReadError>) {
    read_with(format, input.as_bytes(), &ReadOptions::default())
}

pub fn agents(names: &[&str]) -> ReadOptions {
    ReadOptions {
        agent_names: names.iter().map(|s| s.to_string()).collect(),
        ..ReadOptions::default()
    }
}

/// The same input with a BOM and CRLF line endings reads to the same conversations.
pub fn assert_bom_and_crlf_tolerated(format: Format, input: &str) {
    let (plain, plain_errors) = read_str(format, input);
    assert!(plain_errors.is_empty(), "{plain_errors:?}");
    let crlf = format!("\u{FEFF}{}", input.replace('\n', "\r\n"));
    let (got, errors) = read_str(format, &crlf);
    assert!(errors.is_empty(), "{errors:?}");
    let mut got = got;
    for (g, p) in got.iter_mut().zip(&plain) {
        for t in &mut g.turns {
            t.text = t.text.replace("\r\n", "\n");
        }
        assert_eq!(g.turns, p.turns);
    }
    assert_eq!(got.len(), plain.len());
}

/// Gives `data`, then fails: an I/O error in the middle of the stream.
struct FailsAfter<'a>(&'a [u8]);

impl Read for FailsAfter<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.0.is_empty() {
            return Err(std::io::Error::other("connection reset"));
        }
        let n = buf.len().min(self.0.len());
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

#[test]
fn io_errors_mid_stream_reach_the_sink_for_every_format() {
    let starts: [(Format, &str); 6] = [
        (
            Format::Jsonl,
            "{\"turns\":[{\"role\":\"agent\",\"text\":\"hi\"}]}\n{\"tu",
        ),
        (
            Format::Json,
            "[{\"turns\":[{\"role\":\"agent\",\"text\":\"hi\"}]},",
        ),
        (
            Format::Csv,
            "conversation_id,role,text\nc1,agent,hi\nc1,cust",
        ),
        (Format::Text, "Agent: hi\nCustomer: he"),
        (
            Format::Vtt,
            "WEBVTT\n\n00:00.000 --> 00:01.000\n<v Agent>hi\n",
        ),
        (Format::Srt, "1\n00:00:00,000 --> 00:00:01,000\nAgent: hi\n"),
    ];
    for (format, data) in starts {
        let mut input = BufReader::with_capacity(8, FailsAfter(data.as_bytes()));
        let mut errors = Vec::new();
        read(
            "t",
            &mut input,
            format,
            &ReadOptions::default(),
            &mut |item| {
                if let Err(e) = item {
                    errors.push(e);
                }
            },
        );
        assert!(
            errors.iter().any(|e| e.reason.contains("connection reset")),
            "{format}: {errors:?}"
        );
    }
}

/// Counts the bytes handed out, so a test can see how far the reader has read.
struct Counting<'a> {
    data: &'a [u8],
    given: std::rc::Rc<std::cell::Cell<usize>>,
}

impl Read for Counting<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.data.read(buf)?;
        self.given.set(self.given.get() + n);
        Ok(n)
    }
}

#[test]
fn jsonl_and_csv_emit_each_conversation_before_reading_the_rest() {
    let jsonl = "{\"turns\":[{\"role\":\"agent\",\"text\":\"hi\"}]}\n".repeat(2000);
    let mut csv = String::from("conversation_id,role,text\n");
    for i in 0..2000 {
        csv.push_str(&format!("c{i},agent,hi\n"));
    }
    for (format, data) in [(Format::Jsonl, jsonl), (Format::Csv, csv)] {
        let given = std::rc::Rc::new(std::cell::Cell::new(0));
        let mut input = BufReader::with_capacity(
            256,
            Counting {
                data: data.as_bytes(),
                given: given.clone(),
            },
        );
        let mut first_seen_at = None;
        let mut count = 0;
        read(
            "t",
            &mut input,
            format,
            &ReadOptions::default(),
            &mut |item| {
                assert!(item.is_ok(), "{item:?}");
                count += 1;
                first_seen_at.get_or_insert(given.get());
            },
        );
        assert_eq!(count, 2000, "{format}");
        let first = first_seen_at.unwrap_or(usize::MAX);
        assert!(
            first < data.len() / 2,
            "{format}: first conversation after {first} bytes"
        );
    }
}
