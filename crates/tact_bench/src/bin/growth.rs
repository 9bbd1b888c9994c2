//! Growth benchmark: how analysis time grows with the turns of one conversation and with the
//! length of one turn. A linear pipeline shows a flat time per turn (or per KB) down each
//! table; a rule that compares every turn with every earlier one, or rescans a turn's prefix per
//! cue, shows up as a column that grows with the size. Figures, never assertions: run it from
//! `bench/report.sh` (release build) and read the table it prints.
//!
//! Usage: `growth [--turns 1000,10000,...] [--kb 10,100,...] [--rules]`

use std::time::Instant;
use tact_analyze::Analyzer;
use tact_model::{Conversation, Role, Turn};
use tact_rules::{Analyzed, Engine, Settings, RULES};

/// Agent and customer turns of the bundled English samples, to cycle through.
fn pools() -> (Vec<String>, Vec<String>) {
    let (mut agent, mut customer) = (Vec::new(), Vec::new());
    for c in tact_bench::samples()
        .into_iter()
        .filter(|c| c.language.as_deref() == Some("en"))
    {
        for t in c.turns {
            match t.role {
                Role::Agent => agent.push(t.text),
                Role::Customer => customer.push(t.text),
                _ => {}
            }
        }
    }
    (agent, customer)
}

/// One conversation of `n` alternating turns drawn from the samples.
fn long_conversation(n: usize, pools: &(Vec<String>, Vec<String>)) -> Conversation {
    let (agent, customer) = pools;
    let turns = (0..n)
        .map(|i| {
            if i % 2 == 0 {
                Turn::new(Role::Customer, &customer[(i / 2 * 7) % customer.len()])
            } else {
                Turn::new(Role::Agent, &agent[(i / 2 * 11) % agent.len()])
            }
        })
        .collect();
    Conversation {
        id: format!("growth-{n}-turns"),
        language: Some("en".into()),
        turns,
        ..Conversation::default()
    }
}

/// The agent lines of every rule's English examples: text dense with the cues rules look for
/// (deadlines, negations, quotes, offers), the worst case for a rule that rescans per cue.
fn dense_lines() -> Vec<String> {
    RULES
        .iter()
        .flat_map(|r| tact_rules::docs::examples(r.docs()))
        .filter(|e| e.lang == "en")
        .filter_map(|e| tact_rules::examples::parse(&e.body).ok())
        .flatten()
        .flat_map(|e| e.conversation.turns)
        .filter(|t| t.role == Role::Agent)
        .map(|t| t.text)
        .collect()
}

/// A customer question, then one agent turn of about `bytes` bytes cycling through `agent`.
fn long_turn(bytes: usize, agent: &[String], customer: &[String]) -> Conversation {
    let mut text = String::with_capacity(bytes + 256);
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(&agent[i % agent.len()]);
        text.push(' ');
        i += 1;
    }
    Conversation {
        id: format!("growth-{bytes}-bytes"),
        language: Some("en".into()),
        turns: vec![
            Turn::new(Role::Customer, &customer[0]),
            Turn::new(Role::Agent, &text),
            Turn::new(Role::Customer, &customer[1 % customer.len()]),
        ],
        ..Conversation::default()
    }
}

fn seconds(f: impl FnOnce()) -> f64 {
    let t = Instant::now();
    f();
    t.elapsed().as_secs_f64()
}

/// Whole analysis, then (with `per_rule`) the read step and each rule alone, in seconds.
fn measure(conv: &Conversation, per_rule: bool) -> (f64, Vec<(&'static str, f64)>) {
    let analyzer = Analyzer::new(Engine::new(Settings::all_rules()), None);
    let total = seconds(|| {
        std::hint::black_box(analyzer.analyze(conv));
    });
    let mut parts = Vec::new();
    if per_rule {
        let mut analyzed = None;
        parts.push((
            "read",
            seconds(|| analyzed = Some(Analyzed::new(conv, None))),
        ));
        if let Some(a) = analyzed {
            for r in RULES.iter() {
                let engine = Engine::with_rules(Settings::all_rules(), |x| x.id == r.id);
                parts.push((r.id, seconds(|| drop(std::hint::black_box(engine.run(&a))))));
            }
        }
    }
    (total, parts)
}

fn list(arg: Option<String>, default: &[usize]) -> Vec<usize> {
    arg.map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| default.to_vec())
}

/// One measured size: the size, seconds, microseconds per unit, and each stage's seconds.
type Row = (usize, f64, f64, Vec<(&'static str, f64)>);

fn table(title: &str, unit: &str, rows: Vec<Row>) {
    println!("### {title}\n");
    println!(
        "| {unit} | seconds | µs per {} | slowest stages |",
        unit.trim_end_matches('s')
    );
    println!("|---:|---:|---:|---|");
    for (size, secs, per, parts) in rows {
        let mut parts = parts;
        parts.sort_by(|a, b| b.1.total_cmp(&a.1));
        let slowest = parts
            .iter()
            .take(3)
            .map(|(n, s)| format!("{n} {s:.3} s"))
            .collect::<Vec<_>>()
            .join(", ");
        println!("| {size} | {secs:.3} | {per:.1} | {slowest} |");
    }
    println!();
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut turns, mut kb, mut per_rule) = (None, None, false);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--turns" => turns = args.next(),
            "--kb" => kb = args.next(),
            "--rules" => per_rule = true,
            other => {
                eprintln!("growth: unknown argument {other:?}");
                std::process::exit(2);
            }
        }
    }
    let pools = pools();
    if pools.0.is_empty() || pools.1.is_empty() {
        eprintln!("growth: the bundled samples have no turns");
        std::process::exit(2);
    }
    let mut rows = Vec::new();
    for n in list(turns, &[1_000, 10_000, 100_000]) {
        let conv = long_conversation(n, &pools);
        let (secs, parts) = measure(&conv, per_rule);
        rows.push((n, secs, secs * 1e6 / n as f64, parts));
    }
    table("Time against turns in one conversation", "turns", rows);
    let dense = dense_lines();
    let kbs = list(kb, &[10, 100, 1_000, 2_000]);
    for (title, agent) in [
        (
            "Time against the length of one agent turn (sample text)",
            &pools.0,
        ),
        (
            "Time against the length of one agent turn (cue-dense text)",
            &dense,
        ),
    ] {
        let mut rows = Vec::new();
        for &k in &kbs {
            let conv = long_turn(k * 1000, agent, &pools.1);
            let (secs, parts) = measure(&conv, per_rule);
            rows.push((k, secs, secs * 1e6 / k as f64, parts));
        }
        table(title, "KB", rows);
    }
}
