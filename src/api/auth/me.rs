//! `GET /api/me/`: the signed-in member's user, profile and organization.

use serde_json::{json, Value};
use tokio_postgres::GenericClient;
use warp::filters::BoxedFilter;
use warp::http::StatusCode;
use warp::reply::Response;
use warp::Filter;

use super::json;
use crate::api::error::{respond, ApiError, ApiResult};
use crate::api::with_state;
use crate::app::AppState;
use crate::auth::permissions::{Ownership, Rule};
use crate::auth::{principal_or_error, Principal};
use crate::db::users;

/// Who may read their own record.
pub const RULE: Rule = Rule::Member;

/// GET /api/me/
pub fn routes(state: AppState) -> BoxedFilter<(Response,)> {
    warp::path!("me")
        .and(warp::get())
        .and(with_state(state.clone()))
        .and(principal_or_error(state))
        .then(handle)
        .map(respond)
        .boxed()
}

async fn handle(state: AppState, principal: ApiResult<Principal>) -> ApiResult<Response> {
    let principal = principal?;
    let member = RULE
        .check(&principal, Ownership::NotApplicable)?
        .expect("a member rule yields a member");
    let client = state.pool.get().await?;
    Ok(json(
        StatusCode::OK,
        &body(&**client, member.user_id).await?,
    ))
}

/// `{user, profile, organization}` for `user_id`.
pub async fn body(client: &impl GenericClient, user_id: i64) -> ApiResult<Value> {
    let user = users::by_id(client, user_id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let profile = users::profile_of(client, user_id)
        .await?
        .ok_or_else(|| ApiError::Internal(format!("user {user_id} has no profile")))?;
    let organization = match profile.organization {
        Some(id) => users::organization(client, id).await?,
        None => None,
    };
    Ok(json!({ "user": user, "profile": profile, "organization": organization }))
}
