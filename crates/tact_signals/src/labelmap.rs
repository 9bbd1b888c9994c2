//! The label map (`data/label-map.txt`): one data file that says how each public data set's
//! labels become tact's emotions, sentiment, politeness, rules and outcomes, so training and
//! evaluation read the same mapping and a reader can audit it line by line.

use std::sync::OnceLock;

const EMBEDDED: &str = include_str!("../data/label-map.txt");

/// A malformed line of a label map.
#[derive(Debug, thiserror::Error)]
#[error("label map line {line}: {reason}")]
pub struct LabelMapError {
    pub line: usize,
    pub reason: String,
}

/// What a label means for tact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// One of the eight Plutchik emotions, by index in [`crate::EMOTION_NAMES`].
    Emotion(usize),
    /// 0 negative, 1 neutral, 2 positive.
    Sentiment(u8),
    Politeness(bool),
    /// A rule id (kebab-case), checked by whoever evaluates it.
    Rule(String),
    /// A graded signal and whether higher values predict the label (`+`) or lower ones (`-`).
    Signal {
        name: String,
        higher: bool,
    },
    /// A role in a derived task, e.g. `refusal` or `pitch`.
    Role(String),
    /// `good`, `bad` or `unknown`.
    Outcome(String),
}

/// One mapping line.
#[derive(Debug, Clone)]
pub struct Mapping {
    pub dataset: String,
    pub label: String,
    pub targets: Vec<Target>,
    pub why: String,
    pub line: usize,
}

/// A parsed label map.
#[derive(Debug, Clone, Default)]
pub struct LabelMap {
    pub mappings: Vec<Mapping>,
}

const SIGNALS: &[&str] = &["politeness", "toxicity", "sentiment"];

fn parse_target(s: &str) -> Result<Option<Target>, String> {
    if s == "none" {
        return Ok(None);
    }
    let (kind, value) = s
        .split_once(':')
        .ok_or_else(|| format!("target {s:?} is not kind:value or none"))?;
    let value = value.trim();
    let t = match kind.trim() {
        "emotion" => Target::Emotion(
            crate::EMOTION_NAMES
                .iter()
                .position(|e| *e == value)
                .ok_or_else(|| format!("unknown emotion {value:?}"))?,
        ),
        "sentiment" => Target::Sentiment(match value {
            "negative" => 0,
            "neutral" => 1,
            "positive" => 2,
            _ => return Err(format!("unknown sentiment {value:?}")),
        }),
        "politeness" => Target::Politeness(match value {
            "polite" => true,
            "impolite" => false,
            _ => return Err(format!("politeness is polite or impolite, not {value:?}")),
        }),
        "rule" if !value.is_empty() => Target::Rule(value.to_string()),
        "signal" => {
            let (higher, name) = match value.split_at_checked(1) {
                Some(("+", n)) => (true, n),
                Some(("-", n)) => (false, n),
                _ => return Err(format!("signal {value:?} must start with + or -")),
            };
            if !SIGNALS.contains(&name) {
                return Err(format!("unknown signal {name:?} (known: {SIGNALS:?})"));
            }
            Target::Signal {
                name: name.to_string(),
                higher,
            }
        }
        "role" if !value.is_empty() => Target::Role(value.to_string()),
        "outcome" if ["good", "bad", "unknown"].contains(&value) => {
            Target::Outcome(value.to_string())
        }
        k => return Err(format!("unknown target {k}:{value}")),
    };
    Ok(Some(t))
}

impl LabelMap {
    /// Parses a label map; every mapping line must carry a `# why` comment.
    pub fn parse(text: &str) -> Result<Self, LabelMapError> {
        let mut mappings = Vec::new();
        for (n, raw) in text.lines().enumerate() {
            let line = n + 1;
            let err = |reason: String| LabelMapError { line, reason };
            let trimmed = raw.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let (body, why) = trimmed
                .split_once(" #")
                .ok_or_else(|| err("no `# why` comment".into()))?;
            let why = why.trim();
            if why.is_empty() {
                return Err(err("empty `# why` comment".into()));
            }
            let fields: Vec<&str> = body.split('|').map(str::trim).collect();
            let [dataset, label, targets] = fields[..] else {
                return Err(err(format!(
                    "expected `data set | label | targets`, found {} fields",
                    fields.len()
                )));
            };
            if dataset.is_empty() || label.is_empty() || targets.is_empty() {
                return Err(err("empty data set, label or targets".into()));
            }
            let mut parsed = Vec::new();
            for t in targets.split(',') {
                if let Some(t) = parse_target(t.trim()).map_err(&err)? {
                    parsed.push(t);
                }
            }
            if mappings
                .iter()
                .any(|m: &Mapping| m.dataset == dataset && m.label == label)
            {
                return Err(err(format!("{dataset} | {label} is mapped twice")));
            }
            mappings.push(Mapping {
                dataset: dataset.to_string(),
                label: label.to_string(),
                targets: parsed,
                why: why.to_string(),
                line,
            });
        }
        Ok(LabelMap { mappings })
    }

