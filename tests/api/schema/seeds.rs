//! The reference data the migrations seed.

use super::one;
use crate::helpers::migrated_database;

#[tokio::test]
async fn fourteen_grades_from_tk_to_12_are_seeded_in_order() {
    let db = migrated_database().await;
    let rows = db
        .client
        .query("select level, name from grades order by level", &[])
        .await
        .unwrap();
    let grades: Vec<(i32, String)> = rows.iter().map(|row| (row.get(0), row.get(1))).collect();
    let mut expected = vec![(-1, "TK".to_owned()), (0, "K".to_owned())];
    expected.extend((1..=12).map(|level| (level, level.to_string())));
    assert_eq!(grades, expected);
}

#[tokio::test]
async fn the_50_states_and_the_district_of_columbia_are_seeded() {
    let db = migrated_database().await;
    let c = &db.client;
    assert_eq!(one(c, "select count(*) from locations", &[]).await, 51);
    assert_eq!(
        one(c, "select count(*) from locations where abbreviation = 'DC' and name = 'District of Columbia'", &[]).await,
        1
    );
    assert_eq!(
        one(
            c,
            "select count(*) from locations where abbreviation in ('AK', 'HI', 'NY', 'WY')",
            &[]
        )
        .await,
        4
    );
}

#[tokio::test]
async fn the_three_organization_types_are_seeded() {
    let db = migrated_database().await;
    let rows = db
        .client
        .query("select name from org_types order by lower(name), id", &[])
        .await
        .unwrap();
    let names: Vec<String> = rows.iter().map(|row| row.get(0)).collect();
    assert_eq!(
        names,
        [
            "Charter School Management Organization",
            "Private School",
            "Public School District"
        ]
    );
}
