//! The false-alarm budget, checked: every rule's moments per 100 turns on the public service
//! conversations of `shared/data/real` stay within `eval/false-alarm-budget.tsv`. Without the
//! data nothing is checked, and a pass would say otherwise: skipping must be asked for by name.

use std::path::Path;

#[test]
fn every_rule_stays_within_its_false_alarm_budget_on_real_conversations() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let budget = tact_eval::read_budget(&root.join("eval/false-alarm-budget.tsv"))
        .expect("the budget file reads");
    let real = tact_eval::data_dir().join("real");
    if !tact_eval::data_present_or_skip(&real) {
        return;
    }
    let rates = tact_eval::false_alarm_rates(&real).expect("the real conversations read");
    assert!(rates.turns > 10_000, "only {} turns read", rates.turns);
    let over = tact_eval::over_budget(&rates, &budget);
    assert!(
        over.is_empty(),
        "over the false-alarm budget (moments per 100 turns, measured > budget): {over:?}"
    );
}

#[test]
fn the_budget_file_names_every_rule_once_with_a_number() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let budget = tact_eval::read_budget(&root.join("eval/false-alarm-budget.tsv"))
        .expect("the budget file reads");
    assert_eq!(budget.len(), tact_rules::RULES.len());
    let dir = tempfile::tempdir().expect("tmp");
    let bad = dir.path().join("b.tsv");
    std::fs::write(&bad, "robotic-script\tmany\n").expect("write");
    let err = tact_eval::read_budget(&bad).expect_err("not a number");
    assert!(err.to_string().contains("b.tsv:1"), "{err}");
}
