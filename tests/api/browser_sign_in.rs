//! Signing in and out, first-run setup and invitation links, in the browser.
//! (Moved from browser.rs; the driver and the shared scenario are in
//! `tests/api/browser/`.)

use serde_json::json;

use crate::browser::driver::Browser;
use crate::browser::scenario::{set_up_ada, PASSWORD};
use crate::helpers::spawn_app;

#[tokio::test]
async fn the_first_visit_goes_to_setup_which_creates_a_staff_member_and_signs_them_in() {
    let app = spawn_app().await;
    let browser = Browser::open(&app.address).await;

    browser.goto("/products").await;
    browser.wait_location("/setup", |l| l == "/setup").await;
    browser.find_text("h1", "Welcome to Mothra").await;
    browser.fill("input[name=first_name]", "Ada").await;
    browser.fill("input[name=last_name]", "Lovelace").await;
    browser.fill("input[name=username]", "ada").await;
    browser.fill("input[name=email]", "ada@example.org").await;
    browser.fill("input[name=password]", PASSWORD).await;
    browser.click_text("button", "Create the account").await;

    browser.wait_location("/", |l| l == "/").await;
    browser.find_text("header", "Ada Lovelace").await;
    browser.find_text("header nav", "Staff").await;
    let needed: serde_json::Value = app.get("/api/auth/setup").await.json().await.expect("json");
    assert_eq!(needed, json!({ "needed": false }));

    // Once someone exists, /setup sends people home instead.
    browser.goto("/setup").await;
    browser.wait_location("/", |l| l == "/").await;
    browser.close().await;
}

#[tokio::test]
async fn signing_in_returns_to_the_page_asked_for_and_signing_out_locks_the_app_again() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let browser = Browser::open(&app.address).await;

    browser.goto("/products").await;
    browser
        .wait_location("/sign-in?next=/products", |l| {
            l == "/sign-in?next=%2Fproducts"
        })
        .await;
    browser.fill("input[name=username]", "ada").await;
    browser
        .fill("input[name=password]", "not-the-password")
        .await;
    browser.click("form button[type=submit]").await;
    browser.find_text("[role=alert]", "Unable to sign in").await;
    assert!(browser.location().await.starts_with("/sign-in"));

    browser.fill("input[name=password]", PASSWORD).await;
    browser.click("form button[type=submit]").await;
    browser
        .wait_location("/products", |l| l == "/products")
        .await;
    browser.find_text("h1", "Products").await;
    browser.find_text("header", "Ada Lovelace").await;

    browser.click_text("header button", "Sign out").await;
    browser
        .wait_location("/sign-in", |l| l.starts_with("/sign-in"))
        .await;
    browser.find_text("h1", "Sign in").await;
    browser.goto("/members").await;
    browser
        .wait_location("/sign-in?next=/members", |l| {
            l == "/sign-in?next=%2Fmembers"
        })
        .await;
    // The server forgot the browser's session, not just the page.
    let status = browser
        .client
        .execute_async(
            "const done = arguments[0]; fetch('/api/me/').then((r) => done(r.status));",
            vec![],
        )
        .await
        .expect("fetch from the page");
    assert_eq!(status, json!(401));
    browser.close().await;
}

/// `GET /api/me/`'s status from the page, with its cookies.
async fn me_status(browser: &Browser) -> serde_json::Value {
    browser
        .eval_async("fetch('/api/me/').then((r) => done(r.status));")
        .await
}

#[tokio::test]
async fn a_sign_out_the_server_refuses_says_the_member_is_still_signed_in_and_can_be_retried() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;
    browser.find_text("header", "Ada Lovelace").await;

    // Without its CSRF token, the server refuses the sign-out (a 403), as
    // it would a forged one; the session itself is untouched.
    let token = browser
        .eval(
            "const c = document.cookie.split('; ').find((c) => c.startsWith('csrftoken='));
             document.cookie = 'csrftoken=; path=/; max-age=0';
             return c ?? null;",
        )
        .await;
    let token = token.as_str().expect("a csrftoken cookie").to_owned();
    browser.click_text("header button", "Sign out").await;
    let alert = browser
        .find_text("header [role=alert]", "you are still signed in")
        .await
        .text()
        .await
        .expect("text");
    assert!(alert.starts_with("Signing out failed ("), "{alert}");
    assert!(!browser.location().await.starts_with("/sign-in"));
    browser.find_text("header", "Ada Lovelace").await;
    assert_eq!(me_status(&browser).await, json!(200));

    // With the token back, "Try again" signs out.
    browser
        .eval(&format!(
            "document.cookie = '{token}; path=/'; return true;"
        ))
        .await;
    browser
        .click_text("header [role=alert] button", "Try again")
        .await;
    browser
        .wait_location("/sign-in", |l| l.starts_with("/sign-in"))
        .await;
    assert_eq!(me_status(&browser).await, json!(401));
    browser.close().await;
}

