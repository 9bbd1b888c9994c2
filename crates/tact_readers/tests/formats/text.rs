//! Plain-text chat logs: stamps, labels, continuations.

use super::*;
use tact_model::{Channel, Role};

const ITALIAN: &str =
    "[2026-03-06 21:03] Maria (cliente): Buonasera, il divano è disponibile in grigio?
[2026-03-06T21:04:00+01:00] Luca (agente): Buonasera! Sì, in due tonalità.
Le consegne sono in tre settimane.

[21:05] Maria: Perfetto, grazie.
[21:06] Luca joined the chat
";

#[test]
fn an_italian_chat_with_stamps_and_continuations_reads() {
    let (convs, errors) = read_str(Format::Text, ITALIAN);
    assert!(errors.is_empty(), "{errors:?}");
    let c = &convs[0];
    assert_eq!(c.id, "t.text");
    assert_eq!(c.channel, Channel::Chat);
    let roles: Vec<_> = c.turns.iter().map(|t| t.role).collect();
    assert_eq!(
        roles,
        [Role::Customer, Role::Agent, Role::Customer, Role::System]
    );
    assert_eq!(c.turns[0].speaker.as_deref(), Some("Maria"));
    assert_eq!(
        c.turns[0].at.map(|t| t.to_rfc3339()).as_deref(),
        Some("2026-03-06T21:03:00+00:00")
    );
    assert_eq!(
        c.turns[1].at.map(|t| t.to_rfc3339()).as_deref(),
        Some("2026-03-06T21:04:00+01:00")
    );
    assert_eq!(
        c.turns[1].text,
        "Buonasera! Sì, in due tonalità.\nLe consegne sono in tre settimane."
    );
    assert_eq!(
        c.turns[2].at, None,
        "a time of day alone is not a timestamp"
    );
    assert_eq!(c.turns[2].start, None);
    assert_eq!(c.turns[3].text, "Luca joined the chat");
}

#[test]
fn localized_role_words_name_the_role_in_greek_and_finnish() {
    let greek =
        "Πελάτης: Καλησπέρα, πόσο κοστίζει το πακέτο;\nΠΡΑΚΤΟΡΑΣ: Καλησπέρα σας! 25 € τον μήνα.\n";
    let (convs, errors) = read_str(Format::Text, greek);
    assert!(errors.is_empty(), "{errors:?}");
    let t = &convs[0].turns;
    assert_eq!((t[0].role, t[1].role), (Role::Customer, Role::Agent));
    assert_eq!(t[0].text, "Καλησπέρα, πόσο κοστίζει το πακέτο;");
    assert_eq!(t[1].speaker.as_deref(), Some("ΠΡΑΚΤΟΡΑΣ"));

    let finnish = "Asiakas: Hei, paljonko liittymä maksaa?\nMyyjä: Hei! 19,90 € kuukaudessa.\n";
    let (convs, errors) = read_str(Format::Text, finnish);
    assert!(errors.is_empty(), "{errors:?}");
    let t = &convs[0].turns;
    assert_eq!((t[0].role, t[1].role), (Role::Customer, Role::Agent));
    assert_eq!(t[1].text, "Hei! 19,90 € kuukaudessa.");
}

#[test]
fn an_unknown_speaker_is_an_error_naming_them_and_the_rest_is_kept() {
    let input = "Agent: Hello, how can I help?\nMaria: I want to cancel.\nright now.\nAgent: I can help with that.\n";
    let (convs, errors) = read_str(Format::Text, input);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 2);
    assert!(errors[0].reason.contains("\"Maria\""));
    assert!(errors[0].reason.contains("--agent-names"));
    let texts: Vec<_> = convs[0].turns.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(texts, ["Hello, how can I help?", "I can help with that."]);
}

#[test]
fn agent_names_resolve_people_and_everyone_else_is_a_customer() {
    let input = "Luca: Ciao!\nMaria: Salve.\nluca: Come posso aiutarla?\n";
    let (convs, errors) = read_with(Format::Text, input.as_bytes(), &agents(&["Luca"]));
    assert!(errors.is_empty(), "{errors:?}");
    let roles: Vec<_> = convs[0].turns.iter().map(|t| t.role).collect();
    assert_eq!(roles, [Role::Agent, Role::Customer, Role::Agent]);
}

#[test]
fn a_bad_timestamp_names_its_line() {
    let input = "Agent: hi\n[2026-02-30 10:00] Customer: hello\nsecond line of the bad message\nAgent: bye\n";
    let (convs, errors) = read_str(Format::Text, input);
    assert_eq!(errors[0].line, 2);
    assert!(errors[0].reason.contains("bad timestamp"));
    let texts: Vec<_> = convs[0].turns.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(texts, ["hi", "bye"]);
}

#[test]
fn text_before_the_first_speaker_is_reported_once() {
    let input = "Chat transcript\nExported 2026-03-06\nAgent: hi\n";
    let (convs, errors) = read_str(Format::Text, input);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 1);
    assert_eq!(convs[0].turns.len(), 1);
}

#[test]
fn a_file_without_turns_is_an_error_and_the_channel_can_be_set() {
    let (convs, errors) = read_str(Format::Text, "");
    assert!(convs.is_empty());
    assert!(errors[0].reason.starts_with("no turns"));

    let opts = ReadOptions {
        default_channel: Some(Channel::Sms),
        ..ReadOptions::default()
    };
    let (convs, _) = read_with(Format::Text, b"Customer: hi\n", &opts);
    assert_eq!(convs[0].channel, Channel::Sms);
}

#[test]
fn invalid_utf8_fails_only_its_line() {
    let (convs, errors) = read_with(
        Format::Text,
        b"Agent: hi\nCustomer: caf\xE9\nAgent: bye\n",
        &ReadOptions::default(),
    );
    assert_eq!(errors[0].line, 2);
    assert_eq!(convs[0].turns.len(), 2);
}

#[test]
fn bom_and_crlf_are_tolerated() {
    assert_bom_and_crlf_tolerated(Format::Text, ITALIAN);
}
