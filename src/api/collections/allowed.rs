//! Records as the API shows them, each with what the asker may do with it:
//! `"permissions": {"change": bool, "delete": bool}`, the judge's answer
//! (`auth::permissions::RecordPermissions`) added after the record's own
//! fields. PostgreSQL builds the records; this only appends one key.

use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::api::error::{ApiError, ApiResult};
use crate::auth::permissions::RecordPermissions;
use crate::auth::Principal;
use crate::query::spec::Collection;

/// The name of the added key.
pub const KEY: &str = "permissions";

/// One record (a JSON object's text) with its permissions.
pub fn record(collection: &Collection, principal: &Principal, text: &str) -> ApiResult<String> {
    let map: Map<String, Value> =
        serde_json::from_str(text).map_err(|e| not_an_object(collection, e))?;
    let allowed = RecordPermissions::of(
        principal,
        &collection.permissions,
        collection.owner,
        collection.deletable,
        &map,
    );
    let body = text.trim_end().strip_suffix('}').ok_or_else(|| {
        ApiError::Internal(format!("{}: a record is not an object", collection.name))
    })?;
    let allowed = serde_json::to_string(&allowed).map_err(|e| ApiError::Internal(e.to_string()))?;
    let separator = if map.is_empty() { "" } else { "," };
    Ok(format!("{body}{separator}\"{KEY}\":{allowed}}}"))
}

/// A JSON array of records, each with its permissions.
pub fn page(collection: &Collection, principal: &Principal, text: &str) -> ApiResult<String> {
    let records: Vec<&RawValue> =
        serde_json::from_str(text).map_err(|e| not_an_object(collection, e))?;
    let mut out = String::with_capacity(text.len() + records.len() * 40 + 2);
    out.push('[');
    for (i, raw) in records.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&record(collection, principal, raw.get())?);
    }
    out.push(']');
    Ok(out)
}

fn not_an_object(collection: &Collection, error: serde_json::Error) -> ApiError {
    ApiError::Internal(format!(
        "{}: unreadable record JSON: {error}",
        collection.name
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::collections::usages;

    #[test]
    fn each_record_of_a_page_says_what_the_asker_may_do() {
        let text = r#"[{"id" : 1, "reviewer" : 7}, {"id" : 2, "reviewer" : 8}]"#;
        let out = page(&usages::COLLECTION, &Principal::Anonymous, text).expect("a page");
        let value: Value = serde_json::from_str(&out).expect("JSON");
        assert_eq!(
            value,
            serde_json::json!([
                {"id": 1, "reviewer": 7, "permissions": {"change": false, "delete": false}},
                {"id": 2, "reviewer": 8, "permissions": {"change": false, "delete": false}},
            ])
        );
        assert_eq!(
            page(&usages::COLLECTION, &Principal::Anonymous, "[]")
                .ok()
                .as_deref(),
            Some("[]")
        );
    }
}
