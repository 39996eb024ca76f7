//! Habits of Django REST Framework clients (issue 14, item 1): the
//! cache-buster `_`, `page=last`, one rule for unknown query parameters on
//! every route, `format` values that the document and the errors agree on,
//! `OPTIONS` metadata from the declarations and the one judge, and the CSV
//! export at its own path.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::collections_support::{call, domain, get, post, product, review, world, Reply, World};
use crate::helpers::TestUser;

/// Every GET route under `/api/` with no parameter of its own, for `w`.
async fn plain_routes(w: &World) -> Vec<String> {
    let d = domain(&w.app, "Assessment").await;
    let p = product(&w.app, "Quizzer", d, None).await;
    vec![
        "/api/".into(),
        "/api/openapi.json".into(),
        "/api/me/".into(),
        "/api/auth/token".into(),
        "/api/auth/setup".into(),
        format!("/api/products/{p}/"),
        format!("/api/products/{p}/stats/"),
        format!("/api/domains/{d}/"),
    ]
}

/// OPTIONS as `user` (None: anonymous).
async fn options(w: &World, user: Option<&TestUser>, path: &str) -> Reply {
    call(&w.app, user, Method::OPTIONS, path, None).await
}

#[tokio::test]
async fn the_cache_buster_is_ignored_on_every_get_route() {
    let w = world().await;
    let mut routes = plain_routes(&w).await;
    routes.extend(["/api/products/".into(), "/api/products.csv".into()]);
    for route in routes {
        let plain = get(&w.app, &w.staff, &route).await;
        assert_eq!(plain.status, StatusCode::OK, "{route}: {}", plain.text);
        let sep = if route.contains('?') { '&' } else { '?' };
        let busted = get(&w.app, &w.staff, &format!("{route}{sep}_=1700000000")).await;
        assert_eq!(busted.status, StatusCode::OK, "{route}?_=: {}", busted.text);
        if plain.header("content-type") == "application/json" {
            assert_eq!(busted.body, plain.body, "{route}: the same answer");
        }
    }
}

