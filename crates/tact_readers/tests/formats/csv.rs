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

/// The rows a reader produced, as (conversation id, role, text), in order.
fn rows(convs: &[tact_model::Conversation]) -> Vec<(String, Role, String)> {
    convs
        .iter()
        .flat_map(|c| {
            c.turns
                .iter()
                .map(|t| (c.id.clone(), t.role, t.text.clone()))
        })
        .collect()
}

#[test]
fn an_unterminated_quote_is_reported_and_the_rows_after_it_are_still_read() {
    let input = "conversation_id,role,text
c1,customer,\"I want to cancel
c1,agent,I can help with that
c2,customer,Hello
c2,agent,\"Hi, how can I help?\"
";
    let (convs, errors) = read_str(Format::Csv, input);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 2);
    assert!(
        errors[0]
            .reason
            .starts_with("unterminated quote in column \"text\" opened here; "),
        "{}",
        errors[0].reason
    );
    assert!(errors[0].reason.contains("line 3"), "{}", errors[0].reason);
    assert_eq!(
        rows(&convs),
        [
            ("c1".into(), Role::Agent, "I can help with that".into()),
            ("c2".into(), Role::Customer, "Hello".into()),
            ("c2".into(), Role::Agent, "Hi, how can I help?".into()),
        ]
    );
}

#[test]
fn a_thousand_conversations_after_an_unterminated_quote_are_all_read() {
    let mut input = String::from("conversation_id,role,text\n");
    for i in 0..1000 {
        if i == 50 {
            input.push_str(&format!("c{i},customer,\"This quote never closes\n"));
        } else {
            input.push_str(&format!("c{i},customer,How much is it?\n"));
        }
        input.push_str(&format!("c{i},agent,It is {i} euros a month\n"));
    }
    let (convs, errors) = read_str(Format::Csv, &input);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 102);
    assert_eq!(convs.len(), 1000);
    for (i, c) in convs.iter().enumerate() {
        let agent = c.turns.last().expect("a turn");
        assert_eq!(agent.role, Role::Agent, "{}", c.id);
        assert_eq!(agent.text, format!("It is {i} euros a month"));
        assert!(c.turns.iter().all(|t| t.text.len() < 40), "{}", c.id);
    }
}

#[test]
fn a_quote_still_open_at_the_end_of_the_input_is_reported() {
    let input = "conversation_id,role,text
c1,agent,Hello
c1,customer,\"I was charged twice
and nobody answers
";
    let (convs, errors) = read_str(Format::Csv, input);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 3);
    assert!(
        errors[0]
            .reason
            .contains("unterminated quote in column \"text\"")
            && errors[0].reason.contains("end of the input"),
        "{}",
        errors[0].reason
    );
    assert_eq!(rows(&convs), [("c1".into(), Role::Agent, "Hello".into())]);
}

#[test]
fn a_quoted_value_running_past_the_line_limit_is_reported_and_reading_resumes() {
    let mut input = String::from("conversation_id,role,text\nc1,customer,\"Opened here\n");
    for i in 0..1_200 {
        input.push_str(&format!("line {i} of a very long pasted log\n"));
    }
    input.push_str("c2,agent,Back in sync\n");
    let (convs, errors) = read_str(Format::Csv, &input);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 2);
    assert!(
        errors[0]
            .reason
            .contains("unterminated quote in column \"text\"")
            && errors[0].reason.contains("1000 lines"),
        "{}",
        errors[0].reason
    );
    assert_eq!(
        rows(&convs),
        [("c2".into(), Role::Agent, "Back in sync".into())]
    );
}

#[test]
fn a_long_legitimate_multi_line_value_reads_without_errors() {
    let text: Vec<String> = (0..200)
        .map(|i| format!("line {i}, with a comma"))
        .collect();
    let input = format!(
        "conversation_id,role,text\nc1,agent,\"{}\"\nc1,customer,ok\n",
        text.join("\n")
    );
    let (convs, errors) = read_str(Format::Csv, &input);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs[0].turns[0].text, text.join("\n"));
    assert_eq!(convs[0].turns[1].text, "ok");
}

