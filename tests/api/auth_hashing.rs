//! Password hashing is bounded: a burst of sign-ins against the real binary
//! (a child process, so its peak memory can be read) keeps its memory low,
//! never answers 500, and leaves the service ready.

use std::time::{Duration, Instant};

use serde_json::json;

use crate::binary;
use crate::helpers::{free_port, migrated_database, url_for, wait_until_ready};

/// The most the process may reach through the burst (fly.toml gives 512 MB).
const PEAK_LIMIT_KIB: u64 = 128 * 1024;

/// A field of `/proc/<pid>/status` in KiB (`VmHWM`: peak resident memory).
fn status_kib(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{field}:")))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or_else(|| panic!("no {field} in /proc/{pid}/status"))
}

#[tokio::test]
async fn a_hundred_simultaneous_wrong_sign_ins_stay_under_128_mb_with_no_500_and_readyz_answers() {
    let db = migrated_database().await;
    let port = free_port();
    let mut child = binary::serve(&url_for(&db.name).await, port)
        // Each request comes "from" its own address, so the per-address
        // throttle does not hide the hashing.
        .env("TRUST_PROXY", "1")
        .env("RUST_LOG", "error")
        .spawn()
        .unwrap();
    let pid = child.id().unwrap();
    let base = format!("http://127.0.0.1:{port}");
    wait_until_ready(&base).await;
    let http = reqwest::Client::new();
    let before = status_kib(pid, "VmHWM");

    let burst = Instant::now();
    let sign_ins: Vec<_> = (0..100)
        .map(|i| {
            let http = http.clone();
            let url = format!("{base}/api/auth/login");
            tokio::spawn(async move {
                http.post(url)
                    .header("x-forwarded-for", format!("10.1.{}.{}", i / 200, i % 200 + 1))
                    .json(&json!({ "username": format!("nobody{i}"), "password": "wrong-password-123" }))
                    .send()
                    .await
                    .map(|r| r.status().as_u16())
            })
        })
        .collect();
    // /readyz keeps answering while the burst is served.
    let mut ready_checks = 0;
    tokio::time::sleep(Duration::from_millis(200)).await;
    while ready_checks < 5 {
        let asked = Instant::now();
        let response = tokio::time::timeout(
            Duration::from_secs(5),
            http.get(format!("{base}/readyz")).send(),
        )
        .await
        .expect("/readyz answers within 5 s during the burst")
        .unwrap();
        assert_eq!(response.status(), 200, "/readyz during the burst");
        assert!(asked.elapsed() < Duration::from_secs(5));
        ready_checks += 1;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut statuses = std::collections::BTreeMap::new();
    for sign_in in sign_ins {
        let status = sign_in.await.unwrap().expect("an answer");
        *statuses.entry(status).or_insert(0) += 1;
    }
    let took = burst.elapsed();
    let peak = status_kib(pid, "VmHWM");
    eprintln!(
        "100 wrong sign-ins: {statuses:?} in {took:?}; VmHWM {before} KiB before, {peak} KiB after"
    );
    assert!(
        statuses.keys().all(|s| [400, 429, 503].contains(s)),
        "{statuses:?}"
    );
    assert!(statuses.get(&400).copied().unwrap_or(0) > 0, "{statuses:?}");
    assert!(
        peak < PEAK_LIMIT_KIB,
        "peak memory {peak} KiB (limit {PEAK_LIMIT_KIB} KiB)"
    );
    let _ = child.kill().await;
}
