//! Filter values as django-filter reads them: integers, booleans, dates,
//! timestamps, comma-separated id lists, LIKE patterns.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc};

use super::collection::Kind;
use super::list::Lookup;
use crate::model::sql_value::SqlValue;

/// Escapes `\`, `%` and `_` so a term matches literally inside LIKE.
pub fn escape_like(term: &str) -> String {
    let mut out = String::with_capacity(term.len());
    for c in term.chars() {
        if matches!(c, '\\' | '%' | '_') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub(super) fn expected(kind: Kind, lookup: Lookup) -> &'static str {
    match (lookup, kind) {
        (Lookup::IsNull, _) => "true or false",
        (Lookup::In, _) => "comma-separated integers",
        (_, Kind::Id | Kind::Integer | Kind::ForeignKey(_) | Kind::ManyToMany(_)) => "an integer",
        (_, Kind::Bool) => "true or false",
        (_, Kind::Date) => "a date (YYYY-MM-DD)",
        (_, Kind::Timestamp) => "a date or an RFC 3339 date-time",
        (_, Kind::Text) => "text",
    }
}

/// `true`/`false` as django-filter's boolean widget reads them.
pub fn parse_bool(value: &str) -> Option<bool> {
    match value {
        "true" | "True" | "1" => Some(true),
        "false" | "False" | "0" => Some(false),
        _ => None,
    }
}

fn parse_int(value: &str) -> Option<i64> {
    value.trim().parse().ok()
}

/// `YYYY-MM-DD`, years 1 to 9999 (PostgreSQL refuses some years chrono
/// accepts; nobody means the others).
pub fn parse_date(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| (1..=9999).contains(&d.year()))
}

/// RFC 3339, a naive date-time (UTC), or a date (midnight UTC).
pub fn parse_timestamp(value: &str) -> Option<DateTime<Utc>> {
    let value = value.trim();
    let parsed = DateTime::parse_from_rfc3339(value)
        .ok()
        .map(|t| t.with_timezone(&Utc))
        .or_else(|| {
            [
                "%Y-%m-%dT%H:%M:%S%.f",
                "%Y-%m-%d %H:%M:%S%.f",
                "%Y-%m-%dT%H:%M",
            ]
            .iter()
            .find_map(|f| NaiveDateTime::parse_from_str(value, f).ok())
            .map(|t| t.and_utc())
        })
        .or_else(|| {
            parse_date(value)
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|t| t.and_utc())
        });
    parsed.filter(|t| (1..=9999).contains(&t.year()))
}

pub(super) fn parse_value(kind: Kind, lookup: Lookup, value: &str) -> Option<SqlValue> {
    match lookup {
        Lookup::IsNull => return parse_bool(value).map(SqlValue::Bool),
        Lookup::In => {
            let ids: Option<Vec<i64>> = value.split(',').map(parse_int).collect();
            return ids.filter(|ids| !ids.is_empty()).map(SqlValue::IntList);
        }
        Lookup::IContains | Lookup::IStartsWith => return Some(SqlValue::Text(escape_like(value))),
        _ => {}
    }
    match kind {
        Kind::Id | Kind::Integer | Kind::ForeignKey(_) | Kind::ManyToMany(_) => {
            parse_int(value).map(SqlValue::Int)
        }
        Kind::Text => Some(SqlValue::Text(value.to_owned())),
        Kind::Bool => parse_bool(value).map(SqlValue::Bool),
        Kind::Date => parse_date(value).map(SqlValue::Date),
        Kind::Timestamp => parse_timestamp(value).map(SqlValue::Timestamp),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_metacharacters_are_escaped() {
        assert_eq!(escape_like(r"50%_a\b"), r"50\%\_a\\b");
    }

    #[test]
    fn dates_and_timestamps_stay_within_years_postgresql_takes() {
        assert!(parse_date("2024-02-29").is_some());
        assert!(parse_date("2023-02-29").is_none());
        assert!(parse_date("+12345-01-01").is_none());
        assert!(parse_date("-0001-01-01").is_none());
        assert!(parse_timestamp("2024-01-02T03:04:05Z").is_some());
        assert!(parse_timestamp("2024-01-02T03:04:05+02:00").is_some());
        assert!(parse_timestamp("2024-01-02").is_some());
        assert!(parse_timestamp("99999-01-01T00:00:00Z").is_none());
        assert!(parse_timestamp("yesterday").is_none());
    }
}
