//! The accounts routes read bodies as the collections do: one extractor
//! (streamed limit, JSON only) and one rulebook for a member's fields.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::auth_support::{body, create_user, Browser, GOOD_PASSWORD};
use crate::helpers::{sign_in_as, spawn_app, TestApp};

/// What a chunked upload far past the limit got: the status, and how many
/// body bytes had been sent when the answer came.
struct Upload {
    status: u16,
    sent_before_answer: usize,
}

/// Bytes a chunked upload offers: 64 MiB, 64 times the limit.
const OFFERED: usize = 64 * 1024 * 1024;

/// POSTs an endless-looking chunked JSON body (`{"x":"aaaa…`) to `path`
/// over a raw socket, and stops as soon as the status line arrives.
async fn chunked_upload(app: &TestApp, path: &str, authorization: Option<&str>) -> Upload {
    let host = app.address.trim_start_matches("http://").to_owned();
    let stream = TcpStream::connect(&host).await.unwrap();
    let (mut reader, mut writer) = stream.into_split();
    let sent = Arc::new(AtomicUsize::new(0));
    let counter = sent.clone();
    let auth = authorization
        .map(|a| format!("Authorization: {a}\r\n"))
        .unwrap_or_default();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n{auth}Transfer-Encoding: chunked\r\n\r\n"
    );
    let writing = tokio::spawn(async move {
        writer.write_all(head.as_bytes()).await?;
        let chunk = vec![b'a'; 64 * 1024];
        writer.write_all(b"6\r\n{\"x\":\"\r\n").await?;
        while counter.load(Ordering::SeqCst) < OFFERED {
            writer.write_all(b"10000\r\n").await?;
            writer.write_all(&chunk).await?;
            writer.write_all(b"\r\n").await?;
            counter.fetch_add(chunk.len(), Ordering::SeqCst);
        }
        writer.write_all(b"2\r\n\"}\r\n0\r\n\r\n").await?;
        Ok::<_, std::io::Error>(())
    });
    let mut answer = Vec::new();
    let mut buf = [0u8; 1024];
    let status = tokio::time::timeout(Duration::from_secs(60), async {
        loop {
            let n = reader.read(&mut buf).await.unwrap();
            assert!(n > 0, "the server closed the connection without answering");
            answer.extend_from_slice(&buf[..n]);
            if let Some(line) = answer
                .split(|b| *b == b'\n')
                .next()
                .filter(|_| answer.contains(&b'\n'))
            {
                let line = String::from_utf8_lossy(line).into_owned();
                return line.split(' ').nth(1).unwrap().parse::<u16>().unwrap();
            }
        }
    })
    .await
    .expect("an answer within 60 s");
    let sent_before_answer = sent.load(Ordering::SeqCst);
    writing.abort();
    Upload {
        status,
        sent_before_answer,
    }
}

#[tokio::test]
async fn every_accounts_route_answers_a_huge_chunked_body_with_413_before_it_is_all_sent() {
    let app = spawn_app().await;
    // Setup reads a body only while no user exists (then it is a 409 unread).
    let upload = chunked_upload(&app, "/api/auth/setup", None).await;
    assert_eq!(upload.status, 413, "setup");
    assert!(upload.sent_before_answer < 16 * 1024 * 1024, "setup");
    let staff = sign_in_as(&app, "boss", true, None).await;
    let routes: [(&str, Option<String>); 5] = [
        ("/api/auth/login", None),
        ("/api/auth/password/reset", None),
        ("/api/auth/password/reset/confirm", None),
        ("/api/auth/password/change", Some(staff.authorization())),
        ("/api/users/", Some(staff.authorization())),
    ];
    for (path, authorization) in routes {
        let upload = chunked_upload(&app, path, authorization.as_deref()).await;
        assert_eq!(upload.status, 413, "{path}");
        // The limit is 1 MiB; what was sent beyond it sat in socket buffers.
        assert!(
            upload.sent_before_answer < 16 * 1024 * 1024,
            "{path}: {} bytes were read before the answer",
            upload.sent_before_answer
        );
    }
}

#[tokio::test]
async fn a_body_without_content_type_is_415_on_every_accounts_route_as_on_the_collections() {
    let app = spawn_app().await;
    let client = reqwest::Client::new();
    // Setup reads a body only while no user exists.
    let response = client
        .post(app.url("/api/auth/setup"))
        .body(r#"{"username": "ann"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 415, "setup");
    let staff = sign_in_as(&app, "boss", true, None).await;
    for path in [
        "/api/auth/login",
        "/api/auth/password/reset",
        "/api/auth/password/reset/confirm",
        "/api/auth/password/change",
        "/api/users/",
        "/api/domains/",
    ] {
        let response = client
            .post(app.url(path))
            .header("authorization", staff.authorization())
            .body(r#"{"username": "ann", "password": "x"}"#)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 415, "{path}");
        assert_eq!(
            body(response).await,
            json!({ "detail": "Unsupported media type: send Content-Type: application/json." }),
            "{path}"
        );
    }
}

#[tokio::test]
async fn an_email_ending_in_a_dot_is_refused_alike_by_setup_invitation_and_the_users_collection() {
    let app = spawn_app().await;
    let invalid = json!({ "email": ["Enter a valid email address."] });
    let response = reqwest::Client::new()
        .post(app.url("/api/auth/setup"))
        .json(&json!({ "username": "ann", "email": "ann@example.org.", "password": GOOD_PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(body(response).await, invalid);

    create_user(&app, "boss", GOOD_PASSWORD, true).await;
    let staff = Browser::signed_in(&app, "boss", GOOD_PASSWORD).await;
    let response = staff
        .post(
            "/api/users/",
            json!({ "username": "carol", "email": "carol@example.org." }),
        )
        .await;
    assert_eq!(response.status(), 400);
    assert_eq!(body(response).await, invalid);

    let id = create_user(&app, "dan", GOOD_PASSWORD, false).await;
    let response = staff
        .send(
            reqwest::Method::PATCH,
            &format!("/api/users/{id}/"),
            Some(json!({ "email": "dan@example.org." })),
        )
        .await;
    assert_eq!(response.status(), 400);
    assert_eq!(body(response).await, invalid);
}

#[tokio::test]
async fn an_invitation_for_a_taken_email_gets_the_collections_message() {
    let app = spawn_app().await;
    create_user(&app, "boss", GOOD_PASSWORD, true).await;
    let staff = Browser::signed_in(&app, "boss", GOOD_PASSWORD).await;
    let response = staff
        .post(
            "/api/users/",
            json!({ "username": "carol", "email": "BOSS@example.org" }),
        )
        .await;
    assert_eq!(response.status(), 400);
    let refused = body(response).await;
    assert_eq!(
        refused,
        json!({ "email": ["user with this email already exists."] })
    );
    // The same clash through the collection says the same.
    let id = create_user(&app, "dan", GOOD_PASSWORD, false).await;
    let response = staff
        .send(
            reqwest::Method::PATCH,
            &format!("/api/users/{id}/"),
            Some(json!({ "email": "boss@example.org" })),
        )
        .await;
    assert_eq!(response.status(), 400);
    assert_eq!(body(response).await, refused);
}
