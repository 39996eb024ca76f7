//! What changed (issue 13, item 5): the change history that the database
//! records for products, organizations and reviews (V21), paged as the
//! collections are, newest first.
//!
//! - `GET /api/{products|organizations|usages}/{id}/history/`: a record's
//!   changes, for every signed-in member (who may read the record). A
//!   deleted record's history stays readable by staff; to members it is
//!   gone like the record (404).
//! - `GET /api/history/?user={id}`: a member's changes across records.
//!   Staff may list anyone's (or, without `user`, everyone's); a member
//!   only their own, so that nobody else can follow what they do.
//!
//! Values are stored under column names; each entry names its field as
//! the collection does (`org_type_id` is `org_type`).

use serde_json::{json, Map, Value};
use warp::filters::BoxedFilter;
use warp::reply::Response;
use warp::{Filter, Rejection, Reply};

use super::collections::read::page_url;
use super::collections::{origin, parse_id, REGISTRY};
use super::error::{respond, ApiError, ApiResult};
use super::reading::{reading, Reading};
use super::stats::strict_pairs;
use crate::api::AppState;
use crate::db::history::{self, Change, RECORDED};
use crate::model::collection::Collection;
use crate::model::error::InputError;
use crate::model::list::{page_size_message, page_size_of, parse_page};

/// The parameters of a record's history.
pub const RECORD_PARAMETERS: [&str; 2] = ["page", "page_size"];
/// The parameters of the list across records.
pub const LIST_PARAMETERS: [&str; 3] = ["user", "page", "page_size"];
/// Entries per page unless `page_size` says otherwise.
pub const DEFAULT_PAGE_SIZE: i64 = 50;

/// `GET /api/{products|organizations|usages}/{id}/history/` and
/// `GET /api/history/` (each with or without the trailing slash). Mounted
/// before the collections, which would otherwise read the paths as records.
pub fn routes(state: AppState) -> BoxedFilter<(Response,)> {
    let common = reading(state);
    let record = warp::path::param::<String>()
        .and_then(|name: String| async move { recorded(&name) })
        .and(warp::path::param::<String>())
        .and(warp::path("history"))
        .and(warp::path::end())
        .and(common.clone())
        .then(of_record);
    let list = warp::path("history")
        .and(warp::path::end())
        .and(common)
        .then(across_records);
    record.map(respond).or(list.map(respond)).unify().boxed()
}

/// The collection of a recorded table, or a rejection for other routes.
fn recorded(name: &str) -> Result<&'static Collection, Rejection> {
    RECORDED
        .contains(&name)
        .then(|| REGISTRY.find(name))
        .flatten()
        .ok_or_else(warp::reject::not_found)
}

/// GET /api/products/{id}/history/?page=2&page_size=50
async fn of_record(
    collection: &'static Collection,
    id: String,
    reading: Reading,
) -> ApiResult<Response> {
    let member = reading.member()?;
    let id = parse_id(&id)?;
    let pairs = strict_pairs(&reading.query, &RECORD_PARAMETERS)?;
    let (page, page_size) = paging(&pairs, &RECORD_PARAMETERS)?;
    let client = reading.state.pool.get().await?;
    let (exists, has_history) = history::record_state(&client, collection.table, id).await?;
    if !(exists || (member.is_staff && has_history)) {
        return Err(ApiError::not_found());
    }
    let offset = (page - 1) * page_size;
    let (count, changes) =
        history::of_record(&client, collection.table, id, page_size, offset).await?;
    let base = format!(
        "{}/api/{}/{id}/history/",
        origin(&reading.state.config, &reading.headers),
        collection.name
    );
    page_reply(&base, &pairs, page, page_size, count, &changes)
}

/// GET /api/history/?user=12&page=2&page_size=50
async fn across_records(reading: Reading) -> ApiResult<Response> {
    let member = reading.member()?;
    let pairs = strict_pairs(&reading.query, &LIST_PARAMETERS)?;
    let (page, page_size) = paging(&pairs, &LIST_PARAMETERS)?;
    let user = value(&pairs, "user")
        .map(|v| {
            v.parse::<i64>().map_err(|_| {
                bad(
                    format!(
                        "Parameter 'user' has an invalid value '{}': expected an integer.",
                        v.replace('\0', "")
                    ),
                    &LIST_PARAMETERS,
                )
            })
        })
        .transpose()?;
    if !member.is_staff && user != Some(member.user_id) {
        return Err(ApiError::Forbidden(format!(
            "Only staff may list other members' changes; your own are at ?user={}.",
            member.user_id
        )));
    }
    let client = reading.state.pool.get().await?;
    if let Some(user) = user {
        if !history::user_exists(&client, user).await? {
            return Err(bad(
                format!("Parameter 'user': user {user} does not exist."),
                &LIST_PARAMETERS,
            ));
        }
    }
    let offset = (page - 1) * page_size;
    let (count, changes) = history::by_actor(&client, user, page_size, offset).await?;
    let base = format!(
        "{}/api/history/",
        origin(&reading.state.config, &reading.headers)
    );
    page_reply(&base, &pairs, page, page_size, count, &changes)
}

