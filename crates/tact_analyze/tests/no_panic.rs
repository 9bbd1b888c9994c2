//! Whatever a reader lets through — any text, any roles, absurd or missing times — analysis and
//! every rule finish without panicking and report spans that lie inside the turn's text.

use proptest::prelude::*;
use tact_analyze::Analyzer;
use tact_model::{Channel, Conversation, Role, Turn};
use tact_rules::{Engine, Settings};

fn role() -> impl Strategy<Value = Role> {
    prop_oneof![
        Just(Role::Agent),
        Just(Role::Customer),
        Just(Role::Bot),
        Just(Role::System)
    ]
}

fn channel() -> impl Strategy<Value = Channel> {
    prop_oneof![
        Just(Channel::Chat),
        Just(Channel::Call),
        Just(Channel::Email),
        Just(Channel::Script)
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,80}",
        "(no|όχι|ei|nu|non|or|o|ή|sau|vai|\\?|;|!|ok|mhm|ναι|da|joo| |[a-zA-Zαβγάέș ]{1,6}){0,25}",
    ]
}

fn time() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        Just(None),
        (-10.0f64..1e4).prop_map(Some),
        Just(Some(f64::NAN)),
        Just(Some(f64::INFINITY))
    ]
}

fn turn() -> impl Strategy<Value = Turn> {
    (
        role(),
        text(),
        time(),
        time(),
        proptest::option::of(0i64..4_000_000_000),
    )
        .prop_map(|(r, t, s, e, at)| Turn {
            start: s,
            end: e,
            at: at
                .and_then(|secs| chrono::DateTime::from_timestamp(secs, 0))
                .map(|d| d.fixed_offset()),
            ..Turn::new(r, t)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn any_conversation_is_analysed_without_panic(
        turns in proptest::collection::vec(turn(), 0..14),
        channel in channel(),
        lang in proptest::option::of(prop_oneof![Just("en"), Just("it"), Just("el"), Just("ro"), Just("fi"), Just("xx")]),
    ) {
        let conv = Conversation { channel, language: lang.map(str::to_string), turns, ..Conversation::default() };
        let analyzer = Analyzer::new(Engine::new(Settings::default()), None);
        let r = analyzer.analyze(&conv);
        prop_assert!(r.score <= 100);
        for m in &r.moments {
            let t = &conv.turns[m.turn].text;
            prop_assert!(m.start <= m.end && m.end <= t.len());
            prop_assert!(t.is_char_boundary(m.start) && t.is_char_boundary(m.end));
        }
        prop_assert!(serde_json::to_string(&r).is_ok());
    }
}
