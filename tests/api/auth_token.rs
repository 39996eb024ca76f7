//! API tokens: shown once, stored as a hash, rotated, revoked, and dead as
//! soon as their member is deactivated.

use reqwest::Method;
use serde_json::json;

use crate::auth_support::{
    body, create_user, deactivate_as_staff, with_token, Browser, GOOD_PASSWORD,
};
use crate::helpers::spawn_app;

#[tokio::test]
async fn a_new_token_is_shown_once_stored_as_a_hash_and_signs_requests_in() {
    let app = spawn_app().await;
    let id = create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let browser = Browser::signed_in(&app, "ann", GOOD_PASSWORD).await;

    let response = browser.get("/api/auth/token").await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        body(response).await,
        json!({ "exists": false, "created": null, "last_used": null })
    );

    let response = browser.post("/api/auth/token", json!({})).await;
    assert_eq!(response.status(), 201);
    let created = body(response).await;
    let key = created["token"].as_str().unwrap().to_owned();
    assert_eq!(key.len(), 43);
    assert!(created["created"].is_string());

    let stored: Vec<u8> = app
        .db
        .client
        .query_one("select key_hash from api_tokens where user_id = $1", &[&id])
        .await
        .unwrap()
        .get(0);
    assert_eq!(stored.len(), 32, "an HMAC-SHA256, not the key");
    assert_ne!(stored, key.as_bytes());

    for scheme in ["Token", "Bearer"] {
        let response = reqwest::Client::new()
            .get(app.url("/api/me/"))
            .header("authorization", format!("{scheme} {key}"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{scheme}");
        assert_eq!(body(response).await["user"]["username"], "ann");
    }

    let info = body(browser.get("/api/auth/token").await).await;
    assert_eq!(info["exists"], true);
    assert_eq!(info["created"], created["created"]);
    assert!(info["last_used"].is_string(), "use is recorded");
    assert!(info.get("token").is_none(), "the key is never shown again");
}

#[tokio::test]
async fn rotating_the_token_stops_the_old_key_at_once() {
    let app = spawn_app().await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let browser = Browser::signed_in(&app, "ann", GOOD_PASSWORD).await;
    let old = body(browser.post("/api/auth/token", json!({})).await).await["token"]
        .as_str()
        .unwrap()
        .to_owned();
    // Rotating with the token itself: no CSRF needed without a cookie.
    let response = with_token(&app, Method::POST, "/api/auth/token", &old).await;
    assert_eq!(response.status(), 201);
    let new = body(response).await["token"].as_str().unwrap().to_owned();
    assert_ne!(new, old);

    let response = with_token(&app, Method::GET, "/api/me/", &old).await;
    assert_eq!(response.status(), 401);
    assert_eq!(response.headers()["www-authenticate"], "Token");
    assert_eq!(body(response).await, json!({ "detail": "Invalid token." }));
    assert_eq!(
        with_token(&app, Method::GET, "/api/me/", &new)
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn revoking_the_token_is_204_and_the_key_stops_working() {
    let app = spawn_app().await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let browser = Browser::signed_in(&app, "ann", GOOD_PASSWORD).await;
    let key = body(browser.post("/api/auth/token", json!({})).await).await["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let response = browser.send(Method::DELETE, "/api/auth/token", None).await;
    assert_eq!(response.status(), 204);
    assert_eq!(response.text().await.unwrap(), "");
    let response = with_token(&app, Method::GET, "/api/me/", &key).await;
    assert_eq!(response.status(), 401);
    assert_eq!(body(response).await, json!({ "detail": "Invalid token." }));
    assert_eq!(
        body(browser.get("/api/auth/token").await).await,
        json!({ "exists": false, "created": null, "last_used": null })
    );
}

#[tokio::test]
async fn a_deactivated_members_token_stops_at_once() {
    let app = spawn_app().await;
    let id = create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let browser = Browser::signed_in(&app, "ann", GOOD_PASSWORD).await;
    let key = body(browser.post("/api/auth/token", json!({})).await).await["token"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        with_token(&app, Method::GET, "/api/me/", &key)
            .await
            .status(),
        200
    );
    deactivate_as_staff(&app, id).await;
    let response = with_token(&app, Method::GET, "/api/me/", &key).await;
    assert_eq!(response.status(), 401);
    assert_eq!(body(response).await, json!({ "detail": "Invalid token." }));
}

#[tokio::test]
async fn a_malformed_authorization_header_is_401() {
    let app = spawn_app().await;
    let response = reqwest::Client::new()
        .get(app.url("/api/me/"))
        .header("authorization", "Basic YW5uOnB3")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
    assert_eq!(
        body(response).await,
        json!({ "detail": "Invalid token header. Use `Authorization: Token <key>`." })
    );
}
