//! The HTML pages: first-admin setup, login, overview, scorecards, moments, conversations, the
//! rule catalogue, upload, and the admin's users and settings. Each handler asks the store for
//! what the caller's scope allows and hands it to a template; the templates are compiled in.

use crate::auth::{digest, hash_password, random_token, verify_password};
use crate::ingest::{ingest, IngestOptions, Uploader};
use crate::session::{browser_lang, secure, session_cookie, Auth, SESSION_SECONDS};
use crate::store::{MomentFilter, NewUser, Role};
use crate::web::{blocking, render, require, scoped_list, AppError, AppState};
use crate::{charts, i18n, views};
use axum::extract::{FromRequestParts, Multipart, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use minijinja::{context, Environment, Value};
use serde::Deserialize;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::Ordering;
use tact_rules::{Family, RULES};

const PAGE: i64 = 50;

/// The compiled-in templates, with `t(key, name=value…)` for translated text in the page's
/// language.
pub fn templates() -> Environment<'static> {
    let mut env = Environment::new();
    for (name, src) in TEMPLATES {
        env.add_template(name, src)
            .unwrap_or_else(|e| panic!("template {name}: {e}"));
    }
    env.add_function(
        "t",
        |state: &minijinja::State<'_, '_>, key: &str, kwargs: minijinja::value::Kwargs| {
            let lang = state
                .lookup("lang")
                .and_then(|l| l.as_str().map(str::to_string))
                .unwrap_or_else(|| "en".into());
            let args: Vec<(&str, String)> = kwargs
                .args()
                .map(|k| {
                    let v: Value = kwargs.get(k).unwrap_or_default();
                    (k, v.to_string())
                })
                .collect();
            Ok(i18n::tr(&lang, key, &args))
        },
    );
    env.add_filter(
        "query",
        |pairs: Value| -> Result<String, minijinja::Error> {
            // A map of filters as a query string, empty values left out.
            let mut out = Vec::new();
            if let Ok(keys) = pairs.try_iter() {
                for k in keys {
                    let v = pairs.get_item(&k).unwrap_or_default();
                    let (k, v) = (k.to_string(), v.to_string());
                    if !v.is_empty() && v != "none" {
                        out.push(format!("{}={}", encode(&k), encode(&v)));
                    }
                }
            }
            Ok(out.join("&"))
        },
    );
    env
}

/// Percent-encodes a query string component or a path segment (unreserved characters kept).
pub(crate) fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../templates/base.html")),
    ("login.html", include_str!("../templates/login.html")),
    ("setup.html", include_str!("../templates/setup.html")),
    ("overview.html", include_str!("../templates/overview.html")),
    (
        "scorecards.html",
        include_str!("../templates/scorecards.html"),
    ),
    ("moments.html", include_str!("../templates/moments.html")),
    (
        "conversations.html",
        include_str!("../templates/conversations.html"),
    ),
    (
        "conversation.html",
        include_str!("../templates/conversation.html"),
    ),
    ("rules.html", include_str!("../templates/rules.html")),
    ("rule.html", include_str!("../templates/rule.html")),
    ("upload.html", include_str!("../templates/upload.html")),
    ("users.html", include_str!("../templates/users.html")),
    ("settings.html", include_str!("../templates/settings.html")),
    ("message.html", include_str!("../templates/message.html")),
    ("filters.html", include_str!("../templates/filters.html")),
    ("pager.html", include_str!("../templates/pager.html")),
    ("reviews.html", include_str!("../templates/reviews.html")),
    ("library.html", include_str!("../templates/library.html")),
    (
        "library_item.html",
        include_str!("../templates/library_item.html"),
    ),
    (
        "workshops.html",
        include_str!("../templates/workshops.html"),
    ),
    ("workshop.html", include_str!("../templates/workshop.html")),
    (
        "workshop_live.html",
        include_str!("../templates/workshop_live.html"),
    ),
    (
        "script_parts.html",
        include_str!("../templates/script_parts.html"),
    ),
    ("scripts.html", include_str!("../templates/scripts.html")),
    ("script.html", include_str!("../templates/script.html")),
    (
        "script_compare.html",
        include_str!("../templates/script_compare.html"),
    ),
    (
        "script_try.html",
        include_str!("../templates/script_try.html"),
    ),
    (
        "reply_check.html",
        include_str!("../templates/reply_check.html"),
    ),
];

/// The client's address, when the server knows it (rate limits key on it).
pub struct ClientAddr(Option<IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientAddr(
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip()),
        ))
    }
}

fn message(
    state: &AppState,
    auth: Option<&Auth>,
    lang: &str,
    status: StatusCode,
    title: &str,
    body: &str,
) -> Response {
    match render(
        state,
        auth,
        lang,
        "message.html",
        context! { title => title, body => body },
    ) {
        Ok(h) => (status, h).into_response(),
        Err(e) => e.into_response(),
    }
}

