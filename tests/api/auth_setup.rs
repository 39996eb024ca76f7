//! First-run setup, `mothra createsuperuser`, and the database's member
//! rules (a profile per user, never without an active staff user).

use serde_json::json;

use crate::auth_support::{body, create_user, Browser, GOOD_PASSWORD};
use crate::binary;
use crate::helpers::{spawn_app, url_for};

fn setup_body(username: &str) -> serde_json::Value {
    json!({
        "username": username,
        "email": format!("{username}@example.org"),
        "password": GOOD_PASSWORD,
        "first_name": "Ada",
    })
}

#[tokio::test]
async fn setup_creates_the_first_staff_user_signs_them_in_and_then_closes_with_409() {
    let app = spawn_app().await;
    let response = app.get("/api/auth/setup").await;
    assert_eq!(response.status(), 200);
    assert_eq!(body(response).await, json!({ "needed": true }));

    let response = app
        .http
        .post(app.url("/api/auth/setup"))
        .json(&setup_body("ada"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let me = body(response).await;
    assert_eq!(me["user"]["username"], "ada");
    assert_eq!(me["user"]["is_staff"], true);
    assert_eq!(me["user"]["is_active"], true);
    assert_eq!(me["user"]["first_name"], "Ada");
    // Signed in by the cookie the setup set.
    assert_eq!(
        body(app.get("/api/me/").await).await["user"]["username"],
        "ada"
    );

    assert_eq!(
        body(app.get("/api/auth/setup").await).await,
        json!({ "needed": false })
    );
    let response = reqwest::Client::new()
        .post(app.url("/api/auth/setup"))
        .json(&setup_body("eve"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 409);
    assert_eq!(
        body(response).await,
        json!({ "detail": "Setup is already done: an account exists. Sign in instead." })
    );
}

#[tokio::test]
async fn two_racing_setups_create_exactly_one_user() {
    let app = spawn_app().await;
    let send = |username: &'static str| {
        let url = app.url("/api/auth/setup");
        async move {
            reqwest::Client::new()
                .post(url)
                .json(&setup_body(username))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    let (a, b) = tokio::join!(send("first"), send("second"));
    let mut statuses = vec![a, b];
    statuses.sort();
    assert_eq!(statuses, vec![201, 409]);
    let users: i64 = app
        .db
        .client
        .query_one("select count(*) from users", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(users, 1);
}

#[tokio::test]
async fn setup_checks_the_fields_and_the_password_rules() {
    let app = spawn_app().await;
    let response = app
        .http
        .post(app.url("/api/auth/setup"))
        .json(&json!({ "username": "ada", "email": "ada@", "password": "ada-lovelace" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(
        body(response).await,
        json!({ "email": ["Enter a valid email address."] })
    );
    let response = app
        .http
        .post(app.url("/api/auth/setup"))
        .json(&json!({ "username": "adalovelace", "email": "ada@example.org", "password": "adalovelace1" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(
        body(response).await,
        json!({ "password": ["The password is too similar to the username."] })
    );
    assert_eq!(
        body(app.get("/api/auth/setup").await).await,
        json!({ "needed": true })
    );
}

#[tokio::test]
async fn setup_from_another_site_is_refused() {
    let app = spawn_app().await;
    let response = app
        .http
        .post(app.url("/api/auth/setup"))
        .header("origin", "https://evil.example")
        .json(&setup_body("ada"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    assert_eq!(
        body(response).await,
        json!({ "detail": "CSRF Failed: Origin checking failed - the request came from another site." })
    );
}

#[tokio::test]
async fn every_new_user_gets_a_profile_and_the_last_active_staff_user_cannot_be_lost() {
    let app = spawn_app().await;
    let boss = create_user(&app, "boss", GOOD_PASSWORD, true).await;
    let profiles: i64 = app
        .db
        .client
        .query_one("select count(*) from profiles where user_id = $1", &[&boss])
        .await
        .unwrap()
        .get(0);
    assert_eq!(profiles, 1);
    for sql in [
        "update users set is_staff = false where id = $1",
        "update users set is_active = false where id = $1",
        "delete from users where id = $1",
    ] {
        let error = app.db.client.execute(sql, &[&boss]).await.expect_err(sql);
        let db = error.as_db_error().expect("a database error");
        assert_eq!(db.constraint(), Some("users_last_staff"), "{sql}");
        assert_eq!(
            db.message(),
            "The last active staff user cannot be removed, deactivated or demoted."
        );
    }
    let other = create_user(&app, "deputy", GOOD_PASSWORD, true).await;
    app.db
        .client
        .execute("update users set is_staff = false where id = $1", &[&boss])
        .await
        .expect("another active staff user remains");
    let error = app
        .db
        .client
        .execute("delete from users where id = $1", &[&other])
        .await
        .expect_err("deputy is now the last");
    assert_eq!(
        error.as_db_error().unwrap().constraint(),
        Some("users_last_staff")
    );
    Browser::signed_in(&app, "deputy", GOOD_PASSWORD).await;
}

#[tokio::test]
async fn createsuperuser_makes_a_staff_user_who_can_sign_in() {
    let app = spawn_app().await;
    let url = url_for(&app.db.name).await;
    let dir = binary::temp_dir();
    let run = |password: &str| {
        binary::mothra_on(&url)
            .current_dir(&dir)
            .args([
                "createsuperuser",
                "--username",
                "root",
                "--email",
                "root@example.org",
            ])
            .env("MOTHRA_PASSWORD", password)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap()
    };
    let weak = run("root-pw");
    assert_eq!(weak.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&weak.stderr);
    assert!(
        stderr.contains(
            "password: This password is too short. It must contain at least 10 characters."
        ),
        "{stderr}"
    );
    let made = run(GOOD_PASSWORD);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    assert!(String::from_utf8_lossy(&made.stdout).contains("Superuser root created."));
    let again = run(GOOD_PASSWORD);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr)
        .contains("username: A user with that username already exists."));
    let mut browser = Browser::new(&app);
    let response = browser.login("root", GOOD_PASSWORD).await;
    assert_eq!(response.status(), 200);
    assert_eq!(body(response).await["user"]["is_staff"], true);
    let _ = std::fs::remove_dir_all(&dir);
}
