//! The decide views' figures kept by the database (V22): after a burst of
//! concurrent writes through the API (reviews created, moved to another
//! product, their interfaces, usage types, ratings, deprecation and
//! replacement changed, deleted; organizations changing type and
//! locations), after the demo loader and after an import, every table
//! equals a recount from `usages`.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use reqwest::StatusCode;
use serde_json::{json, Value};
use tokio_postgres::Client;

use crate::collections_support::{
    data_interface, delete, domain, insert, organization, patch, post, product, usage_type,
};
use crate::helpers::{migrated_database, sign_in_as, spawn_app, TestApp, TestUser};

/// Each kept table (rows with a count) against the same grouping recounted
/// from the reviews, as `(rows, recounted)`: the kept table's rows and the
/// recount's, both as sorted text.
const KEPT_AND_RECOUNTED: [(&str, &str, &str); 7] = [
    (
        "interfaces",
        "select product_id, direction, interface_id, review_count, in_use_count
         from product_interface_figures where review_count > 0",
        "select u.product_id, d.direction, d.interface_id, count(*),
                count(*) filter (where not u.is_deprecated)
         from usages u
         cross join lateral (values ('in', u.how_push_id), ('out', u.how_pull_id)) d(direction, interface_id)
         where d.interface_id is not null
         group by 1, 2, 3",
    ),
    (
        "flows",
        "select product_id, in_use_count from product_flow_figures where in_use_count > 0",
        "select product_id, count(*) from usages
         where not is_deprecated and (how_push_id is not null or how_pull_id is not null)
         group by 1",
    ),
    (
        "counts",
        "select table_name, n from decide_counts",
        "select 'product_flow_figures', count(distinct product_id) from usages
         where not is_deprecated and (how_push_id is not null or how_pull_id is not null)
         union all
         select 'product_move_figures', count(*)
         from (select distinct product_id, replaced_by from usages where replaced_by is not null) m",
    ),
    (
        "usage types",
        "select product_id, usage_type_id, review_count
         from product_usage_type_figures where review_count > 0",
        "select product_id, usage_type_id, count(*) from usages group by 1, 2",
    ),
    (
        "moves",
        "select product_id, replaced_by, review_count, last_at
         from product_move_figures where review_count > 0",
        // The date written out, not through moved_on().
        "select product_id, replaced_by, count(*),
                max(coalesce(when_deprecated, (updated_at at time zone 'UTC')::date))
         from usages where replaced_by is not null group by 1, 2",
    ),
    (
        "organization types",
        "select product_id, org_type_id, rating_1, rating_2, rating_3, rating_4, rating_5,
                deprecated_count, review_count, nps
         from product_org_type_figures where review_count > 0",
        "select u.product_id, o.org_type_id,
                count(*) filter (where u.rating = 1), count(*) filter (where u.rating = 2),
                count(*) filter (where u.rating = 3), count(*) filter (where u.rating = 4),
                count(*) filter (where u.rating = 5), count(*) filter (where u.is_deprecated),
                count(*),
                (100 * (count(*) filter (where u.rating = 5)
                        - count(*) filter (where u.rating <= 3))) / count(*)
         from usages u join organizations o on o.id = u.organization_id
         group by 1, 2",
    ),
    (
        "organization types and locations",
        "select product_id, org_type_id, location_id, rating_1, rating_2, rating_3, rating_4,
                rating_5, deprecated_count
         from product_org_type_location_figures where review_count > 0",
        "select u.product_id, o.org_type_id, ol.location_id,
                count(*) filter (where u.rating = 1), count(*) filter (where u.rating = 2),
                count(*) filter (where u.rating = 3), count(*) filter (where u.rating = 4),
                count(*) filter (where u.rating = 5), count(*) filter (where u.is_deprecated)
         from usages u
         join organizations o on o.id = u.organization_id
         join organization_locations ol on ol.organization_id = o.id
         group by 1, 2, 3",
    ),
];

