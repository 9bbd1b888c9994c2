//! Helpdesk exports: Zendesk tickets, Intercom conversations, Freshdesk tickets. Every mapped
//! field, notes skipped, roles, channels, outcomes, the shapes each export comes in, records
//! that cannot be read (reported with their line, the others kept) and detection by content.

use super::samples::sample_options;
use super::*;
use proptest::prelude::*;
use std::path::Path;
use tact_model::{Channel, Role};

fn at(c: &Conversation, i: usize) -> String {
    c.turns[i].at.map(|t| t.to_rfc3339()).unwrap_or_default()
}

fn detected(input: &str, path: &str) -> Option<Format> {
    tact_readers::detect(input.as_bytes(), Format::from_path(Path::new(path)))
}

// ---------------------------------------------------------------- Zendesk

/// A Tickets API page: side-loaded users and groups after the tickets, as Zendesk writes them.
const ZENDESK_PAGE: &str = r#"{
  "tickets": [
    {
      "id": 35436,
      "via": {"channel": "email"},
      "created_at": "2026-03-06T09:00:00Z",
      "requester_id": 20,
      "assignee_id": 10,
      "group_id": 7,
      "satisfaction_rating": {"score": "good", "comment": "Great"},
      "comments": [
        {"author_id": 20, "plain_body": "Hi, where is my order?", "body": "ignored", "public": true,
         "created_at": "2026-03-06T09:00:00Z", "attachments": [{"id": 1}, {"id": 2}]},
        {"author_id": 10, "body": "Courier says Friday.", "public": false,
         "created_at": "2026-03-06T09:05:00Z"},
        {"author_id": 10, "body": "It ships today, Maria.",
         "created_at": "2026-03-06T09:10:00Z"},
        {"author_id": 21, "body": "Thanks from her colleague!", "public": true,
         "created_at": "2026-03-06T09:20:00Z"},
        {"author_id": 30, "body": "Looping in billing.", "public": true,
         "created_at": "2026-03-06T09:30:00Z"}
      ]
    }
  ],
  "users": [
    {"id": 10, "name": "Sam", "role": "agent"},
    {"id": 20, "name": "Maria Rossi", "role": "end-user"},
    {"id": 21, "name": "Ada", "role": "end-user"},
    {"id": 30, "name": "Elena", "role": "admin"}
  ],
  "groups": [{"id": 7, "name": "Support"}],
  "next_page": null,
  "count": 1
}
"#;

#[test]
fn a_zendesk_page_maps_every_field_with_the_side_loads_after_the_tickets() {
    let (convs, errors) = read_str(Format::Zendesk, ZENDESK_PAGE);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs.len(), 1);
    let c = &convs[0];
    assert_eq!(c.id, "35436");
    assert_eq!(c.channel, Channel::Email);
    assert_eq!(c.agent.as_deref(), Some("Sam"));
    assert_eq!(c.team.as_deref(), Some("Support"));
    assert_eq!(c.outcome.as_deref(), Some("good"));
    assert_eq!(c.language, None);
    assert_eq!(
        c.started_at.map(|t| t.to_rfc3339()).as_deref(),
        Some("2026-03-06T09:00:00+00:00")
    );
    // The internal note is not there; plain_body wins over body.
    assert_eq!(
        texts(c),
        [
            "Hi, where is my order?",
            "It ships today, Maria.",
            "Thanks from her colleague!",
            "Looping in billing."
        ]
    );
    // Side-loaded roles win: the copied-in end-user is a customer, the admin an agent.
    assert_eq!(
        roles(c),
        [Role::Customer, Role::Agent, Role::Customer, Role::Agent]
    );
    let speakers: Vec<_> = c.turns.iter().map(|t| t.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        [Some("Maria Rossi"), Some("Sam"), Some("Ada"), Some("Elena")]
    );
    assert_eq!(at(c, 1), "2026-03-06T09:10:00+00:00");
    assert_eq!(c.turns[0].attachments, 2);
    assert_eq!(c.turns[1].attachments, 0);
}

#[test]
fn without_side_loads_the_requester_is_the_customer_and_everyone_else_an_agent() {
    let line = r#"{"id": 1, "requester_id": 20, "assignee_id": 10, "group_id": 7, "comments": [{"author_id": 20, "body": "Ciao"}, {"author_id": 10, "body": "Buongiorno"}, {"author_id": 21, "body": "Sono la collega"}]}"#;
    let (convs, errors) = read_str(Format::Zendesk, line);
    assert!(errors.is_empty(), "{errors:?}");
    let c = &convs[0];
    assert_eq!(roles(c), [Role::Customer, Role::Agent, Role::Agent]);
    assert_eq!(c.turns[0].speaker, None);
    // Names come only from side-loads (or inline objects): ids alone name nobody.
    assert_eq!((c.agent.as_deref(), c.team.as_deref()), (None, None));
    let named = r#"{"id": 1, "requester_id": 20, "assignee": {"name": "Luca"}, "group": {"name": "Vendite"}, "comments": [{"author_id": 20, "body": "Ciao"}]}"#;
    let (convs, _) = read_str(Format::Zendesk, named);
    assert_eq!(convs[0].agent.as_deref(), Some("Luca"));
    assert_eq!(convs[0].team.as_deref(), Some("Vendite"));
}

