//! Mothra: ed-tech product reviews for an education-data community, as one
//! binary: a warp server, an embedded single-page app, PostgreSQL.

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
