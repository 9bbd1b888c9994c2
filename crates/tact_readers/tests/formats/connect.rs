//! Amazon Connect Contact Lens analysis output: a timed call (or a chat) with its participants'
//! roles, sentiment left aside, problems reported at the line of their transcript item.

use super::*;
use proptest::prelude::*;
use std::path::Path;
use tact_model::{Channel, Role};

const CALL: &str = r#"{
  "Version": "1.1.0",
  "AccountId": "123456789012",
  "Channel": "VOICE",
  "JobStatus": "COMPLETED",
  "LanguageCode": "el-GR",
  "Participants": [
    {"ParticipantId": "CUSTOMER", "ParticipantRole": "CUSTOMER"},
    {"ParticipantId": "AGENT", "ParticipantRole": "AGENT"}
  ],
  "Categories": {"MatchedCategories": [], "MatchedDetails": {}},
  "ConversationCharacteristics": {"Sentiment": {"OverallSentiment": {"AGENT": 3.1, "CUSTOMER": -1.2}}},
  "Transcript": [
    {"BeginOffsetMillis": 250, "EndOffsetMillis": 3900, "Content": "Καλημέρα, είμαι ο Νίκος. Πώς μπορώ να βοηθήσω;",
     "Id": "t1", "ParticipantId": "AGENT", "Sentiment": "NEUTRAL", "LoudnessScore": [70.1, 71.3]},
    {"BeginOffsetMillis": 4200, "EndOffsetMillis": 9050, "Content": "Η παραγγελία μου δεν έχει έρθει ακόμα.",
     "Id": "t2", "ParticipantId": "CUSTOMER", "Sentiment": "NEGATIVE"},
    {"BeginOffsetMillis": 9300, "EndOffsetMillis": 12000, "Content": "Λυπάμαι πολύ. Θα το ελέγξω αμέσως.",
     "Id": "t3", "ParticipantId": "AGENT", "Sentiment": "POSITIVE",
     "Redaction": {"RedactedTimestamps": [{"BeginOffsetMillis": 9400, "EndOffsetMillis": 9600}]}}
  ],
  "CustomerMetadata": {"InputS3Uri": "s3://bucket/Analysis/Voice/c-1.wav", "ContactId": "c-0a1b2c", "InstanceId": "i-1"}
}
"#;

#[test]
fn a_contact_lens_call_is_a_timed_call_with_roles_and_no_sentiment() {
    let (convs, errors) = read_str(Format::Connect, CALL);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs.len(), 1);
    let c = &convs[0];
    assert_eq!(
        c.id, "c-0a1b2c",
        "the ContactId, although it comes after the transcript"
    );
    assert_eq!(c.channel, Channel::Call);
    assert_eq!(c.language.as_deref(), Some("el"));
    assert!(c.is_timed());
    assert_eq!(
        (c.agent.as_ref(), c.team.as_ref(), c.outcome.as_ref()),
        (None, None, None)
    );
    let roles: Vec<Role> = c.turns.iter().map(|t| t.role).collect();
    assert_eq!(roles, [Role::Agent, Role::Customer, Role::Agent]);
    let times: Vec<(Option<f64>, Option<f64>)> = c.turns.iter().map(|t| (t.start, t.end)).collect();
    assert_eq!(
        times,
        [
            (Some(0.25), Some(3.9)),
            (Some(4.2), Some(9.05)),
            (Some(9.3), Some(12.0))
        ]
    );
    assert_eq!(c.turns[1].text, "Η παραγγελία μου δεν έχει έρθει ακόμα.");
    assert!(c
        .turns
        .iter()
        .all(|t| t.at.is_none() && t.speaker.is_none()));
}

#[test]
fn participant_ids_are_looked_up_in_the_participant_list() {
    let input = r#"{"Participants": [{"ParticipantId": "p-77", "ParticipantRole": "SUPERVISOR"},
                                      {"ParticipantId": "p-12", "ParticipantRole": "CUSTOMER"},
                                      {"ParticipantId": "p-99", "ParticipantRole": "CUSTOM_BOT"}],
      "Transcript": [
        {"ParticipantId": "p-99", "Content": "Benvenuto", "BeginOffsetMillis": 0, "EndOffsetMillis": 900},
        {"ParticipantId": "p-12", "Content": "Salve", "BeginOffsetMillis": 1000, "EndOffsetMillis": 1500},
        {"ParticipantId": "p-77", "Content": "Buongiorno", "BeginOffsetMillis": 1600}
      ]}"#;
    let (convs, errors) = read_str(Format::Connect, input);
    assert!(errors.is_empty(), "{errors:?}");
    let roles: Vec<Role> = convs[0].turns.iter().map(|t| t.role).collect();
    assert_eq!(roles, [Role::Bot, Role::Customer, Role::Agent]);
    assert_eq!(convs[0].turns[2].end, None);
    assert_eq!(convs[0].id, "t.connect", "no ContactId: the file name");
    assert_eq!(convs[0].language, None);
}

