//! Lists in general: the index, pagination, filters, search, ordering,
//! CSV, ETags, trailing slashes and methods.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::collections_support::*;
use crate::helpers::TestApp;

async fn many_products(app: &TestApp, n: usize) -> Vec<i64> {
    let d = domain(app, "D").await;
    let mut out = Vec::new();
    for i in 0..n {
        out.push(product(app, &format!("Product {i:03}"), d, None).await);
    }
    out
}

#[tokio::test]
async fn the_index_names_every_collection_with_its_absolute_url() {
    let w = world().await;
    let r = get(&w.app, &w.ann, "/api/").await;
    assert_eq!(r.status, StatusCode::OK);
    let names = [
        "users",
        "profiles",
        "grades",
        "locations",
        "orgtypes",
        "organizations",
        "domains",
        "subjects",
        "products",
        "usagetypes",
        "usages",
        "data_interfaces",
    ];
    assert_eq!(r.body.as_object().unwrap().len(), 12);
    for name in names {
        assert_eq!(r.body[name], format!("{}/api/{name}/", w.app.address));
    }
    let bare = get(&w.app, &w.ann, "/api").await;
    assert_eq!(bare.status, StatusCode::OK);
    assert_eq!(bare.body, r.body);
}

#[tokio::test]
async fn pages_link_to_each_other_keeping_the_other_parameters() {
    let w = world().await;
    let all = many_products(&w.app, 5).await;
    let r = get(&w.app, &w.ann, "/api/products/?page_size=2&search=product").await;
    assert_eq!(r.body["count"], 5);
    assert_eq!(ids(&r), all[..2]);
    assert_eq!(r.body["previous"], Value::Null);
    let next = r.body["next"].as_str().unwrap().to_owned();
    assert_eq!(
        next,
        format!(
            "{}/api/products/?page_size=2&search=product&page=2",
            w.app.address
        )
    );
    let r = get(&w.app, &w.ann, next.trim_start_matches(&w.app.address)).await;
    assert_eq!(ids(&r), all[2..4]);
    assert_eq!(
        r.body["previous"],
        format!("{}/api/products/?page_size=2&search=product", w.app.address)
    );
    let r = get(&w.app, &w.ann, "/api/products/?page_size=2&page=3").await;
    assert_eq!(ids(&r), all[4..]);
    assert_eq!(r.body["next"], Value::Null);
}

#[tokio::test]
async fn a_page_past_the_end_is_invalid_but_page_one_of_nothing_is_fine() {
    let w = world().await;
    let r = get(&w.app, &w.ann, "/api/products/").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(
        r.body,
        json!({"count": 0, "next": null, "previous": null, "results": []})
    );
    for page in [
        "2",
        "0",
        "-1",
        "abc",
        "99999999999999999999",
        "9223372036854775807",
    ] {
        let r = get(&w.app, &w.ann, &format!("/api/products/?page={page}")).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "page={page}");
        assert_eq!(r.body, json!({"detail": "Invalid page."}));
    }
}

#[tokio::test]
async fn page_size_defaults_to_250_is_capped_at_1000_and_must_be_positive() {
    let w = world().await;
    let r = get(&w.app, &w.ann, "/api/locations/?page_size=5000").await;
    assert_eq!(r.body["results"].as_array().unwrap().len(), 51);
    let r = get(
        &w.app,
        &w.ann,
        "/api/locations/?page_size=99999999999999999999999",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    for bad in ["0", "-1", "abc", ""] {
        let r = get(&w.app, &w.ann, &format!("/api/locations/?page_size={bad}")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "page_size={bad}");
        assert!(
            r.body["detail"].as_str().unwrap().contains("page_size"),
            "{}",
            r.text
        );
        assert!(r.body["accepted"]
            .as_array()
            .unwrap()
            .contains(&json!("page_size")));
    }
}

#[tokio::test]
async fn an_unknown_parameter_is_a_400_that_lists_the_accepted_ones() {
    let w = world().await;
    let r = get(&w.app, &w.ann, "/api/products/?colour=red").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.body["detail"], "Unknown query parameter 'colour'.");
    let accepted: Vec<&str> = r.body["accepted"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for expected in [
        "page",
        "page_size",
        "search",
        "ordering",
        "format",
        "name__icontains",
        "domain",
        "domain__in",
        "usages__organization",
        "usages__rating__gte",
        "created_at__gte",
    ] {
        assert!(
            accepted.contains(&expected),
            "{expected} missing from {accepted:?}"
        );
    }
    let r = get(&w.app, &w.ann, "/api/products/?name__gt=a").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.body["detail"], "Unknown query parameter 'name__gt'.");
}

