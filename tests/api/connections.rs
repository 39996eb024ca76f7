//! Bounds on HTTP connections (README, Operations): a client that trickles
//! its headers, sits idle, or opens many sockets is cut off, and the server
//! keeps answering everyone else. Raw TCP on loopback, with small limits so
//! that every test ends in a few seconds.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

use crate::helpers::{migrated_database, spawn_app_on, test_config, TestApp};

const HEALTHZ: &[u8] = b"GET /healthz HTTP/1.1\r\nhost: mothra\r\n\r\n";

async fn app_with(vars: &[(&str, &str)]) -> TestApp {
    spawn_app_on(migrated_database().await, test_config(vars)).await
}

fn socket_address(app: &TestApp) -> SocketAddr {
    app.address
        .trim_start_matches("http://")
        .parse()
        .expect("a socket address")
}

/// A connection from `source` (another loopback address is another client).
async fn connect_from(app: &TestApp, source: &str) -> TcpStream {
    let socket = TcpSocket::new_v4().expect("socket");
    socket
        .bind(format!("{source}:0").parse().expect("source address"))
        .expect("bind");
    socket.connect(socket_address(app)).await.expect("connect")
}

/// Reads until the peer closes or `limit` passes; returns what was read and
/// whether the peer closed.
async fn read_until_closed(stream: &mut TcpStream, limit: Duration) -> (String, bool) {
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    let deadline = Instant::now() + limit;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, stream.read(&mut buf)).await {
            Err(_) => return (String::from_utf8_lossy(&seen).into_owned(), false),
            Ok(Ok(0)) | Ok(Err(_)) => return (String::from_utf8_lossy(&seen).into_owned(), true),
            Ok(Ok(n)) => seen.extend_from_slice(&buf[..n]),
        }
    }
}

/// One complete `GET /healthz` on `stream`; returns the response's head and body.
async fn healthz_on(stream: &mut TcpStream) -> String {
    stream.write_all(HEALTHZ).await.expect("send");
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(&seen).contains("\"status\"") {
        let n = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buf))
            .await
            .expect("an answer within 5 s")
            .expect("read");
        assert!(
            n > 0,
            "closed before answering: {}",
            String::from_utf8_lossy(&seen)
        );
        seen.extend_from_slice(&buf[..n]);
    }
    String::from_utf8_lossy(&seen).into_owned()
}

#[tokio::test]
async fn a_client_that_trickles_its_headers_is_cut_off_at_the_header_timeout() {
    let app = app_with(&[("HTTP_HEADER_TIMEOUT", "1")]).await;
    let mut stream = connect_from(&app, "127.0.0.1").await;
    let started = Instant::now();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\n")
        .await
        .expect("send");
    // One header byte every 200 ms, for at most 8 s: a slowloris client.
    let mut closed_after = None;
    for _ in 0..40 {
        if stream.write_all(b"x").await.is_err() {
            closed_after = Some(started.elapsed());
            break;
        }
        let mut buf = [0u8; 512];
        match tokio::time::timeout(Duration::from_millis(200), stream.read(&mut buf)).await {
            Ok(Ok(_)) | Ok(Err(_)) => {
                // Answered (408) or closed: either way the server gave up on it.
                closed_after = Some(started.elapsed());
                break;
            }
            Err(_) => {}
        }
    }
    let closed_after = closed_after.expect("the trickling connection was never closed (8 s)");
    assert!(
        closed_after >= Duration::from_millis(900) && closed_after < Duration::from_millis(2500),
        "closed after {closed_after:?}; the header timeout is 1 s"
    );
    // Everyone else is still served.
    let mut other = connect_from(&app, "127.0.0.1").await;
    assert!(healthz_on(&mut other).await.starts_with("HTTP/1.1 200"));
}

#[tokio::test]
async fn an_idle_keep_alive_connection_is_closed_after_the_idle_timeout() {
    let app = app_with(&[("HTTP_IDLE_TIMEOUT", "1")]).await;
    let mut stream = connect_from(&app, "127.0.0.1").await;
    let head = healthz_on(&mut stream).await;
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let answered = Instant::now();
    let (_, closed) = read_until_closed(&mut stream, Duration::from_secs(5)).await;
    let idle = answered.elapsed();
    assert!(closed, "an idle connection was still open after 5 s");
    assert!(
        idle >= Duration::from_millis(900) && idle < Duration::from_millis(2500),
        "closed after {idle:?} idle; the idle timeout is 1 s"
    );
}

