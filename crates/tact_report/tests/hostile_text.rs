//! Hostile text through every printer: whatever a conversation carries in its id, agent, team,
//! speakers, language, turns, evidence or quoted messages, the text output drives no terminal,
//! the Markdown output renders as the same characters and nothing else, and JSON round-trips.
//! Fixed cases first, then a property test over arbitrary strings.

use comrak::nodes::{AstNode, NodeValue};
use comrak::{parse_document, Arena, Options};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use tact_analyze::{Analyzer, ConversationReport, Summary};
use tact_lang::Lang;
use tact_model::{Conversation, Role, Turn};
use tact_report::escape;
use tact_report::{printer, OutputFormat};
use tact_rules::{Engine, Family, Moment, Settings, Severity};

/// Every trick found in the audit: clear screen, window title (OSC 0), an OSC 8 hyperlink,
/// a carriage return and backspaces that rewrite the line, a bidi override and isolate, NUL,
/// a C1 CSI, DEL, a colour of its own, HTML, a `javascript:` link, an image beacon, backticks, table pipes, emphasis,
/// bare URLs and an address, an entity.
const HOSTILE: &str =
    "\x1b[2J\x1b[H\x1b]0;pwned\x07\x1b]8;;http://evil.example/\x1b\\click\x1b]8;;\x1b\\\
    \rFAKE ok\x08\x08\u{202e}lave\u{2066}x\u{2069}\0\u{9b}31m\x7f\u{2028}\t\
    <script>alert(1)</script><img src=x onerror=alert(1)>\
    [x](javascript:alert(1)) ![i](http://x.example/i.png) [r]: http://x.example\
    \x1b[31mRED\x1b[0m `code` ```fence``` |cell| *em* __strong__ ~~del~~ $x^2$ [^1] \
    www.evil.example http://evil.example a@b.example &lt; &#60; \\ # end #";

/// Short enough to leave `contradicts-customer` firing on the sentence after it.
const PREFIX: &str = "\x1b[2J\x1b]0;pwned\x07\u{202e}\r\x08<b>";

fn analyzer() -> Analyzer {
    Analyzer::new(Engine::new(Settings::default()), Some(Lang::En))
}

fn turn(role: Role, text: &str, speaker: &str) -> Turn {
    let mut t = Turn::new(role, text);
    t.speaker = Some(speaker.to_string());
    t
}

/// A conversation in which `contradicts-customer` fires, hostile text in every field around
/// it, and its report with hostile text put in every string field the analysis fills itself
/// (language, an extra moment whose evidence and message are the hostile text).
fn hostile() -> (Conversation, ConversationReport) {
    let agent_text =
        format!("{PREFIX} That's not true, the delivery date was always Wednesday. {HOSTILE}");
    let conv = Conversation {
        id: format!("id{HOSTILE}"),
        agent: Some(format!("agent{HOSTILE}")),
        team: Some(format!("team{HOSTILE}")),
        outcome: Some(HOSTILE.to_string()),
        turns: vec![
            turn(
                Role::Customer,
                &format!("My parcel was supposed to arrive on Monday. {HOSTILE}"),
                HOSTILE,
            ),
            turn(Role::Agent, &agent_text, HOSTILE),
        ],
        ..Conversation::default()
    };
    let mut report = analyzer().analyze(&conv);
    let first = report
        .moments
        .first()
        .cloned()
        .expect("contradicts-customer fires on the hostile conversation");
    report.language = HOSTILE.to_string();
    let mut extra = first;
    extra.turn = 1;
    extra.start = agent_text.len() - HOSTILE.len();
    extra.end = agent_text.len();
    extra.evidence = HOSTILE.to_string();
    extra.message = format!("the customer said \"{HOSTILE}\"");
    extra.suggestion = HOSTILE.to_string();
    extra.alternative = HOSTILE.to_string();
    report.moments.push(extra);
    (conv, report)
}