// ---- first admin, login, logout, language ------------------------------------------------

#[derive(Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
}

pub async fn setup_form(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<TokenQuery>,
) -> Result<Response, AppError> {
    let lang = browser_lang(&headers);
    let users = {
        let s = state.store.clone();
        blocking(move || Ok(s.user_count()?)).await?
    };
    if users > 0 {
        return Ok(Redirect::to("/login").into_response());
    }
    Ok(render(
        &state,
        None,
        lang,
        "setup.html",
        context! { token => q.token, error => "" },
    )?
    .into_response())
}

#[derive(Deserialize)]
pub struct SetupForm {
    token: String,
    name: String,
    password: String,
    password2: String,
}

pub async fn setup(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(f): Form<SetupForm>,
) -> Result<Response, AppError> {
    let lang = browser_lang(&headers);
    let again = |error: &str| {
        render(
            &state,
            None,
            lang,
            "setup.html",
            context! { token => f.token.clone(), error => i18n::tr(lang, error, &[]) },
        )
        .map(|h| (StatusCode::BAD_REQUEST, h).into_response())
    };
    if f.name.trim().is_empty() {
        return again("error-name-required");
    }
    if f.password.chars().count() < 10 {
        return again("error-password-short");
    }
    if f.password != f.password2 {
        return again("error-password-mismatch");
    }
    let store = state.store.clone();
    let token = f.token.clone();
    let name = f.name.trim().to_string();
    let password = f.password.clone();
    let created = blocking(move || {
        if !store.take_setup_link(&digest(&token), chrono::Utc::now().timestamp())? {
            return Ok(None);
        }
        let hash = hash_password(&password)?;
        let user = store.add_user(&NewUser {
            name: &name,
            role: Role::Admin,
            team: None,
            agent: None,
            password_hash: &hash,
        })?;
        Ok(Some(user))
    })
    .await?;
    match created {
        Some(user) => start_session(&state, &headers, user.id, "/").await,
        None => Ok(message(
            &state,
            None,
            lang,
            StatusCode::FORBIDDEN,
            &i18n::tr(lang, "setup-title", &[]),
            &i18n::tr(lang, "error-setup-link", &[]),
        )),
    }
}

async fn start_session(
    state: &AppState,
    headers: &HeaderMap,
    user: i64,
    next: &str,
) -> Result<Response, AppError> {
    let id = random_token();
    let csrf = random_token();
    let expires = chrono::Utc::now().timestamp() + SESSION_SECONDS;
    let store = state.store.clone();
    let hash = digest(&id);
    blocking(move || Ok(store.add_session(&hash, user, &csrf, expires)?)).await?;
    let cookie = session_cookie(&id, SESSION_SECONDS, secure(state, headers));
    Ok((
        [(header::SET_COOKIE, cookie)],
        Redirect::to(safe_next(next)),
    )
        .into_response())
}

/// Only a path on this site, never another site.
fn safe_next(next: &str) -> &str {
    if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') {
        next
    } else {
        "/"
    }
}

#[derive(Deserialize)]
pub struct LoginQuery {
    #[serde(default)]
    next: String,
    #[serde(default)]
    lang: String,
}

pub async fn login_form(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<LoginQuery>,
) -> Result<Response, AppError> {
    let chosen = i18n::languages().find(|l| *l == q.lang);
    let lang = chosen.unwrap_or_else(|| browser_lang(&headers));
    let page = render(
        &state,
        None,
        lang,
        "login.html",
        context! { next => q.next, error => "" },
    )?;
    Ok(match chosen {
        Some(l) => (
            [(
                header::SET_COOKIE,
                format!("tact_lang={l}; Path=/; SameSite=Lax; Max-Age=31536000"),
            )],
            page,
        )
            .into_response(),
        None => page.into_response(),
    })
}

#[derive(Deserialize)]
pub struct LoginForm {
    name: String,
    password: String,
    #[serde(default)]
    next: String,
}

