//! The member's loop in headless Chromium, as an ORDINARY member (issue 9,
//! items 1-4): saving their own profile, arriving by invitation into an
//! organization and writing a first review, seeing others' records
//! read-only, and forms that show every problem from one submit.

use crate::auth_mail::app_with_mail;
use crate::auth_support::{create_user, GOOD_PASSWORD};
use crate::browser::driver::Browser;
use crate::collections_support::{
    data_interface, domain, organization, product, review, usage_type,
};
use crate::helpers::{spawn_app, TestApp};
use crate::smtp;

/// An active, non-staff member with a password, names and (maybe) an
/// organization; returns their profile id.
async fn member(app: &TestApp, username: &str, first: &str, org: Option<i64>) -> i64 {
    let user = create_user(app, username, GOOD_PASSWORD, false).await;
    app.db
        .client
        .execute(
            "update users set first_name = $2, last_name = 'Member' where id = $1",
            &[&user, &first],
        )
        .await
        .expect("names");
    app.db
        .client
        .query_one(
            "update profiles set organization_id = $2 where user_id = $1 returning id",
            &[&user, &org],
        )
        .await
        .expect("organization")
        .get(0)
}

#[tokio::test]
async fn a_member_saves_their_own_names_and_github_id_from_the_account_page_in_one_go() {
    let app = spawn_app().await;
    let org = organization(&app, "Riverside Unified").await;
    member(&app, "mia", "Mia", Some(org)).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("mia", GOOD_PASSWORD).await;

    browser.goto("/account").await;
    browser.find_text("h1", "Your account").await;
    browser.fill("input[name=first_name]", "Mimi").await;
    browser.fill("input[name=github_id]", "mimi-m").await;
    browser.click_text("button", "Save profile").await;
    browser.find_text("[role=status]", "Saved.").await;
    assert!(
        browser.texts("[role=alert]").await.is_empty(),
        "no error shows"
    );
    assert_ne!(browser.focused().await, "body", "focus stays on the form");
    browser.find_text("header", "Mimi").await;
    let row = app
        .db
        .client
        .query_one(
            "select u.first_name, p.github_id, p.organization_id from users u join profiles p on p.user_id = u.id where u.username = 'mia'",
            &[],
        )
        .await
        .expect("mia");
    assert_eq!(row.get::<_, String>(0), "Mimi");
    assert_eq!(row.get::<_, Option<String>>(1).as_deref(), Some("mimi-m"));
    assert_eq!(row.get::<_, Option<i64>>(2), Some(org), "still a member");

    // A bad value is refused beside its field, with focus on it.
    browser.fill("input[name=email]", "not-an-address").await;
    browser.click_text("button", "Save profile").await;
    browser
        .find_text("p.error", "Enter a valid email address.")
        .await;
    let focused = browser.focused().await;
    assert!(
        focused.ends_with("[email]"),
        "focus on the email: {focused}"
    );
    browser.close().await;
}

