//! A new member's own fields (first-run setup, invitation), checked by the
//! engine against the declaration of `/api/users/` (`query::input`) and
//! refused by the database with the engine's messages (`api::constraints`):
//! one rulebook for a member, whichever route creates or edits them.

use serde_json::{Map, Value};

use crate::api::collections::users::COLLECTION as USERS;
use crate::api::constraints;
use crate::api::error::ApiError;
use crate::db::users::Names;
use crate::model::error::FieldErrors;
use crate::model::input::{self, Input};
use crate::model::sql_value::SqlValue;

/// The checked fields of a new member.
#[derive(Debug, Clone)]
pub struct NewMember {
    /// The validated values, for the constraint messages.
    pub input: Input,
    /// Sign-in name.
    pub username: String,
    /// Email address.
    pub email: String,
    /// Given name (may be empty).
    pub first_name: String,
    /// Family name (may be empty).
    pub last_name: String,
}

impl NewMember {
    /// The names, as the database takes them.
    pub fn names(&self) -> Names<'_> {
        Names {
            username: &self.username,
            email: &self.email,
            first_name: &self.first_name,
            last_name: &self.last_name,
        }
    }
}

/// Checks the `accepted` fields of `body` as a create on `/api/users/`
/// would (other keys are left to the caller); every problem is reported per
/// field.
pub fn validate(body: &Map<String, Value>, accepted: &[&str]) -> Result<NewMember, FieldErrors> {
    let fields: Map<String, Value> = body
        .iter()
        .filter(|(k, _)| accepted.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let input = input::validate(&USERS, &fields, None, true)?;
    let text = |name: &str| match input.get(name) {
        Some(SqlValue::Text(t)) => t.clone(),
        _ => String::new(),
    };
    Ok(NewMember {
        username: text("username"),
        email: text("email"),
        first_name: text("first_name"),
        last_name: text("last_name"),
        input,
    })
}

/// A refused insert as the field error the engine gives for the same
/// constraint (a taken username or email), else the error itself.
pub fn refused(member: &NewMember, error: tokio_postgres::Error) -> ApiError {
    constraints::write_error(&USERS, &error, &member.input).unwrap_or_else(|| error.into())
}
