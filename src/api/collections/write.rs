//! Writing: create, full and partial update, delete. Bodies are JSON,
//! checked against the declaration ([`crate::model::input`]) before any
//! SQL; the database's constraints back every rule and map to the same
//! messages ([`crate::api::constraints`]).

use serde_json::{Map, Value};
use warp::http::{header, HeaderValue, StatusCode};
use warp::reply::Response;
use warp::Reply;

use deadpool_postgres::GenericClient;

use super::{allowed, collection_url, origin, parse_id, CollectionRequest, REGISTRY};
use crate::api::body::Body;
use crate::api::constraints;
use crate::api::error::{ApiError, ApiResult};
use crate::auth::permissions::{self, identity_of};
use crate::auth::Principal;
use crate::db::{collection_writes as writes, collections as sql, history, record, users};
use crate::model::collection::{Collection, Kind};
use crate::model::error::InputError;
use crate::model::input::{self, invalid_pk, Input};
use crate::model::permissions::{Ownership, Rule};
use crate::model::sql_value::SqlValue;

/// POST /api/<name>/
pub async fn create(
    collection: &'static Collection,
    rule: Rule,
    request: &CollectionRequest,
    body: Body,
) -> ApiResult<Response> {
    let mut member = request
        .principal
        .require(rule, Ownership::NotApplicable)?
        .ok_or_else(|| ApiError::Forbidden("Sign in first.".into()))?
        .clone();
    let body = body.object().await?;
    permissions::check_fields(collection.name, &request.principal, &Map::new(), &body)?;
    let mut client = request.state.pool.get().await?;
    let mut input = prepare(client.pooled(), collection, &body, None, true).await?;
    for (field, identity) in collection.set_on_create {
        input.values.insert(
            field,
            SqlValue::Int(identity_of(&member, *identity).unwrap_or(0)),
        );
    }
    let transaction = begin(&mut client, &request.principal).await?;
    let id = writes::insert(&transaction, collection, &input)
        .await
        .map_err(|e| write_failure(collection, e, &input))?;
    if permissions::creator_joins(collection.name, &member) {
        users::set_organization(&*transaction, member.profile_id, Some(id)).await?;
        member.organization_id = Some(id);
    }
    // Read the record back before committing: once the commit is through,
    // nothing is left that could fail and turn a stored write into an error.
    let row = stored(&transaction, collection, id).await?;
    let values = record::values(collection, &row, 0)?;
    let record = allowed::record(collection, &Principal::Member(member), &values)?;
    if let Err(e) = transaction.commit().await {
        drop(client);
        let failure = write_failure(collection, e, &input);
        // The connection broke during COMMIT: the row may or may not be
        // stored. Its id is known, so look once the database answers again.
        if matches!(failure, ApiError::Unavailable(_))
            && resolve_in_doubt(&request.state.pool, collection, id).await
        {
            tracing::info!(
                collection = collection.name,
                id,
                "commit confirmed after the connection broke"
            );
        } else {
            return Err(failure);
        }
    }
    let location = format!(
        "{}{id}/",
        collection_url(&origin(&request.state.config, &request.headers), collection)
    );
    let mut response = json(StatusCode::CREATED, record);
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    Ok(response)
}

/// PUT (`full`) and PATCH /api/<name>/<id>/
pub async fn update(
    collection: &'static Collection,
    request: &CollectionRequest,
    id: &str,
    full: bool,
    body: Body,
) -> ApiResult<Response> {
    let rule = collection.permissions.update;
    request.principal.require(rule, Ownership::NotApplicable)?;
    let id = parse_id(id)?;
    // Read before taking a connection: a slow sender must not hold one.
    let body = body.object().await?;
    let mut client = request.state.pool.get().await?;
    let existing = existing(client.pooled(), collection, id).await?;
    check_owner(collection, rule, request, &existing)?;
    permissions::check_fields(collection.name, &request.principal, &existing, &body)?;
    let input = prepare(
        client.pooled(),
        collection,
        &body,
        Some((id, &existing)),
        full,
    )
    .await?;
    let transaction = begin(&mut client, &request.principal).await?;
    store(&transaction, collection, id, &input).await?;
    let row = stored(&transaction, collection, id).await?;
    let values = record::values(collection, &row, 0)?;
    let record = allowed::record(collection, &request.principal, &values)?;
    transaction
        .commit()
        .await
        .map_err(|e| write_failure(collection, e, &input))?;
    Ok(json(StatusCode::OK, record))
}