#[test]
fn a_row_opening_its_own_multi_line_quote_is_where_reading_resumes() {
    let input = "conversation_id,role,text
c1,customer,\"Quanto costa?
c1,agent,\"Costa 30 €,
spedizione inclusa.\"
c1,customer,narrator,extra
c1,customer,Grazie
";
    let (convs, errors) = read_str(Format::Csv, input);
    let lines: Vec<_> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [2], "{errors:?}");
    assert_eq!(
        rows(&convs),
        [
            (
                "c1".into(),
                Role::Agent,
                "Costa 30 €,\nspedizione inclusa.".into()
            ),
            ("c1".into(), Role::Customer, "narrator".into()),
            ("c1".into(), Role::Customer, "Grazie".into()),
        ]
    );
}

#[test]
fn errors_after_a_broken_quote_keep_their_line_numbers() {
    let input = "conversation_id,role,text
c1,customer,\"broken
c1,agent,\"two
lines\"
c1,narrator,x
c1,customer,ok
";
    let (convs, errors) = read_str(Format::Csv, input);
    let lines: Vec<_> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [2, 5], "{errors:?}");
    assert!(errors[1].reason.contains("unknown role \"narrator\""));
    assert_eq!(convs[0].turns.len(), 2);
}

#[test]
fn a_quote_inside_an_unquoted_value_is_text() {
    let input = "conversation_id,role,text\nc1,customer,The 27\" screen\nc1,agent,Yes\n";
    let (convs, errors) = read_str(Format::Csv, input);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(convs[0].turns[0].text, "The 27\" screen");
    assert_eq!(convs[0].turns[1].text, "Yes");
}

#[test]
fn a_returning_id_is_reported_and_its_rows_are_kept() {
    let input =
        "conversation_id,role,text\na,agent,1\na,customer,2\nb,agent,3\na,agent,4\na,agent,5\n";
    let (convs, errors) = read_str(Format::Csv, input);
    let ids: Vec<_> = convs.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "a"]);
    assert_eq!(convs[2].turns.len(), 2);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 5);
    assert!(
        errors[0].reason.starts_with(
            "conversation \"a\" continues here after other conversations (its earlier rows \
             ended at line 3); rows of one conversation must be contiguous"
        ),
        "{}",
        errors[0].reason
    );
    assert!(errors[0].reason.contains("--csv-group"));
}

#[test]
fn csv_group_collects_the_rows_of_each_conversation_wherever_they_are() {
    let input =
        "conversation_id,role,text\na,agent,1\nb,agent,2\na,customer,3\nc,agent,4\nb,customer,5\n";
    let opts = ReadOptions {
        csv_group: true,
        ..ReadOptions::default()
    };
    let (convs, errors) = read_with(Format::Csv, input.as_bytes(), &opts);
    assert!(errors.is_empty(), "{errors:?}");
    let got: Vec<(&str, Vec<&str>)> = convs
        .iter()
        .map(|c| {
            (
                c.id.as_str(),
                c.turns.iter().map(|t| t.text.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("a", vec!["1", "3"]),
            ("b", vec!["2", "5"]),
            ("c", vec!["4"])
        ]
    );
}

#[test]
fn a_row_over_the_record_limit_is_reported_and_the_next_rows_are_read() {
    let opts = ReadOptions {
        max_record_bytes: 100,
        ..ReadOptions::default()
    };
    let long = "x".repeat(500);
    let quoted: Vec<String> = (0..20)
        .map(|i| format!("line {i} of a long value"))
        .collect();
    let input = format!(
        "conversation_id,role,text\nc1,agent,{long}\nc1,customer,ok\nc1,agent,\"{}\"\nc1,customer,still here\n",
        quoted.join("\n")
    );
    let (convs, errors) = read_with(Format::Csv, input.as_bytes(), &opts);
    let lines: Vec<_> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [2, 4], "{errors:?}");
    assert_eq!(
        errors[0].reason,
        "record too large (over 100 bytes; raise --max-record-bytes)"
    );
    assert!(
        errors[1].reason.contains("record limit of 100 bytes"),
        "{}",
        errors[1].reason
    );
    assert_eq!(
        rows(&convs),
        [
            ("c1".into(), Role::Customer, "ok".into()),
            ("c1".into(), Role::Customer, "still here".into()),
        ]
    );
}

#[test]
fn a_file_with_carriage_returns_only_reads_every_row() {
    let input = "conversation_id,role,text\rc1,agent,\"Ciao,\rcome va?\"\rc1,customer,Bene\r";
    let (convs, errors) = read_str(Format::Csv, input);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        rows(&convs),
        [
            ("c1".into(), Role::Agent, "Ciao,\rcome va?".into()),
            ("c1".into(), Role::Customer, "Bene".into()),
        ]
    );
}
