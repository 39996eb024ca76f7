//! The twelve collections of api.md, served by one engine: routes and
//! dispatch here, reading in [`read`], writing in [`write`]. Each
//! collection is a declaration (a file beside this one); only what really
//! differs is hand-written there.

#[macro_use]
mod reference;
pub mod allowed;
pub mod csv;
pub mod data_interfaces;
pub mod domains;
pub mod grades;
pub mod locations;
pub mod options;
pub mod organizations;
pub mod orgtypes;
pub mod products;
pub mod profiles;
pub mod read;
pub mod subjects;
pub mod usages;
pub mod usagetypes;
pub mod users;
pub mod write;

use warp::filters::BoxedFilter;
use warp::http::{HeaderMap, Method};
use warp::reply::Response;
use warp::{Filter, Rejection};

use super::body::{body, Body};
use super::error::{respond, ApiError, ApiResult};
use super::with_state;
use crate::api::AppState;
use crate::auth::client::request_origin;
use crate::auth::Principal;
use crate::config::Config;
use crate::model::collection::{Collection, Registry};

/// Every collection, in api.md's order.
pub static REGISTRY: Registry = Registry(&[
    &users::COLLECTION,
    &profiles::COLLECTION,
    &grades::COLLECTION,
    &locations::COLLECTION,
    &orgtypes::COLLECTION,
    &organizations::COLLECTION,
    &domains::COLLECTION,
    &subjects::COLLECTION,
    &products::COLLECTION,
    &usagetypes::COLLECTION,
    &usages::COLLECTION,
    &data_interfaces::COLLECTION,
]);

