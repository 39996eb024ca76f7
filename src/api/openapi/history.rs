//! The change history (`src/api/history.rs`), declared by hand: when its
//! routes change, this file changes with them.

use serde_json::{json, Map, Value};

use super::accounts::{ok, op, with_errors};
use super::reference;
use crate::api::history::DEFAULT_PAGE_SIZE;
use crate::db::history::RECORDED;

fn paging() -> Vec<Value> {
    vec![
        json!({"name": "page", "in": "query", "required": false, "description": "1-based page number.",
               "schema": {"type": "integer", "minimum": 1}}),
        json!({"name": "page_size", "in": "query", "required": false,
               "description": format!("Entries per page (default {DEFAULT_PAGE_SIZE}, at most 1000)."),
               "schema": {"type": "integer", "minimum": 1}}),
    ]
}

fn read(
    id: &str,
    summary: &str,
    description: &str,
    parameters: Vec<Value>,
    codes: &[u16],
) -> Value {
    let mut out = op(
        id,
        "history",
        summary,
        false,
        with_errors(
            json!({"200": ok("A page of changes, newest first.", reference("ChangePage"))}),
            codes,
        ),
    );
    out["description"] = json!(description);
    out["parameters"] = Value::Array(parameters);
    out["responses"]["400"]["content"]["application/json"]["schema"] = reference("QueryError");
    out
}

/// The hand-declared paths of the change history.
pub fn paths(paths: &mut Map<String, Value>) {
    for collection in RECORDED {
        let mut parameters = vec![json!({
            "name": "id", "in": "path", "required": true, "description": "The record's id.",
            "schema": {"type": "integer", "minimum": 1}
        })];
        parameters.extend(paging());
        paths.insert(
            format!("/api/{collection}/{{id}}/history/"),
            json!({"get": read(
                &format!("{collection}_history"),
                "What changed in a record: who changed which field from what to what, and when",
                "Every change the database recorded for the record, newest first, paged as the collections are. A creation or a deletion is one entry whose `new` or `old` is the whole record; an update is one entry per changed field (an organization's `grades` and `locations` are fields too). Written by the database in the same transaction as the change, whatever wrote it. Readable by every signed-in member while the record exists; a deleted record's history by staff only (404 to others).",
                parameters,
                &[400, 401, 404, 405],
            )}),
        );
    }
    let mut parameters = vec![json!({
        "name": "user", "in": "query", "required": false,
        "description": "The member (users.id) whose changes to list. Members may only give their own id; staff any, or none for every change. A user that does not exist is a 400.",
        "schema": {"type": "integer"}
    })];
    parameters.extend(paging());
    paths.insert(
        "/api/history/".into(),
        json!({"get": read(
            "history",
            "A member's changes across products, organizations and reviews",
            "The changes a member made, newest first, each naming its record (`collection`, `record`, `record_name`). A member sees only their own (`user` = their id; anything else is a 403); staff see anyone's.",
            parameters,
            &[400, 401, 403, 404, 405],
        )}),
    );
}

/// Schemas of the change history.
pub fn schemas(schemas: &mut Map<String, Value>) {
    schemas.insert("Change".into(), json!({
        "type": "object",
        "required": ["id", "collection", "record", "record_name", "action", "field", "old", "new", "at", "actor"],
        "properties": {
            "id": {"type": "integer"},
            "collection": {"type": "string", "enum": RECORDED},
            "record": {"type": "integer", "description": "The record's id."},
            "record_name": {"type": ["string", "null"], "description": "The record's name now (a review's: organization - product); null once deleted."},
            "action": {"type": "string", "enum": ["created", "updated", "deleted"]},
            "field": {"type": ["string", "null"], "description": "The changed field of an update, as the collection names it; null for a creation or deletion."},
            "old": {"description": "The value before; for a deletion, the whole record (field → value); null for a creation."},
            "new": {"description": "The value after; for a creation, the whole record; null for a deletion."},
            "at": {"type": "string", "format": "date-time"},
            "actor": {"type": ["object", "null"], "required": ["id", "username"],
                      "description": "The member who made the change; null when it was made outside the API (a script) or the member was deleted.",
                      "properties": {"id": {"type": "integer"}, "username": {"type": "string"}}}
        }
    }));
    schemas.insert(
        "ChangePage".into(),
        json!({
            "type": "object", "required": ["count", "next", "previous", "results"],
            "properties": {
                "count": {"type": "integer", "minimum": 0},
                "next": {"type": ["string", "null"], "format": "uri"},
                "previous": {"type": ["string", "null"], "format": "uri"},
                "results": {"type": "array", "items": reference("Change")}
            }
        }),
    );
}
