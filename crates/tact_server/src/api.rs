//! `/api/v1`: the same objects as the report's JSON Schema, for scripts and for `tact push`.
//! Documented in `openapi.json` (served at `/api/v1/openapi.json`); a test keeps the document
//! and the router in step.

use crate::pages::store_upload;
use crate::session::Auth;
use crate::store::MomentFilter;
use crate::views;
use crate::web::{blocking, scoped_list, AppError, AppState};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::Json;
use serde::Deserialize;

pub const OPENAPI: &str = include_str!("../openapi.json");
const MAX_LIMIT: i64 = 1000;

#[derive(Deserialize, Default)]
pub struct Paged {
    #[serde(flatten)]
    filter: MomentFilter,
    #[serde(default)]
    limit: Option<i64>,
    #[serde(default)]
    offset: Option<i64>,
}

impl Paged {
    fn window(&self) -> (i64, i64) {
        (
            self.limit.unwrap_or(100).clamp(1, MAX_LIMIT),
            self.offset.unwrap_or(0).max(0),
        )
    }
}

pub async fn list_conversations(
    State(state): State<AppState>,
    auth: Auth,
    Query(q): Query<Paged>,
) -> Result<impl IntoResponse, AppError> {
    let (limit, offset) = q.window();
    let rows = scoped_list(&state, &auth, q.filter, limit, offset, |s, sc, f, l, o| {
        s.conversations(sc, f, l, o)
    })
    .await?;
    Ok(Json(rows))
}

pub async fn get_conversation(
    State(state): State<AppState>,
    auth: Auth,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, AppError> {
    let store = state.store.clone();
    let scope = auth.user.scope();
    let found = blocking(move || Ok(store.conversation(&scope, &id)?)).await?;
    match found {
        Some(c) => Ok(Json(c.report).into_response()),
        None => Ok((
            StatusCode::NOT_FOUND,
            Json(serde_json::json!({"error": "not found"})),
        )
            .into_response()),
    }
}

#[derive(Deserialize, Default)]
pub struct UploadQuery {
    #[serde(default)]
    format: Option<String>,
    /// The file name the body came from: for format detection by extension and in errors.
    #[serde(default)]
    name: Option<String>,
}

pub async fn post_conversations(
    State(state): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Query(q): Query<UploadQuery>,
    body: Bytes,
) -> Result<impl IntoResponse, AppError> {
    let posted = headers
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    auth.check_csrf(posted)?;
    let format = match q.format.as_deref().filter(|f| !f.is_empty()) {
        None => None,
        Some(f) => Some(tact_readers::Format::from_name(f).ok_or_else(|| {
            AppError::new(
                StatusCode::BAD_REQUEST,
                format!(
                    "unknown format {f:?}: expected one of {}",
                    tact_readers::Format::names()
                ),
            )
        })?),
    };
    let name = q.name.unwrap_or_else(|| "upload".into());
    let r = store_upload(&state, &auth, name, format, body.to_vec()).await?;
    Ok(Json(r))
}

pub async fn list_moments(
    State(state): State<AppState>,
    auth: Auth,
    Query(q): Query<Paged>,
) -> Result<impl IntoResponse, AppError> {
    let (limit, offset) = q.window();
    let rows = scoped_list(&state, &auth, q.filter, limit, offset, |s, sc, f, l, o| {
        s.moments(sc, f, l, o)
    })
    .await?;
    Ok(Json(rows))
}

#[derive(Deserialize, Default)]
pub struct ScorecardQuery {
    #[serde(default)]
    by: Option<String>,
    #[serde(default)]
    sort: Option<String>,
}

pub async fn scorecards(
    State(state): State<AppState>,
    auth: Auth,
    Query(q): Query<ScorecardQuery>,
) -> Result<impl IntoResponse, AppError> {
    let by_agent = match q.by.as_deref().unwrap_or("agent") {
        "agent" => true,
        "team" => false,
        other => {
            return Err(AppError::new(
                StatusCode::BAD_REQUEST,
                format!("by={other}: expected agent or team"),
            ))
        }
    };
    let store = state.store.clone();
    let scope = auth.user.scope();
    let (weeks, moments) = blocking(move || Ok(store.weekly(&scope)?)).await?;
    Ok(Json(views::scorecards(
        &weeks,
        &moments,
        by_agent,
        q.sort.as_deref().unwrap_or("name"),
    )))
}

pub async fn report_schema(_auth: Auth) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/schema+json")],
        tact_analyze::report_schema(),
    )
}

pub async fn openapi(_auth: Auth) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI)
}

#[derive(Deserialize, Default)]
pub struct JobsQuery {
    #[serde(default)]
    limit: Option<i64>,
}

/// The queue's counts and its dead letters (admins only): what an operator checks when
/// `tact_jobs_dead` rises.
pub async fn jobs(
    State(state): State<AppState>,
    auth: Auth,
    Query(q): Query<JobsQuery>,
) -> Result<impl IntoResponse, AppError> {
    crate::web::require(&auth, &[crate::store::Role::Admin])?;
    let store = state.store.clone();
    let limit = q.limit.unwrap_or(100).clamp(1, MAX_LIMIT);
    let (counts, dead) =
        blocking(move || Ok((store.job_counts(store.clock()?)?, store.dead_jobs(limit)?))).await?;
    Ok(Json(serde_json::json!({ "counts": counts, "dead": dead })))
}

#[derive(Deserialize, Default)]
pub struct RetryBody {
    /// One dead job; all of them when absent.
    #[serde(default)]
    id: Option<i64>,
}

/// Puts dead jobs back in the queue (admins only).
pub async fn retry_jobs(
    State(state): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    body: Option<Json<RetryBody>>,
) -> Result<impl IntoResponse, AppError> {
    crate::web::require(&auth, &[crate::store::Role::Admin])?;
    let posted = headers
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    auth.check_csrf(posted)?;
    let id = body.and_then(|b| b.0.id);
    let store = state.store.clone();
    let retried = blocking(move || Ok(store.retry_dead(id)?)).await?;
    Ok(Json(serde_json::json!({ "retried": retried })))
}
