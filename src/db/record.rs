//! A record read from its typed columns, and written as the API shows it.
//!
//! The select list ([`super::collections`]) reads every declared field as
//! its kind's SQL type, in declared order; [`values`] takes them from the
//! row, and [`push_json`] writes them as one compact JSON object
//! (`{"id":1,"name":"…"}`, keys in declared order, timestamps as DRF
//! writes them). PostgreSQL used to write that JSON itself (`row_to_json`,
//! and `to_char` for every timestamp): two thirds of the products page's
//! statement (docs/performance.md). Typed columns cost it nothing to send,
//! and writing them here takes microseconds a page.

use chrono::{DateTime, NaiveDate, Utc};
use tokio_postgres::Row;

use crate::model::collection::{Collection, Kind};

/// One field's value, as read from its column.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'r> {
    /// SQL null.
    Null,
    /// An id, a foreign key or an integer.
    Int(i64),
    /// `true` / `false`.
    Bool(bool),
    /// Text, borrowed from the row.
    Text(&'r str),
    /// A calendar date.
    Date(NaiveDate),
    /// A point in time.
    Timestamp(DateTime<Utc>),
    /// The ids of a many-to-many field.
    Ids(Vec<i64>),
}

impl Value<'_> {
    /// The text a date or a timestamp is written as; `None` for the others.
    pub fn time_text(&self) -> Option<String> {
        let mut out = Vec::new();
        push_time(&mut out, self).then(|| String::from_utf8_lossy(&out).into_owned())
    }
}

/// Appends a date (`2026-11-30`) or a timestamp (RFC 3339 in UTC with
/// microseconds, `2026-11-30T12:00:00.500000Z`, as the Django original's
/// serializers wrote it) to `out`; `false` for any other value. Written
/// from the fields: chrono's `format` parses its pattern on every call, a
/// third of the server's time on a page of 250 products.
fn push_time(out: &mut Vec<u8>, value: &Value) -> bool {
    use chrono::{Datelike, Timelike};
    let date = match value {
        Value::Date(date) => *date,
        Value::Timestamp(at) => at.date_naive(),
        _ => return false,
    };
    match u32::try_from(date.year()) {
        Ok(year) if year <= 9999 => push_digits(out, year, 4),
        _ => out.extend_from_slice(format!("{:04}", date.year()).as_bytes()),
    }
    out.push(b'-');
    push_digits(out, date.month(), 2);
    out.push(b'-');
    push_digits(out, date.day(), 2);
    if let Value::Timestamp(at) = value {
        out.push(b'T');
        push_digits(out, at.hour(), 2);
        out.push(b':');
        push_digits(out, at.minute(), 2);
        out.push(b':');
        push_digits(out, at.second(), 2);
        out.push(b'.');
        // A leap second's nanoseconds run past 10⁹ in chrono; PostgreSQL has none.
        push_digits(out, at.nanosecond() % 1_000_000_000 / 1_000, 6);
        out.push(b'Z');
    }
    true
}

/// `n`'s last `width` decimal digits, zero-padded.
fn push_digits(out: &mut Vec<u8>, n: u32, width: u32) {
    for place in (0..width).rev() {
        let digit = n / 10u32.pow(place) % 10;
        out.push(b'0' + digit as u8);
    }
}

/// The values of `collection`'s fields, from the row's columns `first`,
/// `first + 1`, … (one per field, in declared order, each selected as its
/// kind's SQL type, [`super::collections::cast`]).
pub fn values<'r>(
    collection: &Collection,
    row: &'r Row,
    first: usize,
) -> Result<Vec<Value<'r>>, tokio_postgres::Error> {
    collection
        .fields
        .iter()
        .enumerate()
        .map(|(i, field)| value(row, first + i, field.kind))
        .collect()
}

fn value(row: &Row, index: usize, kind: Kind) -> Result<Value<'_>, tokio_postgres::Error> {
    fn or_null<T>(value: Option<T>, to: impl FnOnce(T) -> Value<'static>) -> Value<'static> {
        value.map_or(Value::Null, to)
    }
    Ok(match kind {
        Kind::Id | Kind::Integer | Kind::ForeignKey(_) => or_null(row.try_get(index)?, Value::Int),
        Kind::ManyToMany(_) => or_null(row.try_get(index)?, Value::Ids),
        Kind::Text => row
            .try_get::<_, Option<&str>>(index)?
            .map_or(Value::Null, Value::Text),
        Kind::Bool => or_null(row.try_get(index)?, Value::Bool),
        Kind::Date => or_null(row.try_get(index)?, Value::Date),
        Kind::Timestamp => or_null(row.try_get(index)?, Value::Timestamp),
    })
}

