//! Reviews (usages): rating, one review per member, product and
//! organization, deprecation.

use super::{accepted, member, one, refused, refused_as_missing, world, Params};
use crate::helpers::migrated_database;

/// An insert of a usage taking its product, organization, reviewer and usage
/// type as $1 to $4, rated 3, plus the given columns and values (each list
/// starting with a comma).
fn usage_insert(extra_columns: &str, extra_values: &str) -> String {
    format!(
        "insert into usages (product_id, organization_id, reviewer_id, usage_type_id, rating{extra_columns})
         values ($1, $2, $3, $4, 3{extra_values})"
    )
}

#[tokio::test]
async fn a_rating_outside_1_to_5_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    accepted(c, "delete from usages", &[]).await;
    for rating in [0_i16, 6, -1] {
        assert_eq!(
            refused(
                c,
                "insert into usages (product_id, organization_id, reviewer_id, usage_type_id, rating) values ($1, $2, $3, $4, $5)",
                &[&w.product, &w.organization, &w.profile, &w.usage_type, &rating]
            )
            .await,
            "usages_rating_range"
        );
    }
    assert_eq!(
        refused_as_missing(
            c,
            "insert into usages (product_id, organization_id, reviewer_id, usage_type_id) values ($1, $2, $3, $4)",
            &[&w.product, &w.organization, &w.profile, &w.usage_type]
        )
        .await,
        "rating"
    );
}

#[tokio::test]
async fn a_member_reviews_a_product_once_per_organization() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    let insert = usage_insert("", "");
    assert_eq!(
        refused(
            c,
            &insert,
            &[&w.product, &w.organization, &w.profile, &w.usage_type]
        )
        .await,
        "usages_product_organization_reviewer_unique"
    );
    // The same member for another organization, or another member for the
    // same one, is a different review.
    let other_org = one(
        c,
        "insert into organizations (name, org_type_id) values ('Shelbyville', $1) returning id",
        &[&w.org_type],
    )
    .await;
    accepted(
        c,
        &insert,
        &[&w.product, &other_org, &w.profile, &w.usage_type],
    )
    .await;
    let (_, bob) = member(c, "bob").await;
    accepted(
        c,
        &insert,
        &[&w.product, &w.organization, &bob, &w.usage_type],
    )
    .await;
}

#[tokio::test]
async fn a_deprecation_date_or_reason_on_a_usage_that_is_not_deprecated_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    accepted(c, "delete from usages", &[]).await;
    let params: Params = &[&w.product, &w.organization, &w.profile, &w.usage_type];
    for (columns, values) in [
        (", when_deprecated", ", date '2020-01-01'"),
        (", why_deprecated", ", 'Too slow'"),
        (", is_deprecated, why_deprecated", ", false, 'Too slow'"),
    ] {
        assert_eq!(
            refused(c, &usage_insert(columns, values), params).await,
            "usages_deprecation_consistent",
            "{columns}"
        );
    }
    // Un-deprecating must clear the date and the reason.
    accepted(
        c,
        &usage_insert(
            ", is_deprecated, when_deprecated, why_deprecated",
            ", true, date '2020-01-01', 'Too slow'",
        ),
        params,
    )
    .await;
    assert_eq!(
        refused(c, "update usages set is_deprecated = false", &[]).await,
        "usages_deprecation_consistent"
    );
    accepted(
        c,
        "update usages set is_deprecated = false, when_deprecated = null, why_deprecated = null",
        &[],
    )
    .await;
}

#[tokio::test]
async fn a_deprecation_date_in_the_future_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    accepted(c, "delete from usages", &[]).await;
    let params: Params = &[&w.product, &w.organization, &w.profile, &w.usage_type];
    assert_eq!(
        refused(
            c,
            &usage_insert(
                ", is_deprecated, when_deprecated",
                ", true, current_date + 1"
            ),
            params
        )
        .await,
        "usages_when_deprecated_not_future"
    );
    accepted(
        c,
        &usage_insert(", is_deprecated, when_deprecated", ", true, current_date"),
        params,
    )
    .await;
    assert_eq!(
        refused(
            c,
            "update usages set when_deprecated = current_date + 30",
            &[]
        )
        .await,
        "usages_when_deprecated_not_future"
    );
}

#[tokio::test]
async fn a_review_or_deprecation_reason_with_surrounding_blanks_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    accepted(c, "delete from usages", &[]).await;
    let params: Params = &[&w.product, &w.organization, &w.profile, &w.usage_type];
    assert_eq!(
        refused(c, &usage_insert(", review", ", ' Great.'"), params).await,
        "usages_review_trimmed"
    );
    assert_eq!(
        refused(
            c,
            &usage_insert(", is_deprecated, why_deprecated", ", true, E'Too slow\\n'"),
            params
        )
        .await,
        "usages_why_deprecated_trimmed"
    );
}

#[tokio::test]
async fn a_usage_pointing_at_something_unknown_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    let unknown = 999_999_i64;
    let insert = "insert into usages (product_id, organization_id, reviewer_id, usage_type_id, how_push_id, how_pull_id, rating)
                  values ($1, $2, $3, $4, $5, $6, 3)";
    let cases: [(Params, &str); 6] = [
        (
            &[
                &unknown,
                &w.organization,
                &w.profile,
                &w.usage_type,
                &None::<i64>,
                &None::<i64>,
            ],
            "usages_product_id_fkey",
        ),
        (
            &[
                &w.product,
                &unknown,
                &w.profile,
                &w.usage_type,
                &None::<i64>,
                &None::<i64>,
            ],
            "usages_organization_id_fkey",
        ),
        (
            &[
                &w.product,
                &w.organization,
                &unknown,
                &w.usage_type,
                &None::<i64>,
                &None::<i64>,
            ],
            "usages_reviewer_id_fkey",
        ),
        (
            &[
                &w.product,
                &w.organization,
                &w.profile,
                &unknown,
                &None::<i64>,
                &None::<i64>,
            ],
            "usages_usage_type_id_fkey",
        ),
        (
            &[
                &w.product,
                &w.organization,
                &w.profile,
                &w.usage_type,
                &Some(unknown),
                &None::<i64>,
            ],
            "usages_how_push_id_fkey",
        ),
        (
            &[
                &w.product,
                &w.organization,
                &w.profile,
                &w.usage_type,
                &None::<i64>,
                &Some(unknown),
            ],
            "usages_how_pull_id_fkey",
        ),
    ];
    accepted(c, "delete from usages", &[]).await;
    for (params, constraint) in cases {
        assert_eq!(refused(c, insert, params).await, constraint);
    }
}

#[tokio::test]
async fn a_complete_deprecated_review_is_accepted() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    let row = c
        .query_one(
            "update usages
                set is_deprecated = true, when_deprecated = current_date - 30,
                    why_deprecated = 'Replaced by a district-wide LMS.', rating = 5,
                    review = 'Served us well.\n\nSync was reliable.'
              where id = $1
          returning is_deprecated, rating",
            &[&w.usage],
        )
        .await
        .unwrap();
    assert!(row.get::<_, bool>(0));
    assert_eq!(row.get::<_, i16>(1), 5);
}
