//! Fuzz target: arbitrary bytes through the mbox reader must never panic and must yield well-formed conversations.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| common::check(tact_readers::Format::Mbox, data));
