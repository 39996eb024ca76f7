//! `/api/auth/token`: the member's one API token. Created or rotated by
//! POST (the key is shown once), revoked by DELETE, described by GET
//! (never the key). Only its keyed hash is stored.

use serde_json::json;
use warp::filters::BoxedFilter;
use warp::http::StatusCode;
use warp::reply::Response;
use warp::Filter;

use super::{json, no_content};
use crate::api::error::{respond, ApiResult};
use crate::api::principal::principal_or_error;
use crate::api::AppState;
use crate::api::{no_parameters, with_state};
use crate::auth::{keys, Member, Principal};
use crate::db::accounts;

/// GET, POST, DELETE /api/auth/token
pub fn routes(state: AppState) -> BoxedFilter<(Response,)> {
    warp::path!("auth" / "token")
        .and(warp::method())
        .and(with_state(state.clone()))
        .and(principal_or_error(state))
        .and(no_parameters())
        .then(handle)
        .map(respond)
        .boxed()
}

async fn handle(
    method: warp::http::Method,
    state: AppState,
    principal: ApiResult<Principal>,
    parameters: ApiResult<()>,
) -> ApiResult<Response> {
    use warp::http::Method;
    if !matches!(
        method,
        Method::GET | Method::HEAD | Method::POST | Method::DELETE
    ) {
        return Err(crate::api::error::ApiError::MethodNotAllowed(vec![
            Method::GET,
            Method::POST,
            Method::DELETE,
        ]));
    }
    let principal = principal?;
    let member = principal.member()?;
    parameters?;
    match method {
        Method::POST => create(&state, member).await,
        Method::DELETE => {
            let db = state.pool.get().await?;
            accounts::delete_token(&**db, member.user_id).await?;
            Ok(no_content())
        }
        _ => {
            let db = state.pool.get().await?;
            let info = accounts::token_info(&**db, member.user_id).await?;
            Ok(json(
                StatusCode::OK,
                &json!({
                    "exists": info.is_some(),
                    "created": info.as_ref().map(|i| i.created),
                    "last_used": info.as_ref().and_then(|i| i.last_used),
                }),
            ))
        }
    }
}

async fn create(state: &AppState, member: &Member) -> ApiResult<Response> {
    let key = keys::generate();
    let mut db = state.pool.get().await?;
    let tx = db.transaction().await?;
    let info = accounts::replace_token(
        &*tx,
        member.user_id,
        &keys::hash(&state.config.secret_key, &key),
    )
    .await?;
    tx.commit().await?;
    Ok(json(
        StatusCode::CREATED,
        &json!({ "token": key, "created": info.created }),
    ))
}
