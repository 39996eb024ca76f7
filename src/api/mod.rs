//! The JSON API under `/api/`: routes compose here; every error inside the
//! subtree is recovered here too, so an API miss never falls through to the
//! web app's `index.html` (style.md, warp's `or`).

pub mod auth;
pub mod body;
pub mod collections;
pub mod constraints;
pub mod decide;
pub mod error;
pub mod health;
pub mod history;
pub mod metrics;
pub mod openapi;
pub mod principal;
pub mod reading;
pub mod state;
pub mod stats;

use warp::filters::BoxedFilter;
use warp::reply::Response;
use warp::Filter;

pub use state::{with_state, AppState};

/// Everything under `/api`.
pub fn routes(state: AppState) -> BoxedFilter<(Response,)> {
    // Accounts come BEFORE the collections: they own POST /api/users/ (invite).
    let auth_routes = auth::routes(state.clone());
    // Product figures (and the OpenAPI document) come before the
    // collections too, so that /api/products/{id}/stats/ is not read as a
    // product path.
    let figures = stats::routes(state.clone())
        .or(openapi::routes())
        .unify()
        // The decide views (issue 13) likewise own paths under products
        // and organizations.
        .or(decide::routes(state.clone()))
        .unify()
        // And the change history (issue 13, item 5): /api/<name>/{id}/history/.
        .or(history::routes(state.clone()))
        .unify();
    // The twelve collections (and the `/api/` index); unknown names fall
    // through to a JSON 404.
    let collections = collections::routes(state);
    // Recover inside `path("api")`: outside it, a miss must stay a rejection
    // so that the web app gets its turn.
    warp::path("api")
        .and(
            auth_routes
                .or(figures)
                .unify()
                .or(collections)
                .unify()
                .recover(error::handle_rejection)
                .unify(),
        )
        .boxed()
}

/// The verdict on the query string of a route that declares no parameters
/// of its own (`query::plain`: only those every route takes), for the
/// handler to answer in its turn, as `principal::principal_or_error` hands over
/// its own: a rejection here would let another route answer instead.
pub fn no_parameters(
) -> impl Filter<Extract = (error::ApiResult<()>,), Error = std::convert::Infallible> + Clone {
    warp::query::raw()
        .or(warp::any().map(String::new))
        .unify()
        .map(|query: String| {
            crate::model::list::plain(&query, &[])
                .map(drop)
                .map_err(Into::into)
        })
}
