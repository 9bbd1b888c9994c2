//! Properties every redaction keeps, whatever the text: no panic, spans on character boundaries
//! and in order, valid UTF-8 out, and redacting twice changes nothing.

use proptest::prelude::*;
use tact_model::{Conversation, Role, Turn};
use tact_redact::{apply, find, redact_conversation, Context, Numbering, Options};

/// Text built from pieces that look like personal data, common words and noise, in the five
/// languages, so the recognisers are exercised rather than fed only random bytes.
fn pieces() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("maria.rossi@example.com".to_string()),
        Just("+39 333 123 4567".to_string()),
        Just("GB82 WEST 1234 5698 7654 32".to_string()),
        Just("RSSMRA85T10A562S".to_string()),
        Just("4111 1111 1111 1111".to_string()),
        Just("mi chiamo Anna Neri".to_string()),
        Just("με λένε Γιώργο".to_string()),
        Just("Via Roma 12, 00100 Roma".to_string()),
        Just("1.299,00 €".to_string()),
        Just("12/03/2026".to_string()),
        Just("[PHONE]".to_string()),
        "[a-zA-Zα-ωășțîâäö0-9 .,:;@+()/-]{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..8).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn spans_line_up_and_redacting_twice_changes_nothing(text in pieces(), lang in 0usize..6) {
        let langs = [None, Some("en"), Some("it"), Some("el"), Some("ro"), Some("fi")];
        let names = vec!["Anna Neri".to_string()];
        let cx = Context { lang: langs[lang], known_names: &names, reference_numbers: false };
        let found = find(&text, &cx);
        let mut last = 0;
        for f in &found {
            prop_assert!(f.start >= last && f.start < f.end && f.end <= text.len());
            prop_assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
            last = f.end;
        }
        let once = apply(&text, &found, &mut Numbering::new(false));
        let twice = apply(&once, &find(&once, &cx), &mut Numbering::new(false));
        prop_assert_eq!(&twice, &once);
    }

    #[test]
    fn a_redacted_conversation_redacts_to_itself(a in pieces(), b in pieces(), numbered in any::<bool>()) {
        let mut t = Turn::new(Role::Customer, a);
        t.speaker = Some("Anna Neri".into());
        let conv = Conversation {
            language: Some("it".into()),
            agent: Some("Luca".into()),
            turns: vec![t, Turn::new(Role::Agent, b)],
            ..Conversation::default()
        };
        let opts = Options { numbered, reference_numbers: false };
        let once = redact_conversation(&conv, opts);
        prop_assert_eq!(redact_conversation(&once, opts), once.clone());
        prop_assert_eq!(once.turns.len(), 2);
    }
}
