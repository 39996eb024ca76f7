//! Pages as a whole in the browser: deep links and history, the API reference, a phone-sized screen.
//! (Moved from browser.rs; the driver and the shared scenario are in
//! `tests/api/browser/`.)

use serde_json::json;

use crate::browser::driver::Browser;
use crate::browser::scenario::{seed_catalog, set_up_ada, PASSWORD};
use crate::helpers::spawn_app;

#[tokio::test]
async fn deep_links_load_and_reload_and_the_back_button_walks_the_history() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let catalog = seed_catalog(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    let canvas = format!("/products/{}", catalog.canvas);
    browser.goto(&canvas).await;
    browser.find_text("h1", "Canvas").await;
    browser.reload().await;
    browser.find_text("h1", "Canvas").await;
    browser.find_text(".chip", "Learning Management").await;

    browser.goto("/").await;
    browser.find_text("h1", "Welcome to Mothra").await;
    browser.click_text("header nav a", "Products").await;
    browser
        .wait_location("/products", |l| l == "/products")
        .await;
    browser.click_text(".products a", "MathQuest").await;
    browser.find_text("h1", "MathQuest").await;
    browser.back().await;
    browser
        .wait_location("/products", |l| l == "/products")
        .await;
    browser.find_text("h1", "Products").await;
    browser.back().await;
    browser.wait_location("/", |l| l == "/").await;
    browser.find_text("h1", "Welcome to Mothra").await;
    browser.client.forward().await.expect("forward");
    browser
        .wait_location("/products", |l| l == "/products")
        .await;

    browser.goto("/no/such/page").await;
    browser.find_text("h1", "Page not found").await;
    browser.close().await;
}

#[tokio::test]
async fn the_api_reference_renders_the_openapi_document_searches_it_and_tries_a_call() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    seed_catalog(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    browser.click_text("header nav a", "API").await;
    browser.find_text("h1", "API reference").await;
    browser.find_text("main h2", "Schemas").await;
    let products_list = browser.find_text("button.op-head", "/api/products/").await;
    browser.fill("#api-search", "stats").await;
    browser.wait_gone("button.op-head", "/api/domains/").await;
    let stats = browser
        .find_text("button.op-head", "/api/products/{id}/stats/")
        .await;
    let _ = products_list;
    stats.click().await.expect("open the operation");
    browser.find_text(".op-body", "Responses").await;
    browser.click_text(".op-body summary", "Try it").await;
    browser.fill(".op-body input[id$='-path-id']", "1").await;
    browser.click_text(".op-body button", "Send GET").await;
    let result = browser
        .find_text(".result", "Status")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        result.contains("Status 200") && result.contains("\"nps\""),
        "{result}"
    );
    browser.close().await;
}

#[tokio::test]
async fn pages_fit_a_phone_screen_without_sideways_scrolling() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let catalog = seed_catalog(&app).await;
    let browser = Browser::open_sized(&app.address, 390, 844).await;
    browser.sign_in("ada", PASSWORD).await;

    let pages = [
        ("/".to_string(), "Welcome to Mothra"),
        ("/products".to_string(), "Products"),
        (format!("/products/{}", catalog.math_quest), "MathQuest"),
        ("/organizations".to_string(), "Organizations"),
        ("/members".to_string(), "Members"),
        ("/account".to_string(), "Your account"),
        ("/reviews/new".to_string(), "Add a review"),
        ("/staff/reference/subjects".to_string(), "Subjects"),
    ];
    for (path, heading) in pages {
        browser.goto(&path).await;
        browser.find_text("h1", heading).await;
        let overflow = browser
            .client
            .execute(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
                vec![],
            )
            .await
            .expect("measure");
        assert_eq!(
            overflow,
            json!(0),
            "{path} scrolls sideways by {overflow}px"
        );
    }
    browser.close().await;
}