#[test]
fn every_zendesk_shape_reads() {
    let jsonl = concat!(
        r#"{"id": 1, "requester_id": 20, "comments": [{"author_id": 20, "body": "Γεια σας"}, {"author_id": 10, "body": "Καλημέρα"}]}"#,
        "\n\n",
        r#"{"id": 2, "requester_id": 21, "comments": [{"author_id": 21, "body": "Bună ziua"}]}"#,
        "\n"
    );
    let array = r#"[{"id": 3, "requester_id": 20, "comments": [{"author_id": 20, "body": "a"}]},
                    {"id": 4, "requester_id": 20, "comments": [{"author_id": 20, "body": "b"}]}]"#;
    let beside = r#"{"ticket": {"id": 5, "requester_id": 20},
                     "comments": [{"author_id": 20, "plain_body": "Hei"}, {"author_id": 11, "plain_body": "Moi"}],
                     "users": [{"id": 11, "name": "Aino", "role": "agent"}]}"#;
    let comments_api = r#"{"comments": [{"author_id": 20, "plain_body": "first", "html_body": "<p>first</p>"},
                                        {"author_id": 11, "plain_body": "second", "html_body": "<p>second</p>"}],
                           "next_page": null, "count": 2}"#;
    let without_comments = r#"{"id": 6, "requester_id": 20, "description": "Vorrei un preventivo", "created_at": "2026-03-06T10:00:00Z"}"#;
    let cases: [(&str, &[&str]); 5] = [
        (jsonl, &["1", "2"]),
        (array, &["3", "4"]),
        (beside, &["5"]),
        (comments_api, &["t.zendesk#1"]),
        (without_comments, &["6"]),
    ];
    for (input, ids) in cases {
        let (convs, errors) = read_str(Format::Zendesk, input);
        assert!(errors.is_empty(), "{input}: {errors:?}");
        let got: Vec<&str> = convs.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(got, ids, "{input}");
    }
    let (convs, _) = read_str(Format::Zendesk, beside);
    assert_eq!(roles(&convs[0]), [Role::Customer, Role::Agent]);
    assert_eq!(convs[0].turns[1].speaker.as_deref(), Some("Aino"));
    let (convs, _) = read_str(Format::Zendesk, comments_api);
    // No ticket names the requester: the first public comment's author is taken as one.
    assert_eq!(roles(&convs[0]), [Role::Customer, Role::Agent]);
    let (convs, _) = read_str(Format::Zendesk, without_comments);
    assert_eq!(texts(&convs[0]), ["Vorrei un preventivo"]);
    assert_eq!(roles(&convs[0]), [Role::Customer]);
    assert_eq!(at(&convs[0], 0), "2026-03-06T10:00:00+00:00");
}

