//! The HTTP server: accepts connections, wraps every request in a request
//! id, a tracing span and an access-log line, compresses JSON for clients
//! that accept it, and shuts down gracefully within a bounded time.

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tower_service::Service;
use tracing::Instrument;
use warp::filters::BoxedFilter;
use warp::http::{header, HeaderValue, Request, Response};
use warp::reply::Response as WarpResponse;

use crate::api::body::MAX_BODY_BYTES;
use crate::compression::{self, Encoding};
use crate::connections::{self, Activity, ConnectionLimits, Gate, PeerAddr, TrackedStream};
use crate::metrics::Metrics;

/// The id of one request, in `X-Request-Id` and in every log line about it.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

/// The Content-Security-Policy of every response: only our own scripts
/// (the Svelte build has no inline script), inline styles (Svelte's
/// transitions), GitHub avatars, no framing.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; img-src 'self' data: https://github.com https://avatars.githubusercontent.com; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

/// HSTS for responses served over HTTPS: a year.
const STRICT_TRANSPORT_SECURITY: &str = "max-age=31536000";

/// What the per-request middleware needs besides the routes.
#[derive(Clone)]
pub struct Middleware {
    /// TRUST_PROXY=1: `X-Forwarded-Proto: https` turns on HSTS.
    pub trust_proxy: bool,
    /// Where every answered request is counted.
    pub metrics: Arc<Metrics>,
    /// How many connections, and for how long.
    pub limits: ConnectionLimits,
}

/// Serves `routes` on `listener` until `shutdown` resolves, then lets
/// in-flight requests finish for at most `grace` before closing.
pub async fn serve(
    listener: TcpListener,
    routes: BoxedFilter<(WarpResponse,)>,
    middleware: Middleware,
    shutdown: impl Future<Output = ()>,
    grace: Duration,
) {
    let graceful = GracefulShutdown::new();
    let gate = Gate::new(&middleware.limits);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(e) => {
                    // Usually a full file table: back off instead of spinning.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let admission = match gate.admit(peer.ip()) {
            Ok(admission) => admission,
            Err(refusal) => {
                // One non-blocking write of a short 503 (it fits the socket's
                // buffer), then close: a refusal costs no task and no wait.
                let _ = stream.try_write(&connections::refusal_response(refusal));
                tracing::warn!(%peer, ?refusal, "connection refused: over the limit");
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let service = warp::service(routes.clone());
        let watcher = graceful.watcher();
        let middleware = middleware.clone();
        let limits = middleware.limits;
        let activity = Activity::new();
        tokio::spawn(async move {
            let _admission = admission;
            let in_flight = activity.clone();
            let handler = hyper::service::service_fn(move |request: Request<Incoming>| {
                let mut service = service.clone();
                let middleware = middleware.clone();
                let busy = in_flight.begin_request();
                async move {
                    let response = handle(request, peer, &middleware, |r| service.call(r)).await;
                    drop(busy);
                    Ok::<_, Infallible>(response)
                }
            });
            let mut builder = auto::Builder::new(TokioExecutor::new());
            builder
                .http1()
                .timer(TokioTimer::new())
                .header_read_timeout(limits.header_timeout);
            let io = TokioIo::new(TrackedStream::new(stream, activity.clone()));
            let connection = builder.serve_connection_with_upgrades(io, handler);
            tokio::select! {
                served = watcher.watch(connection.into_owned()) => {
                    if let Err(e) = served {
                        tracing::debug!(error = %e, "connection ended with an error");
                    }
                }
                () = activity.idle(limits.idle_timeout) => {
                    tracing::debug!(%peer, "closing an idle connection");
                }
            }
        });
    }
    drop(listener); // new connections are refused from here on
    tracing::info!("shutting down: finishing requests in flight");
    tokio::select! {
        () = graceful.shutdown() => tracing::info!("all connections closed"),
        () = tokio::time::sleep(grace) => tracing::warn!(?grace, "grace period over; closing the remaining connections"),
    }
}

/// One request through the middleware: id, span, size limit, compression,
/// security headers, log.
async fn handle<F, Fut>(
    mut request: Request<Incoming>,
    peer: SocketAddr,
    middleware: &Middleware,
    call: F,
) -> WarpResponse
where
    F: FnOnce(Request<Incoming>) -> Fut,
    Fut: Future<Output = Result<WarpResponse, Infallible>>,
{
    let started = Instant::now();
    let id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| is_sane_request_id(v))
        .map(str::to_owned)
        .unwrap_or_else(|| uuid::Uuid::new_v4().simple().to_string());
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let span = tracing::info_span!("request", id = %id, %method, %path);
    let encoding = compression::negotiate(request.headers().get(header::ACCEPT_ENCODING));
    let https =
        crate::auth::client::request_origin(middleware.trust_proxy, request.headers()).https;
    request.extensions_mut().insert(RequestId(id.clone()));
    request.extensions_mut().insert(PeerAddr(peer));

    let too_large = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
        .is_some_and(|n| n > MAX_BODY_BYTES);
    let response = if too_large {
        warp::Reply::into_response(crate::api::error::ApiError::PayloadTooLarge)
    } else {
        // Bounded: a request stuck on the database ends in a 503, and one
        // dropped mid-query (its client hung up) has that query cancelled.
        match crate::db::pool::bounded(call(request))
            .instrument(span.clone())
            .await
        {
            Ok(Ok(response)) => response,
            Ok(Err(never)) => match never {},
            Err(crate::db::pool::Expired) => {
                warp::Reply::into_response(crate::api::error::ApiError::Unavailable(
                    "the database did not answer within the statement timeout".into(),
                ))
            }
        }
    };
    let mut response = compress_json(response, encoding)
        .instrument(span.clone())
        .await;
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", value);
    }
    add_security_headers(response.headers_mut(), https);
    let elapsed = started.elapsed();
    middleware
        .metrics
        .observe(method.as_str(), &path, response.status().as_u16(), elapsed);
    span.in_scope(|| {
        tracing::info!(
            status = response.status().as_u16(),
            ms = elapsed.as_secs_f64() * 1000.0,
            "served"
        )
    });
    response
}

/// The headers every response carries, set here once for every route.
fn add_security_headers(headers: &mut warp::http::HeaderMap, https: bool) {
    let mut set = |name: &'static str, value: &'static str| {
        headers.insert(name, HeaderValue::from_static(value));
    };
    set("content-security-policy", CONTENT_SECURITY_POLICY);
    set("x-content-type-options", "nosniff");
    set("referrer-policy", "same-origin");
    set("x-frame-options", "DENY");
    if https {
        set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
    }
}

/// A client's own request id is kept if it is short and plain.
fn is_sane_request_id(value: &str) -> bool {
    (1..=64).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// JSON bodies of a useful size are compressed here, once for every route;
/// static files come precompressed and streams are left alone.
async fn compress_json(response: WarpResponse, encoding: Option<Encoding>) -> WarpResponse {
    let Some(encoding) = encoding else {
        return response;
    };
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !is_json || response.headers().contains_key(header::CONTENT_ENCODING) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes: Bytes = match body.collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(e) => {
            tracing::warn!(error = %e, "response body failed");
            return Response::from_parts(parts, warp::hyper::body::Bytes::new().into());
        }
    };
    parts
        .headers
        .append(header::VARY, HeaderValue::from_static("accept-encoding"));
    if bytes.len() < compression::MIN_BYTES {
        return Response::from_parts(parts, bytes.into());
    }
    let compressed = compression::compress(&bytes, encoding);
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_ENCODING,
        HeaderValue::from_static(encoding.token()),
    );
    Response::from_parts(parts, compressed.into())
}
