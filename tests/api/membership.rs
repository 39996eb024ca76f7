//! The member's own loop through the API (issue 9, items 1-4): one save of
//! their own user and profile fields, deliberate membership of an
//! organization, what each record says the member may do with it, and
//! every field's problem reported from one request.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::collections_support::{
    call, delete, domain, get, organization, patch, pilot, post, product, review, world,
};

const REVIEWING_FOR_OTHERS: &str = "You can only review for your own organization. Staff can record a review for any organization.";
const JOINING: &str = "You cannot join an organization by editing your profile. Ask one of its members to invite you, or create a new organization.";

#[tokio::test]
async fn a_member_saves_their_names_email_and_github_id_in_one_request() {
    let w = world().await;
    let r = call(
        &w.app,
        Some(&w.ann),
        Method::PATCH,
        "/api/me/",
        Some(&json!({
            "first_name": " Annie ", "last_name": "Jones", "email": "annie@example.org",
            "github_id": "annie-j", "organization": w.org, "username": "ann", "is_staff": false
        })),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["user"]["first_name"], "Annie");
    assert_eq!(r.body["user"]["last_name"], "Jones");
    assert_eq!(r.body["user"]["email"], "annie@example.org");
    assert_eq!(r.body["profile"]["github_id"], "annie-j");
    assert_eq!(r.body["profile"]["organization"], w.org);
    assert_eq!(r.body["organization"]["name"], "Springfield District");
    let row = w
        .app
        .db
        .client
        .query_one(
            "select u.first_name, u.email, p.github_id from users u join profiles p on p.user_id = u.id where u.id = $1",
            &[&w.ann.user_id],
        )
        .await
        .expect("ann");
    assert_eq!(row.get::<_, String>(0), "Annie");
    assert_eq!(row.get::<_, String>(1), "annie@example.org");
    assert_eq!(row.get::<_, Option<String>>(2).as_deref(), Some("annie-j"));
}

#[tokio::test]
async fn a_member_cannot_change_their_username_or_staff_and_active_flags() {
    let w = world().await;
    for (body, detail) in [
        (
            json!({"username": "annie"}),
            "Only staff may change a username.",
        ),
        (json!({"is_staff": true}), "Only staff may change is_staff."),
        (
            json!({"is_active": false}),
            "Only staff may change is_active.",
        ),
    ] {
        let r = call(&w.app, Some(&w.ann), Method::PATCH, "/api/me/", Some(&body)).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{body}");
        assert_eq!(r.body, json!({ "detail": detail }));
    }
    let staff: bool = w
        .app
        .db
        .client
        .query_one(
            "select is_staff from users where id = $1",
            &[&w.ann.user_id],
        )
        .await
        .expect("ann")
        .get(0);
    assert!(!staff);
}

