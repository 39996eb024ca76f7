//! Products: url, domain, subject, description.

use super::{accepted, refused, refused_as_missing, world};
use crate::helpers::migrated_database;

#[tokio::test]
async fn a_product_url_that_is_not_http_or_https_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    for url in [
        "",
        "example.com",
        "ftp://example.com",
        "javascript:alert(1)",
        "https://",
        "https:///path",
        "https://example.com/a b",
        " https://example.com",
        "//example.com",
    ] {
        assert_eq!(
            refused(
                c,
                "insert into products (name, domain_id, url) values ('Clever', $1, $2)",
                &[&w.domain, &url]
            )
            .await,
            "products_url_format",
            "{url:?}"
        );
    }
    for (name, url) in [
        ("Clever", "https://clever.com"),
        ("Schoology", "http://www.schoology.com/path?q=1#top"),
        ("PowerSchool", "HTTPS://POWERSCHOOL.COM"),
    ] {
        accepted(
            c,
            "insert into products (name, domain_id, url) values ($1, $2, $3)",
            &[&name, &w.domain, &url],
        )
        .await;
    }
}

#[tokio::test]
async fn a_product_url_longer_than_2000_characters_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    let prefix = "https://example.com/";
    let too_long = format!("{prefix}{}", "a".repeat(2001 - prefix.len()));
    assert_eq!(
        refused(
            c,
            "insert into products (name, domain_id, url) values ('Clever', $1, $2)",
            &[&w.domain, &too_long]
        )
        .await,
        "products_url_length"
    );
    let longest = format!("{prefix}{}", "a".repeat(2000 - prefix.len()));
    accepted(
        c,
        "insert into products (name, domain_id, url) values ('Clever', $1, $2)",
        &[&w.domain, &longest],
    )
    .await;
}

#[tokio::test]
async fn a_product_without_a_known_domain_or_with_an_unknown_subject_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    assert_eq!(
        refused_as_missing(c, "insert into products (name) values ('Clever')", &[]).await,
        "domain_id"
    );
    assert_eq!(
        refused(
            c,
            "insert into products (name, domain_id) values ('Clever', 999999)",
            &[]
        )
        .await,
        "products_domain_id_fkey"
    );
    assert_eq!(
        refused(
            c,
            "insert into products (name, domain_id, subject_id) values ('Clever', $1, 999999)",
            &[&w.domain]
        )
        .await,
        "products_subject_id_fkey"
    );
}

#[tokio::test]
async fn a_product_description_may_be_blank_but_not_untrimmed() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    assert_eq!(
        refused(
            c,
            "insert into products (name, domain_id, description) values ('Clever', $1, $2)",
            &[&w.domain, &"Rostering.\n"]
        )
        .await,
        "products_description_trimmed"
    );
    let row = c
        .query_one(
            "insert into products (name, domain_id) values ('Clever', $1) returning description, subject_id, url",
            &[&w.domain],
        )
        .await
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "");
    assert_eq!(row.get::<_, Option<i64>>(1), None);
    assert_eq!(row.get::<_, Option<String>>(2), None);
    accepted(
        c,
        "insert into products (name, domain_id, description) values ('Schoology', $1, $2)",
        &[&w.domain, &"An LMS.\n\nWidely used."],
    )
    .await;
}
