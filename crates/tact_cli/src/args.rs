//! Command-line flags, each documented where it is declared; `tact --help` is generated from
//! these docs.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "tact",
    version,
    about = "Finds the OOPS moments in customer conversations, explains them and proposes the OK alternative."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Analyse conversation files or `-` for stdin: tact JSONL, JSON and CSV, chat logs, WebVTT,
    /// SRT, e-mail (.eml, mbox), WhatsApp exports, Zendesk, Intercom, Freshdesk, Amazon Connect
    /// Contact Lens and review exports, detected by content.
    Analyze(Box<AnalyzeArgs>),
    /// Analyse the bundled sample conversations (five languages) and print the report.
    Demo(DemoArgs),
    /// Check a sales or service script (agent lines, optional `Agent:` prefixes) before use.
    LintScript(LintScriptArgs),
    /// Check a draft reply to a review, complaint or comment before it is posted; exit 1 when
    /// the draft has a moment, 0 when it is clean, 2 on bad input.
    CheckReply(CheckReplyArgs),
    /// List every rule: code, id, family, default severity, languages.
    Rules(RulesArgs),
    /// Print a rule's documentation, by id or code.
    Rule {
        key: String,
        /// Language of the documentation (en, it, el, ro, fi); default from LC_ALL,
        /// LC_MESSAGES or LANG, else English. The examples are always the same.
        #[arg(long)]
        ui_lang: Option<String>,
    },
    /// Print the JSON Schema of the report objects.
    Schema,
    /// Measure the rules on the labelled samples and public data; writes docs/quality.md.
    Eval(EvalArgs),
    /// Write conversations back out with personal data replaced by typed placeholders
    /// (`[PHONE]`, `[IBAN]`, `[PERSON]`, …), in the input's format where tact writes it.
    Redact(RedactArgs),
    /// Retrain the per-turn signal models from the public data (fixed seed: reproduces the
    /// shipped weights) and write the weights and the signal quality report.
    Train(TrainArgs),
    /// Start the team's web app (dashboards, scorecards, moments, conversations) on an
    /// embedded store; `--demo` loads the bundled samples first.
    Serve(ServeArgs),
    /// Manage web app accounts: `tact user add NAME --role admin|manager|agent`.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage API tokens: `tact token create NAME` prints a token for that account.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Send conversation files to a running `tact serve`; they are analysed and stored there.
    Push(PushArgs),
    /// Analyse the jobs a `tact serve --queue` puts in the store; run any number, anywhere
    /// that reaches the database.
    Worker(WorkerArgs),
    /// Write the web app's review decisions as labels (JSON Lines): what tact said and what
    /// the team decided, for `tact eval --labels`.
    ExportLabels(ExportLabelsArgs),
}

#[derive(Args, Debug)]
pub struct ExportLabelsArgs {
    #[command(flatten)]
    pub data: DataArgs,
    /// Where to write them (`-` for stdout).
    #[arg(long, short = 'o', default_value = "-")]
    pub output: PathBuf,
}

#[derive(Args, Debug)]
pub struct DataArgs {
    /// The server's data folder (its SQLite store).
    #[arg(long, default_value = "./tact-data")]
    pub data: PathBuf,
    /// The store on a database server instead of --data: postgres://USER@HOST/DB (or set
    /// TACT_DATABASE, which keeps a password out of the process list).
    #[arg(long, env = "TACT_DATABASE", hide_env_values = true)]
    pub database: Option<String>,
}

impl DataArgs {
    /// What the store is, for messages: the folder, or the database URL without its password.
    pub fn location(&self) -> String {
        match &self.database {
            Some(url) => tact_server::store::printable_url(url),
            None => self.data.display().to_string(),
        }
    }

    pub fn open(&self) -> anyhow::Result<std::sync::Arc<dyn tact_server::store::Store>> {
        match &self.database {
            Some(url) => tact_server::open_database(url),
            None => tact_server::open_store(&self.data),
        }
    }
}

