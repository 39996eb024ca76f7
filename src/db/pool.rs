//! The connection pool, and the bounds on what one request can do with it.
//!
//! - Every pooled session runs with `statement_timeout` and
//!   `idle_in_transaction_session_timeout` (see [`Target::pool`]).
//! - A request runs [`bounded`]: from the moment it takes a connection, its
//!   database work may last one statement timeout plus [`GRACE`]; past that
//!   the server is not answering at all (a frozen database), and the
//!   request gives up with [`Expired`] (a 503) instead of hanging.
//! - A request that is abandoned while it holds a connection (its client
//!   hung up and the server dropped it, or its deadline passed) may have a
//!   query in flight: that query is cancelled and the connection closed,
//!   never handed to the next request with the query still running.
//! - Streamed exports, which hold their connection while a client reads,
//!   may take only a quarter of the pool ([`Pool::get_for_export`]), so
//!   interactive requests always find a connection.
//!
//! [`Target::pool`]: super::Target::pool

use std::future::Future;
use std::ops::{Deref, DerefMut};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use deadpool_postgres::{ClientWrapper, Object, PoolError, Status};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::{Instant, Sleep};
use tokio_postgres_rustls::MakeRustlsConnect;

/// How long past the statement timeout a request's database work may still
/// run before it is abandoned: PostgreSQL's own timeout answers first
/// unless the server is not answering at all.
pub const GRACE: Duration = Duration::from_secs(1);

/// The longest a cancel request may take (a frozen server never answers).
const CANCEL_TIMEOUT: Duration = Duration::from_secs(5);

/// The pool every request draws from.
#[derive(Clone)]
pub struct Pool {
    inner: deadpool_postgres::Pool,
    /// To send cancel requests the way connections are made.
    tls: MakeRustlsConnect,
    /// The sessions' `statement_timeout`.
    statement_timeout: Duration,
    /// Connections that streamed exports may hold at once.
    exports: Arc<Semaphore>,
}

impl Pool {
    /// Wraps a built pool whose sessions run with `statement_timeout`.
    pub(super) fn new(
        inner: deadpool_postgres::Pool,
        tls: MakeRustlsConnect,
        statement_timeout: Duration,
    ) -> Pool {
        let exports = export_slots(inner.status().max_size);
        Pool {
            inner,
            tls,
            statement_timeout,
            exports: Arc::new(Semaphore::new(exports)),
        }
    }

    /// A connection, waiting at most `DATABASE_TIMEOUT` for one. Inside
    /// [`bounded`], taking it (re)starts the request's database deadline.
    pub async fn get(&self) -> Result<Connection, PoolError> {
        let object = self.inner.get().await?;
        let request = REQUEST.try_with(Arc::clone).ok();
        if let Some(request) = &request {
            request.arm(Instant::now() + self.statement_timeout + GRACE);
        }
        Ok(Connection {
            object: Some(object),
            request,
            tls: self.tls.clone(),
            _export: None,
        })
    }

    /// A connection for a streamed export, which holds it while its client
    /// reads; `None` at once when exports already hold their share of the
    /// pool ([`export_slots`]).
    pub async fn get_for_export(&self) -> Result<Option<Connection>, PoolError> {
        let Ok(permit) = self.exports.clone().try_acquire_owned() else {
            return Ok(None);
        };
        let mut connection = self.get().await?;
        connection._export = Some(permit);
        Ok(Some(connection))
    }

    /// Size, idle connections and waiters.
    pub fn status(&self) -> Status {
        self.inner.status()
    }

    /// Closes every idle connection and refuses new checkouts.
    pub fn close(&self) {
        self.inner.close();
    }
}

/// How many connections of a pool of `size` streamed exports may hold at
/// once: a quarter, at least one.
pub fn export_slots(size: usize) -> usize {
    (size / 4).max(1)
}

/// A pooled connection, lent to one request. It reads as the pool's
/// client (`&**connection` is a `tokio_postgres::Client`); dropped, it goes
/// back to the pool, unless its request was abandoned meanwhile: then its
/// query (if any) is cancelled and the connection closed.
pub struct Connection {
    /// Always `Some` until dropped.
    object: Option<Object>,
    /// The request it was taken in, if it was taken in one.
    request: Option<Arc<RequestState>>,
    tls: MakeRustlsConnect,
    /// An export's slot, given back with the connection.
    _export: Option<OwnedSemaphorePermit>,
}

impl Connection {
    /// The pooled client itself, for functions written against deadpool's
    /// `GenericClient` (it has the statement cache).
    pub fn pooled(&self) -> &deadpool_postgres::Client {
        self.object.as_ref().expect("held until dropped")
    }

