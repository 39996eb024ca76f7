//! The deployment files say what the binary does: docker-compose.yml,
//! fly.toml, heroku.yml, app.json, the Dockerfile and .env.example are
//! checked against each other, against the configuration the code reads, and
//! against their platforms' schemas and linters (no Docker engine needed).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::python::{tool, CHECK_JSONSCHEMA, HADOLINT};

fn read(file: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file))
        .unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// Variables `.env.example` documents, set or commented out (`# NAME=`).
fn documented_variables() -> BTreeSet<String> {
    read(".env.example")
        .lines()
        .filter_map(|line| {
            let line = line.trim_start_matches('#').trim();
            let (name, _) = line.split_once('=')?;
            (!name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b == b'_' || b.is_ascii_digit()))
            .then(|| name.to_owned())
        })
        .collect()
}

/// Every variable the configuration reads (`#[envconfig(from = "…")]`).
fn variables_read_by_the_code() -> BTreeSet<String> {
    let source = read("src/config/mod.rs");
    source
        .match_indices("from = \"")
        .map(|(at, m)| {
            let rest = &source[at + m.len()..];
            rest[..rest.find('"').unwrap()].to_owned()
        })
        .collect()
}

fn compose() -> serde_yaml::Value {
    let mut value: serde_yaml::Value =
        serde_yaml::from_str(&read("docker-compose.yml")).expect("valid YAML");
    value.apply_merge().expect("merge keys resolve");
    value
}

#[test]
fn every_variable_the_code_reads_is_documented_in_env_example_and_the_readme() {
    let documented = documented_variables();
    let readme = read("README.md");
    let read_by_code = variables_read_by_the_code();
    assert!(
        read_by_code.len() >= 12,
        "the scan found the variables: {read_by_code:?}"
    );
    for variable in &read_by_code {
        assert!(
            documented.contains(variable),
            ".env.example lacks {variable}"
        );
        assert!(
            readme.contains(&format!("`{variable}`")),
            "README's configuration table lacks {variable}"
        );
    }
}

#[test]
fn compose_runs_a_healthy_database_with_a_named_volume_then_migrates_then_serves() {
    let compose = compose();
    let services = &compose["services"];
    let db = &services["db"];
    assert!(db["image"].as_str().unwrap().starts_with("postgres:"));
    let volume = db["volumes"][0].as_str().unwrap();
    let (name, path) = volume.split_once(':').unwrap();
    assert_eq!(path, "/var/lib/postgresql/data");
    assert!(
        compose["volumes"].get(name).is_some(),
        "named volume {name} is declared"
    );
    let check = format!("{:?}", db["healthcheck"]["test"]);
    assert!(check.contains("pg_isready"), "{check}");

    let web = &services["web"];
    assert_eq!(web["depends_on"]["db"]["condition"], "service_healthy");
    assert_eq!(
        web["depends_on"]["migrate"]["condition"],
        "service_completed_successfully"
    );
    assert_eq!(web["command"][0], "serve");
    assert_eq!(web["environment"]["HOST"], "0.0.0.0");
    assert_eq!(web["restart"], "unless-stopped");
    assert_eq!(
        web["ports"][0].as_str().unwrap().rsplit(':').next(),
        Some("8080")
    );
    assert_eq!(web["healthcheck"]["test"][1], "/mothra");
    assert_eq!(web["healthcheck"]["test"][2], "healthcheck");
    assert_eq!(services["migrate"]["command"][0], "migrate");
    for service in ["web", "migrate"] {
        assert_eq!(
            services[service]["env_file"], ".env",
            "{service} reads .env"
        );
    }
}

#[test]
fn every_variable_compose_interpolates_is_in_env_example() {
    let text = read("docker-compose.yml");
    let documented = documented_variables();
    let mut found = 0;
    for (at, _) in text.match_indices("${") {
        if text[..at].ends_with('$') {
            continue; // `$${X}` is for the container's shell, not compose
        }
        let rest = &text[at + 2..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_uppercase() || *c == '_')
            .collect();
        assert!(
            documented.contains(&name),
            ".env.example lacks {name}, which docker-compose.yml uses"
        );
        found += 1;
    }
    assert!(found >= 3);
}

#[test]
fn fly_serves_the_internal_port_checks_healthz_and_stops_gracefully() {
    let fly: toml::Value = toml::from_str(&read("fly.toml")).expect("valid TOML");
    let service = &fly["http_service"];
    assert_eq!(service["internal_port"].as_integer(), Some(8080));
    assert_eq!(fly["env"]["PORT"].as_str(), Some("8080"));
    assert_eq!(fly["env"]["HOST"].as_str(), Some("0.0.0.0"));
    assert_eq!(service["checks"][0]["path"].as_str(), Some("/healthz"));
    assert_eq!(fly["kill_signal"].as_str(), Some("SIGTERM"));
    assert!(
        fly["kill_timeout"].as_integer().unwrap() > 25,
        "longer than the 25 s drain"
    );
    assert_eq!(fly["deploy"]["release_command"].as_str(), Some("migrate"));
}