#[test]
fn zendesk_channels_map_to_tact_channels() {
    let cases = [
        (Some("email"), Channel::Email),
        (Some("web"), Channel::Email),
        (Some("help_center"), Channel::Email),
        (Some("api"), Channel::Email),
        (Some("voice"), Channel::Call),
        (Some("sms"), Channel::Sms),
        (Some("chat"), Channel::Chat),
        (Some("native_messaging"), Channel::Chat),
        (Some("facebook"), Channel::Chat),
        (Some("twitter"), Channel::Chat),
        (Some("whatsapp"), Channel::Chat),
        (None, Channel::Email),
    ];
    for (via, want) in cases {
        let via = via.map_or(String::new(), |v| {
            format!(r#""via": {{"channel": "{v}"}}, "#)
        });
        let input = format!(
            r#"{{"id": 1, {via}"requester_id": 2, "comments": [{{"author_id": 2, "body": "x"}}]}}"#
        );
        let (convs, errors) = read_str(Format::Zendesk, &input);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(convs[0].channel, want, "{input}");
    }
    let opts = ReadOptions {
        default_channel: Some(Channel::Chat),
        ..ReadOptions::default()
    };
    let input = r#"{"id": 1, "requester_id": 2, "comments": [{"author_id": 2, "body": "x"}]}"#;
    let (convs, _) = read_with(Format::Zendesk, input.as_bytes(), &opts);
    assert_eq!(
        convs[0].channel,
        Channel::Chat,
        "the default channel fills a missing via"
    );
}

#[test]
fn zendesk_satisfaction_scores_become_good_or_bad_outcomes() {
    for (rating, want) in [
        (r#"{"score": "good"}"#, Some("good")),
        (r#"{"score": "bad", "comment": "slow"}"#, Some("bad")),
        (r#"{"score": "good_with_comment"}"#, Some("good")),
        (r#"{"score": "offered"}"#, None),
        (r#"{"score": "unoffered"}"#, None),
        ("null", None),
    ] {
        let input = format!(
            r#"{{"id": 1, "requester_id": 2, "satisfaction_rating": {rating}, "comments": [{{"author_id": 2, "body": "x"}}]}}"#
        );
        let (convs, errors) = read_str(Format::Zendesk, &input);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(convs[0].outcome.as_deref(), want, "{rating}");
    }
}

#[test]
fn zendesk_html_bodies_are_read_only_when_there_is_no_plain_text() {
    let input = r#"{"id": 1, "requester_id": 2, "comments": [
        {"author_id": 2, "html_body": "<div><p>Bun&#259; ziua,</p><p>comanda <b>73310</b>?</p></div>"},
        {"author_id": 3, "body": "  ", "plain_body": "", "html_body": "<p>Da &amp; nu</p>"},
        {"author_id": 2, "body": "", "attachments": [{"id": 9}]}
    ]}"#;
    let (convs, errors) = read_str(Format::Zendesk, input);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        texts(&convs[0]),
        ["Bună ziua,\ncomanda 73310?", "Da & nu", ""]
    );
    assert_eq!(
        convs[0].turns[2].attachments, 1,
        "an attachment-only comment counts"
    );
}

#[test]
fn zendesk_records_missing_fields_are_reported_at_their_line_and_the_rest_is_kept() {
    let input = r#"{
  "tickets": [
    {"id": 1, "requester_id": 2, "comments": [{"author_id": 2, "body": "ok"}]},
    {"requester_id": 2,
     "comments": [{"author_id": 2, "body": "no id"}]},
    {"id": 3, "requester_id": 2, "comments": [
      {"author_id": 2, "body": "kept"},
      {"author_id": 4, "public": true},
      {"body": "who?"},
      {"author_id": 2, "body": "late", "created_at": "yesterday"}
    ]},
    {"id": 4, "requester_id": 2, "comments": [{"author_id": 5, "body": "note", "public": false}]},
    {"id": 5, "requester_id": 2, "comments": "none"},
    {"id": 6, "requester_id": 2, "comments": [{"author_id": 2, "body": "last"}]}
  ],
  "users": []
}"#;
    let (convs, errors) = read_str(Format::Zendesk, input);
    let ids: Vec<&str> = convs.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["1", "3", "6"], "{errors:?}");
    assert_eq!(texts(&convs[1]), ["kept", "late"]);
    assert_eq!(convs[1].turns[1].at, None);
    let got: Vec<(usize, &str)> = errors.iter().map(|e| (e.line, e.reason.as_str())).collect();
    assert_eq!(
        got,
        [
            (4, "record 2: the ticket has no `id`"),
            (6, "record 3 (ticket 3): comment 2 has no body (plain_body, body or html_body); it is left out"),
            (6, "record 3 (ticket 3): comment 3 has no author_id; it is left out"),
            (6, "record 3 (ticket 3): comment 4: created_at \"yesterday\" is not a time (expected RFC 3339 (2026-03-06T21:03:00+01:00) or YYYY-MM-DD HH:MM[:SS] (taken as UTC))"),
            (12, "record 4 (ticket 4): no public messages (1 internal notes skipped)"),
            (13, "record 5: invalid type: string \"none\", expected a sequence (at line 13)"),
        ],
        "{errors:#?}"
    );
    // A record of the wrong shape names its record and line too.
    let (convs, errors) = read_str(
        Format::Zendesk,
        &input.replace(r#""comments": "none""#, r#""comments": 5"#),
    );
    assert_eq!(convs.len(), 3);
    let e = errors
        .iter()
        .find(|e| e.line == 13)
        .expect("record 5 reported");
    assert!(
        e.reason.starts_with("record 5: invalid type: integer `5`"),
        "{}",
        e.reason
    );
}

#[test]
fn broken_zendesk_json_lines_cost_their_line_only() {
    let input = concat!(
        r#"{"id": 1, "requester_id": 2, "comments": [{"author_id": 2, "body": "one"}]}"#,
        "\n",
        r#"{"id": 2, "requester_id": 2, "comments": [{"author_id": 2, "body": "two"}"#,
        "\n",
        r#"{"id": 3, "requester_id": 2, "comments": [{"author_id": 2, "body": "thr"#,
        "\n",
        "not json\n",
        r#"{"id": 5, "requester_id": 2, "comments": [{"author_id": 2, "body": "five"}]}"#,
        "\n",
    );
    let (convs, errors) = read_str(Format::Zendesk, input);
    let ids: Vec<&str> = convs.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["1", "5"]);
    let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [2, 3, 4], "{errors:?}");
    assert!(errors
        .iter()
        .all(|e| e.reason.ends_with("the rest of the line is skipped")));
    // A broken first line too.
    let first_broken = format!("{{\"id\": 0 \"requester_id\": 2}}\n{input}");
    let (convs, errors) = read_str(Format::Zendesk, &first_broken);
    assert_eq!(convs.len(), 2);
    let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [1, 3, 4, 5], "{errors:?}");
    // In one document, broken syntax stops the reading, after what was read before it.
    let doc = "[\n{\"id\": 1, \"requester_id\": 2, \"comments\": [{\"author_id\": 2, \"body\": \"a\"}]},\n{\"id\": 2 \"x\"},\n{\"id\": 3}\n]";
    let (convs, errors) = read_str(Format::Zendesk, doc);
    assert_eq!(convs.len(), 1);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 3);
    assert!(errors[0]
        .reason
        .ends_with("the rest of the file is not read"));
}

