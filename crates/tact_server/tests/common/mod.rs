//! A server on a temporary store with the bundled samples and one account per role, and a way
//! to send it requests without a socket.

#![allow(dead_code)]

use axum::body::Body;
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use std::sync::Arc;
use tact_server::ingest::{ingest, IngestOptions, Uploader};
use tact_server::store::{NewUser, Role, Store};
use tact_server::{AppState, Config};
use tower::ServiceExt;

pub const SAMPLES: &[(&str, &str)] = &[
    ("en.jsonl", include_str!("../../../../samples/en.jsonl")),
    ("it.jsonl", include_str!("../../../../samples/it.jsonl")),
    ("el.jsonl", include_str!("../../../../samples/el.jsonl")),
    ("ro.jsonl", include_str!("../../../../samples/ro.jsonl")),
    ("fi.jsonl", include_str!("../../../../samples/fi.jsonl")),
];

pub const PASSWORD: &str = "a long enough password";

pub struct Account {
    pub name: &'static str,
    pub role: Role,
    pub token: String,
}

pub struct TestServer {
    pub dir: tempfile::TempDir,
    pub state: AppState,
    pub app: Router,
    pub store: Arc<dyn Store>,
    pub accounts: Vec<Account>,
}

/// The accounts: an admin, the manager of team north, agent mark (north), agent tom (south).
pub const ACCOUNTS: &[(&str, Role, Option<&str>, Option<&str>)] = &[
    ("root", Role::Admin, None, None),
    ("nora", Role::Manager, Some("north"), None),
    ("mark", Role::Agent, Some("north"), Some("mark")),
    ("tom", Role::Agent, Some("south"), Some("tom")),
];

/// The store tests run against: SQLite in `dir`, or a fresh database on the Postgres server
/// that TACT_TEST_DATABASE names (CI runs the suite both ways).
pub fn test_store(dir: &std::path::Path) -> Arc<dyn Store> {
    match std::env::var("TACT_TEST_DATABASE") {
        Ok(url) if !url.trim().is_empty() => {
            let db = tact_server::store::scratch_database(&url).expect("scratch database");
            tact_server::open_database(&db).expect("postgres store")
        }
        _ => tact_server::open_store(dir).expect("store"),
    }
}

impl TestServer {
    pub fn new(samples: bool) -> TestServer {
        Self::with_config(samples, |_| {})
    }

    pub fn with_config(samples: bool, change: impl FnOnce(&mut Config)) -> TestServer {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = test_store(dir.path());
        let mut config = Config::new(dir.path().to_path_buf());
        change(&mut config);
        let state = AppState::new(config, store.clone()).expect("state");
        let mut accounts = Vec::new();
        for (name, role, team, agent) in ACCOUNTS {
            let hash = tact_server::auth::hash_password(PASSWORD).expect("hash");
            let u = store
                .add_user(&NewUser {
                    name,
                    role: *role,
                    team: *team,
                    agent: *agent,
                    password_hash: &hash,
                })
                .expect("user");
            let token = tact_server::auth::random_token();
            store
                .add_token(&tact_server::auth::digest(&token), u.id, "test")
                .expect("token");
            accounts.push(Account {
                name,
                role: *role,
                token,
            });
        }
        if samples {
            let (version, analyzer) = state.analyzer();
            for (name, text) in SAMPLES {
                let r = ingest(
                    store.as_ref(),
                    &analyzer,
                    version,
                    text.as_bytes(),
                    &IngestOptions {
                        name,
                        format: None,
                        redact: true,
                        uploader: Uploader::Anyone,
                    },
                )
                .expect("ingest");
                assert!(r.errors.is_empty(), "{name}: {:?}", r.errors);
            }
        }
        let app = tact_server::router(state.clone());
        TestServer {
            dir,
            state,
            app,
            store,
            accounts,
        }
    }

    pub fn token(&self, name: &str) -> &str {
        &self
            .accounts
            .iter()
            .find(|a| a.name == name)
            .expect("account")
            .token
    }

    pub async fn send(&self, req: Request<Body>) -> Reply {
        let resp = self.app.clone().oneshot(req).await.expect("response");
        let status = resp.status();
        let headers = resp.headers().clone();
        let bytes = resp.into_body().collect().await.expect("body").to_bytes();
        Reply {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).to_string(),
        }
    }

    /// A request as `who` (an account name, or `None` for nobody), by API token.
    pub async fn as_user(
        &self,
        who: Option<&str>,
        method: Method,
        uri: &str,
        body: Body,
        content_type: &str,
    ) -> Reply {
        let mut b = Request::builder().method(method).uri(uri);
        if let Some(w) = who {
            b = b.header(header::AUTHORIZATION, format!("Bearer {}", self.token(w)));
        }
        if !content_type.is_empty() {
            b = b.header(header::CONTENT_TYPE, content_type);
        }
        self.send(b.body(body).expect("request")).await
    }

    pub async fn get(&self, who: Option<&str>, uri: &str) -> Reply {
        self.as_user(who, Method::GET, uri, Body::empty(), "").await
    }

    pub async fn post(
        &self,
        who: Option<&str>,
        uri: &str,
        body: &str,
        content_type: &str,
    ) -> Reply {
        self.as_user(
            who,
            Method::POST,
            uri,
            Body::from(body.to_string()),
            content_type,
        )
        .await
    }

    /// Sends JSON Lines to the ingest API as `who`.
    pub async fn post_conversations(&self, who: &str, body: &str) -> Reply {
        self.post(
            Some(who),
            "/api/v1/conversations",
            body,
            "application/x-ndjson",
        )
        .await
    }

    /// Logs in through the form and returns the session cookie.
    pub async fn login(&self, name: &str, password: &str) -> Reply {
        let body = format!("name={name}&password={}", password.replace(' ', "+"));
        self.send(
            Request::builder()
                .method(Method::POST)
                .uri("/login")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .expect("request"),
        )
        .await
    }
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }

    /// The session cookie set by this reply, as `name=value`.
    pub fn session(&self) -> Option<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|c| c.starts_with("tact_session="))
            .and_then(|c| c.split(';').next())
            .map(str::to_string)
    }
}

/// The CSRF token in a page's forms.
pub fn csrf_of(page: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = page.find(marker).expect("a form with a CSRF token") + marker.len();
    page[start..].split('"').next().expect("token").to_string()
}
