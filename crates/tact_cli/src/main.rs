//! The `tact` binary: parses the command line, wires readers → analysis → printers, and maps the
//! outcome to exit codes (0 ok, 1 moments at or above `--fail-on`, 2 input or usage errors).

mod analyze;
mod args;
mod config;
mod output;
mod redact;
mod rules;
mod server;

use clap::Parser;
use std::process::ExitCode;

/// The public data sets `tact eval` measures on: the name `--skip` takes, the path under
/// `--data`, and what the report calls it.
const DATA_SETS: [(&str, &str, &str); 7] = [
    (
        "langdetect",
        "xed",
        "the XED subtitle lines in five languages (language detection)",
    ),
    (
        "dialogue",
        "dialogue/sgd/dev.jsonl",
        "the dialogue acts (Schema-Guided Dialogue) and Duckling's money examples",
    ),
    (
        "blind",
        "real",
        "the blind set's conversations (shared/data/real)",
    ),
    (
        "persuasionforgood",
        "persuasionforgood",
        "PersuasionForGood",
    ),
    (
        "persuasionforgood-outcome",
        "persuasionforgood/full_info.csv",
        "the PersuasionForGood donation outcome",
    ),
    ("casino", "casino", "CaSiNo"),
    (
        "signals",
        "xed",
        "the signals (XED, UMSAB, Stanford politeness, RED)",
    ),
];

/// The data sets to measure, after checking that every one not skipped is there: a report
/// written without its data would replace the real figures with an empty page.
fn eval_plan(e: &args::EvalArgs) -> anyhow::Result<Vec<&'static str>> {
    if let Some(bad) = e
        .skip
        .iter()
        .find(|s| !DATA_SETS.iter().any(|(n, _, _)| n == s))
    {
        anyhow::bail!(
            "--skip {bad:?}: unknown data set (known: {})",
            DATA_SETS.map(|(n, _, _)| n).join(", ")
        );
    }
    let skipped = |n: &str| e.skip.iter().any(|s| s == n);
    let missing: Vec<String> = DATA_SETS
        .iter()
        .filter(|(n, path, _)| !skipped(n) && !e.data.join(path).exists())
        .map(|(n, path, what)| format!("{what} ({}, --skip {n})", e.data.join(path).display()))
        .collect();
    if !missing.is_empty() {
        anyhow::bail!(
            "missing data, nothing written: {}; point --data at shared/data or skip them",
            missing.join("; ")
        );
    }
    for (n, _, what) in DATA_SETS.iter().filter(|(n, _, _)| skipped(n)) {
        eprintln!("tact: {what} is skipped (--skip {n}); the report says so");
    }
    Ok(DATA_SETS
        .iter()
        .filter(|(n, _, _)| !skipped(n))
        .map(|(n, _, _)| *n)
        .collect())
}