#[tokio::test]
async fn saving_oneself_reports_every_field_problem_at_once_and_writes_nothing() {
    let w = world().await;
    let r = call(
        &w.app,
        Some(&w.ann),
        Method::PATCH,
        "/api/me/",
        Some(&json!({"first_name": "Changed", "email": "bob@example.org", "github_id": "-bad-"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    assert_eq!(
        r.body,
        json!({
            "email": ["user with this email already exists."],
            "github_id": ["Enter a valid GitHub user name: letters, digits and single hyphens, not at either end."]
        })
    );
    let name: String = w
        .app
        .db
        .client
        .query_one(
            "select first_name from users where id = $1",
            &[&w.ann.user_id],
        )
        .await
        .expect("ann")
        .get(0);
    assert_eq!(name, "Ann", "nothing was written");
}

#[tokio::test]
async fn nobody_joins_an_existing_organization_by_editing_their_own_profile() {
    let w = world().await;
    let target = organization(&w.app, "Shelbyville Schools").await;
    let r = patch(
        &w.app,
        &w.bob,
        &format!("/api/profiles/{}/", w.bob.profile_id),
        json!({"organization": target}),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.text);
    assert_eq!(r.body, json!({ "detail": JOINING }));
    let r = call(
        &w.app,
        Some(&w.ann),
        Method::PATCH,
        "/api/me/",
        Some(&json!({"organization": target})),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.body, json!({ "detail": JOINING }));
    // So the take-over fails at its first step.
    let r = patch(
        &w.app,
        &w.bob,
        &format!("/api/organizations/{target}/"),
        json!({"name": "Taken"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = get(
        &w.app,
        &w.bob,
        &format!("/api/profiles/{}/", w.bob.profile_id),
    )
    .await;
    assert_eq!(r.body["organization"], Value::Null);
    // Staff set anyone's organization.
    let r = patch(
        &w.app,
        &w.staff,
        &format!("/api/profiles/{}/", w.bob.profile_id),
        json!({"organization": target}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["organization"], target);
}

#[tokio::test]
async fn a_member_may_leave_their_organization() {
    let w = world().await;
    let r = call(
        &w.app,
        Some(&w.ann),
        Method::PATCH,
        "/api/me/",
        Some(&json!({"organization": null})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["profile"]["organization"], Value::Null);
    assert_eq!(r.body["organization"], Value::Null);
    let r = patch(
        &w.app,
        &w.ann,
        &format!("/api/organizations/{}/", w.org),
        json!({"size": 3}),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "no longer a member");
}

#[tokio::test]
async fn a_member_who_creates_an_organization_becomes_its_first_member_and_may_edit_it() {
    let w = world().await;
    let org_type: i64 = w
        .app
        .db
        .client
        .query_one("select min(id) from org_types", &[])
        .await
        .expect("an org type")
        .get(0);
    let r = post(
        &w.app,
        &w.bob,
        "/api/organizations/",
        json!({"name": "Bob's Academy", "org_type": org_type}),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let id = r.body["id"].as_i64().expect("id");
    assert_eq!(
        r.body["permissions"],
        json!({"change": true, "delete": false})
    );
    let me = get(&w.app, &w.bob, "/api/me/").await;
    assert_eq!(me.body["profile"]["organization"], id);
    let r = patch(
        &w.app,
        &w.bob,
        &format!("/api/organizations/{id}/"),
        json!({"size": 4}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["size"], 4);
    // Staff who create one do not join it.
    let r = post(
        &w.app,
        &w.staff,
        "/api/organizations/",
        json!({"name": "Staff-made District", "org_type": org_type}),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED);
    let me = get(&w.app, &w.staff, "/api/me/").await;
    assert_eq!(me.body["profile"]["organization"], Value::Null);
}

#[tokio::test]
async fn members_invite_colleagues_into_their_own_organization_only() {
    let w = world().await;
    let other = organization(&w.app, "Elsewhere").await;
    let invite =
        |n: &str| json!({"username": n, "email": format!("{n}@example.org"), "first_name": "New"});
    let r = post(&w.app, &w.ann, "/api/users/", invite("carla")).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    assert_eq!(r.body["is_active"], false);
    let joined: Option<i64> = w
        .app
        .db
        .client
        .query_one(
            "select p.organization_id from profiles p join users u on u.id = p.user_id where u.username = 'carla'",
            &[],
        )
        .await
        .expect("carla's profile")
        .get(0);
    assert_eq!(joined, Some(w.org));

    let mut into_other = invite("dan");
    into_other["organization"] = json!(other);
    let r = post(&w.app, &w.ann, "/api/users/", into_other.clone()).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        r.body,
        json!({"detail": "You can only invite colleagues into your own organization."})
    );
    let mut staff_invite = invite("eve");
    staff_invite["is_staff"] = json!(true);
    let r = post(&w.app, &w.ann, "/api/users/", staff_invite).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.body, json!({"detail": "Only staff may invite staff."}));
    let r = post(&w.app, &w.bob, "/api/users/", invite("fay")).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        r.body,
        json!({"detail": "Join or create an organization before inviting colleagues into it."})
    );
    // Staff place an invitee in any organization; a missing one is a field error.
    let r = post(&w.app, &w.staff, "/api/users/", into_other).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let mut nowhere = invite("gus");
    nowhere["organization"] = json!(999_999);
    let r = post(&w.app, &w.staff, "/api/users/", nowhere).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body,
        json!({"organization": ["Invalid pk \"999999\" - object does not exist."]})
    );
    let made: i64 = w
        .app
        .db
        .client
        .query_one(
            "select count(*) from users where username in ('carla', 'dan', 'eve', 'fay', 'gus')",
            &[],
        )
        .await
        .expect("count")
        .get(0);
    assert_eq!(made, 2, "carla and dan only");
}

#[tokio::test]
async fn every_record_says_what_the_signed_in_member_may_do_with_it() {
    let w = world().await;
    let d = domain(&w.app, "Assessment").await;
    let p = product(&w.app, "MathQuest", d, None).await;
    let other = organization(&w.app, "Elsewhere").await;
    let mine = review(&w.app, p, w.org, w.ann.profile_id, 5).await;
    let theirs = review(&w.app, p, other, w.bob.profile_id, 2).await;
    let both = json!({"change": true, "delete": true});
    let neither = json!({"change": false, "delete": false});

    let r = get(&w.app, &w.ann, &format!("/api/usages/{mine}/")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["permissions"], both);
    let r = get(&w.app, &w.ann, &format!("/api/usages/{theirs}/")).await;
    assert_eq!(r.body["permissions"], neither);
    let r = get(&w.app, &w.staff, &format!("/api/usages/{theirs}/")).await;
    assert_eq!(r.body["permissions"], both);
    let r = get(&w.app, &w.ann, "/api/usages/?ordering=id").await;
    assert_eq!(r.status, StatusCode::OK);
    let listed: Vec<(i64, Value)> = r.body["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|u| (u["id"].as_i64().expect("id"), u["permissions"].clone()))
        .collect();
    assert_eq!(
        listed,
        vec![(mine, both.clone()), (theirs, neither.clone())]
    );
    // What the judge says is what the API does.
    assert_eq!(
        delete(&w.app, &w.ann, &format!("/api/usages/{theirs}/"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    // Organizations: members change their own; only staff delete.
    let r = get(&w.app, &w.ann, &format!("/api/organizations/{}/", w.org)).await;
    assert_eq!(
        r.body["permissions"],
        json!({"change": true, "delete": false})
    );
    let r = get(&w.app, &w.ann, &format!("/api/organizations/{other}/")).await;
    assert_eq!(r.body["permissions"], neither);
    // Products: any member edits; profiles are never deleted.
    let r = get(&w.app, &w.bob, &format!("/api/products/{p}/")).await;
    assert_eq!(
        r.body["permissions"],
        json!({"change": true, "delete": false})
    );
    let r = get(
        &w.app,
        &w.staff,
        &format!("/api/profiles/{}/", w.ann.profile_id),
    )
    .await;
    assert_eq!(
        r.body["permissions"],
        json!({"change": true, "delete": false})
    );
    // CSV stays the records' own fields.
    let r = get(&w.app, &w.ann, "/api/usages/?format=csv").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(!r.text.contains("permissions"), "{}", r.text);
}

#[tokio::test]
async fn a_bad_address_and_a_taken_name_are_reported_together() {
    let w = world().await;
    let d = domain(&w.app, "Assessment").await;
    product(&w.app, "MathQuest", d, None).await;
    let r = post(
        &w.app,
        &w.ann,
        "/api/products/",
        json!({"name": " mathquest ", "domain": d, "url": "not a url"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    assert_eq!(
        r.body,
        json!({
            "name": ["product with this name already exists."],
            "url": ["Enter a valid URL."]
        })
    );
    let r = post(
        &w.app,
        &w.ann,
        "/api/usages/",
        json!({"product": 999_999, "review": "x"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body,
        json!({
            "organization": ["This field is required."],
            "product": ["Invalid pk \"999999\" - object does not exist."],
            "rating": ["This field is required."],
            "usage_type": ["This field is required."]
        })
    );
}

#[tokio::test]
async fn a_member_reviews_only_for_their_own_organization_and_staff_for_any() {
    let w = world().await;
    let other = organization(&w.app, "Shelbyville Schools").await;
    let d = domain(&w.app, "Assessment").await;
    let p = product(&w.app, "MathQuest", d, None).await;
    let q = product(&w.app, "ReadWell", d, None).await;
    let usage_type = pilot(&w.app).await;
    let body = |product: i64, organization: i64| json!({"product": product, "organization": organization, "usage_type": usage_type, "rating": 4});

    // For another organization: refused, saying why, and nothing stored.
    for (who, organization) in [(&w.ann, other), (&w.bob, w.org), (&w.bob, other)] {
        let r = post(&w.app, who, "/api/usages/", body(p, organization)).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.text);
        assert_eq!(r.body["detail"], REVIEWING_FOR_OTHERS);
    }
    let stored: i64 = w
        .app
        .db
        .client
        .query_one("select count(*) from usages", &[])
        .await
        .expect("count")
        .get(0);
    assert_eq!(stored, 0);

    // For her own: stored. Moving it to another organization: refused.
    let r = post(&w.app, &w.ann, "/api/usages/", body(p, w.org)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let path = format!("/api/usages/{}/", r.body["id"]);
    let r = patch(&w.app, &w.ann, &path, json!({"organization": other})).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.text);
    assert_eq!(r.body["detail"], REVIEWING_FOR_OTHERS);
    // Sending the organization it already has is no change.
    let r = patch(
        &w.app,
        &w.ann,
        &path,
        json!({"organization": w.org, "rating": 5}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);

    // Staff record a review for any organization.
    let r = post(&w.app, &w.staff, "/api/usages/", body(q, other)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
}
