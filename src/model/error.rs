//! What can be wrong with what a client sent, in Django REST Framework's
//! shapes (api.md, "Errors"). The HTTP layer turns these into 400s.

use std::collections::BTreeMap;

/// Field name → messages, as Django REST Framework writes validation errors.
pub type FieldErrors = BTreeMap<String, Vec<String>>;

/// A request the model refuses.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum InputError {
    /// A malformed request, with a `detail` message.
    #[error("bad request: {0}")]
    BadRequest(String),
    /// A list parameter: `detail` names it, `accepted` lists the parameters
    /// (or values) that would have been understood.
    #[error("bad query parameter: {detail}")]
    BadQuery {
        /// What was wrong, naming the parameter.
        detail: String,
        /// What is accepted instead.
        accepted: Vec<String>,
    },
    /// A page that does not exist (DRF answers 404 "Invalid page.").
    #[error("invalid page")]
    InvalidPage,
    /// Field → messages.
    #[error("invalid input: {0:?}")]
    Invalid(FieldErrors),
}

impl InputError {
    /// A single-field validation error.
    pub fn field(name: &str, message: impl Into<String>) -> Self {
        let mut errors = FieldErrors::new();
        errors.insert(name.to_owned(), vec![message.into()]);
        InputError::Invalid(errors)
    }

    /// Fails with the collected field errors, if any.
    pub fn check(errors: FieldErrors) -> Result<(), InputError> {
        if errors.is_empty() {
            Ok(())
        } else {
            Err(InputError::Invalid(errors))
        }
    }
}
