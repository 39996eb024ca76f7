//! CSV rows from records' field values (`db::record`): one column per
//! declared field, many-to-many ids joined by `;`, and cells a spreadsheet
//! would run as a formula defused with a leading quote.

use crate::db::record::Value;
use crate::model::collection::Collection;

/// The header row (field names), with its line end.
pub fn header(collection: &Collection) -> String {
    let mut line = collection
        .fields
        .iter()
        .map(|f| cell(f.name))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// Appends the row of one record (its field values) to `out`.
pub fn push_row(out: &mut String, values: &[Value]) {
    for (i, value) in values.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        match value {
            Value::Null => {}
            Value::Int(n) => out.push_str(&n.to_string()),
            Value::Bool(b) => out.push_str(&cell(&b.to_string())),
            Value::Text(text) => out.push_str(&cell(text)),
            Value::Date(_) | Value::Timestamp(_) => {
                out.push_str(&cell(&value.time_text().unwrap_or_default()));
            }
            Value::Ids(ids) => {
                let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
                out.push_str(&cell(&ids.join(";")));
            }
        }
    }
    out.push_str("\r\n");
}

/// One text cell: defused if it could start a formula, quoted if needed.
pub fn cell(text: &str) -> String {
    let defused = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if defused.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_defused() {
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("plain"), "plain");
    }

    #[test]
    fn cells_with_separators_are_quoted() {
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell("\rx"), "\"'\rx\"");
    }

    #[test]
    fn rows_follow_the_declared_fields() {
        let c = &crate::api::collections::organizations::COLLECTION;
        let mut out = String::new();
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-30T12:00:00.5Z")
            .expect("a time")
            .to_utc();
        push_row(
            &mut out,
            &[
                Value::Int(3),
                Value::Text("=evil"),
                Value::Null,
                Value::Int(1),
                Value::Ids(vec![1, 2]),
                Value::Ids(vec![]),
                Value::Text("K-8, 9"),
                Value::Timestamp(at),
                Value::Bool(true),
            ],
        );
        assert_eq!(
            out,
            "3,'=evil,,1,1;2,,\"K-8, 9\",2026-11-30T12:00:00.500000Z,true\r\n"
        );
        assert_eq!(
            header(c),
            "id,name,size,org_type,grades,locations,grade_range,created_at,updated_at\r\n"
        );
    }
}
