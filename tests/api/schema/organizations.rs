//! Organizations, their org type, grades and locations.

use super::{accepted, one, refused, refused_as_missing, world};
use crate::helpers::migrated_database;

#[tokio::test]
async fn a_negative_organization_size_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    assert_eq!(
        refused(
            c,
            "insert into organizations (name, size, org_type_id) values ('Shelbyville', -1, 1)",
            &[]
        )
        .await,
        "organizations_size_nonnegative"
    );
    accepted(
        c,
        "insert into organizations (name, size, org_type_id) values ('Shelbyville', 0, 1)",
        &[],
    )
    .await;
    accepted(
        c,
        "insert into organizations (name, size, org_type_id) values ('Ogdenville', null, 1)",
        &[],
    )
    .await;
}

#[tokio::test]
async fn an_organization_without_a_known_org_type_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    assert_eq!(
        refused_as_missing(
            c,
            "insert into organizations (name) values ('Shelbyville')",
            &[]
        )
        .await,
        "org_type_id"
    );
    assert_eq!(
        refused(
            c,
            "insert into organizations (name, org_type_id) values ('Shelbyville', 999999)",
            &[]
        )
        .await,
        "organizations_org_type_id_fkey"
    );
}

#[tokio::test]
async fn an_organization_with_an_unknown_grade_or_location_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    assert_eq!(
        refused(
            c,
            "insert into organization_grades (organization_id, grade_id) values ($1, 999999)",
            &[&w.organization]
        )
        .await,
        "organization_grades_grade_id_fkey"
    );
    assert_eq!(
        refused(
            c,
            "insert into organization_locations (organization_id, location_id) values ($1, 999999)",
            &[&w.organization]
        )
        .await,
        "organization_locations_location_id_fkey"
    );
}

#[tokio::test]
async fn an_organization_lists_each_grade_and_location_once() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    assert_eq!(
        refused(
            c,
            "insert into organization_grades (organization_id, grade_id) values ($1, $2)",
            &[&w.organization, &w.grade]
        )
        .await,
        "organization_grades_pkey"
    );
    assert_eq!(
        refused(
            c,
            "insert into organization_locations (organization_id, location_id) values ($1, $2)",
            &[&w.organization, &w.location]
        )
        .await,
        "organization_locations_pkey"
    );
}

#[tokio::test]
async fn deleting_an_organization_takes_its_grades_and_locations_with_it() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    accepted(c, "delete from usages", &[]).await;
    accepted(
        c,
        "delete from organizations where id = $1",
        &[&w.organization],
    )
    .await;
    assert_eq!(
        one(c, "select count(*) from organization_grades", &[]).await,
        0
    );
    assert_eq!(
        one(c, "select count(*) from organization_locations", &[]).await,
        0
    );
    // The grade and the location themselves stay.
    assert_eq!(
        one(c, "select count(*) from grades where id = $1", &[&w.grade]).await,
        1
    );
    assert_eq!(
        one(
            c,
            "select count(*) from locations where id = $1",
            &[&w.location]
        )
        .await,
        1
    );
}
