//! `mothra import` of the Django original's `manage.py dumpdata`: the
//! documents the real app made (`shared/django/`) and documents made here
//! for what those lack (natural keys, broken rows, an inactive member, a
//! staff user). Each runs the real binary against a database of its own,
//! then, where members matter, the real app on what it loaded, acting as
//! the members who move over.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use crate::auth_support::{body, Browser};
use crate::binary;
use crate::helpers::{migrated_database, spawn_app_on, test_config, url_for, TestDatabase};

const WRONG: &str = "Unable to sign in with the username or email and password provided.";

/// `../shared/django/<name>` beside the repository.
fn shared(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/django")
        .join(name)
}

/// The demo member's Django hash (password `mothra-demo`, pbkdf2_sha256
/// at Django 5.2's 1,000,000 iterations), as the real app wrote it.
const DEMO_HASH: &str =
    "pbkdf2_sha256$1000000$3DPa5vq3veCcvUA58fQVuM$fOvhWvNjL1MTkwE4wInYbZZYMnrutaAU4ebm3bpzJUs=";
const DEMO_PASSWORD: &str = "mothra-demo";

struct Run {
    ok: bool,
    stdout: String,
    stderr: String,
}

/// `mothra import <args>` against `db`.
async fn import(db: &TestDatabase, args: &[&str]) -> Run {
    let mut command = tokio::process::Command::from(binary::mothra_on(&url_for(&db.name).await));
    command.arg("import").args(args);
    let output = tokio::time::timeout(std::time::Duration::from_secs(120), command.output())
        .await
        .expect("the import finishes within two minutes")
        .expect("mothra runs");
    Run {
        ok: output.status.success(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// A document written to a file of its own.
fn document(objects: &Value) -> PathBuf {
    let path = binary::temp_dir().join("dump.json");
    std::fs::write(&path, serde_json::to_vec_pretty(objects).unwrap()).unwrap();
    path
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

async fn count(db: &TestDatabase, table: &str) -> i64 {
    db.client
        .query_one(&format!("select count(*) from {table}"), &[])
        .await
        .unwrap()
        .get(0)
}

/// Organizations, users, products and reviews: what a non-empty database has.
async fn content(db: &TestDatabase) -> [i64; 4] {
    [
        count(db, "organizations").await,
        count(db, "users").await,
        count(db, "products").await,
        count(db, "usages").await,
    ]
}

fn user(pk: Option<i64>, username: &str, email: &str, extra: Value) -> Value {
    let mut fields = json!({
        "password": DEMO_HASH, "last_login": null, "is_superuser": false,
        "username": username, "first_name": "", "last_name": "", "email": email,
        "is_staff": false, "is_active": true, "date_joined": "2025-01-02T03:04:05.678Z",
        "groups": [], "user_permissions": []
    });
    fields
        .as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    match pk {
        Some(pk) => json!({"model": "auth.user", "pk": pk, "fields": fields}),
        None => json!({"model": "auth.user", "fields": fields}),
    }
}

/// Reference data and one organization, product and review type, as
/// objects 1 of each model; `more` follows.
fn small_dump(more: Vec<Value>) -> Value {
    let mut objects = vec![
        json!({"model": "accounts.grade", "pk": 1, "fields": {"level": 0, "name": "K"}}),
        json!({"model": "accounts.location", "pk": 1, "fields": {"name": " California", "abbreviation": "CA"}}),
        json!({"model": "accounts.orgtype", "pk": 1, "fields": {"name": "Private School"}}),
        json!({"model": "accounts.organization", "pk": 7, "fields": {"name": "Bay School", "size": 3, "org_type": 1, "grades": [1], "locations": [1]}}),
        json!({"model": "inventory.domain", "pk": 1, "fields": {"name": "Assessment", "color": "#000000"}}),
        json!({"model": "inventory.usagetype", "pk": 1, "fields": {"name": "Pilot"}}),
        json!({"model": "inventory.product", "pk": 40, "fields": {"name": "Quizzy", "domain": 1, "subject": null, "description": "", "url": null}}),
    ];
    objects.extend(more);
    Value::Array(objects)
}

fn profile(pk: i64, user: Value, organization: Option<i64>) -> Value {
    json!({"model": "accounts.profile", "pk": pk, "fields": {"user": user, "github_id": null, "organization": organization}})
}

fn review(pk: i64, reviewer: i64, rating: i64) -> Value {
    json!({"model": "inventory.usage", "pk": pk, "fields": {
        "product": 40, "organization": 7, "reviewer": reviewer, "how_push": null, "how_pull": null,
        "usage_type": 1, "is_deprecated": false, "when_deprecated": null, "why_deprecated": null,
        "rating": rating, "review": "Fine."}})
}

async fn app_on(db: TestDatabase) -> crate::helpers::TestApp {
    spawn_app_on(db, test_config(&[("SECRET_KEY", binary::SECRET_KEY)])).await
}

#[tokio::test]
async fn the_sample_dump_imports_with_its_ids_and_its_members_sign_in_and_are_rehashed() {
    let db = migrated_database().await;
    let run = import(&db, &[path(&shared("django-sample.json"))]).await;
    assert!(run.ok, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("Imported"), "{}", run.stdout);
    assert_eq!(content(&db).await, [22, 111, 1_109, 2_209]);
    assert_eq!(count(&db, "profiles").await, 111);
    assert_eq!(count(&db, "api_tokens").await, 2);
    assert!(run.stdout.contains("auth.permission 76"), "{}", run.stdout);

    // Ids are the document's; reference data points at Mothra's rows.
    let row = db
        .client
        .query_one(
            "select p.name, d.name, s.name from products p join domains d on d.id = p.domain_id
               join subjects s on s.id = p.subject_id where p.id = 1",
            &[],
        )
        .await
        .unwrap();
    let names: (String, String, String) = (row.get(0), row.get(1), row.get(2));
    assert_eq!(
        names,
        (
            "Acorn Math".into(),
            "Curriculum & Content".into(),
            "Math".into()
        )
    );
    let review: (i64, i64, i64) = {
        let r = db
            .client
            .query_one(
                "select product_id, organization_id, reviewer_id from usages where id = 3",
                &[],
            )
            .await
            .unwrap();
        (r.get(0), r.get(1), r.get(2))
    };
    assert_eq!(review, (321, 20, 35));
    // Organization 1 is in the original's location 35; its abbreviation
    // decides which of Mothra's 51 rows that is.
    let sample: Value =
        serde_json::from_slice(&std::fs::read(shared("django-sample.json")).unwrap()).unwrap();
    let abbreviation = sample
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["model"] == "accounts.location" && o["pk"] == 35)
        .map(|o| o["fields"]["abbreviation"].as_str().unwrap().to_owned())
        .unwrap();
    let linked: String = db
        .client
        .query_one(
            "select l.abbreviation from organization_locations ol join locations l on l.id = ol.location_id
              where ol.organization_id = 1",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(linked, abbreviation);
    assert_eq!(count(&db, "locations").await, 51, "matched, not added");
    // New rows take ids past the imported ones.
    let next: i64 = db
        .client
        .query_one(
            "insert into products (name, domain_id) values ('Brand new', 1) returning id",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert!(next > 1_109, "{next}");

    let app = app_on(db).await;
    for (login, password) in [("demo", DEMO_PASSWORD), ("sofia.moore1", "drf-bench-2-pw")] {
        let before: String = app
            .db
            .client
            .query_one(
                "select password_hash from users where username = $1",
                &[&login],
            )
            .await
            .unwrap()
            .get(0);
        assert!(before.starts_with("pbkdf2_sha256$1000000$"), "{before}");
        let browser = Browser::signed_in(&app, login, password).await;
        let me = body(browser.get("/api/me/").await).await;
        assert_eq!(me["user"]["username"], login);
        let after: String = app
            .db
            .client
            .query_one(
                "select password_hash from users where username = $1",
                &[&login],
            )
            .await
            .unwrap()
            .get(0);
        assert!(after.starts_with("$argon2id$"), "rehashed: {after}");
        // The new hash holds the same password.
        Browser::signed_in(&app, login, password).await;
    }
    // A member with an unusable password cannot sign in (they reset it).
    let mut browser = Browser::new(&app);
    let response = browser.login("olivia.ahmed2", "drf-bench-2-pw").await;
    assert_eq!(response.status(), 400);
    assert_eq!(body(response).await["non_field_errors"][0], WRONG);
}

#[tokio::test]
async fn the_sample_dumps_drf_tokens_authenticate_their_members_who_can_see_and_revoke_them() {
    let db = migrated_database().await;
    let run = import(&db, &[path(&shared("django-sample.json"))]).await;
    assert!(run.ok, "{}\n{}", run.stdout, run.stderr);
    let stored: Vec<Vec<u8>> = db
        .client
        .query("select key_hash from api_tokens", &[])
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    // Stored as Mothra stores its own keys: the keyed hash under the
    // server's SECRET_KEY, never the key.
    let secret = test_config(&[("SECRET_KEY", binary::SECRET_KEY)]).secret_key;
    let mut expected: Vec<Vec<u8>> = [
        "c5a80f093c3cef7f24f0f14ed32e86fe27bbb28a",
        "5bb80d7e88612cb763a84ac0e55d5a950571f81e",
    ]
    .iter()
    .map(|key| mothra::auth::keys::hash(&secret, key))
    .collect();
    let mut stored = stored;
    expected.sort();
    stored.sort();
    assert_eq!(stored, expected);
    let app = app_on(db).await;
    let get = |path: &str, key: &str| {
        app.http
            .get(app.url(path))
            .header("authorization", format!("Token {key}"))
            .send()
    };
    for (key, username) in [
        ("c5a80f093c3cef7f24f0f14ed32e86fe27bbb28a", "demo"),
        ("5bb80d7e88612cb763a84ac0e55d5a950571f81e", "sofia.moore1"),
    ] {
        let me = get("/api/me/", key).await.unwrap();
        assert_eq!(me.status(), 200);
        assert_eq!(body(me).await["user"]["username"], username);
        let product = get("/api/products/1/", key).await.unwrap();
        assert_eq!(product.status(), 200);
        assert_eq!(body(product).await["name"], "Acorn Math");
        let token = body(get("/api/auth/token", key).await.unwrap()).await;
        assert_eq!(token["exists"], true, "{token}");
    }
    // demo revokes theirs; sofia's still works.
    let revoked = app
        .http
        .delete(app.url("/api/auth/token"))
        .header(
            "authorization",
            "Token c5a80f093c3cef7f24f0f14ed32e86fe27bbb28a",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), 204);
    let after = get("/api/me/", "c5a80f093c3cef7f24f0f14ed32e86fe27bbb28a")
        .await
        .unwrap();
    assert_eq!(after.status(), 401);
    let other = get("/api/me/", "5bb80d7e88612cb763a84ac0e55d5a950571f81e")
        .await
        .unwrap();
    assert_eq!(other.status(), 200);
    // A key of the right shape that was never issued.
    let unknown = get("/api/me/", "0000000000000000000000000000000000000000")
        .await
        .unwrap();
    assert_eq!(unknown.status(), 401);
}

#[tokio::test]
async fn the_fixtures_import_with_the_originals_quirks_mended_and_reported() {
    let db = migrated_database().await;
    let run = import(&db, &[path(&shared("django-fixtures.json"))]).await;
    assert!(run.ok, "{}\n{}", run.stdout, run.stderr);
    let out = &run.stdout;
    assert!(
        out.contains("accounts.location name: 49 surrounding spaces trimmed"),
        "{out}"
    );
    assert!(out.contains("\" Alaska\" -> \"Alaska\""), "{out}");
    assert!(out.contains("\"fas fa-brain\" -> \"brain\""), "{out}");
    assert!(out.contains("accounts.profile github_id"), "{out}");
    assert!(
        out.contains("merged into an earlier row with the same level"),
        "grades 2 and 3 are both level 1: {out}"
    );
    assert!(out.contains("warning: no active staff member"), "{out}");
    let icon: String = db
        .client
        .query_one("select icon from subjects where name = 'Test Subject'", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(icon, "brain");
    let github: Option<String> = db
        .client
        .query_one("select github_id from profiles where id = 1", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(github, None, "test_user is no GitHub user name");
    // The organization's grades [1, 2] are K and 1; its type, a name
    // Mothra does not seed, was added.
    let grades: Vec<String> = db
        .client
        .query(
            "select g.name from organization_grades og join grades g on g.id = og.grade_id
              where og.organization_id = 1 order by g.level",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(grades, vec!["K", "1"]);
    assert_eq!(count(&db, "org_types").await, 4);
    assert_eq!(count(&db, "grades").await, 14);
    assert_eq!(count(&db, "locations").await, 51);
}

#[tokio::test]
async fn a_dry_run_reports_what_it_would_load_and_writes_nothing() {
    let db = migrated_database().await;
    let run = import(&db, &["--dry-run", path(&shared("django-sample.json"))]).await;
    assert!(run.ok, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("Dry run"), "{}", run.stdout);
    let line = run
        .stdout
        .lines()
        .find(|l| l.trim_start().starts_with("inventory.usage "))
        .expect("a line for reviews");
    let numbers: Vec<&str> = line.split_whitespace().skip(1).collect();
    assert_eq!(numbers, vec!["2,209", "2,209", "0", "0"], "{line}");
    assert_eq!(content(&db).await, [0, 0, 0, 0]);
    assert_eq!(count(&db, "domains").await, 0);
    assert_eq!(count(&db, "api_tokens").await, 0);
    // And the real import still goes through afterwards.
    let run = import(&db, &[path(&shared("django-sample.json"))]).await;
    assert!(run.ok, "{}", run.stderr);
}

#[tokio::test]
async fn a_cut_off_document_says_where_it_ends_and_writes_nothing() {
    let db = migrated_database().await;
    let whole = std::fs::read(shared("django-sample.json")).unwrap();
    let cut = binary::temp_dir().join("cut.json");
    std::fs::write(&cut, &whole[..whole.len() * 2 / 3]).unwrap();
    let run = import(&db, &[path(&cut)]).await;
    assert!(!run.ok);
    assert!(run.stderr.contains("ends early"), "{}", run.stderr);
    assert!(run.stderr.contains("line "), "{}", run.stderr);
    assert_eq!(content(&db).await, [0, 0, 0, 0]);

    let broken = binary::temp_dir().join("broken.json");
    std::fs::write(
        &broken,
        br#"[{"model": "accounts.orgtype", "pk": 1, "fields": {"name": "A"}} {"model": "x"}]"#,
    )
    .unwrap();
    let run = import(&db, &[path(&broken)]).await;
    assert!(!run.ok);
    assert!(
        run.stderr.contains("not valid JSON at line 1 column"),
        "{}",
        run.stderr
    );
    assert_eq!(count(&db, "org_types").await, 3, "only Mothra's seeds");
}

#[tokio::test]
async fn a_document_of_another_app_or_no_document_at_all_is_refused() {
    let db = migrated_database().await;
    let other = document(&json!([
        {"model": "blog.post", "pk": 1, "fields": {"title": "Hi"}},
        {"model": "blog.post", "pk": 2, "fields": {"title": "Again"}},
        {"model": "contenttypes.contenttype", "pk": 1, "fields": {"app_label": "blog", "model": "post"}}
    ]));
    let run = import(&db, &[path(&other)]).await;
    assert!(!run.ok);
    assert!(
        run.stderr.contains("not a dump of the Django app") && run.stderr.contains("blog.post ×2"),
        "{}",
        run.stderr
    );
    let text = binary::temp_dir().join("notes.txt");
    std::fs::write(&text, "these are not JSON").unwrap();
    let run = import(&db, &[path(&text)]).await;
    assert!(!run.ok);
    assert!(
        run.stderr.contains("neither a Mothra export"),
        "{}",
        run.stderr
    );
    let empty = document(&json!([]));
    let run = import(&db, &[path(&empty)]).await;
    assert!(!run.ok);
    assert!(run.stderr.contains("no objects"), "{}", run.stderr);
    assert_eq!(content(&db).await, [0, 0, 0, 0]);
}

#[tokio::test]
async fn a_database_already_in_use_is_refused_and_left_as_it_was() {
    let db = migrated_database().await;
    let sample = shared("django-fixtures.json");
    assert!(import(&db, &[path(&sample)]).await.ok);
    let before = content(&db).await;
    let run = import(&db, &[path(&shared("django-sample.json"))]).await;
    assert!(!run.ok);
    assert!(run.stderr.contains("already has"), "{}", run.stderr);
    assert!(run.stderr.contains("new, empty database"), "{}", run.stderr);
    assert_eq!(content(&db).await, before);
}

/// A document with every kind of row Mothra refuses, and rows that
/// depend on them.
fn broken_dump() -> Value {
    small_dump(vec![
        user(Some(1), "ann", "ann@example.org", json!({})),
        user(Some(2), "noemail", "", json!({})),
        user(Some(3), "bob", "Ann@Example.org", json!({})),
        user(Some(4), "ANN", "ann2@example.org", json!({})),
        profile(1, json!(1), Some(7)),
        profile(2, json!(2), Some(7)),
        profile(3, json!(3), None),
        profile(4, json!(4), None),
        review(10, 1, 5),
        review(11, 2, 4),
        json!({"model": "inventory.product", "pk": 41, "fields": {"name": "Quizzy 2", "domain": 1, "subject": null, "description": "", "url": null}}),
        json!({"model": "inventory.usage", "pk": 12, "fields": {
            "product": 41, "organization": 7, "reviewer": 1, "how_push": null, "how_pull": null,
            "usage_type": 1, "is_deprecated": false, "when_deprecated": null, "why_deprecated": null,
            "rating": 9, "review": ""}}),
    ])
}

#[tokio::test]
async fn refused_rows_are_listed_with_field_value_and_reason_and_stop_the_import() {
    let db = migrated_database().await;
    let file = document(&broken_dump());
    let run = import(&db, &[path(&file)]).await;
    assert!(!run.ok, "{}", run.stdout);
    let out = &run.stdout;
    for expected in [
        "auth.user pk 2 email = \"\": This field may not be blank.",
        "auth.user pk 3 email = \"Ann@Example.org\": the same email as auth.user 1",
        "auth.user pk 4 username = \"ANN\": the same username, but for case, as auth.user 1",
        "inventory.usage pk 12 rating = 9: Ensure this value is less than or equal to 5.",
        "accounts.profile pk 2: left out: its user (auth.user 2) is left out",
        "inventory.usage pk 11: left out: its reviewer (accounts.profile 2) is left out",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in\n{out}");
    }
    assert!(
        run.stderr.contains("4 row(s) refused; nothing was written"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("--skip-invalid"), "{}", run.stderr);
    assert_eq!(content(&db).await, [0, 0, 0, 0]);

    // A dry run lists the same, and still writes nothing.
    let dry = import(&db, &["--dry-run", path(&file)]).await;
    assert!(!dry.ok);
    assert!(
        dry.stdout.contains("inventory.usage pk 12 rating = 9"),
        "{}",
        dry.stdout
    );
    assert_eq!(content(&db).await, [0, 0, 0, 0]);
}

#[tokio::test]
async fn with_skip_invalid_the_rest_loads_and_what_depended_on_refused_rows_is_left_out() {
    let db = migrated_database().await;
    let file = document(&broken_dump());
    let run = import(&db, &["--skip-invalid", path(&file)]).await;
    assert!(run.ok, "{}\n{}", run.stdout, run.stderr);
    let users: Vec<String> = db
        .client
        .query("select username from users order by id", &[])
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(users, vec!["ann"]);
    let reviews: Vec<i64> = db
        .client
        .query("select id from usages order by id", &[])
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(
        reviews,
        vec![10],
        "11 depended on a refused member, 12 was refused"
    );
    assert_eq!(
        count(&db, "products").await,
        2,
        "a refused review leaves its product"
    );
    assert!(
        run.stdout
            .contains("Depending on refused or left-out rows:"),
        "{}",
        run.stdout
    );
}

#[tokio::test]
async fn natural_keys_name_users_by_username_and_a_member_staff_and_inactive_user_move_over() {
    let db = migrated_database().await;
    let file = document(&small_dump(vec![
        // `--natural-foreign --natural-primary`: users have no pk, and
        // what points at them names their username.
        user(None, "mia", "mia@example.org", json!({"first_name": "Mia"})),
        user(
            None,
            "root",
            "root@example.org",
            json!({"is_superuser": true}),
        ),
        user(
            None,
            "gone",
            "gone@example.org",
            json!({"is_active": false}),
        ),
        profile(5, json!(["mia"]), Some(7)),
        profile(6, json!(["root"]), None),
        profile(8, json!(["gone"]), Some(7)),
        review(20, 5, 5),
        review(21, 8, 2),
        json!({"model": "authtoken.token", "pk": "abcdefabcdefabcdefabcdefabcdefabcdef0001",
               "fields": {"user": ["mia"], "created": "2025-05-05T05:05:05Z"}}),
        json!({"model": "authtoken.token", "pk": "abcdefabcdefabcdefabcdefabcdefabcdef0002",
               "fields": {"user": ["gone"], "created": "2025-05-05T05:05:05Z"}}),
        json!({"model": "admin.logentry", "pk": 1, "fields": {"action_flag": 1}}),
        json!({"model": "sessions.session", "pk": "x", "fields": {"session_data": "", "expire_date": "2025-01-01T00:00:00Z"}}),
    ]));
    let run = import(&db, &[path(&file)]).await;
    assert!(run.ok, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("admin.logentry 1, sessions.session 1"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("no active staff"), "{}", run.stdout);
    let reviewer: String = db
        .client
        .query_one(
            "select u.username from usages r join profiles p on p.id = r.reviewer_id
               join users u on u.id = p.user_id where r.id = 20",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(reviewer, "mia");

    let app = app_on(db).await;
    // The member: a session and the token, and their own organization.
    let mia = Browser::signed_in(&app, "mia", DEMO_PASSWORD).await;
    let me = body(mia.get("/api/me/").await).await;
    assert_eq!(me["user"]["is_staff"], false);
    assert_eq!(me["profile"]["organization"], 7, "{me}");
    let token = app
        .http
        .get(app.url("/api/usages/20/"))
        .header(
            "authorization",
            "Token abcdefabcdefabcdefabcdefabcdefabcdef0001",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(token.status(), 200);
    // The superuser is staff here.
    let root = Browser::signed_in(&app, "root", DEMO_PASSWORD).await;
    assert_eq!(
        body(root.get("/api/me/").await).await["user"]["is_staff"],
        true
    );
    // The inactive member moved over (their review counts) but cannot
    // sign in, by password or by token.
    let mut gone = Browser::new(&app);
    let refused = gone.login("gone", DEMO_PASSWORD).await;
    assert_eq!(refused.status(), 400);
    assert_eq!(body(refused).await["non_field_errors"][0], WRONG);
    let token = app
        .http
        .get(app.url("/api/me/"))
        .header(
            "authorization",
            "Token abcdefabcdefabcdefabcdefabcdefabcdef0002",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(token.status(), 401);
    let review = app
        .http
        .get(app.url("/api/usages/21/"))
        .header(
            "authorization",
            "Token abcdefabcdefabcdefabcdefabcdefabcdef0001",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(review.status(), 200);
}

#[test]
fn every_icon_the_import_maps_onto_is_one_the_web_app_draws() {
    let source = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("web/src/lib/icons/subject-icons.ts"),
    )
    .unwrap();
    let table = source
        .split("export const SUBJECT_ICONS")
        .nth(1)
        .and_then(|rest| rest.split("};").next())
        .expect("the SUBJECT_ICONS table");
    let drawn: Vec<String> = table
        .lines()
        .filter_map(|line| {
            let key = line.trim().split(':').next()?.trim().trim_matches('\'');
            (!key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
                .then(|| key.to_owned())
        })
        .collect();
    assert!(drawn.len() > 20, "{drawn:?}");
    for icon in mothra::django::icons::produced() {
        assert!(
            drawn.iter().any(|d| d == icon),
            "{icon} is not drawn by the web app"
        );
    }
    for icon in &drawn {
        assert!(
            mothra::django::icons::MOTHRA_ICONS.contains(&icon.as_str()),
            "the web app draws {icon}; add it to MOTHRA_ICONS so Font Awesome's fa-{icon} maps onto it"
        );
    }
}
