//! Accessibility as a check: axe-core (the npm package, read from
//! web/node_modules at test time; no CDN) runs on every page of the web
//! app, signed out, as a member and as staff, at 1280×800 and 390×844. Any
//! violation of impact "serious" or "critical" fails the test, and every
//! one found is printed with the elements it concerns.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::auth_support::GOOD_PASSWORD;
use crate::browser::driver::Browser;
use crate::browser_lists::{seed, World};
use crate::helpers::{spawn_app, test_config, TestApp};

/// The two screens every page is checked at.
const SIZES: [(u32, u32); 2] = [(1280, 800), (390, 844)];

/// axe-core's browser bundle, from the web app's dev dependencies.
fn axe_source() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/web/node_modules/axe-core/axe.min.js"
    );
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!("{path}: {e} (run `npm ci` in web/; axe-core is a dev dependency)")
    })
}

/// Waits (at most five seconds) until the page has a heading and nothing
/// in `main` is still loading, so that axe sees the finished page.
async fn settle(browser: &Browser) {
    let started = Instant::now();
    let ready = "return !!document.querySelector('main h1')
        && !document.querySelector('main .loading, main [aria-busy=true]');";
    while started.elapsed() < Duration::from_secs(5) {
        if browser.eval(ready).await == Value::Bool(true) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_millis(250)).await;
}

/// Runs axe on the page as it is; returns one line per serious or
/// critical violation and element.
async fn violations(browser: &Browser, axe: &str) -> Vec<String> {
    browser.eval(&format!("{axe}\n;return true;")).await;
    let found = browser
        .eval_async(
            "axe.run(document, { resultTypes: ['violations'] }).then((r) => done(r.violations
                .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}): ${n.target.join(' ')} :: ${n.failureSummary.replace(/\\s+/g, ' ')}`))),
              (e) => done([`axe failed: ${e}`]));",
        )
        .await;
    found
        .as_array()
        .map(|list| {
            list.iter()
                .map(|v| v.as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_else(|| vec![format!("axe answered {found}")])
}

/// Checks `paths` at both sizes, signed in as `who` (or signed out), and
/// fails listing every violation found.
async fn check(app: &TestApp, who: Option<&str>, paths: &[String]) {
    let axe = axe_source();
    let mut found = Vec::new();
    for (width, height) in SIZES {
        let browser = Browser::open_sized(&app.address, width, height).await;
        if let Some(username) = who {
            browser.sign_in(username, GOOD_PASSWORD).await;
        }
        for path in paths {
            browser.goto(path).await;
            settle(&browser).await;
            for line in violations(&browser, &axe).await {
                found.push(format!("{width}×{height} {path}: {line}"));
            }
        }
        browser.close().await;
    }
    assert!(
        found.is_empty(),
        "{} serious or critical accessibility violations ({}):\n{}",
        found.len(),
        who.unwrap_or("signed out"),
        found.join("\n")
    );
}

/// Every page a signed-in member can open, with real ids.
fn member_pages(world: &World) -> Vec<String> {
    let World {
        math_quest,
        quizzly,
        riverside,
        review,
        mia_profile,
        ..
    } = world;
    vec![
        "/".into(),
        "/products".into(),
        format!("/products/{math_quest}"),
        "/products/new".into(),
        format!("/products/{math_quest}/edit"),
        format!("/reviews/new?product={math_quest}"),
        format!("/reviews/{review}/edit"),
        "/members".into(),
        format!("/members/{mia_profile}"),
        "/organizations".into(),
        format!("/organizations/{riverside}"),
        "/organizations/new".into(),
        format!("/organizations/{riverside}/edit"),
        "/account".into(),
        "/api-docs".into(),
        format!("/compare?products={math_quest},{quizzly}&org_type=1"),
        "/data-flows".into(),
        "/moves".into(),
        "/products/999999".into(),
        "/no/such/page".into(),
    ]
}

#[tokio::test]
async fn axe_finds_no_serious_violation_on_the_signed_out_pages_at_both_widths() {
    // First-run setup shows only while nobody exists.
    let empty = spawn_app().await;
    check(&empty, None, &["/setup".into()]).await;

    let app = spawn_app().await;
    let world = seed(&app).await;
    let token = mothra::auth::keys::generate();
    let user: i64 = app
        .db
        .client
        .query_one("select id from users where username = 'mia'", &[])
        .await
        .expect("mia")
        .get(0);
    mothra::db::accounts::create_link(
        &app.db.client,
        user,
        mothra::db::accounts::LinkPurpose::PasswordReset,
        &mothra::auth::keys::hash(&test_config(&[]).secret_key, &token),
        Duration::from_secs(3600),
    )
    .await
    .expect("a link");
    let _ = world.quizzly;
    check(
        &app,
        None,
        &[
            "/sign-in".into(),
            "/forgot-password".into(),
            format!("/reset-password/{token}"),
            format!("/reset-password/{}", "A".repeat(43)),
        ],
    )
    .await;
}

#[tokio::test]
async fn axe_finds_no_serious_violation_on_any_page_a_member_sees_at_both_widths() {
    let app = spawn_app().await;
    let world = seed(&app).await;
    check(&app, Some("mia"), &member_pages(&world)).await;
}

#[tokio::test]
async fn axe_finds_no_serious_violation_on_any_page_staff_see_at_both_widths() {
    let app = spawn_app().await;
    let world = seed(&app).await;
    let mut pages = member_pages(&world);
    pages.extend(["/staff".into(), "/staff/users".into()]);
    for kind in [
        "domains",
        "subjects",
        "usagetypes",
        "data_interfaces",
        "grades",
        "locations",
        "orgtypes",
    ] {
        pages.push(format!("/staff/reference/{kind}"));
    }
    check(&app, Some("boss"), &pages).await;
}
