//! `GET /api/auth/password/reset/check`: the page a reset or invitation
//! link opens asks whether the link still works before anyone types a
//! password, and the check itself changes nothing.

use serde_json::{json, Value};

use crate::auth_support::{create_user, GOOD_PASSWORD};
use crate::helpers::{spawn_app, test_config, TestApp};

/// Stores a link of `purpose` for `user` whose token the test knows.
async fn link_for(app: &TestApp, user: i64, purpose: mothra::db::accounts::LinkPurpose) -> String {
    let token = mothra::auth::keys::generate();
    let secret = test_config(&[]).secret_key;
    mothra::db::accounts::create_link(
        &app.db.client,
        user,
        purpose,
        &mothra::auth::keys::hash(&secret, &token),
        std::time::Duration::from_secs(3600),
    )
    .await
    .expect("a link");
    token
}

async fn check(app: &TestApp, query: &str) -> (u16, Value) {
    let response = app
        .get(&format!("/api/auth/password/reset/check{query}"))
        .await;
    let status = response.status().as_u16();
    (status, response.json().await.expect("a JSON body"))
}

#[tokio::test]
async fn checking_a_reset_link_says_whether_it_still_works_and_uses_nothing() {
    let app = spawn_app().await;
    let ann = create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let token = link_for(&app, ann, mothra::db::accounts::LinkPurpose::PasswordReset).await;

    let (status, body) = check(&app, &format!("?token={token}")).await;
    assert_eq!(
        (status, body),
        (200, json!({ "purpose": "password_reset" }))
    );
    // Asking twice changes nothing: the link still works.
    let (status, _) = check(&app, &format!("?token={token}")).await;
    assert_eq!(status, 200);

    let confirmed = reqwest::Client::new()
        .post(app.url("/api/auth/password/reset/confirm"))
        .json(&json!({ "token": token, "new_password": "marmot-quarry-velvet" }))
        .send()
        .await
        .expect("confirm");
    assert_eq!(confirmed.status(), 200);

    let (status, body) = check(&app, &format!("?token={token}")).await;
    assert_eq!(
        (status, body),
        (
            400,
            json!({ "token": ["This link has already been used. Ask for a new one."] })
        )
    );
}

#[tokio::test]
async fn checking_an_unknown_expired_or_missing_token_is_a_400_on_the_token() {
    let app = spawn_app().await;
    let grace = create_user(&app, "grace", GOOD_PASSWORD, false).await;
    let invitation = link_for(&app, grace, mothra::db::accounts::LinkPurpose::Invitation).await;
    let (status, body) = check(&app, &format!("?token={invitation}")).await;
    assert_eq!((status, body), (200, json!({ "purpose": "invitation" })));

    app.db
        .client
        .execute(
            "update one_time_links set expires_at = now() - interval '1 second'",
            &[],
        )
        .await
        .expect("the link expires");
    let (status, body) = check(&app, &format!("?token={invitation}")).await;
    assert_eq!(
        (status, body),
        (
            400,
            json!({ "token": ["This link has expired. Ask for a new one."] })
        )
    );

    let (status, body) = check(&app, &format!("?token={}", "A".repeat(43))).await;
    assert_eq!(
        (status, body),
        (
            400,
            json!({ "token": ["This link is invalid. Ask for a new one."] })
        )
    );
    let (status, body) = check(&app, "?token=not%20a%20key").await;
    assert_eq!(status, 400);
    assert_eq!(body["token"][0], "This link is invalid. Ask for a new one.");
    let (status, body) = check(&app, "").await;
    assert_eq!(status, 400);
    assert!(body["token"].is_array(), "{body}");

    // Only reading: a POST is refused with the methods allowed.
    let response = reqwest::Client::new()
        .post(app.url("/api/auth/password/reset/check"))
        .json(&json!({}))
        .send()
        .await
        .expect("post");
    assert_eq!(response.status(), 405);
    assert_eq!(
        response.headers()["allow"].to_str().unwrap_or_default(),
        "GET, HEAD"
    );
}
