//! Throttling (domain.md, "Sign-in"): too many failed sign-ins against one
//! account from one client address, or from one address in all, or too
//! many password-reset requests from one address, within a window is a 429
//! with `Retry-After` until the oldest of them leaves the window.
//!
//! Counting and recording are one step: under a lock on the client address
//! (an advisory lock held by a short transaction), an attempt is counted
//! and, if allowed, recorded as a failure *before* its password is checked,
//! so a burst of parallel requests gets exactly the limit through.
//!
//! The account limit is per (account, address): a guesser elsewhere cannot
//! lock the owner out by name, and every address still gets only
//! [`PER_ACCOUNT`] guesses per account and [`PER_ADDRESS`] in all.

use std::time::Duration;

use tokio_postgres::GenericClient;

use super::error::{AuthError, AuthResult};
use crate::db::accounts::{self, Failures};

/// The window failures are counted in.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);
/// Failures allowed per account and client address (since the account's
/// last success) in the window.
pub const PER_ACCOUNT: i64 = 5;
/// Failures allowed per client address in the window.
pub const PER_ADDRESS: i64 = 20;
/// Password-reset requests allowed per client address in the window.
pub const RESETS_PER_ADDRESS: i64 = 10;
/// The longest typed login kept (it is untrusted input).
const LOGIN_MAX_CHARS: usize = 254;

/// The key failures are counted under: the account's id when the login
/// names one, so its username and its email share one limit; else what was
/// typed, lower-cased and bounded. The two forms cannot collide (`user `
/// and `login ` prefixes).
pub fn account_key(user_id: Option<i64>, login: &str) -> String {
    match user_id {
        Some(id) => format!("user {id}"),
        None => {
            let typed: String = login.trim().chars().take(LOGIN_MAX_CHARS).collect();
            format!("login {}", typed.to_lowercase())
        }
    }
}

/// A sign-in attempt allowed through and recorded as a failure until
/// [`succeeded`] says otherwise.
#[derive(Debug, Clone, Copy)]
#[must_use]
pub struct Attempt(i64);

fn too_many(limits: &[(Failures, i64)]) -> Option<AuthError> {
    limits
        .iter()
        .filter(|(failures, limit)| failures.count >= *limit)
        .map(|(failures, _)| failures.retry_after)
        .reduce(f64::max)
        .map(|secs| AuthError::TooManyRequests(secs.ceil().max(1.0) as u64))
}

/// Counts and records one sign-in attempt for `account` from `address` in
/// one step: 429 when either limit is reached, else the recorded attempt.
pub async fn begin(
    db: &mut crate::db::Connection,
    account: &str,
    address: &str,
) -> AuthResult<Attempt> {
    let tx = db.transaction().await?;
    accounts::lock_throttle_key(&*tx, &format!("sign-in from {address}")).await?;
    let by_account = accounts::account_failures(&*tx, account, address, WINDOW).await?;
    let by_address = accounts::address_failures(&*tx, address, WINDOW).await?;
    if let Some(refusal) = too_many(&[(by_account, PER_ACCOUNT), (by_address, PER_ADDRESS)]) {
        return Err(refusal);
    }
    let id = accounts::record_attempt(&*tx, account, address).await?;
    tx.commit().await?;
    Ok(Attempt(id))
}

/// The password was right: the attempt no longer counts, and the account's
/// earlier failures are forgiven.
pub async fn succeeded(client: &impl GenericClient, attempt: Attempt) -> AuthResult<()> {
    accounts::attempt_succeeded(client, attempt.0).await?;
    Ok(())
}

/// The password was never checked (no hasher was free): the attempt does
/// not count.
pub async fn withdraw(client: &impl GenericClient, attempt: Attempt) -> AuthResult<()> {
    accounts::forget_attempt(client, attempt.0).await?;
    Ok(())
}

/// Counts and records one password-reset request from `address` in one
/// step: 429 past [`RESETS_PER_ADDRESS`] in the window.
pub async fn reset_requested(db: &mut crate::db::Connection, address: &str) -> AuthResult<()> {
    let tx = db.transaction().await?;
    accounts::lock_throttle_key(&*tx, &format!("reset from {address}")).await?;
    let requests = accounts::reset_requests(&*tx, address, WINDOW).await?;
    if let Some(refusal) = too_many(&[(requests, RESETS_PER_ADDRESS)]) {
        return Err(refusal);
    }
    accounts::record_reset_request(&*tx, address).await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_named_account_is_keyed_by_its_id_and_a_typed_name_cannot_pose_as_one() {
        assert_eq!(account_key(Some(42), "Ann"), "user 42");
        assert_eq!(
            account_key(None, "  ANN@Example.org "),
            "login ann@example.org"
        );
        assert_ne!(account_key(None, "user 42"), account_key(Some(42), "x"));
        assert_eq!(
            account_key(None, &"x".repeat(1000)).len(),
            6 + LOGIN_MAX_CHARS
        );
    }
}
