//! What a team changes for itself from the web app, written into its `[teams.<name>]` table in
//! the store's `tact.toml`: the rules it silenced and the OK replies it approved. Edited in
//! place, so the admin's comments and layout stay as they were.

use toml_edit::{Array, DocumentMut, InlineTable, Item, Table, Value};

/// The `[teams.<team>]` table of a document, created when missing.
fn team_table<'a>(doc: &'a mut DocumentMut, team: &str) -> Result<&'a mut Table, String> {
    let teams = doc
        .entry("teams")
        .or_insert_with(|| {
            let mut t = Table::new();
            t.set_implicit(true);
            Item::Table(t)
        })
        .as_table_mut()
        .ok_or("tact.toml: `teams` is not a table")?;
    teams
        .entry(team)
        .or_insert_with(|| Item::Table(Table::new()))
        .as_table_mut()
        .ok_or_else(|| format!("tact.toml: `teams.{team}` is not a table"))
}

/// `text` with `rule` added to (`on`) or removed from team `team`'s `silence` list.
pub fn silence(text: &str, team: &str, rule: &str, on: bool) -> Result<String, String> {
    let mut doc: DocumentMut = text.parse().map_err(|e| format!("tact.toml: {e}"))?;
    let t = team_table(&mut doc, team)?;
    let list = t
        .entry("silence")
        .or_insert_with(|| Item::Value(Value::Array(Array::new())))
        .as_array_mut()
        .ok_or_else(|| format!("tact.toml: `teams.{team}.silence` is not a list"))?;
    let present = list.iter().position(|v| v.as_str() == Some(rule));
    match (on, present) {
        (true, None) => list.push(rule),
        (false, Some(i)) => {
            list.remove(i);
        }
        _ => {}
    }
    Ok(doc.to_string())
}

/// `text` with `reply` as team `team`'s OK reply for `rule` in `lang`
/// (`[teams.<team>.alternatives]`, `rule = { lang = "…" }`).
pub fn alternative(
    text: &str,
    team: &str,
    rule: &str,
    lang: &str,
    reply: &str,
) -> Result<String, String> {
    let mut doc: DocumentMut = text.parse().map_err(|e| format!("tact.toml: {e}"))?;
    let t = team_table(&mut doc, team)?;
    let alts = t
        .entry("alternatives")
        .or_insert_with(|| Item::Table(Table::new()))
        .as_table_like_mut()
        .ok_or_else(|| format!("tact.toml: `teams.{team}.alternatives` is not a table"))?;
    let by_lang = alts
        .entry(rule)
        .or_insert(Item::Value(Value::InlineTable(InlineTable::new())));
    match by_lang {
        Item::Value(Value::InlineTable(t)) => {
            t.insert(lang, Value::from(reply));
        }
        Item::Table(t) => {
            t.insert(lang, toml_edit::value(reply));
        }
        _ => {
            return Err(format!(
                "tact.toml: `teams.{team}.alternatives.{rule}` is not a table"
            ))
        }
    }
    Ok(doc.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn silencing_keeps_comments_and_is_reversible() {
        let text = "# our settings\npreview = false\n\n[teams.north]\nopen = \"08:00\" # early\n";
        let on = silence(text, "north", "false-urgency", true).expect("set");
        assert!(on.contains("# our settings") && on.contains("# early"));
        let s = tact_rules::Settings::from_toml(&on).expect("valid");
        assert_eq!(s.team_silence["north"].rules, ["false-urgency"]);
        let twice = silence(&on, "north", "false-urgency", true).expect("set");
        assert_eq!(twice, on);
        let off = silence(&on, "north", "false-urgency", false).expect("unset");
        let s = tact_rules::Settings::from_toml(&off).expect("valid");
        assert!(s
            .team_silence
            .get("north")
            .is_none_or(|t| t.rules.is_empty()));
        let new = silence("", "south", "P002", true).expect("set");
        assert!(tact_rules::Settings::from_toml(&new)
            .expect("valid")
            .team_silence["south"]
            .rules
            .contains(&"P002".to_string()));
    }

    #[test]
    fn an_approved_reply_becomes_the_team_alternative() {
        let text = "# kept\n[teams.north]\nsilence = [\"P002\"]\n";
        let one = alternative(
            text,
            "north",
            "false-urgency",
            "it",
            "Capisco, ci pensi con calma.",
        )
        .expect("set");
        let two = alternative(
            &one,
            "north",
            "false-urgency",
            "en",
            "Take your time \"really\".",
        )
        .expect("set");
        assert!(two.contains("# kept"));
        let s = tact_rules::Settings::from_toml(&two).expect("valid");
        let a = &s.team_alternatives["north"]["false-urgency"];
        assert_eq!(a["it"], "Capisco, ci pensi con calma.");
        assert_eq!(a["en"], "Take your time \"really\".");
        assert_eq!(s.team_silence["north"].rules, ["P002"]);
        let again = alternative(&two, "north", "false-urgency", "it", "Nuova.").expect("set");
        let s = tact_rules::Settings::from_toml(&again).expect("valid");
        assert_eq!(
            s.team_alternatives["north"]["false-urgency"]["it"],
            "Nuova."
        );
    }

    #[test]
    fn a_broken_file_is_reported_not_replaced() {
        assert!(silence("teams = 3", "north", "P002", true).is_err());
        assert!(silence("[teams", "north", "P002", true).is_err());
    }
}
