//! Every route, walked by every role and by nobody: who gets in, who gets 401, 403 or 404. The
//! list of routes is read from the router's source, so a new route without a row here fails.

mod common;

use axum::http::Method;
use common::TestServer;
use tact_server::store::{MomentFilter, Scope};

const ROUTER_SOURCE: &str = include_str!("../src/web.rs");

fn routed_paths() -> Vec<String> {
    ROUTER_SOURCE
        .split(".route(")
        .skip(1)
        .filter_map(|s| s.trim_start().strip_prefix('"'))
        .filter_map(|s| s.split('"').next())
        .map(str::to_string)
        .collect()
}

/// A conversation id of an agent.
fn id_of(s: &TestServer, agent: &str) -> String {
    s.store
        .conversations(&Scope::Agent(agent.into()), &MomentFilter::default(), 1, 0)
        .expect("rows")
        .first()
        .expect("the agent has a conversation")
        .id
        .clone()
}

const BOUNDARY: &str = "tactboundary";

fn multipart(file: &str) -> String {
    format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nx\r\n--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jsonl\"\r\nContent-Type: application/octet-stream\r\n\r\n{file}\r\n--{BOUNDARY}--\r\n"
    )
}

const ONE: &str = r#"{"id":"walk-1","team":"north","agent":"mark","turns":[{"role":"customer","text":"Hello, is the blue one in stock?"},{"role":"agent","text":"Yes, we have it."}]}"#;

struct Case {
    method: Method,
    path: String,
    /// The route as written in the router.
    route: &'static str,
    body: String,
    content_type: &'static str,
    /// Expected status for nobody, admin, manager (north), agent mark, agent tom.
    expect: [u16; 5],
}

fn case(method: Method, route: &'static str, path: &str, expect: [u16; 5]) -> Case {
    Case {
        method,
        path: path.to_string(),
        route,
        body: String::new(),
        content_type: "",
        expect,
    }
}

fn with_body(mut c: Case, body: String, content_type: &'static str) -> Case {
    c.body = body;
    c.content_type = content_type;
    c
}

