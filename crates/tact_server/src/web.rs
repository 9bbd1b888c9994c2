//! The application: its state (store, analyzer, templates, limits), the routes with the role
//! each one needs, the error page, and the background re-analysis that follows a settings
//! change.

use crate::session::Auth;
use crate::store::{Role, Scope, Store};
use crate::{api, i18n, library, pages, reviewing, scriptlab, workshop};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use tact_analyze::Analyzer;
use tact_rules::{Engine, Settings};

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    pub addr: SocketAddr,
    pub data: PathBuf,
    /// The most bytes one upload may have.
    pub max_upload_bytes: usize,
    /// Mark session cookies `Secure` even without `X-Forwarded-Proto: https` (TLS ends at a
    /// proxy in front that does not say so).
    pub secure_cookies: bool,
    /// Store conversations as given, personal data included. Only for a local single-user
    /// store: `tact serve` warns when it is set.
    pub keep_personal_data: bool,
    /// The sources that may push conversations to the webhook, each with its shared secret.
    pub webhook_secrets: Vec<(String, String)>,
    /// `tact worker`s analyse: uploads, the webhook and re-analyses become jobs in the store.
    pub queue: bool,
}

impl Config {
    pub fn new(data: PathBuf) -> Self {
        Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data,
            max_upload_bytes: 64 * 1024 * 1024,
            secure_cookies: false,
            keep_personal_data: false,
            webhook_secrets: Vec::new(),
            queue: false,
        }
    }
}

/// Re-analysis progress, shown to admins.
#[derive(Debug, Default)]
pub struct Progress {
    pub done: AtomicI64,
    pub total: AtomicI64,
}

/// Counters since the server started, for `/metrics`: what an operator graphs and alerts on.
#[derive(Debug, Default)]
pub struct Metrics {
    pub uploads: AtomicU64,
    pub conversations_ingested: AtomicU64,
    pub ingest_errors: AtomicU64,
    /// Microseconds spent reading, redacting, analysing and storing uploads.
    pub ingest_micros: AtomicU64,
    pub conversations_reanalysed: AtomicU64,
}

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub config: Arc<Config>,
    pub(crate) analyzer: Arc<RwLock<(i64, Arc<Analyzer>)>>,
    pub(crate) templates: Arc<minijinja::Environment<'static>>,
    pub(crate) logins_by_name: Arc<crate::auth::RateLimit>,
    pub(crate) logins_by_address: Arc<crate::auth::RateLimit>,
    pub(crate) progress: Arc<Progress>,
    pub(crate) wake: Arc<tokio::sync::Notify>,
    pub(crate) metrics: Arc<Metrics>,
    pub(crate) webhook_seen: Arc<crate::webhook::Seen>,
}

/// The settings stored under this key are a `tact.toml`; `settings-version` counts changes.
pub(crate) const SETTINGS_KEY: &str = "tact.toml";
pub(crate) const VERSION_KEY: &str = "settings-version";

pub(crate) fn analyzer_for(text: &str) -> anyhow::Result<Analyzer> {
    let settings = Settings::from_toml(text)?;
    let preview = settings.preview;
    Ok(Analyzer::new(
        Engine::new(settings.with_preview(preview)),
        None,
    ))
}

impl AppState {
    pub fn new(config: Config, store: Arc<dyn Store>) -> anyhow::Result<AppState> {
        let text = store.setting(SETTINGS_KEY)?.unwrap_or_default();
        let version = store
            .setting(VERSION_KEY)?
            .and_then(|v| v.parse().ok())
            .unwrap_or(1);
        let analyzer = analyzer_for(&text)?;
        Ok(AppState {
            store,
            config: Arc::new(config),
            analyzer: Arc::new(RwLock::new((version, Arc::new(analyzer)))),
            templates: Arc::new(crate::pages::templates()),
            logins_by_name: Arc::new(crate::auth::RateLimit::new(
                crate::auth::MAX_FAILURES_PER_NAME,
            )),
            logins_by_address: Arc::new(crate::auth::RateLimit::new(
                crate::auth::MAX_FAILURES_PER_ADDRESS,
            )),
            progress: Arc::default(),
            wake: Arc::default(),
            metrics: Arc::default(),
            webhook_seen: Arc::default(),
        })
    }

    /// The analyzer of the current settings and their version.
    pub fn analyzer(&self) -> (i64, Arc<Analyzer>) {
        let g = self.analyzer.read().unwrap_or_else(|e| e.into_inner());
        (g.0, g.1.clone())
    }

