//! Deleting: nothing referenced goes from under its references; a review
//! can always go.

use tokio_postgres::Client;

use super::{accepted, one, refused, world};
use crate::helpers::migrated_database;

/// Asserts that deleting the row `id` of `table` is refused by `constraint`,
/// and that the row is still there.
async fn delete_is_refused(c: &Client, table: &str, id: i64, constraint: &str) {
    let delete = format!("delete from {table} where id = $1");
    assert_eq!(refused(c, &delete, &[&id]).await, constraint, "{table}");
    let count = format!("select count(*) from {table} where id = $1");
    assert_eq!(one(c, &count, &[&id]).await, 1, "{table} row is gone");
}

#[tokio::test]
async fn deleting_a_domain_in_use_is_refused() {
    let db = migrated_database().await;
    let w = world(&db.client).await;
    delete_is_refused(&db.client, "domains", w.domain, "products_domain_id_fkey").await;
}

#[tokio::test]
async fn deleting_a_subject_in_use_is_refused() {
    let db = migrated_database().await;
    let w = world(&db.client).await;
    delete_is_refused(
        &db.client,
        "subjects",
        w.subject,
        "products_subject_id_fkey",
    )
    .await;
}

#[tokio::test]
async fn deleting_an_org_type_in_use_is_refused() {
    let db = migrated_database().await;
    let w = world(&db.client).await;
    delete_is_refused(
        &db.client,
        "org_types",
        w.org_type,
        "organizations_org_type_id_fkey",
    )
    .await;
}

#[tokio::test]
async fn deleting_a_usage_type_in_use_is_refused() {
    let db = migrated_database().await;
    let w = world(&db.client).await;
    delete_is_refused(
        &db.client,
        "usage_types",
        w.usage_type,
        "usages_usage_type_id_fkey",
    )
    .await;
}

#[tokio::test]
async fn deleting_a_data_interface_in_use_is_refused() {
    let db = migrated_database().await;
    let w = world(&db.client).await;
    delete_is_refused(
        &db.client,
        "data_interfaces",
        w.push,
        "usages_how_push_id_fkey",
    )
    .await;
    delete_is_refused(
        &db.client,
        "data_interfaces",
        w.pull,
        "usages_how_pull_id_fkey",
    )
    .await;
}

#[tokio::test]
async fn deleting_a_grade_in_use_is_refused() {
    let db = migrated_database().await;
    let w = world(&db.client).await;
    delete_is_refused(
        &db.client,
        "grades",
        w.grade,
        "organization_grades_grade_id_fkey",
    )
    .await;
}

#[tokio::test]
async fn deleting_a_location_in_use_is_refused() {
    let db = migrated_database().await;
    let w = world(&db.client).await;
    delete_is_refused(
        &db.client,
        "locations",
        w.location,
        "organization_locations_location_id_fkey",
    )
    .await;
}

#[tokio::test]
async fn deleting_an_organization_in_use_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    delete_is_refused(
        c,
        "organizations",
        w.organization,
        "usages_organization_id_fkey",
    )
    .await;
    // A member belonging to it is a reference too.
    accepted(c, "delete from usages", &[]).await;
    accepted(
        c,
        "update profiles set organization_id = $1",
        &[&w.organization],
    )
    .await;
    delete_is_refused(
        c,
        "organizations",
        w.organization,
        "profiles_organization_id_fkey",
    )
    .await;
    // The refused delete left its grades and locations alone.
    assert_eq!(
        one(c, "select count(*) from organization_grades", &[]).await,
        1
    );
}

#[tokio::test]
async fn deleting_a_product_in_use_is_refused() {
    let db = migrated_database().await;
    let w = world(&db.client).await;
    delete_is_refused(&db.client, "products", w.product, "usages_product_id_fkey").await;
}

#[tokio::test]
async fn deleting_a_profile_or_member_that_wrote_reviews_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    delete_is_refused(c, "profiles", w.profile, "usages_reviewer_id_fkey").await;
    // Deleting the user would cascade to the profile, so it is refused too.
    delete_is_refused(c, "users", w.user, "usages_reviewer_id_fkey").await;
}

#[tokio::test]
async fn deleting_a_review_always_works() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    assert_eq!(
        accepted(c, "delete from usages where id = $1", &[&w.usage]).await,
        1
    );
    // With the review gone, what it pointed at can go too.
    accepted(c, "delete from products where id = $1", &[&w.product]).await;
    accepted(c, "delete from usage_types where id = $1", &[&w.usage_type]).await;
}
