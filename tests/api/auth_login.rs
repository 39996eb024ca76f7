//! Signing in and out with sessions: cookies, the member's record, one
//! message for wrong credentials, expiry, revocation and throttling.

use serde_json::json;

use crate::auth_support::{
    assert_too_many_attempts, body, cookie, create_user, deactivate_as_staff,
    join_new_organization, set_cookie_line, Browser, GOOD_PASSWORD,
};
use crate::helpers::{migrated_database, spawn_app, spawn_app_on, test_config};

const WRONG: &str = "Unable to sign in with the username or email and password provided.";

#[tokio::test]
async fn signing_in_sets_an_httponly_session_cookie_and_a_readable_csrf_cookie_and_returns_the_member(
) {
    let app = spawn_app().await;
    let id = create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let mut browser = Browser::new(&app);
    let response = browser.login("ann", GOOD_PASSWORD).await;
    assert_eq!(response.status(), 200);
    let session = set_cookie_line(response.headers(), "mothra_session");
    assert!(
        session.contains("HttpOnly")
            && session.contains("SameSite=Lax")
            && session.contains("Path=/")
    );
    assert!(
        !session.contains("Secure"),
        "plain http without a proxy: no Secure ({session})"
    );
    let csrf = set_cookie_line(response.headers(), "csrftoken");
    assert!(
        !csrf.contains("HttpOnly"),
        "the web app reads the csrftoken cookie"
    );
    let me = body(response).await;
    assert_eq!(me["user"]["id"], id);
    assert_eq!(me["user"]["username"], "ann");
    assert_eq!(me["user"]["email"], "ann@example.org");
    assert!(me["user"].get("password_hash").is_none());
    assert!(me["user"]["last_login"].is_string());
    assert_eq!(me["profile"]["user"], id);
    assert_eq!(me["organization"], json!(null));
    let last_login: Option<chrono::DateTime<chrono::Utc>> = app
        .db
        .client
        .query_one("select last_login from users where id = $1", &[&id])
        .await
        .unwrap()
        .get(0);
    assert!(last_login.is_some(), "last_login is recorded");

    let response = browser.get("/api/me/").await;
    assert_eq!(response.status(), 200);
    assert_eq!(body(response).await["user"]["username"], "ann");
}

#[tokio::test]
async fn the_members_organization_is_part_of_me() {
    let app = spawn_app().await;
    let id = create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let org = join_new_organization(&app, id, "Springfield USD").await;
    let browser = Browser::signed_in(&app, "ann", GOOD_PASSWORD).await;
    let me = body(browser.get("/api/me").await).await;
    assert_eq!(me["organization"]["id"], org);
    assert_eq!(me["organization"]["name"], "Springfield USD");
    assert_eq!(me["profile"]["organization"], org);
}

#[tokio::test]
async fn an_email_address_signs_in_too_whatever_its_case() {
    let app = spawn_app().await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let mut browser = Browser::new(&app);
    let response = browser.login("ANN@Example.org", GOOD_PASSWORD).await;
    assert_eq!(response.status(), 200);
    assert_eq!(body(response).await["user"]["username"], "ann");
}

#[tokio::test]
async fn wrong_password_unknown_user_and_inactive_member_all_get_the_same_answer() {
    let app = spawn_app().await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let off = create_user(&app, "bob", GOOD_PASSWORD, false).await;
    app.db
        .client
        .execute("update users set is_active = false where id = $1", &[&off])
        .await
        .unwrap();
    for (login, password) in [
        ("ann", "not-the-password-1"),
        ("nobody", GOOD_PASSWORD),
        ("bob", GOOD_PASSWORD),
    ] {
        let mut browser = Browser::new(&app);
        let response = browser.login(login, password).await;
        assert_eq!(response.status(), 400, "{login}");
        assert!(cookie(response.headers(), "mothra_session").is_none());
        assert_eq!(
            body(response).await,
            json!({ "non_field_errors": [WRONG] }),
            "{login}"
        );
    }
}

