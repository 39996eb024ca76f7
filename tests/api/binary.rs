//! The `mothra` binary as a child process, started one way by every test
//! that needs the real process (its command line, exit codes, memory,
//! signals): an empty environment but what the test gives it, so nothing
//! of the shell running the tests leaks in, and a directory chosen by the
//! test, so no `.env` is read but the test's own.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The site's address every child is told (`PUBLIC_URL`).
pub const PUBLIC_URL: &str = "http://mothra.test";

/// A secret key long enough for the configuration's check.
pub const SECRET_KEY: &str = "binary-test-secret-key-0123456789abcdef";

/// A new empty directory under the system's temporary directory.
pub fn temp_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mothra-cli-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `mothra` run in `dir` with an empty environment.
pub fn bare(dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mothra"));
    command.current_dir(dir).env_clear();
    command
}

/// `mothra` run in `dir` with nothing in its environment but `PUBLIC_URL`.
pub fn mothra(dir: &Path) -> Command {
    let mut command = bare(dir);
    command.env("PUBLIC_URL", PUBLIC_URL);
    command
}

/// `mothra` against the database at `url`: `PUBLIC_URL`, `DATABASE_URL`,
/// `SECRET_KEY` and `RUST_LOG=warn` (run in the temporary directory).
pub fn mothra_on(url: &str) -> Command {
    let mut command = mothra(&std::env::temp_dir());
    command
        .env("DATABASE_URL", url)
        .env("SECRET_KEY", SECRET_KEY)
        .env("RUST_LOG", "warn");
    command
}

/// `mothra serve` against the database at `url` on `port`, its output
/// discarded, killed when dropped.
pub fn serve(url: &str, port: u16) -> tokio::process::Command {
    let mut command = tokio::process::Command::from(mothra_on(url));
    command
        .arg("serve")
        .env("PORT", port.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true);
    command
}
