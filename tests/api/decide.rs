//! The views that help a member decide (issue 13): `GET /api/compare/`,
//! `GET /api/products/{id}/alternatives/`,
//! `GET /api/organizations/{id}/data-flows/` and `GET /api/data-flows/`.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::collections_support::{
    call, data_interface, domain, get, insert, organization, pilot, product, subject, usage_type,
    World,
};
use crate::helpers::{insert_member, TestApp};

/// The scene every test reads:
/// - Springfield District (Ann's; the first org type; California) and
///   Shelbyville Academy (the second org type; Texas).
/// - Assessment: Quill and Abacus (subject Math), Beacon and Easel (no
///   subject); Ledger is in another domain (SIS).
/// - Reviews: Quill 5,5,5 from Springfield (data in by API twice and by
///   SFTP once, out by CSV once, one as District-wide) and 1,1,1 from
///   Shelbyville (one no longer used); Abacus 5,5,5 from Shelbyville;
///   Beacon 4,4,4 from Springfield (in by SFTP); Easel 5 from Springfield,
///   no longer used (in by Clever); Ledger 5 from Springfield.
struct Scene {
    w: World,
    springfield: i64,
    shelbyville: i64,
    second_type: i64,
    assessment: i64,
    quill: i64,
    abacus: i64,
    beacon: i64,
    easel: i64,
    ledger: i64,
    api: i64,
    csv: i64,
    sftp: i64,
    pilot: i64,
    district: i64,
}

/// One review by a new member of `org`.
#[allow(clippy::too_many_arguments)]
async fn review(
    app: &TestApp,
    product: i64,
    org: i64,
    rating: i16,
    push: Option<i64>,
    pull: Option<i64>,
    deprecated: bool,
    kind: i64,
) {
    let n: i64 = app
        .db
        .client
        .query_one("select count(*) from usages", &[])
        .await
        .expect("count")
        .get(0);
    let member = insert_member(&app.db.client, &format!("reviewer{n}"), false, Some(org)).await;
    app.db
        .client
        .execute(
            "insert into usages (product_id, organization_id, reviewer_id, usage_type_id, how_push_id, \
             how_pull_id, is_deprecated, rating) values ($1, $2, $3, $4, $5, $6, $7, $8)",
            &[&product, &org, &member.profile_id, &kind, &push, &pull, &deprecated, &rating],
        )
        .await
        .expect("insert review");
}

async fn scene() -> Scene {
    let w = crate::collections_support::world().await;
    let app = &w.app;
    let springfield = w.org;
    let shelbyville = organization(app, "Shelbyville Academy").await;
    let second_type = insert(
        app,
        "select id from org_types order by id offset 1 limit 1",
        &[],
    )
    .await;
    app.db
        .client
        .execute(
            "update organizations set org_type_id = $2 where id = $1",
            &[&shelbyville, &second_type],
        )
        .await
        .expect("second org type");
    for (org, state) in [(springfield, "CA"), (shelbyville, "TX")] {
        app.db
            .client
            .execute(
                "insert into organization_locations (organization_id, location_id) \
                 select $1, id from locations where abbreviation = $2",
                &[&org, &state],
            )
            .await
            .expect("location");
    }
    let assessment = domain(app, "Assessment").await;
    let sis = domain(app, "SIS").await;
    let math = subject(app, "Math").await;
    let quill = product(app, "Quill", assessment, Some(math)).await;
    let abacus = product(app, "Abacus", assessment, Some(math)).await;
    let beacon = product(app, "Beacon", assessment, None).await;
    let easel = product(app, "Easel", assessment, None).await;
    let ledger = product(app, "Ledger", sis, None).await;
    let api = data_interface(app, "API").await;
    let csv = data_interface(app, "CSV upload").await;
    let sftp = data_interface(app, "SFTP").await;
    let clever = data_interface(app, "Clever").await;
    let pilot = pilot(app).await;
    let district = usage_type(app, "District-wide").await;

    review(
        app,
        quill,
        springfield,
        5,
        Some(api),
        Some(csv),
        false,
        pilot,
    )
    .await;
    review(app, quill, springfield, 5, Some(api), None, false, district).await;
    review(app, quill, springfield, 5, Some(sftp), None, false, pilot).await;
    for deprecated in [true, false, false] {
        review(app, quill, shelbyville, 1, None, None, deprecated, pilot).await;
    }
    for _ in 0..3 {
        review(app, abacus, shelbyville, 5, None, None, false, pilot).await;
        review(app, beacon, springfield, 4, Some(sftp), None, false, pilot).await;
    }
    review(app, easel, springfield, 5, Some(clever), None, true, pilot).await;
    review(app, ledger, springfield, 5, None, None, false, pilot).await;
    Scene {
        w,
        springfield,
        shelbyville,
        second_type,
        assessment,
        quill,
        abacus,
        beacon,
        easel,
        ledger,
        api,
        csv,
        sftp,
        pilot,
        district,
    }
}