#[test]
fn a_zendesk_record_over_the_limit_is_reported_and_the_next_is_read() {
    let opts = ReadOptions {
        max_record_bytes: 300,
        ..ReadOptions::default()
    };
    let long = "y".repeat(2_000);
    let input = format!(
        "{{\"tickets\": [\n{{\"id\": 1, \"requester_id\": 2, \"comments\": [{{\"author_id\": 2, \"body\": \"{long}\"}}]}},\n{{\"id\": 2, \"requester_id\": 2, \"comments\": [{{\"author_id\": 2, \"body\": \"after\"}}]}}\n]}}\n"
    );
    let (convs, errors) = read_with(Format::Zendesk, input.as_bytes(), &opts);
    assert_eq!(convs.len(), 1);
    assert_eq!(texts(&convs[0]), ["after"]);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 2);
    assert_eq!(
        errors[0].reason,
        "record 1: record too large (over 300 bytes; raise --max-record-bytes)"
    );
}

#[test]
fn a_zendesk_page_larger_than_the_limit_streams_its_tickets() {
    // Past --max-record-bytes of held tickets, the page's tickets are handed on as they come.
    let opts = ReadOptions {
        max_record_bytes: 400,
        ..ReadOptions::default()
    };
    let mut page = String::from("{\"tickets\": [\n");
    for i in 0..20 {
        page.push_str(&format!(
            "{}{{\"id\": {i}, \"requester_id\": 2, \"assignee_id\": 10, \"comments\": [{{\"author_id\": 2, \"body\": \"hi\"}}]}}\n",
            if i == 0 { "" } else { "," }
        ));
    }
    page.push_str("], \"users\": [{\"id\": 10, \"name\": \"Sam\", \"role\": \"agent\"}]}\n");
    let (convs, errors) = read_with(Format::Zendesk, page.as_bytes(), &opts);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs.len(), 20);
    // The first tickets waited for the side-loads no longer than the limit allowed.
    assert!(convs.iter().all(|c| c.agent.is_none()));
    let (convs, _) = read_str(Format::Zendesk, &page);
    assert!(convs.iter().all(|c| c.agent.as_deref() == Some("Sam")));
}

// ---------------------------------------------------------------- Intercom

const INTERCOM: &str = r#"{
  "type": "conversation",
  "id": "123",
  "created_at": 1772830800,
  "admin_assignee_id": 7,
  "source": {"type": "conversation", "body": "<p>Ciao, il divano &egrave; disponibile?</p>",
             "author": {"type": "user", "id": "u1", "name": "Maria"},
             "attachments": [{"type": "upload"}]},
  "conversation_rating": {"rating": 4, "remark": "ok"},
  "conversation_parts": {"type": "conversation_part.list", "conversation_parts": [
    {"part_type": "assignment", "body": null, "created_at": 1772830805, "author": {"type": "bot", "name": "Operator"}},
    {"part_type": "comment", "body": "<p>Ti aiuto subito!</p>", "created_at": 1772830810,
     "author": {"type": "bot", "name": "Operator"}},
    {"part_type": "comment", "body": "<p>Risposta automatica</p>", "created_at": 1772830815,
     "author": {"type": "admin", "id": "99", "name": "Fin", "from_ai_agent": true}},
    {"part_type": "note", "body": "<p>cliente VIP</p>", "created_at": 1772830820,
     "author": {"type": "admin", "id": "8", "name": "Elena"}},
    {"part_type": "comment", "body": "<p>Nota bene: sì,<br>in grigio.</p>", "created_at": 1772830860,
     "author": {"type": "admin", "id": "8", "name": "Elena"}},
    {"part_type": "open", "body": "<p>Perfetto</p>", "created_at": 1772830900,
     "author": {"type": "lead", "id": "u1", "name": "Maria"}},
    {"part_type": "close", "body": "<p>A presto!</p>", "created_at": 1772830960,
     "author": {"type": "admin", "id": "7", "name": "Luca"}}
  ], "total_count": 7}
}"#;

