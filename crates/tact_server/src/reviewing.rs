//! The review loop on the web: the form on each moment of a conversation, the JSON route for
//! scripts, the review queue with the precision the team's own decisions give each rule, and
//! the labels export. Who may do what is `review::allowed`; who may see what is the scope.

use crate::review::{allowed, Action};
use crate::session::Auth;
use crate::store::{MomentFilter, MomentKey, Role};
use crate::web::{blocking, render, AppError, AppState};
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Form, Json};
use minijinja::context;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct ReviewRequest {
    #[serde(flatten)]
    pub key: MomentKey,
    pub action: String,
    #[serde(default)]
    pub reason: String,
}

/// Checks and applies one review decision; the new status (or the old one for a comment).
async fn apply(
    state: &AppState,
    auth: &Auth,
    req: ReviewRequest,
) -> Result<Option<String>, AppError> {
    let action = Action::parse(&req.action).ok_or_else(|| {
        AppError::new(
            StatusCode::BAD_REQUEST,
            format!(
                "unknown action {:?}: expected one of {}",
                req.action,
                Action::ALL.map(|a| a.as_str()).join(", ")
            ),
        )
    })?;
    let reason = req.reason.trim().to_string();
    if action.needs_reason() && reason.is_empty() {
        return Err(AppError::new(
            StatusCode::BAD_REQUEST,
            format!("{} needs a reason", action.as_str()),
        ));
    }
    let store = state.store.clone();
    let user = auth.user.clone();
    blocking(move || {
        // A moment of a conversation the caller may not see does not exist for them.
        if store
            .conversation(&user.scope(), &req.key.conversation_id)?
            .is_none()
        {
            return Err(AppError::not_found());
        }
        let current = store.review_state(&req.key)?;
        if !allowed(
            user.role,
            action,
            current.as_ref().map(|s| s.status.as_str()),
        ) {
            return Err(AppError::new(
                StatusCode::FORBIDDEN,
                format!(
                    "a{} {} may not {} a moment that is {}",
                    if user.role == Role::Agent { "n" } else { "" },
                    user.role,
                    action.as_str(),
                    current
                        .as_ref()
                        .map_or("not reviewed", |s| s.status.as_str())
                ),
            ));
        }
        if !store.review(&req.key, action, &reason, &user)? {
            return Err(AppError::not_found());
        }
        Ok(store.review_state(&req.key)?.map(|s| s.status))
    })
    .await
}

/// The form on a moment. Its fields are spelled out, not flattened from [`ReviewRequest`]:
/// form decoding cannot read numbers through a flattened struct.
#[derive(Deserialize)]
pub struct ReviewForm {
    #[serde(default)]
    csrf: String,
    conversation_id: String,
    rule: String,
    turn: i64,
    start: i64,
    end: i64,
    action: String,
    #[serde(default)]
    reason: String,
    /// The moment's place on the page, to come back to it.
    #[serde(default)]
    index: usize,
}

pub async fn review_form(
    State(state): State<AppState>,
    auth: Auth,
    Form(f): Form<ReviewForm>,
) -> Result<Response, AppError> {
    auth.check_csrf(&f.csrf)?;
    let id = f.conversation_id.clone();
    let review = ReviewRequest {
        key: MomentKey {
            conversation_id: f.conversation_id,
            rule: f.rule,
            turn: f.turn,
            start: f.start,
            end: f.end,
        },
        action: f.action,
        reason: f.reason,
    };
    apply(&state, &auth, review).await?;
    let path = format!(
        "/conversations/{}#moment-{}",
        crate::pages::encode(&id),
        f.index
    );
    Ok(Redirect::to(&path).into_response())
}

pub async fn review_api(
    State(state): State<AppState>,
    auth: Auth,
    headers: axum::http::HeaderMap,
    Json(req): Json<ReviewRequest>,
) -> Result<Response, AppError> {
    let posted = headers
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    auth.check_csrf(posted)?;
    let status = apply(&state, &auth, req).await?;
    Ok(Json(serde_json::json!({ "status": status })).into_response())
}

pub async fn labels_api(State(state): State<AppState>, auth: Auth) -> Result<Response, AppError> {
    let store = state.store.clone();
    let scope = auth.user.scope();
    let labels = blocking(move || Ok(store.labels(&scope)?)).await?;
    Ok(Json(labels).into_response())
}

#[derive(Deserialize, Default)]
pub struct QueueQuery {
    #[serde(default)]
    status: String,
}

/// The review queue (disputed moments and those up for discussion, or any status asked for)
/// and what the decisions so far say about each rule.
pub async fn queue(
    State(state): State<AppState>,
    auth: Auth,
    Query(q): Query<QueueQuery>,
) -> Result<Response, AppError> {
    let store = state.store.clone();
    let scope = auth.user.scope();
    let status = q.status.clone();
    let (rows, labels) = blocking(move || {
        let statuses: Vec<&str> = if status.is_empty() {
            vec!["disputed", "to-discuss"]
        } else {
            vec![status.as_str()]
        };
        let mut rows = Vec::new();
        for s in statuses {
            let f = MomentFilter {
                status: s.to_string(),
                ..MomentFilter::default()
            };
            rows.extend(store.moments(&scope, &f, 200, 0)?);
        }
        Ok((rows, store.labels(&scope)?))
    })
    .await?;
    let precision = tact_eval::labels::precision(
        labels
            .iter()
            .map(|l| (l.key.rule.as_str(), l.team.as_deref(), l.status.as_str())),
    );
    Ok(render(
        &state,
        Some(&auth),
        auth.lang,
        "reviews.html",
        context! { rows => rows, precision => precision, status => q.status, labels => labels.len() },
    )?
    .into_response())
}
