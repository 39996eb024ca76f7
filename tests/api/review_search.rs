//! The reviews' folded search text (V19, `review_search`): exact after
//! every kind of write, and what `usages?search=` counts and pages through.

use tokio_postgres::Client;

use crate::collections_support::get;
use crate::helpers::{migrated_database, sign_in_as, spawn_app};

/// Reviews whose stored search text is missing, extra or not the folded
/// review: `(id, stored, expected)`, empty when all is exact.
async fn stale(db: &Client) -> Vec<(i64, Option<String>, Option<String>)> {
    db.query(
        "select coalesce(u.id, s.usage_id), s.folded, f_unaccent(lower(u.review))
           from usages u
           full join review_search s on s.usage_id = u.id
          where s.folded is distinct from f_unaccent(lower(u.review))
          order by 1",
        &[],
    )
    .await
    .expect("compare")
    .iter()
    .map(|r| (r.get(0), r.get(1), r.get(2)))
    .collect()
}

/// Every stored folded text, by review.
async fn stored(db: &Client) -> Vec<(i64, String)> {
    db.query(
        "select usage_id, folded from review_search order by usage_id",
        &[],
    )
    .await
    .expect("stored texts")
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect()
}

#[tokio::test]
async fn the_folded_review_text_follows_every_write_and_a_rollback_leaves_nothing() {
    let db = migrated_database().await;
    let mut own = db.connect().await;
    crate::helpers::load_small_demo(&mut own, false).await;
    let c = &db.client;
    let reviews: i64 = c
        .query_one("select count(*) from review_search", &[])
        .await
        .unwrap()
        .get(0);
    assert!(
        reviews > 100,
        "{reviews} folded reviews after the demo load"
    );
    assert_eq!(stale(c).await, vec![]);

    // Text changed (accents and capitals are folded), ratings alone
    // changed, reviews deleted: one statement each, many rows.
    c.batch_execute(
        "update usages set review = 'Élève ROSTERING ' || id where id % 3 = 0;
         update usages set rating = 6 - rating where id % 3 = 1;
         delete from usages where id % 7 = 0;",
    )
    .await
    .unwrap();
    assert_eq!(stale(c).await, vec![]);
    let folded: String = c
        .query_one(
            "select folded from review_search where usage_id = (select min(id) from usages where id % 3 = 0)",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert!(folded.starts_with("eleve rostering "), "{folded}");

    // A rolled-back change leaves the stored text as it was.
    let before = stored(c).await;
    let tx = own.transaction().await.unwrap();
    tx.batch_execute("update usages set review = 'changed'; delete from usages where id % 2 = 0;")
        .await
        .unwrap();
    tx.rollback().await.unwrap();
    assert_eq!(stored(c).await, before);

    // The demo's replacement of every row, then emptying the table.
    crate::helpers::load_small_demo(&mut own, true).await;
    assert_eq!(stale(c).await, vec![]);
    c.batch_execute("truncate usages").await.unwrap();
    assert_eq!(stale(c).await, vec![]);
    let left: i64 = c
        .query_one("select count(*) from review_search", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(left, 0);
}

#[tokio::test]
async fn a_searched_count_is_the_number_of_reviews_its_pages_hold() {
    let app = spawn_app().await;
    let mut own = app.db.connect().await;
    crate::helpers::load_small_demo(&mut own, false).await;
    let member = sign_in_as(&app, "reader", false, None).await;
    // A common term, a rarer one, two terms that must both match (in any
    // field each), and a term matching nothing.
    for (search, matches_some) in [
        ("the", true),
        ("rost", true),
        ("the%20an", true),
        ("zzzqx", false),
    ] {
        let recount: i64 = app
            .db
            .client
            .query_one(
                "select count(*) from usages u
                   join products p on p.id = u.product_id
                   join organizations o on o.id = u.organization_id
                  where (select bool_and(f_unaccent(lower(u.review)) like '%' || t || '%'
                                         or f_unaccent(lower(p.name)) like '%' || t || '%'
                                         or f_unaccent(lower(o.name)) like '%' || t || '%')
                           from unnest(string_to_array(replace($1, '%20', ' '), ' ')) t)",
                &[&search],
            )
            .await
            .unwrap()
            .get(0);
        assert_eq!(
            recount > 0,
            matches_some,
            "{search}: {recount} reviews match"
        );
        let mut seen = 0;
        let mut page = 1;
        loop {
            let reply = get(
                &app,
                &member,
                &format!("/api/usages/?search={search}&page_size=100&page={page}"),
            )
            .await;
            if recount == 0 {
                assert_eq!(reply.status, 200, "{search}");
                assert_eq!(reply.body["count"], 0, "{search}");
                assert_eq!(reply.body["results"].as_array().unwrap().len(), 0);
                break;
            }
            assert_eq!(reply.status, 200, "{search} page {page}");
            assert_eq!(reply.body["count"], recount, "{search}");
            seen += reply.body["results"].as_array().unwrap().len() as i64;
            if reply.body["next"].is_null() {
                break;
            }
            page += 1;
        }
        if recount > 0 {
            assert_eq!(seen, recount, "{search}: rows over every page");
        }
    }
}
