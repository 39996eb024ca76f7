//! Reading: the index, lists (a page as JSON, or every row as streamed
//! CSV) and single records, each with an ETag.

use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::Poll;
use std::time::{Duration, Instant};

use bytes::Bytes;
use serde_json::Value;
use warp::http::{header, HeaderMap, HeaderValue, StatusCode};
use warp::reply::Response;
use warp::Reply;

use super::{collection_url, origin, parse_id, CollectionRequest, REGISTRY};
use crate::api::error::{ApiError, ApiResult};
use crate::auth::permissions::identity_of;
use crate::auth::Principal;
use crate::db::collections as sql;
use crate::db::pool::GRACE;
use crate::db::record;
use crate::model::collection::Collection;
use crate::model::error::InputError;
use crate::model::list::{self, ListParams};
use crate::model::permissions::Ownership;

/// Rows fetched per round trip while streaming CSV.
const CSV_BATCH: i32 = 1000;
/// Longest an export may run in all.
pub const EXPORT_MAX: Duration = Duration::from_secs(300);

/// GET /api/: every collection and its URL.
pub fn index(request: &CollectionRequest) -> Response {
    let origin = origin(&request.state.config, &request.headers);
    let body: serde_json::Map<String, Value> = REGISTRY
        .0
        .iter()
        .map(|c| (c.name.to_owned(), Value::from(collection_url(&origin, c))))
        .collect();
    json_with_etag(
        &request.headers,
        Value::Object(body).to_string().into_bytes(),
    )
}

/// GET /api/<name>/?page=&page_size=&search=&ordering=&<filters>[&format=csv],
/// and GET /api/<name>.csv?<filters> (`csv_path`: always CSV).
pub async fn list(
    collection: &'static Collection,
    request: &CollectionRequest,
    csv_path: bool,
) -> ApiResult<Response> {
    request
        .principal
        .require(collection.permissions.read, Ownership::NotApplicable)?;
    let mut params = list::parse(&REGISTRY, collection, &request.query)?;
    if let (Principal::Member(member), Some(owner)) = (&request.principal, collection.owner) {
        params.requester = identity_of(member, owner.is);
    }
    let explicit_format = params.pairs.iter().any(|(k, _)| k == "format");
    let accepts_csv = request
        .headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/csv"));
    if csv_path || params.csv || (accepts_csv && !explicit_format) {
        return csv_response(collection, request, params).await;
    }
    let client = request.state.pool.get().await?;
    let mut page = sql::list(client.pooled(), collection, &params).await?;
    if params.last {
        // The last page's number needs the count: the first statement gave
        // it (and page 1, which is the answer when there is one page).
        params.settle_last(page.count());
        if params.page > 1 {
            page = sql::list(client.pooled(), collection, &params).await?;
        }
    }
    // The connection goes back to the pool now; the body is built from
    // the row it returned.
    drop(client);
    let count = page.count();
    if params.page > 1 && params.offset() >= count {
        return Err(InputError::InvalidPage.into());
    }
    let base = collection_url(&origin(&request.state.config, &request.headers), collection);
    let next = (params.offset() + params.page_size < count)
        .then(|| page_url(&base, &params.pairs, params.page + 1));
    let previous = (params.page > 1).then(|| page_url(&base, &params.pairs, params.page - 1));
    // Written straight into the body: each record from its values, with
    // its permissions.
    let records = page.records(collection)?;
    let mut body = format!(
        r#"{{"count":{count},"next":{},"previous":{},"results":"#,
        Value::from(next),
        Value::from(previous),
    )
    .into_bytes();
    super::allowed::push_page(&mut body, collection, &request.principal, &records)?;
    body.push(b'}');
    let mut response = json_with_etag(&request.headers, body);
    // The same URL answers CSV to `Accept: text/csv`.
    response
        .headers_mut()
        .append(header::VARY, HeaderValue::from_static("accept"));
    Ok(response)
}

