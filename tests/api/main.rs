//! Mothra's integration tests: one binary, a module per area. Every test
//! starts what it needs against a real PostgreSQL, in a database of its own.

mod auth_config;
mod auth_defences;
mod auth_login;
mod auth_mail;
mod auth_password;
mod auth_permissions;
mod auth_setup;
mod auth_support;
mod auth_token;
mod backup;
mod browser;
mod cli;
mod collections_bad_input;
mod collections_lists;
mod collections_organizations;
mod collections_products;
mod collections_usages;
mod collections_users_profiles;
mod collections_reference;
mod collections_support;
mod config;
mod demo;
mod deploy;
mod faults;
mod health;
mod helpers;
mod metrics;
mod migrations;
mod private_postgres;
mod schema;
mod shutdown;
mod smtp;
mod stats;
mod web;
