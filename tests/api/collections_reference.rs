//! Reference data (grades, locations, org types, domains, subjects, usage
//! types, data interfaces): members read, staff write, names unique, and
//! nothing in use is deleted.

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::collections_support::*;

#[tokio::test]
async fn the_seeded_grades_are_listed_by_level_for_members() {
    let w = world().await;
    let r = get(&w.app, &w.ann, "/api/grades/").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["count"], 14);
    assert_eq!(r.body["next"], serde_json::Value::Null);
    assert_eq!(r.body["previous"], serde_json::Value::Null);
    let names: Vec<&str> = r.body["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    assert_eq!(names[..3], ["TK", "K", "1"]);
    assert_eq!(names[13], "12");
    let first = &r.body["results"][0];
    assert_eq!(first["level"], -1);
    assert!(first["created_at"].as_str().unwrap().ends_with('Z'));
    assert!(first["updated_at"].as_str().is_some());
}

#[tokio::test]
async fn reading_reference_data_anonymously_is_unauthorized() {
    let w = world().await;
    for name in [
        "grades",
        "locations",
        "orgtypes",
        "domains",
        "subjects",
        "usagetypes",
        "data_interfaces",
    ] {
        let r = call(&w.app, None, Method::GET, &format!("/api/{name}/"), None).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{name}");
        assert_eq!(
            r.body["detail"],
            "Authentication credentials were not provided."
        );
        assert_eq!(r.header("www-authenticate"), "Token");
    }
}

#[tokio::test]
async fn every_reference_collection_is_readable_by_members() {
    let w = world().await;
    for (name, count) in [
        ("locations", 51),
        ("orgtypes", 3),
        ("domains", 0),
        ("subjects", 0),
        ("usagetypes", 0),
        ("data_interfaces", 0),
    ] {
        let r = get(&w.app, &w.bob, &format!("/api/{name}/")).await;
        assert_eq!(r.status, StatusCode::OK, "{name}: {}", r.text);
        assert_eq!(r.body["count"], count, "{name}");
    }
}