pub async fn login(
    State(state): State<AppState>,
    ClientAddr(addr): ClientAddr,
    headers: HeaderMap,
    Form(f): Form<LoginForm>,
) -> Result<Response, AppError> {
    let lang = browser_lang(&headers);
    let refuse = |status: StatusCode, key: &str| {
        render(
            &state,
            None,
            lang,
            "login.html",
            context! { next => f.next.clone(), error => i18n::tr(lang, key, &[]) },
        )
        .map(|h| (status, h).into_response())
    };
    if !crate::session::same_origin(&headers) {
        return refuse(StatusCode::FORBIDDEN, "error-cross-site");
    }
    let name_key = f.name.trim().to_lowercase();
    let addr_key = addr.map(|a| a.to_string());
    if state.logins_by_name.blocked(&name_key)
        || addr_key
            .as_deref()
            .is_some_and(|a| state.logins_by_address.blocked(a))
    {
        return refuse(StatusCode::TOO_MANY_REQUESTS, "error-too-many-logins");
    }
    let store = state.store.clone();
    let (name, password) = (f.name.trim().to_string(), f.password.clone());
    let user = blocking(move || {
        let found = store.user_by_name(&name)?;
        // Hash even for an unknown name, so timing does not tell which names exist.
        let hash = found
            .as_ref()
            .and_then(|(_, h)| h.clone())
            .unwrap_or_else(|| "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA".into());
        let ok = verify_password(&password, &hash);
        Ok(found.filter(|_| ok).map(|(u, _)| u))
    })
    .await?;
    match user {
        Some(u) => {
            state.logins_by_name.succeeded(&name_key);
            start_session(&state, &headers, u.id, &f.next).await
        }
        None => {
            state.logins_by_name.failed(&name_key);
            if let Some(a) = &addr_key {
                state.logins_by_address.failed(a);
            }
            refuse(StatusCode::UNAUTHORIZED, "error-login")
        }
    }
}

#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

pub async fn logout(
    State(state): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Form(f): Form<CsrfForm>,
) -> Result<Response, AppError> {
    auth.check_csrf(&f.csrf)?;
    if let Some(v) = crate::session::cookie_value(&headers, crate::session::COOKIE) {
        let store = state.store.clone();
        blocking(move || Ok(store.delete_session(&digest(&v))?)).await?;
    }
    let cookie = session_cookie("", 0, secure(&state, &headers));
    Ok(([(header::SET_COOKIE, cookie)], Redirect::to("/login")).into_response())
}

#[derive(Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    csrf: String,
    lang: String,
    #[serde(default)]
    next: String,
}

pub async fn set_language(
    State(state): State<AppState>,
    auth: Auth,
    Form(f): Form<LanguageForm>,
) -> Result<Response, AppError> {
    auth.check_csrf(&f.csrf)?;
    let lang = i18n::languages()
        .find(|l| *l == f.lang)
        .ok_or_else(|| AppError::new(StatusCode::BAD_REQUEST, "unknown language"))?;
    let store = state.store.clone();
    let id = auth.user.id;
    blocking(move || Ok(store.set_lang(id, Some(lang))?)).await?;
    Ok(Redirect::to(safe_next(&f.next)).into_response())
}

// ---- reading ------------------------------------------------------------------------------

pub async fn overview(State(state): State<AppState>, auth: Auth) -> Result<Response, AppError> {
    let store = state.store.clone();
    let scope = auth.user.scope();
    let (weeks, moments) = blocking(move || Ok(store.weekly(&scope)?)).await?;
    let o = views::overview(&weeks, &moments);
    let lang = auth.lang;
    let score_chart = charts::lines(
        &i18n::tr(lang, "chart-score-title", &[]),
        &o.weeks,
        &o.score_by_team,
        100.0,
    );
    let family_series: Vec<views::Series> = o
        .moments_by_family
        .iter()
        .map(|s| views::Series {
            name: i18n::tr(lang, &format!("family-{}", s.name), &[]),
            values: s.values.clone(),
        })
        .collect();
    let moments_chart = charts::stacked(
        &i18n::tr(lang, "chart-moments-title", &[]),
        &o.weeks,
        &family_series,
    );
    Ok(render(
        &state,
        Some(&auth),
        lang,
        "overview.html",
        context! {
            o => &o,
            score_chart => Value::from_safe_string(score_chart),
            moments_chart => Value::from_safe_string(moments_chart),
            families => family_series,
        },
    )?
    .into_response())
}

#[derive(Deserialize, Default)]
pub struct SortQuery {
    #[serde(default)]
    sort: String,
}

async fn scorecard_page(
    state: AppState,
    auth: Auth,
    by_agent: bool,
    sort: String,
) -> Result<Response, AppError> {
    let store = state.store.clone();
    let scope = auth.user.scope();
    let (weeks, moments) = blocking(move || Ok(store.weekly(&scope)?)).await?;
    let sort = if sort.is_empty() {
        "-moments".to_string()
    } else {
        sort
    };
    let cards = views::scorecards(&weeks, &moments, by_agent, &sort);
    Ok(render(
        &state,
        Some(&auth),
        auth.lang,
        "scorecards.html",
        context! {
            cards => cards,
            by => if by_agent { "agent" } else { "team" },
            sort => sort,
            families => Family::ALL.iter().map(|f| f.as_str()).collect::<Vec<_>>(),
        },
    )?
    .into_response())
}

