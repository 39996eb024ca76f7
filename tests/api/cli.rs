//! The binary's command line: help, configuration errors, `.env`, `check`.

use crate::binary::{self, mothra, temp_dir};
use crate::helpers::{migrated_database, url_for};

#[test]
fn help_explains_each_subcommand() {
    let output = mothra(&temp_dir()).arg("--help").output().unwrap();
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).unwrap();
    for line in [
        "serve",
        "migrate",
        "check",
        "healthcheck",
        "Apply pending migrations and exit",
    ] {
        assert!(help.contains(line), "help lacks {line}: {help}");
    }
}

#[test]
fn a_bad_value_in_dot_env_stops_the_start_with_one_line_naming_it() {
    let dir = temp_dir();
    std::fs::write(
        dir.join(".env"),
        "SECRET_KEY=0123456789abcdef0123456789abcdef\nPORT=http\n",
    )
    .unwrap();
    let output = mothra(&dir).arg("check").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        stderr,
        "mothra: configuration: PORT must be a port number from 0 to 65535 (got \"http\")\n"
    );
}

#[tokio::test]
async fn check_reaches_the_database_and_the_real_environment_wins_over_dot_env() {
    let db = migrated_database().await;
    let dir = temp_dir();
    std::fs::write(
        dir.join(".env"),
        "SECRET_KEY=0123456789abcdef0123456789abcdef\nDATABASE_URL=postgres://nobody:pw@127.0.0.1:1/none\n",
    )
    .unwrap();
    let url = url_for(&db.name).await;
    let output = mothra(&dir)
        .arg("check")
        .env("DATABASE_URL", &url)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("database: ok"), "{stdout}");
    assert!(
        stdout.contains(&format!("/{} ", db.name)),
        "the environment's database was used: {stdout}"
    );
    assert!(stdout.contains("migrations: current"), "{stdout}");
}

#[test]
fn check_names_an_unreachable_database_without_its_password() {
    let dir = temp_dir();
    let output = mothra(&dir)
        .arg("check")
        .env("SECRET_KEY", "0123456789abcdef0123456789abcdef")
        .env(
            "DATABASE_URL",
            "postgres://someone:hunter2@127.0.0.1:1/nothing",
        )
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("cannot connect to postgres://someone@127.0.0.1:1/nothing"),
        "{stderr}"
    );
    assert!(!stderr.contains("hunter2"), "{stderr}");
}

#[test]
fn serving_outside_debug_without_public_url_is_refused_in_one_line() {
    let output = binary::bare(&temp_dir())
        .arg("serve")
        .env("SECRET_KEY", "0123456789abcdef0123456789abcdef")
        .env("PORT", "0")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        "mothra: configuration: PUBLIC_URL is not set; set it to the site's address, such as https://mothra.example.org, for the links in mail (or set DEBUG=1 for development)\n"
    );
}
