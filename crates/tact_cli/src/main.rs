//! The `tact` binary: parses the command line, wires readers → analysis → printers, and maps the
//! outcome to exit codes (0 ok, 1 moments at or above `--fail-on`, 2 input or usage errors).

mod analyze;
mod args;
mod config;
mod rules;

use clap::Parser;
use std::process::ExitCode;

/// Runs one measurement when its data is at `path`; otherwise says it is skipped.
fn if_present<T, E: Into<anyhow::Error>>(
    path: &std::path::Path,
    what: &str,
    run: impl FnOnce() -> Result<T, E>,
) -> anyhow::Result<Option<T>> {
    if path.exists() {
        Ok(Some(run().map_err(Into::into)?))
    } else {
        eprintln!("tact: {} not found; {what} is skipped", path.display());
        Ok(None)
    }
}

fn eval(e: &args::EvalArgs) -> anyhow::Result<ExitCode> {
    let samples = tact_eval::eval_samples(&e.samples)?;
    let pfg_dir = e.data.join("persuasionforgood");
    let pfg = if_present(&pfg_dir, "PersuasionForGood", || {
        tact_eval::eval_reoffer_on_pfg(&pfg_dir)
    })?;
    let pfg_outcome = if_present(
        &pfg_dir.join("full_info.csv"),
        "the PersuasionForGood donation outcome",
        || tact_eval::eval_pfg_outcome(&pfg_dir),
    )?;
    let casino_dir = e.data.join("casino");
    let casino = if_present(&casino_dir, "CaSiNo", || {
        tact_eval::eval_casino(&casino_dir)
    })?;
    if let Some(c) = &casino {
        for e in &c.skipped_dialogues {
            eprintln!("tact: skipped {e}");
        }
    }
    // The signal figures come from the same seeded training run as `tact train`, on splits the
    // training never saw.
    let signals = if_present(&e.data.join("xed"), "the signals", || {
        tact_signals::train(&e.data, 42).map(|(_, quality)| quality)
    })?;
    let md = tact_eval::quality_markdown(&tact_eval::Reports {
        samples: &samples,
        pfg: pfg.as_ref(),
        pfg_outcome: pfg_outcome.as_ref(),
        casino: casino.as_ref(),
        signals: signals.as_ref(),
    });
    if e.output.as_os_str() == "-" {
        print!("{md}");
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
    std::fs::write(&t.report, quality.to_markdown())
        .with_context(|| format!("cannot write {}", t.report.display()))?;
    eprintln!(
        "tact: trained in {:.1} s; wrote {} ({} bytes) and {}; rebuild to embed the new weights",
        quality.train_seconds,
        t.out.display(),
        quality.weights_bytes,
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
        args::Command::Rules(r) => rules::list(&r),
        args::Command::Rule { key } => rules::show(&key),
        args::Command::Eval(e) => eval(&e),
        args::Command::Train(t) => train(&t),
        args::Command::Schema => {
            print!("{}", tact_analyze::report_schema());
            Ok(ExitCode::SUCCESS)
        }
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("tact: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