#[test]
fn an_intercom_conversation_maps_every_field() {
    let (convs, errors) = read_str(Format::Intercom, INTERCOM);
    assert!(errors.is_empty(), "{errors:?}");
    let c = &convs[0];
    assert_eq!(c.id, "123");
    assert_eq!(c.channel, Channel::Chat);
    assert_eq!(c.agent.as_deref(), Some("Luca"), "the assigned admin");
    assert_eq!(c.team, None);
    assert_eq!(c.outcome.as_deref(), Some("good"));
    assert_eq!(
        c.started_at.map(|t| t.to_rfc3339()).as_deref(),
        Some("2026-03-06T21:00:00+00:00")
    );
    assert_eq!(
        texts(c),
        [
            "Ciao, il divano è disponibile?",
            "Ti aiuto subito!",
            "Risposta automatica",
            "Nota bene: sì,\nin grigio.",
            "Perfetto",
            "A presto!"
        ]
    );
    assert_eq!(
        roles(c),
        [
            Role::Customer,
            Role::Bot,
            Role::Bot,
            Role::Agent,
            Role::Customer,
            Role::Agent
        ]
    );
    assert_eq!(c.turns[3].speaker.as_deref(), Some("Elena"));
    assert_eq!(at(c, 0), "2026-03-06T21:00:00+00:00");
    assert_eq!(at(c, 5), "2026-03-06T21:02:40+00:00");
    assert_eq!(c.turns[0].attachments, 1);
}

#[test]
fn intercom_pages_lines_and_arrays_read() {
    let conv = |id: &str, text: &str| {
        format!(
            r#"{{"type": "conversation", "id": "{id}", "source": {{"type": "email", "body": "<p>{text}</p>", "author": {{"type": "contact", "name": "Mikko"}}}}, "conversation_parts": {{"conversation_parts": [{{"part_type": "comment", "body": "Kiitos", "author": {{"type": "admin", "name": "Aino"}}}}]}}}}"#
        )
    };
    let page = format!(
        "{{\"type\": \"conversation.list\", \"conversations\": [\n{},\n{}\n], \"pages\": {{\"next\": null}}, \"total_count\": 2}}",
        conv("a", "Hei"),
        conv("b", "Moi")
    );
    let lines = format!("{}\n{}\n", conv("a", "Hei"), conv("b", "Moi"));
    let array = format!("[{}, {}]", conv("a", "Hei"), conv("b", "Moi"));
    for input in [page, lines, array] {
        let (convs, errors) = read_str(Format::Intercom, &input);
        assert!(errors.is_empty(), "{errors:?}");
        let ids: Vec<&str> = convs.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        assert_eq!(convs[1].channel, Channel::Email);
        assert_eq!(texts(&convs[1]), ["Moi", "Kiitos"]);
        assert_eq!(
            convs[1].agent.as_deref(),
            Some("Aino"),
            "the first admin who wrote"
        );
    }
}

#[test]
fn intercom_channels_and_ratings() {
    for (kind, want) in [
        ("email", Channel::Email),
        ("phone_call", Channel::Call),
        ("sms", Channel::Sms),
        ("whatsapp", Channel::Chat),
        ("conversation", Channel::Chat),
    ] {
        let input = format!(
            r#"{{"id": 1, "source": {{"type": "{kind}", "body": "x", "author": {{"type": "user"}}}}}}"#
        );
        let (convs, errors) = read_str(Format::Intercom, &input);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(convs[0].channel, want, "{kind}");
    }
    for (rating, want) in [
        ("5", Some("good")),
        ("4", Some("good")),
        ("3", Some("neutral")),
        ("2", Some("bad")),
        ("1", Some("bad")),
        ("null", None),
    ] {
        let input = format!(
            r#"{{"id": 1, "conversation_rating": {{"rating": {rating}}}, "source": {{"body": "x", "author": {{"type": "user"}}}}}}"#
        );
        let (convs, errors) = read_str(Format::Intercom, &input);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(convs[0].outcome.as_deref(), want, "{rating}");
    }
}

