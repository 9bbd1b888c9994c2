//! `tact analyze`, `tact demo` and `tact lint-script`: stream conversations from the inputs
//! through the analyzer into a printer, report bad records on stderr and keep going.

use crate::args::{
    AnalyzeArgs, ByArg, ColorArg, CommonArgs, DemoArgs, Format, LintScriptArgs, SeverityArg,
};
use crate::config::load_settings;
use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use tact_analyze::scorecard::{GroupBy, Scorecards};
use tact_analyze::{Analyzer, Summary};
use tact_lang::Lang;
use tact_model::Conversation;
use tact_readers::{CsvColumns, ReadOptions};
use tact_report::{printer, summary_text, OutputFormat, Printer};
use tact_rules::{Engine, Severity};

/// The bundled samples, compiled in so `tact demo` works from any directory.
pub(crate) const SAMPLES: &[(&str, &str)] = &[
    (
        "samples/en.jsonl",
        include_str!("../../../samples/en.jsonl"),
    ),
    (
        "samples/it.jsonl",
        include_str!("../../../samples/it.jsonl"),
    ),
    (
        "samples/el.jsonl",
        include_str!("../../../samples/el.jsonl"),
    ),
    (
        "samples/ro.jsonl",
        include_str!("../../../samples/ro.jsonl"),
    ),
    (
        "samples/fi.jsonl",
        include_str!("../../../samples/fi.jsonl"),
    ),
];

struct Run<'a> {
    analyzer: Analyzer,
    printer: Box<dyn Printer + 'a>,
    summary: Summary,
    started: Instant,
    fail_on: Option<Severity>,
    quiet: bool,
    /// With `--by`, conversations feed scorecards instead of being printed one by one.
    scorecards: Option<Scorecards>,
    format: Format,
    /// With `--redact`: personal data out of everything printed. The analysis reads the text
    /// as written (the moments do not depend on redaction); the turns, quotes and names a report
    /// shows are redacted before it is printed, and its evidence points into the redacted text
    /// (`tact_report::redacted`).
    redact: Option<tact_redact::Options>,
    /// The language of explanations and advice in the human formats.
    ui_lang: &'static str,
    /// Per-turn signals in JSON output (`--turn-signals`).
    turn_signals: bool,
    /// Conversations analysed at once, on as many threads; 1 without redaction analyses each
    /// as it is read.
    jobs: usize,
    /// Conversations read and not yet analysed (with more than one job, or with redaction:
    /// at most `jobs * PER_JOB` of them).
    pending: Vec<Conversation>,
    /// With redaction: the thread loading the recognisers' tables, until it is done.
    warming: Option<std::thread::JoinHandle<()>>,
    /// Conversations analysed while those tables load, printed once they are (at most
    /// [`HELD`]): the first ones need not wait for them.
    held: Vec<(Conversation, tact_analyze::ConversationReport)>,
}

/// The most analysed conversations held back while the redaction tables load.
const HELD: usize = 4096;

/// Conversations per job in one parallel batch: enough to keep every thread busy, few enough
/// that memory stays flat in the size of the input.
const PER_JOB: usize = 64;

fn output_format(f: Format) -> OutputFormat {
    match f {
        Format::Text => OutputFormat::Text,
        Format::Json => OutputFormat::Json,
        Format::Jsonl => OutputFormat::Jsonl,
        Format::Markdown => OutputFormat::Markdown,
    }
}

