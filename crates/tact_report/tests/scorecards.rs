//! The scorecard table (`--by agent|team`): aligned by display width, legend below, and group
//! names from the input escaped like every other untrusted field.

use tact_analyze::scorecard::{GroupBy, Scorecards};
use tact_analyze::Analyzer;
use tact_model::{Conversation, Role, Turn};
use tact_report::{scorecards_markdown, scorecards_text};
use tact_rules::{Engine, Settings};

fn add(cards: &mut Scorecards, team: &str, rude: bool) {
    let reply = if rude {
        "That's wrong, you clearly didn't read the terms. Not our problem."
    } else {
        "Thank you. It ships tomorrow and should arrive on Friday."
    };
    let c = Conversation {
        language: Some("en".into()),
        agent: Some("ann".into()),
        team: Some(team.into()),
        turns: vec![
            Turn::new(Role::Customer, "Hi, where is my order from last week?"),
            Turn::new(Role::Agent, reply),
        ],
        ..Default::default()
    };
    let report = Analyzer::new(Engine::new(Settings::default()), None).analyze(&c);
    cards.add(&report, None);
}

/// Display columns of a line, as a terminal shows them.
fn columns(s: &str) -> usize {
    tact_report::escape::width(s)
}

#[test]
fn text_table_is_aligned_by_display_width_with_a_legend() {
    let mut cards = Scorecards::new(GroupBy::Team);
    add(&mut cards, "north-east-long-team-name", false);
    add(&mut cards, "s", true);
    add(&mut cards, "東京チーム", false);
    let text = scorecards_text(&cards);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("TEAM"), "{text}");
    assert!(lines[0].contains("SCORE") && lines[0].contains("TREND"));
    // Right-aligned columns end at the same display column on every row, wide names included.
    let header_end = columns(lines[0]);
    for l in &lines[1..4] {
        assert_eq!(columns(l), header_end, "{text}");
    }
    assert!(text.contains("P pressure"), "{text}");
}

#[test]
fn hostile_group_names_are_escaped_in_text_and_cannot_close_the_markdown_fence() {
    let mut cards = Scorecards::new(GroupBy::Team);
    add(&mut cards, "evil\u{1b}[2J\u{1b}]0;owned\u{7}", false);
    add(&mut cards, "```\n<script>x</script>", false);
    let text = scorecards_text(&cards);
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}'),
        "{text:?}"
    );
    assert!(text.contains("evil\\u{1b}[2J"), "{text}");
    let md = scorecards_markdown(&cards);
    let fence: String = md.chars().take_while(|&c| c == '`').collect();
    assert!(fence.len() > 3, "{md}");
    // The only lines that are exactly the fence are the opening (with "text") and the closing.
    assert_eq!(
        md.lines().filter(|l| l.trim_end() == fence).count(),
        1,
        "{md}"
    );
    assert!(md.trim_end().ends_with(&fence));
}
