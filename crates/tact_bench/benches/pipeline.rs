//! Throughput of reading, the language layer, metrics and the full pipeline over ≥ 100k turns in
//! five languages, one thread. Figures go to docs/performance.md.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use tact_analyze::{compute_metrics, Analyzer};
use tact_rules::{Analyzed, Engine, Settings};

fn pipeline(c: &mut Criterion) {
    let (text, turns, _) = tact_bench::corpus(100_000);
    // Throughput is counted in turns; MB/s follows from the corpus size printed here.
    eprintln!(
        "corpus: {turns} turns, {} bytes ({:.1} bytes/turn)",
        text.len(),
        text.len() as f64 / turns as f64
    );
    tact_bench::write_meta(
        "pipeline",
        &serde_json::json!({"turns": turns, "bytes": text.len(), "threads": 1}),
    );
    let analyzer = Analyzer::new(Engine::new(Settings::all_rules()), None);
    let mut g = c.benchmark_group("pipeline");
    g.sample_size(10);
    g.throughput(Throughput::Elements(turns as u64));
    g.bench_function("read", |b| {
        b.iter(|| {
            tact_bench::each_conversation(&text, |c| {
                std::hint::black_box(c);
            })
        })
    });
    g.bench_function("read_lang_metrics", |b| {
        b.iter(|| {
            tact_bench::each_conversation(&text, |c| {
                let a = Analyzed::new(&c, None);
                std::hint::black_box(compute_metrics(&a));
            })
        })
    });
    g.bench_function("full", |b| {
        b.iter(|| {
            tact_bench::each_conversation(&text, |c| {
                drop(std::hint::black_box(analyzer.analyze(&c)))
            })
        })
    });
    g.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
