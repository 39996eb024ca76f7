//! The credentials cache (issue 10, item 2): a signed-in GET costs one
//! database round trip, and a change to a credential or a member is seen
//! at once by every instance (LISTEN/NOTIFY), including while and after the
//! listening connection is lost.
//!
//! The instance under test talks to PostgreSQL through a small proxy that
//! counts round trips (the server's ReadyForQuery messages) on the pool's
//! connections, so the tests can tell an answer from the cache (one round
//! trip: the page's own query) from one looked up (two).

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream, UnixStream};

use crate::auth_support::{body, create_user, Browser, GOOD_PASSWORD};
use crate::helpers::{
    insert_member, migrated_database, spawn_app, start_instance, test_config, Instance,
    TestDatabase, TestUser,
};

/// How soon another instance must see a change (the NOTIFY's way).
const PROMPTLY: Duration = Duration::from_secs(2);

/// How long an instance may take to (re)connect its listener.
const LISTENING_WITHIN: Duration = Duration::from_secs(20);

/// What a request signs in with.
#[derive(Clone)]
enum Credential {
    Token(String),
    Session(String),
}

/// An instance of the app whose database traffic is counted.
struct Counted {
    base: String,
    round_trips: Arc<AtomicU64>,
    /// While set, the proxy turns the listener's connections away.
    listener_barred: Arc<AtomicBool>,
    _instance: Instance,
}

impl Counted {
    /// Starts the app on `db`, through a counting proxy.
    async fn start(db: &TestDatabase) -> Counted {
        let upstream = db.config().await;
        let (round_trips, listener_barred) = Default::default();
        let port = proxy(&upstream, &round_trips, &listener_barred).await;
        // A new configuration: `host` adds to the list, it does not replace.
        let mut proxied = tokio_postgres::Config::new();
        proxied.host("127.0.0.1").port(port).dbname(&db.name);
        if let Some(user) = upstream.get_user() {
            proxied.user(user);
        }
        if let Some(password) = upstream.get_password() {
            proxied.password(password);
        }
        let instance = start_instance(test_config(&[]), proxied).await;
        Counted {
            base: instance.address.clone(),
            round_trips,
            listener_barred,
            _instance: instance,
        }
    }

    fn round_trips(&self) -> u64 {
        self.round_trips.load(Ordering::SeqCst)
    }

    async fn request(
        &self,
        method: Method,
        path: &str,
        credential: &Credential,
        body: Option<Value>,
    ) -> reqwest::Response {
        send(&self.base, method, path, credential, body).await
    }

    /// GET `/api/me/` (401 once the credential no longer holds).
    async fn me(&self, credential: &Credential) -> StatusCode {
        self.request(Method::GET, "/api/me/", credential, None)
            .await
            .status()
    }

    /// Round trips that one GET of `/api/domains/` took (it must succeed).
    async fn domains_trips(&self, credential: &Credential) -> u64 {
        let before = self.round_trips();
        let response = self
            .request(Method::GET, "/api/domains/", credential, None)
            .await;
        assert_eq!(response.status(), 200);
        self.round_trips() - before
    }

