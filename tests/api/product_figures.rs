//! Product figures kept by the database (V14, `product_figures`): exact
//! after concurrent writes of every kind, and what the products collection
//! filters and orders by (`nps__gte`, `review_count__gte`, `ordering=-nps`),
//! and the products page's "at least N reviews" (as an ordinary member).

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use reqwest::StatusCode;
use serde_json::{json, Value};
use tokio_postgres::error::SqlState;
use tokio_postgres::Client;

use crate::auth_support::{create_user, GOOD_PASSWORD};
use crate::browser::driver::Browser;
use crate::collections_support::{
    domain, get, ids, organization, patch, product, review, world, Reply,
};
use crate::helpers::{migrated_database, sign_in_as};

/// Every product whose figures row differs from a recount of its reviews,
/// as `(product, stored, recounted)` texts; the NPS recounted here with
/// the formula written out, not through `net_promoter_score`.
async fn drifted(db: &Client) -> Vec<(i64, String, String)> {
    let rows = db
        .query(
            "select p.id,
                    coalesce(row(f.rating_1, f.rating_2, f.rating_3, f.rating_4, f.rating_5,
                                 f.deprecated_count, f.last_reviewed_at, f.review_count, f.nps)::text,
                             'missing'),
                    row(r.r1, r.r2, r.r3, r.r4, r.r5, r.deprecated, r.newest, r.n,
                        case when r.n = 0 then null else (100 * (r.r5 - r.r1 - r.r2 - r.r3)) / r.n end)::text
               from products p
               left join product_figures f on f.product_id = p.id
              cross join lateral (
                    select count(*) filter (where u.rating = 1) as r1,
                           count(*) filter (where u.rating = 2) as r2,
                           count(*) filter (where u.rating = 3) as r3,
                           count(*) filter (where u.rating = 4) as r4,
                           count(*) filter (where u.rating = 5) as r5,
                           count(*) filter (where u.is_deprecated) as deprecated,
                           max(u.created_at) as newest,
                           count(*) as n
                      from usages u where u.product_id = p.id) r
              order by p.id",
            &[],
        )
        .await
        .expect("recount");
    rows.iter()
        .map(|row| (row.get::<_, i64>(0), row.get(1), row.get(2)))
        .filter(|(_, stored, recounted): &(i64, String, String)| stored != recounted)
        .collect()
}

/// One random write, in a transaction of its own, committed or (one time in
/// four) rolled back. Every product and review it picks is among those
/// given. A unique violation (a review moved onto a product its member
/// already reviewed for that organization) is the only refusal expected.
async fn random_write(
    client: &mut Client,
    rng: &mut StdRng,
    products: &[i64],
    organizations: &[i64],
    reviewers: &[i64],
    usage_type: i64,
) -> Result<(), tokio_postgres::Error> {
    let product = products[rng.random_range(0..products.len())];
    let other = products[rng.random_range(0..products.len())];
    let organization = organizations[rng.random_range(0..organizations.len())];
    let reviewer = reviewers[rng.random_range(0..reviewers.len())];
    let rating: i16 = rng.random_range(1..=5);
    // Reviews dated over the last days, so that removing the newest one
    // makes the trigger look for the next newest.
    let age_seconds: f64 = rng.random_range(0.0..864_000.0);
    let rollback = rng.random_bool(0.25);
    // A review of `product`, chosen at random by the database.
    const ONE_OF: &str =
        "(select id from usages where product_id = $1::bigint order by random() limit 1)";
    let tx = client.transaction().await?;
    // One statement per transaction: a transaction that wrote one review
    // and then waits for another's row lock can deadlock with any writer,
    // figures or not; a single statement takes its review rows' locks
    // first and the figures rows' last, in product order.
    match rng.random_range(0..8) {
        0 | 1 => {
            tx.execute(
                "insert into usages (product_id, organization_id, reviewer_id, usage_type_id, rating,
                                     is_deprecated, created_at)
                 values ($1, $2, $3, $4, $5, $6, now() - make_interval(secs => $7))
                 on conflict (product_id, organization_id, reviewer_id) do nothing",
                &[
                    &product,
                    &organization,
                    &reviewer,
                    &usage_type,
                    &rating,
                    &rng.random_bool(0.2),
                    &age_seconds,
                ],
            )
            .await?;
        }
        2 => {
            tx.execute(
                &format!("update usages set rating = $2 where id = {ONE_OF}"),
                &[&product, &rating],
            )
            .await?;
        }
        3 => {
            // Moved to another product (maybe the same one).
            tx.execute(
                &format!("update usages set product_id = $2 where id = {ONE_OF}"),
                &[&product, &other],
            )
            .await?;
        }
        4 => {
            tx.execute(
                &format!(
                    "update usages set is_deprecated = not is_deprecated,
                                       when_deprecated = null, why_deprecated = null
                     where id = {ONE_OF}"
                ),
                &[&product],
            )
            .await?;
        }
        5 => {
            tx.execute(
                &format!("delete from usages where id = {ONE_OF}"),
                &[&product],
            )
            .await?;
        }
        6 => {
            // Many rows of one product in one statement: every rating
            // mirrored (1 ↔ 5, 2 ↔ 4).
            tx.execute(
                "update usages set rating = 6 - rating where product_id = $1",
                &[&product],
            )
            .await?;
        }
        _ => {
            // The newest review, so that the next newest must be found.
            tx.execute(
                "delete from usages where id = (select id from usages where product_id = $1
                                                order by created_at desc limit 1)",
                &[&product],
            )
            .await?;
        }
    }
    if rollback {
        tx.rollback().await
    } else {
        tx.commit().await
    }
}

