//! Organizations: grades and locations as id lists, the derived grade
//! range, members edit their own, staff delete.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::collections_support::*;
use crate::helpers::TestApp;

async fn grade_ids(app: &TestApp, names: &[&str]) -> Vec<i64> {
    let mut out = Vec::new();
    for name in names {
        out.push(
            app.db
                .client
                .query_one("select id from grades where name = $1", &[name])
                .await
                .unwrap()
                .get(0),
        );
    }
    out
}

async fn location_id(app: &TestApp, abbreviation: &str) -> i64 {
    app.db
        .client
        .query_one(
            "select id from locations where abbreviation = $1",
            &[&abbreviation],
        )
        .await
        .unwrap()
        .get(0)
}

async fn org_type(app: &TestApp) -> i64 {
    app.db
        .client
        .query_one("select min(id) from org_types", &[])
        .await
        .unwrap()
        .get(0)
}

#[tokio::test]
async fn a_member_creates_an_organization_with_grades_and_locations() {
    let w = world().await;
    let grades = grade_ids(&w.app, &["8", "K", "3"]).await;
    let ca = location_id(&w.app, "CA").await;
    let ak = location_id(&w.app, "AK").await;
    let ot = org_type(&w.app).await;
    let r = post(
        &w.app,
        &w.bob,
        "/api/organizations/",
        json!({"name": "Shelbyville", "size": 12, "org_type": ot, "grades": grades, "locations": [ca, ak, ca]}),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let sorted = grade_ids(&w.app, &["K", "3", "8"]).await;
    assert_eq!(r.body["grades"], json!(sorted));
    assert_eq!(r.body["locations"], json!([ak, ca]));
    assert_eq!(r.body["grade_range"], "K-8");
    assert_eq!(r.body["size"], 12);
    assert_eq!(r.body["org_type"], ot);
}

#[tokio::test]
async fn the_grade_range_is_one_name_or_null_when_there_are_fewer_than_two() {
    let w = world().await;
    let ot = org_type(&w.app).await;
    let nine = grade_ids(&w.app, &["9"]).await;
    let r = post(
        &w.app,
        &w.bob,
        "/api/organizations/",
        json!({"name": "High", "org_type": ot, "grades": nine}),
    )
    .await;
    assert_eq!(r.body["grade_range"], "9");
    let r = post(
        &w.app,
        &w.bob,
        "/api/organizations/",
        json!({"name": "None", "org_type": ot}),
    )
    .await;
    assert_eq!(r.body["grade_range"], Value::Null);
    assert_eq!(r.body["grades"], json!([]));
    let all = grade_ids(&w.app, &["TK", "12", "5"]).await;
    let r = post(
        &w.app,
        &w.bob,
        "/api/organizations/",
        json!({"name": "All", "org_type": ot, "grades": all}),
    )
    .await;
    assert_eq!(r.body["grade_range"], "TK-12");
}

#[tokio::test]
async fn a_member_edits_their_own_organization_but_not_another() {
    let w = world().await;
    let other = organization(&w.app, "Other").await;
    let k = grade_ids(&w.app, &["K", "5"]).await;
    let r = patch(
        &w.app,
        &w.ann,
        &format!("/api/organizations/{}/", w.org),
        json!({"grades": k, "size": 3}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["grade_range"], "K-5");
    assert_eq!(r.body["size"], 3);
    let r = patch(
        &w.app,
        &w.ann,
        &format!("/api/organizations/{}/", w.org),
        json!({"grades": []}),
    )
    .await;
    assert_eq!(r.body["grades"], json!([]));
    assert_eq!(r.body["size"], 3);
    let r = patch(
        &w.app,
        &w.ann,
        &format!("/api/organizations/{other}/"),
        json!({"size": 1}),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        r.body["detail"],
        "You do not have permission to perform this action."
    );
    let r = patch(
        &w.app,
        &w.bob,
        &format!("/api/organizations/{}/", w.org),
        json!({"size": 1}),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = patch(
        &w.app,
        &w.staff,
        &format!("/api/organizations/{other}/"),
        json!({"size": 7}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["size"], 7);
}

#[tokio::test]
async fn only_staff_delete_organizations_and_one_with_members_is_kept() {
    let w = world().await;
    let empty = organization(&w.app, "Empty").await;
    let r = delete(&w.app, &w.ann, &format!("/api/organizations/{}/", w.org)).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = delete(&w.app, &w.staff, &format!("/api/organizations/{}/", w.org)).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(
        r.body,
        json!({"detail": "Cannot delete this organization: it is still used.", "referenced_by": {"profiles": 1}})
    );
    let k = grade_ids(&w.app, &["K"]).await;
    patch(
        &w.app,
        &w.staff,
        &format!("/api/organizations/{empty}/"),
        json!({"grades": k}),
    )
    .await;
    let r = delete(&w.app, &w.staff, &format!("/api/organizations/{empty}/")).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let left: i64 = w
        .app
        .db
        .client
        .query_one(
            "select count(*) from organization_grades where organization_id = $1",
            &[&empty],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(left, 0);
}

#[tokio::test]
async fn organization_fields_are_validated() {
    let w = world().await;
    let ot = org_type(&w.app).await;
    let r = post(
        &w.app,
        &w.bob,
        "/api/organizations/",
        json!({"name": "X", "org_type": ot, "size": -1, "grades": "K", "locations": [999999]}),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body,
        json!({
            "size": ["Ensure this value is greater than or equal to 0."],
            "grades": ["Expected a list of items but got type \"str\"."],
            // Every field's problem from one request: the missing location too.
            "locations": ["Invalid pk \"999999\" - object does not exist."]
        })
    );
    let r = post(
        &w.app,
        &w.bob,
        "/api/organizations/",
        json!({"name": "X", "org_type": ot, "locations": [999999]}),
    )
    .await;
    assert_eq!(
        r.body,
        json!({"locations": ["Invalid pk \"999999\" - object does not exist."]})
    );
    let r = post(
        &w.app,
        &w.bob,
        "/api/organizations/",
        json!({"name": "springfield district", "org_type": ot}),
    )
    .await;
    assert_eq!(
        r.body,
        json!({"name": ["organization with this name already exists."]})
    );
    let r = post(
        &w.app,
        &w.bob,
        "/api/organizations/",
        json!({"name": "X", "org_type": ot, "size": 3000000000u64}),
    )
    .await;
    assert_eq!(
        r.body,
        json!({"size": ["Ensure this value is less than or equal to 2147483647."]})
    );
}

#[tokio::test]
async fn organizations_are_filtered_by_grade_location_and_type_without_duplicates() {
    let w = world().await;
    let ot = org_type(&w.app).await;
    let g = grade_ids(&w.app, &["K", "1", "2"]).await;
    let ca = location_id(&w.app, "CA").await;
    let ny = location_id(&w.app, "NY").await;
    let a = post(
        &w.app,
        &w.staff,
        "/api/organizations/",
        json!({"name": "A", "org_type": ot, "grades": g, "locations": [ca, ny], "size": 5}),
    )
    .await
    .body["id"]
        .as_i64()
        .unwrap();
    let b = post(
        &w.app,
        &w.staff,
        "/api/organizations/",
        json!({"name": "B", "org_type": ot, "grades": [g[0]], "locations": [ny], "size": 50}),
    )
    .await
    .body["id"]
        .as_i64()
        .unwrap();
    let q = |s: String| {
        let app = &w.app;
        let u = &w.ann;
        async move { ids(&get(app, u, &format!("/api/organizations/?{s}")).await) }
    };
    assert_eq!(q(format!("locations__in={ca},{ny}")).await, vec![a, b]);
    assert_eq!(q(format!("locations={ca}")).await, vec![a]);
    assert_eq!(q(format!("grades={}", g[0])).await, vec![a, b]);
    assert_eq!(q("grades__level__gte=1".into()).await, vec![a]);
    assert_eq!(q("locations__abbreviation=NY".into()).await, vec![a, b]);
    assert_eq!(q("size__gt=10".into()).await, vec![b]);
    assert_eq!(q("size__isnull=true".into()).await, vec![w.org]);
    assert_eq!(q(format!("org_type={ot}&name__icontains=a")).await, vec![a]);
}

#[tokio::test]
async fn the_organization_list_shows_grades_locations_and_range_in_one_page() {
    let w = world().await;
    let g = grade_ids(&w.app, &["TK", "6"]).await;
    patch(
        &w.app,
        &w.ann,
        &format!("/api/organizations/{}/", w.org),
        json!({"grades": g}),
    )
    .await;
    let r = get(&w.app, &w.ann, "/api/organizations/").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["count"], 1);
    let row = &r.body["results"][0];
    assert_eq!(row["name"], "Springfield District");
    assert_eq!(row["grades"], json!(g));
    assert_eq!(row["locations"], json!([]));
    assert_eq!(row["grade_range"], "TK-6");
}

#[tokio::test]
async fn a_patch_without_grades_keeps_them_and_a_put_replaces_them() {
    let w = world().await;
    let ot = org_type(&w.app).await;
    let g = grade_ids(&w.app, &["K", "5"]).await;
    let path = format!("/api/organizations/{}/", w.org);
    patch(&w.app, &w.ann, &path, json!({"grades": g})).await;
    let r = patch(&w.app, &w.ann, &path, json!({"size": 9})).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["grades"], json!(g));
    assert_eq!(r.body["grade_range"], "K-5");
    let nine = grade_ids(&w.app, &["9"]).await;
    let r = put(
        &w.app,
        &w.ann,
        &path,
        json!({"name": "Springfield", "org_type": ot, "grades": nine}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["grades"], json!(nine));
    assert_eq!(r.body["size"], 9);
    assert_eq!(r.body["name"], "Springfield");
    let r = put(&w.app, &w.ann, &path, json!({"name": "Springfield"})).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.body, json!({"org_type": ["This field is required."]}));
}
