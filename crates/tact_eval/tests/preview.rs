//! The committed rule figures (`eval/rule-figures.tsv`, which the rule docs show and the
//! registry's preview column follows) and detector figures (`eval/detector-figures.tsv`, which
//! cap each moment's confidence) are what the blind sets measure today: a change to a rule that
//! moves them fails here until `tact eval` is rerun and the files committed. Needs
//! `shared/data/real`; skipping must be asked for by name.

use std::path::Path;

#[test]
fn committed_rule_figures_are_what_the_blind_sets_measure() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let real = tact_eval::data_dir().join("real");
    if !tact_eval::data_present_or_skip(&real) {
        return;
    }
    let sets: Vec<_> = tact_eval::BLIND_SETS
        .iter()
        .map(|set| {
            let r = tact_eval::eval_blind(&root.join(set.dir), &real)
                .unwrap_or_else(|e| panic!("{} reads: {e}", set.dir));
            (set.name, r)
        })
        .collect();
    let refs: Vec<_> = sets.iter().map(|(name, r)| (*name, r)).collect();
    for (file, fresh) in [
        ("eval/rule-figures.tsv", tact_eval::rule_figures_tsv(&refs)),
        (
            "eval/detector-figures.tsv",
            tact_eval::detector_figures_tsv(&refs),
        ),
    ] {
        let committed = std::fs::read_to_string(root.join(file)).expect("committed");
        assert_eq!(
            committed, fresh,
            "{file} is stale: run `cargo run --release -- eval`, rebuild, and commit it"
        );
    }
}
