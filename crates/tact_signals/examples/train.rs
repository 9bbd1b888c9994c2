//! Trains the embedded signal model (seed 42) and writes the weights and the quality report:
//! `cargo run --release -p tact_signals --example train -- DATA_DIR WEIGHTS_OUT REPORT_OUT`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [data, weights, report] = args.as_slice() else {
        eprintln!("usage: train DATA_DIR WEIGHTS_OUT REPORT_OUT");
        return ExitCode::from(2);
    };
    let (model, quality) = match tact_signals::train(&PathBuf::from(data), 42) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("training failed: {e}");
            return ExitCode::FAILURE;
        }
    };
    let md = quality.to_markdown();
    if let Err(e) = std::fs::write(weights, model.to_bytes()) {
        eprintln!("cannot write {weights}: {e}");
        return ExitCode::FAILURE;
    }
    if let Err(e) = std::fs::write(report, &md) {
        eprintln!("cannot write {report}: {e}");
        return ExitCode::FAILURE;
    }
    println!("{md}");
    eprintln!(
        "trained in {:.1} s; wrote {weights} ({} bytes) and {report}",
        quality.train_seconds, quality.weights_bytes
    );
    ExitCode::SUCCESS
}
