//! Password reset by email, and following a one-time link (reset or
//! invitation) to set a password.

use std::time::Duration;

use serde::Deserialize;
use serde_json::json;
use warp::filters::BoxedFilter;
use warp::http::StatusCode;
use warp::reply::Response;
use warp::Filter;

use super::json;
use super::open_post;
use crate::api::body::{body, Body};
use crate::api::error::{respond, ApiError, ApiResult};
use crate::api::AppState;
use crate::api::{no_parameters, with_state};
use crate::auth::client::{client, Client};
use crate::auth::{keys, password, throttle, Principal};
use crate::db::accounts::{self, LinkPurpose};
use crate::db::users;
use crate::email::Email;
use crate::model::error::FieldErrors;
use crate::model::input::REQUIRED;
use crate::model::permissions::{Ownership, Rule};

/// Who may ask for a reset and follow a link: anyone (there is no session).
pub const RULE: Rule = Rule::Anyone;

/// How long a link in a mail works.
pub const LINK_LIFETIME: Duration = Duration::from_secs(24 * 3600);

/// At most one mail per account in this time, however often it is asked for.
pub const RESEND_AFTER: Duration = Duration::from_secs(60);

/// The answer to every reset request, whether or not the account exists.
pub const RESET_SENT: &str =
    "If an account uses that email address, a link to reset its password is on its way.";