    /// Waits until `credential` is answered from the cache: a GET takes
    /// only the page's own round trip (the first ones may look it up, or
    /// find the cache off while the listener connects).
    async fn until_cached(&self, credential: &Credential, within: Duration) {
        let started = Instant::now();
        loop {
            let trips = self.domains_trips(credential).await;
            if trips == 1 {
                break;
            }
            assert!(
                started.elapsed() < within,
                "the credential was never served from the cache ({trips} round trips)"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

/// A request to the app at `base`, signed in with `credential`.
async fn send(
    base: &str,
    method: Method,
    path: &str,
    credential: &Credential,
    body: Option<Value>,
) -> reqwest::Response {
    let mut request = reqwest::Client::new().request(method, format!("{base}{path}"));
    request = match credential {
        Credential::Token(key) => request.header("authorization", format!("Token {key}")),
        Credential::Session(key) => request.header("cookie", format!("mothra_session={key}")),
    };
    if let Some(body) = body {
        request = request.json(&body);
    }
    request.send().await.expect("request")
}

/// A TCP proxy to `upstream`'s PostgreSQL that counts ReadyForQuery
/// messages (one per round trip) on every connection but the listener's
/// (told by its `application_name`), turning the listener away while
/// `listener_barred` is set; returns the port.
async fn proxy(
    upstream: &tokio_postgres::Config,
    counter: &Arc<AtomicU64>,
    listener_barred: &Arc<AtomicBool>,
) -> u16 {
    let port = upstream.get_ports().first().copied().unwrap_or(5432);
    let target = match upstream.get_hosts().first() {
        Some(tokio_postgres::config::Host::Tcp(host)) => Upstream::Tcp(format!("{host}:{port}")),
        Some(tokio_postgres::config::Host::Unix(dir)) => {
            Upstream::Unix(dir.join(format!(".s.PGSQL.{port}")))
        }
        None => Upstream::Tcp(format!("localhost:{port}")),
    };
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let (counter, barred) = (counter.clone(), listener_barred.clone());
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let target = target.clone();
            let (counter, barred) = (counter.clone(), barred.clone());
            tokio::spawn(async move {
                let _ = match &target {
                    Upstream::Tcp(address) => match TcpStream::connect(address).await {
                        Ok(server) => relay(client, server, counter, barred).await,
                        Err(error) => Err(error),
                    },
                    Upstream::Unix(path) => match UnixStream::connect(path).await {
                        Ok(server) => relay(client, server, counter, barred).await,
                        Err(error) => Err(error),
                    },
                };
            });
        }
    });
    port
}

/// Where the test server listens.
#[derive(Clone)]
enum Upstream {
    Tcp(String),
    Unix(std::path::PathBuf),
}

async fn relay<S>(
    mut client: TcpStream,
    server: S,
    counter: Arc<AtomicU64>,
    listener_barred: Arc<AtomicBool>,
) -> std::io::Result<()>
where
    S: AsyncRead + AsyncWrite + Send + 'static,
{
    // The startup message (no SSL: the tests' databases run sslmode=disable):
    // a length, then the protocol version and name/value pairs.
    let mut length = [0u8; 4];
    client.read_exact(&mut length).await?;
    let mut startup = vec![0u8; (u32::from_be_bytes(length) as usize).saturating_sub(4)];
    client.read_exact(&mut startup).await?;
    let counted = !startup
        .windows(b"mothra-listen\0".len())
        .any(|w| w == b"mothra-listen\0");
    if !counted && listener_barred.load(Ordering::SeqCst) {
        return Ok(()); // hung up on: the listener cannot connect
    }
    let (mut client_read, mut client_write) = client.into_split();
    let (mut server_read, mut server_write) = tokio::io::split(server);
    server_write.write_all(&length).await?;
    server_write.write_all(&startup).await?;
    let upward = tokio::spawn(async move {
        let _ = tokio::io::copy(&mut client_read, &mut server_write).await;
        let _ = server_write.shutdown().await;
    });
    // Every server message is a type byte and a length (which counts
    // itself): read the headers as they pass, count the 'Z's.
    let mut header = Vec::with_capacity(5);
    let mut skip = 0usize;
    let mut buffer = vec![0u8; 16 * 1024];
    loop {
        let n = server_read.read(&mut buffer).await?;
        if n == 0 {
            break;
        }
        let mut i = 0;
        while i < n {
            if skip > 0 {
                let step = skip.min(n - i);
                skip -= step;
                i += step;
                continue;
            }
            header.push(buffer[i]);
            i += 1;
            if header.len() == 5 {
                let length = u32::from_be_bytes([header[1], header[2], header[3], header[4]]);
                skip = (length as usize).saturating_sub(4);
                if header[0] == b'Z' && counted {
                    counter.fetch_add(1, Ordering::SeqCst);
                }
                header.clear();
            }
        }
        client_write.write_all(&buffer[..n]).await?;
    }
    upward.abort();
    Ok(())
}

/// A deadline for something to happen [`PROMPTLY`]: poll the condition,
/// and call [`Soon::wait`] each time it does not hold yet.
struct Soon(Instant);

impl Soon {
    fn start() -> Soon {
        Soon(Instant::now())
    }

