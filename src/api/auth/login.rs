//! Signing in and out with a session cookie.

use serde::Deserialize;
use warp::filters::BoxedFilter;
use warp::http::StatusCode;
use warp::reply::Response;
use warp::Filter;

use super::open_post;
use super::{json, me, no_content};
use crate::api::body::{body, Body};
use crate::api::error::{respond, ApiError, ApiResult};
use crate::api::principal::principal_or_error;
use crate::api::AppState;
use crate::api::{no_parameters, with_state};
use crate::auth::client::{client, Client};
use crate::auth::{keys, password, session, throttle, Credential, Principal, SESSION_COOKIE};
use crate::db::{accounts, users};
use crate::model::error::FieldErrors;
use crate::model::input::REQUIRED;
use crate::model::permissions::{Ownership, Rule};

/// Who may sign in and out.
pub const RULE: Rule = Rule::Anyone;

/// The one answer to wrong credentials, whatever was wrong.
pub const WRONG_CREDENTIALS: &str =
    "Unable to sign in with the username or email and password provided.";

#[derive(Debug, Deserialize)]
struct SignIn {
    /// A username or an email address.
    username: Option<String>,
    password: Option<String>,
}

/// POST /api/auth/login, POST /api/auth/logout
pub fn routes(state: AppState) -> BoxedFilter<(Response,)> {
    let login = warp::path!("auth" / "login")
        .and(warp::post())
        .and(with_state(state.clone()))
        .and(client(state.config.clone()))
        .and(warp::cookie::optional::<String>(SESSION_COOKIE))
        .and(no_parameters())
        .and(body())
        .then(login)
        .map(respond);
    let logout = warp::path!("auth" / "logout")
        .and(warp::post())
        .and(with_state(state.clone()))
        .and(client(state.config.clone()))
        .and(principal_or_error(state))
        .and(no_parameters())
        .then(logout)
        .map(respond);
    login.or(logout).unify().boxed()
}

async fn login(
    state: AppState,
    client: Client,
    old_session: Option<String>,
    parameters: ApiResult<()>,
    body: Body,
) -> ApiResult<Response> {
    open_post(RULE, &client, parameters)?;
    let input: SignIn = body.parse().await?;
    let mut errors = FieldErrors::new();
    let login = input.username.unwrap_or_default();
    let login = login.trim();
    let secret = input.password.unwrap_or_default();
    if login.is_empty() {
        errors.insert("username".into(), vec![REQUIRED.into()]);
    }
    if secret.is_empty() {
        errors.insert("password".into(), vec![REQUIRED.into()]);
    }
    ApiError::check(errors)?;

    let mut db = state.pool.get().await?;
    let candidate = users::for_sign_in(&**db, login).await?;
    let account = throttle::account_key(candidate.as_ref().map(|c| c.id), login);
    let attempt = throttle::begin(&mut db, &account, &client.address).await?;
    // No connection is held while hashing: a hash takes a core for a while,
    // and the pool is for queries.
    drop(db);
    let hash = candidate.as_ref().and_then(|c| c.password_hash.clone());
    let stale = hash.as_deref().is_some_and(password::needs_rehash);
    // Verified even for an inactive account, so timing tells nothing.
    let matches = super::verify_attempt(&state, attempt, secret.clone(), hash).await?;
    let user_id = match candidate {
        Some(c) if matches && c.is_active => c.id,
        // The attempt stays recorded as a failure.
        _ => return Err(ApiError::field("non_field_errors", WRONG_CREDENTIALS)),
    };
    // A stronger hash when the parameters changed; skipped when every
    // hasher is busy (the old hash still works, the next sign-in renews it).
    let fresh = if stale {
        password::hash(&state.hashers, secret).await.ok()
    } else {
        None
    };
    let db = state.pool.get().await?;
    throttle::succeeded(&**db, attempt).await?;
    if let Some(fresh) = fresh {
        users::set_password(&**db, user_id, &fresh, false).await?;
    }
    if let Some(old) = old_session.filter(|k| keys::looks_like_key(k)) {
        accounts::delete_session_by_key(&**db, &keys::hash(&state.config.secret_key, &old)).await?;
    }
    let cookies = session::start(
        &**db,
        &state.config,
        user_id,
        client.secure_cookies(&state.config),
    )
    .await?;
    users::record_login(&**db, user_id).await?;
    let body = me::body(&**db, user_id).await?;
    Ok(session::with_cookies(json(StatusCode::OK, &body), cookies))
}

async fn logout(
    state: AppState,
    client: Client,
    principal: ApiResult<Principal>,
    parameters: ApiResult<()>,
) -> ApiResult<Response> {
    let principal = principal?;
    principal.require(RULE, Ownership::NotApplicable)?;
    parameters?;
    if let Principal::Member(member) = &principal {
        if let Credential::Session { session_id, .. } = member.credential {
            let db = state.pool.get().await?;
            accounts::delete_session(&**db, session_id).await?;
        }
    }
    Ok(session::with_cookies(
        no_content(),
        session::cleared(client.secure_cookies(&state.config)),
    ))
}
