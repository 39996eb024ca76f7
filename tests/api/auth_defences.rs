//! The defences a public web app needs: CSRF on cookie sessions, Origin on
//! sign-in, and the security headers on every response.

use serde_json::json;

use crate::auth_support::{body, create_user, Browser, GOOD_PASSWORD};
use crate::helpers::{migrated_database, spawn_app, spawn_app_on, test_config};

const CSP: &str = "default-src 'self'; img-src 'self' data: https://github.com https://avatars.githubusercontent.com; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

#[tokio::test]
async fn a_cookie_session_post_needs_our_origin_and_the_csrf_token() {
    let app = spawn_app().await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let browser = Browser::signed_in(&app, "ann", GOOD_PASSWORD).await;
    let url = app.url("/api/auth/token");

    let cross_site = browser
        .http
        .post(&url)
        .header("origin", "https://evil.example")
        .header("x-csrftoken", &browser.csrf)
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), 403);
    assert_eq!(
        body(cross_site).await,
        json!({ "detail": "CSRF Failed: Origin checking failed - the request came from another site." })
    );

    let no_token = browser
        .http
        .post(&url)
        .header("origin", &app.address)
        .send()
        .await
        .unwrap();
    assert_eq!(no_token.status(), 403);
    assert_eq!(
        body(no_token).await,
        json!({ "detail": "CSRF Failed: CSRF token missing." })
    );

    let wrong_token = browser
        .http
        .post(&url)
        .header("origin", &app.address)
        .header("x-csrftoken", "x".repeat(43))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong_token.status(), 403);
    assert_eq!(
        body(wrong_token).await,
        json!({ "detail": "CSRF Failed: CSRF token incorrect." })
    );

    let no_origin = browser
        .http
        .post(&url)
        .header("x-csrftoken", &browser.csrf)
        .send()
        .await
        .unwrap();
    assert_eq!(no_origin.status(), 403);
    assert_eq!(
        body(no_origin).await,
        json!({ "detail": "CSRF Failed: Origin checking failed - no Origin or Referer." })
    );

    let referer = browser
        .http
        .post(&url)
        .header("referer", format!("{}/settings", app.address))
        .header("x-csrftoken", &browser.csrf)
        .send()
        .await
        .unwrap();
    assert_eq!(
        referer.status(),
        201,
        "a same-site Referer stands in for Origin"
    );
    assert_eq!(body(referer).await["token"].as_str().unwrap().len(), 43);

    let accepted = browser.post("/api/auth/token", json!({})).await;
    assert_eq!(accepted.status(), 201);
    assert_eq!(body(accepted).await["token"].as_str().unwrap().len(), 43);
}

#[tokio::test]
async fn signing_in_from_another_sites_page_is_refused_but_no_origin_is_fine() {
    let app = spawn_app().await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let response = reqwest::Client::new()
        .post(app.url("/api/auth/login"))
        .header("origin", "https://evil.example")
        .json(&json!({ "username": "ann", "password": GOOD_PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    assert_eq!(
        body(response).await,
        json!({ "detail": "CSRF Failed: Origin checking failed - the request came from another site." })
    );
    let response = reqwest::Client::new()
        .post(app.url("/api/auth/password/reset"))
        .header("origin", "https://evil.example")
        .json(&json!({ "email": "ann@example.org" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    assert!(body(response).await["detail"]
        .as_str()
        .unwrap()
        .starts_with("CSRF Failed"));
    let response = reqwest::Client::new()
        .post(app.url("/api/auth/login"))
        .header("origin", &app.address)
        .json(&json!({ "username": "ann", "password": GOOD_PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(body(response).await["user"]["username"], "ann");
}

fn assert_security_headers(response: &reqwest::Response, hsts: bool) {
    let headers = response.headers();
    assert_eq!(headers["content-security-policy"], CSP);
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["referrer-policy"], "same-origin");
    assert_eq!(headers["x-frame-options"], "DENY");
    assert_eq!(headers.contains_key("strict-transport-security"), hsts);
}

#[tokio::test]
async fn every_response_carries_the_security_headers_json_errors_and_the_web_app_alike() {
    let app = spawn_app().await;
    let json_response = app.get("/api/auth/setup").await;
    assert_eq!(json_response.status(), 200);
    assert_security_headers(&json_response, false);
    assert_eq!(body(json_response).await, json!({ "needed": true }));

    let error = app.get("/api/me/").await;
    assert_eq!(error.status(), 401);
    assert_security_headers(&error, false);

    let index = app.get("/").await;
    assert_eq!(index.status(), 200);
    assert_security_headers(&index, false);
    let html = index.text().await.unwrap();
    assert!(
        html.contains("<div") || html.contains("<script"),
        "index.html"
    );
    assert!(
        !html.contains("<script>") && !html.contains("<script type=\"module\">"),
        "the build has no inline script, which the CSP would block"
    );
}

#[tokio::test]
async fn hsts_is_sent_only_over_https_behind_a_trusted_proxy() {
    let app = spawn_app_on(
        migrated_database().await,
        test_config(&[("TRUST_PROXY", "1")]),
    )
    .await;
    let over_https = reqwest::Client::new()
        .get(app.url("/api/auth/setup"))
        .header("x-forwarded-proto", "https")
        .send()
        .await
        .unwrap();
    assert_security_headers(&over_https, true);
    assert_eq!(
        over_https.headers()["strict-transport-security"],
        "max-age=31536000"
    );
    assert_eq!(body(over_https).await, json!({ "needed": true }));

    let untrusted = spawn_app().await;
    let spoofed = reqwest::Client::new()
        .get(untrusted.url("/api/auth/setup"))
        .header("x-forwarded-proto", "https")
        .send()
        .await
        .unwrap();
    assert_security_headers(&spoofed, false);
    assert_eq!(body(spoofed).await, json!({ "needed": true }));
}

#[tokio::test]
async fn a_wrong_method_on_an_accounts_path_is_405_naming_the_allowed_ones() {
    let app = spawn_app().await;
    for (method, path, allow) in [
        (reqwest::Method::GET, "/api/auth/login", "POST"),
        (reqwest::Method::PUT, "/api/auth/token", "GET, POST, DELETE"),
        (reqwest::Method::DELETE, "/api/me/", "GET, PATCH"),
        (reqwest::Method::PATCH, "/api/auth/setup", "GET, POST"),
    ] {
        let response = app
            .http
            .request(method.clone(), app.url(path))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 405, "{method} {path}");
        assert_eq!(response.headers()["allow"], allow, "{method} {path}");
        assert_eq!(
            body(response).await,
            json!({ "detail": "Method not allowed." })
        );
    }
}