impl<'a> Run<'a> {
    fn new(
        common: &CommonArgs,
        engine_filter: impl Fn(&tact_rules::RuleInfo) -> bool,
    ) -> Result<Run<'a>> {
        let settings = load_settings(common)?;
        let forced = match &common.lang {
            Some(l) => Some(l.parse::<Lang>()?),
            None => None,
        };
        let color = match common.color {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        };
        let out = Box::new(BufWriter::new(io::stdout()));
        let ui_lang = match &common.ui_lang {
            Some(l) => tact_i18n::supported(l).with_context(|| {
                format!(
                    "--ui-lang {l:?}: expected one of {}",
                    tact_i18n::languages().collect::<Vec<_>>().join(", ")
                )
            })?,
            None => tact_i18n::from_locale_env(),
        };
        let redact = (common.redact || common.redact_numbered).then_some(tact_redact::Options {
            numbered: common.redact_numbered,
            reference_numbers: false,
        });
        // The recognisers' tables load while the first conversations are analysed.
        let warming = redact.map(|_| std::thread::spawn(tact_redact::warm_up));
        let mut analyzer = Analyzer::new(Engine::with_rules(settings, engine_filter), forced);
        // The human formats show the customer's mood only; JSON shows signals when asked.
        if !common.turn_signals || matches!(common.format, Format::Text | Format::Markdown) {
            analyzer = analyzer.customer_signals_only();
        }
        Ok(Run {
            analyzer,
            printer: printer(output_format(common.format), out, color),
            summary: Summary::default(),
            started: Instant::now(),
            fail_on: match common.fail_on {
                SeverityArg::Info => Some(Severity::Info),
                SeverityArg::Warning => Some(Severity::Warning),
                SeverityArg::Error => Some(Severity::Error),
                SeverityArg::Never => None,
            },
            quiet: common.quiet,
            scorecards: None,
            format: common.format,
            redact,
            ui_lang,
            turn_signals: common.turn_signals,
            jobs: 1,
            pending: Vec::new(),
            warming,
            held: Vec::new(),
        })
    }

    /// Sets the number of jobs (0: every core). The output never depends on it: a rule that
    /// compares conversations with each other (robotic-script's template counter) has its
    /// counts taken in input order while the rest runs in parallel (`Analyzer::analyze_batch`).
    fn with_jobs(mut self, jobs: usize) -> Self {
        self.jobs = if jobs == 0 {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        } else {
            jobs
        };
        self
    }

    fn conversation(&mut self, conv: Conversation) -> Result<()> {
        // One job without redaction prints each conversation as soon as it is read. With
        // redaction, a batch is analysed and then its reports redacted: analysing and
        // redacting each keep large tables warm, and taking turns on every conversation made
        // them evict each other's.
        if self.jobs <= 1 && self.redact.is_none() {
            let report = self.analyzer.analyze(&conv);
            return self.emit(conv, report);
        }
        self.pending.push(conv);
        if self.pending.len() >= self.jobs.max(1) * PER_JOB {
            self.flush()?;
        }
        Ok(())
    }

    /// Analyses the pending conversations on every job and prints them in input order.
    fn flush(&mut self) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(&mut self.pending);
        let reports = self.analyzer.analyze_batch(&batch, self.jobs);
        for (conv, report) in batch.into_iter().zip(reports) {
            self.emit(conv, report)?;
        }
        Ok(())
    }

    /// Prints an analysed conversation, or holds it (in order) while the redaction tables are
    /// still loading and fewer than [`HELD`] wait.
    fn emit(&mut self, conv: Conversation, report: tact_analyze::ConversationReport) -> Result<()> {
        if self.warming.as_ref().is_some_and(|w| !w.is_finished()) && self.held.len() < HELD {
            self.held.push((conv, report));
            return Ok(());
        }
        self.release()?;
        self.print(&conv, report)
    }

    /// Prints what was held back, once the redaction tables are loaded.
    fn release(&mut self) -> Result<()> {
        if let Some(w) = self.warming.take() {
            // A warm-up that panicked leaves the tables to load on first use.
            let _ = w.join();
        }
        for (conv, report) in std::mem::take(&mut self.held) {
            self.print(&conv, report)?;
        }
        Ok(())
    }

    /// Counts and prints one analysed conversation.
    fn print(
        &mut self,
        conv: &Conversation,
        report: tact_analyze::ConversationReport,
    ) -> Result<()> {
        let shown;
        let (conv, mut report) = match self.redact {
            Some(opts) => {
                let (c, r) = tact_report::redacted::redact_shown(conv, report, opts);
                shown = c;
                (&shown, r)
            }
            None => (conv, report),
        };
        self.summary.add(&report);
        if matches!(self.format, Format::Text | Format::Markdown) {
            tact_report::localise(&mut report, self.ui_lang);
        } else if !self.turn_signals {
            for t in &mut report.turns {
                t.signals = None;
            }
        }
        if let Some(cards) = self.scorecards.as_mut() {
            cards.add(&report, conv.started_at.map(|t| t.to_rfc3339()));
            return Ok(());
        }
        self.printer
            .conversation(conv, &report)
            .context("cannot write output")
    }

    fn error(&mut self, message: impl std::fmt::Display) {
        self.summary.errors += 1;
        // File names and record text come from the input: no escape sequence reaches the
        // terminal through an error line either.
        eprintln!(
            "tact: error: {}",
            crate::output::escape(&message.to_string())
        );
    }

    /// Reads one input; an input that yields no conversation and no error is said to be empty,
    /// never passed over in silence.
    fn read(
        &mut self,
        name: &str,
        input: &mut dyn BufRead,
        format: tact_readers::Format,
        opts: &ReadOptions,
    ) -> Result<()> {
        let mut write_error = None;
        let (mut read, mut failed) = (0usize, 0usize);
        tact_readers::read(name, input, format, opts, &mut |item| match item {
            Ok(conv) => {
                read += 1;
                if write_error.is_none() {
                    if let Err(e) = self.conversation(conv) {
                        write_error = Some(e);
                    }
                }
            }
            Err(e) => {
                failed += 1;
                self.error(e)
            }
        });
        if read == 0 && failed == 0 {
            self.error(format!("{name}: empty input: no conversation in it"));
        }
        write_error.map_or(Ok(()), Err)
    }

    fn finish(mut self) -> Result<ExitCode> {
        self.flush()?;
        self.release()?;
        self.summary.elapsed_seconds = self.started.elapsed().as_secs_f64();
        if let Some(cards) = &self.scorecards {
            let out = match self.format {
                Format::Json | Format::Jsonl => tact_report::safe_json_pretty(cards)? + "\n",
                Format::Markdown => tact_report::scorecards_markdown(cards),
                Format::Text => tact_report::scorecards_text(cards),
            };
            crate::output::stdout(&out)?;
        } else {
            self.printer
                .finish(&self.summary)
                .context("cannot write output")?;
        }
        if !self.quiet {
            eprint!("{}", summary_text(&self.summary));
        }
        if self.summary.errors > 0 {
            eprintln!(
                "tact: {} record(s) or file(s) could not be read",
                self.summary.errors
            );
            return Ok(ExitCode::from(2));
        }
        if let Some(s) = self.fail_on {
            if self.summary.at_or_above(s) > 0 {
                return Ok(ExitCode::from(1));
            }
        }
        Ok(ExitCode::SUCCESS)
    }
}

