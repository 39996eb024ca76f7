//! Graceful shutdown: a request in flight when the signal comes finishes.

use std::time::Duration;

use crate::helpers::{spawn_app, wait_until_blocked_on, wait_until_refused};

#[tokio::test]
async fn a_request_in_flight_at_shutdown_finishes_and_new_connections_are_refused() {
    let mut app = spawn_app().await;
    // Make /readyz slow: it reads the migration history, which we lock.
    let mut locker = app.db.connect().await;
    let tx = locker.transaction().await.unwrap();
    tx.batch_execute("lock table refinery_schema_history in access exclusive mode")
        .await
        .unwrap();

    let http = app.http.clone();
    let url = app.url("/readyz");
    let in_flight = tokio::spawn(async move { http.get(url).send().await });
    wait_until_blocked_on(&app.db, "refinery_schema_history").await;

    let stopped = app.begin_shutdown();
    wait_until_refused(&app.url("/healthz")).await;
    assert!(
        !stopped.is_finished(),
        "the server waits for the request in flight"
    );

    tx.rollback().await.unwrap(); // let the slow request finish
    let response = in_flight
        .await
        .unwrap()
        .expect("the in-flight request completes");
    assert_eq!(response.status(), 200);
    tokio::time::timeout(Duration::from_secs(5), stopped)
        .await
        .expect("the server stops once the request is done")
        .unwrap();
}