#[derive(Args, Debug)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: std::net::SocketAddr,
    #[command(flatten)]
    pub data: DataArgs,
    /// Load the bundled sample conversations (five languages, several teams and agents) so the
    /// dashboard has something to show at once.
    #[arg(long)]
    pub demo: bool,
    /// The largest upload accepted, in MiB.
    #[arg(long, default_value_t = 64)]
    pub max_upload_mb: usize,
    /// Mark session cookies Secure: set this when TLS ends at a proxy that does not send
    /// `X-Forwarded-Proto: https`.
    #[arg(long)]
    pub secure_cookies: bool,
    /// Store conversations with their personal data (no redaction). Only for a local store
    /// that one person uses: everyone with an account sees what is stored.
    #[arg(long)]
    pub keep_personal_data: bool,
    /// A source allowed to push conversations to `POST /api/v1/webhooks/conversation`, with the
    /// secret it signs bodies with (HMAC-SHA256). Repeat, or list them comma-separated in
    /// TACT_WEBHOOK_SECRETS, which keeps them out of the process list.
    #[arg(
        long = "webhook-secret",
        value_name = "SOURCE=SECRET",
        env = "TACT_WEBHOOK_SECRETS",
        value_delimiter = ',',
        hide_env_values = true
    )]
    pub webhook_secrets: Vec<String>,
    /// Leave the analysis to `tact worker`s: uploads, the webhook and re-analyses after a
    /// settings change become jobs in the store (use with --database for several machines).
    #[arg(long)]
    pub queue: bool,
}

#[derive(Args, Debug)]
pub struct WorkerArgs {
    #[command(flatten)]
    pub data: DataArgs,
    /// The worker's name in the queue (default: host name and process id).
    #[arg(long)]
    pub name: Option<String>,
    /// Jobs claimed at a time.
    #[arg(long, default_value_t = 100)]
    pub batch: i64,
    /// Seconds a claim holds before another worker may take the jobs over.
    #[arg(long, default_value_t = 120)]
    pub lease: i64,
    /// Milliseconds to wait before asking again when the queue is empty.
    #[arg(long, default_value_t = 500)]
    pub poll_ms: u64,
    /// Stop once no job is waiting or held (a batch run) instead of waiting for more.
    #[arg(long)]
    pub until_empty: bool,
}

#[derive(Subcommand, Debug)]
pub enum UserCommand {
    /// Create an account and print its one-time password (or read one with --password-stdin).
    Add(UserAddArgs),
}

#[derive(Args, Debug)]
pub struct UserAddArgs {
    pub name: String,
    #[arg(long)]
    pub role: String,
    /// The team a manager leads (required for managers).
    #[arg(long)]
    pub team: Option<String>,
    /// The `agent` name used in the conversations (required for agents).
    #[arg(long)]
    pub agent: Option<String>,
    /// Read the password from the first line of stdin instead of generating one.
    #[arg(long)]
    pub password_stdin: bool,
    #[command(flatten)]
    pub data: DataArgs,
}

#[derive(Subcommand, Debug)]
pub enum TokenCommand {
    /// Print a new API token for an account (shown once; only its hash is stored).
    Create(TokenCreateArgs),
}

#[derive(Args, Debug)]
pub struct TokenCreateArgs {
    /// The account the token acts as.
    pub name: String,
    /// A label to recognise the token by.
    #[arg(long, default_value = "cli")]
    pub label: String,
    #[command(flatten)]
    pub data: DataArgs,
}

#[derive(Args, Debug)]
pub struct PushArgs {
    /// Files to send (any format `tact analyze` reads).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The server's address, e.g. http://127.0.0.1:8080.
    #[arg(long)]
    pub server: String,
    /// An API token (`tact token create`); or set TACT_TOKEN.
    #[arg(long, env = "TACT_TOKEN", hide_env_values = true)]
    pub token: String,
    /// The input format, when it cannot be recognised from the content.
    #[arg(long)]
    pub input_format: Option<String>,
}

