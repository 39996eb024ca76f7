//! The accounts settings: TRUST_PROXY, PUBLIC_URL and the EMAIL_* family,
//! their defaults and every bad-value message.

use std::collections::HashMap;

use mothra::config::Config;

const KEY: &str = "0123456789abcdef0123456789abcdef";

fn config(vars: &[(&str, &str)]) -> Result<Config, String> {
    let mut map: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    map.insert("SECRET_KEY".into(), KEY.into());
    map.entry("PUBLIC_URL".into())
        .or_insert_with(|| "https://mothra.example.org".into());
    Config::from_map(&map).map_err(|e| e.to_string())
}

#[test]
fn without_settings_mail_goes_to_the_log_and_proxies_are_not_trusted() {
    // PUBLIC_URL may be unset only in development.
    let c = config(&[("DEBUG", "1"), ("PUBLIC_URL", "")]).unwrap();
    assert!(!c.trust_proxy);
    assert_eq!(c.public_url, None);
    assert_eq!(c.email.host, None);
    assert_eq!(c.email.port, 587);
    assert!(!c.email.starttls);
    assert!(c.email.credentials.is_none());
    assert_eq!(c.email.from.to_string(), "Mothra <mothra@localhost>");
}

#[test]
fn the_mail_settings_are_read_as_given() {
    let c = config(&[
        ("TRUST_PROXY", "1"),
        ("PUBLIC_URL", "https://mothra.example.org/"),
        ("EMAIL_HOST", " smtp.example.org "),
        ("EMAIL_PORT", "2525"),
        ("EMAIL_HOST_USER", "mailer"),
        ("EMAIL_HOST_PASSWORD", " s3cret "),
        ("EMAIL_USE_TLS", "1"),
        ("DEFAULT_FROM_EMAIL", "Reviews <reviews@example.org>"),
    ])
    .unwrap();
    assert!(c.trust_proxy);
    assert_eq!(c.public_url.as_deref(), Some("https://mothra.example.org"));
    assert_eq!(c.email.host.as_deref(), Some("smtp.example.org"));
    assert_eq!(c.email.port, 2525);
    assert_eq!(
        c.email.credentials,
        Some(("mailer".to_owned(), " s3cret ".to_owned()))
    );
    assert!(c.email.starttls);
    assert_eq!(c.email.from.email.to_string(), "reviews@example.org");
}

#[test]
fn each_bad_accounts_setting_is_named_with_what_it_accepts() {
    let cases = [
        ("TRUST_PROXY", "maybe", "TRUST_PROXY must be 0 or 1 (got \"maybe\")"),
        ("EMAIL_USE_TLS", "starttls", "EMAIL_USE_TLS must be 0 or 1 (got \"starttls\")"),
        ("EMAIL_PORT", "0", "EMAIL_PORT must be a port number from 1 to 65535 (got \"0\")"),
        ("EMAIL_PORT", "smtp", "EMAIL_PORT must be a port number from 1 to 65535 (got \"smtp\")"),
        (
            "PUBLIC_URL",
            "mothra.example.org",
            "PUBLIC_URL must be an http(s) origin such as https://mothra.example.org (no path) (got \"mothra.example.org\")",
        ),
        (
            "PUBLIC_URL",
            "https://mothra.example.org/app",
            "PUBLIC_URL must be an http(s) origin such as https://mothra.example.org (no path) (got \"https://mothra.example.org/app\")",
        ),
        (
            "PUBLIC_URL",
            "ftp://mothra.example.org",
            "PUBLIC_URL must be an http(s) origin such as https://mothra.example.org (no path) (got \"ftp://mothra.example.org\")",
        ),
        (
            "DEFAULT_FROM_EMAIL",
            "not an address",
            "DEFAULT_FROM_EMAIL must be an address such as \"Mothra <mothra@example.org>\" (got \"not an address\")",
        ),
    ];
    for (variable, value, message) in cases {
        assert_eq!(
            config(&[(variable, value)]).unwrap_err(),
            message,
            "{variable}={value}"
        );
    }
}
