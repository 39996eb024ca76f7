//! Products: members create and edit any; staff delete; NPS and review
//! count are derived; names unique; URLs http(s) only.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::collections_support::*;

#[tokio::test]
async fn a_member_creates_a_product_and_reads_it_back_as_drf_would_write_it() {
    let w = world().await;
    let d = domain(&w.app, "Assessment").await;
    let s = subject(&w.app, "Math").await;
    let r = post(
        &w.app,
        &w.ann,
        "/api/products/",
        json!({"name": " Quizzer ", "domain": d, "subject": s, "description": " Quick quizzes. ", "url": "https://quizzer.example/"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let id = r.body["id"].as_i64().unwrap();
    let keys: Vec<&str> = r
        .body
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = vec![
        "id",
        "name",
        "domain",
        "subject",
        "description",
        "url",
        "nps",
        "review_count",
        "created_at",
        "updated_at",
        "permissions",
    ];
    expected.sort();
    let mut keys = keys;
    keys.sort();
    assert_eq!(keys, expected);
    assert_eq!(r.body["name"], "Quizzer");
    assert_eq!(r.body["domain"], d);
    assert_eq!(r.body["subject"], s);
    assert_eq!(r.body["description"], "Quick quizzes.");
    assert_eq!(r.body["nps"], Value::Null);
    assert_eq!(r.body["review_count"], 0);
    assert!(r
        .header("location")
        .ends_with(&format!("/api/products/{id}/")));
}

#[tokio::test]
async fn the_nps_truncates_toward_zero_over_all_reviews() {
    let w = world().await;
    let d = domain(&w.app, "D").await;
    let p = product(&w.app, "P", d, None).await;
    let q = product(&w.app, "Q", d, None).await;
    let orgs = [
        w.org,
        organization(&w.app, "O2").await,
        organization(&w.app, "O3").await,
        organization(&w.app, "O4").await,
    ];
    for (org, rating) in orgs.iter().zip([5, 5, 4, 3]) {
        review(&w.app, p, *org, w.ann.profile_id, rating).await;
    }
    for (org, rating) in orgs.iter().take(3).zip([1, 2, 5]) {
        review(&w.app, q, *org, w.bob.profile_id, rating).await;
    }
    let r = get(&w.app, &w.ann, &format!("/api/products/{p}/")).await;
    assert_eq!(r.body["nps"], 25);
    assert_eq!(r.body["review_count"], 4);
    // 1 promoter, 2 detractors of 3: 33.3 - 66.7 = -33.3 → -33.
    let r = get(&w.app, &w.ann, &format!("/api/products/{q}/")).await;
    assert_eq!(r.body["nps"], -33);
    assert_eq!(r.body["review_count"], 3);
}

#[tokio::test]
async fn an_nps_of_zero_is_zero_not_null() {
    let w = world().await;
    let d = domain(&w.app, "D").await;
    let p = product(&w.app, "P", d, None).await;
    review(&w.app, p, w.org, w.ann.profile_id, 4).await;
    let r = get(&w.app, &w.ann, &format!("/api/products/{p}/")).await;
    assert_eq!(r.body["nps"], 0);
}

#[tokio::test]
async fn any_member_edits_any_product() {
    let w = world().await;
    let d = domain(&w.app, "D").await;
    let p = product(&w.app, "P", d, None).await;
    let r = patch(
        &w.app,
        &w.bob,
        &format!("/api/products/{p}/"),
        json!({"description": "Better.", "url": ""}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["description"], "Better.");
    assert_eq!(r.body["url"], Value::Null);
    let r = put(
        &w.app,
        &w.bob,
        &format!("/api/products/{p}/"),
        json!({"name": "P2", "domain": d}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["name"], "P2");
    assert_eq!(r.body["description"], "Better.");
}

#[tokio::test]
async fn only_staff_delete_products_and_reviewed_ones_are_kept() {
    let w = world().await;
    let d = domain(&w.app, "D").await;
    let p = product(&w.app, "P", d, None).await;
    let q = product(&w.app, "Q", d, None).await;
    review(&w.app, p, w.org, w.ann.profile_id, 4).await;
    let r = delete(&w.app, &w.ann, &format!("/api/products/{q}/")).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        r.body["detail"],
        "You do not have permission to perform this action."
    );
    let r = delete(&w.app, &w.staff, &format!("/api/products/{p}/")).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(
        r.body,
        json!({"detail": "Cannot delete this product: it is still used.", "referenced_by": {"usages": 1}})
    );
    let r = delete(&w.app, &w.staff, &format!("/api/products/{q}/")).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn product_names_are_unique_ignoring_case_and_blanks() {
    let w = world().await;
    let d = domain(&w.app, "D").await;
    product(&w.app, "Quizzer", d, None).await;
    let r = post(
        &w.app,
        &w.ann,
        "/api/products/",
        json!({"name": "  QUIZZER", "domain": d}),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body,
        json!({"name": ["product with this name already exists."]})
    );
}

#[tokio::test]
async fn a_product_needs_a_name_and_an_existing_domain() {
    let w = world().await;
    let r = post(
        &w.app,
        &w.ann,
        "/api/products/",
        json!({"description": "x"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body,
        json!({"name": ["This field is required."], "domain": ["This field is required."]})
    );
    let r = post(
        &w.app,
        &w.ann,
        "/api/products/",
        json!({"name": "P", "domain": 999999, "subject": 888}),
    )
    .await;
    assert_eq!(
        r.body,
        json!({"domain": ["Invalid pk \"999999\" - object does not exist."], "subject": ["Invalid pk \"888\" - object does not exist."]})
    );
    let r = post(
        &w.app,
        &w.ann,
        "/api/products/",
        json!({"name": "P", "domain": "abc"}),
    )
    .await;
    assert_eq!(
        r.body,
        json!({"domain": ["Incorrect type. Expected pk value, received str."]})
    );
    let r = post(
        &w.app,
        &w.ann,
        "/api/products/",
        json!({"name": "P", "domain": null}),
    )
    .await;
    assert_eq!(r.body, json!({"domain": ["This field may not be null."]}));
}

#[tokio::test]
async fn product_urls_must_be_http_or_https_and_at_most_2000_characters() {
    let w = world().await;
    let d = domain(&w.app, "D").await;
    for bad in [
        "javascript:alert(1)",
        "ftp://x.org",
        "www.example.com",
        "http://",
    ] {
        let r = post(
            &w.app,
            &w.ann,
            "/api/products/",
            json!({"name": "P", "domain": d, "url": bad}),
        )
        .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(r.body, json!({"url": ["Enter a valid URL."]}), "{bad}");
    }
    let long = format!("https://example.com/{}", "a".repeat(2000));
    let r = post(
        &w.app,
        &w.ann,
        "/api/products/",
        json!({"name": "P", "domain": d, "url": long}),
    )
    .await;
    assert_eq!(
        r.body,
        json!({"url": ["Ensure this field has no more than 2000 characters."]})
    );
    let r = post(
        &w.app,
        &w.ann,
        "/api/products/",
        json!({"name": "x".repeat(101), "domain": d}),
    )
    .await;
    assert_eq!(
        r.body,
        json!({"name": ["Ensure this field has no more than 100 characters."]})
    );
}

#[tokio::test]
async fn read_only_fields_in_a_product_body_are_ignored() {
    let w = world().await;
    let d = domain(&w.app, "D").await;
    let r = post(
        &w.app,
        &w.ann,
        "/api/products/",
        json!({"name": "P", "domain": d, "id": 424242, "nps": 100, "review_count": 9, "created_at": "2000-01-01T00:00:00Z", "bogus": 1}),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    assert_ne!(r.body["id"], 424242);
    assert_eq!(r.body["nps"], Value::Null);
    assert_eq!(r.body["review_count"], 0);
    assert!(!r.body["created_at"].as_str().unwrap().starts_with("2000"));
}

#[tokio::test]
async fn products_are_filtered_by_domain_subject_and_their_reviews() {
    let w = world().await;
    let d1 = domain(&w.app, "D1").await;
    let d2 = domain(&w.app, "D2").await;
    let s = subject(&w.app, "Math").await;
    let a = product(&w.app, "A", d1, Some(s)).await;
    let b = product(&w.app, "B", d2, None).await;
    let c = product(&w.app, "C", d1, None).await;
    let other = organization(&w.app, "Other").await;
    let api = data_interface(&w.app, "API").await;
    let u = review(&w.app, a, w.org, w.ann.profile_id, 5).await;
    review(&w.app, a, other, w.ann.profile_id, 2).await;
    review(&w.app, b, other, w.bob.profile_id, 4).await;
    w.app
        .db
        .client
        .execute(
            "update usages set how_push_id = $1 where id = $2",
            &[&api, &u],
        )
        .await
        .unwrap();
    let list = |q: String| {
        let app = &w.app;
        let ann = &w.ann;
        async move { ids(&get(app, ann, &format!("/api/products/?{q}")).await) }
    };
    assert_eq!(list(format!("domain={d1}")).await, vec![a, c]);
    assert_eq!(list(format!("domain__in={d1},{d2}")).await, vec![a, b, c]);
    assert_eq!(list(format!("subject={s}")).await, vec![a]);
    assert_eq!(list("subject__isnull=true".into()).await, vec![b, c]);
    // Two reviews of A for the organizations: still one row.
    assert_eq!(
        list(format!("usages__organization__in={},{other}", w.org)).await,
        vec![a, b]
    );
    assert_eq!(
        list(format!("usages__organization={other}")).await,
        vec![a, b]
    );
    assert_eq!(list(format!("usages__how_push={api}")).await, vec![a]);
    assert_eq!(list("usages__rating__gte=4".into()).await, vec![a, b]);
    assert_eq!(list("usages__rating__lte=2".into()).await, vec![a]);
    assert_eq!(list("domain__name__istartswith=d2".into()).await, vec![b]);
}

#[tokio::test]
async fn products_are_ordered_by_nps_and_review_count_on_request_with_unreviewed_ones_last() {
    let w = world().await;
    let d = domain(&w.app, "D").await;
    let s = subject(&w.app, "Math").await;
    let a = product(&w.app, "A", d, Some(s)).await;
    let b = product(&w.app, "B", d, None).await;
    let c = product(&w.app, "C", d, None).await;
    let e = product(&w.app, "E", d, Some(s)).await;
    let f = product(&w.app, "F", d, None).await;
    review(&w.app, a, w.org, w.ann.profile_id, 1).await;
    review(&w.app, b, w.org, w.ann.profile_id, 5).await;
    review(&w.app, b, w.org, w.bob.profile_id, 5).await;
    review(&w.app, e, w.org, w.ann.profile_id, 5).await;
    let nps = |r: &Reply| -> Vec<Value> {
        r.body["results"]
            .as_array()
            .expect("results")
            .iter()
            .map(|p| p["nps"].clone())
            .collect()
    };
    // Highest first, then the unreviewed (null) ones, by id; B and E tie
    // at 100 and are in id order too.
    let r = get(&w.app, &w.ann, "/api/products/?ordering=-nps").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(ids(&r), vec![b, e, a, c, f]);
    assert_eq!(
        nps(&r),
        vec![
            json!(100),
            json!(100),
            json!(-100),
            Value::Null,
            Value::Null
        ]
    );
    // Lowest first: the nulls are still last.
    let r = get(&w.app, &w.ann, "/api/products/?ordering=nps").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(ids(&r), vec![a, b, e, c, f]);
    assert_eq!(
        nps(&r),
        vec![
            json!(-100),
            json!(100),
            json!(100),
            Value::Null,
            Value::Null
        ]
    );
    // The same for a nullable reference.
    let r = get(&w.app, &w.ann, "/api/products/?ordering=-subject__name").await;
    assert_eq!(ids(&r), vec![a, e, b, c, f]);
    assert_eq!(r.body["results"][4]["subject"], Value::Null);
    let r = get(&w.app, &w.ann, "/api/products/?ordering=-review_count,name").await;
    assert_eq!(ids(&r), vec![b, a, e, c, f]);
    assert_eq!(r.body["results"][0]["review_count"], json!(2));
    assert_eq!(r.body["count"], json!(5));
}

#[tokio::test]
async fn products_are_filtered_through_reviews_to_their_organizations_states() {
    let w = world().await;
    let d = domain(&w.app, "D").await;
    let a = product(&w.app, "A", d, None).await;
    let b = product(&w.app, "B", d, None).await;
    let or: i64 = w
        .app
        .db
        .client
        .query_one("select id from locations where abbreviation = 'OR'", &[])
        .await
        .unwrap()
        .get(0);
    let west = organization(&w.app, "West").await;
    w.app
        .db
        .client
        .execute(
            "insert into organization_locations (organization_id, location_id) values ($1, $2)",
            &[&west, &or],
        )
        .await
        .unwrap();
    review(&w.app, a, west, w.ann.profile_id, 5).await;
    review(&w.app, a, west, w.bob.profile_id, 4).await;
    review(&w.app, b, w.org, w.ann.profile_id, 4).await;
    let r = get(
        &w.app,
        &w.ann,
        &format!("/api/products/?usages__organization__locations={or}"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(ids(&r), vec![a]);
    assert_eq!(r.body["count"], 1);
    let r = get(
        &w.app,
        &w.ann,
        &format!("/api/products/?usages__reviewer={}", w.bob.profile_id),
    )
    .await;
    assert_eq!(ids(&r), vec![a]);
}

#[tokio::test]
async fn a_product_is_found_by_its_domain_or_subject_name_alone_and_listed_once() {
    let w = world().await;
    let d = domain(&w.app, "Évaluation").await;
    let other = domain(&w.app, "Other").await;
    let s = subject(&w.app, "Géographie").await;
    let a = product(&w.app, "Atlas", other, Some(s)).await;
    let b = product(&w.app, "Quiz", d, None).await;
    let c = product(&w.app, "Evaluation Kit", d, None).await;
    let q = |term: &str| {
        let (app, u) = (&w.app, &w.ann);
        let path = format!("/api/products/?search={term}");
        async move {
            let r = get(app, u, &path).await;
            assert_eq!(r.status, StatusCode::OK, "{path}: {}", r.text);
            let found = ids(&r);
            assert_eq!(r.body["count"], json!(found.len()), "{path}");
            found
        }
    };
    // Only the subject's name holds it, accented, searched without accents.
    assert_eq!(q("geograph").await, vec![a]);
    assert_eq!(q("GÉOGRAPHIE").await, vec![a]);
    // C matches through its name and its domain: once.
    assert_eq!(q("evaluation").await, vec![c, b]);
    assert_eq!(q("évaluation%20kit").await, vec![c]);
    assert_eq!(q("atlas%20geo").await, vec![a]);
    assert_eq!(q("atlas%20quiz").await, Vec::<i64>::new());
    let r = get(
        &w.app,
        &w.ann,
        &format!("/api/products/?search=eval&domain={d}"),
    )
    .await;
    assert_eq!(ids(&r), vec![c, b]);
    assert_eq!(r.body["results"][0]["name"], json!("Evaluation Kit"));
}