/// Every kept table whose rows differ from the recount, with both.
async fn drifted(db: &Client) -> Vec<(&'static str, Vec<String>, Vec<String>)> {
    let mut drifted = Vec::new();
    for (name, kept, recounted) in KEPT_AND_RECOUNTED {
        let rows = |sql: &'static str| async move {
            let sql = format!("select r::text from ({sql}) r order by 1");
            db.query(&sql, &[])
                .await
                .unwrap_or_else(|e| panic!("{sql}: {e}"))
                .iter()
                .map(|r| r.get::<_, String>(0))
                .collect::<Vec<_>>()
        };
        let (kept, recounted) = (rows(kept).await, rows(recounted).await);
        if kept != recounted {
            drifted.push((name, kept, recounted));
        }
    }
    drifted
}

/// The reference data and records a burst writes over.
struct Setup {
    app: TestApp,
    staff: TestUser,
    /// One member per organization (its reviews' author).
    members: Vec<(TestUser, i64)>,
    products: Vec<i64>,
    usage_types: Vec<i64>,
    interfaces: Vec<i64>,
    org_types: Vec<i64>,
    locations: Vec<i64>,
}

async fn setup() -> Setup {
    let app = spawn_app().await;
    let staff = sign_in_as(&app, "sam", true, None).await;
    let d = domain(&app, "D").await;
    let mut products = Vec::new();
    for name in ["Abacus", "Ledger", "Quill", "Slate"] {
        products.push(product(&app, name, d, None).await);
    }
    let usage_types = vec![
        usage_type(&app, "Pilot").await,
        usage_type(&app, "Core").await,
    ];
    let interfaces = vec![
        data_interface(&app, "CSV").await,
        data_interface(&app, "API").await,
    ];
    let ids = |sql: &'static str| {
        let client = &app.db.client;
        async move {
            client
                .query(sql, &[])
                .await
                .expect(sql)
                .iter()
                .map(|r| r.get::<_, i64>(0))
                .collect::<Vec<i64>>()
        }
    };
    let org_types = ids("select id from org_types order by id limit 2").await;
    let locations = ids("select id from locations order by id limit 3").await;
    let mut members = Vec::new();
    for i in 0..4 {
        let org = organization(&app, &format!("District {i}")).await;
        // No location, one, or two: the cohort rows of each kind.
        for location in locations.iter().take(i % 3) {
            insert(
                &app,
                "insert into organization_locations (organization_id, location_id)
                 values ($1, $2) returning organization_id",
                &[&org, location],
            )
            .await;
        }
        for j in 0..2 {
            let member = sign_in_as(&app, &format!("m{i}x{j}"), false, Some(org)).await;
            members.push((member, org));
        }
    }
    Setup {
        app,
        staff,
        members,
        products,
        usage_types,
        interfaces,
        org_types,
        locations,
    }
}

/// Something picked at random from `from`.
fn one<T: Copy>(rng: &mut StdRng, from: &[T]) -> T {
    from[rng.random_range(0..from.len())]
}

/// An interface, or none.
fn interface(rng: &mut StdRng, s: &Setup) -> Value {
    if rng.random_bool(0.3) {
        Value::Null
    } else {
        json!(one(rng, &s.interfaces))
    }
}

/// A deprecation: still in use, or dropped (dated in the past or not),
/// replaced by another product or not.
fn deprecation(rng: &mut StdRng, s: &Setup, product: i64) -> Value {
    if rng.random_bool(0.4) {
        return json!({"is_deprecated": false});
    }
    let replaced_by = s
        .products
        .iter()
        .copied()
        .filter(|p| *p != product)
        .nth(rng.random_range(0..s.products.len() - 1));
    let when = rng.random_bool(0.5).then(|| {
        format!(
            "2026-0{}-1{}",
            rng.random_range(1..9),
            rng.random_range(0..9)
        )
    });
    json!({
        "is_deprecated": true,
        "when_deprecated": when,
        "replaced_by": if rng.random_bool(0.7) { json!(replaced_by) } else { Value::Null },
    })
}

/// Merges the fields of `extra` into `body`.
fn with(mut body: Value, extra: Value) -> Value {
    for (k, v) in extra.as_object().expect("an object") {
        body[k] = v.clone();
    }
    body
}

