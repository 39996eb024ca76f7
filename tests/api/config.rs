//! Configuration: each form, precedence, and every bad-value message.

use std::collections::HashMap;

use mothra::config::database::{DatabaseSettings, SslMode};
use mothra::config::{Config, LogFormat, SecretKeySource};

const KEY: &str = "0123456789abcdef0123456789abcdef";

fn config(vars: &[(&str, &str)]) -> Result<Config, String> {
    let mut map: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    // Required outside DEBUG; a test about it sets it empty.
    map.entry("PUBLIC_URL".into())
        .or_insert_with(|| "https://mothra.example.org".into());
    Config::from_map(&map).map_err(|e| e.to_string())
}

fn error(vars: &[(&str, &str)]) -> String {
    config(vars).expect_err("this configuration must be refused")
}

#[test]
fn defaults_apply_when_only_the_secret_key_is_set() {
    let c = config(&[("SECRET_KEY", KEY)]).unwrap();
    assert_eq!(c.port, 8080);
    assert_eq!(c.host.to_string(), "127.0.0.1");
    assert_eq!(c.pool_size, 16);
    assert_eq!(c.database_timeout.as_secs(), 5);
    assert_eq!(c.statement_timeout.as_secs(), 5);
    assert_eq!(c.idle_in_transaction_timeout.as_secs(), 10);
    assert_eq!(c.export_stall_timeout.as_secs(), 30);
    assert!(!c.debug);
    assert_eq!(c.log_format, LogFormat::Text);
    assert_eq!(c.secret_key_source, SecretKeySource::Environment);
    assert!(matches!(c.database, DatabaseSettings::Local));
}

#[test]
fn database_url_wins_over_the_postgres_variables() {
    let c = config(&[
        ("SECRET_KEY", KEY),
        (
            "DATABASE_URL",
            "postgres://app:pw@db.example.com:6543/prod?sslmode=require",
        ),
        ("POSTGRES_HOST", "elsewhere"),
        ("POSTGRES_DB", "other"),
    ])
    .unwrap();
    let DatabaseSettings::Url(url) = c.database else {
        panic!("DATABASE_URL must win")
    };
    assert_eq!(url.ssl_mode, SslMode::Require);
    assert_eq!(url.config.get_dbname(), Some("prod"));
    assert_eq!(url.config.get_ports(), &[6543]);
}

#[test]
fn postgres_variables_are_used_with_defaults_for_the_missing_ones() {
    let c = config(&[
        ("SECRET_KEY", KEY),
        ("POSTGRES_HOST", "db"),
        ("POSTGRES_PASSWORD", "s3cret"),
    ])
    .unwrap();
    let DatabaseSettings::Vars(vars) = c.database else {
        panic!("POSTGRES_* must be used")
    };
    assert_eq!(vars.host, "db");
    assert_eq!(vars.port, 5432);
    assert_eq!(vars.dbname, "mothra");
    assert_eq!(vars.user, "postgres");
    assert_eq!(vars.password.as_deref(), Some("s3cret"));
}

#[test]
fn every_libpq_sslmode_is_understood() {
    for (mode, expected) in [
        ("disable", SslMode::Disable),
        ("prefer", SslMode::Prefer),
        ("require", SslMode::Require),
        ("verify-ca", SslMode::VerifyCa),
        ("verify-full", SslMode::VerifyFull),
    ] {
        let url = format!("postgres://u:p@h/d?sslmode={mode}");
        let c = config(&[("SECRET_KEY", KEY), ("DATABASE_URL", &url)]).unwrap();
        let DatabaseSettings::Url(url) = c.database else {
            panic!()
        };
        assert_eq!(url.ssl_mode, expected, "{mode}");
    }
    let c = config(&[("SECRET_KEY", KEY), ("DATABASE_URL", "postgres://u:p@h/d")]).unwrap();
    let DatabaseSettings::Url(url) = c.database else {
        panic!()
    };
    assert_eq!(url.ssl_mode, SslMode::Prefer, "libpq's default is prefer");
}

#[test]
fn a_bad_sslmode_is_refused_with_the_accepted_values() {
    let e = error(&[
        ("SECRET_KEY", KEY),
        ("DATABASE_URL", "postgres://u:hunter2@h/d?sslmode=always"),
    ]);
    assert!(e.starts_with("DATABASE_URL must be"), "{e}");
    assert!(
        e.contains("disable, prefer, require, verify-ca or verify-full"),
        "{e}"
    );
    assert!(!e.contains("hunter2"), "the password leaked: {e}");
}

#[test]
fn a_database_url_that_is_not_postgres_is_refused_without_echoing_it() {
    for url in [
        "mysql://u:hunter2@h/d",
        "not a url",
        "postgres://u:hunter2@h",
    ] {
        let e = error(&[("SECRET_KEY", KEY), ("DATABASE_URL", url)]);
        assert!(
            e.starts_with("DATABASE_URL must be a URL like postgres://"),
            "{e}"
        );
        assert!(!e.contains("hunter2"), "the password leaked: {e}");
    }
}

#[test]
fn the_password_never_appears_in_debug_output() {
    let c = config(&[
        ("SECRET_KEY", KEY),
        ("DATABASE_URL", "postgres://u:hunter2@h/d"),
    ])
    .unwrap();
    let shown = format!("{c:?}");
    assert!(!shown.contains("hunter2"), "{shown}");
    assert!(!shown.contains(KEY), "the secret key leaked: {shown}");
    let c = config(&[("SECRET_KEY", KEY), ("POSTGRES_PASSWORD", "hunter2")]).unwrap();
    assert!(!format!("{c:?}").contains("hunter2"));
}

