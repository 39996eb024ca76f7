//! The home page and the members page in the browser: counts, rankings and charts of what members reviewed, members found by name.
//! (Moved from browser.rs; the driver and the shared scenario are in
//! `tests/api/browser/`.)

use crate::browser::driver::Browser;
use crate::browser::scenario::{add_member, seed_catalog, set_up_ada, PASSWORD};
use crate::helpers::spawn_app;

#[tokio::test]
async fn the_home_page_counts_ranks_and_charts_what_members_reviewed_and_member_pages_list_it() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let catalog = seed_catalog(&app).await;
    let db = &app.db.client;
    let ada: i64 = db
        .query_one(
            "select p.id from profiles p join users u on u.id = p.user_id where u.username = 'ada'",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    let grace = add_member(&app, "grace", "Grace", "Hopper", catalog.riverside).await;
    let alan = add_member(&app, "alan", "Alan", "Turing", catalog.riverside).await;
    let review = |product: i64, reviewer: i64, rating: i16, text: &'static str| async move {
        db.execute(
            "insert into usages (product_id, organization_id, reviewer_id, usage_type_id, how_push_id, how_pull_id, rating, review) \
             select $1, $2, $3, (select id from usage_types limit 1), d.id, d.id, $4, $5 from data_interfaces d limit 1",
            &[&product, &catalog.riverside, &reviewer, &rating, &text],
        )
        .await
        .expect("insert review");
    };
    review(
        catalog.math_quest,
        ada,
        5,
        "The weekly diagnostics save our teachers hours.",
    )
    .await;
    review(
        catalog.math_quest,
        grace,
        5,
        "Rostering through OneRoster just works.",
    )
    .await;
    review(
        catalog.math_quest,
        alan,
        4,
        "Good, though the reports could be clearer.",
    )
    .await;
    review(
        catalog.canvas,
        ada,
        3,
        "Fine, but grade sync breaks every term.",
    )
    .await;
    review(
        catalog.canvas,
        grace,
        2,
        "Too many clicks for simple things.",
    )
    .await;
    review(catalog.canvas, alan, 1, "We are moving away from it.").await;
    // Two reviews only: the best NPS, but not ranked (3 reviews at least).
    review(catalog.quizzly, ada, 5, "Quick to set up.").await;
    review(catalog.quizzly, alan, 5, "The students like it.").await;

    // As an ordinary member (Grace is not staff), with Ada's password.
    db.execute(
        "update users set password_hash = (select password_hash from users where username = 'ada') \
         where username = 'grace'",
        &[],
    )
    .await
    .expect("grace's password");
    let browser = Browser::open(&app.address).await;
    browser.sign_in("grace", PASSWORD).await;
    browser.goto("/").await;
    let figures = browser
        .find_text("[aria-label=Figures]", "8\nReviews")
        .await;
    let text = figures.text().await.unwrap();
    for expected in [
        "1\nOrganizations",
        "3\nMembers",
        "3\nProducts",
        "8\nReviews",
    ] {
        assert!(text.contains(expected), "{expected:?} in {text:?}");
    }
    let best = browser
        .find_text("section", "Best rated\nMathQuest")
        .await
        .text()
        .await
        .unwrap();
    assert!(best.contains("MathQuest") && best.contains("66"), "{best}");
    let worst = browser
        .find_text("section", "Worst rated\nCanvas")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        worst.starts_with("Worst rated\nCanvas") && worst.contains("-100"),
        "{worst}"
    );
    assert!(
        !best.contains("Quizzly") && !worst.contains("Quizzly"),
        "{best}\n{worst}"
    );
    // The server ranks them: the review count is filtered and the NPS
    // ordered there, one page of five each, not client-side.
    let requests = browser.api_requests().await;
    for ranking in [
        "/api/products/?review_count__gte=3&page_size=5&ordering=-nps",
        "/api/products/?review_count__gte=3&page_size=5&ordering=nps",
    ] {
        assert!(
            requests.iter().any(|r| r == ranking),
            "{ranking} in {requests:?}"
        );
    }
    browser
        .find_text("figure svg text.label", "Assessment")
        .await;
    browser.find_text("figure svg text.value", "2").await;
    browser
        .find_text("article.review", "We are moving away from it.")
        .await;

    // Each bar of the chart opens the products of its domain.
    browser
        .click(&format!(
            "figure svg a[href='/products?domain={}']",
            catalog.assessment
        ))
        .await;
    browser
        .wait_location("the Assessment products", |l| {
            l == format!("/products?domain={}", catalog.assessment)
        })
        .await;
    browser.find_text(".count", "2 products match").await;

    browser.goto(&format!("/members/{grace}")).await;
    browser.find_text("h1", "Grace Hopper").await;
    browser
        .find_text("a[href^=mailto]", "grace@example.org")
        .await;
    browser.find_text(".list", "MathQuest").await;
    browser.find_text(".list", "Canvas").await;
    browser.fill("#reviewed-search", "math").await;
    browser.wait_gone(".list", "Canvas").await;
    browser.find_text(".list", "MathQuest").await;
    browser
        .wait_location("?search=math", |l| l.ends_with("?search=math"))
        .await;
    browser.fill("#reviewed-search", "").await;
    browser.find_text(".list", "Canvas").await;

    // A product's figures over a cohort of organizations: Riverside is in no state.
    browser
        .goto(&format!("/products/{}", catalog.math_quest))
        .await;
    browser.find_text(".nps", "NPS 66").await;
    browser.select("#cohort-state", "in Oregon").await;
    browser
        .wait_location("?state=", |l| l.contains("?state="))
        .await;
    browser.find_text(".nps", "no reviews yet").await;
    browser.find_text(".empty", "No reviews yet").await;
    browser.select("#cohort-state", "in every state").await;
    browser.find_text(".nps", "NPS 66").await;
    browser.find_text("section", "Used by 1 organization").await;
    browser.close().await;
}