/// `page` and `page_size`, as the collections read them.
fn paging(pairs: &[(String, String)], accepted: &[&str]) -> ApiResult<(i64, i64)> {
    let page_size = match value(pairs, "page_size") {
        Some(v) => page_size_of(v).ok_or_else(|| bad(page_size_message(v), accepted))?,
        None => DEFAULT_PAGE_SIZE,
    };
    let page = value(pairs, "page").map_or(Ok(1), |v| parse_page(v, page_size))?;
    Ok((page, page_size))
}

/// A parameter's value; an empty one is "not given", as django-filter
/// reads it.
fn value<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.trim())
        .filter(|v| !v.is_empty())
}

fn bad(detail: String, accepted: &[&str]) -> ApiError {
    ApiError::Input(InputError::BadQuery {
        detail,
        accepted: accepted.iter().map(|s| s.to_string()).collect(),
    })
}

/// DRF's page: `count`, `next`, `previous`, `results`; a page past the
/// end is 404 "Invalid page.".
fn page_reply(
    base: &str,
    pairs: &[(String, String)],
    page: i64,
    page_size: i64,
    count: i64,
    changes: &[Change],
) -> ApiResult<Response> {
    let offset = (page - 1) * page_size;
    if page > 1 && offset >= count {
        return Err(InputError::InvalidPage.into());
    }
    let next = (offset + page_size < count).then(|| page_url(base, pairs, page + 1));
    let previous = (page > 1).then(|| page_url(base, pairs, page - 1));
    Ok(warp::reply::json(&json!({
        "count": count,
        "next": next,
        "previous": previous,
        "results": changes.iter().map(entry).collect::<Vec<_>>(),
    }))
    .into_response())
}

/// One change as the API shows it.
fn entry(change: &Change) -> Value {
    let collection = REGISTRY.find(&change.table);
    let field = change
        .field
        .as_deref()
        .map(|f| collection.map_or(f, |c| field_name(c, f)));
    let values = |v: &Option<Value>| match (collection, v) {
        (Some(c), Some(Value::Object(record))) if change.field.is_none() => {
            Value::Object(renamed(c, record))
        }
        (_, Some(v)) => v.clone(),
        (_, None) => Value::Null,
    };
    json!({
        "id": change.id,
        "collection": change.table,
        "record": change.record,
        "record_name": change.record_name,
        "action": change.action,
        "field": field,
        "old": values(&change.old),
        "new": values(&change.new),
        "at": change.at,
        "actor": change.actor.as_ref().map(|(id, username)| json!({"id": id, "username": username})),
    })
}

/// The API's name of a stored column (`org_type_id` → `org_type`); a join
/// field (`grades`) or an undeclared column keeps its own.
pub fn field_name<'a>(collection: &Collection, column: &'a str) -> &'a str {
    collection
        .fields
        .iter()
        .find(|f| f.column() == Some(column))
        .map_or(column, |f| f.name)
}

/// A whole record (a creation's or a deletion's value) under the API's
/// field names.
fn renamed(collection: &Collection, record: &Map<String, Value>) -> Map<String, Value> {
    record
        .iter()
        .map(|(k, v)| (field_name(collection, k).to_owned(), v.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_columns_take_the_collections_field_names() {
        let organizations = REGISTRY.find("organizations").unwrap();
        assert_eq!(field_name(organizations, "org_type_id"), "org_type");
        assert_eq!(field_name(organizations, "name"), "name");
        assert_eq!(field_name(organizations, "grades"), "grades");
        let usages = REGISTRY.find("usages").unwrap();
        assert_eq!(field_name(usages, "how_push_id"), "how_push");
        assert_eq!(field_name(usages, "reviewer_id"), "reviewer");
    }

    #[test]
    fn only_the_recorded_collections_have_a_history_route() {
        assert!(recorded("products").is_ok());
        assert!(recorded("usages").is_ok());
        assert!(recorded("organizations").is_ok());
        assert!(recorded("users").is_err());
        assert!(recorded("nothing").is_err());
    }
}
