//! The fuzz targets' shared check, compiled and run here on the samples and on a few broken
//! inputs, so it keeps compiling with the readers although `fuzz/` is outside the workspace.

#[path = "../../../fuzz/fuzz_targets/common.rs"]
mod common;

use std::path::Path;
use tact_readers::Format;

#[test]
fn the_fuzz_check_holds_on_the_samples_and_on_broken_inputs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/formats");
    for entry in std::fs::read_dir(dir).expect("samples/formats exists") {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).expect("readable");
        for format in Format::all() {
            common::check(format, &bytes);
            for knob in [0u8, 1, 2, 3, 0xFF] {
                let mut cut = bytes[..bytes.len() / 3].to_vec();
                cut.push(knob);
                common::check(format, &cut);
            }
        }
    }
}
