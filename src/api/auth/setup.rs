//! First-run setup: while no user exists, anyone may create the first
//! staff user (and is signed in as them). Once any user exists, 409.

use bytes::Bytes;
use serde::Deserialize;
use serde_json::json;
use warp::filters::BoxedFilter;
use warp::http::StatusCode;
use warp::reply::Response;
use warp::Filter;

use super::fields::{MemberFields, REQUIRED};
use super::{body, json, me, parse};
use crate::api::error::{respond, ApiError, ApiResult, FieldErrors};
use crate::api::with_state;
use crate::app::AppState;
use crate::auth::client::{client, Client};
use crate::auth::permissions::{Ownership, Rule};
use crate::auth::{csrf, password, session, Principal};
use crate::db::users::{self, NewUser};

/// Who may ask and set up (the 409 once a user exists is the real gate).
pub const RULE: Rule = Rule::Anyone;

/// The refusal once setup is done.
pub const ALREADY_DONE: &str = "Setup is already done: an account exists. Sign in instead.";

#[derive(Debug, Deserialize)]
struct Setup {
    #[serde(flatten)]
    member: MemberFields,
    password: Option<String>,
}

/// GET, POST /api/auth/setup
pub fn routes(state: AppState) -> BoxedFilter<(Response,)> {
    let needed = warp::path!("auth" / "setup")
        .and(warp::get())
        .and(with_state(state.clone()))
        .then(needed)
        .map(respond);
    let create = warp::path!("auth" / "setup")
        .and(warp::post())
        .and(with_state(state.clone()))
        .and(client(state.config.clone()))
        .and(body())
        .then(create)
        .map(respond);
    needed.or(create).unify().boxed()
}

async fn needed(state: AppState) -> ApiResult<Response> {
    RULE.check(&Principal::Anonymous, Ownership::NotApplicable)?;
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
    content_type: Option<String>,
    bytes: Bytes,
) -> ApiResult<Response> {
    RULE.check(&Principal::Anonymous, Ownership::NotApplicable)?;
    csrf::verify_origin_if_present(&client.headers)?;
    let mut db = state.pool.get().await?;
    // Cheap refusal first; the locked check below is the one that counts.
    if users::any_exist(&**db).await? {
        return Err(already_done());
    }
    let input: Setup = parse(content_type, &bytes)?;
    let mut errors = FieldErrors::new();
    let member = input.member.validate(&mut errors);
    let secret = input.password.unwrap_or_default();
    if secret.is_empty() {
        errors.insert("password".into(), vec![REQUIRED.into()]);
    } else if let Some(member) = &member {
        let problems = password::problems(&secret, &member.username, &member.email);
        if !problems.is_empty() {
            errors.insert("password".into(), problems);
        }
    }
    let member = match member {
        Some(member) if errors.is_empty() => member,
        _ => return Err(ApiError::Invalid(errors)),
    };
    let hash = password::hash(secret).await?;

    let tx = db.transaction().await?;
    users::lock_setup(&*tx).await?;
    if users::any_exist(&*tx).await? {
        return Err(already_done());
    }
    let user = users::insert(
        &*tx,
        &NewUser {
            username: member.username,
            email: member.email,
            first_name: member.first_name,
            last_name: member.last_name,
            password_hash: Some(hash),
            is_staff: true,
            is_active: true,
        },
    )
    .await
    .map_err(super::fields::unique_clash)?;
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
