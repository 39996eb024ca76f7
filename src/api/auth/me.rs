//! `GET /api/me/`: the signed-in member's user, profile and organization.
//! `PATCH /api/me/`: the member saves their own user fields (names, email)
//! and profile fields (GitHub id; `organization: null` leaves theirs) in
//! one request and one transaction, checked by the users' and profiles'
//! declarations; what only staff may change (username, is_staff,
//! is_active, joining an organization) is refused by the one judge.

use serde_json::{json, Map, Value};
use tokio_postgres::GenericClient;
use warp::filters::BoxedFilter;
use warp::http::StatusCode;
use warp::reply::Response;
use warp::Filter;

use super::json;
use crate::api::body::{body as request_body, Body};
use crate::api::collections::{profiles, users as users_collection, write};
use crate::api::error::{respond, ApiError, ApiResult};
use crate::api::principal::principal_or_error;
use crate::api::AppState;
use crate::api::{no_parameters, with_state};
use crate::auth::permissions::{self};
use crate::auth::Principal;
use crate::db::users;
use crate::model::error::InputError;

/// GET and PATCH /api/me/
pub fn routes(state: AppState) -> BoxedFilter<(Response,)> {
    let read = warp::path!("me")
        .and(warp::get())
        .and(with_state(state.clone()))
        .and(principal_or_error(state.clone()))
        .and(no_parameters())
        .then(handle)
        .map(respond);
    let edit = warp::path!("me")
        .and(warp::patch())
        .and(with_state(state.clone()))
        .and(principal_or_error(state))
        .and(no_parameters())
        .and(request_body())
        .then(update)
        .map(respond);
    read.or(edit).unify().boxed()
}

async fn handle(
    state: AppState,
    principal: ApiResult<Principal>,
    parameters: ApiResult<()>,
) -> ApiResult<Response> {
    let principal = principal?;
    let member = principal.member()?;
    parameters?;
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

async fn update(
    state: AppState,
    principal: ApiResult<Principal>,
    parameters: ApiResult<()>,
    sent: Body,
) -> ApiResult<Response> {
    let principal = principal?;
    let member = principal.member()?.clone();
    parameters?;
    let sent: Map<String, Value> = sent.object().await?;
    let (user, profile) = (&users_collection::COLLECTION, &profiles::COLLECTION);
    let part = |collection: &crate::model::collection::Collection| -> Map<String, Value> {
        sent.iter()
            .filter(|(k, _)| collection.field(k).is_some())
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    let (user_body, profile_body) = (part(user), part(profile));
    let mut client = state.pool.get().await?;
    let user_now = write::existing(client.pooled(), user, member.user_id).await?;
    let profile_now = write::existing(client.pooled(), profile, member.profile_id).await?;
    permissions::check_fields(user.name, &principal, &user_now, &user_body)?;
    permissions::check_fields(profile.name, &principal, &profile_now, &profile_body)?;
    // Both parts are checked before either is written, and their errors
    // come back together.
    let user_input = write::prepare(
        client.pooled(),
        user,
        &user_body,
        Some((member.user_id, &user_now)),
        false,
    )
    .await;
    let profile_input = write::prepare(
        client.pooled(),
        profile,
        &profile_body,
        Some((member.profile_id, &profile_now)),
        false,
    )
    .await;
    let (user_input, profile_input) = match (user_input, profile_input) {
        (Ok(u), Ok(p)) => (u, p),
        (
            Err(ApiError::Input(InputError::Invalid(mut a))),
            Err(ApiError::Input(InputError::Invalid(b))),
        ) => {
            a.extend(b);
            return Err(InputError::Invalid(a).into());
        }
        (Err(e), _) | (_, Err(e)) => return Err(e),
    };
    let tx = client.transaction().await?;
    write::store(&tx, user, member.user_id, &user_input).await?;
    write::store(&tx, profile, member.profile_id, &profile_input).await?;
    let me = body(&*tx, member.user_id).await?;
    tx.commit().await?;
    Ok(json(StatusCode::OK, &me))
}
