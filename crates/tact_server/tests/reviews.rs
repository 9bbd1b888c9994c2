//! The review loop: a manager confirms or calls a false alarm, an agent disputes, the manager
//! settles it; what leaves the score leaves it (and the scorecards), survives a re-analysis and
//! a re-upload, and every decision is logged and exported as a label.

mod common;

use axum::http::StatusCode;
use common::TestServer;
use serde_json::{json, Value};
use tact_server::store::{MomentFilter, Scope};

/// A moment of agent `agent` (its conversation's report has at least one).
fn moment_of(s: &TestServer, agent: &str) -> (Value, Value) {
    let rows = s
        .store
        .moments(
            &Scope::Agent(agent.into()),
            &MomentFilter::default(),
            100,
            0,
        )
        .expect("moments");
    let m = rows.first().expect("the agent has a moment");
    let key = json!({
        "conversation_id": m.conversation_id, "rule": m.rule, "turn": m.turn,
        "start": m.start, "end": m.end
    });
    let report = s
        .store
        .conversation(&Scope::All, &m.conversation_id)
        .expect("read")
        .expect("stored")
        .report;
    (key, report)
}

async fn review(
    s: &TestServer,
    who: &str,
    key: &Value,
    action: &str,
    reason: &str,
) -> (StatusCode, Value) {
    let mut body = key.clone();
    body["action"] = action.into();
    body["reason"] = reason.into();
    let r = s
        .post(
            Some(who),
            "/api/v1/reviews",
            &body.to_string(),
            "application/json",
        )
        .await;
    let v = serde_json::from_str(&r.body).unwrap_or(Value::Null);
    (r.status, v)
}

fn score_of(s: &TestServer, id: &str) -> i64 {
    s.store
        .conversation(&Scope::All, id)
        .expect("read")
        .expect("stored")
        .row
        .score
}

/// The score the report's own penalties give without the moments at `skip`.
fn expected_score(report: &Value, skip: &[usize]) -> i64 {
    let kept: Vec<f64> = report["penalties"]
        .as_array()
        .expect("penalties")
        .iter()
        .enumerate()
        .filter(|(i, _)| !skip.contains(i))
        .map(|(_, p)| p.as_f64().expect("number"))
        .collect();
    (100.0 - kept.iter().sum::<f64>()).clamp(0.0, 100.0).round() as i64
}

fn index_of(report: &Value, key: &Value) -> usize {
    report["moments"]
        .as_array()
        .expect("moments")
        .iter()
        .position(|m| {
            m["rule"] == key["rule"] && m["turn"] == key["turn"] && m["start"] == key["start"]
        })
        .expect("the moment is in the report")
}

fn scorecard_moments(s: &TestServer, agent: &str) -> i64 {
    let (weeks, moments) = s.store.weekly(&Scope::Agent(agent.into())).expect("weekly");
    let _ = weeks;
    moments.iter().map(|m| m.moments).sum()
}

#[tokio::test]
async fn a_false_alarm_leaves_the_score_and_the_scorecard_and_is_logged() {
    let s = TestServer::new(true);
    let (key, report) = moment_of(&s, "mark");
    let id = key["conversation_id"].as_str().expect("id").to_string();
    let k = index_of(&report, &key);
    assert_eq!(score_of(&s, &id), report["score"].as_i64().expect("score"));
    assert_eq!(score_of(&s, &id), expected_score(&report, &[]));
    let before = scorecard_moments(&s, "mark");

    let (status, _) = review(&s, "nora", &key, "false-alarm", "").await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "a false alarm needs a reason"
    );
    let (status, v) = review(&s, "nora", &key, "false-alarm", "the customer asked for it").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["status"], "false-alarm");
    assert_eq!(score_of(&s, &id), expected_score(&report, &[k]));
    assert_eq!(scorecard_moments(&s, "mark"), before - 1);

    // The moment is still listed, with its status; the decision is logged and labelled.
    let page = s
        .get(Some("nora"), &format!("/conversations/{id}"))
        .await
        .body;
    assert!(page.contains("status-false-alarm"));
    assert!(page.contains("the customer asked for it"));
    let labels = s.get(Some("root"), "/api/v1/labels").await.json();
    let l = &labels.as_array().expect("labels")[0];
    assert_eq!(l["status"], "false-alarm");
    assert_eq!(l["by"], "nora");
    assert_eq!(l["team"], "north");
    // Confirming it again puts it back.
    let (_, v) = review(&s, "root", &key, "confirm", "").await;
    assert_eq!(v["status"], "confirmed");
    assert_eq!(score_of(&s, &id), expected_score(&report, &[]));
    assert_eq!(scorecard_moments(&s, "mark"), before);
    let log = s.store.review_log(&id).expect("log");
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["false-alarm", "confirm"]);
}

