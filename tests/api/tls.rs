//! TLS to PostgreSQL with libpq's sslmode meanings, against servers of the
//! test's own: one offering TLS with a self-signed certificate made for
//! it, one without TLS.

use std::str::FromStr;

use mothra::config::database::{DatabaseSettings, DatabaseUrl, SslMode};
use mothra::config::Config;
use mothra::db::Target;

use crate::helpers::test_config;
use crate::private_postgres::PrivatePostgres;

/// A target for `server`'s maintenance database over TCP.
async fn target(server: &PrivatePostgres, mode: SslMode) -> Target {
    let mut config: Config = test_config(&[]);
    config.database = DatabaseSettings::Url(DatabaseUrl {
        config: tokio_postgres::Config::from_str(&server.url("postgres")).expect("url"),
        ssl_mode: mode,
    });
    Target::resolve(&config).await.expect("a target")
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

async fn connect(server: &PrivatePostgres, mode: SslMode) -> tokio_postgres::Client {
    target(server, mode)
        .await
        .connect()
        .await
        .unwrap_or_else(|e| panic!("{mode}: {e:?}"))
}

#[tokio::test]
async fn require_and_prefer_encrypt_without_verifying_and_disable_does_not() {
    let server = PrivatePostgres::start_with_tls();
    assert!(!encrypted(&connect(&server, SslMode::Disable).await).await);
    assert!(
        encrypted(&connect(&server, SslMode::Require).await).await,
        "sslmode=require must encrypt"
    );
    assert!(
        encrypted(&connect(&server, SslMode::Prefer).await).await,
        "prefer encrypts when the server offers TLS"
    );
}

#[tokio::test]
async fn require_refuses_a_server_without_tls_where_prefer_falls_back() {
    let server = PrivatePostgres::start();
    let refused = target(&server, SslMode::Require).await.connect().await;
    assert!(
        refused.is_err(),
        "sslmode=require must refuse rather than fall back to plain text"
    );
    assert!(!encrypted(&connect(&server, SslMode::Prefer).await).await);
}

#[tokio::test]
async fn verify_ca_and_verify_full_refuse_a_certificate_no_trusted_root_signed() {
    let server = PrivatePostgres::start_with_tls();
    // The certificate is self-signed, so verification against the web PKI
    // roots must fail, never fall back.
    for mode in [SslMode::VerifyCa, SslMode::VerifyFull] {
        let error = target(&server, mode).await.connect().await.unwrap_err();
        let text = format!("{error:?}").to_lowercase();
        assert!(
            text.contains("invalidcertificate(unknownissuer)"),
            "{mode}: {error:?}"
        );
    }
}