#[tokio::test]
async fn every_route_refuses_an_unknown_parameter_by_name_and_writes_nothing() {
    let w = world().await;
    for route in plain_routes(&w).await {
        let r = get(&w.app, &w.staff, &format!("{route}?colour=red")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{route}: {}", r.text);
        assert_eq!(
            r.body["detail"], "Unknown query parameter 'colour'.",
            "{route}"
        );
        assert!(r.body["accepted"].is_array(), "{route}: {}", r.text);
    }
    // Lists stay strict, as before.
    let r = get(&w.app, &w.staff, "/api/products/?colour=red").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    // Writes: refused before anything is stored.
    let r = post(
        &w.app,
        &w.staff,
        "/api/domains/?colour=red",
        json!({"name": "Stray"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    let r = call(
        &w.app,
        Some(&w.ann),
        Method::PATCH,
        "/api/me/?colour=red",
        Some(&json!({"first_name": "Changed"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    let stored: i64 = w
        .app
        .db
        .client
        .query_one(
            "select (select count(*) from domains where name = 'Stray') \
                  + (select count(*) from users where first_name = 'Changed')",
            &[],
        )
        .await
        .expect("count")
        .get(0);
    assert_eq!(stored, 0, "a refused request wrote nothing");
    let login = w
        .app
        .http
        .post(w.app.url("/api/auth/login?colour=red"))
        .json(&json!({"username": "ann", "password": "whatever-it-is"}))
        .send()
        .await
        .expect("login");
    assert_eq!(login.status(), StatusCode::BAD_REQUEST);
    // A repeated parameter is refused too.
    let r = get(&w.app, &w.staff, "/api/me/?_=1&_=2").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
}

#[tokio::test]
async fn format_values_agree_between_the_document_and_the_server() {
    let w = world().await;
    let doc = get(&w.app, &w.staff, "/api/openapi.json").await.body;
    let format = doc["paths"]["/api/products/"]["get"]["parameters"]
        .as_array()
        .expect("parameters")
        .iter()
        .find(|p| p["name"] == "format")
        .expect("format is documented")
        .clone();
    let documented: Vec<String> = format["schema"]["enum"]
        .as_array()
        .expect("an enum")
        .iter()
        .map(|v| v.as_str().expect("text").to_owned())
        .collect();
    assert_eq!(documented, ["json", "api"]);
    let page = get(&w.app, &w.staff, "/api/products/").await;
    for value in &documented {
        let r = get(&w.app, &w.staff, &format!("/api/products/?format={value}")).await;
        assert_eq!(r.status, StatusCode::OK, "format={value}");
        assert_eq!(r.header("content-type"), "application/json");
        assert_eq!(r.body, page.body, "format={value} is the JSON page");
    }
    let r = get(&w.app, &w.staff, "/api/products/?format=xml").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body["detail"],
        "Parameter 'format' must be 'json', 'api' or 'csv', not 'xml'."
    );
    // Elsewhere CSV is not served, and the error says what is.
    let r = get(&w.app, &w.staff, "/api/me/?format=csv").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body["detail"],
        "Parameter 'format' must be 'json' or 'api', not 'csv'."
    );
    assert_eq!(
        get(&w.app, &w.staff, "/api/me/?format=api").await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn page_last_is_the_last_page_as_drf_reads_it() {
    let w = world().await;
    let d = domain(&w.app, "Paged").await;
    for i in 0..5 {
        product(&w.app, &format!("Paged {i}"), d, None).await;
    }
    let base = format!("/api/products/?domain={d}&ordering=name&page_size=2");
    let last = get(&w.app, &w.staff, &format!("{base}&page=last")).await;
    assert_eq!(last.status, StatusCode::OK, "{}", last.text);
    let third = get(&w.app, &w.staff, &format!("{base}&page=3")).await;
    assert_eq!(last.body["results"], third.body["results"]);
    assert_eq!(last.body["count"], 5);
    assert_eq!(last.body["next"], Value::Null);
    assert!(
        last.body["previous"]
            .as_str()
            .is_some_and(|u| u.ends_with("page=2")),
        "{}",
        last.text
    );
    // One page, and none: page 1 (an empty list is a page, not a 404).
    let one = get(
        &w.app,
        &w.staff,
        &format!("/api/products/?domain={d}&page=last"),
    )
    .await;
    assert_eq!(one.body["results"].as_array().map(Vec::len), Some(5));
    let none = get(&w.app, &w.staff, "/api/products/?name=nothing&page=last").await;
    assert_eq!(none.status, StatusCode::OK);
    assert_eq!(none.body["count"], 0);
    // Any other word is still DRF's 404.
    let r = get(&w.app, &w.staff, "/api/products/?page=first").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn options_describes_the_actions_the_member_may_take() {
    let w = world().await;
    // A collection: staff may create domains, members may not.
    let staff = options(&w, Some(&w.staff), "/api/domains/").await;
    assert_eq!(staff.status, StatusCode::OK, "{}", staff.text);
    assert_eq!(staff.header("allow"), "GET, POST, OPTIONS");
    assert_eq!(staff.body["name"], "Domains List");
    assert_eq!(staff.body["parses"], json!(["application/json"]));
    assert!(staff.body["renders"]
        .as_array()
        .is_some_and(|r| r.contains(&json!("application/json"))));
    let name = &staff.body["actions"]["POST"]["name"];
    let declared_max = mothra::api::collections::domains::COLLECTION
        .field("name")
        .and_then(|f| f.max_length)
        .expect("a declared limit");
    assert_eq!(
        *name,
        json!({"type": "string", "required": true, "read_only": false,
               "label": "Name", "max_length": declared_max, "min_length": 1})
    );
    assert_eq!(staff.body["actions"]["POST"]["id"]["read_only"], true);
    let member = options(&w, Some(&w.ann), "/api/domains/").await;
    assert_eq!(member.status, StatusCode::OK);
    assert!(member.body.get("actions").is_none(), "{}", member.text);
    // Reviews: any member may write one; `reviewer` is set from the asker.
    let reviews = options(&w, Some(&w.ann), "/api/usages/").await;
    let post_fields = &reviews.body["actions"]["POST"];
    assert_eq!(post_fields["rating"]["min_value"], 1);
    assert_eq!(post_fields["rating"]["max_value"], 5);
    assert_eq!(post_fields["product"]["type"], "field");
    assert_eq!(post_fields["product"]["required"], true);
    assert_eq!(post_fields["reviewer"]["read_only"], true);
    // Anonymous: as for reading, 401.
    let anonymous = options(&w, None, "/api/domains/").await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);

    // A record: PUT only for whom the record's `permissions.change` says.
    let d = domain(&w.app, "Reviewed").await;
    let p = product(&w.app, "Reviewed thing", d, None).await;
    let ann_profile = w.ann.profile_id;
    let r = review(&w.app, p, w.org, ann_profile, 4).await;
    let path = format!("/api/usages/{r}/");
    for (who, user, may) in [
        ("ann", &w.ann, true),
        ("bob", &w.bob, false),
        ("staff", &w.staff, true),
    ] {
        let meta = options(&w, Some(user), &path).await;
        assert_eq!(meta.status, StatusCode::OK, "{who}: {}", meta.text);
        assert_eq!(meta.body["name"], "Usages Instance");
        assert_eq!(meta.header("allow"), "GET, PUT, PATCH, DELETE, OPTIONS");
        let record = get(&w.app, user, &path).await;
        assert_eq!(record.body["permissions"]["change"], may, "{who}");
        assert_eq!(
            meta.body["actions"]["PUT"].is_object(),
            may,
            "{who}: {}",
            meta.text
        );
    }
    let missing = options(&w, Some(&w.staff), "/api/usages/999999/").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    let root = options(&w, Some(&w.staff), "/api/").await;
    assert_eq!(root.body["name"], "Api Root");
    assert_eq!(root.header("allow"), "GET, OPTIONS");
}

#[tokio::test]
async fn the_csv_export_has_a_path_of_its_own() {
    let w = world().await;
    let d = domain(&w.app, "Exported").await;
    for name in ["Beta", "Alpha"] {
        product(&w.app, name, d, None).await;
    }
    let own = get(
        &w.app,
        &w.staff,
        &format!("/api/products.csv?domain={d}&ordering=name"),
    )
    .await;
    assert_eq!(own.status, StatusCode::OK, "{}", own.text);
    assert_eq!(own.header("content-type"), "text/csv; charset=utf-8");
    let query = get(
        &w.app,
        &w.staff,
        &format!("/api/products/?domain={d}&ordering=name&format=csv"),
    )
    .await;
    assert_eq!(own.text, query.text, "the same rows as ?format=csv");
    assert_eq!(own.text.lines().count(), 3, "{}", own.text);
    // Strict like the list, readable like the list.
    let r = get(&w.app, &w.staff, "/api/products.csv?colour=red").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = call(&w.app, None, Method::GET, "/api/products.csv", None).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    let r = post(&w.app, &w.staff, "/api/products.csv", json!({})).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.header("allow"), "GET");
    let r = get(&w.app, &w.staff, "/api/nothing.csv").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}
