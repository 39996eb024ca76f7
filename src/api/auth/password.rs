//! `POST /api/auth/password/change`: a signed-in member changes their
//! password; every other credential ends (their other sessions, and the
//! API token unless the token made the request), the one in use goes on.

use serde::Deserialize;
use serde_json::json;
use warp::filters::BoxedFilter;
use warp::http::StatusCode;
use warp::reply::Response;
use warp::Filter;

use super::json;
use crate::api::body::{body, Body};
use crate::api::error::{respond, ApiError, ApiResult};
use crate::api::principal::principal_or_error;
use crate::api::AppState;
use crate::api::{no_parameters, with_state};
use crate::auth::client::{client, Client};
use crate::auth::{password, throttle, Credential, Principal};
use crate::db::{accounts, users};
use crate::model::error::FieldErrors;
use crate::model::input::REQUIRED;

#[derive(Debug, Deserialize)]
struct Change {
    old_password: Option<String>,
    new_password: Option<String>,
}

/// POST /api/auth/password/change
pub fn routes(state: AppState) -> BoxedFilter<(Response,)> {
    warp::path!("auth" / "password" / "change")
        .and(warp::post())
        .and(with_state(state.clone()))
        .and(client(state.config.clone()))
        .and(principal_or_error(state))
        .and(no_parameters())
        .and(body())
        .then(handle)
        .map(respond)
        .boxed()
}

async fn handle(
    state: AppState,
    client: Client,
    principal: ApiResult<Principal>,
    parameters: ApiResult<()>,
    body: Body,
) -> ApiResult<Response> {
    let principal = principal?;
    parameters?;
    let member = principal.member()?;
    let input: Change = body.parse().await?;
    let old = input.old_password.unwrap_or_default();
    let new = input.new_password.unwrap_or_default();
    let mut errors = FieldErrors::new();
    if old.is_empty() {
        errors.insert("old_password".into(), vec![REQUIRED.into()]);
    }
    if new.is_empty() {
        errors.insert("new_password".into(), vec![REQUIRED.into()]);
    }
    ApiError::check(errors)?;

    let mut db = state.pool.get().await?;
    let user = users::by_id(&**db, member.user_id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let hash = users::password_hash(&**db, member.user_id).await?;
    // A stolen session must not become a password-guessing oracle.
    let account = throttle::account_key(Some(user.id), &user.username);
    let attempt = throttle::begin(&mut db, &account, &client.address).await?;
    // No connection is held while hashing.
    drop(db);
    if !super::verify_attempt(&state, attempt, old, hash).await? {
        return Err(ApiError::field(
            "old_password",
            "Your old password was entered incorrectly. Please enter it again.",
        ));
    }
    throttle::succeeded(&**state.pool.get().await?, attempt).await?;
    password::validate("new_password", &new, &user.username, &user.email)?;
    let new_hash = password::hash(&state.hashers, new).await?;
    let keep = match member.credential {
        Credential::Session { session_id, .. } => Some(session_id),
        Credential::Token => None,
    };
    let mut db = state.pool.get().await?;
    let tx = db.transaction().await?;
    users::set_password(&*tx, member.user_id, &new_hash, false).await?;
    accounts::delete_sessions_of(&*tx, member.user_id, keep).await?;
    // The credential in use goes on; every other one ends, the API token
    // too unless it is the one making this request.
    if keep.is_some() {
        accounts::delete_token(&*tx, member.user_id).await?;
    }
    tx.commit().await?;
    Ok(json(
        StatusCode::OK,
        &json!({ "detail": "Your password has been changed. Your other sessions have been signed out." }),
    ))
}
