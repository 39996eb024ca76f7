//! Products and their reviews in the browser: search and filters in the URL, adding a product, reviewing it.
//! (Moved from browser.rs; the driver and the shared scenario are in
//! `tests/api/browser/`.)

use crate::browser::driver::Browser;
use crate::browser::scenario::{seed_catalog, set_up_ada, PASSWORD};
use crate::helpers::spawn_app;

#[tokio::test]
async fn product_search_and_filters_live_in_the_url_survive_a_reload_and_the_back_button() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let catalog = seed_catalog(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    browser.goto("/products").await;
    browser.find_text(".products", "Canvas").await;
    browser.find_text(".count", "3 products").await;

    browser.fill("#product-search", "qu").await;
    browser
        .wait_location("?search=qu", |l| l == "/products?search=qu")
        .await;
    browser.find_text(".count", "2 products match").await;
    browser.wait_gone(".products", "Canvas").await;
    browser.find_text(".products", "MathQuest").await;
    browser.find_text(".products", "Quizzly").await;

    browser.select("#f-subject", "Math").await;
    let here = browser
        .wait_location("a subject filter", |l| l.contains("subject="))
        .await;
    assert!(here.contains("search=qu"), "{here}");
    browser.find_text(".count", "1 product matches").await;
    browser.wait_gone(".products", "Quizzly").await;

    browser.reload().await;
    browser.find_text(".count", "1 product matches").await;
    browser.find_text(".products", "MathQuest").await;
    assert_eq!(browser.value("#product-search").await, "qu");
    assert_eq!(
        browser
            .find_text("#f-subject option:checked", "Math")
            .await
            .text()
            .await
            .unwrap(),
        "Math"
    );

    browser.back().await;
    browser
        .wait_location("?search=qu", |l| l == "/products?search=qu")
        .await;
    browser.find_text(".count", "2 products match").await;
    browser.find_text(".products", "Quizzly").await;

    browser.select("#f-domain", "Learning Management").await;
    browser
        .wait_location("the domain filter", |l| {
            l.contains(&format!("domain={}", catalog.learning))
        })
        .await;
    browser.find_text(".empty", "No product matches").await;

    // Highest NPS first lists reviewed products only (no NPS would sort first).
    browser.goto("/products").await;
    browser.find_text(".count", "3 products").await;
    browser
        .select("#f-ordering", "NPS, highest first (reviewed only)")
        .await;
    browser
        .wait_location("?ordering=-nps", |l| l == "/products?ordering=-nps")
        .await;
    browser.find_text(".empty", "No product matches").await;
    let _ = (
        catalog.assessment,
        catalog.canvas,
        catalog.riverside,
        catalog.math_quest,
    );
    browser.close().await;
}

