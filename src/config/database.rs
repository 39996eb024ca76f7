//! Which PostgreSQL to talk to, as configured, and how to describe it in a
//! log line without its password.

use std::fmt;
use std::str::FromStr;

use super::ConfigError;

/// How the database was configured.
#[derive(Debug, Clone)]
pub enum DatabaseSettings {
    /// `DATABASE_URL`, the Heroku and Fly form.
    Url(DatabaseUrl),
    /// The `POSTGRES_*` set that docker-compose's `.env` uses.
    Vars(PostgresVars),
    /// Nothing configured: find a local server (see `db::local`).
    Local,
}

/// TLS to the database, with libpq's meaning for each mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    /// Never encrypt.
    Disable,
    /// Encrypt if the server offers it, without verifying (libpq's default).
    Prefer,
    /// Encrypt, without verifying the certificate.
    Require,
    /// Encrypt and verify the certificate chain, not the host name.
    VerifyCa,
    /// Encrypt and verify the chain and the host name.
    VerifyFull,
}

impl FromStr for SslMode {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Ok(match s {
            "disable" => SslMode::Disable,
            "prefer" | "allow" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            _ => return Err(()),
        })
    }
}

impl fmt::Display for SslMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SslMode::Disable => "disable",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        })
    }
}

/// A parsed `DATABASE_URL`.
#[derive(Clone)]
pub struct DatabaseUrl {
    /// Connection parameters, sslmode excepted.
    pub config: tokio_postgres::Config,
    /// The URL's sslmode (default prefer).
    pub ssl_mode: SslMode,
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseUrl({})", describe(&self.config, self.ssl_mode))
    }
}

impl DatabaseUrl {
    /// Parses a `postgres://` or `postgresql://` URL. The message never
    /// repeats the URL, since it may hold a password.
    pub fn parse(raw: &str) -> Result<Self, ConfigError> {
        let bad = |why: &str| {
            ConfigError(format!(
                "DATABASE_URL must be a URL like postgres://user:password@host:5432/database?sslmode=require ({why})"
            ))
        };
        let mut url = url::Url::parse(raw).map_err(|e| bad(&e.to_string()))?;
        if !matches!(url.scheme(), "postgres" | "postgresql") {
            return Err(bad("the scheme must be postgres or postgresql"));
        }
        let mut ssl_mode = SslMode::Prefer;
        let mut kept = Vec::new();
        for (key, value) in url.query_pairs() {
            if key == "sslmode" {
                ssl_mode = value.parse().map_err(|_| {
                    bad("sslmode accepts disable, prefer, require, verify-ca or verify-full")
                })?;
            } else {
                kept.push((key.into_owned(), value.into_owned()));
            }
        }
        if kept.is_empty() {
            url.set_query(None);
        } else {
            url.query_pairs_mut().clear().extend_pairs(kept);
        }
        let config =
            tokio_postgres::Config::from_str(url.as_str()).map_err(|e| bad(&e.to_string()))?;
        if config.get_dbname().is_none() {
            return Err(bad("it names no database"));
        }
        Ok(DatabaseUrl { config, ssl_mode })
    }
}

/// The `POSTGRES_*` variables, with defaults filled in.
#[derive(Clone)]
pub struct PostgresVars {
    /// `POSTGRES_HOST` (default localhost).
    pub host: String,
    /// `POSTGRES_PORT` (default 5432).
    pub port: u16,
    /// `POSTGRES_DB` (default mothra).
    pub dbname: String,
    /// `POSTGRES_USER` (default postgres).
    pub user: String,
    /// `POSTGRES_PASSWORD`, if any.
    pub password: Option<String>,
}

impl fmt::Debug for PostgresVars {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "PostgresVars({}@{}:{}/{})",
            self.user, self.host, self.port, self.dbname
        )
    }
}

impl PostgresVars {
    /// The connection parameters these variables describe.
    pub fn to_config(&self) -> tokio_postgres::Config {
        let mut config = tokio_postgres::Config::new();
        config
            .host(&self.host)
            .port(self.port)
            .dbname(&self.dbname)
            .user(&self.user);
        if let Some(password) = &self.password {
            config.password(password);
        }
        config
    }
}

/// Describes a connection for a log line: never the password.
pub fn describe(config: &tokio_postgres::Config, ssl_mode: SslMode) -> String {
    let host = config
        .get_hosts()
        .first()
        .map(|h| match h {
            tokio_postgres::config::Host::Tcp(name) => name.clone(),
            tokio_postgres::config::Host::Unix(path) => path.display().to_string(),
        })
        .unwrap_or_else(|| "localhost".into());
    let port = config.get_ports().first().copied().unwrap_or(5432);
    format!(
        "postgres://{}@{}:{}/{} (sslmode={})",
        config.get_user().unwrap_or("?"),
        host,
        port,
        config.get_dbname().unwrap_or("?"),
        ssl_mode
    )
}