#[tokio::test]
async fn a_busy_keep_alive_connection_is_not_closed_as_idle() {
    let app = app_with(&[("HTTP_IDLE_TIMEOUT", "1")]).await;
    let mut stream = connect_from(&app, "127.0.0.1").await;
    // A request every 400 ms for 3 s, on one connection: never 1 s idle.
    let started = Instant::now();
    let mut answered = 0;
    while started.elapsed() < Duration::from_secs(3) {
        assert!(healthz_on(&mut stream).await.starts_with("HTTP/1.1 200"));
        answered += 1;
        tokio::time::sleep(Duration::from_millis(400)).await;
    }
    assert!(answered >= 6, "{answered} requests answered");
}

#[tokio::test]
async fn one_address_cannot_hold_more_than_its_share_of_connections() {
    let app = app_with(&[("MAX_CONNECTIONS_PER_ADDRESS", "5")]).await;
    let mut held = Vec::new();
    for _ in 0..5 {
        let mut stream = connect_from(&app, "127.0.0.1").await;
        assert!(healthz_on(&mut stream).await.starts_with("HTTP/1.1 200"));
        held.push(stream);
    }
    // The sixth from the same address: a 503 that says why, then closed.
    let mut sixth = connect_from(&app, "127.0.0.1").await;
    let (answer, closed) = read_until_closed(&mut sixth, Duration::from_secs(3)).await;
    assert!(closed, "the refused connection was left open");
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(answer.contains("retry-after: 1"), "{answer}");
    assert!(
        answer.contains("Too many open connections from your address"),
        "{answer}"
    );
    // Another address is served meanwhile.
    let mut other = connect_from(&app, "127.0.0.2").await;
    assert!(healthz_on(&mut other).await.starts_with("HTTP/1.1 200"));
    // Closing one gives its place back.
    drop(held.pop());
    let deadline = Instant::now() + Duration::from_secs(3);
    loop {
        let mut again = connect_from(&app, "127.0.0.1").await;
        if again.write_all(HEALTHZ).await.is_ok() {
            let (answer, _) = read_until_closed(&mut again, Duration::from_millis(500)).await;
            if answer.starts_with("HTTP/1.1 200") {
                break;
            }
        }
        assert!(
            Instant::now() < deadline,
            "the closed connection's place never came back"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn past_the_connection_limit_new_sockets_are_refused_and_idle_ones_are_reaped() {
    let app = app_with(&[
        ("MAX_CONNECTIONS", "50"),
        ("MAX_CONNECTIONS_PER_ADDRESS", "0"),
        ("HTTP_IDLE_TIMEOUT", "1"),
        ("HTTP_HEADER_TIMEOUT", "1"),
    ])
    .await;
    // 120 sockets that never send anything, from many loopback addresses.
    let mut idle = Vec::new();
    for i in 0..120u32 {
        idle.push(connect_from(&app, &format!("127.0.1.{}", 1 + i % 200)).await);
    }
    let mut refused = 0;
    for stream in idle.iter_mut() {
        let (answer, closed) = read_until_closed(stream, Duration::from_millis(20)).await;
        if closed && answer.starts_with("HTTP/1.1 503") {
            refused += 1;
        }
    }
    assert_eq!(refused, 70, "120 sockets against a limit of 50");
    // Within the timeouts the server drops the silent ones and answers again.
    let started = Instant::now();
    loop {
        let mut fresh = connect_from(&app, "127.0.0.2").await;
        if fresh.write_all(HEALTHZ).await.is_ok() {
            let (answer, _) = read_until_closed(&mut fresh, Duration::from_millis(300)).await;
            if answer.starts_with("HTTP/1.1 200") {
                break;
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(4),
            "still refused 4 s after the idle sockets should have been dropped"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let recovered = started.elapsed();
    assert!(
        recovered < Duration::from_secs(3),
        "recovered after {recovered:?}"
    );
    // And the silent sockets were closed by the server.
    let (_, closed) = read_until_closed(&mut idle[0], Duration::from_secs(1)).await;
    assert!(closed, "a silent socket was never closed");
}
