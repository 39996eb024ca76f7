//! Export and import of all of Mothra's data as one JSON document: a backup
//! that a member of staff can read, and a way to move between servers.
//! Sessions, API tokens, one-time links and sign-in attempts are not data
//! but short-lived credentials: they are left out (members make new tokens).

use serde_json::{Map, Value};
use tokio_postgres::Client;

use super::migrate;

/// What the document says it is.
pub const FORMAT: &str = "mothra-export";

/// The tables, parents before children, so that inserting in this order
/// satisfies every foreign key. Identifiers come only from this list.
const TABLES: &[(&str, &str)] = &[
    ("grades", "id"),
    ("locations", "id"),
    ("org_types", "id"),
    ("domains", "id"),
    ("subjects", "id"),
    ("usage_types", "id"),
    ("data_interfaces", "id"),
    ("organizations", "id"),
    ("organization_grades", "organization_id, grade_id"),
    ("organization_locations", "organization_id, location_id"),
    ("users", "id"),
    ("profiles", "id"),
    ("products", "id"),
    ("usages", "id"),
    // After the members (its actors) and the recorded tables.
    ("change_history", "id"),
];

/// Tables whose rows mean the database is in use (import refuses those).
const CONTENT_TABLES: &[&str] = &["users", "organizations", "products", "usages"];

/// Why an export or import failed.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// The database refused.
    #[error("database: {0}")]
    Database(#[from] tokio_postgres::Error),
    /// The document is not one we can import.
    #[error("{0}")]
    Document(String),
}

/// The first content table that has rows: an import, of either kind,
/// goes only into a database nobody uses yet.
pub async fn content_in_use(
    client: &impl tokio_postgres::GenericClient,
) -> Result<Option<&'static str>, tokio_postgres::Error> {
    for table in CONTENT_TABLES {
        let used: bool = client
            .query_one(&format!("select exists (select 1 from {table})"), &[])
            .await?
            .get(0);
        if used {
            return Ok(Some(table));
        }
    }
    Ok(None)
}

/// Every table's rows, in a stable order, with the schema version.
pub async fn export(client: &Client) -> Result<Value, BackupError> {
    let mut tables = Map::new();
    for (table, order) in TABLES {
        let sql =
            format!("select coalesce(json_agg(t order by {order}), '[]'::json) from {table} t");
        let rows: Value = client.query_one(&sql, &[]).await?.get(0);
        tables.insert((*table).to_owned(), rows);
    }
    Ok(serde_json::json!({
        "format": FORMAT,
        "schema_version": migrate::latest_version(),
        "tables": tables,
    }))
}

/// Loads a document into a migrated database that holds no members,
/// organizations, products or reviews yet (the seeded reference data is
/// replaced by the document's). All or nothing: one transaction.
pub async fn import(client: &mut Client, document: &Value) -> Result<usize, BackupError> {
    if document.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(BackupError::Document(format!("not a {FORMAT} document")));
    }
    let version = document
        .get("schema_version")
        .and_then(Value::as_i64)
        .unwrap_or(-1);
    if version != i64::from(migrate::latest_version()) {
        return Err(BackupError::Document(format!(
            "the document is from schema version {version}, this mothra has {}; import it with the mothra that exported it",
            migrate::latest_version()
        )));
    }
    let tables = document
        .get("tables")
        .and_then(Value::as_object)
        .ok_or_else(|| BackupError::Document("the document has no tables".into()))?;

    let tx = client.transaction().await?;
    // The document carries the history; the rows it loads are not edits.
    super::history::pause(&tx).await?;
    if let Some(table) = content_in_use(&tx).await? {
        return Err(BackupError::Document(format!(
            "the database already has {table}; import only into a new, empty database"
        )));
    }
    // Clear the seeded reference data, children first.
    for (table, _) in TABLES.iter().rev() {
        tx.execute(&format!("delete from {table}"), &[]).await?;
    }
    let mut rows = 0;
    for (table, _) in TABLES {
        let data = tables
            .get(*table)
            .cloned()
            .unwrap_or(Value::Array(Vec::new()));
        if !data.is_array() {
            return Err(BackupError::Document(format!(
                "{table} must be a list of rows"
            )));
        }
        if *table == "profiles" {
            // Profiles made for each user as it was inserted give way to the
            // document's own.
            tx.execute("delete from profiles", &[]).await?;
        }
        rows += tx
            .execute(
                &format!(
                    "insert into {table} overriding system value \
                     select * from json_populate_recordset(null::{table}, $1::json)"
                ),
                &[&data],
            )
            .await? as usize;
        let has_identity = TABLES.iter().any(|(t, order)| t == table && *order == "id");
        if has_identity {
            // Later inserts must not collide with the imported ids.
            tx.execute(
                &format!(
                    "select setval(pg_get_serial_sequence('{table}', 'id'), \
                     coalesce((select max(id) from {table}), 0) + 1, false)"
                ),
                &[],
            )
            .await?;
        }
    }
    tx.commit().await?;
    Ok(rows)
}
