//! Property tests: no input makes a reader panic, what comes out always satisfies the model's
//! invariants, and what tact writes in its own formats reads back unchanged.

use proptest::prelude::*;
use tact_model::{Channel, Conversation, Role, Turn};
use tact_readers::{read, Format, ReadError, ReadOptions, MAX_SECONDS};

fn read_bytes(format: Format, input: &[u8]) -> (Vec<Conversation>, Vec<ReadError>) {
    let opts = ReadOptions {
        agent_names: vec!["luca".into()],
        ..ReadOptions::default()
    };
    read_bytes_with(format, input, &opts)
}

fn read_bytes_with(
    format: Format,
    input: &[u8],
    opts: &ReadOptions,
) -> (Vec<Conversation>, Vec<ReadError>) {
    let mut convs = Vec::new();
    let mut errors = Vec::new();
    let mut r = input;
    read("p", &mut r, format, opts, &mut |item| match item {
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
            for v in [t.start, t.end].into_iter().flatten() {
                assert!(v.is_finite() && (0.0..=MAX_SECONDS).contains(&v), "{v}");
            }
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
        for format in Format::all() {
            let (convs, errors) = read_bytes(format, &input);
            assert_invariants(&convs, &errors);
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic_with_tiny_record_limits_or_grouping(
        input in junk(),
        max_record_bytes in 0usize..80,
        csv_group in any::<bool>(),
    ) {
        let opts = ReadOptions {
            max_record_bytes,
            csv_group,
            ..ReadOptions::default()
        };
        for format in Format::all() {
            let (convs, errors) = read_bytes_with(format, &input, &opts);
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
        .prop_map(|(id, channel, language, agent, mut turns)| {
            in_call_order(&mut turns);
            Conversation {
                id,
                channel,
                language,
                agent,
                turns,
                ..Conversation::default()
            }
        })
}

/// Reorders the generated call times so start times never go back, as in a real call.
fn in_call_order(turns: &mut [Turn]) {
    let mut times: Vec<(f64, f64)> = turns.iter().filter_map(|t| t.start.zip(t.end)).collect();
    times.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut times = times.into_iter();
    for t in turns.iter_mut().filter(|t| t.start.is_some()) {
        if let Some((s, e)) = times.next() {
            t.start = Some(s);
            t.end = Some(e);
        }
    }
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

/// Rows (id, role, text) of a CSV, conversations contiguous, texts with commas, quotes and
/// line breaks but no role word a line of them could be mistaken for.
fn csv_rows() -> impl Strategy<Value = Vec<(String, Role, String)>> {
    prop::collection::vec(
        (
            any::<bool>(),
            role(),
            "[xyzXYZαβγ0-9 ,\"\n]{0,30}[xyzαβγ][xyzXYZαβγ0-9 ,\"\n]{0,10}",
        ),
        1..25,
    )
    .prop_map(|rows| {
        let mut id = 0;
        rows.into_iter()
            .map(|(next, role, text)| {
                id += usize::from(next);
                (format!("c{id}"), role, text)
            })
            .collect()
    })
}

fn write_rows(rows: &[(String, Role, String)]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    for (id, role, text) in rows {
        w.write_record([id.as_str(), role.as_str(), text.as_str()])
            .expect("row");
    }
    w.into_inner().expect("flush")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_well_formed_row_around_an_unterminated_quote_is_still_read(
        rows in csv_rows(),
        at in any::<prop::sample::Index>(),
        opened in "[a-z ]{0,20}",
        swallowed in prop::collection::vec("[a-z ]{0,20}", 0..4),
    ) {
        let at = at.index(rows.len() + 1);
        let mut input = b"conversation_id,role,text\n".to_vec();
        input.extend(write_rows(&rows[..at]));
        let broken_line = 1 + input.iter().filter(|b| **b == b'\n').count();
        input.extend(format!("broken,customer,\"{opened}\n").into_bytes());
        for line in &swallowed {
            input.extend(format!("{line}\n").into_bytes());
        }
        input.extend(write_rows(&rows[at..]));

        let (convs, errors) = read_bytes(Format::Csv, &input);
        prop_assert_eq!(errors.len(), 1, "{:?}", errors);
        prop_assert_eq!(errors[0].line, broken_line);
        prop_assert!(
            errors[0].reason.starts_with("unterminated quote in column \"text\" opened here"),
            "{}",
            errors[0].reason
        );
        let got: Vec<(String, Role, String)> = convs
            .iter()
            .flat_map(|c| c.turns.iter().map(|t| (c.id.clone(), t.role, t.text.clone())))
            .collect();
        let want: Vec<(String, Role, String)> = rows
            .iter()
            .map(|(id, role, text)| (id.clone(), *role, text.trim().to_string()))
            .collect();
        prop_assert_eq!(got, want);
    }

    #[test]
    fn turns_going_back_in_time_are_one_error_and_the_conversation_is_kept(
        conv in conversation(),
        swap in any::<prop::sample::Index>(),
    ) {
        let mut conv = conv;
        let timed: Vec<usize> = (0..conv.turns.len())
            .filter(|&i| conv.turns[i].start.is_some())
            .collect();
        prop_assume!(timed.len() >= 2);
        let i = timed[swap.index(timed.len() - 1)];
        let j = timed[timed.iter().position(|&k| k == i).map_or(0, |p| p + 1)];
        prop_assume!(conv.turns[i].start < conv.turns[j].start);
        let (a, b) = (conv.turns[i].clone(), conv.turns[j].clone());
        conv.turns[i].start = b.start;
        conv.turns[i].end = b.end;
        conv.turns[j].start = a.start;
        conv.turns[j].end = a.end;
        let line = serde_json::to_string(&conv).expect("serializes") + "\n";
        let (got, errors) = read_bytes(Format::Jsonl, line.as_bytes());
        prop_assert_eq!(errors.len(), 1, "{:?}", errors);
        prop_assert!(errors[0].reason.contains("is earlier than turn"), "{}", errors[0].reason);
        prop_assert_eq!(got, vec![conv]);
    }
}