#[test]
fn the_image_runs_the_static_binary_as_a_non_root_user_with_a_shell_free_health_check() {
    let dockerfile = read("Dockerfile");
    let last_from = dockerfile
        .lines()
        .rfind(|l| l.starts_with("FROM "))
        .unwrap();
    assert!(
        last_from.contains("distroless/static") || last_from.contains("scratch"),
        "{last_from}"
    );
    let user = dockerfile.lines().find(|l| l.starts_with("USER ")).unwrap();
    assert!(!user.contains("root") && !user.ends_with(" 0"), "{user}");
    assert!(
        dockerfile.contains("CMD [\"/mothra\", \"healthcheck\"]"),
        "exec-form health check"
    );
    assert!(dockerfile.contains("ENTRYPOINT [\"/mothra\"]"));
    assert!(dockerfile.contains("musl"), "a static musl build");
    assert!(dockerfile.contains("MOTHRA_SKIP_WEB_BUILD=1"));
}

// --- The deployment files against their platforms' own schemas and linters
// (issue 14, item 4): each check also runs on a broken copy, which must fail,
// so that a validator that accepts anything cannot pass them.

/// `.env.example`'s values (`KEY=value` lines; commented ones are unset).
fn env_example() -> BTreeMap<String, String> {
    read(".env.example")
        .lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .filter_map(|line| line.split_once('='))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect()
}

/// Compose's interpolation (`${X}`, `${X:-default}`, `${X-default}`,
/// `${X:?error}`, `${X?error}`, `$X`, and `$$` for a literal `$`) with
/// `vars`; an unset variable without a default is an error, as compose makes
/// it for `:?` (and an empty string otherwise, which hides mistakes here).
fn interpolate(text: &str, vars: &BTreeMap<String, String>) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        rest = &rest[at + 1..];
        if let Some(after) = rest.strip_prefix('$') {
            out.push('$');
            rest = after;
            continue;
        }
        let (expression, after) = if let Some(inner) = rest.strip_prefix('{') {
            let end = inner.find('}').ok_or("an unclosed ${")?;
            (&inner[..end], &inner[end + 1..])
        } else {
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            (&rest[..end], &rest[end..])
        };
        let name_end = expression
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(expression.len());
        let (name, modifier) = expression.split_at(name_end);
        let value = vars.get(name).filter(|v| !v.is_empty());
        let set = vars.contains_key(name);
        let replaced = match modifier {
            "" => value.cloned().ok_or(format!("{name} is not set"))?,
            m if m.starts_with(":-") => value.cloned().unwrap_or_else(|| m[2..].to_owned()),
            m if m.starts_with('-') => match set {
                true => vars[name].clone(),
                false => m[1..].to_owned(),
            },
            m if m.starts_with(":?") || m.starts_with('?') => {
                value.cloned().ok_or(format!("{name}: {m}"))?
            }
            m => return Err(format!("unknown modifier {m} of {name}")),
        };
        out.push_str(&replaced);
        rest = after;
    }
    out.push_str(rest);
    Ok(out)
}

#[test]
fn interpolation_reads_compose_syntax() {
    let vars: BTreeMap<String, String> = [("A", "1"), ("E", "")]
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .into();
    assert_eq!(
        interpolate("$A ${A} ${B:-2} ${E:-3} ${E-4} $${A} ${A:?x}", &vars).as_deref(),
        Ok("1 1 2 3  ${A} 1")
    );
    assert!(interpolate("${B:?set B}", &vars).is_err());
    assert!(interpolate("${B}", &vars).is_err());
}

/// A scratch file under target/ for a checker to read.
fn scratch(name: &str, text: &str) -> std::path::PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/test-deploy");
    std::fs::create_dir_all(&dir).expect("target/test-deploy");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("scratch file");
    path
}

/// Runs `check-jsonschema` with `schema` (vendored in tests/schemas/) on
/// `file`: whether it passed, and what it said.
async fn schema_check(schema: &str, file: &Path) -> (bool, String) {
    let program = tool("check-jsonschema", CHECK_JSONSCHEMA).await;
    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join(schema);
    let output = tokio::process::Command::new(program)
        .arg("--schemafile")
        .arg(schema)
        .arg(file)
        .output()
        .await
        .expect("check-jsonschema runs");
    let said = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.success(), said)
}

#[tokio::test]
async fn compose_with_env_example_interpolated_follows_the_compose_specification() {
    let text = interpolate(&read("docker-compose.yml"), &env_example())
        .expect("every variable compose needs is in .env.example");
    let file = scratch("docker-compose.interpolated.yml", &text);
    let (ok, said) = schema_check("tests/schemas/compose-spec.json", &file).await;
    assert!(ok, "{said}");
    // Not vacuous: a misspelt key (`depends_onn`) breaks it.
    let broken = scratch(
        "docker-compose.broken.yml",
        &text.replacen("depends_on:", "depends_onn:", 1),
    );
    let (ok, said) = schema_check("tests/schemas/compose-spec.json", &broken).await;
    assert!(!ok, "a misspelt key must fail: {said}");
}

