//! Lists that read kept tables or start from search indexes at scale (issue
//! 10): `products?usages__organization__org_type=` answered by
//! `product_org_type_figures` (V22, V23), and the members' searches, give
//! the same rows and counts as the plain SQL over the reviews and members.

use tokio_postgres::Client;

use crate::collections_support::{get, ids};
use crate::helpers::{load_small_demo, sign_in_as, spawn_app, TestApp, TestUser};

/// The whole list at `path` (one page of up to 1,000): its count and ids.
async fn listed(app: &TestApp, member: &TestUser, path: &str) -> (i64, Vec<i64>) {
    let reply = get(app, member, &format!("{path}&page_size=1000")).await;
    assert_eq!(reply.status, 200, "{path}: {}", reply.text);
    let count = reply.body["count"].as_i64().expect("count");
    (count, ids(&reply))
}

/// The first column (ids) of every row `sql` gives.
async fn column_of(
    db: &Client,
    sql: &str,
    params: &[&(dyn tokio_postgres::types::ToSql + Sync)],
) -> Vec<i64> {
    db.query(sql, params)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .iter()
        .map(|r| r.get(0))
        .collect()
}

/// The products some organization of one of `types` reviews, recounted
/// over the reviews and organizations as they are, in the list's order.
async fn used_by_types(db: &Client, types: &[i64]) -> Vec<i64> {
    column_of(
        db,
        "select p.id from products p
          where exists (select 1 from usages u join organizations o on o.id = u.organization_id
                         where u.product_id = p.id and o.org_type_id = any($1))
          order by lower(p.name), p.id",
        &[&types],
    )
    .await
}

/// Every organization type alone, and the first two together (`__in`):
/// the filtered list's count and ids equal the recount.
async fn assert_org_type_filters_recount(app: &TestApp, member: &TestUser, when: &str) {
    let types = column_of(&app.db.client, "select id from org_types order by id", &[]).await;
    assert!(types.len() >= 3, "{when}: {types:?}");
    let mut cases: Vec<(String, Vec<i64>)> = types
        .iter()
        .map(|t| (format!("usages__organization__org_type={t}"), vec![*t]))
        .collect();
    cases.push((
        format!(
            "usages__organization__org_type__in={},{}",
            types[0], types[1]
        ),
        types[..2].to_vec(),
    ));
    // With a filter on the kept product figures too (every product used
    // has an NPS), which counts another way: it answered 503 before.
    cases.push((
        format!("nps__gte=-100&usages__organization__org_type={}", types[0]),
        vec![types[0]],
    ));
    for (query, chosen) in cases {
        let expected = used_by_types(&app.db.client, &chosen).await;
        let (count, listed) = listed(app, member, &format!("/api/products/?{query}")).await;
        assert_eq!(count, expected.len() as i64, "{when}: {query}");
        assert_eq!(listed, expected, "{when}: {query}");
    }
}

/// An app on the small demo's data, and a member reading it.
async fn demo_app() -> (TestApp, TestUser) {
    let app = spawn_app().await;
    let mut own = app.db.connect().await;
    load_small_demo(&mut own, false).await;
    let member = sign_in_as(&app, "reader", false, None).await;
    (app, member)
}

