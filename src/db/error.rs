//! The database layer's failures, classified once: what a client may
//! retry (the connection broke, a timeout, a deadlock's victim) and what
//! is a fault. Constraint violations keep their `tokio_postgres::Error`
//! until the HTTP edge reads their names (`api::constraints`).

use tokio_postgres::error::SqlState;

/// A database call that failed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum DbError {
    /// No connection in time, a broken connection, a cancelled statement or
    /// a rolled-back transaction: nothing was written, a retry may succeed.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// Anything else: a fault, logged, never shown to a client.
    #[error("database error: {0}")]
    Internal(String),
}

impl From<deadpool_postgres::PoolError> for DbError {
    fn from(e: deadpool_postgres::PoolError) -> Self {
        // Every pool failure means no connection could be had in time.
        DbError::Unavailable(e.to_string())
    }
}

impl From<tokio_postgres::Error> for DbError {
    fn from(e: tokio_postgres::Error) -> Self {
        if e.is_closed() || broke_in_transit(&e) {
            // The connection broke (server restart, network): retryable.
            DbError::Unavailable(e.to_string())
        } else if matches!(
            e.code(),
            // A statement stopped by `statement_timeout` (or cancelled).
            Some(&SqlState::QUERY_CANCELED)
                | Some(&SqlState::IDLE_IN_TRANSACTION_SESSION_TIMEOUT)
                | Some(&SqlState::ADMIN_SHUTDOWN)
                | Some(&SqlState::CANNOT_CONNECT_NOW)
                | Some(&SqlState::CRASH_SHUTDOWN)
                // Chosen as a deadlock's victim or a serialization failure:
                // the whole transaction was rolled back, so a retry is safe.
                | Some(&SqlState::T_R_DEADLOCK_DETECTED)
                | Some(&SqlState::T_R_SERIALIZATION_FAILURE)
        ) {
            DbError::Unavailable(e.to_string())
        } else {
            DbError::Internal(e.to_string())
        }
    }
}

/// Whether an error that PostgreSQL did not send (no SQLSTATE) came from
/// the connection itself: an I/O error somewhere in its sources. The other
/// client-side errors are faults in the statement or its values (a wrong
/// parameter count, a value of the wrong type): a retry fails again, so
/// they are a 500 to investigate, not a 503 to wait out.
fn broke_in_transit(e: &tokio_postgres::Error) -> bool {
    if e.code().is_some() {
        return false;
    }
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        if cause.is::<std::io::Error>() {
            return true;
        }
        source = cause.source();
    }
    false
}
