//! The rules in preview are exactly those the blind set shows below the precision bar: a rule
//! whose 95 % interval on real conversations lies wholly under 90 % is off by default, and no
//! rule is kept off without that evidence. Needs `shared/data/real`; skipping must be asked for
//! by name.

use std::path::Path;

/// The precision a rule on by default must be able to reach.
const BAR: f64 = 0.90;

#[test]
fn preview_rules_are_those_measured_below_the_bar_on_the_blind_set() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let real = tact_eval::data_dir().join("real");
    if !tact_eval::data_present_or_skip(&real) {
        return;
    }
    let r = tact_eval::eval_blind(&root.join("eval/blind"), &real).expect("the blind set reads");
    let mut wrong = Vec::new();
    for rule in tact_rules::RULES {
        let below = r
            .by_rule
            .get(rule.id)
            .and_then(|s| s.precision())
            .is_some_and(|(_, _, high)| high < BAR);
        if below != rule.preview {
            wrong.push(format!(
                "{}: preview {} but blind precision {:?}",
                rule.id,
                rule.preview,
                r.by_rule.get(rule.id).and_then(|s| s.precision())
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