#[tokio::test]
async fn products_used_by_an_organization_type_are_those_a_recount_over_the_reviews_finds() {
    let (app, member) = demo_app().await;
    let db = &app.db.client;
    // A type nobody has: no products.
    db.execute("insert into org_types (name) values ('Nobody yet')", &[])
        .await
        .unwrap();
    assert_org_type_filters_recount(&app, &member, "after the demo load").await;

    // A product reviewed by organizations of one type only: its reviews
    // deleted, it leaves that type's list (the kept row stays, at zero).
    let (product, org_type): (i64, i64) = {
        let row = db
            .query_one(
                "select u.product_id, min(o.org_type_id)
                   from usages u join organizations o on o.id = u.organization_id
                  group by u.product_id
                 having count(distinct o.org_type_id) = 1
                  order by u.product_id limit 1",
                &[],
            )
            .await
            .expect("a product of one type");
        (row.get(0), row.get(1))
    };
    let deleted = db
        .execute("delete from usages where product_id = $1", &[&product])
        .await
        .unwrap();
    assert!(deleted > 0);
    let kept: i64 = db
        .query_one(
            "select review_count from product_org_type_figures
              where product_id = $1 and org_type_id = $2",
            &[&product, &org_type],
        )
        .await
        .expect("the emptied row stays")
        .get(0);
    assert_eq!(kept, 0);
    assert!(!used_by_types(db, &[org_type]).await.contains(&product));
    assert_org_type_filters_recount(&app, &member, "after a product's reviews went").await;

    // One review deleted, then organizations changing type: the first to
    // the next type, one moved to the type nobody had.
    db.batch_execute(
        "delete from usages where id = (select min(id) from usages);
         update organizations
            set org_type_id = (select min(id) from org_types t where t.id > organizations.org_type_id)
          where id = (select min(id) from organizations);
         update organizations
            set org_type_id = (select id from org_types where name = 'Nobody yet')
          where id = (select max(id) from organizations);",
    )
    .await
    .unwrap();
    assert_org_type_filters_recount(&app, &member, "after organizations changed type").await;
}

/// Members whose names, e-mail or organization's name hold every term of
/// `search` (accents and case ignored), recounted without indexes: the
/// ids of `profiles` or `users`, in the lists' order (by username).
async fn members_matching(db: &Client, table: &str, search: &str) -> Vec<i64> {
    let id = if table == "users" { "u.id" } else { "p.id" };
    column_of(
        db,
        &format!(
            "select {id} from users u
               join profiles p on p.user_id = u.id
               left join organizations o on o.id = p.organization_id
              where (select bool_and(f_unaccent(lower(u.first_name)) like '%' || t || '%'
                                     or f_unaccent(lower(u.last_name)) like '%' || t || '%'
                                     or f_unaccent(lower(u.email)) like '%' || t || '%'
                                     or coalesce(f_unaccent(lower(o.name)) like '%' || t || '%', false))
                       from unnest(string_to_array(f_unaccent(lower($1)), ' ')) t)
              order by lower(u.username), {id}"
        ),
        &[&search],
    )
    .await
}

#[tokio::test]
async fn members_searches_find_what_a_recount_of_names_mail_and_organizations_finds() {
    let (app, member) = demo_app().await;
    let db = &app.db.client;
    db.batch_execute(
        "update users set first_name = 'Zoë', last_name = 'Ångström'
          where id = (select min(id) from users where username <> 'reader');
         update organizations set name = 'Académie Élan'
          where id = (select max(id) from organizations);",
    )
    .await
    .unwrap();
    let (last_name, organization): (String, String) = {
        let row = db
            .query_one(
                "select (select last_name from users where last_name <> 'Tester'
                          order by id desc limit 1),
                        (select name from organizations order by id limit 1)",
                &[],
            )
            .await
            .unwrap();
        (row.get(0), row.get(1))
    };
    let two_letters: String = last_name.to_lowercase().chars().take(2).collect();
    let word: String = organization
        .split(' ')
        .next()
        .unwrap_or_default()
        .to_uppercase();
    // A last name, its first two letters, an organization's word in
    // capitals, accents both ways, two terms, and nothing.
    let terms = [
        last_name.clone(),
        two_letters,
        word,
        "zoe".into(),
        "ÅNGSTRÖM".into(),
        "academie elan".into(),
        format!("{} example", last_name.to_lowercase()),
        "zzqxw".into(),
    ];
    for term in terms {
        for table in ["users", "profiles"] {
            let expected = members_matching(db, table, &term).await;
            let query: String = url::form_urlencoded::byte_serialize(term.as_bytes()).collect();
            let (count, listed) =
                listed(&app, &member, &format!("/api/{table}/?search={query}")).await;
            assert_eq!(count, expected.len() as i64, "{table}?search={term}");
            assert_eq!(listed, expected, "{table}?search={term}");
            if term != "zzqxw" {
                assert!(!expected.is_empty(), "{table}?search={term} finds someone");
            }
        }
    }
}
