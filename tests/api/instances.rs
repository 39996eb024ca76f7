//! Several instances on one database, and a real process stopped by SIGTERM.

use std::time::Duration;

use crate::auth_support::{create_user, Browser, GOOD_PASSWORD};
use crate::binary;
use crate::helpers::{
    free_port, migrated_database, spawn_app, start_instance, test_config, url_for,
    wait_until_blocked_on, wait_until_ready, wait_until_refused,
};

#[tokio::test]
async fn a_session_made_on_one_instance_works_on_another_and_signing_out_ends_it_on_both() {
    let first = spawn_app().await;
    let second = start_instance(test_config(&[]), first.db.config().await).await;
    create_user(&first, "grace", GOOD_PASSWORD, false).await;
    let browser = Browser::signed_in(&first, "grace", GOOD_PASSWORD).await;
    let cookie = format!(
        "mothra_session={}; csrftoken={}",
        browser.session, browser.csrf
    );
    let http = reqwest::Client::new();

    let me = |base: String| {
        let http = http.clone();
        let cookie = cookie.clone();
        async move {
            http.get(format!("{base}/api/me/"))
                .header("cookie", cookie)
                .send()
                .await
                .unwrap()
        }
    };
    let on_second = me(second.address.clone()).await;
    assert_eq!(on_second.status(), 200);
    let body: serde_json::Value = on_second.json().await.unwrap();
    assert_eq!(body["user"]["username"], "grace", "{body}");

    // Sign out through the second instance, with the web app's CSRF defence.
    let out = http
        .post(format!("{}/api/auth/logout", second.address))
        .header("cookie", &cookie)
        .header("origin", &second.address)
        .header("x-csrftoken", &browser.csrf)
        .send()
        .await
        .unwrap();
    assert!(
        out.status().is_success(),
        "logout answered {}",
        out.status()
    );
    for base in [first.address.clone(), second.address.clone()] {
        assert_eq!(
            me(base.clone()).await.status(),
            401,
            "the session ended on {base}"
        );
    }
}

#[tokio::test]
async fn sigterm_lets_a_slow_request_finish_refuses_new_connections_and_exits_zero() {
    let db = migrated_database().await;
    let port = free_port();
    let mut child = binary::serve(&url_for(&db.name).await, port)
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    wait_until_ready(&base).await;

    // /readyz reads the migration history: hold a lock on it to make it slow.
    let mut locker = db.connect().await;
    let tx = locker.transaction().await.unwrap();
    tx.batch_execute("lock table refinery_schema_history in access exclusive mode")
        .await
        .unwrap();
    let slow = tokio::spawn({
        let http = http.clone();
        let url = format!("{base}/readyz");
        async move { http.get(url).send().await }
    });
    wait_until_blocked_on(&db, "refinery_schema_history").await;

    let pid = child.id().expect("running").to_string();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap();
    assert!(killed.success());
    // New connections are refused while draining...
    wait_until_refused(&format!("{base}/healthz")).await;
    assert!(
        child.try_wait().unwrap().is_none(),
        "still draining the slow request"
    );

    tx.rollback().await.unwrap();
    let response = slow.await.unwrap().expect("the slow request completes");
    assert_eq!(response.status(), 200);
    let status = tokio::time::timeout(Duration::from_secs(25), child.wait())
        .await
        .expect("exits within the grace period")
        .unwrap();
    assert_eq!(status.code(), Some(0));
}
