//! `tact serve`: the team's web app. Conversations come in through uploads and the API, are
//! analysed at ingest and stored with their moments; managers and agents read dashboards,
//! scorecards, moments and conversations in their own language, each seeing only what their
//! role allows. Everything is served by this one binary: templates, styles, scripts and the
//! translations are compiled in, and nothing is fetched from the network at run time.

pub mod auth;
pub mod i18n;
pub mod ingest;
pub mod log;
pub mod store;

mod api;
mod charts;
mod library;
mod pages;
pub mod review;
mod reviewing;
mod scriptlab;
mod session;
mod team_settings;
mod views;
mod web;
pub mod webhook;
pub mod worker;
mod workshop;

pub use ingest::Ingested;
pub use web::{router, spawn_reanalysis, AppState, Config};

use anyhow::{Context, Result};
use std::sync::Arc;
use store::{SqliteStore, Store};

/// How long a first-admin link stays valid.
const SETUP_LINK_HOURS: i64 = 24;

/// Opens the store of a data directory (the `--data DIR` of every server command).
pub fn open_store(dir: &std::path::Path) -> Result<Arc<dyn Store>> {
    let s = SqliteStore::open(dir)
        .with_context(|| format!("cannot open the store in {}", dir.display()))?;
    Ok(Arc::new(s))
}

/// Opens the store a `--database` value names: a `postgres://` URL, or a folder for SQLite.
pub fn open_database(location: &str) -> Result<Arc<dyn Store>> {
    store::open(location)
        .with_context(|| format!("cannot open the store {}", store::printable_url(location)))
}

/// A one-time link that creates the first admin, or `None` when an account exists.
pub fn setup_link(store: &dyn Store, base: &str) -> Result<Option<String>> {
    if store.user_count()? > 0 {
        return Ok(None);
    }
    let token = auth::random_token();
    let expires = chrono::Utc::now().timestamp() + SETUP_LINK_HOURS * 3600;
    store.add_setup_link(&auth::digest(&token), expires)?;
    Ok(Some(format!("{base}/setup?token={token}")))
}

/// Runs the server of `state` until Ctrl-C.
pub async fn serve(state: AppState) -> Result<()> {
    let addr = state.config.addr;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr}"))?;
    let base = format!("http://{}", listener.local_addr()?);
    log!(Info, "serving on {base}");
    match setup_link(state.store.as_ref(), &base)? {
        Some(link) => log!(Info, "no account yet; create the first admin at {link}"),
        None => log!(Info, "open {base}/ and log in"),
    }
    web::spawn_reanalysis(state.clone());
    let app = router(state);
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
    .context("server stopped")
}