fn names(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap_or_else(|| panic!("not a list: {list}"))
        .iter()
        .map(|r| r["name"].as_str().expect("name"))
        .collect()
}

/// Asserts a 400 whose detail is `detail` and whose accepted parameters
/// include each of `accepted`.
fn assert_bad_query(reply: &crate::collections_support::Reply, detail: &str, accepted: &[&str]) {
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.text);
    assert_eq!(reply.body["detail"], json!(detail), "{}", reply.text);
    let listed: Vec<&str> = reply.body["accepted"]
        .as_array()
        .expect("accepted")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    for name in accepted {
        assert!(listed.contains(name), "{name} in {listed:?}");
    }
}

#[tokio::test]
async fn compare_shows_products_side_by_side_in_the_order_asked() {
    let s = scene().await;
    let path = format!("/api/compare/?products={},{}", s.quill, s.beacon);
    let reply = get(&s.w.app, &s.w.bob, &path).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
    let everyone = |nps: i64, n: i64| json!({"nps": nps, "review_count": n});
    assert_eq!(
        reply.body,
        json!({"products": [
            {
                "id": s.quill, "name": "Quill", "domain": s.assessment, "subject": reply.body["products"][0]["subject"],
                "nps": 0, "review_count": 6,
                "ratings": {"1": 3, "2": 0, "3": 0, "4": 0, "5": 3},
                "organization_count": 2, "deprecated_count": 1,
                "usage_types": [
                    {"id": s.pilot, "name": "Pilot", "count": 5},
                    {"id": s.district, "name": "District-wide", "count": 1},
                ],
                "data_in": [
                    {"id": s.api, "name": "API", "count": 2},
                    {"id": s.sftp, "name": "SFTP", "count": 1},
                ],
                "data_out": [{"id": s.csv, "name": "CSV upload", "count": 1}],
                "overall": everyone(0, 6),
            },
            {
                "id": s.beacon, "name": "Beacon", "domain": s.assessment, "subject": null,
                "nps": 0, "review_count": 3,
                "ratings": {"1": 0, "2": 0, "3": 0, "4": 3, "5": 0},
                "organization_count": 1, "deprecated_count": 0,
                "usage_types": [{"id": s.pilot, "name": "Pilot", "count": 3}],
                "data_in": [{"id": s.sftp, "name": "SFTP", "count": 3}],
                "data_out": [],
                "overall": everyone(0, 3),
            },
        ]})
    );
    assert!(reply.body["products"][0]["subject"].is_i64());
}

