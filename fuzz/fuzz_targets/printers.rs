//! Fuzz target: a conversation built from arbitrary bytes is analysed and sent through every
//! printer. Nothing may panic; the text output (colour off) and the Markdown output may hold no
//! control, bidi or line-separator character but their own newlines; JSON and JSON Lines parse
//! back to the same id.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tact_analyze::{Analyzer, ConversationReport, Summary};
use tact_model::{Conversation, Role, Turn};
use tact_report::{printer, OutputFormat};
use tact_rules::{Engine, Family, Moment, Settings, Severity};

fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(|| Analyzer::new(Engine::new(Settings::default()), None))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Fields are separated by 0xFF, a byte UTF-8 never uses: id, agent, team, language, then one
/// turn per field, its first byte choosing the role and the rest its text.
fn conversation(data: &[u8]) -> Conversation {
    let fields: Vec<&[u8]> = data.split(|&b| b == 0xff).collect();
    let field = |i: usize| fields.get(i).map(|f| text(f));
    let agent = field(1);
    let mut turns: Vec<Turn> = fields
        .iter()
        .skip(4)
        .map(|f| {
            let (role, rest) = f.split_first().map_or((0, *f), |(r, rest)| (*r, rest));
            let mut t = Turn::new(Role::ALL[usize::from(role) % Role::ALL.len()], text(rest));
            t.speaker = agent.clone();
            t
        })
        .collect();
    if turns.is_empty() {
        turns.push(Turn::new(Role::Customer, text(data)));
    }
    Conversation {
        id: field(0).unwrap_or_default(),
        agent,
        team: field(2),
        language: field(3),
        turns,
        ..Conversation::default()
    }
}

fn unsafe_char(c: char) -> bool {
    c != '\n'
        && (c.is_control()
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
}

fn render(format: OutputFormat, conv: &Conversation, report: &ConversationReport) -> String {
    let mut out = Vec::new();
    {
        let mut p = printer(format, Box::new(&mut out), false);
        p.conversation(conv, report).expect("write to memory");
        p.finish(&Summary::default()).expect("write to memory");
    }
    String::from_utf8(out).expect("printers write UTF-8")
}

fuzz_target!(|data: &[u8]| {
    let conv = conversation(data);
    let mut report = analyzer().analyze(&conv);
    // A moment whose range falls anywhere in the first turn, inside a character included, and
    // whose quoted strings are the input's.
    let first = &conv.turns[0].text;
    let start = data.first().map_or(0, |&b| usize::from(b));
    let end = data.last().map_or(0, |&b| usize::from(b)) + start;
    report.language = conv.id.clone();
    report.moments.push(Moment {
        confidence: tact_rules::Confidence::DEFAULT,
        rule: "fuzz",
        code: "X001",
        family: Family::Argument,
        severity: Severity::Warning,
        turn: 0,
        start,
        end,
        evidence: first.clone(),
        message: conv.id.clone(),
        message_key: "",
        message_args: Default::default(),
        suggestion: first.clone(),
        alternative: conv.team.clone().unwrap_or_default(),
    });
    for format in [OutputFormat::Text, OutputFormat::Markdown] {
        let out = render(format, &conv, &report);
        if let Some(c) = out.chars().find(|&c| unsafe_char(c)) {
            panic!("raw {c:?} in the {format:?} output: {out:?}");
        }
    }
    let json = render(OutputFormat::Json, &conv, &report);
    let array: Vec<serde_json::Value> = serde_json::from_str(&json).expect("JSON parses");
    assert_eq!(array.len(), 1);
    assert_eq!(array[0]["id"].as_str(), Some(conv.id.as_str()));
    let jsonl = render(OutputFormat::Jsonl, &conv, &report);
    assert_eq!(jsonl.lines().count(), 1, "one line per conversation");
    let line: serde_json::Value = serde_json::from_str(&jsonl).expect("JSON Lines parse");
    assert_eq!(line, array[0]);
    for out in [&json, &jsonl] {
        assert!(
            !out.chars().any(unsafe_char),
            "raw control in JSON: {out:?}"
        );
    }
});
