//! Request bodies, read one way for every route: streamed with a limit
//! ([`MAX_BODY_BYTES`], 413 past it, however the body is framed:
//! Content-Length, chunked or HTTP/2), JSON only (415 for another media
//! type or none), and a JSON object (400 saying where it broke).

use std::pin::Pin;

use bytes::{Buf, Bytes};
use futures_util::{Stream, StreamExt, TryStreamExt};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use warp::http::{header, HeaderMap};
use warp::Filter;

use super::error::{ApiError, ApiResult};
use crate::model::error::{FieldErrors, InputError};

/// The largest request body accepted, in bytes (api.md: 413 past it).
pub const MAX_BODY_BYTES: u64 = 1024 * 1024;

/// A request body, read only by the handlers that take one.
pub type BodyStream = Pin<Box<dyn Stream<Item = Result<Bytes, warp::Error>> + Send>>;

/// A body not read yet, with the media type it declares.
pub struct Body {
    content_type: Option<String>,
    stream: BodyStream,
}

/// Extracts the [`Body`] without reading it: a bad body is the handler's
/// 4xx, never a routing miss, and nothing is buffered before the handler
/// decides to read.
pub fn body() -> impl Filter<Extract = (Body,), Error = warp::Rejection> + Clone {
    warp::header::headers_cloned()
        .and(warp::body::stream())
        .map(|headers: HeaderMap, stream| Body::new(&headers, boxed(stream)))
}

/// The body stream warp gives, boxed with plain `Bytes` chunks.
pub fn boxed<S, B>(stream: S) -> BodyStream
where
    S: Stream<Item = Result<B, warp::Error>> + Send + 'static,
    B: Buf,
{
    Box::pin(stream.map_ok(|mut buf| buf.copy_to_bytes(buf.remaining())))
}

impl Body {
    /// A body with the media type from `headers`.
    pub fn new(headers: &HeaderMap, stream: BodyStream) -> Self {
        Body {
            content_type: headers
                .get(header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
            stream,
        }
    }

    /// The body as a JSON object: 415 unless declared JSON, 413 past the
    /// limit (checked as it arrives, so no more is ever held), 400 saying
    /// where the JSON broke or that it is not an object.
    pub async fn object(self) -> ApiResult<Map<String, Value>> {
        let is_json = self
            .content_type
            .as_deref()
            .and_then(|v| v.split(';').next())
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
        if !is_json {
            return Err(ApiError::UnsupportedMediaType);
        }
        let bytes = read(self.stream, MAX_BODY_BYTES as usize).await?;
        match serde_json::from_slice::<Value>(&bytes) {
            Ok(Value::Object(map)) => Ok(map),
            Ok(other) => {
                let kind = match other {
                    Value::Array(_) => "list",
                    Value::String(_) => "str",
                    Value::Number(_) => "int",
                    Value::Bool(_) => "bool",
                    _ => "NoneType",
                };
                let mut errors = FieldErrors::new();
                errors.insert(
                    "non_field_errors".into(),
                    vec![format!(
                        "Invalid data. Expected a dictionary, but got {kind}."
                    )],
                );
                Err(InputError::Invalid(errors).into())
            }
            Err(e) => Err(ApiError::bad_request(format!("JSON parse error: {e}"))),
        }
    }

    /// The body's object as `T` (for the few routes whose fields are not a
    /// collection's: sign-in, passwords); a field of the wrong JSON type is
    /// a 400 naming it.
    pub async fn parse<T: DeserializeOwned>(self) -> ApiResult<T> {
        let map = self.object().await?;
        serde_json::from_value(Value::Object(map))
            .map_err(|e| ApiError::bad_request(format!("JSON parse error: {e}")))
    }
}

/// Reads a body of at most `limit` bytes (413 as soon as it is past it).
pub async fn read(mut body: BodyStream, limit: usize) -> ApiResult<Bytes> {
    let mut out = bytes::BytesMut::new();
    while let Some(chunk) = body.next().await {
        let chunk =
            chunk.map_err(|e| ApiError::bad_request(format!("Cannot read the body: {e}")))?;
        if out.len() + chunk.len() > limit {
            return Err(ApiError::PayloadTooLarge);
        }
        out.extend_from_slice(&chunk);
    }
    Ok(out.freeze())
}
