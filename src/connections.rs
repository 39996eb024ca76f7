//! Bounds on the HTTP connections one client, or all of them, can hold:
//! how many are open (in all and per peer address), and how long one may sit
//! idle between requests. (How long a client may take to send a request's
//! headers is hyper's `header_read_timeout`, set where connections are
//! served.) Without these, a few thousand idle sockets use up the process's
//! file descriptors and the health check stops answering.

use std::collections::HashMap;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The connection limits, from the configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConnectionLimits {
    /// `HTTP_HEADER_TIMEOUT`: the most time a client has to send a request's
    /// headers, counted from the connection's start or the previous answer.
    pub header_timeout: Duration,
    /// `HTTP_IDLE_TIMEOUT`: a connection with no request in flight and no
    /// bytes moving for this long is closed.
    pub idle_timeout: Duration,
    /// `MAX_CONNECTIONS`: open connections in all.
    pub max_connections: usize,
    /// `MAX_CONNECTIONS_PER_ADDRESS`: open connections from one peer
    /// address; `None` when off (behind a proxy every peer is the proxy).
    pub max_per_address: Option<usize>,
}

/// File descriptors kept back from connections: the pool, the listener,
/// log files, the embedded cluster's pipes.
const RESERVED_DESCRIPTORS: usize = 128;

impl ConnectionLimits {
    /// The limit on connections in all, lowered if need be so that the
    /// process never runs out of file descriptors (which would stop it from
    /// accepting anything, health checks included).
    pub fn effective_max_connections(&self) -> usize {
        match open_file_limit() {
            Some(files) => self
                .max_connections
                .min(files.saturating_sub(RESERVED_DESCRIPTORS).max(1)),
            None => self.max_connections,
        }
    }
}

/// Raises the soft open-file limit to the hard one (as Go's runtime does),
/// then returns it. Socket-heavy servers need more than the common 1,024.
#[cfg(unix)]
fn open_file_limit() -> Option<usize> {
    // SAFETY: getrlimit and setrlimit only read and write the struct given.
    unsafe {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 {
            return None;
        }
        if limit.rlim_cur < limit.rlim_max {
            let raised = libc::rlimit {
                rlim_cur: limit.rlim_max,
                rlim_max: limit.rlim_max,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                limit = raised;
            }
        }
        usize::try_from(limit.rlim_cur).ok()
    }
}

#[cfg(not(unix))]
fn open_file_limit() -> Option<usize> {
    None
}

/// Open connections per peer address (addresses with none are removed).
type OpenByAddress = Arc<Mutex<HashMap<IpAddr, usize>>>;

/// Admits or refuses new connections against the limits.
pub struct Gate {
    total: Arc<Semaphore>,
    max_per_address: Option<usize>,
    per_address: OpenByAddress,
}

/// Why a connection was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// `MAX_CONNECTIONS` are open.
    Full,
    /// `MAX_CONNECTIONS_PER_ADDRESS` are open from this address.
    AddressFull,
}

/// A connection's place under the limits; given back when dropped.
pub struct Admission {
    _permit: OwnedSemaphorePermit,
    address: Option<(IpAddr, OpenByAddress)>,
}

impl Gate {
    /// A gate for `limits`.
    pub fn new(limits: &ConnectionLimits) -> Gate {
        Gate {
            total: Arc::new(Semaphore::new(limits.effective_max_connections())),
            max_per_address: limits.max_per_address,
            per_address: Arc::default(),
        }
    }

    /// Admits a connection from `peer`, or says why not.
    pub fn admit(&self, peer: IpAddr) -> Result<Admission, Refusal> {
        let permit = self
            .total
            .clone()
            .try_acquire_owned()
            .map_err(|_| Refusal::Full)?;
        let Some(max) = self.max_per_address else {
            return Ok(Admission {
                _permit: permit,
                address: None,
            });
        };
        let mut counts = self.per_address.lock().unwrap_or_else(|p| p.into_inner());
        let open = counts.entry(peer).or_insert(0);
        if *open >= max {
            return Err(Refusal::AddressFull);
        }
        *open += 1;
        Ok(Admission {
            _permit: permit,
            address: Some((peer, self.per_address.clone())),
        })
    }
}

impl Drop for Admission {
    fn drop(&mut self) {
        if let Some((peer, counts)) = &self.address {
            let mut counts = counts.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(open) = counts.get_mut(peer) {
                *open -= 1;
                if *open == 0 {
                    counts.remove(peer);
                }
            }
        }
    }
}

