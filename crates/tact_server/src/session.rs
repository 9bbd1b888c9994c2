//! Who is asking: a session cookie (browsers) or an API token (scripts). Requests without either
//! are answered 401 — the login form for pages, a JSON error for the API. Forms posted with a
//! session carry its CSRF token; token requests carry no cookie, so they need none.

use crate::auth::{digest, same};
use crate::i18n;
use crate::store::User;
use crate::web::{render, AppError, AppState};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;

pub const COOKIE: &str = "tact_session";
/// Sessions last a working week.
pub const SESSION_SECONDS: i64 = 7 * 24 * 3600;

pub struct Auth {
    pub user: User,
    /// The session's CSRF token; empty for token requests.
    pub csrf: String,
    pub via_token: bool,
    /// The interface language of this request.
    pub lang: &'static str,
    /// False when a browser says the request comes from another site.
    same_origin: bool,
}

impl Auth {
    /// Whether the account belongs to `team` (admins belong to every team).
    pub fn in_team(&self, team: &str) -> bool {
        self.user.role == crate::store::Role::Admin || self.user.team.as_deref() == Some(team)
    }

    /// Checks a posted form's CSRF token (and the browser's Origin) for cookie sessions.
    pub fn check_csrf(&self, posted: &str) -> Result<(), AppError> {
        if self.via_token {
            return Ok(());
        }
        if self.same_origin && !self.csrf.is_empty() && same(posted, &self.csrf) {
            Ok(())
        } else {
            Err(AppError::new(
                StatusCode::FORBIDDEN,
                "the form has expired or comes from another site; reload the page and try again",
            ))
        }
    }
}

/// The `Origin` of a request matches its `Host` (or there is none: not a cross-site browser
/// request, since browsers send Origin on every cross-site POST).
pub fn same_origin(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let origin_host = origin
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or(origin);
    !host.is_empty() && origin_host.eq_ignore_ascii_case(host)
}

pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(cookie::Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_string())
}

/// The language of a request from someone not logged in.
pub fn browser_lang(headers: &HeaderMap) -> &'static str {
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    i18n::negotiate(cookie_value(headers, "tact_lang").as_deref(), accept)
}

/// Whether cookies must be `Secure`: TLS ends at a proxy that says so, or the admin says so.
pub fn secure(state: &AppState, headers: &HeaderMap) -> bool {
    state.config.secure_cookies
        || headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|p| p.eq_ignore_ascii_case("https"))
}

pub fn session_cookie(value: &str, max_age: i64, secure: bool) -> String {
    let mut c = cookie::Cookie::build((COOKIE, value.to_string()))
        .path("/")
        .http_only(true)
        .same_site(cookie::SameSite::Lax)
        .max_age(cookie::time::Duration::seconds(max_age))
        .secure(secure)
        .build();
    if max_age == 0 {
        c.make_removal();
    }
    c.to_string()
}

pub struct Unauthorized {
    page: Option<Response>,
}

impl IntoResponse for Unauthorized {
    fn into_response(self) -> Response {
        match self.page {
            Some(p) => p,
            None => (
                StatusCode::UNAUTHORIZED,
                [(header::WWW_AUTHENTICATE, "Bearer")],
                Json(serde_json::json!({"error": "unauthorized"})),
            )
                .into_response(),
        }
    }
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let v = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = v.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then_some(token.trim())
}

impl FromRequestParts<AppState> for Auth {
    type Rejection = Unauthorized;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let headers = &parts.headers;
        let store = state.store.clone();
        let token = bearer(headers).map(digest);
        let session = cookie_value(headers, COOKIE).map(|v| digest(&v));
        let found = tokio::task::spawn_blocking(move || -> crate::store::Result<_> {
            if let Some(t) = token {
                return Ok(store.user_by_token(&t)?.map(|u| (u, String::new(), true)));
            }
            if let Some(s) = session {
                let now = chrono::Utc::now().timestamp();
                return Ok(store.session(&s, now)?.map(|(u, csrf)| (u, csrf, false)));
            }
            Ok(None)
        })
        .await
        .ok()
        .and_then(Result::ok)
        .flatten();
        match found {
            Some((user, csrf, via_token)) => {
                let accept = headers
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok());
                let lang = i18n::negotiate(user.lang.as_deref(), accept);
                Ok(Auth {
                    user,
                    csrf,
                    via_token,
                    lang,
                    same_origin: same_origin(headers),
                })
            }
            None if parts.uri.path().starts_with("/api/") => Err(Unauthorized { page: None }),
            None => {
                let lang = browser_lang(headers);
                let next = parts
                    .uri
                    .path_and_query()
                    .map(|p| p.as_str().to_string())
                    .unwrap_or_default();
                let page = render(
                    state,
                    None,
                    lang,
                    "login.html",
                    minijinja::context! { next => next },
                )
                .map(|h| (StatusCode::UNAUTHORIZED, h).into_response())
                .unwrap_or_else(|e| e.into_response());
                Err(Unauthorized { page: Some(page) })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn cross_site_posts_are_told_apart() {
        assert!(same_origin(&headers(&[("host", "tact.local:8080")])));
        assert!(same_origin(&headers(&[
            ("host", "tact.local:8080"),
            ("origin", "http://tact.local:8080")
        ])));
        assert!(!same_origin(&headers(&[
            ("host", "tact.local:8080"),
            ("origin", "https://evil.example")
        ])));
    }

    #[test]
    fn cookies_are_found_among_others() {
        let h = headers(&[("cookie", "a=1; tact_session=xyz; b=2")]);
        assert_eq!(cookie_value(&h, COOKIE).as_deref(), Some("xyz"));
        assert_eq!(cookie_value(&h, "c"), None);
    }

    #[test]
    fn the_session_cookie_is_http_only_and_same_site() {
        let c = session_cookie("v", 60, true);
        assert!(c.contains("HttpOnly") && c.contains("SameSite=Lax") && c.contains("Secure"));
        assert!(!session_cookie("v", 60, false).contains("Secure"));
    }
}