fn render(
    format: OutputFormat,
    color: bool,
    items: &[(Conversation, ConversationReport)],
) -> String {
    let mut out = Vec::new();
    {
        let mut p = printer(format, Box::new(&mut out), color);
        for (c, r) in items {
            p.conversation(c, r).expect("write");
        }
        p.finish(&Summary::default()).expect("finish");
    }
    String::from_utf8(out).expect("printers write UTF-8")
}

/// The first character a terminal or a renderer would act on, other than a newline; `None`
/// when there is none. Written out here rather than taken from `escape`, so that the test
/// does not trust the code it checks.
fn raw_control(out: &str) -> Option<(usize, char)> {
    out.char_indices().find(|&(_, c)| {
        c != '\n'
            && (c.is_control()
                || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
    })
}

/// `out` without the colour sequences tact paints itself (`ESC [ digits;… m`).
fn strip_sgr(out: &str) -> String {
    let mut rest = out;
    let mut kept = String::new();
    while let Some(i) = rest.find("\x1b[") {
        kept.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let params = after
            .find(|c: char| !(c.is_ascii_digit() || c == ';'))
            .unwrap_or(after.len());
        if after[params..].starts_with('m') {
            rest = &after[params + 1..];
        } else {
            kept.push('\x1b');
            rest = &rest[i + 1..];
        }
    }
    kept.push_str(rest);
    kept
}

/// Lines the text printer writes for one report; a line more means some text broke out.
fn text_lines(r: &ConversationReport) -> usize {
    let moments: usize = r
        .moments
        .iter()
        .map(|m| 4 + usize::from(!m.suggestion.is_empty()) + usize::from(!m.alternative.is_empty()))
        .sum();
    1 + moments + 2
}

fn check_text(items: &[(Conversation, ConversationReport)]) -> Result<(), String> {
    let plain = render(OutputFormat::Text, false, items);
    let painted = render(OutputFormat::Text, true, items);
    // Colour adds its own sequences and nothing else; anything it strips that the plain
    // output still holds came from the input.
    if strip_sgr(&painted) != plain {
        return Err(format!(
            "colour changes more than colours:\n{painted:?}\n{plain:?}"
        ));
    }
    if let Some((i, c)) = raw_control(&plain) {
        return Err(format!(
            "raw {c:?} at byte {i} of the text output:\n{plain:?}"
        ));
    }
    let expected: usize = items.iter().map(|(_, r)| text_lines(r)).sum();
    if plain.lines().count() != expected {
        return Err(format!(
            "{} lines, expected {expected}:\n{plain}",
            plain.lines().count()
        ));
    }
    for pair in plain.lines().collect::<Vec<_>>().windows(2) {
        let (Some(quote), Some(marks)) = (
            pair[0].strip_prefix("    │ "),
            pair[1].strip_prefix("    │ "),
        ) else {
            continue;
        };
        let carets = marks.trim_start_matches(' ');
        let col = marks.len() - carets.len();
        if carets.is_empty() || !carets.trim_start_matches('^').is_empty() {
            return Err(format!("not a caret line under {quote:?}: {marks:?}"));
        }
        if col + carets.len() > escape::width(quote).max(col + 1) {
            return Err(format!("carets past the end of {quote:?}: {marks:?}"));
        }
    }
    Ok(())
}

fn comrak_options() -> Options<'static> {
    let mut o = Options::default();
    let e = &mut o.extension;
    e.strikethrough = true;
    e.table = true;
    e.autolink = true;
    e.tasklist = true;
    e.superscript = true;
    e.footnotes = true;
    e.math_dollars = true;
    e.math_code = true;
    e.underline = true;
    e.subscript = true;
    e.wikilinks_title_after_pipe = true;
    e.alerts = true;
    o.parse.relaxed_autolinks = true;
    o
}

/// The text a renderer shows for `node`: its text and code, concatenated.
fn shown_text<'a>(node: &'a AstNode<'a>) -> String {
    let mut s = String::new();
    for d in node.descendants() {
        match &d.data().value {
            NodeValue::Text(t) => s.push_str(t),
            NodeValue::Code(c) => s.push_str(&c.literal),
            NodeValue::EscapedTag(t) => s.push_str(t),
            _ => {}
        }
    }
    s
}

