//! lancer: a freelancer's marketplace pipeline in a local SQLite store.

pub mod app;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod completion;
pub mod docs;
pub mod error;
pub mod fuzz;
pub mod input;
pub mod jq;
pub mod output;
pub mod prompt;
pub mod rules;
pub mod store;
