//! The web app in a real browser (Debian's headless Chromium over the DevTools protocol): log in,
//! see the overview plot drawn, upload a file with a bad line, open a conversation and follow a
//! highlighted piece of evidence to its moment, call it a false alarm, and check that an agent cannot open another
//! agent's conversation. `.ci/run` installs Chromium and sets `TACT_BROWSER_TESTS=required`, so
//! there a missing browser fails the test; elsewhere it is skipped with a note.
//! `TACT_SCREENSHOTS=DIR` also saves the pages as PNG (the ones in docs/screenshots).

mod common;

use common::{TestServer, PASSWORD};
use headless_chrome::protocol::cdp::Page::CaptureScreenshotFormatOption;
use headless_chrome::{Browser, LaunchOptions, Tab};
use std::ffi::OsStr;
use std::path::PathBuf;
use std::time::Duration;
use tact_server::store::{MomentFilter, Scope};

const CHROMIUM: &str = "/usr/bin/chromium";

fn browser() -> Option<Browser> {
    if !std::path::Path::new(CHROMIUM).exists() {
        if std::env::var("TACT_BROWSER_TESTS").as_deref() == Ok("required") {
            panic!("{CHROMIUM} is missing and TACT_BROWSER_TESTS=required");
        }
        eprintln!("note: {CHROMIUM} not installed; the browser test is skipped");
        return None;
    }
    let args: Vec<&OsStr> = [
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ]
    .iter()
    .map(OsStr::new)
    .collect();
    let opts = LaunchOptions {
        headless: true,
        sandbox: false,
        path: Some(PathBuf::from(CHROMIUM)),
        window_size: Some((1280, 1000)),
        args,
        idle_browser_timeout: Duration::from_secs(120),
        ..LaunchOptions::default()
    };
    Some(Browser::new(opts).expect("chromium starts"))
}

/// Serves the app on a free port in a background thread; returns its base URL.
fn start(server: &TestServer) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("port");
    listener.set_nonblocking(true).expect("nonblocking");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let app = server.app.clone();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Runtime::new().expect("runtime");
        rt.block_on(async move {
            let l = tokio::net::TcpListener::from_std(listener).expect("listener");
            axum::serve(l, app).await.expect("serve");
        });
    });
    base
}

fn shot(tab: &Tab, name: &str) {
    let Ok(dir) = std::env::var("TACT_SCREENSHOTS") else {
        return;
    };
    let png = tab
        .capture_screenshot(CaptureScreenshotFormatOption::Png, None, None, true)
        .expect("screenshot");
    std::fs::create_dir_all(&dir).expect("screenshot dir");
    std::fs::write(PathBuf::from(dir).join(format!("{name}.png")), png).expect("write png");
}

fn log_in(tab: &Tab, base: &str, name: &str) {
    // Straight to the login page, waiting for its own form: after a logout the previous page
    // is a login form too, and typing into it while the new one loads would lose the text.
    // A logout's redirect may still be loading when this starts, and Chromium then aborts the
    // new navigation (net::ERR_ABORTED): try again once that load is over.
    let url = format!("{base}/login?next=/&lang=en");
    let mut tries = 0;
    while let Err(e) = tab.navigate_to(&url) {
        tries += 1;
        assert!(tries < 5, "nav: {e}");
        std::thread::sleep(std::time::Duration::from_millis(300));
    }
    tab.wait_until_navigated().expect("loaded");
    tab.wait_for_element("form[action='/login'] input[name=next][value='/']")
        .expect("the login form");
    tab.wait_for_element("#name")
        .expect("name field")
        .type_into(name)
        .expect("type");
    tab.wait_for_element("#password")
        .expect("password field")
        .type_into(PASSWORD)
        .expect("type");
    tab.wait_for_element("form[action='/login'] button")
        .expect("button")
        .click()
        .expect("click");
    tab.wait_until_navigated().expect("logged in");
    let who = tab
        .wait_for_element("header .account span")
        .expect("logged in")
        .get_inner_text()
        .expect("text");
    assert!(who.starts_with(name), "{who}");
}

