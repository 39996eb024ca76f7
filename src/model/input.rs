//! Request bodies parsed against a collection's declaration (style.md
//! habit 4): every rule of domain.md a single field carries is checked
//! here, once, with Django REST Framework's messages; what comes out is a
//! typed [`Input`] the SQL layer trusts.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::collection::{Collection, Field, Format, Kind, Source};
use super::error::FieldErrors;
use crate::model::sql_value::SqlValue;

/// Validated values of the writable fields, by field name. A field absent
/// here is left alone (update) or takes the database's default (create).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Input {
    /// Field name → value.
    pub values: BTreeMap<&'static str, SqlValue>,
}

impl Input {
    /// The value given for `field`, if any.
    pub fn get(&self, field: &str) -> Option<&SqlValue> {
        self.values.get(field)
    }
}

/// DRF's message for a missing required field.
pub const REQUIRED: &str = "This field is required.";

/// DRF's message for an id that names no record.
pub fn invalid_pk(id: impl std::fmt::Display) -> String {
    format!("Invalid pk \"{id}\" - object does not exist.")
}

/// DRF's message for a text longer than `max` characters.
pub fn too_long(max: usize) -> String {
    format!("Ensure this field has no more than {max} characters.")
}

/// The message for a value that breaks a [`Format`].
pub fn format_message(format: Format) -> &'static str {
    match format {
        Format::Color => "Enter a valid color in the form #rrggbb.",
        Format::HttpUrl => "Enter a valid URL.",
        Format::GithubId => {
            "Enter a valid GitHub user name: letters, digits and single hyphens, not at either end."
        }
        Format::Username => {
            "Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters."
        }
        Format::Email => "Enter a valid email address.",
        Format::Abbreviation => "Enter two letters.",
        Format::Icon => "Enter a valid icon name: lower-case letters, digits and single hyphens.",
    }
}

/// Validates `body` (merged over `existing` for updates) into an
/// [`Input`]. With `require`, required fields missing from `body` are
/// errors (create, full update).
pub fn validate(
    collection: &Collection,
    body: &Map<String, Value>,
    existing: Option<&Map<String, Value>>,
    require: bool,
) -> Result<Input, FieldErrors> {
    let (input, errors) = validate_all(collection, body, existing, require);
    if errors.is_empty() {
        Ok(input)
    } else {
        Err(errors)
    }
}

/// As [`validate`], keeping both what passed and what failed, so that a
/// caller can check the values that passed further (unique clashes,
/// references) and report every field's problem from one request.
pub fn validate_all(
    collection: &Collection,
    body: &Map<String, Value>,
    existing: Option<&Map<String, Value>>,
    require: bool,
) -> (Input, FieldErrors) {
    let mut input = Input::default();
    let mut errors = FieldErrors::new();
    for field in collection.fields.iter().filter(|f| f.writable()) {
        let given = body.get(field.name);
        if given.is_none() && require && field.required {
            errors.insert(field.name.into(), vec![REQUIRED.into()]);
            continue;
        }
        let Some(value) = given.or_else(|| existing.and_then(|e| e.get(field.name))) else {
            continue;
        };
        match parse_field(field, value) {
            Ok(v) => {
                input.values.insert(field.name, v);
            }
            Err(messages) => {
                errors.insert(field.name.into(), messages);
            }
        }
    }
    if let Some(clean) = collection.clean {
        clean(&mut input, body);
    }
    (input, errors)
}

/// Python's name for a JSON value's type, as DRF's messages show it.
fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "NoneType",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_f64() => "float",
        Value::Number(_) => "int",
        Value::String(_) => "str",
        Value::Array(_) => "list",
        Value::Object(_) => "dict",
    }
}

