//! Credentials → members, kept in memory so that a signed-in request costs
//! one database round trip (its own query), not two.
//!
//! The database stays the truth; the cache may only ever answer what the
//! database would, so:
//!
//! - Entries are dropped at once, on every instance, when anything they say
//!   changes: V15's triggers `NOTIFY mothra_auth, '<user id>'` from the
//!   changing transaction and [`super::listen`] drops that user's
//!   entries ([`AuthCache::notified`]).
//! - Nothing is cached, and everything cached is dropped, while that
//!   listening connection is down ([`AuthCache::set_listener`]): a change
//!   made meanwhile would never be heard of.
//! - A look-up that raced a change is not cached: every change (and every
//!   loss of the listener) moves a generation, which a miss reads before
//!   its query ([`Ticket`]) and must find unchanged to store its answer. A
//!   notification is only sent once the change commits, so a query whose
//!   snapshot predates the change is caught by one of the two.
//! - Only valid credentials are cached (a wrong key costs its query every
//!   time, and cannot fill memory), at most [`MAX_ENTRIES`], the oldest
//!   evicted first.
//! - An entry lives until its use is due to be recorded again (a token's
//!   `last_used_at`, a session's `last_seen_at`: once a minute, which the
//!   miss's own query writes; see `db::accounts`), and never past a
//!   session's end. So a request that hits writes nothing, and the idle
//!   expiry of sessions stays exact to the minute.
//! - An unsafe request made on this instance waits, before it answers,
//!   until the listener has caught up ([`AuthCache::catch_up`]): the member
//!   who revoked a token here sees it refused by the very next request here.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use warp::http::Method;
use warp::reply::Response;
use warp::{Filter, Rejection};

use super::Member;
use crate::db::accounts::Resolved;

/// The most credentials kept (a few megabytes at most).
pub const MAX_ENTRIES: usize = 10_000;

/// No entry is trusted for longer than this, notifications or not.
pub const MAX_AGE: Duration = Duration::from_secs(60);

/// How long an unsafe request waits for the listener to catch up before
/// the cache is emptied instead.
const CATCH_UP_TIMEOUT: Duration = Duration::from_secs(2);

/// Which kind of key: a token and a session are never confused, even if a
/// client sent one as the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `Authorization: Token …`.
    Token,
    /// The session cookie.
    Session,
}

/// A key's HMAC-SHA256 ([`super::keys::hash`]), with its kind.
type Key = (Kind, [u8; 32]);

fn key(kind: Kind, key_hash: &[u8]) -> Option<Key> {
    Some((kind, key_hash.try_into().ok()?))
}

struct Entry {
    member: Member,
    /// When the entry stops being trusted.
    until: Instant,
    /// Its insertion, to find it in `order`.
    stamp: u64,
}

#[derive(Default)]
struct Inner {
    entries: HashMap<Key, Entry>,
    /// Insertion order, for eviction; may name entries since dropped or
    /// replaced (their stamp no longer matches), compacted when long.
    order: VecDeque<(Key, u64)>,
    next_stamp: u64,
    /// Moved by every invalidation and every change of listener.
    generation: u64,
    /// Whether changes are being heard of: caching is on.
    listening: bool,
    /// The listening connection, while it is up (for [`AuthCache::catch_up`]).
    listener: Option<Arc<tokio_postgres::Client>>,
}

/// The credentials cache an instance shares between its requests.
pub struct AuthCache {
    inner: Mutex<Inner>,
    max_entries: usize,
}

/// What a miss read before its query: the generation, if caching was on.
#[derive(Debug, Clone, Copy)]
pub struct Ticket(Option<u64>);

impl Default for AuthCache {
    fn default() -> Self {
        AuthCache::new(MAX_ENTRIES)
    }
}

