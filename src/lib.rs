//! Mothra: ed-tech product reviews for an education-data community, as one
//! binary: a warp server, an embedded single-page app, PostgreSQL.
//!
//! # Layers, top to bottom
//!
//! A module uses only modules on lines below its own, never one on its
//! own line or above (`tests/api/layers.rs` fails otherwise; there are no
//! exceptions):
//!
//! 1. `cli`: the command line.
//! 2. `app`, `superuser`, `django`: what the commands run (the server,
//!    built and run; a staff user, created; a Django dump, imported).
//! 3. `server`, `web`: HTTP connections and per-request middleware; the
//!    embedded web app.
//! 4. `api`: the JSON API's routes and handlers, and the one place where
//!    every layer's error becomes a response.
//! 5. `auth`, `metrics`: who is asking and what they may do; request
//!    counters.
//! 6. `db`, `email`: SQL, the pool and migrations; outgoing mail.
//! 7. `model`, `telemetry`: the collections' model (declarations, rules,
//!    list parameters, request bodies, SQL values); logging.
//! 8. `config`: configuration from the environment.
//! 9. `connections`, `compression`: bounds on HTTP connections; content
//!    encoding.

/// The JSON API: routes, errors, handlers.
pub mod api;
/// Building and running the application.
pub mod app;
/// Who is asking and what they may do.
pub mod auth;
/// The command line.
pub mod cli;
/// Content-encoding negotiation and compression.
pub mod compression;
/// Configuration from the environment.
pub mod config;
/// Bounds on HTTP connections: how many, and how long idle.
pub mod connections;
/// The database: target, pool, migrations, SQL.
pub mod db;
/// The move from the Django original: `mothra import` of its dumpdata.
pub mod django;
/// Outgoing mail: SMTP, or the log in development.
pub mod email;
/// Prometheus metrics.
pub mod metrics;
/// The collections' model: declarations, list parameters, bodies, values.
pub mod model;
/// The HTTP server and its per-request middleware.
pub mod server;
/// `mothra createsuperuser`.
pub mod superuser;
/// Logging and signals.
pub mod telemetry;
/// The embedded web app.
pub mod web;
