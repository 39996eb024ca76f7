//! Building the application (database, migrations, routes, listener) apart
//! from running it, so that tests start the real thing on port 0.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;
use warp::filters::BoxedFilter;
use warp::reply::Response;
use warp::Filter;

use crate::api::AppState;
use crate::config::{Config, SecretKeySource};
use crate::db::{migrate, Target};
use crate::metrics::Metrics;
use crate::server::{self, Middleware};
use crate::{api, web};

/// How long in-flight requests may run after a shutdown signal.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(25);

/// A built application, listening but not yet serving.
pub struct App {
    state: AppState,
    listener: TcpListener,
    target: Target,
}

impl App {
    /// Chooses the database, applies pending migrations and binds the port.
    pub async fn build(config: Config) -> Result<App, String> {
        if config.secret_key_source == SecretKeySource::Generated {
            tracing::warn!(
                "DEBUG=1 and no SECRET_KEY: using a random key; sessions end when the process does"
            );
        }
        let (target, mut client) = Target::open(&config).await?;
        tracing::info!(database = %target.describe(), chosen_by = target.origin, "database chosen");
        let applied = migrate::run(&mut client).await?;
        drop(client);
        if applied.names.is_empty() {
            tracing::info!("migrations: up to date");
        } else {
            tracing::info!(applied = ?applied.names, "migrations applied");
        }
        let pool = target.pool(&config);
        let listener = TcpListener::bind((config.host, config.port))
            .await
            .map_err(|e| {
                format!(
                    "cannot listen on {}:{}: {e} (set PORT or HOST)",
                    config.host, config.port
                )
            })?;
        let mut config = config;
        if config.public_url.is_none() {
            // Only in development: validation requires PUBLIC_URL otherwise.
            let url =
                crate::config::listening_origin(listener.local_addr().map_err(|e| e.to_string())?);
            tracing::info!(%url, "PUBLIC_URL is not set (DEBUG=1): links in mail point at this server");
            config.public_url = Some(url);
        }
        Ok(App {
            state: AppState {
                pool,
                config: Arc::new(config),
                metrics: Arc::new(Metrics::default()),
                hashers: crate::auth::password::Hashers::new(
                    crate::auth::password::concurrent_hashes(),
                ),
                outbox: Arc::default(),
                auth_cache: Arc::default(),
            },
            listener,
            target,
        })
    }

    /// The address the server listens on (the real port when 0 was asked).
    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    /// The shared state (tests use its pool).
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until `shutdown` resolves, lets requests in flight finish
    /// (at most [`SHUTDOWN_GRACE`]), then closes the pool.
    pub async fn run_until_stopped(self, shutdown: impl Future<Output = ()>) {
        let App {
            state,
            listener,
            target,
        } = self;
        tracing::info!(address = %listener.local_addr().expect("bound"), "listening");
        let listener_task = crate::auth::listen::spawn(&target, state.auth_cache.clone());
        let middleware = Middleware {
            trust_proxy: state.config.trust_proxy,
            metrics: state.metrics.clone(),
            limits: state.config.connections,
        };
        server::serve(
            listener,
            routes(state.clone()),
            middleware,
            shutdown,
            SHUTDOWN_GRACE,
        )
        .await;
        listener_task.abort();
        state.pool.close();
        drop(target); // stops a private cluster, if this process started one
        tracing::info!("stopped");
    }
}

/// Every route: health, metrics, the API (its errors recovered inside),
/// the web app.
pub fn routes(state: AppState) -> BoxedFilter<(Response,)> {
    api::health::routes(state.clone())
        .or(api::metrics::routes(state.clone()))
        .unify()
        .or(crate::auth::cache::after_writes(
            state.auth_cache.clone(),
            api::routes(state),
        ))
        .unify()
        .or(web::routes())
        .unify()
        .recover(api::error::handle_rejection)
        .unify()
        .boxed()
}