/// Parses the Markdown output as GitHub would (and more), and checks that it holds only the
/// blocks the printer writes, with each untrusted field plain as exactly its escaped text.
fn check_markdown(items: &[(Conversation, ConversationReport)]) -> Result<(), String> {
    let md = render(OutputFormat::Markdown, false, items);
    if let Some((i, c)) = raw_control(&md) {
        return Err(format!(
            "raw {c:?} at byte {i} of the Markdown output:\n{md:?}"
        ));
    }
    let arena = Arena::new();
    let root = parse_document(&arena, &md, &comrak_options());
    let mut headings = Vec::new();
    let mut rows = Vec::new();
    for node in root.descendants() {
        let value = node.data().value.clone();
        match value {
            NodeValue::Document
            | NodeValue::Paragraph
            | NodeValue::Text(_)
            | NodeValue::Code(_)
            | NodeValue::Table(_)
            | NodeValue::TableCell
            | NodeValue::EscapedTag(_)
            | NodeValue::ThematicBreak => {}
            NodeValue::Heading(_) => headings.push(shown_text(node)),
            NodeValue::TableRow(header) => {
                if !header {
                    // Cells compare trimmed as the expected ones are: Markdown keeps a cell of
                    // only no-break spaces, which `trim` removes on the other side.
                    rows.push(
                        node.children()
                            .map(|c| shown_text(c).trim().to_string())
                            .collect::<Vec<_>>(),
                    );
                }
            }
            other => return Err(format!("the Markdown output holds {other:?}:\n{md}")),
        }
    }
    let want_headings: Vec<String> = items
        .iter()
        .map(|(_, r)| {
            format!(
                "{} ({}, {}) — score {}",
                escape::text(&r.id),
                r.channel,
                escape::text(&r.language),
                r.score
            )
            // CommonMark strips only spaces and tabs around a heading's text: a no-break space
            // (an id of "\u{a0}") stays, where `trim` would remove it.
            .trim_matches([' ', '\t'])
            .to_string()
        })
        .collect();
    if headings != want_headings {
        return Err(format!(
            "headings {headings:?}, expected {want_headings:?}:\n{md}"
        ));
    }
    let want_rows: Vec<Vec<String>> = items
        .iter()
        .flat_map(|(_, r)| &r.moments)
        .map(|m| {
            [
                m.turn.to_string(),
                format!("{} {}", m.code, m.rule),
                m.severity.to_string(),
                format!("«{}»", escape::text(&m.evidence)),
                escape::text(&m.message).into_owned(),
                escape::text(&m.alternative).into_owned(),
            ]
            .map(|s| s.trim().to_string())
            .to_vec()
        })
        .collect();
    if rows != want_rows {
        return Err(format!(
            "table rows {rows:?}, expected {want_rows:?}:\n{md}"
        ));
    }
    Ok(())
}

/// Every string in `v`, object keys included, in order.
fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        serde_json::Value::Object(o) => o.iter().for_each(|(k, x)| {
            out.push(k.clone());
            strings(x, out);
        }),
        _ => {}
    }
}