#[tokio::test]
async fn an_agent_disputes_their_own_moment_and_the_manager_settles_it() {
    let s = TestServer::new(true);
    let (key, report) = moment_of(&s, "mark");
    let id = key["conversation_id"].as_str().expect("id").to_string();
    let k = index_of(&report, &key);
    // Another agent cannot see it; mark cannot call his own moment a false alarm.
    assert_eq!(
        review(&s, "tom", &key, "dispute", "no").await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        review(&s, "mark", &key, "false-alarm", "x").await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        review(&s, "mark", &key, "accept", "x").await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        review(&s, "mark", &key, "dispute", " ").await.0,
        StatusCode::BAD_REQUEST
    );
    let (status, v) = review(&s, "mark", &key, "dispute", "I did answer her question").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["status"], "disputed");
    assert_eq!(
        score_of(&s, &id),
        expected_score(&report, &[k]),
        "out while disputed"
    );
    // A pending dispute is settled, not overwritten.
    assert_eq!(
        review(&s, "nora", &key, "confirm", "").await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        review(&s, "nora", &key, "reject", "").await.0,
        StatusCode::BAD_REQUEST
    );
    let (_, v) = review(
        &s,
        "nora",
        &key,
        "reject",
        "the question was about delivery",
    )
    .await;
    assert_eq!(v["status"], "dispute-rejected");
    assert_eq!(score_of(&s, &id), expected_score(&report, &[]), "back in");
    // The queue shows disputed moments to the manager until they are settled.
    let (_, v) = review(&s, "mark", &key, "dispute", "please look again").await;
    assert_eq!(v["status"], "disputed");
    let queue = s.get(Some("nora"), "/reviews").await.body;
    assert!(queue.contains(&format!("/conversations/{id}")));
    let (_, v) = review(&s, "nora", &key, "accept", "right, it was answered").await;
    assert_eq!(v["status"], "dispute-accepted");
    assert_eq!(score_of(&s, &id), expected_score(&report, &[k]));
    let queue = s.get(Some("nora"), "/reviews").await.body;
    assert!(!queue.contains(&format!("/conversations/{id}#")));
}

