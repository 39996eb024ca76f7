//! Why a credential, a permission or an account action was refused. The
//! HTTP layer turns each into its status code (`api::error`).

use crate::db::error::DbError;
use crate::model::error::FieldErrors;

/// A refusal (or failure) of the authentication layer.
#[derive(Debug, Clone, thiserror::Error)]
pub enum AuthError {
    /// No or bad credentials (401).
    #[error("authentication required: {0}")]
    Unauthenticated(String),
    /// Signed in, not allowed; or a request failing the CSRF defence (403).
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// Too many attempts: seconds to wait (429).
    #[error("too many requests")]
    TooManyRequests(u64),
    /// A password (or other account field) that breaks a rule (400).
    #[error("invalid input: {0:?}")]
    Invalid(FieldErrors),
    /// Every password hasher is busy: try again shortly (503).
    #[error("busy: {0}")]
    Busy(String),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbError),
    /// A fault (a hashing task that died, a header that cannot be written).
    #[error("internal error: {0}")]
    Internal(String),
}

/// The result type of the authentication layer.
pub type AuthResult<T> = Result<T, AuthError>;

impl From<deadpool_postgres::PoolError> for AuthError {
    fn from(e: deadpool_postgres::PoolError) -> Self {
        AuthError::Db(e.into())
    }
}

impl From<tokio_postgres::Error> for AuthError {
    fn from(e: tokio_postgres::Error) -> Self {
        AuthError::Db(e.into())
    }
}
