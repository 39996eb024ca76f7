//! Shared steps for the collections tests: a signed-in API client and
//! records arranged directly in the database.

use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::helpers::{sign_in_as, spawn_app, TestApp, TestUser};

/// A running app with a staff member and two plain members (`ann` in the
/// first organization, `bob` in none).
pub struct World {
    /// The app.
    pub app: TestApp,
    /// A staff member.
    pub staff: TestUser,
    /// A member of `org`.
    pub ann: TestUser,
    /// A member without an organization.
    pub bob: TestUser,
    /// Ann's organization.
    pub org: i64,
}

/// A reply: status, headers and the body as JSON (`Null` when empty or not JSON).
pub struct Reply {
    /// The status.
    pub status: StatusCode,
    /// The headers.
    pub headers: HeaderMap,
    /// The body as JSON.
    pub body: Value,
    /// The body as text.
    pub text: String,
}

impl Reply {
    /// A header as text ("" when absent).
    pub fn header(&self, name: &str) -> String {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    }
}

/// Starts an app with the usual members.
pub async fn world() -> World {
    let app = spawn_app().await;
    let staff = sign_in_as(&app, "sam", true, None).await;
    let org = organization(&app, "Springfield District").await;
    let ann = sign_in_as(&app, "ann", false, Some(org)).await;
    let bob = sign_in_as(&app, "bob", false, None).await;
    World {
        app,
        staff,
        ann,
        bob,
        org,
    }
}

/// Sends a request; `as_user` None is anonymous; a body is sent as JSON.
pub async fn call(
    app: &TestApp,
    as_user: Option<&TestUser>,
    method: Method,
    path: &str,
    body: Option<&Value>,
) -> Reply {
    let mut request = app.http.request(method, app.url(path));
    if let Some(user) = as_user {
        request = request.header("authorization", user.authorization());
    }
    if let Some(body) = body {
        request = request.json(body);
    }
    finish(request).await
}

/// Sends a prepared request and reads the reply.
pub async fn finish(request: reqwest::RequestBuilder) -> Reply {
    let response = request.send().await.expect("request");
    let status = response.status();
    let headers = response.headers().clone();
    let text = response.text().await.expect("body");
    let body = serde_json::from_str(&text).unwrap_or(Value::Null);
    Reply {
        status,
        headers,
        body,
        text,
    }
}

/// GET as `user`.
pub async fn get(app: &TestApp, user: &TestUser, path: &str) -> Reply {
    call(app, Some(user), Method::GET, path, None).await
}

/// POST JSON as `user`.
pub async fn post(app: &TestApp, user: &TestUser, path: &str, body: Value) -> Reply {
    call(app, Some(user), Method::POST, path, Some(&body)).await
}

/// PATCH JSON as `user`.
pub async fn patch(app: &TestApp, user: &TestUser, path: &str, body: Value) -> Reply {
    call(app, Some(user), Method::PATCH, path, Some(&body)).await
}

/// PUT JSON as `user`.
pub async fn put(app: &TestApp, user: &TestUser, path: &str, body: Value) -> Reply {
    call(app, Some(user), Method::PUT, path, Some(&body)).await
}

/// DELETE as `user`.
pub async fn delete(app: &TestApp, user: &TestUser, path: &str) -> Reply {
    call(app, Some(user), Method::DELETE, path, None).await
}

/// Runs one statement that returns one bigint (an insert's id).
pub async fn insert(
    app: &TestApp,
    sql: &str,
    params: &[&(dyn tokio_postgres::types::ToSql + Sync)],
) -> i64 {
    app.db
        .client
        .query_one(sql, params)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .get(0)
}

/// A new organization of the first org type.
pub async fn organization(app: &TestApp, name: &str) -> i64 {
    insert(
        app,
        "insert into organizations (name, org_type_id) values ($1, (select min(id) from org_types)) returning id",
        &[&name],
    )
    .await
}

/// A new domain.
pub async fn domain(app: &TestApp, name: &str) -> i64 {
    insert(
        app,
        "insert into domains (name) values ($1) returning id",
        &[&name],
    )
    .await
}

/// A new subject.
pub async fn subject(app: &TestApp, name: &str) -> i64 {
    insert(
        app,
        "insert into subjects (name) values ($1) returning id",
        &[&name],
    )
    .await
}

/// A new usage type.
pub async fn usage_type(app: &TestApp, name: &str) -> i64 {
    insert(
        app,
        "insert into usage_types (name) values ($1) returning id",
        &[&name],
    )
    .await
}

/// A new data interface.
pub async fn data_interface(app: &TestApp, name: &str) -> i64 {
    insert(
        app,
        "insert into data_interfaces (name) values ($1) returning id",
        &[&name],
    )
    .await
}

/// A new product in `domain`.
pub async fn product(app: &TestApp, name: &str, domain: i64, subject: Option<i64>) -> i64 {
    insert(
        app,
        "insert into products (name, domain_id, subject_id) values ($1, $2, $3) returning id",
        &[&name, &domain, &subject],
    )
    .await
}

/// A review of `product` for `organization` by `reviewer` (a profile id).
pub async fn review(
    app: &TestApp,
    product: i64,
    organization: i64,
    reviewer: i64,
    rating: i16,
) -> i64 {
    let usage_type = pilot(app).await;
    insert(
        app,
        "insert into usages (product_id, organization_id, reviewer_id, usage_type_id, rating) \
         values ($1, $2, $3, $4, $5) returning id",
        &[&product, &organization, &reviewer, &usage_type, &rating],
    )
    .await
}

/// The id of the "Pilot" usage type, creating it once.
pub async fn pilot(app: &TestApp) -> i64 {
    let found = app
        .db
        .client
        .query_opt("select id from usage_types where name = 'Pilot'", &[])
        .await
        .expect("look up Pilot");
    match found {
        Some(row) => row.get(0),
        None => usage_type(app, "Pilot").await,
    }
}

/// Ids of a list's results, in order.
pub fn ids(reply: &Reply) -> Vec<i64> {
    reply.body["results"]
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {}", reply.text))
        .iter()
        .map(|r| r["id"].as_i64().expect("id"))
        .collect()
}