#[tokio::test]
async fn an_invited_member_finds_their_organization_set_and_writes_a_first_review() {
    let (app, mail) = app_with_mail(&[]).await;
    let riverside = organization(&app, "Riverside Unified").await;
    member(&app, "ann", "Ann", Some(riverside)).await;
    let d = domain(&app, "Assessment").await;
    let math_quest = product(&app, "MathQuest", d, None).await;
    usage_type(&app, "District-wide").await;
    data_interface(&app, "OneRoster").await;

    // Ann invites a colleague into her organization from her account page.
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ann", GOOD_PASSWORD).await;
    browser.goto("/account").await;
    browser
        .find_text("h3", "Invite a colleague into Riverside Unified")
        .await;
    browser.fill("form input[name=username]", "carol").await;
    browser
        .fill(
            "form:has(input[name=username]) input[name=email]",
            "carol@example.org",
        )
        .await;
    browser
        .fill(
            "form:has(input[name=username]) input[name=first_name]",
            "Carol",
        )
        .await;
    browser.click_text("button", "Send invitation").await;
    browser
        .find_text("[role=status]", "Invitation sent to carol@example.org")
        .await;
    browser.client.delete_all_cookies().await.expect("sign out");

    // Carol follows the mailed link and chooses a password.
    let message = mail.wait_for(1).await;
    assert!(
        message.contains("X-Rcpt-To: carol@example.org"),
        "{message}"
    );
    assert!(
        message.contains("as a member of Riverside Unified"),
        "{message}"
    );
    let link = smtp::link(&message);
    let path = &link[link.find("/reset-password/").expect("a link")..];
    browser.goto(path).await;
    browser
        .fill("input[name=new_password]", "lantern-ocelot-spruce-2")
        .await;
    browser
        .fill("input[name=confirm]", "lantern-ocelot-spruce-2")
        .await;
    browser.click_text("button", "Set password").await;
    browser
        .find_text("[role=status]", "Your password is set")
        .await;
    browser.sign_in("carol", "lantern-ocelot-spruce-2").await;

    // Her organization is already set...
    browser.goto("/account").await;
    browser
        .find_text("section", "You are a member of Riverside Unified")
        .await;
    // ...so her first review needs no detour.
    browser
        .goto(&format!("/reviews/new?product={math_quest}"))
        .await;
    browser
        .wait_value("input[name=organization]", "Riverside Unified")
        .await;
    browser
        .select("select[name=usage_type]", "District-wide")
        .await;
    browser.select("select[name=how_push]", "OneRoster").await;
    browser.click_text("label.option", "Happy").await;
    browser
        .fill(
            "textarea[name=review]",
            "Easy to roll out across our schools.",
        )
        .await;
    browser.click_text("button", "Add review").await;
    browser
        .wait_location("the product page", |l| {
            l == format!("/products/{math_quest}")
        })
        .await;
    let stored = app
        .db
        .client
        .query_one(
            "select o.name, u.username, r.rating from usages r join organizations o on o.id = r.organization_id \
             join profiles p on p.id = r.reviewer_id join users u on u.id = p.user_id",
            &[],
        )
        .await
        .expect("one review");
    assert_eq!(stored.get::<_, String>(0), "Riverside Unified");
    assert_eq!(stored.get::<_, String>(1), "carol");
    assert_eq!(stored.get::<_, i16>(2), 4);
    browser.close().await;
}

#[tokio::test]
async fn a_member_sees_another_members_review_and_organization_read_only_and_is_told_why() {
    let app = spawn_app().await;
    let riverside = organization(&app, "Riverside Unified").await;
    let hillside = organization(&app, "Hillside Schools").await;
    member(&app, "mia", "Mia", Some(riverside)).await;
    let zoe = member(&app, "zoe", "Zoe", Some(hillside)).await;
    let d = domain(&app, "Assessment").await;
    let p = product(&app, "MathQuest", d, None).await;
    let theirs = review(&app, p, hillside, zoe, 2).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("mia", GOOD_PASSWORD).await;

    browser.goto(&format!("/reviews/{theirs}/edit")).await;
    browser
        .find_text("h1", "Zoe Member's review of MathQuest")
        .await;
    browser
        .find_text("[role=status]", "only its author and staff can")
        .await;
    assert!(browser.texts("form").await.is_empty(), "no form");
    assert!(
        !browser
            .texts("button")
            .await
            .iter()
            .any(|t| t.contains("Delete")),
        "no Delete button"
    );

    browser
        .goto(&format!("/organizations/{hillside}/edit"))
        .await;
    browser
        .find_text(
            "[role=status]",
            "Only members of Hillside Schools and staff can edit it.",
        )
        .await;
    assert!(browser.texts("form").await.is_empty(), "no form");
    browser.goto(&format!("/organizations/{hillside}")).await;
    browser.find_text("h1", "Hillside Schools").await;
    assert!(
        !browser.texts("a.button").await.iter().any(|t| t == "Edit"),
        "no Edit link"
    );
    // Her own organization stays editable.
    browser
        .goto(&format!("/organizations/{riverside}/edit"))
        .await;
    browser.find("form input[name=name]").await;
    browser.close().await;
}

