//! `tact redact`: conversations written back out with personal data replaced by typed
//! placeholders, so a team can share its data safely even without the rest of tact. Reading and
//! detection are those of `tact analyze`; a bad record is reported and the rest is written.

use crate::analyze::{collect_inputs, open_input};
use crate::args::RedactArgs;
use crate::output::escape;
use anyhow::{bail, Context, Result};
use std::io::{self, Write};
use std::process::ExitCode;
use tact_readers::{Format, ReadOptions};
use tact_report::conversations::{ConversationFormat, ConversationWriter};

/// The format conversations read as `f` are written back in: the same where tact writes it,
/// else tact JSON Lines.
fn same_format(f: Format) -> Option<ConversationFormat> {
    match f {
        Format::Jsonl => Some(ConversationFormat::Jsonl),
        Format::Json => Some(ConversationFormat::Json),
        Format::Csv => Some(ConversationFormat::Csv),
        Format::Text => Some(ConversationFormat::Text),
        _ => None,
    }
}

pub fn run_redact(r: &RedactArgs) -> Result<ExitCode> {
    let forced = match &r.input_format {
        Some(name) => match Format::from_name(name) {
            Some(f) => Some(f),
            None => bail!(
                "unknown input format {name:?} (expected one of {})",
                Format::names()
            ),
        },
        None => None,
    };
    let mut out_format = match &r.format {
        Some(name) => match ConversationFormat::from_name(name) {
            Some(f) => Some(f),
            None => bail!("unknown output format {name:?} (expected jsonl, json, csv or text)"),
        },
        None => None,
    };
    let opts = ReadOptions {
        agent_names: r.agent_names.clone(),
        agent_domains: r.agent_domains.clone(),
        ..ReadOptions::default()
    };
    let redact = tact_redact::Options {
        numbered: r.numbered,
        reference_numbers: r.references,
    };
    let out: Box<dyn Write> = match &r.output {
        Some(path) => Box::new(io::BufWriter::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot write {}", path.display()))?,
        )),
        None => Box::new(io::BufWriter::new(io::stdout())),
    };
    let mut writer: Option<ConversationWriter<Box<dyn Write>>> = None;
    let mut out = Some(out);
    let (mut errors, mut notes) = (Vec::new(), Vec::new());
    let inputs = collect_inputs(&r.paths, forced, false, &mut errors, &mut notes);
    for n in notes {
        eprintln!("tact: note: {}", escape(&n));
    }
    let mut failed = errors.len();
    for e in errors {
        eprintln!("tact: error: {}", escape(&e));
    }
    let (mut written, mut write_error) = (0usize, None);
    for (path, by_extension) in inputs {
        let mut plain = |f: std::fs::File| -> Box<dyn io::Read> { Box::new(f) };
        let (name, mut input, format) = match open_input(&path, by_extension, forced, &mut plain) {
            Ok(o) => (o.name, o.input, o.format),
            Err(e) => {
                failed += 1;
                eprintln!("tact: error: {}", escape(&e));
                continue;
            }
        };
        if writer.is_none() {
            let f = out_format.unwrap_or_else(|| {
                same_format(format).unwrap_or_else(|| {
                    eprintln!(
                        "tact: note: {format} input is written as tact JSON Lines (--format jsonl, json, csv or text)"
                    );
                    ConversationFormat::Jsonl
                })
            });
            out_format = Some(f);
            if let Some(o) = out.take() {
                writer = Some(ConversationWriter::new(o, f));
            }
        }
        let Some(w) = writer.as_mut() else { break };
        tact_readers::read(&name, &mut input, format, &opts, &mut |item| match item {
            Ok(conv) => {
                if write_error.is_none() {
                    match w.write(&tact_redact::redact_owned(conv, redact)) {
                        Ok(()) => written += 1,
                        Err(e) => write_error = Some(e),
                    }
                }
            }
            Err(e) => {
                failed += 1;
                eprintln!("tact: error: {}", escape(&e.to_string()));
            }
        });
        if let Some(e) = write_error.take() {
            return Err(e).context("cannot write output");
        }
    }
    if let Some(w) = writer {
        w.finish().context("cannot write output")?;
    }
    if written == 0 && failed == 0 {
        eprintln!("tact: error: no conversation in the input");
        failed = 1;
    }
    eprintln!("tact: {written} conversation(s) redacted, {failed} error(s)");
    Ok(if failed > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}