fn check_json(items: &[(Conversation, ConversationReport)]) -> Result<(), String> {
    let json = render(OutputFormat::Json, false, items);
    let jsonl = render(OutputFormat::Jsonl, false, items);
    for (name, out) in [("json", &json), ("jsonl", &jsonl)] {
        if let Some((i, c)) = raw_control(out) {
            return Err(format!("raw {c:?} at byte {i} of the {name} output"));
        }
    }
    let array: Vec<serde_json::Value> =
        serde_json::from_str(&json).map_err(|e| format!("json does not parse: {e}"))?;
    let lines: Vec<serde_json::Value> = jsonl
        .lines()
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()
        .map_err(|e| format!("jsonl does not parse: {e}"))?;
    if array.len() != items.len() || lines != array {
        return Err(format!(
            "{} json and {} jsonl objects for {} reports",
            array.len(),
            lines.len(),
            items.len()
        ));
    }
    for ((_, r), v) in items.iter().zip(&array) {
        // Strings only: floats go through f32 and are not compared.
        let back: serde_json::Value =
            serde_json::to_value(r).map_err(|e| format!("report does not serialize: {e}"))?;
        let (mut read, mut written) = (Vec::new(), Vec::new());
        strings(v, &mut read);
        strings(&back, &mut written);
        if read != written {
            return Err(format!(
                "json strings do not round-trip:\n{read:?}\n{written:?}"
            ));
        }
        let s = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
        if s("id").as_deref() != Some(r.id.as_str())
            || s("agent") != r.agent
            || s("team") != r.team
            || s("outcome") != r.outcome
            || s("language").as_deref() != Some(r.language.as_str())
        {
            return Err(format!("a field of {v} differs from the report"));
        }
    }
    Ok(())
}

#[test]
fn text_output_escapes_terminal_sequences_in_every_field_without_colour() {
    let (conv, report) = hostile();
    let out = render(OutputFormat::Text, false, &[(conv, report)]);
    assert_eq!(raw_control(&out), None, "{out:?}");
    assert!(out.starts_with("id\\u{1b}[2J\\u{1b}[H\\u{1b}]0;pwned\\u{7}\\u{1b}]8;;http"));
    for field in ["agent\\u{1b}[2J", "team\\u{1b}[2J", "chat · \\u{1b}[2J"] {
        assert!(out.contains(field), "{field} missing:\n{out}");
    }
    for escaped in [
        "\\rFAKE",
        "\\u{8}\\u{8}",
        "\\u{202e}lave\\u{2066}x\\u{2069}",
        "\\u{0}",
    ] {
        assert!(out.contains(escaped), "{escaped} missing:\n{out}");
    }
    assert!(out.contains("\\u{9b}31m\\u{7f}\\u{2028}\\t<script>"));
}

#[test]
fn text_output_with_colour_has_no_escape_sequence_but_its_own_colours() {
    let (conv, report) = hostile();
    let items = [(conv, report)];
    let out = render(OutputFormat::Text, true, &items);
    assert!(out.contains("\x1b[1m"), "colour is painted");
    assert_eq!(raw_control(&strip_sgr(&out)), None, "{out:?}");
    assert_eq!(strip_sgr(&out), render(OutputFormat::Text, false, &items));
}

#[test]
fn text_output_keeps_its_layout_and_carets_with_hostile_text() {
    let items = [hostile()];
    check_text(&items).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn carets_stay_under_evidence_after_emoji_combining_marks_cjk_and_greek() {
    let conv = Conversation {
        id: "wide".into(),
        turns: vec![
            Turn::new(Role::Customer, "My parcel was supposed to arrive on Monday."),
            Turn::new(
                Role::Agent,
                "😀😀 e\u{301}e\u{301} 你好 Καλημέρα\tThat's not true, the delivery date was always Wednesday.",
            ),
        ],
        ..Conversation::default()
    };
    let report = analyzer().analyze(&conv);
    let m = report.moments.first().expect("contradicts-customer fires");
    let out = render(OutputFormat::Text, false, &[(conv.clone(), report.clone())]);
    let lines: Vec<&str> = out.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("    │ "))
        .expect("a quoted line");
    let quote = &lines[at]["    │ ".len()..];
    let marks = &lines[at + 1]["    │ ".len()..];
    let evidence = escape::text(&m.evidence);
    let before = &quote[..quote.find(evidence.as_ref()).expect("evidence quoted")];
    assert_eq!(
        marks,
        format!(
            "{}{}",
            " ".repeat(escape::width(before)),
            "^".repeat(escape::width(&evidence))
        ),
        "\n{quote}\n{marks}"
    );
}

