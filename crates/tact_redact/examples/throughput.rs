//! Redacts every conversation of a JSON Lines file in memory and prints the recognisers'
//! throughput: the figure behind "redaction's own MB/s" without reading or writing costs, and
//! a steady loop for a profiler (`perf record`, callgrind).
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: throughput FILE.jsonl [ROUNDS]");
    let rounds: usize = args
        .next()
        .map_or(3, |r| r.parse().expect("ROUNDS is a number"));
    let data = std::fs::read_to_string(&path).expect("readable file");
    let convs: Vec<tact_model::Conversation> = data
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let bytes: usize = convs
        .iter()
        .flat_map(|c| &c.turns)
        .map(|t| t.text.len())
        .sum();
    // The first round pays for loading phone metadata and compiling patterns.
    let opts = tact_redact::Options::default();
    for c in &convs {
        std::hint::black_box(tact_redact::redact_conversation(c, opts));
    }
    let started = Instant::now();
    for _ in 0..rounds {
        for c in &convs {
            std::hint::black_box(tact_redact::redact_conversation(c, opts));
        }
    }
    let secs = started.elapsed().as_secs_f64() / rounds as f64;
    println!(
        "{} conversations, {:.1} MB of turn text: {:.3} s a round, {:.1} MB/s",
        convs.len(),
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs
    );
}
