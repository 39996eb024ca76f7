//! Reading reviews as the product page and the home page do: a page of
//! reviews carries the names it shows (product, organization, reviewer),
//! the requester's own reviews come first on request, every cohort the
//! product figures take filters the reviews too, and the orders the web
//! app asks for are read from an index.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::collections_support::*;
use crate::helpers::{sign_in_as, TestApp};

/// The reviews' `field` values, in order.
fn column(reply: &Reply, field: &str) -> Vec<Value> {
    reply.body["results"]
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {}", reply.text))
        .iter()
        .map(|r| r[field].clone())
        .collect()
}

#[tokio::test]
async fn a_page_of_reviews_carries_its_product_organization_and_reviewer_names() {
    let w = world().await;
    let d = domain(&w.app, "Assessment").await;
    let p = product(&w.app, "Quill", d, None).await;
    let by_ann = review(&w.app, p, w.org, w.ann.profile_id, 5).await;
    // A member without a name is shown by their user name.
    let nameless = sign_in_as(&w.app, "cy", false, Some(w.org)).await;
    w.app
        .db
        .client
        .execute(
            "update users set first_name = '', last_name = '' where id = $1",
            &[&nameless.user_id],
        )
        .await
        .expect("clear the names");
    w.app
        .db
        .client
        .execute(
            "update profiles set github_id = 'cy-codes' where id = $1",
            &[&nameless.profile_id],
        )
        .await
        .expect("set a GitHub id");
    let by_cy = review(&w.app, p, w.org, nameless.profile_id, 2).await;

    let r = get(
        &w.app,
        &w.bob,
        &format!("/api/usages/?product={p}&ordering=id"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(ids(&r), vec![by_ann, by_cy]);
    assert_eq!(
        column(&r, "product_name"),
        vec![json!("Quill"), json!("Quill")]
    );
    assert_eq!(
        column(&r, "organization_name"),
        vec![json!("Springfield District"), json!("Springfield District")]
    );
    assert_eq!(
        column(&r, "reviewer_name"),
        vec![json!("Ann Tester"), json!("cy")]
    );
    assert_eq!(
        column(&r, "reviewer_github_id"),
        vec![Value::Null, json!("cy-codes")]
    );

    // One review reads the same, and the names cannot be written.
    let one = get(&w.app, &w.ann, &format!("/api/usages/{by_ann}/")).await;
    assert_eq!(one.status, StatusCode::OK, "{}", one.text);
    assert_eq!(one.body["reviewer_name"], "Ann Tester");
    let r = patch(
        &w.app,
        &w.ann,
        &format!("/api/usages/{by_ann}/"),
        json!({"reviewer_name": "Someone Else", "product_name": "Other", "rating": 4}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["rating"], 4);
    assert_eq!(r.body["reviewer_name"], "Ann Tester");
    assert_eq!(r.body["product_name"], "Quill");

    // The CSV has them as columns too.
    let csv = get(
        &w.app,
        &w.ann,
        &format!("/api/usages/?product={p}&ordering=id&format=csv"),
    )
    .await;
    assert_eq!(csv.status, StatusCode::OK);
    let header = csv.text.lines().next().unwrap_or_default();
    assert!(
        header.ends_with("product_name,organization_name,reviewer_name,reviewer_github_id"),
        "{header}"
    );
    assert!(
        csv.text
            .contains(",Quill,Springfield District,cy,cy-codes\r\n"),
        "{}",
        csv.text
    );
}

#[tokio::test]
async fn minus_mine_puts_the_requesters_own_reviews_first_then_the_order_asked_for() {
    let w = world().await;
    let d = domain(&w.app, "Assessment").await;
    let p = product(&w.app, "Quill", d, None).await;
    let mut others = Vec::new();
    for (i, rating) in [5, 4, 3].into_iter().enumerate() {
        let member = sign_in_as(&w.app, &format!("m{i}"), false, Some(w.org)).await;
        others.push(review(&w.app, p, w.org, member.profile_id, rating).await);
    }
    let second_org = organization(&w.app, "Shelbyville District").await;
    let ann_1 = review(&w.app, p, w.org, w.ann.profile_id, 1).await;
    let ann_2 = review(&w.app, p, second_org, w.ann.profile_id, 2).await;

    let path = format!("/api/usages/?product={p}&ordering=-mine,-rating");
    let r = get(&w.app, &w.ann, &path).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(ids(&r), vec![ann_2, ann_1, others[0], others[1], others[2]]);
    assert_eq!(r.body["count"], 5);

    // Someone else's "mine" is their own (here: none), so the order is the rest.
    let r = get(&w.app, &w.bob, &path).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(ids(&r), vec![others[0], others[1], others[2], ann_2, ann_1]);

    // Ascending puts them last; a second page keeps the order.
    let r = get(
        &w.app,
        &w.ann,
        &format!("/api/usages/?product={p}&ordering=mine,rating&page_size=2&page=2"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(ids(&r), vec![others[0], ann_1]);
}

#[tokio::test]
async fn mine_orders_only_collections_with_an_owner_and_is_documented_where_it_does() {
    let w = world().await;
    let r = get(&w.app, &w.ann, "/api/products/?ordering=-mine").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    assert_eq!(r.body["detail"], "Cannot order by '-mine'.");
    assert!(!r.body["accepted"]
        .as_array()
        .expect("accepted")
        .contains(&json!("-mine")));

    let doc = call(
        &w.app,
        None,
        reqwest::Method::GET,
        "/api/openapi.json",
        None,
    )
    .await;
    assert_eq!(doc.status, StatusCode::OK);
    let parameters = doc.body["paths"]["/api/usages/"]["get"]["parameters"]
        .as_array()
        .expect("parameters");
    let ordering = parameters
        .iter()
        .find(|p| p["name"] == "ordering")
        .expect("ordering");
    let text = ordering["description"].as_str().unwrap_or_default();
    assert!(
        text.contains("-mine") && text.contains("own records first"),
        "{text}"
    );
    let names = parameters
        .iter()
        .map(|p| p["name"].as_str().unwrap_or_default())
        .collect::<Vec<_>>();
    for name in [
        "organization__size__gte",
        "organization__size__lte",
        "usage_type",
        "how_push",
        "how_pull",
        "is_deprecated",
    ] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    let usage = &doc.body["components"]["schemas"]["Usage"]["properties"];
    for field in [
        "product_name",
        "organization_name",
        "reviewer_name",
        "reviewer_github_id",
    ] {
        assert_eq!(usage[field]["readOnly"], true, "{field}: {}", usage[field]);
    }
    assert_eq!(
        usage["reviewer_github_id"]["type"],
        json!(["string", "null"])
    );
    let request = &doc.body["components"]["schemas"]["UsageRequest"]["properties"];
    assert!(request.get("reviewer_name").is_none(), "{request}");
}

/// Two organizations that differ in every cohort: type, state, grades, size.
struct Cohorts {
    w: World,
    product: i64,
    small: i64,
    large: i64,
}

async fn cohorts() -> Cohorts {
    let w = world().await;
    let d = domain(&w.app, "Assessment").await;
    let p = product(&w.app, "Quill", d, None).await;
    let app = &w.app;
    // Springfield: the first type, Oregon, grade K, 3 schools; Capital: a
    // charter network in Texas, grade 9, 30 schools.
    insert(
        app,
        "update organizations set size = 3 where id = $1 returning id",
        &[&w.org],
    )
    .await;
    let large = insert(
        app,
        "insert into organizations (name, size, org_type_id) \
         select 'Capital Charters', 30, id from org_types where name = 'Charter School Management Organization' returning id",
        &[],
    )
    .await;
    for (org, state, grade) in [(w.org, "OR", "K"), (large, "TX", "9")] {
        insert(
            app,
            "insert into organization_locations (organization_id, location_id) \
             select $1, id from locations where abbreviation = $2 returning organization_id",
            &[&org, &state],
        )
        .await;
        insert(
            app,
            "insert into organization_grades (organization_id, grade_id) \
             select $1, id from grades where name = $2 returning organization_id",
            &[&org, &grade],
        )
        .await;
    }
    for (i, rating) in [5, 5, 1].into_iter().enumerate() {
        let m = sign_in_as(app, &format!("s{i}"), false, Some(w.org)).await;
        review(app, p, w.org, m.profile_id, rating).await;
    }
    for (i, rating) in [4, 2].into_iter().enumerate() {
        let m = sign_in_as(app, &format!("l{i}"), false, Some(large)).await;
        review(app, p, large, m.profile_id, rating).await;
    }
    let small = w.org;
    Cohorts {
        w,
        product: p,
        small,
        large,
    }
}

#[tokio::test]
async fn every_cohort_the_figures_take_filters_the_reviews_to_the_same_count() {
    let c = cohorts().await;
    let app = &c.w.app;
    let charter = insert(
        app,
        "select id from org_types where name = 'Charter School Management Organization'",
        &[],
    )
    .await;
    let texas = insert(
        app,
        "select id from locations where abbreviation = 'TX'",
        &[],
    )
    .await;
    let grade_k = insert(app, "select id from grades where name = 'K'", &[]).await;
    let cases: Vec<(String, i64, i64)> = vec![
        (format!("organization__org_type={charter}"), 2, c.large),
        (format!("organization__locations={texas}"), 2, c.large),
        (format!("organization__grades={grade_k}"), 3, c.small),
        (
            "organization__size__gte=21&organization__size__lte=50".into(),
            2,
            c.large,
        ),
        (
            "organization__size__gte=1&organization__size__lte=5".into(),
            3,
            c.small,
        ),
        ("organization__size__gt=50".into(), 0, 0),
    ];
    for (cohort, expected, org) in cases {
        let stats = get(
            app,
            &c.w.bob,
            &format!("/api/products/{}/stats/?{cohort}", c.product),
        )
        .await;
        assert_eq!(stats.status, StatusCode::OK, "{cohort}: {}", stats.text);
        assert_eq!(stats.body["review_count"], expected, "{cohort}");
        let reviews = get(
            app,
            &c.w.bob,
            &format!("/api/usages/?product={}&{cohort}", c.product),
        )
        .await;
        assert_eq!(reviews.status, StatusCode::OK, "{cohort}: {}", reviews.text);
        assert_eq!(reviews.body["count"], expected, "{cohort}");
        let orgs = column(&reviews, "organization");
        assert!(orgs.iter().all(|o| *o == json!(org)), "{cohort}: {orgs:?}");
    }
    let r = get(app, &c.w.bob, "/api/usages/?organization__size__gte=many").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body["detail"],
        "Parameter 'organization__size__gte' has an invalid value 'many': expected an integer."
    );
}

#[tokio::test]
async fn reviews_filter_by_usage_type_data_in_and_out_and_deprecation() {
    let c = cohorts().await;
    let app = &c.w.app;
    let sftp = data_interface(app, "SFTP").await;
    let clever = data_interface(app, "Clever").await;
    let district = usage_type(app, "District-wide").await;
    let ids_by_org = |org: i64| async move {
        app.db
            .client
            .query(
                "select id from usages where organization_id = $1 order by id",
                &[&org],
            )
            .await
            .expect("reviews")
            .iter()
            .map(|r| r.get::<_, i64>(0))
            .collect::<Vec<i64>>()
    };
    let small = ids_by_org(c.small).await;
    let large = ids_by_org(c.large).await;
    app.db
        .client
        .execute(
            "update usages set how_push_id = $2, usage_type_id = $3 where id = $1",
            &[&small[0], &sftp, &district],
        )
        .await
        .expect("first review");
    app.db
        .client
        .execute(
            "update usages set how_pull_id = $2, is_deprecated = true, when_deprecated = '2025-01-31', \
             why_deprecated = 'Too slow.' where id = $1",
            &[&large[1], &clever],
        )
        .await
        .expect("last review");
    let p = c.product;
    for (filter, expected) in [
        (format!("usage_type={district}"), vec![small[0]]),
        (format!("how_push={sftp}"), vec![small[0]]),
        (format!("how_pull={clever}"), vec![large[1]]),
        ("is_deprecated=true".into(), vec![large[1]]),
        (
            "is_deprecated=false".into(),
            vec![small[0], small[1], small[2], large[0]],
        ),
        (format!("how_push={clever}"), vec![]),
    ] {
        let r = get(
            app,
            &c.w.ann,
            &format!("/api/usages/?product={p}&{filter}&ordering=id"),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{filter}: {}", r.text);
        assert_eq!(ids(&r), expected, "{filter}");
    }
}

/// The `EXPLAIN` of a usages list the web app asks for, built by the
/// app's own SQL builder, with sorting discouraged as much as PostgreSQL
/// allows: a plan that still sorts has no index to walk.
async fn plan(app: &TestApp, query: &str) -> String {
    let collection = &mothra::api::collections::usages::COLLECTION;
    let params = mothra::model::list::parse(&mothra::api::collections::REGISTRY, collection, query)
        .expect("a valid query");
    let statement = mothra::db::collections::export(collection, &params);
    assert!(
        statement.params.is_empty(),
        "{query}: no parameters expected"
    );
    app.db
        .client
        .batch_execute("set enable_sort = off")
        .await
        .expect("set");
    let rows = app
        .db
        .client
        .query(&format!("explain {} limit 5", statement.text), &[])
        .await
        .expect("explain");
    rows.iter()
        .map(|r| r.get::<_, String>(0))
        .collect::<Vec<_>>()
        .join("\n")
}

#[tokio::test]
async fn the_newest_reviews_are_read_from_an_index_not_sorted() {
    let app = crate::helpers::spawn_app().await;
    let newest = plan(&app, "ordering=-created_at").await;
    assert!(!newest.contains("Sort"), "{newest}");
    assert!(newest.contains("usages_created_at_idx"), "{newest}");
}
