//! What a team sets for itself in `[teams.<name>]`: silenced rules and phrases (its
//! conversations stop raising those moments, other teams' do not) and its own OK replies; an
//! unknown rule or language is an error.

use tact_rules::examples::parse;
use tact_rules::{Analyzed, Engine, Moment, Settings};

fn moments(settings: &str, team: &str) -> Vec<Moment> {
    let text = include_str!("fixtures/pressure/P002_it.conv");
    // false-urgency is a preview rule: these tests turn preview rules on.
    let settings = format!("preview = true\n{settings}");
    let engine = Engine::new(Settings::from_toml(&settings).expect("settings"));
    let mut out = Vec::new();
    for mut ex in parse(text).expect("fixture") {
        ex.conversation.team = Some(team.to_string());
        out.extend(engine.run(&Analyzed::new(&ex.conversation, None)));
    }
    out
}

#[test]
fn a_silenced_rule_is_quiet_for_that_team_only() {
    let settings = "[teams.north]\nsilence = [\"false-urgency\"]\n";
    let south: Vec<_> = moments(settings, "south")
        .into_iter()
        .filter(|m| m.rule == "false-urgency")
        .collect();
    assert!(!south.is_empty(), "the fixture raises false-urgency");
    assert!(moments(settings, "north")
        .iter()
        .all(|m| m.rule != "false-urgency"));
}

#[test]
fn a_silenced_phrase_ignores_case_and_accents() {
    let south = moments("", "south");
    let m = south
        .iter()
        .find(|m| m.rule == "false-urgency")
        .expect("a false-urgency moment");
    // A word of the evidence, shouted.
    let word: String = m
        .evidence
        .split_whitespace()
        .max_by_key(|w| w.chars().count())
        .expect("a word")
        .to_uppercase();
    let settings = format!("[teams.north]\nsilence_phrases = [{word:?}]\n");
    let north = moments(&settings, "north");
    assert!(!north
        .iter()
        .any(|n| n.rule == m.rule && n.evidence == m.evidence));
    assert_eq!(moments(&settings, "south").len(), south.len());
}

#[test]
fn silencing_an_unknown_rule_is_an_error() {
    assert!(Settings::from_toml("[teams.north]\nsilence = [\"no-such-rule\"]\n").is_err());
    assert!(Settings::from_toml("[teams.north]\nsilenced = [\"P002\"]\n").is_err());
}

#[test]
fn a_team_reply_replaces_the_built_in_one_for_that_team_and_language() {
    let settings = "[teams.north.alternatives]\nfalse-urgency = { it = \"La nostra risposta, scritta dal team.\", fi = \"x\" }\n";
    let north: Vec<_> = moments(settings, "north")
        .into_iter()
        .filter(|m| m.rule == "false-urgency")
        .collect();
    assert!(!north.is_empty());
    assert!(north
        .iter()
        .all(|m| m.alternative == "La nostra risposta, scritta dal team."));
    let south: Vec<_> = moments(settings, "south")
        .into_iter()
        .filter(|m| m.rule == "false-urgency")
        .collect();
    assert!(south
        .iter()
        .all(|m| !m.alternative.is_empty() && m.alternative != north[0].alternative));
    assert!(Settings::from_toml("[teams.north.alternatives]\nnope = { it = \"x\" }\n").is_err());
    assert!(Settings::from_toml("[teams.north.alternatives]\nP002 = { de = \"x\" }\n").is_err());
}
