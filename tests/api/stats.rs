//! `GET /api/products/{id}/stats/`: NPS, rating distribution and the
//! organizations using a product, over every review or a cohort.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::collections_support::{call, domain, get, organization, product, review, world};
use crate::helpers::{sign_in_as, TestApp, TestUser};

/// `n` new members of `org`, as reviewers.
async fn reviewers(app: &TestApp, prefix: &str, org: i64, n: usize) -> Vec<TestUser> {
    let mut out = Vec::new();
    for i in 0..n {
        out.push(sign_in_as(app, &format!("{prefix}{i}"), false, Some(org)).await);
    }
    out
}

/// Reviews of `product` for `org`, one per rating, each by a new member.
async fn rate(app: &TestApp, product: i64, org: i64, prefix: &str, ratings: &[i16]) {
    let members = reviewers(app, prefix, org, ratings.len()).await;
    for (member, rating) in members.iter().zip(ratings) {
        review(app, product, org, member.profile_id, *rating).await;
    }
}

async fn sql(app: &TestApp, statement: &str) -> i64 {
    app.db
        .client
        .query_one(statement, &[])
        .await
        .unwrap_or_else(|e| panic!("{statement}: {e}"))
        .get(0)
}

#[tokio::test]
async fn ratings_5_5_4_3_give_an_nps_of_25_with_their_distribution_and_organizations() {
    let w = world().await;
    let d = domain(&w.app, "Assessment").await;
    let p = product(&w.app, "Quill", d, None).await;
    rate(&w.app, p, w.org, "r", &[5, 5, 4, 3]).await;

    let reply = get(&w.app, &w.ann, &format!("/api/products/{p}/stats/")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
    assert_eq!(
        reply.body,
        json!({
            "product": p,
            "nps": 25,
            "review_count": 4,
            "ratings": {"1": 0, "2": 0, "3": 1, "4": 1, "5": 2},
            "organizations": [{"id": w.org, "name": "Springfield District"}],
            "organization_count": 1,
            "deprecated_count": 0,
        })
    );
    // The products collection computes the same NPS (one definition).
    let detail = get(&w.app, &w.ann, &format!("/api/products/{p}/")).await;
    assert_eq!(detail.status, StatusCode::OK, "{}", detail.text);
    assert_eq!(detail.body["nps"], json!(25));
    assert_eq!(detail.body["review_count"], json!(4));
}

#[tokio::test]
async fn as_many_promoters_as_detractors_is_an_nps_of_0_not_null() {
    let w = world().await;
    let d = domain(&w.app, "SIS").await;
    let p = product(&w.app, "Ledger", d, None).await;
    rate(&w.app, p, w.org, "r", &[5, 1, 4]).await;

    let reply = get(&w.app, &w.bob, &format!("/api/products/{p}/stats")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
    assert_eq!(reply.body["nps"], json!(0));
    assert_eq!(
        reply.body["ratings"],
        json!({"1": 1, "2": 0, "3": 0, "4": 1, "5": 1})
    );
    assert_eq!(reply.body["review_count"], json!(3));
}

#[tokio::test]
async fn nps_truncates_toward_zero_below_zero_too() {
    let w = world().await;
    let d = domain(&w.app, "LMS").await;
    let p = product(&w.app, "Canopy", d, None).await;
    // 1 promoter, 2 detractors, 3 reviews: 33.3 - 66.6 = -33.3 → -33.
    rate(&w.app, p, w.org, "r", &[5, 2, 3]).await;

    let reply = get(&w.app, &w.ann, &format!("/api/products/{p}/stats/")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
    assert_eq!(reply.body["nps"], json!(-33));
}

#[tokio::test]
async fn a_product_without_reviews_has_a_null_nps_and_zero_counts() {
    let w = world().await;
    let d = domain(&w.app, "Library").await;
    let p = product(&w.app, "Shelf", d, None).await;

    let reply = get(&w.app, &w.ann, &format!("/api/products/{p}/stats/")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
    assert_eq!(
        reply.body,
        json!({
            "product": p,
            "nps": null,
            "review_count": 0,
            "ratings": {"1": 0, "2": 0, "3": 0, "4": 0, "5": 0},
            "organizations": [],
            "organization_count": 0,
            "deprecated_count": 0,
        })
    );
}

#[tokio::test]
async fn a_cohort_counts_only_the_reviews_of_matching_organizations() {
    let w = world().await;
    let app = &w.app;
    let d = domain(app, "Assessment").await;
    let p = product(app, "Beacon", d, None).await;
    // Springfield (w.org): the first org type, 40 schools, California, K.
    // Shelbyville: the second org type, 3 schools, Texas.
    let shelbyville = organization(app, "Shelbyville Academy").await;
    let charter = sql(app, "select id from org_types order by id offset 1 limit 1").await;
    let california = sql(app, "select id from locations where abbreviation = 'CA'").await;
    let texas = sql(app, "select id from locations where abbreviation = 'TX'").await;
    let kindergarten = sql(app, "select id from grades where name = 'K'").await;
    app.db
        .client
        .execute(
            "update organizations set size = 40 where id = $1",
            &[&w.org],
        )
        .await
        .unwrap();
    app.db
        .client
        .execute(
            "update organizations set size = 3, org_type_id = $2 where id = $1",
            &[&shelbyville, &charter],
        )
        .await
        .unwrap();
    for (org, location) in [(w.org, california), (shelbyville, texas)] {
        app.db
            .client
            .execute(
                "insert into organization_locations (organization_id, location_id) values ($1, $2)",
                &[&org, &location],
            )
            .await
            .unwrap();
    }
    app.db
        .client
        .execute(
            "insert into organization_grades (organization_id, grade_id) values ($1, $2)",
            &[&w.org, &kindergarten],
        )
        .await
        .unwrap();
    rate(app, p, w.org, "s", &[5, 5]).await;
    rate(app, p, shelbyville, "t", &[1]).await;
    app.db
        .client
        .execute(
            "update usages set is_deprecated = true where organization_id = $1",
            &[&shelbyville],
        )
        .await
        .unwrap();

    let everyone = get(app, &w.ann, &format!("/api/products/{p}/stats/")).await;
    assert_eq!(everyone.status, StatusCode::OK, "{}", everyone.text);
    assert_eq!(everyone.body["nps"], json!(33));
    assert_eq!(everyone.body["organization_count"], json!(2));
    assert_eq!(everyone.body["deprecated_count"], json!(1));
    assert_eq!(
        everyone.body["organizations"],
        json!([
            {"id": shelbyville, "name": "Shelbyville Academy"},
            {"id": w.org, "name": "Springfield District"},
        ])
    );

    let springfield = json!({
        "product": p,
        "nps": 100,
        "review_count": 2,
        "ratings": {"1": 0, "2": 0, "3": 0, "4": 0, "5": 2},
        "organizations": [{"id": w.org, "name": "Springfield District"}],
        "organization_count": 1,
        "deprecated_count": 0,
    });
    let shelby = json!({
        "product": p,
        "nps": -100,
        "review_count": 1,
        "ratings": {"1": 1, "2": 0, "3": 0, "4": 0, "5": 0},
        "organizations": [{"id": shelbyville, "name": "Shelbyville Academy"}],
        "organization_count": 1,
        "deprecated_count": 1,
    });
    for (query, expected) in [
        (format!("organization__org_type={charter}"), &shelby),
        (format!("organization__org_type__in={charter},999"), &shelby),
        (
            format!("organization__locations={california}"),
            &springfield,
        ),
        (
            format!("organization__locations__in={texas},{california}&organization__size__gte=10"),
            &springfield,
        ),
        ("organization__size__lte=5".to_owned(), &shelby),
        ("organization__size__lt=40".to_owned(), &shelby),
        (format!("organization__grades={kindergarten}"), &springfield),
    ] {
        let reply = get(app, &w.ann, &format!("/api/products/{p}/stats/?{query}")).await;
        assert_eq!(reply.status, StatusCode::OK, "{query}: {}", reply.text);
        assert_eq!(&reply.body, expected, "{query}");
    }
}

#[tokio::test]
async fn an_unknown_or_malformed_parameter_is_a_400_listing_the_accepted_ones() {
    let w = world().await;
    let d = domain(&w.app, "Assessment").await;
    let p = product(&w.app, "Apex", d, None).await;

    let reply = get(
        &w.app,
        &w.ann,
        &format!("/api/products/{p}/stats/?rating=5"),
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        reply.body["detail"],
        json!("Unknown query parameter 'rating'.")
    );
    let accepted: Vec<&str> = reply.body["accepted"]
        .as_array()
        .expect("accepted")
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(accepted.len(), 11);
    for name in [
        "organization__org_type",
        "organization__locations__in",
        "organization__size__gte",
        "organization__size__lte",
        "organization__grades",
    ] {
        assert!(accepted.contains(&name), "{accepted:?}");
    }

    let reply = get(
        &w.app,
        &w.ann,
        &format!("/api/products/{p}/stats/?organization__size__gte=big"),
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        reply.body["detail"],
        json!(
            "Parameter 'organization__size__gte' has an invalid value 'big': expected an integer."
        )
    );
}

#[tokio::test]
async fn figures_are_for_members_of_products_that_exist() {
    let w = world().await;
    let d = domain(&w.app, "Assessment").await;
    let p = product(&w.app, "Apex", d, None).await;
    let path = format!("/api/products/{p}/stats/");

    let anonymous = call(&w.app, None, Method::GET, &path, None).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        anonymous.body,
        json!({"detail": "Authentication credentials were not provided."})
    );

    for missing in ["/api/products/999999/stats/", "/api/products/apex/stats/"] {
        let reply = get(&w.app, &w.ann, missing).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{missing}");
        assert_eq!(reply.body, json!({"detail": "Not found."}));
    }

    let post = call(
        &w.app,
        Some(&w.staff),
        Method::POST,
        &path,
        Some(&Value::Null),
    )
    .await;
    assert_eq!(post.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(post.header("allow"), "GET, HEAD");
    assert_eq!(post.body, json!({"detail": "Method not allowed."}));
}