pub async fn agents(
    State(state): State<AppState>,
    auth: Auth,
    Query(q): Query<SortQuery>,
) -> Result<Response, AppError> {
    scorecard_page(state, auth, true, q.sort).await
}

pub async fn teams(
    State(state): State<AppState>,
    auth: Auth,
    Query(q): Query<SortQuery>,
) -> Result<Response, AppError> {
    scorecard_page(state, auth, false, q.sort).await
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(flatten)]
    filter: MomentFilter,
    #[serde(default)]
    page: Option<i64>,
}

fn filter_choices() -> Value {
    context! {
        rules => RULES.iter().map(|r| r.id).collect::<Vec<_>>(),
        families => Family::ALL.iter().map(|f| f.as_str()).collect::<Vec<_>>(),
        severities => ["info", "warning", "error"],
        languages => i18n::languages().collect::<Vec<_>>(),
        channels => ["chat", "call", "email", "sms", "review", "script"],
    }
}

/// One page of a list page: its number, its rows, and whether another page follows (one row
/// more than a page is asked for to know).
async fn one_page<T: Send + 'static>(
    state: &AppState,
    auth: &Auth,
    q: &ListQuery,
    query: impl FnOnce(
            &dyn crate::store::Store,
            &crate::store::Scope,
            &MomentFilter,
            i64,
            i64,
        ) -> crate::store::Result<Vec<T>>
        + Send
        + 'static,
) -> Result<(i64, Vec<T>, bool), AppError> {
    let page = q.page.unwrap_or(1).max(1);
    let mut rows = scoped_list(
        state,
        auth,
        q.filter.clone(),
        PAGE + 1,
        (page - 1) * PAGE,
        query,
    )
    .await?;
    let more = rows.len() > PAGE as usize;
    rows.truncate(PAGE as usize);
    Ok((page, rows, more))
}

pub async fn moments(
    State(state): State<AppState>,
    auth: Auth,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let (page, rows, more) =
        one_page(&state, &auth, &q, |s, sc, f, l, o| s.moments(sc, f, l, o)).await?;
    let rows: Vec<_> = rows
        .into_iter()
        .map(|mut m| {
            if let Some(text) = tact_rules::message_in(auth.lang, &m.message_key, &m.message_args) {
                m.message = text;
            }
            m
        })
        .collect();
    Ok(render(
        &state,
        Some(&auth),
        auth.lang,
        "moments.html",
        context! { rows => rows, f => &q.filter, page => page, more => more, choices => filter_choices() },
    )?
    .into_response())
}

pub async fn conversations(
    State(state): State<AppState>,
    auth: Auth,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let (page, rows, more) = one_page(&state, &auth, &q, |s, sc, f, l, o| {
        s.conversations(sc, f, l, o)
    })
    .await?;
    Ok(render(
        &state,
        Some(&auth),
        auth.lang,
        "conversations.html",
        context! { rows => rows, f => &q.filter, page => page, more => more, choices => filter_choices() },
    )?
    .into_response())
}

/// A turn cut into pieces, each either plain or the evidence of the listed moments.
#[derive(serde::Serialize)]
pub(crate) struct Piece {
    text: String,
    moments: Vec<usize>,
}

pub(crate) fn pieces(text: &str, spans: &[(usize, usize, usize)]) -> Vec<Piece> {
    // Spans that do not fit the text (a report from other settings, a bad offset) are left
    // unhighlighted rather than cutting a character in two.
    let valid: Vec<(usize, usize, usize)> = spans
        .iter()
        .copied()
        .filter(|&(s, e, _)| {
            s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
        })
        .collect();
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for &(s, e, _) in &valid {
        cuts.push(s);
        cuts.push(e);
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| Piece {
            text: text[w[0]..w[1]].to_string(),
            moments: valid
                .iter()
                .filter(|(s, e, _)| *s <= w[0] && w[1] <= *e)
                .map(|(_, _, i)| *i)
                .collect(),
        })
        .collect()
}

