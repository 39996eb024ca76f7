//! The HTTP layer's one error type, and the one place where errors and
//! warp's rejections become JSON responses (api.md, "Errors").

use std::convert::Infallible;

use serde_json::{json, Value};
use warp::http::{header, HeaderValue, StatusCode};
use warp::reply::Response;
use warp::{Rejection, Reply};

use crate::auth::error::AuthError;
use crate::db::error::DbError;
use crate::model::error::{FieldErrors, InputError};

/// Every way a request can fail.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ApiError {
    /// 400 (404 for a page that does not exist): what the client sent.
    #[error(transparent)]
    Input(#[from] InputError),
    /// 401: no or bad credentials.
    #[error("authentication required")]
    Unauthenticated(String),
    /// 403: signed in, not allowed.
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// 404.
    #[error("not found")]
    NotFound(String),
    /// 405, with the methods the path does accept.
    #[error("method not allowed")]
    MethodNotAllowed(Vec<warp::http::Method>),
    /// 409: something still references the record, or a state clash.
    #[error("conflict: {detail}")]
    Conflict {
        /// What happened, for a person.
        detail: String,
        /// Extra members of the body (e.g. which collections reference it).
        extra: Value,
    },
    /// 411: a body without a declared length.
    #[error("length required")]
    LengthRequired,
    /// 413.
    #[error("payload too large")]
    PayloadTooLarge,
    /// 415.
    #[error("unsupported media type")]
    UnsupportedMediaType,
    /// 429, with seconds to wait.
    #[error("too many requests")]
    TooManyRequests(u64),
    /// 503: the database cannot be reached right now.
    #[error("service unavailable: {0}")]
    Unavailable(String),
    /// 500: the cause goes to the log, never to the client.
    #[error("internal error: {0}")]
    Internal(String),
}

/// The result type of every handler.
pub type ApiResult<T> = Result<T, ApiError>;

impl warp::reject::Reject for ApiError {}

/// Seconds a client should wait before retrying after a 503.
const RETRY_UNAVAILABLE_SECS: u64 = 5;

impl ApiError {
    /// A 404 with DRF's wording.
    pub fn not_found() -> Self {
        ApiError::NotFound("Not found.".into())
    }

    /// A 400 with a `detail` message.
    pub fn bad_request(detail: impl Into<String>) -> Self {
        InputError::BadRequest(detail.into()).into()
    }

    /// A single-field validation error.
    pub fn field(name: &str, message: impl Into<String>) -> Self {
        InputError::field(name, message).into()
    }

    /// Fails with the collected field errors, if any.
    pub fn check(errors: FieldErrors) -> Result<(), ApiError> {
        InputError::check(errors).map_err(ApiError::from)
    }

    /// The status code this error answers with.
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::Input(InputError::InvalidPage) => StatusCode::NOT_FOUND,
            ApiError::Input(_) => StatusCode::BAD_REQUEST,
            ApiError::Unauthenticated(_) => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::Conflict { .. } => StatusCode::CONFLICT,
            ApiError::LengthRequired => StatusCode::LENGTH_REQUIRED,
            ApiError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn body(&self) -> Value {
        let detail = |d: &str| json!({ "detail": d });
        match self {
            ApiError::Input(InputError::BadRequest(d))
            | ApiError::Unauthenticated(d)
            | ApiError::Forbidden(d)
            | ApiError::NotFound(d) => detail(d),
            ApiError::Input(InputError::BadQuery { detail, accepted }) => {
                json!({ "detail": detail, "accepted": accepted })
            }
            ApiError::Input(InputError::InvalidPage) => detail("Invalid page."),
            ApiError::Input(InputError::Invalid(fields)) => json!(fields),
            ApiError::MethodNotAllowed(_) => detail("Method not allowed."),
            ApiError::Conflict { detail: d, extra } => {
                let mut body = json!({ "detail": d });
                if let (Some(body), Some(extra)) = (body.as_object_mut(), extra.as_object()) {
                    body.extend(extra.clone());
                }
                body
            }
            ApiError::LengthRequired => detail("A request body needs a Content-Length header."),
            ApiError::PayloadTooLarge => detail("Request body is too large."),
            ApiError::UnsupportedMediaType => {
                detail("Unsupported media type: send Content-Type: application/json.")
            }
            ApiError::TooManyRequests(secs) => {
                detail(&format!("Too many attempts. Try again in {secs} seconds."))
            }
            ApiError::Unavailable(_) => {
                detail("The service is temporarily unavailable. Try again shortly.")
            }
            ApiError::Internal(_) => detail("Internal server error."),
        }
    }
}