/// One member's part of the burst: `writes` random writes through the API,
/// each its own request (and transaction). Returns the statuses seen.
async fn member_writes(s: &Setup, which: usize, seed: u64, writes: usize) -> Vec<StatusCode> {
    let (member, org) = &s.members[which];
    let mut rng = StdRng::seed_from_u64(seed);
    let mut mine: Vec<(i64, i64)> = Vec::new();
    let mut statuses = Vec::new();
    for _ in 0..writes {
        let reply = match (rng.random_range(0..10), mine.is_empty()) {
            (0..=3, _) | (_, true) => {
                let product = one(&mut rng, &s.products);
                let body = with(
                    json!({
                        "product": product,
                        "organization": org,
                        "usage_type": one(&mut rng, &s.usage_types),
                        "how_push": interface(&mut rng, s),
                        "how_pull": interface(&mut rng, s),
                        "rating": rng.random_range(1..=5),
                    }),
                    deprecation(&mut rng, s, product),
                );
                let reply = post(&s.app, member, "/api/usages/", body).await;
                if reply.status == StatusCode::CREATED {
                    mine.push((reply.body["id"].as_i64().expect("id"), product));
                }
                reply
            }
            (choice, false) => {
                let at = rng.random_range(0..mine.len());
                let (id, product) = mine[at];
                let path = format!("/api/usages/{id}/");
                match choice {
                    4 => {
                        // Moved to another product (its replacement dropped,
                        // which could now be itself).
                        let to = one(&mut rng, &s.products);
                        let reply = patch(
                            &s.app,
                            member,
                            &path,
                            json!({"product": to, "replaced_by": null}),
                        )
                        .await;
                        if reply.status == StatusCode::OK {
                            mine[at].1 = to;
                        }
                        reply
                    }
                    5 => {
                        let body = json!({
                            "how_push": interface(&mut rng, s),
                            "how_pull": interface(&mut rng, s),
                            "usage_type": one(&mut rng, &s.usage_types),
                            "rating": rng.random_range(1..=5),
                        });
                        patch(&s.app, member, &path, body).await
                    }
                    6 | 7 => {
                        let body = deprecation(&mut rng, s, product);
                        patch(&s.app, member, &path, body).await
                    }
                    8 => {
                        // Only the text: no figure changes.
                        let body = json!({"review": format!("Note {}", rng.random_range(0..99))});
                        patch(&s.app, member, &path, body).await
                    }
                    _ => {
                        mine.remove(at);
                        delete(&s.app, member, &path).await
                    }
                }
            }
        };
        statuses.push(reply.status);
    }
    statuses
}

/// Staff's part: organizations changing type and locations meanwhile.
async fn staff_writes(s: &Setup, seed: u64, writes: usize) -> Vec<StatusCode> {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut statuses = Vec::new();
    for _ in 0..writes {
        let (_, org) = s.members[rng.random_range(0..s.members.len())];
        let body = if rng.random_bool(0.5) {
            json!({"org_type": one(&mut rng, &s.org_types)})
        } else {
            let locations: Vec<i64> = s
                .locations
                .iter()
                .copied()
                .filter(|_| rng.random_bool(0.5))
                .collect();
            json!({"locations": locations})
        };
        let reply = patch(
            &s.app,
            &s.staff,
            &format!("/api/organizations/{org}/"),
            body,
        )
        .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
        statuses.push(reply.status);
    }
    statuses
}

