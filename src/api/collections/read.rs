//! Reading: the index, lists (a page as JSON, or every row as streamed
//! CSV) and single records, each with an ETag.

use std::hash::{Hash, Hasher};

use bytes::Bytes;
use serde_json::Value;
use warp::http::{header, HeaderMap, HeaderValue, StatusCode};
use warp::reply::Response;
use warp::Reply;

use super::{collection_url, origin, parse_id, Request, REGISTRY};
use crate::api::error::{ApiError, ApiResult};
use crate::auth::permissions::{identity_of, Ownership};
use crate::auth::Principal;
use crate::db::collections as sql;
use crate::db::value;
use crate::query::spec::Collection;
use crate::query::{self, invalid_page, ListParams};

/// Rows fetched per round trip while streaming CSV.
const CSV_BATCH: i32 = 1000;

/// GET /api/: every collection and its URL.
pub fn index(request: &Request) -> Response {
    let origin = origin(&request.state.config, &request.headers);
    let body: serde_json::Map<String, Value> = REGISTRY
        .0
        .iter()
        .map(|c| (c.name.to_owned(), Value::from(collection_url(&origin, c))))
        .collect();
    json_with_etag(&request.headers, Value::Object(body).to_string())
}

/// GET /api/<name>/?page=&page_size=&search=&ordering=&<filters>[&format=csv]
pub async fn list(collection: &'static Collection, request: &Request) -> ApiResult<Response> {
    collection
        .permissions
        .read
        .check(&request.principal, Ownership::NotApplicable)?;
    let mut params = query::parse(&REGISTRY, collection, &request.query)?;
    if let (Principal::Member(member), Some(owner)) = (&request.principal, collection.owner) {
        params.requester = identity_of(member, owner.is);
    }
    let explicit_format = params.pairs.iter().any(|(k, _)| k == "format");
    let accepts_csv = request
        .headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/csv"));
    if params.csv || (accepts_csv && !explicit_format) {
        return csv_response(collection, request, params).await;
    }
    let client = request.state.pool.get().await?;
    let (count, results) = sql::list(&client, collection, &params).await?;
    let results = super::allowed::page(collection, &request.principal, &results)?;
    if params.page > 1 && params.offset() >= count {
        return Err(invalid_page());
    }
    let base = collection_url(&origin(&request.state.config, &request.headers), collection);
    let next = (params.offset() + params.page_size < count)
        .then(|| page_url(&base, &params, params.page + 1));
    let previous = (params.page > 1).then(|| page_url(&base, &params, params.page - 1));
    let body = format!(
        r#"{{"count":{count},"next":{},"previous":{},"results":{results}}}"#,
        Value::from(next),
        Value::from(previous),
    );
    let mut response = json_with_etag(&request.headers, body);
    // The same URL answers CSV to `Accept: text/csv`.
    response
        .headers_mut()
        .append(header::VARY, HeaderValue::from_static("accept"));
    Ok(response)
}

/// The URL of another page, keeping every other parameter (page 1 drops
/// `page`, as DRF does).
fn page_url(base: &str, params: &ListParams, page: i64) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in params.pairs.iter().filter(|(k, _)| k != "page") {
        query.append_pair(k, v);
    }
    if page > 1 {
        query.append_pair("page", &page.to_string());
    }
    let query = query.finish();
    if query.is_empty() {
        base.to_owned()
    } else {
        format!("{base}?{query}")
    }
}

/// GET /api/<name>/<id>/
pub async fn retrieve(
    collection: &'static Collection,
    request: &Request,
    id: &str,
) -> ApiResult<Response> {
    collection
        .permissions
        .read
        .check(&request.principal, Ownership::NotApplicable)?;
    let id = parse_id(id)?;
    let client = request.state.pool.get().await?;
    let body = sql::retrieve(&client, collection, id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let body = super::allowed::record(collection, &request.principal, &body)?;
    Ok(json_with_etag(&request.headers, body))
}

/// A JSON 200 with a weak ETag of the body, or a bodiless 304 when the
/// client's `If-None-Match` already has it.
pub fn json_with_etag(headers: &HeaderMap, body: String) -> Response {
    let mut hasher = std::hash::DefaultHasher::new();
    body.hash(&mut hasher);
    let etag = format!("W/\"{:016x}\"", hasher.finish());
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(',').map(str::trim).any(|tag| {
                tag == "*" || tag.trim_start_matches("W/") == etag.trim_start_matches("W/")
            })
        });
    let mut response = if matches {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut r = Response::new(body.into());
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        r
    };
    if let Ok(value) = HeaderValue::from_str(&etag) {
        response.headers_mut().insert(header::ETAG, value);
    }
    response
}

/// Every matching row as CSV, fetched in batches through a cursor (a
/// portal in one read-only transaction) and streamed as it comes.
async fn csv_response(
    collection: &'static Collection,
    request: &Request,
    params: ListParams,
) -> ApiResult<Response> {
    let statement = sql::export(collection, &params);
    let pool = request.state.pool.clone();
    let (chunks, receiver) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(4);
    let (ready, started) = tokio::sync::oneshot::channel::<ApiResult<()>>();
    tokio::spawn(async move {
        let mut ready = Some(ready);
        let outcome: ApiResult<()> = async {
            let mut client = pool.get().await?;
            let transaction = client.build_transaction().read_only(true).start().await?;
            let portal = transaction
                .bind(statement.text.as_str(), &value::params(&statement.params))
                .await?;
            let mut text = super::csv::header(collection);
            if let Some(ready) = ready.take() {
                let _ = ready.send(Ok(()));
            }
            loop {
                let rows = transaction.query_portal(&portal, CSV_BATCH).await?;
                for row in &rows {
                    super::csv::push_row(&mut text, collection, row.get::<_, &str>(0));
                }
                if !text.is_empty()
                    && chunks
                        .send(Ok(Bytes::from(std::mem::take(&mut text))))
                        .await
                        .is_err()
                {
                    return Ok(()); // the client went away
                }
                if rows.len() < CSV_BATCH as usize {
                    break;
                }
            }
            transaction.commit().await?;
            Ok(())
        }
        .await;
        if let Err(error) = outcome {
            match ready.take() {
                Some(ready) => {
                    let _ = ready.send(Err(error));
                }
                None => {
                    tracing::error!(%error, "CSV export failed mid-stream");
                    let _ = chunks
                        .send(Err(std::io::Error::other("export failed")))
                        .await;
                }
            }
        }
    });
    match started.await {
        Ok(Ok(())) => {}
        Ok(Err(error)) => return Err(error),
        Err(_) => return Err(ApiError::Internal("CSV export task ended early".into())),
    }
    let mut receiver = receiver;
    let stream = futures_util::stream::poll_fn(move |cx| receiver.poll_recv(cx));
    let mut response = warp::reply::stream(stream).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(value) =
        HeaderValue::from_str(&format!("attachment; filename=\"{}.csv\"", collection.name))
    {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.append(header::VARY, HeaderValue::from_static("accept"));
    Ok(response)
}