#[tokio::test]
async fn a_malformed_filter_value_is_a_400_naming_the_parameter() {
    let w = world().await;
    for (query, name) in [
        ("domain=abc", "domain"),
        ("domain__in=1,x", "domain__in"),
        ("created_at__gte=yesterday", "created_at__gte"),
        ("subject__isnull=maybe", "subject__isnull"),
        ("usages__rating__gt=4.5", "usages__rating__gt"),
    ] {
        let r = get(&w.app, &w.ann, &format!("/api/products/?{query}")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{query}");
        assert!(
            r.body["detail"]
                .as_str()
                .unwrap()
                .contains(&format!("'{name}'")),
            "{}",
            r.text
        );
        assert!(r.body["accepted"].is_array());
    }
}

#[tokio::test]
async fn timestamps_filter_by_range() {
    let w = world().await;
    let all = many_products(&w.app, 2).await;
    w.app
        .db
        .client
        .execute(
            "update products set created_at = '2020-05-01T12:00:00Z' where id = $1",
            &[&all[0]],
        )
        .await
        .unwrap();
    let r = get(&w.app, &w.ann, "/api/products/?created_at__lt=2021-01-01").await;
    assert_eq!(ids(&r), vec![all[0]]);
    let r = get(&w.app, &w.ann, "/api/products/?created_at__gte=2020-05-01T12:00:00Z&created_at__lte=2020-05-01T13:00:00%2B00:00").await;
    assert_eq!(ids(&r), vec![all[0]]);
    let r = get(&w.app, &w.ann, "/api/products/?updated_at__gt=2021-01-01").await;
    assert_eq!(r.body["count"], 2);
}

#[tokio::test]
async fn search_needs_every_term_and_ignores_case_and_accents() {
    let w = world().await;
    let d = domain(&w.app, "Évaluation").await;
    let s = subject(&w.app, "Math").await;
    let a = product(&w.app, "Quiz Master", d, Some(s)).await;
    let b = product(&w.app, "México Reader", d, None).await;
    let q = |term: &str| {
        let app = &w.app;
        let u = &w.ann;
        let path = format!("/api/products/?search={term}");
        async move { ids(&get(app, u, &path).await) }
    };
    assert_eq!(q("mexico").await, vec![b]);
    assert_eq!(q("EVALUATION").await, vec![b, a]);
    assert_eq!(q("evaluation%20math").await, vec![a]);
    assert_eq!(q("quiz%20reader").await, Vec::<i64>::new());
    assert_eq!(q("%25").await, Vec::<i64>::new());
    assert_eq!(q("_").await, Vec::<i64>::new());
    assert_eq!(q("").await, vec![b, a]);
}

#[tokio::test]
async fn ordering_is_by_declared_fields_and_anything_else_is_a_400() {
    let w = world().await;
    let all = many_products(&w.app, 3).await;
    let r = get(&w.app, &w.ann, "/api/products/?ordering=-name").await;
    assert_eq!(ids(&r), all.iter().rev().copied().collect::<Vec<_>>());
    let r = get(&w.app, &w.ann, "/api/products/?ordering=description").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.body["detail"], "Cannot order by 'description'.");
    assert!(r.body["accepted"]
        .as_array()
        .unwrap()
        .contains(&json!("-nps")));
}

#[tokio::test]
async fn csv_has_every_row_a_header_and_defused_formulas() {
    let w = world().await;
    let d = domain(&w.app, "D").await;
    for i in 0..1205 {
        product(&w.app, &format!("P{i:04}"), d, None).await;
    }
    product(&w.app, "=HYPERLINK(\"x\")", d, None).await;
    let r = get(&w.app, &w.ann, "/api/products/?format=csv&page_size=2").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.header("content-type"), "text/csv; charset=utf-8");
    assert_eq!(
        r.header("content-disposition"),
        "attachment; filename=\"products.csv\""
    );
    let lines: Vec<&str> = r.text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 1 + 1206);
    assert_eq!(
        lines[0],
        "id,name,domain,subject,description,url,nps,review_count,created_at,updated_at"
    );
    assert!(
        lines[1].starts_with(&format!(
            "{},\"'=HYPERLINK(\"\"x\"\")\",{d},,,,,0,",
            lines[1].split(',').next().unwrap()
        )),
        "{}",
        lines[1]
    );
    assert!(lines[2].contains(",P0000,"));
}

