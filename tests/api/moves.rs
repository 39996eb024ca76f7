//! Where organizations moved (issue 13, item 3): a deprecated review names
//! the product that replaced it (`replaced_by`), and
//! `GET /api/products/{id}/moves/` and `GET /api/moves/` group those moves.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::collections_support::{
    call, delete, domain, get, insert, organization, patch, pilot, post, product, World,
};
use crate::helpers::{insert_member, sign_in_as};

/// Quill, Abacus and Beacon (Assessment) and Ledger (SIS).
struct Scene {
    w: World,
    assessment: i64,
    sis: i64,
    quill: i64,
    abacus: i64,
    beacon: i64,
    ledger: i64,
}

async fn scene() -> Scene {
    let w = crate::collections_support::world().await;
    let assessment = domain(&w.app, "Assessment").await;
    let sis = domain(&w.app, "SIS").await;
    let quill = product(&w.app, "Quill", assessment, None).await;
    let abacus = product(&w.app, "Abacus", assessment, None).await;
    let beacon = product(&w.app, "Beacon", assessment, None).await;
    let ledger = product(&w.app, "Ledger", sis, None).await;
    Scene {
        w,
        assessment,
        sis,
        quill,
        abacus,
        beacon,
        ledger,
    }
}

/// Ann's review of Quill, as the API's body.
fn body(s: &Scene, extra: Value, usage_type: i64) -> Value {
    let mut b =
        json!({"product": s.quill, "organization": s.w.org, "usage_type": usage_type, "rating": 2});
    for (k, v) in extra.as_object().expect("an object") {
        b[k] = v.clone();
    }
    b
}

/// A review by a new member of Ann's organization of `from`, dropped on
/// `when` for `to`.
async fn moved(s: &Scene, from: i64, to: i64, when: &str) {
    let n: i64 = insert(&s.w.app, "select count(*) from usages", &[]).await;
    let member = insert_member(
        &s.w.app.db.client,
        &format!("mover{n}"),
        false,
        Some(s.w.org),
    )
    .await;
    let kind = pilot(&s.w.app).await;
    let when = chrono::NaiveDate::parse_from_str(when, "%Y-%m-%d").expect("a date");
    insert(
        &s.w.app,
        "insert into usages (product_id, organization_id, reviewer_id, usage_type_id, rating, \
         is_deprecated, when_deprecated, replaced_by) values ($1, $2, $3, $4, 2, true, $5, $6) returning id",
        &[&from, &s.w.org, &member.profile_id, &kind, &when, &to],
    )
    .await;
}

/// Quill → Abacus twice (the latest 2025-03-01), Quill → Ledger once,
/// Beacon → Quill once.
async fn moves(s: &Scene) {
    moved(s, s.quill, s.abacus, "2025-01-10").await;
    moved(s, s.quill, s.abacus, "2025-03-01").await;
    moved(s, s.quill, s.ledger, "2024-11-05").await;
    moved(s, s.beacon, s.quill, "2025-02-14").await;
}

fn one_error(field: &str, message: &str) -> Value {
    json!({ field: [message] })
}

#[tokio::test]
async fn a_member_names_the_product_that_replaced_the_one_they_dropped_and_un_deprecating_clears_it(
) {
    let s = scene().await;
    let kind = pilot(&s.w.app).await;
    let created = post(
        &s.w.app,
        &s.w.ann,
        "/api/usages/",
        body(
            &s,
            json!({"is_deprecated": true, "replaced_by": s.abacus}),
            kind,
        ),
    )
    .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    assert_eq!(created.body["replaced_by"], json!(s.abacus));
    let path = format!("/api/usages/{}/", created.body["id"]);

    let changed = patch(&s.w.app, &s.w.ann, &path, json!({"replaced_by": s.ledger})).await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    assert_eq!(changed.body["replaced_by"], json!(s.ledger));
    assert_eq!(changed.body["is_deprecated"], json!(true));

    let filtered = get(
        &s.w.app,
        &s.w.bob,
        &format!("/api/usages/?replaced_by={}", s.ledger),
    )
    .await;
    assert_eq!(filtered.status, StatusCode::OK, "{}", filtered.text);
    assert_eq!(filtered.body["count"], json!(1));
    assert_eq!(filtered.body["results"][0]["id"], created.body["id"]);
    let none = get(
        &s.w.app,
        &s.w.bob,
        &format!("/api/usages/?replaced_by={}", s.abacus),
    )
    .await;
    assert_eq!(none.body["count"], json!(0), "{}", none.text);
    let named = get(&s.w.app, &s.w.bob, "/api/usages/?replaced_by__isnull=false").await;
    assert_eq!(named.status, StatusCode::OK, "{}", named.text);
    assert_eq!(named.body["count"], json!(1));

    // Back in use: the replacement goes, as the date and reason do.
    let back = patch(&s.w.app, &s.w.ann, &path, json!({"is_deprecated": false})).await;
    assert_eq!(back.status, StatusCode::OK, "{}", back.text);
    assert_eq!(back.body["replaced_by"], Value::Null);
    let unnamed = get(&s.w.app, &s.w.bob, "/api/usages/?replaced_by__isnull=true").await;
    assert_eq!(unnamed.body["count"], json!(1), "{}", unnamed.text);
}