    /// Stores new settings, switches to them and starts re-analysing what was analysed before.
    pub fn set_settings(&self, text: &str) -> anyhow::Result<()> {
        let analyzer = analyzer_for(text)?;
        let mut g = self.analyzer.write().unwrap_or_else(|e| e.into_inner());
        let version = self.store.set_versioned(SETTINGS_KEY, text, VERSION_KEY)?;
        *g = (version, Arc::new(analyzer));
        drop(g);
        self.wake.notify_one();
        Ok(())
    }
}

/// Re-analyses conversations stored under older settings, a batch at a time, whenever woken
/// (and once at start, for a change the last run did not finish).
pub fn spawn_reanalysis(state: AppState) {
    tokio::spawn(async move {
        loop {
            let s = state.clone();
            let result = tokio::task::spawn_blocking(move || reanalyse(&s)).await;
            match result {
                Ok(Ok(())) => {}
                Ok(Err(e)) => crate::log!(Error, "re-analysis stopped: {e}"),
                Err(e) => crate::log!(Error, "re-analysis failed: {e}"),
            }
            state.wake.notified().await;
        }
    });
}

fn reanalyse(state: &AppState) -> anyhow::Result<()> {
    const BATCH: i64 = 200;
    loop {
        let (version, analyzer) = state.analyzer();
        if state.config.queue {
            let queued = state.store.enqueue_stale(version)?;
            if queued > 0 {
                crate::log!(
                    Info,
                    "{queued} conversations queued for re-analysis by the workers"
                );
            }
            return Ok(());
        }
        let left = state.store.stale_count(version)?;
        let p = &state.progress;
        if left == 0 {
            p.total.store(0, Ordering::Relaxed);
            p.done.store(0, Ordering::Relaxed);
            return Ok(());
        }
        if p.total.load(Ordering::Relaxed) == 0 {
            p.total.store(left, Ordering::Relaxed);
        }
        let batch = state.store.stale(version, BATCH)?;
        let reports: Vec<_> = batch.iter().map(|(_, c)| analyzer.analyze(c)).collect();
        let rows: Vec<_> = batch
            .iter()
            .zip(&reports)
            .map(|((_, c), r)| crate::store::Analysed {
                conversation: c,
                report: r,
                version,
            })
            .collect();
        state.store.put(&rows)?;
        p.done.fetch_add(rows.len() as i64, Ordering::Relaxed);
        state
            .metrics
            .conversations_reanalysed
            .fetch_add(rows.len() as u64, Ordering::Relaxed);
    }
}

/// A failure shown to the user: a status and a message in their language.
pub struct AppError {
    pub status: StatusCode,
    pub message: String,
}

impl AppError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        AppError {
            status,
            message: message.into(),
        }
    }
    pub fn forbidden() -> Self {
        AppError::new(StatusCode::FORBIDDEN, "forbidden")
    }
    pub fn not_found() -> Self {
        AppError::new(StatusCode::NOT_FOUND, "not found")
    }
}

impl<E: std::fmt::Display> From<E> for AppError {
    fn from(e: E) -> Self {
        crate::log!(Error, "{e}");
        AppError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal error")
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        (
            self.status,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            self.message,
        )
            .into_response()
    }
}

/// Runs store work (SQLite, Argon2, analysis) off the async threads.
pub(crate) async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    tokio::task::spawn_blocking(f).await?
}

/// A filtered list in the caller's scope (`query` is a list method of the store), read off the
/// async threads: what the list pages and the list API routes share.
pub(crate) async fn scoped_list<T: Send + 'static>(
    state: &AppState,
    auth: &Auth,
    filter: crate::store::MomentFilter,
    limit: i64,
    offset: i64,
    query: impl FnOnce(
            &dyn Store,
            &crate::store::Scope,
            &crate::store::MomentFilter,
            i64,
            i64,
        ) -> crate::store::Result<Vec<T>>
        + Send
        + 'static,
) -> Result<Vec<T>, AppError> {
    let store = state.store.clone();
    let scope = auth.user.scope();
    blocking(move || Ok(query(store.as_ref(), &scope, &filter, limit, offset)?)).await
}

/// Requires one of the roles, else 403.
pub fn require(auth: &Auth, roles: &[Role]) -> Result<(), AppError> {
    if roles.contains(&auth.user.role) {
        Ok(())
    } else {
        Err(AppError::forbidden())
    }
}

async fn healthz() -> &'static str {
    "ok"
}

