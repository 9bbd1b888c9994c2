//! The blind-set measurement on a tiny set built here: the agreement, the matching of moments
//! with decided labels, and the per-rule figures follow from the labels written below.

use std::path::Path;

const CONV: &str = r#"{"id": "x-1", "language": "it", "turns": [{"role": "agent", "text": "Vuole aggiungere la garanzia estesa a 79 euro?"}, {"role": "customer", "text": "No grazie, non mi interessa."}, {"role": "agent", "text": "Guardi che la garanzia estesa conviene davvero, sono solo 79 euro."}, {"role": "customer", "text": "Ho detto di no."}]}
"#;

/// A conversation the team had written from a scenario card: it lives beside the labels.
const SCENARIO: &str = r#"{"id": "x-2", "language": "fi", "turns": [{"role": "customer", "text": "Hei, milloin olette auki lauantaina?"}, {"role": "agent", "text": "Olemme auki lauantaina yhdeksästä alkaen."}, {"role": "customer", "text": "Kiitos."}]}
"#;

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).expect("write");
}

#[test]
fn moments_are_scored_against_decided_labels_and_labellers_against_each_other() {
    let root = tempfile::tempdir().expect("tmp");
    let eval = root.path().join("blind");
    let real = root.path().join("real");
    std::fs::create_dir_all(&eval).expect("mkdir");
    std::fs::create_dir_all(&real).expect("mkdir");
    write(&real, "set.jsonl", CONV);
    write(&eval, "scenario.jsonl", SCENARIO);
    write(&eval, "ABOUT.md", "# comment\nMade for this test.\n");
    write(
        &eval,
        "behaviours.tsv",
        "# behaviour\trule\npushes-after-no\treoffer-after-refusal\ncustomer-frustrated\tcustomer-frustration\n",
    );
    write(
        &eval,
        "sample.tsv",
        "set.jsonl\tx-1\tfired:reoffer-after-refusal\neval:scenario.jsonl\tx-2\tscenario\n",
    );
    // A and B agree on the re-offer; only A sees frustration on turn 3; the adjudicator keeps it.
    write(
        &eval,
        "labels-A.jsonl",
        "{\"id\": \"x-1\", \"labels\": [{\"turn\": 2, \"behaviour\": \"pushes-after-no\"}, {\"turn\": 3, \"behaviour\": \"customer-frustrated\"}]}\n{\"id\": \"x-2\", \"labels\": []}\n",
    );
    write(
        &eval,
        "labels-B.jsonl",
        "{\"id\": \"x-1\", \"labels\": [{\"turn\": 2, \"behaviour\": \"pushes-after-no\"}]}\n{\"id\": \"x-2\", \"labels\": []}\n",
    );
    write(
        &eval,
        "adjudicated.jsonl",
        "{\"id\": \"x-1\", \"labels\": [{\"turn\": 2, \"behaviour\": \"pushes-after-no\"}, {\"turn\": 3, \"behaviour\": \"customer-frustrated\"}]}\n{\"id\": \"x-2\", \"labels\": []}\n",
    );
    let r = tact_eval::eval_blind(&eval, &real).expect("measures");
    assert_eq!(r.conversations, 2);
    assert_eq!(r.turns, 7);
    assert_eq!(r.disagreements, 1);
    assert_eq!(r.disagreements_kept, 1);
    // The re-offer is raised and confirmed before calibration; the counted figures have it
    // only when its calibrated confidence reaches the score's bar.
    let detector = &r.by_detector[&(
        "reoffer-after-refusal".to_string(),
        "moment-reoffer-after-refusal".to_string(),
    )];
    assert_eq!((detector.raised, detector.confirmed), (1, 1));
    let settings = tact_rules::Settings::all_rules();
    let analyzer = tact_analyze::Analyzer::new(tact_rules::Engine::new(settings), None);
    let conv: tact_model::Conversation = serde_json::from_str(CONV.trim()).expect("conversation");
    let confident = analyzer.analyze(&conv).moments.iter().any(|m| {
        m.rule == "reoffer-after-refusal" && m.confidence >= tact_rules::Confidence::SCORE_MIN
    });
    let n = usize::from(confident);
    let p001 = &r.by_rule["reoffer-after-refusal"];
    assert_eq!(
        (p001.raised, p001.confirmed, p001.gold, p001.found),
        (n, n, 1, n)
    );
    assert_eq!(
        (
            r.total_all_confidences.raised,
            r.total_all_confidences.confirmed
        ),
        (1 + r.total.raised - n, 1 + r.total.confirmed - n)
    );
    let agree = r
        .agreement
        .iter()
        .find(|g| g.behaviour == "pushes-after-no")
        .expect("labelled");
    assert_eq!(agree.kappa, Some(1.0));
    // The scenario conversation counts under its own language.
    assert!(
        r.by_language.contains_key("fi"),
        "{:?}",
        r.by_language.keys()
    );
    assert_eq!(r.strata.get("scenario"), Some(&1));
    let md = tact_eval::blind_markdown(&r, "Test set");
    assert!(
        md.contains("## Test set") && md.contains("Made for this test."),
        "{md}"
    );
    assert!(
        md.contains(&format!("`reoffer-after-refusal` | {n} | {n} |")),
        "{md}"
    );

    // A label for a conversation the sample does not hold is fine; a missing line is an error.
    write(
        &eval,
        "labels-B.jsonl",
        "{\"id\": \"x-1\", \"labels\": []}\n",
    );
    let err = tact_eval::eval_blind(&eval, &real).expect_err("x-2 has no line in B");
    assert!(err.to_string().contains("x-2"), "{err}");
}
