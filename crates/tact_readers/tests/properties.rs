//! Property tests: no input makes a reader panic, what comes out always satisfies the model's
//! invariants, and what tact writes in its own formats reads back unchanged.

use proptest::prelude::*;
use tact_model::{Channel, Conversation, Role, Turn};
use tact_readers::{read, Format, ReadError, ReadOptions};

fn read_bytes(format: Format, input: &[u8]) -> (Vec<Conversation>, Vec<ReadError>) {
    let mut convs = Vec::new();
    let mut errors = Vec::new();
    let opts = ReadOptions {
        agent_names: vec!["luca".into()],
        ..ReadOptions::default()
    };
    let mut r = input;
    read("p", &mut r, format, &opts, &mut |item| match item {
        Ok(c) => convs.push(c),
        Err(e) => errors.push(e),
    });
    (convs, errors)
}

fn assert_invariants(convs: &[Conversation], errors: &[ReadError]) {
    for c in convs {
        assert!(!c.turns.is_empty());
        assert!(!c.id.is_empty());
        for t in &c.turns {
            if let (Some(s), Some(e)) = (t.start, t.end) {
                assert!(e >= s);
            }
        }
    }
    for e in errors {
        assert!(e.line >= 1, "{e}");
        assert!(!e.reason.is_empty());
    }
}

/// Pieces that reach the deeper paths of every reader when shuffled together.
const FRAGMENTS: &[&str] = &[
    "\n",
    "\r\n",
    "\n\n",
    "\u{FEFF}",
    "WEBVTT",
    "NOTE ",
    "1",
    " --> ",
    "-->",
    "00:00:01.000",
    "00:01,500",
    "99:99:99.999",
    "<v Agent>",
    "<v.loud Luca>",
    "</v>",
    "<i>",
    "<",
    ">",
    "&amp;",
    "&#x1F600;",
    "&",
    "{\\an8}",
    "Agent: ",
    "Maria: ",
    "Πελάτης: ",
    "Luca (agent): ",
    "(customer)",
    ": ",
    "[21:03] ",
    "[2026-03-06 21:03] ",
    "[2026-02-30T25:00:00Z] ",
    "[",
    "]",
    "Hyvää päivää",
    "Καλησπέρα",
    "ț",
    "conversation_id,role,text",
    "conversation_id;role;text",
    ",",
    ";",
    "\t",
    "\"",
    "\"\"",
    "agent",
    "customer",
    "c1",
    "{",
    "}",
    "[{",
    "}]",
    "\"turns\":",
    "[{\"role\":\"agent\",\"text\":\"x\"",
    "\"start\":5,\"end\":1",
    "null",
    "\\u0000",
    " ",
    "\u{0}",
];

fn fragments() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..60)
        .prop_map(|parts| parts.concat().into_bytes())
}

fn junk() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..400),
        fragments(),
        (
            fragments(),
            prop::collection::vec(any::<u8>(), 0..8),
            fragments()
        )
            .prop_map(|(a, b, c)| [a, b, c].concat()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic_in_any_reader(input in junk()) {
        for format in Format::ALL {
            let (convs, errors) = read_bytes(format, &input);
            assert_invariants(&convs, &errors);
        }
    }

    #[test]
    fn invalid_utf8_in_a_line_is_an_error_for_that_line(
        before in "[a-zA-Zα-ω ]{0,10}",
        after in "[a-zA-Zα-ω ]{0,10}",
    ) {
        let mut input = b"Agent: hi\nCustomer: ".to_vec();
        input.extend_from_slice(before.as_bytes());
        input.push(0xFF);
        input.extend_from_slice(after.as_bytes());
        input.extend_from_slice(b"\nAgent: bye\n");
        let (convs, errors) = read_bytes(Format::Text, &input);
        prop_assert_eq!(errors.len(), 1);
        prop_assert_eq!(errors[0].line, 2);
        prop_assert_eq!(convs[0].turns.len(), 2);
    }
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 ,.;:!?'\"\n\t€]{0,40}",
        "[α-ωΑ-Ωάέήίόύώ ,.;]{0,40}",
        "[a-zäöåÄÖ ,.]{0,40}",
        "[a-zăâîșțĂÂÎȘȚ ,.]{0,40}",
        any::<String>(),
    ]
}

fn role() -> impl Strategy<Value = Role> {
    prop::sample::select(Role::ALL.to_vec())
}

fn turn() -> impl Strategy<Value = Turn> {
    (
        role(),
        text(),
        prop::option::of("[A-Za-zΑ-Ωα-ω]{1,12}"),
        prop::option::of((0u32..10_000, 0u32..10_000)),
    )
        .prop_map(|(role, text, speaker, times)| {
            let mut t = Turn::new(role, text);
            t.speaker = speaker;
            if let Some((a, b)) = times {
                t.start = Some(f64::from(a.min(b)) / 4.0);
                t.end = Some(f64::from(a.max(b)) / 4.0);
            }
            t
        })
}

fn conversation() -> impl Strategy<Value = Conversation> {
    (
        "[a-z0-9-]{1,12}",
        prop::sample::select(vec![
            Channel::Chat,
            Channel::Call,
            Channel::Email,
            Channel::Sms,
        ]),
        prop::option::of("(en|it|el|ro|fi)"),
        prop::option::of("[a-zA-Zα-ω]{1,10}"),
        prop::collection::vec(turn(), 1..6),
    )
        .prop_map(|(id, channel, language, agent, turns)| Conversation {
            id,
            channel,
            language,
            agent,
            turns,
            ..Conversation::default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn jsonl_written_by_serde_reads_back_unchanged(convs in prop::collection::vec(conversation(), 0..5)) {
        let mut input = String::new();
        for c in &convs {
            input.push_str(&serde_json::to_string(c).expect("serializes"));
            input.push('\n');
        }
        let (got, errors) = read_bytes(Format::Jsonl, input.as_bytes());
        prop_assert!(errors.is_empty(), "{:?}", errors);
        prop_assert_eq!(got, convs.clone());

        let array = serde_json::to_string_pretty(&convs).expect("serializes");
        let (got, errors) = read_bytes(Format::Json, array.as_bytes());
        prop_assert!(errors.is_empty(), "{:?}", errors);
        prop_assert_eq!(got, convs);
    }

    #[test]
    fn csv_written_by_the_csv_crate_reads_back(conv in conversation()) {
        let conv = Conversation {
            turns: conv.turns.into_iter().filter(|t| !t.text.trim().is_empty()).collect(),
            ..conv
        };
        prop_assume!(!conv.turns.is_empty());
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(["conversation_id", "role", "text", "speaker", "start", "end", "channel"])
            .expect("header");
        for t in &conv.turns {
            let num = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
            w.write_record([
                conv.id.as_str(),
                t.role.as_str(),
                t.text.as_str(),
                t.speaker.as_deref().unwrap_or(""),
                &num(t.start),
                &num(t.end),
                conv.channel.as_str(),
            ])
            .expect("row");
        }
        let bytes = w.into_inner().expect("flush");
        let (got, errors) = read_bytes(Format::Csv, &bytes);
        prop_assert!(errors.is_empty(), "{:?}", errors);
        prop_assert_eq!(got.len(), 1);
        prop_assert_eq!(got[0].channel, conv.channel);
        for (g, t) in got[0].turns.iter().zip(&conv.turns) {
            prop_assert_eq!(g.role, t.role);
            prop_assert_eq!(g.text.as_str(), t.text.trim());
            prop_assert_eq!(&g.speaker, &t.speaker);
            prop_assert_eq!((g.start, g.end), (t.start, t.end));
        }
    }
}