#[tokio::test]
async fn app_json_follows_herokus_schema_and_deploys_the_container() {
    let (ok, said) = schema_check(
        "tests/schemas/heroku-app-json.schema.json",
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("app.json"),
    )
    .await;
    assert!(ok, "{said}");
    let app: serde_json::Value = serde_json::from_str(&read("app.json")).expect("JSON");
    assert_eq!(
        app["stack"], "container",
        "the Dockerfile's image, no buildpacks"
    );
    assert!(app.get("buildpacks").is_none());
    assert!(
        !app.to_string().contains("OWNER"),
        "no placeholder repository"
    );
    assert_eq!(app["env"]["PUBLIC_URL"]["required"], true);
    // Not vacuous: one character over the limit fails.
    let mut long = app.clone();
    long["description"] = serde_json::Value::from("x".repeat(141));
    let broken = scratch("app.broken.json", &long.to_string());
    let (ok, said) = schema_check("tests/schemas/heroku-app-json.schema.json", &broken).await;
    assert!(!ok, "a 141-character description must fail: {said}");
}

#[tokio::test]
async fn hadolint_finds_nothing_in_the_dockerfile() {
    let hadolint = tool("hadolint", HADOLINT).await;
    let lint = |file: std::path::PathBuf| {
        let hadolint = hadolint.clone();
        async move {
            tokio::process::Command::new(hadolint)
                .arg(file)
                .output()
                .await
                .expect("hadolint runs")
        }
    };
    // Default threshold: any finding, down to style, fails; the ignores
    // are inline in the Dockerfile, each with its reason.
    let output = lint(Path::new(env!("CARGO_MANIFEST_DIR")).join("Dockerfile")).await;
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    // Not vacuous: an unpinned base image is a finding (DL3006).
    let broken = scratch(
        "Dockerfile.broken",
        &read("Dockerfile").replacen("FROM rust:1.95-bookworm AS build", "FROM rust AS build", 1),
    );
    assert!(!lint(broken).await.status.success());
}

#[test]
fn heroku_builds_the_dockerfile_and_runs_no_shell_command() {
    let heroku: serde_yaml::Value = serde_yaml::from_str(&read("heroku.yml")).expect("YAML");
    assert_eq!(heroku["build"]["docker"]["web"], "Dockerfile");
    assert_eq!(heroku["release"]["image"], "web");
    // A list: arguments to the image's ENTRYPOINT (/mothra), never a shell
    // string (the distroless image has no /bin/sh).
    assert_eq!(
        heroku["release"]["command"],
        serde_yaml::Value::Sequence(vec!["migrate".into()])
    );
    assert!(
        heroku.get("run").is_none(),
        "the web dyno runs the image's own ENTRYPOINT and CMD"
    );
    assert!(
        !Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("Procfile")
            .exists(),
        "heroku.yml replaces the Procfile on the container stack"
    );
}

#[test]
fn fly_uses_managed_postgres_and_sets_public_url() {
    let text = read("fly.toml");
    assert!(text.contains("fly mpg create") && text.contains("fly mpg attach"));
    assert!(!text.contains("fly postgres create") && !text.contains("fly postgres attach"));
    let fly: toml::Value = toml::from_str(&text).expect("valid TOML");
    assert!(fly["env"]["PUBLIC_URL"]
        .as_str()
        .is_some_and(|u| u.starts_with("https://")));
    let readme = read("README.md");
    assert!(readme.contains("fly mpg") && !readme.contains("fly postgres attach"));
}

#[test]
fn production_builds_the_web_app_with_the_current_node_lts_and_this_machine_still_can() {
    let dockerfile = read("Dockerfile");
    assert!(
        dockerfile.contains(" node:26-"),
        "the web stage builds with Node 26"
    );
    let web: serde_json::Value =
        serde_json::from_str(&read("web/package.json")).expect("web/package.json");
    let floor = web["engines"]["node"]
        .as_str()
        .and_then(|r| r.strip_prefix(">="))
        .expect("engines.node is a lower bound");
    let version = |v: &str| -> Vec<u32> {
        v.trim()
            .trim_start_matches('v')
            .split('.')
            .map(|p| p.parse().unwrap_or(0))
            .collect()
    };
    let node = std::process::Command::new("node")
        .arg("--version")
        .output()
        .expect("node runs");
    let here = version(&String::from_utf8_lossy(&node.stdout));
    assert!(
        here >= version(floor),
        "this machine's node {here:?} builds web/"
    );
    assert!(vec![26] >= version(floor), "Node 26 satisfies {floor}");
}
