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
    tab.navigate_to(&format!("{base}/login?next=/&lang=en"))
        .expect("nav");
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
