//! Import: records read from an export, checked and written all-or-nothing. Each record's
//! shape, references and amounts are checked as it is read; once all are written, the
//! invariants I1–I8 (with R30's contact check on every pre-contract text) must hold, or the
//! whole import is refused (exit 2) in the caller's transaction.

use crate::store::db::Db;
use jiff::Timestamp;
use serde_json::{Map, Value};

use crate::error::Result;
use crate::store::transfer::{self, ImportReport};

/// Imports records given as (position in the file, fields), calling `tick` per record written.
pub fn import(
    conn: &Db,
    parsed: Vec<(String, Map<String, Value>)>,
    now: Timestamp,
    tick: impl FnMut(),
) -> Result<ImportReport> {
    let mut cache = transfer::ColumnCache::default();
    let mut records = Vec::with_capacity(parsed.len());
    for (position, fields) in parsed {
        records.push(transfer::check_record(conn, position, fields, &mut cache)?);
    }
    transfer::import(conn, records, now, &mut cache, tick)
}