#[tokio::test]
async fn figures_equal_a_recount_after_a_burst_of_concurrent_writes_some_rolled_back() {
    let db = migrated_database().await;
    let c = &db.client;
    let one = |sql: String| async move {
        c.query_one(sql.as_str(), &[])
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
            .get::<_, i64>(0)
    };
    let domain = one("insert into domains (name) values ('D') returning id".into()).await;
    let usage_type =
        one("insert into usage_types (name) values ('Pilot') returning id".into()).await;
    let mut products = Vec::new();
    for i in 0..4 {
        products.push(
            one(format!(
                "insert into products (name, domain_id) values ('P{i}', {domain}) returning id"
            ))
            .await,
        );
    }
    let mut organizations = Vec::new();
    for i in 0..3 {
        organizations.push(
            one(format!(
                "insert into organizations (name, org_type_id)
                 select 'O{i}', min(id) from org_types returning id"
            ))
            .await,
        );
    }
    let mut reviewers = Vec::new();
    for i in 0..6 {
        let user = one(format!(
            "insert into users (username, email) values ('m{i}', 'm{i}@example.com') returning id"
        ))
        .await;
        reviewers.push(one(format!("select id from profiles where user_id = {user}")).await);
    }

    let mut tasks = Vec::new();
    for task in 0..8u64 {
        let mut client = db.connect().await;
        let (products, organizations, reviewers) =
            (products.clone(), organizations.clone(), reviewers.clone());
        tasks.push(tokio::spawn(async move {
            let mut rng = StdRng::seed_from_u64(task);
            let (mut done, mut refused) = (0, Vec::new());
            for _ in 0..50 {
                match random_write(
                    &mut client,
                    &mut rng,
                    &products,
                    &organizations,
                    &reviewers,
                    usage_type,
                )
                .await
                {
                    Ok(()) => done += 1,
                    Err(e) => refused.push(e),
                }
            }
            (done, refused)
        }));
    }
    let mut done = 0;
    for task in tasks {
        let (ok, refused) = task.await.expect("task");
        done += ok;
        for e in refused {
            // Moving a review onto a product its member already reviewed
            // for that organization is refused. A deadlock's victim is
            // rolled back whole (the API answers it 503, retryable): seen
            // once in 400 writes on CI's dry run, with the multi-row
            // statements here; what must hold is that no figure drifts.
            // Nothing else may fail (no check constraint of the figures).
            assert!(
                matches!(
                    e.code(),
                    Some(&SqlState::UNIQUE_VIOLATION) | Some(&SqlState::T_R_DEADLOCK_DETECTED)
                ),
                "{e}"
            );
        }
    }
    assert!(done > 300, "only {done} of 400 writes went through");
    let reviews = one("select count(*) from usages".into()).await;
    assert!(reviews > 10, "{reviews} reviews left");
    assert_eq!(drifted(c).await, vec![]);

    // Emptied through TRUNCATE, then deleting a product takes its row.
    c.batch_execute("truncate usages").await.unwrap();
    assert_eq!(drifted(c).await, vec![]);
    c.execute("delete from products where id = $1", &[&products[0]])
        .await
        .unwrap();
    let rows = one("select count(*) from product_figures".into()).await;
    assert_eq!(rows, 3);
}

