//! Who is speaking: turns a speaker label from a chat log or transcript (`Agent`, `Πελάτης`,
//! `Luca (agent)`, `Luca` with `--agent-names luca`) into a role, the same way for every
//! format that has labels instead of a role field.
//!
//! It also decides whether a `Name:` line starts a turn at all. A line inside a message often
//! starts with a word and a colon without anyone new speaking:
//!
//! ```text
//! Agent: Our fibre plan:                Agente: Ecco l'offerta:
//! Price: 49 EUR a month                 Prezzo: 30 € al mese
//! Note: installation is free            Totale: 30 €
//!
//! Πράκτορας: Η προσφορά μας:            Operator: Oferta noastră:       Myyjä: Tarjouksemme:
//! Τιμή: 25 € τον μήνα                   Preț: 39 lei pe lună            Hinta: 19,90 €/kk
//! Σημείωση: χωρίς δέσμευση              Notă: instalarea e gratuită     Huom: ei määräaikaa
//! ```
//!
//! So `Name:` starts a new turn when the name is a known speaker of this conversation, a role
//! word in any of the five languages (`Agent`, `Cliente`, `Πελάτης`, `Client`, `Asiakas`), an
//! explicit `Name (role)` or one of `--agent-names`. Otherwise a label word of
//! `data/label_words.txt` (`Price`, `Prezzo`, `Τιμή`, `Preț`, `Hinta`, `Note`, `Totale`, …)
//! never starts a turn, and any other name does where a speaker is expected (a timestamped
//! line, the first message of a chat log, the start of a cue) or when it looks like a name:
//! one to three capitalised words (`Maria`, `Maria Rossi`) or one user handle (`jsmith_77`).
//! Every other `Name:` line continues the message before it.

use crate::labels::is_label_word;
use crate::ReadOptions;
use std::collections::HashMap;
use std::sync::OnceLock;
use tact_model::Role;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

const ROLE_NAMES: &str = include_str!("../data/role_names.txt");

/// Case, accents, final sigma and runs of spaces do not distinguish labels.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.nfd().filter(|c| !is_combining_mark(*c)) {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        for l in c.to_lowercase() {
            out.push(if l == 'ς' { 'σ' } else { l });
        }
    }
    out
}

/// `(alias, role)` pairs of the data file, and the lines that do not parse.
fn parse_role_names(data: &str) -> (Vec<(String, Role)>, Vec<String>) {
    let mut pairs = Vec::new();
    let mut bad = Vec::new();
    for line in data.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((role, aliases)) = line.split_once(':') else {
            bad.push(line.to_string());
            continue;
        };
        let Ok(role) = role.parse::<Role>() else {
            bad.push(line.to_string());
            continue;
        };
        for alias in aliases.split(',').map(fold).filter(|a| !a.is_empty()) {
            pairs.push((alias, role));
        }
    }
    (pairs, bad)
}

fn table() -> &'static HashMap<String, Role> {
    static TABLE: OnceLock<HashMap<String, Role>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let (pairs, _) = parse_role_names(ROLE_NAMES);
        let mut map: HashMap<String, Role> = pairs.into_iter().collect();
        for r in Role::ALL {
            map.insert(r.as_str().to_string(), r);
        }
        map
    })
}

/// The role a word names in any language tact knows (`agent`, `Cliente`, `ΠΕΛΑΤΗΣ`, `myyjä`).
pub(crate) fn role_word(word: &str) -> Option<Role> {
    table().get(&fold(word)).copied()
}

/// Splits `Name: text` into the label and the text. A plausible label is short, starts the
/// line and is followed by a space or the end of the line, so `https://…`, `10:30` and
/// indented lines stay text.
pub(crate) fn split_label(line: &str) -> Option<(&str, &str)> {
    if line.starts_with(char::is_whitespace) {
        return None;
    }
    let (label, rest) = line.split_once(':')?;
    if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
        return None;
    }
    let label = label.trim_end();
    let name = match split_suffix(label) {
        Some((name, _)) => name,
        None => label,
    };
    let plausible = label.chars().any(char::is_alphabetic)
        && label.chars().count() <= 60
        && name.chars().count() <= 40
        && name.split_whitespace().count() <= 4
        && !label.contains(char::is_control)
        && !label.contains(['<', '>', '[', ']', '{', '}', '"', '=']);
    plausible.then(|| (label, rest.trim()))
}

