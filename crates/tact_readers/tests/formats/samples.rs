//! The samples in samples/formats read cleanly, each in the format detected from its content
//! and extension, and every format has at least one.

use super::*;
use std::path::{Path, PathBuf};

/// The agents of the sample files, as a user would name them with `--agent-names`, and the
/// shop's mail domain, as with `--agent-domains`. Every sample uses these.
pub const SAMPLE_AGENTS: &[&str] = &["Luca", "Elena", "Νίκος", "Andrei", "Aino", "Sam"];
pub const SAMPLE_DOMAINS: &[&str] = &["shop.example"];

pub fn sample_options() -> ReadOptions {
    ReadOptions {
        agent_names: SAMPLE_AGENTS.iter().map(|s| s.to_string()).collect(),
        agent_domains: SAMPLE_DOMAINS.iter().map(|s| s.to_string()).collect(),
        ..ReadOptions::default()
    }
}

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
        let bytes = std::fs::read(&path).expect("readable");
        let head = &bytes[..bytes.len().min(tact_readers::HEAD_BYTES)];
        let format = tact_readers::detect(head, Format::from_path(&path))
            .unwrap_or_else(|| panic!("{}: no format detected", path.display()));
        let (convs, errors) = read_with(format, &bytes, &sample_options());
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
        assert!(!convs.is_empty(), "{}", path.display());
        // A review nobody answered is a conversation of one turn (the one a team must see).
        assert!(
            convs
                .iter()
                .all(|c| c.turns.len() >= 2 || (format == Format::Reviews && c.turns.len() == 1)),
            "{}",
            path.display()
        );
        seen.push(format);
    }
    for f in Format::all() {
        assert!(seen.contains(&f), "no sample for {f}");
    }
}
