//! Migrations: on an empty database, re-run as a no-op, and several
//! processes booting at once on one empty database.

use std::process::Stdio;
use std::time::{Duration, Instant};

use mothra::db::migrate;
use tokio::io::{AsyncBufReadExt, BufReader};

use crate::binary;
use crate::helpers::{empty_database, free_port, url_for};

#[tokio::test]
async fn migrations_build_the_schema_on_an_empty_database_and_rerun_as_a_no_op() {
    let db = empty_database().await;
    let mut client = db.connect().await;
    assert!(
        !migrate::is_current(&client).await.unwrap(),
        "nothing applied yet"
    );

    let first = migrate::run(&mut client).await.unwrap();
    assert_eq!(first.names.len(), migrate::count());
    assert!(first.names[0].starts_with("V1__"), "{:?}", first.names);
    assert!(migrate::is_current(&client).await.unwrap());

    let second = migrate::run(&mut client).await.unwrap();
    assert!(
        second.names.is_empty(),
        "a second run applies nothing: {:?}",
        second.names
    );
    let applied: i64 = client
        .query_one("select count(*) from refinery_schema_history", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(applied as usize, migrate::count());
}

#[tokio::test]
async fn four_processes_booting_at_once_on_one_empty_database_all_serve() {
    let db = empty_database().await;
    let url = url_for(&db.name).await;
    let mut children = Vec::new();
    for _ in 0..4 {
        let port = free_port();
        // Its JSON log, at the default level, says whether it applied
        // the migrations.
        let child = binary::serve(&url, port)
            .env_remove("RUST_LOG")
            .env("LOG_FORMAT", "json")
            .stdout(Stdio::piped())
            .spawn()
            .expect("start mothra");
        children.push((port, child));
    }

    let http = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    for (port, _) in &children {
        loop {
            let ready = http
                .get(format!("http://127.0.0.1:{port}/readyz"))
                .send()
                .await
                .is_ok_and(|r| r.status() == 200);
            if ready {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "instance on port {port} never became ready"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    // Each migration was applied once: one history row each, and exactly
    // one process logged applying each of them.
    let rows: i64 = db
        .client
        .query_one("select count(*) from refinery_schema_history", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(rows as usize, migrate::count());
    let mut applied_logs = 0;
    for (_, mut child) in children {
        child.start_kill().unwrap();
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        while let Ok(Some(line)) = lines.next_line().await {
            if line.contains("\"migrations applied\"") {
                applied_logs += 1;
            }
        }
        let _ = child.wait().await;
    }
    assert_eq!(
        applied_logs, 1,
        "exactly one instance applied the migrations"
    );
}
