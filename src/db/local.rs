//! PostgreSQL with nothing configured: a local server if one answers, else a
//! private cluster under `MOTHRA_DATA_DIR` that mothra starts and stops.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use tokio_postgres::config::Host;
use tokio_postgres::NoTls;

/// The database mothra creates and uses on a local server.
pub const DATABASE_NAME: &str = "mothra";

/// What to do when no PostgreSQL can be found, in one paragraph.
pub const HOW_TO_GET_POSTGRES: &str = "Mothra needs PostgreSQL and found none. \
Either install it (Debian/Ubuntu: `apt-get install postgresql`; macOS: `brew install postgresql`) \
and run `cargo run` again (mothra uses a local server, or starts a private one under MOTHRA_DATA_DIR), \
or start the compose database with `docker compose up db` and set POSTGRES_HOST=localhost plus the \
POSTGRES_* values from your .env, or point DATABASE_URL at any PostgreSQL 13 or newer.";

/// A local server that answered: parameters for the maintenance database.
pub async fn find_local_server() -> Option<tokio_postgres::Config> {
    for config in local_candidates() {
        if let Ok(Ok((client, connection))) =
            tokio::time::timeout(Duration::from_secs(2), config.connect(NoTls)).await
        {
            drop(client);
            drop(connection);
            return Some(config);
        }
    }
    None
}

/// Unix sockets first (they need no password on a stock install), then TCP;
/// the operating-system user first, then `postgres`.
fn local_candidates() -> Vec<tokio_postgres::Config> {
    let mut hosts: Vec<Host> = ["/var/run/postgresql", "/tmp"]
        .iter()
        .map(PathBuf::from)
        .filter(|dir| dir.join(".s.PGSQL.5432").exists())
        .map(Host::Unix)
        .collect();
    hosts.push(Host::Tcp("127.0.0.1".into()));
    let mut users: Vec<String> = std::env::var("USER")
        .into_iter()
        .filter(|u| !u.is_empty())
        .collect();
    if !users.iter().any(|u| u == "postgres") {
        users.push("postgres".into());
    }
    let mut candidates = Vec::new();
    for host in &hosts {
        for user in &users {
            let mut config = tokio_postgres::Config::new();
            match host {
                Host::Tcp(name) => config.host(name),
                Host::Unix(path) => config.host_path(path),
            };
            config
                .port(5432)
                .user(user)
                .dbname("postgres")
                .connect_timeout(Duration::from_secs(2));
            candidates.push(config);
        }
    }
    candidates
}

/// Creates `name` on the server unless it exists; a concurrent creator is fine.
pub async fn ensure_database(
    maintenance: &tokio_postgres::Config,
    name: &str,
) -> Result<(), tokio_postgres::Error> {
    let (client, connection) = maintenance.connect(NoTls).await?;
    let task = tokio::spawn(connection);
    let exists = client
        .query_opt("select 1 from pg_database where datname = $1", &[&name])
        .await?
        .is_some();
    if !exists {
        // CREATE DATABASE takes no parameters; the name is ours, not user input.
        let created = client
            .batch_execute(&format!("create database \"{name}\""))
            .await;
        if let Err(e) = created {
            if e.code() != Some(&tokio_postgres::error::SqlState::DUPLICATE_DATABASE) {
                return Err(e);
            }
        }
    }
    drop(client);
    let _ = task.await;
    Ok(())
}

/// A PostgreSQL cluster that this process started and stops on drop.
#[derive(Debug)]
pub struct PrivateCluster {
    pg_ctl: PathBuf,
    data: PathBuf,
    /// Where the server's socket is, to connect to it.
    pub socket_dir: PathBuf,
}

impl PrivateCluster {
    /// Initialises (first time) and starts a cluster under `data_dir`.
    pub fn start(data_dir: &Path) -> Result<Self, String> {
        let bin = postgres_bin_dir()
            .ok_or("no PostgreSQL server programs (initdb, pg_ctl) were found")?;
        std::fs::create_dir_all(data_dir)
            .map_err(|e| format!("cannot create {}: {e}", data_dir.display()))?;
        let base = data_dir
            .canonicalize()
            .map_err(|e| format!("cannot resolve {}: {e}", data_dir.display()))?;
        let data = base.join("postgres");
        if !data.join("PG_VERSION").exists() {
            run(Command::new(bin.join("initdb")).arg("-D").arg(&data).args([
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-instructions",
            ]))?;
        }
        let cluster = PrivateCluster {
            pg_ctl: bin.join("pg_ctl"),
            data,
            socket_dir: base.clone(),
        };
        // Listen on a socket in our own folder only: no port to clash with.
        let options = format!("-k {} -c listen_addresses=''", base.display());
        run(Command::new(&cluster.pg_ctl)
            .arg("-D")
            .arg(&cluster.data)
            .arg("-l")
            .arg(base.join("postgres.log"))
            .args(["-o", &options, "-w", "start"]))?;
        Ok(cluster)
    }

    /// Parameters for the cluster's maintenance database.
    pub fn maintenance_config(&self) -> tokio_postgres::Config {
        let mut config = tokio_postgres::Config::new();
        config
            .host_path(&self.socket_dir)
            .port(5432)
            .user("postgres")
            .dbname("postgres");
        config
    }
}

impl Drop for PrivateCluster {
    fn drop(&mut self) {
        let _ = Command::new(&self.pg_ctl)
            .arg("-D")
            .arg(&self.data)
            .args(["-m", "fast", "-w", "stop"])
            .output();
    }
}

fn run(command: &mut Command) -> Result<(), String> {
    let output = command.output().map_err(|e| format!("{command:?}: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_string())
    }
}

/// `initdb` is rarely on PATH (Debian keeps it per version): look there too.
pub fn postgres_bin_dir() -> Option<PathBuf> {
    let on_path = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default();
    let mut debian: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|dirs| {
            dirs.filter_map(|d| d.ok())
                .map(|d| d.path().join("bin"))
                .collect()
        })
        .unwrap_or_default();
    debian.sort();
    debian.reverse(); // newest version first
    on_path
        .into_iter()
        .chain(debian)
        .find(|dir| dir.join("initdb").is_file() && dir.join("pg_ctl").is_file())
}
