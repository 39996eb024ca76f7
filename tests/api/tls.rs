//! TLS to PostgreSQL with libpq's sslmode meanings, against the test
//! server when it offers TLS (Debian's does, with a self-signed certificate).

use mothra::config::Config;
use mothra::db::target::{DatabaseSettings, DatabaseUrl, SslMode};
use mothra::db::Target;

use crate::helpers::{config_for, test_config};

/// A target for the test server's maintenance database over TCP.
async fn target(mode: SslMode) -> Option<Target> {
    let mut pg = config_for("postgres").await;
    if !matches!(
        pg.get_hosts().first(),
        Some(tokio_postgres::config::Host::Tcp(_))
    ) {
        pg = tokio_postgres::Config::new();
        pg.host("127.0.0.1")
            .port(5432)
            .user("postgres")
            .dbname("postgres");
    }
    let mut config: Config = test_config(&[]);
    config.database = DatabaseSettings::Url(DatabaseUrl {
        config: pg,
        ssl_mode: mode,
    });
    Target::resolve(&config).await.ok()
}

/// Whether this connection is encrypted, as the server sees it.
async fn encrypted(client: &tokio_postgres::Client) -> bool {
    client
        .query_one(
            "select ssl from pg_stat_ssl where pid = pg_backend_pid()",
            &[],
        )
        .await
        .unwrap()
        .get(0)
}

#[tokio::test]
async fn require_encrypts_without_verifying_and_disable_does_not_encrypt() {
    let plain = target(SslMode::Disable)
        .await
        .unwrap()
        .connect()
        .await
        .unwrap();
    assert!(!encrypted(&plain).await);
    let Ok(secure) = target(SslMode::Require).await.unwrap().connect().await else {
        // A server without TLS: `require` must refuse rather than fall back.
        return;
    };
    assert!(encrypted(&secure).await, "sslmode=require must encrypt");
    let preferred = target(SslMode::Prefer)
        .await
        .unwrap()
        .connect()
        .await
        .unwrap();
    assert!(
        encrypted(&preferred).await,
        "prefer encrypts when the server offers TLS"
    );
}

#[tokio::test]
async fn verify_full_refuses_a_certificate_no_trusted_root_signed() {
    let Ok(secure) = target(SslMode::Require).await.unwrap().connect().await else {
        return; // no TLS on this server: nothing to verify
    };
    drop(secure);
    // The test server's certificate is self-signed (Debian's snakeoil), so
    // verification against the web PKI roots must fail, never fall back.
    for mode in [SslMode::VerifyCa, SslMode::VerifyFull] {
        let error = target(mode).await.unwrap().connect().await.unwrap_err();
        let text = format!("{error:?}").to_lowercase();
        assert!(
            text.contains("invalidcertificate(unknownissuer)"),
            "{mode}: {error:?}"
        );
    }
}
