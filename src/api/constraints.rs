//! The database's named constraints (migrations/, `<table>_<column>_<rule>`)
//! turned into the same field errors the API's own validation gives, in one
//! place (style.md habit 5). Most names follow the convention and are read
//! from the declarations; the rest are listed in [`EXCEPTIONS`].

use tokio_postgres::error::{DbError, SqlState};

use crate::api::error::ApiError;
use crate::model::collection::{Collection, Registry};
use crate::model::error::{FieldErrors, InputError};
use crate::model::input::{format_message, invalid_pk, too_long, Input};
use crate::model::sql_value::SqlValue;

/// Field errors that no naming convention produces: constraint name →
/// (field, message). `non_field_errors` is DRF's key for whole-record rules.
pub const EXCEPTIONS: &[(&str, &str, &str)] = &[
    (
        "usages_product_organization_reviewer_unique",
        "non_field_errors",
        "You have already reviewed this product for this organization.",
    ),
    (
        "usages_deprecation_consistent",
        "non_field_errors",
        "The deprecation date and reason are only kept when is_deprecated is true.",
    ),
    (
        "usages_when_deprecated_not_future",
        "when_deprecated",
        "Ensure this date is not in the future.",
    ),
    (
        "usages_replaced_by_not_product",
        "replaced_by",
        "A product cannot replace itself: choose another product.",
    ),
    (
        "usages_replaced_by_deprecated",
        "replaced_by",
        "A replacement can only be named when is_deprecated is true.",
    ),
    (
        "users_username_unique",
        "username",
        "A user with that username already exists.",
    ),
    (
        "organizations_size_nonnegative",
        "size",
        "Ensure this value is greater than or equal to 0.",
    ),
    (
        "profiles_user_id_unique",
        "user",
        "profile with this user already exists.",
    ),
];

/// Rules whose breach is a state clash (409), not a bad field: constraint →
/// detail.
pub const CONFLICTS: &[(&str, &str)] = &[(
    "users_last_staff",
    "The last active staff user cannot be removed, deactivated or demoted.",
)];

fn conflict(constraint: &str) -> Option<ApiError> {
    CONFLICTS
        .iter()
        .find(|(c, _)| *c == constraint)
        .map(|(_, detail)| ApiError::Conflict {
            detail: detail.to_string(),
            extra: serde_json::json!({}),
        })
}

/// Join-table foreign keys: constraint → the many-to-many field.
const JOIN_KEYS: &[(&str, &str)] = &[
    ("organization_grades_grade_id_fkey", "grades"),
    ("organization_locations_location_id_fkey", "locations"),
];

/// The field and message for `constraint` when writing `collection`
/// (`None` when the name is unknown: a bug, logged as a 500).
pub fn describe(
    collection: &Collection,
    constraint: &str,
    input: &Input,
) -> Option<(String, String)> {
    if let Some((_, field, message)) = EXCEPTIONS.iter().find(|(c, _, _)| *c == constraint) {
        return Some((field.to_string(), message.to_string()));
    }
    let value_of = |field: &str| match input.get(field) {
        Some(SqlValue::Int(id)) => id.to_string(),
        Some(SqlValue::IntList(ids)) => ids
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    };
    if let Some((_, field)) = JOIN_KEYS.iter().find(|(c, _)| *c == constraint) {
        return Some((field.to_string(), invalid_pk(value_of(field))));
    }
    let rest = constraint
        .strip_prefix(collection.table)?
        .strip_prefix('_')?;
    let field = collection
        .fields
        .iter()
        .filter(|f| {
            f.column()
                .is_some_and(|c| rest.starts_with(&format!("{c}_")))
        })
        .max_by_key(|f| f.column().map_or(0, str::len))?;
    let column = field.column()?;
    let rule = &rest[column.len() + 1..];
    let message = match rule {
        "unique" => format!(
            "{} with this {} already exists.",
            collection.verbose_name,
            field.name.replace('_', " ")
        ),
        "length" => too_long(field.max_length.unwrap_or(0)),
        "required" => "This field may not be blank.".into(),
        "trimmed" => "Remove the blanks at either end.".into(),
        "format" => field
            .format
            .map_or("Enter a valid value.", format_message)
            .into(),
        "range" => {
            let (min, max) = field.range.unwrap_or((0, 0));
            format!("Ensure this value is between {min} and {max}.")
        }
        "fkey" => invalid_pk(value_of(field.name)),
        _ => return None,
    };
    Some((field.name.to_owned(), message))
}

/// The API error for a failed write, when the database refused it by a
/// named constraint; `None` leaves the error to be a 500/503.
pub fn write_error(
    collection: &Collection,
    error: &tokio_postgres::Error,
    input: &Input,
) -> Option<ApiError> {
    let db: &DbError = error.as_db_error()?;
    let code = db.code();
    if code == &SqlState::NOT_NULL_VIOLATION {
        // A required value the declaration let through (a backstop).
        let field = collection
            .fields
            .iter()
            .find(|f| f.column().is_some() && f.column() == db.column())?;
        let mut errors = FieldErrors::new();
        errors.insert(
            field.name.into(),
            vec![crate::model::input::REQUIRED.into()],
        );
        return Some(InputError::Invalid(errors).into());
    }
    if ![
        SqlState::UNIQUE_VIOLATION,
        SqlState::CHECK_VIOLATION,
        SqlState::FOREIGN_KEY_VIOLATION,
    ]
    .contains(code)
    {
        return None;
    }
    if let Some(clash) = conflict(db.constraint()?) {
        return Some(clash);
    }
    let (field, message) = describe(collection, db.constraint()?, input)?;
    let mut errors = FieldErrors::new();
    errors.insert(field, vec![message]);
    Some(InputError::Invalid(errors).into())
}

/// The 409 for a delete refused by a foreign key (a reference that
/// appeared after the count): names the referencing collection.
pub fn delete_error(
    registry: &Registry,
    collection: &Collection,
    error: &tokio_postgres::Error,
) -> Option<ApiError> {
    let db = error.as_db_error()?;
    if let Some(clash) = db.constraint().and_then(conflict) {
        return Some(clash);
    }
    if db.code() != &SqlState::FOREIGN_KEY_VIOLATION {
        return None;
    }
    let referencing = db
        .table()
        .and_then(|t| crate::db::collections::by_table(registry, t))
        .map_or("records", |c| c.name);
    Some(still_used(collection, &[(referencing, 1)]))
}

/// `409 {"detail": "Cannot delete this domain: it is still used.", "referenced_by": {...}}`.
pub fn still_used(collection: &Collection, counts: &[(&str, i64)]) -> ApiError {
    let referenced_by: serde_json::Map<String, serde_json::Value> = counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(name, n)| (name.to_string(), serde_json::Value::from(*n)))
        .collect();
    ApiError::Conflict {
        detail: format!(
            "Cannot delete this {}: it is still used.",
            collection.verbose_name
        ),
        extra: serde_json::json!({ "referenced_by": referenced_by }),
    }
}
