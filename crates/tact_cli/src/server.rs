//! `tact serve`, `tact user add`, `tact token create` and `tact push`: the command line's side of
//! the web app. The server itself lives in `tact_server`; this is argument handling and the
//! contract scripts rely on (what is printed, exit codes).

use crate::args::{
    ExportLabelsArgs, PushArgs, ServeArgs, TokenCreateArgs, UserAddArgs, WorkerArgs,
};
use anyhow::{bail, Context, Result};
use std::io::BufRead;
use std::process::ExitCode;
use tact_server::ingest::{ingest, IngestOptions, Uploader};
use tact_server::store::{NewUser, Role};

pub fn serve(a: &ServeArgs) -> Result<ExitCode> {
    let store = a.data.open()?;
    let mut config = tact_server::Config::new(a.data.data.clone());
    config.queue = a.queue;
    config.addr = a.addr;
    config.max_upload_bytes = a.max_upload_mb.saturating_mul(1024 * 1024);
    config.secure_cookies = a.secure_cookies;
    config.keep_personal_data = a.keep_personal_data;
    for pair in &a.webhook_secrets {
        match pair.split_once('=') {
            Some((source, secret)) if !source.trim().is_empty() && secret.len() >= 16 => config
                .webhook_secrets
                .push((source.trim().to_string(), secret.to_string())),
            _ => anyhow::bail!(
                "--webhook-secret {:?}: expected SOURCE=SECRET with a secret of 16 characters or more",
                pair.split_once('=').map_or(pair.as_str(), |(s, _)| s)
            ),
        }
    }
    if a.keep_personal_data {
        eprintln!(
            "tact: warning: --keep-personal-data: conversations are stored with names, numbers \
             and addresses; use it only for a local store that one person reads"
        );
    }
    let state = tact_server::AppState::new(config, store.clone())?;
    if a.demo {
        let (version, analyzer) = state.analyzer();
        let mut stored = 0;
        for (name, text) in crate::analyze::SAMPLES {
            let r = ingest(
                store.as_ref(),
                &analyzer,
                version,
                text.as_bytes(),
                &IngestOptions {
                    name,
                    format: None,
                    redact: !a.keep_personal_data,
                    uploader: Uploader::Anyone,
                },
            )?;
            stored += r.stored;
            for e in r.errors {
                eprintln!("tact: error: {name}:{}: {}", e.line, e.reason);
            }
        }
        eprintln!("tact: demo: {stored} sample conversations stored");
    }
    let runtime = tokio::runtime::Runtime::new().context("cannot start the server runtime")?;
    runtime.block_on(tact_server::serve(state))?;
    Ok(ExitCode::SUCCESS)
}

pub fn user_add(a: &UserAddArgs) -> Result<ExitCode> {
    let role: Role = a.role.parse().map_err(anyhow::Error::msg)?;
    tact_server::store::check_account(role, a.team.as_deref(), a.agent.as_deref())
        .map_err(anyhow::Error::msg)?;
    let (password, generated) = if a.password_stdin {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .context("cannot read the password from stdin")?;
        let p = line.trim_end_matches(['\n', '\r']).to_string();
        if p.chars().count() < 10 {
            bail!("the password needs at least 10 characters");
        }
        (p, false)
    } else {
        (tact_server::auth::random_token(), true)
    };
    let store = a.data.open()?;
    let hash = tact_server::auth::hash_password(&password)?;
    let user = store.add_user(&NewUser {
        name: a.name.trim(),
        role,
        team: a.team.as_deref(),
        agent: a.agent.as_deref(),
        password_hash: &hash,
    })?;
    eprintln!("tact: {} {} created", user.role, user.name);
    if generated {
        // The only output on stdout, so a script can capture it.
        println!("{password}");
    }
    Ok(ExitCode::SUCCESS)
}

pub fn token_create(a: &TokenCreateArgs) -> Result<ExitCode> {
    let store = a.data.open()?;
    let Some((user, _)) = store.user_by_name(a.name.trim())? else {
        bail!("no account named {:?} in {}", a.name, a.data.location());
    };
    let token = tact_server::auth::random_token();
    store.add_token(&tact_server::auth::digest(&token), user.id, &a.label)?;
    println!("{token}");
    Ok(ExitCode::SUCCESS)
}

/// The server's answer to one file.
#[derive(serde::Deserialize)]
struct Answer {
    stored: usize,
    #[serde(default)]
    queued: usize,
    errors: Vec<AnswerError>,
}

#[derive(serde::Deserialize)]
struct AnswerError {
    line: usize,
    reason: String,
}