#[tokio::test]
async fn every_route_answers_every_role_as_its_rights_say() {
    let s = TestServer::new(true);
    let mark = id_of(&s, "mark");
    let tom = id_of(&s, "tom");
    let m = s
        .store
        .moments(&Scope::Agent("mark".into()), &MomentFilter::default(), 1, 0)
        .expect("moments")
        .remove(0);
    let key = format!(
        "conversation_id={}&rule={}&turn={}&start={}&end={}",
        m.conversation_id, m.rule, m.turn, m.start, m.end
    );
    let key_json = serde_json::json!({
        "conversation_id": m.conversation_id, "rule": m.rule, "turn": m.turn,
        "start": m.start, "end": m.end, "action": "comment", "reason": "seen"
    })
    .to_string();
    let form = "application/x-www-form-urlencoded";
    let mp = "multipart/form-data; boundary=tactboundary";
    use Method as M;
    let cases = vec![
        case(M::GET, "/healthz", "/healthz", [200; 5]),
        case(M::GET, "/readyz", "/readyz", [200; 5]),
        case(M::GET, "/metrics", "/metrics", [200; 5]),
        // Signed by a source, not by an account: a token alone is refused.
        with_body(
            case(
                M::POST,
                "/api/v1/webhooks/conversation",
                "/api/v1/webhooks/conversation",
                [401; 5],
            ),
            "{}".to_string(),
            "application/json",
        ),
        case(M::GET, "/static/style.css", "/static/style.css", [200; 5]),
        case(M::GET, "/static/upload.js", "/static/upload.js", [200; 5]),
        // Someone exists already: the setup page sends to the login.
        case(M::GET, "/setup", "/setup?token=x", [303; 5]),
        with_body(
            case(M::POST, "/setup", "/setup", [403; 5]),
            "token=x&name=eve&password=0123456789&password2=0123456789".into(),
            form,
        ),
        case(M::GET, "/login", "/login", [200; 5]),
        with_body(
            case(M::POST, "/login", "/login", [401; 5]),
            "name=root&password=wrong".into(),
            form,
        ),
        case(M::GET, "/", "/", [401, 200, 200, 200, 200]),
        case(M::GET, "/agents", "/agents", [401, 200, 200, 200, 200]),
        case(
            M::GET,
            "/teams",
            "/teams?sort=-score",
            [401, 200, 200, 200, 200],
        ),
        case(
            M::GET,
            "/moments",
            "/moments?family=pressure",
            [401, 200, 200, 200, 200],
        ),
        case(
            M::GET,
            "/conversations",
            "/conversations?q=price",
            [401, 200, 200, 200, 200],
        ),
        case(
            M::GET,
            "/conversations/{id}",
            &format!("/conversations/{mark}"),
            [401, 200, 200, 200, 404],
        ),
        case(
            M::GET,
            "/conversations/{id}",
            &format!("/conversations/{tom}"),
            [401, 200, 404, 404, 200],
        ),
        case(M::GET, "/rules", "/rules", [401, 200, 200, 200, 200]),
        case(
            M::GET,
            "/rules/{id}",
            "/rules/false-urgency",
            [401, 200, 200, 200, 200],
        ),
        with_body(
            case(
                M::POST,
                "/rules/{id}/silence",
                "/rules/choice-overload/silence",
                [401, 303, 303, 403, 403],
            ),
            "silence=on&team=north".into(),
            form,
        ),
        case(M::GET, "/upload", "/upload", [401, 200, 200, 403, 403]),
        with_body(
            case(M::POST, "/upload", "/upload", [401, 200, 200, 403, 403]),
            multipart(ONE),
            mp,
        ),
        with_body(
            case(
                M::POST,
                "/account/language",
                "/account/language",
                [401, 303, 303, 303, 303],
            ),
            "lang=en".into(),
            form,
        ),
        case(
            M::GET,
            "/reviews",
            "/reviews?status=unreviewed",
            [401, 200, 200, 200, 200],
        ),
        with_body(
            case(
                M::POST,
                "/moments/review",
                "/moments/review",
                [401, 303, 303, 303, 404],
            ),
            format!("{key}&action=comment&reason=seen"),
            form,
        ),
        with_body(
            case(
                M::POST,
                "/api/v1/reviews",
                "/api/v1/reviews",
                [401, 200, 200, 200, 404],
            ),
            key_json,
            "application/json",
        ),
        case(
            M::GET,
            "/reply-check",
            "/reply-check",
            [401, 200, 200, 200, 200],
        ),
        with_body(
            case(
                M::POST,
                "/reply-check",
                "/reply-check",
                [401, 200, 200, 200, 200],
            ),
            "customer=Late+again&draft=Sorry+about+that".into(),
            form,
        ),
        case(M::GET, "/scripts", "/scripts", [401, 200, 200, 200, 200]),
        with_body(
            case(M::POST, "/scripts", "/scripts", [401, 400, 303, 403, 403]),
            "name=walk&language=en&text=Agent%3A+Hello".into(),
            form,
        ),
        case(
            M::GET,
            "/scripts/{id}",
            "/scripts/999",
            [401, 404, 404, 404, 404],
        ),
        case(
            M::GET,
            "/scripts/{id}/compare",
            "/scripts/999/compare?with=1",
            [401, 404, 404, 404, 404],
        ),
        case(
            M::GET,
            "/scripts/{id}/try",
            "/scripts/999/try",
            [401, 404, 404, 404, 404],
        ),
        case(
            M::GET,
            "/static/workshop.js",
            "/static/workshop.js",
            [200; 5],
        ),
        case(
            M::GET,
            "/workshops",
            "/workshops",
            [401, 200, 200, 200, 200],
        ),
        with_body(
            case(
                M::POST,
                "/workshops",
                "/workshops",
                [401, 400, 400, 403, 403],
            ),
            "title=Monday&item=999".into(),
            form,
        ),
        case(
            M::GET,
            "/workshops/{id}",
            "/workshops/999",
            [401, 404, 404, 404, 404],
        ),
        case(
            M::GET,
            "/workshops/{id}/live",
            "/workshops/999/live",
            [401, 404, 404, 404, 404],
        ),
        with_body(
            case(
                M::POST,
                "/workshops/{id}/step",
                "/workshops/999/step",
                [401, 404, 404, 404, 404],
            ),
            "step=next".into(),
            form,
        ),
        case(
            M::GET,
            "/workshops/{id}/summary.md",
            "/workshops/999/summary.md",
            [401, 404, 404, 404, 404],
        ),
        case(M::GET, "/library", "/library", [401, 200, 200, 200, 200]),
        with_body(
            // Only a confirmed moment goes in; agents cannot add at all.
            case(M::POST, "/library", "/library", [401, 409, 409, 403, 403]),
            key.clone(),
            form,
        ),
        case(
            M::GET,
            "/library/{id}",
            "/library/999",
            [401, 404, 404, 404, 404],
        ),
        with_body(
            case(
                M::POST,
                "/library/{id}/proposals",
                "/library/999/proposals",
                [401, 404, 404, 404, 404],
            ),
            "text=hello".into(),
            form,
        ),
        with_body(
            case(
                M::POST,
                "/proposals/{id}/vote",
                "/proposals/999/vote",
                [401, 404, 404, 404, 404],
            ),
            String::new(),
            form,
        ),
        with_body(
            case(
                M::POST,
                "/proposals/{id}/approve",
                "/proposals/999/approve",
                [401, 404, 404, 403, 403],
            ),
            String::new(),
            form,
        ),
        case(
            M::GET,
            "/api/v1/labels",
            "/api/v1/labels",
            [401, 200, 200, 200, 200],
        ),
        case(
            M::GET,
            "/admin/users",
            "/admin/users",
            [401, 200, 403, 403, 403],
        ),
        with_body(
            case(
                M::POST,
                "/admin/users",
                "/admin/users",
                [401, 200, 403, 403, 403],
            ),
            "name=walker&role=agent&agent=walker".into(),
            form,
        ),
        with_body(
            case(
                M::POST,
                "/admin/users/{id}/delete",
                "/admin/users/999999/delete",
                [401, 303, 403, 403, 403],
            ),
            String::new(),
            form,
        ),
        case(
            M::GET,
            "/admin/settings",
            "/admin/settings",
            [401, 200, 403, 403, 403],
        ),
        with_body(
            case(
                M::POST,
                "/admin/settings",
                "/admin/settings",
                [401, 303, 403, 403, 403],
            ),
            "text=".into(),
            form,
        ),
        with_body(
            case(
                M::POST,
                "/admin/jobs/retry",
                "/admin/jobs/retry",
                [401, 303, 403, 403, 403],
            ),
            String::new(),
            form,
        ),
        case(
            M::GET,
            "/api/v1/jobs",
            "/api/v1/jobs",
            [401, 200, 403, 403, 403],
        ),
        with_body(
            case(
                M::POST,
                "/api/v1/jobs/retry",
                "/api/v1/jobs/retry",
                [401, 200, 403, 403, 403],
            ),
            "{}".into(),
            "application/json",
        ),
        case(
            M::GET,
            "/api/v1/conversations",
            "/api/v1/conversations",
            [401, 200, 200, 200, 200],
        ),
        with_body(
            case(
                M::POST,
                "/api/v1/conversations",
                "/api/v1/conversations",
                [401, 200, 200, 403, 403],
            ),
            ONE.into(),
            "application/x-ndjson",
        ),
        case(
            M::GET,
            "/api/v1/conversations/{id}",
            &format!("/api/v1/conversations/{mark}"),
            [401, 200, 200, 200, 404],
        ),
        case(
            M::GET,
            "/api/v1/moments",
            "/api/v1/moments?limit=5",
            [401, 200, 200, 200, 200],
        ),
        case(
            M::GET,
            "/api/v1/scorecards",
            "/api/v1/scorecards?by=team",
            [401, 200, 200, 200, 200],
        ),
        case(
            M::GET,
            "/api/v1/openapi.json",
            "/api/v1/openapi.json",
            [401, 200, 200, 200, 200],
        ),
        case(
            M::GET,
            "/api/v1/report.schema.json",
            "/api/v1/report.schema.json",
            [401, 200, 200, 200, 200],
        ),
        // Logging out last: it ends nothing for a token, but keep it after the rest.
        with_body(
            case(M::POST, "/logout", "/logout", [401, 303, 303, 303, 303]),
            String::new(),
            form,
        ),
    ];
    let mut missing: Vec<String> = routed_paths()
        .into_iter()
        .filter(|r| !cases.iter().any(|c| c.route == r))
        .collect();
    missing.dedup();
    assert!(missing.is_empty(), "routes without a case: {missing:?}");
    let who: [Option<&str>; 5] = [None, Some("root"), Some("nora"), Some("mark"), Some("tom")];
    let mut wrong = Vec::new();
    for c in &cases {
        for (k, w) in who.iter().enumerate() {
            let r = s
                .as_user(
                    *w,
                    c.method.clone(),
                    &c.path,
                    axum::body::Body::from(c.body.clone()),
                    c.content_type,
                )
                .await;
            if r.status.as_u16() != c.expect[k] {
                wrong.push(format!(
                    "{} {} as {}: {} (expected {}) {}",
                    c.method,
                    c.path,
                    w.unwrap_or("nobody"),
                    r.status.as_u16(),
                    c.expect[k],
                    r.body.chars().take(120).collect::<String>()
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[tokio::test]
async fn lists_show_only_what_the_role_may_see() {
    let s = TestServer::new(true);
    let all = s
        .get(Some("root"), "/api/v1/conversations?limit=1000")
        .await
        .json();
    let north = s
        .get(Some("nora"), "/api/v1/conversations?limit=1000")
        .await
        .json();
    let mark = s
        .get(Some("mark"), "/api/v1/conversations?limit=1000")
        .await
        .json();
    let (all, north, mark) = (
        all.as_array().expect("rows"),
        north.as_array().expect("rows"),
        mark.as_array().expect("rows"),
    );
    assert_eq!(all.len(), 60);
    assert_eq!(north.len(), 30);
    assert!(north.iter().all(|c| c["team"] == "north"));
    assert_eq!(mark.len(), 3);
    assert!(mark.iter().all(|c| c["agent"] == "mark"));
    for path in ["/api/v1/moments?limit=1000", "/api/v1/scorecards?by=agent"] {
        let rows = s.get(Some("mark"), path).await.json();
        let rows = rows.as_array().expect("rows");
        assert!(!rows.is_empty(), "{path}");
        assert!(
            rows.iter()
                .all(|r| r["agent"] == "mark" || r["name"] == "mark"),
            "{path}: {rows:?}"
        );
    }
    // The overview and the moments page never name another agent to an agent.
    for page in ["/", "/moments", "/agents", "/conversations"] {
        let body = s.get(Some("mark"), page).await.body;
        assert!(!body.contains(">tom<") && !body.contains("tom ·"), "{page}");
    }
    let nora = s.get(Some("nora"), "/teams").await.body;
    assert!(nora.contains("north") && !nora.contains("south"));
}

#[tokio::test]
async fn the_api_document_lists_every_api_route() {
    let doc: serde_json::Value =
        serde_json::from_str(tact_server_openapi()).expect("openapi.json is JSON");
    let paths = doc["paths"].as_object().expect("paths");
    for r in routed_paths()
        .iter()
        .filter(|r| r.starts_with("/api/") || *r == "/healthz")
    {
        assert!(paths.contains_key(r), "{r} is not in openapi.json");
    }
    for p in paths.keys() {
        assert!(
            routed_paths().contains(p),
            "{p} is documented but not routed"
        );
    }
    let s = TestServer::new(false);
    let served = s.get(Some("root"), "/api/v1/openapi.json").await.json();
    assert_eq!(served, doc);
    let schema = s
        .get(Some("mark"), "/api/v1/report.schema.json")
        .await
        .json();
    assert_eq!(schema["title"], "ConversationReport");
}

fn tact_server_openapi() -> &'static str {
    include_str!("../openapi.json")
}
