//! Reviews: the reviewer is whoever sends it, one review per product,
//! organization and member, owners edit and delete their own, the
//! deprecation details only kept while deprecated.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::collections_support::*;
use crate::helpers::sign_in_as;

struct Setup {
    w: World,
    product: i64,
    usage_type: i64,
}

async fn setup() -> Setup {
    let w = world().await;
    let d = domain(&w.app, "D").await;
    let product = product(&w.app, "Quizzer", d, None).await;
    let usage_type = pilot(&w.app).await;
    Setup {
        w,
        product,
        usage_type,
    }
}

fn body(s: &Setup, extra: Value) -> Value {
    let mut b = json!({"product": s.product, "organization": s.w.org, "usage_type": s.usage_type, "rating": 4});
    for (k, v) in extra.as_object().unwrap() {
        b[k] = v.clone();
    }
    b
}

#[tokio::test]
async fn the_reviewer_is_the_sender_whatever_the_body_says() {
    let s = setup().await;
    let r = post(
        &s.w.app,
        &s.w.ann,
        "/api/usages/",
        body(
            &s,
            json!({"reviewer": s.w.bob.profile_id, "review": " Good. "}),
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    assert_eq!(r.body["reviewer"], s.w.ann.profile_id);
    assert_eq!(r.body["review"], "Good.");
    assert_eq!(r.body["is_deprecated"], false);
    assert_eq!(r.body["when_deprecated"], Value::Null);
    assert_eq!(r.body["how_push"], Value::Null);
    assert_eq!(r.body["rating"], 4);
}

#[tokio::test]
async fn a_member_reviews_a_product_once_per_organization() {
    let s = setup().await;
    let r = post(&s.w.app, &s.w.ann, "/api/usages/", body(&s, json!({}))).await;
    assert_eq!(r.status, StatusCode::CREATED);
    let r = post(
        &s.w.app,
        &s.w.ann,
        "/api/usages/",
        body(&s, json!({"rating": 2})),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body,
        json!({"non_field_errors": ["You have already reviewed this product for this organization."]})
    );
    // A colleague in the same organization tells their own story.
    let cara = sign_in_as(&s.w.app, "cara", false, Some(s.w.org)).await;
    let r = post(
        &s.w.app,
        &cara,
        "/api/usages/",
        body(&s, json!({"rating": 2})),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
}

#[tokio::test]
async fn ratings_are_integers_from_one_to_five_and_required() {
    let s = setup().await;
    for (rating, message) in [
        (json!(0), "Ensure this value is greater than or equal to 1."),
        (json!(6), "Ensure this value is less than or equal to 5."),
        (json!("five"), "A valid integer is required."),
        (json!(4.5), "A valid integer is required."),
        (json!(null), "This field may not be null."),
    ] {
        let r = post(
            &s.w.app,
            &s.w.ann,
            "/api/usages/",
            body(&s, json!({"rating": rating})),
        )
        .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        assert_eq!(r.body, json!({"rating": [message]}));
    }
    let mut b = body(&s, json!({}));
    b.as_object_mut().unwrap().remove("rating");
    b.as_object_mut().unwrap().remove("product");
    let r = post(&s.w.app, &s.w.ann, "/api/usages/", b).await;
    assert_eq!(
        r.body,
        json!({"rating": ["This field is required."], "product": ["This field is required."]})
    );
}

#[tokio::test]
async fn deprecation_details_are_dropped_unless_deprecated() {
    let s = setup().await;
    let r = post(
        &s.w.app,
        &s.w.ann,
        "/api/usages/",
        body(
            &s,
            json!({"when_deprecated": "2024-01-02", "why_deprecated": "Too slow"}),
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    assert_eq!(r.body["when_deprecated"], Value::Null);
    assert_eq!(r.body["why_deprecated"], Value::Null);
    let id = r.body["id"].as_i64().unwrap();
    let r = patch(&s.w.app, &s.w.ann, &format!("/api/usages/{id}/"), json!({"is_deprecated": true, "when_deprecated": "2024-01-02", "why_deprecated": " Too slow "})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["when_deprecated"], "2024-01-02");
    assert_eq!(r.body["why_deprecated"], "Too slow");
    let r = patch(
        &s.w.app,
        &s.w.ann,
        &format!("/api/usages/{id}/"),
        json!({"rating": 2}),
    )
    .await;
    assert_eq!(r.body["when_deprecated"], "2024-01-02");
    let r = patch(
        &s.w.app,
        &s.w.ann,
        &format!("/api/usages/{id}/"),
        json!({"is_deprecated": false}),
    )
    .await;
    assert_eq!(r.body["is_deprecated"], false);
    assert_eq!(r.body["when_deprecated"], Value::Null);
    assert_eq!(r.body["why_deprecated"], Value::Null);
}

#[tokio::test]
async fn a_deprecation_date_cannot_be_in_the_future_or_malformed() {
    let s = setup().await;
    let tomorrow = (chrono::Utc::now().date_naive() + chrono::Days::new(2)).to_string();
    let r = post(
        &s.w.app,
        &s.w.ann,
        "/api/usages/",
        body(
            &s,
            json!({"is_deprecated": true, "when_deprecated": tomorrow}),
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body,
        json!({"when_deprecated": ["Ensure this date is not in the future."]})
    );
    let r = post(
        &s.w.app,
        &s.w.ann,
        "/api/usages/",
        body(
            &s,
            json!({"is_deprecated": true, "when_deprecated": "02/01/2024"}),
        ),
    )
    .await;
    assert_eq!(
        r.body,
        json!({"when_deprecated": ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."]})
    );
    let r = post(
        &s.w.app,
        &s.w.ann,
        "/api/usages/",
        body(&s, json!({"is_deprecated": "maybe"})),
    )
    .await;
    assert_eq!(
        r.body,
        json!({"is_deprecated": ["Must be a valid boolean."]})
    );
}

#[tokio::test]
async fn members_edit_and_delete_only_their_own_reviews() {
    let s = setup().await;
    let mine = review(&s.w.app, s.product, s.w.org, s.w.ann.profile_id, 3).await;
    let r = patch(
        &s.w.app,
        &s.w.bob,
        &format!("/api/usages/{mine}/"),
        json!({"rating": 1}),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        r.body["detail"],
        "You do not have permission to perform this action."
    );
    let r = delete(&s.w.app, &s.w.bob, &format!("/api/usages/{mine}/")).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = put(
        &s.w.app,
        &s.w.ann,
        &format!("/api/usages/{mine}/"),
        body(&s, json!({"rating": 5, "reviewer": s.w.bob.profile_id})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["rating"], 5);
    assert_eq!(r.body["reviewer"], s.w.ann.profile_id);
    let r = patch(
        &s.w.app,
        &s.w.staff,
        &format!("/api/usages/{mine}/"),
        json!({"review": "Edited by staff."}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["reviewer"], s.w.ann.profile_id);
    let r = delete(&s.w.app, &s.w.ann, &format!("/api/usages/{mine}/")).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let theirs = review(&s.w.app, s.product, s.w.org, s.w.bob.profile_id, 3).await;
    let r = delete(&s.w.app, &s.w.staff, &format!("/api/usages/{theirs}/")).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn usages_are_filtered_through_products_and_organizations() {
    let s = setup().await;
    let app = &s.w.app;
    let d2 = domain(app, "D2").await;
    let other_product = product(app, "Another", d2, None).await;
    let ca: i64 = app
        .db
        .client
        .query_one("select id from locations where abbreviation = 'CA'", &[])
        .await
        .unwrap()
        .get(0);
    let west = organization(app, "West").await;
    app.db
        .client
        .execute(
            "insert into organization_locations (organization_id, location_id) values ($1, $2)",
            &[&west, &ca],
        )
        .await
        .unwrap();
    let a = review(app, s.product, s.w.org, s.w.ann.profile_id, 5).await;
    let b = review(app, other_product, west, s.w.ann.profile_id, 2).await;
    let c = review(app, s.product, west, s.w.bob.profile_id, 4).await;
    let ann = &s.w.ann;
    let q =
        |query: String| async move { ids(&get(app, ann, &format!("/api/usages/?{query}")).await) };
    // Default order: product name, then organization name.
    assert_eq!(q(String::new()).await, vec![b, a, c]);
    assert_eq!(q(format!("product__domain={d2}")).await, vec![b]);
    assert_eq!(q(format!("organization__locations={ca}")).await, vec![b, c]);
    let ot: i64 = app
        .db
        .client
        .query_one("select min(id) from org_types", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(q(format!("organization__org_type={ot}")).await.len(), 3);
    assert_eq!(q(format!("reviewer={}", s.w.bob.profile_id)).await, vec![c]);
    assert_eq!(q("rating__gte=4".into()).await, vec![a, c]);
    assert_eq!(q("rating__in=2,5".into()).await, vec![b, a]);
    assert_eq!(q("ordering=-rating".into()).await, vec![a, c, b]);
    assert_eq!(
        q("is_deprecated=false&how_push__isnull=true".into())
            .await
            .len(),
        3
    );
}

#[tokio::test]
async fn usages_are_searched_in_product_and_organization_names_and_the_review_text() {
    let w = world().await;
    let d = domain(&w.app, "D").await;
    let canvas = product(&w.app, "Canvas", d, None).await;
    let clever = product(&w.app, "Clever Rostering", d, None).await;
    let academy = organization(&w.app, "Académie Nord").await;
    let a = review(&w.app, canvas, w.org, w.ann.profile_id, 5).await;
    let b = review(&w.app, clever, w.org, w.ann.profile_id, 4).await;
    let c = review(&w.app, canvas, academy, w.ann.profile_id, 3).await;
    let e = review(&w.app, clever, academy, w.bob.profile_id, 2).await;
    for (id, text) in [
        (a, "Le café des élèves: 100% of them use it"),
        (b, "Syncs rosters nightly"),
        (c, "Grades_sync breaks"),
        (e, ""),
    ] {
        w.app
            .db
            .client
            .execute("update usages set review = $1 where id = $2", &[&text, &id])
            .await
            .expect("set the review");
    }
    let q = |term: &str| {
        let (app, u) = (&w.app, &w.bob);
        let path = format!("/api/usages/?search={term}");
        async move {
            let r = get(app, u, &path).await;
            assert_eq!(r.status, StatusCode::OK, "{path}: {}", r.text);
            let found = ids(&r);
            assert_eq!(r.body["count"], json!(found.len()), "{path}");
            found
        }
    };
    // Only the organization's name (accented) matches, with or without accents.
    assert_eq!(q("academie").await, vec![c, e]);
    assert_eq!(q("ACADÉMIE").await, vec![c, e]);
    // Only the product's name (listed by product, then organization name).
    assert_eq!(q("rostering").await, vec![e, b]);
    // Only the review text, ignoring case and accents.
    assert_eq!(q("ELEVES").await, vec![a]);
    assert_eq!(q("Cafe").await, vec![a]);
    // "roster" is in B's product name and its review: listed once.
    assert_eq!(q("roster").await, vec![e, b]);
    // Every term must match somewhere, each in a different field here.
    assert_eq!(q("canvas%20nord").await, vec![c]);
    assert_eq!(q("clever%20nord%20springfield").await, Vec::<i64>::new());
    // LIKE's metacharacters are literal.
    assert_eq!(q("100%25").await, vec![a]);
    assert_eq!(q("s_sync").await, vec![c]);
    assert_eq!(q("%25%25").await, Vec::<i64>::new());
    let r = get(&w.app, &w.bob, "/api/usages/?search=academie&rating__lte=2").await;
    assert_eq!(ids(&r), vec![e]);
    assert_eq!(r.body["results"][0]["rating"], json!(2));
}