#[tokio::test]
async fn a_review_survives_reanalysis_and_a_second_upload() {
    let s = TestServer::new(true);
    let (key, report) = moment_of(&s, "mark");
    let id = key["conversation_id"].as_str().expect("id").to_string();
    let k = index_of(&report, &key);
    review(&s, "root", &key, "false-alarm", "not pushy here").await;
    let expected = expected_score(&report, &[k]);
    // Same settings, new version: every conversation is analysed again.
    tact_server::spawn_reanalysis(s.state.clone());
    s.state.set_settings("").expect("settings");
    let (version, _) = s.state.analyzer();
    for _ in 0..600 {
        if s.store.stale_count(version).expect("stale") == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(s.store.stale_count(version).expect("stale"), 0);
    assert_eq!(score_of(&s, &id), expected);
    // The same conversation sent again.
    let input = s
        .store
        .conversation(&Scope::All, &id)
        .expect("read")
        .expect("stored")
        .input;
    let body = serde_json::to_string(&input).expect("json");
    let r = s.post_conversations("root", &body).await;
    assert_eq!(r.json()["stored"], 1);
    assert_eq!(score_of(&s, &id), expected);
    let rows = s
        .store
        .moments(
            &Scope::All,
            &MomentFilter {
                status: "false-alarm".into(),
                ..MomentFilter::default()
            },
            10,
            0,
        )
        .expect("moments");
    assert_eq!(rows.len(), 1);
}

#[tokio::test]
async fn the_team_sees_how_often_each_rule_was_right() {
    let s = TestServer::new(true);
    let rows = s
        .store
        .moments(&Scope::Team("north".into()), &MomentFilter::default(), 6, 0)
        .expect("moments");
    assert!(rows.len() >= 3);
    for (i, m) in rows.iter().take(3).enumerate() {
        let key = json!({
            "conversation_id": m.conversation_id, "rule": m.rule, "turn": m.turn,
            "start": m.start, "end": m.end
        });
        let action = if i == 0 { "false-alarm" } else { "confirm" };
        assert_eq!(
            review(&s, "nora", &key, action, "checked").await.0,
            StatusCode::OK
        );
    }
    let labels = s
        .store
        .labels(&Scope::Team("north".into()))
        .expect("labels");
    assert_eq!(labels.len(), 3);
    let expected = tact_eval::labels::precision(
        labels
            .iter()
            .map(|l| (l.key.rule.as_str(), l.team.as_deref(), l.status.as_str())),
    );
    let page = s.get(Some("nora"), "/reviews").await.body;
    for r in expected.iter().filter(|r| r.team == "(all)") {
        assert!(
            page.contains(&format!(
                "<td>{}</td><td>(all)</td><td>{}</td><td>{}</td>",
                r.rule, r.right, r.wrong
            )),
            "{}",
            r.rule
        );
    }
    // Another team sees none of it.
    assert!(s
        .store
        .labels(&Scope::Team("south".into()))
        .expect("labels")
        .is_empty());
}

async fn settle(s: &TestServer) {
    let (version, _) = s.state.analyzer();
    for _ in 0..600 {
        if s.store.stale_count(version).expect("stale") == 0 {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("re-analysis did not finish");
}

fn count(s: &TestServer, team: &str, rule: &str) -> usize {
    s.store
        .moments(
            &Scope::Team(team.into()),
            &MomentFilter {
                rule: rule.into(),
                ..MomentFilter::default()
            },
            10_000,
            0,
        )
        .expect("moments")
        .len()
}

#[tokio::test]
async fn a_manager_silences_a_rule_for_their_team_and_can_undo_it() {
    let s = TestServer::new(true);
    tact_server::spawn_reanalysis(s.state.clone());
    // The rule with the most moments in north that south also has.
    let rule = s
        .store
        .moments(
            &Scope::Team("north".into()),
            &MomentFilter::default(),
            10_000,
            0,
        )
        .expect("moments")
        .into_iter()
        .map(|m| m.rule)
        .find(|r| count(&s, "south", r) > 0)
        .expect("a rule both teams raise");
    let (north, south) = (count(&s, "north", &rule), count(&s, "south", &rule));
    let form = "application/x-www-form-urlencoded";
    let r = s
        .post(
            Some("nora"),
            &format!("/rules/{rule}/silence"),
            "silence=on&team=south",
            form,
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    settle(&s).await;
    assert_eq!(
        count(&s, "north", &rule),
        0,
        "silenced for north (a manager's own team)"
    );
    assert_eq!(
        count(&s, "south", &rule),
        south,
        "the team field cannot reach another team"
    );
    let page = s.get(Some("nora"), &format!("/rules/{rule}")).await.body;
    assert!(page.contains(&tact_server::i18n::tr(
        "en",
        "silenced-for",
        &[("teams", "north".into())]
    )));
    assert!(page.contains("value=\"off\""));
    let r = s
        .post(
            Some("nora"),
            &format!("/rules/{rule}/silence"),
            "silence=off",
            form,
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    settle(&s).await;
    assert_eq!(count(&s, "north", &rule), north);
    // An agent cannot silence anything.
    let r = s
        .post(
            Some("mark"),
            &format!("/rules/{rule}/silence"),
            "silence=on",
            form,
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}
