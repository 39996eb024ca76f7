//! First-run setup: while no user exists, anyone may create the first
//! staff user (and is signed in as them). Once any user exists, 409.

use serde_json::json;
use warp::filters::BoxedFilter;
use warp::http::StatusCode;
use warp::reply::Response;
use warp::Filter;

use super::open_post;
use super::{json, me, member};
use crate::api::body::{body, Body};
use crate::api::error::{respond, ApiError, ApiResult};
use crate::api::AppState;
use crate::api::{no_parameters, with_state};
use crate::auth::client::{client, Client};
use crate::auth::{password, session, Principal};
use crate::db::users;
use crate::model::error::InputError;
use crate::model::input::REQUIRED;
use crate::model::permissions::{Ownership, Rule};

/// Who may ask and set up (the 409 once a user exists is the real gate).
pub const RULE: Rule = Rule::Anyone;

/// The refusal once setup is done.
pub const ALREADY_DONE: &str = "Setup is already done: an account exists. Sign in instead.";

/// The member fields setup takes (besides `password`).
const FIELDS: &[&str] = &["username", "email", "first_name", "last_name"];

/// GET, POST /api/auth/setup
pub fn routes(state: AppState) -> BoxedFilter<(Response,)> {
    let needed = warp::path!("auth" / "setup")
        .and(warp::get())
        .and(with_state(state.clone()))
        .and(no_parameters())
        .then(needed)
        .map(respond);
    let create = warp::path!("auth" / "setup")
        .and(warp::post())
        .and(with_state(state.clone()))
        .and(client(state.config.clone()))
        .and(no_parameters())
        .and(body())
        .then(create)
        .map(respond);
    needed.or(create).unify().boxed()
}

async fn needed(state: AppState, parameters: ApiResult<()>) -> ApiResult<Response> {
    Principal::Anonymous.require(RULE, Ownership::NotApplicable)?;
    parameters?;
    let db = state.pool.get().await?;
    let needed = !users::any_exist(&**db).await?;
    Ok(json(StatusCode::OK, &json!({ "needed": needed })))
}

fn already_done() -> ApiError {
    ApiError::Conflict {
        detail: ALREADY_DONE.into(),
        extra: json!({}),
    }
}

async fn create(
    state: AppState,
    client: Client,
    parameters: ApiResult<()>,
    body: Body,
) -> ApiResult<Response> {
    open_post(RULE, &client, parameters)?;
    // Cheap refusal first; the locked check below is the one that counts.
    if users::any_exist(&**state.pool.get().await?).await? {
        return Err(already_done());
    }
    let body = body.object().await?;
    let member = member::validate(&body, FIELDS);
    let secret = match body.get("password") {
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(_) => return Err(ApiError::field("password", "Not a valid string.")),
    };
    let mut errors = member.as_ref().err().cloned().unwrap_or_default();
    if secret.is_empty() {
        errors.insert("password".into(), vec![REQUIRED.into()]);
    } else if let Ok(member) = &member {
        let problems = password::problems(&secret, &member.username, &member.email);
        if !problems.is_empty() {
            errors.insert("password".into(), problems);
        }
    }
    ApiError::check(errors)?;
    let member = member.map_err(InputError::Invalid)?;
    // Hashed with no connection held (a connection waits for nobody).
    let hash = password::hash(&state.hashers, secret).await?;

    let mut db = state.pool.get().await?;
    let tx = db.transaction().await?;
    users::lock_setup(&*tx).await?;
    if users::any_exist(&*tx).await? {
        return Err(already_done());
    }
    let user = users::insert_staff(&*tx, member.names(), hash)
        .await
        .map_err(|e| member::refused(&member, e))?;
    tx.commit().await?;
    tracing::info!(username = %user.username, "first-run setup: first staff user created");

    let cookies = session::start(
        &**db,
        &state.config,
        user.id,
        client.secure_cookies(&state.config),
    )
    .await?;
    users::record_login(&**db, user.id).await?;
    let body = me::body(&**db, user.id).await?;
    Ok(session::with_cookies(
        json(StatusCode::CREATED, &body),
        cookies,
    ))
}
