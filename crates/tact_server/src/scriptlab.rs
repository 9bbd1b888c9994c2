//! The script lab: a team keeps its sales and service scripts here, sees what `tact lint-script`
//! finds highlighted in place, keeps every version and compares two side by side, and tries a
//! script as the customer would: one line at a time, answering each, with every rule watching
//! (the over-service article's advice: test each script on yourself before a customer hears it).

use crate::pages::{pieces, Piece};
use crate::session::Auth;
use crate::store::{Role, Script};
use crate::web::{blocking, render, AppError, AppState};
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use minijinja::{context, Value};
use serde::{Deserialize, Serialize};
use tact_analyze::{Analyzer, ConversationReport};
use tact_model::{Conversation, Role as Speaker, Turn};
use tact_rules::Engine;

/// The analyzer of the script rules under the store's current settings.
fn script_analyzer(state: &AppState, lang: Option<tact_lang::Lang>) -> Analyzer {
    let (_, full) = state.analyzer();
    let settings = full.engine().settings().clone();
    Analyzer::new(Engine::with_rules(settings, |r| r.scripts), lang)
}

fn lang_of(s: &Script) -> Option<tact_lang::Lang> {
    s.language.parse().ok()
}

/// One line of a script with its moments.
#[derive(Serialize)]
struct Line {
    index: usize,
    role: String,
    pieces: Vec<Piece>,
    moments: Vec<usize>,
}

/// A conversation's turns cut at the evidence of its moments, and the moments in `lang`.
fn lines_and_moments(
    conv: &Conversation,
    report: &ConversationReport,
    lang: &str,
) -> (Vec<Line>, Vec<Value>) {
    let lines = conv
        .turns
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let spans: Vec<(usize, usize, usize)> = report
                .moments
                .iter()
                .enumerate()
                .filter(|(_, m)| m.turn == i)
                .map(|(k, m)| (m.start, m.end, k))
                .collect();
            Line {
                index: i,
                role: t.role.to_string(),
                pieces: pieces(&t.text, &spans),
                moments: spans.iter().map(|s| s.2).collect(),
            }
        })
        .collect();
    let moments = report
        .moments
        .iter()
        .map(|m| {
            let message = tact_rules::message_in(lang, m.message_key, &m.message_args)
                .unwrap_or_else(|| m.message.clone());
            let advice = tact_rules::rule_by_key(m.rule)
                .map(|r| tact_rules::advice_in(lang, r))
                .unwrap_or_default();
            context! {
                rule => m.rule, code => m.code, severity => m.severity.as_str(), turn => m.turn,
                evidence => &m.evidence, message => message, advice => advice,
                alternative => &m.alternative,
            }
        })
        .collect();
    (lines, moments)
}

fn language_choices() -> Vec<&'static str> {
    tact_i18n::languages().collect()
}

pub async fn list(State(state): State<AppState>, auth: Auth) -> Result<Response, AppError> {
    let store = state.store.clone();
    let team = match auth.user.role {
        Role::Admin => None,
        _ => Some(auth.user.team.clone().unwrap_or_default()),
    };
    let scripts = blocking(move || Ok(store.scripts(team.as_deref())?)).await?;
    Ok(render(
        &state,
        Some(&auth),
        auth.lang,
        "scripts.html",
        context! {
            scripts => scripts, languages => language_choices(),
            can_edit => auth.user.role != Role::Agent, my_team => auth.user.team.clone(),
        },
    )?
    .into_response())
}

#[derive(Deserialize)]
pub struct ScriptForm {
    #[serde(default)]
    csrf: String,
    name: String,
    #[serde(default)]
    team: String,
    #[serde(default)]
    language: String,
    text: String,
}

pub async fn save(
    State(state): State<AppState>,
    auth: Auth,
    Form(f): Form<ScriptForm>,
) -> Result<Response, AppError> {
    auth.check_csrf(&f.csrf)?;
    let team = match auth.user.role {
        Role::Admin => Some(f.team.trim().to_string()).filter(|t| !t.is_empty()),
        Role::Manager => auth.user.team.clone(),
        Role::Agent => return Err(AppError::forbidden()),
    }
    .ok_or_else(|| AppError::new(StatusCode::BAD_REQUEST, "which team?"))?;
    let name = f.name.trim().to_string();
    if name.is_empty() || f.text.trim().is_empty() || f.text.len() > 200_000 {
        return Err(AppError::new(
            StatusCode::BAD_REQUEST,
            "a name and a script of at most 200,000 bytes",
        ));
    }
    let language = tact_i18n::supported(&f.language).unwrap_or("").to_string();
    let store = state.store.clone();
    let by = auth.user.name.clone();
    let id =
        blocking(move || Ok(store.save_script(&team, &name, &language, &f.text, &by)?)).await?;
    Ok(Redirect::to(&format!("/scripts/{id}")).into_response())
}

/// A script the account may see, and every version of it.
async fn load(state: &AppState, auth: &Auth, id: i64) -> Result<(Script, Vec<Script>), AppError> {
    let store = state.store.clone();
    let found = blocking(move || {
        let Some(s) = store.script(id)? else {
            return Ok(None);
        };
        let versions: Vec<Script> = store
            .scripts(Some(&s.team))?
            .into_iter()
            .filter(|v| v.name == s.name)
            .collect();
        Ok(Some((s, versions)))
    })
    .await?;
    match found {
        Some((s, v)) if auth.in_team(&s.team) => Ok((s, v)),
        _ => Err(AppError::not_found()),
    }
}

