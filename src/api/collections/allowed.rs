//! Records as the API shows them, each with what the asker may do with it:
//! `"permissions": {"change": bool, "delete": bool}`, the judge's answer
//! (`auth::permissions::RecordPermissions`) written after the record's own
//! fields. The records are written from their values (`db::record`)
//! straight into the body; the judge reads only the owner field.

use crate::api::error::{ApiError, ApiResult};
use crate::auth::permissions::{ownership_by_id, RecordPermissions};
use crate::auth::Principal;
use crate::db::record::{self, Value};
use crate::model::collection::Collection;
use crate::model::permissions::Ownership;

/// The name of the added key.
pub const KEY: &str = "permissions";

/// One record (its field values) as JSON, with its permissions.
pub fn record(
    collection: &Collection,
    principal: &Principal,
    values: &[Value],
) -> ApiResult<Vec<u8>> {
    let mut out = Vec::with_capacity(64 * values.len() + 48);
    Judge::new(collection, principal).push_record(&mut out, values)?;
    Ok(out)
}

/// Appends a JSON array of `records` to `out`, each with its permissions.
pub fn push_page(
    out: &mut Vec<u8>,
    collection: &Collection,
    principal: &Principal,
    records: &[Vec<Value>],
) -> ApiResult<()> {
    out.reserve(records.iter().map(|r| 64 * r.len() + 48).sum::<usize>() + 2);
    out.push(b'[');
    let mut judge = Judge::new(collection, principal);
    for (i, values) in records.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        judge.push_record(out, values)?;
    }
    out.push(b']');
    Ok(())
}

/// The judge's answers for one asker over one collection's records. The
/// answer depends on a record only through its [`Ownership`] (its owner
/// field against the asker), so each of the few possible answers is
/// written once per page, not once per record.
struct Judge<'a> {
    collection: &'a Collection,
    principal: &'a Principal,
    /// The owner field's position among the fields.
    owner_at: Option<usize>,
    /// The answers written so far, as JSON, by ownership.
    answers: Vec<(Ownership, Vec<u8>)>,
}

impl<'a> Judge<'a> {
    fn new(collection: &'a Collection, principal: &'a Principal) -> Self {
        let owner_at = collection
            .owner
            .and_then(|owner| collection.fields.iter().position(|f| f.name == owner.field));
        Judge {
            collection,
            principal,
            owner_at,
            answers: Vec::new(),
        }
    }

    /// Appends one record with its permissions to `out`.
    fn push_record(&mut self, out: &mut Vec<u8>, values: &[Value]) -> ApiResult<()> {
        let theirs = match self.owner_at.and_then(|i| values.get(i)) {
            Some(Value::Int(id)) => Some(*id),
            _ => None,
        };
        let ownership = ownership_by_id(self.principal, self.collection.owner, theirs);
        let at = match self.answers.iter().position(|(o, _)| *o == ownership) {
            Some(at) => at,
            None => {
                let allowed = RecordPermissions::given(
                    self.principal,
                    &self.collection.permissions,
                    ownership,
                );
                let json =
                    serde_json::to_vec(&allowed).map_err(|e| ApiError::Internal(e.to_string()))?;
                self.answers.push((ownership, json));
                self.answers.len() - 1
            }
        };
        record::push_json(
            out,
            self.collection,
            values,
            Some((KEY, &self.answers[at].1)),
        );
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::collections::usages;
    use serde_json::Value as Json;

    /// A usage's values: every field null but its id and reviewer.
    fn usage(id: i64, reviewer: Option<i64>) -> Vec<Value<'static>> {
        usages::COLLECTION
            .fields
            .iter()
            .map(|f| match (f.name, reviewer) {
                ("id", _) => Value::Int(id),
                ("reviewer", Some(r)) => Value::Int(r),
                _ => Value::Null,
            })
            .collect()
    }

    fn page(principal: &Principal, records: &[Vec<Value>]) -> Json {
        let mut out = Vec::new();
        push_page(&mut out, &usages::COLLECTION, principal, records).expect("a page");
        serde_json::from_slice(&out).expect("JSON")
    }

    #[test]
    fn each_record_of_a_page_says_what_the_asker_may_do() {
        let value = page(
            &Principal::Anonymous,
            &[usage(1, Some(7)), usage(2, Some(8))],
        );
        for (i, id) in [1, 2].into_iter().enumerate() {
            assert_eq!(value[i]["id"], id);
            assert_eq!(
                value[i][KEY],
                serde_json::json!({"change": false, "delete": false})
            );
        }
        let fields: Vec<&str> = value[0]
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        let mut declared: Vec<&str> = usages::COLLECTION.fields.iter().map(|f| f.name).collect();
        declared.push(KEY);
        assert_eq!(
            fields.len(),
            declared.len(),
            "every field once, and the permissions"
        );
        let mut out = Vec::new();
        push_page(&mut out, &usages::COLLECTION, &Principal::Anonymous, &[]).expect("a page");
        assert_eq!(out, b"[]");
    }

    #[test]
    fn a_member_owns_the_records_whose_owner_field_is_theirs() {
        let ann = Principal::Member(crate::auth::Member {
            user_id: 1,
            profile_id: 7,
            organization_id: None,
            is_staff: false,
            credential: crate::auth::Credential::Token,
        });
        let value = page(
            &ann,
            &[usage(1, Some(7)), usage(2, Some(8)), usage(3, None)],
        );
        let mine: Vec<bool> = (0..3)
            .map(|i| value[i][KEY]["change"] == Json::Bool(true))
            .collect();
        assert_eq!(mine, [true, false, false]);
    }
}