fn parse_field(field: &Field, value: &Value) -> Result<SqlValue, Vec<String>> {
    let one = |m: &str| vec![m.to_owned()];
    if value.is_null() {
        return if field.nullable {
            Ok(SqlValue::Null)
        } else {
            Err(one("This field may not be null."))
        };
    }
    match field.kind {
        Kind::Text => parse_text(field, value),
        Kind::Integer | Kind::Id => {
            let n = as_int(value).ok_or_else(|| one("A valid integer is required."))?;
            if let Some((min, max)) = field.range {
                if n < min {
                    return Err(vec![format!(
                        "Ensure this value is greater than or equal to {min}."
                    )]);
                }
                if n > max {
                    return Err(vec![format!(
                        "Ensure this value is less than or equal to {max}."
                    )]);
                }
            }
            Ok(SqlValue::Int(n))
        }
        Kind::Bool => match value {
            Value::Bool(b) => Ok(SqlValue::Bool(*b)),
            Value::String(s) => match s.as_str() {
                "true" | "True" | "1" => Ok(SqlValue::Bool(true)),
                "false" | "False" | "0" => Ok(SqlValue::Bool(false)),
                _ => Err(one("Must be a valid boolean.")),
            },
            Value::Number(n) if n.as_i64() == Some(1) => Ok(SqlValue::Bool(true)),
            Value::Number(n) if n.as_i64() == Some(0) => Ok(SqlValue::Bool(false)),
            _ => Err(one("Must be a valid boolean.")),
        },
        Kind::Date => {
            let wrong =
                || one("Date has wrong format. Use one of these formats instead: YYYY-MM-DD.");
            let date = value
                .as_str()
                .and_then(super::filter_values::parse_date)
                .ok_or_else(wrong)?;
            if field.not_future && date > chrono::Utc::now().date_naive() {
                return Err(one("Ensure this date is not in the future."));
            }
            Ok(SqlValue::Date(date))
        }
        Kind::Timestamp => value
            .as_str()
            .and_then(super::filter_values::parse_timestamp)
            .map(SqlValue::Timestamp)
            .ok_or_else(|| one("Datetime has wrong format. Use RFC 3339.")),
        Kind::ForeignKey(_) => parse_pk(value).map(SqlValue::Int).map_err(|m| vec![m]),
        Kind::ManyToMany(_) => {
            let Value::Array(items) = value else {
                return Err(vec![format!(
                    "Expected a list of items but got type \"{}\".",
                    type_name(value)
                )]);
            };
            let mut ids = Vec::with_capacity(items.len());
            for item in items {
                let id = parse_pk(item).map_err(|m| vec![m])?;
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            Ok(SqlValue::IntList(ids))
        }
    }
}

/// A JSON integer, or a string holding one (DRF accepts both).
fn as_int(value: &Value) -> Option<i64> {
    match value {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A primary key: a positive integer. Ids that cannot exist are reported
/// like missing ones.
fn parse_pk(value: &Value) -> Result<i64, String> {
    match value {
        Value::Number(n) => match n.as_i64() {
            Some(id) if id >= 1 => Ok(id),
            Some(id) => Err(invalid_pk(id)),
            None => Err(format!(
                "Incorrect type. Expected pk value, received {}.",
                type_name(value)
            )),
        },
        Value::String(s) => match s.trim().parse::<i64>() {
            Ok(id) if id >= 1 => Ok(id),
            _ => Err(format!(
                "Incorrect type. Expected pk value, received {}.",
                type_name(value)
            )),
        },
        other => Err(format!(
            "Incorrect type. Expected pk value, received {}.",
            type_name(other)
        )),
    }
}

fn parse_text(field: &Field, value: &Value) -> Result<SqlValue, Vec<String>> {
    let one = |m: &str| vec![m.to_owned()];
    let raw = match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => return Err(one("Not a valid string.")),
    };
    if raw.contains('\0') {
        return Err(one("Null characters are not allowed."));
    }
    let mut text = raw.trim().to_owned();
    if text.is_empty() {
        return if field.allow_blank {
            Ok(SqlValue::Text(text))
        } else if field.nullable {
            Ok(SqlValue::Null)
        } else {
            Err(one("This field may not be blank."))
        };
    }
    if let Some(max) = field.max_length {
        if text.chars().count() > max {
            return Err(vec![too_long(max)]);
        }
    }
    if let Some(format) = field.format {
        match check_format(format, &text) {
            Some(normalized) => text = normalized,
            None => return Err(one(format_message(format))),
        }
    }
    Ok(SqlValue::Text(text))
}

/// The normalized value when `text` has the shape, else `None`.
pub fn check_format(format: Format, text: &str) -> Option<String> {
    let alnum = |c: char| c.is_ascii_alphanumeric();
    let hyphenated = |text: &str, ok: &dyn Fn(char) -> bool| {
        !text.is_empty()
            && text
                .split('-')
                .all(|part| !part.is_empty() && part.chars().all(ok))
    };
    match format {
        Format::Color => {
            let hex = text.strip_prefix('#')?;
            (hex.len() == 6 && hex.chars().all(|c| c.is_ascii_hexdigit()))
                .then(|| text.to_ascii_lowercase())
        }
        Format::HttpUrl => {
            if text.chars().any(char::is_whitespace) {
                return None;
            }
            let url = url::Url::parse(text).ok()?;
            let scheme_ok = matches!(url.scheme(), "http" | "https");
            let lower = text.to_ascii_lowercase();
            let explicit = lower.starts_with("http://") || lower.starts_with("https://");
            let host_ok = url.host_str().is_some_and(|h| !h.is_empty());
            (scheme_ok && explicit && host_ok).then(|| text.to_owned())
        }
        Format::GithubId => hyphenated(text, &alnum).then(|| text.to_owned()),
        Format::Icon => hyphenated(text, &|c: char| {
            c.is_ascii_lowercase() || c.is_ascii_digit()
        })
        .then(|| text.to_owned()),
        Format::Username => text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "@.+-_".contains(c))
            .then(|| text.to_owned()),
        Format::Email => {
            let (local, domain) = text.split_once('@')?;
            let ok = !local.is_empty()
                && !domain.contains('@')
                && !text.chars().any(char::is_whitespace)
                && domain
                    .split_once('.')
                    .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty())
                && !domain.ends_with('.');
            ok.then(|| text.to_owned())
        }
        Format::Abbreviation => {
            let upper = text.to_ascii_uppercase();
            (upper.len() == 2 && upper.chars().all(|c| c.is_ascii_uppercase())).then_some(upper)
        }
    }
}

