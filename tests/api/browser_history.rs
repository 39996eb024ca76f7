//! What changed, through the web app in headless Chromium (issue 13, item
//! 5): an ordinary member edits their own review and finds the change in
//! its History view, recorded once, as theirs; the product and
//! organization pages have their History too. With `MOTHRA_SCREENSHOTS=1`
//! the demo's history is photographed for the README
//! (docs/screenshots/history.png).

use crate::browser::driver::Browser;
use crate::helpers::{insert_member, spawn_app};

const PASSWORD: &str = "correct-horse-battery-staple-42";

#[tokio::test]
async fn a_member_edits_their_review_and_sees_the_change_in_its_history() {
    let app = spawn_app().await;
    let db = &app.db.client;
    let one = |sql: String| async move {
        db.query_one(sql.as_str(), &[])
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
            .get::<_, i64>(0)
    };
    let domain = one("insert into domains (name) values ('Assessment') returning id".into()).await;
    let pilot = one("insert into usage_types (name) values ('Pilot') returning id".into()).await;
    let product = one(format!(
        "insert into products (name, domain_id) values ('Gradebook Pro', {domain}) returning id"
    ))
    .await;
    let org = one(
        "insert into organizations (name, org_type_id) select 'Springfield', min(id) from org_types returning id"
            .into(),
    )
    .await;
    let dora = insert_member(db, "dora", false, Some(org)).await;
    let hash = mothra::auth::password::hash_here(PASSWORD).expect("hash");
    db.execute(
        "update users set password_hash = $1 where id = $2",
        &[&hash, &dora.user_id],
    )
    .await
    .expect("dora's password");
    let review = one(format!(
        "insert into usages (product_id, organization_id, reviewer_id, usage_type_id, rating, review) \
         values ({product}, {org}, {}, {pilot}, 3, 'Slow to load.') returning id",
        dora.profile_id
    ))
    .await;

    let browser = Browser::open(&app.address).await;
    browser.sign_in("dora", PASSWORD).await;
    browser.goto(&format!("/reviews/{review}/edit")).await;
    // Before the edit: only its creation, made outside the app.
    browser
        .find_text("ol.history li", "Someone outside the app created it")
        .await;
    browser
        .wait_value("textarea[name=review]", "Slow to load.")
        .await;
    browser
        .fill("textarea[name=review]", "Fast since the spring update.")
        .await;
    browser.click_text("button", "Save review").await;
    browser
        .wait_location("the product page", |l| {
            l.starts_with(&format!("/products/{product}"))
        })
        .await;

    browser.goto(&format!("/reviews/{review}/edit")).await;
    let entry = browser
        .find_text("ol.history li", "changed review")
        .await
        .text()
        .await
        .expect("text");
    assert!(entry.starts_with("dora changed review"), "{entry}");
    assert!(
        entry.contains("from “Slow to load.” to “Fast since the spring update.”"),
        "{entry}"
    );
    let entries = browser.texts("ol.history li").await;
    assert_eq!(entries.len(), 2, "{entries:?}");

    // Recorded exactly once, as Dora's.
    let rows = db
        .query(
            "select field, actor_id from change_history where table_name = 'usages' and record_id = $1 \
             and action = 'updated'",
            &[&review],
        )
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].get::<_, String>(0), "review");
    assert_eq!(rows[0].get::<_, Option<i64>>(1), Some(dora.user_id));

    // The product and organization pages have their History too.
    browser.goto(&format!("/products/{product}")).await;
    browser.find_text("h2", "History").await;
    browser
        .find_text("ol.history li", "Someone outside the app created it")
        .await;
    browser.goto(&format!("/organizations/{org}")).await;
    browser
        .find_text("ol.history li", "Someone outside the app created it")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn the_demo_data_has_an_edit_history_to_show() {
    let app = crate::browser_demo::demo_app().await;
    let db = &app.db.client;
    // The demo member's review they reworded twice.
    let review: i64 = db
        .query_one(
            "select h.record_id from change_history h join users u on u.id = h.actor_id \
             where u.username = 'demo' and h.table_name = 'usages' \
             group by h.record_id order by count(*) desc, h.record_id limit 1",
            &[],
        )
        .await
        .expect("the demo member's edits")
        .get(0);
    let edits: i64 = db
        .query_one("select count(*) from change_history", &[])
        .await
        .unwrap()
        .get(0);
    assert!((20..=60).contains(&edits), "a few dozen edits: {edits}");

    let browser = Browser::open(&app.address).await;
    browser.sign_in("demo", "mothra-demo").await;
    browser.goto(&format!("/reviews/{review}/edit")).await;
    browser
        .find_text("ol.history li", "demo changed review")
        .await;
    assert_eq!(browser.texts("ol.history li").await.len(), 2);
    browser
        .eval("document.getElementById('history-title').scrollIntoView(); return true;")
        .await;
    browser.screenshot_here("history").await;
    browser.close().await;
}
