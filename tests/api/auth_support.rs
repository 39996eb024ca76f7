//! Shared steps for the accounts tests: members made directly in the
//! database, browsers that sign in and send the CSRF defence.

use reqwest::header::{HeaderMap, SET_COOKIE};
use serde_json::{json, Value};

use crate::helpers::TestApp;

/// A password that passes every rule.
pub const GOOD_PASSWORD: &str = "lantern-ocelot-spruce";

/// Inserts an active member (staff or not) with `password`; returns its id.
pub async fn create_user(app: &TestApp, username: &str, password: &str, staff: bool) -> i64 {
    // Outside the app's hashers, which the tests running beside this one
    // may be keeping busy.
    let password = password.to_owned();
    let hash = tokio::task::spawn_blocking(move || mothra::auth::password::hash_here(&password))
        .await
        .expect("hashing task")
        .expect("hash");
    let email = format!("{username}@example.org");
    app.db
        .client
        .query_one(
            "insert into users (username, email, password_hash, is_staff) values ($1, $2, $3, $4) returning id",
            &[&username, &email, &hash, &staff],
        )
        .await
        .expect("insert user")
        .get("id")
}

/// Puts a member in a new organization; returns the organization's id.
pub async fn join_new_organization(app: &TestApp, user_id: i64, name: &str) -> i64 {
    let id: i64 = app
        .db
        .client
        .query_one(
            "insert into organizations (name, org_type_id) values ($1, (select min(id) from org_types)) returning id",
            &[&name],
        )
        .await
        .expect("insert organization")
        .get("id");
    app.db
        .client
        .execute(
            "update profiles set organization_id = $1 where user_id = $2",
            &[&id, &user_id],
        )
        .await
        .expect("join");
    id
}

/// A browser of its own (own cookie jar) and the CSRF token it was given.
pub struct Browser {
    /// The client, keeping cookies.
    pub http: reqwest::Client,
    /// The `csrftoken` cookie's value, once signed in.
    pub csrf: String,
    /// The `mothra_session` cookie's value, once signed in.
    pub session: String,
    base: String,
}

/// A cookie's value from a response's `Set-Cookie` headers.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers.get_all(SET_COOKIE).iter().find_map(|v| {
        let v = v.to_str().ok()?;
        let (pair, _) = v.split_once(';').unwrap_or((v, ""));
        let (k, value) = pair.split_once('=')?;
        (k == name).then(|| value.to_owned())
    })
}

/// The whole `Set-Cookie` line for `name`.
pub fn set_cookie_line(headers: &HeaderMap, name: &str) -> String {
    headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .unwrap_or_else(|| panic!("no Set-Cookie for {name}"))
        .to_owned()
}

impl Browser {
    /// A browser with no cookies.
    pub fn new(app: &TestApp) -> Self {
        Browser {
            http: reqwest::Client::builder()
                .cookie_store(true)
                .build()
                .expect("client"),
            csrf: String::new(),
            session: String::new(),
            base: app.address.clone(),
        }
    }

    /// Signs in; panics unless it answers 200.
    pub async fn signed_in(app: &TestApp, login: &str, password: &str) -> Self {
        let mut browser = Browser::new(app);
        let response = browser.login(login, password).await;
        assert_eq!(response.status(), 200, "sign-in as {login}");
        browser
    }

    /// POST /api/auth/login; keeps the cookies it sets.
    pub async fn login(&mut self, login: &str, password: &str) -> reqwest::Response {
        let response = self
            .http
            .post(format!("{}/api/auth/login", self.base))
            .json(&json!({ "username": login, "password": password }))
            .send()
            .await
            .expect("request");
        if let Some(csrf) = cookie(response.headers(), "csrftoken") {
            self.csrf = csrf;
        }
        if let Some(session) = cookie(response.headers(), "mothra_session") {
            self.session = session;
        }
        response
    }

    /// GET `path`.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.http
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("request")
    }

    /// An unsafe request with the CSRF defence a browser running the web
    /// app sends: same Origin and the X-CSRFToken header.
    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> reqwest::Response {
        let mut request = self
            .http
            .request(method, format!("{}{path}", self.base))
            .header("origin", &self.base)
            .header("x-csrftoken", &self.csrf);
        if let Some(body) = body {
            request = request.json(&body);
        }
        request.send().await.expect("request")
    }

    /// Creates (or rotates) the member's API token; returns its key.
    pub async fn new_token(&self) -> String {
        let response = self.post("/api/auth/token", json!({})).await;
        assert_eq!(response.status(), 201, "token created");
        body(response).await["token"]
            .as_str()
            .expect("a key")
            .to_owned()
    }

    /// POST with the CSRF defence.
    pub async fn post(&self, path: &str, body: Value) -> reqwest::Response {
        self.send(reqwest::Method::POST, path, Some(body)).await
    }
}

/// Deactivates a member the way it is done for real: staff `PATCH` the
/// user through the API. The answer comes only once this instance's
/// credential cache has heard of the change, so the member's very next
/// request here is refused. (A change written straight into the database
/// reaches the cache by notification, a moment later: `auth_cache.rs`.)
pub async fn deactivate_as_staff(app: &TestApp, user_id: i64) {
    create_user(app, "deactivating-staff", GOOD_PASSWORD, true).await;
    let staff = Browser::signed_in(app, "deactivating-staff", GOOD_PASSWORD).await;
    let response = staff
        .send(
            reqwest::Method::PATCH,
            &format!("/api/users/{user_id}/"),
            Some(json!({ "is_active": false })),
        )
        .await;
    assert_eq!(response.status(), 200, "staff deactivate user {user_id}");
}

/// The JSON body of a response (panics on anything else).
/// Asserts a throttle's answer: 429, a `Retry-After` within the 15-minute
/// window, and the detail that names the same wait.
pub async fn assert_too_many_attempts(response: reqwest::Response) {
    assert_eq!(response.status(), 429);
    let retry: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=900).contains(&retry), "Retry-After {retry}");
    assert_eq!(
        body(response).await,
        json!({ "detail": format!("Too many attempts. Try again in {retry} seconds.") })
    );
}

pub async fn body(response: reqwest::Response) -> Value {
    response.json().await.expect("a JSON body")
}

/// A request with `Authorization: Token <key>`.
pub async fn with_token(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    key: &str,
) -> reqwest::Response {
    reqwest::Client::new()
        .request(method, app.url(path))
        .header("authorization", format!("Token {key}"))
        .send()
        .await
        .expect("request")
}