/// `Luca (agent)` → `("Luca", "agent")`.
fn split_suffix(label: &str) -> Option<(&str, &str)> {
    let inner = label.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    Some((inner[..open].trim(), inner[open + 1..].trim()))
}

/// One to three words that each start with a capital (or a letter of a script without case)
/// and hold only letters, apostrophes, hyphens and dots (`Maria`, `Anna-Liisa Mäkinen`,
/// `O'Brien`, `J. Smith`); or one handle of letters, digits, `_`, `.`, `-`, `@` (`jsmith_77`).
fn looks_like_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let name_word = |w: &&str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() && !c.is_lowercase())
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
    };
    let person = (1..=3).contains(&words.len()) && words.iter().all(name_word);
    let handle = words.len() == 1
        && name.chars().any(char::is_alphabetic)
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-' | '@'));
    person || handle
}

/// Resolves speaker labels within one conversation, remembering what each name turned out to
/// be so `Luca (agent): …` followed by `Luca: …` stays an agent.
pub(crate) struct Speakers {
    agents: Vec<String>,
    known: HashMap<String, Role>,
}

impl Speakers {
    pub(crate) fn new(opts: &ReadOptions) -> Self {
        Speakers {
            agents: opts
                .agent_names
                .iter()
                .map(|n| fold(n))
                .filter(|n| !n.is_empty())
                .collect(),
            known: HashMap::new(),
        }
    }

    /// Whether the `label` of a `Name: text` line names who speaks, so the line starts a turn;
    /// `expected` is true where a speaker is expected (a stamped line, the first message of a
    /// chat log, the start of a cue). See the module documentation for the rules.
    pub(crate) fn is_speaker(&self, label: &str, expected: bool) -> bool {
        let label = label.trim();
        let name = match split_suffix(label) {
            Some((_, word)) if role_word(word).is_some() => return true,
            Some((name, _)) => name,
            None => label,
        };
        let key = fold(name);
        if key.is_empty() {
            return false;
        }
        if self.known.contains_key(&key) || self.agents.contains(&key) || role_word(name).is_some()
        {
            return true;
        }
        !is_label_word(&key) && (expected || looks_like_name(name))
    }