#[test]
fn intercom_records_missing_fields_are_reported_and_the_rest_is_kept() {
    let input = r#"[
{"source": {"body": "no id", "author": {"type": "user"}}},
{"id": "2", "source": {"body": "kept", "author": {"type": "user"}},
 "conversation_parts": {"conversation_parts": [
   {"part_type": "comment", "body": "who?", "author": {"type": "visitor"}},
   {"part_type": "comment", "body": "nobody"},
   {"part_type": "comment", "body": "answer", "author": {"type": "admin"}, "created_at": "soon"}
 ]}},
{"id": "3", "source": {"body": "", "author": {"type": "admin"}},
 "conversation_parts": {"conversation_parts": [{"part_type": "note", "body": "x", "author": {"type": "admin"}}]}},
{"id": "4", "source": {"body": "fine", "author": {"type": "user"}}}
]"#;
    let (convs, errors) = read_str(Format::Intercom, input);
    let ids: Vec<&str> = convs.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["2", "4"], "{errors:?}");
    assert_eq!(texts(&convs[0]), ["kept", "answer"]);
    let got: Vec<(usize, &str)> = errors.iter().map(|e| (e.line, e.reason.as_str())).collect();
    assert_eq!(
        got,
        [
            (2, "record 1: the conversation has no `id`"),
            (3, "record 2 (conversation 2): part 1: unknown author type \"visitor\" (expected user, lead, contact, admin, team or bot); it is left out"),
            (3, "record 2 (conversation 2): part 2 has no author type; it is left out"),
            (3, "record 2 (conversation 2): part 3: created_at is not a Unix time in seconds"),
            (9, "record 3 (conversation 3): no public messages (1 notes skipped)"),
        ],
        "{errors:#?}"
    );
}

// ---------------------------------------------------------------- Freshdesk

const FRESHDESK: &str = r#"{
  "id": 20,
  "source": 1,
  "created_at": "2026-03-06T08:00:00Z",
  "requester_id": 129,
  "requester": {"id": 129, "name": "Ioana Popescu"},
  "responder_id": 5,
  "description": "<div>ignored when description_text is there</div>",
  "description_text": "Bună ziua, unde este coletul meu?",
  "attachments": [{"id": 1}],
  "conversations": [
    {"body_text": "Checking with the courier", "private": true, "incoming": false, "user_id": 5,
     "created_at": "2026-03-06T08:05:00Z"},
    {"body_text": "Coletul ajunge mâine.", "private": false, "incoming": false, "user_id": 5,
     "created_at": "2026-03-06T08:10:00Z", "attachments": [{"id": 2}, {"id": 3}]},
    {"body": "<div>Mul&#539;umesc!</div>", "incoming": true, "user_id": 129,
     "created_at": "2026-03-06T08:30:00Z"},
    {"body_text": "Also from me", "incoming": true, "user_id": 130,
     "created_at": "2026-03-06T08:31:00Z"}
  ]
}"#;

#[test]
fn a_freshdesk_ticket_maps_every_field() {
    let (convs, errors) = read_str(Format::Freshdesk, FRESHDESK);
    assert!(errors.is_empty(), "{errors:?}");
    let c = &convs[0];
    assert_eq!(c.id, "20");
    assert_eq!(c.channel, Channel::Email);
    assert_eq!(
        c.started_at.map(|t| t.to_rfc3339()).as_deref(),
        Some("2026-03-06T08:00:00+00:00")
    );
    assert_eq!(
        (c.agent.as_deref(), c.team.as_deref(), c.outcome.as_deref()),
        (None, None, None)
    );
    assert_eq!(
        texts(c),
        [
            "Bună ziua, unde este coletul meu?",
            "Coletul ajunge mâine.",
            "Mulțumesc!",
            "Also from me"
        ]
    );
    assert_eq!(
        roles(c),
        [Role::Customer, Role::Agent, Role::Customer, Role::Customer]
    );
    let speakers: Vec<_> = c.turns.iter().map(|t| t.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        [Some("Ioana Popescu"), None, Some("Ioana Popescu"), None]
    );
    assert_eq!(at(c, 0), "2026-03-06T08:00:00+00:00");
    assert_eq!(at(c, 2), "2026-03-06T08:30:00+00:00");
    assert_eq!((c.turns[0].attachments, c.turns[1].attachments), (1, 2));
}

#[test]
fn freshdesk_sources_map_to_channels_and_outbound_email_opens_with_the_agent() {
    for (source, want) in [
        ("1", Channel::Email),
        ("2", Channel::Email),
        ("3", Channel::Call),
        ("7", Channel::Chat),
        ("9", Channel::Email),
        ("10", Channel::Email),
        ("99", Channel::Email),
        ("null", Channel::Email),
    ] {
        let input = format!(
            r#"{{"id": 1, "source": {source}, "description_text": "x", "conversations": [{{"body_text": "y", "incoming": true}}]}}"#
        );
        let (convs, errors) = read_str(Format::Freshdesk, &input);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(convs[0].channel, want, "{source}");
        let opener = if source == "10" {
            Role::Agent
        } else {
            Role::Customer
        };
        assert_eq!(roles(&convs[0]), [opener, Role::Customer], "{source}");
    }
}

