//! Accounts: first-run setup, sign-in and out, the member's own record,
//! API tokens, passwords (change, reset), and invitations (POST
//! `/api/users/`). Each file holds one area's routes and handlers;
//! permissions come from `auth::permissions::Rule`, the one judge.

pub mod invite;
pub mod login;
pub mod me;
pub mod member;
pub mod password;
pub mod reset;
pub mod setup;
pub mod token;

use warp::filters::BoxedFilter;
use warp::http::{header, Method, StatusCode};
use warp::reply::Response;
use warp::{Filter, Reply};

use crate::api::error::{ApiError, ApiResult};
use crate::api::AppState;
use crate::auth::client::Client;
use crate::auth::{csrf, password as passwords, throttle, Principal};
use crate::model::permissions::{Ownership, Rule};

/// Every accounts route (inside `/api`).
pub fn routes(state: AppState) -> BoxedFilter<(Response,)> {
    setup::routes(state.clone())
        .or(login::routes(state.clone()))
        .unify()
        .or(me::routes(state.clone()))
        .unify()
        .or(token::routes(state.clone()))
        .unify()
        .or(password::routes(state.clone()))
        .unify()
        .or(reset::routes(state.clone()))
        .unify()
        .or(invite::routes(state))
        .unify()
        .or(wrong_method())
        .unify()
        .boxed()
}

/// The accounts paths and the methods each accepts (`/api/users/` is
/// shared with the collections engine, so it is not listed).
const ALLOWED: &[(&str, &[Method])] = &[
    ("/api/auth/setup", &[Method::GET, Method::POST]),
    ("/api/auth/login", &[Method::POST]),
    ("/api/auth/logout", &[Method::POST]),
    ("/api/me", &[Method::GET, Method::PATCH]),
    (
        "/api/auth/token",
        &[Method::GET, Method::POST, Method::DELETE],
    ),
    ("/api/auth/password/change", &[Method::POST]),
    ("/api/auth/password/reset", &[Method::POST]),
    ("/api/auth/password/reset/confirm", &[Method::POST]),
    (
        "/api/auth/password/reset/check",
        &[Method::GET, Method::HEAD],
    ),
];

/// 405 with `Allow` for any other method on an accounts path (the routes
/// above took the allowed ones).
fn wrong_method() -> impl Filter<Extract = (Response,), Error = warp::Rejection> + Clone {
    warp::path::full().and_then(|path: warp::path::FullPath| async move {
        let path = path.as_str().trim_end_matches('/');
        match ALLOWED.iter().find(|(p, _)| *p == path) {
            Some((_, methods)) => Ok(ApiError::MethodNotAllowed(methods.to_vec()).into_response()),
            None => Err(warp::reject::not_found()),
        }
    })
}

/// Checks `secret` against `hash` for an attempt the throttle let through;
/// when no hasher is free (503) the attempt is withdrawn, since its
/// password was never checked.
async fn verify_attempt(
    state: &AppState,
    attempt: throttle::Attempt,
    secret: String,
    hash: Option<String>,
) -> Result<bool, ApiError> {
    match passwords::verify(&state.hashers, secret, hash).await {
        Ok(matches) => Ok(matches),
        Err(busy) => {
            if let Ok(db) = state.pool.get().await {
                throttle::withdraw(&**db, attempt).await?;
            }
            Err(busy.into())
        }
    }
}

/// The preamble of a POST anyone may send (setup, sign-in, password
/// reset): its rule, no unknown parameters, and a cross-site form refused.
fn open_post(rule: Rule, client: &Client, parameters: ApiResult<()>) -> ApiResult<()> {
    Principal::Anonymous.require(rule, Ownership::NotApplicable)?;
    parameters?;
    csrf::verify_origin_if_present(&client.headers)?;
    Ok(())
}

/// A JSON reply with a status.
pub fn json(status: StatusCode, body: &serde_json::Value) -> Response {
    warp::reply::with_status(warp::reply::json(body), status).into_response()
}

/// An empty 204.
pub fn no_content() -> Response {
    let mut response = Response::new(Default::default());
    *response.status_mut() = StatusCode::NO_CONTENT;
    response.headers_mut().remove(header::CONTENT_TYPE);
    response
}
