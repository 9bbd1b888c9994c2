//! What users do: store and replace conversations, log in and out, post forms, search, read in
//! their language; and what the server refuses: forged forms, guessed passwords, used setup
//! links, oversized uploads, other teams' data.

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{csrf_of, TestServer, PASSWORD};
use tact_server::store::{MomentFilter, Scope};

fn conv(id: &str, team: &str, agent: &str, customer: &str, reply: &str) -> String {
    serde_json::json!({
        "id": id, "team": team, "agent": agent, "language": "en",
        "started_at": "2026-11-30T10:00:00+01:00",
        "turns": [{"role": "customer", "text": customer}, {"role": "agent", "text": reply}]
    })
    .to_string()
}

#[tokio::test]
async fn a_bad_line_is_reported_by_number_and_the_rest_is_stored() {
    let s = TestServer::new(false);
    let body = [
        conv(
            "c1",
            "north",
            "mark",
            "Do you ship to Oulu?",
            "Yes, in two days.",
        ),
        "{not json".to_string(),
        conv("c2", "north", "mark", "And the price?", "It is 40 euros."),
        r#"{"id":"c3","turns":[]}"#.to_string(),
    ]
    .join("\n");
    let r = s.post_conversations("root", &body).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let j = r.json();
    assert_eq!(j["stored"], 2);
    let lines: Vec<u64> = j["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e["line"].as_u64().expect("line"))
        .collect();
    assert_eq!(lines, [2, 4], "{j}");
    assert_eq!(s.store.conversation_count(&Scope::All).expect("count"), 2);
}

#[tokio::test]
async fn sending_an_id_again_replaces_it_and_its_totals() {
    let s = TestServer::new(false);
    let first = conv(
        "same",
        "north",
        "mark",
        "I said no, I do not want the insurance.",
        "Are you sure? The insurance is only 5 euros, take the insurance now, last chance today!",
    );
    let second = conv("same", "north", "mark", "Thanks!", "You are welcome.");
    for body in [&first, &first, &second] {
        let r = s
            .post(
                Some("root"),
                "/api/v1/conversations",
                body,
                "application/x-ndjson",
            )
            .await;
        assert_eq!(r.json()["stored"], 1, "{}", r.body);
    }
    assert_eq!(s.store.conversation_count(&Scope::All).expect("count"), 1);
    let (weeks, moments) = s.store.weekly(&Scope::All).expect("weekly");
    assert_eq!(weeks.iter().map(|w| w.conversations).sum::<i64>(), 1);
    assert_eq!(weeks.iter().map(|w| w.turns).sum::<i64>(), 2);
    let stored_moments = s
        .store
        .moments(&Scope::All, &MomentFilter::default(), 100, 0)
        .expect("moments")
        .len() as i64;
    assert_eq!(
        moments.iter().map(|m| m.moments).sum::<i64>(),
        stored_moments
    );
    let report = s
        .get(Some("root"), "/api/v1/conversations/same")
        .await
        .json();
    assert_eq!(report["turns"].as_array().map(Vec::len), Some(2));
    let text = s.get(Some("root"), "/conversations/same").await.body;
    assert!(text.contains("You are welcome.") && !text.contains("insurance"));
}

#[tokio::test]
async fn a_manager_stores_their_own_team_only() {
    let s = TestServer::new(false);
    let body = [
        conv("n1", "north", "mark", "Hi", "Hello"),
        conv("s1", "south", "tom", "Hi", "Hello"),
        serde_json::json!({"id": "x1", "agent": "mark", "turns": [{"role": "customer", "text": "Hi"}]})
            .to_string(),
    ]
    .join("\n");
    let j = s.post_conversations("nora", &body).await.json();
    assert_eq!(j["stored"], 2, "{j}");
    assert!(j["errors"][0]["reason"]
        .as_str()
        .expect("reason")
        .contains("south"));
    let x1 = s.get(Some("nora"), "/api/v1/conversations/x1").await.json();
    assert_eq!(x1["team"], "north");
}

#[tokio::test]
async fn personal_data_is_redacted_before_it_is_stored() {
    let s = TestServer::new(false);
    let body = conv(
        "pii",
        "north",
        "mark",
        "My email is anna.virtanen@example.fi and my number +358 40 1234567.",
        "Thanks, noted.",
    );
    s.post_conversations("root", &body).await;
    let stored = s
        .store
        .conversation(&Scope::All, "pii")
        .expect("read")
        .expect("stored");
    let text = &stored.input.turns[0].text;
    assert!(
        !text.contains("anna.virtanen") && !text.contains("1234567"),
        "{text}"
    );
    assert!(
        text.contains("[EMAIL]") && text.contains("[PHONE]"),
        "{text}"
    );
    assert_eq!(stored.input.agent.as_deref(), Some("mark"));
    let hits = s.store.search(&Scope::All, "virtanen", 10).expect("search");
    assert!(hits.is_empty());
}

#[tokio::test]
async fn personal_data_stays_when_the_store_is_told_to_keep_it() {
    let s = TestServer::with_config(false, |c| c.keep_personal_data = true);
    let body = conv("pii", "north", "mark", "Write to anna@example.fi", "Done.");
    s.post_conversations("root", &body).await;
    let stored = s
        .store
        .conversation(&Scope::All, "pii")
        .expect("read")
        .expect("stored");
    assert!(stored.input.turns[0].text.contains("anna@example.fi"));
}

#[tokio::test]
async fn search_ignores_case_and_accents_in_every_script() {
    let s = TestServer::new(false);
    let body = [
        conv(
            "gr",
            "north",
            "mark",
            "ΚΆΝΕΤΕ ΛΆΘΟΣ με την παραγγελία",
            "Συγγνώμη",
        ),
        conv(
            "it",
            "north",
            "mark",
            "Perché il prezzo è cambiato?",
            "Scusi",
        ),
        conv("ro", "north", "mark", "Nu aveţi dreptate", "Îmi pare rău"),
        conv("fi", "north", "mark", "Hinta on liian kallis", "Selvä"),
    ]
    .join("\n");
    s.post_conversations("root", &body).await;
    for (q, id) in [
        ("κάνετε λάθος", "gr"),
        ("λαθος", "gr"),
        ("PERCHE", "it"),
        ("aveți", "ro"),
        ("HINTA", "fi"),
    ] {
        let hits = s.store.search(&Scope::All, q, 10).expect("search");
        let ids: Vec<&str> = hits.iter().map(|h| h.conversation_id.as_str()).collect();
        assert_eq!(ids, [id], "{q}");
    }
    // Operators and quotes typed by a user are searched for, not run.
    assert!(s
        .store
        .search(&Scope::All, "\" OR NOT *", 10)
        .expect("search")
        .is_empty());
    let page = s
        .get(
            Some("root"),
            "/conversations?q=%CE%BB%CE%B1%CE%B8%CE%BF%CF%82",
        )
        .await
        .body;
    assert!(page.contains("/conversations/gr") && !page.contains("/conversations/it"));
}

#[tokio::test]
async fn a_session_posts_forms_with_its_csrf_token_only() {
    let s = TestServer::new(true);
    let login = s.login("root", PASSWORD).await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
    let cookie = login.session().expect("session cookie");
    let set = login
        .headers
        .get(header::SET_COOKIE)
        .expect("cookie")
        .to_str()
        .expect("ascii");
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Lax"),
        "{set}"
    );
    let page = s
        .send(
            Request::get("/admin/users")
                .header(header::COOKIE, &cookie)
                .body(Body::empty())
                .expect("request"),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let csrf = csrf_of(&page.body);
    let post = |body: String, origin: Option<&'static str>| {
        let mut b = Request::post("/admin/users")
            .header(header::COOKIE, &cookie)
            .header(header::HOST, "tact.local")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        if let Some(o) = origin {
            b = b.header(header::ORIGIN, o);
        }
        b.body(Body::from(body)).expect("request")
    };
    let forged = s.send(post("name=eve&role=admin".into(), None)).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let wrong = s
        .send(post("csrf=nope&name=eve&role=admin".into(), None))
        .await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    let cross = s
        .send(post(
            format!("csrf={csrf}&name=eve&role=admin"),
            Some("https://evil.example"),
        ))
        .await;
    assert_eq!(cross.status, StatusCode::FORBIDDEN);
    assert!(s.store.user_by_name("eve").expect("read").is_none());
    let ok = s
        .send(post(
            format!("csrf={csrf}&name=eve&role=admin"),
            Some("http://tact.local"),
        ))
        .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    assert!(s.store.user_by_name("eve").expect("read").is_some());
    // The one-time password is shown once and works.
    let password = ok
        .body
        .split("id=\"new-password\">")
        .nth(1)
        .and_then(|s| s.split('<').next())
        .expect("password shown");
    assert_eq!(s.login("eve", password).await.status, StatusCode::SEE_OTHER);
    // An API POST with a session needs the token in a header.
    let api = |token: Option<&str>| {
        let mut b = Request::post("/api/v1/conversations")
            .header(header::COOKIE, &cookie)
            .header(header::CONTENT_TYPE, "application/x-ndjson");
        if let Some(t) = token {
            b = b.header("x-csrf-token", t);
        }
        b.body(Body::from(conv("k", "north", "mark", "Hi", "Hello")))
            .expect("request")
    };
    assert_eq!(s.send(api(None)).await.status, StatusCode::FORBIDDEN);
    assert_eq!(s.send(api(Some(&csrf))).await.status, StatusCode::OK);
    // Logging out ends the session.
    let out = s
        .send(
            Request::post("/logout")
                .header(header::COOKIE, &cookie)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(format!("csrf={csrf}")))
                .expect("request"),
        )
        .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let after = s
        .send(
            Request::get("/")
                .header(header::COOKIE, &cookie)
                .body(Body::empty())
                .expect("request"),
        )
        .await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED);
    assert!(
        after.body.contains("action=\"/login\""),
        "the 401 page is the login form"
    );
}