pub async fn conversation(
    State(state): State<AppState>,
    auth: Auth,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let store = state.store.clone();
    let scope = auth.user.scope();
    let found = blocking(move || Ok(store.conversation(&scope, &id)?)).await?;
    let Some(c) = found else {
        let lang = auth.lang;
        return Ok(message(
            &state,
            Some(&auth),
            lang,
            StatusCode::NOT_FOUND,
            &i18n::tr(lang, "not-found-title", &[]),
            &i18n::tr(lang, "not-found-body", &[]),
        ));
    };
    let mut moments = c.report["moments"].as_array().cloned().unwrap_or_default();
    for m in &mut moments {
        let args = serde_json::from_value(m["message_args"].clone()).unwrap_or_default();
        let key = m["message_key"].as_str().unwrap_or("").to_string();
        if let Some(text) = tact_rules::message_in(auth.lang, &key, &args) {
            m["message"] = text.into();
        }
        if let Some(rule) = m["rule"].as_str().and_then(tact_rules::rule_by_key) {
            m["suggestion"] = tact_rules::advice_in(auth.lang, rule).into();
        }
    }
    // Each moment's review and what this user may do with it.
    let store = state.store.clone();
    let keys: Vec<crate::store::MomentKey> = moments
        .iter()
        .map(|m| crate::store::MomentKey {
            conversation_id: c.row.id.clone(),
            rule: m["rule"].as_str().unwrap_or("").to_string(),
            turn: m["turn"].as_i64().unwrap_or(0),
            start: m["start"].as_i64().unwrap_or(0),
            end: m["end"].as_i64().unwrap_or(0),
        })
        .collect();
    let conv_id = c.row.id.clone();
    let (reviews, log) = blocking(move || {
        let mut states = Vec::new();
        for k in &keys {
            states.push(store.review_state(k)?);
        }
        Ok((states, store.review_log(&conv_id)?))
    })
    .await?;
    let role = auth.user.role;
    let reviews: Vec<Value> = moments
        .iter()
        .zip(&reviews)
        .enumerate()
        .map(|(k, (m, st))| {
            let status = st.as_ref().map(|s| s.status.as_str());
            let actions: Vec<&str> = crate::review::Action::ALL
                .iter()
                .filter(|a| crate::review::allowed(role, **a, status))
                .map(|a| a.as_str())
                .collect();
            let history: Vec<&crate::store::ReviewEntry> = log
                .iter()
                .filter(|e| {
                    Some(e.key.rule.as_str()) == m["rule"].as_str()
                        && Some(e.key.turn) == m["turn"].as_i64()
                        && Some(e.key.start) == m["start"].as_i64()
                        && Some(e.key.end) == m["end"].as_i64()
                })
                .collect();
            context! { index => k, state => st, actions => actions, history => history }
        })
        .collect();
    let turns: Vec<Value> = c
        .input
        .turns
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let spans: Vec<(usize, usize, usize)> = moments
                .iter()
                .enumerate()
                .filter(|(_, m)| m["turn"].as_u64() == Some(i as u64))
                .map(|(k, m)| {
                    (
                        m["start"].as_u64().unwrap_or(0) as usize,
                        m["end"].as_u64().unwrap_or(0) as usize,
                        k,
                    )
                })
                .collect();
            let signals = &c.report["turns"][i]["signals"];
            let mood = signals["sentiment"].as_f64().map(|s| {
                let e = &signals["emotions"];
                s - (e["anger"].as_f64().unwrap_or(0.0) + e["disgust"].as_f64().unwrap_or(0.0))
                    / 2.0
            });
            context! {
                index => i,
                role => t.role.to_string(),
                speaker => t.speaker,
                at => t.at.map(|a| a.to_rfc3339()),
                pieces => pieces(&t.text, &spans),
                moments => spans.iter().map(|s| s.2).collect::<Vec<_>>(),
                mood => mood,
            }
        })
        .collect();
    // The customer's turns only, numbered as in the conversation: the curve joins them.
    let (labels, mood): (Vec<String>, Vec<Option<f64>>) = turns
        .iter()
        .filter(|t| {
            t.get_attr("role")
                .ok()
                .is_some_and(|r| r.as_str() == Some("customer"))
        })
        .filter_map(|t| {
            let index = t
                .get_attr("index")
                .ok()
                .and_then(|i| i64::try_from(i).ok())?;
            let m = t
                .get_attr("mood")
                .ok()
                .and_then(|m| f64::try_from(m).ok())?;
            // Mood runs from −2 to 1; drawn on 0–100.
            Some((
                (index + 1).to_string(),
                Some(((m + 2.0) / 3.0 * 100.0).round()),
            ))
        })
        .unzip();
    let mood_chart = charts::lines(
        &i18n::tr(auth.lang, "chart-mood-title", &[]),
        &labels,
        &[views::Series {
            name: i18n::tr(auth.lang, "role-customer", &[]),
            values: mood,
        }],
        100.0,
    );
    Ok(render(
        &state,
        Some(&auth),
        auth.lang,
        "conversation.html",
        context! {
            c => &c.row,
            report => Value::from_serialize(&c.report),
            turns => turns,
            moments => Value::from_serialize(&moments),
            reviews => reviews,
            mood_chart => Value::from_safe_string(mood_chart),
        },
    )?
    .into_response())
}

pub async fn rules(State(state): State<AppState>, auth: Auth) -> Result<Response, AppError> {
    let rows: Vec<Value> = RULES
        .iter()
        .map(|r| {
            context! {
                code => r.code, id => r.id, family => r.family.as_str(),
                severity => r.default_severity().as_str(), preview => r.preview, summary => r.summary(),
            }
        })
        .collect();
    Ok(render(
        &state,
        Some(&auth),
        auth.lang,
        "rules.html",
        context! { rules => rows },
    )?
    .into_response())
}

