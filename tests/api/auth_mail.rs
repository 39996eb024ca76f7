//! Password reset and invitations, end to end through a real SMTP server:
//! the mail arrives, its link is followed, and each misuse is refused.

use serde_json::json;

use crate::auth_support::{body, create_user, with_token, Browser, GOOD_PASSWORD};
use crate::helpers::{migrated_database, spawn_app_on, test_config, TestApp, PUBLIC_URL};
use crate::smtp::{self, SmtpServer};

const SENT: &str =
    "If an account uses that email address, a link to reset its password is on its way.";
const NEW_PASSWORD: &str = "marmot-quarry-velvet";

/// An app whose mail goes to a real SMTP server.
pub async fn app_with_mail(extra: &[(&str, &str)]) -> (TestApp, SmtpServer) {
    let server = smtp::start().await;
    let vars = server.vars();
    let mut all: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    all.extend_from_slice(extra);
    let app = spawn_app_on(migrated_database().await, test_config(&all)).await;
    (app, server)
}

/// POST /api/auth/password/reset for `email`.
pub async fn ask_reset(app: &TestApp, email: &str) -> reqwest::Response {
    reqwest::Client::new()
        .post(app.url("/api/auth/password/reset"))
        .json(&json!({ "email": email }))
        .send()
        .await
        .unwrap()
}

/// Moves every link's creation a minute into the past (the resend pause).
async fn a_minute_passes(app: &TestApp) {
    app.db
        .client
        .execute(
            "update one_time_links set created_at = created_at - interval '61 seconds'",
            &[],
        )
        .await
        .unwrap();
}

async fn confirm(app: &TestApp, token: &str, password: &str) -> reqwest::Response {
    reqwest::Client::new()
        .post(app.url("/api/auth/password/reset/confirm"))
        .json(&json!({ "token": token, "new_password": password }))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_reset_mail_carries_a_single_use_link_that_sets_the_password_and_ends_every_session() {
    let (app, mail) = app_with_mail(&[]).await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let signed_in = Browser::signed_in(&app, "ann", GOOD_PASSWORD).await;

    let response = ask_reset(&app, "ANN@example.org").await;
    assert_eq!(response.status(), 200);
    assert_eq!(body(response).await, json!({ "detail": SENT }));
    let message = mail.wait_for(1).await;
    assert!(message.contains("X-Rcpt-To: ann@example.org"), "{message}");
    assert!(
        message.contains("Subject: Reset your Mothra password"),
        "{message}"
    );
    assert!(message.contains("mothra@test.example>"), "{message}");
    let link = smtp::link(&message);
    assert!(
        link.starts_with(&format!("{PUBLIC_URL}/reset-password/")),
        "{link}"
    );
    let token = smtp::token(&link);

    // The link opens the web app's page (a deep link into the SPA).
    let page = app.get(&format!("/reset-password/{token}")).await;
    assert_eq!(page.status(), 200);

    let response = confirm(&app, &token, "password123").await;
    assert_eq!(response.status(), 400);
    assert_eq!(
        body(response).await,
        json!({ "new_password": ["This password is too common."] })
    );

    let response = confirm(&app, &token, NEW_PASSWORD).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        body(response).await,
        json!({ "detail": "Your password has been set. You can now sign in." })
    );
    assert_eq!(
        signed_in.get("/api/me/").await.status(),
        401,
        "every session ended"
    );
    Browser::signed_in(&app, "ann", NEW_PASSWORD).await;

    let response = confirm(&app, &token, "another-fine-password").await;
    assert_eq!(response.status(), 400);
    assert_eq!(
        body(response).await,
        json!({ "token": ["This link has already been used. Ask for a new one."] })
    );
}

#[tokio::test]
async fn an_unknown_address_gets_the_same_answer_and_no_mail() {
    let (app, mail) = app_with_mail(&[]).await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let response = ask_reset(&app, "nobody@example.org").await;
    assert_eq!(response.status(), 200);
    assert_eq!(body(response).await, json!({ "detail": SENT }));
    // A known address afterwards: its mail is the first and only one.
    ask_reset(&app, "ann@example.org").await;
    let first = mail.wait_for(1).await;
    assert!(first.contains("X-Rcpt-To: ann@example.org"));
    assert_eq!(app.mail_settled().await, 1);
    assert_eq!(mail.messages().len(), 1);
}

#[tokio::test]
async fn an_expired_or_unknown_link_is_400_with_a_clear_message() {
    let (app, mail) = app_with_mail(&[]).await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    ask_reset(&app, "ann@example.org").await;
    let token = smtp::token(&smtp::link(&mail.wait_for(1).await));
    app.db
        .client
        .execute(
            "update one_time_links set expires_at = now() - interval '1 second'",
            &[],
        )
        .await
        .unwrap();
    let response = confirm(&app, &token, NEW_PASSWORD).await;
    assert_eq!(response.status(), 400);
    assert_eq!(
        body(response).await,
        json!({ "token": ["This link has expired. Ask for a new one."] })
    );
    let response = confirm(&app, &"A".repeat(43), NEW_PASSWORD).await;
    assert_eq!(response.status(), 400);
    assert_eq!(
        body(response).await,
        json!({ "token": ["This link is invalid. Ask for a new one."] })
    );
    let response = confirm(&app, "not-a-token", NEW_PASSWORD).await;
    assert_eq!(response.status(), 400);
    assert_eq!(
        body(response).await,
        json!({ "token": ["This link is invalid. Ask for a new one."] })
    );
    Browser::signed_in(&app, "ann", GOOD_PASSWORD).await;
}

