//! `Analyzer::analyze_batch` on several threads gives the reports `Analyzer::analyze` gives one
//! conversation after the other, also when a rule counts what earlier conversations said
//! (robotic-script's templates, shown with `raw_confidence`), and so does the guarded batch the
//! server's queue workers use.

use tact_analyze::Analyzer;
use tact_model::{Conversation, Role, Turn};
use tact_rules::{Confidence, Engine, Settings};

fn analyzer() -> Analyzer {
    let settings = Settings::all_rules()
        .with_raw_confidence(true)
        .with_min_confidence(Confidence::new(0.0).expect("a confidence"));
    Analyzer::new(Engine::new(settings), None)
}

fn conversations() -> Vec<Conversation> {
    let canned = "Thank you for contacting us. Your request has been registered and our team \
                  will get back to you within two working days.";
    (0..60)
        .map(|n| {
            let turns = if n % 3 == 0 {
                vec![
                    (
                        Role::Customer,
                        "My parcel has not arrived yet, where is it?",
                    ),
                    (Role::Agent, canned),
                    (
                        Role::Customer,
                        "I asked where my parcel is, it was due on Monday.",
                    ),
                    (Role::Agent, canned),
                    (Role::Customer, "That is not an answer to my question."),
                ]
            } else {
                vec![
                    (Role::Customer, "Do you have the blue jacket in size M?"),
                    (
                        Role::Agent,
                        "Yes, we have it in stock, I can reserve it for you today.",
                    ),
                ]
            };
            Conversation {
                id: format!("c{n}"),
                language: Some("en".into()),
                turns: turns.into_iter().map(|(r, t)| Turn::new(r, t)).collect(),
                ..Default::default()
            }
        })
        .collect()
}

#[test]
fn a_batch_on_several_threads_equals_one_conversation_after_the_other() {
    let convs = conversations();
    let one = analyzer();
    assert!(one.engine().compares_conversations());
    let want: Vec<String> = convs
        .iter()
        .map(|c| serde_json::to_string(&one.analyze(c)).expect("json"))
        .collect();
    assert!(
        want.iter()
            .any(|r| r.contains("moment-robotic-script-template")),
        "the template counter fires"
    );
    for jobs in [1, 2, 3, 7] {
        let got: Vec<String> = analyzer()
            .analyze_batch(&convs, jobs)
            .iter()
            .map(|r| serde_json::to_string(r).expect("json"))
            .collect();
        assert_eq!(got, want, "{jobs} jobs");
    }
}

#[test]
fn the_guarded_batch_gives_the_same_reports_and_a_time_for_each() {
    let convs = conversations();
    let want: Vec<String> = {
        let one = analyzer();
        convs
            .iter()
            .map(|c| serde_json::to_string(&one.analyze(c)).expect("json"))
            .collect()
    };
    for jobs in [1, 2, 5] {
        let got = analyzer().analyze_batch_guarded(&convs, jobs);
        assert_eq!(got.len(), convs.len());
        let got: Vec<String> = got
            .iter()
            .map(|g| {
                assert!(g.took > std::time::Duration::ZERO, "{jobs} jobs: a time");
                serde_json::to_string(g.report.as_ref().expect("no panic")).expect("json")
            })
            .collect();
        assert_eq!(got, want, "{jobs} jobs");
    }
}