/// What a path under `/api/` names.
#[derive(Debug, Clone)]
pub enum Resource {
    /// `/api/`: the index of collections.
    Root,
    /// `/api/<name>/`.
    List(&'static Collection),
    /// `/api/<name>.csv`: the list as CSV only, DRF's format suffix, so
    /// that generated clients have a CSV operation apart from the JSON one.
    Csv(&'static Collection),
    /// `/api/<name>/<id>/`, the id as sent (checked by the handler).
    Item(&'static Collection, String),
}

/// Everything a handler needs to know about the request.
pub struct CollectionRequest {
    /// The method.
    pub method: Method,
    /// The raw query string.
    pub query: String,
    /// The headers.
    pub headers: HeaderMap,
    /// Who is asking.
    pub principal: Principal,
    /// The shared state.
    pub state: AppState,
}

/// `GET /api/`, `/api/<name>/` (GET, POST) and `/api/<name>/<id>/` (GET,
/// PUT, PATCH, DELETE; POST and DELETE only where declared), with or
/// without the trailing slash. Unknown names are left for other routes (a
/// 404 in the end).
pub fn routes(state: AppState) -> BoxedFilter<(Response,)> {
    let query = warp::query::raw().or(warp::any().map(String::new)).unify();
    warp::path::tail()
        .and_then(|tail: warp::path::Tail| async move { resource(tail.as_str()) })
        .and(warp::method())
        .and(query)
        .and(warp::header::headers_cloned())
        .and(body())
        .and(crate::api::principal::principal(state.clone()))
        .and(with_state(state))
        .then(
            |resource: Resource,
             method: Method,
             query: String,
             headers: HeaderMap,
             body: Body,
             principal: Principal,
             state: AppState| async move {
                let request = CollectionRequest {
                    method,
                    query,
                    headers,
                    principal,
                    state,
                };
                dispatch(resource, request, body).await
            },
        )
        .map(respond)
        .boxed()
}

/// The format suffix of a collection's CSV path (`/api/products.csv`).
pub const CSV_SUFFIX: &str = ".csv";

/// Names the resource a path addresses, or leaves it to other routes.
fn resource(tail: &str) -> Result<Resource, Rejection> {
    let trimmed = tail.strip_suffix('/').unwrap_or(tail);
    if trimmed.is_empty() {
        return Ok(Resource::Root);
    }
    let mut segments = trimmed.split('/');
    let name = segments.next().unwrap_or_default();
    if let Some(name) = name.strip_suffix(CSV_SUFFIX) {
        let collection = REGISTRY.find(name).ok_or_else(warp::reject::not_found)?;
        return match segments.next() {
            None => Ok(Resource::Csv(collection)),
            Some(_) => Err(warp::reject::not_found()),
        };
    }
    let collection = REGISTRY.find(name).ok_or_else(warp::reject::not_found)?;
    match (segments.next(), segments.next()) {
        (None, _) => Ok(Resource::List(collection)),
        (Some(id), None) if !id.is_empty() => Ok(Resource::Item(collection, id.to_owned())),
        _ => Err(warp::reject::not_found()),
    }
}

async fn dispatch(
    resource: Resource,
    request: CollectionRequest,
    body: Body,
) -> ApiResult<Response> {
    let m = &request.method;
    let read = m == Method::GET || m == Method::HEAD;
    // A list's GET reads its own parameters (filters); every other route
    // here takes none but those every route accepts (`query::plain`).
    if !(read && matches!(resource, Resource::List(_) | Resource::Csv(_))) {
        crate::model::list::plain(&request.query, &[])?;
    }
    let allow = allowed_methods(&resource);
    let options = || {
        let mut with_options = allow.clone();
        with_options.push(Method::OPTIONS);
        with_options
    };
    match resource {
        Resource::Root if read => Ok(read::index(&request)),
        Resource::Root if m == Method::OPTIONS => Ok(options::index(&options())),
        Resource::List(c) if read => read::list(c, &request, false).await,
        Resource::Csv(c) if read => read::list(c, &request, true).await,
        Resource::List(c) if m == Method::OPTIONS => options::list(c, &request, &options()),
        Resource::List(c) if m == Method::POST => match c.permissions.create {
            Some(rule) => write::create(c, rule, &request, body).await,
            None => Err(ApiError::MethodNotAllowed(allow)),
        },
        Resource::Item(c, id) if read => read::retrieve(c, &request, &id).await,
        Resource::Item(c, id) if m == Method::OPTIONS => {
            options::item(c, &request, &id, &options()).await
        }
        Resource::Item(c, id) if m == Method::PUT || m == Method::PATCH => {
            write::update(c, &request, &id, *m == Method::PUT, body).await
        }
        Resource::Item(c, id) if m == Method::DELETE => match c.permissions.delete {
            Some(rule) => write::delete(c, rule, &request, &id).await,
            None => Err(ApiError::MethodNotAllowed(allow)),
        },
        _ => Err(ApiError::MethodNotAllowed(allow)),
    }
}

/// The methods a resource serves besides OPTIONS (the `Allow` of a 405).
fn allowed_methods(resource: &Resource) -> Vec<Method> {
    match resource {
        Resource::Root => vec![Method::GET],
        Resource::List(c) if c.permissions.create.is_some() => vec![Method::GET, Method::POST],
        Resource::List(_) | Resource::Csv(_) => vec![Method::GET],
        Resource::Item(c, _) => {
            let mut allow = vec![Method::GET, Method::PUT, Method::PATCH];
            if c.permissions.delete.is_some() {
                allow.push(Method::DELETE);
            }
            allow
        }
    }
}

/// A record id from the path: a positive integer within `bigint`, else 404.
pub fn parse_id(raw: &str) -> ApiResult<i64> {
    if raw.is_empty() || raw.len() > 19 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ApiError::not_found());
    }
    match raw.parse::<i64>() {
        Ok(id) if id >= 1 => Ok(id),
        _ => Err(ApiError::not_found()),
    }
}

/// `scheme://host` of the request, for absolute URLs as DRF builds them
/// ([`request_origin`] says how the request reached us); without a usable
/// Host, `PUBLIC_URL`.
pub fn origin(config: &Config, headers: &HeaderMap) -> String {
    let seen = request_origin(config.trust_proxy, headers);
    match seen.host {
        Some(host) => format!("{}://{host}", seen.scheme()),
        None => config
            .public_url
            .clone()
            .unwrap_or_else(|| "http://localhost".into()),
    }
}

/// The URL of a collection.
pub fn collection_url(origin: &str, collection: &Collection) -> String {
    format!("{origin}/api/{}/", collection.name)
}

#[cfg(test)]
mod derived;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_positive_integers_within_bigint() {
        assert_eq!(parse_id("42").ok(), Some(42));
        for bad in [
            "0",
            "-1",
            "+1",
            "1.0",
            "abc",
            "",
            "99999999999999999999",
            "9223372036854775808",
        ] {
            assert!(parse_id(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_id("9223372036854775807").ok(), Some(i64::MAX));
    }

    #[test]
    fn paths_name_the_root_a_collection_or_an_item() {
        assert!(matches!(resource(""), Ok(Resource::Root)));
        assert!(matches!(resource("products"), Ok(Resource::List(c)) if c.name == "products"));
        assert!(matches!(resource("products/"), Ok(Resource::List(_))));
        assert!(matches!(resource("products/5/"), Ok(Resource::Item(_, id)) if id == "5"));
        assert!(resource("nothing/").is_err());
        assert!(resource("products/5/extra/").is_err());
        assert!(resource("products//").is_err());
        assert!(matches!(resource("products.csv"), Ok(Resource::Csv(c)) if c.name == "products"));
        assert!(matches!(resource("products.csv/"), Ok(Resource::Csv(_))));
        assert!(resource("products.csv/5/").is_err());
        assert!(resource("nothing.csv").is_err());
    }

    #[test]
    fn every_declared_path_resolves() {
        for c in REGISTRY.0 {
            for path in crate::model::list::filter_paths(c) {
                assert!(
                    crate::model::path::resolve(&REGISTRY, c, path, false).is_some(),
                    "{}: filter {path}",
                    c.name
                );
            }
            for path in c.search {
                assert!(
                    crate::model::path::resolve(&REGISTRY, c, path, false).is_some(),
                    "{}: search {path}",
                    c.name
                );
            }
            assert!(
                crate::model::list::parse(&REGISTRY, c, "").is_ok(),
                "{}: default order",
                c.name
            );
            for key in c.ordering {
                let q = format!("ordering=-{key}");
                assert!(
                    crate::model::list::parse(&REGISTRY, c, &q).is_ok(),
                    "{}: {key}",
                    c.name
                );
            }
        }
    }
}
