//! `mothra demo`: realistic data that respects every rule, the same on
//! every run, and never mixed into a database that has content.

use std::process::Output;

use crate::binary;
use crate::helpers::{migrated_database, url_for, TestDatabase};

async fn demo(db: &TestDatabase, args: &[&str]) -> Output {
    let url = url_for(&db.name).await;
    binary::mothra_on(&url)
        .arg("demo")
        .args(args)
        .output()
        .expect("mothra runs")
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

async fn count(db: &TestDatabase, sql: &str) -> i64 {
    db.client.query_one(sql, &[]).await.expect(sql).get(0)
}

/// A digest of the generated content that ignores ids.
async fn fingerprint(db: &TestDatabase) -> String {
    db.client
        .query_one(
            "select md5(string_agg(concat_ws('|', p.name, o.name, u.username, t.name,
                                             r.rating, r.is_deprecated, r.when_deprecated,
                                             r.why_deprecated, r.review,
                                             (select x.name from products x where x.id = r.replaced_by)), ','
                                   order by p.name, o.name, u.username))
             from usages r
             join products p on p.id = r.product_id
             join organizations o on o.id = r.organization_id
             join profiles f on f.id = r.reviewer_id
             join users u on u.id = f.user_id
             join usage_types t on t.id = r.usage_type_id",
            &[],
        )
        .await
        .expect("fingerprint")
        .get(0)
}

#[tokio::test]
async fn demo_fills_every_table_at_the_asked_scale_and_names_the_demo_sign_in() {
    let db = migrated_database().await;
    let output = demo(&db, &["--scale", "0.05"]).await;
    assert!(output.status.success(), "{}", text(&output));
    let out = text(&output);
    assert!(
        out.contains("15 organizations, 100 members, 75 products, 2000 reviews"),
        "{out}"
    );
    assert!(
        out.contains("sign in as `demo` with the password `mothra-demo`"),
        "{out}"
    );

    assert_eq!(count(&db, "select count(*) from organizations").await, 15);
    assert_eq!(count(&db, "select count(*) from users").await, 100);
    assert_eq!(count(&db, "select count(*) from profiles").await, 100);
    assert_eq!(count(&db, "select count(*) from products").await, 75);
    let reviews = count(&db, "select count(*) from usages").await;
    assert!((1_800..=2_000).contains(&reviews), "{reviews} reviews");
    for table in ["domains", "subjects", "usage_types", "data_interfaces"] {
        let n = count(&db, &format!("select count(*) from {table}")).await;
        assert!(n >= 6, "{table}: {n}");
    }
    // Every organization has grades and a location; every rating is used;
    // some reviews are deprecated, and those only carry dates and reasons.
    assert_eq!(
        count(
            &db,
            "select count(*) from organizations o
             where not exists (select 1 from organization_grades g where g.organization_id = o.id)
                or not exists (select 1 from organization_locations l where l.organization_id = o.id)"
        )
        .await,
        0
    );
    assert_eq!(
        count(&db, "select count(distinct rating) from usages").await,
        5
    );
    assert!(count(&db, "select count(*) from usages where is_deprecated").await > 0);
    assert_eq!(
        count(
            &db,
            "select count(*) from usages where not is_deprecated
               and (when_deprecated is not null or why_deprecated is not null)"
        )
        .await,
        0
    );
    // Some deprecated reviews name what replaced the product: another
    // product of the same domain (the moves between products).
    assert!(
        count(
            &db,
            "select count(*) from usages where replaced_by is not null"
        )
        .await
            > 0
    );
    assert_eq!(
        count(
            &db,
            "select count(*) from usages u
             join products a on a.id = u.product_id
             join products b on b.id = u.replaced_by
             where a.domain_id <> b.domain_id or not u.is_deprecated"
        )
        .await,
        0
    );
    // One member can sign in: `demo`, with an Argon2id hash.
    let row = db
        .client
        .query_one(
            "select count(*) filter (where password_hash is not null),
                    bool_or(username = 'demo' and password_hash like '$argon2id$%' and is_active)
             from users",
            &[],
        )
        .await
        .unwrap();
    assert_eq!(row.get::<_, i64>(0), 1);
    assert!(row.get::<_, bool>(1));
}