#[tokio::test]
async fn figures_stay_exact_through_demo_data_and_its_replacement() {
    let db = migrated_database().await;
    let mut own = db.connect().await;
    crate::helpers::load_small_demo(&mut own, false).await;
    assert_eq!(drifted(&db.client).await, vec![]);
    crate::helpers::load_small_demo(&mut own, true).await;
    assert_eq!(drifted(&db.client).await, vec![]);
}

/// `(id, nps, review_count)` of every product, recounted from the reviews.
async fn recount(db: &Client) -> Vec<(i64, Option<i64>, i64)> {
    db.query(
        "select p.id,
                case when count(u.id) = 0 then null
                     else (100 * (count(u.id) filter (where u.rating = 5)
                                  - count(u.id) filter (where u.rating <= 3))) / count(u.id) end,
                count(u.id)
           from products p left join usages u on u.product_id = p.id
          group by p.id",
        &[],
    )
    .await
    .expect("recount")
    .iter()
    .map(|r| (r.get(0), r.get(1), r.get(2)))
    .collect()
}

/// The ids the list at `path` gives (every page of 1000 is enough here),
/// checking its count.
async fn listed(w: &crate::collections_support::World, path: &str) -> Vec<i64> {
    let reply: Reply = get(&w.app, &w.ann, path).await;
    assert_eq!(reply.status, StatusCode::OK, "{path}: {}", reply.text);
    let out = ids(&reply);
    assert_eq!(reply.body["count"], json!(out.len()), "{path}");
    out
}