    /// Fails once `PROMPTLY` has passed; otherwise waits a little.
    async fn wait(&self, what: &str) {
        assert!(
            self.0.elapsed() < PROMPTLY,
            "not within {PROMPTLY:?}: {what}"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Revokes the member's token with the triggers off
/// (`session_replication_role = replica`), so no notification tells the
/// instances: what they then answer shows whether they answer from their
/// cache.
async fn revoke_unheard(db: &tokio_postgres::Client, user_id: i64) {
    db.batch_execute("begin; set local session_replication_role = replica")
        .await
        .unwrap();
    db.execute("delete from api_tokens where user_id = $1", &[&user_id])
        .await
        .unwrap();
    db.batch_execute("commit").await.unwrap();
}

/// A new member whose token `app` now answers from its cache.
async fn cached_member(app: &Counted, db: &TestDatabase, name: &str) -> (TestUser, Credential) {
    let member = insert_member(&db.client, name, false, None).await;
    let key = Credential::Token(member.token.clone());
    app.until_cached(&key, LISTENING_WITHIN).await;
    (member, key)
}

/// A session for `user_id` made directly in the database; its key.
async fn insert_session(db: &tokio_postgres::Client, user_id: i64) -> String {
    let key = mothra::auth::keys::generate();
    let hash = mothra::auth::keys::hash(&test_config(&[]).secret_key, &key);
    db.execute(
        "insert into sessions (key_hash, user_id, csrf_token, expires_at)
         values ($1, $2, 'csrf', now() + interval '1 day')",
        &[&hash, &user_id],
    )
    .await
    .unwrap();
    key
}

#[tokio::test]
async fn a_warm_signed_in_get_makes_one_round_trip() {
    let db = migrated_database().await;
    let app = Counted::start(&db).await;
    let ann = insert_member(&db.client, "ann", false, None).await;
    for credential in [
        Credential::Token(ann.token.clone()),
        Credential::Session(insert_session(&db.client, ann.user_id).await),
    ] {
        app.until_cached(&credential, LISTENING_WITHIN).await;
        let before = app.round_trips();
        for _ in 0..20 {
            let response = app
                .request(Method::GET, "/api/domains/", &credential, None)
                .await;
            assert_eq!(response.status(), 200);
        }
        assert_eq!(
            app.round_trips() - before,
            20,
            "20 warm GETs, 20 round trips (the pages' own queries)"
        );
    }
    // A wrong key is never cached: each try is looked up again.
    let wrong = Credential::Token(mothra::auth::keys::generate());
    for _ in 0..3 {
        let before = app.round_trips();
        assert_eq!(app.me(&wrong).await, 401);
        assert_eq!(app.round_trips() - before, 1, "looked up, not cached");
    }
}

#[tokio::test]
async fn a_token_rotated_or_revoked_on_one_instance_is_refused_by_the_other_at_once() {
    let first = spawn_app().await;
    let second = Counted::start(&first.db).await;
    create_user(&first, "ann", GOOD_PASSWORD, false).await;
    let browser = Browser::signed_in(&first, "ann", GOOD_PASSWORD).await;

    let old = Credential::Token(browser.new_token().await);
    second.until_cached(&old, LISTENING_WITHIN).await;
    let new = Credential::Token(browser.new_token().await); // rotated on the first
    let soon = Soon::start();
    while second.me(&old).await != 401 {
        soon.wait("the rotated-out token refused by the second instance")
            .await;
    }
    assert_eq!(second.me(&new).await, 200);

    second.until_cached(&new, PROMPTLY).await;
    let response = browser.send(Method::DELETE, "/api/auth/token", None).await;
    assert_eq!(response.status(), 204);
    let soon = Soon::start();
    while second.me(&new).await != 401 {
        soon.wait("the revoked token refused by the second instance")
            .await;
    }
}

#[tokio::test]
async fn a_password_change_on_one_instance_ends_the_other_credentials_on_the_other() {
    let first = spawn_app().await;
    let second = Counted::start(&first.db).await;
    create_user(&first, "ann", GOOD_PASSWORD, false).await;
    let changing = Browser::signed_in(&first, "ann", GOOD_PASSWORD).await;
    let other = Browser::signed_in(&first, "ann", GOOD_PASSWORD).await;
    let token = Credential::Token(changing.new_token().await);
    let kept = Credential::Session(changing.session.clone());
    let ended = Credential::Session(other.session.clone());
    for credential in [&token, &kept, &ended] {
        second.until_cached(credential, LISTENING_WITHIN).await;
    }

    let response = changing
        .post(
            "/api/auth/password/change",
            json!({ "old_password": GOOD_PASSWORD, "new_password": "quartz-heron-lattice-9" }),
        )
        .await;
    assert_eq!(response.status(), 200, "{}", body(response).await);
    let soon = Soon::start();
    while second.me(&ended).await != 401 || second.me(&token).await != 401 {
        soon.wait("the other session and the token refused").await;
    }
    assert_eq!(
        second.me(&kept).await,
        200,
        "the session that changed it goes on"
    );
}

/// PATCH `path` on the app at `base` with `change`; the status.
async fn patch(base: &str, path: &str, credential: &Credential, change: Value) -> StatusCode {
    send(base, Method::PATCH, path, credential, Some(change))
        .await
        .status()
}

#[tokio::test]
async fn deactivation_and_loss_of_staff_on_one_instance_show_on_the_other_at_once() {
    let first = spawn_app().await;
    let second = Counted::start(&first.db).await;
    let boss = Credential::Token(
        insert_member(&first.db.client, "boss", true, None)
            .await
            .token,
    );
    let ann = insert_member(&first.db.client, "ann", false, None).await;
    let bob = insert_member(&first.db.client, "bob", true, None).await;
    let (ann_key, bob_key) = (
        Credential::Token(ann.token.clone()),
        Credential::Token(bob.token.clone()),
    );
    second.until_cached(&ann_key, LISTENING_WITHIN).await;
    // A staff-only change, allowed to bob while he is staff.
    let ann_path = format!("/api/users/{}/", ann.user_id);
    let unchanged = json!({ "last_name": "Tester" });
    assert_eq!(
        patch(&second.base, &ann_path, &bob_key, unchanged.clone()).await,
        200
    );
    second.until_cached(&bob_key, PROMPTLY).await;

    let deactivate = json!({ "is_active": false });
    assert_eq!(
        patch(&first.address, &ann_path, &boss, deactivate).await,
        200
    );
    let soon = Soon::start();
    while second.me(&ann_key).await != 401 {
        soon.wait("the deactivated member refused").await;
    }

    let bob_path = format!("/api/users/{}/", bob.user_id);
    let demote = json!({ "is_staff": false });
    assert_eq!(patch(&first.address, &bob_path, &boss, demote).await, 200);
    let soon = Soon::start();
    while patch(&second.base, &ann_path, &bob_key, unchanged.clone()).await != 403 {
        soon.wait("the former staff member refused a staff-only change")
            .await;
    }
}

#[tokio::test]
async fn an_organization_change_on_one_instance_shows_on_the_other_at_once() {
    let first = spawn_app().await;
    let second = Counted::start(&first.db).await;
    let boss = Credential::Token(
        insert_member(&first.db.client, "boss", true, None)
            .await
            .token,
    );
    let ann = insert_member(&first.db.client, "ann", false, None).await;
    let organization: i64 = first
        .db
        .client
        .query_one(
            "insert into organizations (name, org_type_id)
             values ('Riverside', (select min(id) from org_types)) returning id",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    let key = Credential::Token(ann.token.clone());
    second.until_cached(&key, LISTENING_WITHIN).await;
    // Members may change their own organization's record, and the record
    // says so (`permissions.change`) from the member the request resolved to.
    let path = format!("/api/organizations/{organization}/");
    let may_change = |response: reqwest::Response| async move {
        assert_eq!(response.status(), 200);
        body(response).await["permissions"]["change"].clone()
    };
    let before = second.request(Method::GET, &path, &key, None).await;
    assert_eq!(may_change(before).await, json!(false));
    second.until_cached(&key, PROMPTLY).await;

    let profile = format!("/api/profiles/{}/", ann.profile_id);
    let join = json!({ "organization": organization });
    assert_eq!(patch(&first.address, &profile, &boss, join).await, 200);
    let soon = Soon::start();
    while may_change(second.request(Method::GET, &path, &key, None).await).await != json!(true) {
        soon.wait("the member's new organization seen").await;
    }
}

#[tokio::test]
async fn losing_the_listener_empties_the_cache_and_nothing_is_cached_until_it_is_back() {
    let db = migrated_database().await;
    let app = Counted::start(&db).await;
    let (ann, ann_key) = cached_member(&app, &db, "ann").await;

    // Revoked without a notification: the instance still answers from its
    // cache (what it would do for any change made while nobody listens).
    revoke_unheard(&db.client, ann.user_id).await;
    assert_eq!(app.me(&ann_key).await, 200, "served from the cache");

    // The listener is cut, and cannot come back until allowed again.
    app.listener_barred.store(true, Ordering::SeqCst);
    let cut: Vec<bool> = db
        .client
        .query(
            "select pg_terminate_backend(pid) from pg_stat_activity
             where datname = current_database() and application_name = 'mothra-listen'",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect();
    assert_eq!(cut, [true], "one listening connection, cut");
    let soon = Soon::start();
    while app.me(&ann_key).await != 401 {
        soon.wait("the cache emptied when the listener went").await;
    }

    // While nobody listens, nothing is cached: every request looks its
    // credential up, and a token revoked in SQL is refused at once.
    let bob = insert_member(&db.client, "bob", false, None).await;
    let bob_key = Credential::Token(bob.token.clone());
    for _ in 0..3 {
        assert_eq!(app.domains_trips(&bob_key).await, 2, "looked up each time");
    }
    db.client
        .execute("delete from api_tokens where user_id = $1", &[&bob.user_id])
        .await
        .unwrap();
    assert_eq!(app.me(&bob_key).await, 401);

    // Back: the listener reconnects, and caching resumes.
    app.listener_barred.store(false, Ordering::SeqCst);
    let (cy, cy_key) = cached_member(&app, &db, "cy").await;
    revoke_unheard(&db.client, cy.user_id).await;
    assert_eq!(app.me(&cy_key).await, 200, "cached again");
}
