//! Who sent the request, as warp filters: the credentials in its headers
//! resolved by `auth::resolve` against the shared state.

use std::convert::Infallible;

use warp::http::{HeaderMap, Method};
use warp::{Filter, Rejection};

use super::error::{ApiError, ApiResult};
use super::{with_state, AppState};
use crate::auth::{self, Authority, Principal, SESSION_COOKIE};

/// The request's principal; bad credentials reject with their 401 or 403.
pub fn principal(
    state: AppState,
) -> impl Filter<Extract = (Principal,), Error = Rejection> + Clone {
    warp::method()
        .and(warp::header::optional::<String>("authorization"))
        .and(warp::cookie::optional::<String>(SESSION_COOKIE))
        .and(warp::header::headers_cloned())
        .and(with_state(state))
        .and_then(
            |method: Method,
             authorization: Option<String>,
             session: Option<String>,
             headers: HeaderMap,
             state: AppState| async move {
                let authority = Authority {
                    pool: &state.pool,
                    cache: &state.auth_cache,
                    secret: &state.config.secret_key,
                };
                auth::resolve(&authority, &method, authorization, session, &headers)
                    .await
                    .map_err(|e| warp::reject::custom(ApiError::from(e)))
            },
        )
}

/// [`principal`] that never rejects: credential errors (401, CSRF 403) come
/// back as a value, so a handler answers them itself and a route that
/// shares its path with another (POST vs GET `/api/users/`) stays decided.
pub fn principal_or_error(
    state: AppState,
) -> impl Filter<Extract = (ApiResult<Principal>,), Error = Infallible> + Clone {
    principal(state)
        .map(Ok)
        .or_else(|rejection: Rejection| async move {
            let error = rejection
                .find::<ApiError>()
                .cloned()
                .unwrap_or_else(|| ApiError::Internal(format!("principal: {rejection:?}")));
            Ok::<_, Infallible>((Err(error),))
        })
}
