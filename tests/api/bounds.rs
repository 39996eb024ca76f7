//! Bounded work per request (issue 11, items 1 and 2): list parameters
//! that would make one request expensive are refused; statements have a
//! time limit; a request abandoned mid-query gives its connection back
//! clean; exports that wait on slow readers cannot take the pool.

use std::time::{Duration, Instant};

use reqwest::StatusCode;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::collections_support::{get, world};
use crate::helpers::{insert_member, migrated_database, spawn_app_on, test_config, TestApp};

#[tokio::test]
async fn ordering_by_more_than_three_distinct_keys_is_refused_naming_the_limit() {
    let w = world().await;
    let r = get(
        &w.app,
        &w.ann,
        "/api/usages/?page_size=1&ordering=product__name,organization__name,rating,-created_at",
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body["detail"],
        "Parameter 'ordering' has too many keys (at most 3)."
    );
    assert!(r.body["accepted"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!("-rating")));

    // The request: the same keys over and over (30 of them took 25 s).
    let keys = ["product__name", "organization__name"].repeat(15).join(",");
    let asked = Instant::now();
    let r = get(
        &w.app,
        &w.ann,
        &format!("/api/usages/?page_size=1&ordering={keys}"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert!(asked.elapsed() < Duration::from_secs(2));

    // Repeating a key, either way round, does not count twice.
    let r = get(
        &w.app,
        &w.ann,
        "/api/usages/?ordering=rating,-rating,product__name,rating,organization__name",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
}

#[tokio::test]
async fn search_with_too_many_or_too_long_terms_is_refused_naming_the_limit() {
    let w = world().await;
    let r = get(&w.app, &w.ann, "/api/usages/?search=a+b+c+d+e+f").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body["detail"],
        "Parameter 'search' has too many terms (at most 5)."
    );
    assert!(r.body["accepted"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!("search")));

    let long = "x".repeat(65);
    let r = get(&w.app, &w.ann, &format!("/api/usages/?search=ok+{long}")).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body["detail"],
        "Parameter 'search' has a term longer than 64 characters."
    );

    // At the limits: answered.
    let longest = "é".repeat(64);
    let r = get(
        &w.app,
        &w.ann,
        &format!("/api/usages/?search=a+b+c+d+{longest}"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert_eq!(r.body["count"], 0);
}

/// An app on a database of its own with `vars` set.
async fn app_with(vars: &[(&str, &str)]) -> TestApp {
    spawn_app_on(migrated_database().await, test_config(vars)).await
}

/// Holds `table` locked until dropped (or `commit`): every statement on it
/// waits, as behind a long-running write.
async fn lock(app: &TestApp, table: &str) -> tokio_postgres::Client {
    let client = app.db.connect().await;
    client
        .batch_execute(&format!(
            "begin; lock table {table} in access exclusive mode"
        ))
        .await
        .unwrap();
    client
}

#[tokio::test]
async fn a_statement_past_the_statement_timeout_answers_503_with_retry_after() {
    let app = app_with(&[("DATABASE_STATEMENT_TIMEOUT", "1")]).await;
    let member = insert_member(&app.db.client, "waiter", false, None).await;
    let _locked = lock(&app, "domains").await;
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let asked = Instant::now();
    let response = http
        .get(app.url("/api/domains/"))
        .header("authorization", format!("Token {}", member.token))
        .send()
        .await;
    let took = asked.elapsed();
    println!("a statement stuck on a lock: {response:?} after {took:?}");
    let response = response.expect("an answer within 10 s");
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(response.headers()["retry-after"], "5");
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(
        body["detail"],
        "The service is temporarily unavailable. Try again shortly."
    );
    assert!(took < Duration::from_secs(3), "answered after {took:?}");
}

#[tokio::test]
async fn pooled_sessions_run_with_the_configured_timeouts() {
    let db = migrated_database().await;
    let mut config = test_config(&[
        ("DATABASE_STATEMENT_TIMEOUT", "1.5"),
        ("DATABASE_IDLE_IN_TRANSACTION_TIMEOUT", "0.5"),
    ]);
    config.database =
        mothra::config::database::DatabaseSettings::Url(mothra::config::database::DatabaseUrl {
            config: db.config().await,
            ssl_mode: mothra::config::database::SslMode::Disable,
        });
    let app = mothra::app::App::build(config).await.unwrap();
    let mut client = app.state().pool.get().await.unwrap();
    let show = |row: tokio_postgres::Row| row.get::<_, String>(0);
    let statement = show(
        client
            .query_one("show statement_timeout", &[])
            .await
            .unwrap(),
    );
    let idle = show(
        client
            .query_one("show idle_in_transaction_session_timeout", &[])
            .await
            .unwrap(),
    );
    assert_eq!((statement.as_str(), idle.as_str()), ("1500ms", "500ms"));

    // A transaction left idle past the limit is ended by the server, and
    // what the API makes of that is a 503, not a 500.
    let transaction = client.transaction().await.unwrap();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let error = transaction.query_one("select 1", &[]).await.unwrap_err();
    let api = mothra::api::error::ApiError::from(error);
    assert_eq!(api.status(), StatusCode::SERVICE_UNAVAILABLE, "{api:?}");
}

/// Sends a GET over a raw connection and returns it unread. Its receive
/// buffer is small, as a slow client's window would be, so that a server
/// writing to it soon has to wait.
async fn send(app: &TestApp, path: &str, token: Option<&str>) -> TcpStream {
    let host = app.address.trim_start_matches("http://");
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.set_recv_buffer_size(16 * 1024).unwrap();
    let mut stream = socket.connect(host.parse().unwrap()).await.unwrap();
    let authorization = token
        .map(|t| format!("Authorization: Token {t}\r\n"))
        .unwrap_or_default();
    let request = format!("GET {path} HTTP/1.1\r\nHost: {host}\r\n{authorization}\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    stream
}

/// Backends of this app (its pool) waiting on a lock.
async fn waiting_on_a_lock(app: &TestApp) -> i64 {
    app.db
        .client
        .query_one(
            "select count(*) from pg_stat_activity
             where datname = current_database() and application_name = 'mothra'
               and wait_event_type = 'Lock'",
            &[],
        )
        .await
        .unwrap()
        .get(0)
}

#[tokio::test]
async fn requests_abandoned_mid_query_are_cancelled_and_the_pool_stays_usable() {
    // No statement timeout to speak of: only cancelling frees the pool.
    let app = app_with(&[("DATABASE_STATEMENT_TIMEOUT", "60")]).await;
    let member = insert_member(&app.db.client, "quitter", false, None).await;
    let locked = lock(&app, "domains").await;
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();

    // As many requests as the pool has connections, each stuck on the
    // lock, then abandoned by its client.
    let mut streams = Vec::new();
    for _ in 0..16 {
        streams.push(send(&app, "/api/domains/", Some(&member.token)).await);
    }
    let stuck = Instant::now();
    while waiting_on_a_lock(&app).await < 16 {
        assert!(
            stuck.elapsed() < Duration::from_secs(5),
            "the 16 requests never reached the database"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    drop(streams);

    let asked = Instant::now();
    let ready = http.get(app.url("/readyz")).send().await;
    let took = asked.elapsed();
    println!("after 16 abandoned requests, /readyz: {ready:?} after {took:?}");
    let ready = ready.expect("/readyz answers");
    assert_eq!(ready.status(), StatusCode::OK);
    assert!(took < Duration::from_secs(2), "/readyz took {took:?}");
    let subjects = http
        .get(app.url("/api/subjects/"))
        .header("authorization", format!("Token {}", member.token))
        .send()
        .await
        .unwrap();
    assert_eq!(subjects.status(), StatusCode::OK);

    // The abandoned statements were cancelled, not left waiting.
    let cancelled = Instant::now();
    while waiting_on_a_lock(&app).await > 0 {
        assert!(
            cancelled.elapsed() < Duration::from_secs(2),
            "{} abandoned statements still wait on the lock",
            waiting_on_a_lock(&app).await
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    locked.batch_execute("commit").await.unwrap();
    let domains = http
        .get(app.url("/api/domains/"))
        .header("authorization", format!("Token {}", member.token))
        .send()
        .await
        .unwrap();
    assert_eq!(domains.status(), StatusCode::OK);
}

/// Reads what the server has sent so far: the status code, and the whole
/// head.
async fn status_of(stream: &mut TcpStream) -> (u16, String) {
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buf))
            .await
            .expect("a response head within 5 s")
            .unwrap();
        assert!(n > 0, "connection closed before a response head");
        head.extend_from_slice(&buf[..n]);
    }
    let head = String::from_utf8_lossy(&head).to_string();
    let status = head[9..12].parse().unwrap();
    (status, head)
}

/// About 20 MB of products as CSV: far more than socket buffers hold.
async fn bulk_products(app: &TestApp) {
    app.db
        .client
        .batch_execute(
            "insert into domains (name) values ('Bulk');
             insert into products (name, domain_id, description)
             select 'Product ' || n, (select id from domains where name = 'Bulk'), repeat('x', 1000)
             from generate_series(1, 20000) n",
        )
        .await
        .unwrap();
}

#[tokio::test]
async fn csv_clients_that_never_read_cannot_take_the_pool() {
    let app = app_with(&[]).await;
    let member = insert_member(&app.db.client, "reader", false, None).await;
    bulk_products(&app).await;

    let mut streams = Vec::new();
    for _ in 0..20 {
        streams.push(send(&app, "/api/products/?format=csv", Some(&member.token)).await);
    }
    // Let every export start and fill what it can.
    tokio::time::sleep(Duration::from_millis(1500)).await;

    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let asked = Instant::now();
    let list = http
        .get(app.url("/api/products/?page_size=1"))
        .header("authorization", format!("Token {}", member.token))
        .send()
        .await
        .expect("a list answers");
    let took = asked.elapsed();
    println!(
        "with 20 never-reading CSV clients, a list answered {} in {took:?}",
        list.status()
    );
    assert_eq!(list.status(), StatusCode::OK);
    // 3 s, not 2: the four exports running meanwhile compete for the CPU
    // on a loaded test machine; without the cap, the answer is a 503.
    assert!(took < Duration::from_secs(3), "the list took {took:?}");

    let mut exporting = 0;
    for stream in &mut streams {
        match status_of(stream).await {
            (200, _) => exporting += 1,
            (503, head) => assert!(
                head.to_ascii_lowercase().contains("retry-after: 5"),
                "{head}"
            ),
            (status, head) => panic!("unexpected {status}: {head}"),
        }
    }
    // A quarter of the pool of 16.
    assert_eq!(exporting, 4, "exports running at once");
}