#[test]
fn a_chat_analysis_file_reads_as_a_chat_with_wall_clock_times() {
    let input = r#"{"Channel": "CHAT", "LanguageCode": "fi-FI",
      "Participants": [{"ParticipantId": "a1", "ParticipantRole": "AGENT"}, {"ParticipantId": "c1", "ParticipantRole": "CUSTOMER"}],
      "CustomerMetadata": {"ContactId": "chat-1"},
      "Transcript": [
        {"Id": "1", "ParticipantId": "SYS", "ParticipantRole": "SYSTEM", "ContentType": "application/vnd.amazonaws.connect.event.participant.joined",
         "AbsoluteTime": "2026-03-06T10:00:00.000Z"},
        {"Id": "2", "ParticipantId": "c1", "ParticipantRole": "CUSTOMER", "DisplayName": "Mikko", "ContentType": "text/plain",
         "Content": "Hei, onko tätä kokoa varastossa?", "AbsoluteTime": "2026-03-06T10:00:05.000Z"},
        {"Id": "3", "ParticipantId": "a1", "ParticipantRole": "AGENT", "DisplayName": "Aino", "ContentType": "text/plain",
         "Content": "Hei! On, kolme kappaletta.", "AbsoluteTime": "2026-03-06T10:00:40.000Z"}
      ]}"#;
    let (convs, errors) = read_str(Format::Connect, input);
    assert!(errors.is_empty(), "{errors:?}");
    let c = &convs[0];
    assert_eq!(c.channel, Channel::Chat);
    assert_eq!(c.language.as_deref(), Some("fi"));
    assert!(!c.is_timed());
    assert_eq!(c.turns.len(), 2, "the join event is not a message");
    assert_eq!(c.turns[1].speaker.as_deref(), Some("Aino"));
    assert_eq!(
        c.turns[0].at.map(|t| t.to_rfc3339()).as_deref(),
        Some("2026-03-06T10:00:05+00:00")
    );
    assert_eq!(c.started_at, c.turns[0].at);
}

#[test]
fn bad_transcript_items_are_reported_at_their_line_and_the_call_is_kept() {
    let input = r#"{
  "CustomerMetadata": {"ContactId": "c-9"},
  "Participants": [{"ParticipantId": "AGENT", "ParticipantRole": "AGENT"}],
  "Transcript": [
    {"ParticipantId": "AGENT", "Content": "Bună ziua, sunt Andrei.", "BeginOffsetMillis": 0, "EndOffsetMillis": 2000},
    {"ParticipantId": "AGENT", "BeginOffsetMillis": 2100, "EndOffsetMillis": 2500},
    {"ParticipantId": "NARRATOR", "Content": "x", "BeginOffsetMillis": 2600},
    {"ParticipantId": "CUSTOMER", "Content": "Bună.", "BeginOffsetMillis": 5000, "EndOffsetMillis": 4000},
    {"ParticipantId": "CUSTOMER", "Content": "Nu am primit coletul."},
    {"Content": "?", "BeginOffsetMillis": 1},
    {"ParticipantId": "CUSTOMER", "Content": 5},
    {"ParticipantId": "CUSTOMER", "Content": "Îl aștept de o săptămână.", "BeginOffsetMillis": 6000, "EndOffsetMillis": 8000}
  ]
}"#;
    let (convs, errors) = read_str(Format::Connect, input);
    assert_eq!(convs.len(), 1, "{errors:?}");
    let texts: Vec<&str> = convs[0].turns.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Bună ziua, sunt Andrei.", "Îl aștept de o săptămână."]
    );
    let got: Vec<(usize, &str)> = errors.iter().map(|e| (e.line, e.reason.as_str())).collect();
    assert_eq!(got.len(), 6, "{got:#?}");
    assert_eq!(
        got[0],
        (
            6,
            "record 1 (contact c-9): Transcript item 2: no Content; it is left out"
        )
    );
    assert_eq!(got[1].0, 7);
    assert!(got[1].1.starts_with(
        "record 1 (contact c-9): Transcript item 3: participant \"NARRATOR\" has no known role"
    ));
    assert_eq!(got[2], (8, "record 1 (contact c-9): Transcript item 4: ends before it starts (start 5, end 4); it is left out"));
    assert_eq!(
        got[3],
        (
            9,
            "record 1 (contact c-9): Transcript item 5: no BeginOffsetMillis; it is left out"
        )
    );
    assert_eq!(
        got[4],
        (
            10,
            "record 1 (contact c-9): Transcript item 6: no ParticipantId; it is left out"
        )
    );
    assert_eq!(got[5].0, 11);
    assert!(
        got[5]
            .1
            .starts_with("record 1 (contact c-9): Transcript item 7: invalid type: integer `5`"),
        "{}",
        got[5].1
    );
}

