//! Where organizations moved (issue 13, item 3), in headless Chromium, as
//! `dora`, an ordinary member (not staff): she marks her own review of
//! Quill "no longer used", chooses Abacus as what replaced it with the
//! form's product search, and sees the move on both products' pages and in
//! the domain's largest moves; on a dropped product's page, each review
//! card names what replaced it (one request for every card's name) and
//! links there. Then the same views over `mothra demo`'s
//! data: with `MOTHRA_SCREENSHOTS=1` that test saves
//! docs/screenshots/moves.png and largest-moves.png for the README.

use crate::browser::driver::Browser;
use crate::browser::scenario::single_id;
use crate::helpers::{insert_member, spawn_app, TestApp};

const PASSWORD: &str = "correct-horse-battery-staple-42";

/// Springfield's Quill, Abacus and Beacon (Assessment): dora (an ordinary
/// member, signed in with [`PASSWORD`]) reviewed Quill; her colleague eve
/// left Beacon for Quill.
struct Scene {
    app: TestApp,
    assessment: i64,
    quill: i64,
    abacus: i64,
    beacon: i64,
    springfield: i64,
    pilot: i64,
    /// Dora's review of Quill.
    review: i64,
}

async fn scene() -> Scene {
    let app = spawn_app().await;
    let db = &app.db.client;
    let one = |sql: &'static str| single_id(&app, sql);
    let assessment =
        one("insert into domains (name, color) values ('Assessment', '#2563eb') returning id")
            .await;
    let pilot = one("insert into usage_types (name) values ('Pilot') returning id").await;
    let springfield = one("insert into organizations (name, size, org_type_id) \
         select 'Springfield', 12, min(id) from org_types returning id")
    .await;
    let mut products = Vec::new();
    for name in ["Quill", "Abacus", "Beacon"] {
        products.push(
            db.query_one(
                "insert into products (name, domain_id) values ($1, $2) returning id",
                &[&name, &assessment],
            )
            .await
            .expect("product")
            .get::<_, i64>(0),
        );
    }
    let (quill, abacus, beacon) = (products[0], products[1], products[2]);
    let dora = insert_member(db, "dora", false, Some(springfield)).await;
    let hash = mothra::auth::password::hash_here(PASSWORD).expect("hash");
    db.execute(
        "update users set password_hash = $1 where id = $2",
        &[&hash, &dora.user_id],
    )
    .await
    .expect("dora's password");
    let review: i64 = db
        .query_one(
            "insert into usages (product_id, organization_id, reviewer_id, usage_type_id, rating, review) \
             values ($1, $2, $3, $4, 2, 'Slow to grade.') returning id",
            &[&quill, &springfield, &dora.profile_id, &pilot],
        )
        .await
        .expect("dora's review")
        .get(0);
    // A colleague left Beacon for Quill.
    let colleague = insert_member(db, "eve", false, Some(springfield)).await;
    db.execute(
        "insert into usages (product_id, organization_id, reviewer_id, usage_type_id, rating, \
         is_deprecated, when_deprecated, replaced_by) values ($1, $2, $3, $4, 3, true, '2025-02-14', $5)",
        &[&beacon, &springfield, &colleague.profile_id, &pilot, &quill],
    )
    .await
    .expect("eve's review");

    Scene {
        app,
        assessment,
        quill,
        abacus,
        beacon,
        springfield,
        pilot,
        review,
    }
}

