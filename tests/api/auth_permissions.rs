//! Who may do what among the accounts actions: every action against every
//! kind of caller (domain.md, "Who may do what"), as one table.

use reqwest::Method;
use serde_json::{json, Value};

use crate::auth_support::{create_user, join_new_organization, Browser, GOOD_PASSWORD};
use crate::helpers::{spawn_app, TestApp};

#[derive(Debug, Clone, Copy)]
enum Actor {
    Anonymous,
    Member,
    OtherOrganizationMember,
    Staff,
}

const ACTORS: [Actor; 4] = [
    Actor::Anonymous,
    Actor::Member,
    Actor::OtherOrganizationMember,
    Actor::Staff,
];

async fn browser(app: &TestApp, actor: Actor) -> Browser {
    match actor {
        Actor::Anonymous => Browser::new(app),
        Actor::Member => Browser::signed_in(app, "member", GOOD_PASSWORD).await,
        Actor::OtherOrganizationMember => Browser::signed_in(app, "outsider", GOOD_PASSWORD).await,
        Actor::Staff => Browser::signed_in(app, "boss", GOOD_PASSWORD).await,
    }
}

#[tokio::test]
async fn each_accounts_action_allows_exactly_the_callers_the_rules_name() {
    let app = spawn_app().await;
    let member = create_user(&app, "member", GOOD_PASSWORD, false).await;
    let outsider = create_user(&app, "outsider", GOOD_PASSWORD, false).await;
    create_user(&app, "boss", GOOD_PASSWORD, true).await;
    join_new_organization(&app, member, "North District").await;
    join_new_organization(&app, outsider, "South District").await;

    // (method, path, body, expected status for anonymous, member,
    // member of another organization, staff)
    let invite =
        |n: usize| json!({ "username": format!("new{n}"), "email": format!("new{n}@example.org") });
    let table: Vec<(Method, &str, Option<Value>, [u16; 4])> = vec![
        (Method::GET, "/api/auth/setup", None, [200, 200, 200, 200]),
        (
            Method::POST,
            "/api/auth/setup",
            Some(json!({})),
            [409, 409, 409, 409],
        ),
        (
            Method::POST,
            "/api/auth/login",
            Some(json!({ "username": "member", "password": "wrong-password-1" })),
            [400, 400, 400, 400],
        ),
        (Method::GET, "/api/me/", None, [401, 200, 200, 200]),
        (Method::GET, "/api/auth/token", None, [401, 200, 200, 200]),
        (
            Method::POST,
            "/api/auth/token",
            Some(json!({})),
            [401, 201, 201, 201],
        ),
        (
            Method::DELETE,
            "/api/auth/token",
            None,
            [401, 204, 204, 204],
        ),
        (
            Method::POST,
            "/api/auth/password/change",
            Some(
                json!({ "old_password": "wrong-password-2", "new_password": "marmot-quarry-velvet" }),
            ),
            [401, 400, 400, 400],
        ),
        (
            Method::POST,
            "/api/auth/password/reset",
            Some(json!({ "email": "nobody@example.org" })),
            [200, 200, 200, 200],
        ),
        (
            Method::POST,
            "/api/auth/password/reset/confirm",
            Some(json!({ "token": "A".repeat(43), "new_password": "marmot-quarry-velvet" })),
            [400, 400, 400, 400],
        ),
        (
            Method::PATCH,
            "/api/me/",
            Some(json!({ "first_name": "Renamed" })),
            [401, 200, 200, 200],
        ),
        // Members invite into their own organization (the default), staff anywhere.
        (Method::POST, "/api/users/", None, [401, 201, 201, 201]),
        (
            Method::POST,
            "/api/auth/logout",
            Some(json!({})),
            [204, 204, 204, 204],
        ),
    ];
    let mut invited = 0;
    for (method, path, payload, expected) in table {
        for (actor, want) in ACTORS.iter().zip(expected) {
            let browser = browser(&app, *actor).await;
            let payload = if path == "/api/users/" {
                invited += 1;
                Some(invite(invited))
            } else {
                payload.clone()
            };
            let response = browser.send(method.clone(), path, payload).await;
            let status = response.status().as_u16();
            let text = response.text().await.unwrap();
            assert_eq!(status, want, "{actor:?} {method} {path}: {text}");
            let parsed: Value = if text.is_empty() {
                Value::Null
            } else {
                serde_json::from_str(&text).unwrap()
            };
            match status {
                401 => assert_eq!(
                    parsed,
                    json!({ "detail": "Authentication credentials were not provided." })
                ),
                403 => assert_eq!(
                    parsed,
                    json!({ "detail": "You do not have permission to perform this action." })
                ),
                204 => assert_eq!(text, ""),
                _ => assert!(parsed.is_object(), "{actor:?} {method} {path}: {text}"),
            }
        }
    }
    // The invitations made by members and staff, and only those, exist.
    let made: i64 = app
        .db
        .client
        .query_one("select count(*) from users where username like 'new%'", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(made, 3);
}
