//! The throttles hold under parallel bursts: counting and recording are one
//! step, the account limit follows the account (not what was typed), the
//! client address is the trusted proxy's word, and password resets are
//! limited per address and mailed once per account per minute.

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::json;

use crate::auth_mail::{app_with_mail, ask_reset};
use crate::auth_support::{assert_too_many_attempts, body, create_user, GOOD_PASSWORD};
use crate::helpers::{migrated_database, spawn_app, spawn_app_on, test_config, TestApp};

/// Sends `n` sign-ins at once; `request(i)` gives the login, the password
/// and the `X-Forwarded-For` header (if any) of the i-th. Returns how many
/// got each status.
async fn burst(
    app: &TestApp,
    n: usize,
    request: impl Fn(usize) -> (String, String, Option<String>),
) -> BTreeMap<u16, usize> {
    let tasks: Vec<_> = (0..n)
        .map(|i| {
            let (login, password, forwarded) = request(i);
            let url = app.url("/api/auth/login");
            tokio::spawn(async move {
                let mut request = reqwest::Client::new()
                    .post(url)
                    .json(&json!({ "username": login, "password": password }));
                if let Some(forwarded) = forwarded {
                    request = request.header("x-forwarded-for", forwarded);
                }
                request.send().await.unwrap().status().as_u16()
            })
        })
        .collect();
    let mut statuses = BTreeMap::new();
    for task in tasks {
        *statuses.entry(task.await.unwrap()).or_insert(0) += 1;
    }
    statuses
}

/// `through` requests were let through to a password check (400, or 503
/// when every hasher stayed busy: never checked, so not counted either)
/// and `refused` got 429.
fn assert_exactly_through(statuses: &BTreeMap<u16, usize>, through: usize, refused: usize) {
    let checked = statuses.get(&400).copied().unwrap_or(0);
    let busy = statuses.get(&503).copied().unwrap_or(0);
    assert_eq!(checked + busy, through, "{statuses:?}");
    assert_eq!(statuses.get(&429).copied(), Some(refused), "{statuses:?}");
    assert!(checked > 0, "{statuses:?}");
}

async fn attempts_recorded(app: &TestApp) -> i64 {
    app.db
        .client
        .query_one("select count(*) from sign_in_attempts", &[])
        .await
        .unwrap()
        .get(0)
}

#[tokio::test]
async fn thirty_parallel_wrong_passwords_for_one_account_check_exactly_five() {
    let app = spawn_app().await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let statuses = burst(&app, 30, |i| {
        ("ann".into(), format!("wrong-password-{i}"), None)
    })
    .await;
    assert_exactly_through(&statuses, 5, 25);
    assert_eq!(
        attempts_recorded(&app).await,
        statuses.get(&400).copied().unwrap_or(0) as i64
    );
}

#[tokio::test]
async fn the_username_and_the_email_of_one_account_share_its_limit() {
    let app = spawn_app().await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let statuses = burst(&app, 20, |i| {
        let login = if i % 2 == 0 { "ann" } else { "ANN@example.org" };
        (login.into(), format!("wrong-password-{i}"), None)
    })
    .await;
    assert_exactly_through(&statuses, 5, 15);
}

#[tokio::test]
async fn a_rotated_first_forwarded_for_entry_does_not_escape_the_limits() {
    let app = spawn_app_on(
        migrated_database().await,
        test_config(&[("TRUST_PROXY", "1")]),
    )
    .await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    // The proxy appends the address it saw (203.0.113.7); what comes before
    // it is the client's invention.
    let statuses = burst(&app, 30, |i| {
        (
            "ann".into(),
            format!("wrong-password-{i}"),
            Some(format!("10.9.{i}.1, 203.0.113.7")),
        )
    })
    .await;
    assert_exactly_through(&statuses, 5, 25);
    let statuses = burst(&app, 30, |i| {
        (
            format!("guess{i}"),
            "wrong-password".into(),
            Some(format!("10.8.{i}.1, 203.0.113.7")),
        )
    })
    .await;
    // 20 failures per address in all: 15 more get through (some may find
    // every hasher busy and get 503), the other 15 are refused.
    assert_eq!(statuses.get(&429), Some(&15), "{statuses:?}");
    assert!(
        statuses.keys().all(|s| [400, 429, 503].contains(s)),
        "{statuses:?}"
    );
}

#[tokio::test]
async fn a_locked_account_still_lets_its_owner_in_from_another_address() {
    let app = spawn_app_on(
        migrated_database().await,
        test_config(&[("TRUST_PROXY", "1")]),
    )
    .await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let sign_in = |password: &str, from: &str| {
        reqwest::Client::new()
            .post(app.url("/api/auth/login"))
            .header("x-forwarded-for", from)
            .json(&json!({ "username": "ann", "password": password }))
            .send()
    };
    for i in 0..5 {
        let response = sign_in(&format!("wrong-{i}-password"), "203.0.113.7")
            .await
            .unwrap();
        assert_eq!(response.status(), 400);
    }
    let response = sign_in(GOOD_PASSWORD, "203.0.113.7").await.unwrap();
    assert_eq!(response.status(), 429, "locked for the guesser's address");
    assert!(response.headers().contains_key("retry-after"));
    let response = sign_in(GOOD_PASSWORD, "198.51.100.2").await.unwrap();
    assert_eq!(response.status(), 200, "the owner elsewhere gets in");
    assert_eq!(body(response).await["user"]["username"], "ann");
}

#[tokio::test]
async fn sixty_parallel_resets_for_one_email_mail_exactly_one_link() {
    let (app, mail) = app_with_mail(&[]).await;
    let id = create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let tasks: Vec<_> = (0..60)
        .map(|_| {
            let url = app.url("/api/auth/password/reset");
            tokio::spawn(async move {
                reqwest::Client::new()
                    .post(url)
                    .json(&json!({ "email": "ann@example.org" }))
                    .send()
                    .await
                    .unwrap()
                    .status()
                    .as_u16()
            })
        })
        .collect();
    let mut statuses = BTreeMap::new();
    for task in tasks {
        *statuses.entry(task.await.unwrap()).or_insert(0) += 1;
    }
    assert_eq!(
        statuses,
        BTreeMap::from([(200, 10), (429, 50)]),
        "10 resets per address"
    );
    mail.wait_for(1).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(mail.messages().len(), 1, "one mail");
    let links: i64 = app
        .db
        .client
        .query_one(
            "select count(*) from one_time_links where user_id = $1",
            &[&id],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(links, 1, "one link");
}

#[tokio::test]
async fn the_eleventh_reset_from_one_address_is_429_with_retry_after() {
    let app = spawn_app().await;
    for i in 0..10 {
        let response = ask_reset(&app, &format!("nobody{i}@example.org")).await;
        assert_eq!(response.status(), 200, "request {i}");
    }
    let response = ask_reset(&app, "someone@example.org").await;
    assert_too_many_attempts(response).await;
}
