//! The database: choosing the server, the connection pool, migrations, and
//! (in the files beside this one) all of Mothra's SQL.

pub mod accounts;
pub mod backup;
pub mod collection_writes;
pub mod collections;
pub mod decide;
pub mod demo;
pub mod demo_words;
pub mod error;
pub mod figures;
pub mod history;
pub mod local;
pub mod migrate;
pub mod moves;
pub mod pool;
pub mod target;
pub mod tls;
pub mod users;

pub use pool::{Connection, Pool};
pub use target::Target;
