//! WebVTT transcripts: header, voices, markup, times.

use super::*;
use tact_model::{Channel, Role};

const ENGLISH: &str = "WEBVTT - sales call

NOTE diarized by the recorder

intro
00:00:00.800 --> 00:00:04.200 align:start
<v Agent>Hi, this is Sam from <b>Brightline</b>.

00:00:04.600 --> 00:00:07.100
<v.loud Customer>I've got &lt;5 minutes.</v>

00:07.500 --> 00:15.900
<v Agent>Great. For two pounds more
you could have 500 megabit.
";

#[test]
fn an_english_call_reads_with_voices_times_and_clean_text() {
    let (convs, errors) = read_str(Format::Vtt, ENGLISH);
    assert!(errors.is_empty(), "{errors:?}");
    let c = &convs[0];
    assert_eq!(c.id, "t.vtt");
    assert_eq!(c.channel, Channel::Call);
    assert_eq!(c.turns.len(), 3);
    assert_eq!(c.turns[0].text, "Hi, this is Sam from Brightline.");
    assert_eq!((c.turns[0].start, c.turns[0].end), (Some(0.8), Some(4.2)));
    assert_eq!(c.turns[1].role, Role::Customer);
    assert_eq!(c.turns[1].text, "I've got <5 minutes.");
    assert_eq!(
        c.turns[2].text,
        "Great. For two pounds more\nyou could have 500 megabit."
    );
    assert_eq!((c.turns[2].start, c.turns[2].end), (Some(7.5), Some(15.9)));
}

#[test]
fn a_finnish_call_with_name_prefixes_and_agent_names_reads() {
    let input = "WEBVTT

1
00:00:01.000 --> 00:00:03.000
Jussi: Hyvää päivää, sopiiko hetki?

2
00:00:03.500 --> 00:00:05.000
Leena: Sopii.

3
00:00:05.500 --> 00:00:08.000
Kiitos, lyhyesti vain.
";
    let (convs, errors) = read_with(Format::Vtt, input.as_bytes(), &agents(&["jussi"]));
    assert!(errors.is_empty(), "{errors:?}");
    let t = &convs[0].turns;
    assert_eq!(t[0].role, Role::Agent);
    assert_eq!(t[0].text, "Hyvää päivää, sopiiko hetki?");
    assert_eq!(t[1].role, Role::Customer);
    assert_eq!(t[1].speaker.as_deref(), Some("Leena"));
    assert_eq!(
        t[2].role,
        Role::Customer,
        "a cue without a speaker continues the last one"
    );
    assert_eq!(t[2].speaker.as_deref(), Some("Leena"));
}

#[test]
fn a_malformed_timing_line_names_its_line_and_later_cues_still_read() {
    let input = "WEBVTT

00:00:01.000 --> 00:00:02.000
<v Agent>one

00:00:03.000 --> 00:00:xx.000
<v Agent>two

00:00:05.000 -> 00:00:06.000
<v Agent>three

00:00:07.000 --> 00:00:06.000
<v Agent>four

00:00:09.000 --> 00:00:10.000
<v Agent>five
";
    let (convs, errors) = read_str(Format::Vtt, input);
    let lines: Vec<_> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [6, 9, 12], "{errors:?}");
    assert!(errors[0]
        .reason
        .starts_with("bad cue timing \"00:00:03.000 --> 00:00:xx.000\""));
    assert!(errors[1].reason.starts_with("expected a cue timing line"));
    assert!(errors[2].reason.contains("ends before it starts"));
    let texts: Vec<_> = convs[0].turns.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(texts, ["one", "five"]);
}

#[test]
fn unknown_voices_and_a_missing_header_are_errors_but_cues_still_read() {
    let input = "00:00:01.000 --> 00:00:02.000\n<v Maria>Ciao\n\n00:00:02.000 --> 00:00:03.000\n<v Agente>Buongiorno\n";
    let (convs, errors) = read_str(Format::Vtt, input);
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert_eq!(errors[0].line, 1);
    assert!(errors[0].reason.contains("WEBVTT"));
    assert_eq!(errors[1].line, 2);
    assert!(errors[1].reason.contains("\"Maria\""));
    assert_eq!(convs[0].turns[0].text, "Buongiorno");
}

#[test]
fn bom_and_crlf_are_tolerated() {
    assert_bom_and_crlf_tolerated(Format::Vtt, ENGLISH);
}

#[test]
fn a_label_line_inside_a_cue_continues_the_speaker() {
    let input = "WEBVTT

00:00:01.000 --> 00:00:05.000
Agent: The offer is simple.
Price: 49 euros a month.

00:00:05.500 --> 00:00:07.000
Customer: Fine.
";
    for opts in [ReadOptions::default(), agents(&["sam"])] {
        let (convs, errors) = read_with(Format::Vtt, input.as_bytes(), &opts);
        assert!(errors.is_empty(), "{errors:?}");
        let t = &convs[0].turns;
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!(t[0].text, "The offer is simple.\nPrice: 49 euros a month.");
        assert_eq!(t[1].role, Role::Customer);
    }
}
