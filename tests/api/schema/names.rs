//! Names, on every entity that has one: required, trimmed, unique ignoring
//! case and surrounding blanks, at most so many characters.

use super::{accepted, refused, world};
use crate::helpers::{migrated_database, TestDatabase};

/// Every entity with a name: its table, an insert taking the name as $1 (and
/// the world's rows for anything else it needs), domain.md's length limit,
/// and a name the world already holds.
const NAMED: &[(&str, &str, usize, &str)] = &[
    ("grades", "insert into grades (level, name) values (12, $1)", 2, "K"),
    ("locations", "insert into locations (name, abbreviation) values ($1, 'ZZ')", 25, "Texas"),
    ("org_types", "insert into org_types (name) values ($1)", 50, "Private School"),
    ("domains", "insert into domains (name) values ($1)", 50, "Learning Management"),
    ("subjects", "insert into subjects (name) values ($1)", 25, "Mathematics"),
    ("usage_types", "insert into usage_types (name) values ($1)", 25, "District-wide"),
    ("data_interfaces", "insert into data_interfaces (name) values ($1)", 25, "SFTP"),
    (
        "organizations",
        "insert into organizations (name, org_type_id) values ($1, (select min(id) from org_types))",
        50,
        "Springfield USD",
    ),
    (
        "products",
        "insert into products (name, domain_id) values ($1, (select min(id) from domains))",
        100,
        "Canvas",
    ),
];

/// A database holding the world, with grade 12 removed so that a new grade
/// has a free level to take.
async fn named_world() -> TestDatabase {
    let db = migrated_database().await;
    world(&db.client).await;
    accepted(&db.client, "delete from grades where level = 12", &[]).await;
    db
}

#[tokio::test]
async fn a_blank_name_is_refused_everywhere() {
    let db = named_world().await;
    for (table, insert, _, _) in NAMED {
        for blank in ["", " ", "\t\n"] {
            assert_eq!(
                refused(&db.client, insert, &[&blank]).await,
                format!("{table}_name_required"),
                "{blank:?}"
            );
        }
    }
}

#[tokio::test]
async fn a_name_with_surrounding_blanks_is_refused_everywhere() {
    let db = named_world().await;
    for (table, insert, _, _) in NAMED {
        for untrimmed in [" X", "X ", "X\n"] {
            assert_eq!(
                refused(&db.client, insert, &[&untrimmed]).await,
                format!("{table}_name_trimmed"),
                "{untrimmed:?}"
            );
        }
    }
}

#[tokio::test]
async fn a_name_already_used_in_another_case_is_refused_everywhere() {
    let db = named_world().await;
    for (table, insert, _, existing) in NAMED {
        for clash in [existing.to_uppercase(), existing.to_lowercase()] {
            assert_eq!(
                refused(&db.client, insert, &[&clash]).await,
                format!("{table}_name_unique"),
                "{clash:?}"
            );
        }
    }
}

#[tokio::test]
async fn names_at_their_length_limit_are_accepted_counting_characters_not_bytes() {
    let db = named_world().await;
    for (_, insert, limit, _) in NAMED {
        let name = "é".repeat(*limit);
        accepted(&db.client, insert, &[&name]).await;
    }
}

/// Asserts that a name one character over the entity's limit is refused.
async fn name_over_the_limit_is_refused(table: &str) {
    let db = named_world().await;
    let (_, insert, limit, _) = NAMED.iter().find(|(t, ..)| *t == table).unwrap();
    let name = "x".repeat(limit + 1);
    assert_eq!(
        refused(&db.client, insert, &[&name]).await,
        format!("{table}_name_length")
    );
}

#[tokio::test]
async fn a_grade_name_longer_than_2_characters_is_refused() {
    name_over_the_limit_is_refused("grades").await;
}

#[tokio::test]
async fn a_location_name_longer_than_25_characters_is_refused() {
    name_over_the_limit_is_refused("locations").await;
}

#[tokio::test]
async fn an_org_type_name_longer_than_50_characters_is_refused() {
    name_over_the_limit_is_refused("org_types").await;
}

#[tokio::test]
async fn a_domain_name_longer_than_50_characters_is_refused() {
    name_over_the_limit_is_refused("domains").await;
}

#[tokio::test]
async fn a_subject_name_longer_than_25_characters_is_refused() {
    name_over_the_limit_is_refused("subjects").await;
}

#[tokio::test]
async fn a_usage_type_name_longer_than_25_characters_is_refused() {
    name_over_the_limit_is_refused("usage_types").await;
}

#[tokio::test]
async fn a_data_interface_name_longer_than_25_characters_is_refused() {
    name_over_the_limit_is_refused("data_interfaces").await;
}

#[tokio::test]
async fn an_organization_name_longer_than_50_characters_is_refused() {
    name_over_the_limit_is_refused("organizations").await;
}

#[tokio::test]
async fn a_product_name_longer_than_100_characters_is_refused() {
    name_over_the_limit_is_refused("products").await;
}