#[tokio::test]
async fn a_replacement_that_is_the_product_itself_unknown_or_for_a_product_still_used_is_a_400() {
    let s = scene().await;
    let kind = pilot(&s.w.app).await;
    for (extra, field_error) in [
        (
            json!({"is_deprecated": true, "replaced_by": s.quill}),
            "A product cannot replace itself: choose another product.",
        ),
        (
            json!({"is_deprecated": false, "replaced_by": s.abacus}),
            "A replacement can only be named when is_deprecated is true.",
        ),
        (
            json!({"replaced_by": s.abacus}),
            "A replacement can only be named when is_deprecated is true.",
        ),
        (
            json!({"is_deprecated": true, "replaced_by": 999_999}),
            "Invalid pk \"999999\" - object does not exist.",
        ),
        (
            json!({"is_deprecated": true, "replaced_by": true}),
            "Incorrect type. Expected pk value, received bool.",
        ),
    ] {
        let r = post(
            &s.w.app,
            &s.w.ann,
            "/api/usages/",
            body(&s, extra.clone(), kind),
        )
        .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{extra}: {}", r.text);
        assert_eq!(r.body, one_error("replaced_by", field_error), "{extra}");
    }
    // A review still in use refuses one too, when patched.
    let created = post(
        &s.w.app,
        &s.w.ann,
        "/api/usages/",
        body(&s, json!({}), kind),
    )
    .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let path = format!("/api/usages/{}/", created.body["id"]);
    let r = patch(&s.w.app, &s.w.ann, &path, json!({"replaced_by": s.abacus})).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    assert_eq!(
        r.body,
        one_error(
            "replaced_by",
            "A replacement can only be named when is_deprecated is true."
        )
    );
    let r = patch(
        &s.w.app,
        &s.w.ann,
        &path,
        json!({"is_deprecated": true, "replaced_by": s.quill}),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    assert_eq!(
        r.body,
        one_error(
            "replaced_by",
            "A product cannot replace itself: choose another product."
        )
    );
}

#[tokio::test]
async fn only_the_reviewer_or_staff_name_a_replacement_and_visitors_must_sign_in() {
    let s = scene().await;
    let kind = pilot(&s.w.app).await;
    let created = post(
        &s.w.app,
        &s.w.ann,
        "/api/usages/",
        body(&s, json!({"is_deprecated": true}), kind),
    )
    .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let path = format!("/api/usages/{}/", created.body["id"]);
    let elsewhere = organization(&s.w.app, "Shelbyville Academy").await;
    let carl = sign_in_as(&s.w.app, "carl", false, Some(elsewhere)).await;
    let r = patch(&s.w.app, &carl, &path, json!({"replaced_by": s.abacus})).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.text);
    assert_eq!(
        r.body,
        json!({"detail": "You do not have permission to perform this action."})
    );
    let r = call(
        &s.w.app,
        None,
        Method::PATCH,
        &path,
        Some(&json!({"replaced_by": s.abacus})),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}", r.text);
    assert!(r.body["detail"].is_string(), "{}", r.text);
    let stored: Option<i64> =
        s.w.app
            .db
            .client
            .query_one(
                "select replaced_by from usages where id = $1",
                &[&created.body["id"].as_i64().expect("an id")],
            )
            .await
            .expect("the review")
            .get(0);
    assert_eq!(stored, None, "refused writes changed nothing");
    let r = patch(
        &s.w.app,
        &s.w.staff,
        &path,
        json!({"replaced_by": s.abacus}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["replaced_by"], json!(s.abacus));
}

#[tokio::test]
async fn a_product_page_shows_where_organizations_moved_from_and_to_it() {
    let s = scene().await;
    moves(&s).await;
    // Bob belongs to no organization: any member reads the moves.
    let r = get(
        &s.w.app,
        &s.w.bob,
        &format!("/api/products/{}/moves/", s.quill),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        r.body,
        json!({
            "product": s.quill,
            "moved_to": [
                {"id": s.abacus, "name": "Abacus", "count": 2, "last_at": "2025-03-01"},
                {"id": s.ledger, "name": "Ledger", "count": 1, "last_at": "2024-11-05"},
            ],
            "moved_from": [
                {"id": s.beacon, "name": "Beacon", "count": 1, "last_at": "2025-02-14"},
            ],
        })
    );
    let r = get(
        &s.w.app,
        &s.w.ann,
        &format!("/api/products/{}/moves/", s.abacus),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["moved_to"], json!([]));
    assert_eq!(
        r.body["moved_from"],
        json!([{"id": s.quill, "name": "Quill", "count": 2, "last_at": "2025-03-01"}])
    );

    let path = format!("/api/products/{}/moves/", s.quill);
    let r = get(&s.w.app, &s.w.ann, &format!("{path}?limit=3")).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    assert_eq!(r.body["detail"], json!("Unknown query parameter 'limit'."));
    let r = get(&s.w.app, &s.w.ann, "/api/products/999999/moves/").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.text);
    assert_eq!(r.body, json!({"detail": "Not found."}));
    let r = call(
        &s.w.app,
        Some(&s.w.ann),
        Method::POST,
        &path,
        Some(&json!({})),
    )
    .await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED, "{}", r.text);
    assert!(r.body["detail"].is_string(), "{}", r.text);
    let r = call(&s.w.app, None, Method::GET, &path, None).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}", r.text);
    assert!(r.body["detail"].is_string(), "{}", r.text);
}

