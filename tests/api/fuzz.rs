//! Schemathesis against the running app, driven by /api/openapi.json with a
//! staff token over a little demo data: no request it makes may get a 5xx,
//! and every documented response must match its schema. Bounded (a fixed
//! seed, a few examples per operation) to stay within a couple of minutes.

use std::time::Duration;

use mothra::db::demo::{self, Counts};

use crate::helpers::{spawn_app, test_config, TestApp};
use crate::python::{bin, python_with, SCHEMATHESIS};

/// Examples per operation in the fuzzing phase.
const MAX_EXAMPLES: &str = "8";
/// The whole run's limit, beyond which the test fails.
const LIMIT: Duration = Duration::from_secs(420);

#[tokio::test]
async fn schemathesis_finds_no_server_error_and_no_response_off_schema() {
    python_with("schemathesis", SCHEMATHESIS).await;
    let app = spawn_app().await;
    let mut client = app.db.connect().await;
    demo::generate(&mut client, Counts::for_scale(0.01), false, &mut |_| {})
        .await
        .expect("demo data");
    let authorization = staff_token(&app).await;

    let report = std::env::temp_dir().join(format!(
        "mothra-schemathesis-{}",
        uuid::Uuid::new_v4().simple()
    ));
    let run = tokio::process::Command::new(bin("schemathesis"))
        .arg("run")
        .arg(app.url("/api/openapi.json"))
        .args(["-H", &format!("Authorization: {authorization}")])
        .args([
            "--checks",
            "not_a_server_error,response_schema_conformance",
            "--phases",
            "examples,coverage,fuzzing",
            "--max-examples",
            MAX_EXAMPLES,
            "--seed",
            "1",
            "--workers",
            "2",
            "--request-timeout",
            "20",
            "--generation-with-security-parameters",
            "false",
            "--generation-database",
            "none",
            "--no-shrink",
            "--no-color",
            "--output-truncate",
            "false",
            // These would end the staff token or the session under test.
            "--exclude-path",
            "/api/auth/token",
            "--exclude-path",
            "/api/auth/logout",
            "--exclude-path",
            "/api/auth/password/change",
        ])
        .arg("--report-dir")
        .arg(&report)
        .env("SCHEMATHESIS_HOOKS", "")
        .current_dir(std::env::temp_dir())
        .kill_on_drop(true)
        .output();
    let output = tokio::time::timeout(LIMIT, run)
        .await
        .expect("schemathesis finishes in time")
        .expect("schemathesis runs");
    let _ = std::fs::remove_dir_all(&report);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "schemathesis failed:\n{text}");
    assert!(text.contains(" passed"), "{text}");
    assert!(
        !text.contains("Authentication failed"),
        "the token died:\n{text}"
    );
}

/// A staff member with a token, whose user and profile ids the fuzzer
/// will not guess: with small ids, a DELETE of its profile, or a PATCH
/// making a demo member staff then one deactivating it, would end the
/// run's credentials halfway.
async fn staff_token(app: &TestApp) -> String {
    let db = &app.db.client;
    let user_id: i64 = db
        .query_one(
            "insert into users (id, username, email, is_staff) overriding system value
             values (987654321, 'fuzzer', 'fuzzer@example.org', true) returning id",
            &[],
        )
        .await
        .expect("insert the staff user")
        .get(0);
    db.batch_execute(
        "delete from profiles where user_id = 987654321;
         insert into profiles (id, user_id) overriding system value values (987654321, 987654321);",
    )
    .await
    .expect("its profile");
    let key = mothra::auth::keys::generate();
    let hash = mothra::auth::keys::hash(&test_config(&[]).secret_key, &key);
    db.execute(
        "insert into api_tokens (user_id, key_hash) values ($1, $2)",
        &[&user_id, &hash],
    )
    .await
    .expect("its token");
    format!("Token {key}")
}
