//! Sales and service scripts for `tact lint-script`: every line is something an agent will say,
//! so a script is read as a conversation of agent turns, checked before anyone uses it.

use crate::roles::{role_word, split_label};
use tact_model::{Channel, Conversation, Role, Turn};

/// The neutral name put in place of `{placeholders}`, so they read as a name, not as words.
const PLACEHOLDER: &str = "Alex";

/// Reads a script: each non-empty line that is not a `#` comment is one agent turn. A role
/// prefix in any supported language (`Agent:`, `Agente:`, `Πωλητής:`, `Myyjä:`) is dropped, and
/// `{placeholders}` become a neutral name. Lines for the customer (`Customer: …`) are kept as
/// customer turns, so a script can show the expected answers too.
pub fn read_script(source_name: &str, text: &str) -> Conversation {
    let turns = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|line| {
            let (role, body) = match split_label(line) {
                Some((label, rest)) => match role_word(label) {
                    Some(r) => (r, rest),
                    None => (Role::Agent, line),
                },
                None => (Role::Agent, line),
            };
            Turn::new(role, fill_placeholders(body.trim()))
        })
        .filter(|t| !t.text.is_empty())
        .collect();
    Conversation {
        id: source_name.to_string(),
        channel: Channel::Script,
        turns,
        ..Conversation::default()
    }
}

fn fill_placeholders(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(PLACEHOLDER);
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn localized_prefixes_are_dropped_and_placeholders_filled() {
        let c = read_script(
            "s.txt",
            "# welcome\nAgente: Buongiorno {nome}, come posso aiutarla?\nΠωλητής: Καλημέρα!\nAsiakas: Hei\nJust a line {x} and {y}\n",
        );
        let texts: Vec<_> = c.turns.iter().map(|t| (t.role, t.text.as_str())).collect();
        assert_eq!(
            texts,
            [
                (Role::Agent, "Buongiorno Alex, come posso aiutarla?"),
                (Role::Agent, "Καλημέρα!"),
                (Role::Customer, "Hei"),
                (Role::Agent, "Just a line Alex and Alex"),
            ]
        );
        assert_eq!(c.channel, Channel::Script);
    }

    #[test]
    fn unclosed_braces_and_empty_scripts_do_not_panic() {
        assert_eq!(read_script("s", "Hi {name").turns[0].text, "Hi {name");
        assert!(read_script("s", "\n# only comments\n").turns.is_empty());
    }
}
