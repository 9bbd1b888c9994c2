//! Running the `tact` binary from the integration tests, as a user would.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

pub fn tact(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tact"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C")
        .output()
        .expect("tact runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
