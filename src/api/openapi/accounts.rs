//! The routes that are not collections, declared by hand: the index,
//! this document, `/api/me/`, the accounts routes (`src/api/auth/`), the
//! invitation (POST /api/users/) and the product figures. When one of
//! those routes changes, this file changes with it.

use serde_json::{json, Map, Value};

use super::{error_responses, member_security, reference};
use crate::api::stats;

pub(super) fn with_errors(mut responses: Value, codes: &[u16]) -> Value {
    if let (Some(into), Value::Object(errors)) = (responses.as_object_mut(), error_responses(codes))
    {
        into.extend(errors);
    }
    responses
}

pub(super) fn ok(description: &str, schema: Value) -> Value {
    json!({"description": description, "content": {"application/json": {"schema": schema}}})
}

fn body(schema: &str) -> Value {
    json!({"required": true, "content": {"application/json": {"schema": reference(schema)}}})
}

pub(super) fn op(id: &str, tag: &str, summary: &str, anyone: bool, responses: Value) -> Value {
    let mut out = json!({
        "operationId": id, "tags": [tag], "summary": summary, "responses": responses
    });
    out["security"] = if anyone {
        // Anonymous is fine; credentials, when sent, are still checked.
        json!([{}, {"tokenAuth": []}, {"bearerAuth": []}, {"sessionCookie": []}])
    } else {
        member_security()
    };
    out
}

/// The hand-declared paths.
pub fn paths(paths: &mut Map<String, Value>) {
    let detail = reference("Detail");
    paths.insert("/api/".into(), json!({"get": op(
        "api_index", "meta", "Every collection and its URL", false,
        with_errors(json!({"200": ok("Collection name → absolute URL.",
            json!({"type": "object", "additionalProperties": {"type": "string", "format": "uri"}}))}), &[401]),
    )}));
    paths.insert(
        "/api/openapi.json".into(),
        json!({"get": op(
            "openapi", "meta", "This document", true,
            json!({"200": ok("The OpenAPI 3.1 document.", json!({"type": "object"}))}),
        )}),
    );
    let mut edit_me = op(
        "me_partial_update",
        "accounts",
        "Save the signed-in member's own names, email and GitHub id in one request (or leave their organization with `organization: null`)",
        false,
        with_errors(
            json!({"200": ok("Saved; the member as GET shows it.", reference("Me"))}),
            &[400, 401, 403, 415],
        ),
    );
    edit_me["description"] = json!("Permission: any signed-in member, for themselves. `username`, `is_staff` and `is_active` stay staff-only (403 when changed); nobody joins an existing organization by editing their own profile (403): membership comes from staff, an invitation or creating a new organization.");
    edit_me["requestBody"] = body("PatchedMeRequest");
    paths.insert(
        "/api/me/".into(),
        json!({
            "get": op(
                "me", "accounts", "The signed-in member: user, profile, organization", false,
                with_errors(json!({"200": ok("The member.", reference("Me"))}), &[401]),
            ),
            "patch": edit_me,
        }),
    );
    let mut login = op(
        "auth_login",
        "accounts",
        "Sign in: starts a session (cookie) and returns the member",
        true,
        with_errors(
            json!({"200": ok("Signed in; `Set-Cookie` carries the session and CSRF cookies.", reference("Me"))}),
            &[400, 403, 413, 415, 429, 503],
        ),
    );
    login["requestBody"] = body("SignIn");
    paths.insert("/api/auth/login".into(), json!({"post": login}));
    paths.insert("/api/auth/logout".into(), json!({"post": op(
        "auth_logout", "accounts", "Sign out: ends the session everywhere", true,
        with_errors(json!({"204": {"description": "Signed out; the cookies are cleared."}}), &[401, 403]),
    )}));
    let mut setup = op(
        "auth_setup_create",
        "accounts",
        "First-run setup: creates the first staff member and signs them in",
        true,
        with_errors(
            json!({"201": ok("Created and signed in.", reference("Me"))}),
            &[400, 403, 409, 413, 415, 503],
        ),
    );
    setup["requestBody"] = body("Setup");
    paths.insert("/api/auth/setup".into(), json!({
        "get": op("auth_setup", "accounts", "Whether first-run setup is needed (no user exists)", true,
            json!({"200": ok("Whether setup is needed.", json!({"type": "object", "required": ["needed"], "properties": {"needed": {"type": "boolean"}}}))})),
        "post": setup,
    }));
    let mut change = op(
        "auth_password_change",
        "accounts",
        "Change the password (other sessions and the API token end, unless the token made the request)",
        false,
        with_errors(
            json!({"200": ok("Changed.", detail.clone())}),
            &[400, 401, 403, 413, 415, 429, 503],
        ),
    );
    change["requestBody"] = body("PasswordChange");
    paths.insert("/api/auth/password/change".into(), json!({"post": change}));
    let mut reset = op(
        "auth_password_reset", "accounts", "Ask for a password reset link by email (the answer is the same whether or not the address is known)", true,
        with_errors(json!({"200": ok("Sent, if the address is known.", detail.clone())}), &[400, 403, 413, 415, 429]),
    );
    reset["requestBody"] = body("PasswordReset");
    paths.insert("/api/auth/password/reset".into(), json!({"post": reset}));
    let mut confirm = op(
        "auth_password_reset_confirm",
        "accounts",
        "Set a new password with a reset or invitation link's token (every session and the API token end)",
        true,
        with_errors(json!({"200": ok("Set.", detail)}), &[400, 403, 413, 415, 503]),
    );
    confirm["requestBody"] = body("PasswordResetConfirm");
    paths.insert(
        "/api/auth/password/reset/confirm".into(),
        json!({"post": confirm}),
    );
    let mut check = op(
        "auth_password_reset_check",
        "accounts",
        "Whether a reset or invitation link can still set a password (changes nothing)",
        true,
        with_errors(
            json!({"200": ok("The link works; what it is for.", json!({
                "type": "object", "required": ["purpose"],
                "properties": {"purpose": {"type": "string", "enum": ["password_reset", "invitation"]}}}))}),
            &[400],
        ),
    );
    check["parameters"] = json!([{"name": "token", "in": "query", "required": true,
        "description": "The token from the link in the mail.", "schema": {"type": "string"}}]);
    paths.insert(
        "/api/auth/password/reset/check".into(),
        json!({"get": check}),
    );
    paths.insert("/api/auth/token".into(), json!({
        "get": op("auth_token", "accounts", "Whether the member has an API token (never the key)", false,
            with_errors(json!({"200": ok("The token's dates.", reference("TokenInfo"))}), &[401])),
        "post": op("auth_token_create", "accounts", "Create or rotate the member's API token; the key is shown only here", false,
            with_errors(json!({"201": ok("The new key.", reference("NewToken"))}), &[401, 403])),
        "delete": op("auth_token_destroy", "accounts", "Revoke the member's API token", false,
            with_errors(json!({"204": {"description": "Revoked."}}), &[401, 403])),
    }));
    paths.insert("/api/products/{id}/stats/".into(), json!({
        "parameters": [{"name": "id", "in": "path", "required": true, "description": "The product's id.",
                        "schema": {"type": "integer", "minimum": 1}}],
        "get": stats_operation(),
    }));
}

