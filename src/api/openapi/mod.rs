//! `GET /api/openapi.json`: an OpenAPI 3.1 document of the whole API, which
//! the web app shows as its API reference page. The collections' part is
//! generated from their declarations ([`collections`]); the accounts
//! routes, the product figures and the index are declared by hand in
//! [`accounts`], the one place that must be kept in step with their code.
//!
//! Readable by anyone: it describes the API, holds no data, and client
//! generators and the sign-in-less reference page need it.

mod accounts;
mod collections;
mod decide;
mod history;

use std::sync::OnceLock;

use serde_json::{json, Map, Value};
use warp::filters::BoxedFilter;
use warp::http::{header, HeaderValue};
use warp::reply::Response;
use warp::Filter;

use crate::api::error::{respond, ApiResult};

/// `GET /api/openapi.json` (inside `/api`).
pub fn routes() -> BoxedFilter<(Response,)> {
    warp::path("openapi.json")
        .and(warp::path::end())
        .and(warp::get().or(warp::head()).unify())
        .and(crate::api::no_parameters())
        .map(|parameters: ApiResult<()>| {
            parameters?;
            static TEXT: OnceLock<String> = OnceLock::new();
            let text = TEXT.get_or_init(|| document().to_string());
            let mut response = Response::new(text.clone().into());
            response.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            Ok(response)
        })
        .map(respond)
        .boxed()
}

/// The whole document.
pub fn document() -> Value {
    let mut paths = Map::new();
    accounts::paths(&mut paths);
    collections::paths(&mut paths);
    accounts::invitation(&mut paths);
    decide::paths(&mut paths);
    history::paths(&mut paths);
    let mut schemas = Map::new();
    common_schemas(&mut schemas);
    collections::schemas(&mut schemas);
    accounts::schemas(&mut schemas);
    decide::schemas(&mut schemas);
    history::schemas(&mut schemas);
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Mothra API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Which ed-tech products our organizations use, how data moves through them, and what we think of them. The API speaks Django REST Framework's dialect: pages of `{count, next, previous, results}` (`page=last` is the last page), django-filter lookups (`field__in`, `__gte`, `__icontains`, paths through relations), `search`, `ordering`, and CSV exports at `/api/<name>.csv`. Validation errors are a field → messages map. `OPTIONS` on a collection or a record answers DRF's metadata: name, description, renders, parses and, for what the signed-in member may do there, `actions` (`POST` or `PUT`) with each field's type, required, read_only, label and bounds.\n\nQuery parameters, one rule for every route under `/api/`: a route accepts the parameters it documents, plus `_` (a cache-buster, as jQuery and axios append; ignored) and `format` (`json` or `api`, both answered as JSON; `csv` too on lists). Any other parameter, a repeated one, or another `format` is a 400 whose `detail` names it and whose `accepted` lists what the route takes.\n\nSign in with a session cookie (the web app; unsafe methods also need the `X-CSRFToken` header) or `Authorization: Token <key>` (also `Bearer <key>`).",
            "license": {"name": "MIT", "identifier": "MIT"}
        },
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "tokenAuth": {
                    "type": "apiKey", "in": "header", "name": "Authorization",
                    "description": "`Token <key>`, as Django REST Framework's TokenAuthentication. Create or rotate the key with POST /api/auth/token."
                },
                "bearerAuth": {
                    "type": "http", "scheme": "bearer",
                    "description": "The same key as `Authorization: Bearer <key>`."
                },
                "sessionCookie": {
                    "type": "apiKey", "in": "cookie", "name": crate::auth::SESSION_COOKIE,
                    "description": "The web app's session, set by POST /api/auth/login."
                },
                "csrfToken": {
                    "type": "apiKey", "in": "header", "name": "X-CSRFToken",
                    "description": "With a session cookie, unsafe methods (POST, PUT, PATCH, DELETE) also send the `csrftoken` cookie's value in this header, from the same origin."
                }
            }
        },
        "security": member_security(),
        "tags": crate::api::collections::REGISTRY
            .0
            .iter()
            .map(|c| json!({"name": c.name}))
            .chain([json!({"name": "accounts"}), json!({"name": "figures"}), json!({"name": "decide"}), json!({"name": "history"}), json!({"name": "meta"})])
            .collect::<Vec<_>>(),
    })
}