#[derive(Args, Debug)]
pub struct TrainArgs {
    /// Folder of the public data sets (shared/data beside the repository by default).
    #[arg(long, default_value = "../shared/data")]
    pub data: PathBuf,
    /// Where to write the weights (the file the build embeds by default).
    #[arg(long, default_value = "crates/tact_signals/weights/signals.bin")]
    pub out: PathBuf,
    /// Where to write the Markdown quality report of the signals.
    #[arg(long, default_value = "docs/signals-quality.md")]
    pub report: PathBuf,
    /// Random seed; 42 reproduces the shipped weights.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
}

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Folder of the public data sets (shared/data beside the repository by default).
    #[arg(long, default_value = "../shared/data")]
    pub data: PathBuf,
    /// Folder of the labelled sample conversations.
    #[arg(long, default_value = "samples")]
    pub samples: PathBuf,
    /// Where to write the Markdown report (`-` for stdout).
    #[arg(long, short = 'o', default_value = "docs/quality.md")]
    pub output: PathBuf,
    /// The redaction test sets, each a folder with `cases.jsonl` and `ABOUT.md`: the
    /// development sets the recognisers were corrected on, then the held-out one.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "eval/redaction,eval/redaction-dev2,eval/redaction-dev3,eval/redaction-dev4,eval/redaction-holdout,eval/redaction-holdout2,eval/redaction-holdout3,eval/redaction-holdout4,eval/redaction-holdout5,eval/redaction-holdout6,eval/redaction-holdout7"
    )]
    pub redaction: Vec<PathBuf>,
    /// Where to write every rule's counts on the blind sets (read by the rule docs).
    #[arg(long, default_value = "eval/rule-figures.tsv")]
    pub figures: PathBuf,
    /// Where to write each detector's counts on the development blind sets (read, once rebuilt,
    /// to cap the confidence of its moments).
    #[arg(long, default_value = "eval/detector-figures.tsv")]
    pub detector_figures: PathBuf,
    /// Data sets to leave out when they are not there (blind, persuasionforgood,
    /// persuasionforgood-outcome, casino, signals); without it a missing set is an error and
    /// nothing is written.
    #[arg(long, value_delimiter = ',')]
    pub skip: Vec<String>,
    /// Instead of the data sets: the precision per rule and team that a team's own review
    /// decisions give (a JSON Lines file from `tact export-labels`), printed as Markdown.
    #[arg(long)]
    pub labels: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Jsonl,
    Markdown,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum SeverityArg {
    Info,
    Warning,
    Error,
    /// Never fail on moments.
    Never,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ByArg {
    Agent,
    Team,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

/// Options shared by every command that analyses conversations.
#[derive(Args, Debug, Clone)]
pub struct CommonArgs {
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value = "text")]
    pub format: Format,
    /// Exit with code 1 when a moment at or above this severity is found.
    #[arg(long, value_enum, default_value = "never")]
    pub fail_on: SeverityArg,
    /// Configuration file (default: the nearest tact.toml from the working directory upward).
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Run only these rules (codes, ids, families or code prefixes; comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub select: Vec<String>,
    /// Skip these rules (codes, ids, families or code prefixes; comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Read every conversation in this language (en, it, el, ro, fi) instead of detecting it.
    #[arg(long)]
    pub lang: Option<String>,
    /// When to colour text output.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorArg,
    /// Do not print the closing summary on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Also run the rules in preview: their precision on real conversations is measured below
    /// 90 % (`tact rules` marks them; docs/quality.md has the figures).
    #[arg(long)]
    pub preview: bool,
    /// Report only moments at or above this confidence, 0 to 1 (default 0.5: the moments that
    /// count in the score; 0 also shows the low-confidence ones, which never count).
    #[arg(long, value_parser = parse_confidence)]
    pub min_confidence: Option<f32>,
    /// Keep each moment's confidence as its rule judged it, without the cap from its detector's
    /// measured precision (docs/quality.md, "How sure a moment can be").
    #[arg(long)]
    pub raw_confidence: bool,
    /// Replace personal data (ids, cards, IBANs, phones, e-mails, names, addresses) with typed
    /// placeholders in everything printed. The analysis reads the text as written (the same
    /// moments as without it); evidence points into the redacted text.
    #[arg(long)]
    pub redact: bool,
    /// With --redact: number the placeholders per conversation (`[PHONE_1]`, `[PHONE_2]`).
    #[arg(long)]
    pub redact_numbered: bool,
    /// Per-turn learned signals (sentiment, politeness, toxicity, emotions) in JSON and JSON
    /// Lines output. Off by default: they are most of a report's size.
    #[arg(long)]
    pub turn_signals: bool,
    /// Language of the explanations and advice in the text and Markdown formats (en, it, el,
    /// ro, fi); default from LC_ALL, LC_MESSAGES or LANG, else English. JSON keeps English
    /// with each message's catalogue key and arguments.
    #[arg(long)]
    pub ui_lang: Option<String>,
    /// Conversations analysed in parallel: 0 (the default) uses every core. The output is the
    /// same whatever the number.
    #[arg(long, short = 'j', default_value_t = 0)]
    pub jobs: usize,
}

#[derive(Args, Debug)]
pub struct AnalyzeArgs {
    /// Files or directories (searched recursively); `-` reads standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Read every input as this format instead of detecting it from content and extension:
    /// jsonl, json, csv, text, vtt, srt, email, mbox, whatsapp, zendesk, intercom, freshdesk,
    /// connect, reviews.
    #[arg(long)]
    pub input_format: Option<String>,
    /// Speaker names that are agents, for chat logs, WhatsApp exports and transcripts
    /// (comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub agent_names: Vec<String>,
    /// E-mail domains or addresses whose messages are the agent side (comma-separated):
    /// `--agent-domains shop.example,help.example`.
    #[arg(long, value_delimiter = ',')]
    pub agent_domains: Vec<String>,
    /// Print scorecards per agent or per team (score, moments per 100 turns by family, metrics,
    /// trend) instead of one report per conversation.
    #[arg(long, value_enum)]
    pub by: Option<ByArg>,
    /// CSV column holding the conversation id.
    #[arg(long, default_value = "conversation_id")]
    pub csv_id: String,
    /// CSV column holding the role.
    #[arg(long, default_value = "role")]
    pub csv_role: String,
    /// CSV column holding the text.
    #[arg(long, default_value = "text")]
    pub csv_text: String,
    /// CSV column holding the speaker name.
    #[arg(long, default_value = "speaker")]
    pub csv_speaker: String,
    /// CSV column holding the RFC 3339 timestamp.
    #[arg(long, default_value = "at")]
    pub csv_at: String,
    /// Group CSV rows of one conversation that are not next to each other. The file's
    /// conversations are then held in memory until its end; without it such rows are reported.
    #[arg(long)]
    pub csv_group: bool,
    /// Largest record (a line, a CSV row, a JSON document) read, in bytes; a larger one is
    /// reported with its line and skipped, and the rest is read.
    #[arg(long, default_value_t = tact_readers::DEFAULT_MAX_RECORD_BYTES)]
    pub max_record_bytes: usize,
    /// Follow symbolic links when walking directories (by default they are skipped, with a
    /// note, so a link cannot take the run outside the tree it was given).
    #[arg(long, short = 'L')]
    pub follow: bool,
    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Args, Debug)]
