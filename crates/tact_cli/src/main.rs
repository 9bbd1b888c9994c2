//! The `tact` binary: parses the command line, wires readers → analysis → printers, and maps the
//! outcome to exit codes (0 ok, 1 moments at or above `--fail-on`, 2 input or usage errors).

mod analyze;
mod args;
mod config;
mod rules;

use clap::Parser;
use std::process::ExitCode;

fn eval(e: &args::EvalArgs) -> anyhow::Result<ExitCode> {
    let samples = tact_eval::eval_samples(&e.samples)?;
    let pfg_dir = e.data.join("persuasionforgood");
    let pfg = if pfg_dir.is_dir() {
        Some(tact_eval::eval_reoffer_on_pfg(&pfg_dir)?)
    } else {
        eprintln!(
            "tact: {} not found; PersuasionForGood is skipped",
            pfg_dir.display()
        );
        None
    };
    let md = tact_eval::quality_markdown(&samples, pfg.as_ref());
    if e.output.as_os_str() == "-" {
        print!("{md}");
    } else {
        std::fs::write(&e.output, md)?;
        eprintln!("tact: wrote {}", e.output.display());
    }
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
