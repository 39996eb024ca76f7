//! The shipped artifact, proven: the static musl binary the Dockerfile
//! builds, started from an otherwise empty root directory (no libc, no
//! shell, no /etc: less than the distroless image holds) as the image's
//! non-root user 65532, configured only by the environment.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::helpers::{config_for, free_port, migrated_database};

const TARGET: &str = "x86_64-unknown-linux-musl";

/// `mothra` for musl with the `artifact` profile (Cargo.toml), built into
/// target/musl, or found there up to date.
fn static_binary() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let target_dir = root.join("target/musl");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    // Only what cargo needs: the variables `cargo test` sets for a test
    // would change build scripts' inputs and rebuild everything each time.
    command.env_clear();
    for name in [
        "PATH",
        "HOME",
        "RUSTUP_HOME",
        "CARGO_HOME",
        "RUSTUP_TOOLCHAIN",
    ] {
        if let Some(value) = std::env::var_os(name) {
            command.env(name, value);
        }
    }
    let status = command
        .current_dir(root)
        .args([
            "build",
            "--locked",
            "--profile",
            "artifact",
            "--target",
            TARGET,
        ])
        .env("CARGO_TARGET_DIR", &target_dir)
        // This test binary's own build already built web/dist.
        .env("MOTHRA_SKIP_WEB_BUILD", "1")
        .status()
        .expect("cargo runs");
    assert!(
        status.success(),
        "the static build failed: it needs `rustup target add {TARGET}` and Debian's musl-tools (.ci/run installs both)"
    );
    target_dir.join(TARGET).join("artifact/mothra")
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// Where `program` is on this process's PATH (the child's environment is
/// cleared, so it cannot be looked up there).
fn on_path(program: &str) -> PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(["/usr/sbin".into(), "/usr/bin".into()])
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
        .unwrap_or_else(|| panic!("{program} is not installed"))
}

/// `args` run by the binary at `/mothra` inside `root`: as user 65532 when
/// this test runs as root (as CI does), else as a user namespace's root.
fn in_root(root: &Path, env: &[(&str, String)], args: &[&str]) -> Command {
    let mut command = if is_root() {
        let mut c = Command::new(on_path("chroot"));
        c.arg("--userspec=65532:65532");
        c
    } else {
        let mut c = Command::new(on_path("unshare"));
        c.args(["--map-root-user", "chroot"]);
        c
    };
    command.arg(root).arg("/mothra").args(args).env_clear();
    for (name, value) in env {
        command.env(name, value);
    }
    command
}

#[tokio::test]
async fn the_static_binary_serves_from_an_empty_root_as_a_non_root_user() {
    let binary = tokio::task::spawn_blocking(static_binary)
        .await
        .expect("the static build");
    let size = std::fs::metadata(&binary).expect("the binary").len();

    let root = std::env::temp_dir().join(format!("mothra-root-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&root).expect("root");
    std::fs::copy(&binary, root.join("mothra")).expect("copy the binary");
    let entries: Vec<_> = std::fs::read_dir(&root).unwrap().flatten().collect();
    assert_eq!(entries.len(), 1, "the root holds the binary alone");

    let db = migrated_database().await;
    let port = free_port();
    // Over TCP: the empty root has no Unix socket directory.
    let pg = config_for(&db.name).await;
    let pg_port = pg.get_ports().first().copied().unwrap_or(5432);
    let user = pg.get_user().unwrap_or("postgres").to_owned();
    let env = [
        (
            "DATABASE_URL",
            format!("postgres://{user}@127.0.0.1:{pg_port}/{}", db.name),
        ),
        ("PORT", port.to_string()),
        (
            "SECRET_KEY",
            "artifact-test-secret-key-0123456789abcdef".into(),
        ),
        // Required outside DEBUG: mailed links come only from it.
        ("PUBLIC_URL", "https://mothra.test".into()),
    ];

    let started = Instant::now();
    let mut server = in_root(&root, &env, &["serve"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("chroot runs");
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    let ready = loop {
        if let Ok(r) = http.get(format!("{base}/readyz")).send().await {
            if r.status() == 200 {
                break started.elapsed();
            }
        }
        if let Some(status) = server.try_wait().expect("wait") {
            let out = server.wait_with_output().expect("output");
            panic!(
                "the server exited ({status}): {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        assert!(started.elapsed() < Duration::from_secs(20), "never ready");
        tokio::time::sleep(Duration::from_millis(5)).await;
    };

    let page = http.get(format!("{base}/")).send().await.expect("GET /");
    assert_eq!(page.status(), 200);
    assert!(page
        .headers()
        .get("content-type")
        .is_some_and(|v| v.to_str().unwrap_or("").starts_with("text/html")));
    let html = page.text().await.expect("html");
    assert!(
        html.contains("<script") && html.contains("Mothra"),
        "{html}"
    );

    let health = in_root(&root, &env, &["healthcheck"])
        .output()
        .expect("healthcheck runs");
    assert!(
        health.status.success(),
        "{}",
        String::from_utf8_lossy(&health.stderr)
    );
    if is_root() {
        let status =
            std::fs::read_to_string(format!("/proc/{}/status", server.id())).unwrap_or_default();
        // chroot execs the binary in its own process.
        assert!(
            status
                .lines()
                .any(|l| l.starts_with("Uid:") && l.contains("65532")),
            "{status}"
        );
    }
    eprintln!(
        "static binary: {:.1} MB, ready after {} ms from an empty root",
        size as f64 / 1_000_000.0,
        ready.as_millis()
    );
    server.kill().expect("stop");
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(&root);
}