/// How long readiness waits for the store before it says no.
const READY_WITHIN: std::time::Duration = std::time::Duration::from_secs(5);

/// Readiness: 200 once the store answers within [`READY_WITHIN`], 503 while it does not. The
/// reason goes to the log, not to whoever asks without a token.
async fn readyz(State(state): State<AppState>) -> Response {
    let store = state.store.clone();
    let ask = blocking(move || Ok(store.conversation_count(&Scope::All)?));
    let reason = match tokio::time::timeout(READY_WITHIN, ask).await {
        Ok(Ok(_)) => return "ready".into_response(),
        Ok(Err(e)) => e.message,
        Err(_) => format!("the store did not answer within {READY_WITHIN:?}"),
    };
    crate::log!(Warn, "not ready: {reason}");
    (StatusCode::SERVICE_UNAVAILABLE, "not ready").into_response()
}

/// Prometheus text format: the store's size and re-analysis queue, and the counters of
/// [`Metrics`]. Counts only, no personal data, so it needs no token, like `/healthz`.
async fn metrics(State(state): State<AppState>) -> Response {
    let store = state.store.clone();
    let version = state.analyzer().0;
    let sizes = blocking(move || {
        Ok((
            store.conversation_count(&Scope::All)?,
            store.stale_count(version)?,
            store.job_counts(store.clock()?)?,
        ))
    })
    .await;
    let Ok((stored, stale, jobs)) = sizes else {
        return (StatusCode::SERVICE_UNAVAILABLE, "store unavailable").into_response();
    };
    let m = &state.metrics;
    let load = |c: &AtomicU64| c.load(Ordering::Relaxed);
    let rows: [(&str, &str, &str, String); 13] = [
        (
            "tact_conversations",
            "gauge",
            "Conversations in the store.",
            stored.to_string(),
        ),
        (
            "tact_reanalysis_queue",
            "gauge",
            "Conversations waiting for re-analysis after a settings change.",
            stale.to_string(),
        ),
        (
            "tact_uploads_total",
            "counter",
            "Uploads read (pages, API).",
            load(&m.uploads).to_string(),
        ),
        (
            "tact_conversations_ingested_total",
            "counter",
            "Conversations analysed and stored from uploads.",
            load(&m.conversations_ingested).to_string(),
        ),
        (
            "tact_ingest_errors_total",
            "counter",
            "Records or uploads refused, with their reason given to the uploader.",
            load(&m.ingest_errors).to_string(),
        ),
        (
            "tact_ingest_seconds_total",
            "counter",
            "Time spent reading, redacting, analysing and storing uploads.",
            format!("{:.6}", load(&m.ingest_micros) as f64 / 1e6),
        ),
        (
            "tact_conversations_reanalysed_total",
            "counter",
            "Conversations analysed again after a settings change.",
            load(&m.conversations_reanalysed).to_string(),
        ),
        (
            "tact_jobs_queued",
            "gauge",
            "Jobs waiting for a worker (queue depth).",
            jobs.queued.to_string(),
        ),
        (
            "tact_jobs_leased",
            "gauge",
            "Jobs a worker holds now.",
            jobs.leased.to_string(),
        ),
        (
            "tact_jobs_dead",
            "gauge",
            "Jobs that will not be tried again until an admin retries them.",
            jobs.dead.to_string(),
        ),
        (
            "tact_jobs_done_total",
            "counter",
            "Jobs workers finished, counted in the store (all workers, all servers).",
            jobs.done.to_string(),
        ),
        (
            "tact_jobs_failed_total",
            "counter",
            "Job attempts that failed.",
            jobs.failed.to_string(),
        ),
        (
            "tact_job_analysis_seconds_total",
            "counter",
            "Time workers spent analysing (divide by tact_jobs_done_total for the latency).",
            format!("{:.6}", jobs.analysis_micros as f64 / 1e6),
        ),
    ];
    let mut out = String::new();
    for (name, kind, help, value) in rows {
        out.push_str(&format!(
            "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}\n"
        ));
    }
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        out,
    )
        .into_response()
}

const STYLE: &str = include_str!("../static/style.css");
const UPLOAD_JS: &str = include_str!("../static/upload.js");
const WORKSHOP_JS: &str = include_str!("../static/workshop.js");

async fn style() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLE,
    )
}

fn script(source: &'static str) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        source,
    )
}

async fn upload_js() -> impl IntoResponse {
    script(UPLOAD_JS)
}