#[test]
fn markdown_output_creates_no_html_link_image_or_broken_cell() {
    let items = [hostile()];
    let md = render(OutputFormat::Markdown, false, &items);
    assert!(md.contains("&lt;script&gt;"), "{md}");
    check_markdown(&items).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn json_and_jsonl_round_trip_hostile_text_without_a_raw_escape_byte() {
    let items = [hostile()];
    for format in [OutputFormat::Json, OutputFormat::Jsonl] {
        let out = render(format, false, &items);
        assert!(!out.as_bytes().contains(&0x1b), "{out}");
        assert!(
            out.contains("\\u001b[2J") && out.contains("\\u202e"),
            "{out}"
        );
    }
    check_json(&items).unwrap_or_else(|e| panic!("{e}"));
}

/// Strings built from pieces likely to break something, arbitrary characters included.
fn nasty() -> impl Strategy<Value = String> {
    const PIECES: &[&str] = &[
        "\x1b[2J",
        "\x1b]0;t\x07",
        "\x1b]8;;http://e/\x1b\\",
        "\r",
        "\n",
        "\t",
        "\x08",
        "\0",
        "\u{202e}",
        "\u{2067}",
        "\u{85}",
        "\u{9b}",
        "\x7f",
        "\u{2028}",
        "<script>",
        "</b>",
        "&amp;",
        "[x](javascript:alert(1))",
        "![i](http://x)",
        "`",
        "```",
        "|",
        "\\",
        "*",
        "_",
        "~~",
        "$",
        "#",
        "www.x.io",
        "http://x.io",
        "a@b.io",
        ":",
        "e\u{301}",
        "😀",
        "👩\u{200d}💻",
        "你好",
        "Ωμέγα",
        " ",
        "   ",
        "That's not true",
        "you're mistaken",
        "calm down",
        "as I said",
    ];
    let piece = prop_oneof![
        any::<char>().prop_map(String::from),
        prop::sample::select(PIECES).prop_map(String::from),
        "[a-z]{1,6}",
    ];
    prop::collection::vec(piece, 0..10).prop_map(|v| v.concat())
}

fn conversation() -> impl Strategy<Value = Conversation> {
    let role = prop::sample::select(&Role::ALL[..]);
    let turn = (role, nasty(), nasty()).prop_map(|(role, text, speaker)| {
        let mut t = Turn::new(role, text);
        t.speaker = Some(speaker);
        t
    });
    (
        nasty(),
        proptest::option::of(nasty()),
        proptest::option::of(nasty()),
        proptest::option::of(nasty()),
        prop::collection::vec(turn, 1..6),
    )
        .prop_map(|(id, agent, team, language, turns)| Conversation {
            id,
            agent,
            team,
            language,
            turns,
            ..Conversation::default()
        })
}

#[test]
fn every_printer_is_safe_for_arbitrary_text() {
    let analyzer = Analyzer::new(Engine::new(Settings::default()), None);
    let mut runner = TestRunner::new(Config {
        cases: 256,
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = (conversation(), nasty(), nasty(), 0..64usize, 0..64usize);
    let result = runner.run(&strategy, |(conv, language, message, start, end)| {
        let mut report = analyzer.analyze(&conv);
        // Fields the analysis fills itself, made hostile too: the language, and a moment whose
        // range may fall anywhere in the turn, inside a character included.
        report.language = language;
        let text = &conv.turns[0].text;
        report.moments.push(Moment {
            confidence: tact_rules::Confidence::DEFAULT,
            rule: "hostile",
            code: "X001",
            family: Family::Argument,
            severity: Severity::Warning,
            turn: 0,
            start,
            end,
            evidence: text
                .get(start.min(text.len())..)
                .unwrap_or(text)
                .to_string(),
            suggestion: message.clone(),
            alternative: message.clone(),
            message,
            message_key: "",
            message_args: Default::default(),
        });
        let items = [(conv, report)];
        check_text(&items)
            .and_then(|()| check_markdown(&items))
            .and_then(|()| check_json(&items))
            .map_err(TestCaseError::fail)
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
