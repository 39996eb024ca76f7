//! Members moved from the Django original (issue 21): they sign in with the
//! password hash Django made, which becomes Argon2id at their first
//! sign-in; a planted hash costs nothing; their DRF API tokens still work.

use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::json;

use crate::auth_support::{body, with_token, Browser, GOOD_PASSWORD};
use crate::helpers::{insert_member, spawn_app, test_config, TestApp};

const WRONG: &str = "Unable to sign in with the username or email and password provided.";

/// GOOD_PASSWORD as Django 5.2.20 hashed it with PBKDF2-SHA256 at Django
/// 3.2's 260,000 iterations: `PBKDF2PasswordHasher().encode(password,
/// hasher.salt(), 260000)`; `check_password` accepts it.
const DJANGO_HASH: &str =
    "pbkdf2_sha256$260000$5Jsthd72sMILs7O7pnpyYy$OqVCrkCJwOsqVmE1j3I7GyJ4MtW5uGf+1FQhNcvNK1g=";
/// The same, another salt.
const DJANGO_HASH_2: &str =
    "pbkdf2_sha256$260000$l6BIAjYCDXY3gnTAmULTuy$fBVOkEUPOf61u2SQp0uxYKHq+O1KjhaNcWURQNb6PAQ=";

/// An imported member: a profile, a token, and `hash` as password.
async fn imported(app: &TestApp, username: &str, staff: bool, hash: &str) -> i64 {
    let member = insert_member(&app.db.client, username, staff, None).await;
    app.db
        .client
        .execute(
            "update users set password_hash = $1 where id = $2",
            &[&hash, &member.user_id],
        )
        .await
        .expect("set the Django hash");
    member.user_id
}

async fn stored_hash(app: &TestApp, id: i64) -> String {
    app.db
        .client
        .query_one("select password_hash from users where id = $1", &[&id])
        .await
        .expect("the member")
        .get(0)
}

/// Signs in with `password` and asserts the one answer to wrong
/// credentials, within a few seconds whatever the hash asks for.
async fn refused_quickly(app: &TestApp, login: &str, password: &str) {
    let started = Instant::now();
    let response = Browser::new(app).login(login, password).await;
    let took = started.elapsed();
    assert_eq!(response.status(), 400);
    assert_eq!(body(response).await, json!({ "non_field_errors": [WRONG] }));
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

#[tokio::test]
async fn a_member_with_a_django_pbkdf2_hash_signs_in_and_the_hash_becomes_argon2id() {
    let app = spawn_app().await;
    let id = imported(&app, "ann", false, DJANGO_HASH).await;
    let response = Browser::new(&app).login("ann", GOOD_PASSWORD).await;
    assert_eq!(response.status(), 200);
    assert_eq!(body(response).await["user"]["username"], "ann");
    let renewed = stored_hash(&app, id).await;
    assert!(
        renewed.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{renewed}"
    );
    let browser = Browser::signed_in(&app, "ann@example.org", GOOD_PASSWORD).await;
    let response = browser.get("/api/me/").await;
    assert_eq!(response.status(), 200);
    assert_eq!(body(response).await["user"]["username"], "ann");
    assert_eq!(stored_hash(&app, id).await, renewed, "renewed once");
}

#[tokio::test]
async fn a_wrong_password_against_a_django_hash_is_refused_and_the_hash_is_kept() {
    let app = spawn_app().await;
    let id = imported(&app, "ann", false, DJANGO_HASH).await;
    refused_quickly(&app, "ann", "lantern-ocelot-sprucE").await;
    assert_eq!(stored_hash(&app, id).await, DJANGO_HASH);
}

#[tokio::test]
async fn an_inactive_member_with_the_right_django_password_is_refused() {
    let app = spawn_app().await;
    let id = imported(&app, "ann", false, DJANGO_HASH).await;
    app.db
        .client
        .execute("update users set is_active = false where id = $1", &[&id])
        .await
        .unwrap();
    refused_quickly(&app, "ann", GOOD_PASSWORD).await;
    assert_eq!(stored_hash(&app, id).await, DJANGO_HASH);
}

#[tokio::test]
async fn a_staff_member_with_a_django_hash_signs_in_too() {
    let app = spawn_app().await;
    let id = imported(&app, "ada", true, DJANGO_HASH_2).await;
    let response = Browser::new(&app).login("ada", GOOD_PASSWORD).await;
    assert_eq!(response.status(), 200);
    let me = body(response).await;
    assert_eq!(me["user"]["username"], "ada");
    assert_eq!(me["user"]["is_staff"], true);
    assert!(stored_hash(&app, id).await.starts_with("$argon2id$"));
}

#[tokio::test]
async fn a_planted_hash_of_fifty_million_iterations_is_the_ordinary_refusal_and_quick() {
    let app = spawn_app().await;
    let planted = DJANGO_HASH.replace("$260000$", "$50000000$");
    let id = imported(&app, "ann", false, &planted).await;
    refused_quickly(&app, "ann", GOOD_PASSWORD).await;
    assert_eq!(stored_hash(&app, id).await, planted);
}

#[tokio::test]
async fn an_unusable_django_password_is_the_ordinary_refusal_and_quick() {
    let app = spawn_app().await;
    // The schema refuses Django's `!` (the importer stores none instead):
    // planted here past the rule, as a hand-edited database might hold it.
    app.db
        .client
        .batch_execute("alter table users drop constraint users_password_hash_format")
        .await
        .unwrap();
    let unusable = "!NRbPaJcV8JL84XfBc6YGjyrQJZS4FNvsmqQAwMKp";
    let id = imported(&app, "ann", false, unusable).await;
    refused_quickly(&app, "ann", GOOD_PASSWORD).await;
    refused_quickly(&app, "ann", unusable).await;
    assert_eq!(stored_hash(&app, id).await, unusable);
}

#[tokio::test]
async fn a_drf_token_key_authenticates_and_an_unknown_one_is_a_401() {
    let app = spawn_app().await;
    let member = insert_member(&app.db.client, "ann", false, None).await;
    // As DRF makes them (`binascii.hexlify(os.urandom(20))`), stored as the
    // importer stores it.
    let key = "e22ac49ef017a7ebae7787f31040da06f6bd067e";
    let hash = mothra::auth::keys::hash(&test_config(&[]).secret_key, key);
    app.db
        .client
        .execute(
            "update api_tokens set key_hash = $1 where user_id = $2",
            &[&hash, &member.user_id],
        )
        .await
        .unwrap();
    let response = with_token(&app, Method::GET, "/api/me/", key).await;
    assert_eq!(response.status(), 200);
    assert_eq!(body(response).await["user"]["username"], "ann");

    let unknown = "0123456789abcdef0123456789abcdef01234567";
    let response = with_token(&app, Method::GET, "/api/me/", unknown).await;
    assert_eq!(response.status(), 401);
    assert_eq!(body(response).await, json!({ "detail": "Invalid token." }));
}
