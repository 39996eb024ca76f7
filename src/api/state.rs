//! What every handler shares: the pool, the configuration, the metrics,
//! the password hashers, the outbox and the credential cache.

use std::sync::Arc;

use warp::Filter;

use crate::config::Config;
use crate::db::Pool;
use crate::metrics::Metrics;

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    /// The connection pool.
    pub pool: Pool,
    /// The validated configuration.
    pub config: Arc<Config>,
    /// Request counts and latencies, for `GET /metrics`.
    pub metrics: Arc<Metrics>,
    /// Password hashing, one at a time per core.
    pub hashers: crate::auth::password::Hashers,
    /// Mail on its way out.
    pub outbox: Arc<crate::email::Outbox>,
    /// Credentials resolved to members, kept while the database says they
    /// hold (`auth::cache`; on once `auth::listen` is listening).
    pub auth_cache: Arc<crate::auth::cache::AuthCache>,
}

/// Hands the shared state to a handler.
pub fn with_state(
    state: AppState,
) -> impl Filter<Extract = (AppState,), Error = std::convert::Infallible> + Clone {
    warp::any().map(move || state.clone())
}