    /// The role and speaker name of a label; the error explains how to make it resolvable.
    pub(crate) fn resolve(&mut self, label: &str) -> Result<(Role, Option<String>), String> {
        let label = label.trim();
        let (name, explicit) = match split_suffix(label) {
            Some((name, word)) => (name, role_word(word)),
            None => (label, None),
        };
        let key = fold(name);
        let speaker = (!name.is_empty()).then(|| name.to_string());
        if let Some(role) = explicit {
            if !key.is_empty() {
                self.known.insert(key, role);
            }
            return Ok((role, speaker));
        }
        if key.is_empty() {
            return Err(format!("speaker label {label:?} has no name"));
        }
        let role = if let Some(r) = self.known.get(&key) {
            *r
        } else if self.agents.contains(&key) {
            Role::Agent
        } else if let Some(r) = role_word(name) {
            r
        } else if !self.agents.is_empty() {
            Role::Customer
        } else {
            return Err(format!(
                "unknown speaker {name:?}: name the agents with --agent-names (everyone else is \
                 then a customer), or write the label as \"{name} (agent)\" or \"{name} (customer)\""
            ));
        };
        self.known.insert(key, role);
        Ok((role, speaker))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_names_file_parses_and_no_alias_names_two_roles() {
        let (pairs, bad) = parse_role_names(ROLE_NAMES);
        assert!(bad.is_empty(), "unparsable lines: {bad:?}");
        let mut seen: HashMap<&str, Role> = HashMap::new();
        for (alias, role) in &pairs {
            if let Some(other) = seen.insert(alias, *role) {
                assert_eq!(other, *role, "{alias} names two roles");
            }
        }
        assert!(ROLE_NAMES.contains("# source:"));
    }

    #[test]
    fn localized_role_words_resolve_in_any_case_and_accent() {
        for (w, r) in [
            ("Agente", Role::Agent),
            ("CLIENTE", Role::Customer),
            ("Πράκτορας", Role::Agent),
            ("Πελάτης", Role::Customer),
            ("ΠΕΛΑΤΗΣ", Role::Customer),
            ("Client", Role::Customer),
            ("Myyjä", Role::Agent),
            ("asiakas", Role::Customer),
            ("Vânzător", Role::Agent),
            ("assistant", Role::Bot),
            ("System", Role::System),
        ] {
            assert_eq!(role_word(w), Some(r), "{w}");
        }
        assert_eq!(role_word("Maria"), None);
    }

    #[test]
    fn labels_are_short_prefixes_followed_by_a_space() {
        assert_eq!(split_label("Agent: hi"), Some(("Agent", "hi")));
        assert_eq!(
            split_label("Luca (agent):  Ciao!"),
            Some(("Luca (agent)", "Ciao!"))
        );
        assert_eq!(split_label("Agent:"), Some(("Agent", "")));
        assert_eq!(split_label("see https://x.example"), None);
        assert_eq!(split_label("10:30 works"), None);
        assert_eq!(split_label("  indented: no"), None);
        assert_eq!(split_label("two\nlines: no"), None);
        assert_eq!(
            split_label("this is a long sentence that happens to end with: a colon"),
            None
        );
    }

    #[test]
    fn explicit_suffix_then_bare_name_keeps_the_role() {
        let mut s = Speakers::new(&ReadOptions::default());
        assert_eq!(
            s.resolve("Luca (agente)"),
            Ok((Role::Agent, Some("Luca".into())))
        );
        assert_eq!(s.resolve("luca"), Ok((Role::Agent, Some("luca".into()))));
        let e = s.resolve("Maria").expect_err("unknown");
        assert!(
            e.contains("\"Maria\"") && e.contains("--agent-names"),
            "{e}"
        );
    }

    #[test]
    fn names_roles_and_known_speakers_start_turns_and_label_words_do_not() {
        let mut s = Speakers::new(&ReadOptions {
            agent_names: vec!["luca".into()],
            ..ReadOptions::default()
        });
        for label in [
            "Agent",
            "CLIENTE",
            "Πελάτης",
            "luca",
            "Maria",
            "Maria Rossi",
            "Ελένη Παπαδοπούλου",
            "jsmith_77",
            "Sam (agent)",
            "Prezzo (agente)",
        ] {
            assert!(s.is_speaker(label, false), "{label}");
        }
        for label in [
            "Price",
            "Note",
            "Totale",
            "Τιμή",
            "Preț",
            "Hinta",
            "Total price",
            "order number",
            "Step 1",
            "Price (incl. VAT)",
        ] {
            assert!(!s.is_speaker(label, false), "{label}");
        }
        assert!(s.is_speaker("sales team", true), "expected here");
        assert!(
            !s.is_speaker("Note", true),
            "a label word even where expected"
        );
        assert!(s.resolve("Prezzo (agente)").is_ok());
        assert!(
            s.is_speaker("Prezzo", false),
            "known speakers win over label words"
        );
    }

    #[test]
    fn agent_names_make_everyone_else_a_customer() {
        let opts = ReadOptions {
            agent_names: vec!["LUCA".into()],
            ..ReadOptions::default()
        };
        let mut s = Speakers::new(&opts);
        assert_eq!(s.resolve("Luca").map(|r| r.0), Ok(Role::Agent));
        assert_eq!(s.resolve("Maria").map(|r| r.0), Ok(Role::Customer));
        assert_eq!(s.resolve("Bot").map(|r| r.0), Ok(Role::Bot));
    }
}
