//! The event log: one row per change, written in the same transaction as the change.

use crate::store::db::Db;
use jiff::Timestamp;
use serde::Serialize;
use serde_json::Value;

use crate::error::Result;
use crate::output::Record;
use crate::store::{Select, v};

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Event {
    pub id: i64,
    pub at: Timestamp,
    pub entity: String,
    pub entity_id: i64,
    pub action: String,
    pub details: Value,
}

impl Record for Event {
    const FIELDS: &'static [&'static str] =
        &["id", "at", "entity", "entity_id", "action", "details"];
    const COLUMNS: &'static [&'static str] =
        &["id", "at", "entity", "entity_id", "action", "details"];
    fn id(&self) -> i64 {
        self.id
    }
}

/// Appends an event. `entity` is the singular noun (`client`, `job`, `invite`, …). Inside
/// [`batched`] the row is held and written with others in one statement; nothing reads events
/// while a batch is open.
pub fn record(
    conn: &Db,
    at: Timestamp,
    entity: &str,
    entity_id: i64,
    action: &str,
    details: Value,
) -> Result<()> {
    let mut details = if details.is_null() {
        "{}".to_string()
    } else {
        serde_json::to_string(&details)?
    };
    let held = BATCH.with_borrow_mut(|batch| {
        batch.as_mut().map(|rows| {
            rows.push(Pending {
                at,
                entity: entity.to_string(),
                entity_id,
                action: action.to_string(),
                details: std::mem::take(&mut details),
            });
            rows.len() >= BATCH_ROWS
        })
    });
    match held {
        None => insert_one(conn, at, entity, entity_id, action, &details),
        Some(false) => Ok(()),
        Some(true) => flush(conn),
    }
}

/// An event held by [`batched`] until its batch is written.
struct Pending {
    at: Timestamp,
    entity: String,
    entity_id: i64,
    action: String,
    details: String,
}

/// Rows a batch holds before it is written, in one `INSERT` of this many rows.
const BATCH_ROWS: usize = 64;

thread_local! {
    static BATCH: std::cell::RefCell<Option<Vec<Pending>>> = const { std::cell::RefCell::new(None) };
}

/// Runs `f` with the events it records written in batches (`seed` writes a few hundred
/// thousand). The rows get the same ids in the same order as one at a time; they are all
/// written before this returns `Ok`. Inside an open batch, `f` runs as it is.
pub fn batched<T>(conn: &Db, f: impl FnOnce() -> Result<T>) -> Result<T> {
    struct Close;
    impl Drop for Close {
        fn drop(&mut self) {
            BATCH.set(None);
        }
    }
    if BATCH.with_borrow(Option::is_some) {
        return f();
    }
    BATCH.set(Some(Vec::with_capacity(BATCH_ROWS)));
    let _close = Close;
    let out = f()?;
    flush(conn)?;
    Ok(out)
}

/// Writes the held events and empties the batch, keeping its memory for the next rows.
fn flush(conn: &Db) -> Result<()> {
    BATCH.with_borrow_mut(|batch| match batch {
        Some(rows) => {
            let written = write(conn, rows);
            rows.clear();
            written
        }
        None => Ok(()),
    })
}

const INSERT_ONE: &str =
    "INSERT INTO events (at, entity, entity_id, action, details) VALUES (?1, ?2, ?3, ?4, ?5)";

/// Writes rows in order: whole batches in one statement, the rest one at a time.
fn write(conn: &Db, rows: &[Pending]) -> Result<()> {
    static INSERT_BATCH: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let mut sql = INSERT_ONE[..INSERT_ONE.find("VALUES").expect("values")].to_string();
        sql.push_str("VALUES ");
        for k in 0..BATCH_ROWS {
            if k > 0 {
                sql.push_str(", ");
            }
            sql.push_str("(?, ?, ?, ?, ?)");
        }
        sql
    });
    let Some(sqlite) = conn.sqlite() else {
        for e in rows {
            insert_one(conn, e.at, &e.entity, e.entity_id, &e.action, &e.details)?;
        }
        return Ok(());
    };
    let mut chunks = rows.chunks_exact(BATCH_ROWS);
    for chunk in chunks.by_ref() {
        let mut stmt = sqlite.prepare_cached(&INSERT_BATCH)?;
        for (k, e) in chunk.iter().enumerate() {
            let at = 5 * k + 1;
            stmt.raw_bind_parameter(at, e.at)?;
            stmt.raw_bind_parameter(at + 1, &e.entity)?;
            stmt.raw_bind_parameter(at + 2, e.entity_id)?;
            stmt.raw_bind_parameter(at + 3, &e.action)?;
            stmt.raw_bind_parameter(at + 4, &e.details)?;
        }
        stmt.raw_execute()?;
    }
    for e in chunks.remainder() {
        insert_one(conn, e.at, &e.entity, e.entity_id, &e.action, &e.details)?;
    }
    Ok(())
}

