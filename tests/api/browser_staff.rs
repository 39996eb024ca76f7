//! What staff do in the browser: edit reference data, invite members and switch them on.
//! (Moved from browser.rs; the driver and the shared scenario are in
//! `tests/api/browser/`.)

use crate::browser::driver::Browser;
use crate::browser::scenario::{seed_catalog, set_up_ada, PASSWORD};
use crate::helpers::spawn_app;

#[tokio::test]
async fn staff_edit_reference_data_with_colour_and_icon_pickers_and_see_a_conflict_as_a_sentence() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let catalog = seed_catalog(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    browser.click_text("header nav a", "Staff").await;
    browser.click_text("main a", "Domains").await;
    browser
        .wait_location("/staff/reference/domains", |l| {
            l == "/staff/reference/domains"
        })
        .await;
    browser.find_text("main .list", "Assessment").await;
    browser
        .fill("main form input[name=name]", "Communication")
        .await;
    browser
        .client
        .execute(
            "const input = document.querySelector('main form input[type=color]'); \
             input.value = '#2e7d32'; input.dispatchEvent(new Event('input', { bubbles: true }));",
            vec![],
        )
        .await
        .expect("pick a colour");
    browser.click_text("main form button", "Add domain").await;
    browser.find_text("main .list", "Communication").await;
    let color: String = app
        .db
        .client
        .query_one(
            "select color from domains where name = 'Communication'",
            &[],
        )
        .await
        .expect("the domain is stored")
        .get(0);
    assert_eq!(color.to_lowercase(), "#2e7d32");

    // A domain that products use cannot go: the dialog says why.
    let row = browser.find_text("main .list li", "Assessment").await;
    row.find(fantoccini::Locator::Css("button.danger"))
        .await
        .expect("its delete button")
        .click()
        .await
        .expect("click delete");
    browser.click("dialog[open] button.primary").await;
    let message = browser
        .find("dialog[open] [role=alert]")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        message,
        "Cannot delete this domain: it is still used by 2 products."
    );
    let kept: i64 = app
        .db
        .client
        .query_one(
            "select count(*) from domains where id = $1",
            &[&catalog.assessment],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(kept, 1);
    browser.click_text("dialog[open] button", "Cancel").await;

    // Subjects: the icon picker is a radio group of the bundled icons.
    browser
        .click_text("nav[aria-label='Reference data'] a", "Subjects")
        .await;
    browser.find_text("main .list", "Math").await;
    browser.fill("main form input[name=name]", "Science").await;
    browser.click("main form label.option[title=flask]").await;
    browser.find_text("main form legend", "flask").await;
    browser.click_text("main form button", "Add subject").await;
    browser.find_text("main .list li", "Science").await;
    let icon: String = app
        .db
        .client
        .query_one("select icon from subjects where name = 'Science'", &[])
        .await
        .expect("the subject is stored")
        .get(0);
    assert_eq!(icon, "flask");
    browser.close().await;
}

#[tokio::test]
async fn staff_invite_a_member_who_waits_inactive_until_staff_switch_them_on() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    browser.goto("/staff/users").await;
    browser.find_text("table", "ada@example.org").await;
    browser.fill("input[name=first_name]", "Grace").await;
    browser.fill("input[name=last_name]", "Hopper").await;
    browser.fill("input[name=username]", "grace").await;
    browser.fill("input[name=email]", "ada@example.org").await;
    browser.click_text("button", "Send invitation").await;
    browser.find("input[name=email][aria-invalid=true]").await;

    browser.fill("input[name=email]", "grace@example.org").await;
    browser.click_text("button", "Send invitation").await;
    browser
        .find_text("[role=status]", "Invitation sent to grace@example.org")
        .await;
    // Invited members are inactive until they set a password; staff may switch them on.
    let row = browser.find_text("table tbody tr", "Grace Hopper").await;
    assert!(row.text().await.unwrap().contains("Invited"));
    browser
        .click("button[aria-label='Activate Grace Hopper']")
        .await;
    browser.click_text("dialog[open] button", "Activate").await;
    browser.wait_gone("table tbody tr", "Invited").await;
    let row = browser.find_text("table tbody tr", "Grace Hopper").await;
    assert!(row.text().await.unwrap().contains("Active"));
    let active: bool = app
        .db
        .client
        .query_one("select is_active from users where username = 'grace'", &[])
        .await
        .expect("grace exists")
        .get(0);
    assert!(active);
    browser.close().await;
}