#[tokio::test]
async fn members_are_searchable_by_name_and_organization_and_the_rating_buttons_work_by_keyboard() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let catalog = seed_catalog(&app).await;
    let elsewhere: i64 = app
        .db
        .client
        .query_one(
            "insert into organizations (name, org_type_id) \
             select 'Lakeview Academy', id from org_types where name = 'Private School' returning id",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    add_member(&app, "grace", "Grace", "Hopper", catalog.riverside).await;
    add_member(&app, "alan", "Alan", "Turing", elsewhere).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    browser.click_text("header nav a", "Members").await;
    browser.find_text(".members", "Alan Turing").await;
    browser.find_text("main", "3 members").await;
    browser.fill("#member-search", "lakeview").await;
    browser.wait_gone(".members", "Grace Hopper").await;
    browser.find_text(".members", "Alan Turing").await;
    browser
        .wait_location("?search=lakeview", |l| l == "/members?search=lakeview")
        .await;
    browser.reload().await;
    browser.find_text(".members", "Alan Turing").await;
    browser.wait_gone(".members", "Ada Lovelace").await;
    browser.click_text(".members a", "Alan Turing").await;
    browser.find_text("h1", "Alan Turing").await;
    browser.find_text("dl", "Lakeview Academy").await;

    // The rating is a radio group: arrow keys move the choice.
    browser
        .goto(&format!("/reviews/new?product={}", catalog.math_quest))
        .await;
    browser
        .find_text("select[name=product] option:checked", "MathQuest")
        .await;
    browser
        .client
        .execute(
            "document.querySelector('fieldset.rating input[value=\"3\"]').focus();",
            vec![],
        )
        .await
        .expect("focus Neutral");
    let focused = browser.client.active_element().await.expect("focus");
    focused.send_keys("\u{E014}").await.expect("ArrowRight");
    browser.find_text("label.option.checked", "Happy").await;
    let focused = browser.client.active_element().await.expect("focus");
    focused.send_keys("\u{E014}").await.expect("ArrowRight");
    browser.find_text("label.option.checked", "Delighted").await;
    browser.close().await;
}