/// The ids an input points at, per reference field, for the existence check.
pub fn references(collection: &Collection, input: &Input) -> Vec<(&'static Field, Vec<i64>)> {
    collection
        .fields
        .iter()
        .filter_map(|f| {
            let ids = match (f.kind, input.get(f.name)) {
                (Kind::ForeignKey(_), Some(SqlValue::Int(id))) => vec![*id],
                (Kind::ManyToMany(_), Some(SqlValue::IntList(ids))) => ids.clone(),
                _ => return None,
            };
            (!ids.is_empty()).then_some((f, ids))
        })
        .collect()
}

/// Whether a field is stored in a column of the collection's own table.
pub fn is_column(field: &Field) -> bool {
    matches!(field.source, Source::Column(_))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colors_are_lower_cased_and_checked() {
        assert_eq!(
            check_format(Format::Color, "#A1b2C3"),
            Some("#a1b2c3".into())
        );
        assert_eq!(check_format(Format::Color, "a1b2c3"), None);
        assert_eq!(check_format(Format::Color, "#a1b2c"), None);
    }

    #[test]
    fn urls_must_be_absolute_http_or_https() {
        assert!(check_format(Format::HttpUrl, "https://example.com/x?y").is_some());
        assert!(check_format(Format::HttpUrl, "HTTP://EXAMPLE.COM").is_some());
        assert_eq!(check_format(Format::HttpUrl, "javascript:alert(1)"), None);
        assert_eq!(check_format(Format::HttpUrl, "ftp://example.com"), None);
        assert_eq!(check_format(Format::HttpUrl, "example.com"), None);
        assert_eq!(check_format(Format::HttpUrl, "https://exa mple.com"), None);
    }

    #[test]
    fn github_ids_allow_single_inner_hyphens_only() {
        assert!(check_format(Format::GithubId, "octo-cat9").is_some());
        assert_eq!(check_format(Format::GithubId, "-octo"), None);
        assert_eq!(check_format(Format::GithubId, "octo--cat"), None);
        assert_eq!(check_format(Format::GithubId, "octo_cat"), None);
    }

    #[test]
    fn emails_and_usernames_follow_the_schema() {
        assert!(check_format(Format::Email, "ann@example.org").is_some());
        assert_eq!(check_format(Format::Email, "ann@example"), None);
        assert_eq!(check_format(Format::Email, "a b@example.org"), None);
        assert!(check_format(Format::Username, "ann.b+c@d-e_f").is_some());
        assert_eq!(check_format(Format::Username, "ann b"), None);
    }

    #[test]
    fn abbreviations_are_upper_cased() {
        assert_eq!(check_format(Format::Abbreviation, "ca"), Some("CA".into()));
        assert_eq!(check_format(Format::Abbreviation, "CAL"), None);
    }
}
