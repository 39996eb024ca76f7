//! Where the database is: the configured server, a local one, or a
//! private cluster this process starts; and the pool that draws from it.

use std::time::Duration;

use deadpool_postgres::{Hook, HookError, Manager, ManagerConfig, RecyclingMethod, Runtime};

use super::local::{self, PrivateCluster};
use super::{tls, Pool};
use crate::config::database::{describe, DatabaseSettings, SslMode};
use crate::config::Config;

/// Where the database is, resolved from the configuration.
#[derive(Debug)]
pub struct Target {
    /// Connection parameters.
    pub config: tokio_postgres::Config,
    /// TLS mode.
    pub ssl_mode: SslMode,
    /// How the choice was made, for the start-up log line.
    pub origin: &'static str,
    /// The private cluster this process started, if any; stopped on drop.
    pub cluster: Option<PrivateCluster>,
}

impl Target {
    /// The target in a log line: user, host, port, database; never a password.
    pub fn describe(&self) -> String {
        describe(&self.config, self.ssl_mode)
    }

    /// Resolves the configured database; with nothing configured, a local
    /// server (creating the `mothra` database) or a private cluster.
    pub async fn resolve(config: &Config) -> Result<Target, String> {
        let (mut pg, ssl_mode, origin, cluster) = match &config.database {
            DatabaseSettings::Url(url) => (url.config.clone(), url.ssl_mode, "DATABASE_URL", None),
            DatabaseSettings::Vars(vars) => (
                vars.to_config(),
                SslMode::Prefer,
                "POSTGRES_* variables",
                None,
            ),
            DatabaseSettings::Local => {
                let (maintenance, cluster, origin) = match local::find_local_server().await {
                    Some(found) => (found, None, "local server (nothing configured)"),
                    None => {
                        let cluster = PrivateCluster::start(&config.data_dir)
                            .map_err(|why| format!("{why}\n\n{}", local::HOW_TO_GET_POSTGRES))?;
                        (
                            cluster.maintenance_config(),
                            Some(cluster),
                            "private cluster (nothing configured)",
                        )
                    }
                };
                local::ensure_database(&maintenance, local::DATABASE_NAME)
                    .await
                    .map_err(|e| {
                        format!("cannot create the {} database: {e}", local::DATABASE_NAME)
                    })?;
                let mut pg = maintenance;
                pg.dbname(local::DATABASE_NAME);
                (pg, SslMode::Disable, origin, cluster)
            }
        };
        if pg.get_connect_timeout().is_none() {
            pg.connect_timeout(Duration::from_secs(5));
        }
        pg.application_name("mothra");
        Ok(Target {
            config: pg,
            ssl_mode,
            origin,
            cluster,
        })
    }

    /// The configured database ([`Target::resolve`]) and one connection to
    /// it, a failure said for a person.
    pub async fn open(config: &Config) -> Result<(Target, tokio_postgres::Client), String> {
        let target = Target::resolve(config).await?;
        let client = target
            .connect()
            .await
            .map_err(|e| format!("cannot connect to {}: {e}", target.describe()))?;
        Ok((target, client))
    }

    /// One connection outside the pool (migrations hold a session lock).
    pub async fn connect(&self) -> Result<tokio_postgres::Client, tokio_postgres::Error> {
        let (tls, mode) = tls::connector(self.ssl_mode);
        let mut config = self.config.clone();
        config.ssl_mode(mode);
        let (client, connection) = config.connect(tls).await?;
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, "database connection closed");
            }
        });
        Ok(client)
    }

    /// The pool every request draws from, sized and bounded by `config`:
    /// waiting for a connection takes at most `DATABASE_TIMEOUT`, so that
    /// an unreachable database answers 503, never hangs; every session
    /// runs with `DATABASE_STATEMENT_TIMEOUT` and
    /// `DATABASE_IDLE_IN_TRANSACTION_TIMEOUT` ([`pool`] bounds the rest).
    pub fn pool(&self, config: &Config) -> Pool {
        let timeout = config.database_timeout;
        let (tls, mode) = tls::connector(self.ssl_mode);
        let mut pg = self.config.clone();
        pg.ssl_mode(mode).connect_timeout(timeout);
        let manager = Manager::from_config(
            pg,
            tls.clone(),
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        // No JIT compilation: the API's statements are short, and a large
        // cost estimate (a search over many reviews) would spend 100-400 ms
        // compiling for one execution. SETs, not startup options, so
        // connection poolers that refuse options still work. The values
        // are whole milliseconds from the validated configuration.
        // `random_page_cost = 1.1`: an index probe costs about what a
        // sequential read does when the data is cached or on SSD, as a
        // served database's is. At the default (4) PostgreSQL scanned the
        // 300 organizations whole for each review's organization name
        // (7.75 against 8.29 estimated; 10x slower measured), and the
        // reviews page ran at 365 statements/s against 871
        // (docs/performance.md).
        let settings = format!(
            "set jit = off; set random_page_cost = 1.1; \
             set statement_timeout = {}; set idle_in_transaction_session_timeout = {}",
            config.statement_timeout.as_millis().max(1),
            config.idle_in_transaction_timeout.as_millis().max(1),
        );
        let inner = deadpool_postgres::Pool::builder(manager)
            .max_size(config.pool_size)
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(timeout))
            .create_timeout(Some(timeout))
            .recycle_timeout(Some(timeout))
            .post_create(Hook::async_fn(move |client, _| {
                let settings = settings.clone();
                Box::pin(async move {
                    client
                        .batch_execute(&settings)
                        .await
                        .map_err(HookError::Backend)
                })
            }))
            .build()
            .expect("a pool with a runtime always builds");
        Pool::new(inner, tls, config.statement_timeout)
    }
}
