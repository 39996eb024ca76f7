//! Proof under faults: the database going away and coming back.

use std::str::FromStr;
use std::time::{Duration, Instant};

use crate::helpers::{start_instance, test_config, Instance};
use crate::private_postgres::PrivatePostgres;

/// The app on a PostgreSQL of the test's own, which it may stop and start.
async fn app_on_private_postgres() -> (PrivatePostgres, Instance) {
    app_on_private_postgres_with(&[("DATABASE_TIMEOUT", "1")]).await
}

/// [`app_on_private_postgres`] with these settings.
async fn app_on_private_postgres_with(vars: &[(&str, &str)]) -> (PrivatePostgres, Instance) {
    let postgres = tokio::task::spawn_blocking(PrivatePostgres::start)
        .await
        .unwrap();
    let database = tokio_postgres::Config::from_str(&postgres.url("postgres")).unwrap();
    let app = start_instance(test_config(vars), database).await;
    (postgres, app)
}

#[tokio::test]
async fn a_frozen_database_answers_503_with_retry_after_within_three_seconds() {
    let (postgres, mut app) = app_on_private_postgres_with(&[
        ("DATABASE_TIMEOUT", "1"),
        ("DATABASE_STATEMENT_TIMEOUT", "1"),
    ])
    .await;
    let base = app.address.clone();
    let (setup, connection) =
        tokio_postgres::connect(&postgres.url("postgres"), tokio_postgres::NoTls)
            .await
            .unwrap();
    tokio::spawn(connection);
    let member = crate::helpers::insert_member(&setup, "frozen", false, None).await;
    drop(setup);
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "authorization",
        format!("Token {}", member.token).parse().unwrap(),
    );
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .default_headers(headers)
        .build()
        .unwrap();
    // Warm: the pool holds idle connections that will look fine.
    for path in ["/readyz", "/api/domains/"] {
        let response = http.get(format!("{base}{path}")).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path} before the freeze");
    }

    let frozen = postgres.freeze();
    // One request on an idle pooled connection, one that then needs a new
    // connection, and a few at once, an export among them.
    let ask = |path: &'static str| {
        let http = http.clone();
        let url = format!("{base}{path}");
        async move {
            let asked = Instant::now();
            let response = http.get(url).send().await;
            (path, response, asked.elapsed())
        }
    };
    let mut answers = vec![ask("/readyz").await, ask("/api/domains/").await];
    answers.extend(
        futures_util::future::join_all(
            [
                "/readyz",
                "/api/domains/",
                "/api/subjects/",
                "/api/domains/?format=csv",
                "/readyz",
            ]
            .map(ask),
        )
        .await,
    );
    for (path, response, took) in answers {
        let response = response.unwrap_or_else(|e| panic!("{path}: no answer: {e}"));
        println!(
            "{path} on a frozen database: {} after {took:?}",
            response.status()
        );
        assert_eq!(response.status(), 503, "{path}");
        assert_eq!(response.headers()["retry-after"], "5", "{path}");
        assert!(
            took < Duration::from_secs(3),
            "{path} answered after {took:?}"
        );
    }
    assert_eq!(
        http.get(format!("{base}/healthz"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );

    drop(frozen);
    let thawed = Instant::now();
    loop {
        let status = http
            .get(format!("{base}/api/domains/"))
            .send()
            .await
            .map(|r| r.status().as_u16())
            .unwrap_or(0);
        if status == 200 {
            break;
        }
        assert!(
            thawed.elapsed() < Duration::from_secs(10),
            "no recovery within 10 s of the thaw (last {status})"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    println!("recovered {:?} after the thaw", thawed.elapsed());
    app.begin_shutdown().await.unwrap();
    drop(postgres);
}

#[tokio::test]
async fn a_database_restart_gives_503s_then_the_app_recovers_on_its_own() {
    let (postgres, mut app) = app_on_private_postgres().await;
    let base = app.address.clone();
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    assert_eq!(
        http.get(format!("{base}/readyz"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );

    let postgres = tokio::task::spawn_blocking(move || {
        postgres.stop_server();
        postgres
    })
    .await
    .unwrap();

    // During the outage: quick 503s with Retry-After, never a hang or a 500.
    for _ in 0..5 {
        let asked = Instant::now();
        let response = http.get(format!("{base}/readyz")).send().await.unwrap();
        assert_eq!(response.status(), 503);
        assert_eq!(response.headers()["retry-after"], "5");
        assert!(
            asked.elapsed() < Duration::from_secs(3),
            "answered in {:?}",
            asked.elapsed()
        );
    }
    assert_eq!(
        http.get(format!("{base}/healthz"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );

    let postgres = tokio::task::spawn_blocking(move || {
        postgres.start_server();
        postgres
    })
    .await
    .unwrap();
    let back = Instant::now();
    loop {
        if http
            .get(format!("{base}/readyz"))
            .send()
            .await
            .unwrap()
            .status()
            == 200
        {
            break;
        }
        assert!(
            back.elapsed() < Duration::from_secs(10),
            "no recovery within 10 s"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    println!(
        "recovered {:?} after the database came back",
        back.elapsed()
    );

    app.begin_shutdown().await.unwrap();
    drop(postgres);
}

/// Rows a member needs to review: an organization, a usage type and
/// `products` products; returns (organization, usage type, product ids).
async fn review_fixtures(db: &tokio_postgres::Client, products: usize) -> (i64, i64, Vec<i64>) {
    let organization: i64 = db
        .query_one(
            "insert into organizations (name, org_type_id) values ('Burst District', (select min(id) from org_types)) returning id",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    let usage_type: i64 = db
        .query_one(
            "insert into usage_types (name) values ('Classroom') returning id",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    let ids = db
        .query(
            "insert into products (name, domain_id)
             select 'Product ' || n, (select id from domains limit 1) from generate_series(1, $1::int) n
             returning id",
            &[&(products as i32)],
        )
        .await
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect();
    (organization, usage_type, ids)
}

#[tokio::test]
async fn no_review_write_is_lost_or_half_done_when_the_database_restarts_mid_burst() {
    let (postgres, mut app) = app_on_private_postgres().await;
    let base = app.address.clone();

    let (setup, connection) =
        tokio_postgres::connect(&postgres.url("postgres"), tokio_postgres::NoTls)
            .await
            .unwrap();
    tokio::spawn(connection);
    setup
        .batch_execute("insert into domains (name) values ('Burst')")
        .await
        .unwrap();
    const WRITES: usize = 100;
    let (organization, usage_type, products) = review_fixtures(&setup, WRITES).await;
    // A member reviews for their own organization.
    let member = crate::helpers::insert_member(&setup, "burst", false, Some(organization)).await;
    drop(setup);

    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let write = |product: i64, i: usize, delay: Duration| {
        let http = http.clone();
        let url = format!("{base}/api/usages/");
        let token = member.token.clone();
        let body = serde_json::json!({
            "product": product, "organization": organization, "usage_type": usage_type,
            "rating": 1 + (i % 5), "review": format!("write {i}"),
        });
        async move {
            tokio::time::sleep(delay).await;
            let result = http
                .post(url)
                .header("authorization", format!("Token {token}"))
                .json(&body)
                .send()
                .await;
            (product, result.map(|r| r.status().as_u16()).unwrap_or(0))
        }
    };
    // Before the outage: every write lands.
    let (before, rest) = products.split_at(20);
    let mut results = futures_util::future::join_all(
        before
            .iter()
            .enumerate()
            .map(|(i, p)| write(*p, i, Duration::ZERO)),
    )
    .await;
    assert!(
        results.iter().all(|(_, s)| *s == 201),
        "before the outage: {results:?}"
    );

    // Across it: writes spread over about a second, the database stopped
    // for a moment in the middle.
    let burst = tokio::spawn(futures_util::future::join_all(
        rest.iter()
            .enumerate()
            .map(|(i, p)| write(*p, i, Duration::from_millis(10 * i as u64))),
    ));
    tokio::time::sleep(Duration::from_millis(200)).await;
    let postgres = tokio::task::spawn_blocking(move || {
        postgres.stop_server();
        std::thread::sleep(Duration::from_millis(300));
        postgres.start_server();
        postgres
    })
    .await
    .unwrap();
    results.extend(burst.await.unwrap());

    // After it: writes land again, without a restart of the app.
    let recovered = Instant::now();
    let extra: i64 = {
        let (c, connection) =
            tokio_postgres::connect(&postgres.url("postgres"), tokio_postgres::NoTls)
                .await
                .unwrap();
        tokio::spawn(connection);
        c.query_one("insert into products (name, domain_id) values ('After', (select min(id) from domains)) returning id", &[])
            .await
            .unwrap()
            .get(0)
    };
    loop {
        let (_, status) = write(extra, 0, Duration::ZERO).await;
        if status == 201 {
            results.push((extra, status));
            break;
        }
        assert!(
            recovered.elapsed() < Duration::from_secs(10),
            "writes never landed again"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    let (check, connection) =
        tokio_postgres::connect(&postgres.url("postgres"), tokio_postgres::NoTls)
            .await
            .unwrap();
    tokio::spawn(connection);
    let stored: std::collections::HashSet<i64> = check
        .query("select product_id from usages", &[])
        .await
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect();
    let created: Vec<i64> = results
        .iter()
        .filter(|(_, s)| *s == 201)
        .map(|(p, _)| *p)
        .collect();
    let refused: Vec<&(i64, u16)> = results.iter().filter(|(_, s)| *s != 201).collect();
    println!(
        "{} writes answered 201, {} refused during the outage",
        created.len(),
        refused.len()
    );
    for (product, status) in &refused {
        assert_eq!(
            *status, 503,
            "an outage answers 503, never {status} (product {product})"
        );
        assert!(
            !stored.contains(product),
            "a write answered {status} left a row (product {product})"
        );
    }
    for product in &created {
        assert!(
            stored.contains(product),
            "a write answered 201 was lost (product {product})"
        );
    }
    assert_eq!(stored.len(), created.len());

    app.begin_shutdown().await.unwrap();
    drop(postgres);
}

/// How database failures are classified (`db::error::DbError`): a broken
/// connection is `Unavailable` (a 503, worth a retry); a fault in the
/// statement or its values, which PostgreSQL never saw, is `Internal`
/// (a 500, logged), since a retry would fail the same way.
#[tokio::test]
async fn a_broken_connection_is_unavailable_and_a_statement_fault_is_internal() {
    use mothra::db::error::DbError;
    let db = crate::helpers::migrated_database().await;
    let client = db.connect().await;

    let wrong_count = client.query("select $1::int", &[]).await.unwrap_err();
    assert!(
        matches!(DbError::from(wrong_count), DbError::Internal(_)),
        "a parameter count mismatch is a fault"
    );
    let wrong_type = client
        .query_one("select 'text'::text", &[])
        .await
        .unwrap()
        .try_get::<_, i64>(0)
        .unwrap_err();
    assert!(
        matches!(DbError::from(wrong_type), DbError::Internal(_)),
        "reading a column as the wrong type is a fault"
    );

    let pid: i32 = client
        .query_one("select pg_backend_pid()", &[])
        .await
        .unwrap()
        .get(0);
    let other = db.connect().await;
    other
        .execute("select pg_terminate_backend($1)", &[&pid])
        .await
        .unwrap();
    let broken = client.query("select 1", &[]).await.unwrap_err();
    assert!(
        matches!(DbError::from(broken), DbError::Unavailable(_)),
        "a terminated connection is worth a retry"
    );
}
