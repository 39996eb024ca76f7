//! Export and import: a round trip through an empty database is lossless.

use mothra::db::backup;

use crate::binary;
use crate::helpers::{migrated_database, url_for, TestDatabase};

/// A little of everything: reference data, an organization with grades and
/// locations, a member with a profile, a product and a deprecated review naming
/// the product that replaced it.
async fn populate(db: &TestDatabase) {
    db.client
        .batch_execute(
            "insert into domains (name, color) values ('Assessment', '#336699'), ('SIS', '#000000');
             insert into subjects (name, icon) values ('Math', 'calculator');
             insert into usage_types (name) values ('District-wide');
             insert into data_interfaces (name) values ('API'), ('SFTP');
             insert into organizations (name, size, org_type_id)
                 select 'Élan Charter Network', 12, id from org_types order by id limit 1;
             insert into organization_grades (organization_id, grade_id)
                 select o.id, g.id from organizations o, grades g where g.level between 0 and 8;
             insert into organization_locations (organization_id, location_id)
                 select o.id, l.id from organizations o, locations l where l.abbreviation in ('CA', 'NV');
             insert into users (username, email, first_name, last_name, password_hash, is_staff)
                 values ('ada', 'ada@example.org', 'Ada', 'Lovelace', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA', true);
             insert into profiles (user_id, github_id, organization_id)
                 select u.id, 'ada-l', o.id from users u, organizations o
                 on conflict (user_id) do update set github_id = excluded.github_id,
                     organization_id = excluded.organization_id;
             insert into products (name, domain_id, subject_id, description, url)
                 select 'Illuminate', d.id, s.id, 'Assessments, \"quoted\" and multi-line\nyes', 'https://example.org'
                 from domains d, subjects s where d.name = 'Assessment';
             insert into usages (product_id, organization_id, reviewer_id, usage_type_id, how_push_id,
                                 is_deprecated, when_deprecated, why_deprecated, rating, review)
                 select p.id, o.id, pr.id, ut.id, di.id, true, date '2024-06-30', 'Moved to another tool', 3, 'Fine'
                 from products p, organizations o, profiles pr, usage_types ut, data_interfaces di
                 where di.name = 'API';
             -- The review names the product that replaced it (V20).
             insert into products (name, domain_id) select 'Mastery Connect', id from domains where name = 'Assessment';
             update usages set replaced_by = (select id from products where name = 'Mastery Connect');",
        )
        .await
        .expect("populate");
}

#[tokio::test]
async fn export_then_import_into_an_empty_database_then_export_again_is_identical() {
    let source = migrated_database().await;
    populate(&source).await;
    let first = backup::export(&source.client).await.unwrap();
    assert_eq!(first["tables"]["usages"].as_array().unwrap().len(), 1);
    let replacement = &first["tables"]["products"][1];
    assert_eq!(replacement["name"], "Mastery Connect");
    assert_eq!(
        first["tables"]["usages"][0]["replaced_by"], replacement["id"],
        "the review's replacement is exported"
    );
    assert_eq!(
        first["tables"]["organization_grades"]
            .as_array()
            .unwrap()
            .len(),
        9
    );
    assert_eq!(first["tables"]["grades"].as_array().unwrap().len(), 14);

    let mut target = migrated_database().await;
    let rows = backup::import(&mut target.client, &first).await.unwrap();
    assert!(
        rows > 80,
        "reference data and content were imported: {rows}"
    );
    let second = backup::export(&target.client).await.unwrap();
    assert_eq!(first, second, "the round trip changed something");

    // New rows after an import get fresh ids, not the imported ones.
    let id: i64 = target
        .client
        .query_one(
            "insert into domains (name) values ('New') returning id",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    let max_imported = first["tables"]["domains"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_i64().unwrap())
        .max()
        .unwrap();
    assert!(id > max_imported);
}

#[tokio::test]
async fn import_refuses_a_database_in_use_and_changes_nothing() {
    let source = migrated_database().await;
    populate(&source).await;
    let document = backup::export(&source.client).await.unwrap();
    let mut target = migrated_database().await;
    target
        .client
        .batch_execute("insert into domains (name) values ('Kept')")
        .await
        .unwrap();
    populate(&target).await;
    let error = backup::import(&mut target.client, &document)
        .await
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "the database already has users; import only into a new, empty database"
    );
    let kept: i64 = target
        .client
        .query_one("select count(*) from domains where name = 'Kept'", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(kept, 1);
}

#[tokio::test]
async fn import_refuses_a_document_of_another_kind_or_schema_version() {
    let mut target = migrated_database().await;
    let error = backup::import(&mut target.client, &serde_json::json!({"format": "other"}))
        .await
        .unwrap_err();
    assert_eq!(error.to_string(), "not a mothra-export document");
    let error = backup::import(
        &mut target.client,
        &serde_json::json!({"format": "mothra-export", "schema_version": 1, "tables": {}}),
    )
    .await
    .unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("the document is from schema version 1"),
        "{error}"
    );
}

#[tokio::test]
async fn the_binary_exports_to_a_file_and_imports_it_elsewhere() {
    let source = migrated_database().await;
    populate(&source).await;
    let target = migrated_database().await;
    let dir = std::env::temp_dir().join(format!("mothra-backup-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("backup.json");
    let run = |args: &[&str], url: &str| {
        let output = binary::mothra_on(url)
            .args(args)
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    };
    let source_url = url_for(&source.name).await;
    let target_url = url_for(&target.name).await;
    run(&["export", "--output", file.to_str().unwrap()], &source_url);
    let said = run(&["import", file.to_str().unwrap()], &target_url);
    assert!(said.contains("rows imported"), "{said}");
    let again = run(&["export"], &target_url);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), again);
}
