//! CSV rows from the JSON records PostgreSQL builds: one column per
//! declared field, many-to-many ids joined by `;`, and cells a spreadsheet
//! would run as a formula defused with a leading quote.

use serde_json::Value;

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

/// Appends the row of one record (JSON text) to `out`.
pub fn push_row(out: &mut String, collection: &Collection, record: &str) {
    let value: Value = serde_json::from_str(record).unwrap_or(Value::Null);
    for (i, field) in collection.fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let text = match value.get(field.name) {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            Some(Value::Array(items)) => items
                .iter()
                .map(|v| match v {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect::<Vec<_>>()
                .join(";"),
            Some(other) => other.to_string(),
        };
        let numeric = matches!(value.get(field.name), Some(Value::Number(_)));
        out.push_str(&if numeric { text } else { cell(&text) });
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
        push_row(
            &mut out,
            c,
            r#"{"id": 3, "name": "=evil", "size": null, "org_type": 1, "grades": [1, 2], "locations": [], "grade_range": "K-8", "created_at": "t", "updated_at": "u"}"#,
        );
        assert_eq!(out, "3,'=evil,,1,1;2,,K-8,t,u\r\n");
        assert_eq!(
            header(c),
            "id,name,size,org_type,grades,locations,grade_range,created_at,updated_at\r\n"
        );
    }
}