/// Where the browser is now: scheme, host and port.
async fn origin(browser: &Browser) -> String {
    let url = browser.client.current_url().await.expect("current url");
    url.origin().ascii_serialization()
}

#[tokio::test]
async fn a_next_parameter_that_points_off_site_lands_on_the_home_page_instead() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let browser = Browser::open(&app.address).await;
    // Each of these resolves to another origin in a browser: a backslash is
    // read as a slash, a tab is dropped, and the last two are plain links.
    let hostile = [
        "/%5C127.0.0.1:9/",
        "/%09/127.0.0.1:9/",
        "//127.0.0.1:9/",
        "http://127.0.0.1:9/",
    ];

    // Through the form: the first sign-in.
    browser.goto(&format!("/sign-in?next={}", hostile[0])).await;
    browser.fill("input[name=username]", "ada").await;
    browser.fill("input[name=password]", PASSWORD).await;
    browser.click("form button[type=submit]").await;
    browser.wait_location("/", |l| l == "/").await;
    assert_eq!(origin(&browser).await, app.address);

    // Already signed in: the sign-in page forwards at once.
    for next in hostile {
        browser.goto(&format!("/sign-in?next={next}")).await;
        browser.wait_location("/", |l| l == "/").await;
        assert_eq!(origin(&browser).await, app.address, "next={next}");
    }
    // A path on this site is still followed.
    browser
        .goto("/sign-in?next=%2Fproducts%3Fsearch%3Dmath")
        .await;
    browser
        .wait_location("/products?search=math", |l| l == "/products?search=math")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn an_invitation_link_sets_the_first_password_and_works_only_once() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let grace: i64 = app
        .db
        .client
        .query_one(
            "insert into users (username, email, first_name, last_name, is_active) \
             values ('grace', 'grace@example.org', 'Grace', 'Hopper', false) returning id",
            &[],
        )
        .await
        .expect("an invited member")
        .get(0);
    app.db
        .client
        .execute(
            "insert into profiles (user_id) values ($1) on conflict (user_id) do nothing",
            &[&grace],
        )
        .await
        .expect("profile");
    // The link the invitation mail would carry, with a token the test knows.
    let token = mothra::auth::keys::generate();
    let secret = crate::helpers::test_config(&[]).secret_key;
    mothra::db::accounts::create_link(
        &app.db.client,
        grace,
        mothra::db::accounts::LinkPurpose::Invitation,
        &mothra::auth::keys::hash(&secret, &token),
        std::time::Duration::from_secs(3600),
    )
    .await
    .expect("a link");

    let browser = Browser::open(&app.address).await;
    browser.goto(&format!("/reset-password/{token}")).await;
    browser.find_text("h1", "Set a new password").await;
    browser
        .fill("input[name=new_password]", "grace-chooses-a-long-one-1906")
        .await;
    browser
        .fill("input[name=confirm]", "grace-chooses-a-long-one")
        .await;
    browser.click_text("button", "Set password").await;
    browser.find("input[name=confirm][aria-invalid=true]").await;
    browser
        .fill("input[name=confirm]", "grace-chooses-a-long-one-1906")
        .await;
    browser.click_text("button", "Set password").await;
    browser
        .find_text("[role=status]", "Your password is set")
        .await;
    browser.click_text("main a", "Sign in").await;
    browser
        .sign_in("grace@example.org", "grace-chooses-a-long-one-1906")
        .await;
    browser.find_text("header", "Grace Hopper").await;
    browser.click_text("header button", "Sign out").await;
    browser
        .wait_location("/sign-in", |l| l.starts_with("/sign-in"))
        .await;

    // A used link says so when it opens, before anyone types a password.
    browser.goto(&format!("/reset-password/{token}")).await;
    browser
        .find_text("[role=alert]", "This link has already been used")
        .await;
    assert!(browser
        .client
        .find(fantoccini::Locator::Css("input[name=new_password]"))
        .await
        .is_err());

    browser.goto("/forgot-password").await;
    browser.fill("input[name=email]", "grace@example.org").await;
    browser.click_text("button", "Send the link").await;
    browser
        .find_text("[role=status]", "grace@example.org")
        .await;
    browser.close().await;
}