#[tokio::test]
async fn missing_fields_are_named() {
    let app = spawn_app().await;
    let response = app
        .http
        .post(app.url("/api/auth/login"))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(
        body(response).await,
        json!({ "username": ["This field is required."], "password": ["This field is required."] })
    );
}

#[tokio::test]
async fn me_without_credentials_is_401_with_www_authenticate_token() {
    let app = spawn_app().await;
    let response = app.get("/api/me/").await;
    assert_eq!(response.status(), 401);
    assert_eq!(response.headers()["www-authenticate"], "Token");
    assert_eq!(
        body(response).await,
        json!({ "detail": "Authentication credentials were not provided." })
    );
}

#[tokio::test]
async fn signing_in_again_issues_a_new_session_id_and_ends_the_old_one() {
    let app = spawn_app().await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let mut browser = Browser::signed_in(&app, "ann", GOOD_PASSWORD).await;
    let first = browser.session.clone();
    assert_eq!(browser.login("ann", GOOD_PASSWORD).await.status(), 200);
    assert_ne!(browser.session, first, "a new session id at every sign-in");
    let stale = reqwest::Client::new()
        .get(app.url("/api/me/"))
        .header("cookie", format!("mothra_session={first}"))
        .send()
        .await
        .unwrap();
    assert_eq!(stale.status(), 401);
    let count: i64 = app
        .db
        .client
        .query_one("select count(*) from sessions", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(count, 1);
}

#[tokio::test]
async fn signing_out_ends_the_session_everywhere() {
    let app = spawn_app().await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let browser = Browser::signed_in(&app, "ann", GOOD_PASSWORD).await;
    // The same cookie, as another instance or a copied cookie would send it.
    let elsewhere = |app_url: String, key: String| async move {
        reqwest::Client::new()
            .get(app_url)
            .header("cookie", format!("mothra_session={key}"))
            .send()
            .await
            .unwrap()
    };
    assert_eq!(
        elsewhere(app.url("/api/me/"), browser.session.clone())
            .await
            .status(),
        200
    );
    let response = browser.post("/api/auth/logout", json!({})).await;
    assert_eq!(response.status(), 204);
    assert!(set_cookie_line(response.headers(), "mothra_session").contains("Max-Age=0"));
    let response = elsewhere(app.url("/api/me/"), browser.session.clone()).await;
    assert_eq!(response.status(), 401);
    assert_eq!(
        body(response).await,
        json!({ "detail": "Authentication credentials were not provided." })
    );
}

#[tokio::test]
async fn an_idle_session_and_one_past_its_lifetime_have_ended() {
    let app = spawn_app().await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let idle = Browser::signed_in(&app, "ann", GOOD_PASSWORD).await;
    let old = Browser::signed_in(&app, "ann", GOOD_PASSWORD).await;
    let hash = |key: &str| mothra::auth::keys::hash(&test_config(&[]).secret_key, key);
    app.db
        .client
        .execute(
            "update sessions set last_seen_at = now() - interval '15 days' where key_hash = $1",
            &[&hash(&idle.session)],
        )
        .await
        .unwrap();
    app.db
        .client
        .execute(
            "update sessions set expires_at = now() - interval '1 second' where key_hash = $1",
            &[&hash(&old.session)],
        )
        .await
        .unwrap();
    for browser in [&idle, &old] {
        let response = browser.get("/api/me/").await;
        assert_eq!(response.status(), 401);
        assert_eq!(
            body(response).await,
            json!({ "detail": "Authentication credentials were not provided." })
        );
    }
}

#[tokio::test]
async fn a_deactivated_members_session_stops_at_once() {
    let app = spawn_app().await;
    let id = create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let browser = Browser::signed_in(&app, "ann", GOOD_PASSWORD).await;
    assert_eq!(browser.get("/api/me/").await.status(), 200);
    deactivate_as_staff(&app, id).await;
    let response = browser.get("/api/me/").await;
    assert_eq!(response.status(), 401);
    assert_eq!(
        body(response).await,
        json!({ "detail": "Authentication credentials were not provided." })
    );
}

#[tokio::test]
async fn the_sixth_failure_against_an_account_is_429_with_retry_after_even_with_the_right_password()
{
    let app = spawn_app().await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let mut browser = Browser::new(&app);
    for attempt in 1..=5 {
        let response = browser
            .login("ann", &format!("wrong-password-{attempt}"))
            .await;
        assert_eq!(response.status(), 400, "attempt {attempt}");
    }
    for password in ["wrong-password-6", GOOD_PASSWORD] {
        let response = browser.login("ANN", password).await;
        assert_too_many_attempts(response).await;
    }
    // Another account from the same address is not locked out by this one.
    create_user(&app, "bob", GOOD_PASSWORD, false).await;
    assert_eq!(browser.login("bob", GOOD_PASSWORD).await.status(), 200);
}

#[tokio::test]
async fn twenty_failures_from_one_address_are_429_for_every_account() {
    let app = spawn_app().await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let mut browser = Browser::new(&app);
    for attempt in 1..=20 {
        let response = browser
            .login(&format!("guess{attempt}"), "wrong-password-x")
            .await;
        assert_eq!(response.status(), 400, "attempt {attempt}");
    }
    let response = browser.login("ann", GOOD_PASSWORD).await;
    assert_eq!(response.status(), 429);
    assert!(response.headers().contains_key("retry-after"));
    assert!(body(response).await["detail"]
        .as_str()
        .unwrap()
        .starts_with("Too many attempts."));
}

#[tokio::test]
async fn behind_a_trusted_proxy_over_https_the_cookies_are_secure() {
    let db = migrated_database().await;
    let app = spawn_app_on(db, test_config(&[("TRUST_PROXY", "1")])).await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let response = reqwest::Client::new()
        .post(app.url("/api/auth/login"))
        .header("x-forwarded-proto", "https")
        .header("x-forwarded-for", "10.0.0.1, 203.0.113.9")
        .json(&json!({ "username": "ann", "password": GOOD_PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(set_cookie_line(response.headers(), "mothra_session").contains("; Secure"));
    assert!(set_cookie_line(response.headers(), "csrftoken").contains("; Secure"));
    assert_eq!(body(response).await["user"]["username"], "ann");
    let address: String = app
        .db
        .client
        .query_one("select client_addr from sign_in_attempts", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(
        address, "203.0.113.9",
        "the right-most X-Forwarded-For entry, the one the proxy added"
    );
}

#[tokio::test]
async fn a_hash_made_with_older_parameters_is_renewed_at_sign_in() {
    let app = spawn_app().await;
    let id = create_user(&app, "ann", GOOD_PASSWORD, false).await;
    // The same password hashed with t=1, as an older release might have.
    let old = {
        use argon2::password_hash::{PasswordHasher, SaltString};
        let params = argon2::Params::new(19_456, 1, 1, None).unwrap();
        let argon =
            argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let salt = SaltString::encode_b64(&[9u8; 16]).unwrap();
        argon
            .hash_password(GOOD_PASSWORD.as_bytes(), &salt)
            .unwrap()
            .to_string()
    };
    app.db
        .client
        .execute(
            "update users set password_hash = $1 where id = $2",
            &[&old, &id],
        )
        .await
        .unwrap();
    let mut browser = Browser::new(&app);
    let response = browser.login("ann", GOOD_PASSWORD).await;
    assert_eq!(response.status(), 200);
    assert_eq!(body(response).await["user"]["username"], "ann");
    let stored: String = app
        .db
        .client
        .query_one("select password_hash from users where id = $1", &[&id])
        .await
        .unwrap()
        .get(0);
    assert!(
        stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{stored}"
    );
    assert_eq!(browser.login("ann", GOOD_PASSWORD).await.status(), 200);
}