#[tokio::test]
async fn demo_makes_the_same_data_on_every_run() {
    let (a, b) = (migrated_database().await, migrated_database().await);
    let (first, second) = (
        demo(&a, &["--scale", "0.03"]).await,
        demo(&b, &["--scale", "0.03"]).await,
    );
    assert!(first.status.success(), "{}", text(&first));
    assert!(second.status.success(), "{}", text(&second));
    assert_eq!(fingerprint(&a).await, fingerprint(&b).await);
    assert!(count(&a, "select count(*) from usages").await > 1000);
}

#[tokio::test]
async fn demo_refuses_a_database_with_content_unless_forced() {
    let db = migrated_database().await;
    assert!(demo(&db, &["--scale", "0.02"]).await.status.success());
    let before = fingerprint(&db).await;

    let refused = demo(&db, &["--scale", "0.02"]).await;
    assert_eq!(refused.status.code(), Some(1));
    let out = text(&refused);
    assert!(
        out.contains(
            "already has organizations, products or reviews; `mothra demo --force` replaces them"
        ),
        "{out}"
    );
    assert_eq!(fingerprint(&db).await, before, "nothing changed");

    // A staff user survives --force; everything else is replaced.
    db.client
        .execute(
            "insert into users (username, email, is_staff) values ('boss', 'boss@example.com', true)",
            &[],
        )
        .await
        .unwrap();
    let forced = demo(&db, &["--scale", "0.02", "--force"]).await;
    assert!(forced.status.success(), "{}", text(&forced));
    assert!(text(&forced).contains("removed the previous content"));
    assert_eq!(count(&db, "select count(*) from organizations").await, 6);
    assert_eq!(
        count(&db, "select count(*) from users where username = 'boss'").await,
        1
    );
    assert_eq!(count(&db, "select count(*) from users").await, 41);
    assert_eq!(fingerprint(&db).await, before, "the same data again");
}

#[tokio::test]
async fn demo_spreads_organizations_over_every_type_and_reviews_over_the_last_two_years() {
    let db = migrated_database().await;
    let output = demo(&db, &["--scale", "0.05"]).await;
    assert!(output.status.success(), "{}", text(&output));

    // Every organization type has organizations (districts the most).
    let rows = db
        .client
        .query(
            "select t.name, count(o.id) from org_types t
             left join organizations o on o.org_type_id = t.id
             group by t.name order by count(o.id) desc, t.name",
            &[],
        )
        .await
        .expect("organizations by type");
    let by_type: Vec<(String, i64)> = rows.iter().map(|r| (r.get(0), r.get(1))).collect();
    assert_eq!(by_type.len(), 3, "{by_type:?}");
    assert_eq!(by_type[0].0, "Public School District", "{by_type:?}");
    assert!(by_type.iter().all(|(_, n)| *n > 0), "{by_type:?}");

    // Review dates cover the last two years, none in the future, and
    // hardly two share a timestamp.
    let row = db
        .client
        .query_one(
            "select extract(epoch from now() - min(created_at))::float8 / 86400,
                    extract(epoch from now() - max(created_at))::float8 / 86400,
                    count(distinct created_at), count(*),
                    count(distinct date_trunc('month', created_at)),
                    count(*) filter (where updated_at < created_at)
             from usages",
            &[],
        )
        .await
        .expect("review dates");
    let (oldest, newest): (f64, f64) = (row.get(0), row.get(1));
    let (distinct, total): (i64, i64) = (row.get(2), row.get(3));
    assert!((700.0..=730.5).contains(&oldest), "oldest {oldest} days");
    assert!((0.0..=5.0).contains(&newest), "newest {newest} days");
    assert!(distinct * 100 >= total * 99, "{distinct} of {total}");
    assert!(
        row.get::<_, i64>(4) >= 24,
        "months: {}",
        row.get::<_, i64>(4)
    );
    assert_eq!(row.get::<_, i64>(5), 0);
}
