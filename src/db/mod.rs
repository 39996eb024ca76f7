//! The database: choosing the server, the connection pool, migrations, and
//! (in the files beside this one) all of Mothra's SQL.

pub mod accounts;
pub mod backup;
pub mod collection_writes;
pub mod collections;
pub mod decide;
pub mod demo;
pub mod demo_words;
pub mod django;
pub mod error;
pub mod figures;
pub mod history;
pub mod local;
pub mod migrate;
pub mod moves;
pub mod pool;
pub mod record;
pub mod target;
pub mod tls;
pub mod users;

pub use pool::{Connection, Pool};
pub use target::Target;

/// Runs one statement for its effect, when how many rows it touched does
/// not matter.
pub async fn run(
    client: &impl tokio_postgres::GenericClient,
    sql: &str,
    params: &[&(dyn tokio_postgres::types::ToSql + Sync)],
) -> Result<(), tokio_postgres::Error> {
    client.execute(sql, params).await.map(drop)
}
