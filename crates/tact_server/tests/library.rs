//! The team library: a confirmed moment is kept with its context redacted, the team proposes
//! and votes on OK replies, the manager approves one, and it becomes the team's OK reply for
//! that rule and language in every analysis; other teams see none of it.

mod common;

use axum::http::StatusCode;
use common::TestServer;
use tact_server::store::{MomentFilter, Scope};

const FORM: &str = "application/x-www-form-urlencoded";

fn location(r: &common::Reply) -> String {
    r.headers
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string()
}

#[tokio::test]
async fn a_confirmed_moment_becomes_a_lesson_and_the_approved_reply_the_teams() {
    let s = TestServer::new(true);
    tact_server::spawn_reanalysis(s.state.clone());
    let m = s
        .store
        .moments(&Scope::Agent("mark".into()), &MomentFilter::default(), 1, 0)
        .expect("moments")
        .remove(0);
    let key = format!(
        "conversation_id={}&rule={}&turn={}&start={}&end={}",
        m.conversation_id, m.rule, m.turn, m.start, m.end
    );
    let r = s.post(Some("nora"), "/library", &key, FORM).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "not confirmed yet");
    let r = s
        .post(
            Some("nora"),
            "/moments/review",
            &format!("{key}&action=confirm"),
            FORM,
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = s.post(Some("nora"), "/library", &key, FORM).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let item = location(&r);
    assert!(item.starts_with("/library/"), "{item}");
    assert_eq!(
        location(&s.post(Some("root"), "/library", &key, FORM).await),
        item,
        "kept once"
    );

    // The team sees it; the other team does not.
    let page = s.get(Some("mark"), &item).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("class=\"turn"));
    assert_eq!(
        s.get(Some("tom"), &item).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(!s.get(Some("tom"), "/library").await.body.contains(&item));

    // Mark proposes, Nora proposes, both vote; Tom cannot.
    let reply = "Capisco: la lascio decidere con calma, e se vuole le mando il riepilogo.";
    let r = s
        .post(
            Some("mark"),
            &format!("{item}/proposals"),
            &format!(
                "text={}",
                reply
                    .replace(' ', "+")
                    .replace(':', "%3A")
                    .replace(',', "%2C")
            ),
            FORM,
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    s.post(
        Some("nora"),
        &format!("{item}/proposals"),
        "text=Another+reply",
        FORM,
    )
    .await;
    assert_eq!(
        s.post(Some("tom"), &format!("{item}/proposals"), "text=x", FORM)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let id: i64 = item.trim_start_matches("/library/").parse().expect("id");
    let (_, proposals) = s.store.library_item(id, 0).expect("read").expect("item");
    let mine = proposals
        .iter()
        .find(|p| p.text == reply)
        .expect("proposal")
        .id;
    for who in ["mark", "nora"] {
        s.post(Some(who), &format!("/proposals/{mine}/vote"), "", FORM)
            .await;
    }
    let (_, proposals) = s.store.library_item(id, 0).expect("read").expect("item");
    assert_eq!(proposals[0].id, mine, "most votes first");
    assert_eq!(proposals[0].votes, 2);
    s.post(Some("mark"), &format!("/proposals/{mine}/vote"), "", FORM)
        .await;
    let (_, proposals) = s.store.library_item(id, 0).expect("read").expect("item");
    assert_eq!(
        proposals.iter().find(|p| p.id == mine).map(|p| p.votes),
        Some(1),
        "voting again takes it back"
    );

    // Only the manager approves; the reply becomes north's for that rule and language.
    assert_eq!(
        s.post(
            Some("mark"),
            &format!("/proposals/{mine}/approve"),
            "",
            FORM
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    let r = s
        .post(
            Some("nora"),
            &format!("/proposals/{mine}/approve"),
            "",
            FORM,
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let settings = s
        .store
        .setting("tact.toml")
        .expect("read")
        .expect("settings");
    let parsed = tact_rules::Settings::from_toml(&settings).expect("valid settings");
    let lang = s
        .store
        .conversation(&Scope::All, &m.conversation_id)
        .expect("read")
        .expect("stored")
        .row
        .language;
    assert_eq!(
        parsed.team_alternatives["north"][m.rule.as_str()][&lang],
        reply
    );
    let (version, _) = s.state.analyzer();
    for _ in 0..600 {
        if s.store.stale_count(version).expect("stale") == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let report = s
        .get(
            Some("nora"),
            &format!("/api/v1/conversations/{}", m.conversation_id),
        )
        .await
        .json();
    let alt = report["moments"]
        .as_array()
        .expect("moments")
        .iter()
        .find(|x| x["rule"] == m.rule.as_str())
        .map(|x| x["alternative"].clone());
    assert_eq!(alt, Some(reply.into()));
    let page = s.get(Some("nora"), "/library").await.body;
    assert!(page.contains(reply));
}
