//! Configuration from the environment (12-factor), read through envconfig
//! and validated once into typed values with messages that name the variable.

pub mod database;
pub mod email;

use std::collections::HashMap;
use std::fmt;
use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

use envconfig::Envconfig;
use rand::RngCore;

use crate::connections::ConnectionLimits;
use database::{DatabaseSettings, DatabaseUrl, PostgresVars};

/// The variables as the environment spells them. Every field is a string so
/// that validation (below) can say exactly what was wrong and what is accepted.
#[derive(Envconfig, Debug)]
struct Environment {
    #[envconfig(from = "PORT", default = "8080")]
    port: String,
    #[envconfig(from = "HOST", default = "127.0.0.1")]
    host: String,
    #[envconfig(from = "DATABASE_URL")]
    database_url: Option<String>,
    #[envconfig(from = "POSTGRES_HOST")]
    postgres_host: Option<String>,
    #[envconfig(from = "POSTGRES_PORT")]
    postgres_port: Option<String>,
    #[envconfig(from = "POSTGRES_DB")]
    postgres_db: Option<String>,
    #[envconfig(from = "POSTGRES_USER")]
    postgres_user: Option<String>,
    #[envconfig(from = "POSTGRES_PASSWORD")]
    postgres_password: Option<String>,
    #[envconfig(from = "DATABASE_POOL_SIZE", default = "16")]
    pool_size: String,
    #[envconfig(from = "DATABASE_TIMEOUT", default = "5")]
    database_timeout: String,
    #[envconfig(from = "DATABASE_STATEMENT_TIMEOUT", default = "5")]
    statement_timeout: String,
    #[envconfig(from = "DATABASE_IDLE_IN_TRANSACTION_TIMEOUT", default = "10")]
    idle_in_transaction_timeout: String,
    #[envconfig(from = "EXPORT_STALL_TIMEOUT", default = "30")]
    export_stall_timeout: String,
    #[envconfig(from = "SECRET_KEY")]
    secret_key: Option<String>,
    #[envconfig(from = "DEBUG", default = "0")]
    debug: String,
    #[envconfig(from = "LOG_FORMAT", default = "text")]
    log_format: String,
    #[envconfig(from = "MOTHRA_DATA_DIR", default = ".mothra")]
    data_dir: String,
    #[envconfig(from = "METRICS_TOKEN")]
    metrics_token: Option<String>,
    #[envconfig(from = "TRUST_PROXY", default = "0")]
    trust_proxy: String,
    #[envconfig(from = "PUBLIC_URL")]
    public_url: Option<String>,
    #[envconfig(from = "HTTP_HEADER_TIMEOUT", default = "10")]
    http_header_timeout: String,
    #[envconfig(from = "HTTP_IDLE_TIMEOUT", default = "75")]
    http_idle_timeout: String,
    #[envconfig(from = "MAX_CONNECTIONS", default = "1024")]
    max_connections: String,
    #[envconfig(from = "MAX_CONNECTIONS_PER_ADDRESS")]
    max_connections_per_address: Option<String>,
    #[envconfig(from = "EMAIL_HOST")]
    email_host: Option<String>,
    #[envconfig(from = "EMAIL_PORT", default = "587")]
    email_port: String,
    #[envconfig(from = "EMAIL_HOST_USER")]
    email_host_user: Option<String>,
    #[envconfig(from = "EMAIL_HOST_PASSWORD")]
    email_host_password: Option<String>,
    #[envconfig(from = "EMAIL_USE_TLS", default = "0")]
    email_use_tls: String,
    #[envconfig(from = "DEFAULT_FROM_EMAIL")]
    default_from_email: Option<String>,
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines, for a terminal.
    Text,
    /// One JSON object per line, for log collectors (Fly, Heroku drains).
    Json,
}

/// The key that signs what the server hands out. Never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretKey(String);

impl SecretKey {
    /// The shortest key accepted: 32 characters, e.g. 16 random bytes in hex.
    pub const MIN_LEN: usize = 32;

    /// A fresh random key, for development (`DEBUG=1`) only.
    pub fn random() -> Self {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        SecretKey(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }

    /// The key's bytes, for keyed hashing.
    pub fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey(<redacted>)")
    }
}

/// Where the secret key came from, so start-up can warn about a generated one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretKeySource {
    /// `SECRET_KEY` was set.
    Environment,
    /// `DEBUG=1` and no key: a random one, valid until the process exits.
    Generated,
}

