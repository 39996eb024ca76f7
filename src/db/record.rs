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

use std::fmt::Write;

use chrono::{DateTime, NaiveDate, Utc};
use tokio_postgres::Row;

use crate::model::collection::{Collection, Kind};

/// How a timestamp is written: RFC 3339 in UTC with microseconds, as the
/// Django original's serializers wrote it.
pub const TIMESTAMP_FORMAT: &str = "%Y-%m-%dT%H:%M:%S%.6fZ";

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
        match self {
            Value::Date(date) => Some(date.format("%Y-%m-%d").to_string()),
            Value::Timestamp(at) => Some(at.format(TIMESTAMP_FORMAT).to_string()),
            _ => None,
        }
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
pub fn push_json(
    out: &mut String,
    collection: &Collection,
    values: &[Value],
    extra: Option<(&str, &str)>,
) {
    out.push('{');
    for (i, (field, value)) in collection.fields.iter().zip(values).enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_key(out, field.name);
        push_value(out, value);
    }
    if let Some((key, json)) = extra {
        if !values.is_empty() {
            out.push(',');
        }
        push_key(out, key);
        out.push_str(json);
    }
    out.push('}');
}

fn push_key(out: &mut String, key: &str) {
    push_string(out, key);
    out.push(':');
}

fn push_value(out: &mut String, value: &Value) {
    // `write!` into a String cannot fail.
    let _ = match value {
        Value::Null => write!(out, "null"),
        Value::Int(n) => write!(out, "{n}"),
        Value::Bool(b) => write!(out, "{b}"),
        Value::Text(text) => {
            push_string(out, text);
            Ok(())
        }
        Value::Date(date) => write!(out, "\"{}\"", date.format("%Y-%m-%d")),
        Value::Timestamp(at) => write!(out, "\"{}\"", at.format(TIMESTAMP_FORMAT)),
        Value::Ids(ids) => {
            out.push('[');
            for (i, id) in ids.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                let _ = write!(out, "{id}");
            }
            out.push(']');
            Ok(())
        }
    };
}

/// A JSON string: quotes, backslashes and control characters escaped as
/// RFC 8259 requires (and as `serde_json` and PostgreSQL write them);
/// everything else, non-ASCII included, as it is.
fn push_string(out: &mut String, text: &str) {
    out.push('"');
    let mut plain = 0;
    for (i, byte) in text.bytes().enumerate() {
        let escaped = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&text[plain..i]);
        if escaped.is_empty() {
            let _ = write!(out, "\\u{byte:04x}");
        } else {
            out.push_str(escaped);
        }
        plain = i + 1;
    }
    out.push_str(&text[plain..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_string(text: &str) -> String {
        let mut out = String::new();
        push_string(&mut out, text);
        out
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
    fn timestamps_have_microseconds_and_a_z() {
        let at = DateTime::parse_from_rfc3339("2026-01-02T03:04:05.000120+02:00")
            .unwrap()
            .with_timezone(&Utc);
        let mut out = String::new();
        push_value(&mut out, &Value::Timestamp(at));
        assert_eq!(out, "\"2026-01-02T01:04:05.000120Z\"");
        assert_eq!(
            Value::Timestamp(at).time_text().as_deref(),
            Some("2026-01-02T01:04:05.000120Z")
        );
    }

    #[test]
    fn values_of_every_kind_are_written_compactly() {
        let mut out = String::new();
        for value in [
            Value::Null,
            Value::Int(-42),
            Value::Bool(true),
            Value::Date(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()),
            Value::Ids(vec![]),
            Value::Ids(vec![3, 1, 2]),
        ] {
            push_value(&mut out, &value);
            out.push(' ');
        }
        assert_eq!(out, "null -42 true \"2026-11-30\" [] [3,1,2] ");
    }
}
