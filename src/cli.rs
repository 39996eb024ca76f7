//! The command line: `mothra [serve|migrate|check|healthcheck|export|import|demo]`.

use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::app::App;
use crate::config::Config;
use crate::db::{backup, demo, migrate, Target};
use crate::django;
use crate::telemetry;

/// Mothra: which ed-tech products our organizations use, how data moves
/// through them, and what we think of them. Configured by the environment
/// (and a `.env` file); see `.env.example`.
#[derive(Debug, Parser)]
#[command(name = "mothra", version, about, long_about = None)]
pub struct Cli {
    /// What to do; `serve` when omitted.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Mothra's subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Apply pending migrations, then serve the web app and the API on HOST:PORT (the default).
    Serve,
    /// Apply pending migrations and exit (a release-phase command).
    Migrate,
    /// Validate the configuration and reach the database, then exit 0, or print what is wrong and exit 1.
    Check,
    /// Ask the server on 127.0.0.1:$PORT for /healthz; exit 0 when it answers 200 (container health checks).
    Healthcheck,
    /// Create an active staff user; the password is asked for without echo, or read from MOTHRA_PASSWORD.
    Createsuperuser {
        /// The new user's username.
        #[arg(long)]
        username: String,
        /// The new user's email address.
        #[arg(long)]
        email: String,
        /// Given name (optional).
        #[arg(long, default_value = "")]
        first_name: String,
        /// Family name (optional).
        #[arg(long, default_value = "")]
        last_name: String,
    },
    /// Write all data (not sessions or tokens) as one JSON document, to a file or standard output.
    Export {
        /// Where to write; standard output when omitted.
        #[arg(long, short)]
        output: Option<std::path::PathBuf>,
    },
    /// Load a document into a new, empty database (migrations are applied first): one made by
    /// `export`, or the Django original's `manage.py dumpdata` (README: "Moving from the Django app").
    Import {
        /// The document to load.
        file: std::path::PathBuf,
        /// A Django dump: check everything and print what would be loaded and refused; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// A Django dump: load the rest when rows are refused, leaving out those rows and what depends on them.
        #[arg(long)]
        skip_invalid: bool,
    },
    /// Fill the database with realistic, deterministic demo data (member `demo`, password `mothra-demo`).
    Demo {
        /// Size: 1 is ~300 organizations, 2,000 members, 1,500 products, 40,000 reviews.
        #[arg(long, default_value_t = 1.0)]
        scale: f64,
        /// Replace existing content (deletes every review, product, organization and non-staff member).
        #[arg(long)]
        force: bool,
    },
}

/// Runs a parsed command line to its exit code.
pub async fn run(cli: Cli) -> ExitCode {
    let command = cli.command.unwrap_or(Command::Serve);
    if let Command::Healthcheck = command {
        return healthcheck().await;
    }
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("mothra: configuration: {e}");
            return ExitCode::from(2);
        }
    };
    telemetry::init(config.log_format);
    let outcome = match command {
        Command::Serve => serve(config).await,
        Command::Migrate => migrate_only(config).await,
        Command::Check => check(config).await,
        Command::Export { output } => export(config, output).await,
        Command::Import {
            file,
            dry_run,
            skip_invalid,
        } => {
            let options = django::Options {
                dry_run,
                skip_invalid,
            };
            import(config, file, options).await
        }
        Command::Demo { scale, force } => demo(config, scale, force).await,
        Command::Createsuperuser {
            username,
            email,
            first_name,
            last_name,
        } => {
            crate::superuser::create(
                &config,
                serde_json::json!({
                    "username": username,
                    "email": email,
                    "first_name": first_name,
                    "last_name": last_name,
                })
                .as_object()
                .cloned()
                .unwrap_or_default(),
            )
            .await
        }
        Command::Healthcheck => unreachable!("handled above"),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e}");
            eprintln!("mothra: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: Config) -> Result<(), String> {
    let app = App::build(config).await?;
    app.run_until_stopped(telemetry::shutdown_signal()).await;
    Ok(())
}

async fn migrate_only(config: Config) -> Result<(), String> {
    let (target, mut client) = Target::open(&config).await?;
    let applied = migrate::run(&mut client).await?;
    println!(
        "{}: {} migration(s) applied",
        target.describe(),
        applied.names.len()
    );
    for name in applied.names {
        println!("  {name}");
    }
    Ok(())
}

async fn check(config: Config) -> Result<(), String> {
    println!(
        "configuration: ok (listening would be on {}:{})",
        config.host, config.port
    );
    let (target, client) = Target::open(&config).await?;
    println!(
        "database: ok ({}, chosen by {})",
        target.describe(),
        target.origin
    );
    let current = migrate::is_current(&client)
        .await
        .map_err(|e| format!("cannot read the migration history: {e}"))?;
    if current {
        println!("migrations: current ({} in this binary)", migrate::count());
    } else {
        println!("migrations: pending (`mothra migrate` or `mothra serve` applies them)");
    }
    Ok(())
}

