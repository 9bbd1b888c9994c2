//! Fuzz target: the analysis itself on arbitrary text. Bytes become a conversation (turns split
//! at NUL, roles taking turns, the first byte choosing the declared language); analysing it must
//! never panic, and every moment must point inside its turn on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tact_analyze::Analyzer;
use tact_model::{Conversation, Role, Turn};
use tact_rules::{Engine, Settings};

const LANGS: [Option<&str>; 6] = [None, Some("en"), Some("it"), Some("el"), Some("ro"), Some("fi")];

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let turns: Vec<Turn> = text
        .split('\0')
        .enumerate()
        .map(|(i, t)| {
            let role = if i % 2 == 0 { Role::Customer } else { Role::Agent };
            Turn::new(role, t)
        })
        .collect();
    let conv = Conversation {
        id: "fuzz".into(),
        language: LANGS[first as usize % LANGS.len()].map(str::to_string),
        turns,
        ..Conversation::default()
    };
    let analyzer = Analyzer::new(Engine::new(Settings::default()), None);
    let report = analyzer.analyze(&conv);
    for m in &report.moments {
        let t = &conv.turns[m.turn].text;
        assert!(m.start <= m.end && m.end <= t.len(), "moment outside its turn");
        assert!(t.is_char_boundary(m.start) && t.is_char_boundary(m.end));
    }
    assert!(report.score <= 100);
});
