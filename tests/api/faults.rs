//! Proof under faults: the database going away and coming back.

use std::str::FromStr;
use std::time::{Duration, Instant};

use mothra::db::target::{DatabaseSettings, DatabaseUrl, SslMode};

use crate::helpers::test_config;
use crate::private_postgres::PrivatePostgres;

#[tokio::test]
async fn a_database_restart_gives_503s_then_the_app_recovers_on_its_own() {
    let postgres = tokio::task::spawn_blocking(PrivatePostgres::start)
        .await
        .unwrap();
    let mut config = test_config(&[("DATABASE_TIMEOUT", "1")]);
    config.database = DatabaseSettings::Url(DatabaseUrl {
        config: tokio_postgres::Config::from_str(&postgres.url("postgres")).unwrap(),
        ssl_mode: SslMode::Disable,
    });
    let app = mothra::app::App::build(config)
        .await
        .expect("the app builds");
    let base = format!("http://{}", app.local_addr());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(app.run_until_stopped(async {
        let _ = stopped.await;
    }));
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

    let _ = stop.send(());
    server.await.unwrap();
    drop(postgres);
}
