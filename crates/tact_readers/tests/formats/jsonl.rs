//! JSON Lines, line by line; a bad line is one error.

use super::*;
use tact_model::{Channel, Role};

const GREEK_AND_FINNISH: &str = r#"{"id": "el-1", "language": "el", "turns": [{"role": "customer", "text": "Καλησπέρα, πόσο κοστίζει;"}, {"role": "agent", "speaker": "Νίκος", "text": "Καλησπέρα! 20 € τον μήνα."}]}
{"id": "fi-1", "channel": "call", "language": "fi", "turns": [{"role": "agent", "text": "Hyvää päivää, sopiiko hetki?", "start": 0.0, "end": 2.5}, {"role": "customer", "text": "Sopii, kiitos.", "start": 3.0, "end": 4.0}]}
"#;

#[test]
fn greek_and_finnish_conversations_read_with_text_intact() {
    let (convs, errors) = read_str(Format::Jsonl, GREEK_AND_FINNISH);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs.len(), 2);
    assert_eq!(convs[0].turns[0].text, "Καλησπέρα, πόσο κοστίζει;");
    assert_eq!(convs[0].turns[1].speaker.as_deref(), Some("Νίκος"));
    assert_eq!(convs[1].channel, Channel::Call);
    assert_eq!(convs[1].turns[0].text, "Hyvää päivää, sopiiko hetki?");
    assert_eq!(convs[1].turns[0].end, Some(2.5));
}

#[test]
fn a_broken_line_is_one_error_and_the_other_lines_still_read() {
    let input = r#"{"id": "a", "turns": [{"role": "agent", "text": "Ciao"}]}
{"id": "b", "turns": [{"role": "agent", "text": "Ciao"
{"id": "c", "turns": [{"role": "customer", "text": "Salve"}]}
"#;
    let (convs, errors) = read_str(Format::Jsonl, input);
    assert_eq!(
        convs.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
        ["a", "c"]
    );
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 2);
    assert!(errors[0].reason.contains("EOF"), "{}", errors[0].reason);
    assert!(errors[0].to_string().starts_with("t.jsonl:2: "));
}

#[test]
fn missing_ids_default_to_file_and_line_and_blank_lines_are_skipped() {
    let input = "\n{\"turns\": [{\"role\": \"agent\", \"text\": \"hi\"}]}\n   \n{\"id\": \"\", \"turns\": [{\"role\": \"bot\", \"text\": \"hi\"}]}\n";
    let (convs, errors) = read_str(Format::Jsonl, input);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs[0].id, "t.jsonl:2");
    assert_eq!(convs[1].id, "t.jsonl:4");
    assert_eq!(convs[1].turns[0].role, Role::Bot);
}

#[test]
fn a_conversation_without_turns_is_an_error() {
    let (convs, errors) = read_str(Format::Jsonl, "{\"id\": \"x\", \"turns\": []}\n");
    assert!(convs.is_empty());
    assert_eq!(errors[0].line, 1);
    assert_eq!(errors[0].reason, "no turns");
}

#[test]
fn a_turn_ending_before_it_starts_is_an_error() {
    let input = r#"{"turns": [{"role": "agent", "text": "a", "start": 1.0, "end": 2.0}, {"role": "customer", "text": "b", "start": 5.0, "end": 3.0}]}"#;
    let (convs, errors) = read_str(Format::Jsonl, input);
    assert!(convs.is_empty());
    assert_eq!(
        errors[0].reason,
        "turn 2: ends before it starts (start 5, end 3)"
    );
}

#[test]
fn an_unknown_role_names_its_line_and_column() {
    let input = "{\"turns\": [{\"role\": \"agent\", \"text\": \"a\"}]}\n{\"turns\": [{\"role\": \"narrator\", \"text\": \"a\"}]}";
    let (_, errors) = read_str(Format::Jsonl, input);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 2);
    assert!(
        errors[0].reason.starts_with("unknown role \"narrator\"")
            && errors[0].reason.contains("(column "),
        "{}",
        errors[0].reason
    );
    assert!(
        !errors[0].reason.contains("at line"),
        "{}",
        errors[0].reason
    );
}

#[test]
fn unknown_fields_are_ignored() {
    let input =
        r#"{"crm": {"deal": 7}, "turns": [{"role": "agent", "text": "hi", "sentiment": 0.3}]}"#;
    let (convs, errors) = read_str(Format::Jsonl, input);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs.len(), 1);
}

#[test]
fn invalid_utf8_fails_only_its_line() {
    let mut input = b"{\"turns\": [{\"role\": \"agent\", \"text\": \"caf\xE9\"}]}\n".to_vec();
    input.extend_from_slice(GREEK_AND_FINNISH.as_bytes());
    let (convs, errors) = read_with(Format::Jsonl, &input, &ReadOptions::default());
    assert_eq!(convs.len(), 2);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 1);
    assert!(errors[0].reason.contains("UTF-8"));
}

#[test]
fn bom_and_crlf_are_tolerated() {
    assert_bom_and_crlf_tolerated(Format::Jsonl, GREEK_AND_FINNISH);
}

#[test]
fn roles_are_read_in_any_case_and_in_every_language() {
    let input = r#"{"turns": [{"role": "Agent", "text": "a"}, {"role": "CUSTOMER", "text": "b"}, {"role": "Cliente", "text": "c"}, {"role": "Πράκτορας", "text": "d"}, {"role": "Bot", "text": "e"}]}"#;
    let (convs, errors) = read_str(Format::Jsonl, input);
    assert!(errors.is_empty(), "{errors:?}");
    let roles: Vec<_> = convs[0].turns.iter().map(|t| t.role).collect();
    assert_eq!(
        roles,
        [
            Role::Agent,
            Role::Customer,
            Role::Customer,
            Role::Agent,
            Role::Bot
        ]
    );
}