fn lint(state: &AppState, s: &Script, lang: &str) -> (Vec<Line>, Vec<Value>) {
    let conv = tact_readers::read_script(&s.name, &s.text);
    let report = script_analyzer(state, lang_of(s)).analyze(&conv);
    lines_and_moments(&conv, &report, lang)
}

pub async fn show(
    State(state): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (s, versions) = load(&state, &auth, id).await?;
    let (lines, moments) = lint(&state, &s, auth.lang);
    Ok(render(
        &state,
        Some(&auth),
        auth.lang,
        "script.html",
        context! { s => &s, versions => versions, lines => lines, moments => moments },
    )?
    .into_response())
}

/// Two versions side by side: lines and moments of each.
pub async fn compare(
    State(state): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    RawQuery(q): RawQuery,
) -> Result<Response, AppError> {
    let other: i64 = form_urlencoded::parse(q.unwrap_or_default().as_bytes())
        .find(|(k, _)| k == "with")
        .and_then(|(_, v)| v.parse().ok())
        .ok_or_else(|| AppError::new(StatusCode::BAD_REQUEST, "compare with which version?"))?;
    let (a, versions) = load(&state, &auth, id).await?;
    let (b, _) = load(&state, &auth, other).await?;
    if a.team != b.team || a.name != b.name {
        return Err(AppError::new(
            StatusCode::BAD_REQUEST,
            "two versions of the same script",
        ));
    }
    let (la, ma) = lint(&state, &a, auth.lang);
    let (lb, mb) = lint(&state, &b, auth.lang);
    Ok(render(
        &state,
        Some(&auth),
        auth.lang,
        "script_compare.html",
        context! {
            a => &a, b => &b, versions => versions,
            left => context! { lines => la, moments => ma },
            right => context! { lines => lb, moments => mb },
        },
    )?
    .into_response())
}

/// The script played line by line with the customer's answers (`r`, repeated in the query,
/// one per line already played), analysed by every rule.
pub async fn try_it(
    State(state): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    RawQuery(q): RawQuery,
) -> Result<Response, AppError> {
    let (s, _) = load(&state, &auth, id).await?;
    let replies: Vec<String> = form_urlencoded::parse(q.unwrap_or_default().as_bytes())
        .filter(|(k, _)| k == "r")
        .map(|(_, v)| v.into_owned())
        .take(500)
        .collect();
    let script = tact_readers::read_script(&s.name, &s.text);
    let agent_lines: Vec<&Turn> = script
        .turns
        .iter()
        .filter(|t| t.role != Speaker::Customer)
        .collect();
    let mut conv = Conversation {
        id: format!("try-{}", s.id),
        language: lang_of(&s).map(|l| l.code().to_string()),
        ..Conversation::default()
    };
    for (k, line) in agent_lines.iter().enumerate().take(replies.len() + 1) {
        conv.turns
            .push(Turn::new(Speaker::Agent, line.text.clone()));
        if let Some(r) = replies.get(k).filter(|r| !r.trim().is_empty()) {
            conv.turns.push(Turn::new(Speaker::Customer, r.clone()));
        }
    }
    let (_, analyzer) = state.analyzer();
    let report = analyzer.analyze(&conv);
    let (lines, moments) = lines_and_moments(&conv, &report, auth.lang);
    let done = replies.len() + 1 >= agent_lines.len();
    Ok(render(
        &state,
        Some(&auth),
        auth.lang,
        "script_try.html",
        context! { s => &s, lines => lines, moments => moments, replies => replies, done => done },
    )?
    .into_response())
}

#[derive(Deserialize, Default)]
pub struct ReplyForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    customer: String,
    #[serde(default)]
    draft: String,
    #[serde(default)]
    language: String,
}

/// The reply check: the empty form, or a draft read as the answer to the customer's text.
pub async fn reply_form(State(state): State<AppState>, auth: Auth) -> Result<Response, AppError> {
    reply_page(&state, &auth, ReplyForm::default(), None)
}

pub async fn reply_check(
    State(state): State<AppState>,
    auth: Auth,
    Form(f): Form<ReplyForm>,
) -> Result<Response, AppError> {
    auth.check_csrf(&f.csrf)?;
    if f.customer.trim().is_empty()
        || f.draft.trim().is_empty()
        || f.customer.len() + f.draft.len() > 100_000
    {
        return Err(AppError::new(
            StatusCode::BAD_REQUEST,
            "the customer's text and the draft, together at most 100,000 bytes",
        ));
    }
    let lang = f.language.parse::<tact_lang::Lang>().ok();
    let (_, full) = state.analyzer();
    let settings = full.engine().settings().clone();
    let (conv, report) =
        tact_analyze::reply::check_reply(f.customer.trim(), f.draft.trim(), lang, settings);
    let result = lines_and_moments(&conv, &report, auth.lang);
    reply_page(&state, &auth, f, Some(result))
}

fn reply_page(
    state: &AppState,
    auth: &Auth,
    f: ReplyForm,
    result: Option<(Vec<Line>, Vec<Value>)>,
) -> Result<Response, AppError> {
    let checked = result.is_some();
    let (lines, moments) = result.unwrap_or_default();
    Ok(render(
        state,
        Some(auth),
        auth.lang,
        "reply_check.html",
        context! {
            customer => f.customer, draft => f.draft, language => f.language,
            languages => language_choices(), checked => checked, lines => lines, moments => moments,
        },
    )?
    .into_response())
}
