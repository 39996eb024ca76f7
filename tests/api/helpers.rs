//! Test harness: every test gets a database of its own, cloned from a
//! migrated template (fast), on the PostgreSQL that `TEST_DATABASE_URL`
//! names or, by default, the one `cargo run` would find.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use mothra::api::AppState;
use mothra::app::App;
use mothra::config::database::{DatabaseSettings, DatabaseUrl, SslMode};
use mothra::config::Config;
use tokio::sync::{oneshot, OnceCell};
use tokio_postgres::NoTls;

/// Where tests create their databases: the server's maintenance database.
async fn server() -> &'static tokio_postgres::Config {
    static SERVER: OnceCell<tokio_postgres::Config> = OnceCell::const_new();
    SERVER
        .get_or_init(|| async {
            match std::env::var("TEST_DATABASE_URL") {
                Ok(url) => tokio_postgres::Config::from_str(&url)
                    .expect("TEST_DATABASE_URL is a postgres:// URL"),
                Err(_) => mothra::db::local::find_local_server()
                    .await
                    .expect("no PostgreSQL found: start one or set TEST_DATABASE_URL"),
            }
        })
        .await
}

/// Parameters for one database on the test server.
pub async fn config_for(database: &str) -> tokio_postgres::Config {
    let mut config = server().await.clone();
    config.dbname(database);
    config
}

/// A URL for one database on the test server, for child processes.
pub async fn url_for(database: &str) -> String {
    let config = server().await;
    let user = config.get_user().unwrap_or("postgres");
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let password = config
        .get_password()
        .map(|p| format!(":{}", String::from_utf8_lossy(p)))
        .unwrap_or_default();
    match config.get_hosts().first() {
        Some(tokio_postgres::config::Host::Unix(dir)) => {
            format!(
                "postgres://{user}{password}@localhost:{port}/{database}?host={}",
                dir.display()
            )
        }
        Some(tokio_postgres::config::Host::Tcp(host)) => {
            format!("postgres://{user}{password}@{host}:{port}/{database}")
        }
        None => format!("postgres://{user}{password}@localhost:{port}/{database}"),
    }
}

/// A connection to the server's maintenance database (creating, dropping,
/// and switching databases off).
pub async fn maintenance() -> tokio_postgres::Client {
    let (client, connection) = server()
        .await
        .connect(NoTls)
        .await
        .expect("connect to the test server");
    tokio::spawn(connection);
    client
}

/// The template's name changes whenever a migration file does.
fn template_name() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("migrations/ exists")
        .map(|e| e.expect("readable").path())
        .collect();
    files.sort();
    let mut hasher = std::hash::DefaultHasher::new();
    for file in files {
        file.file_name().hash(&mut hasher);
        std::fs::read(&file)
            .expect("readable migration")
            .hash(&mut hasher);
    }
    format!("mothra_template_{:016x}", hasher.finish())
}

/// Makes the migrated template once per server (across processes too).
async fn template() -> &'static str {
    static TEMPLATE: OnceCell<String> = OnceCell::const_new();
    TEMPLATE
        .get_or_init(|| async {
            let name = template_name();
            let client = maintenance().await;
            // Serialise template building across test processes.
            client
                .execute("select pg_advisory_lock(4242)", &[])
                .await
                .expect("template lock");
            let exists = client
                .query_opt("select 1 from pg_database where datname = $1", &[&name])
                .await
                .expect("look up the template")
                .is_some();
            if !exists {
                let building = format!("{name}_building");
                // Left over from an interrupted run, perhaps.
                client
                    .batch_execute(&format!("drop database if exists {building}"))
                    .await
                    .expect("drop a half-built template");
                client
                    .batch_execute(&format!("create database {building}"))
                    .await
                    .expect("create the template");
                let (mut migrating, connection) = config_for(&building)
                    .await
                    .connect(NoTls)
                    .await
                    .expect("connect to the template");
                let task = tokio::spawn(connection);
                mothra::db::migrate::run(&mut migrating)
                    .await
                    .expect("migrate the template");
                drop(migrating);
                let _ = task.await;
                client
                    .batch_execute(&format!("alter database {building} rename to {name}"))
                    .await
                    .expect("publish the template");
            }
            client
                .execute("select pg_advisory_unlock(4242)", &[])
                .await
                .expect("unlock");
            name
        })
        .await
}

/// A database that lives as long as this value, then is dropped.
pub struct TestDatabase {
    /// Its name.
    pub name: String,
    /// A connection to it, for arranging and checking rows directly.
    pub client: tokio_postgres::Client,
}