#[tokio::test]
async fn a_newer_reset_mail_replaces_the_older_link() {
    let (app, mail) = app_with_mail(&[]).await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    ask_reset(&app, "ann@example.org").await;
    let first = smtp::token(&smtp::link(&mail.wait_for(1).await));
    // Asked again at once: the same answer, no second mail.
    let response = ask_reset(&app, "ann@example.org").await;
    assert_eq!(body(response).await, json!({ "detail": SENT }));
    assert_eq!(app.mail_settled().await, 1, "at most one mail a minute");
    assert_eq!(mail.messages().len(), 1);
    a_minute_passes(&app).await;
    ask_reset(&app, "ann@example.org").await;
    let second = smtp::token(&smtp::link(&mail.wait_for(2).await));
    let response = confirm(&app, &first, NEW_PASSWORD).await;
    assert_eq!(response.status(), 400);
    assert_eq!(
        body(response).await,
        json!({ "token": ["This link has expired. Ask for a new one."] })
    );
    assert_eq!(confirm(&app, &second, NEW_PASSWORD).await.status(), 200);
}

#[tokio::test]
async fn staff_invite_a_member_who_follows_the_mailed_link_to_choose_a_password_and_sign_in() {
    let (app, mail) = app_with_mail(&[("PUBLIC_URL", "https://mothra.example.org/")]).await;
    create_user(&app, "boss", GOOD_PASSWORD, true).await;
    let staff = Browser::signed_in(&app, "boss", GOOD_PASSWORD).await;
    let response = staff
        .post(
            "/api/users/",
            json!({ "username": "carol", "email": "carol@example.org", "first_name": "Carol", "last_name": " Lee " }),
        )
        .await;
    assert_eq!(response.status(), 201);
    let user = body(response).await;
    assert_eq!(user["username"], "carol");
    assert_eq!(user["last_name"], "Lee");
    assert_eq!(user["is_active"], false);
    assert_eq!(user["is_staff"], false);
    assert!(user.get("password_hash").is_none());
    let profiles: i64 = app
        .db
        .client
        .query_one("select count(*) from profiles p join users u on u.id = p.user_id where u.username = 'carol'", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(profiles, 1, "the profile is made with the user");

    let mut carol = Browser::new(&app);
    assert_eq!(
        carol.login("carol", GOOD_PASSWORD).await.status(),
        400,
        "inactive, no password"
    );

    let message = mail.wait_for(1).await;
    assert!(message.contains("X-Rcpt-To: carol@example.org"));
    assert!(message.contains("Subject: You are invited to Mothra"));
    assert!(message.contains("Hello Carol Lee"));
    let link = smtp::link(&message);
    assert!(
        link.starts_with("https://mothra.example.org/reset-password/"),
        "{link}"
    );
    let response = confirm(&app, &smtp::token(&link), NEW_PASSWORD).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        body(response).await,
        json!({ "detail": "Your password has been set. You can now sign in." })
    );
    let response = carol.login("carol", NEW_PASSWORD).await;
    assert_eq!(response.status(), 200);
    assert_eq!(body(response).await["user"]["is_active"], true);
}

#[tokio::test]
async fn an_invitation_refuses_a_taken_username_or_email_and_bad_fields() {
    let (app, _mail) = app_with_mail(&[]).await;
    create_user(&app, "boss", GOOD_PASSWORD, true).await;
    let staff = Browser::signed_in(&app, "boss", GOOD_PASSWORD).await;
    let response = staff
        .post(
            "/api/users/",
            json!({ "username": "BOSS", "email": "x@example.org" }),
        )
        .await;
    assert_eq!(response.status(), 400);
    assert_eq!(
        body(response).await,
        json!({ "username": ["A user with that username already exists."] })
    );
    let response = staff
        .post(
            "/api/users/",
            json!({ "username": "x", "email": "Boss@Example.org" }),
        )
        .await;
    assert_eq!(response.status(), 400);
    assert_eq!(
        body(response).await,
        json!({ "email": ["user with this email already exists."] }),
        "the collection's message for the same constraint"
    );
    let response = staff
        .post(
            "/api/users/",
            json!({ "username": "no spaces", "email": "nope" }),
        )
        .await;
    assert_eq!(response.status(), 400);
    assert_eq!(
        body(response).await,
        json!({
            "username": ["Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters."],
            "email": ["Enter a valid email address."]
        })
    );
}

