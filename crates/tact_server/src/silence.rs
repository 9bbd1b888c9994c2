//! A team silences a rule for itself from the web app: the `silence` list of its
//! `[teams.<name>]` table in the store's `tact.toml`, edited in place so that the admin's
//! comments and layout stay as they were.

use toml_edit::{Array, DocumentMut, Item, Table, Value};

/// `text` with `rule` added to (`on`) or removed from team `team`'s `silence` list.
pub fn set(text: &str, team: &str, rule: &str, on: bool) -> Result<String, String> {
    let mut doc: DocumentMut = text.parse().map_err(|e| format!("tact.toml: {e}"))?;
    let teams = doc
        .entry("teams")
        .or_insert_with(|| {
            let mut t = Table::new();
            t.set_implicit(true);
            Item::Table(t)
        })
        .as_table_mut()
        .ok_or("tact.toml: `teams` is not a table")?;
    let t = teams
        .entry(team)
        .or_insert_with(|| Item::Table(Table::new()))
        .as_table_mut()
        .ok_or_else(|| format!("tact.toml: `teams.{team}` is not a table"))?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn silencing_keeps_comments_and_is_reversible() {
        let text = "# our settings\npreview = false\n\n[teams.north]\nopen = \"08:00\" # early\n";
        let on = set(text, "north", "false-urgency", true).expect("set");
        assert!(on.contains("# our settings") && on.contains("# early"));
        let s = tact_rules::Settings::from_toml(&on).expect("valid");
        assert_eq!(s.team_silence["north"].rules, ["false-urgency"]);
        let twice = set(&on, "north", "false-urgency", true).expect("set");
        assert_eq!(twice, on);
        let off = set(&on, "north", "false-urgency", false).expect("unset");
        let s = tact_rules::Settings::from_toml(&off).expect("valid");
        assert!(s
            .team_silence
            .get("north")
            .is_none_or(|t| t.rules.is_empty()));
        let new = set("", "south", "P002", true).expect("set");
        assert!(tact_rules::Settings::from_toml(&new)
            .expect("valid")
            .team_silence["south"]
            .rules
            .contains(&"P002".to_string()));
    }

    #[test]
    fn a_broken_file_is_reported_not_replaced() {
        assert!(set("teams = 3", "north", "P002", true).is_err());
        assert!(set("[teams", "north", "P002", true).is_err());
    }
}