impl TestDatabase {
    /// Parameters to connect to it.
    pub async fn config(&self) -> tokio_postgres::Config {
        config_for(&self.name).await
    }

    /// A fresh connection to it.
    pub async fn connect(&self) -> tokio_postgres::Client {
        let (client, connection) = self.config().await.connect(NoTls).await.expect("connect");
        tokio::spawn(connection);
        client
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let name = self.name.clone();
        // Drop is synchronous; the test's runtime may be shutting down.
        let _ = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            runtime.block_on(async {
                let client = maintenance().await;
                let _ = client
                    .batch_execute(&format!("drop database if exists {name} with (force)"))
                    .await;
            });
        })
        .join();
    }
}

async fn create_database(template: Option<&str>) -> TestDatabase {
    let name = format!("mothra_test_{}", uuid::Uuid::new_v4().simple());
    let sql = match template {
        Some(template) => format!("create database {name} template {template}"),
        None => format!("create database {name}"),
    };
    maintenance()
        .await
        .batch_execute(&sql)
        .await
        .expect("create the test database");
    let (client, connection) = config_for(&name)
        .await
        .connect(NoTls)
        .await
        .expect("connect");
    tokio::spawn(connection);
    TestDatabase { name, client }
}

/// A database with every migration applied (cloned from the template).
pub async fn migrated_database() -> TestDatabase {
    let template = template().await;
    create_database(Some(template)).await
}

/// A database with nothing in it, for migration tests.
pub async fn empty_database() -> TestDatabase {
    create_database(None).await
}

/// Where links in the test apps' mail point (`PUBLIC_URL`).
pub const PUBLIC_URL: &str = "http://mothra.test";

