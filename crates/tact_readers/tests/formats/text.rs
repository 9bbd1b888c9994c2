//! Plain-text chat logs: stamps, labels, continuations.

use super::*;
use tact_model::{Channel, Role};

const ITALIAN: &str =
    "[2026-03-06 20:03] Maria (cliente): Buonasera, il divano è disponibile in grigio?
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
        Some("2026-03-06T20:03:00+00:00")
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

/// An agent message with label lines in it, then the customer's reply, in each language.
const LABEL_LINES: [(&str, &str); 5] = [
    (
        "en",
        "Agent: Our fibre plan:\nPrice: 49 EUR a month\nNote: installation is free\nCustomer: ok, thanks\n",
    ),
    (
        "it",
        "Agente: Ecco l'offerta:\nPrezzo: 30 € al mese\nTotale: 30 €\nCliente: va bene\n",
    ),
    (
        "el",
        "Πράκτορας: Η προσφορά μας:\nΤιμή: 25 € τον μήνα\nΣημείωση: χωρίς δέσμευση\nΠελάτης: εντάξει\n",
    ),
    (
        "ro",
        "Operator: Oferta noastră:\nPreț: 39 lei pe lună\nNotă: instalarea este gratuită\nClient: bine\n",
    ),
    (
        "fi",
        "Myyjä: Tarjouksemme:\nHinta: 19,90 € kuukaudessa\nHuom: ei määräaikaa\nAsiakas: selvä\n",
    ),
];

#[test]
fn label_lines_inside_a_message_continue_it_in_every_language() {
    for (lang, input) in LABEL_LINES {
        for opts in [ReadOptions::default(), agents(&["luca"])] {
            let (convs, errors) = read_with(Format::Text, input.as_bytes(), &opts);
            assert!(errors.is_empty(), "{lang}: {errors:?}");
            let t = &convs[0].turns;
            assert_eq!(t.len(), 2, "{lang}: {t:?}");
            assert_eq!((t[0].role, t[1].role), (Role::Agent, Role::Customer));
            let lines: Vec<&str> = input.lines().collect();
            assert_eq!(
                t[0].text,
                format!(
                    "{}\n{}\n{}",
                    lines[0].split_once(": ").map_or("", |s| s.1),
                    lines[1],
                    lines[2]
                ),
                "{lang}"
            );
        }
    }
}

#[test]
fn people_and_user_names_still_start_turns() {
    let input = "Luca: Ciao, come posso aiutarla?\nMaria Rossi: Vorrei disdire.\njsmith_77: me too\nLuca: Certo.\nPrice: 10 €\n";
    let (convs, errors) = read_with(Format::Text, input.as_bytes(), &agents(&["luca"]));
    assert!(errors.is_empty(), "{errors:?}");
    let got: Vec<_> = convs[0]
        .turns
        .iter()
        .map(|t| (t.role, t.speaker.as_deref(), t.text.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (Role::Agent, Some("Luca"), "Ciao, come posso aiutarla?"),
            (Role::Customer, Some("Maria Rossi"), "Vorrei disdire."),
            (Role::Customer, Some("jsmith_77"), "me too"),
            (Role::Agent, Some("Luca"), "Certo.\nPrice: 10 €"),
        ]
    );
}

#[test]
fn a_stamped_label_line_is_a_system_message() {
    let input = "[21:03] Agent: hi\n[21:04] Note: chat transferred to billing\n";
    let (convs, errors) = read_str(Format::Text, input);
    assert!(errors.is_empty(), "{errors:?}");
    let t = &convs[0].turns;
    assert_eq!(t[1].role, Role::System);
    assert_eq!(t[1].text, "Note: chat transferred to billing");
}
