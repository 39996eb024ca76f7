//! The deployment files say what the binary does: docker-compose.yml,
//! fly.toml, the Dockerfile and .env.example are checked against each other
//! and against the configuration the code reads (no Docker engine needed).

use std::collections::BTreeSet;
use std::path::Path;

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
    let source = read("src/config.rs");
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
