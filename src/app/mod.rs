//! The operations of the pipeline: one function per thing a user (or `seed`, or `import`) can
//! do, with plain typed inputs and outputs. Each runs inside the caller's one transaction,
//! asks `rules` whether the move is allowed, and writes through `store`. Nothing here knows of
//! flags, prompts or terminals, so a second front end reuses it unchanged.

pub mod catalog;
pub mod connects;
pub mod invites;
pub mod jobs;
pub mod messages;
pub mod offers;
pub mod proposals;
pub mod seed;
pub mod transfer;

#[cfg(test)]
mod model_tests;

use crate::store::db::Db;
use jiff::Timestamp;

use crate::error::Result;

/// Records what time alone changed by `now` (R20's expired offers, R50's expired lots), at the
/// start of every change. Reads derive the same state without writing it (I9).
pub fn settle(conn: &Db, now: Timestamp) -> Result<()> {
    offers::settle_offers(conn, now)?;
    crate::store::connects::expire_all_due(conn, now)?;
    Ok(())
}