/// Accessibility basics of the page in `tab`, as a list of what is wrong: every visible form
/// control has a label, the page has its language, one main heading and a skip link, every
/// plot has a text alternative, and every button and link has a name.
fn accessibility_problems(tab: &Tab) -> Vec<String> {
    let js = r#"(function () {
      var out = [];
      if (!document.documentElement.lang) out.push("no lang on <html>");
      if (document.querySelectorAll("h1").length !== 1) out.push("not one h1");
      if (!document.querySelector("a.skip[href='#main']")) out.push("no skip link");
      document.querySelectorAll("input, select, textarea").forEach(function (el) {
        if (el.type === "hidden") return;
        var labelled = (el.id && document.querySelector("label[for='" + el.id + "']")) ||
          el.getAttribute("aria-label") || el.closest("label");
        if (!labelled) out.push("unlabelled " + el.tagName + " " + (el.name || el.id));
      });
      document.querySelectorAll("svg").forEach(function (el) {
        if (el.getAttribute("role") !== "img" || !el.querySelector("title")) out.push("svg without a text alternative");
      });
      document.querySelectorAll("button, a").forEach(function (el) {
        if (!el.textContent.trim() && !el.getAttribute("aria-label")) out.push("nameless " + el.tagName);
      });
      return JSON.stringify(out);
    })()"#;
    let v = tab.evaluate(js, false).expect("js").value.expect("a value");
    serde_json::from_str(v.as_str().expect("a string")).expect("json")
}

fn count(tab: &Tab, selector: &str) -> usize {
    tab.find_elements(selector).map(|v| v.len()).unwrap_or(0)
}