#[tokio::test]
async fn csv_is_also_chosen_by_the_accept_header_and_joins_lists() {
    let w = world().await;
    let k: i64 = w
        .app
        .db
        .client
        .query_one("select id from grades where name = 'K'", &[])
        .await
        .unwrap()
        .get(0);
    let one: i64 = w
        .app
        .db
        .client
        .query_one("select id from grades where name = '1'", &[])
        .await
        .unwrap()
        .get(0);
    patch(
        &w.app,
        &w.ann,
        &format!("/api/organizations/{}/", w.org),
        json!({"grades": [one, k]}),
    )
    .await;
    let r = finish(
        w.app
            .http
            .get(w.app.url("/api/organizations/"))
            .header("authorization", w.ann.authorization())
            .header("accept", "text/csv"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.text.contains(&format!(",{k};{one},,K-1,")), "{}", r.text);
    assert_eq!(r.header("vary"), "accept");
    let r = get(&w.app, &w.ann, "/api/organizations/?format=xml").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn every_get_has_an_etag_and_if_none_match_answers_304() {
    let w = world().await;
    let r = get(&w.app, &w.ann, "/api/grades/").await;
    let etag = r.header("etag");
    assert!(etag.starts_with("W/\""), "{etag}");
    let again = finish(
        w.app
            .http
            .get(w.app.url("/api/grades/"))
            .header("authorization", w.ann.authorization())
            .header("if-none-match", &etag),
    )
    .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert_eq!(again.text, "");
    let id = r.body["results"][0]["id"].as_i64().unwrap();
    let one = get(&w.app, &w.ann, &format!("/api/grades/{id}/")).await;
    assert!(one.header("etag").starts_with("W/\""));
    assert_ne!(one.header("etag"), etag);
    patch(
        &w.app,
        &w.staff,
        &format!("/api/grades/{id}/"),
        json!({"name": "PK"}),
    )
    .await;
    let changed = finish(
        w.app
            .http
            .get(w.app.url("/api/grades/"))
            .header("authorization", w.ann.authorization())
            .header("if-none-match", &etag),
    )
    .await;
    assert_eq!(changed.status, StatusCode::OK);
    assert_eq!(changed.body["results"][0]["name"], "PK");
}

#[tokio::test]
async fn paths_work_with_and_without_the_trailing_slash() {
    let w = world().await;
    let a = get(&w.app, &w.ann, "/api/grades").await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(a.body["count"], 14);
    let id = a.body["results"][0]["id"].as_i64().unwrap();
    let b = get(&w.app, &w.ann, &format!("/api/grades/{id}")).await;
    assert_eq!(b.status, StatusCode::OK);
    assert_eq!(b.body["name"], "TK");
}

#[tokio::test]
async fn unknown_collections_and_ids_are_json_404s() {
    let w = world().await;
    for path in [
        "/api/nothing/",
        "/api/products/1/extra/",
        "/api/products/424242/",
        "/api/products/0/",
        "/api/products/-5/",
        "/api/products/abc/",
        "/api/products/99999999999999999999/",
    ] {
        let r = get(&w.app, &w.ann, path).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(r.body, json!({"detail": "Not found."}), "{path}");
    }
}

#[tokio::test]
async fn a_wrong_method_is_405_with_the_allowed_ones() {
    let w = world().await;
    let r = call(
        &w.app,
        Some(&w.staff),
        Method::PUT,
        "/api/products/",
        Some(&json!({})),
    )
    .await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.header("allow"), "GET, POST");
    assert_eq!(r.body, json!({"detail": "Method not allowed."}));
    let r = call(
        &w.app,
        Some(&w.staff),
        Method::POST,
        "/api/grades/1/",
        Some(&json!({})),
    )
    .await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.header("allow"), "GET, PUT, PATCH, DELETE");
    let r = call(&w.app, Some(&w.staff), Method::DELETE, "/api/", None).await;
    assert_eq!(r.header("allow"), "GET");
}

#[tokio::test]
async fn a_bad_token_is_a_401_not_an_anonymous_read() {
    let w = world().await;
    let r = finish(
        w.app
            .http
            .get(w.app.url("/api/products/"))
            .header("authorization", "Token nope"),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(r.body["detail"].is_string());
}

#[tokio::test]
async fn links_use_https_only_when_a_trusted_proxy_says_so() {
    let w = world().await;
    let r = finish(
        w.app
            .http
            .get(w.app.url("/api/grades/?page_size=5"))
            .header("authorization", w.ann.authorization())
            .header("x-forwarded-proto", "https"),
    )
    .await;
    assert!(
        r.body["next"]
            .as_str()
            .unwrap()
            .starts_with("http://127.0.0.1:"),
        "{}",
        r.text
    );
    let db = crate::helpers::migrated_database().await;
    let app =
        crate::helpers::spawn_app_on(db, crate::helpers::test_config(&[("TRUST_PROXY", "1")]))
            .await;
    let ann = crate::helpers::sign_in_as(&app, "ann", false, None).await;
    let r = finish(
        app.http
            .get(app.url("/api/grades/?page_size=5"))
            .header("authorization", ann.authorization())
            .header("x-forwarded-proto", "https"),
    )
    .await;
    let next = r.body["next"].as_str().unwrap();
    assert!(next.starts_with("https://127.0.0.1:"), "{next}");
    assert!(next.ends_with("/api/grades/?page_size=5&page=2"), "{next}");
}

#[tokio::test]
async fn head_answers_like_get_without_a_body() {
    let w = world().await;
    let r = finish(
        w.app
            .http
            .head(w.app.url("/api/grades/"))
            .header("authorization", w.ann.authorization()),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.text, "");
    assert!(r.header("etag").starts_with("W/\""));
}
