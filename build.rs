//! Builds the web app (`web/` → `web/dist`) when cargo needs it, so that
//! `cargo run` and `cargo test` always embed a current front end.
//! `MOTHRA_SKIP_WEB_BUILD=1` uses an existing `web/dist` (container builds).

use std::path::Path;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    for input in [
        "web/src",
        "web/public",
        "web/index.html",
        "web/package.json",
        "web/package-lock.json",
        "web/vite.config.ts",
        "web/svelte.config.js",
        "web/tsconfig.json",
        "web/tsconfig.app.json",
        "web/tsconfig.node.json",
    ] {
        println!("cargo:rerun-if-changed={input}");
    }
    println!("cargo:rerun-if-env-changed=MOTHRA_SKIP_WEB_BUILD");

    let web = Path::new("web");
    let skip = std::env::var("MOTHRA_SKIP_WEB_BUILD").is_ok_and(|v| v == "1" || v == "true");
    if skip {
        if !web.join("dist/index.html").exists() {
            fail("MOTHRA_SKIP_WEB_BUILD is set but web/dist/index.html is missing: run `npm ci && npm run build` in web/ first");
        }
        return;
    }
    let npm = if cfg!(windows) { "npm.cmd" } else { "npm" };
    if Command::new(npm).arg("--version").output().is_err() {
        fail("Node.js (20 or newer) and npm are needed to build the web app in web/. Install them \
              (Debian: apt-get install nodejs npm), or build web/dist elsewhere and set MOTHRA_SKIP_WEB_BUILD=1");
    }
    // `npm ci` only when the installed packages are older than the lock file.
    let lock = web.join("package-lock.json");
    let installed = web.join("node_modules/.package-lock.json");
    let stale = match (modified(&lock), modified(&installed)) {
        (Some(lock), Some(installed)) => lock > installed,
        _ => true,
    };
    if stale {
        run(
            Command::new(npm)
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(web),
            "npm ci",
        );
    }
    run(
        Command::new(npm).args(["run", "build"]).current_dir(web),
        "npm run build",
    );
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    path.metadata().and_then(|m| m.modified()).ok()
}

fn run(command: &mut Command, what: &str) {
    match command.output() {
        Ok(output) if output.status.success() => {}
        Ok(output) => fail(&format!(
            "`{what}` in web/ failed:\n{}\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )),
        Err(e) => fail(&format!("cannot run `{what}` in web/: {e}")),
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}
