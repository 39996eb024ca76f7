//! The move from the Django original: `mothra import` of its
//! `manage.py dumpdata` document (with or without `--natural-foreign` and
//! `--natural-primary`) into a new, empty database, in one transaction.
//!
//! The document is read one object at a time on a blocking thread
//! ([`reader`]); each object is checked by Mothra's own rules and mended
//! where the original allowed what Mothra refuses ([`objects`]); batches
//! go through a bounded channel into staging tables, so memory stays
//! bounded whatever the document's size. The checks across rows and the
//! load are SQL (`db::django`). A dry run does all of it, the load
//! included, so the database's own constraints have their say, and rolls
//! back.

pub mod icons;
pub mod objects;
pub mod reader;
pub mod report;

use std::collections::{BTreeMap, HashMap};
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::sync::mpsc;

use crate::config::{Config, SecretKeySource};
use crate::db::{backup, django as stages, history, migrate, Target};
use objects::Context;
use report::{Mends, Report};

/// How an import runs.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Check everything, write nothing.
    pub dry_run: bool,
    /// Load the rest when rows are refused (the refused ones, and what
    /// depends on them, are left out and listed).
    pub skip_invalid: bool,
}

/// Rows per staging statement: large enough that statements are few,
/// small enough that a batch is a small part of memory.
const BATCH: usize = 500;
/// Batches in flight between the reader and the database.
const IN_FLIGHT: usize = 4;

/// What the reader thread found, besides the rows it sent.
struct Reading {
    objects: u64,
    not_carried: BTreeMap<String, u64>,
    mends: Mends,
}

/// A staging table's rows, on their way to the database.
struct Batch {
    table: &'static str,
    rows: Vec<Value>,
}

