//! Hostile and clumsy input: injection through every filter, ordering and
//! search parameter, bodies of the wrong shape, size or type, unicode and
//! NUL bytes, ids out of range. Never a 500, never a changed database.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::collections_support::*;

const NASTY: [&str; 6] = [
    "1; drop table products; --",
    "' or '1'='1",
    "1) or (1=1",
    "\") or 1=1 --",
    "name; select pg_sleep(5)",
    "%27%3B%20drop%20table%20users%3B",
];

fn enc(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[tokio::test]
async fn injection_through_filters_ordering_and_search_is_refused_or_literal() {
    let w = world().await;
    let d = domain(&w.app, "D").await;
    product(&w.app, "Safe", d, None).await;
    for nasty in NASTY {
        let v = enc(nasty);
        for param in [
            "domain",
            "domain__in",
            "name",
            "name__icontains",
            "name__istartswith",
            "created_at__gte",
            "usages__rating__gt",
            "subject__isnull",
        ] {
            let r = get(&w.app, &w.ann, &format!("/api/products/?{param}={v}")).await;
            assert!(
                r.status == StatusCode::BAD_REQUEST
                    || (r.status == StatusCode::OK && r.body["count"] == 0),
                "{param}={nasty}: {} {}",
                r.status,
                r.text
            );
        }
        let r = get(&w.app, &w.ann, &format!("/api/products/?ordering={v}")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "ordering={nasty}");
        let r = get(&w.app, &w.ann, &format!("/api/products/?search={v}")).await;
        assert_eq!(r.status, StatusCode::OK, "search={nasty}");
        assert_eq!(r.body["count"], 0);
        let r = get(&w.app, &w.ann, &format!("/api/products/?{v}=1")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "key {nasty}");
    }
    let r = get(&w.app, &w.ann, "/api/products/").await;
    assert_eq!(r.body["count"], 1);
    let r = get(&w.app, &w.ann, "/api/users/").await;
    assert_eq!(r.body["count"], 3);
}

#[tokio::test]
async fn nul_bytes_are_refused_in_parameters_and_bodies() {
    let w = world().await;
    let r = get(&w.app, &w.ann, "/api/products/?search=a%00b").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body["detail"]
        .as_str()
        .unwrap()
        .contains("null character"));
    let r = get(&w.app, &w.ann, "/api/products/?name=a%00b").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = post(
        &w.app,
        &w.staff,
        "/api/domains/",
        json!({"name": "a\u{0000}b"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body,
        json!({"name": ["Null characters are not allowed."]})
    );
}

#[tokio::test]
async fn unicode_names_are_kept_and_counted_in_characters() {
    let w = world().await;
    let name = "数学📐é".repeat(5); // 20 characters, many more bytes
    let r = post(&w.app, &w.staff, "/api/subjects/", json!({"name": name})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    assert_eq!(r.body["name"], name);
    let r = post(
        &w.app,
        &w.staff,
        "/api/subjects/",
        json!({"name": "📐".repeat(26)}),
    )
    .await;
    assert_eq!(
        r.body,
        json!({"name": ["Ensure this field has no more than 25 characters."]})
    );
    let r = get(
        &w.app,
        &w.ann,
        &format!("/api/subjects/?search={}", enc("📐É")),
    )
    .await;
    assert_eq!(r.body["count"], 1);
}

#[tokio::test]
async fn bodies_that_are_not_json_objects_are_400s_that_say_why() {
    let w = world().await;
    let send = |body: &'static str| {
        let app = &w.app;
        let auth = w.staff.authorization();
        async move {
            finish(
                app.http
                    .post(app.url("/api/domains/"))
                    .header("authorization", auth)
                    .header("content-type", "application/json")
                    .body(body),
            )
            .await
        }
    };
    let r = send("{\"name\": ").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let detail = r.body["detail"].as_str().unwrap();
    assert!(detail.starts_with("JSON parse error: "), "{detail}");
    assert!(detail.contains("line 1 column"), "{detail}");
    let r = send("[{\"name\": \"x\"}]").await;
    assert_eq!(
        r.body,
        json!({"non_field_errors": ["Invalid data. Expected a dictionary, but got list."]})
    );
    let r = send("\"x\"").await;
    assert_eq!(
        r.body,
        json!({"non_field_errors": ["Invalid data. Expected a dictionary, but got str."]})
    );
    let r = send("").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn deeply_nested_or_huge_bodies_are_refused_cleanly() {
    let w = world().await;
    let nested = format!(
        "{{\"name\": {}1{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let r = finish(
        w.app
            .http
            .post(w.app.url("/api/domains/"))
            .header("authorization", w.staff.authorization())
            .header("content-type", "application/json")
            .body(nested),
    )
    .await;
    assert!(
        r.status == StatusCode::BAD_REQUEST || r.status == StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        r.status
    );
    assert!(r.body["detail"].is_string());
    let nested = format!("{{\"name\": {}1{}}}", "[".repeat(1000), "]".repeat(1000));
    let r = finish(
        w.app
            .http
            .post(w.app.url("/api/domains/"))
            .header("authorization", w.staff.authorization())
            .header("content-type", "application/json")
            .body(nested),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body["detail"]
            .as_str()
            .unwrap()
            .contains("recursion limit"),
        "{}",
        r.text
    );
    let huge = json!({"name": "x".repeat(2 * 1024 * 1024)});
    let r = post(&w.app, &w.staff, "/api/domains/", huge).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(r.body["detail"], "Request body is too large.");
}

#[tokio::test]
async fn a_body_that_is_not_json_is_415() {
    let w = world().await;
    let r = finish(
        w.app
            .http
            .post(w.app.url("/api/domains/"))
            .header("authorization", w.staff.authorization())
            .header("content-type", "text/plain")
            .body("name=x"),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(r.body["detail"].is_string());
    let r = finish(
        w.app
            .http
            .post(w.app.url("/api/domains/"))
            .header("authorization", w.staff.authorization())
            .form(&[("name", "x")]),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
}

#[tokio::test]
async fn wrong_types_for_every_kind_of_field_are_field_errors() {
    let w = world().await;
    let ot: i64 = w
        .app
        .db
        .client
        .query_one("select min(id) from org_types", &[])
        .await
        .unwrap()
        .get(0);
    let r = post(
        &w.app,
        &w.ann,
        "/api/organizations/",
        json!({"name": {"a": 1}, "size": [1], "org_type": true, "grades": [{"id": 1}], "locations": [-4]}),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body,
        json!({
            "name": ["Not a valid string."],
            "size": ["A valid integer is required."],
            "org_type": ["Incorrect type. Expected pk value, received bool."],
            "grades": ["Incorrect type. Expected pk value, received dict."],
            "locations": ["Invalid pk \"-4\" - object does not exist."]
        })
    );
    let r = post(
        &w.app,
        &w.ann,
        "/api/organizations/",
        json!({"name": "N", "org_type": ot, "size": 9_999_999_999_999_999_999u64}),
    )
    .await;
    assert_eq!(r.body, json!({"size": ["A valid integer is required."]}));
    let r = post(
        &w.app,
        &w.ann,
        "/api/organizations/",
        json!({"name": "N", "org_type": 99_999_999_999_999_999i64}),
    )
    .await;
    assert_eq!(
        r.body,
        json!({"org_type": ["Invalid pk \"99999999999999999\" - object does not exist."]})
    );
}

#[tokio::test]
async fn ids_out_of_range_are_404s_for_every_method() {
    let w = world().await;
    for id in [
        "0",
        "-1",
        "18446744073709551616",
        "9223372036854775808",
        "1e3",
        "%F0%9F%98%80",
    ] {
        let path = format!("/api/domains/{id}/");
        let r = get(&w.app, &w.staff, &path).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "GET {id}");
        let r = patch(&w.app, &w.staff, &path, json!({"name": "x"})).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "PATCH {id}");
        assert_eq!(r.body, json!({"detail": "Not found."}));
        let r = delete(&w.app, &w.staff, &path).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "DELETE {id}");
    }
    let r = get(&w.app, &w.staff, "/api/domains/9223372036854775807/").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn repeated_or_too_many_parameters_are_refused() {
    let w = world().await;
    let r = get(&w.app, &w.ann, "/api/products/?name=a&name=b").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body["detail"],
        "Parameter 'name' is given more than once."
    );
    let many: Vec<String> = (0..60).map(|i| format!("id__gt={i}")).collect();
    let r = get(
        &w.app,
        &w.ann,
        &format!("/api/products/?{}", many.join("&")),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = get(
        &w.app,
        &w.ann,
        &format!("/api/products/?search={}", "a%20".repeat(50)),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body["detail"].as_str().unwrap().contains("search"));
    let r = get(&w.app, &w.ann, "/api/products/?nonsense=").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let v: Value = r.body;
    assert!(v["detail"].as_str().unwrap().contains("nonsense"));
}

#[tokio::test]
async fn an_empty_filter_value_means_not_given_as_in_django_filter() {
    let w = world().await;
    let d = domain(&w.app, "D").await;
    product(&w.app, "P", d, None).await;
    for query in [
        "domain__in=",
        "domain=",
        "subject__isnull=",
        "name__icontains=",
        "created_at__gte=%20",
    ] {
        let r = get(&w.app, &w.ann, &format!("/api/products/?{query}")).await;
        assert_eq!(r.status, StatusCode::OK, "{query}: {}", r.text);
        assert_eq!(r.body["count"], 1, "{query}");
    }
}

#[tokio::test]
async fn dates_outside_what_postgresql_stores_are_refused_not_500s() {
    let w = world().await;
    for value in [
        "-0001-01-01",
        "%2B12345-01-01",
        "99999-01-01T00:00:00Z",
        "0000-01-01",
    ] {
        let r = get(
            &w.app,
            &w.ann,
            &format!("/api/products/?created_at__gte={value}"),
        )
        .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{value}");
        assert!(r.body["detail"]
            .as_str()
            .unwrap()
            .contains("created_at__gte"));
        let r = get(
            &w.app,
            &w.ann,
            &format!("/api/usages/?when_deprecated__lt={value}"),
        )
        .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{value}");
    }
    let d = domain(&w.app, "D").await;
    let p = product(&w.app, "P", d, None).await;
    let ut = pilot(&w.app).await;
    let r = post(
        &w.app,
        &w.ann,
        "/api/usages/",
        json!({"product": p, "organization": w.org, "usage_type": ut, "rating": 3, "is_deprecated": true, "when_deprecated": "-0044-03-15"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body,
        json!({"when_deprecated": ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."]})
    );
}
