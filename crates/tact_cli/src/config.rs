//! Finds and loads `tact.toml`, and merges the command line's selection into it.

use crate::args::CommonArgs;
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use tact_rules::Settings;

/// The nearest `tact.toml` from `dir` upward.
pub fn find_config(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .map(|d| d.join("tact.toml"))
        .find(|p| p.is_file())
}

pub fn load_settings(common: &CommonArgs) -> Result<Settings> {
    let path = match &common.config {
        Some(p) => Some(p.clone()),
        None => std::env::current_dir().ok().and_then(|d| find_config(&d)),
    };
    let settings = match &path {
        Some(p) => {
            let text = std::fs::read_to_string(p)
                .with_context(|| format!("cannot read {}", p.display()))?;
            Settings::from_toml(&text).with_context(|| format!("in {}", p.display()))?
        }
        None => Settings::default(),
    };
    let preview = settings.preview || common.preview;
    let settings = match common.min_confidence {
        Some(min) => settings.with_min_confidence(tact_rules::Confidence(min)),
        None => settings,
    };
    let raw = settings.raw_confidence || common.raw_confidence;
    Ok(settings
        .with_raw_confidence(raw)
        .with_preview(preview)
        .with_selection(common.select.clone(), common.ignore.clone())?)
}