/// POST /api/users/: staff invite a member (served by the accounts routes,
/// beside the users collection's GET).
pub fn invitation(paths: &mut Map<String, Value>) {
    let mut invite = op(
        "users_create",
        "users",
        "Invite a member: creates an inactive user and emails them a link to choose a password",
        false,
        with_errors(
            json!({"201": ok("The new user.", json!({
                "type": "object", "required": ["id", "username", "email"],
                "properties": {"id": {"type": "integer"}, "username": {"type": "string"}, "email": {"type": "string"}}
            }))}),
            &[400, 401, 403, 413, 415],
        ),
    );
    invite["description"] = json!("Permission: staff, into any organization (or none, `is_staff` allowed); a member, only into their own organization (the default when `organization` is left out).");
    invite["requestBody"] = body("Invitation");
    if let Some(Value::Object(users)) = paths.get_mut("/api/users/") {
        users.insert("post".into(), invite);
    }
}

/// The cohort parameters (`organization__org_type`...), as every endpoint
/// that takes them reads them ([`stats::parse_cohort_and`]).
pub(super) fn cohort_parameters() -> Vec<Value> {
    stats::ACCEPTED
        .iter()
        .map(|name| {
            let list = name.ends_with("__in");
            json!({
                "name": name, "in": "query", "required": false,
                "description": format!("Only reviews whose organization's {} {}.",
                    name.trim_start_matches("organization__").replace("__", " "),
                    if list { "is one of these comma-separated ids" } else { "matches" }),
                "schema": if list {
                    json!({"type": "string", "pattern": r"^\s*-?\d+\s*(,\s*-?\d+\s*)*$"})
                } else {
                    json!({"type": "integer"})
                }
            })
        })
        .collect()
}