pub struct DemoArgs {
    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Args, Debug)]
pub struct LintScriptArgs {
    /// The script: one agent line per line (`Agent:` prefixes and `{placeholders}` allowed).
    pub file: PathBuf,
    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Args, Debug)]
pub struct CheckReplyArgs {
    /// The customer's review, complaint or comment (`-` for stdin).
    #[arg(long)]
    pub to: PathBuf,
    /// The draft reply (`-` for stdin).
    pub draft: PathBuf,
    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Args, Debug)]
pub struct RulesArgs {
    /// Print as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct RedactArgs {
    /// Files or directories, or `-` for standard input (any format `tact analyze` reads).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Input format, instead of detecting it.
    #[arg(long)]
    pub input_format: Option<String>,
    /// Output format: jsonl, json, csv or text (a chat log). Default: the input's format when it
    /// is one of these, else jsonl (said on stderr).
    #[arg(long, short = 'f')]
    pub format: Option<String>,
    /// Write to this file instead of standard output.
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    /// Number the placeholders per conversation (`[PHONE_1]`, `[PHONE_2]`).
    #[arg(long)]
    pub numbered: bool,
    /// Also redact order, booking and customer numbers named as such.
    #[arg(long)]
    pub references: bool,
    /// Speaker names that are agents, for chat logs and WhatsApp exports.
    #[arg(long, value_delimiter = ',')]
    pub agent_names: Vec<String>,
    /// E-mail domains or addresses of the agent side.
    #[arg(long, value_delimiter = ',')]
    pub agent_domains: Vec<String>,
}

fn parse_confidence(s: &str) -> Result<f32, String> {
    tact_rules::Confidence::parse(s).map(|c| c.0)
}
