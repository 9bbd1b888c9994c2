//! The script lab: save a script, see its moments in place, keep versions and compare them,
//! try it as the customer; only the team sees it and agents only read and try.

mod common;

use axum::http::StatusCode;
use common::TestServer;

const FORM: &str = "application/x-www-form-urlencoded";

fn enc(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

// Scripted praise is a rule on by default that reads scripts (false urgency is in preview).
const PUSHY: &str = "Agent: Hello, thanks for calling. What are you looking for today?\nAgent: Great choice, excellent question! Only today the extended warranty costs 19 euros, hurry, last chance!\nAgent: Shall I add it to your order?\n";
const CALM: &str = "Agent: Hello, thanks for calling. What are you looking for today?\nAgent: There is an extended warranty for 19 euros, if you want it.\nAgent: Shall I add it to your order?\n";

async fn save(s: &TestServer, who: &str, name: &str, text: &str) -> common::Reply {
    s.post(
        Some(who),
        "/scripts",
        &format!("name={}&language=en&text={}", enc(name), enc(text)),
        FORM,
    )
    .await
}

fn location(r: &common::Reply) -> String {
    r.headers
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string()
}

#[tokio::test]
async fn a_script_is_linted_versioned_compared_and_tried() {
    let s = TestServer::new(false);
    assert_eq!(
        save(&s, "mark", "welcome", PUSHY).await.status,
        StatusCode::FORBIDDEN
    );
    let r = save(&s, "nora", "welcome", PUSHY).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let v1 = location(&r);
    let page = s.get(Some("mark"), &v1).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("scripted-praise"),
        "the pushy line is flagged"
    );
    assert!(page.body.contains("<mark class=\"evidence\">"));
    assert_eq!(s.get(Some("tom"), &v1).await.status, StatusCode::NOT_FOUND);

    let v2 = location(&save(&s, "nora", "welcome", CALM).await);
    assert_ne!(v1, v2);
    let list = s.get(Some("nora"), "/scripts").await.body;
    assert!(list.contains(&tact_server::i18n::tr(
        "en",
        "script-versions",
        &[("count", "2".into())]
    )));
    assert!(!s
        .get(Some("tom"), "/scripts")
        .await
        .body
        .contains("welcome"));
    let id2 = v2.trim_start_matches("/scripts/");
    let cmp = s
        .get(Some("nora"), &format!("{v1}/compare?with={id2}"))
        .await;
    assert_eq!(cmp.status, StatusCode::OK);
    assert!(cmp.body.contains("v1") && cmp.body.contains("v2"));
    let count = |html: &str, v: &str| -> usize {
        let marker = format!("<h2>{v} — ");
        let rest = html.split(&marker).nth(1).expect("heading");
        rest.split(": ")
            .nth(1)
            .and_then(|n| n.split('<').next())
            .and_then(|n| n.trim().parse().ok())
            .expect("count")
    };
    assert!(
        count(&cmp.body, "v1") > count(&cmp.body, "v2"),
        "the calm version raises less"
    );

    // Played line by line with the customer's answers, analysed by every rule.
    let first = s.get(Some("mark"), &format!("{v1}/try")).await.body;
    assert!(first.contains("What are you looking for today?"));
    assert!(!first.contains("Only today"), "one line at a time");
    let answered = s
        .get(
            Some("mark"),
            &format!(
                "{v1}/try?r={}",
                enc("Just a phone charger, nothing else please.")
            ),
        )
        .await
        .body;
    assert!(answered.contains("Just a phone charger, nothing else please."));
    assert!(answered.contains("Only today"));
    let conv = tact_model::Conversation {
        id: "x".into(),
        language: Some("en".into()),
        turns: vec![
            tact_model::Turn::new(
                tact_model::Role::Agent,
                "Hello, thanks for calling. What are you looking for today?",
            ),
            tact_model::Turn::new(
                tact_model::Role::Customer,
                "Just a phone charger, nothing else please.",
            ),
            tact_model::Turn::new(
                tact_model::Role::Agent,
                "Only today the extended warranty costs 19 euros, hurry, last chance!",
            ),
        ],
        ..Default::default()
    };
    let (_, analyzer) = s.state.analyzer();
    for m in analyzer.analyze(&conv).moments {
        assert!(
            answered.contains(&format!("{} {}", m.code, m.rule)),
            "{}",
            m.rule
        );
    }
}

#[tokio::test]
async fn the_reply_check_flags_a_draft_before_it_is_posted() {
    let s = TestServer::new(false);
    let customer = "Two weeks late and nobody answered my emails. Never again.";
    let bad = "You should have read the delivery terms before ordering.";
    let page = s.get(Some("tom"), "/reply-check").await;
    assert_eq!(page.status, StatusCode::OK);
    let r = s
        .post(
            Some("tom"),
            "/reply-check",
            &format!("customer={}&draft={}&language=en", enc(customer), enc(bad)),
            FORM,
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let (_, expected) = tact_analyze::reply::check_reply(
        customer,
        bad,
        Some(tact_lang::Lang::En),
        tact_rules::Settings::default(),
    );
    assert!(!expected.moments.is_empty());
    for m in &expected.moments {
        assert!(
            r.body.contains(&format!("{} {}", m.code, m.rule)),
            "{}",
            m.rule
        );
    }
    assert!(r.body.contains("<mark class=\"evidence\">"));
    let empty = s
        .post(Some("tom"), "/reply-check", "customer=&draft=x", FORM)
        .await;
    assert_eq!(empty.status, StatusCode::BAD_REQUEST);
}