/// Files to read: named files as given, directories walked for files of a known format.
/// Symbolic links met while walking are followed only with `follow`; otherwise each is noted in
/// `notes` and skipped.
pub(crate) fn collect_inputs(
    paths: &[PathBuf],
    forced: Option<tact_readers::Format>,
    follow: bool,
    errors: &mut Vec<String>,
    notes: &mut Vec<String>,
) -> Vec<(PathBuf, Option<tact_readers::Format>)> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push((p.clone(), forced));
        } else if p.is_dir() {
            let mut found: Vec<_> = walkdir::WalkDir::new(p)
                .follow_links(follow)
                .into_iter()
                .filter_map(|e| match e {
                    Ok(e) => Some(e),
                    Err(err) => {
                        errors.push(format!("{}: {err}", p.display()));
                        None
                    }
                })
                .filter(|e| {
                    if e.path_is_symlink() && !follow && e.depth() > 0 {
                        notes.push(format!(
                            "{}: symbolic link skipped (use --follow to read it)",
                            e.path().display()
                        ));
                    }
                    e.file_type().is_file()
                })
                .filter_map(|e| {
                    let f = forced.or_else(|| tact_readers::Format::from_path(e.path()))?;
                    Some((e.into_path(), Some(f)))
                })
                .collect();
            found.sort_by(|a, b| a.0.cmp(&b.0));
            out.extend(found);
        } else if !p.exists() {
            errors.push(format!("{}: no such file or directory", p.display()));
        } else {
            // A named file of no known extension is still read when its content tells the
            // format: that is decided once it is open.
            out.push((
                p.clone(),
                forced.or_else(|| tact_readers::Format::from_path(p)),
            ));
        }
    }
    out
}