#[tokio::test]
async fn compare_over_a_cohort_counts_its_organizations_and_keeps_the_overall_figures() {
    let s = scene().await;
    let path = format!(
        "/api/compare/?products={},{},{}&organization__org_type={}",
        s.abacus, s.quill, s.ledger, s.second_type
    );
    let reply = get(&s.w.app, &s.w.ann, &path).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
    let products = &reply.body["products"];
    assert_eq!(names(products), ["Abacus", "Quill", "Ledger"]);
    // Quill: only Shelbyville's three 1s count; overall it is 0 over six.
    let quill = &products[1];
    assert_eq!(quill["nps"], json!(-100));
    assert_eq!(quill["review_count"], json!(3));
    assert_eq!(quill["organization_count"], json!(1));
    assert_eq!(quill["deprecated_count"], json!(1));
    assert_eq!(quill["data_in"], json!([]));
    assert_eq!(quill["overall"], json!({"nps": 0, "review_count": 6}));
    // Ledger: no review in the cohort.
    let ledger = &products[2];
    assert_eq!(ledger["nps"], Value::Null);
    assert_eq!(ledger["review_count"], json!(0));
    assert_eq!(ledger["usage_types"], json!([]));
    assert_eq!(ledger["overall"], json!({"nps": 100, "review_count": 1}));
    assert_eq!(products[0]["nps"], json!(100));
}