fn stats_operation() -> Value {
    let parameters = cohort_parameters();
    let mut out = op(
        "products_stats",
        "figures",
        "A product's figures: NPS, rating distribution, organizations using it, over all reviews or a cohort of organizations",
        false,
        with_errors(
            json!({"200": ok("The figures.", reference("ProductStats"))}),
            &[400, 401, 403, 404],
        ),
    );
    out["parameters"] = Value::Array(parameters);
    out["responses"]["400"]["content"]["application/json"]["schema"] = reference("QueryError");
    out
}

/// Schemas of the hand-declared routes.
pub fn schemas(schemas: &mut Map<String, Value>) {
    let text = |max: usize| json!({"type": "string", "maxLength": max});
    let member_fields = json!({
        "username": {"type": "string", "maxLength": 150, "pattern": "^[A-Za-z0-9@.+_-]+$"},
        "email": {"type": "string", "maxLength": 254, "format": "email"},
        "first_name": text(150),
        "last_name": text(150),
    });
    schemas.insert("Detail".into(), json!({"type": "object", "required": ["detail"], "properties": {"detail": {"type": "string"}}}));
    schemas.insert(
        "Me".into(),
        json!({
            "type": "object", "required": ["user", "profile", "organization"],
            "properties": {
                "user": {"type": "object"},
                "profile": {"type": "object"},
                "organization": {"type": ["object", "null"]}
            }
        }),
    );
    schemas.insert(
        "SignIn".into(),
        json!({
            "type": "object", "required": ["username", "password"],
            "properties": {
                "username": {"type": "string", "description": "A username or an email address."},
                "password": {"type": "string"}
            }
        }),
    );
    let mut setup = member_fields.clone();
    setup["password"] = json!({"type": "string"});
    schemas.insert("Setup".into(), json!({"type": "object", "required": ["username", "email", "password"], "properties": setup}));
    let mut me = member_fields.clone();
    if let Some(me) = me.as_object_mut() {
        me.remove("username");
    }
    me["github_id"] = json!({"type": ["string", "null"], "maxLength": 39, "pattern": "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"});
    me["organization"] =
        json!({"type": "null", "description": "Only null: leaves the member's organization."});
    schemas.insert(
        "PatchedMeRequest".into(),
        json!({"type": "object", "properties": me}),
    );
    let mut invitation = member_fields;
    invitation["is_staff"] = json!({"type": "boolean", "description": "Staff only."});
    invitation["organization"] = json!({"type": ["integer", "null"], "description": "The organization the new member joins; a member may only name their own, the default."});
    schemas.insert(
        "Invitation".into(),
        json!({"type": "object", "required": ["username", "email"], "properties": invitation}),
    );
    schemas.insert(
        "PasswordChange".into(),
        json!({
            "type": "object", "required": ["old_password", "new_password"],
            "properties": {"old_password": {"type": "string"}, "new_password": {"type": "string"}}
        }),
    );
    schemas.insert(
        "PasswordReset".into(),
        json!({
            "type": "object", "required": ["email"], "properties": {"email": {"type": "string"}}
        }),
    );
    schemas.insert(
        "PasswordResetConfirm".into(),
        json!({
            "type": "object", "required": ["token", "new_password"],
            "properties": {"token": {"type": "string"}, "new_password": {"type": "string"}}
        }),
    );
    schemas.insert(
        "TokenInfo".into(),
        json!({
            "type": "object", "required": ["exists", "created", "last_used"],
            "properties": {
                "exists": {"type": "boolean"},
                "created": {"type": ["string", "null"], "format": "date-time"},
                "last_used": {"type": ["string", "null"], "format": "date-time"}
            }
        }),
    );
    schemas.insert("NewToken".into(), json!({
        "type": "object", "required": ["token", "created"],
        "properties": {
            "token": {"type": "string", "description": "The key: send it as `Authorization: Token <key>`. Shown only once."},
            "created": {"type": "string", "format": "date-time"}
        }
    }));
    let count = json!({"type": "integer", "minimum": 0});
    schemas.insert("ProductStats".into(), json!({
        "type": "object",
        "required": ["product", "nps", "review_count", "ratings", "organizations", "organization_count", "deprecated_count"],
        "properties": {
            "product": {"type": "integer"},
            "nps": {"type": ["integer", "null"], "minimum": -100, "maximum": 100,
                    "description": "trunc(100·promoters/n − 100·detractors/n) (promoters rate 5, detractors 3 or less); null without reviews."},
            "review_count": count,
            "ratings": {"type": "object", "required": ["1", "2", "3", "4", "5"],
                        "properties": {"1": count, "2": count, "3": count, "4": count, "5": count}},
            "organizations": {"type": "array", "items": {
                "type": "object", "required": ["id", "name"],
                "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}}},
            "organization_count": count,
            "deprecated_count": count
        }
    }));
}
