//! created_at and updated_at, kept by the database.

use super::world;
use crate::helpers::migrated_database;

#[tokio::test]
async fn updating_a_row_moves_its_updated_at_but_not_its_created_at() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    // now() is the transaction's start, so the update has a later stamp only
    // if it runs in a later transaction: give the clock room to move.
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let row = c
        .query_one(
            "update products set description = 'An LMS.' where id = $1
             returning updated_at > created_at, created_at = (select created_at from products where id = $1)",
            &[&w.product],
        )
        .await
        .unwrap();
    assert!(row.get::<_, bool>(0), "updated_at moved");
    assert!(row.get::<_, bool>(1), "created_at kept");
}