#[test]
fn freshdesk_tickets_missing_fields_are_reported_and_the_rest_is_kept() {
    let input = r#"[
  {"description_text": "no id"},
  {"id": 2, "description_text": "kept",
   "conversations": [{"incoming": false}, {"body_text": "reply", "created_at": "2026-02-30T10:00:00Z"}]},
  {"id": 3, "conversations": [{"body_text": "note", "private": true}]},
  {"id": 4, "description_text": "fine"}
]
"#;
    let (convs, errors) = read_str(Format::Freshdesk, input);
    let ids: Vec<&str> = convs.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["2", "4"], "{errors:?}");
    assert_eq!(texts(&convs[0]), ["kept", "reply"]);
    let got: Vec<(usize, String)> = errors.iter().map(|e| (e.line, e.reason.clone())).collect();
    assert_eq!(got.len(), 4, "{got:#?}");
    assert_eq!(got[0], (2, "record 1: the ticket has no `id`".to_string()));
    assert_eq!(
        got[1],
        (
            3,
            "record 2 (ticket 2): conversation 1 has no body (body_text or body); it is left out"
                .to_string()
        )
    );
    assert_eq!(got[2].0, 3);
    assert!(got[2].1.starts_with(
        "record 2 (ticket 2): conversation 2: created_at \"2026-02-30T10:00:00Z\" is not a time"
    ));
    assert_eq!(
        got[3],
        (
            5,
            "record 3 (ticket 3): no public messages (1 private notes skipped)".to_string()
        )
    );
}

// ---------------------------------------------------------------- all three

#[test]
fn each_helpdesk_export_is_detected_by_content_and_tact_json_is_not() {
    let zendesk_line =
        "{\"id\": 1, \"requester_id\": 2, \"via\": {\"channel\": \"email\"}, \"comments\": []}\n";
    let cases = [
        (ZENDESK_PAGE, "export.json", Some(Format::Zendesk)),
        (zendesk_line, "incremental.jsonl", Some(Format::Zendesk)),
        (INTERCOM, "conversation.json", Some(Format::Intercom)),
        (FRESHDESK, "ticket.json", Some(Format::Freshdesk)),
        (
            "{\"id\": \"c1\", \"channel\": \"email\", \"turns\": [{\"role\": \"agent\", \"text\": \"see \\\"comments\\\": and \\\"requester_id\\\": \"}]}\n",
            "leads.jsonl",
            Some(Format::Jsonl),
        ),
    ];
    for (input, path, want) in cases {
        assert_eq!(detected(input, path), want, "{path}");
    }
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/formats");
    for (file, want) in [
        ("zendesk-tickets.json", Format::Zendesk),
        ("zendesk-incremental.jsonl", Format::Zendesk),
        ("intercom-conversation.json", Format::Intercom),
        ("freshdesk-tickets.json", Format::Freshdesk),
    ] {
        let bytes = std::fs::read(samples.join(file)).expect("sample exists");
        let head = &bytes[..bytes.len().min(tact_readers::HEAD_BYTES)];
        assert_eq!(
            tact_readers::detect(head, Format::from_path(Path::new(file))),
            Some(want),
            "{file}"
        );
    }
}

#[test]
fn the_helpdesk_samples_read_in_several_languages_with_the_sample_agents() {
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/formats");
    let mut languages = Vec::new();
    for (file, format, count) in [
        ("zendesk-tickets.json", Format::Zendesk, 2),
        ("zendesk-incremental.jsonl", Format::Zendesk, 2),
        ("intercom-conversation.json", Format::Intercom, 1),
        ("freshdesk-tickets.json", Format::Freshdesk, 2),
    ] {
        let bytes = std::fs::read(samples.join(file)).expect("sample exists");
        let (convs, errors) = read_with(format, &bytes, &sample_options());
        assert!(errors.is_empty(), "{file}: {errors:?}");
        assert_eq!(convs.len(), count, "{file}");
        for c in &convs {
            assert!(c.turns.len() >= 2, "{file}: {}", c.id);
            assert!(
                roles(c).contains(&Role::Customer) && roles(c).contains(&Role::Agent),
                "{file}: {}",
                c.id
            );
            languages.push(c.turns[0].text.clone());
        }
    }
    let (convs, _) = read_with(
        Format::Zendesk,
        &std::fs::read(samples.join("zendesk-tickets.json")).expect("sample exists"),
        &sample_options(),
    );
    assert_eq!(convs[0].agent.as_deref(), Some("Sam"));
    assert_eq!(convs[1].agent.as_deref(), Some("Luca"));
    // English, Italian, Greek, Romanian, Finnish openings.
    for word in ["Hello", "Buonasera", "Καλημέρα", "Bună ziua", "Hei!"] {
        assert!(
            languages.iter().any(|t| t.starts_with(word)),
            "{word}: {languages:?}"
        );
    }
}