#[test]
fn several_analysis_files_in_one_input_and_times_going_back() {
    let one = |id: &str, begin: u32| {
        format!(
            r#"{{"CustomerMetadata": {{"ContactId": "{id}"}}, "Transcript": [{{"ParticipantId": "AGENT", "Content": "a", "BeginOffsetMillis": {begin}}}, {{"ParticipantId": "CUSTOMER", "Content": "b", "BeginOffsetMillis": 100}}]}}"#
        )
    };
    let lines = format!("{}\n{}\n", one("x", 0), one("y", 500));
    let (convs, errors) = read_str(Format::Connect, &lines);
    let ids: Vec<&str> = convs.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["x", "y"]);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 2);
    assert!(errors[0]
        .reason
        .starts_with("turn 2: start 0.1 is earlier than turn 1's (0.5)"));
    let array = format!("[{}, {}]", one("x", 0), one("y", 0));
    let (convs, errors) = read_str(Format::Connect, &array);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs.len(), 2);
}

#[test]
fn a_contact_over_the_limit_is_reported_and_an_empty_one_too() {
    let opts = ReadOptions {
        max_record_bytes: 500,
        ..ReadOptions::default()
    };
    let (convs, errors) = read_with(Format::Connect, CALL.as_bytes(), &opts);
    assert!(convs.is_empty());
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 1);
    assert_eq!(
        errors[0].reason,
        "record 1: record too large (over 500 bytes; raise --max-record-bytes)"
    );
    let (convs, errors) = read_str(
        Format::Connect,
        r#"{"CustomerMetadata": {"ContactId": "z"}, "Transcript": []}"#,
    );
    assert!(convs.is_empty());
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].reason, "record 1 (contact z): no turns");
}

#[test]
fn contact_lens_output_is_detected_by_content() {
    assert_eq!(
        tact_readers::detect(CALL.as_bytes(), Some(Format::Json)),
        Some(Format::Connect)
    );
    let bytes = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../samples/formats/connect-contact-lens.json"),
    )
    .expect("sample exists");
    assert_eq!(tact_readers::detect(&bytes, None), Some(Format::Connect));
    let (convs, errors) = read_with(Format::Connect, &bytes, &super::samples::sample_options());
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs[0].language.as_deref(), Some("it"));
    assert!(convs[0].turns.len() >= 2 && convs[0].is_timed());
    let tact = r#"{"id": "c", "channel": "call", "turns": [{"role": "agent", "text": "\"ParticipantRole\": \"BeginOffsetMillis\":", "start": 1}]}"#;
    assert_eq!(
        tact_readers::detect(tact.as_bytes(), Some(Format::Json)),
        Some(Format::Json)
    );
}

const FRAGMENTS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\n",
    " ",
    "\"",
    "null",
    "0",
    "-5",
    "1e20",
    "NaN",
    "\"Transcript\":",
    "\"Participants\":",
    "\"ParticipantId\":",
    "\"ParticipantRole\":",
    "\"Content\":",
    "\"BeginOffsetMillis\":",
    "\"EndOffsetMillis\":",
    "\"AbsoluteTime\":",
    "\"CustomerMetadata\":",
    "\"ContactId\":",
    "\"Channel\":",
    "\"LanguageCode\":",
    "\"AGENT\"",
    "\"CUSTOMER\"",
    "\"CHAT\"",
    "\"it-IT\"",
    "\"x\"",
    "\"2026-03-06T10:00:00Z\"",
    "Καλημέρα",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic_in_the_connect_reader(
        input in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..300),
            prop::collection::vec(prop::sample::select(FRAGMENTS), 0..80)
                .prop_map(|parts| parts.concat().into_bytes()),
        ],
        small in any::<bool>(),
    ) {
        let opts = ReadOptions {
            max_record_bytes: if small { 60 } else { tact_readers::DEFAULT_MAX_RECORD_BYTES },
            ..ReadOptions::default()
        };
        let (convs, errors) = read_with(Format::Connect, &input, &opts);
        for c in &convs {
            prop_assert!(!c.id.is_empty() && !c.turns.is_empty());
            for t in &c.turns {
                if let (Some(s), Some(e)) = (t.start, t.end) {
                    prop_assert!(s.is_finite() && e >= s);
                }
            }
        }
        for e in &errors {
            prop_assert!(e.line >= 1 && !e.reason.is_empty());
        }
    }
}
