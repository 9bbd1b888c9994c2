//! Workshop mode: a manager opens a meeting over library items and steps through them on a
//! shared screen; each participant proposes and votes from their own device (the library's
//! proposals), and the screen follows along. Closing it approves the most voted reply of each
//! item as the team's OK reply and leaves a summary to print or download as Markdown.

use crate::session::Auth;
use crate::store::{LibraryItem, Proposal, Role, Workshop};
use crate::web::{blocking, render, AppError, AppState};
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use minijinja::context;
use serde::Deserialize;
use std::fmt::Write as _;

fn leads(auth: &Auth, team: &str) -> bool {
    auth.user.role == Role::Admin
        || (auth.user.role == Role::Manager && auth.user.team.as_deref() == Some(team))
}

pub async fn list(State(state): State<AppState>, auth: Auth) -> Result<Response, AppError> {
    let store = state.store.clone();
    let team = match auth.user.role {
        Role::Admin => None,
        _ => Some(auth.user.team.clone().unwrap_or_default()),
    };
    let (workshops, items) = blocking(move || {
        Ok((
            store.workshops(team.as_deref())?,
            store.library(team.as_deref())?,
        ))
    })
    .await?;
    Ok(render(
        &state,
        Some(&auth),
        auth.lang,
        "workshops.html",
        context! { workshops => workshops, items => items, can_lead => auth.user.role != Role::Agent },
    )?
    .into_response())
}

/// Form fields arrive as `title=…&item=3&item=5`: read by hand, since form decoding does not
/// collect repeated keys.
pub async fn create(
    State(state): State<AppState>,
    auth: Auth,
    body: String,
) -> Result<Response, AppError> {
    let mut csrf = String::new();
    let mut title = String::new();
    let mut items: Vec<i64> = Vec::new();
    for (k, v) in url_pairs(&body) {
        match k.as_str() {
            "csrf" => csrf = v,
            "title" => title = v,
            "item" => items.extend(v.parse::<i64>().ok()),
            _ => {}
        }
    }
    auth.check_csrf(&csrf)?;
    if auth.user.role == Role::Agent {
        return Err(AppError::forbidden());
    }
    if items.is_empty() || title.trim().is_empty() {
        return Err(AppError::new(
            StatusCode::BAD_REQUEST,
            "a title and at least one library item",
        ));
    }
    let store = state.store.clone();
    let uid = auth.user.id;
    let found = blocking(move || {
        let mut out = Vec::new();
        for i in &items {
            out.push(store.library_item(*i, uid)?.map(|(item, _)| item));
        }
        Ok(out)
    })
    .await?;
    let found: Vec<LibraryItem> = found.into_iter().flatten().collect();
    let team = found.first().map(|i| i.team.clone()).unwrap_or_default();
    if found.len() != url_pairs(&body).iter().filter(|(k, _)| k == "item").count()
        || found.iter().any(|i| i.team != team)
        || !leads(&auth, &team)
    {
        return Err(AppError::new(
            StatusCode::BAD_REQUEST,
            "the items must be in the library of one team you lead",
        ));
    }
    let store = state.store.clone();
    let by = auth.user.name.clone();
    let ids: Vec<i64> = found.iter().map(|i| i.id).collect();
    let title = title.trim().to_string();
    let id = blocking(move || Ok(store.create_workshop(&team, &title, &by, &ids)?)).await?;
    Ok(Redirect::to(&format!("/workshops/{id}")).into_response())
}