async fn workshop_js() -> impl IntoResponse {
    script(WORKSHOP_JS)
}

/// Every route. Pages and API routes take an [`Auth`], which answers 401 without a session or
/// token; the role checks are in the handlers, next to what they guard.
pub fn router(state: AppState) -> Router {
    let limit = state.config.max_upload_bytes;
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .route("/static/style.css", get(style))
        .route("/static/upload.js", get(upload_js))
        .route("/static/workshop.js", get(workshop_js))
        .route("/setup", get(pages::setup_form).post(pages::setup))
        .route("/login", get(pages::login_form).post(pages::login))
        .route("/logout", post(pages::logout))
        .route("/", get(pages::overview))
        .route("/agents", get(pages::agents))
        .route("/teams", get(pages::teams))
        .route("/moments", get(pages::moments))
        .route("/conversations", get(pages::conversations))
        .route("/conversations/{id}", get(pages::conversation))
        .route("/rules", get(pages::rules))
        .route("/rules/{id}", get(pages::rule))
        .route("/rules/{id}/silence", post(pages::silence_rule))
        .route("/upload", get(pages::upload_form).post(pages::upload))
        .route("/account/language", post(pages::set_language))
        .route("/moments/review", post(reviewing::review_form))
        .route("/reviews", get(reviewing::queue))
        .route("/library", get(library::list).post(library::add))
        .route("/library/{id}", get(library::item))
        .route("/library/{id}/proposals", post(library::propose))
        .route("/proposals/{id}/vote", post(library::vote))
        .route("/proposals/{id}/approve", post(library::approve))
        .route("/scripts", get(scriptlab::list).post(scriptlab::save))
        .route(
            "/reply-check",
            get(scriptlab::reply_form).post(scriptlab::reply_check),
        )
        .route("/scripts/{id}", get(scriptlab::show))
        .route("/scripts/{id}/compare", get(scriptlab::compare))
        .route("/scripts/{id}/try", get(scriptlab::try_it))
        .route("/workshops", get(workshop::list).post(workshop::create))
        .route("/workshops/{id}", get(workshop::screen))
        .route("/workshops/{id}/live", get(workshop::live))
        .route("/workshops/{id}/step", post(workshop::step))
        .route("/workshops/{id}/summary.md", get(workshop::summary))
        .route("/admin/users", get(pages::users).post(pages::add_user))
        .route("/admin/users/{id}/delete", post(pages::delete_user))
        .route(
            "/admin/settings",
            get(pages::settings_form).post(pages::save_settings),
        )
        .route("/admin/jobs/retry", post(pages::retry_jobs))
        .route("/api/v1/jobs", get(api::jobs))
        .route("/api/v1/jobs/retry", post(api::retry_jobs))
        .route(
            "/api/v1/conversations",
            get(api::list_conversations).post(api::post_conversations),
        )
        .route("/api/v1/conversations/{id}", get(api::get_conversation))
        .route("/api/v1/moments", get(api::list_moments))
        .route("/api/v1/reviews", post(reviewing::review_api))
        .route("/api/v1/labels", get(reviewing::labels_api))
        .route("/api/v1/scorecards", get(api::scorecards))
        .route("/api/v1/openapi.json", get(api::openapi))
        .route("/api/v1/report.schema.json", get(api::report_schema))
        .route(
            "/api/v1/webhooks/conversation",
            post(crate::webhook::conversation),
        )
        .layer(DefaultBodyLimit::max(limit))
        .with_state(state)
}

/// Renders a template with the common context (user, language, CSRF token, navigation).
pub(crate) fn render(
    state: &AppState,
    auth: Option<&Auth>,
    lang: &str,
    name: &str,
    ctx: minijinja::Value,
) -> Result<Html<String>, AppError> {
    let t = state.templates.get_template(name)?;
    let common = minijinja::context! {
        lang => lang,
        languages => i18n::languages().collect::<Vec<_>>(),
        user => auth.map(|a| &a.user),
        csrf => auth.map(|a| a.csrf.clone()).unwrap_or_default(),
        is_admin => auth.is_some_and(|a| a.user.role == Role::Admin),
        can_upload => auth.is_some_and(|a| a.user.role != Role::Agent),
        reanalysing => state.progress.total.load(Ordering::Relaxed) > 0,
        progress_done => state.progress.done.load(Ordering::Relaxed),
        progress_total => state.progress.total.load(Ordering::Relaxed),
    };
    Ok(Html(t.render(minijinja::context! { ..ctx, ..common })?))
}
