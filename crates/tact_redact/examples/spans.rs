//! Prints what the recognisers find in each line of a redaction test set (`cases.jsonl`), as
//! tab-separated id, type, byte range and text: the raw material for reading a set's misses
//! next to its gold spans, without going through a whole report.
use std::io::BufRead;

fn main() {
    let stdin = std::io::stdin();
    for line in stdin.lock().lines() {
        let line = line.expect("stdin is UTF-8");
        let Ok(case) = serde_json::from_str::<serde_json::Value>(&line) else {
            eprintln!("skipped a line that is not JSON");
            continue;
        };
        let id = case["id"].as_str().unwrap_or("");
        let text = case["text"].as_str().unwrap_or("");
        let cx = tact_redact::Context {
            lang: case["lang"].as_str(),
            known_names: &[],
            reference_numbers: false,
        };
        for f in tact_redact::find(text, &cx) {
            println!(
                "{id}\t{}\t{}\t{}\t{}",
                f.entity.tag(),
                f.start,
                f.end,
                &text[f.start..f.end]
            );
        }
    }
}
