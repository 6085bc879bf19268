//! End-to-end tests: the built binary, a temporary store, a fixed clock, no terminal.

mod common;
mod contact;
mod fixtures;
mod foundation;
mod golden;
mod hostile;
mod insight;
mod integrity;
mod interface;
mod invariants;
mod invites;
mod model;
mod policy;
mod proposals;
mod readme;
mod safety;
mod scripting;
mod server;
