//! The database schema on its own: every rule of `shared/docs/domain.md` that
//! the migrations enforce, checked by writing straight to PostgreSQL.
//!
//! The API validates before it writes; these tests make sure the database
//! backs each rule up by itself, and that it refuses with the constraint name
//! the API maps to a field error or a 409.

mod accounts;
mod deleting;
mod members;
mod names;
mod organizations;
mod products;
mod reference_data;
mod reviews;
mod seeds;
mod timestamps;

use tokio_postgres::error::SqlState;
use tokio_postgres::types::ToSql;
use tokio_postgres::Client;

type Params<'a> = &'a [&'a (dyn ToSql + Sync)];

/// Runs a statement that must be refused, and returns the name of the
/// constraint that refused it.
async fn refused(client: &Client, sql: &str, params: Params<'_>) -> String {
    let Err(error) = client.execute(sql, params).await else {
        panic!("the database accepted: {sql}");
    };
    let db_error = error
        .as_db_error()
        .unwrap_or_else(|| panic!("not a database error: {error}"));
    db_error
        .constraint()
        .unwrap_or_else(|| panic!("no constraint named in: {db_error}"))
        .to_owned()
}

/// Runs a statement that must be refused for a missing value, and returns the
/// column that is required (NOT NULL violations name a column, not a
/// constraint).
async fn refused_as_missing(client: &Client, sql: &str, params: Params<'_>) -> String {
    let Err(error) = client.execute(sql, params).await else {
        panic!("the database accepted: {sql}");
    };
    let db_error = error
        .as_db_error()
        .unwrap_or_else(|| panic!("not a database error: {error}"));
    assert_eq!(db_error.code(), &SqlState::NOT_NULL_VIOLATION, "{db_error}");
    db_error
        .column()
        .expect("a NOT NULL violation names its column")
        .to_owned()
}

/// Runs a statement that must succeed.
async fn accepted(client: &Client, sql: &str, params: Params<'_>) -> u64 {
    client
        .execute(sql, params)
        .await
        .unwrap_or_else(|error| panic!("the database refused {sql}: {error}"))
}

/// Runs a query returning one bigint (an id, a count).
async fn one(client: &Client, sql: &str, params: Params<'_>) -> i64 {
    client
        .query_one(sql, params)
        .await
        .unwrap_or_else(|error| panic!("{sql}: {error}"))
        .get(0)
}

/// Inserts a member, `<username>@example.com`, and returns the ids of the
/// user and of the profile the database created with it.
async fn member(c: &Client, username: &str) -> (i64, i64) {
    let user = one(
        c,
        "insert into users (username, email) values ($1::text, $1::text || '@example.com') returning id",
        &[&username],
    )
    .await;
    let profile = one(c, "select id from profiles where user_id = $1", &[&user]).await;
    (user, profile)
}

/// One of everything, wired together: Ann, a member of nothing, reviews
/// Canvas (a learning-management product for math) for Springfield USD, a
/// public district teaching K in California, data going in by API and out by
/// SFTP.
struct World {
    org_type: i64,
    domain: i64,
    subject: i64,
    usage_type: i64,
    push: i64,
    pull: i64,
    grade: i64,
    location: i64,
    organization: i64,
    user: i64,
    profile: i64,
    product: i64,
    usage: i64,
}

async fn world(c: &Client) -> World {
    let org_type = one(
        c,
        "select id from org_types where name = 'Public School District'",
        &[],
    )
    .await;
    let domain = one(
        c,
        "insert into domains (name) values ('Learning Management') returning id",
        &[],
    )
    .await;
    let subject = one(
        c,
        "insert into subjects (name) values ('Mathematics') returning id",
        &[],
    )
    .await;
    let usage_type = one(
        c,
        "insert into usage_types (name) values ('District-wide') returning id",
        &[],
    )
    .await;
    let push = one(
        c,
        "insert into data_interfaces (name) values ('API') returning id",
        &[],
    )
    .await;
    let pull = one(
        c,
        "insert into data_interfaces (name) values ('SFTP') returning id",
        &[],
    )
    .await;
    let grade = one(c, "select id from grades where name = 'K'", &[]).await;
    let location = one(c, "select id from locations where abbreviation = 'CA'", &[]).await;
    let organization = one(
        c,
        "insert into organizations (name, size, org_type_id) values ('Springfield USD', 12, $1) returning id",
        &[&org_type],
    )
    .await;
    accepted(
        c,
        "insert into organization_grades (organization_id, grade_id) values ($1, $2)",
        &[&organization, &grade],
    )
    .await;
    accepted(
        c,
        "insert into organization_locations (organization_id, location_id) values ($1, $2)",
        &[&organization, &location],
    )
    .await;
    let (user, profile) = member(c, "ann").await;
    let product = one(
        c,
        "insert into products (name, domain_id, subject_id) values ('Canvas', $1, $2) returning id",
        &[&domain, &subject],
    )
    .await;
    let usage = one(
        c,
        "insert into usages (product_id, organization_id, reviewer_id, usage_type_id, how_push_id, how_pull_id, rating)
         values ($1, $2, $3, $4, $5, $6, 4) returning id",
        &[&product, &organization, &profile, &usage_type, &push, &pull],
    )
    .await;
    World {
        org_type,
        domain,
        subject,
        usage_type,
        push,
        pull,
        grade,
        location,
        organization,
        user,
        profile,
        product,
        usage,
    }
}
