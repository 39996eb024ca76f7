//! What changed (issue 13, item 5): the database records every change to
//! products, organizations and reviews, with the member who made it, in
//! the write's own transaction; the API pages through a record's history
//! and a member's changes.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use mothra::db::backup;

use crate::collections_support::*;
use crate::helpers::{migrated_database, TestApp};

/// How many history rows record `table`'s record `id` (optionally only
/// changes of `field`).
async fn recorded(app: &TestApp, table: &str, id: i64, field: Option<&str>) -> i64 {
    app.db
        .client
        .query_one(
            "select count(*) from change_history where table_name = $1 and record_id = $2 \
             and ($3::text is null or field = $3)",
            &[&table, &id, &field],
        )
        .await
        .expect("count history")
        .get(0)
}

fn results(reply: &Reply) -> &Vec<Value> {
    reply.body["results"]
        .as_array()
        .unwrap_or_else(|| panic!("not a page: {}", reply.text))
}

#[tokio::test]
async fn a_change_through_the_api_is_recorded_once_with_its_member_and_old_and_new_values() {
    let w = world().await;
    let d = domain(&w.app, "LMS").await;
    let p = product(&w.app, "Canvas", d, None).await;

    let r = patch(
        &w.app,
        &w.ann,
        &format!("/api/products/{p}/"),
        json!({"description": "An LMS.", "name": "Canvas"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    // Only what changed: the name was sent unchanged.
    assert_eq!(
        recorded(&w.app, "products", p, Some("description")).await,
        1
    );
    assert_eq!(recorded(&w.app, "products", p, Some("name")).await, 0);

    let h = get(&w.app, &w.bob, &format!("/api/products/{p}/history/")).await;
    assert_eq!(h.status, StatusCode::OK, "{}", h.text);
    assert_eq!(h.body["count"], 2, "{}", h.text);
    assert_eq!(h.body["next"], Value::Null);
    assert_eq!(h.body["previous"], Value::Null);
    let newest = &results(&h)[0];
    assert_eq!(newest["action"], "updated");
    assert_eq!(newest["field"], "description");
    assert_eq!(newest["old"], "");
    assert_eq!(newest["new"], "An LMS.");
    assert_eq!(newest["collection"], "products");
    assert_eq!(newest["record"], p);
    assert_eq!(newest["record_name"], "Canvas");
    assert_eq!(
        newest["actor"],
        json!({"id": w.ann.user_id, "username": "ann"})
    );
    // Made with SQL in the test, outside the API: no actor.
    let created = &results(&h)[1];
    assert_eq!(created["action"], "created");
    assert_eq!(created["field"], Value::Null);
    assert_eq!(created["actor"], Value::Null);
    assert_eq!(created["new"]["name"], "Canvas");
    assert_eq!(
        created["new"]["domain"], d,
        "stored columns take the API's names"
    );
}

#[tokio::test]
async fn creating_editing_and_deleting_a_review_through_the_api_records_each_once() {
    let w = world().await;
    let d = domain(&w.app, "SIS").await;
    let p = product(&w.app, "PowerSchool", d, None).await;
    let ut = pilot(&w.app).await;
    let r = post(
        &w.app,
        &w.ann,
        "/api/usages/",
        json!({"product": p, "organization": w.org, "usage_type": ut, "rating": 4, "review": "Fine."}),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let id = r.body["id"].as_i64().unwrap();
    let r = patch(
        &w.app,
        &w.ann,
        &format!("/api/usages/{id}/"),
        json!({"rating": 2, "review": "Slow."}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);

    let h = get(&w.app, &w.ann, &format!("/api/usages/{id}/history/")).await;
    assert_eq!(h.status, StatusCode::OK, "{}", h.text);
    let entries: Vec<(String, String, Value, Value)> = results(&h)
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_owned(),
                e["field"].as_str().unwrap_or("").to_owned(),
                e["old"].clone(),
                e["new"].clone(),
            )
        })
        .collect();
    assert_eq!(entries.len(), 3, "{}", h.text);
    assert!(entries.contains(&("updated".into(), "rating".into(), json!(4), json!(2))));
    assert!(entries.contains(&(
        "updated".into(),
        "review".into(),
        json!("Fine."),
        json!("Slow.")
    )));
    assert_eq!(entries[2].0, "created");
    assert_eq!(entries[2].3["reviewer"], w.ann.profile_id);
    assert_eq!(
        h.body["results"][0]["record_name"],
        "Springfield District - PowerSchool"
    );
    assert!(results(&h)
        .iter()
        .all(|e| e["actor"]["id"] == w.ann.user_id));

    let r = delete(&w.app, &w.ann, &format!("/api/usages/{id}/")).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
    assert_eq!(recorded(&w.app, "usages", id, None).await, 4);
    // Gone for members; staff still read what happened to it.
    let h = get(&w.app, &w.ann, &format!("/api/usages/{id}/history/")).await;
    assert_eq!(h.status, StatusCode::NOT_FOUND, "{}", h.text);
    let h = get(&w.app, &w.staff, &format!("/api/usages/{id}/history/")).await;
    assert_eq!(h.status, StatusCode::OK, "{}", h.text);
    assert_eq!(h.body["count"], 4);
    assert_eq!(h.body["results"][0]["action"], "deleted");
    assert_eq!(h.body["results"][0]["old"]["rating"], 2);
    assert_eq!(h.body["results"][0]["record_name"], Value::Null);
}

#[tokio::test]
async fn an_organizations_grades_are_one_field_whose_edit_is_one_entry() {
    let w = world().await;
    let grade = |level: i32| {
        let app = &w.app;
        async move {
            app.db
                .client
                .query_one("select id from grades where level = $1", &[&level])
                .await
                .unwrap()
                .get::<_, i64>(0)
        }
    };
    let (k, g1, g2) = (grade(0).await, grade(1).await, grade(2).await);
    let ot: i64 = w
        .app
        .db
        .client
        .query_one("select min(id) from org_types", &[])
        .await
        .unwrap()
        .get(0);
    let r = post(
        &w.app,
        &w.bob,
        "/api/organizations/",
        json!({"name": "Shelbyville", "org_type": ot, "grades": [k, g1]}),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let org = r.body["id"].as_i64().unwrap();
    // Bob created it and so belongs to it: he may edit it.
    let r = patch(
        &w.app,
        &w.bob,
        &format!("/api/organizations/{org}/"),
        json!({"grades": [g1, g2], "size": 3}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    // The same list again changes nothing, and records nothing.
    let r = patch(
        &w.app,
        &w.bob,
        &format!("/api/organizations/{org}/"),
        json!({"grades": [g2, g1]}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);

    let h = get(
        &w.app,
        &w.ann,
        &format!("/api/organizations/{org}/history/"),
    )
    .await;
    assert_eq!(h.status, StatusCode::OK, "{}", h.text);
    assert_eq!(h.body["count"], 3, "{}", h.text);
    let grades: Vec<&Value> = results(&h)
        .iter()
        .filter(|e| e["field"] == "grades")
        .collect();
    assert_eq!(grades.len(), 1, "{}", h.text);
    assert_eq!(grades[0]["old"], json!([k, g1]));
    assert_eq!(grades[0]["new"], json!([g1, g2]));
    let created = results(&h).last().unwrap();
    assert_eq!(created["action"], "created");
    assert_eq!(created["new"]["grades"], json!([k, g1]));
    assert_eq!(created["new"]["org_type"], ot);
    assert_eq!(created["actor"]["username"], "bob");
}

#[tokio::test]
async fn a_rolled_back_write_records_nothing() {
    let w = world().await;
    let d = domain(&w.app, "Assessment").await;
    let p = product(&w.app, "Illuminate", d, None).await;
    let before = recorded(&w.app, "products", p, None).await;

    // A transaction that changes the product and then rolls back.
    let mut client = w.app.db.connect().await;
    let tx = client.transaction().await.unwrap();
    tx.execute(
        "select set_config('mothra.actor', $1, true)",
        &[&w.ann.user_id.to_string()],
    )
    .await
    .unwrap();
    tx.execute("update products set name = 'Renamed' where id = $1", &[&p])
        .await
        .unwrap();
    let inside: i64 = tx
        .query_one(
            "select count(*) from change_history where record_id = $1 and table_name = 'products'",
            &[&p],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(inside, before + 1, "recorded inside the transaction");
    tx.rollback().await.unwrap();
    assert_eq!(recorded(&w.app, "products", p, None).await, before);

    // An API write refused at COMMIT, after its UPDATE ran: a deferred
    // check (as a deferred constraint would) that refuses one name.
    w.app
        .db
        .client
        .batch_execute(
            "create function refuse_at_commit() returns trigger language plpgsql as $$
             begin
                 if new.name = 'Refused at commit' then
                     raise exception 'refused' using errcode = 'check_violation',
                         constraint = 'products_name_required', table = 'products';
                 end if;
                 return null;
             end $$;
             create constraint trigger products_refuse_at_commit after update on products
                 deferrable initially deferred for each row execute function refuse_at_commit();",
        )
        .await
        .unwrap();
    let r = patch(
        &w.app,
        &w.ann,
        &format!("/api/products/{p}/"),
        json!({"name": "Refused at commit"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    assert!(r.body["name"].is_array(), "{}", r.text);
    assert_eq!(recorded(&w.app, "products", p, None).await, before);
    let name: String = w
        .app
        .db
        .client
        .query_one("select name from products where id = $1", &[&p])
        .await
        .unwrap()
        .get(0);
    assert_eq!(name, "Illuminate");
}

#[tokio::test]
async fn a_member_of_another_organization_reads_the_history_but_their_refused_edit_records_nothing()
{
    let w = world().await;
    let other = organization(&w.app, "Capital City Schools").await;
    let carl = crate::helpers::sign_in_as(&w.app, "carl", false, Some(other)).await;
    let r = patch(
        &w.app,
        &w.ann,
        &format!("/api/organizations/{}/", w.org),
        json!({"size": 40}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let r = patch(
        &w.app,
        &carl,
        &format!("/api/organizations/{}/", w.org),
        json!({"size": 1}),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.text);

    let h = get(
        &w.app,
        &carl,
        &format!("/api/organizations/{}/history/", w.org),
    )
    .await;
    assert_eq!(h.status, StatusCode::OK, "{}", h.text);
    let sizes: Vec<&Value> = results(&h)
        .iter()
        .filter(|e| e["field"] == "size")
        .collect();
    assert_eq!(sizes.len(), 1, "{}", h.text);
    assert_eq!(sizes[0]["new"], 40);
    assert_eq!(sizes[0]["actor"]["username"], "ann");
}

#[tokio::test]
async fn a_signed_out_visitor_gets_401_and_an_unknown_record_404() {
    let w = world().await;
    let d = domain(&w.app, "LMS").await;
    let p = product(&w.app, "Schoology", d, None).await;
    let r = call(
        &w.app,
        None,
        Method::GET,
        &format!("/api/products/{p}/history/"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}", r.text);
    assert!(r.body["detail"].is_string(), "{}", r.text);
    let r = call(&w.app, None, Method::GET, "/api/history/", None).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}", r.text);
    for path in [
        "/api/products/999999/history/",
        "/api/organizations/0/history/",
        "/api/usages/abc/history/",
        "/api/domains/1/history/",
    ] {
        let r = get(&w.app, &w.staff, path).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}: {}", r.text);
        assert!(r.body["detail"].is_string(), "{path}: {}", r.text);
    }
    let r = call(
        &w.app,
        Some(&w.ann),
        Method::POST,
        &format!("/api/products/{p}/history/"),
        Some(&json!({})),
    )
    .await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED, "{}", r.text);
}

#[tokio::test]
async fn members_list_only_their_own_changes_and_staff_anyones() {
    let w = world().await;
    let d = domain(&w.app, "LMS").await;
    let p = product(&w.app, "Moodle", d, None).await;
    let r = patch(
        &w.app,
        &w.ann,
        &format!("/api/products/{p}/"),
        json!({"url": "https://moodle.org"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let r = patch(
        &w.app,
        &w.bob,
        &format!("/api/products/{p}/"),
        json!({"description": "Open source."}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);

    let mine = get(
        &w.app,
        &w.ann,
        &format!("/api/history/?user={}", w.ann.user_id),
    )
    .await;
    assert_eq!(mine.status, StatusCode::OK, "{}", mine.text);
    assert_eq!(mine.body["count"], 1, "{}", mine.text);
    assert_eq!(mine.body["results"][0]["field"], "url");
    assert_eq!(mine.body["results"][0]["record_name"], "Moodle");

    for query in [format!("?user={}", w.bob.user_id), String::new()] {
        let r = get(&w.app, &w.ann, &format!("/api/history/{query}")).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{query}: {}", r.text);
        assert!(
            r.body["detail"].as_str().unwrap().contains("Only staff"),
            "{}",
            r.text
        );
    }

    let bobs = get(
        &w.app,
        &w.staff,
        &format!("/api/history/?user={}", w.bob.user_id),
    )
    .await;
    assert_eq!(bobs.status, StatusCode::OK, "{}", bobs.text);
    assert_eq!(bobs.body["count"], 1);
    assert_eq!(bobs.body["results"][0]["new"], "Open source.");
    let everyone = get(&w.app, &w.staff, "/api/history/").await;
    assert_eq!(everyone.status, StatusCode::OK, "{}", everyone.text);
    // The two edits, the product's and the organization's creation.
    assert_eq!(everyone.body["count"], 4, "{}", everyone.text);
}

#[tokio::test]
async fn unknown_or_malformed_parameters_are_a_400_and_pages_link_to_each_other() {
    let w = world().await;
    let d = domain(&w.app, "LMS").await;
    let p = product(&w.app, "Blackboard", d, None).await;
    for n in 0..3 {
        let r = patch(
            &w.app,
            &w.ann,
            &format!("/api/products/{p}/"),
            json!({"description": format!("Version {n}.")}),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    }
    let base = format!("/api/products/{p}/history/");
    for (query, named) in [
        ("?colour=red", "colour"),
        ("?page_size=many", "page_size"),
        ("?page=1&page=2", "page"),
    ] {
        let r = get(&w.app, &w.ann, &format!("{base}{query}")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{query}: {}", r.text);
        assert!(
            r.body["detail"].as_str().unwrap().contains(named),
            "{query}: {}",
            r.text
        );
        assert_eq!(
            r.body["accepted"],
            json!(["page", "page_size"]),
            "{}",
            r.text
        );
    }
    let r = get(&w.app, &w.staff, "/api/history/?user=abc").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    assert!(
        r.body["detail"].as_str().unwrap().contains("'user'"),
        "{}",
        r.text
    );
    let r = get(&w.app, &w.staff, "/api/history/?user=999999").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    assert!(
        r.body["detail"]
            .as_str()
            .unwrap()
            .contains("does not exist"),
        "{}",
        r.text
    );

    let first = get(&w.app, &w.ann, &format!("{base}?page_size=2")).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.text);
    assert_eq!(first.body["count"], 4);
    assert_eq!(results(&first).len(), 2);
    assert_eq!(first.body["results"][0]["new"], "Version 2.");
    let next = first.body["next"].as_str().expect("a next page");
    assert!(
        next.ends_with(&format!("{base}?page_size=2&page=2")),
        "{next}"
    );
    let second = get(&w.app, &w.ann, &format!("{base}?page_size=2&page=2")).await;
    assert_eq!(second.body["next"], Value::Null);
    assert_eq!(second.body["results"][1]["action"], "created");
    let past = get(&w.app, &w.ann, &format!("{base}?page_size=2&page=3")).await;
    assert_eq!(past.status, StatusCode::NOT_FOUND, "{}", past.text);
    assert_eq!(past.body["detail"], "Invalid page.");
}

#[tokio::test]
async fn import_carries_the_history_and_adds_none() {
    let source = migrated_database().await;
    source
        .client
        .batch_execute(
            "insert into users (username, email) values ('ada', 'ada@example.org');
             insert into domains (name) values ('LMS');
             begin;
             select set_config('mothra.actor', (select id::text from users where username = 'ada'), true);
             insert into products (name, domain_id) select 'Canvas', id from domains;
             update products set description = 'An LMS.';
             commit;
             insert into organizations (name, org_type_id) select 'Élan', min(id) from org_types;
             insert into organization_grades (organization_id, grade_id)
                 select o.id, g.id from organizations o, grades g where g.level between 0 and 2;",
        )
        .await
        .unwrap();
    let document = backup::export(&source.client).await.unwrap();
    let history = document["tables"]["change_history"].as_array().unwrap();
    let n: i64 = source
        .client
        .query_one("select count(*) from change_history", &[])
        .await
        .unwrap()
        .get(0);
    assert!(n >= 3, "{history:?}");
    assert_eq!(history.len() as i64, n);
    assert!(history
        .iter()
        .any(|h| h["field"] == "description" && h["actor_id"].is_i64()));

    let mut target = migrated_database().await;
    backup::import(&mut target.client, &document).await.unwrap();
    let again = backup::export(&target.client).await.unwrap();
    assert_eq!(
        again["tables"]["change_history"],
        document["tables"]["change_history"]
    );
    // Later changes get fresh ids and are recorded as usual.
    target
        .client
        .batch_execute("update products set url = 'https://canvas.example.org'")
        .await
        .unwrap();
    let rows = target
        .client
        .query("select id, field from change_history order by id", &[])
        .await
        .unwrap();
    assert_eq!(
        rows.len() as i64,
        n + 1,
        "the import added none, the update one"
    );
    let last = rows.last().unwrap();
    let max_imported = history
        .iter()
        .map(|h| h["id"].as_i64().unwrap())
        .max()
        .unwrap();
    assert!(last.get::<_, i64>(0) > max_imported);
    assert_eq!(last.get::<_, Option<String>>(1).as_deref(), Some("url"));
}
