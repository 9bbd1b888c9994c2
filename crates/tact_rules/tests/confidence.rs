//! Confidence: a moment the dialogue weakens is hidden by default and shown with
//! `min_confidence = 0`; the setting is checked like every other.

use tact_lang::Lang;
use tact_model::{Conversation, Role, Turn};
use tact_rules::{Analyzed, Confidence, Engine, Settings};

fn conv(turns: &[(Role, &str)]) -> Conversation {
    Conversation {
        turns: turns.iter().map(|(r, t)| Turn::new(*r, *t)).collect(),
        ..Default::default()
    }
}

#[test]
fn a_flat_no_to_the_customers_own_question_is_low_confidence_and_hidden_by_default() {
    let c = conv(&[
        (Role::Customer, "Is the installation included in the price?"),
        (
            Role::Agent,
            "No, you're wrong about that, it is charged apart.",
        ),
    ]);
    let a = Analyzed::new(&c, Some(Lang::En));
    let select = || vec!["contradicts-customer".to_string()];
    let all = Engine::new(
        Settings::default()
            .with_selection(select(), vec![])
            .expect("rule")
            .with_min_confidence(Confidence(0.0)),
    )
    .run(&a);
    assert_eq!(all.len(), 1, "{all:?}");
    assert!(all[0].confidence < Confidence::SCORE_MIN, "{:?}", all[0]);
    let shown = Engine::new(
        Settings::default()
            .with_selection(select(), vec![])
            .expect("rule"),
    )
    .run(&a);
    assert!(shown.is_empty(), "{shown:?}");

    // The same words, not an answer to the customer's question, stay confident and shown.
    let c = conv(&[
        (
            Role::Customer,
            "The installation is included in the price, I am sure of it.",
        ),
        (
            Role::Agent,
            "No, you're wrong about that, it is charged apart.",
        ),
    ]);
    let a = Analyzed::new(&c, Some(Lang::En));
    let shown = Engine::new(
        Settings::default()
            .with_selection(select(), vec![])
            .expect("rule"),
    )
    .run(&a);
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(shown[0].confidence >= Confidence::SCORE_MIN);
}

#[test]
fn min_confidence_is_read_and_checked() {
    assert_eq!(Settings::default().min_confidence(), Confidence::SCORE_MIN);
    let s = Settings::from_toml("min_confidence = 0.2\n").expect("valid");
    assert_eq!(s.min_confidence(), Confidence(0.2));
    let err = Settings::from_toml("min_confidence = 1.5\n").expect_err("out of range");
    assert!(err.to_string().contains("min_confidence"), "{err}");
    assert!(Confidence::parse("x").is_err());
    assert!(Confidence::parse("-0.1").is_err());
    assert_eq!(Confidence::parse(" 0.7 "), Ok(Confidence(0.7)));
}

#[test]
fn conversations_are_compared_only_when_the_template_counter_can_be_shown() {
    use tact_rules::{Confidence, Engine, Settings};
    // The counter's moments are capped under the score's bar by their measured precision.
    assert!(!Engine::new(Settings::all_rules()).compares_conversations());
    assert!(Engine::new(Settings::all_rules().with_raw_confidence(true)).compares_conversations());
    assert!(
        Engine::new(Settings::all_rules().with_min_confidence(Confidence(0.0)))
            .compares_conversations()
    );
    let without = Settings::all_rules()
        .with_raw_confidence(true)
        .with_selection(vec![], vec!["robotic-script".into()])
        .expect("known rule");
    assert!(!Engine::new(without).compares_conversations());
}
