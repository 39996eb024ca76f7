//! The SQL that writes collections: inserts and updates of the declared
//! columns, many-to-many lists replaced in the same transaction, the
//! existence check behind "Invalid pk", and what blocks a delete.

use deadpool_postgres::GenericClient;

use super::collections::{cast, Sql};
use crate::model::collection::{Collection, Reference, Source};
use crate::model::input::Input;
use crate::model::sql_value::{params, SqlValue};

/// Ids among `ids` with no row in the table of `target`.
pub async fn missing_ids(
    client: &impl GenericClient,
    target_table: &str,
    ids: &[i64],
) -> Result<Vec<i64>, tokio_postgres::Error> {
    let text = format!(
        "select coalesce(array_agg(x order by o), '{{}}') from unnest($1::bigint[]) with ordinality as u(x, o) \
         where not exists (select 1 from {target_table} r where r.id = u.x)"
    );
    let statement = client.prepare_cached(&text).await?;
    let row = client.query_one(&statement, &[&ids]).await?;
    Ok(row.get(0))
}

/// Inserts the row (its column fields); returns its id.
pub async fn insert(
    client: &impl GenericClient,
    collection: &Collection,
    input: &Input,
) -> Result<i64, tokio_postgres::Error> {
    let mut sql = Sql::default();
    let mut columns = Vec::new();
    let mut values = Vec::new();
    for field in collection.fields {
        if let (Source::Column(c), Some(v)) = (field.source, input.get(field.name)) {
            columns.push(c);
            let p = sql.bind(v.clone());
            values.push(format!("{p}::{}", cast(field.kind)));
        }
    }
    sql.text = if columns.is_empty() {
        format!(
            "insert into {} default values returning id",
            collection.table
        )
    } else {
        format!(
            "insert into {} ({}) values ({}) returning id",
            collection.table,
            columns.join(", "),
            values.join(", ")
        )
    };
    let row = client
        .query_one(sql.text.as_str(), &params(&sql.params))
        .await?;
    let id: i64 = row.get(0);
    write_joins(client, collection, id, input).await?;
    Ok(id)
}

/// Updates the row's column fields present in `input` and replaces its
/// many-to-many lists; `false` when the row is gone.
pub async fn update(
    client: &impl GenericClient,
    collection: &Collection,
    id: i64,
    input: &Input,
) -> Result<bool, tokio_postgres::Error> {
    let mut sql = Sql::default();
    let mut sets = Vec::new();
    for field in collection.fields {
        if let (Source::Column(c), Some(v)) = (field.source, input.get(field.name)) {
            let p = sql.bind(v.clone());
            sets.push(format!("{c} = {p}::{}", cast(field.kind)));
        }
    }
    if sets.is_empty() {
        sets.push("updated_at = now()".into());
    }
    let p = sql.bind(SqlValue::Int(id));
    sql.text = format!(
        "update {} set {} where id = {p}",
        collection.table,
        sets.join(", ")
    );
    let n = client
        .execute(sql.text.as_str(), &params(&sql.params))
        .await?;
    if n == 0 {
        return Ok(false);
    }
    write_joins(client, collection, id, input).await?;
    Ok(true)
}

async fn write_joins(
    client: &impl GenericClient,
    collection: &Collection,
    id: i64,
    input: &Input,
) -> Result<(), tokio_postgres::Error> {
    for field in collection.fields {
        let (
            Source::Join {
                table, this, other, ..
            },
            Some(SqlValue::IntList(ids)),
        ) = (field.source, input.get(field.name))
        else {
            continue;
        };
        let delete =
            format!("delete from {table} where {this} = $1 and {other} <> all($2::bigint[])");
        client.execute(delete.as_str(), &[&id, ids]).await?;
        let insert = format!(
            "insert into {table} ({this}, {other}) select $1, x from unnest($2::bigint[]) x \
             on conflict do nothing"
        );
        client.execute(insert.as_str(), &[&id, ids]).await?;
    }
    Ok(())
}

/// How many rows of each referencing collection point at record `id`.
pub async fn reference_counts(
    client: &impl GenericClient,
    references: &[Reference],
    id: i64,
) -> Result<Vec<(&'static str, i64)>, tokio_postgres::Error> {
    let mut out: Vec<(&'static str, i64)> = Vec::new();
    for r in references {
        let target = match r.through {
            Some((table, column)) => format!("(select id from {table} where {column} = $1)"),
            None => "($1)".to_owned(),
        };
        let any: Vec<String> = r
            .columns
            .iter()
            .map(|c| format!("r.{c} in {target}"))
            .collect();
        let text = format!(
            "select count(*) from {} r where {}",
            r.table,
            any.join(" or ")
        );
        let n: i64 = client.query_one(text.as_str(), &[&id]).await?.get(0);
        match out.iter_mut().find(|(name, _)| *name == r.collection) {
            Some((_, total)) => *total += n,
            None => out.push((r.collection, n)),
        }
    }
    Ok(out)
}

/// Deletes record `id`; `false` when it was not there.
pub async fn delete(
    client: &impl GenericClient,
    collection: &Collection,
    id: i64,
) -> Result<bool, tokio_postgres::Error> {
    let text = format!("delete from {} where id = $1", collection.table);
    Ok(client.execute(text.as_str(), &[&id]).await? > 0)
}

/// The columns among `candidates` whose value another row of `table`
/// already holds, by the table's single-column unique indexes (named
/// `<table>_<column>_unique`, V1's convention). Compared as text ignoring
/// case and surrounding blanks, as those indexes compare names; `except`
/// is the row being updated. Used to report a clash together with other
/// fields' errors, before the write that the index itself would refuse.
pub async fn unique_clashes(
    client: &impl GenericClient,
    table: &str,
    candidates: &[(&'static str, SqlValue)],
    except: Option<i64>,
) -> Result<Vec<&'static str>, tokio_postgres::Error> {
    if candidates.is_empty() {
        return Ok(Vec::new());
    }
    let names: Vec<String> = candidates
        .iter()
        .map(|(column, _)| format!("{table}_{column}_unique"))
        .collect();
    let statement = client
        .prepare_cached(
            "select indexname::text from pg_indexes \
             where schemaname = current_schema() and tablename = $1 and indexname = any($2)",
        )
        .await?;
    let unique: Vec<String> = client
        .query(&statement, &[&table, &names])
        .await?
        .iter()
        .map(|row| row.get(0))
        .collect();
    let mut out = Vec::new();
    for ((column, value), name) in candidates.iter().zip(&names) {
        if !unique.contains(name) {
            continue;
        }
        let text = match value {
            SqlValue::Text(text) => text.clone(),
            SqlValue::Int(n) => n.to_string(),
            _ => continue,
        };
        let sql = format!(
            "select exists (select 1 from {table} where lower(btrim({column}::text)) = lower(btrim($1)) \
             and id is distinct from $2)"
        );
        let clash: bool = client
            .query_one(sql.as_str(), &[&text, &except])
            .await?
            .get(0);
        if clash {
            out.push(*column);
        }
    }
    Ok(out)
}