impl Reply for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        match &self {
            ApiError::Internal(cause) => tracing::error!(%cause, "internal error"),
            ApiError::Unavailable(cause) => tracing::warn!(%cause, "database unavailable"),
            _ => {}
        }
        let mut response =
            warp::reply::with_status(warp::reply::json(&self.body()), status).into_response();
        let headers = response.headers_mut();
        match &self {
            ApiError::Unauthenticated(_) => {
                headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Token"));
            }
            ApiError::MethodNotAllowed(methods) => {
                let allow = methods
                    .iter()
                    .map(|m| m.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                if let Ok(value) = HeaderValue::from_str(&allow) {
                    headers.insert(header::ALLOW, value);
                }
            }
            ApiError::TooManyRequests(secs) => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from(*secs));
            }
            ApiError::Unavailable(_) => {
                headers.insert(
                    header::RETRY_AFTER,
                    HeaderValue::from(RETRY_UNAVAILABLE_SECS),
                );
            }
            _ => {}
        }
        response
    }
}

impl From<DbError> for ApiError {
    fn from(e: DbError) -> Self {
        match e {
            DbError::Unavailable(cause) => ApiError::Unavailable(cause),
            DbError::Internal(cause) => ApiError::Internal(cause),
        }
    }
}

impl From<deadpool_postgres::PoolError> for ApiError {
    fn from(e: deadpool_postgres::PoolError) -> Self {
        DbError::from(e).into()
    }
}

impl From<tokio_postgres::Error> for ApiError {
    fn from(e: tokio_postgres::Error) -> Self {
        DbError::from(e).into()
    }
}

impl From<AuthError> for ApiError {
    fn from(e: AuthError) -> Self {
        match e {
            AuthError::Unauthenticated(detail) => ApiError::Unauthenticated(detail),
            AuthError::Forbidden(detail) => ApiError::Forbidden(detail),
            AuthError::TooManyRequests(secs) => ApiError::TooManyRequests(secs),
            AuthError::Invalid(fields) => InputError::Invalid(fields).into(),
            AuthError::Busy(cause) => ApiError::Unavailable(cause),
            AuthError::Db(e) => e.into(),
            AuthError::Internal(cause) => ApiError::Internal(cause),
        }
    }
}

/// Turns a handler's result into a response: the one place errors are rendered.
pub fn respond<T: Reply>(result: ApiResult<T>) -> Response {
    match result {
        Ok(reply) => reply.into_response(),
        Err(error) => error.into_response(),
    }
}

/// Turns warp's routing rejections into the same JSON errors.
pub async fn handle_rejection(rejection: Rejection) -> Result<Response, Infallible> {
    Ok(rejection_to_error(&rejection).into_response())
}

fn rejection_to_error(rejection: &Rejection) -> ApiError {
    if rejection.is_not_found() {
        return ApiError::not_found();
    }
    if let Some(e) = rejection.find::<ApiError>() {
        return e.clone();
    }
    if let Some(e) = rejection.find::<warp::filters::body::BodyDeserializeError>() {
        return ApiError::bad_request(format!("JSON parse error: {e}"));
    }
    if rejection.find::<warp::reject::PayloadTooLarge>().is_some() {
        return ApiError::PayloadTooLarge;
    }
    if rejection.find::<warp::reject::LengthRequired>().is_some() {
        return ApiError::LengthRequired;
    }
    if rejection
        .find::<warp::reject::UnsupportedMediaType>()
        .is_some()
    {
        return ApiError::UnsupportedMediaType;
    }
    if rejection.find::<warp::reject::MethodNotAllowed>().is_some() {
        return ApiError::MethodNotAllowed(Vec::new());
    }
    if let Some(e) = rejection.find::<warp::reject::InvalidQuery>() {
        return ApiError::bad_request(e.to_string());
    }
    if let Some(e) = rejection.find::<warp::reject::InvalidHeader>() {
        return ApiError::bad_request(e.to_string());
    }
    if let Some(e) = rejection.find::<warp::reject::MissingHeader>() {
        return ApiError::bad_request(e.to_string());
    }
    ApiError::Internal(format!("unhandled rejection: {rejection:?}"))
}
