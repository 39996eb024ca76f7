//! Users and profiles: members read them (never a password), staff manage
//! users, members edit their own profile.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::collections_support::*;

#[tokio::test]
async fn members_read_users_without_any_password() {
    let w = world().await;
    let r = get(&w.app, &w.bob, "/api/users/").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["count"], 3);
    let first = &r.body["results"][0];
    let mut keys: Vec<&str> = first
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "created_at",
            "date_joined",
            "email",
            "first_name",
            "id",
            "is_active",
            "is_staff",
            "last_login",
            "last_name",
            "permissions",
            "updated_at",
            "username"
        ]
    );
    assert_eq!(first["username"], "ann");
    assert!(!r.text.contains("password"));
    assert!(!r.text.contains("argon2"));
}

#[tokio::test]
async fn members_may_not_edit_or_delete_users() {
    let w = world().await;
    let r = patch(
        &w.app,
        &w.ann,
        &format!("/api/users/{}/", w.ann.user_id),
        json!({"first_name": "X"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = delete(&w.app, &w.ann, &format!("/api/users/{}/", w.bob.user_id)).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        r.body["detail"],
        "You do not have permission to perform this action."
    );
}

#[tokio::test]
async fn staff_edit_users_with_checked_fields() {
    let w = world().await;
    let path = format!("/api/users/{}/", w.bob.user_id);
    let r = patch(&w.app, &w.staff, &path, json!({"first_name": " Robert ", "is_staff": true, "password": "x", "date_joined": "2000-01-01"})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["first_name"], "Robert");
    assert_eq!(r.body["is_staff"], true);
    assert!(!r.body["date_joined"].as_str().unwrap().starts_with("2000"));
    let r = patch(
        &w.app,
        &w.staff,
        &path,
        json!({"email": "not-an-email", "username": "bad name"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body,
        json!({
            "email": ["Enter a valid email address."],
            "username": ["Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters."]
        })
    );
    let r = patch(&w.app, &w.staff, &path, json!({"username": "ANN"})).await;
    assert_eq!(
        r.body,
        json!({"username": ["A user with that username already exists."]})
    );
    let r = patch(&w.app, &w.staff, &path, json!({"email": "Ann@example.org"})).await;
    assert_eq!(
        r.body,
        json!({"email": ["user with this email already exists."]})
    );
}

#[tokio::test]
async fn a_user_who_reviewed_cannot_be_deleted_but_another_can() {
    let w = world().await;
    let d = domain(&w.app, "D").await;
    let p = product(&w.app, "P", d, None).await;
    review(&w.app, p, w.org, w.ann.profile_id, 4).await;
    let r = delete(&w.app, &w.staff, &format!("/api/users/{}/", w.ann.user_id)).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(
        r.body,
        json!({"detail": "Cannot delete this user: it is still used.", "referenced_by": {"usages": 1}})
    );
    let r = delete(&w.app, &w.staff, &format!("/api/users/{}/", w.bob.user_id)).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let r = get(
        &w.app,
        &w.staff,
        &format!("/api/profiles/{}/", w.bob.profile_id),
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn users_are_searched_by_name_email_and_organization() {
    let w = world().await;
    let r = get(&w.app, &w.ann, "/api/users/?search=springfield").await;
    assert_eq!(ids(&r), vec![w.ann.user_id]);
    let r = get(&w.app, &w.ann, "/api/users/?search=BOB%20tester").await;
    assert_eq!(ids(&r), vec![w.bob.user_id]);
    let r = get(&w.app, &w.ann, "/api/users/?search=example.org%20nobody").await;
    assert_eq!(r.body["count"], 0);
    let r = get(
        &w.app,
        &w.ann,
        &format!("/api/users/?profile__organization={}", w.org),
    )
    .await;
    assert_eq!(ids(&r), vec![w.ann.user_id]);
}

#[tokio::test]
async fn a_profile_shows_its_user_organization_and_reviewed_products() {
    let w = world().await;
    let d = domain(&w.app, "D").await;
    let b = product(&w.app, "Beta", d, None).await;
    let a = product(&w.app, "Alpha", d, None).await;
    review(&w.app, b, w.org, w.ann.profile_id, 4).await;
    review(&w.app, a, w.org, w.ann.profile_id, 5).await;
    let other = organization(&w.app, "Other").await;
    review(&w.app, a, other, w.ann.profile_id, 5).await;
    let r = get(
        &w.app,
        &w.bob,
        &format!("/api/profiles/{}/", w.ann.profile_id),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["user"], w.ann.user_id);
    assert_eq!(r.body["organization"], w.org);
    assert_eq!(r.body["github_id"], Value::Null);
    assert_eq!(r.body["products"], json!([a, b]));
}

#[tokio::test]
async fn members_edit_their_own_profile_only() {
    let w = world().await;
    let path = format!("/api/profiles/{}/", w.ann.profile_id);
    let r = patch(
        &w.app,
        &w.ann,
        &path,
        json!({"github_id": "octo-cat", "organization": null, "user": w.bob.user_id}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["github_id"], "octo-cat");
    assert_eq!(r.body["organization"], Value::Null);
    assert_eq!(r.body["user"], w.ann.user_id);
    let r = patch(&w.app, &w.ann, &path, json!({"github_id": "-bad-"})).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body,
        json!({"github_id": ["Enter a valid GitHub user name: letters, digits and single hyphens, not at either end."]})
    );
    let r = patch(&w.app, &w.ann, &path, json!({"github_id": "a".repeat(40)})).await;
    assert_eq!(
        r.body,
        json!({"github_id": ["Ensure this field has no more than 39 characters."]})
    );
    let r = patch(&w.app, &w.bob, &path, json!({"github_id": "x"})).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = patch(&w.app, &w.staff, &path, json!({"github_id": ""})).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["github_id"], Value::Null);
}

#[tokio::test]
async fn profiles_are_neither_created_nor_deleted_through_the_api() {
    let w = world().await;
    let r = post(&w.app, &w.staff, "/api/profiles/", json!({})).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.header("allow"), "GET");
    assert_eq!(r.body, json!({"detail": "Method not allowed."}));
    // Not even staff, and not even a profile without reviews: its user
    // would be left unable to sign in.
    let path = format!("/api/profiles/{}/", w.bob.profile_id);
    for who in [&w.staff, &w.bob] {
        let r = delete(&w.app, who, &path).await;
        assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
        assert_eq!(r.header("allow"), "GET, PUT, PATCH");
        assert_eq!(r.body, json!({"detail": "Method not allowed."}));
    }
    let r = get(&w.app, &w.bob, &path).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["id"], json!(w.bob.profile_id));
    assert_eq!(r.body["user"], json!(w.bob.user_id));
    // Bob still signs in with his token.
    let r = get(&w.app, &w.bob, "/api/me/").await;
    assert_eq!(r.status, StatusCode::OK);
}

#[tokio::test]
async fn profiles_are_searched_by_their_users_names_and_organization() {
    let w = world().await;
    let r = get(&w.app, &w.bob, "/api/profiles/?search=ann").await;
    assert_eq!(ids(&r), vec![w.ann.profile_id]);
    let r = get(&w.app, &w.bob, "/api/profiles/?search=district").await;
    assert_eq!(ids(&r), vec![w.ann.profile_id]);
    let r = get(&w.app, &w.bob, "/api/profiles/").await;
    assert_eq!(
        ids(&r),
        vec![w.ann.profile_id, w.bob.profile_id, w.staff.profile_id]
    );
    let r = get(&w.app, &w.bob, "/api/profiles/?user__is_staff=true").await;
    assert_eq!(ids(&r), vec![w.staff.profile_id]);
}

#[tokio::test]
async fn a_wrong_method_on_a_user_is_405_with_allow() {
    let w = world().await;
    let r = call(
        &w.app,
        Some(&w.staff),
        Method::POST,
        &format!("/api/users/{}/", w.ann.user_id),
        Some(&json!({})),
    )
    .await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.header("allow"), "GET, PUT, PATCH, DELETE");
    assert_eq!(r.body, json!({"detail": "Method not allowed."}));
}

#[tokio::test]
async fn the_last_active_staff_user_cannot_be_demoted_or_deleted() {
    let w = world().await;
    let path = format!("/api/users/{}/", w.staff.user_id);
    let r = patch(&w.app, &w.staff, &path, json!({"is_staff": false})).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.text);
    assert_eq!(
        r.body,
        json!({"detail": "The last active staff user cannot be removed, deactivated or demoted."})
    );
    let r = delete(&w.app, &w.staff, &path).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    let r = get(&w.app, &w.staff, &path).await;
    assert_eq!(r.body["is_staff"], true);
    let r = patch(
        &w.app,
        &w.staff,
        &format!("/api/users/{}/", w.bob.user_id),
        json!({"is_staff": true}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let r = patch(&w.app, &w.staff, &path, json!({"is_staff": false})).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["is_staff"], false);
}