async fn export(config: Config, output: Option<std::path::PathBuf>) -> Result<(), String> {
    // Held to the end: a private cluster lives as long as its Target.
    let (_target, client) = Target::open(&config).await?;
    if !migrate::is_current(&client)
        .await
        .map_err(|e| e.to_string())?
    {
        return Err(
            "the database's migrations are behind this mothra; run `mothra migrate` first".into(),
        );
    }
    let document = backup::export(&client)
        .await
        .map_err(|e| format!("export failed: {e}"))?;
    let text = serde_json::to_string_pretty(&document).map_err(|e| e.to_string())?;
    match output {
        Some(path) => std::fs::write(&path, text + "\n")
            .map_err(|e| format!("cannot write {}: {e}", path.display())),
        None => {
            println!("{text}");
            Ok(())
        }
    }
}

/// What a document to import is, by its first character: Mothra's own
/// export is an object, a Django dump an array.
async fn import(
    config: Config,
    file: std::path::PathBuf,
    options: django::Options,
) -> Result<(), String> {
    match first_character(&file)? {
        Some(b'[') => return django::import(&config, &file, options).await,
        Some(b'{') if options.dry_run || options.skip_invalid => {
            return Err(format!(
                "{} is a Mothra export; --dry-run and --skip-invalid are for Django dumps",
                file.display()
            ))
        }
        Some(b'{') => {}
        _ => {
            return Err(format!(
                "{} is neither a Mothra export (a JSON object) nor a Django dumpdata document (a JSON array)",
                file.display()
            ))
        }
    }
    let text = std::fs::read_to_string(&file)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let document: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{} is not JSON: {e}", file.display()))?;
    let (target, mut client) = Target::open(&config).await?;
    migrate::run(&mut client).await?;
    let rows = backup::import(&mut client, &document)
        .await
        .map_err(|e| format!("import failed, nothing was changed: {e}"))?;
    println!(
        "{}: {rows} rows imported from {}",
        target.describe(),
        file.display()
    );
    Ok(())
}

/// The document's first character that is not white space, without
/// reading the rest.
fn first_character(file: &std::path::Path) -> Result<Option<u8>, String> {
    use std::io::Read;
    let cannot = |e: std::io::Error| format!("cannot read {}: {e}", file.display());
    let bytes = std::io::BufReader::new(std::fs::File::open(file).map_err(cannot)?).bytes();
    for byte in bytes {
        let byte = byte.map_err(cannot)?;
        if !byte.is_ascii_whitespace() {
            return Ok(Some(byte));
        }
    }
    Ok(None)
}

async fn demo(config: Config, scale: f64, force: bool) -> Result<(), String> {
    if !(scale.is_finite() && scale > 0.0 && scale <= 1000.0) {
        return Err(format!(
            "--scale must be a number above 0, at most 1000 (got {scale})"
        ));
    }
    let (target, mut client) = Target::open(&config).await?;
    migrate::run(&mut client).await?;
    let has_content = demo::has_content(&client)
        .await
        .map_err(|e| e.to_string())?;
    if has_content && !force {
        return Err(format!(
            "{} already has organizations, products or reviews; `mothra demo --force` replaces them \
             (it deletes every review, product, organization and non-staff member)",
            target.describe()
        ));
    }
    let counts = demo::Counts::for_scale(scale);
    println!(
        "{}: generating scale {scale}: {} organizations, {} members, {} products, {} reviews",
        target.describe(),
        counts.organizations,
        counts.members,
        counts.products,
        counts.reviews
    );
    let made = demo::generate(&mut client, counts, force, &mut |line| println!("  {line}"))
        .await
        .map_err(|e| {
            let why = e
                .as_db_error()
                .map_or_else(|| e.to_string(), |db| db.to_string());
            format!("demo data failed, nothing was changed: {why}")
        })?;
    println!(
        "{} reviews; sign in as `demo` with the password `{}`",
        made.reviews,
        demo::DEMO_PASSWORD
    );
    Ok(())
}

/// A minimal HTTP/1.1 GET, because the container image has no curl.
async fn healthcheck() -> ExitCode {
    let port = std::env::var("PORT")
        .ok()
        .and_then(|p| p.parse::<u16>().ok())
        .unwrap_or(8080);
    let attempt = async {
        let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await?;
        stream
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            .await?;
        let mut head = [0u8; 12];
        stream.read_exact(&mut head).await?;
        Ok::<bool, std::io::Error>(head.starts_with(b"HTTP/1.1 200"))
    };
    match tokio::time::timeout(Duration::from_secs(3), attempt).await {
        Ok(Ok(true)) => ExitCode::SUCCESS,
        Ok(Ok(false)) => {
            eprintln!("mothra: /healthz did not answer 200");
            ExitCode::FAILURE
        }
        Ok(Err(e)) => {
            eprintln!("mothra: cannot reach 127.0.0.1:{port}: {e}");
            ExitCode::FAILURE
        }
        Err(_) => {
            eprintln!("mothra: 127.0.0.1:{port} did not answer within 3 s");
            ExitCode::FAILURE
        }
    }
}
