//! Liveness and readiness with the database up and down.

use std::time::Duration;

use crate::helpers::{maintenance, spawn_app};

#[tokio::test]
async fn healthz_answers_ok() {
    let app = spawn_app().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.json::<serde_json::Value>().await.unwrap(),
        serde_json::json!({"status": "ok"})
    );
}

#[tokio::test]
async fn readyz_is_ready_with_the_database_up_and_migrated() {
    let app = spawn_app().await;
    let response = app.get("/readyz").await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.json::<serde_json::Value>().await.unwrap()["status"],
        "ready"
    );
}

#[tokio::test]
async fn readyz_answers_503_while_the_database_refuses_connections_and_recovers_after() {
    let app = spawn_app().await;
    let admin = maintenance().await;
    // Refuse new connections and end the pool's current ones: the database is "down".
    admin
        .batch_execute(&format!(
            "alter database {} allow_connections false",
            app.db.name
        ))
        .await
        .unwrap();
    admin
        .execute(
            "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1",
            &[&app.db.name],
        )
        .await
        .unwrap();

    let down = app.get("/readyz").await;
    assert_eq!(down.status(), 503);
    assert_eq!(down.headers()["retry-after"], "5");
    let body: serde_json::Value = down.json().await.unwrap();
    assert_eq!(
        body["detail"],
        "The service is temporarily unavailable. Try again shortly."
    );
    // healthz needs no database.
    assert_eq!(app.get("/healthz").await.status(), 200);

    admin
        .batch_execute(&format!(
            "alter database {} allow_connections true",
            app.db.name
        ))
        .await
        .unwrap();

    let mut status = 0;
    for _ in 0..50 {
        status = app.get("/readyz").await.status().as_u16();
        if status == 200 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(status, 200, "the app recovers without a restart");
}

#[tokio::test]
async fn readyz_is_not_ready_when_migrations_are_behind() {
    let app = spawn_app().await;
    app.db
        .client
        .batch_execute("delete from refinery_schema_history where version = (select max(version) from refinery_schema_history)")
        .await
        .unwrap();
    let response = app.get("/readyz").await;
    assert_eq!(response.status(), 503);
}
