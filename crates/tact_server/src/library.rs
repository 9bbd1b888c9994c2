//! The team library: a manager keeps a confirmed moment as an example (the turns around it,
//! redacted), the team proposes OK replies and votes, and the manager approves one, which
//! becomes the team's OK alternative for that rule and language everywhere (the store's
//! settings, so `tact analyze` with the same `tact.toml` shows it too).

use crate::session::Auth;
use crate::store::{LibraryItem, MomentKey, NewLibraryItem, Proposal, Role};
use crate::web::{blocking, render, AppError, AppState};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use minijinja::context;
use serde::Deserialize;
use tact_model::Conversation;

/// Turns shown before the moment's own turn.
const CONTEXT_TURNS: usize = 2;

#[derive(Deserialize)]
pub struct AddForm {
    #[serde(default)]
    csrf: String,
    conversation_id: String,
    rule: String,
    turn: i64,
    start: i64,
    end: i64,
}

/// Keeps a confirmed moment in its team's library.
pub async fn add(
    State(state): State<AppState>,
    auth: Auth,
    Form(f): Form<AddForm>,
) -> Result<Response, AppError> {
    auth.check_csrf(&f.csrf)?;
    if auth.user.role == Role::Agent {
        return Err(AppError::forbidden());
    }
    let store = state.store.clone();
    let user = auth.user.clone();
    let id = blocking(move || {
        let key = MomentKey {
            conversation_id: f.conversation_id,
            rule: f.rule,
            turn: f.turn,
            start: f.start,
            end: f.end,
        };
        let c = store
            .conversation(&user.scope(), &key.conversation_id)?
            .ok_or_else(AppError::not_found)?;
        let confirmed = store
            .review_state(&key)?
            .is_some_and(|s| matches!(s.status.as_str(), "confirmed" | "dispute-rejected"));
        if !confirmed {
            return Err(AppError::new(
                StatusCode::CONFLICT,
                "only a confirmed moment goes into the library",
            ));
        }
        let team =
            c.row.team.clone().ok_or_else(|| {
                AppError::new(StatusCode::CONFLICT, "this conversation has no team")
            })?;
        let turn = usize::try_from(key.turn).unwrap_or(0);
        let evidence = c.input.turns.get(turn).and_then(|t| {
            t.text
                .get(usize::try_from(key.start).ok()?..usize::try_from(key.end).ok()?)
        });
        let excerpt = excerpt(&c.input, turn);
        let evidence = redact_text(&c.input, evidence.unwrap_or(""));
        Ok(store.add_library_item(&NewLibraryItem {
            team: &team,
            rule: &key.rule,
            language: &c.row.language,
            conversation_id: &key.conversation_id,
            turn: key.turn,
            excerpt: &excerpt,
            evidence: &evidence,
            added_by: &user.name,
        })?)
    })
    .await?;
    Ok(Redirect::to(&format!("/library/{id}")).into_response())
}

/// The moment's turn and the ones before it, redacted again (a store that keeps personal
/// data must not leak it into the library) and without speaker names.
fn excerpt(c: &Conversation, turn: usize) -> serde_json::Value {
    let from = turn.saturating_sub(CONTEXT_TURNS);
    let mut part = c.clone();
    part.turns = c
        .turns
        .get(from..=turn)
        .map(<[_]>::to_vec)
        .unwrap_or_default();
    let red = tact_redact::redact_conversation(&part, tact_redact::Options::default());
    red.turns
        .iter()
        .map(|t| serde_json::json!({"role": t.role.as_str(), "text": t.text}))
        .collect()
}

fn redact_text(c: &Conversation, text: &str) -> String {
    let mut one = c.clone();
    one.turns = vec![tact_model::Turn::new(tact_model::Role::Agent, text)];
    tact_redact::redact_conversation(&one, tact_redact::Options::default())
        .turns
        .remove(0)
        .text
}

pub async fn list(State(state): State<AppState>, auth: Auth) -> Result<Response, AppError> {
    let store = state.store.clone();
    let team = match auth.user.role {
        Role::Admin => None,
        _ => Some(auth.user.team.clone().unwrap_or_default()),
    };
    let items = blocking(move || Ok(store.library(team.as_deref())?)).await?;
    Ok(render(
        &state,
        Some(&auth),
        auth.lang,
        "library.html",
        context! { items => items },
    )?
    .into_response())
}

