//! A member's own fields as they arrive (setup, invitation), checked
//! against domain.md once, with every problem reported per field.

use serde::Deserialize;

use crate::api::error::{ApiError, ApiResult, FieldErrors};

/// Django's message for a missing or blank required field.
pub const REQUIRED: &str = "This field is required.";

/// A new member's fields, as sent.
#[derive(Debug, Default, Deserialize)]
pub struct MemberFields {
    /// Sign-in name.
    pub username: Option<String>,
    /// Email address.
    pub email: Option<String>,
    /// Given name.
    pub first_name: Option<String>,
    /// Family name.
    pub last_name: Option<String>,
}

/// The same fields, checked and trimmed.
#[derive(Debug, Clone)]
pub struct ValidMember {
    /// Sign-in name.
    pub username: String,
    /// Email address.
    pub email: String,
    /// Given name (may be empty).
    pub first_name: String,
    /// Family name (may be empty).
    pub last_name: String,
}

fn too_long(max: usize) -> String {
    format!("Ensure this field has no more than {max} characters.")
}

/// Whether `email` passes `users_email_format`: one @, no blanks, a dot in
/// the domain part.
pub fn is_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    let no_blank = |s: &str| !s.is_empty() && !s.contains(char::is_whitespace) && !s.contains('@');
    no_blank(local)
        && no_blank(domain)
        && domain
            .split_once('.')
            .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty())
}

impl MemberFields {
    /// Checks every field; the errors name each field that failed.
    pub fn validate(self, errors: &mut FieldErrors) -> Option<ValidMember> {
        let mut add = |field: &str, message: String| {
            errors.entry(field.to_owned()).or_default().push(message);
        };
        let username = self.username.unwrap_or_default().trim().to_owned();
        if username.is_empty() {
            add("username", REQUIRED.into());
        } else if username.chars().count() > 150 {
            add("username", too_long(150));
        } else if !username
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'@' | b'.' | b'+' | b'-' | b'_'))
        {
            add(
                "username",
                "Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.".into(),
            );
        }
        let email = self.email.unwrap_or_default().trim().to_owned();
        if email.is_empty() {
            add("email", REQUIRED.into());
        } else if email.chars().count() > 254 {
            add("email", too_long(254));
        } else if !is_email(&email) {
            add("email", "Enter a valid email address.".into());
        }
        let first_name = self.first_name.unwrap_or_default().trim().to_owned();
        if first_name.chars().count() > 150 {
            add("first_name", too_long(150));
        }
        let last_name = self.last_name.unwrap_or_default().trim().to_owned();
        if last_name.chars().count() > 150 {
            add("last_name", too_long(150));
        }
        errors.is_empty().then_some(ValidMember {
            username,
            email,
            first_name,
            last_name,
        })
    }
}

/// A unique clash on insert as the field error it means, else the error.
pub fn unique_clash(error: tokio_postgres::Error) -> ApiError {
    match error.as_db_error().and_then(|e| e.constraint()) {
        Some("users_username_unique") => {
            ApiError::field("username", "A user with that username already exists.")
        }
        Some("users_email_unique") => {
            ApiError::field("email", "A user with that email already exists.")
        }
        _ => ApiError::from(error),
    }
}

/// Fails with the collected errors, if any.
pub fn check(errors: FieldErrors) -> ApiResult<()> {
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ApiError::Invalid(errors))
    }
}
