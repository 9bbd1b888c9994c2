//! JSON arrays and objects; a bad element keeps its line and the others.

use super::*;
use tact_model::{Channel, Role};

const ITALIAN_AND_ROMANIAN: &str = r#"[
  {"id": "it-1", "language": "it", "turns": [
    {"role": "customer", "text": "Buongiorno, il divano è disponibile?"},
    {"role": "agent", "text": "Sì, in tre colori."}
  ]},
  {"id": "ro-1", "language": "ro", "channel": "email", "turns": [
    {"role": "customer", "text": "Bună ziua, cât costă abonamentul?"},
    {"role": "agent", "text": "Costă 39 de lei pe lună."}
  ]}
]
"#;

#[test]
fn an_array_of_italian_and_romanian_conversations_reads() {
    let (convs, errors) = read_str(Format::Json, ITALIAN_AND_ROMANIAN);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs.len(), 2);
    assert_eq!(
        convs[0].turns[0].text,
        "Buongiorno, il divano è disponibile?"
    );
    assert_eq!(convs[1].turns[0].text, "Bună ziua, cât costă abonamentul?");
    assert_eq!(convs[1].channel, Channel::Email);
}

#[test]
fn a_single_object_is_accepted() {
    let (convs, errors) = read_str(
        Format::Json,
        r#"{"id": "one", "turns": [{"role": "agent", "text": "Καλημέρα"}]}"#,
    );
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs[0].id, "one");
    assert_eq!(convs[0].turns[0].text, "Καλημέρα");
}

#[test]
fn a_bad_element_names_the_line_where_it_starts_and_the_rest_still_read() {
    let input = r#"[
  {"id": "a", "turns": [{"role": "agent", "text": "x"}]},
  {"id": "b",
   "turns": [{"role": "narrator", "text": "x"}]},
  {"id": "c", "turns": []},
  42,
  {"turns": [{"role": "customer", "text": "y"}]}
]"#;
    let (convs, errors) = read_str(Format::Json, input);
    let ids: Vec<_> = convs.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["a", "t.json#5"]);
    let lines: Vec<_> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [3, 5, 6], "{errors:?}");
    assert!(errors[0]
        .reason
        .starts_with("element 2: unknown role \"narrator\""));
    assert!(
        errors[0].reason.contains("at line 4"),
        "{}",
        errors[0].reason
    );
    assert_eq!(errors[1].reason, "element 3: no turns");
    assert!(
        errors[2].reason.contains("invalid type"),
        "{}",
        errors[2].reason
    );
}

#[test]
fn broken_syntax_is_reported_at_its_line_and_stops() {
    let input = "[\n{\"id\": \"a\", \"turns\": [{\"role\": \"agent\", \"text\": \"x\"}]},\n{\"id\": \"b\" \"turns\": []}\n]";
    let (convs, errors) = read_str(Format::Json, input);
    assert_eq!(convs.len(), 1);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 3);
    assert!(
        errors[0].reason.contains("expected `,` or `}`"),
        "{}",
        errors[0].reason
    );
}

#[test]
fn empty_input_and_trailing_content_are_errors() {
    let (_, errors) = read_str(Format::Json, "  \n");
    assert!(errors[0].reason.starts_with("empty input"));
    let (convs, errors) = read_str(Format::Json, "[]\n]");
    assert!(convs.is_empty());
    assert_eq!(errors[0].line, 2);
    assert!(errors[0].reason.contains("trailing"));
}

#[test]
fn bom_and_crlf_are_tolerated() {
    assert_bom_and_crlf_tolerated(Format::Json, ITALIAN_AND_ROMANIAN);
}

#[test]
fn roles_are_read_in_any_case_and_in_every_language() {
    let input = r#"[{"turns": [{"role": "AGENT", "text": "a"}, {"role": "Customer", "text": "b"}, {"role": "Asiakas", "text": "c"}, {"role": "Vânzător", "text": "d"}]}]"#;
    let (convs, errors) = read_str(Format::Json, input);
    assert!(errors.is_empty(), "{errors:?}");
    let roles: Vec<_> = convs[0].turns.iter().map(|t| t.role).collect();
    assert_eq!(
        roles,
        [Role::Agent, Role::Customer, Role::Customer, Role::Agent]
    );
}
