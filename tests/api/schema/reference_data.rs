//! The rules particular to grades, locations, domains and subjects.

use super::{accepted, refused};
use crate::helpers::migrated_database;

#[tokio::test]
async fn a_grade_level_outside_tk_to_12_is_refused() {
    let db = migrated_database().await;
    for level in [-2_i32, 13] {
        assert_eq!(
            refused(
                &db.client,
                "insert into grades (level, name) values ($1, 'X')",
                &[&level]
            )
            .await,
            "grades_level_range"
        );
    }
}

#[tokio::test]
async fn a_grade_level_already_used_is_refused() {
    let db = migrated_database().await;
    assert_eq!(
        refused(
            &db.client,
            "insert into grades (level, name) values (5, 'V')",
            &[]
        )
        .await,
        "grades_level_unique"
    );
}

#[tokio::test]
async fn a_location_abbreviation_that_is_not_two_upper_case_letters_is_refused() {
    let db = migrated_database().await;
    for abbreviation in ["gu", "Gu", "G", "GUM", "G1", " GU", "ÉU"] {
        assert_eq!(
            refused(
                &db.client,
                "insert into locations (name, abbreviation) values ('Guam', $1)",
                &[&abbreviation]
            )
            .await,
            "locations_abbreviation_format",
            "{abbreviation:?}"
        );
    }
    accepted(
        &db.client,
        "insert into locations (name, abbreviation) values ('Guam', 'GU')",
        &[],
    )
    .await;
}

#[tokio::test]
async fn a_location_abbreviation_already_used_is_refused() {
    let db = migrated_database().await;
    assert_eq!(
        refused(
            &db.client,
            "insert into locations (name, abbreviation) values ('Calisota', 'CA')",
            &[]
        )
        .await,
        "locations_abbreviation_unique"
    );
}

#[tokio::test]
async fn a_domain_color_that_is_not_hex_rrggbb_is_refused() {
    let db = migrated_database().await;
    for color in [
        "", "000000", "#00000", "#0000000", "#00000g", "red", "#abc", " #000000",
    ] {
        assert_eq!(
            refused(
                &db.client,
                "insert into domains (name, color) values ('SIS', $1)",
                &[&color]
            )
            .await,
            "domains_color_format",
            "{color:?}"
        );
    }
}

#[tokio::test]
async fn a_domain_color_defaults_to_black_and_accepts_either_case() {
    let db = migrated_database().await;
    let c = &db.client;
    let row = c
        .query_one(
            "insert into domains (name) values ('SIS') returning color",
            &[],
        )
        .await
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "#000000");
    accepted(
        c,
        "insert into domains (name, color) values ('LMS', '#1a2B3c')",
        &[],
    )
    .await;
}

#[tokio::test]
async fn a_subject_icon_that_is_not_a_kebab_case_name_is_refused() {
    let db = migrated_database().await;
    for icon in [
        "",
        "Brain",
        "book open",
        "book_open",
        "-book",
        "book-",
        "book--open",
        "book/open",
    ] {
        assert_eq!(
            refused(
                &db.client,
                "insert into subjects (name, icon) values ('Math', $1)",
                &[&icon]
            )
            .await,
            "subjects_icon_format",
            "{icon:?}"
        );
    }
    accepted(
        &db.client,
        "insert into subjects (name, icon) values ('Math', 'book-open-2')",
        &[],
    )
    .await;
}

#[tokio::test]
async fn a_subject_icon_longer_than_50_characters_is_refused() {
    let db = migrated_database().await;
    let icon = "a".repeat(51);
    assert_eq!(
        refused(
            &db.client,
            "insert into subjects (name, icon) values ('Math', $1)",
            &[&icon]
        )
        .await,
        "subjects_icon_length"
    );
}

#[tokio::test]
async fn a_subject_icon_defaults_to_brain() {
    let db = migrated_database().await;
    let row = db
        .client
        .query_one(
            "insert into subjects (name) values ('Math') returning icon",
            &[],
        )
        .await
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "brain");
}
