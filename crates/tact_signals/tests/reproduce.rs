//! `tact train` must reproduce the shipped weights exactly: same data, same lexicons, seed 42.
//! A lexicon or feature change without retraining fails here; retrain with
//! `cargo run --release -- train` and commit the new weights and report.

use std::path::Path;

#[test]
fn training_with_seed_42_reproduces_the_embedded_weights() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if !data.join("xed").is_dir() {
        // The public data sits beside the repository (as in CI); without it there is nothing to
        // retrain from, which is not a failure of the weights.
        eprintln!("skipped: {} not found", data.display());
        return;
    }
    let (model, _) = tact_signals::train(&data, 42).expect("training runs");
    let shipped = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("weights/signals.bin"))
        .expect("weights");
    assert!(
        model.to_bytes() == shipped,
        "the committed weights are stale: run `cargo run --release -- train` and commit crates/tact_signals/weights/signals.bin"
    );
}
