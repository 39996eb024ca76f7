//! The scenario the page tests start from: Ada, the first (staff)
//! member, set up through the API, and a small catalog of reference rows,
//! an organization and products; members added straight to the database.

use serde_json::json;

use crate::helpers::TestApp;

/// Every scenario member's password.
pub const PASSWORD: &str = "correct-horse-battery-staple-42";

/// Creates the first (staff) member, Ada Lovelace, through the first-run setup API.
pub async fn set_up_ada(app: &TestApp) {
    let response = app
        .http
        .post(app.url("/api/auth/setup"))
        .json(&json!({
            "username": "ada", "email": "ada@example.org", "password": PASSWORD,
            "first_name": "Ada", "last_name": "Lovelace",
        }))
        .send()
        .await
        .expect("setup request");
    assert_eq!(
        response.status(),
        201,
        "{}",
        response.text().await.unwrap_or_default()
    );
}

/// Ids of the reference rows and products the scenarios use.
pub struct Catalog {
    pub assessment: i64,
    pub learning: i64,
    pub math_quest: i64,
    pub canvas: i64,
    pub quizzly: i64,
    pub riverside: i64,
}

/// Runs a statement that gives one id (`insert … returning id`, or a
/// look-up) and gives it.
pub async fn single_id(app: &TestApp, sql: &str) -> i64 {
    app.db
        .client
        .query_one(sql, &[])
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .get(0)
}

/// Domains, a subject, a usage type, a data interface, an organization (Ada's) and three products.
pub async fn seed_catalog(app: &TestApp) -> Catalog {
    let db = &app.db.client;
    let one = |sql: &'static str| single_id(app, sql);
    let assessment =
        one("insert into domains (name, color) values ('Assessment', '#c62828') returning id")
            .await;
    let learning = one(
        "insert into domains (name, color) values ('Learning Management', '#1565c0') returning id",
    )
    .await;
    let math =
        one("insert into subjects (name, icon) values ('Math', 'calculator') returning id").await;
    one("insert into usage_types (name) values ('District-wide') returning id").await;
    one("insert into data_interfaces (name) values ('OneRoster') returning id").await;
    let riverside = one(
        "insert into organizations (name, size, org_type_id) \
         select 'Riverside Unified', 42, id from org_types where name = 'Public School District' returning id",
    )
    .await;
    db.execute(
        "update profiles set organization_id = $1 where user_id = (select id from users where username = 'ada')",
        &[&riverside],
    )
    .await
    .expect("ada joins Riverside");
    let product = |name: &'static str, domain: i64, subject: Option<i64>| async move {
        db.query_one(
            "insert into products (name, domain_id, subject_id, description) values ($1, $2, $3, $4) returning id",
            &[&name, &domain, &subject, &format!("{name} for our schools.")],
        )
        .await
        .expect("insert product")
        .get::<_, i64>(0)
    };
    let math_quest = product("MathQuest", assessment, Some(math)).await;
    let canvas = product("Canvas", learning, None).await;
    let quizzly = product("Quizzly", assessment, None).await;
    Catalog {
        assessment,
        learning,
        math_quest,
        canvas,
        quizzly,
        riverside,
    }
}

/// Adds a member (no password: they never sign in here) in `organization`; returns their profile id.
pub async fn add_member(
    app: &TestApp,
    username: &str,
    first: &str,
    last: &str,
    organization: i64,
) -> i64 {
    let db = &app.db.client;
    let user: i64 = db
        .query_one(
            "insert into users (username, email, first_name, last_name) values ($1, $1 || '@example.org', $2, $3) returning id",
            &[&username, &first, &last],
        )
        .await
        .expect("insert user")
        .get(0);
    db.execute(
        "insert into profiles (user_id) values ($1) on conflict (user_id) do nothing",
        &[&user],
    )
    .await
    .expect("insert profile");
    db.query_one(
        "update profiles set organization_id = $2 where user_id = $1 returning id",
        &[&user, &organization],
    )
    .await
    .expect("set organization")
    .get(0)
}