#[tokio::test]
async fn adding_a_product_shows_server_errors_beside_their_field_then_opens_the_new_product() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    seed_catalog(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    browser.goto("/products").await;
    browser.click_text("a", "Add a product").await;
    browser
        .wait_location("/products/new", |l| l == "/products/new")
        .await;
    browser.fill("input[name=name]", "Canvas").await;
    browser.select("select[name=domain]", "Assessment").await;
    browser.fill("input[name=url]", "not a link").await;
    browser.click_text("button", "Add product").await;

    // The API's messages appear next to the fields they concern.
    browser.find("input[name=url][aria-invalid=true]").await;
    browser
        .find_text("[role=alert]", "Please correct the errors below.")
        .await;
    browser
        .fill("input[name=url]", "https://labsim.example.com")
        .await;
    browser.click_text("button", "Add product").await;
    let name = browser.find("input[name=name][aria-invalid=true]").await;
    let described = name
        .attr("aria-describedby")
        .await
        .unwrap()
        .expect("described by its error");
    let error = browser
        .find(&format!("[id='{described}']"))
        .await
        .text()
        .await
        .unwrap();
    assert!(error.to_lowercase().contains("already exists"), "{error}");
    assert!(browser
        .client
        .find(fantoccini::Locator::Css(
            "input[name=url][aria-invalid=true]"
        ))
        .await
        .is_err());

    browser.fill("input[name=name]", "LabSim").await;
    browser
        .fill("input[name=url]", "https://labsim.example.com")
        .await;
    browser
        .fill("textarea[name=description]", "Virtual science labs.")
        .await;
    browser.click_text("button", "Add product").await;
    let here = browser
        .wait_location("the new product's page", |l| {
            l.starts_with("/products/") && l != "/products/new"
        })
        .await;
    browser.find_text("h1", "LabSim").await;
    browser.find_text(".nps", "no reviews yet").await;
    browser.find_text("a", "https://labsim.example.com").await;
    let id: i64 = here
        .trim_start_matches("/products/")
        .parse()
        .expect("an id in the URL");
    let row = app
        .db
        .client
        .query_one(
            "select name, description from products where id = $1",
            &[&id],
        )
        .await
        .expect("the product is stored");
    assert_eq!(row.get::<_, String>(0), "LabSim");
    assert_eq!(row.get::<_, String>(1), "Virtual science labs.");

    // Editing starts from the stored values and comes back to the product.
    browser.click_text("a", "Edit product").await;
    browser
        .wait_location("the edit page", |l| l.ends_with("/edit"))
        .await;
    browser
        .find_text("select[name=domain] option:checked", "Assessment")
        .await;
    assert_eq!(browser.value("input[name=name]").await, "LabSim");
    browser
        .fill(
            "textarea[name=description]",
            "Virtual science labs for grades 6-12.",
        )
        .await;
    browser.click_text("button", "Save").await;
    browser.wait_location("the product", |l| l == here).await;
    browser
        .find_text("p", "Virtual science labs for grades 6-12.")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn adding_editing_and_deleting_a_review_moves_the_products_nps() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let catalog = seed_catalog(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    browser
        .goto(&format!("/products/{}", catalog.math_quest))
        .await;
    browser.find_text("h1", "MathQuest").await;
    browser.find_text(".nps", "no reviews yet").await;

    browser.click_text("button", "Add your review").await;
    browser
        .find_text(
            "select[name=organization] option:checked",
            "Riverside Unified",
        )
        .await;
    browser
        .select("select[name=usage_type]", "District-wide")
        .await;
    browser.select("select[name=how_push]", "OneRoster").await;
    // Deprecation details only show once ticked.
    assert!(browser
        .client
        .find(fantoccini::Locator::Css("input[name=why_deprecated]"))
        .await
        .is_err());
    browser.click_text("label.option", "Delighted").await;
    browser
        .fill(
            "textarea[name=review]",
            "Our teachers love the weekly diagnostics.",
        )
        .await;
    browser.click_text("button", "Add review").await;

    browser.find_text(".nps", "NPS 100").await;
    let review = browser
        .find_text(
            "article.review",
            "Our teachers love the weekly diagnostics.",
        )
        .await;
    let text = review.text().await.unwrap();
    assert!(
        text.contains("Ada Lovelace")
            && text.contains("Riverside Unified")
            && text.contains("OneRoster"),
        "{text}"
    );
    browser
        .find("article.review svg[aria-label^='Delighted']")
        .await;

    browser
        .click_text("article.review button", "Edit your review")
        .await;
    browser.click_text("label.option", "Neutral").await;
    browser
        .click("article.review input[name=is_deprecated]")
        .await;
    browser
        .fill("input[name=why_deprecated]", "Moved to another tool")
        .await;
    browser.click_text("button", "Save review").await;
    browser.find_text(".nps", "NPS -100").await;
    browser
        .find_text("article.review", "No longer used: Moved to another tool")
        .await;
    browser
        .find("article.review svg[aria-label^='Neutral']")
        .await;

    browser.click_text("article.review button", "Delete").await;
    browser.click("dialog[open] button.primary").await;
    browser.find_text(".nps", "no reviews yet").await;
    browser.find_text("h2, p", "No reviews yet").await;
    let left: i64 = app
        .db
        .client
        .query_one("select count(*) from usages", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(left, 0);
    browser.close().await;
}