#[tokio::test]
async fn staff_create_a_domain_and_get_it_back_with_a_location() {
    let w = world().await;
    let r = post(
        &w.app,
        &w.staff,
        "/api/domains/",
        json!({"name": "  Assessment ", "color": "#AABBCC"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    assert_eq!(r.body["name"], "Assessment");
    assert_eq!(r.body["color"], "#aabbcc");
    let id = r.body["id"].as_i64().unwrap();
    assert!(r
        .header("location")
        .ends_with(&format!("/api/domains/{id}/")));
    assert_eq!(
        r.body["permissions"],
        json!({"change": true, "delete": true})
    );
    let again = get(&w.app, &w.ann, &format!("/api/domains/{id}/")).await;
    assert_eq!(again.status, StatusCode::OK);
    // The same record; a member may only read reference data.
    let mut expected = r.body.clone();
    expected["permissions"] = json!({"change": false, "delete": false});
    assert_eq!(again.body, expected);
}

#[tokio::test]
async fn a_domain_without_a_color_gets_black() {
    let w = world().await;
    let r = post(&w.app, &w.staff, "/api/domains/", json!({"name": "SIS"})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    assert_eq!(r.body["color"], "#000000");
}

#[tokio::test]
async fn members_may_not_write_reference_data() {
    let w = world().await;
    let d = domain(&w.app, "LMS").await;
    let r = post(&w.app, &w.ann, "/api/domains/", json!({"name": "X"})).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        r.body["detail"],
        "You do not have permission to perform this action."
    );
    let r = patch(
        &w.app,
        &w.ann,
        &format!("/api/domains/{d}/"),
        json!({"name": "Y"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = delete(&w.app, &w.ann, &format!("/api/domains/{d}/")).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = post(
        &w.app,
        &w.ann,
        "/api/grades/",
        json!({"name": "PK", "level": -1}),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_domain_name_is_required_trimmed_limited_and_unique_ignoring_case() {
    let w = world().await;
    domain(&w.app, "Assessment").await;
    let r = post(&w.app, &w.staff, "/api/domains/", json!({})).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.body, json!({"name": ["This field is required."]}));
    let r = post(&w.app, &w.staff, "/api/domains/", json!({"name": "   "})).await;
    assert_eq!(r.body, json!({"name": ["This field may not be blank."]}));
    let r = post(
        &w.app,
        &w.staff,
        "/api/domains/",
        json!({"name": "x".repeat(51)}),
    )
    .await;
    assert_eq!(
        r.body,
        json!({"name": ["Ensure this field has no more than 50 characters."]})
    );
    let r = post(
        &w.app,
        &w.staff,
        "/api/domains/",
        json!({"name": " assessment "}),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body,
        json!({"name": ["domain with this name already exists."]})
    );
}

#[tokio::test]
async fn a_domain_color_must_be_a_hex_triplet() {
    let w = world().await;
    for bad in ["red", "#12345", "#GGGGGG", "123456"] {
        let r = post(
            &w.app,
            &w.staff,
            "/api/domains/",
            json!({"name": "D", "color": bad}),
        )
        .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(
            r.body,
            json!({"color": ["Enter a valid color in the form #rrggbb."]})
        );
    }
}

#[tokio::test]
async fn staff_rename_and_replace_reference_rows() {
    let w = world().await;
    let d = domain(&w.app, "LMS").await;
    let r = patch(
        &w.app,
        &w.staff,
        &format!("/api/domains/{d}/"),
        json!({"color": "#00FF00"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["name"], "LMS");
    assert_eq!(r.body["color"], "#00ff00");
    let r = put(
        &w.app,
        &w.staff,
        &format!("/api/domains/{d}/"),
        json!({"color": "#111111"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.body, json!({"name": ["This field is required."]}));
    let r = put(
        &w.app,
        &w.staff,
        &format!("/api/domains/{d}/"),
        json!({"name": "Learning"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["name"], "Learning");
    assert_eq!(r.body["color"], "#00ff00");
}

#[tokio::test]
async fn deleting_a_domain_in_use_is_a_conflict_that_names_the_products() {
    let w = world().await;
    let d = domain(&w.app, "Assessment").await;
    product(&w.app, "Quizzer", d, None).await;
    product(&w.app, "Tester", d, None).await;
    let r = delete(&w.app, &w.staff, &format!("/api/domains/{d}/")).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(
        r.body,
        json!({"detail": "Cannot delete this domain: it is still used.", "referenced_by": {"products": 2}})
    );
    let still = get(&w.app, &w.staff, &format!("/api/domains/{d}/")).await;
    assert_eq!(still.status, StatusCode::OK);
}

#[tokio::test]
async fn deleting_an_unused_subject_works_and_then_it_is_gone() {
    let w = world().await;
    let s = subject(&w.app, "Math").await;
    let r = delete(&w.app, &w.staff, &format!("/api/subjects/{s}/")).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(r.text, "");
    let r = get(&w.app, &w.staff, &format!("/api/subjects/{s}/")).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.body, json!({"detail": "Not found."}));
}

#[tokio::test]
async fn a_subject_icon_defaults_to_brain_and_must_be_kebab_case() {
    let w = world().await;
    let r = post(
        &w.app,
        &w.staff,
        "/api/subjects/",
        json!({"name": "Science"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    assert_eq!(r.body["icon"], "brain");
    let r = post(
        &w.app,
        &w.staff,
        "/api/subjects/",
        json!({"name": "Art", "icon": "Paint Brush"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body,
        json!({"icon": ["Enter a valid icon name: lower-case letters, digits and single hyphens."]})
    );
    let r = post(
        &w.app,
        &w.staff,
        "/api/subjects/",
        json!({"name": "Literacy", "icon": "book-open"}),
    )
    .await;
    assert_eq!(r.body["icon"], "book-open");
}

#[tokio::test]
async fn grade_levels_stay_within_tk_to_twelve_and_unique() {
    let w = world().await;
    let r = post(
        &w.app,
        &w.staff,
        "/api/grades/",
        json!({"name": "13", "level": 13}),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body,
        json!({"level": ["Ensure this value is less than or equal to 12."]})
    );
    let r = post(
        &w.app,
        &w.staff,
        "/api/grades/",
        json!({"name": "PK", "level": -2}),
    )
    .await;
    assert_eq!(
        r.body,
        json!({"level": ["Ensure this value is greater than or equal to -1."]})
    );
    let r = post(
        &w.app,
        &w.staff,
        "/api/grades/",
        json!({"name": "XX", "level": 5}),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body,
        json!({"level": ["grade with this level already exists."]})
    );
    let r = post(
        &w.app,
        &w.staff,
        "/api/grades/",
        json!({"name": "k", "level": "x"}),
    )
    .await;
    // Every field's problem from one request: "k" clashes with K too.
    assert_eq!(
        r.body,
        json!({"level": ["A valid integer is required."], "name": ["grade with this name already exists."]})
    );
}

#[tokio::test]
async fn deleting_a_grade_an_organization_has_is_a_conflict() {
    let w = world().await;
    let org = w.org;
    w.app
        .db
        .client
        .execute(
            "insert into organization_grades (organization_id, grade_id) select $1, id from grades where level = 3",
            &[&org],
        )
        .await
        .unwrap();
    let grade: i64 = w
        .app
        .db
        .client
        .query_one("select id from grades where level = 3", &[])
        .await
        .unwrap()
        .get(0);
    let r = delete(&w.app, &w.staff, &format!("/api/grades/{grade}/")).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(
        r.body,
        json!({"detail": "Cannot delete this grade: it is still used.", "referenced_by": {"organizations": 1}})
    );
}

#[tokio::test]
async fn location_abbreviations_are_two_letters_upper_cased() {
    let w = world().await;
    let r = post(
        &w.app,
        &w.staff,
        "/api/locations/",
        json!({"name": "Guam", "abbreviation": "gu"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    assert_eq!(r.body["abbreviation"], "GU");
    let r = post(
        &w.app,
        &w.staff,
        "/api/locations/",
        json!({"name": "Puerto Rico", "abbreviation": "P1"}),
    )
    .await;
    assert_eq!(r.body, json!({"abbreviation": ["Enter two letters."]}));
    let r = post(
        &w.app,
        &w.staff,
        "/api/locations/",
        json!({"name": "Other", "abbreviation": "CA"}),
    )
    .await;
    assert_eq!(
        r.body,
        json!({"abbreviation": ["location with this abbreviation already exists."]})
    );
}

#[tokio::test]
async fn data_interfaces_used_for_push_or_pull_cannot_be_deleted() {
    let w = world().await;
    let api = data_interface(&w.app, "API").await;
    let d = domain(&w.app, "D").await;
    let p = product(&w.app, "P", d, None).await;
    let u = review(&w.app, p, w.org, w.ann.profile_id, 4).await;
    w.app
        .db
        .client
        .execute(
            "update usages set how_push_id = $1, how_pull_id = $1 where id = $2",
            &[&api, &u],
        )
        .await
        .unwrap();
    let r = delete(&w.app, &w.staff, &format!("/api/data_interfaces/{api}/")).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(r.body["referenced_by"], json!({"usages": 1}));
    assert_eq!(
        r.body["detail"],
        "Cannot delete this data interface: it is still used."
    );
}

#[tokio::test]
async fn org_types_and_usage_types_follow_the_same_rules() {
    let w = world().await;
    let r = post(
        &w.app,
        &w.staff,
        "/api/orgtypes/",
        json!({"name": "Public School District"}),
    )
    .await;
    assert_eq!(
        r.body,
        json!({"name": ["org type with this name already exists."]})
    );
    let r = post(
        &w.app,
        &w.staff,
        "/api/usagetypes/",
        json!({"name": "District-wide"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED);
    let id = r.body["id"].as_i64().unwrap();
    let ot: i64 = w
        .app
        .db
        .client
        .query_one("select min(id) from org_types", &[])
        .await
        .unwrap()
        .get(0);
    let r = delete(&w.app, &w.staff, &format!("/api/orgtypes/{ot}/")).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(r.body["referenced_by"], json!({"organizations": 1}));
    let r = delete(&w.app, &w.staff, &format!("/api/usagetypes/{id}/")).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
}
