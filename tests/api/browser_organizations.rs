//! The organizations page in the browser.
//! (Moved from browser.rs; the driver and the shared scenario are in
//! `tests/api/browser/`.)

use crate::browser::driver::Browser;
use crate::browser::scenario::{seed_catalog, set_up_ada, PASSWORD};
use crate::helpers::spawn_app;

#[tokio::test]
async fn organizations_are_added_listed_with_their_states_and_filtered_by_state() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    seed_catalog(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    browser.goto("/organizations").await;
    browser.find_text("table", "Riverside Unified").await;
    browser.click_text("a", "Add an organization").await;
    browser
        .fill("input[name=name]", "Summit Charter Network")
        .await;
    browser
        .select(
            "select[name=org_type]",
            "Charter School Management Organization",
        )
        .await;
    browser.fill("input[name=size]", "9").await;
    for grade in ["6", "7", "8"] {
        browser.click_text("fieldset label", grade).await;
    }
    for state in ["California", "Oregon", "Texas"] {
        browser.click_text("fieldset label", state).await;
    }
    browser.click_text("button", "Add organization").await;
    browser.find_text("h1", "Summit Charter Network").await;
    browser.find_text("dl", "6-8").await;

    browser.goto("/organizations").await;
    let row = browser
        .find_text("table tr", "Summit Charter Network")
        .await;
    let text = row.text().await.unwrap();
    assert!(
        text.contains("California, Oregon and Texas") && text.contains("6-8"),
        "{text}"
    );
    browser.select("#f-state", "Oregon").await;
    browser
        .wait_location("?state=", |l| l.contains("state="))
        .await;
    browser.wait_gone("table", "Riverside Unified").await;
    browser.find_text("table", "Summit Charter Network").await;
    browser.reload().await;
    browser.find_text("table", "Summit Charter Network").await;
    browser.wait_gone("table", "Riverside Unified").await;
    browser.close().await;
}