    /// The map shipped in the crate (`data/label-map.txt`).
    pub fn embedded() -> &'static LabelMap {
        static MAP: OnceLock<LabelMap> = OnceLock::new();
        MAP.get_or_init(|| LabelMap::parse(EMBEDDED).expect("data/label-map.txt parses"))
    }

    /// The mapping of one label, compared after folding case and accents ("Frică" = "frica").
    pub fn get(&self, dataset: &str, label: &str) -> Option<&Mapping> {
        let label = tact_lang::fold(label.trim());
        self.mappings
            .iter()
            .find(|m| m.dataset == dataset && tact_lang::fold(&m.label) == label)
    }

    /// Every mapping of a data set, in file order.
    pub fn of<'a>(&'a self, dataset: &'a str) -> impl Iterator<Item = &'a Mapping> + 'a {
        self.mappings.iter().filter(move |m| m.dataset == dataset)
    }

    /// The labels of `dataset` that carry `target`.
    pub fn labels_with(&self, dataset: &str, target: &Target) -> Vec<&str> {
        self.mappings
            .iter()
            .filter(|m| m.dataset == dataset && m.targets.contains(target))
            .map(|m| m.label.as_str())
            .collect()
    }
}

impl Mapping {
    pub fn emotion_mask(&self) -> u8 {
        self.targets.iter().fold(0, |m, t| match t {
            Target::Emotion(i) => m | (1 << i),
            _ => m,
        })
    }
    pub fn sentiment(&self) -> Option<u8> {
        self.targets.iter().find_map(|t| match t {
            Target::Sentiment(s) => Some(*s),
            _ => None,
        })
    }
    pub fn politeness(&self) -> Option<bool> {
        self.targets.iter().find_map(|t| match t {
            Target::Politeness(p) => Some(*p),
            _ => None,
        })
    }
    pub fn outcome(&self) -> Option<&str> {
        self.targets.iter().find_map(|t| match t {
            Target::Outcome(o) => Some(o.as_str()),
            _ => None,
        })
    }
    pub fn rules(&self) -> Vec<&str> {
        self.targets
            .iter()
            .filter_map(|t| match t {
                Target::Rule(r) => Some(r.as_str()),
                _ => None,
            })
            .collect()
    }
    pub fn signals(&self) -> Vec<(&str, bool)> {
        self.targets
            .iter()
            .filter_map(|t| match t {
                Target::Signal { name, higher } => Some((name.as_str(), *higher)),
                _ => None,
            })
            .collect()
    }
    pub fn has_role(&self, role: &str) -> bool {
        self.targets
            .iter()
            .any(|t| matches!(t, Target::Role(r) if r == role))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_map_parses_and_covers_every_data_set() {
        let m = LabelMap::embedded();
        for ds in [
            "xed",
            "umsab",
            "red",
            "politeness",
            "pfg-persuadee",
            "pfg-persuader",
            "pfg-outcome",
            "casino-strategy",
            "casino-likeness",
            "casino-satisfaction",
        ] {
            assert!(m.of(ds).next().is_some(), "{ds} has no mapping");
        }
        assert_eq!(m.get("xed", "1").expect("present").emotion_mask(), 1);
        assert_eq!(
            m.get("red", "frica").expect("present").emotion_mask(),
            1 << 3
        );
        assert_eq!(
            m.get("red", "Neutru").expect("present").sentiment(),
            Some(1)
        );
    }

    #[test]
    fn a_line_without_a_comment_is_rejected_with_its_number() {
        let e = LabelMap::parse("# header\nxed | 1 | emotion:anger\n").expect_err("must fail");
        assert_eq!(e.line, 2);
        assert!(e.reason.contains("comment"), "{e}");
    }

    #[test]
    fn unknown_targets_and_duplicates_are_rejected() {
        assert!(LabelMap::parse("xed | 1 | emotion:rage  # x\n").is_err());
        assert!(LabelMap::parse("xed | 1 | signal:politeness  # no sign\n").is_err());
        assert!(LabelMap::parse("xed | 1 | none  # a\nxed | 1 | none  # b\n").is_err());
        assert!(LabelMap::parse("xed | 1  # two fields\n").is_err());
    }

    #[test]
    fn signals_and_rules_are_read_with_their_direction() {
        let m = LabelMap::parse(
            "casino-strategy | uv-part | rule:condescension, signal:-politeness  # why\n",
        )
        .expect("present");
        let uv = m.get("casino-strategy", "uv-part").expect("present");
        assert_eq!(uv.rules(), vec!["condescension"]);
        assert_eq!(uv.signals(), vec![("politeness", false)]);
    }
}
