//! CSRF defence for cookie sessions on unsafe methods: the request must come
//! from our own origin (`Origin`, else `Referer`) and echo the session's
//! token in `X-CSRFToken`. Token-authenticated requests need neither.

use warp::http::{header, HeaderMap};

use super::error::{AuthError, AuthResult};
use super::{keys, CSRF_HEADER};

/// Refuses a cross-site or token-less unsafe request with 403.
pub fn verify(headers: &HeaderMap, expected_token: &str) -> AuthResult<()> {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .ok_or_else(|| refuse("no Host header"))?;
    let source = headers
        .get(header::ORIGIN)
        .or_else(|| headers.get(header::REFERER))
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| refuse("Origin checking failed - no Origin or Referer."))?;
    let source_host = url::Url::parse(source).ok().and_then(|u| {
        u.host_str().map(|h| match u.port() {
            Some(port) => format!("{h}:{port}"),
            None => h.to_owned(),
        })
    });
    if source_host.as_deref() != Some(host) {
        return Err(refuse(
            "Origin checking failed - the request came from another site.",
        ));
    }
    let sent = headers
        .get(CSRF_HEADER)
        .map(|v| v.as_bytes())
        .ok_or_else(|| refuse("CSRF token missing."))?;
    if !keys::constant_time_eq(sent, expected_token.as_bytes()) {
        return Err(refuse("CSRF token incorrect."));
    }
    Ok(())
}

fn refuse(why: &str) -> AuthError {
    AuthError::Forbidden(format!("CSRF Failed: {why}"))
}

/// For the endpoints used before there is a session (sign-in, setup,
/// password reset): no token to check, but a browser's `Origin`, when it
/// sends one, must still be our own host (stops login CSRF).
pub fn verify_origin_if_present(headers: &HeaderMap) -> AuthResult<()> {
    let Some(origin) = headers.get(header::ORIGIN) else {
        return Ok(());
    };
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let origin_host = origin
        .to_str()
        .ok()
        .and_then(|o| url::Url::parse(o).ok())
        .and_then(|u| {
            u.host_str().map(|h| match u.port() {
                Some(port) => format!("{h}:{port}"),
                None => h.to_owned(),
            })
        });
    match (origin_host, host) {
        (Some(origin), Some(host)) if origin == host => Ok(()),
        _ => Err(refuse(
            "Origin checking failed - the request came from another site.",
        )),
    }
}