#[tokio::test]
async fn compare_refuses_a_bad_product_list_or_parameter_with_a_400_naming_it() {
    let s = scene().await;
    let (q, b) = (s.quill, s.beacon);
    let required = "Parameter 'products' is required: 2 to 4 comma-separated product ids.";
    for (query, detail) in [
        (String::new(), required.to_owned()),
        ("products=".into(), required.into()),
        (
            format!("products={q}"),
            "Parameter 'products' must name 2 to 4 products, not 1.".into(),
        ),
        (
            format!("products={q},{b},{},{},{}", s.abacus, s.easel, s.ledger),
            "Parameter 'products' must name 2 to 4 products, not 5.".into(),
        ),
        (
            format!("products={q},{q}"),
            "Parameter 'products' names a product twice.".into(),
        ),
        (
            format!("products={q},x"),
            format!("Parameter 'products' has an invalid value '{q},x': expected comma-separated product ids."),
        ),
        (
            format!("products={q},999999"),
            "Product 999999 does not exist.".into(),
        ),
        (
            format!("products={q},{b}&rating=5"),
            "Unknown query parameter 'rating'.".into(),
        ),
        (
            format!("products={q},{b}&products={q},{b}"),
            "Parameter 'products' is given more than once.".into(),
        ),
        (
            format!("products={q},{b}&organization__size__gte=big"),
            "Parameter 'organization__size__gte' has an invalid value 'big': expected an integer."
                .into(),
        ),
    ] {
        let reply = get(&s.w.app, &s.w.ann, &format!("/api/compare/?{query}")).await;
        assert_bad_query(&reply, &detail, &["products", "organization__org_type"]);
    }

    let path = format!("/api/compare/?products={q},{b}");
    let anonymous = call(&s.w.app, None, Method::GET, &path, None).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    let post = call(
        &s.w.app,
        Some(&s.w.ann),
        Method::POST,
        &path,
        Some(&json!({})),
    )
    .await;
    assert_eq!(post.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(post.header("allow"), "GET, HEAD");
    // Without the trailing slash too.
    let bare = get(
        &s.w.app,
        &s.w.ann,
        &format!("/api/compare?products={q},{b}"),
    )
    .await;
    assert_eq!(bare.status, StatusCode::OK, "{}", bare.text);
}

#[tokio::test]
async fn alternatives_rank_the_same_subject_first_then_by_nps_among_organizations_like_the_viewers()
{
    let s = scene().await;
    let path = format!("/api/products/{}/alternatives/", s.quill);
    let reply = get(&s.w.app, &s.w.ann, &path).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
    let california = insert(
        &s.w.app,
        "select id from locations where abbreviation = 'CA'",
        &[],
    )
    .await;
    let first_type = insert(&s.w.app, "select min(id) from org_types", &[]).await;
    assert_eq!(reply.body["product"], json!(s.quill));
    assert_eq!(reply.body["threshold"], json!(3));
    assert_eq!(
        reply.body["cohort"],
        json!({"like_organization": s.springfield, "org_types": [first_type], "locations": [california],
               "grades": null, "size_min": null, "size_max": null})
    );
    // Among Springfield-like organizations Abacus (Math, like Quill) has no
    // review, yet comes first; Beacon has three; Easel's one review is too few;
    // Ledger is of another domain.
    let row = |id: i64, name: &str, same: bool, nps: Value, n: i64| {
        json!({"id": id, "name": name, "same_subject": same, "nps": nps, "review_count": n,
               "too_few_reviews": n < 3})
    };
    let results: Vec<Value> = reply.body["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| {
            let mut r = r.clone();
            r.as_object_mut().expect("object").remove("subject");
            r
        })
        .collect();
    assert_eq!(
        results,
        vec![
            row(s.abacus, "Abacus", true, Value::Null, 0),
            row(s.beacon, "Beacon", false, json!(0), 3),
            row(s.easel, "Easel", false, json!(100), 1),
        ]
    );

    // Everyone: Abacus's three 5s from Shelbyville count.
    for (user, query) in [(&s.w.ann, "?cohort=all"), (&s.w.bob, "")] {
        let reply = get(&s.w.app, user, &format!("{path}{query}")).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
        assert_eq!(reply.body["cohort"]["like_organization"], Value::Null);
        assert_eq!(reply.body["cohort"]["org_types"], Value::Null);
        assert_eq!(names(&reply.body["results"]), ["Abacus", "Beacon", "Easel"]);
        assert_eq!(reply.body["results"][0]["nps"], json!(100));
        assert_eq!(reply.body["results"][0]["too_few_reviews"], json!(false));
    }

    // Explicit cohort parameters win over the viewer's organization.
    let reply = get(
        &s.w.app,
        &s.w.ann,
        &format!(
            "/api/products/{}/alternatives/?organization__org_type={}&limit=2",
            s.beacon, s.second_type
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
    assert_eq!(reply.body["cohort"]["org_types"], json!([s.second_type]));
    // Beacon has no subject: Abacus (3 reviews, 100) then Quill (3, -100).
    assert_eq!(names(&reply.body["results"]), ["Abacus", "Quill"]);
    assert_eq!(reply.body["results"][1]["nps"], json!(-100));
}

#[tokio::test]
async fn alternatives_refuse_bad_parameters_and_unknown_products() {
    let s = scene().await;
    let path = format!("/api/products/{}/alternatives/", s.quill);
    for (query, detail) in [
        (
            "cohort=theirs",
            "Parameter 'cohort' must be 'mine' or 'all', not 'theirs'.",
        ),
        (
            "limit=0",
            "Parameter 'limit' must be an integer from 1 to 50, not '0'.",
        ),
        (
            "limit=many",
            "Parameter 'limit' must be an integer from 1 to 50, not 'many'.",
        ),
        ("domain=1", "Unknown query parameter 'domain'."),
    ] {
        let reply = get(&s.w.app, &s.w.ann, &format!("{path}?{query}")).await;
        assert_bad_query(
            &reply,
            detail,
            &["cohort", "limit", "organization__locations"],
        );
    }
    for missing in [
        "/api/products/999999/alternatives/",
        "/api/products/x/alternatives/",
    ] {
        let reply = get(&s.w.app, &s.w.ann, missing).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{missing}");
        assert_eq!(reply.body, json!({"detail": "Not found."}));
    }
    let anonymous = call(&s.w.app, None, Method::GET, &path, None).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn an_organizations_data_flows_are_its_products_in_use_against_interfaces() {
    let s = scene().await;
    let path = format!("/api/organizations/{}/data-flows/", s.springfield);
    let reply = get(&s.w.app, &s.w.bob, &path).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
    // Easel is no longer used (its Clever is not shown); Ledger names no interface.
    assert_eq!(
        reply.body,
        json!({
            "organization": s.springfield,
            "interfaces": [
                {"id": s.api, "name": "API"},
                {"id": s.csv, "name": "CSV upload"},
                {"id": s.sftp, "name": "SFTP"},
            ],
            "products": [
                {"id": s.beacon, "name": "Beacon", "domain": s.assessment, "review_count": 3,
                 "data_in": [{"id": s.sftp, "name": "SFTP", "count": 3}], "data_out": []},
                {"id": s.ledger, "name": "Ledger", "domain": reply.body["products"][1]["domain"],
                 "review_count": 1, "data_in": [], "data_out": []},
                {"id": s.quill, "name": "Quill", "domain": s.assessment, "review_count": 3,
                 "data_in": [{"id": s.api, "name": "API", "count": 2}, {"id": s.sftp, "name": "SFTP", "count": 1}],
                 "data_out": [{"id": s.csv, "name": "CSV upload", "count": 1}]},
            ],
        })
    );

    let nothing = get(
        &s.w.app,
        &s.w.ann,
        &format!("/api/organizations/{}/data-flows", s.shelbyville),
    )
    .await;
    assert_eq!(nothing.status, StatusCode::OK, "{}", nothing.text);
    assert_eq!(nothing.body["interfaces"], json!([]));
    assert_eq!(names(&nothing.body["products"]), ["Abacus", "Quill"]);

    let reply = get(&s.w.app, &s.w.ann, &format!("{path}?page=2")).await;
    assert_bad_query(&reply, "Unknown query parameter 'page'.", &[]);
    let reply = get(&s.w.app, &s.w.ann, "/api/organizations/999999/data-flows/").await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    let anonymous = call(&s.w.app, None, Method::GET, &path, None).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn community_data_flows_are_paged_per_product_and_filtered_by_domain() {
    let s = scene().await;
    let app = &s.w.app;
    let reply = get(app, &s.w.ann, "/api/data-flows/").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
    // Only products with an interface named by a review still in use.
    assert_eq!(reply.body["count"], json!(2));
    assert_eq!(names(&reply.body["results"]), ["Beacon", "Quill"]);
    assert_eq!(reply.body["next"], Value::Null);
    assert_eq!(
        reply.body["results"][1]["data_in"],
        json!([{"id": s.api, "name": "API", "count": 2}, {"id": s.sftp, "name": "SFTP", "count": 1}])
    );
    assert_eq!(reply.body["results"][1]["review_count"], json!(5));

    let first = get(
        app,
        &s.w.ann,
        &format!("/api/data-flows/?domain={}&page_size=1", s.assessment),
    )
    .await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.text);
    assert_eq!(first.body["count"], json!(2));
    assert_eq!(names(&first.body["results"]), ["Beacon"]);
    let next = first.body["next"].as_str().expect("a next page").to_owned();
    assert!(
        next.ends_with(&format!(
            "/api/data-flows/?domain={}&page_size=1&page=2",
            s.assessment
        )),
        "{next}"
    );
    let second = get(
        app,
        &s.w.ann,
        next.split_once("/api/")
            .map(|(_, p)| format!("/api/{p}"))
            .as_deref()
            .unwrap(),
    )
    .await;
    assert_eq!(names(&second.body["results"]), ["Quill"]);
    assert_eq!(second.body["next"], Value::Null);
    assert!(
        second.body["previous"]
            .as_str()
            .is_some_and(|p| !p.contains("page=")),
        "{}",
        second.text
    );

    let past = get(app, &s.w.ann, "/api/data-flows/?page=3&page_size=1").await;
    assert_eq!(past.status, StatusCode::NOT_FOUND);
    assert_eq!(past.body, json!({"detail": "Invalid page."}));
    let sis = insert(app, "select id from domains where name = 'SIS'", &[]).await;
    let none = get(app, &s.w.ann, &format!("/api/data-flows/?domain={sis}")).await;
    assert_eq!(none.body["count"], json!(0));
    assert_eq!(none.body["results"], json!([]));

    for (query, detail) in [
        (
            "domain=999999",
            "Parameter 'domain': domain 999999 does not exist.",
        ),
        (
            "domain=x",
            "Parameter 'domain' has an invalid value 'x': expected an integer.",
        ),
        (
            "page_size=0",
            "Parameter 'page_size' must be a positive integer, not '0'.",
        ),
        ("search=q", "Unknown query parameter 'search'."),
    ] {
        let reply = get(app, &s.w.ann, &format!("/api/data-flows/?{query}")).await;
        assert_bad_query(&reply, detail, &["domain", "page", "page_size"]);
    }
    let anonymous = call(app, None, Method::GET, "/api/data-flows/", None).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    let _ = s.ledger;
}