#[tokio::test]
async fn a_member_names_what_replaced_her_product_and_sees_the_move_on_both_pages() {
    let s = scene().await;
    let (app, db) = (&s.app, &s.app.db.client);
    let (quill, abacus, review, assessment) = (s.quill, s.abacus, s.review, s.assessment);
    let browser = Browser::open(&app.address).await;
    browser.sign_in("dora", PASSWORD).await;

    // Before: Quill's page knows only Eve's move to it.
    browser.goto(&format!("/products/{quill}")).await;
    browser
        .find_text("section", "No review names a product that replaced it.")
        .await;
    browser.find_text("ul.moves li", "Beacon").await;

    // Her review: no longer used, replaced by Abacus (found by search).
    browser.goto(&format!("/reviews/{review}/edit")).await;
    browser.click("input[name=is_deprecated]").await;
    browser.fill("input[name=replaced_by]", "Aba").await;
    browser.click("button[aria-label='Choose Abacus']").await;
    browser
        .wait_value("input[name=replaced_by]", "Abacus")
        .await;
    browser.click_text("button", "Save review").await;
    browser
        .wait_location("Quill's page", |l| l == format!("/products/{quill}"))
        .await;
    let stored: Option<i64> = db
        .query_one("select replaced_by from usages where id = $1", &[&review])
        .await
        .expect("her review")
        .get(0);
    assert_eq!(stored, Some(abacus));

    // Quill's page: moved from here to Abacus, and here from Beacon.
    let to = browser
        .find_text(".card", "Moved from Quill to")
        .await
        .text()
        .await
        .expect("text");
    assert!(to.contains("Abacus") && to.contains("1 review"), "{to}");
    browser
        .find(&format!(
            "ul.moves a[href='/compare?products={quill},{abacus}']"
        ))
        .await;

    // Abacus's page: moved here from Quill; one click to Quill.
    browser.goto(&format!("/products/{abacus}")).await;
    let from = browser
        .find_text(".card", "moved to Abacus from")
        .await
        .text()
        .await
        .expect("text");
    assert!(
        from.contains("Quill") && from.contains("1 review"),
        "{from}"
    );

    // The domain's largest moves, from the product page.
    browser
        .click_text("a", "The largest moves in this domain")
        .await;
    browser
        .wait_location("the domain's moves", |l| {
            l == format!("/moves?domain={assessment}")
        })
        .await;
    browser
        .find_text(".count", "2 moves between products")
        .await;
    let row = browser
        .find_text("table.moves tbody tr", "Abacus")
        .await
        .text()
        .await
        .expect("text");
    assert!(row.contains("Quill"), "{row}");
    browser.close().await;
}

#[tokio::test]
async fn a_member_sees_what_replaced_a_dropped_product_on_its_review_cards_and_follows_it() {
    let s = scene().await;
    let db = &s.app.db.client;
    // A second colleague left Beacon too, for Abacus: two cards, two names.
    let fay = insert_member(db, "fay", false, Some(s.springfield)).await;
    db.execute(
        "insert into usages (product_id, organization_id, reviewer_id, usage_type_id, rating, \
         is_deprecated, replaced_by) values ($1, $2, $3, $4, 2, true, $5)",
        &[
            &s.beacon,
            &s.springfield,
            &fay.profile_id,
            &s.pilot,
            &s.abacus,
        ],
    )
    .await
    .expect("fay's review");
    let browser = Browser::open(&s.app.address).await;
    browser.sign_in("dora", PASSWORD).await;

    browser.goto(&format!("/products/{}", s.beacon)).await;
    browser
        .find_text("article.review", "Replaced by Abacus")
        .await;
    let eve = browser
        .find_text("article.review", "Replaced by Quill")
        .await
        .text()
        .await
        .expect("text");
    assert!(eve.contains("No longer used"), "{eve}");
    // Both names came in one request, not one per card.
    let asked: Vec<String> = browser
        .api_requests()
        .await
        .into_iter()
        .filter(|r| r.starts_with("/api/products/?") && r.contains("id__in"))
        .collect();
    assert_eq!(asked.len(), 1, "{asked:?}");

    browser
        .click_text("article.review .replaced a", "Quill")
        .await;
    let quill = s.quill;
    browser
        .wait_location("Quill's page", |l| l == format!("/products/{quill}"))
        .await;
    browser.find_text("h1", "Quill").await;
    browser.close().await;
}

#[tokio::test]
async fn the_demo_data_shows_where_organizations_moved() {
    let app = crate::browser_demo::demo_app().await;
    // The product most reviews moved to.
    let top: i64 = app
        .db
        .client
        .query_one(
            "select replaced_by from usages where replaced_by is not null \
             group by replaced_by order by count(*) desc, replaced_by limit 1",
            &[],
        )
        .await
        .expect("the demo names replacements")
        .get(0);
    let browser = Browser::open(&app.address).await;
    browser.sign_in("demo", "mothra-demo").await;

    browser.goto(&format!("/products/{top}")).await;
    browser.find("ul.moves li").await;
    browser
        .eval("document.getElementById('moves-title').scrollIntoView(); return true;")
        .await;
    browser.screenshot_here("moves").await;

    browser.goto("/moves").await;
    browser.find("table.moves tbody tr").await;
    browser.screenshot("largest-moves").await;
    browser.close().await;
}