/// Pieces of helpdesk JSON that reach the deeper paths of the readers when shuffled together.
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
    "\\",
    "null",
    "true",
    "1",
    "-1",
    "1e400",
    "\"tickets\":",
    "\"comments\":",
    "\"users\":",
    "\"ticket\":",
    "\"id\":",
    "\"requester_id\":",
    "\"author_id\":",
    "\"public\":",
    "\"body\":",
    "\"html_body\":",
    "\"via\":",
    "\"channel\":",
    "\"conversations\":",
    "\"conversation_parts\":",
    "\"source\":",
    "\"author\":",
    "\"type\":",
    "\"part_type\":",
    "\"created_at\":",
    "\"private\":",
    "\"incoming\":",
    "\"body_text\":",
    "\"description_text\":",
    "\"x\"",
    "\"<p>a&amp;</p>\"",
    "\"user\"",
    "\"admin\"",
    "\"note\"",
    "\"2026-03-06T09:00:00Z\"",
    "1772830800",
    "\u{FEFF}",
    "Γεια",
    "\u{0}",
];

fn junk() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..300),
        prop::collection::vec(prop::sample::select(FRAGMENTS), 0..80)
            .prop_map(|parts| parts.concat().into_bytes()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic_in_the_helpdesk_readers(input in junk(), small in any::<bool>()) {
        let opts = ReadOptions {
            max_record_bytes: if small { 40 } else { tact_readers::DEFAULT_MAX_RECORD_BYTES },
            ..ReadOptions::default()
        };
        for format in [Format::Zendesk, Format::Intercom, Format::Freshdesk] {
            let (convs, errors) = read_with(format, &input, &opts);
            for c in &convs {
                prop_assert!(!c.id.is_empty() && !c.turns.is_empty());
            }
            for e in &errors {
                prop_assert!(e.line >= 1 && !e.reason.is_empty());
            }
        }
    }
}

#[test]
fn lines_arrays_and_intercom_pages_are_streamed_record_by_record() {
    let zendesk = |i: usize| {
        format!(
            r#"{{"id": {i}, "requester_id": 2, "comments": [{{"author_id": 2, "body": "hi"}}]}}"#
        )
    };
    let intercom = |i: usize| {
        format!(r#"{{"id": "{i}", "source": {{"body": "hi", "author": {{"type": "user"}}}}}}"#)
    };
    let freshdesk = |i: usize| format!(r#"{{"id": {i}, "description_text": "hi"}}"#);
    let many =
        |f: &dyn Fn(usize) -> String, sep: &str| (0..2000).map(f).collect::<Vec<_>>().join(sep);
    let cases = [
        (Format::Zendesk, many(&zendesk, "\n")),
        (Format::Zendesk, format!("[{}]", many(&zendesk, ",\n"))),
        (
            Format::Intercom,
            format!("{{\"conversations\": [{}]}}", many(&intercom, ",\n")),
        ),
        (
            Format::Freshdesk,
            format!("[\n{}\n]", many(&freshdesk, ",\n")),
        ),
    ];
    for (format, data) in cases {
        assert_streamed(format, &data, 2000);
    }
}

#[test]
fn io_errors_and_bom_and_crlf_in_helpdesk_exports() {
    let starts = [
        (
            Format::Zendesk,
            "{\"id\":1,\"requester_id\":2,\"comments\":[{\"author_id\":2,\"body\":\"hi\"}]}\n{\"id\":2,",
        ),
        (Format::Intercom, "{\"conversations\": [{\"id\": \"1\"}, {\"id"),
        (Format::Freshdesk, "[{\"id\": 1, \"description_text\": \"x\"},\n{"),
        (Format::Connect, "{\"Transcript\": [{\"Content\": \"x\"},"),
    ];
    for (format, data) in starts {
        assert_io_error_reaches_the_sink(format, data, &ReadOptions::default());
    }
    assert_bom_and_crlf_tolerated(Format::Zendesk, ZENDESK_PAGE);
    assert_bom_and_crlf_tolerated(
        Format::Zendesk,
        "{\"id\":1,\"requester_id\":2,\"comments\":[{\"author_id\":2,\"body\":\"a\"}]}\n{\"id\":2,\"requester_id\":2,\"comments\":[{\"author_id\":2,\"body\":\"b\"}]}\n",
    );
    assert_bom_and_crlf_tolerated(Format::Intercom, INTERCOM);
    assert_bom_and_crlf_tolerated(Format::Freshdesk, FRESHDESK);
}
