//! What the server knows about the client beyond its credentials: its
//! address (for throttling), how it reached us (HTTPS for `Secure` cookies
//! and HSTS, the host for absolute URLs in API answers). Proxy headers are
//! believed only with `TRUST_PROXY=1`. Links in mail never come from here:
//! they use `PUBLIC_URL` ([`Config::site_origin`]), not the Host header.

use std::net::IpAddr;

use warp::http::HeaderMap;
use warp::Filter;

use crate::config::Config;
use crate::connections::PeerAddr;

/// The request's client, as far as the configuration lets us tell.
#[derive(Debug, Clone)]
pub struct Client {
    /// The client's address: the right-most `X-Forwarded-For` entry behind
    /// a trusted proxy, else the peer's address.
    pub address: String,
    /// Whether the client reached the site over HTTPS.
    pub https: bool,
    /// The request's headers (Host, Origin, Referer for the CSRF checks).
    pub headers: HeaderMap,
}

impl Client {
    /// Reads the client from a request's headers and peer address.
    pub fn from_parts(config: &Config, headers: HeaderMap, peer: Option<PeerAddr>) -> Self {
        // One trusted hop: the proxy appends the address it saw to whatever
        // the client sent, so only the right-most entry is the proxy's word;
        // the ones before it are the client's to choose.
        let forwarded_for = || {
            headers
                .get_all("x-forwarded-for")
                .iter()
                .next_back()
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.rsplit(',').next())
                .and_then(|v| v.trim().parse::<IpAddr>().ok())
                .map(|ip| ip.to_string())
        };
        let address = config
            .trust_proxy
            .then(forwarded_for)
            .flatten()
            .or_else(|| peer.map(|p| p.0.ip().to_string()))
            .unwrap_or_else(|| "unknown".into());
        let https = request_origin(config.trust_proxy, &headers).https;
        Client {
            address,
            https,
            headers,
        }
    }

    /// Whether cookies get `Secure`: always outside development when the
    /// site is declared HTTPS (`PUBLIC_URL`) or the request came over HTTPS;
    /// never over plain HTTP, where the browser would drop them.
    pub fn secure_cookies(&self, config: &Config) -> bool {
        let declared_https = config
            .public_url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://"));
        !config.debug && (declared_https || self.https)
    }
}

/// How a request reached the site: its scheme and host.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestOrigin<'a> {
    /// Over HTTPS.
    pub https: bool,
    /// The `Host` header, when it is a plain host name or address (with
    /// an optional port); `None` when missing or anything else.
    pub host: Option<&'a str>,
}

impl RequestOrigin<'_> {
    /// `http` or `https`.
    pub fn scheme(&self) -> &'static str {
        if self.https {
            "https"
        } else {
            "http"
        }
    }
}

/// How the request reached the site, by one rule everywhere (security
/// headers, cookies, absolute URLs): a proxy's headers count only when
/// configured (`trust_proxy`, `TRUST_PROXY=1`), since this server itself
/// speaks plain HTTP, only a trusted proxy can say the client used HTTPS
/// (`X-Forwarded-Proto`, its first entry); the host is the request's own
/// `Host` (never `X-Forwarded-Host`).
pub fn request_origin(trust_proxy: bool, headers: &HeaderMap) -> RequestOrigin<'_> {
    let https = trust_proxy
        && headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("https"));
    let host = headers
        .get(warp::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            !h.is_empty()
                && h.len() <= 255
                && h.bytes().all(|b| {
                    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']')
                })
        });
    RequestOrigin { https, host }
}

/// Extracts the [`Client`] of a request.
pub fn client(
    config: std::sync::Arc<Config>,
) -> impl Filter<Extract = (Client,), Error = std::convert::Infallible> + Clone {
    warp::header::headers_cloned()
        .and(warp::ext::optional::<PeerAddr>())
        .map(move |headers: HeaderMap, peer: Option<PeerAddr>| {
            Client::from_parts(&config, headers, peer)
        })
}