/// Writes one event row.
fn insert_one(
    conn: &Db,
    at: Timestamp,
    entity: &str,
    entity_id: i64,
    action: &str,
    details: &str,
) -> Result<()> {
    conn.prepare_cached(INSERT_ONE)?
        .execute(rusqlite::params![at, entity, entity_id, action, details])?;
    Ok(())
}

pub struct EventFilter<'a> {
    pub entity: Option<&'a str>,
    pub entity_id: Option<i64>,
    pub action: Option<&'a str>,
    pub since: Option<Timestamp>,
    /// Before this time.
    pub until: Option<Timestamp>,
    pub oldest_first: bool,
    pub limit: Option<u64>,
}

/// Events, newest first unless asked otherwise.
pub fn list(
    conn: &Db,
    filter: &EventFilter<'_>,
    each: impl FnMut(Event) -> Result<()>,
) -> Result<()> {
    let order = if filter.oldest_first {
        "id ASC"
    } else {
        "id DESC"
    };
    let mut q = Select::new(
        "SELECT id, at, entity, entity_id, action, details FROM events",
        order,
    );
    if let Some(e) = filter.entity {
        q.filter("entity = ?", [v(e.to_string())]);
    }
    if let Some(id) = filter.entity_id {
        q.filter("entity_id = ?", [v(id)]);
    }
    if let Some(a) = filter.action {
        q.filter("action = ?", [v(a.to_string())]);
    }
    if let Some(t) = filter.since {
        q.filter("at >= ?", [v(t.to_string())]);
    }
    if let Some(t) = filter.until {
        q.filter("at < ?", [v(t.to_string())]);
    }
    q.limit(filter.limit);
    q.each(
        conn,
        |r| {
            Ok(Event {
                id: r.get(0)?,
                at: r.get(1)?,
                entity: r.get(2)?,
                entity_id: r.get(3)?,
                action: r.get(4)?,
                details: r.get(5)?,
            })
        },
        each,
    )
}

/// The fields that differ between two versions of a record, with their new values: the
/// details of an `edited` event.
pub fn changes_between<T: serde::Serialize>(before: &T, after: &T) -> Value {
    let json = |r: &T| serde_json::to_value(r).unwrap_or_default();
    changes(&json(before), &json(after))
}

/// The fields that differ between two JSON shapes of a record, with their new values.
pub fn changes(before: &Value, after: &Value) -> Value {
    let mut out = serde_json::Map::new();
    if let (Value::Object(b), Value::Object(a)) = (before, after) {
        for (k, new) in a {
            if b.get(k) != Some(new) {
                out.insert(k.clone(), new.clone());
            }
        }
    }
    Value::Object(out)
}

/// A record's timeline, oldest first, for the history section of `show`.
pub fn history(conn: &Db, entity: &str, entity_id: i64) -> Result<Vec<Event>> {
    let mut out = Vec::new();
    let filter = EventFilter {
        entity: Some(entity),
        entity_id: Some(entity_id),
        action: None,
        since: None,
        until: None,
        oldest_first: true,
        limit: None,
    };
    list(conn, &filter, |e| {
        out.push(e);
        Ok(())
    })?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> Db {
        crate::store::memory()
    }

    fn rows(conn: &Db) -> Vec<(i64, String, String, i64, String, String)> {
        conn.prepare("SELECT id, at, entity, entity_id, action, details FROM events ORDER BY id")
            .unwrap()
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    fn record_some(conn: &Db, n: i64) -> Result<()> {
        let t0: Timestamp = "2026-03-10T12:00:00Z".parse().unwrap();
        for k in 0..n {
            let at = t0.checked_add(jiff::SignedDuration::from_secs(k)).unwrap();
            let details = if k % 3 == 0 {
                Value::Null
            } else {
                serde_json::json!({ "k": k, "text": "a \"quoted\" note" })
            };
            record(
                conn,
                at,
                ["invite", "job"][k as usize % 2],
                k,
                "moved",
                details,
            )?;
        }
        Ok(())
    }

    /// Batched rows are the rows written one at a time, ids and bytes alike, across whole
    /// batches and a remainder.
    #[test]
    fn batched_events_are_the_same_rows() {
        let n = 3 * BATCH_ROWS as i64 + 5;
        let one = store();
        record_some(&one, n).unwrap();
        let many = store();
        batched(&many, || record_some(&many, n)).unwrap();
        assert_eq!(rows(&one).len(), n as usize);
        assert_eq!(rows(&one), rows(&many));
        // The batch is closed: a later event is written at once.
        record_some(&many, 1).unwrap();
        assert_eq!(rows(&many).len(), n as usize + 1);
    }

    /// A failing body leaves its held rows unwritten and the next batch empty.
    #[test]
    fn a_failed_batch_writes_nothing_more() {
        let conn = store();
        let out: Result<()> = batched(&conn, || {
            record_some(&conn, 10)?;
            Err(crate::error::Error::refused("no"))
        });
        assert!(out.is_err());
        assert!(rows(&conn).is_empty());
        batched(&conn, || record_some(&conn, 2)).unwrap();
        assert_eq!(rows(&conn).len(), 2);
    }
}