/// Checks `body` (merged over `existing`, the record `id`, for an update)
/// and returns what to write, or one 400 naming every field's problem:
/// the declared rules, then, for values that pass them, ids that name no
/// record and unique clashes. Of an update, only what the request changes
/// is written, so concurrent edits of different fields do not undo each
/// other: the fields sent, and those a rule cleared.
pub async fn prepare(
    client: &impl GenericClient,
    collection: &Collection,
    body: &Map<String, Value>,
    existing: Option<(i64, &Map<String, Value>)>,
    require: bool,
) -> ApiResult<Input> {
    let (mut input, mut errors) =
        input::validate_all(collection, body, existing.map(|(_, e)| e), require);
    if let Some((_, existing)) = existing {
        input.values.retain(|name, value| {
            body.contains_key(*name)
                || (*value == SqlValue::Null && existing.get(*name).is_some_and(|v| !v.is_null()))
        });
    }
    for (field, message) in missing_references(client, collection, &input).await? {
        errors.entry(field.into()).or_insert_with(|| vec![message]);
    }
    // The unique indexes speak only once the rest is right, and of one
    // clash at a time: ask now, so every problem comes back together.
    {
        let candidates: Vec<(&'static str, SqlValue)> = collection
            .fields
            .iter()
            .filter(|f| !errors.contains_key(f.name))
            .filter_map(|f| Some((f.column()?, input.get(f.name)?.clone())))
            .collect();
        let except = existing.map(|(id, _)| id);
        for column in writes::unique_clashes(client, collection.table, &candidates, except).await? {
            let constraint = format!("{}_{column}_unique", collection.table);
            if let Some((field, message)) = constraints::describe(collection, &constraint, &input) {
                errors.entry(field).or_insert_with(|| vec![message]);
            }
        }
    }
    if errors.is_empty() {
        Ok(input)
    } else {
        Err(InputError::Invalid(errors).into())
    }
}

/// Writes a prepared update of record `id` inside `transaction`: 404 when
/// it is gone, the constraint's field error when the database refuses.
pub async fn store(
    transaction: &deadpool_postgres::Transaction<'_>,
    collection: &Collection,
    id: i64,
    input: &Input,
) -> ApiResult<()> {
    let found = writes::update(transaction, collection, id, input)
        .await
        .map_err(|e| write_failure(collection, e, input))?;
    if found {
        Ok(())
    } else {
        Err(ApiError::not_found())
    }
}

/// DELETE /api/<name>/<id>/: 204, or 409 naming what still points at it.
pub async fn delete(
    collection: &'static Collection,
    rule: Rule,
    request: &CollectionRequest,
    id: &str,
) -> ApiResult<Response> {
    request.principal.require(rule, Ownership::NotApplicable)?;
    let id = parse_id(id)?;
    let mut client = request.state.pool.get().await?;
    let existing = existing(client.pooled(), collection, id).await?;
    check_owner(collection, rule, request, &existing)?;
    let transaction = begin(&mut client, &request.principal).await?;
    let counts =
        writes::reference_counts(&transaction, &REGISTRY.referenced_by(collection), id).await?;
    if counts.iter().any(|(_, n)| *n > 0) {
        return Err(constraints::still_used(collection, &counts));
    }
    let refused = |e: tokio_postgres::Error| {
        constraints::delete_error(&REGISTRY, collection, &e).unwrap_or_else(|| e.into())
    };
    if !writes::delete(&transaction, collection, id)
        .await
        .map_err(refused)?
    {
        return Err(ApiError::not_found());
    }
    transaction.commit().await.map_err(refused)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Opens a write's transaction, naming the member who acts in it: the
/// change history (V21) records them as the author of what it changes.
async fn begin<'a>(
    client: &'a mut crate::db::Connection,
    principal: &Principal,
) -> ApiResult<deadpool_postgres::Transaction<'a>> {
    let transaction = client.transaction().await?;
    if let Principal::Member(member) = principal {
        history::set_actor(&*transaction, member.user_id).await?;
    }
    Ok(transaction)
}

fn json(status: StatusCode, body: Vec<u8>) -> Response {
    let mut response = Response::new(body.into());
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// The record `id` as stored now (its row, [`record::values`]), or 404.
async fn stored(
    client: &impl GenericClient,
    collection: &Collection,
    id: i64,
) -> ApiResult<tokio_postgres::Row> {
    sql::retrieve(client, collection, id)
        .await?
        .ok_or_else(ApiError::not_found)
}

/// The record as a JSON object, or 404.
pub async fn existing(
    client: &impl GenericClient,
    collection: &Collection,
    id: i64,
) -> ApiResult<Map<String, Value>> {
    let row = stored(client, collection, id).await?;
    Ok(record::to_map(
        collection,
        &record::values(collection, &row, 0)?,
    ))
}

/// For `OwnerOrStaff` rules: whether the member owns `record`.
fn check_owner(
    collection: &Collection,
    rule: Rule,
    request: &CollectionRequest,
    record: &Map<String, Value>,
) -> ApiResult<()> {
    if rule != Rule::OwnerOrStaff {
        return Ok(());
    }
    let ownership = permissions::ownership(&request.principal, collection.owner, record);
    request.principal.require(rule, ownership)?;
    Ok(())
}

/// Every id the input points at must name a record: DRF's "Invalid pk"
/// for each field that names a missing one.
async fn missing_references(
    client: &impl GenericClient,
    collection: &Collection,
    input: &Input,
) -> ApiResult<Vec<(&'static str, String)>> {
    let mut out = Vec::new();
    for (field, ids) in input::references(collection, input) {
        let target = match field.kind {
            Kind::ForeignKey(t) | Kind::ManyToMany(t) => Some(t.0),
            _ => None,
        };
        let Some(target) = target else { continue };
        let missing = writes::missing_ids(client, target.table, &ids).await?;
        if let Some(first) = missing.first() {
            out.push((field.name, invalid_pk(first)));
        }
    }
    Ok(out)
}

/// How long a create whose COMMIT lost its connection waits for the
/// database to say whether the row was stored.
const IN_DOUBT_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// Whether row `id` was stored after all, asking until the database answers
/// (at most [`IN_DOUBT_WAIT`]). `false` when it was not, or no answer came.
async fn resolve_in_doubt(pool: &crate::db::Pool, collection: &Collection, id: i64) -> bool {
    let deadline = tokio::time::Instant::now() + IN_DOUBT_WAIT;
    while tokio::time::Instant::now() < deadline {
        if let Ok(client) = pool.get().await {
            if let Ok(found) = sql::retrieve(client.pooled(), collection, id).await {
                return found.is_some();
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    tracing::warn!(
        collection = collection.name,
        id,
        "commit outcome unknown: the database did not come back in time"
    );
    false
}

fn write_failure(collection: &Collection, error: tokio_postgres::Error, input: &Input) -> ApiError {
    constraints::write_error(collection, &error, input).unwrap_or_else(|| error.into())
}
