//! Prints the embedded model's signals for each line of stdin as JSON:
//! `echo "thanks, great job" | cargo run --release -p tact_signals --example predict -- en`.

use std::io::BufRead;
use std::process::ExitCode;
use tact_signals::{Lang, SignalModel};

fn main() -> ExitCode {
    let code = std::env::args().nth(1).unwrap_or_else(|| "en".into());
    let Some(lang) = Lang::ALL.into_iter().find(|l| l.code() == code) else {
        eprintln!("unknown language {code:?} (en, it, el, ro, fi)");
        return ExitCode::from(2);
    };
    let model = SignalModel::embedded();
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let s = model.predict(lang, &line);
        match serde_json::to_string(&s) {
            Ok(j) => println!("{j}\t{line}"),
            Err(e) => eprintln!("{e}"),
        }
    }
    ExitCode::SUCCESS
}
