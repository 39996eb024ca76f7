//! The single-page app, compiled from `web/` and embedded with rust-embed:
//! hashed assets cached for good, `index.html` for every other GET so that
//! deep links load, precompressed variants when the browser takes them.

use rust_embed::RustEmbed;
use warp::filters::BoxedFilter;
use warp::http::{header, HeaderValue, Method, StatusCode};
use warp::path::FullPath;
use warp::reply::Response;
use warp::Filter;

use crate::compression::{self, Encoding};

#[derive(RustEmbed)]
#[folder = "web/dist"]
struct Assets;

/// GET or HEAD on any path that is not the API's.
pub fn routes() -> BoxedFilter<(Response,)> {
    warp::method()
        .and(warp::path::full())
        .and(warp::header::optional::<String>("accept-encoding"))
        .and(warp::header::optional::<String>("if-none-match"))
        .and_then(
            |method: Method,
             path: FullPath,
             accept: Option<String>,
             if_none_match: Option<String>| async move {
                if method != Method::GET && method != Method::HEAD {
                    return Err(warp::reject::custom(
                        crate::api::error::ApiError::MethodNotAllowed(vec![
                            Method::GET,
                            Method::HEAD,
                        ]),
                    ));
                }
                let accept = accept.and_then(|a| HeaderValue::from_str(&a).ok());
                Ok(serve(
                    path.as_str(),
                    compression::negotiate(accept.as_ref()),
                    if_none_match.as_deref(),
                ))
            },
        )
        .boxed()
}

/// Files under `assets/` carry a content hash in their names.
fn is_hashed_asset(path: &str) -> bool {
    path.starts_with("assets/")
}

fn serve(request_path: &str, encoding: Option<Encoding>, if_none_match: Option<&str>) -> Response {
    let path = request_path.trim_start_matches('/');
    let (path, file) = match Assets::get(path).filter(|_| !path.is_empty()) {
        Some(file) => (path, file),
        // A missing hashed asset is a real 404, or a stale page would get
        // index.html as its script.
        None if is_hashed_asset(path) || path.ends_with(".br") || path.ends_with(".gz") => {
            return not_found();
        }
        None => match Assets::get("index.html") {
            Some(file) => ("index.html", file),
            None => return not_found(),
        },
    };
    let etag = format!("\"{}\"", hex(&file.metadata.sha256_hash()[..16]));
    let cache = if is_hashed_asset(path) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let mut response =
        if if_none_match.is_some_and(|tags| tags.split(',').any(|t| t.trim() == etag)) {
            let mut r = Response::new(Default::default());
            *r.status_mut() = StatusCode::NOT_MODIFIED;
            r
        } else {
            let precompressed = encoding
                .and_then(|e| Assets::get(&format!("{path}{}", e.suffix())).map(|f| (e, f)));
            match precompressed {
                Some((encoding, compressed)) => {
                    let mut r = Response::new(compressed.data.into_owned().into());
                    r.headers_mut().insert(
                        header::CONTENT_ENCODING,
                        HeaderValue::from_static(encoding.token()),
                    );
                    r
                }
                None => Response::new(file.data.into_owned().into()),
            }
        };
    let headers = response.headers_mut();
    if let Ok(mime) = HeaderValue::from_str(file.metadata.mimetype()) {
        headers.insert(header::CONTENT_TYPE, mime);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if let Ok(etag) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, etag);
    }
    response
}

fn not_found() -> Response {
    let mut response = Response::new("Not found".into());
    *response.status_mut() = StatusCode::NOT_FOUND;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