#[tokio::test]
async fn kept_figures_equal_a_recount_after_a_burst_of_concurrent_api_writes() {
    let s = setup().await;
    let mut burst = Vec::new();
    for which in 0..s.members.len() {
        burst.push(futures_util::future::Either::Left(member_writes(
            &s,
            which,
            which as u64,
            40,
        )));
    }
    burst.push(futures_util::future::Either::Right(staff_writes(
        &s, 99, 30,
    )));
    let statuses: Vec<StatusCode> = futures_util::future::join_all(burst)
        .await
        .into_iter()
        .flatten()
        .collect();
    let done = statuses.iter().filter(|s| s.is_success()).count();
    eprintln!(
        "{done} of {} writes went through; refused: {:?}",
        statuses.len(),
        statuses
            .iter()
            .filter(|s| !s.is_success())
            .collect::<Vec<_>>()
    );
    // Refused: a second review of a product for the same organization, a
    // product replaced by itself (400); a deadlock's victim (503, retryable).
    // A figure's check failing would be a 500.
    for status in &statuses {
        assert!(
            status.is_success()
                || *status == StatusCode::BAD_REQUEST
                || *status == StatusCode::CONFLICT
                || *status == StatusCode::SERVICE_UNAVAILABLE,
            "{status}"
        );
    }
    assert!(
        done > statuses.len() / 2,
        "only {done} of {} writes",
        statuses.len()
    );
    let reviews: i64 = s
        .app
        .db
        .client
        .query_one("select count(*) from usages", &[])
        .await
        .unwrap()
        .get(0);
    assert!(reviews > 10, "{reviews} reviews left");
    assert_eq!(drifted(&s.app.db.client).await, vec![]);
    let moves: i64 = s
        .app
        .db
        .client
        .query_one(
            "select count(*) from product_move_figures where review_count > 0",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert!(moves > 0, "the burst made no move");
    // The recount sees a figure that is off by one.
    let c = &s.app.db.client;
    c.batch_execute("update product_usage_type_figures set review_count = review_count + 1")
        .await
        .unwrap();
    assert_eq!(drifted(c).await.len(), 1);
    c.batch_execute("update product_usage_type_figures set review_count = review_count - 1")
        .await
        .unwrap();

    // Emptied through TRUNCATE; then deleting a product takes its rows.
    c.batch_execute("truncate usages, change_history")
        .await
        .unwrap();
    assert_eq!(drifted(c).await, vec![]);
    c.execute("delete from products where id = $1", &[&s.products[0]])
        .await
        .unwrap();
    let left: i64 = c
        .query_one(
            "select (select count(*) from product_interface_figures where product_id = $1)
                  + (select count(*) from product_flow_figures where product_id = $1)
                  + (select count(*) from product_usage_type_figures where product_id = $1)
                  + (select count(*) from product_move_figures where $1 in (product_id, replaced_by))
                  + (select count(*) from product_org_type_figures where product_id = $1)
                  + (select count(*) from product_org_type_location_figures where product_id = $1)",
            &[&s.products[0]],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(left, 0, "a deleted product's kept rows stay");
}

#[tokio::test]
async fn kept_figures_stay_exact_through_demo_data_its_replacement_and_an_import() {
    let db = migrated_database().await;
    let mut own = db.connect().await;
    crate::helpers::load_small_demo(&mut own, false).await;
    assert_eq!(drifted(&db.client).await, vec![]);
    crate::helpers::load_small_demo(&mut own, true).await;
    assert_eq!(drifted(&db.client).await, vec![]);
    let moves: i64 = db
        .client
        .query_one(
            "select count(*) from product_move_figures where review_count > 0",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert!(moves > 0, "the demo made no move");

    // The migration's own fill (its statements after the marker), over
    // emptied tables, gives the same rows as the triggers did.
    const MIGRATION: &str = include_str!("../../migrations/V22__decide_figures.sql");
    let fill = &MIGRATION[MIGRATION
        .find("-- The reviews already there")
        .expect("the fill's marker")..];
    db.client
        .batch_execute(
            "delete from decide_counts; delete from product_interface_figures;
             delete from product_flow_figures;
             delete from product_usage_type_figures;
             delete from product_move_figures; delete from product_org_type_figures;
             delete from product_org_type_location_figures;",
        )
        .await
        .unwrap();
    db.client.batch_execute(fill).await.unwrap();
    assert_eq!(drifted(&db.client).await, vec![]);

    let document = mothra::db::backup::export(&db.client).await.unwrap();
    let mut target = migrated_database().await;
    mothra::db::backup::import(&mut target.client, &document)
        .await
        .unwrap();
    assert_eq!(drifted(&target.client).await, vec![]);
    let kept: i64 = target
        .client
        .query_one(
            "select count(*) from product_org_type_location_figures",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert!(kept > 0, "the import kept no cohort figures");
}
