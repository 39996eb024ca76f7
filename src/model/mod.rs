//! The collections' model: how each collection is declared (fields, kinds,
//! formats, relations, who may do what), what a request may ask of one
//! (list parameters, request bodies), the values bound to SQL, and the
//! errors in what a client sent. Pure code below both `api` and `db`: it
//! knows neither HTTP nor PostgreSQL's wire.

pub mod collection;
pub mod error;
pub mod field;
pub mod filter_values;
pub mod input;
pub mod list;
pub mod path;
pub mod permissions;
pub mod registry;
pub mod sql_value;