/// Everything Mothra needs to know about its environment, validated.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address to listen on.
    pub host: IpAddr,
    /// Port to listen on; 0 picks a free one (tests).
    pub port: u16,
    /// Which PostgreSQL to use.
    pub database: DatabaseSettings,
    /// Most connections the pool opens.
    pub pool_size: usize,
    /// How long a request waits for a pooled connection before a 503.
    pub database_timeout: Duration,
    /// `DATABASE_STATEMENT_TIMEOUT`: the longest one SQL statement may run
    /// (PostgreSQL's `statement_timeout`), then 503.
    pub statement_timeout: Duration,
    /// `DATABASE_IDLE_IN_TRANSACTION_TIMEOUT`: how long a pooled session may
    /// sit idle inside a transaction before PostgreSQL ends it.
    pub idle_in_transaction_timeout: Duration,
    /// `EXPORT_STALL_TIMEOUT`: how long a CSV export (which holds a
    /// connection) waits for its client to take more data before it ends.
    pub export_stall_timeout: Duration,
    /// The signing key.
    pub secret_key: SecretKey,
    /// Where the secret key came from.
    pub secret_key_source: SecretKeySource,
    /// Development mode: generated secret key, no `Secure` cookies.
    pub debug: bool,
    /// Log line format.
    pub log_format: LogFormat,
    /// Where a private PostgreSQL cluster lives when nothing else is found.
    pub data_dir: PathBuf,
    /// `TRUST_PROXY=1`: believe `X-Forwarded-Proto` and `X-Forwarded-For`.
    pub trust_proxy: bool,
    /// `METRICS_TOKEN`: `GET /metrics` answers only with it; off when unset.
    pub metrics_token: Option<String>,
    /// `PUBLIC_URL`: the site's origin for links in mail (`https://host`),
    /// without a trailing slash. Required outside `DEBUG`; in development
    /// without it, `App::build` sets the address it listens on.
    pub public_url: Option<String>,
    /// Outgoing mail.
    pub email: email::EmailSettings,
    /// Bounds on HTTP connections: counts and timeouts.
    pub connections: ConnectionLimits,
}

impl Config {
    /// The origin links in mail point at: `PUBLIC_URL`, never a request
    /// header. Unset only in development before `App::build` fills it in.
    pub fn site_origin(&self) -> &str {
        self.public_url.as_deref().unwrap_or("http://localhost")
    }
}

/// `http://<address>` of a listening socket, for development without
/// `PUBLIC_URL` (an unspecified address becomes loopback).
pub fn listening_origin(address: std::net::SocketAddr) -> String {
    let mut address = address;
    if address.ip().is_unspecified() {
        address.set_ip(match address.ip() {
            IpAddr::V4(_) => IpAddr::V4(std::net::Ipv4Addr::LOCALHOST),
            IpAddr::V6(_) => IpAddr::V6(std::net::Ipv6Addr::LOCALHOST),
        });
    }
    format!("http://{address}")
}

/// A configuration value that cannot be used; the message names the
/// variable and what it accepts, in one line.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{0}")]
pub struct ConfigError(pub String);

impl ConfigError {
    fn invalid(variable: &str, accepts: &str, got: &str) -> Self {
        ConfigError(format!("{variable} must be {accepts} (got {got:?})"))
    }
}

impl Config {
    /// Reads the process environment (after `.env`, which `main` loads).
    pub fn from_env() -> Result<Self, ConfigError> {
        let env = Environment::init_from_env().map_err(|e| ConfigError(e.to_string()))?;
        Self::validate(env)
    }

    /// Builds the configuration from a map, as tests do.
    pub fn from_map(vars: &HashMap<String, String>) -> Result<Self, ConfigError> {
        let env = Environment::init_from_hashmap(vars).map_err(|e| ConfigError(e.to_string()))?;
        Self::validate(env)
    }

