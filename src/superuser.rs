//! `mothra createsuperuser`: the first (or another) staff user from the
//! command line, with the same rules as the API's setup.

use serde_json::{Map, Value};

use crate::api::auth::member;
use crate::api::error::ApiError;
use crate::auth::password;
use crate::config::Config;
use crate::db::users;
use crate::db::{migrate, Target};
use crate::model::error::{FieldErrors, InputError};

/// The variable scripts set instead of answering the prompt.
pub const PASSWORD_VARIABLE: &str = "MOTHRA_PASSWORD";

/// Validates, asks for the password, migrates if needed, inserts.
pub async fn create(config: &Config, fields: Map<String, Value>) -> Result<(), String> {
    let member = member::validate(&fields, &["username", "email", "first_name", "last_name"])
        .map_err(|errors| describe(&errors))?;
    let secret = match std::env::var(PASSWORD_VARIABLE) {
        Ok(secret) if !secret.is_empty() => secret,
        _ => prompt()?,
    };
    let problems = password::problems(&secret, &member.username, &member.email);
    if !problems.is_empty() {
        return Err(format!("password: {}", problems.join(" ")));
    }
    let hash = password::hash_here(&secret)?;
    let target = Target::resolve(config).await?;
    let mut client = target
        .connect()
        .await
        .map_err(|e| format!("cannot connect to {}: {e}", target.describe()))?;
    migrate::run(&mut client).await?;
    let user = users::insert_staff(&client, member.names(), hash)
        .await
        .map_err(|e| match member::refused(&member, e) {
            ApiError::Input(InputError::Invalid(errors)) => describe(&errors),
            other => other.to_string(),
        })?;
    println!("Superuser {} created.", user.username);
    Ok(())
}

fn prompt() -> Result<String, String> {
    let first = rpassword::prompt_password("Password: ")
        .map_err(|e| format!("cannot read the password ({e}); set {PASSWORD_VARIABLE} instead"))?;
    let again = rpassword::prompt_password("Password (again): ")
        .map_err(|e| format!("cannot read the password: {e}"))?;
    if first != again {
        return Err("the two passwords differ".into());
    }
    Ok(first)
}

fn describe(errors: &FieldErrors) -> String {
    errors
        .iter()
        .map(|(field, messages)| format!("{field}: {}", messages.join(" ")))
        .collect::<Vec<_>>()
        .join("; ")
}
