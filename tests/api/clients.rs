//! Generated clients work (issue 14, item 2): a Python client
//! (openapi-python-client) and TypeScript types (openapi-typescript, used
//! through openapi-fetch and checked by `tsc --strict`) are generated from
//! the document the app SERVES, and the scripts in tests/clients/ use them
//! against it: a create, a list with filters and ordering, a detail and a
//! CSV export. The tools are pinned (tests/api/python.rs, tests/clients'
//! lockfile) and installed once under target/ (.ci/run does it up front).

use std::path::{Path, PathBuf};
use std::process::Output;

use tokio::process::Command;

use crate::helpers::{sign_in_as, spawn_app};
use crate::python::{bin, tool, OPENAPI_PYTHON_CLIENT};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Where tests/clients' npm packages are installed (`npm ci`).
fn node_tools() -> PathBuf {
    root().join("target/test-clients")
}

/// Runs `command`; panics with its output unless it succeeds.
async fn run(what: &str, command: &mut Command) -> Output {
    let output = command
        .output()
        .await
        .unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(
        output.status.success(),
        "{what} failed ({}):\n{}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// openapi-typescript, openapi-fetch and tsc from tests/clients' lockfile,
/// installed when missing or when the lockfile changed.
async fn install_node_tools() {
    let dir = node_tools();
    std::fs::create_dir_all(&dir).expect("target/test-clients");
    let lock = std::fs::read(root().join("tests/clients/package-lock.json")).expect("lockfile");
    let installed = std::fs::read(dir.join("package-lock.json")).ok();
    let ready = dir.join("node_modules/.bin/openapi-typescript").exists()
        && dir.join("node_modules/.bin/tsc").exists()
        && installed.as_deref() == Some(&lock[..]);
    if ready {
        return;
    }
    for file in ["package.json", "package-lock.json"] {
        std::fs::copy(root().join("tests/clients").join(file), dir.join(file)).expect(file);
    }
    run(
        "npm ci (tests/clients)",
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir),
    )
    .await;
}

async fn python_client(work: &Path, document: &Path, base_url: &str, token: &str) -> String {
    let generator = tool("openapi-python-client", OPENAPI_PYTHON_CLIENT).await;
    let venv_bin = bin("python").parent().expect("venv bin").to_owned();
    // The generator formats its output with ruff, from the same venv.
    let path = format!(
        "{}:{}",
        venv_bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let package = work.join("mothra_api_client");
    run(
        "openapi-python-client generate",
        Command::new(generator)
            .arg("generate")
            .arg("--path")
            .arg(document)
            .args(["--meta", "none", "--overwrite", "--output-path"])
            .arg(&package)
            .env("PATH", &path),
    )
    .await;
    let script = work.join("use_client.py");
    std::fs::copy(root().join("tests/clients/use_client.py"), &script).expect("script");
    let output = run(
        "the Python script",
        Command::new(bin("python"))
            .arg(&script)
            .env("PYTHONPATH", work)
            .env("BASE_URL", base_url)
            .env("TOKEN", token),
    )
    .await;
    String::from_utf8_lossy(&output.stdout).into_owned()
}

async fn typescript_client(work: &Path, document: &Path, base_url: &str, token: &str) -> String {
    install_node_tools().await;
    let tools = node_tools().join("node_modules/.bin");
    run(
        "openapi-typescript",
        Command::new(tools.join("openapi-typescript"))
            .arg(document)
            .arg("-o")
            .arg(work.join("api.d.ts")),
    )
    .await;
    let script = work.join("use_client.mts");
    std::fs::copy(root().join("tests/clients/use_client.mts"), &script).expect("script");
    // One tsc run both checks (strict, the generated types included) and,
    // only when that passes, emits the JavaScript that node then runs.
    run(
        "tsc --strict",
        Command::new(tools.join("tsc"))
            .args([
                "--strict",
                "--noEmitOnError",
                "--module",
                "nodenext",
                "--moduleResolution",
                "nodenext",
                "--target",
                "es2022",
                "--outDir",
            ])
            .arg(work.join("out"))
            .arg(&script),
    )
    .await;
    let output = run(
        "the TypeScript script",
        Command::new("node")
            .arg(work.join("out/use_client.mjs"))
            .env("BASE_URL", base_url)
            .env("TOKEN", token),
    )
    .await;
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[tokio::test]
async fn clients_generated_from_the_served_document_list_read_create_and_export() {
    let app = spawn_app().await;
    let staff = sign_in_as(&app, "generated", true, None).await;
    let document = app
        .get("/api/openapi.json")
        .await
        .text()
        .await
        .expect("the served document");
    // Under target/test-clients, so that node finds the installed packages;
    // one directory per app (its port), so that runs do not meet.
    let port = app.address.rsplit(':').next().expect("a port");
    let work = node_tools().join(format!("run-{port}"));
    let _ = std::fs::remove_dir_all(&work);
    let (py, ts) = (work.join("py"), work.join("ts"));
    for dir in [&py, &ts] {
        std::fs::create_dir_all(dir).expect("work directory");
    }
    let served = work.join("openapi.json");
    std::fs::write(&served, &document).expect("openapi.json");

    let (python, typescript) = tokio::join!(
        python_client(&py, &served, &app.address, &staff.token),
        typescript_client(&ts, &served, &app.address, &staff.token),
    );
    assert!(python.contains("create, list, detail, csv ok"), "{python}");
    assert!(
        typescript.contains("create, list, detail, csv ok"),
        "{typescript}"
    );
    let _ = std::fs::remove_dir_all(&work);
}