/// Any of the ways a member signs in.
fn member_security() -> Value {
    json!([{"tokenAuth": []}, {"bearerAuth": []}, {"sessionCookie": [], "csrfToken": []}])
}

/// `#/components/schemas/<name>`.
fn reference(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

/// `data_interfaces` → `DataInterface`: the schema name of a collection's record.
fn schema_name(collection: &str) -> String {
    let singular = match collection {
        "orgtypes" => "org_type",
        "usagetypes" => "usage_type",
        "data_interfaces" => "data_interface",
        other => other.strip_suffix('s').unwrap_or(other),
    };
    singular
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Responses for the error statuses `codes`, each with its JSON shape.
fn error_responses(codes: &[u16]) -> Value {
    let mut out = Map::new();
    for code in codes {
        let (description, schema) = match code {
            400 => (
                "Invalid input: a field → messages map (DRF), or `detail`.",
                json!({"anyOf": [reference("ValidationError"), reference("Error")]}),
            ),
            401 => (
                "No or bad credentials (`WWW-Authenticate: Token`).",
                reference("Error"),
            ),
            403 => (
                "Signed in but not allowed, or a session request without the CSRF defence.",
                reference("Error"),
            ),
            404 => ("`Not found.`", reference("Error")),
            405 => (
                "Method not allowed (`Allow` lists those accepted).",
                reference("Error"),
            ),
            409 => (
                "Still referenced: `referenced_by` gives the referencing collections and counts.",
                reference("Conflict"),
            ),
            413 => ("Request body too large.", reference("Error")),
            415 => ("Send `Content-Type: application/json`.", reference("Error")),
            429 => ("Too many attempts (`Retry-After`).", reference("Error")),
            503 => (
                "Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`).",
                reference("Error"),
            ),
            _ => ("Error.", reference("Error")),
        };
        out.insert(
            code.to_string(),
            json!({"description": description, "content": {"application/json": {"schema": schema}}}),
        );
    }
    Value::Object(out)
}

fn common_schemas(schemas: &mut Map<String, Value>) {
    schemas.insert(
        "Error".into(),
        json!({
            "type": "object", "required": ["detail"],
            "properties": {"detail": {"type": "string"}}
        }),
    );
    schemas.insert(
        "QueryError".into(),
        json!({
            "type": "object", "required": ["detail"],
            "properties": {
                "detail": {"type": "string", "description": "What was wrong, naming the parameter."},
                "accepted": {"type": "array", "items": {"type": "string"}, "description": "The parameters (or ordering keys) accepted."}
            }
        }),
    );
    schemas.insert(
        "ValidationError".into(),
        json!({
            "type": "object",
            "description": "Field name (or `non_field_errors`) → messages.",
            "additionalProperties": {"type": "array", "items": {"type": "string"}}
        }),
    );
    schemas.insert(
        "Conflict".into(),
        json!({
            "type": "object", "required": ["detail"],
            "properties": {
                "detail": {"type": "string"},
                "referenced_by": {
                    "type": "object",
                    "description": "Referencing collection → number of records.",
                    "additionalProperties": {"type": "integer"}
                }
            }
        }),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_names_are_singular_pascal_case() {
        assert_eq!(schema_name("data_interfaces"), "DataInterface");
        assert_eq!(schema_name("orgtypes"), "OrgType");
        assert_eq!(schema_name("usages"), "Usage");
        assert_eq!(schema_name("usagetypes"), "UsageType");
        assert_eq!(schema_name("users"), "User");
    }

    #[test]
    fn every_reference_points_at_a_schema() {
        let doc = document();
        let text = doc.to_string();
        let schemas = doc["components"]["schemas"].as_object().unwrap();
        for part in text.split("\"#/components/schemas/").skip(1) {
            let name = part.split('"').next().unwrap();
            assert!(schemas.contains_key(name), "missing schema {name}");
        }
    }
}