    fn validate(env: Environment) -> Result<Self, ConfigError> {
        let debug = parse_flag("DEBUG", &env.debug)?;
        let port = env.port.trim().parse::<u16>().map_err(|_| {
            ConfigError::invalid("PORT", "a port number from 0 to 65535", &env.port)
        })?;
        let host = env.host.trim().parse::<IpAddr>().map_err(|_| {
            ConfigError::invalid(
                "HOST",
                "an IP address such as 127.0.0.1 or 0.0.0.0",
                &env.host,
            )
        })?;
        let pool_size = match env.pool_size.trim().parse::<usize>() {
            Ok(n @ 1..=1000) => n,
            _ => {
                return Err(ConfigError::invalid(
                    "DATABASE_POOL_SIZE",
                    "a whole number from 1 to 1000",
                    &env.pool_size,
                ))
            }
        };
        let database_timeout = seconds("DATABASE_TIMEOUT", &env.database_timeout)?;
        let statement_timeout = seconds("DATABASE_STATEMENT_TIMEOUT", &env.statement_timeout)?;
        let idle_in_transaction_timeout = seconds(
            "DATABASE_IDLE_IN_TRANSACTION_TIMEOUT",
            &env.idle_in_transaction_timeout,
        )?;
        let export_stall_timeout = seconds("EXPORT_STALL_TIMEOUT", &env.export_stall_timeout)?;
        let log_format = match env.log_format.trim().to_ascii_lowercase().as_str() {
            "text" => LogFormat::Text,
            "json" => LogFormat::Json,
            _ => {
                return Err(ConfigError::invalid(
                    "LOG_FORMAT",
                    "text or json",
                    &env.log_format,
                ))
            }
        };
        let (secret_key, secret_key_source) = match env.secret_key.as_deref().map(str::trim) {
            Some(key) if key.starts_with("change-me") && !debug => {
                return Err(ConfigError(
                    "SECRET_KEY is still the placeholder from .env.example; replace it with the output of `openssl rand -hex 32`".into(),
                ))
            }
            Some(key) if key.chars().count() >= SecretKey::MIN_LEN => {
                (SecretKey(key.to_owned()), SecretKeySource::Environment)
            }
            Some(key) if !key.is_empty() => {
                return Err(ConfigError(format!(
                    "SECRET_KEY must be at least {} characters (it has {}); make one with: openssl rand -hex 32",
                    SecretKey::MIN_LEN,
                    key.chars().count()
                )))
            }
            _ if debug => (SecretKey::random(), SecretKeySource::Generated),
            _ => {
                return Err(ConfigError(
                    "SECRET_KEY is not set; make one with `openssl rand -hex 32` and set it (or set DEBUG=1 for development)".into(),
                ))
            }
        };
        let database = database_settings(&env)?;
        let trust_proxy = parse_flag("TRUST_PROXY", &env.trust_proxy)?;
        let metrics_token = match env.metrics_token.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(token) if token.len() >= 16 && !token.contains(char::is_whitespace) => Some(token.to_owned()),
            Some(_) => {
                return Err(ConfigError(
                    "METRICS_TOKEN must be at least 16 characters without spaces; make one with: openssl rand -hex 16".into(),
                ))
            }
        };
        let public_url = public_url(env.public_url.as_deref())?;
        let connections = connection_limits(&env, trust_proxy)?;
        if public_url.is_none() && !debug {
            // Links in mail must never be built from a request's Host header,
            // which the client chooses.
            return Err(ConfigError(
                "PUBLIC_URL is not set; set it to the site's address, such as https://mothra.example.org, for the links in mail (or set DEBUG=1 for development)".into(),
            ));
        }
        let email = email::EmailSettings::parse(
            env.email_host.as_deref(),
            &env.email_port,
            env.email_host_user.as_deref(),
            env.email_host_password.as_deref(),
            &env.email_use_tls,
            env.default_from_email.as_deref(),
        )?;
        Ok(Config {
            host,
            port,
            database,
            pool_size,
            database_timeout,
            statement_timeout,
            idle_in_transaction_timeout,
            export_stall_timeout,
            secret_key,
            secret_key_source,
            debug,
            log_format,
            data_dir: PathBuf::from(env.data_dir.trim()),
            trust_proxy,
            metrics_token,
            public_url,
            email,
            connections,
        })
    }
}

/// `DATABASE_URL` wins; else any `POSTGRES_*` variable means that set is
/// used; else nothing is configured and a local server is looked for.
fn database_settings(env: &Environment) -> Result<DatabaseSettings, ConfigError> {
    if let Some(url) = env.database_url.as_deref().filter(|u| !u.trim().is_empty()) {
        return DatabaseUrl::parse(url.trim()).map(DatabaseSettings::Url);
    }
    let any_postgres_var = [
        &env.postgres_host,
        &env.postgres_port,
        &env.postgres_db,
        &env.postgres_user,
        &env.postgres_password,
    ]
    .iter()
    .any(|v| v.as_deref().is_some_and(|v| !v.trim().is_empty()));
    if !any_postgres_var {
        return Ok(DatabaseSettings::Local);
    }
    let port = match env.postgres_port.as_deref().map(str::trim) {
        None | Some("") => 5432,
        Some(p) => match p.parse::<u16>() {
            Ok(n) if n > 0 => n,
            _ => {
                return Err(ConfigError::invalid(
                    "POSTGRES_PORT",
                    "a port number from 1 to 65535",
                    p,
                ))
            }
        },
    };
    let non_empty = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    Ok(DatabaseSettings::Vars(PostgresVars {
        host: non_empty(&env.postgres_host).unwrap_or_else(|| "localhost".into()),
        port,
        dbname: non_empty(&env.postgres_db).unwrap_or_else(|| "mothra".into()),
        user: non_empty(&env.postgres_user).unwrap_or_else(|| "postgres".into()),
        // A password may legitimately have surrounding blanks: keep it as given.
        password: env.postgres_password.clone().filter(|p| !p.is_empty()),
    }))
}

