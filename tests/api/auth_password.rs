//! Password rules (each with its message) and changing one's password.

use reqwest::Method;
use serde_json::json;

use crate::auth_support::{body, create_user, with_token, Browser, GOOD_PASSWORD};
use crate::helpers::spawn_app;

#[test]
fn each_password_rule_says_what_failed() {
    use mothra::auth::password::problems;
    let check = |password: &str| problems(password, "wrenfield", "wrenfield.smith@example.org");
    assert_eq!(
        check("short-1"),
        vec!["This password is too short. It must contain at least 10 characters."]
    );
    assert_eq!(
        check("73948261057"),
        vec!["This password is entirely numeric."]
    );
    assert_eq!(check("Password123!"), vec!["This password is too common."]);
    assert_eq!(check("qwertyuiop"), vec!["This password is too common."]);
    assert_eq!(
        check("wrenfield99"),
        vec![
            "The password is too similar to the username.",
            "The password is too similar to the email address."
        ]
    );
    assert_eq!(
        problems("smith.annabel", "zed", "annabel.smith@example.org"),
        vec!["The password is too similar to the email address."]
    );
    assert_eq!(
        check(&"x".repeat(129)),
        vec!["This password is too long. It must contain at most 128 characters."]
    );
    assert_eq!(
        check("1234"),
        vec![
            "This password is too short. It must contain at least 10 characters.",
            "This password is entirely numeric.",
            "This password is too common.",
        ]
    );
    assert!(check(GOOD_PASSWORD).is_empty());
}

#[tokio::test]
async fn changing_the_password_keeps_this_session_and_ends_the_others() {
    let app = spawn_app().await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let here = Browser::signed_in(&app, "ann", GOOD_PASSWORD).await;
    let there = Browser::signed_in(&app, "ann", GOOD_PASSWORD).await;
    let response = here
        .post(
            "/api/auth/password/change",
            json!({ "old_password": GOOD_PASSWORD, "new_password": "marmot-quarry-velvet" }),
        )
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        body(response).await,
        json!({ "detail": "Your password has been changed. Your other sessions have been signed out." })
    );
    assert_eq!(here.get("/api/me/").await.status(), 200);
    assert_eq!(there.get("/api/me/").await.status(), 401);
    let mut fresh = Browser::new(&app);
    assert_eq!(fresh.login("ann", GOOD_PASSWORD).await.status(), 400);
    assert_eq!(
        fresh.login("ann", "marmot-quarry-velvet").await.status(),
        200
    );
}

#[tokio::test]
async fn a_wrong_old_password_or_a_weak_new_one_is_400_naming_the_field() {
    let app = spawn_app().await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let browser = Browser::signed_in(&app, "ann", GOOD_PASSWORD).await;
    let response = browser
        .post(
            "/api/auth/password/change",
            json!({ "old_password": "not-my-password", "new_password": "marmot-quarry-velvet" }),
        )
        .await;
    assert_eq!(response.status(), 400);
    assert_eq!(
        body(response).await,
        json!({ "old_password": ["Your old password was entered incorrectly. Please enter it again."] })
    );
    let response = browser
        .post(
            "/api/auth/password/change",
            json!({ "old_password": GOOD_PASSWORD, "new_password": "password2024" }),
        )
        .await;
    assert_eq!(response.status(), 400);
    assert_eq!(
        body(response).await,
        json!({ "new_password": ["This password is too common."] })
    );
    let response = browser.post("/api/auth/password/change", json!({})).await;
    assert_eq!(response.status(), 400);
    assert_eq!(
        body(response).await,
        json!({ "old_password": ["This field is required."], "new_password": ["This field is required."] })
    );
}

#[tokio::test]
async fn with_a_token_the_password_changes_and_every_session_ends() {
    let app = spawn_app().await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let browser = Browser::signed_in(&app, "ann", GOOD_PASSWORD).await;
    let key = browser.new_token().await;
    let response = reqwest::Client::new()
        .post(app.url("/api/auth/password/change"))
        .header("authorization", format!("Token {key}"))
        .json(&json!({ "old_password": GOOD_PASSWORD, "new_password": "marmot-quarry-velvet" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(body(response).await["detail"].is_string());
    assert_eq!(browser.get("/api/me/").await.status(), 401);
    assert_eq!(
        with_token(&app, Method::GET, "/api/me/", &key)
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn changing_the_password_in_a_session_ends_the_api_token() {
    let app = spawn_app().await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let browser = Browser::signed_in(&app, "ann", GOOD_PASSWORD).await;
    let key = browser.new_token().await;
    assert_eq!(
        with_token(&app, Method::GET, "/api/me/", &key)
            .await
            .status(),
        200
    );
    let response = browser
        .post(
            "/api/auth/password/change",
            json!({ "old_password": GOOD_PASSWORD, "new_password": "marmot-quarry-velvet" }),
        )
        .await;
    assert_eq!(response.status(), 200);
    let response = with_token(&app, Method::GET, "/api/me/", &key).await;
    assert_eq!(response.status(), 401, "the old key has ended");
    assert_eq!(body(response).await, json!({ "detail": "Invalid token." }));
    assert_eq!(browser.get("/api/me/").await.status(), 200);
    let info = body(browser.get("/api/auth/token").await).await;
    assert_eq!(info["exists"], json!(false));
}
