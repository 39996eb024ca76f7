//! `mothra demo`'s data through the web app, as its ordinary member `demo`:
//! every main page shows the demo's organizations, products and reviews.
//! With `MOTHRA_SCREENSHOTS=1` this is also what retakes the README's
//! screenshots, so they show what `mothra demo` gives a new user.

use crate::binary;
use crate::browser::driver::Browser;
use crate::helpers::{migrated_database, spawn_app_on, test_config, url_for};

/// Loads `mothra demo --scale 1` (the default) into a new database and
/// serves it.
pub async fn demo_app() -> crate::helpers::TestApp {
    let db = migrated_database().await;
    let output = binary::mothra_on(&url_for(&db.name).await)
        .args(["demo", "--scale", "1"])
        .output()
        .expect("mothra demo runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    spawn_app_on(db, test_config(&[])).await
}

#[tokio::test]
async fn the_demo_member_finds_the_demo_data_on_every_main_page() {
    let app = demo_app().await;
    let one = |sql: &'static str| {
        let client = &app.db.client;
        async move { client.query_one(sql, &[]).await.expect(sql) }
    };
    let demo = one(
        "select p.id, o.name, u.first_name from users u join profiles p on p.user_id = u.id \
         join organizations o on o.id = p.organization_id where u.username = 'demo'",
    )
    .await;
    let (profile, organization, first_name): (i64, String, String) =
        (demo.get(0), demo.get(1), demo.get(2));
    let popular = one(
        "select p.id, p.name from products p join usages u on u.product_id = p.id \
         group by p.id order by count(*) desc, p.id limit 1",
    )
    .await;
    let (popular, popular_name): (i64, String) = (popular.get(0), popular.get(1));
    let browser = Browser::open(&app.address).await;
    browser.sign_in("demo", "mothra-demo").await;

    browser.goto("/").await;
    browser
        .find_text("[aria-label=Figures]", "300\nOrganizations")
        .await;
    browser
        .find_text("[aria-label=Figures]", "1,500\nProducts")
        .await;
    browser.find_text("section", "Best rated").await;
    browser.find("article.review").await;
    browser.screenshot("home").await;

    browser.goto("/products").await;
    browser.find_text(".count", "1,500 products").await;
    browser.screenshot("products").await;

    browser.goto(&format!("/products/{popular}")).await;
    browser.find_text("h1", &popular_name).await;
    browser.find_text(".nps", "NPS").await;
    browser.find("article.review").await;
    browser.screenshot("product").await;

    browser
        .goto(&format!("/reviews/new?product={popular}"))
        .await;
    browser
        .wait_value("input[name=organization]", &organization)
        .await;
    browser
        .select("select[name=usage_type]", "District-wide")
        .await;
    browser.click_text("label.option", "Happy").await;
    browser
        .fill(
            "textarea[name=review]",
            "Rostering through OneRoster took an afternoon; the reports are what our principals open first.",
        )
        .await;
    browser
        .eval(
            "const card = document.querySelector('.review-form').closest('.card'); \
             window.scrollTo(0, card.getBoundingClientRect().top + window.scrollY - 16);",
        )
        .await;
    browser.screenshot_here("review-form").await;

    browser.goto(&format!("/members/{profile}")).await;
    browser.find_text("h1", &first_name).await;
    browser.find("a[href$='/edit']").await;
    browser.screenshot("member").await;
    browser.close().await;
}
