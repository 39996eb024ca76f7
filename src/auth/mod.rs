//! Who is asking: sessions (the web app) and API tokens (scripts) resolve to
//! a [`Principal`]; [`permissions`] decides what it may do.

pub mod cache;
pub mod client;
pub mod csrf;
pub mod django_hashers;
pub mod error;
pub mod keys;
pub mod listen;
pub mod password;
pub mod permissions;
pub mod session;
pub mod throttle;

use std::time::Duration;

use warp::http::{HeaderMap, Method};

use crate::config::SecretKey;
use crate::db::{accounts, Pool};
use crate::model::permissions::{Ownership, Rule};
use cache::{AuthCache, Kind};
use error::{AuthError, AuthResult};

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "mothra_session";
/// The cookie the web app reads the CSRF token from.
pub const CSRF_COOKIE: &str = "csrftoken";
/// The header the web app echoes the CSRF token in (Django's name).
pub const CSRF_HEADER: &str = "x-csrftoken";
/// A session unused for this long ends.
pub const SESSION_IDLE: Duration = Duration::from_secs(14 * 24 * 3600);
/// A session ends this long after sign-in, used or not.
pub const SESSION_LIFETIME: Duration = Duration::from_secs(30 * 24 * 3600);

// A member is what the accounts tables say a credential stands for; the
// rest of the code meets it here, beside the principal it makes.
pub use crate::db::accounts::{Credential, Member};

/// Whoever sent the request.
#[derive(Debug, Clone)]
pub enum Principal {
    /// No credentials.
    Anonymous,
    /// A member with valid credentials.
    Member(Member),
}

impl Principal {
    /// The member, or 401.
    pub fn member(&self) -> AuthResult<&Member> {
        self.require(Rule::Member, Ownership::NotApplicable)
            .map(|m| m.expect("Rule::Member yields a member"))
    }
}

/// Where credentials are checked: this instance's cache, then the database.
pub struct Authority<'a> {
    /// The connection pool.
    pub pool: &'a Pool,
    /// Credentials already resolved.
    pub cache: &'a AuthCache,
    /// The key credentials are hashed with.
    pub secret: &'a SecretKey,
}

/// Resolves a request's credentials. Bad credentials are a 401 (never
/// silently anonymous); a cookie session sending an unsafe method without
/// the CSRF defence is a 403.
pub async fn resolve(
    authority: &Authority<'_>,
    method: &Method,
    authorization: Option<String>,
    session: Option<String>,
    headers: &HeaderMap,
) -> AuthResult<Principal> {
    let secret = authority.secret;
    if let Some(authorization) = authorization {
        let key = parse_authorization(&authorization)?;
        return match member(authority, Kind::Token, &keys::hash(secret, key)).await? {
            Some(member) => Ok(Principal::Member(member)),
            None => Err(AuthError::Unauthenticated("Invalid token.".into())),
        };
    }
    let Some(session) = session else {
        return Ok(Principal::Anonymous);
    };
    if !keys::looks_like_key(&session) {
        return Ok(Principal::Anonymous);
    }
    // An expired or ended session is as good as none: the web app shows sign-in.
    let Some(member) = member(authority, Kind::Session, &keys::hash(secret, &session)).await?
    else {
        return Ok(Principal::Anonymous);
    };
    if is_unsafe(method) {
        if let Credential::Session { csrf_token, .. } = &member.credential {
            csrf::verify(headers, csrf_token)?;
        }
    }
    Ok(Principal::Member(member))
}

/// The member a key (hashed) stands for: from this instance's cache when
/// it holds the answer, else from the database (and then cached).
async fn member(
    authority: &Authority<'_>,
    kind: Kind,
    key_hash: &[u8],
) -> AuthResult<Option<Member>> {
    let cache = authority.cache;
    if let Some(member) = cache.get(kind, key_hash) {
        return Ok(Some(member));
    }
    // Before the query: a change that commits meanwhile must keep its
    // answer out of the cache.
    let ticket = cache.ticket();
    let client = authority.pool.get().await?;
    let resolved = match kind {
        Kind::Token => accounts::member_by_token(client.pooled(), key_hash).await?,
        Kind::Session => {
            accounts::member_by_session(client.pooled(), key_hash, SESSION_IDLE).await?
        }
    };
    drop(client);
    Ok(resolved.map(|resolved| {
        cache.insert(ticket, kind, key_hash, &resolved);
        resolved.member
    }))
}

/// `Token <key>` (Django REST Framework) or `Bearer <key>`: one of our
/// keys, or a DRF key moved from the Django original.
fn parse_authorization(value: &str) -> AuthResult<&str> {
    let mut parts = value.split_whitespace();
    let invalid = || {
        AuthError::Unauthenticated("Invalid token header. Use `Authorization: Token <key>`.".into())
    };
    let scheme = parts.next().ok_or_else(invalid)?;
    let key = parts.next().ok_or_else(invalid)?;
    if parts.next().is_some()
        || !(scheme.eq_ignore_ascii_case("token") || scheme.eq_ignore_ascii_case("bearer"))
    {
        return Err(invalid());
    }
    if !keys::looks_like_api_token(key) {
        return Err(AuthError::Unauthenticated("Invalid token.".into()));
    }
    Ok(key)
}

fn is_unsafe(method: &Method) -> bool {
    !matches!(
        *method,
        Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE
    )
}
