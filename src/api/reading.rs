//! What a member's read-only view (a product's figures, the decide views,
//! the change history) takes from its request, extracted by one filter.

use warp::http::{HeaderMap, Method};
use warp::{Filter, Rejection};

use super::error::{ApiError, ApiResult};
use super::principal::principal;
use super::{with_state, AppState};
use crate::auth::{Member, Principal};

/// A request for a read-only view.
pub struct Reading {
    /// The method (GET or HEAD are served).
    pub method: Method,
    /// The raw query string.
    pub query: String,
    /// The headers (for the links a page gives).
    pub headers: HeaderMap,
    /// Who is asking.
    pub principal: Principal,
    /// The shared state.
    pub state: AppState,
}

/// The [`Reading`] of a request.
pub fn reading(state: AppState) -> impl Filter<Extract = (Reading,), Error = Rejection> + Clone {
    warp::method()
        .and(warp::query::raw().or(warp::any().map(String::new)).unify())
        .and(warp::header::headers_cloned())
        .and(principal(state.clone()))
        .and(with_state(state))
        .map(|method, query, headers, principal, state| Reading {
            method,
            query,
            headers,
            principal,
            state,
        })
}

impl Reading {
    /// The member reading: 401 when signed out, 405 for anything but GET
    /// and HEAD.
    pub fn member(&self) -> ApiResult<&Member> {
        let member = self.principal.member()?;
        if self.method != Method::GET && self.method != Method::HEAD {
            return Err(ApiError::MethodNotAllowed(vec![Method::GET, Method::HEAD]));
        }
        Ok(member)
    }
}