/// Sends each file; exit 2 when a file or record was refused (the rest is still sent).
pub fn push(a: &PushArgs) -> Result<ExitCode> {
    let base = a.server.trim_end_matches('/');
    let agent = ureq::AgentBuilder::new()
        .timeout(std::time::Duration::from_secs(600))
        .build();
    let (mut stored, mut queued, mut failed) = (0usize, 0usize, 0usize);
    for path in &a.files {
        let name = path.display().to_string();
        let body = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("tact: error: {}: {e}", crate::output::escape(&name));
                failed += 1;
                continue;
            }
        };
        let file_name = path
            .file_name()
            .map(|f| f.to_string_lossy().to_string())
            .unwrap_or_default();
        let mut req = agent
            .post(&format!("{base}/api/v1/conversations"))
            .set("Authorization", &format!("Bearer {}", a.token))
            .query("name", &file_name);
        if let Some(f) = &a.input_format {
            req = req.query("format", f);
        }
        match req.send_bytes(&body) {
            Ok(resp) => {
                let text = resp
                    .into_string()
                    .with_context(|| format!("{name}: cannot read the server's answer"))?;
                let answer: Answer = serde_json::from_str(&text)
                    .with_context(|| format!("{name}: the server's answer is not understood"))?;
                stored += answer.stored;
                queued += answer.queued;
                for e in &answer.errors {
                    failed += 1;
                    eprintln!(
                        "tact: error: {}:{}: {}",
                        crate::output::escape(&name),
                        e.line,
                        crate::output::escape(&e.reason)
                    );
                }
            }
            Err(ureq::Error::Status(code, resp)) => {
                let text = resp.into_string().unwrap_or_default();
                failed += 1;
                eprintln!(
                    "tact: error: {}: the server answered {code}: {}",
                    crate::output::escape(&name),
                    crate::output::escape(text.trim())
                );
                if code == 401 {
                    bail!("the token was refused; create one with `tact token create NAME`");
                }
            }
            Err(e) => bail!("cannot reach {base}: {e}"),
        }
    }
    if queued > 0 {
        eprintln!(
            "tact: {stored} conversations stored, {queued} queued for the workers, {failed} not"
        );
    } else {
        eprintln!("tact: {stored} conversations stored, {failed} not");
    }
    Ok(if failed > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

pub fn export_labels(a: &ExportLabelsArgs) -> Result<ExitCode> {
    let store = a.data.open()?;
    let labels = store.labels(&tact_server::store::Scope::All)?;
    let mut out = String::new();
    for l in &labels {
        out.push_str(&serde_json::to_string(l)?);
        out.push('\n');
    }
    if a.output.as_os_str() == "-" {
        crate::output::stdout(&out)?;
    } else {
        std::fs::write(&a.output, out)
            .with_context(|| format!("cannot write {}", a.output.display()))?;
    }
    eprintln!("tact: {} labels", labels.len());
    Ok(ExitCode::SUCCESS)
}

/// One label as `tact eval --labels` reads it: the fields the precision needs.
#[derive(serde::Deserialize)]
struct LabelLine {
    rule: String,
    #[serde(default)]
    team: Option<String>,
    status: String,
}

/// Precision per rule and team from exported labels; a bad line is reported with its number
/// and the rest is counted (exit 2 then).
pub fn eval_labels(path: &std::path::Path) -> Result<ExitCode> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut labels = Vec::new();
    let mut bad = 0;
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        match serde_json::from_str::<LabelLine>(line) {
            Ok(l) => labels.push(l),
            Err(e) => {
                bad += 1;
                eprintln!(
                    "tact: error: {}:{}: {}",
                    crate::output::escape(&path.display().to_string()),
                    i + 1,
                    e
                );
            }
        }
    }
    if labels.is_empty() && bad == 0 {
        bail!("{}: no labels", path.display());
    }
    let rows = tact_eval::labels::precision(
        labels
            .iter()
            .map(|l| (l.rule.as_str(), l.team.as_deref(), l.status.as_str())),
    );
    crate::output::stdout(&format!(
        "# Precision from review decisions\n\n{} labels from {}.\n\n{}",
        labels.len(),
        path.display(),
        tact_eval::labels::markdown(&rows)
    ))?;
    Ok(if bad > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// Runs one worker until Ctrl-C (or, with --until-empty, until the queue is empty); a second
/// Ctrl-C is not needed: the batch in hand is finished first, or left to its lease.
pub fn worker(a: &WorkerArgs) -> Result<ExitCode> {
    if a.batch < 1 || a.lease < 1 {
        bail!("--batch and --lease must be at least 1");
    }
    let store = a.data.open()?;
    let name = a.name.clone().unwrap_or_else(|| {
        let host = std::fs::read_to_string("/etc/hostname")
            .map(|h| h.trim().to_string())
            .unwrap_or_default();
        format!("{host}:{}", std::process::id())
    });
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    {
        let stop = stop.clone();
        ctrlc_hook(move || stop.store(true, std::sync::atomic::Ordering::Relaxed));
    }
    tact_server::log!(Info, "worker {name} on {}", a.data.location());
    let stats = tact_server::worker::run(
        store.as_ref(),
        &tact_server::worker::WorkerOptions {
            name,
            batch: a.batch,
            lease_secs: a.lease,
            poll: std::time::Duration::from_millis(a.poll_ms),
            until_empty: a.until_empty,
        },
        &stop,
    )?;
    tact_server::log!(
        Info,
        "worker done: {} jobs finished, {} failed",
        stats.done,
        stats.failed
    );
    Ok(ExitCode::SUCCESS)
}

/// Calls `f` on Ctrl-C or SIGTERM, from a thread that waits for it on a small runtime.
fn ctrlc_hook(f: impl FnOnce() + Send + 'static) {
    std::thread::spawn(move || {
        let Ok(rt) = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        else {
            return;
        };
        rt.block_on(async {
            #[cfg(unix)]
            {
                use tokio::signal::unix::{signal, SignalKind};
                if let Ok(mut term) = signal(SignalKind::terminate()) {
                    tokio::select! {
                        _ = tokio::signal::ctrl_c() => {}
                        _ = term.recv() => {}
                    }
                    return;
                }
            }
            let _ = tokio::signal::ctrl_c().await;
        });
        f();
    });
}
