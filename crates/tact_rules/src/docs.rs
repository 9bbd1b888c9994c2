//! Reads the rule docs extracted from each rule's doc comment: sections, the one-line summary,
//! the suggestion, and the per-language examples that the registry tests execute.

include!(concat!(env!("OUT_DIR"), "/rule_docs.rs"));

/// The doc comment of the rule with this id ("reoffer-after-refusal" → reoffer_after_refusal.rs).
pub fn raw_docs(id: &str) -> &'static str {
    let stem = id.replace('-', "_");
    RULE_DOCS
        .iter()
        .find(|(s, _)| *s == stem)
        .map_or("", |(_, d)| d)
}

/// The text of a `## Heading` section, without the heading.
pub fn section<'a>(docs: &'a str, heading: &str) -> Option<&'a str> {
    let marker = format!("## {heading}");
    let start = docs.lines().position(|l| l.trim() == marker)?;
    let body_start: usize = docs.lines().take(start + 1).map(|l| l.len() + 1).sum();
    let rest = docs.get(body_start..)?;
    let end = rest
        .lines()
        .position(|l| l.starts_with("## "))
        .map_or(rest.len(), |n| {
            rest.lines().take(n).map(|l| l.len() + 1).sum()
        });
    Some(rest[..end.min(rest.len())].trim())
}

/// The first paragraph of a section, joined into one line.
pub fn first_paragraph(docs: &str, heading: &str) -> String {
    section(docs, heading)
        .map(|s| {
            s.split("\n\n")
                .next()
                .unwrap_or("")
                .lines()
                .map(str::trim)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default()
}

/// A documented example: its language, whether it is the bad one, and its conversation text.
#[derive(Debug, Clone, PartialEq)]
pub struct DocExample {
    pub lang: String,
    pub bad: bool,
    pub body: String,
}

/// Every ```` ```conversation lang=xx bad|ok ```` block of the *Examples* section.
pub fn examples(docs: &str) -> Vec<DocExample> {
    let Some(sec) = section(docs, "Examples") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut current: Option<DocExample> = None;
    for line in sec.lines() {
        let t = line.trim();
        if let Some(info) = t.strip_prefix("```conversation") {
            let mut ex = DocExample {
                lang: String::new(),
                bad: false,
                body: String::new(),
            };
            for word in info.split_whitespace() {
                if let Some(l) = word.strip_prefix("lang=") {
                    ex.lang = l.to_string();
                } else if word == "bad" {
                    ex.bad = true;
                }
            }
            current = Some(ex);
        } else if t.starts_with("```") {
            if let Some(ex) = current.take() {
                out.push(ex);
            }
        } else if let Some(ex) = current.as_mut() {
            ex.body.push_str(line);
            ex.body.push('\n');
        }
    }
    out
}

/// A rule's documentation in `lang`: the translation of its prose (`tact_i18n`) with the
/// English docs' examples in their place, so the examples that run are the ones shown. English,
/// or a language without a translation, gives the English docs.
fn prose_in(lang: &str, rule: &crate::RuleInfo) -> String {
    let english = rule.docs();
    let Some(translated) = tact_i18n::translated_rule_docs(lang, rule.id) else {
        return english.to_string();
    };
    let translated = translated
        .trim_start()
        .strip_prefix("<!--")
        .and_then(|t| t.split_once("-->"))
        .map_or(translated, |(_, rest)| rest)
        .trim_start();
    let sections = |text: &str| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for line in text.lines() {
            if line.starts_with("## ") || out.is_empty() {
                out.push(String::new());
            }
            let last = out.last_mut().expect("a section");
            last.push_str(line);
            last.push('\n');
        }
        out
    };
    let en = sections(english);
    let Some(k) = en.iter().position(|s| s.starts_with("## Examples")) else {
        return translated.to_string();
    };
    let mut tr = sections(translated);
    // English sections before the examples, plus a leading text block when the docs open
    // with prose before the first heading.
    let at = k.min(tr.len());
    tr.insert(at, en[k].clone());
    tr.concat()
}

/// A rule's docs in `lang`, as users read them (`tact rule`, the web app): the translated prose
/// with the English examples, then what the blind sets measured, generated from
/// `eval/rule-figures.tsv` so that the figure is never out of step with the preview column.
pub fn docs_in(lang: &str, rule: &crate::RuleInfo) -> String {
    let mut out = prose_in(lang, rule);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&measured_section(lang, rule));
    out
}

/// The "Measured" section of a rule's docs, in `lang`.
pub fn measured_section(lang: &str, rule: &crate::RuleInfo) -> String {
    use tact_i18n::{tr, Arg};
    let pct = crate::figures::format_interval;
    let mut s = format!("## {}\n\n", tr(lang, "docs-measured-heading", &[]));
    for f in crate::figures::of_rule(rule.id) {
        let key = match f.set {
            "holdout" => "docs-measured-holdout",
            _ => "docs-measured-tuned",
        };
        let set = Arg::Text(f.set.to_string());
        let line = if f.raised + f.gold == 0 {
            tr(
                lang,
                &format!("{key}-none"),
                &[
                    ("set", set),
                    ("conversations", Arg::Number(f.conversations as f64)),
                ],
            )
        } else {
            tr(
                lang,
                key,
                &[
                    ("set", set),
                    ("conversations", Arg::Number(f.conversations as f64)),
                    ("raised", Arg::Number(f.raised as f64)),
                    ("precision", Arg::Text(pct(f.precision()))),
                    ("gold", Arg::Number(f.gold as f64)),
                    ("recall", Arg::Text(pct(f.recall()))),
                ],
            )
        };
        s.push_str(&format!("- {line}\n"));
    }
    for f in crate::calibration::figures()
        .iter()
        .filter(|f| f.rule == rule.id)
    {
        let Some(cap) = f.cap() else { continue };
        let key = if cap < crate::Confidence::SCORE_MIN {
            "docs-measured-cap-hidden"
        } else {
            "docs-measured-cap"
        };
        let line = tr(
            lang,
            key,
            &[
                ("key", Arg::Text(f.key.to_string())),
                ("confirmed", Arg::Number(f.confirmed as f64)),
                ("raised", Arg::Number(f.raised as f64)),
                ("cap", Arg::Text(format!("{:.2}", cap.0))),
            ],
        );
        s.push_str(&format!("- {line}\n"));
    }
    let state = if rule.preview {
        "docs-measured-preview"
    } else if crate::figures::figure(rule.id).is_some() {
        "docs-measured-on"
    } else {
        "docs-measured-unmeasured"
    };
    s.push_str(&format!("\n{}\n", tr(lang, state, &[])));
    s
}
