//! Migrations: the SQL files of `migrations/`, embedded in the binary and
//! applied under an advisory lock so that instances booting together apply
//! each one exactly once and all come up.

use tokio_postgres::Client;

mod embedded {
    refinery::embed_migrations!("migrations");
}

/// The advisory lock key that serialises migrations ("mothra" in ASCII).
const MIGRATION_LOCK: i64 = 0x6d_6f_74_68_72_61;

/// Versions applied by one run.
#[derive(Debug)]
pub struct Applied {
    /// `V<n>__<name>` of each migration applied now, in order.
    pub names: Vec<String>,
}

/// Applies every pending migration. Waits for another instance's run first.
pub async fn run(client: &mut Client) -> Result<Applied, String> {
    client
        .execute("select pg_advisory_lock($1)", &[&MIGRATION_LOCK])
        .await
        .map_err(|e| format!("cannot take the migration lock: {e}"))?;
    let report = embedded::migrations::runner().run_async(client).await;
    // Unlock even when a migration failed; the session ending would too.
    let unlocked = client
        .execute("select pg_advisory_unlock($1)", &[&MIGRATION_LOCK])
        .await;
    let report = report.map_err(|e| {
        let hint = if e.to_string().contains("different than filesystem") {
            " (a migration file changed after this database applied it: shipped migrations \
             are never edited; a development database can be dropped and made again)"
        } else {
            ""
        };
        format!("migration failed: {e}{hint}")
    })?;
    unlocked.map_err(|e| format!("cannot release the migration lock: {e}"))?;
    Ok(Applied {
        names: report
            .applied_migrations()
            .iter()
            .map(|m| m.to_string())
            .collect(),
    })
}

/// The highest migration version embedded in this binary.
pub fn latest_version() -> i32 {
    embedded::migrations::runner()
        .get_migrations()
        .iter()
        .map(|m| m.version())
        .max()
        .unwrap_or(0)
}

/// How many migrations this binary carries.
pub fn count() -> usize {
    embedded::migrations::runner().get_migrations().len()
}

/// Whether the database has every migration this binary carries.
pub async fn is_current(client: &Client) -> Result<bool, tokio_postgres::Error> {
    let row = client
        .query_one(
            "select coalesce(max(version), 0) from refinery_schema_history",
            &[],
        )
        .await;
    match row {
        Ok(row) => Ok(row.get::<_, i32>(0) >= latest_version()),
        // Before the first migration the history table does not exist.
        Err(e) if e.code() == Some(&tokio_postgres::error::SqlState::UNDEFINED_TABLE) => Ok(false),
        Err(e) => Err(e),
    }
}
