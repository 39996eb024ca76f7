//! Records as the API shows them, each with what the asker may do with it:
//! `"permissions": {"change": bool, "delete": bool}`, the judge's answer
//! (`auth::permissions::RecordPermissions`) added after the record's own
//! fields. PostgreSQL builds the records; this only appends one key, and
//! reads no more of a record than the judge needs (its owner field, when
//! the collection has one and a member asks), without building a tree.

use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::{Map, Value};

use crate::api::error::{ApiError, ApiResult};
use crate::auth::permissions::RecordPermissions;
use crate::auth::Principal;
use crate::model::collection::Collection;

/// The name of the added key.
pub const KEY: &str = "permissions";

/// One record (a JSON object's text) with its permissions.
pub fn record(collection: &Collection, principal: &Principal, text: &str) -> ApiResult<String> {
    let mut out = String::with_capacity(text.len() + 48);
    push_record(&mut out, collection, principal, text)?;
    Ok(out)
}

/// Appends a JSON array of `records` to `out`, each with its permissions.
pub fn push_page(
    out: &mut String,
    collection: &Collection,
    principal: &Principal,
    records: &[&str],
) -> ApiResult<()> {
    out.reserve(records.iter().map(|r| r.len() + 48).sum::<usize>() + 2);
    out.push('[');
    for (i, text) in records.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_record(out, collection, principal, text)?;
    }
    out.push(']');
    Ok(())
}

/// Appends one record with its permissions to `out`.
fn push_record(
    out: &mut String,
    collection: &Collection,
    principal: &Principal,
    text: &str,
) -> ApiResult<()> {
    let not_an_object =
        || ApiError::Internal(format!("{}: a record is not an object", collection.name));
    let body = text
        .trim()
        .strip_prefix('{')
        .and_then(|t| t.strip_suffix('}'))
        .ok_or_else(not_an_object)?;
    // Ownership is all the judge reads of a record: the owner field alone.
    let mut owned = Map::new();
    if let (Principal::Member(_), Some(owner)) = (principal, collection.owner) {
        let mut reader = serde_json::Deserializer::from_str(text);
        let value = Field(owner.field)
            .deserialize(&mut reader)
            .and_then(|value| reader.end().map(|()| value))
            .map_err(|e| {
                ApiError::Internal(format!("{}: unreadable record JSON: {e}", collection.name))
            })?;
        if let Some(value) = value {
            owned.insert(owner.field.to_owned(), value);
        }
    }
    let allowed =
        RecordPermissions::of(principal, &collection.permissions, collection.owner, &owned);
    let allowed = serde_json::to_string(&allowed).map_err(|e| ApiError::Internal(e.to_string()))?;
    out.push('{');
    out.push_str(body);
    if !body.trim().is_empty() {
        out.push(',');
    }
    out.push('"');
    out.push_str(KEY);
    out.push_str("\":");
    out.push_str(&allowed);
    out.push('}');
    Ok(())
}

/// Reads one field of a JSON object, skipping (but checking) the others.
struct Field<'f>(&'f str);

impl<'de> DeserializeSeed<'de> for Field<'_> {
    type Value = Option<Value>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Field<'_> {
    type Value = Option<Value>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found = None;
        while let Some(wanted) = map.next_key_seed(KeyIs(self.0))? {
            if wanted {
                found = Some(map.next_value::<Value>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(found)
    }
}

/// Whether an object's key is the one looked for (compared where it lies
/// in the text, unless it had escapes).
struct KeyIs<'f>(&'f str);

impl<'de> DeserializeSeed<'de> for KeyIs<'_> {
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeyIs<'_> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<bool, E> {
        Ok(key == self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::collections::usages;

    #[test]
    fn each_record_of_a_page_says_what_the_asker_may_do() {
        let records = [r#"{"id":1,"reviewer":7}"#, r#"{"id" : 2, "reviewer" : 8}"#];
        let mut out = String::new();
        push_page(
            &mut out,
            &usages::COLLECTION,
            &Principal::Anonymous,
            &records,
        )
        .expect("a page");
        let value: Value = serde_json::from_str(&out).expect("JSON");
        assert_eq!(
            value,
            serde_json::json!([
                {"id": 1, "reviewer": 7, "permissions": {"change": false, "delete": false}},
                {"id": 2, "reviewer": 8, "permissions": {"change": false, "delete": false}},
            ])
        );
        let mut out = String::new();
        push_page(&mut out, &usages::COLLECTION, &Principal::Anonymous, &[]).expect("a page");
        assert_eq!(out, "[]");
    }

    #[test]
    fn a_member_owns_the_records_whose_owner_field_is_theirs_wherever_it_lies() {
        let ann = Principal::Member(crate::auth::Member {
            user_id: 1,
            profile_id: 7,
            organization_id: None,
            is_staff: false,
            credential: crate::auth::Credential::Token,
        });
        let records = [
            r#"{"id":1,"reviewer":7,"review":"{\"reviewer\":8}"}"#,
            r#"{"review":"x","reviewer":8,"id":2}"#,
            r#"{"id":3,"nested":{"reviewer":7},"reviewer":null}"#,
        ];
        let mut out = String::new();
        push_page(&mut out, &usages::COLLECTION, &ann, &records).expect("a page");
        let value: Value = serde_json::from_str(&out).expect("JSON");
        let mine: Vec<bool> = (0..3)
            .map(|i| value[i]["permissions"]["change"] == Value::Bool(true))
            .collect();
        assert_eq!(mine, [true, false, false]);
        assert!(record(&usages::COLLECTION, &ann, r#"{"id":1,"reviewer":7"#).is_err());
        assert!(record(&usages::COLLECTION, &ann, "[1]").is_err());
    }
}
