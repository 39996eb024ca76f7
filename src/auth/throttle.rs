//! Sign-in throttling (domain.md, "Sign-in"): too many failures against
//! one account, or from one client address, within a window is a 429 with
//! `Retry-After` until the oldest failure leaves the window.

use std::time::Duration;

use tokio_postgres::GenericClient;

use crate::api::error::{ApiError, ApiResult};
use crate::db::accounts;

/// The window failures are counted in.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);
/// Failures allowed per account (since its last success) in the window.
pub const PER_ACCOUNT: i64 = 5;
/// Failures allowed per client address in the window.
pub const PER_ADDRESS: i64 = 20;
/// The longest account name stored (it is untrusted input).
const ACCOUNT_MAX_CHARS: usize = 254;

/// The account name as stored and compared: trimmed and bounded.
pub fn account_key(login: &str) -> String {
    login.trim().chars().take(ACCOUNT_MAX_CHARS).collect()
}

/// Refuses with 429 when the account or the address is over its limit.
pub async fn check(client: &impl GenericClient, account: &str, address: &str) -> ApiResult<()> {
    let by_account = accounts::account_failures(client, account, WINDOW).await?;
    let by_address = accounts::address_failures(client, address, WINDOW).await?;
    let mut wait: Option<f64> = None;
    if by_account.count >= PER_ACCOUNT {
        wait = Some(by_account.retry_after);
    }
    if by_address.count >= PER_ADDRESS {
        wait = Some(wait.unwrap_or(0.0).max(by_address.retry_after));
    }
    match wait {
        Some(secs) => Err(ApiError::TooManyRequests(secs.ceil().max(1.0) as u64)),
        None => Ok(()),
    }
}

/// Records the outcome of an attempt that was not refused.
pub async fn record(
    client: &impl GenericClient,
    account: &str,
    address: &str,
    succeeded: bool,
) -> ApiResult<()> {
    accounts::record_attempt(client, account, address, succeeded).await?;
    Ok(())
}
