//! Starting and ending browser sessions: the row in `sessions` and the two
//! cookies, `mothra_session` (HttpOnly, the credential) and `csrftoken`
//! (readable by the web app, echoed in `X-CSRFToken`).

use tokio_postgres::GenericClient;
use warp::http::HeaderValue;

use super::error::{AuthError, AuthResult};
use super::{keys, CSRF_COOKIE, SESSION_COOKIE, SESSION_LIFETIME};
use crate::config::Config;
use crate::db::accounts;

/// The cookies that start a session, to send as `Set-Cookie`.
#[derive(Debug, Clone)]
pub struct SessionCookies(pub Vec<HeaderValue>);

/// Starts a new session for `user_id` (always a new id: no fixation) and
/// returns its cookies.
pub async fn start(
    client: &impl GenericClient,
    config: &Config,
    user_id: i64,
    secure: bool,
) -> AuthResult<SessionCookies> {
    accounts::purge_expired_sessions(client).await?;
    let key = keys::generate();
    let csrf_token = keys::generate();
    accounts::create_session(
        client,
        &keys::hash(&config.secret_key, &key),
        user_id,
        &csrf_token,
        SESSION_LIFETIME,
    )
    .await?;
    let max_age = SESSION_LIFETIME.as_secs();
    let secure = if secure { "; Secure" } else { "" };
    let session = format!(
        "{SESSION_COOKIE}={key}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}"
    );
    let csrf =
        format!("{CSRF_COOKIE}={csrf_token}; Path=/; Max-Age={max_age}; SameSite=Lax{secure}");
    Ok(SessionCookies(vec![header(&session)?, header(&csrf)?]))
}

/// Cookies that make the browser forget the session.
pub fn cleared(secure: bool) -> SessionCookies {
    let secure = if secure { "; Secure" } else { "" };
    SessionCookies(
        [
            format!("{SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax{secure}"),
            format!("{CSRF_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax{secure}"),
        ]
        .iter()
        .filter_map(|c| HeaderValue::from_str(c).ok())
        .collect(),
    )
}

fn header(cookie: &str) -> AuthResult<HeaderValue> {
    HeaderValue::from_str(cookie).map_err(|e| AuthError::Internal(format!("cookie header: {e}")))
}

/// Adds `Set-Cookie` headers to a response.
pub fn with_cookies(
    mut response: warp::reply::Response,
    cookies: SessionCookies,
) -> warp::reply::Response {
    for cookie in cookies.0 {
        response
            .headers_mut()
            .append(warp::http::header::SET_COOKIE, cookie);
    }
    response
}