fn url_pairs(body: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(body.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// A workshop, its current item and that item's proposals, when the account is in its team.
async fn load(
    state: &AppState,
    auth: &Auth,
    id: i64,
) -> Result<(Workshop, Option<(LibraryItem, Vec<Proposal>)>), AppError> {
    let store = state.store.clone();
    let uid = auth.user.id;
    let found = blocking(move || {
        let Some(w) = store.workshop(id)? else {
            return Ok(None);
        };
        let current = match w.items.get(usize::try_from(w.current).unwrap_or(0)) {
            Some(item) => store.library_item(*item, uid)?,
            None => None,
        };
        Ok(Some((w, current)))
    })
    .await?;
    match found {
        Some((w, current)) if auth.in_team(&w.team) => Ok((w, current)),
        _ => Err(AppError::not_found()),
    }
}

pub async fn screen(
    State(state): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (w, current) = load(&state, &auth, id).await?;
    let (item, proposals) = current.map_or((None, Vec::new()), |(i, p)| (Some(i), p));
    Ok(render(
        &state,
        Some(&auth),
        auth.lang,
        "workshop.html",
        context! {
            w => &w, item => item, proposals => proposals, position => w.current + 1,
            count => w.items.len(), leads => leads(&auth, &w.team),
        },
    )?
    .into_response())
}

/// The proposals of the current item, for the screen to refresh itself.
pub async fn live(
    State(state): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (w, current) = load(&state, &auth, id).await?;
    let proposals = current.map(|(_, p)| p).unwrap_or_default();
    let t = state.templates.get_template("workshop_live.html")?;
    let html = t.render(context! {
        lang => auth.lang, csrf => auth.csrf.clone(), w => &w, proposals => proposals,
        leads => leads(&auth, &w.team),
    })?;
    Ok(([(header::CACHE_CONTROL, "no-store")], Html(html)).into_response())
}

#[derive(Deserialize)]
pub struct StepForm {
    #[serde(default)]
    csrf: String,
    /// `next`, `previous` or `close`.
    step: String,
}

pub async fn step(
    State(state): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    Form(f): Form<StepForm>,
) -> Result<Response, AppError> {
    auth.check_csrf(&f.csrf)?;
    let (w, _) = load(&state, &auth, id).await?;
    if !leads(&auth, &w.team) {
        return Err(AppError::forbidden());
    }
    if w.closed {
        return Err(AppError::new(
            StatusCode::CONFLICT,
            "this workshop is closed",
        ));
    }
    let last = w.items.len().saturating_sub(1) as i64;
    let s = state.clone();
    let uid = auth.user.id;
    blocking(move || {
        match f.step.as_str() {
            "next" => s.store.set_workshop(id, (w.current + 1).min(last), false)?,
            "previous" => s.store.set_workshop(id, (w.current - 1).max(0), false)?,
            "close" => close(&s, &w, uid)?,
            other => {
                return Err(AppError::new(
                    StatusCode::BAD_REQUEST,
                    format!("unknown step {other:?}"),
                ))
            }
        }
        Ok(())
    })
    .await?;
    Ok(Redirect::to(&format!("/workshops/{id}")).into_response())
}

/// Approves the most voted reply of each item (the earliest on a tie) and closes.
fn close(s: &AppState, w: &Workshop, uid: i64) -> Result<(), AppError> {
    let mut settings = s
        .store
        .setting(crate::web::SETTINGS_KEY)?
        .unwrap_or_default();
    let mut changed = false;
    for item in &w.items {
        let Some((it, proposals)) = s.store.library_item(*item, uid)? else {
            continue;
        };
        let best = proposals
            .iter()
            .filter(|p| p.votes > 0)
            .max_by(|a, b| a.votes.cmp(&b.votes).then(b.id.cmp(&a.id)));
        if let Some(p) = best {
            s.store.approve(p.id)?;
            settings = crate::team_settings::alternative(
                &settings,
                &it.team,
                &it.rule,
                &it.language,
                &p.text,
            )
            .map_err(|e| AppError::new(StatusCode::CONFLICT, e))?;
            changed = true;
        }
    }
    if changed {
        s.set_settings(&settings)
            .map_err(|e| AppError::new(StatusCode::CONFLICT, format!("{e:#}")))?;
    }
    s.store.set_workshop(w.id, w.current, true)?;
    Ok(())
}

/// The workshop as Markdown: each item, its replies with their votes, the one chosen.
pub async fn summary(
    State(state): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (w, _) = load(&state, &auth, id).await?;
    let store = state.store.clone();
    let uid = auth.user.id;
    let items = w.items.clone();
    let loaded = blocking(move || {
        let mut out = Vec::new();
        for i in items {
            out.extend(store.library_item(i, uid)?);
        }
        Ok(out)
    })
    .await?;
    let md = tact_report::escape::markdown;
    let mut out = format!(
        "# {}\n\nTeam {} · {} · {}\n",
        md(&w.title),
        md(&w.team),
        md(&w.created_by),
        &w.at[..w.at.len().min(10)]
    );
    for (k, (item, proposals)) in loaded.iter().enumerate() {
        let _ = write!(
            out,
            "\n## {}. {} ({})\n\n> {}\n\n",
            k + 1,
            md(&item.rule),
            md(&item.language),
            md(&item.evidence)
        );
        if proposals.is_empty() {
            out.push_str("No reply proposed.\n");
        }
        for p in proposals {
            let _ = writeln!(
                out,
                "- {}{} ({} votes, {})",
                if p.approved { "**chosen:** " } else { "" },
                md(&p.text),
                p.votes,
                md(&p.by)
            );
        }
    }
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/markdown; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"workshop-{id}.md\""),
            ),
        ],
        out,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_form_keys_are_all_read() {
        let p = url_pairs("csrf=a%2Bb&title=Monday+review&item=3&item=5&x");
        assert_eq!(p[0], ("csrf".into(), "a+b".into()));
        assert_eq!(p[1].1, "Monday review");
        assert_eq!(p.iter().filter(|(k, _)| k == "item").count(), 2);
    }
}
