//! `GET /metrics`: off unless `METRICS_TOKEN` is set, and then it needs
//! `Authorization: Bearer <token>`.

use warp::filters::BoxedFilter;
use warp::http::{header, HeaderValue};
use warp::reply::Response;
use warp::{Filter, Reply};

use super::error::{respond, ApiError, ApiResult};
use super::{with_state, AppState};
use crate::auth::keys;

/// `GET /metrics`.
pub fn routes(state: AppState) -> BoxedFilter<(Response,)> {
    warp::path("metrics")
        .and(warp::path::end())
        .and(warp::get())
        .and(warp::header::optional::<String>("authorization"))
        .and(with_state(state))
        .map(|authorization: Option<String>, state: AppState| {
            respond(render(authorization, &state))
        })
        .boxed()
}

fn render(authorization: Option<String>, state: &AppState) -> ApiResult<Response> {
    let Some(expected) = state.config.metrics_token.as_deref() else {
        return Err(ApiError::not_found());
    };
    let sent = authorization
        .as_deref()
        .and_then(|a| a.strip_prefix("Bearer "))
        .unwrap_or("");
    if !keys::constant_time_eq(sent.as_bytes(), expected.as_bytes()) {
        return Err(ApiError::Unauthenticated(
            "A valid metrics token is required.".into(),
        ));
    }
    let mut response = state
        .metrics
        .render(&state.pool, &state.outbox)
        .into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    Ok(response)
}