/// Imports the Django dump at `path` into the configured database (its
/// migrations applied first), printing the report to standard output and
/// progress to a terminal's standard error.
pub async fn import(config: &Config, path: &Path, options: Options) -> Result<(), String> {
    let size = std::fs::metadata(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?
        .len();
    let (target, mut client) = Target::open(config).await?;
    migrate::run(&mut client).await?;
    let tx = client.transaction().await.map_err(database)?;
    // The rows it loads are the original's data, not edits made here.
    history::pause(&tx).await.map_err(database)?;
    if let Some(table) = backup::content_in_use(&tx).await.map_err(database)? {
        return Err(format!(
            "{} already has {table}; import only into a new, empty database (nothing was written)",
            target.describe()
        ));
    }
    stages::create_stages(&tx).await.map_err(database)?;

    let progress = Progress::new(size);
    let reading = stage_document(&tx, path, config, &progress).await?;
    progress.phase("checking across rows");
    let refused = stages::check(&tx).await.map_err(database)?;
    let report = Report {
        objects: reading.objects,
        fates: stages::fates(&tx).await.map_err(database)?,
        not_carried: reading.not_carried,
        mends: reading.mends,
        refusals: stages::refusals(&tx).await.map_err(database)?,
        dependents: stages::dependents(&tx).await.map_err(database)?,
    };
    progress.clear();
    println!("{}: {}", path.display(), report);
    if refused > 0 && !options.skip_invalid {
        return Err(format!(
            "{refused} row(s) refused; nothing was written. Mend them in the original app and dump again, \
             or import with --skip-invalid to leave them out (with the rows listed as depending on them)"
        ));
    }
    progress.phase("loading");
    stages::load(&tx).await.map_err(database)?;
    if !stages::has_active_staff(&tx).await.map_err(database)? {
        println!(
            "warning: no active staff member is among the imported users; make one with `mothra createsuperuser`"
        );
    }
    let tokens = report
        .fates
        .iter()
        .any(|(s, f)| *s == stages::TOKEN && f.loaded > 0);
    if tokens && config.secret_key_source == SecretKeySource::Generated {
        println!(
            "warning: SECRET_KEY is not set, so a random one was made for this run; the imported API tokens \
             are stored under it and will not work once the server runs with another key. Set SECRET_KEY \
             to the server's and import again"
        );
    }
    if options.dry_run {
        tx.rollback().await.map_err(database)?;
        progress.clear();
        println!("Dry run: everything above was checked and loaded in a transaction that was rolled back; nothing was written.");
        return Ok(());
    }
    tx.commit().await.map_err(database)?;
    progress.phase("vacuum analyze");
    // The planner's statistics and the visibility map, as a settled
    // database has them (the API's counts use index-only scans).
    client
        .batch_execute("vacuum analyze")
        .await
        .map_err(database)?;
    progress.clear();
    let loaded: i64 = report.fates.iter().map(|(_, f)| f.loaded).sum();
    println!(
        "Imported {loaded} rows into {} in {:.1} s.",
        target.describe(),
        progress.started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Reads the document on a blocking thread and stages its objects as
/// they come; returns what the reader counted.
async fn stage_document(
    tx: &tokio_postgres::Transaction<'_>,
    path: &Path,
    config: &Config,
    progress: &Progress,
) -> Result<Reading, String> {
    let file =
        std::fs::File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let counted = reader::Counted::new(std::io::BufReader::new(file), progress.bytes.clone());
    let context = Context {
        secret: config.secret_key.clone(),
    };
    let objects = progress.objects.clone();
    let (sender, mut receiver) = mpsc::channel::<Batch>(IN_FLIGHT);
    let reading =
        tokio::task::spawn_blocking(move || read_document(counted, &context, &sender, &objects));
    let mut staged = Ok(());
    while let Some(batch) = receiver.recv().await {
        if let Err(e) = stages::stage(tx, batch.table, &Value::Array(batch.rows)).await {
            staged = Err(database(e));
            // Dropping the receiver stops the reader at its next send.
            break;
        }
        progress.show();
    }
    drop(receiver);
    let reading = reading
        .await
        .map_err(|e| format!("the reader stopped: {e}"))?;
    staged?;
    let reading = reading?;
    let carried: u64 = reading.objects - reading.not_carried.values().sum::<u64>();
    if carried == 0 {
        return Err(not_ours(&reading));
    }
    Ok(reading)
}

/// The message for a document with none of Mothra's models.
fn not_ours(reading: &Reading) -> String {
    if reading.objects == 0 {
        return "the document holds no objects: nothing to import".into();
    }
    let mut models: Vec<_> = reading.not_carried.iter().collect();
    models.sort_by(|a, b| b.1.cmp(a.1));
    let listed: Vec<String> = models
        .iter()
        .take(5)
        .map(|(m, n)| format!("{m} ×{n}"))
        .collect();
    format!(
        "this is not a dump of the Django app Mothra replaces: none of its {} objects is an \
         accounts, inventory, auth.user or authtoken.token object (it holds {}); nothing was written",
        reading.objects,
        listed.join(", ")
    )
}

/// The reader thread: every object converted and sent in batches.
fn read_document(
    document: impl std::io::Read,
    context: &Context,
    sender: &mpsc::Sender<Batch>,
    objects: &AtomicU64,
) -> Result<Reading, String> {
    let mut batches: HashMap<&'static str, Vec<Value>> = HashMap::new();
    let mut reading = Reading {
        objects: 0,
        not_carried: BTreeMap::new(),
        mends: Mends::default(),
    };
    let send = |table: &'static str, rows: &mut Vec<Value>| -> Result<(), String> {
        let rows = std::mem::take(rows);
        sender
            .blocking_send(Batch { table, rows })
            .map_err(|_| "the database stopped taking rows".to_owned())
    };
    let count = reader::for_each_object(document, |seq, object| {
        objects.store(seq, Ordering::Relaxed);
        let Some(stage) = objects::carried(&object.model) else {
            *reading.not_carried.entry(object.model).or_default() += 1;
            return Ok(());
        };
        let converted = objects::convert(stage, seq, object.pk.as_ref(), &object.fields, context);
        for mend in converted.mends {
            reading.mends.add(mend);
        }
        let mut add = |table: &'static str, row: Value| -> Result<(), String> {
            let rows = batches.entry(table).or_default();
            rows.push(row);
            if rows.len() >= BATCH {
                send(table, rows)?;
            }
            Ok(())
        };
        add(stage.table, Value::Object(converted.row))?;
        for refusal in converted.refusals {
            add(stages::REFUSALS, Value::Object(refusal))?;
        }
        Ok(())
    })?;
    for (table, rows) in batches.iter_mut() {
        if !rows.is_empty() {
            send(table, rows)?;
        }
    }
    reading.objects = count;
    Ok(reading)
}

/// Progress on a terminal's standard error (nothing when it is not one,
/// so logs and pipes stay clean).
struct Progress {
    started: Instant,
    size: u64,
    bytes: Arc<AtomicU64>,
    objects: Arc<AtomicU64>,
    shown: std::sync::Mutex<Instant>,
    terminal: bool,
}

impl Progress {
    fn new(size: u64) -> Self {
        let now = Instant::now();
        Progress {
            started: now,
            size,
            bytes: Arc::new(AtomicU64::new(0)),
            objects: Arc::new(AtomicU64::new(0)),
            shown: std::sync::Mutex::new(now - Duration::from_secs(1)),
            terminal: std::io::stderr().is_terminal(),
        }
    }

    /// The reading's progress, at most four times a second.
    fn show(&self) {
        if !self.terminal {
            return;
        }
        let Ok(mut shown) = self.shown.lock() else {
            return;
        };
        if shown.elapsed() < Duration::from_millis(250) {
            return;
        }
        *shown = Instant::now();
        let bytes = self.bytes.load(Ordering::Relaxed);
        let percent = (bytes * 100).checked_div(self.size).unwrap_or(100);
        let mb = |b: u64| b as f64 / 1_000_000.0;
        eprint!(
            "\r  reading: {percent:>3} % ({:.1} of {:.1} MB), {} objects   ",
            mb(bytes),
            mb(self.size),
            self.objects.load(Ordering::Relaxed)
        );
        let _ = std::io::stderr().flush();
    }

    /// A step after the reading.
    fn phase(&self, what: &str) {
        if self.terminal {
            eprint!(
                "\r  {what} ({:.1} s so far)...                              ",
                self.started.elapsed().as_secs_f64()
            );
            let _ = std::io::stderr().flush();
        }
    }

    /// Clears the progress line before the report is printed.
    fn clear(&self) {
        if self.terminal {
            eprint!("\r{:70}\r", "");
            let _ = std::io::stderr().flush();
        }
    }
}

/// A database error for a person: PostgreSQL's message, and its detail
/// and constraint when it gives them.
fn database(e: tokio_postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => {
            let mut text = format!("the database refused: {}", db.message());
            // "Failing row contains (...)" would print every column of the
            // row, a password hash among them: the constraint names the rule.
            if let Some(detail) = db.detail().filter(|d| !d.starts_with("Failing row")) {
                text.push_str(&format!(" ({detail})"));
            }
            if let Some(constraint) = db.constraint() {
                text.push_str(&format!(" [constraint {constraint}]"));
            }
            text.push_str("; nothing was written");
            text
        }
        None => format!("database: {e}; nothing was written"),
    }
}
