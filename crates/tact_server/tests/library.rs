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

#[tokio::test]
async fn a_workshop_steps_through_moments_and_approves_the_most_voted_replies() {
    let s = TestServer::new(true);
    tact_server::spawn_reanalysis(s.state.clone());
    // Two confirmed moments of team north in the library.
    let rows = s
        .store
        .moments(
            &Scope::Team("north".into()),
            &MomentFilter::default(),
            50,
            0,
        )
        .expect("moments");
    let mut items = Vec::new();
    for m in rows.iter() {
        if items.len() == 2 {
            break;
        }
        let key = format!(
            "conversation_id={}&rule={}&turn={}&start={}&end={}",
            m.conversation_id, m.rule, m.turn, m.start, m.end
        );
        s.post(
            Some("nora"),
            "/moments/review",
            &format!("{key}&action=confirm"),
            FORM,
        )
        .await;
        let loc = location(&s.post(Some("nora"), "/library", &key, FORM).await);
        if !items.contains(&loc) {
            items.push(loc);
        }
    }
    assert_eq!(items.len(), 2);
    let ids: Vec<&str> = items
        .iter()
        .map(|i| i.trim_start_matches("/library/"))
        .collect();
    let body = format!("title=Monday+review&item={}&item={}", ids[0], ids[1]);
    assert_eq!(
        s.post(Some("mark"), "/workshops", &body, FORM).await.status,
        StatusCode::FORBIDDEN
    );
    let r = s.post(Some("nora"), "/workshops", &body, FORM).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let w = location(&r);

    // Everyone proposes and votes from their own device; the screen follows.
    let r = s
        .post(
            Some("mark"),
            &format!("{}/proposals", items[0]),
            &format!("text=First+reply&back={w}"),
            FORM,
        )
        .await;
    assert_eq!(location(&r), w, "back to the shared screen");
    s.post(
        Some("nora"),
        &format!("{}/proposals", items[0]),
        "text=Second+reply",
        FORM,
    )
    .await;
    let id0: i64 = ids[0].parse().expect("id");
    let (_, proposals) = s.store.library_item(id0, 0).expect("read").expect("item");
    let second = proposals
        .iter()
        .find(|p| p.text == "Second reply")
        .expect("p")
        .id;
    for who in ["mark", "nora"] {
        s.post(
            Some(who),
            &format!("/proposals/{second}/vote"),
            &format!("back={w}"),
            FORM,
        )
        .await;
    }
    let live = s.get(Some("mark"), &format!("{w}/live")).await;
    assert_eq!(live.status, StatusCode::OK);
    assert!(live.body.contains("First reply") && live.body.contains("data-position=\"0\""));
    assert_eq!(s.get(Some("tom"), &w).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        s.post(Some("mark"), &format!("{w}/step"), "step=next", FORM)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    s.post(Some("nora"), &format!("{w}/step"), "step=next", FORM)
        .await;
    assert!(s
        .get(Some("mark"), &format!("{w}/live"))
        .await
        .body
        .contains("data-position=\"1\""));

    // Closing approves the most voted reply; the summary says what was chosen.
    assert_eq!(
        s.post(Some("nora"), &format!("{w}/step"), "step=close", FORM)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let (item, proposals) = s.store.library_item(id0, 0).expect("read").expect("item");
    assert_eq!(item.approved.as_deref(), Some("Second reply"));
    assert!(proposals
        .iter()
        .any(|p| p.approved && p.text == "Second reply"));
    let settings = s
        .store
        .setting("tact.toml")
        .expect("read")
        .expect("settings");
    let parsed = tact_rules::Settings::from_toml(&settings).expect("valid");
    assert_eq!(
        parsed.team_alternatives["north"][item.rule.as_str()][&item.language],
        "Second reply"
    );
    let md = s.get(Some("mark"), &format!("{w}/summary.md")).await;
    assert!(md.body.starts_with("# Monday review"));
    assert!(md.body.contains("**chosen:** Second reply (2 votes"));
    assert!(md.body.contains("First reply (0 votes"));
    assert_eq!(
        s.post(Some("nora"), &format!("{w}/step"), "step=next", FORM)
            .await
            .status,
        StatusCode::CONFLICT,
        "a closed workshop stays closed"
    );
}
