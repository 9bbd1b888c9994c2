//! The full pipeline (`Analyzer::analyze`) over ≥ 1,000,000 turns — the bundled samples in five
//! languages and real English dialogue text from shared/data — on one thread and on all cores
//! (conversations in parallel with rayon). Figures go to docs/performance.md.
//!
//! `TACT_BENCH_TURNS` changes the corpus size (default 1,000,000); `TACT_DATA` the data folder.

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use rayon::prelude::*;
use std::time::Duration;
use tact_analyze::Analyzer;
use tact_rules::{Engine, Settings};

fn scale(c: &mut Criterion) {
    let min_turns = std::env::var("TACT_BENCH_TURNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let real = tact_bench::real_data(&tact_bench::data_dir());
    for note in &real.notes {
        eprintln!("data: {note}");
    }
    let (convs, turns) = tact_bench::mixed_corpus(min_turns, &real.conversations);
    let bytes: usize = convs
        .iter()
        .map(|c| serde_json::to_string(c).map(|s| s.len() + 1).unwrap_or(0))
        .sum();
    eprintln!(
        "corpus: {} conversations, {turns} turns ({} real English turns per cycle), {bytes} bytes of JSONL ({:.1} bytes/turn), {} threads",
        convs.len(),
        real.turns,
        bytes as f64 / turns as f64,
        rayon::current_num_threads()
    );
    tact_bench::write_meta(
        "scale",
        &serde_json::json!({
            "turns": turns,
            "bytes": bytes,
            "conversations": convs.len(),
            "real_turns_per_cycle": real.turns,
            "threads": rayon::current_num_threads(),
        }),
    );
    // One analyzer is shared by all threads: `Analyzer` is `Sync` (the engine's only shared
    // state, the `robotic-script` template counter, sits behind a mutex).
    let analyzer = Analyzer::new(Engine::new(Settings::all_rules()), None);
    let mut g = c.benchmark_group("scale");
    g.sample_size(10);
    g.sampling_mode(SamplingMode::Flat);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(20));
    g.throughput(Throughput::Elements(turns as u64));
    g.bench_function("full_1_thread", |b| {
        b.iter(|| {
            for conv in &convs {
                drop(std::hint::black_box(analyzer.analyze(conv)));
            }
        })
    });
    g.bench_function("full_all_cores", |b| {
        b.iter(|| {
            convs
                .par_iter()
                .for_each(|conv| drop(std::hint::black_box(analyzer.analyze(conv))))
        })
    });
    g.finish();
}

criterion_group!(benches, scale);
criterion_main!(benches);
