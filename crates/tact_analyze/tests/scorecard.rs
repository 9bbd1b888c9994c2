//! Scorecards: grouping by agent or team, moments per 100 turns, the trend and the table.

use tact_analyze::scorecard::{GroupBy, Scorecards, NO_GROUP};
use tact_analyze::{Analyzer, ConversationReport};
use tact_model::{Conversation, Role, Turn};
use tact_rules::{Engine, Family, Settings};

fn report(agent: Option<&str>, team: Option<&str>, turns: &[(Role, &str)]) -> ConversationReport {
    let c = Conversation {
        language: Some("en".into()),
        agent: agent.map(str::to_string),
        team: team.map(str::to_string),
        turns: turns.iter().map(|(r, t)| Turn::new(*r, *t)).collect(),
        ..Default::default()
    };
    Analyzer::new(Engine::new(Settings::default()), None).analyze(&c)
}

fn clean(agent: &str, team: &str) -> ConversationReport {
    report(
        Some(agent),
        Some(team),
        &[
            (
                Role::Customer,
                "Hi, I'd like to check the status of my order from last week.",
            ),
            (
                Role::Agent,
                "Of course. Could you give me the order number, please?",
            ),
            (Role::Customer, "It's 4471."),
            (
                Role::Agent,
                "Thank you. It ships tomorrow and should arrive on Friday.",
            ),
        ],
    )
}

fn rude(agent: &str, team: &str) -> ConversationReport {
    report(
        Some(agent),
        Some(team),
        &[
            (
                Role::Customer,
                "Hi, my internet is not working since Monday.",
            ),
            (
                Role::Agent,
                "Have you tried turning it off and on? It's not rocket science.",
            ),
            (Role::Customer, "Yes, as I said, I already restarted it."),
            (Role::Agent, "Well, you must have done it wrong."),
        ],
    )
}

#[test]
fn groups_by_agent_and_by_team() {
    let reports = [
        clean("ann", "north"),
        rude("bob", "north"),
        clean("bob", "south"),
        report(
            None,
            None,
            &[
                (Role::Customer, "Hello?"),
                (Role::Agent, "Hi, how can I help?"),
            ],
        ),
    ];
    let mut by_agent = Scorecards::new(GroupBy::Agent);
    let mut by_team = Scorecards::new(GroupBy::Team);
    for r in &reports {
        by_agent.add(r, None);
        by_team.add(r, None);
    }
    let names: Vec<String> = by_agent.cards().into_iter().map(|c| c.group).collect();
    assert_eq!(names, ["(none)", "ann", "bob"]);
    assert_eq!(by_agent.len(), 3);
    let teams = by_team.cards();
    assert_eq!(
        teams.iter().map(|c| c.group.as_str()).collect::<Vec<_>>(),
        [NO_GROUP, "north", "south"]
    );
    let north = &teams[1];
    assert_eq!(north.conversations, 2);
    assert_eq!(north.turns, 8);
    let want = (f64::from(reports[0].score) + f64::from(reports[1].score)) / 2.0;
    assert!((north.mean_score - want).abs() < 1e-6);
}

#[test]
fn moments_per_100_turns_by_family() {
    let r = rude("bob", "north");
    assert!(!r.moments.is_empty(), "the rude conversation has moments");
    let mut cards = Scorecards::new(GroupBy::Agent);
    cards.add(&r, None);
    cards.add(&clean("bob", "north"), None);
    let bob = &cards.cards()[0];
    assert_eq!(bob.turns, 8);
    assert_eq!(bob.moments, r.moments.len());
    assert!((bob.moments_per_100_turns - r.moments.len() as f64 * 100.0 / 8.0).abs() < 1e-3);
    assert_eq!(bob.moments_per_100_turns_by_family.len(), Family::ALL.len());
    for f in Family::ALL {
        let n = r.moments.iter().filter(|m| m.family == f).count();
        assert!(
            (bob.moments_per_100_turns_by_family[&f] - n as f64 * 12.5).abs() < 1e-3,
            "{f}"
        );
    }
    let share = (r.metrics.agent_talk_share.expect("test value")
        + clean("x", "y")
            .metrics
            .agent_talk_share
            .expect("test value"))
        / 2.0;
    assert!((bob.mean_agent_talk_share.expect("test value") - share).abs() < 1e-3);
    assert!(bob.mean_agent_question_rate.is_some());
    assert!(
        bob.mean_patience_seconds.is_none(),
        "untimed conversations have no patience"
    );
}

#[test]
fn trend_compares_the_first_and_second_half() {
    let (good, bad) = (clean("ann", "t"), rude("ann", "t"));
    assert!(good.score > bad.score);
    // Input order: bad, bad, good, good → improving.
    let mut cards = Scorecards::new(GroupBy::Agent);
    for r in [&bad, &bad, &good, &good] {
        cards.add(r, None);
    }
    let t = cards.cards()[0].trend.clone();
    assert_eq!(t.first_half_mean_score, Some(f64::from(bad.score)));
    assert_eq!(t.second_half_mean_score, Some(f64::from(good.score)));
    assert!(t.change.expect("test value") > 0.0);
    // The same input, but started_at says the good ones came first → getting worse.
    let mut timed = Scorecards::new(GroupBy::Agent);
    let at = [
        "2024-03-05T10:00:00Z",
        "2024-03-06T10:00:00Z",
        "2024-03-01T10:00:00Z",
        "2024-03-02T10:00:00+00:00",
    ];
    for (r, t) in [&bad, &bad, &good, &good].into_iter().zip(at) {
        timed.add(r, Some(t.to_string()));
    }
    assert!(timed.cards()[0].trend.change.expect("test value") < 0.0);
    // One conversation: no trend.
    let mut one = Scorecards::new(GroupBy::Agent);
    one.add(&good, None);
    assert_eq!(one.cards()[0].trend.change, None);
}

#[test]
fn json_lists_groups() {
    let mut cards = Scorecards::new(GroupBy::Team);
    cards.add(&clean("ann", "north-east-long-team-name"), None);
    cards.add(&rude("bob", "s"), None);
    let v = serde_json::to_value(&cards).expect("test value");
    assert_eq!(v["group_by"], "team");
    assert_eq!(v["groups"].as_array().expect("test value").len(), 2);
    assert_eq!(v["groups"][0]["group"], "north-east-long-team-name");
    assert!(v["groups"][0]["moments_per_100_turns_by_family"]["over-service"].is_number());
    assert!(v["groups"][0]["trend"]["change"].is_null());
}