#[tokio::test]
async fn nps_and_review_count_filter_and_order_products_as_a_recount_says() {
    let w = &world().await;
    let d = domain(&w.app, "D").await;
    let mut orgs = vec![w.org];
    for i in 1..5 {
        orgs.push(organization(&w.app, &format!("O{i}")).await);
    }
    // Ratings per product: NPS 100, 50, 0, -33, -100, none, and 25 (5,5,4,3).
    let ratings: [&[i16]; 7] = [
        &[5, 5, 5],
        &[5, 4],
        &[5, 1],
        &[5, 2, 4],
        &[1],
        &[],
        &[5, 5, 4, 3],
    ];
    let mut products = Vec::new();
    for (i, list) in ratings.iter().enumerate() {
        let p = product(&w.app, &format!("P{i}"), d, None).await;
        for (org, rating) in orgs.iter().zip(list.iter()) {
            review(&w.app, p, *org, w.ann.profile_id, *rating).await;
        }
        products.push(p);
    }
    // Ordered as the API promises: by the key, nulls last in either
    // direction, then id.
    let expect = |all: &[(i64, Option<i64>, i64)],
                  keep: &dyn Fn(Option<i64>, i64) -> bool,
                  key: &dyn Fn(Option<i64>, i64) -> Option<i64>,
                  descending: bool| {
        let mut rows: Vec<(i64, Option<i64>)> = all
            .iter()
            .filter(|(_, nps, n)| keep(*nps, *n))
            .map(|(id, nps, n)| (*id, key(*nps, *n)))
            .collect();
        rows.sort_by(|(a_id, a), (b_id, b)| {
            let by_key = match (a, b) {
                (None, None) => std::cmp::Ordering::Equal,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (Some(_), None) => std::cmp::Ordering::Less,
                (Some(a), Some(b)) if descending => b.cmp(a),
                (Some(a), Some(b)) => a.cmp(b),
            };
            by_key.then(a_id.cmp(b_id))
        });
        rows.into_iter().map(|(id, _)| id).collect::<Vec<i64>>()
    };
    let nps = |nps: Option<i64>, _: i64| nps;
    let count = |_: Option<i64>, n: i64| Some(n);
    let all = |_: Option<i64>, _: i64| true;

    let check = |when: &'static str| async move {
        let truth = recount(&w.app.db.client).await;
        for (path, expected) in [
            (
                "/api/products/?ordering=-nps&page_size=1000",
                expect(&truth, &all, &nps, true),
            ),
            (
                "/api/products/?ordering=nps&page_size=1000",
                expect(&truth, &all, &nps, false),
            ),
            (
                "/api/products/?ordering=review_count&page_size=1000",
                expect(&truth, &all, &count, false),
            ),
            (
                "/api/products/?ordering=-review_count&page_size=1000",
                expect(&truth, &all, &count, true),
            ),
            (
                "/api/products/?nps__gte=50&ordering=-nps",
                expect(&truth, &|nps, _| nps.is_some_and(|v| v >= 50), &nps, true),
            ),
            (
                "/api/products/?nps__lte=0&ordering=nps",
                expect(&truth, &|nps, _| nps.is_some_and(|v| v <= 0), &nps, false),
            ),
            (
                "/api/products/?review_count__gte=3&ordering=-nps",
                expect(&truth, &|_, n| n >= 3, &nps, true),
            ),
            (
                "/api/products/?review_count__lte=1&ordering=review_count",
                expect(&truth, &|_, n| n <= 1, &count, false),
            ),
            (
                "/api/products/?nps__gte=0&review_count__gte=2&ordering=-review_count",
                expect(
                    &truth,
                    &|nps, n| nps.is_some_and(|v| v >= 0) && n >= 2,
                    &count,
                    true,
                ),
            ),
        ] {
            assert_eq!(listed(w, path).await, expected, "{when}: {path}");
        }
        truth
    };
    let before = check("as written").await;
    assert_eq!(
        before.iter().find(|(id, ..)| *id == products[6]),
        Some(&(products[6], Some(25), 4))
    );
    // The unreviewed product is last both ways.
    let r = get(
        &w.app,
        &w.ann,
        "/api/products/?ordering=-nps&page_size=1000",
    )
    .await;
    assert_eq!(r.body["results"][6]["id"], json!(products[5]));
    assert_eq!(r.body["results"][6]["nps"], Value::Null);
    assert_eq!(r.body["results"][6]["review_count"], json!(0));

    // Written through the API, read at once: a rating changed (P1: 5,4 →
    // 1,4), and a review moved from P0 to the unreviewed P5 (Ann's, for
    // her organization, the first of each product).
    let first = |p: i64| async move {
        w.app
            .db
            .client
            .query_one(
                "select id from usages where product_id = $1 order by id limit 1",
                &[&p],
            )
            .await
            .unwrap()
            .get::<_, i64>(0)
    };
    let rated = first(products[1]).await;
    let r = patch(
        &w.app,
        &w.ann,
        &format!("/api/usages/{rated}/"),
        json!({"rating": 1}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let moved = first(products[0]).await;
    let r = patch(
        &w.app,
        &w.ann,
        &format!("/api/usages/{moved}/"),
        json!({"product": products[5]}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let after = check("after the edits").await;
    assert!(after.contains(&(products[1], Some(-50), 2)), "{after:?}");
    assert!(after.contains(&(products[5], Some(100), 1)), "{after:?}");
    assert!(after.contains(&(products[0], Some(100), 2)), "{after:?}");
}

#[tokio::test]
async fn bad_figure_filters_are_a_400_naming_the_parameter() {
    let w = world().await;
    for (query, detail) in [
        (
            "nps__gte=abc",
            "Parameter 'nps__gte' has an invalid value 'abc': expected an integer.",
        ),
        (
            "review_count__lte=1.5",
            "Parameter 'review_count__lte' has an invalid value '1.5': expected an integer.",
        ),
        (
            "nps__icontains=5",
            "Unknown query parameter 'nps__icontains'.",
        ),
        (
            "review_count__isnull=true",
            "Unknown query parameter 'review_count__isnull'.",
        ),
    ] {
        let r = get(&w.app, &w.ann, &format!("/api/products/?{query}")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{query}: {}", r.text);
        assert_eq!(r.body["detail"], json!(detail), "{query}");
        let accepted = r.body["accepted"].as_array().expect("accepted");
        for name in [
            "nps__gte",
            "nps__lte",
            "review_count__gte",
            "review_count__lte",
        ] {
            assert!(accepted.contains(&json!(name)), "{name} in {accepted:?}");
        }
    }
    // An empty value is "not given", as for every filter.
    let r = get(&w.app, &w.ann, "/api/products/?nps__gte=").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
}

#[tokio::test]
async fn the_openapi_document_lists_the_figure_filters_as_integers_and_says_where_nulls_go() {
    let w = world().await;
    let doc: Value = w
        .app
        .get("/api/openapi.json")
        .await
        .json()
        .await
        .expect("the document");
    let parameters = doc["paths"]["/api/products/"]["get"]["parameters"]
        .as_array()
        .expect("the products list's parameters")
        .clone();
    let find = |name: &str| {
        parameters
            .iter()
            .find(|p| p["name"] == json!(name))
            .unwrap_or_else(|| panic!("{name} in {parameters:?}"))
            .clone()
    };
    for name in [
        "nps",
        "nps__gte",
        "nps__lte",
        "review_count__gte",
        "review_count__lte",
    ] {
        assert_eq!(find(name)["schema"]["type"], json!("integer"), "{name}");
    }
    let ordering = find("ordering")["description"]
        .as_str()
        .expect("a description")
        .to_owned();
    assert!(ordering.contains("-nps"), "{ordering}");
    assert!(ordering.contains("last in either direction"), "{ordering}");
}

#[tokio::test]
async fn the_stats_of_everyone_read_the_figures_row_and_a_cohort_recounts() {
    let w = world().await;
    let d = domain(&w.app, "D").await;
    let p = product(&w.app, "P", d, None).await;
    let bea = sign_in_as(&w.app, "bea", false, Some(w.org)).await;
    review(&w.app, p, w.org, w.ann.profile_id, 5).await;
    review(&w.app, p, w.org, bea.profile_id, 3).await;
    let everyone = format!("/api/products/{p}/stats/");
    let r = get(&w.app, &w.ann, &everyone).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["nps"], json!(0));
    assert_eq!(r.body["review_count"], json!(2));

    // Tamper with the row (no trigger would): the figures of everyone
    // follow it, a cohort (every type of organization, so the same
    // reviews) still counts the reviews themselves.
    w.app
        .db
        .client
        .execute(
            "update product_figures set rating_5 = rating_5 + 2 where product_id = $1",
            &[&p],
        )
        .await
        .unwrap();
    let r = get(&w.app, &w.ann, &everyone).await;
    assert_eq!(r.body["review_count"], json!(4));
    assert_eq!(r.body["nps"], json!(50));
    assert_eq!(r.body["ratings"]["5"], json!(3));
    assert_eq!(
        r.body["organizations"],
        json!([{"id": w.org, "name": "Springfield District"}])
    );
    let types: Vec<String> = w
        .app
        .db
        .client
        .query("select id::text from org_types", &[])
        .await
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect();
    let cohort = format!(
        "/api/products/{p}/stats/?organization__org_type__in={}",
        types.join(",")
    );
    let r = get(&w.app, &w.ann, &cohort).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["review_count"], json!(2));
    assert_eq!(r.body["nps"], json!(0));
    // The products collection reads the row too.
    let r = get(&w.app, &w.ann, &format!("/api/products/{p}/")).await;
    assert_eq!(r.body["review_count"], json!(4));

    // A product that does not exist: 404 either way.
    for path in [
        "/api/products/999999/stats/",
        "/api/products/999999/stats/?organization__size__gte=1",
    ] {
        let r = get(&w.app, &w.ann, path).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}: {}", r.text);
    }
}

#[tokio::test]
async fn a_member_lists_the_products_with_at_least_3_reviews_on_the_products_page() {
    let w = world().await;
    let d = domain(&w.app, "Assessment").await;
    let mut orgs = vec![w.org];
    for i in 1..3 {
        orgs.push(organization(&w.app, &format!("O{i}")).await);
    }
    let thrice = product(&w.app, "Thrice", d, None).await;
    for org in &orgs {
        review(&w.app, thrice, *org, w.ann.profile_id, 4).await;
    }
    let once = product(&w.app, "Once", d, None).await;
    review(&w.app, once, w.org, w.ann.profile_id, 5).await;
    product(&w.app, "Never", d, None).await;
    create_user(&w.app, "mia", GOOD_PASSWORD, false).await;

    let browser = Browser::open(&w.app.address).await;
    browser.sign_in("mia", GOOD_PASSWORD).await;
    browser.goto("/products").await;
    browser.find_text(".count", "3 products").await;
    browser.select("#f-reviews", "At least 3 reviews").await;
    browser
        .wait_location("a minimum of reviews", |l| l == "/products?reviews=3")
        .await;
    browser.find_text(".count", "1 product matches").await;
    assert_eq!(browser.texts(".products h2").await, vec!["Thrice"]);
    let requests = browser.api_requests().await;
    assert!(
        requests
            .iter()
            .any(|r| r.starts_with("/api/products/?") && r.contains("review_count__gte=3")),
        "{requests:?}"
    );
    browser.close().await;
}