/// The record as a JSON object's map (for code that reads a record's
/// fields by name: the judge, partial updates).
pub fn to_map(
    collection: &Collection,
    values: &[Value],
) -> serde_json::Map<String, serde_json::Value> {
    collection
        .fields
        .iter()
        .zip(values)
        .map(|(field, value)| (field.name.to_owned(), value.to_json()))
        .collect()
}

impl Value<'_> {
    /// The value as a JSON tree, as [`push_json`] writes it.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as Json;
        match self {
            Value::Null => Json::Null,
            Value::Int(n) => Json::from(*n),
            Value::Bool(b) => Json::from(*b),
            Value::Text(text) => Json::from(*text),
            Value::Date(_) | Value::Timestamp(_) => Json::from(self.time_text()),
            Value::Ids(ids) => Json::from(ids.clone()),
        }
    }
}

/// Appends the record of `collection` whose field values are `values` to
/// `out` as a compact JSON object, optionally with one more member,
/// `extra` (a key and the JSON text of its value), after the fields.
/// Strings and integers go through serde_json's serializer (its escape
/// table and integer writer: a byte-by-byte escaper and `fmt` were a
/// fifth of the server's time on a page of 250 products).
pub fn push_json(
    out: &mut Vec<u8>,
    collection: &Collection,
    values: &[Value],
    extra: Option<(&str, &[u8])>,
) {
    out.push(b'{');
    for (i, (field, value)) in collection.fields.iter().zip(values).enumerate() {
        if i > 0 {
            out.push(b',');
        }
        push_key(out, field.name);
        push_value(out, value);
    }
    if let Some((key, json)) = extra {
        if !values.is_empty() {
            out.push(b',');
        }
        push_key(out, key);
        out.extend_from_slice(json);
    }
    out.push(b'}');
}

fn push_key(out: &mut Vec<u8>, key: &str) {
    push_serialized(out, key);
    out.push(b':');
}

/// Writes a string or an integer with serde_json. Writing into a `Vec`
/// cannot fail, nor can serializing these types.
fn push_serialized<T: serde::Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    let _ = value.serialize(&mut serde_json::Serializer::new(&mut *out));
}

fn push_value(out: &mut Vec<u8>, value: &Value) {
    match value {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Int(n) => push_serialized(out, n),
        Value::Bool(true) => out.extend_from_slice(b"true"),
        Value::Bool(false) => out.extend_from_slice(b"false"),
        Value::Text(text) => push_serialized(out, *text),
        Value::Date(_) | Value::Timestamp(_) => {
            out.push(b'"');
            push_time(out, value);
            out.push(b'"');
        }
        Value::Ids(ids) => push_serialized(out, ids),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_string(text: &str) -> String {
        let mut out = Vec::new();
        push_value(&mut out, &Value::Text(text));
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        for text in [
            "plain",
            "",
            "quote \" and backslash \\",
            "lines\nand\rtabs\t",
            "controls \u{1} \u{8} \u{c} \u{1f} \u{7f}",
            "accents: é, ü, 日本語, emoji 🦋",
            "</script>",
        ] {
            assert_eq!(
                json_string(text),
                serde_json::to_string(text).unwrap(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn times_are_written_as_chrono_formats_them() {
        let mut at = DateTime::parse_from_rfc3339("0001-01-01T00:00:00Z")
            .unwrap()
            .to_utc();
        for _ in 0..2000 {
            let text = Value::Timestamp(at).time_text().unwrap();
            assert_eq!(text, at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string());
            let date = Value::Date(at.date_naive()).time_text().unwrap();
            assert_eq!(date, at.date_naive().format("%Y-%m-%d").to_string());
            at += chrono::Duration::microseconds(1_987_654_321_987);
        }
    }

    #[test]
    fn timestamps_have_microseconds_and_a_z() {
        let at = DateTime::parse_from_rfc3339("2026-01-02T03:04:05.000120+02:00")
            .unwrap()
            .with_timezone(&Utc);
        let mut out = Vec::new();
        push_value(&mut out, &Value::Timestamp(at));
        assert_eq!(out, b"\"2026-01-02T01:04:05.000120Z\"");
        assert_eq!(
            Value::Timestamp(at).time_text().as_deref(),
            Some("2026-01-02T01:04:05.000120Z")
        );
    }

    #[test]
    fn values_of_every_kind_are_written_compactly() {
        let mut out = Vec::new();
        for value in [
            Value::Null,
            Value::Int(-42),
            Value::Bool(true),
            Value::Date(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()),
            Value::Ids(vec![]),
            Value::Ids(vec![3, 1, 2]),
        ] {
            push_value(&mut out, &value);
            out.push(b' ');
        }
        assert_eq!(out, b"null -42 true \"2026-11-30\" [] [3,1,2] ");
    }
}
