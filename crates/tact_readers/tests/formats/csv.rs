//! CSV rows grouped into conversations; per-row errors keep the rest.

use super::*;
use tact_model::{Channel, Role};
use tact_readers::CsvColumns;

const FINNISH_AND_GREEK: &str = "conversation_id,role,speaker,text,at,start,end,agent,team,channel,language
fi-1,customer,Aino,\"Hei, onko kiinteähintaista sähköä?\",2026-03-11T09:12:00+02:00,,,mikko,south,,fi
fi-1,agent,Mikko,\"On: 8,9 snt/kWh.\",2026-03-11T09:13:00+02:00,,,,,,
el-1,customer,Ελένη,Υπάρχει δέσμευση;,,1.5,4,,,call,el
el-1,agent,Κατερίνα,\"Όχι, καμία.
Μπορείτε να ακυρώσετε όποτε θέλετε.\",,00:00:05.000,00:00:09.250,katerina,,,
";

#[test]
fn finnish_and_greek_rows_group_into_conversations() {
    let (convs, errors) = read_str(Format::Csv, FINNISH_AND_GREEK);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs.len(), 2);
    let fi = &convs[0];
    assert_eq!(fi.id, "fi-1");
    assert_eq!(fi.agent.as_deref(), Some("mikko"));
    assert_eq!(fi.team.as_deref(), Some("south"));
    assert_eq!(fi.language.as_deref(), Some("fi"));
    assert_eq!(fi.channel, Channel::Chat);
    assert_eq!(fi.turns[0].text, "Hei, onko kiinteähintaista sähköä?");
    assert_eq!(fi.turns[1].role, Role::Agent);
    assert!(fi.turns[1].at.is_some());
    let el = &convs[1];
    assert_eq!(el.channel, Channel::Call);
    assert_eq!(el.agent.as_deref(), Some("katerina"));
    assert_eq!(el.turns[0].speaker.as_deref(), Some("Ελένη"));
    assert_eq!((el.turns[0].start, el.turns[0].end), (Some(1.5), Some(4.0)));
    assert_eq!(
        el.turns[1].text,
        "Όχι, καμία.\nΜπορείτε να ακυρώσετε όποτε θέλετε."
    );
    assert_eq!(el.turns[1].end, Some(9.25));
}

#[test]
fn bad_rows_name_their_line_and_the_rest_of_the_conversation_is_kept() {
    let input = "conversation_id,role,text,at,start,end
c1,customer,Ciao,,,
c1,narrator,Once upon a time,,,
c1,agent,\"Buongiorno,
come posso aiutarla?\",yesterday,,
c1,agent,Prego,,soon,
c1,agent,,,,
,agent,orphan,,,
c1,agent,Backwards,,9,3
c1,customer,Grazie,2026-03-06 21:03,,
";
    let (convs, errors) = read_str(Format::Csv, input);
    assert_eq!(convs.len(), 1);
    let texts: Vec<_> = convs[0].turns.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(texts, ["Ciao", "Grazie"]);
    let lines: Vec<_> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [3, 4, 6, 7, 8, 9], "{errors:?}");
    assert!(errors[0].reason.contains("unknown role \"narrator\""));
    assert!(errors[1].reason.contains("bad timestamp \"yesterday\""));
    assert!(errors[2].reason.contains("bad number \"soon\""));
    assert!(errors[3]
        .reason
        .contains("missing value in column \"text\""));
    assert!(errors[4]
        .reason
        .contains("missing value in column \"conversation_id\""));
    assert!(errors[5].reason.contains("ends before it starts"));
}

#[test]
fn a_missing_required_column_is_one_error_for_the_file() {
    let (convs, errors) = read_str(
        Format::Csv,
        "id,role,message\nc1,agent,hi\nc1,customer,hey\n",
    );
    assert!(convs.is_empty());
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 1);
    let r = &errors[0].reason;
    assert!(
        r.contains("\"conversation_id\" (rename with --csv-id)"),
        "{r}"
    );
    assert!(r.contains("\"text\" (rename with --csv-text)"), "{r}");
    assert!(!r.contains("\"role\""), "{r}");
}

#[test]
fn column_names_can_be_overridden_and_match_any_case() {
    let opts = ReadOptions {
        csv: CsvColumns {
            conversation_id: "ticket".into(),
            text: "Message".into(),
            ..CsvColumns::default()
        },
        default_channel: Some(Channel::Email),
        ..ReadOptions::default()
    };
    let input = "TICKET,Role,message\nT-1,Cliente,Vorrei un preventivo\nT-1,Agente,Certo!\n";
    let (convs, errors) = read_with(Format::Csv, input.as_bytes(), &opts);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs[0].id, "T-1");
    assert_eq!(convs[0].channel, Channel::Email);
    assert_eq!(convs[0].turns[0].role, Role::Customer);
    assert_eq!(convs[0].turns[1].role, Role::Agent);
}

#[test]
fn semicolons_and_tabs_are_recognized_as_separators() {
    for sep in [";", "\t"] {
        let input = ["conversation_id", "role", "text\nc1", "agent", "1,50 €\n"].join(sep);
        let (convs, errors) = read_str(Format::Csv, &input);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(convs[0].turns[0].text, "1,50 €");
    }
}

#[test]
fn a_returning_id_starts_a_new_conversation() {
    let input = "conversation_id,role,text\na,agent,1\nb,agent,2\na,agent,3\n";
    let (convs, _) = read_str(Format::Csv, input);
    let ids: Vec<_> = convs.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "a"]);
}

#[test]
fn invalid_utf8_fails_only_its_row() {
    let input = b"conversation_id,role,text\nc1,agent,caf\xE9\nc1,customer,ok\n";
    let (convs, errors) = read_with(Format::Csv, input, &ReadOptions::default());
    assert_eq!(convs[0].turns.len(), 1);
    assert_eq!(errors[0].line, 2);
    assert!(errors[0].reason.contains("UTF-8"));
}

#[test]
fn empty_input_is_an_error() {
    let (_, errors) = read_str(Format::Csv, "");
    assert_eq!(errors.len(), 1);
    assert!(errors[0].reason.contains("header"));
}

#[test]
fn bom_and_crlf_are_tolerated() {
    assert_bom_and_crlf_tolerated(Format::Csv, FINNISH_AND_GREEK);
}
