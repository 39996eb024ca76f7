//! The account page in the browser: API tokens, the profile and the password.
//! (Moved from browser.rs; the driver and the shared scenario are in
//! `tests/api/browser/`.)

use crate::browser::driver::Browser;
use crate::browser::scenario::{seed_catalog, set_up_ada, PASSWORD};
use crate::helpers::{spawn_app, TestApp};

/// `GET /api/me/` with a token: its status.
async fn me_with_token(app: &TestApp, token: &str) -> u16 {
    reqwest::Client::new()
        .get(app.url("/api/me/"))
        .header("Authorization", format!("Token {token}"))
        .send()
        .await
        .expect("request")
        .status()
        .as_u16()
}

#[tokio::test]
async fn the_token_panel_creates_a_token_shown_once_rotates_it_and_revokes_it() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    browser.goto("/account").await;
    browser.find_text("section", "You have no token.").await;
    browser.click_text("button", "Create a token").await;
    browser.find_text("[role=status]", "Copy it now").await;
    let first = browser.value("#token-value").await;
    assert!(first.len() >= 20, "a real key: {first:?}");
    browser.find_text("section", "You have a token").await;
    assert_eq!(me_with_token(&app, &first).await, 200);

    browser.click_text("button", "Rotate token").await;
    browser.click("dialog[open] button.primary").await;
    browser
        .wait_location("still on the account page", |l| l == "/account")
        .await;
    let started = std::time::Instant::now();
    let second = loop {
        let value = browser.value("#token-value").await;
        if value != first {
            break value;
        }
        assert!(started.elapsed().as_secs() < 15, "the token never changed");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    assert_eq!(
        me_with_token(&app, &first).await,
        401,
        "the old token stops working"
    );
    assert_eq!(me_with_token(&app, &second).await, 200);

    // Shown once: a reload only says that a token exists.
    browser.reload().await;
    browser.find_text("section", "You have a token").await;
    assert!(browser
        .client
        .find(fantoccini::Locator::Css("#token-value"))
        .await
        .is_err());

    browser.click_text("button", "Revoke token").await;
    browser.click("dialog[open] button.primary").await;
    browser.find_text("section", "You have no token.").await;
    assert_eq!(me_with_token(&app, &second).await, 401);
    browser.close().await;
}

#[tokio::test]
async fn the_account_page_saves_the_profile_and_refuses_a_wrong_current_password_beside_its_field()
{
    let app = spawn_app().await;
    set_up_ada(&app).await;
    seed_catalog(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    browser.click_text("header a", "Account").await;
    browser.find_text("h1", "Your account").await;
    assert_eq!(browser.value("input[name=first_name]").await, "Ada");
    browser.fill("input[name=github_id]", "-bad-").await;
    browser.click_text("button", "Save profile").await;
    browser
        .find("input[name=github_id][aria-invalid=true]")
        .await;

    browser.fill("input[name=github_id]", "adalovelace").await;
    browser.fill("input[name=first_name]", "Augusta Ada").await;
    browser.click_text("button", "Save profile").await;
    browser.find_text("[role=status]", "Saved.").await;
    browser.find_text("header", "Augusta Ada Lovelace").await;
    let row = app
        .db
        .client
        .query_one(
            "select u.first_name, p.github_id from users u join profiles p on p.user_id = u.id where u.username = 'ada'",
            &[],
        )
        .await
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "Augusta Ada");
    assert_eq!(
        row.get::<_, Option<String>>(1).as_deref(),
        Some("adalovelace")
    );

    browser
        .fill("input[name=old_password]", "not-my-password")
        .await;
    browser
        .fill("input[name=new_password]", "another-long-passphrase-77")
        .await;
    browser
        .fill("input[name=confirm]", "another-long-passphrase-77")
        .await;
    browser.click_text("button", "Change password").await;
    browser
        .find("input[name=old_password][aria-invalid=true]")
        .await;

    browser.fill("input[name=old_password]", PASSWORD).await;
    browser.click_text("button", "Change password").await;
    browser
        .find_text("[role=status]", "Your password is changed.")
        .await;

    // The same profile form opens in place on the member's own page.
    browser.click_text("main a", "See your profile").await;
    browser.find_text("h1", "Augusta Ada Lovelace").await;
    browser.click_text("button", "Edit your profile").await;
    browser.fill("input[name=last_name]", "King").await;
    browser.click_text("button", "Save profile").await;
    browser.find_text("h1", "Augusta Ada King").await;
    browser
        .find_text("a[href='https://github.com/adalovelace']", "@adalovelace")
        .await;
    browser.close().await;
}