#[tokio::test]
async fn an_invited_member_who_lost_the_mail_gets_a_fresh_invitation_by_asking_for_a_reset() {
    let (app, mail) = app_with_mail(&[]).await;
    create_user(&app, "boss", GOOD_PASSWORD, true).await;
    let staff = Browser::signed_in(&app, "boss", GOOD_PASSWORD).await;
    let response = staff
        .post(
            "/api/users/",
            json!({ "username": "dan", "email": "dan@example.org" }),
        )
        .await;
    assert_eq!(response.status(), 201);
    mail.wait_for(1).await;
    a_minute_passes(&app).await;
    let response = ask_reset(&app, "dan@example.org").await;
    assert_eq!(body(response).await, json!({ "detail": SENT }));
    let message = mail.wait_for(2).await;
    assert!(
        message.contains("Subject: Your invitation to Mothra"),
        "{message}"
    );
    let token = smtp::token(&smtp::link(&message));
    assert_eq!(confirm(&app, &token, NEW_PASSWORD).await.status(), 200);
    Browser::signed_in(&app, "dan", NEW_PASSWORD).await;
}

/// Log lines written during a test, for reading back.
#[derive(Clone, Default)]
struct Captured(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("log buffer").extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

#[tokio::test]
async fn without_an_smtp_server_the_mail_and_its_link_go_to_the_log() {
    let logs = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(logs.clone())
        .with_ansi(false)
        .with_max_level(tracing::Level::INFO)
        .finish();
    // The test's runtime runs every task on this thread, the app's too.
    let _guard = tracing::subscriber::set_default(subscriber);
    let app = spawn_app_on(migrated_database().await, test_config(&[])).await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let response = ask_reset(&app, "ann@example.org").await;
    assert_eq!(response.status(), 200);
    assert_eq!(body(response).await, json!({ "detail": SENT }));
    let mut text = String::new();
    for _ in 0..100 {
        text = String::from_utf8_lossy(&logs.0.lock().unwrap()).into_owned();
        if text.contains("/reset-password/") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(
        text.contains("no EMAIL_HOST: email written to the log"),
        "{text}"
    );
    assert!(text.contains("to=ann@example.org"), "{text}");
    let link = smtp::link(&text);
    assert!(
        link.starts_with(&format!("{PUBLIC_URL}/reset-password/")),
        "{link}"
    );
    assert_eq!(
        confirm(&app, &smtp::token(&link), NEW_PASSWORD)
            .await
            .status(),
        200
    );
    Browser::signed_in(&app, "ann", NEW_PASSWORD).await;
}

#[tokio::test]
async fn a_deactivated_member_gets_no_reset_mail_and_the_same_answer() {
    let (app, mail) = app_with_mail(&[]).await;
    let id = create_user(&app, "ann", GOOD_PASSWORD, false).await;
    create_user(&app, "bob", GOOD_PASSWORD, false).await;
    app.db
        .client
        .execute("update users set is_active = false where id = $1", &[&id])
        .await
        .unwrap();
    let response = ask_reset(&app, "ann@example.org").await;
    assert_eq!(response.status(), 200);
    assert_eq!(body(response).await, json!({ "detail": SENT }));
    // A mail for someone else afterwards arrives first and alone.
    ask_reset(&app, "bob@example.org").await;
    assert!(mail
        .wait_for(1)
        .await
        .contains("X-Rcpt-To: bob@example.org"));
    assert_eq!(app.mail_settled().await, 1);
    assert_eq!(mail.messages().len(), 1);
}

#[tokio::test]
async fn following_a_reset_link_ends_the_api_token_too() {
    let (app, mail) = app_with_mail(&[]).await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let browser = Browser::signed_in(&app, "ann", GOOD_PASSWORD).await;
    let key = browser.new_token().await;
    let me = || with_token(&app, reqwest::Method::GET, "/api/me/", &key);
    assert_eq!(me().await.status(), 200);
    ask_reset(&app, "ann@example.org").await;
    let token = smtp::token(&smtp::link(&mail.wait_for(1).await));
    assert_eq!(confirm(&app, &token, NEW_PASSWORD).await.status(), 200);
    let response = me().await;
    assert_eq!(response.status(), 401, "the old key has ended");
    assert_eq!(body(response).await, json!({ "detail": "Invalid token." }));
}

#[tokio::test]
async fn a_reset_asked_with_a_forged_host_header_still_mails_a_link_to_public_url() {
    let (app, mail) = app_with_mail(&[]).await;
    create_user(&app, "ann", GOOD_PASSWORD, false).await;
    let response = reqwest::Client::new()
        .post(app.url("/api/auth/password/reset"))
        .header("host", "attacker.example")
        .header("x-forwarded-host", "attacker.example")
        .json(&json!({ "email": "ann@example.org" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(body(response).await, json!({ "detail": SENT }));
    let message = mail.wait_for(1).await;
    assert!(!message.contains("attacker.example"), "{message}");
    let link = smtp::link(&message);
    assert!(
        link.starts_with("http://mothra.test/reset-password/"),
        "{link}"
    );
}