/// The HTTP connection limits. Behind a proxy (`TRUST_PROXY=1`) every
/// connection comes from the proxy, so the per-address limit is off unless
/// set explicitly.
fn connection_limits(
    env: &Environment,
    trust_proxy: bool,
) -> Result<ConnectionLimits, ConfigError> {
    let seconds = |variable: &str, value: &str| match value.trim().parse::<f64>() {
        Ok(s) if s > 0.0 && s <= 3600.0 => Ok(Duration::from_secs_f64(s)),
        _ => Err(ConfigError::invalid(
            variable,
            "a number of seconds above 0 and at most 3600",
            value,
        )),
    };
    let count = |variable: &str, value: &str, least: usize| match value.trim().parse::<usize>() {
        Ok(n) if (least..=1_000_000).contains(&n) => Ok(n),
        _ => Err(ConfigError::invalid(
            variable,
            &format!("a whole number from {least} to 1000000"),
            value,
        )),
    };
    let max_per_address = match env.max_connections_per_address.as_deref().map(str::trim) {
        None | Some("") if trust_proxy => None,
        None | Some("") => Some(DEFAULT_MAX_CONNECTIONS_PER_ADDRESS),
        Some(value) => match count("MAX_CONNECTIONS_PER_ADDRESS", value, 0)? {
            0 => None,
            n => Some(n),
        },
    };
    Ok(ConnectionLimits {
        header_timeout: seconds("HTTP_HEADER_TIMEOUT", &env.http_header_timeout)?,
        idle_timeout: seconds("HTTP_IDLE_TIMEOUT", &env.http_idle_timeout)?,
        max_connections: count("MAX_CONNECTIONS", &env.max_connections, 1)?,
        max_per_address,
    })
}

/// Open connections one address may hold when `MAX_CONNECTIONS_PER_ADDRESS`
/// is not set (and no proxy is trusted): a browser opens at most six.
const DEFAULT_MAX_CONNECTIONS_PER_ADDRESS: usize = 64;

/// `PUBLIC_URL`: an http(s) origin, optionally with a trailing slash.
fn public_url(value: Option<&str>) -> Result<Option<String>, ConfigError> {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let accepts = "an http(s) origin such as https://mothra.example.org (no path)";
    let url =
        url::Url::parse(value).map_err(|_| ConfigError::invalid("PUBLIC_URL", accepts, value))?;
    let plain = matches!(url.scheme(), "http" | "https")
        && url.host_str().is_some()
        && url.path() == "/"
        && url.query().is_none()
        && url.fragment().is_none()
        && url.username().is_empty();
    if !plain {
        return Err(ConfigError::invalid("PUBLIC_URL", accepts, value));
    }
    Ok(Some(url.origin().ascii_serialization()))
}

/// A duration in seconds (fractions allowed), above 0 and at most 300.
fn seconds(variable: &str, value: &str) -> Result<Duration, ConfigError> {
    match value.trim().parse::<f64>() {
        Ok(s) if s > 0.0 && s <= 300.0 => Ok(Duration::from_secs_f64(s)),
        _ => Err(ConfigError::invalid(
            variable,
            "a number of seconds above 0 and at most 300",
            value,
        )),
    }
}

/// Parses a 0/1 switch (also true/false, yes/no, on/off).
pub(crate) fn parse_flag(variable: &str, value: &str) -> Result<bool, ConfigError> {
    match value.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" | "" => Ok(false),
        _ => Err(ConfigError::invalid(variable, "0 or 1", value)),
    }
}

/// Loads `.env` from the working directory, if there is one; variables
/// already in the environment win.
pub fn load_dotenv() -> Result<(), String> {
    match dotenvy::from_path(".env") {
        Ok(()) => Ok(()),
        Err(dotenvy::Error::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e.to_string()),
    }
}