/// The URL of another page, keeping every other parameter of the query's
/// `pairs` (page 1 drops `page`, as DRF does).
pub fn page_url(base: &str, pairs: &[(String, String)], page: i64) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs.iter().filter(|(k, _)| k != "page") {
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
    request: &CollectionRequest,
    id: &str,
) -> ApiResult<Response> {
    request
        .principal
        .require(collection.permissions.read, Ownership::NotApplicable)?;
    let id = parse_id(id)?;
    let client = request.state.pool.get().await?;
    let row = sql::retrieve(client.pooled(), collection, id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    drop(client);
    let values = record::values(collection, &row, 0)?;
    let body = super::allowed::record(collection, &request.principal, &values)?;
    Ok(json_with_etag(&request.headers, body))
}

/// A JSON 200 with a weak ETag of the body, or a bodiless 304 when the
/// client's `If-None-Match` already has it.
pub fn json_with_etag(headers: &HeaderMap, body: Vec<u8>) -> Response {
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
/// portal in one read-only transaction) and streamed as it comes. The
/// export holds its connection while the client reads, so: exports take at
/// most a quarter of the pool (beyond that, 503 at once); a client that
/// takes no data for `EXPORT_STALL_TIMEOUT`, or an export still running after
/// [`EXPORT_MAX`], ends it. An export that ends early ends its response
/// with an error (the connection is cut), never as if the file were whole.
async fn csv_response(
    collection: &'static Collection,
    request: &CollectionRequest,
    params: ListParams,
) -> ApiResult<Response> {
    let statement = sql::export(collection, &params);
    let mut client = request
        .state
        .pool
        .get_for_export()
        .await?
        .ok_or_else(|| ApiError::Unavailable("every export slot is taken".into()))?;
    // A round trip that takes longer than this is a database that does
    // not answer (its own statement timeout would have ended it).
    let answer_within = request.state.config.statement_timeout + GRACE;
    let stall = request.state.config.export_stall_timeout;
    let (chunks, receiver) = tokio::sync::mpsc::channel::<Bytes>(4);
    let (ready, started) = tokio::sync::oneshot::channel::<ApiResult<()>>();
    let complete = Arc::new(AtomicBool::new(false));
    let completed = complete.clone();
    tokio::spawn(async move {
        let mut ready = Some(ready);
        let no_answer = || ApiError::Unavailable("the database did not answer in time".into());
        let mut stuck = false;
        let outcome: ApiResult<&str> = async {
            let idle = stall + Duration::from_secs(5);
            let opened = tokio::time::timeout(
                answer_within,
                sql::open_export(&mut client, &statement, idle),
            )
            .await;
            let Ok(opened) = opened else {
                stuck = true;
                return Err(no_answer());
            };
            let (transaction, portal) = opened?;
            let mut text = super::csv::header(collection);
            if let Some(ready) = ready.take() {
                let _ = ready.send(Ok(()));
            }
            let ends = Instant::now() + EXPORT_MAX;
            loop {
                if Instant::now() >= ends {
                    return Ok("ran past its time limit");
                }
                let fetched = tokio::time::timeout(
                    answer_within,
                    transaction.query_portal(&portal, CSV_BATCH),
                )
                .await;
                let Ok(rows) = fetched else {
                    stuck = true;
                    return Err(no_answer());
                };
                let rows = rows?;
                for row in &rows {
                    super::csv::push_row(&mut text, &record::values(collection, row, 0)?);
                }
                if !text.is_empty() {
                    let chunk = Bytes::from(std::mem::take(&mut text));
                    match tokio::time::timeout(stall, chunks.send(chunk)).await {
                        Ok(Ok(())) => {}
                        Ok(Err(_)) => return Ok("the client went away"),
                        Err(_) => return Ok("the client took no data in time"),
                    }
                }
                if rows.len() < CSV_BATCH as usize {
                    break;
                }
            }
            transaction.commit().await?;
            complete.store(true, Ordering::Release);
            Ok("complete")
        }
        .await;
        if stuck {
            client.discard();
        }
        match (outcome, ready.take()) {
            (Err(error), Some(ready)) => {
                let _ = ready.send(Err(error));
            }
            (Err(error), None) => tracing::error!(%error, "CSV export failed mid-stream"),
            (Ok("complete"), _) => {}
            (Ok(why), _) => tracing::info!(
                collection = collection.name,
                "CSV export ended early: {why}"
            ),
        }
    });
    match started.await {
        Ok(Ok(())) => {}
        Ok(Err(error)) => return Err(error),
        Err(_) => return Err(ApiError::Internal("CSV export task ended early".into())),
    }
    let mut receiver = receiver;
    let mut ended = false;
    let stream = futures_util::stream::poll_fn(move |cx| {
        if ended {
            return Poll::Ready(None);
        }
        match receiver.poll_recv(cx) {
            Poll::Ready(Some(chunk)) => Poll::Ready(Some(Ok(chunk))),
            Poll::Ready(None) => {
                ended = true;
                if completed.load(Ordering::Acquire) {
                    Poll::Ready(None)
                } else {
                    Poll::Ready(Some(Err(std::io::Error::other("export ended early"))))
                }
            }
            Poll::Pending => Poll::Pending,
        }
    });
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
