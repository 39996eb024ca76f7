//! Prometheus metrics: requests by route and status, a latency histogram,
//! and the pool's size and queue, counted here and rendered in the text
//! format (`GET /metrics` is served by `api::metrics`).

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Duration;

use crate::db::Pool;
use crate::email::Outbox;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0,
];

#[derive(Default)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    sum: f64,
    count: u64,
}

/// Counters shared by every connection (one lock, held for a few adds).
#[derive(Default)]
pub struct Metrics {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    requests: BTreeMap<(String, String, u16), u64>,
    latency: BTreeMap<String, Histogram>,
}

impl Metrics {
    /// Records one answered request.
    pub fn observe(&self, method: &str, path: &str, status: u16, elapsed: Duration) {
        let route = route_label(path, status);
        let seconds = elapsed.as_secs_f64();
        let mut inner = self
            .inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *inner
            .requests
            .entry((route.clone(), method.to_owned(), status))
            .or_default() += 1;
        let histogram = inner.latency.entry(route).or_default();
        for (i, bound) in BUCKETS.iter().enumerate() {
            if seconds <= *bound {
                histogram.counts[i] += 1;
            }
        }
        histogram.sum += seconds;
        histogram.count += 1;
    }

    /// The Prometheus text exposition of everything recorded, plus the pool.
    pub fn render(&self, pool: &Pool, outbox: &Outbox) -> String {
        let mut out = String::new();
        let inner = self
            .inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        out.push_str("# HELP mothra_http_requests_total HTTP requests answered, by route, method and status.\n");
        out.push_str("# TYPE mothra_http_requests_total counter\n");
        for ((route, method, status), n) in &inner.requests {
            let _ = writeln!(
                out,
                "mothra_http_requests_total{{route=\"{route}\",method=\"{method}\",status=\"{status}\"}} {n}"
            );
        }
        out.push_str("# HELP mothra_http_request_duration_seconds Time from request to response head, by route.\n");
        out.push_str("# TYPE mothra_http_request_duration_seconds histogram\n");
        for (route, h) in &inner.latency {
            for (bound, n) in BUCKETS.iter().zip(h.counts) {
                let _ = writeln!(
                    out,
                    "mothra_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {n}"
                );
            }
            let _ = writeln!(
                out,
                "mothra_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}",
                h.count
            );
            let _ = writeln!(
                out,
                "mothra_http_request_duration_seconds_sum{{route=\"{route}\"}} {}",
                h.sum
            );
            let _ = writeln!(
                out,
                "mothra_http_request_duration_seconds_count{{route=\"{route}\"}} {}",
                h.count
            );
        }
        drop(inner);
        let status = pool.status();
        let _ = writeln!(
            out,
            "# HELP mothra_emails_total Mail handed to the mail server, by outcome.\n# TYPE mothra_emails_total counter\n\
             mothra_emails_total{{outcome=\"sent\"}} {}\nmothra_emails_total{{outcome=\"failed\"}} {}",
            outbox.sent(),
            outbox.failed()
        );
        for (name, help, value) in [
            (
                "mothra_db_pool_max",
                "Most connections the pool may open.",
                status.max_size,
            ),
            ("mothra_db_pool_size", "Connections open now.", status.size),
            (
                "mothra_db_pool_available",
                "Open connections idle now.",
                status.available,
            ),
            (
                "mothra_db_pool_waiting",
                "Requests waiting for a connection.",
                status.waiting,
            ),
            (
                "mothra_emails_pending",
                "Mail decided on and not yet sent or failed.",
                outbox.pending() as usize,
            ),
        ] {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}"
            );
        }
        out
    }
}

/// A route label with bounded cardinality: ids become `{id}`, unknown
/// paths one label, the web app's pages another.
pub fn route_label(path: &str, status: u16) -> String {
    if status == 404 {
        return "unmatched".into();
    }
    if matches!(path, "/healthz" | "/readyz" | "/metrics") {
        return path.into();
    }
    if !(path == "/api" || path.starts_with("/api/")) {
        return "web".into();
    }
    let segments: Vec<&str> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| {
            if s.bytes().all(|b| b.is_ascii_digit()) {
                "{id}"
            } else if s.len() <= 32
                && s.bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'_' || b == b'-')
            {
                s
            } else {
                "{key}"
            }
        })
        .collect();
    format!("/{}/", segments.join("/"))
}