#[derive(Debug, Deserialize)]
struct ResetRequest {
    email: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Confirm {
    token: Option<String>,
    new_password: Option<String>,
}

/// POST /api/auth/password/reset, POST /api/auth/password/reset/confirm,
/// GET /api/auth/password/reset/check?token=
pub fn routes(state: AppState) -> BoxedFilter<(Response,)> {
    let request = warp::path!("auth" / "password" / "reset")
        .and(warp::post())
        .and(with_state(state.clone()))
        .and(client(state.config.clone()))
        .and(no_parameters())
        .and(body())
        .then(request)
        .map(respond);
    let confirm = warp::path!("auth" / "password" / "reset" / "confirm")
        .and(warp::post())
        .and(with_state(state.clone()))
        .and(client(state.config.clone()))
        .and(no_parameters())
        .and(body())
        .then(confirm)
        .map(respond);
    let check = warp::path!("auth" / "password" / "reset" / "check")
        .and(warp::get().or(warp::head()).unify())
        .and(with_state(state.clone()))
        .and(warp::query::raw().or(warp::any().map(String::new)).unify())
        .then(check)
        .map(respond);
    request.or(confirm).unify().or(check).unify().boxed()
}

/// The link a mail carries: `<PUBLIC_URL>/reset-password/<token>`, never
/// built from the request (a client chooses its Host header).
pub fn link(state: &AppState, token: &str) -> String {
    format!("{}/reset-password/{token}", state.config.site_origin())
}

/// Makes a one-time link for `user_id` (in the caller's transaction) and
/// returns the URL to mail.
pub async fn issue_link(
    db: &impl tokio_postgres::GenericClient,
    state: &AppState,
    user_id: i64,
    purpose: LinkPurpose,
) -> ApiResult<String> {
    let token = keys::generate();
    accounts::create_link(
        db,
        user_id,
        purpose,
        &keys::hash(&state.config.secret_key, &token),
        LINK_LIFETIME,
    )
    .await?;
    Ok(link(state, &token))
}

async fn request(
    state: AppState,
    client: Client,
    parameters: ApiResult<()>,
    body: Body,
) -> ApiResult<Response> {
    open_post(RULE, &client, parameters)?;
    let input: ResetRequest = body.parse().await?;
    let address = input.email.unwrap_or_default().trim().to_owned();
    if address.is_empty() {
        return Err(ApiError::field("email", REQUIRED));
    }
    let mut db = state.pool.get().await?;
    throttle::reset_requested(&mut db, &client.address).await?;
    let found = users::resettable_by_email(&**db, &address).await?;
    if let Some((user, pending)) = found {
        let tx = db.transaction().await?;
        // Requests about one account take turns on its row, so however
        // many arrive at once, one link (and one mail) per RESEND_AFTER.
        users::lock(&*tx, user.id).await?;
        if !accounts::recent_link_exists(&*tx, user.id, RESEND_AFTER).await? {
            let purpose = if pending {
                LinkPurpose::Invitation
            } else {
                LinkPurpose::PasswordReset
            };
            let url = issue_link(&*tx, &state, user.id, purpose).await?;
            tx.commit().await?;
            // Sent in the background: the answer's timing must not say
            // whether a mail went out.
            state
                .outbox
                .send_later(state.config.clone(), reset_mail(&user, pending, &url));
        }
    }
    Ok(json(StatusCode::OK, &json!({ "detail": RESET_SENT })))
}

/// The mail with a reset link, or, for an invited member who never chose
/// a password, a fresh invitation.
fn reset_mail(user: &users::User, pending: bool, url: &str) -> Email {
    let (subject, why) = if pending {
        (
            "Your invitation to Mothra",
            "Someone (we hope you) asked for a new link to accept your invitation to Mothra",
        )
    } else {
        (
            "Reset your Mothra password",
            "Someone (we hope you) asked to reset the password of your Mothra account",
        )
    };
    Email {
        to: user.email.clone(),
        subject: subject.into(),
        body: format!(
            "Hello {},\n\n{why}, {}.\nChoose a new password here within 24 hours:\n\n{url}\n\nThe link works once. If you did not ask, ignore this message: nothing changes.\n",
            display_name(user),
            user.username,
        ),
    }
}

/// How a mail greets the member.
pub fn display_name(user: &users::User) -> String {
    let full = format!("{} {}", user.first_name, user.last_name);
    let full = full.trim();
    if full.is_empty() {
        user.username.clone()
    } else {
        full.to_owned()
    }
}

async fn confirm(
    state: AppState,
    client: Client,
    parameters: ApiResult<()>,
    body: Body,
) -> ApiResult<Response> {
    open_post(RULE, &client, parameters)?;
    let input: Confirm = body.parse().await?;
    let token = input.token.unwrap_or_default().trim().to_owned();
    let new = input.new_password.unwrap_or_default();
    let mut errors = FieldErrors::new();
    if token.is_empty() {
        errors.insert("token".into(), vec![REQUIRED.into()]);
    }
    if new.is_empty() {
        errors.insert("new_password".into(), vec![REQUIRED.into()]);
    }
    ApiError::check(errors)?;
    let db = state.pool.get().await?;
    let found = usable_link(&**db, &state, &token).await?;
    let user = users::by_id(&**db, found.user_id)
        .await?
        .ok_or_else(invalid_link)?;
    drop(db);
    password::validate("new_password", &new, &user.username, &user.email)?;
    // Hashed with no connection held; the link is checked again, locked,
    // before it is used.
    let hash = password::hash(&state.hashers, new).await?;
    let mut db = state.pool.get().await?;
    let tx = db.transaction().await?;
    let found = usable_link(&*tx, &state, &token).await?;
    let activate = found.purpose == LinkPurpose::Invitation;
    users::set_password(&*tx, found.user_id, &hash, activate).await?;
    accounts::use_link(&*tx, found.id).await?;
    // A new password ends every credential: sessions and the API token.
    accounts::delete_sessions_of(&*tx, found.user_id, None).await?;
    accounts::delete_token(&*tx, found.user_id).await?;
    tx.commit().await?;
    Ok(json(
        StatusCode::OK,
        &json!({ "detail": "Your password has been set. You can now sign in." }),
    ))
}

/// The answer to a token that matches no link.
fn invalid_link() -> ApiError {
    ApiError::field("token", "This link is invalid. Ask for a new one.")
}

/// The link `token` opens, locked for the caller's transaction, if it can
/// still be used; else the `token` field error that says why not.
async fn usable_link(
    db: &impl tokio_postgres::GenericClient,
    state: &AppState,
    token: &str,
) -> ApiResult<accounts::Link> {
    if !keys::looks_like_key(token) {
        return Err(invalid_link());
    }
    let found = accounts::link_for_update(db, &keys::hash(&state.config.secret_key, token))
        .await?
        .ok_or_else(invalid_link)?;
    if found.used {
        return Err(ApiError::field(
            "token",
            "This link has already been used. Ask for a new one.",
        ));
    }
    if found.expired {
        return Err(ApiError::field(
            "token",
            "This link has expired. Ask for a new one.",
        ));
    }
    Ok(found)
}

/// Whether a link can still set a password, so that the page it opens can
/// say so before anyone types one: 200 with the link's purpose, or the 400
/// that confirming would give. Changes nothing.
async fn check(state: AppState, query: String) -> ApiResult<Response> {
    Principal::Anonymous.require(RULE, Ownership::NotApplicable)?;
    let token = crate::model::list::plain(&query, &["token"])?
        .into_iter()
        .find(|(key, _)| key == "token")
        .map(|(_, value)| value.trim().to_owned())
        .unwrap_or_default();
    if token.is_empty() {
        return Err(ApiError::field("token", REQUIRED));
    }
    let db = state.pool.get().await?;
    let found = usable_link(&**db, &state, &token).await?;
    Ok(json(
        StatusCode::OK,
        &json!({ "purpose": found.purpose.as_str() }),
    ))
}