#[tokio::test]
async fn a_member_reviews_for_their_own_organization_and_one_without_is_told_how_to_get_one() {
    let app = spawn_app().await;
    let riverside = organization(&app, "Riverside Unified").await;
    organization(&app, "Hillside Schools").await;
    member(&app, "mia", "Mia", Some(riverside)).await;
    member(&app, "nia", "Nia", None).await;
    let d = domain(&app, "Assessment").await;
    let p = product(&app, "MathQuest", d, None).await;
    usage_type(&app, "District-wide").await;
    let browser = Browser::open(&app.address).await;

    // Nia belongs to no organization: no form, but the way to get one.
    browser.sign_in("nia", GOOD_PASSWORD).await;
    browser.goto(&format!("/reviews/new?product={p}")).await;
    browser
        .find_text("[role=status]", "you don't belong to one yet")
        .await;
    assert!(browser.texts("form").await.is_empty(), "no form");
    browser.click_text("a", "Add your organization").await;
    browser
        .wait_location("the new organization form", |l| l == "/organizations/new")
        .await;
    browser.client.delete_all_cookies().await.expect("sign out");

    // Mia's review is for her organization: shown, not chosen.
    browser.sign_in("mia", GOOD_PASSWORD).await;
    browser.goto(&format!("/reviews/new?product={p}")).await;
    browser
        .wait_value("input[name=organization]", "Riverside Unified")
        .await;
    assert!(
        browser.texts("select[name=organization]").await.is_empty(),
        "no organization picker"
    );
    browser
        .select("select[name=usage_type]", "District-wide")
        .await;
    browser.click_text("label.option", "Happy").await;
    browser.click_text("button", "Add review").await;
    browser
        .wait_location("the product page", |l| l == format!("/products/{p}"))
        .await;
    let organizations: Vec<String> = app
        .db
        .client
        .query(
            "select o.name from usages r join organizations o on o.id = r.organization_id",
            &[],
        )
        .await
        .expect("reviews")
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(organizations, ["Riverside Unified"]);
    browser.close().await;
}

#[tokio::test]
async fn staff_editing_a_members_review_are_told_whose_it_is() {
    let app = spawn_app().await;
    let riverside = organization(&app, "Riverside Unified").await;
    let zoe = member(&app, "zoe", "Zoe", Some(riverside)).await;
    create_user(&app, "sam", GOOD_PASSWORD, true).await;
    let d = domain(&app, "Assessment").await;
    let p = product(&app, "MathQuest", d, None).await;
    let theirs = review(&app, p, riverside, zoe, 2).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("sam", GOOD_PASSWORD).await;

    browser.goto(&format!("/reviews/{theirs}/edit")).await;
    browser
        .find_text("h1", "Zoe Member's review of MathQuest")
        .await;
    browser
        .find_text("[role=status]", "as staff, you can change or delete it")
        .await;
    assert!(
        !browser.texts("h1").await.iter().any(|t| t.contains("Your")),
        "not called Sam's own"
    );
    // Staff choose the organization a review is for.
    browser
        .find_text(
            "select[name=organization] option:checked",
            "Riverside Unified",
        )
        .await;
    browser.close().await;
}

#[tokio::test]
async fn one_submit_shows_every_field_problem_and_focus_moves_to_the_first() {
    let app = spawn_app().await;
    let riverside = organization(&app, "Riverside Unified").await;
    member(&app, "mia", "Mia", Some(riverside)).await;
    let d = domain(&app, "Assessment").await;
    let p = product(&app, "MathQuest", d, None).await;
    usage_type(&app, "District-wide").await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("mia", GOOD_PASSWORD).await;

    // An empty review: the rating AND the usage type, at once.
    browser.goto(&format!("/reviews/new?product={p}")).await;
    browser.find("select[name=usage_type]").await;
    browser.click_text("button", "Add review").await;
    browser.find_text("p.error", "Choose a rating.").await;
    browser
        .find_text("p.error", "This field is required.")
        .await;
    let focused = browser.focused().await;
    assert!(
        focused.starts_with("select") && focused.ends_with("[usage_type]"),
        "focus on the first field in error: {focused}"
    );

    // A product with a taken name AND a bad address, at once.
    browser.goto("/products/new").await;
    browser.fill("input[name=name]", "mathquest").await;
    browser.select("select[name=domain]", "Assessment").await;
    browser.fill("input[name=url]", "not a url").await;
    browser.click_text("button", "Add product").await;
    browser
        .find_text("p.error", "product with this name already exists.")
        .await;
    browser.find_text("p.error", "Enter a valid URL.").await;
    let focused = browser.focused().await;
    assert!(focused.ends_with("[name]"), "focus on the name: {focused}");
    browser.close().await;
}
