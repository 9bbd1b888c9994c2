//! The samples in samples/formats read cleanly, one per format.

use super::*;
use std::path::{Path, PathBuf};

fn samples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/formats")
}

#[test]
fn every_sample_reads_without_errors_and_every_format_has_one() {
    let mut seen = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(samples_dir())
        .expect("samples/formats exists")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let format = Format::from_path(&path)
            .unwrap_or_else(|| panic!("{} has no known extension", path.display()));
        let bytes = std::fs::read(&path).expect("readable");
        let (convs, errors) = read_with(format, &bytes, &ReadOptions::default());
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
        assert!(!convs.is_empty(), "{}", path.display());
        assert!(
            convs.iter().all(|c| c.turns.len() >= 2),
            "{}",
            path.display()
        );
        seen.push(format);
    }
    for f in Format::all() {
        assert!(seen.contains(&f), "no sample for {f}");
    }
}
