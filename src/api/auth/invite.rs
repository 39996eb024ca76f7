//! `POST /api/users/`: staff, or a member for their own organization,
//! create a member, inactive and without a password, in an organization
//! (the invitation carries it), and mail them an invitation link;
//! following it sets the password and activates the account
//! (`reset::confirm`). The other methods on `/api/users/` belong to the
//! collections engine.

use warp::filters::BoxedFilter;
use warp::http::StatusCode;
use warp::reply::Response;
use warp::Filter;

use super::reset::{display_name, issue_link};
use super::{json, member};
use crate::api::body::{body, Body};
use crate::api::error::{respond, ApiError, ApiResult};
use crate::api::principal::principal_or_error;
use crate::api::AppState;
use crate::api::{no_parameters, with_state};
use crate::auth::permissions::invitation_organization;
use crate::auth::Principal;
use crate::db::accounts::LinkPurpose;
use crate::db::users::{self, NewUser};
use crate::email::Email;
use crate::model::error::InputError;
use crate::model::input::invalid_pk;
use crate::model::sql_value::SqlValue;

/// The user fields an invitation takes (besides `organization`); the rest
/// of a user is the database's default (inactive, no password).
const FIELDS: &[&str] = &["username", "email", "first_name", "last_name", "is_staff"];

/// POST /api/users/
pub fn routes(state: AppState) -> BoxedFilter<(Response,)> {
    warp::path!("users")
        .and(warp::post())
        .and(with_state(state.clone()))
        .and(principal_or_error(state))
        .and(no_parameters())
        .and(body())
        .then(handle)
        .map(respond)
        .boxed()
}

async fn handle(
    state: AppState,
    principal: ApiResult<Principal>,
    parameters: ApiResult<()>,
    body: Body,
) -> ApiResult<Response> {
    let principal = principal?;
    parameters?;
    let inviter = principal.member()?;
    let body = body.object().await?;
    let member = member::validate(&body, FIELDS).map_err(InputError::Invalid)?;
    let is_staff = member.input.get("is_staff") == Some(&SqlValue::Bool(true));
    let requested = match body.get("organization") {
        None | Some(serde_json::Value::Null) => None,
        Some(value) => Some(
            value
                .as_i64()
                .filter(|id| *id >= 1)
                .ok_or_else(|| ApiError::field("organization", invalid_pk(value)))?,
        ),
    };
    let organization = invitation_organization(inviter, requested, is_staff)?;
    let mut db = state.pool.get().await?;
    let tx = db.transaction().await?;
    let user = users::insert(
        &*tx,
        &NewUser {
            username: member.username.clone(),
            email: member.email.clone(),
            first_name: member.first_name.clone(),
            last_name: member.last_name.clone(),
            password_hash: None,
            is_staff,
            is_active: false,
        },
    )
    .await
    .map_err(|e| member::refused(&member, e))?;
    let organization = match organization {
        Some(id) => Some(
            users::organization(&*tx, id)
                .await?
                .ok_or_else(|| ApiError::field("organization", invalid_pk(id)))?,
        ),
        None => None,
    };
    users::set_organization_of_user(&*tx, user.id, organization.as_ref().map(|o| o.id)).await?;
    let joining = organization
        .map(|o| format!(" as a member of {}", o.name))
        .unwrap_or_default();
    let url = issue_link(&*tx, &state, user.id, LinkPurpose::Invitation).await?;
    tx.commit().await?;
    state.outbox.send_later(
        state.config.clone(),
        Email {
            to: user.email.clone(),
            subject: "You are invited to Mothra".into(),
            body: format!(
                "Hello {},\n\nAn account on Mothra has been made for you{joining}, with the username {}.\nChoose your password here within 24 hours to start using it:\n\n{url}\n\nThe link works once; after 24 hours, ask for a password reset instead.\n",
                display_name(&user),
                user.username,
            ),
        },
    );
    Ok(json(
        StatusCode::CREATED,
        &serde_json::to_value(&user).map_err(|e| ApiError::Internal(e.to_string()))?,
    ))
}
