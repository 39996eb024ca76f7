//! `GET /metrics`: off without METRICS_TOKEN, then only with that token.

use mothra::metrics::route_label;

use crate::helpers::{migrated_database, spawn_app, spawn_app_on, test_config};

const TOKEN: &str = "metrics-token-0123456789";

#[tokio::test]
async fn metrics_are_off_unless_a_token_is_configured() {
    let app = spawn_app().await;
    let response = app.get("/metrics").await;
    assert_eq!(response.status(), 404);
    assert_eq!(
        response.json::<serde_json::Value>().await.unwrap()["detail"],
        "Not found."
    );
}

#[tokio::test]
async fn metrics_need_the_token_and_count_requests_by_route_and_status() {
    let app = spawn_app_on(
        migrated_database().await,
        test_config(&[("METRICS_TOKEN", TOKEN)]),
    )
    .await;
    for _ in 0..3 {
        assert_eq!(app.get("/healthz").await.status(), 200);
    }
    app.get("/api/products/12345/").await;
    app.get("/api/products/67890/").await;

    let anonymous = app.get("/metrics").await;
    assert_eq!(anonymous.status(), 401);
    let wrong = app
        .http
        .get(app.url("/metrics"))
        .header("authorization", "Bearer not-the-token-at-all")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);

    let response = app
        .http
        .get(app.url("/metrics"))
        .header("authorization", format!("Bearer {TOKEN}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/plain; version=0.0.4; charset=utf-8"
    );
    let text = response.text().await.unwrap();
    assert!(
        text.contains(
            "mothra_http_requests_total{route=\"/healthz\",method=\"GET\",status=\"200\"} 3"
        ),
        "{text}"
    );
    // Both product requests (401: no credentials) share one label.
    assert!(
        text.contains("mothra_http_requests_total{route=\"/api/products/{id}/\",method=\"GET\",status=\"401\"} 2"),
        "{text}"
    );
    assert!(
        text.contains(
            "mothra_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"+Inf\"} 3"
        ),
        "{text}"
    );
    assert!(text.contains("mothra_db_pool_max 16"), "{text}");
    assert!(
        text.contains("mothra_emails_total{outcome=\"sent\"} 0"),
        "{text}"
    );
    assert!(text.contains("mothra_emails_pending 0"), "{text}");
    assert!(
        text.contains("# TYPE mothra_db_pool_waiting gauge"),
        "{text}"
    );
}

#[test]
fn route_labels_stay_few_whatever_the_paths() {
    assert_eq!(route_label("/api/usages/42/", 200), "/api/usages/{id}/");
    assert_eq!(
        route_label("/api/products/7/stats/", 200),
        "/api/products/{id}/stats/"
    );
    assert_eq!(
        route_label("/api/auth/reset/Zm9vYmFyYmF6", 400),
        "/api/auth/reset/{key}/"
    );
    assert_eq!(route_label("/products/42", 200), "web");
    assert_eq!(route_label("/api/anything-at-all", 404), "unmatched");
    assert_eq!(route_label("/readyz", 503), "/readyz");
}

#[test]
fn a_short_metrics_token_is_refused() {
    let vars: std::collections::HashMap<String, String> = [
        ("SECRET_KEY", "0123456789abcdef0123456789abcdef"),
        ("PUBLIC_URL", "http://mothra.test"),
        ("METRICS_TOKEN", "short"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let error = mothra::config::Config::from_map(&vars)
        .unwrap_err()
        .to_string();
    assert_eq!(
        error,
        "METRICS_TOKEN must be at least 16 characters without spaces; make one with: openssl rand -hex 16"
    );
}