fn eval(e: &args::EvalArgs) -> anyhow::Result<ExitCode> {
    if let Some(path) = &e.labels {
        return server::eval_labels(path);
    }
    let plan = eval_plan(e)?;
    let wanted = |n: &str| plan.contains(&n);
    let samples = tact_eval::eval_samples(&e.samples)?;
    let pfg_dir = e.data.join("persuasionforgood");
    let pfg = wanted("persuasionforgood")
        .then(|| tact_eval::eval_reoffer_on_pfg(&pfg_dir))
        .transpose()?;
    let pfg_outcome = wanted("persuasionforgood-outcome")
        .then(|| tact_eval::eval_pfg_outcome(&pfg_dir))
        .transpose()?;
    let casino_dir = e.data.join("casino");
    let casino = wanted("casino")
        .then(|| tact_eval::eval_casino(&casino_dir))
        .transpose()?;
    if let Some(c) = &casino {
        for e in &c.skipped_dialogues {
            eprintln!("tact: skipped {e}");
        }
    }
    // The signal figures come from the same seeded training run as `tact train`, on splits the
    // training never saw.
    // The blind sets are the team's labels in the repository, read from where `tact eval` runs.
    let blind = if wanted("blind") {
        tact_eval::BLIND_SETS
            .iter()
            .map(|set| {
                Ok((
                    set,
                    tact_eval::eval_blind(std::path::Path::new(set.dir), &e.data.join("real"))?,
                ))
            })
            .collect::<Result<Vec<_>, tact_eval::EvalError>>()?
    } else {
        Vec::new()
    };
    let star_outcomes = wanted("blind")
        .then(|| tact_eval::eval_star_outcomes(&e.data.join("real")))
        .transpose()?;
    let langdetect = wanted("langdetect")
        .then(|| tact_eval::eval_langdetect(&e.data.join("xed")))
        .transpose()?;
    let dialogue = wanted("dialogue")
        .then(|| {
            tact_eval::eval_dialogue(
                &e.data.join("dialogue/sgd/dev.jsonl"),
                &e.data.join("entities/duckling"),
            )
        })
        .transpose()?;
    // The redaction set is the team's own file in the repository: always there.
    let redaction = e
        .redaction
        .iter()
        .map(|dir| tact_eval::eval_redaction(dir))
        .collect::<Result<Vec<_>, _>>()?;
    let signals = wanted("signals")
        .then(|| tact_signals::train(&e.data, 42).map(|(_, quality)| quality))
        .transpose()?;
    let md = tact_eval::quality_markdown(&tact_eval::Reports {
        samples: &samples,
        pfg: pfg.as_ref(),
        pfg_outcome: pfg_outcome.as_ref(),
        casino: casino.as_ref(),
        signals: signals.as_ref(),
        blind: &blind,
        dialogue: dialogue.as_ref(),
        star_outcomes: star_outcomes.as_deref(),
        redaction: &redaction,
        langdetect: langdetect.as_ref(),
    });
    if !blind.is_empty() {
        let sets: Vec<_> = blind.iter().map(|(set, r)| (set.name, r)).collect();
        let tsv = tact_eval::rule_figures_tsv(&sets);
        std::fs::write(&e.figures, tsv)?;
        eprintln!("tact: wrote {}", e.figures.display());
        let tsv = tact_eval::detector_figures_tsv(&sets);
        std::fs::write(&e.detector_figures, tsv)?;
        eprintln!(
            "tact: wrote {}; if it changed, rebuild to embed the new confidence caps and run `tact eval` again",
            e.detector_figures.display()
        );
    }
    if e.output.as_os_str() == "-" {
        output::stdout(&md)?;
    } else {
        std::fs::write(&e.output, md)?;
        eprintln!("tact: wrote {}", e.output.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn train(t: &args::TrainArgs) -> anyhow::Result<ExitCode> {
    use anyhow::Context;
    let (model, quality) = tact_signals::train(&t.data, t.seed)
        .with_context(|| format!("training from {}", t.data.display()))?;
    std::fs::write(&t.out, model.to_bytes())
        .with_context(|| format!("cannot write {}", t.out.display()))?;
    let fingerprint = t.out.with_extension("lexicons");
    std::fs::write(
        &fingerprint,
        format!(
            "# fingerprint of the feature lexicons the weights beside this file were trained on (written by `tact train`)\n{}\n",
            tact_signals::feature_lexicon_fingerprint()
        ),
    )
    .with_context(|| format!("cannot write {}", fingerprint.display()))?;
    std::fs::write(&t.report, quality.to_markdown())
        .with_context(|| format!("cannot write {}", t.report.display()))?;
    eprintln!(
        "tact: trained in {:.1} s; wrote {} ({} bytes), {} and {}; rebuild to embed the new weights",
        quality.train_seconds,
        t.out.display(),
        quality.weights_bytes,
        fingerprint.display(),
        t.report.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    let result = match cli.command {
        args::Command::Analyze(a) => analyze::run_analyze(&a),
        args::Command::Demo(d) => analyze::run_demo(&d),
        args::Command::LintScript(l) => analyze::run_lint_script(&l),
        args::Command::CheckReply(c) => analyze::run_check_reply(&c),
        args::Command::Rules(r) => rules::list(&r),
        args::Command::Rule { key, ui_lang } => rules::show(&key, ui_lang.as_deref()),
        args::Command::Eval(e) => eval(&e),
        args::Command::Redact(r) => redact::run_redact(&r),
        args::Command::Train(t) => train(&t),
        args::Command::Serve(s) => server::serve(&s),
        args::Command::User(args::UserCommand::Add(u)) => server::user_add(&u),
        args::Command::Token(args::TokenCommand::Create(t)) => server::token_create(&t),
        args::Command::Push(p) => server::push(&p),
        args::Command::Worker(w) => server::worker(&w),
        args::Command::ExportLabels(x) => server::export_labels(&x),
        args::Command::Schema => output::stdout(&tact_analyze::report_schema())
            .map(|()| ExitCode::SUCCESS)
            .map_err(Into::into),
    };
    match result {
        Ok(code) => code,
        Err(e) if output::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tact: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
