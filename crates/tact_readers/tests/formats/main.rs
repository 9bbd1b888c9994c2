//! Behaviour of each reader on well-formed input in several languages and on malformed input.

mod connect;
mod csv;
mod email;
mod helpdesk;
mod json;
mod jsonl;
mod reviews;
mod samples;
mod srt;
mod text;
mod vtt;
mod whatsapp;

use std::io::{BufReader, Read};
use tact_model::{Conversation, Role};
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

pub fn texts(c: &Conversation) -> Vec<&str> {
    c.turns.iter().map(|t| t.text.as_str()).collect()
}

pub fn roles(c: &Conversation) -> Vec<Role> {
    c.turns.iter().map(|t| t.role).collect()
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

/// Reads `data` as `format` through a small buffer, then an I/O error.
pub fn read_failing(
    format: Format,
    data: &[u8],
    opts: &ReadOptions,
) -> (Vec<Conversation>, Vec<ReadError>) {
    let mut input = BufReader::with_capacity(8, FailsAfter(data));
    let mut convs = Vec::new();
    let mut errors = Vec::new();
    read("t", &mut input, format, opts, &mut |item| match item {
        Ok(c) => convs.push(c),
        Err(e) => errors.push(e),
    });
    (convs, errors)
}

/// An I/O error after the start of `data` reaches the sink.
pub fn assert_io_error_reaches_the_sink(format: Format, data: &str, opts: &ReadOptions) {
    let (_, errors) = read_failing(format, data.as_bytes(), opts);
    assert!(
        errors.iter().any(|e| e.reason.contains("connection reset")),
        "{format}: {errors:?}"
    );
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
        assert_io_error_reaches_the_sink(format, data, &ReadOptions::default());
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

/// `data`, read as `format`, gives `count` conversations, all well formed, and the first is
/// handed on before half of the input has been read.
pub fn assert_streamed(format: Format, data: &str, count: usize) {
    let given = std::rc::Rc::new(std::cell::Cell::new(0));
    let mut input = BufReader::with_capacity(
        256,
        Counting {
            data: data.as_bytes(),
            given: given.clone(),
        },
    );
    let mut first_seen_at = None;
    let mut seen = 0;
    read(
        "t",
        &mut input,
        format,
        &ReadOptions::default(),
        &mut |item| {
            assert!(item.is_ok(), "{item:?}");
            seen += 1;
            first_seen_at.get_or_insert(given.get());
        },
    );
    assert_eq!(seen, count, "{format}");
    let first = first_seen_at.unwrap_or(usize::MAX);
    assert!(
        first < data.len() / 2,
        "{format}: first conversation after {first} bytes"
    );
}

#[test]
fn jsonl_and_csv_emit_each_conversation_before_reading_the_rest() {
    let jsonl = "{\"turns\":[{\"role\":\"agent\",\"text\":\"hi\"}]}\n".repeat(2000);
    let mut csv = String::from("conversation_id,role,text\n");
    for i in 0..2000 {
        csv.push_str(&format!("c{i},agent,hi\n"));
    }
    for (format, data) in [(Format::Jsonl, jsonl), (Format::Csv, csv)] {
        assert_streamed(format, &data, 2000);
    }
}

/// One small, valid input per format.
fn sample(format: Format) -> &'static str {
    match format {
        Format::Jsonl => "{\"turns\":[{\"role\":\"agent\",\"text\":\"hi\"}]}\n",
        Format::Json => "[{\"turns\":[{\"role\":\"agent\",\"text\":\"hi\"}]}]\n",
        Format::Csv => "conversation_id,role,text\nc1,agent,hi\nc1,customer,hello\n",
        Format::Text => "Agent: hi\nCustomer: hello\n",
        Format::Vtt => "WEBVTT\n\n00:00.000 --> 00:01.000\n<v Agent>hi\n",
        Format::Srt => "1\n00:00:00,000 --> 00:00:01,000\nAgent: hi\n",
        // SAMPLE-EMAIL
        Format::Email => "From: Maria <maria@example.com>\nTo: info@shop.example\nDate: Thu, 6 Mar 2026 21:14:00 +0100\nMessage-ID: <s1@example.com>\nSubject: Sofa\n\nIs the sofa in stock?\n",
        Format::Mbox => "From maria@example.com Thu Mar  6 21:14:00 2026\nFrom: Maria <maria@example.com>\nDate: Thu, 6 Mar 2026 21:14:00 +0100\nMessage-ID: <s1@example.com>\n\nIs the sofa in stock?\n",
        // SAMPLE-WHATSAPP
        Format::WhatsApp => "14/03/2026, 21:14 - Maria: hi\n14/03/2026, 21:15 - Luca: hello\n",
        // SAMPLE-HELPDESK
        Format::Zendesk => "{\"id\":1,\"requester_id\":2,\"comments\":[{\"author_id\":2,\"body\":\"hi\"},{\"author_id\":3,\"body\":\"hello\"}]}\n",
        Format::Intercom => "{\"type\":\"conversation\",\"id\":\"1\",\"source\":{\"body\":\"<p>hi</p>\",\"author\":{\"type\":\"user\"}}}\n",
        Format::Freshdesk => "{\"id\":1,\"description_text\":\"hi\",\"conversations\":[{\"body_text\":\"hello\",\"incoming\":false}]}\n",
        // SAMPLE-CONNECT
        Format::Connect => "{\"Transcript\":[{\"ParticipantId\":\"AGENT\",\"Content\":\"hi\",\"BeginOffsetMillis\":0,\"EndOffsetMillis\":900}]}\n",
        // SAMPLE-REVIEWS
        Format::Reviews => "id,rating,review,reply\nr1,4,Good,Thank you\n",
    }
}

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let units = bom
        .then_some(0xFEFF_u16)
        .into_iter()
        .chain(text.encode_utf16());
    for u in units {
        out.extend_from_slice(&if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

#[test]
fn a_utf16_file_is_one_clear_error_in_every_format() {
    for format in Format::all() {
        for (big_endian, bom) in [(false, true), (true, true), (false, false), (true, false)] {
            let input = utf16(sample(format), big_endian, bom);
            let (convs, errors) = read_with(format, &input, &ReadOptions::default());
            let what = format!("{format} big_endian={big_endian} bom={bom}");
            assert!(convs.is_empty(), "{what}");
            assert_eq!(errors.len(), 1, "{what}: {errors:?}");
            assert_eq!(errors[0].line, 1, "{what}");
            assert!(
                errors[0]
                    .reason
                    .starts_with("the file is UTF-16; save it as UTF-8"),
                "{what}: {}",
                errors[0].reason
            );
        }
    }
}

#[test]
fn timestamps_running_backwards_are_reported_and_the_conversation_is_kept() {
    let cases: [(Format, &str, usize); 4] = [
        (
            Format::Jsonl,
            "{\"id\":\"a\",\"turns\":[{\"role\":\"customer\",\"text\":\"one\",\"at\":\"2026-03-06T21:05:00Z\"},{\"role\":\"agent\",\"text\":\"two\",\"at\":\"2026-03-06T21:00:00Z\"}]}\n",
            1,
        ),
        (
            Format::Json,
            "[\n{\"id\":\"a\",\"turns\":[{\"role\":\"customer\",\"text\":\"one\",\"at\":\"2026-03-06T21:05:00Z\"},\n{\"role\":\"agent\",\"text\":\"two\",\"at\":\"2026-03-06T21:00:00Z\"}]}\n]\n",
            2,
        ),
        (
            Format::Csv,
            "conversation_id,role,text,at\na,customer,one,2026-03-06 21:05\na,agent,two,2026-03-06 21:00\n",
            3,
        ),
        (
            Format::Text,
            "[2026-03-06 21:05] Customer: one\n[2026-03-06 21:00] Agent: two\n",
            2,
        ),
    ];
    for (format, input, line) in cases {
        let (convs, errors) = read_str(format, input);
        assert_eq!(convs.len(), 1, "{format}: {errors:?}");
        assert_eq!(convs[0].turns.len(), 2, "{format}");
        assert_eq!(errors.len(), 1, "{format}: {errors:?}");
        assert_eq!(errors[0].line, line, "{format}");
        let r = &errors[0].reason;
        assert!(
            r.starts_with("turn 2: time 2026-03-06T21:00:00"),
            "{format}: {r}"
        );
        assert!(r.contains("earlier than turn 1"), "{format}: {r}");
    }
}

#[test]
fn call_times_running_backwards_are_reported_and_the_call_is_kept() {
    let cases: [(Format, &str, usize); 4] = [
        (
            Format::Jsonl,
            "{\"turns\":[{\"role\":\"agent\",\"text\":\"one\",\"start\":10,\"end\":12},{\"role\":\"customer\",\"text\":\"two\",\"start\":4,\"end\":5}]}\n",
            1,
        ),
        (
            Format::Csv,
            "conversation_id,role,text,start,end\na,agent,one,10,12\na,customer,two,4,5\n",
            3,
        ),
        (
            Format::Vtt,
            "WEBVTT\n\n00:10.000 --> 00:12.000\n<v Agent>one\n\n00:04.000 --> 00:05.000\n<v Customer>two\n",
            7,
        ),
        (
            Format::Srt,
            "1\n00:00:10,000 --> 00:00:12,000\nAgent: one\n\n2\n00:00:04,000 --> 00:00:05,000\nCustomer: two\n",
            7,
        ),
    ];
    for (format, input, line) in cases {
        let (convs, errors) = read_str(format, input);
        assert_eq!(convs.len(), 1, "{format}: {errors:?}");
        assert_eq!(convs[0].turns.len(), 2, "{format}");
        assert_eq!(errors.len(), 1, "{format}: {errors:?}");
        assert_eq!(errors[0].line, line, "{format}");
        let r = &errors[0].reason;
        assert!(
            r.starts_with("turn 2: start 4 is earlier than turn 1's (10)"),
            "{format}: {r}"
        );
    }
}

#[test]
fn negative_and_out_of_range_call_times_are_rejected_naming_the_turn() {
    for (start, end, want) in [
        ("-1", "2", "turn 2: start -1 is negative"),
        ("1", "1e300", "turn 2: end 1e300 is out of range"),
    ] {
        let input = format!(
            "{{\"turns\":[{{\"role\":\"agent\",\"text\":\"a\"}},{{\"role\":\"customer\",\"text\":\"b\",\"start\":{start},\"end\":{end}}}]}}\n"
        );
        for format in [Format::Jsonl, Format::Json] {
            let (convs, errors) = read_str(format, &input);
            assert!(convs.is_empty(), "{format}");
            assert_eq!(errors.len(), 1, "{format}: {errors:?}");
            assert!(
                errors[0].reason.contains(want),
                "{format}: {}",
                errors[0].reason
            );
        }
    }
}

#[test]
fn a_record_over_max_record_bytes_is_reported_and_the_next_records_are_read() {
    let opts = ReadOptions {
        max_record_bytes: 200,
        ..ReadOptions::default()
    };
    let long = "y".repeat(5_000);
    let cases: [(Format, String, usize, &str); 5] = [
        (
            Format::Jsonl,
            format!(
                "{{\"turns\":[{{\"role\":\"agent\",\"text\":\"{long}\"}}]}}\n{{\"turns\":[{{\"role\":\"agent\",\"text\":\"after\"}}]}}\n"
            ),
            1,
            "record too large",
        ),
        (
            Format::Json,
            format!(
                "[\n{{\"turns\":[{{\"role\":\"agent\",\"text\":\"{long}\"}}]}},\n{{\"turns\":[{{\"role\":\"agent\",\"text\":\"after\"}}]}}\n]\n"
            ),
            2,
            "element 1: record too large",
        ),
        (
            Format::Text,
            format!("Agent: {long}\nAgent: after\n"),
            1,
            "record too large",
        ),
        (
            Format::Vtt,
            format!(
                "WEBVTT\n\n00:00.000 --> 00:01.000\n<v Agent>{long}\n\n00:02.000 --> 00:03.000\n<v Agent>after\n"
            ),
            4,
            "record too large",
        ),
        (
            Format::Srt,
            format!(
                "1\n00:00:00,000 --> 00:00:01,000\nAgent: {long}\n\n2\n00:00:02,000 --> 00:00:03,000\nAgent: after\n"
            ),
            3,
            "record too large",
        ),
    ];
    for (format, input, line, reason) in cases {
        let (convs, errors) = read_with(format, input.as_bytes(), &opts);
        assert_eq!(errors.len(), 1, "{format}: {errors:?}");
        assert_eq!(errors[0].line, line, "{format}");
        assert!(
            errors[0].reason.starts_with(reason)
                && errors[0]
                    .reason
                    .ends_with("(over 200 bytes; raise --max-record-bytes)"),
            "{format}: {}",
            errors[0].reason
        );
        let texts: Vec<&str> = convs
            .iter()
            .flat_map(|c| c.turns.iter().map(|t| t.text.as_str()))
            .collect();
        assert_eq!(texts, ["after"], "{format}");
    }
}

#[test]
fn a_json_array_is_streamed_element_by_element() {
    let mut json = String::from("[\n");
    for i in 0..2000 {
        json.push_str(&format!(
            "{}{{\"id\":\"c{i}\",\"turns\":[{{\"role\":\"agent\",\"text\":\"hi\"}}]}}\n",
            if i == 0 { "" } else { "," }
        ));
    }
    json.push_str("]\n");
    assert_streamed(Format::Json, &json, 2000);
}
