//! Unfiltered lists count from the `row_counts` table (V8), which triggers
//! keep exact through inserts, deletes (cascades included) and truncation.

use reqwest::StatusCode;
use serde_json::json;

use crate::collections_support::{delete, get, world};
use crate::helpers::TestDatabase;

/// Tables whose counter differs from count(*), with both numbers.
async fn drifted(db: &tokio_postgres::Client) -> Vec<(String, i64, i64)> {
    let mut out = Vec::new();
    for row in db
        .query("select table_name, n from row_counts order by 1", &[])
        .await
        .expect("row_counts")
    {
        let (table, n): (String, i64) = (row.get(0), row.get(1));
        let actual: i64 = db
            .query_one(&format!("select count(*) from {table}"), &[])
            .await
            .expect("count")
            .get(0);
        if actual != n {
            out.push((table, n, actual));
        }
    }
    out
}

#[tokio::test]
async fn an_unfiltered_count_stays_exact_through_inserts_deletes_and_truncation() {
    let w = world().await;
    let db = &w.app.db.client;
    db.batch_execute("insert into domains (name) values ('Assessment'), ('LMS'), ('SIS')")
        .await
        .unwrap();
    let list = get(&w.app, &w.ann, "/api/domains/").await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.text);
    assert_eq!(list.body["count"], json!(3));

    let lms: i64 = db
        .query_one("select id from domains where name = 'LMS'", &[])
        .await
        .unwrap()
        .get(0);
    let gone = delete(&w.app, &w.staff, &format!("/api/domains/{lms}/")).await;
    assert_eq!(gone.status, StatusCode::NO_CONTENT, "{}", gone.text);
    let list = get(&w.app, &w.ann, "/api/domains/").await;
    assert_eq!(list.body["count"], json!(2));
    assert_eq!(list.body["results"].as_array().unwrap().len(), 2);

    // A filtered list still counts what matches.
    let filtered = get(&w.app, &w.ann, "/api/domains/?name__istartswith=a").await;
    assert_eq!(filtered.body["count"], json!(1));

    // Deleting a user cascades to their profile; truncation resets.
    db.batch_execute(
        "delete from users where username = 'bob';
         truncate domains cascade;",
    )
    .await
    .unwrap();
    let list = get(&w.app, &w.ann, "/api/domains/").await;
    assert_eq!(list.body["count"], json!(0));
    assert_eq!(list.body["results"], json!([]));
    assert_eq!(drifted(db).await, vec![]);
}

#[tokio::test]
async fn counters_match_the_tables_after_demo_data_and_its_replacement() {
    let db = crate::helpers::migrated_database().await;
    let TestDatabase { client, .. } = &db;
    let mut own = db.connect().await;
    crate::helpers::load_small_demo(&mut own, false).await;
    assert_eq!(drifted(client).await, vec![]);
    crate::helpers::load_small_demo(&mut own, true).await;
    assert_eq!(drifted(client).await, vec![]);
    let usages: i64 = client
        .query_one("select n from row_counts where table_name = 'usages'", &[])
        .await
        .unwrap()
        .get(0);
    assert!(usages > 500, "{usages}");
}
