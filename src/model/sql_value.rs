//! A parameter of dynamic SQL: every value a filter or a write binds, typed
//! once when the request is parsed. The SQL always casts the placeholder
//! (`$1::bigint`), so the server's type and the variant agree.

use bytes::BytesMut;
use chrono::{DateTime, NaiveDate, Utc};
use tokio_postgres::types::{IsNull, ToSql, Type};

/// One bound value.
#[derive(Debug, Clone, PartialEq)]
pub enum SqlValue {
    /// SQL null (any type).
    Null,
    /// `bigint` (every id and integer is bound as bigint).
    Int(i64),
    /// `text`.
    Text(String),
    /// `boolean`.
    Bool(bool),
    /// `date`.
    Date(NaiveDate),
    /// `timestamptz`.
    Timestamp(DateTime<Utc>),
    /// `bigint[]`.
    IntList(Vec<i64>),
}

type BoxError = Box<dyn std::error::Error + Sync + Send>;

impl ToSql for SqlValue {
    fn to_sql(&self, ty: &Type, out: &mut BytesMut) -> Result<IsNull, BoxError> {
        match self {
            SqlValue::Null => Ok(IsNull::Yes),
            SqlValue::Int(v) => v.to_sql(ty, out),
            SqlValue::Text(v) => v.to_sql(ty, out),
            SqlValue::Bool(v) => v.to_sql(ty, out),
            SqlValue::Date(v) => v.to_sql(ty, out),
            SqlValue::Timestamp(v) => v.to_sql(ty, out),
            SqlValue::IntList(v) => v.to_sql(ty, out),
        }
    }

    fn accepts(_ty: &Type) -> bool {
        // Checked per value in `to_sql_checked`.
        true
    }

    fn to_sql_checked(&self, ty: &Type, out: &mut BytesMut) -> Result<IsNull, BoxError> {
        match self {
            SqlValue::Null => Ok(IsNull::Yes),
            SqlValue::Int(v) => v.to_sql_checked(ty, out),
            SqlValue::Text(v) => v.to_sql_checked(ty, out),
            SqlValue::Bool(v) => v.to_sql_checked(ty, out),
            SqlValue::Date(v) => v.to_sql_checked(ty, out),
            SqlValue::Timestamp(v) => v.to_sql_checked(ty, out),
            SqlValue::IntList(v) => v.to_sql_checked(ty, out),
        }
    }
}

/// The values as the driver wants them.
pub fn params(values: &[SqlValue]) -> Vec<&(dyn ToSql + Sync)> {
    values.iter().map(|v| v as &(dyn ToSql + Sync)).collect()
}