#[tokio::test]
async fn guessing_passwords_is_stopped_even_for_the_right_one() {
    let s = TestServer::new(false);
    for _ in 0..5 {
        assert_eq!(
            s.login("mark", "guess").await.status,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        s.login("mark", PASSWORD).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(s.login("tom", PASSWORD).await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        s.login("nobody", "x").await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn the_setup_link_makes_one_admin_once() {
    let dir = tempfile::tempdir().expect("dir");
    let store = common::test_store(dir.path());
    let link = tact_server::setup_link(store.as_ref(), "http://x")
        .expect("link")
        .expect("no users yet");
    let token = link.split("token=").nth(1).expect("token").to_string();
    let state =
        tact_server::AppState::new(tact_server::Config::new(dir.path().into()), store.clone())
            .expect("state");
    let app = tact_server::router(state);
    let setup = |token: String| {
        Request::post("/setup")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!(
                "token={token}&name=boss&password=0123456789ab&password2=0123456789ab"
            )))
            .expect("request")
    };
    use tower::ServiceExt;
    let wrong = app
        .clone()
        .oneshot(setup("bad".into()))
        .await
        .expect("reply");
    assert_eq!(wrong.status(), StatusCode::FORBIDDEN);
    let ok = app
        .clone()
        .oneshot(setup(token.clone()))
        .await
        .expect("reply");
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
    assert!(ok.headers().get(header::SET_COOKIE).is_some());
    let again = app.clone().oneshot(setup(token)).await.expect("reply");
    assert_eq!(again.status(), StatusCode::FORBIDDEN);
    assert_eq!(store.user_count().expect("count"), 1);
    assert!(tact_server::setup_link(store.as_ref(), "http://x")
        .expect("link")
        .is_none());
}

#[tokio::test]
async fn pages_speak_the_language_of_the_user_then_the_browser() {
    let s = TestServer::new(true);
    for lang in ["it", "el", "ro", "fi", "en"] {
        let r = s
            .send(
                Request::get("/moments")
                    .header(header::AUTHORIZATION, format!("Bearer {}", s.token("mark")))
                    .header(header::ACCEPT_LANGUAGE, format!("{lang};q=0.9, de"))
                    .body(Body::empty())
                    .expect("request"),
            )
            .await;
        let nav = tact_server::i18n::tr(lang, "nav-moments", &[]);
        assert!(r.body.contains(&format!("<h1>{nav}</h1>")), "{lang}");
        assert!(
            r.body.contains(&format!("<html lang=\"{lang}\">")),
            "{lang}"
        );
    }
    let r = s
        .post(
            Some("mark"),
            "/account/language",
            "lang=el",
            "application/x-www-form-urlencoded",
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = s
        .send(
            Request::get("/rules")
                .header(header::AUTHORIZATION, format!("Bearer {}", s.token("mark")))
                .header(header::ACCEPT_LANGUAGE, "fi")
                .body(Body::empty())
                .expect("request"),
        )
        .await;
    assert!(r.body.contains("<html lang=\"el\">"));
}

#[tokio::test]
async fn an_upload_over_the_limit_is_refused_and_nothing_is_stored() {
    let s = TestServer::with_config(false, |c| c.max_upload_bytes = 1000);
    let big = (0..40)
        .map(|i| conv(&format!("b{i}"), "north", "mark", "Hello there", "Hi"))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(big.len() > 1000);
    let r = s.post_conversations("root", &big).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(s.store.conversation_count(&Scope::All).expect("count"), 0);
}

#[tokio::test]
async fn an_unknown_format_is_named_and_any_reader_format_is_taken() {
    let s = TestServer::new(false);
    let r = s
        .post(
            Some("root"),
            "/api/v1/conversations?format=xml",
            "<a/>",
            "text/plain",
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("jsonl"));
    let csv = "conversation_id,role,text,agent,team\nq1,customer,Is it in stock?,mark,north\nq1,agent,\"Yes, it is.\",mark,north\n";
    let j = s
        .post(
            Some("root"),
            "/api/v1/conversations?name=t.csv",
            csv,
            "text/csv",
        )
        .await
        .json();
    assert_eq!(j["stored"], 1, "{j}");
    let text = "Customer: do you have it in red?\nAgent: yes we do\n";
    let j = s
        .post(
            Some("root"),
            "/api/v1/conversations?format=text&name=chat-7.txt",
            text,
            "text/plain",
        )
        .await
        .json();
    assert_eq!(j["stored"], 1, "{j}");
}

#[tokio::test]
async fn new_settings_reanalyse_what_is_stored() {
    let s = TestServer::new(true);
    let before = s
        .store
        .moments(&Scope::All, &MomentFilter::default(), 10_000, 0)
        .expect("m")
        .len();
    assert!(before > 0);
    tact_server::spawn_reanalysis(s.state.clone());
    // Only the listening family (in preview today, so preview on): every other moment goes.
    s.state
        .set_settings("select = [\"listening\"]\npreview = true\n")
        .expect("settings");
    let (version, _) = s.state.analyzer();
    for _ in 0..600 {
        if s.store.stale_count(version).expect("stale") == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(s.store.stale_count(version).expect("stale"), 0);
    let after = s
        .store
        .moments(&Scope::All, &MomentFilter::default(), 10_000, 0)
        .expect("m");
    assert!(
        !after.is_empty() && after.len() < before,
        "{} → {}",
        before,
        after.len()
    );
    assert!(after.iter().all(|m| m.family == "listening"));
    let bad = s.state.set_settings("select = 3");
    assert!(bad.is_err());
    assert_eq!(s.state.analyzer().0, version, "a bad file changes nothing");
}

#[tokio::test]
async fn the_conversation_page_highlights_each_moment_where_it_is() {
    let s = TestServer::new(true);
    let rows = s
        .store
        .moments(&Scope::All, &MomentFilter::default(), 1, 0)
        .expect("m");
    let m = &rows[0];
    let page = s
        .get(
            Some("root"),
            &format!("/conversations/{}", m.conversation_id),
        )
        .await
        .body;
    let report = s
        .get(
            Some("root"),
            &format!("/api/v1/conversations/{}", m.conversation_id),
        )
        .await
        .json();
    let moments = report["moments"].as_array().expect("moments");
    assert_eq!(
        page.matches("<mark class=\"evidence\"").count() > 0,
        !moments.is_empty()
    );
    for (k, m) in moments.iter().enumerate() {
        assert!(page.contains(&format!("id=\"moment-{k}\"")), "moment {k}");
        let evidence = m["evidence"].as_str().expect("evidence");
        let escaped = evidence
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&#34;")
            .replace('\'', "&#39;");
        assert!(
            page.contains(&escaped) || page.contains(evidence),
            "evidence of moment {k}"
        );
    }
}

#[tokio::test]
async fn the_overview_draws_its_plots() {
    let s = TestServer::new(true);
    let page = s.get(Some("root"), "/").await.body;
    assert!(page.contains("<svg class=\"chart\""));
    assert!(
        page.matches("class=\"series\"").count() >= 2,
        "a line per team"
    );
    assert!(page.contains("class=\"bar\""));
}

/// The value of one metric line of a Prometheus text page.
fn metric(page: &str, name: &str) -> f64 {
    page.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' '))
        .unwrap_or_else(|| panic!("{name} missing in\n{page}"))
        .parse()
        .expect("a number")
}

#[tokio::test]
async fn readiness_and_metrics_follow_what_was_stored_and_refused() {
    let s = TestServer::new(false);
    let ready = s.get(None, "/readyz").await;
    assert_eq!(
        (ready.status, ready.body.as_str()),
        (StatusCode::OK, "ready")
    );
    let before = s.get(None, "/metrics").await;
    assert_eq!(before.status, StatusCode::OK);
    assert!(before.headers[header::CONTENT_TYPE]
        .to_str()
        .expect("ascii")
        .starts_with("text/plain; version=0.0.4"));
    assert_eq!(metric(&before.body, "tact_conversations"), 0.0);
    assert_eq!(metric(&before.body, "tact_uploads_total"), 0.0);
    let body = [
        conv(
            "m1",
            "north",
            "mark",
            "Is it in stock?",
            "Yes, in two days.",
        ),
        "{not json".to_string(),
        conv("m2", "north", "mark", "And the price?", "It is 40 euros."),
    ]
    .join("\n");
    let r = s.post_conversations("root", &body).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let after = s.get(None, "/metrics").await.body;
    assert_eq!(metric(&after, "tact_conversations"), 2.0);
    assert_eq!(metric(&after, "tact_uploads_total"), 1.0);
    assert_eq!(metric(&after, "tact_conversations_ingested_total"), 2.0);
    assert_eq!(metric(&after, "tact_ingest_errors_total"), 1.0);
    assert!(metric(&after, "tact_ingest_seconds_total") > 0.0);
    assert_eq!(metric(&after, "tact_reanalysis_queue"), 0.0);
    // Counts only: nothing of what was stored shows.
    assert!(!after.contains("mark") && !after.contains("north"));
}

#[tokio::test]
async fn a_signed_webhook_is_stored_and_a_forged_one_is_refused() {
    let secret = "a-long-shared-secret-for-twilio";
    let s = TestServer::with_config(false, |c| {
        c.webhook_secrets = vec![("twilio".into(), secret.into())];
    });
    let body = conv(
        "w1",
        "north",
        "mark",
        "Where is my order?",
        "It left today.",
    );
    let send = |source: &'static str, timestamp: i64, signature: String, body: String| {
        let s = &s;
        async move {
            s.send(
                Request::builder()
                    .method("POST")
                    .uri("/api/v1/webhooks/conversation")
                    .header(header::CONTENT_TYPE, "application/json")
                    .header("x-tact-source", source)
                    .header("x-tact-timestamp", timestamp.to_string())
                    .header("x-tact-signature", signature)
                    .body(Body::from(body))
                    .expect("request"),
            )
            .await
        }
    };
    let now = chrono::Utc::now().timestamp();
    let sign = |key: &[u8], at: i64| tact_server::webhook::signature(key, at, body.as_bytes());
    let good = sign(secret.as_bytes(), now);
    // The body or the time changed after signing, a wrong secret, an unknown source, a
    // signature of the body alone, a request signed too long ago or too far ahead: refused,
    // nothing stored.
    let tampered = body.replace("today", "yesterday");
    let body_only = format!(
        "sha256={}",
        tact_server::webhook::hmac_sha256_hex(secret.as_bytes(), body.as_bytes())
    );
    let skew = tact_server::webhook::MAX_SKEW_SECS + 5;
    for (source, at, signature, sent) in [
        ("twilio", now, good.clone(), tampered),
        ("twilio", now + 1, good.clone(), body.clone()),
        (
            "twilio",
            now,
            sign(b"another-secret-of-some-length", now),
            body.clone(),
        ),
        ("connect", now, good.clone(), body.clone()),
        ("twilio", now, "md5=abc".to_string(), body.clone()),
        ("twilio", now, body_only, body.clone()),
        (
            "twilio",
            now - skew,
            sign(secret.as_bytes(), now - skew),
            body.clone(),
        ),
        (
            "twilio",
            now + skew,
            sign(secret.as_bytes(), now + skew),
            body.clone(),
        ),
    ] {
        let r = send(source, at, signature, sent).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{at}: {}", r.body);
    }
    assert_eq!(s.store.conversation_count(&Scope::All).expect("count"), 0);
    let r = send("twilio", now, good.clone(), body.clone()).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["stored"], 1);
    assert_eq!(s.store.conversation_count(&Scope::All).expect("count"), 1);
    // The same signed request again is a replay; signed anew, it is taken (a sender's retry).
    let r = send("twilio", now, good, body.clone()).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    let r = send("twilio", now - 1, sign(secret.as_bytes(), now - 1), body).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(s.store.conversation_count(&Scope::All).expect("count"), 1);
    let page = s.get(None, "/metrics").await.body;
    assert_eq!(metric(&page, "tact_conversations_ingested_total"), 2.0);
}
