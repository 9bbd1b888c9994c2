//! `tact rules` and `tact rule`: the catalogue, read from the registry and the rule docs.

use crate::args::RulesArgs;
use crate::output::stdout;
use anyhow::{bail, Result};
use std::fmt::Write as _;
use std::process::ExitCode;
use tact_lang::Lang;
use tact_rules::{docs::examples, rule_by_key, RULES};

/// Languages with both a bad and an OK documented example.
fn languages(docs: &str) -> Vec<&'static str> {
    let ex = examples(docs);
    Lang::ALL
        .iter()
        .map(|l| l.code())
        .filter(|c| {
            ex.iter().any(|e| e.lang == *c && e.bad) && ex.iter().any(|e| e.lang == *c && !e.bad)
        })
        .collect()
}

pub fn list(args: &RulesArgs) -> Result<ExitCode> {
    if args.json {
        let rows: Vec<_> = RULES
            .iter()
            .map(|r| {
                serde_json::json!({
                    "code": r.code, "id": r.id, "family": r.family.as_str(),
                    "severity": r.default_severity().as_str(), "languages": languages(r.docs()),
                    "scripts": r.scripts, "preview": r.preview, "summary": r.summary(),
                })
            })
            .collect();
        stdout(&(serde_json::to_string_pretty(&rows)? + "\n"))?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = format!(
        "{:<5} {:<28} {:<13} {:<8} {:<15} summary\n",
        "code", "id", "family", "severity", "languages"
    );
    for r in RULES {
        let mut summary = r.summary();
        if summary.chars().count() > 70 {
            summary = summary.chars().take(69).collect::<String>() + "…";
        }
        writeln!(
            out,
            "{:<5} {:<28} {:<13} {:<8} {:<15} {summary}",
            r.code,
            r.id,
            r.family.as_str(),
            if r.preview {
                "preview"
            } else {
                r.default_severity().as_str()
            },
            languages(r.docs()).join(",")
        )?;
    }
    out.push_str(
        "\npreview: off by default, measured below 90 % precision on real conversations \
         (docs/quality.md); turn on with --preview or `preview = true` in tact.toml\n",
    );
    stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}

pub fn show(key: &str, ui_lang: Option<&str>) -> Result<ExitCode> {
    let Some(r) = rule_by_key(key) else {
        bail!("no rule {key:?}; `tact rules` lists them");
    };
    let lang = match ui_lang {
        Some(l) => tact_i18n::supported(l).ok_or_else(|| {
            anyhow::anyhow!(
                "--ui-lang {l:?}: expected one of {}",
                tact_i18n::languages().collect::<Vec<_>>().join(", ")
            )
        })?,
        None => tact_i18n::from_locale_env(),
    };
    stdout(&format!(
        "# {} {} ({}, default severity {})\n\n{}\n",
        r.code,
        r.id,
        r.family,
        r.default_severity(),
        tact_rules::docs::docs_in(lang, r)
    ))?;
    Ok(ExitCode::SUCCESS)
}