#[tokio::test]
async fn the_largest_moves_come_first_paged_and_filtered_by_domain() {
    let s = scene().await;
    moves(&s).await;
    let r = get(&s.w.app, &s.w.bob, "/api/moves/").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["count"], json!(3));
    assert_eq!(r.body["next"], Value::Null);
    assert_eq!(r.body["previous"], Value::Null);
    assert_eq!(
        r.body["results"],
        json!([
            {"from": {"id": s.quill, "name": "Quill"}, "to": {"id": s.abacus, "name": "Abacus"},
             "count": 2, "last_at": "2025-03-01"},
            {"from": {"id": s.beacon, "name": "Beacon"}, "to": {"id": s.quill, "name": "Quill"},
             "count": 1, "last_at": "2025-02-14"},
            {"from": {"id": s.quill, "name": "Quill"}, "to": {"id": s.ledger, "name": "Ledger"},
             "count": 1, "last_at": "2024-11-05"},
        ])
    );

    // SIS: the one move reaching its product.
    let r = get(&s.w.app, &s.w.ann, &format!("/api/moves/?domain={}", s.sis)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["count"], json!(1));
    assert_eq!(r.body["results"][0]["to"]["name"], json!("Ledger"));

    let first = get(
        &s.w.app,
        &s.w.ann,
        &format!("/api/moves/?domain={}&page_size=2", s.assessment),
    )
    .await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.text);
    assert_eq!(first.body["count"], json!(3));
    assert_eq!(first.body["results"].as_array().map(Vec::len), Some(2));
    let next = first.body["next"].as_str().expect("a next page");
    assert!(
        next.ends_with(&format!(
            "/api/moves/?domain={}&page_size=2&page=2",
            s.assessment
        )),
        "{next}"
    );
    let second = get(
        &s.w.app,
        &s.w.ann,
        &format!("/api/moves/?domain={}&page_size=2&page=2", s.assessment),
    )
    .await;
    assert_eq!(second.status, StatusCode::OK, "{}", second.text);
    assert_eq!(second.body["results"][0]["to"]["name"], json!("Ledger"));
    let past = get(&s.w.app, &s.w.ann, "/api/moves/?page=3&page_size=2").await;
    assert_eq!(past.status, StatusCode::NOT_FOUND, "{}", past.text);
    assert_eq!(past.body, json!({"detail": "Invalid page."}));

    for (query, detail) in [
        (
            "domain=999999",
            "Parameter 'domain': domain 999999 does not exist.",
        ),
        (
            "domain=x",
            "Parameter 'domain' has an invalid value 'x': expected an integer.",
        ),
        ("product=1", "Unknown query parameter 'product'."),
        ("page=1&page=2", "Parameter 'page' is given more than once."),
    ] {
        let r = get(&s.w.app, &s.w.ann, &format!("/api/moves/?{query}")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{query}: {}", r.text);
        assert_eq!(r.body["detail"], json!(detail), "{query}");
        assert_eq!(
            r.body["accepted"],
            json!(["domain", "page", "page_size"]),
            "{query}"
        );
    }
    let r = call(
        &s.w.app,
        Some(&s.w.ann),
        Method::DELETE,
        "/api/moves/",
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED, "{}", r.text);
    let r = call(&s.w.app, None, Method::GET, "/api/moves/", None).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}", r.text);
    assert!(r.body["detail"].is_string(), "{}", r.text);
}

#[tokio::test]
async fn a_product_named_as_a_replacement_is_not_deleted_from_under_the_reviews() {
    let s = scene().await;
    moves(&s).await;
    let r = delete(
        &s.w.app,
        &s.w.staff,
        &format!("/api/products/{}/", s.ledger),
    )
    .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.text);
    assert_eq!(
        r.body,
        json!({
            "detail": "Cannot delete this product: it is still used.",
            "referenced_by": {"usages": 1},
        })
    );
    let _ = s.assessment;
}