impl AuthCache {
    /// An empty cache holding at most `max_entries`; it caches nothing
    /// until a listener is set.
    pub fn new(max_entries: usize) -> Self {
        AuthCache {
            inner: Mutex::new(Inner::default()),
            max_entries: max_entries.max(1),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // The state stays consistent at every unlock; a panic elsewhere
        // while holding it leaves nothing half-done.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The cached member for `key`, if any and still trusted.
    pub fn get(&self, kind: Kind, key_hash: &[u8]) -> Option<Member> {
        let key = key(kind, key_hash)?;
        let mut inner = self.lock();
        let entry = inner.entries.get(&key)?;
        if entry.until > Instant::now() {
            return Some(entry.member.clone());
        }
        inner.entries.remove(&key);
        None
    }

    /// Taken before a miss's query; [`insert`](Self::insert) needs it.
    pub fn ticket(&self) -> Ticket {
        let inner = self.lock();
        Ticket(inner.listening.then_some(inner.generation))
    }

    /// Caches what a miss found, unless caching was off when its ticket was
    /// taken or anything changed since.
    pub fn insert(&self, ticket: Ticket, kind: Kind, key_hash: &[u8], resolved: &Resolved) {
        let (Ticket(Some(generation)), Some(key)) = (ticket, key(kind, key_hash)) else {
            return;
        };
        let trusted_for = resolved.cache_for.min(MAX_AGE);
        if trusted_for.is_zero() {
            return;
        }
        let mut inner = self.lock();
        if inner.generation != generation || !inner.listening {
            return;
        }
        if !inner.entries.contains_key(&key) && inner.entries.len() >= self.max_entries {
            inner.evict_oldest();
        }
        let stamp = inner.next_stamp;
        inner.next_stamp += 1;
        inner.entries.insert(
            key,
            Entry {
                member: resolved.member.clone(),
                until: Instant::now() + trusted_for,
                stamp,
            },
        );
        inner.order.push_back((key, stamp));
        if inner.order.len() > 2 * self.max_entries {
            let Inner { entries, order, .. } = &mut *inner;
            order.retain(|(key, stamp)| entries.get(key).is_some_and(|e| e.stamp == *stamp));
        }
    }

    /// A `mothra_auth` notification: drop the user's entries (`'all'`, or
    /// anything not understood, drops everything).
    pub fn notified(&self, payload: &str) {
        let mut inner = self.lock();
        inner.generation += 1;
        match payload.parse::<i64>() {
            Ok(user_id) => inner.entries.retain(|_, e| e.member.user_id != user_id),
            Err(_) => inner.clear(),
        }
    }

    /// The listening connection came up (`Some`, once its LISTEN is in
    /// place) or went down (`None`). Either way what is cached is dropped:
    /// changes made while nobody listened were never heard of.
    pub fn set_listener(&self, listener: Option<Arc<tokio_postgres::Client>>) {
        self.switch(listener.is_some(), listener);
    }

    fn switch(&self, listening: bool, listener: Option<Arc<tokio_postgres::Client>>) {
        let mut inner = self.lock();
        inner.generation += 1;
        inner.clear();
        inner.listening = listening;
        inner.listener = listener;
    }

    /// Whether a listener is up (caching is on).
    pub fn is_listening(&self) -> bool {
        self.lock().listening
    }

    /// How many credentials are cached.
    pub fn len(&self) -> usize {
        self.lock().entries.len()
    }

    /// Whether nothing is cached.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Returns once every notification committed before the call has been
    /// applied: one round trip on the listening connection, which the
    /// server answers only after sending the notifications it has pending
    /// (they come first on that connection, and are applied as they are
    /// read). If the listener does not answer in time, the cache is
    /// emptied instead.
    pub async fn catch_up(&self) {
        let Some(listener) = self.lock().listener.clone() else {
            return; // nothing is cached
        };
        let answered = tokio::time::timeout(CATCH_UP_TIMEOUT, listener.batch_execute("select 1"))
            .await
            .is_ok_and(|r| r.is_ok());
        if !answered {
            tracing::warn!("the auth listener did not answer: emptying the credentials cache");
            self.notified("all");
        }
    }
}

impl Inner {
    fn clear(&mut self) {
        self.entries.clear();
        self.order.clear();
    }

    fn evict_oldest(&mut self) {
        // Drop expired entries first: cheaper than evicting a live one.
        let now = Instant::now();
        let before = self.entries.len();
        self.entries.retain(|_, e| e.until > now);
        if self.entries.len() < before {
            return;
        }
        while let Some((key, stamp)) = self.order.pop_front() {
            if self.entries.get(&key).is_some_and(|e| e.stamp == stamp) {
                self.entries.remove(&key);
                return;
            }
        }
    }
}

/// `routes`, made to wait after an unsafe request until this instance's
/// cache has heard of what the request changed ([`AuthCache::catch_up`]).
pub fn after_writes<F>(
    cache: Arc<AuthCache>,
    routes: F,
) -> impl Filter<Extract = (Response,), Error = Rejection> + Clone
where
    F: Filter<Extract = (Response,), Error = Rejection> + Clone + Send + Sync + 'static,
{
    warp::method()
        .and(routes)
        .and_then(move |method: Method, response: Response| {
            let cache = cache.clone();
            async move {
                if super::is_unsafe(&method) {
                    cache.catch_up().await;
                }
                Ok::<_, Rejection>(response)
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Credential;

    /// A key hash (they are 32 bytes).
    fn k(byte: u8) -> [u8; 32] {
        [byte; 32]
    }

    fn resolved(user_id: i64, cache_for: Duration) -> Resolved {
        Resolved {
            member: Member {
                user_id,
                profile_id: user_id,
                organization_id: None,
                is_staff: false,
                credential: Credential::Token,
            },
            cache_for,
        }
    }

    /// A cache that caches, without a database (nothing here calls
    /// `catch_up`, the only use of the connection).
    fn listening(max: usize) -> AuthCache {
        let cache = AuthCache::new(max);
        cache.switch(true, None);
        cache
    }

    #[test]
    fn nothing_is_cached_without_a_listener_and_all_is_dropped_when_it_goes() {
        let cache = AuthCache::new(10);
        let ticket = cache.ticket();
        cache.insert(ticket, Kind::Token, &k(107), &resolved(1, MAX_AGE));
        assert!(cache.get(Kind::Token, &k(107)).is_none());

        let cache = listening(10);
        cache.insert(cache.ticket(), Kind::Token, &k(107), &resolved(1, MAX_AGE));
        assert_eq!(cache.get(Kind::Token, &k(107)).unwrap().user_id, 1);
        assert!(
            cache.get(Kind::Session, &k(107)).is_none(),
            "a token is not a session"
        );
        cache.set_listener(None);
        assert!(cache.get(Kind::Token, &k(107)).is_none());
    }

    #[test]
    fn a_miss_that_raced_a_change_is_not_cached() {
        let cache = listening(10);
        let ticket = cache.ticket();
        cache.notified("2"); // any user: the generation moved
        cache.insert(ticket, Kind::Token, &k(107), &resolved(1, MAX_AGE));
        assert!(cache.get(Kind::Token, &k(107)).is_none());
    }

    #[test]
    fn a_notification_drops_that_users_entries_only() {
        let cache = listening(10);
        cache.insert(cache.ticket(), Kind::Token, &k(97), &resolved(1, MAX_AGE));
        cache.insert(cache.ticket(), Kind::Session, &k(98), &resolved(1, MAX_AGE));
        cache.insert(cache.ticket(), Kind::Token, &k(99), &resolved(2, MAX_AGE));
        cache.notified("1");
        assert!(cache.get(Kind::Token, &k(97)).is_none());
        assert!(cache.get(Kind::Session, &k(98)).is_none());
        assert!(cache.get(Kind::Token, &k(99)).is_some());
        cache.notified("all");
        assert!(cache.is_empty());
    }

    #[tokio::test]
    async fn entries_expire_and_the_oldest_is_evicted_when_full() {
        let cache = listening(2);
        cache.insert(
            cache.ticket(),
            Kind::Token,
            &k(122),
            &resolved(9, Duration::ZERO),
        );
        assert!(cache.is_empty(), "an entry due at once is not cached");
        cache.insert(cache.ticket(), Kind::Token, &k(97), &resolved(1, MAX_AGE));
        cache.insert(cache.ticket(), Kind::Token, &k(98), &resolved(2, MAX_AGE));
        cache.insert(cache.ticket(), Kind::Token, &k(97), &resolved(1, MAX_AGE));
        cache.insert(cache.ticket(), Kind::Token, &k(99), &resolved(3, MAX_AGE));
        assert_eq!(cache.len(), 2);
        assert!(cache.get(Kind::Token, &k(98)).is_none(), "b was the oldest");
        assert!(cache.get(Kind::Token, &k(97)).is_some());
        assert!(cache.get(Kind::Token, &k(99)).is_some());
        for i in 200..255u8 {
            cache.insert(cache.ticket(), Kind::Token, &k(i), &resolved(1, MAX_AGE));
        }
        assert_eq!(cache.len(), 2, "bounded");
        assert!(
            cache.lock().order.len() <= 4,
            "the order queue is compacted"
        );

        let cache = listening(2);
        cache.insert(
            cache.ticket(),
            Kind::Token,
            &k(0),
            &resolved(1, Duration::from_millis(20)),
        );
        assert!(cache.get(Kind::Token, &k(0)).is_some());
        let deadline = Instant::now() + Duration::from_secs(5);
        while cache.get(Kind::Token, &k(0)).is_some() {
            assert!(Instant::now() < deadline, "the entry never expired");
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }
}