/// An input opened for reading, with the format it is read as.
pub(crate) struct Opened {
    /// The name errors carry: the path as given, or `<stdin>`.
    pub name: String,
    pub input: Box<dyn BufRead>,
    pub format: tact_readers::Format,
}

/// Opens `path` (`-` is standard input) and decides its format with [`detected`]; `wrap` sees
/// each opened file first (to count bytes, to show progress). Standard input without a
/// detectable shape is read as tact's JSON Lines; a file whose format nothing tells is an error
/// naming it, as is one that cannot be opened.
pub(crate) fn open_input(
    path: &std::path::Path,
    by_extension: Option<tact_readers::Format>,
    forced: Option<tact_readers::Format>,
    wrap: &mut dyn FnMut(std::fs::File) -> Box<dyn Read>,
) -> Result<Opened, String> {
    if path.as_os_str() == "-" {
        let mut input: Box<dyn BufRead> = Box::new(io::stdin().lock());
        let format = detected(&mut input, forced, None).unwrap_or(tact_readers::Format::Jsonl);
        return Ok(Opened {
            name: "<stdin>".into(),
            input,
            format,
        });
    }
    let name = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| format!("{name}: {e}"))?;
    let mut input: Box<dyn BufRead> = Box::new(BufReader::with_capacity(
        tact_readers::HEAD_BYTES,
        wrap(file),
    ));
    match detected(&mut input, forced, by_extension) {
        Some(format) => Ok(Opened {
            name,
            input,
            format,
        }),
        None => Err(format!(
            "{name}: cannot tell the format from the content or the extension; use --input-format ({})",
            tact_readers::Format::names()
        )),
    }
}

/// The format to read an input as: `--input-format` when given, else what its first bytes and
/// its extension's format say (`tact_readers::detect`). The bytes looked at stay in the reader's
/// buffer, so nothing is consumed.
fn detected(
    input: &mut dyn BufRead,
    forced: Option<tact_readers::Format>,
    by_extension: Option<tact_readers::Format>,
) -> Option<tact_readers::Format> {
    if forced.is_some() {
        return forced;
    }
    match input.fill_buf() {
        Ok(head) => tact_readers::detect(head, by_extension),
        // The reader meets the same error on its first read and reports it with the file name.
        Err(_) => by_extension,
    }
}