pub async fn rule(
    State(state): State<AppState>,
    auth: Auth,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let Some(r) = tact_rules::rule_by_key(&id) else {
        return Err(AppError::not_found());
    };
    let mut opts = comrak::Options::default();
    opts.extension.table = true;
    // Raw HTML in the docs is shown as text, never run.
    opts.render.escape = true;
    let html = comrak::markdown_to_html(&tact_rules::docs::docs_in(auth.lang, r), &opts);
    let (_, analyzer) = state.analyzer();
    let silenced: Vec<String> = analyzer
        .engine()
        .settings()
        .team_silence
        .iter()
        .filter(|(_, s)| s.silences(r, ""))
        .map(|(t, _)| t.clone())
        .collect();
    Ok(render(
        &state,
        Some(&auth),
        auth.lang,
        "rule.html",
        context! {
            code => r.code, id => r.id, family => r.family.as_str(), preview => r.preview,
            docs => Value::from_safe_string(html),
            advice => tact_rules::advice_in(auth.lang, r),
            silenced => silenced,
            my_team => auth.user.team.clone(),
            can_silence => auth.user.role != Role::Agent,
        },
    )?
    .into_response())
}

#[derive(Deserialize)]
pub struct SilenceForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    team: String,
    /// `on` to silence, anything else to undo it.
    #[serde(default)]
    silence: String,
}

/// A manager silences a rule for their own team (an admin for any team), or undoes it; the
/// stored settings change and everything is analysed again.
pub async fn silence_rule(
    State(state): State<AppState>,
    auth: Auth,
    Path(id): Path<String>,
    Form(f): Form<SilenceForm>,
) -> Result<Response, AppError> {
    auth.check_csrf(&f.csrf)?;
    let rule = tact_rules::rule_by_key(&id).ok_or_else(AppError::not_found)?;
    let team = match auth.user.role {
        Role::Admin => non_empty(&f.team).map(str::to_string),
        Role::Manager => auth.user.team.clone(),
        Role::Agent => return Err(AppError::forbidden()),
    }
    .ok_or_else(|| AppError::new(StatusCode::BAD_REQUEST, "which team?"))?;
    let on = f.silence == "on";
    let s = state.clone();
    let rule_id = rule.id;
    blocking(move || {
        let text = s
            .store
            .setting(crate::web::SETTINGS_KEY)?
            .unwrap_or_default();
        let new = crate::team_settings::silence(&text, &team, rule_id, on)
            .map_err(|e| AppError::new(StatusCode::CONFLICT, e))?;
        s.set_settings(&new)
            .map_err(|e| AppError::new(StatusCode::CONFLICT, format!("{e:#}")))?;
        Ok(())
    })
    .await?;
    Ok(Redirect::to(&format!("/rules/{rule_id}")).into_response())
}

// ---- upload -------------------------------------------------------------------------------

pub async fn upload_form(State(state): State<AppState>, auth: Auth) -> Result<Response, AppError> {
    require(&auth, &[Role::Admin, Role::Manager])?;
    Ok(render(
        &state,
        Some(&auth),
        auth.lang,
        "upload.html",
        context! { results => Vec::<Value>::new(), formats => tact_readers::Format::all().map(|f| f.name()).collect::<Vec<_>>() },
    )?
    .into_response())
}

/// The uploader's rights over what they store.
pub(crate) fn uploader(auth: &Auth) -> Result<Uploader<'_>, AppError> {
    match auth.user.role {
        Role::Admin => Ok(Uploader::Anyone),
        Role::Manager => match &auth.user.team {
            Some(t) => Ok(Uploader::Team(t)),
            None => Err(AppError::forbidden()),
        },
        Role::Agent => Err(AppError::forbidden()),
    }
}

/// Stores one upload off the async threads.
pub(crate) async fn store_upload(
    state: &AppState,
    auth: &Auth,
    name: String,
    format: Option<tact_readers::Format>,
    body: Vec<u8>,
) -> Result<crate::Ingested, AppError> {
    let who = uploader(auth)?;
    ingest_body(state, who, name, format, body).await
}

