//! The views that help a member decide (issue 13): compare products side
//! by side ([`compare`]), a product's alternatives ranked among
//! organizations like the viewer's ([`alternatives`]), and how data flows
//! in and out of products ([`flows`]), and where organizations moved
//! when they dropped a product ([`moves`]). All read-only, for members, with
//! strict parameters; the cohort parameters are those of the product
//! figures ([`super::stats::parse_cohort_and`]), the SQL is in
//! [`crate::db::decide`].

pub mod alternatives;
pub mod compare;
pub mod flows;
pub mod moves;

use warp::filters::BoxedFilter;
use warp::reply::Response;
use warp::Filter;

use super::error::respond;
use super::reading::reading;
use crate::api::AppState;

/// `GET /api/compare/`, `GET /api/products/{id}/alternatives/`,
/// `GET /api/organizations/{id}/data-flows/`, `GET /api/data-flows/`,
/// `GET /api/products/{id}/moves/` and `GET /api/moves/` (each with or without the trailing slash). Mounted before the
/// collections, which would otherwise read the paths as records.
pub fn routes(state: AppState) -> BoxedFilter<(Response,)> {
    let common = reading(state);
    let compare = warp::path("compare")
        .and(warp::path::end())
        .and(common.clone())
        .then(compare::compare);
    let alternatives = warp::path("products")
        .and(warp::path::param::<String>())
        .and(warp::path("alternatives"))
        .and(warp::path::end())
        .and(common.clone())
        .then(alternatives::alternatives);
    let organization_flows = warp::path("organizations")
        .and(warp::path::param::<String>())
        .and(warp::path("data-flows"))
        .and(warp::path::end())
        .and(common.clone())
        .then(flows::organization);
    let community_flows = warp::path("data-flows")
        .and(warp::path::end())
        .and(common.clone())
        .then(flows::community);
    let product_moves = warp::path("products")
        .and(warp::path::param::<String>())
        .and(warp::path("moves"))
        .and(warp::path::end())
        .and(common.clone())
        .then(moves::product);
    let largest_moves = warp::path("moves")
        .and(warp::path::end())
        .and(common)
        .then(moves::largest);
    compare
        .map(respond)
        .or(alternatives.map(respond))
        .unify()
        .or(organization_flows.map(respond))
        .unify()
        .or(community_flows.map(respond))
        .unify()
        .or(product_moves.map(respond))
        .unify()
        .or(largest_moves.map(respond))
        .unify()
        .boxed()
}