fn progress(total: u64, quiet: bool) -> ProgressBar {
    if quiet || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    pb.set_style(
        ProgressStyle::with_template(
            "{spinner} {bytes}/{total_bytes} {wide_bar} {binary_bytes_per_sec} eta {eta}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    pb
}

pub fn run_analyze(a: &AnalyzeArgs) -> Result<ExitCode> {
    let forced = match &a.input_format {
        Some(name) => match tact_readers::Format::from_name(name) {
            Some(f) => Some(f),
            None => {
                bail!(
                    "unknown input format {name:?} (expected one of {})",
                    tact_readers::Format::names()
                )
            }
        },
        None => None,
    };
    let opts = ReadOptions {
        agent_names: a.agent_names.clone(),
        agent_domains: a.agent_domains.clone(),
        max_record_bytes: a.max_record_bytes,
        csv_group: a.csv_group,
        csv: CsvColumns {
            conversation_id: a.csv_id.clone(),
            role: a.csv_role.clone(),
            text: a.csv_text.clone(),
            speaker: a.csv_speaker.clone(),
            at: a.csv_at.clone(),
            ..CsvColumns::default()
        },
        ..ReadOptions::default()
    };
    let mut run = Run::new(&a.common, |_| true)?.with_jobs(a.common.jobs);
    run.scorecards = a.by.map(|b| {
        Scorecards::new(match b {
            ByArg::Agent => GroupBy::Agent,
            ByArg::Team => GroupBy::Team,
        })
    });
    let (mut errors, mut notes) = (Vec::new(), Vec::new());
    let inputs = collect_inputs(&a.paths, forced, a.follow, &mut errors, &mut notes);
    for n in notes {
        eprintln!("tact: note: {}", crate::output::escape(&n));
    }
    for e in errors {
        run.error(e);
    }
    if inputs.is_empty() && run.summary.errors == 0 {
        run.error(format!(
            "no input: {} holds no file of a format tact reads (.jsonl, .ndjson, .json, .csv, .tsv, .txt, .log, .vtt, .srt, .eml, .mbox, .zip); name the format with --input-format",
            a.paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    let total: u64 = inputs
        .iter()
        .filter_map(|(p, _)| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    let pb = progress(total, a.common.quiet);
    for (path, by_extension) in inputs {
        let mut wrap = |f: std::fs::File| -> Box<dyn Read> {
            run.summary.bytes += f.metadata().map(|m| m.len()).unwrap_or(0);
            Box::new(pb.wrap_read(f))
        };
        match open_input(&path, by_extension, forced, &mut wrap) {
            Ok(mut o) => run.read(&o.name, &mut o.input, o.format, &opts)?,
            Err(e) => run.error(e),
        }
    }
    pb.finish_and_clear();
    run.finish()
}

pub fn run_demo(d: &DemoArgs) -> Result<ExitCode> {
    let mut run = Run::new(&d.common, |_| true)?.with_jobs(d.common.jobs);
    let opts = ReadOptions::default();
    for (name, text) in SAMPLES {
        let mut input = BufReader::new(text.as_bytes());
        run.read(name, &mut input, tact_readers::Format::Jsonl, &opts)?;
    }
    run.finish()
}

pub fn run_lint_script(l: &LintScriptArgs) -> Result<ExitCode> {
    let mut run = Run::new(&l.common, |r| r.scripts)?;
    let name = l.file.display().to_string();
    let mut text = String::new();
    let read: Result<_, io::Error> = if l.file.as_os_str() == "-" {
        io::stdin().read_to_string(&mut text)
    } else {
        std::fs::File::open(&l.file).and_then(|mut f| f.read_to_string(&mut text))
    };
    match read {
        Ok(_) => {
            let conv = tact_readers::read_script(&name, &text);
            if conv.turns.is_empty() {
                run.error(format!("{name}: the script has no lines"));
            } else {
                run.conversation(conv)?;
            }
        }
        Err(e) => run.error(format!("{name}: {e}")),
    }
    run.finish()
}

/// `tact check-reply`: a draft reply read as the answer to a review, complaint or comment;
/// exit 1 when the draft has a moment, 0 when it is clean, 2 when an input cannot be read.
pub fn run_check_reply(a: &crate::args::CheckReplyArgs) -> Result<ExitCode> {
    let mut run = Run::new(&a.common, |_| true)?;
    let read = |p: &std::path::Path| -> Result<String> {
        let mut text = String::new();
        if p.as_os_str() == "-" {
            io::stdin().read_to_string(&mut text)?;
        } else {
            text = std::fs::read_to_string(p)
                .with_context(|| crate::output::escape(&p.display().to_string()))?;
        }
        Ok(text)
    };
    if a.to.as_os_str() == "-" && a.draft.as_os_str() == "-" {
        bail!("only one of --to and the draft can be read from stdin");
    }
    let customer = read(&a.to)?;
    let draft = read(&a.draft)?;
    for (what, text) in [("--to", &customer), ("the draft", &draft)] {
        if text.trim().is_empty() {
            bail!("{what} is empty");
        }
    }
    let lang = match &a.common.lang {
        Some(l) => Some(l.parse::<Lang>()?),
        None => None,
    };
    let settings = run.analyzer.engine().settings().clone();
    let (conv, report) =
        tact_analyze::reply::check_reply(customer.trim(), draft.trim(), lang, settings);
    let flagged = !report.moments.is_empty();
    run.emit(conv, report)?;
    let code = run.finish()?;
    Ok(if code != ExitCode::SUCCESS || !flagged {
        code
    } else {
        ExitCode::from(1)
    })
}