/// Reads, redacts, analyses and stores `body` off the async threads, for `who`.
pub(crate) async fn ingest_body(
    state: &AppState,
    who: Uploader<'_>,
    name: String,
    format: Option<tact_readers::Format>,
    body: Vec<u8>,
) -> Result<crate::Ingested, AppError> {
    let team = match who {
        Uploader::Anyone => None,
        Uploader::Team(t) => Some(t.to_string()),
    };
    let s = state.clone();
    blocking(move || {
        let started = std::time::Instant::now();
        let (version, analyzer) = s.analyzer();
        let opts = IngestOptions {
            name: &name,
            format,
            redact: !s.config.keep_personal_data,
            uploader: match &team {
                Some(t) => Uploader::Team(t),
                None => Uploader::Anyone,
            },
        };
        let done = if s.config.queue {
            crate::ingest::enqueue(s.store.as_ref(), &body, &opts)
        } else {
            ingest(s.store.as_ref(), &analyzer, version, &body, &opts)
        };
        // Counted here, where the work ends: an uploader who hangs up does not stop it.
        let m = &s.metrics;
        m.uploads.fetch_add(1, Ordering::Relaxed);
        let micros = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
        m.ingest_micros.fetch_add(micros, Ordering::Relaxed);
        match &done {
            Ok(i) => {
                m.conversations_ingested
                    .fetch_add(i.stored as u64, Ordering::Relaxed);
                m.ingest_errors
                    .fetch_add(i.errors.len() as u64, Ordering::Relaxed);
            }
            Err(_) => {
                m.ingest_errors.fetch_add(1, Ordering::Relaxed);
            }
        }
        Ok(done?)
    })
    .await
}

pub async fn upload(
    State(state): State<AppState>,
    auth: Auth,
    mut form: Multipart,
) -> Result<Response, AppError> {
    uploader(&auth)?;
    let mut csrf = String::new();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut format = None;
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|e| AppError::new(StatusCode::BAD_REQUEST, e.to_string()))?
    {
        match field.name() {
            Some("csrf") => csrf = field.text().await.unwrap_or_default(),
            Some("format") => {
                let f = field.text().await.unwrap_or_default();
                format = tact_readers::Format::from_name(&f);
            }
            Some("file") => {
                let name = field.file_name().unwrap_or("upload").to_string();
                let bytes = field
                    .bytes()
                    .await
                    .map_err(|e| AppError::new(StatusCode::PAYLOAD_TOO_LARGE, e.to_string()))?;
                if !bytes.is_empty() {
                    files.push((name, bytes.to_vec()));
                }
            }
            _ => {}
        }
    }
    auth.check_csrf(&csrf)?;
    let mut results = Vec::new();
    for (name, body) in files {
        let r = store_upload(&state, &auth, name.clone(), format, body).await?;
        results.push(context! { name => name, stored => r.stored, errors => r.errors });
    }
    Ok(render(
        &state,
        Some(&auth),
        auth.lang,
        "upload.html",
        context! { results => results, formats => tact_readers::Format::all().map(|f| f.name()).collect::<Vec<_>>() },
    )?
    .into_response())
}

// ---- admin --------------------------------------------------------------------------------

pub async fn users(State(state): State<AppState>, auth: Auth) -> Result<Response, AppError> {
    require(&auth, &[Role::Admin])?;
    users_page(&state, &auth, None).await
}

async fn users_page(
    state: &AppState,
    auth: &Auth,
    created: Option<(String, String)>,
) -> Result<Response, AppError> {
    let store = state.store.clone();
    let list = blocking(move || Ok(store.users()?)).await?;
    Ok(render(
        state,
        Some(auth),
        auth.lang,
        "users.html",
        context! { users => list, created => created.map(|(n, p)| context! { name => n, password => p }) },
    )?
    .into_response())
}

#[derive(Deserialize)]
pub struct UserForm {
    #[serde(default)]
    csrf: String,
    name: String,
    role: String,
    #[serde(default)]
    team: String,
    #[serde(default)]
    agent: String,
}

fn non_empty(s: &str) -> Option<&str> {
    Some(s.trim()).filter(|s| !s.is_empty())
}

pub async fn add_user(
    State(state): State<AppState>,
    auth: Auth,
    Form(f): Form<UserForm>,
) -> Result<Response, AppError> {
    require(&auth, &[Role::Admin])?;
    auth.check_csrf(&f.csrf)?;
    let role: Role = f
        .role
        .parse()
        .map_err(|e: String| AppError::new(StatusCode::BAD_REQUEST, e))?;
    let (team, agent) = (
        non_empty(&f.team).map(str::to_string),
        non_empty(&f.agent).map(str::to_string),
    );
    crate::store::check_account(role, team.as_deref(), agent.as_deref())
        .map_err(|e| AppError::new(StatusCode::BAD_REQUEST, e))?;
    let name = f.name.trim().to_string();
    if name.is_empty() {
        return Err(AppError::new(StatusCode::BAD_REQUEST, "a name is needed"));
    }
    let password = random_token();
    let store = state.store.clone();
    let (n, p) = (name.clone(), password.clone());
    blocking(move || {
        let hash = hash_password(&p)?;
        store
            .add_user(&NewUser {
                name: &n,
                role,
                team: team.as_deref(),
                agent: agent.as_deref(),
                password_hash: &hash,
            })
            .map_err(|e| match e {
                crate::store::StoreError::Conflict(m) => AppError::new(StatusCode::CONFLICT, m),
                e => AppError::from(e),
            })?;
        Ok(())
    })
    .await?;
    users_page(&state, &auth, Some((name, password))).await
}