pub async fn item(
    State(state): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (item, proposals) = team_item(&state, &auth, id).await?;
    let builtin = tact_rules::alternative(
        &item.rule,
        item.language.parse().unwrap_or(tact_lang::Lang::En),
    )
    .unwrap_or("")
    .to_string();
    let can_approve = auth.user.role != Role::Agent;
    Ok(render(
        &state,
        Some(&auth),
        auth.lang,
        "library_item.html",
        context! { item => item, proposals => proposals, builtin => builtin, can_approve => can_approve },
    )?
    .into_response())
}

#[derive(Deserialize)]
pub struct ProposalForm {
    #[serde(default)]
    csrf: String,
    text: String,
    /// The page to go back to (a workshop's screen); the item's page when absent.
    #[serde(default)]
    back: String,
}

/// Where to go after a form: `back` when it is a workshop page of this site, else `default`.
fn back_to(back: &str, default: String) -> String {
    if back.starts_with("/workshops/") && !back.contains("//") {
        back.to_string()
    } else {
        default
    }
}

pub async fn propose(
    State(state): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    Form(f): Form<ProposalForm>,
) -> Result<Response, AppError> {
    auth.check_csrf(&f.csrf)?;
    let text = f.text.trim().to_string();
    if text.is_empty() || text.chars().count() > 2000 {
        return Err(AppError::new(
            StatusCode::BAD_REQUEST,
            "a reply of 1 to 2000 characters",
        ));
    }
    team_item(&state, &auth, id).await?;
    let store = state.store.clone();
    let name = auth.user.name.clone();
    blocking(move || Ok(store.add_proposal(id, &text, &name)?)).await?;
    Ok(Redirect::to(&back_to(&f.back, format!("/library/{id}"))).into_response())
}

#[derive(Deserialize)]
pub struct CsrfOnly {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    back: String,
}

/// A library item and its proposals, when the account belongs to its team; 404 otherwise,
/// as for an item that does not exist.
async fn team_item(
    state: &AppState,
    auth: &Auth,
    id: i64,
) -> Result<(LibraryItem, Vec<Proposal>), AppError> {
    let store = state.store.clone();
    let uid = auth.user.id;
    let found = blocking(move || Ok(store.library_item(id, uid)?)).await?;
    found
        .filter(|(i, _)| auth.in_team(&i.team))
        .ok_or_else(AppError::not_found)
}

/// The library item of a proposal, when the account belongs to its team.
async fn proposal_item(state: &AppState, auth: &Auth, proposal: i64) -> Result<i64, AppError> {
    let store = state.store.clone();
    let item = blocking(move || Ok(store.proposal_item(proposal)?))
        .await?
        .ok_or_else(AppError::not_found)?;
    Ok(team_item(state, auth, item).await?.0.id)
}

pub async fn vote(
    State(state): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    Form(f): Form<CsrfOnly>,
) -> Result<Response, AppError> {
    auth.check_csrf(&f.csrf)?;
    let item = proposal_item(&state, &auth, id).await?;
    let store = state.store.clone();
    let uid = auth.user.id;
    blocking(move || Ok(store.vote(id, uid)?)).await?;
    Ok(Redirect::to(&back_to(&f.back, format!("/library/{item}"))).into_response())
}

/// Approves a proposal: it becomes the team's OK reply for the rule and language.
pub async fn approve(
    State(state): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    Form(f): Form<CsrfOnly>,
) -> Result<Response, AppError> {
    auth.check_csrf(&f.csrf)?;
    if auth.user.role == Role::Agent {
        return Err(AppError::forbidden());
    }
    let item = proposal_item(&state, &auth, id).await?;
    let s = state.clone();
    blocking(move || {
        let Some((item, text)) = s.store.approve(id)? else {
            return Err(AppError::not_found());
        };
        let settings = s
            .store
            .setting(crate::web::SETTINGS_KEY)?
            .unwrap_or_default();
        let new = crate::team_settings::alternative(
            &settings,
            &item.team,
            &item.rule,
            &item.language,
            &text,
        )
        .map_err(|e| AppError::new(StatusCode::CONFLICT, e))?;
        s.set_settings(&new)
            .map_err(|e| AppError::new(StatusCode::CONFLICT, format!("{e:#}")))?;
        Ok(())
    })
    .await?;
    Ok(Redirect::to(&format!("/library/{item}")).into_response())
}
