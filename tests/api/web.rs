//! The embedded web app and the HTTP skeleton around every route.

use crate::helpers::spawn_app;

/// The hashed JavaScript entry that index.html loads.
async fn script_path(app: &crate::helpers::TestApp) -> String {
    let html = app.get("/").await.text().await.unwrap();
    let start = html
        .find("/assets/")
        .expect("index.html loads a hashed asset");
    let end = start + html[start..].find('"').unwrap();
    let path = html[start..end].to_string();
    assert!(path.ends_with(".js"), "{path}");
    path
}

#[tokio::test]
async fn the_index_page_is_html_that_browsers_revalidate() {
    let app = spawn_app().await;
    let response = app.get("/").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "text/html");
    assert_eq!(response.headers()["cache-control"], "no-cache");
    assert!(response.headers().contains_key("etag"));
    assert!(response.text().await.unwrap().contains("<div id=\"app\""));
}

#[tokio::test]
async fn a_deep_link_loads_the_app() {
    let app = spawn_app().await;
    let response = app.get("/products/42?search=clever").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "text/html");
    assert!(response.text().await.unwrap().contains("<div id=\"app\""));
}

#[tokio::test]
async fn hashed_assets_are_cached_for_good_with_their_type() {
    let app = spawn_app().await;
    let path = script_path(&app).await;
    let response = app.get(&path).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "text/javascript");
    assert_eq!(
        response.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert!(!response.headers().contains_key("content-encoding"));
}

#[tokio::test]
async fn assets_are_sent_precompressed_to_browsers_that_accept_it() {
    let app = spawn_app().await;
    let path = script_path(&app).await;
    let plain = app.get(&path).await.bytes().await.unwrap();
    // reqwest decompresses transparently when it asked; ask by hand instead.
    let raw = reqwest::Client::builder()
        .no_brotli()
        .no_gzip()
        .build()
        .unwrap();
    for (accept, encoding) in [
        ("gzip, deflate, br", "br"),
        ("gzip", "gzip"),
        ("br;q=0, gzip", "gzip"),
    ] {
        let response = raw
            .get(app.url(&path))
            .header("accept-encoding", accept)
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.headers()["content-encoding"],
            encoding,
            "for {accept}"
        );
        assert_eq!(response.headers()["vary"], "accept-encoding");
        let body = response.bytes().await.unwrap();
        assert!(body.len() < plain.len(), "compressed is smaller");
        let decoded = match encoding {
            "br" => {
                let mut out = Vec::new();
                brotli::BrotliDecompress(&mut &body[..], &mut out).unwrap();
                out
            }
            _ => {
                use std::io::Read;
                let mut out = Vec::new();
                flate2::read::GzDecoder::new(&body[..])
                    .read_to_end(&mut out)
                    .unwrap();
                out
            }
        };
        assert_eq!(decoded, plain, "the precompressed copy is the same file");
    }
}

#[tokio::test]
async fn an_unchanged_file_answers_304_to_its_etag() {
    let app = spawn_app().await;
    let etag = app.get("/").await.headers()["etag"]
        .to_str()
        .unwrap()
        .to_string();
    let response = app
        .http
        .get(app.url("/"))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 304);
}

#[tokio::test]
async fn a_missing_hashed_asset_is_a_404_not_the_app() {
    let app = spawn_app().await;
    let response = app.get("/assets/index-missing.js").await;
    assert_eq!(response.status(), 404);
}

#[tokio::test]
async fn an_unknown_api_route_is_a_json_404() {
    let app = spawn_app().await;
    // `/api` itself is the index of collections (api.md), not a miss.
    for path in ["/api/nothing-here/", "/api/products/1/nope", "/api/nothing"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 404, "{path}");
        assert_eq!(response.headers()["content-type"], "application/json");
        assert_eq!(
            response.json::<serde_json::Value>().await.unwrap(),
            serde_json::json!({"detail": "Not found."})
        );
    }
}

#[tokio::test]
async fn a_post_to_a_page_is_405_with_allow() {
    let app = spawn_app().await;
    let response = app.http.post(app.url("/products/")).send().await.unwrap();
    assert_eq!(response.status(), 405);
    assert_eq!(response.headers()["allow"], "GET, HEAD");
    assert_eq!(
        response.json::<serde_json::Value>().await.unwrap()["detail"],
        "Method not allowed."
    );
}

#[tokio::test]
async fn every_response_carries_a_request_id_and_keeps_a_sane_incoming_one() {
    let app = spawn_app().await;
    let response = app.get("/healthz").await;
    let id = response.headers()["x-request-id"].to_str().unwrap();
    assert_eq!(id.len(), 32, "a fresh uuid: {id}");
    let kept = app
        .http
        .get(app.url("/healthz"))
        .header("x-request-id", "trace-123")
        .send()
        .await
        .unwrap();
    assert_eq!(kept.headers()["x-request-id"], "trace-123");
    let replaced = app
        .http
        .get(app.url("/healthz"))
        .header("x-request-id", "bad id with spaces")
        .send()
        .await
        .unwrap();
    assert_ne!(replaced.headers()["x-request-id"], "bad id with spaces");
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused_with_413() {
    let app = spawn_app().await;
    let body = vec![b'x'; (mothra::api::body::MAX_BODY_BYTES + 1) as usize];
    let response = app
        .http
        .post(app.url("/api/anything/"))
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 413);
    assert_eq!(
        response.json::<serde_json::Value>().await.unwrap()["detail"],
        "Request body is too large."
    );
}