#[test]
fn bad_values_are_refused_with_a_message_naming_the_variable() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "PORT",
            "eighty",
            "PORT must be a port number from 0 to 65535 (got \"eighty\")",
        ),
        (
            "PORT",
            "70000",
            "PORT must be a port number from 0 to 65535 (got \"70000\")",
        ),
        (
            "HOST",
            "localhost",
            "HOST must be an IP address such as 127.0.0.1 or 0.0.0.0 (got \"localhost\")",
        ),
        (
            "DATABASE_POOL_SIZE",
            "0",
            "DATABASE_POOL_SIZE must be a whole number from 1 to 1000 (got \"0\")",
        ),
        (
            "DATABASE_TIMEOUT",
            "-1",
            "DATABASE_TIMEOUT must be a number of seconds above 0 and at most 300 (got \"-1\")",
        ),
        (
            "DATABASE_STATEMENT_TIMEOUT",
            "0",
            "DATABASE_STATEMENT_TIMEOUT must be a number of seconds above 0 and at most 300 (got \"0\")",
        ),
        (
            "DATABASE_IDLE_IN_TRANSACTION_TIMEOUT",
            "soon",
            "DATABASE_IDLE_IN_TRANSACTION_TIMEOUT must be a number of seconds above 0 and at most 300 (got \"soon\")",
        ),
        (
            "EXPORT_STALL_TIMEOUT",
            "301",
            "EXPORT_STALL_TIMEOUT must be a number of seconds above 0 and at most 300 (got \"301\")",
        ),
        (
            "LOG_FORMAT",
            "xml",
            "LOG_FORMAT must be text or json (got \"xml\")",
        ),
        ("DEBUG", "maybe", "DEBUG must be 0 or 1 (got \"maybe\")"),
        (
            "POSTGRES_PORT",
            "x",
            "POSTGRES_PORT must be a port number from 1 to 65535 (got \"x\")",
        ),
    ];
    for (variable, value, message) in cases {
        assert_eq!(error(&[("SECRET_KEY", KEY), (variable, value)]), *message);
    }
}

#[test]
fn a_missing_secret_key_outside_debug_stops_the_start_and_says_how_to_make_one() {
    let e = error(&[]);
    assert!(e.starts_with("SECRET_KEY is not set"), "{e}");
    assert!(e.contains("openssl rand -hex 32"), "{e}");
}

#[test]
fn the_placeholder_secret_key_from_the_example_file_is_refused_outside_debug() {
    let e = error(&[(
        "SECRET_KEY",
        "change-me-run-openssl-rand-hex-32-and-paste-it-here",
    )]);
    assert!(
        e.starts_with("SECRET_KEY is still the placeholder from .env.example"),
        "{e}"
    );
}

#[test]
fn a_short_secret_key_is_refused_even_in_debug() {
    let e = error(&[("SECRET_KEY", "short"), ("DEBUG", "1")]);
    assert_eq!(
        e,
        "SECRET_KEY must be at least 32 characters (it has 5); make one with: openssl rand -hex 32"
    );
}

#[test]
fn debug_without_a_secret_key_generates_one() {
    let a = config(&[("DEBUG", "1")]).unwrap();
    let b = config(&[("DEBUG", "1")]).unwrap();
    assert_eq!(a.secret_key_source, SecretKeySource::Generated);
    assert!(a.debug);
    assert_ne!(a.secret_key, b.secret_key, "each start makes its own key");
}

#[test]
fn json_logs_and_a_custom_pool_are_accepted() {
    let c = config(&[
        ("SECRET_KEY", KEY),
        ("LOG_FORMAT", "JSON"),
        ("DATABASE_POOL_SIZE", "4"),
        ("DATABASE_TIMEOUT", "0.5"),
        ("DATABASE_STATEMENT_TIMEOUT", "2.5"),
        ("DATABASE_IDLE_IN_TRANSACTION_TIMEOUT", "30"),
        ("HOST", "0.0.0.0"),
        ("PORT", "9000"),
    ])
    .unwrap();
    assert_eq!(c.log_format, LogFormat::Json);
    assert_eq!(c.pool_size, 4);
    assert_eq!(c.database_timeout.as_millis(), 500);
    assert_eq!(c.statement_timeout.as_millis(), 2500);
    assert_eq!(c.idle_in_transaction_timeout.as_secs(), 30);
    assert_eq!(c.host.to_string(), "0.0.0.0");
    assert_eq!(c.port, 9000);
}

#[test]
fn a_missing_public_url_outside_debug_stops_the_start_in_one_line() {
    let e = error(&[("SECRET_KEY", KEY), ("PUBLIC_URL", "")]);
    assert_eq!(
        e,
        "PUBLIC_URL is not set; set it to the site's address, such as https://mothra.example.org, for the links in mail (or set DEBUG=1 for development)"
    );
    assert!(!e.contains('\n'));
    let c = config(&[("DEBUG", "1"), ("PUBLIC_URL", "")]).unwrap();
    assert_eq!(c.public_url, None, "development may leave it unset");
}

#[test]
fn in_development_without_public_url_links_point_at_the_listening_address() {
    use mothra::config::listening_origin;
    assert_eq!(
        listening_origin("0.0.0.0:8080".parse().unwrap()),
        "http://127.0.0.1:8080"
    );
    assert_eq!(
        listening_origin("[::]:9000".parse().unwrap()),
        "http://[::1]:9000"
    );
    assert_eq!(
        listening_origin("192.0.2.7:80".parse().unwrap()),
        "http://192.0.2.7:80"
    );
}