#[test]
fn a_manager_logs_in_uploads_reads_and_an_agent_stays_in_their_lane() {
    let Some(browser) = browser() else {
        return;
    };
    let server = TestServer::new(true);
    let base = start(&server);
    let tab = browser.new_tab().expect("tab");
    tab.set_default_timeout(Duration::from_secs(20));

    // Log in as the north manager; the overview plots are drawn.
    log_in(&tab, &base, "nora");
    for page in [
        "/",
        "/agents",
        "/moments",
        "/conversations",
        "/rules",
        "/rules/false-urgency",
        "/upload",
        "/reviews",
        "/library",
        "/workshops",
        "/scripts",
        "/reply-check",
    ] {
        tab.navigate_to(&format!("{base}{page}")).expect("nav");
        tab.wait_until_navigated().expect("loaded");
        tab.wait_for_element("main h1").expect("a page");
        let problems = accessibility_problems(&tab);
        assert!(problems.is_empty(), "{page}: {problems:?}");
    }
    tab.navigate_to(&format!("{base}/")).expect("nav");
    tab.wait_until_navigated().expect("loaded");
    tab.wait_for_element("#score-chart svg path.series")
        .expect("the score plot is drawn");
    assert!(
        count(&tab, "#moments-chart svg rect.bar") > 0,
        "moment bars"
    );
    shot(&tab, "overview");

    // Upload a file with one bad line: one stored, the bad line named.
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("week.jsonl");
    std::fs::write(
        &file,
        concat!(
            r#"{"id":"up-1","agent":"mark","turns":[{"role":"customer","text":"Can I pay by card?"},{"role":"agent","text":"Yes, any card."}]}"#,
            "\n{oops\n"
        ),
    )
    .expect("file");
    tab.navigate_to(&format!("{base}/upload")).expect("nav");
    tab.wait_until_navigated().expect("loaded");
    tab.wait_for_element("#file")
        .expect("file input")
        .set_input_files(&[file.to_str().expect("utf-8 path")])
        .expect("choose file");
    tab.wait_for_element("#upload-form button[type=submit]")
        .expect("button")
        .click()
        .expect("click");
    let result = tab
        .wait_for_element("#results .result .errors li")
        .expect("the error list")
        .get_inner_text()
        .expect("text");
    assert!(result.contains('2'), "the bad line is named: {result}");
    shot(&tab, "upload");
    assert!(server
        .store
        .conversation(&Scope::All, "up-1")
        .expect("read")
        .is_some_and(|c| c.row.team.as_deref() == Some("north")));

    // A conversation with moments: evidence highlighted in place, linked to its moment.
    let m = server
        .store
        .moments(&Scope::Team("north".into()), &MomentFilter::default(), 1, 0)
        .expect("moments")
        .remove(0);
    tab.navigate_to(&format!("{base}/conversations/{}", m.conversation_id))
        .expect("nav");
    tab.wait_until_navigated().expect("loaded");
    let evidence = tab
        .wait_for_element("mark.evidence a")
        .expect("highlighted evidence");
    let problems = accessibility_problems(&tab);
    assert!(problems.is_empty(), "conversation: {problems:?}");
    evidence.click().expect("click");
    let mut hash = String::new();
    for _ in 0..50 {
        hash = tab
            .evaluate("location.hash", false)
            .expect("js")
            .value
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        if !hash.is_empty() {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(hash.starts_with("#moment-"), "{hash:?}");
    let moment_id = hash.trim_start_matches('#').to_string();
    assert!(count(&tab, &format!("#{moment_id} blockquote mark")) == 1);
    shot(&tab, "conversation");

    // The manager calls that moment a false alarm, with a reason; it shows as such.
    let form = format!("#{moment_id} form.review-form");
    tab.wait_for_element(&format!("{form} input[name=reason]"))
        .expect("reason field")
        .type_into("the customer asked for the price")
        .expect("type");
    tab.wait_for_element(&format!("{form} button[value=false-alarm]"))
        .expect("false alarm button")
        .click()
        .expect("click");
    tab.wait_until_navigated().expect("reviewed");
    tab.wait_for_element(&format!("#{moment_id} .status-false-alarm"))
        .expect("the status shows");
    assert_eq!(
        server.store.labels(&Scope::All).expect("labels")[0].reason,
        "the customer asked for the price"
    );

    // Agent mark cannot open tom's conversation, even by its address.
    let tom = server
        .store
        .conversations(&Scope::Agent("tom".into()), &MomentFilter::default(), 1, 0)
        .expect("rows")
        .remove(0);
    let tom_text = server
        .store
        .conversation(&Scope::All, &tom.id)
        .expect("read")
        .expect("stored")
        .input
        .turns[0]
        .text
        .clone();
    tab.wait_for_element("form[action='/logout'] button")
        .expect("logout")
        .click()
        .expect("click");
    tab.wait_until_navigated().expect("logged out");
    log_in(&tab, &base, "mark");
    tab.navigate_to(&format!("{base}/conversations/{}", tom.id))
        .expect("nav");
    tab.wait_until_navigated().expect("loaded");
    tab.wait_for_element("main h1").expect("a page");
    let html = tab.get_content().expect("html");
    assert_eq!(count(&tab, "article.turn"), 0);
    let first_words: String = tom_text.chars().take(30).collect();
    assert!(!html.contains(&first_words), "tom's words leaked to mark");
    let title = tact_server::i18n::tr("en", "not-found-title", &[]);
    let main: String = html
        .split("<main")
        .nth(1)
        .unwrap_or(&html)
        .chars()
        .take(400)
        .collect();
    assert!(html.contains(&title), "{main}");
}

/// Logs in as `name` in a fresh browser context (its own cookies), returning the tab.
fn session(browser: &Browser, base: &str, name: &str) -> std::sync::Arc<Tab> {
    let ctx = browser.new_context().expect("context");
    let tab = ctx.new_tab().expect("tab");
    tab.set_default_timeout(Duration::from_secs(20));
    log_in(&tab, base, name);
    tab
}

fn click(tab: &Tab, selector: &str) {
    tab.wait_for_element(selector)
        .unwrap_or_else(|e| panic!("{selector}: {e}"))
        .click()
        .expect("click");
}

fn type_in(tab: &Tab, selector: &str, text: &str) {
    tab.wait_for_element(selector)
        .unwrap_or_else(|e| panic!("{selector}: {e}"))
        .type_into(text)
        .expect("type");
}

fn score_on_page(tab: &Tab) -> i64 {
    tab.wait_for_element(".figures .big")
        .expect("the score")
        .get_inner_text()
        .expect("text")
        .trim()
        .parse()
        .expect("a number")
}

#[test]
fn an_agent_disputes_and_the_manager_settles_it_in_the_browser() {
    let Some(browser) = browser() else {
        return;
    };
    let server = TestServer::new(true);
    let base = start(&server);
    // Mark's moment that weighs most on its conversation's score.
    let moments = server
        .store
        .moments(
            &Scope::Agent("mark".into()),
            &MomentFilter::default(),
            100,
            0,
        )
        .expect("moments");
    let (m, index, before) = moments
        .iter()
        .filter_map(|m| {
            let c = server
                .store
                .conversation(&Scope::All, &m.conversation_id)
                .ok()??;
            let list = c.report["moments"].as_array()?.clone();
            let k = list.iter().position(|x| {
                x["rule"] == m.rule.as_str() && x["turn"] == m.turn && x["start"] == m.start
            })?;
            let p = c.report["penalties"][k].as_f64()?;
            Some((m.clone(), k, c.row.score, p))
        })
        .max_by(|a, b| a.3.total_cmp(&b.3))
        .map(|(m, k, s, _)| (m, k, s))
        .expect("a moment");
    let url = format!("{base}/conversations/{}", m.conversation_id);

    let mark = session(&browser, &base, "mark");
    mark.navigate_to(&url).expect("nav");
    mark.wait_until_navigated().expect("loaded");
    assert_eq!(score_on_page(&mark), before);
    let form = format!("#moment-{index} form.review-form");
    type_in(
        &mark,
        &format!("{form} input[name=reason]"),
        "I answered that in the next line",
    );
    click(&mark, &format!("{form} button[value=dispute]"));
    mark.wait_until_navigated().expect("reviewed");
    mark.wait_for_element(&format!("#moment-{index} .status-disputed"))
        .expect("disputed");
    let during = score_on_page(&mark);
    assert!(
        during > before,
        "a disputed moment leaves the score: {before} → {during}"
    );

    let nora = session(&browser, &base, "nora");
    nora.navigate_to(&format!("{base}/reviews")).expect("nav");
    nora.wait_until_navigated().expect("loaded");
    click(
        &nora,
        &format!("a[href^='/conversations/{}']", m.conversation_id),
    );
    nora.wait_until_navigated().expect("loaded");
    type_in(
        &nora,
        &format!("{form} input[name=reason]"),
        "no, the question was about delivery",
    );
    click(&nora, &format!("{form} button[value=reject]"));
    nora.wait_until_navigated().expect("settled");
    nora.wait_for_element(&format!("#moment-{index} .status-dispute-rejected"))
        .expect("rejected");
    assert_eq!(score_on_page(&nora), before, "back in the score");
    mark.reload(false, None).expect("reload");
    mark.wait_for_element(&format!("#moment-{index} .status-dispute-rejected"))
        .expect("mark sees the decision");
    shot(&nora, "review");
}

#[test]
fn a_workshop_with_a_manager_and_two_agents() {
    let Some(browser) = browser() else {
        return;
    };
    let server = TestServer::new(true);
    let hash = tact_server::auth::hash_password(PASSWORD).expect("hash");
    server
        .store
        .add_user(&tact_server::store::NewUser {
            name: "ann",
            role: tact_server::store::Role::Agent,
            team: Some("north"),
            agent: Some("ann"),
            password_hash: &hash,
        })
        .expect("ann");
    // A confirmed north moment in the library.
    let root = server
        .store
        .user_by_name("root")
        .expect("read")
        .expect("root")
        .0;
    let m = server
        .store
        .moments(&Scope::Team("north".into()), &MomentFilter::default(), 1, 0)
        .expect("moments")
        .remove(0);
    let key = tact_server::store::MomentKey {
        conversation_id: m.conversation_id.clone(),
        rule: m.rule.clone(),
        turn: m.turn,
        start: m.start,
        end: m.end,
    };
    server
        .store
        .review(&key, tact_server::review::Action::Confirm, "", &root)
        .expect("confirm");
    let stored = server
        .store
        .conversation(&Scope::All, &m.conversation_id)
        .expect("read")
        .expect("stored");
    let item = server
        .store
        .add_library_item(&tact_server::store::NewLibraryItem {
            team: "north",
            rule: &m.rule,
            language: &stored.row.language,
            conversation_id: &m.conversation_id,
            turn: m.turn,
            excerpt: &serde_json::json!([{"role": "agent", "text": m.evidence}]),
            evidence: &m.evidence,
            added_by: "root",
        })
        .expect("item");
    let state = server.state.clone();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Runtime::new().expect("runtime");
        rt.block_on(async move {
            tact_server::spawn_reanalysis(state);
            std::future::pending::<()>().await;
        });
    });
    let base = start(&server);

    // The manager opens the workshop on the shared screen.
    let nora = session(&browser, &base, "nora");
    nora.navigate_to(&format!("{base}/workshops")).expect("nav");
    nora.wait_until_navigated().expect("loaded");
    type_in(&nora, "#w-title", "Friday practice");
    click(&nora, &format!("#item-{item}"));
    click(&nora, "form[action='/workshops'] button[type=submit]");
    nora.wait_until_navigated().expect("opened");
    nora.wait_for_element("#live").expect("the shared screen");
    let screen = nora.get_url();
    assert!(screen.contains("/workshops/"), "{screen}");

    // Two agents, each on their own device, propose; one votes for the other's reply.
    let replies = [
        (
            "mark",
            "Understood, I will not insist. Shall I send you the details by e-mail?",
        ),
        (
            "ann",
            "Of course, no problem. If you change your mind, I am here.",
        ),
    ];
    let mut tabs = Vec::new();
    for (who, reply) in replies {
        let tab = session(&browser, &base, who);
        tab.navigate_to(&screen).expect("nav");
        tab.wait_until_navigated().expect("loaded");
        type_in(&tab, "#reply", reply);
        click(&tab, "form[action$='/proposals'] button[type=submit]");
        tab.wait_until_navigated().expect("proposed");
        tabs.push(tab);
    }
    // Mark votes for Ann's reply (the second), Ann too.
    for tab in &tabs {
        // Ann's proposal may still be on its way when Mark's tab reloads (the click returns
        // before the form's request is answered): reload until it is listed.
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        let (vote, target) = loop {
            tab.reload(false, None).expect("reload");
            let vote = tab
                .wait_for_elements("#live .proposal form button")
                .expect("vote buttons");
            let target = tab
                .wait_for_elements("#live .proposal .reply")
                .expect("replies")
                .iter()
                .position(|r| {
                    r.get_inner_text()
                        .map(|t| t.contains("no problem"))
                        .unwrap_or(false)
                });
            match target {
                Some(target) => break (vote, target),
                None if std::time::Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(250));
                }
                None => panic!("ann's reply is not listed after 20 s"),
            }
        };
        vote[target].click().expect("vote");
        tab.wait_until_navigated().expect("voted");
    }
    // The shared screen updates by itself.
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        let html = nora.get_content().expect("html");
        if html.matches("class=\"proposal").count() >= 2 && html.contains("2 votes") {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the screen did not follow"
        );
        std::thread::sleep(Duration::from_millis(300));
    }
    shot(&nora, "workshop");
    click(&nora, ".workshop-controls button[value=close]");
    // The click starts a navigation the tab may not report yet: wait for its effect.
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let approved = loop {
        let (it, _) = server
            .store
            .library_item(item, 0)
            .expect("read")
            .expect("item");
        if it.approved.is_some() || std::time::Instant::now() > deadline {
            break it.approved;
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    assert_eq!(approved.as_deref(), Some(replies[1].1));

    // The approved reply is the OK reply on a new conversation of the team, in the app …
    let mut again = stored.input.clone();
    again.id = "new-after-workshop".into();
    let (version, _) = server.state.analyzer();
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while server.store.stale_count(version).expect("stale") > 0 {
        assert!(std::time::Instant::now() < deadline);
        std::thread::sleep(Duration::from_millis(100));
    }
    let (version, analyzer) = server.state.analyzer();
    tact_server::ingest::ingest(
        server.store.as_ref(),
        &analyzer,
        version,
        serde_json::to_string(&again).expect("json").as_bytes(),
        &tact_server::ingest::IngestOptions {
            name: "new.jsonl",
            format: None,
            redact: true,
            uploader: tact_server::ingest::Uploader::Anyone,
        },
    )
    .expect("ingest");
    nora.navigate_to(&format!("{base}/conversations/new-after-workshop"))
        .expect("nav");
    nora.wait_until_navigated().expect("loaded");
    let html = nora.get_content().expect("html");
    assert!(html.contains(replies[1].1), "the team's reply is shown");
    // … and in an analysis with the exported team file.
    let exported = server
        .store
        .setting("tact.toml")
        .expect("read")
        .expect("settings");
    let engine =
        tact_rules::Engine::new(tact_rules::Settings::from_toml(&exported).expect("valid"));
    let report = tact_analyze::Analyzer::new(engine, None).analyze(&again);
    assert!(report
        .moments
        .iter()
        .any(|x| x.rule == m.rule && x.alternative == replies[1].1));
}