    /// Gives the connection up when a statement on it may still be running
    /// (it did not answer in time): the statement is cancelled and the
    /// connection closed instead of going back to the pool.
    pub fn discard(mut self) {
        if let Some(object) = self.object.take() {
            close(object, self.tls.clone());
        }
    }
}

impl Deref for Connection {
    type Target = ClientWrapper;

    fn deref(&self) -> &ClientWrapper {
        self.pooled()
    }
}

impl DerefMut for Connection {
    fn deref_mut(&mut self) -> &mut ClientWrapper {
        self.object.as_deref_mut().expect("held until dropped")
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        let Some(object) = self.object.take() else {
            return;
        };
        let abandoned = self
            .request
            .as_ref()
            .is_some_and(|r| r.abandoned.load(Ordering::Acquire));
        if abandoned {
            tracing::info!("request abandoned while holding a connection");
            close(object, self.tls.clone());
        } // else `object` goes back to the pool
    }
}

/// Cancels whatever runs on `object` and closes it; its pool slot is free
/// at once.
fn close(object: Object, tls: MakeRustlsConnect) {
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        return; // no runtime left: the process is ending anyway
    };
    tracing::info!("cancelling the connection's statement and closing it");
    let token = object.cancel_token();
    let client = Object::take(object);
    runtime.spawn(async move {
        if let Ok(Err(error)) = tokio::time::timeout(CANCEL_TIMEOUT, token.cancel_query(tls)).await
        {
            tracing::debug!(%error, "cancel request failed");
        }
        drop(client);
    });
}

tokio::task_local! {
    /// The request whose work is being polled, for [`Pool::get`].
    static REQUEST: Arc<RequestState>;
}

/// What one request's connections need to know about it.
#[derive(Default)]
struct RequestState {
    /// The work was dropped before it finished.
    abandoned: AtomicBool,
    /// When its database work must be over; set by each checkout.
    deadline: Mutex<Option<Instant>>,
}

impl RequestState {
    fn arm(&self, deadline: Instant) {
        *self.deadline.lock().unwrap_or_else(|e| e.into_inner()) = Some(deadline);
    }

    fn deadline(&self) -> Option<Instant> {
        *self.deadline.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A request's database work outlived its deadline ([`bounded`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expired;

/// Runs one request's `work` so that its use of the database is bounded:
/// each connection it takes gives it one statement timeout plus [`GRACE`]
/// more, after which it ends with [`Expired`]. Work that takes no
/// connection has no deadline here. If the work is dropped unfinished (or
/// expires), connections it still holds are cancelled and closed.
pub fn bounded<F: Future>(work: F) -> Bounded<F> {
    let state = Arc::new(RequestState::default());
    Bounded {
        work: Box::pin(REQUEST.scope(state.clone(), work)),
        state,
        timer: None,
        finished: false,
    }
}

/// The future [`bounded`] returns.
pub struct Bounded<F: Future> {
    work: Pin<Box<tokio::task::futures::TaskLocalFuture<Arc<RequestState>, F>>>,
    state: Arc<RequestState>,
    timer: Option<Pin<Box<Sleep>>>,
    finished: bool,
}

impl<F: Future> Future for Bounded<F> {
    type Output = Result<F::Output, Expired>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        if this.finished {
            return Poll::Ready(Err(Expired));
        }
        if let Poll::Ready(output) = this.work.as_mut().poll(cx) {
            this.finished = true;
            return Poll::Ready(Ok(output));
        }
        // Only the work's own checkouts (inside the poll above) arm the
        // deadline, so reading it here sees every change.
        let Some(deadline) = this.state.deadline() else {
            return Poll::Pending;
        };
        let timer = this
            .timer
            .get_or_insert_with(|| Box::pin(tokio::time::sleep_until(deadline)));
        if timer.deadline() != deadline {
            timer.as_mut().reset(deadline);
        }
        match timer.as_mut().poll(cx) {
            Poll::Ready(()) => {
                // The work stays unfinished: its connections are closed
                // when this future (and with it the work) is dropped.
                this.state.abandoned.store(true, Ordering::Release);
                this.finished = true;
                Poll::Ready(Err(Expired))
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

impl<F: Future> Drop for Bounded<F> {
    fn drop(&mut self) {
        // Runs before the fields drop: connections dropped with the work
        // see that it was abandoned.
        if !self.finished {
            self.state.abandoned.store(true, Ordering::Release);
        }
    }
}