/// The answer written to a refused connection before it is closed: plain
/// HTTP/1.1, since nothing of the request has been read.
pub fn refusal_response(refusal: Refusal) -> Vec<u8> {
    let detail = match refusal {
        Refusal::Full => "The server has too many open connections. Try again shortly.",
        Refusal::AddressFull => {
            "Too many open connections from your address. Close some and try again."
        }
    };
    let body = format!("{{\"detail\":\"{detail}\"}}");
    format!(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\nretry-after: 1\r\nconnection: close\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// When a connection last moved bytes, and how many requests it has in
/// flight: what the idle timeout looks at.
#[derive(Debug)]
pub struct Activity {
    started: Instant,
    last_ms: AtomicU64,
    in_flight: AtomicUsize,
}

impl Activity {
    /// A connection that has just opened.
    pub fn new() -> Arc<Activity> {
        Arc::new(Activity {
            started: Instant::now(),
            last_ms: AtomicU64::new(0),
            in_flight: AtomicUsize::new(0),
        })
    }

    fn touch(&self) {
        let now = u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.last_ms.store(now, Ordering::Relaxed);
    }

    fn idle_for(&self) -> Duration {
        let last = Duration::from_millis(self.last_ms.load(Ordering::Relaxed));
        self.started.elapsed().saturating_sub(last)
    }

    /// Marks a request in flight until the guard is dropped: a connection
    /// waiting on a slow handler is busy, not idle.
    pub fn begin_request(self: &Arc<Self>) -> RequestInFlight {
        self.in_flight.fetch_add(1, Ordering::Relaxed);
        self.touch();
        RequestInFlight(self.clone())
    }

    /// Resolves once the connection has had no request in flight and moved
    /// no bytes for `timeout`.
    pub async fn idle(&self, timeout: Duration) {
        loop {
            let idle_for = self.idle_for();
            if self.in_flight.load(Ordering::Relaxed) == 0 && idle_for >= timeout {
                return;
            }
            let wait = timeout
                .saturating_sub(idle_for)
                .max(Duration::from_millis(50));
            tokio::time::sleep(wait).await;
        }
    }
}

/// A request in flight on a connection (see [`Activity::begin_request`]).
pub struct RequestInFlight(Arc<Activity>);

impl Drop for RequestInFlight {
    fn drop(&mut self) {
        self.0.touch();
        self.0.in_flight.fetch_sub(1, Ordering::Relaxed);
    }
}

/// A socket that records its reads and writes in an [`Activity`].
pub struct TrackedStream {
    inner: TcpStream,
    activity: Arc<Activity>,
}

impl TrackedStream {
    /// Wraps `inner`.
    pub fn new(inner: TcpStream, activity: Arc<Activity>) -> TrackedStream {
        TrackedStream { inner, activity }
    }
}

impl AsyncRead for TrackedStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.inner).poll_read(cx, buf);
        if matches!(polled, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            self.activity.touch();
        }
        polled
    }
}

impl AsyncWrite for TrackedStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write(cx, data);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        polled
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        polled
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(total: usize, per_address: Option<usize>) -> ConnectionLimits {
        ConnectionLimits {
            header_timeout: Duration::from_secs(1),
            idle_timeout: Duration::from_secs(1),
            max_connections: total,
            max_per_address: per_address,
        }
    }

    #[test]
    fn the_gate_refuses_past_the_per_address_limit_and_frees_the_place_on_drop() {
        let gate = Gate::new(&limits(10, Some(2)));
        let a: IpAddr = "127.0.0.1".parse().unwrap();
        let b: IpAddr = "127.0.0.2".parse().unwrap();
        let first = gate.admit(a).unwrap();
        let _second = gate.admit(a).unwrap();
        assert_eq!(gate.admit(a).err(), Some(Refusal::AddressFull));
        assert!(gate.admit(b).is_ok(), "another address is not affected");
        drop(first);
        assert!(gate.admit(a).is_ok());
    }

    #[test]
    fn the_gate_refuses_past_the_total_limit() {
        let gate = Gate::new(&limits(2, None));
        let a: IpAddr = "127.0.0.1".parse().unwrap();
        let _one = gate.admit(a).unwrap();
        let two = gate.admit(a).unwrap();
        assert_eq!(gate.admit(a).err(), Some(Refusal::Full));
        drop(two);
        assert!(gate.admit(a).is_ok());
    }

    #[test]
    fn a_refusal_is_a_complete_http_response() {
        let text = String::from_utf8(refusal_response(Refusal::Full)).unwrap();
        let (head, body) = text.split_once("\r\n\r\n").unwrap();
        assert!(head.starts_with("HTTP/1.1 503 "));
        assert!(head.contains(&format!("content-length: {}", body.len())));
        let json: serde_json::Value = serde_json::from_str(body).unwrap();
        assert!(json["detail"].as_str().unwrap().contains("too many"));
    }
}

/// The peer's address as seen by this process (before any proxy header).
#[derive(Debug, Clone, Copy)]
pub struct PeerAddr(pub SocketAddr);
