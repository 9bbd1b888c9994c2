//! Where the time of one `tact analyze` goes, stage by stage, in nanoseconds per turn: the
//! end-to-end figure says how fast tact is, this table says what to work on next. Each stage is
//! timed on its own over the whole corpus, on one thread, and the fastest of a few rounds is kept.
//!
//! Usage: `stages CORPUS.jsonl [ROUNDS]`. Prints a Markdown table, then one JSON line.

use std::hint::black_box;
use std::time::Instant;
use tact_analyze::Analyzer;
use tact_model::Conversation;
use tact_report::{printer, OutputFormat};
use tact_rules::{Analyzed, Engine, Settings};

fn parse(text: &str) -> Vec<Conversation> {
    let mut out = Vec::new();
    tact_bench::each_conversation(text, |c| out.push(c));
    out
}

/// The fastest of `rounds` runs of `f`, in seconds.
fn fastest(rounds: usize, mut f: impl FnMut()) -> f64 {
    (0..rounds)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: stages CORPUS.jsonl [ROUNDS]");
        std::process::exit(2);
    };
    let rounds: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(3);
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("stages: {path}: {e}");
            std::process::exit(2);
        }
    };
    let convs = parse(&text);
    let turns: usize = convs.iter().map(|c| c.turns.len()).sum();
    if turns == 0 {
        eprintln!("stages: {path}: no turns");
        std::process::exit(2);
    }
    // What `tact analyze` runs by default: the rules on by default, signals for the customer's
    // turns (risk reads them), the lean JSON Lines report.
    let analyzer = Analyzer::new(Engine::new(Settings::default()), None).customer_signals_only();
    let engine = Engine::new(Settings::default());
    // Warm the lazily built tables (lexicons, models) of every language in the corpus.
    for c in &convs {
        black_box(analyzer.analyze(c));
    }

    let mut rows: Vec<(&str, f64)> = Vec::new();
    rows.push((
        "read: JSON Lines → conversations",
        fastest(rounds, || drop(black_box(parse(&text)))),
    ));
    rows.push((
        "language detection, had it run on every turn",
        fastest(rounds, || {
            for c in &convs {
                for t in &c.turns {
                    black_box(tact_lang::detect(&t.text));
                }
            }
        }),
    ));
    rows.push((
        "language layer: detection as run, normalization, tokens, cue lexicons, sentences, dialogue acts",
        fastest(rounds, || {
            for c in &convs {
                black_box(Analyzed::new(c, None));
            }
        }),
    ));
    let analyzed: Vec<Analyzed<'_>> = convs.iter().map(|c| Analyzed::new(c, None)).collect();
    rows.push((
        "  of which with the language declared (no detection)",
        fastest(rounds, || {
            for (c, a) in convs.iter().zip(&analyzed) {
                black_box(Analyzed::new(c, Some(a.lang)));
            }
        }),
    ));
    rows.push((
        "  of which normalization, tokens and cue lexicons",
        fastest(rounds, || {
            for a in &analyzed {
                for (i, t) in a.turns.iter().enumerate() {
                    black_box(tact_lang::TurnText::new(a.text(i), t.lang));
                }
            }
        }),
    ));
    let model = tact_signals::SignalModel::embedded();
    rows.push((
        "  of which the dialogue layer: acts and links",
        fastest(rounds, || {
            for a in &analyzed {
                black_box(a.read_dialogue_again());
            }
        }),
    ));
    rows.push((
        "learned signals, had they run on every turn",
        fastest(rounds, || {
            for a in &analyzed {
                for (i, t) in a.turns.iter().enumerate() {
                    black_box(model.predict_turn(t.lang, a.text(i), &t.text));
                }
            }
        }),
    ));
    rows.push((
        "learned signals of the customer's turns",
        fastest(rounds, || {
            for a in &analyzed {
                for (i, t) in a.turns.iter().enumerate() {
                    if a.is_customer(i) {
                        black_box(model.predict_turn(t.lang, a.text(i), &t.text));
                    }
                }
            }
        }),
    ));
    for a in &analyzed {
        for i in 0..a.len() {
            if a.is_customer(i) {
                a.signals(i);
            }
        }
    }
    rows.push((
        "rules on by default (signals already computed)",
        fastest(rounds, || {
            for a in &analyzed {
                black_box(engine.run(a));
            }
        }),
    ));
    let full = fastest(rounds, || {
        for c in &convs {
            black_box(analyzer.analyze(c));
        }
    });
    let reports: Vec<_> = convs
        .iter()
        .map(|c| {
            let mut r = analyzer.analyze(c);
            for t in &mut r.turns {
                t.signals = None;
            }
            r
        })
        .collect();
    let write = fastest(rounds, || {
        let mut out = Vec::with_capacity(text.len());
        {
            let mut p = printer(OutputFormat::Jsonl, Box::new(&mut out), false);
            for (c, r) in convs.iter().zip(&reports) {
                let _ = p.conversation(c, r);
            }
        }
        black_box(out);
    });
    let staged: f64 = [2, 7, 8].iter().map(|&i| rows[i].1).sum();
    rows.push((
        "the rest of the analysis: metrics, persona, score, risk, report object",
        (full - staged).max(0.0),
    ));
    rows.push(("report: the lean JSON Lines writer", write));
    rows.push(("total: read, analysis, report", rows[0].1 + full + write));

    let per_turn = |s: f64| s * 1e9 / turns as f64;
    let total = rows.last().map_or(1.0, |r| r.1);
    println!("| stage | ns per turn | share of the total |");
    println!("|---|---:|---:|");
    for (name, s) in &rows {
        let share = if name.contains("had ") || name.starts_with(' ') || name.starts_with("total") {
            "—".to_string()
        } else {
            format!("{:.0} %", 100.0 * s / total)
        };
        println!("| {name} | {:.0} | {share} |", per_turn(*s));
    }
    let json = serde_json::json!({
        "conversations": convs.len(),
        "turns": turns,
        "bytes": text.len(),
        "rounds": rounds,
        "stages": rows.iter().map(|(n, s)| serde_json::json!({"stage": n, "ns_per_turn": per_turn(*s)})).collect::<Vec<_>>(),
    });
    println!("{json}");
}
