//! SRT transcripts: cues, speakers, times.

use super::*;
use tact_model::{Channel, Role};

const ROMANIAN: &str = "1
00:00:01,000 --> 00:00:04,500
Operator: Bună ziua, cu ce vă pot ajuta?

2
00:00:05,000 --> 00:00:10,200
Client: Vreau să renunț la abonamentul de televiziune.

3
00:00:10,800 --> 00:00:17,400
Operator: Vă pot oferi pachetul doar internet
la 39 de lei pe lună.
";

#[test]
fn a_romanian_call_reads_with_diacritics_and_times() {
    let (convs, errors) = read_str(Format::Srt, ROMANIAN);
    assert!(errors.is_empty(), "{errors:?}");
    let c = &convs[0];
    assert_eq!(c.channel, Channel::Call);
    let roles: Vec<_> = c.turns.iter().map(|t| t.role).collect();
    assert_eq!(roles, [Role::Agent, Role::Customer, Role::Agent]);
    assert_eq!(
        c.turns[1].text,
        "Vreau să renunț la abonamentul de televiziune."
    );
    assert_eq!(
        c.turns[2].text,
        "Vă pot oferi pachetul doar internet\nla 39 de lei pe lună."
    );
    assert_eq!((c.turns[2].start, c.turns[2].end), (Some(10.8), Some(17.4)));
}

#[test]
fn a_greek_call_with_voice_tags_and_markup_reads() {
    let input = "1\n00:00:00,500 --> 00:00:03,000\n<v Νίκος>Καλησπέρα, <i>πώς</i> μπορώ να βοηθήσω;\n\n2\n00:00:03,500 --> 00:00:06,000\n<v Δήμητρα>Θέλω να αλλάξω πρόγραμμα.\n";
    let (convs, errors) = read_with(Format::Srt, input.as_bytes(), &agents(&["Νίκος"]));
    assert!(errors.is_empty(), "{errors:?}");
    let t = &convs[0].turns;
    assert_eq!(t[0].role, Role::Agent);
    assert_eq!(t[0].text, "Καλησπέρα, πώς μπορώ να βοηθήσω;");
    assert_eq!(t[1].role, Role::Customer);
    assert_eq!(t[1].speaker.as_deref(), Some("Δήμητρα"));
}

#[test]
fn a_malformed_timing_line_names_its_line_and_later_cues_still_read() {
    let input = "1\n00:00:01,000 --> 00:00:02,000\nAgent: one\n\n2\n00:00:03,000 --> 3 seconds later\nAgent: two\n\n3\n00:00:05,000\nAgent: three\n\n4\n00:00:07,000 --> 00:00:08,000\nCustomer: four\n";
    let (convs, errors) = read_str(Format::Srt, input);
    let lines: Vec<_> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [6, 10], "{errors:?}");
    assert!(errors[0].reason.contains("00:01:02,500 --> 00:01:05,000"));
    let texts: Vec<_> = convs[0].turns.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(texts, ["one", "four"]);
}

#[test]
fn a_cue_without_any_speaker_is_an_error() {
    let (convs, errors) = read_str(Format::Srt, "1\n00:00:01,000 --> 00:00:02,000\nhello\n");
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert_eq!(errors[0].line, 3);
    assert!(errors[0].reason.contains("no speaker"));
    assert!(errors[1].reason.starts_with("no turns"));
    assert!(convs.is_empty());
}

#[test]
fn bom_and_crlf_are_tolerated() {
    assert_bom_and_crlf_tolerated(Format::Srt, ROMANIAN);
}
