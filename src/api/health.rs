//! Liveness and readiness, for load balancers and orchestrators.

use serde_json::json;
use warp::filters::BoxedFilter;
use warp::reply::Response;
use warp::{Filter, Reply};

use super::error::{respond, ApiError, ApiResult};
use super::with_state;
use crate::api::AppState;
use crate::db::migrate;

/// `GET /healthz` and `GET /readyz`.
pub fn routes(state: AppState) -> BoxedFilter<(Response,)> {
    let healthz = warp::path("healthz").and(warp::path::end()).map(alive);
    let readyz = warp::path("readyz")
        .and(warp::path::end())
        .and(with_state(state))
        .then(ready)
        .map(respond);
    warp::get().and(healthz.or(readyz).unify()).boxed()
}

/// GET /healthz: the process answers. Needs nothing else.
fn alive() -> Response {
    warp::reply::json(&json!({ "status": "ok" })).into_response()
}

/// GET /readyz: the database answers and has every migration this binary
/// carries; 503 (with `Retry-After`) otherwise.
async fn ready(state: AppState) -> ApiResult<Response> {
    let client = state.pool.get().await?;
    if migrate::is_current(&client).await? {
        Ok(warp::reply::json(&json!({ "status": "ready" })).into_response())
    } else {
        Err(ApiError::Unavailable("migrations are not applied".into()))
    }
}