pub async fn delete_user(
    State(state): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, AppError> {
    require(&auth, &[Role::Admin])?;
    auth.check_csrf(&f.csrf)?;
    if id == auth.user.id {
        return Err(AppError::new(
            StatusCode::BAD_REQUEST,
            "you cannot delete your own account",
        ));
    }
    let store = state.store.clone();
    blocking(move || Ok(store.delete_user(id)?)).await?;
    Ok(Redirect::to("/admin/users").into_response())
}

pub async fn settings_form(
    State(state): State<AppState>,
    auth: Auth,
) -> Result<Response, AppError> {
    require(&auth, &[Role::Admin])?;
    settings_page(&state, &auth, None, StatusCode::OK).await
}

async fn settings_page(
    state: &AppState,
    auth: &Auth,
    error: Option<(String, String)>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let store = state.store.clone();
    let queue = state.config.queue;
    let (stored, jobs, dead) = blocking(move || {
        let jobs = store.job_counts(store.clock()?)?;
        // The queue is shown where there are workers, or were.
        let shown = queue || jobs != crate::store::JobCounts::default();
        Ok((
            store.setting(crate::web::SETTINGS_KEY)?,
            shown.then_some(jobs),
            store.dead_jobs(DEAD_JOBS_SHOWN)?,
        ))
    })
    .await?;
    let (text, error) = match error {
        Some((text, e)) => (text, e),
        None => (stored.unwrap_or_default(), String::new()),
    };
    let (version, _) = state.analyzer();
    Ok((
        status,
        render(
            state,
            Some(auth),
            auth.lang,
            "settings.html",
            context! {
                text => text,
                error => error,
                version => version,
                jobs => jobs,
                dead => dead,
                max_attempts => crate::store::MAX_ATTEMPTS,
            },
        )?,
    )
        .into_response())
}

/// Dead jobs listed on the settings page; the API lists more.
const DEAD_JOBS_SHOWN: i64 = 50;

#[derive(Deserialize)]
pub struct CsrfOnly {
    #[serde(default)]
    csrf: String,
}

/// Puts every dead job back in the queue (after the cause was mended: a worker upgraded, the
/// database reachable again).
pub async fn retry_jobs(
    State(state): State<AppState>,
    auth: Auth,
    Form(f): Form<CsrfOnly>,
) -> Result<Response, AppError> {
    require(&auth, &[Role::Admin])?;
    auth.check_csrf(&f.csrf)?;
    let store = state.store.clone();
    blocking(move || Ok(store.retry_dead(None)?)).await?;
    Ok(Redirect::to("/admin/settings#jobs").into_response())
}

#[derive(Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    csrf: String,
    text: String,
}

pub async fn save_settings(
    State(state): State<AppState>,
    auth: Auth,
    Form(f): Form<SettingsForm>,
) -> Result<Response, AppError> {
    require(&auth, &[Role::Admin])?;
    auth.check_csrf(&f.csrf)?;
    let s = state.clone();
    let text = f.text.clone();
    let saved = blocking(move || Ok(s.set_settings(&text).map_err(|e| format!("{e:#}")))).await?;
    match saved {
        Ok(()) => Ok(Redirect::to("/admin/settings").into_response()),
        Err(e) => settings_page(&state, &auth, Some((f.text, e)), StatusCode::BAD_REQUEST).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_cuts_a_turn_at_char_boundaries_only() {
        let p = pieces(
            "ciao è tutto",
            &[(5, 7, 0), (0, 4, 1), (6, 6, 2), (3, 99, 3)],
        );
        let texts: Vec<_> = p.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["ciao", " ", "è", " tutto"]);
        assert_eq!(p[0].moments, [1]);
        assert_eq!(p[2].moments, [0]);
        assert!(p[1].moments.is_empty());
    }

    #[test]
    fn every_template_file_is_compiled_in() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .expect("templates")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .collect();
        files.sort();
        let mut names: Vec<String> = TEMPLATES.iter().map(|(n, _)| n.to_string()).collect();
        names.sort();
        assert_eq!(files, names);
        // And each one parses.
        let _ = templates();
    }

    #[test]
    fn next_never_leaves_the_site() {
        assert_eq!(safe_next("/moments?rule=x"), "/moments?rule=x");
        assert_eq!(safe_next("//evil.example"), "/");
        assert_eq!(safe_next("https://evil.example"), "/");
        assert_eq!(safe_next("/\\evil.example"), "/");
    }
}
