//! The connection each instance keeps to hear of changes to credentials
//! and members (`LISTEN mothra_auth`, sent by V15's triggers), and that
//! feeds them to the credentials cache ([`AuthCache`]).
//!
//! While it is down the cache is off and empty; it reconnects with backoff.
//! It is its own connection, outside the pool, named `mothra-listen`
//! (`application_name`), so that operators (and tests) can tell it apart.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use futures_util::future::poll_fn;
use tokio_postgres::AsyncMessage;

use super::cache::AuthCache;
use crate::db::{tls, Target};

/// The channel V15's triggers notify.
pub const CHANNEL: &str = "mothra_auth";

/// The listening connection's `application_name`.
pub const APPLICATION_NAME: &str = "mothra-listen";

/// The first wait before reconnecting; doubled on each failure, up to
/// [`MAX_BACKOFF`], and back to this once listening again.
const MIN_BACKOFF: Duration = Duration::from_millis(100);
const MAX_BACKOFF: Duration = Duration::from_secs(10);

/// How often the connection is checked when nothing else is heard (a
/// server gone without closing the socket must not leave the cache on).
const PING_EVERY: Duration = Duration::from_secs(30);
/// How long that check may take.
const PING_TIMEOUT: Duration = Duration::from_secs(10);

/// Keeps a listening connection to `target` for as long as the returned
/// task runs (abort it to stop), reconnecting whenever it drops.
pub fn spawn(target: &Target, cache: Arc<AuthCache>) -> tokio::task::JoinHandle<()> {
    let mut config = target.config.clone();
    let (tls, mode) = tls::connector(target.ssl_mode);
    config.ssl_mode(mode).application_name(APPLICATION_NAME);
    tokio::spawn(async move {
        let mut backoff = MIN_BACKOFF;
        loop {
            let outcome = listen(&config, tls.clone(), &cache, &mut backoff).await;
            // Whatever ended it, changes may now go unheard: off and empty.
            cache.set_listener(None);
            match outcome {
                Ok(()) => tracing::warn!("the auth listener's connection closed; reconnecting"),
                Err(error) => {
                    tracing::warn!(%error, ?backoff, "the auth listener is down; reconnecting")
                }
            }
            tokio::time::sleep(backoff).await;
            backoff = (backoff * 2).min(MAX_BACKOFF);
        }
    })
}

/// One connection's life: connect, LISTEN, turn the cache on, apply every
/// notification until the connection ends (`Ok`) or fails.
async fn listen(
    config: &tokio_postgres::Config,
    tls: tokio_postgres_rustls::MakeRustlsConnect,
    cache: &AuthCache,
    backoff: &mut Duration,
) -> Result<(), tokio_postgres::Error> {
    let (client, mut connection) = config.connect(tls).await?;
    // Reads the connection, applying notifications as they come: before
    // the answer to any later query on it (`AuthCache::catch_up`).
    let mut driver = std::pin::pin!(async move {
        loop {
            match poll_fn(|cx| connection.poll_message(cx)).await {
                Some(Ok(AsyncMessage::Notification(n))) if n.channel() == CHANNEL => {
                    cache.notified(n.payload())
                }
                Some(Ok(_)) => {} // notices, other channels
                Some(Err(error)) => return Err(error),
                None => return Ok(()),
            }
        }
    });
    let client = Arc::new(client);
    let listen = format!("listen {CHANNEL}");
    if let Some(ended) = until_ended(&mut driver, client.batch_execute(&listen)).await {
        return ended;
    }
    // Only now are changes heard of: the cache may start from here.
    cache.set_listener(Some(client.clone()));
    *backoff = MIN_BACKOFF;
    tracing::debug!("the auth listener is listening");
    let pings = async {
        loop {
            tokio::time::sleep(PING_EVERY).await;
            match tokio::time::timeout(PING_TIMEOUT, client.batch_execute("select 1")).await {
                Ok(Ok(())) => {}
                Ok(Err(error)) => return Err(error),
                Err(_) => {
                    tracing::warn!("the auth listener's connection stopped answering");
                    return Ok(());
                }
            }
        }
    };
    match until_ended(&mut driver, pings).await {
        Some(ended) => ended,
        None => Ok(()),
    }
}

/// Runs `work` on the connection while `driver` reads it: `None` when the
/// work finished with the connection still up, `Some` when the connection
/// ended first (or the work failed), with how.
async fn until_ended<D, W, T>(
    driver: &mut std::pin::Pin<&mut D>,
    work: W,
) -> Option<Result<(), tokio_postgres::Error>>
where
    D: Future<Output = Result<(), tokio_postgres::Error>>,
    W: Future<Output = Result<T, tokio_postgres::Error>>,
{
    tokio::select! {
        ended = driver.as_mut() => Some(ended),
        done = work => match done {
            Ok(_) => None,
            Err(error) => Some(Err(error)),
        },
    }
}