/// The configuration a test app runs with: DEBUG off, a fixed key, port 0,
/// [`PUBLIC_URL`].
pub fn test_config(vars: &[(&str, &str)]) -> Config {
    let mut map: HashMap<String, String> = [
        ("SECRET_KEY", "test-secret-key-test-secret-key-0123456789"),
        ("PORT", "0"),
        ("DATABASE_TIMEOUT", "2"),
        ("PUBLIC_URL", PUBLIC_URL),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    for (k, v) in vars {
        map.insert(k.to_string(), v.to_string());
    }
    Config::from_map(&map).expect("valid test configuration")
}

/// One running instance of the app, on whatever database it was given;
/// stopped when dropped.
pub struct Instance {
    /// `http://127.0.0.1:<port>`.
    pub address: String,
    /// The app's shared state (its pool, its outbox), for conditions a
    /// test waits on.
    pub state: AppState,
    shutdown: Option<oneshot::Sender<()>>,
    stopped: Option<tokio::task::JoinHandle<()>>,
}

/// Builds and starts the real app on port 0 with `config`, its database
/// setting replaced by `database`.
pub async fn start_instance(mut config: Config, database: tokio_postgres::Config) -> Instance {
    config.database = DatabaseSettings::Url(DatabaseUrl {
        config: database,
        ssl_mode: SslMode::Disable,
    });
    let app = App::build(config).await.expect("the app builds");
    let address = format!("http://{}", app.local_addr());
    let state = app.state().clone();
    let (tx, rx) = oneshot::channel::<()>();
    let stopped = tokio::spawn(app.run_until_stopped(async {
        let _ = rx.await;
    }));
    Instance {
        address,
        state,
        shutdown: Some(tx),
        stopped: Some(stopped),
    }
}

impl Instance {
    /// Sends the shutdown signal (as SIGTERM would) and returns the task
    /// that ends when the server has stopped.
    pub fn begin_shutdown(&mut self) -> tokio::task::JoinHandle<()> {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        self.stopped.take().expect("not stopped yet")
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// A free port on loopback (bound, then released for a child to take).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// Waits (at most 20 s) until `base`'s `/readyz` answers 200.
pub async fn wait_until_ready(base: &str) {
    let http = reqwest::Client::new();
    let started = std::time::Instant::now();
    while http
        .get(format!("{base}/readyz"))
        .send()
        .await
        .map(|r| r.status() != 200)
        .unwrap_or(true)
    {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "{base} never became ready"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// A running app on its own database.
pub struct TestApp {
    /// `http://127.0.0.1:<port>`.
    pub address: String,
    /// Its database.
    pub db: TestDatabase,
    /// A client that keeps cookies.
    pub http: reqwest::Client,
    instance: Instance,
}

/// Starts the real app on port 0 with a database of its own.
pub async fn spawn_app() -> TestApp {
    spawn_app_on(migrated_database().await, test_config(&[])).await
}

/// Starts the real app on `db` with `config` (its database setting replaced).
pub async fn spawn_app_on(db: TestDatabase, config: Config) -> TestApp {
    let instance = start_instance(config, db.config().await).await;
    TestApp {
        address: instance.address.clone(),
        db,
        http: reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client"),
        instance,
    }
}

impl TestApp {
    /// `address` + `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// GET `path`.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.http.get(self.url(path)).send().await.expect("request")
    }

    /// Sends the shutdown signal (as SIGTERM would) and returns the task
    /// that ends when the server has stopped.
    pub fn begin_shutdown(&mut self) -> tokio::task::JoinHandle<()> {
        self.instance.begin_shutdown()
    }

    /// Waits until every mail the app has decided to send has been sent
    /// or has failed, and returns how many were sent in all: after it, a
    /// mail server's inbox is final for what the requests so far did.
    pub async fn mail_settled(&self) -> u64 {
        let outbox = &self.instance.state.outbox;
        let started = std::time::Instant::now();
        while outbox.pending() > 0 {
            assert!(
                started.elapsed() < std::time::Duration::from_secs(30),
                "mail still pending after 30 s"
            );
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        outbox.sent()
    }
}

/// A member signed in with an API token made directly in the database.
#[derive(Debug, Clone)]
pub struct TestUser {
    /// `users.id`.
    pub user_id: i64,
    /// `profiles.id`.
    pub profile_id: i64,
    /// The token key to send as `Authorization: Token <key>`.
    pub token: String,
}

/// Inserts an active member (staff or not, in `organization` or none) with
/// a profile and an API token; requests then send the token.
pub async fn sign_in_as(
    app: &TestApp,
    username: &str,
    staff: bool,
    organization: Option<i64>,
) -> TestUser {
    insert_member(&app.db.client, username, staff, organization).await
}

/// [`sign_in_as`] on any database (one the test started itself, say),
/// for an app running with [`test_config`]'s secret key.
pub async fn insert_member(
    db: &tokio_postgres::Client,
    username: &str,
    staff: bool,
    organization: Option<i64>,
) -> TestUser {
    let email = format!("{username}@example.org");
    let user_id: i64 = db
        .query_one(
            "insert into users (username, email, is_staff, first_name, last_name) \
             values ($1, $2, $3, initcap($1), 'Tester') returning id",
            &[&username, &email, &staff],
        )
        .await
        .expect("insert user")
        .get(0);
    db.execute(
        "insert into profiles (user_id) values ($1) on conflict (user_id) do nothing",
        &[&user_id],
    )
    .await
    .expect("insert profile");
    let profile_id: i64 = db
        .query_one(
            "update profiles set organization_id = $2 where user_id = $1 returning id",
            &[&user_id, &organization],
        )
        .await
        .expect("set organization")
        .get(0);
    let token = mothra::auth::keys::generate();
    let secret = test_config(&[]).secret_key;
    let hash = mothra::auth::keys::hash(&secret, &token);
    db.execute(
        "insert into api_tokens (user_id, key_hash) values ($1, $2)",
        &[&user_id, &hash],
    )
    .await
    .expect("insert token");
    TestUser {
        user_id,
        profile_id,
        token,
    }
}

impl TestUser {
    /// The `Authorization` header value.
    pub fn authorization(&self) -> String {
        format!("Token {}", self.token)
    }
}

/// Waits until some session on `db` is blocked waiting for a lock on
/// `table` (a request made slow by a test's lock is now in flight).
pub async fn wait_until_blocked_on(db: &TestDatabase, table: &str) {
    let started = std::time::Instant::now();
    loop {
        let blocked: i64 = db
            .client
            .query_one(
                "select count(*) from pg_locks l join pg_class c on c.oid = l.relation \
                 where not l.granted and c.relname = $1",
                &[&table],
            )
            .await
            .expect("pg_locks")
            .get(0);
        if blocked > 0 {
            return;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "nothing waited for a lock on {table}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// Waits until `url` refuses new connections (a server shutting down).
pub async fn wait_until_refused(url: &str) {
    let started = std::time::Instant::now();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .timeout(std::time::Duration::from_secs(2))
        .build()
        .expect("client");
    while client.get(url).send().await.is_ok() {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "{url} still answers new connections"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// Loads `mothra demo` data at scale 0.02 (a few hundred reviews) through
/// `client`; with `replace`, over what is there (`mothra demo --force`).
pub async fn load_small_demo(client: &mut tokio_postgres::Client, replace: bool) {
    let counts = mothra::db::demo::Counts::for_scale(0.02);
    mothra::db::demo::generate(client, counts, replace, &mut |_| {})
        .await
        .expect("demo data");
}
