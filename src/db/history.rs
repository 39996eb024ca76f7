//! The change history of products, organizations and reviews (V21): the
//! database's triggers write it; here the server names who acts in a write
//! transaction, bulk loads switch it off for theirs, and the API reads a
//! record's or a member's changes, newest first. Plans and times:
//! docs/decide.md ("What changed").

use serde_json::Value;
use tokio_postgres::{Client, GenericClient, Row};

/// The tables whose changes are recorded (V21's triggers), which are also
/// the names of their collections. Identifiers spliced into SQL here come
/// only from this list.
pub const RECORDED: [&str; 3] = ["products", "organizations", "usages"];

/// Names `user_id` as the member acting in this transaction: the triggers
/// record them as the actor of every change it makes. Transaction-local,
/// so a pooled connection never carries it into the next request.
pub async fn set_actor(
    client: &impl GenericClient,
    user_id: i64,
) -> Result<(), tokio_postgres::Error> {
    client
        .execute(
            "select set_config('mothra.actor', $1, true)",
            &[&user_id.to_string()],
        )
        .await
        .map(drop)
}

/// Records no history for the rest of this transaction: for loads that
/// bring their own (an import's document) or are not edits (the demo's
/// bulk data).
pub async fn pause(client: &impl GenericClient) -> Result<(), tokio_postgres::Error> {
    client
        .execute("select set_config('mothra.history', 'off', true)", &[])
        .await
        .map(drop)
}

/// One recorded change, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// `change_history.id`.
    pub id: i64,
    /// The recorded table (one of [`RECORDED`]).
    pub table: String,
    /// The record's id.
    pub record: i64,
    /// What the record's name was when read (null once it is deleted).
    pub record_name: Option<String>,
    /// `created`, `updated` or `deleted`.
    pub action: String,
    /// The column or join field of an update; none for the other actions.
    pub field: Option<String>,
    /// The value before (the whole record, for a deletion).
    pub old: Option<Value>,
    /// The value after (the whole record, for a creation).
    pub new: Option<Value>,
    /// When, as the API writes timestamps (JSON text of the timestamptz).
    pub at: Value,
    /// Who, when a member made it and still exists: (users.id, username).
    pub actor: Option<(i64, String)>,
}

/// What is known of a record: whether it exists, and whether it has any
/// history (a deleted record may).
pub async fn record_state(
    client: &Client,
    table: &'static str,
    id: i64,
) -> Result<(bool, bool), tokio_postgres::Error> {
    debug_assert!(RECORDED.contains(&table));
    let sql = format!(
        "select exists (select 1 from {table} where id = $2), \
                exists (select 1 from change_history where table_name = $1 and record_id = $2)"
    );
    let row = client.query_one(&sql, &[&table, &id]).await?;
    Ok((row.get(0), row.get(1)))
}

/// The columns every page of changes selects: the change, its actor, and
/// the record's name now (a review's is "<organization> - <product>",
/// domain.md), each look-up one primary-key probe. Joined to the page's
/// ids, found first from an index alone, so that the rows an `offset`
/// skips are never looked up.
const COLUMNS: &str = "
select h.id, h.table_name, h.record_id, h.action, h.field, h.old_value, h.new_value,
       to_jsonb(h.created_at) as at, h.actor_id, u.username,
       case h.table_name
           when 'products' then (select p.name from products p where p.id = h.record_id)
           when 'organizations' then (select o.name from organizations o where o.id = h.record_id)
           when 'usages' then (select o.name || ' - ' || p.name
                                 from usages r
                                 join organizations o on o.id = r.organization_id
                                 join products p on p.id = r.product_id
                                where r.id = h.record_id)
       end as record_name
  from change_history h
  left join users u on u.id = h.actor_id";

/// A record's changes, newest first: how many, and one page of them.
pub async fn of_record(
    client: &Client,
    table: &'static str,
    id: i64,
    limit: i64,
    offset: i64,
) -> Result<(i64, Vec<Change>), tokio_postgres::Error> {
    let count: i64 = client
        .query_one(
            "select count(*) from change_history where table_name = $1 and record_id = $2",
            &[&table, &id],
        )
        .await?
        .get(0);
    let sql = format!(
        "{COLUMNS}
          join (select id from change_history
                 where table_name = $1 and record_id = $2
                 order by created_at desc, id desc
                 limit $3 offset $4) page on page.id = h.id
         order by h.created_at desc, h.id desc"
    );
    let rows = client.query(&sql, &[&table, &id, &limit, &offset]).await?;
    Ok((count, rows.iter().map(change).collect()))
}

/// The changes made by member `actor` across records (every change when
/// `None`), newest first: how many, and one page of them.
pub async fn by_actor(
    client: &Client,
    actor: Option<i64>,
    limit: i64,
    offset: i64,
) -> Result<(i64, Vec<Change>), tokio_postgres::Error> {
    // Two statements rather than `actor_id = $1 or $1 is null`, so each
    // has the plan of its own index.
    let (count_sql, filter) = match actor {
        Some(_) => (
            "select count(*) from change_history where actor_id = $1",
            "where actor_id = $1",
        ),
        None => (
            "select count(*) from change_history where $1::bigint is null",
            "where $1::bigint is null",
        ),
    };
    let count: i64 = client.query_one(count_sql, &[&actor]).await?.get(0);
    let sql = format!(
        "{COLUMNS}
          join (select id from change_history
                 {filter}
                 order by created_at desc, id desc
                 limit $2 offset $3) page on page.id = h.id
         order by h.created_at desc, h.id desc"
    );
    let rows = client.query(&sql, &[&actor, &limit, &offset]).await?;
    Ok((count, rows.iter().map(change).collect()))
}

/// Whether user `id` exists.
pub async fn user_exists(client: &Client, id: i64) -> Result<bool, tokio_postgres::Error> {
    client
        .query_one("select exists (select 1 from users where id = $1)", &[&id])
        .await
        .map(|row| row.get(0))
}

fn change(row: &Row) -> Change {
    let actor: Option<i64> = row.get("actor_id");
    let username: Option<String> = row.get("username");
    Change {
        id: row.get("id"),
        table: row.get("table_name"),
        record: row.get("record_id"),
        record_name: row.get("record_name"),
        action: row.get("action"),
        field: row.get("field"),
        old: row.get("old_value"),
        new: row.get("new_value"),
        at: row.get("at"),
        actor: actor.zip(username),
    }
}
