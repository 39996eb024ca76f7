//! Every named rule of the schema that a write through the API can break
//! maps to a field error or a conflict (src/db/constraints.rs): renaming a
//! constraint in a migration without the API following fails here.

use mothra::api::collections::REGISTRY;
use mothra::api::constraints::{describe, CONFLICTS};
use mothra::model::input::Input;

use crate::helpers::migrated_database;

/// Names the API never meets as a client's mistake: primary keys, the
/// cascading keys of join tables to their organization, and the password
/// hash format (no collection writes passwords).
fn exempt(name: &str) -> bool {
    name.ends_with("_pkey")
        || name == "organization_grades_organization_id_fkey"
        || name == "organization_locations_organization_id_fkey"
        || name == "users_password_hash_format"
}

#[tokio::test]
async fn every_constraint_on_a_collection_table_has_a_message() {
    let db = migrated_database().await;
    let mut tables: Vec<&str> = REGISTRY.0.iter().map(|c| c.table).collect();
    tables.extend(["organization_grades", "organization_locations"]);
    let rows = db
        .client
        .query(
            "select c.conname::text, t.relname::text from pg_constraint c join pg_class t on t.oid = c.conrelid \
             where t.relname = any($1) \
             union \
             select i.relname::text, t.relname::text from pg_index x join pg_class i on i.oid = x.indexrelid \
             join pg_class t on t.oid = x.indrelid where x.indisunique and t.relname = any($1) \
             order by 1",
            &[&tables],
        )
        .await
        .expect("constraints");
    assert!(rows.len() > 60, "only {} constraints found", rows.len());
    let mut unmapped = Vec::new();
    for row in rows {
        let name: String = row.get(0);
        let table: String = row.get(1);
        if exempt(&name) || CONFLICTS.iter().any(|(c, _)| *c == name) {
            continue;
        }
        let collection = REGISTRY
            .0
            .iter()
            .find(|c| c.table == table)
            .copied()
            .unwrap_or(REGISTRY.find("organizations").expect("organizations"));
        if describe(collection, &name, &Input::default()).is_none() {
            unmapped.push(name);
        }
    }
    assert_eq!(unmapped, Vec::<String>::new());
}

#[tokio::test]
async fn constraint_messages_match_the_validation_messages() {
    let products = REGISTRY.find("products").expect("products");
    let usages = REGISTRY.find("usages").expect("usages");
    let users = REGISTRY.find("users").expect("users");
    let input = Input::default();
    let m = |c, n| describe(c, n, &input).expect(n);
    assert_eq!(
        m(products, "products_name_unique"),
        (
            "name".into(),
            "product with this name already exists.".into()
        )
    );
    assert_eq!(
        m(products, "products_name_length"),
        (
            "name".into(),
            "Ensure this field has no more than 100 characters.".into()
        )
    );
    assert_eq!(
        m(products, "products_name_required"),
        ("name".into(), "This field may not be blank.".into())
    );
    assert_eq!(
        m(products, "products_url_format"),
        ("url".into(), "Enter a valid URL.".into())
    );
    assert_eq!(
        m(usages, "usages_how_push_id_fkey").0,
        "how_push".to_string()
    );
    assert_eq!(
        m(usages, "usages_when_deprecated_not_future"),
        (
            "when_deprecated".into(),
            "Ensure this date is not in the future.".into()
        )
    );
    assert_eq!(
        m(users, "users_email_unique"),
        (
            "email".into(),
            "user with this email already exists.".into()
        )
    );
    assert_eq!(describe(products, "no_such_constraint", &input), None);
}
